"""A payer writes the invoice number otherwise than the ledger: separators left out
("QT7731" for QT-7731), letters shortened or dropped ("INV.7731", "сч. № 918", "Rg.-Nr.
26/0412"), two in one ("7731/7740", "0412 + 0415"). The notice is matched to the one
known invoice each stands for, never to a token that is the bank's own reference, and a
split stated beside the written form is read (issue 11, seventh blind round)."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from mailbot.reading.classify import as_record, classify
from mailbot.reading.context import Context
from mailbot.reading.parse import parse_message

BOT = "ar@acme.test"
MX = "mx.acme.test"
KNOWN = ("QT-7731", "QT-7740", "QT-7307", "RG25-0412", "RG25-0415", "AB/KX/V/2027/0618",
         "AB/KX/IV/2027/0544", "ДЦ-0918/27", "ДЦ-0903/27")
CTX = Context(bot_address=BOT, staff_domains=frozenset({"acme.test"}),
              notifiers=frozenset({"alerts@bank.test"}), authserv_ids=frozenset({MX}),
              known_invoice_numbers=KNOWN)


def record(body: str, subject: str = "Credit advice") -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = "Bank <alerts@bank.test>"
    msg["To"] = BOT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2027, 6, 5, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<written-1@test>"
    msg.set_content(body)
    raw = (f"Authentication-Results: {MX}; dkim=pass header.d=bank.test; "
           "dmarc=pass header.from=bank.test\r\n").encode() + msg.as_bytes()
    return as_record(classify(parse_message(raw), CTX))


@pytest.mark.parametrize(("body", "numbers"), [
    # separators left out, the payer's name after it
    ("Amount: GBP 310.00\nReference: QT7731 SOMERS LTD\n", ["QT-7731"]),
    # a shortened invoice word, and the bank's own reference on the next line
    ("Amount: USD 980.00\nRemittance info: INV.7740 ORDER 55\nOur reference: ZB27060400917\n",
     ["QT-7740"]),
    # spaced, the year group run into the serial in the ledger
    ("Betrag: 1.190,00 EUR\nVerwendungszweck: RG 25 0412 KUNDENNR 55012\n", ["RG25-0412"]),
    # a line naming the invoice by its abbreviation, the letters left out
    ("Gutschrift +2.000,00 EUR\n  Rg.-Nr. 25/0415 Zubehör\n", ["RG25-0415"]),
    # Russian, the letters and leading zero left out
    ("Сумма: 18 400-00 RUB\nНазначение платежа: Оплата по сч. № 918 от 02.05.27\n",
     ["ДЦ-0918/27"]),
])
def test_a_reference_written_otherwise_is_the_known_invoice(body: str,
                                                             numbers: list[str]) -> None:
    r = record(body)
    assert r["kind"] == "payment_confirmation"
    assert r["invoice_numbers"] == numbers
    assert r["needs_human"] is False, r["reason"]


@pytest.mark.parametrize(("body", "allocations"), [
    # two numbers in one, their split on the next line
    ("Amount: GBP 3,975.00\nPayer ref: INV 7731/7740\nRemittance: 7731 2400.00 / 7740 1575.00\n",
     ["QT-7731=2400.00", "QT-7740=1575.00"]),
    # separators left out, each with its amount
    ("Betrag: 10.591,00 EUR\nVerwendungszweck: RG250412 9401,00 RG250415 1190,00 LIEF-NR 70021\n",
     ["RG25-0412=9401.00", "RG25-0415=1190.00"]),
    # Russian, letters and leading zeros left out, kopecks after a dash
    (("Сумма: 1 286 400,00 руб.\nНазначение: Оплата по счетам 918/27 (аванс 1200000-00) и "
      "903/27 (86400-00)\n"), ["ДЦ-0918/27=1200000.00", "ДЦ-0903/27=86400.00"]),
])
def test_a_split_written_beside_the_short_forms_is_read(body: str,
                                                        allocations: list[str]) -> None:
    r = record(body)
    assert r["needs_human"] is False, r["reason"]
    assert sorted(str(a) for a in r["allocations"]) == sorted(allocations)  # type: ignore[attr-defined]


def test_bare_serials_of_two_invoices_name_both() -> None:
    r = record("Nominal : Rp77.200.000,00\nBerita : TERMIN2 0618 + 0544\n")
    assert r["invoice_numbers"] == ["AB/KX/V/2027/0618", "AB/KX/IV/2027/0544"]


def test_a_short_form_two_invoices_share_is_no_match() -> None:
    # "773" is in QT-7731 and QT-7307's neighbours: no group is it, so nothing is matched
    # and the payment, without a reference, goes to a person
    r = record("Amount: GBP 310.00\nReference: PAYMENT 773\n")
    assert r["needs_human"] is True
    assert not any(str(n).startswith("QT-") for n in r["invoice_numbers"])  # type: ignore[attr-defined]

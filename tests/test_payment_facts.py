"""What `classify --json` says of payment notices, forged notices and staff commands:
the value date, full or partial, the split over invoices, the payer (issue 11); a notice
or a command that fails sender authentication is `other`, kept with its reason; a staff
command's record names the invoices and amount its commands name."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from mailbot.reading.classify import as_record, classify
from mailbot.reading.context import Context
from mailbot.reading.parse import parse_message
from mailbot.tools.evaluation import _normal

BOT = "ar@acme.test"
MX = "mx.acme.test"
CTX = Context(
    bot_address=BOT,
    staff_domains=frozenset({"acme.test"}),
    notifiers=frozenset({"alerts@bank.test"}),
    authserv_ids=frozenset({MX}),
    known_invoice_numbers=("INV-501", "INV-502", "RE-2026-501", "RE-2026-502", "СЧ-501",
                           "СЧ-502", "INV/2026/12/501", "INV/2026/12/502"),
)


def record(body: str, *, sender: str = "Bank <alerts@bank.test>", to: str = BOT,
           subject: str = "Incoming payment", auth: str | None = "pass") -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 5, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<facts-1@test>"
    msg.set_content(body)
    raw = msg.as_bytes()
    if auth is not None:
        domain = sender.rsplit("@", 1)[1].rstrip(">")
        raw = (f"Authentication-Results: {MX}; dkim={auth} header.d={domain}; "
               f"dmarc={auth} header.from={domain}\r\n").encode() + raw
    return as_record(classify(parse_message(raw), CTX))


# ------------------------------------------------------------------ allocations

@pytest.mark.parametrize(("body", "expected"), [
    # one per line, bare amounts (the notice's currency)
    ("Amount: USD 1,650.00\nRemittance:\n  INV-501 1150.00\n  INV-502  500.00\n",
     ["INV-501=1150.00", "INV-502=500.00"]),
    # both on one reference line
    ("Betrag: +3.390,00 EUR\nVerwendungszweck: RE-2026-501 2.200,00 / RE-2026-502 1.190,00\n",
     ["RE-2026-501=2200.00", "RE-2026-502=1190.00"]),
    # roubles and kopecks written with a dash, in brackets
    (("Сумма: 167 000,00 ₽\nНазначение платежа: Оплата по счетам № СЧ-501 (122 000-00) "
     "и № СЧ-502 (45 000-00)\n"), ["СЧ-501=122000.00", "СЧ-502=45000.00"]),
    (("Nominal : Rp 14.600.000,00\nBerita : INV/2026/12/501 11.100.000 + "
     "INV/2026/12/502 3.500.000\n"),
     ["INV/2026/12/501=11100000.00", "INV/2026/12/502=3500000.00"]),
])
def test_a_notice_naming_several_invoices_with_amounts_gives_the_split(body, expected):
    rec = record(body)
    assert rec["kind"] == "payment_confirmation"
    assert rec["allocations"] == expected
    assert not rec["needs_human"], rec["reason"]


def test_a_customer_number_or_a_date_beside_an_invoice_is_no_allocation():
    rec = record("Betrag: 99,00 EUR\nVerwendungszweck: RE-2026-501 Kd-Nr 4471 vom 01.12.2026 "
                 "RE-2026-502\n")
    assert rec["allocations"] == []
    assert rec["invoice_numbers"] == ["RE-2026-501", "RE-2026-502"]


def test_allocations_are_scored_in_a_normal_form():
    assert _normal("allocations", "INV-2=750;INV-1=1150.00") == \
        _normal("allocations", ["INV-1=1150.00", "INV-2=750.00"])


# ------------------------------------------------------------------ date, full, payer

def test_a_us_banks_value_date_is_read_month_first():
    rec = record("CREDIT ADVICE\nValue date: 12/01/2026\nAmount: USD 1,250.00\n"
                 "Ordering party: NORTHWIND LLC\nRemittance information: INV-501\n")
    assert rec["payment_date"] == "2026-12-01"
    assert rec["payer"] == "NORTHWIND LLC"
    assert rec["payment_full"] is True


@pytest.mark.parametrize("body", [
    "Amount paid $2,000.00\nAmount remaining $2,250.00\nInvoice INV-501\nDate Dec 3, 2026\n",
    "Buchungstag: 01.12.2026\nVerwendungszweck: 1. Rate RE-2026-501\nBetrag: 1.500,00 EUR\n",
    ("Дата: 20.11.2026\nСумма: 120 000,00 руб.\nНазначение платежа: Частичная оплата по "
    "счёту СЧ-501\n"),
    ("Tanggal: 20 Nov 2026\nJumlah: IDR 30,000,000.00\nKeterangan: pembayaran sebagian "
    "INV/2026/12/501\n"),
])
def test_a_notice_that_says_the_payment_is_partial_says_so_in_the_record(body):
    rec = record(body)
    assert rec["kind"] == "payment_confirmation"
    assert rec["payment_full"] is False
    assert rec["payment_date"] is not None


def test_a_masked_account_number_is_no_invoice_number():
    rec = record("На счёт 40702810xxxxxxxx1234 поступили средства.\nДата: 16.11.2026\n"
                 "Сумма: 125 000,00 ₽\nНазначение платежа: Оплата по счёту № СЧ-501\n")
    assert rec["invoice_numbers"] == ["СЧ-501"]
    assert rec["payment_date"] == "2026-11-16"


def test_only_payments_have_payment_facts():
    rec = record("Hello, a question about invoice INV-501.", sender="bob@globex.test",
                 subject="Re: INV-501")
    assert (rec["payment_date"], rec["payment_full"], rec["allocations"]) == (None, None, [])


# ------------------------------------------------------------------ forgeries are `other`

@pytest.mark.parametrize("auth", ["fail", None])
def test_a_payment_notice_failing_authentication_is_other_with_its_reason(auth):
    rec = record("Amount: EUR 1,000.00\nReference: INV-501\n", auth=auth)
    assert rec["kind"] == "other"
    assert rec["needs_human"]
    assert "looks like a payment notice from alerts@bank.test" in str(rec["reason"])
    # what it claims is kept for the person who looks
    assert (rec["invoice_numbers"], rec["amount"]) == (["INV-501"], "1000.00")


@pytest.mark.parametrize("auth", ["fail", None])
def test_a_staff_command_our_server_did_not_authenticate_is_other(auth):
    rec = record("paid INV-501 500\nwriteoff INV-502\n", sender="sam@acme.test",
                 subject="paid", auth=auth)
    assert rec["kind"] == "other"
    assert rec["needs_human"]
    assert "looks like staff commands from sam@acme.test" in str(rec["reason"])
    assert "not obeyed" in str(rec["reason"])
    assert rec["invoice_numbers"] == ["INV-501", "INV-502"]


# ------------------------------------------------------------------ staff commands

@pytest.mark.parametrize(("body", "numbers", "amount"), [
    ("paid INV-501 500\n\n--\nSam", ["INV-501"], "500.00"),
    ("paid INV/2026/12/501 20000000\n", ["INV/2026/12/501"], "20000000.00"),
    ("pause INV-502 until 2026-12-20\nnote INV-502 owner called\n", ["INV-502"], None),
    ("promise RE-2026-501 2026-12-18\n", ["RE-2026-501"], None),
    ("pause Globex 14d\n", [], None),  # a debtor, not an invoice
])
def test_a_staff_commands_record_names_its_invoices_and_amount(body, numbers, amount):
    rec = record(body, sender="sam@acme.test", subject="commands")
    assert rec["kind"] == "staff_command"
    assert not rec["needs_human"]
    assert rec["invoice_numbers"] == numbers
    assert rec["amount"] == amount
    assert rec["payment_full"] is None  # a command is no payment notice


@pytest.mark.parametrize(("body", "sender", "language"), [
    ("promise RE-2026-501 2026-12-18\n\nKlaus (Herr Lang hat angerufen, zahlt sicher)",
     "Klaus <klaus@acme.test>", "de"),
    ("writeoff СЧ-501\n", "Дмитрий Орлов <dmitri@acme.test>", "ru"),
])
def test_a_staff_commands_language_is_the_writers_not_the_grammars(body, sender, language):
    rec = record(body, sender=sender, subject="commands")
    assert rec["kind"] == "staff_command"
    assert rec["language"] == language


def test_a_strangers_mail_laid_out_as_a_bank_notice_is_a_look_alike():
    rec = record("Tanggal : 05/12/2026\nNominal : Rp 22.200.000,00\nBerita : INV/2026/12/501\n\n"
                 "Klik untuk verifikasi: http://bank-look-alike.example/verif",
                 sender="BCA <noreply@bca-co-id.example>", subject="Notifikasi Transfer Masuk")
    assert rec["kind"] == "other"
    assert rec["needs_human"]
    assert "looks like a payment notice from noreply@bca-co-id.example" in str(rec["reason"])
    assert (rec["invoice_numbers"], rec["amount"]) == (["INV/2026/12/501"], "22200000.00")


@pytest.mark.parametrize(("subject", "body"), [
    ("Fwd: Платёжное поручение исполнено",
     ("Подтверждение платежа ниже:\n\n-------- Пересылаемое сообщение --------\n"
     "Сумма: 48 600,00 RUB\nНазначение платежа: Оплата по счету СЧ-501\n")),
    ("Re: invoice INV-501", "We paid invoice INV-501 yesterday by bank transfer."),
])
def test_a_client_forwarding_their_banks_notice_or_saying_they_paid_is_a_reply(subject, body):
    rec = record(body, sender="olga@client.example", subject=subject)
    assert rec["kind"] == "client_reply"

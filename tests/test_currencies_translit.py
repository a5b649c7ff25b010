"""More currencies read on invoices (NZD, KZT in words with its tiyn, HKD, INR), and a
Cyrillic invoice number a foreign bank wrote in Latin letters ("KV-26-0329" for
КВ-26-0329, "SCH-501" for СЧ-501) matched to the ledger's number."""

from __future__ import annotations

from decimal import Decimal
from email.message import EmailMessage

import pytest

from mailbot.reading.classify import as_record, classify
from mailbot.reading.context import Context
from mailbot.reading.facts import StaticFacts, cyrillic_forms
from mailbot.reading.parse import parse_message
from tests.test_invoices import facts, message
from tests.test_payment_facts import MX


@pytest.mark.parametrize(("body", "amount", "currency"), [
    ("Invoice INV-4401 of 02/11/2026, due 02/12/2026.\nTotal NZD 1,204.50 (GST incl.)\n",
     "1204.50", "NZD"),
    ("Rechnung RE-4402 vom 02.11.2026, fällig am 02.12.2026.\nGesamtbetrag: HKD 9.800,00\n",
     "9800.00", "HKD"),
    (("Счёт № СЧ-4403 от 02.11.2026, срок оплаты до 02.12.2026.\n"
      "Сумма: 1 250 000 (один миллион двести пятьдесят тысяч) тенге 50 тиын\n"),
     "1250000.50", "KZT"),
    ("Invoice INV-4404 tanggal 02/11/2026, jatuh tempo 02/12/2026.\nTotal: ₹ 84,500.00\n",
     "84500.00", "INR"),
])
def test_an_invoices_currency_is_read(body, amount, currency):
    f = facts(message(body))
    assert (f.amount, f.currency) == (Decimal(amount), currency)


def test_latin_spellings_of_a_cyrillic_number_are_its_forms():
    assert "кв-26-0329" in cyrillic_forms("KV-26-0329")
    assert "сч-501" in cyrillic_forms("SCH-501")
    assert cyrillic_forms("2026-0329") == []  # no letters: nothing to spell
    known = StaticFacts(("КВ-26-0329", "СЧ-501"))
    assert known.numbers_in("FOR INVOICE KV-26-0329 DD 10.11.2026") == ["КВ-26-0329"]
    assert known.numbers_in("Ref SCH-501") == ["СЧ-501"]
    assert known.numbers_in("Ref KV-26-0330") == []


@pytest.mark.parametrize("body", [
    "Amount: KZT 1,250,000.00\nDetails of payment: PAYMENT FOR INVOICE KV-26-0411\n",
    "Сумма: 1 250 000,00 KZT\nНазначение платежа: оплата по счету KV-26-0411\n",
])
def test_a_payment_naming_the_number_in_latin_letters_pays_the_known_invoice(body):
    ctx = Context(bot_address="ar@acme.test", staff_domains=frozenset({"acme.test"}),
                  notifiers=frozenset({"alerts@bank.test"}), authserv_ids=frozenset({MX}),
                  known_invoice_numbers=("КВ-26-0411",))
    msg = EmailMessage()
    msg["From"] = "alerts@bank.test"
    msg["To"] = "ar@acme.test"
    msg["Subject"] = "Incoming SWIFT credit"
    msg["Date"] = "Fri, 04 Dec 2026 10:00:00 +0000"
    msg.set_content(body)
    raw = (f"Authentication-Results: {MX}; dkim=pass header.d=bank.test; "
           "dmarc=pass header.from=bank.test\r\n").encode() + msg.as_bytes()
    rec = as_record(classify(parse_message(raw), ctx))
    assert rec["invoice_numbers"] == ["КВ-26-0411"]
    assert (rec["amount"], rec["currency"]) == ("1250000.00", "KZT")
    assert not rec["needs_human"], rec["reason"]

"""Invoice copies and payment notices of the twentieth blind set's kind: examples written
here in other wordings, companies and sums, not the set's messages.

- "sofort nach Erhalt ohne Abzug zur Zahlung fällig" (with "zur Zahlung" before "fällig")
  is payable on receipt: due on the invoice date, no default term assumed;
- "оплата производится до ..." and a concrete date given after "то есть до" ("i.e. by")
  name the due date, also when the sentence first states the contract's rule ("до 10-го
  числа месяца, следующего за расчётным, то есть до 10.01.2027");
- a table column's currency written after its label and a comma ("Amount, KZT", "Сумма,
  руб.") is the document's currency: not the sender's country's one assumed.
"""

from __future__ import annotations

import dataclasses
import email.policy
from datetime import UTC, datetime
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from mailbot.reading import extract
from mailbot.reading.classify import as_record, classify
from mailbot.reading.parse import parse_message
from tests.test_competing_totals import BOT, CTX, MX
from tests.test_invoices import minimal_pdf
from tests.test_payment_facts import record as payment_record
from tests.test_reading_eighteenth_inv18 import read

# an invoicing desk at a Russian domain (its home currency: RUB)
RU_CTX = dataclasses.replace(CTX, staff_domains=frozenset({"acme.test", "holod-desk.ru"}))


def _with_pdf(body: str, subject: str, pdf_lines: list[str],
              sender: str = "Desk <billing@holod-desk.ru>") -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "ap@client.test"
    msg["Cc"] = BOT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<inv20-1@holod-desk.ru>"
    msg.set_content(body)
    msg.add_attachment(minimal_pdf(pdf_lines), maintype="application", subtype="pdf",
                       filename="invoice.pdf")
    raw = (f"Authentication-Results: {MX}; dkim=pass header.d=holod-desk.ru; "
           "dmarc=pass header.from=holod-desk.ru\r\n").encode() + msg.as_bytes(
               policy=email.policy.SMTP)
    return as_record(classify(parse_message(raw), RU_CTX))


# ------------------------------------------------------------------ payable on receipt


@pytest.mark.parametrize("terms", [
    "Der Betrag ist sofort nach Erhalt ohne Abzug zur Zahlung fällig.",
    "Die Rechnung ist sofort nach Rechnungseingang zur Zahlung fällig.",
    "Zahlbar sofort nach Erhalt.",
])
def test_due_at_once_after_receipt_is_due_on_the_invoice_date(terms):
    rec = read("Guten Tag,\n\nfür die Montage der Kühlzelle berechnen wir:\n\n"
               "  Teilrechnung KM-5521          12.400,00 €\n"
               "  zzgl. 19 % USt.                2.356,00 €\n"
               "  Rechnungsbetrag              14.756,00 €\n\n"
               f"Rechnungsdatum: 02.12.2026\n{terms}\n", "Teilrechnung KM-5521")
    assert rec["kind"] == "invoice_copy"
    assert (rec["issue_date"], rec["due_date"]) == ("2026-12-02", "2026-12-02"), rec


def test_a_number_of_days_after_receipt_stays_that_term():
    # guard: "14 Tage nach Erhalt" is a term of 14 days, not payable at once
    assert extract.payment_terms("Zahlbar 14 Tage nach Erhalt ohne Abzug.").days == 14


# ------------------------------------------------------------------ a due date after "то есть до"


@pytest.mark.parametrize("terms", [
    ("Согласно договору оплата производится до 10-го числа месяца, следующего\n"
     "за отчётным, то есть до 10.01.2027."),
    "Оплата производится до 10.01.2027.",
    "Оплата осуществляется не позднее 10.01.2027.",
])
def test_the_stated_day_of_a_payment_rule_is_the_due_date(terms):
    rec = read("Добрый день!\n\nСчёт № ХС-2290 от 01.12.2026\n"
               "Техническое обслуживание за декабрь 2026 г.\n"
               "Сумма: 36 000,00 руб., в т.ч. НДС 20% 6 000,00 руб.\n\n"
               f"{terms}\n", "Счёт ХС-2290")
    assert rec["kind"] == "invoice_copy"
    assert (rec["issue_date"], rec["due_date"]) == ("2026-12-01", "2027-01-10"), rec


def test_to_est_about_something_else_is_no_due_date():
    # guard: "то есть" explaining a sum is no due label
    rec = read("Добрый день!\n\nСчёт № ХС-2291 от 01.12.2026\n"
               "Сумма: 36 000,00 руб., то есть 30 000,00 руб. без НДС.\n"
               "Оплата в течение 10 дней.\n", "Счёт ХС-2291")
    assert rec["due_date"] == "2026-12-11", rec


# ------------------------------------------------------------------ a column's currency


_KZ_PDF = ["ACME HOLOD LLC", "INVOICE No. AH-7310", "Date: 01.12.2026",
           "Bill to: TOO Steppe Foods, Astana",
           "Description                                  Amount, KZT",
           "Cold room service, December 2026             1 250 000.00",
           "VAT 12%                                        150 000.00",
           "TOTAL                                        1 400 000.00",
           "Payment terms: 20 days from the invoice date."]


def test_a_columns_currency_after_its_label_is_the_invoices():
    rec = _with_pdf("Добрый день!\n\nВо вложении инвойс за декабрь.\n\nС уважением,\nДеск",
                    "Инвойс за декабрь", _KZ_PDF)
    assert rec["kind"] == "invoice_copy"
    assert (rec["invoice_numbers"], rec["amount"], rec["currency"], rec["due_date"]) == (
        ["AH-7310"], "1400000.00", "KZT", "2026-12-21"), rec


@pytest.mark.parametrize(("text", "currency"), [
    (("Наименование          Сумма, руб.\nРемонт компрессора    48 000,00\n"
      "Итого                 48 000,00\n"), "RUB"),
    ("Item        Amount, USD\nService     1,200.00\nTotal       1,200.00\n", "USD"),
    ("Posten      Betrag, CHF\nWartung     1'200.00\nSumme       1'200.00\n", "CHF"),
])
def test_a_column_header_names_the_documents_currency(text, currency):
    assert extract.document_currency(text) == currency


def test_a_stated_currency_beats_a_column_header():
    # guard: the sums' own currency counts before a header's
    assert extract.document_currency("Amount, USD\nTotal EUR 1,200.00\nNet EUR 1,000.00\n") \
        == "EUR"


# ------------------------------------------------------------------ a net and its tax, no total


@pytest.mark.parametrize(("text", "amount"), [
    ("Стоимость работ без НДС: 125 000,00 руб.\nНДС 20%: 25 000,00 руб.\n", "150000.00"),
    ("Service fee excl. VAT: £2,400.00\nVAT 20%: £480.00\n", "2880.00"),
])
def test_a_net_and_its_tax_with_no_total_line_come_to_the_gross(text, amount):
    money = extract.total_amount(text)
    assert money is not None
    assert str(money.amount) == amount, money


def test_a_tax_that_is_no_rate_of_the_net_is_not_added():
    # guard: 24 000 is not 20 % of 125 000: no net and its tax, nothing summed
    money = extract.total_amount(
        "Стоимость работ без НДС: 125 000,00 руб.\nНДС 20%: 24 000,00 руб.\n")
    assert money is None or money.amount != Decimal("149000.00"), money


def test_a_stated_total_beside_a_net_and_its_tax_stands():
    money = extract.total_amount("Net: £2,400.00\nVAT 20%: £480.00\nTotal due: £2,880.00\n")
    assert money is not None
    assert money.amount == Decimal("2880.00"), money


def test_a_net_invoice_with_its_tax_line_only_is_due_gross():
    rec = read("Добрый день!\n\nСчёт № ХС-2295 от 01.12.2026 за ремонт холодильной камеры.\n\n"
               "Стоимость работ без НДС: 125 000,00 руб.\nНДС 20%: 25 000,00 руб.\n\n"
               "Оплата в течение 10 дней.\n", "Счёт ХС-2295")
    assert (rec["amount"], rec["currency"], rec["due_date"]) == (
        "150000.00", "RUB", "2026-12-11"), rec


# ------------------------------------------------------------------ charges deducted, credit only


@pytest.mark.parametrize("body", [
    ("Incoming SWIFT credit\nAmount credited : EUR 6,470.00\nValue date : 03/12/2026\n"
     "Remitter : Baltic Frost OU\nReference : INV-778\n"
     "Charges : EUR 30.00 deducted by correspondent bank\n"),
    ("Dana masuk\nNominal : USD 3,960.00\nTanggal valuta : 03/12/2026\n"
     "Keterangan : INV-778\nBiaya : BEN - USD 15.00 dipotong bank perantara\n"),
])
def test_charges_said_deducted_from_a_lone_credit_go_to_a_person(body):
    r = payment_record(body)
    assert r["kind"] == "payment_confirmation"
    assert (r["payment_full"], r["needs_human"]) == (False, True), r
    assert "charges" in str(r["reason"])


def test_charges_listed_without_a_deduction_leave_the_credit_booked():
    # guard: a fee line alone says nothing of the payer's money being cut
    r = payment_record("Incoming SWIFT credit\nAmount credited : EUR 6,470.00\n"
                       "Value date : 03/12/2026\nReference : INV-778\n"
                       "Charges : EUR 12.00 (our fee, billed separately)\n")
    assert (r["amount"], r["payment_full"], r["needs_human"]) == ("6470.00", True, False), r


def test_a_payment_providers_own_fee_kept_from_its_payout_leaves_the_payment_whole():
    # guard: the provider's fee is ours, the payer's money arrived whole
    r = payment_record("Pembayaran berhasil.\nKeterangan : INV-778\nJumlah dibayar : IDR 5.500.000\n"
                       "Tanggal bayar : 3 Desember 2026\n"
                       "Biaya layanan : IDR 4.440 (dipotong saat penarikan dana)\n")
    assert (r["amount"], r["payment_full"], r["needs_human"]) == ("5500000.00", True, False), r

"""Invoices that state several totals (issue 11): the amount due now and its date, or a
person with the competing totals named; never a confident wrong amount. A plain invoice
with net, tax and gross stays confident on the gross; a credit note taken off an invoice
leaves an invoice for the rest, a credit note on its own is for a person."""

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
CTX = Context(bot_address=BOT, staff_domains=frozenset({"acme.test"}),
              authserv_ids=frozenset({MX}), default_terms_days=30)


def invoice(body: str, subject: str = "Invoice", ctx: Context = CTX) -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = "Staff <staff@acme.test>"
    msg["To"] = "ap@client.test"
    msg["Cc"] = BOT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<inv-901@acme.test>"
    msg.set_content(body)
    raw = (f"Authentication-Results: {MX}; dkim=pass header.d=acme.test; "
           "dmarc=pass header.from=acme.test\r\n").encode() + msg.as_bytes()
    rec = as_record(classify(parse_message(raw), ctx))
    assert rec["kind"] == "invoice_copy"
    return rec


# ------------------------------------------------------------------ the part due now

@pytest.mark.parametrize(("body", "amount", "due"), [
    (("Invoice INV-901 dated 1 December 2026.\nContract value: USD 30,000.00\n"
     "This invoice is for the 40% deposit: USD 12,000.00, due within 10 days.\n"),
     "12000.00", "2026-12-11"),
    (("Down payment invoice INV-901, invoice date 1 December 2026\n"
     "Total project value USD 50,000.00\nDown payment due now: USD 10,000.00\n"
     "Payment due by 8 December 2026.\nThe rest will be invoiced on delivery.\n"),
     "10000.00", "2026-12-08"),
    (("Vertragssumme 50.000,00 EUR\nAbschlagsrechnung Nr. RE-901 vom 01.12.2026\n"
     "1. Abschlag (20 %): 10.000,00 EUR\nzahlbar innerhalb von 14 Tagen\n"),
     "10000.00", "2026-12-15"),
    (("Сумма договора: 900 000,00 руб.\nСчёт № СЧ-901 от 01.12.2026 на аванс 30 % — "
     "270 000,00 руб., срок оплаты — до 08.12.2026.\n"), "270000.00", "2026-12-08"),
    (("Nilai kontrak Rp 90.000.000, dibayar dalam 3 termin.\n"
     "Invoice INV/2026/12/901 tanggal 1 Desember 2026 untuk termin 1:\n"
     "Termin 1: Rp 40.000.000 - jatuh tempo 15 Desember 2026\n"
     "Termin 2: Rp 30.000.000 - 15 Januari 2027\nTermin 3: Rp 20.000.000 - 15 Februari 2027\n"),
     "40000000.00", "2026-12-15"),
    # the invoice says it bills the one part; its terms on a line of their own
    (("Sesuai kontrak dengan nilai kontrak Rp 200.000.000,-, bersama ini kami sampaikan "
     "tagihan uang muka (DP) 25%:\nNo. Invoice : INV/2026/12/902\nTanggal : 01/12/2026\n"
     "Jumlah DP : Rp 50.000.000,-\nJatuh tempo : 10 hari setelah tanggal invoice\n"),
     "50000000.00", "2026-12-11"),
    (("Rechnung Nr. RE-904 vom 01.12.2026 über die Anzahlung (Auftragswert 80.000,00 EUR)\n"
     "Anzahlung 25 %: 20.000,00 EUR\n\nZahlungsziel: 7 Tage\n"), "20000.00", "2026-12-08"),
    # a final invoice: the down payment already billed is taken off, the rest is due
    (("Schlussrechnung RE-902 vom 01.12.2026\nAuftragswert: 40.000,00 EUR\n"
     "abzgl. Anzahlung: -12.000,00 EUR\nnoch zu zahlen: 28.000,00 EUR\n"
     "Zahlbar bis 31.12.2026.\n"), "28000.00", "2026-12-31"),
    # one sum in the whole text: nothing competes
    (("Invoice INV-905 of 1 December 2026 for the first installment: EUR 3,000.00.\n"
     "Payment terms: 14 days.\n"), "3000.00", "2026-12-15"),
])
def test_the_amount_due_now_and_its_date_are_read(body, amount, due):
    rec = invoice(body)
    assert (rec["amount"], rec["due_date"]) == (amount, due)
    assert not rec["needs_human"], rec["reason"]


# ------------------------------------------------------------------ unclear: a person

@pytest.mark.parametrize(("body", "named"), [
    (("Invoice INV-903 of 1 December 2026\nTotal project fee (contract value): USD 15,000.00\n"
     "Phase 2 amount: USD 5,000.00\n"), ["15,000.00", "5,000.00"]),
    (("Invoice INV-904 of 1 December 2026\nQuote Q-12 total: USD 9,000.00\n"
     "Deposit: USD 3,000.00\nPayment terms: 30 days\n"), ["9,000.00", "3,000.00"]),
    (("Invoice INV-906 of 1 December 2026\nInstallment 1: EUR 2,000.00 due 15 December 2026\n"
     "Installment 2: EUR 3,000.00 due 15 January 2027\n"), ["2,000.00", "3,000.00"]),
    ("Rechnung RE-903 vom 01.12.2026, Rechnungsbetrag 6.000,00 EUR, zahlbar in drei Raten.\n",
     ["Raten"]),
    ("Счёт № СЧ-903 от 01.12.2026. Общая стоимость 120 000 руб., оплата в рассрочку.\n",
     ["рассрочк"]),
    (("Invoice INV/2026/12/903 tanggal 1 Desember 2026\nTotal Rp 22.200.000 belum dipotong "
     "PPh 23. Nilai transfer menyesuaikan.\n"), ["PPh", "22,200,000.00"]),
])
def test_competing_totals_without_a_word_on_which_is_due_go_to_a_person(body, named):
    rec = invoice(body)
    assert rec["needs_human"]
    reason = str(rec["reason"])
    assert reason.startswith("competing totals")
    assert all(n in reason for n in named), reason


# ------------------------------------------------------------------ plain invoices stay sure

@pytest.mark.parametrize(("body", "amount"), [
    (("Invoice INV-911 of 1 December 2026\nSubtotal EUR 1,000.00\nVAT 19% EUR 190.00\n"
     "Total EUR 1,190.00\nPayment terms: 30 days\n"), "1190.00"),
    (("Invoice INV-912 of 1 December 2026\nSubtotal (net) USD 2,000.00\nTax USD 400.00\n"
     "TOTAL DUE USD 2,400.00\nDue date: 31 December 2026\n"), "2400.00"),
    (("Rechnung RE-911 vom 01.12.2026\nNettobetrag 1.000,00 €\nUSt 19 % 190,00 €\n"
     "Rechnungsbetrag 1.190,00 €\nZahlbar innerhalb 30 Tagen\n"), "1190.00"),
    (("Счёт № СЧ-911 от 01.12.2026\nСумма без НДС: 50 000,00\nНДС 20 %: 10 000,00\n"
     "Итого к оплате: 60 000,00 руб.\nСрок оплаты 30 дней\n"), "60000.00"),
    (("Invoice INV/2026/12/911 tanggal 1 Desember 2026\nDPP Rp 10.000.000\n"
     "PPN 11% Rp 1.100.000\nTotal tagihan Rp 11.100.000\nJatuh tempo 31 Desember 2026\n"),
     "11100000.00"),
    # a withheld tax taken off, and the amount to pay stated
    (("Invoice INV/2026/12/912 tanggal 1 Desember 2026\nDPP Rp 10.000.000\n"
     "PPN 11% Rp 1.100.000\nPPh 23 (2%) (Rp 200.000)\nTotal yang harus dibayar Rp 10.900.000\n"
     "Jatuh tempo 31 Desember 2026\n"), "10900000.00"),
])
def test_a_plain_invoice_with_net_tax_and_gross_stays_confident_on_the_gross(body, amount):
    rec = invoice(body)
    assert rec["amount"] == amount
    assert not rec["needs_human"], rec["reason"]


# ------------------------------------------------------------------ credit notes

@pytest.mark.parametrize(("subject", "body", "amount"), [
    ("Invoice INV-907 (credit note CN-5 applied)",
     ("Invoice INV-907 of 1 December 2026\n  Services          1,000.00\n"
     "  Less credit note CN-5  -200.00\n  Balance due (EUR)   800.00\n"
     "Please pay by 20 December 2026.\n"), "800.00"),
    ("RE-907 / Verrechnung Gutschrift GS-5",
     ("Rechnung RE-907 vom 01.12.2026\nRechnungsbetrag 1.000,00 €\n"
     "abzgl. Gutschrift GS-5 -200,00 €\nZahlbetrag 800,00 €\n"
     "Bitte überweisen Sie den Zahlbetrag bis zum 20.12.2026.\n"), "800.00"),
    ("Invoice INV/2026/12/907 (dipotong nota kredit)",
     ("Invoice INV/2026/12/907 tanggal 1 Desember 2026\nTagihan: Rp 8.000.000\n"
     "Dikurangi nota kredit CN/2026/5: (Rp 1.000.000)\nSisa yang harus dibayar: Rp 7.000.000\n"
     "Jatuh tempo 20 Desember 2026\n"), "7000000.00"),
])
def test_a_credit_note_taken_off_an_invoice_leaves_an_invoice_for_the_rest(subject, body,
                                                                            amount):
    rec = invoice(body, subject)
    assert (rec["amount"], rec["due_date"]) == (amount, "2026-12-20")
    assert not rec["needs_human"], rec["reason"]


@pytest.mark.parametrize("body", [
    "Credit note CN-6 for invoice INV-907\nAmount credited: EUR 200.00\n",
    ("Credit note CN-7 of 1 December 2026 for invoice INV-907\nCredit note CN-7: -200.00 EUR\n"
    "Amount due: -200.00 EUR\n"),
])
def test_a_credit_note_on_its_own_stays_for_a_person(body):
    rec = invoice(body, "Credit note CN-6")
    assert rec["needs_human"]
    assert "credit note" in str(rec["reason"])

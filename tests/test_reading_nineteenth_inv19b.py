"""Invoice copies of the nineteenth blind set's kind, second lane: examples written here in
other wordings, companies and sums, not the set's messages.

- a body that labels no invoice number but names tokens written like the ledger's own
  invoice numbers (the same letters, the same layout: "FKT/BDG/2026/12/0412" beside a
  ledger of "FKT/BDG/..."), in a mail about an invoice, names its invoices: one is the
  invoice's number, several listed are several invoices (a person registers them);
  a token of another form ("SPK/JKT/2026/0099", a purchase order) is none;
- "our usual 30 days", "standard 14-day terms", "45 day payment terms" are payment terms;
- a credit note set off and the sum then to pay stated after it in the same sentence ("...
  haben wir verrechnet. Zu zahlen sind daher 2.023,00 €") is the amount due, when it and
  the credit note add up to a sum the text states; otherwise a person decides;
- a line saying what is left after this instalment ("Still to pay after this instalment:
  £4,800.00") names no part due now; one part with its sum and its due date on the line
  below it ("Instalment 2 of 4: £2,400.00 / Payment due: 15/12/2026") is due then.
"""

from __future__ import annotations

import dataclasses

import pytest

from mailbot.reading import extract
from mailbot.reading.classify import as_record, classify
from mailbot.reading.parse import parse_message
from tests.test_competing_totals import CTX
from tests.test_reading_eighteenth_inv18 import _raw, read

LEDGER = dataclasses.replace(CTX, known_invoice_numbers=(
    "FKT/BDG/2026/11/0301", "FKT/BDG/2026/11/0302"))


def read_known(body: str, subject: str) -> dict[str, object]:
    return as_record(classify(parse_message(_raw(body, subject)), LEDGER))


# ------------------------------------------------------------------ numbers in the ledger's form

_TWO = ("Selamat siang,\n\nBerikut kami kirimkan dua invoice untuk Resto Sari Rasa, "
        "keduanya tertanggal\n1 Desember 2026, termin pembayaran 14 hari:\n\n"
        "1. FKT/BDG/2026/12/0412 - Cuci taplak November     Rp 4.250.000\n"
        "2. FKT/BDG/2026/12/0413 - Sewa serbet November     Rp 1.180.000\n\n"
        "Mohon dibayar terpisah.\n\nSalam,\nRina\n")


def test_two_invoices_listed_in_the_ledgers_form_are_both_read():
    rec = read_known(_TWO, "Invoice Desember - Resto Sari Rasa")
    assert rec["kind"] == "invoice_copy"
    assert sorted(str(n) for n in rec["invoice_numbers"]) == [  # type: ignore[attr-defined]
        "FKT/BDG/2026/12/0412", "FKT/BDG/2026/12/0413"], rec
    assert rec["needs_human"] is True
    assert "several invoices" in str(rec["reason"])


_CASUAL = ("Halo Bu Wayan,\n\nini invoice buat cuci linen kamar bulan lalu ya\n\n"
           "No: FKT/BDG/2026/12/0420\nTgl: 01/12/2026\n"
           "Total: Rp 3.600.000,- (sdh termasuk PPN)\nTOP: 14 hari\n\nMakasih!\nRina\n")


def test_a_casual_invoice_numbered_in_the_ledgers_form_is_read_whole():
    rec = read_known(_CASUAL, "inv linen kamar")
    assert rec["kind"] == "invoice_copy"
    assert rec["invoice_numbers"] == ["FKT/BDG/2026/12/0420"], rec
    assert (rec["amount"], rec["currency"], rec["issue_date"], rec["due_date"],
            rec["payment_terms_days"]) == ("3600000.00", "IDR", "2026-12-01", "2026-12-15",
                                           14), rec


def test_a_token_of_another_form_is_no_invoice_number():
    # guard: a purchase order's number is not written like the ledger's invoices
    body = _CASUAL.replace("No: FKT/BDG/2026/12/0420", "PO: SPK/JKT/2026/0099")
    rec = read_known(body, "inv linen kamar")
    assert rec["invoice_numbers"] == [], rec
    assert rec["needs_human"] is True


def test_without_a_ledger_the_unlabelled_token_stays_unread():
    # guard: nothing known to compare with (and no label): a person reads it
    rec = read(_CASUAL, "inv linen kamar")
    assert rec["invoice_numbers"] == [], rec
    assert rec["needs_human"] is True


# ------------------------------------------------------------------ payment terms


@pytest.mark.parametrize(("text", "days"), [
    ("Two invoices this month, both dated 1 December 2026, our usual 45 days:", 45),
    ("Our standard 14-day terms apply.", 14),
    ("Payment on 30 day payment terms, please.", 30),
    ("Invoice attached, normal 21 days as agreed.", 21),
])
def test_usual_and_n_day_terms_are_payment_terms(text, days):
    assert extract.payment_terms(text).days == days


@pytest.mark.parametrize("text", [
    "We offer a 30-day trial of the new towels.",
    "The usual 3 boxes were delivered.",
])
def test_other_day_counts_are_no_terms(text):
    assert extract.payment_terms(text).days is None


# ------------------------------------------------------------------ a credit note set off

_NETTED = ("Guten Tag Herr Lorenz,\n\nanbei die Rechnung KW-5520 vom 01.12.2026 über "
           "2.380,00 € (inkl. 19 % USt.)\nfür die Wäsche im November.\n\n"
           "Die Gutschrift GS-26-0107 über 357,00 € aus der Reklamation vom 12.11.\n"
           "wurde bereits verrechnet. Zu zahlen bleiben somit 2.023,00 €,\n"
           "zahlbar binnen 14 Tagen.\n\nFreundliche Grüße\nAnna Roth\n")


def test_a_credit_note_set_off_then_the_sum_to_pay_is_due():
    rec = read(_NETTED, "Rechnung KW-5520")
    assert rec["kind"] == "invoice_copy"
    assert rec["invoice_numbers"] == ["KW-5520"], rec
    assert (rec["amount"], rec["currency"], rec["due_date"], rec["needs_human"]) == (
        "2023.00", "EUR", "2026-12-15", False), rec["reason"]


def test_a_credit_note_deducted_in_english_then_the_amount_to_pay():
    rec = read("Hello,\n\nInvoice ACM-4410 dated 1 December 2026 for £1,100.00 incl. VAT.\n"
               "Credit note CN-88 for £120.00 (damaged sheets) is deducted, amount to pay: "
               "£980.00.\nPayment within 30 days please.\n", "Invoice ACM-4410")
    assert (rec["amount"], rec["needs_human"]) == ("980.00", False), rec["reason"]


def test_a_sum_to_pay_that_does_not_add_up_goes_to_a_person():
    # guard: 2.380,00 less 357,00 is not 2.100,00: the text contradicts itself
    rec = read(_NETTED.replace("2.023,00", "2.100,00"), "Rechnung KW-5520")
    assert rec["needs_human"] is True, rec


# ------------------------------------------------------------------ an instalment and the rest

_INSTALMENT = ("Good afternoon,\n\nUnder the laundry service agreement (total £9,600.00 incl. "
               "VAT,\nin four payments), please find the second one.\n\n"
               "Invoice: ACM-2207\nDate: 01/12/2026\n"
               "Instalment 2 of 4: £2,400.00 (incl. VAT)\nPayment due: 15/12/2026\n"
               "Still to pay after this instalment: £4,800.00 (instalments 3 and 4)\n\n"
               "Kind regards,\nJo\n")


def test_one_instalment_with_its_due_date_below_it_is_due_then():
    rec = read(_INSTALMENT, "Invoice ACM-2207")
    assert rec["kind"] == "invoice_copy"
    assert (rec["amount"], rec["currency"], rec["due_date"], rec["needs_human"]) == (
        "2400.00", "GBP", "2026-12-15", False), rec["reason"]


def test_two_instalments_each_with_a_due_date_go_to_a_person():
    # guard: two parts, each dated: which this invoice asks for, a person decides
    rec = read("Invoice: ACM-2208\nDate: 01/12/2026\nInstalment 1: £3,000.00\n"
               "Due date: 10/12/2026\nInstalment 2: £5,000.00\nDue date: 10/01/2027\n",
               "Invoice ACM-2208")
    assert rec["needs_human"] is True, rec


def test_an_instalment_without_its_due_date_below_it_stays_a_persons():
    # guard: the rest after it is no rival, but nothing says this part is due now
    rec = read(_INSTALMENT.replace("Payment due: 15/12/2026\n", ""), "Invoice ACM-2207")
    assert rec["needs_human"] is True, rec

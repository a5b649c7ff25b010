"""Invoice copies of the ninth blind round's classes (issue 11), each with new wording: a
schedule of parts (a table or a list, one amount and one date a row, adding up to the
stated total: the first part is due now, on its date); the net date of a Skonto offer; a
Russian "valid for payment until"; conditional or provisional amounts (a person); the
amount to transfer after a withheld tax, checked by its sum; a part whose due date is on a
line of its own; a credit note netted in a sentence; a .txt invoice in its own charset."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from mailbot.reading.classify import as_record, classify
from mailbot.reading.parse import parse_message
from tests.test_competing_totals import BOT, CTX, MX, invoice

# ------------------------------------------------------------------ a schedule of parts


@pytest.mark.parametrize(("body", "amount", "due"), [
    (("Invoice INV-7731, dated 1 December 2026, comes to USD 4,800.00 in all.\n"
      "Instalment  Due on  Sum\n1 of 2  15 Dec 2026  USD 2,400.00\n"
      "2 of 2  15 Jan 2027  USD 2,400.00\n"), "2400.00", "2026-12-15"),
    (("Счёт № СЧ-5512 от 01.12.2026 на сумму 90 000,00 руб. Оплата двумя платежами:\n"
      "- 50 000,00 руб. до 10.12.2026;\n- 40 000,00 руб. до 10.01.2027.\n"),
     "50000.00", "2026-12-10"),
    (("Invoice INV/2026/12/5512 total Rp 24.000.000, dibayar dalam 2 tahap:\n"
      "  Pertama  Rp 12.000.000  jatuh tempo 14 Des 2026\n"
      "  Kedua    Rp 12.000.000  jatuh tempo 14 Jan 2027\n"), "12000000.00", "2026-12-14"),
])
def test_the_first_row_of_a_schedule_that_adds_up_is_due_now(body, amount, due):
    rec = invoice(body)
    assert (rec["amount"], rec["due_date"]) == (amount, due)
    assert not rec["needs_human"], rec["reason"]


def test_dated_lines_without_a_word_of_parts_stay_line_items():
    rec = invoice("Invoice INV-7740 dated 1 December 2026\nWork log:\n"
                  "3 Nov 2026  rigging check  GBP 300.00\n10 Nov 2026  sail repair  GBP 700.00\n"
                  "Total GBP 1,000.00\nPayment due within 30 days.\n")
    assert (rec["amount"], rec["due_date"]) == ("1000.00", "2026-12-31")


def test_a_schedule_that_does_not_add_up_is_no_schedule():
    rec = invoice("Invoice INV-7741 dated 1 December 2026 totals USD 5,000.00.\n"
                  "Instalment  Due on  Sum\n1 of 2  15 Dec 2026  USD 2,400.00\n"
                  "2 of 2  15 Jan 2027  USD 2,400.00\n")
    assert rec["amount"] != "2400.00" or rec["needs_human"]


# ------------------------------------------------------------------ due dates


@pytest.mark.parametrize(("body", "due"), [
    (("Rechnungsnummer: RE-8812\nRechnungsdatum: 01.12.2026\nRechnungsbetrag 2.380,00 €\n"
      "Zahlbar innerhalb von 10 Tagen unter Abzug von 3 % Skonto (2.308,60 €) oder innerhalb "
      "von 45 Tagen rein netto (bis 15.01.2027).\n"), "2027-01-15"),
    (("Rechnung RE-8814 vom 01.12.2026 über 1.190,00 €. Zahlbar innerhalb von 7 Tagen "
      "mit 2 % Skonto oder innerhalb von 20 Tagen ohne Abzug.\n"), "2026-12-21"),
    (("Invoice INV-8813 dated 1 December 2026, total USD 700.00.\n"
      "Payable within 7 days less 2% discount, or within 21 days net.\n"), "2026-12-22"),
])
def test_the_due_date_of_a_discount_offer_is_the_net_date(body, due):
    rec = invoice(body)
    assert rec["due_date"] == due


def test_a_russian_invoice_valid_for_payment_until_a_date_is_due_then():
    rec = invoice("Счёт на оплату № СЧ-6620 от 01.12.2026\nВсего к оплате: 55 000,00 руб.\n"
                  "Настоящий счёт действителен к оплате до 11.12.2026.\n")
    assert (rec["amount"], rec["due_date"]) == ("55000.00", "2026-12-11")


# ------------------------------------------------------------------ amount not yet known


@pytest.mark.parametrize("body", [
    ("Invoice INV-7750 attached, dated 1 December.\nThe fee is USD 1,200 as long as the board "
     "keeps the present scope; if they add the second awning it goes up to USD 1,650 and we "
     "will re-issue.\n"),
    ("anbei die Rechnung RE-7751 zum Bühnenvorhang. Der endgültige Betrag steht erst nach der "
     "Abnahme fest, die Anzahlung von 800,00 € wird angerechnet. Bitte noch nicht überweisen.\n"),
    ("Направляю счёт № СЧ-7752 от 01.12.2026. Окончательная сумма будет определена после "
     "замеров, около 120 000,00 руб. Оплату прошу не производить до уточнения.\n"),
])
def test_an_amount_still_open_goes_to_a_person(body):
    rec = invoice(body)
    assert rec["needs_human"]


# ------------------------------------------------------------------ withholding, parts, netting


def test_the_amount_to_transfer_after_a_withheld_tax_is_due_when_the_sum_agrees():
    rec = invoice("No. Invoice : INV/2026/12/880\nTanggal : 1 Desember 2026\n"
                  "Jatuh tempo : 14 Desember 2026\nNilai tagihan\n"
                  "Total tagihan Rp 20.400.000\nPPh 23 (2%) dipotong Rp 400.000\n"
                  "Jumlah yang ditransfer Rp 20.000.000\n")
    assert (rec["amount"], rec["due_date"]) == ("20000000.00", "2026-12-14")
    assert not rec["needs_human"], rec["reason"]


def test_an_amount_to_transfer_that_does_not_agree_goes_to_a_person():
    rec = invoice("No. Invoice : INV/2026/12/881\nTanggal : 1 Desember 2026\n"
                  "Total tagihan Rp 20.400.000\nPPh 23 (2%) dipotong Rp 400.000\n"
                  "Jumlah yang ditransfer Rp 19.000.000\n")
    assert rec["needs_human"]


@pytest.mark.parametrize(("body", "amount", "due"), [
    (("Invoice INV/2026/12/990 tgl 01/12/2026\nNilai PO : Rp 80.000.000,-\n"
      "DP 25% : Rp 20.000.000,-\nDP harap dibayar paling lambat 9 Desember 2026.\n"
      "Sisanya setelah barang diterima.\n"), "20000000.00", "2026-12-09"),
    (("Invoice INV-7795 dated 1 December 2026\nContract value: USD 10,000.00\n"
      "Deposit (30%): USD 3,000.00\nThe deposit is payable by 9 December 2026.\n"),
     "3000.00", "2026-12-09"),
])
def test_a_part_whose_due_date_is_on_a_line_of_its_own_is_due_then(body, amount, due):
    rec = invoice(body)
    assert (rec["amount"], rec["due_date"]) == (amount, due)
    assert not rec["needs_human"], rec["reason"]


def test_a_line_on_other_parts_gives_no_due_date_to_the_deposit():
    rec = invoice("Invoice INV-7796 dated 1 December 2026\nContract value: USD 10,000.00\n"
                  "Deposit (30%): USD 3,000.00\nInstalments payable monthly by 1 Jan 2027.\n")
    assert rec["needs_human"] or rec["due_date"] != "2027-01-01"


def test_a_credit_note_netted_in_a_sentence_leaves_the_rest_due():
    rec = invoice("Berikut tagihan INV/2026/12/771 tanggal 01/12/2026 sebesar Rp 5.000.000. "
                  "Karena ada retur kain, kami terbitkan nota kredit NK/2026/12/003 senilai "
                  "Rp 750.000, sehingga sisa yang perlu dibayar Rp 4.250.000 paling lambat "
                  "15/12/2026.\n", "Tagihan INV/2026/12/771 dan Nota Kredit")
    assert (rec["amount"], rec["due_date"]) == ("4250000.00", "2026-12-15")
    assert not rec["needs_human"], rec["reason"]


# ------------------------------------------------------------------ a .txt invoice


def test_a_text_attachment_is_read_in_its_own_charset():
    msg = EmailMessage()
    msg["From"] = "Staff <staff@acme.test>"
    msg["To"] = "ap@client.test"
    msg["Cc"] = BOT
    msg["Subject"] = "Счёт"
    msg["Date"] = format_datetime(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<inv-txt@acme.test>"
    msg.set_content("Счёт во вложении.\n")
    msg.add_attachment("СЧЁТ № СЧ-4410 от 01.12.2026\nИтого к оплате   72 000,00 руб.\n"
                       "Срок оплаты: 20 календарных дней.\n", subtype="plain",
                       charset="windows-1251", cte="base64", filename="schet.txt")
    raw = (f"Authentication-Results: {MX}; dkim=pass header.d=acme.test; "
           "dmarc=pass header.from=acme.test\r\n").encode() + msg.as_bytes()
    rec = as_record(classify(parse_message(raw), CTX))
    assert (rec["invoice_numbers"], rec["amount"], rec["due_date"]) == (
        ["СЧ-4410"], "72000.00", "2026-12-21")


def test_a_date_in_brackets_right_after_the_invoice_number_is_its_issue_date():
    rec = invoice("Invoice No. INV-7760 (28 Nov 2026)\nTotal USD 900.00, due 15 December 2026.\n")
    assert (rec["issue_date"], rec["due_date"], rec["payment_terms_days"]) == (
        "2026-11-28", "2026-12-15", 17)
    rec = invoice("Invoice No. INV-7761 (due 15 Dec 2026)\nTotal USD 900.00\n")
    assert rec["issue_date"] == "2026-12-01"  # the mail's own date: no issue date stated


def test_a_total_due_paid_by_a_schedule_leaves_the_first_part_due_now():
    rec = invoice("Invoice INV-7770 dated 1 December 2026\nTotal due: EUR 6,000.00, payable in "
                  "three instalments:\n1) EUR 2,000.00 by 10 Dec 2026\n"
                  "2) EUR 2,000.00 by 10 Jan 2027\n3) EUR 2,000.00 by 10 Feb 2027\n")
    assert (rec["amount"], rec["due_date"]) == ("2000.00", "2026-12-10")
    assert not rec["needs_human"], rec["reason"]


def test_an_invoice_copy_without_an_amount_still_shows_its_stated_issue_date():
    rec = invoice("Please find invoice INV-7780 dated 27 November 2026 for the marquee hire. "
                  "The final amount is not yet known; please do not pay yet.\n")
    assert rec["needs_human"]
    assert (rec["amount"], rec["issue_date"]) == (None, "2026-11-27")


def test_a_paid_deposit_and_its_balance_are_no_schedule_of_parts_due():
    rec = invoice("Invoice INV-7790 dated 1 December 2026, total GBP 1,000.00.\n"
                  "Deposit paid 20 Nov 2026  GBP 500.00\nBalance 15 Dec 2026  GBP 500.00\n")
    assert rec["needs_human"] or rec["due_date"] != "2026-11-20"

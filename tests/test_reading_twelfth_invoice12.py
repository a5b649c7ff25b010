"""Invoice copies of the twelfth blind set's kind (issue 12): examples written here in
other wordings, not the set's messages.

- net, tax and total written on one line ("Net 4,000.00, VAT 800.00, total 4,800.00"):
  the total after its label is the amount, not an older open invoice named further down;
- a sum in another currency given only for information ("entspricht rund EUR ...",
  "equivalent to approx. USD ...") is neither the amount nor the currency;
- payment terms for several invoices ("Срок оплаты по обоим счетам — 10 календарных дней",
  "Payment terms for both invoices: 14 days") are the terms;
- several invoices of one mail, listed after one label (one a line with their mark, or
  "X and Y"), are all listed, with their sum, for a person: one invoice is never
  registered with the others' money;
- a bare date word in running text ("mohon dibayar paling lambat tanggal 2 Desember",
  "mobilisasi dimulai tanggal 7 Desember") is no invoice date: only a field is;
- "Счет N 1195": a Latin N typed for the numero sign marks the number;
- the contract's value and the stage billed on one line, in clauses of their own ("Сумма
  договора — ...; сумма по этапу 2 — ..."): the invoice billing that stage asks the stage;
- "Jumlah yang dibayarkan" after the PPh 23 the client withholds is the amount due, also
  when net, VAT and total share the line above it;
- "долларов США", "долл. США", "евро" after a sum name its currency; "инвойс № N" is
  an invoice's number;
- "the balance payable is £11,500.00" after a credit note netted off names the amount;
  "end of the month following the month of invoice" is that month's last day (no day
  count), not this month's end;
- a deposit invoice "for 30% of the contract value: £15,750.00 + VAT £3,150.00 =
  £18,900.00" in a paragraph that also names the balance invoiced later: the deposit's
  gross is the amount (the contract value is what it is a share of; a paragraph's
  sentences are read one by one);
- a credit note sent beside the invoice and not to be set against it ("Bitte die
  Gutschrift nicht mit der Rechnung verrechnen") is no rival total, and its own PDF
  ("GUTSCHRIFT" as the title) is no second invoice of the mail, nor is the mail a credit
  note's when its subject lists both ("Rechnung + Gutschrift");
- staff writing among themselves name an invoice new to the ledger in the ledger's own
  shape ("DP KSB/DP/XI/2026/036"): listed for the person who reads it;
- a staff member chasing a client about an invoice the ledger knows already, in a copy to
  the bot with no attachment ("a gentle nudge on ...", "wir erinnern an ..."), is no new
  invoice: `other`, nothing registered.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from mailbot.domain.values import Kind
from tests.test_invoices import facts, message, minimal_pdf, run

MAILED = "Mon, 09 Nov 2026 10:00:00 +0000"


@pytest.mark.parametrize(("body", "amount"), [
    (("Rechnung RE-2026-0601 vom 09.11.2026\n"
      "Nettobetrag 8.000,00 €, zzgl. 19 % USt. 1.520,00 €, Gesamtbetrag 9.520,00 €\n"
      "Zahlungsziel: 14 Tage ab Rechnungsdatum.\n\n"
      "Wir erinnern zudem an die offene Rechnung RE-2026-0400 über 3.100,50 €.\n"),
     Decimal("9520.00")),
    (("Invoice INV-2026-0602, 9 November 2026\n"
      "Net GBP 4,000.00; VAT 20% GBP 800.00; invoice total GBP 4,800.00\n"
      "Payment within 30 days.\n\n"
      "May we also remind you that INV-2026-0410 for GBP 1,950.00 is still open.\n"),
     Decimal("4800.00")),
    (("Invoice INV-2026-0603 dated 09/11/2026\n"
      "Subtotal EUR 2,500.00, VAT EUR 500.00, Total EUR 3,000.00\n"
      "Terms: net 30 days.\n\n"
      "Invoice INV-2026-0390 (EUR 700.00) is still unpaid.\n"),
     Decimal("3000.00")),
])
def test_the_total_after_net_and_tax_on_one_line_is_the_amount(body, amount):
    f = facts(message(body, date_=MAILED))
    assert f.amount == amount


@pytest.mark.parametrize(("body", "amount"), [
    # the label's own words say it is net: still no total
    (("Rechnung RE-2026-0604 vom 09.11.2026\n"
      "Gesamtbetrag netto 8.000,00 €, zzgl. 19 % USt. 1.520,00 €\n"
      "Rechnungsbetrag brutto 9.520,00 €\n"
      "Zahlungsziel: 14 Tage.\n"), Decimal("9520.00")),
])
def test_a_total_labelled_net_is_still_no_total(body, amount):
    f = facts(message(body, date_=MAILED))
    assert f.amount == amount


@pytest.mark.parametrize(("body", "amount", "currency"), [
    (("Rechnung Nr. RE-2026-0611 vom 09.11.2026\n"
      "Total          CHF 7'350.00\n"
      "Zahlbar innert 30 Tagen netto.\n\n"
      "Der Betrag entspricht ca. EUR 7'880.00 zum heutigen Kurs; massgebend ist der "
      "Rechnungsbetrag in CHF.\n"), Decimal("7350.00"), "CHF"),
    (("Invoice INV-2026-0612 dated 9 November 2026\n"
      "Total: GBP 3,200.00, payment within 30 days.\n"
      "For your information this amount is equivalent to approx. USD 4,050.00 at "
      "today's rate.\n"), Decimal("3200.00"), "GBP"),
    (("Invoice KSB/INV/XI/2026/0613 tanggal 09-11-2026\n"
      "Jumlah: USD 2,500.00, jatuh tempo 30 hari.\n"
      "Sebagai informasi, jumlah ini setara dengan sekitar Rp 39.500.000 dengan kurs hari "
      "ini.\n"), Decimal("2500.00"), "USD"),
    (("Счёт № 1614 от 09.11.2026, срок оплаты 30 дней.\n"
      "Сумма: 6 000,00 USD, что эквивалентно примерно 540 000,00 руб. по текущему "
      "курсу.\n"),
     Decimal("6000.00"), "USD"),
])
def test_a_sum_given_only_for_information_in_another_currency_is_not_the_amount(
        body, amount, currency):
    f = facts(message(body, date_=MAILED))
    assert (f.amount, f.currency) == (amount, currency)


def test_a_sum_marked_as_equivalent_in_the_only_currency_stays():
    body = ("Invoice INV-2026-0615 dated 9 November 2026\n"
            "Survey work, equivalent to GBP 1,800.00 per day, five days.\n"
            "Total due: GBP 9,000.00 within 30 days.\n")
    f = facts(message(body, date_=MAILED))
    assert (f.amount, f.currency) == (Decimal("9000.00"), "GBP")


@pytest.mark.parametrize(("body", "days"), [
    (("Счёт № 1701 от 09.11.2026 на сумму 50 000,00 руб.\n"
      "Срок оплаты по этому счёту — 12 календарных дней.\n"), 12),
    (("Invoice INV-2026-0702 dated 9 November 2026, total GBP 1,000.00.\n"
      "Payment terms for this invoice: 21 days.\n"), 21),
    (("Rechnung RE-2026-0703 vom 09.11.2026, Gesamtbetrag 1.000,00 €.\n"
      "Zahlungsziel für diese Rechnung: 10 Tage.\n"), 10),
])
def test_terms_said_for_the_invoice_are_the_terms(body, days):
    f = facts(message(body, date_=MAILED))
    assert f.terms_days == days


@pytest.mark.parametrize(("body", "numbers", "amount"), [
    (("Высылаю два счёта:\n"
      "  № 1801 от 09.11.2026 — съёмка — 120 000,00 руб.\n"
      "  № 1802 от 09.11.2026 — отчёт — 30 000,00 руб.\n"
      "Итого 150 000,00 руб. Срок оплаты по обоим счетам — 10 календарных дней.\n"),
     ("1801", "1802"), Decimal("150000.00")),
    (("Please find our invoices INV-2026-0811 and INV-2026-0812 for October.\n"
      "  INV-2026-0811  survey       GBP 1,200.00\n"
      "  INV-2026-0812  processing   GBP 300.00\n"
      "Total GBP 1,500.00, payment terms for both invoices: 30 days.\n"),
     ("INV-2026-0811", "INV-2026-0812"), Decimal("1500.00")),
])
def test_several_invoices_of_one_mail_are_all_listed_for_a_person(body, numbers, amount):
    c = run(message(body, date_=MAILED, subject="Invoices"))
    assert c.kind == Kind.INVOICE_COPY
    assert c.needs_human
    assert c.reason.startswith("several invoices")
    assert c.invoice_numbers == numbers
    assert c.invoice is not None
    assert c.invoice.amount == amount


def test_an_older_open_invoice_named_apart_is_no_second_invoice_of_the_mail():
    body = ("Счёт № 1901 от 09.11.2026 на сумму 40 000,00 руб., срок оплаты 10 дней.\n"
            "Напоминаем также о неоплаченном счёте № 1850 на 12 000,00 руб.\n")
    c = run(message(body, date_=MAILED, subject="Счёт 1901"))
    assert not (c.reason or "").startswith("several invoices")


@pytest.mark.parametrize(("subject", "body"), [
    ("INV-2026-001", ("Hi Alice,\n\nJust a quick nudge on INV-2026-001 (USD 2,400.00, due "
                      "1 November) - could you tell me when it is likely to be paid?\n\nSam\n")),
    ("Rechnung RE-2026-1001", ("Hallo Frau Muster,\n\nwir erinnern freundlich an die "
                               "Rechnung RE-2026-1001 über 1.190,00 €, fällig am 01.11.2026."
                               "\n\nGrüße\nSam\n")),
    ("Счёт СЧ-2026-118", ("Добрый день!\n\nНапоминаю об оплате счёта № СЧ-2026-118 на "
                          "сумму 50 000,00 руб., срок оплаты истёк 01.11.2026.\n")),
])
def test_a_staff_member_chasing_a_known_invoice_is_no_new_invoice(subject, body):
    c = run(message(body, date_=MAILED, subject=subject))
    assert c.kind == Kind.OTHER
    assert c.invoice is None
    assert c.invoice_numbers


@pytest.mark.parametrize(("subject", "body", "attach"), [
    # a new invoice, with an older one the ledger knows named beside it
    ("Rechnung RE-2026-0950", ("Rechnung RE-2026-0950 vom 09.11.2026, Gesamtbetrag "
                               "2.380,00 €, zahlbar in 14 Tagen.\nWir erinnern zudem an die "
                               "noch offene Rechnung RE-2026-1001.\n"), False),
    # the next instalment's invoice (known already), the first one still open
    ("Tagihan cicilan ke-2 INV-2026-002", ("Pak Lukas,\nberikut tagihan cicilan ke-2:\n"
                                           "No: INV-2026-002\nTanggal: 9 Nov 2026\n"
                                           "Nilai: Rp 60.000.000\nJatuh tempo: 23 Nov 2026\n"
                                           "Cicilan ke-1 (INV-2026-001) belum kami terima.\n"),
     False),
    # a credit note for a known invoice, its delay ("keterlambatan") named
    ("Nota Kredit NK/2026/0031", ("Yth. Bapak Hendra,\natas keterlambatan pengiriman kami "
                                  "menerbitkan nota kredit NK/2026/0031 untuk invoice "
                                  "INV-2026-002: Rp 1.110.000.\n"), False),
    # the known invoice sent again as a document: still its copy
    ("Invoice INV-2026-001", ("Hi Alice,\n\nA reminder: attached is invoice INV-2026-001, "
                              "total USD 2,400.00, due 1 December 2026.\n"), True),
])
def test_chasing_words_beside_a_new_invoice_or_a_document_keep_the_copy(subject, body, attach):
    # (the copy's own reading decides the rest: here only that it is read as one)
    attachments = (("invoice.txt", "text/plain", b"Invoice INV-2026-001 USD 2,400.00"),) \
        if attach else ()
    c = run(message(body, date_=MAILED, subject=subject, attachments=attachments))
    assert c.kind == Kind.INVOICE_COPY


@pytest.mark.parametrize("body", [
    ("Bersama ini kami sampaikan invoice uang muka:\n  No. Invoice : KSB/DP/2026/0901\n"
     "  Jumlah      : Rp 55.500.000\n"
     "Mohon dibayar paling lambat tanggal 16 November 2026, karena survei dimulai "
     "tanggal 20 November.\n"),
    ("Invoice KSB/DP/2026/0902 sebesar Rp 55.500.000.\nPembayaran kami harap "
     "selambat-lambatnya tanggal 16 November 2026.\nKapal berangkat tgl 20 November 2026.\n"),
])
def test_a_date_word_in_running_text_is_no_invoice_date(body):
    f = facts(message(body, date_=MAILED))
    assert f.issue_date == date(2026, 11, 9)  # the day it was mailed
    assert f.due_date == date(2026, 11, 16)


def test_a_date_field_is_still_the_invoice_date():
    body = ("No. Invoice : KSB/INV/2026/0903\nTanggal : 06 November 2026\n"
            "Jumlah : Rp 10.000.000\nJatuh tempo: 20 November 2026\n")
    f = facts(message(body, date_=MAILED))
    assert f.issue_date == date(2026, 11, 6)


@pytest.mark.parametrize(("body", "number"), [
    (("Счет N 2207 от 09.11.2026 за работы.\nИтого к оплате: 12 000-00 (Двенадцать тысяч "
      "рублей 00 копеек).\nОплата в течение 10 дней.\n"), "2207"),
    (("Направляю счёт N2208 от 09.11.2026 на сумму 5 000,00 руб., оплата в течение 5 "
      "дней.\n"), "2208"),
])
def test_a_latin_n_for_the_numero_sign_marks_the_number(body, number):
    f = facts(message(body, date_=MAILED, subject="Счет"))
    assert f.number == number


@pytest.mark.parametrize(("body", "amount"), [
    (("Высылаю счёт № 2301 по этапу 3 (обработка данных).\n"
      "Сумма договора — 9 000 000 руб.; сумма по этапу 3 — 2 700 000,00 руб., в т.ч. НДС.\n"
      "Срок оплаты — до 30.11.2026.\n"), Decimal("2700000.00")),
    (("Please find invoice INV-2026-2302 for stage 2 of the survey.\n"
      "Contract value GBP 150,000.00; stage 2: GBP 45,000.00 incl. VAT.\n"
      "Payment due by 30 November 2026.\n"), Decimal("45000.00")),
])
def test_the_stage_billed_beside_the_contract_value_on_one_line_is_the_amount(body, amount):
    f = facts(message(body, date_=MAILED))
    assert f.amount == amount


def test_the_amount_to_be_paid_after_withheld_tax_is_the_amount():
    body = ("Invoice KSB/INV/2026/2401\nTanggal : 09 November 2026\n"
            "DPP Rp 50.000.000   PPN 11% Rp 5.500.000   TOTAL Rp 55.500.000\n"
            "PPh 23 dipotong pelanggan (2%)   Rp 1.000.000\n"
            "Jumlah yang dibayarkan           Rp 54.500.000\n"
            "Termin pembayaran: 30 hari\n")
    f = facts(message(body, date_=MAILED))
    assert f.amount == Decimal("54500000.00")


@pytest.mark.parametrize(("body", "amount", "currency"), [
    ("Инвойс № 2501 от 09.11.2026. Сумма: 8 300,00 долларов США. Оплата в течение 30 дней.\n",
     Decimal("8300.00"), "USD"),
    ("Счёт № 2502 от 09.11.2026 на сумму 1 250 долл. США, оплата в течение 15 дней.\n",
     Decimal("1250.00"), "USD"),
    ("Счёт № 2503 от 09.11.2026. Итого к оплате: 4 100,00 евро. Оплата в течение 10 дней.\n",
     Decimal("4100.00"), "EUR"),
])
def test_a_currency_named_in_russian_words_is_its_code(body, amount, currency):
    f = facts(message(body, date_=MAILED, sender="Sam Staff <sam@acme.test>"))
    assert (f.amount, f.currency) == (amount, currency)


@pytest.mark.parametrize(("body", "amount", "due"), [
    (("Attached is invoice INV-2026-2601 (GBP 6,000.00 incl. VAT) with credit note CN-2601 "
      "for GBP 500.00 on an older invoice.\nPlease net the two off: the balance payable is "
      "GBP 5,500.00. Payment by the end of the month following the month of invoice.\n"),
     Decimal("5500.00"), date(2026, 12, 31)),
    (("Rechnung RE-2026-2602 vom 09.11.2026, Rechnungsbetrag 2.380,00 EUR.\n"
      "Zahlbar bis Ende des Folgemonats.\n"), Decimal("2380.00"), date(2026, 12, 31)),
    (("Счёт № 2603 от 09.11.2026 на сумму 70 000,00 руб.\nОплата до конца месяца, "
      "следующего за месяцем выставления счёта.\n"), Decimal("70000.00"), date(2026, 12, 31)),
])
def test_the_end_of_the_following_month_is_the_due_date(body, amount, due):
    f = facts(message(body, date_=MAILED))
    assert (f.amount, f.due_date, f.terms_days) == (amount, due, None)


def test_the_end_of_the_month_alone_stays_this_month():
    body = ("Invoice INV-2026-2604, total GBP 900.00. Payment by the end of the month, "
            "please.\n")
    f = facts(message(body, date_=MAILED))
    assert f.due_date == date(2026, 11, 30)


@pytest.mark.parametrize(("body", "amount"), [
    (("Thank you for accepting our quotation Q-2701 for the harbour survey (contract value "
      "GBP 40,000.00 + VAT).\nPlease find attached deposit invoice INV-2026-2701 for 25% of "
      "the contract value: GBP 10,000.00 + VAT GBP 2,000.00 = GBP 12,000.00. The deposit is "
      "payable on receipt. The balance of GBP 30,000.00 + VAT will be invoiced on delivery, "
      "on our standard 30-day terms.\n"), Decimal("12000.00")),
])
def test_a_deposit_for_a_share_of_the_contract_value_is_the_amount(body, amount):
    c = run(message(body, date_=MAILED))
    assert c.invoice is not None
    assert c.invoice.amount == amount
    assert not c.needs_human, c.reason


def test_a_credit_note_not_to_be_netted_is_no_rival_nor_a_second_invoice():
    body = ("Sehr geehrte Frau Huber,\nanbei erhalten Sie\n"
            "  - Rechnung RE-2026-2801 über 3.570,00 EUR, zahlbar innerhalb 30 Tagen, sowie\n"
            "  - Gutschrift GS-2026-028 über 250,00 EUR zur Rechnung RE-2026-2750, die wir "
            "Ihnen separat überweisen.\nBitte die Gutschrift nicht mit der Rechnung "
            "verrechnen.\n")
    invoice = minimal_pdf(["RECHNUNG", "Rechnungsnummer: RE-2026-2801",
                           "Rechnungsdatum: 09.11.2026", "Rechnungsbetrag 3.570,00 EUR",
                           "Zahlbar innerhalb 30 Tagen"])
    credit = minimal_pdf(["GUTSCHRIFT", "Rechnungsnummer: GS-2026-028",
                          "Rechnungsdatum: 09.11.2026", "Gutschriftsbetrag 250,00 EUR"])
    c = run(message(body, date_=MAILED, subject="Rechnung + Gutschrift", attachments=(
        ("RE-2026-2801.pdf", "application/pdf", invoice),
        ("GS-2026-028.pdf", "application/pdf", credit))))
    assert c.invoice is not None
    assert c.invoice.amount == Decimal("3570.00")
    assert c.invoice_numbers == ("RE-2026-2801",)
    assert not c.needs_human, c.reason


def test_a_credit_note_for_an_invoice_in_the_subject_stays_a_credit_note():
    body = "Gutschrift GS-2026-029 über 250,00 EUR zur Rechnung RE-2026-2750.\n"
    c = run(message(body, date_=MAILED, subject="Gutschrift GS-2026-029 zur Rechnung RE-2026-2750"))
    assert c.needs_human
    assert "credit note" in c.reason


def test_staff_talk_lists_a_new_number_in_the_ledgers_shape():
    body = ("Sam,\nthe client phoned: the deposit INV-2026-077 gets paid once they have the "
            "signed contract (ref. 2026-11-20 / PO 4471). I'll post it tomorrow.\n")
    c = run(message(body, date_=MAILED, to="Kim <kim@acme.test>", subject="FYI"))
    assert c.kind == Kind.OTHER
    assert c.invoice_numbers == ("INV-2026-077",)

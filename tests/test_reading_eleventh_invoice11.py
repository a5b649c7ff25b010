"""Invoice copies of the eleventh blind set's kind (issue 11): examples written here in
other wordings, not the set's messages.

- the line after the deductions that says what is left to pay ("balance now due",
  "Restforderung", "sisa yang harus dibayar") is the amount, not the gross total above it;
- a reconciliation statement's balance ("сальдо") below a new invoice is no amount to chase;
- a date in brackets right after "N days from the invoice date" that is the day the mail
  was written is the issue date the terms count from, not a due date.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.test_invoices import facts, message

MAILED = "Mon, 09 Nov 2026 10:00:00 +0000"


@pytest.mark.parametrize(("body", "amount"), [
    (("Invoice INV-2026-0501, dated 09/11/2026\n\n"
     "  Installation works               GBP 5,000.00\n"
     "  VAT 20%                          GBP 1,000.00\n"
     "  Invoice total                    GBP 6,000.00\n"
     "  Less advance received 01/10/2026 -GBP 2,000.00\n"
     "  Balance now due                  GBP 4,000.00\n\n"
     "Due by 23 November 2026 (14 days).\n"), Decimal("4000.00")),
    (("Invoice INV-2026-0502 of 9 November 2026\n"
     "Total invoice amount: USD 7,500.00\n"
     "Minus payment on account: -USD 2,500.00\n"
     "Amount now due: USD 5,000.00\n"
     "Payment within 14 days, by 23 November 2026.\n"), Decimal("5000.00")),
    (("Rechnung RE-2026-0503 vom 09.11.2026\n\n"
     "  Gesamtbetrag brutto            11.900,00 EUR\n"
     "  abzgl. Anzahlung vom 01.10.    -4.000,00 EUR\n"
     "  Restforderung                   7.900,00 EUR\n\n"
     "Zahlbar bis 23.11.2026.\n"), Decimal("7900.00")),
    (("Rechnung RE-2026-0504 vom 09.11.2026\n\n"
     "  Rechnungsbetrag                  5.950,00 EUR\n"
     "  abzüglich geleistete Abschläge  -2.000,00 EUR\n"
     "  Restbetrag                       3.950,00 EUR\n\n"
     "Zahlbar bis 23.11.2026.\n"), Decimal("3950.00")),
])
def test_the_amount_left_after_deductions_is_the_amount(body, amount):
    f = facts(message(body, date_=MAILED))
    assert f.amount == amount


@pytest.mark.parametrize("body", [
    ("Счёт № СЧ-26/0501 от 09.11.2026 — хранение, 40 паллет — 52 000,00 руб. "
     "Оплата в течение 14 дней.\n\nАкт сверки на 09.11.2026:\n"
     "  СЧ-26/0410 от 01.10.2026 — 70 000,00\n  СЧ-26/0501 от 09.11.2026 — 52 000,00\n"
     "  Сальдо в нашу пользу: 122 000,00 руб.\n"),
    # the invoice's own line names a delivery service (no amount word of its own)
    ("Счёт № СЧ-26/0503 от 09.11.2026 — доставка грузов, 3 рейса — 52 000,00 руб. "
     "(в т. ч. НДС 22 % 9 377,05). Оплата в течение 14 дней.\n\nАкт сверки на 09.11.2026:\n"
     "  СЧ-26/0410 от 01.10.2026 — 70 000,00\n  Сальдо в нашу пользу: 122 000,00 руб.\n"),
    ("Rechnung RE-2026-0506 vom 09.11.2026 – Versandlogistik November – 52.000,00 EUR "
     "(inkl. 19 % USt). Zahlbar innerhalb von 14 Tagen.\n\nKontoauszug zum 09.11.2026:\n"
     "  Saldo zu unseren Gunsten: 122.000,00 EUR\n"),
    ("Invoice INV-2026-0507 of 9 November 2026 - shipping services, November - "
     "GBP 52,000.00 (incl. VAT). Payable within 14 days.\n\nStatement of account:\n"
     "  Balance in our favour: GBP 122,000.00\n"),
    ("Направляем счёт № СЧ-26/0502 от 09.11.2026 на сумму 52 000,00 руб., срок оплаты "
     "14 дней.\nПо данным сверки конечное сальдо 122 000,00 руб.\n"),
])
def test_a_reconciliation_balance_is_not_the_invoice_amount(body):
    # (a person may look at the statement beside it, but 122 000 is never chased)
    from tests.test_invoices import run
    c = run(message(body, date_="Mon, 09 Nov 2026 10:00:00 +0300"))
    assert c.invoice is None or c.invoice.amount == Decimal("52000.00")
    assert c.invoice is not None or c.needs_human


@pytest.mark.parametrize("body", [
    ("Rechnung RE-2026-0505\nBetrag: 1.190,00 EUR\n"
     "Zahlbar innerhalb von 14 Tagen nach Rechnungsdatum (09.11.2026) ohne Abzug.\n"),
    ("Faktur INV/2026/11/0505\nTotal yang harus dibayar Rp 5.550.000\n"
     "Jatuh tempo: 14 hari sejak tanggal invoice (9 November 2026), yaitu 23 November 2026.\n"),
    ("Invoice INV-2026-0505\nAmount due: GBP 800.00\n"
     "Due: 14 days from the invoice date (9 November 2026).\n"),
    ("Счёт № СЧ-26/0505\nК оплате: 10 000,00 руб.\n"
     "Срок оплаты: 14 дней с даты счёта (09.11.2026).\n"),
])
def test_the_mail_day_in_brackets_after_the_terms_start_is_the_issue_date(body):
    f = facts(message(body, date_=MAILED))
    assert (f.issue_date, f.due_date) == (date(2026, 11, 9), date(2026, 11, 23))


@pytest.mark.parametrize(("subject", "body"), [
    ("Корректировочный УПД СЧ-26/0510-К к счёту СЧ-26/0480",
     ("Добрый день!\n\nОформили корректировку на уменьшение:\n\n"
     "  Корректировочный УПД № СЧ-26/0510-К от 09.11.2026 к счёту СЧ-26/0480\n"
     "  Уменьшение стоимости: 5 000,00 руб.\n\n"
     "Остаток к оплате по счёту СЧ-26/0480: 20 000,00 руб. вместо 25 000,00 руб.\n")),
    ("Корректировочный счёт-фактура СЧ-26/0511-К",
     ("Направляем корректировочный счёт-фактуру № СЧ-26/0511-К от 09.11.2026 "
     "к счёту СЧ-26/0470 на сумму 3 600,00 руб.\n")),
    ("Credit memo CM-2026-0512 for invoice INV-2026-0470",
     ("Hi,\n\nplease find credit memo CM-2026-0512 for USD 600.00 against invoice "
     "INV-2026-0470.\nThat leaves USD 2,400.00 outstanding on INV-2026-0470.\n")),
])
def test_a_correction_reducing_an_invoice_goes_to_a_person(subject, body):
    # never chased as an invoice of its own: the reduced invoice's sum is no new claim
    from tests.test_invoices import run
    c = run(message(body, subject=subject, date_=MAILED))
    assert c.needs_human, c


@pytest.mark.parametrize("body", [
    ("Счёт № СЧ-26/0520 от 09.11.2026 — 300 000,00 руб.\n"
     "Оплата в течение 10 рабочих дней с даты подписания акта приёмки заказчиком.\n"),
    ("Счёт № СЧ-26/0521 от 09.11.2026 — 300 000,00 руб.\n"
     "Оплата в течение 15 дней после приёмки работ.\n"),
    ("Invoice INV-2026-0522 of 9 November 2026 - stage 2: GBP 40,000.00\n"
     "Payment within 14 days from the signing of the acceptance certificate.\n"),
    ("Rechnung RE-2026-0523 vom 09.11.2026 über 40.000,00 EUR.\n"
     "Zahlbar innerhalb von 14 Tagen nach der Abnahme.\n"),
    ("Invoice INV/2026/11/0524 tanggal 9 November 2026, total Rp 400.000.000.\n"
     "Pembayaran 14 hari kerja sejak penandatanganan BAST.\n"),
])
def test_terms_counted_from_an_event_leave_the_due_date_to_a_person(body):
    from tests.test_invoices import run
    c = run(message(body, date_=MAILED))
    assert c.needs_human, c


@pytest.mark.parametrize("body", [
    "Invoice INV-2026-0530: GBP 900.00, due 23 November (14 days).\n",
    ("Rechnung RE-2026-0531 über 900,00 EUR.\n"
     "Bitte überweisen Sie den Betrag bis zum 23.11.2026 (14 Tage).\n"),
    ("Invoice INV/2026/11/0532, total Rp 9.000.000.\n"
     "Mohon dibayar paling lambat 23 November 2026 (14 hari).\n"),
    ("Счёт № СЧ-26/0533 на сумму 90 000,00 руб.\n"
     "Просим оплатить до 23.11.2026 (14 дней).\n"),
])
def test_a_day_count_in_brackets_after_the_due_date_is_the_terms(body):
    # (no issue date stated: the terms are not the distance between two stated dates)
    f = facts(message(body, date_=MAILED))
    assert (f.due_date, f.terms_days) == (date(2026, 11, 23), 14)


@pytest.mark.parametrize(("subject", "body"), [
    ("New invoice INV-2026-0540 + account statement",
     ("Hi,\nNew invoice for the November storage: INV-2026-0540, dated 9 November 2026, "
     "GBP 3,000.00 incl. VAT, due 9 December (30 days).\nFor completeness, your statement:\n"
     "  INV-2026-001   01/10/2026   GBP 1,500.00   overdue\n"
     "  INV-2026-0540  09/11/2026   GBP 3,000.00   not yet due\n"
     "  Total account balance       GBP 4,500.00\n")),
    ("Neue Rechnung RE-2026-1041 und Kontoauszug",
     ("Hallo,\nanbei die neue Rechnung für November: RE-2026-1041, 3.000,00 EUR, "
     "zahlbar bis 09.12.2026.\nZur Info, noch offen ist RE-2026-1001 über 1.500,00 EUR "
     "(überfällig).\n")),
])
def test_the_subjects_new_invoice_is_the_one_the_body_states(subject, body):
    # the ledger knows the older invoice only: the new one named in the subject is this one
    f = facts(message(body, subject=subject, date_=MAILED))
    assert f.number == subject.split()[2]


@pytest.mark.parametrize(("body", "amount"), [
    (("Terlampir tagihan cicilan ke-3 (dari 4) sewa gudang:\n"
     "  Nilai sewa total 4 bulan: Rp 40.000.000 + PPN\n"
     "  Cicilan ke-3: Rp 10.000.000 + PPN 11% Rp 1.100.000 = Rp 11.100.000\n"
     "Mohon dibayarkan paling lambat tanggal 23 November 2026.\n"
     "No. invoice: INV/2026/11/0550, tanggal 9 November 2026.\n"), Decimal("11100000.00")),
    (("Here is the invoice for instalment 2 of 5, invoice INV-2026-0551:\n"
     "  Total of the agreement: GBP 25,000.00 + VAT\n"
     "  Instalment 2: GBP 5,000.00 + VAT GBP 1,000.00 = GBP 6,000.00\n"
     "Please pay by 23 November 2026.\n"), Decimal("6000.00")),
    (("anbei die Rechnung RE-2026-0552 über die 2. Rate (von 4):\n"
     "  Gesamtwert der Vereinbarung: 20.000,00 EUR netto\n"
     "  2. Rate: 5.000,00 EUR + 19 % USt 950,00 EUR = 5.950,00 EUR\n"
     "Zahlbar bis 23.11.2026.\n"), Decimal("5950.00")),
])
def test_an_instalment_added_up_with_its_tax_is_the_amount(body, amount):
    f = facts(message(body, date_=MAILED))
    assert f.amount == amount


@pytest.mark.parametrize(("subject", "body", "numbers"), [
    ("Nota Kredit NK/2026/0560 atas Invoice INV/2026/10/0470",
     ("Yth. Bapak,\n\nkami menerbitkan nota kredit:\n  No. Nota Kredit : NK/2026/0560\n"
     "  Atas invoice    : INV/2026/10/0470\n  Nilai           : Rp 1.110.000\n"),
     ("NK/2026/0560", "INV/2026/10/0470")),
    ("Корректировочный счёт-фактура СЧ-26/0561-К к счёту СЧ-26/0470",
     ("Направляем корректировочный счёт-фактуру № СЧ-26/0561-К от 09.11.2026 к счёту "
     "СЧ-26/0470: уменьшение на 3 600,00 руб.\n"),
     ("СЧ-26/0561-К", "СЧ-26/0470")),
    ("Credit memo CM-2026-0562 for invoice INV-2026-0470",
     ("Hi,\n\nplease find credit memo CM-2026-0562 for USD 600.00 against invoice "
     "INV-2026-0470.\n"),
     ("CM-2026-0562", "INV-2026-0470")),
])
def test_a_credit_note_lists_its_own_number_then_the_invoice_it_corrects(subject, body,
                                                                         numbers):
    from tests.test_invoices import run
    c = run(message(body, subject=subject, date_=MAILED))
    assert c.needs_human
    assert c.invoice_numbers[:2] == numbers


@pytest.mark.parametrize(("body", "amount"), [
    (("Terlampir invoice INV/2026/11/0570. Total tagihan Rp 11.100.000 (termasuk PPN); setelah "
     "dipotong PPh 23 sebesar Rp 200.000, jumlah yang ditransfer Rp 10.900.000. "
     "Jatuh tempo 30 hari setelah tanggal invoice.\n"), Decimal("10900000.00")),
    (("Please find invoice INV-2026-0571 attached. Total due USD 5,000.00; after the 10% "
     "withholding tax of USD 500.00 the amount payable is USD 4,500.00. Payment within "
     "30 days.\n"), Decimal("4500.00")),
    (("Anbei Rechnung RE-2026-0572. Rechnungsbetrag 10.000,00 EUR; nach Abzug der "
      "Quellensteuer von 1.500,00 EUR beträgt der Zahlbetrag 8.500,00 EUR. Zahlbar innerhalb "
      "von 30 Tagen.\n"), Decimal("8500.00")),
])
def test_the_last_amount_said_due_on_a_line_after_a_withheld_tax_is_the_amount(body, amount):
    f = facts(message(body, date_=MAILED))
    assert f.amount == amount

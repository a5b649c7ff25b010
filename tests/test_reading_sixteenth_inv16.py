"""Invoice copies, payment notices, receipts and staff commands of the sixteenth blind
set's kind: examples written here in other wordings, not the set's messages.

- an invoice paid in stages ("оплата в 2 этапа: 1-й платёж ... до ..., 2-й платёж ...
  до ...") is chased for the first stage, by its date;
- an invoice whose "amount due" and whose calculated total differ, with nothing between
  them that takes something off or adds a tax, goes to a person;
- a contract's value named in brackets beside the part the invoice bills ("(contract
  value ...) we invoice the advance: 50 % — ...") does not hide the part;
- the amount to transfer after a withheld tax ("Jumlah ditransfer") is what is due.
"""

from __future__ import annotations

import pytest

from tests.test_competing_totals import invoice
from tests.test_payment_facts import record as payment_record

# ------------------------------------------------------------------ paid in stages


@pytest.mark.parametrize(("body", "amount", "due"), [
    (("Счёт № СЧ-920 от 01.12.2026 на 90 000,00 руб. (включая НДС).\n"
      "Оплачивается в 2 этапа:\n  1-й платёж 40 000,00 руб. до 10.12.2026\n"
      "  2-й платёж 50 000,00 руб. до 10.01.2027\n"), "40000.00", "2026-12-10"),
    (("Счёт № СЧ-921 от 01.12.2026, всего 60 000,00 руб.\nОплата тремя этапами:\n"
      "первый платёж — 20 000,00 руб. до 11.12.2026;\nвторой платёж — 20 000,00 руб. до 11.01.2027;\n"
      "третий платёж — 20 000,00 руб. до 11.02.2027.\n"), "20000.00", "2026-12-11"),
    (("Invoice INV-921 dated 1 December 2026, total GBP 8,000.00.\n"
      "Payable in two stages as agreed:\n  1st payment GBP 3,000.00 by 11 December 2026\n"
      "  2nd payment GBP 5,000.00 by 11 January 2027\n"), "3000.00", "2026-12-11"),
    # each stage's share with its sum in brackets: no sum taken off
    (("Счёт № СЧ-922 от 01.12.2026 на 50 000,00 руб.\nОплата в два этапа:\n"
      "  1-й платёж — 40% (20 000,00 руб.) до 12.12.2026;\n"
      "  2-й платёж — 60% (30 000,00 руб.) до 12.01.2027.\n"), "20000.00", "2026-12-12"),
])
def test_an_invoice_paid_in_stages_is_chased_for_the_first(body, amount, due):
    rec = invoice(body)
    assert (rec["amount"], rec["due_date"]) == (amount, due)
    assert not rec["needs_human"], rec["reason"]


def test_a_schedule_beside_a_larger_whole_goes_to_a_person():
    rec = invoice("Счёт № СЧ-923 от 01.12.2026, сумма по счёту 80 000,00 руб.\n"
                  "Стоимость всей программы на 2026–2027 гг.: 240 000,00 руб.\nОплата по графику:\n"
                  "  50 % (40 000,00 руб.) — до 10.12.2026\n"
                  "  50 % (40 000,00 руб.) — до 24.12.2026\n")
    assert rec["needs_human"]
    assert rec["amount"] != "40000.00"


# ------------------------------------------------------------------ amount due vs total


@pytest.mark.parametrize(("body", "named"), [
    (("Счёт № СЧ-930 за перевозку. Сумма к оплате 31 500,00 руб.\n\n"
      "Расчёт:\n  Перевозка, 4 рейса   30 000,00\n  НДС 22%               6 600,00\n"
      "  Итого                 36 600,00\n\nСрок оплаты 14 дней.\n"),
     ["31,500.00", "36,600.00"]),
    (("Invoice INV-931 for the storage in November. Amount due: EUR 2,150.00\n\n"
      "  Pallet storage      2,000.00\n  VAT 20%               400.00\n"
      "  Invoice total       2,400.00\n\nPayment terms: 30 days.\n"),
     ["2,150.00", "2,400.00"]),
])
def test_an_amount_due_that_differs_from_the_total_goes_to_a_person(body, named):
    rec = invoice(body)
    assert rec["needs_human"]
    reason = str(rec["reason"])
    assert all(n in reason for n in named), reason


@pytest.mark.parametrize(("body", "amount"), [
    (("Счёт № СЧ-932 от 01.12.2026\n  Хранение   40 000,00\n  Итого      40 000,00\n"
      "  НДС 22%     8 800,00\n  К оплате   48 800,00 руб.\nСрок оплаты 10 дней.\n"), "48800.00"),
    (("Invoice INV-932 of 1 December 2026\n  Invoice total EUR 1,500.00\n"
      "  Less 2% early settlement discount EUR 30.00\n  Amount due EUR 1,470.00\n"
      "Payment terms: 14 days.\n"), "1470.00"),
])
def test_an_amount_due_explained_by_the_lines_above_it_stays_confident(body, amount):
    rec = invoice(body)
    assert rec["amount"] == amount
    assert not rec["needs_human"], rec["reason"]


# ------------------------------------------------------------------ the whole in brackets


@pytest.mark.parametrize(("body", "amount", "due"), [
    (("По договору поставки № 77 (сумма договора 500 000,00 руб.) выставляем счёт № СЧ-940 "
      "на аванс: 30% — 150 000,00 руб., в т.ч. НДС 22%.\nПросим оплатить до 09.12.2026.\n"),
     "150000.00", "2026-12-09"),
    (("Under framework agreement FA-12 (contract value GBP 40,000.00) we send deposit invoice "
      "no. INV-940: 25% = GBP 10,000.00.\nPlease pay by 9 December 2026.\n"),
     "10000.00", "2026-12-09"),
])
def test_the_whole_in_brackets_beside_the_part_billed(body, amount, due):
    rec = invoice(body)
    assert (rec["amount"], rec["due_date"]) == (amount, due)
    assert not rec["needs_human"], rec["reason"]


# ------------------------------------------------------------------ terms and the heading date


def test_a_day_count_after_the_due_date_and_a_dash_is_the_terms():
    rec = invoice("Invoice INV-960 dated 1 December 2026\nTotal EUR 500.00\n"
                  "Payment due 15.01.2027 - 45 days\n")
    assert (rec["due_date"], rec["payment_terms_days"]) == ("2027-01-15", 45)


def test_a_dash_before_days_late_is_no_terms():
    rec = invoice("Invoice INV-961 dated 1 December 2026\nTotal EUR 500.00\n"
                  "Due 15.01.2027\nReminder sent 2026 - 5 days overdue\n")
    assert rec["payment_terms_days"] == 45


@pytest.mark.parametrize("heading", ["INVOICE INV-962    01/12/2026",
                                     "Rechnung Nr. RE-962    01.12.2026"])
def test_a_heading_of_the_number_and_one_date_gives_the_issue_date(heading):
    rec = invoice(f"{heading}\nNorthwind GmbH\nTotal EUR 700.00\nDue 31/12/2026\n")
    assert (rec["issue_date"], rec["payment_terms_days"]) == ("2026-12-01", 30)


# ------------------------------------------------------------------ payments


@pytest.mark.parametrize("body", [
    "Value date: 03/12/2026\nAmount: USD 2,500.00\nRemittance info: INV-501 50PCT\n",
    "Buchungstag: 03.12.2026\nBetrag: 1.500,00 EUR\nVerwendungszweck: RE-2026-501 30%\n",
    "Tanggal: 03 Des 2026\nJumlah: Rp 5.000.000\nBerita: INV/2026/12/501 50 persen\n",
])
def test_a_share_in_the_payment_reference_is_a_part_payment(body):
    rec = payment_record(body)
    assert rec["kind"] == "payment_confirmation"
    assert rec["payment_full"] is False


@pytest.mark.parametrize("reference", ["Remittance info: INV-501 incl VAT 20%",
                                       "Verwendungszweck: RE-2026-501 abzgl. 2% Skonto"])
def test_a_tax_rate_or_a_discount_in_the_reference_is_no_part_payment(reference):
    rec = payment_record(f"Value date: 03/12/2026\nAmount: EUR 2,500.00\n{reference}\n")
    assert rec["payment_full"] is True


@pytest.mark.parametrize("body", [
    ("Дата зачисления: 03.12.2026\nСумма: 90 000,00 RUB\n"
     "Назначение платежа: частичная оплата по счетам СЧ-501, СЧ-502\n"),
    ("Value date: 03/12/2026\nAmount: USD 2,500.00\n"
     "Reference: part payment INV-501 INV-502\n"),
])
def test_a_part_payment_of_several_invoices_without_a_split_goes_to_a_person(body):
    rec = payment_record(body)
    assert rec["kind"] == "payment_confirmation"
    assert rec["payment_full"] is False
    assert rec["needs_human"], rec

"""Invoice copies and payment notices of the nineteenth blind set's kind: examples written
here in other wordings, companies and sums, not the set's messages.

- an invoice whose one sum is a net with the tax still to add ("2.450,00 EUR netto zzgl.
  19 % MwSt.", "GBP 1,250.00 plus VAT at 20%") and no larger sum stated is due the gross:
  the net with that rate; with no rate stated ("£1,250.00 + VAT") a person sets the sum;
- "незамедлительно" (like "немедленно") and "umgehend / unverzüglich zu zahlen" are
  payable now: due on the invoice date;
- an advance set off against the invoice ("Зачтён аванс ...: 20 000,00 руб.") is taken
  off, not the part billed, and "Итого к доплате" names the sum still to pay;
- a transfer notice stating the instructed amount, a smaller credited one and the charges
  it took off ("Charges deducted: USD 30.00") arrived short: a person decides; charges
  merely listed beside the two sums leave the instructed amount booked (as before);
- a payer's reference calling the money a part ("KB-2201 PART") is a part payment.
"""

from __future__ import annotations

import pytest

from mailbot.reading import extract
from tests.test_payment_facts import record as payment_record
from tests.test_reading_eighteenth_inv18 import read

# ------------------------------------------------------------------ a net with the tax to add


@pytest.mark.parametrize(("body", "subject", "amount", "currency"), [
    (("Guten Tag,\n\nanbei unsere Rechnung für die Wartung der Kühlanlage.\n\n"
      "Rechnung Nr.: KA-7781\nRechnungsdatum: 01.12.2026\n"
      "Betrag: 2.450,00 EUR netto zzgl. 19 % MwSt.\n\nZahlbar innerhalb von 14 Tagen.\n"),
     "Rechnung KA-7781", "2915.50", "EUR"),
    (("Hello,\n\nInvoice INV-3302 dated 1 December 2026 for the boiler service.\n"
      "Fee: GBP 1,250.00 plus VAT at 20%.\nPayment within 30 days please.\n"),
     "Invoice INV-3302", "1500.00", "GBP"),
])
def test_a_net_with_its_tax_rate_to_add_is_due_gross(body, subject, amount, currency):
    rec = read(body, subject)
    assert rec["kind"] == "invoice_copy"
    assert (rec["amount"], rec["currency"]) == (amount, currency), rec
    assert rec["needs_human"] is False, rec["reason"]


def test_a_net_with_the_tax_to_add_and_no_rate_goes_to_a_person():
    rec = read("Hello,\n\nInvoice INV-3303 dated 1 December 2026 for the boiler service.\n"
               "Fee: £1,250.00 + VAT.\nPayment within 30 days please.\n", "Invoice INV-3303")
    assert rec["kind"] == "invoice_copy"
    assert rec["needs_human"] is True
    assert "tax still to add" in str(rec["reason"])


def test_a_net_beside_its_stated_gross_keeps_the_gross():
    # guard: the gross is written out, nothing to compute
    rec = read("Rechnung Nr.: KA-7782 vom 01.12.2026\nNetto 2.450,00 EUR zzgl. 19 % MwSt. "
               "465,50 EUR\nGesamtbetrag: 2.915,50 EUR\nZahlbar innerhalb von 14 Tagen.\n",
               "Rechnung KA-7782")
    assert (rec["amount"], rec["needs_human"]) == ("2915.50", False), rec


# ------------------------------------------------------------------ payable now


@pytest.mark.parametrize(("body", "subject"), [
    (("Счёт № ТК-118 от 03.12.2026\nСумма: 15 600,00 руб., в т.ч. НДС 22 %\n\n"
      "Оплата незамедлительно.\n"), "Счёт ТК-118"),
    (("Rechnung Nr. WB-118 vom 03.12.2026 über 1.560,00 EUR.\n"
      "Der Rechnungsbetrag ist umgehend zu begleichen.\n"), "Rechnung WB-118"),
    ("Rechnung Nr. WB-119 vom 03.12.2026 über 1.560,00 EUR.\nZahlbar unverzüglich.\n",
     "Rechnung WB-119"),
])
def test_payable_without_delay_is_due_on_the_invoice_date(body, subject):
    rec = read(body, subject)
    assert (rec["issue_date"], rec["due_date"]) == ("2026-12-03", "2026-12-03"), rec


def test_umgehend_about_something_else_is_no_term():
    assert extract.payment_terms("Bei Fragen melden wir uns umgehend.").days is None


# ------------------------------------------------------------------ an advance set off

_SET_OFF = ("Счёт № ПК-2290 от 04.12.2026\nИтого по счёту: 145 200,00 руб.\n"
            "{line}: 45 000,00 руб.\n{due}\n\nСрок оплаты — 7 календарных дней.\n")


@pytest.mark.parametrize("line", [
    "Зачтена предоплата (п/п № 311 от 20.11.2026)",
    "Засчитан аванс по договору № 5",
])
def test_an_advance_set_off_leaves_the_sum_still_to_pay(line):
    body = _SET_OFF.format(line=line, due="Итого к доплате: 100 200,00 руб., в т.ч. НДС 22 %")
    rec = read(body, "Счёт ПК-2290")
    assert (rec["amount"], rec["currency"]) == ("100200.00", "RUB"), rec
    assert rec["needs_human"] is False, rec["reason"]


def test_an_amount_to_pay_extra_is_an_amount_due():
    money = extract.total_amount("Итого: 80 000,00 руб.\nК доплате: 30 000,00 руб.\n")
    assert money is not None
    assert money.amount == 30000


# ------------------------------------------------------------------ charges taken on the way


def test_charges_deducted_between_instructed_and_credited_go_to_a_person():
    r = payment_record("Incoming international transfer\nValue date : 04/12/2026\n"
                       "Instructed amount : EUR 9,600.00\nCharges deducted : EUR 30.00\n"
                       "Credited amount : EUR 9,570.00\nRemittance info : INV-501\n"
                       "Charges : SHA\n")
    assert r["kind"] == "payment_confirmation"
    assert r["payment_full"] is False
    assert r["needs_human"] is True
    assert "9,570.00" in str(r["reason"])


def test_charges_merely_listed_keep_the_instructed_amount_booked():
    # guard: as test_reading_fifteenth_inv15 has it, the payer's instruction is the payment
    r = payment_record("Incoming international transfer\nValue date : 04/12/2026\n"
                       "Instructed amount : EUR 9,600.00\nCorrespondent charges : EUR 30.00\n"
                       "Credited amount : EUR 9,570.00\nRemittance info : INV-501\n")
    assert (r["amount"], r["needs_human"]) == ("9600.00", False), r


# ------------------------------------------------------------------ a part named in the reference


@pytest.mark.parametrize("reference", ["INV-501 PART", "INV-501 part pmt",
                                       "Teilzahlung INV-501", "частично INV-501"])
def test_a_part_word_in_the_reference_is_a_part_payment(reference):
    label = "Назначение платежа" if reference.startswith("част") else "Reference"
    r = payment_record(f"A credit has been received.\nAmount: EUR 700.00\n{label}: {reference}\n"
                       "Value date: 04/12/2026\n")
    assert r["invoice_numbers"] == ["INV-501"], r
    assert r["payment_full"] is False, r


@pytest.mark.parametrize("reference", ["INV-501 PART 2/2", "INV-501 department stores"])
def test_a_last_part_or_a_longer_word_is_no_part_word(reference):
    r = payment_record(f"A credit has been received.\nAmount: EUR 700.00\nReference: {reference}\n"
                       "Value date: 04/12/2026\n")
    assert r["payment_full"] is True, r


# ------------------------------------------------------------------ an IBAN is an account


@pytest.mark.parametrize("iban", ["KZ86125KZT5004100100", "DE89370400440532013000"])
def test_an_iban_after_the_word_for_account_is_no_invoice(iban):
    r = payment_record(f"Поступление на счёт {iban}\nСумма: 480 000,00 KZT\n"
                       "Дата валютирования: 04.12.2026\n"
                       "Назначение платежа: Оплата по счету INV-501\n",
                       subject=f"Поступление на счёт {iban}")
    assert r["invoice_numbers"] == ["INV-501"], r
    assert r["needs_human"] is False, r["reason"]


@pytest.mark.parametrize(("token", "iban"), [
    ("KZ86125KZT5004100100", True), ("GB29NWBK60161331926819", True),
    ("DE12345678", False), ("INV2026000012345", False), ("KZ1234", False),
])
def test_the_shape_of_an_iban(token, iban):
    assert extract.is_iban(token) is iban

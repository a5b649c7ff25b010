"""A payment notice's value date is the day paid, even below a booking date; a bank's
abbreviations of "part payment, the balance follows" say the payment is partial."""

from __future__ import annotations

import pytest

from tests.test_payment_facts import record


@pytest.mark.parametrize("body", [
    "Booking date: 14/12/2026\nValue date: 11/12/2026\nAmount: GBP 900.00\nReference: INV-501\n",
    ("Buchungstag: 14.12.2026\nWertstellung: 11.12.2026\nBetrag: 900,00 EUR\n"
     "Verwendungszweck: RE-2026-501\n"),
    ("Дата операции: 14.12.2026\nДата валютирования: 11.12.2026\nСумма: 900,00 ₽\n"
     "Назначение платежа: оплата по счету СЧ-501\n"),
    ("Tanggal transaksi: 14/12/2026\nTanggal valuta: 11/12/2026\nNominal: Rp 900.000\n"
     "Berita: INV/2026/12/501\n"),
])
def test_the_value_date_is_the_day_paid(body):
    rec = record(body)
    assert rec["kind"] == "payment_confirmation"
    assert rec["payment_date"] == "2026-12-11"


@pytest.mark.parametrize("body", [
    "Amount: GBP 900.00\nReference: PART PAYMT INV-501 BAL TO FOLLOW\n",
    "Betrag: 900,00 EUR\nVerwendungszweck: RE-2026-501 Rest folgt\n",
    "Сумма: 900,00 ₽\nНазначение платежа: оплата по счету СЧ-501, остаток будет оплачен позже\n",
    "Nominal: Rp 900.000\nBerita: INV/2026/12/501 sisanya menyusul\n",
])
def test_a_part_payment_with_the_balance_to_follow_is_partial(body):
    rec = record(body)
    assert rec["kind"] == "payment_confirmation"
    assert rec["payment_full"] is False


@pytest.mark.parametrize(("body", "paid"), [
    # a dollar notice of a non-US bank writes the day first: "04/12/2026" on a notice of
    # 5 December is the 4th, not 12 April
    (("Transfer masuk valas\nNominal: USD 1,250.00\nBerita: INV/2026/12/501\n"
     "Tanggal valuta: 04/12/2026\n"), "2026-12-04"),
    ("Incoming wire\nAmount: USD 1,250.00\nReference: INV-501\nValue date: 02/12/2026\n",
     "2026-12-02"),
    # a US notice's month-first date already lies before the notice: kept
    ("Incoming wire\nAmount: USD 1,250.00\nReference: INV-501\nValue date: 12/03/2026\n",
     "2026-12-03"),
])
def test_an_ambiguous_value_date_is_read_on_or_before_the_notice(body, paid):
    rec = record(body)
    assert rec["kind"] == "payment_confirmation"
    assert rec["payment_date"] == paid

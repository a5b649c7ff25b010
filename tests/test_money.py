"""What clients read as an amount is fixed in code: a Babel/CLDR upgrade cannot change it."""

from decimal import Decimal

import pytest

from mailbot.domain.money import format_money, minor_units

NBSP = "\xa0"


@pytest.mark.parametrize(("amount", "currency", "lang", "expected"), [
    ("1500000", "IDR", "id", "Rp1.500.000,00"),  # Babel 2.19 alone writes Rp1.500.000
    ("1500000", "IDR", "en", "IDR1,500,000.00"),
    ("1234.5", "EUR", "de", f"1.234,50{NBSP}€"),
    ("1234.5", "EUR", "en", "€1,234.50"),
    ("1234.5", "RUB", "ru", f"1{NBSP}234,50{NBSP}₽"),
    ("1234.5", "USD", "id", "US$1.234,50"),
    ("150000", "JPY", "en", "¥150,000"),
    ("12.345", "KWD", "en", "KWD12.345"),
])
def test_amounts_are_written_with_the_currencys_fixed_decimals(amount, currency, lang, expected):
    assert format_money(Decimal(amount), currency, lang) == expected


def test_minor_units_are_a_table_in_code():
    assert (minor_units("IDR"), minor_units("eur"), minor_units("JPY"),
            minor_units("KWD")) == (2, 2, 0, 3)

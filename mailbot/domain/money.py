"""How amounts are written to clients: a decision in code, not whatever the installed
CLDR says. Pure.

Babel 2.19 started writing IDR with no decimals; an upgrade must never silently change
what a client reads on a reminder, so the number of decimals per currency is fixed
here (ISO 4217 minor units, as invoices in that currency are written) and only the
symbol, separators and order come from the reader's locale.
"""

from __future__ import annotations

from decimal import Decimal

from babel import Locale
from babel.numbers import format_currency

# ISO 4217 minor units for the currencies whose usage differs from the default of 2.
# IDR stays at 2: Indonesian invoices write "Rp1.500.000,00", and so do our letters.
MINOR_UNITS: dict[str, int] = {
    "BHD": 3, "CLP": 0, "ISK": 0, "JOD": 3, "JPY": 0, "KRW": 0, "KWD": 3, "OMR": 3,
    "PYG": 0, "TND": 3, "UGX": 0, "VND": 0, "XAF": 0, "XOF": 0,
}


def minor_units(currency: str) -> int:
    """Decimals an amount in `currency` is written with."""
    return MINOR_UNITS.get(currency.upper(), 2)


def format_money(amount: Decimal, currency: str, lang: str = "en") -> str:
    """`amount` in the reader's locale, with the currency's fixed number of decimals."""
    digits = minor_units(currency)
    pattern = Locale.parse(lang).currency_formats["standard"]
    fixed = _with_fraction(pattern.pattern, digits)
    return format_currency(amount, currency, format=fixed, locale=lang,
                           currency_digits=False)


def _with_fraction(pattern: str, digits: int) -> str:
    """The locale's currency pattern with exactly `digits` decimals (e.g. ¤#,##0.00)."""
    number = pattern.split(";")[0]
    head, _, tail = number.partition(".")
    if not _:  # the locale writes no decimals: insert them after the digits
        end = max(number.rfind("0"), number.rfind("#")) + 1
        head, tail = number[:end], number[end:]
    else:
        tail = tail.lstrip("0#")
    return head + ("." + "0" * digits if digits else "") + tail


class Rates:
    """Amounts in the company's own currency, by the configured exchange rates: `rates`
    maps a currency to what one unit of it is worth in `company` (USD -> 0.92 when the
    company keeps its books in EUR). A currency with no rate converts to None, never 1:1:
    whoever shows the result says which rate is missing."""

    def __init__(self, company: str, rates: dict[str, Decimal] | None = None) -> None:
        self.company = company.upper()
        self.rates = {k.upper(): Decimal(v) for k, v in (rates or {}).items()}
        self.rates[self.company] = Decimal(1)
        self._unit = Decimal(1).scaleb(-minor_units(self.company))  # once: reports convert 100,000s

    def convert(self, amount: Decimal, currency: str) -> Decimal | None:
        """`amount` of `currency` in the company's currency, to its minor unit; None when
        no rate is configured for `currency`."""
        rate = self.rates.get(currency)
        if rate is None:
            rate = self.rates.get(currency.upper())
            if rate is None:
                return None
        return (amount * rate).quantize(self._unit)

    def knows(self, currency: str) -> bool:
        return currency.upper() in self.rates

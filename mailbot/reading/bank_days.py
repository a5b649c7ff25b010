"""The days banks are closed for a currency's payments: weekends and the public holidays
of the currency's country (the euro's: the ECB's TARGET calendar), from the holidays
package as playbook.calendar reads it. Pure: the package is data.

"Within 10 banking days" counts the days the payment system works; which system is the
currency's, whatever the debtor's country. A currency of several countries (no single
calendar) has none here, and its bank days are left unresolved.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from mailbot.playbook.calendar import financial_holidays, knows_holidays, public_holidays

# a currency and the country whose bank holidays close its payments
CURRENCY_COUNTRY = {
    "RUB": "RU", "KZT": "KZ", "IDR": "ID", "GBP": "GB", "USD": "US", "AUD": "AU",
    "NZD": "NZ", "CAD": "CA", "CHF": "CH", "JPY": "JP", "PLN": "PL", "CZK": "CZ",
    "SEK": "SE", "NOK": "NO", "DKK": "DK", "SGD": "SG", "MYR": "MY", "HKD": "HK",
    "CNY": "CN", "INR": "IN",
}


@lru_cache(maxsize=64)
def _closed(currency: str, year: int) -> frozenset[date] | None:
    if currency == "EUR":
        return frozenset(financial_holidays("XECB", year))
    country = CURRENCY_COUNTRY.get(currency)
    if country is None or not knows_holidays(country):
        return None
    # the calendar the bot keeps when it writes (playbook.calendar), so both agree
    return frozenset(d for d in public_holidays(country, year) if isinstance(d, date))


def add_bank_days(start: date, days: int, currency: str | None) -> date | None:
    """`days` bank days after `start` for payments in `currency`, or None when the
    currency's holidays are not known (a person counts them)."""
    if currency is None:
        return None
    d = start
    while days > 0:
        d += timedelta(days=1)
        closed = _closed(currency, d.year)
        if closed is None:
            return None
        if d.weekday() < 5 and d not in closed:
            days -= 1
    return d

"""An invoice's payment terms as the letters state them: the early-payment discount
still open, and late fees or interest only where the terms give them. Pure.

No fee is ever invented: a late fee is computed only from terms the invoice (or a
per-debtor setting) states, parsed into a structured value; wording we cannot read
gives none. Amounts are Decimal, rounded half up to the currency's minor unit. A fee
is shown to the client with how it was computed; it never enters the ledger on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Literal

from mailbot.domain.money import minor_units

Per = Literal["day", "month", "year"]


def quantize(amount: Decimal, currency: str) -> Decimal:
    """`amount` rounded half up to `currency`'s minor unit."""
    return amount.quantize(Decimal(1).scaleb(-minor_units(currency)), ROUND_HALF_UP)


# -- the early-payment discount -----------------------------------------------------------


@dataclass(frozen=True)
class DiscountOffer:
    """What settles the invoice if paid (by value date) on or before `last_day`."""

    percent: Decimal
    pay: Decimal  # the discounted rest to pay
    saving: Decimal
    last_day: date


def discount_offer(amount: Decimal, paid: Decimal, currency: str, issue_date: date,
                   percent: Decimal | None, days: int | None, today: date
                   ) -> DiscountOffer | None:
    """The discount the terms still offer on `today`: None without one, after its last
    day, or when nothing is left to pay."""
    if not percent or days is None:
        return None
    last = issue_date + timedelta(days=days)
    if today > last:
        return None
    pay = quantize(amount * (1 - percent / 100) - paid, currency)
    if pay <= 0:
        return None
    return DiscountOffer(percent, pay, amount - paid - pay, last)


# -- late fees and interest ---------------------------------------------------------------


@dataclass(frozen=True)
class LateFeeTerms:
    """A fixed fee (`fixed`, in the invoice's currency unless `fee_currency` says) and/or
    interest (`percent` per `per`) on the overdue balance."""

    fixed: Decimal | None = None
    fee_currency: str | None = None
    percent: Decimal | None = None
    per: Per | None = None


@dataclass(frozen=True)
class LateFee:
    amount: Decimal
    kind: Literal["fixed", "interest"]
    percent: Decimal | None = None
    per: Per | None = None
    base: Decimal | None = None  # the balance interest runs on
    days: int | None = None


_NUMBER = r"(\d+(?:[.,]\d+)?)"
_PERCENT = re.compile(_NUMBER + r"\s*%\s*(?:p\.?\s*a\.?(?!\w)|per\s+annum|(?:per|a|each|every|/)\s*"
                      r"(month|year|annum|day|mo\b|yr\b)|pro\s+(monat|jahr|tag)|"
                      r"im\s+(monat|jahr)|(?:в|за)\s+(месяц|год|день)|per\s+(bulan|tahun|hari)|"
                      r"(monthly|annually|yearly|daily|monatlich|jährlich|täglich))?",
                      re.IGNORECASE)
_MONTH = ("month", "mo", "monat", "месяц", "bulan", "monthly", "monatlich")
_DAY = ("day", "tag", "день", "hari", "daily", "täglich")
# a rate stated over a reference rate we do not know ("8 points above the ECB base rate"):
# no interest is computed from it rather than a wrong one
_OVER_BASE = re.compile(r"\b(?:above|over|plus|über|diatas|di\s+atas|сверх|выше)\b.{0,40}"
                        r"(?:base|basis|reference|ecb|ezb|libor|euribor|prime|bi\s+rate|"
                        r"ключев|ставк|refinanc)", re.IGNORECASE)
_CURRENCY = {"€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "$": "USD",
             "usd": "USD", "£": "GBP", "gbp": "GBP", "rp": "IDR", "idr": "IDR",
             "руб": "RUB", "rub": "RUB", "₽": "RUB"}
_FIXED = re.compile(r"(€|\$|£|\b(?:eur|euros?|usd|gbp|rp|idr|rub)\b)\s*" + _NUMBER
                    + r"|" + _NUMBER + r"\s*(€|\$|£|₽|\b(?:eur|euros?|usd|gbp|idr|rub|руб))",
                    re.IGNORECASE)


def parse_late_fee(text: str | None) -> LateFeeTerms | None:
    """The structured terms in the common forms ("1.5% per month", "8% p.a.", "a flat
    fee of EUR 40", "€40 compensation ..."); None when the text gives no figure we can
    read as one. A percent without a period is read as per year (as statutory interest
    is stated); a percent that is a discount is none of our business here."""
    if not text:
        return None
    fixed = percent = None
    currency: str | None = None
    per: Per | None = None
    m = _PERCENT.search(text)
    if m and not _OVER_BASE.search(text):
        percent = _decimal(m.group(1))
        unit = next((g for g in m.groups()[1:] if g), "").casefold()
        per = "month" if unit in _MONTH else "day" if unit in _DAY else "year"
    f = _FIXED.search(text)
    if f:
        symbol = (f.group(1) or f.group(4) or "").casefold()
        fixed = _decimal(f.group(2) or f.group(3) or "")
        currency = _CURRENCY.get(symbol.rstrip("."))
    if (percent is None or percent <= 0) and (fixed is None or fixed <= 0):
        return None
    return LateFeeTerms(fixed=fixed if fixed and fixed > 0 else None,
                        fee_currency=currency if fixed else None,
                        percent=percent if percent and percent > 0 else None,
                        per=per if percent and percent > 0 else None)


def _decimal(s: str) -> Decimal | None:
    try:
        return Decimal(s.replace(",", "."))
    except InvalidOperation:
        return None


def late_fees(terms: LateFeeTerms | None, balance: Decimal, currency: str, due_date: date,
              today: date) -> list[LateFee]:
    """What the terms allow on `today` for `balance` overdue since `due_date`: nothing
    before the day after the due date, nothing without terms, nothing on no balance.
    Interest per month is the yearly rate (× 12) per day over 365 days; per day, the rate
    times the days."""
    days = (today - due_date).days
    if terms is None or days <= 0 or balance <= 0:
        return []
    out: list[LateFee] = []
    if terms.fixed and (terms.fee_currency in (None, currency)):
        out.append(LateFee(quantize(terms.fixed, currency), "fixed"))
    if terms.percent and terms.per:
        yearly = terms.percent * {"day": 365, "month": 12, "year": 1}[terms.per]
        amount = quantize(balance * yearly / 100 * days / 365, currency)
        out.append(LateFee(amount, "interest", terms.percent, terms.per, balance, days))
    return out

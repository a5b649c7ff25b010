"""Payment terms in the letters, alone: the early-payment discount still open, and late
fees or interest parsed from the invoice's own wording and computed with Decimal to the
currency's minor unit. No fee without terms; none from wording we cannot read."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from mailbot.domain.terms import (
    LateFeeTerms,
    discount_offer,
    late_fees,
    parse_late_fee,
    quantize,
)

D = Decimal
DUE = date(2026, 11, 16)


@pytest.mark.parametrize(("text", "terms"), [
    ("A late fee of 1.5% per month applies after the due date.",
     LateFeeTerms(percent=D("1.5"), per="month")),
    ("Interest will be charged at 1% monthly on overdue amounts",
     LateFeeTerms(percent=D("1"), per="month")),
    ("Late payment interest: 2% p.a.", LateFeeTerms(percent=D("2"), per="year")),
    ("Late payment: a flat fee of EUR 40 and interest of 9% per annum",
     LateFeeTerms(fixed=D("40"), fee_currency="EUR", percent=D("9"), per="year")),
    ("Late fee of €40 per overdue invoice", LateFeeTerms(fixed=D("40"), fee_currency="EUR")),
    ("Verzugszinsen 5 % pro Jahr, Mahngebühr 5,00 EUR",
     LateFeeTerms(fixed=D("5.00"), fee_currency="EUR", percent=D("5"), per="year")),
    ("Denda keterlambatan 2% per bulan", LateFeeTerms(percent=D("2"), per="month")),
    ("Пеня 0,1% в день", LateFeeTerms(percent=D("0.1"), per="day")),
])
def test_the_common_forms_are_read_into_structured_terms(text, terms):
    assert parse_late_fee(text) == terms


@pytest.mark.parametrize("text", [
    None, "", "Late payment charges apply.",
    # a rate over a reference rate we do not know: nothing, rather than a wrong figure
    "Late payment interest of 8% p.a. above the ECB base rate",
    "Verzugszinsen in Höhe von 9 Prozentpunkten über dem Basiszinssatz",
])
def test_no_fee_is_invented_from_wording_without_a_figure_we_can_use(text):
    assert parse_late_fee(text) is None
    assert late_fees(parse_late_fee(text), D("1000.00"), "EUR", DUE, date(2027, 1, 1)) == []


def test_interest_per_month_is_computed_by_the_day_to_the_minor_unit():
    (fee,) = late_fees(LateFeeTerms(percent=D("1.5"), per="month"), D("1000.00"), "EUR", DUE,
                       date(2026, 12, 17))
    # 1.5 % per month = 18 % a year; 1000 × 0.18 × 31 / 365 = 15.2876... → 15.29
    assert (fee.amount, fee.days, fee.base, fee.kind) == (D("15.29"), 31, D("1000.00"),
                                                          "interest")
    (yen,) = late_fees(LateFeeTerms(percent=D("1.5"), per="month"), D("100000"), "JPY", DUE,
                       date(2026, 12, 17))
    assert yen.amount == D("1529")  # no minor unit in yen
    (daily,) = late_fees(LateFeeTerms(percent=D("0.1"), per="day"), D("50000.00"), "RUB", DUE,
                         date(2026, 11, 26))
    assert daily.amount == D("500.00")  # 0.1 % a day for 10 days


def test_nothing_before_the_day_after_the_due_date_nor_on_nothing_open():
    terms = LateFeeTerms(fixed=D("40"), fee_currency="EUR", percent=D("9"), per="year")
    assert late_fees(terms, D("1000"), "EUR", DUE, DUE) == []
    assert late_fees(terms, D("0"), "EUR", DUE, date(2027, 1, 1)) == []
    fixed, interest = late_fees(terms, D("1000"), "EUR", DUE, date(2026, 11, 17))
    assert (fixed.kind, fixed.amount) == ("fixed", D("40.00"))
    assert interest.amount == D("0.25")  # 1000 × 0.09 / 365
    # a fixed fee stated in another currency is not converted into this one
    assert [f.kind for f in late_fees(terms, D("1000"), "USD", DUE, date(2026, 12, 1))] == [
        "interest"]


def test_the_discount_is_offered_until_its_last_day_and_not_after():
    issue = date(2026, 11, 2)
    offer = discount_offer(D("1000.00"), D(0), "EUR", issue, D("2"), 10, date(2026, 11, 12))
    assert offer is not None
    assert (offer.pay, offer.saving, offer.last_day) == (D("980.00"), D("20.00"),
                                                         date(2026, 11, 12))
    assert discount_offer(D("1000.00"), D(0), "EUR", issue, D("2"), 10,
                          date(2026, 11, 13)) is None
    assert discount_offer(D("1000.00"), D(0), "EUR", issue, None, None, issue) is None
    # part paid: the rest after the discount
    part = discount_offer(D("1000.00"), D("500.00"), "EUR", issue, D("2"), 10, issue)
    assert part is not None
    assert part.pay == D("480.00")
    assert quantize(D("2.345"), "EUR") == D("2.35")

"""Amounts written in ways the seventh blind round showed: a code and a colon before the
number ("Invoice total GBP: 2,580.00"), whole euros with a dash for the cents ("1.099,-
€"), roubles as "р." ("18 900 р."): each its amount, so the invoice is registered and not
left to a person for want of an amount."""

from __future__ import annotations

from decimal import Decimal

import pytest

from mailbot.reading.extract import find_money


@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("Amount due USD: 7,410.50", Decimal("7410.50"), "USD"),
    ("Gesamtbetrag 2.450,- € netto", Decimal("2450.00"), "EUR"),
    ("Rechnungsbetrag: 380,– EUR", Decimal("380.00"), "EUR"),
    ("Счёт на 42 500 р. за поверку", Decimal("42500.00"), "RUB"),
])
def test_an_amount_in_these_writings_is_read(text: str, amount: Decimal, currency: str) -> None:
    [money] = find_money(text)
    assert (money.amount, money.currency) == (amount, currency)


def test_net_terms_are_no_amount() -> None:
    assert find_money("Terms: Net 30, thanks") == []


@pytest.mark.parametrize(("text", "amount"), [
    ("sdh kami tf tadi 3,75jt ke rek BCA", Decimal("3750000.00")),
    ("yang 12 juta itu boleh dicicil?", Decimal("12000000.00")),
    ("nilai proyek 1.500 jt", Decimal("1500000000.00")),
])
def test_rupiah_millions_without_rp_are_rupiah(text: str, amount: Decimal) -> None:
    [money] = find_money(text)
    assert (money.amount, money.currency) == (amount, "IDR")

"""A reply that pays a part today and promises the rest on a date: the promise is the
rest's date, not today's ("Hari ini kami bayar 50% dulu, sisanya ... tanggal 18/12"); an
amount written with a scale word ("Rp 6 jt", "1,2 Mio. EUR") is that many millions
(issue 11, seventh blind round)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from mailbot.domain.values import Intent
from mailbot.reading.extract import find_money
from mailbot.reading.kinds.client_reply import read

THURSDAY = date(2026, 12, 3)


@pytest.mark.parametrize(("text", "language"), [
    ("Hari ini kami bayar 40% dulu, sisanya kami transfer tanggal 18/12.", "id"),
    ("Heute überweisen wir die Hälfte, den Rest am 18.12.", "de"),
    ("Сегодня оплатим половину, остаток 18 декабря.", "ru"),
])
def test_the_rest_promised_after_a_part_today_is_dated_by_the_rest(text: str,
                                                                   language: str) -> None:
    r = read(text, THURSDAY, language, datetime(2026, 12, 3, 10, tzinfo=UTC))
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == date(2026, 12, 18)


@pytest.mark.parametrize(("text", "amount"), [
    ("sisanya Rp 6 jt kami transfer", Decimal("6000000.00")),
    ("nilai kontrak Rp 62,4 juta", Decimal("62400000.00")),
    ("Auftragswert EUR 1,2 Mio.", Decimal("1200000.00")),
    ("a deposit of USD 5k", Decimal("5000.00")),
    ("USD 500 monthly", Decimal("500.00")),
])
def test_an_amount_with_a_scale_word_is_scaled(text: str, amount: Decimal) -> None:
    assert [m.amount for m in find_money(text)] == [amount]

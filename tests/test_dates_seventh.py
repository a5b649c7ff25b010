"""Dates the seventh blind round's replies wrote: a Russian day alone after "на" ("на
11-е": the payment run of the 11th) and a calendar week by its number ("in KW 50": the
Friday of that ISO week, as "this week" is its Friday; next year's once it has passed)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from mailbot.domain.values import Intent
from mailbot.reading import dates
from mailbot.reading.kinds.client_reply import read

SATURDAY = date(2026, 12, 5)


@pytest.mark.parametrize(("text", "day"), [
    ("поставили в реестр на 18-е", date(2026, 12, 18)),
    ("die Restzahlung erfolgt in KW 51", date(2026, 12, 18)),
    ("Überweisung in der Kalenderwoche 2", date(2027, 1, 15)),
    ("payment run in CW 51", date(2026, 12, 18)),
])
def test_the_day_is_read(text: str, day: date) -> None:
    assert dates.find(text, SATURDAY)[0].date == day


def test_on_the_18th_with_its_month_is_the_whole_date() -> None:
    assert dates.find("на 18-е января", SATURDAY)[0].rule == "day_month"


def test_a_rest_promised_for_a_calendar_week_is_a_dated_promise() -> None:
    r = read("Den Restbetrag überweisen wir in KW 51.", SATURDAY, "de",
             datetime(2026, 12, 5, 10, tzinfo=UTC))
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == date(2026, 12, 18)

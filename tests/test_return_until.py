"""An absence note that says only until when its writer is away is back the first working
day after that date; one that says when they are back keeps that day; a span keeps its
first day (tests/data/eval/README.md, label change of 2026-12-07)."""
from datetime import UTC, date, datetime

import pytest

from mailbot.reading.kinds.auto_reply import return_date

MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # Mon 23 Nov 2026
FRIDAY = datetime(2026, 12, 18, 9, 0, tzinfo=UTC)  # Fri 18 Dec 2026


@pytest.mark.parametrize(("text", "sent", "back"), [
    # a Friday's next working day is the Monday after it
    ("I am out of the office until Friday 27 November.", MONDAY, date(2026, 11, 30)),
    ("Ich bin vom 21.12. bis einschließlich 8.1. nicht erreichbar.", FRIDAY, date(2027, 1, 11)),
    ("Saya cuti hingga 2 Desember.", MONDAY, date(2026, 12, 3)),
    ("Я в отпуске с 7 по 11 декабря.", MONDAY, date(2026, 12, 14)),
])
def test_away_until_a_day_is_back_the_working_day_after(text, sent, back):
    assert return_date(text, sent) == back


@pytest.mark.parametrize(("text", "back"), [
    ("I will be back on Monday 14 December.", date(2026, 12, 14)),
    ("Ab dem 14.12. bin ich wieder im Büro.", date(2026, 12, 14)),
    ("I am away until the week commencing 7 December.", date(2026, 12, 7)),
    ("I am out of the office until next week.", date(2026, 11, 30)),
])
def test_a_day_back_and_a_span_keep_their_day(text, back):
    assert return_date(text, MONDAY) == back


def test_a_stale_until_is_passed_over_not_its_day_after():
    # "until 20 November" (a Friday) is past on Mon 23 Nov: not Mon 23 Nov, the next
    # candidate ("back on 30 November") is read; alone, no date at all
    sent = MONDAY
    assert return_date("Out of office until 20 November.", sent) is None
    assert return_date("Away until 20 November, back on 30 November.", sent) == date(2026, 11, 30)
    assert return_date("Ich bin bis 22.11. nicht erreichbar.", sent) is None

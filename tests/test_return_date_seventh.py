"""Return dates the seventh blind round missed, in phrasings of their own: a Turkish
date followed by its weekday and "ofise döneceğim", and an English "back in on the
14th" (day only: the month from the note's own date)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from mailbot.reading.kinds.auto_reply import return_date

SENT = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)  # a Wednesday


@pytest.mark.parametrize(("text", "back"), [
    ("Şu anda izindeyim. 16 Aralık Çarşamba günü ofise döneceğim.", date(2026, 12, 16)),
    ("Yıllık izindeyim, 11 Aralık Cuma günü işe döneceğim.", date(2026, 12, 11)),
    ("I'm away at a trade fair - back in on the 9th.", date(2026, 12, 9)),
    ("Off until next week, back in on Monday.", date(2026, 12, 7)),
])
def test_a_return_date_of_these_phrasings_is_read(text: str, back: date) -> None:
    assert return_date(text, SENT) == back

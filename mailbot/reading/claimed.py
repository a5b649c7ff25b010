"""The day a client says it paid, in its paid claim ("paid by BACS yesterday (25th)", "am
24.11. überwiesen", "от 25.11.2026"). Pure.

Read from the lines that hold the claim's own words (the reply reader's evidence), as a
day on or before the message's: a day of the month after it is last month's ("the 25th"
written on the 3rd), "yesterday" is the day before. For staff to match against the bank;
never acted on (a client's paid claim changes no money: DESIGN.md, Trust)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from mailbot.reading import dates
from mailbot.reading.lang import either

_YESTERDAY = re.compile(rf"(?<!\w)(?:{either('YESTERDAY')})(?!\w)", re.IGNORECASE)
# a claim about money sent longer ago than this is about another payment, or misread
MAX_DAYS_BACK = 120


def _normal(text: str) -> str:
    return text.lower().replace("ё", "е").replace("’", "'").replace("`", "'")


def _past(found: dates.Found, base: date) -> date | None:
    d = found.date
    if d > base and found.rule == "day_of_month":
        d = dates.add_months(d, -1)  # "the 25th" of a claim is the last one
    return d if base - timedelta(days=MAX_DAYS_BACK) <= d <= base else None


def paid_on(text: str, claim_words: Iterable[str], base: date | None) -> date | None:
    """The day paid the lines holding `claim_words` state, or None."""
    if base is None:
        return None
    words = [_normal(w) for w in claim_words if w]
    for line in text.splitlines():
        low = _normal(line)
        if not any(w in low for w in words):
            continue
        for found in dates.find(line, base):
            if (d := _past(found, base)) is not None:
                return d
        if _YESTERDAY.search(line):
            return base - timedelta(days=1)
    return None

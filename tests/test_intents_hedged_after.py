"""A promise taken back later in its own sentence: "we pay from the grant mid-January -
I can't promise that though", "wir zahlen Mitte Januar, fix zusagen kann ich es aber
nicht". The denial reaches back over the dash or the "but" to the promise before it: a
hedged date is no promise (the seventh blind round's de/29 read "wir zahlen" as one)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from mailbot.domain.values import Intent
from mailbot.reading.kinds.client_reply import read

TUESDAY = date(2026, 12, 1)

HEDGED_AFTER = [
    "We pay it from the grant, expected mid-January – I can't promise that though.",
    "We'll settle it on the 20th, but I can't promise it, it depends on the council.",
    ("Wir zahlen das aus dem Zuschuss, der kommt Mitte Januar – fix zusagen kann ich es "
    "Ihnen aber ehrlich gesagt nicht."),
    "Wir überweisen am 20.12., versprechen kann ich es Ihnen aber leider nicht.",
    "Kami bayar tanggal 20 Desember, tapi belum bisa janji.",
    "Оплатим 20 декабря, но обещать не можем.",
]


@pytest.mark.parametrize("text", HEDGED_AFTER)
def test_a_promise_denied_later_in_its_sentence_is_no_promise(text: str) -> None:
    r = read(text, TUESDAY, None, datetime(2026, 12, 1, 10, tzinfo=UTC))
    assert r.intent != Intent.PROMISE, r.reason


KEPT = [
    # the denial is of something else, after a "but" in a sentence of its own
    "We will pay on 20 December. I can't promise an earlier date.",
    "Wir zahlen am 20. Dezember. Früher können wir es leider nicht zusagen.",
]


@pytest.mark.parametrize("text", KEPT)
def test_a_promise_in_its_own_sentence_stays_one(text: str) -> None:
    r = read(text, TUESDAY, None, datetime(2026, 12, 1, 10, tzinfo=UTC))
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == date(2026, 12, 20)

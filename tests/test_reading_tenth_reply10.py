"""Client replies: the kinds of weakness the tenth blind set showed, each as a general rule
with examples written here (not the set's messages), in the languages the rule concerns,
with guards that it does not reach too far. Replies are dated Tuesday 1 December 2026
(tests/test_intents_data.py) unless a test says otherwise."""

from __future__ import annotations

from datetime import date

import pytest

from mailbot.domain.values import Intent
from tests.test_intents_data import reading, sure

I = Intent


# -- "in a week" (Russian "через неделю", "в течение недели"): a week on ---------------------

@pytest.mark.parametrize("text", [
    "Оплатим через неделю.",
    "Оплату переведём в течение недели.",
])
def test_in_a_week_is_still_a_week_on(text):
    assert sure(text) == (I.PROMISE, date(2026, 12, 8))


# -- a day of paying that moved: the new day, never the old one -------------------------------

@pytest.mark.parametrize("text", [
    ("We told you earlier we'd pay by the 4th, but our treasury moved the payment day - it "
    "will now be paid on 18 December."),
    ("As we said before, we will pay on the 4th. Our payment run was moved, so it will now "
    "go out on the 18th."),
    ("Wir hatten geschrieben, dass wir bis zum 4.12. zahlen, aber der Zahltag wurde verschoben:"
    " wir überweisen am 18.12."),
    ("Sebelumnya kami sampaikan akan bayar tanggal 4, tetapi jadwalnya dimundurkan, pembayaran "
    "akan kami proses tanggal 18 Desember."),
    ("Раньше мы сообщали, что оплатим до 4 декабря, но платёжный день перенесли — оплата "
    "пройдёт 18 декабря."),
    "Мы оплатим 4 декабря. Оплату перенесли на 18 декабря.",
])
def test_a_moved_day_of_paying_promises_the_new_day(text):
    assert sure(text) == (I.PROMISE, date(2026, 12, 18)), reading(text).reason


@pytest.mark.parametrize("text", [
    "We will pay on the 4th, but the payment run was postponed; we'll confirm the new date.",
    "Мы оплатим 4 декабря. Платёж перенесли, новую дату сообщим.",
    "Wir zahlen am 4.12., der Zahllauf wird aber verschoben, neuer Termin folgt.",
])
def test_a_moved_day_without_a_new_one_is_no_dated_promise(text):
    r = reading(text)
    assert r.promised_date is None, r.reason


@pytest.mark.parametrize(("text", "when"), [
    # something else moved: the promise keeps its day
    ("We will pay on the 4th; the meeting was moved to Monday.", date(2026, 12, 4)),
    ("Мы оплатим 4 декабря, встречу перенесли на понедельник.", date(2026, 12, 4)),
    ("Wir zahlen am 4.12., das Meeting wurde auf Montag verschoben.", date(2026, 12, 4)),
])
def test_something_else_that_moved_leaves_the_promise_alone(text, when):
    assert sure(text) == (I.PROMISE, when)

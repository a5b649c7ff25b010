"""Reply phrasings of the seventh blind round's kinds of miss, written anew: a "stop" as
"dihapus dari daftar", an Indonesian "lagi" that means "right now" (not "again"), a copy
"dikirim ulang" that has arrived, a transfer done "by" a deadline (a promise, not a paid
claim), and a weekday named with its day of the month ("Senin tgl 14": the 14th)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from mailbot.domain.values import Intent
from mailbot.reading import dates
from mailbot.reading.kinds.client_reply import read

SATURDAY = date(2026, 12, 5)


def reading(text: str, language: str = "id"):
    return read(text, SATURDAY, language, datetime(2026, 12, 5, 10, tzinfo=UTC))


@pytest.mark.parametrize(("text", "intent"), [
    ("Mohon nomor kami dihapus dari daftar penerima email penagihan.", Intent.STOP),
    ("Kalau bisa tagihan ini dicicil 2x ya, email saya lagi error jadi balas ke sini.",
     Intent.PLAN_REQUEST),
    ("Faktur yang dikirim ulang sudah kami terima. Pembayaran dijadwalkan tgl 18 Desember.",
     Intent.PROMISE),
    ("Tagihan ini paling lambat tanggal 18 Desember sudah kami transfer.", Intent.PROMISE),
])
def test_an_indonesian_phrasing_is_read_as_its_intent(text: str, intent: Intent) -> None:
    assert reading(text).intent == intent, reading(text).reason


@pytest.mark.parametrize(("text", "day"), [
    ("transfer hari Senin tgl 14 ya Bu", date(2026, 12, 14)),
    ("оплатим в понедельник 14-го", date(2026, 12, 14)),
    ("we pay on Monday the 14th", date(2026, 12, 14)),
    # a weekday the day does not fall on: two days named, both kept
    ("we pay on Tuesday the 14th", date(2026, 12, 8)),
])
def test_a_weekday_with_its_day_of_the_month_is_that_day(text: str, day: date) -> None:
    assert dates.find(text, SATURDAY)[0].date == day


@pytest.mark.parametrize(("text", "language", "intent"), [
    ("Morning - this went out on Thursday by BACS, the full £2,150.00, so it should be there.", "en",
     Intent.PAID_CLAIM),
    ("Would it be all right if I paid the £2,400 off in four monthly chunks, from March?", "en",
     Intent.PLAN_REQUEST),
    ("Hier ist bisher nichts davon angekommen, bitte nochmal per Post.", "de",
     Intent.NOT_RECEIVED),
    ("Оплату поставили в реестр платежей на 18-е, в этот день уйдёт.", "ru", Intent.PROMISE),
])
def test_an_unlisted_phrasing_is_read_as_its_intent(text: str, language: str,
                                                   intent: Intent) -> None:
    r = reading(text, language)
    assert r.intent == intent, r.reason

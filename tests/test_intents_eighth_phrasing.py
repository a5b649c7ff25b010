"""Reply phrasings of the eighth blind round's kinds of miss, written anew: informal
promises with a weekday ("will sort it monday", "во вт оплатим", "geht übermorgen raus"),
a payment "freigegeben" that "erfolgt am ..." (a promise, not a paid claim), inverted
German promises ("Überweisen werden wir ..."), a formal German stop ("untersagen ...
Zahlungserinnerungen", "stellen Sie die Zusendung ein"), disputes the tables missed
("padahal sesuai kontrak", "работы не приняты ... оплату производить не будем"), a clear
dispute beside a claim of an earlier payment, an Indonesian plan request ("dipecah jadi
3"), a Russian "stop the reminders until the claim is resolved" (a dispute, not a stop),
a wrong bank detail (no dispute), and a promise beside a complaint (to a person)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from mailbot.domain.values import Intent
from mailbot.reading.kinds.client_reply import _needs_human, read

TUESDAY = date(2026, 12, 8)


def reading(text: str, language: str):
    return read(text, TUESDAY, language, datetime(2026, 12, 8, 10, tzinfo=UTC))


@pytest.mark.parametrize(("text", "language", "day"), [
    ("hiya, sorry, crazy week, will sort it thursday", "en", date(2026, 12, 10)),
    ("ок, счёт видели, во чт оплатим", "ru", date(2026, 12, 10)),
    ("Servus, Rechnung ist da, geht übermorgen raus.", "de", date(2026, 12, 10)),
    ("Die Zahlung ist freigegeben und erfolgt am kommenden Freitag.", "de", date(2026, 12, 11)),
    ("Überweisen werden wir wie besprochen Ende Dezember.", "de", date(2026, 12, 31)),
])
def test_an_informal_or_inverted_promise_is_a_promise_with_its_day(text, language, day):
    r = reading(text, language)
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == day


@pytest.mark.parametrize(("text", "language", "intent"), [
    (("Hiermit untersagen wir Ihnen, unsere Adresse für weitere Zahlungserinnerungen zu "
     "nutzen."), "de", Intent.STOP),
    ("Bitte stellen Sie die Zusendung dieser Mahnungen ein.", "de", Intent.STOP),
    ("Tagihan kami terima, tapi ditagih 12 bulan padahal sesuai kontrak hanya 10 bulan.",
     "id", Intent.DISPUTE),
    (("Работы по этапу 3 не приняты, замечания направлены. Оплату производить не будем до "
     "их устранения."), "ru", Intent.DISPUTE),
    (("Прошу прекратить напоминания по этому счёту до урегулирования претензии. Работы не "
     "приняты."), "ru", Intent.DISPUTE),
    ("Bisa nggak tagihan ini dipecah jadi 3 termin? Lagi seret nih.", "id",
     Intent.PLAN_REQUEST),
    # a clear dispute beside an earlier payment: the dispute governs chasing
    (("INV-88 was paid last week. INV-91 is wrong though, we were charged twice for the "
     "same licence. Please send a corrected invoice."), "en", Intent.DISPUTE),
])
def test_the_phrasing_is_read_as_its_intent(text, language, intent):
    assert reading(text, language).intent == intent, reading(text, language).reason


def test_a_wrong_bank_detail_is_no_dispute():
    r = reading("Платёж не проходит: банк пишет, что БИК не соответствует корр. счёту. "
                "Пришлите актуальные реквизиты.", "ru")
    assert r.intent == Intent.PAYMENT_DETAILS, r.reason


def test_a_promise_beside_a_complaint_goes_to_a_person():
    r = reading("Счёт 118 оплатим до 15.12. А по счёту 97 у нас, кажется, переплата.", "ru")
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == date(2026, 12, 15)
    assert _needs_human(r)

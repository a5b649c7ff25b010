"""English and German client replies of the fourteenth blind round's kinds of miss, written
anew: a weekday said a few words before the written date it names ("our Friday run, 11
December": that date, not the coming Friday); a promise on a condition that opens the
sentence without a comma ("vorbehaltlich der Freigabe am ... werden wir am ... zahlen",
"subject to approval on ..., we pay on ...": the promise's own day, for a person to
confirm); and a German request to refrain from further reminders ("von weiteren
Zahlungserinnerungen an diese Adresse abzusehen": a stop)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from mailbot.domain.values import Intent
from mailbot.reading import dates
from mailbot.reading.kinds.client_reply import _needs_human, read

WEDNESDAY = date(2026, 11, 25)


def reading(text: str, language: str):
    return read(text, WEDNESDAY, language, datetime(2026, 11, 25, 10, tzinfo=UTC))


# ------------------------------------------------- a weekday naming the written date after it
@pytest.mark.parametrize(("text", "language", "day"), [
    ("Both invoices will be paid in our Friday supplier run, 11 December.", "en",
     date(2026, 12, 11)),
    ("We'll settle it with the Tuesday batch - 8 December.", "en", date(2026, 12, 8)),
    ("Wir überweisen beide Rechnungen mit dem Freitagszahllauf am Freitag im Zahllauf, 11.12.2026.",
     "de", date(2026, 12, 11)),
    ("Die Zahlung erfolgt am Dienstag mit dem Sammelauftrag, 08.12.", "de", date(2026, 12, 8)),
])
def test_a_weekday_a_few_words_before_its_date_is_that_date(text, language, day):
    r = reading(text, language)
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == day


@pytest.mark.parametrize(("text", "expected"), [
    # another weekday than the date's: two days
    ("we pay Friday, the rest 8 December", [date(2026, 11, 27), date(2026, 12, 8)]),
    # a sentence between them: two days
    ("we pay Friday. The rest on 11 December", [date(2026, 11, 27), date(2026, 12, 11)]),
    # "or": two days offered
    ("Friday or 11 December", [date(2026, 11, 27), date(2026, 12, 11)]),
])
def test_a_weekday_apart_from_a_date_stays_its_own_day(text, expected):
    assert [f.date for f in dates.find(text, WEDNESDAY)] == expected


# ------------------------------------------ a condition opening the sentence, without a comma
@pytest.mark.parametrize(("text", "language", "day"), [
    (("Vorbehaltlich der Zustimmung des Aufsichtsrats in seiner Sitzung am 07.12.2026 werden "
     "wir den Betrag am 14.12.2026 überweisen."), "de", date(2026, 12, 14)),
    (("Vorbehaltlich der Freigabe durch die Geschäftsführung am Montag wird die Rechnung am "
     "10.12. bezahlt werden."), "de", date(2026, 12, 10)),
    (("Subject to the board's approval at its meeting on 7 December we will pay the invoice "
     "on 14 December."), "en", date(2026, 12, 14)),
    ("Subject to sign-off on 2 December, we will pay on 9 December.", "en", date(2026, 12, 9)),
])
def test_a_promise_on_a_leading_condition_keeps_its_own_day_for_a_person(text, language, day):
    r = reading(text, language)
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == day
    assert _needs_human(r)


@pytest.mark.parametrize(("text", "language", "day"), [
    # no condition: the promise stands by itself
    ("Nach Prüfung durch die Geschäftsführung werden wir den Betrag am 14.12.2026 überweisen.", "de",
     date(2026, 12, 14)),
    ("We will pay the invoice on 14 December.", "en", date(2026, 12, 14)),
    # "subject to" about something else is no condition
    ("The invoice is subject to VAT; we will pay it on 14 December.", "en", date(2026, 12, 14)),
])
def test_a_promise_without_a_condition_is_left_to_the_bot(text, language, day):
    r = reading(text, language)
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == day
    assert not _needs_human(r)


# ---------------------------------------------------------- refraining from further reminders
@pytest.mark.parametrize("text", [
    ("Wir bitten Sie, von weiteren automatisierten Zahlungserinnerungen an diese Adresse "
     "abzusehen. Zuständig ist unsere Rechtsabteilung."),
    "Bitte nehmen Sie von weiteren Mahnschreiben an dieses Postfach Abstand.",
    "Wir ersuchen Sie, von weiteren Zahlungserinnerungen per E-Mail Abstand zu nehmen.",
    "Bitte unterlassen Sie weitere Erinnerungen an diese Adresse.",
])
def test_a_request_to_refrain_from_reminders_is_a_stop(text):
    r = reading(text, "de")
    assert r.intent == Intent.STOP, r.reason
    assert _needs_human(r)


@pytest.mark.parametrize("text", [
    # they will refrain from something themselves: no stop
    "Von einer Kürzung der Rechnung sehen wir ab; wir überweisen am 10.12.2026.",
    "Wir haben von weiteren Bestellungen Abstand genommen, die Rechnung zahlen wir am 10.12.2026.",
])
def test_refraining_from_something_else_is_no_stop(text):
    r = reading(text, "de")
    assert r.intent != Intent.STOP, r.reason


# ------------------------------------------------------------ typed on a phone: a promise
@pytest.mark.parametrize(("text", "language", "day"), [
    ("hi sry only just seen this il get it paid nxt week thx", "en", date(2026, 12, 4)),
    ("ill get it sorted tmrw ok tomorrow", "en", date(2026, 11, 26)),
    ("moin zahle ich morgen, bin grad auf der baustelle", "de", date(2026, 11, 26)),
    ("hallo überweise ich am freitag gruß", "de", date(2026, 11, 27)),
])
def test_a_phone_typed_promise_with_a_day(text, language, day):
    r = reading(text, language)
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == day


@pytest.mark.parametrize(("text", "language"), [
    ("i was ill last week, sorry", "en"),
    ("zahle ich nicht, die Anlage läuft nicht", "de"),
])
def test_phone_typed_words_that_promise_nothing(text, language):
    assert reading(text, language).intent != Intent.PROMISE


# --------------------------------------------------------- a relayed German promise, verb last
@pytest.mark.parametrize(("text", "day"), [
    (("Unser Geschäftsführer lässt ausrichten, dass die Zahlung für die Rechnung spätestens am "
     "16.12.2026 veranlasst wird."), date(2026, 12, 16)),
    ("Die Buchhaltung teilt mit, dass die Überweisung am 04.12. ausgeführt wird.",
     date(2026, 12, 4)),
])
def test_a_relayed_german_promise_with_the_verb_last(text, day):
    r = reading(text, "de")
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == day


# ------------------------------------------------------------------ a cheque with its number
@pytest.mark.parametrize("text", [
    "I posted cheque no. 100234 for £1,250.00 to your office yesterday.",
    "We sent cheque number 5521 for the full amount on Monday.",
])
def test_a_cheque_posted_is_a_paid_claim(text):
    assert reading(text, "en").intent == Intent.PAID_CLAIM


# --------------------------------------- a German paid claim with several words before "wurde"
def test_a_long_german_payment_subject_before_its_verb():
    r = reading("Die Zahlung für RE-2026-0101 über 4.200,00 EUR wurde am 20.11.2026 ausgeführt.",
                "de")
    assert r.intent == Intent.PAID_CLAIM, r.reason
    assert r.money is not None
    assert str(r.money.amount) == "4200.00"


# ------------------------------------------- one invoice paid, the other refused with a reason
@pytest.mark.parametrize(("text", "language", "paid"), [
    (("INV-1 (£900.00) was paid by BACS yesterday.\n\nINV-2 we are not paying: the meter was "
     "never installed."), "en", "900.00"),
    (("INV-1 for £450.00 was paid on Monday. INV-2 we will not pay because the panels "
     "were returned."), "en", "450.00"),
    (("- RE-1 (2.100,00 €) haben wir am 20.11. überwiesen.\n- RE-2 zahlen wir vorerst nicht. "
     "Die Wallbox ist noch gar nicht montiert."), "de", "2100.00"),
    (("RE-1 über 800,00 € haben wir am 19.11. bezahlt. RE-2 bezahlen wir nicht, weil die "
     "Leistung nicht erbracht wurde."), "de", "800.00"),
])
def test_one_paid_and_one_refused_is_a_dispute_with_the_amount_paid(text, language, paid):
    r = reading(text, language)
    assert r.intent == Intent.DISPUTE, r.reason
    assert r.money is not None
    assert str(r.money.amount) == paid


@pytest.mark.parametrize(("text", "language"), [
    # a day put off, no refusal
    ("We won't pay today because the bank is closed; it goes out on Friday 27 November.", "en"),
    ("Heute zahlen wir nicht, sondern am Freitag, 27.11.", "de"),
])
def test_a_day_put_off_is_no_refusal(text, language):
    r = reading(text, language)
    assert r.intent != Intent.DISPUTE, r.reason


# --------------------------------------------- an instalment withheld until defects are fixed
@pytest.mark.parametrize("text", [
    ("Bei der Abnahme wurden sieben Mängel festgestellt. Bis zur Beseitigung behalten wir die "
     "zweite Rate ein."),
    "Wir halten den Abschlag bis zur Nachbesserung der Dachdurchführung zurück.",
])
def test_an_instalment_withheld_until_defects_are_fixed_is_a_dispute(text):
    r = reading(text, "de")
    assert r.intent == Intent.DISPUTE, r.reason


def test_keeping_a_copy_is_no_dispute():
    r = reading("Die Rechnung behalten wir für unsere Unterlagen ein, gezahlt wird am 10.12.2026.",
                "de")
    assert r.intent != Intent.DISPUTE, r.reason


# ------------------------------------------------ the client's own misfortune is no complaint
@pytest.mark.parametrize(("text", "language"), [
    (("Wie Sie wissen, hat der Sturm im November unser Lagerdach beschädigt. Sobald die "
     "Versicherung zahlt, begleichen wir Ihre Rechnung."), "de"),
    (("Nach dem Hochwasser ist unser Keller schwer beschädigt; wir melden uns, sobald die "
     "Versicherung den Schaden reguliert hat."), "de"),
    (("As you may know, the flood in October damaged our ground floor. Once the insurers pay out "
     "we will settle your invoice."), "en"),
    (("The storm last month damaged our barn roof, so money is tight until the insurance claim "
     "is paid."), "en"),
])
def test_damage_by_a_natural_event_to_the_clients_own_property_is_no_dispute(text, language):
    r = reading(text, language)
    assert r.intent != Intent.DISPUTE, r.reason
    assert _needs_human(r)


@pytest.mark.parametrize(("text", "language"), [
    # damage to what we supplied, no natural event: a dispute
    ("Zwei der gelieferten Module waren beim Auspacken beschädigt.", "de"),
    ("Three of the panels you delivered arrived damaged.", "en"),
    # a storm named, but a complaint in other words too
    (("The storm damaged the inverter you installed and the invoice is wrong: you billed us "
     "twice for the cabling."), "en"),
])
def test_damage_to_what_we_supplied_stays_a_dispute(text, language):
    r = reading(text, language)
    assert r.intent == Intent.DISPUTE, r.reason

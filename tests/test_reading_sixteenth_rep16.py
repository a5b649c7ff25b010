"""Challenges and client replies of the sixteenth blind round's kinds of miss, written
anew: a filter's note without auto-reply headers, sent from an address of its own that
carries a token ("hold-3f9a1c7e@..."), asking for a plain reply; a note asking to "reply
to <address>" to release the held mail; a German link whose address spells the verb
("/bestaetigen?k=..."), introduced by "wenn Sie Ihre Absenderadresse bestätigen:"; and
a person's words about approvals and replies, which stay a client's reply."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from mailbot.reading.classify import as_record, classify
from mailbot.reading.context import Context
from mailbot.reading.kinds.client_reply import read
from mailbot.reading.parse import parse_message

WEDNESDAY = date(2026, 12, 9)
BOT = "ar@acme.test"
OURS = "<20270301.0815.ab12cd.ar@acme.test>"
CTX = Context(bot_address=BOT, staff_domains=frozenset({"acme.test"}),
              known_message_ids=frozenset({OURS}), known_invoice_numbers=("AC-7781",),
              known_contacts=frozenset({"ap@shop.example"}))


def reading(text: str, language: str):
    return read(text, WEDNESDAY, language, datetime(2026, 12, 9, 10, tzinfo=UTC))


def note(sender: str, subject: str, body: str, auto: bool = False,
         reply_to: str | None = None) -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = BOT
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2027, 3, 1, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<cr-16@filter.example>"
    msg["In-Reply-To"] = OURS
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    msg.set_content(body)
    return as_record(classify(parse_message(msg.as_bytes()), CTX))


# --------------------------------------------------------------------------- challenges
def test_a_filter_note_from_a_token_address_asking_for_a_reply_is_a_challenge() -> None:
    r = note("Shop Inbox Shield <hold-3f9a1c7e@shield.shop.example>", "Approve: Invoice AC-7781",
             ("Your email to ap@shop.example is awaiting approval.\n\n"
              "To approve it, just reply to this message (or send an empty message to "
              "hold-3f9a1c7e@shield.shop.example).\nPending messages expire after 5 days.\n"),
             reply_to="hold-3f9a1c7e@shield.shop.example")
    assert r["kind"] == "challenge", r["reason"]
    assert r["challenge"] == "mailto:hold-3f9a1c7e@shield.shop.example"
    assert r["needs_human"] is True


def test_a_note_asking_to_reply_to_an_address_to_release_the_mail_is_a_challenge() -> None:
    r = note("Gate <release-a41b9d@gate.shop.example>", "Sender check: Invoice AC-7781",
             ("Your email to ap@shop.example has been held because your address is not on "
              "the approved senders list. To release it, reply to "
              "release-a41b9d@gate.shop.example keeping the subject as it is.\n"), auto=True)
    assert r["kind"] == "challenge", r["reason"]
    assert r["challenge"] == "mailto:release-a41b9d@gate.shop.example"


def test_a_german_link_that_spells_the_verb_confirms_the_sender() -> None:
    r = note('"Postschild" <noreply@postschild.example>', "Bitte bestätigen Sie Ihre Adresse",
             ("Guten Tag,\n\nder Empfänger ap@shop.example nutzt Postschild. Ihre Nachricht "
              "wird erst zugestellt, wenn Sie Ihre Absenderadresse bestätigen:\n\n"
              "https://pruefung.postschild.example/bestaetigen?k=77c1e0d2\n\n"
              "Ohne Bestätigung wird die Nachricht gelöscht.\n"), auto=True)
    assert r["kind"] == "challenge", r["reason"]
    assert r["challenge"] == "https://pruefung.postschild.example/bestaetigen?k=77c1e0d2"


@pytest.mark.parametrize("body", [
    ("Hello,\n\nthe invoice AC-7781 is awaiting approval by our finance director. Please "
     "reply to this email with the purchase order number so we can release it.\n\nBest, Ann\n"),
    ("Hi,\n\nplease reply to tom.baker@shop.example with a copy of invoice AC-7781; our "
     "approved suppliers list has been updated.\n\nThanks\nAnn\n"),
])
def test_a_persons_words_about_approval_and_replies_stay_a_reply(body: str) -> None:
    r = note("Ann Baker <ap@shop.example>", "Re: Invoice AC-7781", body)
    assert r["kind"] == "client_reply", r["reason"]


# --------------------------------------------------------------------------- intents
@pytest.mark.parametrize("text", [
    ("Auf RE-1 fehlt unsere Kostenstelle 77-12. Können Sie die Rechnung mit der "
     "Kostenstelle neu ausstellen?"),
    # (as the English rule reads "reissue": a PO number missing is a change, not a complaint)
    "Bitte stellen Sie die Rechnung mit unserer Bestellnummer 4711 neu aus.",
])
def test_a_request_to_reissue_with_a_po_number_is_not_a_dispute(text: str) -> None:
    r = reading(text, "de")
    assert r.intent.value != "dispute", r.reason


def test_a_reissue_to_put_a_wrong_invoice_right_is_still_a_dispute() -> None:
    r = reading("Die Menge auf RE-1 ist fehlerhaft. Bitte stellen Sie die Rechnung neu aus.",
                "de")
    assert r.intent.value == "dispute", r.reason


def test_a_down_payment_made_in_the_past_is_no_plan_request() -> None:
    r = reading("Die 4.000 € im Oktober waren eine Abschlagszahlung. Den Rest überweisen wir "
                "bis Ende nächster Woche.", "de")
    assert r.intent.value == "promise", r.reason
    assert r.promised_date == date(2026, 12, 18)


@pytest.mark.parametrize(("text", "day"), [
    ("Zahle morgen.\nGruß Meier", date(2026, 12, 10)),
    ("überweise freitag", date(2026, 12, 11)),
])
def test_a_phone_typed_promise_without_pronoun_has_its_day(text: str, day: date) -> None:
    r = reading(text, "de")
    assert r.intent.value == "promise", r.reason
    assert r.promised_date == day


def test_a_refusal_closing_a_sentence_about_a_charge_is_a_dispute() -> None:
    r = reading("We paid EUR 3,000.00 of invoice AC-7781 on 1 December. The remaining EUR "
                "450.00 is a waiting-time charge for the lorry at the port, caused by the "
                "late slot booking on your side - we do not accept it.", "en")
    assert r.intent.value == "dispute", r.reason


def test_declining_an_offer_is_no_dispute() -> None:
    r = reading("Thanks for offering the instalment plan, but we do not accept it.", "en")
    assert r.intent.value != "dispute", r.reason


def test_a_conflicting_reply_keeps_the_amount_it_says_it_paid() -> None:
    r = reading("We wired EUR 2,400.00 for AC-7781 on December 3. The handling invoice "
                "AC-7790 (EUR 310.00) is disputed: that fee was never agreed.", "en")
    assert r.money is not None, r.reason
    assert str(r.money.amount) == "2400.00"
    assert r.paid_on == date(2026, 12, 3)


# --------------------------------------------------------------------------- dates
@pytest.mark.parametrize(("text", "language", "day"), [
    ("will pay tmrw, sorry", "en", date(2026, 12, 10)),
    ("ok pak, bsk sy tf ya", "id", date(2026, 12, 10)),
    (("We can't pay AC-7781 on the 4th as planned, sorry. Realistically it will be Monday 14 "
      "December."), "en", date(2026, 12, 14)),
    ("Die Zahlung für AC-7781 erfolgt am 16.12.2026.", "de", date(2026, 12, 16)),
])
def test_a_promise_has_the_day_of_its_date_family(text: str, language: str, day: date) -> None:
    r = reading(text, language)
    assert r.intent.value == "promise", r.reason
    assert r.promised_date == day


def test_a_promise_under_reserve_is_for_a_person() -> None:
    r = reading("Die Zahlung für AC-7781 erfolgt unter Vorbehalt der Freigabe durch den "
                "Einkauf bis spätestens 18.12.2026.", "de")
    assert r.intent.value == "promise", r.reason
    assert r.promised_date == date(2026, 12, 18)
    assert r.confidence < 0.8


@pytest.mark.parametrize(("text", "language"), [
    ("Die Zahlung für AC-7781 ist am 20.11. erfolgt.", "de"),
    ("The truck is late, it will be Friday before it is delivered.", "en"),
])
def test_no_promise_without_its_words(text: str, language: str) -> None:
    assert reading(text, language).intent.value != "promise"


def test_a_conflicting_reply_keeps_the_day_it_promises() -> None:
    r = reading("Answering both mails: AC-7781 was paid on 20 November. AC-7790 will go out "
                "on Friday 11 December.", "en")
    assert r.promised_date == date(2026, 12, 11), r.reason


def test_a_few_phone_typed_words_take_the_language_of_the_rules_that_read_them() -> None:
    msg = EmailMessage()
    msg["From"] = "Budi <ap@shop.example>"
    msg["To"] = BOT
    msg["Subject"] = "Re: Invoice AC-7781"
    msg["Date"] = format_datetime(datetime(2026, 12, 9, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<r-16b@shop.example>"
    msg["In-Reply-To"] = OURS
    msg.set_content("ok pak, bsk sy tf ya\n")
    r = as_record(classify(parse_message(msg.as_bytes()), CTX))
    assert r["intent"] == "promise", r["reason"]
    assert r["language"] == "id"


# ---------------------------------------------------------------- conditions, fields
def test_a_russian_promise_on_a_condition_opening_the_sentence_is_for_a_person() -> None:
    r = reading("При условии получения оплаты от покупателя счёт AC-7781 оплатим до "
                "21.12.2026.", "ru")
    assert r.intent.value == "promise", r.reason
    assert r.promised_date == date(2026, 12, 21)
    assert r.confidence < 0.8


def test_an_internal_forward_with_only_references_to_our_reminder_names_it() -> None:
    msg = EmailMessage()
    msg["From"] = "Buchhaltung <ap@shop.example>"
    msg["To"] = "Kollegin <k.m@acme.test>"
    msg["Cc"] = BOT
    msg["Subject"] = "WG: Freigabe AC-7781"
    msg["Date"] = format_datetime(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<fw-16@shop.example>"
    msg["References"] = "<mb.20261125.0a1b2c3d4e5f@acme.test>"
    msg.set_content("Hallo,\n\nzur Info unten die Freigabe.\n\n"
                    "---------- Weitergeleitete Nachricht ----------\n"
                    "Von: Tom <tom@shop.example>\nBetreff: AW: Freigabe AC-7781\n\n"
                    "Ist freigegeben, geht mit dem Zahllauf am Freitag, 11.12. raus.\n")
    r = as_record(classify(parse_message(msg.as_bytes()), CTX))
    assert r["kind"] == "client_reply", r["reason"]
    assert r["original_message_id"] == "<mb.20261125.0a1b2c3d4e5f@acme.test>"

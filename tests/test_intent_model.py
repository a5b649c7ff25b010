"""The statistical reading of replies the rules do not understand (reading.intent_model):
shipped as trained, offered to a person, never acted on."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from mailbot.adapters.models import Debtor, Event, Invoice
from mailbot.domain import ledger
from mailbot.domain.values import Intent
from mailbot.reading import intent_model
from mailbot.reading.classify import as_record
from mailbot.tools import intent_training
from tests.botenv import AR, BOB, Runner, at, invoice_mail, mail, make_config
from tests.test_replies import reply

# none of the rules' patterns matches these; the model is sure of each
PROMISE_UNREAD = "Hold your horses, the funds go out with Friday's batch."
STOP_UNREAD = "Enough of these automated mails, talk to our buyer Tom directly from now on."


@pytest.mark.slow
def test_the_shipped_model_is_what_the_labelled_replies_train():
    # run `python -m mailbot.tools.intent_training` after changing labels or reply stripping
    assert intent_model.MODEL_FILE.read_bytes() == intent_training.build()


@pytest.mark.parametrize(("text", "intent"), [(PROMISE_UNREAD, Intent.PROMISE),
                                               (STOP_UNREAD, Intent.STOP)])
def test_a_reply_the_rules_do_not_understand_carries_the_guess_for_a_person(text, intent):
    c = reply(text)
    assert (c.intent, c.intent_guessed, c.needs_human) == (intent, True, True)
    assert c.confidence < ledger.CONFIDENT
    assert "the statistical reading guesses" in c.reason
    assert as_record(c)["intent_guessed"] is True
    # the ledger acts on none of it: the debtor waits for the person, nothing is held,
    # stopped or disputed
    change = ledger.reply_change(c, 3)
    assert change.pause_debtor
    assert not change.stop_debtor
    assert (change.hold_reason, change.invoice_event) == (None, None)


@pytest.mark.parametrize(("text", "intent"), [
    ("Please stop contacting us.", Intent.STOP),
    ("We will pay on 10 December.", Intent.PROMISE),
    ("Thanks, noted.", Intent.OTHER),  # the model finds nothing sure either
])
def test_the_rules_reading_and_an_unsure_model_are_left_as_they_are(text, intent):
    c = reply(text)
    assert (c.intent, c.intent_guessed) == (intent, False)


def test_the_guess_names_the_words_that_weighed_most():
    guess = intent_model.suggest(STOP_UNREAD)
    assert guess is not None
    assert guess.intent == "stop"
    assert guess.probability >= 0.99
    assert all(w in intent_model.features(STOP_UNREAD) for w in guess.words)
    assert len(guess.words) == 3


def test_no_guess_for_an_empty_text():
    assert intent_model.suggest("  \n") is None


@pytest.fixture
def runner(dovecot, smtp_sink, sqlite_url):
    r = Runner.open(make_config(dovecot, smtp_sink, sqlite_url))
    yield r
    r.close()


def test_a_guessed_stop_or_promise_changes_nothing_but_a_pause(runner, dovecot):
    # through the real IMAP ingest: the client's invoice stays chased once a person has
    # looked (no stop, no promise hold), and the record keeps the guess apart from what
    # the client said
    day = date(2026, 11, 2)
    dovecot.append("ar", invoice_mail("INV-51", BOB, "510.00", "net 14", at(day, 9)))
    runner.sync(at(day, 9, 5))
    dovecot.append("ar", mail(BOB, [AR], "Re: Invoice INV-51", STOP_UNREAD, at(day, 11)))
    results = runner.sync(at(day, 11, 5))
    assert [r.kind for r in results] == ["client_reply"]
    with runner.bot.store.session() as s:
        debtor = s.exec(select(Debtor)).one()
        assert not debtor.stopped
        assert debtor.paused_reason
        assert "statistical reading guesses stop" in debtor.paused_reason
        invoice = s.exec(select(Invoice)).one()
        assert (invoice.state, invoice.hold_reason) == ("open", None)
        replies = [e.detail for e in s.exec(select(Event)) if e.kind == "client_reply"]
        assert replies
        assert all(d.get("intent") is None and d.get("guessed_intent") == "stop"
                               for d in replies)


def test_the_model_loaded_for_a_guess_can_be_dropped_and_loads_again():
    # the daemon drops it after each tick (mailbot.daemon): a rare unclear reply does not
    # keep its 3 MB for good, and the next one still gets its guess
    first = intent_model.suggest(STOP_UNREAD)
    intent_model.forget()
    assert intent_model.model.cache_info().currsize == 0
    again = intent_model.suggest(STOP_UNREAD)
    assert again is not None
    assert first == again

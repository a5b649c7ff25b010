"""English and German client replies of the thirteenth blind round's kinds of miss, written
anew: a past hold whose cause is "sorted now" before a promise (no dispute); a part paid
with the rest disputed (a dispute, the amount paid named); a payment "approved for" a day
(a promise; "thanks for the bank details" asks for none); a German paid claim whose verb
ends a long clause ("haben wir am ... in voller Höhe (...) überwiesen"); a German refusal
of the invoice as it stands and a request to cancel it (a dispute); a relayed German
promise in a "dass" clause ("dass ... überwiesen werden"); and an internal forward at the
client with us only in Cc that does not talk about paying (nothing for a person)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from mailbot.domain.values import Intent, Kind
from mailbot.reading.classify import Context, classify
from mailbot.reading.kinds.client_reply import _needs_human, read
from mailbot.reading.parse import parse_message

MONDAY = date(2026, 11, 16)


def reading(text: str, language: str):
    return read(text, MONDAY, language, datetime(2026, 11, 16, 10, tzinfo=UTC))


# ---------------------------------------------------------------- a past hold, sorted now
@pytest.mark.parametrize(("text", "language", "day"), [
    (("Sorry for the delay - the invoice was on hold because the quantities did not match our "
      "PO. That has been resolved and it will be paid on Friday 20 November."), "en",
     date(2026, 11, 20)),
    (("We held payment as the rate on the invoice was wrong. It's all sorted now; the "
      "transfer is scheduled for 24 November."), "en", date(2026, 11, 24)),
    (("Die Rechnung lag bei uns, weil die Bestellnummer nicht stimmte. Das ist inzwischen "
      "geklärt, wir überweisen am 25.11.2026."), "de", date(2026, 11, 25)),
    (("Die Rechnung war gesperrt, weil die Menge falsch war. Der Fehler ist inzwischen "
      "behoben, die Zahlung geht am Freitag raus."), "de", date(2026, 11, 20)),
    (("Die Zahlung war angehalten, da der Betrag zunächst nicht stimmte. Das wurde "
      "mittlerweile geklärt, die Überweisung erfolgt am Freitag."), "de", date(2026, 11, 20)),
])
def test_a_past_hold_that_is_sorted_now_leaves_the_promise(text, language, day):
    r = reading(text, language)
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == day
    assert not _needs_human(r)


@pytest.mark.parametrize(("text", "language"), [
    # not sorted: still a dispute
    ("The hours on the invoice did not match our timesheets. This has not been resolved yet.",
     "en"),
    # sorted on a condition, not now
    ("The amount is wrong. Once that is sorted we will pay.", "en"),
    ("Der Betrag stimmt nicht. Wenn das geklärt ist, zahlen wir.", "de"),
    # awaited, not done
    ("The samples were mislabelled. Until this is resolved, the invoice stays on hold.", "en"),
    ("Until the PO issue has been resolved, the invoice stays on hold.", "en"),
    # a new complaint after the settled one
    (("The PO issue has been resolved, but the invoice is still wrong: we were charged "
      "twice for the same test."), "en"),
])
def test_a_complaint_not_settled_now_is_still_a_dispute_or_no_promise(text, language):
    r = reading(text, language)
    assert r.intent != Intent.PROMISE, r.reason
    assert _needs_human(r)


# ---------------------------------------------------------- a part paid, the rest disputed
@pytest.mark.parametrize(("text", "language", "amount", "currency"), [
    (("We paid GBP 3,200.00 on Monday. The remaining GBP 450.00 is for a re-test we did not "
      "order, so we dispute that part."), "en", Decimal("3200.00"), "GBP"),
    (("We have transferred EUR 2,000.00 today. The rest of the invoice relates to a courier "
      "charge we do not accept."), "en", Decimal("2000.00"), "EUR"),
    (("Wir haben heute 1.200,00 EUR überwiesen. Den Restbetrag von 300,00 EUR bestreiten wir, "
      "die Nachprüfung war nicht vereinbart."), "de", Decimal("1200.00"), "EUR"),
])
def test_a_part_paid_with_the_rest_disputed_is_a_dispute_naming_the_paid_amount(
        text, language, amount, currency):
    r = reading(text, language)
    assert r.intent == Intent.DISPUTE, r.reason
    assert r.money is not None
    assert (r.money.amount, r.money.currency) == (amount, currency)
    assert _needs_human(r)


@pytest.mark.parametrize(("text", "language"), [
    # the rest held back in the paid part's own sentence, until a complaint is settled
    (("Wir haben die Hälfte schon überwiesen, den Rest zahlen wir, sobald die Reklamation "
     "geklärt ist."), "de"),
    ("We paid half last week, the rest waits until the damaged samples are replaced.", "en"),
])
def test_a_rest_held_back_in_the_same_sentence_is_not_a_settled_dispute(text, language):
    r = reading(text, language)
    assert r.intent != Intent.DISPUTE or r.money is None, r.reason
    assert _needs_human(r)


def test_a_part_paid_with_the_rest_promised_is_still_a_promise():
    r = reading("We paid GBP 1,000.00 yesterday; the remaining balance will be paid on 27 "
                "November.", "en")
    assert r.intent == Intent.PROMISE, r.reason


# ------------------------------------------------------ a payment approved for a day
@pytest.mark.parametrize(("text", "day", "soft"), [
    (("Thanks for the bank details. Our director has approved payment of the invoice on 27 "
      "November, provided we receive the signed certificate first."), date(2026, 11, 27), True),
    ("Good news: finance has authorised the transfer for Friday 20 November.",
     date(2026, 11, 20), False),
    ("Our CFO signed off payment of the balance for 30 November.", date(2026, 11, 30), False),
])
def test_a_payment_approved_for_a_day_is_a_promise(text, day, soft):
    r = reading(text, "en")
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == day
    assert _needs_human(r) == soft


@pytest.mark.parametrize("text", [
    "Thank you for the bank details, noted.",
    "Many thanks for sending your banking details.",
])
def test_thanks_for_the_bank_details_asks_for_nothing(text):
    assert reading(text, "en").intent != Intent.PAYMENT_DETAILS


def test_a_payment_not_approved_is_no_promise():
    r = reading("Our finance manager has not approved payment for 27 November.", "en")
    assert r.intent != Intent.PROMISE, r.reason


# --------------------------------------------------- a German paid claim, the verb at the end
@pytest.mark.parametrize(("text", "amount"), [
    ("die Rechnung haben wir am 13.11.2026 in voller Höhe (2.450,00 EUR) überwiesen.",
     Decimal("2450.00")),
    ("Den Betrag hat unsere Buchhaltung letzte Woche per SEPA mit 980,50 EUR beglichen.",
     Decimal("980.50")),
    (("Die Zahlung über 3.100,00 EUR haben wir am Freitag, den 13.11., an Ihre Sparkasse "
     "angewiesen."), Decimal("3100.00")),
])
def test_a_german_paid_claim_with_the_verb_at_the_end_names_its_amount(text, amount):
    r = reading(text, "de")
    assert r.intent == Intent.PAID_CLAIM, r.reason
    assert r.money is not None
    assert r.money.amount == amount


@pytest.mark.parametrize("text", [
    "Die Rechnung haben wir erhalten und werden sie am 30.11.2026 vollständig überwiesen haben.",
    "Die Rechnung haben wir leider bis heute noch nicht in voller Höhe überwiesen.",
])
def test_a_german_future_or_negated_payment_is_no_paid_claim(text):
    assert reading(text, "de").intent != Intent.PAID_CLAIM


# ---------------------------------------------- a German refusal of the invoice as it stands
@pytest.mark.parametrize("text", [
    "die Rechnung werden wir so nicht begleichen. Der Prüfbericht ist fehlerhaft.",
    "Diese Rechnung werden wir in dieser Form nicht bezahlen.",
    "Diese Rechnung akzeptieren wir so nicht.",
    "Wir bitten um Stornierung der Rechnung, das Ergebnis wurde nachweislich falsch ermittelt.",
    "Bitte stornieren Sie die Rechnung, der Auftrag wurde nie erteilt.",
])
def test_a_german_refusal_or_a_cancellation_request_is_a_dispute(text):
    r = reading(text, "de")
    assert r.intent == Intent.DISPUTE, r.reason


def test_a_german_promise_is_not_read_as_a_refusal():
    r = reading("Die Rechnung werden wir so bald wie möglich, spätestens am 27.11., begleichen.",
                "de")
    assert r.intent == Intent.PROMISE, r.reason


# ------------------------------------------------- a relayed German promise ("dass ... werden")
@pytest.mark.parametrize(("text", "day"), [
    (("Unser Geschäftsführer hat mir gerade gesagt, dass die beiden Rechnungen bis Ende des "
      "Monats überwiesen werden."), date(2026, 11, 30)),
    ("Ich habe eben mit der Chefin gesprochen: die Rechnung wird bis zum 27.11. beglichen.",
     date(2026, 11, 27)),
    ("Laut unserer Kasse soll der Betrag am Freitag angewiesen werden.", date(2026, 11, 20)),
])
def test_a_relayed_german_promise_is_a_promise(text, day):
    r = reading(text, "de")
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == day


@pytest.mark.parametrize("text", [
    "Die Rechnungen müssen noch überwiesen werden, wann ist noch offen.",
    "Mir wurde gesagt, dass die Rechnung nicht vor Januar überwiesen werden kann.",
])
def test_a_german_need_or_a_denial_is_no_promise(text):
    r = reading(text, "de")
    assert not (r.intent == Intent.PROMISE and not _needs_human(r)), r.reason


# ----------------------------------------- an internal forward at the client, us only in Cc
CTX = Context(bot_address="ar@labor.test", known_invoice_numbers=("RE-2026-0815",),
              known_message_ids=frozenset({"<mb.1@ar.labor.test>"}),
              known_contacts=frozenset({"rechnungen@kunde-gmbh.test"}))

QUOTE = ("\n\n-----Ursprüngliche Nachricht-----\nVon: Labor Buchhaltung <ar@labor.test>\n"
         "Gesendet: Montag, 16. November 2026 08:00\nAn: rechnungen@kunde-gmbh.test\n"
         "Betreff: Zahlungserinnerung: Rechnung RE-2026-0815\n\nSehr geehrte Damen und Herren,"
         "\n\nnach unserer Buchhaltung ist die Rechnung RE-2026-0815 über 1.000,00 EUR noch "
         "offen.\nSollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses "
         "Schreiben bitte als gegenstandslos.\n")


def mail(sender: str, to: str, cc: str, subject: str, body: str) -> bytes:
    return (f"From: {sender}\r\nTo: {to}\r\nCc: {cc}\r\nSubject: {subject}\r\n"
            "Date: Mon, 16 Nov 2026 10:00:00 +0100\r\nMessage-ID: <x1@kunde-gmbh.test>\r\n"
            "In-Reply-To: <mb.1@ar.labor.test>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + QUOTE).encode()


@pytest.mark.parametrize(("to", "subject", "body"), [
    ("Jana Roth <j.roth@kunde-gmbh.test>", "WG: Zahlungserinnerung: Rechnung RE-2026-0815",
     "Hallo Jana,\n\nkannst du dir das bitte anschauen und mir Bescheid geben?\n\nDanke, Tom"),
    ("einkauf@kunde-gmbh.test", "Fwd: Zahlungserinnerung: Rechnung RE-2026-0815",
     "Hi team,\n\ncould one of you check this with the lab and approve it?\n\nThanks\nTom"),
])
def test_an_internal_forward_with_us_in_cc_needs_nobody(to, subject, body):
    c = classify(parse_message(mail("Tom <rechnungen@kunde-gmbh.test>", to, "ar@labor.test",
                                    subject, body)), CTX)
    assert c.kind == Kind.CLIENT_REPLY
    assert c.intent == Intent.OTHER
    assert not c.needs_human, c.reason


@pytest.mark.parametrize(("sender", "to", "cc", "body"), [
    # written to us, a colleague in Cc: for a person
    ("Tom <rechnungen@kunde-gmbh.test>", "ar@labor.test", "j.roth@kunde-gmbh.test",
     "Hallo,\n\nkönnen Sie uns das bitte erklären?\n\nTom"),
    # two people at a public mail provider are no colleagues
    ("Tom <tom.k@gmail.com>", "jana.r@gmail.com", "ar@labor.test",
     "Hallo Jana,\n\nkannst du dir das bitte anschauen?\n\nTom"),
])
def test_mail_written_to_us_or_between_strangers_still_goes_to_a_person(sender, to, cc, body):
    c = classify(parse_message(mail(sender, to, cc, "AW: Zahlungserinnerung", body)), CTX)
    assert c.needs_human, c.reason


@pytest.mark.parametrize("body", [
    "Hallo Jana,\n\nwie ist da der Stand mit der Zahlung?\n\nTom",
    "Hi Jana,\n\ndidn't we pay this one in November already?\n\nTom",
])
def test_an_internal_forward_about_paying_still_goes_to_a_person(body):
    c = classify(parse_message(mail(
        "Tom <rechnungen@kunde-gmbh.test>", "j.roth@kunde-gmbh.test", "ar@labor.test",
        "WG: Zahlungserinnerung", body)), CTX)
    assert c.needs_human, c.reason


def test_an_internal_forward_that_says_it_is_paid_still_goes_to_a_person():
    c = classify(parse_message(mail(
        "Tom <rechnungen@kunde-gmbh.test>", "j.roth@kunde-gmbh.test", "ar@labor.test",
        "WG: Zahlungserinnerung", "Hallo Jana,\n\ndie haben wir doch schon gestern bezahlt, "
        "oder?\n\nTom")), CTX)
    assert c.needs_human, c.reason


def test_mail_among_strangers_that_answers_nothing_of_ours_still_goes_to_a_person():
    raw = ("From: Ann <ann@firma.test>\r\nTo: bob@firma.test\r\nCc: ar@labor.test\r\n"
           "Subject: Rechnung\r\nDate: Mon, 16 Nov 2026 10:00:00 +0100\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\nBob, kannst du das prüfen?\r\n")
    c = classify(parse_message(raw.encode()), CTX)
    assert c.needs_human, c.reason

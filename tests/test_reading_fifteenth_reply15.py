"""Client replies and a challenge of the fifteenth blind round's kinds of miss, written
anew: a German sender-verification note whose filter "vorläufig" held the mail and asks
for a reply or a blank mail to an address of its own (that address is the way to
confirm); phone-typed paid claims without a subject ("ist gestern raus", "paid all three
yday"); a French "not received" on another desk; a part paid with the rest withheld
for a reason (a dispute, the paid part's day read past the amount's thousands comma);
a bank's request for the BIC, the bank's address and the account holder; an Indonesian
promise with "kita"; a German promise to "die Zahlung ausführen", also as a request's
"dann würde ich ..." (a promise on a condition, its day for a person to confirm)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from mailbot.domain.values import Intent
from mailbot.reading.classify import as_record, classify
from mailbot.reading.context import Context
from mailbot.reading.kinds.client_reply import read
from mailbot.reading.parse import parse_message

WEDNESDAY = date(2026, 12, 9)


def reading(text: str, language: str):
    return read(text, WEDNESDAY, language, datetime(2026, 12, 9, 10, tzinfo=UTC))


# --------------------------------------------------------------------------- challenge
BOT = "ar@acme.test"
OURS = "<20270301.0815.ab12cd.ar@acme.test>"
CTX = Context(bot_address=BOT, staff_domains=frozenset({"acme.test"}),
              known_message_ids=frozenset({OURS}), known_invoice_numbers=("AC-7781",))


def machine_note(sender: str, subject: str, body: str) -> dict[str, object]:
    msg = EmailMessage()
    msg["Return-Path"] = "<>"
    msg["From"] = sender
    msg["To"] = BOT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2027, 3, 1, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<cr-15@filter.example>"
    msg["Auto-Submitted"] = "auto-replied"
    msg["In-Reply-To"] = OURS
    msg.set_content(body)
    return as_record(classify(parse_message(msg.as_bytes()), CTX))


@pytest.mark.parametrize(("sender", "subject", "body", "address"), [
    ("Postwächter <noreply@postwaechter.example>", "Freigabe nötig: Ihre E-Mail",
     ("Hallo,\n\nIhre E-Mail an einkauf@praxis.example wurde vorläufig zurückgehalten.\n\n"
      "Bitte bestätigen Sie, dass Sie kein Massenversender sind: antworten Sie einfach auf "
      "diese Nachricht oder schicken Sie eine leere E-Mail an\n\n"
      "   freigabe-77aa@postwaechter.example\n\nOhne Bestätigung wird sie in 5 Tagen "
      "verworfen.\n"), "freigabe-77aa@postwaechter.example"),
    ("InboxGate <noreply@inboxgate.example>", "Action needed: your message is waiting",
     ("Hello,\n\nYour message to ap@shop.example was temporarily held by our filter.\n"
      "To confirm you are a real sender, reply to this message or send a blank email to:\n\n"
      "  ok-5c1d@inboxgate.example\n\nUnconfirmed messages are deleted after 7 days.\n"),
     "ok-5c1d@inboxgate.example"),
])
def test_a_challenge_that_names_an_address_to_answer_is_a_challenge_with_it(
        sender: str, subject: str, body: str, address: str) -> None:
    r = machine_note(sender, subject, body)
    assert r["kind"] == "challenge", r["reason"]
    assert r["challenge"] == f"mailto:{address}"
    assert r["original_message_id"] == OURS


# ------------------------------------------------------------------ phone-typed paid claims
@pytest.mark.parametrize(("text", "language", "day"), [
    ("Ist gestern raus.\nGruß K.", "de", date(2026, 12, 8)),
    ("ist heute früh raus", "de", date(2026, 12, 9)),
    ("paid all three yday\n\nSent from my phone", "en", date(2026, 12, 8)),
    ("settled both yesterday", "en", date(2026, 12, 8)),
])
def test_a_phone_typed_paid_claim_without_subject_is_a_paid_claim_with_its_day(
        text, language, day):
    r = reading(text, language)
    assert r.intent == Intent.PAID_CLAIM, r.reason
    assert r.paid_on == day


@pytest.mark.parametrize(("text", "language"), [
    ("Ist noch nicht raus, sorry.", "de"),
    ("Ist die Überweisung schon raus?", "de"),
])
def test_not_out_yet_or_asked_is_no_paid_claim(text, language):
    assert reading(text, language).intent != Intent.PAID_CLAIM


def test_the_day_paid_is_read_past_an_amounts_thousands_comma():
    r = reading("We sent GBP 3,400.00 on 4 December by bank transfer.", "en")
    assert r.intent == Intent.PAID_CLAIM, r.reason
    assert r.paid_on == date(2026, 12, 4)


# ------------------------------------------------------------------ French: not received
@pytest.mark.parametrize("text", [
    "Bonjour, je n'ai toujours pas reçu votre facture. Merci de me la renvoyer.",
    "Nous n'avons pas reçu la facture n° 4471, pourriez-vous nous l'envoyer à nouveau ?",
])
def test_a_french_not_received_is_not_received(text):
    assert reading(text, "fr").intent == Intent.NOT_RECEIVED, reading(text, "fr").reason


# --------------------------------------------------- a part paid, the rest withheld: dispute
@pytest.mark.parametrize(("text", "language", "day"), [
    (("Wir haben gestern 1.500,00 € überwiesen. Die restlichen 400,00 € behalten wir "
      "aufgrund der verspäteten Lieferung ein."), "de", date(2026, 12, 8)),
    (("We've paid GBP 1,200.00 today. The balance of GBP 300.00 is being withheld because "
      "of the missing pallets."), "en", date(2026, 12, 9)),
    (("We transferred EUR 4,100.00 on 7 December. The remaining EUR 900.00 we withhold as "
      "a penalty for the late delivery."), "en", date(2026, 12, 7)),
])
def test_a_part_paid_and_the_rest_withheld_for_a_reason_is_a_dispute(text, language, day):
    r = reading(text, language)
    assert r.intent == Intent.DISPUTE, r.reason
    assert r.paid_on == day


def test_a_colour_deviation_in_a_compound_is_a_complaint():
    r = reading("Bei der Lieferung gibt es eine deutliche Farbabweichung, bitte um Klärung.",
                "de")
    assert r.intent == Intent.DISPUTE, r.reason


# ------------------------------------------------------------ payment details from a bank
@pytest.mark.parametrize("text", [
    "Our bank requires the SWIFT code and the address of your bank before we can pay.",
    "We want to pay today but our bank needs the BIC. Please also confirm the account holder name.",
])
def test_a_bank_asking_for_the_payees_details_is_a_payment_details_request(text):
    assert reading(text, "en").intent == Intent.PAYMENT_DETAILS, reading(text, "en").reason


# ------------------------------------------------------------------------------- promises
@pytest.mark.parametrize(("text", "language", "day", "sure"), [
    ("Pembayaran kita lakukan hari Jumat.", "id", date(2026, 12, 11), True),
    ("Kalau dokumennya lengkap, pembayaran kita proses tanggal 15 Desember.", "id",
     date(2026, 12, 15), False),
    ("Wir werden die Zahlung am 15.12. ausführen.", "de", date(2026, 12, 15), True),
    (("Bitte um kurze Freigabe, dann würde ich die Überweisung am Donnerstag, 10.12., "
      "ausführen."), "de", date(2026, 12, 10), False),
])
def test_a_promise_in_these_words_is_a_promise_with_its_day(text, language, day, sure):
    r = reading(text, language)
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == day
    assert (r.confidence >= 0.7) == sure, r.reason


# ---------------- a colleague asked to approve, the writer's own dated plan told to us in Cc
def forwarded_among_staff(body: str) -> bytes:
    return ("From: Buchhaltung <buchhaltung@kunde.test>\r\n"
            "To: Chefin <chefin@kunde.test>\r\nCc: ar@acme.test\r\n"
            "Subject: WG: Zahlungserinnerung Rechnung AC-7781\r\n"
            "Date: Wed, 09 Dec 2026 08:30:00 +0100\r\nMessage-ID: <w15@kunde.test>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode()


def test_a_dated_plan_awaiting_a_colleagues_approval_is_a_promise_a_person_confirms():
    c = classify(parse_message(forwarded_among_staff(
        "Hallo Frau Kern,\n\nbitte um Freigabe - dann würde ich die Überweisung am Montag, "
        "14.12., ausführen. Die Firma Acme lese ich in Cc mit.\n\nGruß\nT. Vogt\n")), CTX)
    assert c.intent == Intent.PROMISE, c.reason
    assert c.promised_date == date(2026, 12, 14)
    assert c.needs_human, c.reason


def test_a_colleague_asked_to_choose_between_ways_to_pay_is_still_their_deliberation():
    c = classify(parse_message(forwarded_among_staff(
        "Frau Kern, bitte um Entscheidung: Ratenzahlung anfragen oder am Freitag komplett "
        "überweisen?\n")), CTX)
    assert c.intent == Intent.OTHER, c.reason
    assert not c.needs_human, c.reason

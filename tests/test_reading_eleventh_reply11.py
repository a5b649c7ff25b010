"""Client replies: the kinds of weakness the eleventh blind set showed, each as a general
rule with examples written here (not the set's messages), in the languages the rule
concerns, with guards that it does not reach too far. Replies are dated Tuesday 1 December
2026 (tests/test_intents_data.py) unless a test says otherwise."""

from __future__ import annotations

from datetime import date

import pytest

from mailbot.domain.values import Intent
from mailbot.reading import dates
from mailbot.reading.classify import as_record
from tests.test_intents_data import reading, sure

I = Intent
TUESDAY = date(2026, 12, 1)


# -- "week commencing 14 Dec": a span, promised by that week's last working day ---------------

@pytest.mark.parametrize("text", [
    "We will settle it in the week commencing 14th December.",
    "The payment will go out week beginning 14 Dec.",
    "It will be paid the week starting 14/12.",
    "Wir überweisen in der Woche ab dem 14.12.",
    "Kami bayar pada minggu yang dimulai tanggal 14 Desember.",
    "Оплатим на неделе с 14 декабря.",
])
def test_week_commencing_a_day_is_promised_by_that_weeks_friday(text):
    assert sure(text) == (I.PROMISE, date(2026, 12, 18))


@pytest.mark.parametrize("text", [
    "We will pay on 14 December.",
    "Wir überweisen am 14.12.",
])
def test_a_plain_day_stays_that_day(text):
    assert sure(text) == (I.PROMISE, date(2026, 12, 14))


def test_the_week_of_a_day_is_a_span_for_the_date_reader():
    found = dates.find("week commencing 14 December", TUESDAY)
    assert [f.date for f in found] == [date(2026, 12, 18)]


# -- "no reminders until then": a pause until the promised day, not a stop -------------------

@pytest.mark.parametrize(("text", "when"), [
    ("We will pay on Friday. Please stop sending reminders until then.", date(2026, 12, 4)),
    ("Wir zahlen am Freitag. Bitte sehen Sie bis dahin von weiteren Mahnungen ab.",
     date(2026, 12, 4)),
    ("Die Zahlung erfolgt am Freitag, bis dahin bitte keine Mahnungen mehr.", date(2026, 12, 4)),
    ("Kami bayar hari Jumat, sampai saat itu mohon jangan kirim pengingat lagi.",
     date(2026, 12, 4)),
    ("Оплатим в пятницу, до тех пор прошу не присылать напоминания.", date(2026, 12, 4)),
])
def test_no_reminders_until_the_promised_day_is_a_promise(text, when):
    assert sure(text) == (I.PROMISE, when)


@pytest.mark.parametrize("text", [
    "Please stop sending reminders until then.",  # no promise: a stop still
    "We will pay on Friday. Please stop emailing me, I have told you before.",
    "Bitte sehen Sie von weiteren Mahnungen ab.",
])
def test_a_stop_without_a_promised_day_stays_a_stop(text):
    assert reading(text).intent == I.STOP


# -- "thanks for the credit note": an acknowledgement, not a complaint ------------------------

@pytest.mark.parametrize(("text", "when"), [
    ("Thanks for the credit note. The balance will be paid on Friday.", date(2026, 12, 4)),
    ("We have received your credit note; the rest will be paid on Friday.", date(2026, 12, 4)),
    ("Vielen Dank für die Gutschrift. Den Rest überweisen wir am Freitag.", date(2026, 12, 4)),
    ("Terima kasih atas nota kreditnya. Sisanya kami bayar hari Jumat.", date(2026, 12, 4)),
    ("Спасибо за корректировочный счёт-фактуру. Остаток оплатим в пятницу.", date(2026, 12, 4)),
])
def test_thanks_for_a_credit_note_is_no_dispute(text, when):
    r = reading(text)
    assert (r.intent, r.promised_date) == (I.PROMISE, when)
    assert I.DISPUTE not in r.scores


@pytest.mark.parametrize("text", [
    "Please issue a credit note for the missing cases; we will hold payment until then.",
    "Bitte schicken Sie uns eine Gutschrift über die fehlenden Paletten.",
    "Thank you, please send a credit note for the damaged goods.",
])
def test_asking_for_a_credit_note_is_still_a_dispute(text):
    assert reading(text).intent == I.DISPUTE


# -- German promises: "geht mit dem Zahllauf raus", "sage die Zahlung zu", "Zahlung machen wir"

@pytest.mark.parametrize(("text", "when"), [
    ("Die Rechnung ist freigegeben und geht mit dem nächsten Zahllauf am 10.12. raus.",
     date(2026, 12, 10)),
    ("Der Betrag geht mit unserem Zahllauf in KW 50 raus.", date(2026, 12, 11)),
    ("Ich sage Ihnen die Zahlung bis zum 10.12. zu.", date(2026, 12, 10)),
    ("Wir sagen Ihnen den Ausgleich der Rechnung binnen 10 Tagen zu.", date(2026, 12, 11)),
    ("Die Anzahlung machen wir am Donnerstag.", date(2026, 12, 3)),
    ("Die Überweisung tätigen wir Mitte nächster Woche.", date(2026, 12, 9)),
    ("Wir leisten die Zahlung am 10.12.", date(2026, 12, 10)),
])
def test_more_german_promises_are_read(text, when):
    assert sure(text) == (I.PROMISE, when)


@pytest.mark.parametrize("text", [
    "Eine Zahlung bis Freitag kann ich Ihnen nicht zusagen.",
    "Die Zahlung machen wir erst, wenn die Gutschrift da ist.",
])
def test_a_denied_or_conditional_german_promise_is_not_acted_on(text):
    assert sure(text)[0] != I.PROMISE


# -- Russian: colloquial "закину/скинем" of money, and a payment moved to a new day ------------

@pytest.mark.parametrize(("text", "when"), [
    ("Остаток закину до пятницы.", date(2026, 12, 4)),
    ("Деньги скинем в течение двух рабочих дней.", date(2026, 12, 3)),
    ("Переносим оплату на 10 декабря.", date(2026, 12, 10)),
    ("Оплату по счёту переносим на 10 декабря, это окончательно.", date(2026, 12, 10)),
    ("Мы перенесли платёж на 10 декабря.", date(2026, 12, 10)),
])
def test_more_russian_promises_are_read(text, when):
    assert sure(text) == (I.PROMISE, when)


@pytest.mark.parametrize("text", [
    "Скинем вам подписанный акт сверки завтра.",
    "Оплату перенести на 10 декабря не можем.",
])
def test_sending_a_document_or_a_denied_move_is_no_promise(text):
    assert sure(text)[0] != I.PROMISE


# -- English: "not in a position to pay it as it stands", "until that's resolved it is on hold"

@pytest.mark.parametrize("text", [
    "We are not in a position to pay this invoice as it stands; the goods arrived thawed.",
    "We're unable to pay the invoice as it stands.",
    "The pallets arrived warm. Until that is sorted out, the invoice is on hold.",
    "Until the credit is agreed, payment stays on hold.",
])
def test_an_invoice_held_as_it_stands_is_a_dispute(text):
    assert reading(text).intent == I.DISPUTE


@pytest.mark.parametrize("text", [
    "We will pay the invoice as it stands on Friday.",
    "I was on hold with your bank until noon.",
])
def test_paying_as_it_stands_or_a_phone_hold_is_no_dispute(text):
    assert reading(text).intent != I.DISPUTE


# -- English: the amount "in three goes", "in two parts", "at the end of each month" ----------

@pytest.mark.parametrize("text", [
    "Would you accept the amount in two parts?",
    "Would you accept £900 in three goes - roughly £300 at the end of each month?",
    "Could we clear it in three lots, one at the start of each month?",
])
def test_the_amount_in_goes_or_parts_is_a_plan_request(text):
    assert reading(text).intent == I.PLAN_REQUEST


def test_a_payment_made_in_two_parts_is_still_a_paid_claim():
    assert reading("We paid the invoice in two payments last week.").intent == I.PAID_CLAIM


# -- a part paid, the rest asked in instalments: a plan request (as a part paid with the rest
# promised is a promise) -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "We paid half last week. Could we pay the rest in three monthly instalments?",
    "Die Hälfte haben wir bereits überwiesen, für den Rest bitten wir um Ratenzahlung.",
    "Sebagian sudah kami transfer kemarin, sisanya mohon bisa dicicil 3 kali.",
    "Половину мы уже перечислили, остаток просим разрешить оплатить в рассрочку.",
])
def test_part_paid_and_the_rest_in_instalments_is_a_plan_request(text):
    r = reading(text)
    assert r.intent == I.PLAN_REQUEST, r.reason


def test_a_full_payment_beside_a_plan_request_still_goes_to_a_person_as_mixed():
    r = reading("We paid the invoice in full. Can we agree a payment plan for the next one?")
    assert r.intent == I.OTHER


# -- "ist freigegeben und wird nächste Woche angewiesen": approved, paid later (a promise) ----

@pytest.mark.parametrize(("text", "when"), [
    ("Die Rechnung ist freigegeben und wird am Freitag angewiesen.", date(2026, 12, 4)),
    ("Die Rechnung ist geprüft und wird nächste Woche überwiesen.", date(2026, 12, 11)),
    ("Der Betrag ist freigegeben und wird am 10.12. bezahlt.", date(2026, 12, 10)),
])
def test_approved_and_paid_later_is_a_promise(text, when):
    assert sure(text) == (I.PROMISE, when)


@pytest.mark.parametrize("text", [
    "Die Rechnung ist gestern überwiesen worden.",
    "Die Rechnung wurde am 20.11. bezahlt.",
])
def test_paid_in_the_past_stays_a_paid_claim(text):
    assert reading(text).intent == I.PAID_CLAIM


# -- a request for a delivery document (Lieferschein, surat jalan, накладная): a question for a
# person (not in English: the ninth set's tester reads "send us the delivery note" as other)

@pytest.mark.parametrize("text", [
    "Schicken Sie mir bitte noch den Lieferschein zur Lieferung vom 3.11.?",
    "Mohon kirimkan surat jalan untuk pengiriman tanggal 3 November.",
    "Пришлите, пожалуйста, товарную накладную за 3 ноября.",
])
def test_a_request_for_a_delivery_document_is_a_question(text):
    assert reading(text).intent == I.NOT_RECEIVED


def test_a_promise_beside_a_document_request_for_another_invoice_goes_to_a_person():
    r = reading("- RE-1 ist freigegeben und wird nächste Woche angewiesen.\n"
                "- Bei RE-2 schicken Sie mir bitte noch den Lieferschein? Den finde ich nicht.")
    assert r.intent != I.PROMISE or r.confidence < 0.7


def test_a_delivery_document_we_are_told_about_is_no_request():
    assert reading("The delivery note was signed by our warehouse.").intent != I.NOT_RECEIVED


# -- a paid claim beside a dispute: the claimed day is shown too (for staff; nothing acted on) --

@pytest.mark.parametrize(("text", "paid"), [
    (("1) INV-2026-001 went out yesterday, you should have it.\n"
     "2) INV-2026-002 charges 14 days but we booked 10 - please send a corrected invoice, we "
     "won't pay it as issued."),
     "2026-11-30"),
    (("Die erste Rechnung haben wir gestern überwiesen. Die zweite ist falsch berechnet, bitte "
     "schicken Sie eine korrigierte Rechnung."), "2026-11-30"),
])
def test_a_dispute_beside_a_paid_claim_shows_the_claimed_day(text, paid):
    from tests.test_replies import reply
    c = reply(text)
    assert c.intent == I.DISPUTE
    assert c.needs_human
    assert as_record(c)["payment_date"] == paid


@pytest.mark.parametrize("text", [
    "INV-2026-001 went yesterday, you should have it.",
    "The payment went out this morning, you should have it by now.",
])
def test_money_that_left_with_its_day_is_a_paid_claim_not_a_promise(text):
    assert reading(text).intent == I.PAID_CLAIM


def test_you_should_have_it_by_friday_is_still_a_promise():
    assert sure("You should have it by Friday.") == (I.PROMISE, date(2026, 12, 4))


# -- an absence note: "back the week commencing 8 March" is that week's first day -------------

@pytest.mark.parametrize("body", [
    "I am on leave until the week commencing 8 March.\nJane\n",
    "Ich bin bis zur Woche ab dem 8. März nicht im Büro.\nJana\n",
    "Ich bin im Urlaub und ab der Woche ab dem 8. März wieder im Büro.\nJana\n",
])
def test_back_in_the_week_commencing_a_day_is_that_day(body):
    from tests.test_auto_reply_unseen_notes import read as read_note
    c = read_note("Jane <jane@client.example>", "Automatic reply: Invoice", body,
                  {"Auto-Submitted": "auto-replied"})
    assert c.return_date == date(2027, 3, 8)

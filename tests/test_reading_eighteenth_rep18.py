"""Client replies of the eighteenth blind round's kinds of miss, written anew: a sum
offered per month is a request to pay in instalments; a corrected invoice asked for only
as the alternative to confirming the invoice is right is part of a question, not a
complaint."""

from __future__ import annotations

from datetime import UTC, date, datetime

from mailbot.domain.values import Intent
from mailbot.reading.kinds.client_reply import ACT_THRESHOLD, read

MONDAY = date(2027, 3, 1)


def reading(text: str, language: str, day: date = MONDAY):
    return read(text, day, language, datetime(day.year, day.month, day.day, 10, tzinfo=UTC))


# ------------------------------------------------------------ a sum per month offered (en/32)
def test_a_sum_offered_per_month_is_a_plan_request_with_that_sum() -> None:
    r = reading("Sales have been slow since the flood. We certainly mean to settle AC-7781 in "
                "full. Could you accept €250 a month starting in April, with the rest in the "
                "last month?", "en")
    assert r.intent == Intent.PLAN_REQUEST, r.reason
    assert r.money is not None
    assert (r.money.amount, r.money.currency) == (250, "EUR")


def test_paying_a_sum_every_month_until_cleared_is_a_plan_request() -> None:
    r = reading("Would you agree to us paying $300 per month until the balance is cleared?", "en")
    assert r.intent == Intent.PLAN_REQUEST, r.reason


def test_a_monthly_price_complained_about_is_no_plan_request() -> None:
    r = reading("You charged us £400 per month instead of the agreed £350.", "en")
    assert r.intent != Intent.PLAN_REQUEST, r.reason


def test_a_count_of_invoices_per_week_is_no_plan_request() -> None:
    r = reading("Our AP team releases 20 invoices a week; yours will be paid on Friday 5 March.",
                "en")
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == date(2027, 3, 5)


# ------------------------- a corrected invoice as the other answer of a question (de/30)
def test_a_corrected_invoice_asked_as_the_alternative_to_confirming_is_no_dispute() -> None:
    r = reading("Eine Rückfrage vor der Freigabe: Sind in den EUR 2.380,00 der Rechnung AC-7781 "
                "die Versandkosten enthalten? Können Sie das kurz bestätigen bzw. uns andernfalls "
                "eine korrigierte Rechnung zukommen lassen?", "de")
    assert r.intent != Intent.DISPUTE, r.reason


def test_confirm_or_send_a_corrected_invoice_in_english_is_no_dispute() -> None:
    r = reading("Before we approve it: does the £1,200 on AC-7781 include VAT? Could you "
                "confirm, or send us a corrected invoice?", "en")
    assert r.intent != Intent.DISPUTE, r.reason


def test_a_plain_request_for_a_corrected_invoice_stays_a_dispute() -> None:
    assert reading("Können Sie uns bitte eine korrigierte Rechnung senden?",
                   "de").intent == Intent.DISPUTE
    assert reading("Could you send us a corrected invoice please?", "en").intent == Intent.DISPUTE


def test_a_complaint_before_the_question_stays_a_dispute() -> None:
    r = reading("Der Betrag ist zu hoch. Können Sie das bestätigen oder eine korrigierte "
                "Rechnung senden?", "de")
    assert r.intent == Intent.DISPUTE, r.reason


def test_a_confirmation_or_a_corrected_invoice_asked_without_a_question_stays_a_dispute() -> None:
    r = reading("Bitte bestätigen Sie den Eingang oder senden Sie eine korrigierte Rechnung.", "de")
    assert r.intent == Intent.DISPUTE, r.reason


# ------------------------------------------------- a day only estimated (ru/36)
def test_a_promise_by_an_estimated_day_is_read_but_a_person_confirms_it() -> None:
    r = reading("Счёт AC-7781 оплатим, как только придут деньги по госконтракту, ориентировочно "
                "к 18 марта.", "ru")
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == date(2027, 3, 18)
    assert r.confidence < ACT_THRESHOLD, r.reason


def test_an_estimated_day_in_german_and_english_is_confirmed_by_a_person() -> None:
    for text, language in (("Die Rechnung überweisen wir voraussichtlich am 12. März.", "de"),
                           ("We will pay AC-7781 on 12 March, tentatively.", "en")):
        r = reading(text, language)
        assert r.intent == Intent.PROMISE, r.reason
        assert r.promised_date == date(2027, 3, 12), r.reason
        assert r.confidence < ACT_THRESHOLD, r.reason


def test_a_firm_promise_by_a_day_still_acts() -> None:
    r = reading("Счёт AC-7781 оплатим 18 марта.", "ru")
    assert r.intent == Intent.PROMISE
    assert r.promised_date == date(2027, 3, 18)
    assert r.confidence >= ACT_THRESHOLD


# ----------------------------------------- gone by a way of paying, on a day (en/28, ru/27)
WEDNESDAY = date(2027, 3, 3)


def test_money_gone_by_bacs_yesterday_is_a_paid_claim_of_yesterday() -> None:
    r = reading("Morning - that one went via BACS yesterday, should land tomorrow.", "en",
                WEDNESDAY)
    assert r.intent == Intent.PAID_CLAIM, r.reason
    assert r.paid_on == date(2027, 3, 2)


def test_a_paid_claim_on_a_weekday_is_the_last_such_day() -> None:
    r = reading("We paid AC-7781 on Monday by bank transfer.", "en", WEDNESDAY)
    assert r.intent == Intent.PAID_CLAIM
    assert r.paid_on == date(2027, 3, 1)


def test_a_bare_day_and_month_right_after_the_paid_words_is_the_day_paid() -> None:
    r = reading("Оплатили 26.02, платёжное поручение № 552 во вложении.", "ru", WEDNESDAY)
    assert r.intent == Intent.PAID_CLAIM
    assert r.paid_on == date(2027, 2, 26)


def test_a_share_after_the_paid_words_is_no_day() -> None:
    r = reading("Оплатили 1.5 млн из трёх.", "ru", WEDNESDAY)
    assert r.paid_on is None


def test_an_invoice_gone_by_post_is_no_paid_claim() -> None:
    r = reading("The invoice went by post to our old address.", "en", WEDNESDAY)
    assert r.intent != Intent.PAID_CLAIM, r.reason


# ------------------------------------------ a phone-typed weekday after "will sort it" (en/36)
def test_will_sort_it_with_a_short_weekday_is_a_promise_of_that_day() -> None:
    r = reading("soz manic week. will sort it thurs", "en")
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == date(2027, 3, 4), r.reason


def test_will_sort_it_without_a_day_promises_no_day() -> None:
    r = reading("will sort it, the sat nav broke", "en")
    assert r.promised_date is None


# --------------------------------------------------- wire details asked for (id/35)
def test_a_bank_needing_the_wire_details_is_a_clear_request_for_payment_details() -> None:
    r = reading("Glad to pay AC-7790 next week, but our bank in Singapore requires the complete "
                "EUR wire details (SWIFT, account number, bank address). Can you send them?", "en")
    assert r.intent == Intent.PAYMENT_DETAILS, r.reason
    assert r.confidence >= 0.8, r.reason


def test_wire_details_named_in_a_failed_payment_are_no_request() -> None:
    r = reading("The wire details you sent bounced back from our bank, the payment failed.", "en")
    assert r.intent != Intent.PAYMENT_DETAILS, r.reason

"""Client replies of the twentieth blind round's kinds of miss, written anew: the day the
money is sent, said with its amount ("the transfer of £3,480.00 goes out on Thursday"),
is the day promised, not the day it should reach us; a payment said NOT to go out on a
day ("die Zahlung geht doch nicht morgen raus") promises nothing for that day."""

from __future__ import annotations

from datetime import UTC, date, datetime

from mailbot.domain.values import Intent
from mailbot.reading.kinds.client_reply import ACT_THRESHOLD, read

MONDAY = date(2027, 3, 1)


def reading(text: str, language: str, day: date = MONDAY):
    return read(text, day, language, datetime(day.year, day.month, day.day, 10, tzinfo=UTC))


# ------------------------------------- the day sent, with its amount, before the day seen (en/15)
def test_the_day_a_transfer_with_its_amount_goes_out_is_the_day_promised() -> None:
    r = reading("Apologies for the delay. The transfer of £3,480.00 goes out on Thursday, so "
                "it should reach you on Friday.", "en")
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == date(2027, 3, 4)


def test_the_day_a_payment_for_a_sum_goes_out_tomorrow_is_tomorrow() -> None:
    r = reading("Our payment for EUR 910.50 goes out tomorrow, you should see it on your side "
                "by Thursday.", "en")
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == date(2027, 3, 2)


def test_only_the_day_it_should_be_seen_is_still_that_day() -> None:
    r = reading("You should see it on your side on Thursday.", "en")
    assert r.promised_date in (None, date(2027, 3, 4)), r.reason


# ------------------------------------- a payment said not to go out (de/23)
def test_a_transfer_that_does_not_go_out_this_week_promises_the_later_day() -> None:
    r = reading("Kleine Korrektur: Die Zahlung geht doch nicht morgen raus, unser Kassenwart "
                "ist diese Woche krank. Wir überweisen am Dienstag, den 9.3.", "de")
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == date(2027, 3, 9)


def test_a_transfer_that_does_not_go_out_is_no_promise_by_itself() -> None:
    r = reading("Die Überweisung geht leider nicht morgen raus.", "de")
    assert not (r.intent == Intent.PROMISE and r.confidence >= ACT_THRESHOLD), r.reason


def test_a_transfer_that_goes_out_tomorrow_stands() -> None:
    r = reading("Die Überweisung geht morgen früh raus.", "de")
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == date(2027, 3, 2)


# ------------------------------------- "take this address off your list" (en/18)
def test_taking_this_address_off_a_reminder_list_is_a_stop() -> None:
    r = reading("Kindly remove this e-mail address from your automatic chaser list. Our head "
                "office pays all suppliers on the 15th of each month.", "en")
    assert r.intent == Intent.STOP, r.reason


def test_taking_the_address_off_the_mailing_list_is_a_stop() -> None:
    r = reading("Please take the address off your mailing list, thank you.", "en")
    assert r.intent == Intent.STOP, r.reason


def test_taking_an_address_off_an_invoice_is_no_stop() -> None:
    r = reading("Please take the old address off the invoice and reissue it to our new "
                "office.", "en")
    assert r.intent != Intent.STOP, r.reason


# ------------------------------------- the rest held back until a fault is fixed (id/16)
def test_the_rest_held_back_until_repaired_is_a_dispute_in_indonesian() -> None:
    r = reading("Kami belum bisa melunasi invoice INV-5521 karena mesin pendingin sering mati. "
                "Setengahnya kami bayar dulu, sedangkan sisa Rp 12.400.000 kami tahan sampai "
                "mesin diganti.", "id")
    assert r.intent == Intent.DISPUTE, r.reason


def test_the_rest_paid_on_a_day_is_no_dispute_in_indonesian() -> None:
    r = reading("Setengahnya sudah kami transfer, sisanya kami bayar tanggal 10 Maret.", "id")
    assert r.intent != Intent.DISPUTE, r.reason

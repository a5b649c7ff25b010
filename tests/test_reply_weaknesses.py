"""The kinds of weakness the sixth blind set showed in reading replies, each as a general
rule with examples written here (not the set's messages): a latest day named with its
weekday, a promise verb denied anywhere in its stretch of the sentence, phrasings of
promises, withheld payments, plan requests, stops, bank-detail requests and paid claims the
tables did not list, and a part paid with the rest promised. Replies are dated Tuesday
1 December 2026 (tests/test_intents_data.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from mailbot.domain.values import Intent
from mailbot.reading.kinds.client_reply import _sentences, read
from tests.test_intents_data import reading, sure

I = Intent
THURSDAY = datetime(2026, 11, 26, 9, tzinfo=UTC)


# -- the latest day, named with its weekday ------------------------------------------------

@pytest.mark.parametrize(("text", "when"), [
    ("Wir überweisen Anfang nächster Woche, spätestens am Mittwoch, den 9.12.",
     date(2026, 12, 9)),
    ("We'll pay early next week - no later than Wednesday the 9th.", date(2026, 12, 9)),
    ("Kami bayar awal minggu depan, paling lambat hari Rabu tanggal 9 Desember.",
     date(2026, 12, 9)),
    ("Оплатим в начале следующей недели, не позднее среды, 9 декабря.", date(2026, 12, 9)),
])
def test_a_latest_day_named_with_its_weekday_wins_over_the_vague_start(text, when):
    assert sure(text) == (I.PROMISE, when)


@pytest.mark.parametrize(("text", "when"), [
    # written on a Thursday: "Wednesday" of next week is the next Wednesday
    ("Wir zahlen nächste Woche, spätestens Mittwoch.", date(2026, 12, 2)),
    ("Wir zahlen Anfang nächster Woche, spätestens Mittwoch.", date(2026, 12, 2)),
])
def test_a_weekday_said_with_next_week_lies_in_that_week(text, when):
    r = read(text, THURSDAY.date(), None, THURSDAY)
    assert (r.intent, r.promised_date) == (I.PROMISE, when)


# -- a promise verb with a negation anywhere in its stretch --------------------------------

@pytest.mark.parametrize("text", [
    "That the money is with you before the 15th, I am not going to promise.",
    "Dass wir bis zum 15.12. überweisen, kann ich Ihnen leider nicht versprechen.",
    "Что оплатим до 15 декабря, гарантировать, увы, не можем.",
    "Обещать, что перечислим всё до пятницы, я не стану.",
    "Bayar sebelum tanggal 15, itu belum bisa kami janjikan.",
])
def test_a_promise_verb_denied_anywhere_in_its_stretch_is_no_promise(text):
    assert sure(text)[0] != I.PROMISE, reading(text).reason


@pytest.mark.parametrize(("text", "when"), [
    ("I promise the transfer goes out on the 15th.", date(2026, 12, 15)),
    ("Ich verspreche Ihnen, wir überweisen am 15.12.", date(2026, 12, 15)),
    ("Обещаю, что оплатим 15 декабря, не позднее.", date(2026, 12, 15)),
    ("Saya janji akan transfer tanggal 15 Desember.", date(2026, 12, 15)),
    # the denial is in another stretch, after a "but"
    ("We cannot promise Friday, but we will pay on the 15th.", date(2026, 12, 15)),
])
def test_a_promise_verb_without_a_negation_still_promises(text, when):
    assert sure(text) == (I.PROMISE, when)


# -- promises worded as the tables did not list --------------------------------------------

@pytest.mark.parametrize(("text", "when"), [
    ("We'll get invoice 5512 settled on the 11th, our director signs on Thursday.",
     date(2026, 12, 11)),
    ("Not this week, sorry. It'll be the 18th, that much I know.", date(2026, 12, 18)),
    ("Our supplier payment run falls on the 14th of December.", date(2026, 12, 14)),
    ("Diese Woche klappt es nicht, unser Zahllauf ist erst am 14.12. Dann geht das Geld raus.",
     date(2026, 12, 14)),
])
def test_promises_in_new_words_are_read(text, when):
    assert sure(text) == (I.PROMISE, when), reading(text).reason


def test_a_number_of_days_is_no_promised_day():
    assert sure("It will be 30 days overdue next week, I know.")[0] != I.PROMISE


# -- payment withheld until something is put right: a dispute ------------------------------

@pytest.mark.parametrize("text", [
    "Payment is on hold until you send the signed delivery notes.",
    "We will not be paying the 15th as planned, pending a credit for the broken pallets.",
    "Wir halten die Zahlung zurück, bis die Mängel behoben sind.",
    "Solange die fehlenden Kartons nicht nachgeliefert sind, bezahlen wir nicht.",
    "Die Stühle kamen in der falschen Größe.",
    "Оплату приостановили до получения исправленных актов.",
    "Платить не будем, пока не заменят бракованную партию.",
    "Pembayaran tidak akan kami proses minggu ini karena unit belum lolos uji QC.",
    "Mohon maaf, pembayarannya kami tahan sampai teknisi datang.",
])
def test_a_payment_withheld_for_a_reason_is_a_dispute(text):
    r = reading(text)
    assert r.intent == I.DISPUTE, r.reason


# -- plan requests, stops, bank details, paid claims ---------------------------------------

@pytest.mark.parametrize(("text", "intent"), [
    ("Можно ли закрыть долг двумя траншами, в декабре и в январе?", I.PLAN_REQUEST),
    ("Bisa tidak tagihan ini dibayar dalam tiga termin?", I.PLAN_REQUEST),
    # a numbered instalment of a plan that runs already is a report, not a request
    ("Cicilan ke-2 sudah kami transfer kemarin sore.", I.PAID_CLAIM),
    ("Mohon nomor email saya jangan dimasukkan lagi ke daftar penagihan.", I.STOP),
    ("Tolong keluarkan saya dari daftar pengiriman tagihan ini.", I.STOP),
    ("Schicken Sie uns bitte die IBAN noch einmal zu, die alte Mail finde ich nicht.",
     I.PAYMENT_DETAILS),
    ("Paid last Friday; our remittance advice should already be with you.", I.PAID_CLAIM),
    ("I have transferred $2,300 this morning.", I.PAID_CLAIM),
])
def test_new_phrasings_of_the_other_intents(text, intent):
    r = reading(text)
    assert r.intent == intent, r.reason


def test_not_received_still_asks_for_the_invoice_again():
    assert reading("Bitte schicken Sie uns die Rechnung noch einmal, sie ist nicht "
                   "angekommen.").intent == I.NOT_RECEIVED


# -- a part paid, the rest promised ---------------------------------------------------------

@pytest.mark.parametrize(("text", "when"), [
    ("We transferred GBP 700.00 today and the remaining GBP 450.00 will follow on the 16th.",
     date(2026, 12, 16)),
    ("Сегодня перечислили 50 000 руб. по счёту, остаток 30 000 руб. оплатим до 16.12.2026.",
     date(2026, 12, 16)),
    (("Hari ini sudah kami transfer sebagian. Kekurangannya Rp 4.000.000 kami lunasi paling "
     "lambat 16 Desember 2026."), date(2026, 12, 16)),
])
def test_the_rest_is_promised_on_its_own_day_not_the_day_of_the_part(text, when):
    r = reading(text)
    assert (r.intent, r.promised_date) == (I.PROMISE, when), r.reason


def test_an_amount_with_an_abbreviated_currency_does_not_end_the_sentence():
    assert _sentences("Вчера оплатили 20 000 руб. по счёту 17, остальное позже.") == [
        "Вчера оплатили 20 000 руб. по счёту 17, остальное позже."]
    assert len(_sentences("Wir haben 200 EUR. Der Rest folgt.")) == 2

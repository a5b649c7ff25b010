"""Client replies: the kinds of weakness the twelfth blind set showed, each as a general
rule with examples written here (not the set's messages), in the languages the rule
concerns, with guards that it does not reach too far. Replies are dated Tuesday 1 December
2026 (tests/test_intents_data.py) unless a test says otherwise."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from mailbot.domain.values import Intent
from mailbot.reading.classify import classify
from mailbot.reading.kinds.client_reply import read
from mailbot.reading.parse import parse_message
from tests.test_intents_data import CTX, mail, reading, sure

I = Intent


def read_on(text: str, day: date):
    return read(text, day, None, datetime(day.year, day.month, day.day, 10, tzinfo=UTC))


# -- "Обещали оплатить до 1-го, но не получится": the writer's own earlier promise, said
# without "мы" (Russian drops the pronoun), is no new promise ---------------------------------

@pytest.mark.parametrize("text", [
    "Обещали оплатить до 30 ноября, но не выйдет: счёт арестован.",
    "Обещали перечислить в пятницу, но банк заблокировал операции.",
    "Извините, обещали оплатить к 1 декабря, но не получится.",
    "Ранее обещали оплатить до 1 декабря, но деньги не поступили.",
])
def test_a_russian_earlier_promise_without_a_pronoun_is_no_promise(text):
    assert reading(text).intent != I.PROMISE, reading(text).reason


@pytest.mark.parametrize(("text", "when"), [
    ("Бухгалтерия обещала оплатить в пятницу.", date(2026, 12, 4)),  # someone else's, relayed
    ("Как обещали, оплатим в пятницу.", date(2026, 12, 4)),  # "as promised": a new one
])
def test_a_relayed_or_kept_russian_promise_stays_a_promise(text, when):
    assert sure(text) == (I.PROMISE, when)


# -- "как только разблокируют, сразу оплатим": a condition in the clause before the promise's
# makes it conditional; without a day it is no promise --------------------------------------

@pytest.mark.parametrize("text", [
    "Сроков пока нет, как только разблокируют счёт, сразу оплатим.",
    "Сроки пока назвать не можем, как только банк снимет ограничения, оплатим.",
    "We have no date yet; as soon as the account is unblocked, we will pay.",
    "Einen Termin haben wir nicht, sobald das Konto frei ist, zahlen wir.",
    "Belum ada tanggal, kalau rekening sudah dibuka, kami bayar.",
])
def test_a_promise_after_a_condition_without_a_day_is_no_promise(text):
    assert reading(text).intent != I.PROMISE, reading(text).reason


# -- "within 10 days": a span, promised by its last working day (a span ending on a
# weekend ends on the Friday before) --------------------------------------------------------

WEDNESDAY = date(2026, 11, 25)  # + 10 days is Saturday 5 December


@pytest.mark.parametrize("text", [
    "Оплатим в течение 10 дней.",
    "We will pay within 10 days.",
    "Wir zahlen innerhalb von 10 Tagen.",
    "Die Zahlung erfolgt binnen 10 Tagen.",
    "Kami bayar dalam waktu 10 hari.",
])
def test_within_days_ending_on_a_weekend_is_the_friday_before(text):
    r = read_on(text, WEDNESDAY)
    assert (r.intent, r.promised_date) == (I.PROMISE, date(2026, 12, 4))


@pytest.mark.parametrize(("text", "when"), [
    ("Оплатим через 10 дней.", date(2026, 12, 5)),  # "in 10 days": a day, not a span
    ("Оплатим в течение 8 дней.", date(2026, 12, 3)),  # a weekday stays
    ("We will pay within 10 business days.", date(2026, 12, 9)),
])
def test_a_day_after_n_days_or_a_span_ending_on_a_weekday_stays(text, when):
    r = read_on(text, WEDNESDAY)
    assert (r.intent, r.promised_date) == (I.PROMISE, when)


# -- a conditional promise with its day: read with the day, for a person to confirm ---------

@pytest.mark.parametrize(("text", "when"), [
    ("Sobald die Freigabe vorliegt, überweisen wir voraussichtlich Mitte nächster Woche.",
     date(2026, 12, 9)),
    ("Falls das Budget rechtzeitig kommt, zahlen wir am 10.12.", date(2026, 12, 10)),
    ("Kalau pembayaran dari owner sudah cair, kami transfer tanggal 14 Desember.",
     date(2026, 12, 14)),
    ("Если заказчик рассчитается с нами, оплатим 14 декабря.", date(2026, 12, 14)),
    ("Once our customer has paid us we will pay you on 14 December.", date(2026, 12, 14)),
    # a condition set after the promise
    ("We can settle this by 11 December provided you send the signed delivery note.",
     date(2026, 12, 11)),
    ("We will pay on Friday as long as the board signs off first.", date(2026, 12, 4)),
    ("Wir überweisen am Freitag, sofern die Freigabe bis dahin da ist.",
     date(2026, 12, 4)),
    ("Kami bayar hari Jumat asalkan faktur pajaknya sudah dikirim.", date(2026, 12, 4)),
    ("Оплатим в пятницу при условии, что акт будет подписан.", date(2026, 12, 4)),
])
def test_a_conditional_promise_keeps_its_day_but_is_not_acted_on(text, when):
    r = reading(text)
    assert (r.intent, r.promised_date) == (I.PROMISE, when), r.reason
    assert r.confidence < 0.7


@pytest.mark.parametrize(("text", "when"), [
    ("We will pay on Friday. If you have any questions, let me know.", date(2026, 12, 4)),
    ("Wir überweisen am Freitag, wenn Sie Fragen haben, melden Sie sich.", date(2026, 12, 4)),
    ("Kami bayar hari Jumat, kalau ada pertanyaan silakan hubungi saya.", date(2026, 12, 4)),
    ("We will pay on Friday, as soon as possible after the run.", date(2026, 12, 4)),
    # "once"/"wenn" after a promise tells what the payer waits for (earlier sets: a promise)
    ("We will pay on 4 December, once our seasonal orders come in.", date(2026, 12, 4)),
    ("Wir überweisen am Freitag, wenn unser Kunde bezahlt hat.", date(2026, 12, 4)),
])
def test_a_plain_promise_with_an_aside_is_still_acted_on(text, when):
    assert sure(text) == (I.PROMISE, when)


@pytest.mark.parametrize("text", [
    "We would have paid on Friday, but the bank was closed.",  # counterfactual: no promise
    "Once the credit note is here we will pay.",  # a condition and no day: none
])
def test_a_counterfactual_or_an_undated_conditional_is_no_promise(text):
    assert reading(text).intent != I.PROMISE


# -- "оплата произведена не будет": a payment denied after its words is no paid claim; work
# not accepted (an unsigned act, a survey not signed off) is a dispute -----------------------

@pytest.mark.parametrize("text", [
    "До подписания акта оплата произведена не будет.",
    "Оплата произведена не была, деньги вернулись.",
])
def test_a_russian_payment_denied_after_its_words_is_no_paid_claim(text):
    assert reading(text).intent != I.PAID_CLAIM, reading(text).reason


@pytest.mark.parametrize("text", [
    "Акт выполненных работ нами не подписан: к отчёту есть замечания.",
    "Работы заказчиком не приняты, имеются замечания по качеству.",
    "We cannot pay yet: the inspection report has not been accepted by our client.",
    "The works haven't been signed off by the engineer, and payment is only due on acceptance.",
    "Die Vermessung ist von unserem Auftraggeber noch nicht abgenommen worden.",
    "Die Abnahme der Leistung ist bisher nicht erfolgt.",
    "BAST pekerjaan ini belum ditandatangani karena masih ada temuan.",
])
def test_work_not_accepted_is_a_dispute(text):
    assert reading(text).intent == I.DISPUTE, reading(text).reason


@pytest.mark.parametrize(("text", "intent"), [
    ("Оплата произведена 25.11, платёжку прилагаю.", I.PAID_CLAIM),
    ("The survey was accepted last week; we will pay on Friday.", I.PROMISE),
    ("Die Abnahme ist erfolgt, wir überweisen am Freitag.", I.PROMISE),
])
def test_a_payment_made_or_work_accepted_is_not_disputed(text, intent):
    assert reading(text).intent == intent, reading(text).reason


# -- "Ich verbitte mir weitere Mahnungen": a stop, and it wins over a dispute beside it -------

@pytest.mark.parametrize("text", [
    "Ich verbitte mir weitere Zahlungserinnerungen.",
    "Wir verbitten uns jede weitere E-Mail in dieser Sache.",
    "Diese Rechnung ist falsch. Ich verbitte mir weitere Mahnungen.",
])
def test_verbitten_is_a_stop(text):
    assert reading(text).intent == I.STOP, reading(text).reason


# -- "please reissue it with our PO and it will be paid": a request, then the promise it buys --

@pytest.mark.parametrize("text", [
    "Please resend the invoice with our order number and it will be paid in the next run.",
    "Bitte schicken Sie die Rechnung mit unserer Bestellnummer neu, dann zahlen wir sie.",
    "Mohon kirim ulang invoice dengan nomor PO, nanti kami bayar.",
    "Перевыставьте, пожалуйста, счёт с номером договора, и мы оплатим.",
])
def test_a_promise_bought_by_a_request_without_a_day_is_no_promise(text):
    assert reading(text).intent != I.PROMISE, reading(text).reason


def test_a_promise_bought_by_a_request_with_a_day_is_for_a_person():
    r = reading("Please send the corrected timesheet and we will pay on Friday.")
    assert (r.intent, r.promised_date) == (I.PROMISE, date(2026, 12, 4))
    assert r.confidence < 0.7


def test_please_note_then_a_promise_stays_one():
    assert sure("Please note we will pay on Friday.") == (I.PROMISE, date(2026, 12, 4))


# -- "our end-of-month payment run": the hyphenated month end is the month's end -------------

@pytest.mark.parametrize("text", [
    "It is booked for our end-of-month payment run.",
    "We will pay it in the end-of-the-month run.",
])
def test_a_hyphenated_month_end_is_promised_by_the_months_end(text):
    r = read_on(text, date(2026, 11, 10))
    assert (r.intent, r.promised_date) == (I.PROMISE, date(2026, 11, 30)), r.reason


# -- a threaded reply that names no invoice is about the invoices of the mail it quotes -------

QUOTE = ("\n\nOn Mon, 30 Nov 2026 at 09:00, Acme <ar@acme.test> wrote:\n"
         "> Our records show these invoices as open: INV-3018 and INV-3019.\n")


@pytest.mark.parametrize("text", [
    "The payment we promised for last week has been postponed, sorry. No new date yet.",
    "Die Zahlung der beiden Rechnungen verschiebt sich leider.",
])
def test_a_threaded_reply_naming_no_invoice_takes_the_quoted_ones(text):
    c = classify(parse_message(mail(text + QUOTE, "Re: Open items")), CTX)
    assert sorted(c.invoice_numbers) == ["INV-3018", "INV-3019"]


def test_a_threaded_reply_naming_its_invoice_keeps_only_that_one():
    c = classify(parse_message(mail("INV-3019 will be paid on Friday." + QUOTE,
                                    "Re: Open items")), CTX)
    assert c.invoice_numbers == ("INV-3019",)


# -- a part paid with its amount, the rest not firmly promised: a paid claim of that part -----

@pytest.mark.parametrize(("text", "amount"), [
    ("Kami sudah transfer sebagian Rp 20 juta kemarin. Sisanya kami usahakan bulan depan.",
     Decimal(20000000)),
    ("We have paid £2,000.00 as a part payment; the rest we hope to clear in January.",
     Decimal("2000.00")),
    ("Wir haben 1.500,00 € als Teilzahlung überwiesen, den Rest versuchen wir bald.",
     Decimal("1500.00")),
    ("Оплатили часть, 100 000 руб., остаток постараемся позже.", Decimal(100000)),
])
def test_a_part_paid_with_its_amount_is_a_paid_claim_of_it(text, amount):
    r = reading(text)
    assert r.intent == I.PAID_CLAIM, r.reason
    assert r.money is not None
    assert r.money.amount == amount
    assert r.confidence < 0.7


@pytest.mark.parametrize("text", [
    "We paid part of it already, the rest later.",  # no amount named: staff check
    "Wir haben einen Teil bezahlt.",
])
def test_a_part_paid_without_an_amount_stays_for_staff(text):
    assert reading(text).intent == I.OTHER


# -- "Received, thanks": a reply that only confirms our mail arrived needs nobody -------------

def _reply(text: str):
    return classify(parse_message(mail(text, "Re: Invoice INV-3018")), CTX)


@pytest.mark.parametrize("text", [
    "Got it, thank you.",
    "We have received the invoice, thanks!\n\nBob",
    "Danke, die Rechnung ist gut angekommen.",
    "Rechnung erhalten, vielen Dank. Sie geht in den regulären Zahlungslauf.",
    "Baik, invoice sudah kami terima. Terima kasih.",
    "Счёт получили, спасибо.",
])
def test_a_bare_confirmation_of_receipt_needs_nobody(text):
    c = _reply(text)
    assert (c.intent, c.needs_human) == (I.OTHER, False), c.reason


@pytest.mark.parametrize("text", [
    "Received, thanks. Why is the amount higher than the quote?",
    "Received, thanks, but the amount is wrong.",
    "Got it. Please call me tomorrow.",
    "Ist angekommen. Wir zahlen aber erst im Januar.",
])
def test_a_confirmation_with_more_to_say_still_goes_to_a_person(text):
    assert _reply(text).needs_human


# -- "paid on the 20th - remittance below": the amount of a paid claim is the total of the
# remittance a colleague's forwarded mail shows ------------------------------------------------

def _forwarding(note: str, forwarded: str, author: str = "treasury@client.test"):
    body = (f"{note}\n\nDana\n\n-----Original Message-----\nFrom: {author}\n"
            f"Sent: 27 November 2026 16:04\nTo: Dana\nSubject: Payment advice\n\n{forwarded}")
    return classify(parse_message(mail(body, "Re: Invoice INV-3018")), CTX)


ADVICE = ("PAYMENT ADVICE\nPayment date: 27/11/2026   Method: BACS\n\n"
          "  Invoice      Amount\n  INV-3018     1,250.00\n  Total EUR    1,250.00\n")


@pytest.mark.parametrize("note", [
    "This was paid on 27 November - remittance below.",
    "Bezahlt am 27.11., Zahlungsavis siehe unten.",
    "Sudah kami bayar tanggal 27 November, bukti transfer di bawah.",
    "Оплатили 27 ноября, платёжка ниже.",
])
def test_a_paid_claim_over_a_forwarded_remittance_names_its_total(note):
    c = _forwarding(note, ADVICE)
    assert c.intent == I.PAID_CLAIM, c.reason
    assert (c.reply_amount, c.reply_currency) == (Decimal("1250.00"), "EUR")


def test_a_remittance_forwarded_from_outside_the_writers_domain_is_not_read():
    c = _forwarding("This was paid on 27 November - remittance below.", ADVICE,
                    author="someone@elsewhere.test")
    assert c.reply_amount is None


# -- a French paid claim on a desk that serves another language --------------------------------

@pytest.mark.parametrize(("text", "amount"), [
    ("Le paiement de 4 500,00 € a été effectué le 20/11. Merci de vérifier.", Decimal("4500.00")),
    ("Bonjour, nous avons réglé la facture par virement de 1 200,00 € hier.", Decimal("1200.00")),
    ("La facture a été payée le 18 novembre.", None),
])
def test_a_french_paid_claim_is_read(text, amount):
    r = reading(text)
    assert r.intent == I.PAID_CLAIM, r.reason
    assert (r.money.amount if r.money else None) == amount


@pytest.mark.parametrize("text", [
    "Le virement n'a pas encore été effectué.",
    "Nous n'avons pas payé cette facture, elle est erronée.",
])
def test_a_french_denied_payment_is_no_paid_claim(text):
    assert reading(text).intent != I.PAID_CLAIM

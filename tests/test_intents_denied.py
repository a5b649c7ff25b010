"""Promises denied, asked about or made conditional, promises that name their latest day,
a part paid with the rest promised, and the forms of a German "stop": phrasings written for
the fifth evaluation round's misses, in the four languages. A promise is acted on by
itself (chasing waits until its day), so a denied or asked-about one must never be read as
one."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from mailbot.domain.ledger import reply_change
from mailbot.domain.values import Intent
from mailbot.reading.classify import Context, as_record, classify
from mailbot.reading.kinds.client_reply import read
from mailbot.reading.parse import parse_message
from mailbot.reading.translit import is_translit_russian, to_cyrillic
from tests.test_intents_data import mail

I = Intent
TUESDAY = date(2026, 12, 1)  # replies are dated Tuesday 1 December 2026
BOT = "ar@acme.test"
THREAD = "<mailbot.0042@acme.test>"
CTX = Context(bot_address=BOT, staff_domains=frozenset({"acme.test"}),
              known_invoice_numbers=("INV-3018", "RE-2026-77"),
              known_message_ids=frozenset({THREAD}),
              known_contacts=frozenset({"dana@client.test"}))


def reading(text: str):
    return read(text, TUESDAY, None, datetime(2026, 12, 1, 10, tzinfo=UTC))


DENIED = [
    # the promise verb itself negated, before or after it
    "We cannot promise payment before the end of the year.",
    "I can't promise we will pay this week, sorry.",
    "Unfortunately we are not in a position to commit to a payment date yet.",
    # ("No promises, but we will try to pay by Friday." is a soft promise, never acted on:
    # tests/test_reading_tenth_reply10.py)
    "Paying it by Friday won't be possible, our budget is frozen.",
    "Eine Zahlung bis Freitag können wir leider nicht zusagen.",
    "Wir können Ihnen nicht versprechen, dass wir im Dezember überweisen.",
    "Versprechen kann ich nichts, wir zahlen vielleicht am 15.12.",
    "Überweisen bis Freitag schaffen wir leider nicht.",
    "Kami belum bisa janji akan bayar minggu ini.",
    "Mohon maaf, kami tidak dapat menjanjikan pembayaran tanggal 10.",
    "Untuk pelunasan belum ada kepastian, akan kami kabari lagi.",
    "Обещать оплату до конца года, к сожалению, не можем.",
    "Не обещаем, что оплатим до пятницы.",
    "Гарантировать оплату в декабре не можем: заказчик задерживает расчёты.",
    "Перевести деньги до 10 декабря не получится.",
    # a sentence that opens with a condition: nothing is promised yet
    "Как только деньги поступят от заказчика, сразу рассчитаемся.",
    "Once our customer pays us, we will pay you.",
    "Sobald unser Kunde zahlt, überweisen wir den Betrag.",
    "Kalau dana dari klien sudah masuk, akan kami transfer.",
]


@pytest.mark.parametrize("text", DENIED)
def test_a_denied_or_conditional_promise_is_never_a_promise(text):
    r = reading(text)
    assert r.intent != I.PROMISE, r.reason


QUESTIONS = [
    "Can this invoice be paid in euros instead of dollars?",
    "Could we pay by card on Friday?",
    "Kann die Rechnung auch in zwei Teilen bezahlt werden?",
    "Können wir per PayPal zahlen bis Freitag?",
    "Apakah invoice ini bisa dibayar dalam Rupiah?",
    "Bisa kami transfer ke rekening BCA saja?",
    "Можно ли оплатить счёт в рублях по курсу ЦБ?",
    "Оплатим ли мы вовремя, если счёт придёт в пятницу?",
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_a_question_with_promise_words_is_not_a_promise(text):
    r = reading(text)
    assert r.intent != I.PROMISE, r.reason


PROMISED = [
    # one day denied, another promised
    (("We won't make this Friday's payment run, but the transfer will definitely be done on "
     "the 15th of this month."), date(2026, 12, 15)),
    ("Payment will surely be made on 10 December.", date(2026, 12, 10)),
    ("Diesen Freitag klappt es nicht, wir überweisen aber am 15.12.", date(2026, 12, 15)),
    ("В эту пятницу не получится, директор в отъезде. Оплатим 15-го.", date(2026, 12, 15)),
    ("В пятницу оплатить не сможем, платёжку без подписи не отправим, оплатим 18-го.",
     date(2026, 12, 18)),
    # the latest day named is the promise
    ("Überweise Anfang nächster Woche, spätestens Mittwoch.", date(2026, 12, 9)),
    ("Wir zahlen am Montag, spätestens aber am 10.12.", date(2026, 12, 10)),
    ("We'll pay on Monday, Wednesday at the latest.", date(2026, 12, 9)),
    ("We will pay early next week, no later than 10 December.", date(2026, 12, 10)),
    ("Kami transfer minggu depan, paling lambat tanggal 11.", date(2026, 12, 11)),
    ("Оплатим на следующей неделе, не позднее 11 декабря.", date(2026, 12, 11)),
    # a part paid, the rest promised with a date
    (("We've paid half already and the balance will go out in our next payment run on "
     "Friday 4 December."), date(2026, 12, 4)),
    ("Die Hälfte haben wir bereits überwiesen, den Rest überweisen wir am 18.12.",
     date(2026, 12, 18)),
    (("Hari ini sudah kami transfer sebagian. Sisanya akan kami lunasi paling lambat akhir "
     "bulan ini."), date(2026, 12, 31)),
    ("Половину уже оплатили, остаток перечислим 15 декабря.", date(2026, 12, 15)),
]


@pytest.mark.parametrize(("text", "when"), PROMISED)
def test_the_promised_day_is_the_one_not_denied_and_the_latest_named(text, when):
    r = reading(text)
    assert (r.intent, r.promised_date) == (I.PROMISE, when), r.reason
    assert r.confidence >= 0.7


def test_a_part_paid_and_the_rest_promised_says_so_and_the_ledger_waits_for_the_day():
    r = reading("We paid 6k already; the rest of $6,375.50 will be paid on 4 December.")
    assert (r.intent, r.promised_date) == (I.PROMISE, date(2026, 12, 4))
    assert "rest after a part paid" in r.reason
    assert "paid_claim" in r.reason
    body = "We paid 6k already; the rest of $6,375.50 will be paid on 4 December.\n"
    c = classify(parse_message(mail(body, "Re: Invoice INV-3018")), CTX)
    change = reply_change(c, grace_days=3)
    # chasing waits for the promised day (plus grace) and then goes on: nothing is marked
    # paid on the client's word
    assert (change.hold_reason, change.hold_until) == ("promise", date(2026, 12, 7))


@pytest.mark.parametrize("text", [
    "We paid invoice 17 yesterday and will pay invoice 18 on Friday.",  # no part word
    "We will pay the rest on Friday, we paid half already.",  # the claim after the promise
])
def test_a_paid_claim_beside_a_promise_without_a_part_paid_first_stays_for_staff(text):
    assert reading(text).intent == I.OTHER


GERMAN_STOPS = [
    ("Wir bitten Sie, uns künftig keine automatisierten Zahlungserinnerungen mehr an diese "
    "Adresse zu senden."),
    "Ab sofort bitte keine Mahnungen an diese Adresse.",
    "Wir wünschen keine weiteren Zahlungserinnerungen per E-Mail.",
    "Schicken Sie mir keine Erinnerungen mehr!",
    "Bitte stellen Sie die Erinnerungsmails ein.",
    "Die Korrespondenz wünschen wir ausschließlich postalisch.",
    "Korrespondenz bitte nur noch per Post.",
    "Bitte die Mahnungen per E-Mail abbestellen.",
    "Verzichten Sie bitte künftig auf E-Mails an diese Adresse.",
    "Lassen Sie uns endlich in Ruhe.",
    "In Zukunft bitte keine automatischen Nachrichten an mich.",
]


@pytest.mark.parametrize("text", GERMAN_STOPS)
def test_the_forms_of_a_german_stop_are_a_stop(text):
    r = reading(text)
    assert r.intent == I.STOP, r.reason


@pytest.mark.parametrize("text", [
    "Wir haben seit Mai keine Erinnerungen mehr erhalten.",
    "Senden Sie uns keine Rechnung per Post, sondern per E-Mail.",
    "Ich habe nicht gesagt, dass Sie uns keine E-Mails mehr schicken sollen.",
    'Er schrieb "bitte keine Mahnungen mehr", aber das war ein Versehen.',
])
def test_german_mail_words_that_ask_for_no_stop_are_not_a_stop(text):
    assert reading(text).intent != I.STOP


def test_a_denied_promise_in_a_real_reply_holds_nothing_and_goes_to_a_person():
    body = ("Добрый день.\n\nОбещать оплату до конца года, к сожалению, не можем: заказчик "
            "задерживает расчёты. Как только деньги поступят, сразу рассчитаемся.\n")
    c = classify(parse_message(mail(body, "Re: Счёт INV-3018")), CTX)
    assert c.intent != I.PROMISE
    assert c.needs_human
    assert reply_change(c, grace_days=3).hold_reason is None


# ------------------------------------------------------- complaints, claims and amounts

@pytest.mark.parametrize("text", [
    ("We're not happy with the work at all. We paid the invoice anyway, but expect a credit "
    "note for the missing day."),
    ("Wir sind mit der Lieferung nicht zufrieden, haben die Rechnung trotzdem bezahlt und "
    "erwarten eine Gutschrift."),
    ("Barang yang rusak belum diganti, walaupun tagihan sudah kami bayar lunas. Mohon nota "
    "kredit."),
    ("Счёт мы всё равно оплатили, но сумма не совпадает с договором, ждём корректировочный "
    "документ."),
    # a formal objection with a part already paid for what is not disputed
    ("Hiermit widersprechen wir der Schlussrechnung. Die Positionen 4 bis 6 wurden nie "
    "beauftragt. Eine Teilzahlung für die unstrittigen Leistungen haben wir bereits "
    "geleistet. Bitte senden Sie uns eine korrigierte Rechnung."),
])
def test_a_complaint_beside_a_payment_made_anyway_is_a_dispute(text):
    r = reading(text)
    assert r.intent == I.DISPUTE, r.reason
    assert r.reason.startswith("dispute")


@pytest.mark.parametrize("text", [
    "We paid half last week, the rest once the damaged items are replaced.",
    "Sebagian sudah kami transfer, sisanya menunggu barang diganti.",
])
def test_a_part_paid_with_the_rest_held_back_for_a_complaint_stays_for_staff(text):
    assert reading(text).intent == I.OTHER


@pytest.mark.parametrize(("text", "intent"), [
    ("Our accounting says INV-3018 was paid on 20/11 together with INV-3017.", I.PAID_CLAIM),
    ("Invoice 2026/118 has been settled last week.", I.PAID_CLAIM),
    ("Is there any chance we could split the £1,260 into three monthly bits?",
     I.PLAN_REQUEST),
    ("Could we split it into two smaller amounts?", I.PLAN_REQUEST),
])
def test_more_paid_claims_and_plan_requests(text, intent):
    assert reading(text).intent == intent, reading(text).reason


@pytest.mark.parametrize(("body", "intent", "amount", "currency"), [
    (("We've paid 6k already and the balance of $6,375.50 will go out on Friday 4 December."
     "\n\n> Invoice INV-3018 for AUD 12,375.50 is past due."), I.PROMISE, "6375.50", "AUD"),
    ("Die Rechnung haben wir bereits am 25.11. überwiesen (6.240,00 €).", I.PAID_CLAIM,
     "6240.00", "EUR"),
    ("Wäre es möglich, die 1.450 € in Raten zu zahlen?", I.PLAN_REQUEST, "1450.00", "EUR"),
    ("Sisa pembayaran Rp 56.400.000 akan kami lunasi paling lambat akhir bulan ini.",
     I.PROMISE, "56400000.00", "IDR"),
    ("Счёт оплачен 16.11.2026 платёжным поручением № 2231 на сумму 186 000,00 руб.",
     I.PAID_CLAIM, "186000.00", "RUB"),
])
def test_a_reply_names_the_amount_of_its_intent(body, intent, amount, currency):
    c = classify(parse_message(mail(body, "Re: Invoice INV-3018")), CTX)
    assert c.intent == intent, c.reason
    assert (f"{c.reply_amount:.2f}", c.reply_currency) == (amount, currency)
    record = as_record(c)
    assert (record["amount"], record["currency"]) == (amount, currency)


def test_a_dispute_with_the_rest_promised_names_the_rest_and_its_day_but_holds_for_staff():
    body = ("We're not paying the £600 cancellation fee - the venue cancelled, not us. The "
            "rest (£1,800) will be with you by Friday 11 Dec.\n\nCan you send a credit note?")
    c = classify(parse_message(mail(body, "Re: Invoice INV-3018")), CTX)
    assert (c.intent, c.promised_date) == (I.DISPUTE, date(2026, 12, 11))
    assert (c.reply_amount, c.reply_currency) == (Decimal("1800.00"), "GBP")
    assert c.needs_human
    change = reply_change(c, grace_days=3)
    assert (change.hold_reason, change.hold_until, change.invoice_event) == (
        "dispute", None, "dispute")


def test_a_question_or_other_reply_names_no_amount():
    c = classify(parse_message(mail("Can the 1.450 € be paid in euros?", "Re: INV-3018")), CTX)
    assert c.intent != I.PROMISE
    assert c.reply_amount is None


@pytest.mark.parametrize("text", [
    "We promised to pay on Friday, but it didn't work out.",
    "I had promised payment on Friday, sorry it did not happen.",
    "Accounting promised to pay on Friday, but it didn't happen.",
    "Die Buchhaltung wollte am Freitag überweisen, das hat aber nicht geklappt.",
    "Wir hatten die Zahlung für Freitag zugesagt.",
    "Kami sudah janji bayar hari Jumat, tapi ternyata belum bisa.",
    "Keuangan janji bayar hari Jumat, tapi ternyata tidak bisa.",
    "Мы обещали оплатить в пятницу, но не получилось.",
    "Бухгалтерия обещала оплатить в пятницу, но не получилось.",
])
def test_an_earlier_or_failed_promise_is_no_promise(text):
    r = reading(text)
    assert r.intent != I.PROMISE, r.reason


@pytest.mark.parametrize(("text", "when"), [
    ("We promised to pay on Friday, but will pay on 15 December instead.", date(2026, 12, 15)),
    ("Wir hatten die Zahlung für Freitag zugesagt, überweisen aber erst am 15.12.",
     date(2026, 12, 15)),
    ("As promised, we will pay on Friday.", date(2026, 12, 4)),
    ("Бухгалтерия обещала оплатить в пятницу.", date(2026, 12, 4)),  # someone else's
])
def test_a_new_promise_after_an_old_one_is_read_with_its_own_day(text, when):
    assert (reading(text).intent, reading(text).promised_date) == (I.PROMISE, when)


@pytest.mark.parametrize("text", [
    'Your reminder says "we will pay on Friday" but we never said that.',
    "Ihre Mail zitiert „wir überweisen am Freitag“, das stammt nicht von uns.",
    'Di email sebelumnya tertulis "akan kami bayar hari Jumat", itu bukan dari kami.',
    "В письме написано «оплатим в пятницу», но мы такого не писали.",
])
def test_promise_words_in_quotation_marks_are_somebody_elses(text):
    assert reading(text).intent != I.PROMISE


@pytest.mark.parametrize("text", [
    "Kindly route all correspondence by post only.",
    "Please contact us only by post from now on.",
    "Mohon korespondensi tagihan hanya melalui pos.",
    "Переписку по счетам просим вести только по почте России.",
])
def test_asking_for_post_only_is_a_stop_in_every_language(text):
    assert reading(text).intent == I.STOP, reading(text).reason


def test_a_payment_sent_by_post_is_no_stop():
    assert reading("We sent the payment by post only yesterday.").intent == I.PAID_CLAIM


# ------------------------------------------------ Russian typed in Latin letters

@pytest.mark.parametrize(("text", "cyrillic"), [
    ("Oplatu proizvedu 8 dekabrya, tochno.", "оплату произведу 8 декабря, точно."),
    ("Zdravstvuyte, schet oplatim v pyatnicu.", "здравствуйте, счет оплатим в пятницу."),
    ("Spasibo, ostatok oplatim zavtra.", "спасибо, остаток оплатим завтра."),
])
def test_russian_in_latin_letters_is_spelt_back(text, cyrillic):
    assert is_translit_russian(text)
    assert to_cyrillic(text) == cyrillic


@pytest.mark.parametrize("text", [
    "We will pay on Friday, thanks.",
    "Marta will pay on Tuesday, see the schedule.",  # one look-alike word is not enough
    "Kami akan bayar besok, terima kasih.",
    "Wir zahlen am Freitag, danke.",
    "Оплатим в пятницу, spasibo.",  # Cyrillic already
])
def test_other_languages_are_not_taken_for_russian_in_latin_letters(text):
    assert not is_translit_russian(text)


RU_CTX = Context(bot_address=BOT, staff_domains=frozenset({"acme.test"}),
                 known_invoice_numbers=("КВ-26-0311",), known_message_ids=frozenset({THREAD}),
                 known_contacts=frozenset({"dana@client.test"}))


@pytest.mark.parametrize(("body", "intent", "when"), [
    ("Dobryi den! Izvinite za zaderzhku. Oplatu proizvedu 8 dekabrya, tochno.", I.PROMISE,
     date(2026, 12, 8)),
    ("Zdravstvuyte, schet uzhe oplatili vchera, platezhka vo vlozhenii.", I.PAID_CLAIM, None),
    ("Izvinite, obeschat oplatu do kontsa goda ne mozhem.", I.OTHER, None),
])
def test_a_reply_in_latin_letters_is_read_as_russian(body, intent, when):
    c = classify(parse_message(mail(body, "Re: Schet KV-26-0311")), RU_CTX)
    assert (c.intent, c.promised_date, c.language) == (intent, when, "ru"), c.reason
    assert c.invoice_numbers == ("КВ-26-0311",)


@pytest.mark.parametrize(("text", "when"), [
    ("We will pay on Friday if that is possible for you.", date(2026, 12, 4)),
    ("Wir überweisen am Freitag, das ist für uns kein Problem.", date(2026, 12, 4)),
])
def test_a_promise_followed_by_words_that_deny_nothing_stays_a_promise(text, when):
    assert (reading(text).intent, reading(text).promised_date) == (I.PROMISE, when)


def test_the_amount_named_is_the_one_nearest_the_promise():
    body = ("We've paid $6,000 already and the balance of $6,375.50 will go out on Friday "
            "4 December.\n\n> Invoice INV-3018 for AUD 12,375.50 is past due.")
    c = classify(parse_message(mail(body, "Re: Invoice INV-3018")), CTX)
    assert (c.intent, c.reply_amount, c.reply_currency) == (I.PROMISE, Decimal("6375.50"),
                                                            "AUD")

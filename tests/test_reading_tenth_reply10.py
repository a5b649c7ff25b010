"""Client replies: the kinds of weakness the tenth blind set showed, each as a general rule
with examples written here (not the set's messages), in the languages the rule concerns,
with guards that it does not reach too far. Replies are dated Tuesday 1 December 2026
(tests/test_intents_data.py) unless a test says otherwise."""

from __future__ import annotations

from datetime import date

import pytest

from mailbot.domain.values import Intent
from mailbot.reading.classify import as_record
from mailbot.reading.kinds.client_reply import ACT_THRESHOLD
from tests.test_intents_data import reading, sure
from tests.test_replies import reply

I = Intent


# -- "next week": by that week's last working day --------------------------------------------

@pytest.mark.parametrize("text", [
    "We will pay the invoice next week.",
    "Die Rechnung überweisen wir nächste Woche.",
    "Tagihan akan kami bayar minggu depan.",
    "Pembayaran kami proses pekan depan ya.",
    "Счёт оплатим на следующей неделе.",
])
def test_next_week_is_promised_by_that_weeks_friday(text):
    assert sure(text) == (I.PROMISE, date(2026, 12, 11))


@pytest.mark.parametrize("text", [
    "Оплатим через неделю.",
    "Оплату переведём в течение недели.",
])
def test_in_a_week_is_still_a_week_on(text):
    assert sure(text) == (I.PROMISE, date(2026, 12, 8))


# -- a day of paying that moved: the new day, never the old one -------------------------------

@pytest.mark.parametrize("text", [
    ("We told you earlier we'd pay by the 4th, but our treasury moved the payment day - it "
    "will now be paid on 18 December."),
    ("As we said before, we will pay on the 4th. Our payment run was moved, so it will now "
    "go out on the 18th."),
    ("Wir hatten geschrieben, dass wir bis zum 4.12. zahlen, aber der Zahltag wurde verschoben:"
    " wir überweisen am 18.12."),
    ("Sebelumnya kami sampaikan akan bayar tanggal 4, tetapi jadwalnya dimundurkan, pembayaran "
    "akan kami proses tanggal 18 Desember."),
    ("Раньше мы сообщали, что оплатим до 4 декабря, но платёжный день перенесли — оплата "
    "пройдёт 18 декабря."),
    "Мы оплатим 4 декабря. Оплату перенесли на 18 декабря.",
])
def test_a_moved_day_of_paying_promises_the_new_day(text):
    assert sure(text) == (I.PROMISE, date(2026, 12, 18)), reading(text).reason


@pytest.mark.parametrize("text", [
    "We will pay on the 4th, but the payment run was postponed; we'll confirm the new date.",
    "Мы оплатим 4 декабря. Платёж перенесли, новую дату сообщим.",
    "Wir zahlen am 4.12., der Zahllauf wird aber verschoben, neuer Termin folgt.",
])
def test_a_moved_day_without_a_new_one_is_no_dated_promise(text):
    r = reading(text)
    assert r.promised_date is None, r.reason


@pytest.mark.parametrize(("text", "when"), [
    # something else moved: the promise keeps its day
    ("We will pay on the 4th; the meeting was moved to Monday.", date(2026, 12, 4)),
    ("Мы оплатим 4 декабря, встречу перенесли на понедельник.", date(2026, 12, 4)),
    ("Wir zahlen am 4.12., das Meeting wurde auf Montag verschoben.", date(2026, 12, 4)),
])
def test_something_else_that_moved_leaves_the_promise_alone(text, when):
    assert sure(text) == (I.PROMISE, when)


# -- a refusal to pay the invoice as it is, and "disputed": a dispute ----------------------

@pytest.mark.parametrize("text", [
    "We're not paying INV-3018 as it stands.",
    "We will not pay this invoice until someone fixes the winch.",
    "We won't pay it in its current form.",
    "Until the hoist is repaired, the call-out charge is disputed.",
    "So zahlen wir die Rechnung nicht.",
    "Die Rechnung bezahlen wir vor der Korrektur nicht.",
    "Invoice ini tidak akan kami bayar sebelum direvisi.",
    "Tagihan ini belum kami bayar sampai barangnya diganti.",
])
def test_a_refusal_to_pay_the_invoice_as_it_is_is_a_dispute(text):
    assert sure(text)[0] == I.DISPUTE, reading(text).reason


@pytest.mark.parametrize("text", [
    "The charge is not disputed, we just need a PO number.",
    "We are paying the invoice by the end of the month.",
    "We're not paying late: it goes out on Friday.",
])
def test_no_dispute_without_a_refusal(text):
    assert reading(text).intent != I.DISPUTE, reading(text).reason


# -- Russian "закроем" (we'll close the debt) ------------------------------------------------

@pytest.mark.parametrize(("text", "when"), [
    ("До конца месяца закроем, не переживайте)", date(2026, 12, 31)),
    ("Счёт закроем до 18 декабря.", date(2026, 12, 18)),
    ("Задолженность закрою в пятницу.", date(2026, 12, 4)),
])
def test_closing_the_debt_is_a_promise(text, when):
    assert sure(text) == (I.PROMISE, when)


@pytest.mark.parametrize("text", [
    "Вопрос закроем до пятницы.",
    "Сделку закроем в пятницу, тогда и поговорим.",
    "Закрыть счёт до пятницы не сможем.",
])
def test_closing_something_else_or_not_at_all_is_no_promise(text):
    assert reading(text).intent != I.PROMISE, reading(text).reason


# -- a payment order still on its way is no paid claim ----------------------------------------

@pytest.mark.parametrize(("text", "when"), [
    ("Счёт оплатим в понедельник, платёжка уже в казначействе.", date(2026, 12, 7)),
    ("Платёжное поручение на подписи у директора, оплатим 4 декабря.", date(2026, 12, 4)),
])
def test_a_payment_order_on_its_way_beside_a_promise_is_the_promise(text, when):
    assert sure(text) == (I.PROMISE, when)


@pytest.mark.parametrize("text", [
    "Платёжку отправили 25.11.",
    "Оплачено платёжным поручением № 12 от 25.11.2026.",
])
def test_a_payment_order_sent_is_still_a_paid_claim(text):
    assert sure(text)[0] == I.PAID_CLAIM


# -- the account the money goes to is the channel, not a request for details ------------------

@pytest.mark.parametrize(("text", "intent", "when"), [
    ("Tagihan sudah kami transfer tanggal 20 November ke rekening Bank Mandiri.", I.PAID_CLAIM,
     None),
    ("Мы перевели деньги на ваш расчётный счёт в Сбербанке 20 ноября.", I.PAID_CLAIM, None),
    ("We will pay via virtual account on Monday.", I.PROMISE, date(2026, 12, 7)),
    ("Kami akan bayar melalui virtual account hari Senin.", I.PROMISE, date(2026, 12, 7)),
    ("Оплатим по реквизитам из счёта в пятницу.", I.PROMISE, date(2026, 12, 4)),
])
def test_the_account_paid_to_is_no_request_for_payment_details(text, intent, when):
    assert sure(text) == (intent, when), reading(text).reason


@pytest.mark.parametrize("text", [
    "Mohon info nomor virtual account untuk pembayaran invoice ini.",
    "Ke rekening mana kami transfer?",
    "Kami mau bayar ke rekening apa ya?",
    "Пришлите, пожалуйста, актуальные реквизиты для оплаты.",
    "На какой счёт перевести оплату?",
])
def test_asking_for_the_account_is_still_a_request_for_payment_details(text):
    assert sure(text)[0] == I.PAYMENT_DETAILS, reading(text).reason


# -- a try or a hope with "no promises": a soft promise, read but never acted on --------------

@pytest.mark.parametrize(("text", "when"), [
    (("Hopefully we can get this sorted by the end of the month - it needs the bursar's "
     "sign-off, so no guarantees."), date(2026, 12, 31)),
    ("No promises, but we will try to pay by Friday.", date(2026, 12, 4)),
    ("We'll try to pay by Friday, no promises.", date(2026, 12, 4)),
    ("Wir versuchen, bis Freitag zu zahlen, ohne Gewähr.", date(2026, 12, 4)),
    ("Semoga bisa kami bayar hari Jumat, tanpa janji ya.", date(2026, 12, 4)),
    ("Постараемся до 18 декабря, но ничего не обещаю: подпись только у директора.",
     date(2026, 12, 18)),
    ("Попробуем в пятницу, без гарантий.", date(2026, 12, 4)),
])
def test_a_try_with_no_promises_is_a_soft_promise_never_acted_on(text, when):
    r = reading(text)
    assert (r.intent, r.promised_date) == (I.PROMISE, when), r.reason
    assert r.confidence < ACT_THRESHOLD


@pytest.mark.parametrize("text", [
    "We can't promise to pay by Friday, no guarantees, but we'll try.",
    "No promises on the date, sorry; the budget is frozen.",
    "Ничего не обещаем, оплата как только придут деньги.",
    "Versprechen kann ich nichts, wir zahlen vielleicht am 15.12.",
    "Hopefully our budget is approved soon; no promises.",
])
def test_a_denial_without_a_try_is_still_no_promise(text):
    assert reading(text).intent != I.PROMISE, reading(text).reason


# -- a note pointing to a colleague's forwarded message: its words are the writer's ----------

def forwarding(note: str, author: str, words: str, header: str = "en") -> str:
    head = {
        "en": f"---------- Forwarded message ---------\nFrom: Boss <{author}>\n"
              "Date: Mon, 30 Nov 2026 at 16:20\nSubject: RE: INV-2026-001\n"
              "To: Carol <carol@client.test>\n",
        "de": f"-------- Weitergeleitete Nachricht --------\nVon: Chefin <{author}>\n"
              "Datum: 30.11.2026 16:20\nBetreff: AW: Rechnung\n",
        "id": f"---------- Forwarded message ---------\nDari: Direktur <{author}>\n"
              "Tanggal: Sen, 30 Nov 2026\nSubjek: Re: Persetujuan bayar\n",
        "ru": f"-------- Пересылаемое сообщение --------\n30.11.2026, 16:20, Директор <{author}>:\n",
    }[header]
    return f"{note}\n\nCarol\n\n{head}\n{words}\n\nB.\n"


@pytest.mark.parametrize(("note", "words", "header", "intent", "when"), [
    ("FYI - see below from our CFO, this one is scheduled.",
     "Approved. Put it in the 15 December payment run please.", "en", I.PROMISE,
     date(2026, 12, 15)),
    ("Siehe unten, zur Info.", "Freigegeben. Wir überweisen am 15.12.", "de", I.PROMISE,
     date(2026, 12, 15)),
    ("Dengan hormat, berikut kami teruskan persetujuan direksi.",
     "Disetujui. Tagihan INV-2026-001 dibayarkan tanggal 15 Desember 2026.", "id", I.PROMISE,
     date(2026, 12, 15)),
    ("Добрый день, пересылаю решение директора.",
     "Счёт оплачиваем частями: половину сейчас, остальное после 20 декабря.", "ru",
     I.PLAN_REQUEST, None),
])
def test_a_colleagues_forwarded_words_are_read_as_the_writers(note, words, header, intent,
                                                              when):
    c = reply(forwarding(note, "boss@client.test", words, header))
    assert (c.intent, c.promised_date) == (intent, when), c.reason


@pytest.mark.parametrize(("note", "author", "words"), [
    # a third party's mail, our own reminder, no pointer at all: the note alone counts
    ("FYI - see below.", "someone@other.test", "We will pay INV-2026-001 on 15 December."),
    ("FYI - see below.", "ar@acme.test", "Please pay INV-2026-001 by 15 December."),
    ("Siehe unten.", "buchhaltung@acme.test", "Bitte zahlen Sie bis zum 15.12."),
    ("Hi, a question on the PO number.", "boss@client.test",
     "We will pay INV-2026-001 on 15 December."),
])
def test_forwarded_words_of_others_or_without_a_pointer_are_not_the_writers(note, author,
                                                                            words):
    c = reply(forwarding(note, author, words))
    assert c.intent != I.PROMISE, c.reason
    assert c.promised_date is None


# -- part of the invoice kept back, the invoice to be issued again: a dispute ----------------

@pytest.mark.parametrize("text", [
    "We have withheld £375 as a retention until the snagging is signed off.",
    "We retained 5% of the invoice until acceptance.",
    ("Von der Rechnung haben wir 375,00 € als Sicherheitseinbehalt bis zur Abnahme "
    "zurückbehalten."),
    "Kami menahan Rp 5.000.000 sebagai retensi sampai serah terima.",
    "Мы удержали 37 500 руб. до подписания акта приёмки.",
    "INV-3018 has our old PO on it. Please reissue and we'll pay the corrected one.",
    "Bitte stellen Sie die Rechnung neu aus, die Bestellnummer ist falsch.",
    "Пожалуйста, перевыставьте счёт с правильным номером договора.",
    "Mohon invoice diterbitkan ulang dengan nomor PO yang benar.",
    "Bei der Rechnung habt ihr euch verrechnet.",
])
def test_a_part_kept_back_or_an_invoice_to_reissue_is_a_dispute(text):
    assert reading(text).intent == I.DISPUTE, reading(text).reason


@pytest.mark.parametrize("text", [
    # a withholding tax, a retention released, nothing withheld, a new PO number only
    "We paid the invoice net of the withholding tax of £120.",
    "Kami sudah bayar, PPh 23 dipotong dan ditahan Rp 200.000.",
    "Удержали НДФЛ 13% согласно договору.",
    "Den Rest hatten wir zurückgehalten, die Zahlung erfolgt jetzt am 15.12.",
    "We had held back the balance, but it goes out on the 15th now.",
    "We have not withheld anything.",
    "Could you reissue the invoice with our new PO number on it?",
    "Invoice belum kami terima, mohon dikirim ulang.",
])
def test_no_dispute_for_a_tax_a_released_retention_or_a_new_po(text):
    assert reading(text).intent != I.DISPUTE, reading(text).reason


# -- the day a paid claim says it paid (for staff to check, never acted on) ------------------

@pytest.mark.parametrize(("text", "when"), [
    ("This was paid by BACS on Monday the 30th, remittance attached.", date(2026, 11, 30)),
    ("Paid yesterday (the 28th) by faster payment.", date(2026, 11, 28)),
    ("Die Rechnung haben wir bereits am 27.11. überwiesen.", date(2026, 11, 27)),
    ("Tagihan sudah kami transfer pada tanggal 20 November 2026.", date(2026, 11, 20)),
    ("Оплачено платёжным поручением № 4412 от 25.11.2026.", date(2026, 11, 25)),
])
def test_a_paid_claim_names_the_day_it_says_it_paid(text, when):
    r = reading(text)
    assert (r.intent, r.paid_on) == (I.PAID_CLAIM, when), r.reason


@pytest.mark.parametrize("text", [
    "We paid it, the bank will show it by the 15th.",  # a day to come is no payment day
    "Paid in full, see attached.",
    "Оплатили в июне 2025 года.",  # long before: not this claim's day
])
def test_a_paid_claim_without_a_recent_past_day_names_none(text):
    assert reading(text).paid_on is None


def test_the_record_shows_a_paid_claims_day_as_its_payment_date():
    c = reply("We paid INV-2026-001 on 27 November, remittance attached.")
    assert as_record(c)["payment_date"] == "2026-11-27"
    assert c.needs_human


@pytest.mark.parametrize("text", [
    # every payment on hold: no sum kept back from this invoice
    "Occupancy is down and all vendor payments are held back by the owner for now.",
    "Okupansi lagi turun dan semua pembayaran vendor ditahan dulu oleh owner.",
    "Все платежи поставщикам сейчас удерживает головная компания.",
])
def test_all_payments_on_hold_is_no_retention(text):
    assert reading(text).intent != I.DISPUTE, reading(text).reason


@pytest.mark.parametrize(("text", "amount"), [
    ("We have withheld GBP 375.00 as a retention until sign-off.", "375.00"),
    ("Von der Rechnung haben wir 375,00 € als Sicherheitseinbehalt zurückbehalten.", "375.00"),
    ("Мы удержали 37 500,00 руб. до подписания акта.", "37500.00"),
])
def test_a_dispute_names_the_sum_it_keeps_back_for_staff(text, amount):
    r = reading(text)
    assert r.intent == I.DISPUTE
    assert r.money is not None
    assert f"{r.money.amount:.2f}" == amount

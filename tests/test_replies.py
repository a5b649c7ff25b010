"""Client replies: their own text (quotes and signatures cut), language, intent and the
promised date, in English, German, Indonesian and Russian (mailbot.reading.kinds.client_reply, .replies, .language)."""

from __future__ import annotations

import csv
import email.header
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from mailbot.domain.values import Classification, Intent, Kind
from mailbot.reading.classify import Context, classify
from mailbot.reading.kinds.client_reply import find_dates, read
from mailbot.reading.language import detect
from mailbot.reading.parse import parse_message
from mailbot.reading.replies import reply_text, strip_reply
from mailbot.tools.evaluation import evaluate, load_context, written_cases

HERE = Path(__file__).resolve().parent
EVAL = HERE / "data" / "eval"
SHARED = HERE / "data" / "corpus"  # all reply bodies of the shared corpus are copied here

BOT = "ar@acme.test"
THREAD = "<mailbot.0007@acme.test>"
CTX = Context(bot_address=BOT, staff_domains=frozenset({"acme.test"}),
              known_invoice_numbers=("INV-2026-001", "RE-2026-1001", "СЧ-2026-118"),
              known_message_ids=frozenset({THREAD}),
              known_contacts=frozenset({"alice@client.test"}))
EMPTY = Context(bot_address=BOT)
TUESDAY = date(2026, 12, 1)  # the base of the date tests: Tuesday 1 December 2026


def mail(body: str, *, sender: str = "Carol <carol@client.test>",
         subject: str = "Re: Invoice INV-2026-001 is past due",
         date_: str = "Tue, 01 Dec 2026 10:00:00 +0000", in_reply_to: str | None = THREAD,
         content_type: str = "text/plain") -> bytes:
    if not subject.isascii():  # as mail clients send it (RFC 2047)
        subject = email.header.Header(subject, "utf-8").encode()
    lines = [f"From: {sender}", f"To: {BOT}", f"Subject: {subject}", f"Date: {date_}",
             "Message-ID: <x1@client.test>", "MIME-Version: 1.0",
             f"Content-Type: {content_type}; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
    if in_reply_to:
        lines += [f"In-Reply-To: {in_reply_to}", f"References: {in_reply_to}"]
    return ("\r\n".join(lines) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode("utf-8")


def reply(body: str, ctx: Context = CTX, **kw: object) -> Classification:
    return classify(parse_message(mail(body, **kw)), ctx)  # type: ignore[arg-type]


def intent_of(text: str) -> tuple[Intent, date | None, bool]:
    r = read(text, TUESDAY, None, datetime(2026, 12, 1, 10, tzinfo=UTC))
    return r.intent, r.promised_date, r.confidence >= 0.7 and r.intent != Intent.OTHER


# ======================================================================== language

@pytest.mark.parametrize(("text", "lang"), [
    ("We will pay the invoice next Friday, sorry for the delay.", "en"),
    ("Wir haben die Rechnung bereits überwiesen.", "de"),
    ("Tagihan sudah kami bayar kemarin, bukti transfer terlampir.", "id"),
    ("Счёт оплатим до конца недели.", "ru"),
    ("Sudah transfer ya pak", "id"),
    ("Danke, erledigt!", "de"),
    ("Nous avons déjà payé la facture la semaine dernière.", "fr"),  # not forced into the four
    ("Оплачено", "ru"),  # one Cyrillic word: the script decides
])
def test_language_of_the_text(text, lang):
    assert detect(text) == lang


def test_no_language_for_no_text():
    assert detect("") is None
    assert detect("123 456 :)") is None


def test_the_reply_carries_the_language_of_its_own_words_not_of_the_quote():
    body = ("Wir zahlen Ende des Monats.\n\nOn Tue, 1 Dec 2026 at 10:00, Acme <ar@acme.test> wrote:\n"
            "> Dear customer, invoice INV-2026-001 is past due. If you have already paid,\n"
            "> please ignore this message.\n")
    c = reply(body)
    assert c.language == "de"
    assert (c.intent, c.promised_date) == (Intent.PROMISE, date(2026, 12, 31))


# ======================================================================== intents

@pytest.mark.parametrize(("text", "intent"), [
    # English
    ("We paid this invoice on November 27 by ACH. Remittance advice attached.", Intent.PAID_CLAIM),
    ("The payment for this went out yesterday.", Intent.PAID_CLAIM),
    ("The amount is wrong: you charged us twice for the license.", Intent.DISPUTE),
    ("Would it be possible to split the amount into three monthly payments?",
     Intent.PLAN_REQUEST),
    ("I can't find this invoice anywhere. Could you resend it as a PDF?", Intent.NOT_RECEIVED),
    ("Could you send us your bank details?", Intent.PAYMENT_DETAILS),
    ("Please stop sending these reminders to this address.", Intent.STOP),
    # German
    ("Die Rechnung haben wir bereits am 26.11.2026 überwiesen.", Intent.PAID_CLAIM),
    ("Wir widersprechen der Rechnung, die Stunden wurden so nicht erbracht.", Intent.DISPUTE),
    ("Wäre es möglich, den Betrag in drei Raten zu zahlen?", Intent.PLAN_REQUEST),
    ("Die Rechnung liegt uns nicht vor. Bitte senden Sie sie noch einmal zu.",
     Intent.NOT_RECEIVED),
    ("Auf welches Konto sollen wir überweisen?", Intent.PAYMENT_DETAILS),
    ("Bitte senden Sie keine weiteren Mahnungen an diese Adresse.", Intent.STOP),
    # Indonesian
    ("Tagihan tersebut sudah kami bayar tanggal 27 November.", Intent.PAID_CLAIM),
    ("Jumlah di invoice tidak sesuai dengan PO kami.", Intent.DISPUTE),
    ("Apakah pembayarannya bisa dicicil 3 kali?", Intent.PLAN_REQUEST),
    ("Kami belum menerima invoice tersebut, mohon dikirim ulang.", Intent.NOT_RECEIVED),
    ("Mohon info nomor rekening tujuannya.", Intent.PAYMENT_DETAILS),
    ("Tolong jangan kirim email tagihan ke alamat ini lagi.", Intent.STOP),
    # Russian
    ("Счёт оплачен 27.11.2026, платёжное поручение прикладываю.", Intent.PAID_CLAIM),
    ("С суммой счёта не согласны: доставка по договору бесплатная.", Intent.DISPUTE),
    ("Можно ли оплатить счёт в рассрочку?", Intent.PLAN_REQUEST),
    ("Счёт к нам не приходил, пришлите, пожалуйста, ещё раз.", Intent.NOT_RECEIVED),
    ("Пришлите, пожалуйста, реквизиты для оплаты.", Intent.PAYMENT_DETAILS),
    ("Прошу больше не присылать мне эти письма.", Intent.STOP),
])
def test_each_intent_in_each_language(text, intent):
    got, _, sure = intent_of(text)
    assert got == intent
    assert sure


@pytest.mark.parametrize("text", [
    "We have not paid yet.",
    "We haven't paid it yet, our accountant is on leave.",
    "Wir haben die Rechnung noch nicht bezahlt.",
    "Kami belum bayar, dana dari customer belum masuk.",
    "Мы ещё не оплатили счёт.",
    "Once we have paid, we will let you know.",
    "Sobald wir bezahlt haben, melden wir uns.",
])
def test_a_negated_or_conditional_payment_is_not_a_paid_claim(text):
    got, _, sure = intent_of(text)
    assert got != Intent.PAID_CLAIM
    assert not sure


@pytest.mark.parametrize(("text", "when"), [
    ("We haven't paid yet, but we will transfer it on 10 December.", date(2026, 12, 10)),
    ("Noch nicht bezahlt, aber wir überweisen bis 15. Dezember.", date(2026, 12, 15)),
    ("Kami belum bayar, akan kami transfer akhir bulan ini.", date(2026, 12, 31)),
    ("Ещё не оплатили, оплатим на следующей неделе.", date(2026, 12, 11)),
])
def test_not_paid_yet_but_a_promise_is_a_promise(text, when):
    assert intent_of(text) == (Intent.PROMISE, when, True)


@pytest.mark.parametrize("text", [
    "We paid part of it last week; the rest follows once the credit note is sorted.",
    "Wir haben die Hälfte schon überwiesen, den Rest zahlen wir nach Klärung.",
    "Sebagian sudah kami transfer, sisanya menunggu barang diganti.",
    "Часть суммы оплатили, остальное оплатим после исправления акта.",
    "We already paid, but the amount is incorrect.",
    "Thanks, I have forwarded this to our accounts team.",
    "Terima kasih infonya.",
])
def test_mixed_or_unclear_replies_go_to_a_human(text):
    _, _, sure = intent_of(text)
    assert not sure


def test_a_promise_without_a_date_goes_to_a_human():
    for text in ("We will pay as soon as possible.", "Wir werden zeitnah zahlen.",
                 "Akan segera kami bayar.", "Оплатим в ближайшее время."):
        got, when, sure = intent_of(text)
        assert (got, when, sure) == (Intent.PROMISE, None, False), text


def test_a_dispute_names_its_reason():
    c = reply("Hello,\n\nThanks for the reminder. The amount is wrong: the SOW caps the work at "
              "32 hours, you billed 40.\n\nCarol")
    # a dispute is read surely (confidence) and still needs a person (needs_human)
    assert (c.intent, c.needs_human) == (Intent.DISPUTE, True)
    assert c.confidence >= 0.75
    assert c.reason.startswith("dispute: The amount is wrong")


# ======================================================================== second round
# categories of weakness found by the blind set (tests/data/eval-blind); new phrases here

@pytest.mark.parametrize(("text", "when"), [
    ("It hasn't been paid yet; it will go out on Friday.", date(2026, 12, 4)),
    ("We have NOT paid this yet. Our next AP run is on the 15th and it will go out then.",
     date(2026, 12, 15)),
    ("Not paid yet, the transfer is planned for 10 December.", date(2026, 12, 10)),
    ("We haven't paid it yet, we are paying it next Friday.", date(2026, 12, 4)),
    ("Payment has been approved and will be made by the end of next week.", date(2026, 12, 11)),
    ("Оплату ещё не произвели — бухгалтерия оплатит до 15 декабря.", date(2026, 12, 15)),
    ("Пока не оплатили, платёж запланирован на 10 декабря.", date(2026, 12, 10)),
    ("Оплата ещё не прошла, бухгалтерия переведёт в пятницу.", date(2026, 12, 4)),
    ("Оплата по счёту СЧ-2026-118 пройдёт в конце следующей недели.", date(2026, 12, 11)),
    ("Noch nicht bezahlt, wir überweisen Ende nächster Woche.", date(2026, 12, 11)),
    ("Belum kami bayar, akan kami transfer akhir minggu depan.", date(2026, 12, 11)),
])
def test_not_paid_yet_but_will_pay_is_a_promise_in_all_four_languages(text, when):
    assert intent_of(text) == (Intent.PROMISE, when, True)


@pytest.mark.parametrize(("text", "expected"), [
    ("by the end of next week", date(2026, 12, 11)),
    ("end of the following week", date(2026, 12, 11)),
    ("Ende nächster Woche", date(2026, 12, 11)),
    ("Ende der kommenden Woche", date(2026, 12, 11)),
    ("akhir minggu depan", date(2026, 12, 11)),
    ("в конце следующей недели", date(2026, 12, 11)),
    ("до конца следующей недели", date(2026, 12, 11)),
    ("early next week", date(2026, 12, 7)),
    ("Anfang nächster Woche", date(2026, 12, 7)),
    ("в начале следующей недели", date(2026, 12, 7)),
    ("Mitte nächster Woche", date(2026, 12, 9)),
    ("в середине следующей недели", date(2026, 12, 9)),
    ("Friday next week", date(2026, 12, 11)),
    ("nächste Woche am Freitag", date(2026, 12, 11)),
    ("hari Jumat minggu depan", date(2026, 12, 11)),
    ("в пятницу на следующей неделе", date(2026, 12, 11)),
    ("end of the week after next", date(2026, 12, 18)),
    ("übernächste Woche", date(2026, 12, 15)),
    ("early next month", date(2027, 1, 1)),
    ("in 10 days", date(2026, 12, 11)),
    ("within two weeks", date(2026, 12, 15)),
    ("within the next two weeks", date(2026, 12, 15)),
    ("in a fortnight", date(2026, 12, 15)),
    ("binnen 14 Tagen", date(2026, 12, 15)),
    ("innerhalb eines Monats", date(2027, 1, 1)),
    ("dalam seminggu", date(2026, 12, 8)),
    ("seminggu lagi", date(2026, 12, 8)),
    ("dalam sebulan", date(2027, 1, 1)),
    ("через две недели", date(2026, 12, 15)),
    ("через месяц", date(2027, 1, 1)),
    ("in two months", date(2027, 2, 1)),
])
def test_relative_dates(text, expected):
    assert [d for _, d in find_dates(text, TUESDAY)] == [expected]


def test_end_of_next_week_resolves_against_the_date_header():
    # Wednesday 25 November: the end of next week is Friday 4 December
    c = reply("Payment has been approved and will be made by the end of next week.",
              date_="Wed, 25 Nov 2026 15:05:00 +0000")
    assert (c.intent, c.promised_date, c.needs_human) == (Intent.PROMISE, date(2026, 12, 4), False)
    c = reply("Оплата пройдёт в конце следующей недели.", date_="Tue, 24 Nov 2026 17:05:00 +0300")
    assert (c.intent, c.promised_date) == (Intent.PROMISE, date(2026, 12, 4))


@pytest.mark.parametrize(("text", "intent"), [
    ("Счёт к нам не поступал. Пришлите, пожалуйста, повторно.", Intent.NOT_RECEIVED),
    ("Мы не получали счёт, пришлите ещё раз.", Intent.NOT_RECEIVED),
    ("Письмо со счётом так и не дошло.", Intent.NOT_RECEIVED),
    ("Прошу прекратить присылать мне эти напоминания.", Intent.STOP),
    ("Прекратите напоминания.", Intent.STOP),
    ("Больше не пишите нам.", Intent.STOP),
    ("Отпишите нас от рассылки.", Intent.STOP),
    ("Please cease sending these reminders.", Intent.STOP),
    ("Mohon hentikan pengiriman pengingat ini.", Intent.STOP),
])
def test_russian_not_received_and_stop(text, intent):
    got, _, sure = intent_of(text)
    assert (got, sure) == (intent, True)


@pytest.mark.parametrize("text", [
    ("Bitte unterlassen Sie ab sofort weitere automatische Zahlungserinnerungen an diese "
    "Adresse. Ich widerspreche der Nutzung meiner E-Mail-Adresse für diesen Zweck."),
    ("We object to the use of our email address for automated reminders. Please cease "
    "sending them."),
    "Kami keberatan menerima email pengingat otomatis ini.",
    "Возражаем против использования нашего адреса для рассылки.",
])
def test_an_objection_to_the_mailing_is_a_stop_not_a_dispute(text):
    got, _, sure = intent_of(text)
    assert (got, sure) == (Intent.STOP, True)


@pytest.mark.parametrize(("text", "besides"), [
    ("Ich widerspreche der Rechnung, bitte keine Mahnungen mehr.", "dispute"),
    ("Stop sending reminders, we paid on Monday.", "paid_claim"),
])
def test_a_stop_beside_another_intent_is_honoured_and_names_the_other(text, besides):
    # issue 11: a stop read as "not understood" only paused the debtor, and a later resume
    # mailed them again; the stop is acted on, and staff (a stop always needs a person)
    # read the other intent in its reason
    r = read(text, TUESDAY, None, datetime(2026, 12, 1, 10, tzinfo=UTC))
    assert r.intent == Intent.STOP, r.reason
    assert r.confidence >= 0.75
    assert besides in r.reason


@pytest.mark.parametrize("text", [
    ("We can't pay this as invoiced. Forty of the seats were cancelled in September and "
    "they're still being charged. Please send a corrected invoice and we'll process it."),
    "The amount is wrong, we will pay the correct amount on Friday.",
    "We were charged twice for the same licence.",
    "The invoice doesn't match our purchase order.",
    "Das haben wir nicht bestellt.",
    "Bitte schicken Sie uns eine Gutschrift, Position 3 wurde storniert.",
    "Jumlah di invoice tidak sesuai dengan PO kami.",
    "Pesanan itu sudah dibatalkan.",
    "Сумма не совпадает с договором.",
    "Эта позиция была отменена, пришлите исправленный счёт.",
])
def test_a_dispute_without_the_word_dispute(text):
    got, when, sure = intent_of(text)
    assert (got, when, sure) == (Intent.DISPUTE, None, True)


@pytest.mark.parametrize(("body", "intent", "human"), [
    ("We already paid this invoice on 1 December.", Intent.PAID_CLAIM, True),
    ("The amount is incorrect: we were overcharged.", Intent.DISPUTE, True),
    ("Could we pay this in installments?", Intent.PLAN_REQUEST, True),
    ("We never received this invoice. Could you send it again?", Intent.NOT_RECEIVED, True),
    ("Could you send us your bank details?", Intent.PAYMENT_DETAILS, True),
    ("Please stop contacting us.", Intent.STOP, True),
    ("We will pay on 10 December.", Intent.PROMISE, False),
])
def test_needs_human_means_a_person_must_act_confidence_means_how_sure(body, intent, human):
    c = reply(body)
    assert (c.intent, c.needs_human) == (intent, human)
    assert c.confidence >= 0.75


def test_an_unsure_reading_is_low_confidence_and_needs_a_human():
    for body in ("We will pay as soon as possible.", "Thanks, noted.", "Okay, I'll look."):
        c = reply(body)
        assert c.needs_human, body
        assert c.confidence < 0.6, body


def test_invoice_numbers_written_in_the_reply_are_reported_known_first():
    c = reply("We paid invoice INV-2026-001 and Invoice No. INV-2026-777 last week.")
    assert c.invoice_numbers == ("INV-2026-001", "INV-2026-777")
    c = reply("Счёт № СЧ-2026-555 мы не получали, пришлите, пожалуйста.",
              subject="Re: Счёт СЧ-2026-118")
    assert c.invoice_numbers[0] == "СЧ-2026-118"
    assert "СЧ-2026-555" in c.invoice_numbers


# ======================================================================== dates

@pytest.mark.parametrize(("text", "expected"), [
    ("next Friday", date(2026, 12, 4)),
    ("by the end of the month", date(2026, 12, 31)),
    ("end of next month", date(2027, 1, 31)),
    ("tomorrow", date(2026, 12, 2)),
    ("next week", date(2026, 12, 11)),  # the week's last working day
    ("within 5 business days", date(2026, 12, 8)),
    ("on December 15th", date(2026, 12, 15)),
    ("on 15 January", date(2027, 1, 15)),  # said in December: next year
    ("Ende des Monats", date(2026, 12, 31)),
    ("nächste Woche", date(2026, 12, 11)),  # the week's last working day
    ("bis 15. Dezember", date(2026, 12, 15)),
    ("am 18.12.", date(2026, 12, 18)),
    ("Anfang nächsten Monats", date(2027, 1, 1)),
    ("am Freitag", date(2026, 12, 4)),
    ("akhir bulan ini", date(2026, 12, 31)),
    ("minggu depan", date(2026, 12, 11)),  # the week's last working day
    ("tanggal 15 Desember", date(2026, 12, 15)),
    ("hari Jumat", date(2026, 12, 4)),
    ("besok", date(2026, 12, 2)),
    ("dalam 3 hari kerja", date(2026, 12, 4)),
    ("до 15 декабря", date(2026, 12, 15)),
    ("в конце месяца", date(2026, 12, 31)),
    ("на следующей неделе", date(2026, 12, 11)),  # the week's last working day
    ("завтра", date(2026, 12, 2)),
    ("в пятницу", date(2026, 12, 4)),
    ("в течение пяти рабочих дней", date(2026, 12, 8)),
])
def test_date_phrases_of_the_four_languages(text, expected):
    assert [d for _, d in find_dates(text, TUESDAY)] == [expected]


@pytest.mark.parametrize("text", ["Guten Morgen", "pay 1/2 now", "1.5 hours", "des Monats"])
def test_things_that_are_not_dates(text):
    assert find_dates(text, TUESDAY) == []


@pytest.mark.parametrize(("body", "header", "expected"), [
    ("We will pay next Friday.", "Tue, 01 Dec 2026 10:00:00 +0000", date(2026, 12, 4)),
    ("Wir zahlen Ende des Monats.", "Wed, 02 Dec 2026 11:45:00 +0100", date(2026, 12, 31)),
    ("Akan kami transfer minggu depan.", "Wed, 02 Dec 2026 10:10:00 +0700", date(2026, 12, 11)),
    ("Оплатим до 15 декабря.", "Thu, 03 Dec 2026 11:00:00 +0300", date(2026, 12, 15)),
    # 01:30 in Jakarta is still the day before in UTC: "tomorrow" is the writer's tomorrow
    ("Pembayaran akan kami proses besok.", "Tue, 08 Dec 2026 01:30:00 +0700", date(2026, 12, 9)),
    ("Платёж уйдёт завтра.", "Mon, 07 Dec 2026 23:50:00 +0300", date(2026, 12, 8)),
])
def test_promised_dates_resolve_against_the_date_header(body, header, expected):
    c = reply(body, date_=header)
    assert (c.intent, c.promised_date, c.needs_human) == (Intent.PROMISE, expected, False)


def test_a_past_date_is_not_a_promise_date():
    got, when, sure = intent_of("We will pay, as agreed on 20 November.")
    assert (got, when, sure) == (Intent.PROMISE, None, False)


# ======================================================================== quote stripping

REMINDER_EN = ("Dear Carol,\n\nInvoice INV-2026-001 is past due. We would be grateful if you "
               "could arrange the payment.\n\nIf you have already paid, please ignore this "
               "message, and thank you.\n\nKind regards,\nAccounts team")


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


@pytest.mark.parametrize(("body", "own"), [
    # Gmail, wrapped header
    ((f"Thanks, noted.\n\nOn Tue, Dec 1, 2026 at 10:00 AM Acme Accounts <\nar@acme.test> "
      f"wrote:\n\n{quoted(REMINDER_EN)}\n"), "Thanks, noted."),
    # Outlook block without quote marks
    (("Wir prüfen das.\n\nVon: Acme Buchhaltung <ar@acme.test>\nGesendet: Dienstag, 1. Dezember "
      f"2026 10:00\nAn: Petra\nBetreff: Rechnung\n\n{REMINDER_EN}\n"), "Wir prüfen das."),
    (("Baik Bu.\n\n________________________________\nDari: Tim Keuangan <ar@acme.test>\n"
      f"Dikirim: Selasa, 01 Desember 2026 10.00\nKepada: Siti\nPerihal: Tagihan\n\n{REMINDER_EN}"),
     "Baik Bu."),
    (("Хорошо.\n\n-----Original Message-----\nОт: Бухгалтерия <ar@acme.test>\nОтправлено: 1 "
      f"декабря 2026 г. 10:00\nКому: Иван\nТема: Счёт\n\n{REMINDER_EN}"), "Хорошо."),
    # "Am ... schrieb ...:", "Pada ... menulis:", "... написал:", Gmail ru, Yandex
    (f"Gut.\n\nAm 01.12.2026 um 10:00 schrieb Acme Buchhaltung:\n{quoted(REMINDER_EN)}", "Gut."),
    ((f"Oke.\n\nPada tanggal Sel, 1 Des 2026 pukul 10.00 Acme <ar@acme.test>\nmenulis:\n\n"
      f"{quoted(REMINDER_EN)}"), "Oke."),
    (f"Принято.\n\n01.12.2026 10:00, Бухгалтерия Акме написал(а):\n{quoted(REMINDER_EN)}",
     "Принято."),
    ((f"Принято.\n\nвт, 1 дек. 2026 г. в 10:00, Бухгалтерия <ar@acme.test>:\n\n"
      f"{quoted(REMINDER_EN)}"), "Принято."),
    (f"Принято.\n\n01.12.2026, 10:00, \"Бухгалтерия\" <ar@acme.test>:\n{quoted(REMINDER_EN)}",
     "Принято."),
    # answered below the quote
    ((f"On 12/1/2026 10:00 AM, Acme Accounts wrote:\n{quoted(REMINDER_EN)}\n\nWe will pay on "
      "Monday.\n\n-- \nBob"), "We will pay on Monday."),
    # signatures
    ("We will pay on Monday.\n\nBest regards,\nBob Smith\nGlobex | +1 555 0100",
     "We will pay on Monday."),
    ("Wir zahlen morgen.\n\nMit freundlichen Grüßen\nHans Müller\nIBAN DE12 3456", "Wir zahlen morgen."),
    ("Akan kami bayar besok.\n\nSalam,\nBudi", "Akan kami bayar besok."),
    ("Оплатим завтра.\n\nС уважением,\nИван Петров", "Оплатим завтра."),
    ("Here is another email\n\nSent from my iPhone", "Here is another email"),
    # a sign-off word inside a sentence is not a signature
    ("Thanks, we paid it yesterday.", "Thanks, we paid it yesterday."),
    ("Terima kasih, sudah kami transfer kemarin.", "Terima kasih, sudah kami transfer kemarin."),
])
def test_quotes_and_signatures_are_cut(body, own):
    assert strip_reply(body) == own


def test_the_bots_own_reminder_text_never_counts_as_the_clients_words():
    # pasted back without quote marks: its "if you have already paid" must not read as a claim
    c = reply("Noted.\nIf you have already paid, please ignore this message, and thank you.")
    assert c.intent == Intent.OTHER
    assert c.needs_human
    for body in (
        f"Ok.\n\nOn Tue, 1 Dec 2026, Acme <ar@acme.test> wrote:\n{quoted(REMINDER_EN)}",
        f"{quoted(REMINDER_EN)}\n\nOk.",
        "Ok.\nFalls Sie bereits bezahlt haben, betrachten Sie diese Nachricht als gegenstandslos.",
        "Ok.\nJika Bapak/Ibu sudah melakukan pembayaran, mohon abaikan pesan ini.",
        "Ok.\nЕсли вы уже оплатили счёт, просто не обращайте внимания на это письмо.",
    ):
        c = reply(body)
        assert c.intent == Intent.OTHER, body
        assert c.needs_human


def test_an_html_only_reply_loses_its_quoted_blockquote():
    html = ("<html><body><p>We paid it on Monday.</p><div class=\"gmail_quote\">On Tue, Acme "
            "wrote:<blockquote>If you have already paid, please ignore this message."
            "</blockquote></div></body></html>")
    msg = parse_message(mail(html, content_type="text/html"))
    assert reply_text(msg) == "We paid it on Monday."
    assert classify(msg, CTX).intent == Intent.PAID_CLAIM


def test_a_huge_single_line_body_is_handled_quickly():
    start = time.perf_counter()
    strip_reply("x, " * 40_000)
    reply("we paid " + "a, " * 30_000)
    assert time.perf_counter() - start < 5


# ------------------------------------------------------------- the real corpus of replies

CORPUS = HERE / "data" / "corpus"


def _labelled(folder: Path) -> list[tuple[Path, str]]:
    rows = csv.DictReader((folder / "labels.csv").open(encoding="utf-8", newline=""))
    return [(folder / r["path"], r["expected"].removeprefix("reply text after quote stripping: "))
            for r in rows if r["kind"] == "reply" and r["expected"]]


SHARED_REPLIES = _labelled(SHARED) if (SHARED / "labels.csv").exists() else []


@pytest.mark.parametrize(("path", "expected"), SHARED_REPLIES,
                         ids=lambda x: getattr(x, "name", ""))
def test_talon_replies_keep_only_the_new_text(path, expected):
    # talon keeps signatures ("Hello / / Sent from my iPhone"); we cut them: the first line counts
    got = reply_text(parse_message(path.read_bytes()))
    assert got.splitlines()[0].strip() == expected.split(" / ")[0].strip()
    assert ">" not in got


# what mail-parser-reply's own tests expect of the first reply of these bodies
UPSTREAM = {
    "mailparserreply-email_1_3.txt": "Oh thanks.\n\nHaving the function would be great.",
    "mailparserreply-email_headers_no_delimiter.txt": "And another reply!",
    "mailparserreply-email_sent_from_iPhone.txt": "Here is another email",
    "mailparserreply-email_sent_from_BlackBerry.txt": "Here is another email",
    "mailparserreply-email_sent_from_multi_word_mobile_device.txt": "Here is another email",
    "mailparserreply-email_sent_from_not_signature.txt":
        "Here is another email\n\nSent from my desk, is much easier than my mobile phone.",
    "mailparserreply-email_2_3.txt": "Outlook with a reply above headers using unusual format",
}


@pytest.mark.parametrize(("name", "expected"), sorted(UPSTREAM.items()))
def test_mail_parser_reply_fixtures(name, expected):
    assert strip_reply((SHARED / "reply" / name).read_text(encoding="utf-8")) == expected


def test_no_quoted_line_survives_in_any_shared_reply_body():
    for path in sorted((SHARED / "reply").glob("*.txt")):
        text = strip_reply(path.read_text(encoding="utf-8", errors="replace"))
        assert not any(line.lstrip().startswith(">") for line in text.splitlines()), path.name


# ======================================================================== recognising a reply

def test_with_an_empty_context_a_reply_about_an_invoice_is_a_client_reply():
    for subject, body in (("Re: Invoice 2026-17", "We will pay next Friday."),
                          ("AW: Rechnung 4711", "Wir haben bereits bezahlt."),
                          ("Balas: Tagihan bulan November", "Sudah kami transfer."),
                          ("Ответ: Счёт №118", "Оплатим завтра.")):
        c = reply(body, EMPTY, sender="x@stranger.test", subject=subject, in_reply_to=None)
        assert c.kind == Kind.CLIENT_REPLY, subject
        assert "not tied" in c.reason


def test_a_threaded_reply_that_talks_about_payment_is_a_client_reply_without_re():
    c = reply("Payment will be made on 10 December 2026.", EMPTY, subject="Hello",
              in_reply_to="<unknown@elsewhere.test>")
    assert (c.kind, c.intent, c.promised_date) == (Kind.CLIENT_REPLY, Intent.PROMISE,
                                                   date(2026, 12, 10))


def test_with_an_empty_context_a_reply_about_something_else_is_not_a_client_reply():
    c = reply("See you at lunch!", EMPTY, sender="x@stranger.test", subject="Re: lunch",
              in_reply_to="<lunch@x.test>")
    assert c.kind == Kind.OTHER


def test_a_known_invoice_number_in_cyrillic_is_found():
    c = reply("Оплатим завтра.", sender="new@primer.test", subject="Re: Счёт СЧ-2026-118",
              in_reply_to=None)
    assert c.kind == Kind.CLIENT_REPLY
    assert c.invoice_numbers == ("СЧ-2026-118",)


def test_the_thread_id_that_we_know_is_the_original_message():
    raw = mail("We paid.", in_reply_to=None).replace(
        b"MIME-Version", f"In-Reply-To: <colleague@client.test>\r\nReferences: {THREAD} "
                         f"<colleague@client.test>\r\nMIME-Version".encode())
    c = classify(parse_message(raw), CTX)
    assert c.original_message_id == THREAD


# ======================================================================== the written set

def test_written_replies_are_understood():
    """tests/data/eval/labels-replies.csv: at least 90% right, no action on a wrong kind."""
    ctx = load_context(EVAL / "context.toml")
    cases = [c for c in written_cases(EVAL) if c.path.name.startswith("reply-")]
    assert len(cases) >= 48
    outcomes = evaluate(cases, ctx)
    right = sum(o.verdict == "right" for o in outcomes)
    assert right / len(outcomes) >= 0.9, [(o.case.path.name, o.mismatches) for o in outcomes
                                          if o.verdict != "right"]
    assert not any(o.unsafe for o in outcomes)
    # a wrong reading must never be acted on: every miss is left to a human
    assert all(o.record["needs_human"] for o in outcomes if o.verdict == "wrong"
               and "intent" in o.mismatches)


# ====================================================== third round: short claims, id, ru

REMINDER_QUOTE = ("\n\nOn Tue, 1 Dec 2026 at 09:00, Acme <ar@acme.test> wrote:\n"
                  "> This is a reminder that invoice INV-2026-001 is overdue.\n"
                  "> If you have already paid, please ignore this message.\n")


@pytest.mark.parametrize("body", [
    "Done", "paid!", "All done, thanks", "sent it this morning", "It's paid.",
    "Erledigt.", "ist bezahlt", "Schon überwiesen, danke", "überwiesen",
    "sudah ya", "Sudah ya pak", "sudah dibayar bu", "sdh", "Sudah kami transfer kemarin",
    "Оплачено!", "оплатили", "Уже перевели, спасибо",
    "done\n\nBob",
])
def test_a_few_words_answering_our_reminder_are_a_paid_claim(body):
    c = reply(body)  # threaded to our reminder
    assert (c.kind, c.intent) == (Kind.CLIENT_REPLY, Intent.PAID_CLAIM), body
    assert c.confidence >= 0.75
    assert c.needs_human  # staff confirm against the bank


def test_a_short_claim_quoting_our_reminder_without_thread_headers_is_a_paid_claim():
    c = reply("paid" + REMINDER_QUOTE, in_reply_to=None, sender="alice@client.test")
    assert (c.intent, c.needs_human) == (Intent.PAID_CLAIM, True)
    assert c.confidence >= 0.75


@pytest.mark.parametrize("body", [
    "done?", "not done yet", "noch nicht erledigt", "belum ya pak", "sudah terima",
    "sudah diterima, makasih", "не оплачено", "Ok, thanks", "ya", "Sudah, tapi ada pertanyaan",
])
def test_short_replies_that_are_not_a_claim_of_payment(body):
    c = reply(body)
    assert c.intent != Intent.PAID_CLAIM, body


def test_done_outside_a_payment_thread_is_not_a_paid_claim():
    c = reply("done", in_reply_to=None, sender="alice@client.test",
              subject="Re: slides for the workshop")
    assert c.intent != Intent.PAID_CLAIM


@pytest.mark.parametrize(("text", "intent"), [
    ("Tolong jangan kirim email tagihan lagi ke alamat saya.", Intent.STOP),
    ("Mohon jangan kirim pengingat lagi, saya sudah pindah kantor.", Intent.STOP),
    ("Jangan kirimi kami email seperti ini lagi.", Intent.STOP),
    ("Mohon berhenti mengirim email ke alamat ini.", Intent.STOP),
    ("Please don't send it again to this address, I left the company.", Intent.STOP),
    ("Mohon info nomor rekening dan nama bank, di email sebelumnya tidak ada.",
     Intent.PAYMENT_DETAILS),
    ("Minta no rek untuk transfer ya bu.", Intent.PAYMENT_DETAILS),
    ("Rekening tujuan untuk pembayarannya apa ya? Di invoice tidak ada.",
     Intent.PAYMENT_DETAILS),
    # a real resend request still is one
    ("Invoicenya belum kami terima, tolong kirim ulang.", Intent.NOT_RECEIVED),
    ("Bitte schicken Sie die Rechnung noch einmal, sie ist nicht angekommen.",
     Intent.NOT_RECEIVED),
])
def test_indonesian_stop_and_payment_details(text, intent):
    got, _, sure = intent_of(text)
    assert (got, sure) == (intent, True), text


@pytest.mark.parametrize("text", [
    "Nanti dibayar setelah dana dari pelanggan kami cair ya.",
    "Iya bu, nanti kami transfer kalau tagihan dari klien kami sudah dibayar.",
    "Kepala keuangan berjanji akan membayar secepatnya.",
])
def test_an_indonesian_promise_without_a_date_goes_to_a_human(text):
    assert intent_of(text) == (Intent.PROMISE, None, False)


@pytest.mark.parametrize(("text", "when"), [
    # the base is Tuesday 1 December 2026
    ("Ещё не оплатили. Бухгалтерия обещает провести платёж в пятницу.", date(2026, 12, 4)),
    ("Пока не заплатили, но в отделе обещают оплатить в четверг.", date(2026, 12, 3)),
    ("Счёт ещё не оплачен, финансисты планируют перевести деньги 10 декабря.",
     date(2026, 12, 10)),
    ("Оплаты пока нет, платёж уйдёт в понедельник.", date(2026, 12, 7)),
    ("Директор собирается перечислить сумму до конца недели.", date(2026, 12, 4)),
    ("Accounting promised to pay on Friday.", date(2026, 12, 4)),
])
def test_someone_elses_promise_is_a_promise_with_its_date(text, when):
    assert intent_of(text) == (Intent.PROMISE, when, True), text


def test_a_negated_third_person_promise_is_not_a_promise():
    got, _, sure = intent_of("Бухгалтерия не обещает оплатить в этом месяце.")
    assert got != Intent.PROMISE or not sure


def test_a_russian_weekday_promise_resolves_against_the_date_header():
    c = reply("Ещё не оплатили, извините. Бухгалтерия обещает провести платёж в пятницу.",
              date_="Tue, 24 Nov 2026 15:00:00 +0300")
    assert (c.intent, c.promised_date, c.needs_human) == (
        Intent.PROMISE, date(2026, 11, 27), False)

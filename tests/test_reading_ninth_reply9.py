"""Reply phrasings of the ninth blind round's kinds of miss, written anew: a promise put
in a named payment run ("on our list for Friday's payment run") or said as "we'll have X
settled by ..."; a paid claim by its channel ("sent it over via BACS"), a long German
verb-final claim ("wir haben ... unter Abzug von Skonto ... überwiesen"), "die Rate ist
raus", Russian "скинули"; an invoice that "was sent" (the invoice, not the money); German
"aufzuteilen", Russian "разделить аванс на два транша" (plan requests); an Indonesian
"pelunasan pasti kami proses tanggal ..."; a soft promise ("постараемся", "we'll try")
read with its date but left to a person; an invoice named short ("invoice 0104 dan
0071", "за ПЛ-0464") when one known invoice fits."""

from __future__ import annotations

import email.header
from datetime import UTC, date, datetime

import pytest

from mailbot.domain.values import Classification, Intent
from mailbot.reading.classify import Context, classify
from mailbot.reading.kinds.client_reply import ACT_THRESHOLD, _needs_human, read
from mailbot.reading.parse import parse_message

TUESDAY = date(2026, 12, 8)


def reading(text: str, language: str):
    return read(text, TUESDAY, language, datetime(2026, 12, 8, 10, tzinfo=UTC))


@pytest.mark.parametrize(("text", "language", "day"), [
    ("Number 2290 is on our schedule for Friday's payment run.", "en", date(2026, 12, 11)),
    ("Apologies, we've added your bill to this Thursday's AP run.", "en", date(2026, 12, 10)),
    ("We'll have ACC-77-310 settled by the end of the month.", "en", date(2026, 12, 31)),
    ("Sorry! I will have the bill paid by Friday.", "en", date(2026, 12, 11)),
    ("Maaf, minggu ini belum bisa. Pelunasan pasti kami proses tanggal 14 Desember.", "id",
     date(2026, 12, 14)),
    ("Transfer akan kami lakukan hari Jumat.", "id", date(2026, 12, 11)),
])
def test_a_promise_phrasing_is_a_sure_promise_with_its_day(text, language, day):
    r = reading(text, language)
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == day
    assert not _needs_human(r)


@pytest.mark.parametrize(("text", "language", "intent"), [
    ("popped it over to you via BACS this morning, should be with you tomorrow", "en",
     Intent.PAID_CLAIM),
    ("Sent over yesterday by faster payment.", "en", Intent.PAID_CLAIM),
    (("Wir haben die Rechnung RE-4411 am 02.12. nach Abzug von 3 % Skonto mit 1.940,00 € "
      "überwiesen."), "de", Intent.PAID_CLAIM),
    ("Hi, die zweite Rate ist raus! LG Petra", "de", Intent.PAID_CLAIM),
    ("Вчера скинули деньги по ссылке из письма, проверьте.", "ru", Intent.PAID_CLAIM),
    ("за счёт 317 скинула утром через СБП", "ru", Intent.PAID_CLAIM),
    # the invoice was sent, not the money
    (("Your office says bill 55-ZX-9 was sent on 2 December, but nobody here has seen it. "
      "Please resend it."), "en", Intent.NOT_RECEIVED),
    ("Ist es möglich, die Summe in zwei Hälften aufzuteilen?", "de", Intent.PLAN_REQUEST),
    ("Просим разделить аванс на два транша: 20.12 и 15.01.", "ru", Intent.PLAN_REQUEST),
    ("Нельзя ли разбить предоплату на две части?", "ru", Intent.PLAN_REQUEST),
])
def test_the_phrasing_is_read_as_its_intent(text, language, intent):
    r = reading(text, language)
    assert r.intent == intent, r.reason


@pytest.mark.parametrize(("text", "language"), [
    ("Скиньте, пожалуйста, счёт ещё раз.", "ru"),
    ("Скинули счёт бухгалтеру, ждём.", "ru"),
    ("Скинули вам на почту акт сверки.", "ru"),
    ("Please send the invoice over via email.", "en"),
])
def test_a_document_sent_is_no_paid_claim(text, language):
    assert reading(text, language).intent != Intent.PAID_CLAIM


@pytest.mark.parametrize(("text", "language", "day"), [
    ("Не могу обещать оплату до пятницы, но постараемся закрыть счёт до 15-го.", "ru",
     date(2026, 12, 15)),
    ("Постараемся оплатить до 18 декабря.", "ru", date(2026, 12, 18)),
    ("We'll try to pay it by 18 December.", "en", date(2026, 12, 18)),
    ("Wir versuchen, bis zum 18.12. zu überweisen.", "de", date(2026, 12, 18)),
])
def test_a_soft_promise_keeps_its_day_but_goes_to_a_person(text, language, day):
    r = reading(text, language)
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == day
    assert r.confidence < ACT_THRESHOLD
    assert _needs_human(r)


# ========================================================== invoices named short

BOT = "ar@weaver.test"
SHORT_CTX = Context(
    bot_address=BOT,
    known_invoice_numbers=("FK/TN/XII/2026/0217", "FK/TN/XI/2026/0188", "FK/TN/XI/2026/0190",
                           "ЗК-0731/26", "ЗК-0732/26", "AB-26-0190"),
    known_contacts=frozenset({"rina@client.test"}))


def short_reply(body: str, subject: str) -> Classification:
    lines = ["From: Rina <rina@client.test>", f"To: {BOT}",
             f"Subject: {email.header.Header(subject, 'utf-8').encode()}",
             "Date: Wed, 09 Dec 2026 09:00:00 +0700", "Message-ID: <s1@client.test>",
             "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
             "Content-Transfer-Encoding: 8bit"]
    raw = ("\r\n".join(lines) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode("utf-8")
    return classify(parse_message(raw), SHORT_CTX)


def test_serials_after_an_invoice_word_name_the_known_invoices():
    c = short_reply("Halo Bu,\n\nUntuk invoice 0217 dan 0188 sudah kami transfer tadi siang.",
                    "Re: Pengingat FK/TN/XII/2026/0217")
    assert c.invoice_numbers == ("FK/TN/XII/2026/0217", "FK/TN/XI/2026/0188")


def test_letters_and_serial_name_the_known_invoice_without_its_year():
    c = short_reply("Добрый день, по ЗК-0732 оплатили сегодня утром.", "оплата")
    assert c.invoice_numbers == ("ЗК-0732/26",)


def test_a_serial_two_known_invoices_end_with_names_none():
    # FK/TN/XI/2026/0190 and AB-26-0190 both end with 0190: a person picks
    c = short_reply("Invoice 0190 sudah kami bayar.", "pembayaran")
    assert c.invoice_numbers == ()

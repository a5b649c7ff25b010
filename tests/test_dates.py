"""One date reader (mailbot.reading.dates) for invoices, promises and absence notes.

The same written date must mean the same day wherever it appears: as an invoice's due
date (mailbot.reading.invoices / mailbot.reading.extract), as the date a client promises to pay (a reply,
through mailbot.reading.classify) and as the date an absence note says its writer is back (an
auto-reply, through mailbot.reading.classify). Each language's words for dates live in one file
of mailbot/reading/lang/.
"""

from __future__ import annotations

import email.header
import hashlib
from datetime import date

import pytest

from mailbot.domain.values import Classification, Intent, Kind
from mailbot.reading import extract, invoices
from mailbot.reading.classify import Context, classify
from mailbot.reading.parse import parse_message

BOT = "ar@acme.test"
THREAD = "<mailbot.0001@acme.test>"
CTX = Context(
    bot_address=BOT,
    staff_domains=frozenset({"acme.test"}),
    known_invoice_numbers=("INV-2026-001",),
    known_message_ids=frozenset({THREAD}),
    known_contacts=frozenset({"carol@client.test"}),
)
# every message is written on Sunday 1 February 2026, before every date below
SENT = "Sun, 01 Feb 2026 10:00:00 +0000"


def _mail(body: str, subject: str, headers: dict[str, str], sent: str) -> bytes:
    if not subject.isascii():
        subject = email.header.Header(subject, "utf-8").encode()
    digest = hashlib.sha1((subject + body).encode()).hexdigest()
    lines = ["From: Carol <carol@client.test>", f"To: {BOT}", f"Subject: {subject}",
             f"Date: {sent}", f"Message-ID: <{digest}@client.test>", "MIME-Version: 1.0",
             "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode("utf-8")


def promise(body: str, sent: str = SENT) -> Classification:
    raw = _mail(body, "Re: Invoice INV-2026-001", {"In-Reply-To": THREAD, "References": THREAD},
                sent)
    return classify(parse_message(raw), CTX)


def absence(body: str, subject: str, sent: str = SENT) -> Classification:
    raw = _mail(body, subject, {"Auto-Submitted": "auto-replied", "In-Reply-To": THREAD}, sent)
    return classify(parse_message(raw), CTX)


# (language, the date as written, what it means, an invoice stating it as the due date,
#  a client's promise to pay on it, an absence note saying the writer is back on it,
#  the absence note's subject)
CASES = [
    ("id", "5 Nopember 2026", date(2026, 11, 5),
     "Faktur INV-2026-001\nTanggal faktur: 20 Januari 2026\nJatuh tempo: 5 Nopember 2026\n",
     "Mohon maaf, kami akan bayar tanggal 5 Nopember 2026.",
     "Saya sedang cuti. Saya kembali tanggal 5 Nopember 2026.", "Di luar kantor"),
    ("id", "5 Agust 2026", date(2026, 8, 5),
     "Faktur INV-2026-001\nJatuh tempo: 5 Agust 2026\n",
     "Mohon maaf, kami akan bayar tanggal 5 Agust 2026.",
     "Saya sedang cuti. Saya kembali tanggal 5 Agust 2026.", "Di luar kantor"),
    ("id", "5 Agustus 2026", date(2026, 8, 5),
     "Faktur INV-2026-001\nJatuh tempo: 5 Agustus 2026\n",
     "Mohon maaf, kami akan bayar pada 5 Agustus 2026.",
     "Kantor kami libur dan akan kembali beroperasi pada 5 Agustus 2026.", "Di luar kantor"),
    ("de", "5. März 2026", date(2026, 3, 5),
     "Rechnung INV-2026-001\nRechnungsdatum: 20.01.2026\nFällig am 5. März 2026\n",
     "Wir überweisen den Betrag am 5. März 2026.",
     "Ich bin im Urlaub und ab dem 5. März 2026 wieder im Büro.", "Abwesenheitsnotiz"),
    ("de", "5. Maerz 2026", date(2026, 3, 5),
     "Rechnung INV-2026-001\nFällig am 5. Maerz 2026\n",
     "Wir überweisen den Betrag am 5. Maerz 2026.",
     "Ich bin im Urlaub und ab dem 5. Maerz 2026 wieder im Büro.", "Abwesenheitsnotiz"),
    ("ru", "5 марта 2026", date(2026, 3, 5),
     "Счёт № INV-2026-001 от 20 января 2026 г.\nОплатить до 5 марта 2026 г.\n",
     "Оплатим счёт 5 марта 2026 года.",
     "Я в отпуске, вернусь 5 марта 2026.", "Автоответ: в отпуске"),
    ("ru", "5 мая 2026", date(2026, 5, 5),
     "Счёт № INV-2026-001\nСрок оплаты: 5 мая 2026 г.\n",
     "Оплатим счёт 5 мая 2026 года.",
     "Я в отпуске, вернусь 5 мая 2026.", "Автоответ: в отпуске"),
    ("en", "March 5, 2026", date(2026, 3, 5),
     "Invoice INV-2026-001\nInvoice date: January 20, 2026\nDue date: March 5, 2026\n",
     "We will pay the invoice on March 5, 2026.",
     "I am out of the office and will be back on March 5, 2026.", "Out of Office"),
    ("en", "Sept. 5, 2026", date(2026, 9, 5),
     "Invoice INV-2026-001\nDue date: Sept. 5, 2026\n",
     "We will pay the invoice on Sept. 5, 2026.",
     "I am out of the office and will be back on Sept. 5, 2026.", "Out of Office"),
    # numeric dates in the order the document itself shows (18.10. cannot be month-first);
    # the date that shows it stands in a sentence of its own, away from the promise
    ("de", "05.11.2026 (day first)", date(2026, 11, 5),
     "Rechnung INV-2026-001\nRechnungsdatum: 18.10.2026\nFällig am: 05.11.2026\n",
     "Ihre Rechnung vom 18.10.2026 ist angekommen. Wir überweisen den Betrag am 05.11.2026.",
     "Vom 18.10.2026 bis 04.11.2026 bin ich im Urlaub, ab dem 05.11.2026 wieder im Büro.",
     "Abwesenheitsnotiz"),
    ("id", "05.11.2026 (day first)", date(2026, 11, 5),
     "Faktur INV-2026-001\nTanggal faktur: 18.10.2026\nJatuh tempo: 05.11.2026\n",
     "Faktur tanggal 18.10.2026 sudah kami terima. Kami akan bayar pada 05.11.2026.",
     "Saya cuti mulai 18.10.2026, kembali bekerja tanggal 05.11.2026.", "Di luar kantor"),
    ("ru", "05.11.2026 (day first)", date(2026, 11, 5),
     "Счёт № INV-2026-001 от 18.10.2026\nОплатить до 05.11.2026\n",
     "Счёт от 18.10.2026 получили. Оплатим его 05.11.2026.",
     "В отпуске с 18.10.2026, вернусь 05.11.2026.", "Автоответ: в отпуске"),
    # 10.18.2026 cannot be day-first: the document writes its dates month first
    ("en", "05.11.2026 (month first)", date(2026, 5, 11),
     "Invoice INV-2026-001\nInvoice date: 10.18.2026\nDue date: 05.11.2026\n",
     "We got your invoice of 10.18.2026. We will pay it on 05.11.2026.",
     "I am away from 10.18.2026; I will be back on 05.11.2026.", "Out of Office"),
    ("en", "05/11/2026 (month first)", date(2026, 5, 11),
     "Invoice INV-2026-001\nInvoice date: 10/18/2026\nDue date: 05/11/2026\n",
     "We got your invoice of 10/18/2026. We will pay it on 05/11/2026.",
     "I am away from 10/18/2026; I will be back on 05/11/2026.", "Out of Office"),
]
IDS = [f"{c[0]}: {c[1]}" for c in CASES]


@pytest.mark.parametrize(("lang", "written", "meant", "invoice", "reply", "note", "subject"),
                         CASES, ids=IDS)
def test_a_date_reads_the_same_on_an_invoice_in_a_promise_and_in_an_absence_note(
        lang, written, meant, invoice, reply, note, subject):
    due = invoices.from_text(invoice, "pdf").due_date
    order = extract.numeric_date_order(invoice)
    promised = promise(reply)
    away = absence(note, subject)
    assert (promised.kind, promised.intent) == (Kind.CLIENT_REPLY, Intent.PROMISE), promised
    assert away.kind == Kind.AUTO_REPLY, away
    assert {"invoice": due, "extract": extract.due_date(invoice, order=order),
            "promise": promised.promised_date, "absence": away.return_date} == dict.fromkeys(
        ("invoice", "extract", "promise", "absence"), meant)


def test_each_language_has_one_file_of_date_words():
    from mailbot.reading import dates
    from mailbot.reading.lang import LANGUAGES

    assert set(LANGUAGES) >= {"en", "de", "id", "ru"}
    for code, words in LANGUAGES.items():
        assert len(set(words.MONTHS)) == 12, code
        assert len(set(words.WEEKDAYS)) == 7, code
    # the spelling variants are known to the one reader, nowhere else
    assert dates.month_number("Nopember") == 11
    assert dates.month_number("Agust.") == 8
    assert dates.month_number("Maerz") == 3
    assert dates.month_number("мая") == 5
    assert dates.month_number("май") == 5
    assert dates.month_number("Tuesday") is None


def test_the_callers_keep_no_month_tables_of_their_own():
    from mailbot.reading import replies
    from mailbot.reading.kinds import auto_reply, client_reply

    for module in (extract, replies, client_reply, auto_reply):
        assert not hasattr(module, "MONTHS"), module
        assert not hasattr(module, "_MONTHS"), module
        assert not hasattr(module, "_WEEKDAYS"), module


# Relative dates and a weekday before a date, read against the message's own date
# (Tuesday 1 December 2026): the same date in a promise and in an absence note, by the one
# date reader; an absence note that says until when the writer is away is back the first
# working day after it ("until the end of next week": Friday 11th, back Monday 14th).
TUESDAY = "Tue, 01 Dec 2026 10:00:00 +0000"
RELATIVE = [
    ("en", date(2026, 12, 11), "We will pay the invoice by the end of next week.",
     "I am away until the end of next week.", "Out of Office", date(2026, 12, 14)),
    ("de", date(2026, 12, 11), "Wir überweisen den Betrag bis Ende nächster Woche.",
     "Ich bin bis Ende nächster Woche im Urlaub.", "Abwesenheitsnotiz", date(2026, 12, 14)),
    ("id", date(2026, 12, 11), "Kami akan transfer akhir minggu depan.",
     "Saya cuti sampai akhir minggu depan.", "Di luar kantor", date(2026, 12, 14)),
    ("ru", date(2026, 12, 11), "Оплатим счёт до конца следующей недели.",
     "Я в отпуске до конца следующей недели.", "Автоответ: в отпуске", date(2026, 12, 14)),
    # the written date decides, not the weekday before it
    ("de", date(2026, 12, 14), "Wir überweisen am Montag, den 14. Dezember.",
     "Ich bin ab Montag, den 14. Dezember wieder im Büro.", "Abwesenheitsnotiz",
     date(2026, 12, 14)),
    ("en", date(2026, 12, 14), "We will pay on Monday, December 14.",
     "I will be back on Monday, December 14.", "Out of Office", date(2026, 12, 14)),
]


@pytest.mark.parametrize(("lang", "meant", "reply", "note", "subject", "back"), RELATIVE,
                         ids=[f"{c[0]}: {c[2]}" for c in RELATIVE])
def test_a_relative_date_reads_the_same_in_a_promise_and_in_an_absence_note(
        lang, meant, reply, note, subject, back):
    promised = promise(reply, TUESDAY)
    away = absence(note, subject, TUESDAY)
    assert (promised.intent, away.kind) == (Intent.PROMISE, Kind.AUTO_REPLY), (promised, away)
    assert {"promise": promised.promised_date, "absence": away.return_date} == {
        "promise": meant, "absence": back}

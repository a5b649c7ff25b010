"""Absence notes without any auto-reply header, worded in the third person or without
"I" ("die Buchhaltung ist erst ab dem ... wieder erreichbar", "[Pesan otomatis] admin
sedang dinas luar kota dan baru kembali ...", "Главный бухгалтер в командировке, буду на
связи с ..."): auto-replies with their return date, not client replies for a person
(issue 11, seventh blind round)."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from mailbot.reading.classify import as_record, classify
from mailbot.reading.context import Context
from mailbot.reading.parse import parse_message

BOT = "ar@acme.test"
OURS = "<20270301.0815.ab12cd.ar@acme.test>"
CTX = Context(bot_address=BOT, staff_domains=frozenset({"acme.test"}),
              known_message_ids=frozenset({OURS}),
              known_contacts=frozenset({"ap@client.example"}))


def record(subject: str, body: str) -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = "Accounts <ap@client.example>"
    msg["To"] = BOT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2027, 3, 1, 9, 1, tzinfo=UTC))
    msg["Message-ID"] = "<absent-1@client.example>"
    msg["In-Reply-To"] = OURS
    msg.set_content(body)
    return as_record(classify(parse_message(msg.as_bytes()), CTX))


@pytest.mark.parametrize(("subject", "body", "back"), [
    ("AW: Rechnung RE-1",
     ("Guten Tag,\n\nwegen einer Umstellung ist unsere Buchhaltung erst\nab dem 15. März wieder "
     "erreichbar. Ihre Nachricht wird danach bearbeitet.\n\nMit freundlichen Grüßen\n"),
     "2027-03-15"),
    ("Re: Invoice INV-1",
     ("[Pesan otomatis]\nMohon maaf, staf keuangan sedang dinas luar negeri dan baru kembali "
     "tgl 15/3.\nEmail Anda akan kami balas setelah itu.\n"), "2027-03-15"),
    ("Re: Счёт СЧ-1",
     "Добрый день. Бухгалтер в отпуске, буду на связи с 15 марта.\nПисьма прочитаю позже.\n",
     "2027-03-15"),
])
def test_a_headerless_absence_note_is_an_auto_reply(subject: str, body: str,
                                                    back: str) -> None:
    r = record(subject, body)
    assert r["kind"] == "auto_reply", r["reason"]
    assert r["return_date"] == back


@pytest.mark.parametrize("body", [
    "Ich bin erst ab dem 15. März wieder im Büro, dann überweise ich den Betrag sofort.",
    "Saya sedang cuti dan baru kembali tgl 15/3, nanti langsung saya transfer.",
    "Я в отпуске, вернусь 15 марта и сразу оплачу счёт.",
])
def test_a_person_who_is_away_but_talks_about_paying_is_a_client(body: str) -> None:
    assert record("Re: Invoice INV-1", body)["kind"] == "client_reply"

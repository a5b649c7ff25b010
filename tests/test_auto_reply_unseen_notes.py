"""Absence notes the readers missed (issue 11, eighth blind round): a Russian note with
no header and no "я" ("Нахожусь в командировке до ...") was read as a client's reply; an
Indonesian "baru masuk kantor lagi hari Kamis 10/12" was passed over for the "sampai"
date before it; a Portuguese "Retorno em 1º de dezembro" lost its date to the ordinal
mark."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from mailbot.domain.values import Kind
from mailbot.reading.classify import classify
from mailbot.reading.context import Context
from mailbot.reading.parse import parse_message

BOT = "ar@fernhollow.test"
OURS = "<20270301.0815.ab12cd.ar@fernhollow.test>"
CTX = Context(bot_address=BOT, staff_domains=frozenset({"fernhollow.test"}),
              known_message_ids=frozenset({OURS}),
              known_contacts=frozenset({"buh@zavod.example", "keu@toko.example"}))


def read(sender: str, subject: str, body: str, headers: dict[str, str] | None = None):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = BOT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2027, 3, 1, 9, 0,
                                           tzinfo=timezone(timedelta(hours=3))))
    msg["Message-ID"] = "<ooo-1@client.example>"
    msg["In-Reply-To"] = OURS
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return classify(parse_message(msg.as_bytes()), CTX)


@pytest.mark.parametrize(("body", "back"), [
    (("Добрый день! Нахожусь в отпуске до 12 марта, почта читается с задержкой.\n"
      "Анна Петровна\n"), date(2027, 3, 15)),
    ("Здравствуйте.\nНахожусь в командировке, вернусь 9 марта.\nС уважением, Олег\n",
     date(2027, 3, 9)),
])
def test_a_headerless_russian_absence_note_without_ya_is_an_auto_reply(body: str,
                                                                       back: date) -> None:
    c = read("Анна <buh@zavod.example>", "Re: Счёт СЧ-0912", body)
    assert c.kind == Kind.AUTO_REPLY
    assert c.return_date == back


def test_a_person_away_who_talks_about_paying_is_still_a_reply() -> None:
    c = read("Анна <buh@zavod.example>", "Re: Счёт СЧ-0912",
             "Нахожусь в командировке, оплатим счёт по возвращении, 9 марта.\n")
    assert c.kind == Kind.CLIENT_REPLY


def test_an_indonesian_note_back_in_the_office_on_a_weekday_and_date() -> None:
    c = read("Rina <keu@toko.example>", "Re: Tagihan FH-2201",
             ("Terima kasih. Saya cuti sampai Rabu (3/3) dan baru masuk kantor lagi "
              "hari Kamis 4/3. Email akan saya balas setelahnya.\n"))
    assert c.kind == Kind.AUTO_REPLY
    assert c.return_date == date(2027, 3, 4)


def test_a_portuguese_return_date_with_an_ordinal_mark() -> None:
    c = read("Ana <ana@outro.example>", "Resposta automática: Fatura FH-2201",
             ("Olá,\n\nEstarei ausente até 31 de março. Retorno em 1º de abril.\n\n"
              "Atenciosamente,\nAna\n"), {"Auto-Submitted": "auto-replied"})
    assert c.kind == Kind.AUTO_REPLY
    assert c.return_date == date(2027, 4, 1)

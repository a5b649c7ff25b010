"""Sender-verification requests in wording the lists did not hold, read as auto-replies
before (issue 11, eighth blind round): German "Ihre E-Mail ... wurde zurückgehalten, da
Sie nicht in unserer Liste bestätigter Absender stehen", Indonesian "buktikan bahwa Anda
bukan pengirim spam"; and the bot's message a filter names only in its prose (no
In-Reply-To) is the challenge's original message."""

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
              known_invoice_numbers=("AC-7781",),
              known_contacts=frozenset({"buero@praxis.example"}))


def record(sender: str, subject: str, body: str, thread: bool = True) -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = BOT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2027, 3, 1, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<cr-1@filter.example>"
    msg["Auto-Submitted"] = "auto-replied"
    if thread:
        msg["In-Reply-To"] = OURS
    msg.set_content(body)
    return as_record(classify(parse_message(msg.as_bytes()), CTX))


@pytest.mark.parametrize(("sender", "subject", "body"), [
    ("Spamfilter Praxis <buero@praxis.example>", "Bitte bestätigen: Rechnung AC-7781",
     ("Sehr geehrte Damen und Herren,\n\nIhre E-Mail an buero@praxis.example wurde "
      "zurückgehalten,\nweil Ihre Adresse nicht in der Liste bestätigter Absender steht.\n\n"
      "Antworten Sie bitte auf diese E-Mail, dann wird Ihre Nachricht zugestellt.\n")),
    ("Penyaring Email <noreply@saring.example>", "Pesan Anda menunggu",
     ("Yth. Pengirim,\n\nPesan Anda untuk keuangan@toko.example kami tahan. Untuk\n"
      "membuktikan bahwa Anda bukan pengirim spam, buka tautan ini:\n\n"
      "https://saring.example/v/AbC123\n\nTerima kasih.\n")),
])
def test_a_challenge_in_new_wording_is_a_challenge(sender: str, subject: str,
                                                   body: str) -> None:
    r = record(sender, subject, body)
    assert r["kind"] == "challenge"
    assert r["needs_human"] is True
    assert r["original_message_id"] == OURS


def test_the_bots_message_named_in_the_prose_is_the_original() -> None:
    r = record("ProtectBox <confirm@protectbox.example>", "Подтвердите отправку письма",
               ("Здравствуйте!\n\nЧтобы письмо было доставлено, подтвердите, что вы не робот:\n"
                "https://protectbox.example/c/Zz9\n\n"
                f"Ваше письмо: «Счёт AC-7781», Message-ID {OURS}\n"), thread=False)
    assert r["kind"] == "challenge"
    assert r["original_message_id"] == OURS
    assert r["invoice_numbers"] == ["AC-7781"]

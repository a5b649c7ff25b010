"""A filter's refusal written only in prose (no DSN part, no In-Reply-To): the failed
recipient is the address the bot wrote to when the prose names the bot's own message by
its id, and a message id in brackets ("(ID <...@...>)") is never taken for an address
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
              known_contacts=frozenset({"accounts@client.example", "zakaz@klient.example"}))


def record(sender: str, subject: str, body: str) -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = BOT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2027, 3, 1, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<gw-1@client.example>"
    msg.set_content(body)
    return as_record(classify(parse_message(msg.as_bytes()), CTX))


@pytest.mark.parametrize(("sender", "subject", "body", "failed"), [
    ("Postmaster <postmaster@client.example>", "Message blocked: reminder",
     ("Your message to accounts@client.example was blocked by the organisation's security\n"
     "policy and has not been delivered.\n\n  Reason: sender not on the allow-list\n"
     f"  Your message ID: {OURS}\n\nPlease ask helpdesk@client.example to review it.\n"
     "550 5.7.1 Message rejected by policy\n"), ["accounts@client.example"]),
    ("Шлюз <postmaster@klient.example>", "Отказ в доставке",
     (f"Ваше письмо для zakaz@klient.example (идентификатор {OURS})\n"
     "отклонено антиспам-фильтром и не будет доставлено.\n\n"
     "554 5.7.1 Message rejected: spam detected\n"), ["zakaz@klient.example"]),
])
def test_a_prose_refusal_names_the_address_written_to_and_no_message_id(
        sender: str, subject: str, body: str, failed: list[str]) -> None:
    r = record(sender, subject, body)
    assert r["kind"] == "bounce"
    assert r["failed_recipients"] == failed
    assert r["bounce_reason"] in ("policy", "spam")
    assert r["original_message_id"] == OURS

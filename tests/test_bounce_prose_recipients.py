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


def message(sender: str, subject: str, body: str, return_path: str | None) -> bytes:
    msg = EmailMessage()
    if return_path is not None:
        msg["Return-Path"] = return_path
    msg["From"] = sender
    msg["To"] = BOT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2027, 3, 1, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<gw-2@client.example>"
    msg.set_content(body)
    return msg.as_bytes()


def test_a_refusal_from_a_null_sender_named_only_in_the_subject_is_a_bounce() -> None:
    # a gateway of no daemon's name, its refusal in the subject, the body's sentence
    # broken over a line: the null Return-Path says a machine sent it
    raw = message("Gerbang Email <noreply-gerbang@client.example>", "Pemberitahuan: pesan Anda ditolak",
                  f"Email Anda kepada accounts@client.example dengan ID {OURS}\n"
                  "TIDAK DITERUSKAN sesuai kebijakan keamanan.\n\n"
                  "Kode: 550 5.7.1 Rejected by policy\n", "<>")
    r = as_record(classify(parse_message(raw), CTX))
    assert r["kind"] == "bounce"
    assert r["failed_recipients"] == ["accounts@client.example"]
    assert r["bounce_reason"] == "policy"


def test_a_parcel_notice_saying_not_delivered_is_no_bounce() -> None:
    raw = message("Paketdienst <service@paket-verfolgung.example>",
                  "Ihre Sendung konnte nicht zugestellt werden",
                  "Ihre Sendung 0034043416 wartet auf Zustellung. Bitte zahlen Sie die "
                  "Gebühr von 1,99 € unter https://paket-verfolgung.example/zahlung\n",
                  "<service@paket-verfolgung.example>")
    assert as_record(classify(parse_message(raw), CTX))["kind"] != "bounce"

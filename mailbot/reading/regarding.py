"""Which of our invoices a machine's note is about. Pure.

A bounce, a read receipt, an auto-reply or a sender-verification request answers a
message the bot sent, and that message was about an invoice: its number is in the note's
subject ("Undeliverable: Reminder KW-2026-0412", "Прочитано: Счёт ..."), in the copy or
the headers of our message the note returns or quotes, or in its text ("Your original
message 'Invoice ...' is waiting"). Only numbers the bot knows (known invoices) count:
a machine's own numbers (ticket, case, queue id) are never an invoice's.
"""

from __future__ import annotations

from email.header import Header, decode_header
from email.message import Message

from mailbot.reading.context import Context
from mailbot.reading.mime_text import decode_part, full_text, returned_headers, split_report
from mailbot.reading.parse import ParsedMessage


def invoices_regarding(msg: ParsedMessage, ctx: Context) -> tuple[str, ...]:
    """The known invoice numbers of the message `msg` answers, in the order first named:
    the subject, the note with what it quotes, then the returned message's headers and
    text."""
    text = full_text(msg)
    places = [msg.subject, text]
    returned = returned_headers(msg, split_report(text)[1])
    if returned is not None:
        places.append(_header(returned, "Subject"))
    places += _carried_texts(msg)
    found: list[str] = []
    for place in places:
        for number in ctx.facts.numbers_in(place):
            if number not in found:
                found.append(number)
    return tuple(found)


def _header(headers: Message, name: str) -> str:
    value = headers.get(name)
    if value is None:
        return ""
    try:
        parts = decode_header(value) if isinstance(value, Header) else decode_header(str(value))
        return "".join(_decoded(raw, charset) for raw, charset in parts)
    except Exception:  # noqa: BLE001 - a malformed encoded word: its raw text
        return str(value)


def _decoded(raw: bytes | str, charset: str | None) -> str:
    """One piece of a header. Raw 8-bit bytes (a returned copy's header pasted without
    encoded words: "Subject: Срок оплаты счёта КМ-0459") are UTF-8 when they decode as
    such, else the Cyrillic single-byte code page most such mail uses."""
    if isinstance(raw, str):
        return raw
    if charset in (None, "unknown-8bit"):
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("cp1251", errors="replace")
    try:
        return raw.decode(charset, errors="replace")
    except LookupError:
        return raw.decode("latin-1")


def _carried_texts(msg: ParsedMessage) -> list[str]:
    """The text of a message the note carries (message/rfc822): the bounced original."""
    out: list[str] = []
    for part in msg.source.walk() if msg.source is not None else ():
        if part.get_content_type() != "message/rfc822" or not part.is_multipart():
            continue
        for inner in part.walk():
            if inner.get_content_type() == "text/plain":
                out.append(decode_part(inner)[:4000])
    return out

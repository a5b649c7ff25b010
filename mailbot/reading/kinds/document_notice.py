"""A document service's notice: an e-signature or electronic-document-exchange (ЭДО:
Диадок, СБИС, Контур, ...) operator telling the status of a document ("контрагент
подписал документ «Акт № 405 к счёту ...»", "X has signed the document", "das Dokument
wurde abgelehnt", "telah menandatangani dokumen"). Pure. Never answered.

It is no client's reply: a machine writes it on the client's behalf, about a document
that may matter to a promise ("we pay once the act is signed") or be a refusal. So it is
`other`, for a person, with the invoices it names. Read only in a machine's short note
(an Auto-Submitted header, a null Return-Path, a no-reply or notification address, or the
note saying it was sent automatically) that starts no conversation (no "Re:", no quote,
no answer to the bot's mail): a person writing "we signed the act" is read as a reply.
"""

from __future__ import annotations

import re

from mailbot.domain.values import Classification, Kind
from mailbot.reading import subjects
from mailbot.reading.context import Context
from mailbot.reading.lang import either
from mailbot.reading.lang._absence import either as any_language
from mailbot.reading.mime_text import full_text, text_language, unwrapped
from mailbot.reading.parse import ParsedMessage

_STATUS = re.compile(either("DOCUMENT_STATUS"), re.IGNORECASE | re.MULTILINE)
_SELF_AUTO = re.compile(any_language("SELF_AUTO"), re.IGNORECASE)
# an address no person writes from
_MACHINE_LOCAL = re.compile(r"^(?:no-?reply|do-?not-?reply|robot|notif\w*|notify|"
                            r"mailer|system|alerts?|edo|uvedomleni\w*)(?:[-_.+]|$)",
                            re.IGNORECASE)
_CONVERSATION = subjects.prefix(replies=True, forwards=True)
_QUOTED = re.compile(r"^\s*>", re.MULTILINE)
MAX_WORDS = 250  # a notice is short; a long text is a person's letter


def _machine(msg: ParsedMessage, text: str) -> bool:
    auto = (msg.header("Auto-Submitted") or "no").lower().split(";")[0].split("(")[0].strip()
    local = msg.sender.email.split("@")[0] if msg.sender else ""
    return (auto not in ("", "no") or (msg.header("Return-Path") or "").strip() == "<>"
            or bool(_MACHINE_LOCAL.match(local)) or bool(_SELF_AUTO.search(unwrapped(text))))


def document_notice(msg: ParsedMessage, ctx: Context) -> Classification | None:
    if msg.content_type == "multipart/report" or msg.report_type:
        return None
    if msg.in_reply_to or msg.references or _CONVERSATION.match(msg.subject or ""):
        return None  # part of a conversation: somebody's words
    text = full_text(msg)[:6000]
    if len(text.split()) > MAX_WORDS or _QUOTED.search(text):
        return None
    status = _STATUS.search(f"{msg.subject}\n{unwrapped(text)}")
    if status is None or not _machine(msg, text):
        return None
    return Classification(
        kind=Kind.OTHER, confidence=0.8, needs_human=True,
        reason=f"a document service's notice (\"{' '.join(status.group(0).split())}\"): "
               "a person reads what it changes; no client's reply",
        invoice_numbers=tuple(ctx.facts.numbers_in(f"{msg.subject}\n{text}")),
        language=text_language(f"{text}\n{msg.subject}"),
    )


def read_mail(msg: ParsedMessage, ctx: Context, auth: bool | None) -> Classification | None:
    """The registry's entry (mailbot.reading.classify)."""
    return document_notice(msg, ctx)

"""Mail written by machines: bounces (DSNs and the non-standard kinds), read receipts
(MDNs and "Read:" notes) and auto-replies. Pure. Such mail is never answered.
"""

from __future__ import annotations

import re
from email.message import Message
from email.parser import BytesHeaderParser

from flufl.bounce import all_failures

from mailbot import extract
from mailbot.domain import Classification, Kind
from mailbot.parse import ParsedMessage, message_ids

_AUTO_SUBJECT = re.compile(
    r"out of (?:the )?office|automatic reply|auto(?:matic)?[- ]?reply|autoreply|vacation|"
    r"abwesenheit|automatische antwort|balasan otomatis|sedang cuti|"
    r"автоответ|автоматический ответ|нет на месте|в отпуске",
    re.IGNORECASE,
)
_RECEIPT_SUBJECT = re.compile(
    r"^\s*(?:read|gelesen|прочитано|dibaca|lu|letto|leído|gelezen)\s*:", re.IGNORECASE
)
_BOUNCE_SUBJECT = re.compile(
    r"undeliver|delivery (?:status|failure|has failed)|returned mail|failure notice|"
    r"mail delivery failed|nicht zustellbar|unzustellbar|tidak terkirim|не доставлено",
    re.IGNORECASE,
)


def _is_daemon(msg: ParsedMessage) -> bool:
    sender = msg.sender.email if msg.sender else ""
    return bool(re.match(r"(mailer-daemon|postmaster|mail-daemon)@", sender)) or (
        (msg.header("Return-Path") or "").strip() == "<>"
    )


def _report_fields(msg: ParsedMessage, name: str) -> list[str]:
    """Every value of field `name` in the machine-readable parts of a DSN or MDN."""
    values: list[str] = []
    for part in msg.reports:
        payload = part.get_payload()
        for block in payload if isinstance(payload, list) else [part]:
            if isinstance(block, Message):
                values += [str(v).strip() for v in block.get_all(name, [])]
        if isinstance(payload, str):
            values += [v.strip() for v in re.findall(rf"^{name}:(.*)$", payload,
                                                      re.IGNORECASE | re.MULTILINE)]
    return values


def _disposition(msg: ParsedMessage) -> str | None:
    """An MDN's disposition type: 'displayed', 'deleted', 'dispatched', 'processed'."""
    for value in _report_fields(msg, "Disposition"):
        m = re.search(r";\s*([a-z-]+)", value.lower())
        if m:
            return m.group(1)
    return None


# An MDN saying the message was deleted unread (or could not be handled) is not a receipt:
# Dovecot, for one, rejects over-quota mail with such an MDN.
_NOT_READ = frozenset({"deleted", "denied", "failed"})
# DSN actions that report success, not a failure (RFC 3464 2.3.3; "deliverable" is seen too)
_DELIVERED = frozenset({"delivered", "relayed", "expanded", "deliverable"})


def bounce(msg: ParsedMessage) -> Classification | None:
    is_dsn = msg.report_type == "delivery-status"
    actions = {a.lower() for a in _report_fields(msg, "Action")} if is_dsn else set()
    if actions and actions <= _DELIVERED:
        return None  # a delivery report of success
    rejected = (msg.report_type == "disposition-notification"
                and _disposition(msg) in _NOT_READ)
    if not (is_dsn or rejected or _is_daemon(msg) or _BOUNCE_SUBJECT.search(msg.subject)):
        return None
    try:
        temporary, permanent = all_failures(msg.source)
    except Exception:  # a detector choking on odd input must not lose the message
        temporary, permanent = set(), set()
    failed = sorted({_addr(a) for a in permanent | temporary})
    if not (is_dsn or failed):
        return None
    original = None
    for part in msg.reports:
        for sub in part.walk() if hasattr(part, "walk") else ():
            mid = sub.get("Original-Message-ID") or sub.get("Message-ID")
            if mid:
                original = (message_ids(str(mid)) or (None,))[0]
    if original is None:
        original = _returned_message_id(msg) or msg.in_reply_to
    return Classification(
        kind=Kind.BOUNCE, confidence=0.95 if failed else 0.7, needs_human=not failed,
        reason="" if failed else "bounce without a recognisable failed recipient",
        failed_recipients=tuple(failed), bounce_permanent=bool(permanent) if failed else None,
        original_message_id=original,
    )


def _returned_message_id(msg: ParsedMessage) -> str | None:
    """The Message-ID of the message that bounced: a DSN returns its headers in a
    message/rfc822 or text/rfc822-headers part (RFC 3464 section 2)."""
    for part in msg.source.walk() if msg.source is not None else ():
        ctype = part.get_content_type()
        headers: Message | None = None
        if ctype == "message/rfc822" and part.is_multipart():
            inner = part.get_payload(0)
            headers = inner if isinstance(inner, Message) else None
        elif ctype == "text/rfc822-headers":
            data = part.get_payload(decode=True)
            headers = BytesHeaderParser().parsebytes(data if isinstance(data, bytes) else b"")
        ids = message_ids(str(headers.get("Message-ID", ""))) if headers is not None else ()
        if ids:
            return ids[0]
    return None


def _addr(a: bytes | str) -> str:
    return (a.decode("utf-8", "replace") if isinstance(a, bytes) else a).strip("<> ").lower()


def read_receipt(msg: ParsedMessage) -> Classification | None:
    if msg.report_type == "disposition-notification":
        if _disposition(msg) in _NOT_READ:
            return None
        original = None
        for value in _report_fields(msg, "Original-Message-ID"):
            original = (message_ids(value) or (original,))[0]
        return Classification(kind=Kind.READ_RECEIPT, confidence=0.99, needs_human=False,
                              original_message_id=original or msg.in_reply_to)
    if _RECEIPT_SUBJECT.match(msg.subject):
        original = msg.in_reply_to or (msg.references[-1] if msg.references else None)
        return Classification(kind=Kind.READ_RECEIPT, confidence=0.8, needs_human=False,
                              original_message_id=original)
    return None


def auto_reply(msg: ParsedMessage) -> Classification | None:
    auto = (msg.header("Auto-Submitted") or "no").lower().split(";")[0].strip()
    precedence = (msg.header("Precedence") or "").lower().strip()
    signals = [
        auto != "no",
        msg.header("X-Autoreply") is not None,
        msg.header("X-Autorespond") is not None,
        precedence in ("auto_reply", "bulk", "junk", "list"),
        msg.header("List-Id") is not None,
        bool(_AUTO_SUBJECT.search(msg.subject)),
    ]
    if not any(signals):
        return None
    return_date = extract.labelled_date(
        msg.text, r"until|back on|return(?:ing)? on|bis|zurück am|ab dem|kembali|sampai|до"
    )
    return Classification(kind=Kind.AUTO_REPLY, confidence=0.95, needs_human=False,
                          return_date=return_date, original_message_id=msg.in_reply_to)

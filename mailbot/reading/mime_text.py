"""The text of machine mail and its report parts (RFC 3464 DSNs, RFC 8098 MDNs), shared
by the bounce, read-receipt, auto-reply and bulk readers. Pure."""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from collections.abc import Iterator
from email.message import Message
from email.parser import BytesHeaderParser, HeaderParser

from mailbot.reading import language, subjects
from mailbot.reading.lang import either
from mailbot.reading.parse import ParsedMessage

# ====================================================================== message text


def decode_part(part: Message) -> str:
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        payload = part.get_payload()
        return payload if isinstance(payload, str) else ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, "replace")
    except LookupError:
        return data.decode("utf-8", "replace")


_TAG = re.compile(r"<(?:style|script)\b.*?</(?:style|script)>|<[^>]+>", re.IGNORECASE | re.DOTALL)
_ENTITIES = {"&nbsp;": " ", "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'"}


def html_text(html: str) -> str:
    text = re.sub(r"<br\s*/?>|</p>|</div>|</tr>|</li>", "\n", html, flags=re.IGNORECASE)
    text = _TAG.sub(" ", text)
    for entity, char in _ENTITIES.items():
        text = text.replace(entity, char)
    return text


def _own_texts(part: Message) -> Iterator[str]:
    """The text of a message's own parts, in order; not of messages it carries
    (message/rfc822, text/rfc822-headers), nor of machine-readable report parts."""
    ctype = part.get_content_type()
    if part.is_multipart():
        if ctype.startswith("message/"):
            return
        subparts = [p for p in part.get_payload() if isinstance(p, Message)]
        if ctype == "multipart/alternative":
            plain = [p for p in subparts if p.get_content_type() == "text/plain"]
            subparts = plain or subparts[:1]
        for sub in subparts:
            yield from _own_texts(sub)
        return
    if ctype.startswith("message/") or ctype == "text/rfc822-headers":
        return
    if ctype.startswith("multipart/"):
        # a multipart whose boundary is lost (malformed or unfolded header): its raw body
        # is all there is to read
        yield decode_part(part)
    elif ctype == "text/html":
        yield html_text(decode_part(part))
    elif ctype.startswith("text/"):
        yield decode_part(part)


def unwrapped(text: str) -> str:
    """The text with its lines rejoined within paragraphs: a filter's notes wrap at
    ~70 columns ("verify that you\nare a real ..."), and the wording runs across lines."""
    text = text.replace("\r\n", "\n")
    return re.sub(r"[ \t]*(?<!\n)\n(?![ \t]*\n)[ \t]*", " ", text)


def full_text(msg: ParsedMessage) -> str:
    if msg.source is None:
        return msg.text or html_text(msg.html)
    try:
        return "\n".join(_own_texts(msg.source))
    except Exception:  # noqa: BLE001 - a broken MIME tree: fall back to mail-parser's text
        return msg.text or html_text(msg.html)


# Where a bounce starts quoting the message it returns: the report is the text above.
_RETURNED = re.compile(either("RETURNED_COPY")
                       + r"|^(?:Received|Return-Path|Message-I[dD]|DKIM-Signature|X-Original-To):",
                       re.IGNORECASE | re.MULTILINE)


def split_report(text: str) -> tuple[str, str]:
    """(the bounce's own words, the copy of the returned message below them)."""
    m = _RETURNED.search(text)
    return (text[:m.start()], text[m.start():]) if m else (text, "")

# ====================================================================== RFC 3464 blocks


def field_blocks(text: str) -> list[dict[str, str]]:
    """'Name: value' blocks separated by blank lines (RFC 3464 / 8098 report bodies),
    with folded lines unfolded. Lower-case names."""
    blocks: list[dict[str, str]] = []
    current: dict[str, str] = {}
    last = ""
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line.strip():
            if current:
                blocks.append(current)
            current, last = {}, ""
            continue
        if line[:1] in " \t" and last:
            current[last] += " " + line.strip()
            continue
        m = re.match(r"\s*([A-Za-z][\w-]*)\s*:\s?(.*)$", line)
        if m:
            last = m.group(1).lower()
            current.setdefault(last, m.group(2).strip())
        else:
            last = ""
    if current:
        blocks.append(current)
    return blocks


_REPORT_TYPES = ("message/delivery-status", "message/disposition-notification",
                 "message/global-delivery-status", "message/global-disposition-notification")


def report_parts(part: Message | None) -> Iterator[Message]:
    """The machine-readable report parts of the message itself, not of a message it
    returns (a bounce of a bounce carries the first bounce's report inside)."""
    if part is None:
        return
    ctype = part.get_content_type()
    if ctype in _REPORT_TYPES:
        yield part
    elif part.is_multipart() and not ctype.startswith("message/"):
        for sub in part.get_payload():
            if isinstance(sub, Message):
                yield from report_parts(sub)


def report_blocks(msg: ParsedMessage) -> list[dict[str, str]]:
    """The field blocks of every message/delivery-status and
    message/disposition-notification part, however they were encoded."""
    blocks: list[dict[str, str]] = []
    for part in report_parts(msg.source):
        payload = part.get_payload()
        encoding = (part.get("Content-Transfer-Encoding") or "").lower()
        if isinstance(payload, str) or encoding in ("base64", "quoted-printable"):
            blocks += field_blocks(decode_part(part) if isinstance(payload, str)
                                    else _rebuilt(payload, encoding))
            continue
        for block in payload if isinstance(payload, list) else ():
            if not isinstance(block, Message):
                continue
            if block.keys():
                blocks.append({k.lower(): str(v).strip() for k, v in block.items()})
            inner = block.get_payload()
            if isinstance(inner, str) and inner.strip():
                # a block the stdlib could not split: base64 (seen from Postfix behind a
                # Proofpoint relay) or text after a malformed line
                blocks += field_blocks(_maybe_base64(inner))
    return [b for b in blocks if b]


def _rebuilt(payload: object, encoding: str) -> str:
    """A report part the stdlib split into header blocks although its body was
    transfer-encoded: put the raw body back together and decode it."""
    raw = "\n\n".join(b.as_string() if isinstance(b, Message) else str(b)
                       for b in (payload if isinstance(payload, list) else [payload]))
    if encoding == "base64":
        return _maybe_base64(raw)
    return quopri.decodestring(raw.encode("utf-8", "replace")).decode("utf-8", "replace")


def _maybe_base64(text: str) -> str:
    compact = re.sub(r"\s+", "", text)
    if not re.fullmatch(r"[A-Za-z0-9+/]+={0,2}", compact or "-"):
        return text
    try:
        return base64.b64decode(compact + "=" * (-len(compact) % 4)).decode("utf-8", "replace")
    except (binascii.Error, ValueError):
        return text


# ====================================================================== returned message


def returned_headers(msg: ParsedMessage, returned_text: str) -> Message | None:
    """The headers of the message that bounced: a DSN returns them in a message/rfc822 or
    text/rfc822-headers part (RFC 3464 section 2); other bounces paste them below the
    report."""
    for part in msg.source.walk() if msg.source is not None else ():
        ctype = part.get_content_type()
        if ctype == "message/rfc822" and part.is_multipart():
            inner = part.get_payload(0)
            if isinstance(inner, Message) and inner.keys():
                return inner
        elif ctype in ("text/rfc822-headers", "message/rfc822-headers"):
            data = part.get_payload(decode=True)
            headers = BytesHeaderParser().parsebytes(data if isinstance(data, bytes) else b"")
            if headers.keys():
                return headers
    if returned_text:
        # the pasted copy: from its first header line on
        m = re.search(r"^[A-Za-z][\w-]*:[ \t]", returned_text, re.MULTILINE)
        if m:
            headers = HeaderParser().parsestr(returned_text[m.start():], headersonly=True)
            if headers.keys():
                return headers
    return None


def is_answer(subject: str) -> bool:
    """A person's answer quoting a bounce subject ("Re: Undeliverable: ...")."""
    return bool(_ANSWER.match(subject))


_ANSWER = subjects.prefix()  # a reply, not a forward


# ====================================================================== language

def text_language(text: str) -> str | None:
    """The language of a machine message's own words (None if empty)."""
    # a bilingual notice is in the language it opens with
    return language.detect(text[:600]) if text.strip() else None

"""Raw bytes -> ParsedMessage: the headers and text the classifier needs. Pure.

mail-parser does the MIME walking and charset repair; the stdlib message it keeps is
used for the machine-readable parts of reports (DSNs, MDNs).
"""

from __future__ import annotations

import base64
import binascii
import email.header
import email.utils
import hashlib
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from typing import cast

import mailparser

# mail-parser logs every MIME subtype it does not render; that is not news to anyone
logging.getLogger("mailparser").setLevel(logging.ERROR)

from mailbot.domain.values import Address


class ParseError(Exception):
    """The bytes are not a message we can read; the reason says why."""


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    payload: bytes
    charset: str = ""  # a text attachment's declared charset (its payload is raw bytes)


@dataclass(frozen=True)
class ParsedMessage:
    message_id: str | None
    subject: str
    sender: Address | None
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    date: datetime | None
    in_reply_to: str | None
    references: tuple[str, ...]
    text: str
    html: str
    headers: dict[str, list[str]]
    content_type: str
    report_type: str | None
    reports: tuple[Message, ...] = field(default=(), repr=False)
    attachments: tuple[Attachment, ...] = field(default=(), repr=False)
    sha256: str = ""
    size: int = 0
    source: Message | None = field(default=None, repr=False, compare=False)

    def header(self, name: str) -> str | None:
        values = self.headers.get(name.lower())
        return values[0] if values else None

    def header_all(self, name: str) -> list[str]:
        return self.headers.get(name.lower(), [])


_MSGID = re.compile(r"<[^<>\s]+>")
_ADDR_SPEC = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


def message_ids(value: str | None) -> tuple[str, ...]:
    """All <id> tokens of an In-Reply-To / References / Original-Message-ID value."""
    return tuple(_MSGID.findall(value or ""))


def _raw(msg: Message, name: str) -> list[str]:
    """The values of a header as sent. `msg.get` turns raw 8-bit bytes into U+FFFD;
    the stored value keeps them as surrogate escapes, which _raw_utf8 repairs."""
    lname = name.lower()
    return [_raw_utf8(str(v)) for k, v in msg.raw_items() if k.lower() == lname]


def _first(msg: Message, name: str) -> str:
    values = _raw(msg, name)
    return values[0] if values else ""


def _addresses(msg: Message, name: str) -> tuple[Address, ...]:
    values = _raw(msg, name)
    try:
        pairs = email.utils.getaddresses(values)
    except RecursionError:  # the stdlib parser recurses per token: a freak header overflows
        pairs = [("", a) for v in values for a in _ADDR_SPEC.findall(v)]
    out = []
    for display, addr in pairs:
        if "@" in addr:
            # display names arrive RFC 2047-encoded ("=?utf-8?q?J=C3=BCrgen?="); they end
            # up in greetings, so decode them
            out.append(Address(addr.strip().lower(), _decoded(display).strip()))
    return tuple(out)


_SURROGATE = re.compile("[\udc80-\udcff]")


def _raw_utf8(text: str) -> str:
    """Headers sent as raw 8-bit (RFC 6532 UTF-8, or a legacy charset) reach us as
    surrogate escapes: decode them as UTF-8, else as Windows-1252."""
    if not _SURROGATE.search(text):
        return text
    data = text.encode("utf-8", "surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def _decoded(value: object) -> str:
    try:
        text = _raw_utf8(str(value))
        if "=?" not in text and text.isascii():
            return text  # no encoded-word: decode_header and make_header give it back
        parts = email.header.decode_header(text)
        return str(email.header.make_header(parts))
    except Exception:  # a broken encoded-word is shown as it came  # noqa: BLE001
        return str(value)


def _date(msg: Message) -> datetime | None:
    raw = msg.get("Date")
    if not raw:
        return None
    try:
        dt = email.utils.parsedate_to_datetime(str(raw))
    except (TypeError, ValueError, IndexError):
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


# A big base64 body that is not text (an attachment) is read apart from the MIME parsers:
# they split a body into lines and join them again, some eight copies of it at their
# peak. Its bytes are cut out of the message before parsing, a marker in their place,
# and decoded straight from the raw bytes after: about one copy.
BIG_PARTS_ABOVE = 1 << 20  # bytes of a message; smaller ones are parsed whole
# (one character class, not a repeated line group: the regex engine would keep a
# backtracking record per line, three times the body's size)
_BASE64_BODY = re.compile(rb"\r?\n\r?\n([A-Za-z0-9+/=\r\n]{65536,})")
_PART_START = re.compile(rb"\n--[^\r\n]*\r?\n")
_TEXT_TYPE = re.compile(rb"(?im)^content-type:\s*text/")
_BASE64_CTE = re.compile(rb"(?im)^content-transfer-encoding:\s*base64\s*$")


def _without_big_bodies(raw: bytes, digest: str) -> tuple[bytes, dict[bytes, tuple[int, int]]]:
    """`raw` with each big base64 attachment body replaced by a marker (base64 of a
    token), and where each body lies in `raw`, by the token. The tokens carry the
    message's own digest, which no part of it can contain: a sender cannot forge one."""
    if len(raw) <= BIG_PARTS_ABOVE:
        return raw, {}
    view = memoryview(raw)
    pieces: list[memoryview | bytes] = []
    spans: dict[bytes, tuple[int, int]] = {}
    done = 0
    salt = digest.encode()
    for m in _BASE64_BODY.finditer(raw):
        start, end = m.span(1)
        part = raw.rfind(b"\n--", done, start)
        heads = raw[part if part >= 0 else done:start]
        if (part < 0 or _TEXT_TYPE.search(heads) or not _BASE64_CTE.search(heads)
                or not _PART_START.match(raw, part)):
            continue  # a text body, or not a MIME part's: the parsers read it
        token = b"\x00mailbot-part-" + salt + b"-" + str(len(spans)).encode()
        spans[token] = (start, end)
        pieces += [view[done:start], base64.b64encode(token), b"\r\n"]
        done = end
    if not spans:
        return raw, {}
    pieces.append(view[done:])
    return b"".join(pieces), spans


# The MIME parsers keep an object per part, many times a small part's size: a message
# of more parts than this is read up to its MAX_PARTS-th boundary line (no invoice, reply
# or notice has so many; its bytes are stored whole all the same).
MAX_PARTS = 1000


def _first_parts(skeleton: bytes) -> bytes:
    if skeleton.count(b"\n--") <= MAX_PARTS:
        return skeleton
    cut = -1
    for _ in range(MAX_PARTS):
        cut = skeleton.find(b"\n--", cut + 1)
    return skeleton[:cut + 1]


def parse_message(raw: bytes) -> ParsedMessage:
    # a file saved as "UTF-8 with BOM": the mark would be read as part of the first name
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    if not raw or raw.isspace():  # (not strip(): a copy of a message that may be big)
        raise ParseError("empty message")
    digest = hashlib.sha256(raw).hexdigest()
    skeleton, big_bodies = _without_big_bodies(raw, digest)
    skeleton = _first_parts(skeleton)
    try:
        mail = mailparser.parse_from_bytes(skeleton)
        msg: Message = mail.message
        texts, htmls, raw_attachments = mail.text_plain, mail.text_html, mail.attachments
    except RecursionError as e:
        raise ParseError("MIME structure nested too deeply") from e
    except Exception:  # mail-parser trips on some odd structures the stdlib reads  # noqa: BLE001
        try:
            msg = email.message_from_bytes(skeleton)
            texts, htmls = _stdlib_texts(msg)
        except Exception as e:
            raise ParseError(f"MIME parser failed: {type(e).__name__}: {e}") from e
        raw_attachments = []
    headers: dict[str, list[str]] = {}
    for k, v in msg.raw_items():
        headers.setdefault(k.lower(), []).append(_decoded(_raw_utf8(str(v))).strip())
    if not headers:
        raise ParseError("no header block")

    senders = _addresses(msg, "From")
    reports = tuple(
        part for part in msg.walk()
        if part.get_content_type() in ("message/delivery-status",
                                       "message/disposition-notification")
    )
    attachments = tuple(
        Attachment(
            filename=a.get("filename") or "",
            content_type=a.get("mail_content_type") or "application/octet-stream",
            payload=_attachment_bytes(a, raw, big_bodies),
            charset=str(a.get("charset") or "") if a.get("binary") else "utf-8",
        )
        for a in raw_attachments
    )
    del skeleton
    ct = msg.get_content_type()
    return ParsedMessage(
        message_id=(message_ids(_first(msg, "Message-ID")) or (None,))[0],
        subject=_decoded(_first(msg, "Subject")).strip(),
        sender=senders[0] if senders else None,
        to=_addresses(msg, "To"),
        cc=_addresses(msg, "Cc"),
        date=_date(msg),
        in_reply_to=(message_ids(_first(msg, "In-Reply-To")) or (None,))[0],
        references=message_ids(_first(msg, "References")),
        text="\n".join(texts),
        html="\n".join(htmls),
        headers=headers,
        content_type=ct,
        report_type=_report_type(msg) if ct == "multipart/report" else None,
        reports=reports,
        attachments=attachments,
        sha256=digest,
        size=len(raw),
        source=msg,
    )


def _report_type(msg: Message) -> str | None:
    value = msg.get_param("report-type")
    if isinstance(value, tuple):  # RFC 2231 encoded: (charset, language, text)
        value = email.utils.collapse_rfc2231_value(value)
    return value or None


def _stdlib_texts(msg: Message) -> tuple[list[str], list[str]]:
    texts: list[str] = []
    htmls: list[str] = []
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype not in ("text/plain", "text/html") or part.is_multipart():
            continue
        # bytes for a non-multipart part: typeshed does not tie the type to decode=True
        data = cast(bytes, part.get_payload(decode=True) or b"")
        charset = part.get_content_charset() or "utf-8"
        try:
            text = data.decode(charset, "replace")
        except LookupError:
            text = data.decode("utf-8", "replace")
        (texts if ctype == "text/plain" else htmls).append(text)
    return texts, htmls


def _attachment_bytes(a: dict[str, object], raw: bytes = b"",
                      big_bodies: dict[bytes, tuple[int, int]] | None = None) -> bytes:
    payload = a.get("payload") or ""
    if a.get("binary"):
        try:
            data = base64.b64decode(str(payload))
        except ValueError:
            return b""
        if big_bodies and data in big_bodies:  # cut out before parsing: decoded from raw
            start, end = big_bodies[data]
            return binascii.a2b_base64(memoryview(raw)[start:end])
        return data
    return str(payload).encode("utf-8", "replace")

"""`mailbot timeline`: a debtor's court-ready record ("document everything").

Every message in and out of the debtor (with its original raw bytes, kept in the store
since the first day: MailMessage.raw, referenced here by their SHA-256), every change of
state with its cause (the event log), every promise, payment and staff command, in the
order they happened, with timestamps in the company's time zone. Reads only.

Rendered as JSON (the raw messages embedded, base64), HTML (one self-contained file:
each raw message a download link inside it) or PDF (fpdf2; each raw message attached
to the PDF as an .eml file, and its SHA-256 printed beside it).

Not the forecast of `mailbot plan` (mailbot.app.timeline): this is what happened.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import and_, col, or_, select

from mailbot.adapters.config import Config
from mailbot.adapters.models import Contact, Event, Invoice, MailMessage
from mailbot.adapters.store import Store
from mailbot.app.timeline import find_debtor
from mailbot.domain.events import EventKind
from mailbot.domain.money import format_money
from mailbot.errors import MailbotError

PAYMENTS = {EventKind.PAYMENT_FULL, EventKind.PAYMENT_PARTIAL, EventKind.OVERPAYMENT}
EXCERPT = 2000  # characters of a message's text shown in the record (the raw is whole)


@dataclass
class RecordMessage:
    id: int
    direction: str  # "in" | "out"
    message_id: str | None
    sha256: str
    size: int
    intact: bool  # the kept bytes still hash to the SHA-256 recorded when they came
    sender: str
    recipients: str
    subject: str
    kind: str | None
    text: str
    raw: bytes


@dataclass
class Entry:
    at: datetime  # aware, in the company's zone
    category: str  # "message in", "message out", "payment", "promise", "staff command", "state change"
    what: str
    cause: str = ""
    invoice: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    message: RecordMessage | None = None


@dataclass
class Record:
    debtor: str
    debtor_id: int
    timezone: str
    generated_at: datetime
    contacts: list[str]
    invoices: list[dict[str, Any]]
    entries: list[Entry]


class FontMissing(MailbotError):
    """No TrueType font for the PDF."""


def build(cfg: Config, store: Store, target: str, now: datetime) -> Record:
    """The record of the debtor `target` names (name, contact, invoice number or id)."""
    tz = cfg.schedule.tz
    with store.session() as s:
        debtor = find_debtor(s, target)
        did = debtor.id
        assert did is not None
        invoices = list(s.exec(select(Invoice).where(Invoice.debtor_id == did)
                               .order_by(col(Invoice.issue_date), col(Invoice.number))))
        numbers = {i.id: i.number for i in invoices}
        events = list(s.exec(select(Event).where(
            or_(Event.debtor_id == did, col(Event.invoice_id).in_(list(numbers))))
            .order_by(col(Event.at), col(Event.id))))
        # a message is the debtor's when its row names the debtor or one of its invoices,
        # or when an event of the debtor names it (a staff notice gathering several)
        linked_pk = {e.message_pk for e in events if e.message_pk is not None}
        linked_mid = {str(e.detail["message_id"]) for e in events
                      if e.kind == EventKind.MAIL_QUEUED and e.detail.get("message_id")}
        messages = list(s.exec(select(MailMessage).where(or_(
            MailMessage.debtor_id == did, col(MailMessage.invoice_id).in_(list(numbers)),
            col(MailMessage.id).in_(list(linked_pk)),
            and_(col(MailMessage.direction) == "out",
                 col(MailMessage.message_id).in_(list(linked_mid)))))
            .order_by(col(MailMessage.recorded_at), col(MailMessage.id))))
        contacts = [c.email + (" (failing)" if c.failing else "")
                    for c in s.exec(select(Contact).where(Contact.debtor_id == did)
                                    .order_by(col(Contact.id)))]
        name = debtor.name
    entries = [_message_entry(m, numbers, tz) for m in messages]
    entries += [_event_entry(e, numbers, tz) for e in events]
    entries.sort(key=lambda e: (e.at, 0 if e.message else 1))
    return Record(
        debtor=name, debtor_id=did, timezone=str(tz), generated_at=now.astimezone(tz),
        contacts=contacts,
        invoices=[{"number": i.number, "state": i.state,
                   "amount": format_money(i.amount, i.currency),
                   "paid": format_money(i.paid_amount, i.currency),
                   "issued": i.issue_date.isoformat(), "due": i.due_date.isoformat()}
                  for i in invoices],
        entries=entries)


def _message_entry(m: MailMessage, numbers: dict[int | None, str], tz: ZoneInfo) -> Entry:
    raw = bytes(m.raw)
    rec = RecordMessage(
        id=m.id or 0, direction=m.direction, message_id=m.message_id, sha256=m.sha256,
        size=len(raw), intact=hashlib.sha256(raw).hexdigest() == m.sha256,
        sender=m.from_addr or "", recipients=m.to_addrs, subject=m.subject, kind=m.kind,
        text=_text_of(raw), raw=raw)
    arrow = "received from" if m.direction == "in" else "sent to"
    who = m.from_addr if m.direction == "in" else m.to_addrs
    what = f"{arrow} {who or '?'}: {m.subject or '(no subject)'}"
    if m.kind:
        what += f" [{m.kind.replace('_', ' ')}]"
    return Entry(at=m.recorded_at.astimezone(tz), category=f"message {m.direction}",
                 what=what, invoice=numbers.get(m.invoice_id), message=rec)


def _event_entry(e: Event, numbers: dict[int | None, str], tz: ZoneInfo) -> Entry:
    d = e.detail
    if e.kind in PAYMENTS:
        category = "payment"
    elif e.kind == EventKind.PROMISE_BROKEN or (
            e.kind == EventKind.CLIENT_REPLY and d.get("intent") == "promise"):
        category = "promise"
    elif e.cause.startswith("staff "):
        category = "staff command"
    else:
        category = "state change"
    what = e.kind.replace("_", " ")
    shown = dict(d)
    if "currency" in shown:  # amounts as people write them
        currency = str(shown.pop("currency"))
        for k in ("amount", "balance", "excess"):
            if shown.get(k) not in (None, ""):
                try:
                    shown[k] = format_money(Decimal(str(shown[k])), currency)
                except ArithmeticError:
                    shown[k] = f"{shown[k]} {currency}"
    facts = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in shown.items()
                      if v not in (None, "", [], {}) and k not in ("message_id",))
    if facts:
        what += f": {facts}"
    if e.message_pk:
        what += f" (message #{e.message_pk})"
    return Entry(at=e.at.astimezone(tz), category=category, what=what, cause=e.cause,
                 invoice=numbers.get(e.invoice_id), detail=dict(d))


def _text_of(raw: bytes) -> str:
    """The readable text of a message (its plain part, else its html stripped), cut to
    EXCERPT characters: the whole message is its raw bytes."""
    try:
        msg = message_from_bytes(raw, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        body = msg.get_body(preferencelist=("plain", "html"))
        text = body.get_content() if body is not None else ""
        if body is not None and body.get_content_type() == "text/html":


            text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    except (LookupError, ValueError, TypeError, AssertionError):  # still kept, by its bytes
        return ""
    text = "\n".join(line.rstrip() for line in str(text).strip().splitlines())
    return text if len(text) <= EXCERPT else text[:EXCERPT] + " [...]"


def _stamp(at: datetime) -> str:
    return at.isoformat(timespec="seconds")


# -- JSON ---------------------------------------------------------------------------------


def to_json(r: Record) -> str:
    def entry(e: Entry) -> dict[str, Any]:
        out: dict[str, Any] = {"at": _stamp(e.at), "category": e.category, "what": e.what,
                               "cause": e.cause, "invoice": e.invoice, "detail": e.detail}
        if e.message is not None:
            m = e.message
            out["message"] = {
                "id": m.id, "direction": m.direction, "message_id": m.message_id,
                "sha256": m.sha256, "size": m.size, "intact": m.intact, "from": m.sender,
                "to": m.recipients, "subject": m.subject, "kind": m.kind, "text": m.text,
                "raw_base64": base64.b64encode(m.raw).decode("ascii")}
        return out

    return json.dumps({
        "debtor": r.debtor, "debtor_id": r.debtor_id, "timezone": r.timezone,
        "generated_at": _stamp(r.generated_at), "contacts": r.contacts,
        "invoices": r.invoices, "entries": [entry(e) for e in r.entries]},
        ensure_ascii=False, indent=1, default=_plain)


def _plain(value: object) -> str:
    if isinstance(value, Decimal | datetime):
        return str(value)
    raise TypeError(f"{type(value).__name__} in the record")


# -- HTML ---------------------------------------------------------------------------------


def to_html(r: Record) -> str:
    e_ = html.escape
    rows = []
    for n, e in enumerate(r.entries, 1):
        cell = f"<div class=what>{e_(e.what)}</div>"
        if e.cause:
            cell += f"<div class=cause>cause: {e_(e.cause)}</div>"
        if e.message is not None:
            m = e.message
            data = base64.b64encode(m.raw).decode("ascii")
            cell += (f"<div class=msg>Message-ID {e_(m.message_id or '-')}<br>SHA-256 "
                     f"<code>{m.sha256}</code> ({m.size} bytes"
                     f"{'' if m.intact else ', DOES NOT MATCH the kept bytes'}) "
                     f"<a download=\"message-{m.id}.eml\" "
                     f"href=\"data:message/rfc822;base64,{data}\">original message</a></div>"
                     f"<pre>{e_(m.text)}</pre>")
        rows.append(f"<tr><td>{n}</td><td class=at>{e_(_stamp(e.at))}</td>"
                    f"<td>{e_(e.category)}</td><td>{e_(e.invoice or '')}</td><td>{cell}</td></tr>")
    invoices = "".join(f"<li>{e_(i['number'])}: {e_(i['amount'])}, issued {i['issued']}, due "
                       f"{i['due']}, {e_(i['state'])} (paid {e_(i['paid'])})</li>"
                       for i in r.invoices)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Record of {e_(r.debtor)}</title>
<style>
body {{ font-family: sans-serif; margin: 1.5em; color: #111; }}
table {{ border-collapse: collapse; width: 100%; }}
td, th {{ border-bottom: 1px solid #ccc; padding: .3em .5em; vertical-align: top;
         text-align: left; }}
td.at {{ white-space: nowrap; }}
.cause {{ color: #555; font-size: .9em; }}
.msg {{ font-size: .85em; color: #333; }}
code {{ word-break: break-all; }}
pre {{ white-space: pre-wrap; background: #f6f6f6; padding: .5em; font-size: .85em; }}
</style></head><body>
<h1>Record of {e_(r.debtor)}</h1>
<p>Generated {e_(_stamp(r.generated_at))}. All times in {e_(r.timezone)}.
{len(r.entries)} entries; every message is kept whole (its original bytes are linked
below it and identified by their SHA-256).</p>
<p>Contacts: {e_(", ".join(r.contacts) or "-")}</p>
<ul>{invoices}</ul>
<table><thead><tr><th>#</th><th>when</th><th>what</th><th>invoice</th><th>details</th>
</tr></thead><tbody>
{chr(10).join(rows)}
</tbody></table></body></html>
"""


# -- PDF ----------------------------------------------------------------------------------

FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/TTF",
             "/usr/share/fonts/dejavu", "/usr/local/share/fonts", "/Library/Fonts")


def find_font(given: Path | None = None) -> tuple[Path, Path | None]:
    """A TrueType font with Cyrillic (and its bold face, when there is one): `given`,
    else DejaVu Sans (Debian: fonts-dejavu-core)."""
    if given is not None:
        if not given.is_file():
            raise FontMissing(f"{given}: no such font file")
        return given, None
    for d in FONT_DIRS:
        regular = Path(d) / "DejaVuSans.ttf"
        if regular.is_file():
            bold = Path(d) / "DejaVuSans-Bold.ttf"
            return regular, bold if bold.is_file() else None
    raise FontMissing("no DejaVu Sans font for the PDF: install it (Debian/Ubuntu: "
                      "apt-get install fonts-dejavu-core) or give --font FILE.ttf")


def to_pdf(r: Record, font: Path | None = None) -> bytes:
    from fpdf import FPDF
    from fpdf.enums import WrapMode, XPos, YPos

    regular, bold = find_font(font)
    pdf = FPDF(format="A4")
    pdf.set_title(f"Record of {r.debtor}")
    pdf.set_creator("mailbot")
    pdf.set_creation_date(r.generated_at)
    pdf.add_font("body", "", str(regular))
    pdf.add_font("body", "B", str(bold or regular))
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    width = pdf.epw

    def para(text: str, size: float = 9, style: str = "", wrap: WrapMode = WrapMode.WORD,
             gap: float = 0.5) -> None:
        pdf.set_font("body", style, size)
        pdf.multi_cell(width, size * 0.45, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT,
                       wrapmode=wrap, align="L")
        pdf.ln(gap)

    para(f"Record of {r.debtor}", 15, "B", gap=2)
    para(f"Generated {_stamp(r.generated_at)}. All times in {r.timezone}. "
         f"{len(r.entries)} entries. Every message's original bytes are attached to this "
         "PDF (message-ID.eml) and identified by their SHA-256.")
    para("Contacts: " + (", ".join(r.contacts) or "-"), wrap=WrapMode.CHAR)
    for i in r.invoices:
        para(f"{i['number']}: {i['amount']}, issued {i['issued']}, due {i['due']}, "
             f"{i['state']} (paid {i['paid']})")
    pdf.ln(2)
    for n, e in enumerate(r.entries, 1):
        head = f"{n}. {_stamp(e.at)}  {e.category}" + (f"  {e.invoice}" if e.invoice else "")
        para(head, 9, "B", gap=0)
        para(e.what, wrap=WrapMode.CHAR, gap=0)
        if e.cause:
            para(f"cause: {e.cause}", 8, wrap=WrapMode.CHAR, gap=0)
        if e.message is not None:
            m = e.message
            para(f"Message-ID {m.message_id or '-'}; SHA-256 {m.sha256}; {m.size} bytes"
                 + ("" if m.intact else "; DOES NOT MATCH the kept bytes")
                 + f"; attached as message-{m.id}.eml", 7.5, wrap=WrapMode.CHAR, gap=0)
            if m.text:
                para(m.text, 8, wrap=WrapMode.CHAR, gap=0)
            pdf.embed_file(bytes=m.raw, basename=f"message-{m.id}.eml",
                           modification_date=e.at, mime_type="message/rfc822",
                           desc=f"SHA-256 {m.sha256}")
        pdf.ln(2)
    return bytes(pdf.output())


def render(r: Record, fmt: str, font: Path | None = None) -> bytes:
    if fmt == "json":
        return to_json(r).encode("utf-8")
    if fmt == "html":
        return to_html(r).encode("utf-8")
    if fmt == "pdf":
        return to_pdf(r, font)
    raise MailbotError(f"--format {fmt!r}: give html, pdf or json")

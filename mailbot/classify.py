"""ParsedMessage -> Classification: what kind of mail this is and what it says. Pure.

The order of the checks matters: machine mail (bounces, receipts) first, then the
trusted senders (payment notifiers, staff), then auto-replies, then people. Anything not
understood with confidence is `needs_human`, which means no automatic action follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta
from email.message import Message
from email.parser import BytesHeaderParser

from flufl.bounce import all_failures
from mailparser_reply import EmailReplyParser

from mailbot import extract
from mailbot.domain import Address, Classification, Intent, InvoiceFacts, Kind, PaymentFacts
from mailbot.parse import ParsedMessage, message_ids


@dataclass(frozen=True)
class Context:
    """What the classifier may know beyond the message: configuration and known ids."""

    bot_address: str
    staff_addresses: frozenset[str] = frozenset()
    staff_domains: frozenset[str] = frozenset()
    notifiers: frozenset[str] = frozenset()
    require_authentication: bool = True
    authserv_ids: frozenset[str] = frozenset()
    default_terms_days: int = 30
    known_invoice_numbers: tuple[str, ...] = ()
    known_message_ids: frozenset[str] = frozenset()
    known_contacts: frozenset[str] = field(default_factory=frozenset)

    def is_staff(self, a: Address | None) -> bool:
        return a is not None and (a.email in self.staff_addresses
                                  or a.domain in self.staff_domains)

    def is_notifier(self, a: Address | None) -> bool:
        return a is not None and (a.email in self.notifiers or f"@{a.domain}" in self.notifiers)


def authentication(msg: ParsedMessage, authserv_ids: frozenset[str]) -> bool | None:
    """DKIM/DMARC verdict from Authentication-Results added by *our* receiving server.

    None when no trusted header is present; headers from other servers are ignored,
    since a sender can write any Authentication-Results it likes.
    """
    if msg.sender is None:
        return None
    verdict: bool | None = None
    for value in msg.header_all("Authentication-Results"):
        authserv = value.split(";", 1)[0].strip().split()[0].lower() if value.strip() else ""
        if authserv not in authserv_ids:
            continue
        text = value.lower()
        if re.search(r"\bdmarc=pass\b", text):
            return True
        domain = msg.sender.domain
        for m in re.finditer(r"\bdkim=pass\b[^;]*?header\.d=([\w.-]+)", text):
            d = m.group(1)
            if domain == d or domain.endswith("." + d):
                return True
        verdict = False
    return verdict


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


def _bounce(msg: ParsedMessage) -> Classification | None:
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


def _read_receipt(msg: ParsedMessage) -> Classification | None:
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


def _auto_reply(msg: ParsedMessage) -> Classification | None:
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


def _payment(msg: ParsedMessage, ctx: Context, auth: bool | None) -> Classification:
    text = f"{msg.subject}\n{msg.text}"
    money = extract.total_amount(text)
    numbers = tuple(extract.mentions(text, ctx.known_invoice_numbers)
                    or extract.invoice_numbers(text))
    trusted = auth is True or not ctx.require_authentication
    reason = ""
    if not trusted:
        reason = "payment notifier mail failed sender authentication"
    elif not numbers:
        reason = "payment without an invoice reference"
    elif money is None:
        reason = "payment without an amount"
    return Classification(
        kind=Kind.PAYMENT_CONFIRMATION, confidence=0.95 if not reason else 0.5,
        needs_human=bool(reason), reason=reason, authenticated=auth,
        payment=PaymentFacts(
            amount=money.amount if money else None,
            currency=money.currency if money else None,
            invoice_numbers=numbers,
            paid_on=extract.labelled_date(text, r"date|paid on|datum|tanggal|дата")
            or (msg.date.date() if msg.date else None),
        ),
        invoice_numbers=numbers,
    )


def _invoice_copy(msg: ParsedMessage, ctx: Context, auth: bool | None) -> Classification:
    text = f"{msg.subject}\n{msg.text}"
    numbers = extract.invoice_numbers(msg.subject) or extract.invoice_numbers(msg.text)
    money = extract.total_amount(msg.text) or extract.total_amount(msg.subject)
    contacts = tuple(a for a in msg.to if a.email != ctx.bot_address and not ctx.is_staff(a))
    issued = extract.issue_date(msg.text) or (msg.date.date() if msg.date else None)
    due = extract.due_date(text)
    terms = extract.terms_days(text)
    if due is None and issued is not None:
        due = issued + timedelta(days=terms if terms is not None else ctx.default_terms_days)
    missing = [name for name, v in (("invoice number", numbers), ("amount", money),
                                    ("client address", contacts), ("due date", due)) if not v]
    trusted = auth is True or not ctx.require_authentication
    reason = ""
    if missing:
        reason = "invoice copy without " + ", ".join(missing)
    elif not trusted:
        reason = "staff mail failed sender authentication"
    if missing or money is None or due is None:
        return Classification(kind=Kind.INVOICE_COPY, confidence=0.4, needs_human=True,
                              reason=reason, authenticated=auth,
                              invoice_numbers=tuple(numbers), debtor_contacts=contacts)
    facts = InvoiceFacts(number=numbers[0], amount=money.amount, currency=money.currency,
                         issue_date=issued, due_date=due, terms_days=terms)
    return Classification(
        kind=Kind.INVOICE_COPY, confidence=0.9 if not reason else 0.5, needs_human=bool(reason),
        reason=reason, authenticated=auth, invoice=facts, invoice_numbers=(facts.number,),
        debtor_contacts=contacts,
    )


# Ordered: the first intent whose words appear wins only when it is the only one found.
_INTENTS: tuple[tuple[Intent, str], ...] = (
    (Intent.STOP, r"stop (?:contacting|emailing|sending)|unsubscribe|do not contact|"
                  r"remove me|keine (?:weiteren )?(?:e-?mails|nachrichten)|jangan hubungi|"
                  r"не пишите|прекратите"),
    (Intent.DISPUTE, r"dispute|incorrect|wrong amount|not (?:what we )?ordered|complain|"
                     r"overcharged|falsch|reklamation|einspruch|tidak sesuai|salah|"
                     r"не согласн|ошибк|претензи"),
    (Intent.PAID_CLAIM, r"already paid|(?:have|has|we) paid|payment (?:was|has been) "
                        r"(?:made|sent)|(?:have|has) (?:been )?transferred|"
                        r"bereits (?:bezahlt|überwiesen)|haben .{0,20}überwiesen|"
                        r"sudah (?:di)?(?:bayar|transfer)|уже оплатил|оплатили|оплачено"),
    (Intent.PLAN_REQUEST, r"instal+ments?|payment plan|in parts|ratenzahlung|raten|"
                          r"cicil|angsur|рассрочк|частями"),
    (Intent.NOT_RECEIVED, r"(?:didn'?t|did not|haven'?t|have not|never) (?:receive|get)|"
                          r"not received|resend|send (?:it )?again|nicht erhalten|"
                          r"belum (?:ter)?ima|не получил"),
    (Intent.PAYMENT_DETAILS, r"bank details|account number|iban|how (?:can|do) we pay|"
                             r"bankverbindung|nomor rekening|реквизит"),
    (Intent.PROMISE, r"will (?:pay|transfer|settle|send)|(?:pay|paid|payment) (?:by|on|next)|"
                     r"going to pay|werden? .{0,30}(?:zahlen|überweisen)|akan (?:di)?(?:bayar|"
                     r"transfer)|оплатим|переведем|переведём"),
)


def reply_text(msg: ParsedMessage) -> str:
    """The new text of a reply, without quoted history or signature."""
    body = msg.text or re.sub(r"<[^>]+>", " ", msg.html)
    try:
        latest = EmailReplyParser(languages=["en", "de"]).parse_reply(text=body)
    except Exception:  # the quote stripper is a heuristic; fall back to the whole body
        latest = body
    return _unquoted(latest or body)


def _unquoted(text: str) -> str:
    """Drop '>' quoted lines and the 'On ... wrote:' line before them. The parser above
    keeps them when the answer is written below the quote, and a quoted reminder says
    "if you have already paid", which must not read as the client's own words."""
    lines = text.splitlines()
    kept = []
    for i, line in enumerate(lines):
        if line.lstrip().startswith(">"):
            continue
        following = next((x for x in lines[i + 1:] if x.strip()), "")
        if line.rstrip().endswith(":") and following.lstrip().startswith(">"):
            continue
        kept.append(line)
    return "\n".join(kept).strip()


def _client_reply(msg: ParsedMessage, ctx: Context) -> Classification | None:
    threaded = {msg.in_reply_to, *msg.references} & ctx.known_message_ids
    text = reply_text(msg)
    numbers = tuple(extract.mentions(f"{msg.subject}\n{text}", ctx.known_invoice_numbers))
    sender = msg.sender.email if msg.sender else ""
    if not (threaded or numbers or sender in ctx.known_contacts):
        return None
    found = [intent for intent, pattern in _INTENTS
             if re.search(pattern, text, re.IGNORECASE)]
    promised = None
    if Intent.PROMISE in found and msg.date is not None:
        promised = extract.promised_date(text, msg.date)
    if len(found) == 1:
        intent = found[0]
    elif set(found) == {Intent.PROMISE, Intent.PAID_CLAIM} and promised:
        intent = Intent.PROMISE  # "we will pay by Friday" also matches "pay by"
    else:
        intent = Intent.OTHER
    sure = intent != Intent.OTHER and not (intent == Intent.PROMISE and promised is None)
    reason = "" if sure else ("promise without a date" if intent == Intent.PROMISE
                              else "reply not understood with confidence")
    return Classification(
        kind=Kind.CLIENT_REPLY, confidence=0.8 if sure else 0.4, needs_human=not sure,
        reason=reason, intent=intent, promised_date=promised,
        invoice_numbers=numbers, original_message_id=msg.in_reply_to, reply_text=text[:2000],
    )


def classify(msg: ParsedMessage, ctx: Context) -> Classification:
    """Decide the kind of `msg` and read what it says."""
    found = _bounce(msg) or _read_receipt(msg)
    if found:
        return found
    auth = authentication(msg, ctx.authserv_ids)
    if ctx.is_notifier(msg.sender):
        return _payment(msg, ctx, auth)
    recipients = {a.email for a in (*msg.to, *msg.cc)}
    if ctx.is_staff(msg.sender) and ctx.bot_address not in {a.email for a in msg.to}:
        # the bot in Cc, or absent from the headers (Bcc): an invoice copy
        return _invoice_copy(msg, ctx, auth)
    if ctx.is_staff(msg.sender) and ctx.bot_address in recipients:
        return Classification(kind=Kind.OTHER, confidence=0.5, needs_human=True,
                              reason="staff mail addressed to the bot (commands come later)",
                              authenticated=auth)
    found = _auto_reply(msg) or _client_reply(msg, ctx)
    if found:
        return found
    return Classification(kind=Kind.OTHER, confidence=0.3, needs_human=True,
                          reason="not from a known client, staff member or notifier",
                          authenticated=auth)

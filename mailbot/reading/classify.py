"""ParsedMessage -> Classification: what kind of mail this is and what it says. Pure.

The readers, one module per kind of mail (mailbot.reading.kinds), are asked in the order
of READERS; each has a guard (when it applies at all) and a read function that answers
with a Classification or None (not this kind). The first answer wins. Anything no reader
claims is `other` and needs_human, which means no automatic action follows.

Why this order:
- a sender on a domain made to look like a notifier's, staff's or ours first: whatever
  it says (a payment, a challenge, a reply) comes from a forger, so it is `other`;
- a sender-verification request (challenge) before all: it looks like a bounce ("your
  message was held") and like an auto-reply, and must be read as neither, since the
  address behind it is alive and the mail is only waiting for a person to confirm us;
- machine mail next (bounces, then read receipts): a bounce or receipt may come from
  anybody, a client's server or our own, and is never anybody's words; a bounce comes
  before a receipt because a "not read" MDN that rejects the mail is a delivery failure;
- then the trusted senders, known by configuration: a payment notifier's mail is a
  payment notice, a staff member's mail with the bot in Cc or Bcc is an invoice copy, and
  with the bot in To a command. These always answer for their senders, so nothing below
  them reads staff or notifier mail;
- then mail from outside: a document service's notice ("контрагент подписал документ")
  before auto-replies, which it may look like, then auto-replies before anything else (an absence note may quote
  our reminder and mention paying), bulk and list mail (unless from a known client,
  whose system may send remittance advice with List-Unsubscribe), a changed bank account
  announced by a sender the bot cannot vouch for (fraud, not a reply), an outgoing invoice
  when no staff is configured (`mailbot classify` without config), a client's
  withholding-tax slip sent on its own (evidence, no reply), and last a client's
  reply, the reader that accepts the most. A stranger's mail laid out as a bank's payment
  notice comes before bulk mail: it is a look-alike, kept as `other` for a person.
The sender's authentication (trust.verify) is computed once, when the first reader that
uses it is reached (machine mail does not ask), and handed to every reader as `auth`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from mailbot.domain import ledger
from mailbot.domain.values import Classification, Kind
from mailbot.reading.context import Context
from mailbot.reading.kinds import (
    auto_reply,
    bounce,
    bulk,
    challenge,
    client_reply,
    document_notice,
    forgery,
    invoice_copy,
    payment,
    receipt,
    staff_command,
    tax_slip,
)
from mailbot.reading.language import detect as detect_language
from mailbot.reading.parse import ParsedMessage
from mailbot.reading.regarding import invoices_regarding
from mailbot.reading.trust import AuthVerdict, verify

__all__ = ["READERS", "Context", "Reader", "classify"]

Guard = Callable[[ParsedMessage, Context], bool]
Read = Callable[[ParsedMessage, Context, bool | None], Classification | None]


@dataclass(frozen=True)
class Reader:
    """One kind of mail: when it applies, and how it is read."""

    name: str
    applies: Guard
    read: Read
    uses_auth: bool = True  # handed the sender's authentication (computed on first need)


def _any(msg: ParsedMessage, ctx: Context) -> bool:
    return True


def _from_notifier(msg: ParsedMessage, ctx: Context) -> bool:
    return ctx.is_notifier(msg.sender)


def _staff_copy(msg: ParsedMessage, ctx: Context) -> bool:
    # the bot in Cc, or absent from the headers (Bcc): an invoice copy
    return ctx.is_staff(msg.sender) and ctx.bot_address not in {a.email for a in msg.to}


def _staff_to_bot(msg: ParsedMessage, ctx: Context) -> bool:
    recipients = {a.email for a in (*msg.to, *msg.cc)}
    return ctx.is_staff(msg.sender) and ctx.bot_address in recipients


def _from_outside(msg: ParsedMessage, ctx: Context) -> bool:
    return not ctx.is_notifier(msg.sender) and not ctx.is_staff(msg.sender)


def _outside_not_client(msg: ParsedMessage, ctx: Context) -> bool:
    # list and bulk mail is kept but asks nobody for anything; a known client's system
    # (remittance advice with List-Unsubscribe) is still read as the client's
    from_client = msg.sender is not None and ctx.facts.is_contact(msg.sender.email)
    return _from_outside(msg, ctx) and not from_client


# machine mail answering a message the bot sent (see mailbot.reading.regarding)
_ANSWERS_OUR_MAIL = frozenset({Kind.BOUNCE, Kind.READ_RECEIPT, Kind.AUTO_REPLY,
                               Kind.CHALLENGE})

READERS: tuple[Reader, ...] = (
    # a domain made to look like a notifier's, staff's or ours: nothing it says is read
    Reader("lookalike_sender", _from_outside, forgery.read_lookalike, uses_auth=False),
    Reader("challenge", _from_outside, challenge.read_mail, uses_auth=False),
    Reader("bounce", _any, bounce.read_mail, uses_auth=False),
    Reader("read_receipt", _any, receipt.read_mail, uses_auth=False),
    Reader("payment", _from_notifier, payment.read_mail),
    Reader("invoice_copy", _staff_copy, invoice_copy.read_mail),
    # a staff member's forward of an invoice mail sent to a client without the bot in copy
    Reader("forwarded_invoice", _staff_to_bot, invoice_copy.read_forwarded),
    Reader("staff_command", _staff_to_bot, staff_command.read_mail),
    # an e-signature / e-document (ЭДО) service's note that a document was signed or
    # refused: a machine's, about a client's document, for a person (before auto-replies:
    # it may carry Auto-Submitted and "sent automatically")
    Reader("document_notice", _outside_not_client, document_notice.read_mail),
    Reader("auto_reply", _from_outside, auto_reply.read_mail),
    # "our bank details have changed" from a sender the bot cannot vouch for
    Reader("bank_change", _from_outside, forgery.read_bank_change),
    # laid out as a bank's notice but from no configured notifier: a look-alike
    Reader("lookalike_notice", _outside_not_client, payment.read_lookalike),
    Reader("bulk", _outside_not_client, bulk.read_mail),
    # without configured staff (`mailbot classify` with no config) a plain outgoing
    # invoice is still an invoice copy; it needs a human unless the sender is trusted
    Reader("outgoing_invoice", _from_outside, invoice_copy.read_outgoing),
    # a client's withholding-tax slip sent on its own ("Bukti Potong PPh 23"): evidence
    # for a person, no reply (one answering our reminder stays the client's reply)
    Reader("tax_slip", _from_outside, tax_slip.read_mail),
    Reader("client_reply", _from_outside, client_reply.read_mail),
)


def classify(msg: ParsedMessage, ctx: Context,
             verdict: AuthVerdict | None = None) -> Classification:
    """Decide the kind of `msg` and read what it says, and in which language. `verdict`:
    the sender's authentication when the caller has it already (ingest needs it again to
    apply the message), else it is computed here on first need."""
    c = _classify(msg, ctx, verdict)
    if c.kind in _ANSWERS_OUR_MAIL and not c.invoice_numbers:
        # a machine's note answers the bot's message: the invoice that message was about
        c = dataclasses.replace(c, invoice_numbers=invoices_regarding(msg, ctx))
    if c.language is None:
        c = dataclasses.replace(c, language=detect_language(f"{msg.subject}\n{msg.text}"[:4000]))
    return c


def _classify(msg: ParsedMessage, ctx: Context, verdict: AuthVerdict | None) -> Classification:
    auth: bool | None = None
    verified = False
    for reader in READERS:
        if reader.uses_auth and not verified:
            auth, verified = (verdict or verify(msg, ctx.trust)).authenticated, True
        if not reader.applies(msg, ctx):
            continue
        found = reader.read(msg, ctx, auth)
        if found:
            return found
    if not verified:
        auth = (verdict or verify(msg, ctx.trust)).authenticated
    return Classification(kind=Kind.OTHER, confidence=0.3, needs_human=True,
                          reason="not from a known client, staff member or notifier",
                          authenticated=auth)


def as_record(c: Classification, file: str | None = None) -> dict[str, object]:
    """The flat form of `mailbot classify --json`: null where a field does not apply."""
    money = c.invoice or c.payment
    amount = getattr(money, "amount", None)
    currency = getattr(money, "currency", None)
    if money is None and c.reply_amount is not None:  # what a client's reply names
        amount, currency = c.reply_amount, c.reply_currency
    return {
        "file": file,
        "kind": c.kind.value,
        "language": c.language,
        "invoice_numbers": list(c.invoice_numbers),
        "amount": f"{amount:.2f}" if amount is not None else None,
        "currency": currency,
        "issue_date": _iso(c.invoice.issue_date if c.invoice else c.stated_issue_date),
        "due_date": _iso(c.invoice.due_date if c.invoice else None),
        "payment_terms_days": c.invoice.terms_days if c.invoice else None,
        "intent": c.intent.value if c.intent else None,
        # the intent is the statistical model's guess, for a person (never acted on)
        "intent_guessed": c.intent_guessed if c.kind == Kind.CLIENT_REPLY else None,
        "promised_date": _iso(c.promised_date),
        "return_date": _iso(c.return_date),
        "failed_recipients": list(c.failed_recipients),
        "bounce_permanent": c.bounce_permanent,
        "bounce_reason": c.bounce_reason,
        # what the bot does with the address: only a mailbox that does not exist is dead
        "address_dead": ledger.address_dead(c.bounce_permanent, c.bounce_reason)
        if c.kind == Kind.BOUNCE else None,
        # the link (or mailto: address) to confirm the sender at
        "challenge": c.challenge,
        "original_message_id": c.original_message_id,
        # a payment's facts: the value date, whether the notice calls it partial (false)
        # or not (true: the ledger still decides by the amounts), its split over invoices
        # (for a client's paid claim: the day it says it paid, for staff to check)
        "payment_date": _iso(c.payment.paid_on if c.payment else c.reply_paid_on),
        # (a payment naming no invoice settles none until a person allocates it)
        "payment_full": (c.payment.stated != "partial" and bool(c.payment.invoice_numbers))
        if c.payment and c.payment.amount is not None and c.kind != Kind.STAFF_COMMAND
        else None,
        "allocations": [f"{n}={a:.2f}" for n, a in c.payment.allocations] if c.payment
        else [],
        "payer": c.payment.payer if c.payment else None,
        "authenticated": c.authenticated,
        "confidence": round(c.confidence, 2),
        "needs_human": c.needs_human,
        "reason": c.reason or None,
        "debtor_name": c.invoice.debtor_name if c.invoice else None,
        "source": c.invoice.source if c.invoice else None,
        "disagreements": list(c.invoice.disagreements) if c.invoice else [],
    }


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None

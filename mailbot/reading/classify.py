"""ParsedMessage -> Classification: what kind of mail this is and what it says. Pure.

The order of the checks matters: machine mail (bounces, receipts) first, then the
trusted senders (payment notifiers, staff), then auto-replies, then people. Anything not
understood with confidence is `needs_human`, which means no automatic action follows.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from mailbot.reading import invoices, machine, replies
from mailbot.reading.context import Context
from mailbot.domain.values import Classification, Kind
from mailbot.reading.language import detect as detect_language
from mailbot.reading.parse import ParsedMessage
from mailbot.reading.trust import verify

__all__ = ["Context", "classify"]


def classify(msg: ParsedMessage, ctx: Context) -> Classification:
    """Decide the kind of `msg` and read what it says, and in which language."""
    c = _classify(msg, ctx)
    if c.language is None:
        c = dataclasses.replace(c, language=detect_language(f"{msg.subject}\n{msg.text}"[:4000]))
    return c


def _classify(msg: ParsedMessage, ctx: Context) -> Classification:
    found = machine.bounce(msg) or machine.read_receipt(msg)
    if found:
        return found
    auth = verify(msg, ctx.trust).authenticated
    if ctx.is_notifier(msg.sender):
        return invoices.payment(msg, ctx, auth)
    recipients = {a.email for a in (*msg.to, *msg.cc)}
    if ctx.is_staff(msg.sender) and ctx.bot_address not in {a.email for a in msg.to}:
        # the bot in Cc, or absent from the headers (Bcc): an invoice copy
        return invoices.invoice_copy(msg, ctx, auth)
    if ctx.is_staff(msg.sender) and ctx.bot_address in recipients:
        return Classification(kind=Kind.STAFF_COMMAND, confidence=0.5, needs_human=True,
                              reason="staff mail addressed to the bot: commands are read by "
                                     "people for now", authenticated=auth)
    # without configured staff (`mailbot classify` with no config) a plain outgoing invoice
    # is still an invoice copy; it needs a human unless the sender is trusted
    from_client = msg.sender is not None and ctx.facts.is_contact(msg.sender.email)
    # list and bulk mail is kept but asks nobody for anything; a known client's system
    # (remittance advice with List-Unsubscribe) is still read as the client's
    found = (machine.auto_reply(msg) or (None if from_client else machine.bulk_mail(msg))
             or invoices.outgoing_invoice(msg, ctx, auth) or replies.client_reply(msg, ctx))
    if found:
        return found
    return Classification(kind=Kind.OTHER, confidence=0.3, needs_human=True,
                          reason="not from a known client, staff member or notifier",
                          authenticated=auth)


def as_record(c: Classification, file: str | None = None) -> dict[str, object]:
    """The flat form of `mailbot classify --json`: null where a field does not apply."""
    money = c.invoice or c.payment
    amount = getattr(money, "amount", None)
    return {
        "file": file,
        "kind": c.kind.value,
        "language": c.language,
        "invoice_numbers": list(c.invoice_numbers),
        "amount": f"{amount:.2f}" if amount is not None else None,
        "currency": getattr(money, "currency", None),
        "issue_date": _iso(c.invoice.issue_date if c.invoice else None),
        "due_date": _iso(c.invoice.due_date if c.invoice else None),
        "payment_terms_days": c.invoice.terms_days if c.invoice else None,
        "intent": c.intent.value if c.intent else None,
        "promised_date": _iso(c.promised_date),
        "return_date": _iso(c.return_date),
        "failed_recipients": list(c.failed_recipients),
        "bounce_permanent": c.bounce_permanent,
        "original_message_id": c.original_message_id,
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

"""ParsedMessage -> Classification: what kind of mail this is and what it says. Pure.

The order of the checks matters: machine mail (bounces, receipts) first, then the
trusted senders (payment notifiers, staff), then auto-replies, then people. Anything not
understood with confidence is `needs_human`, which means no automatic action follows.
"""

from __future__ import annotations

from mailbot import invoices, machine, replies
from mailbot.context import Context
from mailbot.domain import Classification, Kind
from mailbot.parse import ParsedMessage
from mailbot.trust import authentication

__all__ = ["Context", "classify"]


def classify(msg: ParsedMessage, ctx: Context) -> Classification:
    """Decide the kind of `msg` and read what it says."""
    found = machine.bounce(msg) or machine.read_receipt(msg)
    if found:
        return found
    auth = authentication(msg, ctx.authserv_ids)
    if ctx.is_notifier(msg.sender):
        return invoices.payment(msg, ctx, auth)
    recipients = {a.email for a in (*msg.to, *msg.cc)}
    if ctx.is_staff(msg.sender) and ctx.bot_address not in {a.email for a in msg.to}:
        # the bot in Cc, or absent from the headers (Bcc): an invoice copy
        return invoices.invoice_copy(msg, ctx, auth)
    if ctx.is_staff(msg.sender) and ctx.bot_address in recipients:
        return Classification(kind=Kind.OTHER, confidence=0.5, needs_human=True,
                              reason="staff mail addressed to the bot (commands come later)",
                              authenticated=auth)
    found = machine.auto_reply(msg) or replies.client_reply(msg, ctx)
    if found:
        return found
    return Classification(kind=Kind.OTHER, confidence=0.3, needs_human=True,
                          reason="not from a known client, staff member or notifier",
                          authenticated=auth)

"""A client's withholding-tax slip sent on its own: "Bukti Potong PPh 23" / e-Bupot,
"Withholding tax certificate", "Справка об удержанном налоге". Pure. Never answered.

The client withheld a tax from what it paid and sends the proof: evidence a person books
against the invoice's shortfall (a write-off decision), not a bank notice and not a reply
to a reminder. So it is `other`, for a person, with the invoices it names and the tax
withheld on it. Read only when the slip is the mail's topic (its subject names it) and
the mail starts no conversation (no "Re:", no answer to the bot's mail, no quote): a
client answering our reminder "paid net of PPh 23, slip attached" is read as a reply.
"""

from __future__ import annotations

import re

from mailbot.domain.values import Classification, Kind
from mailbot.reading import extract, subjects
from mailbot.reading.context import Context
from mailbot.reading.lang import either
from mailbot.reading.mime_text import full_text, text_language
from mailbot.reading.parse import ParsedMessage

_TITLE = re.compile(either("TAX_SLIP"), re.IGNORECASE)
_WITHHELD = re.compile(either("TAX_WITHHELD"), re.IGNORECASE | re.MULTILINE)
_CONVERSATION = subjects.prefix(replies=True, forwards=True)
_QUOTED = re.compile(r"^\s*>", re.MULTILINE)
MAX_WORDS = 300  # a covering note; a long text is a person's letter about more


def _withheld(text: str) -> extract.Money | None:
    """The tax withheld: the sum on the first line labelled so, after its label."""
    for m in _WITHHELD.finditer(text):
        line_end = text.find("\n", m.end())
        rest = text[m.end():line_end if line_end >= 0 else None]
        if found := extract.find_money(rest):
            return found[0]
    return None


def tax_slip(msg: ParsedMessage, ctx: Context) -> Classification | None:
    if msg.content_type == "multipart/report" or msg.report_type:
        return None
    subject = msg.subject or ""
    if msg.in_reply_to or msg.references or _CONVERSATION.match(subject):
        return None  # part of a conversation: the client's words about the slip
    title = _TITLE.search(subject)
    if title is None:
        return None
    text = full_text(msg)[:6000]
    if len(text.split()) > MAX_WORDS or _QUOTED.search(text):
        return None
    money = _withheld(text)
    return Classification(
        kind=Kind.OTHER, confidence=0.8, needs_human=True,
        reason=f"a client's withholding-tax slip (\"{title.group(0)}\"): evidence for a "
               "person to book against the invoice, no payment and no reply",
        invoice_numbers=tuple(ctx.facts.numbers_in(f"{subject}\n{text}")),
        reply_amount=money.amount if money else None,
        reply_currency=money.currency if money else None,
        language=text_language(f"{text}\n{subject}"),
    )


def read_mail(msg: ParsedMessage, ctx: Context, auth: bool | None) -> Classification | None:
    """The registry's entry (mailbot.reading.classify)."""
    return tax_slip(msg, ctx)

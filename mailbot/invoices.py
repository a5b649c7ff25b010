"""What invoice copies from staff and payment notices from notifiers say. Pure.

An invoice copy is read from, best first: an e-invoice attachment, the text of a PDF
attachment, the body, the subject.
"""

from __future__ import annotations

from datetime import timedelta

from mailbot import extract
from mailbot.context import Context
from mailbot.domain import Classification, InvoiceFacts, Kind, PaymentFacts
from mailbot.parse import ParsedMessage


def payment(msg: ParsedMessage, ctx: Context, auth: bool | None) -> Classification:
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


def invoice_copy(msg: ParsedMessage, ctx: Context, auth: bool | None) -> Classification:
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

"""Staff mail addressed to the bot (the bot in To or Cc): a command. Pure.

The commands themselves are read by mailbot.reading.commands and carried out by the
appliers, only when our receiving server authenticated the sender (domain.permissions).
A mail in a staff member's name that our server did not authenticate is not what it
claims: it is `other`, kept and shown to staff with the reason, never obeyed nor
answered. A staff member's automatic mail (an out-of-office note) is an auto-reply:
never a command.

The record names what the commands are about (their invoice numbers, the amount a
`paid` line states, its day) so a person can check a command mail without opening it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from mailbot.domain.values import Classification, Kind, PaymentFacts
from mailbot.reading import commands, dates, extract
from mailbot.reading.context import Context
from mailbot.reading.kinds import auto_reply
from mailbot.reading.kinds.forgery import named_invoices
from mailbot.reading.lang import either
from mailbot.reading.language import detect as detect_language
from mailbot.reading.parse import ParsedMessage
from mailbot.reading.replies import message_body

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# relative dates in a command ("promise INV friday") only matter to the appliers, which
# read the mail again with the real day; the record needs a day to read them at all
_NO_DAY = date(2000, 1, 1)


def _what_it_names(msg: ParsedMessage, ctx: Context) -> tuple[tuple[str, ...], PaymentFacts | None, str]:
    """The invoice numbers the commands name, the payment a `paid` line states (when
    the mail states exactly one), and the mail's own words beside its commands."""
    body = message_body(msg)
    today = msg.date.date() if msg.date else _NO_DAY
    parsed = commands.parse_mail(body, today)
    found = [p for p in parsed if isinstance(p, commands.Command)]
    numbers: list[str] = []
    for c in found:
        # a debtor reference (pause Acme 14d) is no invoice number: it has no digit
        if c.target and any(ch.isdigit() for ch in c.target) and "@" not in c.target \
                and c.target not in numbers:
            numbers.append(c.target)
    paid = {(c.amount, c.currency, c.day or (msg.date.date() if msg.date else None))
            for c in found if c.verb == "paid" and c.amount}
    payment = None
    if len(paid) == 1:
        amount, currency, day = next(iter(paid))
        # a bare figure is in the invoice's currency, which the appliers take from the
        # ledger; the record shows the staff member's country's ("paid X 960.00" from
        # .co.uk: GBP) so a person reading it sees the sum as meant
        home = (extract.home_currency(msg.sender.email) if msg.sender is not None
                and ctx.is_staff(msg.sender) else None)
        payment = PaymentFacts(amount=amount, currency=currency or home, paid_on=day,
                               invoice_numbers=tuple(c.target for c in found if c.verb == "paid"))
    # the verbs are the bot's grammar, not the writer's language: the other lines are
    words = "\n".join(p.line for p in parsed if isinstance(p, commands.BadLine))
    if not found:
        # staff writing to the bot in prose ("X will be paid in their first run after the
        # 15th"): the invoices it names, for the person who reads it (never acted on)
        numbers = list(named_invoices(f"{msg.subject}\n{words}", ctx))
    return tuple(numbers), payment, words


_PAID = re.compile(either("STAFF_PAID"), re.IGNORECASE)
_PROMISED = re.compile(either("STAFF_PROMISED"), re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n\s*\n")
PAID_WINDOW = timedelta(days=62)  # a payment staff report lies this far back at most
_DAY_MONTH = re.compile(r"(?<![\w.,/-])\d{1,2}\.\d{2}(?![\w.,/-]|\.\d)")
# (a figure's unit or currency after it: "26.02 кг", "12.50 EUR")
_UNIT_AFTER = re.compile(rf"\s*(?:%|[€$£₽₸]|(?:кг|kg|г|g|т|t|л|l|м|m|км|km|шт|stk|pcs|ч|h|руб|"
                         rf"rp|{extract.CURRENCY_CODES})(?![^\W\d_]))", re.IGNORECASE)
# a sentence's end, not a date's closing dot ("bis zum 10.03. und 340,00 € bis ...")
_SUM_SENTENCE_END = re.compile(r"(?<!\.\d\d)(?<!\.\d)[.!?](?:\s|$)|\n\s*\n")


@dataclass(frozen=True)
class ProseFacts:
    """What staff writing in prose state, for the record: a payment received (its sum and
    day) and a client's promised day. Never acted on: a command's own grammar acts."""

    amount: Decimal | None = None
    currency: str | None = None
    paid_on: date | None = None
    promised: date | None = None


def prose_facts(words: str, today: date) -> ProseFacts:
    """A payment stated with its one sum ("paid INV-1 in full by cheque, £1,980.00 - banked
    yesterday (24 Nov)", "33.600,00 € sind am 17.11. eingegangen") and its one past day;
    a promise's day: the first date after the words telling it, in their sentence ("has
    promised payment in full on Friday 4 December")."""
    amount = currency = paid_on = promised = None
    low = words.replace("ё", "е").replace("Ё", "Е")
    spans = [(m.start(), m.end()) for m in _PAID.finditer(low)]
    if spans:
        sums = {(m.amount, m.currency) for m in extract.find_money(words)}
        if len(sums) == 1:
            amount, currency = next(iter(sums))
        # the day nearest the words of paying ("sind am 17.11. eingegangen, im Avis stand
        # nur 'Rechnung vom 29.09.'": the 17th); two as near: none
        near = sorted((min(0 if lo <= f.start < hi else min(abs(f.start - lo), abs(f.start - hi))
                           for lo, hi in spans), f.date)
                      for f in dates.find(words, today) if today - PAID_WINDOW <= f.date <= today)
        if not near:
            # "50 000 руб. пришли 26.02 наличными": a day and month with no year and no
            # word before it, in a report of a payment, is the day it came (not a figure
            # with its unit or currency after it)
            near = sorted((0, d) for m in _DAY_MONTH.finditer(words)
                          if not _UNIT_AFTER.match(words, m.end())
                          for f in dates.find(m.group(0), today, after_keyword=True)
                          if today - PAID_WINDOW <= (d := f.date) <= today)
        if near and (len(near) == 1 or near[0][0] < near[1][0] or near[0][1] == near[1][1]):
            paid_on = near[0][1]
    said = _PROMISED.search(low)
    if said:
        end = next((m.start() for m in _SENTENCE_END.finditer(low, said.end())), len(low))
        ahead = [f.date for f in dates.find(words[said.end():end], today) if f.date >= today]
        promised = ahead[0] if ahead else None
        if amount is None:
            # the one sum of the promise's sentence is the sum promised ("hat zugesagt, den
            # Rest von 1.380,00 € bis zum 15.12. zu überweisen"); two sums: none
            start = max((m.end() for m in _SUM_SENTENCE_END.finditer(low, 0, said.start())),
                        default=0)
            stop = next((m.start() for m in _SUM_SENTENCE_END.finditer(low, said.end())),
                        len(low))
            sums = {(m.amount, m.currency) for m in extract.find_money(words[start:stop])}
            if len(sums) == 1:
                amount, currency = next(iter(sums))
    return ProseFacts(amount, currency, paid_on, promised)


def _language(msg: ParsedMessage, words: str) -> str | None:
    """The writer's language: from their own words beside the commands, else from the
    script of their name (a Cyrillic name writes Russian); None when nothing tells."""
    name = msg.sender.name if msg.sender else ""
    if sum(ch.isalpha() for ch in words) >= 12:
        return detect_language(words)
    return "ru" if _CYRILLIC.search(name) else None


def read_mail(msg: ParsedMessage, ctx: Context, auth: bool | None) -> Classification | None:
    """The registry's entry (mailbot.reading.classify)."""
    automatic = auto_reply.auto_reply(msg)
    if automatic is not None:
        return automatic
    numbers, payment, words = _what_it_names(msg, ctx)
    language = _language(msg, words)
    # staff writing in prose: the sum, day and promised day they state, on the record only
    # (a mail not proven to be theirs records none, as a forged bank notice names no sum)
    prose = prose_facts(words, msg.date.date() if msg.date else _NO_DAY) \
        if payment is None and words else ProseFacts()
    if auth is True:
        return Classification(kind=Kind.STAFF_COMMAND, confidence=0.9, needs_human=False,
                              reason="staff command", authenticated=auth,
                              invoice_numbers=numbers, payment=payment, language=language,
                              reply_amount=prose.amount, reply_currency=prose.currency,
                              reply_paid_on=prose.paid_on, promised_date=prose.promised)
    sender = msg.sender.email if msg.sender else "?"
    how = "its authentication failed" if auth is False else \
        "our receiving server gave no verdict"
    return Classification(kind=Kind.OTHER, confidence=0.5, needs_human=True,
                          reason=f"looks like staff commands from {sender} but the sender is "
                                 f"not authenticated ({how}): its commands are not obeyed",
                          authenticated=auth, invoice_numbers=numbers, payment=payment,
                          language=language)

"""What a client's reply says: its own new text, its intent, a promised date. Pure.

Anything not understood with confidence is left to a human: no automatic action follows.
"""

from __future__ import annotations

import re

from mailparser_reply import EmailReplyParser

from mailbot import extract
from mailbot.context import Context
from mailbot.domain import Classification, Intent, Kind
from mailbot.parse import ParsedMessage

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


def client_reply(msg: ParsedMessage, ctx: Context) -> Classification | None:
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

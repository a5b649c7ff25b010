"""Read receipts: MDNs and the non-standard "Read:" notes. Pure. Never answered.

Read receipts. An RFC 8098 MDN whose disposition is "displayed" is a receipt, tied to
our message by Original-Message-ID (the report part), else In-Reply-To/References, else
the returned headers. The common non-standard receipts are recognised by subject prefix
("Read:", "Gelesen:", "Прочитано:", "Dibaca:", ...) or by their wording ("Your message
... was read on ..."). A notice that the message was deleted *unread* ("Not read:",
"Nicht gelesen:", "Не прочитано:", an MDN "deleted"/"denied"/"failed") is returned as a
read_receipt with needs_human=True: it is tied to the same invoice for staff to see, and
by the rule of needs_human it never marks the invoice read.
"""

from __future__ import annotations

import re

from mailbot.domain.values import Classification, Kind
from mailbot.reading.context import Context
from mailbot.reading.lang import either
from mailbot.reading.mime_text import (
    full_text,
    is_answer,
    report_blocks,
    report_parts,
    returned_headers,
    split_report,
    text_language,
)
from mailbot.reading.parse import ParsedMessage, message_ids

# An MDN saying the message was deleted unread (or could not be handled) is not a receipt:
# Dovecot, for one, rejects over-quota mail with such an MDN.
NOT_READ = frozenset({"deleted", "denied", "failed"})

# each language's words are in its lang/<code>.py (see lang/__init__.py); the words of
# mail clients in languages without a file stay here
_RECEIPT_SUBJECT = re.compile(
    rf"^\s*(?:{either('RECEIPT_SUBJECT')}|(?:lu|letto|leído|lido|lida|gelezen|läst|lest|læst|"
    r"luettu|odczytana|przeczytane|přečteno|okundu|開封済み|已读|已讀)\s*:)",
    re.IGNORECASE,
)
_NOT_READ_SUBJECT = re.compile(
    rf"^\s*(?:{either('NOT_READ_SUBJECT')}|non lu|non letto|no leído|não lido|niet gelezen|"
    r"ej läst|ulest|nieprzeczytane|okunmadı|未開封|未读)\s*:",
    re.IGNORECASE,
)
# The whole of a non-standard receipt: "Your message <To/Subject/Sent> was read on <date>"
# (Outlook, in each language), "The message sent to x with subject y was read on ..."
_RECEIPT_BODY = re.compile(either("RECEIPT_BODY"), re.IGNORECASE | re.DOTALL)
_NOT_READ_BODY = re.compile(either("NOT_READ_BODY"), re.IGNORECASE)


def mdn_disposition(msg: ParsedMessage) -> str | None:
    """An MDN's disposition type: 'displayed', 'deleted', 'dispatched', 'processed'."""
    for block in report_blocks(msg):
        m = re.search(r";\s*([a-z-]+)", block.get("disposition", "").lower())
        if m:
            return m.group(1)
    return None


def _receipt_original(msg: ParsedMessage) -> str | None:
    """The Message-ID of the message a receipt acknowledges."""
    for block in report_blocks(msg):
        ids = message_ids(block.get("original-message-id"))
        if ids:
            return ids[0]
    if msg.in_reply_to:
        return msg.in_reply_to
    if msg.references:
        return msg.references[-1]
    _, returned_text = split_report(full_text(msg))
    returned = returned_headers(msg, returned_text)
    if returned is not None:
        ids = message_ids(str(returned.get("Message-ID", "")))
        if ids and ids[0] != msg.message_id:
            return ids[0]
    return None


def read_receipt(msg: ParsedMessage) -> Classification | None:
    mdn = msg.report_type == "disposition-notification" or any(
        p.get_content_type().endswith("disposition-notification")
        for p in report_parts(msg.source))
    text = ""
    if mdn:
        disposition = mdn_disposition(msg)
        if disposition in NOT_READ:
            return _not_read(msg, f"the receipt says the message was {disposition} unread")
        if disposition in ("dispatched", "processed"):
            return _not_read(msg, f"the receipt says the message was {disposition}, "
                                  "not that it was read")
        return Classification(kind=Kind.READ_RECEIPT, confidence=0.99, needs_human=False,
                              original_message_id=_receipt_original(msg),
                              language=_language(msg, msg.text[:600]))
    if _NOT_READ_SUBJECT.match(msg.subject):
        return _not_read(msg, "a 'not read' notice: deleted without being read")
    by_subject = bool(_RECEIPT_SUBJECT.match(msg.subject))
    if by_subject or not is_answer(msg.subject):
        text = full_text(msg)[:3000]
        if _NOT_READ_BODY.search(text):
            return _not_read(msg, "a 'not read' notice: deleted without being read")
    # by its words alone only when they are all the message says
    own = split_report(text)[0].strip()
    if not (by_subject or (len(own) < 900 and _RECEIPT_BODY.search(own))):
        return None
    return Classification(kind=Kind.READ_RECEIPT, confidence=0.85 if by_subject else 0.75,
                          needs_human=False, original_message_id=_receipt_original(msg),
                          language=_language(msg, text[:600]))


def _language(msg: ParsedMessage, text: str) -> str | None:
    """The language of the receipt's own words: the original subject it quotes (our own
    words, in the client's language: "Read: Pengingat pembayaran ...") is left out, as long
    as some words of the receipt's remain."""
    whole = msg.subject + "\n" + text
    m = _RECEIPT_SUBJECT.match(msg.subject)
    original = msg.subject[m.end():].strip() if m else ""
    if len(original) < 8:
        return text_language(whole)
    own = whole.replace(original, " ")
    if len(re.findall(r"[^\W\d_]{2,}", own)) < 4:
        return text_language(whole)
    return text_language(own)


def _not_read(msg: ParsedMessage, reason: str) -> Classification:
    return Classification(kind=Kind.READ_RECEIPT, confidence=0.9, needs_human=True,
                          reason=reason, original_message_id=_receipt_original(msg),
                          language=_language(msg, msg.text[:600]))



def read_mail(msg: ParsedMessage, ctx: Context, auth: bool | None) -> Classification | None:
    """The registry's entry (mailbot.reading.classify)."""
    return read_receipt(msg)

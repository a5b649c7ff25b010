"""Bulk mail: newsletters and mailing-list mail, kept as `other` and never answered. Pure."""

from __future__ import annotations

from mailbot.domain.values import Classification, Kind
from mailbot.reading import subjects
from mailbot.reading.context import Context
from mailbot.reading.mime_text import html_text, text_language
from mailbot.reading.parse import ParsedMessage

# a reply or a forward: part of a conversation
_CONVERSATION_SUBJECT = subjects.prefix(forwards=True)


def bulk_mail(msg: ParsedMessage) -> Classification | None:
    """Newsletters and mailing-list mail: `other`, needing no human, never answered.

    Conservative, as it runs without the ledger's knowledge of clients and threads: only
    mail that says itself it is bulk (List-Id, List-Unsubscribe, or Precedence: bulk or
    list) and is not part of a conversation (no In-Reply-To or References, no "Re:" /
    "AW:" subject). Never a report (DSN, MDN), an auto-reply (decided before) or a mail
    client's one-click unsubscribe (a person's "stop"). A caller that knows the sender as
    a client or staff member should not call it."""
    if msg.content_type == "multipart/report" or msg.in_reply_to or msg.references:
        return None
    if msg.header("X-Apple-Unsubscribe") or _CONVERSATION_SUBJECT.match(msg.subject):
        return None
    auto = (msg.header("Auto-Submitted") or "").lower().split(";")[0].split("(")[0].strip()
    if auto == "auto-replied":
        return None
    precedence = (msg.header("Precedence") or msg.header("X-Precedence") or "").lower().strip()
    if not (msg.header("List-Id") or msg.header("List-Unsubscribe")
            or precedence in ("bulk", "list")):
        return None
    text = f"{msg.subject}\n{msg.text or html_text(msg.html)}"
    return Classification(kind=Kind.OTHER, confidence=0.8, needs_human=False,
                          reason="bulk or mailing-list mail", language=text_language(text))



def read_mail(msg: ParsedMessage, ctx: Context, auth: bool | None) -> Classification | None:
    """The registry's entry (mailbot.reading.classify)."""
    return bulk_mail(msg)

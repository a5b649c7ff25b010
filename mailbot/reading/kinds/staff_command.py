"""Staff mail addressed to the bot (the bot in To): a command. Pure.

Commands are read by people for now: the reader only says what the mail is, so that it
is neither taken for an invoice copy nor answered as a client's reply.
"""

from __future__ import annotations

from mailbot.domain.values import Classification, Kind
from mailbot.reading.context import Context
from mailbot.reading.parse import ParsedMessage


def read_mail(msg: ParsedMessage, ctx: Context, auth: bool | None) -> Classification | None:
    """The registry's entry (mailbot.reading.classify)."""
    return Classification(kind=Kind.STAFF_COMMAND, confidence=0.5, needs_human=True,
                          reason="staff mail addressed to the bot: commands are read by "
                                 "people for now", authenticated=auth)

"""Staff mail addressed to the bot (the bot in To or Cc): a command. Pure.

The commands themselves are read by mailbot.reading.commands and carried out by the
appliers, only when our receiving server authenticated the sender (domain.permissions);
otherwise the mail is kept and shown to staff, never obeyed nor answered. A staff
member's automatic mail (an out-of-office note) is an auto-reply: never a command.
"""

from __future__ import annotations

from mailbot.domain.values import Classification, Kind
from mailbot.reading.context import Context
from mailbot.reading.kinds import auto_reply
from mailbot.reading.parse import ParsedMessage


def read_mail(msg: ParsedMessage, ctx: Context, auth: bool | None) -> Classification | None:
    """The registry's entry (mailbot.reading.classify)."""
    automatic = auto_reply.auto_reply(msg)
    if automatic is not None:
        return automatic
    if auth is True:
        return Classification(kind=Kind.STAFF_COMMAND, confidence=0.9, needs_human=False,
                              reason="staff command", authenticated=auth)
    return Classification(kind=Kind.STAFF_COMMAND, confidence=0.5, needs_human=True,
                          reason="staff mail to the bot that our server did not "
                                 "authenticate: its commands are not obeyed",
                          authenticated=auth)

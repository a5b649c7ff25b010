"""The Sent folder as evidence of what went out.

After the SMTP server has taken a mail (250 after DATA), the dispatcher files a copy in
the mailbox's Sent folder by IMAP APPEND, where people look for what was sent, and before
it records the send. If the process dies between the server's 250 and the record, the
outbox row is left 'uncertain'; recovery looks its Message-ID up here and, when the copy
is there, the mail surely went out (the copy is only ever filed after the 250), so the
row becomes 'sent'. A row whose copy is not here stays uncertain for a person: the mail
may still have been delivered (a crash between the 250 and the APPEND), or not.

Why APPEND and not a Bcc to our own address: the copy must not land in the inbox the bot
reads (its own letter, from a staff domain, would be read as staff mail), and it must not
depend on the relay delivering to us. The price is a window of one APPEND between the 250
and the copy, in which a crash leaves the row uncertain: the safe side.

Each call is a network call made outside any database transaction. One connection is
kept per dispatcher flush and dropped at its end; a Sent folder that cannot be reached
costs a warning, never the send (which already happened).
"""

from __future__ import annotations

import contextlib
import imaplib
from datetime import datetime

import structlog
from imapclient.exceptions import IMAPClientError

from mailbot.adapters.config import ImapConfig
from mailbot.adapters.mailbox import Mailbox
from mailbot.errors import MailboxUnavailable

log = structlog.get_logger()

_FAILURES = (MailboxUnavailable, OSError, IMAPClientError, imaplib.IMAP4.error)


class SentFolder:
    def __init__(self, cfg: ImapConfig) -> None:
        self.cfg = cfg
        self.folder = cfg.sent_folder
        self._mb: Mailbox | None = None
        self._down = False  # failed once in this flush: do not wait on it for every mail

    def _open(self) -> Mailbox:
        if self._mb is None:
            mb = Mailbox(self.cfg).connect()
            try:
                mb.ensure_folder(self.folder)
            except BaseException:
                mb.close()
                raise
            self._mb = mb
        return self._mb

    def file(self, raw: bytes, when: datetime) -> bool:
        """APPEND a copy of a mail the server took, marked read. False (and a warning)
        when the folder cannot be reached: the send stands, only the evidence is missing."""
        if not self.cfg.file_sent or self._down:
            return False
        try:
            self._open().c.append(self.folder, raw, flags=[b"\\Seen"], msg_time=when)
            return True
        except _FAILURES as e:
            log.warning("could not file a copy in Sent", folder=self.folder, error=str(e))
            self._down = True
            self.close()
            return False

    def find(self, message_ids: list[str]) -> set[str] | None:
        """Which of these Message-IDs have a copy in Sent; None when it cannot be looked
        at (the caller then decides nothing and asks again later)."""
        if not message_ids:
            return set()
        try:
            mb = self._open()
            mb.c.select_folder(self.folder, readonly=True)
            found = set()
            for mid in message_ids:
                if mb.c.search(["HEADER", "Message-ID", mid]):
                    found.add(mid)
            return found
        except _FAILURES as e:
            log.warning("could not look in Sent", folder=self.folder, error=str(e))
            self.close()
            return None

    def close(self) -> None:
        mb, self._mb = self._mb, None
        if mb is not None:
            with contextlib.suppress(Exception):
                mb.close()

    def reset(self) -> None:
        """A new flush: try a folder that was down again."""
        self.close()
        self._down = False

"""Run the real `mailbot` command line with one outside event at an exact moment of a sync:

    python -m tests.clihooks HOOK ARG... -- MAILBOT-ARGS...

Only the timing is arranged: the event itself happens to the real Dovecot or database
(the server is killed, another IMAP client moves the mail, another connection writes the
checkpoint row), the way it would when another worker or an outage strikes mid-sync.

Hooks (each fires once, right after the first batch of mail was fetched):
  kill-imap PGID SIGNAL            signal Dovecot's process group, wait until it is gone
  imap-other-client PORT USER PASSWORD move|expunge
                                   a second session moves (or deletes) every INBOX message
  checkpoint-row DB_URL            another connection inserts the folder's checkpoint row
                                   (fires on the first has_message or batch's look for
                                   stored messages instead: after the bot's session
                                   looked for the row and found none)
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Callable
from typing import Any


def after_first_fetch(action: Callable[[], None]) -> None:
    from mailbot.adapters.mailbox import Mailbox

    fetch = Mailbox.fetch
    fired = False

    def fetch_then_act(self: Mailbox, uids: list[int]) -> dict[int, bytes]:
        nonlocal fired
        out = fetch(self, uids)
        if not fired:
            fired = True
            action()
        return out

    Mailbox.fetch = fetch_then_act  # type: ignore[method-assign]


def kill_imap(pgid: str, signame: str) -> None:
    def act() -> None:
        from tests.servers import _group_members

        os.killpg(int(pgid), getattr(signal, signame))
        deadline = time.monotonic() + 10
        while _group_members(int(pgid)):  # the IMAP process serving us is gone too
            if time.monotonic() > deadline:
                os.killpg(int(pgid), signal.SIGKILL)
            time.sleep(0.01)

    after_first_fetch(act)


def imap_other_client(port: str, user: str, password: str, how: str) -> None:
    def act() -> None:
        from imapclient import IMAPClient

        other = IMAPClient("127.0.0.1", port=int(port), ssl=False, timeout=10)
        other.login(user, password)
        if not other.folder_exists("elsewhere"):
            other.create_folder("elsewhere")
        other.select_folder("INBOX")
        uids = other.search(["ALL"])
        if how == "move":
            other.move(uids, "elsewhere")
        else:
            other.delete_messages(uids)
            other.expunge()
        other.logout()

    after_first_fetch(act)


def checkpoint_row(db_url: str) -> None:
    from mailbot.adapters.models import Checkpoint
    from mailbot.adapters.store import Store
    from mailbot.app.ingest import Ingest

    has_message = Store.has_message
    stored_already = Ingest._stored_already
    fired = False

    def another_writer(folder: str, uidvalidity: int) -> None:
        nonlocal fired
        if not fired:
            fired = True
            other = Store(db_url)
            with other.session() as o:
                o.add(Checkpoint(folder=folder, uidvalidity=uidvalidity, last_uid=0))
                o.commit()
            other.close()

    def has_message_after_another_writer(self: Store, s: Any, folder: str, uidvalidity: int,
                                         uid: int) -> bool:
        another_writer(folder, uidvalidity)
        return has_message(self, s, folder, uidvalidity, uid)

    # a sync's batch looks for stored messages first, outside its write transaction
    def stored_already_after_another_writer(self: Ingest, s: Any, folder: str,
                                            uidvalidity: int, items: Any) -> set[int]:
        another_writer(folder, uidvalidity)
        return stored_already(self, s, folder, uidvalidity, items)

    Store.has_message = has_message_after_another_writer  # type: ignore[method-assign]
    Ingest._stored_already = stored_already_after_another_writer  # type: ignore[method-assign]


HOOKS: dict[str, Callable[..., None]] = {
    "kill-imap": kill_imap,
    "imap-other-client": imap_other_client,
    "checkpoint-row": checkpoint_row,
}


if __name__ == "__main__":
    split = sys.argv.index("--")
    name, *args = sys.argv[1:split]
    HOOKS[name](*args)
    sys.argv = ["mailbot", *sys.argv[split + 1:]]
    from mailbot.cli import main

    main()

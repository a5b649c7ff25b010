"""One reader per IMAP folder: a lease row (holder, expiry) in the shared database.

The holder renews it while alive; another watcher takes it only once it has expired, so
when a daemon dies the others take over within `lease_seconds`. Expiry is compared on
the database's own clock (daemons on several hosts agree, whatever their clocks say);
this is infrastructure, not the domain's injected `now`.

The same table serves SQLite and PostgreSQL. It is safe because the holder checks the
lease (renewing it after a third of its time) before every message it ingests, so a
stalled holder stops before a successor can start; and should a stall outlast even that,
the message table's UNIQUE (folder, uidvalidity, uid) still refuses a second copy.

On PostgreSQL the folder is held by a session advisory lock on a connection of its own
(the row then only says who holds it): a holder that dies, even by SIGKILL, loses it as
its connection closes, and a waiting watcher, which tries every second, takes over at
once rather than after `lease_seconds`.

A holder that died on this very host (its process id no longer exists: a `mailbot sync`
killed mid-batch) is taken over at once rather than after `lease_seconds`: otherwise the
operator's next sync is refused for a minute after every crash. Holders on other hosts
are only ever taken over by expiry (a process id there means nothing here).
"""

from __future__ import annotations

import os
import socket
import time
import uuid
import zlib

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from mailbot.adapters.store import Store
from mailbot.errors import MailbotError, StoreUnavailable

_DB_NOW = {
    "sqlite": "((julianday('now') - 2440587.5) * 86400.0)",
    "postgresql": "extract(epoch from clock_timestamp())",
}


class LeaseLost(MailbotError):
    """Another watcher holds the folder (ours expired, or it was never ours)."""


def new_holder(role: str = "watch") -> str:
    """A name for one watcher, unique even for two in one process; says where it runs."""
    return f"{role}@{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


# how often a watcher standing by tries the advisory lock (PostgreSQL)
LOCK_RETRY_SECONDS = 1.0

def died_here(holder: str) -> bool:
    """Whether `holder` (as new_holder names it) ran on this host in a process that is
    gone. A live process, or one on another host, is not known dead."""
    _role, _, rest = holder.partition("@")
    host, _, rest = rest.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:  # exists, owned by someone else
        return False
    return False


class FolderLease:
    def __init__(self, store: Store, folder: str, holder: str, seconds: float) -> None:
        self.store = store
        self.folder = folder
        self.holder = holder
        self.seconds = float(seconds)
        self.renew_every = self.seconds / 3
        self._renewed_at: float | None = None  # monotonic time a renewal was *started*
        self.advisory = store.is_postgres
        # how often a watcher standing by tries again
        self.retry_every = min(LOCK_RETRY_SECONDS, self.renew_every) if self.advisory \
            else self.renew_every
        self._key = zlib.crc32(f"mailbot folder {folder}".encode())  # fits a bigint
        self._locked: Connection | None = None  # holds the advisory lock while ours
        now = _DB_NOW[store.engine.dialect.name]
        # under the advisory lock the row is ours whatever a dead holder left in it
        mine = "" if self.advisory else (
            f" WHERE folder_lease.holder = excluded.holder OR folder_lease.expires < {now}")
        self._take = text(
            "INSERT INTO folder_lease (folder, holder, expires) "
            f"VALUES (:folder, :holder, {now} + :seconds) "
            "ON CONFLICT (folder) DO UPDATE SET holder = excluded.holder, "
            "expires = excluded.expires" + mine)
        self._who = text("SELECT holder FROM folder_lease WHERE folder = :folder")
        self._drop = text("DELETE FROM folder_lease WHERE folder = :folder AND holder = :holder")
        self._steal = text(
            f"UPDATE folder_lease SET holder = :holder, expires = {now} + :seconds "
            "WHERE folder = :folder AND holder = :dead")

    def acquire(self) -> bool:
        """Take or renew the lease; False when another watcher holds it."""
        started = time.monotonic()
        if self.advisory and not self._hold_lock():
            self._renewed_at = None
            return False
        with self.store.session() as s:
            conn = s.connection()
            conn.execute(self._take, {"folder": self.folder, "holder": self.holder,
                                      "seconds": self.seconds})
            holder = conn.execute(self._who, {"folder": self.folder}).scalar_one()
            if holder != self.holder and died_here(holder):
                conn.execute(self._steal, {"folder": self.folder, "holder": self.holder,
                                           "seconds": self.seconds, "dead": holder})
                holder = conn.execute(self._who, {"folder": self.folder}).scalar_one()
            held: bool = holder == self.holder
            s.commit()
        self._renewed_at = started if held else None
        return held

    def check(self) -> None:
        """Raise LeaseLost unless the lease is surely ours for two thirds of its time yet."""
        fresh = (self._renewed_at is not None
                 and time.monotonic() - self._renewed_at < self.renew_every)
        if not fresh and not self.acquire():
            raise LeaseLost(f"folder {self.folder!r} is being read by {self.current_holder()}")

    def current_holder(self) -> str | None:
        with self.store.session() as s:
            return s.connection().execute(self._who, {"folder": self.folder}).scalar_one_or_none()

    def release(self) -> None:
        self._renewed_at = None
        try:
            with self.store.session() as s:
                s.connection().execute(self._drop, {"folder": self.folder,
                                                    "holder": self.holder})
                s.commit()
        finally:
            self._unlock()

    def _hold_lock(self) -> bool:
        """Hold the folder's advisory lock: still (its connection answers), or now."""
        if self._locked is not None:
            try:
                self._locked.exec_driver_sql("SELECT 1")
                self._locked.commit()
                return True
            except DBAPIError:  # the connection, and the lock with it, is gone
                self._locked.invalidate()
                self._locked.close()
                self._locked = None
        try:
            conn = self.store.engine.connect()
        except DBAPIError as e:
            raise StoreUnavailable(f"database unavailable: {e.orig}") from e
        try:
            got = conn.execute(text("SELECT pg_try_advisory_lock(:key)"),
                               {"key": self._key}).scalar()
            conn.commit()  # a session lock: it outlives the transaction
        except DBAPIError as e:
            conn.invalidate()
            conn.close()
            raise StoreUnavailable(f"database unavailable: {e.orig}") from e
        if got:
            self._locked = conn
            return True
        conn.close()
        return False

    def _unlock(self) -> None:
        if self._locked is None:
            return
        conn, self._locked = self._locked, None
        try:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": self._key})
            conn.commit()
        except DBAPIError:
            conn.invalidate()  # never back to the pool with the lock on it
        finally:
            conn.close()

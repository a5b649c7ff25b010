"""SQLite writers of one process take turns, first come first served.

SQLite has one write lock per file, and a connection that finds it taken sleeps and
retries (the busy timeout). A thread that writes transaction after transaction (a tick
queuing thousands of actions) wins it again nearly every time, and the others (ingest,
the dispatcher, the loop that hears a signal) can wait for seconds. Here each write
transaction first takes a place in a queue of the process's writers: whoever waited
longest writes next. Writers of other processes still meet SQLite's own lock.

The place is taken at the first write statement of a transaction and given back when
it commits or rolls back (or its connection goes back to the pool). A writer that waits
longer than the busy timeout goes on without its place: SQLite's lock still holds.
"""

from __future__ import annotations

import threading
import weakref
from collections import deque
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "BEGIN", "CREATE", "DROP", "ALTER")
_HELD = "mailbot_write_turn"  # in the connection's info: it holds the turn


class FairTurns:
    """A first-come, first-served lock: release hands it to the longest waiter."""

    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._waiting: deque[threading.Lock] = deque()
        self._held = False

    def acquire(self, timeout: float) -> bool:
        with self._mutex:
            if not self._held:
                self._held = True
                return True
            mine = threading.Lock()
            mine.acquire()
            self._waiting.append(mine)
        if mine.acquire(timeout=timeout):
            return True  # handed over by release(): held for us
        with self._mutex:
            if mine in self._waiting:
                self._waiting.remove(mine)
                return False
        mine.acquire()  # handed over just as we gave up: it is ours after all
        return True

    def release(self) -> None:
        with self._mutex:
            if self._waiting:
                self._waiting.popleft().release()  # still held: now by the next waiter
            else:
                self._held = False


_TURNS: weakref.WeakKeyDictionary[Engine, FairTurns] = weakref.WeakKeyDictionary()


def turns_of(engine: Engine) -> FairTurns | None:
    """The turns of `engine`'s writers, for one that writes on the driver's connection
    (SQLAlchemy's events do not see it); None when not installed (PostgreSQL)."""
    return _TURNS.get(engine)


def install(engine: Engine, timeout: float) -> FairTurns:
    """Make the process's writers of `engine` take turns (SQLite only)."""
    turns = _TURNS[engine] = FairTurns()

    def before(conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if conn.info.get(_HELD):
            return
        words = statement.lstrip().split(None, 1)
        if words and words[0].upper() in WRITES:
            conn.info[_HELD] = turns.acquire(timeout)

    def give_back(info: dict[str, Any]) -> None:
        if info.pop(_HELD, False):
            turns.release()

    event.listen(engine, "before_cursor_execute", before)
    # heard just before the database's own commit/rollback: the next writer may find the
    # lock held for that moment, and SQLite's busy wait covers it
    event.listen(engine, "commit", lambda conn: give_back(conn.info))
    event.listen(engine, "rollback", lambda conn: give_back(conn.info))
    event.listen(engine, "checkin", lambda _dbapi, record: give_back(record.info))
    return turns

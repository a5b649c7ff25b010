"""What a database error means for the caller: try again, wait for the database, or
give up on this one piece of data. Shared by ingest and the scheduler."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from mailbot.errors import StoreUnavailable


def cause_of(e: BaseException) -> BaseException:
    """The driver's error behind our StoreUnavailable wrapper, else `e` itself."""
    return e.__cause__ if isinstance(e, StoreUnavailable) and e.__cause__ else e


def sqlstate(e: BaseException) -> str:
    return str(getattr(getattr(e, "orig", None), "sqlstate", None) or "")


def is_conflict(e: BaseException) -> bool:
    """A deadlock or serialization failure between workers: the same work again succeeds."""
    return sqlstate(e) in ("40001", "40P01")


def is_outage(e: BaseException) -> bool:
    """Whether the database is out of reach (retry later), rather than refusing this one
    message's data (a NUL, a value too long for an index: quarantine it)."""
    if isinstance(e, DBAPIError) and e.connection_invalidated:
        return True
    if isinstance(e, OperationalError):
        return sqlstate(e)[:2] not in ("22", "54")  # data exception, program limit
    return isinstance(e, (InterfaceError, StoreUnavailable))


def one_line(e: BaseException) -> str:
    """The error as one line for people: type and the driver's first line, no NULs."""
    text = str(getattr(e, "orig", None) or e).strip().splitlines()
    return f"{type(e).__name__}: {text[0] if text else ''}".replace("\x00", "\ufffd")[:300]

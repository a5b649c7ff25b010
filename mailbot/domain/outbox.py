"""The outbox's own state machine: where a queued mail can go, and what a send, a dead
worker's expired claim, or a person's retry makes of it. Pure.

    pending -> sending -> sent | failed | uncertain | pending (a retryable failure)
    pending -> cancelled (no longer wanted when its turn came)
    sending -> pending (the claim expired before DATA) | uncertain (it expired after)
               | sent (it expired after, and its copy is in the Sent folder)
    failed | uncertain -> pending (only by a person: `mailbot retry`)

At most once: nothing that reached DATA ever goes back to pending by itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from mailbot.errors import InvalidTransition

MAX_ATTEMPTS = 8  # sends of one row before it is given up as failed
FIRST_BACKOFF = timedelta(minutes=5)  # doubled at each further attempt


class Status(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    UNCERTAIN = "uncertain"
    CANCELLED = "cancelled"


MOVES: dict[Status, frozenset[Status]] = {
    Status.PENDING: frozenset({Status.SENDING, Status.CANCELLED}),
    Status.SENDING: frozenset({Status.SENT, Status.FAILED, Status.UNCERTAIN, Status.PENDING}),
    Status.FAILED: frozenset({Status.PENDING}),
    Status.UNCERTAIN: frozenset({Status.PENDING}),
    Status.SENT: frozenset(),
    Status.CANCELLED: frozenset(),
}


@dataclass(frozen=True)
class Outcome:
    """Where a row goes, the event that says so, and when it may be tried again."""

    status: Status
    event: str
    retry_in: timedelta | None = None  # only for pending after a retryable failure


def move(status: Status, to: Status) -> Status:
    if to not in MOVES[status]:
        raise InvalidTransition(f"outbox mail {status.value!r} cannot become {to.value!r}")
    return to


def backoff(attempts: int) -> timedelta:
    """The wait before attempt `attempts + 1`: 5 minutes, then doubling."""
    return FIRST_BACKOFF * (1 << max(attempts - 1, 0))  # 2 ** n, typed as an int


def after_send(attempts: int, *, error: str | None = None, permanent: bool = False,
               uncertain: bool = False) -> Outcome:
    """What one send of a claimed row (`attempts` sends so far, this one included) makes
    of it: sent; uncertain when it failed at or after DATA (a person decides); failed
    when the server refused for good or it was tried often enough; else pending again,
    later."""
    if uncertain:
        return Outcome(move(Status.SENDING, Status.UNCERTAIN), "send_uncertain")
    if error is None:
        return Outcome(move(Status.SENDING, Status.SENT), "mail_sent")
    if permanent or attempts >= MAX_ATTEMPTS:
        return Outcome(move(Status.SENDING, Status.FAILED), "mail_failed")
    return Outcome(move(Status.SENDING, Status.PENDING), "mail_retry", backoff(attempts))


def after_lease_expired(data_started: bool, seen_in_sent: bool = False) -> Outcome:
    """A claim that ran out (its worker died): nothing can have gone out when DATA never
    started, so it is pending again; a copy in the Sent folder (filed only after the
    server took the mail) proves it went out; otherwise it may have been delivered."""
    if data_started and seen_in_sent:
        return Outcome(move(Status.SENDING, Status.SENT), "mail_found_in_sent")
    if data_started:
        return Outcome(move(Status.SENDING, Status.UNCERTAIN), "send_uncertain")
    return Outcome(move(Status.SENDING, Status.PENDING), "send_reclaimed")


def retried_by_person(status: Status) -> Outcome:
    """`mailbot retry`: a person checked that a failed or uncertain mail did not arrive.
    A mail in flight or waiting is not theirs to push."""
    if status not in (Status.FAILED, Status.UNCERTAIN):
        raise InvalidTransition(f"only failed or uncertain mail is retried, not {status.value!r}")
    return Outcome(move(status, Status.PENDING), "mail_retry")

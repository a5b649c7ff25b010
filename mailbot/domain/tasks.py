"""Staff tasks: what a person must decide or do, kept until it is done.

A task is opened once per cause (its key), stays open across days until a person marks
it done (or approves the letter drafted with it), or until events make it moot: a paid
invoice needs no call. Pure: the kinds, the moves, and which payments close which tasks.
"""

from __future__ import annotations

from enum import StrEnum

from mailbot.errors import InvalidTransition


class TaskKind(StrEnum):
    CALL = "call"  # phone the client: 30 days late with no word
    PROMISE_BROKEN = "promise_broken"  # the promised day (and grace) passed unpaid
    REPLY = "reply"  # a client's reply waits for a person beyond its timeout
    DISPUTE = "dispute"  # the client disputes an invoice
    STOP = "stop"  # the client asked us to stop writing
    PLAN_REQUEST = "plan_request"  # the client asked to pay in installments
    OVERPAYMENT = "overpayment"  # money beyond what was owed: refund or credit
    PAID_CLAIM = "paid_claim"  # the client says it paid; nobody has seen the money
    BOUNCE = "bounce"  # every address of a debtor fails
    ESCALATION = "escalation"  # a later step of the ladder, drafted for a decision
    INSTALLMENT_MISSED = "installment_missed"  # an installment unpaid past its day
    # a client's spam filter holds our mail until a person confirms us (challenge/response)
    CONFIRM_SENDER = "confirm_sender"
    # the client's server refused one message as spam or by policy: the address works
    REJECTED = "rejected"
    # a payment left a little open (bank charges?): write it off or chase it
    SHORT_PAID = "short_paid"


class TaskState(StrEnum):
    OPEN = "open"
    DONE = "done"  # a person handled it (or approved its drafted letter)
    RESOLVED = "resolved"  # events made it moot (the invoice was paid, ...)


MOVES: dict[TaskState, frozenset[TaskState]] = {
    TaskState.OPEN: frozenset({TaskState.DONE, TaskState.RESOLVED}),
    TaskState.DONE: frozenset(),
    TaskState.RESOLVED: frozenset(),
}

# tasks about getting money in are moot once the invoice is settled; an overpayment is
# about money already in, and a "stop" or a bounce about the address, so they stay
KINDS_SETTLED_BY_PAYMENT = frozenset({
    TaskKind.CALL, TaskKind.PROMISE_BROKEN, TaskKind.PAID_CLAIM, TaskKind.ESCALATION,
    TaskKind.DISPUTE, TaskKind.PLAN_REQUEST, TaskKind.REPLY, TaskKind.INSTALLMENT_MISSED,
    TaskKind.SHORT_PAID,
})


def words(text: str, limit: int = 160) -> str:
    """A client's words as one line for a task: the first lines of what they wrote."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"


def move(current: TaskState | str, to: TaskState) -> TaskState:
    state = TaskState(current)
    if to not in MOVES[state]:
        raise InvalidTransition(f"a task that is {state} cannot become {to}")
    return to

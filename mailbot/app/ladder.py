"""`mailbot approve`: staff carry out a step of the ladder the playbook prepared as a task.

The step's letter is rendered in the debtor's language and queued through the outbox as
any client mail (the dispatcher sends it); a credit hold also flags the debtor; a
write-off marks the invoice written off and sends nothing. Everything happens in one
write transaction that re-reads the invoice under the lock: a task approved twice, or by
two people at once, queues one letter (its action key is unique), and an invoice paid,
disputed or written off meanwhile gets none.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from mailbot.adapters.models import Debtor, Invoice, Task, debtor_tz
from mailbot.adapters.store import Store
from mailbot.app.scheduler import Scheduler
from mailbot.app.tasks import TaskNotFound, resolve_settled
from mailbot.domain import ledger
from mailbot.domain.events import EventKind
from mailbot.domain.tasks import TaskKind, TaskState, move
from mailbot.domain.values import OPEN_STATES, Action, InvoiceState
from mailbot.errors import MailbotError

APPROVED = "approved"


class NotApprovable(MailbotError):
    """The task has no drafted step, or its invoice no longer needs it."""


@dataclass(frozen=True)
class Approval:
    task_id: int
    invoice: str
    outcome: str  # "queued", "written off", "already approved"
    message_id: str | None = None
    raw: bytes | None = None  # the letter as queued (or as it would be, with show=True)


def approve(store: Store, scheduler: Scheduler, task_id: int, now: datetime, who: str, *,
            amount: Decimal | None = None, show: bool = False) -> Approval:
    """Carry out the ladder step of task `task_id` as `who` approved it (`amount`: what a
    settlement offers, only when staff give one). `show`: do it all, then roll it back,
    and return the drafted letter exactly as it would be queued."""
    try:
        with store.write_session() as s:
            result = _approve(store, scheduler, s, task_id, now, who, amount)
            if show:
                s.rollback()
            else:
                s.commit()
            return result
    except IntegrityError:
        # a concurrent approval queued the same letter first: this one changed nothing
        with store.session() as s:
            task = s.get(Task, task_id)
            inv = s.get(Invoice, task.invoice_id) if task and task.invoice_id else None
        return Approval(task_id, inv.number if inv else "", "already approved")


def _approve(store: Store, scheduler: Scheduler, s: Session, task_id: int, now: datetime,
             who: str, amount: Decimal | None) -> Approval:
    task = s.get(Task, task_id)
    if task is None:
        raise TaskNotFound(f"no task {task_id}")
    step = task.detail.get("stage")
    if task.kind != TaskKind.ESCALATION or not step or task.invoice_id is None:
        raise NotApprovable(f"task {task_id} has no drafted step to approve; "
                            f"`mailbot done {task_id}` when handled")
    inv = s.get(Invoice, task.invoice_id)  # locked: a payment read now is seen
    debtor = s.get(Debtor, task.debtor_id)
    assert inv is not None
    assert inv.id is not None
    assert debtor is not None
    s.refresh(task)  # as a concurrent approval that held the lock before us left it
    if task.state != TaskState.OPEN:
        if task.resolution == APPROVED:
            return Approval(task_id, inv.number, "already approved")
        raise NotApprovable(f"task {task_id} is {task.state} ({task.resolution}): "
                            "nothing done")
    if InvoiceState(inv.state) not in OPEN_STATES or inv.amount - inv.paid_amount <= 0:
        raise NotApprovable(f"{inv.number} is {inv.state}: nothing sent")
    cause = f"staff {who}"
    kind = task.detail.get("on_approve", "send")
    outcome, message_id, raw = "queued", None, None
    if kind == "write_off":
        inv.state = ledger.transition(InvoiceState(inv.state), "write_off").value
        s.add(inv)
        store.record_event(s, now, EventKind.WRITTEN_OFF, invoice_id=inv.id,
                           debtor_id=debtor.id, cause=cause, task=task_id,
                           balance=str(inv.amount - inv.paid_amount))
        outcome = "written off"
    else:
        if debtor.stopped:
            raise NotApprovable(f"{debtor.name} asked not to be contacted: nothing sent")
        if kind == "credit_hold":
            today = now.astimezone(debtor_tz(debtor)).date()
            debtor.credit_hold = f"since {today.isoformat()}, approved by {who}"
            s.add(debtor)
            store.record_event(s, now, EventKind.CREDIT_HOLD, debtor_id=debtor.id,
                               invoice_id=inv.id, cause=cause, task=task_id)
        detail = {"reply_days": str(task.detail.get("reply_days", "14"))}
        if amount is not None:
            detail["amount"] = str(amount)
        row = scheduler.queue_letter(s, Action(
            key=f"approve:{task.key}", kind="ladder", template=str(task.detail["template"]),
            debtor_id=debtor.id, invoice_ids=(inv.id,), detail=detail), now)
        if row is None:
            raise NotApprovable(f"{debtor.name} has no working address: nothing sent")
        s.flush()  # a concurrent twin fails here, on the outbox's unique action key
        message_id, raw = row.message_id, row.raw
        store.record_event(s, now, EventKind.LETTER_APPROVED, invoice_id=inv.id,
                           debtor_id=debtor.id, cause=cause, task=task_id, step=step,
                           message_id=row.message_id)
    task.state = move(task.state, TaskState.DONE)
    task.closed_at, task.closed_by, task.resolution = now, who, APPROVED
    s.add(task)
    store.record_event(s, now, EventKind.TASK_CLOSED, debtor_id=debtor.id, invoice_id=inv.id,
                       cause=cause, task=task_id, resolution=APPROVED)
    if kind == "write_off":  # the other steps about this invoice are moot now
        resolve_settled(store, s, inv.id, now, f"written off by {who}")
    return Approval(task_id, inv.number, outcome, message_id, raw)

"""Lifting a pause: a reply that needed a person paused its debtor's chasing (a PAUSED
event names the message); when a person handles it — `mailbot handled MSG`, or `mailbot
done` on its REPLY task — the pause ends once no other reply that paused the debtor
waits, unless the person says to keep it (`--keep-paused`). The timeout only turns a
waiting reply into a task (mailbot.playbook.pauses); it never lifts a pause.

An edge over the store, inside the caller's transaction.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from mailbot.adapters.models import Debtor, Event, MailMessage, Task
from mailbot.adapters.store import Store
from mailbot.domain.events import EventKind
from mailbot.domain.tasks import TaskKind, TaskState, move


def reply_handled(store: Store, s: Session, message_pk: int, now: datetime, who: str, *,
                  lift: bool) -> list[str]:
    """A person handled the reply `message_pk`: its REPLY task is done and, when `lift`,
    the pause it set is lifted if no other paused reply of that debtor waits. Returns
    the names of the debtors whose chasing resumes."""
    msg = s.get(MailMessage, message_pk)
    if msg is not None and not msg.handled:
        msg.handled = True
        s.add(msg)
        store.record_event(s, now, EventKind.HANDLED, message_pk=message_pk,
                           invoice_id=msg.invoice_id, debtor_id=msg.debtor_id,
                           cause=f"staff {who}")
    for task in s.exec(select(Task).where(Task.key == f"reply:{message_pk}",
                                          Task.state == TaskState.OPEN)):
        close_task(store, s, task, now, who, "the reply was handled")
    if not lift:
        return []
    s.flush()
    resumed = []
    for debtor_id in set(s.exec(select(Event.debtor_id).where(
            Event.message_pk == message_pk, Event.kind == EventKind.PAUSED)).all()):
        waiting = s.exec(select(MailMessage.id)
                         .join(Event, col(Event.message_pk) == col(MailMessage.id))
                         .where(Event.kind == EventKind.PAUSED, Event.debtor_id == debtor_id,
                                MailMessage.handled == False)).first()
        debtor = s.get(Debtor, debtor_id) if debtor_id is not None else None
        if waiting is not None or debtor is None or not debtor.paused_reason:
            continue
        store.record_event(s, now, EventKind.RESUMED, debtor_id=debtor_id,
                           message_pk=message_pk, cause=f"staff {who}",
                           paused=debtor.paused_reason)
        debtor.paused_reason = None
        s.add(debtor)
        resumed.append(debtor.name)
    return resumed


def close_task(store: Store, s: Session, task: Task, now: datetime, who: str,
               note: str) -> None:
    """A person's action made an open task done (recorded with who and why)."""
    task.state = move(task.state, TaskState.DONE)
    task.closed_at, task.closed_by, task.resolution = now, who, note
    s.add(task)
    store.record_event(s, now, EventKind.TASK_CLOSED, debtor_id=task.debtor_id,
                       invoice_id=task.invoice_id, cause=f"staff {who}", task=task.id,
                       resolution=note)


def close_invoice_tasks(store: Store, s: Session, invoice_id: int | None, kind: TaskKind,
                        now: datetime, who: str, note: str) -> None:
    """A person's action answered the open tasks of `kind` about one invoice."""
    for task in s.exec(select(Task).where(Task.state == TaskState.OPEN,
                                          Task.invoice_id == invoice_id, Task.kind == kind)):
        close_task(store, s, task, now, who, note)


# the tasks about why an invoice is held: done once a person resumes its chasing
HOLD_TASKS = (TaskKind.PAID_CLAIM, TaskKind.PLAN_REQUEST, TaskKind.DISPUTE,
              TaskKind.SHORT_PAID)

"""The staff task list: open a task once per cause, list what is open, close it.

An edge over the store; what a task is and how it may move is mailbot.domain.tasks.
Opening is idempotent by key, inside the caller's transaction, so the tick and a CLI
command, or two daemons, never open the same task twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col, select

from mailbot.adapters.models import Debtor, Invoice, Task
from mailbot.adapters.store import Store
from mailbot.app import pauses
from mailbot.domain.events import EventKind
from mailbot.domain.tasks import KINDS_SETTLED_BY_PAYMENT, TaskKind, TaskState, move
from mailbot.errors import MailbotError


class TaskNotFound(MailbotError):
    """No such task."""


@dataclass(frozen=True)
class OpenTask:
    id: int
    kind: str
    debtor_id: int | None
    debtor: str
    invoice: str
    summary: str
    created_at: datetime
    detail: dict[str, Any]


def open_task(store: Store, s: Session, now: datetime, key: str, kind: TaskKind, *,
              summary: str, debtor_id: int | None = None, invoice_id: int | None = None,
              cause: str = "", **detail: Any) -> Task | None:
    """Open the task `key` unless it exists (open or closed): a cause is asked about once.
    Returns the new task, or None when it was already there."""
    if s.exec(select(Task.id).where(Task.key == key)).first() is not None:
        return None
    task = Task(key=key, kind=kind, debtor_id=debtor_id, invoice_id=invoice_id,
                summary=summary, detail=detail, created_at=now)
    s.add(task)
    s.flush()  # a concurrent twin fails here on the unique key, rolling back its action
    store.record_event(s, now, EventKind.TASK_OPENED, debtor_id=debtor_id,
                       invoice_id=invoice_id, cause=cause or key, task=task.id,
                       task_kind=str(kind))
    return task


def open_tasks(store: Store, s: Session | None = None) -> list[OpenTask]:
    """Every open task, oldest first, with its debtor's name and invoice number."""
    if s is None:
        with store.session() as s2:
            return open_tasks(store, s2)
    rows = s.exec(select(Task, Debtor.name, Invoice.number)
                  .outerjoin(Debtor, col(Debtor.id) == col(Task.debtor_id))
                  .outerjoin(Invoice, col(Invoice.id) == col(Task.invoice_id))
                  .where(Task.state == TaskState.OPEN).order_by(col(Task.id))).all()
    return [OpenTask(t.id or 0, t.kind, t.debtor_id, name or "", number or "", t.summary, t.created_at,
                     dict(t.detail)) for t, name, number in rows]


def close(store: Store, ids: list[int], now: datetime, who: str, note: str = "", *,
          keep_paused: bool = False, resumed: list[str] | None = None) -> list[Task]:
    """A person marks tasks done. A task already closed is an error, not a silent no-op,
    so nobody believes they handled what another person closed differently.

    A REPLY task done is its reply handled: the debtor's pause is lifted (its name added
    to `resumed`) unless `keep_paused`. Other tasks change no hold: a paid claim, a plan
    request or a dispute waits for `mailbot paid` or `mailbot resume`."""
    closed = []
    with store.write_session() as s:
        for tid in ids:
            closed.append(close_one(store, s, tid, now, who, note, keep_paused=keep_paused,
                                    resumed=resumed))
        s.commit()
    return closed


def close_one(store: Store, s: Session, tid: int, now: datetime, who: str, note: str = "", *,
              keep_paused: bool = False, resumed: list[str] | None = None) -> Task:
    """`close` for one task, inside the caller's transaction."""
    task = s.get(Task, tid)
    if task is None:
        raise TaskNotFound(f"no task {tid}")
    task.state = move(task.state, TaskState.DONE)
    task.closed_at, task.closed_by, task.resolution = now, who, note or "done"
    s.add(task)
    store.record_event(s, now, EventKind.TASK_CLOSED, debtor_id=task.debtor_id,
                       invoice_id=task.invoice_id, cause=f"staff {who}", task=tid,
                       resolution=task.resolution)
    if task.kind == TaskKind.REPLY and task.detail.get("message_pk"):
        names = pauses.reply_handled(store, s, int(task.detail["message_pk"]), now, who,
                                     lift=not keep_paused)
        if resumed is not None:
            resumed += names
    return task


def resolve_settled(store: Store, s: Session, invoice_id: int, now: datetime, cause: str) -> int:
    """The invoice is settled: its tasks about getting paid are moot. Returns how many."""
    ids = list(s.exec(select(Task.id).where(
        Task.invoice_id == invoice_id, Task.state == TaskState.OPEN,
        col(Task.kind).in_([str(k) for k in KINDS_SETTLED_BY_PAYMENT]))).all())
    if not ids:
        return 0
    s.execute(update(Task).where(col(Task.id).in_(ids), col(Task.state) == TaskState.OPEN)
              .values(state=TaskState.RESOLVED, closed_at=now, closed_by=None,
                      resolution=f"settled: {cause}"))
    for tid in ids:
        store.record_event(s, now, EventKind.TASK_CLOSED, invoice_id=invoice_id, cause=cause,
                           task=tid, resolution="settled")
    return len(ids)

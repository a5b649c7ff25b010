"""Each debtor's next-action time in the store: made "due now" by every write to what the
playbook reads of a debtor, read by the tick through its index, claimed by one tick
worker at a time, and stored back by compare-and-set.

Marking is a flush hook on the store's sessions (mark_touched), so every writer (ledger,
ingest appliers, staff commands, the tick's own actions) marks what it changes without
knowing about it. Writers that bypass the ORM with bulk UPDATEs of outbox rows call
mark_due themselves (the dispatcher, when a queued mail is cancelled or fails).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ARRAY, Integer, any_, bindparam, func, literal, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import UOWTransaction
from sqlmodel import Session, col

from mailbot.adapters.models import DUE_NOW, Contact, Debtor, Installment, Invoice, Outbox

DEBTOR = Debtor.__table__  # type: ignore[attr-defined]
CHUNK = 500  # parameters per IN (...)
# what the tick itself writes on a debtor row: not a change of the debtor's data
TICK_COLUMNS = frozenset({"next_action_at", "plan_version", "claimed_by", "claim_until"})
MARKED = "due_rows.marked"  # session.info: debtors already marked in this transaction


def chunks(ids: Iterable[int], size: int = CHUNK) -> Iterable[list[int]]:
    wanted = sorted(set(ids))
    for i in range(0, len(wanted), size):
        yield wanted[i:i + size]


def parts(ids: Iterable[int], *, pg: bool) -> Iterable[list[int]]:
    """`ids` in as few statements as the database takes: one array on PostgreSQL."""
    return [sorted(set(ids))] if pg else chunks(ids)


def postgres(s: Connection | OrmSession) -> bool:
    return s.get_bind().dialect.name == "postgresql" if isinstance(s, OrmSession) \
        else s.dialect.name == "postgresql"


def in_ids(column: Any, ids: Sequence[int], *, pg: bool) -> Any:
    """`column IN ids`. On PostgreSQL `column = ANY(array)`: one parameter, so the
    statement's text is the same whatever the count, and neither SQLAlchemy nor the
    driver renders and parses hundreds of placeholders at every batch of a tick."""
    if pg:
        return column == any_(literal(list(ids), ARRAY(Integer)))
    return column.in_(ids)


def mark_due(conn: Connection | Session, debtor_ids: Iterable[int | None]) -> None:
    """Make these debtors due at the next tick, and bump their plan version so that a
    tick that read them before this write does not store its now-stale answer."""
    pg = postgres(conn)
    for part in chunks(d for d in debtor_ids if d is not None):
        conn.execute(update(DEBTOR).where(in_ids(DEBTOR.c.id, part, pg=pg)).values(
            next_action_at=DUE_NOW, plan_version=DEBTOR.c.plan_version + 1))


def mark_touched(session: OrmSession, _ctx: UOWTransaction) -> None:
    """after_flush: the debtors whose invoices, contacts, outbox rows, installment plans or
    own data this flush wrote become due (once per transaction)."""
    debtors: set[int] = set()
    invoices: set[int] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, (Invoice, Contact, Outbox)):
            debtors |= _old_and_new(obj, "debtor_id")
        elif isinstance(obj, Debtor):
            if obj in session.new or _changed(obj) - TICK_COLUMNS:
                debtors.add(obj.id) if obj.id is not None else None
        elif isinstance(obj, Installment):
            invoices.add(obj.invoice_id)
    if invoices:
        conn = session.connection()
        pg = postgres(conn)
        for part in chunks(invoices):
            debtors |= set(conn.execute(select(col(Invoice.debtor_id)).where(
                in_ids(col(Invoice.id), part, pg=pg))).scalars())
    done: set[int] = session.info.setdefault(MARKED, set())
    fresh = debtors - done
    if fresh:
        mark_due(session.connection(), fresh)
        done |= fresh


def forget_marks(session: OrmSession, *_: Any) -> None:
    """after_commit / after_rollback: a new transaction marks again."""
    session.info.pop(MARKED, None)


def _changed(obj: object) -> set[str]:
    from sqlalchemy import inspect

    state = inspect(obj)
    return {a.key for a in state.attrs if a.history.has_changes()}


def _old_and_new(obj: object, attr: str) -> set[int]:
    from sqlalchemy import inspect

    hist = inspect(obj).attrs[attr].history
    values = {getattr(obj, attr), *hist.deleted}
    return {v for v in values if isinstance(v, int)}


# -- the tick's side -----------------------------------------------------------------------


def due(s: Session, now: datetime, *, limit: int | None = None,
        among: Sequence[int] | None = None) -> dict[int, int]:
    """The debtors due at `now` and not claimed by a live worker: {id: plan version}."""
    q = select(col(Debtor.id), col(Debtor.plan_version)).where(
        col(Debtor.next_action_at) <= now,
        col(Debtor.claim_until).is_(None) | (col(Debtor.claim_until) < now))
    if among is not None:
        q = q.where(col(Debtor.id).in_(among))
    q = q.order_by(col(Debtor.next_action_at), col(Debtor.id))
    if limit is not None:
        q = q.limit(limit)
    return dict(s.execute(q).all())


def claim(s: Session, now: datetime, worker: str, lease: timedelta, limit: int,
          *, postgres: bool) -> dict[int, int]:
    """Take up to `limit` due debtors for `worker` until now + lease, in the caller's write
    transaction: rows another worker holds are skipped (PostgreSQL: FOR UPDATE SKIP LOCKED
    and the claim columns; SQLite: its write lock). Returns {id: plan version}. One
    statement: the rows are chosen and claimed in one round trip."""
    free = select(col(Debtor.id)).where(
        col(Debtor.next_action_at) <= now,
        col(Debtor.claim_until).is_(None) | (col(Debtor.claim_until) < now)).order_by(
        col(Debtor.next_action_at), col(Debtor.id)).limit(limit)
    if postgres:
        free = free.with_for_update(skip_locked=True)
    rows = s.execute(update(DEBTOR).where(DEBTOR.c.id.in_(free.scalar_subquery())).values(
        claimed_by=worker, claim_until=now + lease).returning(
        DEBTOR.c.id, DEBTOR.c.plan_version))
    return dict(rows.all())


def versions(s: Session, ids: Sequence[int]) -> dict[int, int]:
    """{id: plan version} of debtors `ids` (read before their data, for store_next)."""
    out: dict[int, int] = {}
    pg = postgres(s)
    for part in chunks(ids):
        out.update(dict(s.execute(select(col(Debtor.id), col(Debtor.plan_version)).where(
            in_ids(col(Debtor.id), part, pg=pg))).all()))
    return out


def store_next(s: Session, answers: dict[int, tuple[int, datetime | None]]) -> int:
    """Store each debtor's next-action time if its plan version is still the one read
    (else a write came since: it stays due). Returns how many were stored."""
    if not answers:
        return 0
    if postgres(s):
        # one statement over three arrays, not one UPDATE per debtor (a batch's
        # hundreds of statements, each parsed, planned and logged by the server)
        ids = list(answers)
        result = s.execute(text(
            "UPDATE debtor SET next_action_at = v.at FROM unnest("
            "CAST(:ids AS INTEGER[]), CAST(:vers AS INTEGER[]), CAST(:ats AS TIMESTAMP[])"
            ") AS v(id, ver, at) WHERE debtor.id = v.id AND debtor.plan_version = v.ver"),
            {"ids": ids, "vers": [answers[d][0] for d in ids],
             "ats": [None if (at := answers[d][1]) is None
                     else at.astimezone(UTC).replace(tzinfo=None) for d in ids]})
        return int(result.rowcount)  # type: ignore[attr-defined]
    result = s.execute(update(DEBTOR).where(
        DEBTOR.c.id == bindparam("did"), DEBTOR.c.plan_version == bindparam("ver"))
        .values(next_action_at=bindparam("at")),
        [{"did": d, "ver": v, "at": at} for d, (v, at) in answers.items()])
    return int(result.rowcount)  # type: ignore[attr-defined]


def release(s: Session, ids: Iterable[int], worker: str) -> None:
    """Give back `worker`'s claims on debtors `ids`."""
    pg = postgres(s)
    for part in parts(ids, pg=pg):
        s.execute(update(DEBTOR).where(in_ids(DEBTOR.c.id, part, pg=pg),
                                       DEBTOR.c.claimed_by == worker)
                  .values(claimed_by=None, claim_until=None))


def recent_mail(s: Session, ids: Sequence[int], now: datetime, *, staff_kinds: Sequence[str],
                not_sent: Sequence[str]) -> dict[int, list[datetime]]:
    """When each mail counted against the weekly limit of debtors `ids` was queued, over
    the 7 days before `now` (Store.debtor_views counts the same rows)."""
    out: dict[int, list[datetime]] = {}
    pg = postgres(s)
    for part in chunks(ids):
        for d, at in s.execute(select(col(Outbox.debtor_id), col(Outbox.created_at)).where(
                in_ids(col(Outbox.debtor_id), part, pg=pg), col(Outbox.created_at) > now - timedelta(days=7),
                col(Outbox.created_at) <= now, col(Outbox.kind).not_in(staff_kinds),
                col(Outbox.status).not_in(not_sent))):
            out.setdefault(d, []).append(at)
    return out


def count_due(s: Session, now: datetime) -> int:
    return int(s.execute(select(func.count()).select_from(DEBTOR).where(
        DEBTOR.c.next_action_at <= now)).scalar_one())

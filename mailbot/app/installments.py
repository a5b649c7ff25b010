"""Installment plans in the store: staff set or cancel one, the scheduler reads the active
ones. An edge over the store; the rules are mailbot.playbook.installments."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select
from sqlmodel import Session, col, select

from mailbot.adapters import due_rows
from mailbot.adapters.models import Installment, Invoice
from mailbot.adapters.store import Store
from mailbot.app.staff import _invoice
from mailbot.domain.events import EventKind
from mailbot.domain.money import minor_units
from mailbot.errors import MailbotError
from mailbot.playbook import installments as rules


def load_plans(s: Session, invoice_ids: Iterable[int] | Select[Any] | None = None) -> dict[int, rules.Plan]:
    """The active plans of `invoice_ids` (all when None), by invoice id."""
    q = select(Installment).where(Installment.active == True)
    if isinstance(invoice_ids, Select):  # a subquery of invoice ids
        q = q.where(col(Installment.invoice_id).in_(invoice_ids))
    elif invoice_ids is not None:
        ids = list(set(invoice_ids))
        if not ids:
            return {}
        q = q.where(due_rows.in_ids(col(Installment.invoice_id), ids, pg=due_rows.postgres(s)))
    rows: dict[int, list[Installment]] = {}
    for r in s.exec(q.order_by(col(Installment.invoice_id), col(Installment.seq))):
        rows.setdefault(r.invoice_id, []).append(r)
    return {i: rules.Plan(i, tuple(rules.Installment(r.seq, r.due_date, r.amount) for r in rs),
                          rs[0].paid_before) for i, rs in rows.items()}


def plans_of_debtors(s: Session, debtor_ids: Iterable[int]) -> dict[int, rules.Plan]:
    """The active plans of the invoices of `debtor_ids`, by invoice id: one statement."""
    ids = sorted(set(debtor_ids))
    if not ids:
        return {}
    return load_plans(s, select(Invoice.id).where(
        due_rows.in_ids(col(Invoice.debtor_id), ids, pg=due_rows.postgres(s))))


def set_plan(store: Store, number: str, amounts: str, every: str, first: date,
             now: datetime, who: str) -> rules.Plan:
    """Set `number`'s plan (replacing an active one). The amounts must add up to the open
    balance; a PlanError (a MailbotError here) says what is wrong otherwise."""
    with store.write_session() as s:
        plan = set_plan_in(store, s, _invoice(s, number), amounts, every, first, now, who)
        s.commit()
        return plan


def set_plan_in(store: Store, s: Session, inv: Invoice, amounts: str, every: str,
                first: date, now: datetime, who: str) -> rules.Plan:
    """`set_plan` inside the caller's transaction."""
    number = inv.number
    if inv.state not in ("open", "partial"):
        raise MailbotError(f"{number} is {inv.state}: no plan for it")
    try:
        parts = rules.parse_amounts(amounts)
        plan = rules.make_plan(inv.id or 0, parts, rules.due_dates(first, len(parts), every),
                               inv.amount - inv.paid_amount, inv.paid_amount,
                               Decimal(1).scaleb(-minor_units(inv.currency)))
    except rules.PlanError as e:
        raise MailbotError(f"{number}: {e}") from None
    _deactivate(s, inv, now)
    for i in plan.installments:
        s.add(Installment(invoice_id=inv.id or 0, seq=i.seq, due_date=i.due_date,
                          amount=i.amount, paid_before=inv.paid_amount, created_at=now,
                          created_by=who))
    store.record_event(s, now, EventKind.PLAN_SET, invoice_id=inv.id,
                       debtor_id=inv.debtor_id, cause=f"staff {who}",
                       installments=[[i.due_date, i.amount] for i in plan.installments])
    return plan


def cancel_plan(store: Store, number: str, now: datetime, who: str) -> int:
    """End `number`'s plan: chasing follows the invoice's own due date again."""
    with store.write_session() as s:
        n = cancel_plan_in(store, s, _invoice(s, number), now, who)
        s.commit()
        return n


def cancel_plan_in(store: Store, s: Session, inv: Invoice, now: datetime, who: str) -> int:
    """`cancel_plan` inside the caller's transaction."""
    n = _deactivate(s, inv, now)
    if not n:
        raise MailbotError(f"{inv.number} has no installment plan")
    store.record_event(s, now, EventKind.PLAN_CANCELLED, invoice_id=inv.id,
                       debtor_id=inv.debtor_id, cause=f"staff {who}")
    return n


def _deactivate(s: Session, inv: Invoice, now: datetime) -> int:
    rows = s.exec(select(Installment).where(Installment.invoice_id == inv.id,
                                            Installment.active == True)).all()
    for r in rows:
        r.active, r.cancelled_at = False, now
        s.add(r)
    return len(rows)

"""What staff do by hand: see what needs a human, mark it handled, resume chasing,
confirm a payment. Each change is an event whose cause names the person.

An edge over the store; the money rules stay in mailbot.domain.ledger.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import true
from sqlmodel import Session, col, select

from mailbot.adapters.models import Debtor, Invoice, MailMessage, Outbox, Task
from mailbot.adapters.store import Store
from mailbot.app import pauses, tasks
from mailbot.domain import ledger, outbox
from mailbot.domain.events import EventKind
from mailbot.domain.outbox import Status
from mailbot.domain.tasks import TaskKind, TaskState
from mailbot.domain.values import InvoiceState
from mailbot.errors import InvalidTransition, MailbotError


class NotFound(MailbotError):
    """No such invoice or message."""


@dataclass(frozen=True)
class Pending:
    id: int
    recorded_at: datetime
    kind: str
    sender: str
    subject: str
    reason: str


def pending(store: Store) -> list[Pending]:
    """Incoming messages that need a human and nobody has marked handled."""
    with store.session() as s:
        rows = s.exec(select(MailMessage).where(
            MailMessage.direction == "in", MailMessage.needs_human == True,
            MailMessage.handled == False).order_by(col(MailMessage.id)))
        return [Pending(m.id or 0, m.recorded_at, m.kind or "unreadable", m.from_addr or "?",
                        m.subject, str(m.quarantine_reason or m.classification.get("reason")
                                       or "")) for m in rows]


def mark_handled(store: Store, ids: list[int], now: datetime, who: str, *,
                 keep_paused: bool = False) -> list[str]:
    """Messages dealt with: off the list, their REPLY tasks done, and the pause a reply
    set lifted once none of that debtor's waits (unless `keep_paused`). Returns the
    debtors whose chasing resumes."""
    resumed: list[str] = []
    with store.write_session() as s:
        for mid in ids:
            resumed += handle_message(store, s, mid, now, who, keep_paused=keep_paused)
        s.commit()
    return resumed


def handle_message(store: Store, s: Session, mid: int, now: datetime, who: str, *,
                   keep_paused: bool = False) -> list[str]:
    """`mark_handled` for one message, inside the caller's transaction."""
    row = s.get(MailMessage, mid)
    if row is None or row.direction != "in":
        raise NotFound(f"no incoming message {mid}")
    row.handled = True
    s.add(row)
    store.record_event(s, now, EventKind.HANDLED, message_pk=mid, invoice_id=row.invoice_id,
                       debtor_id=row.debtor_id, cause=f"staff {who}")
    return pauses.reply_handled(store, s, mid, now, who, lift=not keep_paused)


def _invoice(s: object, number: str) -> Invoice:
    inv = s.exec(select(Invoice).where(Invoice.number == number)).first()  # type: ignore[attr-defined]
    if inv is None:
        raise NotFound(f"no invoice {number}")
    return inv  # type: ignore[no-any-return]


def resume(store: Store, number: str, now: datetime, who: str, *,
           unstop: bool = False) -> None:
    """Chase this invoice again: lift its hold (a dispute is resolved) and its debtor's
    pause; the tasks about them are done. A client's "stop" only with `unstop` (a person
    who knows the client agreed)."""
    with store.write_session() as s:
        resume_invoice(store, s, _invoice(s, number), now, who, unstop=unstop)
        s.commit()


def resume_invoice(store: Store, s: Session, inv: Invoice, now: datetime, who: str, *,
                   unstop: bool = False) -> None:
    """`resume` inside the caller's transaction."""
    number = inv.number
    debtor = s.get(Debtor, inv.debtor_id)
    store.record_event(s, now, EventKind.RESUMED, invoice_id=inv.id, debtor_id=inv.debtor_id,
                       cause=f"staff {who}", hold=inv.hold_reason, state=inv.state,
                       paused=debtor.paused_reason if debtor else None,
                       unstopped=bool(unstop and debtor and debtor.stopped))
    hold = ledger.resumed()
    inv.hold_reason, inv.hold_until = hold.reason, hold.until
    if inv.state == InvoiceState.DISPUTED:
        inv.state = ledger.transition(InvoiceState.DISPUTED, "resolve").value
    s.add(inv)
    if debtor is not None:
        debtor.paused_reason = None
        debtor.stopped = debtor.stopped and not unstop
        s.add(debtor)
    kinds = [TaskKind.REPLY, *([TaskKind.STOP] if unstop else [])]
    for task in s.exec(select(Task).where(Task.state == TaskState.OPEN, (
            (col(Task.invoice_id) == inv.id) & col(Task.kind).in_(pauses.HOLD_TASKS))
            | ((col(Task.debtor_id) == inv.debtor_id) & col(Task.kind).in_(kinds)))):
        pauses.close_task(store, s, task, now, who, f"chasing of {number} resumed")


def record_payment(store: Store, number: str, amount: Decimal | None, now: datetime,
                   who: str) -> InvoiceState:
    """Staff confirm money received (e.g. after a client's "we paid"): the full balance
    unless an amount is given."""
    with store.write_session() as s:  # the daemon may be applying a bank notice right now
        state = pay(store, s, _invoice(s, number), amount, now, who)
        s.commit()
        return state


def pay(store: Store, s: Session, inv: Invoice, amount: Decimal | None, now: datetime,
        who: str, paid_at: datetime | None = None) -> InvoiceState:
    """`record_payment` inside the caller's transaction; `paid_at`: when the money was
    paid, when staff say (default `now`)."""
    number = inv.number
    received = amount if amount is not None else inv.amount - inv.paid_amount
    try:
        change = ledger.apply_payment(InvoiceState(inv.state), inv.amount, inv.paid_amount,
                                      received)
    except InvalidTransition as e:
        raise MailbotError(f"{number}: {e}") from e
    inv.state, inv.paid_amount = change.state.value, change.paid_amount
    inv.last_paid_on = (paid_at or now).date()
    if change.state == InvoiceState.PAID:
        inv.paid_at = paid_at or now
        inv.hold_reason = inv.hold_until = None
        tasks.resolve_settled(store, s, inv.id or 0, now, f"staff {who}")
    s.add(inv)
    store.record_event(s, now, change.event, invoice_id=inv.id, debtor_id=inv.debtor_id,
                       cause=f"staff {who}", amount=received - change.excess,
                       currency=inv.currency, balance=inv.amount - inv.paid_amount)
    if change.excess:  # booked only up to the amount; the rest is staff's to return
        store.record_event(s, now, EventKind.OVERPAYMENT, invoice_id=inv.id,
                           debtor_id=inv.debtor_id, cause=f"staff {who}",
                           amount=change.excess, currency=inv.currency)
        tasks.open_task(store, s, now, f"overpayment:{inv.id}:{now.isoformat()}",
                        TaskKind.OVERPAYMENT, debtor_id=inv.debtor_id, invoice_id=inv.id,
                        summary=f"{change.excess} {inv.currency} more than {number} owed: "
                                "refund or credit it", cause=f"staff {who}",
                        amount=str(change.excess), currency=inv.currency)
    return change.state


@dataclass(frozen=True)
class Unsent:
    id: int
    status: str
    kind: str
    recipients: str
    subject: str
    error: str


def unsent(store: Store, since: datetime | None = None) -> list[Unsent]:
    """Outbox rows not (known to be) delivered to everyone: pending, sending, failed,
    uncertain (may or may not have gone out); and, queued since `since`, mail cancelled
    before its turn or sent with some recipients refused."""
    with store.session() as s:
        rows = s.exec(select(Outbox).where(
            col(Outbox.status).in_(("pending", "sending", "failed", "uncertain"))
            | (col(Outbox.status).in_(("cancelled", "sent")) & (
                col(Outbox.created_at) >= since if since is not None else true())))
            .order_by(col(Outbox.id)))
        out = []
        for o in rows:
            if o.status == "sent" and not o.refused:
                continue
            error = o.last_error or ""
            if o.refused:
                error = "refused: " + "; ".join(f"{a} ({why})" for a, why in o.refused.items())
            status = "partial" if o.status == "sent" else o.status
            out.append(Unsent(o.id or 0, status, o.kind, ", ".join(o.recipients), o.subject,
                              error))
        return out


def outbox_problems(store: Store) -> dict[str, int]:
    """How many mails wait for a person: {'uncertain': n, 'failed': m} (non-zero only)."""
    with store.session() as s:
        found = s.exec(select(Outbox.status).where(
            col(Outbox.status).in_(("uncertain", "failed")))).all()
    return {k: found.count(k) for k in ("uncertain", "failed") if k in found}


def retry(store: Store, ids: list[int], now: datetime, who: str) -> None:
    """Send failed or uncertain mail again on the next tick (after a person checked that
    an uncertain one did not arrive: the Sent folder, or the recipient)."""
    with store.write_session() as s:
        for oid in ids:
            row = s.get(Outbox, oid)
            try:
                if row is None:
                    raise InvalidTransition(f"no outbox mail {oid}")
                outcome = outbox.retried_by_person(Status(row.status))
            except InvalidTransition:
                raise NotFound(f"no failed or uncertain outbox mail {oid}") from None
            store.record_event(s, now, outcome.event, debtor_id=row.debtor_id,
                               cause=f"staff {who}", action=row.action_key, was=row.status)
            row.status, row.next_attempt_at, row.attempts = outcome.status.value, None, 0
            row.claimed_by = row.lease_until = row.data_started_at = None
            s.add(row)
        s.commit()

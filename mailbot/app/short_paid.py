"""A payment short by little (bank charges the payer's bank kept back, a rounding): the
rest is held for a person, with one task to write it off or chase it, instead of being
chased by mail on its own. Where "little" ends is configured ([payments] short_by_percent
and short_by, adapters/config.py; the rule: domain/ledger.short_by_little)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from mailbot.adapters.config import PaymentsConfig
from mailbot.adapters.models import Invoice
from mailbot.adapters.store import Store
from mailbot.app import tasks
from mailbot.domain.money import format_money
from mailbot.domain.tasks import TaskKind
from mailbot.domain.values import InvoiceState

HOLD = "short_paid"


def hold_if_short(store: Store, s: Session, inv: Invoice, limits: PaymentsConfig,
                  now: datetime, cause: str) -> str:
    """After a payment was booked to `inv`: when it left little open, hold the rest and
    open the task (in the caller's transaction). What to tell staff, or ""."""
    rest = inv.amount - inv.paid_amount
    if inv.state != InvoiceState.PARTIAL \
            or not limits.short_by_little(inv.amount, rest, inv.currency):
        return ""
    inv.hold_reason, inv.hold_until = HOLD, None
    s.add(inv)
    money = format_money(rest, inv.currency)
    tasks.open_task(
        store, s, now, f"{HOLD}:{inv.id}:{inv.paid_amount}", TaskKind.SHORT_PAID,
        debtor_id=inv.debtor_id, invoice_id=inv.id, cause=cause, amount=str(rest),
        currency=inv.currency,
        summary=f"{inv.number} was paid short: {money} of "
                f"{format_money(inv.amount, inv.currency)} is still open (bank charges kept "
                f"back?). It is not chased: `mailbot writeoff {inv.number}` writes the rest "
                f"off, `mailbot resume {inv.number}` chases it")
    return f"{inv.number} paid short by {money}: held for a person (write it off or chase it)"

"""The daily digest's content: what arrived, what was sent, what needs a human, and
open invoices by age. Pure: takes plain rows and `today`, returns values to render."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from mailbot.domain.values import OPEN_STATES, InvoiceView

BUCKETS = (("not yet due", None, 0), ("1-30 days", 1, 30), ("31-60 days", 31, 60),
           ("61-90 days", 61, 90), ("over 90 days", 91, None))


@dataclass(frozen=True)
class Line:
    """One line of the digest: a headline and an optional detail."""

    text: str
    detail: str = ""


@dataclass(frozen=True)
class OpenInvoice:
    number: str
    debtor: str
    balance: Decimal
    currency: str
    due_date: date
    days_late: int
    note: str = ""


@dataclass(frozen=True)
class Digest:
    today: date
    arrived: list[Line] = field(default_factory=list)
    sent: list[Line] = field(default_factory=list)
    needs_human: list[Line] = field(default_factory=list)
    aging: list[tuple[str, list[OpenInvoice], dict[str, Decimal]]] = field(default_factory=list)
    totals: dict[str, Decimal] = field(default_factory=dict)


def bucket_of(days_late: int) -> str:
    for name, low, high in BUCKETS:
        if (low is None or days_late >= low) and (high is None or days_late <= high):
            return name
    raise AssertionError(days_late)


def build_digest(
    today: date,
    invoices: Iterable[InvoiceView],
    debtor_names: Mapping[int, str],
    arrived: list[Line],
    sent: list[Line],
    needs_human: list[Line],
) -> Digest:
    by_bucket: dict[str, list[OpenInvoice]] = {name: [] for name, _, _ in BUCKETS}
    totals: dict[str, Decimal] = {}
    for inv in invoices:
        if inv.state not in OPEN_STATES and inv.state.value != "disputed":
            continue
        late = (today - inv.due_date).days
        note = inv.state.value if inv.state.value != "open" else (inv.hold_reason or "")
        row = OpenInvoice(inv.number, debtor_names.get(inv.debtor_id, "?"), inv.balance,
                          inv.currency, inv.due_date, late, note)
        by_bucket[bucket_of(late)].append(row)
        totals[inv.currency] = totals.get(inv.currency, Decimal(0)) + inv.balance
    aging = []
    for name, _, _ in BUCKETS:
        rows = by_bucket[name]
        if not rows:
            continue
        # the biggest and oldest first: $15,000 from a new client before $250
        rows.sort(key=lambda r: (-r.balance, -r.days_late))
        sums: dict[str, Decimal] = {}
        for r in rows:
            sums[r.currency] = sums.get(r.currency, Decimal(0)) + r.balance
        aging.append((name, rows, sums))
    return Digest(today, arrived, sent, needs_human, aging, totals)

"""The daily digest's content: what arrived, what was sent, what needs a human, and
open invoices by age. Pure: takes plain rows and `today`, returns values to render.

Staff's work comes in the order of the ranking (mailbot.playbook.profile): the open
invoices of each age by priority, the lines that need a human by their debtor's."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from mailbot.domain.money import format_money
from mailbot.domain.values import OPEN_STATES, InvoiceView
from mailbot.playbook.profile import DebtorRank, Ranking

BUCKETS = (("not yet due", None, 0), ("1-30 days", 1, 30), ("31-60 days", 31, 60),
           ("61-90 days", 61, 90), ("over 90 days", 91, None))


@dataclass(frozen=True)
class Line:
    """One line of the digest: a headline and an optional detail."""

    text: str
    detail: str = ""
    debtor_id: int | None = None  # whose matter it is, if anyone's: orders the list
    about: str = ""  # the debtor's kind and open money, when it has any


@dataclass(frozen=True)
class OpenInvoice:
    number: str
    debtor: str
    balance: Decimal
    currency: str
    due_date: date
    days_late: int
    note: str = ""
    kind: str = ""  # the debtor's kind of payer
    in_company: Decimal | None = None  # the balance in the company's currency, if known
    priority: Decimal = Decimal(0)


@dataclass(frozen=True)
class Digest:
    today: date
    arrived: list[Line] = field(default_factory=list)
    sent: list[Line] = field(default_factory=list)
    needs_human: list[Line] = field(default_factory=list)
    aging: list[tuple[str, list[OpenInvoice], dict[str, Decimal]]] = field(default_factory=list)
    totals: dict[str, Decimal] = field(default_factory=dict)
    currency: str = ""  # the company's: amounts in others are shown in it too


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
    *,
    ranking: Ranking,
) -> Digest:
    by_bucket: dict[str, list[OpenInvoice]] = {name: [] for name, _, _ in BUCKETS}
    totals: dict[str, Decimal] = {}
    for inv in invoices:
        if inv.state not in OPEN_STATES and inv.state.value != "disputed":
            continue
        late = (today - inv.due_date).days
        note = inv.state.value if inv.state.value != "open" else (inv.hold_reason or "")
        score, in_company = ranking.invoice(inv)
        row = OpenInvoice(inv.number, debtor_names.get(inv.debtor_id, "?"), inv.balance,
                          inv.currency, inv.due_date, late, note,
                          str(ranking.kind(inv.debtor_id) or ""), in_company, score)
        by_bucket[bucket_of(late)].append(row)
        totals[inv.currency] = totals.get(inv.currency, Decimal(0)) + inv.balance
    aging = []
    for name, _, _ in BUCKETS:
        rows = by_bucket[name]
        if not rows:
            continue
        # by priority: amount in the company's currency, age and risk ($15,000 from a
        # new client before $250 from a reliable one); no rate: last, oldest first
        rows.sort(key=lambda r: (-r.priority, -r.days_late, r.number))
        sums: dict[str, Decimal] = {}
        for r in rows:
            sums[r.currency] = sums.get(r.currency, Decimal(0)) + r.balance
        aging.append((name, rows, sums))
    notes = [Line(n) for n in ranking.notes()]
    return Digest(today, arrived, sent, notes + by_priority(needs_human, ranking), aging,
                  totals, ranking.rates.company)


def by_priority(lines: list[Line], ranking: Ranking) -> list[Line]:
    """`lines` about debtors with open money first, the most urgent debtor first, each
    saying the debtor's kind and what it owes; the others after, in their order."""
    out = []
    for i, line in enumerate(lines):
        d = ranking.debtors.get(line.debtor_id) if line.debtor_id is not None else None
        if d is not None and not line.about:
            line = Line(line.text, line.detail, line.debtor_id, about(d, ranking))
        out.append(((0, -d.priority) if d else (1, Decimal(0)), i, line))
    return [line for *_, line in sorted(out, key=lambda t: (t[0], t[1]))]


def about(d: DebtorRank, ranking: Ranking, lang: str = "en") -> str:
    """A debtor's kind and open money in a few words: "sporadic, €1,831.50 open"."""
    words = [str(d.kind)]
    if d.in_company or not d.unconverted:
        words.append(format_money(d.in_company, ranking.rates.company, lang) + " open")
    words += [f"{format_money(d.open[c], c, lang)} (no rate)" for c in d.unconverted]
    return ", ".join(words)

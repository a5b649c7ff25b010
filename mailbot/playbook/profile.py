"""Know your debtors: what kind of payer each debtor is, from its payment history, and
how urgent its open money is. Pure: the history arrives counted (the store counts it in
a few set-based statements), the thresholds from `[profile]`, the rates from
`[exchange_rates]`.

The kinds are DESIGN.md's three, plus one for a debtor the history cannot judge yet:

- avoider: avoids paying at any cost: breaks more promises than it keeps, disputes again
  and again, pays (if ever) long after the due date, or never paid and is long overdue;
- sporadic: many debts, paid sporadically: often late, in pieces, several overdue at once;
- reliable: usually on time; open money now is temporary trouble;
- new: too few paid invoices to say.

The priority weighs the money in the company's currency by its age and by the debtor's
risk, so $250 from a long-standing reliable client comes after $15,000 from a new one, and
IDR 33,300,000 is compared with euros by what it is worth, not by its number.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator

from mailbot.domain.money import Rates
from mailbot.domain.values import InvoiceState, InvoiceView

# the invoices that still owe money
OWING = frozenset({InvoiceState.OPEN, InvoiceState.PARTIAL, InvoiceState.DISPUTED})


class Kind(StrEnum):
    NEW = "new"
    RELIABLE = "reliable"
    SPORADIC = "sporadic"
    AVOIDER = "avoider"


# what each kind means, for people (`mailbot debtors`, the digest)
MEANING: dict[Kind, str] = {
    Kind.NEW: "too little history to judge",
    Kind.RELIABLE: "usually pays on time; open money is temporary trouble",
    Kind.SPORADIC: "many debts, pays sporadically: often late or in pieces",
    Kind.AVOIDER: "avoids paying: broken promises, disputes, or long overdue",
}


class ProfileConfig(BaseModel):
    """`[profile]`: the thresholds that sort debtors into kinds, and the weights of the
    priority. Each default says why in its comment."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    # fewer paid invoices than this say nothing about habits: the debtor is "new"
    # (one or two payments can be luck or a first-order effort)
    min_history: int = Field(default=3, ge=1)
    # paid within this many days after the due date counts as on time: a transfer takes
    # a few business days, and the first reminder waits 5 days for the same reason
    on_time_grace_days: int = Field(default=5, ge=0)
    # "usually on time": at least this share of the paid invoices paid on time (4 of 5)
    reliable_on_time_share: Decimal = Field(default=Decimal("0.8"), ge=0, le=1)
    # paying in pieces this often is a habit, not a one-off arrangement
    sporadic_partials: int = Field(default=3, ge=1)
    # "many debts": this many invoices overdue at once is more than temporary trouble
    sporadic_late_invoices: int = Field(default=4, ge=1)
    # broken promises, at least this many and more than were kept: promises are a tactic
    avoider_broken_promises: int = Field(default=2, ge=1)
    # disputes this often: disputing is a way of not paying
    avoider_disputes: int = Field(default=3, ge=1)
    # paid invoices were on average this late: pays only when forced (the +30 call and
    # +45 note have come and gone)
    avoider_avg_days_late: int = Field(default=45, ge=1)
    # never paid anything and the oldest open invoice this late: two months of silence
    avoider_unpaid_days: int = Field(default=60, ge=1)
    # the priority: every this many days late adds the amount's weight once more, so an
    # invoice 30 days late counts twice its amount, 90 days four times
    age_days: int = Field(default=30, ge=1)
    # the priority's weight per kind: a reliable payer will most likely pay anyway
    # (0.5); a new one is unknown (1.25); a sporadic one is known to slip (1.5); an
    # avoider needs staff first (2). A kind left out keeps its default.
    risk: dict[Kind, Decimal] = Field(default_factory=lambda: dict(DEFAULT_RISK))

    @field_validator("risk")
    @classmethod
    def _risk(cls, v: dict[Kind, Decimal]) -> dict[Kind, Decimal]:
        if any(not w.is_finite() or w < 0 for w in v.values()):
            raise ValueError("a weight is a number, 0 or more")
        return {**DEFAULT_RISK, **v}

    def weight(self, kind: Kind) -> Decimal:
        return self.risk[kind]


DEFAULT_RISK: dict[Kind, Decimal] = {Kind.RELIABLE: Decimal("0.5"), Kind.NEW: Decimal("1.25"),
                                     Kind.SPORADIC: Decimal("1.5"), Kind.AVOIDER: Decimal(2)}


@dataclass(frozen=True)
class History:
    """A debtor's record, counted by the store: its paid invoices and how late each was
    paid (against the due date), and the events of its promises, partial payments and
    disputes."""

    paid: int = 0  # invoices paid in full
    paid_on_time: int = 0  # ... of them within on_time_grace_days of the due date
    late_days: int = 0  # the days late of those paid late, added up
    max_late: int = 0
    promises: int = 0  # promises to pay (per invoice)
    promises_broken: int = 0
    partials: int = 0  # partial payments received
    disputes: int = 0

    @property
    def average_late(self) -> Decimal:
        return Decimal(self.late_days) / self.paid if self.paid else Decimal(0)

    @property
    def on_time_share(self) -> Decimal:
        return Decimal(self.paid_on_time) / self.paid if self.paid else Decimal(0)


def kind_of(h: History, *, late_invoices: int, oldest_late: int, promises_pending: int,
            cfg: ProfileConfig) -> Kind:
    """The kind of payer `h` shows, with the debtor's open position now: how many of its
    invoices are overdue, how late the oldest is, and how many promises still run."""
    kept = max(0, h.promises - h.promises_broken - promises_pending)
    if h.promises_broken >= cfg.avoider_broken_promises and h.promises_broken > kept:
        return Kind.AVOIDER
    if h.disputes >= cfg.avoider_disputes:
        return Kind.AVOIDER
    if h.paid == 0 and oldest_late >= cfg.avoider_unpaid_days:
        return Kind.AVOIDER
    if h.paid < cfg.min_history:
        return Kind.NEW
    if h.average_late >= cfg.avoider_avg_days_late:
        return Kind.AVOIDER
    if (h.on_time_share >= cfg.reliable_on_time_share and h.partials < cfg.sporadic_partials
            and late_invoices < cfg.sporadic_late_invoices):
        return Kind.RELIABLE
    return Kind.SPORADIC


def priority(amount: Decimal | None, days_late: int, kind: Kind | None,
             cfg: ProfileConfig) -> Decimal:
    """How urgent `amount` (in the company's currency; None: no rate, so nothing to
    weigh) `days_late` days overdue is, owed by a debtor of `kind`: the amount, weighed
    by its age and the debtor's risk. Comparable across debtors and currencies."""
    if amount is None:
        return Decimal(0)
    age = 1 + Decimal(max(0, days_late)) / cfg.age_days
    risk = cfg.weight(kind) if kind is not None else Decimal(1)
    return (amount * age * risk).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class DebtorRank:
    """One debtor with open money: its kind, what it owes, and how urgent that is."""

    debtor_id: int
    kind: Kind
    open: dict[str, Decimal]  # per currency
    in_company: Decimal  # what of it converts, in the company's currency
    unconverted: tuple[str, ...]  # currencies of its open money with no rate
    oldest_late: int  # days the oldest open invoice is overdue (negative: not yet due)
    open_invoices: int
    priority: Decimal
    history: History


@dataclass(frozen=True)
class Ranking:
    """The debtors with open money, each with its kind and priority, and the rates used."""

    today: date
    rates: Rates
    config: ProfileConfig
    debtors: dict[int, DebtorRank] = field(default_factory=dict)
    # currencies with no rate, and how many open invoices are in each
    missing: dict[str, int] = field(default_factory=dict)
    # per ranked invoice id: its priority and its balance in the company's currency
    invoices: dict[int, tuple[Decimal, Decimal | None]] = field(default_factory=dict)

    def kind(self, debtor_id: int) -> Kind | None:
        d = self.debtors.get(debtor_id)
        return d.kind if d else None

    def invoice(self, inv: InvoiceView) -> tuple[Decimal, Decimal | None]:
        """An open invoice's priority, and its balance in the company's currency."""
        known = self.invoices.get(inv.id)
        if known is not None:
            return known
        amount = self.rates.convert(inv.balance, inv.currency)
        late = (self.today - inv.due_date).days
        return priority(amount, late, self.kind(inv.debtor_id), self.config), amount

    def debtor_priority(self, debtor_id: int | None) -> Decimal | None:
        d = self.debtors.get(debtor_id) if debtor_id is not None else None
        return d.priority if d else None

    def ordered(self) -> list[DebtorRank]:
        """The debtors, the most urgent first (ties: the oldest debt, then the id)."""
        return sorted(self.debtors.values(),
                      key=lambda d: (-d.priority, -d.oldest_late, d.debtor_id))

    def notes(self) -> list[str]:
        """What the ranking could not weigh: one line per currency with no rate."""
        return [missing_rate(cur, self.rates.company, n) for cur, n in sorted(self.missing.items())]


def missing_rate(currency: str, company: str, invoices: int | None = None) -> str:
    """What to tell staff about open money in a currency with no configured rate."""
    count = f"{invoices} open invoice(s)" if invoices is not None else "open invoices"
    return (f"no exchange rate for {currency}: {count} in {currency} are ranked without "
            f"their amount; set {currency} = \"...\" under [exchange_rates] (what 1 "
            f"{currency} is worth in {company})")


def rank(today: date, invoices: Iterable[InvoiceView], histories: Mapping[int, History],
         rates: Rates, cfg: ProfileConfig) -> Ranking:
    """Kinds and priorities of the debtors of the open `invoices` (open, partial or
    disputed), from their `histories` (a debtor missing there has none)."""
    owing: dict[int, list[InvoiceView]] = {}
    for inv in invoices:
        if inv.state in OWING:
            owing.setdefault(inv.debtor_id, []).append(inv)
    ranking = Ranking(today, rates, cfg)
    none = History()
    for debtor_id, invs in owing.items():
        h = histories.get(debtor_id, none)
        lates = [(today - i.due_date).days for i in invs]
        kind = kind_of(h, late_invoices=sum(1 for n in lates if n > cfg.on_time_grace_days),
                       oldest_late=max(lates),
                       promises_pending=sum(1 for i in invs if i.hold_reason == "promise"),
                       cfg=cfg)
        open_: dict[str, Decimal] = {}
        total, score, missing = Decimal(0), Decimal(0), set()
        for inv, late in zip(invs, lates, strict=True):
            open_[inv.currency] = open_.get(inv.currency, Decimal(0)) + inv.balance
            amount = rates.convert(inv.balance, inv.currency)
            own = priority(amount, late, kind, cfg)
            ranking.invoices[inv.id] = (own, amount)
            if amount is None:
                missing.add(inv.currency)
                ranking.missing[inv.currency] = ranking.missing.get(inv.currency, 0) + 1
                continue
            total += amount
            score += own
        ranking.debtors[debtor_id] = DebtorRank(
            debtor_id=debtor_id, kind=kind, open=open_, in_company=total,
            unconverted=tuple(sorted(missing)), oldest_late=max(lates),
            open_invoices=len(invs), priority=score, history=h)
    return ranking

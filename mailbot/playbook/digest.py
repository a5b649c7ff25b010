"""The daily digest's content: what arrived, what was sent, what needs a human, and
open invoices by age. Pure: takes plain rows and `today`, returns values to render.

Staff's work comes in the order of the ranking (mailbot.playbook.profile): the open
invoices of each age by priority, the lines that need a human by their debtor's."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
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
    # an item of "needs you today": its group (a task's kind, "mail", "unsent", ...), who
    # and what it is about, since when, and the command that handles it
    group: str = ""
    debtor: str = ""
    invoice: str = ""
    invoice_id: int | None = None
    amount: Decimal | None = None
    currency: str = ""
    since: date | None = None
    command: str = ""


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


# the groups of "needs you today": a title, and the command listing all of a group
GROUPS: dict[str, tuple[str, str]] = {
    "setup": ("Set up", ""),
    "escalation": ("Escalations to decide", "mailbot tasks"),
    "promise_broken": ("Broken promises", "mailbot tasks"),
    "installment_missed": ("Missed installments", "mailbot tasks"),
    "call": ("Calls to make", "mailbot tasks"),
    "dispute": ("Disputes", "mailbot tasks"),
    "paid_claim": ("Payments to confirm", "mailbot tasks"),
    "plan_request": ("Installment plans asked for", "mailbot tasks"),
    "overpayment": ("Overpayments to refund or credit", "mailbot tasks"),
    "short_paid": ("Paid short: write off or chase the rest", "mailbot tasks"),
    "reply": ("Replies waiting for a person", "mailbot tasks"),
    "stop": ("Asked us to stop writing", "mailbot tasks"),
    "bounce": ("No working address", "mailbot tasks"),
    "confirm_sender": ("Senders to confirm (spam filters holding our mail)", "mailbot tasks"),
    "rejected": ("Mail rejected by a filter or policy", "mailbot tasks"),
    "mail": ("Mail to read", "mailbot inbox"),
    "unsent": ("Mail not sent", "mailbot outbox"),
    "refused": ("Addresses refused", "mailbot outbox"),
    "failed": ("Could not carry out", "mailbot status"),
}
CAP = 10  # items shown per group; the rest are counted


@dataclass(frozen=True)
class Group:
    """A group of "needs you today": the first items by priority, and how many more."""

    key: str
    title: str
    items: list[Line]
    more: int = 0
    more_command: str = ""


@dataclass(frozen=True)
class Money:
    """Amounts per currency, and their sum in the company's currency (of those with a
    rate; the others are named in `unconverted`)."""

    per_currency: dict[str, Decimal] = field(default_factory=dict)
    in_company: Decimal = Decimal(0)
    unconverted: tuple[str, ...] = ()


@dataclass(frozen=True)
class Promise:
    invoice: OpenInvoice
    promised: date


@dataclass(frozen=True)
class TrendPoint:
    day: date
    dso: Decimal | None  # None: nothing invoiced in the window before it
    width: int = 0  # the bar's share of the widest, in percent (for the chart)


@dataclass(frozen=True)
class RepSection:
    """One sales rep's share of the whole: their open invoices, what of it is overdue, and
    how many items of "needs you today" are about their accounts."""

    rep: str
    invoices: int
    open: Money
    overdue: Money
    needs: int


@dataclass(frozen=True)
class Digest:
    today: date
    arrived: list[Line] = field(default_factory=list)
    sent: list[Line] = field(default_factory=list)
    needs_human: list[Line] = field(default_factory=list)  # every item, in order
    aging: list[tuple[str, list[OpenInvoice], dict[str, Decimal]]] = field(default_factory=list)
    totals: dict[str, Decimal] = field(default_factory=dict)
    currency: str = ""  # the company's: amounts in others are shown in it too
    groups: list[Group] = field(default_factory=list)  # "needs you today", capped
    since: date | None = None  # the day of the last digest: money in since then
    money_in: Money = field(default_factory=Money)
    due_this_week: list[OpenInvoice] = field(default_factory=list)
    promises_this_week: list[Promise] = field(default_factory=list)
    # the aging table: per bucket (all five, in order) its sums per currency and in the
    # company's currency; then the totals
    aging_table: list[tuple[str, Money]] = field(default_factory=list)
    total_open: Money = field(default_factory=Money)
    dso: Decimal | None = None
    trend: list[TrendPoint] = field(default_factory=list)
    listed: int = CAP  # open invoices listed per age bucket
    rep: str = ""  # a sales rep's digest: only their accounts
    by_rep: list[RepSection] = field(default_factory=list)  # the whole, per sales rep

    @property
    def quiet(self) -> bool:
        """Nothing needs anyone today."""
        return not self.needs_human


def bucket_of(days_late: int) -> str:
    if days_late <= 0:  # the most common answers first: a digest asks for each open invoice
        return "not yet due"
    if days_late <= 30:
        return "1-30 days"
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
    money_in: Mapping[str, Decimal] | None = None,
    since: date | None = None,
    trend: Iterable[tuple[date, Decimal | None]] = (),
    promise_grace_days: int = 0,
    cap: int = CAP,
    rep: str = "",
    rep_of: Mapping[int, str] | None = None,
) -> Digest:
    """`rep_of` (invoice id -> the sales rep who sent it), when reps are configured: the
    whole digest gets a section per rep."""
    invoices = list(invoices)
    by_bucket: dict[str, list[OpenInvoice]] = {name: [] for name, _, _ in BUCKETS}
    totals: dict[str, Decimal] = {}
    due_week: list[OpenInvoice] = []
    promises: list[Promise] = []
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
        if -7 <= late <= 0 and inv.state.value != "disputed":
            due_week.append(row)
        if inv.hold_reason == "promise" and inv.hold_until is not None:
            promised = inv.hold_until - timedelta(days=promise_grace_days)
            if today <= promised <= today + timedelta(days=7):
                promises.append(Promise(row, promised))
    aging = []
    table = []
    for name, _, _ in BUCKETS:
        rows = by_bucket[name]
        # by priority: amount in the company's currency, age and risk ($15,000 from a
        # new client before $250 from a reliable one); no rate: last, oldest first
        rows.sort(key=lambda r: (-r.priority, -r.days_late, r.number))
        sums: dict[str, Decimal] = {}
        for r in rows:
            sums[r.currency] = sums.get(r.currency, Decimal(0)) + r.balance
        table.append((name, money(sums, ranking)))
        if rows:
            aging.append((name, rows, sums))
    groups = group_needs([Line(n, group="setup") for n in ranking.notes()] + needs_human,
                         ranking, cap)
    points = list(trend)
    widest = max((d for _, d in points if d is not None), default=Decimal(0))
    chart = [TrendPoint(day, d, int(d * 100 / widest) if d is not None and widest else 0)
             for day, d in points]
    return Digest(today, arrived, sent, [x for g in groups for x in g.items], aging, totals,
                  ranking.rates.company, groups=[capped(g, cap) for g in groups], since=since,
                  money_in=money(money_in or {}, ranking),
                  due_this_week=sorted(due_week, key=lambda r: (r.due_date, -r.priority)),
                  promises_this_week=sorted(promises, key=lambda p: (p.promised,
                                                                     -p.invoice.priority)),
                  aging_table=table, total_open=money(totals, ranking),
                  dso=chart[-1].dso if chart else None, trend=chart, listed=cap, rep=rep,
                  by_rep=rep_sections(invoices, rep_of or {}, needs_human, today, ranking))


def rep_sections(invoices: list[InvoiceView], rep_of: Mapping[int, str],
                 needs: list[Line], today: date, ranking: Ranking) -> list[RepSection]:
    """Per sales rep (by address; invoices without one under ""), largest open first."""
    if not rep_of:
        return []  # no reps: nothing to split
    count: dict[str, int] = {}
    open_: dict[str, dict[str, Decimal]] = {}
    late: dict[str, dict[str, Decimal]] = {}
    debtors: dict[int, set[str]] = {}
    for inv in invoices:
        if inv.state not in OPEN_STATES and inv.state.value != "disputed":
            continue
        who = rep_of.get(inv.id, "")
        count[who] = count.get(who, 0) + 1
        mine = open_.setdefault(who, {})
        mine[inv.currency] = mine.get(inv.currency, Decimal(0)) + inv.balance
        if inv.due_date < today:
            due = late.setdefault(who, {})
            due[inv.currency] = due.get(inv.currency, Decimal(0)) + inv.balance
        debtors.setdefault(inv.debtor_id, set()).add(who)
    by_invoice = {i.id: rep_of.get(i.id, "") for i in invoices}
    needs_of: dict[str, int] = {}
    for line in needs:  # an item about an invoice is its rep's; about a debtor, each of theirs
        whose = ({by_invoice[line.invoice_id]} if line.invoice_id in by_invoice
                 else debtors.get(line.debtor_id or -1, set()))
        for who in whose:
            needs_of[who] = needs_of.get(who, 0) + 1
    if set(count) <= {""}:
        return []  # no reps: nothing to split
    sections = [RepSection(who, n, money(open_[who], ranking),
                           money(late.get(who, {}), ranking), needs_of.get(who, 0))
                for who, n in count.items()]
    return sorted(sections, key=lambda r: (-r.open.in_company, r.rep == "", r.rep))


def money(amounts: Mapping[str, Decimal], ranking: Ranking) -> Money:
    """`amounts` per currency, and their sum in the company's currency."""
    total, missing = Decimal(0), []
    for cur, amount in sorted(amounts.items()):
        converted = ranking.rates.convert(amount, cur)
        if converted is None:
            missing.append(cur)
        else:
            total += converted
    return Money(dict(sorted(amounts.items())), total, tuple(missing))


def group_needs(lines: list[Line], ranking: Ranking, cap: int) -> list[Group]:
    """The items by group, each group by priority; the groups by their most urgent item
    (setting up first, then in the order of GROUPS on a tie)."""
    by_group: dict[str, list[Line]] = {}
    for line in lines:
        by_group.setdefault(line.group or "other", []).append(line)
    groups = []
    for key, items in by_group.items():
        title, command = GROUPS.get(key, ("Needs a look", "mailbot inbox"))
        groups.append(Group(key, title, by_priority(items, ranking), 0, command))
    order = list(GROUPS)

    def top(g: Group) -> tuple[int, Decimal, int]:
        best = max((item_priority(x, ranking) or Decimal(0) for x in g.items), default=Decimal(0))
        return (0 if g.key == "setup" else 1, -best,
                order.index(g.key) if g.key in order else len(order))

    return sorted(groups, key=top)


def capped(g: Group, cap: int) -> Group:
    return Group(g.key, g.title, g.items[:cap], max(0, len(g.items) - cap), g.more_command)


def item_priority(line: Line, ranking: Ranking) -> Decimal | None:
    """An item's priority: its invoice's (amount in the company's currency, age and
    risk), else its debtor's; None when it concerns no debtor with open money."""
    if line.invoice_id is not None and line.invoice_id in ranking.invoices:
        return ranking.invoices[line.invoice_id][0]
    return ranking.debtor_priority(line.debtor_id)


def by_priority(lines: list[Line], ranking: Ranking) -> list[Line]:
    """`lines` about debtors with open money first, the most urgent first (ties: the
    oldest first), each saying the debtor's kind and what it owes; the others after, in
    their order."""
    out = []
    for i, line in enumerate(lines):
        d = ranking.debtors.get(line.debtor_id) if line.debtor_id is not None else None
        if d is not None and not line.about:
            line = replace(line, about=about(d, ranking))
        p = item_priority(line, ranking)
        key = (0, -p) if d is not None and p is not None else (1, Decimal(0))
        age = line.since.toordinal() if line.since else 10**7
        out.append((key, age, i, line))
    return [line for *_, line in sorted(out, key=lambda t: (t[0], t[1], t[2]))]


def dso_trend(today: date, invoices: Iterable[tuple[int, Decimal, str, date, date | None]],
              paid_after: Mapping[int, list[tuple[date, Decimal]]],
              balances: Mapping[int, Decimal],
              convert: Callable[[Decimal, str], Decimal | None], *, weeks: int = 8,
              window: int = 90) -> list[tuple[date, Decimal | None]]:
    """Days sales outstanding on each of the last `weeks` weeks up to `today`, from the
    ledger's history: what was owed that day (each invoice issued by then, less what had
    been paid by then, none after its write-off) over what was invoiced in the `window`
    days before, times `window`. `invoices`: (id, amount, currency, issue date, date
    written off); `balances`: each one's balance now; `paid_after`: its payments (value
    date, amount) since the first point. Amounts are taken in the company's currency by
    `convert`; one with no rate counts in neither."""
    zero = Decimal(0)
    # each amount converted once, not once per point (the same figures: what a point adds
    # is an invoice's converted amount, or its converted balance plus later payments)
    rows = [(inv_id, convert(amount, cur) or zero, cur, issued, written_off,
             convert(balances.get(inv_id, zero), cur) or zero, paid_after.get(inv_id, ()))
            for inv_id, amount, cur, issued, written_off in invoices]
    points = [today - timedelta(weeks=k) for k in range(weeks - 1, -1, -1)]
    out: list[tuple[date, Decimal | None]] = []
    for day in points:
        owed, sold = zero, zero
        window_start = day - timedelta(days=window)
        for inv_id, amount, cur, issued, written_off, balance, paid in rows:
            if issued > day:
                continue
            if issued > window_start:
                sold += amount
            if written_off is not None and written_off <= day:
                continue
            later = sum((a for d, a in paid if d > day), zero) if paid else zero
            if later:
                owed += convert(balances.get(inv_id, zero) + later, cur) or zero
            else:
                owed += balance
        out.append((day, (owed * window / sold).quantize(Decimal(1)) if sold else None))
    return out


def about(d: DebtorRank, ranking: Ranking, lang: str = "en") -> str:
    """A debtor's kind and open money in a few words: "sporadic, €1,831.50 open"."""
    words = [str(d.kind)]
    if d.in_company or not d.unconverted:
        words.append(format_money(d.in_company, ranking.rates.company, lang) + " open")
    words += [f"{format_money(d.open[c], c, lang)} (no rate)" for c in d.unconverted]
    return ", ".join(words)

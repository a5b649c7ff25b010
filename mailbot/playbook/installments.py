"""Installment plans: an invoice's open balance paid in parts, each with its own due
date and its own reminders. Pure.

Staff set a plan ("3x500 monthly from 2027-01-15"); the amounts must add up to the
balance open when it is set. Payments fill the installments in order. While a plan runs,
the invoice is chased as if it were due on its next unpaid installment's day: the
schedule's pre-due and past-due stages apply to each installment in turn, recorded as
"<stage>@<n>" so that every installment gets them once. An installment unpaid past its
day (and the promise grace) is a staff task, not a firmer letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from mailbot.domain.values import OPEN_STATES, Action, DebtorView, InvoiceView
from mailbot.playbook.policy import plan
from mailbot.playbook.schedule import ScheduleConfig
from mailbot.playbook.stages import on_hold

MISSED = "missed"  # the stage that records an installment's missed-task


@dataclass(frozen=True)
class Installment:
    seq: int  # 1, 2, ...
    due_date: date
    amount: Decimal


@dataclass(frozen=True)
class Plan:
    """An invoice's active plan: its installments, and what was paid before it began."""

    invoice_id: int
    installments: tuple[Installment, ...]
    paid_before: Decimal = Decimal(0)


@dataclass(frozen=True)
class InstallmentState:
    installment: Installment
    paid: Decimal
    remaining: Decimal


class PlanError(ValueError):
    """A plan that cannot be set as given: the message says what is wrong."""


_EVERY = re.compile(r"^(?:every\s*)?(\d+)\s*(?:d|days?)$", re.IGNORECASE)
_PARTS = re.compile(r"^\s*(\d+)\s*[x×]\s*(\d+(?:[.,]\d+)?)\s*$", re.IGNORECASE)


def parse_amounts(spec: str) -> list[Decimal]:
    """"3x500" or "500,500,300" or "500+500+300" into the installments' amounts."""
    m = _PARTS.match(spec)
    try:
        if m:
            n, each = int(m.group(1)), Decimal(m.group(2).replace(",", "."))
            if not 1 <= n <= 120:
                raise PlanError(f"{n} installments: give between 1 and 120")
            return [each] * n
        return [Decimal(x.strip()) for x in re.split(r"[+;]|,(?!\d{1,2}(?:\D|$))", spec)
                if x.strip()]
    except InvalidOperation:
        raise PlanError(f"cannot read the amounts {spec!r}: write e.g. 3x500 or "
                        "500+500+300") from None


def due_dates(first: date, count: int, every: str) -> list[date]:
    """The installments' days: "monthly" (same day of month, or the month's last day),
    "weekly", "biweekly", or "every N days" ("14d", "every 10 days")."""
    every = every.strip().casefold()
    if every == "monthly":
        return [_add_months(first, k) for k in range(count)]
    step = {"weekly": 7, "biweekly": 14, "fortnightly": 14, "daily": 1}.get(every)
    if step is None:
        m = _EVERY.match(every)
        if not m or int(m.group(1)) < 1:
            raise PlanError(f"unknown interval {every!r}: monthly, weekly, biweekly or "
                            "every N days (e.g. 10d)")
        step = int(m.group(1))
    return [first + timedelta(days=step * k) for k in range(count)]


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    for day in range(d.day, 27, -1):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return date(year, month, min(d.day, 28))


def make_plan(invoice_id: int, amounts: Sequence[Decimal], dates: Sequence[date],
              balance: Decimal, paid_before: Decimal, currency_unit: Decimal) -> Plan:
    """A plan whose amounts add up to `balance` exactly, each positive and in the
    currency's unit; otherwise a PlanError saying what is wrong."""
    if balance <= 0:
        raise PlanError("nothing is open on this invoice")
    if not amounts:
        raise PlanError("no installments given")
    for a in amounts:
        if a <= 0:
            raise PlanError(f"an installment of {a} is not a positive amount")
        if a != a.quantize(currency_unit):
            raise PlanError(f"{a} has more decimals than the currency has")
    total = sum(amounts, Decimal(0))
    if total != balance:
        diff = balance - total
        hint = (f"{diff} short" if diff > 0 else f"{-diff} too much")
        raise PlanError(f"the installments add up to {total}, the open balance is {balance} "
                        f"({hint})")
    return Plan(invoice_id, tuple(Installment(n + 1, d, a) for n, (a, d)
                                  in enumerate(zip(amounts, dates, strict=True))), paid_before)


def states(plan: Plan, paid_amount: Decimal) -> list[InstallmentState]:
    """Each installment with what of it is paid: payments since the plan fill them in order."""
    left = max(paid_amount - plan.paid_before, Decimal(0))
    out = []
    for i in plan.installments:
        part = min(left, i.amount)
        left -= part
        out.append(InstallmentState(i, part, i.amount - part))
    return out


def next_due(plan: Plan, paid_amount: Decimal) -> InstallmentState | None:
    """The first installment not paid in full."""
    return next((s for s in states(plan, paid_amount) if s.remaining > 0), None)


def stage_name(stage: str, seq: int) -> str:
    return f"{stage}@{seq}"


def per_installment(schedule: ScheduleConfig) -> frozenset[str]:
    """The stages each installment gets: those counted from the due date (a receipt
    check, counted from sending, is the invoice's, once)."""
    return frozenset(s.name for s in schedule.stages if s.anchor == "due")


def as_due(inv: InvoiceView, plan: Plan, each: frozenset[str]) -> InvoiceView:
    """The invoice as the schedule should see it under its plan: due on its next unpaid
    installment's day, with the stages of `each` done for that installment (and the
    invoice's other stages as they are); once all are paid, due on the last one's day."""
    nxt = next_due(plan, inv.paid_amount)
    if nxt is None:
        return replace(inv, due_date=plan.installments[-1].due_date)
    suffix = f"@{nxt.installment.seq}"
    done = {s[:-len(suffix)] for s in inv.stages_done if s.endswith(suffix)}
    done |= {s for s in inv.stages_done if s not in each and "@" not in s}
    return replace(inv, due_date=nxt.installment.due_date, stages_done=frozenset(done))


def _rename(stages: Iterable[tuple[int, str]], seqs: Mapping[int, int], each: frozenset[str]
            ) -> tuple[tuple[int, str], ...]:
    return tuple((i, stage_name(s, seqs[i]) if i in seqs and s in each else s)
                 for i, s in stages)


def under_plans(actions: Iterable[Action], views: Iterable[InvoiceView],
                plans: Mapping[int, Plan], each: frozenset[str]) -> list[Action]:
    """The policy's actions for invoices seen through `as_due`, made installment-specific:
    their stages of `each` (and so their keys) name the installment; the staff stages of
    the invoice's own ladder are left out (a missed installment is its own task)."""
    seqs = {}
    for v in views:
        plan = plans.get(v.id)
        nxt = next_due(plan, v.paid_amount) if plan else None
        if nxt is not None:
            seqs[v.id] = nxt.installment.seq
    out = []
    for a in actions:
        if not seqs or not any(i in seqs for i in (*a.invoice_ids, *(i for i, _ in a.skipped))):
            out.append(a)
            continue
        if a.kind == "staff_notice":
            continue
        stages, skipped = _rename(a.stages, seqs, each), _rename(a.skipped, seqs, each)
        named = {"chase": stages, "skip": skipped}.get(a.kind)
        key = (f"{a.kind}:" + "+".join(f"{i}.{n}" for i, n in named)) if named else a.key
        out.append(replace(a, key=key, stages=stages, skipped=skipped))
    return out


def missed(inv: InvoiceView, plan: Plan, today: date, grace_days: int) -> Action | None:
    """A staff task for the first installment still unpaid `grace_days` after its day."""
    nxt = next_due(plan, inv.paid_amount)
    if nxt is None:
        return None
    inst = nxt.installment
    done = stage_name(MISSED, inst.seq)
    if done in inv.stages_done or today <= inst.due_date + timedelta(days=grace_days):
        return None
    return Action(key=f"installment_missed:{inv.id}:{inst.seq}", kind="task", template="",
                  debtor_id=inv.debtor_id, invoice_ids=(inv.id,),
                  stages=((inv.id, done),),
                  detail={"task": "installment_missed",
                          "summary": f"installment {inst.seq} of {inv.number} "
                                     f"({nxt.remaining} {inv.currency} of {inst.amount}) was "
                                     f"due on {inst.due_date} and has not come",
                          "installment": str(inst.seq), "due": inst.due_date.isoformat()})


def planned(invoices: Iterable[InvoiceView], debtors: Mapping[int, DebtorView],
            now: datetime, schedule: ScheduleConfig, plans: Mapping[int, Plan], *,
            digest_sent_for: date | None = None, with_digest: bool = True) -> list[Action]:
    """policy.plan with each invoice under a plan seen through `as_due`, its actions made
    installment-specific, and a task for an installment missed."""
    invoices = list(invoices)
    if not plans:
        return plan(invoices, debtors, now, schedule, digest_sent_for=digest_sent_for,
                    with_digest=with_digest)
    each = per_installment(schedule)
    views = [as_due(v, plans[v.id], each) if v.id in plans else v for v in invoices]
    actions = under_plans(plan(views, debtors, now, schedule, digest_sent_for=digest_sent_for,
                               with_digest=with_digest),
                          views, plans, each)
    for v in invoices:
        debtor = debtors.get(v.debtor_id)
        if v.id not in plans or debtor is None or v.state not in OPEN_STATES:
            continue
        today = now.astimezone(ZoneInfo(debtor.timezone)).date()
        if on_hold(v, today):  # a promise or a dispute first: staff hear of those
            continue
        task = missed(v, plans[v.id], today, schedule.promise_grace_days)
        if task is not None:
            actions.append(task)
    return actions

"""What the playbook will do for one debtor from `now`: the pure policy (policy.plan) run
hour by hour over simulated time, each stage marked done as the scheduler would, no
payment or reply assumed. Each step says when (the debtor's local time), what goes out,
why, and what held it past its nominal date (the window: weekend, holiday, hours; the
cadence; the weekly limit; a hold or a promise; a pause). Pure: no store, no clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from mailbot.domain import ledger
from mailbot.domain.values import OPEN_STATES, Action, DebtorView, InvoiceView
from mailbot.playbook import chasers
from mailbot.playbook.calendar import closed_because, company_window, debtor_window
from mailbot.playbook.installments import Plan, planned
from mailbot.playbook.schedule import ScheduleConfig, StageConfig
from mailbot.playbook.stages import client_stage, on_hold, stage_date

WEEK = timedelta(days=7)


@dataclass(frozen=True)
class Step:
    at: datetime  # the instant (UTC)
    local: datetime  # the same in the zone of whom it goes to (debtor or company)
    kind: str  # chase | thank_you | staff_notice | broken_promise | skip
    template: str
    audience: str
    invoices: tuple[str, ...]  # numbers
    reason: str
    nominal: date | None = None  # when its stage fell due, in the debtor's zone
    moved: tuple[str, ...] = ()  # what held it past `nominal`

    @property
    def sent(self) -> bool:
        return self.kind in ("chase", "thank_you", "staff_notice")


def forecast(invoices: Iterable[InvoiceView], debtor: DebtorView, now: datetime,
             schedule: ScheduleConfig, *, days: int = 120,
             recent: Sequence[datetime] | None = None,
             step: timedelta = timedelta(hours=1),
             plans: Mapping[int, Plan] | None = None) -> list[Step]:
    """The steps the policy takes for `debtor` from `now` over `days`. `recent`: when the
    client mail of the last 7 days was queued (the weekly limit); by default the
    debtor's `messages_7d`, taken as queued at `now`."""
    invs = {i.id: i for i in invoices if i.debtor_id == debtor.id}
    sends = list(recent) if recent is not None else [now] * debtor.messages_7d
    last_chaser = debtor.last_chaser_at
    stages = {s.name: s for s in schedule.stages}
    tz = ZoneInfo(debtor.timezone)
    held: dict[tuple[int, str], dict[str, date]] = {}  # what kept a due stage back, and when
    steps: list[Step] = []
    t, end = now, now + timedelta(days=days)
    while t < end:
        view = replace(debtor, last_chaser_at=last_chaser,
                       messages_7d=sum(1 for x in sends if t - WEEK < x <= t))
        # an invoice under an installment plan is chased installment by installment
        actions = [a for a in planned(list(invs.values()), {debtor.id: view}, t, schedule,
                                      plans or {}) if a.debtor_id == debtor.id]
        for a in actions:
            steps.append(_step(a, t, invs, stages, view, schedule, held))
            invs = _apply(a, t, invs)
            if a.audience == "client" and a.kind in ("chase", "thank_you"):
                sends.append(t)
            if a.kind == "chase":
                last_chaser = t
        if not any(a.kind == "chase" for a in actions):
            view = replace(view, last_chaser_at=last_chaser,
                           messages_7d=sum(1 for x in sends if t - WEEK < x <= t))
            _note_held(invs.values(), view, t, schedule, held, tz)
        # next: the next full hour
        t = (t + step).replace(minute=0, second=0, microsecond=0)
    return steps


def _apply(a: Action, t: datetime, invs: dict[int, InvoiceView]) -> dict[int, InvoiceView]:
    out = dict(invs)
    for inv_id, stage in (*a.stages, *a.skipped):
        inv = out[inv_id]
        out[inv_id] = replace(inv, stages_done=inv.stages_done | {stage})
    if a.kind == "broken_promise":
        inv = out[a.invoice_ids[0]]
        hold = ledger.promise_broken(ledger.Hold(inv.hold_reason, inv.hold_until))
        out[inv.id] = replace(inv, hold_reason=hold.reason, hold_until=hold.until)
    return out


def _blocker(view: DebtorView, inv: InvoiceView, t: datetime, today: date,
             schedule: ScheduleConfig) -> str | None:
    """The main reason a client stage due for `inv` does not go out at `t`: a hold or a
    pause first, then a closed day, the cadence, the weekly limit, and the hours last (a
    stage that waits only for the morning is no delay worth telling)."""
    if on_hold(inv, today):
        return (f"hold: {inv.hold_reason or 'held'}"
                + (f" until {inv.hold_until.isoformat()}" if inv.hold_until else ""))
    if view.stopped:
        return "the client asked not to be contacted"
    if view.paused_reason:
        return f"paused: {view.paused_reason}"
    if not view.contacts:
        return "no working address"
    closed = closed_because(t, debtor_window(view, schedule))
    if closed and not closed.startswith("outside hours"):
        return closed
    if not chasers.gap_ok(view, t, schedule) and view.last_chaser_at is not None:
        return (f"cadence: {schedule.min_days_between_chasers} days after the chaser "
                f"of {view.last_chaser_at.astimezone(ZoneInfo(view.timezone)).date()}")
    if view.messages_7d >= schedule.max_messages_per_week:
        return (f"weekly limit: {view.messages_7d} mails in 7 days "
                f"(at most {schedule.max_messages_per_week})")
    return closed


def _note_held(invs: Iterable[InvoiceView], view: DebtorView, t: datetime,
               schedule: ScheduleConfig, held: dict[tuple[int, str], dict[str, date]],
               tz: ZoneInfo) -> None:
    today = t.astimezone(tz).date()
    for inv in invs:
        if inv.state not in OPEN_STATES:
            continue
        name, _ = client_stage(inv, schedule.stages, today, view.timezone)
        if name is None:
            continue
        why = _blocker(view, inv, t, today, schedule)
        if why:
            held.setdefault((inv.id, name), {}).setdefault(why, today)


def _step(a: Action, t: datetime, invs: dict[int, InvoiceView],
          stages: dict[str, StageConfig], view: DebtorView, schedule: ScheduleConfig,
          held: dict[tuple[int, str], dict[str, date]]) -> Step:
    # a task is staff's: shown in the company's zone, like staff notices
    zone = ZoneInfo(view.timezone if a.audience == "client" and a.kind != "task"
                    else company_window(schedule).tz)
    local = t.astimezone(zone)
    numbers = tuple(invs[i].number for i in a.invoice_ids)
    nominal: date | None = None
    moved: dict[str, date] = {}
    parts = []
    for inv_id, name in a.stages:
        inv, stage = invs[inv_id], stages.get(name)
        if stage is None and "@" in name:  # an installment's own stage: "pre_due@2"
            parts.append(f"{inv.number} {name} (installment {name.split('@', 1)[1]})")
            continue
        if stage is None:  # the thank-you
            continue
        due = stage_date(inv, stage, view.timezone)
        nominal = due if nominal is None else min(nominal, due)
        parts.append(f"{inv.number} {name} ({stage.anchor} {stage.days:+d})")
        for why, first in held.pop((inv_id, name), {}).items():
            moved.setdefault(why, first)
    sent_on = local.date()
    if a.audience == "staff" and nominal is not None:  # staff wait for the company's window
        window, day = company_window(schedule), nominal
        while day < sent_on:
            noon = datetime(day.year, day.month, day.day, 12, tzinfo=zone)
            closed = closed_because(noon, window)
            if closed:
                moved.setdefault(f"company {closed}", day)
            day += timedelta(days=1)
    # only what held it on an earlier day moved it: its own morning is no delay
    kept = tuple(w for w, first in sorted(moved.items(), key=lambda x: x[1])
                 if first < sent_on) if nominal is not None and sent_on > nominal else ()
    if a.kind == "chase" and not a.stages:
        reason = (f"statement again, {schedule.statement_repeat_days} days after the last: "
                  "every stage is past and money is still open")
    elif a.kind == "chase":
        reason = ("statement: " if len(a.stages) > 1 else "") + ", ".join(parts)
    elif a.kind == "task":
        reason = "staff task: " + (a.detail.get("summary") or a.template)
    elif a.kind == "thank_you":
        reason = f"paid: {', '.join(numbers)}"
    elif a.kind == "staff_notice":
        reason = "to staff: " + ", ".join(parts)
    elif a.kind == "broken_promise":
        inv = invs[a.invoice_ids[0]]
        reason = f"promise to pay by {inv.hold_until} broken: chasing resumes"
    elif a.kind == "skip":
        numbers = tuple(dict.fromkeys(invs[i].number for i, _ in a.skipped))
        reason = "not sent, overtaken or stale: " + ", ".join(
            f"{invs[i].number} {n}" for i, n in a.skipped)
    else:
        reason = a.kind
    if a.kind == "chase" and a.skipped:
        reason += "; overtakes " + ", ".join(f"{invs[i].number} {n}" for i, n in a.skipped)
    return Step(at=t, local=local, kind=a.kind, template=a.template, audience=a.audience,
                invoices=numbers, reason=reason, nominal=nominal, moved=kept)


def describe(step: Step) -> str:
    """One line: '2026-08-18 Tue 09:00  chase past_due  INV-1  ...  (moved from ...)'."""
    when = step.local.strftime("%Y-%m-%d %a %H:%M")
    moved = (f"  [moved from {step.nominal.isoformat()}: {'; '.join(step.moved)}]"
             if step.moved and step.nominal else "")
    return (f"{when}  {step.kind:<14} {step.template or '-':<20} {', '.join(step.invoices):<16}"
            f" {step.reason}{moved}")

"""The next-action time as mailbot.playbook.due computed it before it was made faster
(issue 12): every candidate instant's window openings searched afresh, every change
point converted on its own. Kept verbatim as the oracle tests/test_due_fast.py holds the
fast one to; not used by mailbot."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from mailbot.domain.values import DebtorView, InvoiceView
from mailbot.playbook import installments
from mailbot.playbook.calendar import Window, company_window, debtor_window, is_open
from mailbot.playbook.schedule import ScheduleConfig

WEEK = timedelta(days=7)  # the weekly limit's window (Store.debtor_views counts in it)
# past the last candidate the answer cannot change; a window opens within this much time
# or never (no business day at all, or a year of holidays)
WINDOW_SEARCH = timedelta(days=400)


def acts_at(invoices: Sequence[InvoiceView], debtor: DebtorView, at: datetime,
            schedule: ScheduleConfig, plans: Mapping[int, installments.Plan],
            recent_mail: Sequence[datetime] = ()) -> bool:
    """Whether the playbook plans anything for this debtor at `at` (the digest aside),
    with the mail of `recent_mail` counted as it would be then."""
    counted = sum(1 for m in recent_mail if at - WEEK < m <= at)
    view = replace(debtor, messages_7d=counted) if recent_mail else debtor
    return any(a.kind != "digest" for a in installments.planned(
        invoices, {debtor.id: view}, at, schedule, plans, digest_sent_for=None))


def next_action_at(invoices: Sequence[InvoiceView], debtor: DebtorView, now: datetime,
                   schedule: ScheduleConfig, plans: Mapping[int, installments.Plan],
                   recent_mail: Sequence[datetime] = (), *, idle_now: bool = False
                   ) -> datetime | None:
    """The earliest instant from `now` on at which the playbook plans something for this
    debtor, given its data as it is (None: never, until its data changes). `recent_mail`:
    when each mail counted against the weekly limit was queued (its messages_7d at `now`
    counts those of the last 7 days); without it the count is taken as it is at `now`.
    `idle_now`: the caller planned these very inputs at `now` and got nothing."""
    if not invoices:
        return None
    now = now.astimezone(UTC)
    tz = ZoneInfo(debtor.timezone)
    points = sorted({now, *(c for c in _change_points(invoices, debtor, now, tz, schedule,
                                                       plans, recent_mail) if c > now)})
    windows = (debtor_window(debtor, schedule), company_window(schedule))
    for n, start in enumerate(points):
        end = points[n + 1] if n + 1 < len(points) else start + WINDOW_SEARCH
        tries = [start, *(o for w in windows if (o := first_open(start, end, w)) is not None)]
        for at in sorted(set(tries)):
            if at == now and idle_now:
                continue
            if acts_at(invoices, debtor, at, schedule, plans, recent_mail):
                return at
    return None


def _change_points(invoices: Iterable[InvoiceView], debtor: DebtorView, now: datetime,
                   tz: ZoneInfo, schedule: ScheduleConfig,
                   plans: Mapping[int, installments.Plan],
                   recent_mail: Iterable[datetime]) -> set[datetime]:
    offsets = {0, 1, schedule.promise_grace_days + 1,
               *(s.days for s in schedule.stages), *(s.days + 1 for s in schedule.stages)}
    today = now.astimezone(tz).date()  # days up to today began before `now`
    days: set[date] = set()
    for inv in invoices:
        named = {inv.due_date, inv.issue_date, inv.sent_at.astimezone(tz).date()}
        if inv.hold_until is not None:
            named.add(inv.hold_until)
        if inv.promise_missed_on is not None:
            named.add(inv.promise_missed_on)
        plan = plans.get(inv.id)
        if plan is not None:
            named |= {i.due_date for i in plan.installments}
        days |= {d + timedelta(days=k) for d in named for k in offsets}
    points = {midnight(d, tz) for d in days if d > today}
    if debtor.last_chaser_at is not None:
        for gap in (schedule.min_days_between_chasers,
                    max(schedule.statement_repeat_days, schedule.min_days_between_chasers)):
            points.add(debtor.last_chaser_at + timedelta(days=gap))
    points |= {m + WEEK for m in recent_mail}
    return {p.astimezone(UTC) for p in points}


def midnight(d: date, tz: ZoneInfo) -> datetime:
    """The first instant of day `d` in `tz` (where midnight does not exist, the first
    instant that does: fold 0 reads it with the offset before the change)."""
    return datetime.combine(d, time(0), tzinfo=tz).astimezone(UTC)


def first_open(start: datetime, end: datetime, window: Window) -> datetime | None:
    """The first instant in [start, end) at which `window` is open, if any: whole days
    closed (weekend, holiday) are skipped a day at a time, closed hours to the next
    opening hour."""
    tz = ZoneInfo(window.tz)
    first, last = window.hours
    at = start
    while at < end:
        if is_open(at, window):
            return at
        local = at.astimezone(tz)
        if first <= local.hour < last:  # the hours fit: the day is closed
            at = midnight(local.date() + timedelta(days=1), tz)
        elif local.hour < first:
            at = datetime.combine(local.date(), time(first), tzinfo=tz).astimezone(UTC)
        else:
            at = midnight(local.date() + timedelta(days=1), tz)
        if at <= start:  # a clock change at that very hour: never stand still
            at = start + timedelta(minutes=15)
        start = at
    return None


__all__ = ["next_action_at"]

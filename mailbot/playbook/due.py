"""When a debtor next needs the tick: the earliest instant the playbook could act for it,
found by running the playbook itself (installments.planned) at each instant its answer
can change. Pure.

Between two writes to a debtor's data the playbook's answer depends on time only through
the debtor's date (stage days, holds, promises, installments: each a date its invoices
name, shifted by a stage's days or a grace), the chaser gap, the mail counted against the
weekly limit ageing out, and the send windows (debtor's, company's). So the candidate
instants are those days' midnights, the gap's end, each counted mail's seventh day, and
between two of them the first opening of each window; the first candidate at which the
playbook plans anything is the answer. Wrong only if a change point were missed, so every
date an invoice names is shifted by every offset the rules use (more candidates than
needed: each one only costs a run of the playbook), and the tick re-checks anyway.

What makes it cheap (issue 12: a tick costs what its due debtors cost): the days named
are shifted once each however many invoices name them, each day's midnight in a zone
is computed once per process, and a window's first opening from an instant is searched
once per process (windows and candidate instants are shared by many debtors: the same
midnights, the same zones); and the playbook is not run again at a candidate that
differs from one already tried in nothing it reads of time. What it reads is the above,
and of the debtor's date only whether it has reached a day the invoices name as they
are now (`_flip_days`: a stage not done yet comes due, a hold or a promise runs out, a
pre-due note turns stale; for an invoice under a plan every shifted date, as above).
So two instants with the same count of such days up to their date, the same open and
closed windows, the same gaps passed and the same mail counted get the same answer,
and most candidates between two of those days are answered without a run
(tests/test_due_fast.py holds the answers to those of the plain search, over many
generated debtors and instants).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, TypeVar, cast
from zoneinfo import ZoneInfo

from mailbot.domain.values import DebtorView, InvoiceView
from mailbot.playbook import chasers, installments
from mailbot.playbook.calendar import Window, company_window, debtor_window, is_open
from mailbot.playbook.schedule import ScheduleConfig, StageConfig
from mailbot.playbook.stages import ASK_DATE, of_audience, stage_date

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
    view = replace(debtor, messages_7d=counted) if recent_mail and \
        counted != debtor.messages_7d else debtor
    return any(a.kind != "digest" for a in installments.planned(
        invoices, {debtor.id: view}, at, schedule, plans, with_digest=False))


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
    flips = _flip_days(invoices, debtor.timezone, schedule, plans)
    tried: set[tuple[object, ...]] = set()  # what the runs that planned nothing saw
    for n, start in enumerate(points):
        end = points[n + 1] if n + 1 < len(points) else start + WINDOW_SEARCH
        tries = [start, *(o for w in windows if (o := _first_open(start, end, w)) is not None)]
        for at in sorted(set(tries)):
            seen = _seen_at(at, tz, flips, windows, debtor, schedule, recent_mail)
            if seen in tried:
                continue  # the playbook would see what it saw there: nothing to do
            if not (at == now and idle_now) and acts_at(invoices, debtor, at, schedule,
                                                        plans, recent_mail):
                return at
            tried.add(seen)
    return None


def _seen_at(at: datetime, tz: ZoneInfo, flips: list[date], windows: tuple[Window, Window],
             debtor: DebtorView, schedule: ScheduleConfig, recent_mail: Sequence[datetime]
             ) -> tuple[object, ...]:
    """All the playbook reads of time at `at` for this debtor (module docstring)."""
    return (bisect_right(flips, at.astimezone(tz).date()),
            is_open(at, windows[0]), is_open(at, windows[1]),
            chasers.gap_ok(debtor, at, schedule),
            chasers.gap_ok(debtor, at, schedule, schedule.statement_repeat_days),
            sum(1 for m in recent_mail if at - WEEK < m <= at) if recent_mail else -1)


def _flip_days(invoices: Iterable[InvoiceView], tz: str, schedule: ScheduleConfig,
               plans: Mapping[int, installments.Plan]) -> list[date]:
    """The days on which a test of the playbook on the debtor's date can turn, sorted:
    `X <= today` turns on X, `today <= X` on the day after. An invoice under a plan is
    seen through its next installment (installments.as_due), so for it every date it
    names, shifted by every offset the rules use, as for the candidate instants."""
    days: set[date] = set()
    stages = schedule.stages
    asking = [s for s in of_audience(stages, "client") if s.template == ASK_DATE][:1]
    shifts = _stage_shifts(stages)
    zone = ZoneInfo(tz)
    for inv in invoices:
        if inv.id in plans:
            named = {inv.due_date, inv.issue_date, inv.sent_at.astimezone(ZoneInfo(tz)).date(),
                     *(i.due_date for i in plans[inv.id].installments)}
            if inv.hold_until is not None:
                named.add(inv.hold_until)
            if inv.promise_missed_on is not None:
                named.add(inv.promise_missed_on)
            days |= {d + k for d in named for k in _offsets(schedule)}
            continue
        days.add(inv.due_date)  # a pre-due note is stale from the due day on
        if inv.hold_until is not None:  # a hold (a promise) runs out the day after
            days.add(inv.hold_until + timedelta(days=1))
        # stage_date of each stage not done, its anchor day computed once per invoice
        sent_day = inv.sent_at.astimezone(zone).date()
        done = inv.stages_done
        days.update((sent_day if sent else inv.due_date) + shift
                    for name, sent, shift in shifts if name not in done)
        days.update(stage_date(inv, s, tz) for s in asking)
    return sorted(days)


def _change_points(invoices: Iterable[InvoiceView], debtor: DebtorView, now: datetime,
                   tz: ZoneInfo, schedule: ScheduleConfig,
                   plans: Mapping[int, installments.Plan],
                   recent_mail: Iterable[datetime]) -> set[datetime]:
    today = now.astimezone(tz).date()  # days up to today began before `now`
    named: set[date] = set()
    for inv in invoices:
        named.add(inv.due_date)
        named.add(inv.issue_date)
        named.add(inv.sent_at.astimezone(tz).date())
        if inv.hold_until is not None:
            named.add(inv.hold_until)
        if inv.promise_missed_on is not None:
            named.add(inv.promise_missed_on)
        plan = plans.get(inv.id)
        if plan is not None:
            named.update(i.due_date for i in plan.installments)
    offsets = _offsets(schedule)
    points: set[datetime] = set()
    for d in named:
        days, midnights = _shifted(d, tz, offsets)
        points.update(midnights[bisect_right(days, today):])
    if debtor.last_chaser_at is not None:
        for gap in (schedule.min_days_between_chasers,
                    max(schedule.statement_repeat_days, schedule.min_days_between_chasers)):
            points.add((debtor.last_chaser_at + timedelta(days=gap)).astimezone(UTC))
    points |= {(m + WEEK).astimezone(UTC) for m in recent_mail}
    return points


@lru_cache(maxsize=1 << 15)
def _shifted(d: date, tz: ZoneInfo, offsets: tuple[timedelta, ...]
             ) -> tuple[tuple[date, ...], tuple[datetime, ...]]:
    """Day `d` shifted by each offset (sorted: the offsets are), and those days'
    midnights in `tz` (UTC): the same few hundred dates recur in every debtor's
    invoices."""
    days = tuple(sorted({d + k for k in offsets}))
    return days, tuple(midnight(day, tz) for day in days)


_T = TypeVar("_T")
_U = TypeVar("_U")


def _per_object(cache: dict[int, tuple[Any, Any]], obj: _T, build: Callable[[_T], _U]) -> _U:
    """`build(obj)`, kept per object (by identity: the config objects of a run are few and
    long-lived, and hashing them at every call would cost what is saved)."""
    hit = cache.get(id(obj))
    if hit is None or hit[0] is not obj:
        if len(cache) > 64:
            cache.clear()
        hit = cache[id(obj)] = (obj, build(obj))
    return cast(_U, hit[1])


_SHIFTS: dict[int, tuple[Any, Any]] = {}


def _stage_shifts(stages: tuple[StageConfig, ...]) -> tuple[tuple[str, bool, timedelta], ...]:
    """Each stage's name, whether it counts from sending, and its shift (stage_date),
    per stages tuple."""
    return _per_object(_SHIFTS, stages, lambda st: tuple(
        (s.name, s.anchor == "sent", timedelta(days=s.days)) for s in st))


_OFFSETS: dict[int, tuple[Any, Any]] = {}


def _offsets(schedule: ScheduleConfig) -> tuple[timedelta, ...]:
    """Every shift the rules apply to a date an invoice names: a stage's days (and the
    day after), the promise grace, the day itself and the next (per schedule object)."""
    def build(sc: ScheduleConfig) -> tuple[timedelta, ...]:
        days = {0, 1, sc.promise_grace_days + 1,
                *(s.days for s in sc.stages), *(s.days + 1 for s in sc.stages)}
        return tuple(timedelta(days=k) for k in sorted(days))
    return _per_object(_OFFSETS, schedule, build)


@lru_cache(maxsize=1 << 15)
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


def _first_open(start: datetime, end: datetime, window: Window) -> datetime | None:
    """first_open(start, end, window), from the search of [start, start + WINDOW_SEARCH)
    done once per (start, window): the search visits the same instants whatever its end,
    so within that span the first open one is the answer if it comes before `end`."""
    if end - start > WINDOW_SEARCH:
        return first_open(start, end, window)
    got = _first_open_from(start, window)
    return got if got is not None and got < end else None


@lru_cache(maxsize=1 << 15)
def _first_open_from(start: datetime, window: Window) -> datetime | None:
    return first_open(start, start + WINDOW_SEARCH, window)


__all__ = ["acts_at", "first_open", "midnight", "next_action_at"]

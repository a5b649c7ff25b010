"""The next-action time as mailbot.playbook.due computes it now (windows searched once per
instant, candidates that see nothing new of time answered without a run of the playbook;
issue 12) is the one the plain search (tests/due_reference.py, the code before) gives:
over many generated debtors, invoices, plans, schedules and instants, with a fixed seed."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from mailbot.domain.values import DebtorView, InvoiceState, InvoiceView
from mailbot.playbook import installments
from mailbot.playbook.due import next_action_at
from mailbot.playbook.schedule import ScheduleConfig, StageConfig
from tests import due_reference

ZONES = ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Auckland", "UTC",
         "Australia/Lord_Howe"]
SCHEDULES = [
    ScheduleConfig(timezone="Europe/Berlin", holidays_country="DE"),
    ScheduleConfig(timezone="America/New_York", business_hours=(8, 18),
                   business_days=(1, 2, 3, 4), min_days_between_chasers=5,
                   statement_repeat_days=10, promise_grace_days=1, max_messages_per_week=1),
    ScheduleConfig(timezone="UTC", stages=(
        StageConfig(name="receipt_check", anchor="sent", days=2, template="receipt_check",
                    skip_if_seen=True),
        StageConfig(name="pre_due", anchor="due", days=-1, template="pre_due"),
        StageConfig(name="first", anchor="due", days=3, template="past_due_ask_date"),
        StageConfig(name="staff_look", anchor="sent", days=10, template="staff_late_notice",
                    audience="staff"),
        StageConfig(name="second", anchor="due", days=3, template="past_due"),
        StageConfig(name="offer", anchor="due", days=20, template="ladder_installment_offer",
                    audience="ladder"),
        StageConfig(name="last", anchor="due", days=25, template="past_due_30"))),
]


def instant(rnd: random.Random) -> datetime:
    """Any minute of 2026-2027 (clock changes, Christmas and Easter included)."""
    start = datetime(2026, 1, 1, tzinfo=UTC)
    return start + timedelta(minutes=rnd.randrange(2 * 365 * 24 * 60))


def invoices_of(rnd: random.Random, debtor_id: int, now: datetime, schedule: ScheduleConfig,
                first_id: int, tz: str) -> tuple[list[InvoiceView], dict[int, installments.Plan]]:
    views, plans = [], {}
    for k in range(rnd.randint(1, 5)):
        i = first_id + k
        issue = now.date() - timedelta(days=rnd.randint(-10, 200))
        due = issue + timedelta(days=rnd.choice([0, 7, 14, 30]))
        sent = datetime.combine(issue, datetime.min.time(), UTC) + timedelta(
            minutes=rnd.randrange(24 * 60))
        state = rnd.choices([InvoiceState.OPEN, InvoiceState.PARTIAL, InvoiceState.PAID,
                             InvoiceState.DISPUTED], [70, 10, 12, 8])[0]
        names = [s.name for s in schedule.stages]
        today = now.astimezone(ZoneInfo(tz)).date()
        # mostly the stages whose day has passed, as earlier ticks left them; a few not,
        # a few later ones done already
        done = {s.name for s in schedule.stages if rnd.random() < (0.93 if (
            sent.astimezone(ZoneInfo(tz)).date() if s.anchor == "sent" else due)
            + timedelta(days=s.days) <= today else 0.05)}
        if rnd.random() < 0.4:
            done.add(rnd.choice(names) + "@1")
        if state == InvoiceState.PAID and rnd.random() < 0.3:
            done.add("thank_you")
        hold_reason, hold_until = None, None
        r = rnd.random()
        if r < 0.15:
            hold_reason, hold_until = "promise", now.date() + timedelta(days=rnd.randint(-5, 12))
        elif r < 0.22:
            hold_reason, hold_until = "away", now.date() + timedelta(days=rnd.randint(-3, 20))
        elif r < 0.26:
            hold_reason = "dispute"
        paid = {InvoiceState.PARTIAL: Decimal(100), InvoiceState.PAID: Decimal(300)}.get(
            state, Decimal(0))
        views.append(InvoiceView(
            id=i, number=f"T-{i:05d}", debtor_id=debtor_id, state=state,
            amount=Decimal(300), paid_amount=paid, currency="EUR", issue_date=issue,
            due_date=due, sent_at=sent, seen=rnd.random() < 0.3, hold_until=hold_until,
            hold_reason=hold_reason, stages_done=frozenset(done),
            paid_at=now - timedelta(days=rnd.randint(0, 9)) if paid else None,
            promise_missed_on=now.date() - timedelta(days=rnd.randint(0, 9))
            if rnd.random() < 0.1 else None))
        if state in (InvoiceState.OPEN, InvoiceState.PARTIAL) and rnd.random() < 0.15:
            first = now.date() + timedelta(days=rnd.randint(-30, 20))
            step = rnd.choice([7, 14, 30])
            plans[i] = installments.Plan(i, tuple(
                installments.Installment(n + 1, first + timedelta(days=step * n),
                                         Decimal(100)) for n in range(3)),
                paid_before=Decimal(0) if rnd.random() < 0.7 else Decimal(50))
    return views, plans


def debtor_of(rnd: random.Random, debtor_id: int, now: datetime
              ) -> tuple[DebtorView, list[datetime]]:
    recent = sorted(now - timedelta(minutes=rnd.randrange(7 * 24 * 60))
                    for _ in range(rnd.choice([0, 0, 1, 2, 3])))
    last = (recent[-1] if recent and rnd.random() < 0.7 else
            now - timedelta(minutes=rnd.randrange(30 * 24 * 60)) if rnd.random() < 0.8
            else None)
    profile = rnd.random()
    return DebtorView(
        id=debtor_id, name=f"Client {debtor_id}",
        contacts=(f"ap{debtor_id}@c.test",) if rnd.random() < 0.92 else (),
        language="en", timezone=rnd.choice(ZONES), stopped=rnd.random() < 0.05,
        paused_reason="bounce" if rnd.random() < 0.08 else None, last_chaser_at=last,
        country=rnd.choice([None, None, "DE", "US", "IN", "NZ"]),
        business_hours=(8, 12) if profile < 0.15 else None,
        business_days=(1, 3, 5) if 0.15 <= profile < 0.3 else None,
        messages_7d=len(recent)), recent


@pytest.mark.parametrize("seed", range(4))
def test_the_fast_next_action_time_is_the_plain_searchs(seed: int) -> None:
    rnd = random.Random(seed)
    checked = acting = 0
    for n in range(500):
        schedule = rnd.choice(SCHEDULES)
        now = instant(rnd)
        debtor, recent = debtor_of(rnd, n + 1, now)
        views, plans = invoices_of(rnd, n + 1, now, schedule, 10 * n + 1, debtor.timezone)
        # the tick's case: the playbook planned these inputs at `now` and found nothing
        idle = (rnd.random() < 0.5 and not due_reference.acts_at(
            views, debtor, now.astimezone(UTC), schedule, plans, recent))
        # some callers pass no mail times (the count is as it is at `now`)
        mail = recent if rnd.random() < 0.8 else []
        want = due_reference.next_action_at(views, debtor, now, schedule, plans, mail,
                                            idle_now=idle)
        got = next_action_at(views, debtor, now, schedule, plans, mail, idle_now=idle)
        assert got == want, (seed, n, now, debtor, views, plans, mail, idle)
        checked += 1
        acting += want is not None and want > now
    assert checked == 500
    assert acting > 200  # most cases have an answer in the future, not at `now`


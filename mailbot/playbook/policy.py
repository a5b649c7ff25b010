"""The playbook as a pure function: (invoices, debtors, now, schedule) -> actions.

Nothing is sent here. The same inputs at the same instant give the same actions with
the same idempotency keys, so running a tick twice can never send twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from mailbot.adapters.config import ScheduleConfig, StageConfig
from mailbot.domain.values import OPEN_STATES, Action, DebtorView, InvoiceState, InvoiceView

THANK_YOU = "thank_you"


@lru_cache(maxsize=32)
def _holidays(country: str, year: int) -> holidays.HolidayBase:
    return holidays.country_holidays(country, years=year)


def is_business_time(now: datetime, tz: str, schedule: ScheduleConfig) -> bool:
    local = now.astimezone(ZoneInfo(tz))
    start, end = schedule.business_hours
    if local.isoweekday() not in schedule.business_days or not start <= local.hour < end:
        return False
    country = schedule.holidays_country
    return not (country and local.date() in _holidays(country, local.year))


def stage_date(inv: InvoiceView, stage: StageConfig, tz: str) -> date:
    anchor = inv.sent_at.astimezone(ZoneInfo(tz)).date() if stage.anchor == "sent" else inv.due_date
    return anchor + timedelta(days=stage.days)


def _on_hold(inv: InvoiceView, today: date) -> bool:
    if inv.hold_reason is None:
        return False
    return inv.hold_until is None or today <= inv.hold_until


def _client_stage(
    inv: InvoiceView, stages: Iterable[StageConfig], today: date, tz: str
) -> tuple[str | None, list[str]]:
    """The one client stage to send now for `inv`, and the stages it overtakes."""
    due = [s for s in stages if s.audience == "client" and s.name not in inv.stages_done
           and stage_date(inv, s, tz) <= today]
    if not due:
        return None, []
    latest = max(due, key=lambda s: stage_date(inv, s, tz))
    skipped = [s.name for s in due if s is not latest]
    # a note that no longer fits the facts is skipped rather than sent late
    stale = (latest.skip_if_seen and inv.seen) or (latest.anchor == "due" and latest.days < 0
                                                    and today >= inv.due_date)
    if stale:
        return None, [*skipped, latest.name]
    return latest.name, skipped


def plan(
    invoices: Iterable[InvoiceView],
    debtors: Mapping[int, DebtorView],
    now: datetime,
    schedule: ScheduleConfig,
    *,
    digest_sent_for: date | None = None,
) -> list[Action]:
    actions: list[Action] = []
    by_debtor: dict[int, list[InvoiceView]] = {}
    for inv in invoices:
        by_debtor.setdefault(inv.debtor_id, []).append(inv)

    for debtor_id, invs in sorted(by_debtor.items()):
        debtor = debtors[debtor_id]
        tz = debtor.timezone
        today = now.astimezone(ZoneInfo(tz)).date()
        business = is_business_time(now, tz, schedule)
        reachable = bool(debtor.contacts) and not debtor.stopped
        chase: list[tuple[InvoiceView, str]] = []
        skipped: list[tuple[int, str]] = []
        for inv in sorted(invs, key=lambda i: (i.due_date, i.number)):
            if inv.state == InvoiceState.PAID and THANK_YOU not in inv.stages_done:
                if reachable and business:
                    on_time = inv.paid_at is not None and (
                        inv.paid_at.astimezone(ZoneInfo(tz)).date() <= inv.due_date)
                    actions.append(Action(
                        key=f"thank_you:{inv.id}", kind="thank_you",
                        template="thank_you_on_time" if on_time else "thank_you",
                        debtor_id=debtor_id, invoice_ids=(inv.id,),
                        stages=((inv.id, THANK_YOU),)))
                continue
            if inv.state not in OPEN_STATES:
                continue
            if inv.hold_reason == "promise" and inv.hold_until and today > inv.hold_until:
                actions.append(Action(
                    key=f"broken_promise:{inv.id}:{inv.hold_until.isoformat()}",
                    kind="broken_promise", template="", debtor_id=debtor_id,
                    invoice_ids=(inv.id,)))
                continue
            for stage in schedule.stages:
                if (stage.audience == "staff" and stage.name not in inv.stages_done
                        and stage_date(inv, stage, tz) <= today and not _on_hold(inv, today)):
                    actions.append(Action(
                        key=f"staff:{inv.id}:{stage.name}", kind="staff_notice",
                        template=stage.template, debtor_id=debtor_id, invoice_ids=(inv.id,),
                        stages=((inv.id, stage.name),), audience="staff"))
            if _on_hold(inv, today) or debtor.paused_reason:
                continue
            stage_name, overtaken = _client_stage(inv, schedule.stages, today, tz)
            skipped += [(inv.id, s) for s in overtaken]
            if stage_name:
                chase.append((inv, stage_name))

        gap_ok = debtor.last_chaser_at is None or (
            now - debtor.last_chaser_at >= timedelta(days=schedule.min_days_between_chasers))
        if chase and reachable and business and gap_ok:
            # several open invoices of one debtor go into one statement-style email
            stages = tuple((inv.id, name) for inv, name in chase)
            template = (next(s.template for s in schedule.stages if s.name == chase[0][1])
                        if len(chase) == 1 else "statement")
            actions.append(Action(
                key="chase:" + "+".join(f"{i}.{n}" for i, n in stages), kind="chase",
                template=template, debtor_id=debtor_id,
                invoice_ids=tuple(inv.id for inv, _ in chase), stages=stages,
                skipped=tuple(skipped)))
        elif skipped:
            actions.append(Action(key="skip:" + "+".join(f"{i}.{n}" for i, n in skipped),
                                  kind="skip", template="", debtor_id=debtor_id,
                                  skipped=tuple(skipped)))

    local = now.astimezone(schedule.tz)
    if local.hour >= schedule.digest_hour and digest_sent_for != local.date():
        actions.append(Action(key=f"digest:{local.date().isoformat()}", kind="digest",
                              template="digest", detail={"date": local.date().isoformat()}))
    return actions

"""The playbook as a pure function: (invoices, debtors, now, schedule) -> actions.

Nothing is sent here. The same inputs at the same instant give the same actions with
the same idempotency keys, so running a tick twice can never send twice. Each rule is a
module of its own: calendar (when), stages (which letter), thanks, promises, chasers
(how often, and one statement per debtor); this module puts them together per debtor.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from zoneinfo import ZoneInfo

from mailbot.domain.values import OPEN_STATES, Action, DebtorView, InvoiceView
from mailbot.playbook import chasers, ladder
from mailbot.playbook.calendar import (
    company_window,
    debtor_window,
    is_business_day,
    is_business_time,
    is_open,
)
from mailbot.playbook.promises import after_broken_promise, broken_promise
from mailbot.playbook.schedule import ScheduleConfig
from mailbot.playbook.stages import (
    asks_date,
    client_stage,
    client_stages_over,
    ladder_stages,
    on_hold,
    staff_stages,
)
from mailbot.playbook.thanks import THANK_YOU, awaits_thanks, thank_you

__all__ = ["THANK_YOU", "is_business_time", "plan"]


def plan(
    invoices: Iterable[InvoiceView],
    debtors: Mapping[int, DebtorView],
    now: datetime,
    schedule: ScheduleConfig,
    *,
    digest_sent_for: date | None = None,
    with_digest: bool = True,
) -> list[Action]:
    """The actions at `now`; `with_digest`: the digest among them when it is due (a
    caller asking about debtors only skips the question)."""
    actions: list[Action] = []
    by_debtor: dict[int, list[InvoiceView]] = {}
    for inv in invoices:
        by_debtor.setdefault(inv.debtor_id, []).append(inv)

    for debtor_id, invs in sorted(by_debtor.items()):
        actions += _debtor_actions(debtor_id, invs, debtors[debtor_id], now, schedule)

    if not with_digest:
        return actions
    local = now.astimezone(schedule.tz)
    # the digest: at its hour, on the company's business days (no weekend, no holiday)
    if (local.hour >= schedule.digest_hour and digest_sent_for != local.date()
            and is_business_day(now, company_window(schedule))):
        actions.append(Action(key=f"digest:{local.date().isoformat()}", kind="digest",
                              template="digest", detail={"date": local.date().isoformat()}))
    return actions


def _debtor_actions(debtor_id: int, invs: list[InvoiceView], debtor: DebtorView,
                    now: datetime, schedule: ScheduleConfig) -> list[Action]:
    actions: list[Action] = []
    staff: list[Action] = []  # after the chaser, so a notice can say what it asked
    tz = debtor.timezone
    today = now.astimezone(ZoneInfo(tz)).date()
    business = is_open(now, debtor_window(debtor, schedule))
    # staff are written to in the company's own hours, days and holidays
    staff_time = is_open(now, company_window(schedule))
    reachable = bool(debtor.contacts) and not debtor.stopped
    # compliance: at most so many mails to a debtor in any 7 days, every kind counted.
    # Thank-yous count too: to the client a thank-you is one more mail from us.
    room = schedule.max_messages_per_week - debtor.messages_7d
    chase: list[tuple[InvoiceView, str]] = []
    listed: list[InvoiceView] = []  # every open invoice not held: the statement lists them
    skipped: list[tuple[int, str]] = []
    for inv in sorted(invs, key=lambda i: (i.due_date, i.number)):
        if awaits_thanks(inv):
            if reachable and business and room > 0:
                actions.append(thank_you(inv, debtor_id, tz))
                room -= 1
            continue
        if inv.state not in OPEN_STATES:
            continue
        broken = broken_promise(inv, debtor_id, today)
        if broken is not None:
            actions.append(broken)
            continue
        staff += [Action(key=f"staff:{inv.id}:{stage.name}", kind="staff_notice",
                         template=stage.template, debtor_id=debtor_id,
                         invoice_ids=(inv.id,), stages=((inv.id, stage.name),),
                         audience="staff")
                  for stage in staff_stages(inv, schedule.stages, today, tz)
                  if staff_time]
        actions += [ladder.task(inv, stage, debtor_id, today)
                    for stage in ladder_stages(inv, schedule.stages, today, tz)]
        if on_hold(inv, today) or debtor.paused_reason:
            continue
        listed.append(inv)
        # after a broken promise the next note is firmer at once (playbook.promises)
        stage_name, overtaken = (after_broken_promise if inv.promise_missed_on
                                 else client_stage)(inv, schedule.stages, today, tz)
        skipped += [(inv.id, s) for s in overtaken]
        if stage_name:
            chase.append((inv, stage_name))

    # after the last client stage the debtor still hears from us, every repeat interval
    repeat = not chase and any(client_stages_over(i, schedule.stages) for i in listed) \
        and chasers.gap_ok(debtor, now, schedule, schedule.statement_repeat_days)
    if (chase or repeat) and reachable and business and room > 0 \
            and chasers.gap_ok(debtor, now, schedule):
        ask = any(asks_date(i, schedule.stages, today, tz) for i in listed)
        actions.append(chasers.chaser(debtor_id, chase, listed, skipped, schedule, today,
                                      ask_date=ask))
    elif skipped:
        actions.append(chasers.skip(debtor_id, skipped))
    return actions + staff

"""How reminders reach a debtor: never two within the configured gap, and always as a
statement of every open invoice the debtor may be chased for, never one mail each. Pure."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from mailbot.domain.values import Action, DebtorView, InvoiceView
from mailbot.playbook.schedule import ScheduleConfig


def gap_ok(debtor: DebtorView, now: datetime, schedule: ScheduleConfig, days: int | None = None
           ) -> bool:
    days = schedule.min_days_between_chasers if days is None else max(
        days, schedule.min_days_between_chasers)
    return debtor.last_chaser_at is None or (now - debtor.last_chaser_at >= timedelta(days=days))


def chaser(debtor_id: int, chase: list[tuple[InvoiceView, str]], listed: list[InvoiceView],
           skipped: list[tuple[int, str]], schedule: ScheduleConfig, today: date, *,
           ask_date: bool) -> Action:
    """One mail listing every invoice of `listed`, marking done the stages due now (`chase`).
    Its own stage's letter when one invoice is listed, a statement otherwise; with no stage
    due (all stages over) a repeated statement, keyed by the day."""
    stages = tuple((inv.id, name) for inv, name in chase)
    if len(listed) == 1 and len(chase) == 1:
        template = next(s.template for s in schedule.stages if s.name == chase[0][1])
    else:
        template = "statement"
    key = ("chase:" + "+".join(f"{i}.{n}" for i, n in stages) if stages
           else f"chase:repeat.{debtor_id}.{today.isoformat()}")
    return Action(key=key, kind="chase", template=template, debtor_id=debtor_id,
                  invoice_ids=tuple(inv.id for inv in listed), stages=stages,
                  skipped=tuple(skipped), detail={"ask_date": "yes"} if ask_date else {})


def skip(debtor_id: int, skipped: list[tuple[int, str]]) -> Action:
    """Stages passed over with nothing to send: marked done so they never go out late."""
    return Action(key="skip:" + "+".join(f"{i}.{n}" for i, n in skipped), kind="skip",
                  template="", debtor_id=debtor_id, skipped=tuple(skipped))

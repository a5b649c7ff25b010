"""How reminders reach a debtor: never two within the configured gap, and several
invoices due at once in one statement-style mail, never one mail each. Pure."""

from __future__ import annotations

from datetime import datetime, timedelta

from mailbot.domain.values import Action, DebtorView, InvoiceView
from mailbot.playbook.schedule import ScheduleConfig


def gap_ok(debtor: DebtorView, now: datetime, schedule: ScheduleConfig) -> bool:
    return debtor.last_chaser_at is None or (
        now - debtor.last_chaser_at >= timedelta(days=schedule.min_days_between_chasers))


def chaser(debtor_id: int, chase: list[tuple[InvoiceView, str]],
           skipped: list[tuple[int, str]], schedule: ScheduleConfig) -> Action:
    """One mail for every stage due now; a statement when there is more than one."""
    stages = tuple((inv.id, name) for inv, name in chase)
    template = (next(s.template for s in schedule.stages if s.name == chase[0][1])
                if len(chase) == 1 else "statement")
    return Action(key="chase:" + "+".join(f"{i}.{n}" for i, n in stages), kind="chase",
                  template=template, debtor_id=debtor_id,
                  invoice_ids=tuple(inv.id for inv, _ in chase), stages=stages,
                  skipped=tuple(skipped))


def skip(debtor_id: int, skipped: list[tuple[int, str]]) -> Action:
    """Stages passed over with nothing to send: marked done so they never go out late."""
    return Action(key="skip:" + "+".join(f"{i}.{n}" for i, n in skipped), kind="skip",
                  template="", debtor_id=debtor_id, skipped=tuple(skipped))

"""The stage ladder of one invoice: which stage is due, which it overtakes, which are
stale, and which staff tasks fall due. Pure."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from mailbot.domain.values import InvoiceView
from mailbot.playbook.schedule import StageConfig


def stage_date(inv: InvoiceView, stage: StageConfig, tz: str) -> date:
    anchor = inv.sent_at.astimezone(ZoneInfo(tz)).date() if stage.anchor == "sent" else inv.due_date
    return anchor + timedelta(days=stage.days)


def on_hold(inv: InvoiceView, today: date) -> bool:
    if inv.hold_reason is None:
        return False
    return inv.hold_until is None or today <= inv.hold_until


def client_stage(
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


def staff_stages(inv: InvoiceView, stages: Iterable[StageConfig], today: date,
                 tz: str) -> list[StageConfig]:
    """Staff tasks due for `inv` (none while it is on hold)."""
    if on_hold(inv, today):
        return []
    return [s for s in stages if s.audience == "staff" and s.name not in inv.stages_done
            and stage_date(inv, s, tz) <= today]


def ladder_stages(inv: InvoiceView, stages: Iterable[StageConfig], today: date,
                  tz: str) -> list[StageConfig]:
    """Ladder steps due for `inv`: each becomes a task for staff (none while on hold)."""
    if on_hold(inv, today):
        return []
    return [s for s in stages if s.audience == "ladder" and s.name not in inv.stages_done
            and stage_date(inv, s, tz) <= today]


def client_stages_over(inv: InvoiceView, stages: Iterable[StageConfig]) -> bool:
    """Every client stage of `inv` has gone out (or was passed over): only repeated
    statements remain for it."""
    return all(s.name in inv.stages_done for s in stages if s.audience == "client")


def asks_date(inv: InvoiceView, stages: Iterable[StageConfig], today: date, tz: str) -> bool:
    """Whether a letter about `inv` asks when payment will come: from the first stage that
    asks it (template past_due_ask_date) on."""
    asking = [s for s in stages if s.audience == "client" and s.template == ASK_DATE]
    return any(stage_date(inv, s, tz) <= today for s in asking[:1])


ASK_DATE = "past_due_ask_date"

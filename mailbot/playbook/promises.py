"""Promises to pay. A promise holds chasing until its day plus grace; one whose day has
passed is broken: chasing goes on, at a firmer stage than the last note sent, and that
note says the promised day passed. Pure."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from mailbot.domain.values import Action, InvoiceView
from mailbot.playbook.schedule import StageConfig
from mailbot.playbook.stages import client_stage, stage_date


def broken_promise(inv: InvoiceView, debtor_id: int, today: date) -> Action | None:
    if inv.hold_reason != "promise" or inv.hold_until is None or today <= inv.hold_until:
        return None
    return Action(key=f"broken_promise:{inv.id}:{inv.hold_until.isoformat()}",
                  kind="broken_promise", template="", debtor_id=debtor_id,
                  invoice_ids=(inv.id,))


def after_broken_promise(inv: InvoiceView, stages: Iterable[StageConfig], today: date,
                         tz: str) -> tuple[str | None, list[str]]:
    """The client stage to send for `inv` after its promise was broken, and the stages it
    overtakes: the past-due stage after the latest one done, at once (not on its own
    day), or a later one whose day has come; never the softer one again. Pre-due and
    receipt checks no longer fit and are overtaken. With no firmer stage left, the
    ladder as usual."""
    stages = list(stages)
    ladder = sorted((s for s in stages if s.audience == "client" and not s.skip_if_seen
                     and not (s.anchor == "due" and s.days < 0)),
                    key=lambda s: stage_date(inv, s, tz))
    done = [n for n, s in enumerate(ladder) if s.name in inv.stages_done]
    ahead = [s for s in ladder[done[-1] + 1 if done else 0:] if s.name not in inv.stages_done]
    if not ahead:
        return client_stage(inv, stages, today, tz)
    pick = max([ahead[0], *(s for s in ahead if stage_date(inv, s, tz) <= today)],
               key=lambda s: stage_date(inv, s, tz))
    overtaken = [s.name for s in stages if s.audience == "client" and s is not pick
                 and s.name not in inv.stages_done
                 and stage_date(inv, s, tz) <= stage_date(inv, pick, tz)]
    return pick.name, overtaken

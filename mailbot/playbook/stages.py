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


# per schedule's stages tuple: each audience's stages in their order, each with whether
# it counts from sending and its shift (the playbook asks for every invoice at every
# instant it is run at)
_Prepared = tuple[tuple[StageConfig, bool, timedelta], ...]
_AUDIENCES: dict[int, tuple[object, dict[str, _Prepared]]] = {}


def _prepared(stages: Iterable[StageConfig], audience: str) -> _Prepared:
    if type(stages) is not tuple:
        return tuple((s, s.anchor == "sent", timedelta(days=s.days)) for s in stages
                     if s.audience == audience)
    hit = _AUDIENCES.get(id(stages))
    if hit is None or hit[0] is not stages:
        if len(_AUDIENCES) > 64:
            _AUDIENCES.clear()
        split: dict[str, _Prepared] = {}
        for s in stages:
            split[s.audience] = (*split.get(s.audience, ()),
                                 (s, s.anchor == "sent", timedelta(days=s.days)))
        hit = (stages, split)
        _AUDIENCES[id(stages)] = hit
    return hit[1].get(audience, ())


def of_audience(stages: Iterable[StageConfig], audience: str) -> tuple[StageConfig, ...]:
    """The stages of `audience`, in their order."""
    return tuple(p[0] for p in _prepared(stages, audience))


def _come(inv: InvoiceView, stages: Iterable[StageConfig], audience: str, today: date,
          tz: str) -> list[tuple[date, StageConfig]]:
    """The stages of `audience` not done for `inv` whose day has come, with their days
    (stage_date), in their order."""
    done = inv.stages_done
    out = []
    sent_day = None
    for s, sent, shift in _prepared(stages, audience):
        if s.name in done:
            continue
        if sent:
            if sent_day is None:
                sent_day = inv.sent_at.astimezone(ZoneInfo(tz)).date()
            day = sent_day + shift
        else:
            day = inv.due_date + shift
        if day <= today:
            out.append((day, s))
    return out


def on_hold(inv: InvoiceView, today: date) -> bool:
    if inv.hold_reason is None:
        return False
    return inv.hold_until is None or today <= inv.hold_until


def client_stage(
    inv: InvoiceView, stages: Iterable[StageConfig], today: date, tz: str
) -> tuple[str | None, list[str]]:
    """The one client stage to send now for `inv`, and the stages it overtakes."""
    dated = _come(inv, stages, "client", today, tz)
    if not dated:
        return None, []
    latest = max(dated, key=lambda p: p[0])[1]  # the first of the latest, as max gives
    skipped = [s.name for _, s in dated if s is not latest]
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
    return [s for _, s in _come(inv, stages, "staff", today, tz)]


def ladder_stages(inv: InvoiceView, stages: Iterable[StageConfig], today: date,
                  tz: str) -> list[StageConfig]:
    """Ladder steps due for `inv`: each becomes a task for staff (none while on hold)."""
    if on_hold(inv, today):
        return []
    return [s for _, s in _come(inv, stages, "ladder", today, tz)]


def client_stages_over(inv: InvoiceView, stages: Iterable[StageConfig]) -> bool:
    """Every client stage of `inv` has gone out (or was passed over): only repeated
    statements remain for it."""
    return all(p[0].name in inv.stages_done for p in _prepared(stages, "client"))


def asks_date(inv: InvoiceView, stages: Iterable[StageConfig], today: date, tz: str) -> bool:
    """Whether a letter about `inv` asks when payment will come: from the first stage that
    asks it (template past_due_ask_date) on."""
    asking = [s for s in of_audience(stages, "client") if s.template == ASK_DATE]
    return any(stage_date(inv, s, tz) <= today for s in asking[:1])


ASK_DATE = "past_due_ask_date"

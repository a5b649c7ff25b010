"""The schedule's settings: stages, business hours and days, holidays, cadence, grace.
Frozen, validated values (read from TOML by mailbot.adapters.config), taken by the rules
of this package. Pure."""

from __future__ import annotations

from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator

Anchor = Literal["sent", "due"]
Audience = Literal["client", "staff"]


class StageConfig(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    anchor: Anchor
    days: int
    template: str
    audience: Audience = "client"
    # the "did it arrive?" check is pointless once a receipt or a reply showed it did
    skip_if_seen: bool = False


DEFAULT_STAGES: tuple[StageConfig, ...] = (
    StageConfig(name="receipt_check", anchor="sent", days=3, template="receipt_check",
                skip_if_seen=True),
    StageConfig(name="pre_due", anchor="due", days=-3, template="pre_due"),
    StageConfig(name="past_due_5", anchor="due", days=5, template="past_due"),
    StageConfig(name="past_due_8", anchor="due", days=8, template="past_due_ask_date"),
    StageConfig(name="late_week_notice", anchor="due", days=8, template="staff_late_notice",
                audience="staff"),
    StageConfig(name="past_due_15", anchor="due", days=15, template="past_due"),
    StageConfig(name="phone_call_task", anchor="due", days=30, template="staff_call_task",
                audience="staff"),
)


class ScheduleConfig(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    timezone: str = "UTC"
    tick_minutes: int = Field(default=5, ge=1)
    digest_hour: int = Field(default=8, ge=0, le=23)
    business_hours: tuple[int, int] = (9, 17)
    business_days: tuple[int, ...] = (1, 2, 3, 4, 5)  # ISO weekdays
    holidays_country: str | None = None
    min_days_between_chasers: int = 7
    # at most this many mails to one debtor in any 7 days, every kind counted
    max_messages_per_week: int = Field(default=2, ge=1)
    promise_grace_days: int = 2
    # a reply that paused a debtor becomes a staff task after this many of the company's
    # business days (mailbot.playbook.pauses); the pause itself waits for a person
    reply_timeout_business_days: int = Field(default=3, ge=0)
    default_terms_days: int = 30
    stages: tuple[StageConfig, ...] = DEFAULT_STAGES

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError) as e:
            raise ValueError(f"unknown time zone {v!r}") from e
        return v

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

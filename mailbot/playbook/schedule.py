"""The schedule's settings: stages, business hours and days, holidays, cadence, grace.
Frozen, validated values (read from TOML by mailbot.adapters.config), taken by the rules
of this package. Pure."""

from __future__ import annotations

from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Anchor = Literal["sent", "due"]
# "ladder": a later step staff decide on: a task with a drafted letter, never sent alone
Audience = Literal["client", "staff", "ladder"]
# what `mailbot approve` does with a ladder step: send its letter, also flag the debtor
# for credit hold (cash only), or write the invoice off (nothing is sent)
OnApprove = Literal["send", "credit_hold", "write_off"]


class StageConfig(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    anchor: Anchor
    days: int
    template: str
    audience: Audience = "client"
    # the "did it arrive?" check is pointless once a receipt or a reply showed it did
    skip_if_seen: bool = False
    on_approve: OnApprove = "send"  # ladder steps only
    reply_days: int = Field(default=14, ge=1)  # ladder letters: "please pay or reply by"

    @model_validator(mode="after")
    def _letter(self) -> StageConfig:
        sends = self.audience != "ladder" or self.on_approve != "write_off"
        if sends and not self.template:
            raise ValueError(f"stage {self.name!r} needs a template (only a write-off "
                             "sends nothing)")
        return self


DEFAULT_STAGES: tuple[StageConfig, ...] = (
    StageConfig(name="receipt_check", anchor="sent", days=3, template="receipt_check",
                skip_if_seen=True),
    StageConfig(name="pre_due", anchor="due", days=-3, template="pre_due"),
    StageConfig(name="past_due_5", anchor="due", days=5, template="past_due"),
    StageConfig(name="past_due_8", anchor="due", days=8, template="past_due_ask_date"),
    StageConfig(name="late_week_notice", anchor="due", days=8, template="staff_late_notice",
                audience="staff"),
    StageConfig(name="past_due_15", anchor="due", days=15, template="past_due"),
    StageConfig(name="past_due_30", anchor="due", days=30, template="past_due_30"),
    StageConfig(name="phone_call_task", anchor="due", days=30, template="staff_call_task",
                audience="staff"),
    StageConfig(name="past_due_45", anchor="due", days=45, template="past_due_45"),
    # the ladder: prepared for staff as tasks with a drafted letter, never sent on its own
    StageConfig(name="installment_offer", anchor="due", days=60,
                template="ladder_installment_offer", audience="ladder"),
    StageConfig(name="credit_hold", anchor="due", days=75, template="ladder_credit_hold",
                audience="ladder", on_approve="credit_hold"),
    StageConfig(name="demand_letter", anchor="due", days=90, template="ladder_demand",
                audience="ladder"),
    StageConfig(name="collection_agency", anchor="due", days=105,
                template="ladder_collection_agency", audience="ladder"),
    StageConfig(name="settlement_offer", anchor="due", days=120, template="ladder_settlement",
                audience="ladder"),
    StageConfig(name="write_off", anchor="due", days=150, template="", audience="ladder",
                on_approve="write_off"),
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
    # after the last client stage, while money is open and nothing holds it, a statement
    # every this many days: twice the chaser gap, so the debtor is never left silent yet
    # hears from us less often than during the stages (DESIGN.md: 7-10 days at most)
    statement_repeat_days: int = Field(default=14, ge=1)
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

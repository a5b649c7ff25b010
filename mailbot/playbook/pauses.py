"""A reply that needs a person pauses its debtor's chasing until a person handles it;
when nobody has after a number of the company's business days, it becomes a staff task.
The timeout never lifts the pause: only a person does (`mailbot handled`, `done`,
`resume`). Pure."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from mailbot.playbook.calendar import public_holidays
from mailbot.playbook.schedule import ScheduleConfig


def is_business_day(d: date, schedule: ScheduleConfig) -> bool:
    """A working day of the company: its business days, not its country's holidays."""
    country = schedule.holidays_country
    return d.isoweekday() in schedule.business_days and not (
        country and d in public_holidays(country, d.year))


def reply_task_due(arrived: datetime, schedule: ScheduleConfig) -> date:
    """The day a reply that arrived at `arrived` and waits for a person becomes a task:
    the N-th business day of the company after the day it arrived (N =
    reply_timeout_business_days; 0: the day it arrived)."""
    day = arrived.astimezone(schedule.tz).date()
    left = schedule.reply_timeout_business_days
    while left > 0:
        day += timedelta(days=1)
        if is_business_day(day, schedule):
            left -= 1
    return day


def reply_overdue(arrived: datetime, now: datetime, schedule: ScheduleConfig) -> bool:
    return now.astimezone(schedule.tz).date() >= reply_task_due(arrived, schedule)

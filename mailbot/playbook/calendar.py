"""When the bot may write to someone: business days and hours in their own time zone,
and not on a public holiday of the schedule's country. Pure."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from mailbot.playbook.schedule import ScheduleConfig


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

"""When the bot may write to someone: business days and hours in their own time zone,
and not on a public holiday of their country. A debtor's window is its own profile's
(zone, hours, days, country), each falling back to the company's schedule; staff are
written to in the company's window. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from mailbot.domain.values import DebtorView
from mailbot.playbook import country_calendars
from mailbot.playbook.schedule import ScheduleConfig


@dataclass(frozen=True)
class Window:
    """Where and when mail may go: a zone, hours [start, end), ISO weekdays, and the
    country whose public holidays are kept (None: no holidays)."""

    tz: str
    hours: tuple[int, int]
    days: tuple[int, ...]
    country: str | None


def company_window(schedule: ScheduleConfig) -> Window:
    return Window(schedule.timezone, schedule.business_hours, schedule.business_days,
                  schedule.holidays_country)


def debtor_window(debtor: DebtorView, schedule: ScheduleConfig) -> Window:
    return Window(debtor.timezone, debtor.business_hours or schedule.business_hours,
                  debtor.business_days or schedule.business_days,
                  debtor.country or schedule.holidays_country)


@lru_cache(maxsize=64)
def public_holidays(country: str, year: int) -> holidays.HolidayBase | dict[object, str]:
    """The public holidays of `country` in `year`; none for a country the holidays
    package does not know (CLDR knows more countries than it does). Named in English
    whatever the machine: left to itself the package names some countries' holidays in
    their own language on one installation and in English on another. Only the
    country's own calendar is loaded (country_calendars says why)."""
    cls = country_calendars.calendar_class(country)
    if cls is None:
        return {}
    return cls(years=year, language="en_US")


def financial_holidays(market: str, year: int) -> holidays.HolidayBase:
    """The days market `market` (a code such as "XECB", the euro's TARGET) is closed in
    `year`, its calendar alone loaded."""
    cls = country_calendars.calendar_class(market, "financial")
    if cls is None:
        raise LookupError(f"the holidays package has no market {market}")
    return cls(years=year)


def knows_holidays(country: str) -> bool:
    """Whether the holidays package has a calendar for `country` (an ISO code)."""
    return country_calendars.knows(country)


@lru_cache(maxsize=1 << 14)
def closed_because(now: datetime, window: Window) -> str | None:
    """Why no mail may go at `now` in `window` ("weekend", "holiday: Independence Day",
    "outside hours 09-17"), or None when it may. Remembered per (instant, window): a tick
    asks it for every debtor at the same instant, mostly of the same few windows."""
    local = now.astimezone(ZoneInfo(window.tz))
    if window.country:
        name = public_holidays(window.country, local.year).get(local.date())
        if name:
            return f"holiday: {name} ({window.country})"
    if local.isoweekday() not in window.days:
        return "weekend" if local.isoweekday() in (6, 7) else "not a business day"
    start, end = window.hours
    if not start <= local.hour < end:
        return f"outside hours {start:02d}-{end:02d}"
    return None


def is_business_day(now: datetime, window: Window) -> bool:
    """Whether the day of `now` in `window`'s zone is one of its business days and no
    public holiday, whatever the hour (the digest goes out before the office opens)."""
    return closed_because(now, Window(window.tz, (0, 24), window.days, window.country)) is None


def is_open(now: datetime, window: Window) -> bool:
    return closed_because(now, window) is None


def is_business_time(now: datetime, tz: str, schedule: ScheduleConfig) -> bool:
    """Whether `now` is within the schedule's hours, days and holidays in zone `tz`."""
    return is_open(now, Window(tz, schedule.business_hours, schedule.business_days,
                               schedule.holidays_country))

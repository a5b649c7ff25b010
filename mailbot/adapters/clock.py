"""The one place the wall clock is read. Everything else is handed `now` (or a clock
callable), so schedules are tested by running the bot at chosen instants."""

from __future__ import annotations

from datetime import UTC, datetime


def wall_clock() -> datetime:
    return datetime.now(UTC)

"""The command modules by area, one import each: a new area adds its line here."""

from __future__ import annotations

from mailbot.cli import commands  # noqa: F401  (staff commands: do, promise, pause, ...)

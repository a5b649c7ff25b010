"""The command modules by area, one import each: a new area adds its line here."""

from __future__ import annotations

from mailbot.cli import record  # noqa: F401  (timeline, show)

"""The command modules by area, one import each: a new area adds its name here.

commands: staff commands (do, promise, pause, …); onboard: init, doctor, import,
--version; record: timeline, show."""

from __future__ import annotations

from mailbot.cli import commands, onboard, record  # noqa: F401

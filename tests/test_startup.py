"""`mailbot --help` (and every command's argument parsing) starts without loading the
heavy libraries: each command imports what it needs when it runs. The start time itself
is measured by bench/startup.py, not asserted here (timed tests are flaky on a busy box).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# top-level packages that cost tens of milliseconds or more to import, and the mailbot
# modules that pull them in
HEAVY = {
    "sqlmodel", "sqlalchemy", "alembic", "psycopg", "babel", "dateparser", "pypdf",
    "facturx", "lxml", "aiosmtplib", "imapclient", "apscheduler", "jinja2", "py3langid",
    "numpy", "holidays", "structlog", "rich", "tenacity",
    "asyncio", "regex", "tzlocal",
    "mailbot.adapters.config", "mailbot.app.services", "mailbot.adapters.store", "mailbot.adapters.mailbox",
    "mailbot.daemon", "mailbot.adapters.models", "mailbot.reading.classify", "mailbot.reading.extract",
    "mailbot.adapters.render", "mailbot.adapters.smtp",
}


def imported_modules(*args: str) -> tuple[set[str], subprocess.CompletedProcess[str]]:
    """Every module `python -X importtime -m mailbot ARGS` imported, and the process."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "mailbot", *args],
                          capture_output=True, text=True, timeout=60, cwd=ROOT, check=False)
    names = set()
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            name = line.rsplit("|", 1)[1].strip()
            if name != "imported package":  # the header line
                names.add(name)
    return names, proc


def heavy_in(names: set[str], heavy: set[str] = HEAVY) -> list[str]:
    return sorted({n if n.startswith("mailbot.") else n.split(".")[0] for n in names
                   if n in heavy or n.split(".")[0] in heavy})


@pytest.mark.parametrize("args", [("--help",), ("sync", "--help"), ("run", "--help"),
                                  ("tick", "--help")])
def test_help_imports_no_heavy_library(args):
    names, proc = imported_modules(*args)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Usage:" in proc.stdout
    assert "mailbot.cli" in names  # the parse worked: the command line was imported
    assert heavy_in(names) == []


def test_top_level_help_does_not_even_load_pydantic():
    """A command's own --help needs pydantic (Typer builds its options with it); the
    list of commands does not, nor does it need the config's models."""
    names, proc = imported_modules("--help")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert heavy_in(names, HEAVY | {"pydantic", "pydantic_core"}) == []


def test_help_lists_every_command():
    _, proc = imported_modules("--help")
    for command in ("run", "sync", "tick", "digest", "classify", "status", "inbox",
                    "handled", "resume", "paid", "outbox", "retry", "migrate", "demo"):
        assert command in proc.stdout, proc.stdout


def test_the_daemon_never_loads_the_tools():
    """The demo, its throw-away servers and the evaluation helpers live outside the
    runtime path: what `mailbot run` wires together imports none of them."""
    code = ("import sys, mailbot.daemon, mailbot.app.services, mailbot.cli; "
            "print(sorted(m for m in sys.modules if m.startswith('mailbot.tools') "
            "or m.startswith('bench') or m in ('pymap', 'aiosmtpd')))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, cwd=ROOT, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "[]"

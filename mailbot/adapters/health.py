"""The running daemon's view of its servers, kept in a small JSON file that
`mailbot status` (another process) reads: for IMAP, SMTP and the database, whether the
last attempt worked and, while one fails, the last error, since when, how many failures
and when the daemon tries again.

A file, not the store: it must be able to say "the database is unreachable" when the
database is what fails. It sits beside the config file (`config.toml` ->
`config.status.json`), which the daemon and the CLI both know. It is written only when
a part's state changes (not on every retry's success), atomically (write, then rename);
a write that fails (a full disk) is skipped: the daemon's work never depends on it.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

PARTS = ("imap", "smtp", "database")


def status_path(config_path: Path) -> Path:
    return config_path.with_name(config_path.stem + ".status.json")


class Health:
    """Thread-safe: the IMAP watcher (a thread) and the event loop both report here."""

    def __init__(self, path: Path | None, clock: Callable[[], datetime]) -> None:
        self.path = path
        self.clock = clock
        self._lock = threading.Lock()
        self.parts: dict[str, dict[str, Any]] = {}
        self.doc: dict[str, Any] = {"pid": os.getpid(), "started_at": clock().isoformat(),
                                    "parts": self.parts}
        self._write()

    def failing(self, part: str, error: str, retry_in: float) -> None:
        """`part` failed with `error`; the daemon tries again in `retry_in` seconds."""
        now = self.clock()
        with self._lock:
            old = self.parts.get(part, {})
            failing = old.get("state") == "backoff"
            self.parts[part] = {
                "state": "backoff",
                "last_error": " ".join(error.split())[:300],
                "failing_since": old["failing_since"] if failing else now.isoformat(),
                "failures": old.get("failures", 0) + 1 if failing else 1,
                "next_retry_at": (now + timedelta(seconds=retry_in)).isoformat(),
                "last_ok_at": old.get("last_ok_at"),
            }
            self._write()

    def ok(self, part: str) -> None:
        """`part` worked; written only when it was failing (or never reported)."""
        with self._lock:
            if self.parts.get(part, {}).get("state") == "ok":
                return
            self.parts[part] = {"state": "ok", "last_ok_at": self.clock().isoformat()}
            self._write()

    def state(self, part: str) -> str | None:
        with self._lock:
            return self.parts.get(part, {}).get("state")

    def _write(self) -> None:
        if self.path is None:
            return
        self.doc["updated_at"] = self.clock().isoformat()
        tmp = self.path.with_name(self.path.name + ".tmp")
        with contextlib.suppress(OSError):  # e.g. the disk is full: say nothing rather than die
            tmp.write_text(json.dumps(self.doc, indent=1), encoding="utf-8")
            os.replace(tmp, self.path)


def read(path: Path) -> dict[str, Any] | None:
    try:
        doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return doc


def _alive(pid: int) -> bool:
    """Whether the daemon that wrote the file still runs (not another process that was
    given its pid since, where /proc tells)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # someone else's process: it exists
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return b"mailbot" in f.read()
    except OSError:
        return True  # no /proc here: trust the pid


def describe(doc: dict[str, Any], now: datetime) -> list[str]:
    """What `mailbot status` prints of a status file: one line for the daemon, one per
    part that is failing (the error, since when, the next retry)."""
    pid = int(doc.get("pid", 0))
    if not pid or not _alive(pid):
        return [f"daemon: not running (pid {pid} last wrote {doc.get('updated_at', '?')})"]
    lines = [f"daemon: running (pid {pid}, since {_short(doc.get('started_at'), now)})"]
    for part in PARTS:
        p = doc.get("parts", {}).get(part)
        if p is None:
            continue
        name = {"imap": "IMAP", "smtp": "SMTP"}.get(part, part)
        if p.get("state") != "backoff":
            lines.append(f"  {name}: ok")
            continue
        retry = _short(p.get("next_retry_at"), now)
        lines.append(f"  {name}: FAILING since {_short(p.get('failing_since'), now)} "
                     f"({p.get('failures', 1)} failure(s)), next retry {retry}: "
                     f"{p.get('last_error', '')}")
    return lines


def _short(iso: object, now: datetime) -> str:
    """An instant as people read it here: the time, and how far from now."""
    if not isinstance(iso, str):
        return "?"
    try:
        at = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    seconds = (at - now).total_seconds()
    ago = f"in {seconds:.0f} s" if seconds >= 0 else f"{-seconds:.0f} s ago"
    return f"{at.astimezone(now.tzinfo):%Y-%m-%d %H:%M:%S} ({ago})"

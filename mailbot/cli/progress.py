"""What `mailbot sync` says as it goes: one line per message (sender, subject, what it
was understood as), under a progress bar when a first sync has many messages to read
and the output is a terminal. Imported when the command runs."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mailbot.app.results import IngestResult

MANY = 25  # a sync with at least this many new messages shows a progress bar (terminal)


def line(r: IngestResult) -> str:
    if r.status == "duplicate":
        return f"{r.status:11} {r.summary}"
    kind, _, rest = r.summary.partition("; ")
    what = r.summary if r.status == "quarantined" else \
        kind.replace("_", " ") + (f": {rest}" if rest else "")
    return f"{r.status:11} {r.sender or '?'}: {r.subject or '(no subject)'} -> {what}"


class SyncReport:
    def __init__(self, out: Any) -> None:
        self.out = out
        self.total: int | None = None
        self.done = 0
        self.bar: Any = None
        self.task: Any = None

    def found(self, n: int) -> None:
        if self.total is None:
            self.total = n
            if n >= MANY and sys.stdout.isatty():
                from rich.console import Console
                from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

                console = Console(markup=False, highlight=False)
                self.bar = Progress(TextColumn("reading mail"), BarColumn(),
                                    MofNCompleteColumn(), console=console, transient=True)
                self.bar.start()
                self.task = self.bar.add_task("sync", total=n)
        elif self.done + n > self.total:  # more arrived while reading
            self.total = self.done + n
            if self.bar is not None:
                self.bar.update(self.task, total=self.total)

    def result(self, r: IngestResult) -> None:
        self.done += 1
        if self.bar is not None:
            self.bar.console.print(line(r), markup=False, highlight=False, soft_wrap=True)
            self.bar.advance(self.task)
        else:
            self.out.print(line(r))

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()

"""What a bench hands to `bench.run`: its figures, each beside its limit, as JSON.

Every bench keeps printing for people; given `--json PATH` it also writes
{"bench", "about", "figures": [...], "sets": [...]} there. A figure carries the value as
printed, its limit as printed (None: shown for reference, no limit) and whether it is
within it, judged by the bench itself, so the limits stay where they are defined.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    text: str  # the value as the bench prints it, with its unit
    limit: str | None = None  # as printed; None when the figure has no limit
    ok: bool = True

    @property
    def over(self) -> bool:
        return self.limit is not None and not self.ok


def add_json_option(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--json", type=Path, metavar="PATH",
                    help="also write the figures to PATH as JSON (for python -m bench.run)")


def write(path: Path | None, bench: str, about: str, figures: Sequence[Figure] = (),
          **extra: Any) -> None:
    """Write the figures to `path`, if the bench was asked to (`--json PATH`)."""
    if path is None:
        return
    doc = {"bench": bench, "about": about, "figures": [asdict(f) for f in figures], **extra}
    path.write_text(json.dumps(doc, indent=1, default=str) + "\n", encoding="utf-8")


def read(path: Path) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    doc["figures"] = [Figure(**f) for f in doc.get("figures", [])]
    return doc

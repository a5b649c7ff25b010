"""Rich tables for people (status, debtors, show): identifiers are never cut or folded
(`paid`, `resume` and `pause` need them whole), amounts are formatted for reading, with
totals per currency. Imported by commands when they run (Rich costs start-up time)."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from rich.table import Table

from mailbot.domain.money import format_money


def table(*columns: str | tuple[str, dict[str, Any]], title: str | None = None) -> Table:
    t = Table(title=title, title_justify="left", show_edge=False, pad_edge=False)
    for c in columns:
        name, opts = (c, {}) if isinstance(c, str) else c
        t.add_column(name, **opts)
    return t


def whole(values: Iterable[str], header: str = "") -> dict[str, Any]:
    """Column options for identifiers: one line, never narrower than the longest."""
    return {"no_wrap": True, "overflow": "fold",
            "min_width": max([len(header), *(len(v) for v in values)])}


ONE_LINE: dict[str, Any] = {"no_wrap": True}  # dates, ages: short, never cut (see fit)


def amount() -> dict[str, Any]:
    return {"justify": "right", "no_wrap": True}


def money(value: Decimal | None, currency: str) -> str:
    return "-" if value is None else format_money(value, currency)


def totals(amounts: Iterable[tuple[Decimal, str]]) -> list[str]:
    """Each currency's sum, formatted, in alphabetical order of the currency."""
    sums: dict[str, Decimal] = {}
    for value, currency in amounts:
        sums[currency] = sums.get(currency, Decimal(0)) + value
    return [format_money(v, c) for c, v in sorted(sums.items())]


def fit(t: Table) -> Table:
    """`t`, ready to print: each one-line column (identifiers, amounts, dates) at least
    as wide as its widest cell, so nothing in it is ever cut; on a terminal too narrow
    for that, the table is wider than the terminal (which wraps the lines) rather than
    cut. Piped output is printed at its natural width anyway (mailbot.cli._Out)."""
    need = 0
    for c in t.columns:
        widest = max([len(str(c.header)), *(len(str(x)) for x in c.cells)])
        if c.no_wrap:
            c.min_width = widest
        need += c.min_width if c.no_wrap and c.min_width else min(widest, 8)
    need += 3 * (len(t.columns) - 1)  # " │ " between columns
    if sys.stdout.isatty() and need > shutil.get_terminal_size().columns:
        t.width = need
    return t

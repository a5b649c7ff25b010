"""`mailbot timeline` (a debtor's court-ready record) and `mailbot show` (everything
about one debtor or invoice)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from mailbot.cli import ConfigOpt, NowOpt, app, fail, open_bot, out, parse_now


@app.command()
def timeline(
    target: Annotated[str, typer.Argument(
        help="A debtor (name, contact address or id) or one of its invoice numbers.")],
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help="html, pdf or json.")] = "html",
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write it here (default: standard output).")] = None,
    font: Annotated[Path | None, typer.Option(
        "--font", help="A TrueType font for the PDF (default: DejaVu Sans).")] = None,
    config: ConfigOpt = Path("config.toml"), now: NowOpt = None) -> None:
    """A debtor's record for a lawyer or a court: every message in and out (the original
    attached, identified by its SHA-256), every change of state with its cause, every
    promise, payment and staff command, in order, in the company's time zone."""
    from mailbot.app import record

    if fmt not in ("html", "pdf", "json"):
        fail(f"--format {fmt!r}: give html, pdf or json")
    bot = open_bot(config, sending=False)
    rec = record.build(bot.config, bot.store, target, parse_now(now, bot.config))
    data = record.render(rec, fmt, font)
    if output is None:
        if fmt == "pdf" and sys.stdout.isatty():
            fail("a PDF is not for the terminal: give --output FILE.pdf")
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    try:
        output.write_bytes(data)
    except OSError as e:
        fail(f"{output}: cannot write the record: {e.strerror}")
    messages = sum(1 for e in rec.entries if e.message is not None)
    out.print(f"record of {rec.debtor} written to {output.resolve()}: {len(rec.entries)} "
              f"entries, {messages} message(s)")

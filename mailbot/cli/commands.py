"""Staff commands on the command line: the same grammar (mailbot.reading.commands) and
handlers (mailbot.app.commands) as the commands staff send by mail.

`mailbot do "paid INV-1 500" "pause ACME 14d"` runs lines as written in a mail; each
word (`mailbot promise INV-1 2026-12-15`, `mailbot pause Acme GmbH 14d`, ...) is the line
of that word. Each command is its own transaction; one that cannot be done says why on
stderr and makes the exit code 2, the others are still carried out.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from mailbot.cli import ConfigOpt, NowOpt, app, error_line, open_bot, out, parse_now

WhoOpt = Annotated[str, typer.Option("--by", envvar="USER", help="Who does this (for the log).")]
Words = Annotated[list[str], typer.Argument(help="The rest of the command's line.")]


def carry_out(config: Path, now: str | None, by: str, lines: list[str], *,
              prefix: bool = False, **overrides: Any) -> None:
    """Read `lines` with the grammar, carry each out, print what happened. `overrides`:
    options only the command line has (e.g. flags={"keep_paused"}), set on each command."""
    import dataclasses

    from mailbot.reading.commands import Command, parse_lines

    bot = open_bot(config, sending=False)
    when = parse_now(now, bot.config)
    today = when.astimezone(bot.config.schedule.tz).date()
    items = [dataclasses.replace(i, **overrides) if overrides and isinstance(i, Command) else i
             for i in parse_lines(lines, today)]
    failed = 0
    for r in bot.commands.run_lines(items, when, by):
        if r.done:
            out.print(f"{r.line}: {r.said}" if prefix else r.said)
        else:
            failed += 1
            print(error_line(f"{r.line}: {r.said}" if prefix else r.said), file=sys.stderr)
    if failed:
        raise typer.Exit(2)


@app.command("do")
def do(lines: Annotated[list[str], typer.Argument(
           help="Command lines, as in a mail to the bot: \"paid INV-1 500\" \"pause ACME "
                "14d\" (see README, Commands by email).")],
       config: ConfigOpt = Path("config.toml"), now: NowOpt = None,
       by: WhoOpt = "staff") -> None:
    """Carry out staff commands written as in a mail to the bot, one per argument."""
    carry_out(config, now, by, lines, prefix=True)


def _word(word: str, doc: str) -> None:
    def command(args: Words, config: ConfigOpt = Path("config.toml"), now: NowOpt = None,
                by: WhoOpt = "staff") -> None:
        carry_out(config, now, by, [" ".join([word, *args])])

    command.__doc__ = doc
    command.__name__ = word
    app.command(word)(command)


_word("promise", "Record a client's promise to pay an invoice by a date: PROMISE INV-1 "
                 "2026-12-15. Not chased until then (plus the grace days); a task if "
                 "nothing came.")
_word("dispute", "Record that a client disputes an invoice: DISPUTE INV-1 [reason...]. Not "
                 "chased until `mailbot resolve INV-1`.")
_word("resolve", "A dispute is settled: RESOLVE INV-1. Chasing resumes.")
_word("pause", "Pause chasing a client (or one invoice) for a while: PAUSE ACME 14d | 2w | "
               "until 2027-01-10.")
_word("lang", "Write to a client in another language: LANG ACME de.")
_word("tz", "Set a client's time zone: TZ ACME Asia/Jakarta.")
_word("contact", "Add or remove a client's address: CONTACT ACME add|remove "
                 "billing@acme.example.")
_word("note", "Write a note on an invoice (or client) for the record: NOTE INV-1 text...")
_word("writeoff", "Write an invoice off: WRITEOFF INV-1. Nothing more is chased.")
_word("resend", "Send the last letter about an invoice again (once; not while it is still "
                "on its way): RESEND INV-1.")

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


@app.command()
def show(target: Annotated[str, typer.Argument(
             help="A debtor (name, contact address or id) or an invoice number.")],
         config: ConfigOpt = Path("config.toml"), now: NowOpt = None) -> None:
    """Everything about one debtor (or an invoice's debtor): contacts, language, zone,
    kind of payer, invoices with what is open, promises and holds, open tasks, the last
    messages, and what the bot will do next."""
    from mailbot.app.overview import overview
    from mailbot.cli import tables as t
    from mailbot.playbook.forecast import describe

    bot = open_bot(config, sending=False)
    when = parse_now(now, bot.config)
    o = overview(bot.config, bot.store, bot.reports, target, when)
    out.print(f"{o.name} (debtor {o.debtor_id})"
              + (f", asked about invoice {o.asked_for}" if o.asked_for else ""))
    width = max(len(k) for k, _ in o.facts)
    for label, value in o.facts:
        out.print(f"  {label:<{width}}  {value}")
    out.print("")
    contacts = t.table(("contact", t.whole([c[0] for c in o.contacts], "contact")), "name",
                       "state")
    for c in o.contacts:
        contacts.add_row(*c)
    out.print(t.fit(contacts))
    out.print("")
    invoices = t.table(("invoice", t.whole([i["number"] for i in o.invoices], "invoice")),
                       "state", ("amount", t.amount()), ("open", t.amount()),
                       ("due", t.ONE_LINE), ("age", t.ONE_LINE), "hold")
    for i in o.invoices:
        invoices.add_row(i["number"], i["state"], i["amount"], i["open"], str(i["due"]),
                         i["age"], i["hold"])
    out.print(t.fit(invoices))
    still = [(i["open_value"], i["currency"]) for i in o.invoices
             if i["state"] in ("open", "partial", "disputed")]
    out.print(f"open: {', '.join(t.totals(still)) or 'nothing'} "
              f"({len(still)} of {len(o.invoices)} invoice(s))")
    out.print("")
    out.print("promises:" if o.promises else "promises: none")
    for when_, what in o.promises:
        out.print(f"  {when_}  {what}")
    out.print("open tasks:" if o.tasks else "open tasks: none")
    tz = bot.config.schedule.tz
    for task in o.tasks:
        out.print(f"  {task.id:>5}  {task.created_at.astimezone(tz):%Y-%m-%d}  "
                  f"{task.kind.replace('_', ' ')}: {task.summary}")
    out.print("last messages:" if o.messages else "last messages: none")
    for m in o.messages:
        arrow = "<-" if m["direction"] == "in" else "->"
        out.print(f"  {m['id']:>5}  {m['at']:%Y-%m-%d %H:%M}  {arrow} {m['who']}: "
                  f"{m['subject']}  [{m['kind']}{', needs a human' if m['waiting'] else ''}]")
    out.print("next:" if o.next_steps else "next: nothing planned")
    for step in o.next_steps:
        out.print(f"  {describe(step)}")

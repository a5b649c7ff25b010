"""The command line (Typer). Thin: parse arguments, call one function, print.

Every failure ends the command with one clear line on stderr and exit code 2.

Only Typer is imported up front: each command imports what it needs when it runs, so
that `mailbot --help` (and a mistyped option) answers at once (see bench/startup.py).
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from mailbot.adapters import logs
from mailbot.errors import MailbotError, explain

if TYPE_CHECKING:
    from mailbot.adapters.config import Config
    from mailbot.app.results import TickReport
    from mailbot.app.services import App

# rich_markup_mode=None: plain help; Typer would otherwise import Rich to draw it
app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  rich_markup_mode=None,
                  help="mailbot: an accounts-receivable assistant that lives in a mailbox.")


class _Out:
    """stdout through Rich, made on first use (importing Rich costs tens of ms).

    Plain text: subjects and summaries hold "[...]" that Rich would eat as markup (or
    fail on), and piped output must not be re-wrapped at 80 columns."""

    def print(self, *objects: object) -> None:
        from rich.console import Console

        # piped: tables at their natural width, never cut to 80 columns
        console = Console(markup=False, highlight=False, soft_wrap=True,
                          width=None if sys.stdout.isatty() else 1000)
        self.print = console.print  # type: ignore[method-assign]
        console.print(*objects)


out = _Out()

ConfigOpt = Annotated[Path, typer.Option("--config", "-c", envvar="MAILBOT_CONFIG",
                                         help="Path of config.toml.")]
NowOpt = Annotated[str | None, typer.Option(
    "--now", help="The instant to act as, ISO 8601 (local time of the configured time zone "
                  "unless it has an offset). Default: the clock.")]


def fail(message: str) -> NoReturn:
    print(error_line(message), file=sys.stderr)
    raise typer.Exit(2)


def error_line(message: object) -> str:
    """One line, whatever the message: drivers' errors often span several."""
    return "mailbot: error: " + " ".join(str(message).split())


def parse_now(value: str | None, cfg: Config) -> datetime:
    if value is None:
        from mailbot.adapters.clock import wall_clock

        return wall_clock()
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        fail(f"--now {value!r} is not an ISO 8601 date or date-time")
    return dt if dt.tzinfo else dt.replace(tzinfo=cfg.schedule.tz)


def open_bot(config_path: Path, *, sending: bool = True) -> App:
    from mailbot.adapters.config import load_config

    logs.setup_once("warning")
    cfg = load_config(config_path)
    from mailbot.adapters.smtp import SmtpSender
    from mailbot.adapters.store import Store
    from mailbot.app.services import App

    store = Store(cfg.database.url)
    store.check_schema()  # never creates one: `mailbot migrate` (or init, run) does
    sender = None
    if sending:
        from mailbot.adapters.mailbox import tls_context

        ctx = tls_context(cfg.smtp.ca_file) if cfg.smtp.security != "plain" else None
        sender = SmtpSender(cfg.smtp, sender=cfg.mailbox.address, tls_context=ctx)
    return App(cfg, store, sender)


@app.command()
def run(config: ConfigOpt = Path("config.toml"),
        log_json: Annotated[bool, typer.Option("--log-json")] = False) -> None:
    """Run the daemon: watch the inbox, tick on schedule, send the digest."""
    import asyncio

    logs.setup("info", json=log_json)
    from mailbot.adapters.config import load_config
    from mailbot.app.doctor import check_before_run
    from mailbot.daemon import run_daemon

    # fail fast, with the doctor's line, on a wrong password or a server that does not
    # answer (IMAP or SMTP), before going to background; then create or upgrade the schema
    check_before_run(load_config(config))
    migrate(config, quiet=True)
    from mailbot.adapters.clock import wall_clock
    from mailbot.adapters.health import Health, status_path

    # what `mailbot status` shows of the servers: the daemon's backoff, the last error
    health = Health(status_path(config), wall_clock)
    asyncio.run(run_daemon(open_bot(config), health=health))


@app.command()
def sync(config: ConfigOpt = Path("config.toml"), now: NowOpt = None) -> None:
    """Process new mail once and exit."""
    bot = open_bot(config, sending=False)
    from mailbot.adapters.mailbox import sync_once
    from mailbot.cli.progress import SyncReport

    when = parse_now(now, bot.config)
    report = SyncReport(out)  # each message as it is read: who, what about, what it was
    try:
        results = sync_once(bot.config.imap, bot.store, bot.inbox.ingest, lambda: when,
                            on_result=report.result, on_found=report.found,
                            batches=bot.inbox.batches)
    finally:
        report.close()
    out.print(f"{len(results)} new message(s)")


@app.command()
def tick(config: ConfigOpt = Path("config.toml"), now: NowOpt = None,
         dry_run: Annotated[bool, typer.Option("--dry-run", help="Only print the plan.")] = False,
         ) -> None:
    """Run the schedule once at --now: exactly what the daemon would do at that instant."""
    import asyncio

    bot = open_bot(config, sending=not dry_run)
    when = parse_now(now, bot.config)
    if dry_run:
        from mailbot.app.dryrun import plan_in_words

        lines = plan_in_words(bot, when)
        for line in lines:
            out.print(line)
        out.print(f"{len(lines)} thing(s) due" if lines else
                  f"nothing is due at {when.astimezone(bot.config.schedule.tz):%Y-%m-%d %H:%M}")
        return
    report = asyncio.run(bot.tick(when))
    for row in report.sent:
        out.print(f"sent    {row.kind:12} to {', '.join(row.recipients)}: {row.subject}")
    for row in report.failed:
        out.print(f"FAILED  {row.kind:12} to {', '.join(row.recipients)}: {row.subject}")
    for row in report.uncertain:
        out.print(f"UNSURE  {row.kind:12} to {', '.join(row.recipients)}: {row.subject}")
    for row in report.cancelled:
        out.print(f"dropped {row.kind:12} to {', '.join(row.recipients)}: {row.subject}")
    for note in report.notes:
        out.print(f"noted   {note}")
    for failure in report.failed_actions:  # kept for staff: `mailbot status`, the digest
        out.print(f"FAILED  {failure}")
    out.print(f"{len(report.sent)} sent, {len(report.failed)} failed"
              + (f", {len(report.uncertain)} uncertain" if report.uncertain else ""))
    fail_on_errors(report)


def fail_on_errors(report: TickReport) -> None:
    if report.uncertain:
        fail(f"{len(report.uncertain)} mail(s) may or may not have been delivered (not sent "
             f"again; see `mailbot outbox`): {report.errors[0]}")
    if report.failed:
        fail(f"{len(report.failed)} mail(s) not sent, kept in the outbox: {report.errors[0]}")


@app.command()
def digest(config: ConfigOpt = Path("config.toml"), now: NowOpt = None,
           send: Annotated[bool, typer.Option("--send", help="Mail it to staff.")] = False,
           out_file: Annotated[Path | None, typer.Option("--out", help="Write HTML here.")]
           = None) -> None:
    """Build the daily digest; print it, write it as HTML, or send it."""
    import asyncio

    bot = open_bot(config, sending=send)
    when = parse_now(now, bot.config)
    rendered = bot.reports.render_digest(when)
    if out_file is not None:
        try:
            out_file.write_text(rendered.html, encoding="utf-8")
        except OSError as e:
            fail(f"{out_file}: cannot write the digest: {e.strerror}")
        out.print(f"digest written to {out_file.resolve()}")
    if send:
        if not bot.config.staff.digest_to:
            fail("staff.digest_to is empty: nobody to send the digest to")
        report = asyncio.run(bot.send_digest(when))
        out.print(f"{len(report.sent)} sent, {len(report.failed)} failed")
        fail_on_errors(report)
    if out_file is None and not send:
        out.print(rendered.subject)
        out.print(rendered.text)


@app.command()
def classify(
    files: Annotated[list[Path], typer.Argument(help="Messages (.eml) to read.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    context: Annotated[Path | None, typer.Option(
        "--context", help="A TOML file saying who is staff, notifier, known client "
                          "(see tests/data/eval/context.toml).")] = None,
    config: Annotated[Path | None, typer.Option(
        "--config", "-c", help="Take staff, notifiers and trust from this config.")] = None,
) -> None:
    """Say what each message is and what it says. Needs no database and no server."""
    import json

    from mailbot.adapters.config import load_config
    from mailbot.reading.classify import as_record
    from mailbot.reading.classify import classify as understand
    from mailbot.reading.context import Context
    from mailbot.reading.parse import ParseError, parse_message

    logs.setup_once("warning")
    ctx = Context(bot_address="")
    if context is not None:
        from mailbot.tools.evaluation import load_context

        try:
            ctx = load_context(context)
        except (OSError, ValueError) as e:
            fail(f"{context}: {e}")
    elif config is not None:
        from mailbot.app.context import context_from_config

        ctx = context_from_config(load_config(config))
    failed = 0
    for path in files:
        try:
            raw = path.read_bytes()
        except OSError as e:
            print(error_line(f"{path}: {e.strerror}"), file=sys.stderr)
            failed += 1
            continue
        try:
            record = as_record(understand(parse_message(raw), ctx), str(path))
        except ParseError as e:
            record = {"file": str(path), "kind": "other", "needs_human": True,
                      "confidence": 0.0, "reason": f"unreadable: {e}"}
        if as_json:
            print(json.dumps(record, ensure_ascii=False))
        else:
            facts = ", ".join(f"{k}={v}" for k, v in record.items()
                              if k not in ("file", "kind") and v not in (None, [], False))
            out.print(f"{path}: {record['kind']}  {facts}")
    if failed:
        raise typer.Exit(2)


@app.command()
def status(config: ConfigOpt = Path("config.toml"), now: NowOpt = None) -> None:
    """The daemon and its servers (failing, next retry), then open invoices by debtor
    and age, the most urgent debtor first."""
    from mailbot.adapters import health
    from mailbot.cli import tables as t
    from mailbot.playbook.profile import missing_rate

    # first, and without the database: it may be the database that fails
    doc = health.read(health.status_path(config))
    if doc is not None:
        from mailbot.adapters.clock import wall_clock

        for line in health.describe(doc, wall_clock()):  # the live daemon: not --now
            out.print(line)
    bot = open_bot(config, sending=False)
    when = parse_now(now, bot.config)
    company = bot.config.company.currency
    rows = bot.reports.status(when)  # the most urgent debtor first
    table = t.table(("debtor", t.whole([r["debtor"] for r in rows], "debtor")), "kind",
                    ("invoice", t.whole([r["number"] for r in rows], "invoice")),
                    ("open", t.amount()), (f"in {company}", t.amount()),
                    ("due", t.ONE_LINE), ("age", t.ONE_LINE), "state")
    for r in rows:
        table.add_row(r["debtor"], r["kind"], r["number"], t.money(r["balance"], r["currency"]),
                      "no rate" if r["in_company"] is None else t.money(r["in_company"], company),
                      str(r["due_date"]), r["age"], r["state"])
    out.print(t.fit(table))
    if rows:
        out.print("total open: " + ", ".join(t.totals((r["balance"], r["currency"])
                                                       for r in rows)))
    out.print(f"{len(rows)} open invoice(s)")
    for cur in sorted({r["currency"] for r in rows if r["in_company"] is None}):
        out.print(f"NOTE    {missing_rate(cur, bot.config.company.currency)}")
    for f in bot.reports.failures(when):  # what the schedule could not do: staff must look
        out.print(f"FAILED  {f['action']} ({f['debtor']}): {f['error']}")
    from mailbot.app import staff

    problems = staff.outbox_problems(bot.store)
    if problems:  # mail that may or may not have gone out is never left unsaid
        out.print(", ".join(f"{n} mail(s) {k}" for k, n in problems.items())
                  + ": see `mailbot outbox`, then `mailbot retry ID`")


@app.command()
def debtors(config: ConfigOpt = Path("config.toml"), now: NowOpt = None) -> None:
    """Debtors with open money, the most urgent first: kind of payer, open amount (per
    currency and in the company's), days late of the oldest invoice, priority."""
    from mailbot.cli import tables as t

    bot = open_bot(config, sending=False)
    rows, notes = bot.reports.debtors(parse_now(now, bot.config))
    company = bot.config.company.currency
    table = t.table(("debtor", t.whole([r["debtor"] for r in rows], "debtor")), "kind",
                    ("open", t.amount()), (f"in {company}", t.amount()),
                    ("oldest", t.ONE_LINE), ("invoices", {"justify": "right"}),
                    ("priority", {"justify": "right"}))
    for r in rows:
        table.add_row(r["debtor"], r["kind"],
                      ", ".join(t.money(v, c) for c, v in sorted(r["open"].items())),
                      " + ".join(([t.money(r["in_company"], company)] if r["in_company"] or not
                                  r["unconverted"] else [])
                                 + [f"no rate for {c}" for c in r["unconverted"]]),
                      f"{r['oldest_late']} d late" if r["oldest_late"] > 0
                      else f"due in {-r['oldest_late']} d", str(r["invoices"]),
                      f"{r['priority']:.0f}")
    out.print(t.fit(table))
    if rows:
        out.print("total open: " + ", ".join(t.totals(
            (v, c) for r in rows for c, v in r["open"].items())))
    out.print(f"{len(rows)} debtor(s) with open invoices")
    for note in notes:
        out.print(f"NOTE    {note}")


WhoOpt = Annotated[str, typer.Option("--by", envvar="USER", help="Who does this (for the log).")]
KeepPausedOpt = Annotated[bool, typer.Option(
    "--keep-paused", help="Handled, but the client's chasing stays paused (lift it later "
                          "with `mailbot resume INVOICE`).")]


@app.command()
def inbox(config: ConfigOpt = Path("config.toml")) -> None:
    """Messages that need a human and nobody has marked handled."""
    from mailbot.app import staff

    bot = open_bot(config, sending=False)
    rows = staff.pending(bot.store)
    for p in rows:
        out.print(f"{p.id:6}  {p.recorded_at:%Y-%m-%d %H:%M}  {p.kind:20} {p.sender}: "
                  f"{p.subject}  [{p.reason}]")
    out.print(f"{len(rows)} message(s) need a human")


@app.command()
def handled(ids: Annotated[list[int], typer.Argument(help="Message ids from `mailbot inbox`.")],
            config: ConfigOpt = Path("config.toml"), now: NowOpt = None,
            by: WhoOpt = "staff", keep_paused: KeepPausedOpt = False) -> None:
    """Mark messages as dealt with: they leave the digest's "needs a human" list, and a
    reply that paused its client's chasing no longer does."""
    from mailbot.cli.commands import carry_out  # the grammar and handlers of `mailbot do`

    carry_out(config, now, by, [" ".join(["handled", *map(str, ids)])],
              flags=frozenset({"keep_paused"} if keep_paused else ()))


@app.command("tasks")
def tasks_(config: ConfigOpt = Path("config.toml")) -> None:
    """What staff must do or decide: calls, broken promises, disputes, overpayments, ...
    Each stays listed until `mailbot done ID` or until events make it moot."""
    from mailbot.app import tasks

    bot = open_bot(config, sending=False)
    rows = tasks.open_tasks(bot.store)
    tz = bot.config.schedule.tz
    for t in rows:
        about = ", ".join(x for x in (t.debtor, t.invoice) if x) or "-"
        out.print(f"{t.id:6}  {t.created_at.astimezone(tz):%Y-%m-%d}  "
                  f"{t.kind.replace('_', ' '):15} {about}: {t.summary}")
    out.print(f"{len(rows)} open task(s)")


@app.command()
def done(ids: Annotated[list[int], typer.Argument(help="Task ids from `mailbot tasks`.")],
         note: Annotated[str, typer.Option(help="What was done (for the record).")] = "",
         config: ConfigOpt = Path("config.toml"), now: NowOpt = None,
         by: WhoOpt = "staff", keep_paused: KeepPausedOpt = False) -> None:
    """Mark tasks done: they leave the task list and the digest. A reply task done is its
    reply handled (the pause lifts); a dispute, paid claim or plan request stays held
    until `mailbot paid` or `mailbot resume`."""
    from mailbot.cli.commands import carry_out  # the grammar and handlers of `mailbot do`

    carry_out(config, now, by, [" ".join(["done", *map(str, ids)])], text=note,
              flags=frozenset({"keep_paused"} if keep_paused else ()))


@app.command()
def approve(task: Annotated[int, typer.Argument(help="A ladder task's id from `mailbot tasks`.")],
            amount: Annotated[str | None, typer.Option(
                help="A settlement's amount, when you offer one.")] = None,
            show: Annotated[bool, typer.Option(
                "--show", help="Print the drafted letter; change and send nothing.")] = False,
            config: ConfigOpt = Path("config.toml"), now: NowOpt = None,
            by: WhoOpt = "staff") -> None:
    """Carry out a step of the ladder: queue its drafted letter (in the client's language)
    for the next send; a credit hold also flags the client; a write-off sends nothing."""
    from decimal import Decimal, InvalidOperation

    from mailbot.app import ladder

    try:
        offered = Decimal(amount) if amount is not None else None
    except InvalidOperation:
        fail(f"--amount {amount!r} is not a number")
    if not show:
        from mailbot.cli.commands import carry_out

        carry_out(config, now, by, [f"approve {task}"], amount=offered)
        return
    bot = open_bot(config, sending=False)
    done = ladder.approve(bot.store, bot.scheduler, task, parse_now(now, bot.config), by,
                          amount=offered, show=show)
    if show:
        from email import message_from_bytes, policy

        if done.raw is None:
            out.print(f"task {done.task_id} ({done.invoice}): sends nothing when approved")
            return
        letter = message_from_bytes(done.raw, policy=policy.default)
        body = letter.get_body(preferencelist=("plain",))
        out.print(f"To: {letter['To']}\nSubject: {letter['Subject']}\n")
        out.print(body.get_content() if body is not None else "")
        return
    out.print(f"task {done.task_id} ({done.invoice}): {done.outcome}")


@app.command()
def resume(invoice: str, config: ConfigOpt = Path("config.toml"), now: NowOpt = None,
           by: WhoOpt = "staff", unstop: Annotated[bool, typer.Option(
               "--unstop", help="Also lift the client's \"stop contacting me\" (only when "
                                "they agreed to hear from us again).")] = False) -> None:
    """Chase an invoice (or every open invoice of a client) again after a hold (promise,
    claim, dispute, plan request, pause); its tasks about them are done."""
    from mailbot.cli.commands import carry_out  # the grammar and handlers of `mailbot do`

    carry_out(config, now, by, [f"resume {invoice}"],
              flags=frozenset({"unstop"} if unstop else ()))


@app.command()
def paid(invoice: str, more: Annotated[list[str] | None, typer.Argument(
             help="[AMOUNT] [DATE]: what was received (default the whole balance) and when "
                  "(default today).")] = None,
         amount: Annotated[str | None, typer.Option(
             help="The amount received; default the whole balance.")] = None,
         config: ConfigOpt = Path("config.toml"), now: NowOpt = None,
         by: WhoOpt = "staff") -> None:
    """Record a payment staff have confirmed; a thank-you follows on the next tick."""
    from mailbot.cli.commands import carry_out  # the grammar and handlers of `mailbot do`

    carry_out(config, now, by, [" ".join(["paid", invoice, *([amount] if amount else []),
                                          *(more or [])])])


@app.command("plan")
def plan_(target: Annotated[str, typer.Argument(
              help="A debtor (name, contact address or id) or an invoice number.")],
          days: Annotated[int, typer.Option(help="How far ahead.", min=1, max=3660)] = 120,
          config: ConfigOpt = Path("config.toml"), now: NowOpt = None) -> None:
    """The timeline the playbook will follow for a debtor from now, if nothing changes
    (no payment, no reply): each mail, its reason, and what moved it from its date."""
    from mailbot.app.timeline import timeline
    from mailbot.playbook.forecast import describe

    bot = open_bot(config, sending=False)
    when = parse_now(now, bot.config)
    t = timeline(bot.config, bot.store, target, when, days)
    d, w = t.debtor, t.window
    def src(f: str) -> str:
        return t.sources.get(f, "default")
    out.print(f"{d.name}: zone {w.tz} ({src('timezone')}), holidays {w.country or '-'} "
              f"({src('country')}), language {d.language} ({src('language')}), hours "
              f"{w.hours[0]:02d}-{w.hours[1]:02d} ({src('business_hours')}), days "
              f"{','.join(map(str, w.days))} ({src('business_days')})")
    out.print(f"from {when.astimezone(bot.config.schedule.tz).isoformat(timespec='minutes')}"
              f" for {days} days; times are the debtor's (staff notices: the company's)")
    for step in t.steps:
        out.print(describe(step))
    if not t.steps:
        out.print("nothing to send")


@app.command()
def installments(
        invoice: str,
        amounts: Annotated[str | None, typer.Argument(
            help="The installments: 3x500, or 500+500+300; they must add up to the open "
                 "balance.")] = None,
        every: Annotated[str, typer.Argument(
            help="monthly, weekly, biweekly, or every N days (10d).")] = "monthly",
        first: Annotated[str | None, typer.Option(
            "--from", help="The first installment's due date (YYYY-MM-DD).")] = None,
        cancel: Annotated[bool, typer.Option(
            "--cancel", help="End the invoice's plan: chasing follows its due date again.")
        ] = False,
        config: ConfigOpt = Path("config.toml"), now: NowOpt = None,
        by: WhoOpt = "staff") -> None:
    """Set an installment plan for an invoice (replacing any), or cancel it: each
    installment gets its own reminders; a missed one becomes a staff task."""
    from datetime import date

    from mailbot.cli.commands import carry_out  # the grammar and handlers of `mailbot do`

    if cancel:
        carry_out(config, now, by, [f"plan {invoice} cancel"])
        return
    if amounts is None or first is None:
        fail("give the installments and --from, e.g. 3x500 monthly --from 2027-01-15")
    try:
        date.fromisoformat(first)
    except ValueError:
        fail(f"--from {first!r} is not a date (YYYY-MM-DD)")
    carry_out(config, now, by, [f"plan {invoice} {amounts} {every} from {first}"])


@app.command()
def outbox(config: ConfigOpt = Path("config.toml"), now: NowOpt = None) -> None:
    """Mail not (known to be) delivered: pending, sending, failed, uncertain (may or may
    not have gone out); cancelled or partly refused in the last 7 days."""
    from datetime import timedelta

    from mailbot.app import staff

    bot = open_bot(config, sending=False)
    rows = staff.unsent(bot.store, since=parse_now(now, bot.config) - timedelta(days=7))
    for o in rows:
        out.print(f"{o.id:6}  {o.status:9} {o.kind:12} to {o.recipients}: {o.subject}"
                  + (f"  [{o.error}]" if o.error else ""))
    out.print(f"{len(rows)} mail(s) not delivered")


@app.command()
def retry(ids: Annotated[list[int], typer.Argument(help="Outbox ids from `mailbot outbox`.")],
          config: ConfigOpt = Path("config.toml"), now: NowOpt = None,
          by: WhoOpt = "staff") -> None:
    """Send failed or uncertain mail again on the next tick (an uncertain one: once you
    know it did not arrive, or that a second copy is fine)."""
    from mailbot.app import staff

    bot = open_bot(config, sending=False)
    staff.retry(bot.store, ids, parse_now(now, bot.config), by)
    out.print(f"{len(ids)} mail(s) queued again")


@app.command()
def preview(stage: Annotated[str, typer.Argument(help="A client stage (e.g. past_due_5), or "
                                                       "statement, thank_you, thank_you_on_time.")],
            lang: Annotated[str | None, typer.Option(
                "--lang", help="Letter language; default the debtor's (en for sample data).")]
            = None,
            invoice: Annotated[str | None, typer.Option(
                "--invoice", help="A real invoice from the database; default sample data.")]
            = None,
            html: Annotated[Path | None, typer.Option("--html", help="Write the HTML here.")]
            = None,
            config: ConfigOpt = Path("config.toml"), now: NowOpt = None) -> None:
    """Show a letter as the client would receive it (headers and text; --html FILE)."""
    from mailbot.adapters.config import load_config
    from mailbot.adapters.render import make_env
    from mailbot.app.preview import preview as build

    logs.setup_once("warning")
    cfg = load_config(config)
    when = parse_now(now, cfg)
    store = None
    if invoice is not None:
        from mailbot.adapters.store import Store

        store = Store(cfg.database.url)
        store.check_schema()
    try:
        shown = build(cfg, make_env(cfg.templates_dir), stage, lang, when, store, invoice)
    finally:
        if store is not None:
            store.close()
    if html is not None:
        try:
            html.write_text(shown.rendered.html, encoding="utf-8")
        except OSError as e:
            fail(f"{html}: cannot write the letter: {e.strerror}")
    for header in ("From", "To", "Subject"):
        out.print(f"{header}: {shown.email[header]}")
    out.print("")
    out.print(shown.rendered.text.rstrip("\n"))


@app.command()
def migrate(config: ConfigOpt = Path("config.toml"), quiet: Annotated[
        bool, typer.Option(hidden=True)] = False) -> None:
    """Create or upgrade the database schema (the only command that creates a database,
    with `init` and `run`)."""
    from mailbot.adapters.config import load_config
    from mailbot.adapters.store import Store

    logs.setup_once("warning")
    store = Store(load_config(config).database.url)
    try:
        store.migrate()
    finally:
        store.close()
    if not quiet:
        out.print("database is at the newest schema")


@app.command()
def demo(keep: Annotated[bool, typer.Option(help="Keep the demo's database.")] = False,
         digest: Annotated[Path, typer.Option(help="Write the last day's digest here.")]
         = Path("mailbot-demo-digest.html")) -> None:
    """A scripted story over simulated weeks on throw-away local mail servers."""
    from rich.console import Console

    from mailbot.tools.demo import run_demo

    logs.setup_once("warning")
    # the demo speaks in Rich markup; piped, its lines are never re-wrapped mid-phrase
    run_demo(Console(highlight=False, soft_wrap=not sys.stdout.isatty()), keep=keep,
             digest_path=digest)


# command modules by area: each registers its commands on `app` (imported last, since
# they use what this module defines; each imports its heavy modules only when run)
from mailbot.cli import _areas  # noqa: F401


def main() -> None:
    try:
        app()
    except MailbotError as e:
        print(error_line(e), file=sys.stderr)
        sys.exit(2)
    except Exception as e:  # not mapped where it happened: still one line for the operator
        if os.environ.get("MAILBOT_DEBUG"):
            raise
        print(error_line(explain(e)), file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()

"""Onboarding and operations: `init`, `doctor`, `import`, `--version`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from mailbot.adapters import logs
from mailbot.cli import ConfigOpt, NowOpt, app, fail, out, parse_now


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            print(f"mailbot {version('mailbot')}")
        except PackageNotFoundError:
            print("mailbot (not installed: no package metadata)")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True,
        help="Print mailbot's version and exit.")] = False) -> None:
    """mailbot: an accounts-receivable assistant that lives in a mailbox."""


@app.command()
def doctor(config: ConfigOpt = Path("config.toml"), now: NowOpt = None,
           send_test: Annotated[bool, typer.Option(
               "--send-test", help="Also mail a test message to the first staff.digest_to "
                                   "address.")] = False) -> None:
    """Check the configuration against the real servers: IMAP login, folders, IDLE and
    MOVE, SMTP login (and a test mail), the database and its schema, the letters in every
    configured language. One line per check, with what to change when it fails; exit
    code 1 when any fails."""
    from mailbot.adapters.config import load_config
    from mailbot.app.doctor import run_checks

    logs.setup_once("error")
    cfg = load_config(config)
    checks = run_checks(cfg, parse_now(now, cfg), send_test=send_test,
                        report=lambda c: out.print(c.line()))
    failed = [c for c in checks if not c.ok]
    if failed:
        out.print(f"{len(failed)} of {len(checks)} check(s) failed")
        raise typer.Exit(1)
    out.print(f"all {len(checks)} checks passed")


def _ask(value: str | None, text: str, default: str | None, interactive: bool) -> str:
    if value is not None:
        return value
    if interactive:
        answer: str = typer.prompt(text, default=default)
        return answer.strip()
    if default is None:
        fail(f"--non-interactive: {text} is needed (see `mailbot init --help`)")
    return default


@app.command()
def init(
    config: ConfigOpt = Path("config.toml"),
    company: Annotated[str | None, typer.Option(help="Your company's name.")] = None,
    address: Annotated[str | None, typer.Option(
        help="The AR mailbox the bot reads and sends from.")] = None,
    imap_host: Annotated[str | None, typer.Option()] = None,
    imap_port: Annotated[int | None, typer.Option(help="Default: 993 (tls), 143.")] = None,
    imap_security: Annotated[str | None, typer.Option(help="tls, starttls or plain.")] = None,
    imap_user: Annotated[str | None, typer.Option(help="Default: the address.")] = None,
    smtp_host: Annotated[str | None, typer.Option()] = None,
    smtp_port: Annotated[int | None, typer.Option(
        help="Default: 465 (tls), 587 (starttls), 25.")] = None,
    smtp_security: Annotated[str | None, typer.Option(help="tls, starttls or plain.")] = None,
    smtp_user: Annotated[str | None, typer.Option(
        help="Default: the IMAP user; \"\" for a server that takes mail without login.")]
    = None,
    iban: Annotated[str | None, typer.Option(help="Where clients pay.")] = None,
    bic: Annotated[str | None, typer.Option()] = None,
    currency: Annotated[str | None, typer.Option(help="The books' currency.")] = None,
    timezone: Annotated[str | None, typer.Option(help="The company's IANA time zone.")]
    = None,
    country: Annotated[str | None, typer.Option(help="Whose public holidays (ISO code).")]
    = None,
    digest_to: Annotated[str | None, typer.Option(help="Who gets the daily digest.")] = None,
    authserv_id: Annotated[str | None, typer.Option(
        help="Your receiving server's name in Authentication-Results headers.")] = None,
    database: Annotated[str | None, typer.Option(help="Database URL.")] = None,
    non_interactive: Annotated[bool, typer.Option(
        "--non-interactive", help="Ask nothing: flags and defaults only.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")] = False,
    check: Annotated[bool, typer.Option(help="Create the database and run the doctor's "
                                             "checks after writing.")] = True,
    now: NowOpt = None,
) -> None:
    """Write a commented config.toml (asking for what flags do not give), create the
    database, and check everything as `mailbot doctor` does. Never overwrites a file
    without --force; passwords are never written (name their environment variables)."""
    from mailbot.app import initconfig
    from mailbot.errors import ConfigError

    if config.exists() and not force:  # before asking anything
        fail(f"{config} exists: not overwritten (--force replaces it)")
    ask = not non_interactive
    name = _ask(company, "Company name", None, ask)
    addr = _ask(address, "AR mailbox address (the bot reads and sends from it)", None, ask)
    ih = _ask(imap_host, "IMAP server", None, ask)
    isec = _ask(imap_security, "IMAP security (tls, starttls, plain)", "tls", ask)
    iport = int(_ask(None if imap_port is None else str(imap_port), "IMAP port",
                     str(initconfig.DEFAULT_PORTS["imap"].get(isec, 993)), ask))
    iuser = _ask(imap_user, "IMAP user", addr, ask)
    sh = _ask(smtp_host, "SMTP server", ih, ask)
    ssec = _ask(smtp_security, "SMTP security (tls, starttls, plain)", "tls", ask)
    sport = int(_ask(None if smtp_port is None else str(smtp_port), "SMTP port",
                     str(initconfig.DEFAULT_PORTS["smtp"].get(ssec, 465)), ask))
    suser = _ask(smtp_user, "SMTP user (\"-\": no login)", iuser, ask).strip("-")
    acct = _ask(iban, "IBAN clients pay to", None, ask)
    answers = initconfig.Answers(
        company=name, address=addr, imap_host=ih, imap_port=iport, imap_security=isec,
        imap_user=iuser, smtp_host=sh, smtp_port=sport, smtp_security=ssec, smtp_user=suser,
        iban=acct, bic=_ask(bic, "BIC (empty: none)", "", ask) or None,
        currency=_ask(currency, "Currency of your books", "EUR", ask).upper(),
        timezone=_ask(timezone, "Time zone", "Europe/London", ask),
        country=_ask(country, "Country (public holidays)", "GB", ask).upper(),
        digest_to=_ask(digest_to, "Who gets the daily digest", f"owner@{addr.rpartition('@')[2]}",
                       ask),
        authserv_id=_ask(authserv_id, "Receiving server's authserv-id (Authentication-"
                                      "Results)", ih, ask),
        database=_ask(database, "Database URL", "sqlite:///mailbot.db", ask))
    from mailbot.adapters.config import parse_config

    text = initconfig.render(answers, initconfig.example_path().read_text(encoding="utf-8"))
    try:
        cfg = parse_config(text, str(config))  # refuse to write what would not load
        initconfig.write(config, text, force=force)
    except ConfigError as e:
        fail(str(e))
    secrets = [e for e in (cfg.imap.password_env, cfg.smtp.password_env) if e]
    out.print(f"wrote {config} (passwords: set {' and '.join(secrets)} in the environment)")
    if not check:
        return
    from mailbot.adapters.store import Store
    from mailbot.app.doctor import run_checks

    logs.setup_once("error")
    store = Store(cfg.database.url)
    try:
        store.migrate()
    finally:
        store.close()
    checks = run_checks(cfg, parse_now(now, cfg), report=lambda c: out.print(c.line()))
    failed = [c for c in checks if not c.ok]
    if failed:
        out.print(f"{len(failed)} check(s) failed: fix {config}, then `mailbot doctor`")
        raise typer.Exit(1)
    out.print("all checks passed: start the bot with `mailbot run`")


@app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="A CSV file of open invoices (columns: see "
                                              "README).")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Check and count; write "
                                                            "nothing.")] = False,
    config: ConfigOpt = Path("config.toml"), now: NowOpt = None) -> None:
    """Bring in the open invoices and debtors you already have, so the bot chases them
    from now on. Every row is checked first: any bad row imports nothing (each is named
    by line); a number already imported with the same data is skipped."""
    from mailbot.app import importer
    from mailbot.cli import open_bot

    bot = open_bot(config, sending=False)
    when = parse_now(now, bot.config)
    outcome = importer.read_rows(file, bot.config, importer.served_languages(bot.config))
    total = len(outcome.rows)
    if total >= 500 and sys.stdout.isatty():
        from rich.progress import Progress

        with Progress(transient=True) as bar:
            task = bar.add_task("importing", total=total)
            importer.import_rows(bot.config, bot.store, outcome, when, dry_run=dry_run,
                                 progress=lambda n: bar.update(task, completed=n))
    else:
        importer.import_rows(bot.config, bot.store, outcome, when, dry_run=dry_run)
    bot.store.close()
    if outcome.errors:
        for e in outcome.errors:
            print(f"{file}: {e}", file=sys.stderr)
        fail(f"{file}: {len(outcome.errors)} bad row(s): nothing imported")
    verb = "would import" if dry_run else "imported"
    out.print(f"{verb} {outcome.imported} invoice(s), {outcome.new_debtors} new debtor(s)"
              + (f"; {len(outcome.skipped)} already there, skipped" if outcome.skipped
                 else ""))

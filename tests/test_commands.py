"""Staff commands by mail and on the command line, against Dovecot, aiosmtpd and the real
databases: an authenticated staff mail is obeyed once and answered once in its thread;
anything else sent to the bot as commands changes nothing and gets no answer."""

from __future__ import annotations

import contextlib
import logging
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from email import message_from_bytes
from email import policy as email_policy
from typing import Any

import pytest
import structlog
from sqlmodel import select
from typer.testing import CliRunner

from mailbot.adapters import logs
from mailbot.adapters.models import Contact, Debtor, Event, Invoice, MailMessage, Outbox, Task
from mailbot.app import staff
from mailbot.cli import app
from tests.botenv import (
    AR,
    BOB,
    CAROL,
    STAFF,
    Runner,
    at,
    invoice_mail,
    mail,
    make_config,
    write_config,
)

DAY = date(2026, 11, 2)  # a Monday
LATER = at(DAY + timedelta(days=3), 14)


def setup(dovecot, runner) -> None:
    dovecot.append("ar", invoice_mail("INV-1", BOB, "1,000.00", "net 14", at(DAY, 10)))
    dovecot.append("ar", invoice_mail("INV-2", CAROL, "500.00", "net 14", at(DAY, 10, 5)))
    runner.sync(at(DAY, 11))
    runner.tick(at(DAY + timedelta(days=3)))  # the receipt checks go out


def invoices(runner) -> dict[str, Invoice]:
    with runner.bot.store.session() as s:
        return {i.number: i for i in s.exec(select(Invoice))}


def answers(dovecot) -> list[Any]:
    return [message_from_bytes(r, policy=email_policy.default)
            for r in dovecot.fetch_all("staff")]


COMMANDS = ("Hi,\n\n"
            "paid INV-1 400\n"
            "pause initech 14d\n"
            "promise INV-9 2026-12-15\n"
            "frobnicate everything\n"
            "note INV-1 Bob called, the rest comes in December\n"
            "\n"
            "-- \n"
            "Sam\n"
            "\n"
            "On Thu, 5 Nov 2026 at 08:00, Acme Accounts <ar@acme.test> wrote:\n"
            "> writeoff INV-1\n")


def test_a_staff_mail_of_commands_is_obeyed_once_and_answered_in_its_thread(
        dovecot, smtp_sink, db_url):
    runner = Runner.open(make_config(dovecot, smtp_sink, db_url))
    try:
        setup(dovecot, runner)
        raw = mail(STAFF, [AR], "Re: mailbot digest", COMMANDS, LATER,
                   reply_to="<digest.1@acme.test>")
        dovecot.append("ar", raw)
        (result,) = runner.sync(LATER + timedelta(minutes=1))
        assert result.kind == "staff_command"
        assert not result.needs_human, result
        got = invoices(runner)
        assert got["INV-1"].state == "partial"
        assert got["INV-1"].paid_amount == Decimal("400.00")
        assert (got["INV-2"].hold_reason, got["INV-2"].hold_until) == (
            "paused", date(2026, 11, 19))  # 14 days from the 5th
        assert got["INV-1"].state != "written_off"  # the quoted line is not a command

        runner.tick(LATER + timedelta(minutes=2))
        (answer,) = answers(dovecot)
        staff_mail = message_from_bytes(raw)
        assert answer["In-Reply-To"] == staff_mail["Message-ID"]
        assert answer["References"].split() == ["<digest.1@acme.test>",
                                                staff_mail["Message-ID"]]
        assert answer["Subject"] == "Re: mailbot digest"
        assert answer["Auto-Submitted"] == "auto-generated"  # no auto-reply loops
        text = answer.get_body(("plain",)).get_content().replace("\r\n", "\n")
        assert "Done (3):" in text
        assert "paid INV-1 400\n    -> INV-1: partial, payment recorded, €600.00 still open" in text
        assert "pause initech 14d\n    -> Initech: chasing of INV-2 paused until 2026-11-19" in text
        assert "note INV-1 Bob called" in text
        assert "Not done (2):" in text
        assert "promise INV-9 2026-12-15\n    -> no invoice INV-9" in text
        assert "frobnicate everything\n    -> unknown command 'frobnicate'" in text
        assert "writeoff INV-1" not in text

        with runner.bot.store.session() as s:
            causes = {e.cause for e in s.exec(select(Event).where(
                Event.kind.in_(("payment_partial", "staff_command"))))}  # type: ignore[attr-defined]
            assert causes == {f"staff {STAFF}"}
            note = s.exec(select(Event).where(Event.kind == "staff_command",
                                              Event.invoice_id == got["INV-1"].id)).one()
            assert note.detail["note"] == "Bob called, the rest comes in December"

        # "thanks" to the answer: nothing to do, and no answer to it (no loop)
        thanks = mail(STAFF, [AR], "Re: Re: mailbot digest",
                      "Thanks!\n\n-- \nSam\n\n> Done (3):\n>   paid INV-1 400\n",
                      LATER + timedelta(minutes=2, seconds=30), reply_to=answer["Message-ID"])
        dovecot.append("ar", thanks)
        (thanked,) = runner.sync(LATER + timedelta(minutes=2, seconds=40))
        assert "no command" in thanked.reason

        # the same mail again: read again after a lost checkpoint (the same bytes), and
        # delivered a second time (another copy: other bytes, the same Message-ID)
        dovecot.append("ar", raw)
        head, _, rest = raw.partition(b"\r\n")
        dovecot.append("ar", head + b"\r\nX-Copy: yes\r\n" + rest)
        again = runner.sync(LATER + timedelta(minutes=3))
        assert [r.status for r in again] == ["duplicate", "processed"]
        assert not again[1].needs_human
        runner.tick(LATER + timedelta(minutes=4))
        assert invoices(runner)["INV-1"].paid_amount == Decimal("400.00")
        assert len(answers(dovecot)) == 1
        with runner.bot.store.session() as s:
            assert len(s.exec(select(Outbox).where(Outbox.kind == "command_reply")).all()) == 1
            assert len(s.exec(select(Event).where(Event.kind == "payment_partial")).all()) == 1
    finally:
        runner.close()


def test_spoofed_or_foreign_commands_change_nothing_and_get_no_answer(
        dovecot, smtp_sink, db_url):
    runner = Runner.open(make_config(dovecot, smtp_sink, db_url))
    try:
        setup(dovecot, runner)
        before = invoices(runner)
        # a staff From our server did not authenticate (forged), and a stranger
        forged = mail(STAFF, [AR], "commands", "writeoff INV-1\npaid INV-2\n", LATER,
                      authenticated=False)
        stranger = mail("mallory@evil.test", [AR], "commands", "writeoff INV-1\npaid INV-2\n",
                        LATER)
        # a staff member's out-of-office note answering the bot: never a command
        away = mail(STAFF, [AR], "Automatic reply: out of office",
                    "I am out of the office until 10 November.\npaid INV-2\n", LATER,
                    headers={"Auto-Submitted": "auto-replied"})
        # staff writing to a client with the bot in Cc: their words are not orders
        copied = mail(STAFF, [BOB], "Re: our call", "paid INV-2\nresume Globex\n", LATER,
                      cc=[AR])
        for raw in (forged, stranger, away, copied):
            dovecot.append("ar", raw)
        results = runner.sync(LATER + timedelta(minutes=1))
        # the forged staff mail is not what it claims: `other`, shown with the reason; the
        # copied one names only a known invoice and states no amount or date: a staff
        # member's handling by hand, `other` too (kinds/invoice_copy._staff_chasing)
        assert [r.kind for r in results] == ["other", "client_reply", "auto_reply", "other"]
        assert results[0].needs_human
        assert "not obeyed" in results[0].reason
        assert "not authenticated" in results[0].reason
        sent_before = len(smtp_sink.messages)
        runner.tick(LATER + timedelta(minutes=2))
        after = invoices(runner)
        for number in ("INV-1", "INV-2"):
            assert (after[number].state, after[number].paid_amount) == (
                before[number].state, before[number].paid_amount)
        # no answer to anyone: nothing sent but the scheduled mail (none is due now)
        assert answers(dovecot) == []
        assert [m for m in smtp_sink.messages[sent_before:]
                if "mallory@evil.test" in m.rcpt_tos or STAFF in m.rcpt_tos] == []
        with runner.bot.store.session() as s:
            assert not s.exec(select(Outbox).where(Outbox.kind == "command_reply")).all()
            assert not s.exec(select(Event).where(Event.kind == "staff_command")).all()
        # shown to staff (the digest's "needs a human"), with the reason
        listed = [(p.sender, p.reason) for p in staff.pending(runner.bot.store)]
        assert [r for who, r in listed if who == STAFF and "not authenticated" in r]
        assert "mallory@evil.test" in {who for who, _ in listed}
    finally:
        runner.close()


@contextlib.contextmanager
def own_logging() -> Iterator[None]:
    """The command sets up the log on the stderr the test runner lends it and then
    closes: give the tests after it the log set-up they had."""
    saved = structlog.get_config()
    root = logging.getLogger()
    handlers, level, configured = root.handlers[:], root.level, logs._configured
    try:
        yield
    finally:
        structlog.configure(**saved)
        root.handlers[:] = handlers
        root.setLevel(level)
        logs._configured = configured


@dataclass
class Ran:
    stdout: str
    stderr: str


def cli(config, *args: str, ok: bool = True, real: bool = False) -> Ran:
    """The command line in this process (fast), or as a real process (`real`)."""
    argv = [*args, "--config", str(config), "--by", "anna"]
    if real:
        proc = subprocess.run([sys.executable, "-m", "mailbot", *argv], capture_output=True,
                              text=True, timeout=60, check=False)
        code, ran = proc.returncode, Ran(proc.stdout, proc.stderr)
    else:
        with own_logging():
            result = CliRunner().invoke(app, argv)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        code, ran = result.exit_code, Ran(result.stdout, result.stderr)
    assert (code == 0) == ok, ran.stderr + ran.stdout
    return ran


@pytest.mark.slow
def test_every_command_on_the_command_line(dovecot, smtp_sink, sqlite_url, tmp_path):
    config = write_config(tmp_path / "config.toml", dovecot, smtp_sink, sqlite_url)
    runner = Runner.open(make_config(dovecot, smtp_sink, sqlite_url))
    now = "--now", "2026-11-05T15:00"
    try:
        setup(dovecot, runner)
        # several lines at once: the good ones are done, the bad one says why (exit 2)
        proc = cli(config, "do", "paid INV-1 250", "pause globex 2w", "bogus 1",
                   "plan INV-2 2x250 monthly from 2026-12-01", *now, ok=False, real=True)
        assert ("plan INV-2 2x250 monthly from 2026-12-01: INV-2: 2 installment(s) set: "
                "€250.00 on 2026-12-01, €250.00 on 2027-01-01") in proc.stdout
        assert "paid INV-1 250: INV-1: partial" in proc.stdout
        assert "pause globex 2w: Globex: chasing of INV-1 paused until 2026-11-19" in proc.stdout
        assert "mailbot: error: bogus 1: unknown command 'bogus'" in proc.stderr
        assert "chasing resumes" in cli(config, "resume", "Globex", *now).stdout

        assert "promised for 2026-12-15" in cli(config, "promise", "INV-1", "2026-12-15",
                                                *now).stdout
        assert "INV-2 is disputed" in cli(config, "dispute", "INV-2", "damaged", "goods",
                                          *now).stdout
        assert cli(config, "resolve", "INV-1", *now, ok=False).stderr.strip() == \
            "mailbot: error: INV-1 is not disputed (partial)"
        assert "dispute resolved" in cli(config, "resolve", "INV-2", *now).stdout
        assert "letters in de (was en)" in cli(config, "lang", "globex", "de", *now).stdout
        assert "time zone Asia/Jakarta" in cli(config, "tz", "bob@globex.test",
                                               "Asia/Jakarta", *now).stdout
        assert "also goes to ap@globex.test" in cli(config, "contact", "Globex", "add",
                                                    "ap@globex.test", *now).stdout
        assert "is a contact of Globex" in cli(config, "contact", "initech", "add",
                                               "ap@globex.test", *now, ok=False).stderr
        assert "noted on INV-1" in cli(config, "note", "INV-1", "called", "Bob", *now).stdout
        assert "written off (€500.00)" in cli(config, "writeoff", "INV-2", *now).stdout
        assert "nothing to write off" in cli(config, "writeoff", "INV-2", *now,
                                             ok=False).stderr
        # resend: the last letter about INV-1 again, once; not while it waits to go
        assert "goes again to bob@globex.test" in cli(config, "resend", "INV-1", *now).stdout
        assert "already on its way" in cli(config, "resend", "INV-1", *now, ok=False).stderr
        assert "INV-2 is written_off: nothing to resend" in cli(
            config, "resend", "INV-2", *now, ok=False).stderr
        # the old words go through the same grammar and handlers, with their options
        assert "INV-1: paid" in cli(config, "paid", "INV-1", *now).stdout
        unknown = cli(config, "paid", "NOPE-1", *now, ok=False, real=True)
        assert unknown.stderr.strip() == "mailbot: error: no invoice NOPE-1"
        status = cli(config, "do", "status globex", *now).stdout
        assert "Globex (de, Asia/Jakarta): nothing open" in status

        with runner.bot.store.session() as s:
            debtor = s.exec(select(Debtor).where(Debtor.name == "Globex")).one()
            assert (debtor.language, debtor.timezone) == ("de", "Asia/Jakarta")
            assert debtor.profile_source["language"] == "staff"
            assert s.exec(select(Contact).where(Contact.email == "ap@globex.test")).one() \
                .debtor_id == debtor.id
            got = {i.number: i for i in s.exec(select(Invoice))}
            assert got["INV-1"].state == "paid"
            assert got["INV-2"].state == "written_off"
            dispute = s.exec(select(Task).where(Task.kind == "dispute")).one()
            assert dispute.state == "done"
            resend = s.exec(select(Outbox).where(Outbox.kind == "resend")).one()
            assert resend.recipients == ["bob@globex.test"]
            causes = {e.cause for e in s.exec(select(Event).where(Event.kind == "staff_command"))}
            assert causes == {"staff anna"}
        runner.tick(at(DAY + timedelta(days=3), 16))
        resent = dovecot.fetch_all("bob")
        assert len(resent) == 2  # the receipt check, and its copy
        first, copy = (message_from_bytes(r) for r in resent)
        assert first["Subject"] == copy["Subject"]
        assert first["Message-ID"] != copy["Message-ID"]
        with runner.bot.store.session() as s:
            assert s.exec(select(MailMessage).where(MailMessage.kind == "resend")).one()
    finally:
        runner.close()

"""What staff do by hand, through the real CLI, on Dovecot and aiosmtpd: list what needs a
human, confirm a claimed payment, resume chasing, mark messages handled."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from email import message_from_bytes

import pytest
from sqlmodel import select

from mailbot.adapters.models import Event, Invoice
from tests.botenv import AR, BOB, Runner, at, invoice_mail, mail, make_config, write_config

DAY = date(2026, 11, 2)
CHECK = at(DAY + timedelta(days=3))


def cli(config, *args: str) -> str:
    who = [] if args[0] in ("inbox", "outbox") else ["--by", "anna"]
    proc = subprocess.run([sys.executable, "-m", "mailbot", *args, "--config", str(config),
                           *who], capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def claimed_paid(dovecot, runner) -> None:
    dovecot.append("ar", invoice_mail("INV-1", BOB, "1,000.00", "net 14", at(DAY, 10)))
    runner.sync(at(DAY, 11))
    runner.tick(CHECK)
    reminder = message_from_bytes(dovecot.fetch_all("bob")[0])
    dovecot.append("ar", mail(BOB, [AR], "Re: " + reminder["Subject"],
                              "Hello, we already paid this invoice last week.\nBob",
                              CHECK + timedelta(hours=2), reply_to=reminder["Message-ID"]))
    runner.sync(CHECK + timedelta(hours=3))


@pytest.mark.slow
def test_staff_confirm_a_claimed_payment_and_the_client_is_thanked(dovecot, smtp_sink,
                                                                  sqlite_url, tmp_path):
    config = write_config(tmp_path / "config.toml", dovecot, smtp_sink, sqlite_url)
    runner = Runner.open(make_config(dovecot, smtp_sink, sqlite_url))
    try:
        claimed_paid(dovecot, runner)
        listing = cli(config, "inbox")
        assert "client_reply" in listing
        assert "1 message(s) need a human" in listing
        message_id = int(listing.split()[0])

        assert "INV-1: paid" in cli(config, "paid", "INV-1", "--now", "2026-11-06T10:00")
        report = runner.tick(at(DAY + timedelta(days=4), 10))
        assert [o.action_key for o in report.sent if o.kind != "digest"] == ["thank_you:1"]

        cli(config, "handled", str(message_id), "--now", "2026-11-06T10:05")
        assert "0 message(s) need a human" in cli(config, "inbox")
        with runner.bot.store.session() as s:
            causes = [e.cause for e in s.exec(select(Event).where(
                Event.kind.in_(("payment_full", "handled"))))]  # type: ignore[attr-defined]
            assert causes == ["staff anna", "staff anna"]
    finally:
        runner.close()


def test_a_claim_staff_cannot_confirm_is_resumed_and_chasing_goes_on(dovecot, smtp_sink,
                                                                    sqlite_url, tmp_path):
    config = write_config(tmp_path / "config.toml", dovecot, smtp_sink, sqlite_url)
    runner = Runner.open(make_config(dovecot, smtp_sink, sqlite_url))
    try:
        claimed_paid(dovecot, runner)
        held = runner.tick(at(DAY + timedelta(days=11)))  # the pre-due note is held
        assert [o for o in held.sent if o.kind != "digest"] == []
        cli(config, "resume", "INV-1", "--now", "2026-11-13T10:00")
        with runner.bot.store.session() as s:
            assert s.exec(select(Invoice)).one().hold_reason is None
        report = runner.tick(at(DAY + timedelta(days=21)))  # Monday 23 Nov
        assert [o.action_key for o in report.sent if o.kind != "digest"] == [
            "chase:1.past_due_5"]
    finally:
        runner.close()


def test_unknown_invoice_is_one_clear_error(dovecot, smtp_sink, sqlite_url, tmp_path):
    config = write_config(tmp_path / "config.toml", dovecot, smtp_sink, sqlite_url)
    proc = subprocess.run([sys.executable, "-m", "mailbot", "paid", "NOPE-1", "--config",
                           str(config)], capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "mailbot: error: no invoice NOPE-1"


def test_an_uncertain_mail_is_listed_and_sent_once_when_staff_retry_it(dovecot, smtp_sink,
                                                                      sqlite_url, tmp_path):
    config = write_config(tmp_path / "config.toml", dovecot, smtp_sink, sqlite_url)
    runner = Runner.open(make_config(dovecot, smtp_sink, sqlite_url))
    try:
        dovecot.append("ar", invoice_mail("INV-1", BOB, "1,000.00", "net 14", at(DAY, 10)))
        runner.sync(at(DAY, 11))
        runner.bot.scheduler.enqueue(CHECK)
        while (row := runner.bot.dispatcher.claim(CHECK)) is not None:  # the process dies in DATA
            runner.bot.dispatcher.mark_data_started(row, CHECK)
        runner.bot.dispatcher.recover(CHECK + timedelta(hours=1))  # once its lease has run out
        listing = cli(config, "outbox")
        assert "uncertain" in listing
        assert "did it reach you?" in listing
        chase_id = next(line.split()[0] for line in listing.splitlines() if "chase" in line)
        cli(config, "retry", chase_id, "--now", "2026-11-05T10:00")
        report = runner.tick(CHECK + timedelta(minutes=40))
        assert [o.action_key for o in report.sent] == ["chase:1.receipt_check"]
        assert len(dovecot.fetch_all("bob")) == 1
    finally:
        runner.close()

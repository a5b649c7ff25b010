"""What the crash campaign (bench/crash.py) found, kept as tests: each kills a real
`mailbot` process with SIGKILL at a chosen point (MAILBOT_CRASHPOINT) and restarts it."""

from __future__ import annotations

import os
import signal
import subprocess
from datetime import date
from email import message_from_bytes
from pathlib import Path

import pytest
from sqlmodel import col, select

from mailbot.adapters.models import Event, MailMessage, Outbox
from mailbot.adapters.store import Store
from tests.botenv import at, invoice_mail, write_config
from tests.servers import SmtpSink

MAILBOT = Path(__file__).resolve().parent.parent / ".venv" / "bin" / "mailbot"
NOW = "2026-11-02T06:07"


def mailbot(config: Path, *args: str, crash: str | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "MAILBOT_CRASHPOINT"}
    if crash:
        env["MAILBOT_CRASHPOINT"] = crash
    return subprocess.run([str(MAILBOT), *args, "-c", str(config), "--now", NOW], env=env,
                          capture_output=True, timeout=120, check=False)


@pytest.mark.slow
def test_a_sync_killed_mid_batch_does_not_lock_the_next_sync_out(dovecot, db_url, tmp_path):
    # found by the crash campaign: the killed sync's folder lease was left behind, and every
    # `mailbot sync` for the next lease_seconds was refused ("is being read by sync@...")
    with SmtpSink() as sink:
        config = write_config(tmp_path / "config.toml", dovecot, sink, db_url)
        for n in range(3):
            dovecot.append("ar", invoice_mail(f"INV-{n}", f"c{n}@client.test", "100.00",
                                              "net 30", at(date(2026, 11, 2))))
        killed = mailbot(config, "sync", crash="ingest.stored:1")  # a batch stored, not moved
        assert killed.returncode == -signal.SIGKILL

        again = mailbot(config, "sync")

        assert again.returncode == 0, again.stderr.decode()
        store = Store(db_url)
        try:
            with store.session() as s:
                subjects = s.exec(select(MailMessage.subject).where(
                    MailMessage.direction == "in")).all()
        finally:
            store.close()
        assert sorted(subjects) == ["Invoice INV-0", "Invoice INV-1", "Invoice INV-2"]
        assert dovecot.fetch_all("ar") == []  # all filed away, none left in the inbox


TICK = "2026-11-02T10:00"  # the day's digest is due: one mail to send
LATER = "2026-11-03T10:00"  # the killed run's claim has run out


def tick(config: Path, now: str, crash: str | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "MAILBOT_CRASHPOINT"}
    if crash:
        env["MAILBOT_CRASHPOINT"] = crash
    return subprocess.run([str(MAILBOT), "tick", "-c", str(config), "--now", now], env=env,
                          capture_output=True, timeout=120, check=False)


def outbox_rows(db_url: str) -> list[Outbox]:
    store = Store(db_url)
    try:
        with store.session() as s:
            return list(s.exec(select(Outbox).order_by(col(Outbox.id))).all())
    finally:
        store.close()


def events(db_url: str, kind: str) -> list[Event]:
    store = Store(db_url)
    try:
        with store.session() as s:
            return list(s.exec(select(Event).where(Event.kind == kind)).all())
    finally:
        store.close()


def received(sink: SmtpSink, message_id: str) -> int:
    return sum(message_from_bytes(m.data)["Message-ID"] == message_id for m in sink.messages)


@pytest.mark.parametrize(("point", "status", "copies"), [
    ("send.claimed", "sent", 1),  # before DATA: pending again, sent by the restart
    ("send.data_marked", "uncertain", 0),  # the server never had it: cannot be proven
    ("send.delivered", "uncertain", 1),  # delivered, but no copy in Sent: for a person
    ("send.filed", "sent", 1),  # delivered, and its copy in Sent proves it
])
@pytest.mark.slow
def test_a_send_killed_in_each_window_is_recovered_without_a_second_copy(
        dovecot, db_url, tmp_path, point, status, copies):
    with SmtpSink() as sink:
        config = write_config(tmp_path / "config.toml", dovecot, sink, db_url)
        assert tick(config, TICK, crash=f"{point}:1").returncode == -signal.SIGKILL
        digest = outbox_rows(db_url)[0]
        assert digest.status == "sending"

        tick(config, TICK)  # the restart at once: the dead claim has not run out yet
        tick(config, LATER)

        row = next(r for r in outbox_rows(db_url) if r.id == digest.id)
        assert row.status == status
        assert received(sink, row.message_id) == copies
        in_sent = [message_from_bytes(raw)["Message-ID"]
                   for raw in dovecot.fetch_all("ar", "Sent")]
        assert in_sent.count(row.message_id) == (point in ("send.filed", "send.claimed"))
        found = events(db_url, "mail_found_in_sent")
        assert [e.detail["worker"] for e in found] == (
            [digest.claimed_by] if point == "send.filed" else [])
        if status == "uncertain":
            assert "no copy in Sent" in (row.last_error or "")


def test_every_mail_sent_has_its_copy_in_sent(dovecot, sqlite_url, tmp_path):
    with SmtpSink() as sink:
        config = write_config(tmp_path / "config.toml", dovecot, sink, sqlite_url)
        assert tick(config, TICK).returncode == 0
        [row] = outbox_rows(sqlite_url)
        [copy] = dovecot.fetch_all("ar", "Sent")
        assert message_from_bytes(copy)["Message-ID"] == row.message_id == \
            message_from_bytes(sink.messages[0].data)["Message-ID"]
        assert dovecot.fetch_all("ar") == []  # not in the inbox the bot reads

"""What the crash campaign (bench/crash.py) found, kept as tests: each kills a real
`mailbot` process with SIGKILL at a chosen point (MAILBOT_CRASHPOINT) and restarts it."""

from __future__ import annotations

import os
import signal
import subprocess
from datetime import date
from pathlib import Path

from sqlmodel import select

from mailbot.adapters.models import MailMessage
from mailbot.adapters.store import Store
from tests.botenv import at, invoice_mail, write_config
from tests.servers import SmtpSink

MAILBOT = Path(__file__).resolve().parent.parent / ".venv" / "bin" / "mailbot"
NOW = "2026-11-02T06:07"


def mailbot(config: Path, *args: str, crash: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "MAILBOT_CRASHPOINT"}
    if crash:
        env["MAILBOT_CRASHPOINT"] = crash
    return subprocess.run([str(MAILBOT), *args, "-c", str(config), "--now", NOW], env=env,
                          capture_output=True, timeout=120, check=False)


def test_a_sync_killed_mid_batch_does_not_lock_the_next_sync_out(dovecot, db_url, tmp_path):
    # found by the crash campaign: the killed sync's folder lease was left behind, and every
    # `mailbot sync` for the next lease_seconds was refused ("is being read by sync@...")
    with SmtpSink() as sink:
        config = write_config(tmp_path / "config.toml", dovecot, sink, db_url)
        for n in range(3):
            dovecot.append("ar", invoice_mail(f"INV-{n}", f"c{n}@client.test", "100.00",
                                              "net 30", at(date(2026, 11, 2))))
        killed = mailbot(config, "sync", crash="ingest.stored:2")
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

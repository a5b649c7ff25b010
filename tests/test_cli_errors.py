"""Failures an operator meets while a command runs, through the real `mailbot` process:
the IMAP server dying mid-sync, another client moving the mail first, another worker
writing the same checkpoint, a non-ASCII password, a PostgreSQL URL with a bad port.
Each is one line on stderr and exit code 2, and nothing read is lost."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from imapclient import IMAPClient
from sqlmodel import select

from mailbot.adapters.models import Checkpoint, MailMessage
from mailbot.adapters.store import Store
from tests.botenv import (
    BOB,
    at,
    broken_templates,
    config_text,
    invoice_mail,
    migrate,
    write_config,
)
from tests.servers import Dovecot
from tests.test_cli import mailbot, ok, one_line_error

ROOT = Path(__file__).resolve().parent.parent
SENT = date(2026, 11, 2)
NOW = at(SENT, 11).isoformat()


def hooked(hook: list[str], *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`mailbot ARGS` with an outside event at an exact moment (see tests/clihooks.py)."""
    return subprocess.run([sys.executable, "-m", "tests.clihooks", *hook, "--", *args],
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                          check=False, env=dict(os.environ))


def expected_error(proc: subprocess.CompletedProcess[str], *fragments: str) -> str:
    """The one-line contract, and a line that was written for this failure (not the
    last-resort line for errors nobody foresaw)."""
    line = one_line_error(proc, *fragments)
    assert "unexpected" not in line, line
    return line


def stored_uids(db_url: str) -> list[int]:
    store = Store(db_url)
    try:
        with store.session() as s:
            return sorted(m.uid for m in s.exec(select(MailMessage).where(
                MailMessage.direction == "in")) if m.uid is not None)
    finally:
        store.close()


def invoices(n: int) -> list[bytes]:
    return [invoice_mail(f"INV-{300 + i}", BOB, f"{100 + i}.00", "net 14", at(SENT, 10))
            for i in range(n)]


# -- IMAP ----------------------------------------------------------------------------------


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGKILL"])
def test_imap_server_dies_mid_sync(dovecot, smtp_sink, sqlite_url, tmp_path, signame):
    cfg = write_config(tmp_path / "config.toml", dovecot, smtp_sink, sqlite_url)
    for raw in invoices(3):
        dovecot.append("ar", raw)
    proc = hooked(["kill-imap", str(dovecot.proc.pid), signame],
                  "sync", "--config", str(cfg), "--now", NOW)
    line = expected_error(proc, f"IMAP 127.0.0.1:{dovecot.imap_port}")
    assert "sync again" in line
    # what was fetched before the server died is stored, once
    assert stored_uids(sqlite_url) == [1, 2, 3]


@pytest.mark.slow
@pytest.mark.parametrize("how", ["move", "expunge"])
def test_another_client_moved_the_mail_first(dovecot, smtp_sink, db_url, tmp_path, how):
    cfg = write_config(tmp_path / "config.toml", dovecot, smtp_sink, db_url)
    for raw in invoices(3):
        dovecot.append("ar", raw)
    proc = hooked(["imap-other-client", str(dovecot.imap_port), "ar", dovecot.users["ar"], how],
                  "sync", "--config", str(cfg), "--now", NOW)
    line = expected_error(proc, f"IMAP 127.0.0.1:{dovecot.imap_port}", "no longer exist")
    assert "sync again" in line
    assert stored_uids(db_url) == [1, 2, 3]  # read before they went: stored all the same
    if how == "move":
        assert len(dovecot.fetch_all("ar", "elsewhere")) == 3
    # the next sync finds nothing new and does not fail
    out = ok(mailbot("sync", "--config", str(cfg), "--now", NOW))
    assert out.rstrip().endswith("0 new message(s)")


def test_non_ascii_password_that_is_wrong(dovecot, smtp_sink, sqlite_url, tmp_path):
    cfg = write_config(tmp_path / "config.toml", dovecot, smtp_sink, sqlite_url)
    env = dict(os.environ, MAILBOT_TEST_IMAP_PASSWORD="pässwört")
    for cmd in ("sync", "run"):
        line = expected_error(mailbot(cmd, "--config", str(cfg), env=env, timeout=30),
                              f"IMAP 127.0.0.1:{dovecot.imap_port}", "login refused")
        assert "pässwört" not in line


def test_non_ascii_password_logs_in(smtp_sink, sqlite_url, tmp_path):
    """IMAP LOGIN carries only ASCII; such a password goes by AUTHENTICATE PLAIN (UTF-8)."""
    with Dovecot({"ar": "grüße-€"}) as umlaut:
        text = config_text(umlaut, smtp_sink, sqlite_url)
        cfg = tmp_path / "config.toml"
        cfg.write_text(text)
        migrate(sqlite_url)
        # Dovecot.append logs in with LOGIN, which cannot carry this password
        client = IMAPClient("127.0.0.1", port=umlaut.imap_port, ssl=False, timeout=10)
        client.plain_login("ar", "grüße-€")
        client.append("INBOX", invoices(1)[0])
        client.logout()
        env = dict(os.environ, MAILBOT_TEST_IMAP_PASSWORD="grüße-€")
        out = ok(mailbot("sync", "--config", str(cfg), "--now", NOW, env=env))
        assert out.rstrip().endswith("1 new message(s)")


# -- the database --------------------------------------------------------------------------


def test_checkpoint_written_by_another_worker_meanwhile(dovecot, smtp_sink, db_url, tmp_path):
    cfg = write_config(tmp_path / "config.toml", dovecot, smtp_sink, db_url)
    ok(mailbot("migrate", "--config", str(cfg)))
    for raw in invoices(2):
        dovecot.append("ar", raw)
    proc = hooked(["checkpoint-row", db_url], "sync", "--config", str(cfg), "--now", NOW)
    if proc.returncode == 0:
        # the write lock (or a retry) absorbed the clash: every message read once
        assert proc.stdout.rstrip().endswith("2 new message(s)"), proc.stdout
    else:
        line = expected_error(proc, "another mailbot")
        assert "again" in line
        assert stored_uids(db_url) == []
        assert len(dovecot.fetch_all("ar")) == 2  # untouched: nothing was filed away
        # run again: the clash is gone and every message is read once
        out = ok(mailbot("sync", "--config", str(cfg), "--now", NOW))
        assert out.rstrip().endswith("2 new message(s)")
    assert stored_uids(db_url) == [1, 2]
    store = Store(db_url)
    try:
        with store.session() as s:
            assert s.get(Checkpoint, "INBOX").last_uid == 2
    finally:
        store.close()


@pytest.mark.parametrize(("url", "fragments"), [
    ("postgresql://postgres@127.0.0.1:1/test", ("127.0.0.1", "port 1")),
    ("postgresql://postgres@127.0.0.1:abc/test", ("database.url", "port")),
    ("postgresql://postgres@127.0.0.1:99999/test", ("99999",)),
    ("postgresql://postgres@127.0.0.1:1/test?connect_timeout=soon", ("connect_timeout",)),
])
@pytest.mark.parametrize("command", ["sync", "run"])
def test_postgresql_url_with_a_bad_port(dovecot, smtp_sink, sqlite_url, tmp_path, url,
                                        fragments, command):
    text = config_text(dovecot, smtp_sink, sqlite_url).replace(sqlite_url, url)
    cfg = tmp_path / "config.toml"
    cfg.write_text(text)
    expected_error(mailbot(command, "--config", str(cfg), timeout=30), *fragments)


def test_unforeseen_error_is_one_line_too(dovecot, smtp_sink, sqlite_url, tmp_path):
    """The last resort: an error nobody mapped (here a custom digest template that uses a
    name it is not given) is still one line that names the exception and where it came
    from; MAILBOT_DEBUG=1 shows the traceback."""
    templates = broken_templates(tmp_path)
    cfg = tmp_path / "config.toml"
    cfg.write_text(f'templates_dir = "{templates}"\n'
                   + config_text(dovecot, smtp_sink, sqlite_url))
    migrate(sqlite_url)
    proc = mailbot("digest", "--config", str(cfg), "--now", NOW)
    line = one_line_error(proc)
    assert "unexpected UndefinedError" in line
    assert "MAILBOT_DEBUG" in line
    proc = mailbot("digest", "--config", str(cfg), "--now", NOW,
                   env=dict(os.environ, MAILBOT_DEBUG="1"))
    assert "Traceback" in proc.stderr  # asked for: the whole story for a bug report

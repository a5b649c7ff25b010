"""The `mailbot` command line, run as a separate process against Dovecot, the SMTP sink
and a real database: what it prints, what it sends, and how it fails."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date
from email import message_from_bytes
from pathlib import Path

import pytest
from sqlmodel import select

from mailbot.adapters.models import Invoice, MailMessage, Outbox
from mailbot.adapters.store import Store
from tests.botenv import (
    AR,
    BOB,
    BOSS,
    action_keys,
    at,
    config_text,
    invoice_mail,
    migrate,
    write_config,
)
from tests.servers import free_port

ROOT = Path(__file__).resolve().parent.parent
SENT = date(2026, 11, 2)  # a Monday; net 14 days: due Monday 16 November


def mailbot(*args: str, env: dict[str, str] | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mailbot", *args], capture_output=True,
                          text=True, timeout=timeout, cwd=ROOT, check=False,
                          env=env if env is not None else dict(os.environ))


def ok(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 0, f"exit {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.stdout


def one_line_error(proc: subprocess.CompletedProcess[str], *fragments: str) -> str:
    """The error contract: exit code 2, exactly one line on stderr, no traceback."""
    err = proc.stderr
    assert "Traceback" not in err, err
    assert proc.returncode == 2, f"exit {proc.returncode}\n{err}"
    lines = err.strip().splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got:\n{err}"
    assert lines[0].startswith("mailbot: error: "), err
    for f in fragments:
        assert f in lines[0], f"{f!r} not in {lines[0]!r}"
    return lines[0]


def sent_keys(dovecot, user: str, db_url: str) -> list[str]:
    return action_keys(db_url, dovecot.fetch_all(user))


@pytest.fixture
def config_path(dovecot, smtp_sink, sqlite_url, tmp_path) -> Path:
    return write_config(tmp_path / "config.toml", dovecot, smtp_sink, sqlite_url)


# -- the happy path ------------------------------------------------------------------------


@pytest.mark.slow
def test_sync_status_digest_tick(dovecot, smtp_sink, sqlite_url, config_path, tmp_path):
    cfg = str(config_path)
    dovecot.append("ar", invoice_mail("INV-100", BOB, "1,200.00",
                                      "Payment terms: net 14 days", at(SENT, 10)))

    # sync: the invoice copy is read, registered, filed away and printed
    out = ok(mailbot("sync", "--config", cfg, "--now", at(SENT, 11).isoformat()))
    # each message as it is read: sender, subject, what it was understood as
    assert re.search(r"^processed\s+staff@acme\.test: Invoice INV-100 -> invoice copy: "
                     r"INV-100 1200\.00 EUR due 2026-11-16$", out, re.MULTILINE), out
    assert out.rstrip().endswith("1 new message(s)")
    assert dovecot.fetch_all("ar") == []
    assert len(dovecot.fetch_all("ar", "mailbot/processed")) == 1
    assert smtp_sink.messages == []  # nothing is sent to the client at once

    # status: the open invoice with its debtor (the company, from the address's domain)
    out = ok(mailbot("status", "--config", cfg, "--now", at(SENT, 12).isoformat()))
    row = next(line for line in out.splitlines() if "INV-100" in line)
    for cell in ("Globex", "INV-100", "€1,200.00", "2026-11-16", "due in 14 d", "open"):
        assert cell in row, row
    assert out.rstrip().endswith("1 open invoice(s)")

    # digest printed: the subject as it is, "[mailbot]" included
    out = ok(mailbot("digest", "--config", cfg, "--now", at(SENT, 12).isoformat()))
    assert out.startswith("[mailbot] Daily digest"), out[:200]
    assert "INV-100" in out
    assert "Globex" in out

    # digest --out: an HTML page that lists the open invoice
    html_file = tmp_path / "digest.html"
    out = ok(mailbot("digest", "--config", cfg, "--now", at(SENT, 12).isoformat(),
                     "--out", str(html_file)))
    assert str(html_file) in out
    html = html_file.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert "INV-100" in html
    assert "Globex" in html
    assert "2026-11-16" in html
    assert smtp_sink.messages == []  # writing a file sends nothing

    # digest --send: delivered to the digest address, once a day
    out = ok(mailbot("digest", "--config", cfg, "--now", at(SENT, 12).isoformat(), "--send"))
    assert "1 sent, 0 failed" in out
    digests = dovecot.fetch_all("boss")
    assert len(digests) == 1
    d = message_from_bytes(digests[0])
    assert BOSS in d["To"]
    assert AR in d["From"]
    assert d["Subject"].startswith("[mailbot] Daily digest")
    assert b"INV-100" in digests[0]
    out = ok(mailbot("digest", "--config", cfg, "--now", at(SENT, 13).isoformat(), "--send"))
    assert "0 sent, 0 failed" in out
    assert len(dovecot.fetch_all("boss")) == 1

    # tick --dry-run three days later: the plan, and nothing sent or queued
    now = at(date(2026, 11, 5), 9, 30).isoformat()  # Thursday: "did it reach you?" is due
    out = ok(mailbot("tick", "--config", cfg, "--now", now, "--dry-run"))
    # in clients, recipients and subjects, never internal keys
    assert "Globex: reminder \u201cInvoice INV-100: did it reach you?\u201d to bob@globex.test " \
        "(INV-100)" in out.splitlines(), out
    assert "daily digest to boss@acme.test" in out.splitlines(), out
    assert "receipt_check" not in out
    assert "chase:" not in out
    assert out.rstrip().endswith("2 thing(s) due")
    # and says so when nothing is due (the same instant, after the tick below)
    assert len(smtp_sink.messages) == 1  # still only the digest sent above
    assert dovecot.fetch_all("bob") == []
    store = Store(sqlite_url)
    try:
        with store.session() as s:
            assert [o.action_key for o in s.exec(select(Outbox))] == ["digest:2026-11-02"]
            assert s.exec(select(Invoice.stages_done)).one() == []
    finally:
        store.close()

    # tick: sends the reminder to the client (read back from the client's mailbox)
    out = ok(mailbot("tick", "--config", cfg, "--now", now))
    assert re.search(r"^sent\s+chase\s+to bob@globex\.test: ", out, re.MULTILINE), out
    assert re.search(r"^sent\s+digest\s+to boss@acme\.test: \[mailbot\] Daily digest", out,
                     re.MULTILINE), out
    assert out.rstrip().endswith("2 sent, 0 failed")
    assert sent_keys(dovecot, "bob", sqlite_url) == ["chase:1.receipt_check"]
    reminder = message_from_bytes(dovecot.fetch_all("bob")[0])
    assert AR in reminder["From"]
    assert reminder["Disposition-Notification-To"]
    assert b"INV-100" in dovecot.fetch_all("bob")[0]
    assert len(dovecot.fetch_all("boss")) == 2

    # the same tick again: nothing new
    out = ok(mailbot("tick", "--config", cfg, "--now", now))
    assert out.strip() == "0 sent, 0 failed"
    out = ok(mailbot("tick", "--config", cfg, "--now", now, "--dry-run"))
    assert out.strip() == "nothing is due at 2026-11-05 09:30", out
    assert sent_keys(dovecot, "bob", sqlite_url) == ["chase:1.receipt_check"]
    assert len(dovecot.fetch_all("boss")) == 2
    assert len(smtp_sink.messages) == 3

    store = Store(sqlite_url)
    try:
        with store.session() as s:
            rows = s.exec(select(Outbox)).all()
            assert sorted(o.action_key for o in rows) == [
                "chase:1.receipt_check", "digest:2026-11-02", "digest:2026-11-05"]
            assert {o.status for o in rows} == {"sent"}
            assert len(s.exec(select(MailMessage).where(MailMessage.direction == "in")).all()) == 1
    finally:
        store.close()


def test_migrate_and_config_from_environment(dovecot, smtp_sink, tmp_path):
    config = write_config(tmp_path / "new.toml", dovecot, smtp_sink,
                          f"sqlite:///{tmp_path / 'new.db'}", migrated=False)
    env = dict(os.environ, MAILBOT_CONFIG=str(config))
    out = ok(mailbot("migrate", env=env))
    assert "newest schema" in out
    out = ok(mailbot("status", "--now", at(SENT).isoformat(), env=env))
    assert out.rstrip().endswith("0 open invoice(s)")


# -- errors: one line on stderr, exit code 2, no traceback ------------------------------------


def _edit(dovecot, smtp_sink, db_url: str, tmp_path: Path, old: str, new: str) -> Path:
    text = config_text(dovecot, smtp_sink, db_url)
    assert old in text
    path = tmp_path / "edited.toml"
    path.write_text(text.replace(old, new))
    migrate(db_url)  # as the operator did: these tests are about the servers
    return path


def test_error_missing_config_file(tmp_path):
    missing = tmp_path / "nope.toml"
    line = one_line_error(mailbot("sync", "--config", str(missing)), str(missing))
    assert "no such config file" in line


def test_error_default_config_missing(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "MAILBOT_CONFIG"}
    proc = subprocess.run([sys.executable, "-m", "mailbot", "status"], capture_output=True,
                          text=True, timeout=60, cwd=tmp_path, env=env, check=False)
    one_line_error(proc, "config.toml", "no such config file")


def test_error_invalid_toml(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[mailbox]\naddress = "ar@acme.test\n')  # unterminated string
    one_line_error(mailbot("sync", "--config", str(bad)), str(bad), "not valid TOML")


def test_error_config_not_utf8(tmp_path):
    bad = tmp_path / "latin1.toml"
    bad.write_bytes('[company]\nname = "Müller"\n'.encode("latin-1"))
    one_line_error(mailbot("status", "--config", str(bad)), str(bad), "UTF-8")


def test_error_config_without_company(dovecot, smtp_sink, sqlite_url, tmp_path):
    text = config_text(dovecot, smtp_sink, sqlite_url)
    path = tmp_path / "nocompany.toml"
    path.write_text(re.sub(r"\[company\][^\[]*", "", text))
    one_line_error(mailbot("sync", "--config", str(path)), str(path), "company",
                   "Field required")


def test_error_config_wrong_type(dovecot, smtp_sink, sqlite_url, tmp_path):
    path = _edit(dovecot, smtp_sink, sqlite_url, tmp_path,
                 f"port = {dovecot.imap_port}", 'port = "imap"')
    one_line_error(mailbot("sync", "--config", str(path)), "imap.port")


def test_error_imap_unreachable(dovecot, smtp_sink, sqlite_url, tmp_path):
    closed = free_port()
    path = _edit(dovecot, smtp_sink, sqlite_url, tmp_path,
                 f"port = {dovecot.imap_port}", f"port = {closed}")
    for cmd in ("sync", "run"):
        one_line_error(mailbot(cmd, "--config", str(path), timeout=30),
                       f"IMAP 127.0.0.1:{closed}", "refused")


def test_error_wrong_imap_password(dovecot, smtp_sink, config_path):
    env = dict(os.environ, MAILBOT_TEST_IMAP_PASSWORD="not-the-password")
    line = one_line_error(mailbot("sync", "--config", str(config_path), env=env, timeout=30),
                          f"IMAP 127.0.0.1:{dovecot.imap_port}", "login refused", "'ar'")
    assert "not-the-password" not in line
    assert dovecot.fetch_all("ar") == []  # nothing was touched


def test_error_password_env_not_set(dovecot, smtp_sink, config_path):
    env = {k: v for k, v in os.environ.items() if k != "MAILBOT_TEST_IMAP_PASSWORD"}
    one_line_error(mailbot("sync", "--config", str(config_path), env=env, timeout=30),
                   "IMAP password", "MAILBOT_TEST_IMAP_PASSWORD", "not set")


@pytest.mark.parametrize(("command", "url", "fragment"), [
    ("status", "foo://somewhere/x", "not a usable database URL"),
    ("status", "not a url", "not a usable database URL"),
    ("status", "sqlite:////nonexistent/dir/mailbot.db", "does not exist"),
    ("migrate", "sqlite:////nonexistent/dir/mailbot.db", "unable to open database file"),
])
def test_error_bad_database(dovecot, smtp_sink, sqlite_url, tmp_path, command, url,
                            fragment):
    path = _edit(dovecot, smtp_sink, sqlite_url, tmp_path, sqlite_url, url)
    one_line_error(mailbot(command, "--config", str(path)), fragment)


def test_error_database_unreachable(dovecot, smtp_sink, sqlite_url, tmp_path):
    path = _edit(dovecot, smtp_sink, sqlite_url, tmp_path, sqlite_url,
                 "postgresql://postgres:sekrit@127.0.0.1:1/x")
    proc = mailbot("tick", "--config", str(path), "--now", "2026-11-02T09:00")
    # psycopg's message spans two lines ("Is the server running ..."): printed as one
    assert "sekrit" not in proc.stderr
    one_line_error(proc, "127.0.0.1", "port 1")


def test_error_bad_now(config_path):
    one_line_error(mailbot("tick", "--config", str(config_path), "--now", "next tuesday"),
                   "--now", "ISO 8601")


def test_error_digest_out_unwritable(config_path, tmp_path):
    target = tmp_path / "no" / "such" / "dir" / "digest.html"
    one_line_error(mailbot("digest", "--config", str(config_path), "--now",
                           "2026-11-02T09:00", "--out", str(target)),
                   str(target), "cannot write")


@pytest.mark.slow
def test_tick_with_the_smtp_server_down_says_so_and_exits_2(dovecot, smtp_sink, sqlite_url,
                                                            tmp_path):
    from tests.botenv import BOB, at, invoice_mail, write_config

    cfg = write_config(tmp_path / "config.toml", dovecot, smtp_sink, sqlite_url)
    dovecot.append("ar", invoice_mail("INV-77", BOB, "10.00", "net 30",
                                      at(date(2026, 11, 2), 10)))
    ok(mailbot("sync", "--config", str(cfg), "--now", "2026-11-02T11:00"))
    smtp_sink.fail_all = "451 4.3.0 try again later"
    proc = mailbot("tick", "--config", str(cfg), "--now", "2026-11-05T09:30")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    # the log says what failed as it happens; the last line is the command's verdict
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("mailbot: error:")
    assert "451" in last
    assert "outbox" in last

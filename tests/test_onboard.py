"""Onboarding and operations against the real servers of the suite: `mailbot doctor`
(wrong port, TLS/plain mismatch both ways, an untrusted certificate, a wrong password,
an unknown host, a good setup), `mailbot run` refusing a dead SMTP server, `mailbot
import` (bad rows import nothing; good rows are chased by the schedule), `mailbot init`,
`--version`, and store commands refusing a database that is missing or not migrated."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from sqlmodel import select

from mailbot.adapters.models import Contact, Debtor, Invoice
from mailbot.adapters.store import Store
from tests.botenv import CONFIG, write_config
from tests.servers import free_port

ROOT = Path(__file__).resolve().parent.parent


def mailbot(*args: str, timeout: float = 90, cwd: Path = ROOT
            ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mailbot", *args], capture_output=True,
                          text=True, timeout=timeout, cwd=cwd, check=False,
                          env=dict(os.environ))


def ok(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 0, f"exit {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.stdout


def edit(path: Path, old: str, new: str) -> Path:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))
    return path


def offline_config(path: Path, db: Path) -> Path:
    """A config whose servers nobody needs (store commands only)."""
    os.environ.setdefault("MAILBOT_TEST_IMAP_PASSWORD", "unused")
    path.write_text(CONFIG.format(ar="ar@acme.test", imap_port=1, smtp_port=1,
                                  db_url=f"sqlite:///{db}", boss="boss@acme.test",
                                  bank="payments@bank.test", authserv="mx.acme.test",
                                  idle="true"))
    return path


# -- store commands never create a database ------------------------------------------------

@pytest.mark.slow
def test_store_commands_refuse_a_missing_database_and_name_migrate(tmp_path):
    db = tmp_path / "books.db"
    config = offline_config(tmp_path / "config.toml", db)
    for cmd in (["status"], ["tasks"], ["digest", "--now", "2026-12-01T08:00"], ["outbox"],
                ["inbox"], ["import", str(tmp_path / "x.csv")]):
        proc = mailbot(*cmd, "--config", str(config))
        assert proc.returncode == 2, (cmd, proc.stdout, proc.stderr)
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1, proc.stderr
        assert "does not exist" in lines[0], lines
        assert "`mailbot migrate`" in lines[0], lines
        assert str(db) in lines[0]
        assert not db.exists(), cmd  # nothing created behind the operator's back
    assert "newest schema" in ok(mailbot("migrate", "--config", str(config)))
    assert "0 open invoice(s)" in ok(mailbot("status", "--config", str(config)))


def test_store_commands_refuse_an_old_or_empty_schema(tmp_path):
    db = tmp_path / "books.db"
    config = offline_config(tmp_path / "config.toml", db)
    sqlite3.connect(db).close()  # an empty file: no mailbot tables
    proc = mailbot("status", "--config", str(config))
    assert proc.returncode == 2
    assert "has no mailbot tables" in proc.stderr
    assert "`mailbot migrate`" in proc.stderr
    ok(mailbot("migrate", "--config", str(config)))
    with sqlite3.connect(db) as conn:  # as if made by the previous release
        conn.execute("UPDATE alembic_version SET version_num = '0013_ladder'")
    proc = mailbot("tasks", "--config", str(config))
    assert proc.returncode == 2
    assert "0013_ladder" in proc.stderr
    assert "`mailbot migrate`" in proc.stderr


# -- doctor -------------------------------------------------------------------------------

def doctor(config: Path, *extra: str) -> tuple[subprocess.CompletedProcess[str], float]:
    start = time.monotonic()
    proc = mailbot("doctor", "--config", str(config), "--now", "2026-12-01T09:00", *extra)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc, time.monotonic() - start


def line_of(proc: subprocess.CompletedProcess[str], start: str) -> str:
    found = [ln for ln in proc.stdout.splitlines() if ln.startswith(start)]
    assert found, f"no line starting {start!r}:\n{proc.stdout}\n{proc.stderr}"
    return found[0]


def test_doctor_passes_a_good_setup_and_sends_a_test_mail(tmp_path, dovecot, smtp_sink):
    config = write_config(tmp_path / "config.toml", dovecot, smtp_sink,
                          f"sqlite:///{tmp_path / 'm.db'}", migrated=False)
    ok(mailbot("migrate", "--config", str(config)))
    proc, _ = doctor(config, "--send-test")
    out = ok(proc)
    assert line_of(proc, "✓ IMAP 127.0.0.1").endswith("logged in as 'ar'")
    for folder in ("INBOX", "mailbot/processed", "mailbot/quarantine"):
        assert line_of(proc, f"✓ folder {folder}")
    assert line_of(proc, "✓ IMAP IDLE")
    assert line_of(proc, "✓ IMAP MOVE")
    assert line_of(proc, "✓ SMTP 127.0.0.1")
    assert line_of(proc, "✓ test mail to boss@acme.test")
    assert "at the newest schema" in line_of(proc, "✓ database")
    assert line_of(proc, "✓ letters in 'en'")
    assert "✗" not in out
    assert "checks passed" in out
    sent = smtp_sink.wait_for(1)
    assert sent[0].rcpt_tos == ["boss@acme.test"]
    assert "mailbot doctor" in message_from_bytes(sent[0].data)["Subject"]
    # the folders the bot needs now exist on the server
    assert "mailbot/processed" in dovecot.folders("ar")


def test_doctor_wrong_port_unmigrated_db_and_dead_smtp(tmp_path, dovecot, smtp_sink):
    config = write_config(tmp_path / "config.toml", dovecot, smtp_sink,
                          f"sqlite:///{tmp_path / 'm.db'}", migrated=False)
    dead = free_port()
    edit(config, f"port = {dovecot.imap_port}", f"port = {dead}")
    edit(config, f"port = {smtp_sink.port}", f"port = {free_port()}")
    proc, took = doctor(config)
    assert proc.returncode == 1, proc.stdout
    imap = line_of(proc, "✗ IMAP")
    assert "connection refused" in imap
    assert "imap.port" in imap
    assert "connection refused" in line_of(proc, "✗ SMTP")
    db = line_of(proc, "✗ database")
    assert "`mailbot migrate`" in db
    assert not (tmp_path / "m.db").exists()
    assert "check(s) failed" in proc.stdout
    assert took < 30


def test_doctor_tls_to_a_plain_port(tmp_path, dovecot, smtp_sink):
    config = write_config(tmp_path / "config.toml", dovecot, smtp_sink, "sqlite:///x.db",
                          migrated=False)
    edit(config, 'security = "plain"', 'security = "tls"')  # imap: plain port 143-style
    proc, took = doctor(config)
    assert proc.returncode == 1
    line = line_of(proc, "✗ IMAP")
    assert "answers in plain text" in line, line
    assert 'imap.security = "starttls"' in line, line
    assert "SSLError" not in proc.stdout
    assert "WRONG_VERSION_NUMBER" not in proc.stdout
    assert took < 20


def test_doctor_plain_to_a_tls_port_is_quick(tmp_path, dovecot, smtp_sink):
    config = write_config(tmp_path / "config.toml", dovecot, smtp_sink, "sqlite:///x.db",
                          migrated=False)
    edit(config, f"port = {dovecot.imap_port}", f"port = {dovecot.imaps_port}")
    proc, took = doctor(config)
    assert proc.returncode == 1
    line = line_of(proc, "✗ IMAP")
    assert f"port {dovecot.imaps_port} speaks TLS" in line
    assert 'imap.security = "tls"' in line, line
    assert "TimeoutError" not in proc.stdout
    assert took < 20  # was 32 s, then a raw TimeoutError


def test_doctor_untrusted_certificate_then_ca_file(tmp_path, dovecot, smtp_sink):
    config = write_config(tmp_path / "config.toml", dovecot, smtp_sink, "sqlite:///x.db",
                          migrated=False)
    edit(config, f"port = {dovecot.imap_port}", f"port = {dovecot.imaps_port}")
    edit(config, 'security = "plain"', 'security = "tls"')
    proc, _ = doctor(config)
    line = line_of(proc, "✗ IMAP")
    assert "not trusted" in line, line
    assert "imap.ca_file" in line, line
    edit(config, 'security = "tls"', f'security = "tls"\nca_file = "{dovecot.cert_path}"')
    proc, _ = doctor(config)
    assert line_of(proc, "✓ IMAP 127.0.0.1").endswith("logged in as 'ar'")


def test_doctor_wrong_password_names_the_variable(tmp_path, dovecot, smtp_sink):
    config = write_config(tmp_path / "config.toml", dovecot, smtp_sink, "sqlite:///x.db",
                          migrated=False)
    os.environ["MAILBOT_TEST_IMAP_PASSWORD"] = "wrong"
    try:
        proc, _ = doctor(config)
    finally:
        os.environ["MAILBOT_TEST_IMAP_PASSWORD"] = dovecot.users["ar"]
    line = line_of(proc, "✗ IMAP")
    assert "login refused for 'ar'" in line, line
    assert "MAILBOT_TEST_IMAP_PASSWORD" in line, line
    assert proc.returncode == 1


def test_doctor_unknown_host(tmp_path, dovecot, smtp_sink):
    config = write_config(tmp_path / "config.toml", dovecot, smtp_sink, "sqlite:///x.db",
                          migrated=False)
    edit(config, 'host = "127.0.0.1"', 'host = "no-such-host.invalid"')
    proc, _ = doctor(config)
    line = line_of(proc, "✗ IMAP")
    assert "cannot resolve 'no-such-host.invalid'" in line
    assert "imap.host" in line


def test_run_refuses_to_start_when_smtp_does_not_answer(tmp_path, dovecot, smtp_sink):
    db = tmp_path / "m.db"
    config = write_config(tmp_path / "config.toml", dovecot, smtp_sink, f"sqlite:///{db}",
                          migrated=False)
    edit(config, f"port = {smtp_sink.port}", f"port = {free_port()}")
    start = time.monotonic()
    proc = mailbot("run", "--config", str(config), timeout=60)
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "✗ SMTP 127.0.0.1" in lines[0]
    assert "connection refused" in lines[0]
    assert time.monotonic() - start < 30
    assert not db.exists()  # nothing made for a daemon that did not start


# -- import -------------------------------------------------------------------------------

HEADER = "number,debtor,contacts,amount,currency,issue_date,due_date,terms,language,time_zone,country\n"


def test_import_with_bad_rows_imports_nothing_and_names_each_line(tmp_path, dovecot,
                                                                   smtp_sink):
    config = write_config(tmp_path / "config.toml", dovecot, smtp_sink,
                          f"sqlite:///{tmp_path / 'm.db'}", migrated=False)
    ok(mailbot("migrate", "--config", str(config)))
    csv = tmp_path / "invoices.csv"
    csv.write_text(HEADER
                   + "INV-1,Globex,bob@globex.test,1200.00,EUR,2026-10-01,2026-10-31,,,,\n"
                   + "INV-2,Initech,carol@initech,860,EUR,2026-10-02,,30,,,\n"
                   + "INV-3,Initech,carol@initech.test,\"1,200.00\",EUR,2026-10-02,,,,,\n"
                   + "INV-4,Initech,carol@initech.test,100,EUR,2026-10-02,2026-11-01,,fr,,\n"
                   + "INV-1,Hooli,x@hooli.test,5,EUR,2026-10-02,,,,Mars/Base,\n"
                   + "INV-6,Hooli,x@hooli.test,5,EUR,2026-13-02,,,,,\n")
    proc = mailbot("import", str(csv), "--config", str(config))
    assert proc.returncode == 2
    err = proc.stderr
    assert "line 3: contacts: 'carol@initech' is not an email address" in err
    assert "line 4: amount: '1,200.00' is not a number" in err
    assert "line 5: language: no letters in 'fr'" in err
    assert "line 6: time_zone: 'Mars/Base'" in err
    assert "line 7: issue_date: '2026-13-02' is not a date" in err
    assert "line 2" not in err
    assert "5 bad row(s): nothing imported" in err.splitlines()[-1]
    store = Store(f"sqlite:///{tmp_path / 'm.db'}")
    try:
        with store.session() as s:
            assert s.exec(select(Invoice)).all() == []  # not even the good first row
            assert s.exec(select(Debtor)).all() == []
    finally:
        store.close()


@pytest.mark.slow
def test_import_then_the_schedule_chases_in_each_clients_language(tmp_path, dovecot,
                                                                    smtp_sink):
    db_url = f"sqlite:///{tmp_path / 'm.db'}"
    config = write_config(tmp_path / "config.toml", dovecot, smtp_sink, db_url,
                          migrated=False)
    ok(mailbot("migrate", "--config", str(config)))
    csv = tmp_path / "invoices.csv"
    csv.write_text(HEADER
                   + "RE-2026-1001,Globex GmbH,bob@globex.test;ap@globex.test,1200.00,EUR,"
                     "2026-10-15,2026-11-20,,de,Europe/Berlin,DE\n"
                   + "INV-77,Initech,carol@initech.test,860.50,USD,2026-11-01,,net 60,,,US\n")
    proc = mailbot("import", str(csv), "--dry-run", "--config", str(config))
    assert "would import 2 invoice(s), 2 new debtor(s)" in ok(proc)
    out = ok(mailbot("import", str(csv), "--config", str(config)))
    assert "imported 2 invoice(s), 2 new debtor(s)" in out
    again = ok(mailbot("import", str(csv), "--config", str(config)))
    assert "imported 0 invoice(s), 0 new debtor(s); 2 already there, skipped" in again
    store = Store(db_url)
    try:
        with store.session() as s:
            inv = s.exec(select(Invoice).where(Invoice.number == "INV-77")).one()
            assert str(inv.due_date) == "2026-12-31"
            assert inv.terms_days == 60
            globex = s.exec(select(Debtor).where(Debtor.name == "Globex GmbH")).one()
            assert (globex.language, globex.timezone, globex.country) == \
                ("de", "Europe/Berlin", "DE")
            emails = s.exec(select(Contact.email).where(Contact.debtor_id == globex.id)).all()
            assert sorted(emails) == ["ap@globex.test", "bob@globex.test"]
    finally:
        store.close()
    # the same number with another amount is a bad row
    csv.write_text(HEADER + "INV-77,Initech,carol@initech.test,999,USD,2026-11-01,,net 60,,,\n")
    proc = mailbot("import", str(csv), "--config", str(config))
    assert proc.returncode == 2
    assert "line 2: number: INV-77 is already in the database" \
        in proc.stderr
    # six days past due (a Thursday): the past-due note goes out, in German, to both
    ok(mailbot("tick", "--now", "2026-11-26T10:00", "--config", str(config)))
    sent = [m for m in smtp_sink.wait_for(1) if m.rcpt_tos != ["boss@acme.test"]]  # digest
    assert len(sent) == 1, [m.rcpt_tos for m in sent]  # Initech's is not due yet
    assert sorted(sent[0].rcpt_tos) == ["ap@globex.test", "bob@globex.test"]
    letter = message_from_bytes(sent[0].data, policy=policy.default)
    body = letter.get_body(preferencelist=("plain",)).get_content()
    assert "RE-2026-1001" in str(letter["Subject"])
    assert "RE-2026-1001" in body
    assert "Rechnung" in body or "Rechnung" in str(letter["Subject"]), body


def test_import_of_a_file_with_a_wrong_header(tmp_path):
    config = offline_config(tmp_path / "config.toml", tmp_path / "m.db")
    ok(mailbot("migrate", "--config", str(config)))
    csv = tmp_path / "x.csv"
    csv.write_text("invoice,client\nA,B\n")
    proc = mailbot("import", str(csv), "--config", str(config))
    assert proc.returncode == 2
    assert "missing column(s) number, debtor" in proc.stderr
    assert "line 1" in proc.stderr


# -- init, --version ------------------------------------------------------------------------

def test_init_writes_a_commented_config_that_checks_out(tmp_path, dovecot, smtp_sink):
    config = tmp_path / "config.toml"
    args = ["init", "--config", str(config), "--non-interactive", "--company", "Acme Design",
            "--address", "ar@acme.test", "--imap-host", "127.0.0.1",
            "--imap-port", str(dovecot.imap_port), "--imap-security", "plain",
            "--imap-user", "ar", "--smtp-host", "127.0.0.1", "--smtp-port",
            str(smtp_sink.port), "--smtp-security", "plain", "--smtp-user", "", "--iban",
            "DE89 3704 0044 0532 0130 00", "--currency", "USD", "--timezone",
            "America/New_York", "--country", "US", "--database",
            f"sqlite:///{tmp_path / 'books.db'}", "--now", "2026-12-01T09:00"]
    os.environ["MAILBOT_IMAP_PASSWORD"] = dovecot.users["ar"]
    try:
        proc = mailbot(*args)
    finally:
        del os.environ["MAILBOT_IMAP_PASSWORD"]
    out = ok(proc)
    assert f"wrote {config}" in out
    assert "all checks passed" in out
    text = config.read_text()
    assert 'name = "Acme Design"' in text
    assert "port = " + str(dovecot.imap_port) in text
    assert "# The AR address the bot reads" in text  # the example's explanations are kept
    assert 'timezone = "America/New_York"' in text
    assert '\nUSD = "0.92"' not in text  # the example's euro rates are not kept for USD
    assert (tmp_path / "books.db").exists()
    # never overwritten without --force
    before = config.read_text()
    proc = mailbot(*args)
    assert proc.returncode == 2
    assert "exists: not overwritten" in proc.stderr
    assert config.read_text() == before


def test_version_from_the_package_metadata():
    from importlib.metadata import version

    assert ok(mailbot("--version")).strip() == f"mailbot {version('mailbot')}"


def test_init_asks_for_what_the_flags_do_not_give(tmp_path):
    from mailbot.adapters.config import load_config

    config = tmp_path / "config.toml"
    answers = [
        "Kopi Nusantara", "ar@kopi.test", "imap.kopi.test",
        "", "", "",          # IMAP security, port, user: the defaults (tls, 993, the address)
        "", "", "",          # SMTP server, security, port: the IMAP host, tls, 465
        "-",                 # SMTP user: none (the server takes mail without login)
        "DE89 3704 0044 0532 0130 00", "",  # IBAN, no BIC
        "IDR", "Asia/Jakarta", "ID", "", "",  # currency, zone, country, digest, authserv-id
    ]
    proc = subprocess.run([sys.executable, "-m", "mailbot", "init", "--config", str(config),
                           "--database", f"sqlite:///{tmp_path / 'kopi.db'}", "--no-check"],
                          input="".join(a + "\n" for a in answers), capture_output=True, text=True, timeout=60,
                          cwd=ROOT, check=False)
    out = ok(proc)
    assert "Company name:" in out  # it asked, with the defaults shown
    assert "IMAP port [993]:" in out
    cfg = load_config(config)
    assert (cfg.company.name, cfg.company.currency) == ("Kopi Nusantara", "IDR")
    assert (cfg.imap.host, cfg.imap.port, cfg.imap.security, cfg.imap.username) == \
        ("imap.kopi.test", 993, "tls", "ar@kopi.test")
    assert (cfg.smtp.host, cfg.smtp.port, cfg.smtp.username) == ("imap.kopi.test", 465, None)
    assert cfg.staff.digest_to == ("owner@kopi.test",)
    assert cfg.trust.authserv_ids == ("imap.kopi.test",)
    assert str(cfg.schedule.tz) == "Asia/Jakarta"
    assert cfg.exchange_rates == {}  # the example's sample rates are not taken as real
    assert not (tmp_path / "kopi.db").exists()  # --no-check: nothing else done


def test_sync_with_tls_on_a_plain_port_says_so_in_words(tmp_path, dovecot, smtp_sink):
    config = write_config(tmp_path / "config.toml", dovecot, smtp_sink,
                          f"sqlite:///{tmp_path / 'm.db'}")
    edit(config, 'security = "plain"', 'security = "tls"')
    proc = mailbot("sync", "--config", str(config), timeout=60)
    assert proc.returncode == 2
    assert "answers in plain text, not TLS" in proc.stderr, proc.stderr
    assert "WRONG_VERSION_NUMBER" not in proc.stderr

"""`mailbot run` as a separate process on the wall clock, against Dovecot (IDLE and
polling), the SMTP sink and SQLite: new mail is processed as it arrives, a payment is
thanked for, unreadable mail is quarantined, and a signal stops it cleanly."""

from __future__ import annotations

import email.policy
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email import message_from_bytes
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from mailbot.adapters.models import Event, Invoice, MailMessage, Outbox
from mailbot.adapters.store import Store
from mailbot.errors import StoreUnavailable
from tests.botenv import AR, BOB, TZ, action_keys, config_text, invoice_mail, mail, payment_mail

ROOT = Path(__file__).resolve().parent.parent
WAIT = 20.0  # seconds for anything the daemon should do
STOP = 10.0  # seconds for it to stop after a signal
PROCESSED = "mailbot/processed"
QUARANTINE = "mailbot/quarantine"


def daemon_config(tmp_path: Path, dovecot, sink, db_url: str, *, idle: bool) -> Path:
    """The test config, made to send at any hour of any day (the daemon runs on the wall
    clock: the thank-you must not wait for Monday morning or a German holiday)."""
    text = config_text(dovecot, sink, db_url, idle=idle)
    holidays = 'holidays_country = "DE"\n'
    assert holidays in text
    text = text.replace(holidays, "business_hours = [0, 24]\n"
                                  "business_days = [1, 2, 3, 4, 5, 6, 7]\n")
    # re-IDLE only every minute: mail seen within WAIT came by the server's IDLE push
    assert "idle_seconds = 5\n" in text
    text = text.replace("idle_seconds = 5\n", "idle_seconds = 60\n")
    path = tmp_path / "config.toml"
    path.write_text(text)
    return path


class Daemon:
    """`mailbot run` in its own process; its log (stderr) goes to a file."""

    def __init__(self, config: Path, log: Path) -> None:
        self.log_path = log
        self._log = log.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "mailbot", "run", "--config", str(config)],
            cwd=ROOT, stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
            env=dict(os.environ))

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def alive(self) -> bool:
        return self.proc.poll() is None

    def wait_for(self, what: str, check: Callable[[], Any], timeout: float = WAIT) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            assert self.alive(), f"daemon died (exit {self.proc.returncode}):\n{self.log()}"
            result = check()
            if result:
                return result
            if time.monotonic() > deadline:
                pytest.fail(f"timed out after {timeout}s waiting for {what}\n--- daemon log:\n"
                            f"{self.log()}")
            time.sleep(0.2)

    def wait_watching(self) -> None:
        self.wait_for("the mailbox watcher", lambda: "watching mailbox" in self.log())

    def stop(self, sig: signal.Signals = signal.SIGTERM) -> int:
        self.proc.send_signal(sig)
        try:
            return self.proc.wait(timeout=STOP)
        except subprocess.TimeoutExpired:
            pytest.fail(f"daemon did not stop within {STOP}s of {sig.name}\n{self.log()}")

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self._log.close()


@pytest.fixture
def start_daemon(dovecot, smtp_sink, sqlite_url, tmp_path) -> Iterator[Callable[..., Daemon]]:
    started: list[Daemon] = []

    def start(*, idle: bool = True) -> Daemon:
        cfg = daemon_config(tmp_path, dovecot, smtp_sink, sqlite_url, idle=idle)
        d = Daemon(cfg, tmp_path / f"daemon{len(started)}.log")
        started.append(d)
        return d

    try:
        yield start
    finally:
        for d in started:
            d.close()


@pytest.fixture
def store(sqlite_url) -> Iterator[Store]:
    s = Store(sqlite_url)  # the daemon migrates; this only reads
    try:
        yield s
    finally:
        s.close()


def now_local() -> datetime:
    return datetime.now(UTC).astimezone(TZ)


def invoice(store: Store, number: str) -> Invoice | None:
    with store.session() as s:
        return s.exec(select(Invoice).where(Invoice.number == number)).first()


def ids(dovecot, user: str, folder: str = "INBOX") -> list[str]:
    """Message-IDs in a folder (Dovecot may store the bytes with other line endings)."""
    return [message_from_bytes(raw)["Message-ID"] for raw in dovecot.fetch_all(user, folder)]


def mid(raw: bytes) -> str:
    return message_from_bytes(raw)["Message-ID"]


def actions(dovecot, user: str, store) -> list[str]:
    return action_keys(store, dovecot.fetch_all(user))


def assert_stopped_cleanly(d: Daemon, sig: signal.Signals = signal.SIGTERM) -> str:
    code = d.stop(sig)
    log = d.log()
    assert code == 0, f"exit {code}\n{log}"
    assert re.search(r"\bstopping\b", log), log
    assert re.search(r"\bstopped\b", log), log
    assert "Traceback" not in log, log
    return log


# -- the tests --------------------------------------------------------------------------------


@pytest.mark.slow
def test_idle_invoice_then_payment_is_thanked(dovecot, smtp_sink, start_daemon, store):
    d = start_daemon(idle=True)
    d.wait_watching()
    assert "mode=idle" in d.log()

    sent = now_local()
    raw_invoice = invoice_mail("INV-900", BOB, "500.00", "Payment terms: net 14 days", sent)
    dovecot.append("ar", raw_invoice)
    # IDLE wakes the daemon: the invoice is registered and filed away
    d.wait_for("the invoice in mailbot/processed",
               lambda: ids(dovecot, "ar", PROCESSED) == [mid(raw_invoice)])
    inv = d.wait_for("the invoice in the database", lambda: invoice(store, "INV-900"))
    assert inv.state == "open"
    assert str(inv.amount) == "500.00"
    assert dovecot.fetch_all("ar") == []

    dovecot.append("ar", payment_mail("INV-900", "500.00", now_local()))
    d.wait_for("the invoice paid", lambda: invoice(store, "INV-900").state == "paid")
    # new mail makes the daemon tick at once: the client is thanked, without waiting
    # for the next periodic tick (5 minutes away)
    d.wait_for("a thank-you in Bob's mailbox", lambda: "thank_you:1" in actions(dovecot, "bob", store))
    assert actions(dovecot, "bob", store) == ["thank_you:1"]  # and nothing else
    thanks = message_from_bytes(dovecot.fetch_all("bob")[0], policy=email.policy.default)
    assert AR in thanks["From"]
    assert BOB in thanks["To"]
    assert "INV-900" in thanks["Subject"] + thanks.get_body(("plain",)).get_content()

    assert len(dovecot.fetch_all("ar", PROCESSED)) == 2
    assert dovecot.fetch_all("ar") == []
    with store.session() as s:
        inv = s.exec(select(Invoice)).one()
        assert inv.state == "paid"
        assert inv.paid_amount == inv.amount
        assert "thank_you" in inv.stages_done
        thank = s.exec(select(Outbox).where(Outbox.kind == "thank_you")).one()
        assert thank.status == "sent"
        assert thank.recipients == [BOB]
        kinds = [e.kind for e in s.exec(select(Event))]
        assert {"invoice_registered", "payment_full", "mail_sent"} <= set(kinds)

    log = assert_stopped_cleanly(d, signal.SIGTERM)
    assert "message processed" in log


@pytest.mark.slow
def test_polling_processes_new_mail(dovecot, smtp_sink, start_daemon, store):
    d = start_daemon(idle=False)
    d.wait_watching()
    assert "mode=poll" in d.log()
    raw = invoice_mail("INV-901", BOB, "80.00", "Payment terms: net 30 days", now_local())
    dovecot.append("ar", raw)
    d.wait_for("the invoice in mailbot/processed",
               lambda: ids(dovecot, "ar", PROCESSED) == [mid(raw)])
    d.wait_for("the invoice in the database", lambda: invoice(store, "INV-901"))
    assert dovecot.fetch_all("ar") == []
    assert_stopped_cleanly(d, signal.SIGTERM)


def test_sigint_stops_cleanly(dovecot, smtp_sink, start_daemon):
    d = start_daemon(idle=True)
    d.wait_watching()
    time.sleep(0.5)  # well into IDLE
    assert_stopped_cleanly(d, signal.SIGINT)


@pytest.mark.slow
def test_malformed_mail_is_quarantined_and_the_daemon_goes_on(dovecot, smtp_sink,
                                                               start_daemon, store):
    d = start_daemon(idle=True)
    d.wait_watching()
    dovecot.append("ar", b"\x00\x01 not mail")
    d.wait_for("the bad message in mailbot/quarantine",
               lambda: len(dovecot.fetch_all("ar", QUARANTINE)) == 1)
    with store.session() as s:
        bad = s.exec(select(MailMessage).where(MailMessage.direction == "in")).one()
        assert bad.quarantine_reason
        assert bad.needs_human
        assert bad.kind is None
        assert bad.raw == dovecot.fetch_all("ar", QUARANTINE)[0]  # kept, byte for byte
    assert d.alive()

    raw = invoice_mail("INV-902", BOB, "42.00", "Payment terms: net 14 days", now_local())
    dovecot.append("ar", raw)
    d.wait_for("the good message in mailbot/processed",
               lambda: ids(dovecot, "ar", PROCESSED) == [mid(raw)])
    d.wait_for("the invoice in the database", lambda: invoice(store, "INV-902"))
    assert len(dovecot.fetch_all("ar", QUARANTINE)) == 1
    assert dovecot.fetch_all("ar") == []
    log = assert_stopped_cleanly(d)
    assert "message quarantined" in log


def test_mail_arriving_during_a_sync_is_not_left_for_the_idle_timeout(dovecot, smtp_sink,
                                                                    sqlite_url):
    """In-process (watch() in a thread, as the daemon runs it): B arrives while A is being
    ingested. B must be processed promptly, not after the next IDLE times out."""
    import threading

    from mailbot.adapters.mailbox import watch
    from mailbot.app.services import App
    from tests.botenv import make_config

    cfg = make_config(dovecot, smtp_sink, sqlite_url, idle=True)
    cfg = cfg.model_copy(update={"imap": cfg.imap.model_copy(update={"idle_seconds": 60})})
    store = Store(sqlite_url)
    store.migrate()
    bot = App(cfg, store, None)
    now = datetime.now(UTC)
    a = mail("x@elsewhere.test", [AR], "A", "first", now)
    b = mail("y@elsewhere.test", [AR], "B", "second", now)
    real_ingest = bot.inbox.ingest
    done: list[int | None] = []

    def ingest(raw: bytes, **kw: Any):
        result = real_ingest(raw, **kw)
        if not done:
            dovecot.append("ar", b)  # B arrives while A is being processed
        done.append(kw.get("uid"))
        return result

    bot.inbox.ingest = ingest  # type: ignore[method-assign]
    dovecot.append("ar", a)
    stop = threading.Event()
    t = threading.Thread(target=watch, args=(cfg.imap, store, bot.inbox.ingest,
                                             lambda: datetime.now(UTC), stop,
                                             lambda _results: None))
    t.start()
    try:
        deadline = time.monotonic() + 4
        while len(done) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert done == [1, 2], "B was not processed within 4 s (idle_seconds is 60)"
    finally:
        stop.set()
        t.join(timeout=10)
        store.close()
    assert not t.is_alive()


# -- stopping while busy ------------------------------------------------------------------

STOP_BUSY = 5.0  # seconds from SIGTERM to exit, whatever the daemon is doing


def queued_since(store: Store, first_id: int) -> int:
    with store.session() as s:
        return len(s.exec(select(Outbox.id).where(Outbox.id > first_id)).all())


@pytest.mark.slow
@pytest.mark.timeout(400)  # filling the store: minutes on a loaded machine
def test_sigterm_mid_tick_on_a_big_store_stops_within_seconds(dovecot, smtp_sink, db_url,
                                                              tmp_path):
    """A tick over thousands of open invoices (tens of seconds of queuing) is stopped after
    the action in hand: the daemon exits within seconds, not when the tick is over."""
    from bench.scale import fill

    big = Store(db_url)
    big.migrate()
    fill(big, 10_000, 2_000, 2_000, 200)  # thousands of actions: tens of seconds to queue
    with big.session() as s:
        first = max(s.exec(select(Outbox.id)).all())
    d = Daemon(daemon_config(tmp_path, dovecot, smtp_sink, db_url, idle=True),
               tmp_path / "daemon.log")
    try:
        # the start-up tick is queuing its actions, one transaction each
        d.wait_for("the start-up tick queuing", lambda: queued_since(big, first) >= 10, 120)
        t0 = time.monotonic()
        d.proc.send_signal(signal.SIGTERM)
        try:
            code = d.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            code = None
        took = time.monotonic() - t0
        queued = queued_since(big, first)
    finally:
        d.close()
        big.close()
    log = d.log()
    assert code == 0, f"exit {code} after {took:.1f} s\n{log[-3000:]}"
    assert took < STOP_BUSY, f"stopped {took:.1f} s after SIGTERM, mid-tick"
    assert "tick stopped early" in log, "the tick ran to its end: not stopped mid-tick"
    assert re.search(r"\bstopped\b", log), log[-3000:]
    assert "Traceback" not in log, log[-3000:]
    assert queued >= 10


@pytest.mark.slow
def test_sigterm_mid_sync_stops_after_the_message_in_hand(dovecot, smtp_sink, start_daemon,
                                                          store):
    """A first sync of hundreds of messages is stopped after the message in hand: the
    daemon exits within seconds, what it stored is filed away, the rest waits in the
    inbox for the next run."""
    c = dovecot.client("ar")
    try:
        for n in range(300):
            c.append("INBOX", mail("x@elsewhere.test", [AR], f"note {n}", f"hello {n}",
                                   datetime.now(UTC)))
    finally:
        c.logout()
    d = start_daemon(idle=True)

    def stored() -> int:
        try:
            with store.session() as s:
                return len(s.exec(select(MailMessage.id).where(
                    MailMessage.direction == "in")).all())
        except StoreUnavailable:  # the daemon has not created the tables yet
            return 0

    d.wait_for("the sync under way", lambda: stored() >= 20, 60)
    t0 = time.monotonic()
    code = d.stop()
    took = time.monotonic() - t0
    assert code == 0, d.log()
    assert took < STOP_BUSY, f"stopped {took:.1f} s after SIGTERM, mid-sync"
    kept = stored()
    assert kept < 300, "the sync ran to its end: not stopped mid-sync"
    # every stored message was filed away; every other one is still in the inbox
    assert len(dovecot.fetch_all("ar", PROCESSED)) == kept
    assert len(dovecot.fetch_all("ar")) == 300 - kept
    assert "Traceback" not in d.log()

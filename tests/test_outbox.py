"""Sending is at most once, and what may not have gone out is shown to a person.

Against real aiosmtpd servers that answer slowly, hang, or refuse one recipient, real
processes killed with SIGKILL/SIGTERM, and SQLite and PostgreSQL: a claim is a
compare-and-set with a lease, nothing is re-sent automatically once DATA has started,
sending runs apart from planning in the daemon, and a chase that became wrong while it
waited in the outbox is cancelled instead of sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import Any, Self, cast

import pytest
from aiosmtpd.smtp import Envelope
from sqlalchemy import event
from sqlmodel import col, select

from mailbot.adapters.config import parse_config
from mailbot.adapters.models import Debtor, Event, Outbox
from mailbot.adapters.smtp import SmtpSender
from mailbot.adapters.store import Store
from mailbot.app import staff
from mailbot.app.services import App
from tests.botenv import (
    AR,
    BOB,
    BOSS,
    STAFF,
    TZ,
    Runner,
    at,
    config_text,
    invoice_mail,
    mail,
    payment_mail,
)
from tests.servers import LOCALHOST, _Port0Controller

ROOT = Path(__file__).resolve().parent.parent
DAY = date(2026, 11, 2)  # Monday; INV-1 is due on the 16th, the receipt check is the 5th
CHECK = at(DAY + timedelta(days=3))
ALICE = "alice@globex.test"


# -- an SMTP server that can be slow, hang, or refuse --------------------------------------


class _Handler:
    def __init__(self, server: Flaky) -> None:
        self.server = server

    async def handle_RCPT(self, server: Any, session: Any, envelope: Envelope, address: str,
                          rcpt_options: list[str]) -> str:
        f = self.server
        f.saw("RCPT")
        if f.hang_in == "RCPT":
            await f.hang()
        if address in f.refuse:
            return f.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Envelope) -> str:
        f = self.server
        f.saw("DATA")
        # the server has the message from here on, as a real one that queues before it
        # answers: a client that stops waiting for the answer cannot know
        with f.cond:
            f.received.append((list(envelope.rcpt_tos), bytes(cast(bytes, envelope.content))))
            f.cond.notify_all()
        if f.hang_in == "DATA":
            await f.hang()
        if f.data_delay:
            await asyncio.sleep(f.data_delay)
        return "250 Message accepted for delivery"


class Flaky:
    """aiosmtpd on 127.0.0.1 (own thread) that records what it accepted. `data_delay`
    slows the answer to DATA; `hang_in = "RCPT" | "DATA"` stops answering there until
    `release()`; `refuse[address] = "550 ..."` refuses that recipient."""

    def __init__(self) -> None:
        self.received: list[tuple[list[str], bytes]] = []
        self.seen: list[str] = []
        self.refuse: dict[str, str] = {}
        self.data_delay = 0.0
        self.hang_in: str | None = None
        self.cond = threading.Condition()
        self._released = threading.Event()
        self.controller = _Port0Controller(_Handler(self), hostname=LOCALHOST, port=0,
                                           server_hostname="localhost", ready_timeout=5.0)
        self.port: int | None = None

    def saw(self, what: str) -> None:
        with self.cond:
            self.seen.append(what)
            self.cond.notify_all()

    async def hang(self) -> None:
        deadline = time.monotonic() + 60
        while not self._released.is_set() and time.monotonic() < deadline:  # noqa: ASYNC110 - a threading.Event
            await asyncio.sleep(0.05)

    def release(self) -> None:
        self.hang_in = None
        self._released.set()

    def wait_seen(self, what: str, timeout: float = 20.0) -> None:
        with self.cond:
            assert self.cond.wait_for(lambda: what in self.seen, timeout), \
                f"the SMTP server never saw {what} (saw {self.seen})"

    def message_ids(self) -> list[str]:
        return [message_from_bytes(data)["Message-ID"] for _, data in self.received]

    def __enter__(self) -> Self:
        self.controller.start()
        self.port = self.controller.port
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
        time.sleep(0.1)
        self.controller.stop()


@pytest.fixture
def flaky() -> Iterator[Flaky]:
    with Flaky() as f:
        yield f


def cfg_text(dovecot: Any, server: Flaky, db_url: str, *, timeout: float = 5,
             any_time: bool = False) -> str:
    text = config_text(dovecot, server, db_url)
    text = text.replace("[smtp]\n", f"[smtp]\ntimeout_seconds = {timeout}\n")
    if any_time:  # for the daemon on the wall clock: any hour of any day is a business hour
        text = text.replace('holidays_country = "DE"\n', "business_hours = [0, 24]\n"
                            "business_days = [1, 2, 3, 4, 5, 6, 7]\n")
    return text


def open_bot(dovecot: Any, server: Flaky, db_url: str, **kw: Any) -> App:
    cfg = parse_config(cfg_text(dovecot, server, db_url, **kw), "test config")
    store = Store(cfg.database.url)
    store.migrate()
    return App(cfg, store, SmtpSender(cfg.smtp, sender=AR))  # the production retry policy


def rows(bot: App) -> list[Outbox]:
    with bot.store.session() as s:
        return list(s.exec(select(Outbox).order_by(col(Outbox.id))))


def events(bot: App, kind: str) -> list[Event]:
    with bot.store.session() as s:
        return list(s.exec(select(Event).where(Event.kind == kind)))


def queue_notices(store: Store, n: int, now: datetime) -> list[str]:
    """n mails to staff, queued as the pipeline queues them (row before any send)."""
    mids = []
    with store.session() as s:
        for i in range(n):
            msg = EmailMessage()
            mid = make_msgid(domain="acme.test")
            msg["From"], msg["To"], msg["Subject"], msg["Message-ID"] = AR, STAFF, f"n{i}", mid
            msg.set_content(f"notice {i}")
            s.add(Outbox(action_key=f"test:{i}", kind="staff_notice", message_id=mid,
                         recipients=[STAFF], subject=f"n{i}", raw=msg.as_bytes(),
                         created_at=now))
            mids.append(mid)
        s.commit()
    return mids


def mailbot(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mailbot", *args], check=False, capture_output=True,
                          text=True, cwd=ROOT, timeout=timeout, env=dict(os.environ))


def popen_mailbot(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "mailbot", *args], cwd=ROOT,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=dict(os.environ))


def to_bob(server: Flaky) -> list[bytes]:
    return [data for rcpts, data in server.received if BOB in rcpts]


@pytest.fixture
def runner(dovecot, flaky, db_url, tmp_path) -> Iterator[Runner]:
    cfg_file = tmp_path / "config.toml"
    cfg_file.write_text(cfg_text(dovecot, flaky, db_url))
    r = Runner.open(parse_config(cfg_file.read_text(), "test config"))
    r.config_file = cfg_file  # type: ignore[attr-defined]
    dovecot.append("ar", invoice_mail("INV-1", BOB, "1,000.00", "net 14", at(DAY, 10)))
    r.sync(at(DAY, 11))
    yield r
    r.close()


# -- 1. claims: compare-and-set with a lease ----------------------------------------------


def test_two_workers_racing_for_the_same_rows_send_each_once(dovecot, flaky, db_url):
    """Two workers with their own engines pick the same row at the same moment (a barrier
    holds both just before their claim is written): only one of them may send it."""
    bots = [open_bot(dovecot, flaky, db_url) for _ in range(2)]
    mids = queue_notices(bots[0].store, 6, CHECK)
    barrier = threading.Barrier(2, timeout=3)

    def hold_first_claim(store: Store) -> None:
        done: list[bool] = []

        @event.listens_for(store.engine, "before_cursor_execute")
        def _wait(conn, cursor, statement, *args):
            if not done and statement.lstrip().upper().startswith("UPDATE OUTBOX"):
                done.append(True)
                with contextlib.suppress(threading.BrokenBarrierError):
                    barrier.wait()

    for b in bots:
        hold_first_claim(b.store)
    errors: list[BaseException] = []

    def work(b: App) -> None:
        try:
            asyncio.run(b.dispatcher.flush(CHECK))
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(b,)) for b in bots]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    try:
        assert errors == []
        assert sorted(flaky.message_ids()) == sorted(mids)  # each one, once
        assert [r.status for r in rows(bots[0])] == ["sent"] * 6
    finally:
        for b in bots:
            b.store.close()


SENDER_SCRIPT = """
import asyncio, sys
from datetime import datetime
from mailbot.cli import open_bot
bot = open_bot(sys.argv[1])
start = float(sys.argv[3])
import time
time.sleep(max(0.0, start - time.time()))  # both processes start claiming together
asyncio.run(bot.dispatcher.flush(datetime.fromisoformat(sys.argv[2])))
"""


def test_two_processes_flushing_one_sqlite_file_send_each_row_once(dovecot, flaky,
                                                                   sqlite_url, tmp_path):
    cfg_file = tmp_path / "config.toml"
    cfg_file.write_text(cfg_text(dovecot, flaky, sqlite_url))
    bot = open_bot(dovecot, flaky, sqlite_url)
    mids = queue_notices(bot.store, 40, CHECK)
    start = time.time() + 3
    procs = [subprocess.Popen([sys.executable, "-c", SENDER_SCRIPT, str(cfg_file),
                               CHECK.isoformat(), str(start)], cwd=ROOT,
                              env=dict(os.environ), stderr=subprocess.PIPE)
             for _ in range(2)]
    for p in procs:
        _, err = p.communicate(timeout=90)
        assert p.returncode == 0, err.decode()
    try:
        assert len(flaky.received) == 40
        assert sorted(flaky.message_ids()) == sorted(mids)
        assert {r.status for r in rows(bot)} == {"sent"}
    finally:
        bot.store.close()


def test_a_worker_killed_before_data_leaves_the_mail_to_be_sent_once_after_its_lease(
        runner, flaky):
    cfg = str(runner.config_file)
    flaky.hang_in = "RCPT"
    proc = popen_mailbot("tick", "--config", cfg, "--now", CHECK.isoformat())
    try:
        flaky.wait_seen("RCPT")
    finally:
        proc.kill()  # SIGKILL: no clean-up of any kind
        proc.wait(timeout=10)
    flaky.release()
    [row] = [r for r in rows(runner.bot) if r.kind == "chase"]
    assert row.status == "sending"
    # another worker a minute later (the lease still runs): the row is left alone,
    # start-up recovery included
    runner.bot.dispatcher.recover(CHECK + timedelta(minutes=1))
    runner.tick(CHECK + timedelta(minutes=1))
    assert [r.status for r in rows(runner.bot) if r.kind == "chase"] == ["sending"]
    assert to_bob(flaky) == []
    # the lease has run out and DATA was never started: it goes out, once
    report = runner.tick(CHECK + timedelta(hours=1))
    assert [o.action_key for o in report.sent] == ["chase:1.receipt_check"]
    runner.tick(CHECK + timedelta(hours=2))
    assert len(to_bob(flaky)) == 1
    assert [r.status for r in rows(runner.bot) if r.kind == "chase"] == ["sent"]


def test_a_worker_killed_during_data_leaves_the_mail_uncertain_not_resent(runner, flaky):
    cfg = str(runner.config_file)
    flaky.hang_in = "DATA"
    proc = popen_mailbot("tick", "--config", cfg, "--now", CHECK.isoformat())
    try:
        flaky.wait_seen("DATA")
    finally:
        proc.kill()
        proc.wait(timeout=10)
    flaky.release()
    [row] = [r for r in rows(runner.bot) if r.kind == "chase"]
    assert row.status == "sending"
    assert row.data_started_at is not None
    for hours in (1, 2, 30):
        runner.tick(CHECK + timedelta(hours=hours))
    assert len(to_bob(flaky)) == 1  # the one the killed process handed over
    [row] = [r for r in rows(runner.bot) if r.kind == "chase"]
    assert row.status == "uncertain"
    assert [e.detail.get("action") for e in events(runner.bot, "send_uncertain")] \
        == [row.action_key]
    assert any(u.id == row.id and u.status == "uncertain" for u in staff.unsent(runner.bot.store))
    later = CHECK + timedelta(hours=31)
    assert any("uncertain" in line.text for line in runner.bot.reports.digest(later).needs_human)
    # a person checks and decides to send it again
    staff.retry(runner.bot.store, [row.id], later, "tester")
    runner.tick(later)
    assert len(to_bob(flaky)) == 2
    assert [r.status for r in rows(runner.bot) if r.kind == "chase"] == ["sent"]


# -- 2. nothing is re-sent once DATA has started --------------------------------------------


@pytest.mark.slow
def test_a_slow_answer_to_data_is_never_resent_and_is_shown(dovecot, flaky, db_url, tmp_path):
    """The server takes the message but answers after 3 s; the client waits 1 s."""
    cfg_file = tmp_path / "config.toml"
    cfg_file.write_text(cfg_text(dovecot, flaky, db_url, timeout=1))
    bot = open_bot(dovecot, flaky, db_url, timeout=1)
    flaky.data_delay = 3
    now = at(DAY, 9)
    try:
        digest = asyncio.run(bot.send_digest(now))  # as `mailbot digest --send`
        for minutes in (10, 60, 300):
            asyncio.run(bot.tick(now + timedelta(minutes=minutes)))
        time.sleep(3.5)  # any copy still in flight has arrived by now
        assert [rcpts for rcpts, _ in flaky.received] == [[BOSS]]
        assert digest.sent == []
        assert len(digest.uncertain) == 1
        [row] = rows(bot)
        assert row.status == "uncertain"
        assert row.kind == "digest"
        assert len(events(bot, "send_uncertain")) == 1
        # shown: the outbox, the status and the digest
        listing = mailbot("outbox", "--config", str(cfg_file))
        assert listing.returncode == 0
        assert "uncertain" in listing.stdout
        status = mailbot("status", "--config", str(cfg_file))
        assert status.returncode == 0, status.stdout
        assert "1 mail(s) uncertain" in status.stdout, status.stdout
        later = now + timedelta(hours=6)
        assert any("uncertain" in line.text for line in bot.reports.digest(later).needs_human)
        # a person decides: `mailbot retry ID` sends it again on the next tick
        flaky.data_delay = 0
        staff.retry(bot.store, [row.id], later, "tester")  # `mailbot retry ID`
        asyncio.run(bot.dispatcher.flush(later))
        assert len(flaky.received) == 2
        assert [r.status for r in rows(bot)] == ["sent"]
    finally:
        bot.store.close()


def test_a_failure_before_data_is_retried(dovecot, flaky, db_url):
    """Refused at RCPT with a 4xx: the server has nothing, so trying again is safe."""
    bot = open_bot(dovecot, flaky, db_url, timeout=1)
    [mid] = queue_notices(bot.store, 1, CHECK)
    flaky.refuse[STAFF] = "451 4.3.0 try later"
    try:
        report = asyncio.run(bot.dispatcher.flush(CHECK))
        assert flaky.seen.count("RCPT") == 3
        assert "DATA" not in flaky.seen
        [row] = rows(bot)
        assert row.status == "pending"
        assert row.next_attempt_at
        assert "451" in row.last_error
        assert report.failed
        assert report.uncertain == []
        del flaky.refuse[STAFF]
        asyncio.run(bot.dispatcher.flush(CHECK + timedelta(hours=1)))
        assert flaky.message_ids() == [mid]
    finally:
        bot.store.close()


# -- 3. one recipient refused, another accepted ----------------------------------------------


def test_a_refused_recipient_is_recorded_and_the_others_get_the_mail(dovecot, flaky, db_url):
    cfg = parse_config(cfg_text(dovecot, flaky, db_url), "test config")
    r = Runner.open(cfg)
    try:
        dovecot.append("ar", mail(STAFF, [BOB, ALICE], "Invoice INV-2",
                                  "Invoice number: INV-2\nTotal amount due: EUR 500.00\n"
                                  "net 14\n", at(DAY, 10), cc=[AR]))
        r.sync(at(DAY, 11))
        flaky.refuse[ALICE] = "550 5.1.1 no such user"
        report = r.tick(CHECK)
        assert [o.action_key for o in report.sent if o.kind == "chase"] \
            == ["chase:1.receipt_check"]
        assert [rcpts for rcpts, _ in flaky.received if rcpts != [BOSS]] == [[BOB]]
        [row] = [o for o in rows(r.bot) if o.kind == "chase"]
        assert row.status == "sent"
        assert row.refused == {ALICE: "550 5.1.1 no such user"}
        [ev] = events(r.bot, "recipient_refused")
        assert ev.detail["address"] == ALICE
        assert "550" in ev.detail["reply"]
        assert any(ALICE in u.error and u.id == row.id for u in staff.unsent(r.bot.store))
        assert any(ALICE in line.text for line in r.bot.reports.digest(CHECK).needs_human)
    finally:
        r.close()


# -- 4. sending runs apart from planning in the daemon ----------------------------------------


async def test_a_hung_smtp_server_does_not_stop_ticks_from_queuing(dovecot, flaky, sqlite_url):
    from mailbot.daemon import run_daemon

    bot = open_bot(dovecot, flaky, sqlite_url, timeout=30, any_time=True)
    now = datetime.now(UTC)
    queue_notices(bot.store, 1, now)
    flaky.hang_in = "RCPT"
    stop = asyncio.Event()
    daemon = asyncio.create_task(run_daemon(bot, stop=stop))
    try:
        await asyncio.to_thread(flaky.wait_seen, "RCPT")  # the first mail hangs
        sent = now.astimezone(TZ) - timedelta(days=4)
        dovecot.append("ar", invoice_mail("INV-5", BOB, "70.00", "net 14", sent))

        def chase_queued() -> bool:
            return any(r.kind == "chase" for r in rows(bot))

        deadline = time.monotonic() + 15
        while not chase_queued() and time.monotonic() < deadline:  # noqa: ASYNC110 - polls the database
            await asyncio.sleep(0.2)
        assert chase_queued(), "the new invoice's reminder was not queued within 15 s"
    finally:
        stop.set()
        flaky.release()
        await asyncio.wait_for(daemon, 20)
        bot.store.close()
    # stopping gave up the hung send before DATA: nothing went out, so it waits again
    statuses = {r.kind: r.status for r in rows(bot)}
    assert statuses["staff_notice"] == "pending"


@pytest.mark.slow
def test_sigterm_during_a_slow_send_lets_it_finish_as_sent(dovecot, flaky, sqlite_url,
                                                            tmp_path):
    cfg_file = tmp_path / "config.toml"
    cfg_file.write_text(cfg_text(dovecot, flaky, sqlite_url, timeout=30, any_time=True))
    store = Store(sqlite_url)
    store.migrate()
    [mid] = queue_notices(store, 1, datetime.now(UTC))
    flaky.data_delay = 3
    log = tmp_path / "daemon.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "mailbot", "run", "--config",
                                 str(cfg_file)], cwd=ROOT, stdin=subprocess.DEVNULL,
                                stdout=out, stderr=subprocess.STDOUT, env=dict(os.environ))
        try:
            flaky.wait_seen("DATA")
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(timeout=15)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    text = log.read_text()
    try:
        assert code == 0, text
        # the daemon runs on the real clock: after the digest hour it also queues the
        # day's digest, which is not this test's concern
        assert flaky.message_ids()[:1] == [mid]
        with store.session() as s:
            row = s.exec(select(Outbox).where(Outbox.message_id == mid)).one()
            assert row.status == "sent", text
    finally:
        store.close()


# -- 5. a chase that became wrong while queued is cancelled ------------------------------------


def _hold_invoice(r: Runner) -> None:
    from mailbot.adapters.models import Invoice

    with r.bot.store.session() as s:
        inv = s.exec(select(Invoice)).one()
        inv.hold_reason, inv.hold_until = "promise", DAY + timedelta(days=20)
        s.add(inv)
        s.commit()


def _stop_debtor(r: Runner) -> None:
    with r.bot.store.session() as s:
        for d in s.exec(select(Debtor)):
            d.stopped = True
            s.add(d)
        s.commit()


@pytest.mark.parametrize("change", ["payment", "held", "stopped"])
def test_a_chase_queued_before_a_payment_or_stop_is_cancelled_not_sent(runner, flaky, dovecot,
                                                                       change):
    runner.bot.scheduler.enqueue(CHECK)
    [row] = [r for r in rows(runner.bot) if r.kind == "chase"]
    assert row.status == "pending"
    if change == "payment":
        dovecot.append("ar", payment_mail("INV-1", "1,000.00", CHECK + timedelta(minutes=1)))
        runner.sync(CHECK + timedelta(minutes=2))
    elif change == "held":
        _hold_invoice(runner)
    else:
        _stop_debtor(runner)
    report = asyncio.run(runner.bot.dispatcher.flush(CHECK + timedelta(minutes=3)))
    assert [o for o in report.sent if o.kind == "chase"] == []
    assert to_bob(flaky) == []
    [row] = [r for r in rows(runner.bot) if r.kind == "chase"]
    assert row.status == "cancelled"
    assert row.last_error
    [ev] = events(runner.bot, "mail_cancelled")
    assert ev.detail["action"] == row.action_key


def test_a_statement_cancelled_for_one_paid_invoice_is_rewritten_for_the_rest(runner, flaky,
                                                                               dovecot):
    dovecot.append("ar", invoice_mail("INV-2", BOB, "300.00", "net 14", at(DAY, 10, 5)))
    runner.sync(at(DAY, 11, 5))
    runner.bot.scheduler.enqueue(CHECK)
    [row] = [r for r in rows(runner.bot) if r.kind == "chase"]
    assert row.action_key == "chase:1.receipt_check+2.receipt_check"
    dovecot.append("ar", payment_mail("INV-1", "1,000.00", CHECK + timedelta(minutes=1)))
    runner.sync(CHECK + timedelta(minutes=2))
    asyncio.run(runner.bot.dispatcher.flush(CHECK + timedelta(minutes=3)))
    assert to_bob(flaky) == []
    # the next tick thanks for INV-1 and asks about INV-2 alone
    report = runner.tick(CHECK + timedelta(minutes=4))
    keys = sorted(o.action_key for o in report.sent if o.kind != "digest")
    assert keys == ["chase:2.receipt_check", "thank_you:1"]

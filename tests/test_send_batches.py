"""Sending in batches over one SMTP connection, without weakening at-most-once.

Against a real aiosmtpd server that counts its connections and can close one with 421
after a few mails, drop it in the middle of a DATA, or answer DATA slowly; on SQLite and
PostgreSQL: one connection for many mails; a payment recorded after a mail was claimed
still cancels it; a dropped connection leaves uncertain only the mail whose DATA was
under way; a process killed in the middle of a batch leaves nothing pending that the
server may have taken; a stop lets the mail in DATA finish and gives back the rest.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from email import message_from_bytes
from email.message import EmailMessage
from typing import Any, Self, cast

import pytest
from aiosmtpd.smtp import SMTP, Envelope

from mailbot.adapters.config import SmtpConfig
from mailbot.adapters.smtp import SmtpSender
from mailbot.daemon import finish_dispatch
from tests.botenv import BOB, STAFF, payment_mail
from tests.servers import LOCALHOST, _Port0Controller
from tests.test_outbox import (
    CHECK,
    ROOT,
    cfg_text,
    events,
    open_bot,
    queue_notices,
    rows,
)


class Server:
    """aiosmtpd on 127.0.0.1 (own thread) that counts connections and what it took.
    `per_connection`: after that many mails on one connection, MAIL gets 421 and the
    connection is closed. `drop_at`: at that DATA (1-based, over all connections) the
    server keeps the mail and closes the connection without answering; `down_after_drop`
    then answers every later MAIL with 421. `slow_at`: that DATA is answered after
    `delay` seconds."""

    def __init__(self) -> None:
        self.connections = 0
        self.taken: list[str] = []  # Message-IDs, in the order DATA brought them
        self.rcpts: list[list[str]] = []
        self.per_connection: int | None = None
        self.drop_at: int | None = None
        self.down_after_drop = False
        self.slow_at: int | None = None
        self.delay = 0.0
        self.down = False
        self.rcpt_seen = threading.Event()
        self.hold_rcpt_to: str | None = None  # RCPT of this address waits for release()
        self._released = threading.Event()
        self.cond = threading.Condition()
        server = self

        class Counting(SMTP):
            def connection_made(self, transport: Any) -> None:
                server.connections += 1
                self.mails_here = 0
                super().connection_made(transport)

        class Controller(_Port0Controller):
            def factory(self) -> SMTP:
                return Counting(self.handler, **self.SMTP_kwargs)

        self.controller = Controller(self, hostname=LOCALHOST, port=0,
                                     server_hostname="localhost", ready_timeout=5.0)
        self.port: int | None = None

    async def handle_MAIL(self, server: Any, session: Any, envelope: Envelope, address: str,
                          options: list[str]) -> str:
        if self.down or (self.per_connection is not None
                         and server.mails_here >= self.per_connection):
            asyncio.get_running_loop().call_soon(server.transport.close)
            return "421 4.7.0 closing: too many mails on this connection"
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Envelope, address: str,
                          options: list[str]) -> str:
        if address == self.hold_rcpt_to:
            self.rcpt_seen.set()
            while not self._released.is_set():  # noqa: ASYNC110 - a threading.Event
                await asyncio.sleep(0.02)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Envelope) -> str:
        server.mails_here += 1
        with self.cond:
            self.taken.append(message_from_bytes(cast(bytes, envelope.content))["Message-ID"])
            self.rcpts.append(list(envelope.rcpt_tos))
            n = len(self.taken)
            self.cond.notify_all()
        if n == self.drop_at:  # it has the mail; the client never hears so
            self.down = self.down_after_drop
            server.transport.close()
            await asyncio.sleep(30)
        if n == self.slow_at:
            await asyncio.sleep(self.delay)
        return "250 Message accepted for delivery"

    def wait_taken(self, n: int, timeout: float = 20.0) -> None:
        with self.cond:
            assert self.cond.wait_for(lambda: len(self.taken) >= n, timeout), \
                f"the server took {len(self.taken)} mails, not {n}"

    def release(self) -> None:
        self._released.set()

    def __enter__(self) -> Self:
        self.controller.start()
        self.port = self.controller.port
        self.connections = 0  # not the controller's own readiness check
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
        self.controller.stop()


@pytest.fixture
def server() -> Iterator[Server]:
    with Server() as s:
        yield s


def by_mid(bot: Any) -> dict[str, Any]:
    return {r.message_id: r for r in rows(bot)}


# -- one connection ------------------------------------------------------------------------


def test_sending_many_mails_uses_one_connection(dovecot, server, db_url):
    bot = open_bot(dovecot, server, db_url)
    try:
        mids = queue_notices(bot.store, 40, CHECK)
        report = asyncio.run(bot.dispatcher.flush(CHECK))
        assert server.connections == 1
        assert server.taken == mids  # each once, in the order queued
        assert [r.status for r in rows(bot)] == ["sent"] * 40
        assert len(report.sent) == 40
        assert len(events(bot, "mail_sent")) == 40
        assert all(r.data_started_at is not None and r.sent_at is not None for r in rows(bot))
    finally:
        bot.store.close()


def test_a_421_after_a_few_mails_reconnects_and_sends_each_once(dovecot, server, db_url):
    server.per_connection = 3
    bot = open_bot(dovecot, server, db_url)
    try:
        mids = queue_notices(bot.store, 10, CHECK)
        report = asyncio.run(bot.dispatcher.flush(CHECK))
        assert server.taken == mids
        assert server.connections == 4  # 3 + 3 + 3 + 1
        assert len(report.sent) == 10
        assert report.failed == report.uncertain == []
        assert [r.status for r in rows(bot)] == ["sent"] * 10
        assert all(r.attempts == 1 for r in rows(bot))
    finally:
        bot.store.close()


def test_a_slow_claim_ahead_does_not_hold_up_the_batch_in_hand(dovecot, server, db_url):
    """The next batch is claimed while this one goes out; the markers of this one's mails
    do not wait for that claim (a lock it waits for, a slow disk). Batches of 1, 2, 4, 8:
    the claim of the eight, made during the batch of four (mails 4-7), goes on only once
    the server has taken mail 6, whose marker is committed meanwhile."""
    bot = open_bot(dovecot, server, db_url)
    claim = bot.dispatcher._claim_loop

    def slow(now: Any, limit: int, done: Any) -> Any:
        if limit == 8:
            server.wait_taken(6, timeout=5)
        return claim(now, limit, done)

    bot.dispatcher._claim_loop = slow  # type: ignore[method-assign]
    try:
        mids = queue_notices(bot.store, 15, CHECK)
        report = asyncio.run(bot.dispatcher.flush(CHECK))
        assert server.taken == mids
        assert len(report.sent) == 15
        assert [r.status for r in rows(bot)] == ["sent"] * 15
    finally:
        bot.store.close()


# -- a payment between claim and DATA ------------------------------------------------------


@pytest.mark.parametrize("ahead", [0, 2], ids=["alone", "in-a-batch"])
def test_a_payment_recorded_between_claim_and_data_cancels_the_chase(runner_on, server,
                                                                      dovecot, ahead):
    """The chase is claimed and its RCPT is under way when the payment is recorded: the
    check just before DATA cancels it (before, the claim's check was the last one and it
    went out). Alone, it is the marker's check; behind two other mails it was marked
    with its batch of two, and the last look before DATA finds the payment."""
    r = runner_on
    queue_notices(r.bot.store, ahead, CHECK)
    r.bot.scheduler.enqueue(CHECK)
    server.hold_rcpt_to = BOB
    got: list[Any] = []
    flush = threading.Thread(target=lambda: got.append(
        asyncio.run(r.bot.dispatcher.flush(CHECK + timedelta(minutes=1)))))
    flush.start()
    try:
        assert server.rcpt_seen.wait(20), "the chase never reached RCPT"
        [row] = [o for o in rows(r.bot) if o.kind == "chase"]
        assert row.status == "sending"  # claimed
        dovecot.append("ar", payment_mail("INV-1", "1,000.00", CHECK + timedelta(minutes=2)))
        r.sync(CHECK + timedelta(minutes=3))
    finally:
        server.release()
        flush.join(timeout=30)
    assert not flush.is_alive()
    [report] = got
    assert [o.kind for o in report.sent if o.kind == "chase"] == []
    assert to_bob_ids(server) == []
    [row] = [o for o in rows(r.bot) if o.kind == "chase"]
    assert row.status == "cancelled"
    assert "INV-1 is paid" in row.last_error
    assert row.data_started_at is None
    assert [e.detail["action"] for e in events(r.bot, "mail_cancelled")] == [row.action_key]


@pytest.fixture
def runner_on(dovecot, server, db_url, tmp_path):
    from mailbot.adapters.config import parse_config
    from tests.botenv import BOB, Runner, at, invoice_mail
    from tests.test_outbox import DAY

    r = Runner.open(parse_config(cfg_text(dovecot, server, db_url), "test config"))
    dovecot.append("ar", invoice_mail("INV-1", BOB, "1,000.00", "net 14", at(DAY, 10)))
    r.sync(at(DAY, 11))
    yield r
    r.close()


def test_a_payment_recorded_while_earlier_mails_go_out_cancels_a_later_chase(runner_on,
                                                                             server,
                                                                             dovecot):
    r = runner_on
    mids = queue_notices(r.bot.store, 3, CHECK)  # queued first: they go out first
    r.bot.scheduler.enqueue(CHECK)
    server.hold_rcpt_to = STAFF  # the first notice waits at RCPT
    flush = threading.Thread(target=lambda: asyncio.run(
        r.bot.dispatcher.flush(CHECK + timedelta(minutes=1))))
    flush.start()
    try:
        assert server.rcpt_seen.wait(20)
        dovecot.append("ar", payment_mail("INV-1", "1,000.00", CHECK + timedelta(minutes=2)))
        r.sync(CHECK + timedelta(minutes=3))
    finally:
        server.release()
        flush.join(timeout=30)
    assert [m for m in server.taken if m in mids] == mids
    assert to_bob_ids(server) == []
    [row] = [o for o in rows(r.bot) if o.kind == "chase"]
    assert row.status == "cancelled"


def to_bob_ids(server: Server) -> list[str]:
    return [m for m, rcpts in zip(server.taken, server.rcpts, strict=True) if BOB in rcpts]


# -- a connection dropped in the middle of a batch -----------------------------------------


@pytest.mark.parametrize("down", [False, True], ids=["server-stays", "server-gone"])
def test_a_connection_dropped_mid_batch_leaves_only_the_mail_in_data_uncertain(
        dovecot, server, db_url, down):
    """Mails 1-3 go out, the 4th (the first of a batch of four, all marked) is taken
    and the connection dropped before the answer. Only the 4th is uncertain; the others
    go out over a new connection, or, with the server gone, are pending again with their
    marker cleared, and go out once when it is back."""
    server.drop_at, server.down_after_drop = 4, down
    bot = open_bot(dovecot, server, db_url, timeout=2)
    try:
        mids = queue_notices(bot.store, 9, CHECK)
        report = asyncio.run(bot.dispatcher.flush(CHECK))
        got = by_mid(bot)
        assert [got[m].status for m in mids[:3]] == ["sent"] * 3
        assert got[mids[3]].status == "uncertain"
        assert [o.message_id for o in report.uncertain] == [mids[3]]
        rest = [got[m] for m in mids[4:]]
        if not down:
            assert server.taken == mids
            assert [r.status for r in rest] == ["sent"] * 5
            assert server.connections == 2
            return
        assert server.taken == mids[:4]
        assert [r.status for r in rest] == ["pending"] * 5
        assert all(r.data_started_at is None and r.next_attempt_at for r in rest)
        server.down = False  # back; the retries fall due
        later = max(r.next_attempt_at for r in rest)
        asyncio.run(bot.dispatcher.flush(later))
        assert server.taken == mids  # the 4th once, the rest once
        got = by_mid(bot)
        assert [got[m].status for m in mids] == ["sent"] * 3 + ["uncertain"] + ["sent"] * 5
    finally:
        bot.store.close()


# -- a crash in the middle of a batch ------------------------------------------------------

FLUSH_SCRIPT = """
import asyncio, sys
from datetime import datetime
from mailbot.cli import open_bot
bot = open_bot(sys.argv[1])
asyncio.run(bot.dispatcher.flush(datetime.fromisoformat(sys.argv[2])))
"""


def test_a_process_killed_mid_batch_leaves_nothing_pending_that_may_have_gone_out(
        dovecot, server, db_url, tmp_path):
    """SIGKILL while the server holds the 6th DATA (the 3rd of a batch of four, after
    batches of one and two): every mail the server took, or may yet take, is sent or
    uncertain, never pending; what was never marked is pending and goes out once."""
    cfg = tmp_path / "config.toml"
    cfg.write_text(cfg_text(dovecot, server, db_url))
    bot = open_bot(dovecot, server, db_url)
    server.slow_at, server.delay = 6, 30.0
    try:
        mids = queue_notices(bot.store, 30, CHECK)
        proc = subprocess.Popen([sys.executable, "-c", FLUSH_SCRIPT, str(cfg),
                                 CHECK.isoformat()], cwd=ROOT, env=dict(os.environ),
                                stderr=subprocess.PIPE)
        try:
            server.wait_taken(6, timeout=90)  # a busy machine starts Python slowly
            time.sleep(0.3)  # the next batch is claimed meanwhile, in the store's thread
        finally:
            proc.kill()
            _, err = proc.communicate(timeout=10)
        assert proc.returncode == -9, err.decode()
        server.slow_at = None
        bot.dispatcher.recover(CHECK + timedelta(days=1))  # every lease has run out
        got = by_mid(bot)
        taken = set(server.taken)
        assert all(got[m].status in ("sent", "uncertain") for m in taken)
        marked = [m for m in mids if got[m].status == "uncertain"]
        assert mids[5] in marked
        assert len(marked) <= 2 * 16  # this batch and the one claimed behind it
        pending = [m for m in mids if got[m].status == "pending"]
        assert pending
        assert not taken & set(pending)
        assert all(got[m].data_started_at is None for m in pending)
        asyncio.run(bot.dispatcher.flush(CHECK + timedelta(days=1)))
        assert sorted(server.taken) == sorted(set(server.taken))  # nothing twice
        assert set(server.taken) == taken | set(pending)
    finally:
        bot.store.close()


def test_a_process_killed_mid_batch_leaves_only_the_last_mails_unrecorded(
        dovecot, server, db_url, tmp_path):
    """SIGKILL while the server holds the 13th DATA (the 6th of a batch of eight): the
    mails it took before are recorded sent, a few mails after their 250 with a later
    marker (before, a batch's sends waited for the claim of the batch after it, and a
    crash left them 'sending', to be proven by their copies in Sent or left 'uncertain'
    for a person); only the mail in DATA, the next one marked during it and the few not
    yet recorded are left so."""
    cfg = tmp_path / "config.toml"
    cfg.write_text(cfg_text(dovecot, server, db_url))
    bot = open_bot(dovecot, server, db_url)
    server.slow_at, server.delay = 13, 30.0
    try:
        mids = queue_notices(bot.store, 40, CHECK)
        proc = subprocess.Popen([sys.executable, "-c", FLUSH_SCRIPT, str(cfg),
                                 CHECK.isoformat()], cwd=ROOT, env=dict(os.environ),
                                stderr=subprocess.PIPE)
        try:
            server.wait_taken(13, timeout=90)
            time.sleep(0.5)  # what the store's thread had to do is done
        finally:
            proc.kill()
            _, err = proc.communicate(timeout=10)
        assert proc.returncode == -9, err.decode()
        got = by_mid(bot)  # as the crash left them, before a recovery looks in Sent
        assert [got[m].status for m in mids[:8]] == ["sent"] * 8
        assert got[mids[12]].status == "sending"  # in DATA
        server.slow_at = None
        bot.dispatcher.sent = None  # no copies to prove them sent: what a person would see
        bot.dispatcher.recover(CHECK + timedelta(days=1))  # every lease has run out
        got = by_mid(bot)
        uncertain = [i for i, m in enumerate(mids) if got[m].status == "uncertain"]
        assert 12 in uncertain
        assert len(uncertain) <= 6
        assert min(uncertain) >= 8
    finally:
        bot.store.close()


@pytest.mark.parametrize(("point", "batch"), [
    ("send.claimed:2", range(1, 3)),  # the batch of two, just claimed, after one mail
    ("send.claimed:3", range(3, 7)),  # the batch of four, claimed while two went out
], ids=["second-batch", "third-batch"])
def test_a_process_killed_between_claim_and_data_leaves_the_mail_pending_not_uncertain(
        dovecot, server, db_url, tmp_path, point, batch):
    """SIGKILL just after a batch was claimed, before any of its DATA: its mails are
    pending again once the claim runs out (no marker), never uncertain, and go out once.
    (Each mail's marker is committed just before its own DATA, not with the claim.)"""
    cfg = tmp_path / "config.toml"
    cfg.write_text(cfg_text(dovecot, server, db_url))
    bot = open_bot(dovecot, server, db_url)
    try:
        mids = queue_notices(bot.store, 8, CHECK)
        done = subprocess.run([sys.executable, "-c", FLUSH_SCRIPT, str(cfg), CHECK.isoformat()],
                              cwd=ROOT, env={**os.environ, "MAILBOT_CRASHPOINT": point},
                              capture_output=True, timeout=120, check=False)
        assert done.returncode == -9, done.stderr.decode()
        taken = list(server.taken)
        assert taken == mids[:batch.start]
        bot.dispatcher.recover(CHECK + timedelta(days=1))  # every lease has run out
        got = by_mid(bot)
        claimed = [got[mids[i]] for i in batch]
        assert [r.status for r in claimed] == ["pending"] * len(batch)
        assert all(r.data_started_at is None for r in claimed)
        assert all(got[m].status in ("sent", "uncertain") for m in taken)
        asyncio.run(bot.dispatcher.flush(CHECK + timedelta(days=1)))
        assert sorted(server.taken) == sorted(mids)  # each once
        got = by_mid(bot)
        assert all(got[m].status == "sent" for m in mids[batch.start:])
    finally:
        bot.store.close()


# -- a stop in the middle of a batch -------------------------------------------------------


async def test_a_stop_lets_the_mail_in_data_finish_and_gives_back_the_rest(dovecot, server,
                                                                           sqlite_url):
    server.slow_at, server.delay = 5, 4.0  # the 2nd of a batch of four answers slowly
    bot = open_bot(dovecot, server, sqlite_url, timeout=30)
    try:
        mids = queue_notices(bot.store, 12, CHECK)
        task = asyncio.create_task(bot.dispatcher.flush(CHECK))
        await asyncio.to_thread(server.wait_taken, 5)
        assert bot.dispatcher.in_data
        bot.dispatcher.stopping.set()  # as the daemon stops: SIGTERM
        await finish_dispatch(cast(Any, _Bot(bot.dispatcher)), cast(Any, task))
        got = by_mid(bot)
        assert server.taken == mids[:5]
        assert [got[m].status for m in mids[:5]] == ["sent"] * 5
        back = [got[m] for m in mids[5:]]
        assert [r.status for r in back] == ["pending"] * 7
        assert all(r.data_started_at is None and r.claimed_by is None and r.attempts == 0
                   for r in back)
        # a later flush sends them, once
        bot.dispatcher.stopping.clear()
        await bot.dispatcher.flush(CHECK)
        assert server.taken == mids
    finally:
        bot.store.close()


class _Bot:
    def __init__(self, dispatcher: Any) -> None:
        self.dispatcher = dispatcher


# -- the bytes sent ------------------------------------------------------------------------


def _letter(bcc: bool, body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "ar@acme.test", "bob@globex.test", "Rechnung fällig"
    msg["Message-ID"] = "<x@acme.test>"
    if bcc:
        msg["Bcc"] = "archive@acme.test"
    msg.set_content(body)
    msg.add_alternative(f"<p>{body}</p>", subtype="html")
    return msg


@pytest.mark.parametrize("body", ["Please pay INV-1.", "Bitte zahlen Sie. Grüße",
                                  "Оплатите счёт"])
@pytest.mark.parametrize("bcc", [False, True])
def test_a_stored_mail_goes_out_as_flattening_it_would_send_it(server, body, bcc):
    """The stored bytes are sent as they are when flattening them again would give the
    same (ASCII headers, no Bcc; an 8-bit body to a server that takes 8BITMIME), and a
    Bcc is never sent."""
    from aiosmtplib.email import flatten_message

    from mailbot.adapters.smtp import _as_stored

    raw = _letter(bcc, body).as_bytes()
    reparsed = message_from_bytes(raw, policy=__import__("email").policy.SMTP)
    flat = flatten_message(reparsed, utf8=False, cte_type="8bit")
    assert _as_stored(raw, eight_bit=True) is not bcc
    if not bcc:
        assert raw.replace(b"\n", b"\r\n") == flat
    received: list[bytes] = []

    class Keep:
        async def handle_DATA(self, srv: Any, session: Any, envelope: Envelope) -> str:
            received.append(cast(bytes, envelope.content))
            return "250 OK"

    controller = _Port0Controller(Keep(), hostname=LOCALHOST, port=0,
                                  server_hostname="localhost", ready_timeout=5.0)
    controller.start()
    try:
        sender = SmtpSender(SmtpConfig(host=LOCALHOST, port=controller.port,
                                         security="plain", timeout_seconds=5),
                            sender="ar@acme.test")
        asyncio.run(sender.send(raw, ["bob@globex.test"]))
    finally:
        controller.stop()
    [data] = received
    assert b"archive@acme.test" not in data
    first = cast(Any, message_from_bytes(data)).get_payload()[0]
    assert first.get_payload(decode=True).decode().strip() == body

"""Server faults: the daemon, `mailbot run` in its own process on the wall clock, kept
running through IMAP, SMTP and database faults.

    PYTHONPATH=. .venv/bin/python -m bench.faults [--short] [--no-postgres] [--json PATH]

The world: a private Dovecot behind a fault-injecting TCP proxy (tests/imap_proxy.py), an
SMTP server over TLS that answers as scripted (tests/fault_servers.py) behind another
proxy, the daemon's SQLite file on a small tmpfs of its own (root only; else a temp dir
and no disk-full fault), then a private PostgreSQL cluster (never the machine's shared
one) for the restart fault. Each fault is injected while a "probe" goes through: an
invoice copied to the bot and the bank's payment notice for it, which the daemon must
read once and thank the client for once. The faults:

- IMAP: the connection cut halfway through a FETCH answer, cut during IDLE; Dovecot
  killed and started again; frozen (SIGSTOP, connections hang) then thawed; restarted
  with a new UIDVALIDITY (a copy of mail already read put back in the inbox must not
  count twice); its login refused for a while.
- SMTP: 421, 451 and 452 (retried: within the send, or later with the outbox's backoff,
  shown in `mailbot status`), 550 and 553 (recorded as failed, surfaced, never retried),
  a greeting that never comes, a hang and a drop before DATA (retried) and after DATA
  (the message taken: 'uncertain', never sent again), a certificate that fails TLS.
- Database: SQLite locked by another process (longer than the driver's 30 s busy wait),
  the disk full under SQLite, PostgreSQL restarted while the daemon is mid-transaction,
  and down from just after the SMTP server took a mail until after its answer.

Retries the outbox schedules 5 minutes ahead are brought forward by the campaign (the row's
next_attempt_at set to now) instead of waiting: the backoff itself is checked, not waited.

Figures: faults injected and survived (the daemon alive and a probe through afterwards),
mails delivered exactly once, surfaced as failed or uncertain (as each fault should),
messages lost or stored twice, the daemon's CPU seconds in each fault window beside 10 %
of the window (a busy loop takes ~100 %) and beside a quiet window, and whether
`mailbot status` showed the IMAP, SMTP and database backoff. Exits 1 on any breach.
"""

from __future__ import annotations

import argparse
import contextlib
import email.policy
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from pathlib import Path

import psycopg
from sqlalchemy import update
from sqlmodel import col, select

from bench import figures
from mailbot.adapters.models import Event, Invoice, MailMessage, Outbox
from mailbot.adapters.store import Store
from mailbot.domain.events import EventKind
from tests import botenv
from tests.fault_servers import PG_BIN, Fault, FaultySmtp, PrivatePostgres, make_cert, wait_until
from tests.imap_proxy import CountingProxy, cpu_seconds
from tests.servers import Dovecot

ROOT = Path(__file__).resolve().parent.parent
USERS = {"ar": "arpw", "staff": "staffpw"}
SMTP_TIMEOUT = 3  # seconds: hangs are found quickly
IMAP_TIMEOUT = 5
PROBE_WAIT = 90.0  # seconds for a probe to go through once a fault is cleared
CPU_SHARE = 0.10  # of one core over a fault window: a busy loop would take ~1.0


@dataclass
class Result:
    name: str
    part: str  # imap | smtp | database
    survived: bool = False
    expected: bool = False  # the fault's own outcome was as it should be
    recovery: float | None = None  # seconds from the fault's end to the probe's thank-you
    window: float = 0.0  # seconds of the CPU window (0: none measured)
    cpu: float = 0.0
    status_shown: bool | None = None  # `mailbot status` showed this part failing
    notes: list[str] = field(default_factory=list)

    @property
    def cpu_ok(self) -> bool:
        return not self.window or self.cpu <= CPU_SHARE * self.window


@dataclass
class Probe:
    n: int
    client: str
    number: str
    invoice: bytes
    payment: bytes

    @property
    def mids(self) -> list[str]:
        return [message_from_bytes(r)["Message-ID"] for r in (self.invoice, self.payment)]


class Daemon:
    """`mailbot run --config PATH` in its own process; its log goes to a file."""

    def __init__(self, config: Path, log: Path) -> None:
        self.config = config
        self.log_path = log
        self._log = log.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "mailbot", "run", "--config", str(config)],
            cwd=ROOT, stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONPATH": str(ROOT)})

    def alive(self) -> bool:
        return self.proc.poll() is None

    def cpu(self) -> float:
        return cpu_seconds(self.proc.pid)

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> int | None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
                return None
        self._log.close()
        return self.proc.returncode


class World:
    """The servers, the daemon's config and database, the probes sent so far."""

    def __init__(self, work: Path, dovecot: Dovecot, smtp: FaultySmtp, bad_smtp: FaultySmtp,
                 cert: str, db_url: str, db_dir: Path | None, *, first: int = 0) -> None:
        self.work = work
        self.first = first  # probe numbers start after it (one world per database)
        self.dovecot = dovecot
        self.smtp = smtp
        self.bad_smtp = bad_smtp
        self.cert = cert
        self.db_url = db_url
        self.db_dir = db_dir  # the SQLite file's own small file system, when there is one
        assert dovecot.imap_port is not None
        assert smtp.port is not None
        self.imap = CountingProxy(dovecot.imap_port)
        self.smtp_proxy = CountingProxy(smtp.port, record=False)
        self.store = Store(db_url)
        self.probes: list[Probe] = []
        self.extra_mids: list[str] = []  # other mail the daemon must read once
        self.config = work / f"config{first}.toml"
        self.config.write_text(self.config_text())
        self.daemon: Daemon | None = None

    def config_text(self) -> str:
        os.environ["MAILBOT_TEST_IMAP_PASSWORD"] = USERS["ar"]
        text = botenv.CONFIG.format(
            ar=botenv.AR, imap_port=self.imap.port, smtp_port=self.smtp_proxy.port,
            db_url=self.db_url, boss=botenv.BOSS, bank=botenv.BANK,
            authserv=botenv.AUTHSERV, idle="true")
        smtp = f'[smtp]\nhost = "127.0.0.1"\nport = {self.smtp_proxy.port}\nsecurity = "plain"\n'
        assert smtp in text
        text = text.replace(smtp, f'[smtp]\nhost = "127.0.0.1"\nport = {self.smtp_proxy.port}\n'
                                  f'security = "tls"\nca_file = "{self.cert}"\n'
                                  f"timeout_seconds = {SMTP_TIMEOUT}\n")
        text = text.replace("idle_seconds = 5\n",
                            f"idle_seconds = 60\ntimeout_seconds = {IMAP_TIMEOUT}\n")
        # on the wall clock: a thank-you goes out at any hour of any day
        return text.replace('holidays_country = "DE"\n', "business_hours = [0, 24]\n"
                                                        "business_days = [1, 2, 3, 4, 5, 6, 7]\n")

    def start_daemon(self) -> Daemon:
        self.daemon = Daemon(self.config, self.work / f"daemon-{time.monotonic_ns()}.log")
        d = self.daemon
        if not wait_until(lambda: "watching mailbox" in d.log() or not d.alive(), 60):
            raise RuntimeError("the daemon did not start watching:\n" + d.log())
        if not d.alive():
            raise RuntimeError("the daemon died at start:\n" + d.log())
        return d

    @property
    def d(self) -> Daemon:
        assert self.daemon is not None
        return self.daemon

    # -- traffic -------------------------------------------------------------------------

    def probe(self, *, attachment: int = 0) -> Probe:
        n = self.first + len(self.probes) + 1
        now = datetime.now(UTC).astimezone(botenv.TZ)
        client, number = f"ap@client{n}.test", f"INV-F{n:03d}"
        invoice = botenv.invoice_mail(number, client, f"{100 + n}.00",
                                      "Payment terms: net 30 days", now)
        if attachment:  # a big one, so that storing it needs new pages of the database
            # (a binary attachment, as a scan would come: stored, never read as text, so
            # the fault window's CPU is the daemon's waiting, not a 400 KB reading)
            msg = message_from_bytes(invoice, policy=email.policy.default)
            assert isinstance(msg, EmailMessage)
            msg.add_attachment(os.urandom(attachment), maintype="application",
                               subtype="octet-stream", filename="scan.bin")
            invoice = msg.as_bytes()
        p = Probe(n, client, number, invoice, botenv.payment_mail(number, f"{100 + n}.00", now))
        self.probes.append(p)
        self.dovecot.append("ar", p.invoice)
        self.dovecot.append("ar", p.payment)
        return p

    def nudge(self) -> None:
        """A stranger's mail: the daemon ticks on new mail, and its dispatcher looks."""
        raw = botenv.mail("someone@elsewhere.test", [botenv.AR], "hello", "just saying hi",
                          datetime.now(UTC))
        self.extra_mids.append(message_from_bytes(raw)["Message-ID"])
        self.dovecot.append("ar", raw)

    def thanks(self, p: Probe) -> Outbox | None:
        with self.store.session() as s:
            rows = [r for r in s.exec(select(Outbox).where(Outbox.kind == "thank_you"))
                    if r.recipients == [p.client]]
        return rows[0] if rows else None

    def wait_thanks(self, p: Probe, statuses: tuple[str, ...], timeout: float = PROBE_WAIT,
                    ) -> Outbox | None:
        def done() -> Outbox | None:
            row = self.thanks(p)
            return row if row is not None and row.status in statuses else None
        return wait_until(done, timeout, 0.2)  # type: ignore[no-any-return]

    def delivered(self, row: Outbox) -> int:
        return self.smtp.times_delivered(row.message_id) + \
            self.bad_smtp.times_delivered(row.message_id)

    def bring_forward(self, row: Outbox) -> None:
        """The outbox's retry falls due now rather than in 5 minutes (time is not waited)."""
        with self.store.session() as s:
            s.execute(update(Outbox).where(col(Outbox.id) == row.id,
                                           col(Outbox.status) == "pending")
                      .values(next_attempt_at=datetime.now(UTC)))
            s.commit()
        self.nudge()

    def status(self) -> str:
        run = subprocess.run([sys.executable, "-m", "mailbot", "status", "--config",
                              str(self.config)], cwd=ROOT, capture_output=True, text=True,
                             timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)},
                             check=False)
        return run.stdout + run.stderr

    def wait_status(self, needle: str, timeout: float) -> bool:
        """Whether `mailbot status` says `needle` within `timeout` s (at least 20: on a
        loaded machine one run of the command can take seconds)."""
        return bool(wait_until(lambda: needle in self.status(), max(timeout, 20.0), 1.0))

    @contextlib.contextmanager
    def cpu_window(self, r: Result, seconds: float) -> Iterator[None]:
        """The daemon's CPU time while the body runs, which lasts at least `seconds`."""
        t0, c0 = time.monotonic(), self.d.cpu()
        try:
            yield
            time.sleep(max(0.0, t0 + seconds - time.monotonic()))
        finally:
            r.window, r.cpu = time.monotonic() - t0, self.d.cpu() - c0

    def close(self) -> None:
        if self.daemon is not None:
            self.daemon.stop()
        self.imap.close()
        self.smtp_proxy.close()
        self.store.close()


# -- one fault ----------------------------------------------------------------------------

Step = Callable[[World, Result], None]


def through(w: World, r: Result, p: Probe, t0: float) -> Outbox | None:
    """The probe thanked once: survived, with the recovery time from `t0`."""
    row = w.wait_thanks(p, ("sent",))
    r.survived = row is not None and w.d.alive() and w.delivered(row) == 1
    if row is not None and r.survived:
        r.recovery = time.monotonic() - t0
    elif row is None:
        r.notes.append(f"no thank-you sent to {p.client} within {PROBE_WAIT:.0f} s")
    return row


def imap_mid_fetch(w: World, r: Result) -> None:
    w.imap.cut_next_fetch()
    cuts = w.imap.cuts
    t0 = time.monotonic()
    through(w, r, w.probe(), t0)
    r.expected = w.imap.cuts == cuts + 1
    if not r.expected:
        r.notes.append("no FETCH was cut")


def imap_mid_idle(w: World, r: Result) -> None:
    since = time.monotonic()
    w.imap.wait_for("IDLE", since=since - 5, timeout=30)
    time.sleep(0.5)
    w.imap.drop_all()
    t0 = time.monotonic()
    through(w, r, w.probe(), t0)
    r.expected = r.survived


def dovecot_restart(w: World, r: Result, down: float = 3.0) -> None:
    w.dovecot.kill()
    time.sleep(down)
    w.dovecot.revive()
    t0 = time.monotonic()
    through(w, r, w.probe(), t0)
    r.expected = r.survived


def dovecot_frozen(w: World, r: Result, seconds: float = 20.0) -> None:
    w.dovecot.freeze()
    try:
        with w.cpu_window(r, seconds):
            w.imap.drop_all()  # the daemon must reconnect: to a server that never answers
            r.status_shown = w.wait_status("IMAP: FAILING", seconds)
    finally:
        w.dovecot.thaw()
    t0 = time.monotonic()
    through(w, r, w.probe(), t0)
    r.expected = bool(r.status_shown)


def uidvalidity_changed(w: World, r: Result) -> None:
    old = w.probes[-1]  # read, paid and thanked already: its payment comes back
    w.dovecot.kill()
    w.dovecot.forget_uids("ar")
    w.dovecot.revive()
    w.dovecot.append("ar", old.payment)
    t0 = time.monotonic()
    through(w, r, w.probe(), t0)
    with w.store.session() as s:
        changed = s.exec(select(Event).where(
            Event.kind == EventKind.UIDVALIDITY_CHANGED.value)).all()
        inv = s.exec(select(Invoice).where(Invoice.number == old.number)).one()
    r.expected = bool(changed) and inv.paid_amount == inv.amount
    if not changed:
        r.notes.append("no UIDVALIDITY change recorded")
    if inv.paid_amount != inv.amount:
        r.notes.append(f"{old.number}: paid {inv.paid_amount} of {inv.amount}")


def login_refused(w: World, r: Result, seconds: float = 15.0) -> None:
    w.dovecot.add_user("ar", "changed-for-a-while")
    try:
        with w.cpu_window(r, seconds):
            w.imap.drop_all()  # the daemon logs in again: refused
            r.status_shown = w.wait_status("IMAP: FAILING", seconds)
    finally:
        w.dovecot.add_user("ar", USERS["ar"])
    t0 = time.monotonic()
    through(w, r, w.probe(), t0)
    r.expected = bool(r.status_shown)


def smtp(fault: Fault, want: str, *, attempts: int | None = None) -> Step:
    """A scripted SMTP fault for the probe's thank-you; `want` is the row's status after
    it (sent, failed, uncertain, or pending: retried later)."""
    def step(w: World, r: Result) -> None:
        w.smtp.inject(fault)
        t0 = time.monotonic()
        p = w.probe()
        final = ("sent", "failed", "uncertain", "pending") if want == "pending" else \
            ("sent", "failed", "uncertain")
        row = w.wait_thanks(p, final)
        if want == "pending" and row is not None and row.next_attempt_at is None:
            row = w.wait_thanks(p, ("sent", "failed", "uncertain"), 5)  # still the first try
        row = row or w.thanks(p)
        if row is None:
            r.notes.append("no thank-you queued")
            return
        delivered = w.delivered(row)
        r.expected = row.status == want and (
            delivered == {"sent": 1, "failed": 0, "pending": 0}.get(want, 1))
        if attempts is not None and row.attempts != attempts:
            r.expected = False
            r.notes.append(f"{row.attempts} attempt(s), not {attempts}")
        if not r.expected:
            r.notes.append(f"row {row.status} (want {want}), delivered {delivered}x: "
                           f"{row.last_error}")
        if want == "pending":
            later = row.next_attempt_at is not None and \
                row.next_attempt_at > datetime.now(UTC) + timedelta(minutes=4)
            r.status_shown = w.wait_status("SMTP: FAILING", 10)
            r.expected = r.expected and later and r.status_shown
            if not later:
                r.notes.append(f"retry at {row.next_attempt_at}: not backed off")
            w.smtp.clear()
            t0 = time.monotonic()
            w.bring_forward(row)
            through(w, r, p, t0)
            return
        w.smtp.clear()
        if want == "sent":
            r.survived = w.d.alive() and delivered == 1
            r.recovery = time.monotonic() - t0
            return
        problems = w.status()
        shown = f"mail(s) {want}" in problems
        r.status_shown = shown
        r.expected = r.expected and shown
        if not shown:
            r.notes.append(f"`mailbot status` does not say a mail is {want}")
        through(w, r, w.probe(), time.monotonic())  # and the next mail goes out
    return step


def greeting_hang(w: World, r: Result) -> None:
    """The first connection's TLS greeting never comes; the next one works."""
    w.smtp_proxy.mode = "hang"
    p = w.probe()
    t0 = time.monotonic()
    hung = wait_until(lambda: w.smtp_proxy.hung >= 1, 60)
    w.smtp_proxy.mode = "pass"
    row = through(w, r, p, t0)
    r.expected = bool(hung) and row is not None and row.status == "sent"


def tls_failure(w: World, r: Result) -> None:
    """The server presents a certificate the bot does not trust, until it is fixed."""
    assert w.bad_smtp.port is not None
    assert w.smtp.port is not None
    w.smtp_proxy.target = (w.bad_smtp.host, w.bad_smtp.port)
    p = w.probe()
    row = w.wait_thanks(p, ("pending", "sent", "failed", "uncertain"))
    row = w.wait_thanks(p, ("sent", "failed", "uncertain"), 0) or row
    if row is not None and row.status == "pending" and row.next_attempt_at is None:
        row = wait_until(lambda: (x := w.thanks(p)) and x.next_attempt_at and x, 60)
    r.status_shown = w.wait_status("SMTP: FAILING", 10)
    w.smtp_proxy.target = (w.smtp.host, w.smtp.port)
    if row is None or row.status != "pending":
        r.notes.append(f"row {row and row.status}: {row and row.last_error}")
        return
    r.expected = bool(r.status_shown) and "CERTIFICATE_VERIFY_FAILED" in (row.last_error or "")
    if "CERTIFICATE_VERIFY_FAILED" not in (row.last_error or ""):
        r.notes.append(f"not a certificate failure: {row.last_error}")
    t0 = time.monotonic()
    w.bring_forward(row)
    through(w, r, p, t0)


def sqlite_locked(w: World, r: Result, seconds: float = 45.0) -> None:
    """Another process holds SQLite's write lock longer than the driver's busy wait."""
    path = w.store.sqlite_path()
    assert path is not None
    other = sqlite3.connect(path, timeout=60, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with w.cpu_window(r, seconds):
            p = w.probe()
            if seconds > 30:  # past the 30 s busy wait the daemon backs off and says so
                r.status_shown = w.wait_status("database: FAILING", seconds - 5)
    finally:
        other.execute("ROLLBACK")
        other.close()
    t0 = time.monotonic()
    through(w, r, p, t0)
    r.expected = r.status_shown is not False


def disk_full(w: World, r: Result, seconds: float = 15.0) -> None:
    """The file system under the SQLite file fills up, then is freed."""
    assert w.db_dir is not None
    path = w.store.sqlite_path()
    assert path is not None
    # an empty write-ahead log: the next commit needs room the file system no longer has
    with contextlib.closing(sqlite3.connect(path, timeout=30)) as c:
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    filler = w.db_dir / "filler"
    with filler.open("wb") as f, contextlib.suppress(OSError):
        while True:
            f.write(b"\0" * (1 << 20))
            f.flush()
    try:
        with w.cpu_window(r, seconds):
            p = w.probe(attachment=400_000)
            r.status_shown = w.wait_status("database: FAILING", seconds)
    finally:
        filler.unlink()
    t0 = time.monotonic()
    through(w, r, p, t0)
    r.expected = bool(r.status_shown)


def pg_restart(w: World, r: Result, pg: PrivatePostgres) -> None:
    """PostgreSQL restarted (immediate: every session ended) while the daemon is in the
    middle of storing a message (held there by another session's table lock)."""
    conn = psycopg.connect(pg.url())
    try:
        conn.execute("LOCK TABLE message IN SHARE MODE")
        p = w.probe()
        blocked = wait_until(lambda: pg.waiting_on_locks() > 0, 30)
        t0 = time.monotonic()
        pg.restart("immediate")
    finally:
        with contextlib.suppress(psycopg.Error):
            conn.close()  # its server is gone: nothing to commit
    r.expected = bool(blocked)
    if not blocked:
        r.notes.append("the daemon never waited on the lock")
    through(w, r, p, t0)


def pg_down_after_data(w: World, r: Result, pg: PrivatePostgres, seconds: float = 4.0) -> None:
    """PostgreSQL down from just after the server took a mail until after its "250": the
    daemon knows the mail went out and must record it sent (not leave it to turn
    'uncertain' when its claim runs out)."""
    w.smtp.inject(Fault("data", "take-slow", seconds=2.0))
    p = w.probe()
    taken = wait_until(lambda: (x := w.thanks(p)) is not None and w.delivered(x) == 1, 60)
    pg.down()
    time.sleep(seconds)
    pg.up()
    t0 = time.monotonic()
    row = through(w, r, p, t0)
    r.expected = bool(taken) and row is not None and row.status == "sent"
    if not taken:
        r.notes.append("the server never took the mail")


# -- the plan -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Planned:
    name: str
    part: str
    step: Step
    needs: str = ""  # "tmpfs": only where the campaign could mount one (root)


def plan(short: bool) -> list[Planned]:
    """The faults in order; `short` (the CI test) runs the quicker ones, shorter."""
    def smtp_step(name: str, fault: Fault, want: str, attempts: int | None = None) -> Planned:
        return Planned(name, "smtp", smtp(fault, want, attempts=attempts))

    window = 6.0 if short else 20.0
    full = [
        Planned("IMAP dropped mid-FETCH", "imap", imap_mid_fetch),
        Planned("IMAP dropped mid-IDLE", "imap", imap_mid_idle),
        Planned("Dovecot restarted", "imap",
                lambda w, r: dovecot_restart(w, r, 1.0 if short else 3.0)),
        Planned(f"Dovecot frozen {window:.0f} s", "imap",
                lambda w, r: dovecot_frozen(w, r, window)),
        Planned("UIDVALIDITY changed", "imap", uidvalidity_changed),
        Planned(f"IMAP login refused {window:.0f} s", "imap",
                lambda w, r: login_refused(w, r, window)),
        smtp_step("SMTP 421 at DATA, twice", Fault("data", "reply", "421 4.3.2 try again", 2),
                  "sent", 1),
        smtp_step("SMTP 451 at DATA until fixed", Fault("data", "reply",
                                                        "451 4.3.0 local error", 0), "pending"),
        smtp_step("SMTP 452 at RCPT, twice", Fault("rcpt", "reply",
                                                   "452 4.5.3 too many recipients", 2), "sent", 1),
        smtp_step("SMTP 550 at RCPT", Fault("rcpt", "reply", "550 5.1.1 no such user"),
                  "failed", 1),
        smtp_step("SMTP 553 at MAIL", Fault("mail", "reply", "553 5.7.1 sender not allowed"),
                  "failed", 1),
        Planned("SMTP greeting hang", "smtp", greeting_hang),
        smtp_step("SMTP hang before DATA", Fault("mail", "hang"), "sent", 1),
        smtp_step("SMTP drop before DATA", Fault("rcpt", "drop"), "sent", 1),
        smtp_step("SMTP hang after DATA", Fault("data", "take-hang"), "uncertain"),
        smtp_step("SMTP drop after DATA", Fault("data", "take-drop"), "uncertain"),
        Planned("SMTP TLS failure", "smtp", tls_failure),
        Planned(f"SQLite locked {8 if short else 45} s", "database",
                lambda w, r: sqlite_locked(w, r, 8.0 if short else 45.0)),
        Planned(f"disk full {max(window, 10):.0f} s", "database",
                lambda w, r: disk_full(w, r, max(window, 10)), needs="tmpfs"),
    ]
    if not short:
        return full
    quick = {"IMAP dropped mid-FETCH", "IMAP dropped mid-IDLE", "Dovecot restarted",
             "UIDVALIDITY changed", f"IMAP login refused {window:.0f} s",
             "SMTP 421 at DATA, twice", "SMTP 451 at DATA until fixed", "SMTP 550 at RCPT",
             "SMTP drop before DATA", "SMTP drop after DATA", "SQLite locked 8 s",
             "disk full 10 s"}
    return [f for f in full if f.name in quick]


# -- the audit ------------------------------------------------------------------------------


@dataclass
class Audit:
    """What the database, the mailbox and the SMTP server hold after a phase."""

    messages: int = 0
    lost: list[str] = field(default_factory=list)
    stored_twice: list[str] = field(default_factory=list)
    left_in_inbox: int = 0
    wrongly_paid: list[str] = field(default_factory=list)
    mails: int = 0
    sent: int = 0
    delivered_once: int = 0
    sent_twice: list[str] = field(default_factory=list)
    failed: int = 0
    failed_delivered: int = 0
    failed_retried: int = 0
    uncertain: int = 0
    waiting: int = 0

    def add(self, o: Audit) -> None:
        for name, value in vars(o).items():
            setattr(self, name, getattr(self, name) + value)


def audit(w: World) -> Audit:
    a = Audit()
    mids = [m for p in w.probes for m in p.mids] + w.extra_mids
    with w.store.session() as s:
        rows = s.exec(select(MailMessage.message_id).where(
            MailMessage.direction == "in")).all()
        counts = {m: rows.count(m) for m in mids}
        invoices = {i.number: i for i in s.exec(select(Invoice))}
        outbox = list(s.exec(select(Outbox)))  # the thank-yous, and the digest
    a.messages = len(mids)
    a.lost = [m for m, n in counts.items() if n == 0]
    a.stored_twice = [m for m, n in counts.items() if n > 1]
    a.left_in_inbox = len(w.dovecot.fetch_all("ar"))
    for p in w.probes:
        inv = invoices.get(p.number)
        if inv is None or inv.state != "paid" or inv.paid_amount != inv.amount:
            a.wrongly_paid.append(p.number)
    a.mails = len(outbox)
    clients: dict[str, int] = {}
    for row in outbox:
        n = w.delivered(row)
        for r in row.recipients if row.kind == "thank_you" else ():
            clients[r] = clients.get(r, 0) + (row.status != "cancelled")
        if n > 1:
            a.sent_twice.append(row.message_id)
        if row.status == "sent":
            a.sent += 1
            a.delivered_once += n == 1
        elif row.status == "failed":
            a.failed += 1
            a.failed_delivered += n
            a.failed_retried += row.attempts > 1
        elif row.status == "uncertain":
            a.uncertain += 1
        else:
            a.waiting += 1
    a.sent_twice += [c for c, n in clients.items() if n > 1]  # two thank-yous to one client
    return a


# -- running it -----------------------------------------------------------------------------


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)
    audit: Audit = field(default_factory=Audit)
    quiet_cpu: float = 0.0
    quiet_window: float = 0.0
    deaths: int = 0
    unclean_stops: int = 0
    skipped: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _mount_tmpfs(where: Path, size_mb: int) -> bool:
    where.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_mb}m", "tmpfs",
                           str(where)], capture_output=True, check=False).returncode == 0


def _phase(w: World, steps: list[Planned], report: Report, *, quiet: float = 0.0,
           say: Callable[[str], None] = print) -> None:
    d = w.start_daemon()
    first = Result("(no fault: first probe)", "none")
    through(w, first, w.probe(), time.monotonic())
    if not first.survived:
        raise RuntimeError("the first probe did not go through:\n" + d.log())
    if quiet:
        r = Result("quiet", "none")
        with w.cpu_window(r, quiet):
            pass
        report.quiet_cpu, report.quiet_window = r.cpu, r.window
    for planned in steps:
        r = Result(planned.name, planned.part)
        t0 = time.monotonic()
        try:
            planned.step(w, r)
        except Exception as e:  # a broken step is a failed fault, not a lost campaign  # noqa: BLE001
            r.notes.append(f"campaign step failed: {type(e).__name__}: {e}")
        r.survived = r.survived and d.alive()
        report.results.append(r)
        say(f"  {'ok  ' if r.survived and r.expected and r.cpu_ok else 'FAIL'} {r.name:36} "
            f"{time.monotonic() - t0:5.1f} s"
            + (f", recovered in {r.recovery:.1f} s" if r.recovery is not None else "")
            + (f", CPU {r.cpu:.2f} s of {r.window:.0f} s" if r.window else "")
            + (f", status {'shown' if r.status_shown else 'NOT shown'}"
               if r.status_shown is not None else "")
            + (f"; {'; '.join(r.notes)}" if r.notes else ""))
        if not d.alive():
            report.deaths += 1
            say(f"  the daemon died (exit {d.proc.returncode}); restarting it")
            w.start_daemon()
            d = w.d
    report.audit.add(audit(w))
    code = d.stop()
    if code != 0 or "Traceback" in d.log():
        report.unclean_stops += 1
        say(f"  the daemon did not stop cleanly (exit {code}); log: {d.log_path}")


def run(*, short: bool, postgres: bool, say: Callable[[str], None] = print,
        keep: bool = False) -> Report:
    report = Report()
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="faults-", dir="/tmp"))
    db_dir = work / "db"
    mounted = _mount_tmpfs(db_dir, 64)
    steps = plan(short)
    if not mounted:
        report.skipped += [f"{p.name} (needs root to mount a tmpfs)" for p in steps
                           if p.needs == "tmpfs"]
        steps = [p for p in steps if p.needs != "tmpfs"]
    try:
        with Dovecot(USERS) as dc:
            assert dc.root is not None
            bad_cert, bad_key = make_cert(str(work), "untrusted")
            with FaultySmtp(dc.cert_path, os.path.join(dc.root, "key.pem"),
                            hang_seconds=20) as good, FaultySmtp(bad_cert, bad_key) as bad:
                say(f"SQLite on {'a 64 MB tmpfs' if mounted else 'a temp dir'}: "
                    f"{len(steps)} faults")
                w = World(work, dc, good, bad, dc.cert_path,
                          f"sqlite:///{db_dir / 'mailbot.db'}", db_dir if mounted else None)
                try:
                    _phase(w, steps, report, quiet=4.0 if short else 20.0, say=say)
                finally:
                    w.close()
                if postgres and os.path.exists(os.path.join(PG_BIN, "initdb")):
                    with PrivatePostgres() as pg:
                        say(f"PostgreSQL (a private cluster on port {pg.port})")
                        w = World(work, dc, good, bad, dc.cert_path, pg.url(), None,
                                  first=1000)
                        try:
                            _phase(w, [Planned("PostgreSQL restarted mid-transaction",
                                               "database",
                                               lambda w, r: pg_restart(w, r, pg)),
                                       Planned("PostgreSQL down just after DATA", "database",
                                               lambda w, r: pg_down_after_data(w, r, pg))],
                                   report, say=say)
                        finally:
                            w.close()
                else:
                    report.skipped.append("PostgreSQL restarted mid-transaction")
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(db_dir)], check=False)
        if keep:
            say(f"kept {work} (the daemons' logs)")
        else:
            shutil.rmtree(work, ignore_errors=True)
    report.seconds = time.monotonic() - started
    return report


def figures_of(rep: Report) -> list[figures.Figure]:
    F = figures.Figure
    res, a = rep.results, rep.audit
    n = len(res)
    survived = sum(r.survived for r in res)
    expected = sum(r.expected for r in res)
    shown = [r for r in res if r.status_shown is not None]
    out = [
        F("faults injected", n, str(n)),
        F("faults survived (daemon alive, next mail through)", survived, f"{survived}/{n}",
          f"{n}/{n}", survived == n),
        F("faults with the outcome they call for", expected, f"{expected}/{n}", f"{n}/{n}",
          expected == n),
        F("daemon deaths", rep.deaths, str(rep.deaths), "0", rep.deaths == 0),
        F("daemon stops not clean (SIGTERM)", rep.unclean_stops, str(rep.unclean_stops), "0",
          rep.unclean_stops == 0),
        F("messages lost", len(a.lost), f"{len(a.lost)} of {a.messages}", "0", not a.lost),
        F("messages stored twice", len(a.stored_twice), str(len(a.stored_twice)), "0",
          not a.stored_twice),
        F("invoices not paid exactly once", len(a.wrongly_paid), str(len(a.wrongly_paid)), "0",
          not a.wrongly_paid),
        F("messages left in the inbox", a.left_in_inbox, str(a.left_in_inbox), "0",
          a.left_in_inbox == 0),
        F("mails sent and delivered exactly once", a.delivered_once,
          f"{a.delivered_once}/{a.sent}", f"{a.sent}/{a.sent}", a.delivered_once == a.sent),
        F("mails delivered twice", len(a.sent_twice), str(len(a.sent_twice)), "0",
          not a.sent_twice),
        F("surfaced as failed (550, 553)", a.failed, str(a.failed),
          str(_want(res, "SMTP 55")), a.failed == _want(res, "SMTP 55")),
        F("failed mails retried or delivered", a.failed_retried + a.failed_delivered,
          str(a.failed_retried + a.failed_delivered), "0",
          a.failed_retried + a.failed_delivered == 0),
        F("surfaced as uncertain (after DATA)", a.uncertain, str(a.uncertain),
          str(_want(res, "after DATA")), a.uncertain == _want(res, "after DATA")),
        F("mails left waiting", a.waiting, str(a.waiting), "0", a.waiting == 0),
        F("`mailbot status` showed the backoff", sum(bool(r.status_shown) for r in shown),
          f"{sum(bool(r.status_shown) for r in shown)}/{len(shown)}",
          f"{len(shown)}/{len(shown)}", all(r.status_shown for r in shown)),
        F("daemon CPU, quiet window", rep.quiet_cpu,
          f"{rep.quiet_cpu:.2f} s in {rep.quiet_window:.0f} s"),
    ]
    for r in res:
        if r.window:
            out.append(F(f"daemon CPU, {r.name}", r.cpu, f"{r.cpu:.2f} s in {r.window:.0f} s",
                         f"≤ {CPU_SHARE * r.window:.1f} s ({CPU_SHARE:.0%})", r.cpu_ok))
    recoveries = [r.recovery for r in res if r.recovery is not None]
    if recoveries:
        slow = max(recoveries)
        out.append(F("slowest recovery (fault over -> next mail thanked)", slow,
                     f"{slow:.1f} s", f"≤ {PROBE_WAIT:.0f} s", slow <= PROBE_WAIT))
    out.append(F("campaign time", rep.seconds, f"{rep.seconds:.0f} s"))
    return out


def _want(res: list[Result], needle: str) -> int:
    """How many SMTP faults named with `needle` ran: each calls for one mail so left."""
    return sum(r.part == "smtp" and needle in r.name for r in res)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--short", action="store_true", help="the quicker faults, shorter (CI)")
    ap.add_argument("--no-postgres", action="store_true",
                    help="skip the private PostgreSQL phase")
    ap.add_argument("--keep", action="store_true", help="keep the work dir (daemon logs)")
    figures.add_json_option(ap)
    args = ap.parse_args(argv)
    from mailbot.adapters import logs

    logs.setup_once("error")
    rep = run(short=args.short, postgres=not args.no_postgres, keep=args.keep)
    figs = figures_of(rep)
    print("\nfigure | measured | limit")
    for f in figs:
        print(f"{f.name} | {f.text} | {f.limit or '-'}{'' if f.ok else '  MISSED'}")
    for s in rep.skipped:
        print(f"skipped: {s}")
    parts = sorted({r.part for r in rep.results})
    about = (f"`mailbot run` through {len(rep.results)} faults of {', '.join(parts)}"
             + (f"; skipped: {', '.join(rep.skipped)}" if rep.skipped else ""))
    figures.write(args.json, "faults", about, figs, skipped=rep.skipped)
    return 0 if not any(f.over for f in figs) else 1


if __name__ == "__main__":
    sys.exit(main())

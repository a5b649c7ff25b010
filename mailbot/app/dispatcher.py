"""Dispatcher: claims queued mail in batches and hands it to SMTP over one connection, at
most once, and says when in doubt.

Batches. A flush sends one mail first, then batches of 2, 4, ... up to BATCH while more
are due, all over one SMTP connection (smtp.py reconnects it when the server closed it).
A batch is claimed by one compare-and-set (pending -> sending, this worker's name, a
lease), after a check against the ledger; a chase that no longer applies is cancelled
on the way. A claim marks nothing. While one batch goes out, the next one is claimed in
a thread of its own (its statements mostly wait for the disk or the server), beside the
store's thread that commits the markers.

Markers. Each mail's marker (`data_started_at`) is committed before its DATA, in a
transaction of the store's thread on the driver's own connection (prepared.py: one
UPDATE, compiled once), which every few mails also records the sends whose 250 came
since (SQLite: two statements each executed for all of them; PostgreSQL: set-based, over
arrays, in the marker's own statement, so that a marker is always one round trip).
The next mail of a batch is marked while this mail's DATA goes out; the first of a
batch (or one after a mail that did not reach DATA) after its own RCPT. Its DATA waits
for that commit, and after its RCPT one read looks at the ledger again; only when that
read finds something (a payment, stop, hold or pause) does the full check run, under
the locks a payment is written with (SQLite's write lock; PostgreSQL's FOR SHARE on the
debtor and invoices), and cancel the mail. No network call runs inside a transaction.

What this guarantees:
- Never twice. Every mail's marker is committed before its DATA begins; none before the
  DATA of the mail ahead of it in its batch has begun, none with a claim. A worker that
  dies leaves its claims to run out: a row without the marker cannot have gone out and
  is pending again; a row with it is 'uncertain' and waits for a person (`mailbot
  retry`). Nothing at or after DATA is ever re-sent by itself. A crash thus leaves
  uncertain the mail in DATA (or between its marker and its DATA), the next one of its
  batch whose marker was committed during that DATA, and the few (up to RECORD_EVERY)
  handed over but not yet recorded (recorded with a later marker; a failure or doubt with the next
  claim); a crash after a claim and before its first DATA leaves none: more to check by
  hand, never a double send.
- Never after a payment, stop, hold or pause already recorded when the mail's DATA is
  about to begin (after its RCPT): the marker's transaction or the read just before
  DATA finds it, and the full check under the ledger's locks cancels the mail, its
  marker cleared. One recorded after that finds the mail on its way, as one recorded
  during DATA always did.
- A mail that fails cleanly before its DATA (refused, connection lost or closed before
  DATA) or that a stop gives back is recorded as not sent, its marker cleared: pending
  again (retried later) or failed. Only the mail whose DATA was under way when the
  connection broke is uncertain; the batch goes on over a new connection. (One whose
  marker was committed is uncertain too if the worker dies before its failure is
  recorded.)
- A stop (`stopping`, or the daemon cancelling the flush outside DATA) lets the mail in
  DATA finish and be recorded and gives the rest back, unsent.

Evidence (adapters/sent_folder.py): once the server has taken a mail, a copy is filed in
the mailbox's Sent folder before the send is recorded (the record comes with a later marker).
Recovery looks a dead worker's row that reached DATA up there by its Message-ID: found, it surely went out and is
`sent` (event mail_found_in_sent); not found, it stays 'uncertain' for a person, since a
crash between the server's 250 and the copy leaves no trace (and a mail that never
reached the server cannot be proven unsent).
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import threading
import uuid
from collections import deque
from collections.abc import Callable, Collection, Iterable
from concurrent.futures import CancelledError, Executor, Future, ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache, partial
from typing import Any, Protocol, TypeVar
from zoneinfo import ZoneInfo

import structlog
from sqlalchemy import (
    JSON,
    Connection,
    Integer,
    String,
    any_,
    bindparam,
    func,
    literal_column,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, col, select

from mailbot.adapters import due_rows, prepared
from mailbot.adapters.crashpoint import crashpoint
from mailbot.adapters.db_errors import cause_of, is_conflict, is_outage
from mailbot.adapters.models import Contact, Debtor, Invoice, Outbox
from mailbot.adapters.smtp import Connection as SmtpConnection
from mailbot.adapters.smtp import Sender, SendUncertain
from mailbot.adapters.store import SQLITE_BUSY_SECONDS, Store
from mailbot.app.results import TickReport
from mailbot.domain import ledger, outbox
from mailbot.domain.events import EventKind
from mailbot.domain.outbox import Status
from mailbot.domain.values import (
    InvoiceState,
)
from mailbot.errors import SendFailed

log = structlog.get_logger()

_T = TypeVar("_T")

# while the database is away, the outcome of a send is recorded again after these pauses
RECORD_FIRST_PAUSE = 0.5
RECORD_MAX_PAUSE = 5.0  # short: a stopping daemon gives up within this

# the sends a marker's transaction records at least (the others' markers are alone)
RECORD_EVERY = 4

# most rows claimed together: a claim's commit per BATCH mails, besides each one's marker
# (the sends are recorded with the markers, so a crash leaves a few mails unrecorded,
# however large the batch)
BATCH = 64


@dataclass
class _Outcome:
    """What one handed-over mail came to, until the batch records it."""

    row: Outbox
    at: datetime
    error: str | None = None
    permanent: bool = False
    uncertain: str | None = None
    refused: dict[str, str] | None = None


@dataclass
class _Flow:
    """One flush's mail on its way: the claimed rows not yet handed over, the one in
    hand and its marker's transaction, the outcomes not yet recorded, and the claim of
    the next batch running in the store's thread meanwhile (with the outcomes it
    records)."""

    todo: deque[Outbox] = field(default_factory=deque)
    lease_until: datetime | None = None
    current: Outbox | None = None
    in_data: bool = False  # `current` has passed the point of no return
    troubled: bool = False  # a mail of the batch in hand failed or is uncertain
    done: list[_Outcome] = field(default_factory=list)
    job: Future[tuple[list[Outbox], list[Outbox]]] | None = None  # the claim ahead
    job_done: list[_Outcome] = field(default_factory=list)  # recorded by it
    ahead: int = 0  # the size of the batch to claim ahead, once this one's first is marked
    # the next mail's marker, committed in the store's thread during this one's DATA, and
    # the sends its transaction records
    marking: tuple[Outbox, Future[bool], list[_Outcome]] | None = None
    claims: Executor | None = None  # the thread that claims ahead
    # the flush's logger, bound once: the module's lazy proxy binds anew for every line,
    # which cost more than a sent mail's line filtered out by the level
    logger: Any = field(default_factory=lambda: log.bind())
    look: Connection | None = None  # for the last look before each DATA
    look_cursor: Any = None  # the driver's cursor on it
    writer: Connection | None = None  # the store thread's, for the markers (AUTOCOMMIT)
    writer_cursor: Any = None  # the driver's cursor on it (PostgreSQL)

    def start(self, rows: list[Outbox], ahead: int) -> None:
        self.todo, self.troubled, self.ahead = deque(rows), False, ahead
        self.lease_until = rows[0].lease_until


class _Withdrawn(Exception):
    """The mail in hand was cancelled or its claim lost at the marker: not sent."""


class SentCopies(Protocol):
    """Where copies of sent mail are filed and looked up (adapters/sent_folder.py)."""

    def file(self, raw: bytes, when: datetime) -> bool: ...
    def find(self, message_ids: list[str]) -> set[str] | None: ...
    def reset(self) -> None: ...
    def close(self) -> None: ...


class Dispatcher:
    def __init__(self, store: Store, sender: Sender | None,
                 sent: SentCopies | None = None) -> None:
        self.store = store
        self.sender = sender
        self.sent = sent
        # set on shutdown: the send in hand finishes, no new one starts
        self.stopping = threading.Event()
        # names this worker's outbox claims; unique per process and dispatcher
        self.worker = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.in_data = False  # a send has passed the point of no return (DATA)
        self._sql: _Prepared | None = None  # the hot statements, for this store's dialect
        self._leases: dict[int, timedelta] = {}  # lease_for, per number of recipients

    def lease_for(self, row: Outbox) -> timedelta:
        n = len(row.recipients)
        lease = self._leases.get(n)
        if lease is None:  # (asked before every mail: worked out once per count)
            seconds = self.sender.max_seconds(n) if self.sender else 600
            lease = self._leases[n] = timedelta(seconds=seconds)
        return lease

    def _lease(self, rows: Iterable[Outbox], at: datetime) -> datetime:
        # long enough for the mail in hand and the next to reach its own check (a
        # healthy batch takes milliseconds; a slow one renews it as it goes)
        return at + 2 * max(self.lease_for(r) for r in rows)

    async def flush(self, now: datetime,
                    clock: Callable[[], datetime] | None = None) -> TickReport:
        """Send what the outbox holds that is due, batch after batch over one connection.
        `clock`, if given, dates claims and outcomes (the daemon's runs for a while)."""
        report = TickReport()
        if self.sender is None:
            return report
        self.recover(now)
        tell = clock if clock is not None else (lambda: now)
        flow = _Flow()
        # the store's thread commits the markers; the claims' thread claims the next
        # batch while this one goes out (a thread of its own: in the markers' thread, a
        # claim held up the marker queued behind it, and thus the next DATA)
        with ThreadPoolExecutor(1, thread_name_prefix="outbox") as store_thread, \
                ThreadPoolExecutor(1, thread_name_prefix="outbox-claims") as claims:
            flow.claims = claims
            async with self.sender.connection() as conn:
                try:
                    await self._run(conn, flow, store_thread, tell, report)
                except Exception as e:
                    if not is_outage(cause_of(e)):
                        raise
                    # the next round tries again; what was sent is recorded below
                    log.warning("database unavailable: sending stops for now", error=str(e))
                    report.errors.append(str(e))
                finally:  # before QUIT: what is known is recorded
                    try:
                        await self._settle_surely(flow, tell)
                    finally:
                        if self.sent is not None:
                            self.sent.reset()  # no IMAP connection held between flushes
        return report

    async def _run(self, conn: SmtpConnection, flow: _Flow, store_thread: Executor,
                   tell: Callable[[], datetime], report: TickReport) -> None:
        # the first batch is one mail; then 2, 4, ... BATCH, the next claimed while one
        # goes out; after a failure, one at a time again. Each mail is marked on its own.
        size, troubled = 1, False
        rows = self.claim_batch(tell(), size, report)
        while rows and not self.stopping.is_set():
            crashpoint("send.claimed")
            ahead = 0
            if size > 1 and not troubled:
                size = ahead = min(2 * size, BATCH)
            flow.start(rows, ahead)
            await self._send_batch(conn, flow, store_thread, tell, report)
            troubled = flow.troubled
            if flow.job is not None:
                rows = await self._collect(flow, report)
            else:
                size = 1 if troubled else min(2 * size, BATCH)
                rows = self.claim_batch(tell(), size, report, done=flow.done)

    def _claim_ahead(self, flow: _Flow, store_thread: Executor, now: datetime,
                     size: int) -> None:
        """Claim the next batch, recording what is done, in the claims' thread while this
        batch goes out (its statements mostly wait for the disk or the server)."""
        flow.job_done, flow.done = flow.done, []
        flow.job = (flow.claims or store_thread).submit(self._claim_loop, now, size,
                                                        flow.job_done)

    async def _collect(self, flow: _Flow, report: TickReport) -> list[Outbox]:
        """The batch claimed ahead, once its transaction has committed."""
        assert flow.job is not None
        try:
            taken, cancelled = await asyncio.wrap_future(flow.job)
        except asyncio.CancelledError:
            raise  # _settle waits for it
        except Exception:
            flow.job = None
            flow.done[:0] = flow.job_done  # not recorded: _settle records them
            raise
        flow.job, flow.job_done = None, []
        flow.todo.extend(taken)  # until started: given back if it never is
        self._cancelled(cancelled, report)
        return taken

    async def _send_batch(self, conn: SmtpConnection, flow: _Flow, store_thread: Executor,
                          tell: Callable[[], datetime], report: TickReport) -> None:
        while flow.todo and not self.stopping.is_set():
            row = flow.todo.popleft()
            flow.current, flow.in_data = row, False
            if flow.lease_until is not None \
                    and tell() + self.lease_for(row) > flow.lease_until:
                self._checkpoint(flow, tell())  # a slow batch: keep the claims
            await self._send(conn, flow, store_thread, row, tell, report)
            flow.current = None

    async def _send(self, conn: SmtpConnection, flow: _Flow, store_thread: Executor,
                    row: Outbox, tell: Callable[[], datetime], report: TickReport) -> None:
        async def before_data() -> None:
            # after its RCPT: its marker committed, and the ledger looked at once more
            if flow.marking is None or flow.marking[0] is not row:
                # the first of a batch, or one after a mail that did not reach DATA: its
                # marker now, in the store's thread (after the claims it waits behind)
                self._end_marking(flow)
                flow.marking = self._submit_mark(flow, store_thread, row, tell())
            # the last look, while the marker commits; then its commit
            if not self._still_wanted(flow, row, tell(), report):
                self._end_marking(flow)  # (cancelled, its marker cleared if committed)
                raise _Withdrawn
            job = flow.marking[1]
            marked = job.result() if job.done() else await asyncio.wrap_future(job)
            flow.marking = None
            if not marked:
                log.warning("claim lost before DATA: not sent", key=row.action_key)
                raise _Withdrawn
            flow.in_data = self.in_data = True
            crashpoint("send.data_marked")
            # while this DATA goes out: the next mail's marker, then the next batch's claim
            if flow.todo and not self.stopping.is_set():
                flow.marking = self._submit_mark(flow, store_thread, flow.todo[0], tell())
            if flow.ahead:
                self._claim_ahead(flow, store_thread, tell(), flow.ahead)
                flow.ahead = 0

        self.in_data = False
        try:
            delivery = await conn.send(row.raw, row.recipients, before_data=before_data)
        except _Withdrawn:
            return
        except SendUncertain as e:
            flow.done.append(_Outcome(row, tell(), uncertain=str(e)))
            flow.troubled = True
            report.uncertain.append(row)
            report.errors.append(str(e))
            log.error("send uncertain: not retried, a person decides", key=row.action_key,
                      error=str(e))
        except SendFailed as e:
            flow.done.append(_Outcome(row, tell(), error=str(e), permanent=e.permanent))
            flow.troubled = True
            report.failed.append(row)
            report.errors.append(str(e))
            log.warning("send failed", key=row.action_key, error=str(e))
        else:
            crashpoint("send.delivered")
            if self.sent is not None:  # the evidence, before the record (module doc)
                await asyncio.to_thread(self.sent.file, row.raw, tell())
            crashpoint("send.filed")
            flow.done.append(_Outcome(row, tell(), refused=delivery.refused or None))
            report.sent.append(row)
            flow.logger.info("sent", key=row.action_key, to=row.recipients,
                             refused=sorted(delivery.refused) if delivery.refused else None)
        finally:
            self.in_data = False

    # -- claims ----------------------------------------------------------------------

    def claim(self, now: datetime, report: TickReport | None = None) -> Outbox | None:
        """Take the next due row (a batch of one, not marked)."""
        rows = self.claim_batch(now, 1, report)
        return rows[0] if rows else None

    def claim_batch(self, now: datetime, limit: int, report: TickReport | None = None, *,
                    done: list[_Outcome] | None = None) -> list[Outbox]:
        """Take up to `limit` due rows, oldest first, by one compare-and-set; rows that
        no longer apply are cancelled on the way. [] when nothing is due. None is marked:
        each mail's marker is committed just before its own DATA. `done`: outcomes to
        record in the same transaction (cleared once committed)."""
        done = done if done is not None else []
        taken, cancelled = self._claim_loop(now, limit, done)
        done.clear()
        self._cancelled(cancelled, report)
        return taken

    def _claim_loop(self, now: datetime, limit: int,
                    done: list[_Outcome]) -> tuple[list[Outbox], list[Outbox]]:
        """claim_batch's transactions, in any thread: (rows taken, rows cancelled)."""
        cancelled: list[Outbox] = []
        while True:
            looked, dropped, taken = _retried(partial(self._claim_once, now, limit, done))
            done = []  # recorded with the first transaction
            cancelled += dropped
            if taken or not looked:
                return taken, cancelled
            # all cancelled, or taken by another worker first: look again

    def _claim_once(self, now: datetime, limit: int, done: list[_Outcome],
                    ) -> tuple[bool, list[Outbox], list[Outbox]]:
        """One claim transaction: (whether any row was due, those cancelled, those taken)."""
        with self.store.session() as s:
            rows = list(s.scalars(_due(limit, self.store.is_postgres), {"now": now}))
            if not rows and not done:
                return False, [], []
            whys = self._obsolete(s, rows, now)
            if not self.store.is_postgres:
                s.commit()  # end the read: the writes below start from the newest state
            cancelled = [r for r in rows if r.id in whys and self._cancel(
                s, r, whys[r.id], now, from_status=Status.PENDING)]
            wanted = [r for r in rows if r.id not in whys]
            won: dict[int, int] = {}
            lease = now
            if wanted:
                lease = self._lease(wanted, now)
                won = dict(s.connection().execute(_claim_statement(self.store.is_postgres), {
                    "ids": [r.id for r in wanted], "worker": self.worker, "lease": lease,
                }).all())
            self._write(s, done)
            s.commit()  # (the rows taken are unchanged in the session: it writes none)
        taken = [r for r in wanted if r.id in won]
        claimed = {"status": "sending", "claimed_by": self.worker, "lease_until": lease,
                   "data_started_at": None}
        for r in taken:
            # as committed: detached, unchanged rows, whose values are their __dict__
            # (set_committed_value per attribute cost more than the rest of the claim)
            r.__dict__.update(claimed, attempts=won[r.id])
        return bool(rows), cancelled, taken

    def _obsolete(self, s: Session, rows: list[Outbox], now: datetime, *,
                  lock: bool = False) -> dict[int, str]:
        """{row id: why its mail should no longer go out} for those of `rows`: any mail to
        a client who asked us to stop (a chaser, a thank-you, a letter staff approved), a
        chase that no longer applies. A few statements for a whole batch, of the columns
        the checks read. `lock`: the debtors and invoices read stay as read until the
        transaction ends (PostgreSQL: FOR SHARE, which a payment's FOR UPDATE waits for;
        SQLite: the caller holds the write lock)."""
        emails = sorted({r.lower() for row in rows for r in row.recipients})
        owner: dict[str, int] = dict(self._rows(s, "contact", emails, lock=False))
        chases = [r for r in rows if r.kind in ("chase", "ladder") and r.debtor_id is not None]
        chased = {r.id for r in chases}
        debtors = {d.id: d for d in self._rows(
            s, "debtor", sorted({*owner.values(), *(r.debtor_id for r in chases if r.debtor_id)}),
            lock=lock)}
        invoices = {i.id: i for i in self._rows(
            s, "invoice", sorted({i for r in chases for i in r.invoice_ids}), lock=lock)}
        whys: dict[int, str] = {}
        today: dict[str, date] = {}  # per debtor's timezone, worked out once a batch
        for row in rows:
            stopped = [e for e in dict.fromkeys(r.lower() for r in row.recipients)
                       if e in owner and (d := debtors.get(owner[e])) is not None and d.stopped]
            why: str | None = None
            if stopped:
                why = f"the client asked not to be contacted ({', '.join(stopped)})"
            elif row.id in chased and (debtor := debtors.get(row.debtor_id)) is not None:
                day = today.get(debtor.timezone)
                if day is None:
                    day = today[debtor.timezone] = now.astimezone(
                        ZoneInfo(debtor.timezone)).date()
                why = chase_obsolete(debtor, [invoices[i] for i in row.invoice_ids
                                              if i in invoices], day)
            if why is not None and row.id is not None:
                whys[row.id] = why
        return whys

    @staticmethod
    def _rows(s: Session, what: str, keys: list[Any], *, lock: bool) -> list[Any]:
        """The rows of _among(what) whose key is among `keys`, a chunk of them per
        statement."""
        out: list[Any] = []
        q = _among(what, lock, s.get_bind().dialect.name == "postgresql")
        conn = s.connection()  # columns, not objects: no need of the ORM's execution
        for i in range(0, len(keys), Store.CHUNK):
            out += conn.execute(q, {"keys": keys[i:i + Store.CHUNK]}).all()
        return out

    def _cancel(self, s: Session, row: Outbox, why: str, now: datetime, *,
                from_status: Status) -> bool:
        """Cancel a row no longer wanted, in the caller's transaction: a pending one, or
        one this worker claimed and has not sent (given back, then cancelled)."""
        if from_status == Status.SENDING:
            outbox.move(outbox.move(Status.SENDING, Status.PENDING), Status.CANCELLED)
            cond: Any = (col(Outbox.status) == "sending") & (col(Outbox.claimed_by) == self.worker)
            extra: dict[str, Any] = {"claimed_by": None, "lease_until": None,
                                     "data_started_at": None,
                                     "attempts": col(Outbox.attempts) - 1}
        else:
            outbox.move(Status.PENDING, Status.CANCELLED)
            cond, extra = col(Outbox.status) == "pending", {}
        done = s.execute(update(Outbox).where(col(Outbox.id) == row.id, cond).values(
            status="cancelled", last_error=why, **extra)).rowcount  # type: ignore[attr-defined]
        if done:
            # a chaser that will not go out no longer holds the gap or the weekly limit:
            # its debtor is planned again at the next tick (a bulk UPDATE: no flush hook)
            due_rows.mark_due(s, [row.debtor_id])
            self._reopen_stages(s, row)
            self.store.record_event(s, now, EventKind.MAIL_CANCELLED, debtor_id=row.debtor_id,
                                    cause=row.action_key, action=row.action_key, reason=why)
            row.status, row.last_error = "cancelled", why
        return bool(done)

    def cancel_moot(self, s: Session, now: datetime, debtor_ids: Collection[int]) -> list[Outbox]:
        """Cancel the queued mail of these debtors that must no longer go out, in the
        caller's transaction: ingest's, so that the payment (a hold, a stop) and the end
        of the reminders it made moot are one change, not a reminder waiting for its turn
        to be found moot. The same check and compare-and-set as a claim's."""
        wanted, chunk = sorted(set(debtor_ids)), self.store.CHUNK
        rows = [row for i in range(0, len(wanted), chunk) for row in s.exec(
            select(Outbox).where(Outbox.status == "pending",
                                 col(Outbox.debtor_id).in_(wanted[i:i + chunk])))]
        whys = self._obsolete(s, rows, now) if rows else {}
        return [r for r in rows if r.id in whys and self._cancel(
            s, r, whys[r.id], now, from_status=Status.PENDING)]

    @staticmethod
    def _cancelled(rows: list[Outbox], report: TickReport | None) -> None:
        for row in rows:
            log.info("queued mail cancelled", key=row.action_key, reason=row.last_error)
            if report is not None:
                report.cancelled.append(row)

    def _reopen_stages(self, s: Session, row: Outbox) -> None:
        """A cancelled statement's invoices that can still be chased get their stage back,
        so the next tick writes a correct letter for them."""
        stages = _chase_stages(row.action_key)
        debtor = s.get(Debtor, row.debtor_id)
        if debtor is None or debtor.stopped or debtor.paused_reason:
            return
        for inv in s.exec(select(Invoice).where(col(Invoice.id).in_(list(stages)))):
            if inv.state in ("open", "partial") and inv.hold_reason is None \
                    and stages[inv.id] in inv.stages_done:  # type: ignore[index]
                inv.stages_done = ledger.stage_undone(inv.stages_done, stages[inv.id])  # type: ignore[index]
                s.add(inv)

    # -- the marker and the record ---------------------------------------------------

    def _mark(self, flow: _Flow, row: Outbox, now: datetime, report: TickReport) -> bool:
        """A claimed row's point of no return in one transaction, after its RCPT (the first
        mail of a batch, or one after a mail that did not reach DATA; mark_data_started):
        check it against the ledger under its locks, cancel it if no longer wanted, else
        commit its marker, with what is done so far recorded. Whether it may go out."""
        lease = self._lease([row], now)

        def once() -> tuple[bool, bool]:
            with self.store.write_session() as s:
                why = self._obsolete(s, [row], now, lock=True).get(row.id or 0)
                cancelled = why is not None and self._cancel(
                    s, row, why, now, from_status=Status.SENDING)
                marked = why is None and bool(s.execute(update(Outbox).where(
                    col(Outbox.id) == row.id, col(Outbox.status) == "sending",
                    col(Outbox.claimed_by) == self.worker,
                ).values(data_started_at=now, lease_until=lease)
                    .execution_options(synchronize_session=False)).rowcount)  # type: ignore[attr-defined]
                self._write(s, flow.done)
                s.commit()
            return cancelled, marked

        cancelled, marked = _retried(once)
        flow.done.clear()
        if cancelled:
            self._cancelled([row], report)
        elif marked:
            row.data_started_at = now
        else:
            log.warning("claim lost before DATA: not sent", key=row.action_key)
        return marked

    def _submit_mark(self, flow: _Flow, store_thread: Executor, row: Outbox,
                     now: datetime) -> tuple[Outbox, Future[bool], list[_Outcome]]:
        """_mark_fast in the store's thread, with the sends recorded so far."""
        done = self._take_sent(flow)
        return row, store_thread.submit(self._mark_fast, flow, row, now, done), done

    @staticmethod
    def _take_sent(flow: _Flow) -> list[_Outcome]:
        """The outcomes a marker's transaction records: plain sends, the usual outcome
        (a failure, a refusal or a doubt is recorded by the claim's or settle's fuller
        path). Why recording them a few mails after their 250 weakens nothing: until
        recorded, a row stays 'sending' with its marker, which is already the after-DATA
        state (a crash leaves it 'uncertain' unless its copy in Sent proves it sent); no
        row goes back to pending for want of its record. It makes the window a crash
        leaves unrecorded smaller than the batch's record did (a few mails, not up to
        BATCH), at no commit of its own. Only once RECORD_EVERY have gathered: a marker
        alone is one statement, one round trip to PostgreSQL, where a transaction of
        three takes five."""
        if len(flow.done) < RECORD_EVERY:  # (most mails: no list to build)
            return []
        done = [o for o in flow.done if o.error is None and o.uncertain is None]
        if len(done) < RECORD_EVERY:
            return []
        flow.done = [o for o in flow.done if o.error is not None or o.uncertain is not None]
        return done

    def _end_marking(self, flow: _Flow) -> None:
        """Wait for a marker's transaction no longer wanted (its mail did not get to DATA,
        or the flush ends): what it was to record is recorded by the next one if it
        failed. Its marker, if committed, is cleared with its mail's outcome."""
        if flow.marking is None:
            return
        _, job, done = flow.marking
        flow.marking = None
        try:
            job.result()
        except (Exception, CancelledError):  # noqa: BLE001 - its transaction did not commit
            flow.done[:0] = done

    def _mark_fast(self, flow: _Flow, row: Outbox, now: datetime,
                   done: list[_Outcome]) -> bool:
        """A mail's marker, in the store's thread (during the previous mail's DATA, or after
        its own RCPT for the first of a batch): one statement while the claim is still
        ours, its lease renewed, and the sends in `done` recorded, in one transaction on
        the driver's connection (prepared.py: the marker costs a commit, little else).
        Whether it was marked. (The ledger is looked at by _still_wanted, after its RCPT.)"""
        if flow.writer is None:  # its own statement commits, without BEGIN and COMMIT
            flow.writer = self.store.engine.connect().execution_options(
                isolation_level="AUTOCOMMIT")
        sql, engine = self._prepared(), self.store.engine
        driver = flow.writer.connection.driver_connection
        marker = {"row_id": row.id, "worker": self.worker, "when": now,
                  "lease": self._lease([row], now)}
        try:
            if self.store.is_postgres:  # one statement, also with the sends recorded
                changed = self._mark_pg(flow, driver, marker, done)
            elif done:
                with prepared.transaction(engine, driver, SQLITE_BUSY_SECONDS,
                                          autocommit=True) as cur:
                    changed = sql.mark.run(cur, marker)
                    self._record_sent(cur, done)
            else:
                changed = prepared.statement(engine, driver, SQLITE_BUSY_SECONDS, sql.mark,
                                             marker)
        except Exception:
            writer, flow.writer, flow.writer_cursor = flow.writer, None, None
            with suppress(Exception):
                writer.invalidate()  # (a broken connection; a new one next time)
            raise
        if changed:
            set_committed_value(row, "data_started_at", now)
        return bool(changed)

    def _record_sent(self, cur: Any, done: list[_Outcome]) -> None:
        """Plain sends recorded with the driver's cursor, as _write records them (SQLite:
        each statement executed for all rows, their parameters built in one pass)."""
        sql = self._prepared()
        sent, events = self._sent_columns(done)
        ids, worker, ats, refused = sent  # (in the order of _SQLITE_SENT's placeholders)
        cur.executemany(sql.sent_sql, list(zip(refused, ats, ids, worker, strict=True)))
        self._check_recorded(done, int(cur.rowcount))
        cur.executemany(sql.event_sql, list(zip(*events, strict=True)))

    def _mark_pg(self, flow: _Flow, driver: Any, marker: dict[str, Any],
                 done: list[_Outcome]) -> int:
        """PostgreSQL: a mail's marker, and the plain sends in `done`, in one statement
        (its own transaction), prepared once, on the flush's cursor of the store thread's
        connection: the rows and events _write would record, the sends' as arrays. The
        rows the marker changed."""
        sql = self._prepared()
        mark = (sql.when(marker["when"]), sql.when(marker["lease"]), marker["row_id"],
                marker["worker"])
        engine = self.store.engine
        dbapi = engine.dialect.loaded_dbapi
        try:
            if flow.writer_cursor is None:
                flow.writer_cursor = driver.cursor()
            cursor = flow.writer_cursor
            if not done:
                return int(cursor.execute(sql.pg_mark, mark, prepare=True).rowcount)
            (ids, worker, ats, refused), events = self._sent_columns(done)
            marked, recorded = cursor.execute(
                sql.mark_and_record, (*mark, ids, worker, ats, refused, *events),
                prepare=True).fetchall()[0]
        except dbapi.Error as e:  # as SQLAlchemy would say it (an outage is waited out)
            flow.writer_cursor = None  # (closed with its connection)
            raise DBAPIError.instance(None, None, e, dbapi.Error,
                                      dialect=engine.dialect) from e
        self._check_recorded(done, int(recorded))
        return int(marked)

    def _sent_columns(self, done: list[_Outcome],
                      ) -> tuple[tuple[list[Any], ...], tuple[list[Any], ...]]:
        """The plain sends' row values (ids, worker, when, refused) and their events'
        (at, kind, debtor, cause, detail), column by column, each value as the driver
        takes it: what _SENT and the event INSERT get from _write (the same bind
        processing; JSON as its text). The rows' status becomes 'sent'."""
        sql = self._prepared()
        when, dumps = sql.when, sql.dumps
        none = dumps(None)  # (JSON null: most sends have no refused address)
        ids: list[Any] = []
        ats: list[Any] = []
        refused: list[Any] = []
        e_at: list[Any] = []
        e_kind: list[str] = []
        e_debtor: list[Any] = []
        e_cause: list[str] = []
        e_detail: list[str] = []
        sent, refusal = _SENT_EVENT, EventKind.RECIPIENT_REFUSED.value
        for o in done:
            row = o.row
            key, at = row.action_key, when(o.at)
            ids.append(row.id)
            ats.append(at)
            refused.append(none if o.refused is None else dumps(o.refused))
            e_at.append(at)
            e_kind.append(sent)
            e_debtor.append(row.debtor_id)
            e_cause.append(key)
            e_detail.append(dumps({"action": key, "error": None}))
            for address, reply in (o.refused or {}).items():
                e_at.append(at)
                e_kind.append(refusal)
                e_debtor.append(row.debtor_id)
                e_cause.append(key)
                e_detail.append(dumps({"action": key, "address": address, "reply": reply}))
            set_committed_value(row, "status", Status.SENT.value)  # (detached: no history)
        return (ids, [self.worker] * len(ids), ats, refused), \
            (e_at, e_kind, e_debtor, e_cause, e_detail)

    @staticmethod
    def _check_recorded(done: list[_Outcome], changed: int) -> None:
        if 0 <= changed < len(done):
            log.warning("outbox rows changed hands during the send",
                        keys=[o.row.action_key for o in done])

    def _prepared(self) -> _Prepared:
        if self._sql is None:
            self._sql = _Prepared.of(self.store.engine.dialect)
        return self._sql

    def _still_wanted(self, flow: _Flow, row: Outbox, now: datetime,
                      report: TickReport) -> bool:
        """The last look before a mail's DATA, after its RCPT: one statement finds
        anything that could have made it obsolete since it was claimed (a payment, stop,
        hold or pause recorded while earlier mail went out); only then the full check,
        under the ledger's locks, says why, and the mail is cancelled, its marker cleared
        if it was committed. A read: no lock is held."""
        emails = dict.fromkeys(r.lower() for r in row.recipients)
        invoices = row.invoice_ids if row.kind in ("chase", "ladder") \
            and row.debtor_id is not None else ()
        sql = _suspect_sql(self.store.is_postgres, len(emails), len(invoices))
        params = (row.debtor_id or 0, *emails, *invoices)
        dbapi = self.store.engine.dialect.loaded_dbapi
        try:  # the driver's own cursor, one for the flush: a read of one value per DATA
            if flow.look is None:  # its own connection, no transaction held
                flow.look = self.store.engine.connect().execution_options(
                    isolation_level="AUTOCOMMIT")
                flow.look_cursor = flow.look.connection.driver_connection.cursor()  # type: ignore[union-attr]
            # (all its rows fetched: SQLite's statement ends, holding no read open
            # between looks; tests/test_send_record.py)
            if self.store.is_postgres:  # a statement prepared once, at once
                suspect = flow.look_cursor.execute(sql, params, prepare=True).fetchall()[0][0]
            else:
                suspect = flow.look_cursor.execute(sql, params).fetchall()[0][0]
        except dbapi.Error as e:  # as SQLAlchemy would say it (an outage is waited out)
            raise DBAPIError.instance(sql, params, e, dbapi.Error,
                                      dialect=self.store.engine.dialect) from e
        if not suspect:
            return True
        why = None

        def cancel() -> bool:
            nonlocal why
            with self.store.write_session() as s:
                why = self._obsolete(s, [row], now, lock=True).get(row.id or 0)
                done = why is not None and self._cancel(s, row, why, now,
                                                        from_status=Status.SENDING)
                s.commit()
            return done

        if not _retried(cancel):
            return why is None  # a hold that has run out: still wanted
        self._cancelled([row], report)
        return False

    @staticmethod
    def _close_look(flow: _Flow) -> None:
        look, cursor, flow.look, flow.look_cursor = flow.look, flow.look_cursor, None, None
        if cursor is not None:
            with suppress(Exception):  # (of a connection that broke: closed with it)
                cursor.close()
        if look is not None:
            look.close()

    def mark_data_started(self, row: Outbox, now: datetime) -> None:
        """Commit one claimed row's marker (as a batch of one does before its DATA),
        only while the claim is still ours."""
        if not self._mark(_Flow(), row, now, TickReport()):
            raise LeaseLost(f"outbox {row.id} is no longer claimed by {self.worker}")
        self.in_data = True

    def _checkpoint(self, flow: _Flow, now: datetime) -> None:
        """Record what is done and renew the claims this worker holds (a slow batch)."""
        rest = [r for r in (flow.current, *flow.todo) if r is not None]
        lease = self._lease(rest, now)
        with self.store.session() as s:
            s.execute(update(Outbox).where(
                col(Outbox.claimed_by) == self.worker, col(Outbox.status) == "sending",
            ).values(lease_until=lease).execution_options(synchronize_session=False))
            self._write(s, flow.done)
            s.commit()
        flow.done.clear()
        flow.lease_until = lease

    def _settle(self, flow: _Flow, now: datetime) -> list[Outbox]:
        """The flush is over (done, stopped, cancelled or failed): what is to be recorded
        (flow.done) and what is to be given back, its marker cleared (it never reached
        DATA; returned). Waits for a claim still running in the store's thread."""
        self._close_look(flow)
        self._end_marking(flow)  # its transaction ends first (the row is given back)
        if flow.writer is not None:
            with suppress(Exception):  # (one an error invalidated is closed already)
                if flow.writer_cursor is not None:
                    flow.writer_cursor.close()
                flow.writer.close()
            flow.writer, flow.writer_cursor = None, None
        if flow.job is not None:
            job, flow.job = flow.job, None
            try:
                taken, _ = job.result()  # the claim ahead commits (or fails) first
                flow.todo.extend(taken)
            except (Exception, CancelledError):  # noqa: BLE001 - its transaction did not commit
                flow.done[:0] = flow.job_done
        current, flow.current = flow.current, None
        if current is not None and flow.in_data:  # cancelled in DATA: no answer seen
            flow.done.append(_Outcome(current, now, uncertain="stopped during DATA: it "
                                                               "may have been delivered"))
        back = ([current] if current is not None and not flow.in_data else []) \
            + list(flow.todo)
        flow.todo.clear()
        return back

    def _settle_write(self, flow: _Flow, back: list[Outbox]) -> None:
        if not flow.done and not back:
            return
        with self.store.session() as s:
            self._write(s, flow.done)
            if back:
                s.execute(update(Outbox).where(
                    col(Outbox.id).in_([r.id for r in back]), col(Outbox.status) == "sending",
                    col(Outbox.claimed_by) == self.worker,
                ).values(status="pending", claimed_by=None, lease_until=None,
                         data_started_at=None, attempts=col(Outbox.attempts) - 1)
                    .execution_options(synchronize_session=False))
            s.commit()
        flow.done.clear()
        for r in back:
            log.info("given back unsent", key=r.action_key)

    async def _settle_surely(self, flow: _Flow, tell: Callable[[], datetime]) -> None:
        """_settle, and its record written even when the database is away for a while (a
        restart, a lock): a mail the server took is known to be sent, and left unrecorded
        it would turn 'uncertain' once its claim ran out. Written again, with a pause that
        doubles, until the database answers or the dispatcher is stopping."""
        back = self._settle(flow, tell())
        pause = RECORD_FIRST_PAUSE
        while True:
            try:
                self._settle_write(flow, back)
                return
            except Exception as e:
                if not is_outage(cause_of(e)) or self.stopping.is_set():
                    raise
                log.warning("database unavailable: the sends' outcomes are recorded later",
                            outcomes=len(flow.done), error=str(e), retry_in=pause)
            waited = 0.0
            while waited < pause and not self.stopping.is_set():
                await asyncio.sleep(0.1)
                waited += 0.1
            pause = min(pause * 2, RECORD_MAX_PAUSE)

    def _write(self, s: Session, done: list[_Outcome]) -> None:
        """Record outcomes in the caller's transaction, a few statements for a whole
        batch: what this worker knows wins over a recovery that guessed 'uncertain'
        meanwhile."""
        if not done:
            return
        table = Outbox.__table__  # type: ignore[attr-defined]
        # (no IN: its expanding parameter cannot be executed for many rows)
        mine = (table.c.claimed_by == self.worker) & (
            (table.c.status == "sending") | (table.c.status == "uncertain"))
        sent = [o for o in done if o.error is None and o.uncertain is None]
        if sent:  # the usual outcome: one statement, executed for each row
            changed = s.connection().execute(_SENT, [
                {"row_id": o.row.id, "worker": self.worker, "when": o.at,
                 "refused_by": o.refused} for o in sent]).rowcount
            if 0 <= changed < len(sent):
                log.warning("outbox rows changed hands during the send",
                            keys=[o.row.action_key for o in sent])
        events: list[tuple[datetime, str, int | None, str, dict[str, object]]] = []
        for o in done:
            outcome = self._outcome(o)
            if outcome.status != Status.SENT:
                self._write_one(s, o, outcome, mine)
            events += self._events(o, outcome)
        self.store.record_events(s, events)

    @staticmethod
    def _outcome(o: _Outcome) -> outbox.Outcome:
        """What the row becomes (its status set here)."""
        outcome = outbox.after_send(o.row.attempts, error=o.error, permanent=o.permanent,
                                    uncertain=o.uncertain is not None)
        set_committed_value(o.row, "status", outcome.status.value)  # (detached: no history)
        return outcome

    @staticmethod
    def _events(o: _Outcome, outcome: outbox.Outcome,
                ) -> list[tuple[datetime, str, int | None, str, dict[str, object]]]:
        row = o.row
        events: list[tuple[datetime, str, int | None, str, dict[str, object]]] = [
            (o.at, outcome.event, row.debtor_id, row.action_key,
             {"action": row.action_key, "error": o.error or o.uncertain})]
        events += [(o.at, EventKind.RECIPIENT_REFUSED, row.debtor_id, row.action_key,
                    {"action": row.action_key, "address": address, "reply": reply})
                   for address, reply in (o.refused or {}).items()]
        return events

    def _write_one(self, s: Session, o: _Outcome, outcome: outbox.Outcome, mine: Any) -> None:
        values: dict[str, Any] = {"lease_until": None, "status": outcome.status.value}
        if outcome.status == Status.UNCERTAIN:
            values.update(last_error=o.uncertain)
        elif outcome.status == Status.FAILED:
            values.update(last_error=o.error, data_started_at=None)
        else:
            assert outcome.retry_in is not None
            values.update(last_error=o.error, data_started_at=None, claimed_by=None,
                          next_attempt_at=o.at + outcome.retry_in)
        table = Outbox.__table__  # type: ignore[attr-defined]
        if not s.connection().execute(table.update().where(
                table.c.id == o.row.id, mine).values(**values)).rowcount:
            log.warning("outbox row changed hands during the send", key=o.row.action_key,
                        outcome=outcome.event)
        elif outcome.status == Status.FAILED:  # as a cancelled one: planned again
            due_rows.mark_due(s, [o.row.debtor_id])

    def recover(self, now: datetime) -> int:
        """Rows whose claim ran out (a dead worker's): back to pending when DATA never
        started; when it did (or is not known, from before leases), 'sent' if a copy with
        its Message-ID is in the Sent folder, else 'uncertain'. A live worker's rows are
        left alone. Returns how many became uncertain."""
        with self.store.session() as s:
            stale = s.exec(select(Outbox).where(
                Outbox.status == "sending",
                col(Outbox.lease_until).is_(None) | (col(Outbox.lease_until) < now))).all()
        if not stale:
            return 0
        # a row from before leases has no marker: it may have reached DATA
        started = [r for r in stale if r.lease_until is None or r.data_started_at is not None]
        # the Sent folder is asked outside any transaction (a network call)
        seen = self._seen_in_sent([r.message_id for r in started])
        uncertain = 0
        with self.store.session() as s:
            for row in stale:
                same = (col(Outbox.id) == row.id) & (col(Outbox.status) == "sending") & (
                    col(Outbox.lease_until) == row.lease_until
                    if row.lease_until is not None else col(Outbox.lease_until).is_(None))
                outcome = outbox.after_lease_expired(
                    data_started=row in started,
                    seen_in_sent=seen is not None and row.message_id in seen)
                values: dict[str, Any] = {"status": outcome.status.value}
                detail: dict[str, Any] = {}
                if outcome.status == Status.PENDING:
                    values.update(claimed_by=None, lease_until=None)
                elif outcome.status == Status.SENT:
                    values.update(lease_until=None, last_error=None,
                                  sent_at=row.data_started_at or now)
                    detail = {"evidence": f"a copy with its Message-ID is in "
                                          f"{self._sent_name()}"}
                else:
                    values.update(last_error=f"{row.claimed_by or 'a worker'} stopped during "
                                             "DATA: it may have been delivered" + (
                                                 f" (no copy in {self._sent_name()})"
                                                 if seen is not None else
                                                 " (the Sent folder could not be checked)"))
                if s.execute(update(Outbox).where(same).values(**values)).rowcount:  # type: ignore[attr-defined]
                    uncertain += outcome.status == Status.UNCERTAIN
                    self.store.record_event(s, now, outcome.event, debtor_id=row.debtor_id,
                                            cause=row.action_key, action=row.action_key,
                                            worker=row.claimed_by, **detail)
                    log.warning("a dead worker's mail recovered", key=row.action_key,
                                outcome=values["status"])
            s.commit()
        return uncertain

    def _seen_in_sent(self, message_ids: list[str]) -> set[str] | None:
        if not message_ids:
            return set()
        if self.sent is None:
            return None
        return self.sent.find(message_ids)

    def _sent_name(self) -> str:
        return str(getattr(self.sent, "folder", "Sent"))


@lru_cache(maxsize=64)
def _suspect_sql(postgres: bool, emails: int, invoices: int) -> str:
    """Whether anything could have made a queued mail obsolete: a stopped debtor among its
    recipients' or its own, a paused one, an invoice not open or held (the hold's date is
    left to the full check). One statement, as the driver's own text for this many
    addresses and invoices: the last look runs before every DATA, and nothing is built or
    compiled for it each time. Its parameters: the debtor, the addresses, the invoices."""
    p = "%s" if postgres else "?"
    true = "true" if postgres else "1"
    sql = (f"SELECT EXISTS (SELECT 1 FROM debtor WHERE debtor.id = {p}"
           f" AND (debtor.stopped = {true} OR debtor.paused_reason IS NOT NULL))")
    if emails:
        sql += (" OR EXISTS (SELECT 1 FROM contact JOIN debtor ON debtor.id = contact.debtor_id"
                f" WHERE contact.email IN ({', '.join([p] * emails)})"
                f" AND debtor.stopped = {true})")
    if invoices:
        sql += (f" OR EXISTS (SELECT 1 FROM invoice WHERE invoice.id IN"
                f" ({', '.join([p] * invoices)}) AND (invoice.state NOT IN ('open', 'partial')"
                " OR invoice.hold_reason IS NOT NULL))")
    return sql


def _mark_statement() -> Any:
    """A claimed row's marker, while the claim is this worker's: one statement."""
    table = Outbox.__table__  # type: ignore[attr-defined]
    return table.update().where(
        table.c.id == bindparam("row_id"), table.c.status == "sending",
        table.c.claimed_by == bindparam("worker"),
    ).values(data_started_at=bindparam("when"), lease_until=bindparam("lease"))


_MARK = _mark_statement()


def _sent_statement() -> Any:
    """A row this worker sent, recorded (also over a recovery's guess, 'uncertain')."""
    table = Outbox.__table__  # type: ignore[attr-defined]
    return table.update().where(
        table.c.id == bindparam("row_id"), table.c.claimed_by == bindparam("worker"),
        (table.c.status == "sending") | (table.c.status == "uncertain"),
    ).values(status="sent", lease_until=None, last_error=None, sent_at=bindparam("when"),
             refused=bindparam("refused_by"))


_SENT = _sent_statement()


@lru_cache(maxsize=2)
def _claim_statement(postgres: bool) -> Any:
    """The compare-and-set of a claim: the rows still pending become this worker's."""
    table = Outbox.__table__  # type: ignore[attr-defined]
    return table.update().where(
        _among_keys(table.c.id, Integer, postgres), table.c.status == "pending",
    ).values(status="sending", claimed_by=bindparam("worker"), lease_until=bindparam("lease"),
             data_started_at=None, attempts=table.c.attempts + 1,
             ).returning(table.c.id, table.c.attempts)


def _among_keys(column: Any, of: Any, postgres: bool, name: str = "ids") -> Any:
    """`column` is one of the list given as `name`, as one parameter, so that the
    statement is compiled once for any number of keys (an expanding IN is compiled
    again for each execution, and psycopg parses each new text again: a claim's four
    of them cost more than its rows). PostgreSQL: an array; SQLite: a JSON array."""
    if postgres:
        return column == any_(bindparam(name, type_=ARRAY(of)))
    return column.in_(select(literal_column("value")).select_from(
        func.json_each(bindparam(name, type_=JSON))))


_SENT_EVENT = outbox.after_send(1).event  # a plain send's event ("mail_sent")

# the plain sends of a marker's transaction, recorded as _SENT and the event INSERT record
# them: on SQLite each statement executed for all rows (parameters: refused, when, row id,
# worker; at, kind, debtor, cause, detail), on PostgreSQL set-based with the marker in
# one statement, over arrays (the same values, JSON as text)
_SQLITE_SENT = (  # plain "?" placeholders: Python 3.12 warns of numbered ones given a tuple
    "UPDATE outbox SET status = 'sent', lease_until = NULL, refused = ?,"
    " last_error = NULL, sent_at = ? WHERE outbox.id = ? AND outbox.claimed_by = ?"
    " AND (outbox.status = 'sending' OR outbox.status = 'uncertain')")
_SQLITE_EVENT = ("INSERT INTO event (at, kind, invoice_id, debtor_id, message_pk, cause,"
                 " detail) VALUES (?, ?, NULL, ?, NULL, ?, ?)")
_PG_MARK = ("UPDATE outbox SET data_started_at = %s, lease_until = %s"
            " WHERE outbox.id = %s AND outbox.status = 'sending' AND outbox.claimed_by = %s")
_PG_MARK_AND_RECORD = (
    f"WITH m AS ({_PG_MARK} RETURNING 1),"
    " s AS (UPDATE outbox SET status = 'sent', lease_until = NULL,"
    " refused = u.refused::json, last_error = NULL, sent_at = u.at"
    " FROM unnest(%s::integer[], %s::text[], %s::timestamp[], %s::text[])"
    " AS u(id, worker, at, refused)"
    " WHERE outbox.id = u.id AND outbox.claimed_by = u.worker"
    " AND (outbox.status = 'sending' OR outbox.status = 'uncertain') RETURNING 1),"
    " e AS (INSERT INTO event (at, kind, invoice_id, debtor_id, message_pk, cause, detail)"
    " SELECT u.at, u.kind, NULL, u.debtor_id, NULL, u.cause, u.detail::json"
    " FROM unnest(%s::timestamp[], %s::text[], %s::integer[], %s::text[], %s::text[])"
    " WITH ORDINALITY AS u(at, kind, debtor_id, cause, detail, n) ORDER BY u.n)"
    " SELECT (SELECT count(*) FROM m), (SELECT count(*) FROM s)")


@dataclass(frozen=True)
class _Prepared:
    """The statements run for every mail, compiled for one dialect (prepared.py)."""

    mark: prepared.Prepared
    when: Callable[[Any], Any]  # a datetime as the driver takes it for a UTCDateTime
    dumps: Callable[[Any], str]  # a JSON column's value as its text
    sent_sql: str = _SQLITE_SENT
    event_sql: str = _SQLITE_EVENT
    pg_mark: str = _PG_MARK
    mark_and_record: str = _PG_MARK_AND_RECORD

    @classmethod
    def of(cls, dialect: Any) -> _Prepared:
        # datetimes as _SENT processes its `when` (an event's `at` is of the same type)
        return cls(prepared.Prepared(_MARK, dialect),
                   prepared.Prepared(_SENT, dialect).processor("when"),
                   dialect._json_serializer or json.dumps)


@lru_cache(maxsize=32)
def _due(limit: int, postgres: bool) -> Any:
    """The oldest `limit` rows due at `now` (built once per size)."""
    q = select(Outbox).where(
        col(Outbox.status) == "pending",
        col(Outbox.next_attempt_at).is_(None) | (col(Outbox.next_attempt_at) <= bindparam("now")),
    ).order_by(col(Outbox.id)).limit(limit)
    if postgres:
        q = q.with_for_update(skip_locked=True)  # held until the claim commits
    return q


@lru_cache(maxsize=16)
def _among(what: str, lock: bool, postgres: bool) -> Any:
    """The columns _obsolete reads of contacts (by address), debtors or invoices (by id),
    for the keys given as `keys` (built once)."""
    q: Any
    if what == "contact":
        q = select(Contact.email, Contact.debtor_id).where(
            _among_keys(col(Contact.email), String, postgres, "keys"))
    elif what == "debtor":
        q = select(Debtor.id, Debtor.stopped, Debtor.paused_reason, Debtor.timezone).where(
            _among_keys(col(Debtor.id), Integer, postgres, "keys"))
    else:
        q = select(Invoice.id, Invoice.number, Invoice.state,  # type: ignore[call-overload]
                   Invoice.hold_reason, Invoice.hold_until).where(
            _among_keys(col(Invoice.id), Integer, postgres, "keys"))
    return q.with_for_update(read=True) if lock else q


def _retried(work: Callable[[], _T]) -> _T:
    """`work` (one transaction), again after a deadlock or serialization failure with
    another writer of the same rows (PostgreSQL): rolled back, it can run again."""
    for attempt in range(3):
        try:
            return work()
        except Exception as e:
            if not is_conflict(cause_of(e)) or attempt == 2:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


class LeaseLost(Exception):
    """The claim on an outbox row was taken over (it ran out) before DATA: do not send."""

def chase_obsolete(debtor: Any, invoices: list[Any], today: date) -> str | None:
    """Why a chase queued earlier must not go out now: the debtor stopped or paused, or an
    invoice it asks for is no longer open (paid, disputed, written off) or is on hold.
    (Debtor and Invoice rows, or rows of the columns read here.)"""
    if debtor.stopped:
        return "the client asked not to be contacted"
    if debtor.paused_reason:
        return f"chasing paused: {debtor.paused_reason}"
    for inv in invoices:
        if inv.state not in (InvoiceState.OPEN.value, InvoiceState.PARTIAL.value):
            return f"{inv.number} is {inv.state}"
        if inv.hold_reason is not None and (inv.hold_until is None or today <= inv.hold_until):
            return f"{inv.number} is on hold ({inv.hold_reason})"
    return None

def _chase_stages(action_key: str) -> dict[int, str]:
    """{invoice id: stage} from a chase's key, "chase:3.pre_due+4.past_due_5"."""
    out = {}
    for part in action_key.removeprefix("chase:").split("+"):
        inv, _, stage = part.partition(".")
        if inv.isdigit() and stage:
            out[int(inv)] = stage
    return out


"""Dispatcher: claims queued mail and sends it, at most once, and says when in doubt.

A row is claimed by a compare-and-set (pending -> sending, with this worker's name and a
lease); `data_started_at` is committed just before DATA. A worker that dies leaves its
claim to run out: with no marker nothing can have gone out and the row is pending again;
with one it is 'uncertain' and waits for a person (`mailbot retry`). Nothing at or after
DATA is ever re-sent by itself.
"""

from __future__ import annotations

import asyncio
import os
import socket
import threading
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import structlog
from sqlalchemy import update
from sqlmodel import Session, col, select

from mailbot.adapters import due_rows
from mailbot.adapters.models import Contact, Debtor, Invoice, Outbox, debtor_tz
from mailbot.adapters.smtp import Sender, SendUncertain
from mailbot.adapters.store import Store
from mailbot.app.results import TickReport
from mailbot.domain import ledger, outbox
from mailbot.domain.events import EventKind
from mailbot.domain.outbox import Status
from mailbot.domain.values import (
    InvoiceState,
)
from mailbot.errors import SendFailed

log = structlog.get_logger()


class Dispatcher:
    def __init__(self, store: Store, sender: Sender | None) -> None:
        self.store = store
        self.sender = sender
        # set on shutdown: the send in hand finishes, no new one starts
        self.stopping = threading.Event()
        # names this worker's outbox claims; unique per process and dispatcher
        self.worker = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.in_data = False  # a send has passed the point of no return (DATA)

    def lease_for(self, row: Outbox) -> timedelta:
        seconds = self.sender.max_seconds(len(row.recipients)) if self.sender else 600
        return timedelta(seconds=seconds)

    async def flush(self, now: datetime,
                    clock: Callable[[], datetime] | None = None) -> TickReport:
        """Send what the outbox holds that is due, one claimed row at a time. `clock`, if
        given, dates each claim (the daemon's dispatcher runs for a while)."""
        report = TickReport()
        if self.sender is None:
            return report
        self.recover(now)
        while not self.stopping.is_set():
            at = clock() if clock is not None else now
            row = self.claim(at, report)
            if row is None:
                break
            await self._send(row, at, report)
        return report

    async def _send(self, row: Outbox, now: datetime, report: TickReport) -> None:
        assert self.sender is not None
        assert row.id is not None
        started: list[bool] = []

        async def before_data() -> None:
            self.mark_data_started(row, now)
            started.append(True)

        self.in_data = False
        try:
            delivery = await self.sender.send(_as_email(row.raw), row.recipients,
                                              before_data=before_data)
        except LeaseLost as e:
            log.warning("claim lost before DATA: not sent", key=row.action_key, error=str(e))
        except SendUncertain as e:
            self._record(row, now, uncertain=str(e))
            report.uncertain.append(row)
            report.errors.append(str(e))
            log.error("send uncertain: not retried, a person decides", key=row.action_key,
                      error=str(e))
        except SendFailed as e:
            self._record(row, now, error=str(e), permanent=e.permanent)
            report.failed.append(row)
            report.errors.append(str(e))
            log.warning("send failed", key=row.action_key, error=str(e))
        except asyncio.CancelledError:
            if not started:  # stopped before DATA: nothing went out, give the row back
                self._release(row, now)
            raise
        else:
            self._record(row, now, refused=delivery.refused)
            report.sent.append(row)
            log.info("sent", key=row.action_key, to=row.recipients,
                     refused=sorted(delivery.refused) or None)
        finally:
            self.in_data = False

    def claim(self, now: datetime, report: TickReport | None = None) -> Outbox | None:
        """Pick the next due row and take it by compare-and-set; a chase that no longer
        applies is cancelled on the way."""
        while True:
            with self.store.session() as s:
                q = select(Outbox).where(Outbox.status == "pending").where(
                    (col(Outbox.next_attempt_at).is_(None))
                    | (col(Outbox.next_attempt_at) <= now)
                ).order_by(col(Outbox.id)).limit(1)
                if self.store.is_postgres:
                    q = q.with_for_update(skip_locked=True)  # held until the claim commits
                row = s.exec(q).first()
                if row is None:
                    return None
                why = self._obsolete(s, row, now)
                if not self.store.is_postgres:
                    s.commit()  # end the read: the write below starts from the newest state
                pending = (col(Outbox.id) == row.id) & (col(Outbox.status) == "pending")
                if why is not None:
                    done = s.execute(update(Outbox).where(pending).values(
                        status="cancelled", last_error=why)).rowcount  # type: ignore[attr-defined]
                    if done:
                        # a chaser that will not go out no longer holds the gap or the
                        # weekly limit: its debtor is planned again at the next tick
                        due_rows.mark_due(s, [row.debtor_id])
                        self._reopen_stages(s, row)
                        self.store.record_event(s, now, EventKind.MAIL_CANCELLED,
                                                debtor_id=row.debtor_id, cause=row.action_key,
                                                action=row.action_key, reason=why)
                    s.commit()
                    if done:
                        log.info("queued mail cancelled", key=row.action_key, reason=why)
                        if report is not None:
                            report.cancelled.append(row)
                    continue
                lease = now + self.lease_for(row)
                won = s.execute(update(Outbox).where(pending).values(
                    status="sending", claimed_by=self.worker, lease_until=lease,
                    data_started_at=None, attempts=col(Outbox.attempts) + 1,
                )).rowcount  # type: ignore[attr-defined]
                s.commit()
                if won != 1:
                    continue  # another worker took it first
                s.refresh(row)
                return row

    def _obsolete(self, s: Session, row: Outbox, now: datetime) -> str | None:
        """Why a queued mail should no longer go out, if it should not: any mail to a
        client who asked us to stop (a chaser, a thank-you, a letter staff approved), the
        last check before SMTP; a chase that no longer applies."""
        stopped = s.exec(select(Contact.email).join(
            Debtor, col(Debtor.id) == col(Contact.debtor_id)).where(
            col(Contact.email).in_([r.lower() for r in row.recipients]),
            Debtor.stopped == True)).all()
        if stopped:
            return f"the client asked not to be contacted ({', '.join(stopped)})"
        if row.kind not in ("chase", "ladder") or row.debtor_id is None:
            return None
        debtor = s.get(Debtor, row.debtor_id)
        if debtor is None:
            return None
        invoices = list(s.exec(select(Invoice).where(col(Invoice.id).in_(row.invoice_ids))))
        return chase_obsolete(debtor, invoices, now.astimezone(debtor_tz(debtor)).date())

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

    def mark_data_started(self, row: Outbox, now: datetime) -> None:
        """Committed just before DATA, and only while the claim is still ours."""
        with self.store.session() as s:
            ours = s.execute(update(Outbox).where(
                col(Outbox.id) == row.id, col(Outbox.status) == "sending",
                col(Outbox.claimed_by) == self.worker,
            ).values(data_started_at=now)).rowcount  # type: ignore[attr-defined]
            s.commit()
        if ours != 1:
            raise LeaseLost(f"outbox {row.id} is no longer claimed by {self.worker}")
        self.in_data = True

    def _record(self, row: Outbox, now: datetime, *, error: str | None = None,
                permanent: bool = False, uncertain: str | None = None,
                refused: dict[str, str] | None = None) -> None:
        outcome = outbox.after_send(row.attempts, error=error, permanent=permanent,
                                    uncertain=uncertain is not None)
        kind = outcome.event
        values: dict[str, Any] = {"lease_until": None, "status": outcome.status.value}
        if outcome.status == Status.UNCERTAIN:
            values.update(last_error=uncertain)
        elif outcome.status == Status.SENT:
            values.update(sent_at=now, last_error=None, refused=refused or None)
        elif outcome.status == Status.FAILED:
            values.update(last_error=error, data_started_at=None)
        else:
            assert outcome.retry_in is not None
            values.update(last_error=error, data_started_at=None, claimed_by=None,
                          next_attempt_at=now + outcome.retry_in)
        # what this worker knows wins over a recovery that guessed 'uncertain' meanwhile
        mine = (col(Outbox.id) == row.id) & (col(Outbox.claimed_by) == self.worker) & (
            col(Outbox.status).in_(("sending", "uncertain")))
        with self.store.session() as s:
            changed = s.execute(update(Outbox).where(mine).values(**values)).rowcount  # type: ignore[attr-defined]
            if not changed:
                log.warning("outbox row changed hands during the send", key=row.action_key,
                            outcome=kind)
            elif outcome.status == Status.FAILED:  # as a cancelled one (claim above)
                due_rows.mark_due(s, [row.debtor_id])
            self.store.record_event(s, now, kind, debtor_id=row.debtor_id,
                                    cause=row.action_key, action=row.action_key,
                                    error=error or uncertain)
            for address, reply in (refused or {}).items():
                self.store.record_event(s, now, EventKind.RECIPIENT_REFUSED, debtor_id=row.debtor_id,
                                        cause=row.action_key, action=row.action_key,
                                        address=address, reply=reply)
            s.commit()

    def _release(self, row: Outbox, now: datetime) -> None:
        """Give back a claim that never reached DATA (shutdown): it waits as before."""
        with self.store.session() as s:
            s.execute(update(Outbox).where(
                col(Outbox.id) == row.id, col(Outbox.status) == "sending",
                col(Outbox.claimed_by) == self.worker,
                col(Outbox.data_started_at).is_(None),
            ).values(status="pending", claimed_by=None, lease_until=None,
                     attempts=col(Outbox.attempts) - 1))
            s.commit()

    def recover(self, now: datetime) -> int:
        """Rows whose claim ran out (a dead worker's): back to pending when DATA never
        started, 'uncertain' when it did (or is not known, from before leases). A live
        worker's rows are left alone. Returns how many became uncertain."""
        uncertain = 0
        with self.store.session() as s:
            stale = s.exec(select(Outbox).where(
                Outbox.status == "sending",
                col(Outbox.lease_until).is_(None) | (col(Outbox.lease_until) < now))).all()
            for row in stale:
                same = (col(Outbox.id) == row.id) & (col(Outbox.status) == "sending") & (
                    col(Outbox.lease_until) == row.lease_until
                    if row.lease_until is not None else col(Outbox.lease_until).is_(None))
                # a row from before leases has no marker: it may have reached DATA
                outcome = outbox.after_lease_expired(
                    data_started=row.lease_until is None or row.data_started_at is not None)
                kind = outcome.event
                values: dict[str, Any] = {"status": outcome.status.value}
                if outcome.status == Status.PENDING:
                    values.update(claimed_by=None, lease_until=None)
                else:
                    values.update(last_error=f"{row.claimed_by or 'a worker'} stopped during "
                                             "DATA: it may have been delivered")
                if s.execute(update(Outbox).where(same).values(**values)).rowcount:  # type: ignore[attr-defined]
                    uncertain += outcome.status == Status.UNCERTAIN
                    self.store.record_event(s, now, kind, debtor_id=row.debtor_id,
                                            cause=row.action_key, action=row.action_key,
                                            worker=row.claimed_by)
                    log.warning("a dead worker's mail recovered", key=row.action_key,
                                outcome=values["status"])
            s.commit()
        return uncertain


class LeaseLost(Exception):
    """The claim on an outbox row was taken over (it ran out) before DATA: do not send."""

def chase_obsolete(debtor: Debtor, invoices: list[Invoice], today: date) -> str | None:
    """Why a chase queued earlier must not go out now: the debtor stopped or paused, or an
    invoice it asks for is no longer open (paid, disputed, written off) or is on hold."""
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

def _as_email(raw: bytes) -> EmailMessage:
    return message_from_bytes(raw, policy=policy.SMTP)


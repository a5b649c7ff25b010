"""Scheduler: plan -> re-validate each action under the write lock -> carry it out.

Planning reads only what can need an action (set-based SQL, then the pure policy);
each action is then planned again for its debtor inside its own write transaction, so a
payment read in between drops it. One action's failure is recorded and shown to staff,
never blocking the others. Nothing here touches the network: queued mail is the
dispatcher's.
"""

from __future__ import annotations

import os
import socket
import threading
import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal
from typing import Any

import structlog
from jinja2 import Environment
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from mailbot.adapters import due_rows
from mailbot.adapters.config import Config
from mailbot.adapters.crashpoint import crashpoint
from mailbot.adapters.db_errors import cause_of, is_conflict, is_outage, one_line
from mailbot.adapters.letters import letter_context
from mailbot.adapters.models import (
    Contact,
    Debtor,
    Event,
    Invoice,
    MailMessage,
    Outbox,
    Task,
    content_hash,
    debtor_tz,
)
from mailbot.adapters.render import Rendered, build_email, mint_message_id, render_blocks
from mailbot.adapters.store import NOT_SENT, PLANNABLE, STAFF_KINDS, Store, named_rows
from mailbot.app import profiles, tasks
from mailbot.app.installments import load_plans, plans_of_debtors
from mailbot.app.reports import Reports, render_digest
from mailbot.app.results import TickReport
from mailbot.domain import ledger, terms
from mailbot.domain.events import EventKind
from mailbot.domain.money import format_money
from mailbot.domain.tasks import TaskKind
from mailbot.domain.values import (
    Action,
    DebtorView,
    InvoiceView,
)
from mailbot.playbook import installments, staffmail
from mailbot.playbook.due import next_action_at
from mailbot.playbook.pauses import reply_overdue
from mailbot.playbook.policy import plan

log = structlog.get_logger()

BATCH = 250  # debtors a worker claims, plans and carries out at a time: small enough
# that the workers of one tick share its due debtors, large enough for few statements
# how long a worker's claim on debtors lasts: a worker that dies mid-tick leaves them to
# another after this (its tick's clock)
CLAIM_LEASE = timedelta(minutes=10)
RETRY = timedelta(seconds=1)


@dataclass(frozen=True)
class DebtorInputs:
    """What one debtor was planned from: enough to compute its next-action time."""

    invoices: list[InvoiceView]
    debtor: DebtorView
    plans: dict[int, installments.Plan]
    recent_mail: list[datetime]


@dataclass
class Planned:
    actions: list[Action] = field(default_factory=list)
    inputs: dict[int, DebtorInputs] = field(default_factory=dict)  # by debtor id
    owners: dict[int, int] = field(default_factory=dict)  # invoice id -> debtor id
    idle: set[int] = field(default_factory=set)  # debtors the playbook had nothing for
    # the invoices of staff notices not yet gathered (plan_debtors(gather=False))
    noticed: dict[int, InvoiceView] = field(default_factory=dict)


class Scheduler:
    def __init__(self, config: Config, store: Store, env: Environment, reports: Reports) -> None:
        self.config = config
        self.store = store
        self.env = env
        self.reports = reports  # the digest's content
        profiles.check_languages(config, env)
        self._profiles_synced = False  # [debtors.profiles] written to the store once
        # names this worker's claims on debtors; unique per process and scheduler
        self.worker = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        # set on shutdown: a tick stops between two actions (the daemon runs ticks in a
        # thread, which cannot be cancelled)
        self.stopping = threading.Event()

    def plan(self, now: datetime, *, debtor_ids: Collection[int] | None = None,
             whole_ledger: bool = False) -> list[Action]:
        """What is due at `now`: for the debtors whose next-action time has come (or those
        of `debtor_ids`; or, `whole_ledger`, every debtor with an invoice the playbook can
        act on, as ticks did before next-action times: tests compare the two), and the
        digest. Reads only; claims nothing."""
        with self.store.session() as s:
            if debtor_ids is not None:
                ids = sorted(set(debtor_ids))
            elif whole_ledger:
                ids = sorted(set(s.exec(select(Invoice.debtor_id).where(PLANNABLE)
                                        .distinct()).all()))
            else:
                ids = sorted(due_rows.due(s, now))
        return self.plan_debtors(now, ids, digest=True).actions

    def plan_debtors(self, now: datetime, ids: Sequence[int], *, digest: bool,
                     gather: bool = True) -> Planned:
        """The actions at `now` for debtors `ids`, debtor by debtor (a debtor whose data
        cannot be planned, e.g. a bad time zone, gets a "failed" action instead), staff
        notices gathered per person (`gather`; else each on its own, for the caller to
        gather); with `digest`, the digest when it is due. Also what each debtor was
        planned from, so its next-action time needs no second read."""
        with self.store.session() as s:
            views: list[InvoiceView] = []
            for part in due_rows.chunks(ids):
                views += self.store.views(s, PLANNABLE & due_rows.in_ids(
                    col(Invoice.debtor_id), part, pg=self.store.is_postgres))
            # the mail counted against the weekly limit is read once, as times (for the
            # next-action time), and counted here: not counted again by the store
            debtors = self.store.debtor_views(s, ids)
            # only the digest reads it: not read at each batch after the first
            digest_sent_for = self.store.last_digest_date(s) if digest else None
            plans: dict[int, installments.Plan] = {}
            for part in due_rows.chunks(ids):
                plans.update(plans_of_debtors(s, part))
            recent = due_rows.recent_mail(s, ids, now, staff_kinds=STAFF_KINDS,
                                          not_sent=NOT_SENT)
        for debtor_id, sent in recent.items():
            if debtor_id in debtors:
                debtors[debtor_id] = replace(debtors[debtor_id], messages_7d=len(sent))
        by_debtor: dict[int, list[InvoiceView]] = {d: [] for d in ids if d in debtors}
        for v in views:
            by_debtor.setdefault(v.debtor_id, []).append(v)
        planned = Planned()
        for debtor_id, invs in sorted(by_debtor.items()):
            if self.stopping.is_set():
                return Planned()  # shutting down: nothing of a partial plan is carried out
            mine_plans = {v.id: plans[v.id] for v in invs if v.id in plans}
            try:
                mine = installments.planned(invs, {debtor_id: debtors[debtor_id]}, now,
                                            self.config.schedule, mine_plans,
                                            with_digest=False)
            except Exception as e:
                log.exception("could not plan for a debtor", debtor_id=debtor_id)
                planned.actions.append(Action(
                    key=f"plan:{debtor_id}", kind="failed", template="", debtor_id=debtor_id,
                    detail={"error": one_line(e)}))
                continue
            planned.actions += [a for a in mine if a.kind != "digest"]
            if not any(a.kind != "digest" for a in mine):
                planned.idle.add(debtor_id)
            planned.owners.update((v.id, debtor_id) for v in invs)
            planned.inputs[debtor_id] = DebtorInputs(invs, debtors[debtor_id], mine_plans,
                                                     recent.get(debtor_id, []))
        if digest:
            planned.actions += plan([], {}, now, self.config.schedule,
                                    digest_sent_for=digest_sent_for)
        by_id = {v.id: v for v in views}
        if gather:
            planned.actions = self._gather(now, planned.actions, by_id)
        else:  # the notices' invoices, to gather them later
            planned.noticed = {i: by_id[i] for a in planned.actions
                               if a.kind == "staff_notice" for i in a.invoice_ids if i in by_id}
        return planned

    def _gather(self, now: datetime, actions: list[Action],
                invoices: Mapping[int, InvoiceView]) -> list[Action]:
        """`actions` with their staff notices gathered: one mail per person per day
        (mailbot.playbook.staffmail). Who was told today already is read only when there
        are notices, by their exact keys (a unique index), not by a prefix a non-C
        collation cannot look up."""
        today = now.astimezone(self.config.schedule.tz).date()
        keys = sorted(staffmail.day_keys(actions, invoices, self.config.staff.digest_to, today))
        written: list[str] = []
        if keys:
            with self.store.session() as s:
                written = list(s.exec(select(Outbox.action_key).where(
                    col(Outbox.action_key).in_(keys))).all())
        return staffmail.gather(actions, invoices, self.config.staff.digest_to, today, written)

    def enqueue(self, now: datetime, *, debtor_ids: Collection[int] | None = None,
                whole_ledger: bool = False) -> TickReport:
        """Plan at `now` the debtors due (or `debtor_ids`, or the whole ledger), a batch at
        a time claimed by this worker (another worker takes other batches), and carry out
        each action with its outbox row; then store each planned debtor's next-action
        time. One action that fails is logged, recorded and shown to staff; the others go
        on."""
        report = TickReport()
        if not self._profiles_synced:
            profiles.sync_config(self.config, self.store, now)
            self._profiles_synced = True
        if debtor_ids is None:
            self._overdue_replies(now, report)
        claimed: list[int] = []
        # the staff notices of all the tick's batches, gathered and queued once they are
        # all planned: one mail per person for the tick, not one batch's today and the
        # others' on later days (a rep's debtors fall in many batches of a large ledger);
        # then the digest, which reports what the whole tick did (the tasks the notices
        # opened among it)
        notices = Planned()
        digests: list[Action] = []
        try:
            first = True
            while True:
                if debtor_ids is not None or whole_ledger:
                    with self.store.session() as s:
                        ids = (sorted(set(debtor_ids)) if debtor_ids is not None else
                               sorted(set(s.exec(select(Invoice.debtor_id).where(PLANNABLE)
                                                 .distinct()).all())))
                        versions = due_rows.versions(s, ids)
                else:
                    with self.store.write_session() as s:
                        versions = due_rows.claim(s, now, self.worker, CLAIM_LEASE, BATCH,
                                                  postgres=self.store.is_postgres)
                        s.commit()
                    claimed += versions
                # what new mail touched (`debtor_ids`): no digest, and no staff notices,
                # which the periodic tick gathers into one mail per person per day
                planned = self.plan_debtors(now, sorted(versions),
                                            digest=first and debtor_ids is None, gather=False)
                if debtor_ids is None:
                    notices.actions += [a for a in planned.actions if a.kind == "staff_notice"]
                    digests += [a for a in planned.actions if a.kind == "digest"]
                    notices.noticed.update(planned.noticed)
                    notices.owners.update((i, planned.owners[i]) for i in planned.noticed
                                          if i in planned.owners)
                planned.actions = [a for a in planned.actions
                                   if a.kind not in ("staff_notice", "digest")]
                acted = self._carry_out_all(planned.actions, planned.owners, now, report)
                if self.stopping.is_set():
                    break  # each action carried out is whole; the next tick plans the rest
                self._store_next(now, versions, planned, acted)
                first = False
                if debtor_ids is not None or whole_ledger or len(versions) < BATCH:
                    break
            if notices.actions and not self.stopping.is_set():
                self._queue_notices(now, notices, report)
            self._carry_out_all(digests, {}, now, report)
        finally:
            if claimed:
                try:
                    with self.store.session() as s:
                        due_rows.release(s, claimed, self.worker)
                        s.commit()
                except Exception:  # noqa: BLE001 - the store is down: the claims run out
                    log.warning("could not give back the tick's claims", count=len(claimed))
        return report

    def _queue_notices(self, now: datetime, notices: Planned, report: TickReport) -> None:
        """The tick's staff notices, gathered per person and queued; then their debtors'
        next-action times, which their batches stored while the notices were still to
        come (RETRY from now), read and stored again."""
        gathered = self._gather(now, notices.actions, notices.noticed)
        acted = self._carry_out_all(gathered, notices.owners, now, report)
        if acted and not self.stopping.is_set():
            with self.store.session() as s:
                versions = due_rows.versions(s, sorted(acted))
            self._store_next(now, versions, Planned(), acted)

    def _store_next(self, now: datetime, versions: dict[int, int], planned: Planned,
                    acted: set[int]) -> None:
        """Each planned debtor's next-action time (mailbot.playbook.due), stored only if
        nothing was written to the debtor since it was read. Debtors with an action read
        again after it (their action changed them; its write made them due anyway)."""
        answers: dict[int, tuple[int, datetime | None]] = {}
        again = sorted(acted | (set(versions) - set(planned.inputs)))
        if again:
            with self.store.session() as s:
                fresh = due_rows.versions(s, again)
            reread = self.plan_debtors(now, again, digest=False)
            versions = {**versions, **fresh}
            inputs = {**planned.inputs, **reread.inputs}
            inputs = {d: i for d, i in inputs.items()
                      if d not in again or d in reread.inputs}
            idle = (planned.idle - set(again)) | reread.idle
        else:
            inputs, idle = planned.inputs, planned.idle
        for debtor_id, version in versions.items():
            got = inputs.get(debtor_id)
            if got is None:
                continue  # could not be planned: stays due, tried again next tick
            try:
                # planned from these very inputs at `now` with nothing to do: that instant
                # needs no second look
                at = next_action_at(got.invoices, got.debtor, now, self.config.schedule,
                                    got.plans, got.recent_mail,
                                    idle_now=debtor_id in idle)
            except Exception:
                log.exception("could not compute the next action time", debtor_id=debtor_id)
                continue
            # what this tick planned and could not carry out (a notice for someone told
            # today, a failure) is planned again from the next tick on, not this one's
            answers[debtor_id] = (version, None if at is None else max(at, now + RETRY))
        if answers:
            with self.store.session() as s:
                due_rows.store_next(s, answers)
                s.commit()

    def _carry_out_all(self, actions: list[Action], owners: Mapping[int, int], now: datetime,
                       report: TickReport) -> set[int]:
        """Carry out `actions`, each in its own transaction; returns the debtors acted on."""
        acted: set[int] = set()
        for action in actions:
            if self.stopping.is_set():
                break
            if action.debtor_id is not None:
                acted.add(action.debtor_id)
            # a gathered staff notice names no debtor: its invoices' debtors change too
            acted |= {owners[i] for i in (*action.invoice_ids, *(i for i, _ in action.skipped))
                      if i in owners}
            if action.kind == "failed":
                self._failed(action, action.detail.get("error", "?"), now, report)
                continue
            self._carry_out_one(action, now, report)
        return acted

    def _carry_out_one(self, action: Action, now: datetime, report: TickReport) -> None:
        for attempt in range(3):
            try:
                with self.store.write_session() as s:
                    queued = self._carry_out(s, action, now)
                    s.commit()
                crashpoint("tick.queued")
            except IntegrityError:
                # another worker (or an earlier run) already did this action
                queued = None
            except Exception as e:
                cause = cause_of(e)
                if is_conflict(cause) and attempt < 2:
                    continue
                if is_outage(cause):
                    raise
                log.exception("action failed", key=action.key)
                self._failed(action, one_line(cause), now, report)
                queued = None
            else:
                if queued is not None:
                    report.queued.append(queued)
                else:
                    report.notes.append(f"{action.kind}: {action.key}")
            break

    def _overdue_replies(self, now: datetime, report: TickReport) -> None:
        try:
            self.open_overdue_replies(now)
        except IntegrityError:
            pass  # another worker opened the same task first
        except Exception as e:
            if is_outage(cause_of(e)):
                raise
            log.exception("could not open the tasks of waiting replies")
            report.failed_actions.append(f"reply tasks: {one_line(cause_of(e))}")

    def open_overdue_replies(self, now: datetime) -> int:
        """A reply that paused its debtor and still waits for a person after the timeout
        (reply_timeout_business_days of the company) becomes a REPLY task, once. The pause
        stays: only a person lifts it. Reads only unhandled messages that paused a debtor
        still paused. Returns how many tasks were opened."""
        opened = 0
        with self.store.session() as s:
            rows = named_rows(s.exec(select(  # type: ignore[call-overload, misc]
                MailMessage.id, MailMessage.recorded_at, MailMessage.from_addr,
                MailMessage.subject, MailMessage.invoice_id, Event.debtor_id,
                col(Debtor.name).label("debtor_name"), Debtor.paused_reason)
                .join(Event, col(Event.message_pk) == col(MailMessage.id))
                .join(Debtor, col(Debtor.id) == col(Event.debtor_id))
                .where(MailMessage.direction == "in", MailMessage.handled == False,
                       MailMessage.needs_human == True, Event.kind == EventKind.PAUSED,
                       col(Debtor.paused_reason).is_not(None))
                .order_by(col(MailMessage.id))).all())
            due = [r for r in rows if reply_overdue(r.recorded_at, now, self.config.schedule)]
            known = set(s.exec(select(Task.key).where(
                col(Task.key).in_([f"reply:{r.id}" for r in due]))).all()) if due else set()
        due = [r for r in due if f"reply:{r.id}" not in known]
        if not due:
            return 0
        with self.store.write_session() as s:
            for r in due:
                arrived = r.recorded_at.astimezone(self.config.schedule.tz)
                opened += tasks.open_task(
                    self.store, s, now, f"reply:{r.id}", TaskKind.REPLY,
                    debtor_id=r.debtor_id, invoice_id=r.invoice_id, cause=f"tick {now.isoformat()}",
                    summary=f"{r.from_addr or '?'} wrote on {arrived:%d %b} ({r.subject!r}) and "
                            f"nobody has answered: chasing of {r.debtor_name} is paused "
                            f"({r.paused_reason}) until a person handles it (`mailbot handled "
                            f"{r.id}`, or `mailbot done` this task)",
                    message_pk=r.id) is not None
            s.commit()
        return opened

    def _failed(self, action: Action, error: str, now: datetime, report: TickReport) -> None:
        """Record that `action` failed: once a day per action and error, not every tick."""
        report.failed_actions.append(f"{action.key}: {error}")
        with self.store.session() as s:
            seen = s.exec(select(Event).where(
                Event.kind == EventKind.ACTION_FAILED, Event.cause == action.key,
                col(Event.at) > now - timedelta(days=1), col(Event.at) <= now)).all()
            if any(e.detail.get("error") == error for e in seen):
                return
            self.store.record_event(s, now, EventKind.ACTION_FAILED, debtor_id=action.debtor_id,
                                    cause=action.key, action=action.kind, error=error)
            s.commit()

    def _still_planned(self, s: Session, action: Action, now: datetime) -> bool:
        """Plan this action's debtor again from what the database holds now, under the lock:
        an invoice paid, held or disputed, a debtor stopped or paused, a chaser sent by
        another worker since the plan was made, and the action is no longer wanted."""
        if action.debtor_id is None:
            return True
        views = self.store.invoice_views(s, action.debtor_id)
        debtors = self.store.debtor_views(s, {action.debtor_id}, now)
        if action.debtor_id not in debtors:
            return False
        fresh = installments.planned(
            views, debtors, now, self.config.schedule, load_plans(s, [v.id for v in views]),
            digest_sent_for=now.astimezone(self.config.schedule.tz).date())
        return any(a.key == action.key for a in fresh)

    def _carry_out(self, s: Session, action: Action, now: datetime) -> Outbox | None:
        cause = f"tick {now.isoformat()}"
        if action.kind == "staff_notice":  # its notices are checked one by one
            return self._queue_staff(s, action, now)
        if action.kind != "digest" and not self._still_planned(s, action, now):
            self.store.record_event(s, now, EventKind.ACTION_DROPPED, debtor_id=action.debtor_id,
                                    cause=cause, action=action.key,
                                    reason="no longer due when carried out")
            return None
        invoices = {i.id: i for i in s.exec(select(Invoice).where(
            due_rows.in_ids(col(Invoice.id), [*action.invoice_ids,
                                              *(i for i, _ in action.skipped)],
                            pg=self.store.is_postgres)))}
        for inv_id, stage in action.skipped:
            inv = invoices[inv_id]
            inv.stages_done = ledger.stage_done(inv.stages_done, stage)
            s.add(inv)
            self.store.record_event(s, now, EventKind.STAGE_SKIPPED, invoice_id=inv_id,
                                    debtor_id=inv.debtor_id, cause=cause, stage=stage)
        if action.kind == "skip":
            return None
        if action.kind == "broken_promise":
            inv = invoices[action.invoice_ids[0]]
            self._promise_broken(s, inv, now, cause)
            return None
        if action.kind == "task":
            # a decision for staff the playbook prepared: kept until a person handles it
            first = invoices[action.invoice_ids[0]] if action.invoice_ids else None
            tasks.open_task(self.store, s, now, action.key, TaskKind(action.detail["task"]),
                            debtor_id=action.debtor_id, invoice_id=first.id if first else None,
                            cause=cause, summary=action.detail.get("summary", ""),
                            **{k: v for k, v in action.detail.items()
                               if k not in ("task", "summary")})
            for inv_id, stage in action.stages:
                done = invoices[inv_id]
                done.stages_done = ledger.stage_done(done.stages_done, stage)
                s.add(done)
            return None
        if action.kind == "digest":
            return self._queue_digest(s, action, now)
        return self._queue_mail(s, action, invoices, now)

    def _promise_broken(self, s: Session, inv: Invoice, now: datetime, cause: str) -> None:
        """A task kept until handled, with a credit hold suggested (never applied by the
        bot); chasing goes on at a firmer stage whose note says the promised day passed."""
        held_until = inv.hold_until
        assert held_until is not None  # the policy only breaks a dated promise
        promised = held_until - timedelta(days=self.config.schedule.promise_grace_days)
        debtor = s.get(Debtor, inv.debtor_id)
        name = debtor.name if debtor else "the client"
        self.store.record_event(s, now, EventKind.PROMISE_BROKEN, invoice_id=inv.id,
                                debtor_id=inv.debtor_id, cause=cause,
                                promised_until=held_until, promised_on=promised)
        tasks.open_task(
            self.store, s, now, f"promise_broken:{inv.id}:{held_until}",
            TaskKind.PROMISE_BROKEN, debtor_id=inv.debtor_id, invoice_id=inv.id, cause=cause,
            summary=f"{name} promised to pay {inv.number} by {promised} (held until "
                    f"{held_until}); nothing came. Suggested: a credit hold for {name}, no "
                    "further credit until paid in full (not applied by the bot). The next "
                    "reminder is a firmer stage and says the promised date passed",
            promised_until=str(held_until), promised_on=str(promised),
            credit_hold="suggested")
        hold = ledger.promise_broken(ledger.Hold(inv.hold_reason, held_until))
        inv.hold_reason, inv.hold_until = hold.reason, hold.until
        inv.promise_missed_on = promised
        s.add(inv)

    def _queue_mail(self, s: Session, action: Action, invoices: dict[int | None, Invoice],
                    now: datetime) -> Outbox | None:
        cfg = self.config
        debtor = s.get(Debtor, action.debtor_id)
        assert debtor is not None
        mine = [invoices[i] for i in action.invoice_ids]
        contacts = s.exec(select(Contact).where(Contact.debtor_id == debtor.id,
                                                Contact.failing == False)).all()
        # staff notices never come here: they are gathered per person (_queue_staff)
        assert action.audience != "staff", action.key
        to = [c.email for c in contacts]
        cc = [i.staff_email for i in mine[:1] if i.staff_email] \
            if cfg.staff.cc_staff_on_reminders else []
        for inv_id, stage in action.stages:
            inv = invoices[inv_id]
            inv.stages_done = ledger.stage_done(inv.stages_done, stage)
            s.add(inv)
        if not to:
            self.store.record_event(s, now, EventKind.NOT_SENT, debtor_id=debtor.id,
                                    cause=action.key, reason="no address to send to")
            return None
        letter = action.kind in ("chase", "ladder")
        context = self.context_for(s, action, debtor, mine, contacts, now)
        rendered = render_blocks(self.env, action.template, debtor.language, context)
        if action.kind == "chase":
            for inv in mine:
                inv.promise_missed_on = None
                s.add(inv)
        thread = [i.thread_message_id for i in mine[:1] if i.thread_message_id]
        if action.audience == "client":  # the last few reminders, oldest first
            thread += reversed(s.exec(select(Outbox.message_id).where(
                Outbox.debtor_id == debtor.id, col(Outbox.kind).in_(("chase", "ladder")))
                .order_by(col(Outbox.id).desc()).limit(5)).all())
        return self._queue(s, action, rendered, to, cc, now, debtor.id, thread,
                           request_receipt=letter,
                           names={c.email: c.name for c in contacts if c.name})

    def context_for(self, s: Session, action: Action, debtor: Debtor, mine: list[Invoice],
                    contacts: Sequence[Contact], now: datetime) -> dict[str, Any]:
        """What the template of `action` about `mine` of `debtor` is given."""
        cfg = self.config
        today = now.astimezone(debtor_tz(debtor)).date()
        plans = load_plans(s, [i.id or 0 for i in mine])
        listed = [invoice_context(i, today, plans.get(i.id or 0),
                                  cfg.debtors.late_fee_of(debtor.name)) for i in mine]
        context = letter_context(
            cfg.company, debtor.language, debtor=debtor,
            contact_name=contacts[0].name if contacts else "",
            contact_emails=[c.email for c in contacts], invoices=listed,
            show_payment=action.kind in ("chase", "ladder"),
            promise_missed_on=missed_promise(mine) if action.kind == "chase" else None)
        context.update({
            "totals": totals(listed), "today": today,
            "ask_date": action.detail.get("ask_date") == "yes", "detail": action.detail,
            "told": client_told(s, mine[0].id, cfg.schedule.tz) if action.audience == "staff" else None,
            # a ladder letter staff approved: the day to answer by, a settlement they offered
            "reply_by": today + timedelta(days=int(action.detail["reply_days"]))
            if "reply_days" in action.detail else None,
            "settle_for": Decimal(action.detail["amount"]) if "amount" in action.detail else None,
        })
        return context

    def _queue_staff(self, s: Session, action: Action, now: datetime) -> Outbox | None:
        """The staff notices gathered for one person today (mailbot.playbook.staffmail),
        each planned again under the lock: those still due are marked done and go out in
        one mail (a lone notice in its own template, several listed in staff_notices)."""
        cfg = self.config
        cause = f"tick {now.isoformat()}"
        invoices = {i.id: i for i in s.exec(select(Invoice).where(
            due_rows.in_ids(col(Invoice.id), action.invoice_ids, pg=self.store.is_postgres)))}
        due: set[str] = set()
        for debtor_id in sorted({i.debtor_id for i in invoices.values()}):
            due |= self._planned_keys(s, debtor_id, now)
        parts = [(i, st) for i, st in action.stages
                 if i in invoices and f"staff:{i}:{st}" in due]
        if not parts:
            self.store.record_event(s, now, EventKind.ACTION_DROPPED, debtor_id=action.debtor_id,
                                    cause=cause, action=action.key,
                                    reason="no longer due when carried out")
            return None
        templates = {st.name: st.template for st in cfg.schedule.stages}
        notices: list[dict[str, Any]] = []
        for inv_id, stage in parts:
            inv = invoices[inv_id]
            debtor = s.get(Debtor, inv.debtor_id)
            assert debtor is not None
            one = Action(key=f"staff:{inv_id}:{stage}", kind="staff_notice",
                         template=templates[stage], debtor_id=debtor.id, invoice_ids=(inv_id,),
                         stages=((inv_id, stage),), audience="staff")
            inv.stages_done = ledger.stage_done(inv.stages_done, stage)
            s.add(inv)
            if one.template == "staff_call_task":  # the call stays on the list until made
                tasks.open_task(self.store, s, now, f"call:{inv.id}", TaskKind.CALL,
                                debtor_id=debtor.id, invoice_id=inv.id, cause=one.key,
                                summary=f"call {debtor.name} about {inv.number}: "
                                        f"{format_money(inv.amount - inv.paid_amount, inv.currency)}"
                                        f" open, due {inv.due_date}")
            context = self.context_for(s, one, debtor, [inv], [], now)
            context["gathered"] = len(parts) > 1
            notices.append({"rendered": render_blocks(self.env, one.template, debtor.language,
                                                      context),
                            "number": inv.number, "debtor": debtor.name,
                            "debtor_id": debtor.id, "thread": inv.thread_message_id})
        to = [a for a in action.detail.get("to", "").split(",") if a]
        if not to:
            for n in notices:
                self.store.record_event(s, now, EventKind.NOT_SENT, debtor_id=n["debtor_id"],
                                        cause=action.key, reason="no address to send to")
            return None
        if len(notices) == 1:
            rendered, thread = notices[0]["rendered"], [t for t in [notices[0]["thread"]] if t]
        else:
            rendered = render_blocks(self.env, staffmail.GATHERED, "en", {
                "notices": notices, "today": now.astimezone(cfg.schedule.tz).date()})
            thread = []
        kept = replace(action, invoice_ids=tuple(i for i, _ in parts), stages=tuple(parts))
        return self._queue(s, kept, rendered, to, [], now, action.debtor_id, thread,
                           request_receipt=False,
                           owners={i: invoices[i].debtor_id for i, _ in parts})

    def _planned_keys(self, s: Session, debtor_id: int, now: datetime) -> set[str]:
        """The keys of what the playbook plans for `debtor_id` now, from the store."""
        views = self.store.invoice_views(s, debtor_id)
        debtors = self.store.debtor_views(s, {debtor_id}, now)
        if debtor_id not in debtors:
            return set()
        fresh = installments.planned(
            views, debtors, now, self.config.schedule, load_plans(s, [v.id for v in views]),
            digest_sent_for=now.astimezone(self.config.schedule.tz).date())
        return {a.key for a in fresh}

    def queue_letter(self, s: Session, action: Action, now: datetime) -> Outbox | None:
        """Queue a client letter a person approved (mailbot.app.ladder), inside their
        transaction, as any reminder: same recipients, rendering, thread and outbox."""
        invoices = {i.id: i for i in s.exec(select(Invoice).where(
            due_rows.in_ids(col(Invoice.id), action.invoice_ids, pg=self.store.is_postgres)))}
        return self._queue_mail(s, action, invoices, now)

    def _queue_digest(self, s: Session, action: Action, now: datetime) -> Outbox | None:
        cfg = self.config.staff
        to = list(cfg.digest_to)
        if not to:
            return None
        digest = self.reports.digest(now, s)
        # asked for by a person (`mailbot digest --send`): the whole, quiet or not
        quiet = "full" if action.detail.get("asked") else cfg.digest_when_quiet
        if digest.quiet and quiet == "none":
            # none today, and the day marked done: a cancelled row, never sent
            row = Outbox(action_key=action.key, kind="digest", message_id=mint_message_id(
                self.config.mailbox.domain), recipients=to, subject="", raw=b"",
                status="cancelled", last_error="nothing needs anyone (digest_when_quiet)",
                created_at=now)
            s.add(row)
            return None
        row = self._queue(s, action, render_digest(self.env, digest, quiet),
                          to, [], now, None, [], request_receipt=False)
        if cfg.digest_per_rep:  # each sales rep: their own accounts, unless nothing is up
            day = action.key.split(":", 1)[1]
            for rep in self.reports.reps(s):
                if rep in to:
                    continue
                mine = self.reports.digest(now, s, rep=rep)
                if not mine.quiet:
                    self._queue(s, replace(action, key=f"digest-rep:{day}:{rep}"),
                                render_digest(self.env, mine), [rep], [], now, None, [],
                                request_receipt=False)
        return row

    def _queue(self, s: Session, action: Action, rendered: Rendered, to: list[str],
               cc: list[str], now: datetime, debtor_id: int | None, thread: list[str],
               *, request_receipt: bool, names: dict[str, str] | None = None,
               owners: dict[int, int] | None = None) -> Outbox:
        cfg = self.config
        mid = mint_message_id(cfg.mailbox.domain)
        email = build_email(rendered, sender=cfg.mailbox.address,
                            sender_name=cfg.mailbox.display_name, to=to, cc=cc, now=now,
                            message_id=mid, thread=thread, request_receipt=request_receipt,
                            names=names,
                            # internal keys are for staff's mail only, never a client's
                            action_key=None if debtor_id and action.audience == "client"
                            else action.key)
        raw = email.as_bytes()
        row = Outbox(action_key=action.key, kind=action.kind, message_id=mid,
                     recipients=[*to, *cc], subject=rendered.subject, raw=raw,
                     debtor_id=debtor_id, invoice_ids=list(action.invoice_ids), created_at=now)
        s.add(row)
        s.add(MailMessage(direction="out", message_id=mid, sha256=content_hash(raw), size=len(raw),
                          raw=raw, subject=rendered.subject, from_addr=cfg.bot_address,
                          to_addrs=", ".join([*to, *cc]), date=now, kind=action.kind,
                          debtor_id=debtor_id,
                          invoice_id=action.invoice_ids[0] if action.invoice_ids else None,
                          recorded_at=now))
        for inv_id in action.invoice_ids or (None,):
            self.store.record_event(s, now, EventKind.MAIL_QUEUED, invoice_id=inv_id,
                                    debtor_id=debtor_id if debtor_id is not None or inv_id is None
                                    else (owners or {}).get(inv_id),
                                    cause=f"tick {now.isoformat()}",
                                    action=action.key, template=action.template, message_id=mid,
                                    **({"asked_date": True}
                                       if action.detail.get("ask_date") == "yes" else {}))
        return row

    def queue_digest(self, now: datetime) -> None:
        """Queue today's digest now (once per day, whatever the hour)."""
        day = now.astimezone(self.config.schedule.tz).date().isoformat()
        action = Action(key=f"digest:{day}", kind="digest", template="digest",
                        detail={"date": day, "asked": "yes"})
        with self.store.session() as s:
            try:
                self._carry_out(s, action, now)
                s.commit()
            except IntegrityError:
                s.rollback()  # already queued today



def missed_promise(invoices: list[Invoice]) -> date | None:
    """The earliest promised day the invoices of a mail missed, if any."""
    return min((i.promise_missed_on for i in invoices if i.promise_missed_on), default=None)


def invoice_context(inv: Invoice, today: date, plan: installments.Plan | None = None,
                    late_fee: str | None = None) -> dict[str, Any]:
    money = money_context(inv, today, plan, late_fee)
    # under a plan, what is due is the next installment, on its day
    due = money["next_installment"]["due_date"] if money["next_installment"] else inv.due_date
    return {"number": inv.number, "amount": inv.amount, "balance": inv.amount - inv.paid_amount,
            "currency": inv.currency, "due_date": due, "issue_date": inv.issue_date,
            "days_late": (today - due).days, "money": money}


def money_context(inv: Invoice, today: date, plan: installments.Plan | None,
                  late_fee: str | None = None) -> dict[str, Any]:
    """What a letter states about an invoice's money beyond its balance (templates/<lang>/
    _invoice_money.j2): what was received and when, the installment due next, a discount
    still open, late fees the invoice's terms give (else the debtor's configured ones,
    `late_fee`). Never an overpayment: that is staff's."""
    balance = inv.amount - inv.paid_amount
    nxt = installments.next_due(plan, inv.paid_amount) if plan else None
    return {
        "received": inv.paid_amount if inv.paid_amount > 0 else None,
        "received_on": inv.last_paid_on if inv.paid_amount > 0 else None,
        "remaining": balance,
        "next_installment": None if nxt is None else {
            "seq": nxt.installment.seq, "count": len(plan.installments) if plan else 0,
            "amount": nxt.remaining, "due_date": nxt.installment.due_date},
        "discount": terms.discount_offer(inv.amount, inv.paid_amount, inv.currency,
                                         inv.issue_date, inv.discount_percent,
                                         inv.discount_days, today),
        # none while a plan is kept to: staff agreed the dates (and decide on any fee)
        "late_fees": [] if nxt is not None and today <= nxt.installment.due_date else
        terms.late_fees(terms.parse_late_fee(inv.late_fee or late_fee), balance,
                        inv.currency, inv.due_date, today),
    }


def totals(listed: list[dict[str, Any]]) -> list[tuple[str, Decimal]]:
    """What a letter's invoices come to, per currency, in the order they first appear."""
    out: dict[str, Decimal] = {}
    for inv in listed:
        out[inv["currency"]] = out.get(inv["currency"], Decimal(0)) + inv["balance"]
    return list(out.items())


def client_told(s: Session, invoice_id: int | None, tz: tzinfo) -> dict[str, date | None]:
    """What the client was actually sent about an invoice: the day of the last reminder
    and of the last one that asked when they will pay (None: never), for staff notices."""
    told: dict[str, date | None] = {"reminded_on": None, "asked_on": None}
    for e in s.exec(select(Event).where(Event.kind == EventKind.MAIL_QUEUED,
                                        Event.invoice_id == invoice_id).order_by(col(Event.at))):
        if not str(e.detail.get("action", "")).startswith(("chase:", "approve:")):
            continue
        told["reminded_on"] = e.at.astimezone(tz).date()
        if e.detail.get("asked_date"):
            told["asked_on"] = e.at.astimezone(tz).date()
    return told

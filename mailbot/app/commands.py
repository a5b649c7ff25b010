"""Staff commands carried out: one set of handlers for the command line and for mail.

The grammar (mailbot.reading.commands) turns lines into Commands; `Commands.run` applies
one inside the caller's write transaction, in a savepoint of its own, so a command that
cannot be done changes nothing and the others still apply. Each returns a Result in
plain words. Every change is an event whose cause is "staff <who>", plus one
STAFF_COMMAND event naming the line.

`mailbot do` and the `mailbot <word>` commands run each command in its own transaction
(`run_lines`); a staff mail runs all of its commands in the transaction that stores the
mail (mailbot.app.appliers), so a mail is obeyed exactly once: a crash before the commit
leaves nothing (the mail is read again), after it the mail is known and not read again.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from email import message_from_bytes
from email import policy as email_policy
from email.utils import format_datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from mailbot.adapters.config import Config
from mailbot.adapters.models import (
    Contact,
    Debtor,
    Invoice,
    MailMessage,
    Outbox,
    Task,
    content_hash,
    debtor_tz,
)
from mailbot.adapters.render import Rendered, build_email, mint_message_id
from mailbot.adapters.store import Store
from mailbot.app import installments, ladder, pauses, short_paid, staff, tasks
from mailbot.app import profiles as profile
from mailbot.domain import ledger
from mailbot.domain.events import EventKind
from mailbot.domain.money import format_money
from mailbot.domain.tasks import TaskKind, TaskState
from mailbot.domain.values import InvoiceState
from mailbot.errors import MailbotError
from mailbot.reading.commands import (
    BadLine,
    Command,
    DebtorRef,
    Parsed,
    match_debtor,
    parse_mail,
)
from mailbot.reading.parse import ParsedMessage
from mailbot.reading.replies import message_body

if TYPE_CHECKING:
    from mailbot.app.scheduler import Scheduler

OPEN = ("open", "partial", "disputed")
CLIENT_LETTERS = ("chase", "ladder", "resend")


@dataclass(frozen=True)
class Result:
    """What became of one line: done or not, and what happened or why not."""

    line: str
    done: bool
    said: str


class Refusal(MailbotError):
    """A command that cannot be done, and why (said to the person who gave it)."""


class Commands:
    def __init__(self, config: Config, store: Store, scheduler: Scheduler) -> None:
        self.config = config
        self.store = store
        self.scheduler = scheduler

    # ------------------------------------------------------------------ entry points

    def run_lines(self, items: Sequence[Parsed], now: datetime, who: str) -> list[Result]:
        """The command line: each command in its own write transaction, committed."""
        results = []
        for item in items:
            if isinstance(item, BadLine):
                results.append(Result(item.line, False, item.why))
                continue
            with self.store.write_session() as s:
                results.append(self.run(s, item, now, who))
                s.commit()
        return results

    def run(self, s: Session, cmd: Command, now: datetime, who: str) -> Result:
        """Apply `cmd` inside the caller's transaction, all or nothing (a savepoint)."""
        try:
            with s.begin_nested():
                said = getattr(self, f"_{cmd.verb}")(s, cmd, now, who)
                self.store.record_event(s, now, EventKind.STAFF_COMMAND, cause=f"staff {who}",
                                        line=cmd.line, command=cmd.verb, result=said)
            return Result(cmd.line, True, said)
        except IntegrityError:
            # a unique key said it was done already (a letter queued by a twin)
            return Result(cmd.line, False, "already done (by another command at the same "
                                           "time): nothing changed")
        except MailbotError as e:
            return Result(cmd.line, False, str(e))

    def obey_mail(self, s: Session, message_pk: int, msg: ParsedMessage, now: datetime,
                  who: str) -> list[Result]:
        """A staff member's authenticated mail of commands, inside the transaction that
        stores it: every command applied, then one answer queued in the same thread."""
        items = parse_mail(message_body(msg), self._today(now))
        if not items:  # "thanks!" to an answer: nothing to do, nothing to answer
            return []
        results = [Result(i.line, False, i.why) if isinstance(i, BadLine)
                   else self.run(s, i, now, who) for i in items]
        self.answer(s, message_pk, msg, results, now, who)
        return results

    def answer(self, s: Session, message_pk: int, msg: ParsedMessage,
               results: Sequence[Result], now: datetime, to: str) -> Outbox:
        """Queue the one answer to a staff mail (its key names the mail: never two)."""
        cfg = self.config
        subject = msg.subject.strip() or "your commands"
        if not re.match(r"^(?:re|aw|sv|antw)\s*:", subject, re.IGNORECASE):
            subject = f"Re: {subject}"
        rendered = Rendered(subject, answer_text(results), answer_html(results))
        mid = mint_message_id(cfg.mailbox.domain)
        thread = [msg.message_id] if msg.message_id else []
        email = build_email(rendered, sender=cfg.mailbox.address,
                            sender_name=cfg.mailbox.display_name, to=[to], now=now,
                            message_id=mid, thread=thread,
                            action_key=f"command_reply:{message_pk}")
        if thread:  # the thread's whole chain, as mail clients write it
            del email["References"]
            email["References"] = " ".join([*msg.references[-10:], *thread])
        raw = email.as_bytes()
        row = Outbox(action_key=f"command_reply:{message_pk}", kind="command_reply",
                     message_id=mid, recipients=[to], subject=subject, raw=raw,
                     created_at=now)
        s.add(row)
        s.add(MailMessage(direction="out", message_id=mid, sha256=content_hash(raw),
                          size=len(raw), raw=raw, subject=subject, from_addr=cfg.bot_address,
                          to_addrs=to, date=now, kind="command_reply", recorded_at=now))
        self.store.record_event(s, now, EventKind.MAIL_QUEUED, message_pk=message_pk,
                                cause=f"staff {to}", action=row.action_key,
                                template="command_reply", message_id=mid,
                                done=sum(r.done for r in results),
                                not_done=sum(not r.done for r in results))
        return row

    # ---------------------------------------------------------------------- lookups

    def _invoice(self, s: Session, number: str) -> Invoice:
        inv = s.exec(select(Invoice).where(Invoice.number == number)).first() \
            or s.exec(select(Invoice).where(Invoice.number_key == number.casefold())).first()
        if inv is None:
            raise Refusal(f"no invoice {number}")
        return inv

    def _debtor(self, s: Session, ref: str) -> Debtor:
        contacts: dict[int, list[str]] = {}
        for debtor_id, email in s.exec(select(Contact.debtor_id, Contact.email)):
            contacts.setdefault(debtor_id, []).append(email)
        # names and ids only (columns: no row is locked); the one found is read locked
        refs = [DebtorRef(i or 0, name, tuple(contacts.get(i or 0, ())))
                for i, name in s.exec(select(Debtor.id, Debtor.name).order_by(col(Debtor.id)))]
        found = match_debtor(ref, refs)
        if isinstance(found, str):
            raise Refusal(found)
        debtor = s.get(Debtor, found.id)
        assert debtor is not None
        return debtor

    def _debtor_or_invoice(self, s: Session, ref: str) -> tuple[Debtor, Invoice | None]:
        inv = s.exec(select(Invoice).where(Invoice.number_key == ref.casefold())).first()
        if inv is not None:
            debtor = s.get(Debtor, inv.debtor_id)
            assert debtor is not None
            return debtor, inv
        return self._debtor(s, ref), None

    def _open_invoices(self, s: Session, debtor: Debtor) -> list[Invoice]:
        return list(s.exec(select(Invoice).where(
            Invoice.debtor_id == debtor.id, col(Invoice.state).in_(OPEN))
            .order_by(col(Invoice.due_date), col(Invoice.id))))

    def _today(self, now: datetime) -> date:
        return now.astimezone(self.config.schedule.tz).date()

    # --------------------------------------------------------------------- money

    def _paid(self, s: Session, cmd: Command, now: datetime, who: str) -> str:
        inv = self._invoice(s, cmd.target)
        if cmd.currency and cmd.currency != inv.currency:
            raise Refusal(f"{inv.number} is in {inv.currency}, not {cmd.currency}")
        paid_at = None
        if cmd.day is not None:
            debtor = s.get(Debtor, inv.debtor_id)
            try:
                tz = debtor_tz(debtor) if debtor else self.config.schedule.tz
            except (ZoneInfoNotFoundError, ValueError):
                tz = self.config.schedule.tz
            paid_at = min(datetime.combine(cmd.day, time(12), tz), now)
        state = staff.pay(self.store, s, inv, cmd.amount, now, who, paid_at)
        balance = inv.amount - inv.paid_amount
        if state == InvoiceState.PAID:
            return f"{inv.number}: paid; the client is thanked on the next round"
        short = short_paid.hold_if_short(self.store, s, inv, self.config.payments, now,
                                         f"staff {who}")
        return (f"{inv.number}: {state.value}, payment recorded, "
                f"{format_money(balance, inv.currency)} still open"
                + (f"; {short}" if short else ""))

    def _promise(self, s: Session, cmd: Command, now: datetime, who: str) -> str:
        inv = self._invoice(s, cmd.target)
        self._chaseable(inv)
        assert cmd.day is not None
        until = cmd.day + timedelta(days=self.config.schedule.promise_grace_days)
        if inv.hold_reason not in (None, "promise", "away", "paused", "paid_claim"):
            raise Refusal(f"{inv.number} is held ({inv.hold_reason}): `resolve` or `resume` "
                          "it first")
        inv.hold_reason, inv.hold_until = "promise", until
        s.add(inv)
        self.store.record_event(s, now, EventKind.STAFF_COMMAND, invoice_id=inv.id,
                                debtor_id=inv.debtor_id, cause=f"staff {who}",
                                command="promise", promised_date=cmd.day, until=until)
        return (f"{inv.number}: promised for {cmd.day}; not chased until {until}, then a "
                "task if nothing came")

    def _dispute(self, s: Session, cmd: Command, now: datetime, who: str) -> str:
        inv = self._invoice(s, cmd.target)
        if inv.state not in OPEN:
            raise Refusal(f"{inv.number} is {inv.state}: nothing to dispute")
        debtor = s.get(Debtor, inv.debtor_id)
        inv.state = ledger.transition(InvoiceState(inv.state), "dispute").value
        inv.hold_reason, inv.hold_until = "dispute", None
        s.add(inv)
        self.store.record_event(s, now, EventKind.STAFF_COMMAND, invoice_id=inv.id,
                                debtor_id=inv.debtor_id, cause=f"staff {who}",
                                command="dispute", reason=cmd.text)
        why = f": \u201c{cmd.text}\u201d" if cmd.text else ""
        tasks.open_task(self.store, s, now, f"dispute:{inv.id}:staff:{now.isoformat()}",
                        TaskKind.DISPUTE, debtor_id=inv.debtor_id, invoice_id=inv.id,
                        cause=f"staff {who}",
                        summary=f"{debtor.name if debtor else '?'} disputes {inv.number}{why}. "
                                f"Not chased until `resolve {inv.number}`")
        return f"{inv.number} is disputed: not chased until `resolve {inv.number}`"

    def _resolve(self, s: Session, cmd: Command, now: datetime, who: str) -> str:
        inv = self._invoice(s, cmd.target)
        if inv.state != InvoiceState.DISPUTED and inv.hold_reason != "dispute":
            raise Refusal(f"{inv.number} is not disputed ({inv.state})")
        self.store.record_event(s, now, EventKind.RESUMED, invoice_id=inv.id,
                                debtor_id=inv.debtor_id, cause=f"staff {who}",
                                hold=inv.hold_reason, state=inv.state)
        if inv.state == InvoiceState.DISPUTED:
            inv.state = ledger.transition(InvoiceState.DISPUTED, "resolve").value
        if inv.hold_reason == "dispute":
            inv.hold_reason = inv.hold_until = None
        s.add(inv)
        pauses.close_invoice_tasks(self.store, s, inv.id, TaskKind.DISPUTE, now, who,
                                   "dispute resolved")
        return f"{inv.number}: dispute resolved, chasing resumes on the schedule"

    def _plan(self, s: Session, cmd: Command, now: datetime, who: str) -> str:
        inv = self._invoice(s, cmd.target)
        if cmd.action == "cancel":
            installments.cancel_plan_in(self.store, s, inv, now, who)
            return f"{inv.number}: installment plan cancelled"
        assert cmd.day is not None
        plan = installments.set_plan_in(self.store, s, inv, cmd.action, cmd.every, cmd.day,
                                        now, who)
        if inv.hold_reason == "plan_request":  # the request is answered by the plan
            inv.hold_reason = inv.hold_until = None
            s.add(inv)
            pauses.close_invoice_tasks(self.store, s, inv.id, TaskKind.PLAN_REQUEST, now, who,
                                       "installment plan set")
        parts = ", ".join(f"{format_money(i.amount, inv.currency)} on {i.due_date}"
                          for i in plan.installments)
        return f"{inv.number}: {len(plan.installments)} installment(s) set: {parts}"

    def _writeoff(self, s: Session, cmd: Command, now: datetime, who: str) -> str:
        inv = self._invoice(s, cmd.target)
        if inv.state not in OPEN:
            raise Refusal(f"{inv.number} is {inv.state}: nothing to write off")
        balance = inv.amount - inv.paid_amount
        inv.state = ledger.transition(InvoiceState(inv.state), "write_off").value
        inv.hold_reason = inv.hold_until = None
        s.add(inv)
        self.store.record_event(s, now, EventKind.WRITTEN_OFF, invoice_id=inv.id,
                                debtor_id=inv.debtor_id, cause=f"staff {who}",
                                balance=str(balance))
        tasks.resolve_settled(self.store, s, inv.id or 0, now, f"written off by {who}")
        return (f"{inv.number} written off ({format_money(balance, inv.currency)}): "
                "nothing more is chased")

    def _note(self, s: Session, cmd: Command, now: datetime, who: str) -> str:
        debtor, inv = self._debtor_or_invoice(s, cmd.target)
        # the STAFF_COMMAND event keeps the words; this one ties them to the invoice
        self.store.record_event(s, now, EventKind.STAFF_COMMAND, cause=f"staff {who}",
                                invoice_id=inv.id if inv else None, debtor_id=debtor.id,
                                command="note", note=cmd.text)
        return f"noted on {inv.number if inv else debtor.name}"

    @staticmethod
    def _chaseable(inv: Invoice) -> None:
        if inv.state not in ("open", "partial"):
            raise Refusal(f"{inv.number} is {inv.state}")

    # -------------------------------------------------------------- chasing a client

    def _pause(self, s: Session, cmd: Command, now: datetime, who: str) -> str:
        debtor, only = self._debtor_or_invoice(s, cmd.target)
        assert cmd.day is not None
        if only is not None and only.state not in OPEN:
            raise Refusal(f"{only.number} is {only.state}: nothing to pause")
        invoices = [only] if only else self._open_invoices(s, debtor)
        paused, kept = [], []
        for inv in invoices:
            # a stronger hold (a promise, a dispute, a paid claim) stays as it is
            if inv.hold_reason not in (None, "away", "paused"):
                kept.append(f"{inv.number} ({inv.hold_reason})")
                continue
            inv.hold_reason, inv.hold_until = "paused", cmd.day
            s.add(inv)
            paused.append(inv.number)
            self.store.record_event(s, now, EventKind.STAFF_COMMAND, invoice_id=inv.id,
                                    debtor_id=debtor.id, cause=f"staff {who}",
                                    command="pause", until=cmd.day)
        if not paused:
            raise Refusal(f"{debtor.name}: nothing to pause"
                          + (f" (held already: {', '.join(kept)})" if kept
                             else " (no open invoice)"))
        return (f"{debtor.name}: chasing of {', '.join(paused)} paused until {cmd.day}"
                + (f"; still held: {', '.join(kept)}" if kept else ""))

    def _resume(self, s: Session, cmd: Command, now: datetime, who: str) -> str:
        debtor, only = self._debtor_or_invoice(s, cmd.target)
        invoices = [only] if only else self._open_invoices(s, debtor)
        unstop = "unstop" in cmd.flags
        for inv in invoices:
            staff.resume_invoice(self.store, s, inv, now, who, unstop=unstop)
        if not invoices:
            if not debtor.paused_reason and not (unstop and debtor.stopped):
                raise Refusal(f"{debtor.name} has no open invoice and no pause")
            self.store.record_event(s, now, EventKind.RESUMED, debtor_id=debtor.id,
                                    cause=f"staff {who}", paused=debtor.paused_reason,
                                    unstopped=bool(unstop and debtor.stopped))
            debtor.paused_reason = None
            debtor.stopped = debtor.stopped and not unstop
            s.add(debtor)
        said = (f"{only.number if only else debtor.name}: chasing resumes on the schedule"
                + ("" if only or not invoices else
                   f" ({', '.join(i.number for i in invoices)})"))
        if debtor.stopped:
            said += (f"; but {debtor.name} asked not to be contacted: no mail goes to them "
                     "until `mailbot resume INVOICE --unstop`")
        return said

    def _lang(self, s: Session, cmd: Command, now: datetime, who: str) -> str:
        debtor = self._debtor(s, cmd.target)
        served = sorted({n.split("/")[0] for n in self.scheduler.env.list_templates()
                         if n.endswith("/_client.j2")})
        if cmd.text not in served:
            raise Refusal(f"no letters in {cmd.text!r} (there are: {', '.join(served)})")
        return self._profile(s, debtor, "language", cmd.text, now, who)

    def _tz(self, s: Session, cmd: Command, now: datetime, who: str) -> str:
        debtor = self._debtor(s, cmd.target)
        try:
            ZoneInfo(cmd.text)
        except (ZoneInfoNotFoundError, ValueError):
            raise Refusal(f"{cmd.text!r} is not a time zone (e.g. Asia/Jakarta)") from None
        return self._profile(s, debtor, "timezone", cmd.text, now, who)

    def _profile(self, s: Session, debtor: Debtor, field: str, value: str, now: datetime,
                 who: str) -> str:
        before = getattr(debtor, field)
        profile.apply(self.store, s, debtor, {field: value}, "staff", now,
                      cause=f"staff {who}")
        word = {"language": "letters in", "timezone": "time zone"}[field]
        if before == value:
            return f"{debtor.name}: {word} {value} already (now set by staff)"
        return f"{debtor.name}: {word} {value} (was {before})"

    def _contact(self, s: Session, cmd: Command, now: datetime, who: str) -> str:
        debtor = self._debtor(s, cmd.target)
        address = cmd.text
        if address == self.config.bot_address or address in self.config.staff.addresses \
                or address.rpartition("@")[2] in self.config.staff.domains:
            raise Refusal(f"{address} is our own address, not the client's")
        row = s.exec(select(Contact).where(Contact.email == address)).first()
        if cmd.action == "add":
            if row is not None and row.debtor_id != debtor.id:
                other = s.get(Debtor, row.debtor_id)
                raise Refusal(f"{address} is a contact of {other.name if other else '?'}: "
                              "remove it there first")
            if row is not None and not row.failing:
                raise Refusal(f"{address} is already a contact of {debtor.name}")
            if row is None:
                s.add(Contact(debtor_id=debtor.id or 0, email=address))
            else:  # a person says the address works again
                row.failing, row.failing_reason = False, None
                s.add(row)
            self.store.record_event(s, now, EventKind.STAFF_COMMAND, debtor_id=debtor.id,
                                    cause=f"staff {who}", command="contact", added=address)
            return f"{debtor.name}: mail now also goes to {address}"
        if row is None or row.debtor_id != debtor.id:
            raise Refusal(f"{address} is not a contact of {debtor.name}")
        s.delete(row)
        self.store.record_event(s, now, EventKind.STAFF_COMMAND, debtor_id=debtor.id,
                                cause=f"staff {who}", command="contact", removed=address)
        s.flush()
        left = s.exec(select(Contact.email).where(Contact.debtor_id == debtor.id,
                                                  Contact.failing == False)).all()
        return (f"{debtor.name}: {address} removed"
                + ("" if left else "; no working address is left: no mail reaches them"))

    def _resend(self, s: Session, cmd: Command, now: datetime, who: str) -> str:
        """Send the newest client letter about the invoice again, at most once per letter:
        not while that letter (or an earlier resend of it) is still on its way or its
        fate unknown; a resend's action key names the letter it repeats, so a second
        `resend` (a mail seen twice, two people) queues nothing."""
        inv = self._invoice(s, cmd.target)
        debtor = s.get(Debtor, inv.debtor_id)
        assert debtor is not None
        if inv.state not in OPEN:
            raise Refusal(f"{inv.number} is {inv.state}: nothing to resend")
        if debtor.stopped:
            raise Refusal(f"{debtor.name} asked not to be contacted: nothing sent")
        letters = [o for o in s.exec(select(Outbox).where(
            Outbox.debtor_id == debtor.id, col(Outbox.kind).in_(CLIENT_LETTERS))
            .order_by(col(Outbox.id).desc()).limit(200)) if inv.id in (o.invoice_ids or [])]
        if not letters:
            raise Refusal(f"no letter about {inv.number} was sent yet")
        last = letters[0]
        if last.status in ("pending", "sending"):
            raise Refusal(f"a letter about {inv.number} is already on its way "
                          f"(outbox {last.id}): not queued twice")
        if last.status in ("uncertain", "failed"):
            raise Refusal(f"the last letter about {inv.number} is {last.status} "
                          f"(outbox {last.id}): check it, then `mailbot retry {last.id}`")
        if last.status != "sent":
            raise Refusal(f"the last letter about {inv.number} was {last.status}: nothing "
                          "to resend")
        key = f"resend:{last.id}"
        if s.exec(select(Outbox.id).where(Outbox.action_key == key)).first() is not None:
            raise Refusal(f"that letter was sent again already (outbox {last.id})")
        working = set(s.exec(select(Contact.email).where(Contact.debtor_id == debtor.id,
                                                         Contact.failing == False)).all())
        to = [r for r in last.recipients if r.lower() in working] or sorted(working)
        if not to:
            raise Refusal(f"{debtor.name} has no working address: nothing sent")
        letter = message_from_bytes(last.raw, policy=email_policy.default)
        mid = mint_message_id(self.config.mailbox.domain)
        for name, value in (("Message-ID", mid), ("Date", format_datetime(now)),
                            ("To", ", ".join(to))):
            del letter[name]
            letter[name] = value
        del letter["Cc"]
        raw = letter.as_bytes()
        s.add(Outbox(action_key=key, kind="resend", message_id=mid, recipients=to,
                     subject=last.subject, raw=raw, debtor_id=debtor.id,
                     invoice_ids=list(last.invoice_ids), created_at=now))
        s.add(MailMessage(direction="out", message_id=mid, sha256=content_hash(raw),
                          size=len(raw), raw=raw, subject=last.subject,
                          from_addr=self.config.bot_address, to_addrs=", ".join(to), date=now,
                          kind="resend", debtor_id=debtor.id, invoice_id=inv.id,
                          recorded_at=now))
        s.flush()  # a concurrent twin fails here, on the unique action key
        self.store.record_event(s, now, EventKind.MAIL_QUEUED, invoice_id=inv.id,
                                debtor_id=debtor.id, cause=f"staff {who}", action=key,
                                template="resend", message_id=mid, resends=last.message_id)
        return (f"{inv.number}: the letter of {last.created_at:%Y-%m-%d} "
                f"(\u201c{last.subject}\u201d) goes again to {', '.join(to)} on the next send")

    # ------------------------------------------------------------ messages and tasks

    def _handled(self, s: Session, cmd: Command, now: datetime, who: str) -> str:
        resumed: list[str] = []
        for mid in cmd.ids:
            try:
                resumed += staff.handle_message(self.store, s, mid, now, who,
                                                keep_paused="keep_paused" in cmd.flags)
            except staff.NotFound as e:
                raise Refusal(f"{e} (see `mailbot inbox`)") from None
        said = f"{len(cmd.ids)} message(s) marked handled"
        return said + "".join(f"; chasing of {n} resumes on the schedule" for n in resumed)

    def _done(self, s: Session, cmd: Command, now: datetime, who: str) -> str:
        resumed: list[str] = []
        for tid in cmd.ids:
            task = s.get(Task, tid)
            if task is not None and task.state != TaskState.OPEN:
                raise Refusal(f"task {tid}: a task that is {task.state} cannot become done "
                              f"(closed by {task.closed_by or 'the bot'}: {task.resolution})")
            try:
                tasks.close_one(self.store, s, tid, now, who, cmd.text,
                                keep_paused="keep_paused" in cmd.flags, resumed=resumed)
            except tasks.TaskNotFound as e:
                raise Refusal(f"{e} (see `mailbot tasks`)") from None
        said = f"{len(cmd.ids)} task(s) done"
        return said + "".join(f"; chasing of {n} resumes on the schedule" for n in resumed)

    def _approve(self, s: Session, cmd: Command, now: datetime, who: str) -> str:
        if len(cmd.ids) != 1:
            raise Refusal("approve one task at a time")
        done = ladder._approve(self.store, self.scheduler, s, cmd.ids[0], now, who,
                               cmd.amount)
        return f"task {done.task_id} ({done.invoice}): {done.outcome}"

    # --------------------------------------------------------------------- status

    def _status(self, s: Session, cmd: Command, now: datetime, who: str) -> str:
        debtor, only = self._debtor_or_invoice(s, cmd.target)
        today = self._today(now)
        invoices = [only] if only else self._open_invoices(s, debtor)
        parts = []
        for inv in invoices:
            late = (today - inv.due_date).days
            when = f"{late} d late" if late > 0 else f"due {inv.due_date}"
            held = (f", held: {inv.hold_reason}" + (f" until {inv.hold_until}"
                                                    if inv.hold_until else "")
                    if inv.hold_reason else "")
            parts.append(f"{inv.number} {format_money(inv.amount - inv.paid_amount, inv.currency)}"
                         f" {inv.state}, {when}{held}")
        flags = [f for f in ("stopped (asked not to be contacted)" if debtor.stopped else "",
                             f"paused: {debtor.paused_reason}" if debtor.paused_reason else "",
                             f"credit hold: {debtor.credit_hold}" if debtor.credit_hold else "")
                 if f]
        head = f"{debtor.name} ({debtor.language}, {debtor.timezone})"
        body = "; ".join(parts) if parts else "nothing open"
        return f"{head}: {body}" + (f" [{'; '.join(flags)}]" if flags else "")


def answer_html(results: Sequence[Result]) -> str:
    body = html.escape(answer_text(results))
    return ("<!doctype html><html><head><meta charset=\"utf-8\"></head><body>"
            f"<pre style=\"font-family:inherit;white-space:pre-wrap\">{body}</pre>"
            "</body></html>")


def answer_text(results: Sequence[Result]) -> str:
    """The answer to a staff mail: each line, and what became of it."""
    done = [r for r in results if r.done]
    failed = [r for r in results if not r.done]
    out: list[str] = []
    if done:
        out.append(f"Done ({len(done)}):")
        out += [f"  {r.line}\n    -> {r.said}" for r in done]
    if failed:
        if done:
            out.append("")
        out.append(f"Not done ({len(failed)}):")
        out += [f"  {r.line}\n    -> {r.said}" for r in failed]
    return "\n".join(out) + "\n"

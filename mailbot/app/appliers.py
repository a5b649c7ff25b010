"""Appliers: what each kind of message changes, inside ingest's write session.

Each applier asks `domain.permissions` whether the sender may make the change and
`domain.ledger` what the change is, then writes it and its events. A change refused is
an event and a line for staff, never silently dropped.
"""

from __future__ import annotations

import functools
import hashlib
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfoNotFoundError

import structlog
from jinja2 import Environment
from sqlalchemy import text
from sqlmodel import Session, col, select

from mailbot.adapters.config import Config
from mailbot.adapters.models import (
    Contact,
    Debtor,
    Invoice,
    MailMessage,
    Outbox,
    Task,
    debtor_tz,
)
from mailbot.adapters.store import Store
from mailbot.app import profiles as profile
from mailbot.app import short_paid, tasks
from mailbot.app.context import context_from_config, describe
from mailbot.domain import ledger, permissions
from mailbot.domain.debtors import Company, company_of
from mailbot.domain.events import EventKind
from mailbot.domain.tasks import TaskKind, TaskState
from mailbot.domain.tasks import words as task_words
from mailbot.domain.values import (
    Address,
    Classification,
    Intent,
    InvoiceState,
    Kind,
)
from mailbot.errors import InvalidTransition
from mailbot.reading.invoices import fallback_debtor_name
from mailbot.reading.parse import ParsedMessage
from mailbot.reading.trust import AuthVerdict

if TYPE_CHECKING:
    from mailbot.app.commands import Commands

log = structlog.get_logger()


class Appliers:
    def __init__(self, config: Config, store: Store, env: Environment) -> None:
        self.config = config
        self.store = store
        self.env = env
        self.context = context_from_config(config)  # staff, notifiers, trust: fixed per run
        self.commands: Commands | None = None  # set by App (it needs the scheduler)

    def apply(self, s: Session, row: MailMessage, msg: ParsedMessage, c: Classification,
              now: datetime, verdict: AuthVerdict) -> str:
        """Carry out what the message means, given who provably sent it. Returns a reason
        when a human must look."""
        ev: dict[str, Any] = {"message_pk": row.id,
                              "cause": f"message {msg.message_id or row.id}"}
        if c.needs_human:
            self.store.record_event(s, now, EventKind.NEEDS_HUMAN, reason=c.reason, **ev)
        if c.kind == Kind.CLIENT_REPLY:
            # a sure reading acts (a hold) even when staff must also look (a paid claim)
            return self._client_reply(s, row, msg, c, now, ev, verdict)
        if c.kind == Kind.STAFF_COMMAND:
            return self._staff_command(s, row, msg, now, ev, verdict)
        if c.kind == Kind.CHALLENGE:
            # never answered; a person confirms the sender (one task per address)
            return self._challenge(s, row, msg, c, now, ev)
        if c.needs_human:
            return ""
        match c.kind:
            case Kind.INVOICE_COPY | Kind.PAYMENT_CONFIRMATION:
                ctx = self.context
                refused = permissions.money(
                    describe(c), trusted_sender=ctx.is_staff(msg.sender)
                    or ctx.is_notifier(msg.sender), verdict=verdict,
                    require_authentication=self.config.trust.require_authentication)
                if refused:
                    return self._refused(s, refused, now, ev)
                if c.kind == Kind.INVOICE_COPY:
                    return self._register_invoice(s, row, msg, c, now, ev)
                return self._payment(s, row, c, now, ev)
            case Kind.READ_RECEIPT:
                return self._read_receipt(s, msg, c, now, ev)
            case Kind.BOUNCE:
                return self._bounce(s, c, now, ev)
            case Kind.AUTO_REPLY:
                return self._auto_reply(s, msg, c, now, ev, verdict)
            case _:
                return ""

    def _refused(self, s: Session, refused: permissions.Refused, now: datetime,
                 ev: dict[str, Any], **where: Any) -> str:
        """A change the mail asked for and did not get: an event, and a line for staff."""
        self.store.record_event(s, now, EventKind.CHANGE_REFUSED, claimed=refused.claimed,
                                why=refused.why, **where, **ev)
        log.warning("change refused", claimed=refused.claimed, why=refused.why)
        return str(refused)

    def _staff_command(self, s: Session, row: MailMessage, msg: ParsedMessage, now: datetime,
                       ev: dict[str, Any], verdict: AuthVerdict) -> str:
        """Obey a staff member's mail of commands and answer it, once; anything else sent
        to the bot as commands is kept and shown to staff, never obeyed nor answered."""
        sender = msg.sender.email if msg.sender else ""
        refused = permissions.command(f"commands from {sender or '?'}",
                                      staff=self.context.is_staff(msg.sender), verdict=verdict)
        if refused:
            return self._refused(s, refused, now, ev)
        if self.config.bot_address not in {a.email for a in msg.to}:
            # staff writing to someone else with the bot in Cc: their words are not orders
            return ("staff mail with the bot in Cc: read by people (commands are obeyed "
                    "only in mail addressed to the bot)")
        if self.commands is None:
            return "staff commands are not wired in this process: not obeyed"
        if msg.message_id:  # the same mail delivered twice (two folders, a re-send)
            first = s.exec(select(MailMessage.id).where(
                MailMessage.message_id == msg.message_id, MailMessage.direction == "in",
                MailMessage.kind == Kind.STAFF_COMMAND.value, MailMessage.id != row.id,
                MailMessage.from_addr == sender, MailMessage.needs_human == False)).first()
            if first is not None:
                self.store.record_event(s, now, EventKind.STAFF_COMMAND, reason="duplicate",
                                        obeyed_as=first, **ev)
                return ""
        results = self.commands.obey_mail(s, row.id or 0, msg, now, sender)
        if not results:  # not answered (no loop of thanks), but a person may look
            return ("staff mail to the bot with no command in its own text (quoted text "
                    "is not read): nothing done, not answered")
        log.info("staff commands obeyed", done=sum(r.done for r in results),
                 not_done=sum(not r.done for r in results), message_pk=row.id)
        return ""

    def _sent_message(self, s: Session, mid: str | None) -> tuple[list[Invoice], set[str]] | None:
        """The invoices a message concerns and who received it, when the bot sent it (the
        outbox) or registered it (a staff invoice mail it was copied on); else None."""
        if not mid:
            return None
        # the columns needed, never the raw bytes (an invoice copy carries its PDF)
        out = s.exec(select(Outbox.invoice_ids, Outbox.recipients).where(
            Outbox.message_id == mid)).first()
        if out is not None:
            invoice_ids, recipients = out
            invoices = list(s.exec(select(Invoice).where(
                col(Invoice.id).in_(invoice_ids or [])))) if invoice_ids else []
            return invoices, {r.lower() for r in recipients}
        direct = list(s.exec(select(Invoice).where(Invoice.thread_message_id == mid)))
        if not direct:
            return None
        copy = s.exec(select(MailMessage.to_addrs).where(MailMessage.message_id == mid,
                                                         MailMessage.direction == "in")).first()
        got = {a.strip().lower() for a in (copy or "").split(",")}
        return direct, got - {""}

    def _read_receipt(self, s: Session, msg: ParsedMessage, c: Classification, now: datetime,
                      ev: dict[str, Any]) -> str:
        found = self._sent_message(s, c.original_message_id)
        reader = msg.sender.email if msg.sender else ""
        ok, refused = permissions.delivery_report(
            f"read receipt from {reader or '?'} for {c.original_message_id or '?'}", [reader],
            names_our_message=found is not None, recipients=found[1] if found else ())
        if refused or not ok or found is None:
            return self._refused(s, refused or permissions.Refused(
                "read receipt", "it has no reader address"), now, ev)
        for inv in found[0]:
            inv.seen = True
            s.add(inv)
            self.store.record_event(s, now, EventKind.READ_RECEIPT, invoice_id=inv.id,
                                    debtor_id=inv.debtor_id, **ev)
        return ""

    def _debtor_of(self, s: Session, email: str | None) -> Debtor | None:
        if not email:
            return None
        contact = s.exec(select(Contact).where(Contact.email == email)).first()
        return s.get(Debtor, contact.debtor_id) if contact else None

    def _company_debtor(self, s: Session, contacts: tuple[Address, ...],
                        ) -> Debtor | Company | None:
        """The debtor an invoice to `contacts` belongs to: the one any of them is already a
        contact of, else the one of their company (same organisation, or named alike in
        [debtors.map]); else the company a new debtor is for (None: a person's address).

        Only registration joins by company: a reply is trusted by its exact address."""
        of = {a.email: company_of(a.email, self.config.debtors) for a in contacts}
        companies = [co for co in of.values() if co is not None]
        # two invoices to one company at once (several workers on PostgreSQL) must not
        # both find no debtor and make two; SQLite's write lock already serialises them
        self._lock(s, [co.key for co in companies] + [a.email for a in contacts])
        for a in contacts:
            known = self._debtor_of(s, a.email)
            if known is None:
                continue
            mine = of[a.email]
            if known.company is None and mine and not self._by_company(s, mine.key):
                known.company = mine.key  # a debtor from before companies were kept
                s.add(known)
            return known
        for co in companies:
            found = self._by_company(s, co.key)
            if found is None and co.name:  # the map names a debtor known by its domain
                found = s.exec(select(Debtor).where(Debtor.name == co.name)
                               .order_by(col(Debtor.id))).first()
            if found is not None:
                return found
        return companies[0] if companies else None

    def _by_company(self, s: Session, key: str) -> Debtor | None:
        return s.exec(select(Debtor).where(Debtor.company == key)).first()

    def _lock(self, s: Session, names: list[str]) -> None:
        """Hold these names until the transaction ends (PostgreSQL advisory locks, taken
        in one order so two workers cannot deadlock on them)."""
        if not self.store.is_postgres:
            return
        for name in sorted(set(names)):
            digest = hashlib.sha256(f"mailbot-debtor:{name}".encode()).digest()
            s.execute(text("SELECT pg_advisory_xact_lock(:k)"),
                      {"k": int.from_bytes(digest[:8], "big", signed=True)})

    def letter_language(self, language: str | None) -> str:
        """Write to a new client in the language of the invoice staff sent them, where
        there are templates for it; English otherwise."""
        return language if language in self._served else "en"

    @functools.cached_property
    def _served(self) -> frozenset[str]:
        # listing the templates walks their folders: once, not per invoice and reply
        return frozenset(name.split("/")[0] for name in self.env.list_templates()
                         if name.endswith("/_client.j2"))

    def served_language(self, language: str | None) -> str | None:
        """`language` where there are letters in it, else None (nothing to learn)."""
        return language if language and self.letter_language(language) == language else None

    def _register_invoice(self, s: Session, row: MailMessage, msg: ParsedMessage,
                          c: Classification, now: datetime, ev: dict[str, Any]) -> str:
        facts = c.invoice
        assert facts is not None
        assert facts.due_date is not None
        existing = s.exec(select(Invoice).where(Invoice.number == facts.number)).first()
        if existing is not None:
            if existing.amount != facts.amount or existing.currency != facts.currency:
                return (f"second copy of {facts.number} with a different amount "
                        f"({facts.amount} {facts.currency} vs {existing.amount} "
                        f"{existing.currency})")
            row.invoice_id, row.debtor_id = existing.id, existing.debtor_id
            return ""
        debtor = self._company_debtor(s, c.debtor_contacts)
        if isinstance(debtor, Company) or debtor is None:
            company = debtor
            first = c.debtor_contacts[0]
            debtor = Debtor(name=new_debtor_name(company, facts.debtor_name, first),
                            language=self.letter_language(c.language),
                            timezone=self.config.schedule.timezone,
                            company=company.key if company else None,
                            created_at=now)
            s.add(debtor)
            s.flush()
            self.store.record_event(s, now, EventKind.DEBTOR_CREATED, debtor_id=debtor.id,
                                    name=debtor.name, company=debtor.company, **ev)
        for a in c.debtor_contacts:
            if self._debtor_of(s, a.email) is None:
                s.add(Contact(debtor_id=debtor.id, email=a.email, name=a.name))  # type: ignore[arg-type]
        # the send window: staff's table first, else what this invoice tells
        profile.apply_config(self.config, self.store, s, debtor, now)
        profile.apply(self.store, s, debtor, profile.from_invoice(
            facts.debtor_address, self.served_language(c.language)), "invoice", now,
            cause=f"invoice {facts.number}")
        inv = Invoice(
            number=facts.number, debtor_id=debtor.id,  # type: ignore[arg-type]
            amount=facts.amount, currency=facts.currency,
            issue_date=facts.issue_date or (msg.date or now).date(), due_date=facts.due_date,
            terms_days=facts.terms_days, discount_percent=facts.discount_percent,
            discount_days=facts.discount_days, late_fee=facts.late_fee,
            sent_at=msg.date or now,
            staff_email=msg.sender.email if msg.sender else None,
            thread_message_id=msg.message_id, created_at=now,
        )
        s.add(inv)
        s.flush()
        row.invoice_id, row.debtor_id = inv.id, debtor.id
        self.store.record_event(s, now, EventKind.INVOICE_REGISTERED, invoice_id=inv.id,
                                debtor_id=debtor.id, number=inv.number, amount=inv.amount,
                                currency=inv.currency, due_date=inv.due_date,
                                source=facts.source, disagreements=list(facts.disagreements),
                                discount_percent=facts.discount_percent,
                                discount_days=facts.discount_days, late_fee=facts.late_fee, **ev)
        if facts.disagreements:  # registered, but staff should check what it assumed
            return (f"registered from the {facts.source}; please check: "
                    + "; ".join(facts.disagreements))
        return ""

    def _bounce(self, s: Session, c: Classification, now: datetime, ev: dict[str, Any]) -> str:
        if c.bounce_reason in ("spam", "policy") or (
                c.bounce_permanent and not ledger.address_dead(True, c.bounce_reason)):
            return self._rejected(s, c, now, ev)
        found = self._sent_message(s, c.original_message_id)
        invoices = found[0] if found else []
        ok, refused = permissions.delivery_report(
            f"bounce of {', '.join(c.failed_recipients) or '?'}", c.failed_recipients,
            names_our_message=found is not None, recipients=found[1] if found else ())
        unreachable: set[int] = set()
        for addr in ok:
            contact = s.exec(select(Contact).where(Contact.email == addr)).first()
            failing = ledger.bounced(c.bounce_permanent, now.date(), c.bounce_reason)
            if contact is not None and failing:
                contact.failing, contact.failing_reason = True, failing
                s.add(contact)
                unreachable.add(contact.debtor_id)
            self.store.record_event(s, now, EventKind.BOUNCE, debtor_id=contact.debtor_id if contact
                                    else None, address=addr, permanent=c.bounce_permanent,
                                    reason=c.bounce_reason, invoices=[i.number for i in invoices],
                                    **ev)
        for debtor_id in sorted(unreachable):
            self._bounce_task(s, debtor_id, now, ev)
        reasons = [self._refused(s, refused, now, ev)] if refused else []
        if ok and ledger.address_dead(c.bounce_permanent, c.bounce_reason):
            reasons.insert(0, f"mail to {', '.join(ok)} bounces: find a working address")
        return "; ".join(reasons)

    def _rejected(self, s: Session, c: Classification, now: datetime,
                  ev: dict[str, Any]) -> str:
        """The client's server refused one message for good, but not because the mailbox is
        gone: as spam, by its policy, for a full mailbox or for a reason it did not explain.
        The address is alive: nothing is marked failing and nothing counts toward "every
        address bounces"; the message is marked refused in the outbox, and staff get a
        task saying why, once per message."""
        found = self._sent_message(s, c.original_message_id)
        ok, refused = permissions.delivery_report(
            f"rejection of {', '.join(c.failed_recipients) or '?'}", c.failed_recipients,
            names_our_message=found is not None, recipients=found[1] if found else ())
        if found is None:
            # about no message of ours (or none named): a person reads it, nothing changes
            return self._refused(s, refused or permissions.Refused(
                "rejection", "it names no message the bot sent"), now, ev)
        invoices, recipients = found
        addresses = list(ok) or sorted(recipients)  # no recipient named: the message's
        what = {"spam": "rejected as spam", "policy": "refused by their policy",
                "mailbox_full": "not delivered, their mailbox being full"}.get(
                    c.bounce_reason or "", "not delivered, for a reason their server did not "
                                           "make clear")
        said = c.reason or what
        out = s.exec(select(Outbox).where(Outbox.message_id == c.original_message_id)).first()
        if out is not None:  # `mailbot outbox` shows it as not delivered to them
            out.refused = {**(out.refused or {}), **dict.fromkeys(addresses, said)}
            s.add(out)
        contact = s.exec(select(Contact).where(col(Contact.email).in_(addresses))).first()
        debtor_id = (contact.debtor_id if contact else out.debtor_id if out
                     else invoices[0].debtor_id if invoices else None)
        for addr in addresses:
            self.store.record_event(s, now, EventKind.BOUNCE, debtor_id=debtor_id,
                                    address=addr, permanent=c.bounce_permanent,
                                    reason=c.bounce_reason, address_alive=True,
                                    invoices=[i.number for i in invoices], **ev)
        numbers = ", ".join(i.number for i in invoices)
        tasks.open_task(
            self.store, s, now, f"rejected:{c.original_message_id}", TaskKind.REJECTED,
            debtor_id=debtor_id, invoice_id=invoices[0].id if invoices else None,
            cause=ev["cause"],
            summary=f"our mail to {', '.join(addresses)}"
                    + (f" about {numbers}" if numbers else "")
                    + f" was {what} ({said}). The address was not marked dead: reach "
                    "them another way or change the message; nothing else was stopped",
            addresses=addresses, reason=c.bounce_reason, said=said,
            message_id=c.original_message_id)
        return self._refused(s, refused, now, ev) if refused else ""

    def _challenge(self, s: Session, row: MailMessage, msg: ParsedMessage, c: Classification,
                   now: datetime, ev: dict[str, Any]) -> str:
        """A spam filter holds our mail until a person confirms the sender: one task per
        address it guards (never answered, no address or invoice changed). The task
        carries the mail, so it is not listed again among the mail to read."""
        sender = msg.sender.email if msg.sender else ""
        debtor = self._debtor_of(s, sender)
        address = sender
        if debtor is None:  # a filter service's own address (Boxbe): whose mail it holds
            found = self._sent_message(s, msg.in_reply_to or (msg.references[-1]
                                                               if msg.references else None))
            if found and found[1]:
                address = min(found[1])
                debtor = self._debtor_of(s, address)
            elif c.invoice_numbers:  # "Request to join Ana's guest list (Invoice 7)"
                inv = s.exec(select(Invoice).where(
                    col(Invoice.number).in_(c.invoice_numbers))).first()
                mine = s.exec(select(Contact.email).where(
                    Contact.debtor_id == inv.debtor_id)).all() if inv else []
                if mine:
                    address, debtor = min(mine), s.get(Debtor, inv.debtor_id if inv else 0)
        how = c.challenge or f"mailto:{sender}"
        where = (f"reply to {how.removeprefix('mailto:')} without changing the subject"
                 if how.startswith("mailto:") else how)
        tasks.open_task(
            self.store, s, now, f"confirm_sender:{address or row.id}", TaskKind.CONFIRM_SENDER,
            debtor_id=debtor.id if debtor else None, cause=ev["cause"],
            summary=f"confirm the sender at {where}: the spam filter of {address or '?'} "
                    "holds our mail until a person confirms us (the bot never answers it)",
            link=how, address=address)
        row.handled = True
        return ""

    def _bounce_task(self, s: Session, debtor_id: int, now: datetime,
                     ev: dict[str, Any]) -> None:
        """Every address of the debtor fails: a person must find one that works (one open
        task per debtor, however many bounces come back)."""
        s.flush()
        if s.exec(select(Contact.id).where(Contact.debtor_id == debtor_id,
                                           Contact.failing == False)).first() is not None:
            return
        if s.exec(select(Task.id).where(Task.debtor_id == debtor_id, Task.kind == TaskKind.BOUNCE,
                                        Task.state == TaskState.OPEN)).first() is not None:
            return
        debtor = s.get(Debtor, debtor_id)
        failing = s.exec(select(Contact.email).where(Contact.debtor_id == debtor_id)).all()
        tasks.open_task(self.store, s, now, f"bounce:{debtor_id}:{ev['message_pk']}",
                        TaskKind.BOUNCE, debtor_id=debtor_id, cause=ev["cause"],
                        summary=f"find a working address for {debtor.name if debtor else '?'}: "
                                f"every address bounces ({', '.join(failing)}); no mail "
                                "reaches them until one is added", addresses=list(failing))

    def _auto_reply(self, s: Session, msg: ParsedMessage, c: Classification, now: datetime,
                    ev: dict[str, Any], verdict: AuthVerdict) -> str:
        sender = msg.sender.email if msg.sender else None
        debtor = self._debtor_of(s, sender)
        until, refused = permissions.absence(
            sender, known_contact=debtor is not None, verdict=verdict,
            return_date=c.return_date, today=now.astimezone(self.config.schedule.tz).date(),
            max_days=self.config.trust.absence_max_days,
            require_authentication=self.config.trust.require_authentication)
        if refused:
            # an absence note from anyone else is no reason to speak up: just record it
            self.store.record_event(s, now, EventKind.CHANGE_REFUSED, claimed=refused.claimed,
                                    why=refused.why, **ev)
            return ""
        if debtor is None:
            return ""
        for inv in self._open_invoices(s, debtor.id):
            hold = ledger.away(ledger.Hold(inv.hold_reason, inv.hold_until), until)
            inv.hold_reason, inv.hold_until = hold.reason, hold.until
            s.add(inv)
            self.store.record_event(s, now, EventKind.AUTO_REPLY, invoice_id=inv.id,
                                    debtor_id=debtor.id, return_date=until, **ev)
        return ""

    def _open_invoices(self, s: Session, debtor_id: int | None) -> list[Invoice]:
        return list(s.exec(select(Invoice).where(
            Invoice.debtor_id == debtor_id,
            col(Invoice.state).in_(("open", "partial", "disputed")))).all())

    def _payment(self, s: Session, row: MailMessage, c: Classification, now: datetime,
                 ev: dict[str, Any]) -> str:
        p = c.payment
        assert p is not None
        assert p.amount is not None
        found = {i.number: i for i in s.exec(select(Invoice).where(
            col(Invoice.number).in_(p.invoice_numbers)).order_by(col(Invoice.id)))}
        unknown = [n for n in p.invoice_numbers if n not in found]
        if unknown:  # part of the money may be for an invoice we never saw: a person splits it
            return f"payment references invoice(s) the bot does not know: {', '.join(unknown)}"
        invoices = [found[n] for n in dict.fromkeys(p.invoice_numbers)]  # the notice's order
        if any(i.currency != p.currency for i in invoices):
            return f"payment in {p.currency} does not match the invoice currency"
        today = now.astimezone(self.config.schedule.tz).date()
        # the value date says when the money was paid; never later than it arrived
        value_date = min(p.paid_on, today) if p.paid_on else today
        try:
            split = ledger.split_payment(
                [ledger.Due(number=i.number, state=InvoiceState(i.state), amount=i.amount,
                            paid_amount=i.paid_amount, issue_date=i.issue_date,
                            due_date=i.due_date, currency=i.currency,
                            discount_percent=i.discount_percent, discount_days=i.discount_days)
                 for i in invoices], p.amount, value_date, p.allocations)
        except InvalidTransition as e:
            return f"payment for {', '.join(found)}: {e}"
        except ValueError as e:
            return f"payment not applied: {e}"
        short: list[str] = []
        for share in split.shares:
            inv, change = found[share.number], share.change
            inv.state, inv.paid_amount = change.state.value, change.paid_amount
            inv.last_paid_on = value_date
            if change.state == InvoiceState.PAID:
                inv.paid_at = self._value_time(s, inv, value_date)
                inv.hold_reason = inv.hold_until = None  # paid: nothing left to hold
                tasks.resolve_settled(self.store, s, inv.id or 0, now, "payment notice")
            s.add(inv)
            row.invoice_id, row.debtor_id = inv.id, inv.debtor_id
            extra: dict[str, Any] = {"discount": share.discount} if share.discount else {}
            self.store.record_event(s, now, change.event, invoice_id=inv.id,
                                    debtor_id=inv.debtor_id, amount=share.booked,
                                    currency=p.currency, balance=inv.amount - inv.paid_amount,
                                    value_date=value_date, on_time=share.on_time, **extra, **ev)
            said = short_paid.hold_if_short(self.store, s, inv, self.config.payments, now,
                                            ev["cause"])
            short += [said] if said else []
        if split.excess > 0:
            numbers = ", ".join(i.number for i in invoices)
            self.store.record_event(s, now, EventKind.OVERPAYMENT, invoice_id=invoices[-1].id,
                                    debtor_id=invoices[-1].debtor_id, amount=split.excess,
                                    currency=p.currency, invoices=list(found), **ev)
            tasks.open_task(self.store, s, now, f"overpayment:{row.id}", TaskKind.OVERPAYMENT,
                            summary=f"{split.excess} {p.currency} more than {numbers} owed: "
                                    "refund or credit it",
                            debtor_id=invoices[-1].debtor_id, invoice_id=invoices[-1].id,
                            amount=str(split.excess), currency=p.currency)
            return (f"overpayment: {split.excess} {p.currency} more than {numbers} owed; "
                    f"refund or credit it")
        if split.guessed:
            booked = ", ".join(f"{s.number} {s.booked}" for s in split.shares)
            return (f"payment of {p.amount} {p.currency} is less than {', '.join(found)} owe "
                    f"and names no amount per invoice; booked in the notice's order "
                    f"({booked}): check the split")
        return "; ".join(short)

    def _value_time(self, s: Session, inv: Invoice, value_date: date) -> datetime:
        """An instant on the value date in the debtor's own time zone, so that "paid on time"
        is judged on the day the money was paid, not the day the notice was read."""
        debtor = s.get(Debtor, inv.debtor_id)
        try:
            tz = debtor_tz(debtor) if debtor else self.config.schedule.tz
        except (ZoneInfoNotFoundError, ValueError):
            tz = self.config.schedule.tz
        return datetime.combine(value_date, time(12), tz)

    def _client_reply(self, s: Session, row: MailMessage, msg: ParsedMessage,
                      c: Classification, now: datetime, ev: dict[str, Any],
                      verdict: AuthVerdict) -> str:
        sender = msg.sender.email if msg.sender else None
        invoices, answered = self._reply_subject(s, msg, c)
        own = self._debtor_of(s, sender)
        if not invoices and own is not None:
            invoices = self._open_invoices(s, own.id)
        if not invoices and own is None:
            return "a reply the bot cannot tie to any invoice or client"
        change = ledger.reply_change(c, self.config.schedule.promise_grace_days)
        claimed = f"{c.intent.value if c.intent else 'reply'} from {sender or '?'}"
        by_debtor: dict[int, list[Invoice]] = {}
        for inv in invoices:
            by_debtor.setdefault(inv.debtor_id, []).append(inv)
        if not by_debtor and own is not None:
            assert own.id is not None  # a stored row
            by_debtor[own.id] = []  # a known client's reply with nothing open to it
        refusals: list[str] = []
        obeyed: list[Debtor] = []
        for debtor_id, mine in by_debtor.items():
            debtor = s.get(Debtor, debtor_id)
            assert debtor is not None
            refused = permissions.chasing(
                f"{claimed} about {', '.join(i.number for i in mine) or debtor.name}", sender,
                known_contact=own is not None and own.id == debtor_id,
                answers_mail_to_sender=sender is not None and sender in answered.get(
                    debtor_id, ()), verdict=verdict,
                require_authentication=self.config.trust.require_authentication)
            if refused:
                refusals.append(self._refused(s, refused, now, ev, debtor_id=debtor_id))
                continue
            obeyed.append(debtor)
            for inv in mine:
                if inv.state not in ("open", "partial", "disputed"):
                    continue
                inv.seen = inv.seen or change.seen
                if change.hold_reason:
                    inv.hold_reason, inv.hold_until = change.hold_reason, change.hold_until
                if change.invoice_event:
                    inv.state = ledger.transition(InvoiceState(inv.state),
                                                  change.invoice_event).value
                s.add(inv)
                # a guessed intent is not what the client said: kept apart from it
                guessed = c.intent.value if c.intent_guessed and c.intent else None
                apart: dict[str, Any] = {"guessed_intent": guessed} if guessed else {}
                self.store.record_event(s, now, EventKind.CLIENT_REPLY, invoice_id=inv.id,
                                        debtor_id=inv.debtor_id,
                                        intent=None if guessed or not c.intent
                                        else c.intent.value,
                                        promised_date=c.promised_date, **ev, **apart)
            self._for_people(s, debtor, mine, c, change, now, ev)
            # a client writing in German makes a debtor whose language was defaulted German
            profile.apply(self.store, s, debtor, {"language": self.served_language(c.language)},
                          "reply", now, cause="client reply")
        if invoices:
            row.invoice_id = invoices[0].id
        row.debtor_id = (obeyed[0].id if obeyed else own.id if own
                         else next(iter(by_debtor), None))
        if refusals:
            return "; ".join(refusals)
        if c.intent in (Intent.PAID_CLAIM, Intent.DISPUTE, Intent.STOP) and not c.intent_guessed:
            return {Intent.PAID_CLAIM: "client says it has paid: please confirm the payment",
                    Intent.DISPUTE: "client disputes the invoice",
                    Intent.STOP: "client asks not to be contacted any more"}[c.intent]
        return ""

    def _for_people(self, s: Session, debtor: Debtor, mine: list[Invoice], c: Classification,
                    change: ledger.ReplyChange, now: datetime, ev: dict[str, Any]) -> None:
        """What a contact's reply asks of people: a stop (no client mail at all) and a
        pause (until a person handles the reply), each recorded; a stop, a dispute, a paid
        claim or a plan request is a staff task with the client's words."""
        said = f"\u201c{task_words(c.reply_text)}\u201d"
        msg = ev["message_pk"]
        if change.stop_debtor and not debtor.stopped:
            debtor.stopped = True
            self.store.record_event(s, now, EventKind.STOPPED, debtor_id=debtor.id, **ev)
            tasks.open_task(self.store, s, now, f"stop:{debtor.id}:{msg}", TaskKind.STOP,
                            debtor_id=debtor.id, cause=ev["cause"], message_pk=msg,
                            summary=f"{debtor.name} asked not to be contacted any more: {said}."
                                    " No mail goes to them until a person lifts it "
                                    "(`mailbot resume INVOICE --unstop`)")
        if change.pause_debtor:
            debtor.paused_reason = change.pause_debtor
            self.store.record_event(s, now, EventKind.PAUSED, debtor_id=debtor.id,
                                    reason=change.pause_debtor, **ev)
        s.add(debtor)
        held = [i for i in mine if change.hold_reason and i.hold_reason == change.hold_reason]
        for inv in held:
            task = hold_task(change.hold_reason or "", debtor.name, inv.number, said)
            if task is not None:
                tasks.open_task(self.store, s, now, f"{task[0]}:{inv.id}:{msg}", task[0],
                                debtor_id=debtor.id, invoice_id=inv.id, cause=ev["cause"],
                                summary=task[1], message_pk=msg)

    def _reply_subject(self, s: Session, msg: ParsedMessage, c: Classification,
                       ) -> tuple[list[Invoice], dict[int, set[str]]]:
        """The invoices a reply is about, and per debtor who received the mail it answers.

        Numbers its own new text names come first; else the invoices of the message its
        In-Reply-To names; else of the latest known message in References; else the
        numbers in its subject. Never every invoice a long thread once mentioned."""
        answered: dict[int, set[str]] = {}
        threaded: list[Invoice] = []
        for mid in (msg.in_reply_to, *reversed(msg.references)):
            found = self._sent_message(s, mid)
            if found is None:
                continue
            for inv in found[0]:
                answered.setdefault(inv.debtor_id, set()).update(found[1])
            if not threaded:
                threaded = found[0]
        text = c.reply_text.lower()
        named = [n for n in c.invoice_numbers if n.lower() in text] or (
            [] if threaded else list(c.invoice_numbers))
        if named:
            return list(s.exec(select(Invoice).where(col(Invoice.number).in_(named)))), answered
        return threaded, answered


def hold_task(reason: str, debtor: str, n: str, said: str) -> tuple[TaskKind, str] | None:
    """The staff task a client's reply opens for an invoice it holds, with their words."""
    if reason == "dispute":
        return TaskKind.DISPUTE, (f"{debtor} disputes {n}: {said}. {n} is not chased until "
                                  f"resolved (`mailbot resume {n}`); the others go on")
    if reason == "paid_claim":
        return TaskKind.PAID_CLAIM, (f"{debtor} says {n} is paid: {said}. Check the bank, "
                                     f"then `mailbot paid {n}`, or `mailbot resume {n}` if "
                                     "no money came")
    if reason == "plan_request":
        return TaskKind.PLAN_REQUEST, (f"{debtor} asks to pay {n} in installments: {said}. "
                                       f"{n} is held until a plan is set or "
                                       f"`mailbot resume {n}`")
    return None


def new_debtor_name(company: Company | None, stated: str | None, first: Address) -> str:
    """The configured name, else the one the invoice states, else the company's domain;
    a person at a public mail provider is called by name or address, not "Gmail"."""
    if company is not None:
        return company.name or stated or company.default_name
    if stated is None or stated == fallback_debtor_name(first):  # guessed
        return first.name or first.email
    return stated

def debtor_name(contact: Address) -> str:
    """A first name for a new debtor; staff can rename it. The company, not the person."""
    return contact.domain.split(".")[0].capitalize() if "." in contact.domain else contact.email


"""Wiring: ingest -> classify -> ledger, and tick -> policy -> outbox -> SMTP.

`Bot` is what the daemon, the CLI, the demo and the tests all drive; `now` is always
passed in. Each incoming message is stored, understood and applied in one transaction;
each planned action is rendered and queued in one transaction before anything is sent.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import os
import socket
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import structlog
from sqlalchemy import text, update
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlmodel import Session, col, select

from mailbot.domain import ledger, permissions
from mailbot.reading.classify import Context, classify
from mailbot.adapters.config import Config
from mailbot.domain.debtors import Company, company_of
from mailbot.playbook.digest import Digest, Line, build_digest
from mailbot.domain.values import (
    Action,
    Address,
    Classification,
    Intent,
    InvoiceState,
    InvoiceView,
    Kind,
)
from mailbot.errors import InvalidTransition, SendFailed, StoreUnavailable
from mailbot.reading.invoices import fallback_debtor_name
from mailbot.adapters.models import Checkpoint, Contact, Debtor, Event, Invoice, MailMessage, Outbox
from mailbot.reading.parse import ParsedMessage, ParseError, parse_message
from mailbot.playbook.policy import plan
from mailbot.adapters.render import Rendered, build_email, make_env, mint_message_id, render_blocks
from mailbot.adapters.smtp import Sender, SendUncertain
from mailbot.adapters.store import VIEW_COLUMNS, SqlFacts, Store, view_of
from mailbot.reading.trust import AuthVerdict, TrustPolicy, verify

log = structlog.get_logger()

MAX_ATTEMPTS = 8


@dataclass(frozen=True)
class IngestResult:
    status: str  # "processed" | "quarantined" | "duplicate"
    message_pk: int | None
    kind: str | None = None
    summary: str = ""
    needs_human: bool = False
    reason: str = ""


@dataclass
class TickReport:
    queued: list[Outbox] = field(default_factory=list)
    sent: list[Outbox] = field(default_factory=list)
    failed: list[Outbox] = field(default_factory=list)
    uncertain: list[Outbox] = field(default_factory=list)  # may have gone out: a person looks
    cancelled: list[Outbox] = field(default_factory=list)  # no longer wanted when its turn came
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    failed_actions: list[str] = field(default_factory=list)  # "key: error", see Bot.failures


def context_from_config(cfg: Config) -> Context:
    """What the configuration alone tells the classifier (no ids known yet)."""
    return Context(
        bot_address=cfg.bot_address,
        staff_addresses=frozenset(cfg.staff.addresses),
        staff_domains=frozenset(cfg.staff.domains),
        notifiers=frozenset(cfg.payments.notifiers),
        require_authentication=cfg.trust.require_authentication,
        authserv_ids=frozenset(cfg.trust.authserv_ids),
        receiving_hosts=frozenset(cfg.trust.receiving_hosts),
        allow_dkim=cfg.trust.allow_dkim,
        default_terms_days=cfg.schedule.default_terms_days,
    )


def describe(c: Classification) -> str:
    """One line saying what the bot understood; for logs, the demo and the digest."""
    bits = [c.kind.value]
    if c.invoice:
        i = c.invoice
        bits.append(f"{i.number} {i.amount} {i.currency} due {i.due_date}")
    if c.payment:
        p = c.payment
        bits.append(f"{p.amount} {p.currency} for {', '.join(p.invoice_numbers) or '?'}")
    if c.intent:
        bits.append(f"intent={c.intent.value}")
    if c.promised_date:
        bits.append(f"promised {c.promised_date}")
    if c.return_date:
        bits.append(f"back {c.return_date}")
    if c.failed_recipients:
        bits.append("failed " + ", ".join(c.failed_recipients))
    if c.original_message_id:
        bits.append(f"re {c.original_message_id}")
    if c.needs_human:
        bits.append(f"NEEDS A HUMAN ({c.reason})")
    return "; ".join(bits)


def classification_json(c: Classification) -> dict[str, Any]:
    def plain(v: Any) -> Any:
        if isinstance(v, (date, Decimal)):
            return str(v)
        if isinstance(v, dict):
            return {k: plain(x) for k, x in v.items()}
        if isinstance(v, (list, tuple)):
            return [plain(x) for x in v]
        return v

    return plain(dataclasses.asdict(c))  # type: ignore[no-any-return]


class Bot:
    def __init__(self, config: Config, store: Store, sender: Sender | None = None) -> None:
        self.config = config
        self.store = store
        self.sender = sender
        self.env = make_env(config.templates_dir)
        # set on shutdown: loops finish the message or mail in hand, then return
        self.stopping = threading.Event()
        # names this worker's outbox claims; unique per process and Bot
        self.worker = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.in_data = False  # a send has passed the point of no return (DATA)

    # -- ingest ----------------------------------------------------------------------

    def context(self, s: Session) -> Context:
        return dataclasses.replace(context_from_config(self.config), lookup=SqlFacts(s))

    def ingest(self, raw: bytes, *, now: datetime, folder: str | None = None,
               uidvalidity: int | None = None, uid: int | None = None) -> IngestResult:
        """Store one message and apply what it means, all or nothing.

        One message can never stop the inbox: whatever it does (unparseable, a reader that
        raises, a value the database refuses) its raw bytes are kept, it is quarantined with
        the reason, and the next message can be read. Only the database itself being out
        of reach stops ingest (the message is then read again later)."""
        where = _Where(folder, uidvalidity, uid)
        with self.store.session() as s:
            known = self._duplicate(s, raw, where)
        understood: tuple[ParsedMessage, Classification] | str
        if known:
            understood = "already stored"  # not read again: the write below says duplicate
        else:
            # read outside the write lock: a long PDF must not hold up staff commands
            try:
                parsed = parse_message(raw)
                # the readers ask the store as they go (SqlFacts): classify while the
                # session is open, or each question would check out a connection of its own
                with self.store.session() as s:
                    understood = (parsed, classify(parsed, self.context(s)))
            except (StoreUnavailable, OperationalError):
                raise
            except Exception as e:  # one bad message never stops the loop
                understood = str(e) if isinstance(e, ParseError) else f"{type(e).__name__}: {e}"
        failure = ""
        for attempt in range(3):
            try:
                with self.store.write_session() as s:
                    return self._store_message(s, raw, now, where, understood)
            except Exception as e:
                cause = e.__cause__ if isinstance(e, StoreUnavailable) and e.__cause__ else e
                if _conflict(cause) and attempt < 2:
                    continue  # another worker held the same rows: try again
                if _outage(cause):
                    raise
                failure = f"could not be stored: {_one_line(cause)}"
                log.exception("message could not be stored", uid=uid)
                break
        with self.store.write_session() as s:
            return self._store_message(s, raw, now, where, failure)

    def _duplicate(self, s: Session, raw: bytes, where: _Where) -> str:
        if where.located and self.store.has_message(s, *where.key):
            return "already processed"
        if self.store.has_bytes(s, _sha(raw)):
            # the same delivery seen again (a UIDVALIDITY reset, a copy back to the inbox)
            return "same message already stored"
        return ""

    def _store_message(self, s: Session, raw: bytes, now: datetime, where: _Where,
                       understood: tuple[ParsedMessage, Classification] | str) -> IngestResult:
        if where.located:
            # the checkpoint moves in the same transaction as the message is stored
            folder, uidvalidity, uid = where.key
            s.merge(Checkpoint(folder=folder, uidvalidity=uidvalidity, last_uid=uid))
        known = self._duplicate(s, raw, where)
        if known:
            s.commit()
            return IngestResult("duplicate", None, summary=known)
        row = MailMessage(direction="in", folder=where.folder, uidvalidity=where.uidvalidity,
                          uid=where.uid, sha256=_sha(raw), raw=raw, size=len(raw),
                          recorded_at=now)
        if isinstance(understood, str):
            reason = understood
        else:
            parsed, c = understood
            try:
                reason = _describe_row(row, parsed, c)
            except Exception as e:  # e.g. a structure too deep to write down
                reason = f"could not be stored: {type(e).__name__}: {e}"
        if reason:
            row.quarantine_reason = _clean(reason)[:2000]
            row.needs_human = True
            s.add(row)
            s.commit()
            log.warning("message quarantined", reason=row.quarantine_reason, uid=where.uid)
            return IngestResult("quarantined", row.id, row.kind, needs_human=True,
                                reason=row.quarantine_reason,
                                summary=f"quarantined: {row.quarantine_reason}")
        s.add(row)
        s.flush()
        try:
            with s.begin_nested():  # what the message means, applied all or nothing
                extra = self._apply(s, row, parsed, c, now)
        except Exception as e:  # a bug or odd data: keep the message, tell a person
            cause = e.__cause__ if isinstance(e, StoreUnavailable) and e.__cause__ else e
            if _outage(cause) or _conflict(cause):
                raise  # the database itself is in trouble: retry the message later
            log.exception("could not apply message", uid=where.uid)
            extra = f"understood as {c.kind.value} but not applied: {_one_line(cause)}"
        if extra:
            row.needs_human = True
            row.classification = {**row.classification, "reason": _clean(extra)}
        s.commit()
        # no subject: what customers write stays out of the log (it is in the database)
        log.info("message processed", kind=c.kind.value, uid=where.uid, message_pk=row.id)
        return IngestResult("processed", row.id, c.kind.value, describe(c),
                            row.needs_human, extra or c.reason)

    def _apply(self, s: Session, row: MailMessage, msg: ParsedMessage, c: Classification,
               now: datetime) -> str:
        """Carry out what the message means. Returns a reason when a human must look."""
        ev = {"message_pk": row.id, "cause": f"message {msg.message_id or row.id}"}
        if c.needs_human:
            self.store.record_event(s, now, "needs_human", reason=c.reason, **ev)
        verdict = verify(msg, self.trust)
        if c.kind == Kind.CLIENT_REPLY:
            # a sure reading acts (a hold) even when staff must also look (a paid claim)
            return self._client_reply(s, row, msg, c, now, ev, verdict)
        if c.needs_human:
            return ""
        match c.kind:
            case Kind.INVOICE_COPY | Kind.PAYMENT_CONFIRMATION:
                ctx = context_from_config(self.config)
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

    @property
    def trust(self) -> TrustPolicy:
        return context_from_config(self.config).trust

    def _refused(self, s: Session, refused: permissions.Refused, now: datetime,
                 ev: dict[str, Any], **where: Any) -> str:
        """A change the mail asked for and did not get: an event, and a line for staff."""
        self.store.record_event(s, now, "change_refused", claimed=refused.claimed,
                                why=refused.why, **where, **ev)
        log.warning("change refused", claimed=refused.claimed, why=refused.why)
        return str(refused)

    def _sent_message(self, s: Session, mid: str | None) -> tuple[list[Invoice], set[str]] | None:
        """The invoices a message concerns and who received it, when the bot sent it (the
        outbox) or registered it (a staff invoice mail it was copied on); else None."""
        if not mid:
            return None
        # the columns needed, never the raw bytes (an invoice copy carries its PDF)
        out = s.exec(select(Outbox.invoice_ids, Outbox.recipients).where(
            Outbox.message_id == mid)).first()
        if out is not None:
            invoices = list(s.exec(select(Invoice).where(
                col(Invoice.id).in_(out.invoice_ids or [])))) if out.invoice_ids else []
            return invoices, {r.lower() for r in out.recipients}
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
            self.store.record_event(s, now, "read_receipt", invoice_id=inv.id,
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
        served = {name.split("/")[0] for name in self.env.list_templates()
                  if name.endswith("/_client.j2")}
        return language if language in served else "en"

    def _register_invoice(self, s: Session, row: MailMessage, msg: ParsedMessage,
                          c: Classification, now: datetime, ev: dict[str, Any]) -> str:
        facts = c.invoice
        assert facts is not None and facts.due_date is not None
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
            self.store.record_event(s, now, "debtor_created", debtor_id=debtor.id,
                                    name=debtor.name, company=debtor.company, **ev)
        for a in c.debtor_contacts:
            if self._debtor_of(s, a.email) is None:
                s.add(Contact(debtor_id=debtor.id, email=a.email, name=a.name))  # type: ignore[arg-type]
        inv = Invoice(
            number=facts.number, debtor_id=debtor.id,  # type: ignore[arg-type]
            amount=facts.amount, currency=facts.currency,
            issue_date=facts.issue_date or (msg.date or now).date(), due_date=facts.due_date,
            terms_days=facts.terms_days, discount_percent=facts.discount_percent,
            discount_days=facts.discount_days, sent_at=msg.date or now,
            staff_email=msg.sender.email if msg.sender else None,
            thread_message_id=msg.message_id, created_at=now,
        )
        s.add(inv)
        s.flush()
        row.invoice_id, row.debtor_id = inv.id, debtor.id
        self.store.record_event(s, now, "invoice_registered", invoice_id=inv.id,
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
        found = self._sent_message(s, c.original_message_id)
        invoices = found[0] if found else []
        ok, refused = permissions.delivery_report(
            f"bounce of {', '.join(c.failed_recipients) or '?'}", c.failed_recipients,
            names_our_message=found is not None, recipients=found[1] if found else ())
        for addr in ok:
            contact = s.exec(select(Contact).where(Contact.email == addr)).first()
            if contact is not None and c.bounce_permanent:
                contact.failing = True
                contact.failing_reason = f"bounced {now.date()}"
                s.add(contact)
            self.store.record_event(s, now, "bounce", debtor_id=contact.debtor_id if contact
                                    else None, address=addr, permanent=c.bounce_permanent,
                                    invoices=[i.number for i in invoices], **ev)
        reasons = [self._refused(s, refused, now, ev)] if refused else []
        if ok and c.bounce_permanent:
            reasons.insert(0, f"mail to {', '.join(ok)} bounces: find a working address")
        return "; ".join(reasons)

    def _auto_reply(self, s: Session, msg: ParsedMessage, c: Classification, now: datetime,
                    ev: dict[str, Any], verdict: AuthVerdict) -> str:
        sender = msg.sender.email if msg.sender else None
        debtor = self._debtor_of(s, sender)
        until, refused = permissions.absence(
            sender, known_contact=debtor is not None, verdict=verdict,
            return_date=c.return_date, today=now.astimezone(self.config.schedule.tz).date(),
            max_days=self.config.trust.absence_max_days)
        if refused:
            # an absence note from anyone else is no reason to speak up: just record it
            self.store.record_event(s, now, "change_refused", claimed=refused.claimed,
                                    why=refused.why, **ev)
            return ""
        if debtor is None:
            return ""
        for inv in self._open_invoices(s, debtor.id):
            if until and inv.hold_reason in (None, "away"):
                inv.hold_reason, inv.hold_until = "away", until
                s.add(inv)
            self.store.record_event(s, now, "auto_reply", invoice_id=inv.id,
                                    debtor_id=debtor.id, return_date=until, **ev)
        return ""

    def _open_invoices(self, s: Session, debtor_id: int | None) -> list[Invoice]:
        return list(s.exec(select(Invoice).where(
            Invoice.debtor_id == debtor_id,
            col(Invoice.state).in_(("open", "partial", "disputed")))).all())

    def _payment(self, s: Session, row: MailMessage, c: Classification, now: datetime,
                 ev: dict[str, Any]) -> str:
        p = c.payment
        assert p is not None and p.amount is not None
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
        for share in split.shares:
            inv, change = found[share.number], share.change
            inv.state, inv.paid_amount = change.state.value, change.paid_amount
            if change.state == InvoiceState.PAID:
                inv.paid_at = self._value_time(s, inv, value_date)
                inv.hold_reason = inv.hold_until = None
            s.add(inv)
            row.invoice_id, row.debtor_id = inv.id, inv.debtor_id
            extra: dict[str, Any] = {"discount": share.discount} if share.discount else {}
            self.store.record_event(s, now, change.event, invoice_id=inv.id,
                                    debtor_id=inv.debtor_id, amount=share.booked,
                                    currency=p.currency, balance=inv.amount - inv.paid_amount,
                                    value_date=value_date, on_time=share.on_time, **extra, **ev)
        if split.excess > 0:
            numbers = ", ".join(i.number for i in invoices)
            self.store.record_event(s, now, "overpayment", invoice_id=invoices[-1].id,
                                    debtor_id=invoices[-1].debtor_id, amount=split.excess,
                                    currency=p.currency, invoices=list(found), **ev)
            return (f"overpayment: {split.excess} {p.currency} more than {numbers} owed; "
                    f"refund or credit it")
        return ""

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
                    debtor_id, ()), verdict=verdict)
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
                self.store.record_event(s, now, "client_reply", invoice_id=inv.id,
                                        debtor_id=inv.debtor_id,
                                        intent=c.intent.value if c.intent else None,
                                        promised_date=c.promised_date, **ev)
            if change.stop_debtor:
                debtor.stopped = True
            if change.pause_debtor:
                debtor.paused_reason = change.pause_debtor
            s.add(debtor)
        if invoices:
            row.invoice_id = invoices[0].id
        row.debtor_id = (obeyed[0].id if obeyed else own.id if own
                         else next(iter(by_debtor), None))
        if refusals:
            return "; ".join(refusals)
        if c.intent in (Intent.PAID_CLAIM, Intent.DISPUTE, Intent.STOP):
            return {Intent.PAID_CLAIM: "client says it has paid: please confirm the payment",
                    Intent.DISPUTE: "client disputes the invoice",
                    Intent.STOP: "client asks not to be contacted any more"}[c.intent]
        return ""

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

    # -- tick ------------------------------------------------------------------------

    def plan(self, now: datetime) -> list[Action]:
        """What is due at `now`, debtor by debtor: a debtor whose data cannot be planned (a
        bad time zone) gets a "failed" action instead, and the others are planned as usual."""
        with self.store.session() as s:
            # only what can need an action now, never the whole ledger
            views = self.store.plannable_views(s, [x.name for x in self.config.schedule.stages])
            debtors = self.store.debtor_views(s, {v.debtor_id for v in views})
            digest_sent_for = self.store.last_digest_date(s)
        by_debtor: dict[int, list[InvoiceView]] = {}
        for v in views:
            by_debtor.setdefault(v.debtor_id, []).append(v)
        actions: list[Action] = []
        for debtor_id, invs in sorted(by_debtor.items()):
            try:
                mine = plan(invs, {debtor_id: debtors[debtor_id]}, now, self.config.schedule,
                            digest_sent_for=digest_sent_for)
                actions += [a for a in mine if a.kind != "digest"]
            except Exception as e:
                log.exception("could not plan for a debtor", debtor_id=debtor_id)
                actions.append(Action(key=f"plan:{debtor_id}", kind="failed", template="",
                                      debtor_id=debtor_id, detail={"error": _one_line(e)}))
        actions += plan([], {}, now, self.config.schedule, digest_sent_for=digest_sent_for)
        return actions

    def enqueue(self, now: datetime) -> TickReport:
        """Plan at `now`, then carry out each action in its own transaction, with its outbox
        row. One action that fails is logged, recorded and shown to staff; the others go on."""
        report = TickReport()
        for action in self.plan(now):
            if action.kind == "failed":
                self._failed(action, action.detail.get("error", "?"), now, report)
                continue
            for attempt in range(3):
                try:
                    with self.store.write_session() as s:
                        queued = self._carry_out(s, action, now)
                        s.commit()
                except IntegrityError:
                    # another worker (or an earlier run) already did this action
                    queued = None
                except Exception as e:
                    cause = e.__cause__ if isinstance(e, StoreUnavailable) and e.__cause__ \
                        else e
                    if _conflict(cause) and attempt < 2:
                        continue
                    if _outage(cause):
                        raise
                    log.exception("action failed", key=action.key)
                    self._failed(action, _one_line(cause), now, report)
                    queued = None
                else:
                    if queued is not None:
                        report.queued.append(queued)
                    else:
                        report.notes.append(f"{action.kind}: {action.key}")
                break
        return report

    def _failed(self, action: Action, error: str, now: datetime, report: TickReport) -> None:
        """Record that `action` failed: once a day per action and error, not every tick."""
        report.failed_actions.append(f"{action.key}: {error}")
        with self.store.session() as s:
            seen = s.exec(select(Event).where(
                Event.kind == "action_failed", Event.cause == action.key,
                col(Event.at) > now - timedelta(days=1), col(Event.at) <= now)).all()
            if any(e.detail.get("error") == error for e in seen):
                return
            self.store.record_event(s, now, "action_failed", debtor_id=action.debtor_id,
                                    cause=action.key, action=action.kind, error=error)
            s.commit()

    def failures(self, now: datetime) -> list[dict[str, Any]]:
        """Actions that failed in the last day, the latest per action: for `mailbot status`
        and the digest."""
        with self.store.session() as s:
            names = {d.id: d.name for d in s.exec(select(Debtor))}
            latest: dict[str, Event] = {}
            for e in s.exec(select(Event).where(
                    Event.kind == "action_failed", col(Event.at) > now - timedelta(days=1),
                    col(Event.at) <= now).order_by(col(Event.id))):
                latest[e.cause] = e
        return [{"action": key, "debtor": names.get(e.debtor_id, "-") if e.debtor_id else "-",
                 "error": str(e.detail.get("error", "")), "at": e.at}
                for key, e in latest.items()]

    def _still_planned(self, s: Session, action: Action, now: datetime) -> bool:
        """Plan this action's debtor again from what the database holds now, under the lock:
        an invoice paid, held or disputed, a debtor stopped or paused, a chaser sent by
        another worker since the plan was made, and the action is no longer wanted."""
        if action.debtor_id is None:
            return True
        views = self.store.invoice_views(s, action.debtor_id)
        debtors = self.store.debtor_views(s, {action.debtor_id})
        if action.debtor_id not in debtors:
            return False
        fresh = plan(views, debtors, now, self.config.schedule,
                     digest_sent_for=now.astimezone(self.config.schedule.tz).date())
        return any(a.key == action.key for a in fresh)

    def _carry_out(self, s: Session, action: Action, now: datetime) -> Outbox | None:
        cause = f"tick {now.isoformat()}"
        if action.kind != "digest" and not self._still_planned(s, action, now):
            self.store.record_event(s, now, "action_dropped", debtor_id=action.debtor_id,
                                    cause=cause, action=action.key,
                                    reason="no longer due when carried out")
            return None
        invoices = {i.id: i for i in s.exec(select(Invoice).where(
            col(Invoice.id).in_([*action.invoice_ids, *(i for i, _ in action.skipped)])))}
        for inv_id, stage in action.skipped:
            inv = invoices[inv_id]
            inv.stages_done = [*inv.stages_done, stage]
            s.add(inv)
            self.store.record_event(s, now, "stage_skipped", invoice_id=inv_id,
                                    debtor_id=inv.debtor_id, cause=cause, stage=stage)
        if action.kind == "skip":
            return None
        if action.kind == "broken_promise":
            inv = invoices[action.invoice_ids[0]]
            self.store.record_event(s, now, "promise_broken", invoice_id=inv.id,
                                    debtor_id=inv.debtor_id, cause=cause,
                                    promised_until=inv.hold_until)
            inv.hold_reason = inv.hold_until = None
            s.add(inv)
            return None
        if action.kind == "digest":
            return self._queue_digest(s, action, now)
        return self._queue_mail(s, action, invoices, now)

    def _queue_mail(self, s: Session, action: Action, invoices: dict[int | None, Invoice],
                    now: datetime) -> Outbox | None:
        cfg = self.config
        debtor = s.get(Debtor, action.debtor_id)
        assert debtor is not None
        mine = [invoices[i] for i in action.invoice_ids]
        contacts = s.exec(select(Contact).where(Contact.debtor_id == debtor.id,
                                                Contact.failing == False)).all()
        if action.audience == "staff":
            to = [mine[0].staff_email] if mine[0].staff_email else list(cfg.staff.digest_to)
            cc: list[str] = []
        else:
            to = [c.email for c in contacts]
            cc = [i.staff_email for i in mine[:1] if i.staff_email] \
                if cfg.staff.cc_staff_on_reminders else []
        for inv_id, stage in action.stages:
            inv = invoices[inv_id]
            inv.stages_done = [*inv.stages_done, stage]
            s.add(inv)
        if not to:
            self.store.record_event(s, now, "not_sent", debtor_id=debtor.id,
                                    cause=action.key, reason="no address to send to")
            return None
        today = now.astimezone(debtor_tz(debtor)).date()
        rendered = render_blocks(self.env, action.template, debtor.language, {
            "company": cfg.company, "debtor": debtor,
            "contact_name": contacts[0].name if contacts else "",
            "invoices": [invoice_context(i, today) for i in mine],
            "show_payment": action.kind == "chase",
        })
        thread = [i.thread_message_id for i in mine[:1] if i.thread_message_id]
        if action.audience == "client":  # the last few reminders, oldest first
            thread += list(s.exec(select(Outbox.message_id).where(
                Outbox.debtor_id == debtor.id, Outbox.kind == "chase")
                .order_by(col(Outbox.id))))[-5:]
        return self._queue(s, action, rendered, to, cc, now, debtor.id, thread,
                           request_receipt=action.kind == "chase")

    def _queue_digest(self, s: Session, action: Action, now: datetime) -> Outbox | None:
        digest = self.digest(now, s)
        to = list(self.config.staff.digest_to)
        if not to:
            return None
        rendered = render_blocks(self.env, "digest", "en", {"digest": digest})
        return self._queue(s, action, rendered, to, [], now, None, [], request_receipt=False)

    def _queue(self, s: Session, action: Action, rendered: Rendered, to: list[str],
               cc: list[str], now: datetime, debtor_id: int | None, thread: list[str],
               *, request_receipt: bool) -> Outbox:
        cfg = self.config
        mid = mint_message_id(cfg.mailbox.domain)
        email = build_email(rendered, sender=cfg.mailbox.address,
                            sender_name=cfg.mailbox.display_name, to=to, cc=cc, now=now,
                            message_id=mid, thread=thread, request_receipt=request_receipt,
                            action_key=action.key)
        raw = email.as_bytes()
        row = Outbox(action_key=action.key, kind=action.kind, message_id=mid,
                     recipients=[*to, *cc], subject=rendered.subject, raw=raw,
                     debtor_id=debtor_id, invoice_ids=list(action.invoice_ids), created_at=now)
        s.add(row)
        s.add(MailMessage(direction="out", message_id=mid, sha256=_sha(raw), size=len(raw),
                          raw=raw, subject=rendered.subject, from_addr=cfg.bot_address,
                          to_addrs=", ".join([*to, *cc]), date=now, kind=action.kind,
                          debtor_id=debtor_id,
                          invoice_id=action.invoice_ids[0] if action.invoice_ids else None,
                          recorded_at=now))
        for inv_id in action.invoice_ids or (None,):
            self.store.record_event(s, now, "mail_queued", invoice_id=inv_id,
                                    debtor_id=debtor_id, cause=f"tick {now.isoformat()}",
                                    action=action.key, template=action.template, message_id=mid)
        return row

    # -- sending ---------------------------------------------------------------------
    #
    # At most once, and surfaced. A row is claimed by a compare-and-set (pending ->
    # sending, with this worker's name and a lease); `data_started_at` is committed just
    # before DATA. A worker that dies leaves its claim to run out: with no marker nothing
    # can have gone out and the row is pending again; with one it is 'uncertain' and waits
    # for a person (`mailbot retry`). Nothing at or after DATA is ever re-sent by itself.

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
            row = self._claim(at, report)
            if row is None:
                break
            await self._send(row, at, report)
        return report

    async def _send(self, row: Outbox, now: datetime, report: TickReport) -> None:
        assert self.sender is not None and row.id is not None
        started: list[bool] = []

        async def before_data() -> None:
            self._mark_data_started(row, now)
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

    def _claim(self, now: datetime, report: TickReport | None = None) -> Outbox | None:
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
                        self._reopen_stages(s, row)
                        self.store.record_event(s, now, "mail_cancelled",
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
        """Why a queued chase should no longer go out, if it should not."""
        if row.kind != "chase" or row.debtor_id is None:
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
                inv.stages_done = [x for x in inv.stages_done if x != stages[inv.id]]  # type: ignore[index]
                s.add(inv)

    def _mark_data_started(self, row: Outbox, now: datetime) -> None:
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
        values: dict[str, Any] = {"lease_until": None}
        if uncertain is not None:
            values.update(status="uncertain", last_error=uncertain)
            kind = "send_uncertain"
        elif error is None:
            values.update(status="sent", sent_at=now, last_error=None,
                          refused=refused or None)
            kind = "mail_sent"
        elif permanent or row.attempts >= MAX_ATTEMPTS:
            values.update(status="failed", last_error=error, data_started_at=None)
            kind = "mail_failed"
        else:
            values.update(status="pending", last_error=error, data_started_at=None,
                          claimed_by=None,
                          next_attempt_at=now + timedelta(minutes=5 * 2 ** (row.attempts - 1)))
            kind = "mail_retry"
        # what this worker knows wins over a recovery that guessed 'uncertain' meanwhile
        mine = (col(Outbox.id) == row.id) & (col(Outbox.claimed_by) == self.worker) & (
            col(Outbox.status).in_(("sending", "uncertain")))
        with self.store.session() as s:
            changed = s.execute(update(Outbox).where(mine).values(**values)).rowcount  # type: ignore[attr-defined]
            if not changed:
                log.warning("outbox row changed hands during the send", key=row.action_key,
                            outcome=kind)
            self.store.record_event(s, now, kind, debtor_id=row.debtor_id,
                                    cause=row.action_key, action=row.action_key,
                                    error=error or uncertain)
            for address, reply in (refused or {}).items():
                self.store.record_event(s, now, "recipient_refused", debtor_id=row.debtor_id,
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
                never_sent = row.lease_until is not None and row.data_started_at is None
                if never_sent:
                    values: dict[str, Any] = {"status": "pending", "claimed_by": None,
                                              "lease_until": None}
                    kind = "send_reclaimed"
                else:
                    values = {"status": "uncertain",
                              "last_error": f"{row.claimed_by or 'a worker'} stopped during "
                                            "DATA: it may have been delivered"}
                    kind = "send_uncertain"
                if s.execute(update(Outbox).where(same).values(**values)).rowcount:  # type: ignore[attr-defined]
                    uncertain += kind == "send_uncertain"
                    self.store.record_event(s, now, kind, debtor_id=row.debtor_id,
                                            cause=row.action_key, action=row.action_key,
                                            worker=row.claimed_by)
                    log.warning("a dead worker's mail recovered", key=row.action_key,
                                outcome=values["status"])
            s.commit()
        return uncertain

    async def tick(self, now: datetime) -> TickReport:
        self.recover(now)
        report = self.enqueue(now)
        sent = await self.flush(now)
        report.sent, report.failed, report.errors = sent.sent, sent.failed, sent.errors
        report.uncertain, report.cancelled = sent.uncertain, sent.cancelled
        return report

    # -- digest ----------------------------------------------------------------------

    def digest(self, now: datetime, s: Session | None = None) -> Digest:
        if s is None:
            with self.store.session() as s2:
                return self.digest(now, s2)
        # a few set-based statements, whatever the ledger holds: only the columns shown,
        # only the rows listed (the aging sums are of the listed rows, kept exact)
        since = now - timedelta(days=1)
        today = now.astimezone(self.config.schedule.tz).date()
        arrived = [Line(f"{m.kind or 'unreadable'} from {m.from_addr or '?'}", m.subject)
                   for m in s.exec(select(MailMessage.kind, MailMessage.from_addr,
                                          MailMessage.subject).where(
                       MailMessage.direction == "in", col(MailMessage.recorded_at) > since,
                       col(MailMessage.recorded_at) <= now).order_by(col(MailMessage.id)))]
        sent = [Line(f"{o.kind} to {', '.join(o.recipients)}", o.subject)
                for o in s.exec(select(Outbox.kind, Outbox.recipients, Outbox.subject).where(
                    Outbox.status == "sent", col(Outbox.sent_at) > since,
                    col(Outbox.sent_at) <= now, Outbox.kind != "digest"))]
        needs = [Line(f"{m.kind or 'unreadable'} from {m.from_addr or '?'}: {m.subject}",
                      str(m.quarantine_reason or m.classification.get("reason") or ""))
                 for m in s.exec(select(
                     MailMessage.kind, MailMessage.from_addr, MailMessage.subject,
                     MailMessage.quarantine_reason, MailMessage.classification).where(
                     MailMessage.direction == "in", MailMessage.needs_human == True,
                     MailMessage.handled == False,
                     col(MailMessage.recorded_at) <= now))]
        needs += [Line(f"{o.kind} {o.status}: {o.subject}", _unsent_hint(o))
                  for o in s.exec(select(Outbox.id, Outbox.kind, Outbox.status, Outbox.subject,
                                         Outbox.last_error).where(
                      col(Outbox.status).in_(("failed", "uncertain"))).order_by(col(Outbox.id)))]
        for e in s.exec(select(Event.kind, Event.detail, Event.cause, Invoice.number)
                        .outerjoin(Invoice, col(Invoice.id) == col(Event.invoice_id))
                        .where(col(Event.kind).in_(
                            ("promise_broken", "mail_queued", "recipient_refused")),
                            col(Event.at) > since, col(Event.at) <= now)):
            if e.kind == "recipient_refused":
                needs.append(Line(f"mail to {e.detail.get('address')} refused by the server",
                                  f"{e.detail.get('reply')} ({e.cause}); the other "
                                  "recipients got it"))
                continue
            if e.kind == "promise_broken":
                needs.append(Line(f"promise broken on {e.number or '?'}",
                                  "no further credit until paid in full"))
            elif str(e.detail.get("template")) == "staff_call_task":
                needs.append(Line(f"call the client about {e.number or '?'}",
                                  "30 days late with no payment"))
        views, names = [], {}
        debtor_name = col(Debtor.name).label("debtor_name")
        for r in s.exec(select(*VIEW_COLUMNS, debtor_name)  # type: ignore[call-overload]
                        .join(Debtor, col(Debtor.id) == col(Invoice.debtor_id))
                        .where(col(Invoice.state).in_(("open", "partial", "disputed")))
                        .order_by(col(Invoice.id))):
            views.append(view_of(r))
            names[r.debtor_id] = r.debtor_name
        failed: dict[str, Any] = {}  # the latest failure of each action in the last day
        for e in s.exec(select(Event.cause, Event.debtor_id, Event.detail, debtor_name)
                        .outerjoin(Debtor, col(Debtor.id) == col(Event.debtor_id))
                        .where(Event.kind == "action_failed", col(Event.at) > since,
                               col(Event.at) <= now).order_by(col(Event.id))):
            failed[e.cause] = e
        needs += [Line(f"could not carry out {key}" + (f" for {e.debtor_name or '?'}"
                                                        if e.debtor_id else ""),
                       str(e.detail.get("error", ""))) for key, e in failed.items()]
        return build_digest(today, views, names, arrived, sent, needs)  # type: ignore[arg-type]

    async def send_digest(self, now: datetime) -> TickReport:
        """Queue today's digest now (once per day, whatever the hour) and send it."""
        day = now.astimezone(self.config.schedule.tz).date().isoformat()
        action = Action(key=f"digest:{day}", kind="digest", template="digest",
                        detail={"date": day})
        with self.store.session() as s:
            try:
                self._carry_out(s, action, now)
                s.commit()
            except IntegrityError:
                s.rollback()
        return await self.flush(now)

    def status(self, now: datetime) -> list[dict[str, Any]]:
        """Open invoices by debtor and age, for people."""
        today = now.astimezone(self.config.schedule.tz).date()
        with self.store.session() as s:
            names = {d.id: d.name for d in s.exec(select(Debtor))}
            rows = []
            for inv in s.exec(select(Invoice).where(
                    col(Invoice.state).in_(("open", "partial", "disputed")))):
                late = (today - inv.due_date).days
                rows.append({
                    "debtor": names.get(inv.debtor_id, "?"), "number": inv.number,
                    "balance": inv.amount - inv.paid_amount, "currency": inv.currency,
                    "due_date": inv.due_date, "state": inv.hold_reason or inv.state,
                    "age": f"{late} d late" if late > 0 else f"due in {-late} d",
                })
        return sorted(rows, key=lambda r: (r["debtor"], r["due_date"]))

    def render_digest(self, now: datetime) -> Rendered:
        return render_blocks(self.env, "digest", "en", {"digest": self.digest(now)})


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


def new_debtor_name(company: Company | None, stated: str | None, first: Address) -> str:
    """The configured name, else the one the invoice states, else the company's domain;
    a person at a public mail provider is called by name or address, not "Gmail"."""
    if company is not None:
        return company.name or stated or company.default_name
    guessed = stated is None or stated == fallback_debtor_name(first)
    return (first.name or first.email) if guessed else stated


def debtor_name(contact: Address) -> str:
    """A first name for a new debtor; staff can rename it. The company, not the person."""
    return contact.domain.split(".")[0].capitalize() if "." in contact.domain else contact.email


def debtor_tz(d: Debtor) -> ZoneInfo:
    return ZoneInfo(d.timezone)


def invoice_context(inv: Invoice, today: date) -> dict[str, Any]:
    return {"number": inv.number, "amount": inv.amount, "balance": inv.amount - inv.paid_amount,
            "currency": inv.currency, "due_date": inv.due_date, "issue_date": inv.issue_date,
            "days_late": (today - inv.due_date).days}


@dataclass(frozen=True)
class _Where:
    """Where a message was read: (folder, UIDVALIDITY, UID), or nowhere (a file, a test)."""

    folder: str | None
    uidvalidity: int | None
    uid: int | None

    @property
    def located(self) -> bool:
        return None not in (self.folder, self.uidvalidity, self.uid)

    @property
    def key(self) -> tuple[str, int, int]:
        return self.folder, self.uidvalidity, self.uid  # type: ignore[return-value]


HEADERS_KEPT = ("from", "to", "cc", "subject", "date", "message-id", "in-reply-to",
                "references", "auto-submitted", "authentication-results", "delivered-to")


def _describe_row(row: MailMessage, parsed: ParsedMessage, c: Classification) -> str:
    """Fill in what the message says; a reason to quarantine it when its header text holds
    NUL characters (no PostgreSQL text column can keep them; shown with them replaced)."""
    row.message_id = parsed.message_id
    row.subject = parsed.subject[:1000]
    row.from_addr = parsed.sender.email if parsed.sender else None
    row.to_addrs = ", ".join(a.email for a in (*parsed.to, *parsed.cc))[:2000]
    row.date = parsed.date
    row.headers = {k: v for k, v in parsed.headers.items() if k in HEADERS_KEPT}
    row.kind = c.kind.value
    row.needs_human = c.needs_human
    row.classification = _clean_json(classification_json(c))
    dirty = [name for name in ("message_id", "subject", "from_addr", "to_addrs", "headers")
             if _has_nul(getattr(row, name))]
    if not dirty:
        return ""
    for name in dirty:
        setattr(row, name, _clean_json(getattr(row, name)))
    return f"NUL characters in {', '.join(dirty)} (kept with them replaced); not acted on"


def _has_nul(v: Any) -> bool:
    if isinstance(v, str):
        return "\x00" in v
    if isinstance(v, dict):
        return any(_has_nul(k) or _has_nul(x) for k, x in v.items())
    if isinstance(v, (list, tuple)):
        return any(_has_nul(x) for x in v)
    return False


def _clean(text: str) -> str:
    return text.replace("\x00", "\ufffd")


def _clean_json(v: Any) -> Any:
    if isinstance(v, str):
        return _clean(v)
    if isinstance(v, dict):
        return {_clean(str(k)): _clean_json(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_clean_json(x) for x in v]
    return v


def _sqlstate(e: BaseException) -> str:
    return str(getattr(getattr(e, "orig", None), "sqlstate", None) or "")


def _conflict(e: BaseException) -> bool:
    """A deadlock or serialization failure between workers: the same work again succeeds."""
    return _sqlstate(e) in ("40001", "40P01")


def _outage(e: BaseException) -> bool:
    """Whether the database is out of reach (retry later), rather than refusing this one
    message's data (a NUL, a value too long for an index: quarantine it)."""
    if isinstance(e, DBAPIError) and e.connection_invalidated:
        return True
    if isinstance(e, OperationalError):
        return _sqlstate(e)[:2] not in ("22", "54")  # data exception, program limit
    return isinstance(e, (InterfaceError, StoreUnavailable))


def _one_line(e: BaseException) -> str:
    text = str(getattr(e, "orig", None) or e).strip().splitlines()
    return _clean(f"{type(e).__name__}: {text[0] if text else ''}")[:300]


def _unsent_hint(o: Any) -> str:
    if o.status == "uncertain":
        return (f"{o.last_error or 'interrupted during DATA'}; may or may not have been "
                f"delivered: check, then `mailbot retry {o.id}` to send it again")
    return f"{o.last_error or ''}; `mailbot retry {o.id}` sends it again"


def _sha(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _as_email(raw: bytes) -> EmailMessage:
    return message_from_bytes(raw, policy=policy.SMTP)  # type: ignore[return-value]

"""The database tables (sqlmodel). Same schema on SQLite and PostgreSQL.

Datetimes are stored as UTC and always come back timezone-aware; money is stored as
decimal text so that SQLite keeps it exact.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    JSON,
    Column,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import DateTime, TypeDecorator
from sqlmodel import Field, SQLModel

# "plan at the next tick": what a debtor's next_action_at becomes when its data changes
DUE_NOW = datetime(1970, 1, 1, tzinfo=UTC)


class UTCDateTime(TypeDecorator[datetime]):
    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; pass an aware one")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return value.replace(tzinfo=UTC) if value is not None else None


class DecimalText(TypeDecorator[Decimal]):
    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        return None if value is None else str(Decimal(value))

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


def _json() -> Any:
    return Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class Debtor(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    language: str = "en"
    timezone: str = "UTC"
    stopped: bool = False  # asked not to be contacted; only staff may undo it
    paused_reason: str | None = None
    created_at: datetime = Field(sa_type=UTCDateTime)
    # the company a later invoice to a colleague is matched by (mailbot.domain.debtors):
    # "domain:initech.test" or "name:globex" from [debtors.map]; None for a person
    company: str | None = Field(default=None, unique=True, index=True)
    # the send window (mailbot.domain.profiles); None: the company's default
    country: str | None = None  # ISO 3166 alpha-2: whose public holidays are kept
    business_hours: list[int] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    business_days: list[int] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    # where each profile value came from: {"timezone": "config", "language": "reply", ...};
    # a field not named is the company's default
    profile_source: dict[str, str] = _json()
    # staff approved a credit hold (the ladder's "cash only" step): new orders only against
    # payment in advance; says when and by whom, shown in status and the digest
    credit_hold: str | None = None
    # when the tick next needs to plan this debtor (mailbot.playbook.due): DUE_NOW after
    # any write to its data (Store's flush hook), then the playbook's own answer; None:
    # nothing to do until its data changes. A tick reads only rows due by it (indexed)
    next_action_at: datetime | None = Field(default=DUE_NOW, sa_type=UTCDateTime, index=True)
    # bumped with every write that makes it due: a tick stores its answer only if no write
    # came between its read and its store (compare-and-set)
    plan_version: int = 0
    # which tick worker plans this debtor now, and until when (PostgreSQL, several workers)
    claimed_by: str | None = None
    claim_until: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Contact(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    debtor_id: int = Field(foreign_key="debtor.id", index=True)
    email: str = Field(unique=True, index=True)
    name: str = ""
    failing: bool = False
    failing_reason: str | None = None


class Invoice(SQLModel, table=True):
    # a debtor's payment history (mailbot.playbook.profile) read from the index alone
    __table_args__ = (Index("ix_invoice_history", "debtor_id", "state", "due_date", "paid_at"),)

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(unique=True, index=True)
    # the number's casefold, so readers find "inv-7" or "СЧ-7" in a text by an indexed
    # lookup (SQLite's lower() knows ASCII only); kept in step by _derived below
    number_key: str = Field(default="", index=True)
    debtor_id: int = Field(foreign_key="debtor.id", index=True)
    state: str = Field(default="open", index=True)
    amount: Decimal = Field(sa_type=DecimalText)
    paid_amount: Decimal = Field(default=Decimal(0), sa_type=DecimalText)
    currency: str
    issue_date: date
    due_date: date
    terms_days: int | None = None
    # an early-payment discount (percent within days of issue), only when the terms give one
    discount_percent: Decimal | None = Field(default=None, sa_type=DecimalText)
    discount_days: int | None = None
    # the late-fee or interest terms as the invoice words them (mailbot.domain.terms)
    late_fee: str | None = None
    # the value date of the latest payment booked to it (what a reminder says was received)
    last_paid_on: date | None = None
    sent_at: datetime = Field(sa_type=UTCDateTime)
    staff_email: str | None = None
    # the invoice mail's Message-ID, for threading
    thread_message_id: str | None = Field(default=None, index=True)
    seen: bool = False
    hold_until: date | None = None
    hold_reason: str | None = None
    # the promised day a broken promise missed: the next client note is a firmer stage and
    # says the date passed; cleared once that note is queued
    promise_missed_on: date | None = None
    paid_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    stages_done: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # paid and not yet thanked: what a tick looks for among paid invoices, found by its
    # index instead of reading every paid invoice's stages; kept in step by _derived below
    awaiting_thanks: bool = Field(default=False, index=True)
    created_at: datetime = Field(sa_type=UTCDateTime)


class MailMessage(SQLModel, table=True):
    """Every message in and out, with its raw bytes: the documentary record."""

    __tablename__ = "message"
    __table_args__ = (UniqueConstraint("folder", "uidvalidity", "uid"),)

    id: int | None = Field(default=None, primary_key=True)
    direction: str  # "in" | "out"
    message_id: str | None = Field(default=None, index=True)
    folder: str | None = None
    uidvalidity: int | None = None
    uid: int | None = None
    sha256: str = Field(index=True)
    size: int = 0
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    subject: str = Field(default="", sa_column=Column(Text, nullable=False))
    from_addr: str | None = None
    to_addrs: str = ""
    date: datetime | None = Field(default=None, sa_type=UTCDateTime)
    headers: dict[str, Any] = _json()
    kind: str | None = None
    classification: dict[str, Any] = _json()
    needs_human: bool = Field(default=False, index=True)
    handled: bool = False
    quarantine_reason: str | None = None
    invoice_id: int | None = Field(default=None, foreign_key="invoice.id", index=True)
    debtor_id: int | None = Field(default=None, foreign_key="debtor.id", index=True)
    recorded_at: datetime = Field(sa_type=UTCDateTime, index=True)


class Event(SQLModel, table=True):
    """One change of state, with its cause (a message, a tick, a person)."""

    # the few kinds a payment history counts, per debtor, without reading the whole log
    __table_args__ = (Index("ix_event_kind_debtor", "kind", "debtor_id"),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_type=UTCDateTime, index=True)
    kind: str
    invoice_id: int | None = Field(default=None, foreign_key="invoice.id", index=True)
    debtor_id: int | None = Field(default=None, foreign_key="debtor.id", index=True)
    message_pk: int | None = Field(default=None, foreign_key="message.id", index=True)
    cause: str = ""
    detail: dict[str, Any] = _json()


class Outbox(SQLModel, table=True):
    """A mail to send. The row and its Message-ID are committed before the SMTP call."""

    # a debtor's last chaser from the index alone; the digest's mail sent in a day
    __table_args__ = (Index("ix_outbox_chasers", "debtor_id", "kind", "status", "created_at"),
                      Index("ix_outbox_status_sent_at", "status", "sent_at"))

    id: int | None = Field(default=None, primary_key=True)
    action_key: str = Field(unique=True, index=True)
    kind: str
    message_id: str = Field(unique=True)
    recipients: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    subject: str = Field(default="", sa_column=Column(Text, nullable=False))
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    debtor_id: int | None = Field(default=None, foreign_key="debtor.id", index=True)
    invoice_ids: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # pending|sending|sent|failed|uncertain|cancelled
    status: str = Field(default="pending", index=True)
    attempts: int = 0
    # the worker that holds the row while 'sending', and until when: a dead worker's
    # claim runs out and recovery decides from data_started_at
    claimed_by: str | None = None
    lease_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # committed just before DATA: without it nothing can have been delivered
    data_started_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # recipients the server refused at RCPT while it took the mail for the others
    refused: dict[str, str] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    next_attempt_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str | None = None
    created_at: datetime = Field(sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Task(SQLModel, table=True):
    """Something a person must do or decide (mailbot.domain.tasks): open until done or
    made moot by events, so it shows in every digest until then."""

    __table_args__ = (Index("ix_task_state_debtor", "state", "debtor_id"),)

    id: int | None = Field(default=None, primary_key=True)
    # one task per cause ("promise_broken:12:2026-12-10"): opening it twice is a no-op
    key: str = Field(unique=True, index=True)
    kind: str
    state: str = Field(default="open", index=True)
    debtor_id: int | None = Field(default=None, foreign_key="debtor.id", index=True)
    invoice_id: int | None = Field(default=None, foreign_key="invoice.id", index=True)
    # one line of context for people, and what a command needs (a drafted letter's template)
    summary: str = Field(default="", sa_column=Column(Text, nullable=False))
    detail: dict[str, Any] = _json()
    created_at: datetime = Field(sa_type=UTCDateTime)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    closed_by: str | None = None
    resolution: str | None = None


class Installment(SQLModel, table=True):
    """One part of an invoice's installment plan (mailbot.playbook.installments). A plan is
    the invoice's active rows; a cancelled or replaced plan's rows stay, inactive."""

    id: int | None = Field(default=None, primary_key=True)
    invoice_id: int = Field(foreign_key="invoice.id", index=True)
    seq: int
    due_date: date
    amount: Decimal = Field(sa_type=DecimalText)
    # the invoice's paid amount when the plan was set: later payments fill the installments
    paid_before: Decimal = Field(default=Decimal(0), sa_type=DecimalText)
    active: bool = Field(default=True, index=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    created_by: str = ""
    cancelled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Checkpoint(SQLModel, table=True):
    """Per IMAP folder: what we have read, so a restart neither skips nor repeats."""

    folder: str = Field(primary_key=True)
    uidvalidity: int
    last_uid: int = 0


class FolderLease(SQLModel, table=True):
    """Which watcher reads an IMAP folder, and until when (epoch seconds on the database's
    own clock, so watchers on several hosts agree)."""

    __tablename__ = "folder_lease"

    folder: str = Field(primary_key=True)
    holder: str
    expires: float


@event.listens_for(Invoice, "before_insert")
@event.listens_for(Invoice, "before_update")
def _derived(_mapper: object, _conn: object, target: Invoice) -> None:
    """Columns kept for lookups, derived from the others on every write of the row."""
    target.number_key = target.number.casefold()
    target.awaiting_thanks = target.state == "paid" and "thank_you" not in target.stages_done


def debtor_tz(d: Debtor) -> ZoneInfo:
    """The debtor's own time zone (raises for a name the zone database does not know)."""
    return ZoneInfo(d.timezone)


def content_hash(raw: bytes) -> str:
    """The key a message's bytes are stored and deduplicated by."""
    return hashlib.sha256(raw).hexdigest()

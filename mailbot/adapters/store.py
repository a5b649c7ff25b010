"""The database edge: engine, migrations, sessions and the queries the pipeline needs.

The only module that opens sessions. It turns rows into the domain's views and applies
changes decided elsewhere; it decides nothing itself.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Date,
    Integer,
    String,
    Text,
    bindparam,
    case,
    cast,
    event,
    func,
    inspect,
    or_,
    text,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import ORMExecuteState, SessionTransaction, aliased
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col, create_engine, select

from mailbot.adapters import due_rows, write_gate
from mailbot.adapters.models import (
    Checkpoint,
    Contact,
    Debtor,
    Event,
    Invoice,
    MailMessage,
    Outbox,
)
from mailbot.domain.events import EventKind
from mailbot.domain.values import DebtorView, InvoiceState, InvoiceView
from mailbot.errors import ConfigError, StoreUnavailable
from mailbot.playbook.profile import History
from mailbot.reading import facts

MIGRATIONS = Path(__file__).parent / "migrations"


def make_engine(url: str) -> Engine:
    try:
        return _make_engine(url)
    # the URL may hold a password and SQLAlchemy's messages quote it: say what is wrong
    # in our words, and do not chain its exception into a logged traceback
    except ArgumentError:  # unparseable; unknown dialect
        raise ConfigError("database.url: not a usable database URL (expected e.g. "
                          "sqlite:///mailbot.db or postgresql+psycopg://user@host/db)") from None
    except ImportError as e:  # a dialect whose driver is not installed
        raise ConfigError(f"database.url: no driver for it here ({e.name or 'unknown'})") from None
    except ValueError:  # SQLAlchemy reads the port with int()
        raise ConfigError("database.url: not a usable database URL (is the port a "
                          "number?)") from None


def _wal(cur: Any) -> None:
    """WAL mode is a property of the file: set it once. Switching needs the file to itself,
    and SQLite answers "database is locked" at once (no busy wait) while another process
    holds a write lock, e.g. a daemon starting beside one that is creating the schema."""
    for attempt in range(100):
        if str(cur.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
            return
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError:
            if attempt == 99:
                raise
            time.sleep(0.1)


SQLITE_BUSY_SECONDS = 30.0  # how long a writer waits for SQLite's write lock


def _make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_SECONDS})
        # the process's own writers take turns, so none waits long (write_gate.py)
        write_gate.install(engine, SQLITE_BUSY_SECONDS)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: object, _record: object) -> None:
            cur = dbapi_conn.cursor()  # type: ignore[attr-defined]
            _wal(cur)
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return create_engine(url, pool_pre_ping=True)


MIGRATION_LOCK = 0x6D61696C  # "mail": the advisory lock key migrations hold on PostgreSQL


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (Alembic)."""
    current, head = schema_revisions(engine)
    if current == head:
        return  # every `mailbot run` starts here: Alembic only where there is work for it
    from alembic import command  # 11 MB of imports the daemon never needs otherwise

    cfg = _alembic_config()
    try:
        with engine.begin() as conn:
            # one migrator at a time: two daemons started together on a new database
            # must not both create the schema; the second waits and finds it done
            if engine.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
            elif engine.dialect.name == "sqlite":
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except DBAPIError as e:  # unreachable, refused, or a connection option it rejects
        raise StoreUnavailable(f"database {engine.url.render_as_string()}: {e.orig}") from e


def _alembic_config() -> Any:
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


_REVISION = re.compile(r'^(down_)?revision(?:\s*:[^=]*)?\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)


def head_revision() -> str:
    """The newest revision, read from the version files themselves: the one no other
    revises. (Alembic's own ScriptDirectory costs 11 MB of imports in every daemon.)"""
    revised: set[str] = set()
    revisions: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        for down, value in _REVISION.findall(path.read_text(encoding="utf-8")):
            (revised if down else revisions).add(value)
    heads = revisions - revised
    assert len(heads) == 1, f"migrations have heads {sorted(heads)}"
    return str(heads.pop())


def schema_revisions(engine: Engine) -> tuple[str | None, str]:
    """(the database's Alembic revision, None when it has no mailbot schema; the newest)."""
    try:
        with engine.connect() as conn:
            current = (conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                       if inspect(conn).has_table("alembic_version") else None)
    except DBAPIError as e:
        raise StoreUnavailable(f"database {engine.url.render_as_string()}: {e.orig}") from e
    return current, head_revision()


class Store:
    CHUNK = 500  # parameters per IN (...): well inside every database's limit

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.is_postgres = self.engine.dialect.name == "postgresql"

    def migrate(self) -> None:
        migrate(self.engine)

    def sqlite_path(self) -> Path | None:
        """The SQLite file (None: not SQLite, or in memory)."""
        db = self.engine.url.database
        if self.engine.dialect.name != "sqlite" or not db or db == ":memory:":
            return None
        return Path(db)

    def check_schema(self) -> None:
        """Refuse a database that is missing or not at the newest schema, naming the
        command that fixes it: commands other than `migrate` never create one."""
        where = self.engine.url.render_as_string()
        path = self.sqlite_path()
        if path is not None and not path.exists():
            raise StoreUnavailable(f"database {path.resolve()} does not exist: create it with "
                                   "`mailbot migrate` (check database.url in the config)")
        current, head = schema_revisions(self.engine)
        if current is None:
            raise StoreUnavailable(f"database {where} has no mailbot tables: run "
                                   "`mailbot migrate` to create them")
        if current != head:
            from alembic.script import ScriptDirectory

            known = {r.revision for r in
                     ScriptDirectory.from_config(_alembic_config()).walk_revisions()}
            if current not in known:
                raise StoreUnavailable(f"database {where} is at schema {current}, which this "
                                       "mailbot does not know (made by a newer version?)")
            raise StoreUnavailable(f"database {where} is at schema {current}, not the newest "
                                   f"({head}): run `mailbot migrate`")

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        try:
            with Session(self.engine, expire_on_commit=False) as s:
                # every write to a debtor's data makes the debtor due at the next tick
                event.listen(s, "after_flush", due_rows.mark_touched)
                event.listen(s, "after_commit", due_rows.forget_marks)
                event.listen(s, "after_rollback", due_rows.forget_marks)
                yield s
        except OperationalError as e:
            raise StoreUnavailable(f"database error: {e.orig}") from e

    @contextmanager
    def write_session(self) -> Iterator[Session]:
        """A session for read-modify-write: the invoices, debtors and contacts it reads stay
        as read until it commits, so a concurrent writer (the daemon and a staff command,
        two daemons on one PostgreSQL) can never lose an update.

        SQLite: every transaction starts with BEGIN IMMEDIATE, the database's write lock
        (the driver would otherwise read outside any transaction and lock only at the first
        write). PostgreSQL: every load of those rows is SELECT ... FOR UPDATE. Either way the
        loaded objects are refreshed from that read, never kept from an earlier transaction.
        """
        with self.session() as s:
            if self.is_postgres:
                event.listen(s, "do_orm_execute", _lock_loaded_rows)
            else:
                event.listen(s, "do_orm_execute", _refresh_loaded_rows)
                event.listen(s, "after_begin", _begin_immediate)
            yield s

    # -- reading -----------------------------------------------------------------

    def invoice_views(self, s: Session, debtor_id: int | None = None) -> list[InvoiceView]:
        q = select(Invoice).where(Invoice.state != InvoiceState.WRITTEN_OFF.value)
        if debtor_id is not None:
            q = q.where(Invoice.debtor_id == debtor_id)
        rows = s.exec(q.order_by(Invoice.id))  # type: ignore[arg-type]
        return [to_view(r) for r in rows if not (r.state == "paid" and "thank_you" in r.stages_done)]

    def plannable_views(self, s: Session) -> list[InvoiceView]:
        """The invoices a tick can act on now, read in one statement: every open and partial
        one (a debtor's statement lists them all, and after the last stage it repeats while
        money is open) and paid ones not yet thanked. What it leaves out (disputed, written
        off, thanked) policy.plan would pass over; tests/test_scale.py holds the two in step."""
        return self.views(s, PLANNABLE)

    def views(self, s: Session, where: ColumnElement[bool]) -> list[InvoiceView]:
        """The invoices `where` selects, as views: only the columns a view needs."""
        rows = s.connection().execute(select(*VIEW_READ).where(where).order_by(col(Invoice.id)))
        return [views_of(r) for r in rows]

    def debtor_views(self, s: Session, ids: Iterable[int] | None = None,
                     now: datetime | None = None) -> dict[int, DebtorView]:
        """The debtors `ids` names (all when None), with their working contacts, their
        last chaser and (given `now`) the client mail queued for them in the 7 days before
        it: four statements per CHUNK debtors, however many that is."""
        if ids is None:
            return self._debtor_views(s, None, now)
        wanted = sorted(set(ids))
        out: dict[int, DebtorView] = {}
        for i in range(0, len(wanted), self.CHUNK):
            out.update(self._debtor_views(s, wanted[i:i + self.CHUNK], now))
        return out

    def _debtor_views(self, s: Session, ids: list[int] | None,
                      now: datetime | None) -> dict[int, DebtorView]:
        def among(column: Any, q: Any) -> Any:
            return q if ids is None else q.where(
                due_rows.in_ids(col(column), ids, pg=self.is_postgres))

        debtors = named_rows(s.exec(among(Debtor.id, select(  # type: ignore[call-overload, misc]
            Debtor.id, Debtor.name, Debtor.language, Debtor.timezone, Debtor.stopped,
            Debtor.paused_reason, Debtor.country, Debtor.business_hours,
            Debtor.business_days))).all())
        contacts: dict[int, list[str]] = {}
        for debtor_id, email in s.exec(among(Contact.debtor_id, select(
                Contact.debtor_id, Contact.email).where(Contact.failing == False)
                .order_by(col(Contact.id)))):
            contacts.setdefault(debtor_id, []).append(email)
        last = dict(s.exec(among(Outbox.debtor_id, select(
            Outbox.debtor_id, func.max(Outbox.created_at)).where(
            col(Outbox.kind).in_(("chase", "ladder")), col(Outbox.status).in_(CHASER_SENT))
            .group_by(col(Outbox.debtor_id)))).all())
        recent = {} if now is None else dict(s.exec(among(Outbox.debtor_id, select(
            Outbox.debtor_id, func.count()).where(
            col(Outbox.created_at) > now - timedelta(days=7), col(Outbox.created_at) <= now,
            col(Outbox.kind).not_in(STAFF_KINDS), col(Outbox.status).not_in(NOT_SENT))
            .group_by(col(Outbox.debtor_id)))).all())
        return {d.id: DebtorView(
            id=d.id, name=d.name, contacts=tuple(contacts.get(d.id, ())), language=d.language,
            timezone=d.timezone, stopped=d.stopped, paused_reason=d.paused_reason,
            last_chaser_at=last.get(d.id), country=d.country,
            business_hours=tuple(d.business_hours) if d.business_hours else None,
            business_days=tuple(d.business_days) if d.business_days else None,
            messages_7d=recent.get(d.id, 0)) for d in debtors}

    def histories(self, s: Session, on_time_days: int) -> dict[int, History]:
        """The payment history of every debtor with an open (open, partial, disputed)
        invoice, counted by the database: two grouped statements, however many debtors.
        A paid invoice is on time when paid at most `on_time_days` after its due date."""
        # driven from the owing debtors (a few thousand) into each one's rows by index,
        # never a scan of every paid invoice or of the whole event log
        owing = select(Invoice.debtor_id).where(
            col(Invoice.state).in_(OWING)).distinct().subquery("owing")
        paid = aliased(Invoice, name="paid")
        if self.is_postgres:
            late: Any = cast(paid.paid_at, Date) - col(paid.due_date)
        else:
            late = cast(func.julianday(func.date(paid.paid_at))
                        - func.julianday(paid.due_date), Integer)
        counts: dict[int, dict[str, int]] = {}
        for r in named_rows(s.exec(select(  # type: ignore[call-overload]
                owing.c.debtor_id, func.count().label("paid"),
                func.sum(case((late <= on_time_days, 1), else_=0)).label("on_time"),
                func.sum(case((late > 0, late), else_=0)).label("late_days"),
                func.max(late).label("max_late"))
                .select_from(owing).join(paid, col(paid.debtor_id) == owing.c.debtor_id)
                .where(paid.state == InvoiceState.PAID.value, col(paid.paid_at).is_not(None))
                .group_by(owing.c.debtor_id))):
            counts[r.debtor_id] = {"paid": r.paid, "paid_on_time": r.on_time or 0,
                                   "late_days": r.late_days or 0,
                                   "max_late": max(0, r.max_late or 0)}
        intent = col(Event.detail)["intent"].as_string()
        for debtor_id, kind, said, n in s.exec(select(
                owing.c.debtor_id, Event.kind, intent, func.count())
                .select_from(owing).join(Event, col(Event.debtor_id) == owing.c.debtor_id)
                .where(col(Event.kind).in_(HISTORY_EVENTS))
                .group_by(owing.c.debtor_id, col(Event.kind), intent)):
            name = HISTORY_EVENTS.get(kind) if kind != EventKind.CLIENT_REPLY else (
                {"promise": "promises", "dispute": "disputes"}.get(said or ""))
            if name:
                mine = counts.setdefault(debtor_id, {})
                mine[name] = mine.get(name, 0) + n
        return {d: History(**c) for d, c in counts.items()}

    def last_digest_date(self, s: Session) -> date | None:
        # digest keys are "digest:<date>": a range of the unique index, newest first. The
        # bounds hold in any collation: a language's (en-US) ignores the punctuation, so
        # "digest;" would sort before every "digest:<date>" there; "digest:0".."digest:9"
        # brackets the dates either way (the kind keeps out other keys it may let in)
        key = s.exec(select(Outbox.action_key).where(
            Outbox.kind == "digest", col(Outbox.action_key) >= "digest:0",
            col(Outbox.action_key) < "digest:9")
            .order_by(col(Outbox.action_key).desc()).limit(1)).first()
        return date.fromisoformat(key.split(":", 1)[1]) if key else None

    def checkpoint(self, s: Session, folder: str) -> Checkpoint | None:
        return s.get(Checkpoint, folder)

    def has_message(self, s: Session, folder: str, uidvalidity: int, uid: int) -> bool:
        return s.exec(select(MailMessage.id).where(
            MailMessage.folder == folder, MailMessage.uidvalidity == uidvalidity,
            MailMessage.uid == uid)).first() is not None

    def quarantined_uids(self, folder: str, uidvalidity: int, uids: list[int]) -> set[int]:
        with self.session() as s:
            return {u for u in s.exec(select(MailMessage.uid).where(
                MailMessage.folder == folder, MailMessage.uidvalidity == uidvalidity,
                MailMessage.uid.in_(uids),  # type: ignore[union-attr]
                MailMessage.quarantine_reason.is_not(None)))  # type: ignore[union-attr]
                if u is not None}

    def has_bytes(self, s: Session, sha256: str) -> bool:
        return s.exec(select(MailMessage.id).where(
            MailMessage.sha256 == sha256, MailMessage.direction == "in")).first() is not None

    _PENDING = select(Outbox.id).where(
        Outbox.status == "pending",
        col(Outbox.debtor_id).in_(bindparam("ids", expanding=True))).limit(1)

    def has_pending_mail(self, s: Session, debtor_ids: Iterable[int]) -> bool:
        """Whether any of these debtors has mail queued (not yet claimed), in `s`'s
        transaction; a prebuilt statement, asked once per message a sync stores."""
        ids = sorted(set(debtor_ids))
        return any(s.connection().execute(self._PENDING, {"ids": ids[i:i + self.CHUNK]})
                   .first() is not None for i in range(0, len(ids), self.CHUNK))

    # -- writing -----------------------------------------------------------------

    def record_event(self, s: Session, at: datetime, kind: EventKind | str, *,
                     invoice_id: int | None = None, debtor_id: int | None = None,
                     message_pk: int | None = None, cause: str = "", **detail: object) -> None:
        """Add one event to the log, in the caller's transaction; `kind` must be one of
        EventKind (a ValueError otherwise: the record holds only defined words)."""
        s.add(Event(at=at, kind=EventKind(kind).value, invoice_id=invoice_id, debtor_id=debtor_id,
                    message_pk=message_pk, cause=cause,
                    detail={k: _jsonable(v) for k, v in detail.items()}))

    def record_events(self, s: Session, events: Iterable[tuple[datetime, EventKind | str,
                                                               int | None, str, dict[str, object]]],
                      ) -> None:
        """Many events as record_event adds one, (at, kind, debtor_id, cause, detail) each,
        in one INSERT of many rows (the outbox records a batch of sends with it)."""
        rows = self.event_rows(events)
        if rows:
            s.connection().execute(Event.__table__.insert(), rows)  # type: ignore[attr-defined]

    @staticmethod
    def event_rows(events: Iterable[tuple[datetime, EventKind | str, int | None, str,
                                          dict[str, object]]]) -> list[dict[str, Any]]:
        """record_events' rows, for a caller that inserts them itself."""
        return [{"at": at, "kind": EventKind(kind).value, "invoice_id": None,
                 "debtor_id": debtor_id, "message_pk": None, "cause": cause,
                 "detail": {k: _jsonable(v) for k, v in detail.items()}}
                for at, kind, debtor_id, cause, detail in events]


class SqlFacts:
    """The readers' questions (facts.KnownFacts) answered by indexed queries in one
    session: never the whole ledger, and nothing to rebuild when an invoice is added.

    The statements are built once and run on the session's connection: a reading asks
    several questions and a sync reads thousands of messages, and building, caching and
    running an ORM select cost ten times what SQLite takes to answer it. They select
    columns only, which the write session's row refresh and locks never apply to."""

    CHUNK = 500  # parameters per IN (...): well inside every database's limit
    SHAPE_SAMPLE = 200  # a company writes its numbers in a few shapes; recent ones show them

    _KNOWN = select(Invoice.number_key, Invoice.number).where(
        col(Invoice.number_key).in_(bindparam("keys", expanding=True)))
    _RECENT = select(Invoice.number).order_by(col(Invoice.id).desc()).limit(SHAPE_SAMPLE)
    _ANY = select(Invoice.id).limit(1)
    _ENDING = select(Invoice.number).where(col(Invoice.number).like(bindparam("pattern"))
                                           ).limit(20)
    _CONTAINING = select(Invoice.number).where(col(Invoice.number).contains(
        bindparam("digits", type_=String))).limit(facts.CONTAINING_LIMIT)
    _OUR_MESSAGE = select(Outbox.id).where(Outbox.message_id == bindparam("mid"))
    _THREAD = select(Invoice.id).where(Invoice.thread_message_id == bindparam("mid")).limit(1)
    _CONTACT = select(Contact.id).where(Contact.email == bindparam("email"))

    def __init__(self, s: Session) -> None:
        self.s = s
        self._shapes: frozenset[str] | None = None

    def _run(self, statement: Any, **params: Any) -> Any:
        if self.s.autoflush:  # what the session's own execute would do first
            self.s.flush()
        return self.s.connection().execute(statement, params)

    def known_numbers(self, numbers: Iterable[str]) -> dict[str, str]:
        keys = list(dict.fromkeys(n.casefold() for n in numbers))
        out: dict[str, str] = {}
        for i in range(0, len(keys), self.CHUNK):
            out.update((k, n) for k, n in self._run(self._KNOWN, keys=keys[i:i + self.CHUNK]))
        return out

    def numbers_in(self, text: str) -> list[str]:
        lookup = self.known_numbers(p for _, _, p in facts.candidates(text))
        return facts.find_known(text, lookup) if lookup else []

    def number_shapes(self) -> frozenset[str]:
        if self._shapes is None:
            self._shapes = facts.shapes(self._run(self._RECENT)
                                        .scalars().all())
        return self._shapes

    def knows_any_invoice(self) -> bool:
        return self._run(self._ANY).first() is not None

    def numbers_ending(self, digits: str) -> list[str]:
        # asked only of a notice with no invoice reference at all ("INV 0430"); a few
        # rows are enough to tell one match from several
        rows = self._run(self._ENDING, pattern=f"%{digits}").scalars().all()
        return [n for n in rows if facts.ends_with_group(n, digits)]

    def numbers_containing(self, digits: str) -> list[str]:
        # asked of a payment reference written otherwise than the ledger ("RE260880",
        # "сч. № 563"): the few invoices holding its digits, told apart by the reader
        return list(self._run(self._CONTAINING, digits=digits).scalars().all())

    def is_known_message(self, message_id: str) -> bool:
        return (self._run(self._OUR_MESSAGE, mid=message_id).first() is not None
                or self._run(self._THREAD, mid=message_id).first() is not None)

    def is_contact(self, email: str) -> bool:
        return self._run(self._CONTACT, email=email.lower()).first() is not None


# what a tick can act on (Store.plannable_views)
PLANNABLE = or_(col(Invoice.state).in_(("open", "partial")),
                col(Invoice.awaiting_thanks) == True)
# invoices that still owe money, and so are listed for staff
OWING = ("open", "partial", "disputed")
# the events a payment history counts, and what each adds to (a reply: by its intent)
HISTORY_EVENTS: dict[str, str | None] = {
    EventKind.PROMISE_BROKEN: "promises_broken", EventKind.PAYMENT_PARTIAL: "partials",
    EventKind.CLIENT_REPLY: None}

# a chaser that went out or may have: the gap between chasers counts from it
CHASER_SENT = ("pending", "sending", "sent", "uncertain")
# mail with a debtor that goes to staff, not to the debtor's contacts: not counted
# against the weekly limit of mail to the debtor (every other kind is)
STAFF_KINDS = ("staff_notice", "digest")
# outbox rows that never reached the debtor
NOT_SENT = ("cancelled", "failed")

# what an InvoiceView is made of, so that views are read without loading whole rows
VIEW_COLUMNS = (Invoice.id, Invoice.number, Invoice.debtor_id, Invoice.state, Invoice.amount,
                Invoice.paid_amount, Invoice.currency, Invoice.issue_date, Invoice.due_date,
                Invoice.sent_at, Invoice.seen, Invoice.hold_until, Invoice.hold_reason,
                Invoice.stages_done, Invoice.paid_at, Invoice.staff_email,
                Invoice.promise_missed_on)


def named_rows(result: Iterable[Any]) -> Iterable[Any]:
    """The rows of a multi-column select, read by column name: SQLModel types them as
    plain tuples (and has no overload past four columns), but they are SQLAlchemy Rows."""
    return result


_STATES = {s.value: s for s in InvoiceState}  # Enum's own lookup costs ~10x a dict's

# VIEW_COLUMNS to read many views fast (views_of): the stages as their stored text, decoded
# once per distinct value (a handful in a whole ledger) instead of once per row
VIEW_READ: tuple[Any, ...] = tuple(cast(c, Text).label("stages_done") if c is Invoice.stages_done else c
                  for c in VIEW_COLUMNS)


@lru_cache(maxsize=4096)
def _stages(stored: str) -> frozenset[str]:
    return frozenset(json.loads(stored))


def views_of(r: Any) -> InvoiceView:
    """A view of a row of VIEW_READ (and any columns after them), by position: reading a
    Row's columns by name costs about as much as the rest of the view together."""
    (id_, number, debtor_id, state, amount, paid_amount, currency, issue_date, due_date,
     sent_at, seen, hold_until, hold_reason, stages, paid_at, staff_email,
     promise_missed_on) = r[:17]
    return InvoiceView(id_, number, debtor_id, _STATES[state], amount, paid_amount, currency,
                       issue_date, due_date, sent_at, seen, hold_until, hold_reason,
                       _stages(stages), paid_at, staff_email, promise_missed_on)


def view_of(r: Any) -> InvoiceView:
    """A view of an invoice row, or of a row of VIEW_COLUMNS."""
    return InvoiceView(
        id=r.id, number=r.number, debtor_id=r.debtor_id, state=_STATES[r.state],
        amount=r.amount, paid_amount=r.paid_amount, currency=r.currency,
        issue_date=r.issue_date, due_date=r.due_date, sent_at=r.sent_at, seen=r.seen,
        hold_until=r.hold_until, hold_reason=r.hold_reason,
        stages_done=frozenset(r.stages_done), paid_at=r.paid_at, staff_email=r.staff_email,
        promise_missed_on=r.promise_missed_on,
    )


# what a write session locks when it reads it: the rows whose state concurrent writers change
LOCKED = (Invoice, Debtor, Contact)


def _loads_locked_rows(state: ORMExecuteState) -> bool:
    if not state.is_select or state.is_column_load or state.is_relationship_load:
        return False
    described = state.statement.column_descriptions  # type: ignore[attr-defined]
    return bool(described) and all(d.get("type") in LOCKED for d in described)


def _refresh_loaded_rows(state: ORMExecuteState) -> None:
    if _loads_locked_rows(state):
        state.update_execution_options(populate_existing=True)


def _lock_loaded_rows(state: ORMExecuteState) -> None:
    if _loads_locked_rows(state):
        state.statement = state.statement.with_for_update()  # type: ignore[attr-defined]
        state.update_execution_options(populate_existing=True)


def _begin_immediate(_s: Session, transaction: SessionTransaction, conn: Connection) -> None:
    if not transaction.nested:  # a savepoint lives inside the locked transaction
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _jsonable(v: object) -> object:
    if isinstance(v, (str, int, float, bool)) or v is None:
        return v
    if isinstance(v, (list, tuple)):
        return [_jsonable(x) for x in v]
    return str(v)


# an ORM row has the same attributes as a row of VIEW_COLUMNS
to_view = view_of


__all__ = ["SQLAlchemyError", "Store", "make_engine", "migrate", "to_view", "view_of"]

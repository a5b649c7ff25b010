"""The database edge (mailbot/adapters/store.py, mailbot/adapters/models.py, the Alembic migrations) on real
databases: every test runs on SQLite and on a fresh PostgreSQL database (`db_url`)."""

from __future__ import annotations

import asyncio
import os
import threading
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from email import message_from_bytes
from email.message import EmailMessage
from email.utils import format_datetime
from types import TracebackType
from typing import Any, Self
from zoneinfo import ZoneInfo

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlmodel import Session, SQLModel, col, select

from mailbot.adapters.config import parse_config
from mailbot.adapters.models import Checkpoint, Contact, Debtor, Invoice, MailMessage, Outbox
from mailbot.adapters.smtp import BeforeData, Delivery, SmtpSender
from mailbot.adapters.store import MIGRATIONS, Store
from mailbot.app.services import App
from mailbot.domain.values import InvoiceState
from mailbot.errors import StoreUnavailable
from tests.conftest import PG_OK, pg_database
from tests.servers import SmtpSink

T0 = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
TABLES = {"checkpoint", "contact", "debtor", "event", "invoice", "message", "outbox"}


@pytest.fixture
def store(db_url):
    s = Store(db_url)
    s.migrate()
    try:
        yield s
    finally:
        s.close()


def _head() -> tuple[str, ...]:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return tuple(ScriptDirectory.from_config(cfg).get_heads())


def _current(store: Store) -> tuple[str, ...]:
    with store.engine.connect() as conn:
        return tuple(MigrationContext.configure(conn).get_current_heads())


def _debtor(s: Session, name: str = "Globex", **kw) -> Debtor:
    d = Debtor(name=name, created_at=T0, **kw)
    s.add(d)
    s.flush()
    return d


def _invoice(s: Session, debtor: Debtor, number: str, **kw) -> Invoice:
    values: dict[str, Any] = {"amount": Decimal("100.00"), "currency": "EUR", "issue_date": date(2026, 11, 2),
                  "due_date": date(2026, 11, 16), "sent_at": T0, "created_at": T0}
    values.update(kw)
    inv = Invoice(number=number, debtor_id=debtor.id, **values)
    s.add(inv)
    s.flush()
    return inv


def _raw_mail(n: int, to: str = "bob@globex.test") -> bytes:
    m = EmailMessage()
    m["From"] = "ar@acme.test"
    m["To"] = to
    m["Subject"] = f"Reminder {n}"
    m["Date"] = format_datetime(T0)
    m["Message-ID"] = f"<row{n}@acme.test>"
    m.set_content(f"reminder number {n}\n")
    return m.as_bytes()


def _outbox(n: int, **kw) -> Outbox:
    values: dict[str, Any] = {"action_key": f"chase:{n}", "kind": "chase", "message_id": f"<row{n}@acme.test>",
                  "recipients": ["bob@globex.test"], "subject": f"Reminder {n}", "raw": _raw_mail(n),
                  "created_at": T0}
    values.update(kw)
    return Outbox(**values)


# -- schema and migrations -----------------------------------------------------------


def test_migrate_creates_schema_at_head_and_is_idempotent(db_url):
    store = Store(db_url)
    try:
        store.migrate()
        assert set(inspect(store.engine).get_table_names()) >= TABLES
        assert _current(store) == _head()
        with store.session() as s:
            _debtor(s, "Kept")
            s.commit()

        store.migrate()  # a second run changes nothing and keeps the data
        store.migrate()
        assert _current(store) == _head()
        with store.session() as s:
            assert [d.name for d in s.exec(select(Debtor))] == ["Kept"]
        with store.engine.connect() as conn:
            n = conn.execute(text("SELECT count(*) FROM alembic_version")).scalar_one()
        assert n == 1
    finally:
        store.close()

    # a second Store (a restarted process) on the migrated database sees head, too
    again = Store(db_url)
    try:
        again.migrate()
        assert _current(again) == _head()
    finally:
        again.close()


def test_migrations_match_the_models(store):
    """The migration creates exactly the tables the models describe: no drift."""
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": False})
        diff = compare_metadata(ctx, SQLModel.metadata)
    assert diff == []


# -- exact values ----------------------------------------------------------------------


AMOUNTS = [
    "0.00", "0.01", "0.10", "19.99", "1200.00", "1234567890123.4567", "-5.00",
    "0.000000001", "99999999999999999999.99", "1E+3",
]


def test_decimal_amounts_round_trip_exactly(store):
    values = [Decimal(a) for a in AMOUNTS]
    with store.session() as s:
        d = _debtor(s)
        for n, value in enumerate(values):
            _invoice(s, d, f"INV-D{n}", amount=value, paid_amount=value / 4)
        s.commit()
    with store.session() as s:
        back = {i.number: i for i in s.exec(select(Invoice))}
    for n, value in enumerate(values):
        inv = back[f"INV-D{n}"]
        assert isinstance(inv.amount, Decimal)
        assert inv.amount == value
        assert str(inv.amount) == str(value)  # the same digits and exponent, not a float
        assert inv.paid_amount == value / 4
        assert inv.amount - inv.paid_amount == value - value / 4


INSTANTS = [
    datetime(2026, 11, 2, 9, 30, 15, 123456, tzinfo=UTC),
    datetime(2026, 11, 2, 9, 30, 15, 999999, tzinfo=ZoneInfo("Europe/Berlin")),
    datetime(2026, 3, 29, 22, 5, tzinfo=ZoneInfo("America/Los_Angeles")),
    # the ambiguous hour when Berlin leaves summer time: the second 02:30 (01:30 UTC)
    datetime(2026, 10, 25, 2, 30, tzinfo=ZoneInfo("Europe/Berlin"), fold=1),
    datetime(2026, 12, 31, 23, 59, 59, tzinfo=ZoneInfo("Asia/Jakarta")),
    datetime(1999, 1, 1, tzinfo=ZoneInfo("Europe/Moscow")),
]


def test_aware_datetimes_round_trip_as_utc(store):
    with store.session() as s:
        d = _debtor(s)
        for n, when in enumerate(INSTANTS):
            _invoice(s, d, f"INV-T{n}", sent_at=when, paid_at=when)
        s.commit()
    with store.session() as s:
        back = {i.number: i for i in s.exec(select(Invoice))}
    with store.engine.connect() as conn:
        stored = dict(conn.execute(text("SELECT number, sent_at FROM invoice")).all())
    for n, when in enumerate(INSTANTS):
        inv = back[f"INV-T{n}"]
        for got in (inv.sent_at, inv.paid_at):
            # the same instant (compared as UTC: PEP 495 makes an ambiguous local time
            # unequal to every other zone's datetime) ...
            assert got == when.astimezone(UTC)
            assert got.timestamp() == when.timestamp()
            assert got.tzinfo is not None
            assert got.utcoffset() == timedelta(0)
            assert got.microsecond == when.microsecond
        # the column holds UTC wall time, whatever zone was handed in
        raw = stored[f"INV-T{n}"]
        if isinstance(raw, str):  # SQLite keeps text
            raw = datetime.fromisoformat(raw)
        assert raw.tzinfo is None
        assert raw.replace(tzinfo=UTC) == when.astimezone(UTC)


def test_naive_datetime_is_refused(store):
    with store.session() as s:
        s.add(Debtor(name="Naive", created_at=datetime(2026, 11, 2, 9, 30)))  # noqa: DTZ001
        with pytest.raises(StatementError, match="naive datetime"):
            s.commit()
    with store.session() as s:
        assert s.exec(select(Debtor)).all() == []


def test_optional_datetime_may_be_null(store):
    with store.session() as s:
        d = _debtor(s)
        _invoice(s, d, "INV-N", paid_at=None)
        s.commit()
    with store.session() as s:
        assert s.exec(select(Invoice.paid_at)).one() is None


# -- unique constraints ------------------------------------------------------------------


def test_invoice_number_is_unique(store):
    with store.session() as s:
        d = _debtor(s)
        _invoice(s, d, "INV-U")
        s.commit()
    with store.session() as s:
        d = s.exec(select(Debtor)).one()
        s.add(Invoice(number="INV-U", debtor_id=d.id, amount=Decimal(1), currency="EUR",
                      issue_date=date(2026, 1, 1), due_date=date(2026, 1, 2), sent_at=T0,
                      created_at=T0))
        with pytest.raises(IntegrityError):
            s.commit()
    with store.session() as s:
        assert len(s.exec(select(Invoice)).all()) == 1


def test_outbox_action_key_and_message_id_are_unique(store):
    with store.session() as s:
        s.add(_outbox(1))
        s.commit()
    with store.session() as s:
        s.add(_outbox(2, action_key="chase:1"))  # same action, new Message-ID
        with pytest.raises(IntegrityError):
            s.commit()
    with store.session() as s:
        s.add(_outbox(3, message_id="<row1@acme.test>"))  # new action, same Message-ID
        with pytest.raises(IntegrityError):
            s.commit()
    with store.session() as s:
        assert [o.action_key for o in s.exec(select(Outbox))] == ["chase:1"]


def test_message_folder_uidvalidity_uid_is_unique(store):
    def msg(folder, uidvalidity, uid, tag):
        raw = f"Subject: {tag}\r\n\r\nbody\r\n".encode()
        return MailMessage(direction="in", folder=folder, uidvalidity=uidvalidity, uid=uid,
                           sha256=tag, size=len(raw), raw=raw, recorded_at=T0)

    with store.session() as s:
        s.add(msg("INBOX", 7, 1, "a"))
        s.add(msg("INBOX", 7, 2, "b"))  # another UID
        s.add(msg("INBOX", 8, 1, "c"))  # a new UIDVALIDITY restarts the numbering
        s.add(msg("Archive", 7, 1, "d"))  # another folder
        s.commit()
    with store.session() as s:
        s.add(msg("INBOX", 7, 1, "e"))
        with pytest.raises(IntegrityError):
            s.commit()
    # outgoing mail has no folder: any number of (NULL, NULL, NULL) rows coexist
    with store.session() as s:
        for tag in ("out1", "out2", "out3"):
            s.add(MailMessage(direction="out", sha256=tag, raw=b"x", recorded_at=T0))
        s.commit()
    with store.session() as s:
        assert len(s.exec(select(MailMessage)).all()) == 7
        assert store.has_message(s, "INBOX", 8, 1)
        assert not store.has_message(s, "INBOX", 8, 2)


def test_checkpoint_merge_updates_in_place(store):
    with store.session() as s:
        s.merge(Checkpoint(folder="INBOX", uidvalidity=5, last_uid=3))
        s.commit()
    with store.session() as s:
        s.merge(Checkpoint(folder="INBOX", uidvalidity=5, last_uid=9))
        s.commit()
    with store.session() as s:
        cp = store.checkpoint(s, "INBOX")
        assert (cp.uidvalidity, cp.last_uid) == (5, 9)
        assert store.checkpoint(s, "Other") is None


# -- raw bytes ---------------------------------------------------------------------------


def test_raw_bytes_round_trip(store):
    import hashlib

    blobs = {
        "all-256": bytes(range(256)),
        "nul": b"\x00",
        "nul-in-body": b"Subject: nul\r\n\r\n\x00\x00 in the body \x00\xff\xfe\r\n",
        "high-and-nul": b"\xff" * 1000 + b"\x00" * 1000,
        "empty": b"",
        "5MB-random": os.urandom(5 * 1024 * 1024),
    }
    with store.session() as s:
        for uid, raw in enumerate(blobs.values(), 1):
            s.add(MailMessage(direction="in", folder="INBOX", uidvalidity=1, uid=uid,
                              sha256=hashlib.sha256(raw).hexdigest(), size=len(raw), raw=raw,
                              recorded_at=T0))
            s.add(_outbox(uid, raw=raw))
        s.commit()
    with store.session() as s:
        messages = {m.uid: m for m in s.exec(select(MailMessage))}
        outbox = {o.action_key: o for o in s.exec(select(Outbox))}
        for uid, (name, raw) in enumerate(blobs.items(), 1):
            m = messages[uid]
            assert isinstance(m.raw, bytes), name
            assert len(m.raw) == len(raw) == m.size, name
            assert m.raw == raw, name
            assert store.has_bytes(s, hashlib.sha256(raw).hexdigest()), name
            assert outbox[f"chase:{uid}"].raw == raw, name


def test_json_columns_round_trip(store):
    detail = {"reason": "ünïcödé ✓", "n": 3, "nested": {"list": [1, "two", None]}}
    with store.session() as s:
        d = _debtor(s)
        _invoice(s, d, "INV-J", stages_done=["receipt_check", "pre_due"])
        s.add(MailMessage(direction="in", sha256="j", raw=b"x", recorded_at=T0,
                          classification=detail, headers={"subject": ["Grüße"]}))
        s.add(_outbox(1, recipients=["a@x.test", "b@y.test"], invoice_ids=[1, 2]))
        s.commit()
    with store.session() as s:
        assert s.exec(select(Invoice)).one().stages_done == ["receipt_check", "pre_due"]
        m = s.exec(select(MailMessage)).one()
        assert m.classification == detail
        assert m.headers == {"subject": ["Grüße"]}
        o = s.exec(select(Outbox)).one()
        assert (o.recipients, o.invoice_ids) == (["a@x.test", "b@y.test"], [1, 2])


# -- views for the policy ----------------------------------------------------------------


def test_invoice_views(store):
    with store.session() as s:
        d = _debtor(s)
        open_ = _invoice(s, d, "INV-OPEN", amount=Decimal("1200.00"),
                         paid_amount=Decimal("200.50"), state="partial", seen=True,
                         hold_until=date(2026, 12, 1), hold_reason="promise",
                         stages_done=["receipt_check"], staff_email="staff@acme.test")
        _invoice(s, d, "INV-THANKED", state="paid", paid_at=T0,
                 stages_done=["thank_you"])
        unthanked = _invoice(s, d, "INV-PAID", state="paid", paid_at=T0 + timedelta(hours=1))
        _invoice(s, d, "INV-WO", state=InvoiceState.WRITTEN_OFF.value)
        disputed = _invoice(s, d, "INV-DISP", state="disputed")
        s.commit()
        open_id, unthanked_id, disputed_id = open_.id, unthanked.id, disputed.id
    with store.session() as s:
        views = {v.number: v for v in store.invoice_views(s)}
    # written off: gone; paid and thanked: done; paid but not thanked: the policy needs it
    assert set(views) == {"INV-OPEN", "INV-PAID", "INV-DISP"}
    v = views["INV-OPEN"]
    assert v.id == open_id
    assert v.debtor_id == d.id
    assert v.state is InvoiceState.PARTIAL
    assert (v.amount, v.paid_amount, v.balance) == (Decimal("1200.00"), Decimal("200.50"),
                                                    Decimal("999.50"))
    assert (v.issue_date, v.due_date, v.sent_at) == (date(2026, 11, 2), date(2026, 11, 16), T0)
    assert v.seen is True
    assert (v.hold_until, v.hold_reason) == (date(2026, 12, 1), "promise")
    assert v.stages_done == frozenset({"receipt_check"})
    assert v.staff_email == "staff@acme.test"
    assert views["INV-PAID"].id == unthanked_id
    assert views["INV-PAID"].state is InvoiceState.PAID
    assert views["INV-PAID"].paid_at == T0 + timedelta(hours=1)
    assert views["INV-DISP"].id == disputed_id


def test_debtor_views_and_last_chaser_from_outbox(store):
    with store.session() as s:
        globex = _debtor(s, "Globex", language="de", timezone="Europe/Berlin")
        initech = _debtor(s, "Initech", stopped=True, paused_reason="bounce")
        quiet = _debtor(s, "Quiet")
        s.add(Contact(debtor_id=globex.id, email="bob@globex.test", name="Bob"))
        s.add(Contact(debtor_id=globex.id, email="old@globex.test", failing=True,
                      failing_reason="bounced"))
        s.add(Contact(debtor_id=globex.id, email="ap@globex.test"))
        s.add(Contact(debtor_id=initech.id, email="carol@initech.test"))
        t = lambda days: T0 + timedelta(days=days)
        rows = [
            # (debtor, kind, status, created) - only chases that went or may have gone count
            (globex, "chase", "sent", t(1)),
            (globex, "chase", "pending", t(3)),  # the latest counting chase
            (globex, "chase", "failed", t(5)),  # never went out: does not count
            (globex, "thank_you", "sent", t(6)),  # not a chaser
            (globex, "staff_notice", "sent", t(7)),  # internal, not a chaser
            (initech, "chase", "uncertain", t(2)),  # may have gone out: counts
            (initech, "chase", "sending", t(1)),
        ]
        for n, (debtor, kind, status, created) in enumerate(rows):
            s.add(_outbox(n, kind=kind, status=status, debtor_id=debtor.id, created_at=created))
        s.add(_outbox(99, kind="digest", status="sent", created_at=t(8)))  # no debtor
        s.commit()
        ids = (globex.id, initech.id, quiet.id)

    with store.session() as s:
        views = store.debtor_views(s)
        only = store.debtor_views(s, {ids[1]})
    g, i, q = (views[x] for x in ids)
    assert g.name == "Globex"
    assert (g.language, g.timezone) == ("de", "Europe/Berlin")
    assert sorted(g.contacts) == ["ap@globex.test", "bob@globex.test"]  # not the failing one
    assert g.last_chaser_at == T0 + timedelta(days=3)
    assert g.last_chaser_at.utcoffset() == timedelta(0)
    assert (g.stopped, g.paused_reason) == (False, None)
    assert i.contacts == ("carol@initech.test",)
    assert (i.stopped, i.paused_reason) == (True, "bounce")
    assert i.last_chaser_at == T0 + timedelta(days=2)
    assert q.contacts == ()
    assert q.last_chaser_at is None
    assert set(only) == {ids[1]}
    assert only[ids[1]] == i


def test_last_digest_date(store):
    with store.session() as s:
        assert store.last_digest_date(s) is None
        s.add(_outbox(1, action_key="digest:2026-11-02", kind="digest"))
        s.add(_outbox(2, action_key="digest:2026-11-10", kind="digest"))
        s.add(_outbox(3, action_key="digest:2026-11-09", kind="digest"))
        s.commit()
        assert store.last_digest_date(s) == date(2026, 11, 10)


# -- errors ------------------------------------------------------------------------------


def test_unreachable_postgres_raises_store_unavailable():
    store = Store("postgresql://postgres:sekrit@127.0.0.1:1/x")
    try:
        with pytest.raises(StoreUnavailable) as exc:
            store.migrate()
    finally:
        store.close()
    message = str(exc.value)
    assert "127.0.0.1" in message
    assert ":1/" in message
    assert "refused" in message.lower() or "failed" in message.lower()
    assert "sekrit" not in message  # the password is never printed
    assert "\n" not in message.strip().split("\n")[0]


def test_unreachable_postgres_in_a_session_raises_store_unavailable():
    store = Store("postgresql://postgres@127.0.0.1:1/x")
    try:
        with pytest.raises(StoreUnavailable, match="database error"), store.session() as s:
            s.exec(select(Debtor)).all()
    finally:
        store.close()


def test_unopenable_sqlite_raises_store_unavailable(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'no' / 'such' / 'dir' / 'x.db'}")
    try:
        with pytest.raises(StoreUnavailable, match="unable to open database file"):
            store.migrate()
    finally:
        store.close()


# -- several workers on one PostgreSQL database -------------------------------------------

WORKER_CONFIG = """
[mailbox]
address = "ar@acme.test"
[imap]
host = "127.0.0.1"
[smtp]
host = "127.0.0.1"
port = {port}
security = "plain"
[database]
url = "{url}"
[company]
name = "Acme"
payment_instructions = "IBAN DE89"
"""

needs_pg = pytest.mark.skipif(not PG_OK, reason="PostgreSQL does not answer at 127.0.0.1:5432")


class SlowSender:
    """The real SMTP sender, made a little slow so that two workers overlap."""

    def __init__(self, inner: SmtpSender, name: str, log: list[tuple[str, str]]) -> None:
        self.inner, self.name, self.log = inner, name, log

    def connection(self) -> SlowConnection:
        return SlowConnection(self)

    def max_seconds(self, n_recipients: int) -> float:
        return self.inner.max_seconds(n_recipients)


class SlowConnection:
    def __init__(self, sender: SlowSender) -> None:
        self.sender, self.inner = sender, sender.inner.connection()

    async def __aenter__(self) -> Self:
        await self.inner.__aenter__()
        return self

    async def __aexit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        await self.inner.__aexit__(kind, exc, tb)

    async def send(self, msg: EmailMessage | bytes, recipients: list[str], *,
                   before_data: BeforeData | None = None) -> Delivery:
        await asyncio.sleep(0.02)
        delivery = await self.inner.send(msg, recipients, before_data=before_data)
        raw = msg if isinstance(msg, bytes) else msg.as_bytes()
        self.sender.log.append((self.sender.name, str(message_from_bytes(raw)["Message-ID"])))
        return delivery


@needs_pg
def test_two_workers_never_claim_the_same_row():
    n_rows = 30
    with pg_database() as url, SmtpSink() as sink:
        cfg = parse_config(WORKER_CONFIG.format(port=sink.port, url=url), "workers")
        setup = Store(url)
        setup.migrate()
        with setup.session() as s:
            for n in range(n_rows):
                s.add(_outbox(n))
            s.commit()
        setup.close()

        log: list[tuple[str, str]] = []
        bots = []
        for name in ("w1", "w2"):
            store = Store(url)  # each worker its own engine and connections
            sender = SlowSender(SmtpSender(cfg.smtp, sender="ar@acme.test", attempts=1),
                                name, log)
            bots.append((name, App(cfg, store, sender)))
        reports: dict[str, Any] = {}
        errors: list[BaseException] = []
        start = threading.Barrier(len(bots))

        def work(name: str, bot: App) -> None:
            try:
                start.wait(timeout=10)
                reports[name] = asyncio.run(bot.dispatcher.flush(T0))
            except BaseException as e:  # noqa: BLE001  (surfaced by the main thread below)
                errors.append(e)

        threads = [threading.Thread(target=work, args=b) for b in bots]
        try:
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=60)
            assert not any(t.is_alive() for t in threads), "a worker hung"
            assert errors == []
            sent = {name: [r.message_id for r in rep.sent] for name, rep in reports.items()}
            assert all(rep.failed == [] for rep in reports.values())
            every = sent["w1"] + sent["w2"]
            assert len(every) == n_rows
            assert len(set(every)) == n_rows
            assert sent["w1"], f"one worker did all the work: {sent}"
            assert sent["w2"], f"one worker did all the work: {sent}"
            assert set(sent["w1"]).isdisjoint(sent["w2"])
            # what the SMTP server saw: each message exactly once
            received = [message_from_bytes(m.data)["Message-ID"] for m in sink.messages]
            assert sorted(received) == sorted(every)
            assert sorted(mid for _, mid in log) == sorted(every)
            with bots[0][1].store.session() as s:
                rows = s.exec(select(Outbox)).all()
                assert {(r.status, r.attempts) for r in rows} == {("sent", 1)}
        finally:
            for _, bot in bots:
                bot.store.close()


@needs_pg
def test_claim_skips_a_row_locked_by_another_worker():
    """FOR UPDATE SKIP LOCKED: a row held by one worker's transaction is passed over by
    another at once, not waited for and not taken."""
    with pg_database() as url:
        cfg = parse_config(WORKER_CONFIG.format(port=1, url=url), "workers")
        holder, other = Store(url), Store(url)
        try:
            holder.migrate()
            with holder.session() as s:
                for n in range(2):
                    s.add(_outbox(n))
                s.commit()
            bot = App(cfg, other, sender=None)
            with holder.session() as s:
                first = s.exec(select(Outbox).order_by(col(Outbox.id)).limit(1)
                               .with_for_update()).one()
                first_id = first.id
                got: list[Outbox | None] = []
                t = threading.Thread(target=lambda: got.extend([bot.dispatcher.claim(T0), bot.dispatcher.claim(T0)]))
                t.start()
                t.join(timeout=10)
                assert not t.is_alive(), "_claim waited for the locked row"
                claimed, nothing = got
                assert claimed is not None
                assert claimed.id != first_id
                assert claimed.status == "sending"
                assert claimed.attempts == 1
                assert nothing is None  # the locked row is not claimable while held
                s.rollback()
            # released: now the other worker gets it, exactly once
            again = bot.dispatcher.claim(T0)
            assert again is not None
            assert again.id == first_id
            assert bot.dispatcher.claim(T0) is None
        finally:
            holder.close()
            other.close()


def test_claim_takes_only_due_pending_rows(store):
    cfg = parse_config(WORKER_CONFIG.format(port=1, url=store.url), "workers")
    bot = App(cfg, store, sender=None)
    with store.session() as s:
        s.add(_outbox(1, status="sent"))
        s.add(_outbox(2, status="failed"))
        s.add(_outbox(3, status="uncertain"))
        s.add(_outbox(4, next_attempt_at=T0 + timedelta(minutes=5)))  # retry not yet due
        s.add(_outbox(5, next_attempt_at=T0 - timedelta(minutes=5)))
        s.add(_outbox(6))
        s.commit()
    claimed = []
    while (row := bot.dispatcher.claim(T0)) is not None:
        claimed.append(row.action_key)
    assert claimed == ["chase:5", "chase:6"]
    assert bot.dispatcher.claim(T0 + timedelta(minutes=10)).action_key == "chase:4"
    with store.session() as s:
        status = {o.action_key: o.status for o in s.exec(select(Outbox))}
    assert status == {"chase:1": "sent", "chase:2": "failed", "chase:3": "uncertain",
                      "chase:4": "sending", "chase:5": "sending", "chase:6": "sending"}


def test_two_processes_migrating_an_empty_database_at_once_both_succeed(db_url):
    """Two daemons started together on a new database: one creates the schema, the other
    waits for it and finds it done (before, the second failed: table already exists)."""
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def start() -> None:
        store = Store(db_url)
        try:
            barrier.wait()
            store.migrate()
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)
        finally:
            store.close()

    for _ in range(3):
        threads = [threading.Thread(target=start) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert errors == []


def test_upgrading_keeps_every_paid_invoice_that_awaits_its_thanks(db_url):
    """0008 derives awaiting_thanks for invoices written before it: a paid invoice not yet
    thanked is still found by the tick, a thanked one is not."""
    from alembic import command

    # written as the store writes it (naive UTC); no driver datetime adapter (3.12 warns)
    STAMP = "2026-11-02 09:30:00.000000"
    store = Store(db_url)
    try:
        cfg = AlembicConfig()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0007_planning")
            conn.execute(text("INSERT INTO debtor (id, name, language, timezone, stopped, "
                              "created_at) VALUES (1, 'Globex', 'en', 'UTC', false, :t)"),
                         {"t": STAMP})
            for n, (state, done) in enumerate([("paid", '["pre_due"]'),
                                               ("paid", '["pre_due", "thank_you"]'),
                                               ("open", "[]")]):
                conn.execute(text(
                    "INSERT INTO invoice (number, number_key, debtor_id, state, amount, "
                    "paid_amount, currency, issue_date, due_date, sent_at, seen, stages_done, "
                    "created_at) VALUES (:no, :no, 1, :state, '10.00', '0', 'EUR', "
                    "'2026-11-02', '2026-11-16', :t, false, :done, :t)"),
                    {"no": f"inv-{n}", "state": state, "done": done, "t": STAMP})
        store.migrate()
        with store.session() as s:
            views = store.plannable_views(s)
            flags = dict(s.exec(select(Invoice.number, Invoice.awaiting_thanks)).all())
        assert flags == {"inv-0": True, "inv-1": False, "inv-2": False}
        assert sorted(v.number for v in views) == ["inv-0", "inv-2"]
    finally:
        store.close()


def test_awaiting_thanks_follows_the_invoice_through_payment_and_thanks(store):
    with store.session() as s:
        inv = _invoice(s, _debtor(s), "INV-T1")
        s.commit()
        assert not inv.awaiting_thanks
        inv.state = "paid"
        s.add(inv)
        s.commit()
        assert inv.awaiting_thanks
        inv.stages_done = [*inv.stages_done, "thank_you"]
        s.add(inv)
        s.commit()
        assert not inv.awaiting_thanks


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_tick_finds_paid_invoices_awaiting_thanks_by_index_not_by_reading_them_all(store):
    """Paid invoices pile up for ever; the tick must not read each one's stages to find
    the few not yet thanked (SQLite's own query plan says which index it walks)."""
    from sqlalchemy import event

    captured = []

    def spy(_conn, _cursor, statement, parameters, _context, _many):
        captured.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", spy)
    try:
        with store.session() as s:
            store.plannable_views(s)
            sql, params = next(c for c in captured if "FROM invoice" in c[0])
            plan = [r[-1] for r in s.connection().exec_driver_sql(
                f"EXPLAIN QUERY PLAN {sql}", params)]
    finally:
        event.remove(store.engine, "before_cursor_execute", spy)
    assert any("ix_invoice_awaiting_thanks" in step for step in plan), plan
    assert not any(step.startswith("SCAN invoice") for step in plan), plan


def test_the_event_log_takes_only_defined_kinds(store):
    from mailbot.domain.events import EventKind

    with store.session() as s:
        store.record_event(s, T0, EventKind.MAIL_SENT, cause="x")
        store.record_event(s, T0, "bounce", cause="y")  # the same word, as a string
        with pytest.raises(ValueError, match="not a valid"):
            store.record_event(s, T0, "mail_sent_maybe", cause="z")
        s.commit()
        from mailbot.adapters.models import Event

        assert [e.kind for e in s.exec(select(Event).order_by(col(Event.id)))] == [
            "mail_sent", "bounce"]


def test_views_read_by_position_are_the_views_of_the_rows(store):
    """store.views (what a tick and the reports read by the 100,000) builds each view from
    its columns by position and decodes the stages once per distinct value: it must give
    exactly what view_of gives for the whole row, stages, empty fields and all."""
    from mailbot.adapters.store import view_of

    with store.session() as s:
        d = _debtor(s)
        _invoice(s, d, "V-1")
        _invoice(s, d, "V-2", stages_done=["pre_due", "past_due"], paid_amount=Decimal("40.00"),
                 state="partial", hold_until=date(2026, 12, 1), hold_reason="promise",
                 staff_email="sam@acme.test", promise_missed_on=date(2026, 11, 20))
        _invoice(s, d, "V-3", stages_done=["pre_due", "past_due"], seen=True,
                 currency="IDR", amount=Decimal("48000000.00"))
        _invoice(s, d, "V-4", state="paid", paid_amount=Decimal("100.00"),
                 paid_at=T0 + timedelta(days=3), stages_done=["thank_you"])
        s.commit()
        fast = store.views(s, col(Invoice.id) > 0)
        slow = [view_of(r) for r in s.exec(select(Invoice).order_by(col(Invoice.id)))]
    assert fast == slow
    assert [v.stages_done for v in fast] == [
        frozenset(), frozenset({"pre_due", "past_due"}), frozenset({"pre_due", "past_due"}),
        frozenset({"thank_you"})]

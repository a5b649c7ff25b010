"""A sync stores each FETCH's messages in one transaction, read beforehand (by worker
processes for a large batch): it must read every message as one-by-one ingest would,
lose none and store none twice when it fails part-way, and quarantine one bad message
with its reason without failing the batch. Real Dovecot, SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlmodel import col, select

from mailbot.adapters import mailbox
from mailbot.adapters.models import MailMessage
from mailbot.app import ingest as ingest_module
from mailbot.app import reading_pool
from mailbot.errors import MailboxUnavailable, StoreUnavailable
from tests.botenv import BOB, CAROL, Runner, at, invoice_mail, mail, make_config, payment_mail

DAY = date(2026, 11, 2)


def story() -> list[bytes]:
    """Invoice copies, each followed in the same batch by the reply and the payment that
    name it: read before the invoice is stored, they would not know it."""
    out = []
    for k in range(5):
        who = BOB if k % 2 else CAROL
        out += [invoice_mail(f"INV-{k}", who, f"{100 + k}.00", "net 30", at(DAY, 9, k)),
                mail(who, ["ar@acme.test"], f"Re: Invoice INV-{k}",
                     f"Thanks, we will pay INV-{k} on Friday.", at(DAY, 10, k)),
                payment_mail(f"INV-{k}", f"{100 + k}.00", at(DAY, 11, k))]
    return out


def stored(r: Runner) -> list[MailMessage]:
    with r.bot.store.session() as s:
        return list(s.exec(select(MailMessage).where(MailMessage.direction == "in")
                           .order_by(col(MailMessage.uid))))


def reading(m: MailMessage) -> tuple[Any, ...]:
    c = m.classification or {}
    return (m.kind, m.quarantine_reason, m.needs_human, c.get("invoice_numbers"),
            c.get("intent"), c.get("reason"))


@pytest.fixture
def small_batches(monkeypatch):
    """Worker processes from a few messages on, in small tasks, as a first sync uses."""
    monkeypatch.setattr(reading_pool, "POOL_MIN", 4)
    monkeypatch.setattr(reading_pool, "CHUNK", 3)
    monkeypatch.setattr(reading_pool, "WORKERS", 2)
    monkeypatch.setattr(reading_pool, "spare_cores", lambda: 2.0)  # however busy the machine
    started = []
    real = reading_pool.ReadingPool._executor

    def executor(self):
        started.append(self)
        return real(self)

    monkeypatch.setattr(reading_pool.ReadingPool, "_executor", executor)
    return started


@pytest.mark.slow
def test_a_batch_read_by_workers_reads_as_one_by_one(dovecot, smtp_sink, db_url, tmp_path,
                                                     small_batches):
    raws = [*story(), b"\x00\x01\x02 this is not mail"]
    for raw in raws:
        dovecot.append("ar", raw)
    batched = Runner.open(make_config(dovecot, smtp_sink, db_url))
    results = batched.sync(at(DAY, 12))
    assert small_batches, "the workers were not used"
    assert len(results) == len(raws)
    one_by_one = Runner.open(make_config(dovecot, smtp_sink, f"sqlite:///{tmp_path}/ref.db"))
    for uid, raw in enumerate(raws, start=1):
        one_by_one.bot.inbox.ingest(raw, now=at(DAY, 12), folder="INBOX", uidvalidity=1,
                                    uid=uid)
    got, want = stored(batched), stored(one_by_one)
    assert [reading(m) for m in got] == [reading(m) for m in want]
    # the replies and payments found the invoice stored just before them in the batch
    kinds = [m.kind for m in got]
    assert kinds.count("invoice_copy") == 5
    assert kinds.count("payment_confirmation") == 5
    assert all(m.classification["invoice_numbers"] for m in got
               if m.kind in ("client_reply", "payment_confirmation"))
    # ... foreseen by the workers' second reading, not read again by the writer
    assert batched.bot.inbox.read_again == 0
    assert got[-1].quarantine_reason  # the unreadable one, with its reason
    assert len(dovecot.fetch_all("ar", "mailbot/quarantine")) == 1
    assert len(dovecot.fetch_all("ar", "mailbot/processed")) == len(raws) - 1
    batched.close()
    one_by_one.close()


def test_a_batch_read_here_reads_each_message_once_as_one_by_one(
        dovecot, smtp_sink, db_url, tmp_path, monkeypatch):
    """On a busy machine (no worker) a batch is read in this process: in order, each
    message with what the ones before it will add, so none is read a second time."""
    monkeypatch.setattr(reading_pool, "spare_cores", lambda: 0.0)
    reads = []
    real = reading_pool.read

    def counted(raw, *args, **kwargs):
        reads.append(raw)
        return real(raw, *args, **kwargs)

    monkeypatch.setattr(ingest_module, "read", counted)
    raws = story()
    for raw in raws:
        dovecot.append("ar", raw)
    batched = Runner.open(make_config(dovecot, smtp_sink, db_url))
    assert len(batched.sync(at(DAY, 12))) == len(raws)
    assert len(reads) == len(raws)  # the replies and payments were not read twice
    assert batched.bot.inbox.read_again == 0
    one_by_one = Runner.open(make_config(dovecot, smtp_sink, f"sqlite:///{tmp_path}/ref.db"))
    for uid, raw in enumerate(raws, start=1):
        one_by_one.bot.inbox.ingest(raw, now=at(DAY, 12), folder="INBOX", uidvalidity=1,
                                    uid=uid)
    assert [reading(m) for m in stored(batched)] == [reading(m) for m in stored(one_by_one)]
    assert all(m.classification["invoice_numbers"] for m in stored(batched)
               if m.kind in ("client_reply", "payment_confirmation"))
    batched.close()
    one_by_one.close()


def test_a_batch_that_fails_part_way_stores_nothing_and_is_read_again(
        dovecot, smtp_sink, db_url, monkeypatch):
    raws = story()
    for raw in raws:
        dovecot.append("ar", raw)
    cfg = make_config(dovecot, smtp_sink, db_url)
    first = Runner.open(cfg)
    applied = []
    real_apply = first.bot.inbox.appliers.apply

    def apply(*args: Any, **kw: Any) -> str:
        applied.append(1)
        if len(applied) == 7:  # the database goes away in the middle of the batch
            raise StoreUnavailable("database error: server closed the connection")
        return real_apply(*args, **kw)

    monkeypatch.setattr(first.bot.inbox.appliers, "apply", apply)
    with pytest.raises(StoreUnavailable):
        first.sync(at(DAY, 12))
    assert stored(first) == []  # the batch's transaction never committed
    assert len(dovecot.fetch_all("ar")) == len(raws)  # and nothing was moved
    first.close()

    second = Runner.open(cfg)  # a restart on the same database and mailbox
    assert [r.status for r in second.sync(at(DAY, 12))] == ["processed"] * len(raws)
    rows = stored(second)
    assert [m.uid for m in rows] == list(range(1, len(raws) + 1))  # each once
    assert dovecot.fetch_all("ar") == []
    second.close()


def test_killed_between_commit_and_move_nothing_is_stored_twice(dovecot, smtp_sink,
                                                                sqlite_url, monkeypatch):
    raws = story()
    for raw in raws:
        dovecot.append("ar", raw)
    cfg = make_config(dovecot, smtp_sink, sqlite_url)
    first = Runner.open(cfg)

    def lost(self: mailbox.Mailbox, uids: list[int], folder: str) -> None:
        raise OSError("connection reset")  # the batch is committed, the MOVE never went

    monkeypatch.setattr(mailbox.Mailbox, "file_away", lost)
    with pytest.raises((MailboxUnavailable, OSError)):
        first.sync(at(DAY, 12))
    assert len(stored(first)) == len(raws)
    first.close()
    monkeypatch.undo()

    second = Runner.open(cfg)
    assert second.sync(at(DAY, 12)) == []  # the leftovers are filed, not read again
    assert [m.uid for m in stored(second)] == list(range(1, len(raws) + 1))
    assert dovecot.fetch_all("ar") == []
    assert len(dovecot.fetch_all("ar", "mailbot/processed")) == len(raws)
    second.close()


def test_one_message_that_cannot_be_stored_is_quarantined_not_the_batch(
        dovecot, smtp_sink, db_url, monkeypatch):
    raws = story()
    for raw in raws:
        dovecot.append("ar", raw)
    runner = Runner.open(make_config(dovecot, smtp_sink, db_url))
    real_stage = ingest_module.Ingest._stage

    def stage(self: ingest_module.Ingest, s: Any, raw: bytes, now: Any, where: Any,
              understood: Any, touched: Any = None) -> Any:
        if b"Re: Invoice INV-1" in raw and not isinstance(understood, str):
            s.add(MailMessage(direction="in", folder="INBOX", uidvalidity=where.uidvalidity,
                              uid=where.uid, sha256="half-written", raw=raw, size=1,
                              recorded_at=now))
            s.flush()
            raise RuntimeError("a value the database refuses")
        return real_stage(self, s, raw, now, where, understood, touched)

    monkeypatch.setattr(ingest_module.Ingest, "_stage", stage)
    results = runner.sync(at(DAY, 12))
    assert [r.status for r in results].count("quarantined") == 1
    assert results[4].status == "quarantined"
    assert "could not be stored: RuntimeError" in results[4].reason
    rows = stored(runner)
    assert [m.uid for m in rows] == list(range(1, len(raws) + 1))  # the half-write undone
    assert {m.sha256 for m in rows}.isdisjoint({"half-written"})
    assert sum(m.kind == "payment_confirmation" for m in rows) == 5
    assert len(dovecot.fetch_all("ar", "mailbot/quarantine")) == 1
    runner.close()

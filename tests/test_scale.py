"""Cost by design, not by tuning: reading a reply, planning a tick and building the digest
issue a number of SQL statements that does not grow with the size of the ledger. Counted
with SQLAlchemy's cursor events, never timed (see bench/scale.py for the timings).

And the tick's narrower reading of the ledger plans exactly what planning over every
invoice plans."""

from __future__ import annotations

import itertools
import os
import random
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from mailbot.adapters.config import parse_config
from mailbot.adapters.models import Contact, Debtor, Event, Invoice, Outbox, Task
from mailbot.adapters.store import Store
from mailbot.app.services import App
from mailbot.playbook import staffmail
from mailbot.playbook.policy import plan
from tests.botenv import AR, AUTHSERV, BANK, BOSS, CONFIG, at, mail

NOW = at(date(2026, 11, 3), 10, 0)  # a Tuesday, business hours in Berlin
T0 = NOW.astimezone(UTC)


@pytest.fixture
def bot(db_url):
    os.environ.setdefault("MAILBOT_TEST_IMAP_PASSWORD", "x")
    cfg = parse_config(CONFIG.format(ar=AR, imap_port=1, smtp_port=1, db_url=db_url,
                                     boss=BOSS, bank=BANK, authserv=AUTHSERV, idle="false"))
    store = Store(db_url)
    store.migrate()
    try:
        yield App(cfg, store)
    finally:
        store.close()


@contextmanager
def counted(engine: Engine) -> Iterator[list[str]]:
    """The statements `engine` executes inside the block."""
    seen: list[str] = []

    def count(_conn: Any, _cur: Any, statement: str, *_: Any) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count)


def add_debtors(bot: App, first: int, last: int) -> None:
    """Debtors first..last-1, each with a contact, a chaser sent, an invoice due for its
    next chase, one on a broken promise, one paid awaiting thanks and one paid and
    thanked; the day's events a digest lists (a broken promise, a call task, a failure)."""
    with bot.store.session() as s:
        for n in range(first, last):
            d = Debtor(name=f"Client {n}", timezone="Europe/Berlin", created_at=T0)
            s.add(d)
            s.flush()
            s.add(Contact(debtor_id=d.id, email=f"ap@client{n}.test"))
            s.add(Outbox(action_key=f"chase:old{n}", kind="chase", message_id=f"<o{n}@acme>",
                         raw=b"x", debtor_id=d.id, status="sent",
                         created_at=T0 - timedelta(days=20), sent_at=T0 - timedelta(days=20)))
            invs = []
            for k, (state, done, hold, due) in enumerate([
                    ("open", ["receipt_check", "pre_due"], None, -6),
                    ("open", ["receipt_check"], "promise", -12),
                    ("paid", ["receipt_check"], None, -40),
                    ("paid", ["receipt_check", "thank_you"], None, -70)]):
                inv = Invoice(number=f"C{n}-{k}", debtor_id=d.id, state=state,
                              amount=Decimal("100.00"), currency="EUR",
                              paid_amount=Decimal("100.00") if state == "paid" else Decimal(0),
                              issue_date=NOW.date() + timedelta(days=due - 30),
                              due_date=NOW.date() + timedelta(days=due),
                              sent_at=T0 + timedelta(days=due - 30), stages_done=done,
                              hold_reason=hold,
                              hold_until=NOW.date() - timedelta(days=2) if hold else None,
                              paid_at=T0 - timedelta(days=1) if state == "paid" else None,
                              thread_message_id=f"<inv-{n}-{k}@acme.test>", created_at=T0)
                s.add(inv)
                invs.append(inv)
            s.flush()
            late = T0 - timedelta(hours=3)
            s.add(Task(key=f"promise_broken:{invs[1].id}", kind="promise_broken",
                       invoice_id=invs[1].id, debtor_id=d.id, created_at=late,
                       summary="promised, not paid"))
            s.add(Task(key=f"call:{invs[0].id}", kind="call", invoice_id=invs[0].id,
                       debtor_id=d.id, created_at=late, summary="call"))
            s.add(Event(at=late, kind="action_failed", debtor_id=d.id, cause=f"chase:{n}",
                        detail={"error": "boom"}))
        s.commit()


def test_planning_a_tick_issues_the_same_statements_for_10_or_200_debtors(bot):
    add_debtors(bot, 0, 10)
    with counted(bot.store.engine) as small:
        few = bot.scheduler.plan(NOW)
    add_debtors(bot, 10, 200)
    with counted(bot.store.engine) as large:
        many = bot.scheduler.plan(NOW)
    assert {a.kind for a in few} >= {"chase", "thank_you", "broken_promise"}
    assert len([a for a in many if a.kind == "thank_you"]) == 200
    assert len(large) == len(small), large


def test_the_digest_issues_the_same_statements_for_10_or_200_debtors(bot):
    add_debtors(bot, 0, 10)
    with counted(bot.store.engine) as small:
        few = bot.reports.digest(NOW)
    add_debtors(bot, 10, 200)
    with counted(bot.store.engine) as large:
        many = bot.reports.digest(NOW)
    assert sum(len(rows) for _, rows, _ in many.aging) == 400  # two open per debtor
    assert len([x for x in many.needs_human if "promise broken" in x.text]) == 200
    assert len(few.needs_human) == 30
    assert len(large) == len(small), large


def test_status_and_debtors_issue_the_same_statements_for_10_or_200_debtors(bot):
    # the kinds and priorities come from a payment history counted set-based, never a
    # statement per debtor
    add_debtors(bot, 0, 10)
    with counted(bot.store.engine) as small:
        few = bot.reports.status(NOW), bot.reports.debtors(NOW)
    add_debtors(bot, 10, 200)
    with counted(bot.store.engine) as large:
        many = bot.reports.status(NOW), bot.reports.debtors(NOW)
    assert (len(few[0]), len(few[1][0])) == (20, 10)
    assert (len(many[0]), len(many[1][0])) == (400, 200)
    assert {r["kind"] for r in many[1][0]} == {"new"}  # one paid invoice each: too little
    assert len(large) == len(small), large


def test_reading_a_reply_issues_the_same_statements_with_10_or_200_invoices(bot):
    def reply(n: int) -> bytes:
        return mail(f"ap@client{n}.test", [AR], f"Re: Invoice C{n}-0",
                    f"Hello,\n\nwe will pay C{n}-0 on Friday.\n", NOW,
                    reply_to=f"<inv-{n}-0@acme.test>")

    add_debtors(bot, 0, 3)
    with counted(bot.store.engine) as small:
        first = bot.inbox.ingest(reply(1), now=NOW)
    add_debtors(bot, 3, 50)
    with counted(bot.store.engine) as large:
        second = bot.inbox.ingest(reply(40), now=NOW)
    assert (first.status, first.kind) == (second.status, second.kind) == (
        "processed", "client_reply")
    assert len(large) == len(small), large


def test_a_tick_plans_what_planning_over_every_invoice_plans(bot):
    """Varied invoices and debtors at several instants: the tick, which reads only what
    can need an action, plans exactly what the policy plans over the whole ledger."""
    rnd = random.Random(3)
    stages = [s.name for s in bot.config.schedule.stages]
    with bot.store.session() as s:
        for n in range(40):
            d = Debtor(name=f"D{n}", timezone=rnd.choice(["Europe/Berlin", "UTC"]),
                       stopped=n % 9 == 0, paused_reason="bounce" if n % 7 == 0 else None,
                       created_at=T0)
            s.add(d)
            s.flush()
            if n % 5:
                s.add(Contact(debtor_id=d.id, email=f"a@d{n}.test", failing=n % 10 == 3))
            if n % 3 == 0:
                s.add(Outbox(action_key=f"chase:x{n}", kind="chase", message_id=f"<x{n}@a>",
                             raw=b"x", debtor_id=d.id, status=rnd.choice(["sent", "failed"]),
                             created_at=T0 - timedelta(days=rnd.randint(0, 9))))
            for k in range(rnd.randint(0, 6)):
                due = NOW.date() + timedelta(days=rnd.randint(-60, 20))
                state = rnd.choice(["open", "open", "partial", "paid", "paid", "disputed",
                                    "written_off"])
                done = rnd.sample([*stages, "thank_you"], rnd.randint(0, len(stages) + 1))
                hold = rnd.choice([None, None, "promise", "away"])
                s.add(Invoice(
                    number=f"V{n}-{k}", debtor_id=d.id, state=state, amount=Decimal(10),
                    currency="EUR", issue_date=due - timedelta(days=30), due_date=due,
                    sent_at=datetime.combine(due - timedelta(days=30), datetime.min.time(),
                                             UTC),
                    seen=rnd.random() < 0.3, stages_done=done, hold_reason=hold,
                    hold_until=(NOW.date() + timedelta(days=rnd.randint(-5, 5))
                                if hold and rnd.random() < 0.8 else None),
                    paid_at=T0 - timedelta(days=rnd.randint(0, 40)) if state == "paid"
                    else None, created_at=T0))
        s.commit()
    instants = [NOW + timedelta(days=d, hours=h)
                for d, h in itertools.product(range(0, 40, 3), (0, 9))]
    for now in instants:
        with bot.store.session() as s:
            views = bot.store.invoice_views(s)  # every invoice the policy could look at
            debtors = bot.store.debtor_views(s)
        expected = []
        for debtor_id in sorted({v.debtor_id for v in views}):
            mine = [v for v in views if v.debtor_id == debtor_id]
            expected += [a for a in plan(mine, {debtor_id: debtors[debtor_id]}, now,
                                         bot.config.schedule) if a.kind != "digest"]
        # staff notices gathered per person and day, as a tick does (nothing queued yet)
        expected = staffmail.gather(expected, {v.id: v for v in views},
                                    bot.config.staff.digest_to,
                                    now.astimezone(bot.config.schedule.tz).date())
        got = [a for a in bot.scheduler.plan(now) if a.kind != "digest"]
        assert got == expected, now
        assert any(a.kind != "skip" for a in got) or now != NOW

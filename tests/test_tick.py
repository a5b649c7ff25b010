"""A tick plans only the debtors whose next-action time has come (mailbot.playbook.due,
kept by mailbot.adapters.due_rows): over simulated weeks of random ledgers, with payments,
promises, holds, pauses, plans, failing contacts and mail sent or failed between ticks,
it plans exactly what planning every debtor plans; and two workers share a tick's
debtors between them, neither planning the other's."""

from __future__ import annotations

import os
import random
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import col, select

from mailbot.adapters.config import parse_config
from mailbot.adapters.models import DUE_NOW, Contact, Debtor, Installment, Invoice, Outbox
from mailbot.adapters.store import Store
from mailbot.app import scheduler as scheduler_module
from mailbot.app.dispatcher import _Outcome
from mailbot.app.services import App
from mailbot.domain.values import DebtorView, InvoiceState, InvoiceView
from mailbot.playbook.calendar import Window
from mailbot.playbook.due import first_open, next_action_at
from mailbot.playbook.schedule import ScheduleConfig
from tests.botenv import AR, AUTHSERV, BANK, BOSS, CONFIG, at

START = at(date(2026, 11, 2), 7, 0)  # a Monday, before the office opens in Berlin
ZONES = ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Auckland", "UTC"]


def make_bot(db_url: str) -> App:
    os.environ.setdefault("MAILBOT_TEST_IMAP_PASSWORD", "x")
    cfg = parse_config(CONFIG.format(ar=AR, imap_port=1, smtp_port=1, db_url=db_url,
                                     boss=BOSS, bank=BANK, authserv=AUTHSERV, idle="false"))
    store = Store(db_url)
    store.migrate()
    return App(cfg, store)


@pytest.fixture
def bot(db_url: str) -> Iterator[App]:
    app = make_bot(db_url)
    try:
        yield app
    finally:
        app.store.close()


# -- a random ledger, and random things happening to it ----------------------------------


def add_debtor(s: Any, rnd: random.Random, n: int, now: datetime) -> Debtor:
    profile = rnd.random()
    d = Debtor(name=f"Client {n}", timezone=rnd.choice(ZONES), created_at=now,
               country=rnd.choice([None, None, "DE", "US", "IN"]),
               business_hours=[8, 12] if profile < 0.15 else None,
               business_days=[1, 3, 5] if 0.15 <= profile < 0.3 else None,
               stopped=rnd.random() < 0.05,
               paused_reason="bounce" if rnd.random() < 0.08 else None)
    s.add(d)
    s.flush()
    if rnd.random() < 0.92:
        s.add(Contact(debtor_id=d.id, email=f"ap{n}@client{n}.test",
                      failing=rnd.random() < 0.05))
    return d


def add_invoice(s: Any, rnd: random.Random, debtor_id: int, n: int, now: datetime) -> Invoice:
    issue = now.date() - timedelta(days=rnd.randint(-5, 70))
    due = issue + timedelta(days=rnd.choice([7, 14, 30]))
    inv = Invoice(number=f"T-{n:05d}", debtor_id=debtor_id, amount=Decimal("300.00"),
                  currency="EUR", issue_date=issue, due_date=due, staff_email=rnd.choice(
                      [None, "rep@acme.test"]),
                  sent_at=datetime.combine(issue, datetime.min.time(), UTC)
                  + timedelta(hours=rnd.randint(6, 20)), seen=rnd.random() < 0.3,
                  created_at=now, stages_done=[])
    r = rnd.random()
    if r < 0.1:
        inv.hold_reason, inv.hold_until = "promise", now.date() + timedelta(days=rnd.randint(-3, 9))
    elif r < 0.15:
        inv.hold_reason, inv.hold_until = "away", now.date() + timedelta(days=rnd.randint(1, 12))
    elif r < 0.2:
        inv.state = "disputed"
    s.add(inv)
    s.flush()
    if rnd.random() < 0.1 and inv.state == "open":  # an installment plan
        first = now.date() + timedelta(days=rnd.randint(-10, 10))
        for k in range(3):
            s.add(Installment(invoice_id=inv.id, seq=k + 1, due_date=first + timedelta(
                days=14 * k), amount=Decimal("100.00"), paid_before=Decimal(0),
                created_at=now))
    return inv


def fill(bot: App, rnd: random.Random, debtors: int) -> None:
    with bot.store.write_session() as s:
        n = 0
        for k in range(debtors):
            d = add_debtor(s, rnd, k, START)
            for _ in range(rnd.randint(1, 4)):
                n += 1
                add_invoice(s, rnd, d.id or 0, n, START)
        s.commit()


def happen(bot: App, rnd: random.Random, now: datetime, serial: list[int]) -> None:
    """One random change, through the store's sessions (as every writer makes them)."""
    what = rnd.choice(["pay", "part", "promise", "away", "dispute", "pause", "resume",
                       "stop", "failing", "invoice", "debtor", "send", "fail", "plan",
                       "nothing", "nothing"])
    if what in ("send", "fail"):
        row = bot.dispatcher.claim(now)  # cancels what no longer applies on the way
        if row is not None:  # its outcome recorded as a flush records its batch's
            outcome = _Outcome(row, now, error="550 no such user" if what == "fail" else None,
                               permanent=what == "fail")
            with bot.store.session() as s:
                bot.dispatcher._write(s, [outcome])
                s.commit()
        return
    with bot.store.write_session() as s:
        invoices = s.exec(select(Invoice).where(col(Invoice.state).in_(
            ("open", "partial")))).all()
        debtors = s.exec(select(Debtor)).all()
        today = now.astimezone(ZoneInfo("Europe/Berlin")).date()
        if what in ("pay", "part", "promise", "away", "dispute", "plan") and invoices:
            inv = rnd.choice(invoices)
            if what == "pay":
                inv.state, inv.paid_amount, inv.paid_at = "paid", inv.amount, now
            elif what == "part":
                inv.state, inv.paid_amount = "partial", Decimal("100.00")
            elif what == "promise":
                inv.hold_reason, inv.hold_until = "promise", today + timedelta(
                    days=rnd.randint(0, 6))
            elif what == "away":
                inv.hold_reason, inv.hold_until = "away", today + timedelta(days=3)
            elif what == "dispute":
                inv.state = "disputed"
            else:  # a new plan replaces the active one (as mailbot.app.installments does)
                for old in s.exec(select(Installment).where(
                        Installment.invoice_id == inv.id, Installment.active == True)):
                    old.active, old.cancelled_at = False, now
                    s.add(old)
                for k in range(2):
                    s.add(Installment(invoice_id=inv.id, seq=k + 1, due_date=today + timedelta(
                        days=5 + 10 * k), amount=(inv.amount - inv.paid_amount) / 2,
                        paid_before=inv.paid_amount, created_at=now))
            s.add(inv)
        elif what in ("pause", "resume", "stop") and debtors:
            d = rnd.choice(debtors)
            if what == "pause":
                d.paused_reason = "client asks: dispute"
            elif what == "resume":
                d.paused_reason = None
            else:
                d.stopped = True
            s.add(d)
        elif what == "failing":
            contacts = s.exec(select(Contact)).all()
            if contacts:
                c = rnd.choice(contacts)
                c.failing = not c.failing
                s.add(c)
        elif what in ("invoice", "debtor"):
            serial[0] += 1
            debtor_id = (add_debtor(s, rnd, 1000 + serial[0], now).id if what == "debtor"
                         else rnd.choice(debtors).id)
            add_invoice(s, rnd, debtor_id or 0, 10_000 + serial[0], now)
        s.commit()


def keys(actions: list[Any]) -> list[str]:
    return sorted(a.key for a in actions if a.kind != "digest")


# -- the guarantee ------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.timeout(400)
@pytest.mark.parametrize("seed", [1, 2])
def test_planning_only_what_is_due_plans_what_planning_everything_plans(bot, seed):
    """Over five simulated weeks (three on PostgreSQL): at every tick, the debtors due by their stored
    next-action time give exactly the actions of planning every debtor, so no reminder,
    notice, task or thank-you is missed or delayed by a tick that reads less."""
    if seed == 2 and bot.store.is_postgres:
        pytest.skip("one seed is enough to show the same on PostgreSQL")
    rnd = random.Random(seed)
    fill(bot, rnd, 14)
    now, serial, acted, skipped_reads = START, [0], 0, 0
    end = START + timedelta(days=21 if bot.store.is_postgres else 35)
    while now < end:
        everything = bot.scheduler.plan(now, whole_ledger=True)
        due = bot.scheduler.plan(now)
        assert keys(due) == keys(everything), now
        with bot.store.session() as s:
            total = len(s.exec(select(Debtor.id)).all())
            waiting = len(s.exec(select(Debtor.id).where(
                col(Debtor.next_action_at) > now)).all())
        skipped_reads += waiting
        report = bot.scheduler.enqueue(now)
        acted += len(report.queued)
        for _ in range(rnd.choice([0, 0, 1, 2])):
            happen(bot, rnd, now + timedelta(minutes=1), serial)
        # ticks at odd instants, and at the hours windows open and close
        now += rnd.choice([timedelta(minutes=5), timedelta(hours=1), timedelta(hours=3),
                           timedelta(hours=7, minutes=rnd.randint(0, 59))])
    assert acted > 30  # the weeks did send mail
    assert skipped_reads > 0
    assert total > 14


def test_a_write_makes_its_debtor_due_again(bot):
    rnd = random.Random(3)
    fill(bot, rnd, 3)
    bot.scheduler.enqueue(START)
    with bot.store.session() as s:
        d = s.exec(select(Debtor).where(col(Debtor.next_action_at) > START)).first()
        assert d is not None
        version = d.plan_version
    with bot.store.write_session() as s:
        inv = s.exec(select(Invoice).where(Invoice.debtor_id == d.id)).first()
        assert inv is not None
        inv.seen = not inv.seen
        s.add(inv)
        s.commit()
    with bot.store.session() as s:
        again = s.get(Debtor, d.id)
        assert again is not None
        assert again.next_action_at == DUE_NOW
        assert again.plan_version == version + 1


def test_a_cancelled_chaser_makes_its_debtor_due_again(bot):
    """The dispatcher cancels by a bulk UPDATE, not through the ORM: it marks the debtor
    itself (a cancelled chaser no longer holds the gap between chasers)."""
    rnd = random.Random(4)
    fill(bot, rnd, 1)
    with bot.store.write_session() as s:
        debtor = s.exec(select(Debtor)).one()
        debtor.stopped = True  # its queued mail is cancelled before it goes
        s.add(debtor)
        s.add(Outbox(action_key="chase:x", kind="chase", message_id="<x@acme>",
                     recipients=["ap0@client0.test"], raw=b"x", debtor_id=debtor.id,
                     created_at=START))
        s.commit()
    with bot.store.session() as s:  # as a tick would leave it
        bot.scheduler.enqueue(START)
        s.exec(select(Debtor)).one()
    with bot.store.session() as s:
        s.execute(Debtor.__table__.update().values(  # type: ignore[attr-defined]
            next_action_at=START + timedelta(days=30)))
        s.commit()
    assert bot.dispatcher.claim(START) is None  # cancelled on the way
    with bot.store.session() as s:
        assert s.exec(select(Debtor)).one().next_action_at == DUE_NOW


# -- the pure function ----------------------------------------------------------------------


def view(due: date, **kw: Any) -> InvoiceView:
    base: dict[str, Any] = {
        "id": 1, "number": "A-1", "debtor_id": 1, "state": InvoiceState.OPEN, "amount": Decimal(100),
        "paid_amount": Decimal(0), "currency": "EUR", "issue_date": due - timedelta(days=30),
        "due_date": due, "sent_at": datetime.combine(due - timedelta(days=30),
                                               datetime.min.time(), UTC),
        "seen": True, "hold_until": None, "hold_reason": None,
        "stages_done": frozenset({"receipt_check"})}
    base.update(kw)
    return InvoiceView(**base)


def debtor(**kw: Any) -> DebtorView:
    base: dict[str, Any] = {"id": 1, "name": "D", "contacts": ("ap@d.test",), "language": "en",
                                "timezone": "America/New_York", "stopped": False,
                                "paused_reason": None, "last_chaser_at": None}
    base.update(kw)
    return DebtorView(**base)


SCHEDULE = ScheduleConfig(timezone="Europe/Berlin")


def test_the_next_action_is_the_pre_due_note_when_the_debtors_office_opens():
    now = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)  # Monday
    # due Friday the 13th: pre_due on Tuesday the 10th, 09:00 in New York (14:00 UTC)
    got = next_action_at([view(date(2026, 11, 13))], debtor(), now, SCHEDULE, {})
    assert got == datetime(2026, 11, 10, 14, 0, tzinfo=UTC)


def test_a_chaser_gap_and_the_weekly_limit_push_the_next_action():
    now = datetime(2026, 11, 16, 15, 0, tzinfo=UTC)  # Monday, New York open
    late = view(date(2026, 11, 8), stages_done=frozenset(
        {"receipt_check", "pre_due", "past_due_5", "late_week_notice"}))
    sent = now - timedelta(days=3)
    got = next_action_at([late], debtor(last_chaser_at=sent, messages_7d=2), now,
                         SCHEDULE, {}, recent_mail=[sent, sent - timedelta(hours=1)])
    assert got == sent + timedelta(days=7)  # Thursday 15:00 UTC, New York open


def test_a_broken_promise_acts_at_midnight_without_waiting_for_office_hours():
    now = datetime(2026, 11, 16, 15, 0, tzinfo=UTC)
    held = view(date(2026, 11, 8), hold_reason="promise", hold_until=date(2026, 11, 20))
    got = next_action_at([held], debtor(), now, SCHEDULE, {})
    assert got == datetime(2026, 11, 21, 5, 0, tzinfo=UTC)  # midnight in New York


def test_nothing_open_means_no_next_action():
    now = datetime(2026, 11, 16, 15, 0, tzinfo=UTC)
    done = view(date(2026, 11, 8), state=InvoiceState.DISPUTED)
    assert next_action_at([done], debtor(), now, SCHEDULE, {}) is None


def test_first_open_skips_weekends_holidays_and_closed_hours():
    w = Window("Europe/Berlin", (9, 17), (1, 2, 3, 4, 5), "DE")
    fri_evening = datetime(2026, 12, 24, 18, 0, tzinfo=UTC)  # Thursday, holidays follow
    got = first_open(fri_evening, fri_evening + timedelta(days=30), w)
    assert got == datetime(2026, 12, 28, 8, 0, tzinfo=UTC)  # Monday 09:00 in Berlin
    assert first_open(fri_evening, fri_evening + timedelta(days=1), w) is None


# -- two workers --------------------------------------------------------------------------


def test_two_workers_share_a_ticks_debtors_and_never_plan_the_same_one(db_url, monkeypatch):
    """Two workers (threads, each with its own engine) run the same tick: each claims its
    own batches of due debtors; together they plan every due debtor once, both take part,
    and every reminder is queued once."""
    first, second = make_bot(db_url), make_bot(db_url)
    try:
        rnd = random.Random(5)
        fill(first, rnd, 40)
        now = START + timedelta(days=1, hours=3)  # Tuesday 10:00 in Berlin
        with first.store.session() as s:
            due = set(s.exec(select(Debtor.id)).all())
        monkeypatch.setattr(scheduler_module, "BATCH", 4)
        seen: dict[str, list[int]] = {"first": [], "second": []}
        real = Store.debtor_views
        names = threading.local()

        def recording(self: Store, s: Any, ids: Any = None, now: Any = None) -> Any:
            if getattr(names, "who", None) and not getattr(names, "acting", False):
                seen[names.who] += list(set(ids or ()))  # what it plans, not re-checks
            return real(self, s, ids, now)

        real_carry_out = scheduler_module.Scheduler._carry_out

        def carry_out(self: Any, *args: Any, **kwargs: Any) -> Any:
            names.acting = True  # re-checking its own action's debtor under the lock
            try:
                return real_carry_out(self, *args, **kwargs)
            finally:
                names.acting = False

        monkeypatch.setattr(Store, "debtor_views", recording)
        monkeypatch.setattr(scheduler_module.Scheduler, "_carry_out", carry_out)
        results: dict[str, Any] = {}

        def run(who: str, bot: App) -> None:
            names.who = who
            try:
                results[who] = bot.scheduler.enqueue(now)
            except Exception as e:  # noqa: BLE001 - shown by the assertion below
                results[who] = e

        threads = [threading.Thread(target=run, args=(w, b))
                   for w, b in (("first", first), ("second", second))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert not any(isinstance(r, Exception) for r in results.values()), results
        # the debtors each worker planned, never the other's
        a, b = set(seen["first"]), set(seen["second"])
        assert a, "the first worker planned nothing"
        assert b, "the second worker planned nothing"
        assert not a & b, a & b
        assert a | b == due
        with first.store.session() as s:
            queued = s.exec(select(Outbox.action_key)).all()
        assert len(queued) == len(set(queued)) > 10
    finally:
        first.store.close()
        second.store.close()

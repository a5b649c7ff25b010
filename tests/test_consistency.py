"""State that never loses an update, a scheduler that re-checks what it planned and keeps
one debtor's failure to itself, and an inbox that one message can never stop. On SQLite
and PostgreSQL both (the `db_url` fixture), with separate engines for separate workers."""

from __future__ import annotations

import email.policy
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from email import message_from_bytes

import pytest
from sqlmodel import col, select

from mailbot.adapters.config import parse_config
from mailbot.adapters.models import Debtor, Event, Invoice, MailMessage, Outbox
from mailbot.adapters.store import Store
from mailbot.app import ingest, staff
from mailbot.app.scheduler import Planned
from mailbot.app.services import App
from mailbot.domain import ledger
from mailbot.domain.values import Action
from tests.botenv import (
    AR,
    AUTHSERV,
    BANK,
    BOB,
    BOSS,
    CAROL,
    CONFIG,
    Runner,
    action_keys,
    at,
    invoice_mail,
    mail,
    make_config,
    payment_mail,
)

DAY = date(2026, 11, 2)  # a Monday
ALICE = "alice@umbrella.test"


def offline_config(db_url: str):
    """The test configuration without mail servers: these tests drive the services directly."""
    return parse_config(CONFIG.format(ar=AR, imap_port=1, smtp_port=1, db_url=db_url,
                                      boss=BOSS, bank=BANK, authserv=AUTHSERV, idle="false"))


@pytest.fixture
def bots(db_url) -> Iterator[Callable[[], App]]:
    """Bots on one database, each with its own engine (like the daemon and a CLI run)."""
    made: list[Store] = []

    def make() -> App:
        store = Store(db_url)
        if not made:
            store.migrate()
        made.append(store)
        return App(offline_config(db_url), store)

    yield make
    for store in made:
        store.close()


def invoice(bot: App, number: str) -> Invoice:
    with bot.store.session() as s:
        row = s.exec(select(Invoice).where(Invoice.number == number)).one()
        return row


def events(bot: App, kind: str) -> list[Event]:
    with bot.store.session() as s:
        return list(s.exec(select(Event).where(Event.kind == kind).order_by(col(Event.id))))


def register(bot: App, number: str, to: str = BOB, amount: str = "1,000.00",
             terms: str = "Payment terms: net 14 days", when=None) -> None:
    r = bot.inbox.ingest(invoice_mail(number, to, amount, terms, when or at(DAY, 10)),
                   now=when or at(DAY, 10))
    assert r.kind == "invoice_copy", r
    assert not r.needs_human, r


@pytest.fixture
def slow_ledger(monkeypatch):
    """Widen the window between reading an invoice and writing it back, as a busy machine
    would: without a lock, both writers read the same balance."""
    real = ledger.apply_payment

    def slow(*args, **kwargs):
        time.sleep(0.3)
        return real(*args, **kwargs)

    monkeypatch.setattr(ledger, "apply_payment", slow)


def together(*jobs: Callable[[], object]) -> list[object]:
    """Run `jobs` in threads that start at the same instant; re-raise what they raise."""
    start = threading.Barrier(len(jobs))
    results: list[object] = [None] * len(jobs)
    errors: list[BaseException] = []

    def run(i: int, job: Callable[[], object]) -> None:
        try:
            start.wait(timeout=10)
            results[i] = job()
        except BaseException as e:  # noqa: BLE001 - re-raised by the test thread
            errors.append(e)

    threads = [threading.Thread(target=run, args=(i, j)) for i, j in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=90)
    assert not errors, errors
    return results


# -- 1. concurrent payments never lose an update ---------------------------------------


def test_two_bank_notices_at_once_both_count(bots, slow_ledger):
    daemon, other = bots(), bots()
    for n in range(3):
        number = f"INV-C{n}"
        register(daemon, number)
        when = at(DAY + timedelta(days=1), 9, n)
        first = payment_mail(number, "300.00", when)
        second = payment_mail(number, "200.00", when + timedelta(seconds=1))
        together(lambda: daemon.inbox.ingest(first, now=when),  # noqa: B023 (called at once)
                 lambda: other.inbox.ingest(second, now=when))  # noqa: B023
        inv = invoice(daemon, number)
        assert (inv.paid_amount, inv.state) == (Decimal("500.00"), "partial"), number
    assert len(events(daemon, "payment_partial")) == 6


def test_staff_paid_and_a_bank_notice_at_once_both_count(bots, slow_ledger):
    daemon, cli = bots(), bots()
    for n in range(3):
        number = f"INV-S{n}"
        register(daemon, number)
        when = at(DAY + timedelta(days=1), 9, n)
        notice = payment_mail(number, "300.00", when)
        together(lambda: daemon.inbox.ingest(notice, now=when),  # noqa: B023 (called at once)
                 lambda: staff.record_payment(cli.store, number,  # noqa: B023
                                              Decimal("200.00"), when, "anna"))  # noqa: B023
        inv = invoice(daemon, number)
        assert (inv.paid_amount, inv.state) == (Decimal("500.00"), "partial"), number


def test_two_workers_marking_stages_of_one_invoice_keep_both(bots, monkeypatch):
    # two daemons on one database carry out the client reminder and the staff notice of
    # the same invoice at the same time: each adds its stage to the invoice
    first, second = bots(), bots()
    register(first, "INV-M1")
    tick = at(DAY + timedelta(days=22), 10)  # due + 8: a reminder and a note to staff
    planned = {a.kind: a for a in first.scheduler.plan(tick)}
    assert {"chase", "staff_notice"} <= set(planned)
    for bot, kind in ((first, "chase"), (second, "staff_notice")):
        monkeypatch.setattr(bot.scheduler, "plan_debtors", as_planned([planned[kind]]))
        real = bot.scheduler._queue_mail

        def slow_queue(*args, real=real, **kwargs):
            time.sleep(0.3)
            return real(*args, **kwargs)

        monkeypatch.setattr(bot.scheduler, "_queue_mail", slow_queue)
    together(lambda: first.scheduler.enqueue(tick), lambda: second.scheduler.enqueue(tick))
    inv = invoice(first, "INV-M1")
    assert {"past_due_8", "late_week_notice"} <= set(inv.stages_done), inv.stages_done
    with first.store.session() as s:
        assert len(s.exec(select(Outbox)).all()) == 2


def as_planned(actions: list[Action]) -> Callable[..., Planned]:
    """A stand-in for Scheduler.plan_debtors: a tick's batch plans `actions` (and the
    scheduler's second look, for next-action times, nothing)."""
    return lambda now, ids, *, digest, gather=True: Planned(
        actions=list(actions) if digest else [])


# -- 2. the scheduler re-checks each action when it carries it out --------------------


@pytest.mark.parametrize("change", ["payment", "stopped", "paused", "hold"])
def test_a_planned_reminder_is_dropped_when_things_changed_meanwhile(bots, monkeypatch, change):
    bot = bots()
    register(bot, "INV-R1")
    tick = at(DAY + timedelta(days=3), 10)
    planned = bot.scheduler.plan(tick)
    assert [a.kind for a in planned if a.kind == "chase"] == ["chase"]
    if change == "payment":
        bot.inbox.ingest(payment_mail("INV-R1", "1,000.00", tick - timedelta(minutes=1)), now=tick)
    else:
        with bot.store.session() as s:
            inv = s.exec(select(Invoice).where(Invoice.number == "INV-R1")).one()
            debtor = s.get(Debtor, inv.debtor_id)
            if change == "stopped":
                debtor.stopped = True
            elif change == "paused":
                debtor.paused_reason = "client asks: payment_details"
            else:
                inv.hold_reason, inv.hold_until = "promise", DAY + timedelta(days=20)
            s.add_all([inv, debtor])
            s.commit()
    # as planned before the change
    monkeypatch.setattr(bot.scheduler, "plan_debtors", as_planned(planned))
    report = bot.scheduler.enqueue(tick)
    assert [o.kind for o in report.queued if o.kind == "chase"] == []
    with bot.store.session() as s:
        assert s.exec(select(Outbox).where(Outbox.kind == "chase")).all() == []
        inv = s.exec(select(Invoice).where(Invoice.number == "INV-R1")).one()
        assert "receipt_check" not in inv.stages_done


# -- 3. one action's failure stays with its debtor ------------------------------------


def test_a_debtor_with_a_bad_time_zone_does_not_stop_the_others(bots):
    bot = bots()
    register(bot, "INV-901", to=BOB)
    register(bot, "INV-902", to=CAROL)
    with bot.store.session() as s:
        bad = s.get(Debtor, invoice(bot, "INV-901").debtor_id)
        bad.timezone = "Mars/Olympus_Mons"
        s.add(bad)
        s.commit()
    chased: list[str] = []
    for day in (3, 11):  # receipt check, then pre-due reminder
        report = bot.scheduler.enqueue(at(DAY + timedelta(days=day), 10))
        chased += [o.action_key for o in report.queued if o.kind == "chase"]
        assert "Mars/Olympus_Mons" in " ".join(report.failed_actions)
    ok = invoice(bot, "INV-902").id
    assert chased == [f"chase:{ok}.receipt_check", f"chase:{ok}.pre_due"]
    failures = events(bot, "action_failed")
    assert failures
    assert failures[0].debtor_id == bad.id
    # visible to people: in `mailbot status` and in the digest
    shown = bot.reports.failures(at(DAY + timedelta(days=11), 11))
    assert any("Mars/Olympus_Mons" in f["error"] and f["debtor"] == bad.name for f in shown)
    digest = bot.reports.digest(at(DAY + timedelta(days=11), 12))
    assert any("Mars/Olympus_Mons" in line.detail for line in digest.needs_human)


def test_an_action_that_raises_does_not_stop_the_others(bots, monkeypatch):
    bot = bots()
    register(bot, "INV-X1", to=BOB)
    register(bot, "INV-X2", to=CAROL)
    broken = invoice(bot, "INV-X1").debtor_id
    real = bot.scheduler._queue_mail

    def flaky(s, action, invoices, now):
        if action.debtor_id == broken:
            raise RuntimeError("template exploded")
        return real(s, action, invoices, now)

    monkeypatch.setattr(bot.scheduler, "_queue_mail", flaky)
    tick = at(DAY + timedelta(days=3), 10)
    report = bot.scheduler.enqueue(tick)
    assert [o.debtor_id for o in report.queued if o.kind == "chase"] == [
        invoice(bot, "INV-X2").debtor_id]
    assert any("template exploded" in e for e in report.failed_actions)
    assert "receipt_check" not in invoice(bot, "INV-X1").stages_done  # nothing half-done
    (failure,) = events(bot, "action_failed")
    assert failure.debtor_id == broken
    assert "template exploded" in failure.detail["error"]
    bot.scheduler.enqueue(tick + timedelta(minutes=5))  # the same failure again: not a new event
    assert len(events(bot, "action_failed")) == 1


def test_status_lists_failures(bots, tmp_path, db_url):
    import subprocess
    import sys

    bot = bots()
    register(bot, "INV-F1")
    with bot.store.session() as s:
        d = s.get(Debtor, invoice(bot, "INV-F1").debtor_id)
        d.timezone = "Nowhere/Land"
        s.add(d)
        s.commit()
    bot.scheduler.enqueue(at(DAY + timedelta(days=3), 10))
    config = tmp_path / "config.toml"
    config.write_text(CONFIG.format(ar=AR, imap_port=1, smtp_port=1, db_url=db_url, boss=BOSS,
                                    bank=BANK, authserv=AUTHSERV, idle="false"))
    proc = subprocess.run([sys.executable, "-m", "mailbot", "status", "--config", str(config),
                           "--now", (DAY + timedelta(days=3)).isoformat() + "T11:00"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "Nowhere/Land" in proc.stdout


# -- 4. one message can never stop ingest ---------------------------------------------


def nul_subject(when) -> bytes:
    raw = mail(BOB, [AR], "placeholder", "Hello, a question about our invoice.\nBob", when)
    return raw.replace(b"Subject: placeholder", b"Subject: =?iso-8859-1?q?Re=3A_=00_hi?=")


def nul_sender(when) -> bytes:
    raw = mail(BOB, [AR], "A question", "Hello, a question.\nBob", when)
    return raw.replace(f"From: {BOB}".encode(), b"From: =?iso-8859-1?q?B=00b?= <" +
                       BOB.encode() + b">")


@pytest.mark.parametrize("poison", [nul_subject, nul_sender])
def test_a_nul_header_is_quarantined_and_the_next_message_read(dovecot, smtp_sink, db_url,
                                                              poison):
    r = Runner.open(make_config(dovecot, smtp_sink, db_url))
    try:
        bad = poison(at(DAY, 10, 1))
        dovecot.append("ar", invoice_mail("INV-P1", BOB, "100.00", "net 30", at(DAY, 10)))
        dovecot.append("ar", bad)
        dovecot.append("ar", invoice_mail("INV-P2", CAROL, "200.00", "net 30", at(DAY, 10, 2)))
        results = r.sync(at(DAY, 11))
        assert [x.status for x in results] == ["processed", "quarantined", "processed"]
        with r.bot.store.session() as s:
            rows = list(s.exec(select(MailMessage).where(MailMessage.direction == "in")
                               .order_by(col(MailMessage.id))))
            assert len(rows) == 3
            quarantined = dovecot.fetch_all("ar", "mailbot/quarantine")
            assert quarantined == [rows[1].raw]
            assert rows[1].needs_human
            assert b"=?iso-8859-1?q?" in rows[1].raw  # as it came, byte for byte
            assert "NUL" in (rows[1].quarantine_reason or "")
            assert "\x00" not in rows[1].subject + (rows[1].from_addr or "")
            numbers = sorted(i.number for i in s.exec(select(Invoice)))
        assert numbers == ["INV-P1", "INV-P2"]
        assert len(dovecot.fetch_all("ar", "mailbot/processed")) == 2
        assert r.sync(at(DAY, 12)) == []  # and it is not read again
    finally:
        r.close()


@pytest.mark.parametrize("failure", ["refused", "recursion"])
def test_a_message_the_database_refuses_is_kept_as_raw_bytes(bots, monkeypatch, failure):
    bot = bots()

    real = ingest.classification_json  # type: ignore[attr-defined]  # patched where ingest looks
    calls = []

    def bad_json(c):
        calls.append(c)
        if len(calls) == 2:  # the second message
            if failure == "recursion":
                raise RecursionError("maximum recursion depth exceeded")
            return {"x": {1, 2}}  # not JSON: the database driver refuses it at flush
        return real(c)

    monkeypatch.setattr(ingest, "classification_json", bad_json)
    raws = [mail(BOB, [AR], "Hello", "first", at(DAY, 9)),
            mail(BOB, [AR], "Poison pill", "Poison", at(DAY, 9, 1)),
            mail(BOB, [AR], "Hello again", "third", at(DAY, 9, 2))]
    results = [bot.inbox.ingest(raw, now=at(DAY, 10), folder="INBOX", uidvalidity=7, uid=n + 1)
               for n, raw in enumerate(raws)]
    assert [x.status for x in results] == ["processed", "quarantined", "processed"]
    with bot.store.session() as s:
        rows = list(s.exec(select(MailMessage).order_by(col(MailMessage.id))))
    assert [m.raw for m in rows] == raws
    assert rows[1].quarantine_reason
    assert rows[1].needs_human
    assert rows[1].uid == 2
    again = bot.inbox.ingest(raws[1], now=at(DAY, 11), folder="INBOX", uidvalidity=7, uid=2)
    assert again.status == "duplicate"


# -- 5. money facts: one end-to-end run ------------------------------------------------


def notice(body: str, when) -> bytes:
    return mail(BANK, [AR], "Incoming payment", body, when)


def actions_to(dovecot, user: str, db_url: str) -> list[str]:
    return action_keys(db_url, dovecot.fetch_all(user))


def test_money_facts_end_to_end(dovecot, smtp_sink, db_url):
    r = Runner.open(make_config(dovecot, smtp_sink, db_url))
    try:
        d = lambda n: DAY + timedelta(days=n)
        for raw in (
            invoice_mail("INV-A1", BOB, "1,000.00", "Payment terms: net 14 days", at(d(0), 10)),
            invoice_mail("INV-A2", BOB, "500.00", "Payment terms: net 30 days", at(d(0), 10, 1)),
            invoice_mail("INV-T1", ALICE, "300.00", "Payment terms: net 14 days",
                         at(d(0), 10, 2)),
            invoice_mail("INV-D1", CAROL, "1,000.00",
                         "Payment terms: 2% discount if paid within 10 days, net 30 days",
                         at(d(0), 10, 3)),
            invoice_mail("INV-O1", CAROL, "100.00", "Payment terms: net 14 days",
                         at(d(0), 10, 4)),
        ):
            dovecot.append("ar", raw)
        r.sync(at(d(0), 11))
        # INV-A1 is due first, but the notice names INV-A2 first: INV-A2 is paid in full,
        # and as the split is the bot's guess, a person is asked to check it
        dovecot.append("ar", notice("Credit transfer received\nAmount: EUR 700.00\n"
                                    "Reference: INV-A2 INV-A1\nValue date: 10.11.2026\n",
                                    at(d(8), 8)))
        # paid on the due day (16 Nov) by value date; the notice arrives two days later
        dovecot.append("ar", notice("Credit transfer received\nAmount: EUR 300.00\n"
                                    "Reference: INV-T1\nValue date: 16.11.2026\n",
                                    at(d(16), 8)))
        # Carol takes her 2 % within the 10 days; and pays 120.00 for a 100.00 invoice
        dovecot.append("ar", notice("Credit transfer received\nAmount: EUR 980.00\n"
                                    "Reference: INV-D1\nValue date: 09.11.2026\n", at(d(7), 8)))
        dovecot.append("ar", notice("Credit transfer received\nAmount: EUR 120.00\n"
                                    "Reference: INV-O1\nValue date: 09.11.2026\n", at(d(7), 9)))
        results = r.sync(at(d(16), 9))
        assert [x.status for x in results] == ["processed"] * 4
        a1, a2 = invoice(r.bot, "INV-A1"), invoice(r.bot, "INV-A2")
        assert (a2.state, a2.paid_amount) == ("paid", Decimal("500.00"))
        assert (a1.state, a1.paid_amount) == ("partial", Decimal("200.00"))
        t1 = invoice(r.bot, "INV-T1")
        assert t1.state == "paid"
        assert t1.paid_at.astimezone(r.config.schedule.tz).date() == date(2026, 11, 16)
        d1 = invoice(r.bot, "INV-D1")
        assert (d1.discount_percent, d1.discount_days) == (Decimal(2), 10)
        assert d1.state == "paid"
        assert d1.paid_amount == Decimal("980.00")
        o1 = invoice(r.bot, "INV-O1")
        assert (o1.state, o1.paid_amount) == ("paid", Decimal("100.00"))
        assert [x.needs_human for x in results] == [True, False, False, True]
        assert "check the split" in results[0].reason
        assert "20.00" in results[3].reason
        (excess,) = events(r.bot, "overpayment")
        assert excess.detail["amount"] == "20.00"

        r.tick(at(d(16), 10))
        alice = [message_from_bytes(raw, policy=email.policy.default)
                 for raw in dovecot.fetch_all("alice")]
        assert action_keys(db_url, dovecot.fetch_all("alice")) == [f"thank_you:{t1.id}"]
        assert all(m["X-Mailbot-Action"] is None for m in alice)  # no internal key to clients
        assert "right on time" in alice[0].get_body(("plain",)).get_content()
        assert f"thank_you:{a2.id}" in actions_to(dovecot, "bob", db_url)
        for n in range(17, 45):
            r.tick(at(d(n), 10))
        # Carol is thanked for both and never chased for the 20.00 of her discount
        assert sorted(actions_to(dovecot, "carol", db_url)) == sorted(
            [f"thank_you:{d1.id}", f"thank_you:{o1.id}"])
    finally:
        r.close()


def test_who_sent_a_message_is_checked_once_per_message(bots, monkeypatch):
    """The readers and the appliers both need the sender's authentication: ingest checks
    it once and hands the verdict to both."""
    from mailbot.reading import classify as classify_module
    from mailbot.reading import trust

    bot = bots()
    calls = []
    real = trust.verify

    def counted(msg, policy):
        calls.append(msg.message_id)
        return real(msg, policy)

    monkeypatch.setattr(ingest, "verify", counted)
    monkeypatch.setattr(classify_module, "verify", counted)
    register(bot, "INV-V1")
    before = len(calls)
    r = bot.inbox.ingest(payment_mail("INV-V1", "1,000.00", at(DAY, 9)), now=at(DAY, 10))
    assert r.kind == "payment_confirmation", r
    assert not r.needs_human, r
    assert len(calls) - before == 1

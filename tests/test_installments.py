"""Installment plans: the pure rules alone and over simulated time, then on the real
servers (`mailbot installments`, every letter stating the balance and the installment
due next, each installment reminded on its own day, a missed one a staff task)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlmodel import select

from mailbot.adapters.models import Event, Installment, Invoice, Task
from mailbot.app import tasks
from mailbot.domain.values import DebtorView, InvoiceState, InvoiceView
from mailbot.playbook import installments as rules
from mailbot.playbook.schedule import ScheduleConfig
from tests.botenv import BOB, Runner, at, invoice_mail, make_config, write_config
from tests.test_money_letters import bank_notice, letters

D = Decimal
SCHEDULE = ScheduleConfig()


# ------------------------------------------------------------------ the rules alone

def test_amounts_and_intervals_are_read():
    assert rules.parse_amounts("3x500") == [D(500)] * 3
    assert rules.parse_amounts("500+500+250.50") == [D(500), D(500), D("250.50")]
    assert rules.due_dates(date(2027, 1, 31), 3, "monthly") == [
        date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31)]
    assert rules.due_dates(date(2027, 1, 15), 3, "weekly") == [
        date(2027, 1, 15), date(2027, 1, 22), date(2027, 1, 29)]
    assert rules.due_dates(date(2027, 1, 15), 2, "10d") == [date(2027, 1, 15),
                                                          date(2027, 1, 25)]
    with pytest.raises(rules.PlanError, match="unknown interval"):
        rules.due_dates(date(2027, 1, 15), 2, "sometimes")
    with pytest.raises(rules.PlanError, match="cannot read"):
        rules.parse_amounts("three times 500")


def test_a_plan_must_add_up_to_the_open_balance():
    dates = rules.due_dates(date(2027, 1, 15), 3, "monthly")
    cent = D("0.01")
    with pytest.raises(rules.PlanError, match=r"add up to 1200, the open balance is 1500.00 "
                                              r"\(300.00 short\)"):
        rules.make_plan(1, [D(400)] * 3, dates, D("1500.00"), D(0), cent)
    with pytest.raises(rules.PlanError, match=r"100\.00 too much"):
        rules.make_plan(1, [D(400), D(400), D(800)], dates, D("1500.00"), D(0), cent)
    with pytest.raises(rules.PlanError, match="more decimals"):
        rules.make_plan(1, [D("500.001"), D(500), D("499.999")], dates, D("1500.00"), D(0), cent)
    plan = rules.make_plan(1, [D(500)] * 3, dates, D("1500.00"), D(0), cent)
    assert [i.due_date for i in plan.installments] == dates


def test_payments_fill_the_installments_in_order():
    plan = rules.make_plan(1, [D(500)] * 3, rules.due_dates(date(2027, 1, 15), 3, "monthly"),
                           D(1500), D(200), D("0.01"))  # 200 had been paid before the plan
    assert [(s.paid, s.remaining) for s in rules.states(plan, D(200))] == [
        (D(0), D(500)), (D(0), D(500)), (D(0), D(500))]
    assert [(s.paid, s.remaining) for s in rules.states(plan, D(900))] == [
        (D(500), D(0)), (D(200), D(300)), (D(0), D(500))]
    nxt = rules.next_due(plan, D(900))
    assert nxt is not None
    assert (nxt.installment.seq, nxt.remaining) == (2, D(300))
    assert rules.next_due(plan, D(1700)) is None


def _view(paid: Decimal = Decimal(0), done: frozenset[str] = frozenset()) -> InvoiceView:
    return InvoiceView(
        id=7, number="INV-7", debtor_id=1, state=InvoiceState.PARTIAL if paid else
        InvoiceState.OPEN, amount=D(1500), paid_amount=paid, currency="EUR",
        issue_date=date(2026, 11, 2), due_date=date(2026, 11, 16),
        sent_at=datetime(2026, 11, 2, 10, tzinfo=UTC), seen=False, hold_until=None,
        hold_reason=None, stages_done=done)


def test_each_installment_gets_its_own_reminders_over_simulated_time():
    """Every day from the invoice to the end of the plan: the invoice's own due date
    brings no reminder; each installment gets its pre-due note and, when missed, its
    past-due notes and one staff task; the receipt check goes once per invoice."""
    plan = rules.make_plan(7, [D(500)] * 3, rules.due_dates(date(2026, 12, 15), 3, "monthly"),
                           D(1500), D(0), D("0.01"))
    debtor = DebtorView(id=1, name="Bob", contacts=("bob@x.test",), language="en",
                        timezone="UTC", stopped=False, paused_reason=None, last_chaser_at=None)
    inv = _view()
    payments = {date(2026, 12, 15): D(500), date(2027, 3, 1): D(1000)}  # the 2nd is missed
    log: list[tuple[date, str, tuple[str, ...]]] = []
    day = date(2026, 11, 3)
    while day <= date(2027, 3, 20):
        if day in payments:
            paid = inv.paid_amount + payments[day]
            inv = replace(inv, paid_amount=paid, state=InvoiceState.PAID if paid >= inv.amount
                          else InvoiceState.PARTIAL, paid_at=datetime.combine(
                              day, datetime.min.time(), UTC) if paid >= inv.amount else None)
        now = datetime(day.year, day.month, day.day, 10, tzinfo=UTC)
        for a in rules.planned([inv], {1: debtor}, now, SCHEDULE, {7: plan},
                               digest_sent_for=day):
            names = tuple(s for _, s in (*a.stages, *a.skipped))
            log.append((day, a.kind, names))
            inv = replace(inv, stages_done=inv.stages_done | set(names))
            if a.kind == "chase":
                debtor = replace(debtor, last_chaser_at=now)
        day += timedelta(days=1)
    sent = [(d, names) for d, kind, names in log if kind == "chase"]
    assert sent[0] == (date(2026, 11, 5), ("receipt_check",))
    # nothing about the invoice's own due date (16 Nov); the first installment's pre-due
    # note on Saturday 12 Dec waits for Monday
    assert sent[1] == (date(2026, 12, 14), ("pre_due@1",))
    assert (date(2027, 1, 12), ("pre_due@2",)) in sent
    assert [d for d, names in sent if "past_due_5@2" in names] == [date(2027, 1, 20)]
    assert not [n for _, names in sent for n in names if n.endswith("@1") and "past" in n]
    missed = [(d, names) for d, kind, names in log if kind == "task"]
    assert missed == [(date(2027, 1, 18), ("missed@2",))]  # after two days' grace
    assert not [x for x in log if x[1] == "staff_notice"]
    thanks = [(d, names) for d, kind, names in log if kind == "thank_you"]
    assert thanks == [(date(2027, 3, 1), ("thank_you",))]
    # the third installment, paid with the second before its day, needs no reminder
    assert not [n for _, names in sent for n in names if n.endswith("@3")]


def test_a_held_invoice_opens_no_missed_installment_task():
    plan = rules.make_plan(7, [D(500)] * 3, rules.due_dates(date(2026, 12, 15), 3, "monthly"),
                           D(1500), D(0), D("0.01"))
    debtor = DebtorView(id=1, name="Bob", contacts=("bob@x.test",), language="en",
                        timezone="UTC", stopped=False, paused_reason=None, last_chaser_at=None)
    late = datetime(2026, 12, 21, 10, tzinfo=UTC)

    def tasks_for(inv: InvoiceView) -> list[str]:
        return [a.key for a in rules.planned([inv], {1: debtor}, late, SCHEDULE, {7: plan},
                                             digest_sent_for=late.date()) if a.kind == "task"]

    assert tasks_for(_view()) == ["installment_missed:7:1"]
    promised = replace(_view(), hold_reason="promise", hold_until=date(2026, 12, 23))
    assert tasks_for(promised) == []


def test_no_late_fee_is_stated_while_the_plan_is_kept_to():
    from mailbot.adapters.models import Invoice as Row
    from mailbot.app.scheduler import money_context

    row = Row(number="INV-7", debtor_id=1, amount=D("1500.00"), paid_amount=D("500.00"),
              currency="EUR", issue_date=date(2026, 11, 2), due_date=date(2026, 11, 16),
              late_fee="1% per month", sent_at=datetime(2026, 11, 2, tzinfo=UTC),
              created_at=datetime(2026, 11, 2, tzinfo=UTC))
    plan = rules.make_plan(7, [D(500)] * 3, rules.due_dates(date(2026, 12, 15), 3, "monthly"),
                           D("1500.00"), D(0), D("0.01"))
    kept = money_context(row, date(2027, 1, 10), plan)
    assert kept["late_fees"] == []
    assert kept["next_installment"]["due_date"] == date(2027, 1, 15)
    missed = money_context(row, date(2027, 1, 20), plan)
    assert [f.kind for f in missed["late_fees"]] == ["interest"]
    assert money_context(row, date(2027, 1, 10), None)["late_fees"]


# ------------------------------------------------------------------ on the real servers

DAY = date(2026, 11, 2)  # a Monday


def cli(config, *args: str, ok: bool = True) -> str:
    proc = subprocess.run([sys.executable, "-m", "mailbot", *args, "--config", str(config)],
                          capture_output=True, text=True, timeout=60, check=False)
    assert (proc.returncode == 0) == ok, proc.stderr + proc.stdout
    return proc.stdout + proc.stderr


@pytest.mark.slow
@pytest.mark.timeout(600)  # a simulation of weeks: minutes on a loaded machine
def test_a_plan_set_by_staff_is_chased_installment_by_installment(
        dovecot, smtp_sink, db_url, tmp_path):
    config = write_config(tmp_path / "config.toml", dovecot, smtp_sink, db_url)
    runner = Runner.open(make_config(dovecot, smtp_sink, db_url))
    try:
        dovecot.append("ar", invoice_mail("INV-1", BOB, "1,500.00", "net 14", at(DAY, 10)))
        runner.sync(at(DAY, 11))
        # the amounts must add up to the open balance, or the command says what is wrong
        wrong = cli(config, "installments", "INV-1", "3x400", "monthly", "--from",
                    "2026-12-15", ok=False)
        assert "add up to 1200, the open balance is 1500.00 (300.00 short)" in wrong
        assert "unknown interval" in cli(config, "installments", "INV-1", "3x500", "yearly",
                                         "--from", "2026-12-15", ok=False)
        listing = cli(config, "installments", "INV-1", "3x500", "monthly", "--from",
                      "2026-12-15", "--now", "2026-11-03T10:00", "--by", "anna")
        assert "2027-01-15" in listing
        assert "3 installment(s) set" in listing
        for n in range(1, 85):
            day = DAY + timedelta(days=n)
            if day == date(2026, 12, 15):  # the first installment, on its day
                dovecot.append("ar", bank_notice("INV-1", "500.00", day, at(day, 8)))
            if day == date(2027, 1, 22):  # the rest, after the second was missed
                dovecot.append("ar", bank_notice("INV-1", "1,000.00", day, at(day, 8)))
            runner.step(at(day, 10))
            if day == date(2027, 1, 19):
                missed = [t for t in tasks.open_tasks(runner.bot.store)
                          if t.kind == "installment_missed"]
                assert len(missed) == 1, missed
                assert missed[0].invoice == "INV-1"
                assert "installment 2 of INV-1" in missed[0].summary
                assert "due on 2027-01-15" in missed[0].summary
        got = letters(dovecot, "bob")
        days = [(d, m["Subject"]) for d, m, _ in got]
        # the receipt check, then nothing about the invoice's own due date (16 Nov): the
        # first note is the first installment's pre-due note (Sat 12 Dec -> Mon 14 Dec)
        assert days[0][0] == date(2026, 11, 5)
        assert days[1][0] == date(2026, 12, 14), days
        first = got[1][2]
        assert ("Installment plan: installment 1 of 3, €500.00, is due on December 15, 2026; "
                "balance €1,500.00.") in first
        # the second installment's own pre-due note states what came and what is next
        (second,) = [t for d, _, t in got if d == date(2027, 1, 12)]
        assert ("Received so far: €500.00 (last payment on December 15, 2026), thank you; "
                "remaining: €1,000.00.") in second
        assert ("installment 2 of 3, €500.00, is due on January 15, 2027; balance €1,000.00"
                in second)
        (late,) = [t for d, _, t in got if d == date(2027, 1, 20)]  # +5 of the second
        assert "installment 2 of 3, €500.00, is due on January 15, 2027" in late
        # paid in full on the 22nd: a thank-you, the missed installment's task is moot
        assert "Thank you" in got[-1][1]["Subject"]
        assert not [t for t in tasks.open_tasks(runner.bot.store)
                    if t.kind == "installment_missed"]
        assert not [d for d, _, _ in got if date(2026, 11, 6) <= d <= date(2026, 12, 13)]
        with runner.bot.store.session() as s:
            task = s.exec(select(Task).where(Task.kind == "installment_missed")).one()
            assert task.state == "resolved"
            assert s.exec(select(Event).where(Event.kind == "plan_set")).one().cause == \
                "staff anna"
        # a plan can be cancelled; twice is an error
        assert "plan cancelled" in cli(config, "installments", "INV-1", "--cancel")
        assert "has no installment plan" in cli(config, "installments", "INV-1", "--cancel",
                                                ok=False)
        with runner.bot.store.session() as s:
            assert not s.exec(select(Installment).where(Installment.active == True)).all()
            assert s.exec(select(Invoice)).one().state == "paid"
    finally:
        runner.close()


def test_the_forecast_follows_the_installments():
    """`mailbot plan` simulates the same rules: an invoice under a plan is forecast
    installment by installment, not by its own due date."""
    from mailbot.playbook.forecast import forecast

    plan = rules.make_plan(7, [D(500)] * 3, rules.due_dates(date(2026, 12, 15), 3, "monthly"),
                           D(1500), D(0), D("0.01"))
    debtor = DebtorView(id=1, name="Bob", contacts=("bob@x.test",), language="en",
                        timezone="UTC", stopped=False, paused_reason=None, last_chaser_at=None)
    inv = _view(done=frozenset({"receipt_check"}))
    now = datetime(2026, 11, 10, 8, tzinfo=UTC)
    chased = [s for s in forecast([inv], debtor, now, SCHEDULE, days=60, plans={7: plan})
              if s.kind == "chase"]
    # the first installment's pre-due note (Saturday 12 Dec waits for Monday)
    assert chased[0].at.date() == date(2026, 12, 14), chased
    assert "pre_due@1" in chased[0].reason, chased[0]
    without = [s.at.date() for s in forecast([inv], debtor, now, SCHEDULE, days=60)
               if s.kind == "chase"]
    assert without[0] == date(2026, 11, 13)  # the invoice's own pre-due note

"""A payment a little short (bank charges kept back, a rounding) on the real servers: the
rest is not chased by mail on its own; the invoice is held and staff get one task, to
write the rest off or chase it. A payment short by more is chased for its rest as before."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from email import message_from_bytes, policy

import pytest
from sqlmodel import select

from mailbot.adapters.models import Invoice
from mailbot.app import tasks
from mailbot.domain import ledger
from mailbot.reading.commands import parse_lines
from tests.botenv import BOB, Runner, at, invoice_mail, make_config, payment_mail

DAY = date(2026, 11, 2)  # a Monday; INV-1 (1,000.00 EUR, net 14) is due on the 16th
CHASE = at(DAY + timedelta(days=11), 10)  # a Friday: the rest of a partial payment is chased


@pytest.mark.parametrize(("amount", "rest", "percent", "limit", "small"), [
    ("1000.00", "10.00", "1", None, True),    # 1 % of the amount
    ("1000.00", "10.01", "1", None, False),
    ("1000.00", "15.00", "5", "20.00", True),  # within both
    ("1000.00", "25.00", "5", "20.00", False),  # beyond the currency's limit
    ("50.00", "20.00", "5", "25.00", False),   # within the limit, but 40 % of the invoice
    ("1000.00", "0.00", "1", "20.00", False),  # nothing left: paid, not short
    ("1000.00", "5.00", "0", None, False),     # turned off
])
def test_little_left_open_is_a_short_payment(amount, rest, percent, limit, small):
    assert ledger.short_by_little(Decimal(amount), Decimal(rest), Decimal(percent),
                                  Decimal(limit) if limit else None) is small


@pytest.fixture
def runner(dovecot, smtp_sink, db_url):
    r = Runner.open(make_config(dovecot, smtp_sink, db_url,
                                extra='\n[payments.short_by]\nEUR = "20.00"\n'))
    dovecot.append("ar", invoice_mail("INV-1", BOB, "1,000.00", "net 14", at(DAY, 10)))
    r.sync(at(DAY, 11))
    yield r
    r.close()


def invoice(r: Runner) -> Invoice:
    with r.bot.store.session() as s:
        return s.exec(select(Invoice)).one()


def to_bob(sink, since: int = 0) -> list[str]:
    return [str(message_from_bytes(m.data, policy=policy.default)["Subject"])
            for m in sink.messages[since:] if BOB in m.rcpt_tos]


def run(r: Runner, line: str, when):
    [done] = r.bot.commands.run_lines(parse_lines([line], when.date()), when, "staff@acme.test")
    assert done.done, done.said
    return done.said


def test_a_payment_short_by_bank_charges_holds_the_rest_for_a_person(runner, dovecot,
                                                                   smtp_sink):
    dovecot.append("ar", payment_mail("INV-1", "990.00", at(DAY, 12)))
    runner.sync(at(DAY, 13))
    inv = invoice(runner)
    assert (inv.state, inv.amount - inv.paid_amount) == ("partial", Decimal("10.00"))
    assert inv.hold_reason == "short_paid"
    [task] = [t for t in tasks.open_tasks(runner.bot.store) if t.kind == "short_paid"]
    assert "10.00" in task.summary
    assert "INV-1" in task.summary
    assert "writeoff INV-1" in task.summary
    assert "resume INV-1" in task.summary
    sent = len(smtp_sink.messages)
    for n in range(3, 25, 3):  # three weeks past the due date: no mail for 10.00
        runner.tick(at(DAY + timedelta(days=n), 10))
    assert to_bob(smtp_sink, sent) == []
    # the person writes the rest off: nothing left to chase, the task is done with it
    said = run(runner, "writeoff INV-1", CHASE)
    assert "10.00" in said
    assert invoice(runner).state == "written_off"
    assert [t for t in tasks.open_tasks(runner.bot.store) if t.kind == "short_paid"] == []


def test_staff_can_chase_the_rest_of_a_short_payment(runner, dovecot, smtp_sink):
    dovecot.append("ar", payment_mail("INV-1", "995.00", at(DAY, 12)))
    runner.sync(at(DAY, 13))
    assert invoice(runner).hold_reason == "short_paid"
    run(runner, "resume INV-1", at(DAY + timedelta(days=10), 9))
    assert invoice(runner).hold_reason is None
    assert [t for t in tasks.open_tasks(runner.bot.store) if t.kind == "short_paid"] == []
    sent = len(smtp_sink.messages)
    runner.tick(CHASE)
    assert len(to_bob(smtp_sink, sent)) == 1  # the rest (5.00) is chased again


def test_the_rest_paid_later_settles_the_task(runner, dovecot):
    dovecot.append("ar", payment_mail("INV-1", "991.00", at(DAY, 12)))
    runner.sync(at(DAY, 13))
    dovecot.append("ar", payment_mail("INV-1", "9.00", at(DAY + timedelta(days=1), 12)))
    runner.sync(at(DAY + timedelta(days=1), 13))
    inv = invoice(runner)
    assert (inv.state, inv.hold_reason) == ("paid", None)
    assert [t for t in tasks.open_tasks(runner.bot.store) if t.kind == "short_paid"] == []


def test_a_payment_short_by_more_is_chased_for_its_rest(runner, dovecot, smtp_sink):
    dovecot.append("ar", payment_mail("INV-1", "980.00", at(DAY, 12)))  # 20.00 open: 2 %
    runner.sync(at(DAY, 13))
    inv = invoice(runner)
    assert (inv.state, inv.hold_reason) == ("partial", None)
    assert [t for t in tasks.open_tasks(runner.bot.store) if t.kind == "short_paid"] == []
    sent = len(smtp_sink.messages)
    runner.tick(CHASE)
    assert len(to_bob(smtp_sink, sent)) == 1


def test_staff_recording_a_short_payment_hold_the_rest_too(runner):
    said = run(runner, "paid INV-1 992", at(DAY, 15))
    assert "8.00" in said
    inv = invoice(runner)
    assert (inv.state, inv.hold_reason) == ("partial", "short_paid")

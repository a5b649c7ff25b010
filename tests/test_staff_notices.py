"""Staff notices (the +8 "rep told" notice, the call task at +30) are gathered: one mail
per staff person per day, in the company's business hours, never one mail per invoice,
and still at most once per notice. Simulated days against Dovecot and the SMTP sink."""

from __future__ import annotations

from datetime import date, timedelta
from email import message_from_bytes, policy

import pytest
from sqlmodel import select

from mailbot.adapters.models import Invoice, Outbox
from tests.botenv import AR, BOB, CAROL, STAFF, TZ, Runner, at, mail, make_config

SENT = date(2026, 11, 2)  # a Monday; net 14: due Monday 16 November; +8: Tuesday 24th
CLIENTS = {"INV-701": BOB, "INV-702": CAROL, "INV-703": "dave@hooli.test",
           "INV-704": "erin@umbrella.test"}


def invoice(number: str, to: str, amount: str, when) -> bytes:
    body = (f"Hello,\n\nplease find attached invoice {number}.\n\nInvoice number: {number}\n"
            f"Total amount due: EUR {amount}\nPayment terms: net 14\n\nKind regards\nStaff\n")
    return mail(STAFF, [to], f"Invoice {number}", body, when, cc=[AR])


def staff_mail(dovecot) -> list[tuple[date, int, str, str]]:
    """(local date, hour, subject, text) of each mail staff received."""
    out = []
    for raw in dovecot.fetch_all("staff"):
        m = message_from_bytes(raw, policy=policy.default)
        when = m["Date"].datetime.astimezone(TZ)
        text = m.get_body(preferencelist=("plain",)).get_content()
        out.append((when.date(), when.hour, str(m["Subject"]), " ".join(text.split())))
    return out


@pytest.mark.slow
def test_one_mail_per_staff_person_per_day_lists_every_notice(dovecot, smtp_sink, db_url):
    runner = Runner.open(make_config(dovecot, smtp_sink, db_url))
    try:
        for n, (number, to) in enumerate(CLIENTS.items()):
            dovecot.append("ar", invoice(number, to, f"{n + 1}00.00", at(SENT, 10, n)))
        runner.sync(at(SENT, 11))
        # every other hour of every day for 46 days, some instants twice, as the daemon ticks
        for n in range(1, 47):
            day = SENT + timedelta(days=n)
            for hh in range(0, 24, 2):
                runner.tick(at(day, hh, 0))
                if hh == 10:
                    again = runner.tick(at(day, hh, 0))
                    assert not [o for o in again.queued if o.kind == "staff_notice"]
        got = staff_mail(dovecot)
        days = [d for d, _, _, _ in got]
        assert len(days) == len(set(days)), got  # never two mails to a person in one day
        assert all(9 <= hh < 17 and d.isoweekday() <= 5 for d, hh, _, _ in got), got
        late = [g for g in got if g[0] == date(2026, 11, 24)]
        calls = [g for g in got if g[0] == date(2026, 12, 16)]  # due + 30
        assert len(late) == 1, got
        assert len(calls) == 1, got
        for _, _, subject, text in (*late, *calls):
            for number in CLIENTS:  # every invoice listed, in the one mail
                assert number in text, (number, text)
            assert "[mailbot] 4 invoices" in subject, subject
        assert "days late" in late[0][3]
        assert "call" in calls[0][3].lower()
        assert len(got) == 2, got
        # each notice at most once: its stage is done, and no other mail went to staff
        with runner.bot.store.session() as s:
            for inv in s.exec(select(Invoice)):
                assert {"late_week_notice", "phone_call_task"} <= set(inv.stages_done)
            rows = s.exec(select(Outbox).where(Outbox.kind == "staff_notice")).all()
        assert len(rows) == 2
        assert all(r.recipients == [STAFF] for r in rows)
    finally:
        runner.close()


def test_a_notice_falling_due_after_todays_mail_waits_for_the_next_business_day(
        dovecot, smtp_sink, sqlite_url):
    """A rep already told today is not written to again today: the next notice comes
    the next business day, gathered with whatever else is due then."""
    runner = Runner.open(make_config(dovecot, smtp_sink, sqlite_url))
    try:
        dovecot.append("ar", invoice("INV-801", BOB, "100.00", at(SENT, 10)))
        runner.sync(at(SENT, 11))
        runner.tick(at(date(2026, 11, 24), 10))  # +8: the notice of INV-801
        # a late invoice copy arrives at noon: its +8 notice is due at once
        old = SENT - timedelta(days=3)
        dovecot.append("ar", invoice("INV-802", CAROL, "200.00", at(old, 10)))
        runner.sync(at(date(2026, 11, 24), 12))
        for hh in (12, 14, 16):
            runner.tick(at(date(2026, 11, 24), hh))
        assert [g[0] for g in staff_mail(dovecot)] == [date(2026, 11, 24)]
        runner.tick(at(date(2026, 11, 25), 9, 5))
        got = staff_mail(dovecot)
        assert [g[0] for g in got] == [date(2026, 11, 24), date(2026, 11, 25)], got
        assert "INV-801" in got[0][3]
        assert "INV-802" not in got[0][3]
        assert "INV-802" in got[1][3]
        assert "INV-801" not in got[1][3]
    finally:
        runner.close()


def test_the_notices_of_one_tick_are_one_mail_however_many_batches_it_plans(
        dovecot, smtp_sink, sqlite_url, monkeypatch):
    """A large ledger's tick plans its due debtors a batch at a time. The notices a rep is
    owed at one tick come in one mail that day, whichever batches their debtors fell in,
    not one batch's today and the rest on later days."""
    from mailbot.app import scheduler

    monkeypatch.setattr(scheduler, "BATCH", 1)  # each debtor a batch of its own
    runner = Runner.open(make_config(dovecot, smtp_sink, sqlite_url))
    try:
        for n, (number, to) in enumerate(CLIENTS.items()):
            dovecot.append("ar", invoice(number, to, f"{n + 1}00.00", at(SENT, 10, n)))
        runner.sync(at(SENT, 11))
        late = date(2026, 11, 24)  # +8: every invoice's "rep told" notice
        runner.tick(at(late, 10))
        got = [g for g in staff_mail(dovecot) if g[0] == late]
        assert len(got) == 1, got
        for number in CLIENTS:
            assert number in got[0][3], (number, got)
        with runner.bot.store.session() as s:
            assert all("late_week_notice" in inv.stages_done for inv in s.exec(select(Invoice)))
        runner.tick(at(late, 12))  # nothing left over for a later tick or day
        assert len(staff_mail(dovecot)) == 1
    finally:
        runner.close()

"""Stages to the end, statements and the ladder, over simulated time on the real servers:
a debtor long past due is never left silent; each later step is a staff task with a
drafted letter that only `mailbot approve` sends, once; a debtor with several open
invoices gets one statement per window listing them all; staff notices say only what
the client was actually sent."""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
import threading
from datetime import date, datetime, timedelta
from decimal import Decimal
from email import message_from_bytes, policy
from email.utils import parsedate_to_datetime

import pytest
from sqlmodel import col, select

from mailbot.adapters.models import Debtor, Event, Invoice, Outbox, Task
from mailbot.app import tasks
from mailbot.domain.money import format_money
from tests.botenv import (
    BOB,
    STAFF,
    TZ,
    Runner,
    at,
    invoice_mail,
    mail,
    make_config,
    write_config,
)

DAY = date(2026, 11, 2)  # a Monday; INV-1 net 14 is due on 16 November
DUE = DAY + timedelta(days=14)


def letters(dovecot, user: str = "bob") -> list[tuple[date, str, str]]:
    """(day, subject, plain text) of every mail `user` received, oldest first."""
    out = []
    for raw in dovecot.fetch_all(user):
        m = message_from_bytes(raw, policy=policy.default)
        body = m.get_body(preferencelist=("plain",)).get_content()
        out.append((parsedate_to_datetime(m["Date"]).astimezone(TZ).date(), str(m["Subject"]),
                    body))
    return out


def ladder_tasks(runner: Runner) -> dict[str, Task]:
    with runner.bot.store.session() as s:
        return {t.detail["stage"]: t for t in s.exec(select(Task).where(Task.kind == "escalation"))}


@pytest.mark.slow
@pytest.mark.timeout(600)  # a simulation of weeks: minutes on a loaded machine
def test_a_debtor_105_days_late_hears_from_us_and_the_ladder_waits_for_approval(
        dovecot, smtp_sink, db_url):
    runner = Runner.open(make_config(dovecot, smtp_sink, db_url))
    try:
        dovecot.append("ar", invoice_mail("INV-1", BOB, "1,500.00", "net 14", at(DAY, 10)))
        runner.sync(at(DAY, 11))
        for n in range(1, 14 + 106):
            runner.tick(at(DAY + timedelta(days=n), 10))
        got = letters(dovecot)
        late = [(d - DUE).days for d, _, _ in got]
        # the +30 and +45 notes (on their day or the next business day) ...
        for stage in (30, 45):
            assert any(stage <= x <= stage + 3 for x in late), (stage, late)
        # ... and after the last one a statement every 14 days: never silent for longer
        after = [x for x in late if x >= 45]
        gaps = [b - a for a, b in zip([45, *after], [*after, 105], strict=True)]
        assert max(gaps) <= 14 + 2, late
        assert len(after) >= 5, late
        # consecutive mails to one debtor never say the same thing
        bodies = [b for _, _, b in got]
        assert all(a != b for a, b in itertools.pairwise(bodies))
        # the later notes ask when payment will come
        assert all("when we can expect" in b for d, _, b in got if (d - DUE).days >= 8)

        # the ladder: a task on its day, none of it sent
        opened = ladder_tasks(runner)
        assert {k: (v.created_at.astimezone(TZ).date() - DUE).days for k, v in opened.items()} \
            == {"installment_offer": 60, "credit_hold": 75, "demand_letter": 90,
                "collection_agency": 105}
        subjects = " | ".join(s for _, s, _ in got)
        for word in ("installments", "Formal request", "collection", "hold", "settle"):
            assert word not in subjects, subjects
        digest = " ".join(f"{x.text} {x.detail} `{x.command}`" for x in runner.bot.reports.digest(
            at(DUE + timedelta(days=105), 18)).needs_human)
        assert "offer an installment plan" in digest, digest
        assert re.search(r"`approve \d+`", digest), digest

        # approved: the letter goes out in the debtor's language, once, however often
        # and however many people approve it
        from mailbot.app import ladder  # imported here: what comes before runs without it

        with runner.bot.store.session() as s:
            debtor = s.exec(select(Debtor)).one()
            debtor.language = "de"
            s.add(debtor)
            s.commit()
        now = at(DUE + timedelta(days=106), 10)  # a Wednesday
        offer = opened["installment_offer"].id
        first = ladder.approve(runner.bot.store, runner.bot.scheduler, offer, now, "anna")
        again = ladder.approve(runner.bot.store, runner.bot.scheduler, offer, now, "ben")
        assert (first.outcome, again.outcome) == ("queued", "already approved")
        demand = opened["demand_letter"].id
        results: list[str] = []

        def approve_demand() -> None:
            results.append(ladder.approve(runner.bot.store, runner.bot.scheduler, demand,
                                          now, "carl").outcome)

        both = [threading.Thread(target=approve_demand) for _ in range(2)]
        for t in both:
            t.start()
        for t in both:
            t.join()
        assert sorted(results) == ["already approved", "queued"], results
        runner.tick(now)
        runner.tick(now + timedelta(hours=1))
        new = letters(dovecot)[len(got):]
        assert sorted(s for _, s, _ in new) == ["Rechnung INV-1: Zahlung in Raten",
                                                "Zahlungsaufforderung: Rechnung INV-1"], new
        demand_text = next(b for _, s, b in new if s.startswith("Zahlungsaufforderung"))
        assert demand_text.index("Trotz unserer") > 0  # the greeting comes first
        assert format_money(Decimal("1500.00"), "EUR", "de") in demand_text
        assert "bis zum" in demand_text  # the day staff's approval gives to answer by
        for invented in ("Zinsen", "Gebühr", "Anwalt", "Gericht", "Mahngebühr"):
            assert invented not in demand_text
        with runner.bot.store.session() as s:
            assert s.exec(select(Task).where(Task.id == offer)).one().state == "done"
            assert len(s.exec(select(Outbox).where(Outbox.kind == "ladder")).all()) == 2
    finally:
        runner.close()


def cli(config, *args: str) -> str:
    proc = subprocess.run([sys.executable, "-m", "mailbot", *args, "--config", str(config)],
                          capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.mark.slow
@pytest.mark.timeout(600)  # a simulation of weeks: minutes on a loaded machine
def test_a_write_off_or_a_payment_ends_the_ladder_without_a_letter(dovecot, smtp_sink, db_url,
                                                                   tmp_path):
    from mailbot.app import ladder

    config = write_config(tmp_path / "config.toml", dovecot, smtp_sink, db_url)
    runner = Runner.open(make_config(dovecot, smtp_sink, db_url))
    bot = runner.bot
    try:
        for number in ("INV-7", "INV-8"):
            dovecot.append("ar", invoice_mail(number, BOB, "800.00", "net 14", at(DAY, 10)))
        runner.sync(at(DAY, 11))
        late = at(DUE + timedelta(days=151), 10)  # a Tuesday: every step is due at once
        runner.tick(late)
        steps = {(t.invoice, t.detail["stage"]): t.id for t in tasks.open_tasks(bot.store)
                 if t.kind == "escalation"}
        assert {s for _, s in steps} == {"installment_offer", "credit_hold", "demand_letter",
                                        "collection_agency", "settlement_offer", "write_off"}
        before = len(dovecot.fetch_all("bob"))

        # staff may read a drafted letter first: nothing changes, nothing is queued
        when = "--now", "2027-04-16T10:00"
        shown = cli(config, "approve", str(steps[("INV-7", "settlement_offer")]), "--show",
                    "--amount", "600", *when)
        assert "Subject: Invoice INV-7: a proposal to settle" in shown, shown
        assert "we are prepared to accept €600.00 in full settlement" in " ".join(shown.split())
        # write-off: the invoice leaves the ledger's open list; nothing is sent
        done = cli(config, "approve", str(steps[("INV-7", "write_off")]), "--by", "anna", *when)
        assert "(INV-7): written off" in done, done
        with bot.store.session() as s:
            inv7 = s.exec(select(Invoice).where(Invoice.number == "INV-7")).one()
            assert inv7.state == "written_off"
            assert s.exec(select(Event).where(Event.kind == "written_off")).one().cause \
                == "staff anna"
            assert not s.exec(select(Outbox).where(Outbox.kind == "ladder")).all()
            # its other steps are moot
            assert not s.exec(select(Task).where(Task.invoice_id == inv7.id,
                                                 Task.state == "open")).all()

        # paid meanwhile (under the lock the approval re-reads the invoice): nothing sent
        with bot.store.session() as s:
            inv8 = s.exec(select(Invoice).where(Invoice.number == "INV-8")).one()
            inv8.state, inv8.paid_amount = "paid", inv8.amount
            s.add(inv8)
            s.commit()
        with pytest.raises(ladder.NotApprovable, match="INV-8 is paid"):
            ladder.approve(bot.store, bot.scheduler, steps[("INV-8", "settlement_offer")],
                           late, "anna", amount=Decimal("600.00"))
        with bot.store.session() as s:
            assert not s.exec(select(Outbox).where(Outbox.kind == "ladder")).all()
        for n in range(1, 30):
            runner.tick(late + timedelta(days=n))
        assert all("INV-7" not in s for _, s, b in letters(dovecot)[before:])
        assert len(dovecot.fetch_all("bob")) <= before + 1  # INV-8's thank-you at most
    finally:
        runner.close()


def usd_invoice_mail(number: str, amount: str, when: datetime) -> bytes:
    body = (f"Hello,\n\nplease find attached invoice {number}.\n\nInvoice number: {number}\n"
            f"Total amount due: USD {amount}\nnet 14\n\nKind regards\nStaff\n")
    return mail(STAFF, [BOB], f"Invoice {number}", body, when, cc=["ar@acme.test"])


def test_three_open_invoices_make_one_statement_per_window_listing_them_all(
        dovecot, smtp_sink, db_url):
    runner = Runner.open(make_config(dovecot, smtp_sink, db_url))
    try:
        dovecot.append("ar", invoice_mail("INV-101", BOB, "1,000.00", "net 14", at(DAY, 10)))
        dovecot.append("ar", invoice_mail("INV-102", BOB, "500.00", "net 14",
                                          at(DAY + timedelta(days=2), 10)))
        dovecot.append("ar", usd_invoice_mail("INV-103", "700.00", at(DAY + timedelta(days=4), 10)))
        runner.sync(at(DAY + timedelta(days=4), 11))
        for n in range(1, 45):
            runner.tick(at(DAY + timedelta(days=n), 10))
        got = letters(dovecot)
        days = [d for d, _, _ in got]
        assert all((b - a).days >= 7 for a, b in itertools.pairwise(days)), days
        assert len(got) >= 4, days
        eur = format_money(Decimal("1500.00"), "EUR", "en")
        usd = format_money(Decimal("700.00"), "USD", "en")
        for d, _subject, body in got:
            if d > DAY + timedelta(days=4):
                for number in ("INV-101", "INV-102", "INV-103"):
                    assert f"Invoice {number}:" in body, (d, body)
                assert f"Total: {eur}, {usd}" in body, (d, body)
        # each invoice with its own standing, and the question once one is 8 days late
        assert any("not yet due" in b and "past due" in b for _, _, b in got)
        asked = [d for d, _, b in got if "when we can expect" in b]
        assert asked
        assert min(asked) >= DUE + timedelta(days=8)
        bodies = [b for _, _, b in got]
        assert all(a != b for a, b in itertools.pairwise(bodies))
        # every stage due for the listed invoices is done: none goes out again alone
        with runner.bot.store.session() as s:
            for inv in s.exec(select(Invoice)):
                assert "past_due_15" in inv.stages_done, (inv.number, inv.stages_done)
        # the staff notice at +8 says what the client was actually sent
        with runner.bot.store.session() as s:
            notice = s.exec(select(Outbox).where(col(Outbox.action_key).startswith("staff:"),
                                                 col(Outbox.subject).contains("INV-101"))).first()
        assert notice is not None
        text = message_from_bytes(notice.raw, policy=policy.default).get_body(
            preferencelist=("plain",)).get_content()
        assert "The client was asked on" in text or "was last reminded on" in text, text
    finally:
        runner.close()


def test_the_late_notice_says_nothing_was_sent_to_a_paused_client(dovecot, smtp_sink,
                                                                   sqlite_url):
    runner = Runner.open(make_config(dovecot, smtp_sink, sqlite_url))
    try:
        dovecot.append("ar", invoice_mail("INV-55", BOB, "400.00", "net 14", at(DAY, 10)))
        runner.sync(at(DAY, 11))
        with runner.bot.store.session() as s:
            debtor = s.exec(select(Debtor)).one()
            debtor.paused_reason = "client reply needs a human"
            s.add(debtor)
            s.commit()
        for n in range(1, 24):
            runner.tick(at(DAY + timedelta(days=n), 10))
        assert not letters(dovecot)
        with runner.bot.store.session() as s:
            notice = s.exec(select(Outbox).where(Outbox.kind == "staff_notice")).one()
        text = message_from_bytes(notice.raw, policy=policy.default).get_body(
            preferencelist=("plain",)).get_content()
        assert "has been asked" not in text, text
        assert "was asked" not in text, text
        assert "No reminder about it has gone to the client yet (chasing is paused: " \
            "client reply needs a human)" in " ".join(text.split()), text
    finally:
        runner.close()

"""The staff task list on the real servers: a broken promise and a call stay listed in
every digest until a person marks them done or a payment makes them moot; an overpayment
becomes a task; opening a task twice is one task."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from email import message_from_bytes

import pytest
from sqlmodel import select

from mailbot.adapters.models import Event, Task
from mailbot.app import tasks
from mailbot.domain.tasks import TaskKind
from mailbot.errors import MailbotError
from tests.botenv import (
    AR,
    BOB,
    Runner,
    at,
    invoice_mail,
    mail,
    make_config,
    payment_mail,
    write_config,
)

DAY = date(2026, 11, 2)  # a Monday


def cli(config, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, "-m", "mailbot", *args, "--config", str(config)],
                          capture_output=True, text=True, timeout=60, check=False)
    assert (proc.returncode == 0) == ok, proc.stderr
    return proc


def needs(runner: Runner, when) -> list[str]:
    return [f"{x.text} {x.detail}" for x in runner.bot.reports.digest(when).needs_human]


def promised_and_broken(dovecot, runner: Runner) -> None:
    """INV-1 sent 2 Nov, net 14 (due 16 Nov); Bob answers the pre-due note of 13 Nov with
    a promise for 20 Nov, broken on the 23rd (two days' grace)."""
    dovecot.append("ar", invoice_mail("INV-1", BOB, "1,000.00", "net 14", at(DAY, 10)))
    runner.sync(at(DAY, 11))
    for n in range(1, 23):
        runner.step(at(DAY + timedelta(days=n), 10))
        if n == 12:
            last = message_from_bytes(dovecot.fetch_all("bob")[-1])
            dovecot.append("ar", mail(BOB, [AR], "Re: " + last["Subject"],
                                      "Hello, we will pay on 20 November 2026.\nBob",
                                      at(DAY + timedelta(days=n), 11),
                                      reply_to=last["Message-ID"]))
            runner.sync(at(DAY + timedelta(days=n), 12))


@pytest.mark.slow
@pytest.mark.timeout(600)  # a simulation of weeks: minutes on a loaded machine
def test_a_broken_promise_stays_on_the_list_until_a_person_marks_it_done(
        dovecot, smtp_sink, db_url, tmp_path):
    config = write_config(tmp_path / "config.toml", dovecot, smtp_sink, db_url)
    runner = Runner.open(make_config(dovecot, smtp_sink, db_url))
    try:
        promised_and_broken(dovecot, runner)
        # still listed days later
        for n in (23, 24, 27):
            runner.step(at(DAY + timedelta(days=n), 10))
            listed = [x for x in needs(runner, at(DAY + timedelta(days=n), 18))
                      if "promise broken" in x]
            assert len(listed) == 1, (n, listed)
        assert "INV-1" in listed[0]
        assert "no further credit" in listed[0]
        listing = cli(config, "tasks").stdout
        assert "promise broken" in listing, listing
        assert "INV-1" in listing, listing
        task_id = int(listing.split()[0])

        assert "1 task(s) done" in cli(config, "done", str(task_id), "--note", "called Bob",
                                       "--now", "2026-11-30T10:00", "--by", "anna").stdout
        assert not [x for x in needs(runner, at(DAY + timedelta(days=29), 18))
                    if "promise broken" in x]
        assert "0 open task(s)" in cli(config, "tasks").stdout
        # done once is done: a second close is an error, not a silent no-op
        again = cli(config, "done", str(task_id), ok=False)
        assert "cannot become done" in again.stderr + again.stdout
        with runner.bot.store.session() as s:
            closed = s.exec(select(Event).where(Event.kind == "task_closed")).one()
            assert closed.cause == "staff anna"
            assert closed.detail["resolution"] == "called Bob"
    finally:
        runner.close()


def test_a_call_task_is_kept_until_the_invoice_is_paid(dovecot, smtp_sink, sqlite_url):
    runner = Runner.open(make_config(dovecot, smtp_sink, sqlite_url))
    try:
        dovecot.append("ar", invoice_mail("INV-2", BOB, "500.00", "net 14", at(DAY, 10)))
        runner.sync(at(DAY, 11))
        due = DAY + timedelta(days=14)
        for n in range(1, 50):
            runner.tick(at(DAY + timedelta(days=n), 10))
        day = due + timedelta(days=35)
        calls = [x for x in needs(runner, at(day, 18)) if x.startswith("[task")
                 and "call" in x]
        assert len(calls) == 1, calls
        assert "INV-2" in calls[0]
        assert "500" in calls[0]
        dovecot.append("ar", payment_mail("INV-2", "500.00", at(day, 11)))
        runner.sync(at(day, 12))
        assert not [x for x in needs(runner, at(day, 18)) if "[task" in x]
        with runner.bot.store.session() as s:
            task = s.exec(select(Task)).one()
            assert task.state == "resolved"
            assert task.resolution.startswith("settled")
    finally:
        runner.close()


def test_an_overpayment_becomes_a_task(dovecot, smtp_sink, sqlite_url):
    runner = Runner.open(make_config(dovecot, smtp_sink, sqlite_url))
    try:
        dovecot.append("ar", invoice_mail("INV-3", BOB, "300.00", "net 14", at(DAY, 10)))
        runner.sync(at(DAY, 11))
        dovecot.append("ar", payment_mail("INV-3", "330.00", at(DAY + timedelta(days=3), 9)))
        runner.sync(at(DAY + timedelta(days=3), 10))
        open_ = tasks.open_tasks(runner.bot.store)
        assert [(t.kind, t.invoice) for t in open_] == [("overpayment", "INV-3")]
        assert "30.00 EUR more than INV-3 owed" in open_[0].summary
    finally:
        runner.close()


def test_opening_the_same_task_twice_is_one_task(db_url):
    from datetime import datetime

    from mailbot.adapters.store import Store
    from tests.botenv import TZ

    store = Store(db_url)
    store.migrate()
    now = datetime(2026, 11, 2, 10, tzinfo=TZ)
    try:
        for _ in range(2):
            with store.write_session() as s:
                tasks.open_task(store, s, now, "call:x", TaskKind.CALL, summary="call")
                s.commit()
        assert len(tasks.open_tasks(store)) == 1
        with pytest.raises(MailbotError):
            tasks.close(store, [999], now, "anna")
    finally:
        store.close()

"""New mail does the work it concerns, not a whole tick: ingest names the debtors a
message touched, the scheduler plans and queues those debtors alone (reading only their
rows), and their queued mail that a payment made moot is cancelled at once, not when its
turn to be sent comes. On SQLite and PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, timedelta

import pytest
from sqlalchemy import event
from sqlmodel import select

from mailbot.adapters.config import parse_config
from mailbot.adapters.models import Event, Invoice, Outbox
from mailbot.adapters.store import Store
from mailbot.app.services import App
from tests.botenv import (
    AR,
    AUTHSERV,
    BANK,
    BOB,
    BOSS,
    CAROL,
    CONFIG,
    at,
    invoice_mail,
    payment_mail,
)

ISSUED = at(date(2026, 10, 1), 9, 0)
NOW = at(date(2026, 11, 3), 10, 0)  # a Tuesday, business hours in Berlin: chasers due


@pytest.fixture
def bot(db_url) -> Iterator[App]:
    os.environ.setdefault("MAILBOT_TEST_IMAP_PASSWORD", "x")
    cfg = parse_config(CONFIG.format(ar=AR, imap_port=1, smtp_port=1, db_url=db_url,
                                     boss=BOSS, bank=BANK, authserv=AUTHSERV, idle="false"))
    store = Store(db_url)
    store.migrate()
    try:
        yield App(cfg, store)
    finally:
        store.close()


def two_debtors(bot: App) -> tuple[int, int]:
    """Two overdue invoices of two debtors: (Bob's debtor id, Carol's)."""
    ids = []
    for number, to in (("INV-1", BOB), ("INV-2", CAROL)):
        result = bot.inbox.ingest(invoice_mail(number, to, "100.00", "Payment terms: net 14 "
                                               "days", ISSUED), now=ISSUED)
        assert result.status == "processed", result
        assert len(result.debtor_ids) == 1, result  # the debtor it made
        ids.append(result.debtor_ids[0])
    return ids[0], ids[1]


def queued_keys(bot: App) -> dict[str, int | None]:
    with bot.store.session() as s:
        return {r.action_key: r.debtor_id for r in s.exec(select(Outbox))}


def test_enqueue_for_some_debtors_queues_theirs_alone_and_reads_only_their_rows(bot):
    bob, carol = two_debtors(bot)
    seen: list[str] = []

    def look(_conn, _cur, statement, *_):
        seen.append(statement)

    event.listen(bot.store.engine, "before_cursor_execute", look)
    try:
        report = bot.scheduler.enqueue(NOW, debtor_ids={bob})
    finally:
        event.remove(bot.store.engine, "before_cursor_execute", look)
    assert report.queued, "Bob's reminder is due"
    assert set(queued_keys(bot).values()) == {bob}
    # every read of invoices is of Bob's alone
    invoice_reads = [q for q in seen if "FROM invoice" in q and "SELECT" in q]
    assert invoice_reads
    for q in invoice_reads:
        assert "invoice.debtor_id" in q or "invoice.id IN" in q, q
    # the periodic tick queues the rest, and nothing twice
    bot.scheduler.enqueue(NOW)
    assert set(queued_keys(bot).values()) - {None} == {bob, carol}  # and the digest


def test_a_payment_names_its_debtor_and_cancels_its_waiting_reminder_as_it_is_stored(bot):
    bob, carol = two_debtors(bot)
    bot.scheduler.enqueue(NOW)
    later = NOW.astimezone(UTC) + timedelta(days=1)  # a Wednesday: thanks go out
    with bot.store.session() as s:  # both reminders wait for a retry (a 451) tomorrow
        for row in s.exec(select(Outbox)).all():
            row.next_attempt_at = later + timedelta(days=1)
            s.add(row)
        s.commit()
    paid = bot.inbox.ingest(payment_mail("INV-1", "100.00", later), now=later)
    assert paid.status == "processed", paid
    assert paid.debtor_ids == (bob,)
    with bot.store.session() as s:  # in the payment's own transaction, not on its turn
        status = {r.debtor_id: r.status for r in s.exec(select(Outbox).where(
            Outbox.kind == "chase"))}
        assert s.exec(select(Invoice).where(Invoice.number == "INV-1")).one().state == "paid"
        cancelled = s.exec(select(Event).where(Event.kind == "mail_cancelled")).all()
    assert status == {bob: "cancelled", carol: "pending"}
    assert [e.debtor_id for e in cancelled] == [bob]
    # what the payment calls for (a thank-you) is queued for Bob alone
    report = bot.scheduler.enqueue(later, debtor_ids=set(paid.debtor_ids))
    assert [(r.kind, r.debtor_id) for r in report.queued] == [("thank_you", bob)]

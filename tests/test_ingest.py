"""Reading the inbox on a real Dovecot: checkpoints, moving, flagging, quarantine, and
re-reading after a UIDVALIDITY change, with the bot's store on SQLite."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlmodel import col, select

from mailbot.adapters.mailbox import PROCESSED_KEYWORD, Mailbox
from mailbot.adapters.models import Checkpoint, Invoice, MailMessage
from mailbot.app import staff
from tests.botenv import AR, BANK, BOB, CAROL, Runner, at, invoice_mail, mail, make_config

DAY = date(2026, 11, 2)


@pytest.fixture
def runner(dovecot, smtp_sink, sqlite_url):
    r = Runner.open(make_config(dovecot, smtp_sink, sqlite_url))
    yield r
    r.close()


def stored(r: Runner) -> list[MailMessage]:
    with r.bot.store.session() as s:
        return list(s.exec(select(MailMessage).where(MailMessage.direction == "in")
                           .order_by(col(MailMessage.id))))


def test_each_message_is_processed_once_across_restarts(dovecot, smtp_sink, sqlite_url):
    cfg = make_config(dovecot, smtp_sink, sqlite_url)
    for n in range(3):
        dovecot.append("ar", invoice_mail(f"INV-{n}", BOB, "100.00", "net 30", at(DAY, 10, n)))
    first = Runner.open(cfg)
    assert [r.status for r in first.sync(at(DAY))] == ["processed"] * 3
    first.close()

    second = Runner.open(cfg)  # a new process on the same database and mailbox
    assert second.sync(at(DAY)) == []
    dovecot.append("ar", invoice_mail("INV-9", CAROL, "5.00", "net 30", at(DAY, 11)))
    results = second.sync(at(DAY))
    assert [r.kind for r in results] == ["invoice_copy"]
    with second.bot.store.session() as s:
        assert sorted(i.number for i in s.exec(select(Invoice))) == [
            "INV-0", "INV-1", "INV-2", "INV-9"]
        cp = s.get(Checkpoint, "INBOX")
        assert cp is not None
        assert cp.last_uid == 4
    second.close()
    assert dovecot.fetch_all("ar") == []
    assert len(dovecot.fetch_all("ar", "mailbot/processed")) == 4


def test_unreadable_message_is_quarantined_and_the_next_one_processed(runner, dovecot):
    dovecot.append("ar", b"\x00\x01\x02 this is not mail")
    dovecot.append("ar", invoice_mail("INV-7", BOB, "70.00", "net 14", at(DAY, 10)))
    results = runner.sync(at(DAY))
    assert [r.status for r in results] == ["quarantined", "processed"]
    assert results[0].reason
    rows = stored(runner)
    assert rows[0].quarantine_reason
    assert rows[0].needs_human
    # kept byte for byte as the server holds it (Dovecot itself turns NUL into 0x80)
    assert [rows[0].raw] == dovecot.fetch_all("ar", "mailbot/quarantine")
    assert len(dovecot.fetch_all("ar", "mailbot/processed")) == 1
    digest = runner.bot.reports.digest(at(DAY, 12))
    assert any("unreadable" in line.text for line in digest.needs_human)


def test_without_move_messages_are_flagged_and_not_reread(runner, dovecot, monkeypatch):
    # a server without MOVE: the bot must flag, never delete, and not read twice
    real_has = Mailbox.has
    monkeypatch.setattr(Mailbox, "has", lambda self, cap: cap != "MOVE" and real_has(self, cap))
    dovecot.append("ar", invoice_mail("INV-1", BOB, "10.00", "net 30", at(DAY, 10)))
    assert len(runner.sync(at(DAY))) == 1
    assert runner.sync(at(DAY)) == []
    c = dovecot.client("ar")
    try:
        c.select_folder("INBOX")
        flags = c.get_flags(c.search("ALL"))
        assert [PROCESSED_KEYWORD.encode() in f for f in flags.values()] == [True]
    finally:
        c.logout()


def test_uidvalidity_change_rereads_but_never_reapplies(runner, dovecot, smtp_sink, sqlite_url):
    cfg = make_config(dovecot, smtp_sink, sqlite_url,
                      extra="")  # the inbox folder is replaced by a custom one below
    text = cfg.model_dump()
    text["imap"]["folder"] = "Incoming"
    from mailbot.adapters.config import Config

    cfg = Config.model_validate(text)
    r = Runner.open(cfg)
    try:
        raw = invoice_mail("INV-5", BOB, "50.00", "net 30", at(DAY, 10))
        dovecot.append("ar", raw, folder="Incoming")
        assert len(r.sync(at(DAY))) == 1
        # the folder is restored from a backup: new UIDVALIDITY, the same message again
        c = dovecot.client("ar")
        c.delete_folder("Incoming")
        c.logout()
        dovecot.append("ar", raw, folder="Incoming")
        dovecot.append("ar", invoice_mail("INV-6", CAROL, "60.00", "net 30", at(DAY, 11)),
                       folder="Incoming")
        results = r.sync(at(DAY))
        assert [x.status for x in results] == ["duplicate", "processed"]
        with r.bot.store.session() as s:
            assert len(s.exec(select(Invoice)).all()) == 2
    finally:
        r.close()


def test_spoofed_staff_mail_registers_nothing(runner, dovecot):
    forged = invoice_mail("INV-66", BOB, "9,999.00", "net 7", at(DAY, 10))
    forged = forged.replace(b"dkim=pass", b"dkim=fail").replace(b"dmarc=pass", b"dmarc=fail")
    dovecot.append("ar", forged)
    [result] = runner.sync(at(DAY))
    assert result.needs_human
    assert "authentication" in result.reason
    with runner.bot.store.session() as s:
        assert s.exec(select(Invoice)).all() == []


def test_forged_authentication_results_from_elsewhere_do_not_count(runner, dovecot):
    raw = mail("staff@acme.test", [BOB], "Invoice INV-67", "Invoice INV-67\nTotal: EUR 10.00\n"
               "net 30", at(DAY, 10), cc=[AR], authenticated=False)
    # the sender adds its own "pass" verdict; only our MX's header may be believed
    raw = b"Authentication-Results: evil.example; dkim=pass header.d=acme.test; dmarc=pass\r\n" + raw
    dovecot.append("ar", raw)
    [result] = runner.sync(at(DAY))
    assert result.needs_human
    with runner.bot.store.session() as s:
        assert s.exec(select(Invoice)).all() == []


def test_message_stored_but_not_moved_before_a_crash_is_filed_not_reread(runner, dovecot):
    uid = dovecot.append("ar", invoice_mail("INV-3", BOB, "30.00", "net 30", at(DAY, 10)))
    c = dovecot.client("ar")
    uidvalidity = c.select_folder("INBOX")[b"UIDVALIDITY"]
    raw = c.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"]
    c.logout()
    # the process stored the message and its checkpoint, then died before MOVE
    first = runner.bot.inbox.ingest(raw, now=at(DAY), folder="INBOX", uidvalidity=uidvalidity, uid=uid)
    assert first.status == "processed"
    assert runner.sync(at(DAY)) == []
    assert dovecot.fetch_all("ar") == []
    assert dovecot.fetch_all("ar", "mailbot/processed") == [raw]
    assert len(stored(runner)) == 1


def test_a_message_that_cannot_be_applied_is_kept_for_a_person(runner, dovecot, monkeypatch):
    # a fault while applying (a bug, odd data) must not block the inbox or lose the mail
    def broken(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(runner.bot.inbox.appliers, "_register_invoice", broken)
    dovecot.append("ar", invoice_mail("INV-8", BOB, "80.00", "net 30", at(DAY, 10)))
    dovecot.append("ar", mail(BOB, [AR], "Hello", "A question", at(DAY, 11)))
    results = runner.sync(at(DAY))
    assert [r.status for r in results] == ["processed", "processed"]
    assert results[0].needs_human
    assert "not applied" in results[0].reason
    with runner.bot.store.session() as s:
        assert s.exec(select(Invoice)).all() == []  # nothing half-applied
    assert len(stored(runner)) == 2


def test_reading_messages_holds_no_database_connection_after_each_one(runner):
    """The readers ask the store as they read (SqlFacts). Classifying after its session
    had closed checked out a connection per question that only the garbage collector
    gave back: a busy inbox exhausted the pool (bench.ingest: 6 msg/s, pool timeouts)."""
    import gc

    runner.bot.inbox.ingest(invoice_mail("INV-8", BOB, "80.00", "net 30", at(DAY, 10)), now=at(DAY))
    pool = runner.bot.store.engine.pool
    gc.disable()
    try:
        for n in range(5):
            raw = mail(BOB, [AR], "Re: Invoice INV-8", f"We will pay INV-8 on Friday ({n}).",
                       at(DAY, 11, n))
            runner.bot.inbox.ingest(raw, now=at(DAY, 12))
            assert pool.checkedout() == 0
    finally:
        gc.enable()


def test_a_bank_notice_splitting_one_transfer_over_two_invoices_books_each_its_share(
        runner, dovecot):
    """The remittance lines give each invoice its amount without a currency ("INV-71
    500.00"): the split is the notice's, not the order of the invoices (which would pay
    INV-71 in full and leave INV-72 part-paid)."""
    for number in ("INV-71", "INV-72"):
        dovecot.append("ar", invoice_mail(number, BOB, "1,000.00", "Payment terms: net 30",
                                          at(DAY, 10)))
    runner.sync(at(DAY, 11))
    notice = mail(BANK, [AR], "Incoming payment notification",
                  "Incoming ACH credit\nDate: Nov 3, 2026\nAmount: EUR 1,500.00\n"
                  "From: GLOBEX\nAddenda:\n  INV-71   500.00\n  INV-72 1,000.00\n",
                  at(DAY + timedelta(days=1), 10))
    dovecot.append("ar", notice)
    [result] = runner.sync(at(DAY + timedelta(days=1), 11))
    assert not result.needs_human, result.reason
    with runner.bot.store.session() as s:
        booked = {i.number: (i.state, i.paid_amount) for i in s.exec(select(Invoice))}
    assert booked == {"INV-71": ("partial", Decimal("500.00")),
                      "INV-72": ("paid", Decimal("1000.00"))}


def test_a_down_payment_invoice_is_registered_for_the_down_payment_and_its_date(
        runner, dovecot):
    """Contract value and down payment in one mail: the bot chases the down payment on
    its own date, not the contract value on the default terms."""
    body = ("Hello,\n\nthe contract value is EUR 24,000.00.\nThis invoice INV-81 of "
            "2 November 2026 covers the 50% down payment only:\n"
            "  Down payment due now: EUR 12,000.00\n  Due within 7 days.\n")
    dovecot.append("ar", mail("staff@acme.test", [BOB], "Invoice INV-81", body,
                              at(DAY, 10), cc=[AR]))
    [result] = runner.sync(at(DAY, 11))
    assert not result.needs_human, result.reason
    with runner.bot.store.session() as s:
        inv = s.exec(select(Invoice)).one()
    assert (inv.number, inv.amount, inv.due_date) == ("INV-81", Decimal("12000.00"),
                                                      date(2026, 11, 9))


def test_an_invoice_whose_totals_compete_registers_nothing_and_is_shown_to_staff(
        runner, dovecot):
    body = ("Invoice INV-82 of 2 November 2026\nTotal: EUR 9,000.00\n"
            "As discussed you can pay this in three installments of EUR 3,000.00.\n")
    dovecot.append("ar", mail("staff@acme.test", [BOB], "Invoice INV-82", body,
                              at(DAY, 10), cc=[AR]))
    [result] = runner.sync(at(DAY, 11))
    assert result.needs_human
    assert "competing totals" in result.reason
    assert "9,000.00" in result.reason
    assert "3,000.00" in result.reason
    with runner.bot.store.session() as s:
        assert s.exec(select(Invoice)).all() == []
    [pending] = [p for p in staff.pending(runner.bot.store) if p.id == result.message_pk]
    assert "competing totals" in pending.reason


@pytest.fixture
def db_runner(dovecot, smtp_sink, db_url):
    r = Runner.open(make_config(dovecot, smtp_sink, db_url))
    yield r
    r.close()


def test_a_bank_notice_writing_the_number_without_its_separators_books_the_invoice(
        db_runner, dovecot):
    """"INV7301 GLOBEX" in the reference is INV-7301 (the store answers which invoices hold
    the digits, SQLite and PostgreSQL alike); the bank's own reference is no invoice."""
    dovecot.append("ar", invoice_mail("INV-7301", BOB, "1,000.00", "Payment terms: net 30",
                                      at(DAY, 10)))
    db_runner.sync(at(DAY, 11))
    notice = mail(BANK, [AR], "Incoming payment notification",
                  "Amount: EUR 1,000.00\nReference: INV7301 GLOBEX\n"
                  "Our reference: NB2612040033\n", at(DAY + timedelta(days=1), 10))
    dovecot.append("ar", notice)
    [result] = db_runner.sync(at(DAY + timedelta(days=1), 11))
    assert not result.needs_human, result.reason
    with db_runner.bot.store.session() as s:
        booked = {i.number: (i.state, i.paid_amount) for i in s.exec(select(Invoice))}
    assert booked == {"INV-7301": ("paid", Decimal("1000.00"))}

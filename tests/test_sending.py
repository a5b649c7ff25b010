"""Sending through the outbox on real servers, and the mail that must stop or never get
an answer: SMTP failures, a crash mid-send, bounces, auto-replies, claims of payment."""

from __future__ import annotations

from datetime import date, timedelta
from email import message_from_bytes
from email.message import Message

import pytest
from sqlmodel import col, select

from mailbot.adapters.models import Contact, Invoice, Outbox
from tests.botenv import AR, BOB, Runner, at, invoice_mail, mail, make_config, payment_mail

DAY = date(2026, 11, 2)  # Monday; INV-1 is due on the 16th, the receipt check is the 5th
CHECK = at(DAY + timedelta(days=3))


@pytest.fixture
def runner(dovecot, smtp_sink, db_url):
    r = Runner.open(make_config(dovecot, smtp_sink, db_url))
    dovecot.append("ar", invoice_mail("INV-1", BOB, "1,000.00", "net 14", at(DAY, 10)))
    r.sync(at(DAY, 11))
    yield r
    r.close()


def client_mail(report) -> list[Outbox]:
    return [o for o in report.sent if o.kind != "digest"]


def first_part_text(raw: bytes) -> str:
    """The decoded text of a multipart mail's first part."""
    parts = message_from_bytes(raw).get_payload()
    assert isinstance(parts, list)
    assert isinstance(parts[0], Message)
    data = parts[0].get_payload(decode=True)
    assert isinstance(data, bytes)
    return data.decode()


def outbox(r: Runner) -> list[Outbox]:
    with r.bot.store.session() as s:
        return list(s.exec(select(Outbox).where(Outbox.kind != "digest").order_by(col(Outbox.id))))


def test_reminder_headers_thread_to_the_invoice(runner, dovecot):
    report = runner.tick(CHECK)
    assert [o.action_key for o in client_mail(report)] == ["chase:1.receipt_check"]
    [raw] = dovecot.fetch_all("bob")
    m = message_from_bytes(raw)
    invoice_id = message_from_bytes(dovecot.fetch_all("ar", "mailbot/processed")[0])["Message-ID"]
    assert m["In-Reply-To"] == invoice_id
    assert invoice_id in m["References"]
    assert m["Auto-Submitted"] == "auto-generated"
    assert m["Disposition-Notification-To"] == AR
    assert m["Message-ID"] == outbox(runner)[0].message_id
    assert m["Message-ID"].endswith("@acme.test>")


def test_temporary_smtp_failure_is_retried_later_and_sent_once(runner, smtp_sink, dovecot):
    smtp_sink.fail_all = "451 4.3.0 try again later"
    report = runner.tick(CHECK)
    assert client_mail(report) == []
    assert len(report.failed) >= 1
    [row] = outbox(runner)
    assert row.status == "pending"
    assert row.next_attempt_at
    assert "451" in row.last_error
    smtp_sink.fail_all = None
    assert client_mail(runner.tick(CHECK)) == []  # not yet: backoff
    later = runner.tick(CHECK + timedelta(minutes=10))
    assert [o.action_key for o in client_mail(later)] == ["chase:1.receipt_check"]
    assert len(dovecot.fetch_all("bob")) == 1


def test_permanent_smtp_failure_is_not_retried_and_needs_a_human(runner, smtp_sink, dovecot):
    smtp_sink.fail_all = "550 5.7.1 relaying denied"
    runner.tick(CHECK)
    smtp_sink.fail_all = None
    runner.tick(CHECK + timedelta(hours=2))
    assert [r.status for r in outbox(runner)] == ["failed"]
    assert dovecot.fetch_all("bob") == []
    assert any("failed" in line.text for line in runner.bot.reports.digest(CHECK).needs_human)


def test_a_mail_left_mid_send_by_a_crash_is_never_sent_twice(runner, dovecot):
    runner.bot.scheduler.enqueue(CHECK)
    claimed = runner.bot.dispatcher.claim(CHECK)
    assert claimed is not None
    # the process dies just after committing that DATA starts (tests/test_outbox.py does
    # this with a real SIGKILL); while its lease runs, nobody touches the row
    runner.bot.dispatcher.mark_data_started(claimed, CHECK)
    assert runner.bot.dispatcher.recover(CHECK) == 0
    assert client_mail(runner.tick(CHECK + timedelta(hours=1))) == []
    assert dovecot.fetch_all("bob") == []
    assert [r.status for r in outbox(runner)] == ["uncertain"]
    assert any("uncertain" in line.text for line in runner.bot.reports.digest(CHECK).needs_human)


def test_bounce_marks_the_address_failing_and_stops_mail_to_it(runner, dovecot):
    runner.tick(CHECK)
    reminder_id = outbox(runner)[0].message_id
    dsn = (
        "From: MAILER-DAEMON@mx.globex.test\r\nTo: ar@acme.test\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\nDate: Thu, 05 Nov 2026 09:31:00 +0100\r\n"
        "Message-ID: <dsn1@mx.globex.test>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n"
        "--b\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.globex.test\r\n"
        "\r\nFinal-Recipient: rfc822; bob@globex.test\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n\r\n"
        "--b\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"Message-ID: {reminder_id}\r\nTo: bob@globex.test\r\n\r\n--b--\r\n"
    ).encode()
    dovecot.append("ar", dsn)
    [result] = runner.sync(CHECK + timedelta(minutes=5))
    assert result.kind == "bounce"
    assert result.needs_human
    with runner.bot.store.session() as s:
        contact = s.exec(select(Contact).where(Contact.email == BOB)).one()
        assert contact.failing
    # the pre-due date comes: nobody left to write to, and no answer to the bounce
    report = runner.tick(at(DAY + timedelta(days=11)))
    assert client_mail(report) == []
    assert len(dovecot.fetch_all("bob")) == 1


def test_auto_reply_is_never_answered_and_defers_reminders(runner, dovecot):
    runner.tick(CHECK)
    ooo = mail(BOB, [AR], "Automatic reply: Invoice INV-1: did it reach you?",
               "I am out of the office until 20 November 2026 with limited access to email.",
               CHECK + timedelta(minutes=1), headers={"Auto-Submitted": "auto-replied"})
    dovecot.append("ar", ooo)
    [result] = runner.sync(CHECK + timedelta(minutes=2))
    assert result.kind == "auto_reply"
    assert not result.needs_human
    assert client_mail(runner.tick(CHECK + timedelta(minutes=3))) == []
    # away until Fri 20 Nov: back Mon 23 Nov, the hold's last day; the pre-due note (13 Nov)
    # is held through it, then the next due note goes out
    assert client_mail(runner.tick(at(DAY + timedelta(days=11)))) == []
    assert client_mail(runner.tick(at(DAY + timedelta(days=21)))) == []  # Mon 23 Nov
    back = runner.tick(at(DAY + timedelta(days=22)))  # Tue 24 Nov: due 16 Nov + 8
    assert [o.action_key for o in client_mail(back)
            if o.action_key.startswith("chase:")] == ["chase:1.past_due_8"]


def test_client_saying_paid_pauses_chasing_but_does_not_close_the_invoice(runner, dovecot):
    runner.tick(CHECK)
    reminder = message_from_bytes(dovecot.fetch_all("bob")[0])
    dovecot.append("ar", mail(BOB, [AR], "Re: " + reminder["Subject"],
                              "Hi, we already paid this last week.\nBob",
                              CHECK + timedelta(hours=3), reply_to=reminder["Message-ID"]))
    [result] = runner.sync(CHECK + timedelta(hours=4))
    assert result.kind == "client_reply"
    assert result.needs_human
    with runner.bot.store.session() as s:
        inv = s.exec(select(Invoice)).one()
        assert inv.state == "open"
        assert inv.hold_reason == "paid_claim"
    for days in (11, 21, 30):
        assert client_mail(runner.tick(at(DAY + timedelta(days=days)))) == []
    assert any("paid" in line.detail for line in runner.bot.reports.digest(CHECK + timedelta(hours=5))
               .needs_human)


def test_nothing_is_sent_after_payment(runner, dovecot):
    dovecot.append("ar", payment_mail("INV-1", "1,000.00", at(DAY + timedelta(days=1), 8)))
    runner.sync(at(DAY + timedelta(days=1), 9))
    sent = [o.action_key for d in range(1, 60)
            for o in client_mail(runner.tick(at(DAY + timedelta(days=d))))]
    assert sent == ["thank_you:1"]
    assert len(dovecot.fetch_all("bob")) == 1


def test_unauthenticated_payment_notice_changes_no_money(runner, dovecot):
    dovecot.append("ar", payment_mail("INV-1", "1,000.00", at(DAY, 12), authenticated=False))
    [result] = runner.sync(at(DAY, 13))
    assert result.kind == "other"  # a notice that fails authentication is not one
    assert result.needs_human
    with runner.bot.store.session() as s:
        assert s.exec(select(Invoice)).one().state == "open"


def test_partial_payment_keeps_a_balance_and_chasing(runner, dovecot):
    dovecot.append("ar", payment_mail("INV-1", "400.00", at(DAY, 12)))
    runner.sync(at(DAY, 13))
    with runner.bot.store.session() as s:
        inv = s.exec(select(Invoice)).one()
        assert inv.state == "partial"
        assert inv.amount - inv.paid_amount == 600
    report = runner.tick(at(DAY + timedelta(days=11)))
    [chase] = client_mail(report)
    body = first_part_text(chase.raw)
    assert "600.00" in body


def test_a_payment_that_also_names_an_unknown_invoice_goes_to_a_human(runner, dovecot):
    notice = mail("payments@bank.test", [AR], "Incoming payment EUR 1,500.00",
                  "Credit transfer received\nAmount: EUR 1,500.00\n"
                  "Reference: INV-1, INV-999\n", at(DAY, 12))
    dovecot.append("ar", notice)
    [result] = runner.sync(at(DAY, 13))
    assert result.needs_human
    assert "INV-999" in result.reason
    with runner.bot.store.session() as s:
        assert s.exec(select(Invoice)).one().state == "open"


def test_a_client_invoiced_in_german_is_reminded_in_german(dovecot, smtp_sink, db_url):
    r = Runner.open(make_config(dovecot, smtp_sink, db_url))
    try:
        body = ("Guten Tag Herr Weber,\n\nanbei erhalten Sie unsere Rechnung RE-77 für die "
                "Arbeiten im Oktober.\n\nRechnungsnummer: RE-77\nGesamtbetrag: 1.234,56 EUR\n"
                "Zahlbar innerhalb von 14 Tagen ohne Abzug.\n\nMit freundlichen Grüßen\n"
                "Ihre Buchhaltung\n")
        dovecot.append("ar", mail("staff@acme.test", [BOB], "Rechnung RE-77", body,
                                  at(DAY, 10), cc=[AR]))
        [result] = r.sync(at(DAY, 11))
        assert result.kind == "invoice_copy"
        assert not result.needs_human
        [chase] = client_mail(r.tick(CHECK))
        text = first_part_text(chase.raw)
        assert "RE-77" in text
        assert "1.234,56" in text
        assert "Mit freundlichen Grüßen" in text
    finally:
        r.close()

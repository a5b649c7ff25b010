"""Machine mail about our mail that must not cost a client its address, on the real
servers (Dovecot, the SMTP sink, the database) through the bot's own ingest and tick:
- a sender-verification ("challenge/response") request: never answered, the address
  stays valid, staff get one task "confirm the sender at <link>", shown once in the
  digest's "needs you today", however many challenges come;
- a spam-filter or policy rejection: only that reminder is marked refused, staff get a
  task saying why, the address stays alive and later reminders still go out;
- a full mailbox: the address is not marked dead."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import col, select

from mailbot.adapters.models import Contact, Outbox, Task
from mailbot.domain.tasks import TaskKind
from tests.botenv import AR, BOB, Runner, at, invoice_mail, mail, make_config

DAY = date(2026, 11, 2)  # Monday; INV-1 is due on the 16th, the receipt check is the 5th
CHECK = at(DAY + timedelta(days=3))


@pytest.fixture
def runner(dovecot, smtp_sink, db_url):
    r = Runner.open(make_config(dovecot, smtp_sink, db_url))
    dovecot.append("ar", invoice_mail("INV-1", BOB, "1,000.00", "net 14", at(DAY, 10)))
    r.sync(at(DAY, 11))
    r.tick(CHECK)  # the receipt check goes to Bob
    yield r
    r.close()


def reminder_id(r: Runner) -> str:
    with r.bot.store.session() as s:
        return s.exec(select(Outbox.message_id).where(Outbox.kind != "digest")
                      .order_by(col(Outbox.id))).first() or ""


def open_tasks(r: Runner, kind: TaskKind) -> list[Task]:
    with r.bot.store.session() as s:
        return list(s.exec(select(Task).where(Task.kind == kind, Task.state == "open")))


def bob_failing(r: Runner) -> bool:
    with r.bot.store.session() as s:
        return s.exec(select(Contact.failing).where(Contact.email == BOB)).one()


def needs_today(r: Runner, when) -> list[str]:
    return [f"{x.group}|{x.text} {x.detail}" for x in r.bot.reports.digest(when).needs_human]


def test_a_challenge_is_one_task_to_confirm_the_sender_and_never_answered(runner, dovecot):
    rid = reminder_id(runner)
    link = "https://filter.globex.test/confirm?token=7f3"
    # Bob's filter asks twice (a second reminder would too); the second has no
    # standard header at all
    first = mail(BOB, [AR], "Please verify your message",
                 "This is an automatic message from my spam protection.\nTo confirm you "
                 f"are a human sender, please open {link}\nYour message is held until then.",
                 CHECK + timedelta(minutes=5), reply_to=rid,
                 headers={"Auto-Submitted": "auto-replied"})
    again = mail(BOB, [AR], "Please verify your message",
                 f"To confirm you are a human sender, please open {link}",
                 CHECK + timedelta(hours=3), reply_to=rid)
    dovecot.append("ar", first)
    dovecot.append("ar", again)
    results = runner.sync(CHECK + timedelta(hours=4))
    assert [r.kind for r in results] == ["challenge", "challenge"]
    sent_before = len(dovecot.fetch_all("bob"))
    runner.tick(CHECK + timedelta(hours=5))
    assert len(dovecot.fetch_all("bob")) == sent_before  # nothing answered
    [task] = open_tasks(runner, TaskKind.CONFIRM_SENDER)
    assert link in task.summary
    assert task.summary.startswith("confirm the sender at")
    assert not bob_failing(runner)
    listed = [x for x in needs_today(runner, CHECK + timedelta(hours=6)) if link in x
              or "verify" in x.lower()]
    assert len(listed) == 1, listed  # the task, not the task and the mail again
    assert listed[0].startswith("confirm_sender|")
    # the address still works: the pre-due note goes to Bob on the 13th
    before = len(dovecot.fetch_all("bob"))
    runner.tick(at(DAY + timedelta(days=11)))
    assert len(dovecot.fetch_all("bob")) == before + 1


def test_a_spam_rejection_marks_only_that_message_and_the_address_stays_alive(
        runner, dovecot):
    rid = reminder_id(runner)
    rejection = mail("postmaster@globex.test", [AR], "Message blocked: Invoice INV-1",
                     "Your message to bob@globex.test was rejected by our content filter.\n"
                     "  550 5.7.1 Message rejected as spam (score 9.1)\n"
                     "If you believe this is wrong, contact it-desk@globex.test.",
                     CHECK + timedelta(minutes=30), reply_to=rid,
                     headers={"Auto-Submitted": "auto-replied"})
    dovecot.append("ar", rejection)
    [result] = runner.sync(CHECK + timedelta(hours=1))
    assert result.kind == "bounce"
    assert not result.needs_human  # the task says it all; nothing for the inbox
    assert not bob_failing(runner)
    with runner.bot.store.session() as s:
        row = s.exec(select(Outbox).where(Outbox.message_id == rid)).one()
        assert list(row.refused or {}) == [BOB]
        assert "spam" in row.refused[BOB]
        assert not s.exec(select(Contact).where(Contact.email == "it-desk@globex.test")).first()
    [task] = open_tasks(runner, TaskKind.REJECTED)
    assert "rejected as spam" in task.summary
    assert "550 5.7.1" in task.summary
    assert open_tasks(runner, TaskKind.BOUNCE) == []  # not "every address bounces"
    assert any(x.startswith("rejected|") for x in needs_today(runner,
                                                                 CHECK + timedelta(hours=2)))
    # the same rejection again (a second delivery of it) is still one task
    dovecot.append("ar", rejection.replace(b"Message-ID: <", b"Message-ID: <again."))
    runner.sync(CHECK + timedelta(hours=3))
    assert len(open_tasks(runner, TaskKind.REJECTED)) == 1
    # Bob is still written to: the pre-due note on the 13th
    before = len(dovecot.fetch_all("bob"))
    runner.tick(at(DAY + timedelta(days=11)))
    assert len(dovecot.fetch_all("bob")) == before + 1


def test_a_policy_rejection_in_german_prose_keeps_the_address(runner, dovecot):
    rid = reminder_id(runner)
    dovecot.append("ar", mail(
        "Postmaster <postmaster@globex.test>", [AR], "Nachricht abgewiesen",
        "Ihre E-Mail an bob@globex.test wurde aufgrund unserer Sicherheitsrichtlinie "
        "abgewiesen: externe Zahlungsaufforderungen nur über das Lieferantenportal.",
        CHECK + timedelta(minutes=30), reply_to=rid, headers={"Auto-Submitted": "auto-replied"}))
    [result] = runner.sync(CHECK + timedelta(hours=1))
    assert result.kind == "bounce"
    assert not bob_failing(runner)
    [task] = open_tasks(runner, TaskKind.REJECTED)
    assert "policy" in task.summary
    assert "The address was not marked dead" in task.summary


def test_a_full_mailbox_does_not_mark_the_address_dead(runner, dovecot):
    rid = reminder_id(runner)
    dsn = (
        "From: MAILER-DAEMON@mx.globex.test\r\nTo: ar@acme.test\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\nDate: Thu, 05 Nov 2026 10:31:00 +0100\r\n"
        "Message-ID: <dsn-full@mx.globex.test>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n"
        "--b\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.globex.test\r\n"
        "\r\nFinal-Recipient: rfc822; bob@globex.test\r\nAction: failed\r\nStatus: 5.2.2\r\n"
        "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\r\n\r\n"
        "--b\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"Message-ID: {rid}\r\nTo: bob@globex.test\r\n\r\n--b--\r\n").encode()
    dovecot.append("ar", dsn)
    [result] = runner.sync(CHECK + timedelta(hours=1))
    assert result.kind == "bounce"
    assert not bob_failing(runner)
    assert open_tasks(runner, TaskKind.BOUNCE) == []


def test_a_filter_service_writing_from_its_own_address_is_tied_to_the_client(runner, dovecot):
    """A guest-list service writes from its own domain, without threading headers; the
    invoice its subject names tells whose filter it is: one task for Bob's address."""
    link = "https://guard.example/approve?c=55"
    dovecot.append("ar", mail(
        "Guard <notify@guard.example>", [AR], "Request to join Bob's guest list (Invoice INV-1)",
        f"Bob uses a guest list. Ask to be added: {link}", CHECK + timedelta(minutes=5),
        headers={"X-Boxbe-Screening": "pending", "Auto-Submitted": "auto-replied"}))
    [result] = runner.sync(CHECK + timedelta(hours=1))
    assert result.kind == "challenge"
    [task] = open_tasks(runner, TaskKind.CONFIRM_SENDER)
    assert task.detail["address"] == BOB
    assert task.debtor_id is not None
    assert link in task.summary
    assert not bob_failing(runner)


def dsn(rid: str, status: str, diagnostic: str) -> bytes:
    return (
        "From: MAILER-DAEMON@mx.globex.test\r\nTo: ar@acme.test\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\nDate: Thu, 05 Nov 2026 10:31:00 +0100\r\n"
        f"Message-ID: <dsn-{status}@mx.globex.test>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n"
        "--b\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.globex.test\r\n"
        f"\r\nFinal-Recipient: rfc822; bob@globex.test\r\nAction: failed\r\nStatus: {status}\r\n"
        f"Diagnostic-Code: smtp; {diagnostic}\r\n\r\n"
        "--b\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"Message-ID: {rid}\r\nTo: bob@globex.test\r\n\r\n--b--\r\n").encode()


def test_a_failure_nobody_explained_stops_that_message_and_keeps_the_address(runner, dovecot):
    """A final failure that does not say the mailbox is gone (here an expired queue, which
    the outside corpus's sources call soft) is one message lost, not a dead client."""
    dovecot.append("ar", dsn(reminder_id(runner), "5.4.7",
                             "554 5.4.7 delivery time expired after 5 days"))
    [result] = runner.sync(CHECK + timedelta(hours=1))
    assert (result.kind, result.needs_human) == ("bounce", False)
    assert not bob_failing(runner)
    [task] = open_tasks(runner, TaskKind.REJECTED)
    assert "not marked dead" in task.summary
    assert open_tasks(runner, TaskKind.BOUNCE) == []


def test_a_mailbox_that_does_not_exist_marks_the_address_dead(runner, dovecot):
    dovecot.append("ar", dsn(reminder_id(runner), "5.1.1", "550 5.1.1 user unknown"))
    [result] = runner.sync(CHECK + timedelta(hours=1))
    assert result.kind == "bounce"
    assert bob_failing(runner)
    assert open_tasks(runner, TaskKind.REJECTED) == []
    assert len(open_tasks(runner, TaskKind.BOUNCE)) == 1  # Bob was the only address

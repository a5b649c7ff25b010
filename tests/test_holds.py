"""Holds, pauses and the tasks they open, over simulated time on the real servers
(Dovecot, aiosmtpd; SQLite and PostgreSQL where the store decides): a reply that needs a
person pauses its client and becomes a task after the timeout, lifted only by a person;
"stop" ends all client mail at once; a dispute, a paid claim or a plan request holds its
invoice alone and opens a task with the client's words; a broken promise moves to a
firmer note that says the date passed; a debtor without a working address becomes a
task; and nothing a third party writes changes anything or is answered."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from email import message_from_bytes, policy

import pytest
from sqlmodel import select

from mailbot.adapters.models import Debtor, Invoice, MailMessage, Outbox, Task
from mailbot.adapters.render import Rendered, make_env, render_blocks
from mailbot.app import staff, tasks
from mailbot.domain.values import Action, InvoiceState, InvoiceView
from mailbot.playbook.pauses import reply_task_due
from mailbot.playbook.promises import after_broken_promise
from mailbot.playbook.schedule import DEFAULT_STAGES, ScheduleConfig
from tests.botenv import AR, BOB, STAFF, TZ, Runner, at, invoice_mail, mail, make_config

DAY = date(2026, 11, 2)  # a Monday; INV-1 net 14 is due on Monday 16 November
DAVE = "dave@globex.test"  # Bob's colleague: never a contact, never written to


def d(n: int) -> date:
    return DAY + timedelta(days=n)


def last_to(dovecot, user: str = "bob"):
    return message_from_bytes(dovecot.fetch_all(user)[-1], policy=policy.default)


def reply(dovecot, runner: Runner, body: str, when: datetime, sender: str = BOB,
          to_last: bool = True) -> int:
    """`sender` answers the last mail Bob received; returns the stored message's id."""
    last = last_to(dovecot)
    dovecot.append("ar", mail(sender, [AR], "Re: " + str(last["Subject"]), body, when,
                              reply_to=last["Message-ID"] if to_last else None))
    [result] = runner.sync(when + timedelta(minutes=5))
    assert result.message_pk is not None
    return result.message_pk


def open_of(runner: Runner, kind: str) -> list[tasks.OpenTask]:
    return [t for t in tasks.open_tasks(runner.bot.store) if t.kind == kind]


def debtor(runner: Runner) -> Debtor:
    with runner.bot.store.session() as s:
        return s.exec(select(Debtor)).one()


def client_mail(sink, since: int = 0, to: str = BOB) -> list[str]:
    """Subjects of the mail `to` received after the first `since` messages of the sink."""
    return [str(message_from_bytes(m.data, policy=policy.default)["Subject"])
            for m in sink.messages[since:] if to in m.rcpt_tos]


def needs(runner: Runner, when: datetime) -> list[str]:
    return [f"{x.text} {x.detail}" for x in runner.bot.reports.digest(when).needs_human]


@pytest.fixture
def bob_owes(dovecot, smtp_sink, db_url):
    """INV-1 (1,000.00, net 14) for Bob registered on DAY; the receipt check goes out
    on DAY+3 (Thursday)."""
    runner = Runner.open(make_config(dovecot, smtp_sink, db_url))
    try:
        dovecot.append("ar", invoice_mail("INV-1", BOB, "1,000.00", "net 14", at(DAY, 10)))
        runner.sync(at(DAY, 11))
        for n in range(1, 4):
            runner.tick(at(d(n), 10))
        assert client_mail(smtp_sink), "the receipt check went out"
        yield runner
    finally:
        runner.close()


# ============================================================== pauses =====

def test_the_timeout_counts_the_companys_business_days_and_holidays():
    schedule = ScheduleConfig(timezone="Europe/Berlin", holidays_country="DE")
    friday = datetime(2026, 11, 6, 16, tzinfo=TZ)
    assert reply_task_due(friday, schedule) == date(2026, 11, 11)  # Mon, Tue, Wed
    # Christmas Eve: 25 and 26 December are holidays, then a weekend
    assert reply_task_due(datetime(2026, 12, 24, 10, tzinfo=TZ), schedule) == date(2026, 12, 30)
    assert reply_task_due(friday, schedule.model_copy(
        update={"reply_timeout_business_days": 1})) == date(2026, 11, 9)


@pytest.mark.parametrize("how", ["handled", "done", "keep_paused"])
def test_a_reply_that_needs_a_person_pauses_until_handled_and_becomes_a_task(
        dovecot, smtp_sink, bob_owes, how):
    runner = bob_owes
    # Friday: a question nobody can answer automatically
    mid = reply(dovecot, runner, "Hello, who is our contact person at Acme for the new "
                                 "project? Bob", at(d(4), 11))
    assert debtor(runner).paused_reason
    sent_before = len(smtp_sink.messages)
    # Mon 9 and Tue 10 Nov: paused, no task yet; Wed 11 (3rd business day): a task, once
    for n in (7, 8):
        runner.tick(at(d(n), 10))
        assert open_of(runner, "reply") == [], n
    for n in (9, 10, 11):  # the pre-due note's day (13 Nov) passes in silence
        runner.tick(at(d(n), 10))
        [task] = open_of(runner, "reply")
    assert BOB in task.summary
    assert "paused" in task.summary
    listed = [x for x in needs(runner, at(d(11), 18)) if "[task" in x and "reply" in x]
    assert len(listed) == 1, listed
    assert debtor(runner).paused_reason, "the timeout alone never lifts the pause"
    assert client_mail(smtp_sink, sent_before) == []

    now = at(d(15), 9)  # Tuesday 17 November: Anna answered Bob by phone
    if how == "done":
        resumed: list[str] = []
        tasks.close(runner.bot.store, [task.id], now, "anna", resumed=resumed)
        assert resumed == [debtor(runner).name]
        with runner.bot.store.session() as s:
            assert s.get(MailMessage, mid).handled
    else:
        resumed = staff.mark_handled(runner.bot.store, [mid], now, "anna",
                                     keep_paused=how == "keep_paused")
        assert open_of(runner, "reply") == []  # handled: its task is done
    if how == "keep_paused":
        assert resumed == []
        assert debtor(runner).paused_reason
    else:
        assert debtor(runner).paused_reason is None
    for n in range(15, 23):
        runner.tick(at(d(n), 10))
    chased = client_mail(smtp_sink, sent_before)
    if how == "keep_paused":
        assert chased == []
    else:
        assert chased == ["Invoice INV-1 is past due"]  # Mon 23 Nov, +5 after the weekend


def test_an_absence_note_with_a_return_date_still_defers_chasing(dovecot, smtp_sink,
                                                                 sqlite_url):
    runner = Runner.open(make_config(dovecot, smtp_sink, sqlite_url))
    try:
        dovecot.append("ar", invoice_mail("INV-1", BOB, "1,000.00", "net 14", at(DAY, 10)))
        runner.sync(at(DAY, 11))
        dovecot.append("ar", mail(BOB, [AR], "Automatic reply: Invoice INV-1",
                                  "I am out of the office until 25 November 2026.",
                                  at(d(1), 8), headers={"Auto-Submitted": "auto-replied"}))
        runner.sync(at(d(1), 9))
        for n in range(1, 23):
            runner.tick(at(d(n), 10))
        assert client_mail(smtp_sink) == []  # to the 24th: no receipt check, no pre-due
        assert debtor(runner).paused_reason is None
        runner.tick(at(d(23), 10))  # back on the 25th: chasing goes on at the stage due
        assert client_mail(smtp_sink) == ["Invoice INV-1: when can we expect payment?"]
    finally:
        runner.close()


@pytest.mark.parametrize(("subject", "body"), [
    ("Odpowiedź automatyczna: Invoice INV-1", "Jestem na urlopie. Wracam do biura 25 listopada."),
    ("Invoice INV-1", "Je suis absente et serai de retour le mercredi 25 novembre."),
    ("Otomatik yanıt: Invoice INV-1", "Şu anda izindeyim. 25 Kasım'da döneceğim."),
    ("自動応答: Invoice INV-1", "休暇をいただいております。11月25日に戻ります。"),
], ids=["pl", "fr", "tr", "ja"])
def test_an_absence_note_in_another_language_without_headers_defers_chasing(
        dovecot, smtp_sink, sqlite_url, subject, body):
    # no Auto-Submitted, no X-Autoreply: the words and the date of a language the bot
    # does not write in still hold the invoice until the writer is back
    runner = Runner.open(make_config(dovecot, smtp_sink, sqlite_url))
    try:
        dovecot.append("ar", invoice_mail("INV-1", BOB, "1,000.00", "net 14", at(DAY, 10)))
        runner.sync(at(DAY, 11))
        dovecot.append("ar", mail(BOB, [AR], subject, body, at(d(1), 8)))
        runner.sync(at(d(1), 9))
        for n in range(1, 23):
            runner.tick(at(d(n), 10))
        assert client_mail(smtp_sink) == []  # to the 24th: no receipt check, no pre-due
        assert debtor(runner).paused_reason is None
        runner.tick(at(d(23), 10))  # back on the 25th: chasing goes on at the stage due
        assert client_mail(smtp_sink) == ["Invoice INV-1: when can we expect payment?"]
    finally:
        runner.close()


# ============================================================== stop =======

def test_stop_ends_every_client_mail_at_once_and_only_staff_lift_it(dovecot, smtp_sink,
                                                                   bob_owes):
    runner = bob_owes
    bot = runner.bot
    # money came; the thank-you is queued, and so is a letter a person approved, but
    # neither has gone out when Bob writes
    staff.record_payment(bot.store, "INV-1", None, at(d(5), 9), "anna")
    dovecot.append("ar", invoice_mail("INV-2", BOB, "200.00", "net 14", at(d(5), 9)))
    runner.sync(at(d(5), 9, 5))
    report = bot.scheduler.enqueue(at(d(7), 10))
    assert "thank_you" in [o.kind for o in report.queued]
    with bot.store.write_session() as s:
        letter = bot.scheduler._queue(
            s, Action(key="letter:demand:1", kind="letter", template="past_due", debtor_id=1),
            Rendered("Formal notice: invoice INV-2", "A letter staff approved.\n",
                     "<p>A letter staff approved.</p>"),
            [BOB], [], at(d(7), 10), 1, [], request_receipt=False)
        s.commit()
        letter_id = letter.id
    sent_before = len(smtp_sink.messages)
    reply(dovecot, runner, "Please stop contacting us.", at(d(7), 10, 30))
    assert debtor(runner).stopped
    for n in range(7, 40):
        runner.tick(at(d(n), 10))
    assert client_mail(smtp_sink, sent_before) == []
    with bot.store.session() as s:
        statuses = {o.kind: o.status for o in s.exec(select(Outbox).where(
            Outbox.kind.in_(("thank_you", "letter"))))}  # type: ignore[attr-defined]
        assert s.get(Outbox, letter_id).last_error.startswith("the client asked")
    assert statuses == {"thank_you": "cancelled", "letter": "cancelled"}
    # staff still hear about the late invoice: the digest and the sales rep's notice
    assert any(STAFF in m.rcpt_tos for m in smtp_sink.messages[sent_before:])

    [task] = open_of(runner, "stop")
    assert "Please stop contacting us." in task.summary
    # a done task and a resume change nothing of the stop; only --unstop lifts it
    tasks.close(bot.store, [task.id], at(d(40), 9), "anna")
    staff.resume(bot.store, "INV-2", at(d(40), 9, 5), "anna")
    assert debtor(runner).stopped
    runner.tick(at(d(42), 10))
    assert client_mail(smtp_sink, sent_before) == []
    staff.resume(bot.store, "INV-2", at(d(42), 11), "anna", unstop=True)
    assert not debtor(runner).stopped
    runner.tick(at(d(42), 12))
    assert client_mail(smtp_sink, sent_before) != []


# ============================================================== disputes, claims, plans =

HOLDING = {
    "dispute": ("We dispute invoice INV-1: the work was never delivered.", "dispute",
                "disputed"),
    "paid_claim": ("We paid invoice INV-1 yesterday by bank transfer.", "paid_claim", "open"),
    "plan_request": ("Could we pay invoice INV-1 in three monthly installments?",
                     "plan_request", "open"),
}


@pytest.mark.parametrize(("body", "kind", "state"), HOLDING.values(), ids=HOLDING.keys())
def test_a_reply_holds_only_its_invoice_and_opens_a_task_with_the_clients_words(
        dovecot, smtp_sink, sqlite_url, body, kind, state):
    runner = Runner.open(make_config(dovecot, smtp_sink, sqlite_url))
    try:
        for number, amount in (("INV-1", "1,000.00"), ("INV-2", "500.00")):
            dovecot.append("ar", invoice_mail(number, BOB, amount, "net 14", at(DAY, 10)))
        runner.sync(at(DAY, 11))
        for n in range(1, 4):
            runner.tick(at(d(n), 10))
        reply(dovecot, runner, body + "\n\nBob", at(d(4), 11))
        [task] = open_of(runner, kind)
        assert task.invoice == "INV-1"
        assert body in task.summary, task.summary  # the client's words, on one line
        assert "\n" not in task.summary
        assert debtor(runner).paused_reason is None  # the other invoice goes on
        sent_before = len(smtp_sink.messages)
        for n in range(4, 26):
            runner.tick(at(d(n), 10))
        with runner.bot.store.session() as s:
            by_id = {i.id: i for i in s.exec(select(Invoice))}
            chases = [[by_id[i].number for i in o.invoice_ids] for o in s.exec(
                select(Outbox).where(Outbox.kind == "chase")).all()[1:]]
        assert chases, "INV-2 was chased"
        assert all(c == ["INV-2"] for c in chases), chases
        assert len(client_mail(smtp_sink, sent_before)) == len(chases)
        assert (by_id[1].state, by_id[1].hold_reason) == (state, kind)
        # staff decide: resume chases INV-1 again and the task is done
        staff.resume(runner.bot.store, "INV-1", at(d(26), 9), "anna")
        assert open_of(runner, kind) == []
        with runner.bot.store.session() as s:
            assert s.get(Invoice, 1).state == "open"
    finally:
        runner.close()


def test_a_confirmed_paid_claim_closes_its_task(dovecot, smtp_sink, bob_owes):
    runner = bob_owes
    reply(dovecot, runner, "We paid invoice INV-1 yesterday by bank transfer.", at(d(4), 11))
    assert [t.invoice for t in open_of(runner, "paid_claim")] == ["INV-1"]
    staff.record_payment(runner.bot.store, "INV-1", None, at(d(5), 9), "anna")
    assert open_of(runner, "paid_claim") == []


# ============================================================== promises ===

STAGES = DEFAULT_STAGES
DUE = date(2026, 11, 16)


def view(done: set[str], missed: date | None = date(2026, 11, 20)) -> InvoiceView:
    from decimal import Decimal

    return InvoiceView(id=1, number="INV-1", debtor_id=1, state=InvoiceState.OPEN,
                       amount=Decimal(1000), paid_amount=Decimal(0), currency="EUR",
                       issue_date=DAY, due_date=DUE, sent_at=at(DAY, 10), seen=True,
                       hold_until=None, hold_reason=None, stages_done=frozenset(done),
                       promise_missed_on=missed)


@pytest.mark.parametrize(("done", "today", "expected"), [
    # promised after the pre-due note, broken before +5: the +5 note at once
    ({"receipt_check", "pre_due"}, DUE + timedelta(days=4), ("past_due_5", [])),
    # after the +8 question: the +15 note at once, not on its day
    ({"receipt_check", "pre_due", "past_due_5", "past_due_8"}, DUE + timedelta(days=10),
     ("past_due_15", [])),
    # held long past +15: the latest due, the softer ones overtaken
    ({"receipt_check", "pre_due"}, DUE + timedelta(days=20),
     ("past_due_15", ["past_due_5", "past_due_8"])),
    # after +15: the +30 note at once
    ({"receipt_check", "pre_due", "past_due_5", "past_due_8", "past_due_15"},
     DUE + timedelta(days=20), ("past_due_30", [])),
    # nothing firmer is left: the stages as usual (nothing until the repeat statement)
    ({"receipt_check", "pre_due", "past_due_5", "past_due_8", "past_due_15", "past_due_30",
      "past_due_45"}, DUE + timedelta(days=50), (None, [])),
])
def test_after_a_broken_promise_the_next_note_is_the_firmer_next_stage(done, today, expected):
    assert after_broken_promise(view(done), STAGES, today, "Europe/Berlin") == expected


SENTENCES = {"en": "That date has now passed", "de": "Dieser Termin ist inzwischen verstrichen",
             "id": "Tanggal tersebut telah lewat", "ru": "Этот срок уже прошёл"}
DATES = {"en": "November 20, 2026", "de": "20. November 2026", "id": "20 November 2026",
         "ru": "20 ноября 2026"}


@pytest.mark.parametrize("lang", sorted(SENTENCES))
@pytest.mark.parametrize("name", ["past_due", "past_due_ask_date", "statement"])
def test_the_note_after_a_broken_promise_says_politely_that_the_date_passed(lang, name):
    from decimal import Decimal
    from types import SimpleNamespace

    from mailbot.adapters.config import CompanyConfig
    from mailbot.adapters.letters import letter_context

    def ctx(missed: date | None) -> dict[str, object]:
        return letter_context(
            CompanyConfig(name="Acme", payment_instructions="IBAN DE89", signature="Anna"),
            lang, debtor=SimpleNamespace(name="Globex"), contact_name="Bob",
            contact_emails=["bob@globex.test"], show_payment=True, promise_missed_on=missed,
            invoices=[{"number": "INV-1", "amount": Decimal(1000), "balance": Decimal(1000),
                       "currency": "EUR", "due_date": DUE, "issue_date": DAY,
                       "days_late": 10}])

    env = make_env()
    plain = render_blocks(env, name, lang, ctx(None))
    said = render_blocks(env, name, lang, ctx(date(2026, 11, 20)))
    assert SENTENCES[lang] not in plain.text + plain.html
    for part in (said.text, said.html):
        assert SENTENCES[lang] in part
        assert DATES[lang] in part
    assert said.subject == plain.subject


def test_a_broken_promise_moves_to_the_firmer_note_at_once_and_suggests_a_credit_hold(
        dovecot, smtp_sink, db_url):
    """Bob answers the pre-due note (Fri 13 Nov) with a promise for the 17th; held to the
    19th, broken on Friday the 20th: the +5 note goes out that day (not on Monday), says
    the promised date passed, and the note after it no longer does."""
    runner = Runner.open(make_config(dovecot, smtp_sink, db_url))
    try:
        dovecot.append("ar", invoice_mail("INV-1", BOB, "1,000.00", "net 14", at(DAY, 10)))
        runner.sync(at(DAY, 11))
        for n in range(1, 12):
            runner.tick(at(d(n), 10))
        assert client_mail(smtp_sink) == ["Invoice INV-1: did it reach you?", "Friendly reminder: invoice INV-1 is due on November 16, 2026"]
        reply(dovecot, runner, "Hello, we will pay on 17 November 2026.\nBob", at(d(11), 11))
        sent_before = len(smtp_sink.messages)
        for n in range(12, 19):
            for hour in (10, 11):
                runner.tick(at(d(n), hour))
        notes = [m for m in smtp_sink.messages[sent_before:] if BOB in m.rcpt_tos]
        assert len(notes) == 1, [client_mail(smtp_sink, sent_before)]
        note = message_from_bytes(notes[0].data, policy=policy.default)
        assert note["Date"]
        assert "20 Nov 2026" in str(note["Date"])
        text = note.get_body(("plain",)).get_content()
        assert "November 17, 2026. That date has now passed" in text
        assert "past due" in str(note["Subject"])
        [task] = open_of(runner, "promise_broken")
        assert "credit hold" in task.summary
        assert "no further credit until paid in full" in task.summary
        assert any("credit hold" in x for x in needs(runner, at(d(19), 18)))
        # the next note (a week later, the +8 question) says it no more
        for n in range(19, 30):
            runner.tick(at(d(n), 10))
        later = [message_from_bytes(m.data, policy=policy.default)
                 for m in smtp_sink.messages[sent_before:] if BOB in m.rcpt_tos][1:]
        assert later, "chasing went on"
        assert all("has now passed" not in m.get_body(("plain",)).get_content()
                   for m in later)
    finally:
        runner.close()


# ============================================================== bounces ====

def dsn(failed: str, original_id: str) -> bytes:
    return (
        "From: MAILER-DAEMON@mx.globex.test\r\nTo: ar@acme.test\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        "Date: Sun, 08 Nov 2026 09:31:00 +0100\r\n"
        f"Message-ID: <dsn-{failed}@mx.globex.test>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n"
        "--b\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.globex.test\r\n"
        f"\r\nFinal-Recipient: rfc822; {failed}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n\r\n"
        "--b\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"Message-ID: {original_id}\r\nTo: {failed}\r\n\r\n--b--\r\n").encode()


def test_a_debtor_whose_every_address_bounces_becomes_a_task(dovecot, smtp_sink, sqlite_url):
    ann = "ann@globex.test"
    runner = Runner.open(make_config(dovecot, smtp_sink, sqlite_url))
    try:
        body = ("Hello,\n\nplease find attached invoice INV-1.\n\nInvoice number: INV-1\n"
                "Total amount due: EUR 1,000.00\nnet 14\n\nKind regards\nStaff\n")
        dovecot.append("ar", mail(STAFF, [BOB, ann], "Invoice INV-1", body, at(DAY, 10),
                                  cc=[AR]))
        runner.sync(at(DAY, 11))
        runner.tick(at(d(3), 10))
        with runner.bot.store.session() as s:
            [reminder] = s.exec(select(Outbox).where(Outbox.kind == "chase")).all()
        assert sorted(reminder.recipients) == [ann, BOB]
        dovecot.append("ar", dsn(BOB, reminder.message_id))
        runner.sync(at(d(4), 9))
        assert open_of(runner, "bounce") == []  # Ann still gets our mail
        for n, raw in enumerate((dsn(ann, reminder.message_id), dsn(ann, reminder.message_id)
                                 .replace(b"<dsn-", b"<dsn2-"))):
            dovecot.append("ar", raw)
            runner.sync(at(d(4), 10 + n))
        [task] = open_of(runner, "bounce")  # one task, however many bounces
        assert task.summary.startswith("find a working address for Globex")
        assert BOB in task.summary
        assert ann in task.summary
        assert any("find a working address" in x for x in needs(runner, at(d(4), 18)))
    finally:
        runner.close()


# ============================================================== third parties =

@pytest.mark.parametrize("body", ["Please stop contacting us.",
                                  "We dispute invoice INV-1: the work was never delivered.",
                                  "Could we pay invoice INV-1 in three monthly installments?"])
def test_a_colleagues_stop_or_dispute_changes_nothing_and_nothing_goes_to_them(
        dovecot, smtp_sink, bob_owes, body):
    """Dave got Bob's reminder forwarded and answers it: he is not a contact and the bot
    never wrote to him, so his mail changes nothing, opens no task, is shown to staff,
    and is never answered; Bob is chased as before."""
    runner = bob_owes
    mid = reply(dovecot, runner, body, at(d(4), 11), sender=DAVE)
    with runner.bot.store.session() as s:
        row = s.get(MailMessage, mid)
        assert row.needs_human
        assert "not obeyed" in str(row.classification.get("reason"))
        inv = s.exec(select(Invoice)).one()
        assert (inv.state, inv.hold_reason) == ("open", None)
        assert s.exec(select(Task)).all() == []
    assert (debtor(runner).stopped, debtor(runner).paused_reason) == (False, None)
    for n in range(4, 23):
        runner.tick(at(d(n), 10))
    assert not any(DAVE in m.rcpt_tos for m in smtp_sink.messages)
    assert client_mail(smtp_sink) == ["Invoice INV-1: did it reach you?",
                                      "Friendly reminder: invoice INV-1 is due on November 16, 2026", "Invoice INV-1 is past due"]


# ============================================================== the commands =

@pytest.mark.slow
@pytest.mark.timeout(600)  # a simulation of weeks: minutes on a loaded machine
def test_the_commands_lift_a_pause_and_a_stop_only_as_said(dovecot, smtp_sink, sqlite_url,
                                                           tmp_path):
    import subprocess
    import sys

    from tests.botenv import write_config

    config = write_config(tmp_path / "config.toml", dovecot, smtp_sink, sqlite_url)

    def cli(*args: str) -> str:
        proc = subprocess.run([sys.executable, "-m", "mailbot", *args, "--config",
                               str(config)], capture_output=True, text=True, timeout=60,
                              check=False)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    runner = Runner.open(make_config(dovecot, smtp_sink, sqlite_url))
    try:
        dovecot.append("ar", invoice_mail("INV-1", BOB, "1,000.00", "net 14", at(DAY, 10)))
        runner.sync(at(DAY, 11))
        runner.tick(at(d(3), 10))
        question = reply(dovecot, runner, "Who is our contact person at Acme?", at(d(4), 11))
        out = cli("handled", str(question), "--keep-paused", "--now", "2026-11-09T09:00")
        assert "resumes" not in out
        assert debtor(runner).paused_reason
        stop = reply(dovecot, runner, "Please stop contacting us.", at(d(7), 11))
        listing = cli("tasks")
        assert "stop" in listing
        task_id = next(line.split()[0] for line in listing.splitlines() if " stop " in line)
        cli("done", task_id, "--now", "2026-11-09T12:00")
        cli("handled", str(stop), "--now", "2026-11-09T12:05")
        assert debtor(runner).stopped  # acknowledged is not lifted
        assert "chasing resumes" in cli("resume", "INV-1", "--now", "2026-11-09T12:10")
        assert debtor(runner).stopped
        assert debtor(runner).paused_reason is None
        cli("resume", "INV-1", "--unstop", "--now", "2026-11-09T12:15")
        assert not debtor(runner).stopped
    finally:
        runner.close()

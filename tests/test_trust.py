"""Trust, as an attacker tries it: forged bank and staff mail, strangers who know an
invoice number, forged bounces, receipts and absence notes. Every message goes through
the real IMAP ingest (Dovecot), with our receiving server's Authentication-Results on
top, on SQLite and PostgreSQL. Each forgery changes nothing and is shown to staff; the
genuine mail of the same kind still works."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from email import message_from_bytes
from typing import Any

import pytest
from sqlmodel import select

from mailbot.adapters.models import Contact, Debtor, Invoice, MailMessage, Outbox
from mailbot.app import staff
from mailbot.reading.parse import parse_message
from mailbot.reading.trust import TrustPolicy, verify
from tests.botenv import (
    AR,
    AUTHSERV,
    BANK,
    BOB,
    STAFF,
    Runner,
    at,
    invoice_mail,
    mail,
    make_config,
)
from tests.conftest import DOVECOT_USERS
from tests.servers import Dovecot, SmtpSink

D0 = date(2026, 11, 2)  # a Monday
MALLORY = "mallory@evil.test"
DAVE = "dave@globex.test"  # a colleague of Bob's the bot has never written to


@pytest.fixture(scope="module")
def servers():
    with Dovecot(DOVECOT_USERS) as dovecot, SmtpSink(dovecot=dovecot) as sink:
        yield dovecot, sink


def open_world(dovecot: Dovecot, sink: SmtpSink, db_url: str) -> tuple[Runner, str]:
    """INV-1001 (Bob at Globex) registered on D0 and its "did it arrive?" mail sent on
    D0+3; INV-1002 for Bob registered on D0+4: the runner and the reminder's id (also
    bench/forgery.py's world)."""
    r = Runner.open(make_config(dovecot, sink, db_url))
    try:
        dovecot.append("ar", invoice_mail("INV-1001", BOB, "1,000.00", "Payment terms: net 30",
                                          at(D0, 10)))
        r.sync(at(D0, 11))
        r.tick(at(D0 + timedelta(days=3)))
        dovecot.append("ar", invoice_mail("INV-1002", BOB, "500.00", "Payment terms: net 30",
                                          at(D0 + timedelta(days=4), 10)))
        r.sync(at(D0 + timedelta(days=4), 11))
        with r.bot.store.session() as s:
            [reminder] = s.exec(select(Outbox).where(Outbox.kind == "chase")).all()
        assert reminder.status == "sent"
        assert reminder.recipients == [BOB]
        return r, reminder.message_id
    except BaseException:
        r.close()
        raise


@pytest.fixture
def world(servers, db_url):
    """open_world's runner, Dovecot and the reminder's id."""
    dovecot, sink = servers
    r, reminder = open_world(dovecot, sink, db_url)
    try:
        yield r, dovecot, reminder
    finally:
        r.close()


def state(r: Runner) -> dict[str, Any]:
    """Everything a forgery could try to change."""
    with r.bot.store.session() as s:
        return {
            "invoices": sorted((i.number, i.state, i.paid_amount, i.hold_reason, i.hold_until,
                                i.seen) for i in s.exec(select(Invoice))),
            "debtors": sorted((d.name, d.stopped, d.paused_reason)
                              for d in s.exec(select(Debtor))),
            "contacts": sorted((c.email, c.failing) for c in s.exec(select(Contact))),
            "outbox": sorted((o.kind, tuple(o.recipients)) for o in s.exec(select(Outbox))),
        }


def ingest(r: Runner, dovecot: Dovecot, raw: bytes, day: int = 7) -> MailMessage:
    dovecot.append("ar", raw)
    [result] = r.sync(at(D0 + timedelta(days=day), 9))
    with r.bot.store.session() as s:
        row = s.get(MailMessage, result.message_pk)
        assert row is not None
        return row


def with_auth(raw: bytes, *stamps: str) -> bytes:
    """`raw` with its own stamp replaced by these header lines, top first."""
    head, _, rest = raw.partition(b"\r\n")
    assert head.startswith(b"Authentication-Results:")
    return b"".join(f"{x}\r\n".encode() for x in stamps) + rest


def payment(sender: str = BANK, *stamps: str, frm: str | None = None) -> bytes:
    body = "Credit transfer received\nAmount: EUR 1,000.00\nReference: INV-1001\n"
    raw = mail(sender, [AR], "Incoming payment EUR 1,000.00", body, at(D0 + timedelta(days=6), 8))
    if frm is not None:
        raw = raw.replace(f"From: {sender}".encode(), f"From: {frm}".encode(), 1)
    return with_auth(raw, *stamps) if stamps else raw


def assert_refused_and_shown(r: Runner, row: MailMessage, before: dict[str, object]) -> None:
    assert state(r) == before
    assert row.needs_human
    inbox = {p.id: p.reason for p in staff.pending(r.bot.store)}
    assert inbox.get(row.id)
    # the digest says what it claimed and why it was not obeyed
    reason = inbox[row.id]
    assert any(reason in line.detail for line in r.bot.reports.digest(
        at(D0 + timedelta(days=7), 9, 45)).needs_human)
    # and the next ticks send nothing because of it: no thank-you, nothing to Mallory
    r.tick(at(D0 + timedelta(days=7), 10))
    after = state(r)
    assert all(kind != "thank_you" and MALLORY not in rcpts and DAVE not in rcpts
               for kind, rcpts in after["outbox"])


# ===================================================== forged payment notices ====

BANK_FORGERIES = {
    "dmarc_fail_whose_mailfrom_says_pass": [
        (f"Authentication-Results: {AUTHSERV}; spf=pass smtp.mailfrom=dmarc=pass@evil.test; "
        "dmarc=fail header.from=bank.test")],
    "dmarc_fail_whose_helo_comment_says_pass": [
        (f"Authentication-Results: {AUTHSERV}; spf=pass (helo said dmarc=pass) "
        "smtp.helo=evil.test; dmarc=fail header.from=bank.test")],
    "a_second_trusted_header_saying_pass_below_the_real_fail": [
        f"Authentication-Results: {AUTHSERV}; dmarc=fail header.from=bank.test",
        f"Authentication-Results: {AUTHSERV}; dmarc=pass header.from=bank.test"],
    "a_forged_pass_below_our_received_line": [
        f"Authentication-Results: {AUTHSERV}; spf=softfail smtp.mailfrom=evil.test",
        (f"Received: from evil.test (evil.test [192.0.2.66]) by {AUTHSERV}; "
        "Sun, 08 Nov 2026 07:59:00 +0100"),
        f"Authentication-Results: {AUTHSERV}; dmarc=pass header.from=bank.test"],
    "a_forged_pass_below_a_foreign_received_line": [
        "Received: from evil.test by relay.evil.test; Sun, 08 Nov 2026 07:59:00 +0100",
        f"Authentication-Results: {AUTHSERV}; dmarc=pass header.from=bank.test"],
    "dmarc_pass_for_another_domain": [
        (f"Authentication-Results: {AUTHSERV}; dkim=pass header.d=evil.test; "
        "dmarc=pass header.from=evil.test")],
    "a_pass_stamped_by_another_server": [
        ("Authentication-Results: mx.evil.test; dkim=pass header.d=bank.test; "
        "dmarc=pass header.from=bank.test")],
    "dkim_pass_alone_where_dkim_is_not_allowed": [
        (f"Authentication-Results: {AUTHSERV}; dkim=pass header.d=bank.test; "
        "spf=pass smtp.mailfrom=bank.test")],
}


@pytest.mark.parametrize("stamps", BANK_FORGERIES.values(), ids=BANK_FORGERIES.keys())
def test_a_forged_bank_notice_marks_nothing_paid(world, stamps):
    r, dovecot, _ = world
    before = state(r)
    row = ingest(r, dovecot, payment(BANK, *stamps))
    # not what it claims: `other`, with the reason, for a person
    assert row.kind == "other"
    assert "looks like a payment notice from" in str(row.classification.get("reason"))
    assert_refused_and_shown(r, row, before)


GOOD = (f"Authentication-Results: {AUTHSERV}; dkim=pass header.d=bank.test; "
        "dmarc=pass header.from=bank.test")


@pytest.mark.parametrize("frm", [f"{BANK}, {MALLORY}", f"Bank <{BANK}>\r\nFrom: {MALLORY}"],
                         ids=["two_from_addresses", "two_from_headers"])
def test_a_bank_notice_with_two_senders_marks_nothing_paid(world, frm):
    r, dovecot, _ = world
    before = state(r)
    row = ingest(r, dovecot, payment(BANK, GOOD, frm=frm))
    assert_refused_and_shown(r, row, before)


@pytest.mark.parametrize("sender", ["payments@bank-test.example", "payments@bank.test.evil.test"],
                         ids=["look_alike_domain", "bank_domain_as_a_subdomain"])
def test_a_look_alike_bank_changes_nothing(world, sender):
    r, dovecot, _ = world
    domain = sender.split("@")[1]
    before = state(r)
    row = ingest(r, dovecot, payment(
        sender, f"Authentication-Results: {AUTHSERV}; dmarc=pass header.from={domain}"))
    assert_refused_and_shown(r, row, before)


def test_a_display_name_spoof_of_the_bank_changes_nothing(world):
    r, dovecot, _ = world
    before = state(r)
    row = ingest(r, dovecot, payment(
        MALLORY, f"Authentication-Results: {AUTHSERV}; dmarc=pass header.from=evil.test",
        frm=f"{BANK} <{MALLORY}>"))
    assert_refused_and_shown(r, row, before)


def test_the_genuine_bank_notice_still_marks_the_invoice_paid(world):
    r, dovecot, _ = world
    row = ingest(r, dovecot, payment(BANK, GOOD))
    assert not row.needs_human
    with r.bot.store.session() as s:
        inv = s.exec(select(Invoice).where(Invoice.number == "INV-1001")).one()
        assert (inv.state, inv.paid_amount) == ("paid", Decimal("1000.00"))
    report = r.tick(at(D0 + timedelta(days=7), 10))
    assert [o.kind for o in report.queued if o.kind != "digest"] == ["thank_you"]


# ===================================================== forged staff invoices =====

STAFF_FORGERIES = {
    "dmarc_fail_whose_mailfrom_says_pass": [
        (f"Authentication-Results: {AUTHSERV}; spf=pass smtp.mailfrom=dmarc=pass@evil.test; "
        "dmarc=fail header.from=acme.test")],
    "dmarc_pass_for_another_domain": [
        f"Authentication-Results: {AUTHSERV}; dmarc=pass header.from=evil.test"],
    "two_from_addresses": None,
}


@pytest.mark.parametrize("stamps", STAFF_FORGERIES.values(), ids=STAFF_FORGERIES.keys())
def test_a_forged_staff_invoice_registers_nothing_and_nobody_is_chased(world, stamps):
    r, dovecot, _ = world
    raw = invoice_mail("INV-6666", MALLORY, "9,999.00", "Payment terms: net 7",
                       at(D0 + timedelta(days=6), 8))
    if stamps:
        raw = with_auth(raw, *stamps)
    else:
        raw = raw.replace(f"From: {STAFF}".encode(), f"From: {STAFF}, {MALLORY}".encode(), 1)
    before = state(r)
    row = ingest(r, dovecot, raw)
    assert_refused_and_shown(r, row, before)
    for day in (9, 13, 20, 40):  # weeks pass: Mallory is never written to
        r.tick(at(D0 + timedelta(days=day), 10))
    assert all(MALLORY not in rcpts for _, rcpts in state(r)["outbox"])


# ===================================================== forged staff commands =====

@pytest.mark.parametrize("stamps", STAFF_FORGERIES.values(), ids=STAFF_FORGERIES.keys())
def test_forged_staff_commands_are_other_obey_nothing_and_are_shown(world, stamps):
    r, dovecot, _ = world
    raw = mail(STAFF, [AR], "commands", "paid INV-1001 1000\nwriteoff INV-1002\n",
               at(D0 + timedelta(days=6), 8))
    if stamps:
        raw = with_auth(raw, *stamps)
    else:
        raw = raw.replace(f"From: {STAFF}".encode(), f"From: {STAFF}, {MALLORY}".encode(), 1)
    before = state(r)
    row = ingest(r, dovecot, raw)
    # a forged command is not what it claims: `other`, with the reason, for a person
    assert row.kind == "other"
    assert "not obeyed" in str(row.classification.get("reason"))
    assert_refused_and_shown(r, row, before)


# ===================================================== strangers and chasing =====

STRANGER_REPLIES = {
    "stop": "Please stop contacting us about invoice INV-1001.",
    "dispute": "We dispute invoice INV-1001: the work was never delivered.",
    "paid_claim": "We paid invoice INV-1001 yesterday by bank transfer.",
    "promise": "We will pay invoice INV-1001 on 30 March 2027.",
    "plan_request": "Could we pay invoice INV-1001 in three monthly installments?",
    "details": "Please send your bank details again for invoice INV-1001.",
    "any_reply": "Hello, a question about invoice INV-1001: who is our contact at Acme?",
}


@pytest.mark.parametrize("body", STRANGER_REPLIES.values(), ids=STRANGER_REPLIES.keys())
def test_a_stranger_who_knows_the_invoice_number_changes_no_chasing(world, body):
    r, dovecot, _ = world
    before = state(r)
    row = ingest(r, dovecot, mail(MALLORY, [AR], "Invoice INV-1001", body,
                                  at(D0 + timedelta(days=6), 8)))
    assert row.kind == "client_reply"
    assert_refused_and_shown(r, row, before)
    assert "not obeyed" in str(row.classification.get("reason"))


def test_a_colleague_the_bot_never_wrote_to_changes_nothing_but_is_shown(world):
    r, dovecot, _ = world
    before = state(r)
    row = ingest(r, dovecot, mail(DAVE, [AR], "Invoice INV-1001",
                                  "Please stop contacting us about invoice INV-1001.",
                                  at(D0 + timedelta(days=6), 8)))
    assert_refused_and_shown(r, row, before)


def test_a_reply_forged_in_the_name_of_a_contact_whose_domain_has_dmarc_is_refused(world):
    r, dovecot, reminder = world
    raw = mail(BOB, [AR], "Re: Invoice INV-1001", "Please stop contacting us.",
               at(D0 + timedelta(days=6), 8), reply_to=reminder, authenticated=False)
    before = state(r)
    row = ingest(r, dovecot, raw)
    assert_refused_and_shown(r, row, before)
    assert "DMARC" in str(row.classification.get("reason"))


@pytest.mark.parametrize("dmarc", ["pass", "none"])
def test_a_known_contacts_stop_is_honoured_at_once(world, dmarc):
    r, dovecot, reminder = world
    raw = mail(BOB, [AR], "Re: Invoice INV-1001", "Please stop contacting us.",
               at(D0 + timedelta(days=6), 8), reply_to=reminder)
    if dmarc == "none":  # a domain without a DMARC policy: the address is what we have
        raw = with_auth(raw, f"Authentication-Results: {AUTHSERV}; spf=pass "
                             "smtp.mailfrom=globex.test; dmarc=none header.from=globex.test")
    row = ingest(r, dovecot, raw)
    assert row.needs_human  # staff see the stop
    with r.bot.store.session() as s:
        assert s.exec(select(Debtor)).one().stopped
    report = r.tick(at(D0 + timedelta(days=30), 10))
    assert [o for o in report.queued if o.kind == "chase"] == []


def test_a_reply_changes_only_the_invoice_it_is_about(world):
    """A dispute of INV-1002, sent in the thread of INV-1001's reminder."""
    r, dovecot, reminder = world
    raw = mail(BOB, [AR], "Re: Invoice INV-1001: did it reach you?",
               "We dispute invoice INV-1002, the amount is wrong.",
               at(D0 + timedelta(days=6), 8), reply_to=reminder)
    ingest(r, dovecot, raw)
    with r.bot.store.session() as s:
        states = {i.number: i.state for i in s.exec(select(Invoice))}
    assert states == {"INV-1001": "open", "INV-1002": "disputed"}


# ===================================================== bounces, receipts, absence =

def dsn(failed: str, original_id: str) -> bytes:
    return (
        "From: MAILER-DAEMON@mx.globex.test\r\nTo: ar@acme.test\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        "Date: Sun, 08 Nov 2026 09:31:00 +0100\r\nMessage-ID: <dsn1@mx.globex.test>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n"
        "--b\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.globex.test\r\n"
        f"\r\nFinal-Recipient: rfc822; {failed}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n\r\n"
        "--b\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"Message-ID: {original_id}\r\nTo: {failed}\r\n\r\n--b--\r\n").encode()


def test_a_forged_bounce_of_a_message_the_bot_never_sent_marks_nothing_failing(world):
    r, dovecot, _ = world
    before = state(r)
    row = ingest(r, dovecot, dsn(BOB, "<made-up@evil.test>"))
    assert row.kind == "bounce"
    assert_refused_and_shown(r, row, before)


def test_a_bounce_counts_only_for_the_recipients_of_the_message_it_names(world):
    r, dovecot, reminder = world
    with r.bot.store.session() as s:  # Dave is a contact, but the reminder went to Bob
        s.add(Contact(debtor_id=s.exec(select(Debtor)).one().id, email=DAVE))
        s.commit()
    before = state(r)
    row = ingest(r, dovecot, dsn(DAVE, reminder))
    assert_refused_and_shown(r, row, before)


def test_the_genuine_bounce_of_the_bots_reminder_marks_the_address_failing(world):
    r, dovecot, reminder = world
    ingest(r, dovecot, dsn(BOB, reminder))
    assert (BOB, True) in state(r)["contacts"]


def mdn(reader: str, original_id: str) -> bytes:
    return (f"From: {reader}\r\nTo: {AR}\r\nSubject: Read: Invoice INV-1001\r\n"
            "Date: Sun, 08 Nov 2026 08:10:00 +0100\r\nMessage-ID: <mdn1@x.test>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: multipart/report; "
            "report-type=disposition-notification; boundary=b\r\n\r\n--b\r\n"
            "Content-Type: text/plain\r\n\r\nDisplayed.\r\n--b\r\n"
            "Content-Type: message/disposition-notification\r\n\r\n"
            f"Final-Recipient: rfc822;{reader}\r\nOriginal-Message-ID: {original_id}\r\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\r\n\r\n--b--\r\n").encode()


@pytest.mark.parametrize(("reader", "names_ours"), [(MALLORY, True), (BOB, False)],
                         ids=["from_a_stranger", "naming_no_message_of_ours"])
def test_a_forged_read_receipt_marks_nothing_read(world, reader, names_ours):
    r, dovecot, reminder = world
    before = state(r)
    row = ingest(r, dovecot, mdn(reader, reminder if names_ours else "<x@evil.test>"))
    assert row.kind == "read_receipt"
    assert_refused_and_shown(r, row, before)


def test_the_contacts_read_receipt_for_the_reminder_marks_it_read(world):
    r, dovecot, reminder = world
    ingest(r, dovecot, mdn(BOB, reminder))
    assert ("INV-1001", True) in {(n, seen) for n, *_, seen in state(r)["invoices"]}


def absence(sender: str, until: str) -> bytes:
    return mail(sender, [AR], "Automatic reply: Invoice INV-1001",
                f"I am out of the office until {until} with no access to email.",
                at(D0 + timedelta(days=6), 8), headers={"Auto-Submitted": "auto-replied"})


def test_a_strangers_absence_note_holds_nothing(world):
    r, dovecot, _ = world
    before = state(r)
    row = ingest(r, dovecot, absence(MALLORY, "1 March 2027"))
    assert row.kind == "auto_reply"
    assert state(r) == before


def test_a_contacts_absence_note_defers_by_at_most_the_configured_days(world):
    r, dovecot, _ = world
    ingest(r, dovecot, absence(BOB, "1 March 2027"))
    holds = {(n, reason, until) for n, _, _, reason, until, _ in state(r)["invoices"]}
    cap = D0 + timedelta(days=7 + 21)
    assert holds == {("INV-1001", "away", cap), ("INV-1002", "away", cap)}


# ===================================================== the header, read as a structure

def test_a_method_result_is_the_token_after_the_method_never_a_substring():
    policy = TrustPolicy(frozenset({AUTHSERV}))

    def verdict(*stamps: str) -> bool | None:
        raw = "".join(f"{x}\r\n" for x in stamps) + (
            f"From: {BANK}\r\nTo: {AR}\r\nSubject: x\r\nMessage-ID: <1@bank.test>\r\n\r\nx\r\n")
        return verify(parse_message(raw.encode()), policy).authenticated

    assert verdict(GOOD) is True
    assert verdict(f"Authentication-Results: {AUTHSERV}; dmarc=fail "
                   "(dmarc=pass) header.from=bank.test") is False
    assert verdict(f"Authentication-Results: {AUTHSERV}; dmarc=pass") is False  # no header.from
    assert verdict(f"Authentication-Results: {AUTHSERV}; dmarc=pass "
                   "header.from=mail.bank.test") is True  # the same organisational domain
    assert verdict(f"Authentication-Results: {AUTHSERV}; ;;; garbage") is None
    assert verdict("Received: from a by imap.acme.test; Sun, 08 Nov 2026 08:00:00 +0100",
                   GOOD) is None  # our IMAP host is not configured: nothing is trusted
    lmtp = TrustPolicy(frozenset({AUTHSERV}), frozenset({"imap.acme.test"}))
    raw = (f"Received: from mx by imap.acme.test (Dovecot) with LMTP; x\r\n{GOOD}\r\n"
           f"From: {BANK}\r\nSubject: x\r\n\r\nx\r\n")
    assert verify(parse_message(raw.encode()), lmtp).authenticated is True


def test_classify_json_says_a_forgery_is_not_authenticated(tmp_path):
    import json
    import subprocess
    import sys

    for name, stamps in BANK_FORGERIES.items():
        (tmp_path / f"{name}.eml").write_bytes(payment(BANK, *stamps))
    ctx = tmp_path / "context.toml"
    ctx.write_text(f'bot_address = "{AR}"\nnotifiers = ["{BANK}"]\n'
                   f'authserv_ids = ["{AUTHSERV}"]\n')
    proc = subprocess.run([sys.executable, "-m", "mailbot", "classify", "--json",
                           "--context", str(ctx), *map(str, sorted(tmp_path.glob("*.eml")))],
                          check=False, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()] \
        if not proc.stdout.lstrip().startswith("[") else json.loads(proc.stdout)
    assert len(records) == len(BANK_FORGERIES)
    assert all(rec["authenticated"] is not True and rec["needs_human"] for rec in records)
    assert message_from_bytes(payment(BANK, GOOD))["From"] == BANK


# ===================================================== no result from our server ===

FOREIGN_PASS = ("Authentication-Results: mx.evil.test; dkim=pass header.d=globex.test; "
                "dmarc=pass header.from=globex.test")


@pytest.mark.parametrize("stamps", [(), (FOREIGN_PASS,)],
                         ids=["no_results_at_all", "results_of_another_server_only"])
def test_a_contacts_mail_our_server_left_no_result_on_changes_nothing(world, stamps):
    """Found by bench/forgery.py: with trust.require_authentication, a contact's stop
    (or absence note) that our receiving server did not vouch for at all was obeyed as if
    the domain had no DMARC policy."""
    r, dovecot, reminder = world
    raw = mail(BOB, [AR], "Re: Invoice INV-1001", "Please stop contacting us.",
               at(D0 + timedelta(days=6), 8), reply_to=reminder)
    raw = raw.partition(b"\r\n")[2]  # without our MX's stamp
    if stamps:
        raw = "".join(f"{x}\r\n" for x in stamps).encode() + raw
    before = state(r)
    row = ingest(r, dovecot, raw)
    assert_refused_and_shown(r, row, before)
    ingest(r, dovecot, absence(BOB, "1 March 2027").partition(b"\r\n")[2])
    assert state(r)["invoices"] == before["invoices"]

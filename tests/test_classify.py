"""What kind of mail this is and what it says: mailbot.reading.classify on real third-party
samples (tests/data/corpus, see PROVENANCE.md there) and on hand-written messages."""

from __future__ import annotations

import csv
import hashlib
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from mailbot.domain.values import Address, Classification, Intent, Kind
from mailbot.reading.classify import Context, classify
from mailbot.reading.parse import parse_message
from mailbot.reading.replies import reply_text
from mailbot.reading.trust import TrustPolicy, verify

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
LABELS = list(csv.DictReader((CORPUS / "labels.csv").open(encoding="utf-8", newline="")))

BOT = "ar@acme.test"  # corpus samples use example.com: keep staff out of their way
MX = "mx.acme.test"  # our receiving server's authserv-id
THREAD_ID = "<mailbot.0001@acme.test>"  # a reminder the bot sent
CTX = Context(
    bot_address=BOT,
    staff_domains=frozenset({"acme.test"}),
    notifiers=frozenset({"notifications@bank.example", "@payments.example"}),
    authserv_ids=frozenset({MX}),
    known_invoice_numbers=("INV-2026-001", "INV-2026-002"),
    known_message_ids=frozenset({THREAD_ID}),
    known_contacts=frozenset({"alice@client.test"}),
)
EMPTY = Context(bot_address=BOT)

STAFF_PASS = f"{MX}; dkim=pass header.d=acme.test; spf=pass; dmarc=pass header.from=acme.test"
BANK_PASS = f"{MX}; dkim=pass header.d=bank.example; spf=pass; dmarc=pass header.from=bank.example"


def mail(body: str, *, sender: str = "Alice Client <alice@client.test>", to: str = BOT,
         cc: str | None = None, subject: str = "Re: Invoice INV-2026-001",
         date_: str = "Tue, 01 Dec 2026 10:00:00 +0000", headers: dict[str, str] | None = None,
         in_reply_to: str | None = None) -> bytes:
    lines = [f"From: {sender}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    digest = hashlib.sha1((sender + subject + body).encode()).hexdigest()
    lines += [f"Subject: {subject}", f"Date: {date_}", f"Message-ID: <{digest}@test>",
              "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
              "Content-Transfer-Encoding: 8bit"]
    if in_reply_to:
        lines += [f"In-Reply-To: {in_reply_to}", f"References: {in_reply_to}"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode("utf-8")


def run(raw: bytes, ctx: Context = CTX) -> Classification:
    return classify(parse_message(raw), ctx)


def corpus(kind: str) -> list[dict[str, str]]:
    return [row for row in LABELS if row["kind"] == kind]


def ids(rows: list[dict[str, str]]) -> list[str]:
    return [Path(r["path"]).name for r in rows]


# ================================================================== corpus: machine mail

def expected_failures(row: dict[str, str]) -> tuple[set[str], bool | None]:
    """Failed addresses and permanence as labels.csv states them (from upstream tests)."""
    expected = row["expected"]
    m = re.match(r"(permanent|temporary):(.*)", expected)
    if m:  # flufl.bounce: "permanent:a@x b@y"
        return {a.lower() for a in m.group(2).split()}, m.group(1) == "permanent"
    statuses = re.findall(r"[Ss]tatus[ =](\d)\.", expected)  # sisimai, MimeKit
    permanent = {s == "5" for s in statuses}
    addresses = {a.lower() for a in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", expected)}
    return addresses, (permanent.pop() if len(permanent) == 1 else None)


READABLE_BOUNCES = corpus("bounce")


@pytest.mark.parametrize("row", READABLE_BOUNCES, ids=ids(READABLE_BOUNCES))
def test_bounces_name_their_failed_recipients(row):
    c = run((CORPUS / row["path"]).read_bytes(), EMPTY)
    addresses, permanent = expected_failures(row)
    assert c.kind == Kind.BOUNCE
    # (a bare "user unknown" given only after DATA may be a filter or a late mailbox
    # check: the address is kept and a person decides, bounce.unknown_after_data)
    assert not c.needs_human or "after DATA" in (c.reason or "")
    assert c.failed_recipients
    assert addresses <= set(c.failed_recipients)
    if addresses and row["expected"].startswith(("permanent:", "temporary:")):
        assert set(c.failed_recipients) == addresses
    if permanent is not None:
        assert c.bounce_permanent is permanent


def test_a_bounce_sent_as_a_deleted_mdn_is_a_bounce_not_a_read_receipt():
    # Dovecot rejects over-quota mail with an MDN "automatic-action/...; deleted"
    c = run((CORPUS / "bounce" / "flufl-simple_38.eml").read_bytes(), EMPTY)
    assert c.kind == Kind.BOUNCE
    assert c.failed_recipients == ("userx@example.com",)
    assert c.original_message_id == "<2ee7df1322121930966bcc2318379726@localhost>"


@pytest.mark.parametrize(("name", "original"), [
    ("flufl-dsn_01.eml", "<F1218V8zDv60gxapzha000001ae@hotmail.com>"),  # message/rfc822
    ("sisimai-rfc3464-01.eml", "<E1C50F1B-1C83-4820-BC36-AC6FBFBE8568@example.org>"),
    ("mimekit-delivery-status.eml", "<31FC7EB4.41C6@netscape.com>"),
])
def test_a_bounce_is_tied_to_the_message_that_bounced(name, original):
    assert run((CORPUS / "bounce" / name).read_bytes(), EMPTY).original_message_id == original


def test_a_base64_delivery_status_block_is_read():
    # MimeKit's bounce.txt: an Outlook-relayed DSN whose per-recipient block is base64
    c = run((CORPUS / "bounce" / "mimekit-bounce.eml").read_bytes(), EMPTY)
    assert c.kind == Kind.BOUNCE
    assert not c.needs_human
    assert c.failed_recipients == ("netec.test@netecgc.com",)
    assert c.bounce_permanent is True


@pytest.mark.parametrize("row", corpus("auto_reply"), ids=ids(corpus("auto_reply")))
def test_auto_replies_are_recognised_and_need_nothing(row):
    c = run((CORPUS / row["path"]).read_bytes(), CTX)
    assert c.kind == Kind.AUTO_REPLY
    assert not c.needs_human
    assert c.failed_recipients == ()


def test_an_rfc8098_read_receipt_names_the_message_it_acknowledges():
    c = run((CORPUS / "read_receipt" / "mimekit-disposition-notification.eml").read_bytes())
    assert c.kind == Kind.READ_RECEIPT
    assert not c.needs_human
    assert c.original_message_id == "<199509192301.23456@example.org>"


PARSABLE_MIME = [r for r in corpus("other_mime") if "cpython-msg_19" not in r["path"]]


@pytest.mark.parametrize("row", PARSABLE_MIME, ids=ids(PARSABLE_MIME))
def test_other_mail_is_not_mistaken_for_a_bounce_or_receipt(row):
    for ctx in (EMPTY, CTX):
        c = run((CORPUS / row["path"]).read_bytes(), ctx)
        assert c.kind not in (Kind.BOUNCE, Kind.READ_RECEIPT)
        assert c.kind not in (Kind.INVOICE_COPY, Kind.PAYMENT_CONFIRMATION)
        assert c.failed_recipients == ()


def test_a_dsn_reporting_successful_delivery_is_not_a_bounce():
    c = run((CORPUS / "mime" / "sisimai-rfc3464-28.eml").read_bytes(), EMPTY)
    assert c.kind != Kind.BOUNCE


# ================================================================== corpus: replies

# whole messages whose expected text is exact (talon keeps some signatures: see test_replies)
REPLIES = [r for r in corpus("reply") if r["path"].endswith(".eml") and r["expected"]
           and " / " not in r["expected"]]


@pytest.mark.parametrize("row", REPLIES, ids=ids(REPLIES))
def test_reply_text_strips_the_quoted_history(row):
    expected = row["expected"].removeprefix("reply text after quote stripping: ")
    assert reply_text(parse_message((CORPUS / row["path"]).read_bytes())) == expected


@pytest.mark.parametrize("row", REPLIES, ids=ids(REPLIES))
def test_a_real_reply_from_a_known_contact_that_says_only_hello_goes_to_a_human(row):
    msg = parse_message((CORPUS / row["path"]).read_bytes())
    assert msg.sender is not None
    ctx = Context(bot_address=BOT, known_contacts=frozenset({msg.sender.email}))
    c = classify(msg, ctx)
    assert c.kind == Kind.CLIENT_REPLY
    assert c.intent == Intent.OTHER
    assert c.needs_human
    # from a stranger it is not a client reply at all
    assert classify(msg, EMPTY).kind == Kind.OTHER


# ================================================================== invoice copies

INVOICE_BODY = """Dear Alice,

please find attached invoice INV-2026-007.

Invoice date: 3 November 2026
Total amount due: EUR 1,234.56
Due date: 3 December 2026

Kind regards
Sam
"""


def invoice_copy(*, cc: str | None = f"Accounts <{BOT}>", auth: list[str] | None = None,
                 body: str = INVOICE_BODY, **kw) -> bytes:
    headers = {"Delivered-To": BOT}
    raw = mail(body, sender="Sam Staff <sam@acme.test>", to="Alice Client <alice@client.test>",
               cc=cc, subject="Invoice INV-2026-007", date_="Tue, 03 Nov 2026 10:00:00 +0000",
               headers=headers, **kw)
    # Authentication-Results headers go on top, as the receiving server adds them
    return b"".join(f"Authentication-Results: {a}\r\n".encode() for a in auth or []) + raw


def test_an_invoice_copy_with_the_bot_in_cc_registers_the_invoice():
    c = run(invoice_copy(auth=[STAFF_PASS]))
    assert c.kind == Kind.INVOICE_COPY
    assert not c.needs_human
    assert c.authenticated is True
    assert c.invoice is not None
    assert c.invoice.number == "INV-2026-007"
    assert c.invoice.amount == Decimal("1234.56")
    assert c.invoice.currency == "EUR"
    assert c.invoice.issue_date == date(2026, 11, 3)
    assert c.invoice.due_date == date(2026, 12, 3)
    assert c.debtor_contacts == (Address("alice@client.test", "Alice Client"),)


def test_an_invoice_copy_with_the_bot_in_bcc_registers_the_invoice():
    c = run(invoice_copy(cc=None, auth=[STAFF_PASS]))
    assert c.kind == Kind.INVOICE_COPY
    assert not c.needs_human
    assert c.invoice is not None
    assert c.invoice.number == "INV-2026-007"


def test_an_invoice_copy_without_a_due_date_uses_its_terms():
    body = INVOICE_BODY.replace("Due date: 3 December 2026", "Payment terms: net 14 days")
    c = run(invoice_copy(auth=[STAFF_PASS], body=body))
    assert c.invoice is not None
    assert c.invoice.terms_days == 14
    assert c.invoice.due_date == date(2026, 11, 17)


def test_an_invoice_copy_without_an_amount_goes_to_a_human():
    body = INVOICE_BODY.replace("Total amount due: EUR 1,234.56\n", "")
    c = run(invoice_copy(auth=[STAFF_PASS], body=body))
    assert c.kind == Kind.INVOICE_COPY
    assert c.needs_human
    assert "amount" in c.reason
    assert c.invoice is None


def test_an_invoice_copy_failing_authentication_goes_to_a_human():
    c = run(invoice_copy(auth=[f"{MX}; dkim=fail header.d=acme.test; spf=fail; dmarc=fail"]))
    assert c.kind == Kind.INVOICE_COPY
    assert c.authenticated is False
    assert c.needs_human
    assert "authentication" in c.reason


def test_a_forged_authentication_result_from_another_server_does_not_count():
    forged = "evil.example; dkim=pass header.d=acme.test; spf=pass; dmarc=pass"
    c = run(invoice_copy(auth=[forged]))
    assert c.authenticated is None
    assert c.needs_human
    # and it cannot outvote our own server's verdict
    both = run(invoice_copy(auth=[f"{MX}; dkim=none; spf=softfail; dmarc=fail", forged]))
    assert both.authenticated is False
    assert both.needs_human


def test_without_required_authentication_an_unsigned_invoice_copy_is_accepted():
    lax = Context(bot_address=BOT, staff_domains=frozenset({"acme.test"}),
                  require_authentication=False)
    c = run(invoice_copy(), lax)
    assert c.kind == Kind.INVOICE_COPY
    assert c.authenticated is None
    assert not c.needs_human


def test_staff_mail_addressed_to_the_bot_is_not_an_invoice_copy():
    raw = mail(INVOICE_BODY, sender="sam@acme.test", to=BOT, subject="Invoice INV-2026-007",
               headers={"Authentication-Results": STAFF_PASS})
    c = run(raw)
    assert c.kind == Kind.STAFF_COMMAND
    assert not c.needs_human  # authenticated: its commands are obeyed (mailbot.app.commands)
    forged = run(mail("paid INV-1", sender="sam@acme.test", to=BOT, subject="commands",
                      headers={"Authentication-Results": STAFF_PASS.replace("pass", "fail")}))
    # not what it claims: kept as `other` for a person, with the reason
    assert forged.kind == Kind.OTHER
    assert forged.needs_human
    assert forged.invoice_numbers == ("INV-1",)
    assert "not obeyed" in forged.reason


# ================================================================== authentication

def test_dkim_pass_counts_only_for_the_senders_domain_and_only_where_allowed():
    def verdict(header: str, sender: str = "notifications@bank.example", *,
                allow_dkim: bool = True) -> bool | None:
        msg = parse_message(mail("x", sender=sender, headers={"Authentication-Results": header}))
        return verify(msg, TrustPolicy(frozenset({MX}), allow_dkim=allow_dkim)).authenticated

    assert verdict(f"{MX}; dkim=pass header.d=bank.example") is True
    assert verdict(f"{MX}; dkim=pass header.d=bank.example", "alerts@mail.bank.example") is True
    assert verdict(f"{MX}; dkim=pass header.d=bank.example", allow_dkim=False) is False
    assert verdict(f"{MX}; dkim=pass header.d=evil.example") is False
    assert verdict(f"{MX}; dkim=pass header.d=example") is False  # a public suffix
    assert verdict(f"{MX}; spf=pass") is False
    assert verdict("other.example; dmarc=pass") is None


# ================================================================== payments

PAYMENT_BODY = """Credit transfer received

Date: 09.12.2026
Amount: EUR 1,234.56
Ordering party: Client GmbH
Reference: INV-2026-001
"""


def payment(body: str = PAYMENT_BODY, *, sender: str = "Bank <notifications@bank.example>",
            auth: str | None = BANK_PASS) -> bytes:
    return mail(body, sender=sender, subject="Incoming credit transfer",
                date_="Wed, 09 Dec 2026 07:00:00 +0000",
                headers={"Authentication-Results": auth} if auth else None)


def test_a_payment_notice_records_amount_currency_and_invoice():
    c = run(payment())
    assert c.kind == Kind.PAYMENT_CONFIRMATION
    assert not c.needs_human
    assert c.authenticated is True
    assert c.payment is not None
    assert c.payment.amount == Decimal("1234.56")
    assert c.payment.currency == "EUR"
    assert c.payment.invoice_numbers == ("INV-2026-001",)
    assert c.payment.paid_on == date(2026, 12, 9)
    assert c.invoice_numbers == ("INV-2026-001",)


def test_a_notifier_can_be_a_whole_domain():
    raw = payment(sender="Payments <no-reply@payments.example>",
                  auth=f"{MX}; dkim=pass header.d=payments.example; dmarc=pass header.from=payments.example")
    c = run(raw)
    assert c.kind == Kind.PAYMENT_CONFIRMATION
    assert not c.needs_human


def test_a_payment_notice_for_an_unknown_invoice_reads_its_number():
    c = run(payment(PAYMENT_BODY.replace("Reference: INV-2026-001",
                                         "Reference: Invoice INV-2026-099")))
    assert c.payment is not None
    assert c.payment.invoice_numbers == ("INV-2026-099",)


def test_an_unauthenticated_payment_notice_goes_to_a_human():
    c = run(payment(auth=None))
    # a notice our server did not authenticate is not what it claims: `other`, with what
    # it says kept for the person who looks
    assert c.kind == Kind.OTHER
    assert c.needs_human
    assert "looks like a payment notice from" in c.reason
    assert "authentication" in c.reason
    assert c.invoice_numbers == ("INV-2026-001",)


def test_a_payment_notice_without_an_invoice_reference_goes_to_a_human():
    c = run(payment(PAYMENT_BODY.replace("Reference: INV-2026-001\n", "")))
    assert c.needs_human
    assert "invoice reference" in c.reason


def test_a_client_cannot_pose_as_the_bank():
    c = run(payment(sender="Bank <notifications@bank-example.test>", auth=None))
    assert c.kind != Kind.PAYMENT_CONFIRMATION


# ================================================================== client replies

def reply(body: str, *, sender: str = "Carol <carol@client.test>", **kw) -> Classification:
    """A reply threaded to the bot's reminder by In-Reply-To (sender not otherwise known)."""
    kw.setdefault("in_reply_to", THREAD_ID)
    return run(mail(body, sender=sender, subject="Re: Invoice INV-2026-001 is past due", **kw))


def test_a_promise_with_a_date():
    c = reply("Hello, sorry for the delay. We will pay on 10 December 2026.\n\nBest regards\n")
    assert c.kind == Kind.CLIENT_REPLY
    assert c.intent == Intent.PROMISE
    assert c.promised_date == date(2026, 12, 10)
    assert not c.needs_human
    assert c.original_message_id == THREAD_ID


def test_a_relative_promise_is_dated_from_the_reply():
    c = reply("We will pay next Friday.", date_="Tue, 01 Dec 2026 10:00:00 +0000")
    assert (c.intent, c.promised_date) == (Intent.PROMISE, date(2026, 12, 4))


@pytest.mark.parametrize("body", [
    "Guten Tag, wir werden den Betrag am 10.12.2026 überweisen.",
    "Kami akan bayar pada 10 Desember 2026.",
    "Оплатим до 10 декабря 2026.",
])
def test_promises_in_german_indonesian_and_russian(body):
    c = reply(body)
    assert (c.intent, c.promised_date, c.needs_human) == (Intent.PROMISE, date(2026, 12, 10),
                                                          False)


def test_a_promise_without_a_date_goes_to_a_human():
    c = reply("We will pay soon.")
    assert c.intent == Intent.PROMISE
    assert c.promised_date is None
    assert c.needs_human
    assert c.reason.startswith("promise without a date")  # then the rule and its words


@pytest.mark.parametrize(("body", "intent"), [
    ("We already paid this invoice on 1 December.", Intent.PAID_CLAIM),
    ("Мы уже оплатили этот счёт.", Intent.PAID_CLAIM),
    ("The amount is incorrect: we were overcharged for the second item.", Intent.DISPUTE),
    ("Please stop contacting us.", Intent.STOP),
    ("We never received this invoice. Could you send it again?", Intent.NOT_RECEIVED),
    ("Could you send us your bank details?", Intent.PAYMENT_DETAILS),
    ("Could we pay this in installments?", Intent.PLAN_REQUEST),
])
def test_each_intent_is_recognised(body, intent):
    c = reply(body)
    assert c.kind == Kind.CLIENT_REPLY
    assert c.intent == intent
    # read surely, and still for staff to confirm or decide
    assert c.confidence >= 0.75
    assert c.needs_human


@pytest.mark.parametrize("body", [
    "Thanks, I have passed this on to our accounts team.",
    "We already paid, but the amount is incorrect.",  # two intents: not sure of either
])
def test_an_unclear_reply_is_other_and_needs_a_human(body):
    c = reply(body)
    assert c.kind == Kind.CLIENT_REPLY
    assert c.intent == Intent.OTHER
    assert c.needs_human


QUOTED_REMINDER = """On Tue, 1 Dec 2026 at 10:00, Acme Accounts <ar@acme.test> wrote:
> Dear Carol,
>
> Invoice INV-2026-001 is past due.
> If you have already paid, please ignore this message, and thank you.
"""


def test_the_quoted_reminder_is_not_read_as_the_clients_words():
    # the reminder says "already paid"; the client's own words decide the intent
    below = reply(QUOTED_REMINDER + "\nThanks, noted.\nCarol\n")  # answered below the quote
    assert below.intent == Intent.OTHER
    assert below.needs_human
    above = reply("We will pay on 10 December 2026.\n\n" + QUOTED_REMINDER)
    assert (above.intent, above.promised_date) == (Intent.PROMISE, date(2026, 12, 10))


def test_a_reply_is_threaded_by_references_alone():
    raw = mail("We already paid.", sender="carol@client.test",
               headers={"References": f"<other@x.test> {THREAD_ID}"})
    c = run(raw)
    assert c.kind == Kind.CLIENT_REPLY
    assert c.intent == Intent.PAID_CLAIM


def test_a_reply_is_matched_by_a_known_invoice_number():
    raw = mail("About INV-2026-002: we already paid it.", sender="dave@newcontact.test",
               subject="Question")
    c = run(raw)
    assert c.kind == Kind.CLIENT_REPLY
    assert c.invoice_numbers == ("INV-2026-002",)


def test_a_reply_from_a_known_contact_needs_no_thread():
    c = run(mail("Please stop contacting us.", subject="Hello"))
    assert c.kind == Kind.CLIENT_REPLY
    assert c.intent == Intent.STOP


def test_a_strangers_mail_is_other_and_needs_a_human():
    c = run(mail("Do you sell gift cards?", sender="someone@elsewhere.test", subject="Hello"))
    assert c.kind == Kind.OTHER
    assert c.needs_human


# ================================================================== auto-replies and receipts

def test_an_rfc3834_auto_reply_with_a_return_date():
    raw = mail("Thank you for your message. I am out of the office until 14 December 2026 "
               "and will answer when I am back.", subject="Out of office",
               headers={"Auto-Submitted": "auto-replied"}, in_reply_to=THREAD_ID)
    c = run(raw)
    assert c.kind == Kind.AUTO_REPLY
    assert c.return_date == date(2026, 12, 14)  # away until Monday the 14th: back then
    assert not c.needs_human
    assert c.original_message_id == THREAD_ID


def test_a_german_out_of_office_is_an_auto_reply_with_its_return_date():
    raw = mail("Ich bin bis zum 14.12.2026 nicht im Büro.", subject="Abwesenheitsnotiz: Rechnung")
    c = run(raw)
    assert (c.kind, c.return_date) == (Kind.AUTO_REPLY, date(2026, 12, 14))


def test_an_auto_reply_without_a_date_defers_nothing():
    c = run(mail("I am on holiday.", subject="Automatic reply: Invoice INV-2026-001"))
    assert c.kind == Kind.AUTO_REPLY
    assert c.return_date is None


def test_a_read_subject_receipt_is_a_read_receipt():
    raw = mail("Your message was read on Tuesday, 1 December 2026 11:02.",
               subject="Read: Invoice INV-2026-001 is past due", in_reply_to=THREAD_ID)
    c = run(raw)
    assert c.kind == Kind.READ_RECEIPT
    assert c.original_message_id == THREAD_ID


def test_a_read_receipt_found_by_references_only():
    raw = mail("Gelesen.", subject="Gelesen: Rechnung INV-2026-001",
               headers={"References": f"<inv@acme.test> {THREAD_ID}"})
    c = run(raw)
    assert c.kind == Kind.READ_RECEIPT
    assert c.original_message_id == THREAD_ID

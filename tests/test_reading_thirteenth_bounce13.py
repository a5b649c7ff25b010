"""Bounces of the thirteenth round (issue 11: never take a live client's address for dead),
from the outside set's misreadings, each rule with examples written for these tests:

- a bare "user unknown" a server gives only after DATA (Postfix "in reply to end of DATA
  command", Exim "after end of data", a Sendmail transcript's ">>> DATA") is a filter's
  refusal of the message: reason other, the address kept; an X.1.x code, words that the
  account does not exist, or a pipelined transcript's "503 need RCPT" (the refusal was
  RCPT's) still say the mailbox is gone;
- an X.2.x code other than a full mailbox says the mailbox exists (RFC 3463): reason other;
  its words saying "user unknown" against it are for a person to judge;
- Sendmail's own summary line under a server's reply ("550 5.1.1 <x>... User unknown"
  below "<<< 550 5.7.1 IP address blacklisted") is not the server's word;
- a failed DNS lookup of the recipient's domain or a null MX (Gmail's "the domain x
  couldn't be found" under "Address not found") is reason other, as the project reads DNS;
- an account said to be disabled or inactive, without an X.1.x code, is not gone;
- a refusal of MAIL FROM is about our sender; a 4.1.x code is transient;
- the server's own enhanced code outweighs a relay's wrapper code on the same line;
- "over quota" words outweigh qmail's generic (#5.1.1);
- Notes/Domino, Exchange 2003 and IMail words for an unknown user;
- a local delivery program's failure (x-unix, "Command output:") is a mailer error;
- Exchange Online's edge block ("5.4.1 ... Recipient address rejected: Access denied")
  is read also when the report wraps it over two lines.

Every message is built here with email.message; none is a copy of a corpus file."""

from __future__ import annotations

from email.message import EmailMessage, Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from typing import cast

import pytest

from mailbot.reading.classify import as_record, classify
from mailbot.reading.context import Context
from mailbot.reading.parse import parse_message

BOT = "ar@acme.test"
OURS = "<20270402.0900.77aa.ar@acme.test>"
CTX = Context(bot_address=BOT, staff_domains=frozenset({"acme.test"}),
              known_message_ids=frozenset({OURS}),
              known_contacts=frozenset({"kasse@verein.example", "billing@shop.example",
                                        "buh@zavod.example", "ops@harbour.example"}))
CLIENT = "billing@shop.example"


def _headers(msg: Message, sender: str, subject: str) -> None:
    msg["Return-Path"] = "<>"
    msg["From"] = sender
    msg["To"] = BOT
    msg["Subject"] = subject
    msg["Date"] = "Fri, 02 Apr 2027 09:05:00 +0000"
    msg["Message-ID"] = "<ndr-13@mx.example>"
    msg["In-Reply-To"] = OURS


def prose(body: str, subject: str = "Undelivered Mail Returned to Sender",
          sender: str = "MAILER-DAEMON@mx.acme.test") -> dict[str, object]:
    """A bounce written only in prose (no DSN part)."""
    msg = EmailMessage()
    _headers(msg, sender, subject)
    msg.set_content(body)
    return as_record(classify(parse_message(msg.as_bytes()), CTX))


def dsn(human: str, status: str, diagnostic: str = "", recipient: str = CLIENT,
        action: str = "failed", subject: str = "Delivery Status Notification (Failure)",
        sender: str = "MAILER-DAEMON@mx.acme.test") -> dict[str, object]:
    """An RFC 3464 report: the human part, one recipient's block, the returned headers."""
    msg = MIMEMultipart("report", report_type="delivery-status")
    _headers(msg, sender, subject)
    msg.attach(MIMEText(human))
    per_message, per_recipient = Message(), Message()
    per_message["Reporting-MTA"] = "dns; mx.acme.test"
    per_recipient["Final-Recipient"] = f"rfc822; {recipient}"
    per_recipient["Action"] = action
    per_recipient["Status"] = status
    if diagnostic:
        per_recipient["Diagnostic-Code"] = diagnostic
    report = MIMEBase("message", "delivery-status")
    report.set_payload([per_message, per_recipient])
    msg.attach(report)
    returned = MIMEText(f"From: {BOT}\nTo: {recipient}\nMessage-ID: {OURS}\n"
                        "Subject: Invoice AC-7781\n", "rfc822-headers")
    msg.attach(returned)
    return as_record(classify(parse_message(msg.as_bytes()), CTX))


def alive(r: dict[str, object], why: str = "other") -> None:
    assert r["kind"] == "bounce"
    assert CLIENT in cast(list[str], r["failed_recipients"])
    assert r["bounce_permanent"] is True
    assert r["bounce_reason"] == why
    assert r["address_dead"] is False


def dead(r: dict[str, object]) -> None:
    assert r["kind"] == "bounce"
    assert CLIENT in cast(list[str], r["failed_recipients"])
    assert r["bounce_reason"] == "user_unknown"
    assert r["address_dead"] is True


POSTFIX = ("This is the mail system at host mx.acme.test.\n\n"
           "I'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients.\n\n"
           "                   The mail system\n\n")
SENDMAIL = ("   ----- The following addresses had permanent fatal errors -----\n"
            f"<{CLIENT}>\n    (reason: {{reason}})\n\n"
            "   ----- Transcript of session follows -----\n"
            "... while talking to mx1.shop.example.:\n")
EXIM = ("This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {CLIENT}\n    host mx1.shop.example [198.51.100.7]\n")


# ------------------------------------------------------- a bare "user unknown" after DATA

@pytest.mark.parametrize("body", [
    POSTFIX + (f"<{CLIENT}>: host mx1.shop.example[198.51.100.7] said: 550\n"
               f"    Unknown user {CLIENT} (in reply to end of DATA\n    command)\n"),
    SENDMAIL.format(reason="550 No such user here") + (
        ">>> DATA\n<<< 550 No such user here\n554 5.0.0 Service unavailable\n"),
    EXIM + "    SMTP error from remote mail server after end of data:\n    550 : User unknown\n",
])
def test_a_bare_user_unknown_after_data_is_a_filter_not_a_dead_address(body: str) -> None:
    alive(prose(body))


@pytest.mark.parametrize("body", [
    # Yandex checks mailboxes late and answers an unknown one after DATA, under X.7.1
    POSTFIX + (f"<{CLIENT}>: host mx.shop.example[198.51.100.7] said: 550 5.7.1\n"
               "    No such user! (in reply to end of DATA command)\n"),
    EXIM + "    SMTP error from remote mail server after end of data:\n    550 No such user\n",
])
def test_a_user_unknown_after_data_is_neither_dead_nor_let_be_but_for_a_person(
        body: str) -> None:
    # a filter's refusal and a late mailbox check read the same: the address is kept,
    # nothing is decided by itself, a person looks
    r = prose(body)
    alive(r)
    assert r["needs_human"] is True
    assert "after DATA" in str(r["reason"])


@pytest.mark.parametrize("body", [
    # the same words at RCPT TO: the mailbox is gone
    POSTFIX + (f"<{CLIENT}>: host mx1.shop.example[198.51.100.7] said: 550\n"
               f"    Unknown user {CLIENT} (in reply to RCPT TO command)\n"),
    # after DATA, but with the server's own X.1.1 code
    EXIM + ("    SMTP error from remote mail server after end of data:\n"
            f"    550 5.1.1 <{CLIENT}>: Recipient address rejected: User unknown\n"),
    # after DATA, in words that the account does not exist
    POSTFIX + (f"<{CLIENT}>: host mx1.shop.example[198.51.100.7] said: 554\n"
               "    delivery error: dd This user doesn't have a shop.example account\n"
               "    (in reply to end of DATA command)\n"),
    # a pipelined transcript: ">>> DATA" shown, the refusal was RCPT's ("503 need RCPT")
    SENDMAIL.format(reason="550 No such user here") + (
        ">>> DATA\n<<< 550 No such user here\n<<< 503 5.5.1 Need RCPT (recipient)\n"),
])
def test_a_refusal_at_rcpt_or_with_its_own_code_still_says_the_mailbox_is_gone(
        body: str) -> None:
    dead(prose(body))


# ------------------------------------------------------- X.2.x: the mailbox exists

@pytest.mark.parametrize(("status", "diagnostic"), [
    ("5.2.1", f"smtp; 550 5.2.1 <{CLIENT}>... User Unknown"),
    ("5.2.0", f"smtp; 550 5.2.0 <{CLIENT}>: unknown user account"),
])
def test_a_mailbox_status_code_with_unknown_user_words_is_for_a_person(
        status: str, diagnostic: str) -> None:
    r = dsn("Delivery to the following recipient failed permanently:\n\n"
            f"    {CLIENT}\n", status, diagnostic)
    alive(r)
    assert r["needs_human"] is True


@pytest.mark.parametrize(("status", "diagnostic", "why"), [
    # an X.2.x with words of a full mailbox is a full one
    ("5.2.0", "smtp; 522 5.2.0 Delivery failed: over quota", "mailbox_full"),
    # a disabled mailbox (X.2.1, no unknown-user words): kept, without asking anybody
    ("5.2.1", "smtp; 550 5.2.1 The email account that you tried to reach is inactive", "other"),
])
def test_other_mailbox_status_codes_keep_their_reason(status: str, diagnostic: str,
                                                      why: str) -> None:
    r = dsn(f"Delivery to {CLIENT} failed.\n", status, diagnostic)
    alive(r, why)


def test_an_addressing_code_with_unknown_user_words_is_still_dead() -> None:
    dead(dsn(f"Delivery to {CLIENT} failed.\n", "5.1.1",
             f"smtp; 550 5.1.1 <{CLIENT}>... User Unknown"))


# ------------------------------------------------------- Sendmail's own gloss

@pytest.mark.parametrize(("reply", "why"), [
    ("550 5.7.1 Service refused, sending IP is on our blocklist", "spam"),
    ("550 5.7.606 Access denied, banned sending IP [203.0.113.9]", "policy"),
])
def test_sendmails_summary_under_a_servers_refusal_is_not_the_servers_word(
        reply: str, why: str) -> None:
    body = SENDMAIL.format(reason=reply) + (
        f">>> RCPT To:<{CLIENT}>\n<<< {reply}\n550 5.1.1 <{CLIENT}>... User unknown\n"
        ">>> DATA\n<<< 503 5.5.1 RCPT first\n")
    alive(prose(body, subject="Returned mail: see transcript for details"), why)


def test_the_servers_own_unknown_user_reply_in_a_transcript_is_dead() -> None:
    body = SENDMAIL.format(reason="550 5.1.1 No such mailbox") + (
        f">>> RCPT To:<{CLIENT}>\n<<< 550 5.1.1 No such mailbox\n"
        f"550 5.1.1 <{CLIENT}>... User unknown\n")
    dead(prose(body, subject="Returned mail: see transcript for details"))


# ------------------------------------------------------- the recipient's domain

@pytest.mark.parametrize("why_line", [
    ("The response was:\n\nDNS Error: 1234 DNS type 'mx' lookup of shop.example responded "
     "with code NXDOMAIN\n"),
    ("The response was:\n\nThe domain shop.example doesn't receive email according to the "
     "administrator: returned Null MX\n"),
])
def test_a_domain_that_does_not_resolve_or_takes_no_mail_is_no_dead_address(
        why_line: str) -> None:
    body = ("** Address not found **\n\n"
            f"Your message wasn't delivered to {CLIENT} because the domain shop.example "
            "couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
            + why_line)
    alive(prose(body, subject="Delivery Status Notification (Failure)",
                sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>"))


def test_an_account_that_does_not_exist_at_a_found_domain_is_dead() -> None:
    body = ("** Address not found **\n\n"
            f"Your message wasn't delivered to {CLIENT} because the address couldn't be "
            "found, or is unable to receive mail.\n\nThe response was:\n\n"
            "550 5.1.1 The email account that you tried to reach does not exist.\n")
    dead(prose(body, subject="Delivery Status Notification (Failure)",
               sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>"))


# ------------------------------------------------------- disabled accounts

@pytest.mark.parametrize("body", [
    (f"The user(s) account is disabled.\n\n<{CLIENT}>: 550 user unknown (in reply to "
     "RCPT TO command)\n"),
    (f"Sorry, your message to {CLIENT} cannot be delivered.\n"
     "This account has been deactivated by its owner.\n"),
    f"<{CLIENT}>:\n550 the mailbox is inactive, message not delivered\n",
])
def test_an_account_said_to_be_disabled_is_not_gone(body: str) -> None:
    alive(prose(body, subject="Mail System Error - Returned Mail"))


def test_a_disabled_mailbox_with_an_addressing_code_is_gone() -> None:
    dead(dsn(f"Delivery to {CLIENT} failed.\n", "5.1.1",
             "smtp; 550 5.1.1 mailbox disabled (employee has left)"))


# ------------------------------------------------------- MAIL FROM, transient 4.1.x

@pytest.mark.parametrize("body", [
    EXIM + ("    SMTP error from remote mail server after MAIL FROM:<ar@acme.test> SIZE=2048:\n"
            "    553 5.1.0 acme.test does not exist\n"),
    POSTFIX + (f"<{CLIENT}>: host mx1.shop.example[198.51.100.7] said: 553 sorry, that\n"
               "    domain does not exist (in reply to MAIL FROM command)\n"),
])
def test_a_refusal_of_our_sender_is_about_us(body: str) -> None:
    alive(prose(body), "policy")


@pytest.mark.parametrize("body", [
    (f"Unable to deliver message to the following address(es).\n\n<{CLIENT}>:\n"
     "Resources temporarily unavailable, please try again later [#4.1.9].\n"
     "I'm not going to try again; this message has been in the queue too long.\n"),
    (f"<{CLIENT}>:\n451 4.1.1 recipient lookup failed, try again later\n"
     "This is a permanent error; I've given up. Sorry it didn't work out.\n"),
])
def test_a_transient_addressing_code_says_nothing_of_the_mailbox(body: str) -> None:
    alive(prose(body, subject="failure notice"))


def test_a_permanent_addressing_code_does() -> None:
    dead(prose(f"<{CLIENT}>:\n550 5.1.1 recipient lookup failed: no such user\n"
               "This is a permanent error; I've given up. Sorry it didn't work out.\n",
               subject="failure notice"))


# ------------------------------------------------------- wrapper codes, full words

@pytest.mark.parametrize(("status", "diagnostic", "why"), [
    ("5.0.0", ("smtp; 5.1.0 - Unknown address error 550-'5.7.1 <b-77@bounces.acme.test>... "
               "Access denied'"), "policy"),
    ("5.1.1", "smtp; 550 5.7.1 Message refused: our policy does not accept this sender",
     "policy"),
])
def test_the_servers_own_code_outweighs_a_wrapper(status: str, diagnostic: str,
                                                  why: str) -> None:
    alive(dsn(f"The following message to <{CLIENT}> was undeliverable.\n", status,
              diagnostic), why)


@pytest.mark.parametrize("line", [
    f"552 sorry, mailbox {CLIENT} is over quota temporarily (#5.1.1)",
    f"550 5.1.1 <{CLIENT}>: mailbox full, quota exceeded",
])
def test_full_words_outweigh_a_generic_addressing_code(line: str) -> None:
    body = (f"Unable to deliver message to: <{CLIENT}>\nDelivery failed for the following "
            f"reason:\nmx1.shop.example responded with failure: {line}\n"
            "This has been a permanent failure. No further delivery attempts will be made.\n")
    alive(prose(body, subject="Message delivery has failed"), "mailbox_full")


# ------------------------------------------------------- unknown-user words

@pytest.mark.parametrize("why_line", [
    f"User Anna Berg ({CLIENT}) not listed in Domino Directory",
    "User not listed in public Name & Address Book",
    "The recipient name is not recognized",
    f"Invalid final delivery userid: {CLIENT}",
])
def test_groupware_words_for_an_unknown_user(why_line: str) -> None:
    body = (f"Your message\n\n  Subject: Invoice AC-7781\n\nwas not delivered to:\n\n"
            f"  {CLIENT}\n\nbecause:\n\n  {why_line}\n")
    dead(prose(body, subject="DELIVERY FAILURE: Invoice AC-7781"))


# ------------------------------------------------------- a local delivery program

@pytest.mark.parametrize("diagnostic", [
    'x-unix; maildrop: Unable to create "/var/mail/shop": No such user',
    "X-Postfix; user unknown. Command output: deliver: no such user billing",
])
def test_a_local_delivery_programs_failure_is_a_mailer_error(diagnostic: str) -> None:
    alive(dsn(f"<{CLIENT}>: delivery failed.\n", "5.1.1", diagnostic))


def test_the_servers_unknown_user_without_a_program_is_dead() -> None:
    dead(dsn(f"<{CLIENT}>: unknown user.\n", "5.1.1", 'X-Postfix; unknown user: "billing"'))


# ------------------------------------------------------- Exchange Online's edge block

@pytest.mark.parametrize("reply", [
    (f"550 5.4.1\n    <{CLIENT}>: Recipient address rejected: Access denied\n"
     "    [AM0EUR02FT012.eop-eur02.prod.protection.outlook.com] (in reply to RCPT TO\n"
     "    command)"),
    (f"550\n    5.4.1 [{CLIENT}]: Recipient address rejected: Access\n    denied "
     "[DB8EUR05FT044.eop-eur05.prod.protection.outlook.com] (in reply to RCPT TO command)"),
])
def test_an_edge_block_wrapped_over_lines_is_an_unknown_recipient(reply: str) -> None:
    body = POSTFIX + f"<{CLIENT}>: host shop-example.mail.protection.outlook.com said: {reply}\n"
    dead(prose(body))


def test_a_policy_access_denied_is_not_an_edge_block() -> None:
    body = POSTFIX + (f"<{CLIENT}>: host mx1.shop.example said: 554 5.7.1 <{CLIENT}>:\n"
                      "    Recipient address rejected: Access denied (in reply to RCPT TO "
                      "command)\n")
    alive(prose(body), "policy")


# ------------------------------------------------------- other languages' account words

@pytest.mark.parametrize("line", [
    "554 Zustellung abgelehnt: die Empfängeradresse existiert nicht",
    "554 доставка невозможна: адрес получателя не существует",
])
def test_words_that_the_account_does_not_exist_count_after_data(line: str) -> None:
    body = POSTFIX + (f"<{CLIENT}>: host mx1.shop.example[198.51.100.7] said:\n    {line}\n"
                      "    (in reply to end of DATA command)\n")
    dead(prose(body))


# ------------------------------------------------------- a link inside the server's reply

@pytest.mark.parametrize("diagnostic", [
    ("smtp; 550 5.1.1 RCP-P1 https://postmaster.shop.example/codes?ip=198.51.100.7#rcp "
     "Recipient address does not exist"),
    ("smtp; 550 5.1.1 see http://help.shop.example/ndr?ip=198.51.100.7&dns=ok : "
     "mailbox unknown"),
])
def test_a_link_in_a_no_such_user_reply_is_no_word_about_our_ip(diagnostic: str) -> None:
    dead(dsn(f"Delivery to {CLIENT} failed.\n", "5.1.1", diagnostic))


def test_a_blocklists_link_alone_still_refuses_our_ip() -> None:
    alive(dsn(f"Delivery to {CLIENT} failed.\n", "5.1.3",
              "smtp; 553 http://www.spamhaus.org/query/bl?ip=203.0.113.9"), "spam")


@pytest.mark.parametrize(("status", "diagnostic"), [
    ("5.1.2", ("smtp; 550 5.1.2 <billing@shop.example>... Host unknown (Name server: "
               "shop.example: host not found)")),
    ("5.1.2", "smtp; 550 5.1.2 Bad destination system address: shop.example"),
])
def test_a_destination_host_that_does_not_resolve_is_a_dns_failure_not_a_dead_mailbox(
        status: str, diagnostic: str) -> None:
    # X.1.2 is about the host, as the DNS failures the project reads as reason other
    alive(dsn("The host of the recipient's address could not be found.\n", status,
              diagnostic))


def test_x_1_2_with_the_servers_words_that_the_mailbox_is_unknown_is_still_dead() -> None:
    dead(dsn("Delivery failed.\n", "5.1.2",
             "smtp; 550 5.1.2 <billing@shop.example>: Recipient address rejected: "
             "User unknown in virtual mailbox table"))

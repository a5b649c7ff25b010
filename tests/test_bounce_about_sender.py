"""A failure with an addressing status (X.1.x) is not always about the recipient's
mailbox: X.1.7 and X.1.8 are about our sender address, and servers put X.1.0 or X.1.1 on
refusals of our IP, our SPF record or our sending rate. Such a refusal says nothing about
the client's address, which stays alive. The words "no such user" (or a bare X.1.1 with
nothing else said) still take an address for gone.

Every example is written for these tests; the shapes follow real reports in the outside
corpus (Exim, Postfix, Sendmail, Office 365, Gmail), none copied."""

from __future__ import annotations

from datetime import date

import pytest

from mailbot.domain import ledger
from mailbot.domain.values import Kind
from mailbot.reading.kinds.bounce import reason
from tests.test_bounce_reasons import dsn, read_raw

ALIVE = [
    ("5.1.8", "501 5.1.8 <ar@ar.test>: Sender address rejected: Domain not found", "policy"),
    ("5.1.7", "550 5.1.7 Invalid sender address syntax", "policy"),
    ("5.1.8", ("553 5.1.8 <billing@ar.test>... Domain of sender address billing@ar.test "
               "does not exist"), "policy"),
    ("5.1.0", ("550 5.1.0 203.0.113.9 is not allowed to send from <ar.test> per its SPF "
               "record"), "policy"),
    ("5.1.0", ("550 5.1.0 <0102abc@mailer.ar.test> sender rejected. See the error codes "
               "page"), "policy"),
    ("5.1.1", "550 5.1.1 - 203.0.113.9 has sent to too many recipients this hour", "policy"),
    ("5.1.1", "550 5.1.1 Refused due to recipient preferences", "policy"),
    ("5.1.3", "553 Rejected: your IP 203.0.113.9 is listed at zen.spamhaus.org", "spam"),
    ("5.7.1", "550 5.7.1 IP address blacklisted by recipient", "spam"),
    ("5.7.606", "550 5.7.606 Access denied, banned sending IP [203.0.113.9]", "policy"),
]


@pytest.mark.parametrize(("status", "diagnostic", "why"), ALIVE,
                         ids=[f"{s}-{w}-{i}" for i, (s, _, w) in enumerate(ALIVE)])
def test_a_refusal_of_our_sender_or_ip_keeps_the_address_alive(status, diagnostic, why):
    c = read_raw(dsn("ana@client.test", "failed", status, diagnostic,
                     "Your message could not be delivered."))
    assert c.kind == Kind.BOUNCE
    assert c.bounce_reason == why, (c.bounce_reason, diagnostic)
    assert ledger.bounced(c.bounce_permanent, date(2026, 12, 1), c.bounce_reason) is None


GONE = [
    ("5.1.1", "550 5.1.1 <ana@client.test>: Recipient address rejected: User unknown"),
    ("5.1.1", "550 5.1.1 The email account that you tried to reach does not exist"),
    ("5.1.0", "550 5.1.0 Address rejected: no such user ana@client.test"),
    ("5.1.1", "550 5.1.1 Requested action not taken: mailbox unavailable"),
    ("5.1.1", ""),
]


@pytest.mark.parametrize(("status", "diagnostic"), GONE)
def test_a_missing_mailbox_is_still_gone(status, diagnostic):
    assert reason(f"{status}\n{diagnostic}", "Your message could not be delivered.") \
        == "user_unknown"

"""Forgeries read as a challenge or a client's reply before (issue 11, eighth blind round):
a sender on a domain made to look like a payment notifier's, staff's or the bot's own is
never trusted as one, whatever it says; and a changed bank account announced by a sender
the bot cannot vouch for is `other` (payment-diversion fraud), never a reply."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from mailbot.reading.classify import as_record, classify
from mailbot.reading.context import Context
from mailbot.reading.kinds.forgery import lookalike_of
from mailbot.reading.parse import parse_message

BOT = "ar@fernhollow.test"
OURS = "<20270301.0815.ab12cd.ar@fernhollow.test>"
MX = "mx.fernhollow.test"
CTX = Context(bot_address=BOT, staff_domains=frozenset({"fernhollow.test"}),
              notifiers=frozenset({"alerts@quarrybank.co.uk", "notice@pelikanpay.com"}),
              known_message_ids=frozenset({OURS}),
              known_invoice_numbers=("FH-2201",),
              known_contacts=frozenset({"ap@brightwater.example"}),
              authserv_ids=frozenset({MX}))


def record(sender: str, subject: str, body: str, dmarc: str = "pass",
           thread: bool = False) -> dict[str, object]:
    domain = sender.rsplit("@", 1)[1].rstrip(">")
    msg = EmailMessage()
    msg["Authentication-Results"] = (f"{MX}; dkim={dmarc} header.d={domain}; "
                                     f"dmarc={dmarc} header.from={domain}")
    msg["From"] = sender
    msg["To"] = BOT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2027, 3, 1, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = f"<x-1@{domain}>"
    if thread:
        msg["In-Reply-To"] = OURS
    msg.set_content(body)
    return as_record(classify(parse_message(msg.as_bytes()), CTX))


@pytest.mark.parametrize(("domain", "like"), [
    ("quarry-bank.co.uk", "quarrybank.co.uk"),      # a hyphen
    ("quarrybank-secure.com", "quarrybank.co.uk"),  # a word added
    ("pelikanpey.com", "pelikanpay.com"),           # one letter off
    ("pe1ikanpay.com", "pelikanpay.com"),           # a digit for a letter
    ("fernhollovv.test", "fernhollow.test"),        # "vv" for "w"
])
def test_a_lookalike_domain_is_found(domain: str, like: str) -> None:
    assert lookalike_of(domain, {"quarrybank.co.uk", "pelikanpay.com", "fernhollow.test"}) \
        == like


@pytest.mark.parametrize("domain", ["quarrybank.co.uk", "mail.quarrybank.co.uk",
                                    "brightwater.example", "bank.example", "fern.example"])
def test_the_real_domain_and_unrelated_ones_are_not_lookalikes(domain: str) -> None:
    assert lookalike_of(domain, {"quarrybank.co.uk", "pelikanpay.com", "fernhollow.test"}) \
        is None


def test_a_lookalike_asking_to_confirm_details_is_other_not_a_challenge() -> None:
    r = record("Quarry Bank <alerts@quarry-bank.co.uk>", "Payment on hold - verify now",
               "A payment of GBP 1,200.00, reference FH-2201, is being held.\n"
               "To release it, verify that you are a real account holder within 24 hours:\n"
               "https://quarry-bank.co.uk.verify-now.app/confirm?id=7781\n")
    assert r["kind"] == "other"
    assert r["needs_human"] is True
    assert r["invoice_numbers"] == ["FH-2201"]


def test_a_lookalike_writing_like_a_client_is_other() -> None:
    r = record("Pelikan Pay <support@pelikanpey.com>", "Your payout",
               "Dear customer, we could not pay out FH-2201. Please send your bank details.\n")
    assert r["kind"] == "other"


@pytest.mark.parametrize(("sender", "dmarc", "thread", "body"), [
    # a known client's address, but DMARC fails
    ("ap@brightwater.example", "fail", False,
     ("Please note that our bank details have changed. Future refunds only to\n"
      "IBAN LT12 3250 0000 1111 2222.\n")),
    # a stranger, authenticated for its own domain, not answering anything of ours
    ("finance@brightwater-group.example", "pass", False,
     ("Bitte beachten Sie, dass sich unsere Bankverbindung geändert hat.\n"
      "Neue IBAN: LV80 BANK 0000 4351 9500 1\n")),
])
def test_a_changed_bank_account_from_a_sender_not_vouched_for_is_other(
        sender: str, dmarc: str, thread: bool, body: str) -> None:
    r = record(sender, "Bank details", body, dmarc=dmarc, thread=thread)
    assert r["kind"] == "other"
    assert r["needs_human"] is True


def test_a_client_asking_for_our_bank_details_in_our_thread_is_still_a_reply() -> None:
    r = record("ap@brightwater.example", "Re: Invoice FH-2201",
               "Hello, could you send us your bank details for FH-2201? Thanks\n",
               thread=True)
    assert r["kind"] == "client_reply"
    assert r["intent"] == "payment_details"

"""Staff writing to each other with the bot in Cc ("so the bot knows") were read as
invoice copies without amount or client (issue 11, eighth blind round): a staff mail to
nobody outside, with no attachment and not both an invoice number and an amount, is
internal discussion (`other`, for a person); a real invoice copy to a client, or one to a
colleague that states number and amount, stays an invoice copy."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from mailbot.reading.classify import as_record, classify
from mailbot.reading.context import Context
from mailbot.reading.parse import parse_message

BOT = "ar@fernhollow.test"
CTX = Context(bot_address=BOT, staff_domains=frozenset({"fernhollow.test"}),
              require_authentication=False, known_invoice_numbers=("FH-2201", "FH-2207"))


def record(to: str, body: str, subject: str = "note") -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = "Ida Marsh <ida.marsh@fernhollow.test>"
    msg["To"] = to
    msg["Cc"] = BOT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2027, 3, 1, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<talk-1@fernhollow.test>"
    msg.set_content(body)
    return as_record(classify(parse_message(msg.as_bytes()), CTX))


@pytest.mark.parametrize(("subject", "body", "numbers"), [
    ("Brightwater FH-2201", ("Tom - their CFO called, please hold off chasing FH-2201 until "
                             "we have checked the delivery notes. Lunch Thursday?\n\nIda\n"),
     ["FH-2201"]),
    ("Korrektur", ("Tom, in der Mail an Brightwater stand 1.450 statt 1.540, schickst du "
                   "bitte eine korrigierte? Ich setze ar@ in CC.\n"), []),
    ("Пирс", ("Том, Пирс обещали перевести 20 тысяч на этой неделе, проверь выписку. "
              "ar@ в копии для истории.\n"), []),
])
def test_staff_talking_among_themselves_is_not_an_invoice_copy(
        subject: str, body: str, numbers: list[str]) -> None:
    r = record("Tom Reed <tom.reed@fernhollow.test>", body, subject)
    assert r["kind"] == "other"
    assert r["needs_human"] is True
    assert r["invoice_numbers"] == numbers


def test_an_invoice_copy_to_a_client_stays_an_invoice_copy() -> None:
    r = record("ap@brightwater.example",
               "Invoice FH-2207\nAmount due: GBP 1,540.00\nDue date: 31 March 2027\n",
               "Invoice FH-2207")
    assert r["kind"] == "invoice_copy"
    assert r["amount"] == "1540.00"

"""The story checker catches what it is meant to catch: fed logs that break each rule,
it names the breach; fed a clean log, it finds nothing."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from tests.story_check import Debtor, Sent, breaches

JKT = ZoneInfo("Asia/Jakarta")


def sent(when: datetime, subject: str, body: str, to: str = "ap@maju.test") -> Sent:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "ar@acme.test", to, subject
    msg["Date"] = format_datetime(when)
    msg.set_content(body)
    return Sent.parse(msg.as_bytes())


def maju(**kw) -> Debtor:
    return Debtor("PT Maju", ("ap@maju.test",), "id", "Asia/Jakarta", "ID", **kw)


def test_a_clean_log_has_no_breach():
    mails = [sent(datetime(2026, 11, 5, 10, tzinfo=JKT), "Tagihan INV-1", "Yth. Bapak/Ibu, 1"),
             sent(datetime(2026, 11, 13, 10, tzinfo=JKT), "Tagihan INV-1", "Yth. Bapak/Ibu, 2")]
    assert breaches(maju(), mails) == []


def test_each_rule_is_caught():
    mails = [
        sent(datetime(2026, 12, 25, 10, tzinfo=JKT), "Tagihan INV-1", "a"),  # Christmas
        sent(datetime(2026, 12, 28, 2, tzinfo=JKT), "Tagihan INV-1", "b"),  # 02:00
        sent(datetime(2026, 12, 29, 10, tzinfo=JKT), "Invoice reminder", "b"),  # not id? -> id word
        sent(datetime(2027, 1, 9, 10, tzinfo=JKT), "Hello", "b"),  # Saturday, no marker
    ]
    found = breaches(maju(paid={"INV-1": datetime(2026, 12, 27, tzinfo=JKT)},
                          stopped_at=datetime(2027, 1, 5, tzinfo=JKT)), mails)
    text = "\n".join(found)
    for expected in ("public holiday", "outside business hours", "not a business day",
                     "not in id", "sent after the client asked us to stop",
                     "mentions INV-1, paid", "apart", "the same letter twice", "mails in the 7 days"):
        assert expected in text, (expected, text)


def test_silence_with_money_open_is_caught_and_holds_excuse_it():
    start = datetime(2026, 11, 2, tzinfo=JKT)
    mails = [sent(start + timedelta(days=1, hours=10), "Tagihan INV-1", "1")]
    span = [(start, start + timedelta(days=60))]
    assert any("silent" in b for b in breaches(maju(open_spans=span), mails))
    held = [(start + timedelta(days=5), start + timedelta(days=60))]
    assert breaches(maju(open_spans=span, holds=held), mails) == []

"""Raw bytes to ParsedMessage: mailbot.reading.parse. Pure."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from mailbot.reading.parse import ParseError, message_ids, parse_message

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


@pytest.mark.parametrize("raw", [b"", b"   \r\n\r\n", b"\n"])
def test_empty_bytes_raise_parse_error(raw):
    with pytest.raises(ParseError, match="empty"):
        parse_message(raw)


@pytest.mark.parametrize("raw", [
    b"\x00\x01\x02 garbage \xff\xfe",
    b"just some words, no header at all\n\nand a second paragraph\n",
    bytes(range(256)),
])
def test_garbage_raises_parse_error(raw):
    with pytest.raises(ParseError):
        parse_message(raw)


def test_a_leading_byte_order_mark_is_not_part_of_the_first_header():
    # some Windows tools save .eml files as "UTF-8 with BOM": the mail is still readable
    raw = (b"\xef\xbb\xbfFrom: Bob <bob@bob.test>\r\nTo: ar@acme.test\r\n"
           b"Subject: Payment for INV-4\r\n\r\nPaid today.\r\n")
    m = parse_message(raw)
    assert m.subject == "Payment for INV-4"
    assert m.sender is not None
    assert m.sender.email == "bob@bob.test"


def test_a_body_without_a_header_block_raises_parse_error():
    # CPython's msg_19: a mailing-list digest body with no header block at all
    with pytest.raises(ParseError, match="no header block"):
        parse_message((CORPUS / "mime" / "cpython-msg_19.eml").read_bytes())


def test_an_undeclared_8bit_charset_still_parses():
    raw = (b"From: J\xfcrgen M\xfcller <jm@kunde.test>\r\n"
           b"To: ar@example.com\r\n"
           b"Subject: R\xfcckfrage zur Rechnung INV-2026-001\r\n"
           b"Date: Wed, 09 Dec 2026 09:00:00 +0100\r\n"
           b"Content-Type: text/plain\r\n"
           b"Content-Transfer-Encoding: 8bit\r\n\r\n"
           b"Wir haben die Rechnung erhalten. Gr\xfc\xdfe\r\n")
    msg = parse_message(raw)
    assert msg.sender is not None
    assert msg.sender.email == "jm@kunde.test"
    assert "Rechnung INV-2026-001" in msg.subject
    assert "Wir haben die Rechnung erhalten." in msg.text
    assert msg.date == datetime(2026, 12, 9, 8, 0, tzinfo=UTC)


def test_undeclared_utf8_is_read_as_utf8():
    raw = ("From: anna@kunde.test\nTo: ar@example.com\nSubject: Frage\n"
           "Content-Type: text/plain\n\nGrüße aus München, Оплатим завтра\n").encode()
    assert parse_message(raw).text.strip() == "Grüße aus München, Оплатим завтра"


def test_headers_addresses_and_threading_are_read():
    raw = (b"From: \"Alice Client\" <Alice@Client.TEST>\r\n"
           b"To: ar@example.com, Bob <bob@client.test>\r\n"
           b"Cc: =?utf-8?q?J=C3=BCrgen?= <j@client.test>\r\n"
           b"Subject: =?utf-8?q?Re=3A_Rechnung_f=C3=A4llig?=\r\n"
           b"Message-ID: <reply-1@client.test>\r\n"
           b"In-Reply-To: <mailbot.aaa@example.com>\r\n"
           b"References: <inv-1@example.com>\r\n <mailbot.aaa@example.com>\r\n"
           b"Date: Tue, 08 Dec 2026 10:00:00 -0500\r\n\r\nok\r\n")
    msg = parse_message(raw)
    assert msg.sender is not None
    assert (msg.sender.email, msg.sender.name) == ("alice@client.test", "Alice Client")
    assert [a.email for a in msg.to] == ["ar@example.com", "bob@client.test"]
    assert [(a.email, a.name) for a in msg.cc] == [("j@client.test", "Jürgen")]
    assert msg.subject == "Re: Rechnung fällig"
    assert msg.message_id == "<reply-1@client.test>"
    assert msg.in_reply_to == "<mailbot.aaa@example.com>"
    assert msg.references == ("<inv-1@example.com>", "<mailbot.aaa@example.com>")
    assert msg.date == datetime(2026, 12, 8, 15, 0, tzinfo=UTC)
    assert msg.header("message-id") == "<reply-1@client.test>"
    assert msg.size == len(raw)
    assert len(msg.sha256) == 64


def test_a_missing_or_broken_date_is_none():
    raw = b"From: a@b.test\r\nDate: the day after tomorrow\r\nSubject: x\r\n\r\nbody\r\n"
    assert parse_message(raw).date is None


def test_report_parts_are_exposed():
    msg = parse_message((CORPUS / "read_receipt" / "mimekit-disposition-notification.eml")
                        .read_bytes())
    assert msg.content_type == "multipart/report"
    assert msg.report_type == "disposition-notification"
    assert [p.get_content_type() for p in msg.reports] == ["message/disposition-notification"]


def test_a_pathological_address_header_does_not_overflow_the_stack():
    # MimeKit's stack-overflow sample: a To header the stdlib parser recurses on per token
    msg = parse_message((CORPUS / "mime" / "mimekit-stack-overflow.eml").read_bytes())
    assert msg.sender is not None
    assert msg.sender.email == "test@test.com"
    assert "test@test.com" in [a.email for a in msg.to]


def test_message_ids_finds_every_id_token():
    assert message_ids("<a@x> <b@y>\r\n\t<c@z>") == ("<a@x>", "<b@y>", "<c@z>")
    assert message_ids(None) == ()
    assert message_ids("no ids here") == ()


def test_raw_utf8_and_8bit_headers_are_read_not_replaced():
    # RFC 6532 UTF-8 in the Subject, and stray 8-bit bytes in the id headers
    raw = (b"From: a@b.test\r\nTo: ar@acme.test\r\nMessage-ID: <ab\xffc@x>\r\n"
           b"In-Reply-To: <q\xc3\xa9@x>\r\n"
           b"Subject: \xd0\x9f\xd1\x80\xd0\xbe\xd1\x87\xd0\xb8\xd1\x82\xd0\xb0\xd0\xbd\xd0\xbe:"
           b" Invoice\r\n\r\nhi\r\n")
    m = parse_message(raw)
    assert m.subject == "Прочитано: Invoice"
    assert m.in_reply_to == "<qé@x>"
    assert m.message_id is not None
    assert m.message_id.startswith("<ab")

"""Property tests: whatever bytes arrive, the parser and the classifier do not crash, and
the bot keeps every message (processed, or quarantined with a reason)."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from mailbot.adapters.config import parse_config
from mailbot.adapters.models import MailMessage
from mailbot.adapters.store import Store
from mailbot.app.services import App
from mailbot.reading.classify import Context, as_record, classify
from mailbot.reading.parse import ParseError, parse_message

CTX = Context(bot_address="ar@acme.test", staff_domains=frozenset({"acme.test"}),
              notifiers=frozenset({"pay@bank.test"}), authserv_ids=frozenset({"mx.acme.test"}),
              known_invoice_numbers=("INV-1",), known_message_ids=frozenset({"<a@acme.test>"}),
              known_contacts=frozenset({"bob@globex.test"}))

CHARSETS = ["utf-8", "iso-8859-1", "koi8-r", "windows-1251", "shift_jis", "x-unknown-42",
            "utf-7", "", "us-ascii\"", "utf-16"]
CTYPES = ["text/plain", "text/html", "multipart/mixed", "multipart/report",
          "message/delivery-status", "message/disposition-notification", "application/pdf",
          "application/xml", "message/rfc822", "multipart/alternative", "text/rfc822-headers"]
ENCODINGS = ["7bit", "8bit", "base64", "quoted-printable", "x-uuencode", "binary", ""]
SENDERS = ["bob@globex.test", "staff@acme.test", "pay@bank.test", "MAILER-DAEMON@x.test",
           "=?utf-8?b?w4TDtsO8?= <a@b.test>", "<>", "no address at all", ""]
header_text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=80)


@st.composite
def part(draw, depth: int = 0) -> bytes:
    ctype = draw(st.sampled_from(CTYPES))
    charset = draw(st.sampled_from(CHARSETS))
    enc = draw(st.sampled_from(ENCODINGS))
    head = f"Content-Type: {ctype}; charset={charset}; boundary=b{depth}\r\n"
    head += f"Content-Transfer-Encoding: {enc}\r\n"
    if ctype.startswith("multipart/") and depth < 3:
        children = draw(st.lists(part(depth + 1), max_size=3))
        body = b"".join(f"--b{depth}\r\n".encode() + c for c in children)
        if draw(st.booleans()):  # a missing closing boundary is a classic
            body += f"--b{depth}--\r\n".encode()
        return head.encode() + b"\r\n" + body
    payload: bytes = draw(st.one_of(st.binary(max_size=400), header_text.map(str.encode)))
    if enc == "base64" and draw(st.booleans()):
        payload = base64.b64encode(payload)
    return head.encode() + b"\r\n" + payload + b"\r\n"


@st.composite
def message(draw) -> bytes:
    headers = [
        f"From: {draw(st.sampled_from(SENDERS))}",
        f"To: {draw(st.sampled_from(['ar@acme.test', 'bob@globex.test', '', 'x' * 300]))}",
        f"Subject: {draw(header_text)}",
        f"Message-ID: {draw(st.sampled_from(['<a@acme.test>', '', 'garbage', '<>']))}",
        f"In-Reply-To: {draw(st.sampled_from(['<a@acme.test>', '', '<<<>>>']))}",
        f"Date: {draw(st.sampled_from(['Tue, 03 Nov 2026 08:10:00 +0100', 'yesterday', '']))}",
        f"Auto-Submitted: {draw(st.sampled_from(['no', 'auto-replied', '']))}",
        "MIME-Version: 1.0",
    ]
    chosen = draw(st.lists(st.sampled_from(headers), max_size=len(headers), unique=True))
    body: bytes = draw(part())
    return "\r\n".join(chosen).encode("utf-8", "surrogateescape") + b"\r\n" + body


def _understand(raw: bytes) -> dict[str, object] | None:
    try:
        parsed = parse_message(raw)
    except ParseError as e:
        assert str(e)  # noqa: PT017 - a reason, always (the input may or may not fail)
        return None
    return as_record(classify(parsed, CTX))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(message())
def test_parser_and_classifier_never_crash_on_mime(raw):
    record = _understand(raw)
    if record is not None:
        assert record["kind"] in {"invoice_copy", "read_receipt", "bounce", "auto_reply",
                                  "payment_confirmation", "client_reply", "staff_command",
                                  "other"}
        assert 0 <= float(record["confidence"]) <= 1  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_parser_and_classifier_never_crash_on_bytes(raw):
    _understand(raw)


@pytest.mark.parametrize("size_mb", [0, 8])
def test_huge_and_empty_attachments_are_read(size_mb):
    blob = base64.encodebytes(b"\xff" * (size_mb * 1024 * 1024))
    raw = (b"From: staff@acme.test\r\nTo: bob@globex.test\r\nCc: ar@acme.test\r\n"
           b"Subject: Invoice INV-9\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n"
           b"Content-Type: text/plain\r\n\r\nInvoice INV-9\r\nTotal: EUR 10.00\r\nnet 30\r\n"
           b"--x\r\nContent-Type: application/pdf; name=big.pdf\r\n"
           b"Content-Transfer-Encoding: base64\r\n\r\n" + blob + b"--x--\r\n")
    record = _understand(raw)
    assert record is not None
    assert record["kind"] == "invoice_copy"


@pytest.fixture(scope="module")
def bot(tmp_path_factory):
    db = tmp_path_factory.mktemp("fuzz") / "fuzz.db"
    cfg = parse_config(f"""
[mailbox]
address = "ar@acme.test"
[imap]
host = "127.0.0.1"
[smtp]
host = "127.0.0.1"
[database]
url = "sqlite:///{db}"
[company]
name = "Acme"
payment_instructions = "IBAN X"
[staff]
domains = ["acme.test"]
""")
    store = Store(cfg.database.url)
    store.migrate()
    yield App(cfg, store)
    store.close()


@settings(max_examples=120, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.one_of(message(), st.binary(max_size=600)))
def test_the_bot_keeps_every_message_it_is_given(bot, raw):
    now = datetime(2026, 11, 2, 9, tzinfo=UTC)
    result = bot.inbox.ingest(raw, now=now)
    assert result.status in {"processed", "quarantined", "duplicate"}
    if result.status == "quarantined":
        assert result.reason
    with bot.store.session() as s:
        kept = s.exec(select(MailMessage.raw).where(MailMessage.raw == raw)).first()
        assert kept == raw

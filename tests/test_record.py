"""`mailbot timeline`: a debtor's court-ready record, read back from what it wrote (JSON,
HTML, and the PDF turned back into text with pypdf), after two debtors' mail went
through the real Dovecot ingest and the bot's sends through the aiosmtpd sink."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
from datetime import date, timedelta
from email import message_from_bytes

import pytest
from pypdf import PdfReader

from tests.botenv import (
    AR,
    BOB,
    CAROL,
    Runner,
    at,
    invoice_mail,
    mail,
    make_config,
    payment_mail,
    write_config,
)
from tests.test_cli import mailbot, ok

SENT = date(2026, 11, 2)  # a Monday; net 14: due 16 November
RU_NAME = "ООО «Инитех»"
EXTRA = f'\n[debtors.map]\n"initech.test" = "{RU_NAME}"\n'


def mids(raws: list[bytes]) -> set[str]:
    return {message_from_bytes(r)["Message-ID"] for r in raws}


@pytest.fixture
def story(dovecot, smtp_sink, sqlite_url, tmp_path):
    """Two debtors, Globex (bob) and the Russian-named Initech (carol), over 13 days:
    invoices, reminders, a promise, a payment and a thank-you. Returns the config path
    and, per debtor, the Message-IDs of every mail in and out that concerns it."""
    cfg = make_config(dovecot, smtp_sink, sqlite_url, extra=EXTRA)
    path = write_config(tmp_path / "config.toml", dovecot, smtp_sink, sqlite_url, extra=EXTRA)
    inbound = {"bob": [invoice_mail("INV-100", BOB, "1,200.00", "Payment terms: net 14 days",
                                    at(SENT, 10))],
               "carol": [invoice_mail("INV-200", CAROL, "860.00", "Payment terms: net 14 days",
                                      at(SENT, 10, 5))]}
    runner = Runner.open(cfg)
    try:
        for raws in inbound.values():
            dovecot.append("ar", raws[0])
        for n in range(13):
            day = SENT + timedelta(days=n)
            if n == 6:  # carol promises a date, answering the "did it arrive?" mail
                asked = [m for m in smtp_sink.messages if CAROL in m.rcpt_tos]
                reply_to = message_from_bytes(asked[-1].data)["Message-ID"]
                raw = mail(CAROL, [AR], "Re: Invoice INV-200",
                           "Hello, we will pay INV-200 on 20 November 2026.\n", at(day, 9),
                           reply_to=reply_to)
                inbound["carol"].append(raw)
                dovecot.append("ar", raw)
            if n == 8:  # the bank says bob paid
                raw = payment_mail("INV-100", "1,200.00", at(day, 9))
                inbound["bob"].append(raw)
                dovecot.append("ar", raw)
            runner.step(at(day, 10))
    finally:
        runner.close()
    sent = {who: [m.data for m in smtp_sink.messages if addr in m.rcpt_tos]
            for who, addr in (("bob", BOB), ("carol", CAROL))}
    assert sent["bob"]
    assert sent["carol"]
    assert len(smtp_sink.messages) > len(sent["bob"]) + len(sent["carol"])
    return path, {who: mids(inbound[who]) | mids(sent[who]) for who in ("bob", "carol")}


def test_the_timeline_holds_every_message_of_its_debtor_and_no_other(story, tmp_path):
    path, expected = story
    assert not expected["bob"] & expected["carol"]
    for who, target in (("bob", "Globex"), ("carol", "INV-200")):
        out = tmp_path / f"{who}.json"
        ok(mailbot("timeline", target, "--format", "json", "--output", str(out),
                   "--config", str(path), "--now", at(SENT + timedelta(days=13)).isoformat()))
        rec = json.loads(out.read_text(encoding="utf-8"))
        messages = [e["message"] for e in rec["entries"] if "message" in e]
        assert {m["message_id"] for m in messages} == expected[who], who
        for m in messages:  # the original, whole, and the hash it is referenced by
            raw = base64.b64decode(m["raw_base64"])
            assert hashlib.sha256(raw).hexdigest() == m["sha256"]
            assert m["intact"]
            assert message_from_bytes(raw)["Message-ID"] == m["message_id"]
        # in order, in the company's time zone
        stamps = [e["at"] for e in rec["entries"]]
        assert stamps == sorted(stamps)
        assert all(re.search(r"\+01:00$", s) for s in stamps), stamps
        cats = {e["category"] for e in rec["entries"]}
        assert {"message in", "message out", "state change"} <= cats
    bob = json.loads((tmp_path / "bob.json").read_text(encoding="utf-8"))
    assert any(e["category"] == "payment" and e["invoice"] == "INV-100" for e in bob["entries"])
    carol = json.loads((tmp_path / "carol.json").read_text(encoding="utf-8"))
    assert carol["debtor"] == RU_NAME
    assert any(e["category"] == "promise" for e in carol["entries"])


def test_the_pdf_reads_back_as_the_record_with_the_originals_attached(story, tmp_path):
    path, expected = story
    out = tmp_path / "carol.pdf"
    said = ok(mailbot("timeline", CAROL, "--format", "pdf", "--output", str(out),
                      "--config", str(path)))
    assert str(out) in said
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    text = " ".join("\n".join(p.extract_text() for p in reader.pages).split())
    assert f"Record of {RU_NAME}" in text  # Cyrillic survives the font and the round trip
    assert "INV-200" in text
    assert "Europe/Berlin" in text
    assert "promise" in text
    assert "we will pay INV-200 on 20 November 2026" in text
    attached = {name: blobs[0] for name, blobs in reader.attachments.items()}
    assert len(attached) == len(expected["carol"])
    for raw in attached.values():
        digest = hashlib.sha256(raw).hexdigest()
        assert digest in text.replace(" ", "")  # each original is referenced by its hash
    assert mids(list(attached.values())) == expected["carol"]

    page = tmp_path / "carol.html"
    ok(mailbot("timeline", CAROL, "--output", str(page), "--config", str(path)))
    html = page.read_text(encoding="utf-8")
    assert RU_NAME.replace("«", "&laquo;") in html or RU_NAME in html
    assert html.count('href="data:message/rfc822;base64,') == len(expected["carol"])
    assert "bob@globex.test" not in html

"""Sixty simulated days of two invoices on real servers (Dovecot, aiosmtpd, SQLite and
PostgreSQL), with a restart in the middle done by a separate `mailbot` process."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from email import message_from_bytes
from email.utils import parsedate_to_datetime
from typing import Any

import holidays
import pytest
from sqlmodel import select

from mailbot.adapters.models import Event, Invoice, MailMessage
from tests.botenv import (
    AR,
    BOB,
    BOSS,
    CAROL,
    TZ,
    Runner,
    action_keys,
    at,
    invoice_mail,
    mail,
    make_config,
    payment_mail,
    write_config,
)

START = date(2026, 11, 2)  # a Monday


def received(dovecot, user: str, db_url: str) -> list[tuple[date, str]]:
    """(local date, action key) of every mail the bot sent to `user`."""
    out = []
    raws = dovecot.fetch_all(user)
    for raw, key in zip(raws, action_keys(db_url, raws), strict=True):
        m = message_from_bytes(raw)
        if key.startswith("staff:"):  # the day's one mail to a person: which notice it is
            out.append((parsedate_to_datetime(m["Date"]).astimezone(TZ).date(),
                        "staff:phone_call_task" if "Please call" in str(m["Subject"])
                        else "staff:late_week_notice"))
        elif key:
            # "chase:1.pre_due" -> "chase:pre_due"; "thank_you:1" -> "thank_you"
            kind, stage = key.split(":")[0], key.split(":")[-1].split(".")[-1]
            out.append((parsedate_to_datetime(m["Date"]).astimezone(TZ).date(),
                        kind if stage.isdigit() else f"{kind}:{stage}"))
    return out


@pytest.mark.slow
@pytest.mark.timeout(600)  # a simulation of weeks: minutes on a loaded machine
def test_sixty_days(dovecot, smtp_sink, db_url, tmp_path):
    cfg = make_config(dovecot, smtp_sink, db_url)
    config_path = write_config(tmp_path / "config.toml", dovecot, smtp_sink, db_url)
    d = lambda n: START + timedelta(days=n)

    inv_bob = invoice_mail("INV-100", BOB, "1,200.00", "Payment terms: net 14 days", at(d(0), 10))
    inv_carol = invoice_mail("INV-200", CAROL, "860.00", "Payment terms: net 30 days",
                             at(d(0), 10, 5))
    carol_id = message_from_bytes(inv_carol)["Message-ID"]
    mdn = (f"From: {CAROL}\r\nTo: {AR}\r\nSubject: Read: Invoice INV-200\r\n"
           f"Date: Tue, 03 Nov 2026 08:10:00 +0100\r\nMessage-ID: <mdn1@initech.test>\r\n"
           "MIME-Version: 1.0\r\nContent-Type: multipart/report; "
           "report-type=disposition-notification; boundary=b\r\n\r\n--b\r\n"
           "Content-Type: text/plain\r\n\r\nDisplayed.\r\n--b\r\n"
           "Content-Type: message/disposition-notification\r\n\r\n"
           f"Final-Recipient: rfc822;{CAROL}\r\nOriginal-Message-ID: {carol_id}\r\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\r\n\r\n--b--\r\n").encode()

    def carol_promise() -> bytes:
        last = message_from_bytes(dovecot.fetch_all("carol")[-1])
        return mail(CAROL, [AR], f"Re: {last['Subject']}",
                    "Hi, sorry, we will pay on 10 December 2026.\nCarol", at(d(29), 11),
                    reply_to=last["Message-ID"])

    stranger = mail("someone@elsewhere.test", [AR], "Hello", "Do you sell gift cards?",
                    at(d(21), 8))
    arrivals: dict[int, list[Any]] = {
        0: [inv_bob, inv_carol],
        1: [mdn],
        21: [stranger],
        29: [carol_promise],
        37: [payment_mail("INV-200", "860.00", at(d(37), 8))],
        45: [payment_mail("INV-100", "1,200.00", at(d(45), 8))],
    }
    appended = 0
    runner = Runner.open(cfg)
    try:
        for n in range(61):
            for item in arrivals.get(n, []):
                dovecot.append("ar", item() if callable(item) else item)
                appended += 1
            now = at(d(n), 11 if n == 0 else 9)
            if n == 21:
                # restart: this day is handled by new processes on the same DB and mailbox
                runner.close()
                for cmd in (["sync"], ["tick"]):
                    proc = subprocess.run(
                        [sys.executable, "-m", "mailbot", *cmd, "--config", str(config_path),
                         "--now", now.isoformat()], check=False, capture_output=True,
                         text=True, timeout=60)
                    assert proc.returncode == 0, proc.stderr
                runner = Runner.open(cfg)
                continue
            runner.step(now)
            if n == 45:
                again = runner.tick(now)  # the same instant twice sends nothing new
                assert again.sent == []
                assert again.queued == []
    finally:
        runner.close()

    assert received(dovecot, "bob", db_url) == [
        (d(3), "chase:receipt_check"),
        (d(11), "chase:pre_due"),
        (d(21), "chase:past_due_5"),  # due+5 is Saturday 21 Nov: held to Monday
        (d(28), "chase:past_due_8"),  # due+8 waited for the 7-day gap
        (d(35), "chase:past_due_15"),
        (d(44), "chase:past_due_30"),  # due+30, on its day
        (d(45), "thank_you"),  # and nothing after the payment
    ]
    assert received(dovecot, "carol", db_url) == [
        # the read receipt made the "did it arrive?" mail needless;
        # pre-due fell on Sunday 29 Nov: sent Monday
        (d(28), "chase:pre_due"),
        # the promise (10 Dec + 2 days' grace) held the past-due note of 7 Dec
        (d(37), "thank_you"),
    ]
    assert received(dovecot, "staff", db_url) == [
        (d(22), "staff:late_week_notice"),
        (d(44), "staff:phone_call_task"),
    ]
    digests = [m for m in dovecot.fetch_all("boss") if b"Daily digest" in m]
    # one each business day (Germany's holidays kept), the restarted day included
    business = [d(n) for n in range(61) if d(n).isoweekday() <= 5
                and d(n) not in holidays.country_holidays("DE", years=2026)]
    assert len(digests) == len(business) == 43
    assert all(BOSS in m.decode() for m in digests)

    # every message was read exactly once, across the restart; none left behind
    assert dovecot.fetch_all("ar") == []
    assert len(dovecot.fetch_all("ar", "mailbot/processed")) == appended
    runner = Runner.open(cfg)
    try:
        with runner.bot.store.session() as s:
            incoming = s.exec(select(MailMessage).where(MailMessage.direction == "in")).all()
            assert len(incoming) == appended
            assert len({m.sha256 for m in incoming}) == appended
            kinds = sorted(m.kind or "" for m in incoming)
            assert kinds == sorted(["invoice_copy", "invoice_copy", "read_receipt", "other",
                                    "client_reply", "payment_confirmation",
                                    "payment_confirmation"])
            invoices = {i.number: i for i in s.exec(select(Invoice))}
            assert invoices["INV-100"].state == "paid"
            assert invoices["INV-200"].state == "paid"
            events = [e.kind for e in s.exec(select(Event))]
            assert events.count("invoice_registered") == 2
            assert events.count("payment_full") == 2
        # nothing at all is due any more: a later tick sends nothing to clients
        late = runner.tick(at(d(70)))
        assert [r for r in late.sent if r.kind != "digest"] == []
    finally:
        runner.close()

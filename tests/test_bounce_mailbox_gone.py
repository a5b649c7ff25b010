"""A mail server's notice written only in prose (no DSN part) that a mailbox is gone or
only blocked (issue 11, eighth blind round):

- "the mailbox ... was dissolved/deleted", "sudah tidak aktif", "больше не используется":
  the address is gone (user_unknown), even with the address or a date inside the sentence;
- "the mailbox ... is blocked/suspended", "gesperrt", "заблокирован": not said to be gone,
  and a block may be lifted: the address is not marked dead and a person decides;
- an Indonesian server's "tidak dapat kami teruskan" under a "Re:" subject is a bounce,
  not a client's "not received";
- the invoice number in the subject of a returned copy's headers written in raw 8-bit
  (no encoded words) is still read."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from mailbot.reading.classify import as_record, classify
from mailbot.reading.context import Context
from mailbot.reading.parse import parse_message

BOT = "ar@acme.test"
OURS = "<20270301.0815.ab12cd.ar@acme.test>"
CTX = Context(bot_address=BOT, staff_domains=frozenset({"acme.test"}),
              known_message_ids=frozenset({OURS}),
              known_invoice_numbers=("AC-7781", "СЧ-0912"),
              known_contacts=frozenset({"kasse@verein.example", "keuangan@yayasan.example",
                                        "buh@zavod.example", "billing@shop.example"}))


def record(sender: str, subject: str, body: str, reply: bool = True) -> dict[str, object]:
    msg = EmailMessage()
    msg["Return-Path"] = "<>"
    msg["From"] = sender
    msg["To"] = BOT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2027, 3, 1, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<srv-1@mail.example>"
    if reply:
        msg["In-Reply-To"] = OURS
    msg.set_content(body)
    return as_record(classify(parse_message(msg.as_bytes()), CTX))


@pytest.mark.parametrize(("sender", "subject", "body", "failed"), [
    ("Mailserver <postmaster@verein.example>", "Nachricht nicht zugestellt",
     ("Guten Tag,\n\nIhre E-Mail zur Rechnung AC-7781 konnte nicht zugestellt werden.\n"
      "Die Adresse kasse@verein.example wurde am 15.01.2027 gelöscht; der Verein ist\n"
      "über das Kontaktformular erreichbar.\n"), "kasse@verein.example"),
    ("Server Yayasan <postmaster@yayasan.example>", "Re: Tagihan AC-7781",
     ("Yth. Bapak/Ibu,\n\nPesan Anda tentang tagihan AC-7781 tidak dapat kami\nteruskan. "
      "Alamat keuangan@yayasan.example telah dihapus sejak bulan Januari.\n"
      "Silakan hubungi kantor yayasan.\n\n(pesan otomatis)\n"), "keuangan@yayasan.example"),
    ("Mail System <mailer-daemon@shop.example>", "Undeliverable: invoice AC-7781",
     ("Your message about invoice AC-7781 could not be delivered.\n"
      "The mailbox billing@shop.example was closed on 31.01.2027 after a reorganisation.\n"),
     "billing@shop.example"),
])
def test_a_mailbox_said_to_be_gone_is_a_dead_address(sender: str, subject: str, body: str,
                                                     failed: str) -> None:
    r = record(sender, subject, body)
    assert r["kind"] == "bounce"
    assert r["failed_recipients"] == [failed]
    assert r["bounce_reason"] == "user_unknown"
    assert r["address_dead"] is True


@pytest.mark.parametrize(("sender", "subject", "body", "failed"), [
    ("Почтовая служба <postmaster@zavod.example>", "Письмо не доставлено",
     ("Здравствуйте!\n\nВаше письмо по счёту СЧ-0912 не доставлено.\n"
      "Почтовый ящик buh@zavod.example заблокирован по решению администратора.\n"),
     "buh@zavod.example"),
    ("Mailserver <postmaster@verein.example>", "Nachricht nicht zugestellt",
     ("Ihre E-Mail zur Rechnung AC-7781 konnte nicht zugestellt werden.\n"
      "Das Postfach kasse@verein.example ist derzeit gesperrt.\n"), "kasse@verein.example"),
])
def test_a_blocked_mailbox_is_not_a_dead_address_and_goes_to_a_person(
        sender: str, subject: str, body: str, failed: str) -> None:
    r = record(sender, subject, body)
    assert r["kind"] == "bounce"
    assert r["failed_recipients"] == [failed]
    assert r["address_dead"] is False
    assert r["needs_human"] is True


def test_a_returned_copys_raw_8bit_subject_names_the_invoice() -> None:
    raw = (
        "Return-Path: <>\r\nFrom: Mail Delivery System <MAILER-DAEMON@mx.zavod.example>\r\n"
        f"To: {BOT}\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        "Date: Mon, 01 Mar 2027 09:00:00 +0300\r\nMessage-ID: <dsn-1@mx.zavod.example>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type="delivery-status"; boundary="b1"\r\n\r\n'
        "--b1\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        "<buh@zavod.example>: host mx.zavod.example said: 550 5.1.1 User unknown\r\n"
        "--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.zavod.example\r\n\r\n"
        "Final-Recipient: rfc822; buh@zavod.example\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "--b1\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"From: {BOT}\r\nTo: buh@zavod.example\r\n"
        "Subject: Напоминание: счёт СЧ-0912 не оплачен\r\n"
        "Message-ID: <other-1@acme.test>\r\n"
        "--b1--\r\n").encode()
    r = as_record(classify(parse_message(raw), CTX))
    assert r["kind"] == "bounce"
    assert r["invoice_numbers"] == ["СЧ-0912"]

"""Machine mail of the eighteenth blind set's kind: examples written here in other
wordings, not the set's messages.

- a filter that holds our mail because the sender is "not yet on <someone>'s approved
  list" or "not in the recipient's address book", and releases it when the sender
  replies, is a challenge (answered at its token address), not an absence note or a
  client's reply; a person writing the same words in their own reply is still a reply;
- a domain made of a notifier's host labels hyphenated in another order ("bdk-korporat.com"
  for korporat.bdk.co.id) is a look-alike, however short the bank's own name, and even
  when it passes its own DMARC; a domain sharing only one of those words is not;
- return dates: "back at the surgery on ..." (any workplace named), Norwegian "er tilbake
  på jobb onsdag 9. desember" (its own month names, not Danish ones), Japanese "…日より
  順次ご返信させていただきます", and a Japanese range "…から…まで" is away until its end;
- a DSN whose server says our envelope or sender is blocked by the recipient (a gateway's
  personal or admin block entry) under a bare 5.0.0 is a refusal by policy, the address
  alive; a blocklist's block stays spam;
- a read receipt's language is that of its own words, not of our subject it quotes.
"""

from __future__ import annotations

import dataclasses
import hashlib

import pytest

from mailbot.reading.classify import Context, as_record, classify
from mailbot.reading.parse import parse_message

BOT = "ar@acme.test"
OURS = "<rem-18-1@acme.test>"  # a reminder the bot knows it sent
CTX = Context(
    bot_address=BOT,
    staff_domains=frozenset({"acme.test"}),
    notifiers=frozenset({"alerts@northbank.co.uk", "notif@korporat.bdk.co.id"}),
    known_invoice_numbers=("AC-2026-0181", "AC-2026-0182"),
    known_message_ids=frozenset({OURS}),
    known_contacts=frozenset({"ap@client.test"}),
)
DATE = "Tue, 17 Nov 2026 09:01:00 +0000"


def mail(subject: str, body: str, *, sender: str = "Client AP <ap@client.test>",
         answers: bool = True, headers: dict[str, str] | None = None) -> bytes:
    digest = hashlib.sha1((subject + body).encode()).hexdigest()[:16]
    lines = [f"From: {sender}", f"To: {BOT}", f"Subject: {subject}", f"Date: {DATE}",
             f"Message-ID: <{digest}@client.test>", "MIME-Version: 1.0",
             "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
    if answers:
        lines += [f"In-Reply-To: {OURS}", f"References: {OURS}"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode("utf-8")


def record(raw: bytes) -> dict[str, object]:
    return as_record(classify(parse_message(raw), CTX))


# ============================================================== challenges


def test_mail_held_until_a_sender_not_on_the_approved_list_replies_is_a_challenge():
    body = ("This is an automatic notice.\n\n"
            "We are holding your message to priya@client.test, since you are not yet on\n"
            "Priya's approved list.\n\n"
            "Reply to this e-mail, subject unchanged, and the message will go through.\n\n"
            "--- Message on hold ---\n"
            f"From: {BOT}\nSubject: Reminder: invoice AC-2026-0181\nMessage-ID: {OURS}\n")
    r = record(mail("[MailKeeper] Confirm: Reminder: invoice AC-2026-0181", body,
                    sender="MailKeeper <ok-9a3c5e71@keeper.client.test>", answers=False,
                    headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk",
                             "Reply-To": "ok-9a3c5e71@keeper.client.test"}))
    assert r["kind"] == "challenge", r
    assert r["needs_human"] is True
    assert r["challenge"] == "mailto:ok-9a3c5e71@keeper.client.test"
    assert r["original_message_id"] == OURS


def test_mail_quarantined_for_a_sender_not_in_the_address_book_is_a_challenge():
    body = ("We quarantined the mail you sent to billing@client.test.\n\n"
            f"The address {BOT} is not in the recipient's address book. To get it\n"
            "delivered, reply to this email with the subject as it is, or write to\n"
            "pass.71bd0e@client.test.\n\n"
            "Original subject: Reminder: invoice AC-2026-0182\n"
            f"Original Message-ID: {OURS}\n")
    r = record(mail("[Check] Reminder: invoice AC-2026-0182", body,
                    sender="Client Mail Guard <pass.71bd0e@client.test>", answers=False,
                    headers={"Precedence": "junk",
                             "Reply-To": "pass.71bd0e@client.test"}))
    assert r["kind"] == "challenge", r
    assert r["challenge"] == "mailto:pass.71bd0e@client.test"
    assert r["original_message_id"] == OURS


def test_a_person_saying_we_were_not_in_their_address_book_is_still_a_reply():
    body = ("Hello,\n\nsorry for the delay: your address was not in our address book, so the\n"
            "reminder ended up in our junk folder. Please reply to this email with a copy\n"
            "of AC-2026-0181 and we will look at it this week.\n\nRegards,\nJune\n")
    r = record(mail("Re: Reminder: invoice AC-2026-0181", body))
    assert r["kind"] == "client_reply", r


def test_the_held_message_id_a_filter_labels_as_the_original_is_taken():
    held = "<rem-18-7@out.acme.test>"  # sent from another mailbox: not known here
    body = ("Your message to billing@client.test has been quarantined: the sender is not\n"
            "in our address book. Reply to this email to have it delivered.\n\n"
            f"Original Message-ID: {held}\n")
    r = record(mail("[Check] Reminder", body, sender="Guard <pass.71bd0e@client.test>",
                    answers=False, headers={"Auto-Submitted": "auto-replied"}))
    assert r["kind"] == "challenge", r
    assert r["original_message_id"] == held


# ============================================================== look-alikes

HELD_FUNDS = ("Yth. Nasabah,\n\nDana masuk sebesar Rp 48.300.000,00 dengan berita AC-2026-0182\n"
              "ditahan karena rekening Anda perlu diperbarui. Silakan verifikasi melalui\n"
              "https://bdk-korporat-login.net/verif\n\nSalam,\nBDK Korporat\n")


@pytest.mark.parametrize("domain", ["bdk-korporat.com", "korporat-bdk.net"])
def test_a_notifiers_host_labels_hyphenated_anew_are_a_lookalike(domain):
    raw = mail("Dana masuk ditahan", HELD_FUNDS, answers=False,
               sender=f"BDK Korporat <notif@{domain}>")
    raw = (b"Authentication-Results: mx.acme.test; spf=pass smtp.mailfrom=" + domain.encode()
           + b"; dkim=pass header.d=" + domain.encode() + b"; dmarc=pass header.from="
           + domain.encode() + b"\r\n" + raw)
    ctx = dataclasses.replace(CTX, authserv_ids=frozenset({"mx.acme.test"}))
    r = as_record(classify(parse_message(raw), ctx))
    assert r["kind"] == "other", r
    assert r["needs_human"] is True
    assert "looks like" in str(r["reason"])


def test_a_client_sharing_one_word_of_a_notifiers_host_is_read_as_itself():
    body = ("Selamat siang,\n\nmohon kirim nomor rekening Anda untuk pembayaran invoice\n"
            "AC-2026-0182.\n\nSalam,\nKeuangan\n")
    r = record(mail("Re: Pengingat AC-2026-0182", body,
                    sender="Keuangan <keuangan@korporat-sejahtera.co.id>"))
    assert r["kind"] == "client_reply", r


# ============================================================== absence notes


def absence(subject: str, body: str, date: str = DATE, charset: str = "utf-8") -> bytes:
    raw = mail(subject, body, headers={"Auto-Submitted": "auto-replied"})
    return raw.replace(DATE.encode(), date.encode())


@pytest.mark.parametrize(("body", "back"), [
    (("Thanks for your message. I am on leave this week and back at the surgery on\n"
     "Wednesday 9th December.\n\nUrgent matters: office@client.test\n"), "2026-12-09"),
    (("Thanks for your message. I'm away, and will be back in the office from\n"
     "Monday 30 November.\n"), "2026-11-30"),
])
def test_an_english_note_back_at_its_named_workplace(body, back):
    r = record(absence("Automatic reply: Reminder AC-2026-0181", body))
    assert r["kind"] == "auto_reply", r
    assert r["return_date"] == back


def test_a_norwegian_note_back_on_a_day_in_norwegian():
    body = ("Hei,\n\nTakk for meldingen. Jeg er bortreist denne uken, med liten tilgang til\n"
            "e-post. Jeg er tilbake på jobb onsdag 9. desember.\n\nHilsen\nKari\n")
    r = record(absence("Automatisk svar: Reminder AC-2026-0181", body))
    assert r["kind"] == "auto_reply", r
    assert r["return_date"] == "2026-12-09"


@pytest.mark.parametrize(("body", "back"), [
    (("いつもお世話になっております。\n\n12月2日から12月4日まで出張のため不在にしております。\n"
     "12月8日（火）より順次ご返信させていただきます。\n"), "2026-12-08"),
    # no return day written: the working day after the range's end
    ("いつもお世話になっております。\n\n12月2日から12月4日まで出張のため不在にしております。\n",
     "2026-12-07"),
])
def test_a_japanese_note_back_from_a_day_or_away_for_a_range(body, back):
    r = record(absence("自動応答: Reminder AC-2026-0181", body,
                       date="Thu, 03 Dec 2026 09:00:00 +0900"))
    assert r["kind"] == "auto_reply", r
    assert r["return_date"] == back


# ============================================================== bounces


def dsn(diagnostic: str, status: str = "5.0.0", failed: str = "ap@client.test") -> bytes:
    fields = ["Reporting-MTA: dns; out-7.mailer.acme.test", "",
              f"Final-Recipient: rfc822; {failed}", "Action: failed", f"Status: {status}",
              f"Diagnostic-Code: smtp; {diagnostic}"]
    parts = [
        ("Content-Type: text/plain; charset=utf-8\r\n\r\nDelivery to the following recipient "
        f"failed permanently:\r\n{failed}\r\n"),
        "Content-Type: message/delivery-status\r\n\r\n" + "\r\n".join(fields) + "\r\n",
        ("Content-Type: text/rfc822-headers\r\n\r\n"
         f"From: Acme Receivables <{BOT}>\r\nTo: <{failed}>\r\n"
         f"Subject: Reminder: invoice AC-2026-0181\r\nMessage-ID: {OURS}\r\n"),
    ]
    head = ["From: MAILER-DAEMON@mailer.acme.test", f"To: {BOT}",
            "Subject: Delivery Status Notification (Failure)", f"Date: {DATE}",
            "Message-ID: <dsn-18@mailer.acme.test>", "MIME-Version: 1.0",
            'Content-Type: multipart/report; report-type=delivery-status; boundary="B18"']
    body = "".join(f"--B18\r\n{p}\r\n" for p in parts) + "--B18--\r\n"
    return ("\r\n".join(head) + "\r\n\r\n" + body).encode("utf-8")


@pytest.mark.parametrize("diagnostic", [
    "550 Envelope blocked - Managed Entry [aZ81kQ.eu37]",
    "550 Sender was blocked by the recipient (personal rule)",
])
def test_our_sender_blocked_by_the_recipient_is_a_refusal_by_policy(diagnostic):
    r = record(dsn(diagnostic))
    assert r["kind"] == "bounce", r
    assert r["bounce_reason"] == "policy"
    assert r["address_dead"] is False


def test_a_blocklists_block_stays_spam():
    r = record(dsn("550 Sender blocked - listed at zen.spamhaus.org"))
    assert r["bounce_reason"] == "spam"


# ============================================================== read receipts


def mdn(subject: str, human: str) -> bytes:
    parts = ["Content-Type: text/plain; charset=utf-8\r\n\r\n" + human.replace("\n", "\r\n"),
             ("Content-Type: message/disposition-notification\r\n\r\n"
             "Reporting-UA: webmail.client.test; Webmail 9\r\n"
             "Final-Recipient: rfc822;ap@client.test\r\n"
             f"Original-Message-ID: {OURS}\r\n"
             "Disposition: manual-action/MDN-sent-manually; displayed\r\n")]
    head = ["From: ap@client.test", f"To: {BOT}", f"Subject: {subject}", f"Date: {DATE}",
            "Message-ID: <mdn-18@client.test>", "MIME-Version: 1.0",
            ("Content-Type: multipart/report; report-type=disposition-notification; "
            'boundary="M18"')]
    body = "".join(f"--M18\r\n{p}\r\n" for p in parts) + "--M18--\r\n"
    return ("\r\n".join(head) + "\r\n\r\n" + body).encode("utf-8")


def test_a_receipts_language_is_its_own_words_not_our_quoted_subject():
    subject = "Напоминание об оплате: счёт AC-2026-0181"
    r = record(mdn(f"Read: {subject}", f"Your message\n\n  Subject: {subject}\n\n"
                                       "was read by ap@client.test on Tuesday, 17 November.\n"))
    assert r["kind"] == "read_receipt", r
    assert r["language"] == "en"


def test_a_receipt_in_the_language_of_the_subject_keeps_it():
    subject = "Zahlungserinnerung: Rechnung AC-2026-0181"
    r = record(mdn(f"Gelesen: {subject}", f"Ihre Nachricht\n\n  Betreff: {subject}\n\n"
                                          "wurde am Dienstag, 17. November gelesen.\n"))
    assert r["language"] == "de"

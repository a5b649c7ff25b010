"""Machine mail of the seventeenth blind set's kind: examples written here in other
wordings, not the set's messages.

- a sender-verification request that says what it is for first ("To complete this
  verification, reply ... or click the link below:") confirms at the link below, however
  opaque its address; the held message's headers it lists name the bot's reminder;
- a filter holding mail "because you are not yet on the recipient's list of approved
  senders" is a challenge, not an absence note; the address it names to answer at keeps
  its letters' case (a local part is case-sensitive);
- a "user unknown" with an X.1.x code given only after DATA goes to a person (the
  address is not given up by itself); one refused at RCPT TO, and an Exchange report of
  an unknown recipient (no SMTP stage named: earlier sets' convention), still kill it;
- a filtering gateway's per-recipient ":blocked" verdict after DATA is a spam block;
- "sarò nuovamente reperibile da / martedì 8 dicembre" is the day the person is back,
  the date wrapped onto the next line as a note's column wraps it;
- a domain that spells a notifier's distinctive name without its "bank" ("seruni-cms.co"
  for bankseruni.co.id) is a look-alike, kept as `other` for a person.
"""

from __future__ import annotations

import dataclasses
import hashlib

import pytest

from mailbot.reading.classify import Context, as_record, classify
from mailbot.reading.parse import parse_message

BOT = "ar@acme.test"
OURS = "<rem-17-1@acme.test>"  # a reminder the bot knows it sent
HELD = "<rem-17-2@acme.test>"  # one it does not know of (another mailbox's history)
CTX = Context(
    bot_address=BOT,
    staff_domains=frozenset({"acme.test"}),
    notifiers=frozenset({"kabar@bankseruni.co.id", "alerts@northbank.co.uk"}),
    known_invoice_numbers=("AC-2026-0177", "AC-2026-0178"),
    known_message_ids=frozenset({OURS}),
    known_contacts=frozenset({"ap@client.test"}),
)
DATE = "Tue, 10 Nov 2026 09:01:00 +0000"


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


AUTO = {"Auto-Submitted": "auto-replied"}

# ============================================================== challenges


@pytest.mark.parametrize("link", [
    "https://mail.client.test:2096/cgi-sys/filter.cgi?a=ap@client.test&q=9e1c0b7a55d2",
    "https://webmail.client.test/hold/release.php?m=ap%40client.test&k=77ab10",
])
def test_a_challenge_whose_purpose_comes_before_its_link(link):
    body = ("Our mail system needs you to show that you are a real live human being and\n"
            "not a spam source.\n\n"
            "To complete this verification, simply reply to this message and keep\n"
            f"the subject unchanged or click the link below:\n\n{link}\n\n"
            "The headers of the message sent from your address are shown below:\n\n"
            "Received: from out.acme.test (out.acme.test [192.0.2.5])\n"
            "\tby mail.client.test with esmtps; Tue, 10 Nov 2026 09:00:58 +0000\n"
            f"Message-ID: {HELD}\n"
            f"From: Acme Receivables <{BOT}>\n"
            "To: Client AP <ap@client.test>\n"
            "Subject: Reminder: invoice AC-2026-0177\n")
    r = record(mail("Please Verify Your Email Address (verify#client.test-9e1c0b7a55d2)",
                    body, sender="ap@client.test", answers=False,
                    headers={**AUTO, "Precedence": "bulk"}))
    assert r["kind"] == "challenge", r
    assert r["challenge"] == link
    assert r["original_message_id"] == HELD
    assert r["needs_human"] is True


def test_a_listed_message_id_of_somebody_else_is_not_taken_for_ours():
    body = ("To complete this verification, simply reply to this message or click the\n"
            "link below:\n\nhttps://mail.client.test:2096/cgi-sys/filter.cgi?q=41ab\n\n"
            "The headers of the message sent from your address are shown below:\n\n"
            "Message-ID: <x-991@elsewhere.test>\nFrom: Somebody <someone@elsewhere.test>\n"
            "Subject: hello\n")
    r = record(mail("Please Verify Your Email Address", body, sender="ap@client.test",
                    answers=False, headers=AUTO))
    assert r["kind"] == "challenge", r
    assert r["original_message_id"] is None


@pytest.mark.parametrize(("body", "address"), [
    (("Hello,\n\nYour message to office@client.test with the subject\n\n"
      "    \"Reminder: invoice AC-2026-0177\"\n\n"
      "is being held by ClientMail Shield because you are not yet on the recipient's list of\n"
      "approved senders.\n\nTo release it and add yourself to the approved list, send a blank "
      "email to\n\n    Let+ZQ81KD4P@shield.client.test\n\n(or just reply to this message). "
      "Held messages are deleted after 10 days.\n"), "Let+ZQ81KD4P@shield.client.test"),
    (("Your e-mail to office@client.test has been held: the recipient only takes mail\n"
      "from a list of verified senders. Reply to this message to be added, or write to\n"
      "Pass-7KQ2M@shield.client.test.\n"), None),
])
def test_a_filter_holding_mail_for_a_list_of_approved_senders_is_a_challenge(body, address):
    r = record(mail("[Held] Reminder: invoice AC-2026-0177", body,
                    sender="ClientMail Shield <shield@client.test>",
                    headers={**AUTO, "Reply-To": "Let+ZQ81KD4P@shield.client.test"}))
    assert r["kind"] == "challenge", r
    assert r["needs_human"] is True
    if address:
        assert r["challenge"] == f"mailto:{address}"


def test_the_answer_address_of_a_challenge_keeps_its_case():
    body = ("Yth. Pengirim,\n\nEmail Anda kepada keuangan@client.test saat ini ditahan oleh "
            "sistem\nanti-spam kami. Untuk memastikan bahwa Anda bukan pengirim spam, silakan "
            "balas email ini,\natau kirim email kosong ke alamat berikut:\n\n"
            "    cek+Q7Z2WX@filter.client.test\n")
    r = record(mail("[VERIFIKASI] Pengingat AC-2026-0177", body,
                    sender="Verifikasi <verifikasi@client.test>",
                    headers={**AUTO, "Reply-To": "cek+Q7Z2WX@filter.client.test"}))
    assert r["kind"] == "challenge", r
    assert r["challenge"] == "mailto:cek+Q7Z2WX@filter.client.test"


# ============================================================== bounces


def dsn(report: str, *, reporting: str, received_from: str | None, status: str,
        diagnostic: str, failed: str, sender: str = "MAILER-DAEMON@out.acme.test",
        subject: str = "Undelivered Mail Returned to Sender") -> bytes:
    fields = [f"Reporting-MTA: dns; {reporting}"]
    if received_from:
        fields.append(f"Received-From-MTA: dns; {received_from}")
    fields += ["", f"Final-Recipient: rfc822; {failed}", "Action: failed", f"Status: {status}",
               f"Diagnostic-Code: smtp; {diagnostic}"]
    parts = [
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + report.replace("\n", "\r\n"),
        "Content-Type: message/delivery-status\r\n\r\n" + "\r\n".join(fields) + "\r\n",
        ("Content-Type: text/rfc822-headers\r\n\r\n"
         f"From: Acme Receivables <{BOT}>\r\nTo: <{failed}>\r\n"
         f"Subject: Reminder: invoice AC-2026-0177\r\nMessage-ID: {OURS}\r\n"),
    ]
    head = [f"From: {sender}", f"To: {BOT}", f"Subject: {subject}", f"Date: {DATE}",
            "Message-ID: <dsn-17@out.acme.test>", "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0",
            'Content-Type: multipart/report; report-type=delivery-status; boundary="B17"']
    body = "".join(f"--B17\r\n{p}\r\n" for p in parts) + "--B17--\r\n"
    return ("\r\n".join(head) + "\r\n\r\n" + body).encode("utf-8")


POSTFIX = ("This is the mail system at host out.acme.test.\n\n"
           "I'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients.\n\n"
           "                   The mail system\n\n")


def test_an_unknown_user_with_an_addressing_code_after_data_goes_to_a_person():
    r = record(dsn(POSTFIX + "<m.ode@client.test>: host mx.client.test[192.0.2.9] said:\n"
                   "    550 5.1.1 <m.ode@client.test>: Recipient address rejected: unknown\n"
                   "    mailbox (in reply to end of DATA command)\n",
                   reporting="out.acme.test", received_from=None, status="5.1.1",
                   diagnostic="550 5.1.1 <m.ode@client.test>: Recipient address rejected: "
                              "unknown mailbox", failed="m.ode@client.test"))
    assert r["kind"] == "bounce"
    assert r["failed_recipients"] == ["m.ode@client.test"]
    assert r["bounce_reason"] == "user_unknown"
    assert r["needs_human"] is True
    assert "DATA" in str(r["reason"])


def test_an_unknown_user_refused_at_rcpt_to_still_kills_the_address():
    r = record(dsn(POSTFIX + "<m.ode@client.test>: host mx.client.test[192.0.2.9] said:\n"
                   "    550 5.1.1 <m.ode@client.test>: Recipient address rejected: unknown\n"
                   "    mailbox (in reply to RCPT TO command)\n",
                   reporting="out.acme.test", received_from=None, status="5.1.1",
                   diagnostic="550 5.1.1 <m.ode@client.test>: Recipient address rejected: "
                              "unknown mailbox", failed="m.ode@client.test"))
    assert (r["bounce_reason"], r["address_dead"], r["needs_human"]) == (
        "user_unknown", True, False)


EXCHANGE = ("Delivery has failed to these recipients or groups:\n\nk.lund@client.test\n"
            "The email address you entered couldn't be found.\n\n"
            "Diagnostic information for administrators:\n\nGenerating server: {server}\n\n"
            "k.lund@client.test\nRemote Server returned '550 5.1.1 "
            "RESOLVER.ADR.RecipNotFound; not found'\n")


def test_an_exchange_report_of_an_unknown_recipient_still_kills_the_address():
    server = "AM0PR02MB5512.eurprd02.prod.outlook.com"
    r = record(dsn(EXCHANGE.format(server=server), reporting=server,
                   received_from="out.acme.test", status="5.1.1",
                   diagnostic="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
                   failed="k.lund@client.test", sender="Postmaster <postmaster@client.test>",
                   subject="Undeliverable: Reminder: invoice AC-2026-0177"))
    assert (r["bounce_reason"], r["address_dead"], r["needs_human"]) == (
        "user_unknown", True, False)


def test_a_gateways_blocked_verdict_after_data_is_a_spam_block():
    r = record(dsn(POSTFIX + "<pay@client.test>: host gw7.filter-cloud.test[192.0.2.70]\n"
                   "    said: 550 permanent failure for one or more recipients\n"
                   "    (pay@client.test:blocked) (in reply to end of DATA command)\n",
                   reporting="out.acme.test", received_from=None, status="5.0.0",
                   diagnostic="550 permanent failure for one or more recipients "
                              "(pay@client.test:blocked)", failed="pay@client.test"))
    assert r["kind"] == "bounce"
    assert r["bounce_reason"] == "spam"
    assert r["address_dead"] is False


# ============================================================== absence notes


def test_an_italian_note_back_reachable_after_a_holiday():
    # (the note wrapped at its column: the date on the line after its words)
    body = ("Buongiorno,\n\nsono fuori ufficio fino a venerdì 4 dicembre compreso. Lunedì 7 "
            "dicembre\nl'ufficio resta chiuso per il ponte; sarò nuovamente reperibile da\n"
            "martedì 8 dicembre.\n\nPer urgenze scrivete a segreteria@client.test.\n")
    r = record(mail("Risposta automatica: Reminder AC-2026-0177", body,
                    headers={"X-Autoreply": "yes"}))
    assert r["kind"] == "auto_reply", r
    assert r["return_date"] == "2026-12-08"


# ============================================================== look-alikes


def test_a_domain_spelling_a_notifiers_name_without_its_bank_is_a_lookalike():
    body = ("NOTIFIKASI TRANSAKSI KREDIT\n\nDana masuk sebesar IDR 12.500.000,00 dari PT Klien\n"
            "Berita: AC-2026-0178\n\nStatus: DITAHAN - konfirmasi penerima diperlukan:\n"
            "http://seruni-cms.co/konfirmasi?trx=0178\n")
    r = record(mail("Dana Masuk DITAHAN", body, answers=False,
                    sender="Seruni Cash Management <kabar@seruni-cms.co>"))
    assert r["kind"] == "other", r
    assert r["needs_human"] is True
    assert r["invoice_numbers"] == ["AC-2026-0178"]


def test_a_client_bearing_the_same_name_with_its_mail_authenticated_is_read_as_itself():
    ctx = dataclasses.replace(CTX, authserv_ids=frozenset({"mx.acme.test"}))
    raw = mail("Bukti transfer AC-2026-0178",
               "Selamat siang,\n\nTerlampir bukti transfer untuk invoice AC-2026-0178, sudah "
               "kami bayar kemarin.\n\nSalam,\nBagian Keuangan\n", answers=True,
               sender="Keuangan Seruni Kargo <keuangan@seruni-kargo.co.id>")
    # our MX's verdict, written as the message's first header
    raw = (b"Authentication-Results: mx.acme.test; spf=pass smtp.mailfrom=keuangan@seruni-"
           b"kargo.co.id; dkim=pass header.d=seruni-kargo.co.id; dmarc=pass "
           b"header.from=seruni-kargo.co.id\r\n" + raw)
    r = as_record(classify(parse_message(raw), ctx))
    assert r["kind"] == "client_reply", r


def test_words_that_the_account_does_not_exist_after_data_still_kill_the_address():
    r = record(dsn(POSTFIX + "<t.ir@mail.client.test>: host mx.mail.client.test[192.0.2.4] "
                   "said: 554\n    delivery error: dd This user doesn't have a client.test "
                   "account\n    (t.ir@mail.client.test) (in reply to end of DATA command)\n",
                   reporting="out.acme.test", received_from=None, status="5.0.0",
                   diagnostic="554 delivery error: dd This user doesn't have a client.test "
                              "account", failed="t.ir@mail.client.test"))
    assert (r["bounce_reason"], r["address_dead"], r["needs_human"]) == (
        "user_unknown", True, False)

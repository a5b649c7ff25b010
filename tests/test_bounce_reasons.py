"""The reader of machine mail that is not a plain delivery failure: a sender-verification
("challenge/response") request is its own kind, never a bounce nor a reply; every bounce
has a reason class; a filter's or policy's refusal is a bounce of its own reason; and a
failed recipient comes only from evidence, never from any address in the prose.

Every example here is written for these tests (en/de/ru/id), none copied from a set."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from mailbot.domain.values import Kind
from mailbot.reading.classify import as_record, classify
from mailbot.reading.context import Context
from mailbot.reading.parse import parse_message
from mailbot.tools.evaluation import Case, score

OURS = "<rem-77@ar.test>"
CTX = Context(bot_address="ar@ar.test", staff_domains=frozenset({"ar.test"}),
              known_message_ids=frozenset({OURS}),
              known_contacts=frozenset({"ana@client.test", "budi@klien.test",
                                        "oleg@klient.test", "jo@kunde.test"}))


def mail(sender: str, subject: str, body: str, *, html: bool = False,
         **headers: str) -> EmailMessage:
    m = EmailMessage()
    m["From"] = sender
    m["To"] = "ar@ar.test"
    m["Subject"] = subject
    m["Date"] = "Tue, 01 Dec 2026 09:00:00 +0000"
    m["Message-ID"] = "<x1@elsewhere.test>"
    for k, v in headers.items():
        m[k.replace("_", "-")] = v
    m.set_content(body, subtype="html" if html else "plain")
    return m


def read(m: EmailMessage, ctx: Context = CTX):
    return classify(parse_message(m.as_bytes()), ctx)


# ====================================================================== challenges

CHALLENGES = [
    # English, a filter of the client's own, no vendor, a link
    mail("Ana <ana@client.test>", "Verification needed before delivery",
         "Hi, this is an automated message. My mailbox only accepts mail from approved "
         "senders.\nPlease verify that you are a real person by visiting\n"
         "https://filter.client.test/verify?token=ab12\nYour message waits until then.",
         Auto_Submitted="auto-replied"),
    # English, "reply to this message" and no headers at all
    mail("ana@client.test", "Re: Reminder: invoice 7",
         "Your e-mail is on hold. To prove you are not a robot, simply reply to this "
         "message and keep the subject as it is. You only have to do this once."
         "\n\nhttps://client.test/why-verify?id=9"),
    # a vendor known by its header, the link only in the HTML
    mail("Guard <notify@guard.example>", "Please confirm your e-mail",
         "<p>Ana uses a guest list.</p><p><a href='https://guard.example/approve?c=55'>"
         "Ask to be added</a></p>", html=True, X_Boxbe_Screening="pending"),
    # German
    mail("Kanzlei Jo <jo@kunde.test>", "Absenderbestätigung erforderlich",
         "Guten Tag,\nunser Spamschutz hat Ihre Nachricht angehalten. Bitte bestätigen Sie "
         "Ihre Absenderadresse unter https://schutz.kunde.test/ok/771 - danach wird die "
         "Nachricht zugestellt.", Auto_Submitted="auto-generated"),
    # Russian
    mail("Олег <oleg@klient.test>", "Подтверждение отправителя",
         "Ваше письмо ожидает проверки. Подтвердите, что вы человек, а не робот: "
         "https://klient.test/confirm?k=3 . Спасибо."),
    # Indonesian
    mail("Budi <budi@klien.test>", "Mohon verifikasi",
         "Sistem kami memerlukan verifikasi pengirim sebelum email Anda diteruskan. "
         "Silakan balas email ini tanpa mengubah subjek.", Auto_Submitted="auto-replied"),
]


@pytest.mark.parametrize("m", CHALLENGES, ids=["en-link", "en-reply", "vendor-html", "de",
                                               "ru", "id"])
def test_a_sender_verification_is_a_challenge_never_a_bounce_or_reply(m):
    c = read(m)
    assert c.kind == Kind.CHALLENGE, (c.kind, c.reason)
    assert c.needs_human  # a person confirms; nothing is answered by the bot
    assert c.challenge
    assert c.failed_recipients == ()
    assert c.intent is None


def test_the_challenge_names_its_link_or_the_address_to_answer():
    assert read(CHALLENGES[0]).challenge == "https://filter.client.test/verify?token=ab12"
    assert read(CHALLENGES[2]).challenge == "https://guard.example/approve?c=55"
    # the id= link is the filter's explanation page: still the only link there is
    assert read(CHALLENGES[1]).challenge == "https://client.test/why-verify?id=9"
    assert read(CHALLENGES[5]).challenge == "mailto:budi@klien.test"
    record = as_record(read(CHALLENGES[3]))
    assert record["kind"] == "challenge"
    assert record["challenge"] == "https://schutz.kunde.test/ok/771"
    assert record["bounce_reason"] is None


HARD_NEGATIVES = [
    # a client's reply that mentions the spam folder
    (mail("ana@client.test", "Re: Reminder: invoice 7",
          "Sorry, your reminder landed in my spam folder. We will pay invoice 7 on Friday.",
          In_Reply_To=OURS), Kind.CLIENT_REPLY),
    # a person asking to confirm receipt
    (mail("jo@kunde.test", "Re: Rechnung 7",
          "Hello, please confirm receipt of this e-mail and reply to this message with "
          "the bank details.", In_Reply_To=OURS), Kind.CLIENT_REPLY),
    # a real auto-reply
    (mail("oleg@klient.test", "Автоответ: Напоминание",
          "Я в отпуске до 14 декабря. Письма не читаю.", Auto_Submitted="auto-replied"),
     Kind.AUTO_REPLY),
    # a newsletter inviting to join a guest list, with a link
    (mail("Events <news@venue.test>", "Join the guest list for Friday",
          "Be on the guest list: confirm your seat at https://venue.test/confirm?id=4",
          List_Unsubscribe="<https://venue.test/unsubscribe>", Precedence="bulk"),
     Kind.OTHER),
]


@pytest.mark.parametrize(("m", "kind"), HARD_NEGATIVES, ids=["spam-folder", "confirm-receipt",
                                                             "ooo", "newsletter"])
def test_look_alikes_are_not_challenges(m, kind):
    c = read(m)
    assert c.kind == kind, (c.kind, c.reason)
    assert c.challenge is None
    assert c.bounce_reason is None


# ====================================================================== bounce reasons


def dsn(recipient: str, action: str, status: str, diagnostic: str, words: str) -> bytes:
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx.ar.test>\r\nTo: ar@ar.test\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <dsn9@mx.ar.test>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n"
        f"--b\r\nContent-Type: text/plain\r\n\r\n{words}\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.ar.test\r\n"
        f"\r\nFinal-Recipient: rfc822; {recipient}\r\nAction: {action}\r\nStatus: {status}\r\n"
        f"Diagnostic-Code: smtp; {diagnostic}\r\n\r\n"
        "--b\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"From: ar@ar.test\r\nTo: {recipient}\r\nMessage-ID: {OURS}\r\n\r\n--b--\r\n"
    ).encode()


def read_raw(raw: bytes, ctx: Context = CTX):
    return classify(parse_message(raw), ctx)


@pytest.mark.parametrize(("status", "diagnostic", "reason", "permanent"), [
    ("5.1.1", "550 5.1.1 <ana@client.test>: Recipient address rejected", "user_unknown", True),
    ("4.2.2", "452 4.2.2 Over quota", "mailbox_full", False),
    ("5.7.1", "550 5.7.1 Message refused: listed at a DNSBL", "spam", True),
    ("5.7.1", "550 5.7.1 Delivery not authorized, message refused", "policy", True),
    ("4.4.7", "Connection timed out", "other", True),
])
def test_a_dsn_gets_its_reason_class(status, diagnostic, reason, permanent):
    c = read_raw(dsn("ana@client.test", "failed", status, diagnostic,
                 "Your message could not be delivered."))
    assert (c.kind, c.failed_recipients) == (Kind.BOUNCE, ("ana@client.test",))
    assert (c.bounce_reason, c.bounce_permanent) == (reason, permanent)
    assert as_record(c)["bounce_reason"] == reason


def test_a_full_mailbox_never_marks_the_address_dead():
    from datetime import date

    from mailbot.domain import ledger
    c = read_raw(dsn("ana@client.test", "failed", "5.2.2", "552 5.2.2 Mailbox full",
                 "The recipient's mailbox is full."))
    assert c.bounce_reason == "mailbox_full"
    assert ledger.bounced(c.bounce_permanent, date(2026, 12, 1), c.bounce_reason) is None
    assert ledger.bounced(True, date(2026, 12, 1), "user_unknown") == "bounced 2026-12-01"


REFUSALS = [
    ("en", "postmaster@client.test", "Message blocked: Reminder",
     ("Your message to ana@client.test was rejected by our content filter as spam "
      "(score 11.0).\nIf you think this is wrong, write to j.smith@client.test."), "spam",
     "ana@client.test"),
    ("de", "postmaster@kunde.test", "Nachricht abgelehnt",
     ("Ihre Nachricht an jo@kunde.test wurde gemäß unserer E-Mail-Richtlinie abgelehnt: "
      "externe Absender dürfen dieses Postfach nicht anschreiben."), "policy", "jo@kunde.test"),
    ("ru", "postmaster@klient.test", "Письмо отклонено",
     "Ваше письмо для oleg@klient.test отклонено фильтром: распознано как спам.", "spam",
     "oleg@klient.test"),
    ("id", "postmaster@klien.test", "Pesan ditolak",
     "Email Anda kepada budi@klien.test ditolak karena kebijakan keamanan perusahaan.",
     "policy", "budi@klien.test"),
]


@pytest.mark.parametrize(("lang", "sender", "subject", "body", "reason", "who"), REFUSALS,
                         ids=[r[0] for r in REFUSALS])
def test_a_filter_or_policy_refusal_in_prose_is_a_bounce_of_its_reason(
        lang, sender, subject, body, reason, who):
    c = read(mail(sender, subject, body, In_Reply_To=OURS, References=OURS,
                  Auto_Submitted="auto-replied"))
    assert c.kind == Kind.BOUNCE, (c.kind, c.reason)
    assert c.bounce_reason == reason
    # the recipient the bot wrote to, tied by the message it refers to; never the
    # colleague the English report says to write to
    assert c.failed_recipients == (who,)
    assert c.original_message_id == OURS
    assert not c.needs_human  # nothing changes by itself: staff only hear of it
    assert "address itself works" in c.reason


def test_a_refusal_without_a_recipient_is_still_a_spam_bounce():
    c = read(mail("postmaster@mx.ar.test", "Undeliverable: Reminder",
                  "The remote server refused your message:\n  554 5.7.1 Rejected as spam "
                  "(message looks like bulk mail)."))
    assert (c.kind, c.bounce_reason, c.failed_recipients, c.bounce_permanent) == (
        Kind.BOUNCE, "spam", (), True)


def test_an_address_in_the_prose_is_no_failed_recipient_without_evidence():
    """The same refusal about a message the bot did not send: the address in its prose
    is tied to nothing the bot knows, so it is not a failed recipient."""
    c = read(mail("postmaster@client.test", "Message blocked",
                  "Your message to carol@client.test was blocked by the organization's "
                  "policy. Ask helpdesk.team@client.test for details.",
                  In_Reply_To="<not-ours@elsewhere.test>"))
    assert c.kind == Kind.BOUNCE
    assert c.bounce_reason == "policy"
    assert c.failed_recipients == ()


def test_an_smtp_reply_naming_the_recipient_is_evidence():
    c = read(mail("MAILER-DAEMON@mx.ar.test", "Mail delivery failed",
                  "A message that you sent could not be delivered.\n\n"
                  "  carol@elsewhere.test\n    host mx.elsewhere.test said: 550 5.1.1 "
                  "no such user\n\nContact postmaster.team@ar.test for help."))
    assert (c.failed_recipients, c.bounce_reason) == (("carol@elsewhere.test",), "user_unknown")


# ====================================================================== the scorer


def test_the_scorer_reads_a_true_challenge_label_as_presence(tmp_path):
    path = tmp_path / "c.eml"
    path.write_bytes(CHALLENGES[3].as_bytes())
    right = score(Case(path, {"kind": "challenge", "challenge": "true", "bounce_reason": ""},
                       "written"), CTX)
    assert right.verdict == "right", right.mismatches
    wrong = score(Case(path, {"kind": "challenge", "challenge": "false"}, "written"), CTX)
    assert "challenge" in wrong.mismatches
    path.write_bytes(dsn("ana@client.test", "failed", "5.1.1", "550 5.1.1 unknown",
                         "Your message could not be delivered."))
    checked = score(Case(path, {"kind": "bounce", "bounce_reason": "spam"}, "written"), CTX)
    assert checked.mismatches == ["bounce_reason"]


def test_unable_to_deliver_to_an_address_names_it_and_a_quota_violation_is_a_full_mailbox():
    """A qmail-style notice: the server's "unable to deliver your message to X" is
    evidence for X, and its reply's "quota violation" is a full mailbox, which never
    kills the address (found on the outside set after it was measured)."""
    c = read(mail("MAILER-DAEMON@mx.kunde.test", "failure notice",
                  "Sorry, unable to deliver your message to jo@kunde.test for\nthe following "
                  "reason:\n\n 552 Quota violation for jo@kunde.test\n\nA copy of the "
                  "original message below this line:\n"))
    record = as_record(c)
    assert (c.kind, list(c.failed_recipients)) == (Kind.BOUNCE, ["jo@kunde.test"])
    assert (record["bounce_reason"], record["address_dead"]) == ("mailbox_full", False)
    helpdesk = read(mail("MAILER-DAEMON@mx.kunde.test", "failure notice",
                         "Unable to deliver your message to jo@kunde.test.\n550 5.1.1 user "
                         "unknown\nQuestions? Write to help@kunde.test, we are glad to help.\n"))
    assert list(helpdesk.failed_recipients) == ["jo@kunde.test"]
    assert as_record(helpdesk)["address_dead"] is True

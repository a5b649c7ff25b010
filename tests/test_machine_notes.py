"""Machine notes that answer the bot's mail, and what they tell: automatic acknowledgements
that mention payment runs or carry no header, closures without a header, sender-
verification requests wrapped at 70 columns, held by an unknown filter service or asking
for a captcha; a 5.7.1 code whose words say the mailbox does not exist; and the invoice
the bounced, read or answered message was about. With the mail that must not be taken for
these: a client's real reply that mentions holidays or a ticket, a person asking to
confirm receipt.

Written for this test (not copied from any evaluation set)."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from mailbot.domain.values import Kind
from mailbot.reading.classify import Context, as_record, classify
from mailbot.reading.parse import parse_message

BOT = "ar@acme.test"
OURS = "<rem-77-1@acme.test>"  # the reminder the bot sent
CTX = Context(
    bot_address=BOT,
    staff_domains=frozenset({"acme.test"}),
    known_invoice_numbers=("AC-2026-0077", "F/AC/2026/XII/014"),
    known_message_ids=frozenset({OURS}),
    known_contacts=frozenset({"ap@client.test"}),
)
MONDAY = "Mon, 07 Dec 2026 10:00:00 +0100"


def mail(subject: str, body: str, *, sender: str = "Client AP <ap@client.test>",
         answers: bool = True, headers: dict[str, str] | None = None) -> bytes:
    digest = hashlib.sha1((subject + body).encode()).hexdigest()[:16]
    lines = [f"From: {sender}", f"To: {BOT}", f"Subject: {subject}", f"Date: {MONDAY}",
             f"Message-ID: <{digest}@client.test>", "MIME-Version: 1.0",
             "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
    if answers:
        lines += [f"In-Reply-To: {OURS}", f"References: {OURS}"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode("utf-8")


def read(raw: bytes):
    return classify(parse_message(raw), CTX)


GENERATED = {"Auto-Submitted": "auto-generated"}

# ============================================================== acknowledgements

ACKS: list[tuple[str, str, str, dict[str, str]]] = [
    # a helpdesk's acknowledgement that states its payment run (no person paying)
    ("en-payment-run", "[REQ-55021] Received: Reminder AC-2026-0077",
     ("Thanks for writing to Client Ltd supplier services. This is an automated "
      "confirmation: your enquiry has been logged as request 55021.\n\n"
      "Supplier payments are released on the last Friday of each month.\n"
      "Please do not reply to this email."), GENERATED),
    ("de-zahllauf", "Ihre Nachricht an die Kreditorenbuchhaltung",
     ("Guten Tag,\n\nIhre Nachricht wurde unter der Nummer 77120 erfasst. Unsere "
      "Zahlungsläufe sind mittwochs.\n\nDiese E-Mail wurde automatisch erstellt."),
     GENERATED),
    # no header at all, a "Re:" subject: the note says it is a machine's
    ("id-no-header", "Re: Tagihan AC-2026-0077",
     ("Terima kasih. Pesan Anda telah kami terima dan akan diproses dalam 2 hari kerja.\n\n"
      "Email ini dikirim secara otomatis, mohon tidak membalas email ini."), {}),
    ("ru-no-header", "Re: Счёт AC-2026-0077",
     ("Добрый день!\nВаше обращение зарегистрировано. Срок ответа — 3 рабочих дня.\n"
      "Это сообщение создано автоматически, просим не отвечать на данное письмо."), {}),
    ("en-no-header", "Re: Reminder AC-2026-0077",
     ("Hello,\nwe have received your message and will get back to you shortly.\n"
      "This message was generated automatically."), {}),
]


@pytest.mark.parametrize(("subject", "body", "headers"), [a[1:] for a in ACKS],
                         ids=[a[0] for a in ACKS])
def test_an_automatic_acknowledgement_is_an_auto_reply(subject, body, headers):
    c = read(mail(subject, body, headers=headers))
    assert c.kind == Kind.AUTO_REPLY, c
    assert c.return_date is None
    assert c.invoice_numbers == (("AC-2026-0077",) if "AC-2026-0077" in subject else ())


CLOSURES: list[tuple[str, str, str, date]] = [
    ("de-praxis", "Re: Zahlungserinnerung AC-2026-0077",
     ("Sehr geehrte Damen und Herren,\n\nunsere Kanzlei bleibt vom 19.12.2026 bis "
      "einschließlich 06.01.2027 geschlossen. Ab Donnerstag, dem 7. Januar 2027 sind wir "
      "wieder für Sie da.\n\nIhre Kanzlei Brandt"), date(2027, 1, 7)),
    ("en-clinic", "Re: Reminder AC-2026-0077",
     ("Our clinic is closed for the holidays. We reopen on Monday, 4 January 2027.\n"
      "Lakeside Dental"), date(2027, 1, 4)),
    ("id-weekday-date", "Re: Tagihan AC-2026-0077",
     ("Selamat pagi,\nsaya sedang cuti sampai Jumat, 11 Desember. Mulai Senin, "
      "14 Desember saya sudah masuk kantor lagi.\nSalam, Rina"), date(2026, 12, 14)),
]


@pytest.mark.parametrize(("subject", "body", "back"), [c[1:] for c in CLOSURES],
                         ids=[c[0] for c in CLOSURES])
def test_a_closure_without_any_header_and_the_day_it_reopens(subject, body, back):
    c = read(mail(subject, body))
    assert c.kind == Kind.AUTO_REPLY, c
    assert c.return_date == back  # the date the weekday names, not the next such weekday


NOT_AUTO: list[tuple[str, str, str, dict[str, str]]] = [
    # a client's real reply that mentions holidays, a ticket, an acknowledgement
    ("en-holiday-pay", "Re: Reminder AC-2026-0077",
     ("Hi, our office was closed over the holidays, sorry. We have received your email "
      "and we will pay the invoice on Friday."), {}),
    ("en-ticket-pay", "Re: Reminder AC-2026-0077",
     ("Thanks, we have received your email (ticket 48812). We paid it yesterday, "
      "please check.\nThis message was generated automatically by our helpdesk."),
     GENERATED),
    ("de-betriebsurlaub-frage", "AW: Zahlungserinnerung AC-2026-0077",
     ("Wir hatten wegen Betriebsurlaub geschlossen. Können Sie uns die Rechnung bitte "
      "noch einmal schicken?"), {}),
    ("ru-holiday-paid", "Re: Счёт AC-2026-0077",
     "Ваше письмо получено. Мы оплатили счёт вчера, офис был закрыт на праздники.", {}),
    # a person asking to confirm receipt is no acknowledgement and no challenge
    ("en-confirm-receipt", "Re: Reminder AC-2026-0077",
     "Please confirm receipt of our payment. Reply to this email once you have it.", {}),
    ("id-confirm-receipt", "Re: Tagihan AC-2026-0077",
     "Mohon konfirmasi apakah transfer kami sudah diterima. Balas email ini ya.", {}),
]


@pytest.mark.parametrize(("subject", "body", "headers"), [n[1:] for n in NOT_AUTO],
                         ids=[n[0] for n in NOT_AUTO])
def test_a_person_is_not_a_machine(subject, body, headers):
    c = read(mail(subject, body, headers=headers))
    assert c.kind not in (Kind.AUTO_REPLY, Kind.CHALLENGE), c


# ============================================================== sender verification

def test_a_challenge_wrapped_at_seventy_columns_with_a_vendor_header():
    body = ("Your email requires verification that you\nare a real person and not an "
            "automated\nsender. Reply to this message or open\n"
            "https://mail.client.test:2096/cgi-sys/bxd.cgi?verify=ab12cd\n")
    c = read(mail("Re: Reminder AC-2026-0077 [Verify Sender]", body,
                  headers={"Auto-Submitted": "auto-replied", "X-Boxtrapper": "verify"}))
    assert c.kind == Kind.CHALLENGE, c
    assert c.challenge == "https://mail.client.test:2096/cgi-sys/bxd.cgi?verify=ab12cd"
    assert c.original_message_id == OURS
    assert c.invoice_numbers == ("AC-2026-0077",)


def test_a_wrapped_challenge_without_a_vendor_mark():
    body = ("Please confirm that you\nare a real sender: open the link below.\n"
            "https://filter.client.test/confirm?k=91\n")
    c = read(mail("Re: Reminder AC-2026-0077", body, headers=GENERATED))
    assert c.kind == Kind.CHALLENGE, c


def test_a_captcha_from_a_filter_service_in_russian():
    body = ("Уважаемый отправитель!\nВаше письмо задержано фильтром. Введите код с картинки "
            "на странице https://filtr.example.ru/captcha/4410 — после этого письмо будет "
            "доставлено.\n\nТема: Счёт AC-2026-0077")
    c = read(mail("Ваше письмо задержано", body, sender="Фильтр <robot@filtr.example.ru>",
                  answers=False, headers=GENERATED))
    assert c.kind == Kind.CHALLENGE, c
    assert c.challenge == "https://filtr.example.ru/captcha/4410"
    assert c.invoice_numbers == ("AC-2026-0077",)


def test_an_unknown_filter_service_asking_to_verify_in_english():
    body = ("Hello,\n\nthis mailbox is protected by a challenge-response filter. Please "
            "click the link below to complete the verification.\n"
            "https://guard.example.net/verify?id=Q7\n\nYour message \"Tagihan "
            "F/AC/2026/XII/014\" is waiting and will be delivered once you verify.")
    c = read(mail("Please verify your email address", body,
                  sender="Guard <noreply@guard.example.net>", answers=False,
                  headers=GENERATED))
    assert c.kind == Kind.CHALLENGE, c
    assert c.invoice_numbers == ("F/AC/2026/XII/014",)  # a number of five parts


# ============================================================== bounces, receipts

def dsn(status: str, diagnostic: str, words: str, subject: str) -> bytes:
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx.client.test>\r\n"
        f"To: {BOT}\r\nSubject: {subject}\r\nDate: {MONDAY}\r\n"
        "Message-ID: <dsn-77@mx.client.test>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n"
        f"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{words}\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.client.test"
        f"\r\n\r\nFinal-Recipient: rfc822; ana@client.test\r\nAction: failed\r\n"
        f"Status: {status}\r\nDiagnostic-Code: smtp; {diagnostic}\r\n\r\n"
        "--b\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"From: {BOT}\r\nTo: ana@client.test\r\nSubject: Reminder AC-2026-0077\r\n"
        f"Message-ID: {OURS}\r\n\r\n--b--\r\n"
    ).encode()


@pytest.mark.parametrize(("diagnostic", "reason", "dead"), [
    ("550 5.7.1 No such user here", "user_unknown", True),
    ("550 5.7.1 <ana@client.test>: Recipient address rejected: User unknown",
     "user_unknown", True),
    # real policy and spam refusals stay what they are
    ("550 5.7.1 Sender domain does not exist", "policy", False),
    ("550 5.7.1 Relaying denied: user unknown to this relay", "policy", False),
    ("554 5.7.1 Message rejected as spam", "spam", False),
    ("550 5.7.1 Account disabled by policy", "policy", False),
])
def test_a_policy_code_whose_words_say_the_mailbox_does_not_exist(diagnostic, reason, dead):
    c = read(dsn("5.7.1", diagnostic, "Delivery failed.", "Undelivered Mail Returned to Sender"))
    assert c.kind == Kind.BOUNCE
    assert c.bounce_reason == reason
    assert as_record(c)["address_dead"] is dead


def test_the_reports_own_words_in_russian_say_the_user_does_not_exist():
    c = read(dsn("5.7.1", "550 5.7.1 Rejected", "Письмо не доставлено: нет такого пользователя.",
                 "Недоставленное сообщение"))
    assert (c.bounce_reason, as_record(c)["address_dead"]) == ("user_unknown", True)


def test_a_bounce_is_about_the_invoice_of_the_message_it_returns():
    # the bounce's own subject names nothing: the returned headers do
    c = read(dsn("5.1.1", "550 5.1.1 User unknown", "Delivery failed.",
                 "Undelivered Mail Returned to Sender"))
    assert c.invoice_numbers == ("AC-2026-0077",)
    assert as_record(c)["invoice_numbers"] == ["AC-2026-0077"]


def test_a_read_receipt_and_an_absence_note_name_the_invoice_of_their_subject():
    receipt = read(mail("Read: Reminder AC-2026-0077",
                        ("Your message\n\n  To: ap@client.test\n  Subject: Reminder "
                         "AC-2026-0077\n\nwas read on Monday, 7 December 2026."),
                        headers=GENERATED))
    assert receipt.kind == Kind.READ_RECEIPT
    assert receipt.invoice_numbers == ("AC-2026-0077",)
    away = read(mail("Automatic reply: Reminder AC-2026-0077",
                     "I am out of the office until 11 December.",
                     headers={"Auto-Submitted": "auto-replied"}))
    assert away.kind == Kind.AUTO_REPLY
    assert away.invoice_numbers == ("AC-2026-0077",)
    # a machine's own numbers (its ticket) are never an invoice's
    ticket = read(mail("[Case 2026-118] Received", ("Your request has been logged as case "
                                                     "2026-118."), headers=GENERATED))
    assert ticket.kind == Kind.AUTO_REPLY
    assert ticket.invoice_numbers == ()


def prose_refusal(words: str) -> bytes:
    return (
        "From: Postmaster <postmaster@client.test>\r\n"
        f"To: {BOT}\r\nSubject: Message not delivered\r\nDate: {MONDAY}\r\n"
        "Message-ID: <prose-77@client.test>\r\nReturn-Path: <>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{words}\r\n"
    ).encode()


@pytest.mark.parametrize("words", [
    ("Ваше сообщение для ana@client.test отклонено: отправитель не внесён в белый "
     f"список.\nКод ответа: 550 5.7.1 Sender not on allow list\nИсходное письмо: {OURS}"),
    ("Pesan Anda kepada ana@client.test ditolak oleh kebijakan konten server "
     f"(lampiran tidak diizinkan).\n550 5.7.1 Content policy violation\nReferensi pesan: {OURS}"),
])
def test_a_refusal_in_prose_names_our_message(words):
    c = read(prose_refusal(words))
    assert (c.kind, c.bounce_reason) == (Kind.BOUNCE, "policy"), c
    assert c.original_message_id == OURS  # the id of ours the prose names
    assert as_record(c)["address_dead"] is False


def test_an_id_in_the_prose_that_is_not_ours_is_not_taken():
    c = read(prose_refusal("Your message to ana@client.test was rejected by policy.\n"
                           "550 5.7.1 Content policy violation\n"
                           "Reference: <other-1@elsewhere.test>"))
    assert c.kind == Kind.BOUNCE
    assert c.original_message_id is None


def test_an_auto_reply_is_in_the_language_of_its_own_words_not_of_our_subject():
    c = read(mail("自动回复: Счёт AC-2026-0077 просрочен",
                  "您好！您的邮件已收到。我正在休假，12月14日回到办公室。谢谢！",
                  headers={"Auto-Submitted": "auto-replied"}))
    assert (c.kind, c.language) == (Kind.AUTO_REPLY, "zh")

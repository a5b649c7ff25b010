"""Machine mail of the eleventh blind round (issue 11), each rule with new examples:

- bounces: Exchange's "550 5.4.1 Recipient address rejected: Access denied" is its
  directory-based edge blocking, a recipient unknown to the directory (not a policy
  refusal of a live address); "not a valid recipient" and "<user> wasn't found at
  <domain>" say the mailbox does not exist; a content filter's refusal (links,
  attachments) that says nothing of spam is a policy refusal, not spam;
- display-name spoofs: a payment notifier's name written in Cyrillic ("БыстроПлат" for
  bystroplat), or from a free mailbox only the first word of a notifier's hyphenated
  domain name ("QuickPay" for quickpay-checkout), is a spoof: `other`, for a person;
- return dates: "на связи с 5-го" / "reachable again from the 5th" states the day back,
  which outweighs the "until" before it ("до 4 ноября включительно");
- read receipts: Indonesian "Tanda terima baca:" is a receipt's subject, and a note
  whose whole words say the message "was opened on" a date ("telah dibuka pada", "wurde am
  ... geöffnet", "было открыто") is a receipt like one that says "read";
- a headerless absence note in a "Re:": "ich bin ... erst ab Donnerstag wieder am
  Schreibtisch" says an absence as "nicht im Büro" does;
- payments: a percentage kept back on the reference line ("LESS 2PCT", "abzgl. 2 %",
  "dikurangi 2%", "за вычетом 2%") is the form of an early-payment discount, read as the
  word "discount" is: the ledger settles the invoice only when its terms allow that
  discount on the value date (domain.ledger.discount_taken), else books it part-paid;
  an amount kept back ("LESS 25.00") stays a person's call;
- language: the detector's Chinese varieties (Wu, Cantonese) are Chinese, "zh", the
  ISO 639-1 code."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from mailbot.reading import language
from mailbot.reading.classify import as_record, classify
from mailbot.reading.context import Context
from mailbot.reading.kinds.auto_reply import return_date
from mailbot.reading.parse import parse_message
from tests.test_bounce_mailbox_gone import record as _record

BOT = "ar@acme.test"
CTX = Context(bot_address=BOT, staff_domains=frozenset({"acme.test"}),
              known_invoice_numbers=("AC-7781",),
              known_contacts=frozenset({"billing@shop.example", "buh@zavod.example"}))


def record(sender: str, subject: str, body: str) -> dict[str, object]:
    """A plain-text report (no DSN part) as the mailbox-gone tests build it."""
    return _record(sender, subject, body, False)


def dsn(human: str, status: str, diagnostic: str, failed: str,
        subject: str = "Undeliverable: Invoice AC-7781") -> dict[str, object]:
    """An RFC 3464 report with no copy of the original attached."""
    raw = (
        "Return-Path: <>\n"
        "From: Microsoft Outlook <postmaster@shop.onmicrosoft.example>\n"
        f"To: {BOT}\nSubject: {subject}\n"
        f"Date: {format_datetime(datetime(2027, 3, 1, 9, 0, tzinfo=UTC))}\n"
        "Message-ID: <ndr-1@shop.example>\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\n\n'
        "--b1\nContent-Type: text/plain; charset=utf-8\n\n"
        f"{human}\n\n"
        "--b1\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.shop.example\n\n"
        f"Final-Recipient: rfc822; {failed}\nAction: failed\nStatus: {status}\n"
        f"Diagnostic-Code: smtp; {diagnostic}\n\n--b1--\n")
    return as_record(classify(parse_message(raw.encode()), CTX))


# -- Exchange's directory-based edge blocking: the recipient does not exist ------------------

@pytest.mark.parametrize(("human", "diagnostic"), [
    (("Your message to billing@shop.example couldn't be delivered.\n\n"
     "billing wasn't found at shop.example."),
     "550 5.4.1 Recipient address rejected: Access denied. [AM7PR02MB.eurprd02.prod.example]"),
    ("Delivery has failed to these recipients or groups:\n\nbilling@shop.example\n",
     "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DB5EUR03FT.example]"),
    ("Die Nachricht konnte nicht an billing@shop.example zugestellt werden.",
     "550 5.4.1 Recipient address rejected: Access denied."),
])
def test_exchange_directory_edge_blocking_is_an_unknown_recipient(human: str,
                                                                  diagnostic: str) -> None:
    r = dsn(human, "5.4.1", diagnostic, "billing@shop.example")
    assert r["kind"] == "bounce"
    assert r["failed_recipients"] == ["billing@shop.example"]
    assert r["bounce_reason"] == "user_unknown"
    assert r["address_dead"] is True


def test_exchange_relay_access_denied_is_no_dead_address() -> None:
    # the same code about relaying (our route), not the mailbox
    r = dsn("Your message to billing@shop.example couldn't be delivered.",
            "5.4.1", "550 5.4.1 Relay Access Denied", "billing@shop.example")
    assert r["kind"] == "bounce"
    assert r["bounce_reason"] != "user_unknown"
    assert r["address_dead"] is False


@pytest.mark.parametrize("line", [
    "554: delivery error: dd Not a valid recipient - mta7.mail.provider.example",
    "550 Not a valid recipient",
    "550 5.0.0 <billing@shop.example>: not a valid mailbox",
])
def test_not_a_valid_recipient_is_unknown(line: str) -> None:
    r = record("MAILER-DAEMON@mx.provider.example", "Failure Notice",
               ("Sorry, we were unable to deliver your message to the following address.\n\n"
                f"<billing@shop.example>:\n{line}\n\n"
                "--- Below this line is a copy of the message.\n\nSubject: Invoice AC-7781\n"))
    assert r["kind"] == "bounce"
    assert r["failed_recipients"] == ["billing@shop.example"]
    assert r["bounce_reason"] == "user_unknown"
    assert r["address_dead"] is True


# -- a content filter's refusal that says nothing of spam is policy -----------------------------

@pytest.mark.parametrize("diagnostic", [
    "550 5.7.1 Message rejected by content filter: external links are not allowed",
    "554 5.7.1 Message blocked by content filter: executable attachments are prohibited",
    "550 5.7.1 Content filter rejected the message: encrypted archives are not accepted",
])
def test_a_content_filter_refusal_without_spam_is_policy(diagnostic: str) -> None:
    r = dsn("Your message to buh@zavod.example was rejected by the recipient's server.",
            "5.7.1", diagnostic, "buh@zavod.example", subject="Undelivered Mail Returned")
    assert r["kind"] == "bounce"
    assert r["bounce_reason"] == "policy"
    assert r["address_dead"] is False


def test_a_content_filter_that_calls_it_spam_is_still_spam() -> None:
    r = dsn("Your message to buh@zavod.example was rejected.", "5.7.1",
            "550 5.7.1 Message rejected as spam by Content Filtering", "buh@zavod.example",
            subject="Undelivered Mail Returned")
    assert r["bounce_reason"] == "spam"


# -- display-name spoofs of a payment notifier -------------------------------------------------

SPOOF_CTX = Context(bot_address=BOT, staff_domains=frozenset({"acme.test"}),
                    notifiers=frozenset({"receipts@quickpay-checkout.test",
                                         "noreply@bystroplat.test",
                                         "avis@zahlfix-online.test"}),
                    authserv_ids=frozenset({"mx.acme.test"}),
                    known_invoice_numbers=("AC-7781", "СЧ-0912"),
                    known_contacts=frozenset({"ap@client.example"}))


def spoof(sender: str, subject: str, body: str) -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = BOT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2027, 3, 5, 22, 0, tzinfo=UTC))
    msg["Message-ID"] = "<s-1@mail.example>"
    msg.set_content(body)
    domain = sender.rsplit("@", 1)[-1].rstrip(">")
    raw = (f"Authentication-Results: mx.acme.test; spf=pass smtp.mailfrom={domain}; "
           f"dkim=pass header.d={domain}; dmarc=pass header.from={domain}\r\n").encode()
    return as_record(classify(parse_message(raw + msg.as_bytes()), SPOOF_CTX))


@pytest.mark.parametrize(("sender", "subject", "body"), [
    ("QuickPay <quickpay.receipts@gmail.com>", "You've been paid - confirm your payout details",
     ("Payment received\n\nInvoice AC-7781  EUR 4,200.00\n\nYour payout is on hold. Confirm "
     "your bank details within 24 hours: http://quickpay-payouts.example.net/confirm\n")),
    ("Quickpay Support <support.qp@outlook.com>", "Payment on hold",
     "A payment for AC-7781 is waiting. Please confirm your bank details to release it.\n"),
    ("БыстроПлат <bystroplat.info@yandex.ru>", "Платёж успешно проведён",
     ("Здравствуйте!\n\nПоступил платёж по счёту СЧ-0912, сумма 45 000,00 ₽.\n"
     "Для вывода средств подтвердите реквизиты: http://bystroplat-vyvod.example.com\n")),
    ("Быстроплат Уведомления <notice.bp@mail.ru>", "Оплата получена",
     "Оплата по счёту СЧ-0912 получена. Подтвердите реквизиты для зачисления.\n"),
    ("ZahlFix <zahlfix.avis@gmx.de>", "Zahlung eingegangen",
     ("Zahlung zu AC-7781 über 4.200,00 EUR eingegangen. Bitte bestätigen Sie Ihre "
     "Bankverbindung: http://zahlfix-konto.example.net\n")),
])
def test_a_notifiers_name_as_people_write_it_from_elsewhere_is_a_spoof(
        sender: str, subject: str, body: str) -> None:
    r = spoof(sender, subject, body)
    assert r["kind"] == "other", r
    assert r["needs_human"] is True


@pytest.mark.parametrize(("sender", "body"), [
    # a company on its own domain sharing a word with a notifier's name
    ("QuickPay Solutions Ltd <ap@quickpay-solutions.example>",
     "Hello, could you confirm your bank details for invoice AC-7781? Thanks.\n"),
    # a person on a free mailbox with an ordinary name
    ("Quentin Payne <q.payne@gmail.com>",
     "Hello, could you confirm your bank details for invoice AC-7781? Thanks.\n"),
    # a known contact is read as itself
    ("ZahlFix Buchhaltung <ap@client.example>",
     "Hallo, bitte nennen Sie uns Ihre Bankverbindung für AC-7781.\n"),
])
def test_a_name_sharing_a_word_is_no_spoof_on_its_own_domain(sender: str, body: str) -> None:
    r = spoof(sender, "Re: Invoice AC-7781", body)
    assert r["kind"] == "client_reply", r


# -- "reachable again from": the day back --------------------------------------------------------

SENT = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)  # a Monday


@pytest.mark.parametrize(("text", "back"), [
    ("Я в отпуске до 4 марта (праздник) включительно, на связи с 5-го.", date(2027, 3, 5)),
    ("Меня нет в офисе до 5 марта, снова на связи с 9 марта.", date(2027, 3, 9)),
    ("В командировке по 3 марта. На связи с понедельника, 8 марта.", date(2027, 3, 8)),
    ("I am away until 4 March inclusive and reachable again from 8 March.", date(2027, 3, 8)),
])
def test_reachable_again_from_is_the_day_back(text: str, back: date) -> None:
    assert return_date(text, SENT) == back


def test_in_touch_with_a_colleague_is_no_day_back() -> None:
    # "на связи с бухгалтерией" names whom to reach, the "until" stays the answer (back
    # the working day after it)
    text = "Я в отпуске до 4 марта. Мы на связи с бухгалтерией 5 дней в неделю."
    assert return_date(text, SENT) == date(2027, 3, 5)


# -- a Chinese variety is Chinese -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "多謝你嘅電郵，我而家放緊假，3月8號返嚟。有急事請搵會計部。",
    ("您好，我正在上海出差，3月5日前无法及时回复邮件。我将于3月8日（周一）返回办公室。\n\n"
     "Saya sedang dinas ke Shanghai dan kembali ke kantor pada 8 Maret."),
    "您好，我目前休假中，将于3月8日（周一）返回公司。如有急事，请联系会计部。",
])
def test_a_chinese_variety_is_chinese(text: str) -> None:
    assert language.detect(text) == "zh"


# -- read receipts: "opened", "tanda terima baca" --------------------------------------------------

def note(subject: str, body: str) -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = "Ana Client <ap@client.example>"
    msg["To"] = BOT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2027, 3, 1, 10, 40, tzinfo=UTC))
    msg["Message-ID"] = "<r-1@client.example>"
    msg["References"] = "<ar.1@acme.test>"
    msg.set_content(body)
    return as_record(classify(parse_message(msg.as_bytes()), CTX))


@pytest.mark.parametrize(("subject", "body"), [
    ("Tanda terima baca: Invoice AC-7781 telah jatuh tempo",
     "Pesan Anda kepada ap@client.example telah ditampilkan di layar penerima."),
    ("Pemberitahuan",
     ('Pesan dengan subjek "Invoice AC-7781" yang dikirim ke ap@client.example telah dibuka '
     "pada Senin, 1 Maret 2027 pukul 10.40 WITA.")),
    ("Notification",
     ('The message with subject "Invoice AC-7781" sent to ap@client.example was opened on '
     "Monday, 1 March 2027 at 10:40.")),
    ("Benachrichtigung",
     ('Ihre Nachricht mit dem Betreff "Rechnung AC-7781" an ap@client.example wurde am '
     "01.03.2027 um 10:40 geöffnet.")),
    ("Уведомление",
     ('Ваше письмо с темой «Счёт AC-7781», отправленное на ap@client.example, было открыто '
     "1 марта 2027 в 10:40.")),
])
def test_a_note_that_the_message_was_opened_is_a_read_receipt(subject: str, body: str) -> None:
    r = note(subject, body)
    assert r["kind"] == "read_receipt", r
    assert r["invoice_numbers"] == ["AC-7781"]


def test_a_reply_saying_the_attachment_would_not_open_is_no_receipt() -> None:
    r = note("Re: Invoice AC-7781",
             "Hello, your message was opened on my phone but the PDF won't open. "
             "Could you send it again?")
    assert r["kind"] == "client_reply"


# -- a headerless absence note: "erst ab ... wieder am Schreibtisch" --------------------------------

def answer(body: str) -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = "Holger Kunde <h.kunde@kunde.example>"
    msg["To"] = BOT
    msg["Subject"] = "Re: Ist die Rechnung AC-7781 angekommen?"
    msg["Date"] = format_datetime(datetime(2027, 3, 1, 8, 0, tzinfo=UTC))
    msg["Message-ID"] = "<a-1@kunde.example>"
    msg["In-Reply-To"] = "<ar.1@acme.test>"
    msg.set_content(body)
    return as_record(classify(parse_message(msg.as_bytes()), CTX))


@pytest.mark.parametrize(("body", "back"), [
    (("Guten Tag,\n\nich bin derzeit mit der Inventur beschäftigt und erst ab Donnerstag, dem 4.3., "
     "wieder am Schreibtisch. Unterlagen bitte an buchhaltung@kunde.example.\n\nGruß\nH. Kunde"),
     date(2027, 3, 4)),
    (("Hallo,\n\nich bin bis Mittwoch auf der Messe und erst am 4.3. wieder am Arbeitsplatz.\n\n"
     "(automatisch erzeugte Antwort)"), date(2027, 3, 4)),
])
def test_a_note_that_i_am_back_at_my_desk_only_then_is_an_absence(body: str, back: date) -> None:
    r = answer(body)
    assert r["kind"] == "auto_reply", r
    assert r["return_date"] == back.isoformat()


def test_a_client_who_pays_when_back_at_the_desk_is_a_reply() -> None:
    r = answer("Hallo,\n\nich bin erst ab Donnerstag, dem 4.3., wieder am Schreibtisch, dann "
               "überweise ich die Rechnung sofort.\n\nGruß")
    assert r["kind"] == "client_reply"


# -- a percentage kept back is a discount's form ------------------------------------------------

BANK_CTX = Context(bot_address=BOT, staff_domains=frozenset({"acme.test"}),
                   notifiers=frozenset({"alerts@fjordbank.test"}),
                   authserv_ids=frozenset({"mx.acme.test"}),
                   known_invoice_numbers=("AC-7781",))


def credit(reference: str) -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = "Fjordbank <alerts@fjordbank.test>"
    msg["To"] = BOT
    msg["Subject"] = "Credit advice"
    msg["Date"] = format_datetime(datetime(2027, 3, 5, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<c-1@fjordbank.test>"
    msg.set_content(f"A credit was received.\n\nAmount: EUR 9,310.00\nValue date: 03/03/2027\n"
                    f"Reference: {reference}\n")
    raw = ("Authentication-Results: mx.acme.test; spf=pass smtp.mailfrom=fjordbank.test; "
           "dkim=pass header.d=fjordbank.test; dmarc=pass header.from=fjordbank.test\r\n")
    return as_record(classify(parse_message(raw.encode() + msg.as_bytes()), BANK_CTX))


@pytest.mark.parametrize("reference", [
    "AC-7781 LESS 2PCT",
    "AC-7781 less 2%",
    "AC-7781 abzgl. 2 %",
    "AC-7781 dikurangi 2%",
    "AC-7781 за вычетом 2%",
])
def test_a_percentage_kept_back_is_read_as_a_discount(reference: str) -> None:
    r = credit(reference)
    assert r["kind"] == "payment_confirmation"
    assert r["payment_full"] is True, r["reason"]
    assert r["needs_human"] is False


@pytest.mark.parametrize("reference", [
    "AC-7781 LESS 25.00",
    "AC-7781 abzgl. Sicherheitseinbehalt",
    "AC-7781 LESS BANK CHARGES",
    "AC-7781 LESS 2PCT FEE",
    "AC-7781 abzgl. 3 % Einbehalt",
])
def test_an_amount_kept_back_is_still_a_persons_call(reference: str) -> None:
    r = credit(reference)
    assert r["payment_full"] is False
    assert r["needs_human"] is True

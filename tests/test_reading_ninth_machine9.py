"""Machine mail of the ninth blind round (issue 11), with new examples:

- bounces: a prose report of a failed DNS lookup for the recipient's domain (which may pass)
  is reason other, never a dead address, whatever its words say of the recipient; Yahoo's
  "delivery error: dd This user doesn't have a <domain> account" is an unknown user; a server's own reply after its code ("550 spam message
  rejected") outweighs the relay's generic wrapper ("invalid mailbox") before it;
- auto-replies: a Chinese day back stated after a range of days away is the return date;
  a Spanish range "del 1 al 11 de diciembre" has an end even with a one-digit start;
- challenges: an HTML link whose words ask to verify is the way to confirm;
- staff talk: colleagues naming an invoice and its amount, with no due date or terms, with
  only staff and the bot as recipients, are talking, not sending an invoice copy;
- payments: a notice naming no invoice settles none (payment_full false); an MT103 text
  attachment is read, and charges taken on the way (:33B: above :32A:) make it partial;
  a camt.054 XML attachment is read as its credit entries (several: a person)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from mailbot.reading.classify import as_record, classify
from mailbot.reading.context import Context
from mailbot.reading.kinds.auto_reply import return_date
from mailbot.reading.parse import parse_message
from tests.test_bounce_mailbox_gone import BOT, CTX
from tests.test_bounce_mailbox_gone import record as _record


def record(sender: str, subject: str, body: str, reply: bool = False) -> dict[str, object]:
    """The mailbox-gone tests' message shape, without their In-Reply-To by default."""
    return _record(sender, subject, body, reply)


@pytest.mark.parametrize(("sender", "subject", "body", "failed"), [
    ("Mailsystem <mailer-daemon@mx.acme.test>", "Zustellung fehlgeschlagen",
     ("Guten Tag,\n\nIhre Nachricht konnte an diesen Empfänger nicht zugestellt werden:\n\n"
      "  kasse@verein.example\n\n"
      "Ursache: Die Domäne des Empfängers existiert nicht (Name service error for "
      "name=verein.example type=MX).\n\nBetreff: Rechnung AC-7781\n"), "kasse@verein.example"),
    ("Mail Delivery System <mailer-daemon@mx.acme.test>", "Undelivered Mail",
     ("We could not deliver your message to the following recipient:\n\n"
      "  billing@shop.example\n\n"
      "Reason: the recipient's domain does not exist (host not found in DNS).\n\n"
      "Subject: Invoice AC-7781\n"), "billing@shop.example"),
    ("Почтовая система <mailer-daemon@mx.acme.test>", "Письмо не доставлено",
     ("Ваше письмо не доставлено получателю:\n\n  buh@zavod.example\n\n"
      "Причина: домен получателя не существует (DNS: host not found).\n\n"
      "Тема: Счёт СЧ-0912\n"), "buh@zavod.example"),
])
def test_a_recipient_domain_that_does_not_exist_is_no_dead_address(
        sender: str, subject: str, body: str, failed: str) -> None:
    r = record(sender, subject, body)
    assert r["kind"] == "bounce"
    assert r["failed_recipients"] == [failed]
    assert r["bounce_reason"] == "other"
    assert r["address_dead"] is False


def test_a_user_without_an_account_at_the_provider_is_unknown() -> None:
    r = record("MAILER-DAEMON@mx.provider.example", "Failure Notice",
               ("Sorry, we were unable to deliver your message to the following address.\n\n"
                "<billing@shop.example>:\n"
                "550: delivery error: dd This user does not have a shop.example account "
                "(billing@shop.example) [2] - mta44.provider.example\n\n"
                "--- Below this line is a copy of the message.\n\nSubject: Invoice AC-7781\n"))
    assert r["kind"] == "bounce"
    assert r["failed_recipients"] == ["billing@shop.example"]
    assert r["bounce_reason"] == "user_unknown"
    assert r["address_dead"] is True


@pytest.mark.parametrize(("body", "why"), [
    (("Message was not accepted -- invalid mailbox. Local mailbox buh@zavod.example is "
     "unavailable: 550 message rejected as spam by content filter.\n"), "spam"),
    (("Delivery failed -- unknown recipient. Remote server replied for buh@zavod.example: "
     "554 message refused, spam score too high.\n"), "spam"),
])
def test_the_servers_own_reply_outweighs_the_relays_wrapper(body: str, why: str) -> None:
    r = record("mailer-daemon@relay.zavod.example", "Mail failure.", body, reply=True)
    assert r["kind"] == "bounce"
    assert r["failed_recipients"] == ["buh@zavod.example"]
    assert r["bounce_reason"] == why
    assert r["address_dead"] is False


# ---------------------------------------------------------------- auto-replies' return dates

SENT = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(("text", "back"), [
    # a range of days away, then the day back stated: the day back, not the range's end
    ("您好！\n\n我于3月1日至3月5日出差，3月8日返回办公室。如有急事，请联系会计部。", date(2027, 3, 8)),
    ("我在3月2日到3月4日请假，3月5日回到公司。", date(2027, 3, 5)),
])
def test_a_chinese_day_back_after_a_range_is_the_return_date(text: str, back: date) -> None:
    assert return_date(text, SENT) == back


@pytest.mark.parametrize(("text", "away"), [
    # "del 2 al 9 de marzo": the range's end is the last day away, not "no date"; back
    # the first working day after it (as an "until X" note, tests/data/eval/README.md)
    (("Hola:\n\nEstoy de viaje del 2 al 9 de marzo, ambos inclusive. Para asuntos urgentes, "
     "escriba a contabilidad."), date(2027, 3, 10)),
    ("Estaré fuera de la oficina del 8 al 12 de marzo.", date(2027, 3, 15)),
])
def test_a_spanish_range_of_single_digit_days_has_an_end(text: str, away: date) -> None:
    assert return_date(text, SENT) == away


# ---------------------------------------------------------------- a challenge's link

def challenge_mail(text: str, html: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "pruefung@filterdienst.example"
    msg["To"] = BOT
    msg["Subject"] = "Absenderprüfung / Sender verification required"
    msg["Date"] = format_datetime(datetime(2027, 3, 1, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<c-1@filterdienst.example>"
    msg["Auto-Submitted"] = "auto-replied"
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return msg


@pytest.mark.parametrize(("text", "html", "link"), [
    (("Hello,\n\nThe recipient kasse@verein.example uses a filter. Your message about "
     "invoice AC-7781 is held until you prove you are not a robot.\n\n"
     "Go to: https://filterdienst.example/q?k=7Zt1\n"),
     "<p>Held. <a href='https://filterdienst.example/q?k=7Zt1'>Verify</a></p>",
     "https://filterdienst.example/q?k=7Zt1"),
    (("Penerima keuangan@yayasan.example memakai penyaring. Pesan Anda tentang tagihan "
     "AC-7781 ditahan sampai Anda membuktikan bahwa Anda bukan robot.\n\n"
     "Klik: https://filterdienst.example/p?x=42\n"),
     '<p>Ditahan. <a href="https://filterdienst.example/p?x=42">Konfirmasi</a></p>',
     "https://filterdienst.example/p?x=42"),
])
def test_a_link_named_verify_is_a_challenges_way_to_confirm(text: str, html: str,
                                                             link: str) -> None:
    c = classify(parse_message(challenge_mail(text, html).as_bytes()), CTX)
    r = as_record(c)
    assert r["kind"] == "challenge"
    assert c.challenge == link
    assert r["needs_human"] is True  # a person confirms the sender


# ---------------------------------------------------------------- staff talk

def staff_mail(subject: str, body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Mia Berg <mia.berg@acme.test>"
    msg["To"] = "Tom Roth <tom.roth@acme.test>"
    msg["Cc"] = BOT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2027, 3, 1, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<s-1@acme.test>"
    msg.set_content(body)
    return msg


@pytest.mark.parametrize(("subject", "body"), [
    ("Verein deposit", ("Tom, could you phone the treasurer? The deposit on AC-7781 (EUR 4,380.00) "
     "is two weeks overdue and nobody answers. Cc to the AR box for the record.\nMia")),
    ("faktur pajak 7781 beres", ("Pak Tom, faktur pajak untuk AC-7781 (Rp 12.750.000) sudah saya "
     "unggah. Cc ke receivables supaya tercatat.\nMia")),
])
def test_colleagues_naming_an_invoice_and_its_amount_without_terms_are_talking(
        subject: str, body: str) -> None:
    c = classify(parse_message(staff_mail(subject, body).as_bytes()), CTX)
    assert c.kind.value == "other"
    assert c.needs_human is True
    assert c.invoice_numbers == ("AC-7781",)


def test_an_invoice_sent_among_staff_with_its_due_date_is_still_a_copy() -> None:
    body = ("Invoice AC-7781\nInvoice date: 01.03.2027\nAmount due: EUR 4,380.00\n"
            "Due date: 31.03.2027\n")
    c = classify(parse_message(staff_mail("Invoice AC-7781", body).as_bytes()), CTX)
    assert c.kind.value == "invoice_copy"


# ---------------------------------------------------------------- payments

PAY_CTX = Context(bot_address=BOT, staff_domains=frozenset({"acme.test"}),
                  notifiers=frozenset({"alerts@bank.test"}),
                  authserv_ids=frozenset({"mx.acme.test"}),
                  known_invoice_numbers=("AC-7781", "AC-7790"))


def notice(body: str, attachment: tuple[str, str] | None = None,
           subject: str = "Incoming payment") -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = "Bank <alerts@bank.test>"
    msg["To"] = BOT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2027, 3, 5, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<pay-1@bank.test>"
    msg.set_content(body)
    if attachment is not None:
        msg.add_attachment(attachment[1], filename=attachment[0])
    raw = (b"Authentication-Results: mx.acme.test; dkim=pass header.d=bank.test; "
           b"dmarc=pass header.from=bank.test\r\n" + msg.as_bytes())
    return as_record(classify(parse_message(raw), PAY_CTX))


def test_a_payment_that_names_no_invoice_settles_none() -> None:
    r = notice("Payment received\n\nAmount: EUR 640.00\nFrom: Kite Club\n"
               "Note from payer: \"march kites\"\nPaid on: 03 Mar 2027\n")
    assert r["kind"] == "payment_confirmation"
    assert r["invoice_numbers"] == []
    assert r["needs_human"] is True
    assert r["payment_full"] is False


MT103 = (":20:FT27063AB0001\n:23B:CRED\n:32A:270303EUR4370,00\n:33B:EUR4380,00\n"
         ":50K:/DE02120300000000202051\nVEREIN SEGELN EV\n:59:/GB33BUKB20201555555555\n"
         "ACME LTD\n:70:AC-7781 DEPOSIT\n:71A:SHA\n:71F:EUR10,00\n")


def test_an_mt103_attachment_names_the_invoice_and_its_charges_short_the_payment() -> None:
    r = notice("An international payment has been credited to your account. Details "
               "attached.\n", ("MT103_FT27063AB0001.txt", MT103),
               subject="Incoming SWIFT payment EUR 4,370.00")
    assert r["kind"] == "payment_confirmation"
    assert r["invoice_numbers"] == ["AC-7781"]
    assert r["amount"] == "4370.00"
    assert r["payment_full"] is False  # 4380 instructed, 10 of charges taken on the way


CAMT = ('<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:'
        'camt.054.001.08"><BkToCstmrDbtCdtNtfctn><Ntfctn><Acct><Id><IBAN>DE02120300000000202051'
        '</IBAN></Id></Acct>\n{entries}</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>\n')
ENTRY = ('<Ntry><Amt Ccy="EUR">{amount}</Amt><CdtDbtInd>{ind}</CdtDbtInd><BookgDt><Dt>2027-03-04'
         '</Dt></BookgDt><ValDt><Dt>2027-03-03</Dt></ValDt><NtryDtls><TxDtls><RltdPties><Dbtr>'
         '<Pty><Nm>Verein Segeln eV</Nm></Pty></Dbtr></RltdPties><RmtInf><Ustrd>{ref}</Ustrd>'
         '</RmtInf></TxDtls></NtryDtls></Ntry>\n')


def test_a_camt054_credit_for_two_invoices_is_read_with_its_split() -> None:
    xml = CAMT.format(entries=ENTRY.format(amount="5210.50", ind="CRDT",
                                           ref="AC-7781 3000,00 AC-7790 2210,50"))
    r = notice("Guten Tag,\n\neine neue Gutschrift liegt vor, Details in der camt.054-Datei.\n",
               ("camt054_20270304.xml", xml), subject="Neue Umsatzbenachrichtigung (camt.054)")
    assert r["kind"] == "payment_confirmation"
    assert r["invoice_numbers"] == ["AC-7781", "AC-7790"]
    assert (r["amount"], r["currency"], r["payment_date"]) == ("5210.50", "EUR", "2027-03-03")
    assert r["allocations"] == ["AC-7781=3000.00", "AC-7790=2210.50"]
    assert r["needs_human"] is False


def test_several_credits_in_one_camt054_go_to_a_person() -> None:
    xml = CAMT.format(entries=ENTRY.format(amount="3000.00", ind="CRDT", ref="AC-7781")
                      + ENTRY.format(amount="2210.50", ind="CRDT", ref="AC-7790"))
    r = notice("Neue Gutschriften, siehe camt.054.\n", ("camt054.xml", xml),
               subject="Neue Umsatzbenachrichtigung (camt.054)")
    assert r["kind"] == "payment_confirmation"
    assert r["needs_human"] is True
    assert "2 credits" in str(r["reason"])

"""Machine mail of the thirteenth blind round, each rule with new examples:

- a sender whose subdomain spells a notifier's (staff's, the bot's) domain in full, suffix
  and all, in front of a stranger's registrable domain ("fjordbank.test.secure-notice.example")
  is a look-alike: `other` for a person, nothing read from it, as "fjordbank-secure.test" is;
- a challenge's confirmation link is the one after the words that introduce it ("click the
  link below to complete the verification", "klicken Sie auf den folgenden Link, um ... zu
  bestätigen", "klik tautan di bawah ini untuk verifikasi", "перейдите по ссылке ниже, чтобы
  подтвердить"), however opaque its address; a filter "protecting my inbox from spam" and
  "your message will be delivered once you verify" are a challenge's words;
- an MT103 whose notice states no amount of its own is read from its fields: the instructed
  amount (:33B:) when given, else the settled one (:32A:); its value date is :32A:'s; a
  transfer notice's instructed amount ("Instructed amount", "Auftragsbetrag", "Nominal
  instruksi", "Сумма перевода") is read before the credited one after the banks' charges;
- a departed contact in more of the ways people write it: "ist nicht mehr für die Muster
  GmbH & Co. KG tätig", "has left our company", "sudah keluar dari PT ...", "покинула
  компанию".
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from mailbot.reading.classify import as_record, classify
from mailbot.reading.context import Context
from mailbot.reading.parse import parse_message

BOT = "ar@acme.test"
SENT = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)  # a Monday
CTX = Context(bot_address=BOT, staff_domains=frozenset({"acme.test"}),
              staff_addresses=frozenset({"kim.staff@acme.test"}),
              notifiers=frozenset({"alerts@fjordbank.test", "no-reply@payzo.test"}),
              authserv_ids=frozenset({"mx.acme.test"}),
              known_invoice_numbers=("AC-26-0412", "AC-26-0415", "AC-26-0416"),
              known_message_ids=frozenset({"<ar.1@acme.test>"}),
              known_contacts=frozenset({"ap@client.example"}))


def _authenticated(domain: str) -> bytes:
    return (f"Authentication-Results: mx.acme.test; spf=pass smtp.mailfrom={domain}; "
            f"dkim=pass header.d={domain}; dmarc=pass header.from={domain}\r\n").encode()


def mail(body: str, sender: str, subject: str, *, headers: dict[str, str] | None = None,
         attachment: tuple[str, str] | None = None) -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = BOT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(SENT)
    msg["Message-ID"] = "<m-1@sender.example>"
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    if attachment is not None:
        msg.add_attachment(attachment[1], filename=attachment[0])
    domain = sender.rsplit("@", 1)[-1].rstrip(">")
    return as_record(classify(parse_message(_authenticated(domain) + msg.as_bytes()), CTX))


# -- a notifier's domain spelled in a stranger's subdomain ----------------------------------------

NOTICE = "Payment received\n\nAmount: EUR 4,200.00\nReference: AC-26-0415\nValue date: 02.03.2027\n"
NOTICE_RU = ("Уважаемый клиент!\n\nНа ваш счёт поступили средства: 4 200,00 RUB от ООО Клиент "
             "(назначение: оплата сч. AC-26-0415). Подробнее в личном кабинете.\n")


@pytest.mark.parametrize(("sender", "body"), [
    ("Fjordbank <alerts@fjordbank.test.secure-notice.example>", NOTICE),
    ("Fjordbank <alerts@fjordbank-test.mail-secure.example>", NOTICE),
    ("Фьордбанк <noreply@fjordbank.test.bank-notice.example>", NOTICE_RU),
    ("Payzo <receipts@mx.payzo.test.pay-portal.example>", NOTICE_RU),
])
def test_a_notifier_spelled_in_a_strangers_subdomain_is_a_lookalike(sender: str,
                                                                     body: str) -> None:
    r = mail(body, sender, "Payment received")
    assert r["kind"] == "other", r
    assert r["needs_human"] is True
    assert "looks like" in str(r["reason"]), r
    assert "forgery" in str(r["reason"]), r
    assert r["amount"] is None  # nothing is read from it


def test_a_notifiers_own_subdomain_is_no_lookalike() -> None:
    r = mail(NOTICE, "Fjordbank <alerts@mail.fjordbank.test>", "Payment received")
    assert "forgery" not in str(r["reason"] or ""), r


@pytest.mark.parametrize("sender", [
    "Anna <anna@fjordbanking.client.example>",  # a longer word, no trusted name
    "Anna <anna@payzone.client.example>",
    # a bare name is how a company's own tenant at a service is named
    "Help desk <support@fjordbank.helpdesk.example>",
    "Postmaster <postmaster@payzo.mailhost.example>",
])
def test_a_name_inside_a_longer_label_is_no_lookalike(sender: str) -> None:
    r = mail("Hello,\n\nwe paid AC-26-0415 yesterday.\n\nAnna", sender, "Re: AC-26-0415")
    assert "forgery" not in str(r["reason"] or ""), r


# -- a challenge's link after the words that introduce it ------------------------------------------

AUTO = {"Auto-Submitted": "auto-replied", "In-Reply-To": "<ar.1@acme.test>"}


@pytest.mark.parametrize(("body", "link"), [
    (("Hello,\n\nI am protecting my inbox from spam. Please click the link below to complete "
     "the verification, you only need to do this once.\n\n  https://guard.example.net/a2?Zk81Qx\n\n"
     "Your message will be delivered once you verify.\n"), "https://guard.example.net/a2?Zk81Qx"),
    (("Your email to ap@client.example will be released as soon as you have confirmed it. "
     "To confirm, follow this link and prove you are a real sender:\n"
     "https://mx-filter.example.org/r/77AbC\n"), "https://mx-filter.example.org/r/77AbC"),
    (("Guten Tag,\n\nich schütze mein Postfach vor Spam. Bitte klicken Sie auf den folgenden "
     "Link, um sich einmalig als Absender zu bestätigen:\nhttps://filter.example.de/r/Q81x\n"),
     "https://filter.example.de/r/Q81x"),
    (("Ihre Nachricht an ap@client.example wird zugestellt, sobald Sie den folgenden Link "
     "anklicken. Öffnen Sie den Link und bestätigen Sie so Ihre Adresse:\n"
     "https://sicher.example.de/x/9fK2\n"), "https://sicher.example.de/x/9fK2"),
    (("Yth. Pengirim,\n\nKami melindungi kotak masuk dari spam. Silakan klik tautan di bawah ini "
     "untuk verifikasi pengirim:\nhttps://saring.example.co.id/k/Ab12\n"),
     "https://saring.example.co.id/k/Ab12"),
    (("Email Anda akan diteruskan setelah Anda melakukan konfirmasi. Buka link berikut untuk "
     "mengonfirmasi alamat Anda:\nhttps://saring.example.co.id/p?q=Zz9\n"),
     "https://saring.example.co.id/p?q=Zz9"),
    (("Здравствуйте!\n\nЯ защищаю свой ящик от спама. Перейдите по ссылке ниже, чтобы "
     "подтвердить отправку:\nhttps://filtr.example.ru/s/Mn7\n"), "https://filtr.example.ru/s/Mn7"),
    (("Ваше письмо будет доставлено после того, как вы подтвердите адрес. Нажмите на ссылку, "
     "чтобы подтвердить: https://filtr.example.ru/q?k=8Hd\n"), "https://filtr.example.ru/q?k=8Hd"),
])
def test_a_challenges_link_is_the_one_its_words_introduce(body: str, link: str) -> None:
    r = mail(body, "Mail filter <filter@client.example>", "Sender verification: AC-26-0415",
             headers=AUTO)
    assert r["kind"] == "challenge", r
    assert r["challenge"] == link, r
    assert r["needs_human"] is True


@pytest.mark.parametrize("body", [
    ("Hello,\n\nplease click the link below to download our remittance advice for AC-26-0415:\n"
     "https://bank.example.com/d/5521\n\nRegards, Anna"),
    ("Hello,\n\nthe seed samples will be delivered once you confirm the quote, which you "
     "find here: https://shop.example.com/o/8812\n\nAnna"),
    ("Guten Tag,\n\nbitte klicken Sie auf den folgenden Link, um den Zahlungsavis zu "
     "bestätigen: https://portal.example.de/a/12\n\nGrüße"),
])
def test_a_persons_link_is_no_challenge(body: str) -> None:
    r = mail(body, "Anna <ap@client.example>", "Re: AC-26-0415",
             headers={"In-Reply-To": "<ar.1@acme.test>"})
    assert r["kind"] != "challenge", r


# -- an MT103's fields ------------------------------------------------------------------------------

MT103 = ("{1:F01FJRDXX2LAXXX0000000000}{2:O1030915270302CLNTXX22AXXX0000000000}{4:\n"
         ":20:CL27030200081\n:23B:CRED\n:32A:270302EUR4185,00\n{b33}:50K:/DE44500105175407324931\n"
         "CLIENT EXAMPLE GMBH\n:59:/GB29FJRD40521780005678\nACME LTD\n:70:{purpose}\n"
         ":71A:SHA\n-}\n")


def mt103(purpose: str, b33: str) -> str:
    return MT103.replace("{b33}", b33).replace("{purpose}", purpose)


@pytest.mark.parametrize(("body", "purpose", "b33", "amount", "full"), [
    (("An incoming international payment has been credited to your account, see the attached "
     "advice.\n"), "PART PAYMENT AC-26-0415", ":33B:EUR4200,00\n", "4200.00", False),
    ("Eine Auslandszahlung ist eingegangen. Die SWIFT-Nachricht liegt bei.\n",
     "RG AC-26-0415", ":33B:EUR4200,00\n", "4200.00", False),  # charges taken: short
    ("Поступил валютный платёж, сообщение MT103 во вложении.\n", "INV AC-26-0415", "",
     "4185.00", True),  # nothing says partial: one invoice, paid (as the notices' convention)
])
def test_an_mt103_without_an_amount_of_its_own_is_read_from_its_fields(
        body: str, purpose: str, b33: str, amount: str, full: bool) -> None:
    r = mail(body, "Fjordbank <alerts@fjordbank.test>", "Incoming SWIFT payment",
             attachment=("MT103.txt", mt103(purpose, b33)))
    assert r["kind"] == "payment_confirmation", r
    assert (r["amount"], r["currency"]) == (amount, "EUR"), r
    assert r["payment_date"] == "2027-03-02", r
    assert r["payment_full"] is full, r
    assert r["invoice_numbers"] == ["AC-26-0415"], r


def test_an_mt103_in_the_body_is_read_too() -> None:
    body = ("Zahlungseingang aus dem Ausland\n\n"
            + mt103("AC-26-0415", ":33B:EUR4185,00\n"))
    r = mail(body, "Fjordbank <alerts@fjordbank.test>", "Auslandszahlung")
    assert (r["amount"], r["payment_date"]) == ("4185.00", "2027-03-02"), r
    assert r["needs_human"] is False, r


def test_a_notices_own_amount_wins_over_the_mt103s() -> None:
    r = mail("Amount credited: EUR 4,185.00\nValue date: 02/03/2027\n", "Fjordbank "
             "<alerts@fjordbank.test>", "Incoming SWIFT payment EUR 4,185.00",
             attachment=("MT103.txt", mt103("AC-26-0415", ":33B:EUR4200,00\n")))
    assert r["amount"] == "4185.00", r
    assert r["payment_full"] is False, r


@pytest.mark.parametrize("body", [
    ("Incoming SWIFT payment\n\nAmount credited: USD 2,985.00\nCharges deducted: USD 15.00\n"
     "Instructed amount: USD 3,000.00\nValue date: 02/03/2027\nRemittance info: AC-26-0415\n"),
    ("Eingang Auslandszahlung\n\nGutschriftsbetrag: USD 2.985,00\nFremdspesen: USD 15,00\n"
     "Auftragsbetrag: USD 3.000,00\nValuta: 02.03.2027\nVerwendungszweck: AC-26-0415\n"),
    ("Transfer masuk valas\n\nNominal dikreditkan: USD 2,985.00\nBiaya koresponden: USD 15.00\n"
     "Nominal instruksi: USD 3,000.00\nTgl valuta: 02-03-2027\nBerita: AC-26-0415\n"),
    ("Поступление валютного платежа\n\nСумма зачисления: 2 985,00 USD\nКомиссия: 15,00 USD\n"
     "Сумма перевода: 3 000,00 USD\nДата валютирования: 02.03.2027\n"
     "Назначение платежа: оплата по счёту AC-26-0415\n"),
])
def test_a_transfers_instructed_amount_is_read_before_the_credited(body: str) -> None:
    r = mail(body, "Fjordbank <alerts@fjordbank.test>", "Incoming SWIFT payment")
    assert r["kind"] == "payment_confirmation", r
    assert (r["amount"], r["currency"]) == ("3000.00", "USD"), r
    assert r["payment_date"] == "2027-03-02", r


@pytest.mark.parametrize(("body", "amount"), [
    ("Amount credited: USD 2,985.00\nValue date: 02/03/2027\nReference: AC-26-0415\n",
     "2985.00"),
    ("Gutschrift\n\nBetrag: 4.185,00 EUR\nWertstellung: 02.03.2027\nVerwendungszweck: AC-26-0415\n",
     "4185.00"),
])
def test_a_notice_without_an_instructed_amount_gives_its_own(body: str, amount: str) -> None:
    r = mail(body, "Fjordbank <alerts@fjordbank.test>", "Incoming payment")
    assert r["amount"] == amount, r


# -- a departed contact ---------------------------------------------------------------------------

def away(body: str, subject: str = "Automatische Antwort: Zahlungserinnerung AC-26-0415"
         ) -> dict[str, object]:
    return mail(body, "Kontakt <ap@client.example>", subject,
                headers={"Auto-Submitted": "auto-replied", "In-Reply-To": "<ar.1@acme.test>"})


@pytest.mark.parametrize("body", [
    ("Frau Petra Kunz ist nicht mehr für die Muster Handels GmbH & Co. KG tätig. Ihre "
    "Nachricht wird nicht weitergeleitet."),
    ("Herr Jan Ott ist nicht mehr bei der Beispiel AG beschäftigt. Bitte wenden Sie sich an "
    "buchhaltung@client.example."),
    "Herr Ott hat unser Unternehmen verlassen. Diese Adresse wird nicht mehr gelesen.",
    ("Thank you for your email. Sam Reed has left our company; please write to "
    "payables@client.example."),
    ("Please note that Priya Shah is no longer employed with Client Example and this mailbox "
    "is not monitored."),
    ("Bapak Hendra sudah keluar dari PT Contoh Sejahtera. Mohon kirim tagihan ke "
    "keuangan@client.example."),
    "Ibu Sari bukan lagi karyawan CV Maju Jaya sejak 1 Maret.",
    "Ирина Петрова покинула компанию. Просим направлять счета на buh@client.example.",
    "Сотрудник ушёл из компании, письмо не будет прочитано.",
])
def test_a_departed_contact_needs_a_person(body: str) -> None:
    r = away(body)
    assert r["kind"] == "auto_reply", r
    assert r["needs_human"] is True, r
    assert r["return_date"] is None


@pytest.mark.parametrize(("body", "back"), [
    ("Ich bin heute nicht mehr im Büro und ab dem 8. März wieder für Sie erreichbar.",
     "2027-03-08"),
    ("Я ушла в отпуск и вернусь 8 марта.", "2027-03-08"),
    ("Saya sedang cuti dan akan kembali ke kantor pada 8 Maret 2027.", "2027-03-08"),
])
def test_an_absence_is_no_departure(body: str, back: str) -> None:
    r = away(body)
    assert r["kind"] == "auto_reply", r
    assert r["needs_human"] is False, r
    assert r["return_date"] == back, r

"""Payments, forgeries, staff talk and a departed contact of the tenth blind round
(issue 11), with new examples:

- a processor's notice gives the gross charge and the payout after its fee ("К зачислению",
  "Dana bersih", "Auszahlung", "Net payout"): the payment is the gross, never the payout;
- a payer writing the invoice numbers with a space for the first separator
  ("AC 2027-0412") still names the known invoices, and their split is read;
- a reference saying the payer deducted something (a retention, bank charges) makes the
  payment partial and a person's: short of the invoice for a reason the bot cannot judge
  (a discount within its window and a withheld tax are read as before);
- a sender whose display name carries a notifier's (or staff's) address or its domain's
  name, from another domain, is a spoof: `other`, for a person, whatever it says;
- a domain written as the notifier's with a dot turned into a hyphen ("bank-co.id" for
  "bank.co.id") is a look-alike even for a short name;
- staff writing among themselves list the known invoices they name by their serial
  ("the 0406", "die 1307"): shown to a person, never acted on;
- an auto-reply saying the person has left the company needs a person (a new contact),
  while an ordinary absence does not."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from mailbot.reading.classify import as_record, classify
from mailbot.reading.context import Context
from mailbot.reading.parse import parse_message

BOT = "ar@acme.test"
OURS = "<mb-0001@out.acme.test>"
CTX = Context(bot_address=BOT, staff_domains=frozenset({"acme.test"}),
              staff_addresses=frozenset({"ola@acme.test", "per@acme.test"}),
              notifiers=frozenset({"alerts@fjordbank.test", "pay@kassly.test",
                                   "info@ktb.co.id"}),
              authserv_ids=frozenset({"mx.acme.test"}),
              known_message_ids=frozenset({OURS}),
              # a ledger of many invoices of one year, as real ones are
              known_invoice_numbers=("AC-2027-0412", "AC-2027-0419", "AC-2027-0433",
                                     "AC-2027-0501", "СЧ-27-0412",
                                     *(f"AC-2027-{n:04d}" for n in range(300, 330))),
              known_contacts=frozenset({"buh@zavod.example", "ap@club.example",
                                        "keuangan@yayasan.example", "kasse@verein.example"}))


def mail(sender: str, subject: str, body: str, *, to: str = BOT, cc: str | None = None,
         auth_domain: str | None = None, reply: bool = False) -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2027, 3, 5, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<m-1@mail.example>"
    if reply:
        msg["In-Reply-To"] = OURS
    msg.set_content(body)
    domain = auth_domain or sender.rsplit("@", 1)[-1].rstrip(">")
    raw = (f"Authentication-Results: mx.acme.test; spf=pass smtp.mailfrom={domain}; "
           f"dkim=pass header.d={domain}; dmarc=pass header.from={domain}\r\n").encode()
    return as_record(classify(parse_message(raw + msg.as_bytes()), CTX))


# ---------------------------------------------------------------- gross, not the payout

@pytest.mark.parametrize(("body", "amount"), [
    (("Получен платёж\n\nСумма: 48 300,00 ₽\nКомиссия (3 %): 1 449,00 ₽\n"
     "К зачислению: 46 851,00 ₽\nЗаказ: СЧ-27-0412\nДата: 04.03.2027\n"), "48300.00"),
    (("Оплата получена\n\nК выплате: 46 851,00 ₽\nСумма: 48 300,00 ₽\n"
     "Комиссия: 1 449,00 ₽\nСчёт: СЧ-27-0412\nДата: 04.03.2027\n"), "48300.00"),
    (("Pembayaran diterima\n\nJumlah pembayaran: Rp 12.000.000\nBiaya layanan: Rp 84.000\n"
     "Dana bersih: Rp 11.916.000\nTagihan: AC-2027-0412\nTanggal: 4 Mar 2027\n"),
     "12000000.00"),
    (("Pembayaran diterima\n\nDana bersih: Rp 11.916.000\nNominal: Rp 12.000.000\n"
     "Biaya: Rp 84.000\nTagihan: AC-2027-0412\n"), "12000000.00"),
])
def test_a_processors_payout_after_its_fee_is_not_the_payment(body: str, amount: str) -> None:
    r = mail("Kassly <pay@kassly.test>", "Zahlung / payment", body)
    assert r["kind"] == "payment_confirmation"
    assert r["amount"] == amount


# ---------------------------------------------------------------- numbers written otherwise

def test_invoice_numbers_with_a_space_for_a_separator_are_the_known_ones() -> None:
    r = mail("Fjordbank <alerts@fjordbank.test>", "Zahlungsavis: Gutschrift",
             "Gutschrift (SEPA-Überweisung)\n\nBetrag:            1.940,00 EUR\n"
             "Wertstellung:      03.03.2027\nAuftraggeber:      VEREIN KASSE\n"
             "Verwendungszweck:  AC 2027-0412 1200,00 AC 2027-0419 740,00\n")
    assert r["invoice_numbers"] == ["AC-2027-0412", "AC-2027-0419"]
    assert r["allocations"] == ["AC-2027-0412=1200.00", "AC-2027-0419=740.00"]
    assert r["needs_human"] is False
    assert r["payment_full"] is True


def test_a_lone_year_is_not_read_as_an_invoice() -> None:
    # "2027" alone stands for none of the many invoices of 2027
    r = mail("Fjordbank <alerts@fjordbank.test>", "Zahlungsavis: Gutschrift",
             "Betrag: 500,00 EUR\nWertstellung: 03.03.2027\n"
             "Verwendungszweck: Spende 2027\n")
    assert r["invoice_numbers"] == []
    assert r["needs_human"] is True


# ---------------------------------------------------------------- a deduction by the payer

@pytest.mark.parametrize("reference", [
    "AC-2027-0412 ABZGL. SICHERHEITSEINBEHALT",
    "AC-2027-0412 abzüglich 5 % Einbehalt",
    "AC-2027-0412 LESS 5PCT RETENTION",
    "AC-2027-0412 less bank charges",
    "AC-2027-0412 DIKURANGI RETENSI 5%",
    "СЧ-27-0412 за вычетом гарантийного удержания",
])
def test_a_deduction_by_the_payer_makes_the_payment_partial_and_a_persons(
        reference: str) -> None:
    r = mail("Fjordbank <alerts@fjordbank.test>", "Credit advice",
             f"Amount: EUR 9,500.00\nValue date: 03/03/2027\nReference: {reference}\n")
    assert r["kind"] == "payment_confirmation"
    assert r["payment_full"] is False
    assert r["needs_human"] is True


@pytest.mark.parametrize("reference", [
    "AC-2027-0412 abzgl. 2% Skonto",
    "AC-2027-0412 less 2% early payment discount",
    "AC-2027-0412",
])
def test_a_discount_or_a_plain_reference_is_no_deduction(reference: str) -> None:
    r = mail("Fjordbank <alerts@fjordbank.test>", "Credit advice",
             f"Amount: EUR 9,500.00\nValue date: 03/03/2027\nReference: {reference}\n")
    assert r["payment_full"] is True
    assert r["needs_human"] is False


# ---------------------------------------------------------------- forged notices

@pytest.mark.parametrize(("sender", "body"), [
    ('"Fjordbank alerts@fjordbank.test" <fjordbank.alerts@freemail.example>',
     ("Gutschrift 7.400,00 EUR, Verwendungszweck AC-2027-0433.\nDie Gutschrift wird erst "
     "nach Bestätigung Ihrer Kontodaten freigegeben: https://fjordbank.example.net\n")),
    ('"alerts@fjordbank.test" <notify.bank@freemail.example>',
     "Сумма: 146 400,00 RUB\nНазначение платежа: СЧ-27-0412\n"),
    ("Fjordbank Alerts <fjordbank.notice@freemail.example>",
     "Dear customer, a payment for AC-2027-0433 is held. Please confirm your details.\n"),
    ('"Kassly Payments" <kassly-payments@webmail.example>',
     "You received a payment of EUR 1,200.00 for AC-2027-0412. Log in to release it.\n"),
    ('"Ola (ola@acme.test)" <ola.acme@freemail.example>',
     "Hi, please pay AC-2027-0433 to our new account today.\n"),
])
def test_a_display_name_dressed_as_a_trusted_sender_is_a_spoof(sender: str, body: str) -> None:
    r = mail(sender, "Zahlungsavis / payment notice", body)
    assert r["kind"] == "other"
    assert r["needs_human"] is True


@pytest.mark.parametrize("sender", [
    "Bank KTB <info@ktb-co.id>",
    "KTB <notifikasi@ktbco.id>",
])
def test_a_notifier_domain_with_a_dot_made_a_hyphen_is_a_lookalike(sender: str) -> None:
    r = mail(sender, "Transfer Masuk Rp 60.000.000",
             "Yth. Nasabah,\n\nDana masuk sebesar Rp 60.000.000 (AC-2027-0433) tertahan. "
             "Silakan login untuk konfirmasi.\n")
    assert r["kind"] == "other"
    assert r["needs_human"] is True
    assert r["invoice_numbers"] == ["AC-2027-0433"]


@pytest.mark.parametrize(("sender", "body"), [
    # a client naming its own bank in its name or its words is still the client
    ("Verein Kasse <kasse@verein.example>",
     "Hallo,\n\nwir haben AC-2027-0412 über die Fjordbank bezahlt, Betrag 1.200,00 EUR.\n"),
    ('"Accounts (via Fjordbank online)" <ap@club.example>',
     "Hello,\n\nwe paid AC-2027-0412 yesterday from our Fjordbank account.\n"),
    ("Keuangan Yayasan <keuangan@yayasan.example>",
     "Selamat siang,\n\nTagihan AC-2027-0412 sudah kami transfer lewat bank KTB.\n"),
])
def test_a_client_mentioning_the_bank_is_still_a_client(sender: str, body: str) -> None:
    r = mail(sender, "Re: Invoice AC-2027-0412", body, reply=True)
    assert r["kind"] == "client_reply"


# ---------------------------------------------------------------- staff talk

@pytest.mark.parametrize(("body", "numbers"), [
    (("Per,\n\nthe club rang: the 0433 figure will change, I'll raise the final one next "
     "week. Nobody chase them meanwhile.\n\nOla\n"), ["AC-2027-0433"]),
    (("Per,\n\nder Verein sagt, die 0419 passt jetzt, aber die alte 0433 sei schon "
     "angewiesen. Bitte prüfen.\n\nOla\n"), ["AC-2027-0419", "AC-2027-0433"]),
    ("Per,\n\nYayasan bilang bukti potong untuk 0501 baru dikirim Januari. Dicatat ya.\n",
     ["AC-2027-0501"]),
])
def test_staff_talk_lists_the_invoices_named_by_their_serial(
        body: str, numbers: list[str]) -> None:
    r = mail("Ola <ola@acme.test>", "club", body, to="per@acme.test", cc=BOT)
    assert r["kind"] == "other"
    assert r["needs_human"] is True
    assert r["invoice_numbers"] == numbers


def test_staff_talk_does_not_take_a_code_an_amount_or_a_shared_serial_for_an_invoice(
) -> None:
    r = mail("Ola <ola@acme.test>", "club",
             "Per,\n\ncall me on ext. 0433-2 about the 412 pounds, room 0412b, fee 0419,00 "
             "EUR, at 03.0301; and the 0412 one (two invoices end so).\n",
             to="per@acme.test", cc=BOT)
    assert r["kind"] == "other"
    assert r["invoice_numbers"] == []


# ---------------------------------------------------------------- a departed contact

@pytest.mark.parametrize("body", [
    ("Kim no longer works at the Club and this mailbox is not monitored. Please resend "
    "your email to ap@club.example."),
    "Kim has left the company. Please contact ap@club.example instead.",
    ("Frau Lenz ist nicht mehr im Unternehmen tätig. Bitte wenden Sie sich an "
    "kasse@verein.example."),
    "Ibu Sari sudah tidak bekerja di Yayasan. Mohon kirim ke keuangan@yayasan.example.",
    "Сотрудник больше не работает в компании. Пишите на buh@zavod.example.",
])
def test_an_auto_reply_of_a_departed_contact_needs_a_person(body: str) -> None:
    r = mail("Kim <kim@club.example>", "Automatic reply: Invoice AC-2027-0412", body,
             reply=True)
    assert r["kind"] == "auto_reply"
    assert r["needs_human"] is True
    assert r["return_date"] is None


def test_an_ordinary_absence_needs_nobody() -> None:
    r = mail("Kim <kim@club.example>", "Automatic reply: Invoice AC-2027-0412",
             "I am out of the office until 10 March 2027 with no access to email.",
             reply=True)
    assert r["kind"] == "auto_reply"
    assert r["needs_human"] is False


# ---------------------------------------------------------------- the day a client says it paid

@pytest.mark.parametrize(("sender", "body", "day"), [
    ("Club AP <ap@club.example>",
     "Hello,\n\nThis was paid by bank transfer yesterday, EUR 1,200.00, ref AC-2027-0412.\n",
     "2027-03-04"),
    ("Club AP <ap@club.example>",
     "Hello,\n\nWe paid AC-2027-0412 on the 27th (EUR 1,200.00). Remittance attached.\n",
     "2027-02-27"),
    ("Verein Kasse <kasse@verein.example>",
     "Hallo,\n\ndie Rechnung AC-2027-0412 haben wir bereits am 02.03. überwiesen.\n",
     "2027-03-02"),
    ("Keuangan <keuangan@yayasan.example>",
     "Dengan hormat,\n\nTagihan AC-2027-0412 sudah kami transfer pada tanggal 1 Maret 2027.\n",
     "2027-03-01"),
    ("Бухгалтерия <buh@zavod.example>",
     "Добрый день.\n\nСчёт СЧ-27-0412 оплачен платёжным поручением № 118 от 03.03.2027.\n",
     "2027-03-03"),
])
def test_a_paid_claim_gives_the_day_it_says_it_paid(sender: str, body: str, day: str) -> None:
    r = mail(sender, "Re: Invoice AC-2027-0412", body, reply=True)
    assert r["kind"] == "client_reply"
    assert r["intent"] == "paid_claim"
    assert r["payment_date"] == day
    assert r["needs_human"] is True  # a claim is checked against the bank by a person


@pytest.mark.parametrize("body", [
    # no day said; a day after the message; a day on another line (the invoice's)
    "Hello,\n\nWe have paid AC-2027-0412 in full.\n",
    "Hello,\n\nWe have paid AC-2027-0412; the bank will book it on 12.04.2027.\n",
    "Hello,\n\nInvoice AC-2027-0412 of 01.02.2027:\nwe have paid it.\n",
])
def test_a_paid_claim_without_a_past_day_on_its_line_gives_none(body: str) -> None:
    r = mail("Club AP <ap@club.example>", "Re: Invoice AC-2027-0412", body, reply=True)
    assert r["intent"] == "paid_claim"
    assert r["payment_date"] is None


def test_a_promise_gives_no_day_paid() -> None:
    r = mail("Club AP <ap@club.example>", "Re: Invoice AC-2027-0412",
             "Hello,\n\nWe will pay AC-2027-0412 on 12 March 2027.\n", reply=True)
    assert r["intent"] == "promise"
    assert r["payment_date"] is None

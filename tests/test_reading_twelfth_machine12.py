"""Machine mail of the twelfth blind round, each rule with new examples:

- payments: a currency code run into its figure on a reference line ("INV-1 USD18400
  INV-2 USD9850") is that invoice's share, as "USD 18,400" is; the first group of an
  amount written with spaces for thousands ("(412 000,00)") is no invoice written down
  short (the ledger's "ZX-26-0412" is not named by it);
- return dates of absence notes in Danish ("til og med fredag ..., tilbage mandag den
  8. marts") and Kazakh, which writes the date before the verb ("8 наурызға дейін",
  "10 наурызда ораламын");
- a "has left <Company Ltd>" notice is a departed contact (a person finds the new one),
  as "has left the company" is;
- a staff member's nudge to a client about an old invoice, with no attachment ("Just a
  gentle nudge on X ... when is it likely to be paid?"), is staff chasing by hand, not a
  new invoice copy: `other`, nothing registered;
- a forged or look-alike payment notice lists the invoices it names for the person who
  reads it, known or only shaped like the company's, and a tail joined by "and"
  ("INV/XII/2026/038 dan 039") as the number it shortens."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from mailbot.reading.classify import as_record, classify
from mailbot.reading.context import Context
from mailbot.reading.kinds.auto_reply import return_date
from mailbot.reading.parse import parse_message

BOT = "ar@acme.test"
SENT = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)  # a Monday
BANK_CTX = Context(bot_address=BOT, staff_domains=frozenset({"acme.test"}),
                   staff_addresses=frozenset({"kim.staff@acme.test"}),
                   notifiers=frozenset({"alerts@fjordbank.test", "no-reply@payzo.test"}),
                   authserv_ids=frozenset({"mx.acme.test"}),
                   known_invoice_numbers=("AC-26-0412", "AC-26-0415", "AC-26-0416",
                                          "2211", "2215", "AC/INV/II/2027/031"),
                   known_message_ids=frozenset({"<ar.1@acme.test>"}),
                   known_contacts=frozenset({"ap@client.example"}))


def _authenticated(domain: str) -> bytes:
    return (f"Authentication-Results: mx.acme.test; spf=pass smtp.mailfrom={domain}; "
            f"dkim=pass header.d={domain}; dmarc=pass header.from={domain}\r\n").encode()


def notice(body: str, sender: str = "Fjordbank <alerts@fjordbank.test>",
           subject: str = "Credit advice") -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = BOT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2027, 3, 5, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<c-1@bank.example>"
    msg.set_content(body)
    domain = sender.rsplit("@", 1)[-1].rstrip(">")
    return as_record(classify(parse_message(_authenticated(domain) + msg.as_bytes()),
                              BANK_CTX))


# -- a currency code run into its figure is the invoice's share ---------------------------------

@pytest.mark.parametrize(("amount", "reference", "split"), [
    ("USD 28,250.00", "INV AC-26-0415 USD18400 AC-26-0416 USD9850",
     ["AC-26-0415=18400.00", "AC-26-0416=9850.00"]),
    ("EUR 7.300,50", "AC-26-0415 EUR5200,50 / AC-26-0416 EUR2100",
     ["AC-26-0415=5200.50", "AC-26-0416=2100.00"]),
    ("GBP 3,000.00", "AC-26-0415 GBP1000.00; AC-26-0416 GBP2000.00",
     ["AC-26-0415=1000.00", "AC-26-0416=2000.00"]),
])
def test_a_code_run_into_its_figure_is_the_invoices_share(amount: str, reference: str,
                                                          split: list[str]) -> None:
    r = notice(f"Incoming transfer\n\nValue date: 03/03/2027\nInstructed amount: {amount}\n"
               f"Remittance info: {reference}\n")
    assert r["kind"] == "payment_confirmation", r
    assert r["allocations"] == split, r
    assert r["needs_human"] is False, r


def test_a_code_run_into_a_year_is_no_share() -> None:
    # one invoice named, a customer code after it: no split is made up
    r = notice("Incoming transfer\n\nValue date: 03/03/2027\nAmount: EUR 5,200.00\n"
               "Reference: AC-26-0415 KDNR EUR2027\n")
    assert r["invoice_numbers"] == ["AC-26-0415"], r
    assert r["allocations"] == [], r


# -- an amount's first group is no invoice written short ---------------------------------------

@pytest.mark.parametrize("purpose", [
    "Оплата по сч. 2211 от 27.02.2027 (412 000,00) и сч. 2215 от 28.02.2027 (259 000,00), в т.ч. НДС.",
    "Оплата счетов 2211 (412 000-00) и 2215 (259 000-00) без НДС",
    "Payment inv 2211 EUR 412 000.00, inv 2215 EUR 259 000.00",
])
def test_an_amounts_first_group_is_no_short_invoice_number(purpose: str) -> None:
    r = notice(f"Дата операции: 04.03.2027\nСумма: 671 000,00 RUB\n"
               f"Назначение платежа: {purpose}\n", subject="Поступление на счёт")
    assert r["invoice_numbers"] == ["2211", "2215"], r
    assert "AC-26-0412" not in str(r["invoice_numbers"])
    allocations = r["allocations"]
    assert isinstance(allocations, list), r
    assert sorted(allocations) == ["2211=412000.00", "2215=259000.00"], r


def test_a_short_serial_in_the_reference_is_still_read() -> None:
    # guard: "AC 0412" written short on its own still stands for AC-26-0412
    r = notice("Amount: EUR 1,000.00\nValue date: 03/03/2027\nReference: AC 0412\n")
    assert r["invoice_numbers"] == ["AC-26-0412"], r


# -- Danish and Kazakh absence notes --------------------------------------------------------------

@pytest.mark.parametrize(("text", "back"), [
    (("Tak for din mail. Jeg er på ferie til og med fredag den 5. marts og er tilbage "
      "mandag den 8. marts. Din mail bliver ikke videresendt."), date(2027, 3, 8)),
    ("Jeg er på kursus til og med den 3. marts. Kontakt venligst bogholderiet.",
     date(2027, 3, 4)),
    ("Jeg er fraværende og er tilbage på kontoret den 9. marts.", date(2027, 3, 9)),
])
def test_a_danish_absence_note(text: str, back: date) -> None:
    assert return_date(text, SENT, "da") == back


@pytest.mark.parametrize(("text", "back"), [
    ("Сәлеметсіз бе! Мен 8 наурызға дейін демалыстамын.", date(2027, 3, 8)),
    ("Мен 4 наурызға дейін іссапардамын. Шұғыл сұрақтар бойынша бухгалтерияға хабарласыңыз.",
     date(2027, 3, 5)),
    ("Мен кеңседе жоқпын. 10 наурызда жұмысқа ораламын.", date(2027, 3, 10)),
])
def test_a_kazakh_absence_note(text: str, back: date) -> None:
    assert return_date(text, SENT, "kk") == back


def away(sender: str, subject: str, body: str) -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = BOT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(SENT)
    msg["Message-ID"] = "<o-1@client.example>"
    msg["In-Reply-To"] = "<ar.1@acme.test>"
    msg["Auto-Submitted"] = "auto-replied"
    msg.set_content(body)
    return as_record(classify(parse_message(msg.as_bytes()), BANK_CTX))


def test_a_kazakh_note_read_whole() -> None:
    r = away("Асқар <info@client.example>", "Автожауап: Invoice AC-26-0415",
             "Сәлеметсіз бе!\n\nМен 8 наурызға дейін іссапардамын. Шұғыл сұрақтар бойынша "
             "бухгалтерияға хабарласыңыз.\n\nҚұрметпен,\nАсқар")
    assert r["kind"] == "auto_reply", r
    assert r["language"] == "kk"
    assert r["return_date"] == "2027-03-08", r


def test_a_danish_note_read_whole() -> None:
    r = away("Søren <faktura@client.example>", "Automatisk svar: Invoice AC-26-0415",
             "Tak for din mail.\n\nJeg er på ferie til og med fredag den 5. marts og er "
             "tilbage mandag den 8. marts.\n\nVenlig hilsen\nSøren")
    assert r["kind"] == "auto_reply", r
    assert r["return_date"] == "2027-03-08", r


# -- "has left <Company Ltd>" ----------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    ("Please note that Jane Roe has left Northwind Offshore plc. Please send invoices to "
     "payables@northwind.example instead."),
    "Mark Bell has left Harbour Works GmbH and this mailbox is no longer monitored.",
    "Please be aware that Ana Silva has now left Client Example Ltd; write to ap2@client.example.",
])
def test_has_left_a_named_company_is_a_departed_contact(body: str) -> None:
    r = away("Jane Roe <ap@client.example>", "Auto: Statement of open invoices", body)
    assert r["kind"] == "auto_reply", r
    assert r["needs_human"] is True, r
    assert r["return_date"] is None


def test_left_the_office_for_the_day_is_no_departure() -> None:
    r = away("Jane Roe <ap@client.example>", "Auto: Statement of open invoices",
             "I have left the office for a trade fair and will be back on 3 March.")
    assert r["needs_human"] is False, r
    assert r["return_date"] == "2027-03-03", r


# -- a staff member's nudge to a client is not an invoice copy -----------------------------------

def staff(body: str, subject: str = "AC-26-0415", attach: bool = False) -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = "Kim Staff <kim.staff@acme.test>"
    msg["To"] = "Ana Client <ap@client.example>"
    msg["Cc"] = BOT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2027, 3, 5, 16, 0, tzinfo=UTC))
    msg["Message-ID"] = "<n-1@acme.test>"
    msg.set_content(body)
    if attach:
        msg.add_attachment(b"%PDF-1.4\n%%EOF\n", maintype="application", subtype="pdf",
                           filename="AC-26-0415.pdf")
    return as_record(classify(parse_message(_authenticated("acme.test") + msg.as_bytes()),
                              BANK_CTX))


@pytest.mark.parametrize("body", [
    ("Hi Ana,\n\nJust a gentle nudge on AC-26-0415 (£2,150.00, due 15 February). Could you "
     "let me know when it's likely to be paid?\n\nThanks,\nKim"),
    ("Hi Ana,\n\nInvoice AC-26-0415 for £2,150.00 was due on 15 February and is still "
     "outstanding. When can we expect payment?\n\nKim"),
    ("Hallo Ana,\n\ndie Rechnung AC-26-0415 über 2.150,00 EUR (fällig am 15.02.2027) ist "
     "noch offen. Wann dürfen wir mit der Zahlung rechnen?\n\nKim"),
])
def test_a_staff_nudge_is_no_invoice_copy(body: str) -> None:
    r = staff(body)
    assert r["kind"] == "other", r
    assert r["invoice_numbers"] == ["AC-26-0415"], r
    assert r["amount"] is None


def test_a_staff_invoice_copy_stays_one() -> None:
    r = staff("Hi Ana,\n\nplease find attached invoice AC-26-0415 for £2,150.00, due "
              "4 April 2027.\n\nKim", subject="Invoice AC-26-0415", attach=True)
    assert r["kind"] == "invoice_copy", r


# -- a forgery lists the invoices it names ---------------------------------------------------------

def test_a_lookalike_lists_a_number_shaped_like_ours_and_its_tail() -> None:
    r = notice("Pembayaran diterima. PT Klien membayar Rp39.960.000 untuk "
               "AC/INV/III/2027/038 dan 039.", sender="Payzo <no-reply@payzo-id.test>",
               subject="Pembayaran Virtual Account berhasil")
    assert r["kind"] == "other", r
    assert r["needs_human"] is True
    assert r["invoice_numbers"] == ["AC/INV/III/2027/038", "AC/INV/III/2027/039"], r


def test_a_spoof_lists_a_down_payment_shaped_like_ours() -> None:
    r = notice("Dana masuk sebesar IDR 416.250.000,00 (berita: AC/DP/II/2027/036) ditahan "
               "sementara. Verifikasi: http://x.example/login",
               sender="Fjordbank <fjordbank.alerts@yahoo.com>", subject="Dana masuk")
    assert r["kind"] == "other", r
    assert r["invoice_numbers"] == ["AC/DP/II/2027/036"], r


def test_a_spoof_lists_no_phone_number_or_date() -> None:
    r = notice("Your payment of EUR 1,200.00 for AC-26-0415 is on hold. Call 0800-555-0101 "
               "before 12/03/2027.", sender="Fjordbank <fjordbank.alerts@yahoo.com>",
               subject="Payment on hold")
    assert r["invoice_numbers"] == ["AC-26-0415"], r


def test_a_new_invoice_with_a_chase_in_passing_stays_a_copy() -> None:
    r = staff("Hi Ana,\n\nhere is invoice AC-26-0416 for the final survey: total £4,800.00, "
              "payable by 31 March 2027.\n\nWhile I'm at it, AC-26-0415 (£2,150.00) is still "
              "outstanding.\n\nKim", subject="Invoice AC-26-0416")
    assert r["kind"] == "invoice_copy", r
    assert r["invoice_numbers"] == ["AC-26-0416"], r


def test_staff_chatter_lists_a_number_shaped_like_ours() -> None:
    msg = EmailMessage()
    msg["From"] = "Kim Staff <kim.staff@acme.test>"
    msg["To"] = "Lee Staff <lee.staff@acme.test>"
    msg["Cc"] = BOT
    msg["Subject"] = "Fwd: info dari klien"
    msg["Date"] = format_datetime(datetime(2027, 3, 5, 16, 0, tzinfo=UTC))
    msg["Message-ID"] = "<n-2@acme.test>"
    msg.set_content("Bu Lee,\n\nklien bilang DP AC/DP/II/2027/036 mau dibayar minggu depan, "
                    "tapi minta kontrak asli dulu. Jam 09:30 saya telepon lagi.\n\nKim")
    r = as_record(classify(parse_message(_authenticated("acme.test") + msg.as_bytes()),
                           BANK_CTX))
    assert r["kind"] == "other", r
    assert r["invoice_numbers"] == ["AC/DP/II/2027/036"], r


# -- a credit list: the one client credit, not a tax office's refund ---------------------------------

@pytest.mark.parametrize(("listing", "amount", "currency"), [
    (("Daily credit summary for 04/03/2027\n\nValue date  Remitter               Reference"
      "             Amount GBP\n04/03/2027  HMRC VAT               VAT REPAYMENT 01/27     "
      "2,104.10\n04/03/2027  NORTHWIND OFFSHORE LTD NORTHWIND DEPOSIT      12,600.00\n\n"
      "Total credits: 14,704.10\n"), "12600.00", "GBP"),
    (("Tagesübersicht Gutschriften 04.03.2027\n\nValuta      Auftraggeber           "
      "Verwendungszweck       Betrag EUR\n04.03.2027  Finanzamt Kiel-Nord    "
      "UST-ERSTATTUNG 01/27   1.880,40\n04.03.2027  Hafenbau Nord GmbH     Abschlag Projekt "
      "Mole    9.520,00\n\nSumme Gutschriften: 11.400,40\n"), "9520.00", "EUR"),
])
def test_a_credit_list_gives_the_one_client_credit(listing: str, amount: str,
                                                   currency: str) -> None:
    r = notice(listing, subject="Daily credits")
    assert r["kind"] == "payment_confirmation", r
    assert (r["amount"], r["currency"]) == (amount, currency), r
    assert r["invoice_numbers"] == [], r
    assert r["needs_human"] is True, r


def test_a_credit_list_of_two_clients_names_no_amount() -> None:
    r = notice("Daily credit summary for 04/03/2027\n\nValue date  Remitter               "
               "Reference             Amount GBP\n04/03/2027  NORTHWIND OFFSHORE LTD "
               "DEPOSIT                12,600.00\n04/03/2027  HARBOUR WORKS LTD      "
               "STAGE 2                 3,300.00\n\nTotal credits: 15,900.00\n",
               subject="Daily credits")
    assert r["amount"] is None, r
    assert r["needs_human"] is True, r

"""Invoice copies, payment notices and staff commands of the fifteenth blind set's kind:
examples written here in other wordings, not the set's messages.

- a PDF whose numeric dates read both ways (04/12/2026 in a USD invoice) is read the way
  the mail's own words state the same date unambiguously ("Invoice date: 12 April 2026"
  beside a PDF "Date 04/12/2026" is not 12 April: the body's "4 December" is);
- a processor's notice of a part payment that states the invoice's total and the balance
  left beside the payment ("a payment of EUR 250.00 towards invoice X (invoice total EUR
  900.00)") is the payment's amount, not the balance.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_invoices import facts, message, minimal_pdf
from tests.test_payment_facts import record as payment_record

# ------------------------------------------------------------------ dates read both ways


@pytest.mark.parametrize(("pdf_date", "body_date", "issued", "due"), [
    ("04/12/2026", "4 December 2026", date(2026, 12, 4), date(2027, 1, 3)),
    ("05/11/2026", "November 5, 2026", date(2026, 11, 5), date(2026, 12, 5)),
])
def test_an_ambiguous_pdf_date_is_read_as_the_body_states_it(pdf_date, body_date, issued, due):
    pdf = minimal_pdf(["INVOICE INV-2026-0777", f"Date {pdf_date}  Terms: 30 days",
                       "Cartons 5,000 pcs  USD 3,100.00", "TOTAL USD 3,100.00"])
    body = (f"Dear Mr Lee,\n\nattached is invoice INV-2026-0777 for the cartons.\n"
            f"Amount: USD 3,100.00\nInvoice date: {body_date}, terms 30 days.\n\nRegards\nSam\n")
    inv = facts(message(body, subject="Invoice INV-2026-0777",
                        date_="Fri, 04 Dec 2026 09:00:00 +0700",
                        attachments=(("INV-0777.pdf", "application/pdf", pdf),)))
    assert (inv.issue_date, inv.due_date) == (issued, due)
    assert not any(d.startswith("issue date") for d in inv.disagreements)


# ------------------------------------------------------------------ part payments


@pytest.mark.parametrize("body", [
    ("Northwind Ltd made a payment of EUR 250.00 towards invoice INV-501 "
     "(invoice total EUR 900.00).\nBalance remaining: EUR 650.00\nPaid on: 3 Dec 2026\n"),
    ("You received a payment of GBP 250.00 for INV-501 (invoice amount GBP 900.00).\n"
     "Outstanding: GBP 650.00\n"),
])
def test_a_part_payment_beside_the_invoice_total_is_the_payment(body):
    r = payment_record(body, subject="Partial payment for INV-501")
    assert r["kind"] == "payment_confirmation"
    assert r["amount"] == "250.00"
    assert r["payment_full"] is False


# ------------------------------------------------------------------ references written short


@pytest.mark.parametrize(("reference", "expected"), [
    ("RE-2026-501/502", ["RE-2026-501", "RE-2026-502"]),
    ("INV/2026/12/501+502", ["INV/2026/12/501", "INV/2026/12/502"]),
])
def test_a_second_invoice_written_by_its_serial_after_a_full_one(reference, expected):
    r = payment_record(f"Amount: EUR 1,000.00\nFrom: NORTHWIND LTD\nReference: {reference}\n"
                       "Value date: 03/12/2026\n")
    assert r["invoice_numbers"] == expected


def test_a_serial_that_makes_no_known_invoice_is_not_added():
    r = payment_record("Amount: EUR 1,000.00\nReference: RE-2026-501/777\n")
    assert r["invoice_numbers"] == ["RE-2026-501"]


# ------------------------------------------------------------------ charges on the way


@pytest.mark.parametrize("body", [
    ("Incoming SWIFT transfer\nValue date : 03/12/2026\nAmount     : USD 4,980.00\n"
     "Remitter   : NORTHWIND PTE LTD\nDetails    : INV-501\nCharges    : SHA\n"),
    ("Dana masuk valas (SWIFT)\nTanggal valuta : 03/12/2026\nNominal : USD 4,980.00\n"
     "Keterangan : INV-501\nBiaya bank : BEN\n"),
])
def test_a_transfer_on_shared_charges_stating_only_the_credit_goes_to_a_person(body):
    r = payment_record(body)
    assert r["kind"] == "payment_confirmation"
    assert r["amount"] == "4980.00"
    assert r["needs_human"] is True
    assert r["payment_full"] is False


@pytest.mark.parametrize("body", [
    # the payer's instructed amount is stated: it is the payment
    ("Incoming SWIFT transfer\nInstructed amount : USD 5,000.00\nCredited amount : USD 4,980.00\n"
     "Remittance info : INV-501\nCharges : SHA\n"),
    # the payer bore every charge
    ("Incoming SWIFT transfer\nAmount : USD 5,000.00\nDetails : INV-501\nCharges : OUR\n"),
])
def test_a_transfer_with_its_instructed_amount_or_our_charges_is_booked(body):
    r = payment_record(body)
    assert r["kind"] == "payment_confirmation"
    assert r["amount"] == "5000.00"
    assert r["needs_human"] is False


# ------------------------------------------------------------------ staff commands


def _command_record(body: str, sender: str) -> dict[str, object]:
    from email.message import EmailMessage

    from mailbot.reading.classify import as_record, classify
    from mailbot.reading.context import Context
    from mailbot.reading.parse import parse_message
    ctx = Context(bot_address="ar@acme.test", staff_domains=frozenset({"acme.co.uk", "acme.co.id"}),
                  authserv_ids=frozenset({"mx.acme.test"}), known_invoice_numbers=("INV-501",))
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "ar@acme.test"
    msg["Subject"] = "update"
    msg["Date"] = "Thu, 03 Dec 2026 16:00:00 +0000"
    msg["Message-ID"] = "<cmd-1@test>"
    msg.set_content(body)
    domain = sender.rsplit("@", 1)[1].rstrip(">")
    raw = (f"Authentication-Results: mx.acme.test; dkim=pass header.d={domain}; "
           f"dmarc=pass header.from={domain}\r\n").encode() + msg.as_bytes()
    return as_record(classify(parse_message(raw), ctx))


@pytest.mark.parametrize(("body", "sender", "currency", "day"), [
    ("paid INV-501 1,200.00 2026-12-02\n\nSeen on the statement.\n", "sam@acme.co.uk", "GBP",
     "2026-12-02"),
    ("paid INV-501 18500000 2026-12-01\n", "sari@acme.co.id", "IDR", "2026-12-01"),
    ("paid INV-501 1,200.00 EUR\n", "sam@acme.co.uk", "EUR", "2026-12-03"),
])
def test_a_paid_commands_record_has_its_day_and_currency(body, sender, currency, day):
    r = _command_record(body, sender)
    assert r["kind"] == "staff_command"
    assert (r["currency"], r["payment_date"]) == (currency, day)
    assert r["payment_full"] is None


@pytest.mark.parametrize("body", [
    ("Hi,\n\nthe client rang: INV-501 goes out with their payment run on the 20th, "
     "please hold the reminders until then.\n\nSam\n"),
    "Hallo,\n\nzu INV-501 haben wir Ratenzahlung vereinbart, bitte vorerst nicht mahnen.\n",
])
def test_staff_prose_to_the_bot_names_its_invoices(body):
    r = _command_record(body, "sam@acme.co.uk")
    assert r["kind"] == "staff_command"
    assert r["invoice_numbers"] == ["INV-501"]


# ------------------------------------------------------------------ a PDF named by its file


def test_a_pdf_whose_file_name_shortens_the_number_its_text_and_the_mail_state():
    pdf = minimal_pdf(["INVOICE TERMIN 1 INV/AC/XII/2026/0412", "Tanggal 04/12/2026",
                       "Total Rp 12.000.000"])
    body = ("Yth. Bapak Andi,\n\nterlampir invoice termin pertama.\nNo. invoice "
            "INV/AC/XII/2026/0412, tanggal 4 Desember 2026, jatuh tempo 14 hari.\n"
            "Total: Rp 12.000.000\n\nSalam\nSari\n")
    inv = facts(message(body, subject="Invoice termin 1 INV/AC/XII/2026/0412",
                        date_="Fri, 04 Dec 2026 09:00:00 +0700",
                        attachments=(("INV-0412.pdf", "application/pdf", pdf),)))
    assert inv.number == "INV/AC/XII/2026/0412"
    assert not any(d.startswith("number") for d in inv.disagreements)


def test_a_payout_after_the_fee_is_still_no_payment():
    r = payment_record("Получен платёж\n\nСумма: 50 000,00 ₽\nКомиссия сервиса: 1 400,00 ₽\n"
                       "К зачислению: 48 600,00 ₽\nЗаказ: СЧ-501\n")
    assert r["amount"] == "50000.00"

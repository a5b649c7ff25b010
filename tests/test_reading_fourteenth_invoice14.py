"""Invoice copies of the fourteenth blind set's kind: examples written here in other
wordings, not the set's messages.

- a staff member writing to a client by hand about an invoice the ledger knows, in a copy
  to the bot with no attachment and stating none of an invoice's own facts (no amount, no
  date, no terms), is no new invoice whatever its words: `other`, nothing registered;
  the ledger's state told in words ("still shows as open on our side", "masih tercatat
  terbuka", "числится открытым") is chasing even beside an amount;
- a sum on a line naming only another invoice the ledger knows ("the balance of X, USD
  ..., is not included in this invoice") is that invoice's, not the new one's amount;
- an invoice number written only in a bare subject ("INV-2026-0960 - spare parts"), with
  no invoice word before it, is read when it has the shape of the ledger's own numbers;
- a document titled an invoice that states no number of its own takes the one number its
  file name holds besides dates ("Schet_7731_ot_08.12.2026.pdf").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from mailbot.domain.values import Kind
from mailbot.reading import extract
from tests.test_invoices import facts, message, minimal_pdf, run

MAILED = "Tue, 08 Dec 2026 10:00:00 +0000"


# ------------------------------------------------------------------ staff writing by hand

@pytest.mark.parametrize(("subject", "body"), [
    ("INV-2026-001",
     ("Hi Alice,\n\nLovely to catch up at the trade show. One small thing - INV-2026-001 "
      "from October is still sitting open in our books. Could you take a look?\n\nSam\n")),
    ("Re INV-2026-002",
     ("Hi Alice,\n\nquick one: could you let me know where INV-2026-002 is at on your "
      "side? Happy to resend anything you need.\n\nSam\n")),
    ("Ihre Anfrage zu RE-2026-1001",
     ("Hallo Frau Muster,\n\neine Aufteilung von RE-2026-1001 ist für uns denkbar, schicken "
      "Sie mir einfach Ihren Vorschlag. Erreichbar bin ich unter 0421 55 66 77.\n\nSam\n")),
    ("RE-2026-1001",
     ("Guten Tag Herr Lang,\n\nkönnten Sie bitte einmal nachsehen, was mit RE-2026-1001 "
      "los ist? Bei uns ist dazu noch nichts angekommen.\n\nSam\n")),
    ("Invoice INV-2026-002",
     ("Bu Sari,\n\nmohon dicek, apakah invoice INV-2026-002 sudah diproses di bagian "
      "keuangan? Kalau perlu dokumen tambahan, kabari saya.\n\nSalam\nSam\n")),
    ("Счёт СЧ-2026-118",
     ("Ольга, добрый день!\n\nПодскажите, пожалуйста, на каком этапе счёт СЧ-2026-118 у "
      "вас? Если нужны документы — пришлю.\n")),
])
def test_staff_writing_about_a_known_invoice_without_its_facts_is_no_invoice(subject, body):
    c = run(message(body, date_=MAILED, subject=subject))
    assert c.kind == Kind.OTHER, c.reason
    assert not c.needs_human
    assert c.invoice is None
    assert c.invoice_numbers


@pytest.mark.parametrize(("subject", "body"), [
    ("INV-2026-001",
     ("Hi Alice,\n\nINV-2026-001 (USD 2,400.00) still shows as open on our side - could "
      "you check?\n\nSam\n")),
    ("INV-2026-002",
     ("Pak Budi,\n\ninvoice INV-2026-002 senilai Rp 12.000.000 masih tercatat terbuka di "
      "sistem kami. Mohon dicek.\n")),
    ("Счёт СЧ-2026-118",
     ("Добрый день!\n\nСчёт СЧ-2026-118 на 50 000,00 руб. у нас всё ещё числится "
      "открытым. Проверьте, пожалуйста.\n")),
])
def test_the_ledgers_state_told_beside_an_amount_is_chasing(subject, body):
    c = run(message(body, date_=MAILED, subject=subject))
    assert c.kind == Kind.OTHER, c.reason
    assert c.invoice is None


@pytest.mark.parametrize(("subject", "body"), [
    # a new invoice (unknown to the ledger) named without its facts: still a copy, for a person
    ("INV-2026-0991",
     "Hi Alice,\n\nINV-2026-0991 is on its way, the document follows.\n\nSam\n"),
    # a known invoice sent again with an attachment: the document decides
    ("Rechnung RE-2026-1001",
     "Guten Tag,\n\nanbei nochmals die Rechnung RE-2026-1001.\n"),
])
def test_a_new_invoice_or_an_attached_document_keeps_the_copy(subject, body):
    attachments = (("RE-2026-1001.pdf", "application/pdf", b"%PDF-1.4\n%%EOF\n"),) \
        if subject.startswith("Rechnung") else ()
    c = run(message(body, date_=MAILED, subject=subject, attachments=attachments))
    assert c.kind == Kind.INVOICE_COPY


# ------------------------------------------------------------------ another invoice's sum

@pytest.mark.parametrize(("subject", "body", "amount"), [
    ("Invoice INV-2026-0950",
     ("Hi Alice,\n\nInvoice number: INV-2026-0950\nInvoice date: 8 December 2026\n"
      "Total: USD 1,250.00\nDue date: 22 December 2026\n\n"
      "Note: the remaining balance of INV-2026-001, USD 9,400.00, is not included in "
      "this invoice.\n"), Decimal("1250.00")),
    ("Tagihan INV-2026-0951",
     ("Yth. Ibu Sari,\n\nNo. Invoice: INV-2026-0951\nTanggal: 8 Desember 2026\n"
      "Total: Rp 4.500.000\nJatuh tempo: 22 Desember 2026\n\n"
      "Catatan: sisa tagihan INV-2026-002 sebesar Rp 20.000.000 belum termasuk di "
      "sini.\n"), Decimal("4500000.00")),
])
def test_a_sum_on_a_line_of_another_known_invoice_is_not_the_new_ones(subject, body, amount):
    f = facts(message(body, date_=MAILED, subject=subject))
    assert f.number == subject.split()[-1]
    assert f.amount == amount


# ------------------------------------------------------------------ number in the subject only

@pytest.mark.parametrize(("subject", "body"), [
    ("INV-2026-0960 - spare pump",
     ("Dear Mr Lee,\n\nwe shipped the spare pump today. The amount is USD 1,900.00, "
      "payable within 30 days of today.\n\nRegards\nSam\n")),
    ("RE-2026-1077 / Ersatzteil",
     ("Guten Tag,\n\ndas Ersatzteil ist heute rausgegangen. Betrag: 640,00 EUR, zahlbar "
      "innerhalb von 14 Tagen.\n\nSam\n")),
])
def test_a_bare_subject_number_in_the_ledgers_shape_is_the_invoices(subject, body):
    f = facts(message(body, date_=MAILED, subject=subject))
    assert f.number == subject.split()[0]


def test_a_bare_subject_token_of_another_shape_is_no_invoice_number():
    c = run(message(("Dear Mr Lee,\n\nthe amount is USD 1,900.00, payable within 30 days."
                     "\n"), date_=MAILED, subject="Order 4471B spare pump"))
    assert "4471B" not in c.invoice_numbers
    assert c.needs_human


# ------------------------------------------------------------------ number in the file name only

def _pdf_mail(filename: str, title: str, body: str, subject: str) -> bytes:
    pdf = minimal_pdf([title, "Servicing, December 2026", "Total: 12 000,00 RUB",
                       "Pay by 18.12.2026"])
    return message(body, date_=MAILED, subject=subject,
                   attachments=((filename, "application/pdf", pdf),))


@pytest.mark.parametrize(("filename", "title", "number"), [
    ("Schet_7731_ot_08.12.2026.pdf", "Счёт на оплату", "7731"),
    ("Invoice INV-2026-0961.pdf", "Invoice", "INV-2026-0961"),
    ("Rechnung_RE-2026-1078_2026-12-08.pdf", "Rechnung", "RE-2026-1078"),
])
def test_a_document_titled_an_invoice_takes_its_number_from_the_file_name(
        filename, title, number):
    c = run(_pdf_mail(filename, title, "Hello, the invoice is attached, 12 000,00 RUB.\n",
                      "Servicing December"))
    assert c.invoice_numbers[:1] == (number,), c.reason


@pytest.mark.parametrize(("filename", "title"), [
    ("Akt_7731_ot_08.12.2026.pdf", "Акт выполненных работ"),   # no invoice
    ("Invoice_7731_7732.pdf", "Invoice"),                      # two numbers: which?
])
def test_a_file_name_gives_no_number_to_other_documents_or_when_ambiguous(filename, title):
    c = run(_pdf_mail(filename, title, "Hello, the document is attached.\n",
                      "Servicing December"))
    assert "7731" not in c.invoice_numbers


# ------------------------------------------------------------------ cancelling document beside

@pytest.mark.parametrize(("credit", "invoice", "body", "number", "amount"), [
    (["Stornorechnung ST-2026-1090", "-5.950,00 EUR"],
     ["Rechnung RE-2026-1091", "Rechnungsbetrag 5.712,00 EUR", "Ersetzt RE-2026-1001"],
     ("Guten Tag,\n\ndie Rechnung RE-2026-1001 war fehlerhaft; wir haben sie mit der "
      "Stornorechnung ST-2026-1090 storniert. Anbei die neue Rechnung RE-2026-1091.\n"
      "Rechnungsdatum: 08.12.2026\nZahlungsziel: 14 Tage\n"), "RE-2026-1091", Decimal("5712.00")),
    (["Credit note CN-2026-0301", "-GBP 1,200.00"],
     ["Invoice INV-2026-0302", "Total due GBP 1,080.00", "Replaces INV-2026-001"],
     ("Hi Alice,\n\nINV-2026-001 had the wrong rate, so credit note CN-2026-0301 cancels "
      "it and invoice INV-2026-0302 replaces it.\nInvoice date: 8 December 2026\n"
      "Payment terms: 30 days\n"), "INV-2026-0302", Decimal("1080.00")),
])
def test_a_cancelling_document_titled_with_its_number_is_no_source_of_the_new_invoice(
        credit, invoice, body, number, amount):
    first, second = credit[0].split()[-1], invoice[0].split()[-1]
    raw = message(body, date_=MAILED, subject=f"Korrektur / correction {second}",
                  attachments=((f"{first}.pdf", "application/pdf", minimal_pdf(credit)),
                               (f"{second}.pdf", "application/pdf", minimal_pdf(invoice))))
    c = run(raw)
    assert c.kind == Kind.INVOICE_COPY
    assert c.invoice_numbers[0] == number, c.invoice_numbers
    assert c.invoice is None or c.invoice.amount == amount


def test_an_invoice_titled_with_its_number_stays_the_invoice():
    raw = message("Guten Tag,\n\nanbei die Rechnung.\nZahlungsziel: 14 Tage\n", date_=MAILED,
                  subject="Rechnung RE-2026-1092",
                  attachments=(("RE-2026-1092.pdf", "application/pdf",
                                minimal_pdf(["Rechnung RE-2026-1092", "Rechnungsdatum 08.12.2026",
                                             "Rechnungsbetrag 714,00 EUR"])),))
    f = facts(raw)
    assert (f.number, f.amount) == ("RE-2026-1092", Decimal("714.00"))


# ------------------------------------------------------------------ terms: "innert", "paling lambat"

@pytest.mark.parametrize(("text", "days"), [
    ("Zahlbar innert 30 Tagen netto.", 30),
    ("Zahlungsfrist: innert 10 Tagen ab Rechnungsdatum.", 10),
    ("Pembayaran paling lambat 21 hari setelah tanggal invoice.", 21),
    ("Mohon dilunasi selambat-lambatnya 14 hari sejak tanggal faktur.", 14),
    (("Pembayaran paling lambat 14 hari kalender setelah berita acara serah terima "
      "ditandatangani."), 14),
])
def test_swiss_within_and_at_the_latest_state_payment_terms(text, days):
    assert extract.payment_terms(text).days == days


@pytest.mark.parametrize("text", [
    "Mohon dibayar paling lambat 15 Desember 2026.",   # a date, not terms
    "Innert kurzer Zeit melden wir uns.",               # no count of days
])
def test_at_the_latest_before_a_date_is_no_terms(text):
    assert extract.payment_terms(text).days is None

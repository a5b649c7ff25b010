"""Invoice copies, payments and staff mail of the eighteenth blind set's kind: examples
written here in other wordings, not the set's messages.

- a currency that is only ever written before its amount ("Rp", "£", "$") belongs to the
  amount after it: in a table row flattened from HTML ("12/11/2026 Rp 9.500.000 Rp
  1.045.000 Rp 10.545.000") it is not the suffix of the date's year or of the cell
  before, so the row's total is read, not the net;
- payable on the day the invoice is issued ("оплата в день выставления счёта", "payable on
  the invoice date", "zahlbar am Rechnungsdatum", "dibayar pada tanggal invoice") is due
  on the invoice date, like "payable on receipt": no default term is assumed; a number of
  days counted from the invoice date stays that term;
"""

from __future__ import annotations

import email.policy
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from mailbot.reading import amount_due, extract
from mailbot.reading.classify import as_record, classify
from mailbot.reading.parse import parse_message
from tests.test_competing_totals import BOT, CTX, MX
from tests.test_invoices import minimal_pdf
from tests.test_payment_facts import record as payment_record
from tests.test_reading_seventeenth_rep17 import staff


def _raw(body: str, subject: str, *, html: bool = False, sender: str = "Staff <staff@acme.test>",
         to: str = "ap@client.test", cc: str = BOT) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<inv18-1@acme.test>"
    msg.set_content(body, subtype="html" if html else "plain")
    return (f"Authentication-Results: {MX}; dkim=pass header.d=acme.test; "
            "dmarc=pass header.from=acme.test\r\n").encode() + msg.as_bytes(
                policy=email.policy.SMTP)


def read(body: str, subject: str = "Invoice", **kw: object) -> dict[str, object]:
    return as_record(classify(parse_message(_raw(body, subject, **kw)), CTX))  # type: ignore[arg-type]


# ------------------------------------------------------------------ an HTML-only invoice's row

_HTML_ROW = (
    "<html><body><p>Dengan hormat,</p><p>Bersama ini kami kirimkan tagihan pemasangan "
    "rak gudang:</p><table border='1'><tr><th>Nomor</th><th>Tgl</th><th>Dasar pengenaan "
    "pajak</th><th>PPN</th><th>Jumlah</th></tr><tr><td>INV-88/XII</td><td>01/12/2026</td>"
    "<td>Rp 9.500.000</td><td>Rp 1.045.000</td><td><b>Rp 10.545.000</b></td></tr></table>"
    "<p>Pembayaran paling lambat 14 hari setelah tanggal tagihan.</p><p>Hormat kami,<br>"
    "Staff</p></body></html>")


def test_an_html_only_invoices_row_gives_its_last_column_not_the_net():
    rec = read(_HTML_ROW, "Tagihan INV-88/XII", html=True)
    assert rec["kind"] == "invoice_copy"
    assert (rec["amount"], rec["currency"], rec["due_date"]) == (
        "10545000.00", "IDR", "2026-12-15"), rec["reason"]


@pytest.mark.parametrize(("line", "amounts"), [
    ("01/12/2026 Rp 9.500.000 Rp 1.045.000 Rp 10.545.000",
     ["9500000.00", "1045000.00", "10545000.00"]),
    ("Net £1,200.00 VAT £240.00 gross £1,440.00", ["1200.00", "240.00", "1440.00"]),
    ("30.11.2026 2.000,00 € 380,00 € 2.380,00 €", ["2000.00", "380.00", "2380.00"]),
    ("Итого 12 500 руб. 50 коп.", ["12500.50"]),
])
def test_a_prefix_currency_belongs_to_the_amount_after_it(line, amounts):
    assert [str(m.amount) for m in extract.find_money(line)] == amounts


# ------------------------------------------------------------------ payable on the day of issue

_ON_ISSUE = [
    ("ru", ("Счёт на оплату № СЧ-318 от 20.11.2026\nТрактор-косилка — 240 000,00 руб., в т.ч. "
            "НДС 22%\n\nОплата в день выставления счёта, отгрузка после поступления денег.\n"),
     "Счёт СЧ-318"),
    ("ru", ("Счёт № СЧ-319 от 20.11.2026 на сумму 240 000,00 руб.\nСрок оплаты: в дату "
            "выставления счёта.\n"), "Счёт СЧ-319"),
    ("en", ("Invoice INV-318 dated 20 November 2026\nMower service GBP 2,400.00\n\n"
            "This invoice is payable on the invoice date.\n"), "Invoice INV-318"),
    ("en", ("Invoice INV-319 of 20 November 2026, total GBP 2,400.00.\nPayment is due on the "
            "date of the invoice.\n"), "Invoice INV-319"),
    ("de", ("Rechnung Nr. RE-318 vom 20.11.2026\nWartung Rasenmäher 2.400,00 EUR\n\n"
            "Der Betrag ist zahlbar am Rechnungsdatum.\n"), "Rechnung RE-318"),
    ("de", "Rechnung RE-319 vom 20.11.2026 über 2.400,00 EUR, fällig zum Rechnungsdatum.\n",
     "Rechnung RE-319"),
    ("id", ("Invoice No. INV-318 tanggal 20/11/2026\nServis mesin potong rumput Rp 24.000.000"
            "\n\nMohon dibayar pada tanggal invoice.\n"), "Invoice INV-318"),
    ("id", ("Tagihan INV-319 tanggal 20/11/2026 sebesar Rp 24.000.000. Jatuh tempo pada "
            "tanggal penerbitan invoice.\n"), "Tagihan INV-319"),
]


@pytest.mark.parametrize(("lang", "body", "subject"), _ON_ISSUE)
def test_payable_on_the_day_of_issue_is_due_on_the_invoice_date(lang, body, subject):
    rec = read(body, subject)
    assert rec["kind"] == "invoice_copy"
    assert (rec["issue_date"], rec["due_date"]) == ("2026-11-20", "2026-11-20"), rec
    assert not rec.get("disagreements"), rec["disagreements"]


@pytest.mark.parametrize(("terms", "words"), [
    (14, "Оплата в течение 14 дней с даты выставления счёта."),
    (30, "Payable 30 days from the invoice date."),
    (21, "Zahlbar innerhalb von 21 Tagen ab Rechnungsdatum."),
    (30, "Pembayaran 30 hari sejak tanggal invoice."),
])
def test_days_counted_from_the_invoice_date_stay_a_term(terms, words):
    assert extract.terms_days(words) == terms


# ------------------------------------------------------------------ a part billed with its tax

_ABSCHLAG = ("2. ABSCHLAGSRECHNUNG\nRechnungsnummer: RE-4471\nRechnungsdatum: 12.11.2026\n"
             "Pos.  Bezeichnung                               Menge   Betrag\n"
             "1     2. Abschlag 30 % lt. Auftrag A-77           1    36.000,00\n"
             "      (Auftragssumme netto 120.000,00 EUR)\n"
             "Nettobetrag:  36.000,00 EUR\nUSt 19 %:  6.840,00 EUR\n"
             "Rechnungsbetrag:  {gross} EUR\nZahlungsziel: 10 Tage\n")
_UANG_MUKA = ("INVOICE UANG MUKA\nNo. Invoice: INV-5521\nTanggal: 12/11/2026\n"
              "Keterangan                                  Qty   Jumlah (Rp)\n"
              "Uang muka 40% kontrak 22/ABC/2026            1    80.000.000\n"
              "(nilai kontrak Rp 200.000.000)\n"
              "DPP: Rp 80.000.000\nPPN 11%: Rp 8.800.000\nTotal: Rp {gross}\n"
              "Jatuh tempo: 19/11/2026\n")


@pytest.mark.parametrize(("layout", "gross", "amount", "subject"), [
    (_ABSCHLAG, "42.840,00", "42840.00", "Rechnung RE-4471"),
    (_UANG_MUKA, "88.800.000", "88800000.00", "Invoice INV-5521"),
])
def test_a_part_billed_with_its_tax_below_the_contract_aside_is_due_gross(layout, gross,
                                                                           amount, subject):
    rec = read(layout.format(gross=gross), subject)
    assert rec["kind"] == "invoice_copy"
    assert rec["amount"] == amount, rec["reason"]
    assert not rec["needs_human"], rec["reason"]


@pytest.mark.parametrize(("layout", "gross", "subject"), [
    (_ABSCHLAG, "43.480,00", "Rechnung RE-4471"),
    (_UANG_MUKA, "88.080.000", "Invoice INV-5521"),
])
def test_a_part_whose_tax_does_not_add_up_to_the_gross_goes_to_a_person(layout, gross,
                                                                        subject):
    rec = read(layout.format(gross=gross), subject)
    assert rec["needs_human"], rec


# ------------------------------------------------------------------ terms of each invoice


@pytest.mark.parametrize(("words", "days"), [
    ("Beide Rechnungen vom 03.11.2026, Zahlungsziel jeweils 21 Tage.", 21),
    ("Die Rechnungen sind zahlbar innerhalb von jeweils 10 Tagen.", 10),
    ("Kedua invoice bertanggal 03/11/2026, termin pembayaran masing-masing 14 hari.", 14),
])
def test_terms_given_for_each_invoice_are_read(words, days):
    assert extract.terms_days(words) == days


def test_two_invoices_with_terms_for_each_keep_the_terms():
    rec = read("Guten Tag,\n\nanbei zwei Rechnungen:\n\n"
               "- RE-2026-4410 Heizungswartung: 800,00 € netto / 952,00 € brutto\n"
               "- RE-2026-4411 Ersatzpumpe: 300,00 € netto / 357,00 € brutto\n\n"
               "Beide Rechnungen vom 03.11.2026, Zahlungsziel jeweils 21 Tage.\n",
               "Rechnungen RE-2026-4410 und RE-2026-4411")
    assert (rec["payment_terms_days"], rec["due_date"]) == (21, "2026-11-24"), rec
    assert rec["needs_human"]  # two invoices in one mail: a person registers them


# ------------------------------------------------------------------ a correction taken off

_NETTED = ("Добрый день!\n\nНаправляем счёт СЧ-530 от 02.11.2026 на сумму 150 000,00 руб.\n"
           "С учётом корректировочного счёта-фактуры № 9 от 28.10.2026 (возврат 2 насосов) "
           "на сумму 20 000,00 руб.\nк оплате: 130 000,00 руб.\n\nСрок оплаты — 14 дней.\n")


def test_an_invoice_taking_a_correction_off_is_that_invoice_for_the_rest():
    rec = read(_NETTED, "Счёт СЧ-530 с учётом КСФ № 9")
    assert rec["kind"] == "invoice_copy"
    assert (rec["invoice_numbers"], rec["amount"], rec["due_date"]) == (
        ["СЧ-530"], "130000.00", "2026-11-16"), rec["reason"]
    assert not rec["needs_human"], rec["reason"]


def test_a_corrected_invoice_issued_instead_of_another_stays_a_persons():
    rec = read("Добрый день!\n\nНаправляем корректировочный счёт СЧ-531 от 02.11.2026 "
               "взамен счёта СЧ-520 от 20.10.2026.\nСумма к оплате: 130 000,00 руб.\n"
               "Срок оплаты — 14 дней.\n", "Корректировочный счёт СЧ-531")
    assert rec["needs_human"]
    assert "СЧ-520" in str(rec["reason"])


# ------------------------------------------------------------------ nothing remaining


@pytest.mark.parametrize(("remaining", "full"), [
    ("Amount remaining: $0.00", True),
    ("Balance remaining: USD 0", True),
    ("Amount remaining: $150.00", False),
    ("The remaining balance will follow next week.", False),
])
def test_a_processors_notice_with_nothing_remaining_is_paid_in_full(remaining, full):
    rec = payment_record("Payment received\n\nHarbour Clinic paid invoice INV-501.\n\n"
                         "Amount paid: $1,150.00\nPaid on: 3 December 2026\n"
                         f"Invoice total: $1,150.00\n{remaining}\n",
                         subject="Payment of $1,150.00 received for invoice INV-501")
    assert rec["kind"] == "payment_confirmation"
    assert rec["payment_full"] is full, rec


# ------------------------------------------------------------------ staff prose


@pytest.mark.parametrize(("body", "amount", "currency", "promised"), [
    (("AC-7781: Frau Lenz hat heute telefonisch zugesagt, den Rest von 640,00 € bis zum "
     "10.03. zu überweisen. Bitte bis dahin keine Erinnerungen.\n\nGruß Kim"),
     "640.00", "EUR", "2027-03-10"),
    (("AC-7781: their finance lead promised the outstanding £1,275.50 by 12 March. "
     "No reminders until then please.\n\nKim"), "1275.50", "GBP", "2027-03-12"),
])
def test_staff_prose_of_a_promise_records_the_sum_promised(body, amount, currency, promised):
    r = staff(body)
    assert r["kind"] == "staff_command"
    assert (r["amount"], r["currency"], r["promised_date"]) == (amount, currency, promised)
    assert not r["needs_human"]


def test_staff_prose_of_a_promise_with_two_sums_records_none():
    r = staff("AC-7781: Herr Ott hat zugesagt, 300,00 € bis zum 10.03. und 340,00 € bis zum "
              "31.03. zu überweisen.\n\nKim")
    assert r["amount"] is None


@pytest.mark.parametrize(("body", "paid"), [
    (("Отметь, пожалуйста, AC-7781 как оплаченный: 50 000 руб. пришли 26.02 наличными в "
     "кассу.\n\nК."), "2027-02-26"),
    ("Bitte AC-7781 als bezahlt buchen, 2.100,00 € bar eingegangen 25.02 im Büro.\n\nKim",
     "2027-02-25"),
])
def test_staff_prose_of_a_payment_reads_its_day_without_a_year(body, paid):
    r = staff(body)
    assert r["payment_date"] == paid, r


def test_a_bare_figure_with_a_unit_is_no_payment_day():
    r = staff("Отметь, пожалуйста, AC-7781 как оплаченный: 50 000 руб. пришли, вес партии "
              "26.02 кг.\n\nК.")
    assert r["payment_date"] != "2027-02-26"


# ------------------------------------------------------------------ net in the note, gross attached

_PDF_EN = ["TAX INVOICE", "Invoice number: INV-640", "Invoice date: 16/11/2026",
           "Net total:  GBP {net}", "VAT 20%:  GBP 700.00", "TOTAL:  GBP 4,200.00",
           "Due date: 16/12/2026"]
_PDF_DE = ["RECHNUNG", "Rechnungsnummer: RE-2026-640", "Rechnungsdatum: 16.11.2026",
           "Nettobetrag:  3.500,00 EUR", "USt 19 %:  665,00 EUR", "Rechnungsbetrag:  4.165,00 EUR",
           "Zahlungsziel: 30 Tage"]


def _with_pdf(body: str, subject: str, lines: list[str]) -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = "Staff <staff@acme.test>"
    msg["To"] = "ap@client.test"
    msg["Cc"] = BOT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 11, 16, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<inv18-pdf@acme.test>"
    msg.set_content(body)
    msg.add_attachment(minimal_pdf(lines), maintype="application", subtype="pdf",
                       filename="invoice.pdf")
    raw = (f"Authentication-Results: {MX}; dkim=pass header.d=acme.test; "
           "dmarc=pass header.from=acme.test\r\n").encode() + msg.as_bytes()
    return as_record(classify(parse_message(raw), CTX))


@pytest.mark.parametrize(("body", "subject", "lines", "amount"), [
    (("Good morning,\n\nPlease find attached invoice INV-640 for the annual servicing, "
     "£3,500.00 + VAT. Payment due by 16 December 2026.\n\nRegards,\nStaff\n"),
     "Invoice INV-640", [x.format(net="3,500.00") for x in _PDF_EN], "4200.00"),
    (("Guten Tag,\n\nanbei die Rechnung RE-2026-640 für die Jahreswartung über 3.500,00 € "
     "zzgl. MwSt.\n\nGrüße\nStaff\n"), "Rechnung RE-2026-640", _PDF_DE, "4165.00"),
])
def test_a_net_plus_tax_in_the_note_agrees_with_the_attached_gross(body, subject, lines,
                                                                   amount):
    rec = _with_pdf(body, subject, lines)
    assert rec["kind"] == "invoice_copy"
    assert rec["amount"] == amount, rec
    assert not rec["needs_human"], rec["reason"]


@pytest.mark.parametrize(("body", "net"), [
    ("Please find attached invoice INV-640, £3,500.00 + VAT.\n", "3,600.00"),
    ("Please find attached invoice INV-640, £3,500.00.\n", "3,500.00"),
])
def test_a_note_whose_figure_is_not_the_attached_net_plus_tax_goes_to_a_person(body, net):
    rec = _with_pdf(body, "Invoice INV-640", [x.format(net=net) for x in _PDF_EN])
    assert rec["needs_human"], rec


# ------------------------------------------------------------------ one part, no whole

_ONE_PART = ("TAX INVOICE\nInvoice number: INV-5120\nInvoice date: 20 November 2026\n"
             "Description                                   Qty      Amount\n"
             "Lease agreement LA-77, instalment 3 of 12     1      1,250.00\n"
             "Net total:  £1,250.00\nVAT 20%:  £250.00\nTOTAL:  £{total}\n"
             "Due date: 30 November 2026\n")


def test_one_part_with_its_tax_and_no_whole_is_due_gross():
    rec = read(_ONE_PART.format(total="1,500.00"), "Invoice INV-5120")
    assert (rec["amount"], rec["due_date"]) == ("1500.00", "2026-11-30"), rec["reason"]
    assert not rec["needs_human"], rec["reason"]


def test_one_part_whose_total_is_not_part_plus_tax_goes_to_a_person():
    rec = read(_ONE_PART.format(total="1,600.00"), "Invoice INV-5120")
    assert rec["needs_human"], rec


def test_one_part_with_a_tax_of_nothing_says_nothing_of_what_is_due():
    due = amount_due.read("INVOICE\nInvoice no: KX-7\n"
                          "Milestone 2 - data migration          USD 4,100.00\n"
                          "Sales tax                             USD     0.00\n"
                          "TOTAL                                 USD 4,100.00\n", "USD")
    assert due is None or due.money is None

"""Invoice copies of the tenth blind round's classes (issue 11), each with new wording: the
balance left after a payment on account or an overpayment; the gross of the part billed
(the part, its tax and the total that adds them up); a line announcing payment in parts
states the whole, not the part; a provisional or pro-forma invoice (its estimate, for a
person); "Überweisungsbetrag" and a credit note offset in a sentence; a German PDF
written without umlauts ("Faellig am"); the earlier invoice taken off a final invoice or
replaced by a corrected one is not this invoice's number (a replaced one is for a
person)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from mailbot.reading.classify import as_record, classify
from mailbot.reading.parse import parse_message
from tests.test_competing_totals import BOT, CTX, MX, invoice


def _acted_right(rec: dict[str, object], amount: str) -> None:
    """Either the right amount read confidently, or a person looks: never a confident
    wrong amount."""
    assert rec["amount"] == amount or rec["needs_human"], (rec["amount"], rec["reason"])


# ------------------------------------------------------------------ the balance left


@pytest.mark.parametrize(("body", "amount"), [
    (("Hi Jo,\n\nForwarding invoice INV-3310 again as asked. You paid GBP 1,500.00 on account "
      "last week, so the balance now outstanding is GBP 475.00.\n\n"
      "-----Original Message-----\nInvoice INV-3310, dated 2 November 2026\n"
      "Total: GBP 1,975.00\nDue: 2 December 2026\n"), "475.00"),
    (("Invoice INV-3311 dated 1 December 2026, total USD 2,400.00. Thank you for the part "
      "payment of USD 1,000.00; the outstanding balance is USD 1,400.00, due 15 December "
      "2026.\n"), "1400.00"),
    (("Счёт № СЧ-3312 от 01.12.2026 на 61 000,00 руб. Учитываем вашу переплату 9 000,00 руб. "
      "по счёту СЧ-3001, поэтому к оплате 52 000,00 руб. Срок оплаты - 14 дней.\n"),
     "52000.00"),
    (("Rechnung RE-3313 vom 01.12.2026 über 2.000,00 €. Ihre Akontozahlung von 1.200,00 € "
      "ist berücksichtigt, offener Betrag 800,00 €, zahlbar bis 15.12.2026.\n"), "800.00"),
])
def test_the_balance_after_a_payment_already_made_is_due(body, amount):
    rec = invoice(body)
    assert rec["amount"] == amount, rec["reason"]
    assert not rec["needs_human"], rec["reason"]


@pytest.mark.parametrize("body", [
    ("Invoice INV-3320 dated 1 December 2026, total GBP 1,975.00, due 31 December 2026. "
     "You paid GBP 700.00 on account on 20 November.\n"),
    ("Счёт № СЧ-3321 от 01.12.2026 на 61 000,00 руб., срок оплаты 14 дней. Учитываем вашу "
     "переплату 5 000,00 руб.\n"),
    ("Invoice INV/2026/12/3322 tanggal 1 Desember 2026 sebesar Rp 10.000.000, jatuh tempo "
     "15 Desember 2026. Kelebihan bayar Rp 2.000.000 dari invoice sebelumnya kami "
     "perhitungkan.\n"),
])
def test_a_payment_taken_off_without_the_balance_stated_goes_to_a_person(body):
    rec = invoice(body)
    assert rec["needs_human"], rec


# ------------------------------------------------------------------ the gross of the part


@pytest.mark.parametrize(("body", "amount", "subject"), [
    (("Sesuai kontrak dengan nilai kontrak Rp 800.000.000, berikut tagihan termin 1 "
      "(uang muka 20%) INV/2026/12/3330 tanggal 1 Desember 2026:\n"
      "Uang muka 20%    Rp 160.000.000\nPPN 11%          Rp  17.600.000\n"
      "Total            Rp 177.600.000\nJatuh tempo 15 Desember 2026.\n"), "177600000.00",
     "Tagihan Termin 1 (DP 20%) - INV/2026/12/3330"),
    (("Invoice INV-3331 dated 1 December 2026 for the deposit (contract value GBP 50,000.00):\n"
      "Deposit 20%   GBP 10,000.00\nVAT 20%       GBP 2,000.00\nTotal         GBP 12,000.00\n"
      "Payment terms: 14 days.\n"), "12000.00", "Invoice INV-3331"),
    (("Anzahlungsrechnung RE-3332 vom 01.12.2026 (Auftragswert 30.000,00 EUR netto)\n"
      "Anzahlung 30 %      9.000,00 EUR\nUSt. 19 %           1.710,00 EUR\n"
      "Gesamt              10.710,00 EUR\nZahlbar innerhalb von 10 Tagen.\n"), "10710.00",
     "Rechnung"),
])
def test_the_part_billed_is_due_with_its_tax(body, amount, subject):
    rec = invoice(body, subject)
    assert rec["amount"] == amount, rec["reason"]
    assert not rec["needs_human"], rec["reason"]


def test_a_total_that_is_not_the_part_plus_its_tax_goes_to_a_person():
    rec = invoice("Invoice INV-3333 dated 1 December 2026 for the deposit (contract value "
                  "GBP 50,000.00):\nDeposit 20%   GBP 10,000.00\nVAT 20%       GBP 2,000.00\n"
                  "Total         GBP 60,000.00\nPayment terms: 14 days.\n")
    assert rec["needs_human"], rec


# ------------------------------------------------------------------ a line announcing parts


@pytest.mark.parametrize(("body", "amount", "subject"), [
    (("Melanjutkan kesepakatan pembayaran 4x cicilan (total Rp 100.000.000), berikut tagihan "
      "cicilan ke-3:\nNo: INV/2026/12/3340\nTanggal: 1 Des 2026\nNilai: Rp 25.000.000\n"
      "Jatuh tempo: 15 Des 2026\n"), "25000000.00", "Tagihan cicilan ke-3 - INV/2026/12/3340"),
    (("As agreed, payment in four instalments (total GBP 20,000.00); here is instalment 3.\n"
      "Invoice INV-3341, dated 1 December 2026\nAmount: GBP 5,000.00\n"
      "Payment terms: 14 days.\n"), "5000.00", "Invoice INV-3341"),
    (("Согласно графику платежей (всего 400 000,00 руб., 4 платежа) направляем счёт на "
      "третий платёж.\nСчёт № СЧ-3342 от 01.12.2026 — 100 000,00 руб.\n"
      "Оплатить до 11.12.2026.\n"), "100000.00", "Счёт СЧ-3342 — платёж 3 из 4"),
])
def test_a_line_announcing_parts_states_the_whole_not_the_part(body, amount, subject):
    rec = invoice(body, subject)
    _acted_right(rec, amount)
    assert rec["amount"] == amount, rec["reason"]


def test_a_billed_part_with_two_other_sums_goes_to_a_person():
    rec = invoice("Pembayaran 3x cicilan (total Rp 90.000.000), berikut tagihan cicilan ke-2:\n"
                  "No: INV/2026/12/3343\nTanggal: 1 Des 2026\nNilai: Rp 30.000.000\n"
                  "Denda keterlambatan cicilan ke-1: Rp 1.500.000\n"
                  "Jatuh tempo: 15 Des 2026\n", "Tagihan cicilan ke-2 - INV/2026/12/3343")
    assert rec["amount"] in ("30000000.00", "31500000.00") or rec["needs_human"]


# ------------------------------------------------------------------ provisional, pro-forma


@pytest.mark.parametrize(("body", "subject", "amount"), [
    (("Provisional invoice INV-3350 dated 1 December 2026 so that your PO can be raised. "
      "The figure is an estimate until the crew sheets are in.\nEstimated total: "
      "GBP 2,100.00\nDue: 30 days from final invoice\n"), "Invoice INV-3350", "2100.00"),
    (("Кидаю предварительный счёт СЧ-3351 от 01.12.2026. Сумма ориентировочная — около "
      "250 000 руб., точная будет после подписания акта.\n"), "Счёт СЧ-3351", "250000.00"),
    (("Ini proforma untuk kebutuhan PO, angkanya masih estimasi.\n"
      "Proforma INV/2026/12/3352 (01/12/2026)\nEstimasi total: Rp 12.500.000\n"),
     "PROFORMA INV/2026/12/3352", "12500000.00"),
    (("anbei die vorläufige Rechnung RE-3353 vom 01.12.2026 für Ihre Bestellung. "
      "Voraussichtlicher Gesamtbetrag: 4.200,00 €, die Schlussrechnung ersetzt diese.\n"),
     "Vorläufige Rechnung RE-3353", "4200.00"),
    (("Pro-forma invoice PF-3354 dated 1 December 2026 for the hoists, USD 3,000.00.\n"),
     "Pro-forma invoice PF-3354", "3000.00"),
])
def test_a_provisional_invoice_carries_its_estimate_for_a_person(body, subject, amount):
    rec = invoice(body, subject)
    assert rec["needs_human"], rec
    assert rec["amount"] == amount
    assert rec["invoice_numbers"] == [subject.split()[-1]]


@pytest.mark.parametrize("body", [
    ("Invoice INV-3360 dated 1 December 2026 for the deposit: GBP 3,000.00, due within 14 "
     "days. The final invoice will follow on completion.\n"),
    ("1. Abschlagsrechnung RE-3361 vom 01.12.2026 über 5.950,00 €, zahlbar innerhalb von "
     "14 Tagen. Die Schlussrechnung folgt nach Abnahme.\n"),
    ("Invoice INV-3362 dated 1 December 2026, total USD 900.00, due in 30 days, as per "
     "our estimate of 12 November.\n"),
])
def test_a_final_invoice_to_follow_leaves_this_one_confident(body):
    rec = invoice(body)
    assert not rec["needs_human"], rec["reason"]


# ------------------------------------------------------------------ credit notes, transfer


@pytest.mark.parametrize(("body", "amount"), [
    (("Rechnung RE-3370 vom 01.12.2026      1.190,00 € brutto\n"
      "abzgl. Gutschrift GS-0099               -119,00 €\n"
      "Überweisungsbetrag                    1.071,00 €\nBitte bis zum 31.12.2026 überweisen.\n"),
     "1071.00"),
    (("Invoice INV/2026/12/3371 tertanggal 1 Desember 2026 sebesar Rp 5.500.000 kami "
      "kompensasikan dengan nota kredit NK/2026/0044 sebesar Rp 500.000.\n\n"
      "Sisa yang perlu dibayar: Rp 5.000.000\nJatuh tempo: 31 Desember 2026\n"), "5000000.00"),
    (("Invoice INV-3372 dated 1 December 2026: GBP 3,000.00. We have set our credit note "
      "CN-0051 for GBP 400.00 against it.\nAmount due: GBP 2,600.00 by 31 December 2026.\n"),
     "2600.00"),
])
def test_a_credit_note_offset_leaves_an_invoice_for_the_rest(body, amount):
    rec = invoice(body, "Invoice and credit note")
    assert (rec["amount"], rec["due_date"]) == (amount, "2026-12-31")
    assert not rec["needs_human"], rec["reason"]


# ------------------------------------------------------------------ German without umlauts


def test_a_german_due_date_written_without_umlauts_is_read():
    rec = invoice("RECHNUNG\nRechnungs-Nr.: RE-3380\nDatum: 02.11.2026\n"
                  "Gesamtbetrag   1.000,00 EUR\nFaellig am 16.11.2026 ohne Abzug\n")
    assert (rec["due_date"], rec["payment_terms_days"]) == ("2026-11-16", 14)


# ------------------------------------------------------------------ which number is this one


def _known(*numbers: str):
    return replace(CTX, known_invoice_numbers=numbers)


def _invoice_known(body: str, subject: str, *known: str) -> dict[str, object]:
    return invoice(body, subject, _known(*known))


@pytest.mark.parametrize(("body", "subject"), [
    (("anbei die Schlussrechnung zum Projekt:\nGesamt brutto    11.900,00 €\n"
      "abzgl. Abschlagszahlung (RE-2201)   -5.000,00 €\nnoch zu zahlen    6.900,00 €\n"
      "Rechnungsdatum: 01.12.2026, zahlbar binnen 14 Tagen.\n"), "Schlussrechnung RE-2290"),
    (("Final invoice for the project:\nTotal GBP 9,000.00\nLess deposit invoiced on "
      "INV-2201: -GBP 3,000.00\nBalance due: GBP 6,000.00\nInvoice date 1 December 2026, "
      "payment within 14 days.\n"), "Final invoice INV-2290"),
])
def test_the_earlier_invoice_taken_off_is_not_this_invoices_number(body, subject):
    rec = _invoice_known(body, subject, "RE-2201", "INV-2201")
    assert rec["invoice_numbers"] == [subject.split()[-1]], rec
    assert not rec["needs_human"], rec["reason"]


@pytest.mark.parametrize(("body", "subject", "new", "old"), [
    (("wir haben die Rechnung RE-2226 storniert und durch die korrigierte Rechnung RE-2307 "
      "ersetzt.\nRechnungsbetrag: 1.190,00 €\nRechnungsdatum: 01.12.2026\nFällig: 31.12.2026\n"),
     "Korrigierte Rechnung RE-2307", "RE-2307", "RE-2226"),
    (("Invoice INV-2226 has been cancelled and replaced by the corrected invoice INV-2307 "
      "attached.\nTotal: GBP 800.00\nInvoice date: 1 December 2026\nDue: 31 December 2026\n"),
     "Corrected invoice INV-2307", "INV-2307", "INV-2226"),
    (("Счёт № СЧ-2307 от 01.12.2026 выставлен взамен счёта № СЧ-2226, который прошу "
      "аннулировать.\nИтого к оплате: 50 000,00 руб.\nСрок оплаты: до 31.12.2026.\n"),
     "Счёт СЧ-2307 взамен СЧ-2226", "СЧ-2307", "СЧ-2226"),
    (("Invoice INV/2026/2307 ini menggantikan invoice INV/2026/2226 yang kami batalkan.\n"
      "Total tagihan: Rp 4.000.000\nTanggal invoice: 1 Desember 2026\n"
      "Jatuh tempo: 31 Desember 2026\n"), "Revisi invoice INV/2026/2307", "INV/2026/2307",
     "INV/2026/2226"),
])
def test_a_corrected_invoice_is_read_as_the_new_one_and_shown_to_a_person(
        body, subject, new, old):
    rec = _invoice_known(body, subject, old)
    assert rec["invoice_numbers"] == [new], rec
    assert rec["needs_human"]
    assert old in str(rec["reason"])


def test_a_corrected_invoice_is_told_by_its_words_when_the_ledger_knows_both():
    rec = _invoice_known("wir haben die Rechnung RE-2226 storniert und durch die beigefügte "
                         "korrigierte Rechnung RE-2307 ersetzt.\nRechnungsbetrag: 1.190,00 €\n"
                         "Rechnungsdatum: 01.12.2026\nFällig: 31.12.2026\n", "Rechnung",
                         "RE-2226", "RE-2307")
    assert rec["invoice_numbers"] == ["RE-2307"]
    assert rec["needs_human"]
    assert "RE-2226" in str(rec["reason"])


@pytest.mark.parametrize("body", [
    "Rechnung RE-3390 vom 01.12.2026 über 1.190,00 €.\nBitte bis zum 15.12.2026 überweisen.\n",
    "Rechnung RE-3391 vom 01.12.2026 über 1.190,00 €. Bitte bis 15.12.2026 zahlen.\n",
])
def test_a_german_please_pay_by_date_is_the_due_date(body):
    rec = invoice(body)
    assert (rec["due_date"], rec["payment_terms_days"]) == ("2026-12-15", 14)


# ------------------------------------------------------------------ a Russian УПД (ФНС XML)


def _upd(number: str = "СЧ-4401", buyer: str = "ООО &quot;Ромашка&quot;", code: str = "643",
         file_id: str = "ON_NSCHFDOPPR_2BM_2BE_20261201_1", dtd: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="windows-1251"?>\n{dtd}'
            f'<Файл ИдФайл="{file_id}" ВерсФорм="5.03">\n'
            '<Документ КНД="1115131" Функция="СЧФДОП">\n'
            f'<СвСчФакт НомерДок="{number}" ДатаДок="01.12.2026">\n'
            f'<СвПокуп><ИдСв><СвЮЛУч НаимОрг="{buyer}" ИННЮЛ="7800000000"/></ИдСв></СвПокуп>\n'
            f'<ДенИзм КодОКВ="{code}"/>\n</СвСчФакт>\n<ТаблСчФакт>\n'
            '<СведТов НомСтр="1" НаимТов="Монтаж" СтТовБезНДС="50000.00" '
            'СтТовУчНал="61000.00"/>\n'
            '<ВсегоОпл СтТовБезНДСВсего="50000.00" СтТовУчНалВсего="61000.00"/>\n'
            '</ТаблСчФакт>\n</Документ>\n</Файл>\n').encode("cp1251")


def test_a_upd_is_read_for_its_number_date_currency_and_total():
    from mailbot.reading import einvoice
    e = einvoice.read_attachment("upd.xml", "application/xml", _upd())
    assert e is not None
    assert (e.number, e.issue_date.isoformat(), e.currency, str(e.amount_due), e.buyer_name) \
        == ("СЧ-4401", "2026-12-01", "RUB", "61000.00", 'ООО "Ромашка"')
    euro = einvoice.read_attachment("upd.xml", "application/xml", _upd(code="978"))
    assert euro is not None
    assert euro.currency == "EUR"


def test_a_upd_with_unescaped_quotes_in_a_name_is_read_without_the_name():
    from mailbot.reading import einvoice
    e = einvoice.read_attachment("upd.xml", "application/xml", _upd(buyer='ООО "Ромашка"'))
    assert e is not None
    assert (e.number, str(e.amount_due), e.buyer_name) == ("СЧ-4401", "61000.00", None)


@pytest.mark.parametrize("payload", [
    _upd(file_id="ON_NKORSCHFDOPPOK_2BM_2BE_20261201_1"),  # a correction (УКД)
    _upd(code="999"),  # a currency code nobody here knows
    _upd(dtd='<!DOCTYPE Файл [<!ENTITY x "СЧ-1">]>\n', number="&x;"),
])
def test_a_upd_correction_an_unknown_currency_or_a_dtd_is_not_read(payload):
    from mailbot.reading import einvoice
    assert einvoice.read_attachment("upd.xml", "application/xml", payload) is None


def test_an_invoice_copy_with_a_upd_takes_its_terms_from_the_mail():
    msg = EmailMessage()
    msg["From"] = "Staff <staff@acme.test>"
    msg["To"] = "ap@client.test"
    msg["Cc"] = BOT
    msg["Subject"] = "УПД"
    msg["Date"] = format_datetime(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<inv-upd@acme.test>"
    msg.set_content("Во вложении УПД. Оплата в течение 14 календарных дней с даты документа.\n")
    msg.add_attachment(_upd(buyer='ООО "Ромашка"'), maintype="application", subtype="xml",
                       filename="ON_NSCHFDOPPR_1.xml")
    raw = (f"Authentication-Results: {MX}; dkim=pass header.d=acme.test; "
           "dmarc=pass header.from=acme.test\r\n").encode() + msg.as_bytes()
    rec = as_record(classify(parse_message(raw), CTX))
    assert (rec["invoice_numbers"], rec["amount"], rec["currency"], rec["due_date"]) == (
        ["СЧ-4401"], "61000.00", "RUB", "2026-12-15")

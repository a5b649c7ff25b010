"""Invoice copies of the thirteenth blind set's kind: examples written here in other
wordings, not the set's messages.

- several invoices named in the subject ("Invoices X and Y", "Rechnungen X und Y",
  "Счета № X и № Y", "Invoice 0411 & 0412/KSB/XI/2026" with the shared tail written once)
  and set out in the body one a line with their own sums, under no label of their own,
  are all listed, with their sum, for a person;
- a due date on a statement line naming another, older invoice is that invoice's, not
  the due date of the invoice this mail sends;
- terms counted in calendar days from the signing of an acceptance document ("14 hari
  kalender setelah BAST ditandatangani") count from an event: a person sets the due date;
- a sum put into another currency at an exchange rate "for information" ("по курсу НБ РК
  на сегодня это около 2 900 000 KZT", "at today's rate that is about EUR ...") is no
  amount of the invoice, even when it is the mail's only sum beside a PDF in the contract
  currency: no rival to the PDF's amount;
- a new invoice with a recap of the client's older open invoices beside it ("rekap
  tagihan yang masih terbuka", "statement of account for your information"), the older
  ones all known to the ledger and the new one's line stating the amount read, is the new
  invoice's copy: no statement for a person;
- a staff member handling a known invoice with the client by hand (asking after a payment
  "open since October", any news of it, offering to split it into instalments), in a copy
  to the bot with no attachment, is no new invoice: `other`, nothing registered.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from mailbot.domain.values import Kind
from mailbot.reading import extract, invoices
from tests.test_invoices import CTX, facts, message, minimal_pdf, run

MAILED = "Mon, 09 Nov 2026 10:00:00 +0000"


# ------------------------------------------------------------------ two invoices, one mail

@pytest.mark.parametrize(("subject", "body", "numbers", "amount"), [
    ("Invoices INV-2026-0711 and INV-2026-0712",
     ("Hi Paul,\n\nWe have split the work over your two purchase orders:\n\n"
      "  INV-2026-0711   (PO 5521)  soil cores, 12 samples    GBP 1,450.00 incl. VAT\n"
      "  INV-2026-0712   (PO 5530)  moisture tests, 3 samples  GBP   610.00 incl. VAT\n\n"
      "Both are dated 9 November 2026 and payable within 30 days.\n\nRegards\nSam\n"),
     ("INV-2026-0711", "INV-2026-0712"), Decimal("2060.00")),
    ("Rechnungen RE-2026-0721 und RE-2026-0722",
     ("Guten Tag Frau Berg,\n\nanbei die Aufstellung der beiden Rechnungen:\n\n"
      "  RE-2026-0721   Bodenproben, 8 Stück          1.190,00 EUR\n"
      "  RE-2026-0722   Nachuntersuchung, 2 Stück       297,50 EUR\n"
      "                                   Gesamt     1.487,50 EUR\n\n"
      "Zahlbar jeweils bis zum 09.12.2026.\n\nMit freundlichen Grüßen\nSam\n"),
     ("RE-2026-0721", "RE-2026-0722"), Decimal("1487.50")),
    ("Счета № 2711 и № 2712",
     ("Ирина, добрый день.\n\nНаправляем два счёта по двум заявкам:\n\n"
      "  № 2711 от 09.11.2026 — отбор проб, 20 000,00 руб. (в т.ч. НДС)\n"
      "  № 2712 от 09.11.2026 — анализ проб, 45 000,00 руб. (в т.ч. НДС)\n"
      "  Всего: 65 000,00 руб.\n\nОплатить оба счёта нужно до 30.11.2026.\n"),
     ("2711", "2712"), Decimal("65000.00")),
    ("Invoice 0411 & 0412/KSB/XI/2026",
     ("Yth. Ibu Ratna,\n\nBerikut dua tagihan untuk pekerjaan bulan ini:\n\n"
      "1. 0411/KSB/XI/2026 - survei lokasi        : Rp 4.500.000\n"
      "2. 0412/KSB/XI/2026 - laporan akhir        : Rp 1.500.000\n"
      "   Jumlah kedua tagihan                     : Rp 6.000.000\n\n"
      "Keduanya tertanggal 9 November 2026, jatuh tempo 14 hari.\n"),
     ("0411/KSB/XI/2026", "0412/KSB/XI/2026"), Decimal("6000000.00")),
    # the shared head written once ("RE-2026-0731 und 0732")
    ("Rechnungen RE-2026-0731 und 0732",
     ("Hallo Herr Kurz,\n\nhier die zwei Rechnungen:\n"
      "  RE-2026-0731   Probenahme      500,00 EUR\n"
      "  RE-2026-0732   Auswertung      250,00 EUR\n"
      "Beide zahlbar innerhalb von 14 Tagen.\n"),
     ("RE-2026-0731", "RE-2026-0732"), Decimal("750.00")),
])
def test_invoices_listed_in_the_subject_and_set_out_in_the_body_go_to_a_person(
        subject, body, numbers, amount):
    c = run(message(body, date_=MAILED, subject=subject))
    assert c.kind == Kind.INVOICE_COPY
    assert c.needs_human
    assert (c.reason or "").startswith("several invoices"), c.reason
    assert c.invoice_numbers == numbers
    assert c.invoice is not None
    assert c.invoice.amount == amount


def test_an_older_invoice_named_beside_the_subjects_pair_is_not_one_of_them():
    body = ("Hello,\n\nTwo invoices this month:\n"
            "  INV-2026-0741   sampling    GBP 300.00\n"
            "  INV-2026-0742   analysis    GBP 200.00\n"
            "Both payable within 30 days.\n\n"
            "INV-2026-001 is still open from September; a separate reminder follows.\n")
    c = run(message(body, date_=MAILED, subject="Invoices INV-2026-0741 and INV-2026-0742"))
    assert c.invoice_numbers == ("INV-2026-0741", "INV-2026-0742")
    assert c.invoice is not None
    assert c.invoice.amount == Decimal("500.00")


def test_a_subject_pair_the_body_does_not_set_out_is_not_read_as_two_invoices():
    # the body states one invoice only: the subject's second number is not confirmed
    body = ("Invoice INV-2026-0751 dated 9 November 2026, total GBP 900.00, "
            "payable within 30 days.\n")
    c = run(message(body, date_=MAILED, subject="Invoice INV-2026-0751 and 0752"))
    assert not (c.reason or "").startswith("several invoices")
    assert c.invoice is not None
    assert c.invoice.amount == Decimal("900.00")


@pytest.mark.parametrize(("text", "numbers"), [
    ("Invoices 0411 & 0412/KSB/XI/2026", ["0411/KSB/XI/2026", "0412/KSB/XI/2026"]),
    ("Rechnungen RE-2026-0731, 0732 und 0733", ["RE-2026-0731", "RE-2026-0732", "RE-2026-0733"]),
    ("invoices INV-2026-001 and 002", ["INV-2026-001", "INV-2026-002"]),
    # a year is no serial to vary, a year after a slash no second item
    ("Invoice 0411/KSB/XI/2026 dan 0412", ["0411/KSB/XI/2026"]),
    ("Invoice INV-0731 / 2026", ["INV-0731"]),
    ("invoice INV-2026-001 and 2 others", ["INV-2026-001"]),
])
def test_a_list_writing_the_shared_part_once_is_filled_in(text, numbers):
    assert extract.invoice_numbers(text) == numbers


# ------------------------------------------------------------------ older invoice's due date

@pytest.mark.parametrize(("body", "due"), [
    (("Please find our new invoice INV-2026-0761 dated 9 November 2026.\n"
      "    Amount: GBP 1,200.00\n    Terms:  net 14 days\n\n"
      "Your account for information:\n"
      "    INV-2026-001   (due 30 Oct 2026)   GBP 3,000.00   overdue\n"
      "    INV-2026-0761  (due 23 Nov 2026)   GBP 1,200.00\n"
      "    Total balance                      GBP 4,200.00\n"), date(2026, 11, 23)),
    (("Rechnung RE-2026-0762 vom 09.11.2026 über 800,00 EUR, zahlbar innerhalb 14 Tagen.\n\n"
      "Kontoauszug zu Ihrer Information:\n"
      "  RE-2026-1001   fällig am 15.10.2026    1.190,00 EUR   überfällig\n"
      "  Saldo                                  1.990,00 EUR\n"), date(2026, 11, 23)),
    (("Invoice INV-2026-0763 dated 9 November 2026, total GBP 500.00, net 30 days.\n"
      "Still open: INV-2026-002, due date 01/10/2026, GBP 250.00.\n"), date(2026, 12, 9)),
])
def test_an_older_invoices_due_date_is_not_the_new_ones(body, due):
    f = facts(message(body, date_=MAILED, subject="Invoice"))
    assert f.due_date == due


def test_the_invoices_own_due_date_beside_an_older_one_stays():
    body = ("Invoice INV-2026-0764 dated 9 November 2026, GBP 700.00, due 20 November 2026 "
            "(INV-2026-001 was due 30 October 2026).\n")
    f = facts(message(body, date_=MAILED, subject="Invoice INV-2026-0764"))
    assert f.due_date == date(2026, 11, 20)


# ------------------------------------------------------------------ staff handling by hand

@pytest.mark.parametrize(("subject", "body"), [
    ("Offene Rechnung RE-2026-1001",
     ("Hallo Frau Muster,\n\nich melde mich kurz wegen der Rechnung RE-2026-1001 "
      "(1.190,00 EUR), die seit Anfang Oktober offen ist. Gibt es schon Neuigkeiten aus "
      "Ihrer Buchhaltung?\n\nGrüße\nSam\n")),
    ("RE-2026-1001",
     ("Guten Tag,\n\ndie Rechnung RE-2026-1001 über 1.190,00 EUR steht bei uns weiterhin "
      "offen. Können Sie mir kurz den Stand der Zahlung mitteilen?\n\nSam\n")),
    ("RE-2026-1001 – Ratenzahlung",
     ("Hallo Herr Lang,\n\nzu Ihrer Bitte um Ratenzahlung für die Rechnung RE-2026-1001 "
      "(1.190,00 EUR): zwei Raten zu je 595,00 EUR sind für uns in Ordnung.\n\nSam\n")),
    ("Счёт СЧ-2026-118 — уточнение",
     ("Добрый день!\n\nХотел уточнить по счёту СЧ-2026-118 (50 000,00 руб.): вы просили "
      "оплату частями. Можем согласовать график — две части по 25 000,00 руб. "
      "Подтвердите, пожалуйста.\n")),
    ("Счёт СЧ-2026-118",
     ("Елена, добрый день.\n\nЕсть ли новости по оплате счёта СЧ-2026-118 на 50 000,00 "
      "руб.? Бухгалтерия пока не видит поступления.\n")),
    ("Invoice INV-2026-001",
     ("Hi Alice,\n\nFollowing up on INV-2026-001 (USD 2,400.00), open since October - "
      "is there any update on the payment from your side?\n\nSam\n")),
    ("INV-2026-001 instalments",
     ("Hi Alice,\n\nAs discussed, we are happy for INV-2026-001 (USD 2,400.00) to be paid in "
      "two instalments of USD 1,200.00. Could you confirm?\n\nSam\n")),
    ("Invoice INV-2026-002",
     ("Pak Budi,\n\nmenindaklanjuti invoice INV-2026-002 (Rp 12.000.000), apakah sudah ada "
      "kabar mengenai pembayarannya?\n\nTerima kasih\n")),
    ("Invoice INV-2026-002 - cicilan",
     ("Pak Budi,\n\nterkait permintaan Bapak untuk membayar invoice INV-2026-002 "
      "(Rp 12.000.000) secara bertahap, kami setuju dua kali cicilan Rp 6.000.000.\n")),
])
def test_a_staff_member_handling_a_known_invoice_by_hand_is_no_new_invoice(subject, body):
    c = run(message(body, date_=MAILED, subject=subject))
    assert c.kind == Kind.OTHER, c.reason
    assert not c.needs_human
    assert c.invoice is None
    assert c.invoice_numbers


@pytest.mark.parametrize(("subject", "body"), [
    # a new invoice (unknown to the ledger) that may be paid in instalments
    ("Invoice INV-2026-0771",
     ("Hi Alice,\n\nInvoice INV-2026-0771 for GBP 2,400.00; you may pay it in two "
      "instalments. Any update on the PO number is welcome.\n")),
    # the known invoice's details sent again, due date still to come
    ("Rechnung RE-2026-1001",
     ("Guten Tag,\n\nwie gewünscht nochmals die Daten der Rechnung RE-2026-1001: "
      "1.190,00 EUR, fällig am 15.12.2026. Sie ist noch offen.\n")),
])
def test_handling_words_beside_a_new_invoice_or_a_due_date_to_come_keep_the_copy(
        subject, body):
    c = run(message(body, date_=MAILED, subject=subject))
    assert c.kind == Kind.INVOICE_COPY



@pytest.mark.parametrize("text", [
    "$100.000 000.000 000.000 000.000.000",
    "Total: РУБ 100.000 000.000 000.000 000.000.000",
])
def test_a_run_of_digit_groups_too_long_for_any_sum_is_no_amount(text):
    assert invoices.from_text(text, "body").amount is None


# ------------------------------------------------------------------ terms from an event

@pytest.mark.parametrize("terms", [
    "Jatuh tempo: 14 (empat belas) hari kalender setelah BAST ditandatangani.",
    "Pembayaran 30 hari kalender terhitung sejak berita acara serah terima ditandatangani.",
    "Payment: 14 calendar days after signing of the acceptance certificate.",
    "Оплата в течение 20 календарных дней после подписания акта сдачи-приёмки.",
])
def test_calendar_days_from_signing_an_acceptance_document_go_to_a_person(terms):
    pdf = minimal_pdf(["INVOICE No. KSB/INV/XI/2026/0781", "Tanggal: 09 November 2026",
                       "TOTAL TAGIHAN   Rp 159.840.000", terms])
    c = run(message("Terlampir invoice termin 2.", date_=MAILED, subject="Tagihan termin 2",
                    attachments=(("inv.pdf", "application/pdf", pdf),)))
    assert c.kind == Kind.INVOICE_COPY
    assert c.needs_human
    assert "event" in (c.reason or ""), c.reason


def test_calendar_days_from_the_invoice_date_are_ordinary_terms():
    pdf = minimal_pdf(["INVOICE No. KSB/INV/XI/2026/0782", "Tanggal: 09 November 2026",
                       "TOTAL TAGIHAN   Rp 15.000.000",
                       "Jatuh tempo: 14 hari kalender setelah tanggal invoice."])
    c = run(message("Terlampir invoice.", date_=MAILED, subject="Invoice",
                    attachments=(("inv.pdf", "application/pdf", pdf),)))
    assert not c.needs_human, c.reason
    assert c.invoice is not None
    assert c.invoice.due_date == date(2026, 11, 23)


# ------------------------------------------------------------------ a sum at an exchange rate

def _usd_pdf(number: str) -> bytes:
    return minimal_pdf([f"INVOICE No. {number}", "Date: 09.11.2026",
                        "Laboratory services                USD 8,000.00",
                        "Less prepayment received           USD -3,000.00",
                        "BALANCE DUE                        USD 5,000.00",
                        "Payment term: 30 days from the invoice date."])


@pytest.mark.parametrize("body", [
    ("Инвойс во вложении. Справочно: в тенге по курсу НБ РК на сегодня это около\n"
     "2 600 000 KZT, оплата - в долларах США по контракту.\n"),
    ("Счёт во вложении. Для информации: по курсу ЦБ на 09.11.2026 это примерно "
     "460 000,00 руб., но оплата в долларах.\n"),
    ("Please find the invoice attached. For your information, at today's rate that is "
     "about GBP 3,950.00; payment is due in US dollars.\n"),
    ("Anbei die Rechnung. Zur Information: zum heutigen Kurs sind das rund 4.300,00 EUR; "
     "bezahlt wird in USD.\n"),
    ("Terlampir invoice. Sebagai informasi, dengan kurs hari ini sekitar Rp 79.000.000; "
     "pembayaran dalam USD.\n"),
])
def test_a_sum_at_an_exchange_rate_beside_the_pdfs_amount_is_no_rival(body):
    c = run(message(body, date_=MAILED, subject="Invoice 2781",
                    attachments=(("inv.pdf", "application/pdf", _usd_pdf("2781")),)))
    assert c.kind == Kind.INVOICE_COPY
    assert not c.needs_human, c.reason
    assert c.invoice is not None
    assert (c.invoice.amount, c.invoice.currency) == (Decimal("5000.00"), "USD")


def test_a_body_sum_not_put_at_a_rate_is_still_a_rival_to_the_pdf():
    body = "Счёт во вложении, к оплате 2 600 000 KZT.\n"
    c = run(message(body, date_=MAILED, subject="Invoice 2782",
                    attachments=(("inv.pdf", "application/pdf", _usd_pdf("2782")),)))
    assert c.needs_human


# ------------------------------------------------------------------ a recap beside a new invoice

RECAP_CTX = dataclasses.replace(CTX, known_invoice_numbers=(
    *CTX.known_invoice_numbers, "0301/KSB/X/2026", "0307/KSB/X/2026", "INV-2026-0301",
    "INV-2026-0307"))


@pytest.mark.parametrize(("subject", "body", "amount"), [
    ("Invoice 0391/KSB/XI/2026 dan rekap tagihan",
     ("Yth. Ibu Rina,\n\nTerlampir invoice terbaru kami:\n"
      "  0391/KSB/XI/2026 tanggal 09-11-2026\n"
      "  Survei lahan (3 lokasi)          Rp 10.000.000\n"
      "  PPN 11%                          Rp  1.100.000\n"
      "  Total                            Rp 11.100.000\n"
      "  Termin pembayaran: 14 hari\n\n"
      "Sebagai informasi, rekap tagihan yang masih terbuka:\n"
      "  0301/KSB/X/2026                  Rp 20.000.000\n"
      "  0307/KSB/X/2026                  Rp  5.500.000\n"
      "  0391/KSB/XI/2026                 Rp 11.100.000\n"
      "  Total saldo                      Rp 36.600.000\n"), Decimal("11100000.00")),
    ("Invoice INV-2026-0391 and statement",
     ("Dear Tom,\n\nHere is our latest invoice INV-2026-0391 dated 9 November 2026:\n"
      "  Site survey                      GBP 2,000.00\n"
      "  Total                            GBP 2,000.00\n"
      "  Payment within 14 days.\n\n"
      "Your open items, for information:\n"
      "  INV-2026-0301                    GBP 1,500.00\n"
      "  INV-2026-0307                    GBP   700.00\n"
      "  INV-2026-0391                    GBP 2,000.00\n"
      "  Balance                          GBP 4,200.00\n"), Decimal("2000.00")),
])
def test_a_recap_of_known_older_invoices_beside_a_new_one_needs_nobody(subject, body, amount):
    c = run(message(body, date_=MAILED, subject=subject), RECAP_CTX)
    assert c.kind == Kind.INVOICE_COPY
    assert not c.needs_human, c.reason
    assert c.invoice is not None
    assert c.invoice.amount == amount


@pytest.mark.parametrize(("subject", "body"), [
    # two invoices new to the ledger in the list: not a recap of older ones
    ("Invoice INV-2026-0391",
     ("Open items:\n  Invoice INV-2026-0391    GBP 2,000.00\n"
      "  Invoice INV-2026-0392    GBP 1,000.00\n  Balance          GBP 3,000.00\n"
      "Payment within 14 days.\n")),
    # the new invoice's own line in the recap disagrees with the amount read
    ("Invoice 0391/KSB/XI/2026",
     ("Terlampir invoice terbaru kami:\n  0391/KSB/XI/2026 tanggal 09-11-2026\n"
      "  Total                            Rp 11.100.000\n  Termin pembayaran: 14 hari\n\n"
      "Rekap tagihan yang masih terbuka:\n  0301/KSB/X/2026                  Rp 20.000.000\n"
      "  0307/KSB/X/2026                  Rp  5.500.000\n"
      "  0391/KSB/XI/2026                 Rp 12.100.000\n")),
    # every invoice listed is known already: a statement, not a new invoice's copy
    ("Statement INV-2026-0301",
     ("Your open items:\n  INV-2026-0301    GBP 1,500.00\n  INV-2026-0307    GBP 700.00\n"
      "Payment within 14 days please.\n")),
])
def test_a_list_that_is_no_recap_of_known_invoices_still_goes_to_a_person(subject, body):
    c = run(message(body, date_=MAILED, subject=subject), RECAP_CTX)
    assert c.needs_human

"""Invoice copies of the seventeenth blind set's kind: examples written here in other
wordings, not the set's messages.

- an invoice's number and date wrapped onto the next line after its word ("... и счёт\\n№
  СЧ-950 от 30.11.2026") still give the invoice's date (not the act's before it, nor the
  day it was mailed);
- a monthly charge of a yearly contract ("счёт за декабрь ... (годовая стоимость ...)")
  is chased for the month's sum, not the year's;
- an amount due after an advance already received, its label wrapped at the end of a line
  ("... к оплате\\nостаётся 200 000,00 руб."), is the rest, not the advance;
- "sofort und ohne Abzug zahlbar" is due on the invoice date;
- a payer's reference naming the part of a split payment ("INV-7 deel 1/2", "part 1 of 3")
  is a part payment, not the invoice in full;
- a staff member forwarding to colleagues and the bot an invoice mail a staff member sent
  to a client ("went out without AR in copy, forwarding for the ledger") is that
  invoice's copy, read from the forwarded mail (its client, its date); a mail of commands
  beside a forward stays a staff command, and a client's forwarded mail is no invoice copy.

(Bodies are sent with CRLF line ends too, as mail arrives.)
"""

from __future__ import annotations

import email.policy
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from mailbot.reading.classify import as_record, classify
from mailbot.reading.parse import parse_message
from tests.test_competing_totals import BOT, CTX, MX
from tests.test_competing_totals import invoice as invoice_lf
from tests.test_payment_facts import record as payment_record


def _raw(body: str, subject: str, *, sender: str = "Staff <staff@acme.test>",
         to: str = "ap@client.test", cc: str = BOT) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<inv17-1@acme.test>"
    msg.set_content(body)
    return (f"Authentication-Results: {MX}; dkim=pass header.d=acme.test; "
            "dmarc=pass header.from=acme.test\r\n").encode() + msg.as_bytes(
                policy=email.policy.SMTP)


def read(body: str, subject: str = "Invoice", **kw: str) -> dict[str, object]:
    return as_record(classify(parse_message(_raw(body, subject, **kw)), CTX))


def invoice(body: str, subject: str = "Invoice") -> dict[str, object]:
    """The record of a staff member's invoice mail, read with LF and with CRLF line ends
    (both must agree)."""
    rec = read(body, subject)
    assert rec["kind"] == "invoice_copy"
    lf = invoice_lf(body, subject)
    assert {k: lf[k] for k in ("amount", "issue_date", "due_date", "needs_human")} == {
        k: rec[k] for k in ("amount", "issue_date", "due_date", "needs_human")}
    return rec

# ------------------------------------------------------------------ the invoice's own date


@pytest.mark.parametrize(("body", "issued", "due"), [
    (("Добрый день!\n\nВо вложении акт сдачи-приёмки № 412 от 25.11.2026 и счёт\n"
      "№ СЧ-950 от 30.11.2026 на сумму 122 000,00 руб., в т.ч. НДС 22% — 22 000,00 руб.\n\n"
      "Оплата в течение 14 календарных дней с даты счёта.\n"), "2026-11-30", "2026-12-14"),
    (("Направляем УПД № 77 от 27.11.2026 и счёт на оплату\n№ СЧ-953 от 28.11.2026, сумма "
      "54 000,00 руб.\nСрок оплаты — 10 дней.\n"), "2026-11-28", "2026-12-08"),
])
def test_an_invoice_number_wrapped_after_its_word_keeps_its_date(body, issued, due):
    rec = invoice(body, subject="Счёт и акт")
    assert (rec["issue_date"], rec["due_date"]) == (issued, due), rec["reason"]


# ------------------------------------------------------------------ a month of a yearly contract


@pytest.mark.parametrize("whole", [
    "годовая стоимость обслуживания 1 200 000,00 руб., оплата ежемесячно",
    "годовая сумма договора 1 200 000,00 руб., платежи ежемесячные",
])
def test_a_month_of_a_yearly_contract_is_chased_for_the_month(whole):
    rec = invoice(("Добрый день!\n\nНаправляем счёт за декабрь по договору на сервисное "
                   f"обслуживание\nвентиляции № СО-7/26 ({whole}).\n\n"
                   "Счёт № СЧ-951 от 01.12.2026\n"
                   "Обслуживание вентиляции, декабрь 2026 — 100 000,00 руб., в т.ч. НДС 22% "
                   "18 032,79 руб.\n\nОплата до 15.12.2026.\n"), subject="Счёт СЧ-951")
    assert rec["amount"] != "1200000.00"
    assert (rec["amount"], rec["due_date"]) == ("100000.00", "2026-12-15"), rec["reason"]
    assert not rec["needs_human"], rec["reason"]


# ------------------------------------------------------------------ the rest after an advance


@pytest.mark.parametrize(("body", "amount", "due"), [
    (("Направляю счёт № СЧ-952 от 01.12.2026 на сумму 300 000,00 руб.\n\n"
      "С учётом ранее полученной предоплаты 100 000,00 руб. (п/п № 41 от 10.11.2026) к оплате\n"
      "остаётся 200 000,00 руб. Просьба оплатить до 10.12.2026.\n"), "200000.00", "2026-12-10"),
    (("Invoice INV-952 dated 1 December 2026 for GBP 9,000.00.\n\n"
      "Taking into account the deposit of GBP 3,000.00 received in October, the amount due\n"
      "now is GBP 6,000.00. Please pay by 15 December 2026.\n"), "6000.00", "2026-12-15"),
])
def test_the_rest_after_an_advance_is_due_when_its_label_wraps(body, amount, due):
    rec = invoice(body, subject="Invoice")
    assert rec["amount"] not in ("100000.00", "3000.00")
    assert (rec["amount"], rec["due_date"]) == (amount, due), rec["reason"]


# ------------------------------------------------------------------ payable at once


@pytest.mark.parametrize("terms", [
    "Der Rechnungsbetrag ist sofort und ohne Abzug zahlbar.",
    "Die Rechnung ist sofort nach Erhalt und ohne Abzug zu begleichen.",
])
def test_sofort_und_ohne_abzug_is_due_on_the_invoice_date(terms):
    rec = invoice(("Sehr geehrte Damen und Herren,\n\nfür den Einsatz berechnen wir:\n\n"
                   "Rechnung Nr. RE-2026-960 vom 01.12.2026\n"
                   "  Reparatur Glasdach                  2.000,00 €\n"
                   "  19 % MwSt.                            380,00 €\n"
                   "  Gesamt                              2.380,00 €\n\n"
                   f"{terms}\n"), subject="Rechnung RE-2026-960")
    assert (rec["amount"], rec["issue_date"], rec["due_date"]) == (
        "2380.00", "2026-12-01", "2026-12-01")
    assert not rec["needs_human"], rec["reason"]


# ------------------------------------------------------------------ forwarded for the ledger

_OUTLOOK_FORWARD = (
    "Hi both,\n\nThis went to the client last week without the AR mailbox in copy - "
    "forwarding so it gets onto the ledger.\n\nThanks,\nPriya\n\n"
    "From: Sam Staff <sam@acme.test>\nSent: 20 November 2026 16:05\n"
    "To: accounts@harbourview.test\nSubject: Invoice INV-970 - roof light repair\n\n"
    "Dear accounts team,\n\nPlease find our invoice for the roof light repair.\n\n"
    "  Invoice number: INV-970\n  Invoice date:   20 November 2026\n"
    "  Repair incl. materials        GBP 1,500.00\n  VAT @ 20%                       GBP 300.00\n"
    "  Total                         GBP 1,800.00\n\nPayment terms: 14 days.\n\n"
    "Kind regards,\nSam\n")

_GERMAN_FORWARD = (
    "Hallo Jana,\n\ndie Rechnung ging am 18.11. ohne den Bot raus, bitte erfassen.\n\n"
    "Gruß Tim\n\n-----Ursprüngliche Nachricht-----\nVon: Tim Staff <tim@acme.test>\n"
    "Gesendet: Mittwoch, 18. November 2026 11:20\nAn: Buchhaltung <rechnung@seehof.test>\n"
    "Betreff: Rechnung RE-2026-971\n\nSehr geehrte Damen und Herren,\n\n"
    "anbei die Rechnung RE-2026-971 vom 18.11.2026.\n\n  Netto    4.000,00 EUR\n"
    "  19 % USt.  760,00 EUR\n  Brutto   4.760,00 EUR\n\n"
    "Zahlungsziel: 30 Tage ab Rechnungsdatum.\n\nMit freundlichen Grüßen\nTim Staff\n")

_YANDEX_FORWARD = (
    "Коллеги, пересылаю счёт для учёта — забыл поставить AR в копию.\n\nИгорь\n\n"
    "-------- Пересылаемое сообщение --------\n"
    "17.11.2026, 10:40, \"Игорь Staff\" <igor@acme.test>:\n\n"
    "Анна, добрый день!\n\nСчёт № СЧ-972 от 17.11.2026 за монтаж перегородок, "
    "сумма 480 000,00 руб., в т.ч. НДС 22%. Оплата в течение 10 календарных дней.\n\n"
    "--\nС уважением,\nИгорь\n\n-------- Конец пересылаемого сообщения --------\n"
    "Кому: a.petrova@zavod-sever.test\n")


@pytest.mark.parametrize(("body", "subject", "client", "facts"), [
    (_OUTLOOK_FORWARD, "FW: Invoice INV-970 - roof light repair", "accounts@harbourview.test",
     ("INV-970", "1800.00", "2026-11-20", "2026-12-04")),
    (_GERMAN_FORWARD, "WG: Rechnung RE-2026-971", "rechnung@seehof.test",
     ("RE-2026-971", "4760.00", "2026-11-18", "2026-12-18")),
    (_YANDEX_FORWARD, "Fwd: Счёт СЧ-972", "a.petrova@zavod-sever.test",
     ("СЧ-972", "480000.00", "2026-11-17", "2026-11-27")),
])
@pytest.mark.parametrize("bot_in", ["to", "cc"])
def test_an_invoice_mail_forwarded_for_the_ledger_is_its_copy(body, subject, client, facts,
                                                              bot_in):
    colleague = "Colleague <colleague@acme.test>"
    to, cc = (BOT, colleague) if bot_in == "to" else (colleague, BOT)
    rec = read(body, subject, to=to, cc=cc)
    assert rec["kind"] == "invoice_copy", rec["reason"]
    assert (rec["invoice_numbers"][0], rec["amount"], rec["issue_date"],  # type: ignore[index]
            rec["due_date"]) == facts
    assert not rec["needs_human"], rec["reason"]
    classified = classify(parse_message(_raw(body, subject, to=to, cc=cc)), CTX)
    assert [a.email for a in classified.debtor_contacts] == [client]


def test_commands_beside_a_forwarded_invoice_stay_a_staff_command():
    body = "paid INV-970 1800.00 2026-11-30\n\n" + _OUTLOOK_FORWARD.split("\n\n", 3)[3]
    rec = read(body, "FW: Invoice INV-970 - roof light repair", to=BOT, cc="")
    assert rec["kind"] == "staff_command"


def test_a_clients_mail_forwarded_by_staff_is_no_invoice_copy():
    body = _OUTLOOK_FORWARD.replace("From: Sam Staff <sam@acme.test>",
                                    "From: Accounts <accounts@harbourview.test>").replace(
        "To: accounts@harbourview.test", "To: sam@acme.test")
    rec = read(body, "FW: Invoice INV-970 - roof light repair", to=BOT, cc="")
    assert rec["kind"] != "invoice_copy"


@pytest.mark.parametrize(("body", "subject"), [
    (_OUTLOOK_FORWARD.replace(
        "forwarding so it gets onto the ledger.",
        "forwarding so it gets onto the ledger. They say the PO is wrong, can you check "
        "with Sam before it is chased?"), "FW: Invoice INV-970 - roof light repair"),
    (_GERMAN_FORWARD.replace("bitte erfassen.",
                             "bitte erfassen. Hat der Kunde die Anzahlung schon bezahlt?"),
     "WG: Rechnung RE-2026-971"),
])
def test_a_forward_whose_note_asks_something_goes_to_a_person(body, subject):
    """The forwarder's own words are for colleagues: a question there is read by a person,
    who registers the invoice, rather than lost behind a copy registered by itself."""
    rec = read(body, subject, to=BOT, cc="Colleague <colleague@acme.test>")
    assert rec["kind"] == "invoice_copy", rec["reason"]
    assert rec["needs_human"], rec["reason"]
    assert "asks" in str(rec["reason"]), rec["reason"]


# ------------------------------------------------------------------ whose date it is


@pytest.mark.parametrize(("body", "issued"), [
    (("Направляем счёт на аванс по договору № 12/26-М от 05.10.2026 (монтаж витражей).\n\n"
      "Счёт № СЧ-973 от 01.12.2026 — аванс 30 %:\n  Сумма к оплате: 90 000,00 руб.\n\n"
      "Срок оплаты — не позднее 10.12.2026.\n"), "2026-12-01"),
    (("Anbei die Rechnung zum Auftrag Nr. 4471 vom 02.10.2026.\n\n"
      "Rechnung Nr. RE-2026-974 vom 30.11.2026\n  Gesamtbetrag 1.190,00 EUR\n\n"
      "Zahlbar bis 14.12.2026.\n"), "2026-11-30"),
    # a bare "N" typed for the numero sign before a lettered number
    (("Счёт на предоплату по договору N 88-П от 01.09.2026.\n\n"
      "Счёт N СЧ-976 от 27.11.2026 — предоплата 50 %:\n  Сумма к оплате: 40 000,00 руб.\n"
      "Срок оплаты — до 04.12.2026.\n"), "2026-11-27"),
])
def test_the_date_after_the_invoice_number_is_the_invoices_not_the_contracts(body, issued):
    rec = invoice(body, subject="Счёт / Rechnung")
    assert rec["issue_date"] == issued, rec["reason"]


# ------------------------------------------------------------------ an attached HTML invoice


def _with_html(body: str, html: str) -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = "Staff <staff@acme.test>"
    msg["To"] = "ap@client.test"
    msg["Cc"] = BOT
    msg["Subject"] = "Счёт СЧ-975"
    msg["Date"] = format_datetime(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<inv17-2@acme.test>"
    msg.set_content(body)
    msg.add_attachment(html.encode(), maintype="text", subtype="html",
                       filename="schet_SCH-975.html")
    raw = (f"Authentication-Results: {MX}; dkim=pass header.d=acme.test; "
           "dmarc=pass header.from=acme.test\r\n").encode() + msg.as_bytes()
    return as_record(classify(parse_message(raw), CTX))


_HTML_INVOICE = ("<html><body><h3>Счёт на оплату № СЧ-975 от 30.11.2026</h3><table>"
                 "<tr><td>Ремонт остекления</td><td>{net}</td></tr><tr><td>НДС 22%</td>"
                 "<td>{vat}</td></tr><tr><td><b>Всего к оплате</b></td><td><b>{total} руб.</b></td>"
                 "</tr></table></body></html>")


def test_an_attached_html_invoice_that_states_another_sum_goes_to_a_person():
    rec = _with_html("Высылаю счёт № СЧ-975 за ремонт остекления, сумма 256 200,00 руб. с НДС.\n"
                     "Оплата в течение 7 дней.\n",
                     _HTML_INVOICE.format(net="215 000,00", vat="47 300,00",
                                          total="262 300,00"))
    assert rec["kind"] == "invoice_copy"
    assert rec["needs_human"], rec["reason"]
    assert all(n in str(rec["reason"]) for n in ("256", "262")), rec["reason"]


def test_an_attached_html_invoice_gives_its_date():
    rec = _with_html("Высылаю счёт № СЧ-975 за ремонт остекления, сумма 262 300,00 руб. с НДС.\n"
                     "Оплата в течение 7 дней.\n",
                     _HTML_INVOICE.format(net="215 000,00", vat="47 300,00",
                                          total="262 300,00"))
    assert (rec["amount"], rec["issue_date"], rec["due_date"]) == (
        "262300.00", "2026-11-30", "2026-12-07")
    assert not rec["needs_human"], rec["reason"]


# ------------------------------------------------------------------ a part invoice's count


@pytest.mark.parametrize(("body", "number"), [
    (("wie vereinbart erhalten Sie die 3. Abschlagsrechnung.\n\n"
      "Abschlagsrechnung Nr. 3 – RE-2026-977 vom 01.12.2026\n"
      "  Leistung netto                 10.000,00 EUR\n  zuzüglich 19 % USt.     1.900,00 EUR\n"
      "  Rechnungsbetrag                11.900,00 EUR\n\nZahlungsziel 21 Tage netto.\n"),
     "RE-2026-977"),
    (("Please find our progress invoice below.\n\nProgress invoice No. 4 - INV-978, "
      "dated 1 December 2026\n  Works to date GBP 5,000.00\n  Amount due GBP 5,000.00\n\n"
      "Payment terms: 30 days.\n"), "INV-978"),
])
def test_a_part_invoices_count_is_not_its_number(body, number):
    rec = invoice(body, subject="Abschlagsrechnung / progress invoice")
    assert rec["invoice_numbers"] == [number]
    assert not rec["needs_human"], rec["reason"]


# ------------------------------------------------------------------ the document says which


def _with_pdf(body: str, lines: list[str]) -> dict[str, object]:
    from tests.test_invoices import minimal_pdf

    msg = EmailMessage()
    msg["From"] = "Staff <staff@acme.test>"
    msg["To"] = "ap@client.test"
    msg["Cc"] = BOT
    msg["Subject"] = "Service contract - first quarter invoice"
    msg["Date"] = format_datetime(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<inv17-3@acme.test>"
    msg.set_content(body)
    msg.add_attachment(minimal_pdf(lines), maintype="application", subtype="pdf",
                       filename="INV-980.pdf")
    raw = (f"Authentication-Results: {MX}; dkim=pass header.d=acme.test; "
           "dmarc=pass header.from=acme.test\r\n").encode() + msg.as_bytes()
    return as_record(classify(parse_message(raw), CTX))


_QUARTER_PDF = ["INVOICE", "Invoice No INV-980", "Date 01 Dec 2026",
                "Service agreement 2027 (annual contract value 20,000.00, for information)",
                "Quarter 1 of 4 5,000.00", "VAT 20% 1,000.00", "Total due GBP 6,000.00",
                "Terms: 30 days net. Due date: 31 Dec 2026"]


def test_an_attached_invoice_stating_the_sum_due_settles_the_notes_competing_figures():
    rec = _with_pdf(("Dear Ms Lane,\n\nAttached is the first quarterly invoice under the 2027 "
                     "service agreement\n(annual contract value GBP 20,000.00 + VAT, invoiced "
                     "quarterly).\n\n  Invoice INV-980 - first quarter\n"
                     "  GBP 5,000.00 + VAT GBP 1,000.00 = GBP 6,000.00, due within 30 days.\n"),
                    _QUARTER_PDF)
    assert (rec["amount"], rec["due_date"]) == ("6000.00", "2026-12-31"), rec["reason"]
    assert not rec["needs_human"], rec["reason"]


def test_an_attached_invoice_whose_sum_the_note_does_not_state_still_goes_to_a_person():
    rec = _with_pdf(("Dear Ms Lane,\n\nAttached is the first quarterly invoice under the 2027 "
                     "service agreement\n(annual contract value GBP 20,000.00 + VAT, invoiced "
                     "quarterly).\n\n  Invoice INV-980 - first quarter\n"
                     "  GBP 5,500.00 + VAT GBP 1,100.00 = GBP 6,600.00, due within 30 days.\n"),
                    _QUARTER_PDF)
    assert rec["needs_human"]


# ------------------------------------------------------------------ a part of a split payment


@pytest.mark.parametrize("reference", [
    "INV-2026-0981 deel 1/2", "INV-2026-0981 part 1 of 3", "RE-2026-981 Teil 1/2",
    "INV/2026/XII/0981 bagian 1 dari 2",
])
def test_a_reference_naming_the_part_of_a_split_payment_is_a_part_payment(reference):
    rec = payment_record(f"You've received 2,500.00 EUR from NOORDHAVEN B.V.\n\n"
                         f"Reference: {reference}\nArrived: 4 December 2026\n")
    assert rec["kind"] == "payment_confirmation"
    assert rec["payment_full"] is False


@pytest.mark.parametrize("reference", ["INV-2026-0982 deel 2/2", "INV-2026-0982 2026/27"])
def test_a_last_part_or_a_year_is_no_part_payment_of_its_own(reference):
    rec = payment_record(f"You've received 2,500.00 EUR from NOORDHAVEN B.V.\n\n"
                         f"Reference: {reference}\nArrived: 4 December 2026\n")
    assert rec["payment_full"] is True


# ------------------------------------------------------------------ the balance after a credit note


def test_the_balance_after_a_credit_note_beside_the_invoice_is_due():
    rec = _with_pdf(("Hi Tom,\n\nPlease find attached:\n\n"
                     " * Invoice INV-980 - gutter cleaning, blocks A-C:\n"
                     "   GBP 5,000.00 + VAT GBP 1,000.00 = GBP 6,000.00\n"
                     " * Credit note CN-0981 - block C visit cancelled:\n"
                     "   GBP 500.00 + VAT GBP 100.00 = GBP 600.00\n\n"
                     "Balance payable: GBP 5,400.00, due by 31 December 2026 (30 days).\n"),
                    ["INVOICE INV-980", "Date 01/12/2026", "Gutter cleaning 5,000.00",
                     "VAT 20% 1,000.00", "Invoice total GBP 6,000.00", "Terms: 30 days"])
    assert (rec["amount"], rec["due_date"]) == ("5400.00", "2026-12-31"), rec["reason"]
    assert not rec["needs_human"], rec["reason"]


def test_a_mail_sum_short_of_the_invoice_by_no_credit_note_still_goes_to_a_person():
    rec = _with_pdf(("Hi Tom,\n\nPlease find attached invoice INV-980 for the gutter cleaning.\n"
                     "Balance payable: GBP 5,400.00, due by 31 December 2026 (30 days).\n"),
                    ["INVOICE INV-980", "Date 01/12/2026", "Gutter cleaning 5,000.00",
                     "VAT 20% 1,000.00", "Invoice total GBP 6,000.00", "Terms: 30 days"])
    assert rec["needs_human"]


# ------------------------------------------------------------------ a part, its tax, their total


@pytest.mark.parametrize(("body", "amount"), [
    (("INVOICE\nNo. INV-990\nDate 01/12/2026\nContract value 100,000.00\n"
      "Deposit 20% 20,000.00\nVAT 20% 4,000.00\nTOTAL (GBP) 24,000.00\nTerms: 14 days\n"),
     "24000.00"),
    (("INVOICE\nNo. Invoice INV/2026/XII/0990\nTanggal 01/12/2026\nNilai Kontrak 400.000.000\n"
      "Termin 1 - Uang Muka 25% Rp 100.000.000\nPPN 11% Rp 11.000.000\nTOTAL Rp 111.000.000\n"
      "Jatuh tempo 14 hari\n"), "111000000.00"),
])
def test_a_total_that_is_the_one_part_plus_its_tax_is_due(body, amount):
    rec = invoice(body, subject="Invoice")
    assert rec["amount"] == amount, rec["reason"]
    assert rec["due_date"] == "2026-12-15"
    assert not rec["needs_human"], rec["reason"]


def test_a_part_that_is_not_its_stated_share_of_the_whole_still_goes_to_a_person():
    rec = invoice("INVOICE\nNo. INV-992\nDate 01/12/2026\nContract value 100,000.00\n"
                  "Deposit 30% 20,000.00\nVAT 20% 4,000.00\nTOTAL (GBP) 24,000.00\n"
                  "Terms: 14 days\n", subject="Invoice")
    assert rec["needs_human"]


def test_a_total_that_is_no_part_plus_its_tax_still_goes_to_a_person():
    rec = invoice("INVOICE\nNo. INV-991\nDate 01/12/2026\nContract value 100,000.00\n"
                  "Deposit 20% 20,000.00\nVAT 20% 4,000.00\nTOTAL (GBP) 26,500.00\n"
                  "Terms: 14 days\n", subject="Invoice")
    assert rec["needs_human"]


# ------------------------------------------------------------------ replacement work, no replaced invoice


def test_replacement_work_is_no_corrected_invoice():
    rec = invoice(("Terlampir 2 (dua) invoice untuk pekerjaan di gedung Bapak:\n\n"
                   "1. INV/2026/XII/0993 - Penggantian kaca lobby          : Rp 11.100.000\n"
                   "2. INV/2026/XII/0994 - Penggantian karet jendela lt. 3 : Rp  5.550.000\n"
                   "   Total kedua invoice                                 : Rp 16.650.000\n\n"
                   "Mohon pembayaran paling lambat 15 Desember 2026.\n"),
                  subject="Invoice INV/2026/XII/0993 & INV/2026/XII/0994")
    assert "replac" not in str(rec["reason"]), rec["reason"]
    assert rec["invoice_numbers"] == ["INV/2026/XII/0993", "INV/2026/XII/0994"]
    assert rec["amount"] == "16650000.00"


def test_two_invoices_each_with_its_document_are_listed_with_their_sum():
    from tests.test_invoices import minimal_pdf

    msg = EmailMessage()
    msg["From"] = "Staff <staff@acme.test>"
    msg["To"] = "ap@client.test"
    msg["Cc"] = BOT
    msg["Subject"] = "Invoices INV-995 & INV-996"
    msg["Date"] = format_datetime(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<inv17-4@acme.test>"
    msg.set_content("Dear Anna,\n\nplease find attached two invoices:\n\n"
                    "  INV-995  Survey and report                 EUR 2,000.00\n"
                    "  INV-996  Cradle design, stage 2            EUR 3,000.00\n"
                    "                                   Total     EUR 5,000.00\n\n"
                    "Both payable within 30 days.\n")
    for no, what, amount in (("INV-995", "Survey and report", "2,000.00"),
                             ("INV-996", "Cradle design stage 2", "3,000.00")):
        msg.add_attachment(minimal_pdf([f"INVOICE {no}", "Invoice date 1 December 2026",
                                        f"{what} {amount}", "VAT 0.00 (reverse charge)",
                                        f"Total EUR {amount}", "Payment: 30 days."]),
                           maintype="application", subtype="pdf", filename=f"{no}.pdf")
    raw = (f"Authentication-Results: {MX}; dkim=pass header.d=acme.test; "
           "dmarc=pass header.from=acme.test\r\n").encode() + msg.as_bytes()
    rec = as_record(classify(parse_message(raw), CTX))
    assert rec["invoice_numbers"] == ["INV-995", "INV-996"]
    assert rec["amount"] == "5000.00"
    assert rec["needs_human"]  # (several invoices: a person registers them)

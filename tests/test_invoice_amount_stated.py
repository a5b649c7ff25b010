"""The amount an invoice asks for, where it was missed: bare figures whose currency only
the amount in words names ("... рублей 00 копеек"), a down payment or stage line whose
VAT aside after the amount is no rival ("— 450 000,00 руб., в т.ч. НДС — 81 147,54
руб."), a stage named in the dative ("счёт по 3-му этапу"), and an invoice attached as
plain text: read like a PDF, and when it and the mail state different sums, a person
decides."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from mailbot.domain.values import Kind
from tests.test_invoices import facts, message, run

NOV_10 = "Tue, 10 Nov 2026 09:30:00 +0300"


def test_the_currency_of_bare_figures_is_the_one_the_amount_in_words_names():
    body = ("Счёт на оплату № СЧ-7201 от 10.11.2026\n"
            "  Монтаж стойки          1 шт.   81 967,21\n"
            "                     Всего к оплате: 100 000,00\n"
            "Всего к оплате: Сто тысяч рублей 00 копеек.\n"
            "Срок оплаты: до 24.11.2026\n")
    f = facts(message(body, date_=NOV_10))
    assert (f.amount, f.currency, f.due_date) == (Decimal("100000.00"), "RUB",
                                                  date(2026, 11, 24))


def test_a_down_payment_line_with_its_vat_aside_is_the_amount_due_now():
    body = ("По договору № 5/26 (цена договора 900 000,00 руб.) выставляем счёт на аванс 50%:\n"
            "Счёт № СЧ-7202 от 10.11.2026\n"
            "Аванс 50% по договору № 5/26 — 450 000,00 руб., в т.ч. НДС 22% — 81 147,54 руб.\n"
            "Срок оплаты: до 20.11.2026\n")
    c = run(message(body, date_=NOV_10))
    assert c.invoice is not None, c.reason
    assert not c.needs_human, c.reason
    assert (c.invoice.amount, c.invoice.due_date) == (Decimal("450000.00"), date(2026, 11, 20))


def test_a_stage_named_in_the_dative_is_the_part_this_invoice_bills():
    body = ("Направляю счёт по 3-му этапу работ.\n"
            "Счёт № СЧ-7203 от 10.11.2026\n"
            "Этап 3 «Запуск» — 210 000,00 руб., в т.ч. НДС 22% 37 868,85 руб.\n"
            "Общая стоимость работ по договору: 630 000,00 руб.\n"
            "Просим оплатить в срок до 1 декабря 2026 года.\n")
    c = run(message(body, date_=NOV_10))
    assert c.invoice is not None, c.reason
    assert not c.needs_human, c.reason
    assert (c.invoice.amount, c.invoice.due_date) == (Decimal("210000.00"), date(2026, 12, 1))


ATTACHED = ("Muster GmbH – RECHNUNG\nRechnungs-Nr. RE-7204        Datum 10.11.2026\n"
            "Wartung Server                  840,34 EUR\n19 % USt        159,66 EUR\n"
            "Gesamt                          1.000,00 EUR\nZahlbar innerhalb 14 Tagen.\n")


def test_an_invoice_attached_as_plain_text_is_read():
    c = run(message("Hallo,\nanbei die Rechnung für die Wartung.\nGruß", date_=NOV_10,
                    attachments=(("RE-7204.txt", "text/plain", ATTACHED.encode()),)))
    assert c.kind == Kind.INVOICE_COPY, c.reason
    assert c.invoice is not None, c.reason
    assert (c.invoice.number, c.invoice.amount, c.invoice.due_date) == (
        "RE-7204", Decimal("1000.00"), date(2026, 11, 24))
    assert not c.needs_human, c.reason


def test_an_attachment_and_a_mail_stating_different_sums_go_to_a_person():
    c = run(message("Hallo,\nanbei die Rechnung, Gesamtbetrag 1.100,00 EUR.\nGruß",
                    date_=NOV_10,
                    attachments=(("RE-7204.txt", "text/plain", ATTACHED.encode()),)))
    assert c.kind == Kind.INVOICE_COPY
    assert c.needs_human
    assert "different amounts" in c.reason


def test_the_balance_to_pay_after_a_credit_note_is_the_amount_and_its_note_no_source():
    body = ("Invoice INV-7205 (2 November 2026)              £2,400.00\n"
            "Less credit note CN-7205 (returned cable)       -£240.00\n"
            "Balance to pay                                  £2,160.00\n"
            "Payment due within 30 days of the invoice date.\n")
    note = ("CREDIT NOTE CN-7205\nAgainst invoice: INV-7205\n"
            "Total credit                -£240.00\n").encode()
    c = run(message(body, date_="Mon, 02 Nov 2026 09:00:00 +0000",
                    attachments=(("CN-7205.txt", "text/plain", note),)))
    assert c.invoice is not None, c.reason
    assert c.invoice.amount == Decimal("2160.00")
    assert not c.needs_human, c.reason

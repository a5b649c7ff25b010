"""Facts from free text in en, de, id and ru: mailbot.reading.extract. Pure."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from mailbot.reading import extract
from mailbot.reading.extract import (
    due_date,
    find_money,
    invoice_numbers,
    issue_date,
    mentions,
    parse_number,
    terms_days,
    total_amount,
)
from mailbot.reading.kinds.client_reply import read

# ------------------------------------------------------------------ numbers


@pytest.mark.parametrize(("text", "value"), [
    ("1.234,56", "1234.56"),  # German, Indonesian
    ("1,234.56", "1234.56"),  # English
    ("1 234,56", "1234.56"),  # Russian (space)
    ("1\u00a0234,56", "1234.56"),  # no-break space
    ("1\u202f234,56", "1234.56"),  # narrow no-break space (Babel's ru output)
    ("1’234.50", "1234.50"),  # Swiss apostrophe
    ("1.500.000,00", "1500000.00"),
    ("1,500,000", "1500000"),
    ("1500000", "1500000"),
    ("12,5", "12.5"),
    ("12.50", "12.50"),
    ("1.234", "1234"),  # three digits after a lone separator: thousands
])
def test_parse_number_reads_each_languages_format(text, value):
    assert parse_number(text) == Decimal(value)


def test_parse_number_rejects_non_numbers():
    assert parse_number("abc") is None


# ------------------------------------------------------------------ money

@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("Total: € 1.234,56", "1234.56", "EUR"),
    ("Total: 1.234,56 €", "1234.56", "EUR"),
    ("Amount due: $1,234.56", "1234.56", "USD"),
    ("Amount: EUR 99", "99.00", "EUR"),
    ("Gesamtbetrag: 2.500,00 EUR", "2500.00", "EUR"),
    ("Total tagihan: Rp 1.500.000,00", "1500000.00", "IDR"),
    ("Jumlah: Rp1.500.000", "1500000.00", "IDR"),
    ("Итого: 1 234,56 ₽", "1234.56", "RUB"),
    ("К оплате: 1 234,56 руб.", "1234.56", "RUB"),
    ("Сумма: 15000 руб", "15000.00", "RUB"),
    ("Betrag: CHF 1’234.50", "1234.50", "CHF"),
])
def test_find_money_reads_amount_and_currency(text, amount, currency):
    [money] = find_money(text)
    assert money.amount == Decimal(amount)
    assert money.currency == currency


def test_find_money_ignores_numbers_without_a_currency():
    assert find_money("Invoice 2026-17, 3 items, 12 hours") == []


def test_total_amount_prefers_the_labelled_total_over_larger_lines():
    text = ("Item A: EUR 900.00\nItem B: EUR 1,500.00\nDiscount: EUR -1,400.00\n"
            "Total: EUR 1,000.00\n")
    total = total_amount(text)
    assert total is not None
    assert (total.amount, total.currency) == (Decimal("1000.00"), "EUR")


def test_total_amount_falls_back_to_the_largest_amount():
    total = total_amount("Hours: USD 300.00\nMaterials: USD 1,250.00\n")
    assert total is not None
    assert total.amount == Decimal("1250.00")


# ------------------------------------------------------------------ invoice numbers

@pytest.mark.parametrize(("text", "number"), [
    ("Invoice INV-2026-001", "INV-2026-001"),
    ("Rechnung Nr. 2026-17", "2026-17"),
    ("Invoice #12345", "12345"),
    ("Счёт № 45/2026", "45/2026"),
    ("Счет № 45/2026 от 1 декабря", "45/2026"),
    ("Tagihan nomor INV/2026/07", "INV/2026/07"),
    ("Please pay invoice no. 2026/001.", "2026/001"),  # sentence full stop dropped
])
def test_invoice_numbers_in_each_language(text, number):
    assert invoice_numbers(text) == [number]


def test_invoice_numbers_lists_each_number_once_in_order():
    text = "Invoice INV-7 and Invoice INV-3 are open; invoice INV-7 is the older one."
    assert invoice_numbers(text) == ["INV-7", "INV-3"]


def test_mentions_matches_known_numbers_as_whole_tokens_only():
    known = ("INV-2026-001", "INV-2026-0010")
    assert mentions("About INV-2026-001: paid today", known) == ["INV-2026-001"]
    assert mentions("re inv-2026-0010", known) == ["INV-2026-0010"]
    assert mentions("see INV-2026-001-A", known) == []


# ------------------------------------------------------------------ dates

@pytest.mark.parametrize("text", [
    "Due date: 15 December 2026",
    "Zahlbar: fällig am 15. Dezember 2026",
    "Tanggal jatuh tempo 15 Desember 2026",
    "Срок оплаты 15 декабря 2026",
    "Due: 2026-12-15",
    "Due date: 15.12.2026",
    "Fälligkeitsdatum: 15.12.2026",
    "Payable by December 15, 2026",  # fixed: the month name right after the label was lost
    "Due: Dec 15, 2026",
])
def test_due_date_in_each_language_and_format(text):
    assert due_date(text) == date(2026, 12, 15)


def test_a_bare_date_is_not_a_due_date():
    assert due_date("15.12.2026") is None


def test_due_date_is_taken_from_the_due_line_not_the_issue_line():
    text = "Invoice date: 15.11.2026\nDue date: 15.12.2026\n"
    assert issue_date(text) == date(2026, 11, 15)
    assert due_date(text) == date(2026, 12, 15)


def test_an_impossible_date_is_not_a_due_date():
    assert due_date("Due date: 31.02.2026") is None


# ------------------------------------------------------------------ payment terms

@pytest.mark.parametrize(("text", "days"), [
    ("Payment terms: net 30", 30),
    ("Net30", 30),
    ("zahlbar innerhalb 14 Tagen", 14),
    ("Zahlungsziel: 21 Tage", 21),
    ("jatuh tempo 30 hari", 30),
    ("оплата в течение 10 дней", 10),
    ("Please pay within 7 days", 7),
])
def test_terms_days_in_each_language(text, days):
    assert terms_days(text) == days


def test_no_terms_in_text_without_them():
    assert terms_days("Thank you for your order of 30 widgets.") is None


# ------------------------------------------------------------------ promised dates
# (kinds/client_reply.py reads them; its date finder is tested here with the other extractors)

TUESDAY = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
FRIDAY = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)


def promised_date(text: str, base: datetime, language: str | None = None) -> date | None:
    reading = read(text, base.date(), language, base)
    return reading.promised_date


def test_next_friday_is_resolved_against_the_messages_own_date():
    assert promised_date("We will pay next Friday.", TUESDAY) == date(2026, 12, 4)
    # written on a Friday, "next Friday" is a week later, never the same day
    assert promised_date("We will pay next Friday.", FRIDAY) == date(2026, 12, 11)


@pytest.mark.parametrize(("text", "language"), [
    ("We will pay by 10 December 2026.", "en"),
    ("We will transfer the money on December 10, 2026.", "en"),
    ("Wir überweisen bis 10.12.2026.", "de"),
    ("Kami akan bayar pada 10 Desember 2026.", "id"),
    ("Оплатим до 10 декабря 2026.", "ru"),
])
def test_an_explicit_promised_date_in_each_language(text, language):
    assert promised_date(text, TUESDAY, language) == date(2026, 12, 10)


def test_relative_promises_in_other_languages():
    assert promised_date("Wir zahlen morgen.", TUESDAY, "de") == date(2026, 12, 2)
    assert promised_date("Kami akan bayar besok.", TUESDAY, "id") == date(2026, 12, 2)
    assert promised_date("Оплатим в пятницу.", TUESDAY, "ru") == date(2026, 12, 4)


def test_no_promised_date_without_a_date():
    assert promised_date("We will pay as soon as we can.", TUESDAY) is None



def test_a_past_date_is_not_a_promise():
    assert promised_date("We paid last Monday.", TUESDAY) is None


# ------------------------------------------------------------------ issue 4: more formats

from mailbot.reading.extract import (
    add_business_days,
    parse_date,
    payment_terms,
)


@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("Total: Rp 1.500.000,-", "1500000.00", "IDR"),
    ("Total: IDR 1,500,000", "1500000.00", "IDR"),
    ("Итого: 12 500 руб. 50 коп.", "12500.50", "RUB"),
    ("Итого: 57 000 рублей", "57000.00", "RUB"),
    ("Invoice INV-1    EUR   500.00", "500.00", "EUR"),  # aligned columns
])
def test_find_money_more_formats(text, amount, currency):
    money = find_money(text)
    assert (money[-1].amount, money[-1].currency) == (Decimal(amount), currency)


def test_find_money_does_not_read_a_word_ending_in_rp_as_rupiah():
    assert find_money("Globex Corp 1.500") == []


def test_total_amount_skips_tax_and_net_lines_and_reads_bare_totals():
    text = "Währung: EUR\nNettobetrag 1.000,00\nUSt. 19 % 190,00\nBruttosumme 1.190,00\n"
    total = total_amount(text)
    assert total is not None
    assert (total.amount, total.currency) == (Decimal("1190.00"), "EUR")
    # a total whose amount sits on the next line (PDF table cells)
    total = total_amount("TOTAL TTC\n110,00 €\n")
    assert total is not None
    assert total.amount == Decimal("110.00")
    # a year or a day count on a labelled line is not an amount
    total = total_amount("Der Betrag ist fällig am 16. Dezember 2026.\nSumme: 2.450,00 EUR")
    assert total is not None
    assert total.amount == Decimal("2450.00")


@pytest.mark.parametrize(("text", "numbers"), [
    ("Rechnungsnummer: RE-2026-1001", ["RE-2026-1001"]),
    ("Handelsrechnung (380)   Nr. 471102   vom   15.11.2024", ["471102"]),
    ("Счёт на оплату № СЧ-2026-118 от 1 декабря 2026 г.", ["СЧ-2026-118"]),
    ("Оплата по счетам № СЧ-2026-119 и СЧ-2026-131", ["СЧ-2026-119", "СЧ-2026-131"]),
    ("Rechnungen RE-2026-1002 und RE-2026-1012", ["RE-2026-1002", "RE-2026-1012"]),
    ("Nomor Faktur: INV/2026/12/0050", ["INV/2026/12/0050"]),
    ("Invoice ID: 8F3K2-0001", ["8F3K2-0001"]),
    ("Inv #: A-1009", ["A-1009"]),
    ("INV-2026-0142 paid", []),  # no label: left to the known-number matching
    ("Расчётный счёт № 40702810900000012345", []),  # a bank account
    ("Invoice date: 15.11.2026", []),
    ("Rechnung vom 15.11.2026", []),
])
def test_invoice_numbers_more_forms(text, numbers):
    assert invoice_numbers(text) == numbers


@pytest.mark.parametrize(("text", "value"), [
    ("15 декабря 2026 г.", date(2026, 12, 15)),
    ("до 15.12.2026г.", date(2026, 12, 15)),
    ("December 15th, 2026", date(2026, 12, 15)),
    ("15-Dec-2026", date(2026, 12, 15)),
    ("15 Des 2026", date(2026, 12, 15)),
    ("Belegdatum: 26.10.22", date(2022, 10, 26)),
    ("2026/12/15", date(2026, 12, 15)),
])
def test_parse_date_more_formats(text, value):
    assert parse_date(text) == value


def test_slash_dates_are_day_first_unless_the_writer_is_american():
    assert parse_date("05/12/2026") == date(2026, 12, 5)
    assert parse_date("05/12/2026", month_first=True) == date(2026, 5, 12)
    assert parse_date("12/15/2026") == date(2026, 12, 15)  # 15 cannot be a month


def test_issue_date_is_not_taken_from_the_due_or_delivery_line():
    text = "Due date: 15.12.2026\nDelivery date: 20.11.2026\nDate: 01.12.2026\n"
    assert issue_date(text) == date(2026, 12, 1)
    assert due_date(text) == date(2026, 12, 15)
    assert issue_date("Счёт № 17 от 1 декабря 2026 г.") == date(2026, 12, 1)
    assert issue_date("Rechnung # RE-1/2 von 18.11.2017") == date(2017, 11, 18)


@pytest.mark.parametrize(("text", "days", "business"), [
    ("Срок оплаты 10 дней", 10, False),
    ("Срок оплаты — 10 (десять) календарных дней", 10, False),
    ("оплатить в течение 5 банковских дней", 5, True),
    ("zahlbar innerhalb von 10 Werktagen", 10, True),
    ("Termin pembayaran: 7 hari kerja", 7, True),
    ("30 days net", 30, False),
    ("Zahlbar sofort ohne Abzug", 0, False),
    ("Due upon receipt", 0, False),
])
def test_payment_terms_more_forms(text, days, business):
    t = payment_terms(text)
    assert (t.days, t.business_days) == (days, business)


def test_business_days_skip_weekends():
    assert add_business_days(date(2026, 12, 4), 1) == date(2026, 12, 7)  # Fri -> Mon
    assert add_business_days(date(2026, 12, 2), 5) == date(2026, 12, 9)


# ------------------------------------------------------------------ second round (blind set)

@pytest.mark.parametrize(("text", "days", "business"), [
    ("Payable within fourteen days of the invoice date.", 14, False),
    ("Payment terms: thirty (30) days net.", 30, False),
    ("Please pay within twenty-one days.", 21, False),
    ("Zahlbar innerhalb von vierzehn Tagen ohne Abzug.", 14, False),
    ("Zahlungsziel: einundzwanzig Tage netto", 21, False),
    ("Mohon dibayar dalam empat belas hari.", 14, False),
    ("Jatuh tempo tiga puluh hari setelah tanggal faktur.", 30, False),
    ("Оплата в течение четырнадцати дней с даты счёта.", 14, False),
    ("Оплатить в течение десяти банковских дней.", 10, True),
    ("Срок оплаты: в течение двадцати одного дня.", 21, False),
    ("within ninety days", 90, False),
])
def test_payment_terms_written_in_words(text, days, business):
    t = extract.payment_terms(text)
    assert (t.days, t.business_days) == (days, business)


def test_number_words_only_become_digits_as_whole_words():
    assert extract.number_words_to_digits("someone in sixteenth place") == \
        "someone in sixteenth place"
    assert extract.number_words_to_digits("Skonto 2% innerhalb von zehn Tagen") == \
        "Skonto 2% innerhalb von 10 Tagen"
    t = extract.payment_terms("2% Skonto innerhalb von zehn Tagen, dreißig Tage netto")
    assert (t.days, t.discount_percent, t.discount_days) == (30, Decimal(2), 10)


@pytest.mark.parametrize(("text", "amount"), [
    ("Итого к оплате: 15 000,00 руб. (Пятнадцать тысяч рублей 00 копеек)", "15000.00"),
    (("Сумма к оплате: 1 980 000 (один миллион девятьсот восемьдесят тысяч) рублей "
     "00 копеек, в том числе НДС 20%."), "1980000.00"),
    (("Всего к оплате: 48 600 (сорок восемь тысяч шестьсот) руб. 50 коп., НДС не "
     "облагается"), "48600.50"),
    ("Total due: $2,000.00 (two thousand US dollars)", "2000.00"),
])
def test_an_amount_followed_by_the_amount_in_words_reads_the_digits(text, amount):
    money = extract.total_amount(text)
    assert money is not None
    assert money.amount == Decimal(amount)


def test_a_vat_line_is_still_not_the_total():
    money = extract.total_amount("Итого: 120 000,00 руб.\nВ т.ч. НДС 20%: 20 000,00 руб.")
    assert money is not None
    assert money.amount == Decimal("120000.00")


@pytest.mark.parametrize(("text", "value"), [
    ("Счёт № СЧ-2026-138 от «16» ноября 2026 г.", date(2026, 11, 16)),
    ('Счет № 245 от "9" ноября 2026 года', date(2026, 11, 9)),
    ("Счёт на оплату № 17 от „3“ декабря 2026", date(2026, 12, 3)),
])
def test_issue_dates_with_a_quoted_day(text, value):
    assert extract.issue_date(text) == value


def test_a_due_date_with_a_quoted_day():
    assert extract.due_date("Оплатить до «15» декабря 2026 г.") == date(2026, 12, 15)


# ------------------------------------------------------------------ third round (third set)

@pytest.mark.parametrize(("text", "order"), [
    # one date that cannot be read month-first decides the whole document
    ("Date: 18/11/2026\nTerms: Net 15\nDue date: 03/12/2026\nTotal: USD 760.00", "dmy"),
    ("Rechnungsdatum: 18.11.2026\nFällig am: 03.12.2026", "dmy"),
    ("Tanggal Faktur: 20/11/2026\nJatuh tempo: 04/12/2026", "dmy"),
    ("Дата счёта: 20.11.2026, оплатить до 04.12.2026", "dmy"),
    # one that cannot be read day-first, likewise
    ("Invoice date: 11/18/2026\nDue date: 12/03/2026\nTotal: EUR 760.00", "mdy"),
    ("Rechnungsdatum: 11/18/2026\nFällig am: 12/03/2026", "mdy"),
    # all ambiguous, or contradictory: nothing decided here
    ("Date: 02/11/2026\nDue date: 02/12/2026", None),
    ("Date: 18/11/2026\nDue date: 12/13/2026", None),
    ("no dates at all", None),
    # a version number or a phone number is no evidence
    ("Version 1.13.22\nDate: 02.11.2026", None),
    ("Tel. 06-15-22\nDate: 02.11.2026", None),
])
def test_the_document_decides_the_order_of_its_numeric_dates(text, order):
    assert extract.numeric_date_order(text) == order


def test_a_decided_order_holds_for_slashes_and_dots_alike():
    assert extract.parse_date("03/12/2026", True, order="dmy") == date(2026, 12, 3)
    assert extract.parse_date("03.12.2026", order="mdy") == date(2026, 3, 12)
    assert extract.parse_date("03/12/2026", order="mdy") == date(2026, 3, 12)
    # a date that can be read only one way is read that way whatever the order
    assert extract.parse_date("18/11/2026", order="mdy") == date(2026, 11, 18)
    assert extract.parse_date("11.18.2026", order="dmy") == date(2026, 11, 18)
    text = "Date: 18/11/2026\nTerms: Net 15\nDue date: 03/12/2026\nTotal: USD 760.00"
    assert extract.due_date(text, True, "dmy") == date(2026, 12, 3)
    assert extract.issue_date(text, True, "dmy") == date(2026, 11, 18)


@pytest.mark.parametrize("text", [
    "Due: upon receipt", "Terms: Due on receipt", "Payable on receipt",
    "Payment due immediately", "Payment terms: immediate",
    "Zahlbar sofort", "Der Betrag ist sofort fällig.", "Zahlungsziel: sofort",
    "Zahlbar sofort nach Erhalt der Rechnung",
    "Pembayaran: segera", "Mohon segera dibayar", "Jatuh tempo: segera",
    "Mohon segera melakukan pembayaran",
    "Оплата немедленно", "Оплата сразу", "Оплатить сразу после получения счёта",
    "Срок оплаты: немедленно",
])
def test_pay_immediately_is_zero_days(text):
    t = extract.payment_terms(text)
    assert (t.days, t.business_days) == (0, False)


@pytest.mark.parametrize("text", [
    "Kami akan segera mengirimkan barangnya.", "We will reply immediately.",
    "Ich melde mich sofort.", "Сразу сообщите, если что-то не так.",
])
def test_immediately_without_payment_is_no_terms(text):
    assert extract.payment_terms(text).days is None


def test_a_stated_period_beats_pay_immediately():
    assert extract.payment_terms("Zahlbar sofort oder innerhalb 14 Tagen netto").days == 14


def test_a_line_starting_in_lower_case_continues_its_clause_in_any_alphabet():
    # PDF text breaks lines mid-sentence; "é", "ł", "ı" are lower case too
    assert extract._clauses("Paiement à\néchéance de 30 jours") == ["Paiement à échéance de 30 jours"]
    assert extract._clauses("Płatne\nłącznie w ciągu 14 dni") == ["Płatne łącznie w ciągu 14 dni"]
    assert extract._clauses("Invoice 17\nDue in 30 days") == ["Invoice 17", "Due in 30 days"]


# a small count before a currency written as a prefix ("stage 2 GBP 45,000.00"): the
# amount is the figure after the code, never the count before it
@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("Amount due now (stage 2 GBP 45,000.00)", "45000.00", "GBP"),
    ("Invoice for stage 2 GBP 45,000.00, due in 30 days", "45000.00", "GBP"),
    ("Total due: Stage 3 EUR 12.500,00", "12500.00", "EUR"),
    ("Abschlag 2 EUR 4.500,00", "4500.00", "EUR"),
    ("Termin 2 Rp 15.000.000", "15000000.00", "IDR"),
    ("Этап 2 USD 1 200,00", "1200.00", "USD"),
    ("Net 30 EUR 1,000.00", "1000.00", "EUR"),
    ("Итого: 12 500 руб. 50 коп.", "12500.50", "RUB"),  # (kopecks after roubles: kept)
    ("Total 1,200.00 EUR 5 days late", "1200.00", "EUR"),  # (a figure before its code)
])
def test_a_count_before_a_prefix_currency_is_not_the_amount(text, amount, currency):
    assert [(m.amount, m.currency) for m in find_money(text)] == [(Decimal(amount), currency)]

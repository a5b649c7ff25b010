"""Terms in bank days ("within 5 banking days", "10 банковских дней"): the due date skips
weekends and the bank holidays of the invoice currency's country, never a calendar-day or
weekend-only guess; where those holidays are not known the date is left to a person."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlmodel import select

from mailbot.adapters.models import Invoice
from mailbot.reading import bank_days
from tests.botenv import AR, BOB, Runner, at, mail, make_config
from tests.test_invoices import facts, message


@pytest.mark.parametrize(("body", "due"), [
    # Fri 25 and Mon 28 December are UK bank holidays
    (("Invoice INV-7301\nInvoice date: 21 December 2026\nTotal: GBP 800.00\n"
      "Payment within 5 banking days.\n"), date(2026, 12, 30)),
    # TARGET is closed on 25 December
    (("Rechnung RE-7302\nRechnungsdatum: 21.12.2026\nGesamtbetrag: 800,00 EUR\n"
      "Zahlbar innerhalb von 5 Bankarbeitstagen.\n"), date(2026, 12, 29)),
    # 4 November is a Russian public holiday
    (("Счёт № СЧ-7303 от 02.11.2026\nИтого к оплате: 80 000,00 руб.\n"
      "Оплата в течение 3 банковских дней.\n"), date(2026, 11, 6)),
    # 25 December is an Indonesian public holiday
    (("Invoice INV-7304\nTanggal invoice: 21/12/2026\nTotal: Rp 8.000.000\n"
      "Pembayaran dalam 4 hari kerja.\n"), date(2026, 12, 28)),
])
def test_bank_days_skip_the_currencys_bank_holidays(body, due):
    f = facts(message(body))
    assert f.terms_business_days
    assert f.due_date == due


def test_a_currency_without_one_bank_calendar_has_no_bank_day_date():
    # the CFA franc is the currency of several countries: no single holiday calendar
    assert bank_days.add_bank_days(date(2026, 12, 21), 5, "XOF") is None
    assert bank_days.add_bank_days(date(2026, 12, 21), 5, None) is None
    assert bank_days.add_bank_days(date(2026, 12, 21), 5, "GBP") == date(2026, 12, 30)


@pytest.fixture
def runner(dovecot, smtp_sink, sqlite_url):
    r = Runner.open(make_config(dovecot, smtp_sink, sqlite_url))
    yield r
    r.close()


def test_an_invoice_in_bank_days_is_registered_with_the_bank_holidays_skipped(
        runner, dovecot):
    day = date(2026, 11, 2)
    body = ("Счёт № СЧ-7310 от 02.11.2026\nИтого к оплате: 120 000,00 руб.\n"
            "Оплата в течение 10 банковских дней.\n")
    dovecot.append("ar", mail("staff@acme.test", [BOB], "Счёт СЧ-7310", body,
                              at(day, 10), cc=[AR]))
    [result] = runner.sync(at(day, 11))
    assert not result.needs_human, result.reason
    with runner.bot.store.session() as s:
        inv = s.exec(select(Invoice)).one()
    # 10 bank days from Mon 2 November skip the weekends and 4 November: 17 November
    assert (inv.number, inv.amount, inv.due_date) == ("СЧ-7310", Decimal("120000.00"),
                                                      day + timedelta(days=15))

"""A staff member's invoice that names no currency at all ("Итого к оплате 135 000,00")
is in the currency of the country of the sender's domain (.ru: RUB), never silently: the
assumption is shown to staff. A stated currency, or a sender outside staff, keeps the old
reading."""

from __future__ import annotations

from decimal import Decimal

from mailbot.reading.context import Context
from tests.test_invoices import BOT, message, run

CTX = Context(bot_address=BOT, staff_domains=frozenset({"desk.ru", "desk.test"}),
              require_authentication=False)
HTML = ("<p>Счёт на оплату № СЧ-7401 от 20.11.2026</p><table><tr><td>Обслуживание</td>"
        "<td>90&nbsp;000,00</td></tr><tr><td><b>Итого к оплате</b></td><td><b>90&nbsp;000,00"
        "</b></td></tr></table><p>Оплатить до 10.12.2026.</p>")
DATE = "Fri, 20 Nov 2026 12:00:00 +0300"


def test_figures_without_a_currency_are_in_the_senders_country_currency():
    c = run(message("", html=HTML, sender="Ольга <olga@desk.ru>", date_=DATE), CTX)
    assert c.invoice is not None, c.reason
    assert (c.invoice.amount, c.invoice.currency) == (Decimal("90000.00"), "RUB")
    assert any("RUB assumed" in d for d in c.invoice.disagreements)


def test_no_country_no_currency_assumed():
    c = run(message("", html=HTML, sender="Ольга <olga@desk.test>", date_=DATE), CTX)
    assert c.invoice is None
    assert c.needs_human


def test_a_stated_currency_is_no_assumption():
    html = HTML.replace("90&nbsp;000,00</b>", "90&nbsp;000,00 руб.</b>")
    c = run(message("", html=html, sender="Ольга <olga@desk.ru>", date_=DATE), CTX)
    assert c.invoice is not None, c.reason
    assert c.invoice.currency == "RUB"
    assert not any("assumed from" in d for d in c.invoice.disagreements)

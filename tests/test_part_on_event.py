"""A staged invoice whose first part falls due on an event nobody here can see ("10 days
after the acceptance certificate is signed") states competing totals the text does not
resolve: a person decides, the bot never registers the part as due now. A part with a
plain due period is still read as due now."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.test_invoices import message, run


@pytest.mark.parametrize("body", [
    ("Invoice INV-8801 of 16 November 2026 for EUR 50,000.00.\nPayment schedule:\n"
     "- Stage 1 (30%, EUR 15,000.00) within 10 days after the acceptance certificate "
     "is signed;\n- Stage 2 (70%, EUR 35,000.00) after go-live.\n"),
    ("Rechnung RE-8802 vom 16.11.2026 über 50.000,00 EUR.\nZahlungsplan:\n"
     "- Phase 1 (30 %, 15.000,00 EUR) innerhalb von 10 Tagen nach Abnahme;\n"
     "- Phase 2 (70 %, 35.000,00 EUR) nach Inbetriebnahme.\n"),
    ("Счёт № СЧ-8803 от 16.11.2026 на сумму 500 000,00 руб.\nПорядок оплаты:\n"
     " – этап 1 (30%, 150 000,00 руб.) — в течение 10 дней после подписания акта;\n"
     " – этап 2 (70%, 350 000,00 руб.) — после ввода в эксплуатацию.\n"),
    ("Invoice INV-8804 tanggal 16/11/2026, nilai kontrak Rp 50.000.000.\n"
     "- Tahap 1 (30%, Rp 15.000.000) dalam 10 hari setelah BAST ditandatangani;\n"
     "- Tahap 2 (70%, Rp 35.000.000) setelah go-live.\n"),
])
def test_a_part_due_on_an_unseen_event_is_for_a_person(body):
    c = run(message(body))
    assert c.needs_human
    assert "competing totals" in c.reason
    assert c.invoice is None or c.invoice.amount not in (Decimal("15000.00"),
                                                          Decimal("150000.00"),
                                                          Decimal("15000000.00"))


def test_a_part_with_a_plain_due_period_is_still_due_now():
    c = run(message("Invoice INV-8805 of 16 November 2026.\nContract value: EUR 50,000.00\n"
                    "Stage 1 (30%): EUR 15,000.00, due within 10 days.\n"))
    assert c.invoice is not None, c.reason
    assert c.invoice.amount == Decimal("15000.00")
    assert not c.needs_human, c.reason

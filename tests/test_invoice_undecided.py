"""An invoice that leaves what to pay now open — to the client ("pay what you think is fair",
"sekaligus atau DP dulu") or between halves due on events ("half on delivery, half after
the visit") — goes to a person, never registered with a confident amount (issue 11's
"never a confident wrong amount"; examples written here, not the sixth set's messages)."""

from __future__ import annotations

from datetime import date

import pytest

from mailbot.domain.values import Kind
from tests.test_invoices import facts, message, run


@pytest.mark.parametrize("body", [
    ("Invoice INV-2026-001 for the shelving, total EUR 4,200.00. Pay whatever you feel is "
    "right this month; we settle the balance when the install is signed off."),
    ("Invoice INV-2026-001: EUR 6,000.00. You can pay it in full or just the deposit, as "
    "suits you."),
    "Rechnung RE-2026-1001 über 3.600,00 EUR. Zahlen Sie, was Sie können, den Rest später.",
    "Rechnung RE-2026-1001, 8.000,00 EUR: komplett oder nur die Anzahlung, wie es Ihnen passt.",
    "Счёт СЧ-2026-118 на 240 000,00 руб. Оплатите, сколько сможете, остальное позже.",
    "Invoice INV-2026-001 Rp 80.000.000, mohon info mau dibayar sekaligus atau bertahap.",
    "Invoice INV-2026-001 total EUR 5,000.00: half on signing and half on completion.",
    ("Rechnung RE-2026-1001 über 5.000,00 EUR, die Hälfte bei Lieferung, die andere Hälfte "
    "nach Abnahme."),
])
def test_an_invoice_leaving_the_amount_due_now_open_goes_to_a_person(body):
    c = run(message(body))
    assert c.kind == Kind.INVOICE_COPY
    assert c.needs_human, c.reason


def test_a_plain_invoice_with_one_amount_is_still_registered():
    f = facts(message("Invoice INV-2026-001\nInvoice date: 1 December 2026\n"
                      "Total: EUR 4,200.00\nDue date: 31 December 2026\n"))
    assert (f.amount, f.due_date) == (4200, date(2026, 12, 31))

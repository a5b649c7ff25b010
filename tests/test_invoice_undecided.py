"""An invoice whose text leaves what to pay now still to be agreed ("let me know which
way you want to go ... no due date on it for now", "berapa persennya nanti kita bahas
lagi", "как делим — давайте обсудим", "die Aufteilung stimmen wir noch ab"): no amount
or date is chased, a person decides (issue 11: never a confident wrong amount)."""

from __future__ import annotations

import pytest

from mailbot.reading import amount_due

UNDECIDED = [
    ("Here's INV-5 for phase 3 (phase value £9,800.00). We could bill half now or the lot in "
     "January - let me know which way you want to go and I'll reissue."),
    "Invoice INV-6, total EUR 12,000.00. No due date on it yet, until we've agreed the split.",
    ("Anbei Rechnung RE-7 über 18.400,00 EUR. Die Aufteilung in Raten stimmen wir noch ab, "
     "dann schicke ich eine neue."),
    ("Ini invoice INV/7 total Rp 90.000.000, pembayaran bertahap; persentase tiap tahap nanti "
     "kita bahas lagi setelah rapat."),
    ("Счёт СЧ-7 на 2 400 000 руб., оплата частями, но как делим — давайте обсудим на "
     "следующей неделе."),
]


@pytest.mark.parametrize("text", UNDECIDED)
def test_an_invoice_leaving_the_amount_due_now_open_goes_to_a_person(text: str) -> None:
    due = amount_due.read(text)
    assert due is not None
    assert due.problem

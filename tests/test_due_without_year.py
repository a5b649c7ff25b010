"""A due date written without its year ("paling lambat tgl 20/11", "zahlbar bis 20.11.")
is the next such day from the day the invoice was mailed; a relative phrase after the
label is no date here, and a day already past is not read."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_invoices import facts, message

NOV_6 = "Fri, 06 Nov 2026 10:00:00 +0000"


@pytest.mark.parametrize(("body", "mailed", "due"), [
    ("Invoice INV-6101 for the website work, total EUR 450.00.\nDue date: 20 November\n",
     NOV_6, date(2026, 11, 20)),
    ("Rechnung RE-6102 über 450,00 EUR für die Wartung.\nZahlbar bis 20.11.\n",
     NOV_6, date(2026, 11, 20)),
    ("Счёт № СЧ-6103 на сумму 45 000,00 руб.\nСрок оплаты: до 20.11\n",
     NOV_6, date(2026, 11, 20)),
    ("ini invoice no INV-6104, total Rp 4.500.000, paling lambat tgl 20/11 ya\n",
     NOV_6, date(2026, 11, 20)),
    # mailed in December, due in January: the next year's
    ("Invoice INV-6105, total EUR 450.00.\nDue date: 15 January\n",
     "Mon, 14 Dec 2026 10:00:00 +0000", date(2027, 1, 15)),
])
def test_a_due_date_without_year_is_the_next_one_after_the_mail(body, mailed, due):
    f = facts(message(body, date_=mailed))
    assert f.due_date == due
    assert not any("default" in d for d in f.disagreements), f.disagreements

"""An invoice's due date in the phrasings of informal and unseen mail: a day of the month
written out ("the twenty-first of December"), "payable at once" with words between
("sofort nach Erhalt ohne Abzug fällig": the issue date), a due label the table did not
list ("Batas bayar", "Оплатите, пожалуйста, до", "mohon ditransfer sebelum"), and a due
date said relative to the day the invoice was written ("до среды", "sebelum akhir
bulan", "by the end of the month"): never the default 30 days instead."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_invoices import facts, message

TUE_NOV_10 = "Tue, 10 Nov 2026 09:30:00 +0000"


@pytest.mark.parametrize(("body", "due"), [
    # a day written out, with its "of"
    (("Invoice INV-7101 for the server move.\nAmount payable: GBP 1,140.00\n"
     "We would appreciate payment by Monday the twenty-third of November.\n"), date(2026, 11, 23)),
    ("Invoice INV-7102, total EUR 980.00.\nPayment by the first of December, thanks.\n",
     date(2026, 12, 1)),
    # "at once" with words between "sofort nach Erhalt" and "fällig"
    (("Rechnung RE-7103 vom 10.11.2026\nZahlbetrag 2.380,00 EUR\n"
     "Der Rechnungsbetrag ist sofort nach Erhalt rein netto fällig.\n"), date(2026, 11, 10)),
    # a due label not listed before
    (("No. invoice: INV-7104\nTanggal: 10 November 2026\nTotal: Rp 8.400.000\n"
     "Batas bayar : 4 Desember 2026\n"), date(2026, 12, 4)),
    # relative to the day the invoice was written
    ("Счёт INV-7105 на 22 500 ₽.\nОплатите, пожалуйста, до среды.\n", date(2026, 11, 11)),
    ("invoice INV-7106 ya, total Rp 2.100.000\nmohon ditransfer sebelum akhir bulan ya kak\n",
     date(2026, 11, 30)),
    ("Invoice INV-7107, total USD 640.00.\nPayment by the end of the month, please.\n",
     date(2026, 11, 30)),
])
def test_the_due_date_is_read_in_its_phrasing(body, due):
    f = facts(message(body, date_=TUE_NOV_10))
    assert f.due_date == due, f.disagreements


def test_a_relative_phrase_after_no_due_label_is_no_due_date():
    # "by Friday" names when the writer sends the PDF, not when the invoice is due
    f = facts(message("Invoice INV-7108, total EUR 300.00, payment within 30 days.\n"
                      "I will send the signed PDF by Friday.\n", date_=TUE_NOV_10))
    assert f.due_date == date(2026, 12, 10)

"""An issue label that only says where the payment terms start ("within 45 days of invoice
date (19 December 2026)", "30 hari sejak tanggal invoice (…)") is no label of the issue
date: read as one, the due date's own date became the issue date and the due date came
out weeks late (issue 11, sixth set). Examples written here, not the set's messages."""

from __future__ import annotations

from datetime import date

import pytest

from mailbot.domain.values import Kind
from tests.test_invoices import facts, message, run


@pytest.mark.parametrize(("body", "issued", "due"), [
    # the date in brackets after "of invoice date" is the due date the terms give
    (("Invoice INV-2026-001\nIssued on 9 November 2026\nTotal: EUR 2,210.00\n"
     "Payment: within 21 days of the invoice date (30 November 2026)\n"),
     date(2026, 11, 9), date(2026, 11, 30)),
    # the terms line first, the issue date's own label after it
    (("Invoice INV-2026-002\nDue: 60 days from invoice date (15 January 2027)\n"
     "Invoice date: 16 November 2026\nAmount due: GBP 880.00\n"),
     date(2026, 11, 16), date(2027, 1, 15)),
    (("Rechnung RE-2026-1001\nRechnungsdatum: 10.11.2026\nBetrag: 1.450,00 EUR\n"
     "Zahlbar innerhalb von 20 Tagen ab Rechnungsdatum (30.11.2026)\n"),
     date(2026, 11, 10), date(2026, 11, 30)),
    (("Faktur INV-2026-001 tertanggal 12 November 2026\nTotal tagihan: Rp 9.200.000\n"
     "Jatuh tempo: 14 hari sejak tanggal faktur (26 November 2026)\n"),
     date(2026, 11, 12), date(2026, 11, 26)),
    (("Счёт № СЧ-2026-118 от 3 ноября 2026 г.\nК оплате: 64 000,00 руб.\n"
     "Срок оплаты: 20 дней с даты счёта (23 ноября 2026 г.)\n"),
     date(2026, 11, 3), date(2026, 11, 23)),
])
def test_a_label_naming_where_the_terms_start_is_not_the_issue_date(body, issued, due):
    f = facts(message(body))
    assert (f.issue_date, f.due_date) == (issued, due)
    assert f.terms_days is not None
    assert (f.due_date - f.issue_date).days == f.terms_days


def test_a_date_right_after_the_start_of_the_terms_still_goes_to_a_person_if_it_clashes():
    # "from invoice date 2 November" may name the issue date: read as the due date it
    # clashes with the issue date and the terms, and a person decides
    c = run(message("Invoice INV-2026-001\nDate: 2 November 2026\nTotal: EUR 500.00\n"
                    "Due: within 30 days from invoice date (2 November 2026)\n"))
    # (a disagreement: the pipeline registers it and puts it before staff)
    assert c.kind == Kind.INVOICE_COPY
    assert c.invoice is not None
    assert any("does not match" in d for d in c.invoice.disagreements), c.invoice
    # without a due label the terms count from the issue date as before
    f = facts(message("Invoice INV-2026-001\nDate: 2 November 2026\nTotal: EUR 500.00\n"
                      "Payable within 30 days from invoice date (2 November 2026)\n"))
    assert (f.issue_date, f.due_date) == (date(2026, 11, 2), date(2026, 12, 2))


def test_a_plain_issue_label_is_still_read():
    f = facts(message("Invoice INV-2026-001\nInvoice date: 5 November 2026\n"
                      "Total: EUR 300.00\nPayment terms: 30 days from the invoice date\n"))
    assert (f.issue_date, f.due_date) == (date(2026, 11, 5), date(2026, 12, 5))

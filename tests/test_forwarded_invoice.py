"""A staff member's forward of an invoice mail (sent to a client without the bot in copy)
through the real ingest: Dovecot, the store (SQLite and PostgreSQL). Registered as the
invoice when the forwarder's note only hands it over; left to a person, nothing
registered, when the note asks something."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import select

from mailbot.adapters.models import Contact, Invoice, MailMessage
from tests.botenv import AR, BOB, STAFF, Runner, at, mail, make_config

DAY = at(date(2026, 11, 20), 9)
FORWARDED = (
    "From: Sam Staff <{staff}>\nSent: 18 November 2026 16:05\nTo: {client}\n"
    "Subject: Invoice INV-970 - roof light repair\n\n"
    "Dear accounts team,\n\nPlease find our invoice for the roof light repair.\n\n"
    "  Invoice number: INV-970\n  Invoice date:   18 November 2026\n"
    "  Total                         EUR 1,800.00\n\nPayment terms: 14 days.\n\n"
    "Kind regards,\nSam\n")


def forward(note: str) -> str:
    return f"Hi,\n\n{note}\n\nThanks,\nPriya\n\n" + FORWARDED.format(staff=STAFF, client=BOB)


def ingest(dovecot, smtp_sink, db_url, note: str) -> tuple[list[Invoice], MailMessage,
                                                           list[str]]:
    runner = Runner.open(make_config(dovecot, smtp_sink, db_url))
    try:
        dovecot.append("ar", mail(STAFF, [AR], "FW: Invoice INV-970 - roof light repair",
                                  forward(note), DAY, cc=["colleague@acme.test"]))
        runner.sync(DAY + timedelta(minutes=1))
        with runner.bot.store.session() as s:
            invoices = list(s.exec(select(Invoice)).all())
            row = s.exec(select(MailMessage)).one()
            contacts = [c.email for c in s.exec(select(Contact)).all()]
            return invoices, row, contacts
    finally:
        runner.close()


def test_a_forward_for_the_ledger_registers_the_forwarded_invoice(dovecot, smtp_sink,
                                                                   db_url):
    invoices, row, contacts = ingest(dovecot, smtp_sink, db_url,
                                     "This went out without AR in copy, forwarding for "
                                     "the ledger.")
    assert row.kind == "invoice_copy"
    assert not row.needs_human
    assert [(i.number, str(i.amount), i.issue_date.isoformat(), i.due_date.isoformat())
            for i in invoices] == [("INV-970", "1800.00", "2026-11-18", "2026-12-02")]
    assert contacts == [BOB]  # the client of the forwarded mail, not the colleague


def test_a_forward_whose_note_asks_something_registers_nothing(dovecot, smtp_sink, db_url):
    invoices, row, _ = ingest(dovecot, smtp_sink, db_url,
                              "They say the PO is wrong, can you check before it is "
                              "chased?")
    assert row.kind == "invoice_copy"
    assert row.needs_human
    assert invoices == []

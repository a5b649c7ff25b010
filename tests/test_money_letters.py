"""What letters say about money, over simulated time on the real servers: a partial
payment acknowledged (what came, when, what remains), an overpayment told to no client,
an early-payment discount shown until its last day and settling the invoice when taken,
late fees or interest only where the invoice's terms state them (with how they were
computed, never booked), and the warmer thank-you judged by the bank's value date."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from email.utils import parsedate_to_datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlmodel import select

from mailbot.adapters.config import CompanyConfig
from mailbot.adapters.letters import letter_context
from mailbot.adapters.models import Invoice
from mailbot.adapters.render import make_env, render_blocks
from tests.botenv import AR, BANK, BOB, CAROL, TZ, Runner, at, invoice_mail, mail, make_config

DAY = date(2026, 11, 2)  # a Monday
D = Decimal


def letters(dovecot, user: str) -> list[tuple[date, EmailMessage, str]]:
    """Each mail `user` received: the day it was written (Berlin), the message, its text."""
    out: list[tuple[date, EmailMessage, str]] = []
    for raw in dovecot.fetch_all(user):
        m = message_from_bytes(raw, _class=EmailMessage, policy=default)
        body = m.get_body(("plain",))
        assert body is not None
        text: str = body.get_content()
        out.append((parsedate_to_datetime(m["Date"]).astimezone(TZ).date(), m,
                    text.replace("\r\n", "\n")))
    return out


def bank_notice(number: str, amount: str, value_date: date, when: datetime) -> bytes:
    return mail(BANK, [AR], f"Incoming payment EUR {amount}",
                f"Credit transfer received\nAmount: EUR {amount}\nReference: {number}\n"
                f"Value date: {value_date:%d.%m.%Y}\n", when)


def run(runner: Runner, dovecot, days: int, notices: dict[date, list[bytes]] | None = None,
        ) -> None:
    for n in range(1, days + 1):
        day = DAY + timedelta(days=n)
        for raw in (notices or {}).get(day, []):
            dovecot.append("ar", raw)
        runner.step(at(day, 10))


def invoice(runner: Runner, number: str) -> Invoice:
    with runner.bot.store.session() as s:
        return s.exec(select(Invoice).where(Invoice.number == number)).one()


def test_a_partly_paid_invoice_is_chased_for_the_rest_with_what_came_and_when(
        dovecot, smtp_sink, db_url):
    runner = Runner.open(make_config(dovecot, smtp_sink, db_url))
    try:
        dovecot.append("ar", invoice_mail("INV-101", BOB, "1,000.00", "net 14", at(DAY, 10)))
        runner.sync(at(DAY, 11))
        # due 16 Nov; €400 paid on the 18th
        run(runner, dovecot, 38, {date(2026, 11, 18): [
            bank_notice("INV-101", "400.00", date(2026, 11, 18), at(date(2026, 11, 18), 8))]})
        got = letters(dovecot, "bob")
        asks = [t for _, m, t in got if "when can we expect payment" in m["Subject"]]
        assert len(asks) == 1, [m["Subject"] for _, m, _ in got]
        ask = asks[0]
        assert "not yet received" not in ask
        assert "We have received €400.00 of it, thank you; €600.00 is still open." in ask
        assert ("Received so far: €400.00 (last payment on November 18, 2026), thank you; "
                "remaining: €600.00.") in ask
        assert "Invoice INV-101: €600.00" in ask
        # every reminder after the payment says so; none before it does
        for d, m, t in got:
            if "Thank" not in m["Subject"]:
                assert ("Received so far: €400.00" in t) == (d > date(2026, 11, 18)), (d, t)
        assert invoice(runner, "INV-101").last_paid_on == date(2026, 11, 18)
    finally:
        runner.close()


def test_an_overpayment_is_stated_to_no_client(dovecot, smtp_sink, sqlite_url):
    runner = Runner.open(make_config(dovecot, smtp_sink, sqlite_url))
    try:
        dovecot.append("ar", invoice_mail("INV-102", BOB, "300.00", "net 14", at(DAY, 10)))
        runner.sync(at(DAY, 11))
        run(runner, dovecot, 20, {DAY + timedelta(days=3): [
            bank_notice("INV-102", "330.00", DAY + timedelta(days=3), at(DAY, 8))]})
        got = letters(dovecot, "bob")
        assert [m["Subject"] for _, m, _ in got] == [
            "Thank you for your payment of invoice INV-102"]
        text = got[0][2]
        for word in ("30.00", "330", "more than", "overpa", "refund", "credit"):
            assert word not in text, word
        assert invoice(runner, "INV-102").paid_amount == D("300.00")
    finally:
        runner.close()


DISCOUNT_TERMS = "Payment terms: 2% discount if paid within 10 days, net 30 days"


@pytest.mark.slow
def test_the_discount_is_shown_until_its_last_day_and_taking_it_settles_the_invoice(
        dovecot, smtp_sink, db_url):
    runner = Runner.open(make_config(dovecot, smtp_sink, db_url))
    try:
        dovecot.append("ar", invoice_mail("INV-103", BOB, "1,000.00", DISCOUNT_TERMS,
                                          at(DAY, 10)))
        dovecot.append("ar", invoice_mail("INV-104", CAROL, "1,000.00", DISCOUNT_TERMS,
                                          at(DAY, 10, 5)))
        runner.sync(at(DAY, 11))
        # Carol takes the discount: €980 paid on the 10th, the notice read on the 11th
        run(runner, dovecot, 40, {date(2026, 11, 11): [
            bank_notice("INV-104", "980.00", date(2026, 11, 10), at(date(2026, 11, 11), 8))]})
        offer = ("Early-payment discount: pay €980.00 (2 % off) by November 12, 2026 and the "
                 "invoice is settled.")
        bob = letters(dovecot, "bob")
        assert [d for d, _, _ in bob][:2] == [date(2026, 11, 5), date(2026, 11, 30)]
        assert offer in bob[0][2]  # the receipt check, within the ten days
        assert all("discount" not in t for _, _, t in bob[1:])  # pre-due and later: gone
        carol = letters(dovecot, "carol")
        assert offer in carol[0][2]
        assert [m["Subject"] for _, m, _ in carol[1:]] == [
            "Thank you for your payment of invoice INV-104"]
        e = invoice(runner, "INV-104")
        assert (e.state, e.paid_amount) == ("paid", D("980.00"))
        assert invoice(runner, "INV-103").state == "open"
    finally:
        runner.close()


def test_late_interest_only_where_the_invoice_states_it_with_how_it_was_computed(
        dovecot, smtp_sink, sqlite_url):
    runner = Runner.open(make_config(dovecot, smtp_sink, sqlite_url))
    try:
        dovecot.append("ar", invoice_mail(
            "INV-105", BOB, "1,000.00", "Payment terms: net 14. Late payment interest of 1.5% "
            "per month applies after the due date.", at(DAY, 10)))
        dovecot.append("ar", invoice_mail("INV-106", CAROL, "1,000.00", "Payment terms: net 14",
                                          at(DAY, 10, 5)))
        runner.sync(at(DAY, 11))
        run(runner, dovecot, 45)
        bob = [(d, t) for d, _, t in letters(dovecot, "bob")]
        late = [(d, t) for d, t in bob if d > date(2026, 11, 16)]
        assert len(late) >= 2, [d for d, _ in bob]
        for d, t in late:
            days = (d - date(2026, 11, 16)).days
            fee = (D("1000") * D("0.18") * days / 365).quantize(D("0.01"))
            assert (f"Under the agreed payment terms, interest applies: 1.5 % per month on "
                    f"€1,000.00 for {days} days = €{fee}.") in t, t
        assert all("interest" not in t for d, t in bob if d <= date(2026, 11, 16))
        carol = letters(dovecot, "carol")
        assert len(carol) >= 3
        for _, _, t in carol:
            assert "interest" not in t
            assert "fee" not in t
        # shown, never booked: the balance is the invoice's amount
        inv = invoice(runner, "INV-105")
        assert (inv.amount, inv.paid_amount, inv.state) == (D("1000.00"), D(0), "open")
        assert inv.late_fee is not None
    finally:
        runner.close()


def test_a_late_fee_configured_for_a_debtor_is_shown_to_that_debtor_only(
        dovecot, smtp_sink, sqlite_url):
    config = make_config(dovecot, smtp_sink, sqlite_url, extra=(
        '\n[debtors.late_fees]\n"Initech" = "EUR 40 flat fee per overdue invoice"\n'))
    runner = Runner.open(config)
    try:
        for number, to, minute in (("INV-109", CAROL, 0), ("INV-110", BOB, 5)):
            dovecot.append("ar", invoice_mail(number, to, "1,000.00", "Payment terms: net 14",
                                              at(DAY, 10, minute)))
        runner.sync(at(DAY, 11))
        run(runner, dovecot, 30)
        fee = "Under the agreed payment terms, a late-payment fee of €40.00 applies."
        carol = letters(dovecot, "carol")
        assert [fee in t for d, _, t in carol] == [d > date(2026, 11, 16) for d, _, _ in carol]
        assert any(d > date(2026, 11, 16) for d, _, _ in carol)
        assert all("fee" not in t for _, _, t in letters(dovecot, "bob"))
    finally:
        runner.close()


def test_late_fee_terms_the_bot_cannot_read_are_refused_in_the_config():
    from mailbot.adapters.config import parse_config
    from mailbot.errors import ConfigError

    example = (Path(__file__).resolve().parent.parent / "config.example.toml").read_text()
    entry = '# "Initech" = "EUR 40 flat fee"'
    assert entry in example
    assert parse_config(example.replace(entry, entry[2:]), "test").debtors.late_fee_of(
        "initech") == "EUR 40 flat fee"
    with pytest.raises(ConfigError, match="cannot read late-fee terms"):
        parse_config(example.replace(entry, '"Initech" = "the usual"'), "test")


def test_paid_on_time_by_value_date_is_thanked_warmly_though_the_notice_came_late(
        dovecot, smtp_sink, db_url):
    runner = Runner.open(make_config(dovecot, smtp_sink, db_url))
    try:
        dovecot.append("ar", invoice_mail("INV-107", BOB, "300.00", "net 14", at(DAY, 10)))
        dovecot.append("ar", invoice_mail("INV-108", CAROL, "300.00", "net 14", at(DAY, 10, 5)))
        runner.sync(at(DAY, 11))
        # both notices arrive on the 19th, after the due date (16 Nov); Bob's money was
        # paid on the 13th, Carol's on the 17th
        run(runner, dovecot, 20, {date(2026, 11, 19): [
            bank_notice("INV-107", "300.00", date(2026, 11, 13), at(date(2026, 11, 19), 8)),
            bank_notice("INV-108", "300.00", date(2026, 11, 17), at(date(2026, 11, 19), 8))]})
        (bob,) = [t for _, m, t in letters(dovecot, "bob") if "Thank" in m["Subject"]]
        (carol,) = [t for _, m, t in letters(dovecot, "carol") if "Thank" in m["Subject"]]
        assert "right on time" in bob
        assert "right on time" not in carol
    finally:
        runner.close()


# ------------------------------------------------------------------ in every language

ENV = make_env()
COMPANY = CompanyConfig(name="Example Ltd", payment_instructions="IBAN DE89",
                        signature="The Accounts Team")
PARTLY = {"received": D("400.00"), "received_on": date(2026, 11, 18), "remaining": D("600.00"),
          "next_installment": None, "discount": None,
          "late_fees": [SimpleNamespace(amount=D("15.29"), kind="interest", percent=D("1.5"),
                                        per="month", base=D("600.00"), days=31)]}
NOT_YET = {"de": "noch nicht eingegangen", "id": "belum kami terima", "ru": "не поступила",
           "en": "not yet received"}
SAYS = {"de": ("400,00", "600,00", "18. November 2026", "1,5 % pro Monat"),
        "id": ("400,00", "600,00", "18 November 2026", "1,5 % per bulan"),
        "ru": ("400,00", "600,00", "18 ноября 2026", "1,5 % в месяц"),
        "en": ("400.00", "600.00", "November 18, 2026", "1.5 % per month")}


@pytest.mark.parametrize("lang", ["en", "de", "id", "ru"])
def test_the_ask_for_a_date_states_the_part_received_in_every_language(lang):
    inv = {"number": "INV-9", "amount": D("1000.00"), "balance": D("600.00"),
           "currency": "EUR", "due_date": date(2026, 11, 16), "issue_date": DAY,
           "days_late": 8, "money": PARTLY}
    def context(invoices: list[dict[str, object]]) -> dict[str, object]:  # as the scheduler builds it
        return letter_context(COMPANY, lang, debtor=SimpleNamespace(name="Client"),
                              contact_name="", contact_emails=["ap@client.test"],
                              invoices=invoices, show_payment=True)

    ctx = context([inv])
    r = render_blocks(ENV, "past_due_ask_date", lang, ctx)
    assert NOT_YET[lang] not in r.text
    for s in SAYS[lang]:
        assert s in r.text, (s, r.text)
        assert s in r.html, (s, r.html)
    unpaid = render_blocks(ENV, "past_due_ask_date", lang, context([
        {**inv, "balance": D("1000.00"), "money": {**PARTLY, "received": None,
                                                   "late_fees": []}}]))
    assert NOT_YET[lang] in unpaid.text

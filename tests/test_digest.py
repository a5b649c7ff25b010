"""The daily digest as staff get it, on the real servers: "needs you today" first (every
open task, mail to read, mail not sent), each item with its debtor, invoice, amount,
age and the command that handles it, by priority, grouped and capped; then money in,
what was sent, what falls due, the aging table and DSO; mailed on the company's business
days only; and its HTML rendered by Chromium at desktop and phone width."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from email import message_from_bytes, policy
from email.message import EmailMessage

from sqlmodel import select

from mailbot.adapters.config import parse_config
from mailbot.adapters.models import Outbox, Task
from mailbot.adapters.render import make_env
from tests.botenv import AR, BOSS, STAFF, TZ, Runner, config_text, mail

ENV = make_env()


def digest_rows(runner: Runner) -> dict[str, Outbox]:
    with runner.bot.store.session() as s:
        return {o.action_key: o for o in s.exec(select(Outbox).where(Outbox.kind == "digest"))}


def parts(raw: bytes) -> tuple[str, str, str]:
    """Subject, text and HTML of a mail."""
    msg = message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    text = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert text is not None
    assert html is not None
    return str(msg["Subject"]), text.get_content(), html.get_content()


def configured(dovecot, smtp_sink, url: str, staff: str = "", extra: str = "") -> Runner:
    text = config_text(dovecot, smtp_sink, url, extra=extra)
    if staff:
        text = text.replace("[staff]\n", "[staff]\n" + staff + "\n")
    return Runner.open(parse_config(text, "test config"))


# ======================================================================= timing ====

def test_the_digest_goes_out_on_business_days_only(dovecot, smtp_sink, sqlite_url):
    """24 Dec 2026 is a Thursday; 25 and 26 Dec are public holidays in Germany (the
    company's [schedule] holidays_country), 27 Dec a Sunday: no digest on those three."""
    runner = configured(dovecot, smtp_sink, sqlite_url)
    try:
        for n in range(6):
            d = date(2026, 12, 24) + timedelta(days=n)
            for hh in (7, 9, 13):
                runner.tick(datetime.combine(d, time(hh), TZ))
        assert sorted(digest_rows(runner)) == ["digest:2026-12-24", "digest:2026-12-28",
                                               "digest:2026-12-29"]
        # nothing needs anyone: one line, said so in the subject
        got = [parts(m.data) for m in smtp_sink.messages if BOSS in m.rcpt_tos]
        assert len(got) == 3
        subject, text, _ = got[0]
        assert subject == "[mailbot] Daily digest December 24, 2026: nothing needs you"
        assert text.strip().splitlines()[0].startswith("Nothing needs you today")
    finally:
        runner.close()


def test_a_quiet_day_sends_no_digest_when_so_configured(dovecot, smtp_sink, sqlite_url):
    runner = configured(dovecot, smtp_sink, sqlite_url, staff='digest_when_quiet = "none"')
    try:
        for n in range(3):  # Mon-Wed, 7-9 Dec 2026
            runner.tick(datetime.combine(date(2026, 12, 7) + timedelta(days=n), time(9), TZ))
        assert smtp_sink.messages == []
        # the day is marked done all the same: later ticks build no digest again
        rows = digest_rows(runner)
        assert sorted(rows) == ["digest:2026-12-07", "digest:2026-12-08", "digest:2026-12-09"]
        assert {r.status for r in rows.values()} == {"cancelled"}
        # a day with something to do: the full digest goes out
        with runner.bot.store.session() as s:
            s.add(Task(key="call:test", kind="call", summary="call them",
                       created_at=datetime(2026, 12, 9, 12, tzinfo=TZ)))
            s.commit()
        runner.tick(datetime.combine(date(2026, 12, 10), time(9), TZ))
        [m] = smtp_sink.messages
        subject, text, _ = parts(m.data)
        assert subject.endswith("1 needs you")
        assert "Calls to make (1)" in text
    finally:
        runner.close()


# ========================================================== money and currencies ====

RATES = """
[exchange_rates]
IDR = "0.000055"
USD = "0.92"
"""


def invoice_in(number: str, to: str, amount: str, currency: str, terms: str,
               when: datetime, sender: str = STAFF) -> bytes:
    body = (f"Hello,\n\nplease find attached invoice {number}.\n\nInvoice number: {number}\n"
            f"Total amount due: {currency} {amount}\n{terms}\n\nKind regards\nStaff\n")
    return mail(sender, [to], f"Invoice {number}", body, when, cc=[AR])


def paid_in(number: str, amount: str, currency: str, when: datetime) -> bytes:
    return mail("payments@bank.test", [AR], f"Incoming payment {currency} {amount}",
                f"Credit transfer received\nAmount: {currency} {amount}\nReference: {number}\n",
                when)


def test_money_in_and_aging_are_exact_across_currencies(dovecot, smtp_sink, db_url):
    """Three currencies; the company keeps its books in EUR. Every sum is checked by
    hand from the rates above."""
    runner = configured(dovecot, smtp_sink, db_url, extra=RATES)
    issued = datetime(2026, 10, 1, 10, tzinfo=TZ)
    try:
        for raw in (invoice_in("E-1", "bob@globex.test", "1,200.00", "EUR", "net 30", issued),
                    invoice_in("I-1", "budi@maju.test", "48,000,000.00", "IDR", "net 30", issued),
                    invoice_in("U-1", "ann@dyn.test", "2,500.00", "USD", "net 60", issued),
                    invoice_in("E-2", "carol@initech.test", "300.00", "EUR", "net 90", issued)):
            dovecot.append("ar", raw)
        runner.sync(issued + timedelta(hours=1))
        runner.tick(datetime(2026, 12, 7, 9, tzinfo=TZ))  # Monday: a digest, marks the day
        dovecot.append("ar", paid_in("I-1", "12,000,000.00", "IDR", datetime(2026, 12, 7, 11,
                                                                              tzinfo=TZ)))
        dovecot.append("ar", paid_in("U-1", "500.00", "USD", datetime(2026, 12, 7, 12,
                                                                      tzinfo=TZ)))
        runner.sync(datetime(2026, 12, 7, 13, tzinfo=TZ))
        now = datetime(2026, 12, 8, 9, 5, tzinfo=TZ)
        digest = runner.bot.reports.digest(now)
        # money in since Monday's digest: 12,000,000 IDR = 660.00 EUR, 500 USD = 460.00 EUR
        assert digest.since == date(2026, 12, 7)
        assert digest.money_in.per_currency == {"IDR": Decimal("12000000.00"),
                                                "USD": Decimal("500.00")}
        assert digest.money_in.in_company == Decimal("1120.00")
        # due 31 Oct (E-1, I-1: 38 days late), 30 Nov (U-1: 8), 30 Dec (E-2: not yet due)
        table = dict(digest.aging_table)
        assert table["not yet due"].per_currency == {"EUR": Decimal("300.00")}
        assert table["1-30 days"].per_currency == {"USD": Decimal("2000.00")}
        assert table["1-30 days"].in_company == Decimal("1840.00")
        assert table["31-60 days"].per_currency == {"EUR": Decimal("1200.00"),
                                                    "IDR": Decimal("36000000.00")}
        assert table["31-60 days"].in_company == Decimal("3180.00")  # 1,200 + 1,980
        assert table["61-90 days"].per_currency == table["over 90 days"].per_currency == {}
        assert digest.total_open.in_company == Decimal("5320.00")
        text = runner.bot.reports.render_digest(now).text
        assert "MONEY IN SINCE DECEMBER 7, 2026: IDR12,000,000.00 + $500.00 = €1,120.00" in text
        assert "total open    €1,500.00 + IDR36,000,000.00 + $2,000.00 = €5,320.00" in text
        assert "48000000" not in text
        assert "36000000" not in text
        # the sent mail is counted per client, not listed one line per mail
        assert "SENT (" in text
    finally:
        runner.close()

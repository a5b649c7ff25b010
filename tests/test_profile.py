"""Know your debtors, on real stores (SQLite and PostgreSQL): the payment history the store
counts, the kind of payer it shows, and the priority that orders the digest, `mailbot
status` and `mailbot debtors` across currencies, with a missing exchange rate reported."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from mailbot.adapters.config import parse_config
from mailbot.adapters.models import Debtor, Event, Invoice, Task
from mailbot.adapters.store import Store
from mailbot.app.services import App
from mailbot.playbook.profile import History, Kind
from tests.botenv import AR, AUTHSERV, BANK, BOB, BOSS, CONFIG, TZ, at, invoice_mail, mail

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 12, 8)  # a Tuesday
NOW = at(TODAY, 10)
RATES = '\n[exchange_rates]\nUSD = "0.92"\nIDR = "0.000055"\n'

def config(db_url: str, extra: str = RATES) -> str:
    os.environ.setdefault("MAILBOT_TEST_IMAP_PASSWORD", "x")
    return CONFIG.format(ar=AR, imap_port=1, smtp_port=1, db_url=db_url, boss=BOSS, bank=BANK,
                         authserv=AUTHSERV, idle="false") + extra

@pytest.fixture
def bot(db_url):
    store = Store(db_url)
    store.migrate()
    try:
        yield App(parse_config(config(db_url)), store)
    finally:
        store.close()

class Ledger:
    """Debtors, invoices and events written straight into the store."""

    def __init__(self, bot: App) -> None:
        self.bot = bot
        self.n = 0

    def debtor(self, name: str) -> int:
        with self.bot.store.session() as s:
            d = Debtor(name=name, created_at=NOW)
            s.add(d)
            s.commit()
            assert d.id is not None
            return d.id

    def invoice(self, debtor: int, amount: str, *, due_in: int = -10, currency: str = "EUR",
                paid_late: int | None = None, state: str = "open") -> int:
        """An invoice due `due_in` days from TODAY; paid `paid_late` days after its due
        date (in the afternoon, Berlin time) when given."""
        self.n += 1
        due = TODAY + timedelta(days=due_in)
        paid_at = None
        if paid_late is not None:
            state = "paid"
            paid_at = datetime.combine(due + timedelta(days=paid_late), time(16), TZ)
        with self.bot.store.session() as s:
            inv = Invoice(number=f"P-{self.n}", debtor_id=debtor, state=state,
                          amount=Decimal(amount), currency=currency,
                          paid_amount=Decimal(amount) if paid_at else Decimal(0),
                          issue_date=due - timedelta(days=30), due_date=due,
                          sent_at=NOW - timedelta(days=40), paid_at=paid_at,
                          stages_done=["thank_you"] if paid_at else [], created_at=NOW)
            s.add(inv)
            s.commit()
            assert inv.id is not None
            return inv.id

    def paid(self, debtor: int, *lates: int) -> None:
        for k, late in enumerate(lates):
            self.invoice(debtor, "100.00", due_in=-200 + 10 * k, paid_late=late)

    def event(self, debtor: int, kind: str, n: int = 1, **detail: object) -> None:
        with self.bot.store.session() as s:
            for _ in range(n):
                s.add(Event(at=NOW - timedelta(days=50), kind=kind, debtor_id=debtor,
                            detail=detail))
            s.commit()

def test_the_store_counts_each_debtors_history_set_based(bot):
    book = Ledger(bot)
    a, b, quiet = book.debtor("A"), book.debtor("B"), book.debtor("Quiet")
    book.paid(a, -3, 0, 5, 6, 40)  # on time: early, on the day, within 5 days
    book.invoice(a, "50.00")
    book.event(a, "client_reply", 3, intent="promise")
    book.event(a, "client_reply", 2, intent="dispute")
    book.event(a, "client_reply", 1, intent="question")
    book.event(a, "promise_broken", 2)
    book.event(a, "payment_partial", 1, amount="10")
    book.invoice(b, "70.00", state="disputed")
    book.paid(quiet, 0, 0, 0)  # nothing open: not asked about
    with bot.store.session() as s:
        got = bot.store.histories(s, on_time_days=5)
    assert got == {
        a: History(paid=5, paid_on_time=3, late_days=51, max_late=40, promises=3,
                   promises_broken=2, partials=1, disputes=2)}
    assert b not in got  # owes money but has no history: the rules see History()

def test_payment_histories_give_each_kind(bot):
    book = Ledger(bot)
    kinds = {}
    kinds["reliable"] = d = book.debtor("Reliable")
    book.paid(d, 0, 2, -1, 3, 12)  # four in five on time
    book.invoice(d, "900.00", due_in=-40)  # in temporary trouble
    kinds["sporadic"] = d = book.debtor("Sporadic")
    book.paid(d, 20, 0, 25, 3, 18)
    book.invoice(d, "900.00")
    kinds["pieces"] = d = book.debtor("Pieces")
    book.paid(d, 0, 0, 0, 0)
    book.event(d, "payment_partial", 3)
    book.invoice(d, "900.00")
    kinds["avoider"] = d = book.debtor("Avoider")
    book.paid(d, 0, 1, 2)
    book.event(d, "client_reply", 2, intent="promise")
    book.event(d, "promise_broken", 2)
    book.invoice(d, "900.00")
    kinds["slow"] = d = book.debtor("Slow")
    book.paid(d, 50, 60, 45)
    book.invoice(d, "900.00")
    kinds["silent"] = d = book.debtor("Silent")  # never paid, 70 days overdue
    book.invoice(d, "900.00", due_in=-70)
    kinds["new"] = d = book.debtor("New")
    book.paid(d, 0)
    book.invoice(d, "900.00")
    rows, notes = bot.reports.debtors(NOW)
    got = {r["debtor"]: r["kind"] for r in rows}
    assert got == {"Reliable": Kind.RELIABLE, "Sporadic": Kind.SPORADIC,
                   "Pieces": Kind.SPORADIC, "Avoider": Kind.AVOIDER, "Slow": Kind.AVOIDER,
                   "Silent": Kind.AVOIDER, "New": Kind.NEW}
    assert notes == []

def across_currencies(bot: App) -> dict[str, int]:
    """Five debtors 10 days late, each with one invoice: the priority, not the number,
    decides their order."""
    book = Ledger(bot)
    ids = {}
    for name, amount, currency, lates in [
            ("Old Friend", "250.00", "USD", (0,) * 12),  # long-standing and reliable
            ("Newcomer", "15000.00", "USD", ()),
            ("PT Maju", "33300000", "IDR", (0,) * 12),  # about €1,831.50
            ("Euro Big", "2000.00", "EUR", (0,) * 12),
            ("Euro Small", "1200.00", "EUR", (0,) * 12),
            ("Pound Shop", "800.00", "GBP", (0,) * 12)]:  # no rate for GBP
        ids[name] = d = book.debtor(name)
        book.paid(d, *lates)
        book.invoice(d, amount, currency=currency)
    return ids

ORDER = ["Newcomer", "Euro Big", "PT Maju", "Euro Small", "Old Friend", "Pound Shop"]

def test_status_and_debtors_are_ordered_by_priority_across_currencies(bot):
    across_currencies(bot)
    rows = bot.reports.status(NOW)
    assert [r["debtor"] for r in rows] == ORDER
    by = {r["debtor"]: r for r in rows}
    assert by["PT Maju"]["in_company"] == Decimal("1831.50")
    assert by["Newcomer"]["in_company"] == Decimal("13800.00")
    assert by["Pound Shop"]["in_company"] is None  # never 1:1
    assert (by["Newcomer"]["kind"], by["Old Friend"]["kind"]) == ("new", "reliable")
    debtors, notes = bot.reports.debtors(NOW)
    assert [r["debtor"] for r in debtors] == ORDER
    assert debtors[0]["open"] == {"USD": Decimal("15000.00")}
    assert debtors[-1]["unconverted"] == ("GBP",)
    [note] = notes
    assert note.startswith("no exchange rate for GBP: 1 open invoice(s)")

def test_the_digest_is_ordered_by_priority_and_reports_the_missing_rate(bot):
    ids = across_currencies(bot)
    with bot.store.session() as s:  # one task each, in the order of arrival
        for name in reversed(ORDER):
            s.add(Task(key=f"promise_broken:{name}", kind="promise_broken",
                       debtor_id=ids[name], created_at=NOW - timedelta(hours=2),
                       summary="promised, not paid"))
        s.commit()
    digest = bot.reports.digest(NOW)
    [(_, rows, _)] = digest.aging
    assert [r.debtor for r in rows] == ORDER
    assert digest.needs_human[0].text.startswith("no exchange rate for GBP")
    broken = [x for x in digest.needs_human if "promise broken" in x.text]
    assert [x.debtor_id for x in broken] == [ids[n] for n in ORDER]
    assert broken[0].about == "new, €13,800.00 open"
    text = bot.reports.render_digest(NOW).text
    assert "PT Maju (reliable)  IDR33,300,000.00 (€1,831.50)" in text
    assert "Pound Shop (reliable)  £800.00 (no rate)" in text

def test_payments_promises_and_disputes_read_from_mail_make_the_history(bot):
    """The events the readers record are the ones the history counts."""
    def ingest(raw: bytes, when: datetime) -> None:
        result = bot.inbox.ingest(raw, now=when)
        assert result.status == "processed", result

    sent = TODAY - timedelta(days=60)
    for n in (1, 2):
        ingest(invoice_mail(f"INV-{n}", BOB, "1000.00", "Payment within 14 days.",
                            at(sent, 9)), at(sent, 9))
    due = sent + timedelta(days=14)
    ingest(mail(BANK, [AR], "Incoming payment EUR 400.00",
                "Credit transfer received\nAmount: EUR 400.00\nReference: INV-1\n",
                at(due + timedelta(days=3))), at(due + timedelta(days=3)))
    ingest(mail(BANK, [AR], "Incoming payment EUR 600.00",
                "Credit transfer received\nAmount: EUR 600.00\nReference: INV-1\n",
                at(due + timedelta(days=20))), at(due + timedelta(days=20)))
    ingest(mail(BOB, [AR], "Re: Invoice INV-2", "Hello,\n\nwe will pay INV-2 on "
                f"{(TODAY + timedelta(days=3)).strftime('%d %B %Y')}.\n\nRegards\nBob\n",
                at(TODAY - timedelta(days=1))), at(TODAY - timedelta(days=1)))
    with bot.store.session() as s:
        [history] = bot.store.histories(s, on_time_days=5).values()
    assert history == History(paid=1, paid_on_time=0, late_days=20, max_late=20, promises=1,
                              partials=1)
    [row] = bot.reports.debtors(NOW)[0]
    assert row["kind"] == Kind.NEW
    assert row["history"] == history

@pytest.mark.slow
def test_mailbot_debtors_and_status_print_kind_and_company_amount(db_url, tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(config(db_url))
    store = Store(db_url)
    store.migrate()
    try:
        across_currencies(App(parse_config(config(db_url)), store))
    finally:
        store.close()

    def run(*args: str) -> list[str]:
        proc = subprocess.run([sys.executable, "-m", "mailbot", *args, "--config", str(path),
                               "--now", NOW.isoformat()], capture_output=True, text=True,
                              cwd=ROOT, check=False, timeout=60)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout.splitlines()

    out = run("debtors")
    listed = [line for line in out if any(n in line for n in ORDER)]
    assert [next(n for n in ORDER if n in line) for line in listed] == ORDER
    assert all(c in listed[0] for c in ("new", "$15,000.00", "€13,800.00", "10 d late")), listed
    assert "IDR33,300,000.00" in listed[2]
    assert "€1,831.50" in listed[2]
    assert "no rate for GBP" in listed[-1]
    assert any(line.startswith("NOTE    no exchange rate for GBP") for line in out), out
    out = run("status")
    listed = [line for line in out if any(n in line for n in ORDER)]
    assert [next(n for n in ORDER if n in line) for line in listed] == ORDER
    assert all(c in listed[2] for c in ("reliable", "IDR33,300,000.00", "€1,831.50")), listed
    assert "no rate" in listed[-1]
    assert any(line.startswith("NOTE    no exchange rate for GBP") for line in out), out

def test_a_config_without_rates_ranks_foreign_money_last_and_says_so(db_url):
    store = Store(db_url)
    store.migrate()
    try:
        bot = App(parse_config(config(db_url, extra="")), store)
        across_currencies(bot)
        names = [r["debtor"] for r in bot.reports.debtors(NOW)[0]]
        assert names[:2] == ["Euro Big", "Euro Small"]  # nothing foreign taken 1:1
        notes = bot.reports.debtors(NOW)[1]
        assert [n.split(":")[0] for n in notes] == [
            "no exchange rate for GBP", "no exchange rate for IDR", "no exchange rate for USD"]
    finally:
        store.close()

"""Know your debtors, the pure rules: the kind of payer a history shows, and a priority
that weighs money in the company's currency by age and risk (mailbot.playbook.profile)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from mailbot.domain.money import Rates
from mailbot.domain.values import InvoiceState, InvoiceView
from mailbot.playbook.profile import History, Kind, ProfileConfig, kind_of, priority, rank

CFG = ProfileConfig()
TODAY = date(2026, 12, 8)
RATES = Rates("EUR", {"USD": Decimal("0.92"), "IDR": Decimal("0.000055")})


def kind(h: History, late_invoices: int = 1, oldest_late: int = 10, pending: int = 0) -> Kind:
    return kind_of(h, late_invoices=late_invoices, oldest_late=oldest_late,
                   promises_pending=pending, cfg=CFG)


def test_a_debtor_with_too_little_history_is_new():
    assert kind(History()) == Kind.NEW
    assert kind(History(paid=2, paid_on_time=2)) == Kind.NEW


def test_usually_on_time_is_reliable_even_in_trouble_now():
    h = History(paid=10, paid_on_time=9, late_days=12, max_late=12, partials=1,
                promises=1, promises_broken=1)
    assert kind(h, late_invoices=2, oldest_late=40) == Kind.RELIABLE


def test_often_late_or_paying_in_pieces_or_many_overdue_is_sporadic():
    assert kind(History(paid=10, paid_on_time=5, late_days=100)) == Kind.SPORADIC
    assert kind(History(paid=10, paid_on_time=10, partials=3)) == Kind.SPORADIC
    assert kind(History(paid=10, paid_on_time=10), late_invoices=4) == Kind.SPORADIC


@pytest.mark.parametrize(("h", "oldest_late"), [
    (History(paid=10, paid_on_time=10, promises=2, promises_broken=2), 10),
    (History(paid=1, paid_on_time=1, promises=3, promises_broken=2), 10),  # even if new
    (History(paid=10, paid_on_time=10, disputes=3), 10),
    (History(paid=5, paid_on_time=0, late_days=250, max_late=70), 10),  # 50 days on average
    (History(), 60),  # never paid, two months overdue
])
def test_broken_promises_disputes_or_paying_only_when_forced_is_an_avoider(h, oldest_late):
    assert kind(h, oldest_late=oldest_late) == Kind.AVOIDER


def test_promises_kept_outweigh_a_couple_broken():
    # 5 promises: 2 broken, 3 kept: a payer who mostly keeps its word
    assert kind(History(paid=10, paid_on_time=9, promises=5, promises_broken=2)) == Kind.RELIABLE
    # a promise still running is neither kept nor broken
    assert kind(History(paid=10, paid_on_time=9, promises=5, promises_broken=2),
                pending=2) == Kind.AVOIDER


def test_thresholds_come_from_the_config():
    lenient = ProfileConfig(min_history=1, reliable_on_time_share=Decimal("0.5"))
    assert kind_of(History(paid=2, paid_on_time=1), late_invoices=0, oldest_late=0,
                   promises_pending=0, cfg=lenient) == Kind.RELIABLE


def test_250_from_a_long_standing_reliable_client_ranks_below_15000_from_a_new_one():
    reliable = priority(RATES.convert(Decimal(250), "USD"), 20, Kind.RELIABLE, CFG)
    new = priority(RATES.convert(Decimal(15000), "USD"), 5, Kind.NEW, CFG)
    assert reliable < new
    # and an avoider's 250 old dollars still rank below a new client's 15,000
    assert priority(Decimal(230), 120, Kind.AVOIDER, CFG) < new


def test_amounts_are_compared_in_the_company_currency_not_by_their_number():
    idr = RATES.convert(Decimal(33_300_000), "IDR")
    assert idr == Decimal("1831.50")

    def same(amount: Decimal | None) -> Decimal:  # same age, same kind of debtor
        return priority(amount, 10, Kind.SPORADIC, CFG)

    assert same(idr) < same(Decimal(2000))  # 33.3 million < 2,000
    assert same(idr) > same(Decimal(1200))  # worth more than €1,200
    assert same(RATES.convert(Decimal(15_000_000), "IDR")) < same(Decimal(1200))


def test_older_debt_weighs_more_and_not_yet_due_weighs_its_amount():
    assert priority(Decimal(1000), 60, Kind.NEW, CFG) > priority(Decimal(1000), 10, Kind.NEW, CFG)
    assert priority(Decimal(1000), -10, None, CFG) == Decimal("1000.00")
    assert priority(Decimal(1000), 30, None, CFG) == Decimal("2000.00")


def test_a_currency_without_a_rate_converts_to_nothing_never_one_to_one():
    assert RATES.convert(Decimal(100), "GBP") is None
    assert RATES.convert(Decimal(100), "eur") == Decimal("100.00")
    assert priority(None, 30, Kind.AVOIDER, CFG) == 0


def view(i: int, debtor: int, amount: str, late: int, currency: str = "EUR",
         hold: str | None = None) -> InvoiceView:
    due = TODAY - timedelta(days=late)
    return InvoiceView(id=i, number=f"INV-{i}", debtor_id=debtor, state=InvoiceState.OPEN,
                       amount=Decimal(amount), paid_amount=Decimal(0), currency=currency,
                       issue_date=due - timedelta(days=30), due_date=due,
                       sent_at=datetime(2026, 1, 1, tzinfo=UTC), seen=False, hold_until=None,
                       hold_reason=hold, stages_done=frozenset())


def test_rank_orders_debtors_by_priority_and_reports_missing_rates():
    histories = {1: History(paid=20, paid_on_time=20)}  # 1 is a long-standing reliable one
    ranking = rank(TODAY, [view(1, 1, "250", 20, "USD"), view(2, 2, "15000", 5, "USD"),
                           view(3, 3, "33300000", 10, "IDR"), view(4, 4, "1200", 10),
                           view(5, 5, "99999999", 400, "GBP")], histories, RATES, CFG)
    assert [d.debtor_id for d in ranking.ordered()] == [2, 3, 4, 1, 5]
    assert ranking.kind(1) == Kind.RELIABLE
    assert ranking.kind(2) == Kind.NEW
    assert ranking.debtors[3].in_company == Decimal("1831.50")
    assert ranking.debtors[3].open == {"IDR": Decimal(33_300_000)}
    gbp = ranking.debtors[5]
    assert gbp.unconverted == ("GBP",)
    assert gbp.in_company == gbp.priority == 0
    [note] = ranking.notes()
    assert "no exchange rate for GBP" in note
    assert "[exchange_rates]" in note


def test_a_debtors_priority_adds_up_its_invoices_and_counts_what_it_owes():
    ranking = rank(TODAY, [view(1, 7, "100", 30), view(2, 7, "50", -5, "USD"),
                           view(3, 7, "10", 0, "GBP")], {}, RATES, CFG)
    d = ranking.debtors[7]
    assert d.open == {"EUR": Decimal(100), "USD": Decimal(50), "GBP": Decimal(10)}
    assert d.in_company == Decimal("146.00")
    assert d.oldest_late == 30
    assert d.open_invoices == 3
    assert d.priority == Decimal("1.25") * (200 + 46)

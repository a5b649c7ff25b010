"""Send windows and compliance, pure: a debtor's own zone, hours, days and country's
holidays; staff in the company's window; at most N mails per debtor in any 7 days; the
profile's sources (config beats invoice beats reply beats default); and the forecast
behind `mailbot plan`. No database, no clock (the store's side: test_windows_e2e.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from mailbot.adapters.config import ScheduleConfig, parse_config
from mailbot.domain import profiles
from mailbot.domain.values import DebtorView, InvoiceState, InvoiceView
from mailbot.errors import ConfigError
from mailbot.playbook.calendar import closed_because, company_window, debtor_window
from mailbot.playbook.forecast import describe, forecast
from mailbot.playbook.policy import plan
from mailbot.reading.invoices import from_text
from tests.test_config import MINIMAL

COMPANY = ScheduleConfig(timezone="Europe/Berlin", holidays_country="DE")
JAKARTA = ZoneInfo("Asia/Jakarta")
BERLIN = ZoneInfo("Europe/Berlin")


def debtor(**kw: object) -> DebtorView:
    base = DebtorView(id=1, name="PT Maju", contacts=("ap@maju.test",), language="id",
                      timezone="Asia/Jakarta", stopped=False, paused_reason=None,
                      last_chaser_at=None, country="ID")
    return replace(base, **kw)  # type: ignore[arg-type]


def invoice(id: int = 1, due: date = date(2026, 8, 12), **kw: object) -> InvoiceView:
    base = InvoiceView(
        id=id, number=f"INV-{id}", debtor_id=1, state=InvoiceState.OPEN,
        amount=Decimal("500.00"), paid_amount=Decimal(0), currency="EUR",
        issue_date=due - timedelta(days=14), due_date=due,
        sent_at=datetime(2026, 7, 29, 3, tzinfo=UTC), seen=False, hold_until=None,
        hold_reason=None,
        stages_done=frozenset({"receipt_check", "pre_due"}))
    return replace(base, **kw)  # type: ignore[arg-type]


def chases(invs: list[InvoiceView], d: DebtorView, now: datetime,
           schedule: ScheduleConfig = COMPANY) -> list[str]:
    return [a.kind for a in plan(invs, {d.id: d}, now, schedule)
            if a.kind in ("chase", "thank_you")]


# ======================================================= the debtor's own window ====


def test_an_indonesian_debtor_keeps_independence_day_and_jakarta_hours():
    d = debtor()
    # Mon 17 Aug 2026, 10:00 in Jakarta: a holiday there, a working Monday in Berlin
    assert chases([invoice()], d, datetime(2026, 8, 17, 10, tzinfo=JAKARTA)) == []
    assert closed_because(datetime(2026, 8, 17, 10, tzinfo=JAKARTA),
                          debtor_window(d, COMPANY)) == "holiday: Independence Day (ID)"
    # Tue 18 Aug 08:00 Jakarta is 03:00 in Berlin: too early; 09:00 Jakarta is the hour
    assert chases([invoice()], d, datetime(2026, 8, 18, 8, tzinfo=JAKARTA)) == []
    assert chases([invoice()], d, datetime(2026, 8, 18, 9, tzinfo=JAKARTA)) == ["chase"]
    # 16:00 in Berlin is 21:00 in Jakarta: Berlin's office hours are not the client's
    assert chases([invoice()], d, datetime(2026, 8, 18, 16, tzinfo=BERLIN)) == []


def test_a_german_debtor_of_a_british_company_keeps_german_holidays():
    london = ScheduleConfig(timezone="Europe/London", holidays_country="GB")
    d = debtor(timezone="Europe/Berlin", country="DE", language="de")
    inv = invoice(due=date(2026, 5, 9))  # past_due_5 on Thu 14 May: Ascension in Germany
    assert chases([inv], d, datetime(2026, 5, 14, 11, tzinfo=BERLIN), london) == []
    assert chases([inv], d, datetime(2026, 5, 15, 11, tzinfo=BERLIN), london) == ["chase"]
    # a British debtor of the same company is mailed that day
    uk = debtor(timezone="Europe/London", country="GB", language="en")
    assert chases([inv], uk, datetime(2026, 5, 14, 11, tzinfo=BERLIN), london) == ["chase"]


def test_a_debtors_own_hours_and_days():
    d = debtor(business_hours=(7, 12), business_days=(1, 2, 3, 4, 5, 6))
    sat = datetime(2026, 8, 22, 7, 30, tzinfo=JAKARTA)
    assert chases([invoice()], d, sat) == ["chase"]
    assert chases([invoice()], d, sat.replace(hour=13)) == []
    assert chases([invoice()], debtor(), sat.replace(hour=10)) == []  # default: Mon-Fri


# ========================================================== staff: the company's ====


@pytest.mark.parametrize("when", [
    datetime(2027, 1, 1, 0, 2, tzinfo=BERLIN),  # New Year's Day, two minutes past midnight
    datetime(2027, 1, 1, 10, tzinfo=BERLIN),  # New Year's Day, office hours
    datetime(2027, 1, 2, 10, tzinfo=BERLIN),  # Saturday
    datetime(2027, 1, 4, 0, 2, tzinfo=BERLIN),  # Monday, before the office opens
    datetime(2027, 1, 4, 18, tzinfo=BERLIN),  # Monday evening
])
def test_a_staff_notice_waits_for_the_companys_hours_days_and_holidays(when):
    # late_week_notice (due + 8) falls due on 1 January; the debtor is in Jakarta, where
    # 1 January is a holiday too, and its hours are not the company's
    inv = invoice(due=date(2026, 12, 24), stages_done=frozenset(
        {"receipt_check", "pre_due", "past_due_5", "past_due_8", "past_due_15"}))
    assert [a for a in plan([inv], {1: debtor()}, when, COMPANY)
            if a.kind == "staff_notice"] == []


def test_a_staff_notice_goes_in_the_companys_hours_whatever_the_debtors():
    inv = invoice(due=date(2026, 12, 24), stages_done=frozenset(
        {"receipt_check", "pre_due", "past_due_5", "past_due_8", "past_due_15"}))
    monday = datetime(2027, 1, 4, 9, 5, tzinfo=BERLIN)  # 15:05 in Jakarta
    [notice] = [a for a in plan([inv], {1: debtor(business_hours=(7, 10))}, monday, COMPANY)
                if a.kind == "staff_notice"]
    assert notice.audience == "staff"
    assert closed_because(monday, company_window(COMPANY)) is None


# ================================================================ the weekly cap ====


def test_the_weekly_cap_counts_every_kind_and_defers_the_rest():
    now = datetime(2026, 8, 18, 10, tzinfo=JAKARTA)
    paid = [invoice(id=i, state=InvoiceState.PAID, paid_amount=Decimal("500.00"),
                    paid_at=datetime(2026, 8, 17, tzinfo=UTC)) for i in (2, 3)]
    invs = [invoice(), *paid]
    # nothing sent this week: two mails may go, the chaser (due earliest) waits
    assert sorted(chases(invs, debtor(), now)) == ["thank_you", "thank_you"]
    # one sent this week: one more, a thank-you for the invoice first in order
    assert chases(invs, debtor(messages_7d=1), now) == ["thank_you"]
    # two sent: nothing, of any kind, until one of them is a week old
    assert chases(invs, debtor(messages_7d=2), now) == []
    assert chases([invoice()], debtor(messages_7d=2), now) == []
    assert chases([invoice()], debtor(messages_7d=1), now) == ["chase"]
    # the limit is the config's
    loose = COMPANY.model_copy(update={"max_messages_per_week": 5})
    assert chases([invoice()], debtor(messages_7d=4), now, loose) == ["chase"]


def test_the_cap_is_configurable_and_defaults_to_two():
    assert ScheduleConfig().max_messages_per_week == 2
    cfg = parse_config(MINIMAL + "\n[schedule]\nmax_messages_per_week = 3\n")
    assert cfg.schedule.max_messages_per_week == 3
    with pytest.raises(ConfigError, match=r"schedule\.max_messages_per_week"):
        parse_config(MINIMAL + "\n[schedule]\nmax_messages_per_week = 0\n")


# ========================================================= where values come from ====


def test_a_config_profile_is_read_and_checked():
    cfg = parse_config(MINIMAL + """
[debtors.profiles."PT Maju Jaya"]
country = "id"
language = "id"
business_hours = [8, 16]
[debtors.profiles."globex.test"]
timezone = "Europe/Berlin"
""")
    maju = cfg.debtors.profiles["PT Maju Jaya"]
    assert (maju.country, maju.language, maju.business_hours) == ("ID", "id", (8, 16))
    assert profiles.profile_for(cfg.debtors.profiles, "pt maju jaya", ()) is maju
    assert profiles.profile_for(cfg.debtors.profiles, "Globex", ["bob@eu.globex.test"]) \
        is cfg.debtors.profiles["globex.test"]
    assert profiles.profile_for(cfg.debtors.profiles, "Initech", ["c@initech.test"]) is None
    for bad, what in (('timezone = "Asia/Atlantis"', "unknown time zone"),
                      ('country = "XX"', "unknown country"),
                      ('language = "xq"', "unknown language"),
                      ("business_hours = [17, 9]", "business_hours"),
                      ("business_days = [0, 8]", "business_days"),
                      ("colour = \"red\"", "colour")):
        with pytest.raises(ConfigError, match=what) as err:
            parse_config(MINIMAL + f'\n[debtors.profiles."Acme GmbH"]\n{bad}\n')
        assert 'debtors.profiles.Acme GmbH' in str(err.value)


def test_config_beats_invoice_beats_reply_beats_default():
    cur = {"timezone": "Europe/Berlin", "country": None, "language": "en"}
    # an invoice from Indonesia: the country, its main zone, its mail's language
    got = profiles.merge(cur, {}, {"country": "ID", "language": "id"}, "invoice")
    assert got == {"country": "ID", "timezone": "Asia/Jakarta", "language": "id"}
    # staff set the zone and the language: no invoice or reply changes them
    staff = {"timezone": "config", "language": "config"}
    got = profiles.merge(cur, staff, {"country": "ID", "language": "id"}, "invoice")
    assert got == {"country": "ID"}
    assert profiles.merge(cur, staff, {"language": "de"}, "reply") == {}
    # a reply teaches only what was defaulted
    assert profiles.merge(cur, {}, {"language": "de"}, "reply") == {"language": "de"}
    assert profiles.merge(cur, {"language": "invoice"}, {"language": "de"}, "reply") == {}
    # the config always wins, and takes a value over even when it is the same
    assert profiles.merge(cur, {"language": "invoice"}, {"language": "en"}, "config") == {
        "language": "en"}


@pytest.mark.parametrize(("address", "country"), [
    ("[Buyer address line 1], 12345 [Buyer city], DE", "DE"),
    ("Jl. Sudirman 5, Jakarta 12190, ID", "ID"),
    ("Jl. Sudirman 5, Jakarta 12190, Indonesia", "ID"),
    ("Hauptstr. 1, 10115 Berlin, Deutschland", "DE"),
    ("1 High Street, London EC1A 1BB, United Kingdom", "GB"),
    ("ul. Tverskaya 1, Moscow 125009, Россия", "RU"),
    ("Hauptstr. 1, 10115 Berlin", None),
    (None, None),
])
def test_the_country_an_address_ends_with(address, country):
    assert profiles.country_of_address(address) == country


def test_a_countrys_main_zone():
    assert profiles.main_zone("ID") == "Asia/Jakarta"
    assert profiles.main_zone("DE") == "Europe/Berlin"
    assert profiles.main_zone("FR") == "Europe/Paris"
    assert profiles.main_zone("RU") == "Europe/Moscow"


def test_the_readers_give_the_billing_address_of_an_invoice_text():
    facts = from_text("Invoice INV-9\nBill to:\nGlobex Ltd\n1 High Street\n"
                      "London EC1A 1BB, United Kingdom\n\nTotal: EUR 400.00\n", "body")
    assert profiles.country_of_address(facts.debtor_address) == "GB"


# ================================================================== the forecast ====


def test_the_forecast_shows_a_step_moved_by_a_holiday_then_by_the_cadence():
    now = datetime(2026, 8, 14, 12, tzinfo=JAKARTA)  # Friday
    inv = invoice(stages_done=frozenset({"receipt_check"}))
    steps = forecast([inv], debtor(last_chaser_at=datetime(2026, 8, 10, 2, tzinfo=UTC)),
                     now, COMPANY, days=30)
    client = [s for s in steps if s.audience == "client" and s.sent]
    first = client[0]
    # pre_due (9 Aug) is stale; past_due_5 fell due on the holiday, Monday 17 August
    assert first.local.date() == date(2026, 8, 18)
    assert first.local.hour == 9
    assert first.nominal == date(2026, 8, 17)
    assert first.moved == ("holiday: Independence Day (ID)",)
    assert "moved from 2026-08-17: holiday: Independence Day (ID)" in describe(first)
    assert str(first.local.tzinfo) == "Asia/Jakarta"
    # past_due_8 (20 Aug) waits for the cadence, a weekend and a holiday (25 Aug)
    second = client[1]
    assert second.local.date() == date(2026, 8, 26)
    assert second.moved[0].startswith("cadence: 7 days after the chaser of 2026-08-18")
    assert "weekend" in second.moved
    # the staff notice goes in Berlin's hours
    [staff] = [s for s in steps if s.template == "staff_late_notice"]
    assert str(staff.local.tzinfo) == "Europe/Berlin"
    assert staff.local.hour == 9
    # nothing goes twice; every mail in the debtor's window
    stages = [s.reason for s in client]
    assert len(stages) == len(set(stages))
    assert all(closed_because(s.at, debtor_window(debtor(), COMPANY)) is None for s in client)


def test_the_forecast_keeps_the_weekly_cap_and_a_promise():
    now = datetime(2026, 8, 18, 10, tzinfo=JAKARTA)
    paid = [invoice(id=i, state=InvoiceState.PAID, paid_amount=Decimal("500.00"),
                    paid_at=datetime(2026, 8, 17, tzinfo=UTC)) for i in (2, 3)]
    held = invoice(hold_reason="promise", hold_until=date(2026, 9, 1))
    steps = forecast([held, *paid], debtor(), now, COMPANY, days=40)
    sent = [s for s in steps if s.audience == "client" and s.sent]
    assert [s.kind for s in sent[:2]] == ["thank_you", "thank_you"]
    for a, b, c in zip(sent, sent[1:], sent[2:], strict=False):
        assert c.at - a.at >= timedelta(days=7), (a, b, c)
    [broken] = [s for s in steps if s.kind == "broken_promise"]
    assert broken.local.date() == date(2026, 9, 2)  # the day after the promised date
    chase = next(s for s in sent if s.kind == "chase")
    assert chase.at >= broken.at
    assert any(m.startswith("hold: promise until 2026-09-01") for m in chase.moved)


def test_the_forecast_changes_nothing_it_is_given():
    inv, d = invoice(), debtor()
    forecast([inv], d, datetime(2026, 8, 14, tzinfo=UTC), COMPANY, days=20)
    assert inv.stages_done == frozenset({"receipt_check", "pre_due"})
    assert d.last_chaser_at is None


def test_a_profile_language_without_letters_is_a_config_error(tmp_path):
    from mailbot.adapters.store import Store
    from mailbot.app.services import App

    cfg = parse_config(MINIMAL + '\n[debtors.profiles."Acme SARL"]\nlanguage = "fr"\n'
                       + f'\n[database]\nurl = "sqlite:///{tmp_path}/x.db"\n')
    store = Store(cfg.database.url)
    try:
        with pytest.raises(ConfigError, match=r"debtors\.profiles\.Acme SARL\.language: "
                                              r"no letters in 'fr' \(there are: de, en, id, "
                                              r"ru\)"):
            App(cfg, store)
    finally:
        store.close()

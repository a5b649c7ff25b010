"""The playbook as a pure function: mailbot.playbook.policy.plan() with hand-built views and a
given `now`. No database, no clock.

Calendar used throughout (default schedule, UTC, Mon-Fri 9-17):
invoice sent Tue 3 Nov 2026, due Thu 3 Dec 2026, so
receipt_check Fri 6 Nov, pre_due Mon 30 Nov, past_due_5 Tue 8 Dec,
past_due_8 and late_week_notice Fri 11 Dec, past_due_15 Fri 18 Dec, phone_call_task Sat 2 Jan.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from mailbot.adapters.config import ScheduleConfig
from mailbot.domain.values import Action, DebtorView, InvoiceState, InvoiceView
from mailbot.playbook.policy import is_business_time, plan

SENT = datetime(2026, 11, 3, 10, 0, tzinfo=UTC)
DUE = date(2026, 12, 3)
SCHEDULE = ScheduleConfig()
CLIENT_STAGES = ("receipt_check", "pre_due", "past_due_5", "past_due_8", "past_due_15")


def at(y: int, m: int, d: int, hour: int = 10, minute: int = 0, tz: str = "UTC") -> datetime:
    return datetime(y, m, d, hour, minute, tzinfo=ZoneInfo(tz))


def invoice(id: int = 1, *, debtor_id: int = 1, due: date = DUE, sent: datetime = SENT,
            done: tuple[str, ...] = (), **kw) -> InvoiceView:
    base = InvoiceView(
        id=id, number=f"INV-{id:03d}", debtor_id=debtor_id, state=InvoiceState.OPEN,
        amount=Decimal("1000.00"), paid_amount=Decimal("0.00"), currency="EUR",
        issue_date=sent.date(), due_date=due, sent_at=sent, seen=False, hold_until=None,
        hold_reason=None, stages_done=frozenset(done),
    )
    return replace(base, **kw)


def debtor(id: int = 1, **kw) -> DebtorView:
    base = DebtorView(id=id, name=f"Client {id}", contacts=(f"ap@client{id}.test",),
                      language="en", timezone="UTC", stopped=False, paused_reason=None,
                      last_chaser_at=None)
    return replace(base, **kw)


def run(invoices: list[InvoiceView], now: datetime, *, debtors: list[DebtorView] | None = None,
        schedule: ScheduleConfig = SCHEDULE, **kw) -> list[Action]:
    debtors = debtors or [debtor(i) for i in sorted({inv.debtor_id for inv in invoices})]
    return plan(invoices, {d.id: d for d in debtors}, now, schedule, **kw)


def of_kind(actions: list[Action], kind: str) -> list[Action]:
    return [a for a in actions if a.kind == kind]


def chases(actions: list[Action]) -> list[Action]:
    return of_kind(actions, "chase")


def done_before(stage: str) -> tuple[str, ...]:
    return CLIENT_STAGES[:CLIENT_STAGES.index(stage)]


# ------------------------------------------------------------------ stages on their dates

@pytest.mark.parametrize(("stage", "day", "template"), [
    ("receipt_check", date(2026, 11, 6), "receipt_check"),
    ("pre_due", date(2026, 11, 30), "pre_due"),
    ("past_due_5", date(2026, 12, 8), "past_due"),
    ("past_due_8", date(2026, 12, 11), "past_due_ask_date"),
    ("past_due_15", date(2026, 12, 18), "past_due"),
])
def test_each_client_stage_fires_on_its_date_and_not_the_day_before(stage, day, template):
    inv = invoice(done=done_before(stage))
    eve = day - timedelta(days=1)
    assert chases(run([inv], at(eve.year, eve.month, eve.day))) == []

    [chase] = chases(run([inv], at(day.year, day.month, day.day)))
    assert chase.template == template
    assert chase.stages == ((1, stage),)
    assert chase.invoice_ids == (1,)
    assert chase.debtor_id == 1
    assert chase.audience == "client"
    assert chase.skipped == ()


@pytest.mark.parametrize(("stage", "day", "template"), [
    ("late_week_notice", date(2026, 12, 11), "staff_late_notice"),
    # due Sat 2 Jan: staff are written to on their next business day, Mon 4 Jan
    ("phone_call_task", date(2027, 1, 4), "staff_call_task"),
])
def test_each_staff_stage_fires_on_its_date_and_not_the_day_before(stage, day, template):
    staff_done = ("late_week_notice",) if stage == "phone_call_task" else ()
    inv = invoice(done=CLIENT_STAGES + staff_done)
    eve = day - timedelta(days=1)
    assert of_kind(run([inv], at(eve.year, eve.month, eve.day)), "staff_notice") == []

    [notice] = of_kind(run([inv], at(day.year, day.month, day.day)), "staff_notice")
    assert notice.template == template
    assert notice.audience == "staff"
    assert notice.stages == ((1, stage),)
    assert notice.key == f"staff:1:{stage}"


def test_a_stage_in_stages_done_never_fires_again():
    now = at(2026, 11, 6)
    [first] = chases(run([invoice()], now))
    assert first.stages == ((1, "receipt_check"),)

    after = invoice(done=("receipt_check",))
    for later in (now, now + timedelta(hours=3), at(2026, 11, 9), at(2026, 11, 20)):
        actions = run([after], later)
        assert chases(actions) == []
        assert of_kind(actions, "skip") == []


def test_a_stage_not_yet_done_keeps_firing_until_marked_done():
    # the stage is done only when the edge records it; until then the same key returns
    inv = invoice()
    keys = {a.key for a in chases(run([inv], at(2026, 11, 6)))}
    keys |= {a.key for a in chases(run([inv], at(2026, 11, 6, 15)))}
    assert keys == {"chase:1.receipt_check"}


# ------------------------------------------------------------------ skipping

def test_receipt_check_is_skipped_when_the_invoice_was_seen():
    actions = run([invoice(seen=True)], at(2026, 11, 6))
    assert chases(actions) == []
    [skip] = of_kind(actions, "skip")
    assert skip.skipped == ((1, "receipt_check"),)
    assert skip.stages == ()


def test_seen_does_not_skip_the_other_stages():
    [chase] = chases(run([invoice(seen=True, done=("receipt_check",))], at(2026, 11, 30)))
    assert chase.stages == ((1, "pre_due"),)


def test_overtaken_stages_are_reported_as_skipped_and_only_the_latest_is_sent():
    # e.g. the bot was down, or the invoice was registered late: on day due+8 nothing
    # has been sent yet
    actions = run([invoice()], at(2026, 12, 11))
    [chase] = chases(actions)
    assert chase.stages == ((1, "past_due_8"),)
    assert chase.template == "past_due_ask_date"
    assert set(chase.skipped) == {(1, "receipt_check"), (1, "pre_due"), (1, "past_due_5")}
    assert of_kind(actions, "skip") == []  # the skips travel with the chase


def test_overtaken_stages_are_skipped_while_the_latest_waits_for_a_business_day():
    # Saturday 12 Dec: past_due_8 waits for Monday; the stages it overtook are not sent
    # either way, so they are recorded as skipped at once
    actions = run([invoice()], at(2026, 12, 12))
    assert chases(actions) == []
    [skip] = of_kind(actions, "skip")
    assert set(skip.skipped) == {(1, "receipt_check"), (1, "pre_due"), (1, "past_due_5")}
    monday = invoice(done=("receipt_check", "pre_due", "past_due_5"))
    [chase] = chases(run([monday], at(2026, 12, 14)))
    assert chase.stages == ((1, "past_due_8"),)


def test_pre_due_is_sent_late_but_never_on_or_after_the_due_date():
    # an invoice copied to the bot only a day before its due date (pre_due was 30 Nov)
    inv = invoice(sent=at(2026, 12, 2, 9), due=DUE)
    [chase] = chases(run([inv], at(2026, 12, 2)))
    assert chase.stages == ((1, "pre_due"),)

    for day in (3, 4):  # the due date and the day after
        actions = run([inv], at(2026, 12, day))
        assert chases(actions) == []
        [skip] = of_kind(actions, "skip")
        assert skip.skipped == ((1, "pre_due"),)


def test_pre_due_is_overtaken_once_past_due_stages_are_reached():
    [chase] = chases(run([invoice(done=("receipt_check",))], at(2026, 12, 8)))
    assert chase.stages == ((1, "past_due_5"),)
    assert chase.skipped == ((1, "pre_due"),)


# ------------------------------------------------------------------ business days and hours

def test_a_stage_on_a_weekend_is_held_to_monday():
    inv = invoice(due=date(2026, 12, 7), done=done_before("past_due_5"))  # +5 = Sat 12 Dec
    assert chases(run([inv], at(2026, 12, 12))) == []
    assert chases(run([inv], at(2026, 12, 13))) == []
    [chase] = chases(run([inv], at(2026, 12, 14)))
    assert chase.stages == ((inv.id, "past_due_5"),)


def test_a_german_public_holiday_holds_mail_to_the_next_business_day():
    german = ScheduleConfig(holidays_country="DE")
    # sent Tue 22 Dec: receipt_check falls on Christmas Day, Friday 25 Dec
    inv = invoice(sent=at(2026, 12, 22), due=date(2027, 1, 21))
    assert chases(run([inv], at(2026, 12, 25), schedule=german)) == []
    for day in (26, 27):  # Boxing Day is a Saturday, then Sunday
        assert chases(run([inv], at(2026, 12, day), schedule=german)) == []
    [chase] = chases(run([inv], at(2026, 12, 28), schedule=german))
    assert chase.stages == ((inv.id, "receipt_check"),)
    # without a holiday calendar Christmas Day is an ordinary Friday
    assert len(chases(run([inv], at(2026, 12, 25)))) == 1


def test_is_business_time_knows_hours_weekends_and_holidays():
    german = ScheduleConfig(holidays_country="DE")
    assert is_business_time(at(2026, 12, 22, 9), "UTC", german)
    assert not is_business_time(at(2026, 12, 22, 8, 59), "UTC", german)
    assert not is_business_time(at(2026, 12, 22, 17), "UTC", german)  # end is exclusive
    assert not is_business_time(at(2026, 12, 19, 12), "UTC", german)  # Saturday
    assert not is_business_time(at(2026, 12, 25, 12), "UTC", german)  # Christmas Day
    assert is_business_time(at(2026, 12, 25, 12), "UTC", SCHEDULE)  # no holiday calendar


def test_business_hours_are_the_debtors_local_hours():
    jakarta = debtor(1, timezone="Asia/Jakarta")  # UTC+7
    london = debtor(2, timezone="Europe/London")
    invs = [invoice(1, debtor_id=1, done=done_before("past_due_5")),
            invoice(2, debtor_id=2, done=done_before("past_due_5"))]
    # 02:00 UTC: 09:00 in Jakarta, 02:00 in London
    early = chases(run(invs, at(2026, 12, 8, 2), debtors=[jakarta, london]))
    assert [a.debtor_id for a in early] == [1]
    # 10:00 UTC: 17:00 in Jakarta (closed), 10:00 in London
    later = chases(run(invs, at(2026, 12, 8, 10), debtors=[jakarta, london]))
    assert [a.debtor_id for a in later] == [2]


def test_stage_dates_are_counted_in_the_debtors_time_zone():
    # sent Fri 6 Nov 20:00 UTC = Sat 7 Nov 05:00 in Tokyo: receipt_check is Tue 10 Nov there
    tokyo = debtor(1, timezone="Asia/Tokyo")
    inv = invoice(sent=at(2026, 11, 6, 20), due=date(2026, 12, 31))
    assert chases(run([inv], at(2026, 11, 9, 1), debtors=[tokyo])) == []  # Mon 10:00 Tokyo
    [chase] = chases(run([inv], at(2026, 11, 10, 1), debtors=[tokyo]))  # Tue 10:00 Tokyo
    assert chase.stages == ((1, "receipt_check"),)


# ------------------------------------------------------------------ one chaser at a time

def test_chasers_to_one_debtor_keep_the_minimum_gap():
    inv = invoice(done=done_before("past_due_5"))
    last = at(2026, 12, 2, 10)
    d = debtor(last_chaser_at=last)
    assert chases(run([inv], last + timedelta(days=6), debtors=[d])) == []
    assert chases(run([inv], last + timedelta(days=7) - timedelta(minutes=1), debtors=[d])) == []
    [chase] = chases(run([inv], last + timedelta(days=7), debtors=[d]))
    assert chase.stages == ((1, "past_due_5"),)


def test_the_gap_follows_the_configured_number_of_days():
    inv = invoice(done=done_before("past_due_5"))
    d = debtor(last_chaser_at=at(2026, 12, 4, 10))
    assert chases(run([inv], at(2026, 12, 8), debtors=[d])) == []
    relaxed = ScheduleConfig(min_days_between_chasers=3)
    assert len(chases(run([inv], at(2026, 12, 8), debtors=[d], schedule=relaxed))) == 1


def test_several_open_invoices_of_one_debtor_go_into_one_statement():
    invs = [
        invoice(1, done=done_before("past_due_5")),  # past_due_5 today (8 Dec)
        invoice(2, due=date(2026, 11, 30), done=done_before("past_due_8")),  # past_due_8 today
        invoice(3, due=date(2027, 1, 31), done=("receipt_check",)),  # nothing due yet
        invoice(4, debtor_id=2, done=done_before("past_due_5")),  # another debtor
    ]
    actions = chases(run(invs, at(2026, 12, 8)))
    assert len(actions) == 2
    mine = next(a for a in actions if a.debtor_id == 1)
    assert mine.template == "statement"
    # every open invoice is listed, the one not yet due too; only the due stages are done
    assert set(mine.invoice_ids) == {1, 2, 3}
    assert set(mine.stages) == {(1, "past_due_5"), (2, "past_due_8")}
    other = next(a for a in actions if a.debtor_id == 2)
    assert other.template == "past_due"
    assert other.invoice_ids == (4,)


# ------------------------------------------------------------------ payments

@pytest.mark.parametrize(("paid_at", "template"), [
    (at(2026, 12, 1, 15), "thank_you_on_time"),
    (at(2026, 12, 3, 16), "thank_you_on_time"),  # on the due date itself
    (at(2026, 12, 4, 9), "thank_you"),
])
def test_a_paid_invoice_gets_exactly_one_thank_you(paid_at, template):
    inv = invoice(state=InvoiceState.PAID, paid_amount=Decimal("1000.00"), paid_at=paid_at,
                  done=("receipt_check",))
    actions = run([inv], at(2026, 12, 8))  # past_due_5 would be due: not for a paid invoice
    [thanks] = [a for a in actions if a.kind != "digest"]
    assert thanks.kind == "thank_you"
    assert thanks.template == template
    assert thanks.invoice_ids == (1,)
    assert thanks.stages == ((1, "thank_you"),)

    thanked = replace(inv, stages_done=inv.stages_done | {"thank_you"})
    assert [a for a in run([thanked], at(2026, 12, 9)) if a.kind != "digest"] == []


def test_thank_you_waits_for_business_hours():
    inv = invoice(state=InvoiceState.PAID, paid_amount=Decimal("1000.00"),
                  paid_at=at(2026, 12, 11, 18))
    assert of_kind(run([inv], at(2026, 12, 12)), "thank_you") == []  # Saturday
    assert len(of_kind(run([inv], at(2026, 12, 14)), "thank_you")) == 1


@pytest.mark.parametrize("state", [InvoiceState.DISPUTED, InvoiceState.WRITTEN_OFF])
def test_disputed_and_written_off_invoices_are_not_chased(state):
    actions = run([invoice(state=state)], at(2026, 12, 11))
    assert [a for a in actions if a.kind != "digest"] == []


def test_a_partly_paid_invoice_is_still_chased():
    inv = invoice(state=InvoiceState.PARTIAL, paid_amount=Decimal("400.00"),
                  done=done_before("past_due_5"))
    [chase] = chases(run([inv], at(2026, 12, 8)))
    assert chase.stages == ((1, "past_due_5"),)


# ------------------------------------------------------------------ stop, pause, promises

def test_a_debtor_who_asked_to_stop_gets_no_client_mail():
    d = debtor(stopped=True)
    late = invoice(1, done=done_before("past_due_5"))
    paid = invoice(2, state=InvoiceState.PAID, paid_amount=Decimal("1000.00"),
                   paid_at=at(2026, 12, 1))
    actions = run([late, paid], at(2026, 12, 8), debtors=[d])
    assert [a for a in actions if a.audience == "client" and a.kind != "digest"] == []
    # staff still hear about a late invoice
    staff = of_kind(run([late], at(2026, 12, 11), debtors=[d]), "staff_notice")
    assert [a.template for a in staff] == ["staff_late_notice"]


def test_a_paused_debtor_is_not_chased():
    d = debtor(paused_reason="client asks: payment_details")
    inv = invoice(done=done_before("past_due_5"))
    actions = run([inv], at(2026, 12, 8), debtors=[d])
    assert chases(actions) == []
    assert of_kind(actions, "skip") == []


def test_a_paused_debtor_is_still_thanked_for_a_confirmed_payment():
    # Current behaviour, reported to the lead: the pause stops chasing only
    d = debtor(paused_reason="client asks: payment_details")
    paid = invoice(state=InvoiceState.PAID, paid_amount=Decimal("1000.00"),
                   paid_at=at(2026, 12, 1))
    assert len(of_kind(run([paid], at(2026, 12, 8), debtors=[d]), "thank_you")) == 1


def test_a_debtor_without_a_working_address_gets_no_client_mail():
    d = debtor(contacts=())
    inv = invoice(done=done_before("past_due_5"))
    assert chases(run([inv], at(2026, 12, 8), debtors=[d])) == []


def test_a_promise_holds_chasing_until_hold_until_then_flags_a_broken_promise():
    # promised 10 Dec, two days' grace: held to Sat 12 Dec inclusive
    inv = invoice(hold_reason="promise", hold_until=date(2026, 12, 12),
                  done=done_before("past_due_5"))
    for day in (8, 11, 12):
        actions = run([inv], at(2026, 12, day))
        assert chases(actions) == [], day
        assert of_kind(actions, "staff_notice") == [], day  # late_week_notice waits too
        assert of_kind(actions, "broken_promise") == [], day

    actions = run([inv], at(2026, 12, 14))
    [broken] = of_kind(actions, "broken_promise")
    assert broken.key == "broken_promise:1:2026-12-12"
    assert broken.invoice_ids == (1,)
    assert broken.debtor_id == 1
    assert chases(actions) == []  # the edge decides what follows, not this tick


def test_a_hold_without_an_end_date_holds_until_lifted():
    inv = invoice(hold_reason="paid_claim", hold_until=None, done=done_before("past_due_5"))
    for when in (at(2026, 12, 8), at(2027, 2, 1)):
        actions = run([inv], when)
        assert chases(actions) == []
        assert of_kind(actions, "broken_promise") == []
        assert of_kind(actions, "staff_notice") == []


# ------------------------------------------------------------------ digest

def test_the_digest_is_due_once_per_local_day_after_digest_hour():
    assert of_kind(run([], at(2026, 12, 8, 7, 59)), "digest") == []
    [digest] = of_kind(run([], at(2026, 12, 8, 8)), "digest")
    assert digest.key == "digest:2026-12-08"
    assert digest.template == "digest"
    assert digest.detail == {"date": "2026-12-08"}
    # later the same day: the same key, so it can only be carried out once
    [again] = of_kind(run([], at(2026, 12, 8, 16)), "digest")
    assert again.key == digest.key


def test_no_digest_when_todays_was_already_sent():
    assert of_kind(run([], at(2026, 12, 8, 9), digest_sent_for=date(2026, 12, 8)), "digest") == []
    [nxt] = of_kind(run([], at(2026, 12, 9, 9), digest_sent_for=date(2026, 12, 8)), "digest")
    assert nxt.key == "digest:2026-12-09"


def test_the_digest_day_and_hour_are_the_schedules_time_zone():
    jakarta = ScheduleConfig(timezone="Asia/Jakarta")
    # 01:00 UTC on 8 Dec is 08:00 on 8 Dec in Jakarta
    [digest] = of_kind(run([], at(2026, 12, 8, 1), schedule=jakarta), "digest")
    assert digest.key == "digest:2026-12-08"
    # 20:00 UTC on 8 Dec is already 03:00 on 9 Dec there: too early for the 9th's digest
    assert of_kind(run([], at(2026, 12, 8, 20), schedule=jakarta,
                       digest_sent_for=date(2026, 12, 8)), "digest") == []


def test_the_digest_goes_out_on_the_companys_business_days_only():
    # Saturday 12 Dec, Sunday 13 Dec: none; Monday 14 Dec: at its hour
    assert of_kind(run([], at(2026, 12, 12, 8)), "digest") == []
    assert of_kind(run([], at(2026, 12, 13, 8)), "digest") == []
    assert len(of_kind(run([], at(2026, 12, 14, 8)), "digest")) == 1
    # a public holiday of the company's country (Christmas, a Friday): none
    german = ScheduleConfig(holidays_country="DE")
    assert of_kind(run([], at(2026, 12, 25, 8), schedule=german), "digest") == []
    assert len(of_kind(run([], at(2026, 12, 24, 8), schedule=german), "digest")) == 1


# ------------------------------------------------------------------ determinism

def _busy_day() -> tuple[list[InvoiceView], list[DebtorView]]:
    invs = [
        invoice(1, done=done_before("past_due_5")),
        invoice(2, due=date(2026, 11, 30), done=done_before("past_due_8")),
        invoice(3, debtor_id=2, seen=True, sent=at(2026, 12, 3), due=date(2027, 1, 15)),
        invoice(4, debtor_id=3, state=InvoiceState.PAID, paid_amount=Decimal("1000.00"),
                paid_at=at(2026, 12, 2)),
        invoice(5, debtor_id=4, hold_reason="promise", hold_until=date(2026, 12, 5)),
        invoice(6, debtor_id=5, due=date(2026, 11, 1), done=CLIENT_STAGES),
    ]
    return invs, [debtor(i) for i in range(1, 6)]


def test_the_same_inputs_give_the_same_actions_and_keys():
    invs, debtors = _busy_day()
    now = at(2026, 12, 8, 11)
    first = run(invs, now, debtors=debtors)
    assert first == run(invs, now, debtors=debtors)
    shuffled = invs[:]
    random.Random(7).shuffle(shuffled)
    assert [a.key for a in run(shuffled, now, debtors=debtors[::-1])] == [a.key for a in first]
    keys = [a.key for a in first]
    assert len(keys) == len(set(keys))
    assert {a.kind for a in first} >= {"chase", "skip", "thank_you", "broken_promise",
                                      "staff_notice", "digest"}


# ------------------------------------------------------------------ to the end, and the ladder

ALL_CLIENT = (*CLIENT_STAGES, "past_due_30", "past_due_45")


def test_after_the_last_stage_a_statement_repeats_every_interval_while_money_is_open():
    inv = invoice(done=ALL_CLIENT)  # +45 was 17 Jan; Mon 15 Feb 2027 is +74
    now = at(2027, 2, 15)
    recent = debtor(last_chaser_at=now - timedelta(days=SCHEDULE.statement_repeat_days - 1))
    assert not chases(run([inv], now, debtors=[recent]))
    due = debtor(last_chaser_at=now - timedelta(days=SCHEDULE.statement_repeat_days))
    [repeat] = chases(run([inv], now, debtors=[due]))
    assert repeat.template == "statement"
    assert repeat.key == "chase:repeat.1.2027-02-15"
    assert repeat.invoice_ids == (1,)
    assert repeat.detail == {"ask_date": "yes"}
    # a hold (a promise, a dispute, a claim) keeps it quiet
    held = replace(inv, hold_reason="promise", hold_until=date(2027, 2, 20))
    assert not chases(run([held], now, debtors=[due]))


def test_a_statement_leaves_out_held_invoices_and_asks_from_the_eighth_day():
    late = invoice(1, done=done_before("past_due_5"))  # past_due_5 due on Tue 8 Dec
    held = invoice(2, due=date(2026, 11, 1), hold_reason="dispute")
    early = invoice(3, due=date(2027, 1, 31), done=("receipt_check",))
    [mail] = chases(run([late, held, early], at(2026, 12, 8)))
    assert mail.invoice_ids == (1, 3)
    assert mail.detail == {}  # 5 days late: not yet the question when they will pay
    [mail] = chases(run([replace(late, stages_done=frozenset(done_before("past_due_8"))),
                         early], at(2026, 12, 11)))
    assert mail.detail == {"ask_date": "yes"}


def test_ladder_steps_open_as_tasks_on_their_days_and_none_while_on_hold():
    inv = invoice(done=ALL_CLIENT)
    tasks = of_kind(run([inv], at(2027, 2, 1)), "task")  # +60
    assert [(a.key, a.detail["stage"], a.detail["on_approve"]) for a in tasks] == [
        ("ladder:1:installment_offer", "installment_offer", "send")]
    assert tasks[0].stages == ((1, "installment_offer"),)
    assert not of_kind(run([inv], at(2027, 1, 31)), "task")
    held = replace(inv, hold_reason="promise", hold_until=date(2027, 3, 1))
    assert not of_kind(run([held], at(2027, 2, 1)), "task")
    later = of_kind(run([inv], at(2027, 5, 3)), "task")  # +151: every step at once
    assert [a.detail["stage"] for a in later] == [
        "installment_offer", "credit_hold", "demand_letter", "collection_agency",
        "settlement_offer", "write_off"]
    assert [a.detail["on_approve"] for a in later][1::4] == ["credit_hold", "write_off"]


def test_the_staff_notice_is_planned_after_the_chaser_it_reports_on():
    inv = invoice(done=done_before("past_due_8"))
    kinds = [a.kind for a in run([inv], at(2026, 12, 11)) if a.kind != "digest"]
    assert kinds == ["chase", "staff_notice"]

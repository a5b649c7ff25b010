"""Invoice state transitions and what a client's reply changes: mailbot.domain.ledger. Pure."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from mailbot.domain import ledger
from mailbot.domain.ledger import (
    Due,
    apply_payment,
    discount_taken,
    reply_change,
    split_payment,
    transition,
)
from mailbot.domain.values import Classification, Intent, InvoiceState, Kind
from mailbot.errors import InvalidTransition

S = InvoiceState


# ------------------------------------------------------------------ transitions

@pytest.mark.parametrize(("state", "event", "after"), [
    (S.OPEN, "payment_partial", S.PARTIAL),
    (S.PARTIAL, "payment_partial", S.PARTIAL),
    (S.OPEN, "payment_full", S.PAID),
    (S.PARTIAL, "payment_full", S.PAID),
    (S.DISPUTED, "payment_full", S.PAID),
    (S.DISPUTED, "payment_partial", S.DISPUTED),  # part-paid, still in dispute
    (S.OPEN, "dispute", S.DISPUTED),
    (S.PARTIAL, "dispute", S.DISPUTED),
    (S.DISPUTED, "dispute", S.DISPUTED),
    (S.DISPUTED, "resolve", S.OPEN),
    (S.OPEN, "write_off", S.WRITTEN_OFF),
    (S.PARTIAL, "write_off", S.WRITTEN_OFF),
    (S.DISPUTED, "write_off", S.WRITTEN_OFF),
])
def test_valid_transitions(state, event, after):
    assert transition(state, event) == after


@pytest.mark.parametrize(("state", "event"), [
    (S.PAID, "payment_full"),  # paid twice
    (S.PAID, "payment_partial"),
    (S.PAID, "dispute"),
    (S.PAID, "write_off"),
    (S.WRITTEN_OFF, "payment_full"),
    (S.WRITTEN_OFF, "dispute"),
    (S.WRITTEN_OFF, "resolve"),
    (S.OPEN, "resolve"),  # nothing to resolve
    (S.PARTIAL, "resolve"),
    (S.OPEN, "no_such_event"),
])
def test_invalid_transitions_raise_and_name_state_and_event(state, event):
    with pytest.raises(InvalidTransition) as err:
        transition(state, event)
    assert repr(state.value) in str(err.value)
    assert repr(event) in str(err.value)


# ------------------------------------------------------------------ payments

def test_a_full_payment_closes_the_invoice():
    change = apply_payment(S.OPEN, Decimal("1000.00"), Decimal(0), Decimal("1000.00"))
    assert change.state == S.PAID
    assert change.paid_amount == Decimal("1000.00")
    assert change.event == "payment_full"


def test_a_partial_payment_leaves_a_balance():
    change = apply_payment(S.OPEN, Decimal("1000.00"), Decimal(0), Decimal("400.00"))
    assert change.state == S.PARTIAL
    assert change.paid_amount == Decimal("400.00")
    assert change.event == "payment_partial"


def test_partial_payments_add_up_to_paid():
    first = apply_payment(S.OPEN, Decimal("1000.00"), Decimal(0), Decimal("400.00"))
    second = apply_payment(first.state, Decimal("1000.00"), first.paid_amount,
                           Decimal("250.00"))
    assert (second.state, second.paid_amount) == (S.PARTIAL, Decimal("650.00"))
    last = apply_payment(second.state, Decimal("1000.00"), second.paid_amount,
                         Decimal("350.00"))
    assert (last.state, last.paid_amount, last.event) == (S.PAID, Decimal("1000.00"),
                                                            "payment_full")


def test_an_overpayment_closes_the_invoice_up_to_its_amount_and_keeps_the_excess_apart():
    change = apply_payment(S.OPEN, Decimal("1000.00"), Decimal(0), Decimal("1200.00"))
    assert change.state == S.PAID
    assert change.event == "payment_full"
    assert change.paid_amount == Decimal("1000.00")
    assert change.excess == Decimal("200.00")  # for a person: refund or credit


def test_a_payment_on_a_paid_invoice_is_rejected():
    with pytest.raises(InvalidTransition):
        apply_payment(S.PAID, Decimal("1000.00"), Decimal("1000.00"), Decimal("10.00"))


def test_a_partial_payment_on_a_disputed_invoice_keeps_the_dispute():
    change = apply_payment(S.DISPUTED, Decimal("1000.00"), Decimal(0), Decimal("500.00"))
    assert (change.state, change.paid_amount) == (S.DISPUTED, Decimal("500.00"))


# ------------------------------------------------------------------ splitting a payment

D = Decimal


def due(number: str, amount: str, *, paid: str = "0", state: InvoiceState = S.OPEN,
        issued: date = date(2026, 11, 2), due_on: date = date(2026, 11, 16),
        pct: str | None = None, days: int | None = None, currency: str = "EUR") -> Due:
    return Due(number=number, state=state, amount=D(amount), paid_amount=D(paid),
               issue_date=issued, due_date=due_on, currency=currency,
               discount_percent=D(pct) if pct else None, discount_days=days)


def test_one_invoice_takes_the_whole_payment():
    split = split_payment([due("A", "1000.00")], D("300.00"), date(2026, 11, 10))
    (share,) = split.shares
    assert (share.number, share.booked, share.change.state) == ("A", D("300.00"), S.PARTIAL)
    assert split.excess == 0


def test_the_notices_own_amounts_per_invoice_decide():
    # the notice says 100 for B and 900 for A, whatever the due dates
    split = split_payment([due("A", "1000.00", due_on=date(2026, 11, 10)),
                           due("B", "500.00", due_on=date(2026, 12, 1))], D("1000.00"),
                          date(2026, 11, 10), allocations=[("B", D("100.00")),
                                                           ("A", D("900.00"))])
    got = {s.number: (s.booked, s.change.state) for s in split.shares}
    assert got == {"A": (D("900.00"), S.PARTIAL), "B": (D("100.00"), S.PARTIAL)}


def test_without_amounts_the_invoices_are_paid_in_the_notices_order():
    # B is named first: it is paid in full, A gets the rest (not by due date)
    split = split_payment([due("B", "500.00", due_on=date(2026, 12, 1)),
                           due("A", "1000.00", due_on=date(2026, 11, 10))], D("700.00"),
                          date(2026, 11, 10))
    assert [(s.number, s.booked, s.change.state) for s in split.shares] == [
        ("B", D("500.00"), S.PAID), ("A", D("200.00"), S.PARTIAL)]


def test_what_is_left_after_every_invoice_is_paid_is_excess():
    split = split_payment([due("A", "100.00"), due("B", "50.00", paid="20.00")], D("150.00"),
                          date(2026, 11, 10))
    assert [(s.booked, s.change.paid_amount) for s in split.shares] == [
        (D("100.00"), D("100.00")), (D("30.00"), D("50.00"))]
    assert split.excess == D("20.00")


def test_an_allocated_amount_above_the_balance_is_excess():
    split = split_payment([due("A", "100.00"), due("B", "50.00")], D("180.00"),
                          date(2026, 11, 10), allocations=[("A", D("120.00")), ("B", D("60.00"))])
    assert [s.change.paid_amount for s in split.shares] == [D("100.00"), D("50.00")]
    assert split.excess == D("30.00")


def test_allocations_that_exceed_the_payment_are_refused():
    with pytest.raises(ValueError, match="more than"):
        split_payment([due("A", "100.00"), due("B", "50.00")], D("100.00"), date(2026, 11, 10),
                      allocations=[("A", D("100.00")), ("B", D("50.00"))])


@pytest.mark.parametrize(("value_date", "on_time"), [
    (date(2026, 11, 16), True),  # on the due date
    (date(2026, 11, 17), False),
])
def test_on_time_is_judged_by_the_value_date(value_date, on_time):
    (share,) = split_payment([due("A", "100.00")], D("100.00"), value_date).shares
    assert share.on_time is on_time


@pytest.mark.parametrize(("paid", "value_date", "discount"), [
    ("980.00", date(2026, 11, 12), D("20.00")),  # within the 10 days: settled
    ("980.00", date(2026, 11, 13), None),  # a day too late: the 2 % is still owed
    ("979.00", date(2026, 11, 12), None),  # not the discounted amount
    ("1000.00", date(2026, 11, 12), None),  # paid in full: no discount taken
])
def test_an_early_payment_discount_taken_within_its_terms_settles(paid, value_date, discount):
    inv = due("A", "1000.00", pct="2", days=10)
    assert discount_taken(inv, D(paid), value_date) == discount
    (share,) = split_payment([inv], D(paid), value_date).shares
    assert share.discount == (discount or 0)
    assert share.change.state == (S.PAID if discount or paid == "1000.00" else S.PARTIAL)
    assert share.booked == D(paid)


def test_a_discount_rounded_to_the_cent_either_way_is_taken():
    inv = due("A", "529.87", pct="2", days=10)  # 519.2726
    for paid in ("519.27", "519.28"):
        assert discount_taken(inv, D(paid), date(2026, 11, 5)) is not None
    assert discount_taken(inv, D("519.26"), date(2026, 11, 5)) is None


def test_a_discount_on_the_rest_after_an_earlier_part_payment():
    inv = due("A", "1000.00", paid="500.00", state=S.PARTIAL, pct="2", days=10)
    assert discount_taken(inv, D("480.00"), date(2026, 11, 5)) == D("20.00")


def test_no_discount_unless_the_terms_give_one():
    assert discount_taken(due("A", "1000.00"), D("980.00"), date(2026, 11, 3)) is None


def test_several_invoices_each_paid_with_its_discount():
    split = split_payment([due("A", "1000.00", pct="2", days=10), due("B", "500.00")],
                          D("1480.00"), date(2026, 11, 5))
    assert [(s.booked, s.discount, s.change.state) for s in split.shares] == [
        (D("980.00"), D("20.00"), S.PAID), (D("500.00"), 0, S.PAID)]
    assert split.excess == 0


def test_a_payment_on_a_paid_invoice_is_refused_by_the_split():
    with pytest.raises(InvalidTransition):
        split_payment([due("A", "100.00", paid="100.00", state=S.PAID)], D("100.00"),
                      date(2026, 11, 5))


# ------------------------------------------------------------------ client replies

def reply(intent: Intent | None, *, needs_human: bool = False, promised: date | None = None,
          reason: str = "") -> Classification:
    return Classification(kind=Kind.CLIENT_REPLY, confidence=0.4 if needs_human else 0.8,
                          needs_human=needs_human, reason=reason, intent=intent,
                          promised_date=promised)


def test_a_promise_with_a_date_holds_chasing_until_the_date_plus_grace():
    change = reply_change(reply(Intent.PROMISE, promised=date(2026, 12, 10)), grace_days=2)
    assert change.hold_reason == "promise"
    assert change.hold_until == date(2026, 12, 12)
    assert change.invoice_event is None
    assert change.pause_debtor is None
    assert not change.stop_debtor
    assert change.seen


def test_the_grace_period_is_the_given_number_of_days():
    change = reply_change(reply(Intent.PROMISE, promised=date(2026, 12, 30)), grace_days=5)
    assert change.hold_until == date(2027, 1, 4)


def test_a_paid_claim_pauses_chasing_but_does_not_mark_the_invoice_paid():
    change = reply_change(reply(Intent.PAID_CLAIM), grace_days=2)
    assert change.hold_reason == "paid_claim"
    assert change.hold_until is None  # until staff confirm
    assert change.invoice_event is None  # no "payment_full": only a notifier or staff can
    assert not change.stop_debtor
    assert change.seen


def test_a_dispute_moves_the_invoice_to_disputed_and_holds_chasing():
    change = reply_change(reply(Intent.DISPUTE), grace_days=2)
    assert change.invoice_event == "dispute"
    assert change.hold_reason == "dispute"
    assert transition(S.OPEN, change.invoice_event) == S.DISPUTED


def test_stop_stops_the_debtor_at_once():
    change = reply_change(reply(Intent.STOP), grace_days=2)
    assert change.stop_debtor
    assert change.invoice_event is None


def test_not_received_pauses_and_does_not_count_as_seen():
    change = reply_change(reply(Intent.NOT_RECEIVED), grace_days=2)
    assert change.pause_debtor
    assert "did not arrive" in change.pause_debtor
    assert not change.seen


def test_questions_pause_the_debtor_for_a_human():
    change = reply_change(reply(Intent.PAYMENT_DETAILS), grace_days=2)
    assert change.pause_debtor == "client asks: payment_details"
    assert change.hold_reason is None
    assert not change.stop_debtor


def test_a_plan_request_holds_its_invoice_and_not_the_debtor():
    change = reply_change(reply(Intent.PLAN_REQUEST), grace_days=2)
    assert (change.hold_reason, change.hold_until) == ("plan_request", None)
    assert change.pause_debtor is None
    assert not change.stop_debtor


def test_a_reply_that_needs_a_human_pauses_the_debtor_with_its_reason():
    c = reply(Intent.OTHER, needs_human=True, reason="reply not understood with confidence")
    change = reply_change(c, grace_days=2)
    assert change.pause_debtor == "reply not understood with confidence"
    assert change.hold_reason is None
    assert change.invoice_event is None
    assert not change.stop_debtor


def test_a_promise_without_a_date_is_not_a_hold():
    c = reply(Intent.PROMISE, needs_human=True, reason="promise without a date")
    change = reply_change(c, grace_days=2)
    assert change.hold_reason is None
    assert change.pause_debtor == "promise without a date"


def test_a_reply_without_intent_pauses_with_a_default_reason():
    change = reply_change(reply(None), grace_days=2)
    assert change.pause_debtor == "client reply needs a human"


def test_a_sure_reading_that_still_needs_staff_is_acted_on():
    # "we paid" read surely: staff must confirm (needs_human), but chasing pauses now
    c = dataclasses.replace(reply(Intent.PAID_CLAIM), needs_human=True)
    change = reply_change(c, grace_days=2)
    assert change.hold_reason == "paid_claim"
    assert change.pause_debtor is None


def test_an_unsure_reading_only_pauses_for_a_human():
    c = dataclasses.replace(reply(Intent.PAID_CLAIM), confidence=0.5)
    change = reply_change(c, grace_days=2)
    assert change.hold_reason is None
    assert change.pause_debtor


# -- holds, stages and addresses ----------------------------------------------------------


def test_an_absence_note_never_replaces_a_stronger_hold():
    back = date(2026, 12, 1)
    assert ledger.away(ledger.NO_HOLD, back) == ledger.Hold("away", back)
    assert ledger.away(ledger.Hold("away", date(2026, 11, 20)), back) == ledger.Hold("away", back)
    for stronger in ("promise", "dispute", "paid_claim"):
        held = ledger.Hold(stronger, date(2026, 11, 25))
        assert ledger.away(held, back) == held
    assert ledger.away(ledger.NO_HOLD, None) == ledger.NO_HOLD  # no date: no hold


def test_a_broken_promise_lifts_only_a_promise():
    assert ledger.promise_broken(ledger.Hold("promise", date(2026, 11, 20))) == ledger.NO_HOLD
    away = ledger.Hold("away", date(2026, 11, 20))
    assert ledger.promise_broken(away) == away


def test_stages_are_marked_once_and_given_back():
    assert ledger.stage_done(["pre_due"], "pre_due") == ["pre_due"]
    assert ledger.stage_done(["pre_due"], "past_due_5") == ["pre_due", "past_due_5"]
    assert ledger.stage_undone(["pre_due", "past_due_5"], "past_due_5") == ["pre_due"]


def test_only_a_permanent_bounce_marks_an_address_failing():
    assert ledger.bounced(True, date(2026, 11, 3)) == "bounced 2026-11-03"
    assert ledger.bounced(False, date(2026, 11, 3)) is None

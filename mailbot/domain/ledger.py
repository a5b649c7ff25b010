"""Invoice state transitions and what each understood message changes. Pure.

The store applies the `Change`s this module returns; it decides nothing itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from mailbot.domain.money import minor_units
from mailbot.domain.values import Classification, Intent, InvoiceState
from mailbot.errors import InvalidTransition

S = InvoiceState
TRANSITIONS: dict[tuple[InvoiceState, str], InvoiceState] = {
    (S.OPEN, "payment_partial"): S.PARTIAL,
    (S.PARTIAL, "payment_partial"): S.PARTIAL,
    (S.OPEN, "payment_full"): S.PAID,
    (S.PARTIAL, "payment_full"): S.PAID,
    (S.DISPUTED, "payment_full"): S.PAID,
    (S.DISPUTED, "payment_partial"): S.DISPUTED,
    (S.OPEN, "dispute"): S.DISPUTED,
    (S.PARTIAL, "dispute"): S.DISPUTED,
    (S.DISPUTED, "dispute"): S.DISPUTED,
    (S.DISPUTED, "resolve"): S.OPEN,
    (S.OPEN, "write_off"): S.WRITTEN_OFF,
    (S.PARTIAL, "write_off"): S.WRITTEN_OFF,
    (S.DISPUTED, "write_off"): S.WRITTEN_OFF,
}


def transition(state: InvoiceState, event: str) -> InvoiceState:
    try:
        return TRANSITIONS[(state, event)]
    except KeyError:
        raise InvalidTransition(f"invoice in state {state.value!r} cannot take {event!r}") from None


@dataclass(frozen=True)
class PaymentChange:
    state: InvoiceState
    paid_amount: Decimal
    event: str  # "payment_full" | "payment_partial"
    excess: Decimal = Decimal(0)  # received beyond the amount: not booked, a person decides


def apply_payment(state: InvoiceState, amount: Decimal, paid: Decimal,
                  received: Decimal) -> PaymentChange:
    """The invoice is paid up to its amount; anything beyond is excess (a refund or a
    credit is a person's decision, never booked silently)."""
    total = paid + received
    if total >= amount:
        return PaymentChange(transition(state, "payment_full"), max(amount, paid),
                             "payment_full", total - max(amount, paid))
    return PaymentChange(transition(state, "payment_partial"), total, "payment_partial")


def short_by_little(amount: Decimal, rest: Decimal, percent: Decimal,
                    limit: Decimal | None) -> bool:
    """A payment left `rest` of an invoice of `amount` open, and so little that it is most
    likely bank charges kept back or a rounding: at most `percent` of the amount and, when
    the currency has a `limit`, at most that too (both must hold, as accounting systems'
    payment tolerances do: a small invoice half paid is not "a little" short). A reminder
    for it would cost more goodwill than it brings, so a person decides."""
    if rest <= 0 or rest > amount * percent / 100:
        return False
    return limit is None or rest <= limit


@dataclass(frozen=True)
class Due:
    """An invoice as a payment sees it."""

    number: str
    state: InvoiceState
    amount: Decimal
    paid_amount: Decimal
    issue_date: date
    due_date: date
    currency: str = "EUR"
    discount_percent: Decimal | None = None  # early-payment discount, when the terms give one
    discount_days: int | None = None

    @property
    def balance(self) -> Decimal:
        return self.amount - self.paid_amount


@dataclass(frozen=True)
class Share:
    """What one payment does to one invoice."""

    number: str
    booked: Decimal  # the money booked to this invoice
    change: PaymentChange
    on_time: bool  # the value date is on or before the due date
    discount: Decimal = Decimal(0)  # an early-payment discount taken: settles the rest


@dataclass(frozen=True)
class PaymentSplit:
    shares: tuple[Share, ...]
    excess: Decimal  # more than the invoices owe: a person decides (refund, credit)
    # several invoices paid short with no amount per invoice: which one is short was
    # guessed (the notice's order), so a person checks it
    guessed: bool = False


def discount_taken(inv: Due, received: Decimal, value_date: date) -> Decimal | None:
    """The discount granted when `received` is the invoice's discounted rest, paid (by value
    date) within the discount days of the issue date; None when the terms give none or the
    payment does not take it. Rounding to the currency's minor unit either way is accepted."""
    if not inv.discount_percent or inv.discount_days is None:
        return None
    if value_date > inv.issue_date + timedelta(days=inv.discount_days):
        return None
    exact = inv.amount * (1 - inv.discount_percent / 100) - inv.paid_amount
    unit = Decimal(1).scaleb(-minor_units(inv.currency))
    low, high = exact.quantize(unit, ROUND_FLOOR), exact.quantize(unit, ROUND_CEILING)
    if not low <= received <= high or received >= inv.balance:
        return None
    return inv.balance - received


def _share(inv: Due, received: Decimal, value_date: date) -> Share:
    on_time = value_date <= inv.due_date
    discount = discount_taken(inv, received, value_date)
    if discount is not None:
        change = PaymentChange(transition(inv.state, "payment_full"),
                               inv.paid_amount + received, "payment_full")
        return Share(inv.number, received, change, on_time, discount)
    change = apply_payment(inv.state, inv.amount, inv.paid_amount, received)
    return Share(inv.number, received - change.excess, change, on_time)


def split_payment(invoices: Sequence[Due], received: Decimal, value_date: date,
                  allocations: Sequence[tuple[str, Decimal]] = ()) -> PaymentSplit:
    """Book one payment to the invoices its notice names, in the notice's order.

    The notice's own amount per invoice decides where it gives one. Otherwise each invoice
    in turn is paid up to its balance, or its discounted rest when the whole payment is
    exactly what the invoices owe with the discounts their terms allow. What is left after
    every invoice is paid is excess, never booked."""
    if allocations:
        by_number = {n.casefold(): a for n, a in allocations}
        given = sum((by_number.get(i.number.casefold(), Decimal(0)) for i in invoices),
                    Decimal(0))
        if given > received:
            raise ValueError(f"the amounts per invoice ({given}) are more than the payment "
                             f"({received})")
        allocated = [_share(i, by_number[i.number.casefold()], value_date) for i in invoices
                     if by_number.get(i.number.casefold())]
        excess = received - given + sum((s.change.excess for s in allocated), Decimal(0))
        return PaymentSplit(tuple(allocated), excess)
    if len(invoices) > 1:
        owed = [_discounted_rest(i, value_date) for i in invoices]
        if sum(owed, Decimal(0)) == received and owed != [i.balance for i in invoices]:
            return PaymentSplit(tuple(_share(i, o, value_date)
                                      for i, o in zip(invoices, owed, strict=True)), Decimal(0))
    shares: list[Share] = []
    remaining = received
    for n, inv in enumerate(invoices):
        last = n == len(invoices) - 1
        part = remaining if last else min(remaining, max(inv.balance, Decimal(0)))
        if part <= 0 and not (last and not shares):
            continue
        share = _share(inv, part, value_date)
        shares.append(share)
        remaining -= share.booked
    short = len(invoices) > 1 and any(s.change.state != InvoiceState.PAID for s in shares)
    return PaymentSplit(tuple(shares), remaining, guessed=short or len(shares) < len(invoices))


def _discounted_rest(inv: Due, value_date: date) -> Decimal:
    """What settles `inv` on `value_date`: its rest after a discount its terms allow, or
    its balance."""
    if inv.discount_percent and inv.discount_days is not None and (
            value_date <= inv.issue_date + timedelta(days=inv.discount_days)):
        unit = Decimal(1).scaleb(-minor_units(inv.currency))
        return (inv.amount * (1 - inv.discount_percent / 100) - inv.paid_amount).quantize(unit)
    return inv.balance


@dataclass(frozen=True)
class ReplyChange:
    """What a client's reply does to the chasing of the invoices it concerns."""

    hold_reason: str | None
    hold_until: date | None
    invoice_event: str | None = None  # a state transition, e.g. "dispute"
    stop_debtor: bool = False
    pause_debtor: str | None = None  # the debtor waits for a human
    seen: bool = True  # any reply shows the invoice arrived, except "not received"


# A reply is acted on only when read with this confidence. `needs_human` is a different
# question (must a person act?): a paid claim is read surely and still needs staff.
CONFIDENT = 0.75


def reply_change(c: Classification, grace_days: int) -> ReplyChange:
    if c.intent in (None, Intent.OTHER) or c.intent_guessed or c.confidence < CONFIDENT or (
            c.intent == Intent.PROMISE and c.promised_date is None):
        return ReplyChange(hold_reason=None, hold_until=None,
                           pause_debtor=c.reason or "client reply needs a human")
    match c.intent:
        case Intent.PROMISE if c.promised_date:
            return ReplyChange("promise", c.promised_date + timedelta(days=grace_days))
        case Intent.PAID_CLAIM:
            # a client's "we paid" is a claim: chasing pauses until staff confirm it
            return ReplyChange("paid_claim", None)
        case Intent.DISPUTE:
            return ReplyChange("dispute", None, invoice_event="dispute")
        case Intent.PLAN_REQUEST:
            # only the invoice asked about waits for staff's plan; the others go on
            return ReplyChange("plan_request", None)
        case Intent.STOP:
            return ReplyChange(None, None, stop_debtor=True)
        case Intent.NOT_RECEIVED:
            return ReplyChange(None, None, pause_debtor="client says the invoice did not arrive",
                               seen=False)
        case _:
            return ReplyChange(None, None, pause_debtor=f"client asks: {c.intent.value}")


# -- holds, stages and addresses: the smaller changes, each decided here ------------------


@dataclass(frozen=True)
class Hold:
    """Why chasing an invoice waits, and until when (None: until someone lifts it)."""

    reason: str | None = None
    until: date | None = None


NO_HOLD = Hold()


def away(current: Hold, back: date | None) -> Hold:
    """An absence note holds chasing until the client is back; it never replaces a
    stronger hold (a promise, a dispute, a paid claim) and says nothing without a date."""
    if back is None or current.reason not in (None, "away"):
        return current
    return Hold("away", back)


def promise_broken(current: Hold) -> Hold:
    """A promise whose day (with grace) has passed: chasing goes on."""
    return NO_HOLD if current.reason == "promise" else current


def resumed() -> Hold:
    """Staff lift whatever held an invoice (its debtor's pause too, not a stop)."""
    return NO_HOLD


def stage_done(done: Sequence[str], stage: str) -> list[str]:
    """The stages done once `stage` is marked: each at most once."""
    return list(done) if stage in done else [*done, stage]


def stage_undone(done: Sequence[str], stage: str) -> list[str]:
    """The stages done once a cancelled letter's `stage` is given back."""
    return [x for x in done if x != stage]


# only a report that the mailbox does not exist (X.1.x, "user unknown") kills an address:
# a full mailbox empties, a spam filter or a policy refused one message, and a failure
# nobody explained may be the server's; taking a live client for a dead address is the
# worst misreading (issue 11), so those stop one message and tell staff instead
ADDRESS_DEAD = frozenset({"user_unknown"})


def address_dead(permanent: bool | None, reason: str | None) -> bool:
    """Does this bounce say the address itself is gone? (No reason given: an older reading,
    judged by permanence alone, as it was then.)"""
    return bool(permanent) and (reason is None or reason in ADDRESS_DEAD)


def bounced(permanent: bool | None, today: date, reason: str | None = None) -> str | None:
    """Why an address is marked failing after a bounce; None: a temporary failure changes
    nothing (the next mail tries again); so does an unknown one (None), and a permanent
    one whose reason does not say the mailbox is gone (ADDRESS_DEAD)."""
    return f"bounced {today}" if address_dead(permanent, reason) else None

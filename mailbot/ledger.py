"""Invoice state transitions and what each understood message changes. Pure.

The store applies the `Change`s this module returns; it decides nothing itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from mailbot.domain import Classification, Intent, InvoiceState
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


def apply_payment(state: InvoiceState, amount: Decimal, paid: Decimal,
                  received: Decimal) -> PaymentChange:
    total = paid + received
    event = "payment_full" if total >= amount else "payment_partial"
    return PaymentChange(transition(state, event), total, event)


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
    if c.intent in (None, Intent.OTHER) or c.confidence < CONFIDENT or (
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
        case Intent.STOP:
            return ReplyChange(None, None, stop_debtor=True)
        case Intent.NOT_RECEIVED:
            return ReplyChange(None, None, pause_debtor="client says the invoice did not arrive",
                               seen=False)
        case _:
            return ReplyChange(None, None, pause_debtor=f"client asks: {c.intent.value}")

"""Thanking a client who paid: once per invoice, warmer when paid by the due date. Pure."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from mailbot.domain.values import Action, InvoiceState, InvoiceView

THANK_YOU = "thank_you"


def awaits_thanks(inv: InvoiceView) -> bool:
    return inv.state == InvoiceState.PAID and THANK_YOU not in inv.stages_done


def thank_you(inv: InvoiceView, debtor_id: int, tz: str) -> Action:
    # paid on time is judged on the day the money was paid, in the client's own zone
    on_time = inv.paid_at is not None and (
        inv.paid_at.astimezone(ZoneInfo(tz)).date() <= inv.due_date)
    return Action(key=f"thank_you:{inv.id}", kind="thank_you",
                  template="thank_you_on_time" if on_time else "thank_you",
                  debtor_id=debtor_id, invoice_ids=(inv.id,), stages=((inv.id, THANK_YOU),))

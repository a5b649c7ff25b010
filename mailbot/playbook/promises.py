"""Promises to pay: one whose day (with grace) has passed is broken, and chasing goes
on. Pure."""

from __future__ import annotations

from datetime import date

from mailbot.domain.values import Action, InvoiceView


def broken_promise(inv: InvoiceView, debtor_id: int, today: date) -> Action | None:
    if inv.hold_reason != "promise" or inv.hold_until is None or today <= inv.hold_until:
        return None
    return Action(key=f"broken_promise:{inv.id}:{inv.hold_until.isoformat()}",
                  kind="broken_promise", template="", debtor_id=debtor_id,
                  invoice_ids=(inv.id,))

"""The later steps of the ladder (an installment offer, credit hold, a demand letter, a
collection agency, a settlement for less, write-off): each prepared for staff as a task
with a drafted letter, never sent on its own. `mailbot approve` carries one out. Pure."""

from __future__ import annotations

from datetime import date

from mailbot.domain.tasks import TaskKind
from mailbot.domain.values import Action, InvoiceView
from mailbot.playbook.schedule import StageConfig

LABELS = {
    "installment_offer": "offer an installment plan or a partial payment",
    "credit_hold": "put the account on credit hold (cash only)",
    "demand_letter": "send a formal demand letter",
    "collection_agency": "announce handing the account to a collection agency",
    "settlement_offer": "offer a settlement for less than the full amount",
    "write_off": "write the invoice off",
}


def task(inv: InvoiceView, stage: StageConfig, debtor_id: int, today: date) -> Action:
    """The task for ladder step `stage` of `inv`, keyed so it opens once."""
    late = (today - inv.due_date).days
    what = LABELS.get(stage.name, stage.name.replace("_", " "))
    if stage.on_approve == "write_off":
        then = "approving writes it off (nothing is sent)"
    else:
        then = "approving sends the drafted letter"
        if stage.on_approve == "credit_hold":
            then += " and flags the client for credit hold"
    summary = (f"{inv.number}: {inv.balance} {inv.currency} open, {late} days late; "
               f"suggested: {what}; {then}")
    return Action(key=f"ladder:{inv.id}:{stage.name}", kind="task", template=stage.template,
                  debtor_id=debtor_id, invoice_ids=(inv.id,), stages=((inv.id, stage.name),),
                  audience="staff",
                  detail={"task": TaskKind.ESCALATION.value, "summary": summary,
                          "stage": stage.name, "template": stage.template,
                          "on_approve": stage.on_approve,
                          "reply_days": str(stage.reply_days)})

"""`mailbot tick --dry-run`: what a tick at `now` would do, said in clients, recipients
and subjects (each letter's subject rendered as it would go out). Reads only."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from mailbot.adapters.models import Contact, Debtor, Invoice
from mailbot.adapters.render import render_blocks
from mailbot.app.services import App
from mailbot.domain.values import Action
from mailbot.playbook.staffmail import GATHERED


def plan_in_words(bot: App, now: datetime) -> list[str]:
    """One line per thing a tick at `now` would do; empty when nothing is due."""
    lines = []
    sched = bot.scheduler
    with bot.store.session() as s:
        for a in sched.plan(now):
            debtor = s.get(Debtor, a.debtor_id) if a.debtor_id is not None else None
            name = debtor.name if debtor else "-"
            ids = [*a.invoice_ids, *(i for i, _ in a.skipped)]
            mine = list(s.exec(select(Invoice).where(col(Invoice.id).in_(ids))
                               .order_by(col(Invoice.due_date), col(Invoice.number))))
            numbers = ", ".join(i.number for i in mine if i.id in a.invoice_ids)
            if a.kind == "digest":
                lines.append(f"daily digest to {', '.join(bot.config.staff.digest_to) or '-'}")
            elif a.kind == "failed":
                lines.append(f"cannot plan for {name}: {a.detail.get('error', '?')}")
            elif a.kind == "skip":
                lines.append(f"{name}: passes over " + ", ".join(
                    f"{_number(mine, i)} {stage.replace('_', ' ')}" for i, stage in a.skipped))
            elif a.kind == "broken_promise":
                lines.append(f"{name}: the promise to pay {numbers} is broken: a task for "
                             "staff, and the next reminder is firmer")
            elif a.kind == "task":
                lines.append(f"{name}: a task for staff about {numbers or '-'}: "
                             f"{a.detail.get('summary', a.template)}")
            elif a.kind == "staff_notice":
                lines.append(_staff(s, a, mine))
            elif debtor is not None:
                contacts = list(s.exec(select(Contact).where(Contact.debtor_id == debtor.id,
                                                             Contact.failing == False)))
                by_id = {i.id: i for i in mine}
                listed = [by_id[i] for i in a.invoice_ids if i in by_id]
                ctx = sched.context_for(s, a, debtor, listed, contacts, now)
                subject = render_blocks(sched.env, a.template, debtor.language, ctx).subject
                to = ", ".join(c.email for c in contacts) or "nobody (no working address)"
                what = {"chase": "reminder", "thank_you": "thank-you",
                        "ladder": "letter"}.get(a.kind, a.kind)
                lines.append(f"{name}: {what} \u201c{subject}\u201d to {to} ({numbers})")
            else:
                lines.append(f"{a.kind} {numbers}")
        s.rollback()
    return lines


def _number(invoices: list[Invoice], inv_id: int) -> str:
    return next((i.number for i in invoices if i.id == inv_id), f"invoice {inv_id}")


def _staff(s: Session, a: Action, mine: list[Invoice]) -> str:
    to = a.detail.get("to", "").replace(",", ", ") or "nobody"
    by_id = {i.id: i for i in mine}
    about = []
    for inv_id, stage in a.stages:
        inv = by_id.get(inv_id)
        debtor = s.get(Debtor, inv.debtor_id) if inv else None
        about.append(f"{inv.number if inv else inv_id} ({debtor.name if debtor else '?'}): "
                     f"{stage.replace('_', ' ')}")
    what = "notices" if a.template == GATHERED else "notice"
    return f"staff {what} to {to}: " + "; ".join(about)

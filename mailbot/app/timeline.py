"""`mailbot plan`: the timeline the playbook will follow for one debtor, read from the
store and simulated by the pure mailbot.playbook.forecast. Reads only; writes nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlmodel import Session, col, func, select

from mailbot.adapters.config import Config
from mailbot.adapters.models import Contact, Debtor, Invoice, Outbox
from mailbot.adapters.store import NOT_SENT, STAFF_KINDS, Store
from mailbot.app.installments import load_plans
from mailbot.domain.values import DebtorView
from mailbot.errors import MailbotError
from mailbot.playbook.calendar import Window, debtor_window
from mailbot.playbook.forecast import Step, forecast


class NotFound(MailbotError):
    """No debtor or invoice by that name."""


@dataclass
class Timeline:
    debtor: DebtorView
    window: Window
    sources: dict[str, str]
    steps: list[Step] = field(default_factory=list)


def find_debtor(s: Session, target: str) -> Debtor:
    """The debtor `target` names: an invoice number, a debtor's name, a contact's
    address, or a debtor id."""
    key = target.strip()
    inv = s.exec(select(Invoice).where(Invoice.number_key == key.casefold())).first()
    if inv is not None:
        found = s.get(Debtor, inv.debtor_id)
        if found is not None:
            return found
    by_name = s.exec(select(Debtor).where(func.lower(Debtor.name) == key.lower())).all()
    if len(by_name) == 1:
        return by_name[0]
    contact = s.exec(select(Contact).where(Contact.email == key.lower())).first()
    if contact is not None and (d := s.get(Debtor, contact.debtor_id)) is not None:
        return d
    if key.isdigit() and (d := s.get(Debtor, int(key))) is not None:
        return d
    raise NotFound(f"no debtor or invoice {target!r}" if not by_name
                   else f"{len(by_name)} debtors named {target!r}: give an invoice number")


def timeline(cfg: Config, store: Store, target: str, now: datetime, days: int) -> Timeline:
    with store.session() as s:
        debtor = find_debtor(s, target)
        assert debtor.id is not None
        view = store.debtor_views(s, {debtor.id}, now)[debtor.id]
        invoices = store.invoice_views(s, debtor.id)
        recent = list(s.exec(select(Outbox.created_at).where(
            Outbox.debtor_id == debtor.id, col(Outbox.created_at) > now - timedelta(days=7),
            col(Outbox.created_at) <= now, col(Outbox.kind).not_in(STAFF_KINDS),
            col(Outbox.status).not_in(NOT_SENT))).all())
        sources = dict(debtor.profile_source)
        plans = load_plans(s, [i.id for i in invoices])
    steps = forecast(invoices, view, now, cfg.schedule, days=days, recent=recent, plans=plans)
    return Timeline(view, debtor_window(view, cfg.schedule), sources, steps)

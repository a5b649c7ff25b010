"""`mailbot show`: everything about one debtor (or the debtor of one invoice), for
people: contacts, language, zone and window, kind of payer, open invoices, promises and
holds, open tasks, the last messages, and what the playbook will do next. Reads only."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import col, or_, select

from mailbot.adapters.config import Config
from mailbot.adapters.models import Contact, Event, Invoice, MailMessage
from mailbot.adapters.store import Store, named_rows
from mailbot.app import tasks
from mailbot.app.reports import Reports
from mailbot.app.timeline import find_debtor, timeline
from mailbot.domain.events import EventKind
from mailbot.domain.money import format_money
from mailbot.playbook.forecast import Step

OPEN = ("open", "partial", "disputed")
LAST_MESSAGES = 8


@dataclass
class Overview:
    name: str
    debtor_id: int
    asked_for: str | None  # the invoice the command named, if it named one
    facts: list[tuple[str, str]]  # (label, value), in order
    contacts: list[tuple[str, str, str]]  # (address, name, state)
    invoices: list[dict[str, Any]]  # every invoice, open first
    promises: list[tuple[str, str]]  # (when, what)
    tasks: list[tasks.OpenTask]
    messages: list[dict[str, Any]]
    next_steps: list[Step] = field(default_factory=list)


def overview(cfg: Config, store: Store, reports: Reports, target: str,
             now: datetime) -> Overview:
    tz = cfg.schedule.tz
    today = now.astimezone(tz).date()
    with store.session() as s:
        debtor = find_debtor(s, target)
        did = debtor.id
        assert did is not None
        asked = s.exec(select(Invoice.number).where(
            Invoice.number_key == target.strip().casefold())).first()
        contacts = [(c.email, c.name, f"failing: {c.failing_reason or 'bounced'}"
                     if c.failing else "ok")
                    for c in s.exec(select(Contact).where(Contact.debtor_id == did)
                                    .order_by(col(Contact.id)))]
        invoices = list(s.exec(select(Invoice).where(Invoice.debtor_id == did)
                               .order_by(col(Invoice.due_date), col(Invoice.number))))
        ids = [i.id for i in invoices]
        promised = list(s.exec(select(Event).where(
            col(Event.invoice_id).in_(ids),
            or_(col(Event.kind) == EventKind.PROMISE_BROKEN,
                col(Event.kind) == EventKind.CLIENT_REPLY)).order_by(col(Event.at))))
        messages = list(named_rows(s.exec(select(  # type: ignore[call-overload]
            MailMessage.id, MailMessage.direction, MailMessage.recorded_at,
            MailMessage.from_addr, MailMessage.to_addrs, MailMessage.subject, MailMessage.kind,
            MailMessage.needs_human, MailMessage.handled).where(
            or_(MailMessage.debtor_id == did, col(MailMessage.invoice_id).in_(ids)))
            .order_by(col(MailMessage.recorded_at).desc(), col(MailMessage.id).desc())
            .limit(LAST_MESSAGES))))
        profile = dict(debtor.profile_source)
        d = debtor
    kinds = {r["debtor_id"]: r for r in reports.status(now)}
    ranked = kinds.get(did)
    numbers = {i.id: i.number for i in invoices}

    def src(name: str) -> str:
        return f" ({profile[name]})" if name in profile else " (company default)"

    hours = d.business_hours or list(cfg.schedule.business_hours)
    days = d.business_days or list(cfg.schedule.business_days)
    facts = [
        ("kind of payer", ranked["kind"] if ranked else "- (nothing open)"),
        ("language", d.language + src("language")),
        ("time zone", d.timezone + src("timezone")),
        ("holidays of", (d.country or cfg.schedule.holidays_country or "-") + src("country")),
        ("hours", f"{hours[0]:02d}-{hours[1]:02d}" + src("business_hours")),
        ("days", ",".join(map(str, days)) + src("business_days")),
        ("chasing", "STOPPED: asked not to be contacted" if d.stopped
         else f"paused: {d.paused_reason}" if d.paused_reason else "on schedule"),
    ]
    if d.credit_hold:
        facts.append(("credit hold", d.credit_hold))
    rows = []
    for i in sorted(invoices, key=lambda i: (i.state not in OPEN, i.due_date, i.number)):
        late = (today - i.due_date).days
        hold = ""
        if i.hold_reason:
            hold = i.hold_reason.replace("_", " ") + (f" until {i.hold_until}"
                                                       if i.hold_until else "")
        rows.append({"number": i.number, "state": i.state,
                     "amount": format_money(i.amount, i.currency),
                     "open": format_money(i.amount - i.paid_amount, i.currency),
                     "open_value": i.amount - i.paid_amount, "currency": i.currency,
                     "issued": i.issue_date, "due": i.due_date,
                     "age": ("-" if i.state not in OPEN else f"{late} d late" if late > 0
                             else f"due in {-late} d"),
                     "hold": hold, "seen": i.seen})
    promises = []
    for e in promised:
        if e.kind == EventKind.CLIENT_REPLY and e.detail.get("intent") != "promise":
            continue
        when = e.at.astimezone(tz).strftime("%Y-%m-%d")
        if e.kind == EventKind.PROMISE_BROKEN:
            promises.append((when, (f"{numbers.get(e.invoice_id)}: promise to pay by "
                                   f"{e.detail.get('promised_on')} BROKEN")))
        else:
            promises.append((when, (f"{numbers.get(e.invoice_id)}: promised to pay on "
                                   f"{e.detail.get('promised_date')}")))
    open_tasks = [t for t in tasks.open_tasks(store) if t.debtor_id == did]
    msgs = [{"id": m.id, "at": m.recorded_at.astimezone(tz), "direction": m.direction,
             "who": (m.from_addr if m.direction == "in" else m.to_addrs) or "?",
             "subject": m.subject, "kind": (m.kind or "-").replace("_", " "),
             "waiting": bool(m.needs_human and not m.handled)} for m in messages]
    steps = timeline(cfg, store, target, now, 120).steps[:3]  # the same debtor
    return Overview(d.name, did, asked, facts, contacts, rows, promises, open_tasks, msgs,
                    steps)

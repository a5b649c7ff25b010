"""Reports for people: the digest's data, `mailbot status`, failed actions.

Each is a few set-based statements whatever the ledger holds: only the columns shown,
only the rows listed.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from jinja2 import Environment
from sqlalchemy.sql.elements import Label
from sqlmodel import Session, col, select

from mailbot.adapters.config import Config
from mailbot.adapters.models import Debtor, Event, Invoice, MailMessage, Outbox
from mailbot.adapters.render import Rendered, render_blocks
from mailbot.adapters.store import OWING, VIEW_COLUMNS, Store, named_rows, view_of
from mailbot.app import tasks
from mailbot.domain.events import EventKind
from mailbot.domain.values import InvoiceView
from mailbot.playbook.digest import Digest, Line, build_digest
from mailbot.playbook.profile import Ranking, rank


class Reports:
    def __init__(self, config: Config, store: Store, env: Environment) -> None:
        self.config = config
        self.store = store
        self.env = env

    def digest(self, now: datetime, s: Session | None = None) -> Digest:
        if s is None:
            with self.store.session() as s2:
                return self.digest(now, s2)
        # a few set-based statements, whatever the ledger holds: only the columns shown,
        # only the rows listed (the aging sums are of the listed rows, kept exact)
        since = now - timedelta(days=1)
        today = now.astimezone(self.config.schedule.tz).date()
        arrived = [Line(f"{kind or 'unreadable'} from {from_addr or '?'}", subject)
                   for kind, from_addr, subject in s.exec(select(MailMessage.kind, MailMessage.from_addr,
                                          MailMessage.subject).where(
                       MailMessage.direction == "in", col(MailMessage.recorded_at) > since,
                       col(MailMessage.recorded_at) <= now).order_by(col(MailMessage.id)))]
        sent = [Line(f"{kind} to {', '.join(recipients)}", subject)
                for kind, recipients, subject in s.exec(select(Outbox.kind, Outbox.recipients, Outbox.subject).where(
                    Outbox.status == "sent", col(Outbox.sent_at) > since,
                    col(Outbox.sent_at) <= now, Outbox.kind != "digest"))]
        needs = [Line(f"{m.kind or 'unreadable'} from {m.from_addr or '?'}: {m.subject}",
                      str(m.quarantine_reason or m.classification.get("reason") or ""),
                      m.debtor_id)
                 for m in named_rows(s.exec(select(  # type: ignore[call-overload]
                     MailMessage.kind, MailMessage.from_addr, MailMessage.subject,
                     MailMessage.quarantine_reason, MailMessage.classification,
                     MailMessage.debtor_id).where(
                     MailMessage.direction == "in", MailMessage.needs_human == True,
                     MailMessage.handled == False,
                     col(MailMessage.recorded_at) <= now)))]
        needs += [Line(f"{o.kind} {o.status}: {o.subject}", _unsent_hint(o), o.debtor_id)
                  for o in named_rows(s.exec(select(  # type: ignore[call-overload]
                      Outbox.id, Outbox.kind, Outbox.status, Outbox.subject, Outbox.last_error,
                      Outbox.debtor_id)
                      .where(col(Outbox.status).in_(("failed", "uncertain")))
                      .order_by(col(Outbox.id))))]
        # tasks stay on the list, day after day, until a person or an event closes them
        needs += [Line(f"[task {t.id}] {t.kind.replace('_', ' ')}: {t.debtor or '-'}"
                       + (f", {t.invoice}" if t.invoice else ""),
                       f"{t.summary} (open since {t.created_at.astimezone(self.config.schedule.tz):%d %b}; "
                       + (f"`mailbot approve {t.id}` carries it out, `mailbot done {t.id}` "
                          "declines it)" if t.kind == "escalation" else
                          f"`mailbot done {t.id}` when handled)"), t.debtor_id)
                  for t in tasks.open_tasks(self.store, s) if t.created_at <= now]
        for detail, cause, debtor_id in s.exec(select(Event.detail, Event.cause, Event.debtor_id)
                                               .where(Event.kind == EventKind.RECIPIENT_REFUSED,
                                                      col(Event.at) > since, col(Event.at) <= now)):
            needs.append(Line(f"mail to {detail.get('address')} refused by the server",
                              f"{detail.get('reply')} ({cause}); the other "
                              "recipients got it", debtor_id))
        views, names = self._owing(s)
        failed = _latest_failures(s, now)
        needs += [Line(f"could not carry out {key}" + (f" for {e.debtor_name or '?'}"
                                                        if e.debtor_id else ""),
                       str(e.detail.get("error", "")), e.debtor_id) for key, e in failed.items()]
        return build_digest(today, views, names, arrived, sent, needs,
                            ranking=self.ranking(s, views, today))

    def ranking(self, s: Session, views: list[InvoiceView], today: date) -> Ranking:
        """The kinds and priorities of the debtors of the open invoices `views`."""
        cfg = self.config.profile
        return rank(today, views, self.store.histories(s, cfg.on_time_grace_days),
                    self.config.rates, cfg)

    def failures(self, now: datetime) -> list[dict[str, Any]]:
        """Actions that failed in the last day, the latest per action: for `mailbot status`
        and the digest."""
        with self.store.session() as s:
            latest = _latest_failures(s, now)
        return [{"action": key, "debtor": (e.debtor_name or "-") if e.debtor_id else "-",
                 "error": str(e.detail.get("error", "")), "at": e.at}
                for key, e in latest.items()]

    def status(self, now: datetime) -> list[dict[str, Any]]:
        """Open invoices by debtor and age, for people: the most urgent debtor first (its
        kind and each balance in the company's currency beside it), each debtor's invoices
        by due date. A few set-based statements, only what is shown."""
        today = now.astimezone(self.config.schedule.tz).date()
        with self.store.session() as s:
            views, names = self._owing(s)
            ranking = self.ranking(s, views, today)
        rows = []
        for inv in views:
            late = (today - inv.due_date).days
            d = ranking.debtors[inv.debtor_id]
            rows.append({
                "debtor": names[inv.debtor_id], "kind": str(d.kind), "number": inv.number,
                "balance": inv.balance, "currency": inv.currency,
                "in_company": ranking.invoice(inv)[1],
                "company_currency": ranking.rates.company,
                "due_date": inv.due_date, "state": inv.hold_reason or inv.state.value,
                "age": f"{late} d late" if late > 0 else f"due in {-late} d",
                "priority": d.priority, "debtor_id": inv.debtor_id,
            })
        return sorted(rows, key=lambda r: (-r["priority"], r["debtor"], r["debtor_id"],
                                           r["due_date"], r["number"]))

    def debtors(self, now: datetime) -> tuple[list[dict[str, Any]], list[str]]:
        """The debtors with open money, the most urgent first: kind, open amount per
        currency and in the company's, days late of the oldest, priority; and what the
        ranking could not weigh (a currency with no rate)."""
        today = now.astimezone(self.config.schedule.tz).date()
        with self.store.session() as s:
            views, names = self._owing(s)
            ranking = self.ranking(s, views, today)
        return [{"debtor": names[d.debtor_id], "kind": str(d.kind), "open": d.open,
                 "in_company": d.in_company, "unconverted": d.unconverted,
                 "company_currency": ranking.rates.company, "oldest_late": d.oldest_late,
                 "invoices": d.open_invoices, "priority": d.priority, "history": d.history}
                for d in ranking.ordered()], ranking.notes()

    def _owing(self, s: Session) -> tuple[list[InvoiceView], dict[int, str]]:
        """The invoices that owe money, and their debtors' names (marked when staff put
        the debtor on credit hold): one statement."""
        views: list[InvoiceView] = []
        names: dict[int, str] = {}
        debtor_name: Label[str] = col(Debtor.name).label("debtor_name")
        for r in named_rows(s.exec(select(*VIEW_COLUMNS, debtor_name,  # type: ignore[call-overload]
                                          Debtor.credit_hold)
                             .join(Debtor, col(Debtor.id) == col(Invoice.debtor_id))
                             .where(col(Invoice.state).in_(OWING))
                             .order_by(col(Invoice.id)))):
            views.append(view_of(r))
            names[r.debtor_id] = r.debtor_name + (" (credit hold)" if r.credit_hold else "")
        return views, names

    def render_digest(self, now: datetime) -> Rendered:
        return render_blocks(self.env, "digest", "en", {"digest": self.digest(now)})


def _unsent_hint(o: Any) -> str:
    if o.status == "uncertain":
        return (f"{o.last_error or 'interrupted during DATA'}; may or may not have been "
                f"delivered: check, then `mailbot retry {o.id}` to send it again")
    return f"{o.last_error or ''}; `mailbot retry {o.id}` sends it again"


def _latest_failures(s: Session, now: datetime) -> dict[str, Any]:
    """The latest failure of each action in the day before `now`, with its debtor's name."""
    latest: dict[str, Any] = {}
    for e in named_rows(s.exec(select(  # type: ignore[call-overload]
            Event.cause, Event.debtor_id, Event.detail, Event.at,
            col(Debtor.name).label("debtor_name"))
            .outerjoin(Debtor, col(Debtor.id) == col(Event.debtor_id))
            .where(Event.kind == EventKind.ACTION_FAILED, col(Event.at) > now - timedelta(days=1),
                   col(Event.at) <= now).order_by(col(Event.id)))):
        latest[e.cause] = e
    return latest

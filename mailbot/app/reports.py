"""Reports for people: the digest's data, `mailbot status`, failed actions.

Each is a few set-based statements whatever the ledger holds: only the columns shown,
only the rows listed.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from jinja2 import Environment
from sqlalchemy import func, or_
from sqlalchemy.sql.elements import Label
from sqlmodel import Session, col, select

from mailbot.adapters.config import Config
from mailbot.adapters.models import Debtor, Event, Invoice, MailMessage, Outbox, Task
from mailbot.adapters.render import Rendered, render_blocks
from mailbot.adapters.store import OWING, VIEW_READ, Store, named_rows, views_of
from mailbot.domain.events import EventKind
from mailbot.domain.money import format_money
from mailbot.domain.tasks import TaskKind, TaskState
from mailbot.domain.values import InvoiceView
from mailbot.playbook.digest import Digest, Line, build_digest, dso_trend
from mailbot.playbook.profile import Ranking, rank


class Reports:
    def __init__(self, config: Config, store: Store, env: Environment) -> None:
        self.config = config
        self.store = store
        self.env = env

    def digest(self, now: datetime, s: Session | None = None, *, rep: str = "") -> Digest:
        """The digest at `now`: the whole, or (`rep`) only the accounts of the sales rep
        who sent their invoices."""
        if s is None:
            with self.store.session() as s2:
                return self.digest(now, s2, rep=rep)
        # a few set-based statements, whatever the ledger holds: only the columns shown,
        # only the rows listed (the aging sums are of the listed rows, kept exact)
        tz = self.config.schedule.tz
        today = now.astimezone(tz).date()
        last = s.exec(select(func.max(Outbox.created_at)).where(
            Outbox.kind == "digest", col(Outbox.created_at) < now)).first()
        since = last if last is not None else now - timedelta(days=1)
        views, names = self._owing(s)
        mine: set[int] | None = None
        if rep:
            mine = set(s.exec(select(Invoice.debtor_id).distinct().where(
                func.lower(col(Invoice.staff_email)) == rep.lower())).all())
            views = [v for v in views if v.debtor_id in mine]

        def ours(debtor_id: int | None) -> bool:
            return mine is None or debtor_id in mine

        arrived = [Line(f"{n} {(kind or 'unreadable').replace('_', ' ')}")
                   for kind, n in s.exec(select(MailMessage.kind, func.count()).where(
                       MailMessage.direction == "in", col(MailMessage.recorded_at) > since,
                       col(MailMessage.recorded_at) <= now)
                       .group_by(col(MailMessage.kind)).order_by(func.count().desc()))]
        sent = _sent_per_debtor(s, since, now, ours)
        needs = [Line(f"{(m.kind or 'unreadable').replace('_', ' ')} from "
                      f"{m.from_addr or '?'}: {m.subject}",
                      str(m.quarantine_reason or m.classification.get("reason") or ""),
                      m.debtor_id, group="mail", debtor=m.debtor_name or "",
                      invoice=m.number or "", invoice_id=m.invoice_id,
                      amount=_balance(m), currency=m.currency or "",
                      since=m.recorded_at.astimezone(tz).date(), command=f"handled {m.id}")
                 for m in named_rows(s.exec(select(  # type: ignore[call-overload, misc]
                     MailMessage.id, MailMessage.kind, MailMessage.from_addr,
                     MailMessage.subject, MailMessage.quarantine_reason,
                     MailMessage.classification, MailMessage.debtor_id,
                     MailMessage.invoice_id, MailMessage.recorded_at,
                     col(Debtor.name).label("debtor_name"), Invoice.number, Invoice.amount,
                     Invoice.paid_amount, Invoice.currency)
                     .outerjoin(Debtor, col(Debtor.id) == col(MailMessage.debtor_id))
                     .outerjoin(Invoice, col(Invoice.id) == col(MailMessage.invoice_id))
                     .where(MailMessage.direction == "in", MailMessage.needs_human == True,
                            MailMessage.handled == False,
                            col(MailMessage.recorded_at) <= now)
                     .order_by(col(MailMessage.id))))
                 if ours(m.debtor_id)]
        needs += [Line(f"{o.kind} {o.status}: {o.subject}", _unsent_hint(o), o.debtor_id,
                       group="unsent", debtor=o.debtor_name or "",
                       since=o.created_at.astimezone(tz).date(), command=f"mailbot retry {o.id}")
                  for o in named_rows(s.exec(select(  # type: ignore[call-overload]
                      Outbox.id, Outbox.kind, Outbox.status, Outbox.subject, Outbox.last_error,
                      Outbox.debtor_id, Outbox.created_at, col(Debtor.name).label("debtor_name"))
                      .outerjoin(Debtor, col(Debtor.id) == col(Outbox.debtor_id))
                      .where(col(Outbox.status).in_(("failed", "uncertain")))
                      .order_by(col(Outbox.id))))
                  if ours(o.debtor_id)]
        # tasks stay on the list, day after day, until a person or an event closes them
        needs += [_task_line(t, tz) for t in named_rows(s.exec(select(  # type: ignore[call-overload]
            Task.id, Task.kind, Task.debtor_id, Task.invoice_id, Task.summary, Task.created_at,
            col(Debtor.name).label("debtor_name"), Invoice.number, Invoice.amount,
            Invoice.paid_amount, Invoice.currency)
            .outerjoin(Debtor, col(Debtor.id) == col(Task.debtor_id))
            .outerjoin(Invoice, col(Invoice.id) == col(Task.invoice_id))
            .where(Task.state == TaskState.OPEN, col(Task.created_at) <= now)
            .order_by(col(Task.id)))) if ours(t.debtor_id)]
        for e in named_rows(s.exec(select(  # type: ignore[call-overload]
                Event.detail, Event.cause, Event.debtor_id, Event.at,
                col(Debtor.name).label("debtor_name"))
                .outerjoin(Debtor, col(Debtor.id) == col(Event.debtor_id))
                .where(Event.kind == EventKind.RECIPIENT_REFUSED,
                       col(Event.at) > since, col(Event.at) <= now))):
            if ours(e.debtor_id):
                needs.append(Line(f"mail to {e.detail.get('address')} refused by the server",
                                  f"{e.detail.get('reply')} ({e.cause}); the other "
                                  "recipients got it", e.debtor_id, group="refused",
                                  debtor=e.debtor_name or "", since=e.at.astimezone(tz).date()))
        failed = _latest_failures(s, now)
        needs += [Line(f"could not carry out {key}" + (f" for {e.debtor_name or '?'}"
                                                        if e.debtor_id else ""),
                       str(e.detail.get("error", "")), e.debtor_id, group="failed",
                       debtor=e.debtor_name or "", since=e.at.astimezone(tz).date())
                  for key, e in failed.items() if ours(e.debtor_id)]
        money_in: dict[str, Decimal] = {}
        for detail, debtor_id in s.exec(select(Event.detail, Event.debtor_id).where(
                col(Event.kind).in_((EventKind.PAYMENT_FULL, EventKind.PAYMENT_PARTIAL,
                                     EventKind.OVERPAYMENT)),
                col(Event.at) > since, col(Event.at) <= now)):
            if ours(debtor_id) and detail.get("currency") and detail.get("amount") is not None:
                cur = str(detail["currency"])
                money_in[cur] = money_in.get(cur, Decimal(0)) + Decimal(str(detail["amount"]))
        return build_digest(today, views, names, arrived, sent, needs,
                            ranking=self.ranking(s, views, today), money_in=money_in,
                            since=since.astimezone(tz).date() if last is not None else None,
                            trend=self._dso_trend(s, today, mine),
                            promise_grace_days=self.config.schedule.promise_grace_days,
                            rep=rep, rep_of=self._reps_of(s, views) if not rep else None)

    def _reps_of(self, s: Session, views: list[InvoiceView]) -> dict[int, str] | None:
        """Invoice id -> the sales rep who sent it, when reps are configured."""
        if not self.config.staff.digest_per_rep:
            return None
        listed = {v.id for v in views}
        # one pass over the invoices that name a rep (no IN list of every open id)
        return {i: rep.lower() for i, rep in s.exec(
            select(Invoice.id, Invoice.staff_email).where(col(Invoice.staff_email).is_not(None)))
            if i in listed and rep}

    def _dso_trend(self, s: Session, today: date,
                   mine: set[int] | None) -> list[tuple[date, Decimal | None]]:
        """DSO on each of the last weeks, recomputed from the ledger's history (issue
        dates, payment and write-off events): two statements, of the invoices issued in
        the window or owing or paid or written off since its first day."""
        first = today - timedelta(weeks=DSO_WEEKS - 1)
        start = datetime.combine(first - timedelta(days=1), time(), self.config.schedule.tz)
        paid: dict[int, list[tuple[date, Decimal]]] = {}
        written: dict[int, date] = {}
        tz = self.config.schedule.tz
        for kind, inv_id, at, detail in s.exec(select(
                Event.kind, Event.invoice_id, Event.at, Event.detail).where(
                col(Event.kind).in_((EventKind.PAYMENT_FULL, EventKind.PAYMENT_PARTIAL,
                                     EventKind.WRITTEN_OFF)),
                col(Event.invoice_id).is_not(None), col(Event.at) >= start)):
            day = at.astimezone(tz).date()
            assert inv_id is not None
            if kind == EventKind.WRITTEN_OFF:
                written[inv_id] = day
            elif detail.get("amount") is not None:
                value = detail.get("value_date")
                paid.setdefault(inv_id, []).append(
                    (min(date.fromisoformat(value), day) if value else day,
                     Decimal(str(detail["amount"]))))
        rows = list(named_rows(s.exec(select(  # type: ignore[call-overload]
            Invoice.id, Invoice.debtor_id, Invoice.amount, Invoice.paid_amount,
            Invoice.currency, Invoice.issue_date, Invoice.state).where(or_(
                col(Invoice.issue_date) > first - timedelta(days=DSO_WINDOW),
                col(Invoice.state).in_(OWING),
                # written off since the first point: owed before that day
                col(Invoice.id).in_(list(written)),
                col(Invoice.last_paid_on) >= first - timedelta(days=1))))))
        rows = [r for r in rows if mine is None or r.debtor_id in mine]
        rates = self.config.rates
        return dso_trend(today, [(r.id, r.amount, r.currency, r.issue_date,
                                  written.get(r.id, date.min) if r.state == "written_off"
                                  else None) for r in rows],
                         paid, {r.id: r.amount - r.paid_amount for r in rows}, rates.convert,
                         weeks=DSO_WEEKS, window=DSO_WINDOW)

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
        for r in s.connection().execute(select(*VIEW_READ, debtor_name, Debtor.credit_hold)  # type: ignore[call-overload]
                                        .join(Debtor, col(Debtor.id) == col(Invoice.debtor_id))
                                        .where(col(Invoice.state).in_(OWING))
                                        .order_by(col(Invoice.id))):
            views.append(view := views_of(r))
            if view.debtor_id not in names:
                names[view.debtor_id] = r[17] + (" (credit hold)" if r[18] else "")
        return views, names

    def render_digest(self, now: datetime, *, rep: str = "") -> Rendered:
        """The whole digest, quiet or not: for a person who asks (`mailbot digest`)."""
        return render_digest(self.env, self.digest(now, rep=rep), "full")

    def reps(self, s: Session) -> list[str]:
        """The sales reps with open accounts: the staff addresses open invoices came from."""
        return sorted({e.lower() for e in s.exec(select(Invoice.staff_email).distinct().where(
            col(Invoice.state).in_(OWING), col(Invoice.staff_email).is_not(None))) if e})


def render_digest(env: Environment, digest: Digest, when_quiet: str = "line") -> Rendered:
    """The digest as a mail: subject, text, and HTML whose CSS is moved into style
    attributes (clients such as Gmail's app drop a <style> element); when nothing needs
    anyone and `when_quiet` is "line", one line."""
    import css_inline

    r = render_blocks(env, "digest", "en", {"digest": digest,
                                             "quiet_line": digest.quiet and when_quiet == "line"})
    html = css_inline.CSSInliner(keep_style_tags=False, load_remote_stylesheets=False).inline(r.html)
    return Rendered(r.subject, r.text, html)


DSO_WEEKS = 8  # the DSO trend's points, a week apart
DSO_WINDOW = 90  # days of sales DSO is measured against


def _balance(row: Any) -> Decimal | None:
    return row.amount - row.paid_amount if row.amount is not None else None


_RAW_MONEY = re.compile(r"\b(\d+(?:\.\d+)?) ([A-Z]{3})\b")


def money_words(text: str, lang: str = "en") -> str:
    """`text` with each raw amount ("48000000.00 IDR", as task summaries store them)
    written for people ("IDR48,000,000.00")."""
    def one(m: re.Match[str]) -> str:
        try:
            return format_money(Decimal(m.group(1)), m.group(2), lang)
        except (ValueError, LookupError, ArithmeticError):
            return m.group(0)
    return _RAW_MONEY.sub(one, text)


def _task_line(t: Any, tz: Any) -> Line:
    """A task of the list: who, what, since when, and the command that handles it."""
    kind = str(t.kind)
    # an escalation's letter goes out on `approve N`; `done N` declines it
    command = f"approve {t.id}" if kind == TaskKind.ESCALATION else f"done {t.id}"
    return Line(f"[task {t.id}] {kind.replace('_', ' ')}: {t.debtor_name or '-'}"
                + (f", {t.number}" if t.number else ""),
                f"{money_words(t.summary)} (open since {t.created_at.astimezone(tz):%d %b})",
                t.debtor_id, group=kind, debtor=t.debtor_name or "", invoice=t.number or "",
                invoice_id=t.invoice_id, amount=_balance(t), currency=t.currency or "",
                since=t.created_at.astimezone(tz).date(), command=command)


def _sent_per_debtor(s: Session, since: datetime, now: datetime,
                     ours: Any) -> list[Line]:
    """What the bot sent since the last digest, counted per debtor: one statement."""
    per: dict[int | None, tuple[str, dict[str, int]]] = {}
    for debtor_id, name, kind, n in s.exec(select(
            Outbox.debtor_id, Debtor.name, Outbox.kind, func.count())
            .outerjoin(Debtor, col(Debtor.id) == col(Outbox.debtor_id))
            .where(Outbox.status == "sent", col(Outbox.sent_at) > since,
                   col(Outbox.sent_at) <= now, Outbox.kind != "digest")
            .group_by(col(Outbox.debtor_id), col(Debtor.name), col(Outbox.kind))):
        if ours(debtor_id):
            per.setdefault(debtor_id, (name or "staff", {}))[1][kind] = n
    lines = []
    for debtor_id, (name, kinds) in per.items():
        total = sum(kinds.values())
        lines.append((-total, name, Line(
            f"{name}: {total} mail{'s' if total != 1 else ''}",
            ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in sorted(kinds.items())),
            debtor_id)))
    return [line for *_, line in sorted(lines, key=lambda t: (t[0], t[1]))]


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

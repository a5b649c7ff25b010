"""`mailbot preview`: a letter as the client would receive it, built by the same functions
the scheduler uses (letter_context, invoice_context, render_blocks, build_email), from a
real invoice in the store or from sample data. Sends nothing, writes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from email.message import EmailMessage
from types import SimpleNamespace
from typing import Any

from jinja2 import Environment
from sqlmodel import col, select

from mailbot.adapters.config import Config
from mailbot.adapters.letters import letter_context
from mailbot.adapters.models import Contact, Debtor, Invoice, debtor_tz
from mailbot.adapters.render import Rendered, build_email, render_blocks
from mailbot.adapters.store import Store
from mailbot.app.scheduler import invoice_context, totals
from mailbot.errors import MailbotError

# what a letter without a real invoice is addressed to, in each language
SAMPLE_CONTACTS = {"en": "Alice Smith", "de": "Frau Anna Weber", "id": "Ibu Sari Dewi",
                   "ru": "Петрова Анна Сергеевна"}
SAMPLE_CURRENCY = {"id": "IDR", "ru": "RUB"}
# letters that are not a stage of the schedule
OTHER_LETTERS = {"statement": "chase", "thank_you": "thank_you",
                 "thank_you_on_time": "thank_you"}


class PreviewError(MailbotError):
    pass


@dataclass(frozen=True)
class Preview:
    rendered: Rendered
    email: EmailMessage


def template_of(config: Config, stage: str) -> tuple[str, str, int]:
    """A stage's (template, kind, days past due of a sample invoice)."""
    for s in config.schedule.stages:
        if s.name == stage:
            if s.audience != "client":
                raise PreviewError(f"{stage} is a note to staff, not a letter to a client")
            late = s.days if s.anchor == "due" else s.days - config.schedule.default_terms_days
            return s.template, "chase", late
    if stage in OTHER_LETTERS:
        return stage, OTHER_LETTERS[stage], 5
    names = [s.name for s in config.schedule.stages if s.audience == "client"]
    raise PreviewError(f"no stage {stage!r}: one of {', '.join([*names, *OTHER_LETTERS])}")


def preview(config: Config, env: Environment, stage: str, lang: str | None, now: datetime,
            store: Store | None = None, invoice: str | None = None) -> Preview:
    template, kind, late = template_of(config, stage)
    if invoice is not None:
        assert store is not None
        with store.session() as s:
            inv = s.exec(select(Invoice).where(Invoice.number == invoice)).first()
            if inv is None:
                raise PreviewError(f"no invoice {invoice!r} in the database")
            debtor = s.get(Debtor, inv.debtor_id)
            assert debtor is not None
            contacts = list(s.exec(select(Contact).where(
                Contact.debtor_id == debtor.id, col(Contact.failing) == False)))
            lang = lang or debtor.language
            today = now.astimezone(debtor_tz(debtor)).date()
            invoices = [invoice_context(inv, today)]
            emails = [c.email for c in contacts] or ["client@example.com"]
            names = {c.email: c.name for c in contacts if c.name}
            who: Any = debtor
    else:
        lang = lang or "en"
        today = now.astimezone(config.schedule.tz).date()
        invoices = sample_invoices(today, late, lang, several=template == "statement")
        emails = ["client@example.com"]
        names = {emails[0]: SAMPLE_CONTACTS.get(lang, "")}
        who = SimpleNamespace(name="Sample Client Ltd")
    ctx = letter_context(config.company, lang, debtor=who, contact_name=names.get(emails[0], ""),
                         contact_emails=emails, invoices=invoices,
                         show_payment=kind == "chase")
    # what the scheduler adds for a reminder: the day, totals, and the question when
    # payment will come from the +8 stage on
    ctx.update({"today": today, "totals": totals(invoices),
                "ask_date": kind == "chase" and late >= 8})
    rendered = render_blocks(env, template, lang, ctx)
    email = build_email(rendered, sender=config.mailbox.address,
                        sender_name=config.mailbox.display_name, to=emails, names=names,
                        now=now, message_id=f"<preview@{config.mailbox.domain}>",
                        request_receipt=kind == "chase")
    return Preview(rendered, email)


def sample_invoices(today: date, late: int, lang: str, *, several: bool) -> list[dict[str, Any]]:
    currency = SAMPLE_CURRENCY.get(lang, "EUR")
    scale = Decimal(15000) if currency == "IDR" else Decimal(1)
    rows = [("INV-2026-0042", Decimal("1250.00"), late, 30)]
    if several:
        rows.append(("INV-2026-0057", Decimal("480.00"), late - 14, 30))
    out = []
    for number, amount, days_late, terms in rows:
        due = today - timedelta(days=days_late)
        out.append({"number": number, "amount": amount * scale, "balance": amount * scale,
                    "currency": currency, "due_date": due,
                    "issue_date": due - timedelta(days=terms), "days_late": days_late})
    return out

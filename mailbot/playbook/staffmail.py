"""Staff notices gathered: one mail per staff person per day. Pure.

The policy plans each staff notice (the +8 "rep told" notice, a call task) on its own,
keyed by invoice and stage, only inside the company's business hours. Sent one by one,
a rep with ten invoices late on the same day gets ten mails. Here the notices due for
the same person at one tick become one action whose key names the person and the
company's day ("staff:2026-12-11:anna@acme.example"): the outbox's unique key then lets
at most one such mail go to a person per day, whichever worker carries it out; notices
that fall due for someone already written to today wait for their next business day.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from mailbot.domain.values import Action, InvoiceView

GATHERED = "staff_notices"  # the template of a mail listing several notices


def recipients(inv: InvoiceView | None, fallback: Iterable[str]) -> tuple[str, ...]:
    """Who hears about an invoice: the staff member who sent it, else the digest's
    readers."""
    if inv is not None and inv.staff_email:
        return (inv.staff_email.lower(),)
    return tuple(sorted(a.lower() for a in fallback))


def day_key(day: date, to: tuple[str, ...]) -> str:
    return f"staff:{day.isoformat()}:{','.join(to)}"


def day_keys(actions: Iterable[Action], invoices: Mapping[int, InvoiceView],
             fallback: Iterable[str], day: date) -> set[str]:
    """The keys the staff notices among `actions` would be gathered under on `day`: the
    only keys of `gather`'s `written` that matter (none without a notice)."""
    fallback = tuple(fallback)
    return {day_key(day, to) for a in actions if a.kind == "staff_notice"
            if (to := recipients(invoices.get(a.invoice_ids[0]) if a.invoice_ids else None,
                                 fallback))}


def gather(actions: Iterable[Action], invoices: Mapping[int, InvoiceView],
           fallback: Iterable[str], day: date, written: Iterable[str] = ()) -> list[Action]:
    """`actions` with their staff notices gathered per recipient into one action each
    (others untouched, in order; each gathered action where its first notice was).
    `day` is the company's date; `written`: the keys of gathered mails already queued,
    whose recipients' notices wait for another day."""
    fallback = tuple(fallback)
    done = set(written)
    groups: dict[tuple[str, ...], list[Action]] = {}
    out: list[Action | tuple[str, ...]] = []
    for a in actions:
        if a.kind != "staff_notice":
            out.append(a)
            continue
        to = recipients(invoices.get(a.invoice_ids[0]) if a.invoice_ids else None, fallback)
        if not to or day_key(day, to) in done:
            continue  # nobody to tell, or told today already: tomorrow
        if to not in groups:
            groups[to] = []
            out.append(to)
        groups[to].append(a)
    return [x if isinstance(x, Action) else _one(groups[x], day, x) for x in out]


def _one(parts: list[Action], day: date, to: tuple[str, ...]) -> Action:
    parts = sorted(parts, key=lambda a: (a.invoice_ids, a.key))
    debtors = {a.debtor_id for a in parts}
    return Action(
        key=day_key(day, to), kind="staff_notice",
        template=parts[0].template if len(parts) == 1 else GATHERED,
        debtor_id=next(iter(debtors)) if len(debtors) == 1 else None,
        invoice_ids=tuple(i for a in parts for i in a.invoice_ids),
        stages=tuple(st for a in parts for st in a.stages), audience="staff",
        detail={"to": ",".join(to), "notices": " ".join(a.key for a in parts)})

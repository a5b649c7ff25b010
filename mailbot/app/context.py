"""What the configuration tells the readers, and how a reading is written down (one line
for people, JSON for the store and `mailbot classify --json`)."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from typing import Any

from mailbot.adapters.config import Config
from mailbot.domain.values import Classification
from mailbot.reading.context import Context


def context_from_config(cfg: Config) -> Context:
    """What the configuration alone tells the classifier (no ids known yet)."""
    return Context(
        bot_address=cfg.bot_address,
        staff_addresses=frozenset(cfg.staff.addresses),
        staff_domains=frozenset(cfg.staff.domains),
        notifiers=frozenset(cfg.payments.notifiers),
        require_authentication=cfg.trust.require_authentication,
        authserv_ids=frozenset(cfg.trust.authserv_ids),
        receiving_hosts=frozenset(cfg.trust.receiving_hosts),
        allow_dkim=cfg.trust.allow_dkim,
        default_terms_days=cfg.schedule.default_terms_days,
    )


def describe(c: Classification) -> str:
    """One line saying what the bot understood; for logs, the demo and the digest."""
    bits = [c.kind.value]
    if c.invoice:
        i = c.invoice
        bits.append(f"{i.number} {i.amount} {i.currency} due {i.due_date}")
    if c.payment:
        p = c.payment
        money = f"{p.amount} {p.currency}" if p.currency else str(p.amount)  # a command's: none
        bits.append(f"{money} for {', '.join(p.invoice_numbers) or '?'}")
    if c.intent:
        bits.append(f"intent={c.intent.value}")
    if c.promised_date:
        bits.append(f"promised {c.promised_date}")
    if c.return_date:
        bits.append(f"back {c.return_date}")
    if c.failed_recipients:
        bits.append("failed " + ", ".join(c.failed_recipients))
    if c.bounce_reason:
        bits.append(f"reason {c.bounce_reason}")
    if c.challenge:
        bits.append(f"confirm the sender at {c.challenge}")
    if c.original_message_id:
        bits.append(f"re {c.original_message_id}")
    if c.needs_human:
        bits.append(f"NEEDS A HUMAN ({c.reason})")
    return "; ".join(bits)


def classification_json(c: Classification) -> dict[str, Any]:
    def plain(v: Any) -> Any:
        if isinstance(v, (date, Decimal)):
            return str(v)
        if isinstance(v, dict):
            return {k: plain(x) for k, x in v.items()}
        if isinstance(v, (list, tuple)):
            return [plain(x) for x in v]
        return v

    return plain(dataclasses.asdict(c))  # type: ignore[no-any-return]

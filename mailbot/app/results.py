"""What ingest and a tick report back to their callers (the CLI, the daemon, tests)."""

from __future__ import annotations

from dataclasses import dataclass, field

from mailbot.adapters.models import Outbox


@dataclass(frozen=True)
class IngestResult:
    status: str  # "processed" | "quarantined" | "duplicate"
    message_pk: int | None
    kind: str | None = None
    summary: str = ""
    needs_human: bool = False
    reason: str = ""
    sender: str = ""  # who it is from and what it is about, for people (`mailbot sync`)
    subject: str = ""
    # the debtors whose rows the message changed (a payment, a reply, a bounce...): what
    # the daemon plans again at once, instead of a whole tick
    debtor_ids: tuple[int, ...] = ()


@dataclass
class TickReport:
    queued: list[Outbox] = field(default_factory=list)
    sent: list[Outbox] = field(default_factory=list)
    failed: list[Outbox] = field(default_factory=list)
    uncertain: list[Outbox] = field(default_factory=list)  # may have gone out: a person looks
    cancelled: list[Outbox] = field(default_factory=list)  # no longer wanted when its turn came
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    failed_actions: list[str] = field(default_factory=list)  # "key: error", see Reports.failures

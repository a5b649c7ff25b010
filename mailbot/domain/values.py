"""Value types of the domain: kinds of mail, invoice states, facts and actions.

Plain frozen dataclasses and enums; no IO, no clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum


class Kind(StrEnum):
    INVOICE_COPY = "invoice_copy"
    READ_RECEIPT = "read_receipt"
    BOUNCE = "bounce"
    AUTO_REPLY = "auto_reply"
    PAYMENT_CONFIRMATION = "payment_confirmation"
    CLIENT_REPLY = "client_reply"
    STAFF_COMMAND = "staff_command"
    # a sender-verification ("challenge/response") request: a machine holding our mail
    # until a person proves to be a real sender. Never a bounce, never answered
    CHALLENGE = "challenge"
    OTHER = "other"


class Intent(StrEnum):
    PAID_CLAIM = "paid_claim"
    PROMISE = "promise"
    DISPUTE = "dispute"
    PLAN_REQUEST = "plan_request"
    NOT_RECEIVED = "not_received"
    PAYMENT_DETAILS = "payment_details"
    STOP = "stop"
    OTHER = "other"


class InvoiceState(StrEnum):
    OPEN = "open"
    PARTIAL = "partial"
    PAID = "paid"
    DISPUTED = "disputed"
    WRITTEN_OFF = "written_off"


OPEN_STATES = frozenset({InvoiceState.OPEN, InvoiceState.PARTIAL})


@dataclass(frozen=True)
class Address:
    email: str
    name: str = ""

    @property
    def domain(self) -> str:
        return self.email.rsplit("@", 1)[-1]


@dataclass(frozen=True)
class InvoiceFacts:
    """What an invoice copy says about the invoice."""

    number: str
    amount: Decimal
    currency: str
    issue_date: date | None = None
    due_date: date | None = None
    terms_days: int | None = None
    # added for issue 4; all optional, so older callers are unaffected
    terms_business_days: bool = False  # "within 5 banking days": due date skips weekends
    discount_percent: Decimal | None = None  # early-payment discount, only when stated
    discount_days: int | None = None
    late_fee: str | None = None  # the stated late-fee / interest wording
    debtor_name: str | None = None  # the company billed (e-invoice buyer, "Bill to:")
    debtor_address: str | None = None
    source: str = "body"  # where the facts came from: einvoice | pdf | body | subject
    disagreements: tuple[str, ...] = ()  # "amount: einvoice 529.87 EUR, body 530.00 EUR"


@dataclass(frozen=True)
class PaymentFacts:
    amount: Decimal | None
    currency: str | None
    invoice_numbers: tuple[str, ...]
    paid_on: date | None = None
    # added for issue 4: what the notice says; the ledger decides full vs partial
    stated: str | None = None  # "full" | "partial" when the notice says so
    payer: str | None = None
    allocations: tuple[tuple[str, Decimal], ...] = ()  # (invoice number, amount) per line


@dataclass(frozen=True)
class Classification:
    """What the bot understood of one message. `needs_human` means: act on nothing."""

    kind: Kind
    confidence: float
    needs_human: bool
    reason: str = ""
    authenticated: bool | None = None
    invoice: InvoiceFacts | None = None
    payment: PaymentFacts | None = None
    invoice_numbers: tuple[str, ...] = ()
    intent: Intent | None = None
    # the intent is the statistical model's guess (reading.intent_model) at a reply the
    # rules did not understand: for a person to confirm, never acted on
    intent_guessed: bool = False
    promised_date: date | None = None
    return_date: date | None = None
    failed_recipients: tuple[str, ...] = ()
    bounce_permanent: bool | None = None
    # why the mail failed (reading.kinds.bounce.REASONS): user_unknown, mailbox_full,
    # policy, spam or other; a spam or policy rejection leaves the address alive
    bounce_reason: str | None = None
    original_message_id: str | None = None
    # a challenge's way to confirm the sender: the link, or "mailto:" the address to answer
    challenge: str | None = None
    debtor_contacts: tuple[Address, ...] = ()
    language: str | None = None
    reply_text: str = ""
    # the money a client's reply names for its intent (what it paid, promises or asks to
    # split): for staff to read, never acted on
    reply_amount: Decimal | None = None
    reply_currency: str | None = None
    # the day a client's paid claim says it paid: for staff to check, never acted on
    reply_paid_on: date | None = None
    # the issue date an invoice copy states when its facts are too incomplete to register
    # it (no amount yet): for staff to read, never acted on
    stated_issue_date: date | None = None


@dataclass(frozen=True)
class InvoiceView:
    """An invoice as the policy sees it: a snapshot, not a database row."""

    id: int
    number: str
    debtor_id: int
    state: InvoiceState
    amount: Decimal
    paid_amount: Decimal
    currency: str
    issue_date: date
    due_date: date
    sent_at: datetime
    seen: bool  # a read receipt or a reply showed the client has it
    hold_until: date | None
    hold_reason: str | None
    stages_done: frozenset[str]
    paid_at: datetime | None = None
    staff_email: str | None = None
    promise_missed_on: date | None = None  # a broken promise's day: the next note is firmer

    @property
    def balance(self) -> Decimal:
        return self.amount - self.paid_amount


@dataclass(frozen=True)
class DebtorView:
    id: int
    name: str
    contacts: tuple[str, ...]  # addresses that are not failing
    language: str
    timezone: str
    stopped: bool  # asked us to stop contacting them
    paused_reason: str | None  # a human reply not yet handled, a bounce, ...
    last_chaser_at: datetime | None
    # the profile (mailbot.domain.profiles): None is the company's default
    country: str | None = None  # ISO 3166 alpha-2: whose public holidays are kept
    business_hours: tuple[int, int] | None = None
    business_days: tuple[int, ...] | None = None
    # client mail queued for the debtor in the 7 days before the plan's `now`, every kind
    messages_7d: int = 0


@dataclass(frozen=True)
class Action:
    """One thing the policy wants done. Executed (or just printed) by an edge."""

    key: str  # idempotency key: the same action is never carried out twice
    kind: str  # "chase", "thank_you", "staff_notice", "digest"
    template: str
    debtor_id: int | None = None
    invoice_ids: tuple[int, ...] = ()
    stages: tuple[tuple[int, str], ...] = ()  # (invoice id, stage name) marked done
    skipped: tuple[tuple[int, str], ...] = ()  # stages overtaken by a later one
    audience: str = "client"
    detail: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AuthVerdict:
    """Who provably sent a message, as our own receiving server vouched for it
    (mailbot.reading.trust decides it). `authenticated` is None when our server left no
    result at all to go by."""

    authenticated: bool | None
    # what our server's DMARC check said of the From domain: "pass", "fail", "none" (the
    # domain publishes no policy), ...; None when it did not check
    dmarc: str | None = None
    reason: str = ""
    single_from: bool = True  # one From header holding one address

    @property
    def domain_publishes_dmarc(self) -> bool:
        return self.dmarc not in (None, "none")

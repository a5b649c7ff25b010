"""The configuration: parsed once from TOML into a frozen, typed object.

Holds no secrets: passwords are read from environment variables or 0600 files named in
the file, at the moment a connection is made. Every error names the key and the file,
never a value (a mistyped key may hold a password).
"""

from __future__ import annotations

import os
import stat
import tomllib
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from mailbot.domain.debtors import DEFAULT_PUBLIC_DOMAINS, DebtorsConfig
from mailbot.domain.ledger import short_by_little
from mailbot.domain.money import Rates
from mailbot.errors import ConfigError
from mailbot.playbook.profile import ProfileConfig
from mailbot.playbook.schedule import DEFAULT_STAGES, ScheduleConfig, StageConfig

Security = Literal["tls", "starttls", "plain"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# the rules' own settings live with the rules (the pure core); this module reads them
__all__ = ["DEFAULT_PUBLIC_DOMAINS", "DEFAULT_STAGES", "Config", "DebtorsConfig",
           "ScheduleConfig", "StageConfig", "load_config", "parse_config"]


class MailboxConfig(_Frozen):
    address: str
    display_name: str = "Accounts Receivable"
    # the domain outgoing Message-IDs are minted on; defaults to the address's domain
    message_id_domain: str | None = None

    @property
    def domain(self) -> str:
        return self.message_id_domain or self.address.rsplit("@", 1)[-1]


class ServerConfig(_Frozen):
    host: str
    port: int
    security: Security = "tls"
    username: str | None = None
    password_env: str | None = None
    # a file only its owner can read (mode 0600 or 0400), e.g. a systemd credential
    password_file: str | None = None
    timeout_seconds: float = 30.0
    ca_file: str | None = None  # extra CA to trust, e.g. a self-signed server's

    @model_validator(mode="before")
    @classmethod
    def _no_password_here(cls, data: object) -> object:
        if isinstance(data, dict) and "password" in data:
            raise ValueError("a password is never kept in the config file: name an "
                             "environment variable (password_env) or a file only you can "
                             "read (password_file)")
        return data

    @property
    def password_source(self) -> str:
        """Where the password is read from, for an error about a refused login."""
        if self.password_env is not None and (self.password_file is None
                                               or self.password_env in os.environ):
            return f"environment variable {self.password_env} (password_env)"
        if self.password_file is not None:
            return f"file {self.password_file} (password_file)"
        return "nowhere: neither password_env nor password_file is set"

    def password(self, what: str) -> str | None:
        if self.password_env is not None:
            value = os.environ.get(self.password_env)
            if value is not None or self.password_file is None:
                if value is None:
                    raise ConfigError(f"{what} password: environment variable "
                                      f"{self.password_env} is not set")
                return value
        if self.password_file is None:
            return None
        return read_secret_file(Path(self.password_file), what)


def read_secret_file(path: Path, what: str) -> str:
    """The password in `path`, refused unless only its owner may read it: a secret that
    other local users can read is no longer one."""
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            raise ConfigError(f"{what} password_file {path}: not a regular file")
        if st.st_mode & 0o077:
            raise ConfigError(f"{what} password_file {path}: others may read it (mode "
                              f"{stat.S_IMODE(st.st_mode):04o}); chmod 600 {path}")
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"{what} password_file {path}: {e.strerror}") from None
    value = text.rstrip("\r\n")
    if not value:
        raise ConfigError(f"{what} password_file {path}: empty")
    return value


class ImapConfig(ServerConfig):
    port: int = 993
    folder: str = "INBOX"
    processed_folder: str = "mailbot/processed"
    quarantine_folder: str = "mailbot/quarantine"
    # a copy of each mail the server took is filed here (IMAP APPEND): what was sent, for
    # people, and the evidence recovery looks for after a crash (adapters/sent_folder.py)
    sent_folder: str = "Sent"
    file_sent: bool = True  # false where the provider files sent mail itself (Gmail)
    idle: bool = True
    idle_seconds: int = 300  # re-IDLE this often (capped below the 29 minutes of RFC 2177)
    poll_seconds: int = 60
    # one watcher reads the folder; it renews its lease while alive, others take over
    # when it has not renewed for this long
    lease_seconds: int = 60


class SmtpConfig(ServerConfig):
    port: int = 465


class DatabaseConfig(_Frozen):
    url: str = "sqlite:///mailbot.db"


class LocalAccount(_Frozen):
    """A domestic account where clients pay without an IBAN (a bank name and number)."""

    bank: str
    number: str


class VirtualAccount(_Frozen):
    """An account number a bank gave for one debtor's payments (common in Indonesia)."""

    number: str
    bank: str | None = None


class PaymentConfig(_Frozen):
    """[company.payment]: how clients pay, in fields each letter labels in its language."""

    holder: str
    iban: str | None = None
    bic: str | None = None
    local: LocalAccount | None = None
    # "{reference}" is replaced with the reference of the invoice the link pays
    link: str | None = None
    # what the client quotes with the transfer; "{number}" is the invoice number
    reference: str = "{number}"
    # debtor's name, one of its addresses, or its domain -> the account it pays into
    virtual_accounts: dict[str, VirtualAccount] = {}

    @field_validator("iban")
    @classmethod
    def _iban(cls, v: str | None) -> str | None:
        if v is None:
            return None
        from schwifty import IBAN

        try:
            return str(IBAN(v).formatted)
        except ValueError as e:
            raise ValueError(f"not a valid IBAN ({e})") from e

    @field_validator("bic")
    @classmethod
    def _bic(cls, v: str | None) -> str | None:
        if v is None:
            return None
        from schwifty import BIC

        try:
            return str(BIC(v))
        except ValueError as e:
            raise ValueError(f"not a valid BIC ({e})") from e

    @field_validator("link")
    @classmethod
    def _link(cls, v: str | None) -> str | None:
        if v is not None:
            _placeholders(v, "reference")
        return v

    @field_validator("reference")
    @classmethod
    def _reference(cls, v: str) -> str:
        _placeholders(v, "number")
        return v

    @field_validator("virtual_accounts")
    @classmethod
    def _keys(cls, v: dict[str, VirtualAccount]) -> dict[str, VirtualAccount]:
        return {k.strip().lower(): a for k, a in v.items()}


def _placeholders(text: str, allowed: str) -> None:
    try:
        text.format(**{allowed: "x"})
    except (KeyError, IndexError, ValueError) as e:
        raise ValueError(f"only {{{allowed}}} may be filled in here ({e!r})") from e


class CompanyText(_Frozen):
    """[company.i18n.<lang>]: what the company says in letters of one language."""

    name: str | None = None
    signature: str | None = None
    note: str | None = None  # free text after the payment details


class CompanyConfig(_Frozen):
    name: str
    payment: PaymentConfig | None = None
    # deprecated: one free string for every language; [company.payment] replaces it
    payment_instructions: str | None = None
    payment_link: str | None = None  # deprecated: [company.payment] link
    signature: str = "Accounts Receivable"
    note: str | None = None
    i18n: dict[str, CompanyText] = {}
    # the currency the books are kept in: staff see every debt in it ([exchange_rates])
    currency: str = "EUR"

    @field_validator("currency")
    @classmethod
    def _code(cls, v: str) -> str:
        return _currency_code(v)

    @model_validator(mode="after")
    def _how_to_pay(self) -> CompanyConfig:
        if self.payment is None and not self.payment_instructions:
            raise ValueError("say how clients pay: a [company.payment] table (holder, iban, "
                             "bic, ...), or the older payment_instructions string")
        return self

    def text(self, lang: str) -> CompanyText:
        """Name, signature and note for letters in `lang`: its [company.i18n] table, each
        missing key from the defaults."""
        own = self.i18n.get(lang, CompanyText())
        return CompanyText(name=own.name or self.name,
                           signature=own.signature or self.signature,
                           note=own.note if own.note is not None else self.note)


class StaffConfig(_Frozen):
    addresses: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    digest_to: tuple[str, ...] = ()
    cc_staff_on_reminders: bool = False
    # when nothing needs anyone: a one-line digest ("line") or none at all ("none")
    digest_when_quiet: Literal["line", "none"] = "line"
    # each sales rep (the staff address an invoice came from) gets a digest of their
    # own accounts too; digest_to gets the whole
    digest_per_rep: bool = False

    @field_validator("addresses", "domains", "digest_to")
    @classmethod
    def _lower(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(x.strip().lower() for x in v)


class PaymentsConfig(_Frozen):
    notifiers: tuple[str, ...] = ()
    # a payment that leaves at most this share of an invoice open (and at most short_by in
    # its currency, where given) is short by bank charges or a rounding: the rest is held
    # for a person (write off or chase), not chased by mail. 0 turns it off.
    short_by_percent: Decimal = Decimal(1)
    short_by: dict[str, Decimal] = Field(default_factory=dict)

    @field_validator("notifiers")
    @classmethod
    def _lower(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(x.strip().lower() for x in v)

    @field_validator("short_by_percent")
    @classmethod
    def _percent(cls, v: Decimal) -> Decimal:
        if not v.is_finite() or not 0 <= v <= 10:
            raise ValueError("a share of the invoice from 0 to 10 (percent), like 1.0")
        return v

    @field_validator("short_by")
    @classmethod
    def _limits(cls, v: dict[str, Decimal]) -> dict[str, Decimal]:
        return _by_currency(v, lambda limit: limit >= 0, 'an amount of that currency, like "25.00"')

    def short_by_little(self, amount: Decimal, rest: Decimal, currency: str) -> bool:
        """Whether a payment leaving `rest` of `amount` open is short by little (ledger)."""
        return short_by_little(amount, rest, self.short_by_percent,
                               self.short_by.get(currency.upper()))


class TrustConfig(_Frozen):
    # Staff and payment-notifier mail changes money state only when the receiving
    # server's Authentication-Results (from one of these authserv-ids) says it passed.
    require_authentication: bool = True
    authserv_ids: tuple[str, ...] = ()
    # hosts of your own mail system as they appear after "by" in Received lines (an LMTP
    # or IMAP host in front of the MX, say); results below a Received line that none of
    # these (nor the authserv-ids) added are the sender's, and are ignored
    receiving_hosts: tuple[str, ...] = ()
    # an aligned DKIM pass counts where your server gives no DMARC result
    allow_dkim: bool = False
    # an absence note from a known contact defers chasing by at most this many days
    absence_max_days: int = Field(default=21, ge=0, le=365)

    @field_validator("authserv_ids", "receiving_hosts")
    @classmethod
    def _hosts(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(x.strip().lower().rstrip(".") for x in v)


class Config(_Frozen):
    mailbox: MailboxConfig
    imap: ImapConfig
    smtp: SmtpConfig
    database: DatabaseConfig = DatabaseConfig()
    company: CompanyConfig
    staff: StaffConfig = StaffConfig()
    payments: PaymentsConfig = PaymentsConfig()
    trust: TrustConfig = TrustConfig()
    schedule: ScheduleConfig = ScheduleConfig()
    debtors: DebtorsConfig = DebtorsConfig()
    profile: ProfileConfig = ProfileConfig()
    # what one unit of a currency is worth in company.currency: USD = "0.92"
    exchange_rates: dict[str, Decimal] = Field(default_factory=dict)
    templates_dir: str | None = None

    @property
    def bot_address(self) -> str:
        return self.mailbox.address.lower()

    @property
    def rates(self) -> Rates:
        return Rates(self.company.currency, self.exchange_rates)

    @field_validator("exchange_rates")
    @classmethod
    def _rates(cls, v: dict[str, Decimal]) -> dict[str, Decimal]:
        return _by_currency(v, lambda rate: rate > 0, 'a rate is a positive number, like "0.92"')

    @model_validator(mode="after")
    def _own_rate(self) -> Config:
        own = self.exchange_rates.get(self.company.currency)
        if own is not None and own != 1:
            raise ValueError(f"exchange_rates.{self.company.currency}: the company's own "
                             f"currency is worth 1, not {own}")
        return self


def _by_currency(v: dict[str, Decimal], ok: Callable[[Decimal], bool],
                 what: str) -> dict[str, Decimal]:
    """A table of numbers by currency, its codes checked and upper-cased; a number that
    is not finite or not `ok` is refused, saying `what` it should be."""
    out = {}
    for code, value in v.items():
        if not value.is_finite() or not ok(value):
            raise ValueError(f"{code}: {what}")
        out[_currency_code(code)] = value
    return out


def _currency_code(v: str) -> str:
    code = v.strip().upper()
    if len(code) != 3 or not code.isalpha() or not code.isascii():
        raise ValueError(f"{v!r} is not an ISO 4217 currency code, like EUR")
    return code


def parse_config(text: str, source: str = "<config>") -> Config:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{source}: not valid TOML: {e}") from e
    try:
        return Config.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        key = ".".join(str(p) for p in first["loc"])
        # not chained: pydantic's own text quotes the offending value, maybe a password
        raise ConfigError(f"{source}: {key}: {first['msg']}") from None


def load_config(path: str | Path) -> Config:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise ConfigError(
            f"{p}: no such config file (copy config.example.toml to config.toml)"
        ) from e
    except OSError as e:
        raise ConfigError(f"{p}: cannot read: {e.strerror}") from e
    except UnicodeDecodeError as e:
        raise ConfigError(f"{p}: not UTF-8 text (byte {e.start})") from e
    return parse_config(text, str(p))

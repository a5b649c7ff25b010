"""The configuration: parsed once from TOML into a frozen, typed object.

Holds no secrets: passwords are read from environment variables named in the file,
at the moment a connection is made. Every error names the key and the file.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from mailbot.errors import ConfigError

Security = Literal["tls", "starttls", "plain"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


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
    timeout_seconds: float = 30.0
    ca_file: str | None = None  # extra CA to trust, e.g. a self-signed server's

    def password(self, what: str) -> str | None:
        if self.password_env is None:
            return None
        value = os.environ.get(self.password_env)
        if value is None:
            raise ConfigError(
                f"{what} password: environment variable {self.password_env} is not set"
            )
        return value


class ImapConfig(ServerConfig):
    port: int = 993
    folder: str = "INBOX"
    processed_folder: str = "mailbot/processed"
    quarantine_folder: str = "mailbot/quarantine"
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


class CompanyConfig(_Frozen):
    name: str
    payment_instructions: str
    payment_link: str | None = None
    signature: str = "Accounts Receivable"


class StaffConfig(_Frozen):
    addresses: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    digest_to: tuple[str, ...] = ()
    cc_staff_on_reminders: bool = False

    @field_validator("addresses", "domains", "digest_to")
    @classmethod
    def _lower(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(x.strip().lower() for x in v)


class PaymentsConfig(_Frozen):
    notifiers: tuple[str, ...] = ()

    @field_validator("notifiers")
    @classmethod
    def _lower(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(x.strip().lower() for x in v)


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


# Mail providers whose users are people, not one company: an address there is a debtor of
# its own unless [debtors.map] says whose it is. Extended by [debtors] public_domains.
DEFAULT_PUBLIC_DOMAINS: frozenset[str] = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk",
    "hotmail.de", "hotmail.fr", "live.com", "live.de", "msn.com", "yahoo.com",
    "yahoo.co.uk", "yahoo.de", "yahoo.fr", "yahoo.co.id", "ymail.com", "rocketmail.com",
    "icloud.com", "me.com", "mac.com", "aol.com", "aim.com", "gmx.de", "gmx.net", "gmx.at",
    "gmx.ch", "gmx.com", "web.de", "t-online.de", "freenet.de", "posteo.de", "mailbox.org",
    "mail.ru", "inbox.ru", "list.ru", "bk.ru", "yandex.ru", "yandex.com", "ya.ru",
    "rambler.ru", "protonmail.com", "protonmail.ch", "proton.me", "pm.me", "zoho.com",
    "tutanota.com", "tuta.io", "fastmail.com", "hey.com", "mail.com", "email.com",
    "qq.com", "163.com", "126.com", "naver.com", "rediffmail.com", "libero.it",
    "orange.fr", "wanadoo.fr", "laposte.net", "free.fr", "seznam.cz", "wp.pl", "o2.pl",
})


class DebtorsConfig(_Frozen):
    """Which addresses are one debtor. Addresses at one organisation's domain (subdomains
    included) are one company; at a public mail provider each address is its own debtor;
    `map` names the debtor of an address or a domain where the domains cannot tell."""

    public_domains: tuple[str, ...] = ()
    # "billing@globex-holding.test" = "Globex" or "globex-holding.test" = "Globex": every
    # address and domain given the same name is one debtor of that name
    map: dict[str, str] = Field(default_factory=dict)

    @field_validator("public_domains")
    @classmethod
    def _domains(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        out = tuple(x.strip().lower().rstrip(".") for x in v)
        if any(not x or "@" in x for x in out):
            raise ValueError("a domain, like mail.example, without @")
        return out

    @field_validator("map")
    @classmethod
    def _map(cls, v: dict[str, str]) -> dict[str, str]:
        out = {}
        for key, name in v.items():
            k = key.strip().lower().rstrip(".")
            if not k or " " in k or "." not in k.rpartition("@")[2]:
                raise ValueError(f"{key!r}: an address (billing@example.com) or a domain "
                                 "(example.com)")
            if not name.strip():
                raise ValueError(f"{key!r}: the debtor's name is empty")
            out[k] = name.strip()
        return out

    def is_public(self, domain: str) -> bool:
        """Whether `domain` or a parent of it is a public mail provider's."""
        labels = domain.lower().rstrip(".").split(".")
        parents = {".".join(labels[i:]) for i in range(len(labels))}
        return bool(parents & (DEFAULT_PUBLIC_DOMAINS | set(self.public_domains)))


Anchor = Literal["sent", "due"]
Audience = Literal["client", "staff"]


class StageConfig(_Frozen):
    name: str
    anchor: Anchor
    days: int
    template: str
    audience: Audience = "client"
    # the "did it arrive?" check is pointless once a receipt or a reply showed it did
    skip_if_seen: bool = False


DEFAULT_STAGES: tuple[StageConfig, ...] = (
    StageConfig(name="receipt_check", anchor="sent", days=3, template="receipt_check",
                skip_if_seen=True),
    StageConfig(name="pre_due", anchor="due", days=-3, template="pre_due"),
    StageConfig(name="past_due_5", anchor="due", days=5, template="past_due"),
    StageConfig(name="past_due_8", anchor="due", days=8, template="past_due_ask_date"),
    StageConfig(name="late_week_notice", anchor="due", days=8, template="staff_late_notice",
                audience="staff"),
    StageConfig(name="past_due_15", anchor="due", days=15, template="past_due"),
    StageConfig(name="phone_call_task", anchor="due", days=30, template="staff_call_task",
                audience="staff"),
)


class ScheduleConfig(_Frozen):
    timezone: str = "UTC"
    tick_minutes: int = Field(default=5, ge=1)
    digest_hour: int = Field(default=8, ge=0, le=23)
    business_hours: tuple[int, int] = (9, 17)
    business_days: tuple[int, ...] = (1, 2, 3, 4, 5)  # ISO weekdays
    holidays_country: str | None = None
    min_days_between_chasers: int = 7
    promise_grace_days: int = 2
    default_terms_days: int = 30
    stages: tuple[StageConfig, ...] = DEFAULT_STAGES

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError) as e:
            raise ValueError(f"unknown time zone {v!r}") from e
        return v

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


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
    templates_dir: str | None = None

    @property
    def bot_address(self) -> str:
        return self.mailbox.address.lower()


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
        raise ConfigError(f"{source}: {key}: {first['msg']}") from e


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

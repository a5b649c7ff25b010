"""Which company an address belongs to: the key that makes a later invoice to a colleague
the same debtor. Pure: the configuration and the public-suffix list decide, no database.

A debtor is a company. Addresses at one organisational domain (finance.initech.test and
initech.test alike) are one company; an address at a public mail provider is a person
and its own debtor; `[debtors.map]` names the debtor of an address or a domain where the
domains cannot tell (a holding's billing address, a client who writes from gmail).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from publicsuffixlist import PublicSuffixList
from pydantic import BaseModel, ConfigDict, Field, field_validator

from mailbot.domain.profiles import DebtorProfile
from mailbot.domain.terms import parse_late_fee

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


class DebtorsConfig(BaseModel):
    """Which addresses are one debtor. Addresses at one organisation's domain (subdomains
    included) are one company; at a public mail provider each address is its own debtor;
    `map` names the debtor of an address or a domain where the domains cannot tell."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    public_domains: tuple[str, ...] = ()
    # "billing@globex-holding.test" = "Globex" or "globex-holding.test" = "Globex": every
    # address and domain given the same name is one debtor of that name
    map: dict[str, str] = Field(default_factory=dict)
    # [debtors.profiles."Acme GmbH"] (a debtor's name, an address or a domain): the
    # debtor's zone, country, language, hours and days, stronger than any inference
    profiles: dict[str, DebtorProfile] = Field(default_factory=dict)
    # a debtor's name = its late-fee or interest terms where its invoices do not state them
    # (e.g. in the contract): "1.5% per month", "EUR 40 flat fee" (mailbot.domain.terms)
    late_fees: dict[str, str] = Field(default_factory=dict)

    @field_validator("late_fees")
    @classmethod
    def _late_fees(cls, v: dict[str, str]) -> dict[str, str]:
        for name, wording in v.items():
            if parse_late_fee(wording) is None:
                raise ValueError(f"{name!r}: cannot read late-fee terms from {wording!r}; "
                                 "write e.g. \"1.5% per month\" or \"EUR 40 flat fee\"")
        return {k.strip().casefold(): w for k, w in v.items()}

    def late_fee_of(self, debtor_name: str) -> str | None:
        return self.late_fees.get(debtor_name.strip().casefold())

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



@cache
def public_suffix_list() -> PublicSuffixList:
    return PublicSuffixList()  # the list bundled with the package: no network


def organisational_domain(domain: str) -> str:
    """The registrable domain ("initech.test" for "finance.initech.test"): what DMARC
    aligns on and what makes colleagues one company."""
    domain = domain.lower().rstrip(".")
    return public_suffix_list().privatesuffix(domain) or domain


@dataclass(frozen=True)
class Company:
    key: str  # stored as Debtor.company: "name:globex" or "domain:initech.test"
    name: str | None = None  # the configured debtor name, when the map gave one

    @property
    def default_name(self) -> str:
        """A name for a new debtor when neither the map nor the invoice gives one:
        "Initech" for initech.test and finance.initech.test alike."""
        kind, _, value = self.key.partition(":")
        return self.name or (value.split(".")[0].capitalize() if kind == "domain" else value)


def company_of(email: str, cfg: DebtorsConfig) -> Company | None:
    """The company `email` belongs to, or None when only the address itself is known
    (a public mail provider's user nobody mapped)."""
    email = email.strip().lower()
    domain = email.rpartition("@")[2].rstrip(".")
    named = cfg.map.get(email) or _mapped_domain(domain, cfg)
    if named:
        return Company(f"name:{named.casefold()}", named)
    if not domain or cfg.is_public(domain):
        return None
    return Company(f"domain:{organisational_domain(domain)}")


def _mapped_domain(domain: str, cfg: DebtorsConfig) -> str | None:
    """The name the map gives `domain` or its nearest parent domain."""
    labels = domain.split(".")
    for i in range(len(labels) - 1):
        name = cfg.map.get(".".join(labels[i:]))
        if name:
            return name
    return None

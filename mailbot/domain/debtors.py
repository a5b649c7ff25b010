"""Which company an address belongs to: the key that makes a later invoice to a colleague
the same debtor. Pure: the configuration and the public-suffix list decide, no database.

A debtor is a company. Addresses at one organisational domain (finance.initech.test and
initech.test alike) are one company; an address at a public mail provider is a person
and its own debtor; `[debtors.map]` names the debtor of an address or a domain where the
domains cannot tell (a holding's billing address, a client who writes from gmail).
"""

from __future__ import annotations

from dataclasses import dataclass

from mailbot.adapters.config import DebtorsConfig
from mailbot.reading.trust import organisational_domain


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

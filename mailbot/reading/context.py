"""What the classifier may know beyond the message itself: configuration and the ids
and addresses the store already holds. A plain value; pure."""

from __future__ import annotations

from dataclasses import dataclass, field

from mailbot.domain.values import Address
from mailbot.reading.facts import KnownFacts, StaticFacts
from mailbot.reading.trust import TrustPolicy


@dataclass(frozen=True)
class Context:
    """What the classifier may know beyond the message: configuration and known ids."""

    bot_address: str
    staff_addresses: frozenset[str] = frozenset()
    staff_domains: frozenset[str] = frozenset()
    notifiers: frozenset[str] = frozenset()
    require_authentication: bool = True
    authserv_ids: frozenset[str] = frozenset()
    receiving_hosts: frozenset[str] = frozenset()
    allow_dkim: bool = False
    default_terms_days: int = 30
    known_invoice_numbers: tuple[str, ...] = ()
    known_message_ids: frozenset[str] = frozenset()
    known_contacts: frozenset[str] = field(default_factory=frozenset)
    # the store's answers (SqlFacts); without it, the three lists above answer
    lookup: KnownFacts | None = field(default=None, compare=False)

    @property
    def facts(self) -> KnownFacts:
        if self.lookup is not None:
            return self.lookup
        return StaticFacts(self.known_invoice_numbers, self.known_message_ids,
                           self.known_contacts)

    @property
    def trust(self) -> TrustPolicy:
        return TrustPolicy(self.authserv_ids, self.receiving_hosts, self.allow_dkim)

    def is_staff(self, a: Address | None) -> bool:
        return a is not None and (a.email in self.staff_addresses
                                  or a.domain in self.staff_domains)

    def is_notifier(self, a: Address | None) -> bool:
        return a is not None and (a.email in self.notifiers or f"@{a.domain}" in self.notifiers)


def context_from_mapping(data: dict[str, object]) -> Context:
    """A Context from plain values, e.g. a TOML table (see tests/data/eval/context.toml)."""

    def strings(key: str) -> tuple[str, ...]:
        value = data.get(key, ())
        if not isinstance(value, (list, tuple)):
            # ValueError, as for every other bad value in the context file (callers catch it)
            raise ValueError(f"{key}: expected a list of strings")  # noqa: TRY004
        return tuple(str(v).lower() if key != "known_invoice_numbers" else str(v)
                     for v in value)

    known = set(Context.__dataclass_fields__)
    unknown = set(data) - known
    if unknown:
        raise ValueError(f"unknown keys: {', '.join(sorted(unknown))}")
    return Context(
        bot_address=str(data.get("bot_address", "")).lower(),
        staff_addresses=frozenset(strings("staff_addresses")),
        staff_domains=frozenset(strings("staff_domains")),
        notifiers=frozenset(strings("notifiers")),
        require_authentication=bool(data.get("require_authentication", True)),
        authserv_ids=frozenset(strings("authserv_ids")),
        receiving_hosts=frozenset(strings("receiving_hosts")),
        allow_dkim=bool(data.get("allow_dkim", False)),
        default_terms_days=int(str(data.get("default_terms_days", 30))),
        known_invoice_numbers=strings("known_invoice_numbers"),
        known_message_ids=frozenset(str(v) for v in data.get("known_message_ids", ())),  # type: ignore[attr-defined]
        known_contacts=frozenset(strings("known_contacts")),
    )

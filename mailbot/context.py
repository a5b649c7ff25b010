"""What the classifier may know beyond the message itself: configuration and the ids
and addresses the store already holds. A plain value; pure."""

from __future__ import annotations

from dataclasses import dataclass, field

from mailbot.domain import Address


@dataclass(frozen=True)
class Context:
    """What the classifier may know beyond the message: configuration and known ids."""

    bot_address: str
    staff_addresses: frozenset[str] = frozenset()
    staff_domains: frozenset[str] = frozenset()
    notifiers: frozenset[str] = frozenset()
    require_authentication: bool = True
    authserv_ids: frozenset[str] = frozenset()
    default_terms_days: int = 30
    known_invoice_numbers: tuple[str, ...] = ()
    known_message_ids: frozenset[str] = frozenset()
    known_contacts: frozenset[str] = field(default_factory=frozenset)

    def is_staff(self, a: Address | None) -> bool:
        return a is not None and (a.email in self.staff_addresses
                                  or a.domain in self.staff_domains)

    def is_notifier(self, a: Address | None) -> bool:
        return a is not None and (a.email in self.notifiers or f"@{a.domain}" in self.notifiers)

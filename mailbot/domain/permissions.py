"""Who may change what: the one place the trust rules are decided. Pure.

The applier gathers the facts (who sent it, what our server vouched for, which contacts
and sent messages the store knows) and asks here; a refusal comes back as a reason that
is shown to staff with what the mail claimed. The README's rule table lists these rules.

| change                                         | only from                                  |
|------------------------------------------------|--------------------------------------------|
| payment, invoice registration                  | a configured notifier / staff, authenticated |
| a staff command by mail                        | an allow-listed staff address, authenticated |
| a debtor's chasing (stop, pause, dispute,      | a known contact of that debtor, or a reply  |
| promise, paid claim, details, plan request)    | threaded to mail sent to that contact; and  |
|                                                | authenticated when its domain has DMARC     |
| an address failing; an invoice read            | a bounce / receipt naming a message the bot |
|                                                | sent (or registered), for its recipients    |
| chasing deferred by an absence note            | a known contact, at most N days             |
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from mailbot.domain.values import AuthVerdict


@dataclass(frozen=True)
class Refused:
    """A change the mail asked for and did not get; both parts are shown to staff."""

    claimed: str
    why: str

    def __str__(self) -> str:
        return f"not obeyed: {self.claimed}; {self.why}"


def money(claimed: str, *, trusted_sender: bool, verdict: AuthVerdict,
          require_authentication: bool) -> Refused | None:
    """Payments and invoice registration: configured notifiers and staff, authenticated."""
    if not trusted_sender:
        return Refused(claimed, "the sender is not a configured notifier or staff member")
    if not verdict.single_from:
        return Refused(claimed, verdict.reason)
    if require_authentication and verdict.authenticated is not True:
        return Refused(claimed, f"sender not authenticated: {verdict.reason}")
    return None


def command(claimed: str, *, staff: bool, verdict: AuthVerdict) -> Refused | None:
    """A staff command by mail: an allow-listed staff address, and always authenticated
    by our receiving server (whatever trust.require_authentication says: a command can
    write an invoice off)."""
    if not staff:
        return Refused(claimed, "the sender is not on the staff allow-list "
                                "(staff.addresses, staff.domains)")
    if not verdict.single_from:
        return Refused(claimed, verdict.reason)
    if verdict.authenticated is not True:
        return Refused(claimed, f"sender not authenticated: {verdict.reason or 'no pass'}")
    return None


def chasing(claimed: str, sender: str | None, *, known_contact: bool,
            answers_mail_to_sender: bool, verdict: AuthVerdict,
            require_authentication: bool = False) -> Refused | None:
    """A debtor's chasing: a known contact of that debtor, or a reply threaded to mail
    sent to that very address; authenticated where the contact's domain has DMARC. When
    authentication is required and our server left no result at all, nothing says whether
    the domain has DMARC: refused, never taken for "no policy"."""
    if not sender:
        return Refused(claimed, "the mail has no sender address")
    if not verdict.single_from:
        return Refused(claimed, verdict.reason)
    if not (known_contact or answers_mail_to_sender):
        return Refused(claimed, f"{sender} is not a known contact of this client and the "
                                "mail does not answer one sent to that address")
    if require_authentication and verdict.authenticated is None:
        return Refused(claimed, f"our receiving server did not vouch for {sender} "
                                f"({verdict.reason or 'no result of ours'})")
    if verdict.domain_publishes_dmarc and verdict.authenticated is not True:
        return Refused(claimed, f"{sender.rpartition('@')[2]} publishes DMARC and this mail "
                                f"did not pass it ({verdict.reason})")
    return None


def delivery_report(claimed: str, addresses: Iterable[str], *, names_our_message: bool,
                    recipients: Iterable[str]) -> tuple[tuple[str, ...], Refused | None]:
    """A bounce or read receipt: only for a message the bot sent (or registered), and
    only for that message's recipients. Returns the addresses it may speak for."""
    if not names_our_message:
        return (), Refused(claimed, "it names no message the bot sent")
    allowed = {r.lower() for r in recipients}
    wanted = tuple(dict.fromkeys(a.lower() for a in addresses))
    ok = tuple(a for a in wanted if a in allowed)
    other = [a for a in wanted if a not in allowed]
    if other:
        return ok, Refused(claimed, f"{', '.join(other)} did not receive that message")
    return ok, None


def absence(sender: str | None, *, known_contact: bool, verdict: AuthVerdict,
            return_date: date | None, today: date, max_days: int,
            require_authentication: bool = False) -> tuple[date | None, Refused | None]:
    """An absence note defers chasing only for a known contact, and by at most
    `max_days`: a forged or mistaken "back in 2030" cannot park an invoice for ever."""
    if return_date is None:
        return None, None
    refused = chasing(f"away until {return_date}", sender, known_contact=known_contact,
                      answers_mail_to_sender=False, verdict=verdict,
                      require_authentication=require_authentication)
    if refused:
        return None, refused
    return min(return_date, today + timedelta(days=max_days)), None

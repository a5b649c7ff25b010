"""Who sent this, as far as our own receiving server can vouch for it. Pure.

Authentication-Results (RFC 8601) is read as a structure with `authres`, never as text:
a method's result is the token after `method=`, not a substring of a property value or
a comment an attacker wrote. Only results our own server put on top count:

- headers are read from the top down, in the order servers prepended them;
- a Received line that our hosts did not add ends what can be trusted (everything below
  it was written before the message reached us), and so does the first Received line
  after our own Authentication-Results (our server stamps them on arrival, so any copy
  further down came from the sender);
- the first DMARC result decides, and a failing one is never outvoted by a pass.

Authenticated means: one From header holding one address, and DMARC pass aligned with
its organisational domain (or, where allowed, an aligned DKIM pass). SPF alone never
counts.
"""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass

import authres

from mailbot.domain.debtors import organisational_domain, public_suffix_list
from mailbot.domain.values import AuthVerdict
from mailbot.reading.parse import ParsedMessage

__all__ = ["AuthVerdict", "TrustPolicy", "verify"]


@dataclass(frozen=True)
class TrustPolicy:
    authserv_ids: frozenset[str]
    # host names our own servers write after "by" in Received (the authserv-ids count too)
    receiving_hosts: frozenset[str] = frozenset()
    allow_dkim: bool = False  # an aligned DKIM pass counts where no DMARC result is given

    @property
    def our_hosts(self) -> frozenset[str]:
        return self.authserv_ids | self.receiving_hosts


def verify(msg: ParsedMessage, policy: TrustPolicy) -> AuthVerdict:
    froms = msg.header_all("from")
    addresses = [a for _, a in email.utils.getaddresses(froms) if "@" in a]
    if len(froms) != 1 or len(addresses) != 1:
        return AuthVerdict(False, reason="the message has more than one From header or "
                                         "address (or none): never authenticated",
                           single_from=False)
    from_domain = addresses[0].rsplit("@", 1)[1].strip().strip(">").lower()
    results = trusted_results(msg, policy)
    if results is None:
        return AuthVerdict(None, reason="no Authentication-Results from our receiving server "
                                        "above the first Received line it did not add "
                                        "(see trust.authserv_ids, trust.receiving_hosts)")
    dmarc = [r for r in results if r.method == "dmarc"]
    if dmarc:
        first = dmarc[0]
        verdict = str(first.result).lower()
        claimed = _property(first, "header", "from")
        if verdict != "pass":
            return AuthVerdict(False, verdict, f"DMARC {verdict} for {claimed or from_domain}")
        if any(str(r.result).lower() != "pass" for r in dmarc[1:]):
            return AuthVerdict(False, "fail", "our server gave conflicting DMARC results")
        if not claimed or not _aligned(claimed, from_domain):  # header.from is required
            return AuthVerdict(False, "fail", f"DMARC pass is for {claimed or 'no domain'}, "
                                              f"not for the From domain {from_domain}")
        return AuthVerdict(True, "pass")
    if policy.allow_dkim:
        for r in results:
            if r.method != "dkim" or str(r.result).lower() != "pass":
                continue
            d = _property(r, "header", "d") or _property(r, "header", "i").rpartition("@")[2]
            if d and _dkim_aligned(d, from_domain):
                return AuthVerdict(True, None)
    return AuthVerdict(False, None, f"no DMARC pass for {from_domain}"
                                    + ("" if policy.allow_dkim else
                                       " (DKIM alone is not accepted: trust.allow_dkim)"))


def trusted_results(msg: ParsedMessage, policy: TrustPolicy) -> list[authres.core.AuthenticationResult] | None:
    """The results our own server stamped, top first; None when it stamped none."""
    source = msg.source
    if source is None:
        return None
    found: list[authres.core.AuthenticationResult] = []
    seen_ours = False
    for name, value in source.raw_items():
        lname = name.lower()
        if lname == "received":
            if seen_ours or received_by(str(value)) not in policy.our_hosts:
                break
        elif lname == "authentication-results":
            if not _may_name_ours(str(value), policy.authserv_ids):
                continue  # (the parse, which costs most, would find another server's id)
            parsed = _parse(str(value))
            if parsed is None or parsed.authserv_id.lower() not in policy.authserv_ids:
                continue  # another server's (or a broken) header: it proves nothing
            seen_ours = True
            found.extend(parsed.results)
    return found if seen_ours else None


def _may_name_ours(value: str, authserv_ids: frozenset[str]) -> bool:
    """False when the header's authserv-id cannot be one of ours: it is a dot-atom, a
    piece of the header's text, and its lower case equals one of `authserv_ids` only if
    that id occurs in the header's lower case (for ids in ASCII; others are parsed)."""
    low = value.lower()
    return any(not sid.isascii() or sid in low for sid in authserv_ids)


def _parse(value: str) -> authres.AuthenticationResultsHeader | None:
    try:
        return authres.AuthenticationResultsHeader.parse_value(" ".join(value.split()))
    except Exception:  # authres raises its own SyntaxError and others on odd input  # noqa: BLE001
        return None


def _property(result: authres.core.AuthenticationResult, ptype: str, name: str) -> str:
    for p in result.properties:
        if p.type.lower() == ptype and p.name.lower() == name:
            return str(p.value).strip().lower()
    return ""


_COMMENT = re.compile(r"\([^()]*\)")


def received_by(value: str) -> str:
    """The host after `by` in a Received header, comments removed ("" if none)."""
    text = " ".join(value.split())
    while (stripped := _COMMENT.sub(" ", text)) != text:  # nested comments, inside out
        text = stripped
    m = re.search(r"(?:^|\s)by\s+([^\s;]+)", text.split(";")[0], re.IGNORECASE)
    return m.group(1).lower().rstrip(".") if m else ""




def _aligned(a: str, b: str) -> bool:
    """Relaxed DMARC alignment: the same organisational domain."""
    return organisational_domain(a) == organisational_domain(b)


def _dkim_aligned(d: str, from_domain: str) -> bool:
    """`header.d` is the From domain or a parent of it, but never a public suffix."""
    d = d.lower().rstrip(".")
    if public_suffix_list().is_public(d):
        return False
    return from_domain == d or from_domain.endswith("." + d)

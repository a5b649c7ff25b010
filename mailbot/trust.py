"""Sender authentication from the receiving server's Authentication-Results. Pure.

Only headers stamped by our own server (its authserv-id is configured) count: a sender
can write any Authentication-Results it likes, and the receiving server must strip
forged ones that claim its own name (RFC 8601, section 5).
"""

from __future__ import annotations

import re

from mailbot.parse import ParsedMessage


def authentication(msg: ParsedMessage, authserv_ids: frozenset[str]) -> bool | None:
    """DKIM/DMARC verdict from Authentication-Results added by *our* receiving server.

    None when no trusted header is present; headers from other servers are ignored,
    since a sender can write any Authentication-Results it likes.
    """
    if msg.sender is None:
        return None
    verdict: bool | None = None
    for value in msg.header_all("Authentication-Results"):
        authserv = value.split(";", 1)[0].strip().split()[0].lower() if value.strip() else ""
        if authserv not in authserv_ids:
            continue
        text = value.lower()
        if re.search(r"\bdmarc=pass\b", text):
            return True
        domain = msg.sender.domain
        for m in re.finditer(r"\bdkim=pass\b[^;]*?header\.d=([\w.-]+)", text):
            d = m.group(1)
            if domain == d or domain.endswith("." + d):
                return True
        verdict = False
    return verdict

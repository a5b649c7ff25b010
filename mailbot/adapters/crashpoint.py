"""A test aid: make this process die by SIGKILL at a chosen point, to prove that a crash
there loses nothing and sends nothing twice (bench/crash.py aims its kills with it).

    MAILBOT_CRASHPOINT=send.delivered:3   # SIGKILL at the 3rd pass of "send.delivered"

Unset (always, in production) every call is one dictionary lookup and does nothing. The
variable is read once per process; a name that is not a known point is refused, so a
typo cannot silently disable a campaign.
"""

from __future__ import annotations

import os
import signal

ENV = "MAILBOT_CRASHPOINT"

# name -> where it is passed (the windows a crash campaign aims at)
POINTS = {
    "imap.fetched": "a batch fetched from IMAP, nothing of it stored yet",
    "ingest.stored": "a message stored (committed), not yet moved out of the inbox",
    "tick.queued": "planning: an action and its outbox row committed, others still to plan",
    "send.claimed": "an outbox row claimed, SMTP not yet reached DATA",
    "send.data_marked": "DATA's marker committed, DATA not yet sent",
    "send.delivered": "the server took the mail (250 after DATA), no copy in Sent yet",
    "send.filed": "the copy filed in Sent, the send not yet recorded",
}

_armed: list[object] | None = None  # [name, passes left] once parsed; [] when unset


def _arm() -> list[object]:
    spec = os.environ.get(ENV, "")
    if not spec:
        return []
    name, _, n = spec.partition(":")
    if name not in POINTS or not n.isdigit() or int(n) < 1:
        raise ValueError(f"{ENV}={spec!r}: expected NAME:N with N >= 1 and NAME one of "
                         f"{', '.join(POINTS)}")
    return [name, int(n)]


def crashpoint(name: str) -> None:
    """Die here, at once and without cleanup, if this is the armed point's n-th pass."""
    global _armed
    if _armed is None:
        _armed = _arm()
    if not _armed or _armed[0] != name:
        return
    left = int(_armed[1]) - 1  # type: ignore[call-overload]
    _armed[1] = left
    if left == 0:
        os.kill(os.getpid(), signal.SIGKILL)

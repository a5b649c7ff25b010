"""Subject prefixes: a reply's ("Re:", "AW:") and a forward's ("Fwd:", "WG:"). Pure.

One list of each, shared by every reader: each language's prefixes are in its
lang/<code>.py (REPLY_PREFIXES, FORWARD_PREFIXES); those of mail clients in languages
without a file stay here. The readers differ in what they take for a conversation, and
say so with `prefix`'s arguments (tests/test_subjects.py pins each).
"""

from __future__ import annotations

import re

from mailbot.reading.lang import either

# mail clients in languages without a file: Scandinavian "SV", Finnish "VS", Polish
# "Odp", Italian "R" and "Rif", Turkish "Ynt", Portuguese "Res"
_OTHER_REPLIES = r"sv|vs|odp|r|rif|ynt|res"
# ... and French "TR" (transféré), Spanish "RV" (reenviado)
_OTHER_FORWARDS = r"tr|rv"

REPLY = f"{either('REPLY_PREFIXES')}|{_OTHER_REPLIES}"
FORWARD = f"{either('FORWARD_PREFIXES')}|{_OTHER_FORWARDS}"


def prefix(*, replies: bool = True, forwards: bool = False, also: str = "",
           list_tag: bool = False, repeated: bool = False) -> re.Pattern[str]:
    """A subject's prefix at its start, with its colon and an optional count ("Re[2]:").

    replies / forwards: which prefixes count; also: more prefixes (a pattern) for this
    reader only; list_tag: a mailing list's "[tag]" may come first; repeated: every prefix
    of a chain ("Re: Fwd: AW: "), with the spaces after it (to strip them)."""
    words = "|".join(w for w, on in ((REPLY, replies), (FORWARD, forwards), (also, also))
                     if on) or "(?!)"
    one = rf"(?:{words})\s*(?:\[\d+\])?\s*:"
    if repeated:
        return re.compile(rf"^\s*(?:{one}\s*)+", re.IGNORECASE)
    tag = r"(?:\[[^\]]*\]\s*)?" if list_tag else ""
    return re.compile(rf"^\s*{tag}{one}", re.IGNORECASE)

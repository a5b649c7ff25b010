"""Auto-reply wording beyond the served languages' files: one module per language.

Absence notes and automatic acknowledgements come in any language a client's staff
write, not only in the four the bot answers in (lang/en.py, de.py, id.py, ru.py). Each
module here holds one language's auto-reply words under the names the served files use
(AUTO_SUBJECT, AUTO_BODY, PAYMENT_WORDS, REDIRECT, FIRST_PERSON, PAID_STATEMENT, BACK,
BACK_FROM, UNTIL; see lang/__init__.py), plus:

- ACK: an automatic acknowledgement of receipt ("your message has been received");
- CHALLENGE: a sender-verification request ("confirm you are a real sender"): never an
  auto-reply, whatever else it says;
- NEXT: the word that makes a weekday the next one ("próximo lunes"), dropped before
  a date in a language without a file is read; NEXT_WEEK: "next week" (back on its Monday).

A module may also hold a few rows of a client reply's intent tables (INTENT_PAID_CLAIM,
...; rows as in the served files): a client writing in its own language on a desk that
serves another ("le virement a été émis le 27/11") is read by them.

A module named like a served language (en.py, ...) adds to that language's file: its
fragments join the served ones under the same code. A date after the words of a
language without a file is read by mailbot.reading.dates.find_in (dateparser on a few
words); BACK, BACK_FROM and UNTIL may be lookaheads (zero-width) for languages that
write the date before the verb ("14 Aralık'ta döneceğim", "12月14日に戻ります").
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

from mailbot.reading.lang import CODES, LANGUAGES

EXTRA: dict[str, ModuleType] = {
    info.name: importlib.import_module(f"{__name__}.{info.name}")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name)
    if not info.name.startswith("_")
}
# the served languages first (English first), then the others alphabetically
ALL_CODES: tuple[str, ...] = CODES + tuple(sorted(set(EXTRA) - set(CODES)))


def fragments(name: str) -> list[tuple[str, str]]:
    """(code, regex) of `name` in every language that has it, the served file's and this
    package's fragments of one language joined."""
    out = []
    for code in ALL_CODES:
        parts = [getattr(module, name, "") for module in (LANGUAGES.get(code), EXTRA.get(code))
                 if module is not None]
        joined = "|".join(p for p in parts if p)
        if joined:
            out.append((code, joined))
    return out


def either(name: str) -> str:
    """A regex of any language's fragment of `name` (one that never matches if none)."""
    return "|".join(f"(?:{value})" for _, value in fragments(name)) or "(?!)"


def served(code: str | None) -> bool:
    """Whether `code` has a file of its own in lang/ (its dates are read by the rules)."""
    return code in LANGUAGES

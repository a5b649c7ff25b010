"""Russian written in Latin letters ("Oplatu proizvedu 8 dekabrya"), as people type it on
a keyboard without Cyrillic: recognised by its own words and turned back into Cyrillic,
so that the Russian tables read it. Pure.

Recognised only when at least two distinct Russian words of a short list (greetings,
payment and invoice words, month names) occur: an English, German or Indonesian text
never holds two of them. The spelling back is approximate (informal transliterations
differ), but the words the Russian tables look for come out right."""

from __future__ import annotations

import re

# words no other served language writes: greetings, thanks, paying, invoices, months
_MARKERS = re.compile(
    r"\b(?:dobr(?:yi|yj|iy|yy|oe)|zdravstvu(?:i|y|j)te|spasibo|izvinite|pozhalu(?:i|y|j)sta|"
    r"oplat\w*|oplach\w*|zaplat\w*|pereved\w*|perechisl\w*|sch[eyo]t\w*|dolg\w*|platezh\w*|"
    r"yanvarya|fevralya|marta|aprelya|iyunya|iyulya|avgusta|sentyabrya|oktyabrya|noyabrya|"
    r"dekabrya|ponedel\w+|vtornik\w*|sred[ua]|chetverg\w*|pyatnic\w+|nedel\w+|zavtra|"
    r"segodnya|tochno|proizved\w*)\b", re.IGNORECASE)

# longest first: "shch" before "sh", "zh" before "z"
_LETTERS = (
    ("shch", "щ"), ("sch", "сч"), ("zh", "ж"), ("kh", "х"), ("ch", "ч"), ("sh", "ш"),
    ("ts", "ц"), ("yu", "ю"), ("ya", "я"), ("yo", "ё"), ("ye", "е"), ("yi", "ый"),
    ("iy", "ий"), ("yy", "ый"), ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"),
    ("e", "е"), ("z", "з"), ("i", "и"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"),
    ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"),
    ("f", "ф"), ("h", "х"), ("c", "ц"), ("y", "ы"), ("w", "в"), ("x", "кс"), ("'", "ь"),
)
_LETTER = re.compile("|".join(re.escape(a) for a, _ in _LETTERS), re.IGNORECASE)
_TO = dict(_LETTERS)


def is_translit_russian(text: str) -> bool:
    """Does `text` read as Russian typed in Latin letters (and hold no Cyrillic)?"""
    if re.search(r"[\u0400-\u04ff]", text):
        return False
    return len({m.group(0).lower() for m in _MARKERS.finditer(text)}) >= 2


# "y" after a vowel, before a consonant, is "й": "zdravstvuyte", "dobryi"
_SHORT_I = re.compile(r"(?<=[aeiou])y(?![aeiouy])", re.IGNORECASE)


# "sch" starting a word is "сч" ("schet"), inside one "щ" ("obeschaem")
_INNER_SCH = re.compile(r"(?<=[a-z])sch", re.IGNORECASE)


def _spelt(word: str) -> str:
    word = _INNER_SCH.sub("shch", _SHORT_I.sub("j", word.lower()))
    return _LETTER.sub(lambda x: _TO[x.group(0).lower()], word)


def _token(m: re.Match[str]) -> str:
    token = m.group(0)
    if re.search(r"[\d@]|://|www\.", token):
        return token  # numbers, invoice codes and addresses stay as they are
    return re.sub(r"[A-Za-z']+", lambda w: _spelt(w.group(0)), token)


def to_cyrillic(text: str) -> str:
    """The text with its Latin words spelt in Cyrillic (lower case)."""
    return re.sub(r"\S+", _token, text)


def codes_in_cyrillic(text: str) -> str:
    """The text with the letters of its codes spelt in Cyrillic: "KV-26-0311" -> "кв-26-0311",
    to find the ledger's "КВ-26-0311" a Latin keyboard could not type."""
    return re.sub(r"\S*\d\S*", lambda m: re.sub(r"[A-Za-z]+", lambda w: _spelt(w.group(0)),
                                                 m.group(0)), text)

"""Which language a piece of text is written in (ISO 639-1). Pure.

py3langid (langid.py's model, bundled with the package: no download) ranks every
language it knows; the four languages the bot serves get a prior boost, so that short
business replies ("Sudah transfer ya pak", "Danke, erledigt") land on them, while a
reply plainly in another language (French, Spanish, ...) still gets its own code.
Texts too short to carry evidence fall back on their script: Cyrillic reads as Russian.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterable
from typing import Any

from mailbot.reading import lang_model
from mailbot.reading.lang import CODES

# the languages the bot reads: one file each in mailbot/reading/lang/ (en, de, id, ru)
SERVED = CODES
# Multiplies the model's probability of the served languages before the argmax. Malay and
# Indonesian share most of their words; the boost settles such near-ties for Indonesian.
_BOOST = 12.0
# below this many letters the model is guessing: only the script decides
_MIN_LETTERS = 4
_MIN_PROBABILITY = 0.05  # after the boost, renormalised over all languages

# the model's codes without an ISO 639-1 code of their own: the macrolanguage's (Wu and
# Cantonese Chinese are "zh"; the model splits a Mandarin note between zh and wuu)
_MACRO = {"wuu": "zh", "yue": "zh", "gan": "zh", "hak": "zh", "nan": "zh", "cmn": "zh"}

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_NOISE = re.compile(r"https?://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\d+|[_*=#<>|\[\]{}]+")

_lock = threading.Lock()
_identifier: Any = None


def _model() -> Any:
    """The langid model, loaded once (about 1 s) and shared."""
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                _identifier = lang_model.load()
    return _identifier


def _script_guess(text: str) -> str | None:
    cyr = len(_CYRILLIC.findall(text))
    lat = len(_LATIN.findall(text))
    if cyr and cyr >= lat:
        return "uk" if _UKRAINIAN.search(text) else "ru"
    return None


def ranked(text: str, prefer: Iterable[str] = SERVED) -> list[tuple[str, float]]:
    """Languages by probability after the boost of `prefer`, best first."""
    return list(_ranked(text, frozenset(prefer)))


@functools.lru_cache(maxsize=16)
def _ranked(text: str, preferred: frozenset[str]) -> tuple[tuple[str, float], ...]:
    # one message's readers ask about the same text more than once (its body for the
    # reply's language, again with the subject for the message's): the model once
    merged: dict[str, float] = {}
    for lang, p in _model().rank(text):
        code = _MACRO.get(lang, lang)
        merged[code] = merged.get(code, 0.0) + p * (_BOOST if code in preferred else 1.0)
    total = sum(merged.values()) or 1.0
    return tuple(sorted(((lang, p / total) for lang, p in merged.items()),
                        key=lambda x: -x[1]))


def detect(text: str, prefer: Iterable[str] = SERVED) -> str | None:
    """The ISO 639-1 code of `text`'s language, or None when there is too little to tell."""
    clean = _NOISE.sub(" ", (text or "")[:4000])  # a few thousand letters tell enough
    letters = sum(map(str.isalpha, clean))
    script = _script_guess(clean)
    if letters < _MIN_LETTERS:
        return script
    best = ranked(clean[:1500], prefer)
    lang, p = best[0]
    if script == "ru" and lang not in ("ru", "uk", "be", "bg", "sr", "mk", "kk", "ky"):
        return "ru"
    if p < _MIN_PROBABILITY:
        return script
    if script == "ru" and lang != "uk" and letters < 40:
        return "ru"  # a few Cyrillic words: Bulgarian/Serbian guesses are noise here
    return lang

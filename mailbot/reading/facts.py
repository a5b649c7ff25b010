"""What the readers may ask about the ledger, without loading it: which known invoice
numbers a text names, whether a Message-ID or an address is known.

`StaticFacts` answers from lists (the `classify` command, the evaluation, unit tests);
`SqlFacts` (in store.py) answers with a few indexed queries, so reading one message
costs the same with 100 invoices or 100,000 and nothing is rebuilt when one is added.
Both find numbers the same way: the text's candidate tokens, looked up by their casefold.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from mailbot.reading import extract

# a run of characters an invoice number is made of; "/", "." and "#" also separate the
# parts of a run, and single spaces join runs ("RE 2026 118")
_RUN = re.compile(r"[\w\-/.#]+")
_SEP = re.compile(r"[/.#]")
MAX_PARTS = 6  # no invoice number has more parts than this ("INV/KW/2026/XI/045": 5)
# a bank's reference field often drops the number's separators for spaces ("INV KW 2026
# XI 050" for INV/KW/2026/XI/050): a spaced span is also looked up with each of them
_SPACED_AS = ("/", "-", ".")


# A Cyrillic number written in Latin letters by a foreign bank ("KV-26-0329" for
# КВ-26-0329): each Latin letter's Cyrillic look-alikes and transliterations. Only short
# letter parts are tried, so a token has at most MAX_FORMS Cyrillic forms.
_CYRILLIC = {
    "a": "а", "b": "бв", "c": "сц", "d": "д", "e": "еэ", "f": "ф", "g": "г", "h": "нх",
    "i": "и", "j": "й", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "пр",
    "r": "р", "s": "с", "t": "т", "u": "у", "v": "в", "x": "х", "y": "уы", "z": "з",
}
_DIGRAPHS = {"kh": "х", "zh": "ж", "ch": "ч", "sh": "ш", "ts": "ц", "ya": "я", "yu": "ю"}
MAX_FORMS = 16


def cyrillic_forms(piece: str) -> list[str]:
    """The Cyrillic spellings a Latin-lettered number may stand for ("kv-26-0329" ->
    "кв-26-0329"); none when it has no letters, other letters, or too many forms."""
    low = piece.casefold()
    letters = [c for c in low if c.isalpha()]
    if not letters or len(letters) > 4 or not all(c in _CYRILLIC for c in letters):
        return []

    def spell(i: int) -> list[str]:
        if i >= len(low):
            return [""]
        options = [(c, 1) for c in _CYRILLIC.get(low[i], low[i])]
        if low[i:i + 2] in _DIGRAPHS:
            options.append((_DIGRAPHS[low[i:i + 2]], 2))
        return [c + rest for c, step in options for rest in spell(i + step)]

    forms = spell(0)
    if len(forms) > MAX_FORMS:
        return []
    return [f for f in forms if f != low]


MAX_MIXED_SPACES = 2  # "RE 2026 1187" for RE-2026/1187: 9 forms; more spaces, one separator


def _spaced_forms(piece: str) -> list[str]:
    """A spaced reference with each separator for its spaces ("INV KW 2026 XI 050" ->
    "INV/KW/2026/XI/050"); with at most two spaces, every mix of them too ("RE 2026 1187"
    -> "RE-2026/1187": a number whose separators differ)."""
    gaps = piece.count(" ")
    if gaps > MAX_MIXED_SPACES:
        return [piece.replace(" ", sep) for sep in _SPACED_AS]
    words = piece.split(" ")
    forms = [""]
    for word in words[:-1]:
        forms = [f"{form}{word}{sep}" for form in forms for sep in _SPACED_AS]
    return [form + words[-1] for form in forms]


_JOINED = re.compile(r"[\w\-/.#]+(?: [\w\-/.#]+)*")


_DECIMAL = re.compile(r"\d")


def _has_digit(text: str) -> bool:
    """Whether a character of `text` is a digit (str.isdigit: superscripts too), the
    regex's decimal digits first and each character only when some is not ASCII."""
    return _DECIMAL.search(text) is not None or (
        not text.isascii() and any(map(str.isdigit, text)))


def candidates(text: str) -> list[tuple[int, int, str]]:
    """Every span of `text` that could be a whole invoice number, as (start, end, text):
    bounded by no word character or hyphen on either side, holding a digit."""
    return list(_candidates(text))


@functools.lru_cache(maxsize=16)  # the readers ask about the same text more than once
def _candidates(text: str) -> tuple[tuple[int, int, str], ...]:
    out: list[tuple[int, int, str]] = []
    if not _has_digit(text):
        return ()
    # A piece is parts joined by separators and single spaces: it lies within one run of
    # such joined parts (a match of _JOINED), and one holding no digit yields none. Each
    # part's digits are counted once, so every piece costs constant time (matching every
    # piece whole made a long letter cost 0.1 s).
    for group in _JOINED.finditer(text):
        if not _has_digit(group.group(0)):
            continue
        spans: list[tuple[int, int]] = []
        for m in _RUN.finditer(text, group.start(), group.end()):
            start, run = m.start(), m.group(0)
            cuts = [0, *(s.end() for s in _SEP.finditer(run))]
            ends = [*(s.start() for s in _SEP.finditer(run)), len(run)]
            spans += [(start + a, start + b) for a, b in zip(cuts, ends, strict=True) if b > a]
        digits = [0, *itertools.accumulate(_has_digit(text[a:b]) for a, b in spans)]
        for i, (a, _) in enumerate(spans):
            last = min(i + MAX_PARTS, len(spans))
            if digits[last] == digits[i]:
                continue  # no digit in reach: no piece starting here can be a number
            for j in range(i, last):
                b = spans[j][1]
                if digits[j + 1] > digits[i]:
                    piece = text[a:b]
                    out.append((a, b, piece))
                    if " " in piece and not _SEP.search(piece) and "-" not in piece:
                        out += [(a, b, form) for form in _spaced_forms(piece)]
                    elif piece.isascii() and " " not in piece:
                        out += [(a, b, form) for form in cyrillic_forms(piece)]
    return tuple(out)


def find_known(text: str, lookup: dict[str, str]) -> list[str]:
    """The known numbers (`lookup`: casefold -> as written in the ledger) that `text`
    names, in the order they first appear; at one place the longest wins."""
    hits = sorted(((a, -(b - a), lookup[p.casefold()]) for a, b, p in candidates(text)
                   if p.casefold() in lookup), key=lambda h: (h[0], h[1]))
    found: list[str] = []
    taken_until = -1
    for a, neg_len, number in hits:
        if a < taken_until:
            continue
        taken_until = a - neg_len
        if number not in found:
            found.append(number)
    return found


class KnownFacts(Protocol):
    def numbers_in(self, text: str) -> list[str]: ...
    def known_numbers(self, numbers: Iterable[str]) -> dict[str, str]: ...
    def number_shapes(self) -> frozenset[str]: ...
    def numbers_ending(self, digits: str) -> list[str]: ...
    def numbers_containing(self, digits: str) -> list[str]: ...
    def knows_any_invoice(self) -> bool: ...
    def is_known_message(self, message_id: str) -> bool: ...
    def is_contact(self, email: str) -> bool: ...


@dataclass(frozen=True)
class StaticFacts:
    invoice_numbers: tuple[str, ...] = ()
    message_ids: frozenset[str] = frozenset()
    contacts: frozenset[str] = field(default_factory=frozenset)

    @cached_property
    def _by_key(self) -> dict[str, str]:
        return {n.casefold(): n for n in self.invoice_numbers}

    def numbers_in(self, text: str) -> list[str]:
        return find_known(text, self._by_key) if self._by_key else []

    def known_numbers(self, numbers: Iterable[str]) -> dict[str, str]:
        return {n.casefold(): self._by_key[n.casefold()] for n in numbers
                if n.casefold() in self._by_key}

    def number_shapes(self) -> frozenset[str]:
        return shapes(self.invoice_numbers)

    def numbers_ending(self, digits: str) -> list[str]:
        return [n for n in self.invoice_numbers if ends_with_group(n, digits)]

    def numbers_containing(self, digits: str) -> list[str]:
        return [n for n in self.invoice_numbers if digits in n][:CONTAINING_LIMIT]

    def knows_any_invoice(self) -> bool:
        return bool(self.invoice_numbers)

    def is_known_message(self, message_id: str) -> bool:
        return message_id in self.message_ids

    def is_contact(self, email: str) -> bool:
        return email.lower() in self.contacts


# a few rows are enough to tell the one invoice a written-down reference stands for
# from several (then a person picks)
CONTAINING_LIMIT = 20


def ends_with_group(number: str, digits: str) -> bool:
    """'KW-2026-0430' ends with the group '0430' (not '430': a whole group)."""
    return bool(re.search(rf"(?<!\d){re.escape(digits)}$", number))


def shapes(numbers: Iterable[str]) -> frozenset[str]:
    """The shapes ("a-9-9") of numbers that mix letters and digits."""
    return frozenset(extract.invoice_shape(n) for n in numbers
                     if re.search(r"[^\W\d_]", n) and re.search(r"\d", n))

"""A statistical reading of a client reply the rules did not understand: a guess for a
person, never acted on. Pure (the model is data shipped in the package).

The rules (kinds/client_reply.py) stay the first reader. When none of their patterns
matched, this naive Bayes model over the reply's words and word pairs, trained at build
time on every labelled reply in tests/data (`python -m mailbot.tools.intent_training`
writes `intent_model.json.gz`; tests/test_intent_model.py checks the shipped file is
what the labels train), names the intent it finds most likely, and only when it is at
least `SURE` of it. The classification then carries that intent with `intent_guessed`
set: it goes to a person with the words that weighed most, and the ledger treats it as
a reply not understood (the debtor waits for that person; nothing else changes).

Measured leaving one labelled set out (bench/intent_second_opinion.py --suggest): on the
ten blind rounds, read by the rules they were first measured with, it named the right
intent of 70 replies the rules had not understood and a wrong one of 6 right "other"s.
"""

from __future__ import annotations

import gzip
import itertools
import json
import math
import re
from array import array
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MODEL_FILE = Path(__file__).with_name("intent_model.json.gz")
READ_CHARS = 1500  # a reply's point is near its start
SURE = 0.99  # below this the guess is not offered
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")


def features(text: str) -> set[str]:
    """The reply's words and pairs of neighbouring words (each counted once), lower case,
    digits folded to 0, "ё" read as "е"."""
    norm = _DIGIT.sub("0", " ".join(text.lower().replace("ё", "е").split()))[:READ_CHARS]
    words = _WORD.findall(norm)
    return {*words, *(f"{a} {b}" for a, b in itertools.pairwise(words))}


@dataclass(frozen=True)
class Guess:
    intent: str
    probability: float
    words: tuple[str, ...]  # the features that weighed most for it, for the person

    def explain(self) -> str:
        said = ", ".join(f"'{w}'" for w in self.words)
        return (f"the statistical reading guesses {self.intent} "
                f"(p {self.probability:.3f}; from {said})")


class Model:
    """Per intent: its share of the training replies and, per feature, the smoothed log
    probability that a reply of that intent holds it (multinomial naive Bayes over the
    features present).

    The file holds the features as one string and their counts as one flat list, so that
    what is kept (the feature names, split from that string together, and one array of
    floats) is laid out in one run of memory rather than between the parsed lists (6.6 MB
    resident held after loading nested lists, 3.0 MB this way)."""

    def __init__(self, data: dict[str, object]) -> None:
        intents, docs, counts = data["intents"], data["docs"], data["counts"]
        names = data["features"]
        alpha = float(data["alpha"])  # type: ignore[arg-type]
        assert isinstance(intents, list)
        assert isinstance(docs, list)
        assert isinstance(counts, list)
        assert isinstance(names, str)
        self.intents: tuple[str, ...] = tuple(intents)
        k = len(self.intents)
        total = sum(docs)
        self.prior = [math.log(n / total) for n in docs]
        rows = len(counts) // k
        sums = [sum(counts[i::k]) for i in range(k)]
        denominators = [s + alpha * rows for s in sums]
        self.logp = array("d", (math.log((c + alpha) / denominators[at % k])
                                for at, c in enumerate(counts)))
        self.index: dict[str, int] = {f: at for at, f in enumerate(names.split("\n"))}
        assert len(self.index) == rows

    def guess(self, text: str) -> Guess:
        k = len(self.intents)
        # the known features by their row, read once (in the set's order, as summed)
        names = {at: f for f in features(text) if (at := self.index.get(f)) is not None}
        present = list(names)
        scores = [self.prior[i] + sum(self.logp[at * k + i] for at in present)
                  for i in range(k)]
        top = max(range(k), key=scores.__getitem__)
        exp = [math.exp(s - scores[top]) for s in scores]
        probability = exp[top] / sum(exp)

        def lift(at: int) -> float:  # how much more likely under the top intent
            row = self.logp[at * k:(at + 1) * k]
            return row[top] - max(v for i, v in enumerate(row) if i != top)

        best = sorted(present, key=lambda at: (-lift(at), names[at]))[:3]
        return Guess(self.intents[top], probability, tuple(names[at] for at in best))


@cache
def model() -> Model | None:
    """The shipped model; None if the package was built without it."""
    if not MODEL_FILE.exists():
        return None
    with gzip.open(MODEL_FILE, "rt", encoding="utf-8") as f:
        return Model(json.load(f))


def forget() -> None:
    """Drop the loaded model (about 3 MB resident): the daemon does after each tick, so
    that a rare unclear reply does not keep it for good; the next one loads it again
    (some 0.3-0.5 s)."""
    model.cache_clear()


def suggest(text: str, among: set[str] | None = None) -> Guess | None:
    """The model's intent for a reply the rules did not understand (or found several
    intents in: then one of those, `among`): None when it finds "other" most likely, one
    not among them, or is less than SURE of it."""
    found = model()
    if found is None or not text.strip():
        return None
    guess = found.guess(text)
    if (guess.intent == "other" or guess.probability < SURE
            or (among is not None and guess.intent not in among)):
        return None
    return guess

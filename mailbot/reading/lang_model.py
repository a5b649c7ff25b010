"""py3langid's model (langid.py's, bundled with the package), held compactly. Pure.

Loaded as the package gives it, the model takes some 76 MB in every process that reads
a message: the byte DFA's transition table as 32-bit integers (39 MB; its states
number 104,583, one bit more than 16 can hold), the per-state row offsets and outputs
as lists of Python ints (8 MB), and the naive-Bayes table (27 MB, float16). Here the
transitions are split into their low 16 bits and a bitmap of the 17th (21 MB) and the
per-state tables become typed arrays (1 MB); the walk over a text reads them, and the
scoring is py3langid's own: the languages and probabilities are the same, bit for bit.
"""

from __future__ import annotations

from array import array
from collections import Counter
from typing import Any


def load() -> Any:
    """The identifier, with probabilities (norm_probs), its tables made compact."""
    import numpy as np
    from py3langid.langid import (  # type: ignore[import-untyped]
        MODEL_DIR,
        MODEL_FILE,
        LanguageIdentifier,
    )
    from py3langid.modelio import load_model  # type: ignore[import-untyped]

    class Compact(LanguageIdentifier):  # type: ignore[misc]
        __slots__ = ("_high", "_low", "_outputs", "_rows")

        def _raw_score(self, text: bytes) -> Any:
            counts = visits(self._low, self._high, self._rows, self._outputs, text)
            if counts:
                return self._sparse_score(counts, self.nb_ptc)
            return np.full(len(self.nb_classes), 0.0, dtype=np.float32)  # uniform: abstain

    ptc, pc, classes, nextmove, row, output = load_model(MODEL_DIR / MODEL_FILE)
    model = Compact(np.asarray(ptc), np.asarray(pc), classes, None, None, norm_probs=True,
                    tk_row=())
    moves = np.frombuffer(nextmove, dtype=np.uint32)
    assert int(moves.max()) < 1 << 17, "the DFA outgrew 17 bits"
    model._low = array("H", (moves & 0xFFFF).astype(np.uint16).tobytes())
    model._high = np.packbits((moves >> 16).astype(np.uint8), bitorder="little").tobytes()
    del moves, nextmove
    model._rows = array("I", (r << 8 for r in row))  # each state's first transition
    model._outputs = array("i", output)  # the feature a state emits, or -1
    return model


def visits(low: array[int], high: bytes, rows: array[int], outputs: array[int],
           text: bytes) -> Counter[int] | None:
    """py3langid's visit_counts over the split table: how often each feature occurs."""
    state, found = 0, []
    for byte in text:
        i = rows[state] + byte
        state = low[i] | ((high[i >> 3] >> (i & 7)) & 1) << 16
        feature = outputs[state]
        if feature >= 0:
            found.append(feature)
    return Counter(found) if found else None

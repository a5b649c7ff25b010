"""py3langid's model (langid.py's, bundled with the package), held compactly. Pure.

Loaded as the package gives it, the model takes some 76 MB in every process that reads
a message: the byte DFA's transition table as 32-bit integers (39 MB: 38,346 distinct
rows of 256 moves for its 104,583 states), the per-state row offsets and outputs as
lists of Python ints (8 MB), and the naive-Bayes table (28 MB: 100,053 features by 142
languages, float16). Here each is held as what it is made of, 10 MB in all:

- the DFA is an Aho-Corasick automaton over the features' byte n-grams: a trie (one
  edge into each state) and a failure link per state give every one of its moves: with
  the outputs, 2 MB. A move the trie has no edge for follows the failure links, as the
  automaton was built; the walk visits the very states the full table would;
- in the naive-Bayes table most of a language's column is one value (the smoothed
  probability of a feature never seen in that language): 81.5 % of the entries. Each
  column keeps that value once, and only the entries that differ from it (2.6 M, 7.5 MB);
  the rows a text needs are made whole again, bit for bit, before py3langid's own
  scoring multiplies them.

The languages and probabilities are py3langid's, bit for bit (tests/test_memory.py).
The price is time: a ranking takes about 1.6x what it took on the full tables (on a
loaded machine 6.5 ms, not 4, a text), and loading some 2 s more.
"""

from __future__ import annotations

from array import array
from collections import Counter
from typing import Any

ROWS_AT_A_TIME = 8192  # the tables are rebuilt in slices: a few MB of temporaries


class Automaton:
    """The DFA as its trie and failure links: `visits` walks a text over it."""

    __slots__ = ("_ends", "_fail", "_kids", "_outputs", "_root", "_starts", "_to")

    def __init__(self, moves: Any, rows: Any, outputs: Any) -> None:
        """From py3langid's tables: `moves` the distinct rows of 256 next states each,
        `rows` each state's row among them, `outputs` the feature a state emits or -1."""
        import numpy as np

        table = np.asarray(moves).reshape(-1, 256)
        row = np.asarray(rows, dtype=np.int64)
        n = len(row)
        # a state's depth is its n-gram's length: the trie's edges go one level down,
        # every other move goes back up to a suffix
        depth = np.full(n, -1, dtype=np.int64)
        depth[0] = 0
        frontier, level = np.array([0]), 0
        while len(frontier):
            seen = np.zeros(n, dtype=bool)
            seen[table[row[frontier]].ravel()] = True
            frontier = np.flatnonzero(seen & (depth < 0))
            level += 1
            depth[frontier] = level
        assert (depth >= 0).all(), "a state no text reaches"
        parent = np.zeros(n, dtype=np.int64)
        label = np.zeros(n, dtype=np.int64)
        edges = 0
        for lo in range(0, n, ROWS_AT_A_TIME):
            states = np.arange(lo, min(n, lo + ROWS_AT_A_TIME))
            nxt = table[row[states]]
            src, byte = np.nonzero(depth[nxt] == depth[states][:, None] + 1)
            dst = nxt[src, byte]
            parent[dst], label[dst] = states[src], byte
            edges += len(dst)
        assert edges == n - 1, "not a trie: a state with two ways in"
        # a state's failure link: its longest proper suffix among the states, found one
        # level at a time (a child's is its parent's link moved on by the child's byte)
        fail = np.zeros(n, dtype=np.int64)
        for d in range(2, level):
            at = np.flatnonzero(depth == d)
            fail[at] = table[row[fail[parent[at]]], label[at]]
        kids = 1 + np.lexsort((label[1:], parent[1:]))  # every state but the root
        starts = np.searchsorted(parent[kids], np.arange(n + 1))
        self._starts = array("I", starts[:-1].astype(np.uint32).tobytes())
        self._ends = array("I", starts[1:].astype(np.uint32).tobytes())
        self._kids = label[kids].astype(np.uint8).tobytes()  # the edges' bytes
        self._to = array("I", kids.astype(np.uint32).tobytes())  # where each leads
        self._fail = array("I", fail.astype(np.uint32).tobytes())
        self._root = array("I", table[row[0]].astype(np.uint32).tobytes())
        self._outputs = array("i", np.asarray(outputs, dtype=np.int32).tobytes())

    def move(self, state: int, byte: int) -> int:
        """The DFA's next state."""
        while state:
            i = self._kids.find(byte, self._starts[state], self._ends[state])
            if i >= 0:
                return int(self._to[i])
            state = self._fail[state]
        return int(self._root[byte])

    def visits(self, text: bytes) -> Counter[int] | None:
        """py3langid's visit_counts: how often each feature occurs in `text`."""
        starts, ends, find, to = self._starts, self._ends, self._kids.find, self._to
        fail, root, outputs = self._fail, self._root, self._outputs
        state, found = 0, []
        for byte in text:
            while state:
                i = find(byte, starts[state], ends[state])
                if i >= 0:
                    state = to[i]
                    break
                state = fail[state]
            else:
                state = root[byte]
            feature = outputs[state]
            if feature >= 0:
                found.append(feature)
        return Counter(found) if found else None


class SparseRows:
    """The naive-Bayes table as each column's usual value and the entries that differ;
    indexed by an array of feature numbers, it gives those rows whole, as the dense
    table would (float16, the same bits)."""

    __slots__ = ("_cols", "_indptr", "_usual", "_vals", "shape")

    def __init__(self, table: Any) -> None:
        import numpy as np

        bits = np.asarray(table, dtype=np.float16).view(np.uint16)
        features, langs = bits.shape
        assert langs <= 256, "a language's number must fit a byte"
        self.shape = (features, langs)
        usual = np.array([np.bincount(bits[:, c], minlength=1 << 16).argmax()
                          for c in range(langs)], dtype=np.uint16)
        self._usual = usual.view(np.float16)
        counts, cols, vals = [np.zeros(1, dtype=np.int64)], [], []
        for lo in range(0, features, ROWS_AT_A_TIME):
            part = bits[lo:lo + ROWS_AT_A_TIME]
            r, c = np.nonzero(part != usual)
            counts.append(np.bincount(r, minlength=len(part)))
            cols.append(c.astype(np.uint8))
            vals.append(part[r, c])
        self._indptr = np.cumsum(np.concatenate(counts)).astype(np.uint32)
        self._cols = np.concatenate(cols)
        self._vals = np.concatenate(vals).view(np.float16)

    def __getitem__(self, idx: Any) -> Any:
        import numpy as np

        idx = np.asarray(idx, dtype=np.intp)
        langs = self.shape[1]
        out = np.empty((len(idx), langs), dtype=np.float16)
        out[:] = self._usual
        starts = self._indptr[idx].astype(np.intp)
        lens = self._indptr[idx + 1].astype(np.intp) - starts
        total = int(lens.sum())
        if total:  # the differing entries of each row, set at their places in `out`
            at = np.arange(total) + np.repeat(starts - (np.cumsum(lens) - lens), lens)
            flat = np.repeat(np.arange(0, len(idx) * langs, langs), lens) + self._cols[at]
            out.reshape(-1)[flat] = self._vals[at]
        return out


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
        __slots__ = ("_dfa",)

        def _raw_score(self, text: bytes) -> Any:
            counts = self._dfa.visits(text)
            if counts:
                return self._sparse_score(counts, self.nb_ptc)
            return np.full(len(self.nb_classes), 0.0, dtype=np.float32)  # uniform: abstain

    ptc, pc, classes, nextmove, row, output = load_model(MODEL_DIR / MODEL_FILE)
    dfa = Automaton(np.frombuffer(nextmove, dtype=np.uint32), row, output)
    del nextmove, row, output
    table = SparseRows(ptc)
    del ptc
    model = Compact(table, np.asarray(pc), classes, None, None, norm_probs=True, tk_row=())
    model._dfa = dfa
    return model

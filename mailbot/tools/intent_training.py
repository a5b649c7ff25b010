"""Train the reply-intent model shipped in the package from the labelled replies.

    python -m mailbot.tools.intent_training [--check]

Reads every labelled reply in tests/data (each `eval*` set with its context.toml, and the
outside reply texts of tests/data/corpus), takes the words the bot reads as the reply's
own (`classify`'s reply_text), and writes mailbot/reading/intent_model.json.gz: per
intent how many replies, per feature in how many replies of each intent. Deterministic
(sorted, gzip without a time stamp), so the shipped file is exactly what the labels give;
--check exits 1 if it is not (tests/test_intent_model.py runs it). Run it again after a
set's labels or the reply stripping change.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from mailbot.reading import intent_model
from mailbot.reading.classify import classify
from mailbot.reading.intent_model import MODEL_FILE, features
from mailbot.reading.parse import parse_message
from mailbot.tools.evaluation import Case, load_context, outside_cases, written_cases

ROOT = Path(__file__).resolve().parents[2]
ALPHA = 0.5  # Laplace smoothing
# a tester's label words and mailbot's intents ("question" is whatever is not acted on)
LABEL_INTENT = {"paid": "paid_claim", "plan": "plan_request", "question": "other"}


def labelled_sets(root: Path) -> Iterator[tuple[str, Path, list[Case]]]:
    """(name, context file, its cases with an intent label), every set in a fixed order."""
    for folder in sorted((root / "tests/data").glob("eval*")):
        if (folder / "context.toml").exists():
            yield (folder.name, folder / "context.toml",
                   [c for c in written_cases(folder) if is_labelled_reply(c)])
    corpus = root / "tests/data/corpus"
    yield ("outside", corpus / "context-outside.toml",
           [c for c in outside_cases(corpus) if c.expected.get("intent")])


def is_labelled_reply(case: Case) -> bool:
    """A client reply with an intent label (a tester who also gave staff commands an intent
    labelled no reply: a command is read by its own grammar)."""
    return bool(case.expected.get("intent")) and case.expected["kind"] == "client_reply"


def label(case: Case) -> str:
    want = case.expected["intent"]
    return LABEL_INTENT.get(want, want)


def reply_texts(context: Path, cases: list[Case]) -> list[tuple[str, str]]:
    """(the reply's own words as the bot reads them, its label) per case read as a reply."""
    ctx = load_context(context)
    out = []
    # read without the shipped model (an older file, or one of another format): the text
    # is the rules', the guess is not needed
    shipped, intent_model.suggest = intent_model.suggest, lambda *_a, **_k: None
    try:
        for c in cases:
            raw = c.raw if c.raw is not None else c.path.read_bytes()
            text = classify(parse_message(raw), ctx).reply_text
            if text.strip():
                out.append((text, label(c)))
    finally:
        intent_model.suggest = shipped
    return out


def train(examples: list[tuple[str, str]]) -> dict[str, object]:
    docs: Counter[str] = Counter()
    seen: dict[str, Counter[str]] = {}
    for text, intent in examples:
        docs[intent] += 1
        for f in features(text):
            seen.setdefault(f, Counter())[intent] += 1
    intents = sorted(docs)
    names = sorted(seen)
    # the features as one string, their counts as one flat list (intent by intent for
    # each feature in turn): reading.intent_model.Model says why
    return {"alpha": ALPHA, "intents": intents, "docs": [docs[i] for i in intents],
            "features": "\n".join(names),
            "counts": [seen[f][i] for f in names for i in intents]}


def packed(model: dict[str, object]) -> bytes:
    raw = io.BytesIO()
    with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as f:
        f.write(json.dumps(model, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    return raw.getvalue()


def build(root: Path = ROOT) -> bytes:
    examples = [e for _, context, cases in labelled_sets(root)
                for e in reply_texts(context, cases)]
    return packed(train(examples))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="exit 1 if the shipped model is not what the labels train")
    args = ap.parse_args()
    data = build()
    if args.check:
        same = MODEL_FILE.exists() and MODEL_FILE.read_bytes() == data
        print("intent model: " + ("as trained" if same else "NOT what the labels train; run "
                                  "python -m mailbot.tools.intent_training"))
        sys.exit(0 if same else 1)
    MODEL_FILE.write_bytes(data)
    print(f"wrote {MODEL_FILE} ({len(data)} bytes)")


if __name__ == "__main__":
    main()

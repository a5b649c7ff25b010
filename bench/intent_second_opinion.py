"""Would a statistical second opinion on reply intents help? Leave one set out.

    .venv/bin/python -m bench.intent_second_opinion [--suggest] [--readings SET=FILE ...]
                                                    [--json PATH]

Every labelled set's replies (tests/data/eval and each eval-* round, and the outside reply
texts of tests/data/corpus/reply-intents.csv). For each set held out, a model is trained
on the replies of the other sets only. It never acts. Two questions:

- (default) a multinomial naive Bayes model over character n-grams may put a reading the
  bot would act on by itself before a person when it finds the rules' intent unlikely
  (P < tau). Printed per held-out set and threshold, beside the rules alone in the same
  run: replies, the model's top intent agreeing with the label, wrong facts acted on,
  those the model sent to a person, right readings it sent (extra work for staff).
  Measured 2026-12-06: it caught none of the wrong readings the bot acted on (a negated
  promise looks like a promise to a bag of n-grams; a wrong date it cannot see) and sent
  right readings to a person, so the classifier does not use it that way.
- (--suggest) the shipped model (mailbot.reading.intent_model: words and word pairs,
  trained as mailbot.tools.intent_training trains it) guesses the intent of a reply the
  rules did not understand, or found several intents in, for the person who reads it, as
  the classifier now does: intents right per held-out set by the rules alone and with
  the guesses, guesses made, right, and right readings given a wrong guess.

The rules were tuned on every one of these sets, so today they are rarely wrong on them;
the honest test is against the readings the rules gave before any tuning on a set. So the
blind rounds (fifth to fifteenth) are read by the rules of the commits they were first
measured at (UNTUNED: `git archive` of that commit's mailbot/ and bench/ into a temporary
folder, run with --dump-readings there); --tuned reads them with today's rules instead,
and --readings SET=FILE takes another checkout's readings.
"""
from __future__ import annotations

import argparse
import io
import json
import math
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a file from an older checkout (--dump-readings)
    sys.path.append(str(Path(__file__).resolve().parent.parent))
from bench import figures
from mailbot.reading.classify import as_record, classify
from mailbot.reading.parse import parse_message
from mailbot.tools.evaluation import (
    Case,
    Outcome,
    load_context,
    outside_cases,
    written_cases,
)

try:  # an older checkout (--dump-readings) has none of these: it only writes readings
    from mailbot.reading import intent_model
    from mailbot.reading.kinds.client_reply import CONFLICTING, NOT_UNDERSTOOD
    from mailbot.tools import intent_training
    from mailbot.tools.evaluation import judge
except ImportError:  # pragma: no cover
    judge = None  # type: ignore[assignment]
    NOT_UNDERSTOOD, CONFLICTING = "reply not understood with confidence", "conflicting intents"


ROOT = Path(__file__).resolve().parent.parent
SETS: tuple[tuple[str, str, str, Callable[[Path], list[Case]]], ...] = (
    ("written", "tests/data/eval", "context.toml", lambda f: list(written_cases(f))),
    ("blind", "tests/data/eval-blind", "context.toml", lambda f: list(written_cases(f))),
    ("third", "tests/data/eval-third", "context.toml", lambda f: list(written_cases(f))),
    ("fourth", "tests/data/eval-fourth", "context.toml", lambda f: list(written_cases(f))),
    ("fifth", "tests/data/eval-fifth", "context.toml", lambda f: list(written_cases(f))),
    ("sixth", "tests/data/eval-sixth", "context.toml", lambda f: list(written_cases(f))),
    ("seventh", "tests/data/eval-seventh", "context.toml", lambda f: list(written_cases(f))),
    ("eighth", "tests/data/eval-eighth", "context.toml", lambda f: list(written_cases(f))),
    ("ninth", "tests/data/eval-ninth", "context.toml", lambda f: list(written_cases(f))),
    ("tenth", "tests/data/eval-tenth", "context.toml", lambda f: list(written_cases(f))),
    ("eleventh", "tests/data/eval-eleventh", "context.toml", lambda f: list(written_cases(f))),
    ("twelfth", "tests/data/eval-twelfth", "context.toml", lambda f: list(written_cases(f))),
    ("thirteenth", "tests/data/eval-thirteenth", "context.toml", lambda f: list(written_cases(f))),
    ("fourteenth", "tests/data/eval-fourteenth", "context.toml", lambda f: list(written_cases(f))),
    ("fifteenth", "tests/data/eval-fifteenth", "context.toml", lambda f: list(written_cases(f))),
    ("sixteenth", "tests/data/eval-sixteenth", "context.toml", lambda f: list(written_cases(f))),
    ("seventeenth", "tests/data/eval-seventeenth", "context.toml",
     lambda f: list(written_cases(f))),
    ("eighteenth", "tests/data/eval-eighteenth", "context.toml",
     lambda f: list(written_cases(f))),
    ("nineteenth", "tests/data/eval-nineteenth", "context.toml",
     lambda f: list(written_cases(f))),
    ("twentieth", "tests/data/eval-twentieth", "context.toml",
     lambda f: list(written_cases(f))),
    ("twentyfirst", "tests/data/eval-twentyfirst", "context.toml",
     lambda f: list(written_cases(f))),
    ("outside", "tests/data/corpus", "context-outside.toml",
     lambda f: [c for c in outside_cases(f) if c.expected.get("intent")]),
)
THRESHOLDS = (0.99, 0.5, 0.01)
# the commit each blind set was first measured at, before any tuning on it (their READMEs)
UNTUNED = {"fifth": "fa2cd6f", "sixth": "46b8a9c", "seventh": "1a5db22", "eighth": "13d2e97",
           "ninth": "7e237ac", "tenth": "eab6f9d", "eleventh": "ee1e6cc", "twelfth": "df32c21",
           "thirteenth": "1e796ae", "fourteenth": "e2fbb33", "fifteenth": "0e4ca43",
           "sixteenth": "9d265ab", "seventeenth": "ab16c4c",
           "eighteenth": "a81d3a4", "nineteenth": "0372bac", "twentieth": "4bd7b57",
           "twentyfirst": "4a67211"}
# a tester's label words and mailbot's intents (evaluation.INTENT_WORDS)
LABEL_INTENT = {"paid": "paid_claim", "plan": "plan_request", "question": "other"}



# -- the model ---------------------------------------------------------------------------

N_GRAMS = (3, 4, 5)
ALPHA = 0.5  # Laplace smoothing


def features(text: str) -> set[str]:
    """The reply's character n-grams (each counted once), lower case, digits folded, at
    most the first 1,500 characters (a reply's point is near its start)."""
    norm = re.sub(r"\d", "0", " ".join(text.lower().replace("ё", "е").split()))[:1500]
    padded = f" {norm} "
    return {padded[i:i + n] for n in N_GRAMS for i in range(len(padded) - n + 1)}


@dataclass
class NaiveBayes:
    """Per intent: how many training replies, and in how many of them each n-gram was."""

    docs: Counter[str] = field(default_factory=Counter)
    grams: dict[str, Counter[str]] = field(default_factory=dict)
    vocabulary: set[str] = field(default_factory=set)

    @classmethod
    def trained(cls, examples: list[tuple[str, str]]) -> NaiveBayes:
        model = cls()
        for text, intent in examples:
            f = features(text)
            model.docs[intent] += 1
            model.grams.setdefault(intent, Counter()).update(f)
            model.vocabulary |= f
        return model

    def probabilities(self, text: str) -> dict[str, float]:
        """P(intent | text) for every intent seen in training."""
        f = features(text) & self.vocabulary
        total = sum(self.docs.values())
        scores = {}
        for intent, n in self.docs.items():
            seen = self.grams[intent]
            denominator = sum(seen.values()) + ALPHA * len(self.vocabulary)
            scores[intent] = math.log(n / total) + sum(
                math.log((seen[g] + ALPHA) / denominator) for g in f)
        top = max(scores.values())
        exp = {k: math.exp(v - top) for k, v in scores.items()}
        norm = sum(exp.values())
        return {k: v / norm for k, v in exp.items()}


# -- the sets and their readings ---------------------------------------------------------

@dataclass
class Reply:
    outcome: Outcome  # the rules' reading, scored against the labels
    text: str  # the reply's own words (what the model reads)

    @property
    def label(self) -> str:
        want = self.outcome.case.expected["intent"]
        return LABEL_INTENT.get(want, want)


def replies_of(key: str, folder: str, context: str, cases: Callable[[Path], list[Case]],
               readings: dict[str, Path]) -> list[Reply]:
    where = ROOT / folder
    ctx = load_context(where / context)
    mine = [c for c in cases(where) if c.expected.get("intent")
            and c.expected["kind"] == "client_reply"]
    if key in readings:  # an older checkout's readings of this set
        old = {r["file"]: r for r in json.loads(readings[key].read_text(encoding="utf-8"))}
        out = []
        for c in mine:
            r = old[str(c.path.relative_to(ROOT))]
            out.append(Reply(judge(c, r["record"]), r["reply_text"]))
        return out
    out = []
    for c in mine:
        raw = c.raw if c.raw is not None else c.path.read_bytes()
        c_read = classify(parse_message(raw), ctx)
        out.append(Reply(judge(c, as_record(c_read, str(c.path))), c_read.reply_text))
    return out


def gated(reply: Reply, model: NaiveBayes, tau: float) -> tuple[Outcome, bool]:
    """The outcome once the model may put a reading the bot acts on before a person; and
    whether it did."""
    o = reply.outcome
    record = o.record
    if record.get("needs_human") or record.get("kind") != "client_reply":
        return o, False
    rule = record.get("intent") or "other"
    if model.probabilities(reply.text).get(str(rule), 0.0) >= tau:
        return o, False
    record = record | {"needs_human": True,
                       "reason": f"{record.get('reason')}; the second opinion doubts it"}
    verdict = "right" if not o.mismatches else "human"
    return Outcome(o.case, record, verdict, False, o.mismatches), True


def measure(sets: dict[str, list[Reply]]) -> list[dict[str, Any]]:
    rows = []
    for held, replies in sets.items():
        train = [(r.text, r.label) for key, rs in sets.items() if key != held for r in rs]
        model = NaiveBayes.trained(train)
        base_wrong = sum(bool(r.outcome.acted_wrongly) for r in replies)
        base_human = sum(bool(r.outcome.record.get("needs_human")) for r in replies)
        agree = sum(max(p := model.probabilities(r.text), key=p.__getitem__) == r.label
                    for r in replies)
        for tau in THRESHOLDS:
            after = [gated(r, model, tau) for r in replies]
            caught = sum(bool(r.outcome.acted_wrongly) and sent
                         for r, (_, sent) in zip(replies, after, strict=True))
            extra = sum(sent and not r.outcome.acted_wrongly
                        for r, (_, sent) in zip(replies, after, strict=True))
            rows.append({"held_out": held, "replies": len(replies), "tau": tau,
                         "model_top_agrees_with_label": agree,
                         "rules_wrong_acted": base_wrong, "rules_to_person": base_human,
                         "caught": caught, "extra_to_person": extra,
                         "wrong_acted_after": sum(bool(o.acted_wrongly) for o, _ in after)})
    return rows


def suggested(reply: Reply, model: intent_model.Model) -> Outcome:
    """The outcome once a reply the rules did not understand (intent other, before a
    person, no rule matched) carries the shipped model's guess for that person, as
    mailbot.reading.kinds.client_reply offers it (when the model is SURE)."""
    o = reply.outcome
    record = o.record
    reason = str(record.get("reason") or "")
    if (record.get("kind") != "client_reply" or (record.get("intent") or "other") != "other"
            or not record.get("needs_human")):
        return o
    among = None
    if reason.startswith(CONFLICTING):  # the intents the rules found, as the reason names them
        among = set(re.findall(r"\w+", reason[len(CONFLICTING) + 1:].split("[")[0]))
    elif not reason.startswith(NOT_UNDERSTOOD):
        return o
    guess = model.guess(reply.text[:2000])
    if (guess.intent == "other" or guess.probability < intent_model.SURE
            or (among is not None and guess.intent not in among)):
        return o
    return judge(o.case, record | {"intent": guess.intent})


def suggest_rows(sets: dict[str, list[Reply]]) -> list[dict[str, Any]]:
    """Per held-out set: intents right by the rules alone and with the guesses of a model
    trained on the other sets (the shipped model's features and smoothing)."""
    rows = []
    for held, replies in sets.items():
        model = intent_model.Model(intent_training.train(
            [(r.text, r.label) for key, rs in sets.items() if key != held for r in rs]))
        after = [suggested(r, model) for r in replies]
        pairs = list(zip(replies, after, strict=True))
        rows.append({"held_out": held, "replies": len(replies),
                     "intent_right_before": sum("intent" not in r.outcome.mismatches
                                                for r in replies),
                     "intent_right_after": sum("intent" not in o.mismatches for o in after),
                     "guessed": sum(o is not r.outcome for r, o in pairs),
                     "guessed_right": sum(o is not r.outcome and "intent" not in o.mismatches
                                          for r, o in pairs),
                     "right_made_wrong": sum("intent" not in r.outcome.mismatches
                                             and "intent" in o.mismatches for r, o in pairs)})
    return rows


def suggest_report(sets: dict[str, list[Reply]], json_path: Path | None) -> None:
    rows = suggest_rows(sets)
    print(f"{'held out':11} {'replies':>7} {'rules right':>11} {'with guesses':>12} "
          f"{'guessed':>7} {'guessed right':>13} {'right made wrong':>16}")
    for r in rows:
        print(f"{r['held_out']:11} {r['replies']:7d} {r['intent_right_before']:11d} "
              f"{r['intent_right_after']:12d} {r['guessed']:7d} {r['guessed_right']:13d} "
              f"{r['right_made_wrong']:16d}")
    blind = [r for r in rows if r["held_out"] in UNTUNED]
    found = [
        figures.Figure("blind rounds as first read (replies)", sum(r["replies"] for r in blind),
                       str(sum(r["replies"] for r in blind))),
        figures.Figure("... intents right, rules alone",
                       sum(r["intent_right_before"] for r in blind),
                       str(sum(r["intent_right_before"] for r in blind))),
        figures.Figure("... intents right with the guesses",
                       sum(r["intent_right_after"] for r in blind),
                       str(sum(r["intent_right_after"] for r in blind))),
        figures.Figure("... replies not understood given a right guess",
                       sum(r["guessed_right"] for r in blind),
                       str(sum(r["guessed_right"] for r in blind))),
    ]
    made_wrong = sum(r["right_made_wrong"] for r in rows)
    right = sum(r["guessed_right"] for r in rows)
    found.append(figures.Figure("right readings given a wrong guess (all sets)", made_wrong,
                                str(made_wrong), f"fewer than the right guesses ({right})",
                                made_wrong < right))
    print("; ".join(f"{f.name}: {f.text}" for f in found))
    figures.write(json_path, "intent_guesses",
                  "the shipped model's guesses at replies the rules did not understand, "
                  "leave one set out; the blind rounds as read before any tuning on them",
                  found, rows=rows)


def dump_readings(key: str, path: Path, root: Path) -> None:
    """Write this checkout's readings of one set's replies (for --readings), by its rules
    alone: a checkout that has the model's guesses reads without them."""
    try:
        from mailbot.reading import intent_model as shipped
        shipped.suggest = lambda *_a, **_k: None
    except ImportError:  # before the model
        pass
    folder, context, cases = next((f, c, cs) for k, f, c, cs in SETS if k == key)
    ctx = load_context(root / folder / context)
    out = []
    for c in cases(root / folder):
        if c.expected.get("intent") and c.expected["kind"] == "client_reply":
            raw = c.raw if c.raw is not None else c.path.read_bytes()
            read = classify(parse_message(raw), ctx)
            out.append({"file": str(c.path.relative_to(root)),
                        "record": as_record(read, str(c.path)), "reply_text": read.reply_text})
    path.write_text(json.dumps(out, default=str), encoding="utf-8")


def untuned_readings(key: str, commit: str, work: Path) -> Path:
    """The readings of one set by the rules of `commit` (mailbot/ and bench/ of that commit,
    unpacked from git, run with this Python)."""
    tree = work / commit
    if not tree.exists():
        tree.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "mailbot", "bench"],
                                 capture_output=True, check=True, timeout=120).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tree, filter="data")
    out = work / f"{key}.json"
    if out.exists():
        return out
    subprocess.run([sys.executable, str(Path(__file__).resolve()), "--dump-readings",
                    f"{key}={out}", "--root", str(ROOT)], cwd=tree, check=True, timeout=600,
                   env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"})
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump-readings", metavar="SET=FILE",
                    help="write this checkout's readings of one set and stop")
    ap.add_argument("--root", type=Path, default=ROOT, help="where the labelled sets are")
    ap.add_argument("--tuned", action="store_true",
                    help="read the fifth and sixth sets with today's rules too")
    ap.add_argument("--readings", action="append", default=[],
                    help="SET=FILE: an older checkout's readings of one set")
    ap.add_argument("--suggest", action="store_true",
                    help="measure the model's intent offered to a person for replies the "
                         "rules did not understand")
    ap.add_argument("--work", type=Path, help="keep the older readings here (reused)")
    figures.add_json_option(ap)
    args = ap.parse_args()
    if args.dump_readings:
        key, _, file = args.dump_readings.partition("=")
        dump_readings(key, Path(file), args.root)
        return
    readings = {k: Path(v) for k, _, v in (r.partition("=") for r in args.readings)}
    work = args.work or Path(tempfile.mkdtemp(prefix="intent-second-opinion-"))
    work.mkdir(parents=True, exist_ok=True)
    if not args.tuned:
        for key, commit in UNTUNED.items():
            readings.setdefault(key, untuned_readings(key, commit, work))
    sets = {key: replies_of(key, folder, context, cases, readings)
            for key, folder, context, cases in SETS}
    if args.suggest:
        suggest_report(sets, args.json)
        return
    rows = measure(sets)
    print(f"{'held out':9} {'replies':>7} {'model=label':>11} {'tau':>5} "
          f"{'rules: wrong acted':>18} {'to person':>9} {'caught':>6} {'extra to person':>15} "
          f"{'wrong after':>11}")
    for r in rows:
        print(f"{r['held_out']:9} {r['replies']:7d} {r['model_top_agrees_with_label']:11d} "
              f"{r['tau']:5} {r['rules_wrong_acted']:18d} {r['rules_to_person']:9d} "
              f"{r['caught']:6d} {r['extra_to_person']:15d} {r['wrong_acted_after']:11d}")
    for tau in THRESHOLDS:
        mine = [r for r in rows if r["tau"] == tau]
        print(f"all sets, tau {tau}: replies {sum(r['replies'] for r in mine)}, rules' wrong "
              f"acted {sum(r['rules_wrong_acted'] for r in mine)}, caught "
              f"{sum(r['caught'] for r in mine)}, extra to a person "
              f"{sum(r['extra_to_person'] for r in mine)}")
    shutil.rmtree(work, ignore_errors=True)
    main_tau = [r for r in rows if r["tau"] == 0.5]
    wrong = sum(r["rules_wrong_acted"] for r in main_tau)
    caught = sum(r["caught"] for r in main_tau)
    extra = sum(r["extra_to_person"] for r in main_tau)
    found = [
        figures.Figure("replies (all sets, each held out once)",
                       sum(r["replies"] for r in main_tau),
                       str(sum(r["replies"] for r in main_tau))),
        figures.Figure("rules alone: wrong readings acted on", wrong, str(wrong)),
        figures.Figure("of them sent to a person by the model (tau 0.5)", caught,
                       f"{caught}/{wrong}", f"more than the extra ({extra})", caught > extra),
        figures.Figure("right readings it sent to a person (extra work)", extra, str(extra)),
    ]
    print("; ".join(f"{f.name}: {f.text}" + (f" (limit {f.limit}: "
                                              f"{'met' if f.ok else 'missed'})" if f.limit else "")
                    for f in found))
    figures.write(args.json, "intent_second_opinion",
                  "naive Bayes second opinion on reply intents, leave one set out; the blind "
                  "rounds as read before any tuning on them", found, rows=rows)


if __name__ == "__main__":
    main()

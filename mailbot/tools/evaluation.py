"""Scoring the classifier against labelled messages. Pure apart from reading the files.

Used by bench/classify_eval.py (prints the table) and tests/test_eval.py (holds floors).
A message is *right* when its kind and every labelled field match, *human* when the bot
left it to a person, *wrong* otherwise; *unsafe* counts wrong kinds the bot would have
acted on by itself, which must stay at zero.
"""

from __future__ import annotations

import csv
import tomllib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from mailbot.reading.classify import as_record, classify
from mailbot.reading.context import Context, context_from_mapping
from mailbot.reading.parse import ParseError, parse_message

FIELDS = ("language", "invoice_numbers", "amount", "currency", "issue_date", "due_date",
          "payment_terms_days", "intent", "promised_date", "return_date",
          "failed_recipients", "bounce_permanent", "original_message_id", "needs_human",
          "payment_date", "payment_full", "allocations")
LIST_FIELDS = ("invoice_numbers", "failed_recipients", "allocations")
# kinds whose misreading the bot would act on by itself; "other" and auto-replies do nothing
ACTING = frozenset({"invoice_copy", "read_receipt", "bounce", "payment_confirmation",
                    "client_reply"})
CORPUS_KINDS = {"bounce": "bounce", "read_receipt": "read_receipt",
                "auto_reply": "auto_reply", "other_mime": "other"}


@dataclass(frozen=True)
class Case:
    path: Path
    expected: dict[str, str]  # kind plus the labelled fields; "" is not checked
    source: str  # "written" | "corpus"


@dataclass
class Outcome:
    case: Case
    record: dict[str, object]
    verdict: str  # "right" | "wrong" | "human"
    unsafe: bool
    mismatches: list[str] = field(default_factory=list)


def load_context(path: Path) -> Context:
    return context_from_mapping(tomllib.loads(path.read_text(encoding="utf-8")))


def written_cases(folder: Path) -> Iterator[Case]:
    for labels in sorted(folder.glob("labels-*.csv")):
        with labels.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                yield Case(folder / row["file"], {k: (v or "").strip() for k, v in row.items()
                                                  if k != "file"}, "written")


def corpus_cases(folder: Path) -> Iterator[Case]:
    """Real messages labelled by their sources (labels.csv of the shared corpus)."""
    with (folder / "labels.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            kind = CORPUS_KINDS.get(row["kind"])
            path = folder / row["path"]
            if kind is None or not path.name.endswith(".eml") or not path.exists():
                continue
            expected = {"kind": kind}
            if kind == "bounce" and row["expected"].startswith(("permanent:", "temporary:")):
                how, _, who = row["expected"].partition(":")
                expected["failed_recipients"] = ";".join(who.split())  # space-separated
                expected["bounce_permanent"] = "true" if how == "permanent" else "false"
            yield Case(path, expected, "corpus")


def _item(name: str, value: str) -> str:
    """One item of a list field; an allocation "INV-1=1150" as "inv-1=1150.00"."""
    value = value.strip().lower()
    if name == "allocations" and "=" in value:
        number, _, amount = value.rpartition("=")
        try:
            return f"{number.strip()}={Decimal(amount.strip()):.2f}"
        except InvalidOperation:
            return value
    return value


def _normal(name: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(sorted(_item(name, str(v)) for v in value))
    if name in LIST_FIELDS:
        return ";".join(sorted(_item(name, v) for v in str(value).split(";") if v.strip()))
    return str(value)


def score(case: Case, ctx: Context) -> Outcome:
    raw = case.path.read_bytes()
    try:
        record = as_record(classify(parse_message(raw), ctx), str(case.path))
    except ParseError as e:
        record = {"kind": "other", "needs_human": True, "reason": f"unreadable: {e}"}
    expected = case.expected
    mismatches = [] if record["kind"] == expected["kind"] else ["kind"]
    for name in FIELDS:
        want = expected.get(name, "")
        if want and _normal(name, want) != _normal(name, record.get(name)):
            mismatches.append(name)
    human = bool(record.get("needs_human")) and expected.get("needs_human") != "true"
    if not mismatches:
        verdict = "right"
    elif human:
        verdict = "human"
    else:
        verdict = "wrong"
    unsafe = ("kind" in mismatches and not record.get("needs_human")
              and record["kind"] in ACTING)
    return Outcome(case, record, verdict, unsafe, mismatches)


def evaluate(cases: Iterable[Case], ctx: Context) -> list[Outcome]:
    return [score(c, ctx) for c in cases]


def table(outcomes: list[Outcome]) -> list[tuple[str, str, int, int, int, int, int]]:
    """Rows of (kind, language, n, right, wrong, human, unsafe), with totals per kind."""
    rows: dict[tuple[str, str], Counter[str]] = {}
    for o in outcomes:
        kind = o.case.expected["kind"]
        lang = o.case.expected.get("language") or ("corpus" if o.case.source == "corpus"
                                                     else "?")
        for key in ((kind, lang), (kind, "all")):
            c = rows.setdefault(key, Counter())
            c["n"] += 1
            c[o.verdict] += 1
            c["unsafe"] += o.unsafe
    return [(k, lang, c["n"], c["right"], c["wrong"], c["human"], c["unsafe"])
            for (k, lang), c in sorted(rows.items(), key=lambda kv: (kv[0][0], kv[0][1] == "all",
                                                                      kv[0][1]))]


def field_accuracy(outcomes: list[Outcome]) -> dict[str, tuple[int, int]]:
    """Per labelled field: (exact, labelled), over messages whose kind was right."""
    acc: dict[str, list[int]] = {}
    for o in outcomes:
        for name in FIELDS:
            if o.case.expected.get(name) and name != "needs_human":
                a = acc.setdefault(name, [0, 0])
                a[1] += 1
                a[0] += name not in o.mismatches
    return {k: (v[0], v[1]) for k, v in acc.items()}

"""How well mailbot understands its mail: per kind and language, right / wrong / human.

    .venv/bin/python -m bench.classify_eval [--corpus ../shared/corpus] [--set written]
        [--show-wrong] [--json PATH]

Two sets, each with the context.toml beside it: the written messages of tests/data/eval
with the real ones in tests/data/corpus (or, with --corpus, the full shared corpus), and
the second- to sixth-round sets in tests/data/eval-blind, eval-third, eval-fourth,
eval-fifth and eval-sixth (each measured once before any change for it, see their READMEs);
and the outside set: the third-party mail of tests/data/corpus that nothing was tuned on
(labels-outside.csv, reply-intents.csv; measured before any tuning, outside-before.txt),
printed with its extra columns (bounce reason class, sisimai's recipient count) and its
mistakes grouped by kind.
Prints per set the table, the field
accuracy and the throughput; --json also writes them for `python -m bench.run`, which
puts them in the README. No limits here: tests/test_eval.py holds the floors.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from bench import figures
from mailbot.tools.evaluation import (
    Case,
    Outcome,
    agreement,
    corpus_cases,
    evaluate,
    field_accuracy,
    load_context,
    outside_cases,
    table,
    targets,
    written_cases,
)

ROOT = Path(__file__).resolve().parent.parent


def report(name: str, outcomes: list[Any], seconds: float, show_wrong: bool) -> None:
    print(f"== {name}")
    print(f"{'kind':22} {'language':9} {'n':>5} {'right':>6} {'wrong':>6} {'human':>6} "
          f"{'unsafe':>6} {'right%':>7}")
    for kind, lang, n, right, wrong, human, unsafe in table(outcomes):
        line = (f"{kind:22} {lang:9} {n:5d} {right:6d} {wrong:6d} {human:6d} {unsafe:6d} "
                f"{100 * right / n:6.1f}%")
        print(f"{line}\n" if lang == "all" else line)
    print("field accuracy (messages labelled with the field):")
    for field, (exact, total) in sorted(field_accuracy(outcomes).items()):
        print(f"  {field:20} {exact:4d}/{total:<4d} {100 * exact / total:6.1f}%")
    right = sum(o.verdict == "right" for o in outcomes)
    unsafe = sum(o.unsafe for o in outcomes)
    acted = [o for o in outcomes if o.acted_wrongly]
    print(f"\n{right}/{len(outcomes)} right; {len(outcomes)} messages in {seconds:.1f} s "
          f"({len(outcomes) / seconds:.0f} msg/s); automatic actions on a wrong kind: {unsafe}; "
          f"wrong facts acted on automatically: {len(acted)}")
    for o in acted:
        print(f"  acted wrongly: {o.case.path.name}: {', '.join(o.acted_wrongly)}")
    print("issue 11's targets: " + "; ".join(
        f"{name} {hits}/{n}" + (f" ({100 * hits / n:.1f}%)" if name != "wrong facts acted on"
                                else "")
        for name, (hits, n) in targets(outcomes).items() if n))
    print()
    if show_wrong:
        for o in outcomes:
            if o.verdict != "right":
                where = (o.case.path.relative_to(ROOT) if o.case.path.is_relative_to(ROOT)
                         else o.case.path)
                print(f"{o.verdict:6} {where}  expected {o.case.expected.get('kind')} got "
                      f"{o.record.get('kind')}  mismatches={o.mismatches} "
                      f"reason={o.record.get('reason')}")


def as_json(key: str, name: str, outcomes: list[Outcome], seconds: float) -> dict[str, Any]:
    """One set's figures for bench.run: rows (kind, language, n, right, wrong, human, unsafe)."""
    fields = field_accuracy(outcomes)
    if key == "outside":  # its reason class is scored apart while FIELDS lacks it
        fields.setdefault("bounce_reason", agreement(outcomes, "bounce_reason"))
    return {"key": key, "name": name, "messages": len(outcomes),
            "right": sum(o.verdict == "right" for o in outcomes),
            "unsafe": sum(o.unsafe for o in outcomes), "seconds": seconds,
            "acted_wrongly": sum(bool(o.acted_wrongly) for o in outcomes),
            "targets": {k: list(v) for k, v in targets(outcomes).items()},
            "rows": [list(row) for row in table(outcomes)],
            "fields": {k: list(v) for k, v in sorted(fields.items())},
            "unsafe_cases": [o.case.path.stem for o in outcomes if o.unsafe]}


def _tag(o: Outcome) -> str:
    """The upstream project of an outside message: its file name's source tag."""
    return o.case.path.name.split("-")[0]


def _what(o: Outcome) -> str:
    """What the message is, as its source says, in words for the list of mistakes."""
    want = o.case.expected
    reasons = want.get("sisimai_reasons", "")
    if want["kind"] == "other":
        return {"feedback": "ARF feedback report", "delivered": "DSN of a delivery"}.get(
            reasons, f"other_mime ({_tag(o)})")
    if want["kind"] == "bounce":
        return f"bounce ({want.get('bounce_reason') or reasons or _tag(o)})"
    return want["kind"]


def _shown(value: object) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def mistake_kinds(outcomes: list[Outcome]) -> dict[str, list[Outcome]]:
    """The outside set's misses grouped by kind of mistake: a wrong kind by what the
    message is and what it was read as; else by the fields that differ."""
    groups: dict[str, list[Outcome]] = {}
    for o in outcomes:
        want, got = o.case.expected, o.record
        if "kind" in o.mismatches:
            key = f"{_what(o)} read as {got.get('kind')}"
        elif o.mismatches:
            key = f"{_what(o)}: " + ", ".join(
                "failed_recipients differ" if name == "failed_recipients" else
                f"{name} {want.get(name)} read as {_shown(got.get(name))}"
                for name in o.mismatches)
        else:
            continue
        groups.setdefault(key, []).append(o)
    return dict(sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])))


def report_outside(outcomes: list[Outcome]) -> None:
    """What the common table leaves out for the outside set."""
    print("by source (upstream project):")
    tags: dict[tuple[str, str], list[int]] = {}
    for o in outcomes:
        c = tags.setdefault((o.case.expected["kind"], _tag(o)), [0, 0, 0, 0, 0])
        c[0] += 1
        c[("right", "wrong", "human").index(o.verdict) + 1] += 1
        c[4] += o.unsafe
    for (kind, tag), (n, right, wrong, human, unsafe) in sorted(tags.items()):
        print(f"  {kind:14} {tag:18} {n:5d} {right:6d} {wrong:6d} {human:6d} {unsafe:6d}")
    kinds = sum("kind" not in o.mismatches for o in outcomes)
    print(f"kinds right {kinds}/{len(outcomes)}")
    print("scored apart (every message labelled with it, whatever its verdict):")
    for name in ("bounce_reason", "address_dead", "bounce_permanent", "failed_recipients",
                 "intent"):
        agree, total = agreement(outcomes, name)
        print(f"  {name:20} {agree:4d}/{total:<4d}")
    for want, source in (("true", "hard (the address is gone)"),
                         ("false", "soft or temporary (the address lives)")):
        mine = [o for o in outcomes if o.case.expected.get("address_dead") == want]
        read = Counter(_shown(o.record.get("address_dead")) for o in mine)
        print(f"  sisimai labels {source}: {len(mine)}, read as dead {read['true']}, "
              f"alive {read['false']}, not said {read['None']}")
    counted = [o for o in outcomes if o.case.expected.get("recipient_count")]
    some = sum(bool(o.record.get("failed_recipients")) for o in counted)
    same = sum(len(cast(list[str], o.record.get("failed_recipients") or [])) ==
               int(o.case.expected["recipient_count"]) for o in counted)
    print(f"  sisimai bounces naming a failed recipient {some}/{len(counted)}; "
          f"as many as sisimai lists {same}/{len(counted)}")
    print("\nmistakes by kind (* unsafe: a wrong kind the bot would act on by itself):")
    for key, group in mistake_kinds(outcomes).items():
        verdicts = ", ".join(f"{v} {sum(o.verdict == v for o in group)}"
                             for v in ("wrong", "human") if any(o.verdict == v for o in group))
        unsafe = sum(o.unsafe for o in group)
        print(f"  {len(group):4d}  {key}  [{verdicts}{f', unsafe {unsafe}' if unsafe else ''}]")
        names = [o.case.path.stem + ("*" if o.unsafe else "") for o in group]
        for at in range(0, len(names), 6):
            print("        " + " ".join(names[at:at + 6]))
    print()


def _written(folder: Path, _corpus: Path) -> list[Case]:
    return list(written_cases(folder))


# (key, name, folder, its context file, its cases); the first adds the real corpus
SETS: tuple[tuple[str, str, str, str, Callable[[Path, Path], list[Case]]], ...] = (
    ("written", "written set + real corpus", "tests/data/eval", "context.toml",
     lambda folder, corpus: [*written_cases(folder), *corpus_cases(corpus)]),
    ("blind", "second-round set", "tests/data/eval-blind", "context.toml", _written),
    ("third", "third-round set", "tests/data/eval-third", "context.toml", _written),
    ("fourth", "fourth-round set", "tests/data/eval-fourth", "context.toml", _written),
    ("fifth", "fifth-round set (blind)", "tests/data/eval-fifth", "context.toml", _written),
    ("sixth", "sixth-round set", "tests/data/eval-sixth", "context.toml", _written),
    ("seventh", "seventh-round set (blind)", "tests/data/eval-seventh", "context.toml", _written),
    ("eighth", "eighth-round set (blind)", "tests/data/eval-eighth", "context.toml", _written),
    ("ninth", "ninth-round set (blind)", "tests/data/eval-ninth", "context.toml", _written),
    ("tenth", "tenth-round set (blind)", "tests/data/eval-tenth", "context.toml", _written),
    ("eleventh", "eleventh-round set (blind)", "tests/data/eval-eleventh", "context.toml",
     _written),
    ("twelfth", "twelfth-round set (blind)", "tests/data/eval-twelfth", "context.toml",
     _written),
    ("thirteenth", "thirteenth-round set (blind)", "tests/data/eval-thirteenth",
     "context.toml", _written),
    ("fourteenth", "fourteenth-round set (blind)", "tests/data/eval-fourteenth",
     "context.toml", _written),
    ("fifteenth", "fifteenth-round set (blind)", "tests/data/eval-fifteenth",
     "context.toml", _written),
    ("sixteenth", "sixteenth-round set (blind)", "tests/data/eval-sixteenth",
     "context.toml", _written),
    ("seventeenth", "seventeenth-round set (blind)", "tests/data/eval-seventeenth",
     "context.toml", _written),
    ("eighteenth", "eighteenth-round set (blind)", "tests/data/eval-eighteenth",
     "context.toml", _written),
    ("nineteenth", "nineteenth-round set (blind)", "tests/data/eval-nineteenth",
     "context.toml", _written),
    ("twentieth", "twentieth-round set (blind)", "tests/data/eval-twentieth",
     "context.toml", _written),
    ("twentyfirst", "twenty-first-round set (blind)", "tests/data/eval-twentyfirst",
     "context.toml", _written),
    ("outside", "outside set (third-party mail never tuned on)", "tests/data/corpus",
     "context-outside.toml", lambda folder, _corpus: list(outside_cases(folder))),
)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=ROOT / "tests/data/corpus")
    ap.add_argument("--set", default="all", choices=("all", *(key for key, *_ in SETS)))
    ap.add_argument("--show-wrong", action="store_true")
    figures.add_json_option(ap)
    args = ap.parse_args()
    sets = [(key, name, ROOT / folder / context, cases(ROOT / folder, args.corpus))
            for key, name, folder, context, cases in SETS if args.set in ("all", key)]
    done = []
    for key, name, context, cases in sets:
        ctx = load_context(context)
        start = time.perf_counter()
        outcomes = evaluate(cases, ctx)
        seconds = time.perf_counter() - start
        report(name, outcomes, seconds, args.show_wrong and key != "outside")
        if key == "outside":
            report_outside(outcomes)
        done.append(as_json(key, name, outcomes, seconds))
    corpus = (args.corpus.relative_to(ROOT) if args.corpus.is_relative_to(ROOT)
              else args.corpus)
    figures.write(args.json, "classify_eval", f"labelled messages; real ones from {corpus}",
                  sets=done)


if __name__ == "__main__":
    main()

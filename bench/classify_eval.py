"""How well mailbot understands its mail: per kind and language, right / wrong / human.

    .venv/bin/python -m bench.classify_eval [--corpus ../shared/corpus] [--set written]
        [--show-wrong] [--json PATH]

Two sets, each with the context.toml beside it: the written messages of tests/data/eval
with the real ones in tests/data/corpus (or, with --corpus, the full shared corpus), and
the second-, third- and fourth-round sets in tests/data/eval-blind, eval-third and
eval-fourth (the last blind: measured once before any change for it, see its README).
Prints per set the table, the field
accuracy and the throughput; --json also writes them for `python -m bench.run`, which
puts them in the README. No limits here: tests/test_eval.py holds the floors.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from bench import figures
from mailbot.tools.evaluation import (
    Outcome,
    corpus_cases,
    evaluate,
    field_accuracy,
    load_context,
    table,
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
    return {"key": key, "name": name, "messages": len(outcomes),
            "right": sum(o.verdict == "right" for o in outcomes),
            "unsafe": sum(o.unsafe for o in outcomes), "seconds": seconds,
            "acted_wrongly": sum(bool(o.acted_wrongly) for o in outcomes),
            "rows": [list(row) for row in table(outcomes)],
            "fields": {k: list(v) for k, v in sorted(field_accuracy(outcomes).items())},
            "unsafe_cases": [o.case.path.stem for o in outcomes if o.unsafe]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=ROOT / "tests/data/corpus")
    ap.add_argument("--set", choices=("all", "written", "blind", "third", "fourth"), default="all")
    ap.add_argument("--show-wrong", action="store_true")
    figures.add_json_option(ap)
    args = ap.parse_args()
    sets = []
    if args.set in ("all", "written"):
        folder = ROOT / "tests/data/eval"
        sets.append(("written", "written set + real corpus", folder,
                     [*written_cases(folder), *corpus_cases(args.corpus)]))
    if args.set in ("all", "blind"):
        folder = ROOT / "tests/data/eval-blind"
        sets.append(("blind", "second-round set", folder, list(written_cases(folder))))
    if args.set in ("all", "third"):
        folder = ROOT / "tests/data/eval-third"
        sets.append(("third", "third-round set", folder, list(written_cases(folder))))
    if args.set in ("all", "fourth"):
        folder = ROOT / "tests/data/eval-fourth"
        sets.append(("fourth", "fourth-round set (blind)", folder,
                     list(written_cases(folder))))
    done = []
    for key, name, folder, cases in sets:
        ctx = load_context(folder / "context.toml")
        start = time.perf_counter()
        outcomes = evaluate(cases, ctx)
        seconds = time.perf_counter() - start
        report(name, outcomes, seconds, args.show_wrong)
        done.append(as_json(key, name, outcomes, seconds))
    corpus = (args.corpus.relative_to(ROOT) if args.corpus.is_relative_to(ROOT)
              else args.corpus)
    figures.write(args.json, "classify_eval", f"labelled messages; real ones from {corpus}",
                  sets=done)


if __name__ == "__main__":
    main()

"""How well mailbot understands its mail: per kind and language, right / wrong / human.

    .venv/bin/python -m bench.classify_eval [--corpus ../shared/corpus] [--show-wrong]

Reads the written messages (tests/data/eval/labels-*.csv) and the real ones in
tests/data/corpus (or, with --corpus, the full shared corpus), classifies each with the
context in tests/data/eval/context.toml, and prints the table, the field accuracy and
the throughput.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from mailbot.evaluation import corpus_cases, evaluate, field_accuracy, load_context, table, written_cases

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=ROOT / "tests/data/corpus")
    ap.add_argument("--show-wrong", action="store_true")
    args = ap.parse_args()
    eval_dir = ROOT / "tests/data/eval"
    ctx = load_context(eval_dir / "context.toml")
    cases = [*written_cases(eval_dir), *corpus_cases(args.corpus)]
    start = time.perf_counter()
    outcomes = evaluate(cases, ctx)
    seconds = time.perf_counter() - start

    print(f"{'kind':22} {'language':9} {'n':>5} {'right':>6} {'wrong':>6} {'human':>6} "
          f"{'unsafe':>6} {'right%':>7}")
    for kind, lang, n, right, wrong, human, unsafe in table(outcomes):
        line = (f"{kind:22} {lang:9} {n:5d} {right:6d} {wrong:6d} {human:6d} {unsafe:6d} "
                f"{100 * right / n:6.1f}%")
        print(f"{line}\n" if lang == "all" else line)
    print("field accuracy (messages labelled with the field):")
    for name, (exact, total) in sorted(field_accuracy(outcomes).items()):
        print(f"  {name:20} {exact:4d}/{total:<4d} {100 * exact / total:6.1f}%")
    unsafe = sum(o.unsafe for o in outcomes)
    print(f"\n{len(outcomes)} messages in {seconds:.1f} s ({len(outcomes) / seconds:.0f} msg/s); "
          f"automatic actions on a wrong kind: {unsafe}")
    if args.show_wrong:
        for o in outcomes:
            if o.verdict != "right":
                print(f"{o.verdict:6} {o.case.path.relative_to(ROOT) if o.case.path.is_relative_to(ROOT) else o.case.path}"
                      f"  expected {o.case.expected.get('kind')} got {o.record.get('kind')}"
                      f"  mismatches={o.mismatches} reason={o.record.get('reason')}")


if __name__ == "__main__":
    main()

"""Run the benches and write what they measured into README.md, each figure beside its
limit and under the command that reproduces it.

    .venv/bin/python -m bench.run [--only NAME ...] [--check] [--readme PATH]

Each bench runs as the command the README names (a subprocess, from the repository
root) with `--json PATH` added; what it prints passes through, its log goes to a file
shown when it fails. Its figures replace the README text between
`<!-- bench:BLOCK:start -->` and `<!-- bench:BLOCK:end -->`; the text outside the markers
is left as it is, and the blocks of benches not run (`--only`) are kept.

Exits 1, naming them, when a figure misses its limit (its block is still written: it is
what was measured) or a bench fails (its blocks are kept). `--check` measures and judges
without writing the README. The shared corpus bench is skipped, its block kept, where
../shared/corpus is missing.
"""

from __future__ import annotations

import argparse
import os
import platform
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import figures

ROOT = Path(__file__).resolve().parent.parent


# -- the README's generated blocks -------------------------------------------------------


class MarkerError(ValueError):
    """The README lacks a block's markers, or has them twice or out of order."""


def markers(name: str) -> tuple[str, str]:
    return f"<!-- bench:{name}:start -->", f"<!-- bench:{name}:end -->"


def _span(text: str, name: str, where: str) -> tuple[int, int]:
    """Where block `name`'s body lies in `text`: after its start marker's line, up to its
    end marker."""
    start, end = markers(name)
    for marker in (start, end):
        n = text.count(marker)
        if n != 1:
            raise MarkerError(f"{where}: {'no' if n == 0 else f'{n} times the'} marker "
                              f"{marker!r} (block {name!r} needs {start} ... {end})")
    body, stop = text.index(start) + len(start), text.index(end)
    if stop < body:
        raise MarkerError(f"{where}: {end!r} comes before {start!r}")
    return body, stop


def check_markers(text: str, names: Iterable[str], where: str = "README.md") -> None:
    for name in names:
        _span(text, name, where)


def rewrite(text: str, blocks: Mapping[str, str], where: str = "README.md") -> str:
    """`text` with each block's body between its markers replaced; all else unchanged."""
    check_markers(text, blocks, where)
    for name, body in blocks.items():
        begin, stop = _span(text, name, where)
        text = f"{text[:begin]}\n{body.strip(chr(10))}\n{text[stop:]}"
    return text


# -- rendering ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Where:
    """When and on what a bench ran: stated above its figures."""

    date: str
    cores: int | None
    python: str
    load: float

    @classmethod
    def now(cls) -> Where:
        return cls(datetime.now(UTC).date().isoformat(), os.cpu_count(),
                   platform.python_version(), os.getloadavg()[0])

    def __str__(self) -> str:
        return (f"run on {self.date} on {self.cores} cores, Python {self.python}, "
                f"load average {self.load:.2f} at its start")


def speed_block(command: str, doc: dict[str, Any], where: Where) -> str:
    lines = [f"`{command}` ({doc['about']}), {where}:", "",
             "| figure | measured | limit |", "|---|---|---|"]
    for f in doc["figures"]:
        limit = "none" if f.limit is None else f.limit if f.ok else f"{f.limit}: **missed**"
        lines.append(f"| {f.name} | {f.text} | {limit} |")
    return "\n".join(lines)


LANGUAGE_ORDER = ("en", "de", "id", "ru")  # as the README has always listed them
VERDICTS = "| messages | right | wrong | to a human | unsafe |"


def _table(first: str, rows: Iterable[tuple[str, list[int]]]) -> list[str]:
    out = [f"| {first} {VERDICTS}", "|---" * 6 + "|"]
    out += [f"| {key} | " + " | ".join(map(str, counts)) + " |" for key, counts in rows]
    return out


def classify_block(command: str, s: dict[str, Any], where: Where, *,
                   languages: bool = True) -> str:
    rate = s["messages"] / s["seconds"] if s["seconds"] else 0.0
    lines = [(f"`{command}`, {where}: **{s['right']}/{s['messages']} right**; "
             f"{s['messages']} messages in {s['seconds']:.1f} s ({rate:.0f} msg/s); "
             f"automatic actions on a wrong kind: {s['unsafe']}; wrong facts acted on "
             f"automatically: {s.get('acted_wrongly', 0)}."), ""]
    if s.get("targets"):
        parts = [f"{name} {hits}/{n}" + ("" if name.startswith("wrong") else
                                          f" ({100 * hits / n:.1f}%)")
                 for name, (hits, n) in s["targets"].items() if n]
        lines += ["Issue 11's measures: " + "; ".join(parts) + ".", ""]
    lines += _table("kind", ((kind, counts) for kind, lang, *counts in s["rows"]
                             if lang == "all"))
    by_lang: dict[str, list[int]] = {}
    for _kind, lang, *counts in s["rows"]:
        if lang not in ("all", "corpus", "?"):
            total = by_lang.setdefault(lang, [0] * len(counts))
            total[:] = [a + b for a, b in zip(total, counts, strict=True)]
    if languages and by_lang:
        order = sorted(by_lang, key=lambda lang: (lang not in LANGUAGE_ORDER,
                                                  LANGUAGE_ORDER.index(lang)
                                                  if lang in LANGUAGE_ORDER else 0, lang))
        lines += ["", "By language (written messages only):", ""]
        lines += _table("language", ((lang, by_lang[lang]) for lang in order))
    if s.get("unsafe_cases"):
        lines += ["", "Unsafe: " + ", ".join(f"`{name}`" for name in s["unsafe_cases"]) + "."]
    if s["fields"]:
        lines += ["", "Field accuracy (messages labelled with the field): " + "; ".join(
            f"{name} {exact}/{total}" for name, (exact, total) in s["fields"].items()) + "."]
    return "\n".join(lines)


# -- the benches -------------------------------------------------------------------------

Render = Callable[[str, dict[str, Any], Where], dict[str, str]]


def _sets(**blocks: str) -> Render:
    """Render classify_eval's sets (by key) into the named blocks."""
    def render(command: str, doc: dict[str, Any], where: Where) -> dict[str, str]:
        by_key = {s["key"]: s for s in doc["sets"]}
        return {block: classify_block(command, by_key[key], where,
                                      languages=block not in ("classify-corpus",
                                                              "classify-outside"))
                for block, key in blocks.items()}
    return render


def _speed(block: str) -> Render:
    return lambda command, doc, where: {block: speed_block(command, doc, where)}


@dataclass(frozen=True)
class Bench:
    name: str
    command: str  # as the README names it; run from the repository root
    blocks: tuple[str, ...]
    render: Render
    needs: str | None = None  # a path (from the root) without which it is skipped


BENCHES = (
    Bench("classify", ".venv/bin/python -m bench.classify_eval",
          ("classify-first", "classify-second", "classify-third", "classify-fourth",
           "classify-fifth", "classify-sixth", "classify-seventh",
           "classify-eighth", "classify-ninth", "classify-tenth", "classify-eleventh",
           "classify-twelfth", "classify-thirteenth", "classify-fourteenth", "classify-fifteenth",
           "classify-sixteenth", "classify-seventeenth", "classify-eighteenth",
           "classify-nineteenth", "classify-twentieth",
           "classify-twentyfirst", "classify-outside"),
          _sets(**{"classify-first": "written", "classify-second": "blind",
                   "classify-third": "third", "classify-fourth": "fourth",
                   "classify-fifth": "fifth", "classify-sixth": "sixth",
                   "classify-seventh": "seventh", "classify-eighth": "eighth",
                   "classify-ninth": "ninth", "classify-tenth": "tenth",
                   "classify-eleventh": "eleventh", "classify-twelfth": "twelfth",
                   "classify-thirteenth": "thirteenth",
                   "classify-fourteenth": "fourteenth", "classify-fifteenth": "fifteenth",
                   "classify-sixteenth": "sixteenth", "classify-seventeenth": "seventeenth",
                   "classify-eighteenth": "eighteenth",
                   "classify-nineteenth": "nineteenth",
                   "classify-twentieth": "twentieth",
                   "classify-twentyfirst": "twentyfirst",
                   "classify-outside": "outside"})),
    Bench("classify-corpus",
          ".venv/bin/python -m bench.classify_eval --corpus ../shared/corpus --set written",
          ("classify-corpus",), _sets(**{"classify-corpus": "written"}),
          needs="../shared/corpus/labels.csv"),
    Bench("intent-second-opinion", ".venv/bin/python -m bench.intent_second_opinion",
          ("intent-second-opinion",), _speed("intent-second-opinion")),
    Bench("intent-guesses", ".venv/bin/python -m bench.intent_second_opinion --suggest",
          ("intent-guesses",), _speed("intent-guesses")),
    Bench("ingest", "PYTHONPATH=. .venv/bin/python -m bench.ingest", ("ingest",),
          _speed("ingest")),
    Bench("scale", ".venv/bin/python -m bench.scale", ("scale",), _speed("scale")),
    Bench("tick", ".venv/bin/python -m bench.tick", ("tick",), _speed("tick")),
    Bench("idle", ".venv/bin/python -m bench.idle", ("idle",), _speed("idle")),
    Bench("react", ".venv/bin/python -m bench.react", ("react",), _speed("react")),
    Bench("startup", ".venv/bin/python -m bench.startup", ("startup",), _speed("startup")),
    Bench("send", ".venv/bin/python -m bench.send", ("send",), _speed("send")),
    Bench("faults", "PYTHONPATH=. .venv/bin/python -m bench.faults", ("faults",),
          _speed("faults")),
    Bench("memory", "PYTHONPATH=. .venv/bin/python -m bench.memory", ("memory",),
          _speed("memory")),
    Bench("crash", "PYTHONPATH=. .venv/bin/python -m bench.crash", ("crash",), _speed("crash")),
)


@dataclass
class Outcome:
    bench: Bench
    blocks: dict[str, str]
    missed: list[figures.Figure]
    error: str | None = None


def split_command(command: str) -> tuple[dict[str, str], list[str]]:
    """`VAR=value ... program args` into the environment additions and the argv."""
    words = shlex.split(command)
    env = {}
    while words and "=" in words[0] and not words[0].startswith("-"):
        key, _, value = words.pop(0).partition("=")
        env[key] = value
    return env, words


def run_bench(bench: Bench, work: Path) -> Outcome:
    env, argv = split_command(bench.command)
    out, log = work / f"{bench.name}.json", work / f"{bench.name}.log"
    print(f"\n== bench.run: {bench.name}: {bench.command}", flush=True)
    where = Where.now()
    t0 = time.monotonic()
    with log.open("wb") as err:
        rc = subprocess.run([*argv, "--json", str(out)], cwd=ROOT, env={**os.environ, **env},
                            stderr=err, check=False).returncode
    print(f"== bench.run: {bench.name} took {time.monotonic() - t0:.0f} s", flush=True)
    if not out.exists():
        tail = log.read_text(errors="replace").splitlines()[-30:]
        print("\n".join(tail), file=sys.stderr)
        return Outcome(bench, {}, [], f"exited {rc} without figures (its log: {log})")
    doc = figures.read(out)
    missed = [f for f in doc["figures"] if f.over]
    error = None if rc == 0 or missed else f"exited {rc} (its log: {log})"
    return Outcome(bench, bench.render(bench.command, doc, where), missed, error)


def main(argv: list[str] | None = None) -> int:
    names = [b.name for b in BENCHES]
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", nargs="+", choices=names, metavar="NAME",
                    help=f"run only these ({', '.join(names)}); keep the others' blocks")
    ap.add_argument("--check", action="store_true",
                    help="measure and judge against the limits, but leave the README")
    ap.add_argument("--readme", type=Path, default=ROOT / "README.md")
    args = ap.parse_args(argv)
    chosen = [b for b in BENCHES if not args.only or b.name in args.only]
    text = args.readme.read_text(encoding="utf-8")
    try:  # before minutes of measuring, not after
        check_markers(text, [block for b in chosen for block in b.blocks], str(args.readme))
    except MarkerError as e:
        print(f"bench.run: {e}", file=sys.stderr)
        return 2

    outcomes, skipped = [], []
    work = Path(tempfile.mkdtemp(prefix="bench-run-"))  # kept when a bench fails: its log
    for bench in chosen:
        if bench.needs and not (ROOT / bench.needs).exists():
            skipped.append(f"{bench.name} (no {bench.needs}; its block is kept)")
            continue
        outcomes.append(run_bench(bench, work))
    # a missed limit is still what was measured: written; a failed bench keeps its blocks
    blocks = {k: v for o in outcomes if o.error is None for k, v in o.blocks.items()}
    if blocks and not args.check:
        args.readme.write_text(rewrite(args.readme.read_text(encoding="utf-8"), blocks,
                                       str(args.readme)), encoding="utf-8")
        print(f"\nbench.run: wrote {', '.join(blocks)} in {args.readme}")

    print("\nbench.run:")
    for o in outcomes:
        if o.error:
            print(f"  {o.bench.name}: FAILED: {o.error}")
        elif o.missed:
            print(f"  {o.bench.name}: MISSED its limit: " + "; ".join(
                f"{f.name} {f.text} (limit {f.limit})" for f in o.missed))
        else:
            print(f"  {o.bench.name}: ok")
    for s in skipped:
        print(f"  skipped {s}")
    if not any(o.error for o in outcomes):
        shutil.rmtree(work, ignore_errors=True)
    return 1 if any(o.missed or o.error for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())

"""Start time of the command line: `mailbot --help`, measured, beside the 0.3 s limit.

    .venv/bin/python -m bench.startup [--runs 15] [--json PATH]

Runs the installed `mailbot` script (or `python -m mailbot` when it is not on the venv's
bin path) that many times and prints the median and the fastest run, next to a bare
`python -c pass` (the interpreter's own floor on this machine). A busy machine inflates
every figure; compare the median with the floor, and run again when the load is low.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench import figures
from bench.figures import Figure

LIMIT = 0.3  # seconds, for `mailbot --help`


def timed(cmd: list[str], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        out.append(time.perf_counter() - t0)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=15)
    figures.add_json_option(ap)
    args = ap.parse_args()
    script = Path(sys.executable).parent / "mailbot"
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "mailbot"]
    timed([*cmd, "--help"], 2)  # warm the file cache and the bytecode
    floor = timed([sys.executable, "-c", "pass"], args.runs)
    runs = timed([*cmd, "--help"], args.runs)
    median = statistics.median(runs)
    print(f"{' '.join(Path(c).name for c in cmd)} --help, {args.runs} runs "
          f"(load average {os.getloadavg()[0]:.2f}):")
    print(f"  median {median:.3f} s   fastest {min(runs):.3f} s   limit {LIMIT:.3f} s   "
          f"{'OK' if median < LIMIT else 'OVER THE LIMIT'}")
    print(f"  bare interpreter (python -c pass): median {statistics.median(floor):.3f} s")
    figures.write(args.json, "startup", f"mailbot --help, median of {args.runs} runs", [
        Figure("`mailbot --help`, median", median, f"{median:.3f} s", f"{LIMIT:.1f} s",
               median < LIMIT),
        Figure("`mailbot --help`, fastest", min(runs), f"{min(runs):.3f} s"),
        Figure("bare interpreter (`python -c pass`), median", statistics.median(floor),
               f"{statistics.median(floor):.3f} s"),
    ], load_average=os.getloadavg()[0])


if __name__ == "__main__":
    main()

"""bench.run writes the benches' figures into the README between markers: what it
replaces, what it keeps, and how it fails. No bench is timed here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench import run
from bench.run import Bench, MarkerError, rewrite

ROOT = Path(__file__).resolve().parent.parent

README = """# title

Prose before, with `code` and trailing spaces.  
<!-- bench:one:start -->
old figures of one
<!-- bench:one:end -->
Prose between: 106 of 141, history.

<!-- bench:two:start -->
old figures of two
<!-- bench:two:end -->
The end, no newline"""


def test_the_block_between_its_markers_is_replaced_and_nothing_else():
    out = rewrite(README, {"one": "| new | 1 |\n"})
    before, _, rest = README.partition("<!-- bench:one:start -->")
    _, _, after = rest.partition("<!-- bench:one:end -->")
    assert out == (f"{before}<!-- bench:one:start -->\n| new | 1 |\n"
                   f"<!-- bench:one:end -->{after}")
    assert "old figures of two" in out
    assert "old figures of one" not in out


def test_rewriting_twice_gives_the_same_text():
    once = rewrite(README, {"one": "A", "two": "B"})
    assert rewrite(once, {"one": "A", "two": "B"}) == once


def test_an_empty_block_is_filled():
    text = "a\n<!-- bench:one:start -->\n<!-- bench:one:end -->\nb\n"
    assert rewrite(text, {"one": "x"}) == ("a\n<!-- bench:one:start -->\nx\n"
                                           "<!-- bench:one:end -->\nb\n")


@pytest.mark.parametrize(("text", "says"), [
    (README.replace("<!-- bench:two:end -->", ""), "no marker '<!-- bench:two:end -->'"),
    (README.replace("<!-- bench:two:start -->", ""), "no marker '<!-- bench:two:start -->'"),
    (README + "\n<!-- bench:two:start -->", "2 times the marker"),
    (README.replace("<!-- bench:one:start -->", "<!-- bench:x:start -->")
           .replace("<!-- bench:one:end -->", "<!-- bench:one:start -->")
           .replace("<!-- bench:x:start -->", "<!-- bench:one:end -->"), "comes before"),
])
def test_missing_or_misplaced_markers_are_a_clear_error_and_nothing_is_written(text, says):
    with pytest.raises(MarkerError, match=r"README\.md") as e:
        rewrite(text, {"one": "x", "two": "y"})
    assert says in str(e.value)


def test_the_repository_readme_has_the_markers_of_every_bench():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    run.check_markers(text, [block for b in run.BENCHES for block in b.blocks])
    assert "python -m bench.run" in text


def test_a_command_with_environment_assignments_is_split():
    assert run.split_command("PYTHONPATH=. .venv/bin/python -m bench.ingest --x=1") == (
        {"PYTHONPATH": "."}, [".venv/bin/python", "-m", "bench.ingest", "--x=1"])


FAKE = """
import sys
from pathlib import Path
from bench import figures
from bench.figures import Figure
ok = sys.argv[1] == "ok"
figures.write(Path(sys.argv[sys.argv.index("--json") + 1]), "fake", "a fake bench", [
    Figure("speed", 12.0, "12 msg/s"),
    Figure("tick", 2.0, "2.0 s", "1 s", ok),
])
print("human output")
"""


@pytest.fixture
def fake(tmp_path, monkeypatch):
    """Two benches that print and hand over figures at once; `slow` misses its limit."""
    script = tmp_path / "fake.py"
    script.write_text(FAKE)
    command = f"PYTHONPATH={ROOT} {sys.executable} {script}"
    monkeypatch.setattr(run, "BENCHES", (
        Bench("quick", f"{command} ok", ("quick",), run._speed("quick")),
        Bench("slow", f"{command} over", ("slow",), run._speed("slow")),
        Bench("absent", f"{command} ok", ("absent",), run._speed("absent"),
              needs="no/such/corpus"),
    ))
    readme = tmp_path / "README.md"
    readme.write_text("".join(f"{name}:\n<!-- bench:{name}:start -->\nold {name}\n"
                              f"<!-- bench:{name}:end -->\n"
                              for name in ("quick", "slow", "absent")))
    return readme


def test_a_missed_limit_exits_1_names_the_figure_and_is_still_written(fake, capsys):
    assert run.main(["--readme", str(fake)]) == 1
    out = capsys.readouterr().out
    assert "slow: MISSED its limit: tick 2.0 s (limit 1 s)" in out
    assert "quick: ok" in out
    assert "skipped absent" in out
    text = fake.read_text()
    assert "old quick" not in text
    assert "old slow" not in text
    assert "old absent" in text
    assert f"`PYTHONPATH={ROOT} {sys.executable} " in text  # the command, beside its figures
    assert "| speed | 12 msg/s | none |" in text
    assert "| tick | 2.0 s | 1 s: **missed** |" in text
    assert f"on {os.cpu_count()} cores, Python " in text


def test_only_reruns_some_and_keeps_the_others_blocks(fake):
    assert run.main(["--readme", str(fake), "--only", "quick"]) == 0
    text = fake.read_text()
    assert "old quick" not in text
    assert "old slow" in text


def test_check_judges_and_leaves_the_readme(fake):
    before = fake.read_text()
    assert run.main(["--readme", str(fake), "--check"]) == 1
    assert fake.read_text() == before


def test_a_bench_that_fails_keeps_its_block_and_fails_the_run(fake, monkeypatch, capsys):
    monkeypatch.setattr(run, "BENCHES", (
        Bench("quick", f"{sys.executable} -c 'raise SystemExit(3)'", ("quick",),
              run._speed("quick")),))
    assert run.main(["--readme", str(fake)]) == 1
    assert "quick: FAILED: exited 3 without figures" in capsys.readouterr().out
    assert "old quick" in fake.read_text()


def test_missing_markers_stop_the_run_before_any_bench(fake, capsys):
    fake.write_text(fake.read_text().replace("<!-- bench:slow:end -->", ""))
    assert run.main(["--readme", str(fake)]) == 2
    assert "bench:slow:end" in capsys.readouterr().err


def test_a_real_bench_hands_over_its_figures(tmp_path):
    out = tmp_path / "startup.json"
    subprocess.run([sys.executable, "-m", "bench.startup", "--runs", "1", "--json", str(out)],
                   cwd=ROOT, check=True, capture_output=True)
    doc = json.loads(out.read_text())
    assert doc["bench"] == "startup"
    assert [f["limit"] for f in doc["figures"]] == ["0.3 s", None, None]

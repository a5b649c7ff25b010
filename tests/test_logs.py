"""What `mailbot run` writes to its log when something fails: the exception's type, its
message and a short plain stack; never local variables, never what a customer wrote.

The failure is real: a custom digest template that names a variable nobody passes, so
every tick's digest action fails while rendering a digest that lists the customer's mail (the subject
is in the local variables of the frames that fail)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.botenv import AR, BOB, TZ, broken_templates, mail
from tests.test_daemon import daemon_config

ROOT = Path(__file__).resolve().parent.parent
WAIT = 30.0
SUBJECT = "Zebrafinch complaint 7781"  # the customer's words: never in a log
BODY = "Our secret account is 55501-GREBE; please call Mrs Quokka."


@pytest.fixture
def failing_daemon(dovecot, smtp_sink, sqlite_url, tmp_path) -> Iterator[Callable[..., str]]:
    """Start `mailbot run ARGS`, deliver the customer's mail, wait until a tick has
    failed with it in hand, stop the daemon; return everything it wrote to stderr."""
    procs: list[subprocess.Popen[bytes]] = []

    def run(*args: str) -> str:
        cfg = daemon_config(tmp_path, dovecot, smtp_sink, sqlite_url, idle=True)
        # ticks every minute: new mail plans only its own debtors (none here), so the
        # digest that lists it is rendered by the next periodic tick
        text = cfg.read_text().replace("digest_hour = 8\n",
                                       "digest_hour = 0\ntick_minutes = 1\n")
        cfg.write_text(f'templates_dir = "{broken_templates(tmp_path)}"\n' + text)
        log_path = tmp_path / "daemon.log"
        with log_path.open("wb") as log_file:
            proc = subprocess.Popen([sys.executable, "-m", "mailbot", "run", "--config",
                                     str(cfg), *args], cwd=ROOT, stdin=subprocess.DEVNULL,
                                    stdout=log_file, stderr=subprocess.STDOUT,
                                    env=dict(os.environ))
        procs.append(proc)

        def log() -> str:
            text: str = log_path.read_text(encoding="utf-8", errors="replace")
            return text

        def wait_for(what: str, check: Callable[[str], bool], wait: float = WAIT) -> None:
            deadline = time.monotonic() + wait
            while not check(log()):
                assert proc.poll() is None, f"daemon died:\n{log()}"
                if time.monotonic() > deadline:
                    pytest.fail(f"timed out waiting for {what}:\n{log()}")
                time.sleep(0.2)

        wait_for("the watcher", lambda text: "watching mailbox" in text)
        now = datetime.now(UTC).astimezone(TZ)
        dovecot.append("ar", mail(BOB, [AR], SUBJECT, BODY, now))
        # the next tick renders a digest that lists this mail, and fails
        wait_for("a tick failing after the mail was read",
                 lambda text: "message processed" in text
                 and "action failed" in text.split("message processed", 1)[1], 60 + WAIT)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0, log()
        return log()

    try:
        yield run
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait(timeout=10)


def assert_nothing_private(log: str) -> None:
    for secret in (SUBJECT, "Zebrafinch", "55501-GREBE", "Quokka"):
        assert secret not in log, f"{secret!r} is in the log:\n{log}"
    # rich's traceback box heads its variables "locals" ("<locals>" is only in names)
    assert not re.search(r"(?<!<)locals(?!>)", log), log


@pytest.mark.slow
def test_console_log_shows_type_message_and_a_plain_stack(failing_daemon):
    log = failing_daemon()
    assert_nothing_private(log)
    assert "Traceback" not in log  # not Python's dump: one line per frame, below
    lines = log.splitlines()
    # one action (the digest) fails; the tick goes on with the others
    start = max(i for i, line in enumerate(lines) if "action failed" in line)
    block = []
    for line in lines[start + 1:]:
        if not line.startswith(" "):
            break
        block.append(line)
    assert block, log
    assert "UndefinedError: 'no_such_variable' is undefined" in block[0], block
    frames = block[1:]
    assert any("mailbot/app/scheduler.py:" in f and "_queue_digest" in f for f in frames), block
    assert 2 <= len(frames) <= 30, block  # short: one line per frame, capped


@pytest.mark.slow
def test_json_log_keeps_the_exception_type_and_stack_as_fields(failing_daemon):
    log = failing_daemon("--log-json")
    assert_nothing_private(log)
    records: list[dict[str, Any]] = []
    for line in log.splitlines():
        if line.strip():
            records.append(json.loads(line))  # every line is one JSON object
    failed = [r for r in records if r.get("event") == "action failed"]
    assert failed, log
    exc = failed[-1]["exception"]
    assert exc["type"] == "jinja2.exceptions.UndefinedError"
    assert exc["message"] == "'no_such_variable' is undefined"
    stack = exc["stack"]
    assert all(set(frame) == {"file", "line", "function"} for frame in stack), stack
    assert any(f["file"] == "mailbot/app/scheduler.py" and f["function"] == "_queue_digest"
               for f in stack), stack
    assert all(isinstance(f["line"], int) for f in stack)
    # the message was logged without its subject, as data
    processed = [r for r in records if r.get("event") == "message processed"]
    assert processed, log
    assert "subject" not in processed[0], processed

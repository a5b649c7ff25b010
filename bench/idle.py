"""What `mailbot run` costs on a quiet mailbox, on a private Dovecot and a SQLite file.

    .venv/bin/python -m bench.idle [--seconds 60] [--json PATH]

Starts the daemon behind a loopback proxy that counts the IMAP commands it sends, lets
it settle, then watches a quiet period: prints the commands sent, the daemon's CPU time
and Dovecot's, each beside its limit, and then how long one new message takes to be
filed. Exits 1 when a figure is over its limit.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from bench import figures
from bench.figures import Figure
from tests.botenv import AR, mail
from tests.conftest import DOVECOT_USERS
from tests.imap_proxy import CountingProxy, cpu_seconds, group_cpu_seconds
from tests.servers import Dovecot, SmtpSink
from tests.test_watch import daemon_config_text, start_daemon, stop_daemon

MAX_COMMANDS = 4  # re-IDLE (DONE, SELECT, SEARCH, IDLE) once per idle_seconds at most
MAX_CPU = 1.0  # seconds per quiet minute, daemon and Dovecot each
# seconds from delivery to the MOVE that files it; Dovecot alone takes ~0.5 s to announce
MAX_LATENCY = 1.5
MAX_FIRST_LATENCY = 3.0


def _imap_port(dovecot: Dovecot) -> int:
    assert dovecot.imap_port is not None, "Dovecot not started"
    return dovecot.imap_port


def _master_pid(dovecot: Dovecot) -> int:
    assert dovecot.proc is not None, "Dovecot not started"
    return dovecot.proc.pid


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=60.0)
    figures.add_json_option(ap)
    args = ap.parse_args()
    quiet = args.seconds
    with tempfile.TemporaryDirectory() as tmp, Dovecot(dict(DOVECOT_USERS)) as dovecot, \
            SmtpSink(dovecot=dovecot) as sink, CountingProxy(_imap_port(dovecot)) as proxy:
        cfg = Path(tmp) / "config.toml"
        # the default re-IDLE interval (300 s), as an operator would run it
        text = daemon_config_text(dovecot, sink, f"sqlite:///{tmp}/mailbot.db", proxy.port)
        cfg.write_text(text.replace("idle_seconds = 60\n", "idle_seconds = 300\n"))
        log = Path(tmp) / "daemon.log"
        proc = start_daemon(cfg, log)
        try:
            proxy.wait_for("IDLE", timeout=30)
            time.sleep(2)  # the start-up tick is done
            t0 = time.monotonic()
            cpu0, server0 = cpu_seconds(proc.pid), group_cpu_seconds(_master_pid(dovecot))
            time.sleep(quiet)
            cpu = cpu_seconds(proc.pid) - cpu0
            server = group_cpu_seconds(_master_pid(dovecot)) - server0
            said = proxy.names(since=t0)

            # two messages: the first pays for lazy imports (parsers, date tables)
            latencies = []
            for n in (1, 2):
                sent = time.monotonic()
                dovecot.append("ar", mail("x@elsewhere.test", [AR], f"ping {n}", "ping",
                                          datetime.now(UTC)))
                moved = proxy.wait_for("UID MOVE", n=n, since=t0, timeout=30)
                latencies.append(moved - sent)
        finally:
            stop_daemon(proc)
        if proc.returncode not in (0, None):
            print(log.read_text(), file=sys.stderr)

    per_minute = 60.0 / quiet
    rows = [
        ("IMAP commands", len(said) * per_minute, MAX_COMMANDS, "{:.0f}"),
        ("daemon CPU (s)", cpu * per_minute, MAX_CPU, "{:.3f}"),
        ("Dovecot CPU (s)", server * per_minute, MAX_CPU, "{:.3f}"),
        ("first new mail filed after (s)", latencies[0], MAX_FIRST_LATENCY, "{:.2f}"),
        ("next new mail filed after (s)", latencies[1], MAX_LATENCY, "{:.2f}"),
    ]
    print(f"quiet period: {quiet:.0f} s (figures per quiet minute); commands: "
          f"{dict(Counter(said)) or 'none'}")
    ok = True
    got = []
    for name, value, limit, fmt in rows:
        good = value <= limit
        ok &= good
        print(f"  {name:31} {fmt.format(value):>8}   limit {fmt.format(limit):>6}   "
              f"{'ok' if good else 'OVER'}")
        got.append(Figure(name, value, fmt.format(value), fmt.format(limit), good))
    figures.write(args.json, "idle", f"`mailbot run` on a quiet mailbox for {quiet:.0f} s "
                  "behind a command-counting IMAP proxy, commands and CPU per quiet minute; "
                  "then two new messages", got)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

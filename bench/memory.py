"""The daemon's memory: with a large ledger, over a simulated day, and reading big mail.

    PYTHONPATH=. .venv/bin/python -m bench.memory [--invoices 100000] [--debtors 20000]
        [--open 3000] [--hours 24] [--step-minutes 10] [--big-mb 20] [--parts 20000]
        [--json PATH]

Each figure is the resident memory (VmRSS, VmHWM of /proc) of a separate process, so
the bench's own work (filling the store, generating mail, Dovecot) never counts:

  (a) the reference: a bare interpreter, and one that has imported what `mailbot run`
      imports;
  (b) the daemon (`run_daemon`, in a child process, on a private Dovecot, an SMTP sink
      and a SQLite store of --invoices invoices filled like bench.scale's) on an
      injected clock that moves --step-minutes on at every tick, ticking twice a second
      of wall time: a simulated day in a few minutes. One mail arrives per tick (a
      payment of an open invoice, a client's reply, a new invoice, in turn). Printed:
      after its first tick, after the first simulated hour (warm: every lazy import and
      the language model loaded), at the end, its peak, and the growth from the first
      hour to the end;
  (c) one message with a --big-mb MB attachment and one of --parts parts, each read
      (`Ingest.ingest` on its raw bytes) by a warm bot: the peak's growth over the
      resident memory before it, beside 5x the message's size.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from bench import figures
from bench.figures import Figure

ROOT = Path(__file__).resolve().parent.parent
MB = 2**20
DAEMON_LIMIT_MB = 150.0
GROWTH_LIMIT_MB = 10.0  # first simulated hour -> end of the soak
COPIES_LIMIT = 5.0  # peak growth reading one message, in multiples of its size
TICK_SECONDS = 0.5  # wall time between ticks (the daemon's own interval, made short)


def proc_mb(pid: int | str = "self") -> tuple[float, float]:
    """(VmRSS, VmHWM) of a process, in MB."""
    got = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            got[key] = int(value.split()[0]) / 1024
    return got["VmRSS"], got["VmHWM"]


def reset_peak() -> None:
    """Start VmHWM afresh at the current resident size (Linux clear_refs 5)."""
    Path("/proc/self/clear_refs").write_text("5")


# -- (a) the reference ---------------------------------------------------------------


def reference_mb(code: str) -> float:
    """VmRSS of a fresh interpreter that has run `code`."""
    probe = (f"{code}\nimport pathlib\nprint([line.split()[1] for line in pathlib.Path("
             f"'/proc/self/status').read_text().splitlines() if line.startswith('VmRSS')][0])")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    return float(out.stdout.split()[-1]) / 1024


# -- (b) the daemon over a simulated day ----------------------------------------------


def daemon_child(config: Path, ticks_path: Path, start: str, step_minutes: float) -> None:
    """The daemon as `mailbot run` runs it, on a clock that moves `step_minutes` on at
    every tick; after each tick one JSON line (tick, simulated time, RSS) goes to
    `ticks_path`."""
    from mailbot.adapters import logs
    from mailbot.adapters.config import load_config
    from mailbot.adapters.smtp import SmtpSender
    from mailbot.adapters.store import Store
    from mailbot.app.services import App
    from mailbot.daemon import run_daemon

    logs.setup("warning")
    cfg = load_config(config)
    # the daemon's own interval (whole minutes in a config), made a fraction of a second
    cfg = cfg.model_copy(update={"schedule": cfg.schedule.model_copy(
        update={"tick_minutes": TICK_SECONDS / 60})})
    store = Store(cfg.database.url)
    store.check_schema()
    bot = App(cfg, store, SmtpSender(cfg.smtp, sender=cfg.mailbox.address))
    t0 = datetime.fromisoformat(start)
    done = [0]

    def clock() -> datetime:
        return t0 + timedelta(minutes=step_minutes * done[0])

    enqueue = bot.scheduler.enqueue
    out = ticks_path.open("a", encoding="utf-8")

    def counted(now: datetime, **kw: Any) -> Any:  # the tick itself, then where memory stands
        report = enqueue(now, **kw)
        done[0] += 1
        out.write(json.dumps({"tick": done[0], "at": now.isoformat(),
                              "rss": proc_mb()[0], "queued": len(report.queued)}) + "\n")
        out.flush()
        if held is not None:
            held(done[0])
        return report

    bot.scheduler.enqueue = counted  # type: ignore[method-assign]
    flush = bot.dispatcher.flush

    async def flushed(now: datetime, **kw: Any) -> Any:  # sending, then where memory stands
        report = await flush(now, **kw)
        if report.sent:
            out.write(json.dumps({"sent": len(report.sent), "rss": proc_mb()[0],
                                  "peak": proc_mb()[1]}) + "\n")
            out.flush()
        return report

    bot.dispatcher.flush = flushed  # type: ignore[method-assign,assignment]
    held = None
    if os.environ.get("BENCH_MEMORY_TRACE") == "tracemalloc":
        _trace_peak()
    elif os.environ.get("BENCH_MEMORY_TRACE") == "held":
        held = _trace_held()
    asyncio.run(run_daemon(bot, clock=clock))


def _trace_peak() -> None:  # where the daemon's peak goes (BENCH_MEMORY_TRACE=tracemalloc)
    import threading
    import tracemalloc

    tracemalloc.start(15)

    def sample() -> None:
        best = 0
        while True:
            now = tracemalloc.get_traced_memory()[0]
            if now > best + 20 * MB:
                best = now
                print(f"--- traced {now / MB:.0f} MB", flush=True)
                for stat in tracemalloc.take_snapshot().statistics("traceback")[:3]:
                    print(f"{stat.size / MB:.1f} MB", *stat.traceback.format()[-15:],
                          sep="\n", flush=True)
            time.sleep(0.5)

    threading.Thread(target=sample, daemon=True).start()


def _trace_held() -> Any:  # what the daemon holds between ticks (BENCH_MEMORY_TRACE=held)
    import ctypes
    import gc
    import tracemalloc
    from collections import Counter

    first: list[Any] = []

    class Info(ctypes.Structure):
        _fields_ = [(n, ctypes.c_size_t) for n in (
            "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
            "uordblks", "fordblks", "keepcost")]

    libc = ctypes.CDLL("libc.so.6")
    libc.mallinfo2.restype = Info

    def maps() -> str:  # resident memory by mapping: the heap, anonymous ones, files
        rss: Counter[str] = Counter()
        name = ""
        for ln in Path("/proc/self/smaps").read_text().splitlines():
            head = ln.split()
            if "-" in head[0] and ":" not in head[0]:
                name = head[5] if len(head) > 5 else "[anon]"
                name = name if name.startswith("[") else ".venv" if ".venv" in name \
                    else "[anon]" if not name else "other files"
            elif head[0] == "Rss:":
                rss[name] += int(head[1])
        return ", ".join(f"{k} {v / 1024:.0f}" for k, v in rss.most_common(6))

    def held(tick: int) -> None:
        if tick == 2:
            tracemalloc.start(3)
        if tick % 6:
            return
        gc.collect()
        i = libc.mallinfo2()
        print(f"--- tick {tick}: resident {proc_mb()[0]:.0f} MB ({maps()}), traced "
              f"{tracemalloc.get_traced_memory()[0] / MB:.0f} MB, malloc heaps "
              f"{i.arena / MB:.0f} MB (in use {i.uordblks / MB:.0f}, free "
              f"{i.fordblks / MB:.0f}), mmapped {i.hblkhd / MB:.0f} MB", flush=True)
        libc.malloc_trim(0)
        print(f"    after malloc_trim: resident {proc_mb()[0]:.0f} MB ({maps()})", flush=True)
        kinds = Counter(type(o).__name__ for o in gc.get_objects())
        print(kinds.most_common(12), flush=True)
        snap = tracemalloc.take_snapshot()
        if not first:
            first.append(snap)
        stats: list[Any] = snap.compare_to(first[0], "traceback")[:6]
        for stat in stats:
            print(stat, *stat.traceback.format()[-6:], sep="\n", flush=True)

    return held


def soak_mail(step: int, targets: list[dict[str, Any]], when: datetime) -> bytes:
    """The step's mail, in turn: a payment of an open invoice, a client's reply, a new
    invoice."""
    from bench.scale import reply
    from tests.botenv import invoice_mail, payment_mail

    inv = targets[(step * 7919) % len(targets)]
    kind = step % 3
    if kind == 0:
        return payment_mail(inv["number"], "4100.50", when)
    if kind == 1:
        return reply(inv, step)
    n = 900_000 + step
    return invoice_mail(f"SOAK-{n}", f"ap{n}@soak{n}.test", "250.00",
                        "Payment within 30 days.", when)


def soak(url: str, targets: list[dict[str, Any]], steps: int, step_minutes: float,
         work: Path) -> list[dict[str, Any]]:
    """Run the daemon child for `steps` ticks, one mail per tick; its tick lines and the
    peak (VmHWM) as the last line."""
    from bench.scale import NOW
    from tests.botenv import config_text
    from tests.conftest import DOVECOT_USERS
    from tests.servers import Dovecot, SmtpSink

    ticks_path = work / "ticks.jsonl"
    ticks_path.write_text("")
    with Dovecot(dict(DOVECOT_USERS)) as dovecot, SmtpSink() as sink:
        cfg = work / "config.toml"
        text = config_text(dovecot, sink, url)
        cfg.write_text(text.replace("idle_seconds = 5\n", "idle_seconds = 60\n"))
        log = (work / "daemon.log").open("wb")
        proc = subprocess.Popen(
            [sys.executable, "-m", "bench.memory", "--child-daemon", str(cfg),
             str(ticks_path), NOW.isoformat(), str(step_minutes)],
            cwd=ROOT, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONPATH": str(ROOT)})
        imap = dovecot.client("ar")
        sent = 0
        peak = 0.0
        started = time.perf_counter()
        try:
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"the daemon died: see {work / 'daemon.log'}")
                lines = [line for line in ticks_path.read_text().splitlines()
                         if '"tick"' in line]
                rss, hwm = proc_mb(proc.pid)
                if hwm > peak and os.environ.get("BENCH_MEMORY_TRACE"):
                    print(f"peak {hwm:.0f} MB (resident {rss:.0f} MB) after {len(lines)} "
                          f"ticks, {time.perf_counter() - started:.1f} s")
                peak = max(peak, hwm)
                if len(lines) >= steps:
                    break
                if lines and sent < len(lines):  # one mail per tick, from the first on
                    last = json.loads(lines[-1])
                    imap.append("INBOX", soak_mail(sent, targets,
                                                   datetime.fromisoformat(last["at"])))
                    sent += 1
                time.sleep(0.1)
        finally:
            imap.logout()
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            log.close()
    print(f"the SMTP sink received {len(sink.messages)} mails")
    events = [json.loads(line) for line in ticks_path.read_text().splitlines()]
    if os.environ.get("BENCH_MEMORY_TRACE"):
        print(*events, (work / "daemon.log").read_text(errors="replace"), sep="\n")
    ticks = [e for e in events if "tick" in e]
    return [*ticks, {"peak": peak, "mails": sent,
                     "sent": sum(e.get("sent", 0) for e in events)}]


# -- (c) big messages ----------------------------------------------------------------


def big_attachment(mb: int) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = "ap1@debtor1.test", "ar@acme.test"
    msg["Subject"], msg["Message-ID"] = "Our payment advice", "<big-attachment@debtor1.test>"
    msg.set_content("Hello,\n\nplease find our payment advice attached.\n")
    msg.add_attachment(os.urandom(mb * MB), maintype="application",
                       subtype="octet-stream", filename="advice.bin")
    return msg.as_bytes()


def many_parts(parts: int) -> bytes:
    boundary = "=_part_boundary"
    head = (f"From: ap1@debtor1.test\r\nTo: ar@acme.test\r\nSubject: Statement\r\n"
            f"Message-ID: <many-parts@debtor1.test>\r\nMIME-Version: 1.0\r\n"
            f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n')
    part = (f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            "Line of the statement.\r\n")
    return (head + part * parts + f"--{boundary}--\r\n").encode()


def big_child(url: str, mb: int, parts: int) -> None:
    """Print, as JSON, the peak growth of reading each big message in a warm bot."""
    from bench.scale import NOW, config_for
    from mailbot.adapters import logs
    from mailbot.adapters.store import Store
    from mailbot.app.services import App
    from tests.botenv import AR, mail

    logs.setup("error")
    bot = App(config_for(url), Store(url))
    warm = mail("ap1@debtor1.test", [AR], "Re: Invoice", "Wir zahlen morgen.", NOW)
    bot.inbox.ingest(warm, now=NOW)  # lazy imports, the language model: loaded now
    got = {}
    for name in ("attachment", "parts"):
        raw = big_attachment(mb) if name == "attachment" else many_parts(parts)
        before = proc_mb()[0]
        reset_peak()
        t0 = time.perf_counter()
        result = bot.inbox.ingest(raw, now=NOW)
        got[name] = {"size": len(raw) / MB, "growth": proc_mb()[1] - before,
                     "seconds": time.perf_counter() - t0, "status": result.status}
        del raw, result
    print(json.dumps(got))


def big(url: str, mb: int, parts: int) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-m", "bench.memory", "--child-big", url, str(mb),
                          str(parts)], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    result: dict[str, Any] = json.loads(out.stdout.splitlines()[-1])
    return result


# -- the figures ---------------------------------------------------------------------


def line(got: list[Figure], name: str, value: float, limit: float | None) -> None:
    ok = limit is None or value <= limit
    text, shown = f"{value:.0f} MB", "-" if limit is None else f"{limit:.0f} MB"
    print(f"{name:<66} {text:>8}  limit {shown:<9} {'ok' if ok else 'OVER'}")
    got.append(Figure(name, value, text, None if limit is None else shown, ok))


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child-daemon":
        daemon_child(Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4], float(sys.argv[5]))
        return 0
    if len(sys.argv) > 1 and sys.argv[1] == "--child-big":
        big_child(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--invoices", type=int, default=100_000)
    ap.add_argument("--debtors", type=int, default=20_000)
    ap.add_argument("--open", type=int, default=3000, help="open invoices among them")
    ap.add_argument("--messages", type=int, default=20_000, help="stored incoming mail")
    ap.add_argument("--hours", type=float, default=24.0, help="simulated hours of the soak")
    ap.add_argument("--step-minutes", type=float, default=10.0,
                    help="simulated minutes per tick")
    ap.add_argument("--big-mb", type=int, default=20, help="the attachment's size")
    ap.add_argument("--parts", type=int, default=20_000, help="parts of the multipart one")
    figures.add_json_option(ap)
    args = ap.parse_args()
    from bench.scale import _fill_url
    from mailbot.adapters.store import Store

    got: list[Figure] = []
    line(got, "(a) bare interpreter (python -c pass)", reference_mb("pass"), None)
    line(got, "(a) interpreter + the daemon's imports",
         reference_mb("import mailbot.cli, mailbot.daemon, mailbot.app.services"), None)

    with tempfile.TemporaryDirectory(prefix="mailbot-memory-") as tmp:
        work = Path(tmp)
        url = f"sqlite:///{work / 'memory.db'}"
        store = Store(url)
        store.migrate()
        store.close()
        t0 = time.perf_counter()
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
            targets = pool.submit(_fill_url, url, args.invoices, args.debtors, args.open,
                                  args.messages).result()
        print(f"store: {args.invoices:,} invoices of {args.debtors:,} debtors "
              f"({args.open:,} open), filled in {time.perf_counter() - t0:.0f} s")
        steps = max(2, round(args.hours * 60 / args.step_minutes))
        t0 = time.perf_counter()
        ticks = soak(url, targets, steps, args.step_minutes, work)
        end = ticks.pop()
        print(f"soak: {len(ticks)} ticks over {args.hours:g} simulated hours, "
              f"{end['mails']} mails, {sum(t['queued'] for t in ticks)} actions queued, "
              f"in {time.perf_counter() - t0:.0f} s")
        first = ticks[0]["rss"]
        hour = next((t["rss"] for t in ticks
                     if datetime.fromisoformat(t["at"]) - datetime.fromisoformat(
                         ticks[0]["at"]) >= timedelta(hours=1)), ticks[-1]["rss"])
        last = ticks[-1]["rss"]
        n = f"{args.invoices:,} invoices"
        line(got, f"(b) daemon with {n}: after its first tick", first, DAEMON_LIMIT_MB)
        line(got, "(b) ... after the first simulated hour (warm)", hour, DAEMON_LIMIT_MB)
        line(got, f"(b) ... after {args.hours:g} simulated hours", last, DAEMON_LIMIT_MB)
        line(got, "(b) ... its peak", end["peak"], None)
        line(got, f"(b) growth from the first hour to {args.hours:g} h", last - hour,
             GROWTH_LIMIT_MB)

        read = big(url, args.big_mb, args.parts)
        for name, what in (("attachment", f"a {args.big_mb} MB attachment"),
                           ("parts", f"a message of {args.parts:,} parts")):
            r = read[name]
            line(got, f"(c) reading {what} ({r['size']:.1f} MB, {r['seconds']:.1f} s, "
                      f"{r['status']}): peak growth", r["growth"], COPIES_LIMIT * r["size"])
    figures.write(args.json, "memory",
                  f"{args.invoices:,} invoices of {args.debtors:,} debtors, {args.open:,} "
                  f"open, a {args.hours:g} h soak ticking every {args.step_minutes:g} "
                  f"simulated minutes, on SQLite; each figure the resident memory of its "
                  f"own process", got)
    return 0 if all(f.ok for f in got) else 1


if __name__ == "__main__":
    sys.exit(main())

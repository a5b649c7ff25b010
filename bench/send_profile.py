"""Where the sending process's CPU goes, per mail: bench.send's outbox run, profiled per
thread (the event loop's, the store's), against raw aiosmtplib's CPU per mail.

    PYTHONPATH=. .venv/bin/python -m bench.send_profile [--mails 2000] [--db sqlite|postgresql]
        [--top 25] [--no-profile | --phases] [--callers NAME ...]

CPU is each thread's own (time.thread_time; a loaded machine stretches the wall time
more than these figures, though it inflates them too). With the profiler on (the
default, cProfile per thread on thread CPU) every figure is inflated by its overhead;
--no-profile gives the per-thread CPU without it, --phases also that of a few functions
(PHASES). Not a README bench.
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures.thread as cf_thread
import cProfile
import pstats
import resource
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import aiosmtplib

from bench.send import AR, NOW, database, fill, mails, server
from mailbot.adapters import logs
from mailbot.adapters.config import SmtpConfig
from mailbot.adapters.smtp import SmtpSender
from mailbot.adapters.store import Store
from mailbot.app.dispatcher import Dispatcher

_cpu: dict[str, float] = {}
_sys: dict[str, float] = {}  # of which in the kernel
_profiles: dict[str, cProfile.Profile] = {}
_lock = threading.Lock()


def _count_workers(profile: bool) -> None:
    """Each executor thread's CPU at its end, and its profile (ThreadPoolExecutor runs
    this module's _worker, looked up when it starts a thread)."""
    worker = cf_thread._worker

    def counted(*a: Any, **k: Any) -> None:
        name = threading.current_thread().name
        prof = cProfile.Profile(time.thread_time) if profile else None
        start = time.thread_time()
        r0 = resource.getrusage(resource.RUSAGE_THREAD)
        if prof is not None:
            prof.enable()
        try:
            worker(*a, **k)
        finally:
            if prof is not None:
                prof.disable()
            r1 = resource.getrusage(resource.RUSAGE_THREAD)
            with _lock:
                _cpu[name] = _cpu.get(name, 0.0) + time.thread_time() - start
                _sys[name] = _sys.get(name, 0.0) + r1.ru_stime - r0.ru_stime
                if prof is not None:
                    _profiles[name] = prof
    cf_thread._worker = counted


# sync functions whose CPU per thread is summed with --phases (inclusive: nested ones overlap)
PHASES = [
    ("mailbot.app.dispatcher", "Dispatcher", "_still_wanted"),
    ("mailbot.app.dispatcher", "Dispatcher", "_submit_mark"),
    ("mailbot.app.dispatcher", "Dispatcher", "_end_marking"),
    ("mailbot.app.dispatcher", "Dispatcher", "_mark_fast"),
    ("mailbot.app.dispatcher", "Dispatcher", "_record_sent"),
    ("mailbot.app.dispatcher", "Dispatcher", "_mark_pg"),
    ("mailbot.app.dispatcher", "Dispatcher", "_sent_columns"),
    ("mailbot.app.dispatcher", "Dispatcher", "_claim_loop"),
    ("mailbot.app.dispatcher", "Dispatcher", "_obsolete"),
    ("mailbot.app.dispatcher", "Dispatcher", "_cancelled"),
    ("mailbot.adapters.smtp", None, "_prepare"),
    ("aiosmtplib.email", None, "quote_address"),
    ("asyncio", None, "wrap_future"),
    ("mailbot.adapters.prepared", "Prepared", "run"),
    ("mailbot.adapters.prepared", "Prepared", "params"),
]
_phase: dict[tuple[str, str], list[float]] = {}


def _time_phases() -> None:
    import importlib
    import inspect

    for module, cls, name in PHASES:
        owner: Any = importlib.import_module(module)
        if cls is not None:
            owner = getattr(owner, cls)
        fn = getattr(owner, name, None)
        if fn is None:  # (gone from this version: to compare with an older one)
            continue

        def timed(*a: Any, __fn: Any = fn, __name: str = name, **k: Any) -> Any:
            t = time.thread_time()
            try:
                return __fn(*a, **k)
            finally:
                got = _phase.setdefault((threading.current_thread().name, __name), [0.0, 0])
                got[0] += time.thread_time() - t
                got[1] += 1
        static = cls is not None and isinstance(inspect.getattr_static(owner, name), staticmethod)
        setattr(owner, name, staticmethod(timed) if static else timed)
        if module == "aiosmtplib.email":  # imported by name into aiosmtplib.smtp
            import aiosmtplib.smtp
            setattr(aiosmtplib.smtp, name, timed)


async def _raw_cpu(port: int, batch: list[Any]) -> tuple[float, float]:
    """Raw aiosmtplib's (CPU, wall) for the batch."""
    smtp = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, timeout=30)
    await smtp.connect()
    t0, w0 = time.thread_time(), time.perf_counter()
    for m in batch:
        await smtp.sendmail(AR, [m.to], m.raw)
    cpu, wall = time.thread_time() - t0, time.perf_counter() - w0
    await smtp.quit()
    return cpu, wall


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mails", type=int, default=2000)
    ap.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--no-profile", action="store_true")
    ap.add_argument("--phases", action="store_true",
                    help="the CPU of a few functions per thread (implies --no-profile)")
    ap.add_argument("--callers", nargs="*", default=[], help="functions to show callers of")
    args = ap.parse_args()
    if args.phases:
        args.no_profile = True
    logs.setup_once("error")
    batch = mails(args.mails)
    n = len(batch)
    with server() as srv, tempfile.TemporaryDirectory() as tmp:
        asyncio.run(_raw_cpu(srv.port, batch[:200]))  # warm up both ends
        raw, raw_wall = asyncio.run(_raw_cpu(srv.port, batch))
        with database(args.db, Path(tmp)) as url:
            store = Store(url)
            store.migrate()
            fill(store, batch)
            cfg = SmtpConfig(host="127.0.0.1", port=srv.port, security="plain",
                             timeout_seconds=30)
            dispatcher = Dispatcher(store, SmtpSender(cfg, sender=AR))
            _count_workers(not args.no_profile)
            if args.phases:
                _time_phases()
            main_prof = cProfile.Profile(time.thread_time) if not args.no_profile else None

            async def timed() -> tuple[int, float, float]:
                # (inside the loop: asyncio.run's teardown reprs the task's result)
                t0, w0 = time.thread_time(), time.perf_counter()
                if main_prof is not None:
                    main_prof.enable()
                report = await dispatcher.flush(NOW)
                if main_prof is not None:
                    main_prof.disable()
                return len(report.sent), time.thread_time() - t0, time.perf_counter() - w0

            sent, main_cpu, wall = asyncio.run(timed())
            store.close()
        raw_wall = (raw_wall + asyncio.run(_raw_cpu(srv.port, batch))[1]) / 2
    assert sent == n, f"sent {sent} of {n}"
    ms = 1000 / n
    print(f"{args.db}: {n} mails, {wall:.2f} s wall ({n / wall:.0f} msg/s), profiler "
          f"{'off' if args.no_profile else 'on'}")
    print(f"  raw aiosmtplib (event loop)  {raw * ms:6.3f} ms CPU/mail; {n / raw_wall:.0f} msg/s "
          f"(before and after): outbox / raw {raw_wall / wall:.2f}")
    print(f"  outbox, event loop           {main_cpu * ms:6.3f} ms CPU/mail")
    for name, cpu in sorted(_cpu.items()):
        print(f"  outbox, thread {name:<14}{cpu * ms:6.3f} ms CPU/mail "
              f"({_sys.get(name, 0) * ms:.3f} in the kernel)")
    total = main_cpu + sum(_cpu.values())
    print(f"  outbox, all threads          {total * ms:6.3f} ms CPU/mail")
    for (thread, name), (cpu, calls) in sorted(_phase.items()):
        print(f"    {thread:<12} {name:<16} {cpu * ms:6.3f} ms CPU/mail  ({calls} calls)")
    if main_prof is None:
        return
    for name, prof in [("event loop", main_prof), *sorted(_profiles.items())]:
        print(f"\n== {name}: tottime, top {args.top}")
        pstats.Stats(prof).sort_stats("tottime").print_stats(args.top)
        print(f"\n== {name}: cumtime, top {args.top}")
        pstats.Stats(prof).sort_stats("cumtime").print_stats(args.top)
        for fn in args.callers:
            pstats.Stats(prof).sort_stats("cumtime").print_callers(fn)


if __name__ == "__main__":
    main()

"""A tick at scale: what a tick reads and plans when only the debtors whose next-action
time has come are due, each figure beside its limit.

    .venv/bin/python -m bench.tick [--invoices 100000] [--debtors 20000]
        [--db postgresql://postgres@127.0.0.1:5432/<fresh db> [--filled NAME]]
        [--workers 2] [--json PATH]

The store holds `--invoices` open invoices of `--debtors` debtors, issued over the last
150 days, each with the playbook's stages done up to yesterday, and a last chaser for most
debtors within the last three weeks; each debtor's next-action time is what the
playbook (mailbot.playbook.due) answered at the previous tick, 08:55 on a Tuesday, as a
tick would have stored it (computed while filling, in a process pool). Then:

  (a) the raw read of the due debtors' invoices, one SELECT (reference);
  (b) planning the 09:00 tick (`Scheduler.plan`): the playbook over the due debtors, the
      heaviest tick of the day (the office opens: every stage day that began at midnight);
  (c) the tick carried out (`Scheduler.enqueue`): plan, re-check and queue each action,
      store the next-action times; with --workers N, N processes run it at once and
      share the due debtors by row claims (each prints what it planned and queued);
  (d) the next tick, five minutes later: what became due since.

Filling 1,000,000 invoices takes 10-14 minutes: with `--filled NAME` (PostgreSQL), a
database NAME on the same server keeps a filled store of the same sizes, and --db is made
afresh as a copy of it (CREATE DATABASE ... TEMPLATE NAME, seconds); when NAME does not
exist yet, --db is filled and then copied to NAME.

A benchmark, not a test: it always exits 0 (`python -m bench.run` judges the figures it
writes with --json). A busy machine inflates every figure.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import insert, inspect, update
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool
from sqlmodel import SQLModel

from bench import figures
from bench.figures import Figure
from bench.scale import config_for, line
from mailbot.adapters import logs
from mailbot.adapters.due_rows import DEBTOR
from mailbot.adapters.models import DUE_NOW, Contact, Debtor, Invoice, Outbox
from mailbot.adapters.store import Store
from mailbot.app.services import App
from mailbot.domain.values import DebtorView, InvoiceState, InvoiceView
from mailbot.playbook.due import next_action_at
from mailbot.playbook.schedule import ScheduleConfig
from mailbot.playbook.stages import stage_date
from tests.botenv import TZ, at

TICK = at(date(2026, 11, 3), 11, 0)  # a Tuesday, office hours in Berlin
PREVIOUS = TICK - timedelta(minutes=5)  # the tick that stored the next-action times
# the first tick of the next morning: every stage day that began at midnight, every gap
# that ended since, at the office's opening: the heaviest tick of a day
PEAK = at(date(2026, 11, 4), 9, 0)
PLAN_LIMIT = {"sqlite": 1.0, "postgresql": 5.0}  # seconds, the issue's goals
CHUNK = 5000
TOUCHED = 100  # one debtor in this many was written to since the last tick


def _bulk(engine: Engine, model: type[SQLModel], rows: list[dict[str, Any]]) -> None:
    table = inspect(model).local_table
    with engine.begin() as conn:
        for i in range(0, len(rows), CHUNK):
            conn.execute(insert(table), rows[i:i + CHUNK])


def _invoices(ids: Sequence[int], n_debtors: int, stages: Sequence[Any]) -> list[dict[str, Any]]:
    rows = []
    today = TICK.date()
    for i in ids:
        rnd = random.Random(i)
        issue = today - timedelta(days=rnd.randint(0, 150))
        due = issue + timedelta(days=30)
        sent = datetime.combine(issue, datetime.min.time(), TZ).astimezone(UTC) + timedelta(
            hours=9)
        view = _view(i, 0, issue, due, sent, frozenset())
        # the stages of the days up to today were done by earlier ticks
        done = [s.name for s in stages if stage_date(view, s, "Europe/Berlin") <= today]
        rows.append({
            "id": i, "number": f"INV-{i:07d}", "number_key": f"inv-{i:07d}",
            "debtor_id": (i * 7919) % n_debtors + 1, "state": "open", "amount": Decimal(
                100 + i % 4000), "paid_amount": Decimal(0), "currency": "EUR",
            "issue_date": issue, "due_date": due, "sent_at": sent, "created_at": sent,
            "terms_days": 30, "staff_email": None, "thread_message_id": None,
            "seen": i % 3 == 0, "hold_until": None, "hold_reason": None, "paid_at": None,
            "stages_done": done, "awaiting_thanks": False})
    return rows


def invoices_of(debtors: range, n_invoices: int, n_debtors: int) -> list[int]:
    """The ids of the invoices of `debtors`: invoice i is debtor (i * 7919) % n + 1's."""
    inverse = pow(7919, -1, n_debtors)
    out: list[int] = []
    for d in debtors:
        i = ((d - 1) * inverse) % n_debtors or n_debtors
        out += range(i, n_invoices + 1, n_debtors)
    return out


def _view(i: int, debtor: int, issue: date, due: date, sent: datetime,
          done: frozenset[str], seen: bool = False) -> InvoiceView:
    return InvoiceView(id=i, number=f"INV-{i:07d}", debtor_id=debtor, state=InvoiceState.OPEN,
                       amount=Decimal(100), paid_amount=Decimal(0), currency="EUR",
                       issue_date=issue, due_date=due, sent_at=sent, seen=seen,
                       hold_until=None, hold_reason=None, stages_done=done)


def last_chaser(d: int) -> datetime | None:
    """Every debtor was last chased within the last two weeks, in office hours."""
    rnd = random.Random(-d)
    return (datetime.combine(TICK.date() - timedelta(days=rnd.randint(1, 13)),
                             datetime.min.time(), TZ)
            + timedelta(minutes=rnd.randint(9 * 60, 17 * 60 - 1))).astimezone(UTC)


def _next_times(debtor_ids: list[int], rows: list[dict[str, Any]],
                schedule: ScheduleConfig) -> dict[int, datetime | None]:
    """Each debtor's next-action time as the previous tick would have stored it."""
    mine: dict[int, list[InvoiceView]] = {d: [] for d in debtor_ids}
    for r in rows:
        if r["debtor_id"] in mine:
            mine[r["debtor_id"]].append(InvoiceView(
                id=r["id"], number=r["number"], debtor_id=r["debtor_id"],
                state=InvoiceState.OPEN, amount=r["amount"], paid_amount=r["paid_amount"],
                currency="EUR", issue_date=r["issue_date"], due_date=r["due_date"],
                sent_at=r["sent_at"], seen=r["seen"], hold_until=None, hold_reason=None,
                stages_done=frozenset(r["stages_done"])))
    out = {}
    for d, views in mine.items():
        last = last_chaser(d)
        recent = [last] if last and last > PREVIOUS - timedelta(days=7) else []
        debtor = DebtorView(id=d, name=f"Debtor {d}", contacts=(f"ap{d}@debtor{d}.test",),
                            language="en", timezone="Europe/Berlin", stopped=False,
                            paused_reason=None, last_chaser_at=last, messages_7d=len(recent))
        out[d] = next_action_at(views, debtor, PREVIOUS, schedule, {}, recent)
    return out


def _fill_part(url: str, first: int, last: int, n_invoices: int, n_debtors: int
               ) -> int:
    """Debtors first..last-1 with their invoices, chasers and next-action times."""
    store = Store(url)
    schedule = config_for(url).schedule
    ids = list(range(first, last))
    rows = _invoices(invoices_of(range(first, last), n_invoices, n_debtors), n_debtors,
                     schedule.stages)
    nexts = _next_times(ids, rows, schedule)
    created = TICK.astimezone(UTC) - timedelta(days=800)
    _bulk(store.engine, Debtor, [{
        "id": d, "name": f"Debtor {d}", "language": "en", "timezone": "Europe/Berlin",
        "stopped": False, "paused_reason": None, "created_at": created,
        "next_action_at": nexts[d], "plan_version": 0} for d in ids])
    _bulk(store.engine, Contact, [{"debtor_id": d, "email": f"ap{d}@debtor{d}.test",
                                   "name": "AP", "failing": False, "failing_reason": None}
                                  for d in ids])
    _bulk(store.engine, Invoice, rows)
    chasers = {d: last_chaser(d) for d in ids}
    _bulk(store.engine, Outbox, [
        {"action_key": f"chase:old.{d}", "kind": "chase", "message_id": f"<old-{d}@acme.test>",
         "recipients": [f"ap{d}@debtor{d}.test"], "subject": "Reminder", "raw": b"x",
         "debtor_id": d, "invoice_ids": [], "status": "sent", "attempts": 1,
         "created_at": last, "sent_at": last} for d, last in chasers.items() if last])
    store.close()
    return len(rows)


def fill(url: str, n_invoices: int, n_debtors: int) -> None:
    parts = max(2, n_debtors // 25_000)
    bounds = [1 + k * n_debtors // parts for k in range(parts + 1)]
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        done = list(pool.map(_fill_part, [url] * parts, bounds[:-1], bounds[1:],
                             [n_invoices] * parts, [n_debtors] * parts))
    assert sum(done) == n_invoices, done
    store = Store(url)
    with store.engine.begin() as conn:
        # today's digest went out already: a tick here is the tick's work, not the daily
        # digest's (bench.scale measures that)
        for day in (TICK,):
            conn.execute(insert(Outbox), [{
                "action_key": f"digest:{day.date().isoformat()}", "kind": "digest",
                "message_id": f"<digest-{day.date()}@acme.test>", "recipients": ["boss@x"],
                "subject": "Digest", "raw": b"x", "debtor_id": None, "invoice_ids": [],
                "status": "sent", "attempts": 1, "created_at": PREVIOUS,
                "sent_at": PREVIOUS}])
        # written to since the last tick (payments, replies, commands), as the store's
        # flush hook marks them: due now, planned again
        conn.execute(update(DEBTOR).where(DEBTOR.c.id % TOUCHED == 0).values(
            next_action_at=DUE_NOW, plan_version=DEBTOR.c.plan_version + 1))
    if store.is_postgres:
        with store.engine.begin() as conn:
            for table in ("debtor", "invoice", "contact", "outbox"):
                conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                     f"(SELECT max(id) FROM {table}))")
            conn.exec_driver_sql("ANALYZE")
    store.close()


def _server(url: str) -> tuple[Engine, str]:
    """An autocommit engine on the server's maintenance database, and --db's name."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    u = make_url(url)
    engine = create_engine(u.set(database="postgres"), isolation_level="AUTOCOMMIT",
                           poolclass=NullPool)
    return engine, str(u.database)


def _recreate(conn: Any, name: str, template: str) -> None:
    conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')


def filled_copy(url: str, filled: str, n_invoices: int, n_debtors: int) -> bool:
    """Make --db a copy of the kept store `filled` if there is one: False if not. A kept
    store of other sizes is an error, not silently used."""
    from sqlalchemy import create_engine, text

    server, name = _server(url)
    with server.connect() as conn:
        if conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"),
                        {"n": filled}).first() is None:
            server.dispose()
            return False
    kept = create_engine(server.url.set(database=filled), poolclass=NullPool)
    with kept.connect() as conn:
        sizes = conn.exec_driver_sql("SELECT (SELECT count(*) FROM invoice), "
                                     "(SELECT count(*) FROM debtor)").one()
    kept.dispose()
    if tuple(sizes) != (n_invoices, n_debtors):
        raise SystemExit(f"{filled} holds {sizes[0]:,} invoices of {sizes[1]:,} debtors, "
                         f"not {n_invoices:,} of {n_debtors:,}: drop it or name another")
    with server.connect() as conn:
        _recreate(conn, name, filled)
    server.dispose()
    return True


def keep_filled(url: str, filled: str) -> None:
    """Keep the store just filled in --db as `filled`, for the next runs."""
    server, name = _server(url)
    with server.connect() as conn:
        _recreate(conn, filled, name)
    server.dispose()


def raw_read(store: Store, now: datetime) -> tuple[float, int]:
    """The due debtors' plannable invoices, in one SELECT, fetched: the floor."""
    stamp = now.astimezone(UTC).replace(tzinfo=None)
    t0 = time.perf_counter()
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT i.id, i.number, i.debtor_id, i.state, i.amount, i.paid_amount, "
            "i.currency, i.issue_date, i.due_date, i.sent_at, i.seen, i.hold_until, "
            "i.hold_reason, i.stages_done, i.paid_at, i.staff_email, i.promise_missed_on "
            "FROM debtor d JOIN invoice i ON i.debtor_id = d.id WHERE d.next_action_at <= "
            + ("%(now)s" if store.is_postgres else ":now")
            + " AND (i.state IN ('open', 'partial') OR i.awaiting_thanks)", {"now": stamp}
            if store.is_postgres else {"now": stamp.isoformat(sep=" ")}).fetchall()
    return time.perf_counter() - t0, len(rows)


def _worker(url: str, now: datetime, start_at: float) -> dict[str, Any]:
    """One tick worker process: waits for the common start, runs the tick."""
    logs.setup("warning")
    bot = App(config_for(url), Store(url))
    bot.scheduler._profiles_synced = True  # as in a running daemon
    planned: list[int] = []
    real = bot.scheduler.plan_debtors

    def counting(now: datetime, ids: Sequence[int], *, digest: bool,
                 gather: bool = True) -> Any:
        planned.extend(ids)
        return real(now, ids, digest=digest, gather=gather)

    bot.scheduler.plan_debtors = counting  # type: ignore[method-assign]
    bot.scheduler.plan(PREVIOUS)  # warm, as a running daemon is: statements, holidays
    planned.clear()
    time.sleep(max(0.0, start_at - time.time()))
    t0 = time.perf_counter()
    report = bot.scheduler.enqueue(now)
    took = time.perf_counter() - t0
    bot.store.close()
    return {"seconds": took, "queued": len(report.queued), "planned": planned}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--invoices", type=int, default=100_000)
    ap.add_argument("--debtors", type=int, default=20_000)
    ap.add_argument("--workers", type=int, default=None,
                    help="tick worker processes for (c) (default: 1 on SQLite, 2 on PostgreSQL)")
    ap.add_argument("--db", help="a fresh, empty PostgreSQL database (default: SQLite file "
                                 "in a temporary directory)")
    ap.add_argument("--filled", metavar="NAME",
                    help="a database on --db's server keeping a filled store: --db is made "
                         "a copy of it (if NAME does not exist: --db filled, then copied)")
    figures.add_json_option(ap)
    args = ap.parse_args()
    logs.setup("warning")
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp(prefix='mailbot-tick-')) / 'bench.db'}"
    if args.filled and not url.startswith("postgresql"):
        ap.error("--filled needs --db postgresql://...")
    t0 = time.perf_counter()
    copied = bool(args.filled) and filled_copy(url, args.filled, args.invoices, args.debtors)
    store = Store(url)
    if not copied:
        store.migrate()
        fill(url, args.invoices, args.debtors)
    how = f"copied from {args.filled}" if copied else "filled"
    print(f"store: {args.invoices:,} open invoices of {args.debtors:,} debtors on "
          f"{store.engine.dialect.name}, next-action times as of {PREVIOUS:%a %H:%M}; "
          f"{how} in {time.perf_counter() - t0:.1f} s")
    if args.filled and not copied:
        store.close()
        keep_filled(url, args.filled)
    dialect = store.engine.dialect.name
    workers = args.workers or (2 if store.is_postgres else 1)
    os.environ.setdefault("MAILBOT_BENCH_PASSWORD", "x")
    bot = App(config_for(url), store)
    bot.scheduler._profiles_synced = True
    got: list[Figure] = []
    limit = PLAN_LIMIT.get(dialect, 1.0)

    bot.scheduler.plan(PREVIOUS)  # warm: the holidays tables, the first statements
    for label, now in (("(1) a tick in office hours", TICK),
                       ("(2) the next morning's first tick", PEAK)):
        raw_s, raw_rows = raw_read(store, now)
        with store.session() as s:
            due = len(s.exec(select_due(now)).all())
        line(got, f"{label}, {now:%a %H:%M}: raw read of the due debtors' invoices "
                  f"({due:,} of {args.debtors:,} debtors, {raw_rows:,} invoices)",
             f"{raw_s:.3f} s", "-", True, raw_s)
        t0 = time.perf_counter()
        actions = bot.scheduler.plan(now)
        plan_s = time.perf_counter() - t0
        ok = plan_s < limit or now == PEAK
        line(got, f"{label}: plan it, one process ({len(actions):,} actions)",
             f"{plan_s:.3f} s", f"{limit:g} s" if now == TICK else "-", ok, plan_s)
        if now == PEAK:
            per = plan_s / max(due, 1)
            line(got, f"{label}: plan, per due debtor", f"{per * 1000:.2f} ms", "-", True, per)
        if now == PEAK:  # carrying out thousands of actions: see the README
            continue
        start_at = time.time() + 3.0  # every worker imported and connected
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")
                                 ) as pool:
            results = list(pool.map(_worker, [url] * workers, [now] * workers,
                                    [start_at] * workers))
        wall = max(r["seconds"] for r in results)
        queued = sum(r["queued"] for r in results)
        planned = [set(r["planned"]) for r in results]
        line(got, f"{label}: carried out by {workers} worker(s) ({queued:,} queued)",
             f"{wall:.2f} s", f"{limit:g} s", wall < limit, wall)
        if workers > 1:
            overlap = len(set.intersection(*planned))
            shares = ", ".join(f"{len(p):,}" for p in planned)
            line(got, f"{label}: debtors planned by two workers (shares: {shares})",
                 str(overlap), "0", overlap == 0, overlap)
    store.close()
    figures.write(args.json, "tick",
                  f"{args.invoices:,} open invoices of {args.debtors:,} debtors on {dialect}"
                  f", {workers} worker(s)", got)


def select_due(now: datetime) -> Any:
    from sqlmodel import col, select

    return select(Debtor.id).where(col(Debtor.next_action_at) <= now)


if __name__ == "__main__":
    main()

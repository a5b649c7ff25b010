"""Speed at scale: a store the size of a few years' business, and what one message, one
tick and one digest cost in it, each figure beside its limit.

    .venv/bin/python -m bench.scale [--invoices 100000] [--debtors 20000] [--open 3000]
        [--messages 20000] [--replies 20] [--db postgresql://postgres@127.0.0.1:5432/<fresh db>]
        [--json PATH]

The store is filled with bulk inserts (SQLAlchemy Core): most invoices paid and thanked,
a few thousand open ones at every stage of the playbook (some on hold, some with broken
promises), contacts (some failing), stopped and paused debtors, an outbox of past
chasers and thank-yous, stored mail and events. Then it measures:

  (a) reading one reply (parse + classify with SqlFacts + apply, `Ingest.ingest` on raw
      bytes): database time and statements per message;
  (b) the first reply after a new invoice is registered, against (a);
  (c) planning one tick (`Scheduler.plan`);
  (d) building the digest (`Reports.digest`), and the debtors by priority
      (`Reports.debtors`, as `mailbot debtors` prints them);
  (e) peak resident memory.

"database time" is the time inside cursor.execute (SQLAlchemy's before/after cursor
events); on SQLite rows are also computed while they are fetched, so the wall time is
printed too. A benchmark, not a test: it always exits 0 (`python -m bench.run` judges
the figures it writes with --json). A busy machine inflates every figure; run again when
the load is low.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import resource
import statistics
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

from bench import figures
from bench.figures import Figure
from mailbot.adapters import logs
from mailbot.adapters.config import parse_config
from mailbot.adapters.models import Contact, Debtor, Event, Invoice, MailMessage, Outbox
from mailbot.adapters.store import Store
from mailbot.app.services import App
from tests.botenv import AR, AUTHSERV, BANK, BOSS, CONFIG, TZ, at, invoice_mail, mail

NOW = at(date(2026, 11, 3), 10, 0)  # a Tuesday, business hours in Berlin
REPLY_DB_LIMIT = 0.010  # seconds of database time per message, on SQLite
REPLY_STATEMENT_LIMIT = 40  # statements per message: a constant, whatever the store holds
FIRST_AFTER_INVOICE_FACTOR = 2.0  # the first reply after a new invoice vs. a usual one
PLAN_LIMIT = 1.0  # seconds
DIGEST_LIMIT = 1.0  # seconds
RSS_LIMIT_MB = 400.0
CHUNK = 5000


# -- counting statements ---------------------------------------------------------------


@dataclass
class Statements:
    count: int = 0
    seconds: float = 0.0
    texts: list[str] = field(default_factory=list)


@contextmanager
def statements(engine: Engine) -> Iterator[Statements]:
    """Count the statements `engine` executes in the block, and the time inside them."""
    got = Statements()

    def before(conn: Any, _cur: Any, text: str, *_: Any) -> None:
        conn.info.setdefault("bench_t0", []).append(time.perf_counter())
        got.texts.append(text)

    def after(conn: Any, *_: Any) -> None:
        got.seconds += time.perf_counter() - conn.info["bench_t0"].pop()
        got.count += 1

    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "after_cursor_execute", after)
    try:
        yield got
    finally:
        event.remove(engine, "before_cursor_execute", before)
        event.remove(engine, "after_cursor_execute", after)


# -- filling the store -----------------------------------------------------------------

STAGES_LATE = ["receipt_check", "pre_due", "past_due_5", "past_due_8", "late_week_notice",
               "past_due_15", "phone_call_task"]


def _bulk(engine: Engine, model: type[SQLModel], rows: list[dict[str, Any]]) -> None:
    table = inspect(model).local_table
    with engine.begin() as conn:
        for i in range(0, len(rows), CHUNK):
            conn.execute(insert(table), rows[i:i + CHUNK])


def fill(store: Store, n_invoices: int, n_debtors: int, n_open: int,
         n_messages: int) -> list[dict[str, Any]]:
    """A store like a few years of business; returns open invoices to reply to."""
    rnd = random.Random(7)
    now = NOW.astimezone(UTC)
    today = NOW.date()
    created = now - timedelta(days=800)
    debtors, contacts = [], []
    for d in range(1, n_debtors + 1):
        debtors.append({"id": d, "name": f"Debtor {d}", "language": "de" if d % 3 else "en",
                        "timezone": "Europe/Berlin", "stopped": d % 97 == 0,
                        "paused_reason": "bounce" if d % 131 == 0 else None,
                        "created_at": created})
        contacts.append({"debtor_id": d, "email": f"ap{d}@debtor{d}.test", "name": "AP",
                         "failing": False, "failing_reason": None})
        if d % 4 == 0:
            contacts.append({"debtor_id": d, "email": f"boss{d}@debtor{d}.test", "name": "",
                             "failing": d % 8 == 0,
                             "failing_reason": "bounced" if d % 8 == 0 else None})
    _bulk(store.engine, Debtor, debtors)
    _bulk(store.engine, Contact, contacts)

    invoices: list[dict[str, Any]] = []
    outbox: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    open_ids = set(rnd.sample(range(1, n_invoices + 1), min(n_open, n_invoices)))
    held: list[int] = []
    for i in range(1, n_invoices + 1):
        debtor = (i * 7919) % n_debtors + 1  # spread a debtor's invoices over the years
        number = f"RE-{2024 + i % 3}-{i:06d}" if i % 5 == 0 else f"INV-{i:06d}"
        row: dict[str, Any] = {
            "id": i, "number": number, "number_key": number.casefold(), "debtor_id": debtor,
            "amount": Decimal(100 + i % 4000) + Decimal("0.50"), "paid_amount": Decimal(0),
            "currency": "EUR", "terms_days": 30, "discount_percent": None,
            "discount_days": None, "staff_email": "staff@acme.test",
            "thread_message_id": f"<inv-{i}@acme.test>", "seen": i % 3 == 0,
            "hold_until": None, "hold_reason": None, "paid_at": None, "stages_done": [],
        }
        if i in open_ids:
            age = rnd.randint(0, 120)  # issued this many days ago
            issue = today - timedelta(days=age)
            due = issue + timedelta(days=30)
            late = (today - due).days
            done = [s for s, when in (("receipt_check", -27), ("pre_due", -3),
                                      ("past_due_5", 5), ("past_due_8", 8),
                                      ("late_week_notice", 8), ("past_due_15", 15),
                                      ("phone_call_task", 30))
                    if when < late and rnd.random() < 0.9]  # some stage due right now
            row.update(state="partial" if i % 11 == 0 else "disputed" if i % 37 == 0
                       else "open", stages_done=done)
            if row["state"] == "partial":
                row["paid_amount"] = Decimal(50)
            if i % 13 == 0:
                row.update(hold_reason="promise",
                           hold_until=today + timedelta(days=rnd.randint(-5, 10)))
                held.append(i)
            elif i % 17 == 0:
                row.update(hold_reason="away", hold_until=today + timedelta(days=4))
        else:
            age = rnd.randint(40, 800)
            issue = today - timedelta(days=age)
            due = issue + timedelta(days=30)
            paid = datetime.combine(due + timedelta(days=rnd.randint(-25, 20)),
                                    datetime.min.time(), TZ).astimezone(UTC)
            row.update(state="written_off" if i % 401 == 0 else "paid",
                       paid_amount=row["amount"], paid_at=paid,
                       stages_done=["receipt_check", "pre_due", "thank_you"])
            if debtors[debtor - 1]["stopped"]:
                row["stages_done"] = ["receipt_check"]  # never thanked: not to be contacted
            else:
                outbox.append(_outbox_row(len(outbox), f"thank_you:{i}", "thank_you", debtor,
                                          [i], paid))
            if i % 2 == 0:
                outbox.append(_outbox_row(len(outbox), f"chase:{i}.past_due_5", "chase",
                                          debtor, [i], paid - timedelta(days=3)))
        sent = datetime.combine(issue, datetime.min.time(), TZ).astimezone(UTC)
        row.update(issue_date=issue, due_date=due, sent_at=sent, created_at=sent)
        invoices.append(row)
        events.append({"at": sent, "kind": "invoice_registered", "invoice_id": i,
                       "debtor_id": debtor, "message_pk": None, "cause": "message",
                       "detail": {"number": number}})
    _bulk(store.engine, Invoice, invoices)
    for day in range(1, 400):  # a digest every day
        when = now - timedelta(days=day)
        outbox.append(_outbox_row(len(outbox), f"digest:{when.date().isoformat()}",
                                  "digest", None, [], when))
    for k, status in enumerate(["failed"] * 5 + ["uncertain"] * 3 + ["pending"] * 20):
        outbox[k * 97 % len(outbox)]["status"] = status  # few rows when all are open
    for row in outbox[-300:]:
        row["sent_at"] = row["created_at"] = now - timedelta(hours=rnd.randint(1, 30))
    _bulk(store.engine, Outbox, outbox)

    day_ago = now - timedelta(hours=12)
    for n, inv in enumerate(held[:30]):
        events.append({"at": day_ago, "kind": "promise_broken", "invoice_id": inv,
                       "debtor_id": invoices[inv - 1]["debtor_id"], "message_pk": None,
                       "cause": "tick", "detail": {}})
        events.append({"at": day_ago, "kind": "mail_queued", "invoice_id": inv,
                       "debtor_id": invoices[inv - 1]["debtor_id"], "message_pk": None,
                       "cause": "tick", "detail": {"template": "staff_call_task"}})
        if n < 10:
            events.append({"at": day_ago, "kind": "action_failed", "invoice_id": None,
                           "debtor_id": invoices[inv - 1]["debtor_id"], "message_pk": None,
                           "cause": f"chase:{inv}.past_due_5",
                           "detail": {"error": "KeyError: 'x'"}})
    _bulk(store.engine, Event, events)

    filler = b"Lorem ipsum dolor sit amet, consectetur adipiscing elit.\r\n" * 25
    messages = []
    for m in range(n_messages):
        recorded = now - timedelta(minutes=rnd.randint(1, 60 * 24 * 700))
        messages.append({
            "direction": "in", "message_id": f"<in-{m}@staff.test>", "folder": "INBOX",
            "uidvalidity": 1, "uid": m + 1, "sha256": f"{m:064x}", "size": len(filler),
            "raw": filler, "subject": f"Invoice INV-{m:06d}", "from_addr": "staff@acme.test",
            "to_addrs": "client@x.test", "date": recorded, "headers": {},
            "kind": "invoice_copy", "classification": {}, "needs_human": m % 500 == 0,
            "handled": m % 1000 == 0, "quarantine_reason": None, "invoice_id": None,
            "debtor_id": None, "recorded_at": recorded})
    # replies answer the invoice mail: its stored copy carries the PDF
    targets = [i for i in sorted(open_ids) if invoices[i - 1]["state"] == "open"
               and not debtors[invoices[i - 1]["debtor_id"] - 1]["stopped"]]
    pdf = b"JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PnN0cmVhbQp4nCtUMFAw\r\n" * 1400
    for i in {*targets[::7], targets[-1]}:
        d = invoices[i - 1]["debtor_id"]
        messages.append({
            "direction": "in", "message_id": invoices[i - 1]["thread_message_id"],
            "folder": "INBOX", "uidvalidity": 1, "uid": n_messages + i,
            "sha256": f"c{i:063x}", "size": len(pdf), "raw": pdf,
            "subject": f"Invoice {invoices[i - 1]['number']}", "from_addr": "staff@acme.test",
            "to_addrs": f"ap{d}@debtor{d}.test, ar@acme.test", "date": now, "headers": {},
            "kind": "invoice_copy", "classification": {}, "needs_human": False,
            "handled": False, "quarantine_reason": None, "invoice_id": i, "debtor_id": d,
            "recorded_at": now - timedelta(days=3)})
    _bulk(store.engine, MailMessage, messages)
    if store.is_postgres:
        with store.engine.begin() as conn:
            for table in ("debtor", "invoice"):  # ids were given: move the sequences on
                conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                     f"(SELECT max(id) FROM {table}))")
            conn.exec_driver_sql("ANALYZE")
    keep = ("id", "number", "debtor_id", "thread_message_id")
    return [{k: invoices[i - 1][k] for k in keep} for i in targets]


def _fill_url(url: str, *sizes: int) -> list[dict[str, Any]]:
    store = Store(url)
    try:
        return fill(store, *sizes)
    finally:
        store.close()


def _outbox_row(n: int, key: str, kind: str, debtor: int | None, invoice_ids: list[int],
                when: datetime) -> dict[str, Any]:
    return {"action_key": key, "kind": kind, "message_id": f"<out-{n}@acme.test>",
            "recipients": [f"ap{debtor}@debtor{debtor}.test"] if debtor else [BOSS],
            "subject": "Reminder", "raw": b"From: ar@acme.test\r\n\r\nReminder\r\n" * 8,
            "debtor_id": debtor, "invoice_ids": invoice_ids, "status": "sent", "attempts": 1,
            "claimed_by": None, "lease_until": None, "data_started_at": None,
            "refused": None, "next_attempt_at": None, "last_error": None,
            "created_at": when, "sent_at": when}


# -- measuring ---------------------------------------------------------------------------


def reply(inv: dict[str, Any], n: int) -> bytes:
    d = inv["debtor_id"]
    return mail(f"ap{d}@debtor{d}.test", [AR], f"Re: Invoice {inv['number']}",
                f"Hello,\n\nwe will pay {inv['number']} by Friday.\n\nRegards ({n})\n",
                NOW, reply_to=inv["thread_message_id"])


def timed_ingest(bot: App, raw: bytes) -> tuple[float, Statements]:
    with statements(bot.store.engine) as st:
        t0 = time.perf_counter()
        result = bot.inbox.ingest(raw, now=NOW)
        wall = time.perf_counter() - t0
    assert result.status == "processed", result
    return wall, st


def best_of(runs: int, work: Any, engine: Engine) -> tuple[float, Any, Statements]:
    """The median wall time of `runs` runs of `work`, its result and its statements."""
    times = []
    for _ in range(runs):
        with statements(engine) as st:
            t0 = time.perf_counter()
            result = work()
            times.append(time.perf_counter() - t0)
    return statistics.median(times), result, st


def line(got: list[Figure], figure: str, value: str, limit: str, ok: bool,
         number: float) -> None:
    """Print one figure beside its limit ("-": none) and keep it for --json."""
    print(f"{figure:<62} {value:>12}  limit {limit:<14} {'ok' if ok else 'OVER'}")
    got.append(Figure(figure, number, value, None if limit == "-" else limit, ok))


def config_for(url: str) -> Any:
    os.environ.setdefault("MAILBOT_BENCH_PASSWORD", "x")
    text = CONFIG.format(ar=AR, imap_port=1, smtp_port=1, db_url=url, boss=BOSS, bank=BANK,
                         authserv=AUTHSERV, idle="false")
    return parse_config(text.replace("MAILBOT_TEST_IMAP_PASSWORD", "MAILBOT_BENCH_PASSWORD"),
                        "bench config")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--invoices", type=int, default=100_000)
    ap.add_argument("--debtors", type=int, default=20_000)
    ap.add_argument("--open", type=int, default=3000, help="open invoices among them")
    ap.add_argument("--messages", type=int, default=20_000, help="stored incoming mail")
    ap.add_argument("--replies", type=int, default=20, help="replies to time in (a)")
    ap.add_argument("--db", help="a fresh, empty PostgreSQL database (default: SQLite file "
                                 "in a temporary directory)")
    figures.add_json_option(ap)
    args = ap.parse_args()
    logs.setup("warning")
    floor = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp(prefix='mailbot-scale-')) / 'bench.db'}"
    store = Store(url)
    store.migrate()
    t0 = time.perf_counter()
    # filled by a child process, so that the peak memory below is the measured work's
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        targets = pool.submit(_fill_url, url, args.invoices, args.debtors, args.open,
                              args.messages).result()
    store.engine.dispose()
    bot = App(config_for(url), store)
    print(f"store: {args.invoices} invoices of {args.debtors} debtors ({args.open} open), "
          f"{args.messages} stored messages, {store.engine.dialect.name}; "
          f"filled in {time.perf_counter() - t0:.1f} s")
    sqlite = not store.is_postgres
    got: list[Figure] = []

    # (a) one reply at a time
    walls, dbs, counts = [], [], []
    for n in range(args.replies):
        wall, st = timed_ingest(bot, reply(targets[(n * 7) % len(targets)], n))
        walls.append(wall)
        dbs.append(st.seconds)
        counts.append(st.count)
    db_med, wall_med = statistics.median(dbs), statistics.median(walls)
    line(got, "(a) reply: database time per message (median)", f"{db_med * 1000:.2f} ms",
         f"{REPLY_DB_LIMIT * 1000:.0f} ms" + ("" if sqlite else " (SQLite)"),
         db_med < REPLY_DB_LIMIT or not sqlite, db_med)
    line(got, "(a) reply: statements per message (max)", str(max(counts)),
         str(REPLY_STATEMENT_LIMIT), max(counts) <= REPLY_STATEMENT_LIMIT, max(counts))
    line(got, "(a) reply: wall time per message (median, for reference)",
         f"{wall_med * 1000:.1f} ms", "-", True, wall_med)

    # (b) a new invoice, then the first reply after it
    new = args.invoices + 1
    invoice = invoice_mail(f"NEW-{new}", f"ap{new}@new{new}.test", "500.00",
                           "Payment within 30 days.", at(NOW.date(), 9))
    assert bot.inbox.ingest(invoice, now=NOW).status == "processed"
    wall_b, st_b = timed_ingest(bot, reply(targets[-1], 999))
    line(got, "(b) first reply after a new invoice: database time",
         f"{st_b.seconds * 1000:.2f} ms",
         f"{FIRST_AFTER_INVOICE_FACTOR:g} x (a) = "
         f"{FIRST_AFTER_INVOICE_FACTOR * max(db_med, 0.001) * 1000:.1f} ms",
         st_b.seconds <= FIRST_AFTER_INVOICE_FACTOR * max(db_med, 0.001), st_b.seconds)
    line(got, "(b) first reply after a new invoice: wall time", f"{wall_b * 1000:.1f} ms",
         f"{FIRST_AFTER_INVOICE_FACTOR:g} x (a) = "
         f"{FIRST_AFTER_INVOICE_FACTOR * wall_med * 1000:.1f} ms",
         wall_b <= FIRST_AFTER_INVOICE_FACTOR * wall_med, wall_b)

    # (c) planning one tick
    plan_s, actions, st = best_of(3, lambda: bot.scheduler.plan(NOW), store.engine)
    line(got, f"(c) plan one tick, median of 3 ({len(actions)} actions, {st.count} statements)",
         f"{plan_s:.3f} s", f"{PLAN_LIMIT:g} s", plan_s < PLAN_LIMIT, plan_s)

    # (d) the digest
    digest_s, digest, st = best_of(3, lambda: bot.reports.digest(NOW), store.engine)
    listed = sum(len(rows) for _, rows, _ in digest.aging)
    line(got, f"(d) digest, median of 3 ({listed} open listed, {st.count} statements)",
         f"{digest_s:.3f} s", f"{DIGEST_LIMIT:g} s", digest_s < DIGEST_LIMIT, digest_s)

    # (d2) the debtors by priority (`mailbot debtors`: kinds from every owing debtor's
    # payment history)
    debtors_s, (ranked, _), st = best_of(3, lambda: bot.reports.debtors(NOW), store.engine)
    line(got, f"(d2) debtors by priority, median of 3 ({len(ranked)} debtors, "
              f"{st.count} statements)", f"{debtors_s:.3f} s", f"{DIGEST_LIMIT:g} s",
         debtors_s < DIGEST_LIMIT, debtors_s)

    # (e) memory
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    line(got, "(e) peak resident memory (measurements; filled apart)", f"{rss:.0f} MB",
         f"{RSS_LIMIT_MB:g} MB", rss < RSS_LIMIT_MB, rss)
    line(got, "(e) ... of which the interpreter and imports", f"{floor:.0f} MB", "-", True,
         floor)
    store.close()
    figures.write(args.json, "scale",
                  f"{args.invoices:,} invoices of {args.debtors:,} debtors, {args.open:,} open, "
                  f"{args.messages:,} stored messages, on {store.engine.dialect.name}", got)


if __name__ == "__main__":
    main()

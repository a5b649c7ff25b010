"""What a tick asks PostgreSQL (issue 12: a tick over a million invoices, two workers):
every read finds its rows through an index, never a scan of a whole table at every batch
(the staff notices told today were read by a key prefix that no index answers under the
database's collation), and no statement's text grows with the batch (a list of ids is one
array parameter, not hundreds of placeholders that SQLAlchemy renders and the driver
parses again at every batch)."""

from __future__ import annotations

import random
import re
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event

from mailbot.app import scheduler as scheduler_module
from tests.conftest import PG_OK, pg_database
from tests.test_tick import START, fill, make_bot

# the tables that grow with the ledger
LEDGER = ("invoice", "debtor", "outbox", "contact", "installment")


def whole_scans(plan: str) -> list[str]:
    """The ledger tables the plan reads whole: a sequential scan, or an index scan with
    no condition on the index (a walk of all of it)."""
    out = []
    nodes = re.split(r"\n(?=\s*->)", plan)
    for node in nodes:
        head = node.split("\n", 1)[0]
        m = re.search(r"(Seq Scan|Index Scan|Index Only Scan)(?: Backward)?"
                      r"(?: using \S+)? on (\w+)", head)
        if m and m.group(2) in LEDGER and (
                m.group(1) == "Seq Scan" or "Index Cond:" not in node):
            out.append(head.strip())
        elif "Bitmap Index Scan" in head and "Index Cond:" not in node:
            out.append(head.strip())  # the heap scan above it is the table's
    return out


@pytest.mark.skipif(not PG_OK, reason="PostgreSQL does not answer at 127.0.0.1:5432")
def test_a_ticks_reads_use_indexes_and_its_statements_do_not_grow_with_the_batch(
        monkeypatch: pytest.MonkeyPatch) -> None:
    with pg_database() as url:
        bot = make_bot(url)
        try:
            fill(bot, random.Random(7), 40)
            monkeypatch.setattr(scheduler_module, "BATCH", 30)
            # [debtors.profiles] are written once per process: a read of the whole
            # ledger at a daemon's start, not a tick's
            bot.scheduler._profiles_synced = True
            # nor is the day's digest (its report reads are bench.scale's and test_scale's)
            monkeypatch.setattr(bot.scheduler, "_queue_digest", lambda *_: None)
            seen: list[tuple[str, Any]] = []

            def record(_conn: Any, _cur: Any, statement: str, params: Any, _ctx: Any,
                       many: bool) -> None:
                if not many:
                    seen.append((statement, params))

            event.listen(bot.store.engine, "before_cursor_execute", record)
            report = bot.scheduler.enqueue(START + timedelta(days=1, hours=3))
            event.remove(bot.store.engine, "before_cursor_execute", record)
            assert report.queued, "the tick queued nothing: nothing was looked at"
            selects = [(q, p) for q, p in seen if q.lstrip().upper().startswith("SELECT")]
            assert selects
            for q, _ in seen:
                if q.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE")):
                    assert len(re.findall(r"%\(", q)) <= 12, q
            with bot.store.engine.connect() as conn:
                conn.exec_driver_sql("SET enable_seqscan = off")  # only if no index can
                for q, p in selects:
                    plan = "\n".join(r[0] for r in conn.exec_driver_sql(
                        "EXPLAIN " + q, p or {}).all())
                    assert not whole_scans(plan), f"{q}\n{plan}"
        finally:
            bot.store.close()

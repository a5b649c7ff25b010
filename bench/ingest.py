"""Ingest and planning throughput, on a private Dovecot and SQLite files.

    PYTHONPATH=. .venv/bin/python -m bench.ingest [--messages 2000] [--store-messages 1000]
        [--store-invoices 100000] [--invoices 5000] [--json PATH]

The first sync of a mailbox of --messages mixed messages (fetch + parse + classify +
store + MOVE, `mailbot sync`'s path: UID FETCH of 200, one transaction per FETCH, reading
in worker processes), beside the rate of bare `mailparser.parse_from_bytes` over the
same bytes in the same run (limit: 0.75 of it) and bare UID FETCH (for reference).
Then --store-messages messages synced into an empty store and into one holding
--store-invoices invoices (limit: at least 0.9 of the empty store's rate). Also: parse +
classify alone on one core (the CPU bound, on at most 1,000 messages), one tick planned
over many open invoices, and the peak resident memory. The default is 2,000 messages to
stay within `bench.run`'s time; the issue's figure is --messages 50000.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import mailparser

from bench import figures
from bench.figures import Figure
from bench.scale import fill
from mailbot.adapters.store import Store
from mailbot.reading.classify import Context, classify
from mailbot.reading.parse import parse_message
from tests.botenv import BOB, CAROL, Runner, at, invoice_mail, mail, make_config, payment_mail
from tests.servers import Dovecot, SmtpSink

PARSE_FACTOR = 0.75  # the first sync, against bare mailparser on the same bytes
STORE_FACTOR = 0.9  # with a large store, against an empty one
CLASSIFY_SAMPLE = 1000

DAY = date(2026, 11, 2)


def messages(n: int) -> list[bytes]:
    """A mix like an AR inbox: invoice copies, replies, payments, strangers."""
    out = []
    for i in range(n):
        when = at(DAY, 10)
        match i % 4:
            case 0:
                out.append(invoice_mail(f"INV-{i}", BOB if i % 8 else CAROL, f"{100 + i}.00",
                                        "net 30", when))
            case 1:
                out.append(mail(BOB, ["ar@acme.test"], f"Re: Invoice INV-{i - 1}",
                                "Thanks, we will pay by Friday.\n" + "> quoted\n" * 40, when))
            case 2:
                out.append(payment_mail(f"INV-{i - 2}", f"{100 + i - 2}.00", when))
            case _:
                out.append(mail("news@elsewhere.test", ["ar@acme.test"], "Newsletter",
                                "Lorem ipsum dolor sit amet. " * 200, when))
    return out


def _append(dovecot: Dovecot, raws: list[bytes]) -> None:
    c = dovecot.client("ar")
    for raw in raws:
        c.append("INBOX", raw)
    c.logout()


def _fetch_only(dovecot: Dovecot) -> tuple[int, float]:
    """Bare UID FETCH of every message of the inbox, 200 per command: the IMAP bound."""
    c = dovecot.client("ar", timeout=120)
    c.select_folder("INBOX", readonly=True)
    uids = sorted(c.search(["ALL"]))
    t = time.perf_counter()
    for start in range(0, len(uids), 200):
        c.fetch(uids[start:start + 200], ["BODY.PEEK[]"])
    took = time.perf_counter() - t
    c.logout()
    return len(uids), took


def _sync(dovecot: Dovecot, sink: SmtpSink, url: str, n: int) -> tuple[Runner, float]:
    """A first sync into the store at `url`; every message accounted for."""
    runner = Runner.open(make_config(dovecot, sink, url))
    t = time.perf_counter()
    results = runner.sync(at(DAY, 11))
    took = time.perf_counter() - t
    assert len(results) == n, (len(results), n)
    assert all(r.status in ("processed", "quarantined") for r in results), \
        {r.status for r in results}
    return runner, took


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=2000)
    ap.add_argument("--store-messages", type=int, default=1000)
    ap.add_argument("--store-invoices", type=int, default=100_000)
    ap.add_argument("--invoices", type=int, default=5000)
    figures.add_json_option(ap)
    args = ap.parse_args()
    n = args.messages
    raws = messages(n)
    size = sum(map(len, raws))

    t = time.perf_counter()
    for raw in raws:
        mailparser.parse_from_bytes(raw)
    bare = n / (time.perf_counter() - t)

    ctx = Context(bot_address="ar@acme.test", staff_domains=frozenset({"acme.test"}),
                  notifiers=frozenset({"payments@bank.test"}), require_authentication=False)
    sample = raws[:CLASSIFY_SAMPLE]
    t = time.perf_counter()
    for raw in sample:
        classify(parse_message(raw), ctx)
    pure = len(sample) / (time.perf_counter() - t)

    work = Path(tempfile.mkdtemp(prefix="mailbot-bench-"))
    with Dovecot({"ar": "arpw", "bob": "bobpw", "carol": "carolpw"}) as dovecot, \
            SmtpSink(dovecot=dovecot) as sink:
        _append(dovecot, raws)
        fetched, took = _fetch_only(dovecot)
        fetch_rate = fetched / took
        runner, took = _sync(dovecot, sink, f"sqlite:///{work / 'bench.db'}", n)
        ingest = n / took
        read_again = runner.bot.inbox.read_again

        # the same messages into an empty store and into a large one
        few = raws[:args.store_messages]
        _append(dovecot, few)
        empty_runner, took = _sync(dovecot, sink, f"sqlite:///{work / 'empty.db'}", len(few))
        empty_runner.close()
        empty_rate = len(few) / took
        big = f"sqlite:///{work / 'big.db'}"
        store = Store(big)
        store.migrate()
        fill(store, args.store_invoices, max(1, args.store_invoices // 5),
             min(3000, args.store_invoices), 1000)
        store.close()
        _append(dovecot, few)
        big_runner, took = _sync(dovecot, sink, big, len(few))
        big_runner.close()
        big_rate = len(few) / took

        # many open invoices: plan a tick over all of them
        extra = [invoice_mail(f"BULK-{i}", f"client{i % 300}@c{i % 300}.test", "10.00",
                              "net 30", at(DAY, 10)) for i in range(args.invoices)]
        for raw in extra:
            runner.bot.inbox.ingest(raw, now=at(DAY, 11))
        t = time.perf_counter()
        actions = runner.bot.scheduler.plan(at(DAY + timedelta(days=40)))
        planning = time.perf_counter() - t
        runner.close()

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ratio, store_ratio = ingest / bare, big_rate / empty_rate
    parse_ok, store_ok = ratio >= PARSE_FACTOR, store_ratio >= STORE_FACTOR
    planned = args.invoices + n // 4
    cores = os.cpu_count()
    print(f"messages                          {n} ({size / 1e6:.1f} MB), {cores} cores")
    print(f"bare mailparser.parse_from_bytes  {bare:8.0f} msg/s")
    print(f"bare UID FETCH (200 per command)  {fetch_rate:8.0f} msg/s")
    print(f"parse + classify, one core        {pure:8.0f} msg/s ({len(sample)} messages)")
    print(f"first sync: IMAP -> store -> MOVE {ingest:8.0f} msg/s = {ratio:.3f} x bare parse "
          f"(limit {PARSE_FACTOR}: {'ok' if parse_ok else 'missed'}); {read_again} read again "
          "in the writer")
    print(f"sync of {len(few)}, empty store        {empty_rate:8.0f} msg/s")
    print(f"sync of {len(few)}, {args.store_invoices:,} invoices {big_rate:8.0f} msg/s = "
          f"{store_ratio:.2f} x empty (limit {STORE_FACTOR}: {'ok' if store_ok else 'missed'})")
    print(f"plan one tick, {planned} invoices  {planning * 1000:8.0f} ms ({len(actions)} actions)")
    print(f"peak RSS                          {peak_mb:8.0f} MB (this process, the "
          "invoice fill included; not the reading workers)")
    figures.write(args.json, "ingest", f"{n:,} mixed messages, {size / 1e6:.1f} MB, "
                  f"{cores} cores", [
        Figure("bare mailparser.parse_from_bytes", bare, f"{bare:.0f} msg/s"),
        Figure("bare UID FETCH, 200 per command", fetch_rate, f"{fetch_rate:.0f} msg/s"),
        Figure("parse + classify only, one core", pure, f"{pure:.0f} msg/s"),
        Figure("first sync: IMAP fetch + parse + classify + store + MOVE through Dovecot",
               ingest, f"{ingest:.0f} msg/s = {ratio:.3f} x bare parse",
               f"{PARSE_FACTOR} x bare parse", parse_ok),
        Figure(f"sync of {len(few):,} into a store of {args.store_invoices:,} invoices, "
               "against an empty one", store_ratio,
               f"{big_rate:.0f} vs {empty_rate:.0f} msg/s = {store_ratio:.2f}",
               f"{STORE_FACTOR}", store_ok),
        Figure(f"plan one tick over {planned:,} invoices ({len(actions)} actions)",
               planning, f"{planning * 1000:.0f} ms"),
        Figure("peak resident memory", peak_mb, f"{peak_mb:.0f} MB"),
    ])


if __name__ == "__main__":
    main()

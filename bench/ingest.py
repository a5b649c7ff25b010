"""Ingest and planning throughput, on a private Dovecot and a SQLite file.

    PYTHONPATH=. .venv/bin/python -m bench.ingest [--messages 2000] [--invoices 5000]
        [--json PATH]

Prints: messages per second through IMAP fetch + parse + classify + store + MOVE, the
same for parse + classify alone (the CPU bound), the time to plan one tick over many open
invoices, and the peak resident memory. Compare with the local ceilings in
shared/recipes/mail-servers.md (mailparser alone: ~2,350 msg/s on one core).
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from bench import figures
from bench.figures import Figure
from mailbot.reading.classify import Context, classify
from mailbot.reading.parse import parse_message
from tests.botenv import BOB, CAROL, Runner, at, invoice_mail, mail, make_config, payment_mail
from tests.servers import Dovecot, SmtpSink

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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=2000)
    ap.add_argument("--invoices", type=int, default=5000)
    figures.add_json_option(ap)
    args = ap.parse_args()
    raws = messages(args.messages)
    size = sum(map(len, raws))

    ctx = Context(bot_address="ar@acme.test", staff_domains=frozenset({"acme.test"}),
                  notifiers=frozenset({"payments@bank.test"}), require_authentication=False)
    t = time.perf_counter()
    for raw in raws:
        classify(parse_message(raw), ctx)
    pure = time.perf_counter() - t

    work = Path(tempfile.mkdtemp(prefix="mailbot-bench-"))
    with Dovecot({"ar": "arpw", "bob": "bobpw", "carol": "carolpw"}) as dovecot, \
            SmtpSink(dovecot=dovecot) as sink:
        c = dovecot.client("ar")
        for start in range(0, len(raws), 500):
            for raw in raws[start:start + 500]:
                c.append("INBOX", raw)
        c.logout()
        runner = Runner.open(make_config(dovecot, sink, f"sqlite:///{work / 'bench.db'}"))
        t = time.perf_counter()
        results = runner.sync(at(DAY, 11))
        ingest = time.perf_counter() - t
        assert len(results) == len(raws), (len(results), len(raws))

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
    print(f"messages                     {len(raws)} ({size / 1e6:.1f} MB)")
    print(f"parse + classify only        {len(raws) / pure:8.0f} msg/s")
    print(f"IMAP -> store -> MOVE        {len(raws) / ingest:8.0f} msg/s ({ingest:.1f} s)")
    print(f"plan one tick, {args.invoices + len(raws) // 4} invoices  {planning * 1000:8.0f} ms "
          f"({len(actions)} actions)")
    print(f"peak RSS                     {peak_mb:8.0f} MB")
    planned = args.invoices + len(raws) // 4
    figures.write(args.json, "ingest", f"{len(raws):,} mixed messages, {size / 1e6:.1f} MB, "
                  "one core", [
        Figure("parse + classify only", len(raws) / pure, f"{len(raws) / pure:.0f} msg/s"),
        Figure("IMAP fetch + parse + classify + store + MOVE through Dovecot",
               len(raws) / ingest, f"{len(raws) / ingest:.0f} msg/s"),
        Figure(f"plan one tick over {planned:,} invoices ({len(actions)} actions)",
               planning, f"{planning * 1000:.0f} ms"),
        Figure("peak resident memory", peak_mb, f"{peak_mb:.0f} MB"),
    ])


if __name__ == "__main__":
    main()

"""Sending through the outbox against raw aiosmtplib, to the same aiosmtpd server.

    .venv/bin/python -m bench.send [--mails 2000] [--db sqlite|postgresql|both]
        [--json PATH]

aiosmtpd runs in a process of its own (`--serve`), so its CPU is not counted against the
sender's loop, the same for both measurements. The mails are chasers as the bot writes
them (text and HTML, German, 8-bit UTF-8 bodies, ~3 KB), each to a contact of one of
`mails / 10` debtors, about one of their open invoices.

  raw     one aiosmtplib connection, `sendmail()` of each mail's bytes, nothing else;
  outbox  the same mails queued as outbox rows (a SQLite file; a fresh PostgreSQL
          database), sent by `Dispatcher.flush`: claims, the check against the ledger
          and the marker before DATA, outcomes and events recorded, as in production.

Raw is measured just before and just after each outbox run; the outbox's rate is judged
against their mean (limit 0.8). The connections the server saw during the outbox run
are counted too (limit 1). Exits 1 when a figure misses its limit or a mail was not
sent exactly once.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any, cast

import aiosmtplib
from sqlalchemy import func, insert
from sqlmodel import select

from bench import figures
from bench.figures import Figure
from mailbot.adapters import logs
from mailbot.adapters.config import SmtpConfig
from mailbot.adapters.models import Contact, Debtor, Invoice, Outbox
from mailbot.adapters.smtp import SmtpSender
from mailbot.adapters.store import Store
from mailbot.app.dispatcher import Dispatcher
from mailbot.app.results import TickReport

AR = "ar@acme.test"
NOW = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
MIN_RATIO = 0.8
MAX_CONNECTIONS = 1


# -- the server, in a process of its own -----------------------------------------------


def serve() -> None:
    """aiosmtpd on a free port: prints the port, then for each line read on stdin the
    mails taken and connections opened so far."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import SMTP

    counts = {"mails": 0, "connections": 0}

    class Sink:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            counts["mails"] += 1
            return "250 OK"

    class Counting(SMTP):
        def connection_made(self, transport: Any) -> None:
            counts["connections"] += 1
            super().connection_made(transport)

    class Free(Controller):
        def factory(self) -> SMTP:
            return Counting(self.handler, **self.SMTP_kwargs)

        def _trigger_server(self) -> None:  # port 0: learn the real one first
            self.port = cast(asyncio.Server, self.server).sockets[0].getsockname()[1]
            super()._trigger_server()  # type: ignore[no-untyped-call]

    controller = Free(Sink(), hostname="127.0.0.1", port=0, server_hostname="localhost")
    controller.start()
    print(controller.port, flush=True)
    for _ in sys.stdin:
        print(counts["mails"], counts["connections"], flush=True)
    controller.stop()


@dataclass
class Server:
    proc: subprocess.Popen[str]
    port: int
    lock = threading.Lock()

    def counts(self) -> tuple[int, int]:
        """(mails taken, connections opened) so far."""
        assert self.proc.stdin is not None
        assert self.proc.stdout is not None
        with self.lock:
            self.proc.stdin.write("?\n")
            self.proc.stdin.flush()
            mails, connections = self.proc.stdout.readline().split()
        return int(mails), int(connections)


@contextmanager
def server() -> Iterator[Server]:
    proc = subprocess.Popen([sys.executable, "-m", "bench.send", "--serve"], text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert proc.stdout is not None
        yield Server(proc, int(proc.stdout.readline()))
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# -- the mails -------------------------------------------------------------------------


@dataclass(frozen=True)
class Mail:
    n: int
    to: str
    message_id: str
    raw: bytes


def chaser(n: int, to: str) -> Mail:
    msg = EmailMessage()
    mid = f"<chase-{n}@acme.test>"
    msg["From"], msg["To"] = f"Acme Buchhaltung <{AR}>", to
    msg["Subject"] = f"Erinnerung: Rechnung RE-{n:06d} über 1.250,00 EUR ist fällig"
    msg["Date"] = format_datetime(NOW)
    msg["Message-ID"] = mid
    msg["In-Reply-To"] = msg["References"] = f"<invoice-{n}@acme.test>"
    msg["Auto-Submitted"] = "auto-generated"
    text = (f"Sehr geehrte Damen und Herren,\n\nunsere Rechnung RE-{n:06d} vom 20. Oktober "
            "über 1.250,00 EUR ist am 3. November fällig geworden. Falls Sie bereits "
            "gezahlt haben, betrachten Sie diese Nachricht bitte als gegenstandslos.\n\n"
            "Bankverbindung: IBAN DE89 3704 0044 0532 0130 00, Verwendungszweck "
            f"RE-{n:06d}.\n\nMit freundlichen Grüßen\nIhre Buchhaltung der Acme GmbH\n")
    msg.set_content(text)
    msg.add_alternative("<html><body>" + "".join(
        f"<p>{p}</p>" for p in text.split("\n\n")) + "</body></html>", subtype="html")
    return Mail(n, to, mid, msg.as_bytes())


def mails(n: int) -> list[Mail]:
    return [chaser(i, f"ap{i % max(1, n // 10)}@client{i % max(1, n // 10)}.test")
            for i in range(n)]


# -- raw aiosmtplib --------------------------------------------------------------------


async def _raw(port: int, batch: list[Mail]) -> float:
    smtp = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, timeout=30)
    await smtp.connect()
    t0 = time.perf_counter()
    for m in batch:
        await smtp.sendmail(AR, [m.to], m.raw)
    seconds = time.perf_counter() - t0
    await smtp.quit()
    return seconds


def raw_rate(srv: Server, batch: list[Mail]) -> float:
    before, _ = srv.counts()
    seconds = asyncio.run(_raw(srv.port, batch))
    taken, _ = srv.counts()
    assert taken - before == len(batch), f"raw: the server took {taken - before} mails"
    return len(batch) / seconds


# -- the outbox ------------------------------------------------------------------------


def fill(store: Store, batch: list[Mail]) -> None:
    """A debtor per ten mails with its contact and open invoices; a queued chaser per
    mail, about one invoice (bulk inserts: not measured)."""
    debtors = sorted({m.to for m in batch})
    with store.engine.begin() as conn:
        conn.execute(insert(Debtor), [{"id": i + 1, "name": f"Client {i}", "language": "de",
                                       "timezone": "Europe/Berlin", "stopped": False,
                                       "created_at": NOW, "profile_source": {}}
                                      for i in range(len(debtors))])
        conn.execute(insert(Contact), [{"debtor_id": i + 1, "email": to, "name": "",
                                        "failing": False} for i, to in enumerate(debtors)])
        owner = {to: i + 1 for i, to in enumerate(debtors)}
        conn.execute(insert(Invoice), [{
            "id": m.n + 1, "number": f"RE-{m.n:06d}", "number_key": f"re-{m.n:06d}",
            "debtor_id": owner[m.to], "state": "open", "amount": Decimal("1250.00"),
            "paid_amount": Decimal(0), "currency": "EUR", "issue_date": date(2026, 10, 20),
            "due_date": date(2026, 11, 3), "sent_at": NOW - timedelta(days=14), "seen": False,
            "stages_done": ["due"], "awaiting_thanks": False, "created_at": NOW,
        } for m in batch])
        conn.execute(insert(Outbox), [{
            "action_key": f"chase:{m.n + 1}.due", "kind": "chase", "message_id": m.message_id,
            "recipients": [m.to], "subject": "Erinnerung", "raw": m.raw,
            "debtor_id": owner[m.to], "invoice_ids": [m.n + 1], "status": "pending",
            "attempts": 0, "created_at": NOW,
        } for m in batch])


@dataclass
class Run:
    rate: float
    connections: int
    sent: int
    statuses: dict[str, int]


def outbox_rate(srv: Server, url: str, batch: list[Mail]) -> Run:
    store = Store(url)
    try:
        store.migrate()
        fill(store, batch)
        cfg = SmtpConfig(host="127.0.0.1", port=srv.port, security="plain",
                           timeout_seconds=30)
        dispatcher = Dispatcher(store, SmtpSender(cfg, sender=AR))
        async def timed() -> tuple[TickReport, float]:
            t0 = time.perf_counter()
            report = await dispatcher.flush(NOW)
            return report, time.perf_counter() - t0

        before, conns0 = srv.counts()
        report, seconds = asyncio.run(timed())
        taken, conns1 = srv.counts()
        with store.session() as s:
            statuses = dict(s.exec(select(Outbox.status, func.count())
                                   .group_by(Outbox.status)).all())
        assert taken - before == len(report.sent), "the server and the outbox disagree"
        return Run(len(report.sent) / seconds, conns1 - conns0, taken - before, statuses)
    finally:
        store.close()


@contextmanager
def database(kind: str, tmp: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{tmp / 'send.db'}"
        return
    from tests.conftest import pg_database

    with pg_database() as url:
        yield url


# -- main ------------------------------------------------------------------------------


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--mails", type=int, default=2000)
    ap.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    figures.add_json_option(ap)
    args = ap.parse_args()
    if args.serve:
        serve()
        return 0
    logs.setup_once("error")  # a line per mail sent is not what is measured
    kinds = ["sqlite", "postgresql"] if args.db == "both" else [args.db]
    if "postgresql" in kinds:
        from tests.conftest import PG_OK

        if not PG_OK:
            print("PostgreSQL does not answer at 127.0.0.1:5432: measured on SQLite only")
            kinds.remove("postgresql")
    batch = mails(args.mails)
    print(f"{len(batch)} mails of ~{sum(len(m.raw) for m in batch) // len(batch)} bytes; "
          f"aiosmtpd in its own process; {os.cpu_count()} cores")
    got: list[Figure] = []
    ok = True
    with server() as srv, tempfile.TemporaryDirectory() as tmp:
        raw_rate(srv, batch[:200])  # warm up both ends
        for kind in kinds:
            with database(kind, Path(tmp)) as url:
                raw_before = raw_rate(srv, batch)
                run = outbox_rate(srv, url, batch)
                raw_after = raw_rate(srv, batch)
            raw = (raw_before + raw_after) / 2
            ratio = run.rate / raw
            once = run.sent == len(batch) and run.statuses == {"sent": len(batch)}
            good_ratio, good_conns = ratio >= MIN_RATIO, run.connections <= MAX_CONNECTIONS
            ok &= good_ratio and good_conns and once
            print(f"{kind}:")
            print(f"  raw aiosmtplib, one connection  {raw:8.0f} msg/s   "
                  f"(before {raw_before:.0f}, after {raw_after:.0f})")
            print(f"  through the outbox              {run.rate:8.0f} msg/s")
            print(f"  outbox / raw                    {ratio:8.2f}       limit {MIN_RATIO}   "
                  f"{'ok' if good_ratio else 'UNDER'}")
            print(f"  connections for {len(batch)} mails     {run.connections:8d}       "
                  f"limit {MAX_CONNECTIONS}     {'ok' if good_conns else 'OVER'}")
            print(f"  outbox rows {run.statuses}; the server took {run.sent}"
                  + ("" if once else "   NOT EXACTLY ONCE"))
            got += [
                Figure(f"{kind}: raw aiosmtplib (msg/s)", raw, f"{raw:.0f}"),
                Figure(f"{kind}: through the outbox (msg/s)", run.rate, f"{run.rate:.0f}"),
                Figure(f"{kind}: outbox / raw", ratio, f"{ratio:.2f}", f"≥ {MIN_RATIO}",
                       good_ratio),
                Figure(f"{kind}: SMTP connections", run.connections, str(run.connections),
                       f"≤ {MAX_CONNECTIONS}", good_conns),
                Figure(f"{kind}: mails taken once / queued", run.sent,
                       f"{run.sent}/{len(batch)}", f"{len(batch)}/{len(batch)}", once),
            ]
    figures.write(args.json, "send", f"{len(batch)} chasers through the outbox to aiosmtpd "
                  "in its own process, against raw aiosmtplib on one connection to it, "
                  "measured just before and after", got)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""Hostile input: malformed and abusive mail through the real IMAP ingest.

    PYTHONPATH=. .venv/bin/python -m bench.hostile [--messages N] [--db URL] [--big]

Generates N hostile messages (a fixed seed: the same run every time) of the classes below,
adds every .eml of tests/data/corpus, APPENDs them all to a private Dovecot and lets the
bot's own `sync_once` read them into SQLite (default) or PostgreSQL (`--db`, a fresh
database made on that server and dropped afterwards). Then checks: the ingest never
raised; every message is in the store, stored or quarantined with a reason; none is left
in the inbox; no readable mail (the corpus) was quarantined. Prints the figures and exits
1 on any breach. `--big` uses the full sizes (a 50 MB attachment, 50,000 headers,
5,000-deep nesting); the default sizes keep a run to a few minutes.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import email
import io
import itertools
import random
import resource
import sys
import tempfile
import time
import traceback
import uuid
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import select

from mailbot.adapters import logs
from mailbot.adapters.mailbox import sync_once
from mailbot.adapters.models import MailMessage
from mailbot.app.results import IngestResult
from tests.botenv import Runner, at, make_config
from tests.servers import Dovecot, SmtpSink

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus"
DAY = date(2026, 11, 2)
SEED = 12


@dataclass(frozen=True)
class Sizes:
    attachment: int
    headers: int
    depth: int
    recipients: int


SMALL = Sizes(attachment=2_000_000, headers=2_000, depth=300, recipients=2_000)
BIG = Sizes(attachment=50_000_000, headers=50_000, depth=5_000, recipients=2_000)


def _head(rnd: random.Random, n: int, cls: str, *, subject: str = "", extra: str = "",
          ctype: str = "text/plain; charset=utf-8") -> str:
    sender = rnd.choice(["bob@bob.test", "carol@carol.test", "x@stranger.test"])
    return (f"From: {sender}\r\nTo: ar@acme.test\r\n"
            f"Subject: {subject or f'hostile {cls} {n}'}\r\n"
            f"Date: Mon, 2 Nov 2026 10:00:00 +0100\r\n"
            f"Message-ID: <hostile-{n}@gen.test>\r\nX-Hostile: {cls} {n}\r\n"
            f"MIME-Version: 1.0\r\n{extra}Content-Type: {ctype}\r\n")


def broken_boundary(rnd: random.Random, n: int, s: Sizes) -> bytes:
    variant = n % 4
    if variant == 0:  # declared, never used
        return (_head(rnd, n, "boundary", ctype='multipart/mixed; boundary="nope"')
                + "\r\nplain text, no parts\r\n").encode()
    if variant == 1:  # opened, never closed
        return (_head(rnd, n, "boundary", ctype='multipart/mixed; boundary="b1"')
                + "\r\n--b1\r\nContent-Type: text/plain\r\n\r\nInvoice INV-1 paid\r\n--b1\r\n"
                + "Content-Type: text/html\r\n\r\n<p>unterminated").encode()
    if variant == 2:  # no boundary parameter at all
        return (_head(rnd, n, "boundary", ctype="multipart/alternative")
                + "\r\n--x\r\n\r\nhello\r\n--x--\r\n").encode()
    return (_head(rnd, n, "boundary", ctype='multipart/mixed; boundary=""')  # empty
            + "\r\n--\r\n\r\nbody\r\n----\r\n").encode()


def charsets(rnd: random.Random, n: int, s: Sizes) -> bytes:
    text = "Zahlung für Rechnung INV-7 über 120,00 € – Grüße"
    variant = n % 4
    cs, body = [("utf-8", text.encode("latin-1", "replace")),          # wrong
                ("x-klingon-7", text.encode("utf-8")),                 # unknown
                ("iso-2022-jp", bytes(rnd.randrange(128, 256) for _ in range(200))),
                ("utf-16", b"\xff\xfe\x00")][variant]
    subject = ["=?x-unknown?B?SGVsbG8=?=", "=?utf-8?B?/////w==?=", "=?koi8-r?Q?=FF=FE?=",
               "Raw 8bit: \xe9\xe8"][variant]
    return _head(rnd, n, "charset", subject=subject, ctype=f"text/plain; charset={cs}")\
        .encode("latin-1") + b"\r\n" + body + b"\r\n"


def nul_bytes(rnd: random.Random, n: int, s: Sizes) -> bytes:
    variant = n % 4
    if variant == 0:
        return _head(rnd, n, "nul").encode() + b"\r\nbody with \x00 a NUL\x00\x00\r\n"
    if variant == 1:
        return (_head(rnd, n, "nul", subject="=?utf-8?B?" + base64.b64encode(
            b"Invoice \x00 INV-3").decode() + "?=").encode() + b"\r\nbody\r\n")
    if variant == 2:
        return (_head(rnd, n, "nul", subject="=?utf-8?Q?pay=00ment?=",
                      extra="X-Name: =?utf-8?Q?=00=00?=\r\n").encode()
                + b"\r\nbody\r\n")
    return (_head(rnd, n, "nul", subject="raw\x00subject",
                  extra="Reply-To: a\x00b@c.test\r\n").encode()
            + b"\r\n" + base64.b64encode(b"\x00" * 100) + b"\r\n")


def big_attachment(rnd: random.Random, n: int, s: Sizes) -> bytes:
    payload = base64.encodebytes(rnd.randbytes(s.attachment)).replace(b"\n", b"\r\n")
    return (_head(rnd, n, "attachment", ctype='multipart/mixed; boundary="B"').encode()
            + b"\r\n--B\r\nContent-Type: text/plain\r\n\r\nSee attached invoice.\r\n"
            + b"--B\r\nContent-Type: application/pdf; name=\"inv.pdf\"\r\n"
            + b"Content-Disposition: attachment; filename=\"inv.pdf\"\r\n"
            + b"Content-Transfer-Encoding: base64\r\n\r\n" + payload + b"--B--\r\n")


def deep_nesting(rnd: random.Random, n: int, s: Sizes) -> bytes:
    depth = s.depth if n % 2 == 0 else s.depth // 10
    parts = [_head(rnd, n, "nesting", ctype='multipart/mixed; boundary="d0"') + "\r\n"]
    for i in range(1, depth):
        parts.append(f"--d{i - 1}\r\nContent-Type: multipart/mixed; boundary=\"d{i}\"\r\n\r\n")
    parts.append(f"--d{depth - 1}\r\nContent-Type: text/plain\r\n\r\ndeep\r\n")
    parts.extend(f"--d{i}--\r\n" for i in range(depth - 1, -1, -1))
    return "".join(parts).encode()


def many_headers(rnd: random.Random, n: int, s: Sizes) -> bytes:
    extra = "".join(f"X-Filler-{i}: {rnd.getrandbits(64):x}\r\n" for i in range(s.headers))
    if n % 2:  # and many of one name the reader looks at
        extra += "".join(f"Received: from h{i}.test by mx.test; Mon, 2 Nov 2026 10:00:00 +0100"
                         f"\r\n" for i in range(s.headers // 10))
    return (_head(rnd, n, "headers", extra=extra) + "\r\nbody\r\n").encode()


def many_recipients(rnd: random.Random, n: int, s: Sizes) -> bytes:
    to = ", ".join(f"User {i} <u{i}@r{i % 97}.test>" for i in range(s.recipients))
    cc = ", ".join(f"c{i}@cc.test" for i in range(s.recipients // 2))
    return (_head(rnd, n, "recipients", extra=f"Cc: {cc}\r\nBcc: {to}\r\n")
            .replace("To: ar@acme.test", f"To: ar@acme.test, {to}")
            + "\r\nWe paid INV-9.\r\n").encode()


def _zip_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for i in range(4):
            z.writestr(f"zeros{i}.txt", b"\0" * 20_000_000)
    return buf.getvalue()


XML_BOMB = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
            + "".join(f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
                      for i in range(1, 10))
            + ']>\n<Invoice><ID>&lol9;</ID></Invoice>\n')


def bombs(rnd: random.Random, n: int, s: Sizes, *, _zip: list[bytes] = []) -> bytes:  # noqa: B006
    if not _zip:
        _zip.append(_zip_bomb())
    if n % 2 == 0:
        name, ctype, data = "invoice.zip", "application/zip", _zip[0]
    else:
        name, ctype, data = "invoice.xml", "application/xml", XML_BOMB.encode()
    payload = base64.encodebytes(data).replace(b"\n", b"\r\n")
    return (_head(rnd, n, "bomb", ctype='multipart/mixed; boundary="B"').encode()
            + b"\r\n--B\r\nContent-Type: text/plain\r\n\r\nInvoice attached.\r\n--B\r\n"
            + f"Content-Type: {ctype}; name=\"{name}\"\r\n".encode()
            + b"Content-Transfer-Encoding: base64\r\n\r\n" + payload + b"--B--\r\n")


def html_scripts(rnd: random.Random, n: int, s: Sizes) -> bytes:
    html = ('<html><head><script>alert(document.cookie)</script><style>p{x:expression(1)}'
            '</style></head><body onload="evil()"><p>Please pay <a href="javascript:x()">'
            'INV-5</a></p><img src=x onerror=alert(1)><iframe src="http://e.test"></iframe>'
            '<scr<script>ipt>nested</script><!-- <script> --></body>' + "<div>" * 3000)
    return (_head(rnd, n, "html", ctype="text/html; charset=utf-8") + "\r\n" + html
            + "\r\n").encode()


DATES = ["Mon, 1 Jan 0001 00:00:00 +0000", "Fri, 31 Dec 9999 23:59:59 -2359",
         "Thu, 1 Jan 1970 00:00:00 +0000", "Sun, 32 Foo 99999 25:61:61 +9999", "",
         "yesterday", "Mon, 2 Nov -2026 10:00:00 +0100", "1e308", "Tue, 19 Jan 2038 03:14:08 +0000",
         "Mon, 2 Nov 2026 10:00:00 +99999999999999999999"]


def extreme_dates(rnd: random.Random, n: int, s: Sizes) -> bytes:
    when = DATES[n % len(DATES)]
    return (_head(rnd, n, "date").replace("Date: Mon, 2 Nov 2026 10:00:00 +0100",
                                          f"Date: {when}")
            + f"\r\nPayment due 31.02.{rnd.choice(['0000', '99999', '2026'])} for INV-2.\r\n"
            ).encode()


def garbage(rnd: random.Random, n: int, s: Sizes) -> bytes:
    variant = n % 5
    if variant == 0:  # no header/body separator, random bytes
        return f"X-Hostile: garbage {n}\r\n".encode() + rnd.randbytes(2000)
    if variant == 1:  # broken encodings
        return (_head(rnd, n, "garbage", extra="Content-Transfer-Encoding: base64\r\n")
                + "\r\n!!!not base64@@@=\r\n").encode()
    if variant == 2:
        return (_head(rnd, n, "garbage", extra="Content-Transfer-Encoding: x-uuencode-9\r\n")
                + "\r\n=ZZ=\r\n").encode()
    if variant == 3:  # one very long line
        return (_head(rnd, n, "garbage") + "\r\n" + "A" * 1_000_000 + "\r\n").encode()
    return (f"X-Hostile: garbage {n}\r\n" + "Subject: " + "=?utf-8?Q?x?=" * 5000
            + "\r\nFrom: <<<@@@>>>\r\nTo: ,,,;;;\r\n\r\n").encode()


CLASSES: dict[str, Callable[[random.Random, int, Sizes], bytes]] = {
    "boundary": broken_boundary, "charset": charsets, "nul": nul_bytes,
    "attachment": big_attachment, "nesting": deep_nesting, "headers": many_headers,
    "recipients": many_recipients, "bomb": bombs, "html": html_scripts,
    "date": extreme_dates, "garbage": garbage,
}
# the expensive classes are rarer: one in RARE of the messages
EXPENSIVE = {"attachment", "nesting", "headers"}
RARE = 60


def generate(count: int, sizes: Sizes, seed: int = SEED) -> Iterator[tuple[str, bytes]]:
    """`count` hostile messages, the same ones for the same seed."""
    rnd = random.Random(seed)
    cheap = [c for c in CLASSES if c not in EXPENSIVE]
    expensive = sorted(EXPENSIVE)
    rare = 0
    for n in range(count):
        if n % RARE == RARE - 1 or (count < RARE * 3 and n < len(expensive)):
            cls, rare = expensive[rare % len(expensive)], rare + 1
        else:
            cls = cheap[n % len(cheap)]
        yield cls, CLASSES[cls](rnd, n, sizes)


def corpus() -> list[tuple[str, bytes]]:
    return [(f"corpus:{p.relative_to(CORPUS)}", p.read_bytes())
            for p in sorted(CORPUS.rglob("*.eml"))]


def readable(label: str, raw: bytes) -> bool:
    """Real mail (a corpus file) with a header block: it must never be quarantined. A
    corpus file that is only a MIME body (no header at all) may be."""
    return label.startswith("corpus:") and bool(
        email.message_from_bytes(raw.removeprefix(b"\xef\xbb\xbf")).keys())


@dataclass
class Report:
    messages: int = 0
    crashes: list[str] = field(default_factory=list)
    stored: int = 0
    quarantined: int = 0
    without_reason: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    left_in_inbox: int = 0
    readable_quarantined: list[str] = field(default_factory=list)
    peak_rss_mb: float = 0.0
    slowest: tuple[float, str] = (0.0, "")
    seconds: float = 0.0

    @property
    def breaches(self) -> list[str]:
        out = []
        if self.crashes:
            out.append(f"{len(self.crashes)} crashes")
        if self.lost:
            out.append(f"{len(self.lost)} messages lost: {self.lost[:5]}")
        if self.without_reason:
            out.append(f"{len(self.without_reason)} quarantined without reason")
        if self.left_in_inbox:
            out.append(f"{self.left_in_inbox} left in INBOX")
        if self.readable_quarantined:
            out.append(f"readable mail quarantined: {self.readable_quarantined[:5]}")
        return out

    def lines(self) -> list[str]:
        kept = self.stored + self.quarantined + len(self.duplicates)
        with_reason = self.quarantined - len(self.without_reason)
        return [
            f"messages                     {self.messages}",
            f"crashes                      {len(self.crashes)}",
            f"kept                         {kept} ({100 * kept / max(self.messages, 1):.1f} %)",
            f"  stored                     {self.stored}",
            f"  quarantined with reason    {with_reason}/{self.quarantined}",
            f"  duplicates of kept mail    {len(self.duplicates)}",
            f"left in INBOX                {self.left_in_inbox}",
            f"readable quarantined         {len(self.readable_quarantined)}",
            f"peak RSS (bot process)       {self.peak_rss_mb:.0f} MB",
            f"slowest message              {self.slowest[0]:.2f} s ({self.slowest[1]})",
            f"total                        {self.seconds:.1f} s",
        ]


def run(db_url: str, mails: Iterable[tuple[str, bytes]], *, batched: bool = False) -> Report:
    """Append `mails` (label, raw) to a fresh Dovecot, sync them into `db_url`, check.
    `mails` is consumed as it is appended: the campaign's own memory stays small.
    `batched`: as `mailbot sync` reads (a transaction per FETCH, reading in worker
    processes); the slowest figure is then the slowest FETCH's messages together."""
    report = Report()
    order: list[str] = []
    readables: set[str] = set()
    labels: dict[int, str] = {}
    outcome: dict[int, str] = {}
    t0 = time.perf_counter()
    with Dovecot({"ar": "arpw", "bob": "bobpw"}) as dovecot, \
            SmtpSink(dovecot=dovecot) as sink:
        c = dovecot.client("ar")
        for label, raw in mails:
            c.append("INBOX", raw)
            order.append(label)
            if readable(label, raw):
                readables.add(label)
        report.messages = len(order)
        c.select_folder("INBOX")
        for uid, label in zip(sorted(c.search("ALL")), order, strict=True):
            labels[uid] = label
        runner = Runner.open(make_config(dovecot, sink, db_url))

        def ingest(raw: bytes, **kw: Any) -> IngestResult:
            uid, start = kw["uid"], time.perf_counter()
            try:
                result = runner.bot.inbox.ingest(raw, **kw)
            except Exception:  # noqa: BLE001 - counted: the campaign's first figure
                report.crashes.append(f"{labels.get(uid)}:\n{traceback.format_exc()}")
                result = IngestResult("crashed", None, summary="crashed")
            spent = time.perf_counter() - start
            if spent > report.slowest[0]:
                report.slowest = (spent, labels.get(uid, "?"))
            outcome[uid] = result.status
            return result

        def ingest_batch(items: list[tuple[int, bytes]], **kw: Any,
                         ) -> list[tuple[int, IngestResult]]:
            start = time.perf_counter()
            try:
                out = batch(items, **kw)
            except Exception:  # noqa: BLE001 - counted: the campaign's first figure
                report.crashes.append(f"{[labels.get(uid) for uid, _ in items]}:\n"
                                      f"{traceback.format_exc()}")
                out = [(uid, IngestResult("crashed", None, summary="crashed"))
                       for uid, _ in items]
            spent = time.perf_counter() - start
            if spent > report.slowest[0]:
                report.slowest = (spent, f"a FETCH of {len(items)}")
            outcome.update((uid, result.status) for uid, result in out)
            return out

        now = at(DAY, 11)
        with runner.bot.inbox.batches() as batch:
            sync_once(runner.bot.config.imap, runner.bot.store, ingest, lambda: now,
                      batches=(lambda: contextlib.nullcontext(ingest_batch)) if batched
                      else None)
        c.select_folder("INBOX")
        report.left_in_inbox = len(c.search("ALL"))
        c.logout()
        with runner.bot.store.session() as s:
            # the columns only: loading every raw would be the campaign's own peak RSS
            rows = {uid: (reason, held) for uid, reason, held in s.exec(
                select(MailMessage.uid, MailMessage.quarantine_reason,
                       MailMessage.needs_human).where(MailMessage.direction == "in"))}
        runner.close()
    for uid, label in labels.items():
        if outcome.get(uid) == "duplicate":
            report.duplicates.append(label)
            continue
        if uid not in rows:
            report.lost.append(f"{label} ({outcome.get(uid, 'never read')})")
            continue
        reason, _ = rows[uid]
        if outcome.get(uid) == "quarantined" or reason is not None:
            report.quarantined += 1
            if not (reason or "").strip():
                report.without_reason.append(label)
            if label in readables:
                report.readable_quarantined.append(f"{label}: {reason}")
        else:
            report.stored += 1
    report.seconds = time.perf_counter() - t0
    report.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return report


@contextlib.contextmanager
def fresh_database(url: str) -> Iterator[str]:
    """A new database on the PostgreSQL server of `url`, dropped afterwards; SQLite: a
    new file in a temporary directory."""
    if not url.startswith("postgresql"):
        with tempfile.TemporaryDirectory(prefix="mailbot-hostile-") as d:
            yield f"sqlite:///{Path(d) / 'hostile.db'}"
        return
    import psycopg
    from sqlalchemy.engine import make_url
    base = make_url(url)
    admin = base.set(drivername="postgresql").render_as_string(hide_password=False)
    name = f"mailbot_hostile_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--messages", type=int, default=10_000)
    ap.add_argument("--db", default="sqlite", help="sqlite (default) or a PostgreSQL URL "
                    "whose server gets a fresh database for the run")
    ap.add_argument("--big", action="store_true", help="50 MB attachment, 50,000 headers, "
                    "5,000-deep nesting")
    ap.add_argument("--batched", action="store_true", help="read as `mailbot sync` does: "
                    "a transaction per FETCH, reading in worker processes")
    args = ap.parse_args(argv)
    logs.setup("error")  # the figures, not a log line per message
    mails = itertools.chain(corpus(), generate(args.messages, BIG if args.big else SMALL))
    with fresh_database(args.db) as url:
        report = run(url, mails, batched=args.batched)
    print("\n".join(report.lines()))
    for crash in report.crashes[:5]:
        print(f"\ncrash: {crash}", file=sys.stderr)
    for breach in report.breaches:
        print(f"BREACH: {breach}", file=sys.stderr)
    return 1 if report.breaches else 0


if __name__ == "__main__":
    sys.exit(main())

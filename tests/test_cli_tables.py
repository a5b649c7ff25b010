"""`mailbot status`, `debtors` and `show` for people: identifiers are never cut (`paid`,
`resume` and `pause` need them whole), amounts are formatted per currency (never
"48000000.00 IDR"), with totals per currency; on a narrow terminal and piped alike."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from mailbot.adapters.models import Contact, Debtor, Invoice, Task
from mailbot.adapters.store import Store
from tests.botenv import AR, AUTHSERV, BANK, BOSS, CONFIG, TZ

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 12, 14)
NOW = datetime.combine(TODAY, time(10), TZ)
RATES = '\n[exchange_rates]\nIDR = "0.000055"\nUSD = "0.92"\n'
BOOK = [  # debtor, invoice number, amount, currency, days late
    ("PT Maju Jaya Sejahtera Abadi", "RE-2026-100045-JKT/INV", "48000000", "IDR", 12),
    ("PT Maju Jaya Sejahtera Abadi", "RE-2026-100046-JKT/INV", "2500000.50", "IDR", 3),
    ("Globex Corporation International", "GLOBEX-INVOICE-2026-000777", "1200", "EUR", 40),
    ("Initech", "INV-9", "99.90", "USD", -5),
]


@pytest.fixture
def config_path(db_url: str, tmp_path: Path) -> Path:
    os.environ.setdefault("MAILBOT_TEST_IMAP_PASSWORD", "x")
    store = Store(db_url)
    store.migrate()
    try:
        with store.session() as s:
            ids: dict[str, int] = {}
            for name, number, amount, currency, late in BOOK:
                if name not in ids:
                    d = Debtor(name=name, timezone="Europe/Berlin",
                               created_at=NOW - timedelta(days=90))
                    s.add(d)
                    s.flush()
                    assert d.id is not None
                    ids[name] = d.id
                    s.add(Contact(debtor_id=d.id,
                                  email=f"billing@{name.split()[0].lower()}.test"))
                due = TODAY - timedelta(days=late)
                s.add(Invoice(number=number, debtor_id=ids[name], amount=Decimal(amount),
                              currency=currency, issue_date=due - timedelta(days=30),
                              due_date=due, sent_at=NOW - timedelta(days=late + 30),
                              created_at=NOW - timedelta(days=late + 30)))
            s.add(Task(key="call:x", kind="call", debtor_id=ids[BOOK[0][0]],
                       summary="call PT Maju", created_at=NOW - timedelta(days=1)))
            s.commit()
    finally:
        store.close()
    path = tmp_path / "config.toml"
    path.write_text(CONFIG.format(ar=AR, imap_port=1, smtp_port=1, db_url=db_url, boss=BOSS,
                                  bank=BANK, authserv=AUTHSERV, idle="false") + RATES)
    return path


def piped(*args: str) -> str:
    env = dict(os.environ, COLUMNS="80")
    proc = subprocess.run([sys.executable, "-m", "mailbot", *args], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def on_a_terminal(*args: str, columns: int = 80) -> str:
    """The command's output on a terminal `columns` wide (a pseudo-terminal)."""
    env = dict(os.environ, COLUMNS=str(columns), LINES="50", TERM="xterm")
    main, sub = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "mailbot", *args], stdout=sub,
                            stderr=subprocess.PIPE, cwd=ROOT, env=env)
    os.close(sub)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    assert proc.wait(timeout=60) == 0, proc.stderr.read() if proc.stderr else ""
    os.close(main)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def whole_ids(out: str, ids: list[str]) -> None:
    for number in ids:
        assert number in out, f"{number} cut or missing:\n{out}"
    assert "…" not in out, out


@pytest.mark.parametrize("run", [piped, on_a_terminal], ids=["piped", "terminal"])
def test_status_never_cuts_an_invoice_number_and_formats_amounts(config_path, run):
    out = run("status", "--config", str(config_path), "--now", NOW.isoformat())
    whole_ids(out, [n for _, n, _, _, _ in BOOK])
    whole_ids(out, [d for d, _, _, _, _ in BOOK])
    assert "IDR48,000,000.00" in out
    assert "€1,200.00" in out
    assert "48000000" not in out
    # totals per currency
    assert "total open: €1,200.00, IDR50,500,000.50, $99.90" in " ".join(out.split()), out
    if run is piped:  # piped output is never wrapped: one line per invoice
        for _, number, _, _, _ in BOOK:
            [line] = [x for x in out.splitlines() if number in x]
            assert "d late" in line or "due in" in line, line


@pytest.mark.parametrize("run", [piped, on_a_terminal], ids=["piped", "terminal"])
def test_debtors_never_cuts_a_name_and_totals_per_currency(config_path, run):
    out = run("debtors", "--config", str(config_path), "--now", NOW.isoformat())
    whole_ids(out, sorted({d for d, _, _, _, _ in BOOK}))
    assert "IDR50,500,000.50" in out
    assert "total open: €1,200.00, IDR50,500,000.50, $99.90" in " ".join(out.split()), out


def test_show_tells_everything_about_a_debtor_by_an_invoice_number(config_path):
    out = piped("show", "RE-2026-100046-JKT/INV", "--config", str(config_path),
                "--now", NOW.isoformat())
    assert out.startswith("PT Maju Jaya Sejahtera Abadi (debtor 1), asked about invoice "
                          "RE-2026-100046-JKT/INV"), out
    whole_ids(out, ["RE-2026-100045-JKT/INV", "RE-2026-100046-JKT/INV", "billing@pt.test"])
    assert "GLOBEX" not in out  # another debtor's invoice
    for fact in ("language", "time zone", "Europe/Berlin", "kind of payer", "open tasks:",
                 "call PT Maju", "IDR48,000,000.00", "12 d late", "next:"):
        assert fact in out, (fact, out)
    assert "open: IDR50,500,000.50 (2 of 2 invoice(s))" in out
    wide = on_a_terminal("show", "PT Maju Jaya Sejahtera Abadi", "--config", str(config_path),
                         "--now", NOW.isoformat(), columns=60)
    whole_ids(wide, ["RE-2026-100045-JKT/INV", "RE-2026-100046-JKT/INV"])

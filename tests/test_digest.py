"""The daily digest as staff get it, on the real servers: "needs you today" first (every
open task, mail to read, mail not sent), each item with its debtor, invoice, amount,
age and the command that handles it, by priority, grouped and capped; then money in,
what was sent, what falls due, the aging table and DSO; mailed on the company's business
days only; and its HTML rendered by Chromium at desktop and phone width."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from email import message_from_bytes, policy
from email.message import EmailMessage
from html import escape
from pathlib import Path

import pytest
from sqlmodel import col, select

from mailbot.adapters.config import parse_config
from mailbot.adapters.models import Invoice, MailMessage, Outbox, Task
from mailbot.adapters.render import make_env
from mailbot.app import tasks
from mailbot.playbook.digest import Line, build_digest
from mailbot.playbook.profile import ProfileConfig, rank
from tests.botenv import AR, BOSS, STAFF, TZ, Runner, config_text, mail

ENV = make_env()


def digest_rows(runner: Runner) -> dict[str, Outbox]:
    with runner.bot.store.session() as s:
        return {o.action_key: o for o in s.exec(select(Outbox).where(Outbox.kind == "digest"))}


def parts(raw: bytes) -> tuple[str, str, str]:
    """Subject, text and HTML of a mail."""
    msg = message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    text = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert text is not None
    assert html is not None
    return str(msg["Subject"]), text.get_content(), html.get_content()


def configured(dovecot, smtp_sink, url: str, staff: str = "", extra: str = "") -> Runner:
    text = config_text(dovecot, smtp_sink, url, extra=extra)
    if staff:
        text = text.replace("[staff]\n", "[staff]\n" + staff + "\n")
    return Runner.open(parse_config(text, "test config"))


# ======================================================================= timing ====

def test_the_digest_goes_out_on_business_days_only(dovecot, smtp_sink, sqlite_url):
    """24 Dec 2026 is a Thursday; 25 and 26 Dec are public holidays in Germany (the
    company's [schedule] holidays_country), 27 Dec a Sunday: no digest on those three."""
    runner = configured(dovecot, smtp_sink, sqlite_url)
    try:
        for n in range(6):
            d = date(2026, 12, 24) + timedelta(days=n)
            for hh in (7, 9, 13):
                runner.tick(datetime.combine(d, time(hh), TZ))
        assert sorted(digest_rows(runner)) == ["digest:2026-12-24", "digest:2026-12-28",
                                               "digest:2026-12-29"]
        # nothing needs anyone: one line, said so in the subject
        got = [parts(m.data) for m in smtp_sink.messages if BOSS in m.rcpt_tos]
        assert len(got) == 3
        subject, text, _ = got[0]
        assert subject == "[mailbot] Daily digest December 24, 2026: nothing needs you"
        assert text.strip().splitlines()[0].startswith("Nothing needs you today")
    finally:
        runner.close()


def test_a_quiet_day_sends_no_digest_when_so_configured(dovecot, smtp_sink, sqlite_url):
    runner = configured(dovecot, smtp_sink, sqlite_url, staff='digest_when_quiet = "none"')
    try:
        for n in range(3):  # Mon-Wed, 7-9 Dec 2026
            runner.tick(datetime.combine(date(2026, 12, 7) + timedelta(days=n), time(9), TZ))
        assert smtp_sink.messages == []
        # the day is marked done all the same: later ticks build no digest again
        rows = digest_rows(runner)
        assert sorted(rows) == ["digest:2026-12-07", "digest:2026-12-08", "digest:2026-12-09"]
        assert {r.status for r in rows.values()} == {"cancelled"}
        # a day with something to do: the full digest goes out
        with runner.bot.store.session() as s:
            s.add(Task(key="call:test", kind="call", summary="call them",
                       created_at=datetime(2026, 12, 9, 12, tzinfo=TZ)))
            s.commit()
        runner.tick(datetime.combine(date(2026, 12, 10), time(9), TZ))
        [m] = smtp_sink.messages
        subject, text, _ = parts(m.data)
        assert subject.endswith("1 needs you")
        assert "Calls to make (1)" in text
    finally:
        runner.close()


# ========================================================== money and currencies ====

RATES = """
[exchange_rates]
IDR = "0.000055"
USD = "0.92"
"""


def invoice_in(number: str, to: str, amount: str, currency: str, terms: str,
               when: datetime, sender: str = STAFF) -> bytes:
    body = (f"Hello,\n\nplease find attached invoice {number}.\n\nInvoice number: {number}\n"
            f"Total amount due: {currency} {amount}\n{terms}\n\nKind regards\nStaff\n")
    return mail(sender, [to], f"Invoice {number}", body, when, cc=[AR])


def paid_in(number: str, amount: str, currency: str, when: datetime) -> bytes:
    return mail("payments@bank.test", [AR], f"Incoming payment {currency} {amount}",
                f"Credit transfer received\nAmount: {currency} {amount}\nReference: {number}\n",
                when)


def test_money_in_and_aging_are_exact_across_currencies(dovecot, smtp_sink, db_url):
    """Three currencies; the company keeps its books in EUR. Every sum is checked by
    hand from the rates above."""
    runner = configured(dovecot, smtp_sink, db_url, extra=RATES)
    issued = datetime(2026, 10, 1, 10, tzinfo=TZ)
    try:
        for raw in (invoice_in("E-1", "bob@globex.test", "1,200.00", "EUR", "net 30", issued),
                    invoice_in("I-1", "budi@maju.test", "48,000,000.00", "IDR", "net 30", issued),
                    invoice_in("U-1", "ann@dyn.test", "2,500.00", "USD", "net 60", issued),
                    invoice_in("E-2", "carol@initech.test", "300.00", "EUR", "net 90", issued)):
            dovecot.append("ar", raw)
        runner.sync(issued + timedelta(hours=1))
        runner.tick(datetime(2026, 12, 7, 9, tzinfo=TZ))  # Monday: a digest, marks the day
        dovecot.append("ar", paid_in("I-1", "12,000,000.00", "IDR", datetime(2026, 12, 7, 11,
                                                                              tzinfo=TZ)))
        dovecot.append("ar", paid_in("U-1", "500.00", "USD", datetime(2026, 12, 7, 12,
                                                                      tzinfo=TZ)))
        runner.sync(datetime(2026, 12, 7, 13, tzinfo=TZ))
        now = datetime(2026, 12, 8, 9, 5, tzinfo=TZ)
        digest = runner.bot.reports.digest(now)
        # money in since Monday's digest: 12,000,000 IDR = 660.00 EUR, 500 USD = 460.00 EUR
        assert digest.since == date(2026, 12, 7)
        assert digest.money_in.per_currency == {"IDR": Decimal("12000000.00"),
                                                "USD": Decimal("500.00")}
        assert digest.money_in.in_company == Decimal("1120.00")
        # due 31 Oct (E-1, I-1: 38 days late), 30 Nov (U-1: 8), 30 Dec (E-2: not yet due)
        table = dict(digest.aging_table)
        assert table["not yet due"].per_currency == {"EUR": Decimal("300.00")}
        assert table["1-30 days"].per_currency == {"USD": Decimal("2000.00")}
        assert table["1-30 days"].in_company == Decimal("1840.00")
        assert table["31-60 days"].per_currency == {"EUR": Decimal("1200.00"),
                                                    "IDR": Decimal("36000000.00")}
        assert table["31-60 days"].in_company == Decimal("3180.00")  # 1,200 + 1,980
        assert table["61-90 days"].per_currency == table["over 90 days"].per_currency == {}
        assert digest.total_open.in_company == Decimal("5320.00")
        text = runner.bot.reports.render_digest(now).text
        assert "MONEY IN SINCE DECEMBER 7, 2026: IDR12,000,000.00 + $500.00 = €1,120.00" in text
        assert "total open    €1,500.00 + IDR36,000,000.00 + $2,000.00 = €5,320.00" in text
        assert "48000000" not in text
        assert "36000000" not in text
        # the sent mail is counted per client, not listed one line per mail
        assert "SENT (" in text
    finally:
        runner.close()


# ================================================================== bounce storm ====

def dsn(n: int) -> bytes:
    failed = f"old{n}@gone.test"
    return (
        "From: MAILER-DAEMON@mx.gone.test\r\nTo: ar@acme.test\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        "Date: Mon, 07 Dec 2026 03:31:00 +0100\r\n"
        f"Message-ID: <dsn-{n}@mx.gone.test>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n"
        "--b\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.gone.test\r\n"
        f"\r\nFinal-Recipient: rfc822; {failed}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n\r\n"
        "--b\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"Message-ID: <newsletter-{n}@acme.test>\r\nTo: {failed}\r\n\r\n--b--\r\n").encode()


@pytest.mark.slow
def test_a_bounce_storm_makes_a_short_digest(dovecot, smtp_sink, sqlite_url):
    """278 bounces of mail the bot never sent (someone's newsletter): each needs a person,
    but the digest shows the first ten and counts the rest."""
    runner = configured(dovecot, smtp_sink, sqlite_url)
    try:
        dovecot.append("ar", invoice_in("E-1", "bob@globex.test", "1,200.00", "EUR", "net 30",
                                        datetime(2026, 11, 2, 10, tzinfo=TZ)))
        for n in range(278):
            dovecot.append("ar", dsn(n))
        runner.sync(datetime(2026, 12, 7, 6, tzinfo=TZ))
        with runner.bot.store.session() as s:
            waiting = s.exec(select(MailMessage.id).where(
                MailMessage.needs_human == True, MailMessage.handled == False)).all()
        assert len(waiting) == 278
        runner.tick(datetime(2026, 12, 7, 9, tzinfo=TZ))
        [m] = [m for m in smtp_sink.messages if BOSS in m.rcpt_tos]
        subject, text, html = parts(m.data)
        assert subject.startswith("[mailbot] Daily digest December 7, 2026: 278 need you")
        commands = re.findall(r"-> `handled (\d+)`", text)
        assert len(commands) == 10
        assert "... and 268 more like this: `mailbot inbox`" in text
        assert "and 268 more like this" in html
        assert len(m.data) < 60_000, len(m.data)
        assert len(text.splitlines()) < 120
    finally:
        runner.close()


# ============================================================ rendered by Chromium ====

OUTPUT = Path(__file__).resolve().parent.parent / "test-output" / "digest"


def rich_digest():
    """A busy day: tasks of several kinds, mail to read, two currencies, a trend."""
    from mailbot.domain.money import Rates
    from mailbot.domain.values import InvoiceState, InvoiceView

    today = date(2026, 12, 8)

    def view(i: int, number: str, debtor: int, amount: str, due: date, currency: str = "EUR",
             hold: str | None = None) -> InvoiceView:
        return InvoiceView(id=i, number=number, debtor_id=debtor, state=InvoiceState.OPEN,
                           amount=Decimal(amount), paid_amount=Decimal(0), currency=currency,
                           issue_date=due - timedelta(days=30), due_date=due,
                           sent_at=datetime(2026, 10, 1, tzinfo=TZ), seen=False,
                           hold_until=due + timedelta(days=12) if hold else None,
                           hold_reason=hold, stages_done=frozenset())

    invoices = [view(1, "RE-2026-10-0042", 1, "1200.00", today - timedelta(days=40)),
                view(2, "INV/2026/11/0300", 2, "48000000", today - timedelta(days=95), "IDR"),
                view(3, "INV-700", 3, "980.00", today + timedelta(days=3)),
                view(4, "INV-800", 4, "15000.00", today - timedelta(days=5), "USD",
                     hold="promise")]
    names = {1: "Hartmann & Söhne GmbH Maschinenbau", 2: "PT Maju Jaya Sejahtera",
             3: "Nadir Pty", 4: "Dyn Corporation"}
    needs = [Line(f"[task {n}] call: {names[1 + n % 2]}", "30 days late, no word: call them "
                  "(open since 01 Dec)", 1 + n % 2, group="call",
                  debtor=names[1 + n % 2], invoice="RE-2026-10-0042",
                  invoice_id=1 + n % 2, amount=Decimal("1200.00"), currency="EUR",
                  since=today - timedelta(days=n), command=f"done {n}") for n in range(1, 14)]
    needs += [Line("[task 40] escalation: Dyn Corporation, INV-800",
                   "a demand letter is drafted (open since 06 Dec)", 4,
                   group="escalation", debtor="Dyn Corporation", invoice="INV-800",
                   invoice_id=4, amount=Decimal("15000.00"), currency="USD",
                   since=today - timedelta(days=2), command="approve 40"),
              Line("client reply from ap@dyn.test: Re: Invoice INV-800",
                   "asks for a copy of the contract", 4, group="mail",
                   debtor="Dyn Corporation", invoice="INV-800", invoice_id=4,
                   amount=Decimal("15000.00"), currency="USD", since=today,
                   command="handled 311")]
    rates = Rates("EUR", {"IDR": Decimal("0.000055"), "USD": Decimal("0.92")})
    trend = [(today - timedelta(weeks=k), Decimal(40 + 3 * k)) for k in range(7, -1, -1)]
    return build_digest(today, invoices, names, [Line("4 payment confirmation")],
                        [Line("PT Maju Jaya Sejahtera: 2 mails", "1 chase, 1 staff notice")],
                        needs, ranking=rank(today, invoices, {}, rates, ProfileConfig()),
                        money_in={"EUR": Decimal("640.00"), "IDR": Decimal(12000000)},
                        since=today - timedelta(days=1), trend=trend, promise_grace_days=2)


def png_facts(path: Path) -> tuple[int, int, int]:
    """Width, height and how many distinct byte values the pixel data holds (a blank
    page holds a handful)."""
    import struct
    import zlib

    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    pos, idat = 8, b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        if data[pos + 4:pos + 8] == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    return width, height, len(set(zlib.decompress(idat)))


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    assert exe, "Debian's chromium is needed (scripts/test.sh installs it)"
    return subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu",
                           "--hide-scrollbars", "--no-first-run", f"--user-data-dir={profile}",
                           *args], capture_output=True, text=True, timeout=120, check=False)


def test_the_html_digest_renders_at_desktop_and_phone_width(tmp_path):
    from mailbot.app.reports import render_digest

    rendered = render_digest(ENV, rich_digest())
    html = rendered.html
    # mail-client safe: no <style> left, style attributes instead, nothing fetched
    assert "<style" not in html
    assert 'name="viewport"' in html
    assert "max-width: 640px" in html
    assert not re.search(r"(src|href)=\"?(https?:)?//", html)
    assert "<script" not in html
    # grouped and capped: 13 calls, 10 shown
    assert "… and 3 more like this" in html
    assert "IDR48,000,000.00" in html
    assert "48000000" not in html
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page = OUTPUT / "digest.html"
    page.write_text(html, encoding="utf-8")
    (OUTPUT / "digest.txt").write_text(rendered.text, encoding="utf-8")
    for name, size in (("desktop", "1280,2000"), ("phone", "390,2000")):
        shot = OUTPUT / f"digest-{name}.png"
        shot.unlink(missing_ok=True)
        proc = chromium(f"--screenshot={shot}", f"--window-size={size}", page.as_uri(),
                        profile=tmp_path / "profile")
        assert shot.exists(), proc.stderr[-2000:]
        width, height, values = png_facts(shot)
        assert (width, height) == tuple(int(x) for x in size.split(","))
        assert shot.stat().st_size > 20_000, shot.stat().st_size
        assert values > 100, values  # text, bars and colours, not a blank page
        print(f"digest screenshot ({name}): {shot}")
    # at 360 px nothing is wider than the screen: the page, in a 360 px frame (headless
    # Chromium lays a window out no narrower than 500 px), measures itself
    probe = tmp_path / "probe.html"
    probe.write_text(
        '<html><body style="margin:0"><iframe id="f" style="width:360px;height:3000px;border:0"'
        f' srcdoc="{escape(html, quote=True)}"></iframe><script>'
        "window.onload = function () { var d = document.getElementById('f').contentDocument;"
        " document.body.setAttribute('data-w', d.documentElement.scrollWidth); };"
        "</script></body></html>", encoding="utf-8")
    proc = chromium("--dump-dom", "--virtual-time-budget=5000", probe.as_uri(),
                    profile=tmp_path / "profile")
    found = re.search(r'data-w="(\d+)"', proc.stdout)
    assert found, proc.stderr[-2000:]
    assert int(found.group(1)) <= 360, found.group(1)


# ================================================================= per sales rep ====

REP2 = "rep2@acme.test"


def test_each_sales_rep_gets_only_their_accounts(dovecot, smtp_sink, sqlite_url):
    runner = configured(dovecot, smtp_sink, sqlite_url, staff="digest_per_rep = true")
    issued = datetime(2026, 11, 2, 10, tzinfo=TZ)
    try:
        dovecot.append("ar", invoice_in("E-1", "bob@globex.test", "1,200.00", "EUR", "net 14",
                                        issued))
        dovecot.append("ar", invoice_in("E-2", "carol@initech.test", "700.00", "EUR",
                                        "net 14", issued, sender=REP2))
        runner.sync(issued + timedelta(hours=1))
        runner.tick(datetime(2026, 12, 18, 9, tzinfo=TZ))  # both over 30 days late: calls
        got = {}
        for m in smtp_sink.messages:
            subject, text, _ = parts(m.data)
            if subject.startswith("[mailbot] Daily digest"):
                [to] = m.rcpt_tos
                got[to] = text
        assert set(got) == {BOSS, STAFF, REP2}
        assert "E-1" in got[BOSS]
        assert "E-2" in got[BOSS]
        assert "E-1" in got[STAFF]
        assert "E-2" not in got[STAFF]
        assert "carol" not in got[STAFF].lower()
        assert "E-2" in got[REP2]
        assert "E-1" not in got[REP2]
        assert f"your accounts ({REP2})" in got[REP2]
        # the rep's aging is of their accounts only
        assert "total open    €700.00" in got[REP2]
        assert "total open    €1,900.00" in got[BOSS]
        # the whole digest has a section per rep: the larger share first, each with its
        # overdue money and the items of "needs you today" about its accounts (a call)
        section = got[BOSS].split("BY SALES REP", 1)[1].split("OPEN INVOICES BY AGE")[0]
        assert [line.strip() for line in section.strip().splitlines()] == [
            f"{STAFF}: 1 open invoice, €1,200.00; overdue €1,200.00; 1 item above",
            f"{REP2}: 1 open invoice, €700.00; overdue €700.00; 1 item above"]
        assert "BY SALES REP" not in got[REP2]
    finally:
        runner.close()


# ============================================================ a 60-day story ====

def listed_tasks(text: str) -> list[int]:
    """The task ids a digest lists, in its order (`done N`, `approve N`)."""
    return [int(n) for n in re.findall(r"-> `(?:done|approve) (\d+)`", text)]


def business_day(d: date) -> bool:
    import holidays

    return d.isoweekday() <= 5 and d not in holidays.country_holidays("DE", years=d.year)


@pytest.mark.slow
@pytest.mark.timeout(600)  # 480 ticks on the real servers: about 2 minutes on 2 cores
def test_sixty_days_of_digests_list_the_open_tasks_until_handled(dovecot, smtp_sink,
                                                                 sqlite_url, tmp_path):
    """The story of tests/test_story.py (ten debtors, four languages), 60 days: each
    business day's digest lists exactly the tasks open that morning, by priority, each
    day until it is handled; `mailbot done N` on day 50 takes one off from the next
    digest on. No digest on a weekend or a German holiday."""
    from tests.test_story import PROFILES, day, play

    config = tmp_path / "config.toml"
    config.write_text(config_text(dovecot, smtp_sink, sqlite_url, extra=PROFILES),
                      encoding="utf-8")
    runner = Runner.open(parse_config(config.read_text(encoding="utf-8"), "test config"))
    texts: dict[date, str] = {}
    open_then: dict[date, set[int]] = {}
    done_id = None
    try:
        for n, hh, now in play(runner, dovecot, 61):
            if hh == 9:
                row = digest_rows(runner).get(f"digest:{day(n).isoformat()}")
                if row is not None:
                    texts[day(n)] = parts(row.raw)[1]
                    with runner.bot.store.session() as s:
                        open_then[day(n)] = set(s.exec(select(Task.id).where(
                            Task.state == "open")).all())
            if n == 50 and hh == 12:  # staff handle the dispute, from the command line
                [done_id] = [t.id for t in tasks.open_tasks(runner.bot.store)
                             if t.kind == "dispute"]
                proc = subprocess.run(
                    [sys.executable, "-m", "mailbot", "done", str(done_id), "--config",
                     str(config), "--now", now.isoformat()],
                    capture_output=True, text=True, timeout=60, check=False)
                assert proc.returncode == 0, proc.stderr
        OUTPUT.mkdir(parents=True, exist_ok=True)
        log = OUTPUT / "story-digests.txt"
        log.write_text("\n\n".join(f"===== {d}\n{t}" for d, t in sorted(texts.items())),
                       encoding="utf-8")
        print(f"the story's digests: {log}")
        # one on each business day, none on the others
        assert sorted(texts) == [day(n) for n in range(61) if business_day(day(n))]
        first_seen: dict[int, date] = {}
        for d, text in sorted(texts.items()):
            ids = listed_tasks(text)
            assert len(ids) == len(set(ids)), (d, ids)
            assert set(ids) == open_then[d], (d, ids, open_then[d])  # all open, none other
            assert "more like this" not in text
            for tid in ids:
                first_seen.setdefault(tid, d)
        # kept: once listed, a task is on every digest until it is closed
        with runner.bot.store.session() as s:
            closed = {t.id: t.closed_at for t in s.exec(select(Task))}
        for tid, first in first_seen.items():
            end = closed[tid]
            for d, text in sorted(texts.items()):
                if d >= first and (end is None or d <= end.astimezone(TZ).date()):
                    assert tid in listed_tasks(text) or (end and d == end.astimezone(TZ).date()), (tid, d)
        # by priority: the money in EUR, its age, the client's risk; a currency with no
        # rate after (the oldest first); a broken promise before a call on a tie
        with runner.bot.store.session() as s:
            what = {t.id: (t.kind, inv.number if inv else "") for t, inv in s.exec(
                select(Task, Invoice).outerjoin(Invoice, col(Invoice.id) == col(Task.invoice_id)))}
        assert [what[t] for t in listed_tasks(texts[date(2026, 12, 31)])] == [
            ("promise_broken", "INV-600"), ("promise_broken", "INV/2026/11/0300"),
            ("call", "INV-600"), ("call", "INV-700"), ("call", "СЧ-2026-400"),
            ("call", "СЧ-2026-410"), ("stop", "")]
        # the dispute done on day 50: on that morning's digest, on none after
        assert done_id is not None
        assert done_id in listed_tasks(texts[day(50)])
        assert all(done_id not in listed_tasks(t) for d, t in texts.items() if d > day(50))
        assert len(first_seen) >= 4
    finally:
        runner.close()


def test_dso_is_recomputed_from_the_ledger_history():
    """DSO on a day = what was owed that day over the last 90 days' invoicing, x 90: the
    payments after the day are owed on it, a write-off leaves what is owed from its day
    but not the sales, money with no rate counts nowhere."""
    from mailbot.domain.money import Rates
    from mailbot.playbook.digest import dso_trend

    today = date(2026, 12, 8)
    ago = [today - timedelta(days=n) for n in range(200)]
    rates = Rates("EUR", {"USD": Decimal("0.92")})
    invoices = [(1, Decimal(1000), "EUR", ago[100], None),  # old, unpaid: owed, not sales
                (2, Decimal(900), "EUR", ago[30], None),  # paid 3 days ago
                (3, Decimal(100), "USD", ago[10], None),  # 92.00 EUR
                (4, Decimal(500), "EUR", ago[20], ago[5]),  # written off 5 days ago
                (5, Decimal(700), "GBP", ago[15], None)]  # no rate: left out
    balances = {1: Decimal(1000), 2: Decimal(0), 3: Decimal(100), 4: Decimal(500),
                5: Decimal(700)}
    paid = {2: [(ago[3], Decimal(900))]}
    got = dso_trend(today, invoices, paid, balances, rates.convert, weeks=3)
    assert got == [
        # 14 days ago: owed 1,000 + 900 + 500 (the USD one not yet issued), all three
        # issued in the 90 days before
        (ago[14], Decimal(90)),
        # a week ago: + 92.00 owed and sold; the old one is out of the sales window
        (ago[7], Decimal(round(Decimal(2492) * 90 / Decimal(1492)))),
        # today: 900 paid, 500 written off: owed 1,092 over the same sales
        (today, Decimal(round(Decimal(1092) * 90 / Decimal(1492))))]
    assert [d for _, d in got] == [Decimal(90), Decimal(150), Decimal(66)]

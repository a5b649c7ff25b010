"""`mailbot demo`: a scripted month of accounts receivable on throw-away local servers.

Staff Cc the bot on two invoices; one client's server sends a read receipt; reminders go
out on schedule; a client replies with a promise; payments arrive and thank-yous go out;
the day's digest is written to an HTML file. Time is simulated: the bot is driven at
chosen instants through the same services the daemon uses.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import smtplib
import tempfile
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from email import message_from_bytes, policy
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.markup import escape
from sqlmodel import select

from mailbot.adapters.config import parse_config
from mailbot.adapters.mailbox import sync_once
from mailbot.adapters.models import Debtor, Invoice, MailMessage, Outbox
from mailbot.adapters.smtp import SmtpSender
from mailbot.adapters.store import Store
from mailbot.app.results import IngestResult
from mailbot.app.services import App
from mailbot.domain.money import format_money
from mailbot.tools.demo_servers import DemoServers

TZ = ZoneInfo("Europe/Berlin")
AR = "ar@acme.example"
STAFF = "anna@acme.example"
OWNER = "owner@acme.example"
BOB = "bob@globex.example"
CAROL = "carola@initech.example"
NAMES = {BOB: "Bob Miller", CAROL: "Carola Schmidt"}
LANGUAGES = {"en": "English", "de": "German", "id": "Indonesian", "ru": "Russian"}
EXCERPT_LINES = 4  # of each letter the bot sends
BANK = "payments@bank.example"
USERS = dict.fromkeys((AR, STAFF, OWNER, BOB, CAROL, BANK), "demo")
AUTH = ("Authentication-Results: mx.acme.example; dkim=pass header.d={d}; spf=pass; "
        "dmarc=pass header.from={d}")

CONFIG = """
[mailbox]
address = "ar@acme.example"
display_name = "Acme Accounts"

[imap]
host = "127.0.0.1"
port = {imap_port}
security = "plain"
username = "ar@acme.example"
password_env = "MAILBOT_DEMO_PASSWORD"
idle = false

[smtp]
host = "127.0.0.1"
port = {smtp_port}
security = "plain"

[database]
url = "sqlite:///{db}"

[company]
name = "Acme Design Studio"
signature = "Anna Weber, Accounts"

[company.payment]
holder = "Acme Design Studio"
iban = "DE89 3704 0044 0532 0130 00"
bic = "COBADEFFXXX"
link = "https://pay.acme.example/invoices?ref={{reference}}"

[staff]
domains = ["acme.example"]
digest_to = ["owner@acme.example"]

[payments]
notifiers = ["payments@bank.example"]

[trust]
require_authentication = true
authserv_ids = ["mx.acme.example"]

[schedule]
timezone = "Europe/Berlin"
holidays_country = "DE"
digest_hour = 8
"""


def at(d: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(d, time(hh, mm), TZ)


def _mail(sender: str, to: list[str], subject: str, body: str, when: datetime, *,
          cc: list[str] | None = None, reply_to_id: str | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = make_msgid(domain=sender.split("@")[1])
    if reply_to_id:
        msg["In-Reply-To"] = reply_to_id
        msg["References"] = reply_to_id
    msg.set_content(body)
    return msg


def _with_auth(msg: EmailMessage) -> bytes:
    """What our receiving server would prepend: its verdict on the sender's domain."""
    domain = str(msg["From"]).split("@")[1].rstrip(">")
    return (AUTH.format(d=domain) + "\r\n").encode() + msg.as_bytes()


def _invoice(number: str, to: str, name: str, amount: str, terms: str, when: datetime
             ) -> EmailMessage:
    body = (f"Dear {name},\n\nplease find our invoice {number} for the design work in "
            f"October.\n\nInvoice number: {number}\nInvoice date: {when.date().isoformat()}\n"
            f"Total amount due: EUR {amount}\n{terms}\n\nThank you for your business!\n\n"
            "Anna Weber\nAcme Design Studio")
    return _mail(STAFF, [f"{NAMES[to]} <{to}>"], f"Invoice {number} from Acme Design Studio",
                 body, when, cc=[AR])


def _rechnung(number: str, to: str, amount: str, due: str, when: datetime) -> EmailMessage:
    """Anna writes to the German client in German: the bot answers in German too."""
    body = (f"Sehr geehrte Frau Schmidt,\n\nanbei erhalten Sie unsere Rechnung {number} für "
            f"die Gestaltungsarbeiten im Oktober.\n\nRechnungsnummer: {number}\n"
            f"Rechnungsdatum: {when:%d.%m.%Y}\nGesamtbetrag: EUR {amount}\nZahlbar bis: {due}"
            "\n\nVielen Dank für Ihren Auftrag!\n\nMit freundlichen Grüßen\nAnna Weber\n"
            "Acme Design Studio")
    return _mail(STAFF, [f"{NAMES[to]} <{to}>"],
                 f"Rechnung {number} von Acme Design Studio", body, when, cc=[AR])


def _mdn(original: EmailMessage, reader: str, when: datetime) -> bytes:
    boundary = "mdn-boundary-1"
    return (
        f"From: {reader}\r\nTo: {AR}\r\nSubject: Read: {original['Subject']}\r\n"
        f"Date: {format_datetime(when)}\r\nMessage-ID: {make_msgid(domain='initech.example')}\r\n"
        f"MIME-Version: 1.0\r\nContent-Type: multipart/report; "
        f"report-type=disposition-notification; boundary=\"{boundary}\"\r\n\r\n"
        f"--{boundary}\r\nContent-Type: text/plain\r\n\r\nYour message was displayed.\r\n"
        f"--{boundary}\r\nContent-Type: message/disposition-notification\r\n\r\n"
        f"Final-Recipient: rfc822;{reader}\r\nOriginal-Message-ID: {original['Message-ID']}\r\n"
        f"Disposition: manual-action/MDN-sent-manually; displayed\r\n\r\n--{boundary}--\r\n"
    ).encode()


class Story:
    def __init__(self, console: Console, servers: DemoServers, bot: App) -> None:
        self.console = console
        self.servers = servers
        self.bot = bot
        self.header: str | None = None

    def say(self, text: str) -> None:
        if self.header:  # a day's heading is printed only when something happens
            self.console.rule(self.header, style="dim")
            self.header = None
        self.console.print(text)

    def staff_send(self, msg: EmailMessage, who: str) -> None:
        """Staff mail the client; the bot's Cc copy arrives through our receiving server."""
        self.say(f"  [cyan]→ Anna (staff) sends[/] \"{escape(str(msg['Subject']))}\" to {who}, "
                 "with the bot in Cc")
        with smtplib.SMTP(self.servers.host, self.servers.smtp_port) as s:
            s.send_message(msg, to_addrs=[parseaddr(str(msg["To"]))[1]])
        self.servers.append(AR, _with_auth(msg))

    def arrive(self, raw: bytes, label: str) -> None:
        self.servers.append(AR, raw)
        self.say(f"  [cyan]→ arrives:[/] {label}")

    def step(self, now: datetime, *, show_digest: bool = False) -> None:
        """What the daemon does at `now`: read new mail, then run the schedule."""
        for r in sync_once(self.bot.config.imap, self.bot.store, self.bot.inbox.ingest,
                           lambda: now):
            style = "yellow" if r.needs_human else "green"
            self.say(f"    [{style}]the bot understands:[/] {escape(self.understood(r))}")
        report = asyncio.run(self.bot.tick(now))
        for row in report.sent:
            if row.kind == "digest" and not show_digest:
                continue  # mailed every morning; shown once, at the end
            self.say(f"  [magenta]← the bot writes[/] {escape(self.written(row))}")
            for line in excerpt(row.raw):
                self.say(f"  [dim]│[/] {escape(line)}")

    def understood(self, r: IngestResult) -> str:
        """What the bot made of a message, in a shop owner's words."""
        with self.bot.store.session() as s:
            row = s.get(MailMessage, r.message_pk) if r.message_pk else None
            c: dict[str, Any] = row.classification if row is not None else {}
            inv = s.get(Invoice, row.invoice_id) if row and row.invoice_id else None
            if inv is None and c.get("original_message_id"):  # a receipt: by its thread
                inv = s.exec(select(Invoice).where(
                    Invoice.thread_message_id == c["original_message_id"])).first()
            debtor_id = (row.debtor_id if row else None) or (inv.debtor_id if inv else None)
            debtor = s.get(Debtor, debtor_id) if debtor_id else None
        who = debtor.name if debtor else "the client"
        numbers = " and ".join(c.get("invoice_numbers") or ([inv.number] if inv else []))
        kind = c.get("kind") or r.kind
        if r.status == "quarantined":
            return "a message it cannot read: kept aside for a person"
        if kind == "invoice_copy" and c.get("invoice"):
            i = c["invoice"]
            lang = LANGUAGES.get(debtor.language, debtor.language) if debtor else "English"
            return (f"a new invoice to follow up: {i['number']} to {who}, "
                    f"{format_money(Decimal(i['amount']), i['currency'])}, due "
                    f"{date.fromisoformat(i['due_date']):%a %d %b}; its letters to {who} will be "
                    f"in {lang}")
        if kind == "read_receipt":
            return (f"{who} opened invoice {inv.number if inv else '(unknown)'}: no need to "
                    "ask whether it arrived")
        if kind == "payment_confirmation" and c.get("payment"):
            p = c["payment"]
            return (f"the bank received {format_money(Decimal(p['amount']), p['currency'])} "
                    f"from {p.get('payer') or who} for {numbers}: marked paid")
        if kind == "client_reply":
            intent = c.get("intent")
            if intent == "promise" and c.get("promised_date"):
                return (f"{who} promises to pay {numbers} by "
                        f"{date.fromisoformat(c['promised_date']):%A %d %b}: no reminders "
                        "until then")
            said = {"dispute": "disputes the invoice", "paid_claim": "says it is paid",
                    "stop": "asks not to be written to again"}.get(intent or "", "replied")
            return f"{who} {said}: passed to a person" if r.needs_human else f"{who} {said}"
        if kind == "bounce":
            return "an address bounced: staff are told"
        if kind == "auto_reply":
            return f"an out-of-office note from {who}: reminders wait"
        if r.needs_human:
            return ("a message from someone who is not a client, staff or the bank: left "
                    "for a person to answer")
        return f"nothing to do ({(kind or 'other').replace('_', ' ')})"

    def written(self, row: Outbox) -> str:
        """Who the bot wrote to and what, in words: never its internal names."""
        to = ", ".join(f"{NAMES[a]} <{a}>" if a in NAMES else a for a in row.recipients)
        what = {"chase": "a reminder", "thank_you": "a thank-you", "digest":
                "the daily digest", "statement": "a statement"}.get(row.kind, "a letter")
        lang = ""
        if row.debtor_id is not None:
            with self.bot.store.session() as s:
                debtor = s.get(Debtor, row.debtor_id)
            if debtor is not None and debtor.language != "en":
                lang = f" in {LANGUAGES.get(debtor.language, debtor.language)}"
        return f"{what}{lang} to {to}: \"{row.subject}\""


def excerpt(raw: bytes, lines: int = EXCERPT_LINES, width: int = 96) -> list[str]:
    """The first lines of a letter's plain text, each cut at a word near `width`."""
    msg = message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    part = msg.get_body(preferencelist=("plain",))
    text = part.get_content() if isinstance(part, EmailMessage) else ""
    out = []
    for line in (ln.strip() for ln in text.splitlines()):
        if not line:
            continue
        if len(line) > width:
            line = line[:width].rsplit(" ", 1)[0] + " …"
        out.append(line)
        if len(out) == lines:
            break
    return out


def run_demo(console: Console, *, keep: bool = False, start: date = date(2026, 11, 2),
             digest_path: Path | None = None) -> Path:
    work = Path(tempfile.mkdtemp(prefix="mailbot-demo-"))
    os.environ["MAILBOT_DEMO_PASSWORD"] = "demo"
    digest_path = (digest_path or Path("mailbot-demo-digest.html")).resolve()
    with DemoServers(USERS) as servers:
        cfg = parse_config(CONFIG.format(imap_port=servers.imap_port,
                                         smtp_port=servers.smtp_port, db=work / "demo.db"),
                           "demo config")
        store = Store(cfg.database.url)
        store.migrate()
        bot = App(cfg, store, SmtpSender(cfg.smtp, sender=AR))
        story = Story(console, servers, bot)
        console.print("[bold]mailbot demo[/]: Acme Design Studio's AR inbox, "
                      f"{start:%d %b} to {start + timedelta(days=31):%d %b %Y} (simulated)\n"
                      f"IMAP 127.0.0.1:{servers.imap_port}, SMTP 127.0.0.1:{servers.smtp_port}, "
                      "timezone Europe/Berlin. The digest is mailed to the owner every "
                      "morning at 08:00.\nBob (Globex) is written to in English, Carola "
                      "(Initech) in German: each letter the bot sends is shown by its first "
                      "lines.\n")
        try:
            _play(story, start)
            now = at(start + timedelta(days=30), 8, 5)
            story.header = f"{now:%a %d %b %Y} 08:05: the daily digest"
            story.step(now, show_digest=True)
            try:
                digest_path.write_text(bot.reports.render_digest(now).html, encoding="utf-8")
            except OSError:  # a read-only folder: the system's temp folder instead
                digest_path = Path(tempfile.gettempdir()) / digest_path.name
                digest_path.write_text(bot.reports.render_digest(now).html, encoding="utf-8")
            _summary(console, servers)
        finally:
            store.close()
            if not keep:
                shutil.rmtree(work, ignore_errors=True)
    console.print(f"\nThe digest for {now:%d %b %Y} is in [bold]{digest_path}[/]")
    if keep:
        console.print(f"The demo database is kept in {work / 'demo.db'}")
    return digest_path


def _play(story: Story, start: date) -> None:
    inv_bob = _invoice("INV-2026-0142", BOB, "Bob", "1,200.00", "Payment terms: net 14 days",
                       at(start, 10))
    inv_carol = _rechnung("INV-2026-0143", CAROL, "860,00", "02.12.2026", at(start, 10, 5))

    def bob_replies(day: date) -> None:
        parent = message_from_bytes(story.servers.fetch_all(BOB)[-1])
        reply = _mail(BOB, [AR], f"Re: {parent['Subject']}",
                      "Hello Anna,\n\nsorry for the delay, it has been a busy month. "
                      "We will pay by Friday.\n\nBest regards,\nBob Miller\n",
                      at(day, 10, 40), reply_to_id=parent["Message-ID"])
        story.arrive(_with_auth(reply), "Bob replies to the past-due note")

    def bank(day: date, amount: str, payer: str, number: str) -> None:
        story.arrive(_with_auth(_mail(
            BANK, [AR], f"Incoming payment EUR {amount}",
            f"Incoming credit transfer\nAmount: EUR {amount}\nFrom: {payer}\n"
            f"Reference: {number}\nValue date: {day.isoformat()}\n", at(day, 8, 0))),
            f"the bank reports a payment from {payer}")

    def stranger(day: date) -> None:
        story.arrive(_with_auth(_mail(
            "info@newclient.example", [AR], "Question about your services",
            "Hi, do you also design packaging? Who could I talk to?\n", at(day, 9, 0))),
            "a question from someone the bot does not know")

    def staff_sends(day: date) -> None:
        story.staff_send(inv_bob, "Bob at Globex")
        story.staff_send(inv_carol, "Carola at Initech, in German")

    def last_day(day: date) -> None:
        bank(day, "860.00", "Initech AG", "INV-2026-0143")
        stranger(day)

    script: dict[int, Callable[[date], None]] = {
        0: staff_sends,
        1: lambda day: story.arrive(_mdn(inv_carol, CAROL, at(day, 8, 10)),
                                    "a read receipt from Initech's mail server"),
        22: bob_replies,
        25: lambda day: bank(day, "1,200.00", "Globex GmbH", "INV-2026-0142"),
        29: last_day,
    }
    for offset in range(30):
        day = start + timedelta(days=offset)
        story.header = f"{day:%a %d %b %Y}"
        if offset in script:
            script[offset](day)
        story.step(at(day, 11 if offset == 0 else 9, 30))


def _summary(console: Console, servers: DemoServers) -> None:
    console.rule("what each client received", style="dim")
    for who in (BOB, CAROL):
        for raw in servers.fetch_all(who):
            m = message_from_bytes(raw)
            subject = str(make_header(decode_header(str(m["Subject"]))))
            console.print(f"  {NAMES[who]:15} {m['Date'][:16]}  {escape(subject)}")

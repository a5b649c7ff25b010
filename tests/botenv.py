"""Building blocks for tests that run the bot against the private Dovecot and SmtpSink:
a config for them, the messages the outside world sends, and a clock-driven runner."""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass
from datetime import date, datetime, time
from email import message_from_bytes
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import select

from mailbot.adapters.config import Config, parse_config
from mailbot.adapters.mailbox import sync_once
from mailbot.adapters.models import Outbox
from mailbot.adapters.smtp import SmtpSender
from mailbot.adapters.store import Store
from mailbot.app.results import IngestResult, TickReport
from mailbot.app.services import App

TZ = ZoneInfo("Europe/Berlin")
AR = "ar@acme.test"
STAFF = "staff@acme.test"
BOSS = "boss@acme.test"
BOB = "bob@globex.test"
CAROL = "carol@initech.test"
BANK = "payments@bank.test"
AUTHSERV = "mx.acme.test"

CONFIG = """
[mailbox]
address = "{ar}"
display_name = "Acme Accounts"

[imap]
host = "127.0.0.1"
port = {imap_port}
security = "plain"
username = "ar"
password_env = "MAILBOT_TEST_IMAP_PASSWORD"
idle = {idle}
poll_seconds = 1
idle_seconds = 5

[smtp]
host = "127.0.0.1"
port = {smtp_port}
security = "plain"

[database]
url = "{db_url}"

[company]
name = "Acme Design"
payment_instructions = "IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX"
signature = "Acme Accounts"

[staff]
domains = ["acme.test"]
digest_to = ["{boss}"]

[payments]
notifiers = ["{bank}"]

[trust]
require_authentication = true
authserv_ids = ["{authserv}"]

[schedule]
timezone = "Europe/Berlin"
holidays_country = "DE"
digest_hour = 8
"""


def config_text(dovecot, sink, db_url: str, *, idle: bool = True, extra: str = "") -> str:
    os.environ["MAILBOT_TEST_IMAP_PASSWORD"] = dovecot.users["ar"]
    return CONFIG.format(ar=AR, imap_port=dovecot.imap_port, smtp_port=sink.port,
                         db_url=db_url, boss=BOSS, bank=BANK, authserv=AUTHSERV,
                         idle="true" if idle else "false") + extra


def make_config(dovecot, sink, db_url: str, **kw) -> Config:
    return parse_config(config_text(dovecot, sink, db_url, **kw), "test config")


def write_config(path: Path, dovecot, sink, db_url: str, *, migrated: bool = True,
                 **kw) -> Path:
    """The config file, and (unless `migrated` is False) its database created as the
    operator's `mailbot migrate` would: no other command creates one."""
    path.write_text(config_text(dovecot, sink, db_url, **kw))
    if migrated:
        migrate(db_url)
    return path


def migrate(db_url: str) -> None:
    store = Store(db_url)
    try:
        store.migrate()
    finally:
        store.close()


def broken_templates(tmp_path: Path) -> Path:
    """The shipped templates, but a digest that names a variable nobody passes: every
    digest fails to render, as a real bug in a custom template would."""
    import shutil

    target = tmp_path / "templates"
    shutil.copytree(Path(__file__).resolve().parent.parent / "templates", target)
    digest = target / "en" / "digest.j2"
    digest.write_text("{{ no_such_variable }}\n" + digest.read_text(encoding="utf-8"),
                      encoding="utf-8")
    return target


def action_keys(db: Store | str, raws: list[bytes]) -> list[str]:
    """The outbox action behind each mail the bot sent ("" for other mail), by Message-ID:
    mail to clients carries no internal header, so tests ask the store."""
    store = Store(db) if isinstance(db, str) else db
    try:
        with store.session() as s:
            by_mid = dict(s.exec(select(Outbox.message_id, Outbox.action_key)).all())
    finally:
        if isinstance(db, str):
            store.close()
    return [by_mid.get(message_from_bytes(raw)["Message-ID"] or "", "") for raw in raws]


def at(d: date, hh: int = 9, mm: int = 30) -> datetime:
    return datetime.combine(d, time(hh, mm), TZ)


def mail(sender: str, to: list[str], subject: str, body: str, when: datetime, *,
         cc: list[str] | None = None, reply_to: str | None = None,
         authenticated: bool = True, headers: dict[str, str] | None = None) -> bytes:
    """A message as the AR inbox receives it; our MX stamps Authentication-Results."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = make_msgid(domain=sender.split("@")[1])
    if reply_to:
        msg["In-Reply-To"] = reply_to
        msg["References"] = reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    domain = sender.split("@")[1]
    verdict = "pass" if authenticated else "fail"
    stamp = (f"Authentication-Results: {AUTHSERV}; dkim={verdict} header.d={domain}; "
             f"spf={verdict} smtp.mailfrom={domain}; dmarc={verdict} header.from={domain}\r\n")
    return stamp.encode() + msg.as_bytes()


def invoice_mail(number: str, to: str, amount: str, terms: str, when: datetime) -> bytes:
    body = (f"Hello,\n\nplease find attached invoice {number}.\n\nInvoice number: {number}\n"
            f"Total amount due: EUR {amount}\n{terms}\n\nKind regards\nStaff\n")
    return mail(STAFF, [to], f"Invoice {number}", body, when, cc=[AR])


def payment_mail(number: str, amount: str, when: datetime, **kw) -> bytes:
    return mail(BANK, [AR], f"Incoming payment EUR {amount}",
                f"Credit transfer received\nAmount: EUR {amount}\nReference: {number}\n",
                when, **kw)


@dataclass
class Runner:
    """Drives the app's services at chosen instants, as the daemon would: sync, then tick."""

    config: Config
    bot: App

    @classmethod
    def open(cls, config: Config) -> Runner:
        store = Store(config.database.url)
        store.migrate()
        return cls(config, App(config, store, SmtpSender(config.smtp, sender=config.mailbox.address,
                                                          attempts=1)))

    def sync(self, now: datetime) -> list[IngestResult]:
        return sync_once(self.bot.config.imap, self.bot.store, self.bot.inbox.ingest,
                         lambda: now, batches=self.bot.inbox.batches)

    def tick(self, now: datetime) -> TickReport:
        return asyncio.run(self.bot.tick(now))

    def step(self, now: datetime) -> tuple[list[IngestResult], TickReport]:
        return self.sync(now), self.tick(now)

    def close(self) -> None:
        self.bot.store.close()

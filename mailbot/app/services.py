"""The services of one worker, wired together: what cli.py, daemon.py and the demo drive.

    inbox       Ingest      message -> readers -> appliers -> ledger (app/ingest.py)
    scheduler   Scheduler   plan -> re-validate under lock -> queue (app/scheduler.py)
    dispatcher  Dispatcher  outbox claims and sends, at most once (app/dispatcher.py)
    reports     Reports     digest data, status, failed actions (app/reports.py)

`now` is always passed in; nothing here reads the clock.
"""

from __future__ import annotations

from datetime import datetime

from mailbot.adapters.config import Config
from mailbot.adapters.render import make_env
from mailbot.adapters.sent_folder import SentFolder
from mailbot.adapters.smtp import Sender
from mailbot.adapters.store import Store
from mailbot.app.appliers import Appliers
from mailbot.app.commands import Commands
from mailbot.app.dispatcher import Dispatcher
from mailbot.app.ingest import Ingest
from mailbot.app.reports import Reports
from mailbot.app.results import TickReport
from mailbot.app.scheduler import Scheduler


class App:
    def __init__(self, config: Config, store: Store, sender: Sender | None = None) -> None:
        self.config = config
        self.store = store
        env = make_env(config.templates_dir)
        self.reports = Reports(config, store, env)
        appliers = Appliers(config, store, env)
        self.inbox = Ingest(config, store, appliers)
        self.scheduler = Scheduler(config, store, env, self.reports)
        # staff commands, by mail (the appliers) and by `mailbot do`/`paid`/...: one set
        self.commands = appliers.commands = Commands(config, store, self.scheduler)
        # copies of sent mail go to the mailbox's Sent folder: the evidence recovery uses
        sent = SentFolder(config.imap) if sender is not None else None
        self.dispatcher = Dispatcher(store, sender, sent)
        self.inbox.cancel_moot = self.dispatcher.cancel_moot  # a payment ends its reminders

    async def tick(self, now: datetime) -> TickReport:
        """One whole cycle, as `mailbot tick` runs it: recover dead workers' claims, plan
        and queue, then send. (The daemon runs the parts apart: see daemon.py.)"""
        self.dispatcher.recover(now)
        report = self.scheduler.enqueue(now)
        sent = await self.dispatcher.flush(now)
        report.sent, report.failed, report.errors = sent.sent, sent.failed, sent.errors
        report.uncertain, report.cancelled = sent.uncertain, sent.cancelled
        return report

    async def send_digest(self, now: datetime) -> TickReport:
        """Queue today's digest now (once per day, whatever the hour) and send it."""
        self.scheduler.queue_digest(now)
        return await self.dispatcher.flush(now)

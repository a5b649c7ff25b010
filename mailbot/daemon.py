"""`mailbot run`: the mail watcher, the periodic tick and the digest, until a signal.

The IMAP loop is blocking (imapclient) and runs in a thread; the ticks run on the event
loop under apscheduler. SIGINT/SIGTERM set a stop event; each part finishes its current
unit of work and exits.
"""

from __future__ import annotations

import asyncio
import signal
import threading
from collections.abc import Callable
from datetime import UTC, datetime

import structlog
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from mailbot.mailbox import watch
from mailbot.pipeline import Bot, IngestResult

log = structlog.get_logger()


def wall_clock() -> datetime:
    return datetime.now(UTC)


async def run_daemon(bot: Bot, clock: Callable[[], datetime] = wall_clock,
                     stop: asyncio.Event | None = None) -> None:
    cfg = bot.config
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    lock = asyncio.Lock()

    async def tick() -> None:
        async with lock:
            if stop.is_set():
                return
            try:
                report = await bot.tick(clock())
                if report.queued or report.sent or report.failed:
                    log.info("tick", queued=len(report.queued), sent=len(report.sent),
                             failed=len(report.failed))
            except Exception as e:  # a bad tick is logged; the next one tries again
                log.exception("tick failed", error=str(e))

    uncertain = bot.recover(clock())
    if uncertain:
        log.warning("mails left mid-send by a crash are marked uncertain", count=uncertain)
    scheduler = AsyncIOScheduler(timezone=cfg.schedule.tz)
    scheduler.add_job(tick, IntervalTrigger(minutes=cfg.schedule.tick_minutes),
                      next_run_time=clock(), max_instances=1, coalesce=True, id="tick")
    scheduler.add_job(tick, CronTrigger(hour=cfg.schedule.digest_hour, minute=0),
                      max_instances=1, coalesce=True, id="digest")
    scheduler.start()

    pending: set[asyncio.Task[None]] = set()

    def start_tick() -> None:
        task = loop.create_task(tick())
        pending.add(task)
        task.add_done_callback(pending.discard)

    def on_new(results: list[IngestResult]) -> None:
        # new mail may call for a thank-you or a hold: run a tick soon, on the loop
        loop.call_soon_threadsafe(start_tick)

    thread_stop = threading.Event()
    # the watcher gets the ingest callable and the store, nothing else of the bot
    watcher = asyncio.create_task(asyncio.to_thread(
        watch, cfg.imap, bot.store, bot.ingest, clock, thread_stop, on_new))
    log.info("mailbot running", mailbox=cfg.mailbox.address, folder=cfg.imap.folder)
    try:
        await stop.wait()
    finally:
        log.info("stopping")
        bot.stopping.set()
        thread_stop.set()
        scheduler.shutdown(wait=False)
        await watcher
        async with lock:  # let a running tick finish the mail in hand
            pass
        await asyncio.gather(*pending, return_exceptions=True)
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
        log.info("stopped")

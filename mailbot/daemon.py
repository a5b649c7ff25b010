"""`mailbot run`: the mail watcher, the periodic tick and the digest, until a signal.

The IMAP loop is blocking (imapclient) and runs in a thread; the ticks run on the event
loop under apscheduler and only plan and queue; a dispatcher task sends what is queued, so
a slow or hung SMTP server never keeps ingest or ticks from queuing. SIGINT/SIGTERM set a
stop event; each part finishes its current unit of work and exits: a send that has
reached DATA finishes and records its outcome, one that has not is given back unsent.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import threading
from collections.abc import Callable
from datetime import datetime

import structlog
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from mailbot.adapters.clock import wall_clock
from mailbot.adapters.mailbox import watch
from mailbot.adapters.memory import give_back
from mailbot.app.results import IngestResult
from mailbot.app.services import App

log = structlog.get_logger()

DISPATCH_POLL_SECONDS = 60.0


async def run_daemon(bot: App, clock: Callable[[], datetime] = wall_clock,
                     stop: asyncio.Event | None = None) -> None:
    cfg = bot.config
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    wake = asyncio.Event()  # something was queued: the dispatcher looks now

    async def tick() -> None:
        if stop.is_set():
            return
        try:
            now = clock()
            bot.dispatcher.recover(now)
            report = bot.scheduler.enqueue(now)  # no network here: sending is the dispatcher's
            if report.queued:
                log.info("tick", queued=len(report.queued))
        except Exception as e:  # a bad tick is logged; the next one tries again
            log.exception("tick failed", error=str(e))
        give_back()  # the tick's rows are freed: their pages go back, not stay resident
        wake.set()

    async def dispatch() -> None:
        while not stop.is_set():
            wake.clear()
            try:
                report = await bot.dispatcher.flush(clock(), clock=clock)
                if report.sent or report.failed or report.uncertain or report.cancelled:
                    log.info("dispatch", sent=len(report.sent), failed=len(report.failed),
                             uncertain=len(report.uncertain), cancelled=len(report.cancelled))
            except Exception as e:  # logged; the next round tries again
                log.exception("dispatch failed", error=str(e))
            if stop.is_set():
                break
            # retries fall due with time: look at least once a minute
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wake.wait(), timeout=DISPATCH_POLL_SECONDS)

    uncertain = bot.dispatcher.recover(clock())
    if uncertain:
        log.warning("mails left mid-send by a dead worker are marked uncertain",
                    count=uncertain)
    scheduler = AsyncIOScheduler(timezone=cfg.schedule.tz)
    # apscheduler runs on the wall clock: handed an injected clock's time in the past, it
    # would first list every interval since (a month at a short interval: millions)
    scheduler.add_job(tick, IntervalTrigger(minutes=cfg.schedule.tick_minutes),
                      next_run_time=wall_clock(), max_instances=1, coalesce=True, id="tick")
    scheduler.add_job(tick, CronTrigger(hour=cfg.schedule.digest_hour, minute=0),
                      max_instances=1, coalesce=True, id="digest")
    scheduler.start()
    dispatcher = asyncio.create_task(dispatch())

    pending: set[asyncio.Task[None]] = set()

    def start_tick() -> None:
        task = loop.create_task(tick())
        pending.add(task)
        task.add_done_callback(pending.discard)

    def on_new(results: list[IngestResult]) -> None:
        # new mail may call for a thank-you or a hold: run a tick soon, on the loop
        loop.call_soon_threadsafe(start_tick)
        give_back()  # what reading the mail (a big one, the language model) freed

    thread_stop = threading.Event()
    # the watcher gets the ingest callable and the store, nothing else of the bot
    watcher = asyncio.create_task(asyncio.to_thread(
        watch, cfg.imap, bot.store, bot.inbox.ingest, clock, thread_stop, on_new))
    log.info("mailbot running", mailbox=cfg.mailbox.address, folder=cfg.imap.folder)
    try:
        await stop.wait()
    finally:
        log.info("stopping")
        bot.dispatcher.stopping.set()
        thread_stop.set()
        scheduler.shutdown(wait=False)
        wake.set()
        await finish_dispatch(bot, dispatcher)
        await watcher
        await asyncio.gather(*pending, return_exceptions=True)
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
        log.info("stopped")


async def finish_dispatch(bot: App, dispatcher: asyncio.Task[None]) -> None:
    """On stop: a send that reached DATA runs to its end and is recorded (cancelling it
    would leave the mail uncertain although the server may answer in a moment); one that
    has not is cancelled, and its row goes back to pending with nothing sent."""
    while not dispatcher.done():
        if not bot.dispatcher.in_data:
            dispatcher.cancel()
            break
        await asyncio.wait({dispatcher}, timeout=0.1)
    await asyncio.gather(dispatcher, return_exceptions=True)

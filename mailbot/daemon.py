"""`mailbot run`: the mail watcher, the periodic tick and the digest, until a signal.

The IMAP loop is blocking (imapclient) and runs in a thread; the ticks run in a thread of
their own under apscheduler and only plan and queue; a dispatcher task sends what is
queued, so a slow or hung SMTP server never keeps ingest or ticks from queuing. New mail
does only the work it concerns, never a whole tick: ingest cancels the queued mail it made
moot (a payment -> its reminders) in the same transaction, and the debtors it touched are
planned again alone, at once. Ticks run in a thread so that the event loop stays free to
hear a signal and to send.

SIGINT/SIGTERM set a stop event; each part finishes its current unit of work and exits:
a tick after the action in hand, the watcher after the message in hand (or at once from
IDLE), a send that has reached DATA finishes and records its outcome, one that has not
is given back unsent.
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
    touched: set[int] = set()  # debtors new mail touched, not yet planned again
    news = asyncio.Event()

    def whole_tick() -> None:  # in a thread: the loop stays free for signals and sends
        now = clock()
        bot.dispatcher.recover(now)
        report = bot.scheduler.enqueue(now)  # no network here: sending is the dispatcher's
        if bot.scheduler.stopping.is_set():
            log.info("tick stopped early: the next one plans the rest",
                     queued=len(report.queued))
        else:
            log.info("tick", queued=len(report.queued))

    ticking: set[asyncio.Future[None]] = set()  # ticks in their threads, waited for on stop

    async def tick() -> None:
        if stop.is_set():
            return
        work = asyncio.ensure_future(asyncio.to_thread(whole_tick))
        ticking.add(work)
        work.add_done_callback(ticking.discard)
        try:
            # apscheduler cancels its running jobs on shutdown; the thread cannot be
            # cancelled: it stops after the action in hand, and stop waits for it
            await asyncio.shield(work)
        except asyncio.CancelledError:
            return
        except Exception as e:  # a bad tick is logged; the next one tries again
            log.exception("tick failed", error=str(e))
        wake.set()

    def react(debtor_ids: set[int]) -> None:  # in a thread, as a tick
        # (their queued mail the message made moot was cancelled as it was stored)
        report = bot.scheduler.enqueue(clock(), debtor_ids=debtor_ids)
        if report.queued:
            log.info("new mail acted on", debtors=len(debtor_ids), queued=len(report.queued))

    async def reactor() -> None:
        """Plan again the debtors new mail touched, a batch at a time, as it comes."""
        while not stop.is_set():
            await news.wait()
            news.clear()
            batch = set(touched)
            touched.clear()
            if not batch or stop.is_set():
                continue
            try:
                await asyncio.to_thread(react, batch)
            except Exception as e:  # logged; the periodic tick plans them anyway
                log.exception("acting on new mail failed", error=str(e))
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

    uncertain = await asyncio.to_thread(bot.dispatcher.recover, clock())
    if uncertain:
        log.warning("mails left mid-send by a dead worker are marked uncertain",
                    count=uncertain)
    scheduler = AsyncIOScheduler(timezone=cfg.schedule.tz)
    scheduler.add_job(tick, IntervalTrigger(minutes=cfg.schedule.tick_minutes),
                      next_run_time=clock(), max_instances=1, coalesce=True, id="tick")
    scheduler.add_job(tick, CronTrigger(hour=cfg.schedule.digest_hour, minute=0),
                      max_instances=1, coalesce=True, id="digest")
    scheduler.start()
    dispatcher = asyncio.create_task(dispatch())
    reacting = asyncio.create_task(reactor())

    def heard(debtor_ids: set[int]) -> None:  # on the loop
        touched.update(debtor_ids)
        news.set()

    def on_new(results: list[IngestResult]) -> None:
        # in the watcher's thread: hand the debtors over to the loop
        debtor_ids = {d for r in results for d in r.debtor_ids}
        if debtor_ids:
            loop.call_soon_threadsafe(heard, debtor_ids)

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
        bot.scheduler.stopping.set()
        thread_stop.set()
        scheduler.shutdown(wait=False)
        wake.set()
        news.set()
        await finish_dispatch(bot, dispatcher)
        await asyncio.gather(watcher, reacting, return_exceptions=True)
        # a tick in its thread stops after the action in hand: wait for it
        await asyncio.gather(*ticking, return_exceptions=True)
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

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
from sqlmodel import col, select

from mailbot.adapters.clock import wall_clock
from mailbot.adapters.db_errors import cause_of, is_outage
from mailbot.adapters.health import Health
from mailbot.adapters.mailbox import watch
from mailbot.adapters.memory import give_back, limit_arenas
from mailbot.adapters.models import Outbox
from mailbot.app.results import IngestResult, TickReport
from mailbot.app.services import App
from mailbot.reading import intent_model

log = structlog.get_logger()

DISPATCH_POLL_SECONDS = 60.0


async def run_daemon(bot: App, clock: Callable[[], datetime] = wall_clock,
                     stop: asyncio.Event | None = None, health: Health | None = None) -> None:
    """`health` hears of each server's failures and recoveries (`mailbot status`)."""
    limit_arenas()  # before its threads start: each would keep a heap of its own
    cfg = bot.config
    stop = stop or asyncio.Event()
    health = health or Health(None, clock)
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
            health.ok("database")
        except asyncio.CancelledError:
            return
        except Exception as e:  # a bad tick is logged; the next one tries again
            log.exception("tick failed", error=str(e))
            if is_outage(cause_of(e)):
                health.failing("database", str(e), cfg.schedule.tick_minutes * 60)
        intent_model.forget()  # loaded again by the next unclear reply, if one comes
        give_back()  # the tick's rows are freed: their pages go back, not stay resident
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
                worked = bool(report.sent or report.failed or report.uncertain
                              or report.cancelled)
                if worked:
                    log.info("dispatch", sent=len(report.sent), failed=len(report.failed),
                             uncertain=len(report.uncertain), cancelled=len(report.cancelled))
                smtp_health(bot, health, report, clock())
                if worked:
                    del report  # the round's rows and mails, freed: their pages go back
                    give_back()
            except Exception as e:  # logged; the next round tries again
                log.exception("dispatch failed", error=str(e))
                if is_outage(cause_of(e)):
                    health.failing("database", str(e), DISPATCH_POLL_SECONDS)
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
    # apscheduler runs on the wall clock: handed an injected clock's time in the past, it
    # would first list every interval since (a month at a short interval: millions)
    scheduler.add_job(tick, IntervalTrigger(minutes=cfg.schedule.tick_minutes),
                      next_run_time=wall_clock(), max_instances=1, coalesce=True, id="tick")
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
        give_back()  # what reading the mail (a big one, the language model) freed

    thread_stop = threading.Event()
    # the watcher gets the ingest callable and the store, nothing else of the bot
    watcher = asyncio.create_task(asyncio.to_thread(
        watch, cfg.imap, bot.store, bot.inbox.ingest, clock, thread_stop, on_new,
        health=health, batches=bot.inbox.batches))
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


def smtp_health(bot: App, health: Health, report: TickReport, now: datetime) -> None:
    """What one dispatch round says of the SMTP server: it works when it took a mail or
    refused one for good (a 5xx is an answer about that mail); it is failing when a mail
    went back to wait (a 4xx, a timeout, a refused connection: retried at its time) or
    when a send broke off after DATA."""
    if report.sent:
        health.ok("smtp")
    ids = [r.id for r in report.failed]
    if ids:
        with bot.store.session() as s:
            waiting = s.exec(select(Outbox).where(col(Outbox.id).in_(ids),
                                                  Outbox.status == "pending")).all()
        retry = min((r.next_attempt_at for r in waiting if r.next_attempt_at), default=None)
        if retry is not None:
            health.failing("smtp", report.errors[-1], max(0.0, (retry - now).total_seconds()))
        elif not report.sent:
            health.ok("smtp")
    if report.uncertain and not report.sent:
        health.failing("smtp", report.errors[-1], 0.0)


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

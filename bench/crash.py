"""The crash campaign: a 60-day story of ten debtors, with the bot killed by SIGKILL
hundreds of times, aimed at every window, and restarted each time on the same database
and mailbox.

    PYTHONPATH=. .venv/bin/python -m bench.crash [--kills 200] [--days 60] [--db URL]
                                                 [--ticks-per-day 3] [--seed N] [--json PATH]

The story is tests/test_story.py's (invoices Cc'd to the AR mailbox, payments in parts and
in full, a promise, a dispute, a "stop", reminders and digests due), played on a private
Dovecot and an aiosmtpd sink. Every step is a real `mailbot` process: `mailbot sync
--now T` on a day mail arrives, `mailbot tick --now T` a few times a day. `--now` is the
injected clock: an explicit option of those commands (the operator's "what would happen
at T"), never read from the environment, so no setting can move a production clock.

Kills: a step's process is run with MAILBOT_CRASHPOINT=point:n (mailbot/adapters/
crashpoint.py: it SIGKILLs itself at the n-th pass of the point) or killed at a random
instant, again and again until a run gets through; each kill is followed by a restart
of the same step. The windows: during IMAP fetch, between store and move, during planning
(between two queued actions), after claim before DATA, at DATA (marker committed), after
DATA before the copy in Sent, after the copy before the record, and random instants.

Then an independent checker, from what the SMTP sink received (and at which step), the
mailbox's folders and the store, counts: messages lost, stored twice, mails received
twice, sends after payment, mails never sent (rows stuck, or 'sent' rows the server
never got), rows left uncertain by the window of the kill that left them, and rows
proven sent by their copy in Sent. The guarantee checked: nothing lost, nothing stored
or sent twice, nothing after payment, nothing left unsent; a row is left 'uncertain' only
by a kill at or after DATA, and such a row is resolved to 'sent' when its copy is in Sent.
A kill between the server's 250 and the copy leaves it uncertain (it was delivered, and
nothing proves it); so does a kill after the marker but before the server had the mail.

Exits 1 when a figure misses its limit or a run of the bot fails other than by a kill.
"""

from __future__ import annotations

import argparse
import contextlib
import email
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.utils import getaddresses
from pathlib import Path

from sqlmodel import select

from bench import figures
from bench.hostile import fresh_database
from mailbot.adapters.crashpoint import ENV, POINTS
from mailbot.adapters.models import Event, Invoice, MailMessage, Outbox
from mailbot.adapters.store import Store
from tests.botenv import TZ, write_config
from tests.servers import Dovecot, SmtpSink
from tests.test_story import ARRIVALS, DEBTORS, PROFILES, day

ROOT = Path(__file__).resolve().parent.parent
MAILBOT = ROOT / ".venv" / "bin" / "mailbot"
SYNC_POINTS = ("imap.fetched", "ingest.stored")
TICK_POINTS = ("tick.queued", "send.claimed", "send.data_marked", "send.delivered",
               "send.filed")
# the windows after which a row may be left uncertain: the server may have the mail
AT_OR_AFTER_DATA = ("send.data_marked", "send.delivered", "send.filed", "random")
MAX_KILLS_PER_STEP = 6


@dataclass(frozen=True)
class Step:
    command: str  # sync | tick
    now: datetime
    arrivals: tuple[bytes, ...] = ()


@dataclass
class Report:
    days: int
    asked: int = 0  # kills asked for
    steps: int = 0
    runs: int = 0
    kills: Counter[str] = field(default_factory=Counter)
    messages: int = 0
    sent: int = 0
    lost: list[str] = field(default_factory=list)
    left_in_inbox: list[str] = field(default_factory=list)
    stored_twice: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    after_payment: list[str] = field(default_factory=list)
    never_sent: list[str] = field(default_factory=list)
    uncertain: Counter[str] = field(default_factory=Counter)
    resolved: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)  # a run that ended other than by kill
    seconds: float = 0.0

    @property
    def uncertain_before_data(self) -> int:
        return sum(n for w, n in self.uncertain.items() if w not in AT_OR_AFTER_DATA)

    def figures(self) -> list[figures.Figure]:
        def zero(name: str, found: list[str] | int) -> figures.Figure:
            n = found if isinstance(found, int) else len(found)
            return figures.Figure(name, n, str(n), "0", n == 0)

        kills = sum(self.kills.values())
        return [
            figures.Figure("SIGKILLs (aimed and random)", kills, str(kills),
                           f">= {self.asked} (asked)", kills >= self.asked),
            figures.Figure("story", self.days, f"{self.days} days, {self.steps} steps, "
                           f"{self.runs} bot runs, {self.messages} messages in, "
                           f"{self.sent} mails out, {self.seconds:.0f} s"),
            zero("messages lost", self.lost + self.left_in_inbox),
            zero("messages stored twice", self.stored_twice),
            zero("mails received twice", self.duplicates),
            zero("sends after payment", self.after_payment),
            zero("mails never sent", self.never_sent),
            zero("rows uncertain after a kill before DATA", self.uncertain_before_data),
            figures.Figure("rows uncertain after a kill at or after DATA",
                           sum(self.uncertain.values()) - self.uncertain_before_data,
                           _by_window(self.uncertain)),
            figures.Figure("uncertain rows proven sent by their copy in Sent",
                           sum(self.resolved.values()), _by_window(self.resolved)),
            zero("bot runs that failed other than by a kill", self.failures),
        ]

    def lines(self) -> list[str]:
        out = ["kills by window: " + ", ".join(f"{w} {n}" for w, n in sorted(self.kills.items()))]
        for f in self.figures():
            limit = f"   (limit {f.limit}{'' if f.ok else ': MISSED'})" if f.limit else ""
            out.append(f"{f.name:52} {f.text}{limit}")
        for name in ("lost", "left_in_inbox", "stored_twice", "duplicates", "after_payment",
                     "never_sent", "failures"):
            out += [f"  {name}: {x}" for x in getattr(self, name)[:10]]
        return out


def _by_window(c: Counter[str]) -> str:
    total = sum(c.values())
    return f"{total}" + (" (" + ", ".join(f"{w} {n}" for w, n in sorted(c.items())) + ")"
                         if total else "")


def story(days: int, ticks_per_day: int) -> list[Step]:
    """The arrivals of each day at 06:07 (then a sync), and ticks spread over the day so
    every debtor's business hours are met (Sydney to Chicago)."""
    hours = [1 + (24 * k) // ticks_per_day for k in range(ticks_per_day)]
    steps = []
    for n in range(days):
        arrivals = tuple(ARRIVALS.get(n, ()))
        for hh in sorted({*hours, *([6] if arrivals else [])}):
            now = datetime.combine(day(n), datetime.min.time(), TZ) + timedelta(hours=hh,
                                                                                minutes=7)
            if hh == 6 and arrivals:
                steps.append(Step("sync", now, arrivals))
            if hh in hours:
                steps.append(Step("tick", now))
    return steps


class Bot:
    """Runs `mailbot` as the operator would, killing it when told."""

    def __init__(self, config: Path, sink: SmtpSink, rng: random.Random) -> None:
        self.config = config
        self.sink = sink
        self.rng = rng
        self.window_of_pid: dict[int, str] = {}
        self.sent_at: list[datetime] = []  # the step instant each sink message came in
        self.typical = {"sync": 2.0, "tick": 2.0}  # seconds a whole run takes lately

    def run(self, step: Step, *, point: str | None = None, n: int = 1,
            kill_after: float | None = None) -> tuple[bool, str]:
        """One process for the step. Returns (killed, what it printed on failure)."""
        env = {**os.environ}
        env.pop(ENV, None)
        if point is not None:
            env[ENV] = f"{point}:{n}"
        argv = [str(MAILBOT), step.command, "-c", str(self.config), "--now",
                step.now.isoformat()]
        t0 = time.monotonic()
        p = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.window_of_pid[p.pid] = point or "random"
        try:
            if kill_after is not None:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    p.wait(kill_after)
                if p.poll() is None:
                    p.send_signal(signal.SIGKILL)
            _out, err = p.communicate(timeout=300)
        finally:
            if p.poll() is None:
                p.kill()
                p.wait()
        self.sent_at += [step.now] * (len(self.sink.messages) - len(self.sent_at))
        if p.returncode == -signal.SIGKILL:
            return True, ""
        took = time.monotonic() - t0
        self.typical[step.command] = 0.7 * self.typical[step.command] + 0.3 * took
        # 2: the command's own clear failure; a tick that left a mail uncertain says so
        ok = p.returncode == 0 or (p.returncode == 2 and b"may or may not" in err)
        return False, "" if ok else (f"{step.command} at {step.now:%d %b %H:%M} exited "
                                     f"{p.returncode}: {err.decode(errors='replace')[-400:]}")


def play(bot: Bot, dovecot: Dovecot, steps: list[Step], kills: int,
         report: Report) -> None:
    random_turn = Counter[str]()  # every few attempts a random-instant kill
    for i, step in enumerate(steps):
        for raw in step.arrivals:
            dovecot.append("ar", raw)
        target = kills * (i + 1) / len(steps)  # keep pace over the story
        points = SYNC_POINTS if step.command == "sync" else TICK_POINTS
        done = last_killed = False
        for _ in range(MAX_KILLS_PER_STEP):
            if sum(report.kills.values()) >= target:
                break
            random_turn[step.command] += 1
            report.runs += 1
            # once a run got through, only random instants are left to hit in this step
            if done or random_turn[step.command] % 4 == 0:
                # anywhere in a run: its start-up, its reading, planning or sending
                killed, failure = bot.run(step, kill_after=bot.rng.uniform(
                    0.2, 1.0) * bot.typical[step.command])
                point = "random"
            else:
                # the window hit least so far: the rare ones (planning, fetch) get the tries
                point = min(points, key=lambda p: (report.kills[p], bot.rng.random()))
                # one fetch per sync, stored in one batch (a story's day has a few
                # messages); a tick often has one mail to send: mostly pass 1
                n = 1 if point in ("ingest.stored", "imap.fetched") \
                    else bot.rng.choice((1, 1, 1, 2))
                killed, failure = bot.run(step, point=point, n=n)
            if failure:
                report.failures.append(failure)
            last_killed = killed
            if killed:
                report.kills[point] += 1
            else:
                done = True  # this run got through: the step's work is done
        if last_killed or not done:  # the restart after the last kill (or the plain run)
            report.runs += 1
            _, failure = bot.run(step)
            if failure:
                report.failures.append(failure)
        report.steps += 1
        if step.now.hour == 1 and step.command == "tick":  # once a story day
            print(f"crash: {step.now:%d %b}: {sum(report.kills.values())} kills, "
                  f"{report.runs} runs, {len(bot.sink.messages)} mails out", file=sys.stderr,
                  flush=True)


def settle(bot: Bot, steps: list[Step], report: Report) -> None:
    """A day after the story: claims of killed runs have run out; recover and sync."""
    last = steps[-1].now + timedelta(days=1)
    for command in ("sync", "tick"):
        report.runs += 1
        _, failure = bot.run(Step(command, last))
        if failure:
            report.failures.append(failure)


def check(report: Report, db_url: str, dovecot: Dovecot, bot: Bot,
          appended: list[bytes]) -> None:
    """The independent count, from the sink, the mailbox and the store."""
    ids_in = [_mid(raw) for raw in appended]
    report.messages = len(ids_in)
    store = Store(db_url)
    try:
        with store.session() as s:
            stored = Counter(m for m in s.exec(select(MailMessage.message_id).where(
                MailMessage.direction == "in")).all())
            rows = s.exec(select(Outbox)).all()
            invoices = s.exec(select(Invoice)).all()
            found_in_sent = s.exec(select(Event).where(
                Event.kind == "mail_found_in_sent")).all()
    finally:
        store.close()
    report.lost = [m for m in ids_in if stored[m] == 0]
    report.stored_twice = [f"{m} x{n}" for m, n in stored.items() if n > 1]
    c = dovecot.client("ar")
    try:
        where: Counter[str] = Counter()
        inbox: set[str] = set()
        for flags, _delim, folder in c.list_folders():
            if b"\\Noselect" in flags or b"\\NonExistent" in flags:
                continue
            c.select_folder(folder, readonly=True)
            uids = c.search(["ALL"])
            heads = c.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]) if uids else {}
            for d in heads.values():
                mid = _mid(d[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"])
                if folder == "INBOX":
                    inbox.add(mid)
                if folder != "Sent":
                    where[mid] += 1
    finally:
        c.logout()
    report.left_in_inbox = [m for m in ids_in if m in inbox]
    report.stored_twice += [f"{m} in the mailbox x{n}" for m, n in where.items() if n > 1]

    received = [(m, bot.sent_at[i]) for i, m in enumerate(bot.sink.messages)]
    report.sent = len(received)
    got = Counter(_mid(m.data) for m, _ in received)
    report.duplicates = [f"{m} x{n}" for m, n in got.items() if n > 1]
    # sends after payment: a letter naming an invoice, to its debtor, after it was paid
    contacts = {c for d in DEBTORS for c in d.contacts}
    for m, at in received:
        msg = email.message_from_bytes(m.data, policy=email.policy.default)
        to = {a.lower() for _, a in getaddresses([str(msg.get("To", "")),
                                                   str(msg.get("Cc", ""))])}
        if not to & contacts:
            continue
        body = msg.get_body(preferencelist=("plain",))
        text = (str(msg["Subject"]) + "\n" + (body.get_content() if body else "")).casefold()
        thanks = any(w in str(msg["Subject"]).casefold()
                     for w in ("thank", "dank", "terima kasih", "спасибо"))
        for inv in invoices:
            if inv.paid_at is not None and at > inv.paid_at and not thanks \
                    and inv.number.casefold() in text:
                report.after_payment.append(f"{msg['Subject']} at {at:%d %b %H:%M}, "
                                            f"{inv.number} paid {inv.paid_at:%d %b %H:%M}")
    # never sent: stuck rows, or a row called sent that the server never got
    for o in rows:
        if o.status in ("pending", "sending", "failed"):
            report.never_sent.append(f"{o.action_key} left {o.status}: {o.last_error}")
        elif o.status == "sent" and got[o.message_id] == 0:
            report.never_sent.append(f"{o.action_key} recorded sent, never received")
        elif o.status == "uncertain":
            report.uncertain[_window(bot, o.claimed_by)] += 1
    for e in found_in_sent:
        report.resolved[_window(bot, (e.detail or {}).get("worker"))] += 1


def _window(bot: Bot, worker: str | None) -> str:
    """The window of the kill that left a row: its worker is "host:pid:tag"."""
    parts = (worker or "").split(":")
    pid = int(parts[1]) if len(parts) == 3 and parts[1].isdigit() else -1
    return bot.window_of_pid.get(pid, "no kill")


def _mid(raw: bytes) -> str:
    msg = email.message_from_bytes(raw)
    return str(msg.get("Message-ID", "")).strip()


def run(db_url: str, *, days: int = 60, kills: int = 200, ticks_per_day: int = 3,
        seed: int = 12) -> Report:
    report = Report(days, kills)
    t0 = time.monotonic()
    steps = story(days, ticks_per_day)
    with Dovecot({"ar": "arpw"}) as dovecot, SmtpSink() as sink, \
            tempfile.TemporaryDirectory(prefix="mailbot-crash-") as work:
        config = write_config(Path(work) / "config.toml", dovecot, sink, db_url,
                              extra=PROFILES)
        bot = Bot(config, sink, random.Random(seed))
        play(bot, dovecot, steps, kills, report)
        settle(bot, steps, report)
        check(report, db_url, dovecot, bot, [r for s in steps for r in s.arrivals])
    report.seconds = time.monotonic() - t0
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kills", type=int, default=200)
    ap.add_argument("--days", type=int, default=60)
    ap.add_argument("--ticks-per-day", type=int, default=3)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--db", default="sqlite", help="sqlite (default) or a PostgreSQL URL "
                    "whose server gets a fresh database for the run")
    figures.add_json_option(ap)
    args = ap.parse_args(argv)
    assert set(SYNC_POINTS + TICK_POINTS) == set(POINTS)
    with fresh_database(args.db) as url:
        report = run(url, days=args.days, kills=args.kills,
                     ticks_per_day=args.ticks_per_day, seed=args.seed)
    print("\n".join(report.lines()))
    figs = report.figures()
    figures.write(args.json, "crash", f"{args.days}-day story, {sum(report.kills.values())} "
                  f"SIGKILLs, {'PostgreSQL' if args.db.startswith('postgresql') else 'SQLite'}",
                  figs)
    return 1 if any(f.over for f in figs) else 0


if __name__ == "__main__":
    sys.exit(main())

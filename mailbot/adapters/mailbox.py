"""The IMAP edge: read new mail, keep a checkpoint, move what was processed; and the
daemon's watcher, which does that whenever IDLE (or polling) says there is new mail.

A message is stored (by the ingest callable) before it is moved, and is never deleted.
The checkpoint per folder is (UIDVALIDITY, last UID); a message seen again after a crash
is recognised by its (folder, UIDVALIDITY, UID) and by its bytes, and is not re-applied.
This module knows nothing of the bot beyond that callable and the store's checkpoints.
"""

from __future__ import annotations

import contextlib
import imaplib
import re
import select
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from datetime import datetime
from typing import TYPE_CHECKING, Protocol, Self

import structlog
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from mailbot.adapters.config import ImapConfig
from mailbot.adapters.crashpoint import crashpoint
from mailbot.adapters.health import Health
from mailbot.adapters.lease import FolderLease, LeaseLost, new_holder
from mailbot.adapters.store import Store
from mailbot.domain.events import EventKind
from mailbot.errors import AuthenticationFailed, MailboxUnavailable, StoreUnavailable

if TYPE_CHECKING:
    from mailbot.app.results import IngestResult

log = structlog.get_logger()

PROCESSED_KEYWORD = "$MailbotProcessed"
FETCH_BATCH = 200
INGEST_PART = 50  # messages stored per transaction (a stop waits for one part)
# RFC 2177: a server may drop an IDLE after 30 minutes; re-enter it well before
IDLE_MAX_SECONDS = 28 * 60
# how often an idling watcher looks at its stop event and its lease (mail wakes it at once)
IDLE_TICK_SECONDS = 1.0
# an empty SEARCH whose answer announced new mail is repeated, at most this often
RESEARCH_LIMIT = 5


class Ingest(Protocol):
    def __call__(self, raw: bytes, *, now: datetime, folder: str | None = None,
                 uidvalidity: int | None = None, uid: int | None = None) -> IngestResult: ...


class BatchIngest(Protocol):
    """Stores the messages (UID, bytes) of one FETCH together; answers each one's result."""

    def __call__(self, items: list[tuple[int, bytes]], *, now: datetime, folder: str,
                 uidvalidity: int) -> list[tuple[int, IngestResult]]: ...


# a fresh `BatchIngest` for one sync (its reading workers stop when the sync ends)
Batches = Callable[[], AbstractContextManager[BatchIngest]]


class ConnectionLost(MailboxUnavailable):
    """The server said BYE or the connection closed under us."""


def idle_interval(seconds: float) -> float:
    """How long to stay in one IDLE: as configured, but never past the server's limit."""
    return max(1.0, min(float(seconds), IDLE_MAX_SECONDS))


def tls_context(ca_file: str | None) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    if ca_file:
        ctx.load_verify_locations(ca_file)
    return ctx


def _keepalive(sock: socket.socket) -> None:
    # a peer that vanished without a FIN (NAT timeout, pulled cable) is found by TCP
    # within ~2 minutes, whatever idle_seconds is
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    for name, value in (("TCP_KEEPIDLE", 60), ("TCP_KEEPINTVL", 15), ("TCP_KEEPCNT", 4)):
        if hasattr(socket, name):
            sock.setsockopt(socket.IPPROTO_TCP, getattr(socket, name), value)


class Mailbox:
    """A thin wrapper over one IMAP connection, with errors mapped to ours."""

    def __init__(self, cfg: ImapConfig) -> None:
        self.cfg = cfg
        self.client: IMAPClient | None = None
        self.where = f"IMAP {cfg.host}:{cfg.port}"
        self.lost = False  # the connection is known dead: do not talk to it any more

    def connect(self) -> Self:
        cfg = self.cfg
        ctx = tls_context(cfg.ca_file) if cfg.security != "plain" else None
        try:
            client = IMAPClient(cfg.host, port=cfg.port, ssl=cfg.security == "tls",
                                ssl_context=ctx, timeout=cfg.timeout_seconds)
            if cfg.security == "starttls":
                client.starttls(ctx)
            sock = getattr(client, "socket", lambda: None)()
            if sock is not None:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                _keepalive(sock)
            user, password = cfg.username or "", cfg.password("IMAP") or ""
            if (user + password).isascii():
                client.login(user, password)
            else:  # LOGIN carries ASCII only; SASL PLAIN carries UTF-8 (RFC 4616)
                client.plain_login(user, password)
        except LoginError as e:
            raise AuthenticationFailed(f"{self.where}: login refused for {cfg.username!r} "
                                       f"(password from {cfg.password_source})") from e
        except ssl.SSLError as e:
            if e.reason == "WRONG_VERSION_NUMBER":  # a plain-text greeting, read as TLS
                raise MailboxUnavailable(
                    f"{self.where} answers in plain text, not TLS: set imap.security = "
                    "\"starttls\" or \"plain\" (`mailbot doctor` checks it)") from e
            raise MailboxUnavailable(f"{self.where}: {type(e).__name__}: {e}") from e
        except (OSError, IMAPClientError, imaplib.IMAP4.error) as e:
            raise MailboxUnavailable(f"{self.where}: {type(e).__name__}: {e}") from e
        self.client = client
        self.lost = False
        return self

    def close(self) -> None:
        if self.client is not None:
            # the connection may already be gone; there is nothing left to save
            with contextlib.suppress(Exception):
                if self.lost:
                    self.client.shutdown()  # a LOGOUT would only wait for a dead peer
                else:
                    self.client.logout()
            self.client = None

    def __enter__(self) -> Self:
        return self.connect()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def c(self) -> IMAPClient:
        assert self.client is not None, "not connected"
        return self.client

    def has(self, capability: str) -> bool:
        return bool(self.c.has_capability(capability))  # imapclient is untyped

    def ensure_folder(self, name: str) -> None:
        if not self.c.folder_exists(name):
            self.c.create_folder(name)

    def select(self, folder: str) -> int:
        info = self.c.select_folder(folder)
        return int(info[b"UIDVALIDITY"])

    def uids_after(self, last_uid: int, *, unprocessed_only: bool) -> list[int]:
        criteria: list[object] = ["UID", f"{last_uid + 1}:*"]
        if unprocessed_only:
            criteria += ["UNKEYWORD", PROCESSED_KEYWORD]
        # "N:*" always matches the highest UID, even when it is below N
        return sorted(u for u in self.c.search(criteria) if u > last_uid)

    def fetch(self, uids: list[int]) -> dict[int, bytes]:
        data = self.c.fetch(uids, ["BODY.PEEK[]"])
        return {uid: d[b"BODY[]"] for uid, d in data.items() if b"BODY[]" in d}

    def file_away(self, uids: list[int], folder: str) -> None:
        """Move processed messages out of the inbox; flag them where MOVE is missing."""
        if not uids:
            return
        if self.has("MOVE"):
            self.c.move(uids, folder)
        else:
            self.c.add_flags(uids, [PROCESSED_KEYWORD])

    # -- what the server announced --------------------------------------------------------
    #
    # imaplib keeps the untagged responses imapclient's commands did not ask for. Every
    # SELECT answers with "* n EXISTS": taken as news, it made the watcher sync again at
    # once, for ever. So the stash is emptied just before each SEARCH, and only an EXISTS
    # that came with (or after) the last SEARCH counts as mail that search may have missed.

    def forget_announcements(self) -> None:
        self.c._imap.untagged_responses.clear()

    def announced_new_mail(self) -> bool:
        stash = self.c._imap.untagged_responses
        return bool(stash.pop("EXISTS", None))

    # -- IDLE -----------------------------------------------------------------------------

    def idle_start(self) -> bool:
        """Enter IDLE. True when the server announced new mail as IDLE began."""
        self.c.idle()
        return self.announced_new_mail()

    def idle_wait(self, timeout: float) -> bool:
        """Wait in IDLE up to `timeout` s; True as soon as the server announces new mail.

        Unlike imapclient's idle_check, a BYE or a closed connection raises
        ConnectionLost at once instead of looking like a quiet mailbox.
        """
        c = self.c
        sock = c.socket()
        sock.settimeout(None)
        sock.setblocking(False)
        try:
            # what already sits in the reader's buffer (e.g. an EXISTS that came in the
            # same packet as IDLE's "+ idling") never makes the socket readable again
            lines = self._read_available(first_after_poll=False)
            if not lines:
                poller = select.poll()
                poller.register(sock, select.POLLIN | select.POLLPRI)
                if not poller.poll(max(0, int(timeout * 1000))):
                    return False
                lines = self._read_available(first_after_poll=True)
        finally:
            if not self.lost:
                sock.setblocking(True)
                sock.settimeout(self.cfg.timeout_seconds)
        new_mail = False
        for line in lines:
            parts = line.split(None, 3)
            if len(parts) >= 2 and parts[0] == b"*" and parts[1].upper() == b"BYE":
                self.lost = True
                raise ConnectionLost(f"{self.where}: server said "
                                     f"{line.decode('utf-8', 'replace').strip()}")
            if len(parts) >= 3 and parts[0] == b"*" and parts[2].upper() == b"EXISTS":
                new_mail = True
        return new_mail

    def _read_available(self, *, first_after_poll: bool) -> list[bytes]:
        """The lines readable now without waiting (the socket is non-blocking)."""
        lines: list[bytes] = []
        while True:
            try:
                line = self.c._imap._get_line()
            except ssl.SSLEOFError as e:
                self.lost = True
                raise ConnectionLost(f"{self.where}: connection closed") from e
            except OSError:
                break  # nothing more to read for now
            except imaplib.IMAP4.abort as e:
                # with a non-blocking socket "EOF" also means "no more data yet"; only on
                # the first read after poll() said readable is it the end
                if "EOF" in str(e) and not lines and first_after_poll:
                    self.lost = True
                    raise ConnectionLost(f"{self.where}: connection closed") from e
                break
            lines.append(line)
        return lines

    def idle_end(self) -> None:
        self.c.idle_done()


# -- one pass over the folder ---------------------------------------------------------------


def sync_folder(mailbox: Mailbox, cfg: ImapConfig, store: Store, ingest: Ingest,
                clock: Callable[[], datetime], *, stopping: threading.Event | None = None,
                check: Callable[[], None] | None = None,
                on_result: Callable[[IngestResult], None] | None = None,
                prepare: bool = True,
                on_found: Callable[[int], None] | None = None,
                ingest_batch: BatchIngest | None = None) -> list[IngestResult]:
    """Process every new message of the configured folder once. Returns what happened.

    `check` runs before each message is ingested (the watcher's lease: it raises when
    another watcher has taken the folder). `on_found` hears how many new messages each
    search found (the first: how many there are to read, for a progress bar). `prepare=False` skips creating the target
    folders, which a watcher does once per connection. With `ingest_batch`, each FETCH's
    messages are stored in one transaction (`check` runs once before it), then moved.
    """
    stopping = stopping or threading.Event()
    folder = cfg.folder
    if prepare:
        mailbox.ensure_folder(cfg.processed_folder)
        mailbox.ensure_folder(cfg.quarantine_folder)
    uidvalidity = mailbox.select(folder)
    last_uid = _checkpoint(store, folder, uidvalidity, clock)
    flag_only = not mailbox.has("MOVE")
    _file_leftovers(mailbox, cfg, store, uidvalidity, last_uid, flag_only)
    results: list[IngestResult] = []
    rechecks = 0
    # search again after each batch and until a search comes back empty with no news:
    # mail that arrives meanwhile is announced with a command's answer, not in IDLE
    while not stopping.is_set():
        mailbox.forget_announcements()
        found = mailbox.uids_after(last_uid, unprocessed_only=flag_only)
        if on_found is not None:
            on_found(len(found))
        uids = found[:FETCH_BATCH]
        if not uids:
            if mailbox.announced_new_mail() and rechecks < RESEARCH_LIMIT:
                rechecks += 1
                continue
            break
        rechecks = 0
        batch = mailbox.fetch(uids)
        crashpoint("imap.fetched")
        done: dict[str, list[int]] = {cfg.processed_folder: [], cfg.quarantine_folder: []}
        try:
            if ingest_batch is not None:
                # a transaction per part of the FETCH, so that a stop is heard within
                # the reading of one part, not of the whole batch
                for at in range(0, len(uids), INGEST_PART):
                    if stopping.is_set():
                        break
                    if check is not None:
                        check()
                    part = uids[at:at + INGEST_PART]
                    # UIDs expunged between SEARCH and FETCH are simply not there
                    stored = ingest_batch([(uid, batch[uid]) for uid in part if uid in batch],
                                          now=clock(), folder=folder, uidvalidity=uidvalidity)
                    last_uid = part[-1]
                    for uid, result in stored:
                        _done(done, cfg, uid, result, results, on_result)
                    crashpoint("ingest.stored")
                continue
            for uid in uids:
                if stopping.is_set():
                    break
                if check is not None:
                    check()
                last_uid = uid
                if uid not in batch:  # expunged between SEARCH and FETCH
                    continue
                result = ingest(batch[uid], now=clock(), folder=folder,
                                uidvalidity=uidvalidity, uid=uid)
                _done(done, cfg, uid, result, results, on_result)
                crashpoint("ingest.stored")
        finally:
            # only after the messages are committed: a message moved is a message stored
            if not mailbox.lost:
                for target, moved in done.items():
                    mailbox.file_away(moved, target)
    return results


def _done(done: dict[str, list[int]], cfg: ImapConfig, uid: int, result: IngestResult,
          results: list[IngestResult], on_result: Callable[[IngestResult], None] | None,
          ) -> None:
    """Note where a stored message goes (the quarantine folder or the processed one)."""
    quarantined = result.status == "quarantined"
    done[cfg.quarantine_folder if quarantined else cfg.processed_folder].append(uid)
    results.append(result)
    if on_result is not None:
        on_result(result)


def _checkpoint(store: Store, folder: str, uidvalidity: int,
                clock: Callable[[], datetime]) -> int:
    """The last UID read in this folder; 0 after a UIDVALIDITY change, which is recorded
    once: the checkpoint is rewritten with the event, not left for the next message."""
    with store.session() as s:
        cp = store.checkpoint(s, folder)
        if cp is None:
            return 0
        if cp.uidvalidity == uidvalidity:
            return cp.last_uid
        store.record_event(s, clock(), EventKind.UIDVALIDITY_CHANGED, cause=folder,
                           old=cp.uidvalidity, new=uidvalidity)
        cp.uidvalidity, cp.last_uid = uidvalidity, 0
        s.add(cp)
        s.commit()
        return 0


def _file_leftovers(mailbox: Mailbox, cfg: ImapConfig, store: Store, uidvalidity: int,
                    last_uid: int, flag_only: bool) -> None:
    """Messages stored before a crash but not yet moved: file them now, read nothing twice."""
    if last_uid == 0:
        return
    criteria: list[object] = ["UID", f"1:{last_uid}"]
    if flag_only:
        criteria += ["UNKEYWORD", PROCESSED_KEYWORD]
    leftovers = [u for u in mailbox.c.search(criteria) if u <= last_uid]
    if not leftovers:
        return
    quarantined = store.quarantined_uids(cfg.folder, uidvalidity, leftovers)
    mailbox.file_away([u for u in leftovers if u in quarantined], cfg.quarantine_folder)
    mailbox.file_away([u for u in leftovers if u not in quarantined], cfg.processed_folder)


def sync_once(cfg: ImapConfig, store: Store, ingest: Ingest, clock: Callable[[], datetime],
              on_result: Callable[[IngestResult], None] | None = None,
              stopping: threading.Event | None = None,
              on_found: Callable[[int], None] | None = None,
              batches: Batches | None = None) -> list[IngestResult]:
    """One pass for `mailbot sync`, the demo and the tests. Refused while a daemon holds
    the folder. With `batches`, each FETCH is stored in one transaction."""
    lease = FolderLease(store, cfg.folder, new_holder("sync"), cfg.lease_seconds)
    if not lease.acquire():
        raise MailboxUnavailable(f"folder {cfg.folder!r} is being read by "
                                 f"{lease.current_holder()}; try again later")
    try:
        with Mailbox(cfg) as mb, (batches or _no_batches)() as ingest_batch:
            try:
                return sync_folder(mb, cfg, store, ingest, clock, stopping=stopping,
                                   check=lease.check, on_result=on_result,
                                   on_found=on_found, ingest_batch=ingest_batch)
            except (OSError, imaplib.IMAP4.error) as e:  # the server went away or said NO
                what = "connection lost" if isinstance(e, (OSError, imaplib.IMAP4.abort)) \
                    else "command refused"
                said = re.sub(r"\s*\(\d+\.\d+ \+ \d+\.\d+ secs\)", "", str(e)).rstrip(". ")
                raise MailboxUnavailable(f"{mb.where}: {what} during sync: {said}; what was "
                                         "read is stored: run sync again for the rest") from e
    finally:
        lease.release()


@contextlib.contextmanager
def _no_batches() -> Iterator[BatchIngest | None]:
    yield None


# -- the daemon's watcher -------------------------------------------------------------------


def watch(cfg: ImapConfig, store: Store, ingest: Ingest, clock: Callable[[], datetime],
          stop: threading.Event, on_new: Callable[[list[IngestResult]], None], *,
          holder: str | None = None, first_backoff: float = 1.0,
          max_backoff: float = 300.0, health: Health | None = None,
          batches: Batches | None = None) -> None:
    """The daemon's mail loop (run in a thread): sync, then IDLE or poll, until `stop`."""
    Watcher(cfg, store, ingest, clock, stop, on_new, holder=holder,
            first_backoff=first_backoff, max_backoff=max_backoff, health=health,
            batches=batches).run()


class Watcher:
    """Holds the folder's lease, keeps one connection, and syncs when mail is announced.

    A failure retries after a backoff that doubles (up to `max_backoff`) until a whole
    cycle -- connect, select, sync, IDLE (or one poll) -- has worked again. A refused login
    backs off the same way from `first_login_backoff` (a password fixed, or an auth
    backend back, is seen within minutes, yet a wrong password is not tried every
    second). Each failure and recovery is reported to `health` (`mailbot status`).
    """

    def __init__(self, cfg: ImapConfig, store: Store, ingest: Ingest,
                 clock: Callable[[], datetime], stop: threading.Event,
                 on_new: Callable[[list[IngestResult]], None], *, holder: str | None = None,
                 first_backoff: float = 1.0, max_backoff: float = 300.0,
                 first_login_backoff: float = 10.0, health: Health | None = None,
                 batches: Batches | None = None) -> None:
        self.cfg = cfg
        self.batches = batches or _no_batches
        self.store = store
        self.ingest = ingest
        self.clock = clock
        self.stop = stop
        self.on_new = on_new
        self.first_backoff = first_backoff
        self.max_backoff = max_backoff
        self.backoff = first_backoff
        self.first_login_backoff = first_login_backoff
        self.login_backoff = first_login_backoff
        self.health = health
        self.lease = FolderLease(store, cfg.folder, holder or new_holder(), cfg.lease_seconds)

    def run(self) -> None:
        standing_by = False
        try:
            while not self.stop.is_set():
                try:
                    held = self.lease.acquire()
                except StoreUnavailable as e:
                    log.warning("database unavailable", error=str(e), retry_in=self.backoff)
                    self._pause("database", e)
                    continue
                if not held:
                    if not standing_by:
                        log.info("another watcher reads this folder; standing by",
                                 folder=self.cfg.folder, holder=self.lease.current_holder())
                    standing_by = True
                    self.stop.wait(self.lease.retry_every)
                    continue
                standing_by = False
                self._attempt()
        finally:
            # let a waiting watcher take over at once rather than after the lease expires
            with contextlib.suppress(Exception):
                self.lease.release()

    def _attempt(self) -> None:
        mb = Mailbox(self.cfg)
        try:
            mb.connect()
            self._serve(mb)
        except LeaseLost as e:
            log.warning("another watcher took the folder", error=str(e))
        except AuthenticationFailed as e:
            wait = self.login_backoff
            log.error("mailbox login refused; retrying", error=str(e), retry_in=wait)
            self._report("imap", e, wait)
            self.stop.wait(wait)
            self.login_backoff = min(wait * 2, self.max_backoff)
        except StoreUnavailable as e:
            log.warning("database unavailable", error=str(e), retry_in=self.backoff)
            self._pause("database", e)
        except (MailboxUnavailable, OSError, IMAPClientError) as e:
            if isinstance(e, (OSError, imaplib.IMAP4.abort)):
                mb.lost = True
            log.warning("mailbox unavailable", error=str(e), retry_in=self.backoff)
            self._pause("imap", e)
        except Exception as e:  # the loop must survive anything one sync can throw
            log.exception("mail loop error", error=str(e), retry_in=self.backoff)
            self._pause("imap", e)
        finally:
            mb.close()

    def _report(self, part: str, e: BaseException, retry_in: float) -> None:
        if self.health is not None:
            self.health.failing(part, f"{type(e).__name__}: {e}", retry_in)

    def _pause(self, part: str, e: BaseException) -> None:
        self._report(part, e, self.backoff)
        self.stop.wait(self.backoff)
        self.backoff = min(self.backoff * 2, self.max_backoff)

    def _worked(self) -> None:
        """A whole cycle worked: the next failure starts from the first backoff again."""
        self.backoff = self.first_backoff
        self.login_backoff = self.first_login_backoff
        if self.health is not None:
            self.health.ok("imap")
            self.health.ok("database")

    def _serve(self, mb: Mailbox) -> None:
        cfg = self.cfg
        use_idle = cfg.idle and mb.has("IDLE")
        mb.ensure_folder(cfg.processed_folder)
        mb.ensure_folder(cfg.quarantine_folder)
        log.info("watching mailbox", folder=cfg.folder, mode="idle" if use_idle else "poll")
        while not self.stop.is_set():
            self.lease.check()
            with self.batches() as ingest_batch:
                results = sync_folder(mb, cfg, self.store, self.ingest, self.clock,
                                      stopping=self.stop, check=self.lease.check,
                                      prepare=False, ingest_batch=ingest_batch)
            if results:
                self.on_new(results)
            if self.stop.is_set():
                return
            if not use_idle:
                self._worked()
                self._sleep(cfg.poll_seconds)
                continue
            self._idle(mb)

    def _idle(self, mb: Mailbox) -> None:
        """One IDLE: until new mail, idle_seconds, `stop`, or the lease is lost."""
        if mb.idle_start():
            mb.idle_end()
            return
        self._worked()
        deadline = time.monotonic() + idle_interval(self.cfg.idle_seconds)
        try:
            while not self.stop.is_set():
                left = deadline - time.monotonic()
                if left <= 0:
                    return
                self.lease.check()
                if mb.idle_wait(min(IDLE_TICK_SECONDS, left)):
                    return
        finally:
            if not mb.lost:
                mb.idle_end()

    def _sleep(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not self.stop.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return
            self.stop.wait(min(left, self.lease.renew_every))
            self.lease.check()

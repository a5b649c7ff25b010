"""The IMAP edge: read new mail once, keep a checkpoint, move what was processed.

A message is stored (by Bot.ingest) before it is moved, and is never deleted. The
checkpoint per folder is (UIDVALIDITY, last UID); a message seen again after a crash is
recognised by its (folder, UIDVALIDITY, UID) and by its bytes, and is not re-applied.
"""

from __future__ import annotations

import contextlib
import imaplib
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable
from datetime import datetime

import structlog
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from mailbot.config import ImapConfig
from mailbot.errors import AuthenticationFailed, MailboxUnavailable
from mailbot.pipeline import Bot, IngestResult

log = structlog.get_logger()

PROCESSED_KEYWORD = "$MailbotProcessed"
FETCH_BATCH = 200


def tls_context(ca_file: str | None) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    if ca_file:
        ctx.load_verify_locations(ca_file)
    return ctx


class Mailbox:
    """A thin wrapper over one IMAP connection, with errors mapped to ours."""

    def __init__(self, cfg: ImapConfig) -> None:
        self.cfg = cfg
        self.client: IMAPClient | None = None
        self.where = f"IMAP {cfg.host}:{cfg.port}"

    def connect(self) -> Mailbox:
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
            user, password = cfg.username or "", cfg.password("IMAP") or ""
            if (user + password).isascii():
                client.login(user, password)
            else:  # LOGIN carries ASCII only; SASL PLAIN carries UTF-8 (RFC 4616)
                client.plain_login(user, password)
        except LoginError as e:
            raise AuthenticationFailed(f"{self.where}: login refused for {cfg.username!r}") from e
        except (OSError, IMAPClientError, imaplib.IMAP4.error) as e:
            raise MailboxUnavailable(f"{self.where}: {type(e).__name__}: {e}") from e
        self.client = client
        return self

    def close(self) -> None:
        if self.client is not None:
            # the connection may already be gone; there is nothing left to save
            with contextlib.suppress(Exception):
                self.client.logout()
            self.client = None

    def __enter__(self) -> Mailbox:
        return self.connect()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def c(self) -> IMAPClient:
        assert self.client is not None, "not connected"
        return self.client

    def has(self, capability: str) -> bool:
        return self.c.has_capability(capability)

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

    def _announced_new_mail(self) -> bool:
        """Whether the server announced new mail in answer to an earlier command.

        imaplib keeps untagged responses that imapclient's commands did not ask for; an
        EXISTS that came with a SEARCH or MOVE would otherwise be lost, and IDLE would not
        wake for that message until `idle_seconds` pass.
        """
        stash = self.c._imap.untagged_responses
        return bool(stash.pop("EXISTS", None)) | bool(stash.pop("RECENT", None))

    def wait_for_mail(self, seconds: float, stop: threading.Event) -> bool:
        """IDLE until the server reports new mail, `seconds` pass, or `stop` is set."""
        if self._announced_new_mail():
            return True
        self.c.idle()
        try:
            if self._announced_new_mail():  # arrived just before IDLE began
                return True
            deadline = time.monotonic() + seconds
            while not stop.is_set() and time.monotonic() < deadline:
                for response in self.c.idle_check(timeout=1):
                    if len(response) > 1 and response[1] in (b"EXISTS", b"RECENT"):
                        return True
            return False
        finally:
            self.c.idle_done()


def sync_folder(bot: Bot, mailbox: Mailbox, clock: Callable[[], datetime],
                on_result: Callable[[IngestResult], None] | None = None) -> list[IngestResult]:
    """Process every new message of the configured folder once. Returns what happened."""
    cfg = bot.config.imap
    folder = cfg.folder
    mailbox.ensure_folder(cfg.processed_folder)
    mailbox.ensure_folder(cfg.quarantine_folder)
    uidvalidity = mailbox.select(folder)
    with bot.store.session() as s:
        cp = bot.store.checkpoint(s, folder)
        if cp is not None and cp.uidvalidity != uidvalidity:
            bot.store.record_event(s, clock(), "uidvalidity_changed", cause=folder,
                                   old=cp.uidvalidity, new=uidvalidity)
            s.commit()
        last_uid = cp.last_uid if cp is not None and cp.uidvalidity == uidvalidity else 0
    flag_only = not mailbox.has("MOVE")
    _file_leftovers(bot, mailbox, folder, uidvalidity, last_uid, flag_only)
    results: list[IngestResult] = []
    # search again after each batch: mail that arrives meanwhile is announced with the
    # MOVE response, which imapclient drops, so IDLE alone would not wake for it
    while not bot.stopping.is_set():
        uids = mailbox.uids_after(last_uid, unprocessed_only=flag_only)[:FETCH_BATCH]
        if not uids:
            break
        batch = mailbox.fetch(uids)
        done: dict[str, list[int]] = {cfg.processed_folder: [], cfg.quarantine_folder: []}
        for uid in uids:
            if bot.stopping.is_set():
                break
            last_uid = uid
            if uid not in batch:  # expunged between SEARCH and FETCH
                continue
            result = bot.ingest(batch[uid], now=clock(), folder=folder,
                                uidvalidity=uidvalidity, uid=uid)
            quarantined = result.status == "quarantined"
            done[cfg.quarantine_folder if quarantined else cfg.processed_folder].append(uid)
            results.append(result)
            if on_result is not None:
                on_result(result)
        for target, moved in done.items():
            mailbox.file_away(moved, target)
    return results


def _file_leftovers(bot: Bot, mailbox: Mailbox, folder: str, uidvalidity: int, last_uid: int,
                    flag_only: bool) -> None:
    """Messages stored before a crash but not yet moved: file them now, read nothing twice."""
    if last_uid == 0:
        return
    criteria: list[object] = ["UID", f"1:{last_uid}"]
    if flag_only:
        criteria += ["UNKEYWORD", PROCESSED_KEYWORD]
    leftovers = [u for u in mailbox.c.search(criteria) if u <= last_uid]
    if not leftovers:
        return
    cfg = bot.config.imap
    quarantined = bot.store.quarantined_uids(folder, uidvalidity, leftovers)
    mailbox.file_away([u for u in leftovers if u in quarantined], cfg.quarantine_folder)
    mailbox.file_away([u for u in leftovers if u not in quarantined], cfg.processed_folder)


def sync_once(bot: Bot, clock: Callable[[], datetime],
              on_result: Callable[[IngestResult], None] | None = None) -> list[IngestResult]:
    with Mailbox(bot.config.imap) as mb:
        try:
            return sync_folder(bot, mb, clock, on_result)
        except (OSError, imaplib.IMAP4.error) as e:  # the server went away or said NO
            what = "connection lost" if isinstance(e, (OSError, imaplib.IMAP4.abort)) \
                else "command refused"
            said = re.sub(r"\s*\(\d+\.\d+ \+ \d+\.\d+ secs\)", "", str(e)).rstrip(". ")
            raise MailboxUnavailable(f"{mb.where}: {what} during sync: {said}; what was read "
                                     "is stored: run sync again for the rest") from e


def watch(bot: Bot, clock: Callable[[], datetime], stop: threading.Event,
          on_new: Callable[[list[IngestResult]], None]) -> None:
    """The daemon's mail loop (run in a thread): sync, then IDLE or poll, until `stop`."""
    cfg = bot.config.imap
    backoff = 1.0
    while not stop.is_set():
        mb = Mailbox(cfg)
        try:
            mb.connect()
            use_idle = cfg.idle and mb.has("IDLE")
            log.info("watching mailbox", folder=cfg.folder, mode="idle" if use_idle else "poll")
            backoff = 1.0
            while not stop.is_set():
                results = sync_folder(bot, mb, clock)
                if results:
                    on_new(results)
                if use_idle:
                    mb.wait_for_mail(cfg.idle_seconds, stop)
                else:
                    stop.wait(cfg.poll_seconds)
        except AuthenticationFailed as e:
            log.error("mailbox login refused; retrying in 5 minutes", error=str(e))
            stop.wait(300)
        except (MailboxUnavailable, OSError, IMAPClientError, imaplib.IMAP4.abort) as e:
            log.warning("mailbox unavailable", error=str(e), retry_in=backoff)
            stop.wait(backoff)
            backoff = min(backoff * 2, 300)
        except Exception as e:  # the loop must survive anything one sync can throw
            log.exception("mail loop error", error=str(e))
            stop.wait(backoff)
            backoff = min(backoff * 2, 300)
        finally:
            mb.close()

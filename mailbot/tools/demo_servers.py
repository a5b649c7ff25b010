"""Throw-away local IMAP + SMTP servers for ``mailbot demo``.

:class:`DemoServers` runs, in one background thread with its own asyncio
event loop:

* a pymap IMAP server with the in-memory "dict" backend (IDLE, MOVE, UIDPLUS;
  plain text, no STARTTLS; nothing persists, nothing is read or written on
  disk), and
* an aiosmtpd SMTP server whose handler drops every accepted message into the
  INBOX of each recipient that is a known user, and records every envelope in
  :attr:`DemoServers.sent`.

Both listen on 127.0.0.1 only, on free ports chosen by the OS.

Logins are full email addresses, lowercased (``"ar@acme.example"``); the IMAP
login is case-sensitive, so clients must log in with the lowercased address.
SMTP does not require AUTH; it advertises AUTH PLAIN/LOGIN on the plain
connection and accepts any credentials, so a bot configured with or without
an SMTP username works unchanged.

pymap quirks: UIDs start at 101; custom keywords are dropped silently; no
SPECIAL-USE, CONDSTORE, ESEARCH or SORT.  imapclient APPEND is slow (~40 ms)
unless the client socket sets TCP_NODELAY.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
import threading
from argparse import Namespace
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Self

from aiosmtpd.smtp import SMTP, AuthResult
from proxyprotocol.reader import ProxyProtocolReader
from pymap.backend.dict import Config, Identity, Login
from pymap.backend.dict.filter import FilterSet
from pymap.backend.dict.mailbox import MailboxSet
from pymap.concurrent import Subsystem
from pymap.imap import IMAPServer
from pymap.parsing.message import AppendMessage
from pymap.parsing.specials import FetchRequirement
from pymap.user import UserMetadata
from pysasl.hashing import Cleartext

__all__ = ["DemoServers"]

_START_TIMEOUT = 10.0
_CALL_TIMEOUT = 10.0


class _DemoConfig(Config):
    """Dict-backend config with a fixed greeting (no reverse DNS lookup)."""

    @property
    def greeting(self) -> bytes:
        return b"mailbot demo IMAP ready"


class _CoalescingWriter:
    """StreamWriter proxy that sends each response in one write on drain().

    pymap writes a response line in pieces ("* 1 FETCH ", "(", ...); sent as
    separate segments, they make imapclient's non-blocking idle_check() read
    half lines ("unexpected response: b'(FLAGS ())'").
    """

    def __init__(self, writer: asyncio.StreamWriter) -> None:
        self._writer = writer
        self._buf = bytearray()

    def write(self, data: bytes) -> None:
        self._buf += data

    async def drain(self) -> None:
        if self._buf:
            self._writer.write(bytes(self._buf))
            self._buf.clear()
        await self._writer.drain()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._writer, name)


class _IMAPServer(IMAPServer):
    __slots__ = ()

    async def __call__(self, reader: asyncio.StreamReader,
                       writer: asyncio.StreamWriter, sock_info: Any) -> None:
        await super().__call__(reader, _CoalescingWriter(writer),  # type: ignore[arg-type]
                               sock_info)


class _Tracked:
    """Protocol mixin: keeps each connection's transport in ``transports``."""

    transports: set[asyncio.Transport]

    def connection_made(self, transport: Any) -> None:
        self.transports.add(transport)
        self._tracked_transport = transport
        super().connection_made(transport)  # type: ignore[misc]

    def connection_lost(self, exc: Exception | None) -> None:
        self.transports.discard(self._tracked_transport)
        super().connection_lost(exc)  # type: ignore[misc]


class _IMAPProtocol(_Tracked, asyncio.StreamReaderProtocol):
    def __init__(self, transports: set[asyncio.Transport], callback: Any,
                 loop: asyncio.AbstractEventLoop) -> None:
        self.transports = transports
        super().__init__(asyncio.StreamReader(limit=2**16, loop=loop),
                         callback, loop=loop)


class _SMTPProtocol(_Tracked, SMTP):
    def __init__(self, transports: set[asyncio.Transport],
                 *args: Any, **kwargs: Any) -> None:
        self.transports = transports
        super().__init__(*args, **kwargs)


def _not_login_data_warning(record: logging.LogRecord) -> bool:
    # aiosmtpd 1.4 logs this on every successful AUTH via `authenticator`.
    return not str(record.msg).startswith("Session.login_data is deprecated")


def _accept_any_auth(server: Any, session: Any, envelope: Any,
                     mechanism: str, auth_data: Any) -> AuthResult:
    return AuthResult(success=True)


class _SmtpHandler:
    def __init__(self, owner: DemoServers) -> None:
        self._owner = owner

    async def handle_DATA(self, server: Any, session: Any,
                          envelope: Any) -> str:
        data = envelope.original_content or envelope.content or b""
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogateescape")
        await self._owner._deliver(envelope.mail_from or "",
                                   list(envelope.rcpt_tos), bytes(data))
        return "250 Message accepted for delivery"


class DemoServers:
    """Local IMAP (pymap, in memory) + SMTP (aiosmtpd) servers for a demo.

    ``users`` maps login (full email address, stored lowercased) to a
    cleartext password.  Use as a context manager or call :meth:`start` /
    :meth:`stop`.  :attr:`sent` holds ``(mail_from, rcpt_tos, data)`` for
    every message received over SMTP, including unknown recipients.
    """

    host = "127.0.0.1"

    def __init__(self, users: Mapping[str, str]) -> None:
        self.users: dict[str, str] = {k.lower(): v for k, v in users.items()}
        self.imap_port = 0
        self.smtp_port = 0
        self._sent: list[tuple[str, list[str], bytes]] = []
        self._sent_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._config: _DemoConfig | None = None

    # -- public sync API -------------------------------------------------

    @property
    def sent(self) -> list[tuple[str, list[str], bytes]]:
        """A snapshot of the SMTP envelopes received so far."""
        with self._sent_lock:
            return list(self._sent)

    def start(self) -> Self:
        if self._thread is not None:
            raise RuntimeError("DemoServers already started")
        logging.getLogger("mail.log").addFilter(_not_login_data_warning)
        self._ready.clear()
        self._error = None
        self._thread = threading.Thread(
            target=self._run, name="mailbot-demo-servers", daemon=True)
        self._thread.start()
        if not self._ready.wait(_START_TIMEOUT):
            self.stop()
            raise RuntimeError("demo servers did not start in time")
        if self._error is not None:
            self._thread.join()
            raise RuntimeError("demo servers failed to start") \
                from self._error
        return self

    def stop(self) -> None:
        thread, self._thread = self._thread, None
        if thread is None:
            return
        loop, stopping = self._loop, self._stopping
        if loop is not None and stopping is not None:
            with contextlib.suppress(RuntimeError):  # loop already closed
                loop.call_soon_threadsafe(stopping.set)
        thread.join()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def append(self, user: str, raw: bytes, folder: str = "INBOX") -> None:
        """Deliver ``raw`` into ``user``'s ``folder`` (created if missing)."""
        self._call(self._append(user.lower(), bytes(raw), folder, True))

    def fetch_all(self, user: str, folder: str = "INBOX") -> list[bytes]:
        """Return the raw bytes of every message in ``user``'s ``folder``."""
        found: list[bytes] = self._call(self._fetch_all(user.lower(), folder))
        return found

    # -- event-loop side ---------------------------------------------------

    def _call(self, coro: Any) -> Any:
        loop = self._loop
        if self._thread is None or loop is None:
            coro.close()
            raise RuntimeError("DemoServers is not running")
        fut = asyncio.run_coroutine_threadsafe(coro, loop)
        return fut.result(_CALL_TIMEOUT)

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:  # reported by start()  # noqa: BLE001
            self._error = exc
        finally:
            self._ready.set()

    async def _main(self) -> None:
        loop = self._loop = asyncio.get_running_loop()
        self._stopping = asyncio.Event()
        args = Namespace(passlib_cfg=None, proxy_protocol=None,
                         inherited_sockets=None, debug=False)
        config = self._config = _DemoConfig(
            args, host=self.host, port=0,
            demo_data=False, demo_user="", demo_password="",
            hash_context=Cleartext(),
            subsystem=Subsystem.for_asyncio(),
            cpu_subsystem=Subsystem.for_asyncio(),  # no thread pool
            ssl_context=ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER),  # unused
            tls_enabled=False, invalid_user_sleep=0.0)
        config.apply_context()
        login = Login(config)
        for name, password in self.users.items():
            identity = Identity(name, login, None, frozenset())
            await identity.set(UserMetadata(config, name, password=password))
            config.set_cache[name] = (MailboxSet(), FilterSet())

        imap_cb = ProxyProtocolReader(config.proxy_protocol).get_callback(
            _IMAPServer(login, config))
        handler = _SmtpHandler(self)
        conns: set[asyncio.Transport] = set()
        imap = await loop.create_server(
            lambda: _IMAPProtocol(conns, imap_cb, loop), self.host, 0)
        smtp = await loop.create_server(
            lambda: _SMTPProtocol(conns, handler, hostname=self.host,
                                  loop=loop, authenticator=_accept_any_auth,
                                  auth_require_tls=False),
            self.host, 0)
        servers = (imap, smtp)
        try:
            self.imap_port = imap.sockets[0].getsockname()[1]
            self.smtp_port = smtp.sockets[0].getsockname()[1]
            self._ready.set()
            await self._stopping.wait()
        finally:
            await self._shutdown(servers, conns)
        # asyncio.run() then cancels whatever connection tasks remain.

    @staticmethod
    async def _shutdown(servers: tuple[asyncio.Server, ...],
                        conns: set[asyncio.Transport]) -> None:
        loop = asyncio.get_running_loop()
        # Stop accepting, then let accepts already in flight finish: on 3.11,
        # Server.close() during one logs "Error on transport creation" and
        # leaks the socket.
        for server in servers:
            for sock in server.sockets:
                loop.remove_reader(sock.fileno())
        for _ in range(3):
            await asyncio.sleep(0)
        for server in servers:
            server.close()
        # Close live connections ourselves: a connection task cancelled
        # before its first step would never close its transport.
        for transport in list(conns):
            transport.close()
        deadline = loop.time() + 1.0
        while conns and loop.time() < deadline:  # noqa: ASYNC110 - no event fires on the last close
            await asyncio.sleep(0.005)
        for transport in list(conns):
            transport.abort()
        for server in servers:
            await server.wait_closed()
        await asyncio.sleep(0)

    async def _mailbox(self, user: str, folder: str, create: bool) -> Any:
        assert self._config is not None
        try:
            mailbox_set, _ = self._config.set_cache[user]
        except KeyError:
            raise KeyError(f"unknown demo user: {user!r}") from None
        try:
            return await mailbox_set.get_mailbox(folder)
        except KeyError:
            if not create:
                raise KeyError(f"{user}: no folder {folder!r}") from None
        await mailbox_set.add_mailbox(folder)
        return await mailbox_set.get_mailbox(folder)

    async def _append(self, user: str, raw: bytes, folder: str,
                      create: bool) -> None:
        mbx = await self._mailbox(user, folder, create)
        msg = AppendMessage(raw, datetime.now(UTC), frozenset())
        await mbx.append(msg, recent=True)

    async def _fetch_all(self, user: str, folder: str) -> list[bytes]:
        mbx = await self._mailbox(user, folder, False)
        out: list[bytes] = []
        async for msg in mbx.messages():
            loaded = await msg.load_content(FetchRequirement.CONTENT)
            out.append(bytes(loaded))
        return out

    async def _deliver(self, mail_from: str, rcpt_tos: list[str],
                       data: bytes) -> None:
        with self._sent_lock:
            self._sent.append((mail_from, list(rcpt_tos), data))
        for user in dict.fromkeys(r.lower() for r in rcpt_tos):
            if user in self.users:
                await self._append(user, data, "INBOX", False)

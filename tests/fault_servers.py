"""Servers that fail on purpose, for the fault campaign (bench/faults.py) and its tests.

* :class:`FaultySmtp` -- an aiosmtpd server over implicit TLS whose answers are scripted:
  a reply code at MAIL, RCPT or DATA, a hang, a dropped connection, before or after the
  message was taken. It records each message it took (by Message-ID), so a campaign can
  count deliveries.
* :class:`PrivatePostgres` -- a throw-away PostgreSQL cluster (initdb + pg_ctl, as user
  postgres when run as root) on a free port, that can be restarted at will: never the
  machine's shared server.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import pwd
import shutil
import ssl
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from email import message_from_bytes
from typing import Any, Self

import psycopg

from tests.servers import LOCALHOST, _Port0Controller, free_port

# -- SMTP --------------------------------------------------------------------------------


@dataclass
class Fault:
    """What the server does at `stage` ("mail", "rcpt" or "data") for the next `times`
    sends that reach it (0: until cleared).

    action: "reply" (answer `reply`), "hang" (say nothing), "drop" (close the
    connection); at "data" also "take-hang" and "take-drop": the message is taken (it
    counts as delivered, as a real server may queue it) and then the server hangs or
    drops instead of answering; "take-slow": taken, and "250" only after `seconds`.
    """

    stage: str
    action: str
    reply: str = ""
    times: int = 1
    seconds: float = 0.0


def make_cert(directory: str, name: str) -> tuple[str, str]:
    """A self-signed certificate for localhost and 127.0.0.1: (cert path, key path)."""
    cert, key = os.path.join(directory, f"{name}.pem"), os.path.join(directory, f"{name}.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-days", "30",
                    "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                    "-keyout", key, "-out", cert],
                   check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                   stderr=subprocess.PIPE)
    return cert, key


class _FaultHandler:
    def __init__(self, smtp: FaultySmtp) -> None:
        self.smtp = smtp

    async def _act(self, fault: Fault, server: Any) -> str | None:
        if fault.action == "reply":
            return fault.reply
        if fault.action in ("hang", "take-hang"):
            await asyncio.sleep(self.smtp.hang_seconds)
        server.transport.abort()  # "drop", or after a hang: the client has given up
        return "421 4.3.0 gone"  # written to a closed transport: nobody reads it

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str,
                          mail_options: list[str]) -> str:
        fault = self.smtp.take("mail")
        if fault is not None:
            return await self._act(fault, server) or "250 OK"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        fault = self.smtp.take("rcpt")
        if fault is not None:
            return await self._act(fault, server) or "250 OK"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        fault = self.smtp.take("data")
        if fault is not None and not fault.action.startswith("take-"):
            return await self._act(fault, server) or "250 OK"
        self.smtp.record(bytes(envelope.content))
        if fault is not None and fault.action == "take-slow":
            await asyncio.sleep(fault.seconds)
        elif fault is not None:
            return await self._act(fault, server) or "250 OK"
        return "250 2.0.0 Message accepted for delivery"


class FaultySmtp:
    """aiosmtpd over implicit TLS (SMTPS) on 127.0.0.1, answering as scripted."""

    host = LOCALHOST

    def __init__(self, cert: str, key: str, *, hang_seconds: float = 30.0) -> None:
        self.cert, self.key = cert, key
        self.hang_seconds = hang_seconds
        self.port: int | None = None
        self.faults: list[Fault] = []
        self.hits: list[str] = []  # "stage:action" of each fault that struck
        self.delivered: dict[str, int] = {}  # Message-ID -> times taken
        self._lock = threading.Lock()
        self._controller: _Port0Controller | None = None

    def inject(self, *faults: Fault) -> None:
        with self._lock:
            self.faults.extend(faults)

    def clear(self) -> None:
        with self._lock:
            self.faults.clear()

    def take(self, stage: str) -> Fault | None:
        with self._lock:
            for f in self.faults:
                if f.stage == stage:
                    if f.times:
                        f.times -= 1
                        if f.times == 0:
                            self.faults.remove(f)
                    self.hits.append(f"{stage}:{f.action}")
                    return f
        return None

    def record(self, raw: bytes) -> None:
        mid = message_from_bytes(raw)["Message-ID"] or ""
        with self._lock:
            self.delivered[mid] = self.delivered.get(mid, 0) + 1

    def times_delivered(self, message_id: str) -> int:
        with self._lock:
            return self.delivered.get(message_id, 0)

    def start(self) -> Self:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(self.cert, self.key)
        controller = _Port0Controller(_FaultHandler(self), hostname=LOCALHOST, port=0,
                                      server_hostname="localhost", ready_timeout=5.0,
                                      ssl_context=ctx)
        controller.start()
        self._controller = controller
        self.port = controller.port
        return self

    def stop(self) -> None:
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


# -- PostgreSQL ------------------------------------------------------------------------------

PG_BIN = "/usr/lib/postgresql/15/bin"


class PrivatePostgres:
    """A PostgreSQL cluster of its own in a temp dir, trust auth, on a free loopback port."""

    def __init__(self, bin_dir: str = PG_BIN) -> None:
        self.bin_dir = bin_dir
        self.root: str | None = None
        self.port: int | None = None

    @property
    def data(self) -> str:
        assert self.root is not None
        return os.path.join(self.root, "data")

    def _run(self, *argv: str, timeout: float = 60) -> None:
        cmd = [os.path.join(self.bin_dir, argv[0]), *argv[1:]]
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, timeout=timeout)

    def start(self) -> Self:
        self.root = tempfile.mkdtemp(prefix="pg-faults-", dir="/tmp")
        if os.geteuid() == 0:
            pg = pwd.getpwnam("postgres")
            os.chown(self.root, pg.pw_uid, pg.pw_gid)
        self._run("initdb", "-D", self.data, "-A", "trust", "-U", "postgres", "--no-sync",
                  "-E", "UTF8")
        self.port = free_port()
        self._pg_ctl("start")
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute("CREATE DATABASE mailbot")
        return self

    def _pg_ctl(self, action: str, *extra: str) -> None:
        self._run("pg_ctl", "-D", self.data, "-w", "-l", os.path.join(self.root or "", "log"),
                  "-o", f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                        "-c fsync=off", *extra, action)

    def down(self) -> None:
        """Stop the server at once (every session ended); `up()` starts it again."""
        self._pg_ctl("stop", "-m", "immediate")

    def up(self) -> None:
        self._pg_ctl("start")

    def restart(self, mode: str = "immediate") -> None:
        """Restart the server; `immediate` ends every session at once, mid-transaction."""
        self._pg_ctl("restart", "-m", mode)

    def url(self, db: str = "mailbot") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{db}"

    def stop(self) -> None:
        if self.root is None:
            return
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run("pg_ctl", "-D", self.data, "-w", "-m", "immediate", "stop")
        shutil.rmtree(self.root, ignore_errors=True)
        self.root = None

    def waiting_on_locks(self) -> int:
        """Sessions of the mailbot database waiting for a lock right now."""
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            row = conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                               "'mailbot' AND wait_event_type = 'Lock'").fetchone()
        return int(row[0]) if row else 0

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def wait_until(check: Any, timeout: float, step: float = 0.1) -> Any:
    """Poll `check` until it is truthy (returned) or `timeout` s pass (None)."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result or time.monotonic() > deadline:
            return result or None
        time.sleep(step)

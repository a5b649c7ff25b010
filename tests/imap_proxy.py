"""A TCP proxy on 127.0.0.1 in front of the private Dovecot that records every IMAP
command a client sends, so a test can count what the daemon says to its server; it can
also inject faults: cut every connection at once (a dead network, a crashed server),
cut the next connection in the middle of a FETCH answer, refuse or hang new connections
(a server down, a server frozen), and be pointed at another port (a server restarted
elsewhere). With `record=False` it is a plain TCP fault proxy (e.g. before SMTP over TLS).

Also: the CPU time a process (or a process group) has used, read from /proc.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import threading
import time
from dataclasses import dataclass
from typing import Self

from tests.servers import LOCALHOST, _group_members

_COMMAND = re.compile(rb"^([A-Za-z0-9.]+) ((?:UID )?[A-Za-z]+)")
_LITERAL = re.compile(rb"\{(\d+)\+?\}$")


@dataclass(frozen=True)
class Command:
    at: float  # time.monotonic()
    conn: int  # connection number, from 1
    name: str  # "LOGIN", "SELECT", "UID SEARCH", "IDLE", "DONE", ...


class CountingProxy:
    def __init__(self, port: int, host: str = LOCALHOST, *, record: bool = True) -> None:
        self.target = (host, port)
        self.record = record
        # what happens to a new connection: "pass", "refuse" (closed at once) or "hang"
        # (accepted, never answered: a frozen server, a greeting that never comes)
        self.mode = "pass"
        self.cut_fetch = False  # armed: the next FETCH answer is cut halfway (one shot)
        self.cuts = 0  # connections cut by cut_fetch
        self.hung = 0  # connections accepted in "hang" mode
        self.commands: list[Command] = []
        self.connections = 0
        self._lock = threading.Lock()
        self._socks: list[socket.socket] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind((LOCALHOST, 0))
        self._listener.listen(16)
        self.port = self._listener.getsockname()[1]
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    # -- what was said -----------------------------------------------------------------

    def names(self, since: float = 0.0) -> list[str]:
        with self._lock:
            return [c.name for c in self.commands if c.at >= since]

    def count(self, name: str, since: float = 0.0) -> int:
        return self.names(since).count(name)

    def times(self, name: str) -> list[float]:
        with self._lock:
            return [c.at for c in self.commands if c.name == name]

    def wait_for(self, name: str, n: int = 1, timeout: float = 10.0,
                 since: float = 0.0) -> float:
        """Wait until `name` was sent `n` times since `since`; returns when the last was."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            seen = [t for t in self.times(name) if t >= since]
            if len(seen) >= n:
                return seen[n - 1]
            time.sleep(0.02)
        raise AssertionError(f"{name} not sent {n} time(s) within {timeout}s; "
                             f"commands: {self.names(since)[-30:]}")

    # -- faults ------------------------------------------------------------------------

    def drop_all(self) -> None:
        """Cut every open connection (both sides), as a dead link would."""
        with self._lock:
            socks, self._socks = self._socks, []
        for s in socks:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()

    def cut_next_fetch(self) -> None:
        """Cut the connection halfway through the next answer to a FETCH."""
        self.cut_fetch = True

    def close(self) -> None:
        self._closed = True
        self._listener.close()
        self.drop_all()

    # -- plumbing ----------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self.mode == "refuse":
                client.close()
                continue
            if self.mode == "hang":
                with self._lock:
                    self.hung += 1
                    self._socks.append(client)  # closed by drop_all or close
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=10)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self._lock:
                self.connections += 1
                conn = self.connections
                self._socks += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream, conn),
                             daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, 0),
                             daemon=True).start()

    def _cut(self, data: bytes, src: socket.socket, dst: socket.socket) -> bool:
        """When armed and `data` (from the server) holds a FETCH answer: pass half of it
        on, then cut both sides. True when it did."""
        at = data.find(b" FETCH (")
        if not self.cut_fetch or at < 0:
            return False
        self.cut_fetch = False
        self.cuts += 1
        with contextlib.suppress(OSError):
            dst.sendall(data[:at + (len(data) - at) // 2])
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
        return True

    def _pump(self, src: socket.socket, dst: socket.socket, conn: int) -> None:
        """Copy src to dst; for client-to-server traffic (conn > 0), record commands."""
        buf = b""
        literal = 0
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if not conn and self._cut(data, src, dst):
                    break
                dst.sendall(data)
                if not conn or not self.record:
                    continue
                buf += data
                while True:
                    if literal:
                        take = min(literal, len(buf))
                        buf, literal = buf[take:], literal - take
                        if literal:
                            break
                    line, sep, rest = buf.partition(b"\r\n")
                    if not sep:
                        break
                    buf = rest
                    self._record(line, conn)
                    m = _LITERAL.search(line)
                    literal = int(m.group(1)) if m else 0
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def _record(self, line: bytes, conn: int) -> None:
        if line.strip().upper() == b"DONE":
            name = "DONE"
        else:
            m = _COMMAND.match(line)
            if not m:
                return  # continuation data (AUTHENTICATE), not a command
            name = m.group(2).decode().upper()
        with self._lock:
            self.commands.append(Command(time.monotonic(), conn, name))

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (Linux /proc)."""
    with open(f"/proc/{pid}/stat", "rb") as f:
        stat = f.read()
    fields = stat[stat.rfind(b")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / _TICK


def group_cpu_seconds(pgid: int) -> float:
    """CPU time of the live processes of a process group (e.g. Dovecot and its imap
    processes), summed; processes that ended are not counted."""
    total = 0.0
    for pid in _group_members(pgid):
        with contextlib.suppress(OSError):
            total += cpu_seconds(pid)
    return total

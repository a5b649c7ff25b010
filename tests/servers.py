"""Real, throw-away mail servers for the test suite (loopback only).

* :class:`Dovecot` -- a private Dovecot instance (IMAP, IMAPS, LMTP) in a temp dir,
  configured as in ``/work/shared/recipes/mail-servers.md``.
* :class:`SmtpSink` -- an aiosmtpd SMTP server in a background thread that records
  every message and (optionally) delivers it into a :class:`Dovecot` via LMTP.

Both are plain classes (start/stop or ``with``); the pytest fixtures live in
``tests/conftest.py``.
"""

from __future__ import annotations

import asyncio
import contextlib
import grp
import os
import pwd
import re
import shutil
import signal
import smtplib
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Self, cast

import imapclient
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

__all__ = ["Dovecot", "Received", "SmtpSink", "free_port"]

DOVECOT_MISSING = (
    "Dovecot is not installed: apt-get install dovecot-imapd dovecot-lmtpd"
)

LOCALHOST = "127.0.0.1"


def free_port() -> int:
    """A currently free TCP port on 127.0.0.1 (bind to port 0, read it, close)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((LOCALHOST, 0))
        port: int = s.getsockname()[1]
        return port


def _find_dovecot() -> str | None:
    found = shutil.which("dovecot")
    if found:
        return found
    # Ordinary users often lack the sbin directories on PATH.
    for candidate in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot", "/sbin/dovecot"):
        if os.access(candidate, os.X_OK):
            return candidate
    return None


def _crlf(raw: bytes) -> bytes:
    """Normalise bare LF line endings to CRLF (SMTP/LMTP wire format)."""
    return re.sub(rb"(?<!\r)\n", b"\r\n", raw)


def _group_members(pgid: int) -> list[int]:
    """PIDs of live (non-zombie) processes in process group ``pgid`` (Linux /proc)."""
    pids: list[int] = []
    try:
        entries = os.listdir("/proc")
    except OSError:
        return pids
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        # "pid (comm) state ppid pgrp ..." -- comm may contain spaces/parens.
        rest = stat[stat.rfind(b")") + 2 :].split()
        if len(rest) >= 3 and int(rest[2]) == pgid and rest[0] not in (b"Z", b"X"):
            pids.append(int(entry))
    return pids


_CONFIG = """\
protocols = imap lmtp
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
instance_name = dovecot-test-{tag}
log_path = /dev/stderr
info_log_path = {root}/dovecot-info.log
default_login_user = {login_user}
default_internal_user = {internal_user}
default_internal_group = {internal_group}
first_valid_uid = {mail_uid}
first_valid_gid = {mail_gid}
ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%n {root}/passwd
}}
userdb {{
  driver = static
  args = uid={mail_uid} gid={mail_gid} home={root}/mail/%n
}}
mail_location = maildir:~/Maildir
mail_fsync = never
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
    ssl = yes
  }}
}}
service lmtp {{
  inet_listener lmtp {{
    address = 127.0.0.1
    port = {lmtp_port}
  }}
}}
service anvil {{
  chroot =
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
protocol imap {{
  mail_max_userip_connections = 100
}}
protocol lmtp {{
  postmaster_address = postmaster@localhost
}}
"""


class _PortTaken(RuntimeError):
    pass


class Dovecot:
    """A private, throw-away Dovecot (IMAP + IMAPS + LMTP) on 127.0.0.1.

    ``users`` maps login names (local parts such as ``"alice"``) to passwords.
    Mail for ``alice@anything`` delivered over LMTP lands in ``alice``'s INBOX.
    """

    host = LOCALHOST

    def __init__(self, users: dict[str, str] | None = None, *, start_timeout: float = 10.0):
        self.users: dict[str, str] = dict(users or {})
        self.start_timeout = start_timeout
        self.root: str | None = None
        self.imap_port: int | None = None
        self.imaps_port: int | None = None
        self.lmtp_port: int | None = None
        self.proc: subprocess.Popen[bytes] | None = None
        self._log_file: BinaryIO | None = None

    # -- lifecycle ---------------------------------------------------------------

    @property
    def cert_path(self) -> str:
        """Self-signed certificate (CN=localhost, SAN localhost + 127.0.0.1) for IMAPS."""
        return os.path.join(self.root, "cert.pem")

    @property
    def log_path(self) -> str:
        return os.path.join(self.root, "dovecot.log")

    def read_log(self) -> str:
        """Dovecot's error/warning log (stderr) so far."""
        try:
            with open(self.log_path, encoding="utf-8", errors="replace") as f:
                return f.read()
        except (OSError, TypeError):
            return ""

    def start(self) -> Self:
        if self.proc is not None:
            raise RuntimeError("Dovecot already started")
        binary = _find_dovecot()
        if binary is None:
            raise RuntimeError(DOVECOT_MISSING)
        for attempt in range(3):
            try:
                self._start(binary)
                return self
            except _PortTaken:
                self.stop()  # another process grabbed a port in between: new ports
                if attempt == 2:
                    raise
            except BaseException:
                self.stop()
                raise
        return self

    def _start(self, binary: str) -> None:
        self.root = root = tempfile.mkdtemp(prefix="dc-", dir="/tmp")
        os.chmod(root, 0o755)  # Dovecot's unprivileged users must traverse it
        mail_dir = os.path.join(root, "mail")
        os.mkdir(mail_dir)

        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            try:
                mail_gid = grp.getgrnam("nogroup").gr_gid
            except KeyError:
                mail_gid = nobody.pw_gid
            os.chown(mail_dir, nobody.pw_uid, mail_gid)
            ids = {
                "login_user": "dovenull",
                "internal_user": "dovecot",
                "internal_group": "dovecot",
                "mail_uid": nobody.pw_uid,
                "mail_gid": mail_gid,
            }
        else:
            me = pwd.getpwuid(os.getuid()).pw_name
            my_group = grp.getgrgid(os.getgid()).gr_name
            ids = {
                "login_user": me,
                "internal_user": me,
                "internal_group": my_group,
                "mail_uid": os.getuid(),
                "mail_gid": os.getgid(),
            }

        self._write_passwd()
        subprocess.run(
            [
                "openssl", "req", "-x509", "-newkey", "ec",
                "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "30",
                "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-keyout", os.path.join(root, "key.pem"),
                "-out", os.path.join(root, "cert.pem"),
            ],
            check=True,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        # Dovecot's processes read the key while still privileged; keep it private.
        os.chmod(os.path.join(root, "key.pem"), 0o600)

        self.imap_port, self.imaps_port, self.lmtp_port = self._three_ports()
        conf = os.path.join(root, "dovecot.conf")
        with open(conf, "w") as f:
            f.write(
                _CONFIG.format(
                    root=root,
                    tag=os.path.basename(root),
                    imap_port=self.imap_port,
                    imaps_port=self.imaps_port,
                    lmtp_port=self.lmtp_port,
                    **ids,
                )
            )

        self._log_file = open(self.log_path, "ab")  # noqa: SIM115 - open while Dovecot runs; closed in stop()
        self.proc = subprocess.Popen(
            [binary, "-F", "-c", conf],
            stdin=subprocess.DEVNULL,
            stdout=self._log_file,
            stderr=self._log_file,
            start_new_session=True,
        )
        self._wait_for_greeting()

    @staticmethod
    def _three_ports() -> tuple[int, int, int]:
        socks = []
        try:
            for _ in range(3):
                s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                socks.append(s)
                s.bind((LOCALHOST, 0))
            return tuple(s.getsockname()[1] for s in socks)
        finally:
            for s in socks:
                s.close()

    def _wait_for_greeting(self) -> None:
        deadline = time.monotonic() + self.start_timeout
        last_error: Exception | None = None
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                if "Address already in use" in self.read_log():
                    raise _PortTaken(self.read_log())
                raise RuntimeError(
                    f"dovecot exited with status {self.proc.returncode}:\n{self.read_log()}"
                )
            try:
                with socket.create_connection((self.host, self.imap_port), timeout=1) as s:
                    greeting = s.recv(1024)
                if greeting.startswith(b"* OK"):
                    return
                last_error = RuntimeError(f"unexpected greeting {greeting!r}")
            except OSError as e:
                last_error = e
            time.sleep(0.01)
        raise RuntimeError(
            f"dovecot did not greet on port {self.imap_port} within "
            f"{self.start_timeout}s ({last_error}):\n{self.read_log()}"
        )

    def stop(self) -> None:
        """Kill the whole process group (master + imap/lmtp children), remove the dir."""
        proc, self.proc = self.proc, None
        if proc is not None:
            pgid = proc.pid  # start_new_session=True: the master leads its own group
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pgid, signal.SIGTERM)
            try:
                # Usually ~3 ms; now and then the master lingers ~1 s on shutdown.
                # It is a throw-away instance: don't wait for that, SIGKILL it.
                proc.wait(timeout=0.25)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(pgid, signal.SIGKILL)
                proc.wait(timeout=5)
            # Children (orphaned imap/lmtp/auth processes) may outlive the master.
            deadline = time.monotonic() + 2.0
            while _group_members(pgid):
                if time.monotonic() > deadline:
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(pgid, signal.SIGKILL)
                    break
                time.sleep(0.005)
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- faults (the mail stays: same directory, same ports) ------------------------

    def kill(self) -> None:
        """Stop the server (SIGTERM to its process group), keeping its mail and config."""
        proc, self.proc = self.proc, None
        if proc is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)
        deadline = time.monotonic() + 5
        while _group_members(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.02)

    def revive(self) -> None:
        """Start the server again after kill(), on the same directory and ports."""
        binary = _find_dovecot()
        assert binary is not None
        assert self.root is not None
        assert self.proc is None
        self.proc = subprocess.Popen(
            [binary, "-F", "-c", os.path.join(self.root, "dovecot.conf")],
            stdin=subprocess.DEVNULL, stdout=self._log_file, stderr=self._log_file,
            start_new_session=True)
        self._wait_for_greeting()

    def freeze(self) -> None:
        """SIGSTOP every process of the server: connections stay open, nothing answers."""
        assert self.proc is not None
        os.killpg(self.proc.pid, signal.SIGSTOP)

    def thaw(self) -> None:
        assert self.proc is not None
        os.killpg(self.proc.pid, signal.SIGCONT)

    def forget_uids(self, user: str) -> None:
        """With the server killed: drop the INBOX's UID list and indexes, so that it comes
        back with a new UIDVALIDITY and numbers its messages from 1 again."""
        assert self.proc is None
        assert self.root is not None
        maildir = os.path.join(self.root, "mail", user, "Maildir")
        for name in os.listdir(maildir):
            if name.startswith(("dovecot-uidlist", "dovecot.index", "dovecot.list.index")):
                os.remove(os.path.join(maildir, name))

    # -- users -------------------------------------------------------------------

    def _write_passwd(self) -> None:
        lines = []
        for name, password in self.users.items():
            if any(c in name + password for c in ":\n"):
                raise ValueError(f"invalid user/password for passwd-file: {name!r}")
            lines.append(f"{name}:{{PLAIN}}{password}::::::\n")
        path = os.path.join(self.root, "passwd")
        tmp = path + ".tmp"
        with open(tmp, "w") as f:
            f.writelines(lines)
        os.chmod(tmp, 0o644)
        # Dovecot re-reads the file when its mtime (seconds) or size differ from what
        # it loaded: make the mtime differ even for same-size rewrites in one second.
        self._passwd_mtime = max(int(time.time()), getattr(self, "_passwd_mtime", 0) + 1)
        os.utime(tmp, (self._passwd_mtime, self._passwd_mtime))
        os.replace(tmp, path)

    def add_user(self, name: str, password: str, *, wait: float = 3.0) -> None:
        """Add (or change) a user by rewriting the passwd file.

        Dovecot re-reads the file on the next lookup when its mtime/size changed,
        but stats it at most once per second, so this waits (up to ``wait`` s,
        usually well under 1 s) until the new credentials are accepted.
        """
        self.users[name] = password
        if self.root is None:
            return
        self._write_passwd()
        deadline = time.monotonic() + wait
        while True:
            try:
                self.client(name).logout()
                return
            except imapclient.exceptions.LoginError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    # -- IMAP helpers ------------------------------------------------------------

    def client(self, user: str, password: str | None = None, timeout: float = 10.0) -> imapclient.IMAPClient:
        """A new IMAPClient logged in as ``user`` over plain IMAP (caller logs out)."""
        if self.proc is None:
            raise RuntimeError("Dovecot is not running")
        c = imapclient.IMAPClient(self.host, port=self.imap_port, ssl=False, timeout=timeout)
        try:
            c.socket().setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            c.login(user, self.users[user] if password is None else password)
        except BaseException:
            with contextlib.suppress(Exception):
                c.shutdown()
            raise
        return c

    def append(
        self,
        user: str,
        raw: bytes,
        folder: str = "INBOX",
        flags: Iterable[str | bytes] = (),
    ) -> int:
        """APPEND ``raw`` to ``folder`` (created if missing); returns the new UID."""
        c = self.client(user)
        try:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            resp = c.append(folder, raw, flags=tuple(flags))
        finally:
            c.logout()
        m = re.search(rb"\[APPENDUID \d+ (\d+)\]", resp if isinstance(resp, bytes) else resp.encode())
        if not m:
            raise RuntimeError(f"no APPENDUID in APPEND response {resp!r}")
        return int(m.group(1))

    def fetch_all(self, user: str, folder: str = "INBOX") -> list[bytes]:
        """Raw RFC 822 bytes of every message in ``folder``, in UID order ([] if none)."""
        c = self.client(user)
        try:
            if not c.folder_exists(folder):
                return []
            c.select_folder(folder, readonly=True)
            uids = sorted(c.search("ALL"))
            if not uids:
                return []
            data = c.fetch(uids, ["BODY.PEEK[]"])
        finally:
            c.logout()
        return [data[uid][b"BODY[]"] for uid in uids]

    def folders(self, user: str) -> list[str]:
        c = self.client(user)
        try:
            return [name for _flags, _delim, name in c.list_folders()]
        finally:
            c.logout()

    # -- LMTP --------------------------------------------------------------------

    def lmtp_deliver(self, rcpts: list[str], raw: bytes, mail_from: str = "") -> dict[str, str]:
        """Deliver ``raw`` to ``rcpts`` over LMTP.

        Recipients may be bare user names (``"alice"``) or addresses
        (``"alice@example.com"``: the domain is ignored). Returns
        ``{rcpt: "<code> <text>"}`` for every recipient that was refused
        (e.g. ``550 5.1.1 ... User doesn't exist``); nothing is raised for them.
        """
        if self.proc is None:
            raise RuntimeError("Dovecot is not running")
        errors: dict[str, str] = {}
        lmtp = smtplib.LMTP(self.host, self.lmtp_port, local_hostname="localhost", timeout=10)
        try:
            lmtp.ehlo_or_helo_if_needed()
            code, resp = lmtp.mail(mail_from)
            if code != 250:
                raise smtplib.SMTPSenderRefused(code, resp, mail_from)
            accepted = []
            for rcpt in rcpts:
                code, resp = lmtp.rcpt(rcpt)
                if code in (250, 251):
                    accepted.append(rcpt)
                else:
                    errors[rcpt] = f"{code} {resp.decode(errors='replace')}"
            if accepted:
                # LMTP answers DATA once per accepted recipient; smtplib reads one.
                code, resp = lmtp.data(_crlf(raw))
                replies = [(code, resp)] + [lmtp.getreply() for _ in accepted[1:]]
                for rcpt, (code, resp) in zip(accepted, replies, strict=False):
                    if code != 250:
                        errors[rcpt] = f"{code} {resp.decode(errors='replace')}"
            else:
                lmtp.rset()
            lmtp.quit()
        finally:
            lmtp.close()
        return errors


# ---------------------------------------------------------------------------------
# SMTP sink
# ---------------------------------------------------------------------------------


@dataclass
class Received:
    """One message accepted (or rejected) by :class:`SmtpSink`."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    #: per-recipient LMTP errors when delivering into Dovecot (unknown users etc.)
    delivery_errors: dict[str, str] = field(default_factory=dict)
    #: the SMTP login used (when the sink requires AUTH), else None
    login: str | None = None


class _Port0Controller(Controller):
    """Controller bound to an ephemeral port (``Controller(port=0)`` alone fails,
    because it connects back to the configured port to check readiness)."""

    def _trigger_server(self):
        self.port = cast(asyncio.Server, self.server).sockets[0].getsockname()[1]
        super()._trigger_server()


class _Handler:
    def __init__(self, sink: SmtpSink):
        self.sink = sink

    async def handle_MAIL(self, server, session, envelope, address, mail_options) -> str:
        # AUTH is enforced here rather than with aiosmtpd's auth_required=True,
        # which emits a UserWarning without TLS (an error under filterwarnings).
        if self.sink.auth is not None and not session.authenticated:
            return "530 5.7.0 Authentication required"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope) -> str:
        sink = self.sink
        login = None
        if getattr(session, "auth_data", None) is not None:
            auth = session.auth_data
            login = auth.login.decode() if isinstance(auth, LoginPassword) else str(auth)
        msg = Received(
            mail_from=envelope.mail_from,
            rcpt_tos=list(envelope.rcpt_tos),
            data=bytes(envelope.content),
            login=login,
        )
        with sink._cond:
            reply = sink._next_rejects.pop(0) if sink._next_rejects else sink.fail_all
        if reply:
            with sink._cond:
                sink.rejected.append((msg, reply))
                sink._cond.notify_all()
            return reply
        if sink.dovecot is not None:
            users = [r.rsplit("@", 1)[0] for r in msg.rcpt_tos]
            loop = asyncio.get_running_loop()
            try:
                errors = await loop.run_in_executor(
                    None, sink.dovecot.lmtp_deliver, users, msg.data, msg.mail_from
                )
            except Exception as e:  # keep the sink alive; the test sees the error  # noqa: BLE001
                errors = dict.fromkeys(users, f"delivery failed: {e!r}")
            msg.delivery_errors = {
                rcpt: errors[u] for rcpt, u in zip(msg.rcpt_tos, users, strict=False) if u in errors
            }
        with sink._cond:
            sink.messages.append(msg)
            sink._cond.notify_all()
        return "250 Message accepted for delivery"


class SmtpSink:
    """aiosmtpd SMTP server on 127.0.0.1 in a background thread (own event loop).

    Every accepted message is appended to ``.messages`` (``Received``) and, if a
    ``dovecot`` is given, delivered over LMTP into the mailbox of each
    recipient's local part (unknown recipients are only recorded, with the
    LMTP error in ``Received.delivery_errors``).

    ``auth={"user": "pw"}`` makes AUTH PLAIN/LOGIN mandatory (no TLS needed).
    To simulate failures, set ``fail_all = "451 4.3.0 try later"`` (every message
    is refused at end of DATA) or call ``reject_next(550)`` (only the next one).
    Refused messages go to ``.rejected`` as ``(Received, reply)``.
    """

    host = LOCALHOST

    def __init__(self, dovecot: Dovecot | None = None, auth: dict[str, str] | None = None):
        self.dovecot = dovecot
        self.auth = dict(auth) if auth is not None else None
        self.port: int | None = None
        self.messages: list[Received] = []
        self.rejected: list[tuple[Received, str]] = []
        self.fail_all: str | None = None
        self.auth_attempts: list[tuple[str, bool]] = []
        self._next_rejects: list[str] = []
        self._cond = threading.Condition()
        self._controller: _Port0Controller | None = None

    # -- failure simulation ------------------------------------------------------

    def reject_next(self, code: int = 550, text: str | None = None) -> None:
        """Refuse the next message (at end of DATA) with ``code``; can be stacked."""
        if text is None:
            text = "4.3.0 Temporary failure (test)" if code < 500 else "5.7.1 Rejected (test)"
        with self._cond:
            self._next_rejects.append(f"{code} {text}")

    # -- lifecycle ---------------------------------------------------------------

    def _authenticator(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        ok = False
        login = None
        if isinstance(auth_data, LoginPassword):
            login = auth_data.login.decode(errors="replace")
            password = auth_data.password.decode(errors="replace")
            ok = self.auth is not None and self.auth.get(login) == password
        self.auth_attempts.append((login, ok))
        if ok:
            return AuthResult(success=True, auth_data=auth_data)
        # handled=False: let aiosmtpd send "535 5.7.8 Authentication credentials
        # invalid" (handled=True without a reply would hang the client).
        return AuthResult(success=False, handled=False)

    def start(self) -> Self:
        if self._controller is not None:
            raise RuntimeError("SmtpSink already started")
        kwargs: dict[str, Any] = {}
        if self.auth is not None:
            # AUTH PLAIN/LOGIN offered without TLS (loopback); required by handle_MAIL.
            kwargs = {"authenticator": self._authenticator, "auth_require_tls": False}
        controller = _Port0Controller(
            _Handler(self),
            hostname=LOCALHOST,
            port=0,
            server_hostname="localhost",  # avoid a slow getfqdn()
            ready_timeout=5.0,
            **kwargs,
        )
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

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- waiting -----------------------------------------------------------------

    def wait_for(self, n: int, timeout: float = 5.0) -> list[Received]:
        """Block until at least ``n`` messages were accepted; returns ``.messages``."""
        with self._cond:
            if not self._cond.wait_for(lambda: len(self.messages) >= n, timeout):
                raise TimeoutError(
                    f"SmtpSink got {len(self.messages)} message(s) "
                    f"({len(self.rejected)} rejected), expected {n} within {timeout}s"
                )
            return list(self.messages)

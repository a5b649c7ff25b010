"""`mailbot doctor`: check a configuration against the real servers, one line per check.

Each check says what it found and, when it fails, what to change: a TLS/plain mismatch
between the port and `security` (found in a few seconds by listening for the server's
greeting, instead of a raw SSLError or a 30 s timeout), a certificate nobody vouches for
(`ca_file`), a host name that does not resolve, a refused password (the environment
variable that holds it). `mailbot run` refuses to start with the first failing line of
the server checks.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage

from mailbot.adapters.config import Config, ImapConfig, ServerConfig, SmtpConfig
from mailbot.errors import (
    AuthenticationFailed,
    ConfigError,
    MailbotError,
    MailboxUnavailable,
)

# a server greets at once; TLS waits for our hello: this long tells them apart
GREETING_SECONDS = 3.0
# the doctor never waits the daemon's 30 s on one step
CHECK_TIMEOUT = 10.0


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str = ""
    warning: bool = False  # passed, with a limitation (no IDLE: polling)

    def line(self) -> str:
        mark = "✓" if self.ok and not self.warning else ("!" if self.ok else "✗")
        return f"{mark} {self.name}" + (f": {self.detail}" if self.detail else "")


class CheckFailed(MailbotError):
    """A check `mailbot run` needs failed; the message is the doctor's line."""


# -- the port: plain or TLS ------------------------------------------------------------

def _probe(host: str, port: int, timeout: float, *, listen: bool) -> tuple[str, str]:
    """What answers at host:port: a failure ("dns" | "refused" | "unreachable", detail);
    else, when `listen`, what it says before we say anything: ("greeting", first line) or
    ("silent", "") (a TLS port waits for the client's hello); ("open", "") otherwise."""
    try:
        socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as e:
        return "dns", str(e.strerror or e)
    try:
        sock = socket.create_connection((host, port), timeout=timeout)
    except ConnectionRefusedError:
        return "refused", ""
    except OSError as e:
        return "unreachable", f"{type(e).__name__}: {e}"
    with sock:
        if not listen:
            return "open", ""
        sock.settimeout(GREETING_SECONDS)
        try:
            data = sock.recv(512)
        except TimeoutError:
            return "silent", ""
        except OSError as e:
            return "unreachable", f"{type(e).__name__}: {e}"
    if not data.strip():
        return "unreachable", "the server closed the connection at once"
    return "greeting", data.decode("ascii", "replace").splitlines()[0]


def _speaks_tls(host: str, port: int, timeout: float) -> bool:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE  # only: does it speak TLS at all?
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw, \
                ctx.wrap_socket(raw, server_hostname=host):
            return True
    except (OSError, ssl.SSLError):
        return False


def port_problem(section: str, cfg: ServerConfig, tls_port: int, plain_port: int
                 ) -> str | None:
    """Why `cfg` cannot work at its host and port (a sentence with the fix), or None.
    Quick either way: a plain server greets at once, a TLS one answers our hello."""
    where = f"{cfg.host}:{cfg.port}"
    timeout = min(cfg.timeout_seconds, CHECK_TIMEOUT)
    tls = cfg.security == "tls"
    kind, detail = _probe(cfg.host, cfg.port, timeout, listen=not tls)
    if kind == "dns":
        return (f"cannot resolve {cfg.host!r} ({detail}): check {section}.host (a typo? "
                "no network or DNS?)")
    if kind == "refused":
        return (f"nothing listens on {where} (connection refused): check {section}.host and "
                f"{section}.port (usually {tls_port} for TLS, {plain_port} for STARTTLS)")
    if kind == "unreachable":
        return f"cannot reach {where} ({detail}): check {section}.host, the firewall"
    if tls:
        if _speaks_tls(cfg.host, cfg.port, timeout):
            return None
        kind, detail = _probe(cfg.host, cfg.port, timeout, listen=True)
        if kind == "greeting":
            return (f"port {cfg.port} answers in plain text ({detail[:40]!r}), not TLS: set "
                    f"{section}.security = \"starttls\" (or \"plain\"), or use port "
                    f"{tls_port} with \"tls\"")
        return None  # the real connection says what it is
    if kind == "silent":
        if _speaks_tls(cfg.host, cfg.port, timeout):
            return (f"port {cfg.port} speaks TLS: set {section}.security = \"tls\" (or use "
                    f"port {plain_port} for {cfg.security})")
        return (f"{where} says nothing within {GREETING_SECONDS:.0f} s: is it a mail "
                f"server? check {section}.port")
    return None


def _cause_hint(section: str, cfg: ServerConfig, e: BaseException) -> str:
    """A sentence for an error from the real connection, with the fix where known."""
    seen: BaseException | None = e
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return (f"the server's certificate is not trusted ({seen.verify_message}): "
                    f"if it is self-signed or from a private CA, set {section}.ca_file to "
                    "that CA's PEM file")
        seen = seen.__cause__ or seen.__context__
    return " ".join(str(e).split())


def _password_hint(section: str, cfg: ServerConfig) -> str:
    if cfg.password_env is None and cfg.password_file is None:
        return (f"login refused for {cfg.username!r}: no password is configured (set "
                f"{section}.password_env or {section}.password_file)")
    source = cfg.password_source.replace("(password", f"({section}.password")
    return f"login refused for {cfg.username!r}: check the password in the {source}"


# -- IMAP -------------------------------------------------------------------------------

def check_imap(cfg: ImapConfig, *, probe_first: bool = True, login_only: bool = False
               ) -> list[Check]:
    """Login, folders, capabilities. `probe_first`: look at the port before logging in
    (a plain client on a TLS port is told in seconds, not after the timeout); else only
    when the login fails (one connection when all is well: `mailbot run`)."""
    from mailbot.adapters.mailbox import Mailbox

    name = f"IMAP {cfg.host}:{cfg.port} ({cfg.security})"
    problem = port_problem("imap", cfg, 993, 143) if probe_first else None
    if problem:
        return [Check(name, False, problem)]
    quick = cfg.model_copy(update={"timeout_seconds": min(cfg.timeout_seconds, CHECK_TIMEOUT)})
    box = Mailbox(quick)
    try:
        box.connect()
    except AuthenticationFailed:
        return [Check(name, False, _password_hint("imap", cfg))]
    except ConfigError as e:
        return [Check(name, False, str(e))]
    except MailboxUnavailable as e:
        problem = None if probe_first else port_problem("imap", cfg, 993, 143)
        return [Check(name, False, problem or _cause_hint("imap", cfg, e))]
    checks = [Check(name, True, f"logged in as {cfg.username!r}")]
    if login_only:
        box.close()
        return checks
    try:
        for folder in (cfg.folder, cfg.processed_folder, cfg.quarantine_folder):
            try:
                existed = box.c.folder_exists(folder)
                if not existed:
                    box.c.create_folder(folder)
                checks.append(Check(f"folder {folder}", True, "" if existed else "created"))
            except Exception as e:  # noqa: BLE001 - the server's refusal, in its words
                checks.append(Check(f"folder {folder}", False,
                                    f"{' '.join(str(e).split())}: check imap.folder names and "
                                    "the account's rights"))
        checks.append(Check("IMAP IDLE", True, "" if box.has("IDLE") else
                            f"not offered: the bot polls every {cfg.poll_seconds} s",
                            warning=not box.has("IDLE")))
        checks.append(Check("IMAP MOVE", True, "" if box.has("MOVE") else
                            "not offered: processed mail is flagged and stays in "
                            f"{cfg.folder}", warning=not box.has("MOVE")))
    finally:
        box.close()
    return checks


# -- SMTP -------------------------------------------------------------------------------

def _smtp_client(cfg: SmtpConfig) -> object:
    import aiosmtplib

    from mailbot.adapters.mailbox import tls_context

    return aiosmtplib.SMTP(
        hostname=cfg.host, port=cfg.port, username=cfg.username,
        password=cfg.password("SMTP") if cfg.username else None,
        use_tls=cfg.security == "tls", start_tls=cfg.security == "starttls",
        tls_context=tls_context(cfg.ca_file) if cfg.security != "plain" else None,
        timeout=min(cfg.timeout_seconds, CHECK_TIMEOUT))


def check_smtp(cfg: SmtpConfig, *, probe_first: bool = True) -> Check:
    import aiosmtplib

    name = f"SMTP {cfg.host}:{cfg.port} ({cfg.security})"
    problem = port_problem("smtp", cfg, 465, 587) if probe_first else None
    if problem:
        return Check(name, False, problem)

    async def talk() -> None:
        smtp = _smtp_client(cfg)
        assert isinstance(smtp, aiosmtplib.SMTP)
        await smtp.connect()  # EHLO, STARTTLS and AUTH as configured
        await smtp.quit()

    try:
        asyncio.run(talk())
    except ConfigError as e:
        return Check(name, False, str(e))
    except aiosmtplib.SMTPAuthenticationError:
        return Check(name, False, _password_hint("smtp", cfg))
    except (aiosmtplib.SMTPException, OSError, TimeoutError) as e:
        problem = None if probe_first else port_problem("smtp", cfg, 465, 587)
        return Check(name, False, problem or
                     f"{type(e).__name__}: {_cause_hint('smtp', cfg, e)}")
    return Check(name, True, f"logged in as {cfg.username!r}" if cfg.username
                 else "accepts mail (no login configured)")


def check_test_send(cfg: Config, to: str, now: datetime) -> Check:
    from email.utils import format_datetime

    from mailbot.adapters.mailbox import tls_context
    from mailbot.adapters.render import mint_message_id
    from mailbot.adapters.smtp import SmtpSender

    msg = EmailMessage()
    msg["From"] = cfg.mailbox.address
    msg["To"] = to
    msg["Subject"] = "[mailbot] test message from mailbot doctor"
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = mint_message_id(cfg.mailbox.domain)
    msg.set_content(f"This is a test sent by `mailbot doctor --send-test` for "
                    f"{cfg.company.name}.\nIf you read this, the bot can send mail.\n")
    quick = cfg.smtp.model_copy(update={"timeout_seconds": min(cfg.smtp.timeout_seconds,
                                                               CHECK_TIMEOUT)})
    sender = SmtpSender(quick, sender=cfg.mailbox.address, attempts=1,
                        tls_context=tls_context(quick.ca_file)
                        if quick.security != "plain" else None)
    try:
        asyncio.run(sender.send(msg, [to]))
    except MailbotError as e:
        return Check(f"test mail to {to}", False, str(e))
    return Check(f"test mail to {to}", True, "sent: check that it arrived")


# -- database and templates -------------------------------------------------------------

def check_database(cfg: Config) -> Check:
    from mailbot.adapters.store import Store, schema_revisions

    store = None
    try:
        store = Store(cfg.database.url)
        store.check_schema()
        current, _head = schema_revisions(store.engine)
    except MailbotError as e:
        return Check("database", False, str(e))
    finally:
        if store is not None:
            store.close()
    return Check("database", True, f"{store.engine.url.render_as_string()} at the newest "
                 f"schema ({current})")


def languages(cfg: Config) -> list[str]:
    """The languages letters may be written in: English, every [company.i18n] table and
    every language [debtors.profiles] names."""
    found = {"en", *cfg.company.i18n}
    found |= {p.language for p in cfg.debtors.profiles.values() if p.language}
    return sorted(found)


def check_templates(cfg: Config, now: datetime) -> list[Check]:
    from mailbot.adapters.render import make_env
    from mailbot.app.preview import OTHER_LETTERS, preview

    try:
        env = make_env(cfg.templates_dir)
    except MailbotError as e:
        return [Check("templates", False, str(e))]
    served = {n.split("/")[0] for n in env.list_templates() if n.endswith("/_client.j2")}
    stages = [s.name for s in cfg.schedule.stages if s.audience == "client"]
    checks = []
    for lang in languages(cfg):
        if lang not in served:
            checks.append(Check(f"letters in {lang!r}", False,
                                f"no templates: they would go out in English (there are: "
                                f"{', '.join(sorted(served))})"))
            continue
        broken = []
        for stage in [*stages, *OTHER_LETTERS]:
            try:
                preview(cfg, env, stage, lang, now)
            except Exception as e:  # noqa: BLE001 - any template error, in its words
                broken.append(f"{stage}: {type(e).__name__}: {' '.join(str(e).split())}")
        checks.append(Check(f"letters in {lang!r}", not broken,
                            "; ".join(broken) if broken else
                            f"{len(stages) + len(OTHER_LETTERS)} letters render"))
    return checks


# -- all of it --------------------------------------------------------------------------

def run_checks(cfg: Config, now: datetime, *, send_test: bool = False,
               report: Callable[[Check], None] = lambda c: None) -> list[Check]:
    """Every check, each reported as soon as it is known."""
    done: list[Check] = []

    def add(*checks: Check) -> None:
        for c in checks:
            done.append(c)
            report(c)

    add(*check_imap(cfg.imap))
    smtp = check_smtp(cfg.smtp)
    add(smtp)
    if send_test:
        if not cfg.staff.digest_to:
            add(Check("test mail", False, "staff.digest_to is empty: nobody to send it to"))
        elif smtp.ok:
            add(check_test_send(cfg, cfg.staff.digest_to[0], now))
        else:
            add(Check(f"test mail to {cfg.staff.digest_to[0]}", False, "not tried: SMTP failed"))
    add(check_database(cfg))
    add(*check_templates(cfg, now))
    return done


def check_before_run(cfg: Config) -> None:
    """What `mailbot run` needs before it starts: IMAP login and an SMTP server that
    answers. Raises CheckFailed with the doctor's line."""
    for check in [*check_imap(cfg.imap, probe_first=False, login_only=True),
                  check_smtp(cfg.smtp, probe_first=False)]:
        if not check.ok:
            raise CheckFailed(f"{check.line()} (`mailbot doctor` checks everything)")

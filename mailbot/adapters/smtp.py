"""The SMTP edge: hands mail to the configured server with aiosmtplib, many mails over one
connection (a `SmtpConnection`, opened when the first mail needs it and reused).

At most once: a failure before DATA (connect, EHLO, STARTTLS, AUTH, RSET, MAIL, RCPT)
leaves the server with nothing, so it gets a short bounded retry (tenacity) and then
SendFailed. Once DATA has been sent, a timeout or a lost connection means the server may
have the mail: that is SendUncertain, never retried here; a person decides. A server's
clear refusal of the message (a 4xx/5xx answer) is SendFailed, as it means nothing was
taken.

A reused connection the server has closed meanwhile (an idle timeout, "421 too many
messages" after a few mails) is found at RSET or MAIL, before DATA: the mail is tried
again at once on a new connection, without counting against its retries. After a
transaction that did not end in a taken mail (a refusal, a mail the outbox withdrew) the
next one starts with RSET; after a taken one the server has already reset (RFC 5321
4.1.1.4), so none is sent.

`before_data` runs just before DATA (the outbox commits its marker there, and may refuse
by raising: the transaction is then abandoned with nothing sent, the connection kept).
Recipients refused at RCPT while others are accepted are returned, so the outbox can
record them.
"""

from __future__ import annotations

import asyncio
import re
import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from functools import lru_cache
from types import TracebackType
from typing import Protocol, Self

import aiosmtplib
from aiosmtplib import SMTPStatus
from aiosmtplib.email import flatten_message, quote_address
from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_attempt, wait_exponential

from mailbot.adapters.config import SmtpConfig
from mailbot.errors import MailbotError, SendFailed

BeforeData = Callable[[], Awaitable[None]]


class SendUncertain(MailbotError):
    """The connection failed at or after DATA: the server may or may not have the mail."""


@dataclass(frozen=True)
class Delivery:
    """What the server took: all recipients but those in `refused` (address -> reply)."""

    refused: dict[str, str] = field(default_factory=dict)


class Connection(Protocol):
    """Mails handed over one after another on one SMTP session (reconnected as needed)."""

    async def send(self, msg: EmailMessage | bytes, recipients: list[str], *,
                   before_data: BeforeData | None = None) -> Delivery: ...

    async def __aenter__(self) -> Self: ...

    async def __aexit__(self, exc_type: type[BaseException] | None,
                        exc: BaseException | None, tb: TracebackType | None) -> None: ...


class Sender(Protocol):
    def connection(self) -> Connection:
        """A connection for many mails: `async with sender.connection() as c`."""
        ...

    def max_seconds(self, n_recipients: int) -> float:
        """The longest one send() can take: the outbox's claim lasts longer than this."""
        ...


class _Transient(Exception):
    pass


class _Stale(Exception):
    """A reused connection turned out closed before DATA: nothing was sent on it."""


class SmtpSender:
    def __init__(self, cfg: SmtpConfig, *, sender: str, tls_context: ssl.SSLContext | None = None,
                 attempts: int = 3) -> None:
        self.cfg = cfg
        self.sender = sender
        self.tls_context = tls_context
        self.attempts = attempts

    def max_seconds(self, n_recipients: int) -> float:
        # each command waits at most `timeout`: connect, EHLO, STARTTLS, EHLO, AUTH (two
        # steps), RSET, MAIL and one RCPT each per attempt (one more attempt for a stale
        # connection), a 2 s pause between attempts, then DATA's two answers and QUIT
        # once; a minute to spare
        t = self.cfg.timeout_seconds
        return (self.attempts + 1) * (t * (8 + n_recipients) + 2) + 3 * t + 60

    def connection(self) -> SmtpConnection:
        return SmtpConnection(self)

    async def send(self, msg: EmailMessage | bytes, recipients: list[str], *,
                   before_data: BeforeData | None = None) -> Delivery:
        """One mail on a connection of its own (`mailbot doctor --send-test`)."""
        async with self.connection() as conn:
            return await conn.send(msg, recipients, before_data=before_data)


class SmtpConnection:
    """One SMTP session for many mails, opened at the first send, reopened when the
    server closed it; QUIT on leaving the `async with`, dropped on an error."""

    def __init__(self, sender: SmtpSender) -> None:
        self.sender = sender
        self.opened = 0  # connections opened so far
        self._smtp: aiosmtplib.SMTP | None = None
        self._in_transaction = False  # MAIL sent, no mail taken since: RSET first

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None,
                        exc: BaseException | None, tb: TracebackType | None) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None or not smtp.is_connected:
            return
        if exc is not None:
            smtp.close()  # mid-conversation (cancelled, say): say nothing more
            return
        try:
            await smtp.quit()
        except (aiosmtplib.SMTPException, OSError, TimeoutError):
            smtp.close()  # every mail was answered; a failed goodbye changes nothing

    def _drop(self) -> None:
        if self._smtp is not None:
            self._smtp.close()
        self._smtp = None

    async def send(self, msg: EmailMessage | bytes, recipients: list[str], *,
                   before_data: BeforeData | None = None) -> Delivery:
        try:  # the first attempt on its own: tenacity's loop costs about what a mail does
            return await self._attempt(msg, recipients, before_data)
        except _Transient as e:
            if self.sender.attempts <= 1:
                raise SendFailed(str(e), permanent=False) from e
        await asyncio.sleep(0.2)
        try:  # the others, after pauses of 0.2 s (above), 0.4 s, ... (at most 2 s)
            async for attempt in AsyncRetrying(
                retry=retry_if_exception_type(_Transient),
                stop=stop_after_attempt(self.sender.attempts - 1),
                wait=wait_exponential(multiplier=0.4, max=2),
                reraise=True,
            ):
                with attempt:
                    return await self._attempt(msg, recipients, before_data)
        except _Transient as e:
            raise SendFailed(str(e), permanent=False) from e
        raise AssertionError("unreachable")  # pragma: no cover

    async def _attempt(self, msg: EmailMessage | bytes, recipients: list[str],
                       before_data: BeforeData | None) -> Delivery:
        try:
            return await self._send_once(msg, recipients, before_data)
        except _Stale:
            # closed while it waited: nothing was sent on it, try a new one now
            return await self._send_once(msg, recipients, before_data)

    async def _session(self) -> aiosmtplib.SMTP:
        """The open connection, ready for MAIL (RSET after an unfinished transaction),
        else a new one: connect with EHLO, STARTTLS and AUTH as configured."""
        if self._smtp is not None and self._smtp.is_connected:
            if not self._in_transaction:
                return self._smtp
            try:
                await self._smtp.rset()
                self._in_transaction = False
                return self._smtp
            except (aiosmtplib.SMTPException, OSError, TimeoutError):
                pass  # a connection that cannot reset is not worth keeping: a new one
        self._drop()
        cfg = self.sender.cfg
        smtp = aiosmtplib.SMTP(
            hostname=cfg.host, port=cfg.port, username=cfg.username,
            password=cfg.password("SMTP") if cfg.username else None,
            use_tls=cfg.security == "tls", start_tls=cfg.security == "starttls",
            tls_context=self.sender.tls_context, timeout=cfg.timeout_seconds)
        self._smtp = smtp
        self._in_transaction = False
        self.opened += 1
        await smtp.connect()
        if smtp.last_ehlo_response is None:
            await smtp.ehlo()
        return smtp

    async def _send_once(self, msg: EmailMessage | bytes, recipients: list[str],
                         before_data: BeforeData | None) -> Delivery:
        cfg = self.sender.cfg
        sender = self.sender.sender
        where = f"SMTP {cfg.host}:{cfg.port}"
        reused = self._smtp is not None and self._smtp.is_connected
        data_sent = False
        try:
            smtp = await self._session()
            data, options = _prepare(smtp, msg, sender, recipients)
            self._in_transaction = True
            await _mail(smtp, sender, options)
            refused: dict[str, str] = {}
            for r in recipients:
                try:
                    await _rcpt(smtp, r)
                except aiosmtplib.SMTPRecipientRefused as e:
                    if e.code == 421 or not smtp.is_connected:
                        raise  # the server is closing: not this recipient's answer
                    refused[r] = f"{e.code} {e.message}"
            if len(refused) == len(recipients):
                text = f"{where}: recipients refused: " + "; ".join(
                    f"{a}: {why}" for a, why in refused.items())
                if all(why.startswith("5") for why in refused.values()):
                    raise SendFailed(text, permanent=True)
                raise _Transient(text)
            if before_data is not None:
                await before_data()  # may refuse by raising: RSET before the next mail
            data_sent = True
            await smtp.data(data)
            self._in_transaction = False  # taken: the server has reset the transaction
        except aiosmtplib.SMTPAuthenticationError as e:
            self._drop()
            raise SendFailed(f"{where}: login refused: {e.message} (password from "
                             f"{cfg.password_source})", permanent=True) from e
        except aiosmtplib.SMTPResponseException as e:
            # a clear answer, also to DATA: the server did not take the mail
            if e.code == 421 and reused and not data_sent:
                self._drop()
                raise _Stale(str(e)) from e  # "closing": before this mail's DATA
            if e.code >= 500:
                raise SendFailed(f"{where}: {e.code} {e.message}", permanent=True) from e
            raise _Transient(f"{where}: {e.code} {e.message}") from e
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as e:
            self._drop()
            text = f"{where}: {type(e).__name__}: {e}"
            if data_sent:
                raise SendUncertain(f"{text} (after DATA: it may have been delivered)") \
                    from e
            if reused and isinstance(e, ConnectionError):
                raise _Stale(text) from e
            raise _Transient(text) from e
        except asyncio.CancelledError:
            self._drop()  # stopped mid-command: say nothing more on this connection
            raise
        return Delivery(refused)


@lru_cache(maxsize=4096)
def _quoted(address: str) -> bytes:
    """An address as aiosmtplib's mail() and rcpt() quote it, worked out once per address
    (they parse it with email.utils every time: a tenth of the client's CPU per mail)."""
    return quote_address(address).encode("ascii")


async def _mail(smtp: aiosmtplib.SMTP, sender: str, options: list[str]) -> None:
    """MAIL FROM, as smtp.mail() sends it (EHLO was sent on connecting)."""
    response = await smtp.execute_command(
        b"MAIL", b"FROM:" + _quoted(sender), *[o.encode("ascii") for o in options])
    if response.code != SMTPStatus.completed:
        raise aiosmtplib.SMTPSenderRefused(response.code, response.message, sender)


async def _rcpt(smtp: aiosmtplib.SMTP, recipient: str) -> None:
    """RCPT TO, as smtp.rcpt() sends it."""
    response = await smtp.execute_command(b"RCPT", b"TO:" + _quoted(recipient))
    if response.code not in (SMTPStatus.completed, SMTPStatus.will_forward):
        raise aiosmtplib.SMTPRecipientRefused(response.code, response.message, recipient)


def _prepare(smtp: aiosmtplib.SMTP, msg: EmailMessage | bytes, sender: str,
             recipients: list[str]) -> tuple[bytes, list[str]]:
    """The message's bytes and MAIL options, as aiosmtplib's send_message makes them."""
    try:
        (sender + "".join(recipients)).encode("ascii")
        utf8 = False
    except UnicodeEncodeError:
        utf8 = True
    options = ["SMTPUTF8"] if utf8 else []
    if smtp.supports_extension("8BITMIME"):
        options.append("BODY=8BITMIME")
        cte = "8bit"
    else:
        cte = "7bit"
    if isinstance(msg, bytes):
        if _as_stored(msg, eight_bit=cte == "8bit"):
            return msg, options
        msg = message_from_bytes(msg, policy=policy.SMTP)
    return flatten_message(msg, utf8=utf8, cte_type=cte), options


_BCC = re.compile(rb"^(?:resent-)?bcc[ \t]*:", re.IGNORECASE | re.MULTILINE)


def _as_stored(raw: bytes, *, eight_bit: bool) -> bool:
    """Whether a stored message goes out as it is: what flattening it again would give
    (tests/test_sending.py compares the two) at a fraction of the cost. Its headers are
    ASCII and name no Bcc (flattening removes those), and its body is ASCII unless the
    server takes 8-bit bodies. aiosmtplib's DATA turns its line ends into CRLF."""
    # the headers end at the first empty line, "\n\n" or "\n\r\n" (two finds cost a
    # sixth of a regular expression's search for either; a "\r" left at the end of the
    # head changes neither check below)
    ends = [i for i in (raw.find(b"\n\n"), raw.find(b"\n\r\n")) if i >= 0]
    head = raw[:min(ends)] if ends else raw
    if not head.isascii() or (b"bcc" in head.lower() and _BCC.search(head)):
        return False
    return eight_bit or raw.isascii()

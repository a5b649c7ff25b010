"""The SMTP edge: hands one EmailMessage to the configured server with aiosmtplib.

At most once: a failure before DATA (connect, EHLO, STARTTLS, AUTH, MAIL, RCPT) leaves the
server with nothing, so it gets a short bounded retry (tenacity) and then SendFailed. Once
DATA has been sent, a timeout or a lost connection means the server may have the mail:
that is SendUncertain, never retried here; a person decides. A server's clear refusal
of the message (a 4xx/5xx answer) is SendFailed, as it means nothing was taken.

`before_data` runs just before DATA (the outbox commits its marker there, and may refuse
by raising: the connection is then dropped without sending). Recipients refused at RCPT
while others are accepted are returned, so the outbox can record them.
"""

from __future__ import annotations

import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Protocol

import aiosmtplib
from aiosmtplib.email import flatten_message
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


class Sender(Protocol):
    async def send(self, msg: EmailMessage, recipients: list[str], *,
                   before_data: BeforeData | None = None) -> Delivery: ...

    def max_seconds(self, n_recipients: int) -> float:
        """The longest one send() can take: the outbox's claim lasts longer than this."""
        ...


class _Transient(Exception):
    pass


class SmtpSender:
    def __init__(self, cfg: SmtpConfig, *, sender: str, tls_context: ssl.SSLContext | None = None,
                 attempts: int = 3) -> None:
        self.cfg = cfg
        self.sender = sender
        self.tls_context = tls_context
        self.attempts = attempts

    def max_seconds(self, n_recipients: int) -> float:
        # each command waits at most `timeout`: connect, EHLO, STARTTLS, EHLO, AUTH (two
        # steps), MAIL and one RCPT each per attempt, a 2 s pause between attempts, then
        # DATA's two answers and QUIT once; a minute to spare
        t = self.cfg.timeout_seconds
        return self.attempts * (t * (7 + n_recipients) + 2) + 3 * t + 60

    async def send(self, msg: EmailMessage, recipients: list[str], *,
                   before_data: BeforeData | None = None) -> Delivery:
        try:
            async for attempt in AsyncRetrying(
                retry=retry_if_exception_type(_Transient),
                stop=stop_after_attempt(self.attempts),
                wait=wait_exponential(multiplier=0.2, max=2),
                reraise=True,
            ):
                with attempt:
                    return await self._send_once(msg, recipients, before_data)
        except _Transient as e:
            raise SendFailed(str(e), permanent=False) from e
        raise AssertionError("unreachable")  # pragma: no cover

    async def _send_once(self, msg: EmailMessage, recipients: list[str],
                         before_data: BeforeData | None) -> Delivery:
        cfg = self.cfg
        where = f"SMTP {cfg.host}:{cfg.port}"
        smtp = aiosmtplib.SMTP(
            hostname=cfg.host, port=cfg.port, username=cfg.username,
            password=cfg.password("SMTP") if cfg.username else None,
            use_tls=cfg.security == "tls", start_tls=cfg.security == "starttls",
            tls_context=self.tls_context, timeout=cfg.timeout_seconds)
        data_sent = taken = False
        try:
            try:
                await smtp.connect()  # with EHLO, STARTTLS and AUTH as configured
                if smtp.last_ehlo_response is None:
                    await smtp.ehlo()
                data, options = _prepare(smtp, msg, self.sender, recipients)
                await smtp.mail(self.sender, options=options)
                refused: dict[str, str] = {}
                for r in recipients:
                    try:
                        await smtp.rcpt(r)
                    except aiosmtplib.SMTPRecipientRefused as e:
                        refused[r] = f"{e.code} {e.message}"
                if len(refused) == len(recipients):
                    text = f"{where}: recipients refused: " + "; ".join(
                        f"{a}: {why}" for a, why in refused.items())
                    if all(why.startswith("5") for why in refused.values()):
                        raise SendFailed(text, permanent=True)
                    raise _Transient(text)
                if before_data is not None:
                    await before_data()
                data_sent = True
                await smtp.data(data)
                taken = True
            except aiosmtplib.SMTPAuthenticationError as e:
                raise SendFailed(f"{where}: login refused: {e.message} (password from "
                                 f"{cfg.password_source})", permanent=True) from e
            except aiosmtplib.SMTPResponseException as e:
                # a clear answer, also to DATA: the server did not take the mail
                if e.code >= 500:
                    raise SendFailed(f"{where}: {e.code} {e.message}", permanent=True) from e
                raise _Transient(f"{where}: {e.code} {e.message}") from e
            except (aiosmtplib.SMTPException, OSError, TimeoutError) as e:
                text = f"{where}: {type(e).__name__}: {e}"
                if data_sent:
                    raise SendUncertain(f"{text} (after DATA: it may have been delivered)") \
                        from e
                raise _Transient(text) from e
        finally:
            if not taken:  # also on cancellation: drop the connection, say nothing more
                smtp.close()
        try:
            await smtp.quit()
        except (aiosmtplib.SMTPException, OSError, TimeoutError):
            smtp.close()  # the mail was taken; a failed goodbye changes nothing
        return Delivery(refused)


def _prepare(smtp: aiosmtplib.SMTP, msg: EmailMessage, sender: str,
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
    return flatten_message(msg, utf8=utf8, cte_type=cte), options

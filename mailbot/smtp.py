"""The SMTP edge: hands one EmailMessage to the configured server with aiosmtplib.

Library errors become SendFailed(permanent=...) here, so the outbox decides retry vs
give-up from the type. Connection hiccups get a short bounded retry (tenacity).
"""

from __future__ import annotations

import ssl
from email.message import EmailMessage
from typing import Protocol

import aiosmtplib
from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_attempt, wait_exponential

from mailbot.config import SmtpConfig
from mailbot.errors import SendFailed


class Sender(Protocol):
    async def send(self, msg: EmailMessage, recipients: list[str]) -> None: ...


class _Transient(Exception):
    pass


class SmtpSender:
    def __init__(self, cfg: SmtpConfig, *, sender: str, tls_context: ssl.SSLContext | None = None,
                 attempts: int = 3) -> None:
        self.cfg = cfg
        self.sender = sender
        self.tls_context = tls_context
        self.attempts = attempts

    async def send(self, msg: EmailMessage, recipients: list[str]) -> None:
        try:
            async for attempt in AsyncRetrying(
                retry=retry_if_exception_type(_Transient),
                stop=stop_after_attempt(self.attempts),
                wait=wait_exponential(multiplier=0.2, max=2),
                reraise=True,
            ):
                with attempt:
                    await self._send_once(msg, recipients)
        except _Transient as e:
            raise SendFailed(str(e), permanent=False) from e

    async def _send_once(self, msg: EmailMessage, recipients: list[str]) -> None:
        cfg = self.cfg
        where = f"SMTP {cfg.host}:{cfg.port}"
        try:
            await aiosmtplib.send(
                msg,
                sender=self.sender,
                recipients=recipients,
                hostname=cfg.host,
                port=cfg.port,
                username=cfg.username,
                password=cfg.password("SMTP") if cfg.username else None,
                use_tls=cfg.security == "tls",
                start_tls=cfg.security == "starttls",
                tls_context=self.tls_context,
                timeout=cfg.timeout_seconds,
            )
        except aiosmtplib.SMTPAuthenticationError as e:
            raise SendFailed(f"{where}: login refused: {e.message}", permanent=True) from e
        except aiosmtplib.SMTPRecipientsRefused as e:
            codes = [r.code for r in e.recipients]
            raise SendFailed(f"{where}: recipients refused: {e.recipients}",
                             permanent=all(c >= 500 for c in codes)) from e
        except aiosmtplib.SMTPResponseException as e:
            if e.code >= 500:
                raise SendFailed(f"{where}: {e.code} {e.message}", permanent=True) from e
            raise _Transient(f"{where}: {e.code} {e.message}") from e
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as e:
            raise _Transient(f"{where}: {type(e).__name__}: {e}") from e

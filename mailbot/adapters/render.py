"""Action + templates -> an EmailMessage ready for the outbox. Pure (reads templates).

Each template file (templates/<lang>/<name>.j2) holds three blocks: subject, text and
html. Amounts and dates are formatted for the reader's language with Babel.
"""

from __future__ import annotations

import base64
import sys
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from email.header import Header
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any

from babel.dates import format_date
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from mailbot.domain.money import format_money
from mailbot.domain.salutation import salutation


def _default_templates() -> Path:
    """The repository's templates/ (a checkout or an editable install), else the copy a
    regular install puts under <prefix>/share/mailbot/templates."""
    here = Path(__file__).resolve().parents[2] / "templates"
    return here if here.is_dir() else Path(sys.prefix) / "share" / "mailbot" / "templates"


DEFAULT_TEMPLATES = _default_templates()


def make_env(templates_dir: str | Path | None = None) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(templates_dir or DEFAULT_TEMPLATES)),
        autoescape=False,  # the html part escapes explicitly (see paragraphs, |e)
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["money"] = money
    env.filters["day"] = day
    env.filters["paras"] = paragraphs
    env.filters["salutation"] = salutation
    return env


def money(amount: Decimal, currency: str, lang: str = "en") -> str:
    return format_money(amount, currency, lang)


def day(d: date, lang: str = "en") -> str:
    return format_date(d, format="long", locale=lang)


def mint_message_id(domain: str) -> str:
    return f"<mailbot.{uuid.uuid4().hex}@{domain}>"


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


def render_blocks(env: Environment, name: str, lang: str, context: dict[str, Any]) -> Rendered:
    """Render templates/<lang>/<name>.j2 three times: as subject, text and html.

    The template's base layout picks what to emit from `part`, so each message is
    written once and its html form cannot drift from its text form.
    """
    for candidate in (f"{lang}/{name}.j2", f"en/{name}.j2"):
        if candidate in env.list_templates():
            template = env.get_template(candidate)
            break
    else:
        raise LookupError(f"no template {name!r} for language {lang!r} or 'en'")
    subject, text, html = (template.render(part=part, lang=lang, **context).strip()
                           for part in ("subject", "text", "html"))
    return Rendered(" ".join(subject.split()), text + "\n", html)


def paragraphs(text: str) -> Markup:
    """Plain text -> escaped html paragraphs (blank lines separate them)."""
    paras = [p.strip() for p in text.strip().split("\n\n") if p.strip()]
    return Markup("\n".join(
        f"<p>{escape(p)}</p>".replace("\n", "<br>\n") for p in paras))


def _address(email: str, names: dict[str, str] | None) -> HeaderAddress:
    """`email` with its display name, when one is known."""
    return HeaderAddress(display_name=(names or {}).get(email, ""), addr_spec=email)


# The email package folds long non-ASCII headers into encoded words and, doing so, drops
# the space between two words ("по поводу" reads "поповоду") or adds one inside a word
# ("Бухгалте рия") in every client. Such headers are encoded here with the older
# email.header.Header, which keeps each space inside an encoded word, in lines short
# enough that the policy never folds them again.


def _set_text(msg: EmailMessage, name: str, value: str) -> None:
    if value.isascii():
        msg[name] = value
    else:
        msg.set_raw(name, Header(value, "utf-8", header_name=name).encode(linesep="\n"))


def _set_addresses(msg: EmailMessage, name: str, addresses: list[HeaderAddress]) -> None:
    if all(a.display_name.isascii() for a in addresses):
        msg[name] = addresses
        return
    parts = [formataddr((a.display_name, a.addr_spec)) if a.display_name.isascii()
             else "\n ".join([*_phrase_words(a.display_name), f"<{a.addr_spec}>"])
             for a in addresses]
    msg.set_raw(name, ",\n ".join(parts))


def _phrase_words(text: str, limit: int = 39) -> list[str]:
    """`text` as encoded words that each end at a space (a long word alone is cut), at
    most `limit` UTF-8 bytes each: readers that wrongly keep the folding between encoded
    words of a name then show a double space, never a word cut in two."""
    chunks: list[str] = []
    for word in text.split(" "):
        piece = word + " "
        if chunks and len((chunks[-1] + piece).encode()) <= limit:
            chunks[-1] += piece
            continue
        while len(piece.encode()) > limit:
            cut = limit
            while len(piece[:cut].encode()) > limit:
                cut -= 1
            chunks.append(piece[:cut])
            piece = piece[cut:]
        chunks.append(piece)
    chunks[-1] = chunks[-1][:-1]
    return [f"=?utf-8?b?{base64.b64encode(c.encode()).decode()}?=" for c in chunks if c]


def build_email(
    rendered: Rendered,
    *,
    sender: str,
    sender_name: str,
    to: list[str],
    cc: list[str] | None = None,
    names: dict[str, str] | None = None,
    now: datetime,
    message_id: str,
    thread: list[str] | None = None,
    auto_submitted: bool = True,
    request_receipt: bool = False,
    action_key: str | None = None,
) -> EmailMessage:
    msg = EmailMessage()
    local, _, domain = sender.partition("@")
    _set_addresses(msg, "From", [HeaderAddress(sender_name, local, domain)])
    _set_addresses(msg, "To", [_address(a, names) for a in to])
    if cc:
        _set_addresses(msg, "Cc", [_address(a, names) for a in cc])
    _set_text(msg, "Subject", rendered.subject)
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id
    if thread:
        msg["In-Reply-To"] = thread[0]
        msg["References"] = " ".join(thread)
    if auto_submitted:
        # RFC 3834: well-behaved auto-responders will not answer this
        msg["Auto-Submitted"] = "auto-generated"
    if request_receipt:
        msg["Disposition-Notification-To"] = sender
    if action_key:  # for staff's filters: never on mail to clients (the scheduler)
        msg["X-Mailbot-Action"] = action_key
    msg.set_content(rendered.text)
    msg.add_alternative(rendered.html, subtype="html")
    return msg

"""Action + templates -> an EmailMessage ready for the outbox. Pure (reads templates).

Each template file (templates/<lang>/<name>.j2) holds three blocks: subject, text and
html. Amounts and dates are formatted for the reader's language with Babel.
"""

from __future__ import annotations

import sys
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.utils import format_datetime
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
    msg["From"] = HeaderAddress(sender_name, local, domain)
    msg["To"] = [_address(a, names) for a in to]
    if cc:
        msg["Cc"] = [_address(a, names) for a in cc]
    msg["Subject"] = rendered.subject
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

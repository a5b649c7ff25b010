"""`mailbot init`: a config.toml made from config.example.toml, every comment kept, the
values the operator gave filled in.

The example is the one source of the file's structure and explanations: each value is
set where the example has it (`key = value  # comment` keeps its comment), so a new key
documented in the example is in every new config too.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from mailbot.errors import ConfigError


def example_path() -> Path:
    """The repository's config.example.toml (a checkout or an editable install), else the
    copy a regular install puts under <prefix>/share/mailbot."""
    here = Path(__file__).resolve().parents[2] / "config.example.toml"
    return here if here.is_file() else Path(sys.prefix) / "share" / "mailbot" / \
        "config.example.toml"


DEFAULT_PORTS = {"imap": {"tls": 993, "starttls": 143, "plain": 143},
                 "smtp": {"tls": 465, "starttls": 587, "plain": 25}}


@dataclass(frozen=True)
class Answers:
    company: str
    address: str
    imap_host: str
    imap_port: int
    imap_security: str
    imap_user: str
    smtp_host: str
    smtp_port: int
    smtp_security: str
    smtp_user: str
    iban: str
    bic: str | None
    digest_to: str
    currency: str = "EUR"
    timezone: str = "Europe/London"
    country: str = "GB"
    database: str = "sqlite:///mailbot.db"
    authserv_id: str = ""
    signature: str = "The Accounts Team"


def _toml(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string or list is valid TOML


def _comment(value: str) -> str:
    """The "# ..." after a TOML value, outside any string."""
    quote = ""
    for i, ch in enumerate(value):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == "#":
            return value[i:]
    return ""


def render(a: Answers, example: str) -> str:
    """The example's text with `a`'s values in place; example-only data (sample rates,
    the sample bank, the sample payment link) commented out."""
    domain = a.address.rpartition("@")[2]
    values: dict[str, dict[str, object]] = {
        "mailbox": {"address": a.address, "display_name": f"{a.company} Accounts"},
        "imap": {"host": a.imap_host, "port": a.imap_port, "security": a.imap_security,
                 "username": a.imap_user},
        "smtp": {"host": a.smtp_host, "port": a.smtp_port, "security": a.smtp_security,
                 "username": a.smtp_user or None,  # empty: the server takes mail unasked
                 **({} if a.smtp_user else {"password_env": None})},
        "database": {"url": a.database},
        "company": {"name": a.company, "signature": a.signature, "currency": a.currency},
        "company.payment": {"holder": a.company, "iban": a.iban, "bic": a.bic},
        "staff": {"domains": [domain], "digest_to": [a.digest_to]},
        "payments": {"notifiers": []},
        "trust": {"authserv_ids": [a.authserv_id] if a.authserv_id else []},
        "schedule": {"timezone": a.timezone, "holidays_country": a.country},
    }
    # the example's sample rates would convert real invoices wrongly: left as comments
    # (a currency without a rate is said to have none, never taken 1:1)
    drop = {"company.payment": {"link"}, "company.i18n.de": {"signature"},
            "exchange_rates": {"USD", "GBP", "IDR", "EUR"}}
    out: list[str] = []
    section = ""
    # the example's opening ("Copy to config.toml and fill in ...") is not for this file
    example = example[example.index("\n["):].lstrip("\n") if "\n[" in example else example
    done: set[tuple[str, str]] = set()
    for line in example.splitlines():
        stripped = line.strip()
        if (stripped.startswith("[") and not stripped.startswith("[[")) or stripped.startswith("[["):
            section = stripped.strip("[]").strip()
        key, eq, rest = line.partition("=")
        key = key.strip()
        if eq and not line.startswith((" ", "#")) and key:
            want = values.get(section, {})
            if key in want and (section, key) not in done:
                done.add((section, key))
                value = want[key]
                comment = _comment(rest)
                if value is None:
                    out.append(f"# {line}")
                    continue
                text = f"{key} = {_toml(value)}"
                out.append(f"{text:<27} {comment}".rstrip() if comment else text)
                continue
            if key in drop.get(section, set()):
                out.append(f"# {line}")
                continue
        out.append(line)
    head = (f"# written by `mailbot init` for {a.company}; every key is explained below.\n"
            f"# Passwords are read from the environment variables named by password_env\n"
            f"# (or a file only you can read, password_file); never write one here.\n")
    return head + "\n".join(out) + "\n"


def write(path: Path, text: str, *, force: bool) -> None:
    if path.exists() and not force:
        raise ConfigError(f"{path} exists: not overwritten (--force replaces it)")
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"{path}: cannot write: {e.strerror}") from e

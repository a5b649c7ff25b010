"""Debtor profiles in the store: the values the configuration, an invoice or a reply give
a debtor's send window and language, each written with its source so that a weaker one
never overwrites a stronger (the rule is mailbot.domain.profiles.merge). Runs in the
caller's transaction and records a PROFILE_CHANGED event per change."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from jinja2 import Environment
from sqlmodel import Session, col, or_, select

from mailbot.adapters.config import Config
from mailbot.adapters.models import Contact, Debtor
from mailbot.adapters.store import Store
from mailbot.domain import profiles
from mailbot.domain.events import EventKind
from mailbot.errors import ConfigError


def current(debtor: Debtor) -> dict[str, Any]:
    return {"timezone": debtor.timezone, "country": debtor.country,
            "language": debtor.language,
            "business_hours": tuple(debtor.business_hours) if debtor.business_hours else None,
            "business_days": tuple(debtor.business_days) if debtor.business_days else None}


def apply(store: Store, s: Session, debtor: Debtor, values: Mapping[str, Any], source: str,
          now: datetime, cause: str = "") -> dict[str, Any]:
    """Set what `values` (from `source`) may change of `debtor`'s profile; the changes."""
    changes = profiles.merge(current(debtor), debtor.profile_source, values, source)
    if not changes:
        return {}
    sources = dict(debtor.profile_source)
    for field, value in changes.items():
        setattr(debtor, field, list(value) if isinstance(value, tuple) else value)
        sources[field] = source
    debtor.profile_source = sources
    s.add(debtor)
    store.record_event(s, now, EventKind.PROFILE_CHANGED, debtor_id=debtor.id, cause=cause,
                       source=source, changed=[[k, list(v) if isinstance(v, tuple) else v]
                                               for k, v in changes.items()])
    return changes


def configured(cfg: Config, s: Session, debtor: Debtor) -> profiles.DebtorProfile | None:
    if not cfg.debtors.profiles:
        return None
    emails = s.exec(select(Contact.email).where(Contact.debtor_id == debtor.id)).all()
    return profiles.profile_for(cfg.debtors.profiles, debtor.name, emails)


def apply_config(cfg: Config, store: Store, s: Session, debtor: Debtor, now: datetime) -> None:
    found = configured(cfg, s, debtor)
    if found is not None:
        apply(store, s, debtor, found.values(), "config", now, cause="config")


def sync_config(cfg: Config, store: Store, now: datetime) -> None:
    """Write the configured profiles to the debtors they name (at start: the table may
    have changed since the debtors were made). Reads only the debtors a key can name."""
    keys = [profiles.normalise_key(k) for k in cfg.debtors.profiles]
    if not keys:
        return
    with store.write_session() as s:
        named = {d.id for d in s.exec(select(Debtor))
                 if profiles.normalise_key(d.name) in keys}
        addressed = [or_(col(Contact.email) == k, col(Contact.email).endswith("@" + k),
                         col(Contact.email).endswith("." + k)) for k in keys]
        named |= set(s.exec(select(Contact.debtor_id).where(or_(*addressed))).all())
        for debtor in s.exec(select(Debtor).where(col(Debtor.id).in_(named))):
            apply_config(cfg, store, s, debtor, now)
        s.commit()


def check_languages(cfg: Config, env: Environment) -> None:
    """Every language the profile table names has letters: a ConfigError otherwise (the
    letters would silently go out in English)."""
    served = {name.split("/")[0] for name in env.list_templates()
              if name.endswith("/_client.j2")}
    for key, p in cfg.debtors.profiles.items():
        if p.language is not None and p.language not in served:
            raise ConfigError(f"debtors.profiles.{key}.language: no letters in "
                              f"{p.language!r} (there are: {', '.join(sorted(served))})")


def from_invoice(address: str | None, language: str | None) -> dict[str, Any]:
    """What an invoice tells of its debtor: the country its billing address (or the
    e-invoice's buyer address) ends with, and the language of the invoice mail."""
    return {"country": profiles.country_of_address(address), "language": language}

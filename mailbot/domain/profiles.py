"""A debtor's profile: the time zone, country, language and business hours and days its
mail is sent in, and where each value came from. Pure.

Values come from, strongest first: the staff's `[debtors.profiles."..."]` table (source
"config"), the invoice (the buyer's country in an e-invoice or the billing address, the
language of the invoice mail: "invoice"), the client's replies (the language they write
in: "reply"), and the company's defaults ("default"). A value is only ever replaced by
one from an equal or stronger source, so a staff setting is never overwritten by a guess.
A country without a zone brings the country's main zone, from the same source.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from pydantic import BaseModel, ConfigDict, field_validator, model_validator

# staff's own command (`lang`, `tz`) outranks the config table until they change it
SOURCES = ("default", "reply", "invoice", "config", "staff")
RANK = {name: i for i, name in enumerate(SOURCES)}
FIELDS = ("timezone", "country", "language", "business_hours", "business_days")

# countries spanning several zones: the zone most of their business keeps (CLDR lists
# them alphabetically, so Indonesia would get Jayapura, the United States Adak)
MAIN_ZONES = {
    "AR": "America/Argentina/Buenos_Aires", "AU": "Australia/Sydney",
    "BR": "America/Sao_Paulo", "CA": "America/Toronto", "CD": "Africa/Kinshasa",
    "CL": "America/Santiago", "CN": "Asia/Shanghai", "EC": "America/Guayaquil",
    "ES": "Europe/Madrid", "ID": "Asia/Jakarta", "KZ": "Asia/Almaty",
    "MN": "Asia/Ulaanbaatar", "MX": "America/Mexico_City", "MY": "Asia/Kuala_Lumpur",
    "NZ": "Pacific/Auckland", "PT": "Europe/Lisbon", "RU": "Europe/Moscow",
    "UA": "Europe/Kyiv", "US": "America/New_York", "UZ": "Asia/Tashkent",
    "DE": "Europe/Berlin", "CH": "Europe/Zurich", "GB": "Europe/London",
}
# languages whose territory names an address may be written in
_NAME_LANGUAGES = ("en", "de", "id", "ru", "fr", "nl", "es", "it")
_ALIASES = {"usa": "US", "u.s.a.": "US", "uk": "GB", "u.k.": "GB", "england": "GB",
            "scotland": "GB", "wales": "GB", "great britain": "GB", "brd": "DE",
            "holland": "NL", "russia": "RU", "rf": "RU", "рф": "RU", "ri": "ID"}


@cache
def countries() -> frozenset[str]:
    """ISO 3166 alpha-2 codes: CLDR's territories that are countries (two letters)."""
    codes = [str(c) for c in Locale("en").territories]
    return frozenset(c for c in codes if len(c) == 2 and c.isalpha()
                     and c not in ("ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"))


@cache
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for lang in _NAME_LANGUAGES:
        for code, name in Locale(lang).territories.items():
            if str(code) in countries():
                names.setdefault(str(name).casefold(), str(code))
    return names | _ALIASES


def main_zone(country: str) -> str | None:
    """The zone a company in `country` most likely keeps, or None."""
    country = country.upper()
    if country in MAIN_ZONES:
        return MAIN_ZONES[country]
    zones = get_global("territory_zones").get(country) or []
    return zones[0] if zones else None


def country_of_address(address: str | None) -> str | None:
    """The country an address on one line ends with ("..., 10115 Berlin, DE" or
    "..., Jakarta 12190, Indonesia"), as an ISO code; None when it names none."""
    if not address:
        return None
    last = address.replace("\n", ",").rstrip(" ,.").rpartition(",")[2].strip()
    if len(last) == 2 and last.isalpha() and last.isupper() and last in countries():
        return last
    words = last.split()
    for n in (3, 2, 1):  # "10115 Berlin Germany", "Jakarta Selatan, Republik Indonesia"
        found = _country_names().get(" ".join(words[-n:]).casefold().strip("."))
        if found and len(words) >= n:
            return found
    return None


def known_language(code: str) -> bool:
    try:
        Locale.parse(code)
    except (UnknownLocaleError, ValueError, TypeError):
        return False
    return True


class DebtorProfile(BaseModel):
    """One debtor's settings in `[debtors.profiles."<name, address or domain>"]`;
    whatever is left out is inferred, else the company's default."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    timezone: str | None = None
    country: str | None = None  # ISO 3166 alpha-2: its public holidays are kept
    language: str | None = None  # ISO 639-1: the letters' language
    business_hours: tuple[int, int] | None = None
    business_days: tuple[int, ...] | None = None  # ISO weekdays, Monday = 1

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                ZoneInfo(v)
            except (ZoneInfoNotFoundError, ValueError) as e:
                raise ValueError(f"unknown time zone {v!r}") from e
        return v

    @field_validator("country")
    @classmethod
    def _country(cls, v: str | None) -> str | None:
        if v is not None and v.strip().upper() not in countries():
            raise ValueError(f"unknown country {v!r} (an ISO 3166 code such as DE or ID)")
        return v.strip().upper() if v is not None else None

    @field_validator("language")
    @classmethod
    def _language(cls, v: str | None) -> str | None:
        if v is not None and (not v.isalpha() or not known_language(v.strip().lower())):
            raise ValueError(f"unknown language {v!r} (an ISO 639-1 code such as de or id)")
        return v.strip().lower() if v is not None else None

    @field_validator("business_hours")
    @classmethod
    def _hours(cls, v: tuple[int, int] | None) -> tuple[int, int] | None:
        if v is not None and not 0 <= v[0] < v[1] <= 24:
            raise ValueError("business_hours: [start, end], 0 <= start < end <= 24")
        return v

    @field_validator("business_days")
    @classmethod
    def _days(cls, v: tuple[int, ...] | None) -> tuple[int, ...] | None:
        if v is not None and (not v or any(not 1 <= d <= 7 for d in v)):
            raise ValueError("business_days: ISO weekdays 1 (Monday) to 7 (Sunday)")
        return v

    @model_validator(mode="after")
    def _something(self) -> DebtorProfile:
        if not self.values():
            raise ValueError("a profile sets at least one of " + ", ".join(FIELDS))
        return self

    def values(self) -> dict[str, Any]:
        return {f: getattr(self, f) for f in FIELDS if getattr(self, f) is not None}


def normalise_key(key: str) -> str:
    return key.strip().casefold().rstrip(".")


def profile_for(profiles: Mapping[str, DebtorProfile], name: str,
                emails: Iterable[str]) -> DebtorProfile | None:
    """The configured profile of a debtor: by its name, else one of its addresses, else
    the domain (or a parent domain) of one of its addresses."""
    if not profiles:
        return None
    by_key = {normalise_key(k): p for k, p in profiles.items()}
    if normalise_key(name) in by_key:
        return by_key[normalise_key(name)]
    emails = [e.strip().lower() for e in emails]
    for e in emails:
        if e in by_key:
            return by_key[e]
    for e in emails:
        labels = e.rpartition("@")[2].split(".")
        for i in range(len(labels) - 1):
            found = by_key.get(".".join(labels[i:]))
            if found:
                return found
    return None


def merge(current: Mapping[str, Any], sources: Mapping[str, str], new: Mapping[str, Any],
          source: str) -> dict[str, Any]:
    """The changes `new` (values from `source`) makes to a profile whose values are
    `current` and came from `sources`: {field: value}. A field is taken only where the
    source is at least as strong as the one that set it; a country brings its main zone
    when no zone comes with it."""
    new = {k: v for k, v in new.items() if v is not None}
    if "country" in new and "timezone" not in new:
        zone = main_zone(new["country"])
        if zone:
            new["timezone"] = zone
    out: dict[str, Any] = {}
    for field, value in new.items():
        if RANK[source] < RANK[sources.get(field, "default")]:
            continue
        if value != current.get(field) or sources.get(field, "default") != source:
            out[field] = value
    return out

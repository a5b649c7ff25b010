"""A checker for long simulated stories: given every mail the bot sent and what each
debtor is (language, zone, country, hours) and did (paid, asked to stop), list every rule
the bot broke. Used by tests/test_story.py; its own tests feed it broken logs."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from zoneinfo import ZoneInfo

import holidays

# a word each language's client letters always hold (subject or body), and words of the
# other languages that must not appear in its subject
MARKERS = {
    "en": ("invoice", "statement", "thank"),
    "de": ("rechnung", "kontoauszug", "zahlung", "dank", "offene posten"),
    "id": ("tagihan", "faktur", "invoice", "terima kasih", "pembayaran"),
    "ru": ("счет", "счёт", "оплат", "спасибо", "благодар", "задолженност"),
}


@dataclass(frozen=True)
class Sent:
    at: datetime
    to: tuple[str, ...]
    subject: str
    body: str
    raw: bytes

    @classmethod
    def parse(cls, raw: bytes) -> Sent:
        msg = message_from_bytes(raw, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        part = msg.get_body(preferencelist=("plain",))
        body = part.get_content() if part is not None else ""
        to = tuple(a.lower() for _, a in getaddresses(
            [str(msg.get("To", "")), str(msg.get("Cc", ""))]) if a)
        return cls(parsedate_to_datetime(str(msg["Date"])), to, str(msg["Subject"]), body, raw)


@dataclass
class Debtor:
    name: str
    contacts: tuple[str, ...]
    language: str
    timezone: str
    country: str
    business_hours: tuple[int, int] = (9, 17)
    business_days: tuple[int, ...] = (1, 2, 3, 4, 5)
    # invoice number -> the instant it was paid in full (mail about it after: a breach,
    # except the thank-you)
    paid: dict[str, datetime] = field(default_factory=dict)
    stopped_at: datetime | None = None
    # (from, to) spans in which silence is expected: a promise, a dispute, a pause
    holds: list[tuple[datetime, datetime]] = field(default_factory=list)
    # (from, to) spans in which money was open and chasing was due
    open_spans: list[tuple[datetime, datetime]] = field(default_factory=list)


def mails_to(debtor: Debtor, sent: Iterable[Sent]) -> list[Sent]:
    mine = set(debtor.contacts)
    return sorted((m for m in sent if mine & set(m.to)), key=lambda m: m.at)


def breaches(debtor: Debtor, sent: Iterable[Sent], *, cadence_days: int = 7,
             max_per_week: int = 2, max_silence_days: int = 15) -> list[str]:
    found: list[str] = []
    mails = mails_to(debtor, sent)
    tz = ZoneInfo(debtor.timezone)
    days_off = holidays.country_holidays(debtor.country, years=range(2026, 2029),
                                           language="en_US")
    start, end = debtor.business_hours
    for m in mails:
        local = m.at.astimezone(tz)
        what = f"{debtor.name}: {local:%a %d %b %H:%M} {m.subject!r}"
        if local.isoweekday() not in debtor.business_days:
            found.append(f"{what}: not a business day")
        if not start <= local.hour < end:
            found.append(f"{what}: outside business hours")
        if local.date() in days_off:
            found.append(f"{what}: public holiday ({days_off.get(local.date())})")
        text = (m.subject + "\n" + m.body).casefold()
        if not any(w in text for w in MARKERS[debtor.language]):
            found.append(f"{what}: not in {debtor.language}")
        if debtor.stopped_at and m.at > debtor.stopped_at:
            found.append(f"{what}: sent after the client asked us to stop")
        for number, paid_at in debtor.paid.items():
            if m.at > paid_at and number.casefold() in text and not _thanks(m, debtor.language):
                found.append(f"{what}: mentions {number}, paid at {paid_at:%d %b %H:%M}")
    chasers = [m for m in mails if not _thanks(m, debtor.language)]
    for a, b in itertools.pairwise(chasers):
        if b.at - a.at < timedelta(days=cadence_days):
            found.append(f"{debtor.name}: two reminders {b.at - a.at} apart "
                         f"({a.subject!r}, {b.subject!r})")
        if a.body.strip() == b.body.strip():
            found.append(f"{debtor.name}: the same letter twice ({b.subject!r})")
    for m in mails:
        week = [x for x in mails if m.at <= x.at < m.at + timedelta(days=7)]
        if len(week) > max_per_week:
            found.append(f"{debtor.name}: {len(week)} mails in the 7 days from {m.at:%d %b}")
            break
    found += _silences(debtor, mails, max_silence_days)
    return found


def _thanks(m: Sent, lang: str) -> bool:
    words = {"en": "thank", "de": "dank", "id": "terima kasih", "ru": "спасибо"}
    return words[lang] in m.subject.casefold()


def _silences(debtor: Debtor, mails: list[Sent], limit: int) -> list[str]:
    """Money open, no hold, and nothing heard from us for more than `limit` of the
    debtor's business days (public holidays and held days do not count: a reminder may
    not go out on them)."""
    tz = ZoneInfo(debtor.timezone)
    days_off = holidays.country_holidays(debtor.country, years=range(2026, 2029),
                                           language="en_US")

    def working_days(a: datetime, b: datetime) -> int:
        n, d = 0, a.astimezone(tz).date() + timedelta(days=1)
        while d < b.astimezone(tz).date():
            noon = datetime.combine(d, datetime.min.time(), tz) + timedelta(hours=12)
            if (d.isoweekday() in debtor.business_days and d not in days_off
                    and not any(h0 <= noon < h1 for h0, h1 in debtor.holds)):
                n += 1
            d += timedelta(days=1)
        return n

    out = []
    for begin, finish in debtor.open_spans:
        times = [begin, *(m.at for m in mails if begin <= m.at <= finish), finish]
        for a, b in itertools.pairwise(times):
            if working_days(a, b) > limit:
                out.append(f"{debtor.name}: silent from {a:%d %b} to {b:%d %b} with money open "
                           f"({working_days(a, b)} business days)")
    return out


def holiday_dates(country: str, years: Iterable[int]) -> set[date]:
    return set(holidays.country_holidays(country, years=list(years)))

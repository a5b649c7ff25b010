"""`mailbot import invoices.csv`: the open invoices and debtors a business already has.

Every row is checked first; a file with any bad row imports nothing and names each bad
line with the reason. A good file is imported in one transaction (all or nothing).
A row whose invoice number is already in the database with the same debtor, amount,
currency and due date is skipped (re-running an import is harmless); with anything
different it is a bad row. Imported invoices are then chased by the normal schedule:
they are marked as seen (no "did it arrive?" check for an invoice sent long ago).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel import Session, col, select

from mailbot.adapters.config import Config
from mailbot.adapters.models import Contact, Debtor, Invoice
from mailbot.adapters.store import Store
from mailbot.app import profiles as profile
from mailbot.domain import profiles
from mailbot.domain.debtors import company_of
from mailbot.domain.events import EventKind
from mailbot.errors import MailbotError

COLUMNS = ("number", "debtor", "contacts", "amount", "currency", "issue_date", "due_date",
           "terms", "language", "time_zone", "country")
REQUIRED = ("number", "debtor", "contacts", "amount", "currency", "issue_date")
EMAIL = re.compile(r"^[^@\s;,<>]+@[^@\s;,<>]+\.[^@\s;,<>]+$")


class ImportFileError(MailbotError):
    """The file cannot be read as an invoice list at all (not a bad row)."""


@dataclass(frozen=True)
class Row:
    line: int
    number: str
    debtor: str
    contacts: tuple[str, ...]
    amount: Decimal
    currency: str
    issue_date: date
    due_date: date
    terms_days: int | None
    language: str | None
    time_zone: str | None
    country: str | None


@dataclass
class Outcome:
    rows: list[Row] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # "line 7: amount: ..."
    imported: int = 0
    skipped: list[str] = field(default_factory=list)  # numbers already there, same data
    new_debtors: int = 0


Progress = Callable[[int], None]  # rows done so far


def read_rows(path: Path, cfg: Config, served: set[str]) -> Outcome:
    """Parse and check every row on its own (the database is asked later)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as e:
        raise ImportFileError(f"{path}: no such file") from e
    except OSError as e:
        raise ImportFileError(f"{path}: cannot read: {e.strerror}") from e
    except UnicodeDecodeError as e:
        raise ImportFileError(f"{path}: not UTF-8 text (byte {e.start})") from e
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(text.splitlines(keepends=True), dialect=dialect)
    header = [(h or "").strip().lower() for h in reader.fieldnames or []]
    missing = [c for c in REQUIRED if c not in header]
    unknown = [h for h in header if h not in COLUMNS]
    if missing or unknown:
        raise ImportFileError(
            f"{path}: line 1 (the header): "
            + "; ".join(([f"missing column(s) {', '.join(missing)}"] if missing else [])
                        + ([f"unknown column(s) {', '.join(unknown)}"] if unknown else []))
            + f" (the columns: {', '.join(COLUMNS)})")
    reader.fieldnames = header
    outcome = Outcome()
    seen: dict[str, int] = {}
    for record in reader:
        line = reader.line_num
        if not any((v or "").strip() for v in record.values() if isinstance(v, str)):
            continue  # an empty line
        try:
            row = _row(line, record, cfg, served)
        except ValueError as e:
            outcome.errors.append(f"line {line}: {e}")
            continue
        if row.number.casefold() in seen:
            outcome.errors.append(f"line {line}: number: {row.number} is also on line "
                                  f"{seen[row.number.casefold()]}")
            continue
        seen[row.number.casefold()] = line
        outcome.rows.append(row)
    if not outcome.rows and not outcome.errors:
        raise ImportFileError(f"{path}: no invoices in it")
    return outcome


def _row(line: int, r: dict[str, Any], cfg: Config, served: set[str]) -> Row:
    extra = r.get(None)  # type: ignore[call-overload]  # DictReader's overflow key
    if extra:  # more fields than the header has
        raise ValueError(f"{len(extra)} field(s) more than the header has (a comma in an "
                         "amount or a name? quote it)")
    v = {k: (r.get(k) or "").strip() for k in COLUMNS}
    for k in REQUIRED:
        if not v[k]:
            raise ValueError(f"{k}: empty")
    contacts = tuple(a.strip().lower() for a in v["contacts"].split(";") if a.strip())
    for a in contacts:
        if not EMAIL.match(a):
            raise ValueError(f"contacts: {a!r} is not an email address (separate several "
                             "with ;)")
    if not contacts:
        raise ValueError("contacts: no email address")
    try:
        amount = Decimal(v["amount"].replace(" ", "").replace("_", ""))
    except InvalidOperation:
        raise ValueError(f"amount: {v['amount']!r} is not a number (write 1200.50: a "
                         "point for decimals, no thousands separator)") from None
    if not amount.is_finite() or amount <= 0:
        raise ValueError(f"amount: {v['amount']!r} is not a positive amount")
    currency = v["currency"].upper()
    if len(currency) != 3 or not currency.isalpha() or not currency.isascii():
        raise ValueError(f"currency: {v['currency']!r} is not an ISO 4217 code, like EUR")
    issue = _date("issue_date", v["issue_date"])
    terms = None
    if v["terms"]:
        m = re.fullmatch(r"(?:net\s*)?(\d{1,3})(?:\s*(?:days?|d))?", v["terms"], re.IGNORECASE)
        if not m:
            raise ValueError(f"terms: {v['terms']!r} is not a number of days (30, net 30)")
        terms = int(m[1])
    if v["due_date"]:
        due = _date("due_date", v["due_date"])
        if due < issue:
            raise ValueError(f"due_date: {due} is before issue_date {issue}")
    else:
        due = issue + timedelta(days=terms if terms is not None
                                else cfg.schedule.default_terms_days)
    language = v["language"].lower() or None
    if language is not None and language not in served:
        raise ValueError(f"language: no letters in {language!r} (there are: "
                         f"{', '.join(sorted(served))})")
    zone = v["time_zone"] or None
    if zone is not None:
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"time_zone: {zone!r} is not an IANA time zone, like "
                             "Europe/Berlin") from None
    country = v["country"].upper() or None
    if country is not None and country not in profiles.countries():
        raise ValueError(f"country: {v['country']!r} is not an ISO 3166 code, like DE")
    return Row(line, v["number"], v["debtor"], contacts, amount, currency, issue, due,
               terms, language, zone, country)


def _date(name: str, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def import_rows(cfg: Config, store: Store, outcome: Outcome, now: datetime, *,
                dry_run: bool = False, progress: Progress = lambda n: None) -> Outcome:
    """Check the rows against the database and add them, in one transaction: nothing
    is written when any row is bad, or on a dry run."""
    with store.write_session() as s:
        for n, row in enumerate(outcome.rows, 1):
            try:
                _add(cfg, store, s, row, now, outcome)
            except ValueError as e:
                outcome.errors.append(f"line {row.line}: {e}")
            progress(n)
        if outcome.errors or dry_run:
            s.rollback()
            outcome.errors.sort(key=lambda e: int(e.split(":")[0].split()[1]))
        else:
            s.commit()
    return outcome


def _add(cfg: Config, store: Store, s: Session, row: Row, now: datetime,
         outcome: Outcome) -> None:
    existing = s.exec(select(Invoice).where(Invoice.number == row.number)).first()
    debtor = _debtor(cfg, s, row)
    if existing is not None:
        same = (existing.amount == row.amount and existing.currency == row.currency
                and existing.due_date == row.due_date
                and debtor is not None and existing.debtor_id == debtor.id)
        if not same:
            raise ValueError(f"number: {row.number} is already in the database with other "
                             f"data ({existing.amount} {existing.currency} due "
                             f"{existing.due_date})")
        outcome.skipped.append(row.number)
        return
    if debtor is None:
        first = company_of(row.contacts[0], cfg.debtors)
        key = first.key if first is not None else None
        if key is not None and s.exec(select(Debtor).where(Debtor.company == key)).first():
            key = None  # that company is another debtor's name: this one stands alone
        debtor = Debtor(name=row.debtor, timezone=cfg.schedule.timezone, company=key,
                        created_at=now)
        s.add(debtor)
        s.flush()
        outcome.new_debtors += 1
        store.record_event(s, now, EventKind.DEBTOR_CREATED, debtor_id=debtor.id,
                           name=debtor.name, company=debtor.company, source="import")
    for email in row.contacts:
        other = s.exec(select(Contact).where(Contact.email == email)).first()
        if other is None:
            s.add(Contact(debtor_id=debtor.id, email=email))  # type: ignore[arg-type]
        elif other.debtor_id != debtor.id:
            owner = s.get(Debtor, other.debtor_id)
            raise ValueError(f"contacts: {email} is a contact of "
                             f"{owner.name if owner else 'another debtor'}, not {row.debtor}")
    s.flush()
    profile.apply_config(cfg, store, s, debtor, now)
    profile.apply(store, s, debtor, {"language": row.language, "timezone": row.time_zone,
                                     "country": row.country}, "invoice", now,
                  cause=f"import of {row.number}")
    inv = Invoice(number=row.number, debtor_id=debtor.id,  # type: ignore[arg-type]
                  amount=row.amount, currency=row.currency, issue_date=row.issue_date,
                  due_date=row.due_date, terms_days=row.terms_days,
                  sent_at=datetime.combine(row.issue_date, time(9), cfg.schedule.tz),
                  seen=True,  # sent long ago by the business: no "did it arrive?"
                  created_at=now)
    s.add(inv)
    s.flush()
    outcome.imported += 1
    store.record_event(s, now, EventKind.INVOICE_REGISTERED, invoice_id=inv.id,
                       debtor_id=debtor.id, number=inv.number, amount=inv.amount,
                       currency=inv.currency, due_date=inv.due_date, source="import")


def _debtor(cfg: Config, s: Session, row: Row) -> Debtor | None:
    """The debtor a row belongs to: the one a contact already belongs to, else the one
    of that name."""
    for email in row.contacts:
        c = s.exec(select(Contact).where(Contact.email == email)).first()
        if c is not None:
            return s.get(Debtor, c.debtor_id)
    return s.exec(select(Debtor).where(col(Debtor.name) == row.debtor)
                  .order_by(col(Debtor.id))).first()


def served_languages(cfg: Config) -> set[str]:
    from mailbot.adapters.render import make_env

    env = make_env(cfg.templates_dir)
    return {n.split("/")[0] for n in env.list_templates() if n.endswith("/_client.j2")}


"""Facts from free text: invoice numbers, amounts, dates, payment terms. Pure.

Covers the number and date formats of the four languages of the seeds (en, de, id, ru);
month names and relative dates are left to dateparser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

import dateparser

CURRENCY_SYMBOLS = {
    "€": "EUR", "eur": "EUR", "euro": "EUR", "$": "USD", "us$": "USD", "usd": "USD",
    "£": "GBP", "gbp": "GBP", "₽": "RUB", "руб": "RUB", "руб.": "RUB", "rub": "RUB",
    "rp": "IDR", "rp.": "IDR", "idr": "IDR", "chf": "CHF", "¥": "JPY", "jpy": "JPY",
    "sgd": "SGD", "aud": "AUD", "cad": "CAD", "pln": "PLN", "czk": "CZK", "sek": "SEK",
}
_CUR = r"(?:€|\$|£|₽|¥|US\$|Rp\.?|руб\.?|\b(?:EUR|USD|GBP|RUB|IDR|CHF|JPY|SGD|AUD|CAD|PLN|CZK|SEK)\b)"
# digits with optional thousands separators (space, nbsp, thin space, dot, comma, apostrophe)
_NUM = r"\d{1,3}(?:[ \u00a0\u202f.,'’]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
MONEY = re.compile(
    rf"(?P<c1>{_CUR})\s?(?P<n1>{_NUM})|(?P<n2>{_NUM})\s?(?P<c2>{_CUR})", re.IGNORECASE
)

_TOTAL_WORDS = (
    "total", "amount due", "balance due", "amount", "due", "gesamt", "summe", "betrag",
    "zu zahlen", "jumlah", "total tagihan", "итого", "к оплате", "сумма",
)

INVOICE_NO = re.compile(
    r"(?:invoice|inv\.?|rechnung|faktur|tagihan|сч[её]т(?:-фактура)?)"
    r"(?:\s*(?:no\.?|nr\.?|number|nummer|nomor|номер|#|№))?\s*[:#№]?\s*"
    r"(?P<no>[A-Z0-9][A-Z0-9\-/_.]*\d[A-Z0-9\-/_]*)",
    re.IGNORECASE,
)

_DUE_WORDS = (
    r"due(?:\s+date)?|payable\s+by|pay\s+by|f[äa]llig(?:\s+am)?|zahlbar\s+bis|"
    r"f[äa]lligkeitsdatum|jatuh\s+tempo|tanggal\s+jatuh\s+tempo|срок\s+оплаты|оплатить\s+до|"
    r"оплата\s+до"
)
_ISSUE_WORDS = (
    r"invoice\s+date|date\s+of\s+issue|issued(?:\s+on)?|rechnungsdatum|datum|"
    r"tanggal\s+faktur|tanggal|дата\s+сч[её]та|дата"
)
_TERMS = re.compile(
    r"\bnet\s*(?P<a>\d{1,3})\b|"
    r"(?:within|in|innerhalb(?:\s+von)?|dalam(?:\s+waktu)?|в\s+течение|jatuh\s+tempo|"
    r"payment\s+terms:?|zahlungsziel:?)\s+(?P<b>\d{1,3})\s*"
    r"(?:days?|tagen?|hari|дн(?:ей|я|ь))",
    re.IGNORECASE,
)
_MONTHS = r"[A-Za-zÄÖÜäöüА-Яа-яЁё]{3,12}\.?"
DATE = re.compile(
    r"\b(?P<iso>\d{4}-\d{2}-\d{2})\b|"
    r"\b(?P<num>\d{1,2}[./]\d{1,2}[./]\d{4})\b|"
    rf"\b(?P<dmy>\d{{1,2}}\.?\s+{_MONTHS}\s+\d{{4}})|"
    rf"\b(?P<mdy>{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}})"
)
LANGS = ["en", "de", "id", "ru"]


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str
    line: str


def parse_number(text: str) -> Decimal | None:
    """'1.234,56' / '1,234.56' / '1 234,56' / '1500000' -> Decimal."""
    s = re.sub(r"[ \u00a0\u202f'’]", "", text.strip())
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if dec == "," else ",", "").replace(dec, ".")
    elif "," in s or "." in s:
        sep = "," if "," in s else "."
        head, _, tail = s.rpartition(sep)
        if s.count(sep) == 1 and len(tail) != 3:
            s = head.replace(sep, "") + "." + tail
        else:
            s = s.replace(sep, "")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def find_money(text: str) -> list[Money]:
    found = []
    for line in text.splitlines():
        for m in MONEY.finditer(line):
            cur = (m.group("c1") or m.group("c2") or "").lower().strip()
            num = parse_number(m.group("n1") or m.group("n2") or "")
            code = CURRENCY_SYMBOLS.get(cur) or CURRENCY_SYMBOLS.get(cur.rstrip("."))
            if num is not None and code:
                found.append(Money(num.quantize(Decimal("0.01")), code, line.strip().lower()))
    return found


def total_amount(text: str) -> Money | None:
    """The invoice total: the amount on a 'total / amount due' line, else the largest."""
    money = find_money(text)
    if not money:
        return None
    for word in _TOTAL_WORDS:
        labelled = [m for m in money if word in m.line]
        if labelled:
            return max(labelled, key=lambda m: m.amount)
    return max(money, key=lambda m: m.amount)


def invoice_numbers(text: str) -> list[str]:
    seen: list[str] = []
    for m in INVOICE_NO.finditer(text):
        no = m.group("no").rstrip(".-/_")
        if no not in seen:
            seen.append(no)
    return seen


def mentions(text: str, numbers: list[str] | tuple[str, ...]) -> list[str]:
    """Which of the known invoice numbers appear in the text as whole tokens."""
    return [n for n in numbers
            if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text, re.IGNORECASE)]


def parse_date(candidate: str) -> date | None:
    m = DATE.search(candidate)
    if not m:
        return None
    if m.group("iso"):
        try:
            return date.fromisoformat(m.group("iso"))
        except ValueError:
            return None
    if m.group("num"):
        a, b, y = (int(x) for x in re.split(r"[./]", m.group("num")))
        # dotted dates are day-first everywhere we serve; slashes are day-first
        # unless the first number cannot be a day-month pair that way
        day, month = (b, a) if ("/" in m.group("num") and b > 12) else (a, b)
        try:
            return date(y, month, day)
        except ValueError:
            return None
    text = m.group("dmy") or m.group("mdy")
    parsed = dateparser.parse(text, languages=LANGS, settings={"DATE_ORDER": "DMY"})
    return parsed.date() if parsed else None


def labelled_date(text: str, words: str) -> date | None:
    # `rest` starts right after the label, so a leading month name stays in it:
    # "Payable by December 15, 2026" must keep "December"
    pattern = re.compile(rf"(?:{words})\b(?P<rest>[^\n]{{0,60}})", re.IGNORECASE)
    for m in pattern.finditer(text):
        d = parse_date(m.group("rest"))
        if d:
            return d
    return None


def due_date(text: str) -> date | None:
    return labelled_date(text, _DUE_WORDS)


def issue_date(text: str) -> date | None:
    return labelled_date(text, _ISSUE_WORDS)


def terms_days(text: str) -> int | None:
    m = _TERMS.search(text)
    if not m:
        return None
    return int(m.group("a") or m.group("b"))


_RELATIVE_HINT = re.compile(
    r"\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|week|month|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|morgen|woche|monat|"
    r"senin|selasa|rabu|kamis|jumat|besok|minggu|bulan|"
    r"понедельник|вторник|сред|четверг|пятниц|завтра|недел|месяц",
    re.IGNORECASE,
)


def promised_date(text: str, base: datetime, language: str | None = None) -> date | None:
    """A future date the writer commits to, resolved against the message's own date."""
    iso = labelled_date(text, r"by|on|until|bis|am|sebelum|pada|до")
    if iso:
        return iso
    from dateparser.search import search_dates

    found = search_dates(
        text,
        languages=[language] if language in LANGS else LANGS,
        settings={"RELATIVE_BASE": base.replace(tzinfo=None), "PREFER_DATES_FROM": "future"},
    )
    for phrase, when in found or []:
        if _RELATIVE_HINT.search(phrase) and when.date() >= base.date():
            return when.date()
    return None

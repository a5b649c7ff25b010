"""The one date reader: invoices, promises to pay and absence notes all read dates here.
Pure.

`find(text, base, ...)` returns every date expression of `text` with its position:

- absolute dates in every language of `lang/` ("5 Nopember 2026", "5. März 2026",
  "5 марта 2026 г.", "March 5, 2026", "2026-03-05"), with or without a year;
- numeric dates ("05.11.2026", "05/11/2026", "5.11."): the first number is the day when
  it cannot be a month and the month when the second cannot be; otherwise the document's
  own `order` ("dmy" / "mdy", see `numeric_order`) decides, else dotted dates are
  day-first and slashed ones day-first unless `month_first` (None: either, the reading
  nearer to `base` wins);
- relative dates ("next Friday", "Ende nächster Woche", "akhir bulan ini", "через две
  недели", "tomorrow"), resolved against `base`, the message's own date.

`first_in(text, base, language)` reads the first date a few words into `text` in a
language without a file of its own (an absence note in French, Polish, Japanese...):
numeric and CJK dates, else dateparser on those few words.

Without `base` only dates that state their year are read (an invoice's dates); a date
without a year is the next one from `base`, unless it lies only a few weeks back (then it
is the past one, and the caller decides). Each language's words are in
mailbot/reading/lang/<code>.py; nothing here names a month or a weekday. Matching is on
lower-cased text with "ё" read as "е". Only a short candidate with an unknown month word
is handed to dateparser: a long mail costs milliseconds, not seconds.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from mailbot.reading.lang import CODES, LANGUAGES

# A date without a year this far before `base`, or less, is the past one; further back,
# it is next year's ("15 January" said in December).
PAST_WINDOW = timedelta(days=60)


@dataclass(frozen=True)
class Found:
    """A date written in a text: where it is, what it means and which rule read it."""

    start: int
    end: int
    date: date
    rule: str
    numeric: bool = False  # written in digits only ("05.11.2026")


# ============================================================ the languages' words


def _words(name: str) -> list[str]:
    """Every language's fragment (or words) for `name`, English first."""
    out: list[str] = []
    for code in CODES:
        value = getattr(LANGUAGES[code], name, "")
        if isinstance(value, str):
            out += [value] if value else []
        else:
            out += list(value)
    return out


def _alt(name: str) -> str:
    """The fragments of every language for `name`, as one alternation (never empty)."""
    parts = _words(name)
    return "(?:" + "|".join(parts) + ")" if parts else r"(?!x)x"


def _table(name: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for code in CODES:
        for number, names in getattr(LANGUAGES[code], name).items():
            for word in names:
                out[word] = number
    return out


def _names(words: Iterable[str]) -> str:
    return "(?:" + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words),
                                   key=len, reverse=True)) + ")"


_MONTHS = _table("MONTHS")
_WEEKDAYS = _table("WEEKDAYS")
_NUMBERS: dict[str, int] = {}
for _code in CODES:
    _NUMBERS.update(getattr(LANGUAGES[_code], "NUMBER_WORDS", {}))

_DAY_WORDS: dict[str, int] = {}
for _code in CODES:
    _DAY_WORDS.update(getattr(LANGUAGES[_code], "DAY_WORDS", {}))

_AFTER_DAY_ONLY = set(_words("AFTER_DAY_ONLY"))
MONTH_RE = _names(_MONTHS)  # any month word (after a day number)
MONTH_NAMED_RE = _names(set(_MONTHS) - _AFTER_DAY_ONLY)  # a month word standing alone
WEEKDAY_RE = _names(_WEEKDAYS)
_NUM_RE = r"\d{1,3}|" + _names(_NUMBERS)[3:-1]
# a day of the month written out ("the twenty-seventh of November")
_DAY_WORDS_RE = _names(_DAY_WORDS).replace(r"\s+", r"[\s-]+") if _DAY_WORDS else r"(?!x)x"
_NOT_LETTER = r"(?![^\W\d_])"
_NO_LETTER_BEFORE = r"(?<![^\W\d_])"


def month_number(word: str) -> int | None:
    """1-12 for a month name, abbreviation or variant of any language ("Nopember")."""
    return _MONTHS.get(word.lower().replace("ё", "е").rstrip("."))


def weekday_number(word: str) -> int | None:
    return _WEEKDAYS.get(word.lower().replace("ё", "е").rstrip("."))


def _day(word: str) -> int:
    """A day of the month in digits or written out."""
    word = re.sub(r"[\s-]+", " ", word.strip().lower())
    return int(word) if word.isdigit() else _DAY_WORDS.get(word, 0)


def _number(word: str) -> int:
    word = re.sub(r"\s+", " ", word.strip().lower())
    return int(word) if word.isdigit() else _NUMBERS.get(word, 0)


# ============================================================ calendar arithmetic


def end_of_month(d: date, months_ahead: int = 0) -> date:
    y, m = d.year + (d.month - 1 + months_ahead) // 12, (d.month - 1 + months_ahead) % 12 + 1
    return date(y, m, calendar.monthrange(y, m)[1])


def add_months(d: date, months: int) -> date:
    y, m = d.year + (d.month - 1 + months) // 12, (d.month - 1 + months) % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def add_business_days(start: date, days: int) -> date:
    d = start
    while days > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            days -= 1
    return d


def _next_weekday(base: date, weekday: int, *, allow_today: bool = False) -> date:
    ahead = (weekday - base.weekday()) % 7
    if ahead == 0 and not allow_today:
        ahead = 7
    return base + timedelta(days=ahead)


def _friday_of_week(base: date, weeks_ahead: int = 0) -> date:
    friday = base + timedelta(days=4 - base.weekday() + 7 * weeks_ahead)
    return max(friday, base)


def monday_of_week(base: date, weeks_ahead: int = 0) -> date:
    return base - timedelta(days=base.weekday()) + timedelta(days=7 * weeks_ahead)


def _ymd(year: int, month: int, day: int) -> date | None:
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day_month(base: date | None, day: int, month: int, year: int | None) -> date | None:
    """A date from its parts; without a year, the one nearest after `base` (or a recent
    past one, see PAST_WINDOW). None without a year and without `base`."""
    if year is not None:
        return _ymd(year, month, day)
    if base is None:
        return None
    d = _ymd(base.year, month, day)
    if d is None:
        return _ymd(base.year + 1, month, day) if (month, day) == (2, 29) else None
    if d < base - PAST_WINDOW:
        return _ymd(base.year + 1, month, day)
    return d


def _day_of_month(base: date, day: int) -> date | None:
    """'the 15th', 'tanggal 15', '15-го числа': the next such day from `base`."""
    for months in range(3):
        first = add_months(base.replace(day=1), months)
        try:
            d = first.replace(day=day)
        except ValueError:
            continue
        if d >= base:
            return d
    return None


# ============================================================ the rules


@dataclass(frozen=True)
class _Options:
    base: date | None
    order: str | None
    month_first: bool | None
    after_keyword: bool


_Resolver = Callable[[re.Match[str], _Options], "date | None"]


@dataclass(frozen=True)
class _Rule:
    name: str
    patterns: tuple[re.Pattern[str], ...]
    resolve: _Resolver
    needs_base: bool


_RULES: list[_Rule] = []


def _rule(name: str, *patterns: str, needs_base: bool = True) -> Callable[[_Resolver], _Resolver]:
    def register(fn: _Resolver) -> _Resolver:
        _RULES.append(_Rule(name, tuple(re.compile(p, re.IGNORECASE) for p in patterns), fn,
                            needs_base))
        return fn
    return register


def _year(m: re.Match[str], group: str = "year") -> int | None:
    return int(m[group]) if m[group] else None


_WORDS = r"(?<![\w])(?:{})(?![\w])"  # a phrase of words, whole words only
_YEAR_AFTER = _alt("YEAR_AFTER")
_YEAR = rf"(?:[,\s-]+(?P<year>(?:19|20)\d\d)(?!\d)(?:\s*{_YEAR_AFTER})?)?"
_ORDINAL = _alt("ORDINAL")
_BEFORE_DAY = _alt("BEFORE_DAY")
_DATE_PREPOSITION_BEFORE = re.compile(rf"(?<![\w])(?:{_alt('DATE_PREPOSITIONS')})\s*$",
                                      re.IGNORECASE)
_NUMERIC_TAIL = r"(?![^\W\d_г]|[\d/-]|\.\d)"  # not "2026abc", "2026/1", "2026.5"
# "week commencing 30 Nov", "in der Woche ab dem 30.11.": right before a day, the week it
# starts, a span read as its last working day (as "next week" is)
_WEEK_OF_BEFORE = re.compile(rf"(?<![\w])(?:{_alt('WEEK_OF')})\s*$", re.IGNORECASE)
# "Friday's payment run (13/11)": a day and month in brackets a few words after a weekday
# name give that weekday's date (a fraction is never bracketed after a day's name)
_WEEKDAY_THEN_BRACKET = re.compile(rf"(?<![\w])(?:{WEEKDAY_RE})(?:'s)?\s+(?:\S+\s+){{0,3}}\($",
                                   re.IGNORECASE)


@_rule("iso", rf"(?<![\w./-])(?P<y>\d{{4}})[-/.](?P<m>\d{{1,2}})[-/.](?P<d>\d{{1,2}}){_NUMERIC_TAIL}",
       needs_base=False)
def _iso(m: re.Match[str], o: _Options) -> date | None:
    return _ymd(int(m["y"]), int(m["m"]), int(m["d"]))


_NUMERIC = (
    rf"(?<![\w.,/-])(?P<a>\d{{1,2}})(?P<s1>[./-])(?P<b>\d{{1,2}})(?P<s2>[./-])"
    rf"(?P<y>\d{{4}}|\d{{2}}){_NUMERIC_TAIL}"
)
# without a year: "15.12." (the closing dot says it is a date), or "15.12" / "15/12" after
# a word that announces a date ("bis", "до", "on") or right after the caller's keyword
_NUMERIC_NO_YEAR = (
    r"(?<![\w.,/-])(?P<a>\d{1,2})(?P<s1>[./])(?P<b>\d{1,2})(?:(?P<dot>\.)(?!\d)|(?![\d./]|,\d))"
)


def _numeric_reading(a: int, b: int, slashed: bool, o: _Options,
                     year: int | None) -> date | None:
    if a > 12:
        return _day_month(o.base, a, b, year)  # the first number cannot be a month
    if b > 12:
        return _day_month(o.base, b, a, year)  # the second number cannot be a month
    if o.order is not None:
        return _day_month(o.base, *((b, a) if o.order == "mdy" else (a, b)), year)
    if slashed and o.month_first:
        return _day_month(o.base, b, a, year)
    if slashed and o.month_first is None and o.base is not None:
        # 05/11: day-first in most of the world, month-first in the US; for a date
        # that lies ahead (a promise, a return) the nearer reading wins
        readings = [d for d in (_day_month(o.base, a, b, year), _day_month(o.base, b, a, year))
                    if d is not None]
        base = o.base
        return min(readings, key=lambda d: abs((d - base).days)) if readings else None
    return _day_month(o.base, a, b, year)


@_rule("numeric", _NUMERIC, needs_base=False)
def _numeric(m: re.Match[str], o: _Options) -> date | None:
    return _numeric_reading(int(m["a"]), int(m["b"]), "/" in m.group(0), o, int(m["y"]))


@_rule("numeric", _NUMERIC_NO_YEAR)
def _numeric_no_year(m: re.Match[str], o: _Options) -> date | None:
    before = m.string[:m.start()]
    announced = bool(_DATE_PREPOSITION_BEFORE.search(before) or _WEEK_OF_BEFORE.search(before)
                     or _WEEKDAY_THEN_BRACKET.search(before[-60:])) or (
        o.after_keyword and not before.strip(" \t:,("))
    if m["s1"] == ".":
        # "1.5" is more likely an amount than a date: a closing dot, or an announced date
        # with a two-digit month ("bis 15.12", "с 24.12 по 10.01")
        if not (m["dot"] or (announced and (len(m["b"]) == 2 or o.after_keyword))):
            return None
    elif not announced:
        return None  # "pay 1/2 now" is a fraction
    return _numeric_reading(int(m["a"]), int(m["b"]), m["s1"] == "/", o, None)


_NEXT_WEEK_OF = _alt("NEXT_WEEK_OF")
_WEEK_AFTER_NEXT_OF = _alt("WEEK_AFTER_NEXT_OF")


@_rule("next_month_end", _WORDS.format(_alt("NEXT_MONTH_END")))
def _next_month_end(m: re.Match[str], o: _Options) -> date | None:
    return end_of_month(o.base, 1) if o.base else None


@_rule("month_end", _WORDS.format(_alt("MONTH_END")))
def _month_end(m: re.Match[str], o: _Options) -> date | None:
    return end_of_month(o.base) if o.base else None


@_rule("next_month_start", _WORDS.format(_alt("NEXT_MONTH_START")))
def _next_month_start(m: re.Match[str], o: _Options) -> date | None:
    return add_months(o.base.replace(day=1), 1) if o.base else None


@_rule("mid_this_month", _WORDS.format(_alt("MID_THIS_MONTH")))
def _mid_this_month(m: re.Match[str], o: _Options) -> date | None:
    if o.base is None:
        return None
    d = o.base.replace(day=15)
    return d if d >= o.base else add_months(d, 1)


@_rule("week_after_next_end", _WORDS.format(f"{_alt('END_OF')}\\s+{_WEEK_AFTER_NEXT_OF}"))
def _week_after_next_end(m: re.Match[str], o: _Options) -> date | None:
    return _friday_of_week(o.base, 2) if o.base else None


@_rule("week_after_next", _WORDS.format(_WEEK_AFTER_NEXT_OF))
def _week_after_next(m: re.Match[str], o: _Options) -> date | None:
    return o.base + timedelta(days=14) if o.base else None


@_rule("next_week_end", _WORDS.format(f"{_alt('END_OF')}\\s+{_NEXT_WEEK_OF}"))
def _next_week_end(m: re.Match[str], o: _Options) -> date | None:
    return _friday_of_week(o.base, 1) if o.base else None


@_rule("next_week_start", _WORDS.format(f"{_alt('START_OF')}\\s+{_NEXT_WEEK_OF}"))
def _next_week_start(m: re.Match[str], o: _Options) -> date | None:
    return monday_of_week(o.base, 1) if o.base else None


@_rule("next_week_mid", _WORDS.format(f"{_alt('MID')}[\\s-]*{_NEXT_WEEK_OF}"))
def _next_week_mid(m: re.Match[str], o: _Options) -> date | None:
    return monday_of_week(o.base, 1) + timedelta(days=2) if o.base else None


# "Friday next week", "next week on Friday", "Freitag nächster Woche", "в пятницу на
# следующей неделе", "hari Jumat minggu depan": that weekday in the week after this one
_ANY_NEXT_WEEK = f"(?:{_NEXT_WEEK_OF}|{_alt('NEXT_WEEK')})"


@_rule("weekday_next_week",
       rf"(?<![\w])(?:{_alt('ON_WEEKDAY')}\s+)?(?P<wd>{WEEKDAY_RE}){_NOT_LETTER}\s*,?\s+"
       rf"(?:{_alt('WEEKDAY_OF_WEEK')}\s+)?{_ANY_NEXT_WEEK}(?![\w])",
       rf"(?<![\w]){_ANY_NEXT_WEEK}\s*,?\s+(?:{_alt('ON_WEEKDAY')}\s+)?"
       rf"(?P<wd>{WEEKDAY_RE}){_NOT_LETTER}")
def _weekday_next_week(m: re.Match[str], o: _Options) -> date | None:
    if o.base is None:
        return None
    wd = _WEEKDAYS[re.sub(r"\s+", " ", m["wd"].lower())]
    return max(monday_of_week(o.base, 1) + timedelta(days=wd), o.base)


@_rule("this_week", _WORDS.format(_alt("THIS_WEEK")))
def _this_week(m: re.Match[str], o: _Options) -> date | None:
    return _friday_of_week(o.base) if o.base else None


@_rule("calendar_week", rf"(?<![\w])(?:{_alt('CALENDAR_WEEK')})\s*(?P<week>\d{{1,2}})(?!\d)")
def _calendar_week(m: re.Match[str], o: _Options) -> date | None:
    """"in KW 50": the Friday of that ISO week (a payment "in" a week is due by its last
    working day, as "this week" is), this year's or, once it has passed, next year's."""
    if o.base is None or not 1 <= int(m["week"]) <= 53:
        return None
    for year in (o.base.year, o.base.year + 1):
        try:
            friday = date.fromisocalendar(year, int(m["week"]), 5)
        except ValueError:
            continue
        if friday >= o.base - timedelta(days=7):
            return friday
    return None


@_rule("next_week", _WORDS.format(_alt("NEXT_WEEK")))
def _next_week(m: re.Match[str], o: _Options) -> date | None:
    """"we pay next week": by that week's last working day (an absence note's "back next
    week" is its first day: kinds.auto_reply); "in a week" is IN_A_WEEK's, a week on."""
    return _friday_of_week(o.base, 1) if o.base else None


@_rule("year_end", _WORDS.format(_alt("YEAR_END")))
def _year_end(m: re.Match[str], o: _Options) -> date | None:
    return date(o.base.year, 12, 31) if o.base else None


_MONTH_NAMED = rf"(?P<mon>{MONTH_NAMED_RE})\.?{_NOT_LETTER}"


def _named(m: re.Match[str], o: _Options, day: int) -> date | None:
    return _day_month(o.base, day, _MONTHS[m["mon"].lower()], _year(m))


@_rule("mid_month", rf"(?<![\w])(?:{_alt('MID')})[\s-]*{_MONTH_NAMED}{_YEAR}", needs_base=False)
def _mid_month(m: re.Match[str], o: _Options) -> date | None:
    return _named(m, o, 15)


@_rule("end_of_month", rf"(?<![\w])(?:{_alt('END_OF')})\s+{_MONTH_NAMED}{_YEAR}",
       needs_base=False)
def _end_of_named_month(m: re.Match[str], o: _Options) -> date | None:
    first = _named(m, o, 1)
    return end_of_month(first) if first else None


@_rule("start_of_month", rf"(?<![\w])(?:{_alt('START_OF')})\s+{_MONTH_NAMED}{_YEAR}",
       needs_base=False)
def _start_of_named_month(m: re.Match[str], o: _Options) -> date | None:
    return _named(m, o, 1)


@_rule("day_month",
       rf"(?<![\w.])[«\"“„']?(?P<d>\d{{1,2}})(?:{_ORDINAL})?[»\"”“']?\.?[\s-]*"
       rf"(?:(?:{_alt('DAY_OF')})\s+)?(?P<mon>{MONTH_RE})\.?{_NOT_LETTER}{_YEAR}",
       # a day written out, only with its "of": "the twenty-seventh of November"
       rf"(?<![\w])(?P<d>{_DAY_WORDS_RE})\s+(?:{_alt('DAY_OF')})\s+(?P<mon>{MONTH_RE})\.?"
       rf"{_NOT_LETTER}{_YEAR}",
       needs_base=False)
def _day_name(m: re.Match[str], o: _Options) -> date | None:
    return _day_month(o.base, _day(m["d"]), _MONTHS[m["mon"].lower()], _year(m))


@_rule("month_day",
       rf"{_NO_LETTER_BEFORE}{_MONTH_NAMED}\s+(?:(?:{_BEFORE_DAY})\s+)?(?P<d>\d{{1,2}})"
       rf"(?:{_ORDINAL})?(?![\d:])(?:,?\s+(?P<year>(?:19|20)\d\d)(?!\d))?",
       needs_base=False)
def _name_day(m: re.Match[str], o: _Options) -> date | None:
    return _day_month(o.base, int(m["d"]), _MONTHS[m["mon"].lower()], _year(m))


# "5 Brumaire 2026": a word we do not know between a day and a year, or before a day and
# a year: dateparser reads the short candidate in the languages we serve
@_rule("dateparser",
       r"(?<![\w.])(?P<d>\d{1,2})(?:st|nd|rd|th)?\.?[\s-]+(?:of\s+)?(?P<w>[^\W\d_]{3,10})\.?"
       r"[\s-]+(?P<y>(?:19|20)\d\d)(?!\d)",
       r"(?<![\w.])(?P<w>[^\W\d_]{3,10})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+"
       r"(?P<y>(?:19|20)\d\d)(?!\d)",
       needs_base=False)
def _unknown_month(m: re.Match[str], o: _Options) -> date | None:
    if m["w"].lower() in _MONTHS:
        return None  # a known month word the rules above did not take: no date
    return _dateparser_date(m.group(0))


@lru_cache(maxsize=1024)
def _dateparser_date(text: str) -> date | None:
    import dateparser

    parsed = dateparser.parse(text, languages=list(CODES), settings={"DATE_ORDER": "DMY"})
    return parsed.date() if parsed else None


_BARE_DAY = tuple(rf"(?<![\w]){before}(?P<d>\d{{1,2}}){after}"
                  for code in CODES for before, after in getattr(LANGUAGES[code], "BARE_DAY", ()))


@_rule("day_of_month", *_BARE_DAY)
def _bare_day(m: re.Match[str], o: _Options) -> date | None:
    day = int(m["d"])
    return _day_of_month(o.base, day) if o.base and 1 <= day <= 31 else None


@_rule("day_after_tomorrow", _WORDS.format(_alt("DAY_AFTER_TOMORROW")))
def _day_after(m: re.Match[str], o: _Options) -> date | None:
    return o.base + timedelta(days=2) if o.base else None


@_rule("tomorrow", _WORDS.format(_alt("TOMORROW")))
def _tomorrow(m: re.Match[str], o: _Options) -> date | None:
    return o.base + timedelta(days=1) if o.base else None


@_rule("today", _WORDS.format(_alt("TODAY")))
def _today(m: re.Match[str], o: _Options) -> date | None:
    return o.base


@_rule("next_month", _WORDS.format(_alt("NEXT_MONTH")))
def _next_month(m: re.Match[str], o: _Options) -> date | None:
    return add_months(o.base, 1) if o.base else None


_UNITS = (rf"(?:(?P<day>{_alt('UNIT_DAY')})|(?P<week>{_alt('UNIT_WEEK')})|"
          rf"(?P<month>{_alt('UNIT_MONTH')}))")


def _after_n(base: date, n: int, m: re.Match[str], business: bool) -> date:
    if m["week"]:
        return base + timedelta(days=7 * n)
    if m["month"]:
        return add_months(base, n)
    return add_business_days(base, n) if business else base + timedelta(days=n)


@_rule("in_n", rf"(?<![\w])(?:{_alt('IN')})\s+(?P<n>{_NUM_RE})\s+"
               rf"(?P<biz>{_alt('BUSINESS_BEFORE')})?{_UNITS}\b(?P<biz2>{_alt('BUSINESS_AFTER')})?")
def _in_n(m: re.Match[str], o: _Options) -> date | None:
    n = _number(m["n"])
    if not n or o.base is None:
        return None
    return _after_n(o.base, n, m, bool(m["biz"] or m["biz2"]))


@_rule("in_a_fortnight", _WORDS.format(_alt("IN_A_FORTNIGHT")))
def _in_a_fortnight(m: re.Match[str], o: _Options) -> date | None:
    return o.base + timedelta(days=14) if o.base else None


@_rule("in_a_week", _WORDS.format(_alt("IN_A_WEEK")))
def _in_a_week(m: re.Match[str], o: _Options) -> date | None:
    return o.base + timedelta(days=7) if o.base else None


@_rule("in_a_month", _WORDS.format(_alt("IN_A_MONTH")))
def _in_a_month(m: re.Match[str], o: _Options) -> date | None:
    return add_months(o.base, 1) if o.base else None


@_rule("n_later", rf"(?<![\w])(?P<n>{_NUM_RE})\s+{_UNITS}\s+(?:{_alt('LATER')})(?![\w])")
def _n_later(m: re.Match[str], o: _Options) -> date | None:
    n = _number(m["n"])
    return _after_n(o.base, n, m, False) if n and o.base else None


@_rule("weekday",
       rf"(?<![\w])(?:(?P<pre>{_alt('WEEKDAY_BEFORE')})\s+)?(?P<wd>{WEEKDAY_RE}){_NOT_LETTER}"
       rf"\.?(?P<post>\s+(?:{_alt('WEEKDAY_AFTER')})(?![\w]))?")
def _weekday(m: re.Match[str], o: _Options) -> date | None:
    if o.base is None:
        return None
    this = bool(re.fullmatch(_alt("THIS_WEEKDAY_BEFORE"), (m["pre"] or "").lower())
                or re.fullmatch(_alt("THIS_WEEKDAY_AFTER"), (m["post"] or "").strip().lower()))
    return _next_weekday(o.base, _WEEKDAYS[re.sub(r"\s+", " ", m["wd"].lower())],
                         allow_today=this)


# "Monday, December 14", "Montag, den 7. Dezember": the written date decides, not the
# weekday before it
_WEEKDAY_THEN_DATE = re.compile(rf"\.?\s*,?\s*(?:(?:{_BEFORE_DAY})\s+)?$", re.IGNORECASE)
_ABSOLUTE = {"iso", "numeric", "day_month", "month_day", "dateparser"}
_TRAILING_WEEKDAY = re.compile(rf"{_NO_LETTER_BEFORE}{WEEKDAY_RE}{_WEEKDAY_THEN_DATE.pattern}",
                               re.IGNORECASE)


def without_trailing_weekday(head: str) -> str:
    """The words before a written date without the weekday that names it ("spätestens am
    Dienstag, den 24.11.", "no later than Tuesday the 24th"): what stands before both."""
    return _TRAILING_WEEKDAY.sub("", head)


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # "İ" lowers to two characters: keep positions
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("ё", "е")


def find(text: str, base: date | None = None, *, order: str | None = None,
         month_first: bool | None = False, after_keyword: bool = False) -> list[Found]:
    """Every date written in `text`, in order of position.

    `base` (the message's own date) resolves relative dates and dates without a year;
    without it only dates with a year are read. `order` ("dmy" / "mdy") is the
    document's own order of numeric dates; `month_first` says how an ambiguous slashed
    date is read without it (None: the reading nearer to `base`). `after_keyword`: the
    caller found a word announcing a date right before `text` ("back on", "bis", "до"),
    so a bare "14.12" at its start is a date."""
    low = _lower(text)
    options = _Options(base, order, month_first, after_keyword)
    taken: list[tuple[int, int]] = []
    found: list[Found] = []
    for rule in _RULES:
        if rule.needs_base and base is None:
            continue
        for pattern in rule.patterns:
            for m in pattern.finditer(low):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                d = rule.resolve(m, options)
                if d is not None:
                    taken.append((m.start(), m.end()))
                    found.append(Found(m.start(), m.end(), d, rule.name,
                                       rule.name in ("iso", "numeric")))
    found.sort(key=lambda f: f.start)
    found = [_week_of(f, low) for f in found]
    # a weekday right before a written date ("Monday, 14 December") is part of it; so is
    # one right before a day of the month that falls on it ("Senin tgl 14", "Monday the
    # 14th", "в понедельник 14-го": the 14th, not the coming Monday)
    return [f for i, f in enumerate(found)
            if not (f.rule == "weekday" and i + 1 < len(found)
                    and ((found[i + 1].rule in _ABSOLUTE
                          and _WEEKDAY_THEN_DATE.match(low[f.end:found[i + 1].start]))
                         or (found[i + 1].rule == "day_of_month"
                             and found[i + 1].date.weekday() == f.date.weekday()
                             and _WEEKDAY_THEN_DAY.match(low[f.end:found[i + 1].start]))
                         # "our Thursday payment run, 10 December" (a Thursday): a few
                         # words between, the written date on that weekday names it
                         or (found[i + 1].rule in _ABSOLUTE
                             and found[i + 1].date.weekday() == f.date.weekday()
                             and _WEEKDAY_WORDS_THEN_DATE.match(low[f.end:found[i + 1].start])
                             and not re.search(r"[.!?;]", low[f.start:found[i + 1].start]))))]


def _week_of(f: Found, low: str) -> Found:
    """A written day after "week commencing" ("w/c", "Woche ab dem", "неделе с"): the
    Friday of its week, the span's last working day."""
    if f.rule not in _ABSOLUTE and f.rule != "day_of_month":
        return f
    m = _WEEK_OF_BEFORE.search(low, 0, f.start)
    if m is None:
        return f
    friday = monday_of_week(f.date) + timedelta(days=4)
    return Found(m.start(), f.end, friday, "week_of")


# between a weekday and its day of the month: a comma, a short word ("tgl", "the", "den")
# (not "or": "Monday, or the 14th" names two days)
_WEEKDAY_THEN_DAY = re.compile(r"\W{0,3}(?:(?!(?:or|oder|atau|или)\b)[^\W\d_]{1,4}\.?\W{0,2})?$")


# a weekday's own few words before the date it names (no sentence's end, no "or")
_WEEKDAY_WORDS_THEN_DATE = re.compile(
    r"(?:[\s,:'’-]{1,3}(?!(?:or|oder|atau|или|and|und|dan|и)\b)[^\W\d_]+){0,3}[\s,:(-]{1,3}$")


def first(text: str, base: date | None = None, *, order: str | None = None,
          month_first: bool | None = False) -> date | None:
    """The first date written in `text` (see `find`)."""
    found = find(text, base, order=order, month_first=month_first)
    return found[0].date if found else None


_NUMERIC_RE = re.compile(_NUMERIC)


def numeric_order(text: str) -> str | None:
    """The order of a document's numeric dates (03/12/2026, 03.12.2026), as it shows it:
    "dmy" when one of them starts with a number that cannot be a month (18/11/2026),
    "mdy" when one has such a number second (11/18/2026); None when every numeric date
    is ambiguous, or the document shows both (then each date is read on its own)."""
    day_first = month_first = False
    for m in _NUMERIC_RE.finditer(text):
        if len(m["y"]) == 2 and "/" not in m.group(0):
            continue  # "1.13.22", "06-15-22": a version or a phone number as likely
        a, b = int(m["a"]), int(m["b"])
        if not (1 <= a <= 31 and 1 <= b <= 31) or min(a, b) > 12:
            continue  # no date either way ("45/12/2026", "13/14/2026")
        day_first |= a > 12
        month_first |= b > 12
    if day_first == month_first:
        return None
    return "dmy" if day_first else "mdy"


def has_numeric_date(text: str) -> bool:
    """Does `text` write a date in digits with a year (which may be read two ways)?"""
    return any(f.numeric and f.rule == "numeric" for f in find(text))


# ============================================================ dateparser, as a last resort

_PREPOSITION_CANDIDATE = re.compile(
    rf"(?<![\w])(?:{_alt('DATE_PREPOSITIONS')})\s+(?P<cand>[^\s,;.!?]+(?:\s+[^\s,;.!?]+){{0,3}})",
    re.IGNORECASE)
_DATE_WORD = re.compile(rf"\d|{MONTH_RE}|{WEEKDAY_RE}", re.IGNORECASE)


def dateparser_candidates(text: str, base: datetime, language: str | None) -> list[date]:
    """Short candidates after a date preposition ("bis", "до", "by"), read by dateparser in
    `language` (cheap on a few words; never run on whole bodies). For what the rules
    above do not know."""
    import dateparser

    langs = [language] if language in LANGUAGES else list(CODES)
    out = []
    for m in _PREPOSITION_CANDIDATE.finditer(text):
        cand = m.group("cand")
        if not _DATE_WORD.search(cand):
            continue
        when = dateparser.parse(cand, languages=langs, settings={
            "RELATIVE_BASE": base.replace(tzinfo=None), "PREFER_DATES_FROM": "future",
            "DATE_ORDER": "DMY"})
        if when is not None:
            out.append(when.date())
    return out


# ============================================================ languages without a file

# year 年 month 月 day 日 (Chinese also 号): the same in Chinese and Japanese
_CJK_DATE = re.compile(r"(?:(?P<y>\d{4})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号號]")
_WORD = re.compile(r"[^\s,;:!?()\[\]«»\"“”]+")
_BREAK = re.compile(r"[.!?]\s+(?P<next>\w)|\n|[。！？]")
_SUFFIX = re.compile(r"(?<=[^\W\d_])['’][^\W\d_]+")  # Turkish "Aralık'ta" -> "Aralık"
_FIRST_WORDS = 40  # a date after a keyword starts within this many characters
_SOON = timedelta(days=42)  # a relative return date in words lies no further ahead


def first_in(text: str, base: date | None, language: str, *, order: str | None = None,
             month_first: bool | None = False, after_keyword: bool = False) -> Found | None:
    """The first date near the start of `text` (a few words after a keyword) written in
    a language without a file in lang/ (an absence note in French, Polish, Japanese...):
    numeric dates as `find` reads them, CJK 月/日 dates and "明日" (DAYS_AHEAD), else
    dateparser on the first few words, in `language`, with that language's "next" words
    (NEXT, NEXT_WEEK of lang/_absence/<code>.py) dropped.
    A date without a year is anchored on `base` as `find` does; a weekday or another
    relative date is the next one after `base`."""
    found = [f for f in find(text, base, order=order, month_first=month_first,
                             after_keyword=after_keyword) if f.rule in ("iso", "numeric")]
    for m in _CJK_DATE.finditer(text):
        d = _day_month(base, int(m["d"]), int(m["m"]), int(m["y"]) if m["y"] else None)
        if d is not None:
            found.append(Found(m.start(), m.end(), d, "cjk"))
    if base is not None:
        for word, days in _days_ahead(language).items():
            at = text.find(word)
            if 0 <= at <= _FIRST_WORDS:
                found.append(Found(at, at + len(word), base + timedelta(days=days), "tomorrow"))
        words = _dateparser_words(text, base, language)
        if words is not None:
            found.append(words)
    return min(found, key=lambda f: f.start) if found else None


def _days_ahead(language: str) -> dict[str, int]:
    """Words for "tomorrow" of a language written without spaces ("明日"): DAYS_AHEAD."""
    from mailbot.reading.lang._absence import EXTRA

    table: dict[str, int] = getattr(EXTRA.get(language), "DAYS_AHEAD", {})
    return table


def _dateparser_words(text: str, base: date, language: str) -> Found | None:
    from mailbot.reading.lang._absence import EXTRA

    module = EXTRA.get(language)
    nxt = getattr(module, "NEXT", "") if module else ""
    next_week = getattr(module, "NEXT_WEEK", "") if module else ""
    # the case endings a declined date's words take ("наурызға"): ENDINGS
    endings = getattr(module, "ENDINGS", "") if module else ""
    # the sentence the date is in: up to a full stop before a capital ("7 déc. Pour ..."
    # ends at "déc"; "7 déc. 2026" does not), a line break or a CJK full stop
    end = next((m.start() for m in _BREAK.finditer(text)
                if m["next"] is None or m["next"].isupper()), len(text))
    sentence = text[:end]
    # a year of another era ("7 ธันวาคม 2569", Buddhist: ERA_OFFSET 543) as the common
    # era's, four digits for four so the positions found stay the text's
    offset = getattr(module, "ERA_OFFSET", 0) if module else 0
    if offset:
        sentence = re.sub(r"(?<!\d)\d{4}(?!\d)", lambda m: str(int(m.group(0)) - offset)
                          if 1900 <= int(m.group(0)) - offset <= 2199 else m.group(0), sentence)
    tokens = list(_WORD.finditer(sentence))
    for i, start in enumerate(tokens):
        if start.start() > _FIRST_WORDS:
            break
        for j in range(min(len(tokens), i + 6) - 1, i - 1, -1):
            phrase = sentence[start.start():tokens[j].end()]
            when = _read_words(phrase, base, language, nxt, next_week)
            if when is None and endings:
                # "8 наурызға" read as "8 наурыз" when the word as written is no date
                bare = re.sub(rf"(?<=[^\W\d_]{{3}})(?:{endings})(?![\w])", "", phrase)
                if bare != phrase:
                    when = _read_words(bare, base, language, nxt, next_week)
            if when is not None:
                return Found(start.start(), tokens[j].end(), when, "dateparser")
    return None


def _read_words(phrase: str, base: date, language: str, nxt: str, next_week: str) -> date | None:
    low = _lower(phrase).strip(" .")
    if next_week and re.fullmatch(next_week, low):
        return monday_of_week(base, 1)  # "back next week": on its first day
    if nxt:
        low = re.sub(rf"(?<![\w])(?:{nxt})(?![\w])", " ", low)
    low = re.sub(r"\s+", " ", _SUFFIX.sub("", low)).strip()
    if not re.search(r"[^\W\d_]", low):
        return None  # a bare number is no date in words
    parsed = _dateparser_relative(low, language, base)
    if parsed is None:
        return None
    if not re.search(r"\d", low):
        # a weekday, "tomorrow", "in three weeks": after `base`, and soon; a month alone
        # ("enero": dateparser keeps today's day of the month) is no day
        month_alone = parsed.day == base.day and parsed.month != base.month
        return parsed if base < parsed <= base + _SOON and not month_alone else None
    if re.search(r"(?:19|20)\d\d", low):
        return parsed
    return _day_month(base, parsed.day, parsed.month, None)


@lru_cache(maxsize=1024)
def _dateparser_relative(text: str, language: str, base: date) -> date | None:
    import dateparser

    try:
        parsed = dateparser.parse(text, languages=[language], settings={
            "RELATIVE_BASE": datetime(base.year, base.month, base.day, 12, tzinfo=UTC).replace(
                tzinfo=None),
            "PREFER_DATES_FROM": "future", "DATE_ORDER": "DMY"})
    except ValueError:  # a language dateparser does not know
        return None
    return parsed.date() if parsed else None

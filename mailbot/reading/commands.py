"""The staff command grammar: the lines staff write (in a mail to the bot, or after
`mailbot do`) -> Command values, or for each line it cannot read, why. Pure.

One grammar for the mail and the command line; mailbot.app.commands carries them out.

    paid INV [amount] [date]          promise INV DATE          dispute INV [reason...]
    resolve INV                       plan INV 3x500 monthly [from DATE] | plan INV cancel
    pause DEBTOR 14d | 2w | until DATE                          resume DEBTOR|INV
    lang DEBTOR de                    tz DEBTOR Asia/Jakarta
    contact DEBTOR add|remove ADDRESS note INV text...          writeoff INV
    resend INV                        handled N [N...]          done N [N...]
    approve N [amount]                status DEBTOR|INV

DEBTOR is a client's name (or a unique beginning of it), a contact's address or its
domain; it may hold spaces ("pause Acme GmbH 14d"). In a mail, quoted text ("> " lines,
an "On ... wrote:" block), the signature (after "-- ") and greeting lines are skipped;
every other line is a command or an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from mailparser_reply import EmailReplyParser  # type: ignore[import-untyped]

from mailbot.reading import dates

VERBS = ("paid", "promise", "dispute", "resolve", "plan", "pause", "resume", "lang", "tz",
         "contact", "note", "writeoff", "resend", "handled", "done", "approve", "status")
ALIASES = {"write-off": "writeoff", "language": "lang", "timezone": "tz", "unpause": "resume"}
MAX_LINES = 50  # a mail of commands, not a novel: more lines are reported, not read
MAX_PAUSE_DAYS = 366


@dataclass(frozen=True)
class Command:
    """One command staff gave. `target`: an invoice number or a debtor reference as
    written (the handlers look it up); `ids`: message, task or ladder-task ids."""

    verb: str
    line: str
    target: str = ""
    ids: tuple[int, ...] = ()
    amount: Decimal | None = None
    currency: str | None = None
    day: date | None = None
    text: str = ""  # a dispute's reason, a note, a language, a zone, an address
    action: str = ""  # contact: add | remove; plan: the installments ("3x500") or cancel
    every: str = ""  # plan: monthly, weekly, biweekly, 10d
    # options only the command line gives: keep_paused (handled, done), unstop (resume)
    flags: frozenset[str] = frozenset()


@dataclass(frozen=True)
class BadLine:
    """A line that is not a command, and why."""

    line: str
    why: str


Parsed = Command | BadLine


class _Bad(Exception):
    pass


# ------------------------------------------------------------------ a mail's own lines

_QUOTE_HEADER = re.compile(
    r"^(?:on\s.+wrote:?|am\s.+schrieb.*:|.*\bwrote:|-{2,}\s*(?:original message|"
    r"urspr\u00fcngliche nachricht)\s*-{2,}|_{5,})\s*$", re.IGNORECASE)
_OUTLOOK_FROM = re.compile(r"^(?:from|von):\s.+@", re.IGNORECASE)
_GREETING = re.compile(
    r"^(?:hi|hello|hey|hallo|dear|good (?:morning|afternoon|evening)|thanks?|thank you|"
    r"thx|cheers|regards|best|best regards|kind regards|br|danke|gr\u00fc\u00dfe|viele "
    r"gr\u00fc\u00dfe|mfg)\b[\w ,.!'-]{0,30}$", re.IGNORECASE)
_SIGNATURE = re.compile(r"^(?:--|-- |__|\u2014|sent from my .*|von meinem .* gesendet)$",
                        re.IGNORECASE)


def command_lines(body: str) -> list[str]:
    """The lines of a mail that may be commands: its own new text, without quoted text,
    the signature, blank and greeting lines."""
    text = body.replace("\r\n", "\n").replace("\r", "\n")[:20_000]
    try:
        latest = EmailReplyParser(languages=["en", "de"]).parse_reply(text=text)
    except Exception:  # noqa: BLE001 -- a heuristic library: our own cutting follows
        latest = None
    if latest and latest.strip():
        text = latest
    lines: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip().replace("\u00a0", " ")
        if _SIGNATURE.match(line.rstrip()) or raw.rstrip() == "--":
            break
        if _QUOTE_HEADER.match(line) or _OUTLOOK_FROM.match(line):
            break
        if not line or line.startswith(">") or _GREETING.match(line):
            continue
        lines.append(line)
    return lines


def parse_mail(body: str, today: date) -> list[Parsed]:
    """Every command of a mail's body, in order, and every line that is none."""
    lines = command_lines(body)
    out = parse_lines(lines[:MAX_LINES], today)
    if len(lines) > MAX_LINES:
        out.append(BadLine(lines[MAX_LINES], f"only the first {MAX_LINES} lines are read"))
    return out


def parse_lines(lines: Iterable[str], today: date) -> list[Parsed]:
    return [parse_line(line, today) for line in lines]


# ------------------------------------------------------------------------- one line

_BULLET = re.compile(r"^(?:[-*\u2022]|\d{1,2}[.)])\s+")
_AMOUNT = re.compile(r"^(?:(?P<pre>[A-Za-z]{3})\s*)?(?P<n>\d[\d',.]*?)"
                     r"(?:\s*(?P<post>[A-Za-z]{3}))?$")
_DURATION = re.compile(r"^(?P<n>\d{1,3})\s*(?P<unit>d|days?|w|weeks?|m|months?|tage?n?|"
                       r"wochen?)$", re.IGNORECASE)
_EMAIL = re.compile(r"^<?([^@\s<>]+@[^@\s<>]+\.[^@\s<>]+)>?$")
_ZONE = re.compile(r"^(?:[A-Za-z_]+(?:/[A-Za-z0-9_+-]+){1,2}|UTC|GMT)$")
_LANG = re.compile(r"^[a-z]{2}$")


def parse_line(line: str, today: date) -> Parsed:
    """One line -> its Command, or why it is not one. `today` (the staff member's date)
    reads dates like "tomorrow" or "15 Dec"."""
    text = _BULLET.sub("", line.strip())
    words = text.split()
    if not words:
        return BadLine(line, "empty line")
    verb = words[0].lower().rstrip(":")
    verb = ALIASES.get(verb, verb)
    if verb not in VERBS:
        return BadLine(line, f"unknown command {words[0]!r} (known: {', '.join(VERBS)})")
    try:
        return _READERS[verb](verb, line, words[1:], today)
    except _Bad as e:
        return BadLine(line, str(e))


def _need(args: Sequence[str], what: str, example: str) -> None:
    if not args:
        raise _Bad(f"say which {what}, e.g. `{example}`")


def _paid(verb: str, line: str, args: list[str], today: date) -> Command:
    _need(args, "invoice", "paid INV-123 [amount] [date]")
    number, rest = args[0], args[1:]
    amount = currency = day = None
    if rest:
        # an amount first ("500", "1,200.50 EUR", "EUR 500"), then a date
        for n in (3, 2, 1):
            if len(rest) >= n and (found := _amount(" ".join(rest[:n]))) is not None:
                amount, currency = found
                rest = rest[n:]
                break
    if rest:
        day = _date(" ".join(rest), today, "a payment date")
        if day > today:
            raise _Bad(f"the payment date {day} is in the future")
    return Command(verb, line, number, amount=amount, currency=currency, day=day)


def _promise(verb: str, line: str, args: list[str], today: date) -> Command:
    _need(args, "invoice", "promise INV-123 2026-12-15")
    if len(args) < 2:
        raise _Bad("say by when, e.g. `promise INV-123 2026-12-15`")
    day = _date(" ".join(args[1:]), today, "the promised date")
    if day < today:
        raise _Bad(f"the promised date {day} has passed")
    return Command(verb, line, args[0], day=day)


def _with_text(verb: str, line: str, args: list[str], today: date) -> Command:
    example = {"dispute": "dispute INV-123 the goods came damaged",
               "note": "note INV-123 called, pays Friday"}[verb]
    _need(args, "invoice", example)
    text = " ".join(args[1:])
    if verb == "note" and not text:
        raise _Bad(f"say what to note, e.g. `{example}`")
    return Command(verb, line, args[0], text=text)


def _invoice_only(verb: str, line: str, args: list[str], today: date) -> Command:
    _need(args, "invoice", f"{verb} INV-123")
    if len(args) > 1:
        raise _Bad(f"`{verb}` takes one invoice number, not {' '.join(args[1:])!r}")
    return Command(verb, line, args[0])


def _plan(verb: str, line: str, args: list[str], today: date) -> Command:
    example = "plan INV-123 3x500 monthly [from 2027-01-15]"
    _need(args, "invoice", example)
    number, rest = args[0], args[1:]
    if [w.lower() for w in rest] == ["cancel"]:
        return Command(verb, line, number, action="cancel")
    if not rest:
        raise _Bad(f"say the installments, e.g. `{example}`")
    amounts, rest = rest[0], rest[1:]
    if not re.fullmatch(r"\d+x[\d.,]+|[\d.,]+(?:\+[\d.,]+)+", amounts, re.IGNORECASE):
        raise _Bad(f"{amounts!r} is not installments: write 3x500 or 500+500+300")
    every = "monthly"
    if rest and rest[0].lower() not in ("from", "starting", "ab"):
        every, rest = rest[0].lower(), rest[1:]  # the plan's rules say if they know it
    first = today
    if rest:
        if rest[0].lower() not in ("from", "starting", "ab"):
            raise _Bad(f"cannot read {' '.join(rest)!r}: write `from DATE` after the "
                       "installments and how often")
        first = _date(" ".join(rest[1:]), today, "the first installment's date")
    return Command(verb, line, number, action=amounts.lower(), every=every, day=first)


def _pause(verb: str, line: str, args: list[str], today: date) -> Command:
    example = "pause ACME 14d"
    _need(args, "client", example)
    # the debtor's name may hold spaces: the length (or "until DATE") comes last
    lowered = [w.lower() for w in args]
    if "until" in lowered[1:]:
        i = len(lowered) - 1 - lowered[::-1].index("until")
        target, until = " ".join(args[:i]), _date(" ".join(args[i + 1:]), today, "the end")
    else:
        for n in (2, 1):
            if len(args) > n and (m := _DURATION.match(" ".join(args[-n:]))):
                break
        else:
            raise _Bad(f"say for how long, e.g. `{example}` (days: 14d, weeks: 2w) or "
                       "`pause ACME until 2027-01-10`")
        target = " ".join(args[:-n])
        count, unit = int(m["n"]), m["unit"][0].lower()
        until = today + timedelta(days=count * {"d": 1, "t": 1, "w": 7, "m": 30}[unit])
    if until <= today:
        raise _Bad(f"a pause must end after today ({until})")
    if (until - today).days > MAX_PAUSE_DAYS:
        raise _Bad(f"a pause of more than {MAX_PAUSE_DAYS} days: use `writeoff` or a plan")
    return Command(verb, line, target, day=until)


def _debtor_only(verb: str, line: str, args: list[str], today: date) -> Command:
    what = "client or invoice"
    _need(args, what, f"{verb} ACME")
    return Command(verb, line, " ".join(args))


def _lang(verb: str, line: str, args: list[str], today: date) -> Command:
    if len(args) < 2 or not _LANG.match(args[-1].lower()):
        raise _Bad("say the client and a two-letter language, e.g. `lang ACME de`")
    return Command(verb, line, " ".join(args[:-1]), text=args[-1].lower())


def _tz(verb: str, line: str, args: list[str], today: date) -> Command:
    if len(args) < 2 or not _ZONE.match(args[-1]):
        raise _Bad("say the client and a time zone, e.g. `tz ACME Asia/Jakarta`")
    return Command(verb, line, " ".join(args[:-1]), text=args[-1])


def _contact(verb: str, line: str, args: list[str], today: date) -> Command:
    example = "contact ACME add billing@acme.example"
    lowered = [w.lower() for w in args]
    if len(args) < 3 or lowered[-2] not in ("add", "remove"):
        raise _Bad(f"write `{example}` (or `remove`)")
    m = _EMAIL.match(args[-1])
    if not m:
        raise _Bad(f"{args[-1]!r} is not an email address")
    return Command(verb, line, " ".join(args[:-2]), action=lowered[-2], text=m[1].lower())


def _ids(verb: str, line: str, args: list[str], today: date) -> Command:
    what = {"handled": "message (from the digest or `mailbot inbox`)",
            "done": "task (from the digest or `mailbot tasks`)",
            "approve": "task (from the digest or `mailbot tasks`)"}[verb]
    _need(args, what, f"{verb} 17")
    ids: list[int] = []
    amount = None
    for i, w in enumerate(args):
        n = w.lstrip("#").rstrip(",")
        if n.isdigit() and len(n) < 10 and not (verb == "approve" and ids):
            ids.append(int(n))
            continue
        if verb == "approve" and ids and (found := _amount(" ".join(args[i:]))):
            amount = found[0]
            break
        raise _Bad(f"{w!r} is not a {what.split()[0]} number")
    return Command(verb, line, ids=tuple(ids), amount=amount)


_READERS = {
    "paid": _paid, "promise": _promise, "dispute": _with_text, "note": _with_text,
    "resolve": _invoice_only, "writeoff": _invoice_only, "resend": _invoice_only,
    "plan": _plan, "pause": _pause, "resume": _debtor_only, "status": _debtor_only,
    "lang": _lang, "tz": _tz, "contact": _contact,
    "handled": _ids, "done": _ids, "approve": _ids,
}


def _amount(text: str) -> tuple[Decimal, str | None] | None:
    m = _AMOUNT.match(text.strip())
    if not m or (m["pre"] and m["post"]):
        return None
    number = m["n"].replace("'", "")
    # the last separator followed by one or two digits is the decimal point
    d = re.match(r"^(.*?)[.,](\d{1,2})$", number)
    whole, cents = (d[1], d[2]) if d else (number, "")
    whole = re.sub(r"[.,]", "", whole)
    if not whole.isdigit():
        return None
    try:
        value = Decimal(f"{whole}.{cents}" if cents else whole)
    except InvalidOperation:
        return None
    if value <= 0:
        return None
    code = m["pre"] or m["post"]
    return value, code.upper() if code else None


def _date(text: str, today: date, what: str) -> date:
    if not text.strip():
        raise _Bad(f"say {what}")
    found = dates.find(text, today, month_first=False)
    if not found:
        raise _Bad(f"cannot read {text!r} as {what} (write 2026-12-15)")
    covered = text[found[0].start:found[0].end]
    if len(found) > 1 or len(covered.strip()) < len(text.strip()) - 3:
        raise _Bad(f"cannot read {text!r} as one date (write 2026-12-15)")
    return found[0].date


# ------------------------------------------------------------------ finding a debtor


@dataclass(frozen=True)
class DebtorRef:
    """What a debtor can be named by: its name, its contacts' addresses."""

    id: int
    name: str
    emails: tuple[str, ...] = ()


def match_debtor(ref: str, debtors: Sequence[DebtorRef]) -> DebtorRef | str:
    """The one debtor `ref` names — by name (any case), contact address, contact domain
    or a unique beginning of the name — or why none: unknown, or the candidates."""
    key = " ".join(ref.split()).casefold().strip("<>\"'")
    if not key:
        return "say which client"

    def one(found: list[DebtorRef], how: str) -> DebtorRef | str | None:
        unique = list({d.id: d for d in found}.values())
        if len(unique) == 1:
            return unique[0]
        if len(unique) > 1:
            names = ", ".join(sorted(d.name for d in unique)[:8])
            return f"{ref!r} {how} several clients: {names}; write more of the name"
        return None

    if "@" in key:
        found = one([d for d in debtors if key in (e.casefold() for e in d.emails)],
                    "is an address of")
        return found or f"no client has the address {ref}"
    for test, how in (
            (lambda d: d.name.casefold() == key, "is the name of"),
            (lambda d: any(e.casefold().rpartition("@")[2] == key for e in d.emails)
             and "." in key, "is the domain of"),
            (lambda d: d.name.casefold().startswith(key), "begins the names of"),
            (lambda d: any(w.startswith(key) for w in re.split(r"[\s,.&-]+",
                                                               d.name.casefold())),
             "is part of the names of")):
        result = one([d for d in debtors if test(d)], how)
        if result is not None:
            return result
    return f"no client called {ref!r}"

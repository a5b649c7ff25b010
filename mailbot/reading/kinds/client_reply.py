"""What a client's reply says: its own new text, its language, its intent, a promised date.
Pure.

A reply is read in four steps:

1. its own words (`mailbot.reading.replies`): quoted history, the bot's own reminder
   text and the signature are cut away;
2. its language (`mailbot.reading.language`);
3. its intent: each language's table of patterns and phrases per intent (lang/<code>.py,
   data only), scored per sentence by the one shared reader here, with negation ("we
   have not paid yet", "noch nicht bezahlt", "belum bayar", "ещё не оплатили"), denied
   requests ("I did not ask you to stop"), conditionals ("once we have paid"), words in
   quotation marks and questions whether a payment arrived taken into account; a
   promise denied ("обещать оплату не можем", "no promises"), asked about, made
   conditional by the sentence's opening ("once we are paid, ..."), or an earlier one
   that failed is no promise; a part paid with the rest promised is a promise of the
   rest; the reason names the table row and the words that decided;
4. for a promise, the date, parsed in any of the four languages and resolved against
   the message's own Date header (in the sender's time zone): in the promise's own
   clause first, the latest day named ("spätestens Mittwoch") before the nearest;
5. the amount the reply names for its intent (for staff). Russian typed in Latin letters
   (mailbot.reading.translit) is read as Russian.

Anything not understood with confidence — two intents that disagree, a single weak
word, a promise without a date — is intent "other" or needs_human: no automatic action.
"""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal

from mailbot.domain.debtors import DEFAULT_PUBLIC_DOMAINS, organisational_domain
from mailbot.domain.values import Classification, Intent, Kind
from mailbot.reading import dates, einvoice, extract, intent_model, subjects, translit
from mailbot.reading.context import Context
from mailbot.reading.facts import KnownFacts
from mailbot.reading.lang import LANGUAGES, either, fragments
from mailbot.reading.lang._absence import EXTRA
from mailbot.reading.language import detect, ranked
from mailbot.reading.parse import ParsedMessage
from mailbot.reading.replies import (
    BOT_PHRASES,
    FORWARD_POINTER,
    MAX_BODY,
    forwarded_part,
    message_body,
    strip_reply,
)

ACT_THRESHOLD = 0.7  # below this confidence nothing is done automatically
NOT_UNDERSTOOD = "reply not understood with confidence"
CONFLICTING = "conflicting intents"
PROMISE_AND_QUESTION = "a promise and a question for a person"
PAID_AND_PROMISED = "a payment claimed and a dated promise, each in sentences of its own"
OLD_PROMISE_ONLY = "only an earlier promise told again, no new one: a person reads it"
MAX_READ = 6_000  # what the intent patterns read of the reply's own text

# ================================================================================= dates

def find_dates(text: str, base: date, order: str | None = None,
               month_first: bool | None = False) -> list[tuple[int, date]]:
    """Every date expression in `text` with its position, resolved against `base` (by the
    one date reader, mailbot.reading.dates)."""
    return [(f.start, f.date) for f in dates.find(text, base, order=order,
                                                   month_first=month_first)]


def _found_dates(text: str, base: date, order: str | None,
                 month_first: bool | None) -> list[dates.Found]:
    return [_span_end(f, text, base) for f in dates.find(text, base, order=order,
                                                         month_first=month_first)]


# "within 10 days", "в течение 10 дней": a span from the reply's day
_WITHIN = re.compile(rf"\W*(?:{either('WITHIN')})(?!\w)", re.IGNORECASE)


def _span_end(found: dates.Found, text: str, base: date) -> dates.Found:
    """A span counted from the reply ("within 10 days") that ends on a weekend is
    promised by the working day before (the span's last); "in 10 days" names a day."""
    if (found.rule != "in_n" or found.date.weekday() < 5
            or not _WITHIN.match(text.lower(), found.start)):
        return found
    friday = found.date - timedelta(days=found.date.weekday() - 4)
    return replace(found, date=friday) if friday >= base else found


# =============================================================================== intents

@dataclass(frozen=True)
class Rule:
    """One row of a language's intent table (lang/<code>.py), compiled."""

    id: str  # "<code>.<intent>#<row>": where the row is, named in the reading's reason
    intent: Intent
    weight: int
    regex: re.Pattern[str]
    negatable: str = ""  # "neg": a negation undoes it; "all": a conditional too;
    # "proh": only a prohibition right before it does ("don't send it again"); "near":
    # only a negation in the three words before it, or a denied request
    # ("I did not ask you to stop")
    needs: re.Pattern[str] | None = None  # counted only in a sentence that also has this
    unless: re.Pattern[str] | None = None  # not counted in a sentence that has this


I = Intent
# Each language's words are in its lang/<code>.py (see lang/__init__.py): the table of
# each intent (INTENT_PAID_CLAIM, ...) and the words around them. Here they are joined,
# English first, and compiled once; the scoring below is the same for every language.
_INTENTS = (I.PAID_CLAIM, I.PROMISE, I.DISPUTE, I.PLAN_REQUEST, I.NOT_RECEIVED,
            I.PAYMENT_DETAILS, I.STOP)


_TOK = r"(?:[^\s,;.!?]+\s+)"  # one word and the space after it
_DOC = f"(?:{either('DOCUMENTS')})"
_NOT_MONEY = rf"(?!(?:{either('MONEY_WORDS')})\w*)"


def _expand(pattern: str | tuple[str, ...]) -> str:
    """A language's pattern (or a table's phrases, any of which counts) with its
    placeholders filled in: <doc> (any language's word for the invoice or its
    attachment), <not_money>, <tok>."""
    if not isinstance(pattern, str):
        pattern = "|".join(f"(?:{x})" for x in pattern)
    return pattern.replace("<doc>", _DOC).replace("<not_money>", _NOT_MONEY).replace(
        "<tok>", _TOK)


def _compile(pattern: str | tuple[str, ...] | None) -> re.Pattern[str] | None:
    return re.compile(_expand(pattern), re.IGNORECASE) if pattern else None


# an objection that targets the mailing itself ("Ich widerspreche der Nutzung meiner
# E-Mail-Adresse", "we object to the use of our address"): a stop request; the dispute
# words inside it do not count as a dispute
_MAIL_OBJECTION = _expand(either("MAIL_OBJECTION"))
_MAIL_OBJECTION_RE = re.compile(_MAIL_OBJECTION, re.IGNORECASE)
# "Thanks for the credit note": an acknowledgement; the dispute words inside it do not count
_CREDIT_THANKS = re.compile(either("CREDIT_THANKS"), re.IGNORECASE)


def _table(intent: Intent) -> list[Rule]:
    """An intent's rows of every language. A row is (weight, pattern or phrases[,
    negatable[, needs[, unless]]]); negatable True means "all"."""
    found = [Rule("mail_objection", I.STOP, 3, _MAIL_OBJECTION_RE)] if intent == I.STOP else []
    # (and a few rows of languages without a file: lang/_absence, "le virement a été émis")
    unserved = [(code, rows) for code, module in EXTRA.items() if code not in LANGUAGES
                and (rows := getattr(module, f"INTENT_{intent.name}", None))]
    for code, rows in [*fragments(f"INTENT_{intent.name}"), *unserved]:
        for n, (weight, pattern, *rest) in enumerate(rows, 1):
            negatable = rest[0] if rest else ""
            mode = negatable if isinstance(negatable, str) else ("all" if negatable else "")
            needs, unless = ([*rest[1:], None, None])[:2]
            found.append(Rule(f"{code}.{intent.value}#{n}", intent, weight,
                              re.compile(_expand(pattern), re.IGNORECASE), mode,
                              _compile(needs), _compile(unless)))
    return found


_PATTERNS: tuple[Rule, ...] = tuple(p for intent in _INTENTS for p in _table(intent))
RULES: dict[str, Rule] = {p.id: p for p in _PATTERNS}

_NEGATION = re.compile(f"(?:{either('NEGATION')})", re.IGNORECASE)
_CONDITIONAL = re.compile(either("CONDITIONAL"), re.IGNORECASE)
# (a comma between digits is an amount's, "USD 2,800.00", "2.000,00 €": no break)
_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:()\u2013\u2014]|\s-\s|" + either("CLAUSE_BREAK"),
                           re.IGNORECASE)
_NOT_YET_AFTER = re.compile(rf"^\W{{0,3}}(?:{either('NOT_YET_AFTER')})", re.IGNORECASE)


# "I did not ask you to stop ...", "Ich habe nicht gesagt, dass ...": anywhere before a
# match in its sentence, a denied request or statement undoes what follows it
_NOT_ASKED = re.compile(either("NOT_ASKED"), re.IGNORECASE)


def _negated(sentence: str, start: int, end: int, conditional: bool = True) -> bool:
    """Is the match at [start, end) negated or conditional within its clause?"""
    head = sentence[:start]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(head)), default=0)
    clause = head[cut:][-60:]
    inner = sentence[start:end]
    if _NEGATION.search(clause) or (conditional and _CONDITIONAL.search(clause)):
        return True
    if _NOT_ASKED.search(head):
        return True
    # "we have not yet paid", "wir haben die Rechnung noch nicht bezahlt" are inside
    if conditional and _NEGATION.search(inner) and not re.search(r"\bno\b", inner, re.IGNORECASE):
        return True
    return bool(_NOT_YET_AFTER.match(sentence[end:]))


def _conditional_only(sentence: str, start: int, end: int,
                      quoted: list[tuple[int, int]]) -> bool:
    """Is the match at [start, end) undone by a condition in its clause ("once we are
    paid, we pay you on the 15th") and by nothing else (no negation, no modal of a
    counterfactual, not in quotation marks)?"""
    if any(s <= start < e or s < end <= e for s, e in quoted):
        return False
    head = sentence[:start]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(head)), default=0)
    clause = head[cut:][-60:]
    if (_NEGATION.search(clause) or _NEGATION.search(sentence[start:end])
            or _NOT_ASKED.search(head) or _NOT_YET_AFTER.match(sentence[end:])):
        return False
    # "we would have paid on Friday": a modal right before, no condition
    return any(m.end() < len(clause.rstrip()) for m in _CONDITIONAL.finditer(clause))


def _negated_near(sentence: str, start: int) -> bool:
    """A negation in the three words right before the match ("please don't stop
    emailing"), or a denied request anywhere before it ("I did not ask you to stop"); a
    negation further back is about something else ("I don't owe you anything so stop
    emailing me")."""
    head = sentence[:start]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(head)), default=0)
    near = re.search(r"(?:\S+\s+){0,3}$", head[cut:])
    return bool((near and _NEGATION.search(near.group(0))) or _NOT_ASKED.search(head))


# words in quotation marks are somebody else's: 'he wrote "please stop emailing me"'
_IN_QUOTES = re.compile(r'"[^"\n]{3,300}"|“[^”\n]{3,300}”|„[^“”\n]{3,300}[“”]|«[^»\n]{3,300}»')
# a question whether our payment arrived ("did you receive my payment?", "получили ли вы
# оплату?") is not a claim that it was made: its sentence's paid words do not count
_PAYMENT_QUESTION = re.compile(either("PAYMENT_QUESTION"), re.IGNORECASE)


# "don't", "jangan", "nicht mehr", "не надо" a few words before a request undo it:
# "jangan kirim email tagihan lagi" asks for no more mail, not for a copy
_PROHIBITION = re.compile(rf"(?:{either('PROHIBITION')})\s+(?:[^\s,;.!?]+\s+){{0,2}}$",
                          re.IGNORECASE)


# "we cannot promise payment", "Обещать оплату ... не можем", "keine Zusage", "belum bisa
# janji": the promise itself is denied; no promise word in the clauses it spans counts
_PROMISE_DENIED = re.compile(either("PROMISE_DENIED"), re.IGNORECASE)
# "überweisen bis Freitag können wir nicht", "оплатить в пятницу не сможем": a negation
# after a promise, in its own clause, undoes it
_DENIED_AFTER = re.compile(either("DENIED_AFTER"), re.IGNORECASE)
_PAST_PROMISE = re.compile(either("PAST_PROMISE"), re.IGNORECASE)
_PROMISE_FAILED = re.compile(either("PROMISE_FAILED"), re.IGNORECASE)
# "Вчера писал вам, что оплатим 27-го", "I wrote yesterday that we'd pay on the 27th": the
# writer's earlier message told again, right before the promise words: that old promise
_EARLIER_SAID = re.compile(either("EARLIER_SAID"), re.IGNORECASE)
# "Как только деньги поступят, рассчитаемся", "Once we are paid, we'll pay you": a
# sentence that opens with a condition makes its promise conditional
_LEADING_CONDITION = re.compile(rf"^\W*(?:{either('CONDITIONAL')})", re.IGNORECASE)
# "provided you send the timesheet", "sofern die Freigabe kommt", "asalkan dokumen lengkap",
# "при условии подписания акта": a condition set after the promise
# "please reissue it with our PO and it will go into the next run": a request, then the
# promise it buys (a condition)
_REQUEST_THEN = re.compile(either("REQUEST_THEN"), re.IGNORECASE)
_PROVISO = re.compile(rf"\W*(?:{either('PROVISO')})", re.IGNORECASE)
# "Provided the report is accepted, payment will follow by the 11th": a sentence that opens
# with a stipulation makes its promise conditional, as one that opens with a condition
_LEADING_PROVISO = re.compile(rf"^\W*(?:{either('PROVISO')})", re.IGNORECASE)


# what ends a denied promise's reach: "but", "aber", "но", "tapi", a semicolon or a colon
# (a comma does not: "не обещаем, что оплатим до пятницы" denies the clause after it too)
_DENIAL_END = re.compile(r"[;:\u2013\u2014]|\s-\s|" + either("CLAUSE_BREAK"), re.IGNORECASE)


# "no promises, but we'll try", "ничего не обещаем": a denial without an object reaches
# the whole sentence, past its "but"
_NOTHING_PROMISED = re.compile(either("NOTHING_PROMISED"), re.IGNORECASE)


_PROMISE_VERB = re.compile(either("PROMISE_VERB"), re.IGNORECASE)


def _denied_spans(sentence: str) -> list[tuple[int, int]]:
    """Where a denied promise reaches: from the sentence's start to the next "but" after
    the denial; and, when a verb of promising has a negation in its stretch (between
    "but"s and semicolons), wherever the negation stands ("Обещать, что заплатим до 10-го,
    не буду"), from the sentence's start to the stretch's end."""
    nothing = _NOTHING_PROMISED.search(sentence)
    # "hopefully by the end of the month, no guarantees", "постараемся на следующей неделе,
    # но ничего не обещаю": a hedge on a try, not a denial (a soft promise: the day is read,
    # a person confirms it)
    hedge = (nothing.start(), nothing.end()) if nothing and _SOFT_PROMISE.search(sentence) else None
    if nothing and hedge is None:
        return [(0, len(sentence))]

    def hedging(m: re.Match[str]) -> bool:
        return hedge is not None and m.start() < hedge[1] and hedge[0] < m.end()

    spans = []
    # a denial reaches back to the sentence's start: "we'll pay from the grant mid-January
    # - I can't promise it though", "we pay Friday, but can't promise": hedged, no promise
    for m in _PROMISE_DENIED.finditer(sentence):
        if hedging(m):
            continue
        end = next((b.start() for b in _DENIAL_END.finditer(sentence, m.end())), len(sentence))
        spans.append((0, end))
    for m in _PROMISE_VERB.finditer(sentence):
        if hedging(m):
            continue
        if _PAST_PROMISE.search(sentence[max(0, m.start() - 16):m.end()]):
            continue  # "we promised to pay on Friday": an old promise, read apart
        lo = max((b.end() for b in _DENIAL_END.finditer(sentence, 0, m.start())), default=0)
        hi = next((b.start() for b in _DENIAL_END.finditer(sentence, m.end())), len(sentence))
        if _NEGATION.search(_LATEST_WORDS.sub(" ", sentence[lo:hi])):
            spans.append((0, hi))
    return spans


def _promise_undone(sentence: str, start: int, end: int, denied: list[tuple[int, int]],
                    conditional_rule: bool) -> str:
    """Is a promise word at [start, end) denied, asked about or made conditional? "no"
    (it stands), "denied" (denied, asked about, a failed one), "old" (the writer's own
    earlier promise, told again: no new one) or "condition"
    (it stands only on a condition: by itself no promise; with a day, one a person
    confirms)."""
    if any(lo <= start < hi for lo, hi in denied):
        return "denied"
    if _PAST_PROMISE.search(sentence[max(0, start - 16):end]):
        return "old"  # "we promised to pay on Friday, but ...": an old promise, not a new one
    if _EARLIER_SAID.search(sentence[max(0, start - 80):start]):
        return "old"  # "I wrote yesterday that we'd pay on the 27th": that old promise
    if sentence.rstrip().endswith("?"):
        return "denied"  # "can it be paid in rupiah?", "could we pay on Friday?": a question
    lo, hi = _clause(sentence, start)
    # "Accounting promised to pay on Friday, but it didn't work out"
    if _DENIED_AFTER.search(sentence[end:hi]) or _PROMISE_FAILED.search(sentence[hi:]):
        return "denied"
    if conditional_rule and (_LEADING_CONDITION.search(sentence) or _LEADING_PROVISO.search(sentence)
                             or _REQUEST_THEN.search(sentence[:start]) or (
            # "no date yet, as soon as the account is unblocked, we will pay": the clause
            # right before the promise's opens with a condition
            lo > 0 and _LEADING_CONDITION.search(sentence[_clause(sentence, lo - 1)[0]:lo]))):
        return "condition"
    return "no"


def _proviso(sentence: str, start: int, end: int) -> re.Match[str] | None:
    """A condition set after a promise ("we can pay by the 11th provided you send the
    timesheet", "wir zahlen am Freitag, sofern ..."): in the promise's own clause after
    its words, or opening a later clause of its sentence."""
    hi = _clause(sentence, start)[1]
    m = _PROVISO.search(sentence, end, hi)
    if m:
        return m
    for b in _CLAUSE_BREAK.finditer(sentence, end):
        m = _PROVISO.match(sentence, b.end())
        if m:
            return m
    return None


def _prohibited(sentence: str, start: int) -> bool:
    head = sentence[:start]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(head)), default=0)
    return bool(_PROHIBITION.search(head[cut:][-80:]))


def _sentences(text: str) -> list[str]:
    out = []
    for para in re.split(r"\n\s*\n", text):
        lines = [x.strip() for x in para.split("\n") if x.strip()]
        if not lines:
            continue
        # short lines that end without punctuation are list items or their own sentences
        joined = ""
        for line in lines:
            sep = " " if joined and not re.search(r"[.!?:]$", joined) and len(joined) > 40 else "\n"
            joined = f"{joined}{sep}{line}" if joined else line
        for chunk in joined.split("\n"):
            pieces = [s.strip() for s in re.split(
                r"(?<=[!?])\s+|(?<=[^\d\s.][.])\s+(?=[^\d\W])|(?<=\d\d\d[.])\s+(?=[^\W\d])",
                chunk)
                if s.strip()]
            merged: list[str] = []
            for piece in pieces:
                if merged and piece[0].islower() and (_AMOUNT_ABBREVIATED.search(merged[-1])
                                                       or _ABBREVIATION.search(merged[-1])):
                    # "300 000 руб. по счёту", "bestätigen bzw. eine korrigierte": one sentence
                    merged[-1] = f"{merged[-1]} {piece}"
                else:
                    merged.append(piece)
            out += merged
    return out


# an amount with its abbreviated currency or unit at a piece's end ("300 000 руб.", "5 jt."):
# a lower-case word after it goes on the same sentence
_AMOUNT_ABBREVIATED = re.compile(r"\d\s?[^\W\d_]{1,4}\.$")
# an abbreviation a sentence goes on after ("bzw.", "e.g.", "т.е."): a lower-case word after it
# goes on the same sentence
_ABBREVIATION = re.compile(rf"(?<![^\W\d_])(?:{either('SENTENCE_ABBREVIATIONS')})\.$",
                           re.IGNORECASE)


_PARTIAL = re.compile(either("PARTIAL_AMOUNT"), re.IGNORECASE)
_PAID_ANYWAY = re.compile(either("PAID_ANYWAY"), re.IGNORECASE)
# "we'll try to pay by the 18th", "постараемся закрыть до 5-го": the day is read, but a
# person confirms it before chasing waits for it
_SOFT_PROMISE = re.compile(either("SOFT_PROMISE"), re.IGNORECASE)
# "we pay on Thursday; please hold the reminders until then": a pause, not a stop
_STOP_UNTIL_THEN = re.compile(either("STOP_UNTIL_THEN"), re.IGNORECASE)
SOFT_CONFIDENCE = 0.6  # below ACT_THRESHOLD: nothing is done on a soft promise by itself


@dataclass
class Reading:
    """What the reply's text says, before the message's headers are considered."""

    intent: Intent
    confidence: float
    promised_date: date | None = None
    reason: str = ""
    detail: str = ""  # for a dispute: the sentence that disputes
    scores: dict[Intent, int] = field(default_factory=dict)
    # the rules that counted, in reading order: (intent, rule id, the words matched)
    evidence: list[tuple[Intent, str, str]] = field(default_factory=list)
    money: extract.Money | None = None  # the amount named for the intent
    paid_on: date | None = None  # a paid claim's: the day it says it paid
    rest_date: date | None = None  # a dispute's: the day the undisputed rest is promised

    def because(self, *intents: Intent) -> str:
        """The strongest rule (the first of equals) and its words for each intent:
        "[en.stop#1] 'stop emailing'"."""
        out = []
        for intent in intents or (self.intent,):
            hits = [e for e in self.evidence if e[0] == intent]
            if hits:
                hit = max(hits, key=lambda e: RULES[e[1]].weight if e[1] in RULES else 0)
                out.append(f"[{hit[1]}] '{hit[2]}'")
        return ", ".join(out)


# when both are found, the first is what the reply is about (and the safer reading)
STOP_WINS = 3  # the weight of a stop table's row: a plain request to stop

_DOMINATES = {
    (I.PLAN_REQUEST, I.PROMISE), (I.NOT_RECEIVED, I.PAYMENT_DETAILS),
    (I.NOT_RECEIVED, I.PROMISE), (I.PAYMENT_DETAILS, I.PROMISE),
    # "the seats were cancelled, send a corrected invoice and we'll process it": a dispute
    (I.DISPUTE, I.PROMISE),
}


# "wie Sie wissen, hat der Hagel auch unsere Fassade beschädigt", "the flood damaged our
# stock": damage by a natural event is the client's own misfortune, not a complaint
_MISFORTUNE = re.compile(either("MISFORTUNE"), re.IGNORECASE)
_DAMAGE = re.compile(either("DAMAGE_WORDS"), re.IGNORECASE)
# "Könnten Sie uns das bestätigen bzw. eine korrigierte Rechnung senden?", "could you confirm
# it includes VAT or send a corrected invoice?": a question asking to confirm, with a
# corrected invoice only as the other answer; the complaint words after it do not count
_CONFIRM_OR = re.compile(either("CONFIRM_OR"), re.IGNORECASE)


def _alternative_to_confirming(low: str, start: int) -> bool:
    """Is the match at `start` the other answer of a question asking to confirm?"""
    return low.rstrip().endswith("?") and any(
        m.end() <= start for m in _CONFIRM_OR.finditer(low, 0, start))


def _counts(p: Rule, low: str, start: int, end: int, objections: list[tuple[int, int]],
            quoted: list[tuple[int, int]]) -> bool:
    """Does a match of rule `p` in the lowered sentence count (not negated, not quoted)?"""
    if any(s <= start < e or s < end <= e for s, e in quoted):
        return False  # its start or its end is somebody else's words
    if p.negatable == "proh":
        if _prohibited(low, start):
            return False
    elif p.negatable == "near":
        if _negated_near(low, start):
            return False
    elif p.negatable and _negated(low, start, end, p.negatable == "all"):
        return False
    # "widerspreche der Nutzung meiner Adresse": about the mailing, not a dispute; "thanks
    # for the credit note": an acknowledgement
    if p.intent == I.DISPUTE and _DAMAGE.search(low[start:end]) and _MISFORTUNE.search(low):
        return False
    if p.intent == I.DISPUTE and _alternative_to_confirming(low, start):
        return False
    return not (p.intent == I.DISPUTE and any(s <= start < e for s, e in objections))


def read(text: str, base: date | None, language: str | None = None,
         base_time: datetime | None = None) -> Reading:
    """The intent of a reply's own text; a promise's date is resolved against `base`."""
    norm = text.replace("’", "'").replace("`", "'").replace("ё", "е").replace("Ё", "Е")
    sentences = _sentences(norm)
    scores: dict[Intent, int] = {}
    where: dict[Intent, list[tuple[int, int]]] = {}  # (sentence index, match start)
    ends: dict[tuple[int, int], int] = {}  # where each of those matches ends
    evidence: list[tuple[Intent, str, str]] = []
    asked: list[str] = []  # questions whether our payment arrived
    # promise words on a condition: (sentence, start, weight, rule id, words)
    conditions: list[tuple[int, int, int, str, str]] = []
    provisos: list[int] = []  # the sentences of promises with a condition set after them
    old_promises: list[str] = []  # the words of the writer's own earlier promises told again
    # where those conditions reach: (sentence, start, end); a complaint's words inside one
    # are what the promise waits for, no dispute ("we pay on the 4th, provided the revised
    # invoice has reached us by then", "dengan catatan revisi invoice sudah kami terima")
    proviso_spans: list[tuple[int, int, int]] = []
    for si, sentence in enumerate(sentences):
        low = sentence.lower()
        objections = [(m.start(), m.end()) for m in (*_MAIL_OBJECTION_RE.finditer(low),
                                                      *_CREDIT_THANKS.finditer(low))]
        quoted = [(m.start(), m.end()) for m in _IN_QUOTES.finditer(low)]
        question = _PAYMENT_QUESTION.search(low)
        if question:
            asked.append(question.group(0))
        seen: set[tuple[Intent, int]] = set()
        denied = _denied_spans(low)
        for p in _PATTERNS:
            if (p.needs is not None and not p.needs.search(low)) or (
                    p.unless is not None and p.unless.search(low)):
                continue
            if question and p.intent == I.PAID_CLAIM:
                continue
            for m in p.regex.finditer(low):
                on_condition = False
                if not _counts(p, low, m.start(), m.end(), objections, quoted):
                    # "once the account is unblocked we will pay on the 15th": a promise
                    # on a condition, kept aside
                    if not (p.intent == I.PROMISE and p.negatable == "all"
                            and _conditional_only(low, m.start(), m.end(), quoted)):
                        continue
                    on_condition = True
                if p.intent == I.PROMISE:
                    undone = _promise_undone(low, m.start(), m.end(), denied,
                                             p.negatable == "all")
                    if undone == "old":
                        old_promises.append(m.group(0).strip(" ,.;:!?()\"'")[:80])
                    if undone in ("denied", "old"):
                        continue
                    if undone == "condition":
                        on_condition = True
                    elif not on_condition and (cond := _proviso(low, m.start(), m.end())):
                        # "we'll pay on the 11th provided you send ...": a promise still (one
                        # without a day too), its day for a person to confirm
                        provisos.append(si)
                        reach = next((b.start() for b in _DENIAL_END.finditer(low, cond.end())),
                                     len(low))
                        proviso_spans.append((si, cond.start(), reach))
                if on_condition:
                    if (p.intent, m.start()) not in seen:
                        seen.add((p.intent, m.start()))
                        conditions.append((si, m.start(), p.weight, p.id,
                                           m.group(0).strip(" ,.;:!?()\"'")[:80]))
                    break
                if p.intent == I.DISPUTE and any(sj == si and lo <= m.start() < hi
                                                 for sj, lo, hi in proviso_spans):
                    continue
                if (p.intent, m.start()) in seen:
                    continue
                seen.add((p.intent, m.start()))
                scores[p.intent] = scores.get(p.intent, 0) + p.weight
                where.setdefault(p.intent, []).append((si, m.start()))
                ends[(si, m.start())] = m.end()
                evidence.append((p.intent, p.id, m.group(0).strip(" ,.;:!?()\"'")[:80]))
                break  # one hit per pattern and sentence
    if I.DISPUTE in scores and _settled_since(sentences, where[I.DISPUTE]):
        # "held because the PO numbers did not match. That's sorted now": a past complaint
        del scores[I.DISPUTE], where[I.DISPUTE]
        evidence = [e for e in evidence if e[0] != I.DISPUTE]
    if I.STOP in scores and I.PROMISE in scores and all(
            _STOP_UNTIL_THEN.search(sentences[si].lower()) for si, _ in where[I.STOP]):
        # every stop request lasts only until the promised day: the promise is what it says
        del scores[I.STOP], where[I.STOP]
        evidence = [e for e in evidence if e[0] != I.STOP]
    conditional = bool(provisos)
    if (conditions and base is not None and I.PROMISE not in scores
            and all((i, I.PROMISE) in _DOMINATES for i in scores)):
        # "if our client's instalment arrives, we pay on 15 December": a conditional
        # promise with its day is a promise a person confirms; without a day, none
        hits = [(si, at) for si, at, *_ in conditions]
        if _promise_date(sentences, hits, base, language, base_time, [],
                         _moved(sentences)) is not None:
            conditional = True
            for si, at, weight, rule, words in conditions:
                scores[I.PROMISE] = scores.get(I.PROMISE, 0) + weight
                where.setdefault(I.PROMISE, []).append((si, at))
                evidence.append((I.PROMISE, rule, words))
    paid_on = (_paid_date(sentences, where[I.PAID_CLAIM], base, language, ends)
               if base is not None and I.PAID_CLAIM in scores else None)
    # dates in the sentences of a promise raise it: "wir überweisen am 15.12."
    promised: date | None = None
    if base is not None and I.PROMISE in scores:
        promised = _promise_date(sentences, where[I.PROMISE], base, language, base_time,
                                 where.get(I.PAID_CLAIM, []), _moved(sentences),
                                 proviso_spans)
        if promised is not None:
            scores[I.PROMISE] += 1
    scores = {k: min(v, 4) for k, v in scores.items()}
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if not ranked:
        if asked:
            return Reading(I.OTHER, 0.4, reason=f"question: asks whether the payment arrived "
                                                f"('{asked[0]}')")
        if old_promises:
            # "Вчера писал, что оплатим 27-го, — не получится": understood, and no promise
            return Reading(I.OTHER, 0.4, reason=f"{OLD_PROMISE_ONLY} ('{old_promises[0]}')")
        return Reading(I.OTHER, 0.4, reason=NOT_UNDERSTOOD)
    top, s1 = ranked[0]
    for i, s in ranked[1:]:  # "please resend the invoice, then we pay": not_received
        if (i, top) in _DOMINATES and s >= 2:
            top, s1 = i, s
            break
    # "stop sending these, the invoice is paid": a clear stop is honoured whatever else the
    # reply says (a person reads it all: a stop always goes to one)
    besides_stop = sorted(i.value for i in scores if i != I.STOP)
    if scores.get(I.STOP, 0) >= STOP_WINS and top != I.STOP:
        top, s1 = I.STOP, scores[I.STOP]
    partial = _PARTIAL.search(norm)
    anyway = bool(_PAID_ANYWAY.search(norm))
    apart = _apart(where)
    if top in (I.DISPUTE, I.PAID_CLAIM) and _complaint_over_claim(scores, anyway, apart):
        top, s1 = I.DISPUTE, scores[I.DISPUTE]
    rest_promised = (set(scores) == {I.PAID_CLAIM, I.PROMISE} and partial is not None
                     and promised is not None and _rest_after_part(sentences, where))
    if rest_promised:  # "we've paid half; the balance goes out on the 4th": the rest is promised
        top, s1 = I.PROMISE, scores[I.PROMISE]
    # "we paid half; could we pay the rest in three instalments?": the rest is asked to be split
    rest_planned = (set(scores) == {I.PAID_CLAIM, I.PLAN_REQUEST} and partial is not None
                    and _rest_after_part(sentences, where, I.PLAN_REQUEST))
    if rest_planned:
        top, s1 = I.PLAN_REQUEST, scores[I.PLAN_REQUEST]
    # "we transferred EUR 5,600; the remaining EUR 1,120 we do not accept": the rest disputed
    # (in sentences of their own after the paid part: "we paid half, the rest once the
    # complaint is settled" holds the rest back, for a person to read)
    rest_disputed = (set(scores) == {I.PAID_CLAIM, I.DISPUTE} and max(where[I.PAID_CLAIM])[0]
                     < min(where[I.DISPUTE])[0] and any(_PARTIAL.search(sentences[si])
                                                        for si, _ in where[I.DISPUTE]))
    if rest_disputed:
        top, s1 = I.DISPUTE, scores[I.DISPUTE]
    others = [(i, s) for i, s in ranked if i != top and (top, i) not in _DOMINATES
              and top != I.STOP
              and not (i == I.PAID_CLAIM and (rest_promised or rest_planned or rest_disputed or (
                  top == I.DISPUTE and _complaint_over_claim(scores, anyway, apart))))]
    found = Reading(top, 0.0, scores=scores, evidence=evidence, paid_on=paid_on)
    if (set(scores) == {I.PAID_CLAIM, I.PROMISE} and promised is not None and partial is None
            and not {si for si, _ in where[I.PAID_CLAIM]} & {si for si, _ in where[I.PROMISE]}):
        # "0049 sudah kami bayar tanggal 20/2. Invoice 0067 kami jadwalkan tanggal 5 Maret": one
        # invoice said paid, another promised for a day, each in sentences of its own: the
        # promise is what chasing waits on, with both days, for a person to confirm
        found.intent, found.confidence, found.promised_date = I.PROMISE, 0.4, promised
        found.reason = (f"{PAID_AND_PROMISED}: a person confirms "
                        f"{found.because(I.PROMISE, I.PAID_CLAIM)}")
        return found
    if any(s >= 2 for _, s in others) or (others and s1 < 2):
        names = ", ".join(sorted({top.value, *(i.value for i, _ in others)}))
        found.intent, found.confidence = I.OTHER, 0.35
        found.reason = (f"{CONFLICTING}: {names} "
                        f"{found.because(top, *(i for i, _ in others))}")
        if I.PAID_CLAIM in scores:
            # "we wired 18,900 for INV-1; INV-2 is disputed": the amount it says it paid,
            # for the person who settles which intent it is (kept if it is a claim or a
            # complaint beside one)
            found.money = _named_money(sentences, where, I.PAID_CLAIM)
        # "0311 was paid on the 20th; 0352 will go out on Friday 11 December": the day of
        # the promise among them, for the person who settles it
        found.promised_date = promised
        return found
    part = _named_money(sentences, where, I.PAID_CLAIM) if partial and top == I.PAID_CLAIM else None
    if part is not None:
        # "we've paid Rp 15 million of it; the rest we'll try to pay by the 20th": a paid
        # claim of that part (no firm promise of the rest), for staff to check
        found.confidence, found.money = SOFT_CONFIDENCE, part
        found.reason = (f"part paid ('{partial.group(0).strip() if partial else ''}'): staff "
                        f"must check {found.because(top)}")
        return found
    if partial and (top == I.PAID_CLAIM or (top == I.PROMISE and promised is None)):
        # "we paid part of it", "den Rest zahlen wir ...": amounts for staff to check
        found.intent, found.confidence = I.OTHER, 0.4
        found.reason = f"partial amount ({top.value}): staff must check {found.because(top)}"
        return found
    found.confidence = {1: 0.55, 2: 0.8}.get(s1, 0.9) - (0.05 if others else 0.0)
    why = found.because()
    if top == I.PROMISE:
        found.promised_date = promised
        if promised is None:
            found.confidence = min(found.confidence, 0.5)
            found.reason = f"promise without a date {why}"
        elif rest_promised:
            found.reason = (f"promise of the rest after a part paid "
                            f"('{partial.group(0).strip() if partial else ''}') "
                            f"{found.because(I.PROMISE, I.PAID_CLAIM)}")
        elif partial:  # "the remaining balance will be paid on the 18th": still a date
            found.reason = f"promise of part of the amount ('{partial.group(0).strip()}') {why}"
        softs = [_SOFT_PROMISE.search(sentences[si].lower()) for si, _ in where[I.PROMISE]]
        soft = next((x for x in softs if x is not None), None)
        if promised is not None and conditional:
            found.confidence = min(found.confidence, SOFT_CONFIDENCE)
            found.reason = f"conditional promise: a person confirms the day {why}"
        elif promised is not None and soft is not None:
            found.confidence = min(found.confidence, SOFT_CONFIDENCE)
            found.reason = (f"soft promise ('{soft.group(0).strip()}'): a person confirms the "
                            f"day {why}")
    if top == I.PROMISE and (asks := _question_besides(sentences, where)):
        # "0971 goes out in our Nov 30 run. Separate question on 1052: does it include
        # VAT?": the promise is recorded with its day, the question needs a person (a
        # mixed reply carries the intent that needs one)
        found.intent, found.confidence = I.OTHER, 0.4
        found.promised_date = promised
        found.reason = (f"{PROMISE_AND_QUESTION} ('{asks[:80]}') "
                        f"{found.because(I.PROMISE)}")
        return found
    if top == I.DISPUTE:
        found.detail = sentences[where[I.DISPUTE][0][0]][:240]
        # "we won't pay the fee; the rest (£1,800) will be with you by Friday": the date
        # of the rest, for staff (a dispute holds chasing until a person answers it)
        found.rest_date = promised
    if rest_planned and partial is not None:
        found.reason = (f"plan request for the rest after a part paid ('{partial.group(0).strip()}') "
                        f"{found.because(I.PLAN_REQUEST, I.PAID_CLAIM)}")
    # ("we paid Rp 6 million; could we pay the rest in two instalments?": the sum it says
    # it paid, for staff to check against the bank; the rest is the invoice's balance)
    found.money = _named_money(sentences, where, I.PAID_CLAIM if rest_disputed or rest_planned
                               else I.PROMISE if top == I.DISPUTE and promised else top)
    if top == I.DISPUTE and found.money is None and I.PAID_CLAIM not in scores:
        # "Bitte schreiben Sie uns die Differenz von 40 Garnituren à 7,80 € = 312,00 € gut",
        # "Selisih 250 pcs = Rp 1.250.000": the difference named is the sum disputed
        found.money = _difference(sentences)
    if top == I.DISPUTE and I.PAID_CLAIM in scores:
        # "we transferred 200,000 on the 1st; the remaining 217,960 we will not pay": the
        # amount it says it paid is what staff check against the bank (the rest is the
        # invoice's balance)
        found.money = _named_money(sentences, where, I.PAID_CLAIM) or found.money
    if found.confidence < ACT_THRESHOLD and not found.reason:
        found.reason = f"unsure: only a weak sign of {top.value} {why}"
    if not found.reason:
        found.reason = f"{top.value} {why}"
    if top == I.STOP and besides_stop:
        found.reason += f"; it also reads as {', '.join(besides_stop)}"
    return found


QUESTION_WORDS = 8  # "Is that OK?" is a courtesy; a question of this many words asks something


def _question_besides(sentences: list[str], where: dict[Intent, list[tuple[int, int]]]) -> str:
    """A question of its own beside the reply's intents: a sentence asking something (at
    least QUESTION_WORDS words, ending in "?") in which no intent's words stand and that
    does not ask whether our payment arrived; "" when there is none."""
    used = {si for hits in where.values() for si, _ in hits}
    for si, sentence in enumerate(sentences):
        if si in used or not sentence.rstrip().endswith("?"):
            continue
        if len(sentence.split()) >= QUESTION_WORDS and not _PAYMENT_QUESTION.search(sentence.lower()):
            return sentence.strip()
    return ""


_DISPUTE_SETTLED = re.compile(either("DISPUTE_SETTLED"), re.IGNORECASE)


def _settled_since(sentences: list[str], hits: list[tuple[int, int]]) -> bool:
    """Is every complaint put right since ("did not match. That's sorted now", "das ist
    inzwischen geklärt"): each followed, in its own sentence or the next, by words saying
    so (not negated, not on a condition), and none said after them?"""
    lows = [s.lower() for s in sentences]
    settled = [(si, m.start(), m.end()) for si, low in enumerate(lows)
               for m in _DISPUTE_SETTLED.finditer(low) if not _negated(low, m.start(), m.end())]
    # (a complaint in the settling words' own clause is awaited, not put right: "until the
    # PO issue has been resolved, the invoice stays on hold"; one inside them is what was
    # put right: "der Fehler ist inzwischen behoben")
    return bool(settled) and all(
        any(ss == si + 1 or (ss == si and (_clause(lows[si], at)[1] <= sat or sat <= at < end))
            for ss, sat, end in settled)
        and not any((si, at) >= (ss, end) for ss, _, end in settled) for si, at in hits)


def _apart(where: dict[Intent, list[tuple[int, int]]]) -> bool:
    """Does the complaint stand in a sentence of its own, away from the paid claim?"""
    paid = {si for si, _ in where.get(I.PAID_CLAIM, [])}
    return any(si not in paid for si, _ in where.get(I.DISPUTE, []))


def _complaint_over_claim(scores: dict[Intent, int], anyway: bool,
                          apart: bool = False) -> bool:
    """"Not happy with the work; we paid it anyway, but expect a credit note": the
    complaint is what staff must answer (both wait for a person). Else ("we paid, but the
    amount is wrong"; "half paid, the rest once the damage is sorted") it is so only when
    the complaint is clearly the stronger (by a whole rule's weight), or a clear one (a
    strong rule, or more than one hit: "der Rechnung widerspreche ich", "INV-2 is wrong
    ... send a corrected invoice") at least as strong as the claim and in a sentence of
    its own (`apart`): a mixed reply carries the intent that governs chasing."""
    dispute, paid = scores.get(I.DISPUTE, 0), scores.get(I.PAID_CLAIM, 0)
    return dispute >= 2 and paid > 0 and (dispute >= paid + 2 or (anyway and dispute >= paid)
                                          or (apart and dispute >= max(paid, CLEAR_DISPUTE)))


CLEAR_DISPUTE = 3  # more than one weak rule's weight


def _named_money(sentences: list[str], where: dict[Intent, list[tuple[int, int]]],
                 intent: Intent) -> extract.Money | None:
    """The first amount in the sentences that carry the intent: what was paid, what is
    promised, what the client asks to split, what it disputes or keeps back."""
    if intent not in (I.PROMISE, I.PAID_CLAIM, I.PLAN_REQUEST, I.DISPUTE):
        return None
    for si, start in sorted(where.get(intent, [])):
        # the amount nearest the intent's words: "we've paid $6,000 and the balance of
        # $6,375.50 will go out on Friday" promises the second
        sentence = sentences[si]
        found = [(abs(m.start() - start), money[0])
                 for m in extract.MONEY.finditer(sentence)
                 if (money := extract.find_money(sentence[m.start():]))]
        if found:
            return min(found, key=lambda x: x[0])[1]
    return None


_DIFFERENCE = re.compile(either("DISPUTED_DIFFERENCE"), re.IGNORECASE)


def _difference(sentences: list[str]) -> extract.Money | None:
    """The sum a complaint names as the difference: the last amount after the word in its
    sentence (after a count and a unit price, "= 312,00 €" is the sum), in the first
    sentence that names one."""
    for sentence in sentences:
        word = _DIFFERENCE.search(sentence)
        if word is None:
            continue
        found = [money[0] for m in extract.MONEY.finditer(sentence, word.end())
                 if (money := extract.find_money(sentence[m.start():]))]
        if found:
            return found[-1]
    return None


# "$" alone is read as US dollars; a thread about an invoice in another dollar names it
_BARE_DOLLAR = re.compile(r"(?<![a-z])\$", re.IGNORECASE)
_DOLLARS = frozenset({"AUD", "CAD", "NZD", "SGD", "HKD"})


def _reply_currency(money: extract.Money, body: str) -> str:
    if money.currency != "USD" or not _BARE_DOLLAR.search(money.line) or "usd" in money.line:
        return money.currency
    others = {m.currency for m in extract.find_money(body)} & _DOLLARS
    return others.pop() if len(others) == 1 else money.currency


def _rest_after_part(sentences: list[str], where: dict[Intent, list[tuple[int, int]]],
                     rest: Intent = I.PROMISE) -> bool:
    """Is every paid claim before the promise (or the `rest` intent), and does a part word
    ("sebagian", "the balance", "остаток") stand in a paid claim's or the promise's sentence?"""
    paid = where.get(I.PAID_CLAIM, [])
    promise = where.get(rest, [])
    if not paid or not promise or max(paid) > max(promise):
        return False
    return any(_PARTIAL.search(sentences[si]) for si, _ in [*paid, *promise])


def _clause(sentence: str, pos: int) -> tuple[int, int]:
    """The bounds of the clause around `pos`."""
    breaks = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(sentence)), len(sentence) + 1]
    start = max(b for b in breaks if b <= pos)
    return start, min((b for b in breaks if b > pos), default=len(sentence))


def _denied_elsewhere(sentence: str, pos: int, hit: int) -> bool:
    """Is the date at `pos` in another clause than the promise at `hit`, one that holds a
    negation?"""
    lo, hi = _clause(sentence, pos)
    return not lo <= hit < hi and bool(_NEGATION.search(_LATEST_WORDS.sub(" ", sentence[lo:hi])))


_LATEST = re.compile(either("LATEST"), re.IGNORECASE)
_LATEST_AFTER = re.compile(either("LATEST_AFTER"), re.IGNORECASE)


# the same words anywhere: "no later than", "не позднее" deny nothing
_LATEST_WORDS = re.compile("|".join(v.removesuffix(r"\s*$") for _, v in fragments("LATEST")),
                           re.IGNORECASE)


# the date rules that name a week ("next week", "Anfang nächster Woche"): a weekday said
# with one of them lies in that week
_WEEK_RULES = frozenset({"next_week", "next_week_start", "next_week_mid", "next_week_end",
                         "week_after_next", "week_after_next_end"})


# "we wrote we'd pay by the 4th, but the payment day was moved: it goes out on the 18th":
# the day of paying moved; only a date said after that is the one promised
_RESCHEDULED = re.compile(either("RESCHEDULED"), re.IGNORECASE)


def _moved(sentences: list[str]) -> tuple[int, int] | None:
    """Where the reply first says its day of paying moved: (sentence, end of the words)."""
    for si, sentence in enumerate(sentences):
        m = _RESCHEDULED.search(sentence.lower())
        if m:
            return si, m.end()
    return None


PAID_WINDOW = timedelta(days=62)  # a claimed payment's day lies this far back at most


def _paid_date(sentences: list[str], hits: list[tuple[int, int]], base: date,
               language: str | None, ends: dict[tuple[int, int], int] | None = None,
               ) -> date | None:
    """The day a paid claim says it paid: a date in its sentence, not after the reply and
    not long before it, the nearest to the claim's words ("paid by BACS yesterday (25th)",
    "am 24.11. überwiesen", "п/п № 12 от 25.11.2026")."""
    order = dates.numeric_order("\n".join(sentences))
    month_first = None if language == "en" else False
    for si, start in hits:
        # in the claim's own clause, or an aside in brackets right after it ("yesterday
        # (25th)"): not "we paid, the bank will show it by the 15th"
        lo, hi = _clause(sentences[si], start)
        if sentences[si][hi - 1:hi] == "(":
            hi = _clause(sentences[si], hi)[1]
        near = [(f.start, _past(f, base)) for f in dates.find(
            sentences[si], base, order=order, month_first=month_first) if lo <= f.start < hi]
        end = (ends or {}).get((si, start))
        if end is not None:
            # "Оплатили 25.11, п/п № 1843", "paid 25.11": a bare day and month right after
            # the claim's words is the day paid (as after a word announcing a date)
            tail = sentences[si][end:]
            gap = len(tail) - len(tail.lstrip(" \t"))
            near += [(end + gap, _past(f, base)) for f in dates.find(
                tail[gap:], base, order=order, month_first=month_first, after_keyword=True)
                if f.start == 0 and _DAY_MONTH.match(tail, gap)]
        near = [(at, d) for at, d in near if base - PAID_WINDOW <= d <= base]
        if near:
            return min(near, key=lambda x: abs(x[0] - start))[1]
        if _YESTERDAY.search(sentences[si][lo:hi]):
            return base - timedelta(days=1)
    return None


_YESTERDAY = re.compile(rf"(?<!\w)(?:{either('YESTERDAY')})(?!\w)", re.IGNORECASE)
# a day and a two-digit month ("25.11", "03/12"), not a share ("1.5 million")
_DAY_MONTH = re.compile(r"\d{1,2}[./]\d{2}(?![\d.,]\d)")


def _past(found: dates.Found, base: date) -> date:
    """A day of the month alone ("the 25th") or a weekday ("on Monday") in a paid claim is
    the last such day, not the next one."""
    if found.rule == "day_of_month" and found.date > base:
        return dates.add_months(found.date, -1)
    if found.rule == "weekday" and found.date > base:
        return found.date - timedelta(days=7)  # "paid on Monday": the last Monday
    return found.date


def _promise_date(sentences: list[str], hits: list[tuple[int, int]], base: date,
                  language: str | None, base_time: datetime | None,
                  paid: list[tuple[int, int]] | None = None,
                  moved: tuple[int, int] | None = None,
                  provisos: list[tuple[int, int, int]] | None = None) -> date | None:
    """The day promised: near the promise words, in their clause first; after `moved`
    only (a day of paying said to have moved: an earlier date is the old promise's); not
    a day inside a condition set after the promise (`provisos`: "will be settled once the
    committee has accepted the report at its meeting on 3 December") while another is
    said."""
    if provisos:
        kept = _promise_date_from(sentences, hits, base, language, base_time, paid, moved,
                                  provisos)
        if kept is not None:
            return kept
    return _promise_date_from(sentences, hits, base, language, base_time, paid, moved, [])


def _promise_date_from(sentences: list[str], hits: list[tuple[int, int]], base: date,
                       language: str | None, base_time: datetime | None,
                       paid: list[tuple[int, int]] | None,
                       moved: tuple[int, int] | None,
                       skip: list[tuple[int, int, int]]) -> date | None:
    """_promise_date's reading, leaving out the dates inside the spans `skip`."""
    horizon = base + timedelta(days=400)

    def new(si: int, at: int) -> bool:
        return moved is None or (si, at) >= moved

    # numeric dates in the order the reply itself shows (18/11/2026 makes 05/11 day-first);
    # else an English writer's ambiguous 05/11 is the reading nearer to the reply's date
    order = dates.numeric_order("\n".join(sentences))
    month_first = None if language == "en" else False

    def found(sentence: str) -> list[tuple[int, date]]:
        return [(f.start, f.date) for f in _found_dates(sentence, base, order, month_first)]

    for si, start in hits:  # nearest date to the promise, in its own sentence, not in
        # another clause that denies it ("we can't pay Friday, but will pay on the 15th")
        sentence = sentences[si].lower()
        near = [f for f in _found_dates(sentences[si], base, order, month_first)
                if base <= f.date <= horizon and new(si, f.start)
                and not _denied_elsewhere(sentence, f.start, start)
                and not any(sj == si and lo <= f.start < hi for sj, lo, hi in skip)]
        # "we've sent £1,000 today and the rest will follow on the 18th": a date nearer a
        # paid claim in the sentence, or between it and the promise, is the paid part's
        claims = [at for sj, at in paid or [] if sj == si]
        theirs = [f for f in near if any(abs(f.start - at) < abs(f.start - start)
                                         or at < f.start < start for at in claims)]
        if theirs and len(theirs) < len(near):
            near = [f for f in near if f not in theirs]
        # "today we pay 50%, the rest on 18/12": a date after the part word is the rest's,
        # the one promised; a date before it is the first part's
        part = _PARTIAL.search(sentence)
        after = [f for f in near if part is not None and f.start >= part.start()]
        if after and len(after) < len(near):
            near = after
        # "Anfang nächster Woche, spätestens Mittwoch": the latest day is the one promised
        # (a weekday naming the date stands between: "spätestens am Dienstag, den 24.11.")
        latest = [f for f in near if _LATEST.search(dates.without_trailing_weekday(
                  sentence[max(0, f.start - 60):f.start])) or _LATEST_AFTER.search(sentence[f.end:])]
        if latest:
            last = max(latest, key=lambda f: f.date)
            weeks = [f for f in near if f.rule in _WEEK_RULES]
            if last.rule == "weekday" and weeks:
                # "early next week, Wednesday at the latest": that week's Wednesday (the
                # next Wednesday already is when the reply is written before that week)
                week = dates.monday_of_week(min(f.date for f in weeks))
                return max(last.date, week + timedelta(days=last.date.weekday()))
            if last.rule == "weekday" and any(f.date > last.date for f in near):
                # "on Monday, Wednesday at the latest": the Wednesday after that Monday
                return last.date + timedelta(days=7)
            return last.date
        if _LEADING_CONDITION.search(sentence) and any(f.start > start for f in near):
            # "vorbehaltlich der Freigabe am 10.12. werden wir am 15.12. anweisen", "subject
            # to approval on the 10th, we pay on the 15th": a day before the promise's words
            # in a sentence that opens with its condition is the condition's
            near = [f for f in near if f.start > start]
        if near:  # a date in a clause before the promise's is the last resort ("zugesagt
            # hatten wir Freitag, überweisen aber erst am 15.12.")
            own = _clause(sentence, start)[0]
            return min(near, key=lambda f: (f.start < own, abs(f.start - start), f.start < start,
                                            f.date)).date
    for si in sorted({si for si, _ in hits}):  # the sentence after ("... on Friday.")
        if si + 1 < len(sentences):
            ahead = [d for at, d in found(sentences[si + 1]) if base <= d <= horizon
                     and new(si + 1, at)
                     and not any(sj == si + 1 and lo <= at < hi for sj, lo, hi in skip)]
            if ahead:
                return ahead[0]
    if base_time is not None and moved is None:
        for si, _ in hits:
            if found(sentences[si]):
                continue  # our rules read its dates (past ones): no second opinion
            guessed = [d for d in dates.dateparser_candidates(sentences[si], base_time, language)
                       if base <= d <= horizon]
            if guessed:
                return guessed[0]
    return None


# ==================================================================== recognising a reply

# a reply's subject, after a mailing list's tag; German Outlook's forward ("WG:") has
# always counted as replying here, other forwards not
_REPLY_SUBJECT = subjects.prefix(list_tag=True, also=r"wg")
# every reply and forward prefix, stripped to read the subject's own words
_PREFIXES = subjects.prefix(forwards=True, repeated=True)
_TOPIC = re.compile(either("REPLY_TOPIC"), re.IGNORECASE)
_ALL_OF_THEM = re.compile(either("ALL_OF_THEM"), re.IGNORECASE)


# A reply of a few words to a payment reminder: "done", "paid", "erledigt", "sudah ya pak",
# "оплачено". Read as a paid claim only when the whole own text is such a phrase (no
# negation, no question) and the message answers one of our payment mails.
_SHORT_FILLER = re.compile(either("SHORT_FILLER"), re.IGNORECASE)
_SHORT_PAID = re.compile(f"(?:{either('SHORT_PAID')})", re.IGNORECASE)


def short_paid_claim(text: str) -> bool:
    """Is the whole reply a few-word claim of payment ("done", "ist bezahlt", "sudah ya")?"""
    return _only_phrase(text, _SHORT_PAID, longest=60, words=5, parts=_LINES)


_SHORT_RECEIVED = re.compile(f"(?:{either('SHORT_RECEIVED')})", re.IGNORECASE)


def short_receipt(text: str) -> bool:
    """Is the whole reply a few words confirming our mail arrived ("Received, thanks",
    "Ja, ist angekommen, danke. Geht in den normalen Zahlungslauf.", "sudah kami terima",
    "received and being processed": the normal course; each part a whole phrase, so the
    limit of words only bounds it)?"""
    return _only_phrase(text, _SHORT_RECEIVED, longest=120, words=12, parts=_SENTENCES)


_LINES = re.compile(r"\n")
_SENTENCES = re.compile(r"[.!;\n]+")
_PUNCTUATION = re.compile(r"[!.,;:)(*~\-–—]+|[^\w\s']")


def _only_phrase(text: str, phrase: re.Pattern[str], *, longest: int, words: int,
                 parts: re.Pattern[str]) -> bool:
    """Is every part of a short text with no question (each line, or each sentence) one
    such phrase of at most `words` words, fillers aside, or a name signed under one?"""
    if "?" in text or len(text) > longest:
        return False
    said = False
    for raw in parts.split(text):
        line = _PUNCTUATION.sub(" ", raw.replace("’", "'")).lower().replace("ё", "е")
        found = _SHORT_FILLER.sub(" ", line).split()
        if not found:
            continue
        if len(found) <= words and phrase.fullmatch(" ".join(found)):
            said = True
            continue
        # a name under it ("done\nBob", "Received, thanks\nBob") is a signature; anything
        # else is content
        if said and len(found) <= 2 and all(w[:1].isupper() for w in raw.split()):
            continue
        return False
    return said


# "invoice 0104 dan 0071", "Rechnung 1187 und 1190": a known invoice's last group of digits
# after an invoice word, and the list that follows it
_SERIAL_LIST = re.compile(
    rf"(?<![^\W\d_])(?:{either('INVOICE_ABBREVIATIONS')}|{either('INVOICE_WORDS')})\w*\.?\s*"
    rf"(?:no\.?|nr\.?|#|№)?\s*(?P<list>\d{{3,}}(?:\s*(?:,|&|{either('LIST_AND')})\s*\d{{3,}})*)"
    r"(?![\w/-])", re.IGNORECASE)
# "за ПЛ-0464" for ПЛ-0464/26: a known number's own letters and serial, the rest left off
_LETTERS_SERIAL = re.compile(r"(?<![\w/-])(?P<letters>[^\W\d_]{2,6})[-\s]?(?P<digits>\d{3,})(?![\w/-])")


def short_references(text: str, facts: KnownFacts) -> list[str]:
    """The known invoices a reply names short: the serial after an invoice word, or the
    number's letters and serial without the rest; each only when one known invoice fits
    (several: a person picks)."""
    found: list[str] = []
    for m in _SERIAL_LIST.finditer(text):
        for digits in re.findall(r"\d{3,}", m.group("list")):
            matches = facts.numbers_ending(digits)
            if len(matches) == 1:
                found.append(matches[0])
    for m in _LETTERS_SERIAL.finditer(text):
        letters, digits = m.group("letters").casefold(), m.group("digits")
        matches = [n for n in facts.numbers_containing(digits)
                   if n.casefold().startswith(letters)
                   and re.search(rf"(?<!\d){digits}(?!\d)", n)]
        if len(matches) == 1:
            found.append(matches[0])
    return list(dict.fromkeys(found))


_BARE_SERIAL = re.compile(r"(?<![\w/.,'-])\d{3,}(?![\w/,'-]|\.\d)")


def _thread_serials(text: str, thread: tuple[str, ...]) -> list[str]:
    """The thread's invoices the reply names by their serial alone ("0971 is scheduled for
    our Nov 30 run" under a subject about INV-UK-26-0971): a bare group of digits that is
    the last group of exactly one of them."""
    found: list[str] = []
    for m in _BARE_SERIAL.finditer(text):
        fits = [n for n in thread if re.search(rf"(?<!\d){m.group(0)}$", n)]
        if len(fits) == 1:
            found.append(fits[0])
    return found


def _payment_thread(body: str, subject: str, known_ids: list[str], human_reply: bool) -> bool:
    """Does the message answer one of our invoice or reminder mails: threaded to a known
    id, or quoting our reminder's own words?"""
    if known_ids:
        return True
    return human_reply and bool(BOT_PHRASES.search(body[:MAX_BODY])) and bool(
        _TOPIC.search(f"{subject}\n{body[:MAX_BODY]}"))


def _needs_human(reading: Reading) -> bool:
    """Must a person act or confirm? A paid claim, a dispute, a plan request, "not
    received", a request for payment details and a stop all do, however surely they were
    read; only a confident promise with a date is left to the bot. (`confidence` says how
    sure the reading is; the ledger acts on that.)"""
    if reading.intent != I.PROMISE:
        return True
    # "we pay the one at the end of the month; the other one seems overpaid / has a typo":
    # a promise beside a complaint is read by a person before anything is acted on
    if I.DISPUTE in reading.scores:
        return True
    return reading.promised_date is None or reading.confidence < ACT_THRESHOLD


SHORT_REPLY_WORDS = 8  # "ok bu, bsk sy transfer": too few words for the language model


def _language_of_its_words(text: str, language: str | None,
                           reading: Reading) -> str | None:
    """"ok bu, bsk sy transfer": a few words typed on a phone, the language model unsure
    (its best guess under even odds), and every rule that read them one other served
    language's (not English's: "IBAN", "transfer" are every desk's words): that language."""
    if not reading.evidence or len(text.split()) > SHORT_REPLY_WORDS:
        return language
    codes = {rule.split(".")[0] for _, rule, _ in reading.evidence}
    if len(codes) != 1 or (code := next(iter(codes))) in (language, "en") \
            or code not in LANGUAGES:
        return language
    return code if ranked(text)[0][1] < 0.5 else language


def local_date(msg: ParsedMessage) -> datetime | None:
    """The message's Date in the sender's own time zone: "tomorrow" is the sender's."""
    raw = msg.header("Date")
    if raw:
        try:
            dt = email.utils.parsedate_to_datetime(raw)
            if dt is not None:
                return dt
        except (TypeError, ValueError, IndexError):
            pass
    return msg.date


MAX_POINTER_TEXT = 400  # a note that only points to what it forwards is short


def _forwarded_words(text: str, body: str, msg: ParsedMessage, ctx: Context,
                     languages: list[str]) -> str:
    """"FYI - see below from our MD", "berikut kami teruskan persetujuan ...", "пересылаю
    решение директора": a short note pointing to a message it forwards makes that message's
    words the writer's, when its author writes from the writer's own domain (a colleague:
    never our own mail, never a third party's): those words, else ""."""
    if len(text) > MAX_POINTER_TEXT or not FORWARD_POINTER.search(text):
        return ""
    sender = msg.sender.email.lower() if msg.sender else ""
    part = forwarded_part(body, languages)
    if not part or not part[1] or "@" not in sender:
        return ""
    author, words = part
    domain = sender.rpartition("@")[2]
    ours = (author == ctx.bot_address or author in ctx.staff_addresses
            or domain in ctx.staff_domains)
    if (author == sender or author.rpartition("@")[2] != domain or ours
            or BOT_PHRASES.search(words)):
        return ""
    return words


# a forward's subject ("FW:", "WG:", "Пересл:")
_FORWARD_SUBJECT = subjects.prefix(replies=False, forwards=True, also=r"wg", list_tag=True)
_PAYMENT_WORDS = re.compile(either("PAYMENT_WORDS"), re.IGNORECASE)


def _among_colleagues(msg: ParsedMessage, ctx: Context) -> bool:
    """Is the mail addressed only to the sender's colleagues (its own organisation's domain,
    not a public mail provider's, not ours), we in its Cc?"""
    if (msg.sender is None or not msg.to or "@" not in msg.sender.email
            or all(a.email.lower() != ctx.bot_address for a in msg.cc)):
        return False
    domain = organisational_domain(msg.sender.email.rpartition("@")[2].lower())
    if domain in DEFAULT_PUBLIC_DOMAINS or domain in ctx.staff_domains:
        return False
    return all(a.email.lower() != ctx.bot_address and "@" in a.email and organisational_domain(
        a.email.rpartition("@")[2].lower()) == domain for a in msg.to)


def _copied_among_staff(msg: ParsedMessage, ctx: Context, known_ids: list[str]) -> bool:
    """Our mail answered (a known thread) or forwarded among the client's own staff, we
    only in Cc."""
    return bool(known_ids or _FORWARD_SUBJECT.match(msg.subject or "")) \
        and _among_colleagues(msg, ctx)


def _internal(msg: ParsedMessage, ctx: Context, text: str, known_ids: list[str]) -> bool:
    """"kannst du die Rechnung bitte prüfen und freigeben?", "FW: Pengingat ... - Pak Hadi,
    mohon diproses ya": our mail answered or forwarded among the client's own staff, we
    only in Cc, the note holding no payment word and no word of any intent (not even
    negated or asked: "мы разве не платили?" is for a person): their own routing, nothing
    asked of us."""
    if not _copied_among_staff(msg, ctx, known_ids):
        return False
    low = text.lower().replace("ё", "е")
    return not (_PAYMENT_WORDS.search(text) or _PAYMENT_QUESTION.search(low)
                or any(p.regex.search(low) for p in _PATTERNS))


_REMITTANCE_TITLE = re.compile(either("REMITTANCE_TITLE"), re.IGNORECASE)


def _is_remittance_record(own_subject: str, text: str) -> bool:
    """The mail is titled as a remittance advice (its own subject begins so, or its first
    line is the title: "REMITTANCE ADVICE", "Zahlungsavis"): a payer's record, not a
    person's words about one."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return bool(_REMITTANCE_TITLE.match(own_subject.strip())
                or (len(first) <= 40 and _REMITTANCE_TITLE.match(first)))


# a record's labelled day of payment ("Payment date: 23/02/2026", "Zahlungsdatum: ..."),
# the value date's label first
_PAID_ON_LABELS = (either("PAYMENT_VALUE_DATE_LABELS"), either("PAYMENT_DATE_LABELS"))


def _labelled_paid_on(text: str) -> date | None:
    order = extract.numeric_date_order(text)
    us = order == "mdy" or (order is None and extract.looks_american(text))
    return next((d for labels in _PAID_ON_LABELS
                 if (d := extract.labelled_date(text, labels, us, order))), None)


def _remittance_total(msg: ParsedMessage) -> extract.Money | None:
    """The total of the one payment record (a remittance advice, a payment register) a
    paid claim attaches, titled as one in its name or its first lines; not an invoice."""
    found = []
    for a in msg.attachments[:5]:
        if b"%PDF-" in a.payload[:1024]:
            text = einvoice.pdf_text(a.payload, max_pages=2)
        elif a.content_type.startswith("text/"):
            text = a.payload[:20_000].decode(a.charset or "utf-8", "replace")
        else:
            continue
        if _REMITTANCE_TITLE.search(f"{a.filename}\n{text[:300]}"):
            found.append(_bank_exchange_sum(text) or extract.total_amount(text))
    return found[0] if len(found) == 1 else None


# the 1C bank exchange file a Russian accounting package exports ("1CClientBankExchange",
# a key=value line each, "Сумма=2745000.00" per payment order; rubles by the format)
_EXCHANGE_SUM = re.compile(r"^Сумма=(\d+(?:\.\d{1,2})?)\s*$", re.MULTILINE)


def _bank_exchange_sum(text: str) -> extract.Money | None:
    """The sum of the one payment order a 1C exchange file holds; None for another file
    or for several orders (a person splits them)."""
    if not text.lstrip("\ufeff").startswith("1CClientBankExchange"):
        return None
    sums = _EXCHANGE_SUM.findall(text)
    if len(sums) != 1:
        return None
    return extract.Money(amount=Decimal(sums[0]).quantize(Decimal("0.01")), currency="RUB",
                         line=f"Сумма={sums[0]}")


_ASKS_DECISION = re.compile(either("ASKS_DECISION"), re.IGNORECASE)


def _deliberation(msg: ParsedMessage, ctx: Context, text: str, known_ids: list[str],
                  reading: Reading) -> bool:
    """"Pak, mohon arahan: apakah kita ajukan cicilan atau bayar penuh akhir bulan?": our
    mail forwarded among the client's own staff, we only in Cc, a colleague asked to decide
    how to pay: their deliberation, nothing said or asked of us yet (a paid claim, a
    complaint or a question whether it was paid still goes to a person; so does the
    writer's own plan with its day, told to us in Cc: "bitte um Freigabe - dann würde ich
    am Freitag, 27.11., überweisen" is a promise on that approval, not a choice asked)."""
    if not _copied_among_staff(msg, ctx, known_ids):
        return False
    if reading.intent == I.PROMISE and reading.promised_date is not None:
        return False
    low = text.lower().replace("ё", "е")
    return (bool(_ASKS_DECISION.search(low)) and not _PAYMENT_QUESTION.search(low)
            and set(reading.scores) <= {I.PLAN_REQUEST, I.PROMISE})


def _ours(ids: list[str | None], ctx: Context) -> str | None:
    """The bot's own message among those a reply refers to (In-Reply-To first, then the
    References from the last): an id written on the bot's mail domain ("WG: ..." forwarded
    internally keeps only References to our reminder)."""
    domain = ctx.bot_address.rpartition("@")[2].lower()
    for i in ids:
        right = (i or "").strip("<>").rpartition("@")[2].lower()
        if domain and (right == domain or right.endswith(f".{domain}")):
            return i
    return None


def is_human_reply(msg: ParsedMessage) -> bool:
    return bool(msg.in_reply_to or msg.references or _REPLY_SUBJECT.match(msg.subject or ""))


def client_reply(msg: ParsedMessage, ctx: Context) -> Classification | None:
    body = message_body(msg)
    first_guess = detect(body[:2000])
    text = strip_reply(body, [first_guess] if first_guess else [])
    ids = [msg.in_reply_to, *reversed(msg.references)]
    facts = ctx.facts
    forwarded = _forwarded_words(text, body, msg, ctx, [first_guess] if first_guess else [])
    if forwarded:  # the colleague's forwarded words count as the writer's own
        text = f"{text}\n\n{forwarded}"
    known_ids = [i for i in ids if i and facts.is_known_message(i)]
    subject = msg.subject or ""
    numbers = tuple(facts.numbers_in(f"{subject}\n{text}"))
    if not numbers and translit.is_translit_russian(f"{subject}\n{text}"):
        numbers = tuple(facts.numbers_in(translit.codes_in_cyrillic(f"{subject}\n{text}")))
    if not numbers:
        # the reply names none: the invoices of the mail it answers, in its quoted copy
        # ("die für letzte Woche zugesagte Zahlung der beiden Rechnungen verschiebt sich")
        numbers = tuple(facts.numbers_in(body))
    sender = msg.sender.email if msg.sender else ""
    known = bool(known_ids or numbers or (sender and facts.is_contact(sender)))
    if not known and not (is_human_reply(msg) and _TOPIC.search(f"{subject}\n{text}")):
        return None
    # numbers the reply itself labels as invoice numbers ("Rechnung Nr. X", "счёт № X"),
    # known to the ledger or not, after the known ones
    said = extract.invoice_numbers(f"{_PREFIXES.sub('', subject)}\n{text}")
    by_key = {**facts.known_numbers(said), **{n.casefold(): n for n in numbers}}
    labelled = [by_key.get(n.casefold(), n) for n in said]
    numbers = tuple(dict.fromkeys([*numbers, *labelled]))
    # the reply's own words name the invoices it is about: "Thanks. But INV-3019 is wrong"
    # under a subject about INV-3018 disputes INV-3019 only (when the ledger knows a number
    # the words name; an unknown one may be a typo, and the thread's invoice stays)
    short = [*short_references(text[:MAX_READ], facts), *_thread_serials(text[:MAX_READ], numbers)]
    numbers = tuple(dict.fromkeys([*numbers, *short]))
    known_in_text = [*facts.numbers_in(text), *short]
    # ("оплатили оба документа ... (по № 1166 — с учётом корректировки)": about both)
    if known_in_text and not _ALL_OF_THEM.search(text[:MAX_READ]):
        in_text = {n.casefold() for n in [*known_in_text, *extract.invoice_numbers(text)]}
        numbers = tuple(n for n in numbers if n.casefold() in in_text)
    own_subject = "" if _REPLY_SUBJECT.match(subject) else _PREFIXES.sub("", subject)
    language = (detect(text) or detect(f"{_PREFIXES.sub('', subject)}\n{text}")
                or first_guess)
    when = local_date(msg)
    own = text[:MAX_READ]
    if translit.is_translit_russian(f"{own_subject}\n{own}"):
        # "Oplatu proizvedu 8 dekabrya": Russian typed in Latin letters, read as Russian
        own, own_subject, language = (translit.to_cyrillic(own),
                                      translit.to_cyrillic(own_subject), "ru")
    reading = read(f"{own_subject}\n\n{own}" if own_subject else own,
                   when.date() if when else None, language, when)
    if (reading.intent in (I.OTHER, I.PAID_CLAIM) and reading.confidence < 0.8
            and set(reading.scores) <= {I.PAID_CLAIM} and short_paid_claim(text)
            and _payment_thread(body, subject, known_ids, is_human_reply(msg))):
        # "done" / "erledigt" / "sudah ya pak" answering our reminder: a paid claim, for
        # staff to confirm against the bank
        words = " ".join(text.split())[:60]
        reading = Reading(I.PAID_CLAIM, 0.8, scores=reading.scores,
                          reason=f"short paid claim in a payment thread [short_paid] '{words}'")
    if reading.intent == I.PAID_CLAIM and reading.money is None and forwarded:
        # "This was paid on 20 November - remittance below": the amount paid is the total
        # of the remittance a colleague's forwarded mail shows (its columns aligned by spaces)
        reading.money = extract.total_amount(re.sub(r"[ \t]{2,}", " ", forwarded))
    if reading.intent == I.PAID_CLAIM and reading.money is None:
        # "Terlampir remittance advice sebagai bukti": the total its own record shows
        reading.money = _remittance_total(msg)
    if reading.intent == I.PAID_CLAIM and _is_remittance_record(own_subject, own):
        # the mail is the payer's remittance record itself ("REMITTANCE ADVICE ... Total
        # (GBP) 2,184.00 ... Payment date: 23/02/2026"): its total and its labelled day
        if reading.money is None:
            reading.money = extract.total_amount(re.sub(r"[ \t]{2,}", " ", own))
        if reading.paid_on is None:
            reading.paid_on = _labelled_paid_on(own)
    language = _language_of_its_words(own, language, reading)
    needs_human = _needs_human(reading)
    if reading.intent == I.OTHER and not reading.scores and short_receipt(text):
        # "Received, thanks": our mail arrived; nothing for a person to do
        needs_human = False
        reading.reason = "confirms receipt, nothing to do"
    elif reading.intent == I.OTHER and not reading.scores and _internal(msg, ctx, own,
                                                                       known_ids):
        needs_human = False
        reading.reason = "written among the client's own staff, we only in Cc: nothing to do"
    elif reading.intent != I.OTHER and _deliberation(msg, ctx, own, known_ids, reading):
        reading = Reading(I.OTHER, 0.4, scores=reading.scores,
                          reason="a colleague at the client asked to decide, we only in Cc: "
                                 "nothing to do yet")
        needs_human = False
    guessed = None
    if reading.intent == I.OTHER and not reading.scores and reading.reason == NOT_UNDERSTOOD:
        # none of the rules matched: the statistical model may name an intent, for the
        # person who reads it (the ledger treats the reply as not understood)
        guessed = intent_model.suggest(text[:2000])
        rules_said = f"{NOT_UNDERSTOOD} by the rules"
    elif reading.intent == I.OTHER and needs_human and reading.reason.startswith(CONFLICTING):
        # the rules found several: the model may say which one it reads, among those
        guessed = intent_model.suggest(text[:2000], among={i.value for i in reading.scores})
        rules_said = reading.reason
    if guessed is not None:
        # a paid claim's amount and day stay when the guess is the claim or a complaint
        # beside it (staff check the bank either way)
        keep = I(guessed.intent) in (I.PAID_CLAIM, I.DISPUTE) and I.PAID_CLAIM in reading.scores
        reading = Reading(I(guessed.intent), 0.4, scores=reading.scores,
                          reason=f"{rules_said}; {guessed.explain()}: a person confirms",
                          money=reading.money if keep else None,
                          paid_on=reading.paid_on if keep else None,
                          promised_date=reading.promised_date
                          if I(guessed.intent) == I.PROMISE else None)
        needs_human = True
    reason = reading.reason
    if reading.intent == I.DISPUTE and reading.detail:
        # a paid claim beside it is named too: staff check the bank before answering
        also = [I.PAID_CLAIM] if I.PAID_CLAIM in reading.scores else []
        reason = f"dispute: {reading.detail} {reading.because(I.DISPUTE, *also)}"
    if not known:
        note = "not tied to a known thread, invoice or contact"
        reason = f"{reason}; {note}" if reason else note
    return Classification(
        kind=Kind.CLIENT_REPLY,
        confidence=round(reading.confidence, 2),
        needs_human=needs_human,
        reason=reason,
        intent=reading.intent,
        intent_guessed=guessed is not None,
        # (a promise beside a question: its day, for the person who answers; not acted on)
        promised_date=(reading.promised_date if reading.intent == I.PROMISE
                       or reading.reason.startswith(PROMISE_AND_QUESTION)
                       else reading.rest_date if reading.intent == I.DISPUTE else None),
        reply_amount=reading.money.amount if reading.money else None,
        reply_currency=_reply_currency(reading.money, body) if reading.money else None,
        # a dispute beside a paid claim shows the claimed day too (staff check the bank)
        # (and a plan for the rest after a part paid: the part's day)
        # (and a promise beside a payment claimed in sentences of their own: the claim's day)
        reply_paid_on=reading.paid_on if reading.intent in (I.PAID_CLAIM, I.DISPUTE,
                                                            I.PLAN_REQUEST) or (
            reading.reason.startswith(PAID_AND_PROMISED)) else None,
        invoice_numbers=numbers,
        original_message_id=known_ids[0] if known_ids else _ours(ids, ctx) or msg.in_reply_to,
        language=language,
        reply_text=text[:2000],
    )


def read_mail(msg: ParsedMessage, ctx: Context, auth: bool | None) -> Classification | None:
    """The registry's entry (mailbot.reading.classify)."""
    return client_reply(msg, ctx)

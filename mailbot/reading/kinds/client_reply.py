"""What a client's reply says: its own new text, its language, its intent, a promised date.
Pure.

A reply is read in four steps:

1. its own words (`mailbot.reading.replies`): quoted history, the bot's own reminder
   text and the signature are cut away;
2. its language (`mailbot.reading.language`);
3. its intent: each language's word patterns (lang/<code>.py), scored per sentence,
   with negation ("we have not paid yet", "noch nicht bezahlt", "belum bayar", "ещё не
   оплатили") and conditionals ("once we have paid") taken into account;
4. for a promise, the date, parsed in any of the four languages and resolved against
   the message's own Date header (in the sender's time zone).

Anything not understood with confidence — two intents that disagree, a single weak
word, a promise without a date — is intent "other" or needs_human: no automatic action.
"""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from mailbot.domain.values import Classification, Intent, Kind
from mailbot.reading import dates, extract, subjects
from mailbot.reading.context import Context
from mailbot.reading.lang import either, fragments
from mailbot.reading.language import detect
from mailbot.reading.parse import ParsedMessage
from mailbot.reading.replies import BOT_PHRASES, MAX_BODY, message_body, strip_reply

ACT_THRESHOLD = 0.7  # below this confidence nothing is done automatically
MAX_READ = 6_000  # what the intent patterns read of the reply's own text

# ================================================================================= dates

def find_dates(text: str, base: date, order: str | None = None,
               month_first: bool | None = False) -> list[tuple[int, date]]:
    """Every date expression in `text` with its position, resolved against `base` (by the
    one date reader, mailbot.reading.dates)."""
    return [(f.start, f.date) for f in dates.find(text, base, order=order,
                                                   month_first=month_first)]


# =============================================================================== intents

@dataclass(frozen=True)
class _P:
    intent: Intent
    weight: int
    regex: re.Pattern[str]
    negatable: str = ""  # "neg": a negation undoes it; "all": a conditional too;
    # "proh": only a prohibition right before it does ("don't send it again")
    needs: re.Pattern[str] | None = None  # counted only in a sentence that also has this
    unless: re.Pattern[str] | None = None  # not counted in a sentence that has this


def _p(intent: Intent, weight: int, pattern: str, negatable: bool | str = "",
       needs: str | None = None, unless: str | None = None) -> _P:
    mode = negatable if isinstance(negatable, str) else ("all" if negatable else "")
    return _P(intent, weight, re.compile(pattern, re.IGNORECASE), mode,
              re.compile(needs, re.IGNORECASE) if needs else None,
              re.compile(unless, re.IGNORECASE) if unless else None)


I = Intent
# Each language's words are in its lang/<code>.py (see lang/__init__.py): the patterns of
# each intent (INTENT_PAID_CLAIM, ...) and the words around them. Here they are joined,
# English first, and compiled once; the scoring below is the same for every language.
_INTENTS = (I.PAID_CLAIM, I.PROMISE, I.DISPUTE, I.PLAN_REQUEST, I.NOT_RECEIVED,
            I.PAYMENT_DETAILS, I.STOP)


_TOK = r"(?:[^\s,;.!?]+\s+)"  # one word and the space after it
_DOC = f"(?:{either('DOCUMENTS')})"
_NOT_MONEY = rf"(?!(?:{either('MONEY_WORDS')})\w*)"


def _expand(pattern: str) -> str:
    """A language's pattern with its placeholders filled in: <doc> (any language's word
    for the invoice or its attachment), <not_money>, <tok>."""
    return pattern.replace("<doc>", _DOC).replace("<not_money>", _NOT_MONEY).replace(
        "<tok>", _TOK)


# an objection that targets the mailing itself ("Ich widerspreche der Nutzung meiner
# E-Mail-Adresse", "we object to the use of our address"): a stop request; the dispute
# words inside it do not count as a dispute
_MAIL_OBJECTION = _expand(either("MAIL_OBJECTION"))
_MAIL_OBJECTION_RE = re.compile(_MAIL_OBJECTION, re.IGNORECASE)


def _intent_patterns(intent: Intent) -> list[_P]:
    found = [_p(I.STOP, 3, _MAIL_OBJECTION)] if intent == I.STOP else []
    for _, entries in fragments(f"INTENT_{intent.name}"):
        for weight, pattern, *rest in entries:
            negatable = rest[0] if rest else ""
            needs, unless = ([*rest[1:], None, None])[:2]
            found.append(_p(intent, weight, _expand(pattern), negatable,
                            _expand(needs) if needs else None,
                            _expand(unless) if unless else None))
    return found


_PATTERNS: tuple[_P, ...] = tuple(p for intent in _INTENTS for p in _intent_patterns(intent))

_NEGATION = re.compile(f"(?:{either('NEGATION')})", re.IGNORECASE)
_CONDITIONAL = re.compile(either("CONDITIONAL"), re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s|" + either("CLAUSE_BREAK"),
                           re.IGNORECASE)
_NOT_YET_AFTER = re.compile(rf"^\W{{0,3}}(?:{either('NOT_YET_AFTER')})", re.IGNORECASE)


def _negated(sentence: str, start: int, end: int, conditional: bool = True) -> bool:
    """Is the match at [start, end) negated or conditional within its clause?"""
    head = sentence[:start]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(head)), default=0)
    clause = head[cut:][-60:]
    inner = sentence[start:end]
    if _NEGATION.search(clause) or (conditional and _CONDITIONAL.search(clause)):
        return True
    # "we have not yet paid", "wir haben die Rechnung noch nicht bezahlt" are inside
    if conditional and _NEGATION.search(inner) and not re.search(r"\bno\b", inner, re.IGNORECASE):
        return True
    return bool(_NOT_YET_AFTER.match(sentence[end:]))


# "don't", "jangan", "nicht mehr", "не надо" a few words before a request undo it:
# "jangan kirim email tagihan lagi" asks for no more mail, not for a copy
_PROHIBITION = re.compile(rf"(?:{either('PROHIBITION')})\s+(?:[^\s,;.!?]+\s+){{0,2}}$",
                          re.IGNORECASE)


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
            out += [s.strip() for s in re.split(
                r"(?<=[!?])\s+|(?<=[^\d\s.][.])\s+(?=[^\d\W])|(?<=\d\d\d[.])\s+(?=[^\W\d])",
                chunk)
                if s.strip()]
    return out


_PARTIAL = re.compile(either("PARTIAL_AMOUNT"), re.IGNORECASE)


@dataclass
class Reading:
    """What the reply's text says, before the message's headers are considered."""

    intent: Intent
    confidence: float
    promised_date: date | None = None
    reason: str = ""
    detail: str = ""  # for a dispute: the sentence that disputes
    scores: dict[Intent, int] = field(default_factory=dict)


# when both are found, the first is what the reply is about (and the safer reading)
_DOMINATES = {
    (I.PLAN_REQUEST, I.PROMISE), (I.NOT_RECEIVED, I.PAYMENT_DETAILS),
    (I.NOT_RECEIVED, I.PROMISE), (I.PAYMENT_DETAILS, I.PROMISE),
    # "the seats were cancelled, send a corrected invoice and we'll process it": a dispute
    (I.DISPUTE, I.PROMISE),
}


def read(text: str, base: date | None, language: str | None = None,
         base_time: datetime | None = None) -> Reading:
    """The intent of a reply's own text; a promise's date is resolved against `base`."""
    norm = text.replace("’", "'").replace("`", "'").replace("ё", "е").replace("Ё", "Е")
    sentences = _sentences(norm)
    scores: dict[Intent, int] = {}
    where: dict[Intent, list[tuple[int, int]]] = {}  # (sentence index, match start)
    seen: set[tuple[Intent, int, int]] = set()
    for si, sentence in enumerate(sentences):
        low = sentence.lower()
        objections = [(m.start(), m.end()) for m in _MAIL_OBJECTION_RE.finditer(low)]
        for p in _PATTERNS:
            if p.needs is not None and not p.needs.search(low):
                continue
            if p.unless is not None and p.unless.search(low):
                continue
            for m in p.regex.finditer(low):
                if p.negatable == "proh":
                    if _prohibited(low, m.start()):
                        continue
                elif p.negatable and _negated(low, m.start(), m.end(), p.negatable == "all"):
                    continue
                if p.intent == I.DISPUTE and any(s <= m.start() < e for s, e in objections):
                    continue  # "widerspreche der Nutzung meiner Adresse": about the mailing
                key = (p.intent, si, m.start())
                if key in seen:
                    continue
                seen.add(key)
                scores[p.intent] = scores.get(p.intent, 0) + p.weight
                where.setdefault(p.intent, []).append((si, m.start()))
                break  # one hit per pattern and sentence
    # dates in the sentences of a promise raise it: "wir überweisen am 15.12."
    promised: date | None = None
    if base is not None and I.PROMISE in scores:
        promised = _promise_date(sentences, where[I.PROMISE], base, language, base_time)
        if promised is not None:
            scores[I.PROMISE] += 1
    scores = {k: min(v, 4) for k, v in scores.items()}
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if not ranked:
        return Reading(I.OTHER, 0.4, reason="reply not understood with confidence")
    top, s1 = ranked[0]
    for i, s in ranked[1:]:  # "please resend the invoice, then we pay": not_received
        if (i, top) in _DOMINATES and s >= 2:
            top, s1 = i, s
            break
    others = [(i, s) for i, s in ranked if i != top and (top, i) not in _DOMINATES]
    if any(s >= 2 for _, s in others) or (others and s1 < 2):
        names = ", ".join(sorted({top.value, *(i.value for i, _ in others)}))
        return Reading(I.OTHER, 0.35, reason=f"conflicting intents: {names}", scores=scores)
    if top in (I.PAID_CLAIM, I.PROMISE) and _PARTIAL.search(norm):
        # "we paid part of it", "den Rest zahlen wir ...": amounts for staff to check
        return Reading(I.OTHER, 0.4, reason=f"partial amount ({top.value}): staff must check",
                       scores=scores)
    confidence = {1: 0.55, 2: 0.8}.get(s1, 0.9) - (0.05 if others else 0.0)
    reading = Reading(top, confidence, scores=scores)
    if top == I.PROMISE:
        reading.promised_date = promised
        if promised is None:
            reading.confidence = min(confidence, 0.5)
            reading.reason = "promise without a date"
    if top == I.DISPUTE:
        si = where[I.DISPUTE][0][0]
        reading.detail = sentences[si][:240]
    if reading.confidence < ACT_THRESHOLD and not reading.reason:
        reading.reason = f"unsure: only a weak sign of {top.value}"
    return reading


def _promise_date(sentences: list[str], hits: list[tuple[int, int]], base: date,
                  language: str | None, base_time: datetime | None) -> date | None:
    horizon = base + timedelta(days=400)
    # numeric dates in the order the reply itself shows (18/11/2026 makes 05/11 day-first);
    # else an English writer's ambiguous 05/11 is the reading nearer to the reply's date
    order = dates.numeric_order("\n".join(sentences))
    month_first = None if language == "en" else False

    def found(sentence: str) -> list[tuple[int, date]]:
        return find_dates(sentence, base, order, month_first)

    for si, start in hits:  # nearest date to the promise, in its own sentence
        near = [(abs(pos - start), d) for pos, d in found(sentences[si]) if base <= d <= horizon]
        if near:
            return min(near)[1]
    for si in sorted({si for si, _ in hits}):  # the sentence after ("... on Friday.")
        if si + 1 < len(sentences):
            ahead = [d for _, d in found(sentences[si + 1]) if base <= d <= horizon]
            if ahead:
                return ahead[0]
    if base_time is not None:
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


# A reply of a few words to a payment reminder: "done", "paid", "erledigt", "sudah ya pak",
# "оплачено". Read as a paid claim only when the whole own text is such a phrase (no
# negation, no question) and the message answers one of our payment mails.
_SHORT_FILLER = re.compile(either("SHORT_FILLER"), re.IGNORECASE)
_SHORT_PAID = re.compile(f"(?:{either('SHORT_PAID')})", re.IGNORECASE)


def short_paid_claim(text: str) -> bool:
    """Is the whole reply a few-word claim of payment ("done", "ist bezahlt", "sudah ya")?"""
    if "?" in text or len(text) > 60:
        return False
    claimed = False
    for raw in text.split("\n"):
        line = re.sub(r"[!.,;:)(*~\-–—]+|[^\w\s']", " ", raw.replace("’", "'")).lower()
        line = line.replace("ё", "е")
        words = _SHORT_FILLER.sub(" ", line).split()
        if not words:
            continue
        if len(words) <= 5 and _SHORT_PAID.fullmatch(" ".join(words)):
            claimed = True
            continue
        # a name under the claim ("done\nBob") is a signature; anything else is content
        if claimed and len(words) <= 2 and all(w[:1].isupper() for w in raw.split()):
            continue
        return False
    return claimed


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
    return reading.promised_date is None or reading.confidence < ACT_THRESHOLD


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


def is_human_reply(msg: ParsedMessage) -> bool:
    return bool(msg.in_reply_to or msg.references or _REPLY_SUBJECT.match(msg.subject or ""))


def client_reply(msg: ParsedMessage, ctx: Context) -> Classification | None:
    body = message_body(msg)
    first_guess = detect(body[:2000])
    text = strip_reply(body, [first_guess] if first_guess else [])
    ids = [msg.in_reply_to, *reversed(msg.references)]
    facts = ctx.facts
    known_ids = [i for i in ids if i and facts.is_known_message(i)]
    subject = msg.subject or ""
    numbers = tuple(facts.numbers_in(f"{subject}\n{text}"))
    if not numbers and not known_ids:
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
    own_subject = "" if _REPLY_SUBJECT.match(subject) else _PREFIXES.sub("", subject)
    language = (detect(text) or detect(f"{_PREFIXES.sub('', subject)}\n{text}")
                or first_guess)
    when = local_date(msg)
    own = text[:MAX_READ]
    reading = read(f"{own_subject}\n\n{own}" if own_subject else own,
                   when.date() if when else None, language, when)
    if (reading.intent in (I.OTHER, I.PAID_CLAIM) and reading.confidence < 0.8
            and set(reading.scores) <= {I.PAID_CLAIM} and short_paid_claim(text)
            and _payment_thread(body, subject, known_ids, is_human_reply(msg))):
        # "done" / "erledigt" / "sudah ya pak" answering our reminder: a paid claim, for
        # staff to confirm against the bank
        reading = Reading(I.PAID_CLAIM, 0.8, reason="short paid claim in a payment thread",
                          scores=reading.scores)
    needs_human = _needs_human(reading)
    reason = reading.reason
    if reading.intent == I.DISPUTE and reading.detail:
        reason = f"dispute: {reading.detail}"
    if not known:
        note = "not tied to a known thread, invoice or contact"
        reason = f"{reason}; {note}" if reason else note
    return Classification(
        kind=Kind.CLIENT_REPLY,
        confidence=round(reading.confidence, 2),
        needs_human=needs_human,
        reason=reason,
        intent=reading.intent,
        promised_date=reading.promised_date if reading.intent == I.PROMISE else None,
        invoice_numbers=numbers,
        original_message_id=known_ids[0] if known_ids else msg.in_reply_to,
        language=language,
        reply_text=text[:2000],
    )


def read_mail(msg: ParsedMessage, ctx: Context, auth: bool | None) -> Classification | None:
    """The registry's entry (mailbot.reading.classify)."""
    return client_reply(msg, ctx)

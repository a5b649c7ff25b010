"""Auto-replies (out-of-office notes) and the return date they state. Pure. Never answered.

Auto-replies, in any language. RFC 3834 Auto-Submitted: auto-replied, X-Autoreply,
X-Autorespond, Precedence: auto_reply and out-of-office wording in the subject are enough
on their own.
Weaker signs (Auto-Submitted: auto-generated, X-Auto-Response-Suppress, Precedence:
bulk/junk, a null Return-Path) count only with out-of-office wording in the body; that
wording alone counts in a short message that says nothing about paying, disputing or
transferring: a client's real answer must not be silently ignored as an auto-reply.
A one-click unsubscribe sent by a mail client (X-Apple-Unsubscribe) is a person's "stop"
and is left to the reply reader. List-Id / Precedence: list alone mean a mailing list, which is not an
auto-reply of a client: such mail goes on to the reply and "other" checks (and so to a
human); either way it is never answered. Reports (multipart/report: DSNs of success,
ARF) are not auto-replies either, nor is a sender-verification request ("confirm you
are a real sender"): it asks for something and must reach a person.
An automatic acknowledgement ("your message has been received", "ваше письмо получено")
is an auto-reply when a machine's mark goes with it: a weak header, a ticket number, the
note saying it is a machine's ("this message was sent automatically", "do not reply":
SELF_AUTO), or the responder's structure (an answer to a message the bot sent, with a prefix no mail
client puts on a person's reply: "Odpowiedź automatyczna:", "自动回复:"). That structure
alone is enough for a short note quoting nobody, asking nothing and saying nothing about
paying, in a language with no words on file (a served language's note must say it).
An acknowledgement that says it is a machine's (or has Auto-Submitted) may mention
payments ("supplier payments run on Thursdays") unless somebody in it pays ("we paid").
Words: the served languages' lang/<code>.py, and lang/_absence/ for Polish, Dutch,
French, Spanish, Italian, Portuguese, Turkish, Chinese, Japanese (and more of the four).
A stated return date is found after targeted words of each language ("back on", "wieder
ab", "kembali", "вернусь", "de retour le", "wracam", "12月14日に戻ります") and read by the
one date reader (mailbot.reading.dates: its rules for the served languages, dateparser
for the others), relative dates resolved against the message's Date in the sender's own
time zone (the Date header's offset).
"""

from __future__ import annotations

import email.utils
import re
from datetime import date, datetime

from mailbot.domain.values import Classification, Kind
from mailbot.reading import dates, subjects
from mailbot.reading.context import Context
from mailbot.reading.lang._absence import either, fragments, served
from mailbot.reading.mime_text import (
    full_text,
    is_answer,
    split_report,
    text_language,
    unwrapped,
)
from mailbot.reading.parse import ParsedMessage

# ====================================================================== auto-replies
# Each served language's words are in its lang/<code>.py (see lang/__init__.py), those of
# other languages (and more of the served ones') in lang/_absence/<code>.py, joined here.

AUTO_SUBJECT = re.compile(either("AUTO_SUBJECT"), re.IGNORECASE)
_AUTO_BODY = re.compile(either("AUTO_BODY"), re.IGNORECASE)
# A client's answer that happens to mention an absence ("I was on leave, we will pay on
# Friday") must reach the reply reader: absence wording alone never outvotes these.
_PAYMENT_WORDS = re.compile(either("PAYMENT_WORDS"), re.IGNORECASE)
# ... except in the absence note's own "for payment matters please contact ..." sentence
_REDIRECT = re.compile(either("REDIRECT") + r"|[\w.+-]+@[\w-]+\.[\w.-]+", re.IGNORECASE)
# ... unless that sentence has somebody saying they paid or will pay ("we paid it,
# contact me if ...", "счёт уже оплатили, обращайтесь ...")
_FIRST_PERSON = re.compile(either("FIRST_PERSON"), re.IGNORECASE)
_PAID_STATEMENT = re.compile(either("PAID_STATEMENT"), re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)|(?<=[。！？])\s*(?=\S)|\n\s*\n")
# "your message has been received": an automatic acknowledgement, when a machine's mark
# goes with it (a ticket number, a weak header, the structure below); a person may write
# "got your email" too
_ACK = re.compile(either("ACK"), re.IGNORECASE)
_SELF_AUTO = re.compile(either("SELF_AUTO"), re.IGNORECASE)
# "X no longer works at Y", "hat das Unternehmen verlassen": the contact is gone, not away;
# no date defers anything and a person must find the new contact
_DEPARTED = re.compile(either("DEPARTED"), re.IGNORECASE)
_TICKET = re.compile(r"[\[(]\s*#\s*\d{3,}|(?:\b(?:ticket|tiket|case|request|anfrage|vorgang|"
                     r"protocol[oe]?|protocollo|zgłoszeni\w*|talep numaran[ıi]z)\b|工单|受付番号)"
                     r"\W{0,3}(?:id|no\.?|nr\.?|number|nummer|nomor|n[º°o]\.?)?\W{0,3}\d{3,}|"
                     r"под номером|(?<!\w)номер\w*\s*\d{3,}|nomor tiket", re.IGNORECASE)
# "confirm you are a real sender": a sender-verification request, never an auto-reply
# (mailbot's challenge reader takes it; here it is only not claimed)
_CHALLENGE = re.compile(either("CHALLENGE"), re.IGNORECASE)
# A reply prefix of a mail client ("Re:", "AW:", "Odp:", "答复:"): a person answering. Any
# other prefix before the subject of a message the bot sent ("Odpowiedź automatyczna:",
# "Absence :", "Automaattinen vastaus:") is a responder's, in whatever language.
_REPLY_PREFIX = subjects.prefix(forwards=True, also=r"antw|odg|atb|vá|vast|回复|答复|回覆|返信")
_OTHER_PREFIX = re.compile(r"^\s*(?:\[[^\]]*\]\s*)?(?P<prefix>[^\W\d_][^:：\n]{1,40}?)\s*[:：]"
                           r"\s*\S")
_RESPONDER_ROOT = re.compile(either("PREFIX_ROOTS"), re.IGNORECASE)


def _talks_about_paying(text: str) -> bool:
    """Whether the text says something about paying (a person's answer), other than the
    absence note's pointer to whom to ask about payments."""
    if not _PAYMENT_WORDS.search(text):
        return False
    return any(_PAYMENT_WORDS.search(s) and not (
        _REDIRECT.search(s) and not _FIRST_PERSON.search(s) and not _PAID_STATEMENT.search(s))
        for s in _SENTENCE_END.split(text))


def _someone_pays(text: str) -> bool:
    """Whether a sentence has somebody (we, I) talking about paying ("we will pay on
    Friday", "wir haben überwiesen"), as opposed to a notice's "payments run on ..."."""
    return any(_PAYMENT_WORDS.search(s) and _FIRST_PERSON.search(s)
               for s in _SENTENCE_END.split(text))


def auto_reply(msg: ParsedMessage, ctx: Context | None = None) -> Classification | None:
    """`msg` as an auto-reply, or None. `ctx` (when known) tells whether it answers a
    message the bot sent: the structure of a responder's mail in any language."""
    if msg.content_type == "multipart/report":
        return None  # a machine report (DSN, MDN, ARF), not somebody's auto-reply
    if msg.header("X-Apple-Unsubscribe") or re.fullmatch(r"\s*unsubscribe\s*", msg.subject,
                                                          re.IGNORECASE):
        # a mail client's one-click unsubscribe sent on the reader's behalf: a person's
        # "stop contacting me", which must be seen, not an auto-reply to be ignored
        return None
    auto = (msg.header("Auto-Submitted") or "no").lower().split(";")[0].split("(")[0].strip()
    precedence = (msg.header("Precedence") or msg.header("X-Precedence") or "").lower().strip()
    flag = (msg.header("X-Autoreply") or msg.header("X-Autorespond")
            or msg.header("X-Autoresponder") or msg.header("X-Autogenerated") or "")
    strong = [
        auto == "auto-replied",
        bool(flag) and flag.strip().lower() not in ("no", "false", "0"),
        precedence == "auto_reply",
        bool(AUTO_SUBJECT.search(msg.subject)) and not is_answer(msg.subject),
    ]
    weak = [
        auto not in ("no", "", "auto-replied"),  # auto-generated, auto-notified, ...
        msg.header("X-Auto-Response-Suppress") is not None,
        precedence in ("bulk", "junk"),
        (msg.header("Return-Path") or "").strip() == "<>",
    ]
    if (msg.header("List-Id") or msg.header("List-Unsubscribe")) and not any(strong):
        return None  # a newsletter saying "our office is closed" answers nobody's mail
    text = full_text(msg)
    own = _unquoted(text)[:4000]
    subject_and_body = f"{msg.subject}\n{own}"
    short = len(own) < 1500 and not _talks_about_paying(own)

    def body() -> bool:
        return bool(_AUTO_BODY.search(own))

    def declared() -> bool:
        # a machine saying it is one ("this message was sent automatically", "do not reply")
        return bool(_SELF_AUTO.search(unwrapped(own)))

    def ack() -> bool:
        # an acknowledgement of receipt, with a machine's mark on it
        return bool(_ACK.search(subject_and_body)) and (
            (short and (any(weak) or declared() or bool(_TICKET.search(subject_and_body))
                        or _responder_structure(msg, ctx)))
            # a machine's own acknowledgement may tell its payment runs ("vendor payments
            # run every Thursday"): only somebody saying they pay makes it a person's answer
            or (len(own) < 1500 and (declared() or weak[0]) and not _someone_pays(own)))

    # each test only when the ones before leave it open: the phrases of every language
    # over a long text are what reading a message costs most
    if not (any(strong) or ((short or any(weak)) and body()) or ack()
            or _foreign_responder(msg, ctx, text, own, short)):
        return None
    # last, of what would be claimed only (most mail is not): the costliest phrases
    if _CHALLENGE.search(unwrapped(subject_and_body)):
        return None  # "confirm you are a real sender": not an absence, never ignored
    if not any(strong) and _remittance_advice(msg, own, ctx):
        return None  # a payer's system telling what it paid: the client's paid claim
    # the note's own words say its language; the subject is mostly ours behind a prefix
    # ("自动回复: Счёт ...")
    lang = text_language(own) or text_language(subject_and_body)
    departed = _DEPARTED.search(unwrapped(own))
    return Classification(
        kind=Kind.AUTO_REPLY, confidence=0.95 if any(strong) else 0.75,
        needs_human=bool(departed),
        reason=f"the contact has left (\"{departed.group(0)}\"): a person finds the new "
               "contact" if departed else "",
        return_date=None if departed else return_date(subject_and_body, _sender_day(msg),
                                                      lang),
        original_message_id=msg.in_reply_to or (msg.references[-1] if msg.references
                                                 else None),
        language=lang,
    )


# "REMITTANCE ADVICE", "Zahlungsavis", "bukti pembayaran" as the title of the mail
_REMITTANCE_TITLE = re.compile(either("REMITTANCE_TITLE"), re.IGNORECASE)
# an amount with its cents ("2,184.00", "980,00", "3'874.35"), in a table or not
_FIGURE = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,' \u00a0]?\d{3})*[.,]\d{2}(?![\d.,]?\d)")


def _remittance_advice(msg: ParsedMessage, own: str, ctx: Context | None) -> bool:
    """A remittance advice from the payer's accounts-payable system: titled so (its subject
    or its first lines), naming an invoice of ours and an amount. However automated
    ("this is an automated message, do not reply"), it is the client's word that it
    paid, for the reply reader; an absence note is not titled so."""
    if ctx is None or not _REMITTANCE_TITLE.search(f"{msg.subject}\n{own.strip()[:300]}"):
        return False
    return bool(ctx.facts.numbers_in(own)) and bool(_FIGURE.search(own))


def _answers_the_bot(msg: ParsedMessage, ctx: Context | None) -> bool:
    ids = [msg.in_reply_to, *msg.references]
    return ctx is not None and any(i and ctx.facts.is_known_message(i) for i in ids)


def _responder_structure(msg: ParsedMessage, ctx: Context | None) -> bool:
    """Sent in answer to a message the bot sent, with a prefix no mail client puts on a
    person's reply ("Automatic reply: ...", "自动回复: ...", "Absence : ..."), or with no
    subject at all: what a responder does, in any language."""
    if not _answers_the_bot(msg, ctx) or _REPLY_PREFIX.match(msg.subject):
        return False
    return bool(_OTHER_PREFIX.match(msg.subject)) or not msg.subject.strip()


def _foreign_responder(msg: ParsedMessage, ctx: Context | None, text: str, own: str,
                       short: bool) -> bool:
    """The structure alone, for a language whose words no file holds: an answer to the
    bot's message with a responder's prefix (of the roots most languages make it of:
    "auto", "absen", "loma", ...), short, quoting nobody, asking nothing and saying
    nothing about paying. A served language's mail must say it in words (its
    reply reader can read a person's answer; this one would silently drop it)."""
    if not short or len(own) > 800 or "?" in own or "？" in own or _quotes(text):
        return False
    prefix = _OTHER_PREFIX.match(msg.subject)
    if not _responder_structure(msg, ctx) or not prefix:
        return False
    if not _RESPONDER_ROOT.search(prefix["prefix"]) or _PAYMENT_WORDS.search(prefix["prefix"]):
        # maybe the bot's own subject ("Reminder: ..."), kept by a person, or a person's
        # own subject about paying ("Absence de paiement : ...")
        return False
    lang = text_language(own)
    return lang is not None and not served(lang)


def _quotes(text: str) -> bool:
    """Whether the text quotes a message ('>' lines, an original-message separator)."""
    return " ".join(_unquoted(text).split()) != " ".join(text.split())


def _sender_day(msg: ParsedMessage) -> datetime | None:
    """The message's Date in the sender's own time zone (its header's offset), which
    "tomorrow" and a year-less date count from; the parsed date (UTC) otherwise."""
    raw = msg.header("Date")
    if raw:
        try:
            local = email.utils.parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError):
            local = None
        if local is not None and local.tzinfo is not None:
            return local
    return msg.date


def _unquoted(text: str) -> str:
    """The auto-reply's own words: without '>' quoted lines and what follows a
    forwarded/original-message separator (some responders quote the mail they answer)."""
    own, _ = split_report(text)
    return "\n".join(line for line in own.splitlines() if not line.lstrip().startswith(">"))


# ====================================================================== return dates

# Where the writer says when they are back ("back on", "wieder ab", "kembali pada",
# "вернусь", "буду на связи с"): first the words right before the date, then the
# "from <date> ... back" forms ("ab dem 7. wieder", "mulai Senin kembali", "с 7-го буду"),
# and, third best, until when they are away ("until", "bis", "hingga", "до", the end of a
# range "from A to B", "vom A bis B", "dari A sampai B", "с A по B").
# Convention: the return date is the day the writer says they are back; when they only
# say until when they are away, it is the first working day (Monday to Friday) after that
# day ("away until Friday 27 Nov" -> Mon 30 Nov, "bis einschließlich 11.12." -> 14.12.),
# as six testers blind to each other read such notes: the reading that does not chase a
# client on the last day they said they are away (the written set, ours, once said the
# day itself: relabelled, tests/data/eval/README.md). Away until a Monday is back that
# Monday ("out until Monday, December 14" -> 14 Dec), as three testers read it (also
# "до 14 декабря включительно": an inclusive Monday is rare, not told apart). "Until the
# week of 8 March" or "until next week" names the span they are back in: its first day.
# The date must not lie
# before the message's own Date: a year-less date well before it is next year's
# (sent 24 Dec, "back on 4 January" -> January of the next year), and a date just before
# it (an absence's start, a stale note) is passed over for the next candidate.
# The named group is the language the date that follows is written in.

def _by_language(name: str) -> re.Pattern[str]:
    """Each language's words of `name` as a group named by its code: the language the
    date after them is written in."""
    return re.compile("|".join(f"(?P<{code}>{words})" for code, words in fragments(name))
                      or "(?!)", re.IGNORECASE)


_BACK = _by_language("BACK")
_ORDINAL_MARK = re.compile(r"(?<=\d)[º°ª](?=\s)")
_WRAP = re.compile(r"(?<![\n\r])\r?\n(?![\r\n])")
# (the nearest "ab"/"mulai"/"с" before the return word: "ab 7.12. im Urlaub und ab dem
# 14.12. wieder im Büro" is back on the 14th)
_BACK_FROM = _by_language("BACK_FROM")
_UNTIL = _by_language("UNTIL")
# between a weekday and the date it names: "Freitag, dem 18.", "Kamis, 10", "Monday 7"
_NAMES_ITS_DATE = re.compile(r"\s*,?\s*(?:(?:dem|den|der|the|tanggal|tgl\.?)\s+)?",
                             re.IGNORECASE)


def return_date(text: str, base: datetime | None, language: str | None = None) -> date | None:
    """The date an auto-reply says its writer is back (or, failing that, the first working
    day after the day they say they are away until), or None. `base` (the message's Date) anchors dates without a year and relative ones,
    and no date before it is a return date. Dates are read by the one date reader
    (mailbot.reading.dates), a few words after the keyword at most."""
    today = base.date() if base else None
    # a note wrapped at its column ("will be back in the\noffice on Monday"): the words
    # for being back read across a single line break (a blank line still ends them)
    text = _WRAP.sub(" ", text)
    order = dates.numeric_order(text)  # "vom 18.10.2026 ...": the note's own order
    for pattern in (_BACK, _BACK_FROM, _UNTIL):
        for m in pattern.finditer(text):
            # "1º de dezembro", "1° dicembre": an ordinal's mark is no part of the date
            tail = _ORDINAL_MARK.sub("", text[m.end():m.end() + 60])
            # a note wrapped at its column ("sarò nuovamente raggiungibile da\nmercoledì
            # 9 dicembre"): a single line break is a space (a blank line still ends it)
            tail = _WRAP.sub(" ", tail)
            lang = m.lastgroup or language or "en"
            # 12/03: day-first in most of the world, month-first in the US; an absence
            # ends soon, so for an English note the nearer of the two readings wins
            month_first = None if lang == "en" else False
            if served(lang):
                found = dates.find(tail, today, order=order, month_first=month_first,
                                   after_keyword=True)
                first = found[0] if found else None
                if (first is not None and first.rule == "weekday" and len(found) > 1
                        and _NAMES_ITS_DATE.fullmatch(tail[first.end:found[1].start])):
                    # "Freitag, dem 18. Dezember", "Kamis, 10 Desember": the weekday
                    # only names the date written after it, which is the one meant
                    first = found[1]
            else:  # a language without a file: "de retour le lundi 7 décembre"
                first = dates.first_in(tail, today, lang, order=order,
                                       month_first=month_first, after_keyword=True)
            lead = len(tail) - len(tail.lstrip(" \t:,("))
            # 'hingga tanggal 3 Desember', 'kembali ke kantor pada hari Senin'
            if first is None or first.start > max(24, lead):
                continue
            when = _return_day(first, today)
            # (the end date as written is what must not lie before the message: a
            # stale note's "until" day that is past is passed over, not its day after)
            if when is not None and (today is None or when >= today):
                # away until then: back the working day after, except away "until
                # Monday": an absence over a weekend ends as the week starts (three
                # blind testers read "until Monday X" as back on X)
                if pattern is _UNTIL and first.rule not in SPANS and when.weekday() != 0:
                    return dates.add_business_days(when, 1)
                return when
    return None


# date rules that name a span to be back in, whose first day _return_day gives
SPANS = frozenset({"next_week", "week_of", "next_week_start", "next_month_start"})


def _return_day(found: dates.Found, today: date | None) -> date | None:
    if found.rule == "next_week" and today is not None:
        return dates.monday_of_week(today, 1)  # "back next week": on its first day
    if found.rule == "week_of":  # "back the week commencing 8 March": on its first day
        return dates.monday_of_week(found.date)
    return found.date



def read_mail(msg: ParsedMessage, ctx: Context, auth: bool | None) -> Classification | None:
    """The registry's entry (mailbot.reading.classify)."""
    return auto_reply(msg, ctx)

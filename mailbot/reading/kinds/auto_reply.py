"""Auto-replies (out-of-office notes) and the return date they state. Pure. Never answered.

Auto-replies. RFC 3834 Auto-Submitted: auto-replied, X-Autoreply, X-Autorespond,
Precedence: auto_reply and out-of-office wording in the subject are enough on their own.
Weaker signs (Auto-Submitted: auto-generated, X-Auto-Response-Suppress, Precedence:
bulk/junk, a null Return-Path) count only with out-of-office wording in the body; that
wording alone counts in a short message that says nothing about paying, disputing or
transferring: a client's real answer must not be silently ignored as an auto-reply.
A one-click unsubscribe sent by a mail client (X-Apple-Unsubscribe) is a person's "stop"
and is left to the reply reader. List-Id / Precedence: list alone mean a mailing list, which is not an
auto-reply of a client: such mail goes on to the reply and "other" checks (and so to a
human); either way it is never answered. Reports (multipart/report: DSNs of success,
ARF) are not auto-replies either. A stated return date is found after targeted words
in the four languages ("back on", "wieder ab", "kembali", "вернусь", "until") and read
by the one date reader (mailbot.reading.dates), relative dates resolved against the
message's Date header.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from mailbot.domain.values import Classification, Kind
from mailbot.reading import dates
from mailbot.reading.context import Context
from mailbot.reading.mime_text import full_text, is_answer, split_report, text_language
from mailbot.reading.parse import ParsedMessage

# ====================================================================== auto-replies

AUTO_SUBJECT = re.compile(
    r"out of (?:the )?office|automatic reply|auto(?:matic)?[- ]?reply|autoreply|"
    r"auto[- ]?respon|automated response|away from (?:the )?office|on vacation|vacation "
    r"(?:reply|notice|message)|on (?:annual )?leave|^\s*away\b|"
    r"abwesenheit|automatische antwort|autom\. antwort|nicht im büro|außer haus|"
    r"im urlaub|urlaubsabwesenheit|"
    r"balasan otomatis|balasan automatis|jawaban otomatis|sedang cuti|di luar kantor|"
    r"автоответ|автоматический ответ|нет на месте|в отпуске|вне офиса|отсутствую|"
    r"^\s*(?:abwesend|absent|tidak di kantor)\s*:",
    re.IGNORECASE,
)
_AUTO_BODY = re.compile(
    r"\bI(?: am|'m| will be| shall be)(?: currently| now)? (?:out of (?:the )?office|"
    r"away|on (?:annual |parental |sick |maternity )?leave|on (?:vacation|holiday)|"
    r"travell?ing|out of town|not in the office|absent|unavailable|off)\b|"
    r"\bI (?:have|had) limited access to (?:my )?e-?mail|"
    r"\b(?:this is an? )?(?:automatic|automated|auto-generated) (?:reply|response|message)|"
    r"\bI will (?:be back|return) (?:on|in the office)|\bI(?:'ll| will) respond (?:to your "
    r"(?:e-?mail|message) )?(?:upon|on|after) my return|"
    # German: "ich bin vom 1. bis 4.12. nicht erreichbar", "ich befinde mich derzeit in
    # Elternzeit", "wir sind ... außer Haus"
    r"\b(?:ich bin|bin ich|ich befinde mich|befinde ich mich|wir sind|sind wir)\b"
    r"(?:[^.\n]|(?<=\d)\.|\n(?!\s*\n)){0,80}?"
    r"(?:nicht (?:im büro|im hause?|erreichbar|da|anwesend|am arbeitsplatz|in der firma)|"
    r"abwesend|(?:im|in) urlaub|in (?:elternzeit|mutterschutz|karenz)|"
    r"auf (?:dienstreise|geschäftsreise|reisen|einer (?:messe|konferenz|schulung|tagung))|"
    r"außer haus|ausser haus|unterwegs)|"
    r"\bautomatische (?:antwort|abwesenheitsnotiz|nachricht)|\babwesenheitsnotiz|"
    r"\b(?:ihre|deine) (?:e-?mail|nachricht) wird (?:nicht|nicht automatisch) weitergeleitet|"
    r"\bkeinen zugriff auf (?:meine |die )?e-?mails|"
    # Indonesian: "saya sedang cuti (melahirkan)", "saya tidak berada di kantor"
    r"\bsaya (?:sedang |saat ini |sementara |masih )*(?:cuti|berada di luar kantor|"
    r"di luar kantor|tidak (?:berada )?di kantor|dinas(?: luar)?|dalam perjalanan dinas|"
    r"perjalanan dinas|libur|izin)|\bsaya (?:akan )?(?:berada )?di luar kantor|"
    r"\b(?:ini adalah )?balasan otomatis|\bakses (?:e-?mail|surel) saya (?:sangat )?terbatas|"
    # Russian: "я в командировке", "сейчас я не в офисе", "меня нет в офисе"
    r"(?<!\w)я (?:сейчас |сегодня |временно |нахожусь |буду |сейчас нахожусь )*"
    r"(?:в отпуске|в командировке|вне офиса|не в офисе|не на месте|отсутствую|"
    r"на больничном|в декрет\w*(?: отпуске)?|в отъезде|на конференции)|"
    r"(?<!\w)меня (?:сейчас |временно |сегодня )?(?:не будет|нет) (?:в офисе|на месте|"
    r"на рабочем месте)|(?<!\w)(?:буду|будем) отсутствовать|"
    r"(?<!\w)доступ к (?:электронной )?почте (?:сейчас )?ограничен|"
    r"(?<!\w)это автоматический ответ|(?<!\w)автоответ",
    re.IGNORECASE,
)
# A client's answer that happens to mention an absence ("I was on leave, we will pay on
# Friday") must reach the reply reader: absence wording alone never outvotes these.
_PAYMENT_WORDS = re.compile(
    r"\b(?:paid|pay|paying|payment|transfer\w*|remit\w*|dispute\w*|"
    r"\w*zahl\w*|überw\w*|bezahl\w*|"
    r"\w*bayar\w*|transfer|lunas|cicil\w*|"
    r"оплат\w*|перевед\w*|перечисл\w*|заплат\w*)\b",
    re.IGNORECASE,
)
# ... except in the absence note's own "for payment matters please contact ..." sentence
_REDIRECT = re.compile(
    r"\b(?:contact|reach|write to|get in touch|forward\w*|"
    r"wenden sie sich|wende dich|kontaktier\w*|richten sie|melden sie sich|"
    r"hubungi\w*|menghubungi|kontak|kirim(?:kan)? ke|"
    r"обращайтесь|обратитесь|пишите|напишите|свяжитесь|направляйте)\b|"
    r"[\w.+-]+@[\w-]+\.[\w.-]+",
    re.IGNORECASE,
)
# ... unless that sentence has somebody saying they paid or will pay ("we paid it,
# contact me if ...", "счёт уже оплатили, обращайтесь ...")
_FIRST_PERSON = re.compile(r"\b(?:we|I|wir|ich)\b|(?<!\w)(?:мы|я)(?!\w)", re.IGNORECASE)
_PAID_STATEMENT = re.compile(
    r"\b(?:paid|will pay|bezahlt|überwiesen|sudah (?:di|ter|kami )?(?:bayar|transfer)\w*|"
    r"dibayar|dilunasi|lunas|akan (?:kami |saya )?(?:bayar|transfer)\w*|"
    r"оплатил\w*|оплачен\w*|оплатим|заплатил\w*|заплатим|перевел\w*|перечислил\w*|"
    r"проведём|проведем)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)|\n\s*\n")


def _talks_about_paying(text: str) -> bool:
    """Whether the text says something about paying (a person's answer), other than the
    absence note's pointer to whom to ask about payments."""
    if not _PAYMENT_WORDS.search(text):
        return False
    return any(_PAYMENT_WORDS.search(s) and not (
        _REDIRECT.search(s) and not _FIRST_PERSON.search(s) and not _PAID_STATEMENT.search(s))
        for s in _SENTENCE_END.split(text))


def auto_reply(msg: ParsedMessage) -> Classification | None:
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
    text = full_text(msg)
    own = _unquoted(text)[:4000]
    body = bool(_AUTO_BODY.search(own))
    body_only = body and len(own) < 1500 and not _talks_about_paying(own)
    if not (any(strong) or body_only or (body and any(weak))):
        return None
    subject_and_body = f"{msg.subject}\n{own}"
    lang = text_language(subject_and_body)
    return Classification(
        kind=Kind.AUTO_REPLY, confidence=0.95 if any(strong) else 0.75, needs_human=False,
        return_date=return_date(subject_and_body, msg.date, lang),
        original_message_id=msg.in_reply_to or (msg.references[-1] if msg.references
                                                 else None),
        language=lang,
    )


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
# Convention (as the labelled set has it): the return date is the day the writer says
# they are back; when they only say until when they are away, it is that end date as
# written, inclusive or not ("bis einschließlich 11.12." -> 11.12., "до 9 декабря
# включительно" -> 9.12.), never a guessed next working day. The date must not lie
# before the message's own Date: a year-less date well before it is next year's
# (sent 24 Dec, "back on 4 January" -> January of the next year), and a date just before
# it (an absence's start, a stale note) is passed over for the next candidate.
# The named group is the language the date that follows is written in.
_BACK = re.compile(
    r"\b(?P<en>(?:be |am |I'm |I am |will be |we're |we are |we'll be |I'll be )back"
    r"(?: in the office| at work| at my desk| in the office)?(?: on| by| from)?"
    r"|back (?:in the office |at work |at my desk )?(?:on|by|from)"
    r"|return(?:ing)? (?:to (?:the |my )?(?:office|desk|work) )?(?:on|by)|returning"
    r"|(?:will|shall) return(?: on)?|back in the office|available again (?:on|from)"
    r"|reopen(?:ing|s)? on|(?:resume|resuming)(?: normal)?(?: business| work| operations)?"
    r" on)"
    r"|\b(?P<de>zurück (?:am|ab)|wieder (?:im büro |erreichbar |da |zurück |anwesend "
    r"|für sie da |im hause? )?(?:am|ab)|wieder ab)"
    r"|\b(?P<id>kembali (?:ke kantor |bekerja |masuk |aktif |beroperasi |bertugas "
    r"|melayani |buka |normal )?(?:pada |tanggal |hari |tgl\.? )*)"
    r"|(?<![\w])(?P<ru>вернусь|выйду на работу|выхожу на работу|приступлю к работе"
    r"|буду (?:в офисе|на месте|на связи|на работе|доступ\w+)(?: снова)?(?: с| после)?)",
    re.IGNORECASE,
)
# (the nearest "ab"/"mulai"/"с" before the return word: "ab 7.12. im Urlaub und ab dem
# 14.12. wieder im Büro" is back on the 14th)
_BACK_FROM = re.compile(
    r"\b(?P<de>ab (?:dem |den |kommendem |kommenden |nächstem |nächsten )?"
    r"(?=(?:(?!\bab\b)[^.]|(?<=\d)\.){3,60}?wieder))"
    r"|\b(?P<id>mulai (?:tanggal |hari )?"
    r"(?=(?:(?!\bmulai\b)[^.]|(?<=\d)\.){3,50}?kembali))"
    r"|(?<![\w])(?P<ru>с (?=(?:(?!(?<!\w)с )[^.]|(?<=\d)\.){3,50}?(?:буду|вернусь|выйду)))",
    re.IGNORECASE,
)
_UNTIL = re.compile(
    r"\b(?P<en>until|till|through|thru|away to|from [^\n]{3,30}? to)"
    r"|\b(?P<de>bis (?:einschließlich |einschl\. |inkl\. )?(?:zum |zur |am |den )?)"
    r"|\b(?P<id>hingga|sampai(?: dengan)?|s\.?/?d\.?)"
    r"|(?<![\w])(?P<ru>до|по)(?![\w])",
    re.IGNORECASE,
)


def return_date(text: str, base: datetime | None, language: str | None = None) -> date | None:
    """The date an auto-reply says its writer is back (or, failing that, away until),
    or None. `base` (the message's Date) anchors dates without a year and relative ones,
    and no date before it is a return date. Dates are read by the one date reader
    (mailbot.reading.dates), a few words after the keyword at most."""
    today = base.date() if base else None
    order = dates.numeric_order(text)  # "vom 18.10.2026 ...": the note's own order
    for pattern in (_BACK, _BACK_FROM, _UNTIL):
        for m in pattern.finditer(text):
            tail = text[m.end():m.end() + 60]
            lang = m.lastgroup or language or "en"
            # 12/03: day-first in most of the world, month-first in the US; an absence
            # ends soon, so for an English note the nearer of the two readings wins
            found = dates.find(tail, today, order=order,
                               month_first=None if lang == "en" else False, after_keyword=True)
            lead = len(tail) - len(tail.lstrip(" \t:,("))
            # 'hingga tanggal 3 Desember', 'kembali ke kantor pada hari Senin'
            if not found or found[0].start > max(24, lead):
                continue
            when = _return_day(found[0], today)
            if when is not None and (today is None or when >= today):
                return when
    return None


def _return_day(found: dates.Found, today: date | None) -> date | None:
    if found.rule == "next_week" and today is not None:
        return dates.monday_of_week(today, 1)  # "back next week": on its first day
    return found.date



def read_mail(msg: ParsedMessage, ctx: Context, auth: bool | None) -> Classification | None:
    """The registry's entry (mailbot.reading.classify)."""
    return auto_reply(msg)

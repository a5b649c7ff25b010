"""A client's reply's own new text: quoted history (mail-parser-reply, then the quote
headers of the four languages and Outlook blocks), the bot's own reminder text and the
signature are cut away. Pure. The library of the client-reply reader
(mailbot.reading.kinds.client_reply), and of anything that shows a reply's own words.
"""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Iterable

from mailparser_reply import EmailReplyParser  # type: ignore[import-untyped]
from mailparser_reply.constants import MAIL_LANGUAGES  # type: ignore[import-untyped]

from mailbot.reading.lang import either
from mailbot.reading.language import detect
from mailbot.reading.parse import ParsedMessage

# =================================================================== the reply's own text

_HTML_QUOTE_START = re.compile(
    r"<div[^>]+(?:class=\"?(?:gmail_quote|moz-cite-prefix|yahoo_quoted|OutlookMessageHeader)"
    r"|id=\"?(?:appendonsend|divRplyFwdMsg|mail-editor-reference-message-container))"
    r"|<hr[^>]+id=\"?stopSpelling",
    re.IGNORECASE,
)


def html_to_text(markup: str) -> str:
    """Rough text of an HTML body without its quoted history."""
    m = _HTML_QUOTE_START.search(markup)
    if m:
        markup = markup[:m.start()]
    markup = markup[:4 * MAX_BODY]
    markup = re.sub(r"(?is)<(script|style|head)\b.*?</\1\s*>", " ", markup)
    for _ in range(5):  # innermost blockquotes first
        markup, n = re.subn(r"(?is)<blockquote\b(?:(?!<blockquote\b).)*?</blockquote\s*>",
                            "\n", markup)
        if not n:
            break
    markup = re.sub(r"(?i)<br\s*/?>|</(?:p|div|tr|li|h\d)\s*>", "\n", markup)
    markup = re.sub(r"<[^>]+>", " ", markup)
    text = htmllib.unescape(markup)
    return "\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines())


# Lines that start the quoted history. Each is tried on one line and on up to three
# lines joined (clients wrap long "On ... wrote:" lines).
# each language's words are in its lang/<code>.py (see lang/__init__.py); the mail
# clients' words of languages without a file stay here
_ON = rf"(?:{either('QUOTE_ON')}|le|el|il|op|em|den|dne|dnia)\b"
_WROTE = re.compile(
    rf"^{_ON}.{{3,300}}?(?:{either('QUOTE_WROTE')}|a\s+écrit|escribió|ha\s+scritto|schreef|"
    r"escreveu|skrev|napisał|napsal)\b[^:]{0,120}:$",
    re.IGNORECASE,
)
# "Ivan Petrov wrote:" / "01.12.2026 10:00, Acme пишет:" — any line with a date or an
# address that ends in a "wrote" verb
_WROTE_ANY = re.compile(
    rf"^(?=.*(?:\d|@)).{{3,300}}?\b(?:{either('QUOTE_WROTE')})\s*(?:\S+\s*){{0,4}}:$",
    re.IGNORECASE,
)
# Gmail ru / Yandex / mail.ru: "вт, 1 дек. 2026 г. в 10:00, Acme <ar@acme.example>:"
_DATE_ADDRESS = re.compile(
    r"^.{0,160}\d.{0,160}(?:<[^<>\s]+@[^<>\s]+>|\[mailto:[^\]]+\]|\b[\w.+-]+@[\w-]+\.[\w.-]+)"
    r"[^:]{0,40}:$",
)
_SEPARATOR = re.compile(
    rf"^[-=_*\s]{{0,20}}(?:{either('QUOTE_SEPARATOR')}|message d'origine)[-=_*\s]{{0,20}}$",
    re.IGNORECASE,
)
_ANY_SEPARATOR = re.compile(r"^-{3,}\s*[^\W\d][^-]{2,40}?\s*-{3,}$")
_FROM_LINE = re.compile(
    rf"^[*\s]*(?:{either('QUOTE_FROM')}|de|van|da|od|från|fra)\s*:[*\s]*\S", re.IGNORECASE)
_HEADER_LINE = re.compile(
    rf"^[*\s]*(?:{either('QUOTE_HEADERS')}|envoyé|envoye|enviado|objet|asunto|para|à|"
    r"verzonden|aan|onderwerp|sendt|til|emne|skickat|till|ämne|wysłano|do|temat|odesláno|komu|"
    r"předmět)\s*:",
    re.IGNORECASE,
)
_UNDERSCORES = re.compile(r"^[_\-]{10,}$")
_QUOTED = re.compile(r"^\s*>")

# The bot's own reminder sentences, in case they reach the client's text unquoted: they
# say "if you have already paid", which must never count as the client's words.
BOT_PHRASES = re.compile(f"(?:{either('BOT_PHRASES')})", re.IGNORECASE)

# a device line is short: "Sent from my iPhone", not "Sent from my desk, it is easier"
_SENT_FROM = re.compile(rf"^(?:{either('SENT_FROM')})[^,;!?]{{0,60}}$", re.IGNORECASE)
_CLOSING = re.compile(rf"^(?:{either('CLOSING')})(?![\w])", re.IGNORECASE)
# (and "hej": Scandinavian and Polish mail, no language file of their own)
_GREETING = re.compile(rf"^(?:{either('GREETING')}|hej)\b", re.IGNORECASE)


def _header_at(lines: list[str], i: int) -> int:
    """How many lines of quote header start at line i (0: none)."""
    line = lines[i].strip()
    if not line:
        return 0
    if _SEPARATOR.match(line) or _ANY_SEPARATOR.match(line):
        return 1
    if _FROM_LINE.match(line) or (_UNDERSCORES.match(line) and i + 1 < len(lines)
                                  and _FROM_LINE.match(lines[i + 1].strip())):
        block = 1
        while i + block < len(lines) and lines[i + block].strip() and block < 12:
            block += 1
        inner = [x.strip() for x in lines[i:i + block]]
        if sum(bool(_HEADER_LINE.match(x)) for x in inner) >= 1:
            return block
    for span in (1, 2, 3):
        if i + span > len(lines) or (span > 1 and not _could_start_header(line)):
            break
        if span > 1 and not lines[i + span - 1].strip():
            break  # a wrapped header has no blank line: "... 6,66jt. mksh" then one is no part of it
        joined = " ".join(x.strip() for x in lines[i:i + span]).rstrip("*").strip()
        if len(joined) > 400 or not joined.endswith(":"):
            continue
        if _WROTE.match(joined) or _WROTE_ANY.match(joined) or _DATE_ADDRESS.match(joined):
            return span
    return 0


def _could_start_header(line: str) -> bool:
    """A wrapped quote header's first line: "On Tue, 1 Dec 2026 at 10:00, Acme <"."""
    return not re.search(r"[.!?]$", line) and bool(
        re.search(r"\d|@|<", line) or re.match(f"^{_ON}", line, re.IGNORECASE))


def _cut_history(text: str, depth: int = 0) -> str:
    lines = text.split("\n")
    for i in range(len(lines)):
        if _QUOTED.match(lines[i]):
            continue
        span = _header_at(lines, i)
        if not span:
            continue
        before = [x for x in lines[:i] if x.strip() and not _QUOTED.match(x)]
        if any(not _GREETING.match(x.strip()) for x in before):
            return "\n".join(lines[:i])
        # the header comes first: the client answered below (or inside) the quote
        rest = lines[i + span:]
        if depth >= 3 or not any(_QUOTED.match(x) for x in rest):
            return "\n".join(before)  # an unmarked quote (Outlook block, forward)
        return "\n".join([*before, _cut_history("\n".join(rest), depth + 1)])
    return text


_THANKS = re.compile(f"^(?:{either('THANKS')})", re.IGNORECASE)


def _is_closing(line: str) -> bool:
    m = _CLOSING.match(line)
    if not m:
        return False
    rest = line[m.end():].strip(" ,.!-\t")
    if not rest:
        return True
    words = rest.split()
    # "Best regards, Carol Smith" is a closing; "Thanks, we paid" is not
    return len(words) <= 3 and all(w[:1].isupper() for w in words) and not (
        _THANKS.match(line) and len(words) > 2)


_DASH_NAME = re.compile(r"^[-–]\s?[A-ZÄÖÜА-ЯЁ][\w.'-]*(?:\s[A-ZÄÖÜА-ЯЁ][\w.'-]*){0,2}$")


def _cut_signature(lines: list[str]) -> list[str]:
    seen_content = seen_any = False
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if seen_any and (line in ("--", "—", "-- --") or _SENT_FROM.match(line)):
            return lines[:i]
        seen_any = True
        if seen_content and (line in ("--", "—", "__", "-- --") or _SENT_FROM.match(line)
                             or _is_closing(line) or _DASH_NAME.match(line)):
            return lines[:i]
        if not _GREETING.match(line):
            seen_content = True
    return lines


def _drop_bot_sentences(text: str) -> str:
    """Cut every sentence that holds one of the bot's own phrases."""
    cuts: list[tuple[int, int]] = []
    for m in BOT_PHRASES.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        ends = [i for i in (text.find(c, m.end()) for c in ".!?\n") if i >= 0]
        end = min(ends) + 1 if ends else len(text)
        if cuts and start < cuts[-1][1]:
            cuts[-1] = (cuts[-1][0], max(end, cuts[-1][1]))
        else:
            cuts.append((start, end))
    for start, end in reversed(cuts):
        text = text[:start] + " " + text[end:]
    return text


MAX_BODY = 50_000  # a reply's own words come first; a huge body is cut, not parsed whole


def strip_reply(body: str, languages: Iterable[str] = ()) -> str:
    """The new text of a reply body: no quoted history, no bot text, no signature."""
    text = body[:MAX_BODY].replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u200b\u200c\u200d\ufeff]", "", text).replace("\u00a0", " ")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    langs = [x for x in dict.fromkeys([*languages, "en", "de"]) if x in MAIL_LANGUAGES]
    try:
        latest = EmailReplyParser(languages=langs).parse_reply(text=text)
    except Exception:  # noqa: BLE001 -- a heuristic library: fall back on our own cutting
        latest = None
    if latest and any(x.strip() and not _GREETING.match(x.strip()) for x in latest.split("\n")):
        text = latest  # (a greeting alone above the quote: the answer is below it)
    text = _cut_history(text)
    lines = [x for x in text.split("\n") if not _QUOTED.match(x)]
    lines = _cut_signature(lines)
    text = "\n".join(lines)
    text = _drop_bot_sentences(text)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


# the writer pointing to what it forwards: "see below", "berikut kami teruskan", "пересылаю"
FORWARD_POINTER = re.compile(rf"(?<![^\W\d_])(?:{either('FORWARD_POINTER')})(?![^\W\d_])",
                             re.IGNORECASE)
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def forwarded_part(body: str, languages: Iterable[str] = ()) -> tuple[str, str] | None:
    """The first message a mail forwards below its own words: (its author's address, its
    own new text without its quotes and signature), or None when there is no forward
    with a header that names its author."""
    text = body[:MAX_BODY].replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = [x.rstrip() for x in text.split("\n")]
    for i, line in enumerate(lines):
        if _QUOTED.match(line) or not (_SEPARATOR.match(line.strip())
                                       or _ANY_SEPARATOR.match(line.strip())):
            continue
        start = i + 1
        while start < len(lines) and not lines[start].strip():
            start += 1
        end = start
        while end < len(lines) and lines[end].strip() and end - start < 12:
            end += 1
        header = lines[start:end]
        if not any(_FROM_LINE.match(x.strip()) or _header_at(header, n)
                   for n, x in enumerate(header)):
            return None
        author = next((m.group(0).lower() for x in header
                       if (m := _ADDRESS.search(x))), None)
        if author is None:
            return None
        return author, strip_reply("\n".join(lines[end:]), languages)
    return None


def history_start(lines: list[str]) -> int | None:
    """The index of the first line that starts a quoted or forwarded message (a separator
    line or a quote header) outside "> " quotes; None when there is none."""
    return next((i for i in range(len(lines))
                 if not _QUOTED.match(lines[i]) and _header_at(lines, i)), None)


def is_quote_header_line(line: str) -> bool:
    """A quote header's field line ("From: ...", "An: ...", "Кому: ...")."""
    return bool(_FROM_LINE.match(line.strip()) or _HEADER_LINE.match(line.strip()))


def message_body(msg: ParsedMessage) -> str:
    if msg.text.strip():
        return msg.text
    return html_to_text(msg.html) if msg.html else ""


def reply_text(msg: ParsedMessage) -> str:
    """The new text of a reply, without quoted history or signature."""
    body = message_body(msg)
    guess = detect(body[:2000])
    return strip_reply(body, [guess] if guess else [])

"""Sender-verification ("challenge/response") requests. Pure. Never answered.

A challenge is a machine's note that our mail is held until a person proves to be a real
sender: Boxbe's guest list, a whitelist filter, "please confirm you are a human sender",
"Spamschutz: bitte bestätigen Sie Ihre Absenderadresse", "подтвердите, что вы не робот",
"verifikasi pengirim". It is not a bounce (the address is alive: the client's own filter
holds the mail) and not a client's reply; answering it automatically would confirm the
bot to every filter, so a person is asked to confirm the sender, once per address.

Read with or without standard headers: a vendor's own headers (X-Boxbe-*, X-Challenge,
X-Spam-Challenge, ...) or sender domain are enough with a way to confirm (a link or
"reply to this message"); otherwise the wording of one of the languages (CHALLENGE in
the lang/ and lang/_absence/ files, read across line wraps) must ask to prove the sender real *and* give a way to do so, in a short
note from a machine (an auto-reply header, a null Return-Path, an address made for this
one message, "confirm-4c1e9a77@guard.example", or no quote of a person's words). A person asking "please confirm receipt" or mentioning their spam
folder says neither.
"""

from __future__ import annotations

import email.utils
import re

from mailbot.domain.values import Classification, Kind
from mailbot.reading.context import Context
from mailbot.reading.lang._absence import either
from mailbot.reading.mime_text import full_text, text_language, unwrapped
from mailbot.reading.parse import ParsedMessage

# the served languages' words and those of lang/_absence/ (the auto-reply reader passes on
# the same wording, so what it leaves is taken here)
_WORDING = re.compile(either("CHALLENGE"), re.IGNORECASE)
_REPLY = re.compile(either("CHALLENGE_REPLY"), re.IGNORECASE)
# "click the link below to complete the verification": the link after these words confirms,
# however opaque its address ("http://www.spamarrest.com/a2?QTJrGR...")
_LINK_INTRO = re.compile(either("CHALLENGE_LINK"), re.IGNORECASE)
# services whose whole business is challenge/response (their own headers or domains)
_VENDOR_HEADERS = ("x-boxbe-", "x-challenge", "x-spam-challenge", "x-cr-", "x-sanebox-",
                   "x-mailchannels-challenge", "x-spamarrest", "x-spam-arrest", "x-choicemail",
                   "x-bluebottle",
                   "x-boxtrapper")
_VENDOR_DOMAIN = re.compile(r"(?:^|\.)(?:boxbe\.com|spamarrest\.com|choicemail\.com|"
                            r"bluebottle\.com|sanebox\.com|mailchannels\.net|"
                            r"hushmail\.com|qurb\.com)$", re.IGNORECASE)
_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)
_HREF = re.compile(r"""href\s*=\s*["']?(https?://[^"'\s>]+)""", re.IGNORECASE)
# a link that is the confirmation, not the filter vendor's home page or an unsubscribe
_CONFIRM_LINK = re.compile(r"confirm|verif|approv|allow|accept|challenge|guest|anno|whitelist|captcha|"
                           # the verb in the served languages' links ("/bestaetigen?t=...")
                           r"bestaetig|bestätig|freigeb|freigab|konfirm|podtver|"
                           r"/ok\b|[?&](?:id|tc|token|c)=|/c/|/v/", re.IGNORECASE)
_NOT_CONFIRM_LINK = re.compile(r"unsubscribe|privacy|terms|/help|/faq", re.IGNORECASE)
# ... or whose words say so, whatever its address: <a href="https://x.example/v?k=Q2">Verifikasi</a>
_ANCHOR = re.compile(r"""<a\b[^>]*?href\s*=\s*["']?(https?://[^"'\s>]+)[^>]*>(.{0,200}?)</a>""",
                     re.IGNORECASE | re.DOTALL)
_CONFIRM_WORDS = re.compile(r"confirm|verif|approv|bestätig|freigeb|подтверд|konfirm|"
                            r"确认|確認|onayla", re.IGNORECASE)
MAX_WORDS = 400  # a challenge is a short note; a long text is a person's letter


def _vendor(msg: ParsedMessage) -> bool:
    if any(name.startswith(_VENDOR_HEADERS) for name in msg.headers):
        return True
    return msg.sender is not None and bool(_VENDOR_DOMAIN.search(msg.sender.domain))


# a filter's own answer address carries a token ("confirm-4c1e9a77@guard.example"): hex
# with letters and digits, six or more, between the local part's separators
_TOKEN_LOCAL = re.compile(r"(?:^|[-_.+])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{6,}(?:$|[-_.+])",
                          re.IGNORECASE)


def _token_address(msg: ParsedMessage) -> bool:
    """The note comes from (or is answered at) an address made for this one message, as
    a challenge service's are; a person writes from their own name or a role."""
    addresses = [msg.sender.email if msg.sender else "",
                 email.utils.parseaddr(msg.header("Reply-To") or "")[1]]
    return any(_TOKEN_LOCAL.search(a.split("@")[0]) for a in addresses if "@" in a)


# a code the filter put in its own subject for this one message ("[VERIF-7731]"): letters
# and digits in brackets
_SUBJECT_CODE = re.compile(r"\[([A-Z][A-Z0-9]*[-_#:]?\d{3,}[A-Z0-9]*)\]", re.IGNORECASE)


def _code_to_keep(msg: ParsedMessage, text: str) -> bool:
    """The note asks for a reply that carries a code of its own subject ("reply to this
    message keeping [VERIF-7731] in the subject"): a code made for this one message, as
    a token address is; a person asks no such thing."""
    codes = {c.lower() for c in _SUBJECT_CODE.findall(msg.subject or "")}
    if not codes:
        return False
    flat = unwrapped(text)
    for asked in _REPLY.finditer(flat):
        near = flat[asked.start():asked.end() + 200].lower()
        if any(f"[{c}]" in near for c in codes):
            return True
    return False


def _machine(msg: ParsedMessage) -> bool:
    auto = (msg.header("Auto-Submitted") or "no").lower().split(";")[0].strip()
    return (auto not in ("", "no") or (msg.header("Return-Path") or "").strip() == "<>"
            or bool(msg.header("X-Autoreply") or msg.header("X-Autorespond")
                    or msg.header("X-Auto-Response-Suppress"))
            or (msg.header("Precedence") or "").lower().strip() in ("auto_reply", "bulk",
                                                                  "junk"))


def confirmation_link(msg: ParsedMessage, text: str) -> str | None:
    """The link that confirms the sender: the first one that looks like it, from the
    text or the HTML's hrefs, else the first after the words that introduce it ("click
    the link below to verify"), else the HTML's link whose words ask to confirm."""
    found: list[str] = [*_URL.findall(text), *_HREF.findall(msg.html or "")]
    links = [u.rstrip(".,;:!") for u in found if not _NOT_CONFIRM_LINK.search(u)]
    for u in links:
        if _CONFIRM_LINK.search(u):
            return u
    if intro := _LINK_INTRO.search(unwrapped(text)):
        after: list[str] = [u.rstrip(".,;:!") for u in _URL.findall(unwrapped(text)[intro.end():])
                            if not _NOT_CONFIRM_LINK.search(u)]
        if after:
            return after[0]
    for m in _ANCHOR.finditer(msg.html or ""):
        if _CONFIRM_WORDS.search(re.sub(r"<[^>]*>", "", m.group(2))):
            return m.group(1)
    return None


_ANGLED_ID = re.compile(r"<[^\s<>@]+@[^\s<>]+>")


def _named_message_of_ours(text: str, ctx: Context | None) -> str | None:
    """The bot's message a filter names in its prose ("Ваше письмо: ..., Message-ID
    <...>"), when it writes outside the thread: only an id the bot knows it sent."""
    if ctx is None:
        return None
    return next((m.group(0) for m in _ANGLED_ID.finditer(text)
                 if ctx.facts.is_known_message(m.group(0))), None)


# the held message's headers a filter lists ("The headers of the message sent from your
# address are shown below:"): a block of header lines with its Message-ID and From
_HEADER_LINE = re.compile(r"^[A-Za-z][\w-]*:\s|^[ \t]+\S|^From \S+@\S+")
_LISTED_ID = re.compile(r"^message-id:\s*(<[^\s<>@]+@[^\s<>]+>)", re.IGNORECASE | re.MULTILINE)
_LISTED_FROM = re.compile(r"^from:(.*)$", re.IGNORECASE | re.MULTILINE)


def _listed_message_of_ours(text: str, ctx: Context | None) -> str | None:
    """The Message-ID of the held message when the filter lists its headers and they say
    the bot wrote it (its From is the bot's address): only ids from a block of header
    lines whose From is ours, never a quoted stranger's."""
    if ctx is None or not ctx.bot_address:
        return None
    ours = ctx.bot_address.lower()
    block: list[str] = []
    for line in [*text.splitlines(), ""]:
        if line.strip() and _HEADER_LINE.match(line):
            block.append(line)
            continue
        joined = "\n".join(block)
        block = []
        ids = _LISTED_ID.findall(joined)
        senders = [email.utils.parseaddr(f)[1].lower() for f in _LISTED_FROM.findall(joined)]
        if len(ids) == 1 and ours in senders:
            return str(ids[0])
    return None


# the held message's id on a line the filter labels as the original's ("Original
# Message-ID: <...>", "Held message ID: <...>"): the mail it holds is the one we sent it
_ORIGINAL_ID = re.compile(r"^[ \t]*(?:original|held|quarantined|blocked)(?: message)?[ \t]*"
                          r"(?:-[ \t]*)?message[- ]?id[ \t]*:[ \t]*(<[^\s<>@]+@[^\s<>]+>)",
                          re.IGNORECASE | re.MULTILINE)


def _original_id(text: str) -> str | None:
    """The one id a filter labels as its held message's (never one of several)."""
    found = set(_ORIGINAL_ID.findall(text))
    return found.pop() if len(found) == 1 else None


_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_LABELLED_ID = re.compile(r"\bmessage-?id:?\s*<[^\s<>]*>", re.IGNORECASE)


def _answer_address(msg: ParsedMessage, text: str, ctx: Context | None) -> str:
    """Where a challenge answered by mail is to be answered: the address its words name
    after asking for the answer ("... or send a blank message to: confirm-8c1f@filter"),
    else its Reply-To (where a reply goes), else its sender. As written: a local part's
    case may matter to the filter ("release+Q8ZK2M@..." is its token, RFC 5321 2.4)."""
    # a held message's id ("Message-ID: <rem-1@acme.test>") is no address to write to
    flat = _LABELLED_ID.sub(" ", unwrapped(text))
    ours = ctx.bot_address.lower() if ctx is not None else ""
    if asked := _REPLY.search(flat):
        # an address the note named before asking is the held mail's recipient ("Email
        # Anda kepada x@client ... belum terkirim. ... balas email ini"), not where to answer
        before = {a.rstrip(".").lower() for a in _ADDRESS.findall(flat[:asked.start()])}
        named = [str(a).rstrip(".")
                 for a in _ADDRESS.findall(flat[asked.start():asked.end() + 300])]
        if named := [a for a in named if a.lower() != ours and a.lower() not in before]:
            return named[0]
    reply_to = email.utils.parseaddr(msg.header("Reply-To") or "")[1]
    if reply_to and "@" in reply_to and reply_to.lower() != ours:
        return reply_to
    return msg.sender.email if msg.sender else ""


def challenge(msg: ParsedMessage, ctx: Context | None = None) -> Classification | None:
    if msg.content_type == "multipart/report" or msg.report_type:
        return None  # a DSN or MDN: the bounce and receipt readers' mail
    vendor = _vendor(msg)
    if not vendor and (msg.header("List-Id") or msg.header("List-Unsubscribe")):
        return None  # a newsletter that talks of guest lists or verification
    text = full_text(msg)
    own = text[:6000]
    machine = vendor or _machine(msg) or _token_address(msg) or _code_to_keep(msg, own)
    quotes = bool(re.search(r"^\s*>", own, re.MULTILINE))
    # before the wording, which costs most: the languages' phrases over the whole text
    if len(own.split()) > MAX_WORDS or (quotes and not machine):
        return None  # a person's long letter, or an answer quoting talk of verification
    words = _WORDING.search(unwrapped(own)) or _WORDING.search(msg.subject)
    if not (vendor or words):
        return None
    link = confirmation_link(msg, own)
    reply = bool(_REPLY.search(unwrapped(own)))
    if not (link or reply):
        return None  # nothing to confirm with: a person's words about filters
    if not (machine or link):
        return None  # "reply to this message" in a person's own mail is their request
    how = link or (f"mailto:{address}" if (address := _answer_address(msg, own, ctx))
                   else "reply")
    return Classification(
        kind=Kind.CHALLENGE, confidence=0.9 if machine else 0.75,
        # a person confirms the sender (a task): never answered, never acted on by itself
        needs_human=True, reason=f"sender verification: confirm the sender at {how}",
        challenge=how, language=text_language(own + "\n" + msg.subject),
        # the bot's message it holds, when the filter answers in its thread
        original_message_id=msg.in_reply_to or (msg.references[-1] if msg.references
                                                 else None) or _named_message_of_ours(own, ctx)
        or _listed_message_of_ours(own, ctx) or _original_id(own),
        # whose mail it holds, when a filter service writes from its own address
        invoice_numbers=tuple(ctx.facts.numbers_in(f"{msg.subject}\n{own[:2000]}"))
        if ctx is not None else (),
    )


def read_mail(msg: ParsedMessage, ctx: Context, auth: bool | None) -> Classification | None:
    """The registry's entry (mailbot.reading.classify)."""
    return challenge(msg, ctx)

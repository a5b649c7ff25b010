"""Bounces (delivery failures): DSNs and the non-standard kinds. Pure. Never answered.

Bounces. flufl.bounce is the base detector; this module adds what it misses:
- RFC 3464 per-recipient blocks (Original-/Final-Recipient, Action, Status), also when
  they are base64-encoded or pasted into a text part (Amazon WorkMail, some relays);
- `bounce_permanent`: true when the message will not be delivered: Action "failed" (RFC
  3464 2.3.3, whatever the status class: 4.4.7 means retries ran out), Status 5.x.x when
  no Action is given, a 5xx code or the server's own "permanent error; I've given up" in
  a text bounce; false for a delay warning (Action "delayed", 4.x.x without a failure,
  "will retry", "no action is required"). When both kinds of recipient are reported,
  the permanent ones are the failed recipients;
- the non-standard bounces of common servers (qmail, Exchange/Outlook NDRs in English,
  German, Russian and Indonesian, Postfix, Exim, Sendmail, OpenSMTPD, DragonFly, Gmail,
  Yahoo, Amazon SES notifications and WorkMail, Lotus Notes, Japanese carriers, ...):
  recognised by their sender (MAILER-DAEMON, postmaster), subject and wording, with the
  failed recipients read from the human-readable part of the report (never from the
  copy of our own message it returns), and permanence from the SMTP codes and wording.
- the reason class (REASONS): from the failed recipients' enhanced status codes (X.1.x
  user_unknown, X.2.2 mailbox_full, X.7.x policy, or spam when its words say so, or
  user_unknown when they say the mailbox does not exist: "550 5.7.1 No such user!"), then
  the report's words in each language (lang/: BOUNCE_SPAM, BOUNCE_POLICY, ...). A full
  mailbox reported with a 4.x.x status is temporary; a refusal by the recipient's spam
  filter or policy (BOUNCE_REJECTED, also in plain prose from a postmaster) is a bounce
  of reason spam or policy; only user_unknown marks an address dead (domain.ledger.ADDRESS_DEAD).
  What is not proof that the mailbox is gone is reason other (the message stops, staff are
  told): a bare "user unknown" given only after DATA (a filter's; the recipient was taken at
  RCPT TO), an X.2.x code (the mailbox exists; against unknown-user words a person decides),
  an account said to be disabled, a 4.1.x code, a local delivery program's failure (x-unix),
  a DNS failure or null MX of the recipient's domain; a refusal of MAIL FROM is about our
  sender. The servers' own replies count, not Sendmail's summary line under them nor a
  relay's wrapper code before them;
- failed recipients only from evidence: a DSN field, X-Failed-Recipients, SES's JSON,
  flufl.bounce, and from the report's words only an address a server's reply names (a
  reply code on its line or just below, "RCPT TO:", a per-recipient entry, "delivery to
  X failed"), the returned copy's To, or, in a report about a message the bot sent, an
  address the bot writes to. A helpdesk or colleague named in a filter's prose never is.
A DSN that reports only success ("delivered", "relayed", "expanded") is not a bounce,
and neither is an ARF feedback report. A sender-verification request is not a bounce
(kinds/challenge.py, asked first).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from email.message import Message

from flufl.bounce import all_failures

from mailbot.domain.values import Classification, Kind
from mailbot.reading import subjects
from mailbot.reading.context import Context
from mailbot.reading.kinds.auto_reply import AUTO_SUBJECT
from mailbot.reading.kinds.receipt import NOT_READ, mdn_disposition
from mailbot.reading.lang import either
from mailbot.reading.mime_text import (
    field_blocks,
    full_text,
    report_blocks,
    returned_headers,
    split_report,
    text_language,
)
from mailbot.reading.parse import ParsedMessage, message_ids

# flufl.bounce logs every exception of its detectors with a traceback before re-raising;
# _flufl() below catches them (malformed headers trip its Sina and Yale detectors) and
# the message is read by the other rules, so that is not news for the log
logging.getLogger("flufl.bounce").setLevel(logging.CRITICAL)

# ====================================================================== addresses

_ADDRESS = re.compile(r"(?<![\w.+=-])[\w.+'=-]+@(?:[\w-]+\.)+[A-Za-z]{2,24}\b")
_MACHINE_LOCAL = re.compile(
    r"^(?:mailer[-_.]?daemon|mail[-_.]?daemon|m?daemon|postmaster|post_master|poostmaster|"
    r"mail[-_.]?delivery|bounces?|abuse|hostmaster|webmaster|noc|security|helpdesk|support|"
    r"help|no[-_.]?reply|do[-_.]?not[-_.]?reply|root|nobody|mailerdaemon)$",
    re.IGNORECASE,
)
_DAEMON_LOCAL = re.compile(
    r"^(?:mailer[-_.]?daemon|mail[-_.]?daemon|mailerdaemon|m?daemon|postmaster|post_master|"
    r"mail[-_.]?delivery(?:[-_.]system)?|microsoftexchange[0-9a-f]*|bounces?|"
    r"mail[-_.]?(?:system|admin)|sysadmin|ndr)$",
    re.IGNORECASE,
)
_DAEMON_NAME = re.compile(either("DAEMON_NAMES"), re.IGNORECASE)


def _header_addresses(headers: Message | None, *names: str) -> set[str]:
    if headers is None:
        return set()
    found: set[str] = set()
    for name in names:
        for value in headers.get_all(name, []) or []:
            found.update(a.group(0).strip(".'=").lower() for a in _ADDRESS.finditer(str(value)))
    return found


def _is_daemon(msg: ParsedMessage) -> bool:
    raw_from = msg.header("From") or ""
    local = (msg.sender.email.split("@")[0]) if msg.sender else ""
    return bool(_DAEMON_LOCAL.match(local) or _DAEMON_NAME.search(raw_from)
                or re.match(r"\s*<?\s*(?:mailer-daemon|postmaster)\s*>?\s*$", raw_from,
                              re.IGNORECASE))


@dataclass(frozen=True)
class _Failure:
    address: str
    permanent: bool


_SUCCESS = frozenset({"delivered", "relayed", "expanded", "deliverable", "success"})
_RCPT_VALUE = re.compile(r"^(?:[\w-]+\s*;\s*)?<?\s*([^\s<>;]+@[^\s<>;]+?)\s*>?\s*(?:\(.*)?$")


def _recipient(block: dict[str, str]) -> str | None:
    for name in ("original-recipient", "final-recipient", "x-actual-recipient"):
        value = block.get(name, "")
        kind = value.split(";")[0].strip().lower() if ";" in value else "rfc822"
        m = _RCPT_VALUE.match(value.strip())
        if m and kind in ("rfc822", "") and "@" in m.group(1):
            return m.group(1).strip(".").lower()
    return None


def _dsn_outcome(blocks: Iterable[dict[str, str]]) -> tuple[list[_Failure], bool]:
    """(failed recipients of the per-recipient blocks, whether any block reported success)."""
    failures: list[_Failure] = []
    succeeded = False
    for block in blocks:
        address = _recipient(block)
        if address is None:
            continue
        action = block.get("action", "").lower().split()[0:1]
        act = action[0].strip(";,()") if action else ""
        status = re.match(r"\s*([245])\.\d{1,3}\.\d{1,3}", block.get("status", ""))
        klass = status.group(1) if status else ""
        if act in _SUCCESS or (not act and klass == "2"):
            succeeded = True
            continue
        # Action says what happened to this message (RFC 3464 2.3.3): "failed" means it
        # will not be delivered, whatever the status class (4.4.7 = given up after
        # days of retries), "delayed" that it is still being retried. The Status class
        # decides only when the Action is missing or unknown.
        if act.startswith("delay"):
            failures.append(_Failure(address, permanent=False))
        elif act.startswith(("fail", "error", "undeliver", "bounce")):
            failures.append(_Failure(address, permanent=True))
        elif klass in ("4", "5"):
            failures.append(_Failure(address, permanent=klass == "5"))
        elif not act and block.get("diagnostic-code"):
            code = re.search(r"\b([45])\d\d\b", block["diagnostic-code"])
            failures.append(_Failure(address, permanent=not code or code.group(1) == "5"))
    return _unique(failures), succeeded


def _unique(failures: Iterable[_Failure]) -> list[_Failure]:
    seen: dict[str, _Failure] = {}
    for f in failures:
        if f.address not in seen or (f.permanent and not seen[f.address].permanent):
            seen[f.address] = f
    return list(seen.values())


# ====================================================================== bounce wording

# each language's words are in its lang/<code>.py (see lang/__init__.py); the Japanese
# carriers' words have no language file and stay here
_BOUNCE_SUBJECT = re.compile(either("BOUNCE_SUBJECT") + r"|配信|送信(?:でき|失敗)|エラー|未達",
                             re.IGNORECASE)

_BOUNCE_BODY = re.compile(either("BOUNCE_BODY") + r"|配信でき|送信でき|届きません|宛先",
                          re.IGNORECASE)

_TEMPORARY = re.compile(either("BOUNCE_TEMPORARY"), re.IGNORECASE)
# The MTA's own verdict that it gave up (qmail, Exim, Sendmail, ...): the message will not
# be delivered, even when the last SMTP answer was a 4xx.
_FINAL = re.compile(either("BOUNCE_FINAL"), re.IGNORECASE)
_STATUS_CODE = re.compile(r"(?<![\d.])([245])\.\d{1,3}\.\d{1,3}(?![\d.])")
# a reply code: "550 ...", "550-5.7.1 ..." (not a phone number such as 480-624-2500)
_SMTP_CODE = re.compile(r"(?:^|[\s(:'\"<])([45])\d\d(?= |-(?!\d{3}\b)|$)", re.MULTILINE)


def _stated_permanence(text: str) -> bool | None:
    """What a report's words say of the failure: True for final, False for temporary,
    None when they say neither. The server's own verdict first ("permanent error; I've
    given up" / "delayed, will retry"), then enhanced status codes (5.x.x / 4.x.x), then
    SMTP reply codes (5xx / 4xx)."""
    if _FINAL.search(text):
        return True
    if _TEMPORARY.search(text):
        return False
    classes = {m.group(1) for m in _STATUS_CODE.finditer(text)} - {"2"}
    if not classes:
        classes = {m.group(1) for m in _SMTP_CODE.finditer(text)}
    if "5" in classes:
        return True
    if "4" in classes:
        return False
    return None


def _permanence(text: str) -> bool:
    """An undeliverable report that says nothing of the kind is final."""
    return _stated_permanence(text) is not False


# ====================================================================== reason class

REASONS = ("user_unknown", "mailbox_full", "policy", "spam", "other")
_REJECTED = re.compile(either("BOUNCE_REJECTED"), re.IGNORECASE)
_SPAM = re.compile(either("BOUNCE_SPAM"), re.IGNORECASE)
_POLICY = re.compile(either("BOUNCE_POLICY"), re.IGNORECASE)
_USER_UNKNOWN = re.compile(either("BOUNCE_USER_UNKNOWN"), re.IGNORECASE)
_MAILBOX_FULL = re.compile(either("BOUNCE_MAILBOX_FULL"), re.IGNORECASE)
_ACCOUNT_GONE = re.compile(either("BOUNCE_ACCOUNT_GONE"), re.IGNORECASE)
# a mailbox blocked, locked or suspended (not gone): the address is kept, a person decides
_DISABLED = re.compile(either("BOUNCE_DISABLED"), re.IGNORECASE)
# a DNS lookup failure for the recipient's domain (which may pass) is reason other: the same
# line's "Domain des Empfängers existiert nicht" is about the domain, not the mailbox
_INACTIVE = re.compile(either("BOUNCE_INACTIVE"), re.IGNORECASE)
_NO_DOMAIN = re.compile(either("BOUNCE_NO_DOMAIN"), re.IGNORECASE)
# Exchange Online's directory-based edge blocking refuses a recipient its directory does not
# know with this fixed English reply (not a refusal of a live address)
_EDGE_BLOCKED = re.compile(r"5\.4\.1\b[^\n]{0,40}?recipient address rejected:\s*access denied",
                           re.IGNORECASE)
_DETAIL = re.compile(r"(?<![\d.])[245]\.(\d{1,3})\.(\d{1,3})(?![\d.])")
# greylisting: a server deferring a first delivery on purpose ("451 4.7.1 Greylisted, please
# try again later"); it takes the mail on a later try, so it is no refusal by policy
_GREYLISTED = re.compile(r"gr[ae]y-?list", re.IGNORECASE)
# a transient addressing status (4.1.x, "Resources temporarily unavailable [#4.1.9]") says
# nothing of the mailbox being gone: only its class 5 counterpart does
_TRANSIENT_ADDRESSING = re.compile(r"(?<![\d.])4\.1\.\d{1,3}(?![\d.])")

# The SMTP command a server's refusal answered (RFC 5321 4.3.2): Postfix's "(in reply to
# end of DATA command)", Exim's "SMTP error from remote mail server after end of data",
# a Sendmail or Courier transcript (">>> DATA" then "<<< 550 ..."), m-FILTER's "SMTP
# command: DATA", DragonFly's "did not like our RCPT TO". A server that took the recipient
# at RCPT TO and refuses the message after DATA has a mailbox there: its "user unknown"
# then is a filter's word (carriers answer so for a sender the user blocked), not proof the
# mailbox is gone; a refusal of MAIL FROM is about our sender, never the recipient.
_STAGE_WORDS = re.compile(
    r"\(in reply to (end of data|data|rcpt to|mail from) command\)|"
    r"smtp error from remote (?:mail server|mailer) after (?:pipelined )?"
    r"(end of data|data|rcpt to|mail from)\b|"
    r"\bsmtp command\W{0,20}(data|rcpt|mail)\b|did not like our (rcpt to|mail from|data)\b|"
    # qmail: "Connected to 192.0.2.1 but the message was rejected after DATA."
    r"\bmessage was rejected after (end of data|data)\b",
    re.IGNORECASE)
_TRANSCRIPT_COMMAND = re.compile(r"^\s*>>>\s*(data|rcpt|mail|end of data|\.)\b", re.IGNORECASE)
_TRANSCRIPT_REFUSAL = re.compile(r"^\s*<<<\s*[45]\d\d\b")
# with PIPELINING the transcript shows only ">>> DATA", then the answers to RCPT TO: a
# "503 need RCPT" or "no valid recipients" after a refusal says that refusal was RCPT's
_NO_RCPT = re.compile(r"^\s*<<<\s*5\d\d\b.*(?:\b503\b|need rcpt|rcpt first|no valid recipients)",
                      re.IGNORECASE)


def _refused_at(report: str) -> set[str]:
    """The SMTP commands the report's refusals answered: "data", "rcpt" or "mail"."""
    flat = " ".join(report.split())
    said = {next(g for g in m.groups() if g) for m in _STAGE_WORDS.finditer(flat)}
    command, refused = "", False
    for line in report.splitlines():
        if m := _TRANSCRIPT_COMMAND.match(line):
            command, refused = m.group(1), False
        elif line.lstrip().startswith(">>>"):
            command = ""
        elif command and _NO_RCPT.match(line):
            said.add("rcpt")
            said.discard(command) if refused and command.lower() == "data" else None
            command = ""
        elif command and _TRANSCRIPT_REFUSAL.match(line):
            said.add(command)
            refused = True
    stages = set()
    for word in said:
        word = word.lower()
        stages.add("data" if word in ("end of data", ".", "data") else word.split()[0])
    return stages


# a line that names the sender, its domain or the route is about us, not the mailbox
# ("5.7.1 Sender domain does not exist", "relay access denied"); nor is a disabled account
# a missing one
_ABOUT_SENDER = re.compile(r"sender|absender|отправител|pengirim|relay|domain|domäne|домен|"
                           r"\bdns\b|\bspf\b|dkim|dmarc|reverse|\bptr\b|\bip\b|"
                           r"disabled|deactivat|inactive|suspend|gesperrt|deaktiviert|"
                           r"заблокирован|отключен|tidak aktif|dinonaktifkan",
                           re.IGNORECASE)


def _says_no_such_user(text: str) -> bool:
    """Whether a line of the report says the recipient's mailbox does not exist, and
    nothing about the sender or the route."""
    return any(_USER_UNKNOWN.search(line) and not _ABOUT_SENDER.search(line)
               and not _POLICY.search(line) for line in _URL.sub(" ", text).splitlines())


# a link in a server's reply ("...response_codes?ip=192.0.2.54#rcp") is no prose about us
# beside its "Recipient address does not exist" (a blocklist's link alone still is evidence)
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)


# X.1.7 and X.1.8 are about our sender address; servers also put X.1.x on refusals of our
# IP, SPF record or sending rate ("550 5.1.0 ... not allowed to send from ... per its SPF
# record"): those say nothing of the client's mailbox
_ABOUT_US = re.compile(r"sender|absender|отправител|pengirim|\bspf\b|dkim|dmarc|\bptr\b|"
                       r"reverse dns|\bip\b|black ?list|block ?list|\blisted\b|spamhaus|"
                       r"too many|rate limit|preferences", re.IGNORECASE)


def _refuses_us(details: set[tuple[str, str]], statuses: str) -> bool:
    """Whether an addressing failure (X.1.x) refuses our sender, IP or rate rather than
    saying the recipient's mailbox does not exist."""
    addressing = {b for a, b in details if a == "1"}
    if addressing and addressing <= {"7", "8"}:
        return True
    return (not _says_no_such_user(statuses)
            and any(_ABOUT_US.search(line) for line in statuses.splitlines()))


def reason(statuses: str, text: str) -> str:
    """Why the mail failed, one of REASONS: from the enhanced status codes of the failed
    recipients first (RFC 3463: X.1.x addressing, X.2.2 mailbox full, X.7.x security and
    policy), then the report's words. A policy code whose words speak of spam is spam."""
    stages = _refused_at(text)
    why = _reason(_servers_codes(statuses), "\n".join(_without_glosses(text.splitlines())))
    if why == "user_unknown" and _LOCAL_COMMAND.search(statuses):
        # the recipient's server failed to run its own delivery program (procmail, a
        # pipe): its "no such user" is that program's trouble, a mailer error
        return "other"
    if why == "user_unknown" and unknown_after_data(statuses, text):
        return "other"
    if why == "user_unknown" and stages == {"mail"}:
        # MAIL FROM refused ("553 5.1.0 <our domain> does not exist"): about our sender
        return "spam" if _SPAM.search(statuses) else "policy"
    return why


def unknown_after_data(statuses: str, text: str) -> bool:
    """Whether the recipient was accepted at RCPT TO and refused after DATA with a bare
    "user unknown": a filter's refusal of this message answers so (carriers do, for a
    sender the user blocked), and so does a server that checks mailboxes late (Yandex's
    "550 5.7.1 No such user!"). Not proof either way: the address is kept and a person
    decides. An X.1.x code, or words that the account does not exist, are the server's
    own and do kill it."""
    text = "\n".join(_without_glosses(text.splitlines()))
    statuses = _servers_codes(statuses)
    return (_refused_at(text) == {"data"} and not _addressing(statuses)
            and _reason(statuses, text) == "user_unknown"
            and not _ACCOUNT_GONE.search(" ".join(text.split())))


# a reply code with the server's own enhanced status code after it ("550-'5.7.1 ...")
_REPLY_STATUS = re.compile(r"(?<![\d.])[45]\d\d[-\s]+'?[245]\.\d{1,3}\.\d{1,3}(?![\d.])")


def _servers_codes(statuses: str) -> str:
    """The status lines without the enhanced codes a relay or the sending MTA put before
    the server's own reply: "5.1.0 - Unknown address error 550-'5.7.1 ... Access denied'"
    (Amazon SES), Sendmail's "Status: 5.1.1" over "550 5.7.1 IP address blacklisted"."""
    lines = []
    for line in statuses.splitlines():
        if (m := _REPLY_STATUS.search(line)) and _STATUS_CODE.search(line[:m.start()]):
            line = _STATUS_CODE.sub(" ", line[:m.start()]) + line[m.start():]
        lines.append(line)
    return "\n".join(lines)


# a diagnostic from a local program rather than an SMTP server (Postfix's pipe and
# command deliveries: "Diagnostic-Code: x-unix; procmail: ...", "Command output: ...")
_LOCAL_COMMAND = re.compile(r"\bx-unix\s*;|\bcommand output:", re.IGNORECASE)


def _addressing(statuses: str) -> bool:
    """Whether a class 5 addressing status (5.1.x) is among the servers' codes."""
    return any(m.group(1) == "1" for m in _DETAIL.finditer(_TRANSIENT_ADDRESSING.sub(" ", statuses)))


def contradicted(statuses: str) -> bool:
    """Whether the codes say the mailbox exists (X.2.x but a full one) while the words
    say it is unknown ("550 5.2.1 <x>... User Unknown"): a person decides."""
    details = {(m.group(1), m.group(2)) for m in _DETAIL.finditer(statuses)}
    return (any(a == "2" and b not in ("2", "3") for a, b in details)
            and not _addressing(statuses) and _says_no_such_user(statuses))


def _reason(statuses: str, text: str) -> str:
    details = {(m.group(1), m.group(2)) for m in _DETAIL.finditer(
        _TRANSIENT_ADDRESSING.sub(" ", statuses))}
    subjects = {a for a, _ in details}
    if _EDGE_BLOCKED.search(statuses) or _EDGE_BLOCKED.search(" ".join(text.split())):
        # (also when the report wraps the server's reply over two lines)
        return "user_unknown"
    if ("2", "2") in details or (("5", "3") in details and _MAILBOX_FULL.search(text)):
        return "mailbox_full"
    if "1" in subjects and _MAILBOX_FULL.search(statuses) and not _says_no_such_user(statuses):
        # "552 sorry, mailbox x is over quota temporarily (#5.1.1)": qmail's code is generic,
        # the words are the server's
        return "mailbox_full"
    if "1" in subjects and {b for a, b in details if a == "1"} == {"2"} \
            and not _says_no_such_user(replies_of(statuses)):
        # X.1.2, "bad destination system address": the recipient's host or domain does not
        # resolve ("5.1.2 Host unknown (Name server: x: host not found)"), a DNS failure as
        # below, not a mailbox said to be unknown
        return "other"
    if "1" in subjects:
        if _refuses_us(details, statuses):
            return "spam" if _SPAM.search(statuses) else "policy"
        return "user_unknown"
    if "7" in subjects:
        if _GREYLISTED.search(statuses) and not any(
                m.group(0).startswith("5") for m in _DETAIL.finditer(statuses)):
            return "other"
        if _SPAM.search(statuses + "\n" + text):
            return "spam"
        # servers misuse X.7.x for a mailbox that does not exist ("550 5.7.1 No such
        # user!"): the words say what the code does not
        return "user_unknown" if _says_no_such_user(statuses + "\n" + text) else "policy"
    if "2" in subjects:
        # X.2.x other than a full mailbox (RFC 3463 3.3): "the mailbox exists, but ..."
        # (X.2.0), disabled (X.2.1): whatever the words say, it is not gone
        if _MAILBOX_FULL.search(statuses):
            return "mailbox_full"
        return "spam" if _SPAM.search(statuses) else "other"
    if _DISABLED.search(statuses + "\n" + text) or _INACTIVE.search(statuses + "\n" + text):
        # an account said to be disabled or suspended, with no addressing code: not gone
        return "other"
    if _NO_DOMAIN.search(statuses + "\n" + text) and not _says_no_such_user(replies_of(statuses)):
        # the recipient's domain failed to resolve or takes no mail (null MX): a DNS failure
        # may pass, and no server said the mailbox is unknown ("Address not found" above
        # Gmail's "the domain couldn't be found" is about the domain)
        return "other"
    # the receiving server's own reply (after its code) before a relay's wrapper around it:
    # "invalid mailbox. Local mailbox x is unavailable: 550 spam message rejected" is spam
    replies = replies_of(statuses)
    for where in (replies, statuses, text):
        lines = [line for line in where.splitlines() if not _NO_DOMAIN.search(line)]
        for words, name in ((_MAILBOX_FULL, "mailbox_full"), (_USER_UNKNOWN, "user_unknown"),
                            (_SPAM, "spam"), (_POLICY, "policy")):
            if any(words.search(line) for line in lines):
                return name
    return "other"


def replies_of(statuses: str) -> str:
    """The receiving servers' own words: each status line after its SMTP reply code."""
    return "\n".join(line[m.end():] for line in statuses.splitlines()
                     if (m := _SMTP_CODE.search(line)))


# ====================================================================== recipients in text

_FROM_CONTEXT = re.compile(rf"(?:{either('SENDER_LABELS')})\s*[:=]?\s*[\"']?[^\n<@]{{0,40}}?<?$",
                           re.IGNORECASE)
_ID_CONTEXT = re.compile(r"(?:message-id|references|in-reply-to|\bid)\s*[:=]?\s*<?$",
                         re.IGNORECASE)


def _text_recipients(report: str, exclude: set[str]) -> list[str]:
    """Addresses the bounce's own words name as failing: every address in the report
    part, less ours, the machines', the sender's and message ids."""
    found: list[str] = []
    for m in _ADDRESS.finditer(report):
        address = m.group(0).strip(".'=").lower()
        local = address.split("@")[0]
        before = report[max(0, m.start() - 60):m.start()].split("\n")[-1]
        if (address in exclude or address in found or _MACHINE_LOCAL.match(local)
                or _FROM_CONTEXT.search(before) or _ID_CONTEXT.search(before)
                or re.search(r"(?:https?://|www\.)\S*$", before)):
            continue
        found.append(address)
    return found


def _ses_notification(text: str) -> list[_Failure]:
    """An Amazon SES bounce notification (JSON, as SNS e-mails it; SNS folds long lines,
    even inside JSON strings, so the fields are read with patterns if JSON fails)."""
    start = text.find("{")
    if start < 0 or not re.search(r'\\?"notificationType\\?"\s*:\s*\\?"Bounce', text):
        return []
    if '\\"notificationType' in text:  # the SES JSON as a string inside the SNS JSON
        text = text.replace('\\"', '"')
    try:
        data, _ = json.JSONDecoder().raw_decode(text[start:])
        info = data["bounce"]
        permanent = str(info.get("bounceType", "")).lower() == "permanent"
        addresses = [str(r.get("emailAddress", "")) for r in info.get("bouncedRecipients", [])]
    except (ValueError, AttributeError, TypeError, KeyError):
        kind = re.search(r'"bounceType"\s*:\s*"(\w+)"', text)
        permanent = kind is not None and kind.group(1).lower() == "permanent"
        listed = re.search(r'"bouncedRecipients"\s*:\s*\[(.*?)\]', text, re.DOTALL)
        addresses = re.findall(r'"emailAddress"\s*:\s*"([^"]+)"', listed.group(1) if listed
                               else "")
    return _unique(_Failure(a.strip().lower(), permanent) for a in addresses if "@" in a)


# ====================================================================== bounce


def _original_id(msg: ParsedMessage, blocks: list[dict[str, str]],
                 returned: Message | None) -> str | None:
    for block in blocks:
        for name in ("original-message-id", "x-original-message-id"):
            ids = message_ids(block.get(name))
            if ids:
                return ids[0]
    if returned is not None:
        ids = message_ids(str(returned.get("Message-ID", "")))
        if ids and ids[0] != msg.message_id:
            return ids[0]
    return msg.in_reply_to or (msg.references[-1] if msg.references else None)


_ANGLED_ID = re.compile(r"<([^\s<>@]+@[^\s<>]+)>")


def _named_message_of_ours(text: str, ctx: Context | None) -> str | None:
    """A message of ours the report names in its prose ("Исходный Message-ID: <...>",
    "Referensi pesan asli: <...>"): only an id the bot knows it sent."""
    if ctx is None:
        return None
    for m in _ANGLED_ID.finditer(text):
        if ctx.facts.is_known_message(m.group(0)):
            return m.group(0)
    return None


def _flufl(msg: ParsedMessage) -> tuple[set[str], set[str]]:
    try:
        temporary, permanent = all_failures(msg.source)
    except Exception:  # noqa: BLE001 - a detector choking on odd input loses nothing
        return set(), set()
    # its heuristic detectors can return a fragment of text: keep real addresses only
    return ({a for a in map(_addr, temporary) if _ADDRESS.fullmatch(a)},
            {a for a in map(_addr, permanent) if _ADDRESS.fullmatch(a)})


def _addr(a: bytes | str) -> str:
    return (a.decode("utf-8", "replace") if isinstance(a, bytes) else a).strip("<> ").lower()


def _has_returned_copy(msg: ParsedMessage) -> bool:
    return any(p.get_content_type() in ("message/rfc822", "text/rfc822-headers")
               for p in (msg.source.walk() if msg.source is not None else ()))


def bounce(msg: ParsedMessage, ctx: Context | None = None) -> Classification | None:
    """A delivery failure, its failed recipients, permanence and reason; `ctx` tells which
    messages the bot sent and to whom it writes (a recipient named only in a filter's
    prose counts when the report is about such a message and names such an address)."""
    if msg.report_type == "feedback-report":
        return None  # an ARF abuse/opt-out report: not a delivery failure
    blocks = report_blocks(msg)
    mdn = msg.report_type == "disposition-notification" or any(
        "disposition" in b for b in blocks)
    failures, succeeded = _dsn_outcome(blocks) if not mdn else ([], False)
    if succeeded and not failures:
        return None  # a delivery report of success
    if not (blocks or mdn or _is_daemon(msg) or _BOUNCE_SUBJECT.search(msg.subject)
            or msg.header("X-Failed-Recipients") or msg.content_type == "multipart/report"
            or (msg.header("Return-Path") or "").strip() == "<>"
            or _has_returned_copy(msg) or "notificationType" in msg.text):
        return None  # ordinary mail: none of the cheap signs, so skip the body scans
    text = full_text(msg)
    report, returned_text = split_report(text)
    rejected_mdn = (mdn and mdn_disposition(msg) in NOT_READ
                    and bool(_BOUNCE_BODY.search(report)))
    daemon = _is_daemon(msg)
    subject = bool(_BOUNCE_SUBJECT.search(msg.subject))
    # a filter's or a policy's refusal of this one message is a bounce too ("your message
    # to ... was blocked by the organization's policy"), when a machine says it
    rejected = bool(_REJECTED.search(report[:3000]) or _REJECTED.search(msg.subject))
    # (a null Return-Path, "<>", is a machine's too: only reports are sent without one)
    null_sender = (msg.header("Return-Path") or "").strip() == "<>"
    wording = bool(_BOUNCE_BODY.search(report) or _BOUNCE_BODY.search(msg.subject)
                   or (rejected and (daemon or null_sender
                                     or (msg.header("Auto-Submitted") or "no")
                                     .strip().lower() != "no")))
    x_failed = msg.header("X-Failed-Recipients")
    ses = _ses_notification(text)
    returns_copy = _has_returned_copy(msg)
    evidence = (bool(failures) or rejected_mdn or bool(x_failed) or daemon or bool(ses)
                or (wording and (subject or msg.report_type == "delivery-status"
                                 or returns_copy
                                 or (msg.header("Return-Path") or "").strip() == "<>")))
    if not evidence:
        return None
    if _is_auto_reply_only(msg) and not (failures or daemon or x_failed or subject):
        return None

    how = ""
    if not failures:
        inline, _ = _dsn_outcome(field_blocks(report))
        failures = inline
    if not failures:
        failures = ses
    returned = returned_headers(msg, returned_text)
    ours = _header_addresses(msg.source, "From", "To", "Cc", "Reply-To", "Sender",
                             "Return-Path", "Delivered-To")
    ours |= _header_addresses(returned, "From", "Sender", "Return-Path", "Reply-To")
    if not failures:
        flufl_temporary, flufl_permanent = _flufl(msg)
        # its heuristic detectors call most failures permanent: a report that says
        # "4.2.2" or "will retry" is not
        final = _stated_permanence(report + "\n" + msg.subject) is not False
        failures = _plausible(_unique([_Failure(a, False) for a in flufl_temporary]
                                      + [_Failure(a, final) for a in flufl_permanent]),
                              report, ours | _message_id_tokens(text))
        if len(failures) > 1:
            # its heuristic detectors take any address near bounce words: when it names
            # several, keep those the report ties to the failure (if it ties any)
            tied = set(_evidenced([f.address for f in failures], report,
                                  _header_addresses(returned_headers(msg, returned_text),
                                                    "To", "Cc"),
                                  _refers_to_ours(msg, blocks, None, ctx), ctx))
            failures = [f for f in failures if f.address in tied] or failures
        how = "flufl" if failures else how
    if not failures and (wording or rejected_mdn or (daemon and subject)):
        final_words = _permanence(report + "\n" + msg.subject)
        listed = [a.strip().lower() for a in (x_failed or "").split(",") if "@" in a]
        if not listed:
            addressed = _header_addresses(returned, "To", "Cc")
            listed = _evidenced(_text_recipients(report, ours | _message_id_tokens(text)),
                                report, addressed,
                                _refers_to_ours(msg, blocks, returned, ctx), ctx)
            if len(listed) > 1 and addressed & set(listed):
                listed = [a for a in listed if a in addressed]
            if not listed and addressed and (daemon or subject) and (subject or wording):
                listed = sorted(addressed)
                how = "returned"
        failures = [_Failure(a, final_words) for a in listed[:10]]
    if not failures and not ((msg.report_type == "delivery-status" and blocks and not mdn)
                             or ((daemon or subject) and (subject or wording))):
        return None
    if not (failures or blocks or daemon or null_sender or returns_copy
            or _refers_to_ours(msg, blocks, returned, ctx)):
        # "Ihre Sendung konnte nicht zugestellt werden" from a parcel service (or its
        # look-alike): no report, no machine sender, no copy or id of any mail of ours
        return None

    hard = [f.address for f in failures if f.permanent]
    soft = [f.address for f in failures if not f.permanent]
    # when some recipients failed for good, those are the news; retries come back later
    failed = sorted(hard or soft)
    said = _status_text(blocks, report, failed)
    why = reason(said, report + "\n" + msg.subject)
    permanent = bool(hard) if failed else _stated_permanence(
        report + "\n" + msg.subject)
    if why == "mailbox_full" and permanent and _only_transient(blocks, failed):
        # "failed" after days of 4.2.2: this message is given up, but a full mailbox
        # empties, and the server itself called it temporary. (A 5.2.2 stays this
        # message's final failure; either way the address is not marked dead.)
        permanent = False
    forwarded = bool(_FORWARDED.match(msg.subject)) and not daemon
    # a refusal by a filter or policy changes nothing about any address (it is alive),
    # so even without a recipient it is only news for staff
    refusal = why in ("spam", "policy") and not forwarded
    sure = (bool(failed) or refusal) and how != "returned" and not forwarded
    note = ("" if sure else "bounce without a recognisable failed recipient" if not failed
            else "a bounce forwarded by a person: their own note may say more" if forwarded
            else "failed recipient taken from the returned message's To, not the report")
    if refusal:
        note = _refusal_note(why, said or report)
    late = why == "other" and unknown_after_data(said, report + "\n" + msg.subject)
    # the recipient's server refused the message after DATA and called the mailbox
    # unknown with its own addressing code ("550 5.1.1 ... No such user here (in reply
    # to end of DATA command)"): it had taken the recipient at RCPT TO, so a late lookup
    # (an alias table, a filter's answer) is less sure than a refusal there; a person
    # decides before the address is given up (the reading stays user_unknown). Words that
    # the account does not exist ("doesn't have a yahoo account") still kill it.
    taken_first = (why == "user_unknown" and bool(permanent) and bool(failed)
                   and _refused_at(report + "\n" + msg.subject) == {"data"}
                   and not _ACCOUNT_GONE.search(" ".join(report.split())))
    blocked = (why == "other" and bool(permanent) and bool(failed)
               and (_DISABLED.search(report) is not None or contradicted(said) or late))
    if blocked:
        # "the mailbox ... was blocked": not said to be gone, and a block may be lifted,
        # so the address is not marked dead and a person decides what to do with it
        note = ("the server's code says the mailbox exists (X.2.x), its words that it is "
                "unknown: a person decides" if contradicted(said) else
                "the recipient was refused as unknown only after the message was sent "
                "(after DATA), as filters also answer: a person decides" if late else
                "the mailbox is blocked or suspended, not said to be gone: a person decides")
    if taken_first and sure:
        note = ("the recipient's server took the message and only afterwards reported the "
                "mailbox unknown (after DATA): a person checks the address before it is "
                "given up")
    return Classification(
        kind=Kind.BOUNCE, confidence=0.95 if sure else 0.6,
        # an address guessed from the returned copy is shown to a person, not acted on
        needs_human=not sure or blocked or taken_first,
        reason=note, failed_recipients=tuple(failed),
        bounce_permanent=permanent, bounce_reason=why,
        original_message_id=_original_id(msg, blocks, returned)
        or _named_message_of_ours(text, ctx),
        language=text_language(report + "\n" + msg.subject) if failed else None,
    )


def _only_transient(blocks: list[dict[str, str]], failed: list[str]) -> bool:
    """Whether the failed recipients' Status codes are all of class 4 (transient)."""
    classes = {b.get("status", "").strip()[:1] for b in blocks if _recipient(b) in failed}
    return classes == {"4"}


def _status_text(blocks: list[dict[str, str]], report: str, failed: list[str]) -> str:
    """What the servers said of the failed recipients: their DSN blocks' Status and
    Diagnostic-Code, and the report's lines holding a reply code (every block's when the
    failed recipients are not known)."""
    # (a folded Diagnostic-Code is one line: "Access\n denied" is the server's "Access denied")
    said = [" ".join(f"{b.get('status', '')} {b.get('diagnostic-code', '')}".split())
            for b in blocks if not failed or _recipient(b) in failed]
    said += [line for line in _without_glosses(report.splitlines())
             if _STATUS_CODE.search(line) or _SMTP_CODE.search(line)]
    return "\n".join(x.strip() for x in said if x.strip())


def _without_glosses(lines: list[str]) -> list[str]:
    """A transcript's lines without the sending MTA's own summary of a refusal: Sendmail
    writes "550 5.1.1 <x>... User unknown" (or "554 5.0.0 Service unavailable") below the
    remote server's "<<< 550 5.7.1 IP address blacklisted" whatever that said: only the
    server's reply ("<<<") says why."""
    kept: list[str] = []
    after_reply = False
    for line in lines:
        text = line.strip()
        if not text:
            continue
        if text.startswith("<<<"):
            after_reply = True
        elif after_reply and _SMTP_CODE.match(text):
            continue
        else:
            after_reply = False
        kept.append(line)
    return kept


def _refusal_note(why: str, said: str) -> str:
    """The line staff read: rejected as spam or by policy, and the server's own words."""
    line = next((x.strip() for x in said.splitlines() if x.strip()), "")
    return (f"rejected {'as spam' if why == 'spam' else 'by the recipient’s policy'}"
            + (f": {line[:200]}" if line else "") + " (the address itself works)")


def _refers_to_ours(msg: ParsedMessage, blocks: list[dict[str, str]],
                    returned: Message | None, ctx: Context | None) -> bool:
    """Whether the report is about a message the bot sent (its id is known)."""
    if ctx is None:
        return False
    ids = [_original_id(msg, blocks, returned), msg.in_reply_to, *msg.references]
    # ... or named only in its prose ("Your message ID: <...>")
    return (any(i and ctx.facts.is_known_message(i) for i in ids)
            or _named_message_of_ours(full_text(msg), ctx) is not None)


_DELIVERY_TO = re.compile(r"(?:delivery|deliver(?:ing)?|zustellung|доставк\w*|pengiriman)\s+"
                          r"(?:to|an|für|для|на|ke(?:pada)?)\s+<?$", re.IGNORECASE)


# the server saying in one breath that it could not deliver to the address
_UNABLE_TO_DELIVER = re.compile(r"(?:unable|could ?not|couldn't|cannot|can't|failed) to deliver "
                                r"(?:(?:your|the|this) )?(?:message |mail |e-?mail )?to\s+<?$",
                                re.IGNORECASE)


def _own_delivery(address: str, line: str) -> bool:
    """The address comes right after "delivery to" in a sentence that says it failed or
    is delayed, or right after "unable to deliver your message to"."""
    at = line.find(address)
    if _UNABLE_TO_DELIVER.search(line[max(0, at - 60):at]):
        return True
    sentence_end = re.search(r"[.!?](?:\s|$)", line[at + len(address):])
    rest = line[at + len(address):][:sentence_end.start() if sentence_end else None]
    return bool(_DELIVERY_TO.search(line[max(0, at - 40):at])
                and (_BOUNCE_BODY.search(rest) or _TEMPORARY.search(rest)
                     or re.search(r"\bfailed|fehlgeschlagen|не удалась|gagal", rest,
                                  re.IGNORECASE)))


# a label naming the envelope's or the report's recipient ("RCPT TO:", "Recipient:")
_RECIPIENT_LABEL = re.compile(r"\b(?:rcpt to|(?:final[- ]|original[- ])?recipients?(?: address)?|"
                              r"empfänger|получател\w*|penerima)\s*(?:address)?\s*[:=]",
                              re.IGNORECASE)


def _evidenced(candidates: list[str], report: str, addressed: set[str], ours: bool,
               ctx: Context | None) -> list[str]:
    """The addresses of a report's words that evidence ties to the failure: named in a
    server's reply (a reply code on its line or in the lines below it, before the next
    address), listed on a line of its own (the report's list of failed recipients),
    named in a line saying the delivery failed or was refused, the returned copy's To,
    or, in a report about a message the bot sent, an address the bot writes to. Any other
    address in the prose (a helpdesk, a colleague to ask) is not a failed recipient."""
    lines = report.lower().splitlines()

    def coded(line: str) -> bool:
        return bool(_STATUS_CODE.search(line) or _SMTP_CODE.search(line))

    def tied(address: str) -> bool:
        for i, line in enumerate(lines):
            if address not in line:
                continue
            rest = _ADDRESS.sub(" ", line).strip(" \t<>'\":;,.-()[]")
            if (coded(line) or _RECIPIENT_LABEL.search(line)
                    # the report's per-recipient entry ("addr [User unknown]", "<addr>: ...")
                    or re.match(rf"[\s<'\"*-]*{re.escape(address)}\b", line)
                    # the server's own word on its delivery to it ("delivery to addr has
                    # been delayed / failed"), not a filter's prose about "your message"
                    or _own_delivery(address, line)
                    # a line of its own: the address, maybe a date or a code by it
                    or not rest or (re.fullmatch(r"[\w\s.:/-]{0,30}", rest) is not None
                                    and not re.search(r"[a-zа-я]{4,}", rest))):
                return True
            below = [x for x in lines[i + 1:i + 6] if x.strip()][:3]
            for x in below:
                if _ADDRESS.search(x):
                    break
                if coded(x):
                    return True
        return False

    return [a for a in candidates
            if tied(a) or a in addressed
            or (ours and ctx is not None and ctx.facts.is_contact(a))]


def _plausible(failures: list[_Failure], report: str, junk: set[str]) -> list[_Failure]:
    """flufl.bounce's heuristic detectors sometimes pick up the sender or a Message-ID:
    drop those, and prefer the addresses the report's own words name."""
    kept = [f for f in failures if f.address not in junk]
    named = [f for f in kept if f.address in report.lower()]
    return named or kept


def _message_id_tokens(text: str) -> set[str]:
    """Message ids a report writes (they hold an "@" but are no address): on a
    Message-ID line, or in angle brackets anywhere in the prose ("(идентификатор
    <2026...@example.com>)"): an address in brackets is a name's, after a name."""
    ids = {m.lower() for m in re.findall(r"message-id:\s*<?([^\s<>]+@[^\s<>]+?)>?\s*$",
                                         text, re.IGNORECASE | re.MULTILINE)}
    ids |= {m.group(1).lower() for m in _BRACKETED_ID.finditer(text)}
    return ids


# "<...@...>" not after a display name: "(id <20261201.0830.9d37@mx.example>)", where an
# address in brackets follows a name or a colon ("Anna <anna@...>", "To: <...>")
_BRACKETED_ID = re.compile(r"(?:[(\[]|\bid\w*\b[^<\n]{0,5}|идентификатор\w*[^<\n]{0,5})"
                           r"<([^\s<>@]+@[^\s<>]+)>", re.IGNORECASE)


_FORWARDED = subjects.prefix(replies=False, forwards=True)


def _is_auto_reply_only(msg: ParsedMessage) -> bool:
    return bool(AUTO_SUBJECT.search(msg.subject)) and not _BOUNCE_SUBJECT.search(msg.subject)



def read_mail(msg: ParsedMessage, ctx: Context, auth: bool | None) -> Classification | None:
    """The registry's entry (mailbot.reading.classify)."""
    return bounce(msg, ctx)

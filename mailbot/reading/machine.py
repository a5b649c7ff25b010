
"""Mail written by machines: bounces (DSNs and the non-standard kinds), read receipts
(MDNs and "Read:" notes) and auto-replies. Pure. Such mail is never answered.

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
A DSN that reports only success ("delivered", "relayed", "expanded") is not a bounce,
and neither is an ARF feedback report.

Read receipts. An RFC 8098 MDN whose disposition is "displayed" is a receipt, tied to
our message by Original-Message-ID (the report part), else In-Reply-To/References, else
the returned headers. The common non-standard receipts are recognised by subject prefix
("Read:", "Gelesen:", "Прочитано:", "Dibaca:", ...) or by their wording ("Your message
... was read on ..."). A notice that the message was deleted *unread* ("Not read:",
"Nicht gelesen:", "Не прочитано:", an MDN "deleted"/"denied"/"failed") is returned as a
read_receipt with needs_human=True: it is tied to the same invoice for staff to see, and
by the rule of needs_human it never marks the invoice read.

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

import base64
import binascii
import json
import logging
import quopri
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from email.message import Message
from email.parser import BytesHeaderParser, HeaderParser

from flufl.bounce import all_failures

from mailbot.reading import language
from mailbot.domain.values import Classification, Kind
from mailbot.reading.parse import ParsedMessage, message_ids
from mailbot.reading import dates

# flufl.bounce logs every exception of its detectors with a traceback before re-raising;
# _flufl() below catches them (malformed headers trip its Sina and Yale detectors) and
# the message is read by the other rules, so that is not news for the log
logging.getLogger("flufl.bounce").setLevel(logging.CRITICAL)

# ====================================================================== message text


def _decode(part: Message) -> str:
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        payload = part.get_payload()
        return payload if isinstance(payload, str) else ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, "replace")
    except LookupError:
        return data.decode("utf-8", "replace")


_TAG = re.compile(r"<(?:style|script)\b.*?</(?:style|script)>|<[^>]+>", re.IGNORECASE | re.DOTALL)
_ENTITIES = {"&nbsp;": " ", "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'"}


def _html_text(html: str) -> str:
    text = re.sub(r"<br\s*/?>|</p>|</div>|</tr>|</li>", "\n", html, flags=re.IGNORECASE)
    text = _TAG.sub(" ", text)
    for entity, char in _ENTITIES.items():
        text = text.replace(entity, char)
    return text


def _own_texts(part: Message) -> Iterator[str]:
    """The text of a message's own parts, in order; not of messages it carries
    (message/rfc822, text/rfc822-headers), nor of machine-readable report parts."""
    ctype = part.get_content_type()
    if part.is_multipart():
        if ctype.startswith("message/"):
            return
        subparts = [p for p in part.get_payload() if isinstance(p, Message)]
        if ctype == "multipart/alternative":
            plain = [p for p in subparts if p.get_content_type() == "text/plain"]
            subparts = plain or subparts[:1]
        for sub in subparts:
            yield from _own_texts(sub)
        return
    if ctype.startswith("message/") or ctype == "text/rfc822-headers":
        return
    if ctype.startswith("multipart/"):
        # a multipart whose boundary is lost (malformed or unfolded header): its raw body
        # is all there is to read
        yield _decode(part)
    elif ctype == "text/html":
        yield _html_text(_decode(part))
    elif ctype.startswith("text/"):
        yield _decode(part)


def _full_text(msg: ParsedMessage) -> str:
    if msg.source is None:
        return msg.text or _html_text(msg.html)
    try:
        return "\n".join(_own_texts(msg.source))
    except Exception:  # noqa: BLE001 - a broken MIME tree: fall back to mail-parser's text
        return msg.text or _html_text(msg.html)


# Where a bounce starts quoting the message it returns: the report is the text above.
_RETURNED = re.compile(
    r"^.{0,12}(?:-{2,}|\*{3,}|={3,}|_{3,}).{0,8}(?:original|returned|unsent|undelivered)"
    r"[ -](?:message|mail)|"
    r"^.{0,10}(?:original|returned|unsent) message (?:follows|headers?)|"
    r"^.{0,10}original message headers|"
    r"^.{0,40}(?:message headers|headers of the (?:original|returned) message) follow|"
    r"^.{0,20}(?:below (?:this line )?is a copy|this is a copy of (?:the|your) message|"
    r"a copy of the original message)|"
    r"^-+ ?(?:original|returned|unsent) message|"
    r"^.{0,20}(?:urspr[üu]ngliche[rn]? nachricht|original-?nachricht|исходное сообщение|"
    r"исходные заголовки|заголовки исходного сообщения|pesan asli)|"
    r"^(?:Received|Return-Path|Message-I[dD]|DKIM-Signature|X-Original-To):",
    re.IGNORECASE | re.MULTILINE,
)


def _split_report(text: str) -> tuple[str, str]:
    """(the bounce's own words, the copy of the returned message below them)."""
    m = _RETURNED.search(text)
    return (text[:m.start()], text[m.start():]) if m else (text, "")


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
_DAEMON_NAME = re.compile(
    r"mailer[- ]?daemon|mail delivery (?:system|subsystem|service)|postmaster|"
    r"mail (?:administrator|system)|system administrator|microsoft outlook|"
    r"mail deliver(?:y)? system|почтов\w+ (?:служба|система)|систем\w+ доставки|"
    r"e-?mail[- ]zustell|mail[- ]?server",
    re.IGNORECASE,
)


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


# ====================================================================== RFC 3464 blocks


@dataclass(frozen=True)
class _Failure:
    address: str
    permanent: bool


def _field_blocks(text: str) -> list[dict[str, str]]:
    """'Name: value' blocks separated by blank lines (RFC 3464 / 8098 report bodies),
    with folded lines unfolded. Lower-case names."""
    blocks: list[dict[str, str]] = []
    current: dict[str, str] = {}
    last = ""
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line.strip():
            if current:
                blocks.append(current)
            current, last = {}, ""
            continue
        if line[:1] in " \t" and last:
            current[last] += " " + line.strip()
            continue
        m = re.match(r"\s*([A-Za-z][\w-]*)\s*:\s?(.*)$", line)
        if m:
            last = m.group(1).lower()
            current.setdefault(last, m.group(2).strip())
        else:
            last = ""
    if current:
        blocks.append(current)
    return blocks


_REPORT_TYPES = ("message/delivery-status", "message/disposition-notification",
                 "message/global-delivery-status", "message/global-disposition-notification")


def _report_parts(part: Message | None) -> Iterator[Message]:
    """The machine-readable report parts of the message itself, not of a message it
    returns (a bounce of a bounce carries the first bounce's report inside)."""
    if part is None:
        return
    ctype = part.get_content_type()
    if ctype in _REPORT_TYPES:
        yield part
    elif part.is_multipart() and not ctype.startswith("message/"):
        for sub in part.get_payload():
            if isinstance(sub, Message):
                yield from _report_parts(sub)


def _report_blocks(msg: ParsedMessage) -> list[dict[str, str]]:
    """The field blocks of every message/delivery-status and
    message/disposition-notification part, however they were encoded."""
    blocks: list[dict[str, str]] = []
    for part in _report_parts(msg.source):
        payload = part.get_payload()
        encoding = (part.get("Content-Transfer-Encoding") or "").lower()
        if isinstance(payload, str) or encoding in ("base64", "quoted-printable"):
            blocks += _field_blocks(_decode(part) if isinstance(payload, str)
                                    else _rebuilt(payload, encoding))
            continue
        for block in payload if isinstance(payload, list) else ():
            if not isinstance(block, Message):
                continue
            if block.keys():
                blocks.append({k.lower(): str(v).strip() for k, v in block.items()})
            inner = block.get_payload()
            if isinstance(inner, str) and inner.strip():
                # a block the stdlib could not split: base64 (seen from Postfix behind a
                # Proofpoint relay) or text after a malformed line
                blocks += _field_blocks(_maybe_base64(inner))
    return [b for b in blocks if b]


def _rebuilt(payload: object, encoding: str) -> str:
    """A report part the stdlib split into header blocks although its body was
    transfer-encoded: put the raw body back together and decode it."""
    raw = "\n\n".join(b.as_string() if isinstance(b, Message) else str(b)
                       for b in (payload if isinstance(payload, list) else [payload]))
    if encoding == "base64":
        return _maybe_base64(raw)
    return quopri.decodestring(raw.encode("utf-8", "replace")).decode("utf-8", "replace")


def _maybe_base64(text: str) -> str:
    compact = re.sub(r"\s+", "", text)
    if not re.fullmatch(r"[A-Za-z0-9+/]+={0,2}", compact or "-"):
        return text
    try:
        return base64.b64decode(compact + "=" * (-len(compact) % 4)).decode("utf-8", "replace")
    except (binascii.Error, ValueError):
        return text


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

_BOUNCE_SUBJECT = re.compile(
    r"undeliver|undelivered|non[- ]?delivery|delivery (?:status notification|status|failure|"
    r"has failed|failed|report|problem|notification|error)|returned mail|returning message|"
    r"failure notice|mail delivery (?:failed|failure|error|system|problem|warning)|"
    r"delivery (?:delayed|warning)|delayed mail|could not (?:be )?(?:send|sent|deliver)|"
    r"mail system error|mail (?:error|failure)|error sending|not (?:be )?delivered|"
    r"nicht zustellbar|unzustellbar|zustellung (?:fehlgeschlagen|verzögert|gescheitert)|"
    r"nicht (?:zugestellt|übermittelt)|"
    r"tidak (?:dapat |bisa )?(?:terkirim|dikirim|disampaikan)|gagal (?:terkirim|dikirim)|"
    r"pengiriman gagal|pemberitahuan status pengiriman|"
    r"не доставлено|недоставленное|не удается доставить|не удалось доставить|"
    r"возвращ[её]нное (?:сообщение|письмо)|уведомление о (?:доставке|состоянии доставки)|"
    r"配信|送信(?:でき|失敗)|エラー|未達|"
    r"^warning:.{0,60}(?:could not|unknown|delayed)|smtp server: errors from",
    re.IGNORECASE,
)

_BOUNCE_BODY = re.compile(
    r"could ?n[o']t be (?:delivered|reached|sent)|(?:could|can)not be (?:delivered|reached)|"
    r"undeliverable|delivery (?:to the following recipients?|has) failed|failed to deliver|"
    r"(?:permanent|fatal|temporary) (?:fatal )?errors?|delivery (?:errors|notifications)|"
    r"(?:user|recipient|address|mailbox)(?: is)? (?:unknown|not found|unavailable|full|"
    r"disabled|rejected|does not exist)|unknown (?:user|recipient)|no such (?:user|mailbox|"
    r"recipient)|(?:was|were|has|have) not (?:been )?delivered|(?:wasn't|was not|couldn't) "
    r"(?:be )?delivered|unable to deliver|error (?:occurred )?(?:while )?(?:trying to )?"
    r"deliver|trouble delivering|wasn't able to deliver|did not reach|returned mail|"
    r"following (?:address(?:es)?|recipients?)[^\n]{0,40}(?:failed|errors|rejected|"
    r"could not)|address(?:es)? failed|recipient address rejected|message (?:was )?"
    r"(?:rejected|bounced)|mailbox (?:is )?full|quota exceeded|over quota|delivery is "
    r"delayed|has not (?:yet )?been delivered|delay(?:ed)? (?:in )?delivery|"
    r"could not deliver|not be delivered|address not found|host (?:not found|unknown)|"
    r"konnte nicht (?:zugestellt|übermittelt|ausgeliefert) werden|nicht zugestellt|"
    r"unzustellbar|zustellung (?:ist )?(?:fehlgeschlagen|gescheitert|verzögert)|"
    r"(?:empfänger|adresse|postfach)[^\n]{0,30}(?:nicht gefunden|existiert nicht|voll|"
    r"unbekannt)|"
    r"tidak (?:dapat|bisa) (?:dikirim|terkirim|disampaikan|dikirimkan)|tidak terkirim|"
    r"gagal (?:dikirim|terkirim)|alamat tidak ditemukan|pengiriman[^\n]{0,20}gagal|"
    r"kotak (?:surat|masuk) penuh|"
    r"не (?:может|могло|удалось|удается) (?:быть )?доставить|не (?:может|могло) быть "
    r"доставлено|не доставлено|не было доставлено|недоставлен|адрес не найден|"
    r"(?:ящик|адресат|получател\w*)[^\n]{0,30}(?:не существует|не найден|переполнен)|"
    r"доставка[^\n]{0,20}(?:не удалась|задерживается|отложена)|"
    r"配信でき|送信でき|届きません|宛先",
    re.IGNORECASE,
)

_TEMPORARY = re.compile(
    r"\bdelay(?:ed)?\b|will (?:continue to )?(?:be )?retr(?:y|ied)|will be retried|"
    r"still (?:be )?(?:trying|retrying)|retry(?:ing)? (?:for|until)|will keep trying|"
    r"temporar(?:y|ily)|\bdeferred\b|not yet been delivered|"
    r"warning message only|do not need to resend|no action is required|"
    r"will be retried|verzögert|wird (?:weiterhin|erneut) versucht|vorübergehend|"
    r"tertunda|ditunda|sementara|задерж|отложен|повторн\w+ попытк|временн",
    re.IGNORECASE,
)
# The MTA's own verdict that it gave up (qmail, Exim, Sendmail, ...): the message will not
# be delivered, even when the last SMTP answer was a 4xx.
_FINAL = re.compile(
    r"this is a permanent error|permanent fatal errors?|permanent (?:delivery )?failure|"
    r"i'?ve given up|i'?m not going to try again|gave up|giving up on|"
    r"dies ist ein permanenter fehler|permanenter fehler|"
    r"kesalahan permanen|постоянная ошибка",
    re.IGNORECASE,
)
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


# ====================================================================== recipients in text

_FROM_CONTEXT = re.compile(
    r"(?:(?<!expanded )\bfrom|\bsender|\bmail from|\benvelope-from|\bvon|"
    r"\bотправител\w*|\bpengirim|\bsent by|\breply-to|\bcc)\s*[:=]?\s*[\"']?[^\n<@]{0,40}?<?$",
    re.IGNORECASE,
)
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


def _returned_headers(msg: ParsedMessage, returned_text: str) -> Message | None:
    """The headers of the message that bounced: a DSN returns them in a message/rfc822 or
    text/rfc822-headers part (RFC 3464 section 2); other bounces paste them below the
    report."""
    for part in msg.source.walk() if msg.source is not None else ():
        ctype = part.get_content_type()
        if ctype == "message/rfc822" and part.is_multipart():
            inner = part.get_payload(0)
            if isinstance(inner, Message) and inner.keys():
                return inner
        elif ctype in ("text/rfc822-headers", "message/rfc822-headers"):
            data = part.get_payload(decode=True)
            headers = BytesHeaderParser().parsebytes(data if isinstance(data, bytes) else b"")
            if headers.keys():
                return headers
    if returned_text:
        # the pasted copy: from its first header line on
        m = re.search(r"^[A-Za-z][\w-]*:[ \t]", returned_text, re.MULTILINE)
        if m:
            headers = HeaderParser().parsestr(returned_text[m.start():], headersonly=True)
            if headers.keys():
                return headers
    return None


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


def bounce(msg: ParsedMessage) -> Classification | None:
    if msg.report_type == "feedback-report":
        return None  # an ARF abuse/opt-out report: not a delivery failure
    blocks = _report_blocks(msg)
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
    text = _full_text(msg)
    report, returned_text = _split_report(text)
    rejected_mdn = (mdn and _disposition(msg) in _NOT_READ
                    and bool(_BOUNCE_BODY.search(report)))
    daemon = _is_daemon(msg)
    subject = bool(_BOUNCE_SUBJECT.search(msg.subject))
    wording = bool(_BOUNCE_BODY.search(report) or _BOUNCE_BODY.search(msg.subject))
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
        inline, _ = _dsn_outcome(_field_blocks(report))
        failures = inline
    if not failures:
        failures = ses
    returned = _returned_headers(msg, returned_text)
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
        how = "flufl" if failures else how
    if not failures and (wording or rejected_mdn or (daemon and subject)):
        permanent = _permanence(report + "\n" + msg.subject)
        listed = [a.strip().lower() for a in (x_failed or "").split(",") if "@" in a]
        if not listed:
            listed = _text_recipients(report, ours)
            addressed = _header_addresses(returned, "To", "Cc")
            if len(listed) > 1 and addressed & set(listed):
                listed = [a for a in listed if a in addressed]
            if not listed and addressed and (daemon or subject) and (subject or wording):
                listed = sorted(addressed)
                how = "returned"
        failures = [_Failure(a, permanent) for a in listed[:10]]
    if not failures and not ((msg.report_type == "delivery-status" and blocks and not mdn)
                             or ((daemon or subject) and (subject or wording))):
        return None

    hard = [f.address for f in failures if f.permanent]
    soft = [f.address for f in failures if not f.permanent]
    # when some recipients failed for good, those are the news; retries come back later
    failed = sorted(hard or soft)
    forwarded = bool(_FORWARDED.match(msg.subject)) and not daemon
    sure = bool(failed) and how != "returned" and not forwarded
    reason = ("" if sure else "bounce without a recognisable failed recipient" if not failed
              else "a bounce forwarded by a person: their own note may say more" if forwarded
              else "failed recipient taken from the returned message's To, not the report")
    return Classification(
        kind=Kind.BOUNCE, confidence=0.95 if sure else 0.6,
        # an address guessed from the returned copy is shown to a person, not acted on
        needs_human=not sure,
        reason=reason, failed_recipients=tuple(failed),
        bounce_permanent=bool(hard) if failed else None,
        original_message_id=_original_id(msg, blocks, returned),
        language=_language(report + "\n" + msg.subject) if failed else None,
    )


def _plausible(failures: list[_Failure], report: str, junk: set[str]) -> list[_Failure]:
    """flufl.bounce's heuristic detectors sometimes pick up the sender or a Message-ID:
    drop those, and prefer the addresses the report's own words name."""
    kept = [f for f in failures if f.address not in junk]
    named = [f for f in kept if f.address in report.lower()]
    return named or kept


def _message_id_tokens(text: str) -> set[str]:
    return {m.lower() for m in re.findall(r"message-id:\s*<?([^\s<>]+@[^\s<>]+?)>?\s*$",
                                          text, re.IGNORECASE | re.MULTILINE)}


_FORWARDED = re.compile(r"\s*(?:fwd?|wg|tr|rv|пересл|fw)\s*:", re.IGNORECASE)


def _is_answer(subject: str) -> bool:
    """A person's answer quoting a bounce subject ("Re: Undeliverable: ...")."""
    return bool(re.match(r"\s*(?:re|aw|antw|ответ|balas)\s*:", subject, re.IGNORECASE))


def _is_auto_reply_only(msg: ParsedMessage) -> bool:
    return bool(_AUTO_SUBJECT.search(msg.subject)) and not _BOUNCE_SUBJECT.search(msg.subject)


# ====================================================================== read receipts

# An MDN saying the message was deleted unread (or could not be handled) is not a receipt:
# Dovecot, for one, rejects over-quota mail with such an MDN.
_NOT_READ = frozenset({"deleted", "denied", "failed"})

_RECEIPT_SUBJECT = re.compile(
    r"^\s*(?:(?:read|gelesen|прочитано|прочтено|dibaca|telah dibaca|lu|letto|leído|lido|"
    r"lida|gelezen|läst|lest|læst|luettu|odczytana|przeczytane|přečteno|okundu|"
    r"read[- ]receipt|lesebestätigung|уведомление о прочтении|開封済み|已读|已讀)\s*:|"
    r"return receipt\b)",
    re.IGNORECASE,
)
_NOT_READ_SUBJECT = re.compile(
    r"^\s*(?:not read|nicht gelesen|не прочитано|не прочтено|tidak dibaca|belum dibaca|"
    r"non lu|non letto|no leído|não lido|niet gelezen|ej läst|ulest|nieprzeczytane|"
    r"okunmadı|未開封|未读)\s*:",
    re.IGNORECASE,
)
# The whole of a non-standard receipt: "Your message <To/Subject/Sent> was read on <date>"
# (Outlook, in each language), "The message sent to x with subject y was read on ..."
_RECEIPT_BODY = re.compile(
    r"^\W*(?:your |the )?message\b.{0,400}?\bwas (?:read|displayed) (?:on|at)\b|"
    r"^\W*(?:ihre )?nachricht\b.{0,400}?\bwurde am\b.{0,80}?\bgelesen\b|"
    r"^\W*ваше (?:сообщение|письмо)\b.{0,400}?\bбыло прочитано\b|"
    r"^\W*pesan anda\b.{0,400}?\btelah dibaca\b",
    re.IGNORECASE | re.DOTALL,
)
_NOT_READ_BODY = re.compile(
    r"(?:was |were )?deleted without (?:being )?read|"
    r"ohne (?:gelesen zu werden|es zu lesen|sie zu lesen)[^\n]{0,20}gelöscht|"
    r"ungelesen gelöscht|"
    r"удалено без (?:прочтения|прочитывания)|не прочитав|"
    r"dihapus tanpa (?:dibaca|membaca)",
    re.IGNORECASE,
)


def _disposition(msg: ParsedMessage) -> str | None:
    """An MDN's disposition type: 'displayed', 'deleted', 'dispatched', 'processed'."""
    for block in _report_blocks(msg):
        m = re.search(r";\s*([a-z-]+)", block.get("disposition", "").lower())
        if m:
            return m.group(1)
    return None


def _receipt_original(msg: ParsedMessage) -> str | None:
    """The Message-ID of the message a receipt acknowledges."""
    for block in _report_blocks(msg):
        ids = message_ids(block.get("original-message-id"))
        if ids:
            return ids[0]
    if msg.in_reply_to:
        return msg.in_reply_to
    if msg.references:
        return msg.references[-1]
    _, returned_text = _split_report(_full_text(msg))
    returned = _returned_headers(msg, returned_text)
    if returned is not None:
        ids = message_ids(str(returned.get("Message-ID", "")))
        if ids and ids[0] != msg.message_id:
            return ids[0]
    return None


def read_receipt(msg: ParsedMessage) -> Classification | None:
    mdn = msg.report_type == "disposition-notification" or any(
        p.get_content_type().endswith("disposition-notification")
        for p in _report_parts(msg.source))
    text = ""
    if mdn:
        disposition = _disposition(msg)
        if disposition in _NOT_READ:
            return _not_read(msg, f"the receipt says the message was {disposition} unread")
        if disposition in ("dispatched", "processed"):
            return _not_read(msg, f"the receipt says the message was {disposition}, "
                                  "not that it was read")
        return Classification(kind=Kind.READ_RECEIPT, confidence=0.99, needs_human=False,
                              original_message_id=_receipt_original(msg),
                              language=_language(msg.subject + "\n" + msg.text[:600]))
    if _NOT_READ_SUBJECT.match(msg.subject):
        return _not_read(msg, "a 'not read' notice: deleted without being read")
    by_subject = bool(_RECEIPT_SUBJECT.match(msg.subject))
    if by_subject or not _is_answer(msg.subject):
        text = _full_text(msg)[:3000]
        if _NOT_READ_BODY.search(text):
            return _not_read(msg, "a 'not read' notice: deleted without being read")
    # by its words alone only when they are all the message says
    own = _split_report(text)[0].strip()
    if not (by_subject or (len(own) < 900 and _RECEIPT_BODY.search(own))):
        return None
    return Classification(kind=Kind.READ_RECEIPT, confidence=0.85 if by_subject else 0.75,
                          needs_human=False, original_message_id=_receipt_original(msg),
                          language=_language(msg.subject + "\n" + text[:600]))


def _not_read(msg: ParsedMessage, reason: str) -> Classification:
    return Classification(kind=Kind.READ_RECEIPT, confidence=0.9, needs_human=True,
                          reason=reason, original_message_id=_receipt_original(msg),
                          language=_language(msg.subject + "\n" + msg.text[:600]))


# ====================================================================== auto-replies

_AUTO_SUBJECT = re.compile(
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
        bool(_AUTO_SUBJECT.search(msg.subject)) and not _is_answer(msg.subject),
    ]
    weak = [
        auto not in ("no", "", "auto-replied"),  # auto-generated, auto-notified, ...
        msg.header("X-Auto-Response-Suppress") is not None,
        precedence in ("bulk", "junk"),
        (msg.header("Return-Path") or "").strip() == "<>",
    ]
    text = _full_text(msg)
    own = _unquoted(text)[:4000]
    body = bool(_AUTO_BODY.search(own))
    body_only = body and len(own) < 1500 and not _talks_about_paying(own)
    if not (any(strong) or body_only or (body and any(weak))):
        return None
    subject_and_body = f"{msg.subject}\n{own}"
    lang = _language(subject_and_body)
    return Classification(
        kind=Kind.AUTO_REPLY, confidence=0.95 if any(strong) else 0.75, needs_human=False,
        return_date=return_date(subject_and_body, msg.date, lang),
        original_message_id=msg.in_reply_to or (msg.references[-1] if msg.references
                                                 else None),
        language=lang,
    )


# ====================================================================== bulk mail


_CONVERSATION_SUBJECT = re.compile(
    r"\s*(?:re|aw|antw|sv|ответ|balas|fwd?|wg|tr|pesan terusan|пересл\w*)\s*(?:\[\d+\])?\s*:",
    re.IGNORECASE)


def bulk_mail(msg: ParsedMessage) -> Classification | None:
    """Newsletters and mailing-list mail: `other`, needing no human, never answered.

    Conservative, as it runs without the ledger's knowledge of clients and threads: only
    mail that says itself it is bulk (List-Id, List-Unsubscribe, or Precedence: bulk or
    list) and is not part of a conversation (no In-Reply-To or References, no "Re:" /
    "AW:" subject). Never a report (DSN, MDN), an auto-reply (decided before) or a mail
    client's one-click unsubscribe (a person's "stop"). A caller that knows the sender as
    a client or staff member should not call it."""
    if msg.content_type == "multipart/report" or msg.in_reply_to or msg.references:
        return None
    if msg.header("X-Apple-Unsubscribe") or _CONVERSATION_SUBJECT.match(msg.subject):
        return None
    auto = (msg.header("Auto-Submitted") or "").lower().split(";")[0].split("(")[0].strip()
    if auto == "auto-replied":
        return None
    precedence = (msg.header("Precedence") or msg.header("X-Precedence") or "").lower().strip()
    if not (msg.header("List-Id") or msg.header("List-Unsubscribe")
            or precedence in ("bulk", "list")):
        return None
    text = f"{msg.subject}\n{msg.text or _html_text(msg.html)}"
    return Classification(kind=Kind.OTHER, confidence=0.8, needs_human=False,
                          reason="bulk or mailing-list mail", language=_language(text))


def _unquoted(text: str) -> str:
    """The auto-reply's own words: without '>' quoted lines and what follows a
    forwarded/original-message separator (some responders quote the mail they answer)."""
    own, _ = _split_report(text)
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


# ====================================================================== language

def _language(text: str) -> str | None:
    """The language of a machine message's own words (None if empty)."""
    # a bilingual notice is in the language it opens with
    return language.detect(text[:600]) if text.strip() else None
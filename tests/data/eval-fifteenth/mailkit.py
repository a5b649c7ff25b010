"""Tiny deterministic MIME builder for the blind evaluation set (stdlib only).

Everything is derived from hashes of stable seeds, so two runs write identical bytes.
Internally lines end with LF; finish() converts the whole message to CRLF.
"""
from __future__ import annotations

import base64
import hashlib
import quopri
from datetime import datetime
from email.header import Header
from email.utils import format_datetime, formataddr

BOT = "ar@kestrel-print.com"
BOT_NAME = "Kestrel Print & Packaging – Accounts"
MX = "mx1.kestrel-print.com"


def h(seed: str, n: int = 12) -> str:
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def msgid(seed: str, domain: str) -> str:
    return f"<{h(seed, 16)}.{h(seed + '/2', 6)}@{domain}>"


def reminder_id(sent: str, seed: str) -> str:
    """Bot reminder Message-ID: <mb.YYYYMMDD.<12 hex>@ar.kestrel-print.com>."""
    return f"<mb.{sent[:10].replace('-', '')}.{h('rem:' + seed)}@ar.kestrel-print.com>"


def dt(s: str) -> datetime:
    """'2026-11-12 09:14 +0100' -> aware datetime."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def date_hdr(s: str) -> str:
    return format_datetime(dt(s))


def addr(name: str | None, a: str) -> str:
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset="utf-8")


def enc(value: str, charset: str = "utf-8") -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        try:
            value.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        return Header(value, charset, maxlinelen=76, header_name="Subject").encode(linesep="\n")


def fold(name: str, items: list[str], sep: str = " ") -> str:
    """Fold a long header made of items (e.g. References) one item per line."""
    return ("\n\t" if sep == " " else sep + "\n\t").join(items)


# ---------------------------------------------------------------- parts
# a part is (headers: list[(name, value)], body: bytes)

def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str | None = None,
         extra: list | None = None, format_flowed: bool = False):
    data = body.encode(charset)
    if cte is None:
        high = sum(b > 127 for b in data)
        if high == 0 and max(map(len, body.split("\n"))) < 900:
            cte = "7bit"
        elif high > len(data) * 0.3:
            cte = "base64"
        else:
            cte = "quoted-printable"
    if cte == "quoted-printable":
        payload = quopri.encodestring(data)
    elif cte == "base64":
        payload = base64.encodebytes(data)
    else:
        payload = data
    ct = f'text/{subtype}; charset="{charset}"'
    if format_flowed:
        ct += "; format=flowed"
    return ([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + (extra or []), payload)


def binary(data: bytes, ctype: str, filename: str | None = None, inline: bool = False):
    hs = []
    if filename:
        hs.append(("Content-Type", f'{ctype}; name="{filename}"'))
        hs.append(("Content-Disposition", f'{"inline" if inline else "attachment"}; filename="{filename}"'))
    else:
        hs.append(("Content-Type", ctype))
    hs.append(("Content-Transfer-Encoding", "base64"))
    return (hs, base64.encodebytes(data))


def raw_part(ctype: str, body: str, charset: str | None = None, cte: str = "7bit"):
    return ([("Content-Type", ctype), ("Content-Transfer-Encoding", cte)], body.encode(charset or "utf-8"))


def rfc822(message_bytes: bytes, headers_only: bool = False):
    m = message_bytes.replace(b"\r\n", b"\n")
    if headers_only:
        m = m.split(b"\n\n", 1)[0] + b"\n"
        return ([("Content-Type", "text/rfc822-headers"), ("Content-Transfer-Encoding", "7bit")], m)
    cte = "8bit" if any(b > 127 for b in m) else "7bit"
    return ([("Content-Type", "message/rfc822"), ("Content-Transfer-Encoding", cte),
             ("Content-Disposition", "inline")], m)


def multipart(subtype: str, parts: list, seed: str, params: str = ""):
    b = f"----=_Part_{h('b:' + seed, 10)}_{h('b2:' + seed, 8)}"
    out = b"This is a multi-part message in MIME format.\n"
    for p in parts:
        out += b"\n--" + b.encode() + b"\n" + render(p)
    out += b"\n--" + b.encode() + b"--\n"
    ct = f'multipart/{subtype};{(" " + params + ";") if params else ""}\n\tboundary="{b}"'
    return ([("Content-Type", ct)], out)


def render(part) -> bytes:
    hs, body = part
    head = "".join(f"{k}: {v}\n" for k, v in hs).encode("ascii")
    if not body.endswith(b"\n"):
        body += b"\n"
    return head + b"\n" + body


def finish(headers: list, part, mime: bool = True) -> bytes:
    hs = list(headers)
    if mime:
        hs.append(("MIME-Version", "1.0"))
    raw = render((hs + part[0], part[1]))
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


# ---------------------------------------------------------------- auth

def auth_results(from_domain: str, ok: bool = True, spf_domain: str | None = None,
                 server: str = MX, dkim: str | None = None, dmarc: str | None = None) -> str:
    spf = "pass" if ok else "fail"
    dk = dkim or ("pass" if ok else "fail")
    dm = dmarc or ("pass" if ok else "fail")
    sd = spf_domain or from_domain
    return (f"{server};\n\tspf={spf} smtp.mailfrom={sd};\n\tdkim={dk} header.d={from_domain} header.s=s1;\n"
            f"\tdmarc={dm} (p=reject dis={'none' if dm == 'pass' else 'reject'}) header.from={from_domain}")


def received(helo: str, ip: str, when: str, seed: str, to: str = BOT) -> str:
    return (f"from {helo} ({helo} [{ip}])\n\tby {MX} (Postfix) with ESMTPS id {h('q:' + seed, 10).upper()}\n"
            f"\tfor <{to}>; {date_hdr(when)}")


# ---------------------------------------------------------------- PDF

def _pdf_escape(s: str) -> bytes:
    b = s.encode("cp1252", errors="replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(lines: list[str], title: str = "Invoice") -> bytes:
    """A minimal but valid one-page PDF whose text can be extracted (Helvetica, WinAnsi)."""
    stream = b"BT\n/F1 10 Tf\n50 790 Td\n14 TL\n"
    for ln in lines:
        stream += b"(" + _pdf_escape(ln) + b") Tj T*\n"
    stream += b"ET\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Title (" + _pdf_escape(title) + b") /Producer (Kestrel PrintOffice 4.2) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                     "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def translit(s: str) -> str:
    out = []
    for c in s:
        lc = c.lower()
        if lc in TRANSLIT:
            t = TRANSLIT[lc]
            out.append(t.capitalize() if c != lc else t)
        else:
            out.append(c)
    return "".join(out).replace("№", "No.").replace("₽", "RUB")

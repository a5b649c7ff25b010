"""Tiny deterministic MIME writer for the blind16 set (stdlib only).

Everything that could vary (Message-IDs, boundaries) is derived from hashes of
a seed string, so running make.py twice gives byte-identical files.
"""
import base64
import hashlib
import quopri
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

BOT = "ar@harrowgate-cc.com"
BOT_NAME = "Harrowgate Cold Chain – Accounts Receivable"
MX = "mx1.harrowgate-cc.com"


def h(*seed, n=64):
    return hashlib.sha256("|".join(map(str, seed)).encode()).hexdigest()[:n]


def msgid(seed, domain):
    x = h("mid", seed)
    return f"<{x[:14]}.{x[14:22]}@{domain}>"


def reminder_id(day, seed):
    """day: 'YYYY-MM-DD'."""
    return f"<mb.{day.replace('-', '')}.{h('rem', seed, n=12)}@ar.harrowgate-cc.com>"


def tz(hours, minutes=0):
    return timezone(timedelta(hours=hours, minutes=minutes))


def dt(day, hm="10:00", off=0):
    """day 'YYYY-MM-DD', hm 'HH:MM', off = UTC offset in hours (float ok)."""
    y, m, d = map(int, day.split("-"))
    H, M = map(int, hm.split(":"))
    hrs = int(off)
    mins = int(round((off - hrs) * 60))
    return datetime(y, m, d, H, M, 0, tzinfo=tz(hrs, mins))


def date_hdr(when):
    return format_datetime(when)


def hdr(s, charset="utf-8"):
    """Encode a header value if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        try:
            s.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        return Header(s, charset, maxlinelen=76).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return formataddr((name, email), charset)


def addrs(*pairs):
    return ", ".join(addr(n, e) for n, e in pairs)


# ---------------------------------------------------------------- parts
class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body  # bytes

    def render(self):
        out = b""
        for k, v in self.headers:
            out += f"{k}: {v}\n".encode("ascii")
        return out + b"\n" + self.body


def _enc(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte == "7bit":
        data.decode("ascii")
    return data if data.endswith(b"\n") else data + b"\n"


def text(body, subtype="plain", charset="utf-8", cte=None, flowed=False, extra=None):
    data = body.replace("\r\n", "\n").encode(charset)
    if cte is None:
        try:
            data.decode("ascii")
            cte = "7bit"
        except UnicodeDecodeError:
            cte = "quoted-printable"
    ct = f"text/{subtype}; charset={charset}" if charset != "us-ascii" else f"text/{subtype}; charset=us-ascii"
    if flowed:
        ct += "; format=flowed"
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        hs += extra
    return Part(hs, _enc(data, cte))


def attachment(data, ctype, filename, inline=False):
    disp = "inline" if inline else "attachment"
    return Part(
        [
            ("Content-Type", f'{ctype}; name="{filename}"'),
            ("Content-Disposition", f'{disp}; filename="{filename}"'),
            ("Content-Transfer-Encoding", "base64"),
        ],
        base64.encodebytes(data),
    )


def raw_part(ctype, body, cte="7bit", extra=None):
    data = body.encode("utf-8") if isinstance(body, str) else body
    hs = [("Content-Type", ctype)]
    if cte:
        hs.append(("Content-Transfer-Encoding", cte))
    if extra:
        hs += extra
    return Part(hs, data if data.endswith(b"\n") else data + b"\n")


def multipart(subtype, parts, seed, params=""):
    b = "----=_HCC_" + h("bnd", seed, subtype, n=24)
    ct = f'multipart/{subtype}; boundary="{b}"' + (f"; {params}" if params else "")
    body = b"This is a multi-part message in MIME format.\n\n" if subtype in ("mixed", "report") else b""
    for p in parts:
        body += f"--{b}\n".encode() + p.render() + b"\n"
    body += f"--{b}--\n".encode()
    return Part([("Content-Type", ct)], body)


def message(headers, part):
    """headers: list of (name, value) already encoded; returns bytes."""
    out = b""
    for k, v in headers:
        if v is None:
            continue
        out += f"{k}: {v}\n".encode("ascii")
    out += b"MIME-Version: 1.0\n"
    return out + part.render()


def auth_results(domain, spf="pass", dkim="pass", dmarc="pass", server=MX, mailfrom=None):
    mf = mailfrom or ("bounces@" + domain)
    return (
        f"{server};\n\tspf={spf} smtp.mailfrom={mf};\n\tdkim={dkim} header.d={domain} header.s=s1;\n"
        f"\tdmarc={dmarc} (p=REJECT) header.from={domain}"
    )


def received(frm_host, ip, by, when, with_="ESMTPS", idseed=""):
    return (
        f"from {frm_host} ({frm_host} [{ip}])\n\tby {by} with {with_} id {h('rcv', idseed, when, n=12).upper()}\n"
        f"\tfor <{BOT}>; {date_hdr(when)}"
    )


# ---------------------------------------------------------------- PDF
def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, title="Invoice"):
    """A minimal, valid one-page PDF whose text layer holds `lines` (cp1252)."""
    ops = ["BT", "/F1 10 Tf", "13 TL", "50 800 Td"]
    for ln in lines:
        ops.append(f"({_pdf_esc(ln)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (Harrowgate billing) >>" % _pdf_esc(title)).encode("cp1252"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def quote(text_, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text_.strip("\n").split("\n"))

"""Tiny deterministic MIME writer for the blind evaluation set (stdlib only).

Everything is built by hand so that charsets, transfer encodings, boundaries,
header order and line endings are exactly what the scenario wants.
"""
from __future__ import annotations

import base64
import hashlib
import quopri
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

BOT = "ar@wrenfield-vet.com"
BOT_NAME = "Wrenfield AR"
AUTHSERV = "mx.wrenfield-vet.com"

COLUMNS = ("file,kind,language,invoice_numbers,amount,currency,issue_date,due_date,"
           "payment_terms_days,intent,promised_date,return_date,failed_recipients,"
           "bounce_permanent,original_message_id,needs_human,bounce_reason,challenge,"
           "payment_date,payment_full,allocations,note").split(",")


def h(*parts: object, n: int = 12) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


# ---------------------------------------------------------------- headers
KOI8_FIX = str.maketrans({"№": "N", "«": '"', "»": '"', "—": "-", "–": "-", "ё": "ё", "₽": "руб.", "₸": "тг"})


def fix(s: str, cs: str) -> str:
    """Characters a koi8-r mailer cannot carry are downgraded the way real clients do."""
    return s.translate(KOI8_FIX) if cs.lower() == "koi8-r" else s


def addr(name: str | None, email: str, cs: str = "utf-8") -> str:
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((fix(name, cs), email), charset=cs)


def enc(s: str, cs: str = "utf-8") -> str:
    """RFC 2047 encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(fix(s, cs), cs, maxlinelen=76).encode()


def tzinfo(tz: str) -> timezone:
    sign = 1 if tz[0] == "+" else -1
    return timezone(sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))


def dt(s: str, tz: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tzinfo(tz))


def rfcdate(s: str, tz: str) -> str:
    return format_datetime(dt(s, tz))


def msgid(seed: str, domain: str, style: str = "plain") -> str:
    x = h("mid", seed, n=40)
    if style == "outlook":
        return f"<{x[:4].upper()}PR0{x[4:5].upper()}MB{x[5:9].upper()}{x[9:30].upper()}@{domain}>"
    if style == "gmail":
        return f"<CA+{base64.b64encode(bytes.fromhex(x[:30])).decode().replace('/', '_')}@mail.gmail.com>"
    if style == "apple":
        u = x[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if style == "yandex":
        return f"<{int(x[:10], 16) % 10**7}{int(x[10:14], 16)}@{domain}>"
    return f"<{x[:16]}.{x[16:24]}@{domain}>"


def boundary(seed: str, style: str = "plain") -> str:
    x = h("bnd", seed, n=32)
    if style == "outlook":
        return f"_000_{x[:20].upper()}_"
    if style == "gmail":
        return "0000000000" + x[:18]
    if style == "apple":
        u = x.upper()
        return f"Apple-Mail=_{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}"
    if style == "thunderbird":
        return "------------" + x[:24]
    if style == "nextpart":
        return f"----=_NextPart_000_{x[:4].upper()}_{x[4:12].upper()}.{x[12:20].upper()}"
    return f"=_{x[:24]}"


def ar(domain: str | None, dkim: str = "pass", spf: str = "pass", dmarc: str = "pass",
       helo: str | None = None, selector: str = "s1", extra: str = "") -> str:
    """Authentication-Results written by our own MX."""
    if domain is None:  # null sender (bounces)
        return (f"{AUTHSERV};\n\tspf=pass smtp.helo={helo or 'mail.example.net'};"
                f"\n\tdkim=none; dmarc=none")
    parts = []
    if dkim == "none":
        parts.append("dkim=none")
    else:
        parts.append(f"dkim={dkim} header.d={domain} header.s={selector}")
    parts.append(f"spf={spf} smtp.mailfrom={domain}")
    if dmarc == "none":
        parts.append(f"dmarc=none header.from={domain}")
    else:
        pol = "p=reject" if dmarc == "fail" else "p=quarantine"
        parts.append(f"dmarc={dmarc} ({pol} dis=none) header.from={domain}")
    s = f"{AUTHSERV};\n\t" + ";\n\t".join(parts)
    if extra:
        s += extra
    return s


def received(from_host: str, ip: str, when: str, tz: str, seed: str) -> str:
    d = dt(when, tz).astimezone(timezone.utc)
    return (f"from {from_host} ({from_host} [{ip}])\n\tby {AUTHSERV} (Postfix) with ESMTPS id "
            f"{h('q', seed, n=10).upper()}\n\tfor <{BOT}>; {format_datetime(d)}")


# ---------------------------------------------------------------- parts
class Part:
    def render(self) -> tuple[list[str], bytes]:
        raise NotImplementedError


def _cte_encode(raw: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
        return out if out.endswith(b"\n") else out + b"=\n"
    if not raw.endswith(b"\n"):
        raw += b"\n"
    return raw


class Leaf(Part):
    def __init__(self, ctype: str, raw: bytes, cte: str = "base64", params: str = "",
                 disp: str | None = None, extra: list[tuple[str, str]] | None = None):
        self.ctype, self.raw, self.cte, self.params = ctype, raw, cte, params
        self.disp, self.extra = disp, extra or []

    def render(self) -> tuple[list[str], bytes]:
        hs = [f"Content-Type: {self.ctype}{self.params}"]
        if self.cte:
            hs.append(f"Content-Transfer-Encoding: {self.cte}")
        if self.disp:
            hs.append(f"Content-Disposition: {self.disp}")
        hs += [f"{k}: {v}" for k, v in self.extra]
        return hs, _cte_encode(self.raw, self.cte or "7bit")


def text(s: str, sub: str = "plain", cs: str = "utf-8", cte: str = "quoted-printable",
         disp: str | None = None, fmt: str = "", extra=None) -> Leaf:
    if not s.endswith("\n"):
        s += "\n"
    s = fix(s, cs)
    params = f'; charset="{cs}"' if cs != "us-ascii-noparam" else ""
    if fmt:
        params += f"; {fmt}"
    raw = s.encode(cs if cs != "us-ascii-noparam" else "ascii")
    if cte in ("7bit",):
        raw.decode("ascii")
    return Leaf(f"text/{sub}", raw, cte, params, disp, extra)


def html(s: str, cs: str = "utf-8", cte: str = "quoted-printable", **kw) -> Leaf:
    return text(s, "html", cs, cte, **kw)


def attach(data: bytes, ctype: str, filename: str, cte: str = "base64", inline: bool = False,
           name_param: bool = True) -> Leaf:
    params = f'; name="{filename}"' if name_param else ""
    kind = "inline" if inline else "attachment"
    return Leaf(ctype, data, cte, params, f'{kind}; filename="{filename}"')


class Multi(Part):
    def __init__(self, sub: str, *parts: Part, seed: str = "", style: str = "plain",
                 params: str = "", preamble: str | None = None):
        self.sub, self.parts, self.params = sub, parts, params
        self.bnd = boundary(seed + sub + str(len(parts)), style)
        self.preamble = preamble

    def render(self) -> tuple[list[str], bytes]:
        hs = [f'Content-Type: multipart/{self.sub};{self.params}\n\tboundary="{self.bnd}"']
        out = b""
        if self.preamble is not None:
            out += self.preamble.encode("ascii") + b"\n\n"
        for p in self.parts:
            ph, pb = p.render()
            out += b"--" + self.bnd.encode() + b"\n" + "\n".join(ph).encode("ascii") + b"\n\n" + pb
            if not pb.endswith(b"\n"):
                out += b"\n"
        out += b"--" + self.bnd.encode() + b"--\n"
        return hs, out


def build(headers: list[tuple[str, str]], body: Part, eol: str = "\n", mime_version: bool = True) -> bytes:
    lines = [f"{k}: {v if v.isascii() else enc(v)}" for k, v in headers]
    if mime_version and not any(k.lower() == "mime-version" for k, _ in headers):
        lines.append("MIME-Version: 1.0")
    bh, bb = body.render()
    raw = "\n".join(lines + bh).encode("ascii") + b"\n\n" + bb
    if eol == "\r\n":
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


# ---------------------------------------------------------------- PDF
def _pdfstr(s: str) -> bytes:
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf(lines: list, title: str = "Invoice", created: str = "20261102090000") -> bytes:
    """One-page PDF with uncompressed, extractable Helvetica text.

    lines: str (10 pt) or (size, str) or (size, str, bold) or "" for a blank line."""
    ops = [b"BT", b"50 800 Td"]
    y_lead = 14
    for ln in lines:
        size, s, bold = 10, ln, False
        if isinstance(ln, tuple):
            size, s = ln[0], ln[1]
            bold = len(ln) > 2 and ln[2]
        font = b"/F2" if bold else b"/F1"
        ops.append(font + b" %d Tf" % size)
        if s:
            ops.append(_pdfstr(s) + b" Tj")
        ops.append(b"0 -%d Td" % max(y_lead, size + 4))
    ops.append(b"ET")
    stream = b"\n".join(ops) + b"\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Title " + _pdfstr(title) + b" /Producer (Wrenfield Billing 4.2) /CreationDate (D:" + created.encode() + b"Z) >>",
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
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


# ---------------------------------------------------------------- small helpers
def quote(s: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in s.strip("\n").split("\n"))


def money(x: float, style: str) -> str:
    s = f"{x:,.2f}"
    if style == "en":
        return s
    if style == "de":
        return s.replace(",", "X").replace(".", ",").replace("X", ".")
    if style == "ch":
        return s.replace(",", "'")
    if style == "id":  # rupiah: no decimals
        return f"{x:,.0f}".replace(",", ".")
    if style == "ru":
        return s.replace(",", "\u00a0").replace(".", ",")
    if style == "ru0":
        return f"{x:,.0f}".replace(",", "\u00a0")
    raise ValueError(style)


def d(s: str) -> date:
    return date.fromisoformat(s)


class Reminder:
    def __init__(self, desk: str, sent: str, recipient: str, name: str, invoices: list[str],
                 amounts: list[float], currency: str, due: list[str], lang: str, subject: str, salutation: str = ""):
        self.desk, self.sent, self.recipient, self.name = desk, sent, recipient, name
        self.invoices, self.amounts, self.currency, self.due = invoices, amounts, currency, due
        self.lang, self.subject, self.salutation = lang, subject, salutation
        self.id = f"<mb.{sent.replace('-', '')}.{h('rem', desk, sent, recipient, invoices)}@ar.wrenfield-vet.com>"
        self.bare = self.id[1:-1]

    def row(self) -> list[str]:
        return [self.id, self.sent, self.recipient, ";".join(self.invoices),
                ";".join(f"{a:.2f}" for a in self.amounts), self.currency, ";".join(self.due)]

    @property
    def total(self) -> float:
        return round(sum(self.amounts), 2)


class Msg:
    def __init__(self, desk: str, n: int, slug: str, raw: bytes, label: dict):
        bad = set(label) - set(COLUMNS)
        if bad:
            raise ValueError(f"{desk}/{n} unknown label keys {bad}")
        self.file = f"{desk}/{n:02d}_{slug}.eml"
        self.raw, self.label = raw, dict(label)
        self.label["file"] = self.file


def L(kind: str, language: str, **kw) -> dict:
    out = {"kind": kind, "language": language}
    for k, v in kw.items():
        if isinstance(v, bool):
            v = "true" if v else "false"
        elif isinstance(v, float):
            v = f"{v:.2f}"
        elif isinstance(v, (list, tuple)):
            v = ";".join(v)
        out[k] = "" if v is None else str(v)
    return out


def ip(seed: str) -> str:
    x = bytes.fromhex(h("ip", seed, n=8))
    return f"{x[0] % 200 + 20}.{x[1]}.{x[2]}.{x[3] % 250 + 2}"


def domain_of(a: str) -> str:
    from email.utils import parseaddr
    return parseaddr(a)[1].split("@")[-1].lower()


def mail(seed: str, *, frm: str, to: str, subject: str, date: str, tz: str, body: Part,
         cc: str | None = None, auth: str | None = None, host: str | None = None,
         mid: str | None = None, mid_style: str = "plain", irt: str | None = None,
         refs: str | None = None, extra: list[tuple[str, str]] | None = None,
         top: list[tuple[str, str]] | None = None, eol: str = "\n", subj_cs: str = "utf-8",
         reply_to: str | None = None, mime_version: bool = True, order: str = "std") -> bytes:
    dom = domain_of(frm)
    hs: list[tuple[str, str]] = [("Authentication-Results", auth or ar(dom))]
    hs.append(("Received", received(host or f"mail.{dom}", ip(seed), date, tz, seed)))
    hs += top or []  # headers that arrived with the message (below our own trace headers)
    m = mid or msgid(seed, dom if mid_style != "outlook" else dom.upper().replace(".", "") + ".PROD.OUTLOOK.COM", mid_style)
    if mid_style == "outlook" and not mid:
        m = msgid(seed, "EUR0" + h("o", seed, n=1) + ".prod.outlook.com", "outlook")
    core = [("From", frm), ("To", to)]
    if cc:
        core.append(("Cc", cc))
    if reply_to:
        core.append(("Reply-To", reply_to))
    core += [("Subject", enc(subject, subj_cs)), ("Date", rfcdate(date, tz)), ("Message-ID", m)]
    if irt:
        core.append(("In-Reply-To", irt))
    if refs:
        core.append(("References", refs))
    if order == "outlook":  # Outlook puts Subject/Thread-Topic earlier, Date before From
        core = sorted(core, key=lambda kv: ["Date", "Message-ID", "From", "To", "Cc", "Reply-To", "Subject",
                                           "In-Reply-To", "References"].index(kv[0]))
    hs += core + (extra or [])
    return build(hs, body, eol, mime_version)

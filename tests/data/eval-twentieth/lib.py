"""Builders for the blind evaluation set: raw RFC 5322 messages, MIME parts,
minimal PDFs, reminders. Standard library only; everything deterministic."""
import base64
import datetime as _dt
import email.utils
import hashlib
import quopri
from zoneinfo import ZoneInfo

DOMAIN = "norrvik-cold.com"
BOT = "ar@norrvik-cold.com"
BOT_NAME = "Norrvik Cold Systems - Accounts Receivable"
AUTHSERV = "mx1.norrvik-cold.com"


def hx(*parts, n=12):
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


# ---------------------------------------------------------------- dates
def when(local, tz):
    """local 'YYYY-MM-DD HH:MM[:SS]'; tz an IANA name or '+HHMM'."""
    d = _dt.datetime.fromisoformat(local)
    if tz[0] in "+-":
        sign = 1 if tz[0] == "+" else -1
        off = _dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
        return d.replace(tzinfo=_dt.timezone(off))
    return d.replace(tzinfo=ZoneInfo(tz))


def rfcdate(local, tz):
    return email.utils.format_datetime(when(local, tz))


# ---------------------------------------------------------------- headers
def enc(s, cs="utf-8", method="B"):
    """RFC 2047 encoded-words, split on character boundaries, folded."""
    if all(ord(c) < 128 for c in s) and method != "force":
        return s
    if method == "force":
        method = "B"
    words, cur = [], ""
    limit = 40 if method == "B" else 30

    def flush(chunk):
        raw = chunk.encode(cs)
        if method == "B":
            payload = base64.b64encode(raw).decode()
        else:
            payload = ""
            for b in raw:
                ch = chr(b)
                if ch.isalnum() and b < 128:
                    payload += ch
                elif ch == " ":
                    payload += "_"
                else:
                    payload += "=%02X" % b
        return "=?%s?%s?%s?=" % (cs, method, payload)

    for c in s:
        if len((cur + c).encode(cs)) > limit and cur:
            words.append(flush(cur))
            cur = ""
        cur += c
    if cur:
        words.append(flush(cur))
    return "\n ".join(words)


def addr(name, mail, cs="utf-8"):
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()<>@"[]'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), mail)
        return "%s <%s>" % (name, mail)
    # display names: one encoded-word only (adjacent encoded-words inside a
    # phrase are decoded with a spurious space by some parsers)
    word = "=?%s?B?%s?=" % (cs, base64.b64encode(name.encode(cs)).decode())
    if len(word) > 75 and cs == "utf-8":
        try:
            word = "=?windows-1251?B?%s?=" % base64.b64encode(name.encode("windows-1251")).decode()
        except UnicodeEncodeError:
            pass
    if len(word) > 75:
        raise ValueError("display name too long for one encoded-word: %r (%s)" % (name, cs))
    return "%s <%s>" % (word, mail)


def dom(address):
    return address.rsplit("@", 1)[1].rstrip(">")


def ar(frm_domain, dkim="pass", spf="pass", dmarc="pass", dkim_d=None, mailfrom=None, extra=""):
    """Authentication-Results value as our MX writes it."""
    dkim_d = dkim_d or frm_domain
    mailfrom = mailfrom or ("bounces@" + frm_domain)
    parts = [AUTHSERV]
    if dkim == "none":
        parts.append("dkim=none")
    else:
        parts.append("dkim=%s header.d=%s header.s=s1 header.b=%s" % (dkim, dkim_d, hx("b", frm_domain, dkim)[:8]))
    if mailfrom == "<>":
        parts.append("spf=%s smtp.helo=%s" % (spf, frm_domain))
    else:
        parts.append("spf=%s smtp.mailfrom=%s" % (spf, mailfrom))
    if dmarc == "none":
        parts.append("dmarc=none header.from=%s" % frm_domain)
    else:
        pol = "(p=REJECT sp=REJECT dis=NONE)" if dmarc == "pass" else "(p=QUARANTINE sp=NONE dis=QUARANTINE)"
        parts.append("dmarc=%s %s header.from=%s" % (dmarc, pol, frm_domain))
    if extra:
        parts.append(extra)
    return ";\n\t".join(parts)


# ---------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body  # bytes

    def bytes(self):
        out = b""
        for n, v in self.headers:
            out += ("%s: %s\n" % (n, v)).encode("ascii")
        return out + b"\n" + self.body


def _cte_encode(data, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte in ("8bit", "7bit"):
        if cte == "7bit":
            data.decode("ascii")
        return data
    raise ValueError(cte)


def text(s, sub="plain", cs="utf-8", cte="quoted-printable", flowed=False, extra=None, name=None):
    data = s.encode(cs)
    if not data.endswith(b"\n"):
        data += b"\n"
    ct = "text/%s; charset=%s" % (sub, cs if cs != "utf-8" else "UTF-8")
    if flowed:
        ct += "; format=flowed"
    if cte == "auto":
        try:
            data.decode("ascii")
            cte = "7bit"
        except UnicodeDecodeError:
            cte = "quoted-printable"
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if name:
        hdrs.append(("Content-Disposition", 'inline; filename="%s"' % name))
    hdrs += extra or []
    return Part(hdrs, _cte_encode(data, cte))


def multi(sub, parts, seed, params="", preamble=""):
    b = "=_nv_" + hx("boundary", seed, sub, len(parts), n=20)
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n"
    for p in parts:
        pb = p.bytes()
        if not pb.endswith(b"\n"):
            pb += b"\n"
        body += b"\n--" + b.encode() + b"\n" + pb if body else b"--" + b.encode() + b"\n" + pb
    body += b"\n--" + b.encode() + b"--\n"
    ct = 'multipart/%s;\n\tboundary="%s"' % (sub, b)
    if params:
        ct = "multipart/%s; %s;\n\tboundary=\"%s\"" % (sub, params, b)
    return Part([("Content-Type", ct)], body)


def attach(data, ctype, filename, cte="base64", inline=False, fn_enc=None):
    disp = "inline" if inline else "attachment"
    fn = filename if fn_enc is None else fn_enc
    return Part(
        [
            ("Content-Type", '%s; name="%s"' % (ctype, fn)),
            ("Content-Transfer-Encoding", cte),
            ("Content-Disposition", '%s; filename="%s"' % (disp, fn)),
        ],
        _cte_encode(data, cte),
    )


def raw_part(ctype, s, cte="7bit", extra=None):
    data = s.encode("ascii" if cte == "7bit" else "utf-8")
    if not data.endswith(b"\n"):
        data += b"\n"
    return Part([("Content-Type", ctype)] + ([("Content-Transfer-Encoding", cte)] if cte else []) + (extra or []), data)


# ---------------------------------------------------------------- messages
def msgid(seed, domain):
    return "<%s.%s@%s>" % (hx("mid", seed, n=16), hx("mid2", seed, n=6), domain)


def mail(seed, frm, to, subject, date, body, *, auth, cc=None, irt=None, refs=None, mid=None,
         extra=None, received=None, delivered_to=False, hcs="utf-8", hmethod="B", crlf=False,
         reply_to=None, mime=True, top_extra=None):
    """Assemble a full message. frm/to are already formatted address strings."""
    frm_mail = frm.split("<")[-1].rstrip(">").strip()
    mid = mid or msgid(seed, dom(frm_mail))
    h = [("Authentication-Results", auth)]
    if delivered_to:
        h.append(("Delivered-To", BOT))
    h += top_extra or []
    if received is None:
        host = dom(frm_mail)
        if host.split(".")[0] not in ("mx", "mx1", "mx2", "out1", "mail", "smtp", "mta"):
            host = "mail." + host
        received = "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            host, host, "198.51.100.%d" % (int(hx("ip", seed, n=2), 16) % 200 + 20),
            AUTHSERV, hx("qid", seed, n=10).upper(), BOT, date)
    if received:
        h.append(("Received", received))
    h.append(("From", frm))
    if to is not None:
        h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("Subject", enc(subject, hcs, hmethod)))
    h.append(("Date", date))
    h.append(("Message-ID", mid))
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", "\n ".join(refs) if isinstance(refs, list) else refs))
    h += extra or []
    out = b""
    for n, v in h:
        out += ("%s: %s\n" % (n, v)).encode("ascii")
    if mime:
        out += b"MIME-Version: 1.0\n"
    out += body.bytes()
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


# ---------------------------------------------------------------- PDF
def pdf(lines, seed, title="Invoice"):
    """Minimal single-page PDF, Helvetica, WinAnsiEncoding; lines = [(x, y, size, text)]."""
    def esc(s):
        out = ""
        for ch in s:
            b = ch.encode("cp1252")
            if ch in "\\()":
                out += "\\" + ch
            elif b[0] >= 128:
                out += "\\%03o" % b[0]
            else:
                out += ch
        return out

    content = "BT\n"
    for x, y, size, t in lines:
        content += "/F1 %d Tf\n1 0 0 1 %d %d Tm\n(%s) Tj\n" % (size, x, y, esc(t))
    content += "ET\n"
    cbytes = content.encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cbytes) + cbytes + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ("<< /Title (%s) /Producer (Norrvik DocGen 2.3) /CreationDate (D:20241001090000Z) >>" % esc(title)).encode("ascii"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, hx("pdfid", seed, n=32).encode(), hx("pdfid", seed, n=32).encode(), xref)
    return out


def pdf_text_lines(rows, top=790, left=56, size=10, step=15):
    out = []
    y = top
    for r in rows:
        if r is None:
            y -= step
            continue
        sz = size
        if isinstance(r, tuple):
            sz, r = r
        out.append((left, y, sz, r))
        y -= step if sz <= 11 else step + 8
    return out


# ---------------------------------------------------------------- reminders
REMINDERS = []


class Reminder:
    def __init__(self, desk, key, local, tz, to, items, cur, lang, name=""):
        self.desk, self.key, self.to, self.items, self.cur, self.lang, self.name = desk, key, to, items, cur, lang, name
        self.when = when(local, tz)
        self.date = email.utils.format_datetime(self.when)
        self.id = "<mb.%s.%s@ar.%s>" % (self.when.strftime("%Y%m%d"), hx("rem", desk, key), DOMAIN)
        REMINDERS.append(self)

    @property
    def invoices(self):
        return [i[0] for i in self.items]

    def inv_label(self):
        return ";".join(self.invoices)


def png(seed, w=24, h=16):
    """A small valid grayscale PNG (stands in for a photographed transfer slip)."""
    import struct
    import zlib

    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)

    raw = b""
    base = int(hx("png", seed, n=2), 16)
    for y in range(h):
        raw += b"\x00" + bytes((base + x * 7 + y * 3) % 256 for x in range(w))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

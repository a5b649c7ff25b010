"""Shared helpers for the blind21 evaluation set (stdlib only, deterministic)."""
import base64
import hashlib
import quopri
from datetime import datetime
from email.header import Header
from email.utils import formataddr, format_datetime

DOM = "kettlebrook-scaffold.co.uk"
BOT = "ar@" + DOM
AUTHSERV = "mx1." + DOM
FIELDS = ("file,kind,language,invoice_numbers,amount,currency,issue_date,due_date,"
          "payment_terms_days,intent,promised_date,return_date,failed_recipients,"
          "bounce_permanent,original_message_id,needs_human,bounce_reason,challenge,"
          "payment_date,payment_full,allocations,note").split(",")


def hx(key, n=16):
    return hashlib.sha256(key.encode()).hexdigest()[:n]


def rid(date, key):
    """Reminder Message-ID minted by the bot."""
    return f"<mb.{date.replace('-', '')}.{hx('rem:' + key, 12)}@ar.{DOM}>"


def mid(key, domain):
    return f"<{hx('mid:' + key, 20)}@{domain}>"


def when(s):
    """'2024-11-14 23:52 -0500' -> RFC 5322 date."""
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M %z"))


def ares(domain, dkim="pass", spf="pass", dmarc="pass", dkim_d=None):
    d = dkim_d or domain
    return (f"{AUTHSERV};\r\n\tdkim={dkim} header.d={d} header.s=s2024;\r\n"
            f"\tspf={spf} smtp.mailfrom={domain};\r\n\tdmarc={dmarc} header.from={domain}")


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    return formataddr((name, a), charset=cs)


def enc(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        try:
            s.encode(cs)
        except (UnicodeEncodeError, LookupError):
            cs = "utf-8"
        return Header(s, cs).encode(maxlinelen=76, linesep="\r\n")


def text(body, sub="plain", cs="utf-8", cte="quoted-printable", extra=None):
    """Return (content-header lines, body bytes)."""
    b = body.replace("\n", "\r\n").encode(cs)
    if cte == "base64":
        out = base64.encodebytes(body.encode(cs)).replace(b"\n", b"\r\n")
    elif cte == "quoted-printable":
        out = quopri.encodestring(body.encode(cs)).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    else:
        out = b
    hs = [f"Content-Type: text/{sub}; charset=\"{cs}\"",
          f"Content-Transfer-Encoding: {cte}"]
    if extra:
        hs += extra
    return hs, out


def raw(ctype, body, cte="7bit", extra=None):
    b = body.replace("\n", "\r\n").encode("utf-8") if isinstance(body, str) else body
    hs = [f"Content-Type: {ctype}"]
    if cte:
        hs.append(f"Content-Transfer-Encoding: {cte}")
    if extra:
        hs += extra
    return hs, b


def attach(data, ctype, filename):
    b = base64.encodebytes(data).replace(b"\n", b"\r\n")
    return ([f"Content-Type: {ctype}; name=\"{filename}\"",
             "Content-Transfer-Encoding: base64",
             f"Content-Disposition: attachment; filename=\"{filename}\""], b)


def multi(sub, parts, key, params=""):
    bnd = "=_kb_" + hx("bnd:" + key, 24)
    out = b""
    for i, (hs, body) in enumerate(parts):
        out += f"--{bnd}\r\n".encode() + "\r\n".join(hs).encode() + b"\r\n\r\n" + body
        if not body.endswith(b"\r\n"):
            out += b"\r\n"
    out += f"--{bnd}--\r\n".encode()
    return [f"Content-Type: multipart/{sub}; boundary=\"{bnd}\"{params}"], out


def message(headers, content):
    """headers: list of (name, value) with Authentication-Results first."""
    hs, body = content
    lines = []
    for n, v in headers:
        if v is None:
            continue
        lines.append(f"{n}: {v}")
    lines.append("MIME-Version: 1.0")
    lines += hs
    return "\r\n".join(lines).encode("ascii") + b"\r\n\r\n" + body


def pdf(lines):
    """A minimal valid one-page PDF showing the given ASCII/Latin-1 lines."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 10 Tf", "14 TL", "50 790 Td"]
    for ln in lines:
        ops.append(f"({esc(ln)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


class Desk:
    def __init__(self, name, reminders):
        self.name = name
        self.rem = reminders  # key -> dict(id,date,to,inv,amt,cur,due,subject)
        self.items = []  # (file, bytes, label)

    def add(self, slug, data, **lab):
        n = len(self.items) + 1
        f = f"{self.name}/{n:02d}_{slug}.eml"
        row = {k: "" for k in FIELDS}
        row["file"] = f
        for k, v in lab.items():
            if isinstance(v, bool):
                v = "true" if v else "false"
            row[k] = str(v)
        self.items.append((f, data, row))

    def ref(self, key):
        """(invoice_numbers, message id) of a reminder."""
        r = self.rem[key]
        return r["inv"], r["id"]

    def orig_headers(self, key):
        r = self.rem[key]
        return (f"From: Kettlebrook Accounts <{BOT}>\r\nTo: {r['to']}\r\n"
                f"Subject: {enc(r['subject'])}\r\nDate: {when(r['date'] + ' 09:30 +0000')}\r\n"
                f"Message-ID: {r['id']}\r\nDisposition-Notification-To: {BOT}\r\n"
                "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"utf-8\"\r\n")


def reminder(date, to, inv, amt, cur, due, subject):
    return dict(id=rid(date, inv + to), date=date, to=to, inv=inv, amt=amt, cur=cur,
                due=due, subject=subject)


def dsn(desk, key, slug_key, mta, human, recips, report_mta, full=False, extra_top=()):
    """RFC 3464 report. recips: list of (addr, action, status, diag)."""
    blocks = [f"Reporting-MTA: dns; {report_mta}\r\nArrival-Date: {when(desk.rem[key]['date'] + ' 09:30 +0000')}\r\n"]
    for a, action, status, diag in recips:
        b = f"Final-Recipient: rfc822; {a}\r\nAction: {action}\r\nStatus: {status}\r\n"
        if mta:
            b += f"Remote-MTA: dns; {mta}\r\n"
        if diag:
            b += f"Diagnostic-Code: smtp; {diag}\r\n"
        blocks.append(b)
    ds = "\r\n".join(blocks)
    orig = desk.orig_headers(key)
    if full:
        op = raw("message/rfc822", orig + "\r\nHello,\r\n(reminder text)\r\n", cte="7bit")
    else:
        op = raw("text/rfc822-headers", orig, cte="7bit")
    return multi("report", [text(human, cte="7bit" if all(ord(c) < 128 for c in human) else "quoted-printable"),
                            raw("message/delivery-status", ds, cte="7bit"), op],
                 slug_key, params="; report-type=delivery-status")


def mdn(desk, key, slug_key, human, reporter, final, cs="utf-8", disposition="manual-action/MDN-sent-manually; displayed"):
    r = desk.rem[key]
    body = (f"Reporting-UA: {reporter}\r\nOriginal-Recipient: rfc822;{r['to']}\r\n"
            f"Final-Recipient: rfc822;{final}\r\nOriginal-Message-ID: {r['id']}\r\n"
            f"Disposition: {disposition}\r\n")
    return multi("report", [text(human, cs=cs),
                            raw("message/disposition-notification", body, cte="7bit"),
                            raw("text/rfc822-headers", desk.orig_headers(key), cte="7bit")],
                 slug_key, params="; report-type=disposition-notification")


def quote(lines, prefix="> "):
    return "\n".join(prefix + ln if ln else prefix.rstrip() for ln in lines.split("\n"))


def H(auth, frm, to, subject, date, msgid, cc=None, irt=None, refs=None, extra=(), cs="utf-8"):
    import re as _re
    m = _re.match(r"^(.*?) <([^>]+)>$", frm)
    if m and not frm.isascii():
        frm = addr(m.group(1), m.group(2))
    return [("Authentication-Results", auth), ("From", frm), ("To", to), ("Cc", cc),
            ("Subject", enc(subject, cs)), ("Date", when(date)), ("Message-ID", msgid),
            ("In-Reply-To", irt), ("References", refs or irt), *extra]

"""Tiny deterministic MIME writer used by make.py (stdlib only)."""
import base64, hashlib, quopri, datetime as dt
from email.header import Header
from email.utils import format_datetime

GROUP = "corvane-group.com"
BOT = "receivables@corvane-group.com"
MX = "mx1.corvane-group.com"
OUT = "out.corvane-group.com"

COLS = ["file", "kind", "language", "invoice_numbers", "amount", "currency", "issue_date",
        "due_date", "payment_terms_days", "intent", "promised_date", "return_date",
        "failed_recipients", "bounce_permanent", "original_message_id", "needs_human",
        "bounce_reason", "challenge", "payment_date", "payment_full", "allocations", "note"]


def h(s, n=16):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def mbid(key):
    """The bot's own outgoing Message-ID for a reminder identified by key."""
    return "<mb-%s@%s>" % (h("bot:" + key), OUT)


def d(y, m, dd, hh=10, mi=0, tz=0):
    return dt.datetime(y, m, dd, hh, mi, tzinfo=dt.timezone(dt.timedelta(hours=tz)))


def enc_hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), a)


# ---- parts: each is (headers list, body bytes) --------------------------------
def T(text, charset="utf-8", cte="quoted-printable", sub="plain", extra=()):
    text = text.replace("\r\n", "\n")
    try:
        raw = text.encode(charset)
    except UnicodeEncodeError:  # what a legacy mail client does with typographic dashes/quotes
        for a, b in (("\u2013", "-"), ("\u2014", "-"), ("\u201e", '"'), ("\u201c", '"'), ("\u20bd", "руб."), ("\u00ab", '"'), ("\u00bb", '"'), ("\u2026", "...")):
            text = text.replace(a, b)
        raw = text.encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    hdr = [("Content-Type", 'text/%s; charset="%s"' % (sub, charset)),
           ("Content-Transfer-Encoding", cte)] + list(extra)
    return (hdr, body)


def H(html, charset="utf-8", cte="quoted-printable"):
    return T(html, charset, cte, sub="html")


def RAW(ctype, payload, cte="7bit", extra=()):
    if isinstance(payload, str):
        payload = payload.encode("utf-8")
    if cte == "base64":
        payload = base64.encodebytes(payload)
    return ([("Content-Type", ctype), ("Content-Transfer-Encoding", cte)] + list(extra), payload)


def ATT(filename, ctype, payload):
    if isinstance(payload, str):
        payload = payload.encode("utf-8")
    return ([("Content-Type", '%s; name="%s"' % (ctype, filename)),
             ("Content-Disposition", 'attachment; filename="%s"' % filename),
             ("Content-Transfer-Encoding", "base64")], base64.encodebytes(payload))


def MULTI(sub, parts, extra_ct=""):
    b = "=_b%s" % h(repr([p[1][:40] for p in parts]) + sub, 20)
    out = []
    for ph, pb in parts:
        out.append(b"--" + b.encode() + b"\n" + "".join("%s: %s\n" % kv for kv in ph).encode()
                   + b"\n" + pb.rstrip(b"\n") + b"\n")
    body = b"This is a multi-part message in MIME format.\n\n" + b"".join(out) + b"--" + b.encode() + b"--\n"
    return ([("Content-Type", 'multipart/%s; boundary="%s"%s' % (sub, b, extra_ct))], body)


def ALT(text, html, charset="utf-8", cte="quoted-printable"):
    return MULTI("alternative", [T(text, charset, cte), H(html, charset, cte)])


def pdf(lines):
    """A minimal uncompressed one-page PDF with the given text lines."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 800
    ops = ["BT /F1 10 Tf"]
    for ln in lines:
        ops.append("1 0 0 1 50 %d Tm (%s) Tj" % (y, esc(ln)))
        y -= 14
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


class Msg:
    def __init__(self, slug, kind, lang, frm, to, subject, date, body, cc=None, auth=None,
                 irt=None, refs=None, extra=(), mid=None, rcvd_from=None, bcc_bot=False,
                 charset_hdr="utf-8", label=None, return_path=None):
        self.slug, self.kind, self.lang = slug, kind, lang
        self.frm, self.to, self.cc, self.subject, self.date = frm, to, cc, subject, date
        self.body, self.auth, self.irt, self.refs, self.extra = body, auth, irt, refs, list(extra)
        self.mid, self.rcvd_from, self.bcc_bot = mid, rcvd_from, bcc_bot
        self.charset_hdr = charset_hdr
        self.label = dict(label or {})
        self.return_path = return_path

    def render(self, desk):
        from email.utils import parseaddr
        fa = parseaddr(self.frm)[1] or "mailer-daemon@" + MX
        dom = fa.split("@")[-1]
        mid = self.mid or "<%s.%s@%s>" % (h(self.slug + desk, 12), h(self.slug, 6), dom)
        ds = format_datetime(self.date)
        arr = format_datetime((self.date + dt.timedelta(seconds=37)).astimezone(dt.timezone.utc))
        ip = "%d.%d.%d.%d" % tuple(int(h(dom + str(i), 2), 16) % 200 + 20 for i in range(4))
        rf = self.rcvd_from or ("mail.%s" % dom)
        auth = self.auth
        if auth is None:
            auth = "spf=pass smtp.mailfrom=%s; dkim=pass header.d=%s header.s=s1; dmarc=pass (p=quarantine) header.from=%s" % (dom, dom, dom)
        rcpt = BOT
        hdrs = []
        hdrs.append(("Return-Path", "<%s>" % (self.return_path if self.return_path is not None else fa)))
        hdrs.append(("Delivered-To", rcpt))
        hdrs.append(("Authentication-Results", "%s;\n\t%s" % (MX, auth)))
        hdrs.append(("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                     % (rf, rf, ip, MX, h(mid, 10).upper(), rcpt, arr)))
        hdrs.append(("Received", "from [10.0.%d.%d] by %s with ESMTPSA; %s"
                     % (int(h(mid, 2), 16) % 250, int(h(mid[3:], 2), 16) % 250, rf, ds)))
        hdrs.extend(x for x in self.extra if x[0].lower().startswith("x-original"))
        hdrs.append(("Date", ds))
        from email.utils import getaddresses

        def al(v):
            return ", ".join(addr(n, a) for n, a in getaddresses([v]))
        hdrs.append(("From", al(self.frm)))
        hdrs.append(("To", al(self.to)))
        if self.cc:
            hdrs.append(("Cc", al(self.cc)))
        hdrs.append(("Subject", enc_hdr(self.subject, self.charset_hdr)))
        hdrs.append(("Message-ID", mid))
        if self.irt:
            hdrs.append(("In-Reply-To", self.irt))
            hdrs.append(("References", self.refs or self.irt))
        elif self.refs:
            hdrs.append(("References", self.refs))
        hdrs.extend(x for x in self.extra if not x[0].lower().startswith("x-original"))
        hdrs.append(("MIME-Version", "1.0"))
        bh, bb = self.body
        hdrs.extend(bh)
        txt = "".join("%s: %s\n" % kv for kv in hdrs).encode("utf-8", "surrogateescape")
        return txt + b"\n" + bb

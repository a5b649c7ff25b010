"""Stdlib-only helpers to assemble deterministic MIME messages, PDFs and labels."""
import base64, hashlib, quopri, datetime as dt, email.utils
from email.header import Header

BOT = "ar@saltmarsh-solar.com"
MX = "mx1.saltmarsh-solar.com"
COLS = ["file","kind","language","invoice_numbers","amount","currency","issue_date","due_date",
        "payment_terms_days","intent","promised_date","return_date","failed_recipients",
        "bounce_permanent","original_message_id","needs_human","bounce_reason","challenge",
        "payment_date","payment_full","allocations","note"]

def h(s, n=12):
    return hashlib.sha1(s.encode()).hexdigest()[:n]

def botid(day, seed):
    return "<mb.%s.%s@ar.saltmarsh-solar.com>" % (day.replace("-", ""), h("bot" + seed))

def mid(seed, domain):
    return "<%s.%s@%s>" % (h(seed, 10), h(seed + "x", 6), domain)

def date(s):
    """'2026-11-12 09:14 +0100' -> RFC 5322 date"""
    d, t, z = s.split()
    sign = 1 if z[0] == "+" else -1
    tz = dt.timezone(sign * dt.timedelta(hours=int(z[1:3]), minutes=int(z[3:5])))
    x = dt.datetime.fromisoformat(d + "T" + t).replace(tzinfo=tz)
    return email.utils.format_datetime(x)

def hv(s, cs="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, cs).encode(maxlinelen=76)

def addr(name, a, cs="utf-8"):
    if not name: return a
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)

def auth(dom, spf="pass", dkim="pass", dmarc="pass", dkim_d=None, mailfrom=None):
    mf = mailfrom if mailfrom is not None else "bounces@" + dom
    parts = [MX, ("spf=%s smtp.helo=%s" % (spf, dom)) if mf == "<>" else ("spf=%s smtp.mailfrom=%s" % (spf, mf))]
    if dkim != "none":
        parts.append("dkim=%s header.d=%s" % (dkim, dkim_d or dom))
    else:
        parts.append("dkim=none")
    parts.append("dmarc=%s header.from=%s" % (dmarc, dom))
    return ";\n\t".join(parts)

def _bnd(seed):
    return "----=_Part_" + h("b" + seed, 16)

def _enc(raw, cte):
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    return raw.decode("ascii")

def T(text, sub="plain", cs="utf-8", cte="quoted-printable", extra=""):
    raw = text.encode(cs)
    try:
        raw.decode("ascii")
        if cte == "quoted-printable" and max(len(l) for l in raw.split(b"\n")) < 900 and b"=" not in raw:
            cte = "7bit"
    except UnicodeDecodeError:
        if cte == "7bit": cte = "quoted-printable"
    hdr = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (sub, cs, cte)
    return hdr + extra + "\n" + _enc(raw, cte).rstrip("\n") + "\n"

def B(ctype, data, filename, disp="attachment"):
    if isinstance(data, str): data = data.encode("utf-8")
    fn = hv(filename)
    hdr = 'Content-Type: %s; name="%s"\nContent-Transfer-Encoding: base64\nContent-Disposition: %s; filename="%s"\n' % (ctype, fn, disp, fn)
    return hdr + "\n" + _enc(data, "base64")

def R(ctype, raw, filename=None):
    extra = 'Content-Disposition: attachment; filename="%s"\n' % filename if filename else ""
    return "Content-Type: %s\nContent-Transfer-Encoding: 7bit\n%s\n%s" % (ctype, extra, raw.rstrip("\n") + "\n")

def M(sub, parts, params=""):
    b = _bnd(sub + "".join(parts)[:2000] + str(len(parts)))
    out = 'Content-Type: multipart/%s;%s boundary="%s"\n\nThis is a multi-part message in MIME format.\n' % (sub, (" " + params + ";") if params else "", b)
    for p in parts:
        out += "\n--%s\n%s" % (b, p)
    return out + "\n--%s--\n" % b

def _fd(frm):
    d = email.utils.parseaddr(frm)[1].split("@")[-1]
    return d[5:] if d.startswith("mail.") else d

def _fa(v):
    if v is None: return v
    try:
        v.encode("ascii"); return v
    except UnicodeEncodeError:
        n, a = email.utils.parseaddr(v)
        return addr(n, a)

def msg(frm, to, subject, when, body, mid_=None, cc=None, auth_=None, irt=None, refs=None,
        headers=(), received=None, subj_cs="utf-8"):
    frm, to, cc = _fa(frm), _fa(to), _fa(cc)
    lines = []
    lines.append("Authentication-Results: " + auth_)
    lines.append("Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
        received or "mail." + _fd(frm), received or "mail." + _fd(frm),
        "203.0.113.%d" % (int(h(frm, 4), 16) % 250 + 2), MX, h(frm + subject, 10).upper(), BOT, date(when)))
    lines.append("From: " + frm)
    if to: lines.append("To: " + to)
    if cc: lines.append("Cc: " + cc)
    lines.append("Subject: " + hv(subject, subj_cs))
    lines.append("Date: " + date(when))
    fdom = email.utils.parseaddr(frm)[1].split("@")[-1] or "localhost"
    lines.append("Message-ID: " + (mid_ or mid(frm + subject + when, fdom)))
    if irt: lines.append("In-Reply-To: " + irt)
    if refs or irt: lines.append("References: " + (refs or irt))
    for k, v in headers:
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n" + body).encode("ascii")

# ---------------- PDF -----------------
_CYR_U = [10017,10018,10019,10020,10021,10022,10024,10025,10026,10027,10028,10029,10030,10031,10032,
          10033,10034,10035,10036,10037,10038,10039,10040,10041,10042,10043,10044,10045,10046,10047,10048,10049]
_CYR_L = [10065,10066,10067,10068,10069,10070,10072,10073,10074,10075,10076,10077,10078,10079,10080,
          10081,10082,10083,10084,10085,10086,10087,10088,10089,10090,10091,10092,10093,10094,10095,10096,10097]

def pdf(lines, cyr=False, title="Invoice"):
    enc = "cp1251" if cyr else "cp1252"
    def esc(s):
        b = s.encode(enc, "replace")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    stream = b"BT\n/F1 10 Tf\n50 800 Td\n14 TL\n"
    for l in lines:
        stream += b"(" + esc(l) + b") Tj T*\n"
    stream += b"ET\n"
    if cyr:
        diffs = "[168 /afii10023 184 /afii10071 185 /afii61352 192 " + " ".join("/afii%d" % n for n in _CYR_U + _CYR_L) + "]"
        font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences %s >> >>" % diffs
    else:
        font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            font.encode("ascii"),
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
            ("<< /Title (%s) /Producer (Saltmarsh ERP) >>" % title).encode("latin-1", "replace")]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out

def pdf_ok(b):
    if not b.startswith(b"%PDF-") or not b.rstrip().endswith(b"%%EOF"): return False
    try:
        sx = int(b[b.rindex(b"startxref") + 9:].split()[0])
    except Exception:
        return False
    if b[sx:sx + 4] != b"xref": return False
    head = b[sx:].split(b"\n")
    n = int(head[1].split()[1])
    for i in range(1, n):
        off = int(head[2 + i][:10])
        if not b[off:].startswith(b"%d 0 obj" % i): return False
    return True

def lab(kind, lang, nh, **kw):
    d = {c: "" for c in COLS}
    d.update(kind=kind, language=lang, needs_human="true" if nh else "false")
    for k, v in kw.items():
        if k == "inv": k = "invoice_numbers"
        if k == "cur": k = "currency"
        if isinstance(v, bool): v = "true" if v else "false"
        if isinstance(v, (list, tuple)): v = ";".join(v)
        d[k] = str(v)
    if kind == "challenge": d["challenge"] = "true"
    return d

def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.split("\n"))

# ------------- machine-mail helpers -------------
def rem_headers(rem, subject):
    return ("From: Saltmarsh Solar Accounts <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
            "Disposition-Notification-To: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
            % (BOT, rem["to"], hv(subject), date(rem["sent"]), rem["id"], BOT))

def dsn(human, mta, recips, orig, arrival, rfc822=False, orig_body="", human_cs="us-ascii"):
    ds = "Reporting-MTA: dns; %s\nArrival-Date: %s\n" % (mta, date(arrival))
    for r in recips:
        ds += "\nFinal-Recipient: rfc822; %s\nAction: %s\nStatus: %s\n" % (r["rcpt"], r["action"], r["status"])
        if r.get("remote"): ds += "Remote-MTA: dns; %s\n" % r["remote"]
        if r.get("diag"): ds += "Diagnostic-Code: smtp; %s\n" % r["diag"]
        if r.get("until"): ds += "Will-Retry-Until: %s\n" % date(r["until"])
    parts = [T(human, cs=human_cs, cte="7bit") if human_cs == "us-ascii" else T(human, cs=human_cs),
             R("message/delivery-status", ds)]
    if rfc822:
        parts.append(R("message/rfc822", orig + "Content-Transfer-Encoding: quoted-printable\n\n" + quopri.encodestring(orig_body.encode("utf-8")).decode("ascii")))
    else:
        parts.append(R("text/rfc822-headers", orig))
    return M("report", parts, "report-type=delivery-status")

def mdn(human, ua, rcpt, orig_mid, disposition, human_cs="utf-8", orig_hdrs=None, extra=""):
    dn = "Reporting-UA: %s\nOriginal-Recipient: rfc822;%s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: %s\n%s" % (
        ua, rcpt, rcpt, orig_mid, disposition, extra)
    parts = [T(human, cs=human_cs), R("message/disposition-notification", dn)]
    if orig_hdrs: parts.append(R("text/rfc822-headers", orig_hdrs))
    return M("report", parts, "report-type=disposition-notification")

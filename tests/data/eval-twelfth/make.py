#!/usr/bin/env python3
"""Build the twelfth blind test set (Kestrel Bathymetry Group) and verify it.

Deterministic: boundaries, Message-IDs, seconds and IPs come from SHA-1 of fixed strings.
Writes {en,de,id,ru}/NN_slug.eml, labels-twelfth.csv and context.toml; then re-parses every
file with the stdlib email package and checks headers and labels. Exit 1 on any failure.
"""
import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import os
import quopri
import re
import sys
from email.header import Header
from email.utils import encode_rfc2231, formataddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from data import common as C  # noqa: E402
from data import machine as M  # noqa: E402
from data import en as D_EN, de as D_DE, ru as D_RU  # noqa: E402
from data import id as D_ID  # noqa: E402

DESK_MODS = {"en": D_EN, "de": D_DE, "id": D_ID, "ru": D_RU}
COLUMNS = ["file", "kind", "language", "invoice_numbers", "amount", "currency", "issue_date", "due_date",
           "payment_terms_days", "intent", "promised_date", "return_date", "failed_recipients",
           "bounce_permanent", "original_message_id", "needs_human", "bounce_reason", "challenge",
           "payment_date", "payment_full", "allocations", "note"]
QUOTAS = {"invoice_copy": 8, "read_receipt": 3, "bounce": 5, "auto_reply": 5, "challenge": 1,
          "payment_confirmation": 5, "client_reply": 13, "other": 4}


def sha(*parts):
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode()).hexdigest()


# ---------------------------------------------------------------- headers, dates
def hdr(s, cs="utf-8"):
    if s.isascii():
        return s
    try:
        s.encode(cs)
    except (UnicodeEncodeError, LookupError):
        cs = "utf-8"
    return Header(s, cs).encode()


def addr(na, cs="utf-8"):
    name, a = na
    if not name:
        return a
    if name.isascii():
        return formataddr((name, a))
    try:
        name.encode(cs)
    except (UnicodeEncodeError, LookupError):
        cs = "utf-8"
    return formataddr((name, a), charset=cs)


def parse_local(s, tz):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return d.replace(tzinfo=dt.timezone(off))


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfcdate(d, sec=0):
    d = d.replace(second=sec)
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s, %02d %s %d %02d:%02d:%02d %s%02d%02d" % (
        DAYS[d.weekday()], d.day, MONS[d.month - 1], d.year, d.hour, d.minute, d.second, sign, mins // 60, mins % 60)


def ip_for(s):
    h = sha("ip", s)
    net = ["198.51.100", "203.0.113", "192.0.2"][int(h[0], 16) % 3]
    return "%s.%d" % (net, 10 + int(h[1:3], 16) % 240)


# ---------------------------------------------------------------- bot reminders
def bot_mid(desk, rkey):
    r = C.REMINDERS[desk][rkey]
    return "<mb.%s.%s@%s>" % (r[4][:10].replace("-", ""), sha("bot", desk, rkey)[:12], C.BOT_MID_HOST)


def fmt_amount(desk, amount, cur):
    a = float(amount)
    whole, frac = ("%.2f" % a).split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    if desk == "en":
        sym = {"GBP": "£", "EUR": "€", "USD": "US$"}[cur]
        return "%s%s.%s" % (sym, ",".join(groups), frac)
    if desk == "de":
        return "%s,%s %s" % (".".join(groups), frac, cur)
    if desk == "id":
        if cur == "IDR":
            return "Rp %s" % ".".join(groups) + ("" if frac == "00" else ",%s" % frac)
        return "%s %s.%s" % (cur, ",".join(groups), frac)
    return "%s,%s %s" % ("\u00a0".join(groups), frac, "руб." if cur == "RUB" else cur)


def fmt_date(desk, iso):
    d = dt.date.fromisoformat(iso)
    mod = DESK_MODS[desk]
    return mod.fmt_date(d)


def reminder(desk, rkey):
    cl, invs, amount, due, sent, stage = C.REMINDERS[desk][rkey]
    w = C.DESKS[desk]
    cur = C.REMINDER_CURRENCY.get((desk, rkey), w["currency"])
    company, person, ap = w["clients"][cl]
    mod = DESK_MODS[desk]
    inv = mod.join_invs(invs)
    vals = dict(inv=inv, amount=fmt_amount(desk, amount, cur), due=fmt_date(desk, due), person=person,
                company=company, iban=w["iban"], bic=w["bic"], desk_company=w["company"])
    key = stage if len(invs) == 1 else "multi"
    subj = mod.RSUBJ[key].format(**vals)
    body = mod.RBODY[key].format(**vals) + mod.RSIG.format(**vals)
    d = parse_local(sent, w["tz"])
    return dict(mid=bot_mid(desk, rkey), subject=subj, body=body, date=rfcdate(d), dt=d, to=(person, ap),
                client=cl, invs=invs, amount=amount, due=due, cur=cur)


def reminder_msg(desk, rkey, full=True):
    """The bot's own outgoing reminder as raw text (for DSN/MDN originals)."""
    r = reminder(desk, rkey)
    hs = [("Date", r["date"]), ("From", addr(C.BOT)), ("To", addr(r["to"]))]
    if C.REMINDER_CC.get((desk, rkey)):
        hs.append(("Cc", ", ".join(addr(x) for x in C.REMINDER_CC[(desk, rkey)])))
    hs += [("Subject", hdr(r["subject"])),
          ("Message-ID", r["mid"]), ("Disposition-Notification-To", addr(C.BOT)),
          ("X-Mailer", "mailbot"), ("MIME-Version", "1.0"),
          ("Content-Type", 'text/plain; charset="utf-8"'), ("Content-Transfer-Encoding", "quoted-printable")]
    head = "".join("%s: %s\n" % kv for kv in hs)
    if not full:
        return head.encode()
    return head.encode() + b"\n" + quopri.encodestring(r["body"].encode("utf-8"))


def quote(desk, rkey, style="gt"):
    r = reminder(desk, rkey)
    mod = DESK_MODS[desk]
    if style == "gt":
        att = mod.ATTRIB.format(date=mod.fmt_attrib_date(r["dt"]), frm="%s <%s>" % C.BOT)
        return att + "\n" + "\n".join(("> " + l) if l else ">" for l in r["body"].rstrip("\n").split("\n")) + "\n"
    if style.startswith("outlook"):
        lang = style.split(":")[1] if ":" in style else desk
        lab = M.OUTLOOK_LABELS[lang]
        return "%s\n%s %s <%s>\n%s %s\n%s %s <%s>\n%s %s\n\n%s" % (
            lab["sep"], lab["from"], C.BOT[0], C.BOT[1], lab["sent"], mod.fmt_attrib_date(r["dt"]),
            lab["to"], r["to"][0], r["to"][1], lab["subject"], r["subject"], r["body"])
    raise ValueError(style)


# ---------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body


def encode_body(raw, cte):
    if cte in ("7bit", "8bit"):
        return raw if raw.endswith(b"\n") else raw + b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def leaf(ctype, content, cs=None, cte=None, name=None, disp=None, extra=()):
    if isinstance(content, str):
        raw = content.encode(cs or "utf-8")
    else:
        raw = content
    if cte is None:
        cte = "7bit" if raw.isascii() else "quoted-printable"
    ct = ctype
    if cs:
        ct += '; charset="%s"' % cs
    fnparam = None
    if name:
        fnparam = ('filename="%s"' % name) if name.isascii() else "filename*=%s" % encode_rfc2231(name, "utf-8")
        ct += ('; name="%s"' % name) if name.isascii() else "; name*=%s" % encode_rfc2231(name, "utf-8")
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if disp or name:
        hs.append(("Content-Disposition", (disp or "attachment") + ("; " + fnparam if fnparam else "")))
    hs.extend(extra)
    return Part(hs, encode_body(raw, cte))


def multi(subtype, parts, seed, params="", preamble=""):
    b = "=_kb_%s" % sha("boundary", seed)[:22]
    out = b""
    if preamble:
        out += preamble.encode() + b"\n"
    for p in parts:
        out += b"\n--" + b.encode() + b"\n" + headers_bytes(p.headers) + b"\n" + p.body
    out += b"\n--" + b.encode() + b"--\n"
    return Part([("Content-Type", 'multipart/%s;%s\n\tboundary="%s"' % (subtype, params, b))], out)


def headers_bytes(hs):
    return "".join("%s: %s\n" % kv for kv in hs).encode("ascii")


# ---------------------------------------------------------------- attachments
def pdf_escape(s):
    out = []
    for ch in s.encode("cp1252"):
        c = chr(ch)
        if c in "\\()":
            out.append("\\" + c)
        elif 32 <= ch < 127:
            out.append(c)
        else:
            out.append("\\%03o" % ch)
    return "".join(out)


def make_pdf(lines, title="Invoice"):
    ops = ["BT", "/F1 10 Tf", "12 TL", "50 800 Td"]
    for ln in lines:
        if ln.startswith("##"):
            ops += ["/F2 13 Tf", "(%s) Tj T*" % pdf_escape(ln[2:].strip()), "/F1 10 Tf"]
        else:
            ops.append("(%s) Tj T*" % pdf_escape(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        ("<< /Title (%s) /Producer (Kestrel Billing 4.2) >>" % pdf_escape(title)).encode("latin-1"),
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


def attachment(a, seed):
    t = a["type"]
    if t == "pdf":
        return leaf("application/pdf", make_pdf(a["lines"], a.get("title", a["name"])), cte="base64", name=a["name"])
    if t == "xml":
        text = M.render_xml(a)
        cs = a.get("cs", "utf-8")
        return leaf(a.get("ctype", "application/xml"), text.encode(cs), cte="base64", name=a["name"])
    if t == "text":
        return leaf(a.get("ctype", "text/plain"), a["text"], cs=a.get("cs", "utf-8"), cte=a.get("cte"),
                    name=a["name"])
    if t == "ics":
        return leaf("text/calendar", a["text"], cs="utf-8", cte="7bit", extra=())
    if t == "reminder":
        return leaf("message/rfc822", reminder_msg(a["desk"], a["rkey"]), cte="7bit", disp="attachment")
    if t == "eml":
        return leaf("message/rfc822", build_message(a["msg"], a["desk"], seed + "inner", inner=True),
                    cte="8bit", disp="attachment")
    if t == "png":
        png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
        return leaf("image/png", png, cte="base64", name=a["name"], disp=a.get("disp", "inline"),
                    extra=[("Content-ID", "<%s@kb>" % sha(seed, a["name"])[:16])])
    raise ValueError(t)


# ---------------------------------------------------------------- messages
PROVIDER_HOSTS = {
    "gmail.com": "mail-sor-f41.google.com", "yahoo.co.id": "sonic314-22.consmr.mail.sg3.yahoo.com",
    "mail.ru": "f511.i.mail.ru", "bk.ru": "f198.i.mail.ru", "yandex.ru": "forward103b.mail.yandex.net",
    "outlook.com": "mail-am6eur05olkn2101.outbound.protection.outlook.com",
}


def sending_host(dom, seed):
    if dom in PROVIDER_HOSTS:
        return PROVIDER_HOSTS[dom]
    n = int(sha("h", dom)[:2], 16)
    if n % 3 == 0:
        return "mail-%s.outbound.protection.outlook.com" % ["db8eur05on2%03d" % (n % 999), "am0pr02cu%03d" % n][n % 2]
    if n % 3 == 1:
        return "mail.%s" % dom
    return "smtp-out%d.%s" % (n % 4 + 1, dom)


def default_auth(frm_dom, env_dom):
    sel = "s%s" % sha("sel", frm_dom)[:4]
    return ("spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=%s header.s=%s header.b=%s;\n\t"
            "dmarc=pass (p=QUARANTINE sp=NONE dis=NONE) header.from=%s" % (
                env_dom, frm_dom, sel, base64.b64encode(bytes.fromhex(sha("b", frm_dom)[:12])).decode(), frm_dom))


PH = re.compile(r"\{(MID|RS|Q|QO|QOE|RB|RD|RH|RM):(r\d\d)\}")


def subst(text, desk):
    if not isinstance(text, str):
        return text

    def rep(m):
        k, rk = m.group(1), m.group(2)
        r = reminder(desk, rk)
        if k == "MID":
            return r["mid"]
        if k == "RS":
            return r["subject"]
        if k == "Q":
            return quote(desk, rk, "gt")
        if k == "QO":
            return quote(desk, rk, "outlook")
        if k == "QOE":
            return quote(desk, rk, "outlook:en")
        if k == "RB":
            return r["body"]
        if k == "RD":
            return r["date"]
        if k == "RH":
            return reminder_msg(desk, rk, full=False).decode()
        return reminder_msg(desk, rk).decode()
    return PH.sub(rep, text)


def prep(c, desk):
    c = dict(c)
    for k in ("body", "html", "subject", "human", "human_html", "arrival", "irt"):
        if k in c:
            c[k] = subst(c[k], desk)
    if c.get("refs"):
        c["refs"] = [subst(x, desk) for x in c["refs"]]
    if c.get("hdrs"):
        c["hdrs"] = [(k, subst(v, desk)) for k, v in c["hdrs"]]
    if c.get("atts"):
        c["atts"] = [dict(a, text=subst(a["text"], desk)) if "text" in a else a for a in c["atts"]]
    if c.get("rk") and c.get("thread", c.get("build", "mail") == "mail"):
        mid = bot_mid(desk, c["rk"])
        c.setdefault("irt", mid)
        c.setdefault("refs", [mid])
    if c.get("label", {}).get("original_message_id") is True:
        c["label"] = dict(c["label"], original_message_id=bot_mid(desk, c["rk"]))
    return c


def build_message(c, desk, seed, inner=False):
    c = prep(c, desk)
    w = C.DESKS[desk]
    tz = c.get("tz", w["tz"])
    d = parse_local(c["date"], tz)
    sec = int(sha("sec", seed)[:2], 16) % 60
    frm = c["frm"]
    frm_dom = frm[1].split("@")[1].lower()
    cs = c.get("cs", "utf-8")
    hcs = c.get("hcs", cs if cs not in ("us-ascii",) else "utf-8")
    # body
    kind = c.get("build", "mail")
    if kind == "dsn":
        root = dsn_part(c, desk, seed)
    elif kind == "mdn":
        root = mdn_part(c, desk, seed)
    else:
        parts = []
        body = c.get("body")
        if body is not None and c.get("html") is not None:
            parts.append(multi("alternative", [leaf("text/plain", body, cs=cs, cte=c.get("cte")),
                                               leaf("text/html", c["html"], cs=cs, cte=c.get("hcte", c.get("cte")))],
                               seed + "alt"))
        elif c.get("html") is not None:
            parts.append(leaf("text/html", c["html"], cs=cs, cte=c.get("cte")))
        else:
            parts.append(leaf("text/plain", body, cs=cs, cte=c.get("cte")))
        for i, a in enumerate(c.get("atts", [])):
            parts.append(attachment(a, seed + str(i)))
        if len(parts) == 1:
            root = parts[0]
        else:
            root = multi(c.get("mp", "mixed"), parts, seed + "mix")
    hs = []
    if not inner:
        env = c.get("env", frm[1])
        env_dom = env.split("@")[1] if "@" in env else frm_dom
        host = c.get("host", sending_host(frm_dom if "@" in env else env_dom, seed))
        ip = c.get("ip", ip_for(host))
        auth = c.get("auth") or default_auth(frm_dom, env_dom)
        hs.append(("Authentication-Results", "%s;\n\t%s" % (C.MX, auth)))
        hs.append(("Return-Path", "<%s>" % (env if "@" in env else "")))
        hs.append(("Delivered-To", C.BOT[1]))
        rdt = d.replace(second=sec).astimezone(dt.timezone.utc) + dt.timedelta(seconds=3 + int(sha("rd", seed)[:2], 16) % 50)
        qid = sha("qid", seed)[:11].upper()
        hs.append(("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4h%s\n\tfor <%s>; %s" % (
            host, host, ip, C.MX, qid, C.BOT[1], rfcdate(rdt, rdt.second) + " (UTC)")))
        if c.get("rcv2", env != "") and kind == "mail":
            hs.append(("Received", "from [10.%d.%d.%d] (unknown [10.%d.%d.%d])\n\tby %s with ESMTPSA; %s" % (
                *(int(x, 16) for x in sha("lan", seed)[:3]), *(int(x, 16) for x in sha("lan", seed)[:3]),
                host, rfcdate(d, sec))))
        if "dkim=pass" in auth and c.get("dkim_sig", True):
            hs.append(("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=s%s;\n\th=from:to:subject:date:message-id; "
                       "bh=%s=;\n\tb=%s" % (frm_dom, sha("sel", frm_dom)[:4], base64.b64encode(bytes.fromhex(sha("bh", seed)[:40])).decode()[:-1],
                                            base64.b64encode(bytes.fromhex(sha("sig", seed) * 3)).decode())))
        hs.extend(c.get("pre_hdrs", []))
    hs.append(("Date", rfcdate(d, sec)))
    hs.append(("From", addr(frm, hcs)))
    if c.get("sender"):
        hs.append(("Sender", addr(c["sender"], hcs)))
    if c.get("to") is not None:
        hs.append(("To", ",\n\t".join(addr(x, hcs) for x in c["to"]) if c["to"] else "undisclosed-recipients:;"))
    if c.get("cc"):
        hs.append(("Cc", ",\n\t".join(addr(x, hcs) for x in c["cc"])))
    if c.get("reply_to"):
        hs.append(("Reply-To", addr(c["reply_to"], hcs)))
    hs.append(("Subject", hdr(c["subject"], hcs)))
    mid = c.get("mid") or "<%s@%s>" % (sha("mid", seed)[:20], c.get("mid_dom", frm_dom))
    hs.append(("Message-ID", mid))
    if c.get("irt"):
        hs.append(("In-Reply-To", c["irt"]))
    if c.get("refs"):
        hs.append(("References", "\n\t".join(c["refs"])))
    hs.extend((k, hdr(v)) for k, v in c.get("hdrs", []))
    hs.append(("MIME-Version", "1.0"))
    hs.extend(root.headers)
    body = root.body
    if root.headers[0][1].startswith("multipart/"):
        body = c.get("preamble", "This is a multi-part message in MIME format.").encode() + b"\n" + body
    raw = headers_bytes(hs) + b"\n" + body
    return raw


def dsn_part(c, desk, seed):
    parts = []
    hcs = c.get("human_cs", "us-ascii")
    human = leaf("text/plain", c["human"], cs=hcs, cte=c.get("human_cte"))
    if c.get("human_html"):
        human = multi("alternative", [human, leaf("text/html", c["human_html"], cs="utf-8")], seed + "h")
    parts.append(human)
    fields = "Reporting-MTA: %s\n" % c["reporting_mta"]
    if c.get("queue_id"):
        fields += "X-Postfix-Queue-ID: %s\n" % c["queue_id"]
    if c.get("arrival"):
        fields += "Arrival-Date: %s\n" % c["arrival"]
    for r in c["recips"]:
        fields += "\n"
        if r.get("orig"):
            fields += "Original-Recipient: rfc822;%s\n" % r["orig"]
        fields += "Final-Recipient: rfc822; %s\nAction: %s\nStatus: %s\n" % (r["rcpt"], r["action"], r["status"])
        if r.get("remote"):
            fields += "Remote-MTA: dns; %s\n" % r["remote"]
        if r.get("diag"):
            fields += "Diagnostic-Code: smtp; %s\n" % r["diag"]
        if r.get("last"):
            fields += "Last-Attempt-Date: %s\n" % r["last"]
        if r.get("until"):
            fields += "Will-Retry-Until: %s\n" % r["until"]
    parts.append(leaf(c.get("ds_type", "message/delivery-status"), fields, cte="7bit"))
    o = c.get("orig")
    if o == "headers":
        parts.append(leaf("text/rfc822-headers", reminder_msg(desk, c["rk"], full=False), cte="7bit"))
    elif o == "full":
        parts.append(leaf("message/rfc822", reminder_msg(desk, c["rk"]), cte="7bit"))
    return multi("report", parts, seed + "dsn", params=" report-type=delivery-status;")


def mdn_part(c, desk, seed):
    parts = [leaf("text/plain", c["human"], cs=c.get("human_cs", "utf-8"), cte=c.get("human_cte"))]
    r = reminder(desk, c["rk"])
    fields = "Reporting-UA: %s\n" % c["ua"]
    if c.get("orig_rcpt", True):
        fields += "Original-Recipient: rfc822;%s\n" % c.get("rcpt", r["to"][1])
    fields += "Final-Recipient: rfc822;%s\n" % c.get("rcpt", r["to"][1])
    if c.get("omid", True):
        fields += "Original-Message-ID: %s\n" % r["mid"]
    fields += "Disposition: %s\n" % c["disposition"]
    parts.append(leaf("message/disposition-notification", fields, cte="7bit"))
    if c.get("orig") == "headers":
        parts.append(leaf("text/rfc822-headers", reminder_msg(desk, c["rk"], full=False), cte="7bit"))
    return multi("report", parts, seed + "mdn", params=" report-type=disposition-notification;")


# ---------------------------------------------------------------- context
def write_context(cases_by_desk):
    invs, mids, contacts = set(), set(), set()
    for desk, rs in C.REMINDERS.items():
        for k, r in rs.items():
            invs.update(r[1])
            mids.add(bot_mid(desk, k))
    for desk, cases in cases_by_desk.items():
        w = C.DESKS[desk]
        for _, a, _ in w["clients"].values():
            contacts.add(a)
        for c in cases:
            contacts.update(c.get("extra_contacts", []))
            lab = c["label"]
            # the ledger knows what replies, receipts, bounces and payments refer to (not new invoice copies)
            if lab.get("invoice_numbers") and c["kind"] not in ("other", "invoice_copy"):
                invs.update(lab["invoice_numbers"].split(";"))
            invs.update(c.get("known_invoices", []))
    staff = [a for w in C.DESKS.values() for _, a in w["staff"]]
    notifiers = [w[k][1] for w in C.DESKS.values() for k in ("bank", "psp")]

    def tl(xs):
        return "[\n" + "".join('  "%s",\n' % x for x in sorted(xs)) + "]"
    out = "# %s — context for the bot\n" % C.SET_NAME
    out += 'bot_address = "%s"\n' % C.BOT[1]
    out += "staff_domains = %s\n" % tl([w["domain"] for w in C.DESKS.values()])
    out += "staff_addresses = %s\n" % tl(staff)
    out += "notifiers = %s\n" % tl(notifiers)
    out += "authserv_ids = %s\n" % tl([C.MX])
    out += "require_authentication = true\ndefault_terms_days = 30\n"
    out += "known_invoice_numbers = %s\n" % tl(invs)
    out += "known_message_ids = %s\n" % tl(mids)
    out += "known_contacts = %s\n" % tl(contacts)
    with open(os.path.join(HERE, "context.toml"), "w", encoding="utf-8") as f:
        f.write(out)
    return invs, mids


# ---------------------------------------------------------------- checks
RX = {
    "amount": r"^\d+\.\d{2}$", "currency": r"^[A-Z]{3}$", "issue_date": r"^\d{4}-\d{2}-\d{2}$",
    "due_date": r"^\d{4}-\d{2}-\d{2}$", "payment_terms_days": r"^\d+$",
    "intent": r"^(paid|promise|dispute|stop|plan|question|other)$", "promised_date": r"^\d{4}-\d{2}-\d{2}$",
    "return_date": r"^\d{4}-\d{2}-\d{2}$", "failed_recipients": r"^[^@;\s]+@[^@;\s]+(;[^@;\s]+@[^@;\s]+)*$",
    "bounce_permanent": r"^(true|false)$", "original_message_id": r"^<[^<>\s]+@[^<>\s]+>$",
    "needs_human": r"^(true|false)$", "bounce_reason": r"^(user_unknown|mailbox_full|policy|spam|other)$",
    "challenge": r"^true$", "payment_date": r"^\d{4}-\d{2}-\d{2}$", "payment_full": r"^(true|false)$",
    "allocations": r"^[^=;]+=\d+\.\d{2}(;[^=;]+=\d+\.\d{2})*$", "language": r"^[a-z]{2}$",
}


def check(rows, files, known_mids):
    errs = []
    byfile = {}
    for r in rows:
        if r["file"] in byfile:
            errs.append("duplicate label row " + r["file"])
        byfile[r["file"]] = r
    for f in files:
        if f not in byfile:
            errs.append("no label row for " + f)
    for f in byfile:
        if f not in files:
            errs.append("label without file " + f)
    lo = dt.datetime(2026, 11, 2, tzinfo=dt.timezone(dt.timedelta(hours=-12)))
    hi = dt.datetime(2026, 12, 12, tzinfo=dt.timezone(dt.timedelta(hours=14)))
    for f in files:
        with open(os.path.join(HERE, f), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        first = raw.split(b"\n", 1)[0].decode()
        if not first.startswith("Authentication-Results: %s;" % C.MX):
            errs.append("%s: first header is not our Authentication-Results" % f)
        for h in ("From", "Date", "Message-ID", "Subject", "MIME-Version"):
            if msg[h] is None:
                errs.append("%s: missing %s" % (f, h))
        try:
            d = parsedate_to_datetime(str(msg["Date"]))
            if not (lo <= d <= hi):
                errs.append("%s: date out of range %s" % (f, d))
        except Exception as e:  # noqa: BLE001
            errs.append("%s: bad date %s" % (f, e))
        if msg.defects:
            errs.append("%s: defects %s" % (f, msg.defects))
        for part in msg.walk():
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            if ct.startswith("text/"):
                try:
                    part.get_content()
                except Exception as e:  # noqa: BLE001
                    errs.append("%s: undecodable %s part: %s" % (f, ct, e))
            if ct == "application/pdf":
                data = part.get_payload(decode=True)
                if not (data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")):
                    errs.append("%s: broken pdf" % f)
        r = byfile.get(f)
        if not r:
            continue
        if r["kind"] not in QUOTAS:
            errs.append("%s: bad kind %s" % (f, r["kind"]))
        for k, rx in RX.items():
            if r[k] and not re.match(rx, r[k]):
                errs.append("%s: bad %s %r" % (f, k, r[k]))
        if r["needs_human"] == "":
            errs.append("%s: needs_human empty" % f)
        if r["kind"] == "client_reply" and not r["intent"]:
            errs.append("%s: client_reply without intent" % f)
        if r["kind"] != "client_reply" and r["intent"]:
            errs.append("%s: intent on non-reply" % f)
        if r["intent"] == "promise" and not r["promised_date"]:
            errs.append("%s: promise without date" % f)
        if r["kind"] == "bounce" and not (r["failed_recipients"] and r["bounce_permanent"] and r["bounce_reason"]):
            errs.append("%s: bounce fields incomplete" % f)
        if r["kind"] == "challenge" and r["challenge"] != "true":
            errs.append("%s: challenge flag" % f)
        if r["kind"] == "payment_confirmation" and not (r["amount"] and r["currency"] and r["payment_date"]):
            errs.append("%s: payment fields incomplete" % f)
        if r["kind"] == "invoice_copy" and not (r["invoice_numbers"] and r["amount"] and r["currency"]):
            errs.append("%s: invoice fields incomplete" % f)
        if r["original_message_id"]:
            if r["original_message_id"] not in known_mids:
                errs.append("%s: original_message_id not a bot id" % f)
            if r["original_message_id"].encode() not in raw:
                errs.append("%s: original_message_id not in message" % f)
        if r["allocations"]:
            tot = sum(float(x.split("=")[1]) for x in r["allocations"].split(";"))
            if r["amount"] and abs(tot - float(r["amount"])) > 0.005 and "fee" not in r["note"].lower():
                errs.append("%s: allocations %.2f != amount %s" % (f, tot, r["amount"]))
        if not r["note"]:
            errs.append("%s: note empty" % f)
    # quotas
    for desk in DESK_MODS:
        cnt = {}
        for r in rows:
            if r["file"].startswith(desk + "/"):
                cnt[r["kind"]] = cnt.get(r["kind"], 0) + 1
        if cnt != QUOTAS:
            errs.append("%s: counts %s" % (desk, cnt))
    return errs


def main():
    rows, files, cases_by_desk = [], [], {}
    for desk, mod in DESK_MODS.items():
        os.makedirs(os.path.join(HERE, desk), exist_ok=True)
        for old in os.listdir(os.path.join(HERE, desk)):
            if old.endswith(".eml"):
                os.remove(os.path.join(HERE, desk, old))
        cases = [prep(c, desk) for c in mod.cases()]
        cases_by_desk[desk] = cases
        for i, c in enumerate(cases, 1):
            fn = "%s/%02d_%s.eml" % (desk, i, c["slug"])
            raw = build_message(c, desk, fn)
            with open(os.path.join(HERE, fn), "wb") as fh:
                fh.write(raw)
            lab = {k: "" for k in COLUMNS}
            lab.update({k: ("true" if v is True else "false" if v is False else str(v)) for k, v in c["label"].items()})
            lab["file"] = fn
            lab["kind"] = c["kind"]
            if not lab["language"]:
                lab["language"] = C.DESKS[desk]["lang"]
            if c["kind"] == "challenge":
                lab["challenge"] = "true"
            if lab["needs_human"] == "":
                lab["needs_human"] = "false"
            rows.append(lab)
            files.append(fn)
    _, mids = write_context(cases_by_desk)
    with open(os.path.join(HERE, "labels-twelfth.csv"), "w", newline="", encoding="utf-8") as fh:
        wr = csv.DictWriter(fh, fieldnames=COLUMNS)
        wr.writeheader()
        wr.writerows(rows)
    with open(os.path.join(HERE, "labels-twelfth.csv"), encoding="utf-8") as fh:
        rows2 = list(csv.DictReader(fh))
    errs = check(rows2, files, mids)
    for e in errs:
        print("FAIL", e)
    print("%d files, %d label rows, %d errors" % (len(files), len(rows2), len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())

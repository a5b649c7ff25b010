#!/usr/bin/env python3
"""Generator for the fifth blind evaluation set (Kestrel Works world).

Run:  python3 make.py      -> rewrites en/ de/ ru/ id/ *.eml, labels-fifth.csv, context.toml
Message content lives in data_en.py, data_de.py, data_ru.py, data_id.py; this file holds
the builders, the world and the checks.
"""
import csv
import email
import email.policy
import hashlib
import os
import shutil
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, parsedate_to_datetime
import datetime as _dt

HERE = os.path.dirname(os.path.abspath(__file__))
DOM = "kestrelworks.io"
BOT = "ar@" + DOM
MX = "mx." + DOM

NOTIFIERS = [
    "alerts@harbourbank.co.uk",          # en bank
    "@payrail.com",                      # en PSP (receipts@, payouts@ ...)
    "kontoinfo@nordbank-online.de",      # de bank
    "service@zahlwerk.de",               # de PSP
    "uvedomlenie@bank-vostok.ru",        # ru bank
    "@kassa-volna.ru",                   # ru PSP
    "notifikasi@bankmandala.co.id",      # id bank
    "@bayarku.id",                       # id PSP / virtual account aggregator
]

COLUMNS = ("file,kind,language,invoice_numbers,amount,currency,issue_date,due_date,"
           "payment_terms_days,intent,promised_date,return_date,failed_recipients,"
           "bounce_permanent,original_message_id,needs_human,bounce_reason,challenge,"
           "payment_date,payment_full,allocations,note").split(",")

ROWS = []
KNOWN_MIDS = []
KNOWN_INV = []
CONTACTS = []
NOT_KNOWN_INV = set()   # invoice numbers that appear in labels but the bot never saw
CHECKS = []              # (path, {header: addr})


def bmid(tag):
    """A Message-ID minted by the bot (reminders, statements) and recorded as known."""
    h = hashlib.sha1(tag.encode()).hexdigest()[:16]
    mid = f"<ar.{h}@{DOM}>"
    if mid not in KNOWN_MIDS:
        KNOWN_MIDS.append(mid)
    return mid


def smid(tag):
    """Message-ID of a staff invoice mail (seen by the bot in Cc) -> known."""
    h = hashlib.sha1(("staff" + tag).encode()).hexdigest()[:20].upper()
    mid = f"<{h}@{DOM}>"
    if mid not in KNOWN_MIDS:
        KNOWN_MIDS.append(mid)
    return mid


def xmid(tag, domain):
    h = hashlib.sha1(tag.encode()).hexdigest()
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:28]}@{domain}>"


def contacts(*addrs):
    for a in addrs:
        if a not in CONTACTS:
            CONTACTS.append(a)


def authres(mailfrom, hdr_domain=None, dkim="pass", spf="pass", dmarc="pass", authserv=MX):
    dom = mailfrom.split("@")[-1]
    hdr_domain = hdr_domain or dom
    return (f"{authserv}; dkim={dkim} header.d={hdr_domain}; "
            f"spf={spf} smtp.mailfrom={mailfrom}; dmarc={dmarc} header.from={hdr_domain}")


def D(s, tz="+0000"):
    """'2026-11-18 10:12' + '+0100' -> RFC 5322 date."""
    d = _dt.datetime.strptime(s + " " + tz, "%Y-%m-%d %H:%M %z")
    return format_datetime(d)


def _addr(x):
    if isinstance(x, Address):
        return x
    if isinstance(x, tuple):
        return Address(x[0], addr_spec=x[1])
    return Address("", addr_spec=x)


def _addrs(x):
    if x is None:
        return None
    if isinstance(x, (list,)):
        return [_addr(a) for a in x]
    return [_addr(x)]


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def build(frm, to, subject, date, text=None, html=None, cc=None, mid=None, irt=None,
          refs=None, auth=None, extra=(), attach=(), mailfrom=None, received_from=None,
          delivered_to=BOT, reply_to=None):
    m = EmailMessage()
    f = _addr(frm)
    mf = mailfrom if mailfrom is not None else f.addr_spec
    m["Return-Path"] = f"<{mf}>"
    m["Delivered-To"] = delivered_to
    host = received_from or ("mail." + (mf.split("@")[-1] if mf else (f.domain or "localhost")))
    dd = parsedate_to_datetime(date)
    m["Received"] = (f"from {host} ({host} [203.0.113.{(len(host) * 7) % 250 + 2}]) by {MX} "
                     f"(Postfix) with ESMTPS id {hashlib.md5((subject + date).encode()).hexdigest()[:10].upper()} "
                     f"for <{BOT}>; {format_datetime(dd + _dt.timedelta(seconds=7))}")
    if auth is not None:
        for a in (auth if isinstance(auth, list) else [auth]):
            m["Authentication-Results"] = a
    m["From"] = f
    if reply_to:
        m["Reply-To"] = _addr(reply_to)
    m["To"] = _addrs(to)
    if cc:
        m["Cc"] = _addrs(cc)
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = mid or xmid(subject + date + f.addr_spec, f.domain or "localhost")
    if irt:
        m["In-Reply-To"] = irt
    if refs or irt:
        m["References"] = refs or irt
    for k, v in extra:
        m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    for a in attach:
        if isinstance(a, tuple) and len(a) == 2:
            m.add_attachment(a[1], maintype="application", subtype="pdf", filename=a[0])
        else:
            fn, data, mt, st = a
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m


def enc_headers(block):
    """RFC 2047-encode non-ASCII values in a raw header block, as a real MUA would."""
    from email.header import Header
    out = []
    for line in block.split("\n"):
        if ":" in line and not line[:1].isspace() and any(ord(c) > 127 for c in line):
            name, val = line.split(":", 1)
            val = val.strip()
            if "<" in val and name.lower() in ("from", "to", "cc"):
                disp, rest = val.split("<", 1)
                line = f"{name}: {Header(disp.strip(), 'utf-8').encode()} <{rest}"
            else:
                line = f"{name}: {Header(val, 'utf-8').encode(maxlinelen=900)}"
        out.append(line)
    return "\n".join(out)


def raw_part(ct, body, encode_inner=False):
    body = body.strip("\n") + "\n"
    if encode_inner:
        if "\n\n" in body:
            h, b = body.split("\n\n", 1)
            body = enc_headers(h) + "\n\n" + b
        else:
            body = enc_headers(body)
    raw = f"Content-Type: {ct}\n\n" + body
    return email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)


def report(frm, to, subject, date, text, report_type, machine_part, third_part=None, **kw):
    """multipart/report: human text, message/delivery-status or
    message/disposition-notification, then text/rfc822-headers or message/rfc822."""
    m = build(frm, to, subject, date, text=text, **kw)
    m.make_mixed()
    m.set_type("multipart/report")
    m.set_param("report-type", report_type)
    ct = "message/delivery-status" if report_type == "delivery-status" else "message/disposition-notification"
    m.attach(raw_part(ct, machine_part))
    if third_part is not None:
        kind, body = third_part
        m.attach(raw_part(kind, body, encode_inner=True))
    return m


def attach_rfc822(m, raw):
    """Attach a raw original message as a real message/rfc822 part."""
    if not m.is_multipart():
        m.make_mixed()
    part = raw_part("message/rfc822", raw, encode_inner=True)
    part["Content-Disposition"] = "attachment"
    m.attach(part)


def save(lang, name, m, **labels):
    path = os.path.join(HERE, lang, name + ".eml")
    data = m.as_bytes(policy=email.policy.default)
    with open(path, "wb") as fh:
        fh.write(data)
    row = {c: "" for c in COLUMNS}
    row["file"] = f"{lang}/{name}.eml"
    row["language"] = lang
    for k, v in labels.items():
        if k not in row:
            raise KeyError(k)
        if isinstance(v, bool):
            v = "true" if v else "false"
        elif isinstance(v, (list, tuple)):
            v = ";".join(v)
        row[k] = str(v)
    if row["currency"] in ("IDR", "RUB", "KZT"):
        # whole-unit currencies in this set: plain integers
        if row["amount"].endswith(".00"):
            row["amount"] = row["amount"][:-3]
        row["allocations"] = ";".join(
            (a[:-3] if a.endswith(".00") else a) for a in row["allocations"].split(";")) if row["allocations"] else ""
    if row["needs_human"] == "":
        row["needs_human"] = "false"
    ROWS.append(row)
    exp = {}
    for h in ("From", "To", "Cc"):
        if m[h] is not None:
            exp[h] = [a.addr_spec for a in m[h].addresses]
    CHECKS.append((path, exp))


def verify():
    for path, exp in CHECKS:
        data = open(path, "rb").read()
        msg = email.message_from_bytes(data, policy=email.policy.default)
        assert msg["Date"] is not None, path
        for h, addrs in exp.items():
            got = [a.addr_spec for a in msg[h].addresses]
            assert got == addrs, (path, h, got, addrs)
            assert "@" in got[0]
        for raw_line in data.split(b"\n"):
            if raw_line[:5].lower() in (b"from:", b"to: ", b"cc: ") and b"=?" in raw_line:
                # an encoded word must never swallow the <addr> part
                assert b"<" in raw_line.split(b"?=")[-1] or b"@" not in raw_line.split(b"?=")[0], (path, raw_line)
        if msg.get_content_type() == "multipart/report":
            kinds = [p.get_content_type() for p in msg.iter_parts()]
            assert kinds[1] in ("message/delivery-status", "message/disposition-notification"), (path, kinds)


def toml_list(xs, indent="    "):
    if not xs:
        return "[]"
    return "[\n" + "".join(f'{indent}"{x}",\n' for x in xs) + "]"


def write_context():
    inv = []
    for r in ROWS:
        for n in r["invoice_numbers"].split(";"):
            n = n.strip()
            if n and n not in inv and n not in NOT_KNOWN_INV:
                inv.append(n)
    for n in KNOWN_INV:
        if n not in inv:
            inv.append(n)
    s = f'''bot_address = "{BOT}"
staff_domains = ["{DOM}"]
staff_addresses = []
notifiers = {toml_list(NOTIFIERS)}
authserv_ids = ["{MX}"]
require_authentication = true
default_terms_days = 30
known_invoice_numbers = {toml_list(inv)}
known_message_ids = {toml_list(KNOWN_MIDS)}
known_contacts = {toml_list(CONTACTS)}
'''
    with open(os.path.join(HERE, "context.toml"), "w", encoding="utf-8") as fh:
        fh.write(s)


def main():
    for lang in ("en", "de", "ru", "id"):
        d = os.path.join(HERE, lang)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    import importlib
    import sys
    sys.path.insert(0, HERE)
    sys.modules.setdefault('make', sys.modules[__name__])
    for lang in ("en", "de", "ru", "id"):
        importlib.import_module("data_" + lang).make()
    verify()
    with open(os.path.join(HERE, "labels-fifth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        for r in ROWS:
            w.writerow(r)
    write_context()
    from collections import Counter
    c = Counter((r["kind"], r["file"][:2]) for r in ROWS)
    kinds = sorted({k for k, _ in c})
    print("kind".ljust(22), *("en de ru id".split()), "total")
    for k in kinds:
        row = [c[(k, l)] for l in ("en", "de", "ru", "id")]
        print(k.ljust(22), *row, sum(row))
    print("total", len(ROWS))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Rebuild the sixth blind evaluation set: python3 make.py (writes en/ de/ ru/ id/, labels-sixth.csv, context.toml)."""
import csv, os, sys, email, email.policy
from email.message import EmailMessage
from email.headerregistry import Address
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
DOM = "tidewell-trading.com"
BOT = "ar@" + DOM
AUTHSERV = "mx." + DOM
NOTIFIERS = ["notify@paystream.io", "@alerts.meridianbank.com", "@benachrichtigung.rheinmainbank.de",
             "@notifikasi.bankarunika.co.id", "noreply@business.volgabank.ru"]
COLS = ("file,kind,language,invoice_numbers,amount,currency,issue_date,due_date,payment_terms_days,intent,"
        "promised_date,return_date,failed_recipients,bounce_permanent,original_message_id,needs_human,"
        "bounce_reason,challenge,payment_date,payment_full,allocations,note").split(",")
ROWS, EXPECT = [], []
KNOWN_INV, KNOWN_MID, CONTACTS = set(), set(), set()
EXTRA_INV = set()

def mid(tag):
    m = "<%s@%s>" % (tag, DOM)
    KNOWN_MID.add(m)
    return m

def contact(*a):
    for x in a:
        CONTACTS.add(x)

def inv(*a):
    for x in a:
        KNOWN_INV.add(x)

def dt(s, tz=1):
    # "2026-11-20 09:14"
    d = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(hours=tz)))
    return format_datetime(d)

def ar(addr, ok=True, other_serv=None):
    d = addr.split("@")[1]
    if other_serv:
        return "%s; dkim=pass header.d=%s; spf=pass smtp.mailfrom=%s; dmarc=pass header.from=%s" % (other_serv, d, addr, d)
    if ok:
        return "%s; dkim=pass header.d=%s; spf=pass smtp.mailfrom=%s; dmarc=pass header.from=%s" % (AUTHSERV, d, addr, d)
    return "%s; dkim=fail (signature did not verify) header.d=%s; spf=softfail smtp.mailfrom=%s; dmarc=fail header.from=%s" % (AUTHSERV, d, addr, d)

PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")

def base(frm, to, subject, date, cc=None, msgid=None, irt=None, refs=None, auth=True, extra=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    import hashlib
    m["Message-ID"] = msgid or "<%s@%s>" % (hashlib.sha1((subject + date + addr_of(frm)).encode()).hexdigest()[:20], addr_of(frm).split("@")[1])
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    if auth is True:
        m["Authentication-Results"] = ar(addr_of(frm))
    elif auth:
        m["Authentication-Results"] = auth
    for k, v in (extra or {}).items():
        m[k] = v
    return m

def addr_of(s):
    if isinstance(s, Address):
        return s.addr_spec
    s = str(s)
    return s[s.rfind("<") + 1:s.rfind(">")] if "<" in s else s.strip()

def addrs_of(s):
    if not s:
        return []
    if isinstance(s, (list, tuple)):
        return [addr_of(x) for x in s]
    return [addr_of(x) for x in [s]]

def body(m, text, html=None):
    m.set_content(text)
    if html:
        m.add_alternative(html, subtype="html")

def save(lang, name, m, label):
    path = os.path.join(HERE, lang, name + ".eml")
    with open(path, "wb") as f:
        f.write(m.as_bytes(policy=email.policy.default))
    row = {c: "" for c in COLS}
    row.update({k: ("true" if v is True else "false" if v is False else v) for k, v in label.items()})
    row["file"] = "%s/%s.eml" % (lang, name)
    if "language" not in label:
        row["language"] = lang
    for n in row["invoice_numbers"].split(";"):
        if n and row["kind"] in ("invoice_copy", "payment_confirmation", "staff_command"):
            inv(n)
    ROWS.append(row)
    EXPECT.append((path, label.get("_from"), label.get("_to"), label.get("_cc")))

def html_of(text):
    import html as h
    return "<html><body>" + "".join("<p>%s</p>" % h.escape(p).replace("\n", "<br>") for p in text.split("\n\n")) + "</body></html>"

# ---------------------------------------------------------------- builders
def invoice(lang, name, staff, client, subject, date, text, L, html=False, pdf=None, cc_bot=True, extra_cc=None):
    cc = [BOT] + (extra_cc or []) if cc_bot else (extra_cc or None)
    ex = {} if cc_bot else {"Delivered-To": BOT}
    m = base(staff, client, subject, date, cc=", ".join(cc) if cc else None, extra=ex)
    body(m, text, html_of(text) if html else None)
    if pdf:
        m.add_attachment(PDF, maintype="application", subtype="pdf", filename=pdf)
    contact(addr_of(client))
    L = dict(kind="invoice_copy", needs_human=L.pop("needs_human", False), **L)
    L.update(_from=addr_of(staff), _to=addrs_of(client), _cc=cc or [])
    save(lang, name, m, L)

def receipt(lang, name, client, date, orig, orig_subject, human, L, mdn=True, ua="Microsoft Outlook 16.0"):
    if mdn:
        m = base(client, BOT, L.pop("subject", "Read: " + orig_subject), date, auth=True)
        m.set_type("multipart/report")
        m.set_param("report-type", "disposition-notification")
        p1 = EmailMessage(); p1.set_content(human)
        p2 = EmailMessage()
        p2.set_content("Reporting-UA: %s\nOriginal-Recipient: rfc822;%s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n"
                       % (ua, addr_of(client), addr_of(client), orig))
        p2.replace_header("Content-Type", "message/disposition-notification")
        del p2["Content-Transfer-Encoding"]
        p2["Content-Transfer-Encoding"] = "7bit"
        m.attach(p1); m.attach(p2)
        if "In-Reply-To" not in m:
            m["References"] = orig
    else:
        m = base(client, BOT, L.pop("subject", "Read: " + orig_subject), date, irt=orig)
        m["Content-Class"] = "urn:content-classes:mdn"
        body(m, human)
    L = dict(kind="read_receipt", needs_human=False, original_message_id=orig, **L)
    L.update(_from=addr_of(client), _to=[BOT])
    save(lang, name, m, L)

def bounce(lang, name, mailer, date, failed, orig, orig_subject, human, L, status="5.1.1", action="failed",
           diag="550 5.1.1 User unknown", dsn=True, orig_to=None, orig_date=None, subject=None, mta="mail.example.net"):
    m = base(mailer, BOT, subject or "Undelivered Mail Returned to Sender", date, auth=None,
             extra={"Auto-Submitted": "auto-replied"})
    orig_msg = EmailMessage()
    orig_msg["From"] = "Tidewell Trading AR <%s>" % BOT
    orig_msg["To"] = orig_to or failed
    orig_msg["Subject"] = orig_subject
    orig_msg["Date"] = orig_date or format_datetime(email.utils.parsedate_to_datetime(date) - (timedelta(hours=6) if action == "delayed" else timedelta(minutes=3)))
    orig_msg["Message-ID"] = orig
    orig_msg.set_content("(reminder body omitted)\n")
    if dsn:
        m.set_type("multipart/report")
        m.set_param("report-type", "delivery-status")
        p1 = EmailMessage(); p1.set_content(human)
        ds = EmailMessage()
        ds["Content-Type"] = "message/delivery-status"
        b1 = email.message.Message(); b1["Reporting-MTA"] = "dns; " + mta
        b2 = email.message.Message()
        b2["Final-Recipient"] = "rfc822; " + failed
        b2["Original-Recipient"] = "rfc822; " + failed
        b2["Action"] = action; b2["Status"] = status
        b2["Diagnostic-Code"] = "smtp; " + diag
        ds.set_payload([b1, b2])
        m.attach(p1); m.attach(ds)
        rfc = EmailMessage(); rfc.set_content(orig_msg); m.attach(rfc)  # message/rfc822
    else:
        txt = human + "\n\n------ This is a copy of the message's headers. ------\n\n" + \
            "".join("%s: %s\n" % (k, v) for k, v in orig_msg.items())
        body(m, txt)
    L = dict(kind="bounce", needs_human=L.pop("needs_human", False), original_message_id=orig, failed_recipients=failed, **L)
    L.update(_from=addr_of(mailer), _to=[BOT])
    save(lang, name, m, L)

def autoreply(lang, name, client, date, orig, orig_subject, text, L, headers="auto", subject=None, html=False):
    ex = {}
    if headers == "auto":
        ex = {"Auto-Submitted": "auto-replied"}
    elif headers == "ms":
        ex = {"X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": addr_of(client)}
    elif headers == "prec":
        ex = {"Precedence": "auto_reply"}
    elif headers == "vac":
        ex = {"X-Autoreply": "yes", "Auto-Submitted": "auto-generated"}
    m = base(client, BOT, subject or "Automatic reply: " + orig_subject, date, irt=orig, extra=ex)
    body(m, text, html_of(text) if html else None)
    L = dict(kind="auto_reply", needs_human=L.pop("needs_human", False), original_message_id=orig, **L)
    L.update(_from=addr_of(client), _to=[BOT])
    save(lang, name, m, L)

def challenge(lang, name, frm, date, orig, subject, text, L, html=True):
    m = base(frm, BOT, subject, date, irt=orig, extra={"Auto-Submitted": "auto-replied"})
    body(m, text, html_of(text) if html else None)
    L = dict(kind="challenge", needs_human=True, challenge=True, original_message_id=orig, **L)
    L.update(_from=addr_of(frm), _to=[BOT])
    save(lang, name, m, L)

def payment(lang, name, frm, date, subject, text, L, html=False, auth=True, pdf=None):
    m = base(frm, BOT, subject, date, auth=auth)
    body(m, text, html_of(text) if html else None)
    if pdf:
        m.add_attachment(PDF, maintype="application", subtype="pdf", filename=pdf)
    kind = L.pop("kind", "payment_confirmation")
    L = dict(kind=kind, needs_human=L.pop("needs_human", kind != "payment_confirmation"), **L)
    L.update(_from=addr_of(frm), _to=[BOT])
    save(lang, name, m, L)

def reply(lang, name, client, date, orig, subject, text, quoted, L, html=False, cc=None, known=True, auth=True):
    if quoted:
        text = text.rstrip() + "\n\n" + quoted
    m = base(client, BOT, subject, date, irt=orig, cc=cc, auth=auth)
    body(m, text, html_of(text) if html else None)
    if known:
        contact(addr_of(client))
    L = dict(kind=L.pop("kind", "client_reply"), original_message_id=orig if orig else "", **L)
    L.update(_from=addr_of(client), _to=[BOT], _cc=addrs_of(cc) if cc else [])
    save(lang, name, m, L)

def staff(lang, name, frm, date, subject, text, L, auth=True):
    m = base(frm, BOT, subject, date, auth=auth)
    body(m, text)
    kind = L.pop("kind", "staff_command")
    L = dict(kind=kind, needs_human=L.pop("needs_human", kind != "staff_command"), **L)
    L.update(_from=addr_of(frm), _to=[BOT])
    save(lang, name, m, L)

def other(lang, name, frm, date, subject, text, L, html=True, auth=True, to=BOT, pdf=None):
    m = base(frm, to, subject, date, auth=auth)
    body(m, text, html_of(text) if html else None)
    if pdf:
        m.add_attachment(PDF, maintype="application", subtype="pdf", filename=pdf)
    L = dict(kind="other", needs_human=L.pop("needs_human", True), **L)
    L.update(_from=addr_of(frm), _to=[addr_of(to)])
    save(lang, name, m, L)

def quote(intro, text):
    return intro + "\n" + "\n".join("> " + l if l else ">" for l in text.splitlines())

# ---------------------------------------------------------------- main
def main():
    import data_en, data_de, data_ru, data_id
    for mod in (data_en, data_de, data_ru, data_id):
        mod.build(sys.modules[__name__])
    with open(os.path.join(HERE, "labels-sixth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLS)
        w.writeheader()
        for r in ROWS:
            w.writerow({c: r[c] for c in COLS})
    allinv = sorted(KNOWN_INV | EXTRA_INV)
    q = lambda xs: "[" + ", ".join('"%s"' % x for x in sorted(xs)) + "]"
    with open(os.path.join(HERE, "context.toml"), "w", encoding="utf-8") as f:
        f.write('bot_address = "%s"\nstaff_domains = ["%s"]\nstaff_addresses = []\n' % (BOT, DOM))
        f.write("notifiers = %s\n" % q(NOTIFIERS))
        f.write('authserv_ids = ["%s"]\nrequire_authentication = true\ndefault_terms_days = 30\n' % AUTHSERV)
        f.write("known_invoice_numbers = %s\n" % q(allinv))
        f.write("known_message_ids = %s\n" % q(KNOWN_MID))
        f.write("known_contacts = %s\n" % q(CONTACTS))
    # check
    bad = 0
    for path, frm, to, cc in EXPECT:
        msg = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
        try:
            assert msg["From"].addresses[0].addr_spec == frm, (msg["From"], frm)
            assert [a.addr_spec for a in msg["To"].addresses] == list(to), (msg["To"], to)
            if cc:
                assert [a.addr_spec for a in msg["Cc"].addresses] == list(cc), (msg["Cc"], cc)
            assert msg["Date"] is not None
        except AssertionError as e:
            bad += 1
            print("BAD", path, e)
    print(len(ROWS), "messages,", bad, "bad")

if __name__ == "__main__":
    main()

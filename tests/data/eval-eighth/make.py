#!/usr/bin/env python3
"""Render blind set 8 (.eml files, labels-eighth.csv, context.toml) and check it. Stdlib only."""
import sys
sys.dont_write_bytecode = True
import base64
import csv
import hashlib
import os
import quopri
import re
import sys
from email import message_from_bytes, policy
from email.header import Header
from email.utils import formataddr, getaddresses, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from data import world  # noqa: E402
from data import msgs_en, msgs_de, msgs_id, msgs_ru  # noqa: E402

LANGS = [("en", msgs_en), ("de", msgs_de), ("id", msgs_id), ("ru", msgs_ru)]
ADDR_HEADERS = {"from", "to", "cc", "reply-to", "sender", "disposition-notification-to"}
KINDS = {"invoice_copy", "read_receipt", "bounce", "auto_reply", "challenge", "payment_confirmation",
         "client_reply", "other"}
INTENTS = {"paid_claim", "promise", "dispute", "plan_request", "not_received", "payment_details", "stop", "other"}
REASONS = {"user_unknown", "mailbox_full", "policy", "spam", "other"}


def enc_words(text, cs, limit=75):
    """RFC 2047 encoded words in charset cs (B, or Q for iso-8859-*), folded; names the charset as given"""
    useq = cs.lower().startswith("iso-8859") or cs.lower().startswith("windows-125")
    words, chunk = [], ""

    def word(t):
        b = t.encode(cs)
        if useq:
            q = "".join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122 or chr(c) in "!*+-/") else
                        ("_" if c == 32 else "=%02X" % c) for c in b)
            return "=?%s?Q?%s?=" % (cs, q)
        return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode())

    for ch in text:
        if len(word(chunk + ch)) > limit:
            words.append(word(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(word(chunk))
    return "\n ".join(words)


def enc_header(name, value, cs):
    if name.lower() in ADDR_HEADERS:
        out = []
        for n, a in getaddresses([value]):
            if n and not n.isascii():
                out.append("%s <%s>" % (enc_words(n, cs, 300), a))
            elif n:
                out.append(formataddr((n, a)))
            else:
                out.append(a)
        return ", ".join(out)
    if value.isascii():
        return value
    return enc_words(value, cs)


def enc_body(text, charset, cte):
    data = text.replace("\r\n", "\n").encode(charset or "us-ascii")
    if cte in ("7bit", "8bit"):
        return data if data.endswith(b"\n") else data + b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "base64-pre":  # the spec already holds base64 text (binary attachments)
        return data
    raise ValueError(cte)


def render_part(p, seed):
    """return (content-type header lines, body bytes)"""
    if p["type"].startswith("multipart/"):
        b = "----=_Part_%s" % hashlib.sha1(seed.encode()).hexdigest()[:16]
        params = "".join('; %s="%s"' % (k, v) for k, v in p["params"].items())
        head = ['Content-Type: %s%s;\n boundary="%s"' % (p["type"], params, b)]
        body = b"This is a multi-part message in MIME format.\n\n" if p["type"] != "multipart/report" else b""
        for i, sp in enumerate(p["parts"]):
            h, bb = render_part(sp, seed + ".%d" % i)
            body += b"--" + b.encode() + b"\n" + "\n".join(h).encode() + b"\n\n" + bb
            if not body.endswith(b"\n"):
                body += b"\n"
        body += b"--" + b.encode() + b"--\n"
        return head, body
    ct = p["type"]
    if p.get("charset"):
        ct += "; charset=%s" % ('"%s"' % p["charset"] if p["charset"].startswith("windows") else p["charset"])
    if p.get("name"):
        ct += '; name="%s"' % p["name"]
    head = ["Content-Type: " + ct]
    if p["cte"] != "7bit" or p["type"].startswith("text/"):
        head.append("Content-Transfer-Encoding: " + p["cte"].replace("-pre", ""))
    if p.get("name"):
        head.append('Content-Disposition: attachment; filename="%s"' % p["name"])
    elif p.get("inline"):
        head.append("Content-Disposition: inline")
    head.extend("%s: %s" % kv for kv in p.get("extra", []))
    return head, enc_body(p["text"], p.get("charset") or "utf-8", p["cte"])


def render(m):
    out = []
    for k, v in m["headers"]:
        out.append("%s: %s" % (k, enc_header(k, v, m["hcharset"])))
    out.append("MIME-Version: 1.0")
    h, body = render_part(m["body"], m["file"])
    out.extend(h)
    return ("\n".join(out) + "\n\n").encode("ascii") + body


def main():
    rows = []
    for lang, mod in LANGS:
        os.makedirs(os.path.join(HERE, lang), exist_ok=True)
        for old in os.listdir(os.path.join(HERE, lang)):
            if old.endswith(".eml"):
                os.remove(os.path.join(HERE, lang, old))
        for i, m in enumerate(mod.MESSAGES, 1):
            fn = "%s/%02d_%s.eml" % (lang, i, m["file"])
            try:
                raw = render(m)
            except Exception as x:
                sys.exit("%s: %s" % (fn, x))
            with open(os.path.join(HERE, fn), "wb") as f:
                f.write(raw)
            lab = dict(m["labels"])
            lab["file"] = fn
            lab.setdefault("language", lang)
            if not lab["language"]:
                lab["language"] = lang
            rows.append((lab, raw))
    with open(os.path.join(HERE, "labels-eighth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=world.COLS)
        w.writeheader()
        for lab, _ in rows:
            w.writerow({c: lab[c] for c in world.COLS})
    for extra in world.EXTRA_MIDS:
        world.bm(extra)
    q = lambda xs: "[\n" + "".join('  "%s",\n' % x for x in xs) + "]"  # noqa: E731
    with open(os.path.join(HERE, "context.toml"), "w", encoding="utf-8") as f:
        f.write('# blind set 8: Kestrelmoor Systems\nbot_address = "%s"\n' % world.BOT)
        f.write("staff_domains = %s\n" % q(world.STAFF_DOMAINS))
        f.write("staff_addresses = %s\n" % q(sorted(world.addr_of(a) for a in world.STAFF.values())))
        f.write("notifiers = %s\n" % q([world.addr_of(a) for a in world.NOTIFIERS.values()]))
        f.write('authserv_ids = ["%s"]\nrequire_authentication = true\ndefault_terms_days = 30\n' % world.AUTHSERV)
        f.write("known_invoice_numbers = %s\n" % q(sorted(world.INVOICES | set(world.OLDER_INVOICES))))
        f.write("known_message_ids = %s\n" % q(sorted(world.BOT_MIDS.values())))
        f.write("known_contacts = %s\n" % q(sorted(a for d in world.CONTACTS.values() for a in d.values())))
    check(rows)


def check(rows):
    errs = []
    known_mids = set(world.BOT_MIDS.values())
    known_inv = world.INVOICES | set(world.OLDER_INVOICES)
    iso = re.compile(r"^2026-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$|^202[5-7]-\d\d-\d\d$")
    kinds_by_lang = {}
    for lab, raw in rows:
        fn = lab["file"]
        e = lambda s: errs.append("%s: %s" % (fn, s))  # noqa: E731
        msg = message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as x:  # noqa: BLE001
                    e("cannot decode part %s: %s" % (part.get_content_type(), x))
        for k in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[k] is None:
                e("missing " + k)
        str(msg["Subject"])
        for h in ("In-Reply-To",):
            for t in re.findall(r"<[^>]+>", str(msg.get(h, ""))):
                if t not in known_mids:
                    e("%s %s not a bot id" % (h, t))
        om = lab["original_message_id"]
        if om and (om not in known_mids or om.encode() not in raw):
            e("original_message_id %s unknown or absent" % om)
        invs = [x for x in lab["invoice_numbers"].split(";") if x]
        for n in invs:
            if n not in known_inv:
                e("invoice %s unknown" % n)
        if lab["amount"] and not re.fullmatch(r"\d+\.\d\d", lab["amount"]):
            e("bad amount " + lab["amount"])
        for c in ("issue_date", "due_date", "promised_date", "return_date", "payment_date"):
            if lab[c] and not iso.match(lab[c]):
                e("bad date %s=%s" % (c, lab[c]))
        if lab["kind"] not in KINDS:
            e("bad kind")
        if lab["intent"] and (lab["intent"] not in INTENTS or lab["kind"] != "client_reply"):
            e("bad intent")
        if lab["kind"] == "client_reply" and not lab["intent"]:
            e("reply without intent")
        if lab["bounce_reason"] and lab["bounce_reason"] not in REASONS:
            e("bad reason")
        for c in ("bounce_permanent", "payment_full", "challenge", "needs_human"):
            if lab[c] not in ("", "true", "false"):
                e("bad bool " + c)
        if lab["needs_human"] == "":
            e("needs_human empty")
        if lab["allocations"]:
            tot = 0
            for a in lab["allocations"].split(";"):
                n, v = a.rsplit("=", 1)
                if n not in invs:
                    e("allocation %s not labelled" % n)
                if not re.fullmatch(r"\d+\.\d\d", v):
                    e("bad allocation amount")
                tot += round(float(v) * 100)
            if tot != round(float(lab["amount"] or 0) * 100):
                e("allocations sum %d != %s" % (tot, lab["amount"]))
        if lab["kind"] == "payment_confirmation":
            if not (lab["allocations"] and lab["payment_date"] and lab["payment_full"] and lab["amount"]):
                e("payment lacks allocations/date/full/amount")
        if lab["kind"] == "bounce":
            fr = [x for x in lab["failed_recipients"].split(";") if x]
            if not fr or not lab["bounce_permanent"] or not lab["bounce_reason"]:
                e("bounce lacks fields")
            text = raw.decode("latin-1").lower()
            body_all = text + "\n".join(str(p.get_content()).lower() for p in msg.walk()
                                        if p.get_content_maintype() == "text")
            for r in fr:
                if r.lower() not in body_all:
                    e("failed recipient %s not in message" % r)
        if lab["intent"] == "promise" and not lab["promised_date"]:
            e("promise without date")
        if lab["kind"] == "challenge" and lab["challenge"] != "true":
            e("challenge flag")
        if not lab["note"]:
            e("no note")
        kinds_by_lang.setdefault(lab["language"], {}).setdefault(lab["kind"], 0)
        kinds_by_lang[lab["language"]][lab["kind"]] += 1
    for lang, ks in kinds_by_lang.items():
        for k in KINDS:
            if k not in ks:
                errs.append("%s lacks kind %s" % (lang, k))
    for e_ in errs:
        print("ERROR", e_)
    total = len(rows)
    print("%d messages" % total)
    for lang in sorted(kinds_by_lang):
        print(lang, sum(kinds_by_lang[lang].values()), dict(sorted(kinds_by_lang[lang].items())))
    if errs:
        sys.exit(1)
    print("self-check OK")


if __name__ == "__main__":
    main()

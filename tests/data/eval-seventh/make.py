#!/usr/bin/env python3
"""Generate the seventh blind evaluation set for mailbot (deterministic).

World and messages live in data/*.py (world.py + one module per language).
Run:  python3 make.py          -> writes en/ de/ id/ ru/ *.eml, labels-seventh.csv, context.toml
      python3 make.py --check  -> also runs the self-check (always run after writing)
"""
import csv
import hashlib
import importlib
import os
import re
import sys
from email import message_from_bytes
from email.header import Header
from email.utils import formataddr, parseaddr, getaddresses
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "data"))
import world  # noqa: E402

COLUMNS = ("file,kind,language,invoice_numbers,amount,currency,issue_date,due_date,"
           "payment_terms_days,intent,promised_date,return_date,failed_recipients,"
           "bounce_permanent,original_message_id,needs_human,bounce_reason,challenge,"
           "payment_date,payment_full,allocations,note").split(",")
KINDS = {"invoice_copy", "read_receipt", "bounce", "auto_reply", "challenge",
         "payment_confirmation", "client_reply", "staff_command", "other"}
INTENTS = {"paid_claim", "promise", "dispute", "plan_request", "not_received",
           "payment_details", "stop", "other"}


def enc_text(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode()


def enc_addrs(v):
    out = []
    for name, addr in getaddresses([v]):
        if not name:
            out.append(addr)
            continue
        try:
            name.encode("ascii")
            out.append(formataddr((name, addr)))
        except UnicodeEncodeError:
            out.append(formataddr((name, addr), charset="utf-8"))
    return ", ".join(out)


ADDR_HEADERS = {"from", "to", "cc", "reply-to", "sender", "disposition-notification-to",
                "return-receipt-to"}


def auth_header(mode, frm):
    dom = parseaddr(frm)[1].rpartition("@")[2] or "unknown.invalid"
    a = world.AUTHSERV
    if mode == "pass":
        return (f"{a}; dkim=pass header.d={dom} header.s=s1 header.b=Qm7x; "
                f"spf=pass smtp.mailfrom={dom}; dmarc=pass (p=QUARANTINE) header.from={dom}")
    if mode == "fail":
        return (f"{a}; dkim=fail (body hash did not verify) header.d={dom}; "
                f"spf=softfail smtp.mailfrom={dom}; dmarc=fail (p=REJECT) header.from={dom}")
    if mode == "spfonly":
        return f"{a}; dkim=none; spf=pass smtp.mailfrom={dom}; dmarc=none header.from={dom}"
    if mode == "dsn":
        return f"{a}; dkim=none; spf=none smtp.helo={dom}; dmarc=none"
    return None


def render(m, lang):
    """Return bytes of one message from its spec dict."""
    frm = m["frm"]
    h = []
    h.append(("Return-Path", m.get("return_path", "<" + parseaddr(frm)[1] + ">")))
    h.append(("Delivered-To", m.get("delivered_to", world.BOT)))
    local, _, fdom = parseaddr(frm)[1].rpartition("@")
    fdom = fdom or "relay.invalid"
    auto = local.lower() in ("mailer-daemon", "postmaster")
    relay = m.get("relay", fdom if auto else "mail." + fdom)
    h.append(("Received", f"from {relay} ({relay} [203.0.113.{m['_n'] % 200 + 20}]) by {world.MX} "
              f"with ESMTPS id {m['_hid'][:10]}; {m['date']}"))
    mode = m.get("auth", "pass")
    for extra in m.get("pre_hdrs", []):  # e.g. a foreign Authentication-Results on top
        h.append(extra)
    ah = auth_header(mode, frm)
    if ah:
        h.append(("Authentication-Results", ah))
    h.append(("From", frm))
    h.append(("To", m.get("to", world.BOT)))
    if m.get("cc"):
        h.append(("Cc", m["cc"]))
    h.append(("Subject", m["subj"]))
    h.append(("Date", m["date"]))
    h.append(("Message-ID", m.get("mid") or f"<{m['_hid'][:16]}@{relay}>"))
    if m.get("irt"):
        h.append(("In-Reply-To", m["irt"]))
        h.append(("References", m.get("refs", m["irt"])))
    elif m.get("refs"):
        h.append(("References", m["refs"]))
    for extra in m.get("hdrs", []):
        h.append(extra)
    h.append(("MIME-Version", "1.0"))
    lines = []
    for k, v in h:
        v = enc_addrs(v) if k.lower() in ADDR_HEADERS else enc_text(v)
        lines.append(f"{k}: {v}")
    boundary = "=_b7_" + m["_hid"][:20]
    body = m.get("body", "")
    if m.get("parts"):
        ctype = m.get("ctype", "multipart/mixed")
        lines.append(f'Content-Type: {ctype}; boundary="{boundary}"')
        out = "\r\n".join(lines) + "\r\n\r\nThis is a MIME-formatted message.\r\n"
        for pt, ptext in m["parts"]:
            out += f"--{boundary}\r\n"
            if pt.startswith("text/") and "charset" not in pt:
                pt += "; charset=utf-8"
            out += f"Content-Type: {pt}\r\n"
            if pt.startswith("text/"):
                out += "Content-Transfer-Encoding: 8bit\r\n"
            out += "\r\n" + ptext.strip("\n").replace("\n", "\r\n") + "\r\n"
        out += f"--{boundary}--\r\n"
    else:
        lines.append("Content-Type: text/plain; charset=utf-8")
        lines.append("Content-Transfer-Encoding: 8bit")
        out = "\r\n".join(lines) + "\r\n\r\n" + body.strip("\n").replace("\n", "\r\n") + "\r\n"
    return out.encode("utf-8")


def default_needs_human(kind, intent):
    if kind == "invoice_copy":
        return "false"
    if kind in ("read_receipt", "bounce", "auto_reply", "payment_confirmation", "staff_command"):
        return "false"
    if kind in ("challenge", "other"):
        return "true"
    if kind == "client_reply":
        return "false" if intent in ("promise", "stop", "payment_details") else "true"
    return ""


def build():
    rows = []
    for lang in ("en", "de", "id", "ru"):
        mod = importlib.import_module("msgs_" + lang)
        seen = set()
        outdir = os.path.join(HERE, lang)
        os.makedirs(outdir, exist_ok=True)
        for old in os.listdir(outdir):  # stale files from an earlier numbering
            if old.endswith(".eml"):
                os.remove(os.path.join(outdir, old))
        for i, m in enumerate(mod.MSGS, 1):
            fname = f"{i:02d}_{m['name']}.eml"
            rel = f"{lang}/{fname}"
            assert m["name"] not in seen, rel
            seen.add(m["name"])
            m["_n"] = i
            m["_hid"] = hashlib.sha1(("b7/" + rel).encode()).hexdigest()
            with open(os.path.join(HERE, rel), "wb") as f:
                f.write(render(m, lang))
            lab = dict(m["lab"])
            lab["file"] = rel
            lab.setdefault("language", lang)
            if "needs_human" not in lab:
                lab["needs_human"] = default_needs_human(lab["kind"], lab.get("intent", ""))
            if lab["kind"] == "challenge":
                lab.setdefault("challenge", "true")
            for k, v in list(lab.items()):
                if isinstance(v, bool):
                    lab[k] = "true" if v else "false"
                elif isinstance(v, (list, tuple)):
                    lab[k] = ";".join(v)
                elif isinstance(v, int):
                    lab[k] = str(v)
            unknown = set(lab) - set(COLUMNS)
            assert not unknown, (rel, unknown)
            rows.append({c: lab.get(c, "") for c in COLUMNS})
    with open(os.path.join(HERE, "labels-seventh.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    write_context()
    return rows


def toml_list(xs):
    return "[\n" + "".join(f'  "{x}",\n' for x in xs) + "]"


def write_context():
    c = []
    c.append(f'bot_address = "{world.BOT}"')
    c.append(f"staff_domains = {toml_list(world.STAFF_DOMAINS)}")
    c.append("staff_addresses = []  # staff are trusted by domain; the eight staff are listed in README.md")
    c.append("notifiers = " + toml_list(world.NOTIFIERS))
    c.append(f'authserv_ids = ["{world.AUTHSERV}"]')
    c.append("require_authentication = true")
    c.append("default_terms_days = 30")
    c.append("known_invoice_numbers = " + toml_list(world.all_invoices()))
    c.append("known_message_ids = " + toml_list(world.all_msgids()))
    c.append("known_contacts = " + toml_list(world.all_contacts()))
    with open(os.path.join(HERE, "context.toml"), "w", encoding="utf-8") as f:
        f.write("# context for the seventh blind set (Quillmere Instruments)\n" + "\n".join(c) + "\n")


ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMT = re.compile(r"^\d+\.\d\d$")


def check(rows):
    import datetime
    import tomllib
    from collections import Counter
    errs = []
    with open(os.path.join(HERE, "context.toml"), "rb") as f:
        ctx = tomllib.load(f)
    inv = set(ctx["known_invoice_numbers"])
    mids = set(ctx["known_message_ids"])
    for r in rows:
        p = os.path.join(HERE, r["file"])
        with open(p, "rb") as f:
            raw = f.read()
        msg = message_from_bytes(raw, policy=policy.default)
        for hk in ("From", "Subject", "Date", "Message-ID"):
            if not msg[hk]:
                errs.append(f"{r['file']}: no {hk}")
        try:
            for part in msg.walk():
                if part.get_content_maintype() == "text":
                    part.get_content()
        except Exception as e:  # noqa: BLE001
            errs.append(f"{r['file']}: body {e}")
        irt = msg["In-Reply-To"]
        if irt and str(irt).strip() not in mids:
            errs.append(f"{r['file']}: In-Reply-To {irt} unknown")
        if r["original_message_id"] and r["original_message_id"] not in mids:
            errs.append(f"{r['file']}: original_message_id unknown")
        if r["original_message_id"] and r["original_message_id"].encode() not in raw:
            errs.append(f"{r['file']}: original_message_id not in message")
        if r["kind"] not in KINDS:
            errs.append(f"{r['file']}: kind {r['kind']}")
        if r["kind"] == "client_reply" and r["intent"] not in INTENTS:
            errs.append(f"{r['file']}: intent {r['intent']!r}")
        if r["kind"] != "client_reply" and r["intent"]:
            errs.append(f"{r['file']}: intent on non-reply")
        for n in filter(None, r["invoice_numbers"].split(";")):
            if n not in inv:
                errs.append(f"{r['file']}: invoice {n} unknown")
        if r["amount"] and not AMT.match(r["amount"]):
            errs.append(f"{r['file']}: amount {r['amount']}")
        if r["amount"] and not r["currency"]:
            errs.append(f"{r['file']}: amount without currency")
        for dk in ("issue_date", "due_date", "promised_date", "return_date", "payment_date"):
            if r[dk]:
                if not ISO.match(r[dk]):
                    errs.append(f"{r['file']}: {dk} {r[dk]}")
                else:
                    datetime.date.fromisoformat(r[dk])
        if r["kind"] == "payment_confirmation":
            if not r["allocations"]:
                errs.append(f"{r['file']}: payment without allocations")
            if not r["payment_date"] or r["payment_full"] not in ("true", "false"):
                errs.append(f"{r['file']}: payment_date/full missing")
        if r["allocations"]:
            tot = 0
            for a in r["allocations"].split(";"):
                k, _, v = a.partition("=")
                if k not in inv:
                    errs.append(f"{r['file']}: allocation invoice {k} unknown")
                if k not in r["invoice_numbers"].split(";"):
                    errs.append(f"{r['file']}: allocation {k} not in invoice_numbers")
                if not AMT.match(v):
                    errs.append(f"{r['file']}: allocation amount {v}")
                tot += round(float(v) * 100)
            if tot != round(float(r["amount"] or 0) * 100):
                errs.append(f"{r['file']}: allocations {tot} != amount {r['amount']}")
        if r["kind"] == "bounce":
            if not r["failed_recipients"] or r["bounce_permanent"] not in ("true", "false"):
                errs.append(f"{r['file']}: bounce labels incomplete")
            for a in r["failed_recipients"].split(";"):
                if a.lower().encode() not in raw.lower():
                    errs.append(f"{r['file']}: failed recipient {a} not in message")
        if r["kind"] == "client_reply" and r["intent"] == "promise" and not r["promised_date"]:
            errs.append(f"{r['file']}: promise without date")
        if r["needs_human"] not in ("true", "false"):
            errs.append(f"{r['file']}: needs_human {r['needs_human']!r}")
        if r["payment_terms_days"] and not r["payment_terms_days"].isdigit():
            errs.append(f"{r['file']}: terms")
        if not r["note"]:
            errs.append(f"{r['file']}: no note")
    on_disk = {f"{lang}/{f}" for lang in ("en", "de", "id", "ru") for f in os.listdir(os.path.join(HERE, lang))}
    if on_disk != {r["file"] for r in rows}:
        errs.append(f"files on disk differ from labels: {sorted(on_disk ^ {r['file'] for r in rows})}")
    by = Counter((r["language"] if r["file"].startswith(r["language"]) else r["file"][:2], r["kind"]) for r in rows)
    kinds = Counter(r["kind"] for r in rows)
    langs = Counter(r["file"][:2] for r in rows)
    for lang in ("en", "de", "id", "ru"):
        for k in KINDS:
            if not any(r["file"].startswith(lang) and r["kind"] == k for r in rows):
                errs.append(f"{lang}: no message of kind {k}")
    print("messages:", len(rows), dict(langs))
    print("kinds:", dict(kinds))
    print("kind x dir:")
    for k in sorted(KINDS):
        print(f"  {k:22s}", " ".join(f"{lang}={sum(1 for r in rows if r['kind']==k and r['file'].startswith(lang))}" for lang in ("en", "de", "id", "ru")))
    print("text languages:", dict(Counter(r["language"] for r in rows)))
    if errs:
        print("ERRORS:")
        for e in errs:
            print("  ", e)
        sys.exit(1)
    print("self-check OK")


if __name__ == "__main__":
    rows = build()
    check(rows)

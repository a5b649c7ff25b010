#!/usr/bin/env python3
"""Generate the blind14 evaluation set from data/*.py, write labels and context, then self-check."""
import csv, email, importlib, io, os, re, sys
sys.dont_write_bytecode = True
from email import policy
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE); sys.path.insert(0, os.path.join(HERE, "data"))
from mailkit import COLS, BOT, MX, pdf_ok

DESKS = ["en", "de", "id", "ru"]
QUOTA = {"invoice_copy": 8, "read_receipt": 3, "bounce": 5, "auto_reply": 5, "challenge": 1,
         "payment_confirmation": 5, "client_reply": 13, "other": 4}
INTENTS = {"paid", "promise", "dispute", "plan_request", "question", "stop", "other"}
REASONS = {"user_unknown", "mailbox_full", "policy", "spam", "other"}
BOTID = re.compile(r"^<mb\.(\d{8})\.[0-9a-f]{12}@ar\.saltmarsh-solar\.com>$")
ISO = re.compile(r"^2026-\d\d-\d\d$|^2027-\d\d-\d\d$")
AMT = re.compile(r"^\d+\.\d\d$")
INVRE = re.compile(r"^[^;\s][^;]*$")

def toml_list(xs):
    return "[\n" + "".join('  "%s",\n' % x.replace("\\", "\\\\").replace('"', '\\"') for x in xs) + "]"

def main():
    rows, errs, ctx = [], [], dict(staff_domains=[], staff_addresses=[], notifiers=[], inv=set(), ids=[], contacts=[])
    for d in DESKS:
        mod = importlib.import_module(d)
        os.makedirs(os.path.join(HERE, d), exist_ok=True)
        for f in os.listdir(os.path.join(HERE, d)):
            if f.endswith(".eml"): os.remove(os.path.join(HERE, d, f))
        items = mod.build()
        for i, (slug, raw, lab) in enumerate(items, 1):
            fn = "%s/%02d_%s.eml" % (d, i, slug)
            with open(os.path.join(HERE, fn), "wb") as fh: fh.write(raw)
            lab = dict(lab); lab["file"] = fn; rows.append(lab)
        ctx["staff_domains"].append(mod.STAFF_DOMAIN); ctx["staff_addresses"] += mod.STAFF
        ctx["notifiers"] += mod.NOTIFIERS; ctx["contacts"] += mod.CONTACTS
        for r in mod.REMINDERS:
            ctx["ids"].append(r["id"]); ctx["inv"].update(r["invoices"])
        for _, _, lab in items:
            if lab["kind"] != "invoice_copy" and lab["invoice_numbers"]:
                ctx["inv"].update(lab["invoice_numbers"].split(";"))
    with open(os.path.join(HERE, "labels-fourteenth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, COLS, lineterminator="\n"); w.writeheader(); w.writerows(rows)
    with open(os.path.join(HERE, "context.toml"), "w", encoding="utf-8") as fh:
        fh.write('bot_address = "%s"\n' % BOT)
        fh.write("staff_domains = %s\n" % toml_list(ctx["staff_domains"]))
        fh.write("staff_addresses = %s\n" % toml_list(ctx["staff_addresses"]))
        fh.write("notifiers = %s\n" % toml_list(ctx["notifiers"]))
        fh.write("authserv_ids = %s\n" % toml_list([MX]))
        fh.write("require_authentication = true\ndefault_terms_days = 30\n")
        fh.write("known_invoice_numbers = %s\n" % toml_list(sorted(ctx["inv"])))
        fh.write("known_message_ids = %s\n" % toml_list(ctx["ids"]))
        fh.write("known_contacts = %s\n" % toml_list(sorted(set(ctx["contacts"]))))
    check(rows, ctx, errs)
    for e in errs: print("FAIL:", e)
    print("%d messages, %d errors" % (len(rows), len(errs)))
    return 1 if errs else 0

def check(rows, ctx, errs):
    # csv round trip
    with open(os.path.join(HERE, "labels-fourteenth.csv"), encoding="utf-8") as fh:
        rd = list(csv.reader(fh))
    if rd[0] != COLS: errs.append("csv header")
    files = [r[0] for r in rd[1:]]
    if len(files) != len(set(files)): errs.append("duplicate label rows")
    on_disk = sorted("%s/%s" % (d, f) for d in DESKS for f in os.listdir(os.path.join(HERE, d)) if f.endswith(".eml"))
    if sorted(files) != on_disk: errs.append("label rows != files on disk")
    for d in DESKS:
        c = Counter(r["kind"] for r in rows if r["file"].startswith(d + "/"))
        if dict(c) != QUOTA: errs.append("%s quota %s" % (d, dict(c)))
    ids = set(ctx["ids"])
    for r in rows:
        fn = r["file"]; raw = open(os.path.join(HERE, fn), "rb").read()
        m = email.message_from_bytes(raw, policy=policy.default)
        first = raw.split(b"\n", 1)[0]
        if not first.startswith(b"Authentication-Results: " + MX.encode()): errs.append(fn + ": AR not first")
        if raw.count(b"Authentication-Results:") != 1: errs.append(fn + ": AR count")
        for hn in ("From", "Date", "Message-ID", "Subject", "MIME-Version"):
            if m[hn] is None: errs.append("%s: missing %s" % (fn, hn))
        try:
            dt = m["Date"].datetime
            if not ("2026-11-02" <= dt.date().isoformat() <= "2026-12-11"): errs.append(fn + ": date out of range")
        except Exception as e:
            errs.append("%s: bad date %s" % (fn, e))
        for part in m.walk():
            if part.defects: errs.append("%s: defects %s" % (fn, part.defects))
            ct = part.get_content_type()
            if part.get_content_maintype() == "text" and part["Content-Type"] is not None:
                try:
                    s = part.get_content()
                    if not s.strip(): errs.append(fn + ": empty text part")
                    if "\ufffd" in s: errs.append(fn + ": replacement char")
                except Exception as e:
                    errs.append("%s: text decode %s" % (fn, e))
            if ct == "application/pdf" and not pdf_ok(part.get_payload(decode=True)): errs.append(fn + ": bad pdf")
        # labels
        if r["kind"] not in QUOTA: errs.append(fn + ": kind")
        if not re.match(r"^[a-z]{2}$", r["language"]): errs.append(fn + ": language")
        if r["amount"] and not AMT.match(r["amount"]): errs.append(fn + ": amount fmt")
        if r["amount"] and not r["currency"]: errs.append(fn + ": amount w/o currency")
        if r["currency"] and not re.match(r"^[A-Z]{3}$", r["currency"]): errs.append(fn + ": currency")
        for k in ("issue_date", "due_date", "promised_date", "return_date", "payment_date"):
            if r[k] and not ISO.match(r[k]): errs.append("%s: %s fmt" % (fn, k))
        if r["payment_terms_days"] and not r["payment_terms_days"].isdigit(): errs.append(fn + ": terms")
        for k in ("bounce_permanent", "needs_human", "challenge", "payment_full"):
            if r[k] not in ("", "true", "false"): errs.append("%s: %s bool" % (fn, k))
        if r["needs_human"] == "": errs.append(fn + ": needs_human empty")
        if r["invoice_numbers"] and not all(INVRE.match(x) for x in r["invoice_numbers"].split(";")): errs.append(fn + ": inv fmt")
        if (r["kind"] == "client_reply") != bool(r["intent"]): errs.append(fn + ": intent")
        if r["intent"] and r["intent"] not in INTENTS: errs.append(fn + ": intent value")
        if r["intent"] == "promise" and not r["promised_date"]: errs.append(fn + ": promise w/o date")
        if r["kind"] == "bounce":
            if r["bounce_reason"] not in REASONS or not r["failed_recipients"] or not r["bounce_permanent"]: errs.append(fn + ": bounce fields")
            for a in r["failed_recipients"].split(";"):
                if a.encode() not in raw: errs.append(fn + ": failed rcpt not in raw")
        elif r["bounce_reason"] or r["failed_recipients"] or r["bounce_permanent"]: errs.append(fn + ": bounce fields on non-bounce")
        if (r["kind"] == "challenge") != (r["challenge"] == "true"): errs.append(fn + ": challenge flag")
        if r["kind"] == "challenge" and r["needs_human"] != "true": errs.append(fn + ": challenge nh")
        if r["kind"] == "payment_confirmation":
            if not (r["amount"] and r["payment_date"]): errs.append(fn + ": payment fields")
            if bool(r["invoice_numbers"]) != bool(r["payment_full"]): errs.append(fn + ": payment_full vs invoices")
        elif r["payment_date"] or r["payment_full"]: errs.append(fn + ": payment fields on non-payment")
        if r["allocations"]:
            al = dict(x.split("=") for x in r["allocations"].split(";"))
            if set(al) != set(r["invoice_numbers"].split(";")) or any(not AMT.match(v) for v in al.values()): errs.append(fn + ": allocations")
            if abs(sum(float(v) for v in al.values()) - float(r["amount"] or 0)) > 0.005: errs.append(fn + ": allocation sum")
        if r["original_message_id"]:
            if not BOTID.match(r["original_message_id"]): errs.append(fn + ": omid fmt")
            if r["original_message_id"].encode() not in raw: errs.append(fn + ": omid not in raw")
            if r["original_message_id"] not in ids: errs.append(fn + ": omid not a known reminder")
        if r["return_date"] and r["kind"] != "auto_reply": errs.append(fn + ": return_date on non auto_reply")
        if r["kind"] == "invoice_copy" and not r["invoice_numbers"]: errs.append(fn + ": invoice w/o number")

if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the blind evaluation set (desks en, de, id, ru), its labels,
reminders-sent.csv and context.toml, then re-parse and check everything.
Exit status 1 on any failure. Standard library only; deterministic."""
import collections
import csv
import email
import email.policy
import io
import os
import re
import shutil
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lib  # noqa: E402
import desk_en, desk_de, desk_id, desk_ru  # noqa: E402,E401

HEADER = ("file,kind,language,invoice_numbers,amount,currency,issue_date,due_date,payment_terms_days,intent,"
          "promised_date,return_date,failed_recipients,bounce_permanent,original_message_id,needs_human,"
          "bounce_reason,challenge,payment_date,payment_full,allocations,note")
COLS = HEADER.split(",")
KINDS = {"invoice_copy", "client_reply", "payment_confirmation", "bounce", "auto_reply", "read_receipt",
         "challenge", "staff_command", "other"}
INTENTS = {"paid_claim", "promise", "dispute", "question", "not_received", "payment_details", "plan_request",
           "stop", "other"}
REASONS = {"user_unknown", "mailbox_full", "policy", "spam", "other"}
MACHINE = {"bounce", "auto_reply", "read_receipt", "challenge"}

DESKS = [("en", desk_en), ("de", desk_de), ("id", desk_id), ("ru", desk_ru)]

errors = []


def err(f, m):
    errors.append("%s: %s" % (f, m))


def build():
    rows = []
    files = {}
    for desk, mod in DESKS:
        entries = mod.build()
        for n, (slug, raw, label) in enumerate(entries, 1):
            fn = "%s/%02d_%s.eml" % (desk, n, slug)
            if fn in files:
                err(fn, "duplicate file name")
            files[fn] = raw
            row = {c: "" for c in COLS}
            for k, v in label.items():
                if k not in row:
                    err(fn, "unknown label key %s" % k)
                    continue
                if isinstance(v, bool):
                    v = "true" if v else "false"
                row[k] = str(v)
            row["file"] = fn
            rows.append(row)
    return files, rows


def write(files, rows):
    for desk, _ in DESKS:
        d = os.path.join(HERE, desk)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for fn, raw in files.items():
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(HERE, "labels-twentieth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLS, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow(r)
    with open(os.path.join(HERE, "reminders-sent.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["id", "date", "recipient", "invoices", "amounts", "currency", "due"])
        for r in sorted(lib.REMINDERS, key=lambda r: (r.when.astimezone(lib._dt.timezone.utc), r.id)):
            w.writerow([r.id, r.when.isoformat(), r.to, ";".join(i[0] for i in r.items),
                        ";".join(i[1] for i in r.items), r.cur, ";".join(i[2] for i in r.items)])
    write_context()


def toml_list(xs):
    return "[\n" + "".join('  "%s",\n' % x for x in xs) + "]"


def write_context():
    staff_domains, staff, notifiers = [], [], []
    for _, mod in DESKS:
        staff_domains += mod.STAFF_DOMAINS
        staff += mod.STAFF
        notifiers += mod.NOTIFIERS
    invoices = []
    for r in lib.REMINDERS:
        for i in r.invoices:
            if i not in invoices:
                invoices.append(i)
    txt = "# mailbot context for the blind set (Norrvik Cold Systems group)\n"
    txt += 'bot_address = "%s"\n' % lib.BOT
    txt += "staff_domains = %s\n" % toml_list(staff_domains)
    txt += "staff_addresses = %s\n" % toml_list(staff)
    txt += "notifiers = %s\n" % toml_list(notifiers)
    txt += 'authserv_ids = ["%s"]\n' % lib.AUTHSERV
    txt += "require_authentication = true\n"
    txt += "default_terms_days = 30\n"
    txt += "known_invoice_numbers = %s\n" % toml_list(invoices)
    txt += "known_message_ids = []\nknown_contacts = []\n"
    with open(os.path.join(HERE, "context.toml"), "w", encoding="utf-8") as fh:
        fh.write(txt)


MBID = re.compile(r"<mb\.\d{8}\.[0-9a-f]{12}@ar\.norrvik-cold\.com>")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMT = re.compile(r"^\d+\.\d{2}$")


def check_message(fn, raw):
    if b"\r" in raw and b"\r\n" not in raw:
        err(fn, "bare CR")
    for line in raw.replace(b"\r\n", b"\n").split(b"\n"):
        if len(line) > 998:
            err(fn, "line longer than 998 octets")
    head = raw.split(b"\n\n", 1)[0] if b"\r\n" not in raw else raw.split(b"\r\n\r\n", 1)[0]
    try:
        head.decode("ascii")
    except UnicodeDecodeError:
        err(fn, "non-ASCII byte in top-level header block")
    first = raw.split(b"\n", 1)[0].decode("ascii", "replace")
    if not first.startswith("Authentication-Results: " + lib.AUTHSERV + ";"):
        err(fn, "first header is not our Authentication-Results")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for k in ("From", "Date", "Message-ID", "Subject"):
        if msg[k] is None:
            err(fn, "missing %s" % k)
    try:
        msg["Date"].datetime.isoformat()
    except Exception as e:  # noqa: BLE001
        err(fn, "bad Date: %s" % e)
    if msg.get("From") and len(msg["From"].addresses) != 1:
        err(fn, "From must carry exactly one address")
    texts = []
    for part in msg.walk():
        if part.defects:
            err(fn, "MIME defects %r in %s" % (part.defects, part.get_content_type()))
        for name, value in part.items():
            d = getattr(value, "defects", ())
            if d:
                err(fn, "header %s defects %r" % (name, d))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        cte = part.get("Content-Transfer-Encoding", "7bit").lower()
        if ct.startswith("text/"):
            payload = part.get_payload(decode=True)
            cs = part.get_content_charset() or "us-ascii"
            try:
                t = payload.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                err(fn, "charset %s does not decode: %s" % (cs, e))
                continue
            if cte == "7bit":
                try:
                    part.get_payload(decode=False).encode("ascii")
                except UnicodeEncodeError:
                    err(fn, "7bit part carries 8-bit data")
            if "\ufffd" in t:
                err(fn, "replacement char in decoded text")
            try:
                part.get_content()
            except Exception as e:  # noqa: BLE001
                err(fn, "get_content failed: %s" % e)
            texts.append(t)
        elif ct in ("application/xml", "text/xml"):
            texts.append(part.get_payload(decode=True).decode("utf-8"))
            try:
                ET.fromstring(part.get_payload(decode=True))
            except ET.ParseError as e:
                err(fn, "XML attachment not well-formed: %s" % e)
        elif ct == "application/pdf":
            data = part.get_payload(decode=True)
            texts.append(data.decode("latin-1"))
            if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-8:]:
                err(fn, "bad PDF")
            m = re.search(rb"startxref\n(\d+)\n", data)
            if not m or not data[int(m.group(1)):].startswith(b"xref"):
                err(fn, "PDF startxref wrong")
            else:
                for om in re.finditer(rb"(\d{10}) 00000 n \n", data):
                    off = int(om.group(1))
                    if not re.match(rb"\d+ 0 obj", data[off:off + 12]):
                        err(fn, "PDF xref offset wrong")
    for part in msg.walk():
        for name, value in part.items():
            texts.append(str(value))
    return msg, texts


def check_presence(rows, texts):
    """Labelled facts a reader could find must actually be in the message."""
    for r in rows:
        f = r["file"]
        blob = "\n".join(texts[f])
        flat = blob.replace("/", "-")
        if r["challenge"] and r["challenge"] not in blob:
            err(f, "challenge target not in message")
        if r["kind"] not in MACHINE and r["invoice_numbers"]:
            for inv in r["invoice_numbers"].split(";"):
                if inv not in blob and inv.replace("/", "-") not in flat:
                    err(f, "invoice %s not found in message" % inv)
        if r["kind"] == "bounce" and r["failed_recipients"] not in blob:
            err(f, "failed recipient not in message")


def check_labels(rows, files, msgs):
    rem = {r.id: r for r in lib.REMINDERS}
    if len(rem) != len(lib.REMINDERS):
        err("reminders", "duplicate reminder ids")
    seen = collections.Counter(r["file"] for r in rows)
    for f, c in seen.items():
        if c != 1:
            err(f, "labelled %d times" % c)
    for f in files:
        if f not in seen:
            err(f, "not labelled")
    on_disk = set()
    for desk, _ in DESKS:
        for n in os.listdir(os.path.join(HERE, desk)):
            on_disk.add("%s/%s" % (desk, n))
    if on_disk != set(files):
        err("tree", "files on disk differ from generated set")
    mids = collections.Counter()
    for r in rows:
        f = r["file"]
        msg = msgs[f]
        mids[msg["Message-ID"]] += 1
        k = r["kind"]
        if k not in KINDS:
            err(f, "bad kind %r" % k)
        if not re.match(r"^[a-z]{2}$", r["language"]):
            err(f, "bad language")
        for c in ("issue_date", "due_date", "promised_date", "return_date", "payment_date"):
            if r[c] and not DATE.match(r[c]):
                err(f, "bad %s %r" % (c, r[c]))
        if r["amount"] and not AMT.match(r["amount"]):
            err(f, "bad amount %r" % r["amount"])
        if r["payment_terms_days"] and not r["payment_terms_days"].isdigit():
            err(f, "bad terms")
        for c in ("bounce_permanent", "needs_human", "payment_full"):
            if r[c] not in ("", "true", "false"):
                err(f, "bad bool %s" % c)
        if r["needs_human"] == "":
            err(f, "needs_human must be set")
        if r["intent"] and r["intent"] not in INTENTS:
            err(f, "bad intent")
        if k == "client_reply" and not r["intent"]:
            err(f, "client_reply without intent")
        if k != "client_reply" and r["intent"]:
            err(f, "intent on non-reply")
        if r["bounce_reason"] and r["bounce_reason"] not in REASONS:
            err(f, "bad bounce_reason")
        if k == "bounce" and (not r["failed_recipients"] or not r["bounce_permanent"] or not r["bounce_reason"]):
            err(f, "bounce fields incomplete")
        if k == "challenge" and (not r["challenge"] or r["needs_human"] != "true"):
            err(f, "challenge fields incomplete")
        if r["currency"] and not re.match(r"^[A-Z]{3}$", r["currency"]):
            err(f, "bad currency")
        if r["amount"] and not r["currency"]:
            err(f, "amount without currency")
        if r["allocations"]:
            tot = 0.0
            for a in r["allocations"].split(";"):
                m = re.match(r"^([^=;]+)=(\d+\.\d{2})$", a)
                if not m:
                    err(f, "bad allocation %r" % a)
                    continue
                tot += float(m.group(2))
                if m.group(1) not in r["invoice_numbers"].split(";"):
                    err(f, "allocation to unlisted invoice")
            if k == "payment_confirmation" and r["amount"] and abs(tot - float(r["amount"])) > 0.005:
                err(f, "allocations do not sum to amount")
        if k == "payment_confirmation":
            for c in ("amount", "currency", "payment_date", "payment_full", "invoice_numbers"):
                if not r[c]:
                    err(f, "payment without %s" % c)
        if k == "invoice_copy" and (not r["invoice_numbers"] or not r["issue_date"]):
            err(f, "invoice_copy without number/issue date")
        omid = r["original_message_id"]
        if omid:
            if omid not in rem:
                err(f, "original_message_id %s not in reminders-sent" % omid)
            elif k in MACHINE:
                if set(r["invoice_numbers"].split(";")) != set(rem[omid].invoices):
                    err(f, "invoice_numbers differ from reminder %s" % omid)
        if k in MACHINE and not omid:
            err(f, "machine mail without original_message_id")
        if k == "staff_command" and r["intent"]:
            err(f, "staff_command with intent")
        # threading: every bot id mentioned anywhere must exist
        raw = files[f].decode("utf-8", "replace")
        for m in MBID.findall(raw):
            if m not in rem:
                err(f, "references unknown reminder %s" % m)
        hdr_ids = " ".join(str(msg.get(h, "")) for h in ("In-Reply-To", "References"))
        threaded = MBID.findall(hdr_ids)
        if k == "client_reply":
            if threaded and omid not in threaded:
                err(f, "threaded reply but original_message_id not one of its references")
            if not threaded and omid:
                err(f, "unthreaded reply carries original_message_id")
        if omid and omid not in raw:
            err(f, "original_message_id does not appear in the message")
    for m, c in mids.items():
        if c > 1:
            err(m, "Message-ID used %d times" % c)
    # the CSV on disk
    with open(os.path.join(HERE, "labels-twentieth.csv"), encoding="utf-8") as fh:
        first = fh.readline().rstrip("\n")
        if first != HEADER:
            err("labels", "header differs")
        fh.seek(0)
        back = list(csv.DictReader(fh))
        if len(back) != len(rows):
            err("labels", "row count differs on re-read")
    with open(os.path.join(HERE, "reminders-sent.csv"), encoding="utf-8") as fh:
        if fh.readline().rstrip("\n") != "id,date,recipient,invoices,amounts,currency,due":
            err("reminders", "header differs")


def main():
    files, rows = build()
    write(files, rows)
    msgs, texts = {}, {}
    for fn in sorted(files):
        with open(os.path.join(HERE, fn), "rb") as fh:
            raw = fh.read()
        msgs[fn], texts[fn] = check_message(fn, raw)
    check_labels(rows, files, msgs)
    check_presence(rows, texts)
    counts = collections.Counter((r["file"].split("/")[0], r["kind"]) for r in rows)
    kinds = sorted({k for _, k in counts})
    out = io.StringIO()
    out.write("%-22s %s  total\n" % ("kind", "  ".join("%4s" % d for d, _ in DESKS)))
    for k in kinds:
        out.write("%-22s %s  %5d\n" % (k, "  ".join("%4d" % counts[(d, k)] for d, _ in DESKS),
                                        sum(counts[(d, k)] for d, _ in DESKS)))
    out.write("%-22s %s  %5d\n" % ("total", "  ".join("%4d" % sum(counts[(d, k)] for k in kinds) for d, _ in DESKS),
                                    len(rows)))
    print(out.getvalue(), end="")
    print("reminders: %d" % len(lib.REMINDERS))
    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d error(s)" % len(errors))
        return 1
    print("OK: %d messages checked" % len(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())

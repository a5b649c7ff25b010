#!/usr/bin/env python3
"""Generate the blind21 evaluation set and check it. Stdlib only, deterministic."""
import csv
import io
import os
import re
import sys
from email import policy
from email.parser import BytesParser

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import BOT, AUTHSERV, DOM, FIELDS  # noqa: E402
import en, de, id_, ru  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"invoice_copy", "client_reply", "payment_confirmation", "bounce", "auto_reply",
         "read_receipt", "challenge", "staff_command", "other"}
INTENTS = {"", "paid_claim", "promise", "dispute", "question", "not_received",
           "payment_details", "plan_request", "stop", "other"}
REASONS = {"", "user_unknown", "mailbox_full", "policy", "spam", "other"}


def write():
    desks = [m.build() for m in (en, de, id_, ru)]
    rows, rems = [], []
    for d in desks:
        os.makedirs(os.path.join(HERE, d.name), exist_ok=True)
        for f in os.listdir(os.path.join(HERE, d.name)):
            os.remove(os.path.join(HERE, d.name, f))
        for f, data, row in d.items:
            with open(os.path.join(HERE, f), "wb") as fh:
                fh.write(data)
            rows.append(row)
        for r in d.rem.values():
            rems.append(r)
    with open(os.path.join(HERE, "labels-twentyfirst.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, FIELDS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(HERE, "reminders-sent.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["id", "date", "recipient", "invoices", "amounts", "currency", "due"])
        for r in sorted(rems, key=lambda r: (r["date"], r["id"])):
            w.writerow([r["id"], r["date"], r["to"], r["inv"], r["amt"], r["cur"], r["due"]])
    staff = {"en": [en.OLIVIA, en.DAN], "de": [de.JW, de.SK], "id": [id_.DEWI, id_.AGUS], "ru": [ru.IS, ru.DO]}
    addrs = sorted({re.search(r"<(.+)>", a).group(1) if "<" in a else a for v in staff.values() for a in v})
    q = lambda xs: "[" + ", ".join(f'"{x}"' for x in xs) + "]"
    known = sorted({i for r in rems for i in r["inv"].split(";")})
    ctx = f"""# context for mailbot, blind set 21 (Kettlebrook Scaffold Hire)
bot_address = "{BOT}"
staff_domains = {q(["kettlebrook-scaffold.co.uk", "kettlebrook-geruest.de", "kettlebrook.co.id", "kettlebrook-lesa.ru"])}
staff_addresses = {q(addrs)}
notifiers = {q(en.NOTIFIERS + de.NOTIFIERS + id_.NOTIFIERS + ru.NOTIFIERS)}
authserv_ids = ["{AUTHSERV}"]
require_authentication = true
default_terms_days = 30
known_invoice_numbers = {q(known)}
known_message_ids = []
known_contacts = []
"""
    with open(os.path.join(HERE, "context.toml"), "w", encoding="utf-8") as fh:
        fh.write(ctx)


def check():
    errs = []
    with open(os.path.join(HERE, "reminders-sent.csv"), encoding="utf-8") as fh:
        rem = list(csv.DictReader(fh))
    rid_re = re.compile(r"^<mb\.(\d{8})\.[0-9a-f]{12}@ar\." + re.escape(DOM) + ">$")
    remids = set()
    for r in rem:
        m = rid_re.match(r["id"])
        if not m or m.group(1) != r["date"].replace("-", ""):
            errs.append(f"bad reminder id {r['id']}")
        remids.add(r["id"])
        if len(r["invoices"].split(";")) != len(r["amounts"].split(";")) or len(r["invoices"].split(";")) != len(r["due"].split(";")):
            errs.append(f"reminder columns mismatch {r['id']}")
    with open(os.path.join(HERE, "labels-twentyfirst.csv"), encoding="utf-8", newline="") as fh:
        text = fh.read()
    if text.split("\n", 1)[0] != ",".join(FIELDS):
        errs.append("label header not exact")
    labels = list(csv.DictReader(io.StringIO(text)))
    seen = set()
    date_re = re.compile(r"^\d{4}-\d{2}-\d{2}$")
    amt_re = re.compile(r"^\d+\.\d{2}$")
    inv_re = re.compile(r"^[A-Z]{2,3}[-A-Z0-9]*$")
    for L in labels:
        f = L["file"]
        if f in seen:
            errs.append(f"duplicate label {f}")
        seen.add(f)
        if not os.path.exists(os.path.join(HERE, f)):
            errs.append(f"label for missing file {f}")
        if L["kind"] not in KINDS:
            errs.append(f"{f}: kind {L['kind']}")
        if not re.match(r"^[a-z]{2}$", L["language"]):
            errs.append(f"{f}: language")
        if L["intent"] not in INTENTS:
            errs.append(f"{f}: intent")
        if L["kind"] == "staff_command" and L["intent"]:
            errs.append(f"{f}: staff_command with intent")
        if L["kind"] == "client_reply" and not L["intent"]:
            errs.append(f"{f}: client_reply without intent")
        if L["bounce_reason"] not in REASONS:
            errs.append(f"{f}: bounce_reason")
        for k in ("issue_date", "due_date", "promised_date", "return_date", "payment_date"):
            if L[k] and not date_re.match(L[k]):
                errs.append(f"{f}: {k} {L[k]}")
        if L["amount"] and not amt_re.match(L["amount"]):
            errs.append(f"{f}: amount {L['amount']}")
        if bool(L["amount"]) != bool(L["currency"]) and L["kind"] != "invoice_copy":
            errs.append(f"{f}: amount/currency pairing")
        if L["currency"] and not re.match(r"^[A-Z]{3}$", L["currency"]):
            errs.append(f"{f}: currency")
        if L["payment_terms_days"] and not L["payment_terms_days"].isdigit():
            errs.append(f"{f}: terms")
        for k in ("bounce_permanent", "needs_human", "payment_full"):
            if L[k] not in ("", "true", "false"):
                errs.append(f"{f}: {k}")
        if L["needs_human"] == "":
            errs.append(f"{f}: needs_human empty")
        for i in filter(None, L["invoice_numbers"].split(";")):
            if not inv_re.match(i):
                errs.append(f"{f}: invoice {i}")
        if L["allocations"]:
            for a in L["allocations"].split(";"):
                if not re.match(r"^[A-Z][-A-Z0-9]+=\d+\.\d{2}$", a):
                    errs.append(f"{f}: allocation {a}")
        if L["original_message_id"] and L["original_message_id"] not in remids:
            errs.append(f"{f}: unknown reminder {L['original_message_id']}")
        if L["kind"] in ("bounce", "auto_reply", "read_receipt", "challenge") and not L["original_message_id"]:
            errs.append(f"{f}: machine mail without original_message_id")
        if L["kind"] == "bounce" and (not L["failed_recipients"] or not L["bounce_permanent"] or not L["bounce_reason"]):
            errs.append(f"{f}: bounce fields")
        if L["kind"] == "challenge" and not L["challenge"]:
            errs.append(f"{f}: challenge empty")
        if L["kind"] == "payment_confirmation" and not (L["amount"] and L["payment_date"] and L["payment_full"]):
            errs.append(f"{f}: payment fields")
    files = set()
    for desk in ("en", "de", "id", "ru"):
        for fn in sorted(os.listdir(os.path.join(HERE, desk))):
            f = f"{desk}/{fn}"
            files.add(f)
            if not re.match(r"^\d\d_[a-z0-9_]+\.eml$", fn):
                errs.append(f"bad name {f}")
            with open(os.path.join(HERE, f), "rb") as fh:
                data = fh.read()
            msg = BytesParser(policy=policy.default).parsebytes(data)
            first = data.split(b":", 1)[0]
            if first != b"Authentication-Results":
                errs.append(f"{f}: first header {first!r}")
            elif not str(msg["Authentication-Results"]).startswith(AUTHSERV + ";"):
                errs.append(f"{f}: authserv-id")
            for n in ("From", "Date", "Message-ID", "Subject"):
                if msg[n] is None:
                    errs.append(f"{f}: missing {n}")
            for part in msg.walk():
                if part.defects:
                    errs.append(f"{f}: defects {part.defects}")
                for n, v in part.items():
                    if getattr(v, "defects", None):
                        errs.append(f"{f}: header {n} defects {v.defects}")
                if part.is_multipart():
                    continue
                try:
                    c = part.get_content()
                except Exception as e:  # noqa: BLE001
                    errs.append(f"{f}: content {e!r}")
                    continue
                if part.get_content_maintype() == "text":
                    cs = part.get_content_charset() or "us-ascii"
                    try:
                        (part.get_payload(decode=True) or b"").decode(cs, errors="strict")
                    except Exception as e:  # noqa: BLE001
                        errs.append(f"{f}: charset {cs} {e!r}")
                    if "\ufffd" in c:
                        errs.append(f"{f}: replacement char")
                if part.get_content_type() == "application/pdf" and not (c.startswith(b"%PDF-") and c.rstrip().endswith(b"%%EOF")):
                    errs.append(f"{f}: bad pdf")
            for n in ("In-Reply-To", "References"):
                for ref in re.findall(r"<[^>]+>", str(msg.get(n, ""))):
                    if ref.endswith(f"@ar.{DOM}>") and ref not in remids:
                        errs.append(f"{f}: {n} references unknown reminder {ref}")
            for ref in re.findall(rb"<mb\.[^>]+>", data):
                if ref.decode() not in remids:
                    errs.append(f"{f}: body references unknown reminder {ref!r}")
    if files != seen:
        errs.append(f"labelled vs files differ: {sorted(files ^ seen)}")
    counts = {}
    for L in labels:
        counts.setdefault(L["file"].split("/")[0], {}).setdefault(L["kind"], 0)
        counts[L["file"].split("/")[0]][L["kind"]] += 1
    for desk in ("en", "de", "id", "ru"):
        n = sum(counts.get(desk, {}).values())
        if n < 44:
            errs.append(f"desk {desk} has {n} < 44")
        print(desk, n, dict(sorted(counts.get(desk, {}).items())))
    print("total", len(labels))
    for e in errs:
        print("ERROR", e)
    return 1 if errs else 0


if __name__ == "__main__":
    write()
    sys.exit(check())

#!/usr/bin/env python3
"""Write the seventeenth blind evaluation set for mailbot, then re-read and check it.

Stdlib only, deterministic: two runs write byte-identical files.
Writes {en,de,id,ru}/NN_slug.eml, labels-seventeenth.csv, context.toml,
reminders-sent.csv and README.md next to this file; exits 1 if any check fails.
"""
from __future__ import annotations

import csv
import io
import os
import re
import sys
from collections import Counter, OrderedDict
from datetime import date
from email import policy
from email.parser import BytesParser

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "data"))

import mailkit as mk  # noqa: E402
import readme  # noqa: E402
import world  # noqa: E402
from data import de, en, id as id_, ru  # noqa: E402

DESKS = OrderedDict([("en", en), ("de", de), ("id", id_), ("ru", ru)])
COLUMNS = ["file", "kind", "language", "invoice_numbers", "amount", "currency", "issue_date", "due_date",
           "payment_terms_days", "intent", "promised_date", "return_date", "failed_recipients", "bounce_permanent",
           "original_message_id", "needs_human", "bounce_reason", "challenge", "payment_date", "payment_full",
           "allocations", "note"]
KINDS = {"invoice_copy", "read_receipt", "bounce", "auto_reply", "challenge", "payment_confirmation",
         "client_reply", "staff_command", "other"}
INTENTS = {"paid", "promise", "dispute", "question", "plan", "stop", "not_received", "payment_details", "other"}
REASONS = {"user_unknown", "mailbox_full", "policy", "spam", "other"}
ISO4217 = {"GBP", "EUR", "USD", "CHF", "IDR", "RUB", "KZT"}
REMINDER_RE = re.compile(r"^<mb\.(\d{8})\.[0-9a-f]{12}@ar\.corrydale-group\.com>$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT_RE = re.compile(r"^\d+\.\d{2}$")


def norm(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple)):
        if v and isinstance(v[0], (list, tuple)):
            return ";".join(f"{a}={b}" for a, b in v)
        return ";".join(str(x) for x in v)
    return str(v)


def write(path: str, data: bytes) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def csv_bytes(rows: list[list[str]]) -> bytes:
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\n")
    for r in rows:
        wr.writerow(r)
    return buf.getvalue().encode("utf-8")


def toml_list(items) -> str:
    if not items:
        return "[]"
    return "[\n" + "".join(f'  "{x}",\n' for x in items) + "]"


# ------------------------------------------------------------------ checks
def decoded_text(msg) -> str:
    out = []
    for part in msg.walk():
        for k, v in part.items():
            out.append(f"{k}: {v}")
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if part.get_content_maintype() == "text" or ctype in ("message/delivery-status",):
            payload = part.get_payload(decode=True)
            if payload is not None:
                cs = part.get_content_charset() or "us-ascii"
                out.append(payload.decode(cs, errors="replace"))
    return "\n".join(out)


def check_message(rel: str, raw: bytes, errs: list[str]) -> object:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    first = raw.split(b"\r\n", 1)[0]
    if not first.startswith(b"Authentication-Results: " + world.MX.encode() + b";"):
        errs.append(f"{rel}: first header is not our Authentication-Results")
    for h in ("From", "Date", "Message-ID", "Subject"):
        if msg[h] is None:
            errs.append(f"{rel}: missing {h}")
    try:
        if not msg["From"].addresses or not msg["From"].addresses[0].addr_spec:
            errs.append(f"{rel}: From unparseable")
        dtm = msg["Date"].datetime
        if dtm is None:
            errs.append(f"{rel}: Date unparseable")
        elif not (date(2026, 11, 2) <= dtm.date() <= date(2026, 12, 11)):
            errs.append(f"{rel}: Date {dtm} outside 2 Nov - 11 Dec 2026")
        if not re.match(r"^<[^<>@\s]+@[^<>@\s]+>$", str(msg["Message-ID"]).strip()):
            errs.append(f"{rel}: Message-ID malformed")
        str(msg["Subject"])
    except Exception as e:  # noqa: BLE001
        errs.append(f"{rel}: header parse error {e!r}")
    for part in msg.walk():
        if part.defects:
            errs.append(f"{rel}: MIME defects {part.defects} in {part.get_content_type()}")
        for k in part.keys():
            for v in part.get_all(k):
                dfx = getattr(v, "defects", ())
                if dfx:
                    errs.append(f"{rel}: header {k} defects {dfx}")
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                part.get_payload(decode=True).decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                errs.append(f"{rel}: body of {ctype} does not decode as {cs}: {e}")
        if ctype == "application/pdf":
            for e in mk.check_pdf(part.get_payload(decode=True)):
                errs.append(f"{rel}: PDF {part.get_filename()}: {e}")
    return msg


def check_label(row: dict, reminders: dict, raw: bytes, msg, errs: list[str]) -> None:
    f = row["file"]
    k = row["kind"]
    if k not in KINDS:
        errs.append(f"{f}: bad kind {k}")
    if not re.match(r"^[a-z]{2}$", row["language"]):
        errs.append(f"{f}: bad language {row['language']}")
    if row["language"] not in ("en", "de", "id", "ru") and k not in ("auto_reply", "bounce", "client_reply"):
        errs.append(f"{f}: foreign language on kind {k}")
    if row["amount"] and not AMOUNT_RE.match(row["amount"]):
        errs.append(f"{f}: bad amount {row['amount']}")
    if row["currency"] and row["currency"] not in ISO4217:
        errs.append(f"{f}: bad currency")
    if row["amount"] and not row["currency"]:
        errs.append(f"{f}: amount without currency")
    for c in ("issue_date", "due_date", "promised_date", "return_date", "payment_date"):
        if row[c]:
            if not DATE_RE.match(row[c]):
                errs.append(f"{f}: bad {c}")
            else:
                date.fromisoformat(row[c])
    if row["payment_terms_days"] and not row["payment_terms_days"].isdigit():
        errs.append(f"{f}: bad payment_terms_days")
    if row["intent"] and (k != "client_reply" or row["intent"] not in INTENTS):
        errs.append(f"{f}: bad intent")
    if k == "client_reply" and not row["intent"]:
        errs.append(f"{f}: client_reply without intent")
    for c in ("bounce_permanent", "needs_human", "payment_full"):
        if row[c] not in ("", "true", "false"):
            errs.append(f"{f}: bad boolean {c}")
    if row["needs_human"] == "":
        errs.append(f"{f}: needs_human empty")
    if k == "bounce":
        if row["bounce_reason"] not in REASONS or row["bounce_permanent"] == "" or not row["failed_recipients"]:
            errs.append(f"{f}: incomplete bounce label")
    elif row["bounce_reason"] or row["bounce_permanent"]:
        errs.append(f"{f}: bounce fields on non-bounce")
    if (k == "challenge") != bool(row["challenge"]):
        errs.append(f"{f}: challenge field mismatch")
    if k == "payment_confirmation":
        if not (row["amount"] and row["payment_date"] and row["payment_full"]):
            errs.append(f"{f}: incomplete payment label")
    elif row["payment_full"] or row["allocations"]:
        errs.append(f"{f}: payment fields on non-payment")
    if k == "invoice_copy" and not (row["invoice_numbers"] and row["issue_date"] and row["due_date"]):
        errs.append(f"{f}: incomplete invoice label")
    if k == "auto_reply" and not row["return_date"]:
        errs.append(f"{f}: auto_reply without return_date")
    if row["allocations"]:
        tot = 0
        for a in row["allocations"].split(";"):
            inv, _, amt = a.partition("=")
            if not AMOUNT_RE.match(amt) or inv not in row["invoice_numbers"].split(";"):
                errs.append(f"{f}: bad allocation {a}")
            else:
                tot += int(amt.replace(".", ""))
        if row["amount"] and tot != int(row["amount"].replace(".", "")):
            errs.append(f"{f}: allocations do not add up to amount")
    for x in (row["invoice_numbers"], row["failed_recipients"]):
        if x and (x.startswith(";") or x.endswith(";") or ";;" in x or " " in x):
            errs.append(f"{f}: bad list {x}")
    oid = row["original_message_id"]
    if oid:
        if oid not in reminders:
            errs.append(f"{f}: original_message_id {oid} is not a listed reminder")
        if oid.encode() not in raw:
            errs.append(f"{f}: original_message_id not in raw bytes")
        if k in ("staff_command", "invoice_copy", "payment_confirmation"):
            errs.append(f"{f}: original_message_id on {k}")
    text = decoded_text(msg)
    if k == "bounce":
        for rc in row["failed_recipients"].split(";"):
            if rc.lower() not in text.lower():
                errs.append(f"{f}: failed recipient {rc} not in message")
    if k == "challenge" and row["challenge"] not in text:
        errs.append(f"{f}: challenge target not in message")
    for inv in row["invoice_numbers"].split(";") if row["invoice_numbers"] else []:
        if inv not in text and k != "client_reply":
            errs.append(f"{f}: invoice {inv} not in message")


def main() -> int:
    errs: list[str] = []
    rows: list[dict] = []
    reminders = OrderedDict()
    hard = []
    known_inv: list[str] = []
    staff_addresses: list[str] = []
    notifiers: list[str] = []
    domains: list[str] = []
    counts = Counter()
    files: dict[str, bytes] = {}
    for code, mod in DESKS.items():
        for r in mod.reminders():
            if r.mid in reminders:
                errs.append(f"duplicate reminder id {r.mid}")
            reminders[r.mid] = r
            if not REMINDER_RE.match(r.mid):
                errs.append(f"bad reminder id {r.mid}")
            for n in r.numbers:
                if n not in known_inv:
                    known_inv.append(n)
        for n in mod.INVOICES_OWN + mod.EXTRA_KNOWN:
            if n not in known_inv:
                known_inv.append(n)
        staff_addresses += mod.staff_addresses()
        notifiers += mod.NOTIFIERS
        domains.append(mod.DOMAIN)
        msgs = mod.build()
        if len(msgs) != 44:
            errs.append(f"{code}: {len(msgs)} messages, expected 44")
        for i, m in enumerate(msgs, start=1):
            rel = f"{code}/{i:02d}_{m['slug']}.eml"
            lab = dict(m["label"])
            hard_txt = lab.pop("hard", "")
            row = {c: "" for c in COLUMNS}
            row["file"] = rel
            for key, val in lab.items():
                if key not in row:
                    errs.append(f"{rel}: unknown label key {key}")
                    continue
                row[key] = norm(val)
            rows.append(row)
            files[rel] = m["raw"]
            counts[(code, row["kind"])] += 1
            if hard_txt:
                hard.append((rel, row["kind"], hard_txt))

    # write (stale .eml files of earlier runs are removed first) ---------
    for code in DESKS:
        d = os.path.join(HERE, code)
        if os.path.isdir(d):
            for fn in sorted(os.listdir(d)):
                if fn.endswith(".eml") and f"{code}/{fn}" not in files:
                    os.remove(os.path.join(d, fn))
    for rel, raw in files.items():
        write(os.path.join(HERE, rel), raw)
    write(os.path.join(HERE, "labels-seventeenth.csv"), csv_bytes([COLUMNS] + [[r[c] for c in COLUMNS] for r in rows]))
    rem_rows = [["id", "date", "recipient", "invoices", "amounts", "currency", "due"]]
    rem_rows += [r.csv_row() for r in sorted(reminders.values(), key=lambda x: (x.when, x.mid))]
    write(os.path.join(HERE, "reminders-sent.csv"), csv_bytes(rem_rows))
    ctx = (f'bot_address = "{world.BOT}"\n'
           f"staff_domains = {toml_list(domains)}\n"
           f"staff_addresses = {toml_list(staff_addresses)}\n"
           f"notifiers = {toml_list(notifiers)}\n"
           f'authserv_ids = ["{world.MX}"]\n'
           "require_authentication = true\n"
           "default_terms_days = 30\n"
           f"known_invoice_numbers = {toml_list(known_inv)}\n"
           "known_message_ids = []\n"
           "known_contacts = []\n")
    write(os.path.join(HERE, "context.toml"), ctx.encode("utf-8"))
    write(os.path.join(HERE, "README.md"), readme.render(counts, hard, rows, reminders, DESKS).encode("utf-8"))

    # re-read and check ---------------------------------------------------
    on_disk = sorted(os.path.relpath(os.path.join(dp, fn), HERE) for code in DESKS
                     for dp, _, fns in os.walk(os.path.join(HERE, code)) for fn in fns)
    if on_disk != sorted(files):
        errs.append("files on disk differ from labelled files: " + str(set(on_disk) ^ set(files)))
    with open(os.path.join(HERE, "labels-seventeenth.csv"), encoding="utf-8", newline="") as fh:
        rd = list(csv.reader(fh))
    if rd[0] != COLUMNS:
        errs.append("label header wrong")
    seen = set()
    mids = Counter()
    for vals in rd[1:]:
        if len(vals) != len(COLUMNS):
            errs.append(f"row with {len(vals)} columns")
            continue
        row = dict(zip(COLUMNS, vals))
        if row["file"] in seen:
            errs.append(f"duplicate row {row['file']}")
        seen.add(row["file"])
        with open(os.path.join(HERE, row["file"]), "rb") as fh:
            raw = fh.read()
        msg = check_message(row["file"], raw, errs)
        mids[str(msg["Message-ID"]).strip()] += 1
        check_label(row, reminders, raw, msg, errs)
    if seen != set(files):
        errs.append("rows and files differ")
    for k, v in mids.items():
        if v > 1:
            errs.append(f"Message-ID {k} used {v} times")
    for r in reminders.values():
        if not (date(2026, 11, 2) <= r.when.date() <= date(2026, 12, 11)):
            errs.append(f"reminder {r.mid} outside date range")

    kinds = sorted({k for _, k in counts})
    print("kind".ljust(22) + "".join(c.rjust(5) for c in DESKS) + "  total")
    for k in kinds:
        n = [counts[(c, k)] for c in DESKS]
        print(k.ljust(22) + "".join(str(x).rjust(5) for x in n) + str(sum(n)).rjust(7))
    print("total".ljust(22) + "".join(str(sum(counts[(c, k)] for k in kinds)).rjust(5) for c in DESKS) + str(len(rows)).rjust(7))
    print(f"reminders listed: {len(reminders)}; referenced: {len({r['original_message_id'] for r in rows if r['original_message_id']})}")
    if errs:
        for e in errs:
            print("ERROR", e)
        print(f"FAILED with {len(errs)} errors")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

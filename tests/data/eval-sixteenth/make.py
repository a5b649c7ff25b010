#!/usr/bin/env python3
"""Write the blind16 evaluation set deterministically and verify it.

Usage: python3 make.py        (writes en/ de/ id/ ru/, labels-sixteenth.csv, context.toml)
Exit status 1 if any check fails.
"""
import csv
import io
import os
import re
import shutil
import sys
from datetime import date
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from kinds import COLUMNS  # noqa: E402
from mailkit import BOT, MX  # noqa: E402
from data import en, de, id as id_, ru  # noqa: E402

KINDS = {"invoice_copy", "read_receipt", "bounce", "auto_reply", "challenge", "payment_confirmation",
         "client_reply", "staff_command", "other"}
INTENTS = {"promise", "paid", "dispute", "plan", "stop", "not_received", "payment_details", "question", "other"}
REASONS = {"user_unknown", "mailbox_full", "policy", "spam", "other"}


def build():
    return [m.build() for m in (en, de, id_, ru)]


def write(desks):
    rows = []
    for d in desks:
        folder = os.path.join(HERE, d.code)
        if os.path.isdir(folder):
            shutil.rmtree(folder)
        os.makedirs(folder)
        for n, (slug, raw, lab) in enumerate(d.items, 1):
            rel = f"{d.code}/{n:02d}_{slug}.eml"
            with open(os.path.join(HERE, rel), "wb") as f:
                f.write(raw)
            lab = dict(lab)
            lab["file"] = rel
            rows.append(lab)
    with open(os.path.join(HERE, "labels-sixteenth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return rows


def toml_list(xs):
    return "[\n" + "".join(f'  "{x}",\n' for x in xs) + "]"


def write_context(desks, rows):
    staff_domains = [d.staff_domain for d in desks]
    staff = [s for d in desks for s in d.staff]
    notifiers = [n for d in desks for n in d.notifiers]
    # reminded invoices, then the invoices copied to the bot in this set (all copies predate the payments and
    # replies that mention them), then invoices staff name as old debt
    known = [i for d in desks for i in d.known_invoices]
    for r in rows:
        if r["kind"] == "invoice_copy":
            known += [i for i in r["invoice_numbers"].split(";") if i and i not in known]
    known += [i for d in desks for i in getattr(d, "extra_known", []) if i not in known]
    txt = (
        "# Context for the blind16 set (Harrowgate Cold Chain). Written by make.py.\n"
        f'bot_address = "{BOT}"\n'
        f"staff_domains = {toml_list(staff_domains)}\n"
        f"staff_addresses = {toml_list(staff)}\n"
        f"notifiers = {toml_list(notifiers)}\n"
        f'authserv_ids = ["{MX}"]\n'
        "require_authentication = true\n"
        "default_terms_days = 30\n"
        f"known_invoice_numbers = {toml_list(known)}\n"
        "known_message_ids = []\n"
        "known_contacts = []\n"
    )
    with open(os.path.join(HERE, "context.toml"), "w", encoding="utf-8") as f:
        f.write(txt)


def write_reminders(desks):
    with open(os.path.join(HERE, "reminders-sent.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["desk", "key", "message_id", "sent", "to", "invoices", "amounts", "currency", "due"])
        for d in desks:
            for k, r in d.reminders.items():
                w.writerow([d.code, k, r["id"], r["day"], r["to"][1], ";".join(i for i, _ in r["invoices"]),
                            ";".join(a for _, a in r["invoices"]), r["currency"], r["due"]])


def check(desks, rows):
    errs = []
    rem_ids = {r["id"] for d in desks for r in d.reminders.values()}
    files = sorted(f"{d}/{x}" for d in ("en", "de", "id", "ru") for x in os.listdir(os.path.join(HERE, d)))
    labelled = [r["file"] for r in rows]
    if len(labelled) != len(set(labelled)):
        errs.append("duplicate label rows")
    if sorted(labelled) != files:
        errs.append("label rows do not match files on disk")
    with open(os.path.join(HERE, "labels-sixteenth.csv"), encoding="utf-8") as f:
        head = f.readline().strip()
    if head != ",".join(COLUMNS):
        errs.append("bad CSV header")
    for r in rows:
        fn = r["file"]
        raw = open(os.path.join(HERE, fn), "rb").read()
        e = lambda m: errs.append(f"{fn}: {m}")  # noqa: E731
        try:
            msg = BytesParser(policy=policy.default).parsebytes(raw)
        except Exception as ex:  # pragma: no cover
            e(f"parse error {ex}")
            continue
        for hname in ("From", "Date", "Message-ID", "Subject"):
            if msg[hname] is None:
                e(f"missing {hname}")
        for k, v in msg.items():
            if getattr(v, "defects", None):
                e(f"header defect {k}: {v.defects}")
        if msg["Date"] is not None and msg["Date"].datetime is None:
            e("unparsable Date")
        blob = raw
        for part in msg.walk():
            if not part.is_multipart():
                blob += part.get_payload(decode=True) or b""
            if part.defects:
                e(f"MIME defect {part.get_content_type()}: {part.defects}")
            if part.is_multipart() or part.get_content_maintype() == "message":
                continue
            payload = part.get_payload(decode=True)
            if payload is None:
                e("undecodable body")
                continue
            if part.get_content_maintype() == "text":
                try:
                    payload.decode(part.get_content_charset() or "us-ascii")
                except (UnicodeDecodeError, LookupError) as ex:
                    e(f"text does not decode: {ex}")
            if part.get_content_type() == "application/pdf" and not (
                    payload.startswith(b"%PDF-") and payload.rstrip().endswith(b"%%EOF")):
                e("bad PDF")
        # labels
        if r["kind"] not in KINDS:
            e(f"bad kind {r['kind']}")
        if not re.fullmatch(r"[a-z]{2}", r["language"]):
            e("bad language")
        if r["amount"] and not re.fullmatch(r"\d+\.\d\d", r["amount"]):
            e(f"bad amount {r['amount']}")
        if r["amount"] and not r["currency"]:
            e("amount without currency")
        for c in ("issue_date", "due_date", "promised_date", "return_date", "payment_date"):
            if r[c]:
                try:
                    date.fromisoformat(r[c])
                except ValueError:
                    e(f"bad {c}")
        if r["payment_terms_days"] and not r["payment_terms_days"].isdigit():
            e("bad terms")
        for c in ("needs_human",):
            if r[c] not in ("true", "false"):
                e(f"bad {c}")
        for c in ("bounce_permanent", "payment_full"):
            if r[c] not in ("", "true", "false"):
                e(f"bad {c}")
        if r["intent"] and (r["kind"] != "client_reply" or r["intent"] not in INTENTS):
            e("bad intent")
        if r["kind"] == "client_reply" and not r["intent"]:
            e("client_reply without intent")
        if r["intent"] == "promise" and not r["promised_date"]:
            e("promise without date")
        if r["kind"] == "bounce":
            if r["bounce_reason"] not in REASONS or r["bounce_permanent"] not in ("true", "false") \
                    or not r["failed_recipients"]:
                e("incomplete bounce label")
            for a in r["failed_recipients"].split(";"):
                if a.encode() not in blob:
                    e(f"failed recipient {a} not in bytes")
        elif r["bounce_reason"]:
            e("bounce_reason on non-bounce")
        if r["kind"] == "challenge" and not r["challenge"]:
            e("challenge without target")
        if r["challenge"] and r["challenge"].encode() not in blob:
            e("challenge target not in bytes")
        if r["kind"] == "payment_confirmation" and not (r["amount"] and r["payment_date"] and r["payment_full"]):
            e("incomplete payment label")
        if r["allocations"]:
            for a in r["allocations"].split(";"):
                if not re.fullmatch(r"[^=;]+=\d+\.\d\d", a):
                    e(f"bad allocation {a}")
        if r["invoice_numbers"]:
            for inv in r["invoice_numbers"].split(";"):
                if not inv or inv != inv.strip():
                    e("bad invoice list")
        omid = r["original_message_id"]
        if omid:
            if omid not in rem_ids:
                e(f"original_message_id {omid} is not a bot reminder")
            if omid.encode() not in raw:
                e(f"original_message_id {omid} not in raw bytes")
        if r["kind"] in ("read_receipt", "bounce") and not omid:
            e("receipt/bounce without original_message_id")
    return errs


def main():
    desks = build()
    rows = write(desks)
    write_context(desks, rows)
    write_reminders(desks)
    errs = check(desks, rows)
    counts = {}
    for r in rows:
        counts.setdefault(r["file"][:2], {}).setdefault(r["kind"], 0)
        counts[r["file"][:2]][r["kind"]] += 1
    for lang, c in counts.items():
        print(lang, sum(c.values()), dict(sorted(c.items())))
    if errs:
        print("\n".join(errs), file=sys.stderr)
        print(f"FAILED: {len(errs)} problem(s)", file=sys.stderr)
        return 1
    print(f"OK: {len(rows)} messages written and verified")
    return 0


if __name__ == "__main__":
    sys.exit(main())

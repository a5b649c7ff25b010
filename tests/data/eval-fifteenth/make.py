#!/usr/bin/env python3
"""Write the blind evaluation set (176 .eml files, labels-fifteenth.csv, context.toml) and check it.

Deterministic: run twice, get identical bytes. Python 3 stdlib only. Exit 1 on any failed check.
"""
from __future__ import annotations

import csv
import importlib
import io
import re
import sys
from email import policy
from email.parser import BytesParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from world import LABEL_COLS  # noqa: E402

LANGS = ["en", "de", "id", "ru"]
KINDS = {"invoice_copy", "read_receipt", "bounce", "auto_reply", "challenge", "payment_confirmation",
         "client_reply", "staff_command", "other"}
INTENTS = {"promise", "paid", "dispute", "plan", "stop", "not_received", "payment_details", "question", "other"}
REASONS = {"user_unknown", "mailbox_full", "policy", "spam", "other"}
REM_RE = re.compile(r"^<mb\.\d{8}\.[0-9a-f]{12}@ar\.kestrel-print\.com>$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMT = re.compile(r"^\d+\.\d{2}$")


def toml_list(xs) -> str:
    return "[\n" + "".join(f'  "{x}",\n' for x in xs) + "]"


def main() -> int:
    desks = [importlib.import_module(f"data.{lang}").build() for lang in LANGS]
    rows, errors = [], []
    for desk in desks:
        out = HERE / desk.lang
        out.mkdir(exist_ok=True)
        for old in out.glob("*.eml"):
            old.unlink()
        slugs = set()
        for slug, raw, row in desk.items:
            if slug in slugs:
                errors.append(f"duplicate slug {desk.lang}/{slug}")
            slugs.add(slug)
            rel = f"{desk.lang}/{slug}.eml"
            (HERE / rel).write_bytes(raw)
            row = dict(row, file=rel)
            rows.append(row)

    with open(HERE / "labels-fifteenth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=LABEL_COLS, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow(r)

    # ------------------------------------------------------------ context.toml
    staff_domains, staff_addrs, notifiers, known_inv, rem_ids = [], [], [], [], set()
    for desk in desks:
        staff_domains.append(desk.domain)
        staff_addrs += [a for _, a in desk.staff.values()]
        notifiers += [a for _, a in desk.notifiers.values()]
        for r in desk.reminders:
            rem_ids.add(r.id)
            for i in r.invoices:
                if i not in known_inv:
                    known_inv.append(i)
    ctx = ("# Context for the blind evaluation set 'fifteenth' (Kestrel Print & Packaging)\n"
           'bot_address = "ar@kestrel-print.com"\n'
           f"staff_domains = {toml_list(staff_domains)}\n"
           f"staff_addresses = {toml_list(staff_addrs)}\n"
           f"notifiers = {toml_list(notifiers)}\n"
           'authserv_ids = ["mx1.kestrel-print.com"]\n'
           "require_authentication = true\n"
           "default_terms_days = 30\n"
           f"known_invoice_numbers = {toml_list(known_inv)}\n"
           "known_message_ids = []\n"
           "known_contacts = []\n")
    (HERE / "context.toml").write_text(ctx, encoding="utf-8")
    try:
        import tomllib
        tomllib.loads(ctx)
    except ModuleNotFoundError:
        pass
    except Exception as e:  # noqa: BLE001
        errors.append(f"context.toml: {e}")

    with open(HERE / "reminders.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["desk", "message_id", "sent", "client", "to", "invoices", "amounts", "currency", "due_dates", "stage"])
        for desk in desks:
            for r in desk.reminders:
                w.writerow([desk.lang, r.id, r.sent, r.client.name, r.to, ";".join(r.invoices),
                            ";".join(f"{a:.2f}" for a in r.amounts), r.cur, ";".join(r.dues), r.stage])

    # ------------------------------------------------------------ checks
    files = sorted(p.relative_to(HERE).as_posix() for lang in LANGS for p in (HERE / lang).glob("*.eml"))
    labelled = [r["file"] for r in rows]
    if sorted(labelled) != files or len(set(labelled)) != len(labelled):
        errors.append("label rows do not match files one-to-one")
    with open(HERE / "labels-fifteenth.csv", encoding="utf-8") as f:
        rd = csv.DictReader(f)
        if rd.fieldnames != LABEL_COLS:
            errors.append("bad CSV header")
        csv_rows = list(rd)
    for row in csv_rows:
        fn = row["file"]
        raw = (HERE / fn).read_bytes()
        e = check_message(fn, raw)
        e += check_label(row, raw, rem_ids)
        errors += [f"{fn}: {x}" for x in e]
        if not re.fullmatch(r"(en|de|id|ru)/\d\d_[a-z0-9_]+\.eml", fn):
            errors.append(f"{fn}: bad file name")
    counts: dict = {}
    for row in csv_rows:
        counts.setdefault(row["file"][:2], 0)
        counts[row["file"][:2]] += 1
    for lang in LANGS:
        if counts.get(lang) != 44:
            errors.append(f"{lang}: {counts.get(lang)} messages, expected 44")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    print(f"OK: {len(csv_rows)} messages, {len(rem_ids)} bot reminders, checks passed")
    return 0


def check_message(fn: str, raw: bytes) -> list:
    errs = []
    if b"\r\n" not in raw or re.search(rb"(?<!\r)\n", raw):
        errs.append("line endings are not CRLF")
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for hname in ("From", "To", "Date", "Message-ID", "Subject", "MIME-Version"):
        if msg[hname] is None:
            errs.append(f"missing header {hname}")
    try:
        if msg["Date"].datetime is None:
            errs.append("bad Date")
        for hname in ("From", "To", "Cc"):
            if msg[hname] is not None and hname != "To":
                _ = msg[hname].addresses
        if msg["To"] is not None:
            _ = msg["To"].addresses
    except Exception as e:  # noqa: BLE001
        errs.append(f"header parse: {e}")
    for part in msg.walk():
        for d in part.defects:
            errs.append(f"defect {type(d).__name__} in {part.get_content_type()}")
        for k in part.keys():
            try:
                v = part[k]
                for d in getattr(v, "defects", ()):
                    errs.append(f"header defect {k}: {type(d).__name__}")
            except Exception as e:  # noqa: BLE001
                errs.append(f"header {k}: {e}")
        if part.is_multipart():
            continue
        try:
            c = part.get_content()
            if part.get_content_maintype() == "text" and not isinstance(c, str):
                errs.append("text part did not decode to str")
        except Exception as e:  # noqa: BLE001
            errs.append(f"body decode {part.get_content_type()}: {e}")
        if part.get_content_type() == "application/pdf":
            data = part.get_content()
            if not (data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")):
                errs.append("bad PDF")
    return errs


def check_label(row: dict, raw: bytes, rem_ids: set) -> list:
    errs = []
    k = row["kind"]
    if k not in KINDS:
        errs.append(f"kind {k}")
    if not re.fullmatch(r"[a-z]{2}", row["language"]):
        errs.append("language")
    for c in ("issue_date", "due_date", "promised_date", "return_date", "payment_date"):
        if row[c] and not ISO.match(row[c]):
            errs.append(f"{c} not ISO")
    if row["amount"] and not AMT.match(row["amount"]):
        errs.append("amount format")
    if row["amount"] and not row["currency"]:
        errs.append("amount without currency")
    if row["payment_terms_days"] and not row["payment_terms_days"].isdigit():
        errs.append("terms")
    if (row["intent"] != "") != (k == "client_reply"):
        errs.append("intent only and always for client_reply")
    if row["intent"] and row["intent"] not in INTENTS:
        errs.append("intent value")
    if row["intent"] == "promise" and not row["promised_date"]:
        errs.append("promise without date")
    if row["promised_date"] and row["intent"] != "promise":
        errs.append("promised_date without promise")
    for c in ("bounce_permanent", "needs_human", "payment_full"):
        if row[c] not in ("", "true", "false"):
            errs.append(f"{c} value")
    if row["needs_human"] == "":
        errs.append("needs_human empty")
    if k == "bounce":
        if not (row["failed_recipients"] and row["bounce_permanent"] and row["bounce_reason"] in REASONS):
            errs.append("bounce fields")
    elif row["bounce_reason"] or row["bounce_permanent"] or row["failed_recipients"]:
        errs.append("bounce fields on non-bounce")
    if k == "challenge" and not row["challenge"]:
        errs.append("challenge empty")
    if k == "challenge" and row["challenge"].encode() not in raw and row["challenge"].encode().replace(b"&", b"&amp;") not in raw:
        # URLs inside QP bodies may be soft-wrapped; check decoded text
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        txt = "".join(p.get_content() for p in msg.walk() if p.get_content_maintype() == "text")
        if row["challenge"] not in txt:
            errs.append("challenge not in message")
    if k == "payment_confirmation" and not (row["amount"] and row["payment_date"] and row["payment_full"]):
        errs.append("payment fields")
    if row["allocations"]:
        total = 0.0
        for a in row["allocations"].split(";"):
            inv, _, amt = a.partition("=")
            if not AMT.match(amt) or inv not in row["invoice_numbers"].split(";"):
                errs.append("allocation format")
            total += float(amt or 0)
        if row["amount"] and abs(total - float(row["amount"])) > 0.005:
            errs.append("allocations do not add up")
    if k == "invoice_copy" and not (row["invoice_numbers"] and row["amount"] and row["currency"]):
        errs.append("invoice fields")
    mid = row["original_message_id"]
    if mid:
        if not REM_RE.match(mid) or mid not in rem_ids:
            errs.append(f"original_message_id {mid} is not a bot reminder")
        if mid.encode() not in raw:
            errs.append("original_message_id not in raw bytes")
    if k in ("read_receipt", "auto_reply", "challenge") and row["needs_human"] != "false":
        errs.append("needs_human should be false")
    return errs


if __name__ == "__main__":
    sys.exit(main())

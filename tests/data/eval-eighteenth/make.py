#!/usr/bin/env python3
"""Build the eighteenth blind evaluation set for mailbot and check it.

Deterministic: no clock, no randomness; Message-IDs and boundaries are hashes.
Writes {en,de,id,ru}/NN_slug.eml, labels-eighteenth.csv, reminders-sent.csv,
context.toml and README.md next to this file, re-parses everything and exits 1
on any failure.
"""
from __future__ import annotations

import csv
import io
import re
import shutil
import sys
from collections import Counter
from datetime import date
from email import message_from_bytes, policy
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE / "data")]

from mailkit import AUTHSERV, BOT, COLUMNS  # noqa: E402

import os
DESKS = os.environ.get("DESKS", "en de id ru").split()
KINDS = {"invoice_copy", "read_receipt", "bounce", "auto_reply", "challenge", "payment_confirmation",
         "client_reply", "staff_command", "other"}
INTENTS = {"paid", "promise", "dispute", "question", "plan", "stop", "not_received", "payment_details", "other"}
REASONS = {"user_unknown", "mailbox_full", "policy", "spam", "other"}


def load():
    import importlib
    mods = {d: importlib.import_module(d) for d in DESKS}
    msgs, rems = [], []
    for d in DESKS:
        msgs += mods[d].build_all()
        rems += mods[d].REMINDERS
    return mods, msgs, rems


def toml_list(xs):
    return "[\n" + "".join(f'  "{x}",\n' for x in xs) + "]"


def write_all(mods, msgs, rems):
    for d in DESKS:
        p = HERE / d
        if p.exists():
            shutil.rmtree(p)
        p.mkdir()
    for m in msgs:
        (HERE / m.file).write_bytes(m.raw)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for m in msgs:
        w.writerow([m.label.get(c, "") for c in COLUMNS])
    (HERE / "labels-eighteenth.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "date", "recipient", "invoices", "amounts", "currency", "due"])
    for r in sorted(rems, key=lambda r: (r.sent, r.id)):
        w.writerow(r.row())
    (HERE / "reminders-sent.csv").write_text(buf.getvalue(), encoding="utf-8")

    staff_domains = [mods[d].DOMAIN for d in DESKS]
    staff = [a for d in DESKS for a in mods[d].STAFF]
    notifiers = [a for d in DESKS for a in mods[d].NOTIFIERS]
    known = []
    for r in rems:
        known += r.invoices
    for m in msgs:
        if m.label["kind"] == "invoice_copy":
            known += m.label["invoice_numbers"].split(";")
    for d in DESKS:
        known += mods[d].OLD_INVOICES
    known = sorted(set(known))
    t = (f'bot_address = "{BOT}"\nstaff_domains = {toml_list(staff_domains)}\nstaff_addresses = {toml_list(staff)}\n'
         f'notifiers = {toml_list(notifiers)}\nauthserv_ids = ["{AUTHSERV}"]\nrequire_authentication = true\n'
         f'default_terms_days = 30\nknown_invoice_numbers = {toml_list(known)}\nknown_message_ids = []\n'
         f'known_contacts = []\n')
    (HERE / "context.toml").write_text(t, encoding="utf-8")
    counts = Counter((m.file[:2], m.label["kind"]) for m in msgs)
    table = "| kind | " + " | ".join(DESKS) + " | total |\n|---|" + "---|" * (len(DESKS) + 1) + "\n"
    for k in sorted(KINDS):
        row = [counts[(d, k)] for d in DESKS]
        table += f"| {k} | " + " | ".join(map(str, row)) + f" | {sum(row)} |\n"
    table += "| **all** | " + " | ".join(str(sum(counts[(d, k)] for k in KINDS)) for d in DESKS) + f" | {len(msgs)} |\n"
    src = (HERE / "data" / "README.src.md").read_text(encoding="utf-8")
    (HERE / "README.md").write_text(src.replace("{{COUNTS}}", table), encoding="utf-8")
    return known


def decoded_text(msg) -> str:
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/"):
            raw = part.get_payload(decode=True) or b""
            out.append(raw.decode(part.get_content_charset() or "us-ascii"))
        elif ct == "application/pdf":
            out.append((part.get_payload(decode=True) or b"").decode("cp1252", "replace"))
    for part in msg.walk():
        if part.get_content_type() in ("message/delivery-status", "message/disposition-notification", "message/rfc822"):
            out.append(part.as_string())
    return "\n".join(out)


def check(msgs, rems, known) -> list[str]:
    errs: list[str] = []
    rem_ids = {r.id for r in rems}
    if len(rem_ids) != len(rems):
        errs.append("duplicate reminder ids")
    files = set()
    mids = set()
    for m in msgs:
        f = m.file
        if f in files:
            errs.append(f"{f}: duplicate file")
        files.add(f)
        raw = (HERE / f).read_bytes()
        if raw != m.raw:
            errs.append(f"{f}: bytes on disk differ")
        msg = message_from_bytes(raw, policy=policy.default)
        first = raw.split(b"\n", 1)[0]
        if not first.startswith(b"Authentication-Results: " + AUTHSERV.encode()):
            errs.append(f"{f}: Authentication-Results of our MX is not the first header")
        for hname in ("From", "Date", "Message-ID", "Subject"):
            if msg[hname] is None:
                errs.append(f"{f}: missing {hname}")
        try:
            if not msg["From"].addresses:
                errs.append(f"{f}: From without address")
            if msg["Date"].datetime is None or msg["Date"].datetime.tzinfo is None:
                errs.append(f"{f}: bad Date")
        except Exception as e:  # noqa: BLE001
            errs.append(f"{f}: header parse {e!r}")
        mid = str(msg["Message-ID"]).strip()
        if not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", mid):
            errs.append(f"{f}: bad Message-ID {mid}")
        if mid in mids:
            errs.append(f"{f}: duplicate Message-ID")
        mids.add(mid)
        for part in msg.walk():
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errs.append(f"{f}: header defect {k}: {v.defects}")
            if part.defects:
                errs.append(f"{f}: MIME defects {part.defects}")
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            payload = part.get_payload(decode=True)
            if part.defects:
                errs.append(f"{f}: payload defects {part.defects}")
            if ct.startswith("text/"):
                cs = part.get_content_charset() or "us-ascii"
                try:
                    payload.decode(cs)
                except (UnicodeDecodeError, LookupError) as e:
                    errs.append(f"{f}: {ct} does not decode as {cs}: {e}")
                cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
                if cte == "7bit" and not all(b < 128 for b in part.get_payload(decode=False).encode("ascii", "surrogateescape")):
                    errs.append(f"{f}: 8-bit data in 7bit part")
            if ct == "application/pdf":
                if not payload.startswith(b"%PDF-") or not payload.rstrip().endswith(b"%%EOF"):
                    errs.append(f"{f}: broken PDF")
        lab = m.label
        body = decoded_text(msg) + "\n" + "\n".join(f"{k}: {v}" for k, v in msg.items())
        errs += check_label(f, lab, raw, body, rem_ids, known)
    return errs


def isodate(s):
    try:
        return date.fromisoformat(s).isoformat() == s
    except ValueError:
        return False


def check_label(f, lab, raw, body, rem_ids, known) -> list[str]:
    e = []
    g = lambda k: lab.get(k, "")  # noqa: E731
    kind = g("kind")
    if kind not in KINDS:
        e.append(f"{f}: bad kind {kind}")
    if not re.fullmatch(r"[a-z]{2}", g("language")):
        e.append(f"{f}: bad language")
    if g("amount") and not re.fullmatch(r"-?\d+\.\d\d", g("amount")):
        e.append(f"{f}: bad amount")
    if g("amount") and not g("currency"):
        e.append(f"{f}: amount without currency")
    if g("currency") and not re.fullmatch(r"[A-Z]{3}", g("currency")):
        e.append(f"{f}: bad currency")
    for k in ("issue_date", "due_date", "promised_date", "return_date", "payment_date"):
        if g(k) and not isodate(g(k)):
            e.append(f"{f}: bad {k}")
    if g("payment_terms_days") and not g("payment_terms_days").isdigit():
        e.append(f"{f}: bad terms")
    if (g("intent") != "") != (kind == "client_reply"):
        e.append(f"{f}: intent only (and always) for client_reply")
    if g("intent") and g("intent") not in INTENTS:
        e.append(f"{f}: bad intent")
    for k in ("bounce_permanent", "needs_human", "payment_full"):
        if g(k) not in ("", "true", "false"):
            e.append(f"{f}: bad boolean {k}")
    if g("needs_human") == "":
        e.append(f"{f}: needs_human missing")
    if kind == "bounce":
        if g("bounce_reason") not in REASONS or g("bounce_permanent") == "" or not g("failed_recipients"):
            e.append(f"{f}: bounce fields incomplete")
        for a in g("failed_recipients").split(";"):
            if a.lower() not in body.lower():
                e.append(f"{f}: failed recipient {a} not in decoded message")
    elif g("bounce_reason") or g("failed_recipients") or g("bounce_permanent"):
        e.append(f"{f}: bounce fields on non-bounce")
    if kind == "challenge":
        if not g("challenge") or g("challenge") not in body:
            e.append(f"{f}: challenge target missing from message")
    elif g("challenge"):
        e.append(f"{f}: challenge on non-challenge")
    if kind == "payment_confirmation":
        if not (g("amount") and g("payment_date") and g("payment_full")):
            e.append(f"{f}: payment fields incomplete")
    elif g("payment_full") or g("allocations"):
        e.append(f"{f}: payment fields on non-payment")
    if g("allocations"):
        tot = 0.0
        for a in g("allocations").split(";"):
            mm = re.fullmatch(r"([^=;]+)=(\d+\.\d\d)", a)
            if not mm:
                e.append(f"{f}: bad allocation {a}")
                continue
            tot += float(mm.group(2))
            if mm.group(1) not in g("invoice_numbers").split(";"):
                e.append(f"{f}: allocation to unlisted invoice")
        if g("payment_full") == "true" and abs(tot - float(g("amount"))) > 0.005:
            e.append(f"{f}: allocations do not sum to amount")
    if g("original_message_id"):
        if g("original_message_id") not in rem_ids:
            e.append(f"{f}: original_message_id not a listed reminder")
        if g("original_message_id").encode() not in raw:
            e.append(f"{f}: original_message_id not in raw bytes")
    if kind in ("invoice_copy", "staff_command", "payment_confirmation") and g("original_message_id"):
        e.append(f"{f}: original_message_id on {kind}")
    if kind == "auto_reply" and not g("return_date"):
        pass
    if kind == "invoice_copy" and not (g("invoice_numbers") and g("currency") and g("issue_date")):
        e.append(f"{f}: invoice fields incomplete")
    if kind in ("client_reply", "staff_command", "payment_confirmation", "read_receipt", "bounce", "auto_reply"):
        for inv in filter(None, g("invoice_numbers").split(";")):
            if inv not in known:
                e.append(f"{f}: unknown invoice {inv}")
    flat = re.sub(r"[^0-9a-z]", "", body.lower())
    for inv in filter(None, g("invoice_numbers").split(";")):
        if re.sub(r"[^0-9a-z]", "", inv.lower()) not in flat and kind not in ("read_receipt", "bounce", "auto_reply", "challenge", "client_reply"):
            e.append(f"{f}: invoice {inv} not visible in message")
    return e


def main() -> int:
    mods, msgs, rems = load()
    known = write_all(mods, msgs, rems)
    errs = check(msgs, rems, known)
    rows = list(csv.DictReader(open(HERE / "labels-eighteenth.csv", encoding="utf-8")))
    if list(rows[0].keys()) != COLUMNS:
        errs.append("label header mismatch")
    if sorted(r["file"] for r in rows) != sorted(str(p.relative_to(HERE)) for d in DESKS for p in (HERE / d).glob("*.eml")):
        errs.append("labels and files differ")
    c = Counter((m.file[:2], m.label["kind"]) for m in msgs)
    for d in DESKS:
        print(d, sum(v for (dd, _), v in c.items() if dd == d), dict(sorted((k, v) for (dd, k), v in c.items() if dd == d)))
    print("total", len(msgs), "reminders", len(rems), "known invoices", len(known))
    if errs:
        print("\n".join(errs))
        print(f"FAILED ({len(errs)} problems)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

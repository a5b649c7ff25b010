#!/usr/bin/env python3
"""Generate and check the nineteenth blind evaluation set (standard library only).

    python3 make.py          # writes <desk>/*.eml, labels, reminders, context.toml, README.md; exits 1 on any failure
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from email import policy
from email.parser import BytesParser
from pathlib import Path

import lib
import desk_de  # noqa
import desk_en
import desk_id
import desk_ru

HERE = Path(__file__).resolve().parent
DESK_MODULES = {"en": desk_en, "de": desk_de, "id": desk_id, "ru": desk_ru}
KINDS = ["invoice_copy", "client_reply", "payment_confirmation", "bounce", "auto_reply", "read_receipt",
         "challenge", "staff_command", "other"]
INTENTS = {"paid_claim", "promise", "dispute", "question", "not_received", "payment_details",
           "plan_request", "stop", "other"}
REASONS = {"user_unknown", "mailbox_full", "policy", "spam", "other"}
MACHINE = {"bounce", "auto_reply", "read_receipt", "challenge"}
LABEL_FILE = "labels-nineteenth.csv"
REM_RE = re.compile(r"^<mb\.(\d{8})\.[0-9a-f]{12}@ar\.merrowlinen\.com>$")


def build() -> None:
    for desk, mod in DESK_MODULES.items():
        mod.build()


def write_outputs() -> None:
    for desk in DESK_MODULES:
        d = HERE / desk
        d.mkdir(exist_ok=True)
        for old in d.glob("*.eml"):
            old.unlink()
    for m in lib.MESSAGES:
        (HERE / m["path"]).write_bytes(m["raw"])

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(lib.LABEL_COLUMNS)
    for m in sorted(lib.MESSAGES, key=lambda m: m["path"]):
        w.writerow([m["labels"][c] for c in lib.LABEL_COLUMNS])
    (HERE / LABEL_FILE).write_text(buf.getvalue(), encoding="utf-8")

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "date", "recipient", "invoices", "amounts", "currency", "due"])
    for r in sorted(lib.REMINDERS.values(), key=lambda r: (r["desk"], r["when"], r["mid"])):
        w.writerow([r["mid"], r["when"][:10], r["recipient"], ";".join(r["invoices"]),
                    ";".join(f"{float(a):.2f}" for a in r["amounts"]), r["currency"], ";".join(r["due"])])
    (HERE / "reminders-sent.csv").write_text(buf.getvalue(), encoding="utf-8")

    def tl(xs):
        return "[\n" + "".join(f'  "{x}",\n' for x in xs) + "]"

    staff_domains = [lib.DESKS[d]["staff_domain"] for d in DESK_MODULES]
    staff_addresses = [a for d in DESK_MODULES for _, a in lib.DESKS[d]["staff"].values()]
    notifiers = [a for d in DESK_MODULES for a in lib.DESKS[d]["notifiers"]]
    invs = sorted({i for r in lib.REMINDERS.values() for i in r["invoices"]})
    toml = (f"# context for the nineteenth blind set ({lib.COMPANY})\n"
            f'bot_address = "{lib.BOT}"\n'
            f"staff_domains = {tl(staff_domains)}\n"
            f"staff_addresses = {tl(staff_addresses)}\n"
            f"notifiers = {tl(notifiers)}\n"
            f'authserv_ids = ["{lib.AUTHSERV}"]\n'
            "require_authentication = true\n"
            "default_terms_days = 30\n"
            f"known_invoice_numbers = {tl(invs)}\n"
            "known_message_ids = []\n"
            "known_contacts = []\n")
    (HERE / "context.toml").write_text(toml, encoding="utf-8")

    counts = Counter((m["path"].split("/")[0], m["labels"]["kind"]) for m in lib.MESSAGES)
    desks = list(DESK_MODULES)
    table = "| kind | " + " | ".join(desks) + " | total |\n|---|" + "---|" * (len(desks) + 1) + "\n"
    for k in KINDS:
        row = [counts[(d, k)] for d in desks]
        table += f"| {k} | " + " | ".join(map(str, row)) + f" | {sum(row)} |\n"
    tot = [sum(counts[(d, k)] for k in KINDS) for d in desks]
    table += "| **all** | " + " | ".join(map(str, tot)) + f" | {sum(tot)} |\n"
    langs = Counter(m["labels"]["language"] for m in lib.MESSAGES)
    lang_line = ", ".join(f"{k} {v}" for k, v in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0])))
    tmpl = (HERE / "README.template.md").read_text(encoding="utf-8")
    readme = tmpl.replace("{{COUNTS}}", table).replace("{{LANGS}}", lang_line)
    readme = readme.replace("{{NREM}}", str(len(lib.REMINDERS))).replace("{{NMSG}}", str(len(lib.MESSAGES)))
    (HERE / "README.md").write_text(readme, encoding="utf-8")


# ---------------------------------------------------------------- checks
def iso_ok(s: str) -> bool:
    try:
        dt.date.fromisoformat(s)
        return bool(re.fullmatch(r"\d{4}-\d\d-\d\d", s))
    except ValueError:
        return False


def check_message(path: str, raw: bytes, errs: list[str], mids: Counter, reminder_ids: set[str]) -> None:
    def e(msg):
        errs.append(f"{path}: {msg}")

    if not raw.startswith(f"Authentication-Results: {lib.AUTHSERV};".encode()):
        e("first header is not our Authentication-Results")
    head = raw.split(b"\n\n", 1)[0]
    try:
        head.decode("ascii")
    except UnicodeDecodeError:
        e("non-ASCII bytes in the top-level header block")
    for n, ln in enumerate(raw.split(b"\n")):
        if len(ln) > 998:
            e(f"line {n + 1} longer than 998 octets")
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    if msg.get_all("Authentication-Results") is None:
        e("no Authentication-Results")
    for hname in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[hname] is None:
            e(f"missing {hname}")
    first_ar = str(msg.get_all("Authentication-Results")[0])
    hf = re.search(r"header\.from=([A-Za-z0-9.-]+)", first_ar)
    from_addrs = msg["From"].addresses if msg["From"] is not None else ()
    if len(from_addrs) != 1:
        e("From must hold exactly one address")
    elif hf and hf.group(1).lower() != from_addrs[0].domain.lower():
        e(f"our Authentication-Results header.from {hf.group(1)} is not the From domain {from_addrs[0].domain}")
    mid = str(msg["Message-ID"] or "").strip()
    mids[mid] += 1
    if msg["Date"] is not None and msg["Date"].datetime is None:
        e("unparseable Date")
    for h in ("In-Reply-To", "References"):
        for tok in re.findall(r"<[^>]+>", str(msg[h] or "")):
            if tok.startswith("<mb.") and tok not in reminder_ids:
                e(f"{h} names unknown reminder {tok}")
    for part in msg.walk():
        if part.defects:
            e(f"MIME defects {part.get_content_type()}: {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                e(f"header defect in {name}: {value.defects}")
            sv = str(value)
            if "\ufffd" in sv or re.search(r"=\?[^?]+\?[bBqQ]\?", sv):
                e(f"header {name} does not decode cleanly: {sv[:60]!r}")
        ctype = part.get_content_type()
        if part.get_content_maintype() == "text" and not part.is_multipart():
            cs = part.get_content_charset("us-ascii")
            data = part.get_payload(decode=True)
            try:
                data.decode(cs, "strict")
            except (LookupError, UnicodeDecodeError) as ex:
                e(f"{ctype} does not decode as {cs}: {ex}")
            content = part.get_content()
            if "\ufffd" in content:
                e(f"{ctype} content has replacement characters")
            if not content.strip() and part.get("Content-Type") is not None:
                e(f"empty {ctype}")
        if ctype == "application/pdf":
            for pe in lib.check_pdf(part.get_payload(decode=True)):
                e("PDF: " + pe)
        if ctype in ("application/xml", "text/xml"):
            try:
                ET.fromstring(part.get_payload(decode=True))
            except ET.ParseError as ex:
                e(f"XML attachment does not parse: {ex}")
        if ctype == "message/delivery-status":
            blocks = part.get_payload()
            if len(blocks) < 2 or not any(b.get("Final-Recipient") for b in blocks[1:]):
                e("delivery-status without per-recipient block")
        if ctype == "message/disposition-notification":
            body = part.get_payload()
            txt = body[0].as_string() if isinstance(body, list) else str(body)
            if "Original-Message-ID" not in txt or "Disposition:" not in txt:
                e("MDN without Original-Message-ID/Disposition")


def check_labels(errs: list[str], reminder_by_mid: dict[str, dict]) -> None:
    text = (HERE / LABEL_FILE).read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    if rows[0] != lib.LABEL_COLUMNS:
        errs.append("label header differs from the required header")
    files_on_disk = sorted(str(p.relative_to(HERE)) for d in DESK_MODULES for p in (HERE / d).glob("*.eml"))
    labelled = [r[0] for r in rows[1:]]
    if sorted(labelled) != files_on_disk:
        errs.append("labels do not cover every .eml exactly once")
    dup = [f for f, c in Counter(labelled).items() if c > 1]
    if dup:
        errs.append(f"files labelled twice: {dup}")
    for raw in rows[1:]:
        if len(raw) != len(lib.LABEL_COLUMNS):
            errs.append(f"{raw[0]}: wrong column count")
            continue
        r = dict(zip(lib.LABEL_COLUMNS, raw))
        f = r["file"]

        def e(msg):
            errs.append(f"{f}: label {msg}")

        if not re.fullmatch(r"(en|de|id|ru)/\d\d_[a-z0-9_]+\.eml", f):
            e("bad file name")
        if r["kind"] not in KINDS:
            e(f"kind {r['kind']!r}")
        if not re.fullmatch(r"[a-z]{2}", r["language"]):
            e("language")
        if r["amount"] and not re.fullmatch(r"\d+\.\d{2}", r["amount"]):
            e(f"amount {r['amount']!r}")
        if r["currency"] and r["currency"] not in ("GBP", "EUR", "USD", "CHF", "IDR", "RUB", "KZT"):
            e("currency")
        if r["amount"] and not r["currency"]:
            e("amount without currency")
        for c in ("issue_date", "due_date", "promised_date", "return_date", "payment_date"):
            if r[c] and not iso_ok(r[c]):
                e(f"{c} {r[c]!r}")
        if r["payment_terms_days"] and not re.fullmatch(r"\d+", r["payment_terms_days"]):
            e("payment_terms_days")
        for c in ("bounce_permanent", "needs_human", "payment_full"):
            if r[c] not in ("", "true", "false"):
                e(f"{c} {r[c]!r}")
        if r["needs_human"] == "":
            e("needs_human empty")
        if r["intent"] and r["intent"] not in INTENTS:
            e(f"intent {r['intent']!r}")
        if r["bounce_reason"] and r["bounce_reason"] not in REASONS:
            e(f"bounce_reason {r['bounce_reason']!r}")
        if r["allocations"]:
            total = 0.0
            for a in r["allocations"].split(";"):
                m = re.fullmatch(r"([^=;]+)=(\d+\.\d{2})", a)
                if not m:
                    e(f"allocation {a!r}")
                else:
                    total += float(m.group(2))
                    if m.group(1) not in r["invoice_numbers"].split(";"):
                        e(f"allocation invoice {m.group(1)} not in invoice_numbers")
            if r["amount"] and abs(total - float(r["amount"])) > 0.005:
                e("allocations do not add up to amount")
        inv = [i for i in r["invoice_numbers"].split(";") if i]
        if len(set(inv)) != len(inv):
            e("duplicate invoice numbers")
        k = r["kind"]
        if k == "client_reply" and not r["intent"]:
            e("client_reply without intent")
        if k not in ("client_reply", "staff_command") and r["intent"]:
            e("intent on a non-reply")
        if k == "invoice_copy":
            if not inv or not r["issue_date"] or not r["due_date"] or not r["currency"]:
                e("invoice_copy missing number/issue/due/currency")
            if len(inv) > 1 and r["needs_human"] != "true":
                e("two invoices but needs_human false")
            if r["payment_terms_days"] and r["issue_date"] and r["due_date"]:
                exp = lib.add_days(r["issue_date"], int(r["payment_terms_days"]))
                if exp != r["due_date"]:
                    e(f"due {r['due_date']} != issue + terms {exp}")
        if k in MACHINE:
            rem = reminder_by_mid.get(r["original_message_id"])
            if rem is None:
                e(f"original_message_id {r['original_message_id']!r} is not a reminder")
            elif inv != rem["invoices"]:
                e("invoice_numbers differ from the reminder's")
        elif r["original_message_id"] and r["original_message_id"] not in reminder_by_mid:
            e("original_message_id is not a reminder")
        if k == "bounce":
            if not r["failed_recipients"] or r["bounce_permanent"] == "" or not r["bounce_reason"]:
                e("bounce fields incomplete")
        elif r["failed_recipients"] or r["bounce_permanent"] or r["bounce_reason"]:
            e("bounce fields on a non-bounce")
        if k == "challenge":
            if not r["challenge"] or r["needs_human"] != "true":
                e("challenge needs address/URL and needs_human true")
        elif r["challenge"]:
            e("challenge field on a non-challenge")
        if k == "payment_confirmation":
            if not (r["amount"] and r["currency"] and r["payment_date"] and r["payment_full"] and inv):
                e("payment_confirmation fields incomplete")
            rems = [x for x in reminder_by_mid.values() if set(inv) <= set(x["invoices"])]
            if not rems:
                e("payment for an invoice no reminder chases")
            else:
                x = rems[0]
                open_amt = sum(float(a) for i, a in zip(x["invoices"], x["amounts"]) if i in inv)
                full = float(r["amount"]) >= open_amt - 0.005
                if (r["payment_full"] == "true") != full:
                    e(f"payment_full {r['payment_full']} but paid {r['amount']} vs open {open_amt:.2f}")
                if x["currency"] != r["currency"]:
                    e("payment currency differs from the reminder's")
        elif r["payment_full"]:
            e("payment_full on a non-payment")
        if k == "auto_reply" and r["return_date"] and r["return_date"] < "2026-02-01":
            e("return date before the period")
        if r["promised_date"] and k not in ("client_reply", "staff_command"):
            e("promised_date on wrong kind")


def check_reminders(errs: list[str]) -> dict[str, dict]:
    rows = list(csv.DictReader(io.StringIO((HERE / "reminders-sent.csv").read_text(encoding="utf-8"))))
    out = {}
    for r in rows:
        m = REM_RE.match(r["id"])
        if not m:
            errs.append(f"reminder id malformed: {r['id']}")
            continue
        if m.group(1) != r["date"].replace("-", ""):
            errs.append(f"reminder id date differs from date column: {r['id']}")
        if r["id"] in out:
            errs.append(f"duplicate reminder id {r['id']}")
        invs, amts, dues = r["invoices"].split(";"), r["amounts"].split(";"), r["due"].split(";")
        if not (len(invs) == len(amts) == len(dues)):
            errs.append(f"reminder {r['id']}: list lengths differ")
        for d in dues + [r["date"]]:
            if not iso_ok(d):
                errs.append(f"reminder {r['id']}: bad date {d}")
        out[r["id"]] = dict(invoices=invs, amounts=amts, currency=r["currency"], date=r["date"])
    return out


def main() -> int:
    build()
    write_outputs()
    errs: list[str] = []
    reminder_by_mid = check_reminders(errs)
    mids: Counter = Counter()
    for m in lib.MESSAGES:
        raw = (HERE / m["path"]).read_bytes()
        check_message(m["path"], raw, errs, mids, set(reminder_by_mid))
        lab = m["labels"]
        if lab["kind"] in MACHINE or lab["kind"] == "client_reply":
            pass
    for mid, c in mids.items():
        if c > 1:
            errs.append(f"Message-ID used {c} times: {mid}")
    check_labels(errs, reminder_by_mid)
    for desk in DESK_MODULES:
        n = sum(1 for m in lib.MESSAGES if m["path"].startswith(desk + "/"))
        if n != 44:
            errs.append(f"desk {desk} has {n} messages, expected 44")
    for m in lib.MESSAGES:
        lab = m["labels"]
        if lab["original_message_id"] and lab["kind"] in MACHINE:
            raw = (HERE / m["path"]).read_bytes()
            msg = BytesParser(policy=policy.default).parsebytes(raw)
            raw = raw.decode("utf-8", "replace")
            for part in msg.walk():
                data = part.get_payload(decode=True)
                if data:
                    raw += data.decode(part.get_content_charset("utf-8"), "replace")
            if lab["original_message_id"] not in raw and lab["original_message_id"][1:-1] not in raw:
                errs.append(f"{m['path']}: machine mail does not mention its reminder's Message-ID")
    if errs:
        print(f"FAILED: {len(errs)} problem(s)")
        for x in errs:
            print("  " + x)
        return 1
    print(f"ok: {len(lib.MESSAGES)} messages, {len(lib.REMINDERS)} reminders, labels and context written")
    return 0


if __name__ == "__main__":
    sys.exit(main())

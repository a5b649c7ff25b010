#!/usr/bin/env python3
"""Write the ninth blind evaluation set and check it.

Writes en/ de/ id/ ru/ (NN_slug.eml), labels-ninth.csv and context.toml, then parses every
file back with email (policy.default) and checks that the labels are consistent.
Exit status 1 when any check fails.  Standard library only; output is deterministic.
"""
from __future__ import annotations

import csv
import email
import io
import re
import sys
import tomllib
from collections import Counter
from datetime import date
from decimal import Decimal, InvalidOperation
from email import policy
from email.header import decode_header, make_header
import email.errors
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from data import msgs_de, msgs_en, msgs_id, msgs_ru  # noqa: E402
from data.world import (AUTHSERV, BOT, CONTACTS, DESKS, NOTIFIERS, OLDER_INVOICES,  # noqa: E402
                        UNANSWERED_BOT_TAGS, USED_BOT_MIDS, bot_mid)

COLUMNS = ["file", "kind", "language", "invoice_numbers", "amount", "currency", "issue_date", "due_date",
           "payment_terms_days", "intent", "promised_date", "return_date", "failed_recipients",
           "bounce_permanent", "original_message_id", "needs_human", "bounce_reason", "challenge",
           "payment_date", "payment_full", "allocations", "note"]
SHORT = dict(inv="invoice_numbers", cur="currency", issue="issue_date", due="due_date",
             terms="payment_terms_days", promised="promised_date", ret="return_date",
             failed="failed_recipients", perm="bounce_permanent", omid="original_message_id",
             nh="needs_human", reason="bounce_reason", chal="challenge", paydate="payment_date",
             full="payment_full", alloc="allocations", lang="language")
SKELETON = dict(invoice_copy=8, read_receipt=3, bounce=5, auto_reply=5, challenge=1,
                payment_confirmation=5, client_reply=13, other=4)
INTENTS = {"paid", "promise", "dispute", "plan_request", "not_received", "payment_details", "stop", "other"}
REASONS = {"user_unknown", "mailbox_full", "policy", "spam", "other"}
LANGS = {"en", "de", "id", "ru", "nl", "fr", "pl", "it", "es", "pt", "tr", "zh", "ja"}

ERRORS: list[str] = []


def err(f: str, m: str) -> None:
    ERRORS.append(f"{f}: {m}")


def b(v) -> str:
    if v is None or v == "":
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def row_for(lang: str, n: int, m: dict) -> dict:
    lab = {SHORT.get(k, k): v for k, v in m["lab"].items()}
    unknown = set(lab) - set(COLUMNS)
    if unknown:
        raise SystemExit(f"{m['slug']}: unknown label keys {unknown}")
    r = {c: "" for c in COLUMNS}
    r["file"] = f"{lang}/{n:02d}_{m['slug']}.eml"
    r["kind"] = m["kind"]
    r["language"] = lang
    for k, v in lab.items():
        if isinstance(v, (list, tuple)):
            v = ";".join(v)
        r[k] = b(v)
    r["needs_human"] = b(bool(lab.get("needs_human", False)))
    r["challenge"] = b(m["kind"] == "challenge")
    return r


def all_text(msg) -> str:
    """Decoded headers and every decodable part, for 'does the label appear' checks."""
    out = []
    for k, v in msg.items():
        out.append(f"{k}: {v}")
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() and ct != "message/rfc822":
            continue
        try:
            if ct.startswith("text/") and ct != "text/rfc822-headers" or ct in ("message/delivery-status", "message/disposition-notification"):
                out.append(str(part.get_content()))
            elif ct in ("message/rfc822", "text/rfc822-headers"):
                inner = part.get_content()
                if not isinstance(inner, email.message.Message):
                    inner = email.message_from_string(str(inner), policy=policy.default)
                out.append(str(inner))
                out.extend(f"{k}: {v}" for k, v in inner.items())
                continue
            else:
                data = part.get_payload(decode=True) or b""
                out.append(data.decode("utf-8", "replace"))
        except (LookupError, UnicodeError, KeyError) as e:
            out.append(f"<undecodable {e}>")
    text_all = "\n".join(out)
    # encoded words quoted inside bodies (e.g. a returned header block in a prose bounce)
    for line in text_all.splitlines():
        if "=?" in line:
            try:
                out.append(str(make_header(decode_header(line))))
            except (LookupError, UnicodeError, ValueError, email.errors.HeaderParseError):
                pass
    return "\n".join(out)


def squash(s: str) -> str:
    return re.sub(r"[\W_]+", "", s.lower())


def is_date(s: str) -> bool:
    try:
        date.fromisoformat(s)
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", s))
    except ValueError:
        return False


def check(row: dict, raw: bytes, ctx: dict) -> None:
    f = row["file"]
    kind = row["kind"]
    try:
        msg = email.message_from_bytes(raw, policy=policy.default)
        body = all_text(msg)
    except Exception as e:  # noqa: BLE001 - report any parse failure as a check failure
        err(f, f"does not parse: {e!r}")
        return
    for h in ("From", "Date", "Message-ID"):
        if not msg.get(h):
            err(f, f"missing {h}")
    if msg.defects:
        err(f, f"top-level defects {msg.defects}")
    ar = msg.get_all("Authentication-Results") or []
    if not ar or not str(ar[0]).strip().startswith(AUTHSERV):
        err(f, "first Authentication-Results is not from our MX")
    dmarc_pass = bool(ar) and bool(re.search(r"\bdmarc=pass\b", str(ar[0])))
    frm = msg["From"].addresses[0].addr_spec.lower() if msg["From"].addresses else ""
    note = row["note"]
    if not note:
        err(f, "note is empty")
    if kind not in SKELETON:
        err(f, f"bad kind {kind}")
    if row["language"] not in LANGS:
        err(f, f"bad language {row['language']}")
    if row["language"] != f.split("/")[0] and kind not in ("auto_reply", "bounce"):
        err(f, "foreign language only expected on auto-replies and machine bounces")
    for c in ("issue_date", "due_date", "promised_date", "return_date", "payment_date"):
        if row[c] and not is_date(row[c]):
            err(f, f"{c} not ISO: {row[c]}")
    for c in ("needs_human", "challenge"):
        if row[c] not in ("true", "false"):
            err(f, f"{c} must be true/false")
    invs = [i for i in row["invoice_numbers"].split(";") if i]
    known = set(ctx["known_invoice_numbers"])
    low = body.lower()
    for i in invs:
        if i not in known:
            err(f, f"invoice {i} not in known_invoice_numbers")
        tail = re.findall(r"\d{3,}", i)
        short_ok = bool(tail) and re.search(rf"(?<!\d){tail[-1]}(?!\d)", body) is not None
        if i.lower() not in low and squash(i) not in squash(body) and not short_ok:
            err(f, f"invoice {i} does not appear in the decoded message")
    if row["amount"]:
        try:
            a = Decimal(row["amount"])
            if a <= 0 or a.as_tuple().exponent != -2:
                err(f, "amount must be positive with 2 decimals")
        except InvalidOperation:
            err(f, f"amount not decimal: {row['amount']}")
        if not row["currency"]:
            err(f, "amount without currency")
    if row["currency"] and row["currency"] not in ("GBP", "EUR", "IDR", "RUB", "USD"):
        err(f, f"odd currency {row['currency']}")
    if row["issue_date"] and row["due_date"] and row["payment_terms_days"]:
        d = (date.fromisoformat(row["due_date"]) - date.fromisoformat(row["issue_date"])).days
        if str(d) != row["payment_terms_days"]:
            err(f, f"terms {row['payment_terms_days']} != due-issue {d}")
    if row["due_date"] and row["issue_date"] and row["due_date"] < row["issue_date"]:
        err(f, "due before issue")
    # per-kind rules
    only = {"intent": "client_reply", "promised_date": "client_reply", "return_date": "auto_reply",
            "failed_recipients": "bounce", "bounce_permanent": "bounce", "bounce_reason": "bounce",
            "payment_date": "payment_confirmation", "payment_full": "payment_confirmation",
            "allocations": "payment_confirmation"}
    for c, k in only.items():
        if row[c] and kind != k:
            err(f, f"{c} set on a {kind}")
    omid = row["original_message_id"]
    if omid:
        if kind not in ("read_receipt", "bounce", "auto_reply", "challenge"):
            err(f, "original_message_id on a kind that should not carry it")
        if omid not in ctx["known_message_ids"]:
            err(f, f"original_message_id {omid} unknown")
        if omid.strip("<>") not in raw.decode("utf-8", "replace") and omid.strip("<>") not in body:
            err(f, f"original_message_id {omid} not in message")
    staff = {a.lower() for a in ctx["staff_addresses"]}
    if kind == "invoice_copy":
        if frm not in staff:
            err(f, f"invoice copy not from staff ({frm})")
        if not invs:
            err(f, "invoice copy without invoice number")
        if row["needs_human"] == "false" and not (row["amount"] and row["currency"]):
            err(f, "invoice copy needs amount+currency or needs_human")
        if row["needs_human"] == "true" and row["amount"]:
            err(f, "unclear invoice copy should leave amount empty")
        to_cc = " ".join(str(msg.get(h, "")) for h in ("To", "Cc")).lower()
        if BOT in str(msg.get("To", "")).lower():
            err(f, "bot must not be in To of an invoice copy")
        if BOT not in to_cc and BOT not in str(msg.get("Delivered-To", "")).lower():
            err(f, "bot neither in Cc nor Delivered-To")
        if not dmarc_pass:
            err(f, "staff copy must authenticate")
    elif kind == "read_receipt":
        if not (msg.get_content_type() == "multipart/report" or "read:" in str(msg["Subject"]).lower()
                or "gelesen" in str(msg["Subject"]).lower() or "dibaca" in str(msg["Subject"]).lower()
                or "прочитано" in str(msg["Subject"]).lower()):
            err(f, "read receipt is neither an MDN nor a Read: receipt")
    elif kind == "bounce":
        fr = [x for x in row["failed_recipients"].split(";") if x]
        if not fr:
            err(f, "bounce without failed recipients")
        for x in fr:
            if x.lower() not in low:
                err(f, f"failed recipient {x} not in message")
        if row["bounce_permanent"] not in ("true", "false"):
            err(f, "bounce_permanent must be true/false")
        if row["bounce_reason"] not in REASONS:
            err(f, f"bad bounce_reason {row['bounce_reason']}")
    elif kind == "auto_reply":
        pass
    elif kind == "challenge":
        if row["challenge"] != "true":
            err(f, "challenge flag")
    elif kind == "payment_confirmation":
        if frm not in {a.lower() for a in ctx["notifiers"]}:
            err(f, f"payment confirmation not from a notifier ({frm})")
        if not dmarc_pass:
            err(f, "payment confirmation must pass DMARC")
        if row["payment_full"] not in ("true", "false"):
            err(f, "payment_full must be true/false")
        if not (row["amount"] and row["currency"]):
            err(f, "payment confirmation needs amount and currency")
        if not row["payment_date"]:
            err(f, "payment confirmation needs payment_date")
        if row["allocations"]:
            total = Decimal(0)
            for piece in row["allocations"].split(";"):
                inv, _, amt = piece.rpartition("=")
                if inv not in invs:
                    err(f, f"allocation {inv} not among invoice_numbers")
                total += Decimal(amt)
            if row["amount"] and total != Decimal(row["amount"]):
                err(f, f"allocations sum {total} != amount {row['amount']}")
    elif kind == "client_reply":
        if row["intent"] not in INTENTS:
            err(f, f"bad intent {row['intent']}")
        if row["intent"] == "promise" and not row["promised_date"]:
            err(f, "promise without promised_date")
        if row["intent"] != "promise" and row["promised_date"]:
            err(f, "promised_date without promise")
        if frm in staff:
            err(f, "client reply from staff")
    elif kind == "other":
        if frm in {a.lower() for a in ctx["notifiers"]} and dmarc_pass:
            err(f, "authenticated notifier mail labelled other")
    if kind != "client_reply" and row["intent"]:
        err(f, "intent outside client_reply")
    if kind == "bounce" and frm in staff:
        err(f, "bounce from staff?")


def toml_list(xs) -> str:
    return "[\n" + "".join(f'  "{x}",\n' for x in xs) + "]"


def main() -> int:
    rows: list[dict] = []
    files: dict[str, bytes] = {}
    for lang, mod in (("en", msgs_en), ("de", msgs_de), ("id", msgs_id), ("ru", msgs_ru)):
        desk = mod.build_desk()
        counts = Counter(m["kind"] for m in desk.msgs)
        if dict(counts) != SKELETON:
            err(lang, f"skeleton mismatch {dict(counts)}")
        slugs = [m["slug"] for m in desk.msgs]
        if len(set(slugs)) != len(slugs):
            err(lang, "duplicate slugs")
        for n, m in enumerate(desk.msgs, 1):
            r = row_for(lang, n, m)
            rows.append(r)
            files[r["file"]] = m["eml"]
    for tag in UNANSWERED_BOT_TAGS:
        bot_mid(tag)
    invoices = sorted({i for r in rows for i in r["invoice_numbers"].split(";") if i} | set(OLDER_INVOICES))
    staff = [a for d in DESKS.values() for _, a in d["staff"]]
    contacts = [c for lang in ("en", "de", "id", "ru") for c in CONTACTS[lang]]
    ctx_text = (
        "# context for the ninth blind set (Pelagian Loomworks)\n"
        f'bot_address = "{BOT}"\n'
        f"staff_domains = {toml_list(d['domain'] for d in DESKS.values())}\n"
        f"staff_addresses = {toml_list(staff)}\n"
        f"notifiers = {toml_list(NOTIFIERS)}\n"
        f'authserv_ids = ["{AUTHSERV}"]\n'
        "require_authentication = true\n"
        "default_terms_days = 30\n"
        f"known_invoice_numbers = {toml_list(invoices)}\n"
        f"known_message_ids = {toml_list(sorted(USED_BOT_MIDS.values()))}\n"
        f"known_contacts = {toml_list(contacts)}\n"
    )
    ctx = tomllib.loads(ctx_text)
    if len(files) != 176:
        err("set", f"{len(files)} files, expected 176")
    for lang in ("en", "de", "id", "ru"):
        d = HERE / lang
        d.mkdir(exist_ok=True)
        for old in d.glob("*.eml"):
            if f"{lang}/{old.name}" not in files:
                old.unlink()
    for name, data in files.items():
        (HERE / name).write_bytes(data)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    (HERE / "labels-ninth.csv").write_text(buf.getvalue(), encoding="utf-8")
    (HERE / "context.toml").write_text(ctx_text, encoding="utf-8")
    # read back from disk and check
    back = list(csv.DictReader(io.StringIO((HERE / "labels-ninth.csv").read_text(encoding="utf-8"))))
    if [list(r.keys()) for r in back[:1]] != [COLUMNS]:
        err("csv", "columns differ")
    mids = Counter()
    for r in back:
        raw = (HERE / r["file"]).read_bytes()
        check(r, raw, ctx)
        m = email.message_from_bytes(raw, policy=policy.default)
        mids[str(m["Message-ID"])] += 1
    for k, v in mids.items():
        if v > 1:
            err("set", f"duplicate Message-ID {k}")
    answered = {r["original_message_id"] for r in back if r["original_message_id"]}
    never = len(set(ctx["known_message_ids"]) - answered)
    if never < 12:
        err("context", f"only {never} unanswered bot Message-IDs")
    print(f"{len(back)} messages; kinds {dict(Counter(r['kind'] for r in back))}")
    print(f"languages {dict(Counter(r['language'] for r in back))}")
    if ERRORS:
        print(f"{len(ERRORS)} check(s) failed:")
        for e in ERRORS:
            print("  " + e)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

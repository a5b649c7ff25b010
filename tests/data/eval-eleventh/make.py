#!/usr/bin/env python3
"""Build the eleventh blind evaluation set: .eml files, labels-eleventh.csv, context.toml. Stdlib only, deterministic."""
import csv, io, os, re, sys
from email import policy
from email.parser import BytesParser
from email.message import EmailMessage

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import common, en, de, id as id_, ru  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DESK_MODS = {"en": en, "de": de, "id": id_, "ru": ru}


def to_bytes(m):
    if isinstance(m, EmailMessage):
        return m.as_bytes(policy=policy.default.clone(linesep="\n"))
    return m.encode("utf-8")


def main():
    fails, rows = [], []
    known_inv, known_mid, contacts = set(), set(), set()
    for desk, mod in DESK_MODS.items():
        os.makedirs(os.path.join(HERE, desk), exist_ok=True)
        for f in os.listdir(os.path.join(HERE, desk)):
            if f.endswith(".eml"):
                os.remove(os.path.join(HERE, desk, f))
        entries = mod.build()
        known_inv.update(mod.EARLIER)
        for _, addr, _ in mod.CLIENTS.values():
            contacts.add(addr)
        contacts.update(mod.EXTRA_CONTACTS)
        for e in entries:
            path = f"{desk}/{e['slug']}.eml"
            data = to_bytes(e["msg"])
            with open(os.path.join(HERE, path), "wb") as fh:
                fh.write(data)
            lab = dict(e["labels"]); lab["file"] = path
            rows.append(lab)
            if lab["kind"] != "invoice_copy" and lab.get("invoice_numbers"):
                known_inv.update(x for x in lab["invoice_numbers"].split(";") if x)
            if lab["kind"] == "payment_confirmation" and lab.get("allocations"):
                known_inv.update(a.split("=")[0] for a in lab["allocations"].split(";"))
            if lab.get("original_message_id"):
                known_mid.add(lab["original_message_id"])
            for r in lab.get("failed_recipients", "").split(";"):
                if r:
                    contacts.add(r)
            # bot Message-IDs referenced by any threaded message
            msg = BytesParser(policy=policy.default).parsebytes(data)
            for hname in ("In-Reply-To", "References"):
                for x in re.findall(r"<[^>]+>", str(msg.get(hname, ""))):
                    if x.endswith("@" + common.OUT_HOST + ">"):
                        known_mid.add(x)
    # ---- checks
    names = set()
    for lab in rows:
        p = os.path.join(HERE, lab["file"])
        if not os.path.exists(p):
            fails.append(f"{lab['file']}: missing"); continue
        if lab["file"] in names:
            fails.append(f"{lab['file']}: duplicate label row")
        names.add(lab["file"])
        with open(p, "rb") as fh:
            msg = BytesParser(policy=policy.default).parse(fh)
        for hname in ("From", "To", "Date", "Message-ID", "Subject"):
            if not msg.get(hname):
                fails.append(f"{lab['file']}: no {hname}")
        if not str(msg.get_all("Authentication-Results", [""])[0]).startswith(common.MX):
            fails.append(f"{lab['file']}: top Authentication-Results not ours")
        if msg.defects:
            fails.append(f"{lab['file']}: defects {msg.defects}")
        try:
            for part in msg.walk():
                if part.get_content_maintype() == "text":
                    part.get_content()
        except Exception as exc:  # noqa: BLE001
            fails.append(f"{lab['file']}: undecodable part {exc}")
        if lab["kind"] not in ("invoice_copy", "read_receipt", "bounce", "auto_reply", "challenge", "payment_confirmation", "client_reply", "other"):
            fails.append(f"{lab['file']}: bad kind {lab['kind']}")
        for k in ("amount",):
            if lab.get(k) and not re.fullmatch(r"-?\d+\.\d\d", lab[k]):
                fails.append(f"{lab['file']}: bad amount {lab[k]}")
        for k in ("issue_date", "due_date", "promised_date", "return_date", "payment_date"):
            if lab.get(k) and not re.fullmatch(r"2026-\d\d-\d\d", lab[k]):
                fails.append(f"{lab['file']}: bad {k} {lab[k]}")
        for k in lab:
            if k not in common.COLUMNS:
                fails.append(f"{lab['file']}: unknown label column {k}")
    # ---- labels
    with open(os.path.join(HERE, "labels-eleventh.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=common.COLUMNS, lineterminator="\n")
        w.writeheader()
        for lab in rows:
            w.writerow({k: lab.get(k, "") for k in common.COLUMNS})
    # ---- context
    def arr(xs):
        return "[\n" + "".join(f"  {q(x)},\n" for x in sorted(xs)) + "]"

    def q(s):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    D = common.DESKS
    t = ["# World of the eleventh blind set: Frostline Cold Chain Group", f"bot_address = {q(common.BOT)}",
         f"staff_domains = {arr(d['domain'] for d in D.values())}",
         f"staff_addresses = {arr(a for d in D.values() for _, a in d['staff'])}",
         f"notifiers = {arr([d['bank'] for d in D.values()] + [d['psp'] for d in D.values()])}",
         f"authserv_ids = {arr([common.MX])}", "require_authentication = true", "default_terms_days = 30",
         f"known_invoice_numbers = {arr(known_inv)}", f"known_message_ids = {arr(known_mid)}",
         f"known_contacts = {arr(contacts)}"]
    with open(os.path.join(HERE, "context.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(t) + "\n")
    try:
        import tomllib
        with open(os.path.join(HERE, "context.toml"), "rb") as fh:
            tomllib.load(fh)
    except ImportError:
        pass
    counts = {}
    for lab in rows:
        key = (lab["file"][:2], lab["kind"]); counts[key] = counts.get(key, 0) + 1
    for desk in DESK_MODS:
        n = sum(v for (d, _), v in counts.items() if d == desk)
        if n < 44:
            fails.append(f"{desk}: only {n} messages")
        print(desk, n, {k: v for (d, k), v in sorted(counts.items()) if d == desk})
    print("total", len(rows))
    if fails:
        print("\n".join(fails)); sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

"""Forgery campaign: every way an outsider may try to make the bot change something.

    PYTHONPATH=. .venv/bin/python -m bench.forgery [--db URL] [--sample N]

Attempts are the cross product of (forgery class) x (what it claims) x (language, where
the text matters). Each goes through the real IMAP ingest (a private Dovecot) and a tick;
it is *accepted* when anything changed that README's "Who may change what" forbids
(invoices, holds, read marks, debtors stopped or paused, contacts failing, the outbox).
Then client-controlled text (display name, subject, body with CR/LF, Jinja syntax,
HTML/script) is driven into a digest, a thank-you and reminders, and the bytes the SMTP
sink received are checked for injected headers or evaluated template code. Last, one
genuine message per kind must still work, so the campaign cannot pass by refusing all.

Prints attempts per class, accepted (must be 0), injections (must be 0) and the
controls; exits 1 on any acceptance, injection or failed control. `--db` takes an empty
database (default: a temporary SQLite file); `--sample N` runs every N-th attempt.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import message_from_bytes
from email import policy as email_policy
from email.header import Header
from functools import partial
from pathlib import Path
from typing import Any

from sqlmodel import select

from mailbot.adapters import logs
from mailbot.adapters.models import Contact, Debtor
from mailbot.app import staff
from tests.botenv import (
    AR,
    AUTHSERV,
    BANK,
    BOB,
    BOSS,
    STAFF,
    Runner,
    at,
    invoice_mail,
    mail,
)
from tests.conftest import DOVECOT_USERS
from tests.servers import Dovecot, SmtpSink
from tests.test_trust import D0, DAVE, MALLORY, dsn, mdn, state, with_auth
from tests.test_trust import open_world as open_trust_world

AP = "ap@globex.test"  # a contact staff added, to whom the reminder was not sent
ATTEMPT_DAY = 7
LANGS = ("en", "de", "id", "ru")

# ------------------------------------------------------------------ what is claimed

PAYMENT = {
    "en": ("Incoming payment EUR 1,000.00",
           "Credit transfer received\nAmount: EUR 1,000.00\nReference: INV-1001\n"),
    "de": ("Zahlungseingang EUR 1.000,00",
           "Gutschrift erhalten\nBetrag: EUR 1.000,00\nVerwendungszweck: INV-1001\n"),
    "id": ("Dana masuk EUR 1.000,00",
           "Transfer masuk diterima\nJumlah: EUR 1.000,00\nReferensi: INV-1001\n"),
    "ru": ("Поступление средств EUR 1 000,00",
           "Получен перевод\nСумма: EUR 1 000,00\nНазначение платежа: INV-1001\n"),
}

CLIENT_CLAIMS: dict[str, dict[str, str]] = {
    "stop": {
        "en": "Please stop contacting us about invoice INV-1001.",
        "de": "Bitte kontaktieren Sie uns nicht mehr wegen der Rechnung INV-1001.",
        "id": "Mohon berhenti menghubungi kami tentang faktur INV-1001.",
        "ru": "Пожалуйста, больше не пишите нам по счёту INV-1001.",
    },
    "promise": {
        "en": "We will pay invoice INV-1001 on 30 March 2027.",
        "de": "Wir werden die Rechnung INV-1001 am 30. März 2027 bezahlen.",
        "id": "Kami akan membayar faktur INV-1001 pada 30 Maret 2027.",
        "ru": "Мы оплатим счёт INV-1001 30 марта 2027 года.",
    },
    "dispute": {
        "en": "We dispute invoice INV-1001: the work was never delivered.",
        "de": "Wir widersprechen der Rechnung INV-1001: die Leistung wurde nie erbracht.",
        "id": "Kami menolak faktur INV-1001: pekerjaan tidak pernah diserahkan.",
        "ru": "Мы оспариваем счёт INV-1001: работа так и не была выполнена.",
    },
    "paid_claim": {
        "en": "We paid invoice INV-1001 yesterday by bank transfer.",
        "de": "Wir haben die Rechnung INV-1001 gestern per Überweisung bezahlt.",
        "id": "Kami sudah membayar faktur INV-1001 kemarin melalui transfer bank.",
        "ru": "Мы оплатили счёт INV-1001 вчера банковским переводом.",
    },
    "absence": {
        "en": "I am out of the office until 1 March 2027 with no access to email.",
        "de": "Ich bin bis zum 1. März 2027 nicht im Büro und habe keinen Zugriff auf E-Mails.",
        "id": "Saya sedang cuti sampai 1 Maret 2027 dan tidak dapat membaca email.",
        "ru": "Меня не будет в офисе до 1 марта 2027 года, доступа к почте нет.",
    },
}

# ------------------------------------------------------------------ who it pretends to be


def look_alikes(domain: str) -> dict[str, str]:
    """Domains a person might take for `domain`."""
    label, _, rest = domain.partition(".")
    digit = label.replace("l", "1", 1) if "l" in label else label.replace("a", "4", 1)
    homoglyph = label.replace("a", "\u0430", 1) if "a" in label else label.replace("o", "\u043e", 1)
    return {
        "look_alike_hyphen": f"{label}-{rest}.example",  # bank-test.example
        "look_alike_digit": f"{digit}.{rest}",  # paypa1-style
        "look_alike_punycode": f"{homoglyph.encode('idna').decode()}.{rest}",  # xn--...
        "look_alike_subdomain": f"{domain}.evil.test",  # bank.test.evil.test
    }


def stamp(domain: str, verdict: str = "pass", server: str = AUTHSERV) -> str:
    return (f"Authentication-Results: {server}; dkim={verdict} header.d={domain}; "
            f"spf={verdict} smtp.mailfrom={domain}; dmarc={verdict} header.from={domain}")


@dataclass(frozen=True)
class Disguise:
    """How the sender is forged: the From header and the stamps on top (None: ours)."""

    name: str
    frm: str
    stamps: tuple[str, ...] | None  # None: no Authentication-Results at all


def disguises(addr: str) -> list[Disguise]:
    domain = addr.split("@")[1]
    out = [
        Disguise("auth_forged_by_another_server", addr, (stamp(domain, server="mx.evil.test"),)),
        Disguise("auth_absent", addr, None),
        Disguise("auth_below_a_foreign_received", addr, (
            "Received: from evil.test by relay.evil.test; Sun, 08 Nov 2026 07:59:00 +0100",
            stamp(domain))),
        Disguise("dmarc_fail_spf_pass", addr, (
            (f"Authentication-Results: {AUTHSERV}; spf=pass smtp.mailfrom={domain}; "
            f"dmarc=fail header.from={domain}"),)),
        Disguise("two_from", f"{addr}, {MALLORY}", (stamp(domain),)),
        Disguise("display_name_spoof", f'"{addr}" <{MALLORY}>', (stamp("evil.test"),)),
    ]
    for name, fake in look_alikes(domain).items():
        out.append(Disguise(name, f"{addr.split('@')[0]}@{fake}", (stamp(fake),)))
    return out


def client_disguises() -> list[Disguise]:
    return [*disguises(BOB),
            Disguise("stranger_knows_the_invoice", MALLORY, (stamp("evil.test"),)),
            Disguise("colleague_never_written_to", DAVE, (stamp("globex.test"),)),
            Disguise("contact_failing_dmarc", BOB, (stamp("globex.test", "fail"),))]


def dress(raw: bytes, d: Disguise, addr: str) -> bytes:
    """`raw` (built by tests.botenv.mail for `addr`) with the disguise's From and stamps."""
    head, _, rest = raw.partition(b"\r\n")
    assert head.startswith(b"Authentication-Results:")
    rest = rest.replace(f"From: {addr}".encode(), f"From: {d.frm}".encode(), 1)
    if d.stamps is None:
        return rest
    return with_auth(head + b"\r\n" + rest, *d.stamps)


# ------------------------------------------------------------------ attempts


@dataclass(frozen=True)
class Attempt:
    cls: str
    claim: str
    lang: str
    build: Callable[[str], bytes]  # the reminder's Message-ID -> the raw message


def when() -> datetime:
    return at(D0 + timedelta(days=ATTEMPT_DAY - 1), 8)


def forged(d: Disguise, addr: str, subject: str, body: str, reply: bool,
           headers: dict[str, str] | None, reminder: str) -> bytes:
    return dress(mail(addr, [AR], subject, body, when(), headers=headers,
                      reply_to=reminder if reply else None), d, addr)


def forged_invoice(d: Disguise, _reminder: str) -> bytes:
    return dress(invoice_mail("INV-6666", MALLORY, "9,999.00", "Payment terms: net 7", when()),
                 d, STAFF)


def attempts() -> Iterator[Attempt]:
    for d in disguises(BANK):
        for lang, (subject, body) in PAYMENT.items():
            yield Attempt(d.name, "payment", lang,
                          partial(forged, d, BANK, subject, body, False, None))
    for d in disguises(STAFF):
        yield Attempt(d.name, "staff_invoice", "-", partial(forged_invoice, d))
        yield Attempt(d.name, "staff_command", "-", partial(
            forged, d, STAFF, "commands", "paid INV-1001 1000\nwriteoff INV-1002\n", False,
            None))
    for d in client_disguises():
        addr = d.frm if d.name in ("stranger_knows_the_invoice",
                                   "colleague_never_written_to") else BOB
        for claim, texts in CLIENT_CLAIMS.items():
            away = claim == "absence"
            extra = {"Auto-Submitted": "auto-replied"} if away else None
            subject = ("Automatic reply: " if away else "Re: ") + "Invoice INV-1001"
            for lang, text in texts.items():
                yield Attempt(d.name, claim, lang,
                              partial(forged, d, addr, subject, text, True, extra))
    def named(make: Callable[[str, str], bytes], addr: str,
              original: str | None) -> Callable[[str], bytes]:
        # `original` None: the reminder's own Message-ID
        return lambda reminder: make(addr, original or reminder)

    yield Attempt("bounce_of_a_message_never_sent", "bounce", "-",
                  named(dsn, BOB, "<made-up@evil.test>"))
    yield Attempt("bounce_for_another_recipient", "bounce", "-", named(dsn, AP, None))
    yield Attempt("mdn_from_a_stranger", "read_receipt", "-", named(mdn, MALLORY, None))
    yield Attempt("mdn_naming_no_message_of_ours", "read_receipt", "-",
                  named(mdn, BOB, "<x@evil.test>"))
    yield Attempt("mdn_from_a_contact_not_its_recipient", "read_receipt", "-",
                  named(mdn, AP, None))


# ------------------------------------------------------------------ the world


def open_world(dovecot: Dovecot, sink: SmtpSink, db_url: str) -> tuple[Runner, str]:
    """tests/test_trust.py's world, plus a contact staff added (AP) and a first tick on
    the attempt day, so later ticks at the same instant owe nothing."""
    r, reminder = open_trust_world(dovecot, sink, db_url)
    with r.bot.store.session() as s:
        debtor_id = s.exec(select(Debtor)).one().id
        assert debtor_id is not None
        s.add(Contact(debtor_id=debtor_id, email=AP))
        s.commit()
    r.tick(at(D0 + timedelta(days=ATTEMPT_DAY), 10))
    return r, reminder


def snapshot(r: Runner) -> dict[str, Any]:
    """test_trust.state, without the digest (staff are meant to see every attempt)."""
    s = state(r)
    s["outbox"] = [o for o in s["outbox"] if o[0] != "digest"]
    return s


def diff(before: dict[str, Any], after: dict[str, Any]) -> str:
    return "; ".join(f"{k}: {sorted(set(map(str, after[k])) - set(map(str, before[k])))}"
                     for k in before if before[k] != after[k])


def run_attempt(r: Runner, dovecot: Dovecot, raw: bytes) -> str:
    """'' when nothing forbidden changed, else what changed."""
    before = snapshot(r)
    dovecot.append("ar", raw)
    r.sync(at(D0 + timedelta(days=ATTEMPT_DAY), 9))
    r.tick(at(D0 + timedelta(days=ATTEMPT_DAY), 10))
    return diff(before, snapshot(r))


# ------------------------------------------------------------------ injection

INJECTED_HEADER = "X-Forgery-Injected"
EVALUATED = "1337"  # what {{ 7*191 }} renders to
LOOP = "INJINJINJ"  # what the {% for %} renders to
HOSTILE = ("{{ 7*191 }} {% for x in range(3) %}INJ{% endfor %} "
           f"<script>alert(1)</script>\r\n{INJECTED_HEADER}: 1\r\nBcc: {MALLORY}")


def injection_mail(r: Runner, dovecot: Dovecot, reminder: str) -> None:
    """Bob (genuine) writes with hostile display name, subject and text: a promise staff
    must see in the digest, then a question they must see as well."""
    for i, body in enumerate([f"We will pay invoice INV-1001 next week.\n{HOSTILE}\n",
                              f"Who is our contact? {HOSTILE}\n\n<b>{HOSTILE}</b>\n"]):
        raw = mail(BOB, [AR], "Re: Invoice INV-1001", body,
                   at(D0 + timedelta(days=ATTEMPT_DAY + 1), 7, i), reply_to=reminder)
        hostile_name = Header(f"Bob {HOSTILE}", "utf-8").encode()
        subject = Header(f"Re: Invoice INV-1001 {HOSTILE}", "utf-8").encode()
        raw = raw.replace(f"From: {BOB}".encode(), f"From: {hostile_name} <{BOB}>".encode(), 1)
        raw = raw.replace(b"Subject: Re: Invoice INV-1001", f"Subject: {subject}".encode(), 1)
        dovecot.append("ar", raw)


def texts(raw: bytes) -> list[str]:
    msg = message_from_bytes(raw, policy=email_policy.default)
    return [p.get_content() for p in msg.walk() if p.get_content_maintype() == "text"]


def injections(sent: list[bytes]) -> list[str]:
    """What client text did to the bot's letters: injected headers, recipients, code."""
    found = []
    for raw in sent:
        msg = message_from_bytes(raw, policy=email_policy.default)
        subj = str(msg.get("Subject", ""))
        if msg.get(INJECTED_HEADER) is not None or msg.get("Bcc") is not None:
            found.append(f"header injected into {subj!r}")
        for part in msg.walk():
            if part.get_content_maintype() != "text":
                continue
            text = part.get_content()
            if EVALUATED in text or LOOP in text:
                found.append(f"template code evaluated in {subj!r}")
            if part.get_content_subtype() == "html" and "<script>" in text:
                found.append(f"unescaped script in the HTML of {subj!r}")
    return found


# ------------------------------------------------------------------ controls


def controls(r: Runner, dovecot: Dovecot, sink: SmtpSink, reminder: str) -> tuple[
        dict[str, bool], list[str], int]:
    """Genuine mail of each kind still changes what it may; client text reaches the
    letters (so the injection check has something to look at) without injecting."""
    ok: dict[str, bool] = {}
    start = len(sink.messages)
    day = D0 + timedelta(days=ATTEMPT_DAY + 1)

    def step(raw: bytes, hh: int) -> tuple[dict[str, Any], dict[str, Any]]:
        """The state before and after this one genuine mail and a tick: each control
        must change what it may itself, not find it changed by an earlier attempt."""
        before = snapshot(r)
        dovecot.append("ar", raw)
        r.sync(at(day, hh))
        r.tick(at(day, hh, 30))
        return before, snapshot(r)

    def rows(st: dict[str, Any], key: str, *idx: int) -> set[tuple[Any, ...]]:
        return {tuple(row[i] for i in idx) for row in st[key]}

    # staff dealt with the attempts (each was listed for them), so the digest has room
    # for the hostile mail below
    staff.mark_handled(r.bot.store, [p.id for p in staff.pending(r.bot.store)],
                       at(day, 7), "staff")
    injection_mail(r, dovecot, reminder)
    r.sync(at(day, 7, 30))
    r.tick(at(day, 8, 5))  # the digest hour: staff see Bob's mail
    b, a = step(mdn(BOB, reminder), 9)
    ok["read_receipt"] = ("INV-1001", True) in rows(a, "invoices", 0, 5) - rows(b, "invoices", 0, 5)
    b, a = step(mail(BOB, [AR], "Automatic reply: Invoice INV-1001",
                     CLIENT_CLAIMS["absence"]["en"], at(day, 9),
                     headers={"Auto-Submitted": "auto-replied"}), 10)
    ok["absence"] = any(h[1] == "away" for h in rows(a, "invoices", 0, 3) - rows(b, "invoices", 0, 3))
    b, a = step(invoice_mail("INV-7001", BOB, "70.00", "Payment terms: net 30", at(day, 10)), 11)
    ok["staff_invoice"] = ("INV-7001",) in rows(a, "invoices", 0) - rows(b, "invoices", 0)
    b, a = step(mail(STAFF, [AR], "commands", "writeoff INV-7001\n", at(day, 11)), 12)
    ok["staff_command"] = ("INV-7001", "open") in rows(b, "invoices", 0, 1) - rows(a, "invoices", 0, 1)
    b, a = step(mail(BANK, [AR], *PAYMENT["en"], at(day, 12)), 13)
    ok["payment"] = ("INV-1001", "paid") in rows(a, "invoices", 0, 1) - rows(b, "invoices", 0, 1)
    ok["thank_you"] = ("thank_you",) in rows(a, "outbox", 0) - rows(b, "outbox", 0)
    b, a = step(mail(BOB, [AR], "Re: Invoice INV-1002", CLIENT_CLAIMS["stop"]["de"].replace(
        "INV-1001", "INV-1002"), at(day, 13), reply_to=reminder), 14)
    ok["stop"] = ("Globex", True) in rows(a, "debtors", 0, 1) - rows(b, "debtors", 0, 1)
    b, a = step(dsn(BOB, reminder), 15)
    ok["bounce"] = (BOB, True) in set(a["contacts"]) - set(b["contacts"])
    for d in (9, 20):  # the next digest, after all of it
        r.tick(at(day + timedelta(days=d), 8, 5))
    sent = [m.data for m in sink.messages[start:]]
    ok["digest_sent"] = any(BOSS in m.rcpt_tos for m in sink.messages[start:])
    reached = sum(any("7*191" in t for t in texts(raw)) for raw in sent)
    return ok, injections(sent), reached


# ------------------------------------------------------------------ the campaign


@dataclass
class Result:
    attempts: Counter[str]
    accepted: list[str]
    injected: list[str]
    controls: dict[str, bool]
    letters_with_client_text: int
    seconds: float

    @property
    def failed(self) -> bool:
        # no client text in any letter would make the injection check vacuous
        return bool(self.accepted or self.injected or not all(self.controls.values())
                    or not self.letters_with_client_text)


def campaign(db_url: str, sample: int = 1, log: Callable[[str], None] = lambda _: None) -> Result:
    t0 = time.monotonic()
    chosen = list(attempts())[::sample]
    counts: Counter[str] = Counter()
    accepted: list[str] = []
    with Dovecot(DOVECOT_USERS) as dovecot, SmtpSink(dovecot=dovecot) as sink:
        r, reminder = open_world(dovecot, sink, db_url)
        try:
            for i, a in enumerate(chosen):
                counts[a.cls] += 1
                changed = run_attempt(r, dovecot, a.build(reminder))
                if changed:
                    accepted.append(f"{a.cls} / {a.claim} / {a.lang}: {changed}")
                    log(f"ACCEPTED {accepted[-1]}")
                if (i + 1) % 50 == 0:
                    log(f"  {i + 1}/{len(chosen)} attempts, {len(accepted)} accepted")
            ok, injected, reached = controls(r, dovecot, sink, reminder)
        finally:
            r.close()
    return Result(counts, accepted, injected, ok, reached, time.monotonic() - t0)


def report(res: Result) -> str:
    lines = ["attempts per forgery class:"]
    lines += [f"  {cls:40} {n:4}" for cls, n in sorted(res.attempts.items())]
    lines += [f"attempts: {sum(res.attempts.values())}",
              f"accepted: {len(res.accepted)} (limit 0)"]
    lines += [f"  {a}" for a in res.accepted]
    lines += [f"injections into sent mail: {len(res.injected)} (limit 0)"]
    lines += [f"  {x}" for x in res.injected]
    lines += [f"sent letters carrying client text (escaped): {res.letters_with_client_text}",
              "genuine controls: " + ", ".join(
                  f"{k} {'ok' if v else 'FAILED'}" for k, v in res.controls.items()),
              f"time: {res.seconds:.1f} s"]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", help="an empty database URL (default: a temporary SQLite file)")
    ap.add_argument("--sample", type=int, default=1, help="run every N-th attempt")
    args = ap.parse_args()
    logs.setup("error")  # every attempt is refused with a warning: expected, not news
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'forgery.sqlite'}"
        res = campaign(url, args.sample, log=lambda s: print(s, flush=True))
    print(report(res))
    sys.exit(1 if res.failed else 0)


if __name__ == "__main__":
    main()

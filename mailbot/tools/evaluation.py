"""Scoring the classifier against labelled messages. Pure apart from reading the files.

Used by bench/classify_eval.py (prints the table) and tests/test_eval.py (holds floors).
The outside set (`outside_cases`) is the third-party mail of tests/data/corpus that the
reader was never tuned on, with its sources' own labels (PROVENANCE.md there).
A message is *right* when its kind and every labelled field match, *human* when the bot
left it to a person, *wrong* otherwise; *unsafe* counts wrong kinds the bot would have
acted on by itself, which must stay at zero.
"""

from __future__ import annotations

import csv
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from mailbot.reading.classify import as_record, classify
from mailbot.reading.context import Context, context_from_mapping
from mailbot.reading.parse import ParseError, parse_message

FIELDS = ("language", "invoice_numbers", "amount", "currency", "issue_date", "due_date",
          "payment_terms_days", "intent", "promised_date", "return_date",
          "failed_recipients", "bounce_permanent", "bounce_reason", "address_dead",
          "original_message_id",
          "challenge", "needs_human", "payment_date", "payment_full", "allocations")
LIST_FIELDS = ("invoice_numbers", "failed_recipients", "allocations")
# fields whose label may be just "true"/"false" while the record holds a value (the
# challenge's link): the label then says only whether there is one
PRESENCE_FIELDS = ("challenge",)
# kinds whose misreading the bot would act on by itself; "other" and auto-replies do nothing
ACTING = frozenset({"invoice_copy", "read_receipt", "bounce", "payment_confirmation",
                    "client_reply"})
# intents the bot acts on by itself: a wrong one marks paid, stops chasing or waits for a date
ACTED_INTENTS = frozenset({"paid", "stop", "promise"})
# fields the bot acts on by itself once the kind is right (money, dates, addresses)
ACTED_FIELDS = ("amount", "currency", "due_date", "promised_date", "failed_recipients",
                "address_dead", "allocations")
# a client reply's amount and currency (Classification.reply_amount) are for staff to read:
# the ledger (domain.ledger.reply_change) and the applier never use them
NOT_ACTED_ON_REPLY = frozenset({"amount", "currency"})
CORPUS_KINDS = {"bounce": "bounce", "read_receipt": "read_receipt",
                "auto_reply": "auto_reply", "other_mime": "other"}


@dataclass(frozen=True)
class Case:
    path: Path
    expected: dict[str, str]  # kind plus the labelled fields; "" is not checked
    source: str  # "written" | "corpus" | "outside"
    raw: bytes | None = None  # the message when it is not the file itself (a wrapped body)


@dataclass
class Outcome:
    case: Case
    record: dict[str, object]
    verdict: str  # "right" | "wrong" | "human"
    unsafe: bool
    mismatches: list[str] = field(default_factory=list)

    @property
    def acted_wrongly(self) -> list[str]:
        """What the bot would have got wrong and acted on without asking anybody: issue
        11's "zero wrong paid, stop, promise, bounce or amount acted on automatically"."""
        if self.record.get("needs_human") or not self.mismatches:
            return []
        got = self.record.get("intent")
        want = self.case.expected.get("intent")
        wrong = [f"kind {self.record.get('kind')}"] if self.unsafe else []
        # a wrong paid/stop/promise is acted on; so is a "stop" read as anything else
        if "intent" in self.mismatches and (got in ACTED_INTENTS or want == "stop"):
            wrong.append(f"intent {got} for {want}")
        # a staff command's own grammar acts, not these fields
        kind = self.record.get("kind")
        if "kind" not in self.mismatches and kind != "staff_command":
            unused = NOT_ACTED_ON_REPLY if kind == "client_reply" else frozenset()
            wrong += [name for name in ACTED_FIELDS if name in self.mismatches
                      and name not in unused]
        return wrong


def load_context(path: Path) -> Context:
    return context_from_mapping(tomllib.loads(path.read_text(encoding="utf-8")))


def written_cases(folder: Path) -> Iterator[Case]:
    for labels in sorted(folder.glob("labels-*.csv")):
        with labels.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                expected = {k: (v or "").strip() for k, v in row.items() if k != "file"}
                yield Case(folder / row["file"], with_address_dead(expected), "written")


def with_address_dead(expected: dict[str, str]) -> dict[str, str]:
    """A bounce labelled with both permanence and reason says whether the address is
    dead: permanent and user_unknown (the rule of domain.ledger.ADDRESS_DEAD)."""
    permanent, reason = expected.get("bounce_permanent"), expected.get("bounce_reason")
    if expected.get("address_dead") or not (permanent and reason):
        return expected
    return expected | {"address_dead": str(permanent == "true" and reason == "user_unknown")
                       .lower()}


def corpus_cases(folder: Path) -> Iterator[Case]:
    """Real messages labelled by their sources (labels.csv of the shared corpus)."""
    with (folder / "labels.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            kind = CORPUS_KINDS.get(row["kind"])
            path = folder / row["path"]
            if kind is None or not path.name.endswith(".eml") or not path.exists():
                continue
            expected = {"kind": kind}
            if kind == "bounce" and row["expected"].startswith(("permanent:", "temporary:")):
                how, _, who = row["expected"].partition(":")
                expected["failed_recipients"] = ";".join(who.split())  # space-separated
                expected["bounce_permanent"] = "true" if how == "permanent" else "false"
            yield Case(path, expected, "corpus")


def _item(name: str, value: str) -> str:
    """One item of a list field; an allocation "INV-1=1150" as "inv-1=1150.00"."""
    value = value.strip().lower()
    if name == "allocations" and "=" in value:
        number, _, amount = value.rpartition("=")
        try:
            return f"{number.strip()}={Decimal(amount.strip()):.2f}"
        except InvalidOperation:
            return value
    return value


# label words of a tester who did not know mailbot's names, and what mailbot calls them
# ("question": a reply the bot cannot settle, so other, or one asking for bank details or
# for a copy of a document it did not receive: each pauses its client for a person)
INTENT_WORDS = {"paid": ("paid_claim",), "plan": ("plan_request",),
                "question": ("other", "payment_details", "not_received")}


def _normal(name: str, value: object, want: str = "") -> str:
    if name in PRESENCE_FIELDS and want in ("true", "false"):
        return "false" if value in (None, False, "", "false") else "true"
    if name == "intent" and want in INTENT_WORDS and value in INTENT_WORDS[want]:
        return want
    if value is None:
        return ""
    if name == "challenge":  # an address to answer, with or without the record's "mailto:"
        return str(value).removeprefix("mailto:")
    if name == "amount":  # "15000000" and "15000000.00" are one amount
        try:
            return f"{Decimal(str(value).replace(',', '')):.2f}"
        except InvalidOperation:
            return str(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(sorted(_item(name, str(v)) for v in value))
    if name in LIST_FIELDS:
        return ";".join(sorted(_item(name, v) for v in str(value).split(";") if v.strip()))
    return str(value)


def score(case: Case, ctx: Context) -> Outcome:
    raw = case.raw if case.raw is not None else case.path.read_bytes()
    try:
        record = as_record(classify(parse_message(raw), ctx), str(case.path))
    except ParseError as e:
        record = {"kind": "other", "needs_human": True, "reason": f"unreadable: {e}"}
    return judge(case, record)


def judge(case: Case, record: dict[str, object]) -> Outcome:
    """A reading (`classify --json`'s record) against the case's labels."""
    expected = case.expected
    numbers = record.get("invoice_numbers") or []
    if (record["kind"] == "payment_confirmation" and not record.get("allocations")
            and isinstance(numbers, list) and len(numbers) == 1 and record.get("amount")):
        # a payment of one invoice is allocated whole to it: the record lists allocations
        # only when a notice splits its money, a label may list the one
        record = record | {"allocations": [f"{numbers[0]}={record['amount']}"]}
    mismatches = [] if record["kind"] == expected["kind"] else ["kind"]
    for name in FIELDS:
        want = expected.get(name, "")
        if want and _normal(name, want) != _normal(name, record.get(name), want):
            mismatches.append(name)
    human = bool(record.get("needs_human")) and expected.get("needs_human") != "true"
    if not mismatches:
        verdict = "right"
    elif human:
        verdict = "human"
    else:
        verdict = "wrong"
    unsafe = ("kind" in mismatches and not record.get("needs_human")
              and record["kind"] in ACTING)
    return Outcome(case, record, verdict, unsafe, mismatches)


def evaluate(cases: Iterable[Case], ctx: Context) -> list[Outcome]:
    return [score(c, ctx) for c in cases]


def table(outcomes: list[Outcome]) -> list[tuple[str, str, int, int, int, int, int]]:
    """Rows of (kind, language, n, right, wrong, human, unsafe), with totals per kind."""
    rows: dict[tuple[str, str], Counter[str]] = {}
    for o in outcomes:
        kind = o.case.expected["kind"]
        lang = o.case.expected.get("language") or ("?" if o.case.source == "written"
                                                     else o.case.source)
        for key in ((kind, lang), (kind, "all")):
            c = rows.setdefault(key, Counter())
            c["n"] += 1
            c[o.verdict] += 1
            c["unsafe"] += o.unsafe
    return [(k, lang, c["n"], c["right"], c["wrong"], c["human"], c["unsafe"])
            for (k, lang), c in sorted(rows.items(), key=lambda kv: (kv[0][0], kv[0][1] == "all",
                                                                      kv[0][1]))]


def field_accuracy(outcomes: list[Outcome]) -> dict[str, tuple[int, int]]:
    """Per labelled field: (exact, labelled), over messages whose kind was right."""
    acc: dict[str, list[int]] = {}
    for o in outcomes:
        for name in FIELDS:
            if o.case.expected.get(name) and name != "needs_human":
                a = acc.setdefault(name, [0, 0])
                a[1] += 1
                a[0] += name not in o.mismatches
    return {k: (v[0], v[1]) for k, v in acc.items()}


# -- the outside set (issue 11): third-party mail measured before anybody tunes on it --------

# sisimai's bounce reason of each recipient (labels-outside.csv, "reason=") mapped to the
# reason class `classify --json` gives as bounce_reason. Every reason the labels hold is
# decided here; a new one stops the loading (KeyError) until somebody decides it.
SISIMAI_REASON_CLASS = {
    # the address (or its domain) does not exist or is gone: stop mailing it
    "userunknown": "user_unknown", "hostunknown": "user_unknown", "hasmoved": "user_unknown",
    # the mailbox (or the server) is full, or over its size limit
    "mailboxfull": "mailbox_full", "exceedlimit": "mailbox_full", "systemfull": "mailbox_full",
    # the content was refused: spam, a virus, malformed content
    "spamdetected": "spam", "virusdetected": "spam", "contenterror": "spam",
    # the receiver's policy refused the sender, its server or its connection: the address
    # itself is alive (a null MX, "notaccept", is filed here as the brief of issue 11 says)
    "blocked": "policy", "rejected": "policy", "policyviolation": "policy",
    "securityerror": "policy", "norelaying": "policy", "requireptr": "policy",
    "authfailure": "policy", "badreputation": "policy", "notaccept": "policy",
    "notcompliantrfc": "policy",
    "failedstarttls": "policy",  # the receiver requires TLS: a security policy, as above
    # the rest: retries ran out, transient or system trouble, rate limits, a suspended or
    # filtered mailbox, or sisimai could not tell
    "expired": "other", "filtered": "other", "mailererror": "other", "mesgtoobig": "other",
    "networkerror": "other", "onhold": "other", "speeding": "other", "suspend": "other",
    "syntaxerror": "other", "systemerror": "other", "toomanyconn": "other",
    "undefined": "other",
}
SISIMAI_ENTRY = re.compile(r"status=\S+ reply=\S+ reason=(\w+) hardbounce=(true|false)")
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# the world of the wrapped reply bodies: a known client answering a reminder of the bot
# (tests/data/corpus/context-outside.toml lists them as known)
OUTSIDE_CLIENT = "Dana Client <dana@client.example>"
OUTSIDE_REMINDER = "<rem-5001-1@acme.example>"
OUTSIDE_SUBJECT = "Re: Reminder: invoice INV-5001"


def bounce_expectation(expected: str) -> dict[str, str]:
    """What a source's `expected` says of a bounce: failed recipients and permanence (flufl's
    "permanent:a b"), or, from sisimai's one entry per recipient, the reason class and
    address_dead (its hardbounce) where all recipients agree."""
    out: dict[str, str] = {}
    if expected.startswith(("permanent:", "temporary:")):
        how, _, who = expected.partition(":")
        out["failed_recipients"] = ";".join(who.split())
        out["bounce_permanent"] = "true" if how == "permanent" else "false"
    elif expected.startswith("status="):
        entries = [SISIMAI_ENTRY.match(e.strip()) for e in expected.split(";")]
        if all(entries):
            classes = {SISIMAI_REASON_CLASS[m.group(1)] for m in entries if m}
            hard = {m.group(2) for m in entries if m}
            if len(classes) == 1:
                out["bounce_reason"] = classes.pop()
            if len(hard) == 1:  # sisimai's hardbounce: the address itself is gone
                out["address_dead"] = hard.pop()
            out["recipient_count"] = str(len(entries))  # not a field: printed apart
    elif found := ADDRESS.findall(expected):  # MimeKit's Final-Recipient, CPython's text
        out["failed_recipients"] = ";".join(found)
    return out


def wrap_reply(body: bytes, name: str) -> bytes:
    """A body-only reply text as the known client's answer to a reminder of the bot; the
    text itself is left byte for byte."""
    newline = b"\r\n" if b"\r\n" in body else b"\n"
    headers = [f"From: {OUTSIDE_CLIENT}", "To: ar@acme.example", f"Subject: {OUTSIDE_SUBJECT}",
               "Date: Tue, 01 Dec 2026 10:00:00 +0000", f"Message-ID: <{name}@client.example>",
               f"In-Reply-To: {OUTSIDE_REMINDER}", f"References: {OUTSIDE_REMINDER}",
               "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
               "Content-Transfer-Encoding: 8bit"]
    return newline.join(h.encode() for h in headers) + newline * 2 + body


def outside_cases(folder: Path) -> Iterator[Case]:
    """The labelled messages of `folder` (tests/data/corpus) that no test had used
    (labels-outside.csv, the sources' labels) and its reply texts with this project's
    intent labels (reply-intents.csv; rows without an intent are excluded)."""
    with (folder / "labels-outside.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            kind = CORPUS_KINDS[row["kind"]]
            expected = {"kind": kind}
            if kind == "bounce":
                expected |= bounce_expectation(row["expected"])
            if reasons := sorted(set(re.findall(r"reason=(\w+)", row["expected"]))):
                expected["sisimai_reasons"] = "/".join(reasons)  # not a field: for the report
            yield Case(folder / row["path"], expected, "outside")
    with (folder / "reply-intents.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if not row["intent"]:
                continue
            path = folder / row["file"]
            expected = {"kind": "client_reply", "intent": row["intent"]}
            raw = None if path.suffix == ".eml" else wrap_reply(path.read_bytes(), path.stem)
            yield Case(path, expected, "outside", raw)


def agreement(outcomes: list[Outcome], name: str) -> tuple[int, int]:
    """(agreeing, labelled) for one expected value, whether or not FIELDS scores it: over
    every message labelled with it, whatever its verdict."""
    labelled = [o for o in outcomes if o.case.expected.get(name)]
    agree = sum(_normal(name, o.case.expected[name]) == _normal(name, o.record.get(name))
                for o in labelled)
    return agree, len(labelled)


INVOICE_FIELDS = ("invoice_numbers", "amount", "currency", "issue_date", "due_date",
                  "payment_terms_days")


def targets(outcomes: list[Outcome]) -> dict[str, tuple[int, int]]:
    """Issue 11's targets as (hits, out of): kinds; the labelled fields of invoice copies;
    client replies' intents (kind and intent right); messages with a wrong fact acted on unasked."""
    invoice = [(name not in o.mismatches) for o in outcomes
               if o.case.expected["kind"] == "invoice_copy"
               for name in INVOICE_FIELDS if o.case.expected.get(name)]
    # replies only: a tester who also labels a staff command's gist with an intent does not
    # make the command a reply (a command acts by its own grammar, not by an intent)
    replies = [o for o in outcomes if o.case.expected.get("intent")
               and o.case.expected["kind"] == "client_reply"]
    return {
        "kinds": (sum("kind" not in o.mismatches for o in outcomes), len(outcomes)),
        "invoice fields": (sum(invoice), len(invoice)),
        "intents": (sum(not {"kind", "intent"} & set(o.mismatches) for o in replies),
                    len(replies)),
        "wrong facts acted on": (sum(bool(o.acted_wrongly) for o in outcomes), len(outcomes)),
    }

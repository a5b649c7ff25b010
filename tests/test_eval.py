"""The floors of issue 4, held on the repository's labelled set (tests/data/eval and the
real messages in tests/data/corpus). bench/classify_eval.py prints the full table."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from mailbot.tools.evaluation import (
    Case,
    Outcome,
    agreement,
    corpus_cases,
    evaluate,
    field_accuracy,
    judge,
    load_context,
    outside_cases,
    targets,
    written_cases,
)

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "data" / "eval"
KEYS = {"file", "kind", "language", "invoice_numbers", "amount", "currency", "issue_date",
        "due_date", "payment_terms_days", "intent", "promised_date", "return_date",
        "failed_recipients", "bounce_permanent", "original_message_id", "authenticated",
        "confidence", "needs_human"}


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    ctx = load_context(EVAL / "context.toml")
    return evaluate([*written_cases(EVAL), *corpus_cases(ROOT / "tests/data/corpus")], ctx)


def rate(outcomes: list[Outcome], kind: str, *, source: str | None = None) -> float:
    mine = [o for o in outcomes if o.case.expected["kind"] == kind
            and (source is None or o.case.source == source)]
    assert mine, f"no labelled {kind} messages"
    return sum(o.verdict == "right" for o in mine) / len(mine)


def test_every_language_is_in_the_written_set(outcomes):
    languages = Counter(o.case.expected.get("language") for o in outcomes
                        if o.case.source == "written")
    for lang in ("en", "de", "id", "ru"):
        assert languages[lang] >= 20, languages


def test_no_automatic_action_on_a_wrong_kind_in_the_written_set(outcomes):
    unsafe = [o.case.path.name for o in outcomes if o.unsafe and o.case.source == "written"]
    assert unsafe == []


def test_machine_mail_is_recognised(outcomes):
    for kind in ("bounce", "read_receipt", "auto_reply"):
        assert rate(outcomes, kind) >= 0.98, kind


def test_intents_of_replies(outcomes):
    replies = [o for o in outcomes if o.case.expected.get("intent")]
    right = sum("intent" not in o.mismatches and "kind" not in o.mismatches for o in replies)
    assert right / len(replies) >= 0.90


def test_invoice_and_payment_fields(outcomes):
    acc = field_accuracy([o for o in outcomes if o.case.expected["kind"] in
                          ("invoice_copy", "payment_confirmation")])
    for name in ("amount", "currency", "due_date", "invoice_numbers"):
        exact, total = acc[name]
        assert exact / total >= 0.90, (name, exact, total)


def test_classify_json_prints_one_object_per_message_with_the_agreed_keys():
    files = sorted((EVAL / "de").glob("*.eml"))[:3] + sorted((EVAL / "ru").glob("reply-*"))[:2]
    proc = subprocess.run(
        [sys.executable, "-m", "mailbot", "classify", "--json",
         "--context", str(EVAL / "context.toml"), *map(str, files)],
        capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["file"] for r in records] == [str(f) for f in files]
    for r in records:
        assert set(r) >= KEYS
        assert 0 <= r["confidence"] <= 1


def test_classify_needs_no_context_and_reads_an_einvoice_mail():
    [path] = list((EVAL / "de").glob("invoice-*zugferd*.eml"))
    proc = subprocess.run([sys.executable, "-m", "mailbot", "classify", "--json", str(path)],
                          capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert record["kind"] == "invoice_copy"
    assert record["invoice_numbers"]
    assert record["amount"]
    assert record["currency"] == "EUR"
    assert record["needs_human"]  # nobody says this sender is staff: no action without trust


# every earlier set is a regression floor at its figure when issue 11 began: the written
# set with the first real messages, and the second- and third-round sets (tuned on since)
EARLIER_FLOORS = [("eval", 188, 187, True), ("eval-blind", 141, 139, False),
                  ("eval-third", 116, 116, False)]


@pytest.mark.parametrize(("folder", "size", "right", "with_corpus"), EARLIER_FLOORS)
def test_every_earlier_set_holds_its_floor(folder, size, right, with_corpus):
    where = ROOT / "tests" / "data" / folder
    cases = list(written_cases(where))
    if with_corpus:
        cases += corpus_cases(ROOT / "tests/data/corpus")
    outcomes = evaluate(cases, load_context(where / "context.toml"))
    assert len(outcomes) == size
    assert sum(o.verdict == "right" for o in outcomes) >= right, [
        (o.case.path.name, o.mismatches) for o in outcomes if o.verdict != "right"]
    assert [o.case.path.name for o in outcomes if o.unsafe] == []


def test_the_fourth_round_holds_its_floor():
    """tests/data/eval-fourth, measured once before any change for it (its README), then
    tuned on in issue 11: a regression floor at the figures after it."""
    folder = ROOT / "tests" / "data" / "eval-fourth"
    outcomes = evaluate(list(written_cases(folder)), load_context(folder / "context.toml"))
    assert len(outcomes) == 170
    # measured then: 109 right, kinds 151, four down payments chased at the contract value
    # and four full mailboxes taken for dead; after issue 11's changes:
    assert sum(o.verdict == "right" for o in outcomes) >= 160
    assert sum("kind" not in o.mismatches for o in outcomes) == 170
    assert [o.case.path.name for o in outcomes if o.unsafe] == []
    assert [o.case.path.name for o in outcomes if o.acted_wrongly] == []


def _outcome(expected: dict[str, str], record: dict[str, object], mismatches: list[str],
             unsafe: bool = False) -> Outcome:
    return Outcome(Case(Path("x.eml"), expected, "written"), record, "wrong", unsafe,
                   mismatches)


def test_acted_wrongly_counts_only_what_the_bot_would_do_unasked():
    reply = {"kind": "client_reply", "intent": "stop"}
    assert _outcome(reply, {"kind": "client_reply", "intent": "question"},
                    ["intent"]).acted_wrongly == ["intent question for stop"]
    assert _outcome(reply, {"kind": "client_reply", "intent": "other", "needs_human": True},
                    ["intent"]).acted_wrongly == []
    question = {"kind": "client_reply", "intent": "question"}
    assert _outcome(question, {"kind": "client_reply", "intent": "paid"},
                    ["intent"]).acted_wrongly == ["intent paid for question"]
    invoice = {"kind": "invoice_copy", "amount": "500.00"}
    assert _outcome(invoice, {"kind": "invoice_copy", "amount": "1000.00"},
                    ["amount"]).acted_wrongly == ["amount"]
    assert _outcome({"kind": "bounce"}, {"kind": "auto_reply"}, ["kind"]).acted_wrongly == []
    assert _outcome({"kind": "auto_reply"}, {"kind": "bounce"}, ["kind"],
                    unsafe=True).acted_wrongly == ["kind bounce"]
    command = {"kind": "staff_command", "amount": "5"}
    assert _outcome(command, {"kind": "staff_command", "amount": "4"},
                    ["amount"]).acted_wrongly == []


def test_a_replys_amount_is_not_acted_on():
    """The money a client's reply names (Classification.reply_amount) is for staff to read:
    the ledger's reply_change never uses it, so a wrong one is no wrong fact acted on."""
    reply = {"kind": "client_reply", "intent": "promise", "amount": "2500.00",
             "currency": "EUR", "promised_date": "2026-12-15"}
    got: dict[str, object] = {"kind": "client_reply", "intent": "promise", "amount": "1605.50",
                              "currency": "USD", "promised_date": "2026-12-15"}
    assert _outcome(reply, got, ["amount", "currency"]).acted_wrongly == []
    # its promised date is acted on (the hold waits for it)
    assert _outcome(reply, got | {"promised_date": "2026-12-14"},
                    ["amount", "promised_date"]).acted_wrongly == ["promised_date"]
    # an invoice's or a payment's amount still is
    payment = {"kind": "payment_confirmation", "amount": "2500.00"}
    assert _outcome(payment, {"kind": "payment_confirmation", "amount": "1605.50"},
                    ["amount"]).acted_wrongly == ["amount"]


def test_the_intents_target_counts_client_replies_only():
    """A tester labelled staff commands' gist with a reply intent (a written-off invoice
    as "other"): a command is not a reply and acts by its own grammar, so it is no intent
    miss; a client reply's wrong intent still is."""
    command = _outcome({"kind": "staff_command", "intent": "other"},
                       {"kind": "staff_command"}, ["intent"])
    reply = _outcome({"kind": "client_reply", "intent": "promise"},
                     {"kind": "client_reply", "intent": "question"}, ["intent"])
    right = _outcome({"kind": "client_reply", "intent": "stop"},
                     {"kind": "client_reply", "intent": "stop"}, [])
    assert targets([command, reply, right])["intents"] == (1, 2)


def test_the_fifth_round_holds_its_floor():
    """tests/data/eval-fifth, measured once after issue 11's changes and before any for it
    (first-measurement.txt; README: kinds 173/180, invoice fields 157/177, intents 35/48,
    7 wrong facts acted on), then worked on: a regression floor at the figures after."""
    folder = ROOT / "tests" / "data" / "eval-fifth"
    outcomes = evaluate(list(written_cases(folder)), load_context(folder / "context.toml"))
    assert len(outcomes) == 180
    assert sum(o.verdict == "right" for o in outcomes) >= 118
    measures = targets(outcomes)
    assert measures["kinds"] == (180, 180)
    assert measures["invoice fields"][0] >= 172
    assert measures["intents"] == (48, 48)
    # ru/26: one amount for two invoices, no split in the notice; the ledger pays them in
    # the notice's order up to each balance, which the scorer cannot see
    assert [o.case.path.name for o in outcomes if o.acted_wrongly] <= [
        "26_zachislenie_dva_scheta.eml"]
    assert [o.case.path.name for o in outcomes if o.unsafe] == []


def test_the_sixth_round_holds_its_floor():
    """tests/data/eval-sixth, measured once at the end of issue 11's session, before any
    change for it (first-measurement.txt: 108/164 right, kinds 156, invoice fields 139,
    intents 33/48, 5 wrong facts acted on), then worked on by kind of weakness (due dates
    read from a terms line, a latest day named with its weekday, denied promise verbs,
    unlisted phrasings, an invoice leaving the amount due now open, held-mail challenges,
    headerless acknowledgements, hand-written spam rejections, a value date read both
    ways, a reference whose separators differ written with spaces): a regression floor at
    the figures after."""
    folder = ROOT / "tests" / "data" / "eval-sixth"
    outcomes = evaluate(list(written_cases(folder)), load_context(folder / "context.toml"))
    assert len(outcomes) == 164
    assert sum(o.verdict == "right" for o in outcomes) >= 139
    measures = targets(outcomes)
    assert measures["kinds"][0] >= 162
    assert measures["invoice fields"][0] >= 146
    assert measures["intents"][0] >= 47
    assert [o.case.path.name for o in outcomes if o.unsafe] == []
    assert [o.case.path.name for o in outcomes if o.acted_wrongly] == []


def holds_floor(name: str, size: int, right: int, kinds: int, fields: int, intents: int,
                acted_wrongly: int, unsafe: tuple[str, ...] = ()) -> None:
    """A written set of tests/data at or above its floor, with nothing unsafe but the
    named files (labelled against the convention of every other set)."""
    folder = ROOT / "tests" / "data" / name
    outcomes = evaluate(list(written_cases(folder)), load_context(folder / "context.toml"))
    assert len(outcomes) == size
    assert sum(o.verdict == "right" for o in outcomes) >= right
    measures = targets(outcomes)
    assert measures["kinds"][0] >= kinds
    assert measures["invoice fields"][0] >= fields
    assert measures["intents"][0] >= intents
    assert [o.case.path.name for o in outcomes if o.unsafe] == list(unsafe)
    assert sum(bool(o.acted_wrongly) for o in outcomes) <= acted_wrongly


def test_the_seventh_round_holds_its_floor():
    """tests/data/eval-seventh (Quillmere Instruments, a sixth tester blind to the code and
    to every earlier set), measured once after the work on the sixth set and before any
    change for it (first-measurement.txt, at 1a5db22): 102/176 right, kinds 169, invoice
    fields 150/166, intents 40/52, 9 wrong facts acted on: the figure to expect on unseen
    mail. Held here at the figures after its misses were worked on by kind (references
    written otherwise, prose refusals, promises denied later in their sentence, rests
    dated, wrapped due dates, headerless absence notes, unlisted reply phrasings, a stop
    beside another intent). The one wrong fact left is a convention: a notice paying two
    invoices with one amount is split by the ledger's balances, which `classify` has not."""
    holds_floor("eval-seventh", 176, RIGHT_7, KINDS_7, INVOICE_FIELDS_7, INTENTS_7,
                ACTED_WRONGLY_7)


# the seventh round after the work on it (before: 102, 169, 150, 40, 9)
RIGHT_7, KINDS_7, INVOICE_FIELDS_7, INTENTS_7, ACTED_WRONGLY_7 = 143, 176, 166, 52, 1


def test_the_eighth_round_holds_its_floor():
    """tests/data/eval-eighth (Kestrelmoor Systems, a seventh tester blind to the code and
    to every earlier set), measured once before any change for it (first-measurement.txt,
    at 13d2e97): 94/176 right, kinds 164, invoice fields 149/173, intents 40/52, 8 wrong
    facts acted on: the figure to expect on unseen mail. Held here at the figures after its
    misses were worked on."""
    holds_floor("eval-eighth", 176, RIGHT_8, KINDS_8, INVOICE_FIELDS_8, INTENTS_8,
                ACTED_WRONGLY_8)


# the eighth round (before any work on it: 94, 164, 149, 40, 8); set after both halves
# of the work on it were merged
RIGHT_8, KINDS_8, INVOICE_FIELDS_8, INTENTS_8, ACTED_WRONGLY_8 = 138, 176, 173, 52, 1


def test_the_ninth_round_holds_its_floor():
    """tests/data/eval-ninth (Pelagian Loomworks, an eighth tester blind to the code and
    to every earlier set), measured once before any change for it (first-measurement.txt,
    at 7e237ac): 89/176 right, kinds 173, invoice fields 153/175, intents 39/52, 7 wrong
    facts acted on: the figure to expect on unseen mail. Held here at the figures after its
    misses were worked on (payment schedules, discount periods, amounts left open, DNS
    failures and relayed spam refusals, unlisted reply phrasings, soft promises)."""
    holds_floor("eval-ninth", 176, RIGHT_9, KINDS_9, INVOICE_FIELDS_9, INTENTS_9,
                ACTED_WRONGLY_9)


# the ninth round (before any work on it: 89, 173, 153, 39, 7); set after the three
# helpers' work on it was merged
RIGHT_9, KINDS_9, INVOICE_FIELDS_9, INTENTS_9, ACTED_WRONGLY_9 = 117, 176, 174, 52, 0


def test_the_tenth_round_holds_its_floor():
    """tests/data/eval-tenth (Corvane Stagecraft, a ninth tester blind to the code and to
    every earlier set), measured once before any change for it (first-measurement.txt, at
    eab6f9d): 105/176 right, kinds 174, invoice fields 163/184, intents 36/52, 6 wrong
    facts acted on: the figure to expect on unseen mail. Held here at the figures after its
    misses were worked on (balances, down payments and instalments, corrected and
    pro-forma invoices, a Russian UPD, payouts after fees, deductions, spoofed names,
    disputes by retention or reissue, rescheduled and hedged promises, forwarded
    approvals, "next week" as that week's last business day)."""
    holds_floor("eval-tenth", 176, RIGHT_10, KINDS_10, INVOICE_FIELDS_10, INTENTS_10,
                ACTED_WRONGLY_10)


# the tenth round (before any work on it: 105, 174, 163, 36, 6); set after the three
# helpers' work on it was merged
RIGHT_10, KINDS_10, INVOICE_FIELDS_10, INTENTS_10, ACTED_WRONGLY_10 = 142, 176, 184, 52, 0


def test_the_eleventh_round_holds_its_floor():
    """tests/data/eval-eleventh (Frostline Cold Chain, a tenth tester blind to the code and
    to every earlier set), measured once before any change for it (first-measurement.txt,
    at ee1e6cc): 126/176 right, kinds 172, invoice fields 155/171, intents 34/52, 9 wrong
    facts acted on: the figure to expect on unseen mail. Held here at the figures after its
    misses were worked on (balances after deductions, statement balances, issue dates in
    brackets, terms from an event, credit notes and corrections, instalments with their
    tax; Exchange's edge blocking, content filters, spoofed names in Cyrillic, return
    words, receipts that say "opened"; "week commencing", a stop only until a promised
    day, thanks for a credit note, part paid with the rest in instalments)."""
    holds_floor("eval-eleventh", 176, RIGHT_11, KINDS_11, INVOICE_FIELDS_11, INTENTS_11,
                ACTED_WRONGLY_11)


# the eleventh round (before any work on it: 126, 172, 155, 34, 9); set after the three
# helpers' work on it was merged
RIGHT_11, KINDS_11, INVOICE_FIELDS_11, INTENTS_11, ACTED_WRONGLY_11 = 165, 176, 168, 50, 0


def test_the_twelfth_round_holds_its_floor():
    """tests/data/eval-twelfth (Kestrel Bathymetry, an eleventh tester blind to the code
    and to every earlier set), measured once before any change for it
    (first-measurement.txt, at df32c21): 108/176 right, kinds 175, invoice fields 157/177,
    intents 43/52, 8 wrong facts acted on: the figure to expect on unseen mail. Held here
    at the figures after its misses were worked on (several invoices in one mail, totals
    beside net and tax, sums converted for information, Swiss and Russian money, terms
    said for both invoices; a staff member chasing by hand; Danish and Kazakh absences,
    currency codes run into a reference's figure, amounts written with spaces; a promise
    withdrawn, conditional or bound to a request, "within 10 days", work not accepted,
    bare receipts of an invoice). The one wrong fact left (en/25) is a transfer for two
    invoices that names no split: the reader gives none, the ledger splits it by balance."""
    holds_floor("eval-twelfth", 176, RIGHT_12, KINDS_12, INVOICE_FIELDS_12, INTENTS_12,
                ACTED_WRONGLY_12)


# the twelfth round (before any work on it: 108, 175, 157, 43, 8); set after the three
# helpers' work on it was merged
RIGHT_12, KINDS_12, INVOICE_FIELDS_12, INTENTS_12, ACTED_WRONGLY_12 = 143, 176, 177, 52, 1


def test_the_thirteenth_round_holds_its_floor():
    """tests/data/eval-thirteenth (Brightwater Seed Laboratories, a twelfth tester blind to
    the code and to every earlier set), measured once before any change for it
    (first-measurement.txt, at 1e796ae): 128/176 right, kinds 169, invoice fields 162/173,
    intents 39/52, 5 wrong facts acted on: the figure to expect on unseen mail. Held here at
    the figures after its misses were worked on (several invoices named in the subject and
    the body, a date from a line about another invoice, a sum converted at a rate, terms
    from a BAST in calendar days, staff chasing by hand; a look-alike notifier whose domain
    spells the real one in front, challenge links, MT103 fields, departed contacts; replies:
    a complaint put right since, a part paid beside a dispute, relayed and verbless promises,
    stop requests in Indonesian and Russian, mail among the client's own staff; bounces:
    "user unknown" only after DATA, X.1.2). The misses left are the tester's conventions
    against the design (README there and the closing note)."""
    holds_floor("eval-thirteenth", 176, RIGHT_13, KINDS_13, INVOICE_FIELDS_13, INTENTS_13,
                ACTED_WRONGLY_13)


# the thirteenth round (before any work on it: 128, 169, 162, 39, 5); set after the five
# helpers' work on it was merged
RIGHT_13, KINDS_13, INVOICE_FIELDS_13, INTENTS_13, ACTED_WRONGLY_13 = 156, 172, 173, 51, 0


def test_the_fourteenth_round_holds_its_floor():
    """tests/data/eval-fourteenth (Saltmarsh Solar, a thirteenth tester blind to the code
    and to every earlier set), measured once before any change for it
    (first-measurement.txt, at e2fbb33, after the thirteenth round's work): 132/176 right,
    kinds 172, invoice fields 152/170, intents 37/52, 6 wrong facts acted on: the figure to
    expect on unseen mail. Held here at the figures after its misses were worked on (staff
    mail stating no amount or date is handling by hand; another invoice's sum; numbers only
    in the subject or the file name; a cancelling invoice beside a corrected one; "innert",
    "paling lambat"; absence ranges "du 7 au 18", Thai Buddhist-era years, Indonesian
    office closures, qmail's after-DATA refusal, greylisting; a weekday with its date, a
    condition before a promise, phone-typed and relayed promises, a cheque, refusals with
    their reason, withheld instalments, a client's own misfortune, "both invoices", an
    attached payment record, a colleague asked to decide). The three wrong facts left are
    conventions that differ between testers (README there and the closing note)."""
    holds_floor("eval-fourteenth", 176, RIGHT_14, KINDS_14, INVOICE_FIELDS_14, INTENTS_14,
                ACTED_WRONGLY_14)


# the fourteenth round (before any work on it: 132, 172, 152, 37, 6); set after the four
# helpers' work on it was merged
RIGHT_14, KINDS_14, INVOICE_FIELDS_14, INTENTS_14, ACTED_WRONGLY_14 = 164, 176, 168, 52, 3


def test_the_fifteenth_round_holds_its_floor():
    """tests/data/eval-fifteenth (Kestrel Print & Packaging, a fourteenth tester blind to
    the code and to every earlier set), measured once before any change for it
    (first-measurement.txt, at 0e4ca43, with the intent model trained without it): 122/176
    right, kinds 175, invoice fields 218/231, intents 45/52, 2 wrong facts acted on: the
    figure to expect on unseen mail. Held here at the figures after its misses were worked
    on (a challenge held "vorläufig" answered by a blank mail; a comma inside an amount is no
    clause break; phone-typed paid claims; a French "not received"; a part paid with the
    rest withheld for a reason; a payer's bank asking for the BIC; "kita"; a dated plan put
    to a colleague; a date a PDF writes two ways settled by the body's words; a payment
    beside the invoice's total; "0392/0404"; shared SWIFT charges; a staff command's date
    and the invoices staff prose names)."""
    holds_floor("eval-fifteenth", 176, RIGHT_15, KINDS_15, INVOICE_FIELDS_15, INTENTS_15,
                ACTED_WRONGLY_15)


# the fifteenth round (before any work on it: 122, 175, 218, 45, 2); set after the two
# helpers' work on it was merged
RIGHT_15, KINDS_15, INVOICE_FIELDS_15, INTENTS_15, ACTED_WRONGLY_15 = 134, 176, 221, 52, 0


def test_the_sixteenth_round_holds_its_floor():
    """tests/data/eval-sixteenth (Harrowgate Cold Chain, a fifteenth tester blind to the
    code and to every earlier set), measured once after the fifteenth round's work and
    before any change for it (first-measurement.txt, at 9d265ab, with the intent model
    trained without it): 120/176 right, kinds 173, invoice fields 228/234, intents 47/52,
    1 wrong fact acted on: the figure to expect on unseen mail. Held here at the figures
    after its misses were worked on (challenges answered at a token address or by "reply
    to"; links that spell the verb; "neu ausstellen" a dispute only beside a correction;
    phone-typed promises, "tmrw", "bsk"; a revised day; a promise "unter Vorbehalt" or
    "при условии" for a person; a conflicting reading keeps its amounts and days; an
    invoice paid in stages; an "amount due" differing from the total; a contract's value
    in brackets; terms at a due date's line; a percentage in a payment's reference)."""
    holds_floor("eval-sixteenth", 176, RIGHT_16, KINDS_16, INVOICE_FIELDS_16, INTENTS_16,
                ACTED_WRONGLY_16)


# the sixteenth round (before any work on it: 120, 173, 228, 47, 1); set after the two
# helpers' work on it was merged
RIGHT_16, KINDS_16, INVOICE_FIELDS_16, INTENTS_16, ACTED_WRONGLY_16 = 142, 176, 233, 52, 0


@pytest.mark.slow
def test_the_seventeenth_round_holds_its_floor():
    """tests/data/eval-seventeenth (Corrydale Facade & Glazing, a sixteenth tester blind to
    the code and to every earlier set), measured once after the sixteenth round's work
    and before any change for it (first-measurement.txt, at ab16c4c, with the intent
    model trained without it): 107/176 right, kinds 169, invoice fields 197/228, intents
    43/52, 7 wrong facts acted on: the figure to expect on unseen mail. Its one unsafe
    kind is a label against the convention of every earlier set, from a slip in this
    tester's brief ("DNS failure -> other" written as the kind, not the bounce reason):
    a reminder returned because the client's domain does not resolve is read as a
    bounce whose reason is `other`, which marks that mail refused, keeps the address
    alive and gives staff a task saying why."""
    holds_floor("eval-seventeenth", 176, RIGHT_17, KINDS_17, INVOICE_FIELDS_17, INTENTS_17,
                ACTED_WRONGLY_17, unsafe=("41_dns_fehler_falsche_domain.eml",))


# the seventeenth round after the work on it (before: 107, 169, 197, 43, 7); the kind and
# the wrong fact left are the DNS failure above
RIGHT_17, KINDS_17, INVOICE_FIELDS_17, INTENTS_17, ACTED_WRONGLY_17 = 148, 175, 228, 52, 1


def test_the_eighteenth_round_holds_its_floor():
    """tests/data/eval-eighteenth (Wrenfield Veterinary Supply, a seventeenth tester blind to
    the code and to every earlier set), measured once after the seventeenth round's work
    and before any change for it (first-measurement.txt, at a81d3a4, with the intent model
    trained without it): 120/176 right, kinds 173, invoice fields 221/228, intents 49/52,
    2 wrong facts acted on. Then worked on (three lanes: invoices and payments, replies,
    machine mail): a regression floor at the figures after."""
    holds_floor("eval-eighteenth", 176, RIGHT_18, KINDS_18, INVOICE_FIELDS_18, INTENTS_18,
                ACTED_WRONGLY_18)


# the eighteenth round as first measured (before any work on it)
RIGHT_18, KINDS_18, INVOICE_FIELDS_18, INTENTS_18, ACTED_WRONGLY_18 = 141, 176, 227, 52, 0


def test_the_nineteenth_round_holds_its_floor():
    """tests/data/eval-nineteenth (Merrow Linen Group, an eighteenth tester blind to the code
    and to every earlier set), measured once after the eighteenth round's work and before
    any change for it (first-measurement.txt, at 0372bac, with the intent model trained
    without it): 110/176 right, kinds 171, invoice fields 205/221, intents 47/52 (client
    replies; the tester also gave staff commands an intent, which is not counted), 4 wrong
    facts acted on. Then worked on (four lanes): a regression floor at the figures after."""
    holds_floor("eval-nineteenth", 176, RIGHT_19, KINDS_19, INVOICE_FIELDS_19, INTENTS_19,
                ACTED_WRONGLY_19)


RIGHT_19, KINDS_19, INVOICE_FIELDS_19, INTENTS_19, ACTED_WRONGLY_19 = 130, 176, 221, 52, 0


def test_the_twentieth_round_holds_its_floor():
    """tests/data/eval-twentieth (Norrvik Cold Systems, a nineteenth tester blind to the code
    and to every earlier set), measured once after the nineteenth round's work and before
    any change for it (first-measurement.txt, at 4bd7b57, with the intent model trained
    without it): 84/176 right (the tester labels a reply's currency without an amount, and
    a person for most replies), kinds 174, invoice fields 214/219, intents 49/53, 5 wrong
    facts acted on. Then worked on (three lanes): a regression floor at the figures after."""
    holds_floor("eval-twentieth", 176, RIGHT_20, KINDS_20, INVOICE_FIELDS_20, INTENTS_20,
                ACTED_WRONGLY_20)


RIGHT_20, KINDS_20, INVOICE_FIELDS_20, INTENTS_20, ACTED_WRONGLY_20 = 96, 176, 218, 53, 0


def test_the_twentyfirst_round_holds_its_floor():
    """tests/data/eval-twentyfirst (Kettlebrook Scaffold Hire, a twentieth tester blind to
    the code and to every earlier set), measured once after the twentieth round's work and
    before any change for it (first-measurement.txt, at 4a67211, with the intent model
    trained without it): 116/176 right, kinds 175 (99.4 %), invoice fields 221/224 (98.7 %),
    intents 50/52 (96.2 %), 3 wrong facts acted on: the figure to expect on unseen mail.
    Not worked on."""
    holds_floor("eval-twentyfirst", 176, RIGHT_21, KINDS_21, INVOICE_FIELDS_21, INTENTS_21,
                ACTED_WRONGLY_21)


RIGHT_21, KINDS_21, INVOICE_FIELDS_21, INTENTS_21, ACTED_WRONGLY_21 = 116, 175, 221, 50, 3


def test_the_outside_set_holds_its_floor():
    """The third-party mail of tests/data/corpus that nothing was tuned on before issue 11
    (labels-outside.csv and reply-intents.csv, PROVENANCE.md there). Measured before any
    tuning (outside-before.txt): 533/900 right without reason classes, kinds 893, and the
    address taken for dead (then: every permanent failure) agreeing with sisimai's
    hardbounce on 184/540. Held here at the figures after issue 11 (the failed recipient
    only from evidence, reason classes, only a missing mailbox kills an address; in the
    thirteenth round, a "user unknown" only after DATA, an X.2.x or 4.1.x code, a disabled
    account, a refused MAIL FROM or a local program's failure no longer kill one; an X.1.2
    "host unknown" is a DNS failure, as the written sets read it, where sisimai calls five
    of them hard: kept, not killed)."""
    folder = ROOT / "tests" / "data" / "corpus"
    outcomes = evaluate(list(outside_cases(folder)), load_context(folder / "context-outside.toml"))
    assert len(outcomes) == 900
    assert sum(o.verdict == "right" for o in outcomes) >= 740
    assert sum("kind" not in o.mismatches for o in outcomes) >= 893
    assert agreement(outcomes, "intent") >= (63, 63)
    assert agreement(outcomes, "failed_recipients") >= (97, 97)
    assert agreement(outcomes, "address_dead")[0] >= 481
    assert agreement(outcomes, "bounce_reason")[0] >= 387
    assert sum(bool(o.acted_wrongly) for o in outcomes) <= 55
    # at most these three, real delivery failures that their sources file as "not a bounce"
    # and the bot reads as bounces (it stops mailing that address and tells staff)
    unsafe = {o.case.path.stem for o in outcomes if o.unsafe}
    assert unsafe <= {"cpython-msg_25", "cpython-msg_43", "sisimai-not-rb-issue-368-bug"}


def test_a_challenges_address_matches_its_label_with_or_without_mailto():
    """A challenge answered by mail carries "mailto:" its address (Classification.challenge);
    a label may hold the bare address: one value."""
    label = {"kind": "challenge", "challenge": "confirm-1@filter.example"}
    case = Case(Path("x.eml"), label, "written")
    assert judge(case, {"kind": "challenge", "challenge": "mailto:confirm-1@filter.example"}
                 ).mismatches == []
    assert judge(case, {"kind": "challenge", "challenge": "mailto:noreply@filter.example"}
                 ).mismatches == ["challenge"]

"""Each language's words live in one file, mailbot/reading/lang/<code>.py: adding a
language is adding that file (plus its templates). Shown by adding a small Polish file to
a copy of the package and reading Polish mail with it in a fresh interpreter; the
readers of this process, built without it, do not read that mail (nothing leaks between
tests: the languages are read once, at import)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mailbot.domain.values import Intent, Kind
from mailbot.reading.classify import Context, classify
from mailbot.reading.extract import invoice_numbers, payment_terms, total_amount
from mailbot.reading.lang import LANGUAGES
from mailbot.reading.parse import parse_message

PACKAGE = Path(__file__).resolve().parent.parent / "mailbot"
CTX = Context(bot_address="ar@acme.test", staff_domains=frozenset({"acme.test"}),
              known_invoice_numbers=("INV-2026-001",),
              known_contacts=frozenset({"jan@klient.test"}))

POLISH = '''"""Polish: a few words, enough to show what one file does."""

MONTHS = {
    1: ("stycznia", "styczeń"), 2: ("lutego", "luty"), 3: ("marca", "marzec"),
    4: ("kwietnia", "kwiecień"), 5: ("maja", "maj"), 6: ("czerwca", "czerwiec"),
    7: ("lipca", "lipiec"), 8: ("sierpnia", "sierpień"), 9: ("września", "wrzesień"),
    10: ("października", "październik"), 11: ("listopada", "listopad"),
    12: ("grudnia", "grudzień"),
}
WEEKDAYS = {
    0: ("poniedziałek",), 1: ("wtorek",), 2: ("środa", "środę"), 3: ("czwartek",),
    4: ("piątek",), 5: ("sobota", "sobotę"), 6: ("niedziela", "niedzielę"),
}
DATE_PREPOSITIONS = r"do|dnia"

NEGATION = r"\\bnie\\b"
INTENT_PAID_CLAIM = ((2, r"\\b(?:zapłaciliśmy|przelaliśmy)\\b", True),)
INTENT_PROMISE = ((2, r"\\b(?:zapłacimy|przelejemy)\\b", True),)

AUTO_SUBJECT = r"automatyczna odpowiedź"
UNTIL = r"\\bdo\\b"

TERMS_UNIT = r"dni(?P<business>\\s+roboczych)?\\b"
TERMS_BEFORE = r"w\\s+ciągu|termin\\s+płatności:?"

INVOICE_NO_WORDS = r"faktur(?:a|y|ę|ze)?"
AMOUNT_DUE_LABELS = r"do\\s+zapłaty"
CURRENCY_WORDS = {"PLN": r"(?<![^\\W\\d_])zł(?![^\\W\\d_])"}
'''

MAILS = {
    "paid": ("Re: Faktura INV-2026-001",
             "Dzień dobry,\n\nzapłaciliśmy fakturę INV-2026-001 w poniedziałek.\n\nJan"),
    "promise": ("Re: Faktura INV-2026-001",
                "Dzień dobry,\n\nzapłacimy fakturę INV-2026-001 15 grudnia.\n\nJan"),
    "not_paid": ("Re: Faktura INV-2026-001",
                 "Dzień dobry,\n\njeszcze nie zapłaciliśmy faktury INV-2026-001.\n\nJan"),
    "away": ("Automatyczna odpowiedź: Faktura INV-2026-001",
             "Jestem poza biurem do 14 grudnia."),
}


INVOICE = ("Faktura FV/2026/11/07",
           ("Dzień dobry,\n\nw załączeniu Faktura nr FV/2026/11/07 za listopad.\n\n"
           "Do zapłaty: 1 230,00 zł\nTermin płatności: 14 dni\n\nAnna"))


def raw(subject: str, body: str) -> bytes:
    return (f"From: Jan <jan@klient.test>\r\nTo: ar@acme.test\r\nSubject: {subject}\r\n"
            "Date: Tue, 01 Dec 2026 10:00:00 +0000\r\nMessage-ID: <pl1@klient.test>\r\n"
            "In-Reply-To: <mailbot.1@acme.test>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode()


def test_each_language_file_has_the_names_of_en():
    # a new language starts as a copy of en.py: every file holds the same names (empty
    # where the language has no such word)
    english = {n for n in vars(LANGUAGES["en"]) if n.isupper() and not n.startswith("_")}
    for code, module in LANGUAGES.items():
        assert {n for n in vars(module) if n.isupper() and not n.startswith("_")} == english, code


def read_all() -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for name, (subject, body) in MAILS.items():
        c = classify(parse_message(raw(subject, body)), CTX)
        out[name] = {"kind": c.kind.value, "intent": c.intent.value if c.intent else None,
                     "promised": c.promised_date.isoformat() if c.promised_date else None,
                     "back": c.return_date.isoformat() if c.return_date else None}
    terms = payment_terms("Płatne w ciągu 14 dni roboczych od daty wystawienia.")
    out["terms"] = {"days": terms.days, "business": terms.business_days}
    # a staff member's copy of an invoice to the client, the bot in Cc
    subject, body = INVOICE
    copy = (f"From: Anna <anna@acme.test>\r\nTo: Jan <jan@klient.test>\r\n"
            f"Cc: ar@acme.test\r\nSubject: {subject}\r\n"
            "Date: Tue, 01 Dec 2026 10:00:00 +0000\r\nMessage-ID: <pl2@acme.test>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode()
    c = classify(parse_message(copy), CTX)
    money = total_amount(body)
    out["invoice"] = {
        "kind": c.kind.value, "number": c.invoice.number if c.invoice else None,
        "amount": str(c.invoice.amount) if c.invoice else None,
        "currency": c.invoice.currency if c.invoice else None,
        "terms": c.invoice.terms_days if c.invoice else None,
        "read": [invoice_numbers(body), str(money.amount) if money else None,
                 money.currency if money else None, payment_terms(body).days]}
    return out


@pytest.fixture(scope="module")
def with_polish(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    root = tmp_path_factory.mktemp("pl")
    shutil.copytree(PACKAGE, root / "mailbot",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    (root / "mailbot" / "reading" / "lang" / "pl.py").write_text(POLISH, encoding="utf-8")
    # this module, run from the copy: the same mails, read with the Polish file present
    script = Path(__file__).read_text(encoding="utf-8")
    run = ("import json, sys, types\n"
           "module = types.ModuleType('t')\nmodule.__file__ = 't.py'\n"
           f"exec(compile({script!r}, 't', 'exec'), module.__dict__)\n"
           "print(json.dumps(module.read_all()))\n")
    done = subprocess.run([sys.executable, "-c", run], cwd=root, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    found: dict[str, dict[str, object]] = json.loads(done.stdout.splitlines()[-1])
    return found


def test_the_polish_file_is_read_in_a_fresh_interpreter(with_polish):
    assert with_polish["paid"]["intent"] == Intent.PAID_CLAIM.value
    assert with_polish["not_paid"]["intent"] != Intent.PAID_CLAIM.value  # "nie": negated
    assert with_polish["promise"]["intent"] == Intent.PROMISE.value
    assert with_polish["promise"]["promised"] == "2026-12-15"  # "15 grudnia"
    assert with_polish["away"]["kind"] == Kind.AUTO_REPLY.value
    assert with_polish["away"]["back"] == "2026-12-14"  # "do 14 grudnia", a Monday
    assert with_polish["terms"] == {"days": 14, "business": True}


def test_a_polish_invoice_copy_is_read_with_the_words_of_the_polish_file(with_polish):
    # "Faktura nr", "Do zapłaty", "zł", "Termin płatności": words of pl.py only ("nr" is
    # also German); the amount's format and the day count are every language's
    assert with_polish["invoice"]["read"] == [["FV/2026/11/07"], "1230.00", "PLN", 14]
    assert with_polish["invoice"] == {
        "kind": Kind.INVOICE_COPY.value, "number": "FV/2026/11/07", "amount": "1230.00",
        "currency": "PLN", "terms": 14, "read": [["FV/2026/11/07"], "1230.00", "PLN", 14]}


def test_without_the_file_the_same_mail_is_not_understood(with_polish):
    assert "pl" not in LANGUAGES
    here = read_all()
    assert here["paid"]["intent"] == Intent.OTHER.value
    assert here["promise"]["promised"] is None
    # ... except an absence note: auto-reply wording of languages without a file is
    # data of its own (lang/_absence/), its date read by dateparser in that language
    assert (here["away"]["kind"], here["away"]["back"]) == (Kind.AUTO_REPLY.value, "2026-12-14")
    assert here["terms"]["days"] is None
    assert here["invoice"]["read"] == [[], None, None, None]
    assert here != with_polish

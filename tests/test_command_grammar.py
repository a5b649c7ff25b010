"""The staff command grammar (mailbot.reading.commands): every command, the lines of a
mail that are skipped (quoted text, signature, greetings), errors per line, and finding
a client by name, prefix, address or domain."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from mailbot.reading.commands import (
    BadLine,
    Command,
    DebtorRef,
    command_lines,
    match_debtor,
    parse_line,
    parse_mail,
)

TODAY = date(2026, 12, 7)  # a Monday


def ok(line: str) -> Command:
    c = parse_line(line, TODAY)
    assert isinstance(c, Command), c
    return c


def bad(line: str) -> str:
    c = parse_line(line, TODAY)
    assert isinstance(c, BadLine), c
    return c.why


def test_paid_with_and_without_amount_and_date():
    assert ok("paid INV-123") == Command("paid", "paid INV-123", "INV-123")
    c = ok("paid INV-123 500")
    assert (c.amount, c.currency, c.day) == (Decimal(500), None, None)
    c = ok("paid INV-123 1,200.50 EUR 2026-12-01")
    assert (c.amount, c.currency, c.day) == (Decimal("1200.50"), "EUR", date(2026, 12, 1))
    c = ok("Paid: INV-123 EUR 99,90 3 Dec")
    assert (c.verb, c.amount, c.currency, c.day) == ("paid", Decimal("99.90"), "EUR",
                                                     date(2026, 12, 3))
    assert ok("paid INV-9 2026-12-01").day == date(2026, 12, 1)  # a date, no amount
    assert "future" in bad("paid INV-1 500 2026-12-24")
    assert "cannot read" in bad("paid INV-1 lots")
    assert "which invoice" in bad("paid")


def test_promise_dispute_resolve_note_writeoff_resend():
    assert ok("promise INV-1 2026-12-15").day == date(2026, 12, 15)
    assert ok("promise INV-1 15 December").day == date(2026, 12, 15)
    assert ok("promise INV-1 tomorrow").day == date(2026, 12, 8)  # the one date reader
    assert "has passed" in bad("promise INV-1 2026-12-01")
    assert "by when" in bad("promise INV-1")
    assert ok("dispute INV-1 the goods came damaged").text == "the goods came damaged"
    assert ok("dispute INV-1").text == ""
    assert ok("resolve INV-1").target == "INV-1"
    assert "one invoice number" in bad("resolve INV-1 INV-2")
    assert ok("note INV-1 called Bob, pays Friday").text == "called Bob, pays Friday"
    assert "what to note" in bad("note INV-1")
    assert ok("writeoff INV-1").verb == ok("write-off INV-1").verb == "writeoff"
    assert ok("resend INV-1").verb == "resend"


def test_plan_with_and_without_start_and_cancel():
    c = ok("plan INV-1 3x500 monthly from 2027-01-15")
    assert (c.action, c.every, c.day) == ("3x500", "monthly", date(2027, 1, 15))
    c = ok("plan INV-1 500+500+300 weekly")
    assert (c.action, c.every, c.day) == ("500+500+300", "weekly", TODAY)
    assert ok("plan INV-1 3x500").every == "monthly"
    assert ok("plan INV-1 cancel").action == "cancel"
    assert "not installments" in bad("plan INV-1 soon")
    assert "from DATE" in bad("plan INV-1 3x500 monthly next year")


def test_pause_takes_a_length_or_an_end_and_a_name_with_spaces():
    assert ok("pause ACME 14d") == Command("pause", "pause ACME 14d", "ACME",
                                           day=date(2026, 12, 21))
    assert ok("pause Acme GmbH 2 weeks").target == "Acme GmbH"
    assert ok("pause Acme GmbH 2w").day == date(2026, 12, 21)
    assert ok("pause Dyn until 2027-01-10").day == date(2027, 1, 10)
    assert "how long" in bad("pause ACME")
    assert "how long" in bad("pause ACME forever")
    assert "more than" in bad("pause ACME 400d")


def test_client_commands():
    assert ok("resume ACME").target == "ACME"
    assert ok("resume INV-1").target == "INV-1"
    assert ok("status Acme GmbH").target == "Acme GmbH"
    c = ok("lang Acme GmbH DE")
    assert (c.target, c.text) == ("Acme GmbH", "de")
    assert "two-letter" in bad("lang ACME german")
    c = ok("tz ACME Asia/Jakarta")
    assert (c.target, c.text) == ("ACME", "Asia/Jakarta")
    assert "time zone" in bad("tz ACME tomorrow")
    c = ok("contact ACME add Billing@Acme.example")
    assert (c.target, c.action, c.text) == ("ACME", "add", "billing@acme.example")
    assert ok("contact Acme GmbH remove <old@acme.example>").action == "remove"
    assert "not an email" in bad("contact ACME add nobody")
    assert "add" in bad("contact ACME billing@acme.example")


def test_ids_for_messages_tasks_and_ladder_steps():
    assert ok("handled 17").ids == (17,)
    assert ok("handled 17 18, #19").ids == (17, 18, 19)
    assert ok("done 3").ids == (3,)
    c = ok("approve 42 1500")
    assert (c.ids, c.amount) == ((42,), Decimal(1500))
    assert "not a message number" in bad("handled seventeen")
    assert "which task" in bad("done")


def test_unknown_words_are_errors_naming_the_known_ones():
    why = bad("frobnicate ACME")
    assert "unknown command 'frobnicate'" in why
    assert "paid" in why
    assert "status" in why


def test_a_mail_reads_its_own_lines_only():
    body = ("Hi bot,\n\n"
            "paid INV-1 500\n"
            "- pause Globex 14d\n"
            "please be quick\n"
            "\n"
            "Thanks!\n"
            "-- \n"
            "Sam Staff\n"
            "resume INV-3\n"
            "\n"
            "On Mon, 7 Dec 2026 at 08:00, Acme Accounts <ar@acme.test> wrote:\n"
            "> Needs you today\n"
            "> writeoff INV-2\n")
    assert command_lines(body) == ["paid INV-1 500", "- pause Globex 14d", "please be quick"]
    parsed = parse_mail(body, TODAY)
    assert [type(p).__name__ for p in parsed] == ["Command", "Command", "BadLine"]
    pause, please = parsed[1], parsed[2]
    assert isinstance(pause, Command)
    assert pause.verb == "pause"  # a bullet is not part of the line
    assert isinstance(please, BadLine)
    assert "unknown command 'please'" in please.why


def test_quoted_lines_and_outlook_blocks_are_skipped():
    body = ("resolve INV-7\n> done 4\n>> approve 9\n\n"
            "-----Original Message-----\nFrom: ar@acme.test\nwriteoff INV-7\n")
    assert command_lines(body) == ["resolve INV-7"]
    german = "resume Globex\n\nAm 07.12.2026 um 08:00 schrieb Acme <ar@acme.test>:\n> paid INV-1\n"
    assert command_lines(german) == ["resume Globex"]
    assert command_lines("\r\n\r\nHello,\r\nhandled 17\r\nBest regards\r\n") == ["handled 17"]


DEBTORS = [DebtorRef(1, "Acme GmbH", ("billing@acme.example",)),
           DebtorRef(2, "Acme Ltd", ("ap@acme.co.uk",)),
           DebtorRef(3, "Globex", ("bob@globex.test", "ap@globex.test")),
           DebtorRef(4, "Initech", ("carol@initech.test",))]


@pytest.mark.parametrize(("ref", "found"), [
    ("Globex", 3), ("globex", 3), ("glo", 3), ("bob@globex.test", 3), ("BOB@Globex.test", 3),
    ("globex.test", 3), ("acme gmbh", 1), ("Acme G", 1), ("acme.co.uk", 2), ("ltd", 2),
])
def test_a_client_is_found_by_name_prefix_address_or_domain(ref, found):
    got = match_debtor(ref, DEBTORS)
    assert isinstance(got, DebtorRef), got
    assert got.id == found


def test_an_ambiguous_or_unknown_client_is_an_error_naming_the_candidates():
    assert match_debtor("acme", DEBTORS) == ("'acme' begins the names of several clients: "
                                             "Acme GmbH, Acme Ltd; write more of the name")
    assert match_debtor("Umbrella", DEBTORS) == "no client called 'Umbrella'"
    assert match_debtor("x@nowhere.test", DEBTORS) == "no client has the address x@nowhere.test"

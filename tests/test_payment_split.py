"""A payment notice naming several invoices: every invoice it names is read (numbers of
five parts, numbers whose month segment differs, numbers a bank wrote with spaces), with
the amount the notice gives each; a split that does not add up, an invoice the ledger does
not know, or a tax the payer withheld is left to a person with the reason, never booked as
a confident wrong split."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime

import pytest
from sqlmodel import select

from mailbot.adapters.models import Invoice
from mailbot.reading.classify import as_record, classify
from mailbot.reading.context import Context
from mailbot.reading.facts import StaticFacts
from mailbot.reading.parse import parse_message
from tests.botenv import AR, BANK, BOB, Runner, at, invoice_mail, mail, make_config

BOT = "ar@owlworks.test"
MX = "mx.owlworks.test"
KNOWN = ("OW/FA/2027/III/112", "OW/FA/2027/III/118", "OW/FA/2027/II/097",
         "OW/FA/2027/II/099")
CTX = Context(
    bot_address=BOT,
    staff_domains=frozenset({"owlworks.test"}),
    notifiers=frozenset({"notify@bank.test"}),
    authserv_ids=frozenset({MX}),
    known_invoice_numbers=KNOWN,
)


def record(body: str, subject: str = "Incoming payment") -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = "Bank <notify@bank.test>"
    msg["To"] = BOT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2027, 3, 20, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<split-1@test>"
    msg.set_content(body)
    raw = (f"Authentication-Results: {MX}; dkim=pass header.d=bank.test; "
           f"dmarc=pass header.from=bank.test\r\n").encode() + msg.as_bytes()
    return as_record(classify(parse_message(raw), CTX))


def test_known_numbers_of_five_parts_and_spaced_ones_are_found():
    known = StaticFacts(KNOWN)
    assert known.numbers_in("paid OW/FA/2027/III/112 and OW/FA/2027/II/097") == [
        "OW/FA/2027/III/112", "OW/FA/2027/II/097"]
    # a bank's reference field without the slashes
    assert known.numbers_in("Ref: OW FA 2027 III 118 thanks") == ["OW/FA/2027/III/118"]
    # a spaced run that is no known number stays unknown
    assert known.numbers_in("Ref: OW FA 2027 III 119") == []


def test_a_number_whose_separators_differ_is_found_written_with_spaces():
    # RE-2026/1187 in a bank's reference as "RE 2026 1187"; a number of three parts or
    # fewer may mix separators, a longer one is tried with one separator throughout
    known = StaticFacts(("RE-2026/1187", "RE-2026/1188", "KV.26-0329"))
    assert known.numbers_in("Verwendungszweck: Teilzahlung RE 2026 1187") == ["RE-2026/1187"]
    assert known.numbers_in("Ref KV 26 0329 and RE 2026 1189") == ["KV.26-0329"]
    assert known.numbers_in("Ref RE 2026 1187 1188") == ["RE-2026/1187"]


@pytest.mark.parametrize("body", [
    ("Payment received from Falcon Ltd: USD 7,450.00\nFor:\n"
     "  OW/FA/2027/III/112   USD 5,200.00\n  OW/FA/2027/II/099    USD 2,250.00\n"),
    ("Zahlungseingang: 7.450,00 EUR\nRechnungen:\n"
     "  OW/FA/2027/III/112   5.200,00 EUR\n  OW/FA/2027/II/099    2.250,00 EUR\n"),
    ("Поступление: 7 450,00 ₽\nОплачены счета:\n"
     "  OW/FA/2027/III/112   5 200,00 ₽\n  OW/FA/2027/II/099    2 250,00 ₽\n"),
    ("Dana masuk: Rp7.450.000\nPembayaran tagihan:\n"
     "  OW/FA/2027/III/112   Rp5.200.000\n  OW/FA/2027/II/099    Rp2.250.000\n"),
])
def test_each_invoice_of_a_notice_gets_its_own_amount(body):
    rec = record(body)
    assert rec["kind"] == "payment_confirmation"
    assert rec["invoice_numbers"] == ["OW/FA/2027/III/112", "OW/FA/2027/II/099"]
    assert [str(a).split("=")[0] for a in rec["allocations"]] == rec["invoice_numbers"]  # type: ignore[attr-defined]
    shares = [Decimal(str(a).split("=")[1]) for a in rec["allocations"]]  # type: ignore[attr-defined]
    unit = Decimal(1000) if rec["currency"] == "IDR" else Decimal(1)
    assert shares == [5200 * unit, 2250 * unit]
    assert not rec["needs_human"], rec["reason"]


@pytest.mark.parametrize("body", [
    "Received USD 3,000.00\n  OW/FA/2027/III/112   USD 1,000.00\n  OW/FA/2027/I/041   USD 2,000.00\n",
    "Eingang 3.000,00 EUR\n  OW/FA/2027/III/112   1.000,00 EUR\n  OW/FA/2027/I/041   2.000,00 EUR\n",
    "Зачислено 3 000,00 ₽\n  OW/FA/2027/III/112   1 000,00 ₽\n  OW/FA/2027/I/041   2 000,00 ₽\n",
    "Dana masuk Rp3.000.000\n  OW/FA/2027/III/112   Rp1.000.000\n  OW/FA/2027/I/041   Rp2.000.000\n",
])
def test_an_unknown_number_of_the_companys_shape_is_read_and_left_to_a_person(body):
    # another month's number (I instead of III) the ledger never saw: part of the money
    # is for it, so the notice names it and a person splits the payment
    rec = record(body)
    assert rec["invoice_numbers"] == ["OW/FA/2027/III/112", "OW/FA/2027/I/041"]
    assert rec["needs_human"]
    assert "OW/FA/2027/I/041" in str(rec["reason"])


@pytest.mark.parametrize("body", [
    "Received USD 3,000.00\n  OW/FA/2027/III/112   USD 1,000.00\n  OW/FA/2027/II/097   USD 1,500.00\n",
    "Eingang 3.000,00 EUR\n  OW/FA/2027/III/112   1.000,00 EUR\n  OW/FA/2027/II/097   1.500,00 EUR\n",
    "Зачислено 3 000,00 ₽\n  OW/FA/2027/III/112   1 000,00 ₽\n  OW/FA/2027/II/097   1 500,00 ₽\n",
    "Dana masuk Rp3.000.000\n  OW/FA/2027/III/112   Rp1.000.000\n  OW/FA/2027/II/097   Rp1.500.000\n",
])
def test_a_split_that_does_not_add_up_is_for_a_person(body):
    rec = record(body)
    assert rec["needs_human"]
    assert "do not add up" in str(rec["reason"])


@pytest.mark.parametrize("body", [
    "Amount: USD 9,400.00\nReference: OW/FA/2027/III/118 net of WHT 6%\n",
    "Betrag: 9.400,00 EUR\nVerwendungszweck: OW/FA/2027/III/118 abzgl. Quellensteuer\n",
    "Сумма: 9 400,00 ₽\nНазначение платежа: оплата по счету OW/FA/2027/III/118, удержан налог у источника\n",
    "Nominal : Rp 9.400.000,00\nBerita : OW FA 2027 III 118 NETT PPH23\n",
])
def test_a_payment_net_of_a_withheld_tax_is_for_a_person(body):
    rec = record(body)
    assert rec["kind"] == "payment_confirmation"
    assert rec["invoice_numbers"] == ["OW/FA/2027/III/118"]
    assert rec["needs_human"]
    assert "withheld" in str(rec["reason"])


# ------------------------------------------------------------------ shortened references

ABBREVIATED_CTX = Context(
    bot_address=BOT, staff_domains=frozenset({"owlworks.test"}),
    notifiers=frozenset({"notify@bank.test"}), authserv_ids=frozenset({MX}),
    known_invoice_numbers=("OW-2027-0412", "OW-2027-0388", "OW-2026-0388", "СЧ-27-0415",
                           "OW/FA/2027/III/0417"),
)


def abbreviated(body: str) -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = "Bank <notify@bank.test>"
    msg["To"] = BOT
    msg["Subject"] = "Credit received"
    msg["Date"] = format_datetime(datetime(2027, 3, 20, 9, 0, tzinfo=UTC))
    msg.set_content(body)
    raw = (f"Authentication-Results: {MX}; dkim=pass header.d=bank.test; "
           f"dmarc=pass header.from=bank.test\r\n").encode() + msg.as_bytes()
    return as_record(classify(parse_message(raw), ABBREVIATED_CTX))


@pytest.mark.parametrize(("body", "number"), [
    ("Amount: USD 800.00\nReference: FALCON LTD INV 0412\n", "OW-2027-0412"),
    ("Betrag: 800,00 EUR\nVerwendungszweck: Rg. 0412 Falke GmbH\n", "OW-2027-0412"),
    ("Сумма: 800,00 ₽\nНазначение платежа: оплата сч 0415\n", "СЧ-27-0415"),
    ("Nominal: Rp 800.000\nBerita: INV 0417 PT ELANG\n", "OW/FA/2027/III/0417"),
])
def test_a_shortened_reference_names_the_one_invoice_ending_so(body, number):
    rec = abbreviated(body)
    assert rec["invoice_numbers"] == [number]
    assert not rec["needs_human"], rec["reason"]


def test_a_shortened_reference_that_fits_several_invoices_is_for_a_person():
    rec = abbreviated("Amount: USD 800.00\nReference: FALCON LTD INV 0388\n")
    assert rec["invoice_numbers"] == []  # OW-2027-0388 or OW-2026-0388: a person picks
    assert rec["needs_human"]


@pytest.fixture
def runner(dovecot, smtp_sink, sqlite_url):
    r = Runner.open(make_config(dovecot, smtp_sink, sqlite_url))
    yield r
    r.close()


def test_a_shortened_reference_books_the_invoice_the_ledger_knows(runner, dovecot):
    day = date(2026, 11, 2)
    dovecot.append("ar", invoice_mail("INV-2026-7730", BOB, "1,000.00", "Payment terms: net 30",
                                      at(day, 10)))
    runner.sync(at(day, 11))
    dovecot.append("ar", mail(BANK, [AR], "Credit received",
                              "Amount: EUR 1,000.00\nReference: GLOBEX INV 7730\n",
                              at(day + timedelta(days=1), 10)))
    [result] = runner.sync(at(day + timedelta(days=1), 11))
    assert not result.needs_human, result.reason
    with runner.bot.store.session() as s:
        inv = s.exec(select(Invoice)).one()
    assert (inv.state, inv.paid_amount) == ("paid", Decimal("1000.00"))


def pay_two(runner, dovecot, numbers: tuple[str, str], paid: str):
    """Two invoices of Bob's (1,000.00 and 500.00), then one notice naming both."""
    day = date(2026, 11, 2)
    for number, amount in zip(numbers, ("1,000.00", "500.00"), strict=True):
        dovecot.append("ar", invoice_mail(number, BOB, amount, "Payment terms: net 30",
                                          at(day, 10)))
    runner.sync(at(day, 11))
    dovecot.append("ar", mail(BANK, [AR], "Credit received",
                              f"Amount: EUR {paid}\nReference: {' '.join(numbers)}\n",
                              at(day + timedelta(days=1), 10)))
    [result] = runner.sync(at(day + timedelta(days=1), 11))
    return result


def test_a_short_payment_for_several_invoices_is_booked_in_order_and_shown_to_a_person(
        runner, dovecot):
    """1,200 for two invoices owing 1,000 and 500, with no amount per invoice: which one is
    short is a guess. It is booked in the notice's order (the money is never lost) and a
    person is told to check the split."""
    result = pay_two(runner, dovecot, ("INV-5101", "INV-5102"), "1,200.00")
    with runner.bot.store.session() as s:
        got = {i.number: (i.state, i.paid_amount) for i in s.exec(select(Invoice))}
    assert got == {"INV-5101": ("paid", Decimal("1000.00")),
                   "INV-5102": ("partial", Decimal("200.00"))}
    assert result.needs_human
    assert "check the split" in str(result.reason), result.reason


def test_a_payment_for_several_invoices_that_pays_them_all_needs_no_person(runner, dovecot):
    result = pay_two(runner, dovecot, ("INV-5201", "INV-5202"), "1,500.00")
    assert not result.needs_human, result.reason
    with runner.bot.store.session() as s:
        assert {i.state for i in s.exec(select(Invoice))} == {"paid"}

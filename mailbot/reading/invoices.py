"""What an invoice states, read from each of its sources and merged. Pure.

An invoice copy is read from, best first: an e-invoice attachment (Factur-X, ZUGFeRD,
XRechnung, UBL), the text of a PDF attachment, the body, the subject. Each source is read
on its own; for each fact the best source that states it wins, and where a lesser source
states something else the disagreement is recorded on the facts (the e-invoice is the
legal document; a cover note that says otherwise is worth a look, not a veto).

This module is the library of the invoice-copy and payment readers
(mailbot.reading.kinds.invoice_copy, .payment): the sources, their merge, the debtor's
contacts and name.
"""

from __future__ import annotations

import dataclasses
import html as html_entities
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from mailbot.domain.debtors import organisational_domain
from mailbot.domain.values import Address
from mailbot.reading import amount_due, einvoice, extract
from mailbot.reading.context import Context
from mailbot.reading.facts import KnownFacts
from mailbot.reading.facts import shapes as facts_shapes
from mailbot.reading.lang import either
from mailbot.reading.parse import ParsedMessage

SOURCES = ("einvoice", "pdf", "body", "subject")
MAX_TEXT = 100_000  # characters of one text source; invoices are short


@dataclass(frozen=True)
class SourceFacts:
    """What one source (an e-invoice, a PDF's text, the body, the subject) states."""

    source: str
    number: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    issue_date: date | None = None
    due_date: date | None = None
    terms_days: int | None = None
    business_days: bool = False
    discount_percent: Decimal | None = None
    discount_days: int | None = None
    late_fee: str | None = None
    debtor_name: str | None = None
    debtor_address: str | None = None
    credit_note: bool = False
    # takes a credit note off and states the amount due after it: an invoice after all
    credit_deducted: bool = False
    # several totals and no wording that says which is due now (amount_due): for a person
    competing: str | None = None
    statement: bool = False  # lists several invoices, each with an amount
    # the invoices named on lines of their own with sums, and those sums ("  0203/X  Rp 40.515.000")
    priced: tuple[tuple[str, tuple[Decimal, ...]], ...] = ()
    # several invoices named by one label ("invoices INV-1 and INV-2", "No. Invoice: X dan
    # Y"): this mail's invoices, not an older one mentioned apart from them
    listed: tuple[str, ...] = ()
    # the terms count from an event, not the invoice date ("7 working days from signing the
    # acceptance document"): the words, for a person who sets the due date
    due_on_event: str | None = None
    # a corrected invoice replacing another ("ersetzt RE-1226"): the replaced numbers,
    # which a person cancels ("?" when the text does not tell which one is the new)
    replaces: str | None = None
    # due at the end of the month after the invoice's ("end of the month following"): a
    # due date, but no count of days
    month_following: bool = False
    # no currency stated: the one of the sender's country was taken (staff see it)
    currency_assumed: bool = False
    # the issue and due dates read with the other day/month order, when the text's numeric
    # dates are all ambiguous (03/12/2026) and that reading differs; None otherwise
    other_issue_date: date | None = None
    other_due_date: date | None = None
    # every sum the text states (in any currency), for comparing sources' readings
    sums: frozenset[Decimal] = frozenset()

    @property
    def is_invoice(self) -> bool:
        return bool(self.number and self.amount is not None)


def from_einvoice(e: einvoice.EInvoice) -> SourceFacts:
    return SourceFacts(
        source="einvoice", number=e.number, amount=e.amount_due.quantize(Decimal("0.01")),
        currency=e.currency, issue_date=e.issue_date, due_date=e.due_date,
        terms_days=e.terms_days, discount_percent=e.discount_percent,
        discount_days=e.discount_days, late_fee=e.late_fee, debtor_name=e.buyer_name,
        debtor_address=e.buyer_address,
        credit_note=e.is_credit_note or e.amount_due <= 0,
    )


# each language's words are in its lang/<code>.py; "avoir": French invoices (no file)
_TERMS_FROM_EVENT = re.compile(either("TERMS_FROM_EVENT"), re.IGNORECASE)
_MONTH_FOLLOWING = re.compile(either("TERMS_MONTH_FOLLOWING"), re.IGNORECASE)
_CREDIT_WORDS = re.compile(either("CREDIT_NOTE") + "|avoir", re.IGNORECASE)
_INVOICE_WORDS = re.compile(either("INVOICE_WORDS"), re.IGNORECASE)
# a subject listing an invoice and a credit note as two documents ("Rechnung + Gutschrift",
# "Invoice INV-7 and credit note CN-2"): the invoice's mail, not a credit note's
_BOTH_DOCUMENTS = re.compile(
    rf"(?:{either('INVOICE_WORDS')})\w*(?:\s+[\w/-]*\d[\w/-]*)?\s*(?:\+|&|{either('LIST_AND')})\s*"
    rf"(?:{either('CREDIT_NOTE')})", re.IGNORECASE)
_REPLACES = re.compile(either("INVOICE_REPLACES"), re.IGNORECASE)
_NEW_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{either('INVOICE_NEW')})(?![^\W\d_])[^\n]{{0,30}}$",
                         re.IGNORECASE)


def _not_deducted(text: str, numbers: list[str]) -> list[str]:
    """The numbers without those named only on lines that take them off ("abzgl.
    Abschlagszahlung (RE-1203) -15.000,00"): an earlier invoice netted here, not this one."""
    def own(n: str, line: str) -> bool:  # named before anything is taken off
        at, start = line.find(n), amount_due.deduction_start(line)
        return at >= 0 and (start is None or at < start)

    # (a known number found in another spelling, "KST-26-0404" for "КСТ-26-0404", stays)
    lines = text.splitlines()
    return [n for n in numbers
            if n not in text or any(own(n, line) for line in lines)]


def _not_credit_taken_off(text: str, numbers: list[str]) -> list[str]:
    """The numbers without those named only on lines of a credit note (or a correction
    document) that the invoice takes off and states the amount due after ("С учётом
    корректировочного счёта-фактуры № 17 ... на сумму 31 860,00 руб. / к оплате: 180
    540,00 руб."): that document is set against this invoice, it neither is nor replaces
    it."""
    if len(numbers) < 2 or not _CREDIT_WORDS.search(text) \
            or not amount_due.deducts_credit_note(text):
        return numbers
    lines = text.splitlines()

    def on(n: str, line: str) -> bool:
        return re.search(rf"(?<![\w/-]){re.escape(n)}(?![\w/-])", line, re.IGNORECASE) is not None

    kept = [n for n in numbers
            if not any(on(n, line) for line in lines)
            or any(on(n, line) and not _CREDIT_WORDS.search(line) for line in lines)]
    return kept or numbers


def _replacement(text: str, numbers: list[str], known: tuple[str, ...] | KnownFacts
                 ) -> tuple[list[str], str | None]:
    """For a corrected invoice that replaces another ("we cancelled RE-1226 and replaced it
    by RE-1307"): its numbers with the new one first, and the replaced ones. The bot's
    ledger tells them apart: the replaced one is known, the new one is not."""
    if len(numbers) < 2 or not _REPLACES.search(text):
        return numbers, None
    ledger = ({n.casefold() for n in known} if isinstance(known, tuple)
              else set(known.known_numbers(numbers)))
    new = [n for n in numbers if n.casefold() not in ledger]
    if not (len(new) == 1 and len(new) < len(numbers)):
        # the ledger knows both (or neither): the one called new or corrected is the new one
        new = [n for n in numbers
               if any(_NEW_BEFORE.search(text[:m.start()]) for m in re.finditer(re.escape(n), text))]
    if len(new) != 1:
        return numbers, "?"
    old = [n for n in numbers if n not in new]
    return new + old, ", ".join(old)


def from_text(text: str, source: str, known: tuple[str, ...] | KnownFacts = (),
              mailed: date | None = None, home: str | None = None,
              named: list[str] | None = None) -> SourceFacts:
    """Facts stated in free text (a PDF's text, a body, a subject); `mailed`, the day the
    mail was written, places a due date written without its year; `home`, the currency of
    the sender's country, is taken for figures when the text names no currency at all;
    `named`, the invoices the subject lists ("Invoices X and Y"), are this text's when it
    names each of them and lists none of its own."""
    text = text[:MAX_TEXT]
    if source != "subject":
        text = extract.drop_converted(text)
    lists = extract.invoice_number_lists(text)
    if named and len(named) > 1 and source != "subject" \
            and not any(len(g) > 1 for g in lists) and all(_names(text, n) for n in named):
        # set out one a line under no label of their own ("  X  germination  GBP 1,290.00")
        lists = [list(named), *lists]
    # the invoices the ledger (or the list) knows that the text names, read once
    in_ledger = _known_in(text, known)
    numbers = list(dict.fromkeys(n for group in lists for n in group)) or in_ledger
    if not numbers and source == "subject":
        tokens = extract.reference_tokens(text)
        # a bare subject ("INV-USD/0010/XII/2026 - spare inverter"): a token in the shape
        # of the ledger's own invoice numbers is one, without an invoice word before it
        numbers = tokens if _INVOICE_WORDS.search(text) else [
            t for t in dict.fromkeys(_WHOLE_TOKEN.findall(text))
            if extract.invoice_shape(t) in _ledger_shapes(known)]
    if not numbers and source != "subject" and _INVOICE_WORDS.search(text):
        # a mail about an invoice that labels no number ("1. INV/ABC/2026/03/0104 - linen
        # Rp 8.140.000", "No: INV/ABC/2026/03/0109"): the tokens written like the ledger's
        # own invoice numbers, the same letters and layout, are its invoices
        numbers = _in_ledger_form(text, known)
        if len(numbers) > 1:
            lists = [numbers]  # (several listed: several invoices, a person registers them)
    if source != "subject":
        numbers = _not_deducted(text, numbers)
        numbers = _not_credit_taken_off(text, numbers)
    numbers, replaces = _replacement(text, numbers, known)
    # the dates and sums of this mail's invoice: not those on lines about another invoice
    # only (a statement's "INV-0826 (due 21 Nov) overdue", "the balance of 0139 of Rp
    # 66.600.000 is not included in this invoice" beside the new one)
    dated = _own_lines(text, numbers, in_ledger, labelled=bool(lists)) \
        if source != "subject" else text
    # (sums: only lines naming an invoice the ledger knows; one merely shaped like this
    # mail's may be the contract or order the sum is a part of)
    # (and a new invoice's mail naming one the ledger knows beside it, "sisa tagihan X
    # sebesar ... belum termasuk": that line is about X, though written as an invoice's)
    ledger = set(in_ledger) if source != "subject" else set()
    mine = [n for n in numbers if n not in ledger] \
        if numbers and numbers[0] not in ledger else numbers
    priced = _own_lines(text, mine, in_ledger, labelled=False) if source != "subject" else text
    stated_currency = extract.document_currency(text) if source != "subject" else None
    money = (extract.total_amount(priced, stated_currency or home) if source != "subject"
             else _subject_money(text))
    if money is None and source != "subject":
        money = extract.total_amount(text, stated_currency or home)
    assumed = money is not None and stated_currency is None and source != "subject"
    terms = extract.payment_terms(text)
    name, address = extract.party(text) if source != "subject" else (None, None)
    issued, due, other_issued, other_due = _read_dates(dated, source, terms)
    if due is not None and issued in (None, due) and mailed is not None and terms.days \
            and terms.days > TERMS_SLACK_DAYS and abs((due - mailed).days) <= TERMS_SLACK_DAYS:
        # "14 Tage nach Rechnungsdatum (09.11.2026)" in a mail of 9 November: the date in
        # brackets is the issue date the terms count from, not a due date on the day written
        issued, due, other_issued, other_due = due, None, None, None
        mailed = None  # (and no other date of that line is read as the due date)
    due_now = None if source == "subject" else amount_due.read(
        priced, money.currency if money else None, *_date_order(text))
    if due_now is not None and due_now.money is not None:
        money = due_now.money  # a down payment, an installment: what this invoice asks now
        due = due_now.due or due
    if source != "subject" and money is not None and due_now is None:
        # (beside competing totals the reading of which is due stands: "contract value
        # £14,400.00 + VAT" is not this invoice's net)
        net = _net_only(priced, money)
        if isinstance(net, str):
            due_now = amount_due.DueNow(problem=net)
        elif net is not None:
            money = net  # "3.200,00 € netto zzgl. 19 % USt.": the gross is what is owed
    listed = () if source == "subject" or replaces else next(
        (tuple(g) for g in lists if len(g) > 1 and all(n in numbers for n in g)), ())
    if listed and (lines := _listed_amounts(text, listed)) is not None and (
            money is None or money.amount in {m.amount for m in lines}):
        # no total of the invoices stated (only one of theirs read): what they come to
        money = extract.Money(sum((m.amount for m in lines), Decimal(0)), lines[0].currency,
                              "")
    on_event = (m.group(0) if (m := _TERMS_FROM_EVENT.search(text)) and due is None
                and source != "subject" else None)
    following = source != "subject" and bool(_MONTH_FOLLOWING.search(text))
    start = issued or mailed
    if following and start is not None and (due is None or due < start + timedelta(days=28)):
        # "payment by the end of the month following the month of invoice": that day (not
        # the end of this month, which "the end of the month" alone would say)
        due = _month_end(start.year + start.month // 12, start.month % 12 + 1)
    if due is None and mailed is not None and source != "subject" and not on_event and (
            due_now is None or not due_now.problem):
        # (beside competing totals a date without its year may be a part's: not the due date)
        due = extract.due_date_without_year(dated, mailed, *_date_order(text)) or (
            extract.due_date_relative(dated, issued or mailed))
    return SourceFacts(
        source=source, number=numbers[0] if numbers else None,
        amount=money.amount if money else None, currency=money.currency if money else None,
        issue_date=issued, due_date=due, other_issue_date=other_issued,
        other_due_date=other_due, terms_days=terms.days,
        business_days=terms.business_days, discount_percent=terms.discount_percent,
        discount_days=terms.discount_days, late_fee=terms.late_fee,
        debtor_name=name, debtor_address=address,
        credit_note=bool(_CREDIT_WORDS.search(text)) and source == "subject"
        and not _BOTH_DOCUMENTS.search(text),
        credit_deducted=source != "subject" and amount_due.deducts_credit_note(
            text, money.currency if money else None),
        competing=due_now.problem or None if due_now is not None else None,
        statement=_is_statement(text, numbers), priced=_priced(text, numbers),
        replaces=replaces,
        listed=listed,
        due_on_event=on_event,
        currency_assumed=assumed and money is not None and money.currency == home,
        month_following=following,
        sums=frozenset(m.amount for m in extract.find_money(priced)) if source != "subject"
        else frozenset(),
    )


_TAX_TO_ADD = re.compile(either("TAX_TO_ADD"), re.IGNORECASE)
_RATE = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s*%")
NET_REACH = 24  # a net sum ends this close before its "+ VAT"
RATE_REACH = 16  # ... and the tax's rate, when not inside the words, follows this close
CENT = Decimal("0.01")
NET_UNDECIDED = "a net with the tax still to add"  # (in the reason: invoice_copy knows it)


def _net_only(text: str, money: extract.Money) -> extract.Money | str | None:
    """The sum due of a text whose sum read is a net with the tax still to add and no
    larger sum stated ("Rechnungsbetrag: 3.200,00 € netto zzgl. 19 % USt.", "GBP 1,250.00
    plus VAT at 20%"): the net with the stated rate added; without a rate ("£1,250.00 +
    VAT") what a person must settle (the tax is not known here); None when the sum is no
    such net (a gross is stated beside it, or no tax word follows it)."""
    if any(m.amount > money.amount and m.currency == money.currency
           for m in extract.find_money(text)):
        return None  # (a gross, a total stated: the usual reading stands)
    for line in text.splitlines():
        for m in _TAX_TO_ADD.finditer(line):
            before = line[:m.start()].rstrip(" ,")
            if not any(x.amount == money.amount for x in extract.find_money(before[-NET_REACH:])):
                continue
            rates = {r.group(1).replace(",", ".")
                     for r in _RATE.finditer(line[m.start():m.end() + RATE_REACH])}
            if len(rates) != 1:
                return (f"the sum {money.amount:,.2f} {money.currency} is {NET_UNDECIDED} and "
                        "no single rate stated: a person sets the amount due")
            gross = money.amount * (1 + Decimal(rates.pop()) / 100)
            return extract.Money(gross.quantize(CENT, ROUND_HALF_UP), money.currency, line)
    return None


# a whole token with a digit, its inner separators kept ("INV-USD/0010/XII/2026")
_WHOLE_TOKEN = re.compile(r"(?<![\w/-])[^\W_][\w/-]*\d[\w/-]*(?<=[^\W_])(?![\w/-])")


def _in_ledger_form(text: str, known: tuple[str, ...] | KnownFacts) -> list[str]:
    """The tokens of `text` written like an invoice number the ledger (or the list) knows:
    its shape ("a/a/9/9/9") and its letters before the first digit ("INV/ABC/"); a
    purchase order's "SPK/2026/0099" or "PO-4521" beside a ledger of "RE-26-..." is none."""
    shapes = _ledger_shapes(known)
    if not shapes:
        return []
    found: list[str] = []
    for token in dict.fromkeys(_WHOLE_TOKEN.findall(text)):
        head = re.match(r"\D*", token).group(0)  # type: ignore[union-attr]
        if extract.invoice_shape(token) not in shapes or not re.search(r"[^\W\d_]", head):
            continue
        ledger = (known if isinstance(known, tuple) else known.numbers_containing(head))
        if any(n.casefold().startswith(head.casefold()) for n in ledger):
            found.append(token)
    return found


def _known_in(text: str, known: tuple[str, ...] | KnownFacts) -> list[str]:
    """The invoice numbers the ledger (or the list) knows that `text` names."""
    return extract.mentions(text, known) if isinstance(known, tuple) else known.numbers_in(text)


def _ledger_shapes(known: tuple[str, ...] | KnownFacts) -> frozenset[str]:
    """The shapes ("a-9-9") of the invoice numbers the ledger (or the list) knows."""
    return facts_shapes(known) if isinstance(known, tuple) else known.number_shapes()


def _names(text: str, number: str) -> bool:
    """`text` names `number` as a whole token."""
    return bool(re.search(rf"(?<![\w/-]){re.escape(number)}(?![\w/-])", text, re.IGNORECASE))


def _listed_amounts(text: str, listed: tuple[str, ...]) -> list[extract.Money] | None:
    """The sums of several invoices set out one a line, each line naming one of them and
    one sum, all in one currency; None when they are not set out so."""
    own: dict[str, extract.Money] = {}
    for line in text.splitlines():
        hits = [n for n in listed if _names(line, n)]
        if len(hits) != 1:
            continue
        money = extract.find_money(line)
        if len(money) != 1 or hits[0] in own:
            return None
        own[hits[0]] = money[0]
    if len(own) != len(listed) or len({m.currency for m in own.values()}) != 1:
        return None
    return list(own.values())


def _own_lines(text: str, numbers: list[str], named: list[str], *, labelled: bool) -> str:
    """`text` with the lines blanked that name another invoice and none of `numbers` (the
    mail's own): an older invoice the ledger knows (of `named`, those the text names), or, when the mail's numbers are
    labelled as such, one written in their shape ("BSL-0826 (due 21 Nov 2026) overdue")."""
    if not numbers:
        return text
    ours = {n.casefold() for n in numbers}
    others = {n.casefold() for n in named} - ours
    shapes = {extract.invoice_shape(n) for n in numbers
              if re.search(r"[^\W\d_]", n) and re.search(r"\d", n)}
    if labelled and shapes:
        others |= {t.casefold() for t in extract.reference_tokens(text)
                   if extract.invoice_shape(t) in shapes} - ours

    def tokens(line: str) -> set[str]:
        return {t.casefold() for t in re.findall(r"[^\W_][\w/-]*[^\W_]|\w", line)}

    if not others:
        return text
    lines = text.split("\n")
    return "\n".join("" if (words := tokens(line)) & others and not words & ours else line
                     for line in lines)


def _month_end(year: int, month: int) -> date:
    """The last day of `month` of `year`."""
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def _date_order(text: str) -> tuple[bool, str | None]:
    """(month first?, the numeric date order) of a text, as its dates are read."""
    order = extract.numeric_date_order(text)
    return order == "mdy" or (order is None and extract.looks_american(text)), order


def _read_dates(text: str, source: str, terms: extract.Terms
                ) -> tuple[date | None, date | None, date | None, date | None]:
    """Issue and due date of one text, and the same read with the other day/month order.

    The order of numeric dates is the document's: a date that cannot be read one way
    (18/11/2026) decides it for all. Only when every numeric date is ambiguous does the
    currency or the date style decide (an American writer puts the month first), and then
    the other reading is kept: if the first reading is impossible (due before issue, or not
    what the stated terms give) and the other one is not, the other one is taken."""
    def read(month_first: bool, order: str | None) -> tuple[date | None, date | None]:
        issued = extract.issue_date(text, month_first, order) if source != "subject" else None
        return issued, extract.due_date(text, month_first, order)

    order = extract.numeric_date_order(text)
    if order is not None:
        return (*read(order == "mdy", order), None, None)
    us = extract.looks_american(text)
    issued, due = read(us, None)
    if not extract.has_numeric_date(text):
        return issued, due, None, None  # nothing to read the other way
    other_issued, other_due = read(not us, "dmy" if us else "mdy")
    if (other_issued, other_due) == (issued, due):
        return issued, due, None, None
    if (date_problem(issued, due, terms.days, terms.business_days)
            and other_due is not None
            and not date_problem(other_issued, other_due, terms.days, terms.business_days)):
        return other_issued, other_due, issued, due
    return issued, due, other_issued, other_due


TERMS_SLACK_DAYS = 2  # a due date this close to issue date + terms agrees with them


def date_problem(issued: date | None, due: date | None, terms: int | None,
                 business_days: bool = False) -> str:
    """Why a due date cannot be right next to the issue date and the stated terms ("" when
    it can, or when there is too little to tell)."""
    if issued is None or due is None:
        return ""
    if due < issued:
        return f"due date {due.isoformat()} is before the issue date {issued.isoformat()}"
    if terms is None:
        return ""
    expected = (extract.add_business_days(issued, terms) if business_days
                else issued + timedelta(days=terms))
    if abs((due - expected).days) > TERMS_SLACK_DAYS:
        return (f"due date {due.isoformat()} does not match the issue date "
                f"{issued.isoformat()} plus the stated {terms} "
                f"{'business ' if business_days else ''}days ({expected.isoformat()})")
    return ""


def _is_statement(text: str, numbers: list[str]) -> bool:
    """Several invoice numbers, each on a line with its own amount: a statement of
    account, not one invoice."""
    return len(numbers) >= 2 and len(_priced(text, numbers)) >= 2


def _priced(text: str, numbers: list[str]) -> tuple[tuple[str, tuple[Decimal, ...]], ...]:
    """The numbers each on a line of its own with sums, and those sums."""
    # (one line naming two invoices is a sentence about them, "61 000 less the 5 000
    # overpaid on СЧ-317": a statement gives each invoice its own line)
    # (a credit note's line names the invoice it corrects, with the credit note's sum: "Gutschrift
    # GS-7 über 480,00 EUR zur Rechnung RE-1084" prices no invoice)
    found: dict[str, set[Decimal]] = {}
    for line in text.splitlines():
        if _CREDIT_WORDS.search(line):
            continue
        hits = [n for n in numbers if n in line]
        if len(hits) == 1 and (money := extract.find_money(line)):
            found.setdefault(hits[0], set()).update(m.amount for m in money)
    return tuple((n, tuple(sorted(sums))) for n, sums in found.items())


def _subject_money(subject: str) -> extract.Money | None:
    money = extract.find_money(subject)
    return max(money, key=lambda m: m.amount) if money else None


def body_text(msg: ParsedMessage) -> str:
    if msg.text.strip():
        return msg.text
    return _html_text(msg.html)


def _html_text(markup: str) -> str:
    """The text of an HTML body or document, a line per paragraph or table row."""
    html = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    html = re.sub(r"(?i)<br\s*/?>|</(?:p|div|tr|li|h\d)>", "\n", html)
    html = re.sub(r"(?i)</t[dh]>", "  ", html)
    text = html_entities.unescape(re.sub(r"<[^>]+>", " ", html))
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


def _plain_text(payload: bytes, charset: str = "") -> str:
    """An attached plain-text document (an invoice as RE-1210.txt): read like a PDF's text,
    in its declared charset (a windows-1251 счёт.txt), else UTF-8, else windows-1252."""
    for name in (charset, "utf-8"):
        try:
            return payload.decode(name) if name else payload.decode("utf-8")
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("cp1252", errors="replace")


def _html_document(payload: bytes, charset: str = "") -> str:
    """An attached HTML document titled as an invoice ("Счёт на оплату № 17 от ...", an
    accounting system's export): its text, read like a PDF's; "" for any other HTML (a
    mail's HTML copy, a newsletter) and for a document with a head but no invoice title."""
    markup = _plain_text(payload, charset)
    title = re.search(r"(?is)<(title|h[1-3])\b[^>]*>(.*?)</\1\s*>", markup)
    if title is None or not _INVOICE_WORDS.search(_html_text(title.group(2))):
        return ""
    return _html_text(markup)


def read_sources(msg: ParsedMessage, ctx: Context) -> list[SourceFacts]:
    """Every source of the message that states something, best first."""
    found: list[SourceFacts] = []
    pdfs: list[SourceFacts] = []
    named_by_file: list[tuple[SourceFacts, str]] = []  # (a PDF numbered by its file's name)
    credits: list[SourceFacts] = []  # documents titled as credit notes
    mailed = msg.date.date() if msg.date else None
    home = (extract.home_currency(msg.sender.email)
            if msg.sender is not None and ctx.is_staff(msg.sender) else None)
    for a in msg.attachments:
        e = einvoice.read_attachment(a.filename, a.content_type, a.payload)
        if e is not None:
            found.append(from_einvoice(e))
        text = (einvoice.pdf_text(a.payload) if b"%PDF-" in a.payload[:1024]
                else _plain_text(a.payload, a.charset) if a.content_type == "text/plain"
                else _html_document(a.payload, a.charset) if a.content_type == "text/html"
                else "")
        if text.strip() and not (a.content_type == "text/plain" and _CREDIT_WORDS.search(
                text.strip().split("\n", 1)[0])):
            # (a credit note attached beside the invoice is no source of the invoice's facts)
            read = from_text(text, "pdf", ctx.facts, mailed, home)
            if read.number is None and (no := _file_number(a.filename, text)):
                read = dataclasses.replace(read, number=no)
                named_by_file.append((read, text))
            (credits if _credit_title(text) else pdfs).append(read)
    # a credit note's own document beside the invoice's ("GUTSCHRIFT" over its figures) is
    # no source of the invoice's facts; alone, it is what the mail is about
    found += pdfs or credits
    body = body_text(msg)
    subject = from_text(msg.subject, "subject", ctx.facts)
    named = next((g for g in extract.invoice_number_lists(msg.subject) if len(g) > 1), None)
    found.append(_new_number_first(from_text(body, "body", ctx.facts, mailed, home, named),
                                   subject, body, ctx))
    found.append(subject)
    stated = next((f.number for f in found[-2:] if f.number), None)
    for read, text in named_by_file:
        # "INV-0233.pdf" whose text names INV/KPP/XI/2026/0233 after words the reader took
        # for no label ("INVOICE UANG MUKA ..."), as the mail does: the mail's number
        if read in found and stated and stated != read.number and read.number and \
                stated.endswith(re.sub(r"^\D+", "", read.number)) and re.search(
                rf"(?<![\w/-]){re.escape(stated)}(?![\w/-])", text, re.IGNORECASE):
            found[found.index(read)] = dataclasses.replace(read, number=stated)
    return _settled_orders(found)


def _settled_orders(sources: list[SourceFacts]) -> list[SourceFacts]:
    """Each source whose numeric dates read both ways (a USD invoice's "Date 03/11/2026")
    read the way another source of the mail states one of them in words that read only
    one way ("Invoice date: 3 November 2026"): one document, one date; the other reading
    is kept as the other one."""
    def stated(pairs: list[tuple[date | None, str]], others: list[SourceFacts]) -> bool:
        return any(d is not None and any(
            getattr(g, name) == d and getattr(g, f"other_{name}") is None for g in others)
            for d, name in pairs)

    out = []
    for f in sources:
        others = [g for g in sources if g is not f]
        first = [(f.issue_date, "issue_date"), (f.due_date, "due_date")]
        second = [(f.other_issue_date, "issue_date"), (f.other_due_date, "due_date")]
        if (f.other_issue_date or f.other_due_date) and stated(second, others) \
                and not stated(first, others):
            f = dataclasses.replace(
                f, issue_date=f.other_issue_date or f.issue_date,
                due_date=f.other_due_date or f.due_date,
                other_issue_date=f.issue_date if f.other_issue_date else None,
                other_due_date=f.due_date if f.other_due_date else None)
        out.append(f)
    return out




def _file_number(filename: str | None, text: str) -> str | None:
    """The number of a document titled an invoice that states none of its own: the one
    number its file name holds besides dates ("Schet_1196_ot_09.12.2026.pdf", "Invoice
    SSL-24990.pdf"); None when the name holds none or several."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not filename or not _INVOICE_WORDS.search(first) or _CREDIT_WORDS.search(first):
        return None
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", filename.strip())
    # (the pieces between underscores and spaces: "Schet_1196_ot_09.12.2026" -> "1196")
    found = [t for t in re.split(r"[_\s]+", stem) if re.search(r"\d", t)
             and not extract.find_dates(t)
             and not re.fullmatch(r"(?:19|20)\d\d", t)]
    return found[0] if len(found) == 1 else None


def _credit_title(text: str) -> bool:
    """A document whose title, among its first lines, is a credit note's word alone or
    with its number ("GUTSCHRIFT", "Credit note CN-17", "Stornorechnung ST-2026-0415")."""
    head = [ln.strip(" \t:.-") for ln in text.splitlines() if ln.strip()][:6]
    return any(_CREDIT_TITLE.fullmatch(ln) for ln in head)


# a credit document's title: its word, then perhaps its mark and number
_CREDIT_TITLE = re.compile(rf"(?:{_CREDIT_WORDS.pattern})(?:\s*(?:no\.?|nr\.?|№|#)?\s*"
                           r"[:.]?\s*[^\W_][\w/-]*\d[\w/-]*)?", re.IGNORECASE)


def _new_number_first(body: SourceFacts, subject: SourceFacts, text: str,
                      ctx: Context) -> SourceFacts:
    """The body's invoice is the one its subject names when the body only recognised an
    older invoice the ledger knows ("New invoice X + statement" listing the overdue Y):
    the subject's number, new to the ledger and written in the body too, is this one."""
    if not (body.number and subject.number) or _same(body, subject, "number"):
        return body
    known = ctx.facts.known_numbers([body.number, subject.number])
    if body.number.casefold() not in known or subject.number.casefold() in known:
        return body
    if not re.search(rf"(?<![\w/-]){re.escape(subject.number)}(?![\w/-])", text):
        return body
    # (the subject's invoice priced among the body's lines too, for the reader comparing them)
    return dataclasses.replace(body, number=subject.number, priced=_priced(
        text, [subject.number, *(n for n, _ in body.priced)]))


_FIELDS = ("number", "amount", "issue_date", "due_date", "terms_days")


def _shown(f: SourceFacts, name: str) -> str:
    if name == "amount":
        return f"{f.amount} {f.currency or ''}".strip()
    value = getattr(f, name)
    return value.isoformat() if isinstance(value, date) else str(value)


def _same(a: SourceFacts, b: SourceFacts, name: str) -> bool:
    if name == "number":
        def norm(s: str | None) -> str:
            return re.sub(r"[\s#]", "", s or "").casefold()
        return norm(a.number) == norm(b.number)
    if name == "amount":
        return a.amount == b.amount and (a.currency == b.currency or None in (a.currency,
                                                                             b.currency))
    return bool(getattr(a, name) == getattr(b, name))


def merge(sources: list[SourceFacts]) -> tuple[SourceFacts, tuple[str, ...]]:
    """One set of facts: each from the best source stating it; disagreements listed."""
    if not sources:
        return SourceFacts(source="body"), ()
    best: dict[str, object] = {}
    origin: dict[str, SourceFacts] = {}
    # number and amount come first from a source that states both (a PDF brochure that
    # only mentions an invoice number must not outvote a body that states the invoice)
    complete = [f for f in sources if f.is_invoice] + [f for f in sources if not f.is_invoice]
    for name in SourceFacts.__dataclass_fields__:
        if name in ("source", "statement", "priced", "listed", "other_issue_date",
                    "other_due_date", "sums"):
            continue
        for f in (complete if name in ("number", "amount", "currency") else sources):
            value = getattr(f, name)
            if value is not None and value is not False:  # 0 days ("due on receipt") counts
                best[name] = value
                origin[name] = f
                break
    if "amount" in origin:  # amount and currency travel together
        best["currency"] = origin["amount"].currency or best.get("currency")
    if "terms_days" in origin:
        best["business_days"] = origin["terms_days"].business_days
    disagreements = []
    for name in _FIELDS:
        chosen = origin.get(name)
        if chosen is None:
            continue
        for f in sources:
            if f is chosen or getattr(f, name) is None or _same(f, chosen, name):
                continue
            disagreements.append(f"{name.replace('_', ' ')}: {chosen.source} "
                                 f"{_shown(chosen, name)}, {f.source} {_shown(f, name)}")
    main = origin.get("number") or origin.get("amount") or sources[0]
    return SourceFacts(source=main.source, **best), tuple(disagreements)  # type: ignore[arg-type]


def debtor_contacts(msg: ParsedMessage, ctx: Context) -> tuple[Address, ...]:
    """The To recipients who are neither staff nor the bot, plus Cc recipients of the
    same companies. Without configured staff, the sender's own domain counts as staff."""
    no_staff = not (ctx.staff_addresses or ctx.staff_domains)
    own = msg.sender.domain if (no_staff and msg.sender) else None

    def client(a: Address) -> bool:
        return a.email != ctx.bot_address and not ctx.is_staff(a) and a.domain != own

    to = [a for a in msg.to if client(a)]
    # same organisation: accounts payable on finance.initech.test is Initech's too
    domains = {organisational_domain(a.domain) for a in to}
    cc = [a for a in msg.cc if client(a) and organisational_domain(a.domain) in domains
          and a not in to]
    return tuple(to + cc)


# a company's legal form or name word, or its accounting department's (each language's
# words are in its lang/<code>.py)
_COMPANY_HINT = re.compile(
    rf"\b(?:{either('LEGAL_FORMS')}|{either('COMPANY_WORDS')})\b|{either('ACCOUNTS_WORDS')}",
    re.IGNORECASE,
)


def fallback_debtor_name(contact: Address) -> str:
    """The company from an address: a company-like display name, else the domain."""
    label = organisational_domain(contact.domain).split(".")[0]  # not "finance" of finance.x
    name = contact.name.strip().strip('"')
    if name and (_COMPANY_HINT.search(name) or label.lower() in name.lower()):
        return name
    return label.capitalize() if "." in contact.domain else contact.email


__all__ = ["SourceFacts", "body_text", "date_problem", "debtor_contacts",
           "fallback_debtor_name", "merge", "read_sources"]

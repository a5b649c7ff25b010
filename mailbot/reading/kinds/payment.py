"""Payment notices from a configured notifier (bank, payment provider). Pure.

A payment notice is read for what it says (amount, currency, invoice references, date,
"partial" or "in full"); whether it settles an invoice is the ledger's decision.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta
from decimal import Decimal

from mailbot.domain.values import Classification, Kind, PaymentFacts
from mailbot.reading import camt, einvoice, extract, facts, subjects
from mailbot.reading.context import Context
from mailbot.reading.invoices import MAX_TEXT, body_text
from mailbot.reading.lang import either
from mailbot.reading.language import detect as detect_language
from mailbot.reading.parse import Attachment, ParsedMessage

# each language's words are in its lang/<code>.py (see lang/__init__.py), joined here
_PAY_AMOUNT_LABELS = (either("PAYMENT_AMOUNT_LABELS"), either("PAYMENT_AMOUNT_WORDS"))
# a cross-border transfer's amount as the payer instructed it, before the credited one
# after the banks' charges on the way (as an MT103's :33B: is read before its :32A:)
_INSTRUCTED_LABELS = either("PAYMENT_INSTRUCTED_LABELS")
_PAY_NOT_AMOUNT = re.compile(either("PAYMENT_NOT_AMOUNT"), re.IGNORECASE)
# ... of them, the invoice's total or the balance left, written beside the payment's figure
_BESIDE = re.compile(either("PAYMENT_BESIDE"), re.IGNORECASE)
_PAY_DATE_LABELS = either("PAYMENT_DATE_LABELS")
_VALUE_DATE_LABELS = either("PAYMENT_VALUE_DATE_LABELS")
_REFERENCE_LINE = re.compile(rf"(?:{either('PAYMENT_REFERENCE')})\b[^\n]*", re.IGNORECASE)
_PARTIAL = re.compile(either("PAYMENT_PARTIAL"), re.IGNORECASE)
_FULL = re.compile(either("PAYMENT_FULL"), re.IGNORECASE)
_NOT_RECEIVED = re.compile(either("PAYMENT_NOT_RECEIVED"), re.IGNORECASE)
# "INV 050 NETT PPH23", "net of withholding tax": the payer kept a tax back, so the money is
# less than the invoice and may still settle it; whether it does is a person's call
_WITHHOLDING = re.compile(either("WITHHOLDING"), re.IGNORECASE)
# "RE-2026-1302 ABZGL. SICHERHEITSEINBEHALT", "LESS BANK CHARGES": the payer kept part of the
# invoice back, for a reason the bot cannot judge (a discount or a withheld tax aside)
_DEDUCTED = re.compile(either("PAYMENT_DEDUCTED"), re.IGNORECASE)
_DISCOUNT = re.compile(either("DISCOUNT_WORDS"), re.IGNORECASE)
# "LESS 2PCT", "abzgl. 2 %": a bare percentage kept back is an early-payment discount's form, read
# as the word "discount" is (the ledger grants it only when the invoice's terms allow it on
# the value date: domain.ledger.discount_taken; otherwise the payment is booked as partial)
_PERCENT_OFF = re.compile(rf"[\s.:]*\d{{1,2}}(?:[.,]\d{{1,2}})?\s*(?:%|{either('PERCENT_WORDS')})",
                          re.IGNORECASE)
_PAYER = re.compile(
    rf"(?:^|\n)\s*(?:{either('PAYER_LABELS')})\s*[:]\s*(?P<name>[^\n]{{2,80}})", re.IGNORECASE)
_DATE_WORD = re.compile(rf"(?<![^\W\d_])(?P<label>{either('DATE_WORD')})(?![^\W\d_])"
                        r"(?P<rest>[^\n]{0,50})", re.IGNORECASE)
_NOT_DATE_BEFORE = re.compile(rf"(?:{either('PAYMENT_NOT_DATE_BEFORE')})\W{{0,3}}$", re.IGNORECASE)
_NOT_DATE_AFTER = re.compile(rf"\W{{0,3}}(?:{either('PAYMENT_NOT_DATE_AFTER')})", re.IGNORECASE)


# a tax id's label (each language's in its lang/<code>.py; "INN", the Russian one
# transliterated, and IBAN are written so in every language)
_TAX_ID = re.compile(rf",?\s+(?:{either('TAX_ID_WORDS')}|INN|IBAN)\b", re.IGNORECASE)


def _payer_name(value: str) -> str:
    # "ООО «Пример», ИНН 7701234567": the name, not the tax id
    return _TAX_ID.split(value.strip(), maxsplit=1)[0]


def _payment_amount(text: str) -> extract.Money | None:
    lines = text.splitlines()
    for k, labels in enumerate((_INSTRUCTED_LABELS, *_PAY_AMOUNT_LABELS)):
        pattern = re.compile(labels, re.IGNORECASE)
        for i, line in enumerate(lines):
            label = pattern.search(line)
            if not label:
                continue
            # (a word that is no payment's before the label's end, or overlapping it:
            # "К зачислению" holds the label "зачислен")
            first = _PAY_NOT_AMOUNT.search(line)
            aside = first if first and first.start() >= label.end() else None
            if (first and first.start() < label.end()) or (aside and (
                    k == 2 or not _BESIDE.match(line, aside.start())
                    or not extract.find_money(line[:aside.start()]))):
                continue
            if aside:
                # "a payment of EUR 600.00 towards X (invoice total EUR 1,230.50)": a
                # payment's own label, its figure, then the invoice's total or the balance
                # beside it: the figure before them is the payment
                line = line[:aside.start()]
            # "Сумма: 184 560-00 RUB": roubles and kopecks written with a dash
            money = extract.find_money(_DASH_KOPECKS.sub(r"\1,\2", line))
            if not money:
                nxt = next((x for x in lines[i + 1:i + 3] if x.strip()), "")
                money = extract.find_money(nxt) if len(nxt.strip()) <= 30 else []
            if money:
                return money[0]
    money = [m for m in extract.find_money(text) if not _PAY_NOT_AMOUNT.search(m.line)]
    return money[0] if money else None


_TAX_CREDIT = re.compile(either("PAYMENT_TAX_CREDIT"), re.IGNORECASE)
# a credit list's amount column named with its currency ("Amount GBP", "Betrag (EUR)")
_COLUMN_CURRENCY = re.compile(rf"(?:{_PAY_AMOUNT_LABELS[1]})\W{{0,3}}"
                              rf"(?P<c>{extract.CURRENCY_CODES})\b", re.IGNORECASE)
# ... and a row's bare amount at its end ("... SKERRYMORE DEPOSIT      18,900.00")
_ROW_AMOUNT = re.compile(r"(?<![\w.,])(\d{1,3}(?:[,.'\u00a0 ]\d{3})*[.,]\d{2})\s*$")


def _listed_credit(text: str) -> extract.Money | None:
    """The one client credit of a bank's credit list whose header names the amount
    column's currency ("Value date  Remitter  Reference  Amount GBP"): of the rows below
    it, each ending with its bare amount, a tax office's refund ("HMRC VAT REPAYMENT") is no
    client's payment; exactly one row left is the credit (else None: a person splits)."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        head = _COLUMN_CURRENCY.search(line)
        code = extract.currency_code(head["c"]) if head else None
        if code is None or extract.find_money(line):
            continue  # (a column's header states no sum: "invoice total EUR 1,230.50" does)
        rows: list[tuple[str, Decimal]] = []
        for row in lines[i + 1:]:
            found = _ROW_AMOUNT.search(row)
            amount = extract.parse_number(found.group(1)) if found else None
            if amount is None or re.search(_PAY_AMOUNT_LABELS[1], row, re.IGNORECASE):
                break  # the list ends (a blank line, a total)
            rows.append((row, amount))
        credits = [(row, a) for row, a in rows if not _TAX_CREDIT.search(row)]
        if len(credits) == 1:
            return extract.Money(credits[0][1].quantize(Decimal("0.01")), code,
                                 credits[0][0].strip().lower())
    return None


def _same_number(a: str, b: str) -> bool:
    # "KV-26-0329" in a foreign bank's Latin letters is КВ-26-0329
    x, y = a.casefold(), b.casefold()
    return x == y or y in facts.cyrillic_forms(x) or x in facts.cyrillic_forms(y)


def _payment_references(text: str, ctx: Context) -> tuple[tuple[str, ...], dict[str, list[str]]]:
    """Every invoice the notice refers to: the known ones first, then the numbers labelled
    as invoice numbers, then the invoice-like tokens of the reference lines; with, for each
    known invoice found written otherwise ("RE260880", "сч. № 563"), how it is written.
    A number the ledger does not know is never dropped: part of the money may be for it,
    and such a payment goes to a person."""
    found = ctx.facts.numbers_in(text)
    written: dict[str, list[str]] = {}
    for token, number in _written_otherwise(text, ctx):
        if number not in found:
            found.append(number)
        written.setdefault(number, []).append(token)

    def seen(token: str) -> bool:
        return any(_same_number(token, f) or token.casefold() in f.casefold()
                   or token in written.get(f, ()) for f in found)

    for n in extract.invoice_numbers(text):
        if not seen(n) and not _part_of_written(n, written):
            found.append(n)
    # the shapes of invoice numbers ("a-9-9", "a/9/9/9"): once something is found, only
    # tokens shaped like an invoice number join it ("RE-2026-1001 RE-2026-1050 KD-NR 40088")
    shapes = facts.shapes(found) | ctx.facts.number_shapes()
    narrow = bool(found)
    for m in _REFERENCE_LINE.finditer(text):
        for token in extract.reference_tokens(m.group(0)):
            if narrow and extract.invoice_shape(token) not in shapes:
                continue
            if not seen(token) and not _part_of_written(token, written):
                found.append(token)
    if not found and (abbreviated := _abbreviated_reference(text, ctx)):
        found.append(abbreviated)
    if narrow:
        # a table of the notice ("INV/KW/2026/X/031   Rp4.200.000"): a number shaped like
        # the company's on a line with an amount is one of the paid invoices, known or not
        for token in _priced_lookalikes(text, shapes):
            if not seen(token) and not _part_of_written(token, written):
                found.append(token)
    # (an IBAN after "счёт", the account's word too, is an account: never an invoice)
    return tuple(n for n in found if not extract.is_iban(n)), written


def _part_of_written(token: str, written: dict[str, list[str]]) -> bool:
    return any(token in w or w in token for forms in written.values() for w in forms)


# the lines where a payer writes which invoice they pay: a reference line, or one naming
# an invoice ("Rg.-Nr. 26/0883 Datenlogger")
_INVOICE_WORD = re.compile(
    rf"(?<![^\W\d_])(?:{either('INVOICE_ABBREVIATIONS')}|{either('INVOICE_WORDS')})"
    r"(?![^\W\d_])", re.IGNORECASE)
# a piece of a reference that may be an invoice number written down otherwise
_WRITTEN_TOKEN = re.compile(r"(?<![\w.,/-])[\w.,/-]*\d[\w.,/-]*")
# ... and what it never is: an amount ("9401,00", "1200000-00")
_AMOUNT_TOKEN = re.compile(r"\d[\d.,]*[.,-]\d{2}")
# ... nor a group of an amount written with spaces for thousands ("412 000,00", "259 000-00")
_SPACED_AMOUNT = re.compile(r"(?<![\w.,/-])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,-]\d{2})?"
                            r"(?![\w/-]|[.,]\d)")
MIN_SERIAL = 3  # the digits that tell invoices apart: a group of at least three


def _written_otherwise(text: str, ctx: Context) -> list[tuple[str, str]]:
    """The known invoices a payer wrote down otherwise than the ledger, as (as written,
    as known): without separators ("RE260880" for RE26-0880), its letters left out or
    shortened ("INV.10454", "сч. № 563" for СЧ-0563/26, "0229" for INV/QMI/XI/2026/0229),
    several in one ("10457/10420"). Each stands for exactly one known invoice, else for
    none (a person reads it)."""
    out: list[tuple[str, str]] = []
    lines = [m.group(0) for m in _REFERENCE_LINE.finditer(text)]
    lines += [line for line in text.splitlines() if _INVOICE_WORD.search(line)]
    for line in lines:
        line = extract.without_dates(line)
        # "KPP-26-0392/0404": a second invoice written by its serial only
        out += [t for t in _serial_tails(line, ctx) if t not in out]
        spaced = [m.span() for m in _SPACED_AMOUNT.finditer(line)]
        for m in _WRITTEN_TOKEN.finditer(line):
            token = m.group(0).strip(".,/-")
            if _AMOUNT_TOKEN.fullmatch(token):
                continue
            if ctx.facts.numbers_in(token):
                continue
            if any(a <= m.start() < b for a, b in spaced):
                continue  # "(412 000,00)": a group of an amount, not "…-0412" written short
            pieces = [token]
            if (number := _stands_for(token, ctx)) is None:
                # "10457/10420", "0229+0188": several invoices in one
                pieces = [p for p in re.split(r"[/+]", token) if p]
            for piece in pieces:
                number = _stands_for(piece, ctx)
                if number and (piece, number) not in out:
                    out.append((piece, number))
    return out


def _serial_tails(line: str, ctx: Context) -> list[tuple[str, str]]:
    """The known invoices written after a known one by their last digit group only, as
    (as written, as known): "KPP-26-0392/0404" is KPP-26-0392 and KPP-26-0404, when the
    ledger knows the number the first one's prefix and the serial make."""
    out: list[tuple[str, str]] = []
    folded = line.casefold()
    for number in ctx.facts.numbers_in(line):
        at = folded.find(number.casefold())
        tail = _TAIL.match(line, at + len(number)) if at >= 0 else None
        if tail is None:
            continue
        last = list(re.finditer(r"\d+", number))[-1]
        for serial in re.findall(r"\d+", tail.group(0)):
            whole = number[:last.start()] + serial + number[last.end():]
            known = ctx.facts.known_numbers([whole]).get(whole.casefold())
            if known and known != number and (serial, known) not in out:
                out.append((serial, known))
    return out


# ... the serials after it ("/0404", " + 0405"), each a whole token
_TAIL = re.compile(r"(?:\s?[/+&]\s?\d{3,}(?![\w.,/-]|[.,]\d))+")


def _groups(number: str) -> list[str]:
    return [g.lstrip("0") or "0" for g in re.findall(r"\d+", number)]


def _serials(number: str) -> list[int]:
    """Which digit groups of a known number may be its serial: three or more digits as
    written, a year ("0087/KMN-INV/XI/2026") only when no other group is."""
    raw = re.findall(r"\d+", number)
    long = [i for i, g in enumerate(raw) if len(g) >= MIN_SERIAL]
    return [i for i in long if not _YEAR.fullmatch(raw[i])] or long


_YEAR = re.compile(r"(?:19|20)\d\d")


def _last_long(number: str) -> int:
    """The last digit group of three or more digits (the serial but for a year)."""
    return max(i for i, g in enumerate(re.findall(r"\d+", number)) if len(g) >= MIN_SERIAL)


def _letters(number: str) -> str:
    return "".join(c for c in number.casefold() if c.isalpha())


_ABBREVIATION = re.compile(rf"(?:{either('INVOICE_ABBREVIATIONS')}|{either('INVOICE_WORDS')})",
                           re.IGNORECASE)


def _stands_for(token: str, ctx: Context) -> str | None:
    """The one known invoice `token` is written for: its digit groups (leading zeros
    aside) are a run of the invoice's that holds the invoice's serial (its last group of
    three or more digits), or its digits are the invoice's run together; its letters, if
    any, are the invoice's or an invoice word."""
    mine = _groups(token)
    # the serial is looked up: of groups as long, not a year ("2026-1187": 1187, which
    # few invoices hold, where "2026" is in every invoice of the year), else the last
    raw = re.findall(r"\d+", token)
    longest = max(reversed(raw), key=lambda g: (len(g), not _YEAR.fullmatch(g)),
                  default="").lstrip("0")
    # "0087" is a serial of four digits as written ("0087/KMN-INV/XI/2026")
    if max((len(g) for g in re.findall(r"\d+", token)), default=0) < MIN_SERIAL:
        return None
    letters = _letters(token)
    digits = "".join(re.findall(r"\d+", token))
    hits = []
    # looked up by the whole group, else by its last digits ("260880" of RE26-0880)
    candidates = (ctx.facts.numbers_containing(longest)
                  or ctx.facts.numbers_containing(longest[-MIN_SERIAL:]))
    if len(candidates) >= facts.CONTAINING_LIMIT:
        return None  # too many alike to tell which
    for number in candidates:
        theirs = _groups(number)
        serials = _serials(number)
        if not serials:
            continue
        serial = serials[-1]
        run = any(theirs[i:i + len(mine)] == mine and i <= serial < i + len(mine)
                  for i in range(len(theirs) - len(mine) + 1))
        joined = digits == "".join(re.findall(r"\d+", number))
        if run and serial != _last_long(number) and re.findall(r"\d+", number)[serial] not in \
                re.findall(r"\d+", token):
            # a serial before the year ("0104/KMN-INV/XI/2026") is written as it stands
            # ("0104"): a bare "104" may be a piece of an amount ("104 400,00")
            run = False
        if not (run or joined):
            continue
        if letters and letters != _letters(number) and not _ABBREVIATION.fullmatch(letters):
            continue
        hits.append(number)
    return hits[0] if len(hits) == 1 else None


# "TORVALD INV 0430", "Rg. 1202": an invoice word shortened, then the number's last group
_ABBREVIATED = re.compile(
    rf"(?<![^\W\d_])(?:{either('INVOICE_ABBREVIATIONS')}|{either('INVOICE_WORDS')})\.?\s*"
    r"(?:no\.?|nr\.?|#|№)?\s*(?P<digits>\d{3,})(?![\w/-])", re.IGNORECASE)


def _abbreviated_reference(text: str, ctx: Context) -> str | None:
    """The one known invoice whose number ends with the digits a reference line gives
    after a shortened invoice word ("INV 0430" for KW-2026-0430); None when no line
    does, or when several invoices end so (a person picks)."""
    for line in _REFERENCE_LINE.finditer(text):
        for m in _ABBREVIATED.finditer(line.group(0)):
            matches = ctx.facts.numbers_ending(m.group("digits"))
            if len(matches) == 1:
                return matches[0]
    return None


def _priced_lookalikes(text: str, shapes: frozenset[str]) -> list[str]:
    """Whole tokens shaped like the company's invoice numbers on lines with an amount."""
    out: list[str] = []
    for line in text.splitlines():
        if not extract.find_money(line) or _PAY_NOT_AMOUNT.search(line):
            continue
        taken_until = -1
        # the longest span at each place: "INV/KW/2026/X/031", not its tail "2026/X/031"
        for a, b, piece in sorted(facts.candidates(line), key=lambda c: (c[0], c[0] - c[1])):
            if a < taken_until or piece != line[a:b] or " " in piece:
                continue  # written as it stands, not a spaced run read with separators
            if extract.invoice_shape(piece) in shapes and re.search(r"[^\W\d_]", piece):
                taken_until = b
                if piece not in out:
                    out.append(piece)
    return out


# "122 000-00": roubles and kopecks written with a dash (Russian payment purposes)
_DASH_KOPECKS = re.compile(r"(?<![\w-])(\d{1,3}(?:[ \u00a0]\d{3})*|\d+)-(\d{2})(?![\w-])")
# a bare amount after an invoice number: with its cents or its thousands separators, so
# a customer number ("Kd-Nr 4471") or a year is never one
_BARE_AMOUNT = re.compile(r"(?<![\w.,/-])(\d{1,3}(?:[ \u00a0.,']\d{3})+(?:[.,]\d{1,2})?|"
                          r"\d+[.,]\d{2})(?![\w/]|[.,]\d)")


# "..., в т.ч. НДС 15100-00", "incl. VAT 19.00": the tax in the payment, no invoice's share
_TAX_ASIDE = re.compile(rf"(?:{either('VAT_ASIDE')}|\b(?:incl\.?|inkl\.?|including)\s+"
                        rf"(?:vat|mwst|ust|ppn|tax))", re.IGNORECASE)


# "USD18400": a currency code run into its figure, as remitters squeeze a reference line
_CODE_RUN_IN = re.compile(rf"(?<![^\W\d_])({extract.CURRENCY_CODES})(?=\d)")


def _amounts_in(segment: str) -> list[Decimal]:
    """The amounts of a piece of a reference line: with a currency (its code maybe run
    into the figure: "INV-1 USD18400 INV-2 USD9850"), else bare ones."""
    aside = _TAX_ASIDE.search(segment)
    segment = segment[:aside.start()] if aside else segment
    segment = _CODE_RUN_IN.sub(r"\1 ", segment)
    segment = _DASH_KOPECKS.sub(r"\1,\2", extract.without_dates(segment))
    money = [m.amount for m in extract.find_money(segment)]
    if money:
        return money
    found = (extract.parse_number(m.group(1)) for m in _BARE_AMOUNT.finditer(segment))
    return [a.quantize(Decimal("0.01")) for a in found if a is not None and a > 0]


def _spot(line: str, number: str, forms: list[str]) -> int:
    """Where on `line` an invoice stands, as the ledger writes it or as the payer wrote
    it (a whole token: "0229" is not the tail of "20260229") (-1: nowhere)."""
    folded = line.casefold()
    found = [folded.find(number.casefold())]
    found += [m.start() for f in forms for m in [re.search(
        rf"(?<![\w-]){re.escape(f.casefold())}(?![\w-])", folded)] if m]
    return min((a for a in found if a >= 0), default=-1)


def _priced(text: str, numbers: tuple[str, ...],
            written: dict[str, list[str]] | None = None) -> dict[str, list[Decimal]]:
    """For each invoice the notice names, the amounts written right after it, up to the
    next invoice number on its line ("RE-1 2.200,00 / RE-2 1.190,00", "INV-1 1150.00")."""
    out: dict[str, list[Decimal]] = {}
    written = written or {}
    for line in text.splitlines():
        if _PAY_NOT_AMOUNT.search(line):
            continue
        where = {n: _spot(line, n, written.get(n, [])) for n in numbers}
        spots = sorted((a, n) for n, a in where.items() if a >= 0)
        for k, (at, number) in enumerate(spots):
            stop = spots[k + 1][0] if k + 1 < len(spots) else len(line)
            start = line[at:].casefold()
            form = max((f for f in [number, *written.get(number, [])]
                        if start.startswith(f.casefold())), key=len, default=number)
            amounts = _amounts_in(line[at + len(form):stop])
            if amounts:
                out.setdefault(number, []).extend(amounts)
    return out


def _allocations(text: str, numbers: tuple[str, ...],
                 written: dict[str, list[str]] | None = None) -> tuple[tuple[str, Decimal], ...]:
    """The notice's own split of the money: every invoice it names with exactly one
    amount of its own (else none: a partial split is for a person)."""
    priced = _priced(text, numbers, written)
    if len(numbers) < 2 or any(len(priced.get(n, [])) != 1 for n in numbers):
        return ()
    return tuple((n, priced[n][0]) for n in numbers)


def _allocation_problem(text: str, numbers: tuple[str, ...], amount: Decimal | None,
                        ctx: Context, written: dict[str, list[str]] | None = None) -> str:
    """Why the notice's split of the money over its invoices cannot be matched to the
    invoices the ledger knows ("" when it can, or when the notice states no split)."""
    if len(numbers) < 2:
        return ""
    if not _priced(text, numbers, written):
        return ""  # one amount for several invoices: the ledger splits it (or a person)
    allocations = _allocations(text, numbers, written)
    if not allocations:
        return ("the notice splits the money over invoices " + ", ".join(numbers)
                + " but not every invoice has its own amount; the split needs a person")
    known = ctx.facts.known_numbers(n for n, _ in allocations)
    if ctx.facts.knows_any_invoice():
        unknown = [n for n, _ in allocations if n.casefold() not in known]
        if unknown:
            return ("the notice allocates money to invoice(s) the ledger does not know: "
                    + ", ".join(f"{n} {a}" for n, a in allocations if n in unknown))
    total = sum((a for _, a in allocations), Decimal(0))
    if amount is not None and total != amount:
        return (f"the amounts per invoice ({total}) do not add up to the payment "
                f"({amount})")
    return ""


def _paid_on(text: str, notified: date | None = None) -> date | None:
    """The day paid; when every numeric date of the notice reads both ways ("03/12/2026"
    in a USD notice of an Indonesian bank), the reading on or before the notice's own day
    (`notified`), the nearer one if both are: money is not paid months after its notice."""
    order = extract.numeric_date_order(text)
    us = order == "mdy" or (order is None and extract.looks_american(text))
    first = _stated_paid_on(text, us, order)
    if order is not None or notified is None or first is None:
        return first
    other = _stated_paid_on(text, not us, "dmy" if us else "mdy")
    if other is None or other == first or other > notified + timedelta(days=1):
        return first
    if first > notified + timedelta(days=1) or abs(notified - other) < abs(notified - first):
        return other
    return first


def _stated_paid_on(text: str, month_first: bool, order: str | None) -> date | None:
    # a US bank writes the month first ("Value date: 12/01/2026"), as invoices do
    # the value date, when the notice gives one, is the day paid ("Buchungstag 13.11. /
    # Wertstellung 12.11.": paid on the 12th, within a discount's last day)
    found = (extract.labelled_date(text, _VALUE_DATE_LABELS, month_first, order)
             or extract.labelled_date(text, _PAY_DATE_LABELS, month_first, order))
    if found:
        return found
    for m in _DATE_WORD.finditer(text):
        before = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if _NOT_DATE_BEFORE.search(before):
            continue
        if _NOT_DATE_AFTER.match(m.group("rest")):
            continue
        d = extract.parse_date(m.group("rest"), month_first, order)
        if d:
            return d
    return None


def _deduction(text: str) -> str:
    """What the payer says it kept back on its reference line ("ABZGL.", "less"), or ""."""
    for m in _REFERENCE_LINE.finditer(text):
        line = m.group(0)
        if _DISCOUNT.search(line) or _WITHHOLDING.search(line):
            continue
        found = _DEDUCTED.search(line)
        off = _PERCENT_OFF.match(line, found.end()) if found else None
        if off and not re.search(r"[^\W\d_]", line[off.end():]):
            continue  # a bare percentage, named nothing else ("5 % Einbehalt" is a retention)
        if found:
            return line[found.start():].strip()[:60]
    return ""


def _plain_attachment(attachment: Attachment) -> str:
    """A plain-text attachment's words (a bank's MT103 details, "Details attached"): only
    one in UTF-8 (or ASCII), whose charset is certain."""
    if attachment.content_type != "text/plain" or camt.is_camt054(attachment.payload):
        return ""  # (a camt.054 file is read as its entries)
    try:
        return attachment.payload[:MAX_TEXT].decode("utf-8")
    except UnicodeDecodeError:
        return ""


# an MT103's settled amount (:32A: date, currency, amount) and the amount the payer
# instructed (:33B:); "11505,00" after "261125GBP"
_MT103_SETTLED = re.compile(r"^:32A:\d{6}([A-Z]{3})(\d[\d,]*)", re.MULTILINE)
_MT103_INSTRUCTED = re.compile(r"^:33B:([A-Z]{3})(\d[\d,]*)", re.MULTILINE)
_MT103_VALUE_DATE = re.compile(r"^:32A:(\d\d)(\d\d)(\d\d)[A-Z]{3}", re.MULTILINE)


def _mt103_number(figure: str) -> Decimal | None:
    # SWIFT writes the decimal comma and no thousands separator ("2985,00", "3000,")
    try:
        return Decimal(figure.replace(",", ".").rstrip(".")).quantize(Decimal("0.01"))
    except ArithmeticError:
        return None


def _mt103_amount(text: str) -> extract.Money | None:
    """The amount of an MT103 whose notice states none in its own words: the amount the
    payer instructed (:33B:) when given, what the payer sent against the invoice (the
    charges taken on the way make it short: _charges_taken), else the settled one (:32A:)."""
    for field in (_MT103_INSTRUCTED, _MT103_SETTLED):
        m = field.search(text)
        amount = _mt103_number(m.group(2)) if m else None
        code = extract.currency_code(m.group(1)) if m else None
        if m and amount and code:
            return extract.Money(amount, code, m.group(0).lower())
    return None


def _mt103_value_date(text: str) -> date | None:
    """An MT103's value date (:32A:, YYMMDD): the day the money was paid."""
    m = _MT103_VALUE_DATE.search(text)
    if m is None:
        return None
    try:
        return date(2000 + int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _charges_taken(text: str) -> bool:
    """An MT103 whose settled amount is less than the instructed one in the same
    currency: banks on the way took their charges, so the invoice is short-paid."""
    settled, instructed = _MT103_SETTLED.search(text), _MT103_INSTRUCTED.search(text)
    if settled is None or instructed is None or settled.group(1) != instructed.group(1):
        return False
    try:
        return (Decimal(settled.group(2).replace(",", ".").rstrip("."))
                < Decimal(instructed.group(2).replace(",", ".").rstrip(".")))
    except ArithmeticError:
        return False


_CHARGES_LABEL = re.compile(either("PAYMENT_CHARGES_LABELS"), re.IGNORECASE)


def _credited_short(text: str) -> tuple[extract.Money, extract.Money] | None:
    """A transfer notice stating in its words both the amount the payer instructed and a
    smaller one credited in the same currency ("Instructed Amount: USD 4,860.00 / Credited
    Amount: USD 4,835.00", the largest other sum under an amount's label) and the
    charges it says were taken off ("Charges Deducted: USD 25.00"): the payment arrived
    short, as an MT103 whose :32A: is below its :33B: says (_charges_taken). (instructed,
    credited), else None (charges merely listed beside the two sums: the instructed
    amount is the payment)."""
    instructed: extract.Money | None = None
    credited: list[extract.Money] = []
    pattern = re.compile(_INSTRUCTED_LABELS, re.IGNORECASE)
    paid = re.compile("|".join(_PAY_AMOUNT_LABELS), re.IGNORECASE)
    for line in text.splitlines():
        money = extract.find_money(line)
        if not money:
            continue
        if pattern.search(line):
            instructed = instructed or money[0]
        elif paid.search(line) and not _PAY_NOT_AMOUNT.search(line):
            credited.append(money[0])
    if instructed is None or not any(
            _CHARGES_LABEL.search(line) and _DEDUCTED.search(line) and extract.find_money(line)
            for line in text.splitlines()):
        return None  # (no charges said to be taken off: the instructed amount is booked)
    # (the largest: a line of the charges' own amount is no credit)
    same = [m for m in credited if m.currency == instructed.currency]
    most = max(same, key=lambda m: m.amount) if same else None
    return (instructed, most) if most is not None and most.amount < instructed.amount else None


# a cross-border transfer whose charges are shared or the payee's, in a bank's words
# ("Charges : SHA", "Biaya : BEN"): the banks on the way may take theirs from the money sent
# (an MT103's own fields say what was instructed: :33B:, read by _charges_taken)
_CHARGES_SHARED = re.compile(
    rf"^\s*(?:{either('PAYMENT_CHARGES_LABELS')})[^\n:]{{0,20}}:\s*(?:SHA|BEN)\s*$",
    re.IGNORECASE | re.MULTILINE)


def _charges_shared(text: str) -> bool:
    """A cross-border transfer on shared or payee's charges whose notice states only the
    amount credited, not what the payer sent: the credit may be short of the invoice by
    the banks' charges (a stated instructed amount is read as the payment instead)."""
    if not _CHARGES_SHARED.search(text) or _MT103_SETTLED.search(text):
        return False
    return not any(re.search(_INSTRUCTED_LABELS, line, re.IGNORECASE)
                   and extract.find_money(line) for line in text.splitlines())


def _charges_cut_credit(text: str) -> bool:
    """A notice stating only the amount credited, with a line of charges it says the banks
    took off ("Charges: EUR 30.00 deducted by correspondent bank", "Biaya: USD 15.00
    dipotong bank perantara"): the credit is short of what the payer sent by them, and
    whether it settles the invoice needs a person (with the instructed amount stated as
    well, _credited_short reads the two)."""
    if any(re.search(_INSTRUCTED_LABELS, line, re.IGNORECASE) and extract.find_money(line)
           for line in text.splitlines()):
        return False
    return any(_CHARGES_LABEL.match(line.strip()) and _DEDUCTED.search(line)
               and _BANK_ON_THE_WAY.search(line) and extract.find_money(line)
               for line in text.splitlines())


# (a payment provider's own fee kept from its payout, "Biaya layanan: IDR 4.440 (dipotong
# saat penarikan dana)", is no bank's on the way: the payer's money arrived whole)
_BANK_ON_THE_WAY = re.compile(either("PAYMENT_BANK_ON_THE_WAY"), re.IGNORECASE)


# a share of the invoice in the payer's reference ("INV-0219 50PCT", "RE-1201 30%"): a part
_SHARE = re.compile(r"(?<![\d.,])[1-9]\d?\s?(?:%|pct\b|per\s?cent\b|persen\b|проц\w*)",
                    re.IGNORECASE)
_TAX_RATE = re.compile(either("SALES_TAX"), re.IGNORECASE)
_DISCOUNT = re.compile(either("DISCOUNT_WORDS"), re.IGNORECASE)


# the part of a payment split in parts named in the payer's reference ("INV-7 deel 1/2",
# "part 1 of 3", "Teil 1 von 2"; Dutch and French words inline, no file of their own)
_PART_OF = re.compile(
    rf"(?<![^\W\d_])(?:{either('PAYMENT_PART_WORDS')}|deel|partie)\s*(?:no\.?\s*|nr\.?\s*|№\s*)?"
    r"(?P<k>\d{1,2})\s*(?:/|of|von|van|dari|из|sur)\s*(?P<n>\d{1,2})(?!\d)",
    re.IGNORECASE)


# ... and a part word alone ("MLU10320 PART", "RE-26-1 TEILZAHLUNG"): not a part's count
_PART_WORD = re.compile(rf"(?<![^\W\d_])(?:{either('PAYMENT_PART_REFERENCE')})(?![^\W\d_])"
                        r"(?!\s*(?:no\.?|nr\.?|№)?\s*\d)", re.IGNORECASE)


def _part_word_referenced(text: str) -> bool:
    """The payer's reference calls the money a part ("MLU10320 PART"): a part payment."""
    return any(_PART_WORD.search(m.group(0)) for m in _REFERENCE_LINE.finditer(text))


def _part_of_referenced(text: str) -> bool:
    """The payer's reference names a part of a payment split in parts, not its last one
    ("deel 1/2"): a part payment (the last part, "deel 2/2", completes the invoice)."""
    return any(int(m.group("k")) < int(m.group("n"))
               for line in (r.group(0) for r in _REFERENCE_LINE.finditer(text))
               for m in _PART_OF.finditer(line))


def _share_referenced(text: str) -> bool:
    """The payer's reference names a share of the invoice (a percentage that is no tax
    rate): a part payment."""
    # (a withheld tax's rate, "NETT PPH23 2%", is no share: the reader of withheld taxes
    # decides those)
    # (nor a discount taken or something kept back, "LESS 2PCT", "abzgl. 2 % Skonto": the
    # readers of deductions decide those)
    return any(_SHARE.search(line) and not (
        _TAX_RATE.search(line) or _WITHHOLDING.search(line) or _DEDUCTED.search(line)
        or _DISCOUNT.search(line)) for line in (m.group(0) for m in _REFERENCE_LINE.finditer(text)))


def payment(msg: ParsedMessage, ctx: Context, auth: bool | None) -> Classification:
    body = body_text(msg)[:MAX_TEXT]
    attached = "\n".join([*(einvoice.pdf_text(a.payload) for a in msg.attachments
                            if b"%PDF-" in a.payload[:1024]),
                          *(_plain_attachment(a) for a in msg.attachments)])
    # a camt.054 file: its credit entries as a text notice's lines, first, as the notice
    entries = [c for a in msg.attachments for c in (camt.credits(a.payload) or [])]
    booked = "\n\n".join(c.as_text() for c in entries)
    text = f"{msg.subject}\n{booked}\n{body}\n{attached}" if booked else \
        f"{msg.subject}\n{body}\n{attached}"
    money = _payment_amount(text) or _listed_credit(text) or _mt103_amount(text)
    numbers, written = _payment_references(text, ctx)
    trusted = auth is True or not ctx.require_authentication
    deducted = _deduction(text)
    shared = _charges_shared(text) or _charges_cut_credit(text)
    short = _credited_short(text)
    stated = ("partial" if _PARTIAL.search(text) or _charges_taken(text) or deducted
              or shared or short or _share_referenced(text) or _part_of_referenced(text)
              or _part_word_referenced(text)
              else "full" if _FULL.search(text)
              else None)
    payer = _PAYER.search(body)
    reason = ""
    if not trusted:
        # not what it claims: kept as `other` with what it says, for a person, never applied
        sender = msg.sender.email if msg.sender else "?"
        reason = (f"looks like a payment notice from {sender} but "
                  + ("failed sender authentication" if auth is False else
                     "has no sender authentication by our receiving server"))
    elif _NOT_RECEIVED.search(f"{msg.subject}\n{body}"):
        reason = "notifier mail about a refund, reversal or failed payment, not money received"
    elif len(entries) > 1:
        reason = (f"{len(entries)} credits in one camt.054 notice: each needs its own "
                  "booking by a person")
    elif not numbers:
        reason = "payment without an invoice reference"
    elif money is None:
        reason = "payment without an amount"
    elif withheld := _WITHHOLDING.search(text):
        reason = (f"paid net of a withheld tax (\"{withheld.group(0).strip()}\"): whether "
                  "it settles the invoice in full needs a person")
    elif deducted:
        reason = (f"the payer kept part of the invoice back (\"{deducted}\"): whether that "
                  "was agreed needs a person")
    elif shared:
        reason = ("a transfer on shared or payee's charges (SHA/BEN), or with charges said to "
                  "be deducted, stating only the amount credited: the banks' charges may have "
                  "made it short of the invoice; whether it settles the invoice needs a person")
    elif short:
        reason = (f"the bank credited {short[1].amount:,.2f} {short[1].currency} of the "
                  f"{short[0].amount:,.2f} the payer instructed: charges were taken on the "
                  "way; whether the rest is still owed or written off needs a person")
    elif len(numbers) > 1 and stated == "partial" and not _priced(text, numbers, written):
        reason = ("a part payment of invoices " + ", ".join(numbers) + " without a split: "
                  "which invoice the money goes to needs a person")
    else:
        reason = _allocation_problem(text, numbers, money.amount, ctx, written)
    return Classification(
        kind=Kind.PAYMENT_CONFIRMATION if trusted else Kind.OTHER,
        confidence=0.95 if not reason else 0.5,
        needs_human=bool(reason), reason=reason, authenticated=auth,
        payment=PaymentFacts(
            amount=money.amount if money else None,
            currency=money.currency if money else None,
            invoice_numbers=numbers,
            paid_on=_mt103_value_date(text)
            or _paid_on(text, msg.date.date() if msg.date else None)
            or (msg.date.date() if msg.date else None),
            stated=stated, payer=_payer_name(payer.group("name")) if payer else None,
            allocations=_allocations(text, numbers, written),
        ),
        invoice_numbers=numbers,
        language=detect_language(f"{msg.subject}\n{body}"[:20_000]),
    )


def read_mail(msg: ParsedMessage, ctx: Context, auth: bool | None) -> Classification | None:
    """The registry's entry (mailbot.reading.classify)."""
    return payment(msg, ctx, auth)


# "Nominal : Rp 22.200.000,00", "Amount: USD 18,500.00": a field of a bank's form
_AMOUNT_FIELD = re.compile(
    rf"^\s*(?:{_PAY_AMOUNT_LABELS[0]}|{_PAY_AMOUNT_LABELS[1]})[^\n:]{{0,20}}:[^\n]*\d",
    re.IGNORECASE | re.MULTILINE)
_REFERENCE_FIELD = re.compile(rf"^\s*(?:{either('PAYMENT_REFERENCE')})\b[^\n:]{{0,30}}:\s*\S",
                              re.IGNORECASE | re.MULTILINE)


_CONVERSATION = subjects.prefix(replies=True, forwards=True)
# a quoted or forwarded part: "> " lines, a "-------- Forwarded message --------" rule
_QUOTED = re.compile(r"^\s*(?:>|-{5,}|_{5,})", re.MULTILINE)


def read_lookalike(msg: ParsedMessage, ctx: Context,
                   auth: bool | None) -> Classification | None:
    """A mail laid out as a bank's payment notice (an amount field and a reference field)
    from an address that is no configured notifier: a look-alike, not a payment. It is
    `other`, kept with what it claims for a person, never booked. (A known client's own
    remittance advice is the client's reply, and is read as such.)"""
    body = body_text(msg)[:MAX_TEXT]
    if msg.in_reply_to or _CONVERSATION.match(msg.subject) or _QUOTED.search(body):
        return None  # somebody forwarding or answering: their words, read as a reply
    if not (_AMOUNT_FIELD.search(body) and _REFERENCE_FIELD.search(body)):
        return None
    read = payment(msg, ctx, auth)
    if read.payment is None or read.payment.amount is None or not read.invoice_numbers:
        return None
    sender = msg.sender.email if msg.sender else "?"
    return dataclasses.replace(
        read, kind=Kind.OTHER, confidence=0.5, needs_human=True,
        reason=f"looks like a payment notice from {sender}, which is not a configured "
               "payment notifier: nothing is booked")

"""Which amount an invoice asks to be paid now, when it states several totals. Pure.

An invoice often names more than one sum: the contract's value and the down payment this
invoice is for, a schedule of installments, a quote and its first phase, the gross amount
before a tax the payer withholds. The amount to chase is the one the text says is due now
("amount due", "zu zahlen", "к оплате", "yang harus dibayar", "due now", a part of the
whole with its due date beside it, or the one part the invoice says it bills). When no wording says which, nobody here can tell: a
person must look, and is told which totals compete. Never a confident wrong amount.

A line that takes something off (a credit note, a down payment already invoiced, written
as a negative amount or with "less", "abzgl.", "dikurangi", "минус") does not compete: it
explains how the amount due was reached.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from mailbot.reading import extract
from mailbot.reading.lang import either

_PART = re.compile(either("INVOICE_PART"), re.IGNORECASE)
_WHOLE = re.compile(either("INVOICE_WHOLE"), re.IGNORECASE)
_IN_PARTS = re.compile(either("INVOICE_IN_PARTS"), re.IGNORECASE)
_WITHHOLDING = re.compile(either("WITHHOLDING"), re.IGNORECASE)
_DUE_NOW = re.compile(f"{either('AMOUNT_DUE_LABELS')}|{either('DUE_NOW')}", re.IGNORECASE)
_DUE = re.compile(either("DUE_LABELS"), re.IGNORECASE)
_INVOICE = re.compile(either("INVOICE_WORDS"), re.IGNORECASE)
_DEDUCTION_WORDS = re.compile(either("DEDUCTION"), re.IGNORECASE)
_REST_AFTER_THIS = re.compile(either("REST_AFTER_THIS"), re.IGNORECASE)
_CREDIT_NOTE = re.compile(either("CREDIT_NOTE"), re.IGNORECASE)
_ON_EVENT = re.compile(either("PART_ON_EVENT"), re.IGNORECASE)
_TOTAL = re.compile(either("TOTAL_LABELS"), re.IGNORECASE)
# a line naming what is no part to pay (a deposit paid, a balance, tax, fees): no schedule row
_NOT_PART_ROW = re.compile(either("NOT_TOTAL"), re.IGNORECASE)
# the invoice leaves it to the client what to pay now ("pay what you think is fair",
# "sekaligus atau DP dulu"): whatever amount it names, a person decides
_UNDECIDED = re.compile(either("INVOICE_UNDECIDED"), re.IGNORECASE)
# a provisional or pro-forma invoice: its amount is an estimate (read, and shown to a person)
_PROVISIONAL = re.compile(either("INVOICE_PROVISIONAL"), re.IGNORECASE)
# a payment already made, taken off ("you paid £700 on account"): only a sum said to be
# due now says what is left
_PRIOR_PAYMENT = re.compile(either("PRIOR_PAYMENT"), re.IGNORECASE)
_SALES_TAX = re.compile(either("SALES_TAX"), re.IGNORECASE)
# "-750.00", "–15 000,00", "-€300", "(Rp 1.500.000)": an amount taken off
_NEGATIVE = re.compile(
    r"(?<![\w/])[-–−](?:€|\$|£|₽|Rp\.?\s?)?\d|"
    r"\((?:Rp\.?\s?|€|\$|£|[A-Z]{3}\s)?\s?\d{1,3}(?:[.,\s\u00a0]\d{3})*(?:[.,]\d{1,2})?\s?"
    r"(?:€|₽|[A-Z]{3}|руб\.?)?\)")
_CREDIT_NOT_NETTED = re.compile(either("CREDIT_NOT_NETTED"), re.IGNORECASE)
# right before a whole: "30% of the", "30 % des", "30% dari", "30% от"
_SHARE_OF = re.compile(r"\d\s?%\s+(?:[^\W\d_]+\s+){1,2}$")
SHORT_LINE = 24  # a table cell below its label holds no more than this


@dataclass(frozen=True)
class DueNow:
    """The amount the text says is due now and the date stated beside it, or why a person
    must decide (`problem`)."""

    money: extract.Money | None = None
    due: date | None = None
    problem: str = ""


def is_deduction(line: str) -> bool:
    return bool(_DEDUCTION_WORDS.search(line) or _NEGATIVE.search(line))


def deduction_start(line: str) -> int | None:
    """Where a line starts taking something off (its first word or sign of a deduction),
    None when it takes nothing off."""
    found = [m.start() for m in (_DEDUCTION_WORDS.search(line), _NEGATIVE.search(line)) if m]
    return min(found) if found else None


def _shown(m: extract.Money) -> str:
    return f"{m.amount:,.2f} {m.currency}"


def _amounts(lines: list[str], i: int, currency: str | None) -> list[extract.Money]:
    """The amounts of line i, or of the short line below it (a label above its value)."""
    found = extract.line_amounts(lines[i], currency)
    if not found:
        nxt = next((x for x in lines[i + 1:i + 3] if x.strip()), "")
        if len(nxt.strip()) <= SHORT_LINE:
            found = extract.line_amounts(nxt, currency)
    return found


def _continuation(lines: list[str], i: int, currency: str | None,
                  sentence: bool = False) -> str:
    """Line i and, when it states no amount of its own, the line after it; with
    `sentence`, only when that line goes on with the same sentence (lower case: "30 %
    Anzahlung: 12.000,00 EUR" / "fällig innerhalb von 7 Tagen"): a new line of its own
    ("Payment terms: 30 days") is the whole invoice's, not the part's."""
    nxt = (lines[i + 1] if i + 1 < len(lines) else "").strip()
    if not nxt or extract.line_amounts(nxt, currency) or (sentence and not nxt[0].islower()):
        return lines[i]
    return lines[i] + "\n" + nxt


def _due_line(lines: list[str], i: int, currency: str | None) -> int | None:
    """A line right below the part of line i, without an amount, that names the same part
    again and says when it is due ("Uang muka (DP) 50%: Rp 60.000.000" / "DP mohon
    dibayarkan paling lambat 10 November 2026"): its index, else None."""
    words = {m.group(0).casefold() for m in _PART.finditer(lines[i])}
    for k in range(i + 1, min(len(lines), i + 3)):
        line = lines[k]
        if extract.line_amounts(line, currency):
            return None
        if words & {m.group(0).casefold() for m in _PART.finditer(line)} \
                and _is_due(line) and not _ON_EVENT.search(line):
            return k
    return None


def _due_field_below(lines: list[str], i: int, currency: str | None, month_first: bool,
                     order: str | None) -> bool:
    """The next line below the part of line i is a field of its own giving a due date and
    no sum ("Instalment 2 of 4: £3,150.00" / "Payment due: 16/03/2026"): that part is due
    then (asked only of the one part the text names with a sum, on a line the part's own
    words begin: "Denda keterlambatan cicilan ke-1: Rp 1.500.000", a late fee of an earlier
    part, is none)."""
    nxt = next((x.strip() for x in lines[i + 1:i + 3] if x.strip()), "")
    return bool(nxt and _DUE.match(nxt) and not extract.line_amounts(nxt, currency)
                and not _ON_EVENT.search(nxt) and extract.find_dates(nxt, month_first, order))


def _is_due(text: str) -> bool:
    """The text says when it is due: a due date's label or payment terms."""
    return bool(_DUE.search(text)) or extract.payment_terms(text).days is not None


def _after_label(line: str, currency: str | None) -> list[extract.Money]:
    """The first amount after the last due-now label of a line that states several ("... nota
    kredit senilai Rp 1.200.000, sehingga sisa yang perlu dibayar Rp 8.600.000"), else []."""
    # (the last such label: "Total tagihan 27.750.000; setelah dipotong PPh 23 500.000,
    # jumlah yang ditransfer 27.250.000" names the gross first and what is due after it)
    for m in reversed(list(_DUE_NOW.finditer(line))):
        if not extract.line_amounts(line[:m.start()], currency):
            continue  # (no sum before the label: "Deposit now due: 12,000 + VAT = 14,400")
        if after := extract.line_amounts(line[m.end():], currency)[:1]:
            return after
    return []


def _schedule(lines: list[str], currency: str | None, month_first: bool,
              order: str | None) -> tuple[extract.Money, date, Decimal] | None:
    """The first part of a payment schedule, its date and the schedule's sum: a run of two
    or more lines, each with one amount and one date and nothing taken off, the dates
    rising, introduced (or marked) as paying in parts ("Instalment  Due  Amount", "оплата
    тремя платежами:"), whose amounts add up to a sum the text states elsewhere (the
    invoice's total). Dated line items without a word of parts, parts that do not add up,
    or a row naming a deposit paid, a balance, a tax or a fee are no schedule (the readers
    of parts below decide those)."""
    rows: list[tuple[int, extract.Money, date]] = []
    runs: list[list[tuple[int, extract.Money, date]]] = []
    for i, line in enumerate(lines):
        # (the date taken out first: "20 Nov 2026 £3,000.00" is no "2026 £")
        money = extract.line_amounts(extract.without_dates(line), currency)
        dated = extract.find_dates(line, month_first, order) if len(money) == 1 else []
        # (a part's share with its sum in brackets, "50 % (71 400,00 руб.) до 20.11.2026",
        # takes nothing off)
        if len(money) == 1 and len(dated) == 1 and not is_deduction(_SHARE_SUM.sub("% ", line)) \
                and not _ON_EVENT.search(line) and not _NOT_PART_ROW.search(line):
            rows.append((i, money[0], dated[0]))
            continue
        if rows:
            runs.append(rows)
        rows = []
    if rows:
        runs.append(rows)
    # (the line above the parts may itself state a sum and a date: "Счёт от 09.11.2026 на
    # 180 000,00 руб., оплата тремя платежами:"; the schedule is then what follows it)
    for run in (whole[start:] for whole in runs for start in range(len(whole) - 1)):
        if len({m.currency for _, m, _ in run}) > 1 \
                or any(b[2] <= a[2] for a, b in itertools.pairwise(run)):
            continue
        first = run[0][0]
        intro = next((x for x in reversed(lines[:first]) if x.strip()), "")
        if not any(_IN_PARTS.search(x) or _PART.search(x) for x in [intro] + [lines[i] for
                                                                            i, _, _ in run]):
            continue
        total = sum((m.amount for _, m, _ in run), Decimal(0))
        inside = {i for i, _, _ in run}
        stated = {m.amount for k, line in enumerate(lines) if k not in inside
                  for m in extract.line_amounts(line, currency) if m.currency == run[0][1].currency}
        if total in stated:
            return run[0][1], run[0][2], total
    return None


def _due_and_total_differ(text: str, lines: list[str], currency: str | None) -> str:
    """Why a person must look when the text's "amount due" and its total differ ("К оплате
    48 800,00" above a calculation ending "Итого 54 900,00") and no sum stated in the text
    (a tax, a fee, a discount) makes up the difference; "" otherwise. Nothing is taken off
    anywhere and no early-payment discount is offered (those explain a smaller sum due)."""
    if any(is_deduction(line) for line in lines) \
            or extract.payment_terms(text).discount_percent is not None:
        return ""
    due: set[Decimal] = set()
    totals: set[Decimal] = set()
    for line in lines:
        labels = list(_DUE_NOW.finditer(line))
        if labels:
            after = line[labels[-1].end():]
            if not _NOT_PART_ROW.search(after):
                due |= {m.amount for m in extract.line_amounts(after, currency)[:1]}
        elif _TOTAL.search(line) and not _NOT_PART_ROW.search(line):
            totals |= {m.amount for m in extract.line_amounts(line, currency)}
    if not due or not totals or due & totals:
        return ""
    stated = {m.amount for line in lines for m in extract.line_amounts(line, currency)}
    if any(d - t in stated or t - d in stated for d in due for t in totals):
        return ""
    shown = ", ".join(f"{a:,.2f}" for a in sorted(due))
    return (f"the text states different sums: amount due {shown}, total "
            + ", ".join(f"{a:,.2f}" for a in sorted(totals)) + ": a person asks which is owed")


def _due_after_deduction(line: str, lines: list[str], currency: str | None
                         ) -> list[extract.Money]:
    """The sum a line that takes something off names as due after it ("Die Gutschrift ...
    haben wir verrechnet. Zu zahlen sind daher 1.666,00 €"): the first sum after a due-now
    label that follows the first word or sign of the deduction, when that sum and another
    sum the text states add up to a third it states (the invoice less the credit note);
    [] otherwise (a label before the deduction names what is taken off, and sums that do
    not add up are a person's)."""
    start = deduction_start(line)
    if start is None:
        return []
    stated = {m.amount for x in lines for m in extract.line_amounts(x, currency)}
    for label in _DUE_NOW.finditer(line):
        if label.start() <= start:
            continue
        due = extract.line_amounts(line[label.end():], currency)[:1]
        if due and any(due[0].amount + x in stated for x in stated if x != due[0].amount):
            return due
        return []
    return []


def _net_of_deductions(lines: list[str], strong: list[tuple[int, extract.Money]],
                       currency: str | None) -> tuple[int, extract.Money] | None:
    """Of two amounts said to be due ("Total tagihan 55.500.000", "Jumlah yang ditransfer
    54.500.000"), the later one, when the lines between take off (a withheld tax, a
    deduction) exactly the difference: the amount to transfer after them."""
    (i, first), (k, last) = strong[0], strong[-1]
    if k <= i or last.amount >= first.amount:
        return None
    taken = [m.amount for line in lines[i + 1:k]
             if is_deduction(line) or _WITHHOLDING.search(line)
             for m in extract.line_amounts(line, currency)]
    return (k, last) if taken and first.amount - sum(taken, Decimal(0)) == last.amount else None


def _part_outside(line: str) -> re.Match[str] | None:
    """The first word of a part on `line` outside its words of paying in parts ("in three
    instalments" names no part; "instalment 3" does)."""
    spans = [m.span() for m in _IN_PARTS.finditer(line)]
    return next((m for m in _PART.finditer(line)
                 if not any(a <= m.start() < b for a, b in spans)), None)


def _announces_parts(line: str, currency: str | None) -> re.Match[str] | None:
    """The words of paying in parts on a line whose sum comes before any part it names
    ("3x cicilan (total Rp 180.000.000), berikut tagihan cicilan ke-2"): that sum is the
    whole. None when the line names a part before its sum ("Instalment 1 of 3: 2,000")."""
    announced = _IN_PARTS.search(line)
    if announced is None:
        return None
    part = _part_outside(line)
    if part is not None and not extract.line_amounts(line[:part.start()], currency):
        return None
    return announced


def _the_one_other(lines: list[str], currency: str | None) -> list[tuple[int, extract.Money]]:
    """The one sum (stated once, or the same sum again) on a line that is no whole, no
    announcement of parts, no tax, no deduction and no subtotal; [] when there is not
    exactly one such sum. Only sums written as money count (a signature's bare "+7 921
    440-71-26" is a telephone)."""
    found: list[tuple[int, extract.Money]] = []
    for i, line in enumerate(lines):
        money = extract.find_money(line)
        if not money or _WHOLE.search(line) or _announces_parts(line, currency) \
                or is_deduction(line) or _SALES_TAX.search(line) \
                or _NOT_PART_ROW.search(line) or _PRIOR_PAYMENT.search(line):
            continue
        found += [(i, m) for m in money]
        if not _one(found):
            return []  # (a second sum: no need to read on)
    return found[:1]


def _with_tax(lines: list[str], i: int, part: extract.Money,
              currency: str | None) -> extract.Money | None:
    """The part's gross: the sum on the line right below its tax line that is the part plus
    that tax exactly; the part as stated when no tax line follows it; None when a tax line
    follows and the sum below it is not the part plus the tax (a person looks). Between
    the part and its tax may stand the whole it is a share of (an aside) and the part
    restated as the net."""
    tax: Decimal | None = None
    for line in lines[i + 1:i + 6]:
        if not line.strip():
            continue
        money = extract.line_amounts(line, currency)
        if tax is None and money and not _SALES_TAX.search(line) and (
                _WHOLE.search(line) or {m.amount for m in money} == {part.amount}):
            # "(Auftragssumme netto 126.000,00 EUR)", "Nettobetrag: 50.400,00": the whole
            # the part is a share of, and the part restated as the net, before its tax
            continue
        if tax is None and _SALES_TAX.search(line) and len(money) == 1:
            tax = money[0].amount
            continue
        if tax is not None and money:
            gross = money[-1]
            return gross if (gross.currency == part.currency
                             and gross.amount == part.amount + tax) else None
        if money:
            break
    return part


def _part_sums(line: str, currency: str | None) -> list[extract.Money]:
    """The sums of a part's line; the one after its last "=" when the line adds the part
    and its tax up ("Cicilan ke-2: Rp 14.000.000 + PPN Rp 1.540.000 = Rp 15.540.000")."""
    found = extract.line_amounts(line, currency)
    if len(found) > 1 and "=" in line:
        after = extract.line_amounts(line[line.rfind("=") + 1:], currency)
        if len(after) == 1:
            return after
    return found


PARAGRAPH = 160  # a line longer than this is a paragraph of sentences, not a table row
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁ])")


def _sentences(line: str) -> list[str]:
    """A paragraph's sentences ("Please find attached deposit invoice ... = £18,900.00. The
    balance of £36,750.00 will be invoiced on delivery."), each read as a line of its own;
    a shorter line as it is. No break after a short abbreviation ("No.", "Nr.", "inv.")."""
    if len(line) <= PARAGRAPH:
        return [line]
    out, at = [], 0
    for m in _SENTENCE_END.finditer(line):
        word = line[:m.start()].rsplit(None, 1)[-1] if line[:m.start()].strip() else ""
        if len(word.rstrip(".!?")) <= 3 or not re.search(r"[^\W\d_]{2}[.!?]$|\d[.!?]$", word):
            continue
        out.append(line[at:m.start()])
        at = m.end()
    return [*out, line[at:]]


# a share and its sum in brackets: "50 % (71 400,00 руб.)", "30% (GBP 3,000.00)"
_SHARE_SUM = re.compile(r"%\s*\((?=[^()\n]*\d[^()\n]*\))")
_BRACKETED = re.compile(r"\(([^()\n]{4,120})\)")


def _whole_and_part(line: str, currency: str | None) -> list[str]:
    """A line naming the whole and a part, each with its sum, in clauses of their own
    ("Сумма договора — 19 520 000 руб.; сумма по этапу 2 — 5 856 000,00 руб.") or with the
    whole in brackets: each clause as a line of its own, else the line."""
    if not (_WHOLE.search(line) and _PART.search(line)):
        return [line]
    # "По договору № 12 (сумма договора 1 200 000 руб.) выставляем счёт на аванс: 50 % —
    # 600 000 руб.": the whole in brackets is an aside; the part and its sum are outside
    for m in _BRACKETED.finditer(line):
        inside, outside = m.group(1), line[:m.start()] + " " + line[m.end():]
        if _WHOLE.search(inside) and extract.line_amounts(inside, currency) \
                and not _WHOLE.search(outside) and _PART.search(outside) \
                and extract.line_amounts(outside, currency):
            return [outside, inside]
    if ";" not in line:
        return [line]
    pieces = line.split(";")
    if not all(extract.line_amounts(p, currency) for p in pieces) or not any(
            _WHOLE.search(p) for p in pieces) or not any(
            _PART.search(p) and not _WHOLE.search(p) for p in pieces):
        return [line]
    return pieces


def _one(found: list[tuple[int, extract.Money]]) -> tuple[int, extract.Money] | None:
    """The single amount among `found` (the same sum stated twice counts once)."""
    amounts = {(m.amount, m.currency) for _, m in found}
    return found[0] if len(amounts) == 1 else None


# a due-now label ending its line, the sentence going on below in lower case ("... аванса
# 200 000,00 руб. к оплате\nостаётся 412 000,00 руб."): a hard-wrapped body's one sentence
_LABEL_WRAPPED = re.compile(rf"(?:{_DUE_NOW.pattern})[ \t:]*\r?\n[ \t]*(?=[^\W\d_])",
                            re.IGNORECASE)


def _unwrapped(text: str) -> str:
    """`text` with a line that ends on a due-now label joined to the line below it when
    that line goes on with the same sentence (starts in lower case): the label's sum is
    there, and the line's own sums before the label explain it."""
    def join(m: re.Match[str]) -> str:
        rest = text[m.end():m.end() + 1]
        return re.sub(r"[ \t]*\r?\n[ \t]*", " ", m.group(0)) if rest.islower() else m.group(0)

    return _LABEL_WRAPPED.sub(join, text)


def read(text: str, currency: str | None = None, month_first: bool = False,
         order: str | None = None) -> DueNow | None:
    """The amount due now of a text that states competing totals; None when it states no
    competing totals (then its one total is read as usual)."""
    currency = currency or extract.document_currency(text)
    if undecided := _UNDECIDED.search(text):
        return DueNow(problem=f'the text leaves the amount due now to the client '
                              f'("{" ".join(undecided.group(0).split())}")')
    if provisional := _PROVISIONAL.search(text):
        return DueNow(problem=f'a provisional invoice: its amount is an estimate '
                              f'("{" ".join(provisional.group(0).split())}")')
    # "— 600 000,00 руб., в т.ч. НДС 22% — 108 196,72 руб.": the VAT after it is an aside
    lines = [extract.drop_vat_aside(piece) for paragraph in _unwrapped(text).splitlines()
             for line in _sentences(paragraph) for piece in _whole_and_part(line, currency)]
    competing: list[str] = []  # what competes, for the person who decides
    wholes: set[Decimal] = set()  # the sums named as a whole (a contract's value)
    parts: list[int] = []
    in_parts = False  # paid in parts or less a withheld tax, no amount named for it
    parted = False  # a word of parts anywhere: a schedule may follow
    # (each looked for in the whole text once: most invoices have neither, and a line costs)
    any_prior, any_parts = bool(_PRIOR_PAYMENT.search(text)), bool(_IN_PARTS.search(text))
    # "Bitte die Gutschrift nicht mit der Rechnung verrechnen": a credit note sent beside
    # the invoice and paid out on its own is no rival of the invoice's amount
    not_netted = bool(_CREDIT_NOT_NETTED.search(text))
    for i, line in enumerate(lines):
        prior = _PRIOR_PAYMENT.search(line) if any_prior else None
        if prior and (paid := extract.line_amounts(line, currency)):
            competing.append(f"{prior.group(0).strip()} {_shown(paid[0])}")
        if is_deduction(line) or _REST_AFTER_THIS.search(line):
            continue  # (what is left after this part is paid later: no part, no rival)
        money = extract.line_amounts(line, currency)
        whole, part = _WHOLE.search(line), _PART.search(line)
        if whole and part and _SHARE_OF.search(line[:whole.start()]):
            # "deposit invoice for 30% of the contract value: £15,750 + VAT = £18,900": the
            # whole names what the part is a share of; the sums are the part's
            whole = None
        if money and not whole and any_parts and (
                announced := _announces_parts(line, currency)):
            # "payment in 3 instalments (total 180 000 000), here is instalment 2": the
            # sum beside the word of parts is the whole they add up to, not a part
            whole, part = announced, None
        parted = parted or bool(part)
        if whole and money:
            wholes.add(money[0].amount)
            competing.append(f"{whole.group(0).strip()} {_shown(money[0])}")
        elif part and money:
            parts.append(i)
            competing.append(f"{part.group(0).strip()} {_shown(money[-1])}")
        elif money and _CREDIT_NOTE.search(line) and not not_netted:
            # a credit note's sum named in a sentence, not taken off a total line by line
            competing.append(f"credit note {_shown(money[0])}")
        for pattern, what in ((_IN_PARTS, "paid in parts"), (_WITHHOLDING, "withholding tax")):
            m = pattern.search(line)
            parted = parted or bool(m and pattern is _IN_PARTS)
            if m and not (part and money):
                competing.append(f'{what} ("{m.group(0).strip()}")')
                in_parts = True
    schedule = _schedule(lines, currency, month_first, order) if parted else None
    if schedule is not None and (wholes - {schedule[2]} or any(
            m.amount > schedule[2] and m.currency == schedule[0].currency
            for line in lines if not is_deduction(line) for m in extract.find_money(line))):
        # a schedule of this invoice's sum beside a larger whole ("the programme's value
        # by contract 936 000,00 руб."): which sum is chased, the first part or the
        # invoice's, a person decides (only sums written as money: a signature's bare
        # "+7 495 120-44-17" is a telephone)
        schedule = None
    if schedule is not None:
        # an "amount due" that is the schedule's whole ("Total due: 6,000.00, payable in
        # three instalments") does not say the whole is due now; any other sum said to
        # be due now is another reading: it goes on below
        said_due = {m.amount for i, line in enumerate(lines) if _DUE_NOW.search(line)
                    for m in _amounts(lines, i, currency)}
        if said_due <= {schedule[2]}:
            return DueNow(money=schedule[0], due=schedule[1])
    if not competing:
        if not in_parts and not parted and (differ := _due_and_total_differ(text, lines, currency)):
            return DueNow(problem=differ)
        return None
    stated = {(m.amount, m.currency) for line in lines if not is_deduction(line)
              for m in extract.line_amounts(line, currency)}
    if len(stated) <= 1 and not in_parts:
        return None  # one sum in the whole text ("the first installment: EUR 3,000"): no rival
    # said to be due now: an "amount due" line, else a part with its due date beside it
    strong = [(i, m) for i, line in enumerate(lines)
              if _DUE_NOW.search(line) and not is_deduction(line)
              for m in (_after_label(line, currency) or _amounts(lines, i, currency))]
    # ... or named after what was taken off ("... haben wir verrechnet. Zu zahlen sind daher
    # 1.666,00 €"), when it and a sum stated add up to another sum stated
    strong = sorted([*strong, *((i, m) for i, line in enumerate(lines) if is_deduction(line)
                                for m in _due_after_deduction(line, lines, currency))],
                    key=lambda found: found[0])
    # (a part due "10 working days after the acceptance act is signed" waits for an
    # event nobody here can see: it is not due now, and says nothing of the others)
    weak = [(i, m) for i in parts
            if (_is_due(near := _continuation(lines, i, currency, sentence=True))
                and not _ON_EVENT.search(near)) or _due_line(lines, i, currency) is not None
            or (len(parts) == 1 and _PART.match(lines[i].strip())
                and _due_field_below(lines, i, currency, month_first, order))
            for m in _part_sums(lines[i], currency)]
    # ... else the one part the invoice says it bills ("tagihan uang muka (DP)",
    # "Anzahlungsrechnung", "this invoice covers the down payment")
    # (the raw lines: "(contract value 3 600 000, VAT incl.) we bill the advance" keeps
    # its words of billing after the VAT remark)
    billed = any(_PART.search(line) and _INVOICE.search(line) and not is_deduction(line)
                 for line in text.splitlines())
    # "berikut tagihan cicilan ke-2" ... "denda cicilan ke-1: Rp 1.500.000": a line on
    # another numbered part is not the part billed
    billed_no = {n for line in text.splitlines() if _INVOICE.search(line)
                 for m in _PART.finditer(line) for n in re.findall(r"\d+", m.group(0))}
    part_amounts = [(i, m) for i in parts for m in _part_sums(lines[i], currency)
                    if not billed_no or not (numbered := {
                        n for p in _PART.finditer(lines[i]) for n in re.findall(r"\d+", p.group(0))})
                    or numbered & billed_no]
    if not part_amounts and (billed or any(_part_outside(line) for line in lines)):
        # the part is named ("here is instalment 3") but no line gives it a sum: the one
        # sum that is neither the whole, a tax, a deduction nor a subtotal is the part's
        part_amounts = _the_one_other(lines, currency)
        billed = bool(part_amounts)
    chosen = (_one(strong) or _net_of_deductions(lines, strong, currency)) if strong else \
        _one(weak) if weak else _one(part_amounts) if billed and part_amounts else None
    if chosen is not None:
        i, due_now = chosen
        if not strong:
            # "Deposit 375 000 000 / VAT 41 250 000 / Total 416 250 000": the part is
            # billed with its tax, the total that adds them is due
            gross = _with_tax(lines, i, due_now, currency)
            if gross is None:
                return DueNow(problem=f"the part billed ({_shown(due_now)}) and its tax do "
                                      "not add up to the total below them")
            due_now = gross
        near = _continuation(lines, i, currency)
        due = extract.due_date(near, month_first, order)
        if due is None and (k := _due_line(lines, i, currency)) is not None:
            due = extract.due_date(lines[k], month_first, order)
        return DueNow(money=due_now, due=due)
    total = extract.total_amount(text, currency)
    if total is not None and not in_parts and (
            added := _part_and_its_tax(lines, parts, wholes, total, currency)) is not None:
        # "Nilai Kontrak 2.450.000.000 / Termin I - Uang Muka 30% 735.000.000 / PPN 12%
        # 80.850.000 / TOTAL 815.850.000": the one part is its stated share of the whole,
        # and with the tax stated it adds up to the total exactly: the invoice bills that
        # part, the total is due
        return DueNow(money=added)
    if total is not None and not any(_shown(total) in c for c in competing):
        competing.insert(0, f"total {_shown(total)}")
    return DueNow(problem="competing totals: " + "; ".join(dict.fromkeys(competing))
                  + ": the text does not say which amount is due now")


_PERCENT = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s?%")


def _part_and_its_tax(lines: list[str], parts: list[int], wholes: set[Decimal],
                      total: extract.Money, currency: str | None) -> extract.Money | None:
    """The total, when the text names exactly one part with one sum, that sum is the
    share its line states of a whole the text names ("Uang Muka 30%" of the contract
    value) or no whole is named with a sum ("instalment 2 of 6 ... 2,645.83" on an
    invoice), and it plus the one tax stated on a tax line of its own below it is the total
    exactly; else None (the sums alone do not say which is billed)."""
    sums = {(m.amount, m.currency) for i in parts for m in _part_sums(lines[i], currency)}
    if len(sums) != 1 or len(parts) != 1:
        return None
    (part, part_currency), = sums
    shares = [Decimal(p.replace(",", ".")) for p in _PERCENT.findall(lines[parts[0]])]
    if wholes and not any(w * s / 100 == part for w in wholes for s in shares):
        return None  # (no whole named: the one part and its tax are the invoice's lines)
    taxes = [m.amount for line in lines[max(parts) + 1:]
             if _SALES_TAX.search(line) and not is_deduction(line)
             and (m := next(iter(extract.line_amounts(line, currency)[-1:]), None)) is not None
             and m.currency == part_currency]
    if len(taxes) == 1 and total.currency == part_currency and part + taxes[0] == total.amount \
            and (wholes or taxes[0] > 0):
        # (with no whole named, only a tax that adds something makes the total the part's
        # gross: "Phase 1 7,250.00 / Sales tax 0.00 / TOTAL 7,250.00" says nothing more)
        return total
    return None


def deducts_credit_note(text: str, currency: str | None = None) -> bool:
    """The invoice takes a credit note off and states the amount due after it ("Less
    credit note CN-12 -200.00 / Amount due 800.00"): an invoice, not a credit note."""
    currency = currency or extract.document_currency(text)
    lines = text.splitlines()
    summed = False  # the sums are checked at the first credit note with a sum only
    for i, line in enumerate(lines):
        credit = _CREDIT_NOTE.search(line)
        if credit and is_deduction(line):
            after = [m for k in range(i + 1, len(lines))
                     if _DUE_NOW.search(lines[k]) and not is_deduction(lines[k])
                     for m in _amounts(lines, k, currency)]
            if any(m.amount > Decimal(0) for m in after):
                return True
        # in one sentence: "... nota kredit senilai Rp 1.200.000, sehingga sisa yang perlu
        # dibayar Rp 8.600.000": the rest after the credit note, stated as due
        if credit and any(m.amount > Decimal(0)
                          for m in _after_label(line[credit.end():], currency)):
            return True
        # "credit note CN-51 for 400.00 set against it ... Amount due: 2,600.00" after an
        # invoice of 3,000.00: the sums say it was taken off
        if credit and not summed and (
                taken := extract.line_amounts(line[credit.end():], currency)):
            summed = True
            stated = {m.amount for x in lines[:i + 1] for m in extract.line_amounts(x, currency)}
            due = [m.amount for k in range(i + 1, len(lines)) if _DUE_NOW.search(lines[k])
                   for m in _amounts(lines, k, currency)]
            if any(d > 0 and d + taken[0].amount in stated for d in due):
                return True
    return False

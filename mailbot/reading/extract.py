"""Facts from free text: invoice numbers, amounts, dates, payment terms, parties. Pure.

Each language's words (labels, currency names, number words, ...) are in its
mailbot/reading/lang/<code>.py, joined here once, at import; the number formats, currency
symbols and ISO codes are every language's, and stay here. Everything is found with
regular expressions over lines; dates are read by the one date reader
(mailbot.reading.dates), which hands only a short candidate with an unknown month word to
dateparser. Nothing here runs dateparser's search over a whole body: a long mail
costs milliseconds, not seconds.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache

from mailbot.reading import dates
from mailbot.reading.lang import CODES, either, fragments

LANGS = list(CODES)

# ------------------------------------------------------------------ money

# Currency symbols and ISO codes are the same in every language: they stay here. A
# currency's name in words ("euro", "рублей", "zł") is a language's (CURRENCY_WORDS).
CURRENCY_SYMBOLS = {
    "€": "EUR", "eur": "EUR", "$": "USD", "us$": "USD",
    "usd": "USD", "£": "GBP", "gbp": "GBP", "₽": "RUB", "rub": "RUB", "rur": "RUB",
    "rp": "IDR", "idr": "IDR",
    "chf": "CHF", "¥": "JPY", "jpy": "JPY", "sgd": "SGD", "aud": "AUD", "cad": "CAD",
    "pln": "PLN", "czk": "CZK", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "myr": "MYR",
    "nzd": "NZD", "nz$": "NZD", "kzt": "KZT", "₸": "KZT", "hkd": "HKD", "cny": "CNY",
    "inr": "INR", "₹": "INR",
}
_CODES = ("EUR|USD|GBP|RUB|RUR|IDR|CHF|JPY|SGD|AUD|CAD|PLN|CZK|SEK|NOK|DKK|MYR|NZD|KZT|HKD|"
          "CNY|INR")
CURRENCY_CODES = _CODES  # the ISO codes read as currencies, as a regex alternation
_WORDS_AFTER = [(code, word) for _, table in fragments("CURRENCY_WORDS")
                for code, word in table.items()]
_WORDS_BEFORE = [(code, word) for _, table in fragments("CURRENCY_WORDS_BEFORE")
                 for code, word in table.items()]
_CENTS = [(code, word) for _, table in fragments("CURRENCY_CENTS") for code, word in table.items()]
# "Rp" must not be the end of a word ("Corp 100" is no rupiah amount)
_CUR = (rf"(?:€|US\$|NZ\$|\$|£|₽|₸|₹|¥|(?<![^\W\d_])Rp\.?|"
        rf"{''.join(word + '|' for _, word in _WORDS_AFTER)}\b(?:{_CODES})\b)")
# digits with optional thousands separators (space, nbsp, thin space, dot, comma,
# apostrophe) and up to two decimals
_NUM = r"\d{1,3}(?:[ \u00a0\u202f.,'’]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_CUR_BEFORE = (rf"(?:€|US\$|NZ\$|\$|£|₽|₸|₹|¥|(?<![^\W\d_])Rp\.?|"
               rf"{''.join(word + '|' for _, word in _WORDS_BEFORE)}\b(?:{_CODES})\b)")
# ("Invoice total GBP: 2,580.00": a code, a colon, the amount)
MONEY = re.compile(
    rf"(?P<c1>{_CUR_BEFORE})(?::(?=[ \t]))?[ \t\u00a0]{{0,3}}(?P<n1>{_NUM})(?!\d)|"
    rf"(?<![\d.,])(?P<n2>{_NUM})[ \t\u00a0]?(?P<c2>{_CUR})",
    re.IGNORECASE,
)
_BARE = re.compile(rf"(?<![\w.,/-])(?P<n>{_NUM})(?![\w%/]|[.,]\d|\s?%)")


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str
    line: str


def parse_number(text: str) -> Decimal | None:
    """'1.234,56' / '1,234.56' / '1 234,56' / '1500000' -> Decimal."""
    s = re.sub(r"[ \u00a0\u202f'’]", "", text.strip())
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if dec == "," else ",", "").replace(dec, ".")
    elif "," in s or "." in s:
        sep = "," if "," in s else "."
        head, _, tail = s.rpartition(sep)
        if s.count(sep) == 1 and len(tail) != 3:
            s = head.replace(sep, "") + "." + tail
        else:
            s = s.replace(sep, "")
    try:
        value = Decimal(s)
    except InvalidOperation:
        return None
    # (a run of digit groups too long for any sum, "100.000 000.000 000.000 000.000.000",
    # is no amount: it would overflow the cents it is rounded to)
    return value if value.is_finite() and value.adjusted() < MAX_DIGITS else None


MAX_DIGITS = 18  # no invoice, payment or balance has more digits before its decimal point


def currency_code(symbol: str) -> str | None:
    s = symbol.lower().strip()
    found = CURRENCY_SYMBOLS.get(s) or CURRENCY_SYMBOLS.get(s.rstrip("."))
    if found or not s:
        return found
    return next((code for code, word in _WORDS_AFTER + _WORDS_BEFORE
                 if re.fullmatch(word, s, re.IGNORECASE)), None)


def _cents(code: str, after: str) -> Decimal:
    """The minor units written after a whole amount ("50 коп."), else 0."""
    for cents_code, word in _CENTS:
        m = re.match(rf"\s*(\d{{1,2}})\s*(?:{word})", after)
        if m and cents_code == code:
            return Decimal(m.group(1)) / 100
    return Decimal(0)


# "1 980 000 (один миллион девятьсот восемьдесят тысяч) рублей 00 копеек",
# "$2,000.00 (two thousand dollars)": the amount in words is an aside; the digits count
_WORDS_ASIDE = re.compile(r"[ \t\u00a0]*\((?=[^\W\d_])(?![^()\n]*\d{3})(?![^()\n]*\d[.,]\d)"
                          r"[^()\n]{2,200}\)")


# "Rp 6 jt", "EUR 1,2 Mio.", "300 тыс. руб.": a scale word right after a small number
_SCALES = ((re.compile(rf"\s*(?:{either('AMOUNT_MILLION')})(?![^\W\d_])", re.IGNORECASE),
            Decimal(1_000_000)),
           (re.compile(rf"\s*(?:{either('AMOUNT_THOUSAND')})(?![^\W\d_])", re.IGNORECASE),
            Decimal(1_000)))
MAX_SCALED = 1000  # "6 jt" is six million; "6.000.000 jt" is no amount anybody writes


def _scale(num: Decimal, after: str, *, any_size: bool = False) -> Decimal:
    if num >= MAX_SCALED and not any_size:
        return num
    return next((num * factor for word, factor in _SCALES if word.match(after)), num)


# "1.099,- €", "250,– EUR": whole euros written with a dash for the cents
_DASH_CENTS = re.compile(r"(\d),[-–](?![\d-])")


# "stage 2 GBP 45,000.00": a written amount right after a currency that a bare count
# stands before; the code is the amount's prefix, not the count's suffix
_PREFIXED_AFTER = re.compile(rf"(?::(?=[ \t]))?[ \t\u00a0]{{0,3}}(?:{_NUM})(?!\d)")
_BARE_COUNT = re.compile(r"\d{1,3}")
# "Rp 9.500.000", "£240.00", "$1,200": symbols written only before their amount; one with
# an amount right after it is that amount's, never the suffix of the number before it
# ("01/12/2026 Rp 9.500.000 Rp 1.045.000": not "2026 Rp" and "9.500.000 Rp")
_PREFIX_ONLY = re.compile(r"(?:Rp\.?|£|US\$|NZ\$|\$)", re.IGNORECASE)


def _money_matches(line: str) -> Iterator[re.Match[str]]:
    pos = 0
    while (m := MONEY.search(line, pos)) is not None:
        if m.group("n2") and (_BARE_COUNT.fullmatch(m.group("n2"))
                              or _PREFIX_ONLY.fullmatch(m.group("c2"))):
            after = _PREFIXED_AFTER.match(line, m.end())
            if after and not _BARE_COUNT.fullmatch(after.group().strip(" \t\u00a0:")):
                pos = m.start("c2")  # read again from the code, as the amount's prefix
                continue
        yield m
        pos = m.end()


def find_money(text: str) -> list[Money]:
    found = []
    for line in text.splitlines():
        if "(" in line:
            line = _WORDS_ASIDE.sub("", line)
        line = _DASH_CENTS.sub(r"\1,00", line)
        for m in _money_matches(line):
            code = currency_code(m.group("c1") or m.group("c2") or "")
            num = parse_number(m.group("n1") or m.group("n2") or "")
            if num is not None and code and m.group("n1"):
                num = _scale(num, line[m.end():])  # "Rp 6 jt": the currency before it
            elif num is not None and code:
                # "4,25jt", "1.500 jt": the scale word is the currency, whatever the number
                num = _scale(num, m.group("c2"), any_size=True)
            if num is not None and code and num == num.to_integral():
                num += _cents(code, line[m.end():])  # "12 500 руб. 50 коп."
            if num is not None and code and num > 0:
                found.append(Money(num.quantize(Decimal("0.01")), code, line.strip().lower()))
    return found


# each language's words are in its lang/<code>.py (see lang/__init__.py); the French
# words seen on French invoices (no language file) stay here
_CURRENCY_LABEL = re.compile(rf"(?:{either('CURRENCY_LABELS')}|devise)\W{{0,20}}(?P<c>{_CUR})",
                             re.IGNORECASE)


_BRACKETED_CODE = re.compile(rf"\((?P<c>{_CODES})\)")
# "Amount, KZT", "Betrag, CHF": a column's currency after its label and a comma
_HEADER_CODE = re.compile(
    rf"(?:{either('AMOUNT_WORDS')}|{either('TOTAL_LABELS')})[ \t]*,[ \t]*(?P<c>{_CODES})\b",
    re.IGNORECASE)

# the currency of the country of a sender's domain: what an invoice from our own staff is
# in when it names no currency at all ("Итого к оплате 135 000,00" from a .ru desk)
HOME_CURRENCY = {
    "ru": "RUB", "id": "IDR", "uk": "GBP", "de": "EUR", "at": "EUR", "fr": "EUR", "nl": "EUR",
    "be": "EUR", "it": "EUR", "es": "EUR", "pt": "EUR", "ie": "EUR", "fi": "EUR", "pl": "PLN",
    "cz": "CZK", "ch": "CHF", "se": "SEK", "no": "NOK", "dk": "DKK", "kz": "KZT", "in": "INR",
    "jp": "JPY", "au": "AUD", "nz": "NZD", "ca": "CAD", "sg": "SGD", "my": "MYR",
}


def home_currency(email: str) -> str | None:
    """The currency of the country whose domain `email` is at (".co.uk" -> GBP)."""
    return HOME_CURRENCY.get(email.rsplit(".", 1)[-1].lower()) if "@" in email else None


# a currency named in words, each language's (group "w<i>": _WORDS_AFTER[i])
_CURRENCY_WORD = re.compile("|".join(rf"(?P<w{i}>{word})(?![^\W\d_])"
                                     for i, (_, word) in enumerate(_WORDS_AFTER)) or "(?!x)x",
                            re.IGNORECASE)


def document_currency(text: str) -> str | None:
    """The currency a document states once ("Währung: EUR") or uses most."""
    m = _CURRENCY_LABEL.search(text)
    if m:
        return currency_code(m.group("c"))
    counts = Counter(m.currency for m in find_money(text))
    if counts:
        return counts.most_common(1)[0][0]
    # "Balance due (USD)   4,250.00": the column's currency in brackets after its label
    bracketed = _BRACKETED_CODE.search(text) or _HEADER_CODE.search(text)
    if bracketed:
        return currency_code(bracketed.group("c"))
    # "Всего к оплате: Пятьсот сорок тысяч рублей 00 копеек": the amount in words names
    # the currency the bare figures are in (one currency named, no other)
    named: set[str] = set()
    for m in _CURRENCY_WORD.finditer(text):
        named.add(_WORDS_AFTER[int(m.lastgroup[1:])][0])  # type: ignore[index]
        if len(named) > 1:
            return None
    return named.pop() if named else None


# Lines that name the amount to pay, best first. A document often has several totals
# (net, tax, gross, paid, due); the one to chase is the amount due. (With the French
# labels seen on French invoices: no language file of their own.)
_TOTAL_LABELS = (either("AMOUNT_DUE_LABELS") + r"|net\s+à\s+payer",
                 either("TOTAL_LABELS") + r"|total\s+ttc", either("AMOUNT_WORDS"))
_NOT_TOTAL = re.compile(either("NOT_TOTAL"), re.IGNORECASE)
_BALANCE = re.compile(either("STATEMENT_BALANCE"), re.IGNORECASE)
_CREDIT_LINE = re.compile(either("CREDIT_NOTE"), re.IGNORECASE)
_CREDIT_APART = re.compile(either("CREDIT_NOT_NETTED"), re.IGNORECASE)


# "Сумма к оплате: 1 980 000 рублей 00 копеек, в том числе НДС 20%": after an amount the
# VAT remark is an aside, not a sign of a tax line ("В т.ч. НДС: 20 000" stays a tax line)
_VAT_ASIDE = re.compile(
    rf"[,;]?\s*(?<![^\W\d_])(?:{either('VAT_ASIDE')})(?![^\W\d_])[^\n]*$", re.IGNORECASE)


def drop_vat_aside(line: str) -> str:
    m = _VAT_ASIDE.search(line)
    return line[:m.start()] if m and re.search(r"\d", line[:m.start()]) else line


# "entspricht rund EUR 19'650.00 zum heutigen Kurs", "equivalent to approx. USD 5,400": a
# sum in another currency given only for information
_CONVERTED = re.compile(rf"(?<![^\W\d_])(?:{either('CONVERTED_AMOUNT')})(?P<m>{MONEY.pattern})",
                        re.IGNORECASE)
_CONVERTED_WORD = re.compile(f'{either("CONVERTED_AMOUNT")}|{either("CONVERTED_AT_RATE")}',
                             re.IGNORECASE)  # (a quick first look)
# "по курсу НБ РК на сегодня это около 3 016 000 KZT": put into another currency at a rate,
# so for information whatever else the text holds (beside a PDF in the contract currency)
_AT_RATE = re.compile(rf"(?<![^\W\d_])(?:{either('CONVERTED_AT_RATE')})(?P<m>{MONEY.pattern})",
                      re.IGNORECASE)


def drop_converted(text: str) -> str:
    """`text` without the sums it gives only for information in another currency than
    its own sums ("Total CHF 18'420.00 ... entspricht rund EUR 19'650.00"): never the
    invoice's amount or currency. A sum so marked in the text's only currency stays,
    unless it is put at an exchange rate ("at today's rate that is about EUR 4,300")."""
    if not _CONVERTED_WORD.search(text):
        return text
    text = _AT_RATE.sub(lambda m: m.group(0)[:m.start("m") - m.start()], text)
    marked = list(_CONVERTED.finditer(text))
    if not marked:
        return text
    kept = {m.currency for m in find_money(_CONVERTED.sub("", text))}
    out, at = [], 0
    for m in marked:
        money = find_money(m.group("m"))
        if money and kept - {money[0].currency}:
            out += [text[at:m.start("m")]]
            at = m.end("m")
    return "".join(out) + text[at:]


# (the signs and SI units after the languages' words are the same in every language)
_UNIT_AFTER = re.compile(rf"\s*(?:{either('UNITS_AFTER')}|%|x\b|kg|gb|m2|m²)", re.IGNORECASE)


def line_amounts(line: str, currency: str | None) -> list[Money]:
    money = find_money(line)
    if money or currency is None:
        return money
    out = []
    bare = without_dates(line)  # "fällig am 16. Dezember 2026": 2026 is no amount
    for m in _BARE.finditer(bare):
        if _UNIT_AFTER.match(bare, m.end()):
            continue  # "14 days", "10 Stk", "20 jam"
        num = parse_number(m.group("n"))
        if num is not None and re.search(r"[.,]\d{2}$|\d[ \u00a0\u202f.,'’]\d{3}",
                                         m.group("n")):
            out.append(Money(num.quantize(Decimal("0.01")), currency, line.strip().lower()))
    # in a table row the amount is the last column
    return out[-1:]


def total_amount(text: str, currency: str | None = None) -> Money | None:
    """The invoice total: the amount on the best 'amount due / total' line, else the
    largest amount with a currency. Bare numbers count on labelled lines when the
    document states its currency once (or `currency` is given)."""
    currency = currency or document_currency(text)
    # "(incl. VAT 190.00)", "(в т.ч. НДС 20% — 7 600,00 ₽)": asides, not the total
    lines = [drop_vat_aside(re.sub(r"\s*\([^()\n]*\)\s*", " ", ln))
             for ln in text.splitlines()]
    for labels in _TOTAL_LABELS:
        pattern = re.compile(labels, re.IGNORECASE)
        found: list[Money] = []
        for i, line in enumerate(lines):
            label = pattern.search(line)
            if not label:
                continue
            if _NOT_TOTAL.search(line):
                # "Net 4,000.00, VAT 800.00, total 4,800.00": the net and the tax come
                # before the last total label; its one sum after it, with no word of a
                # net, a tax or a subtotal from the label on, is the total
                last = list(pattern.finditer(line))[-1]
                after = line_amounts(line[last.end():], currency)
                if len(after) == 1 and not _NOT_TOTAL.search(line[last.start():]) \
                        and line_amounts(line[:last.start()], currency):
                    found += after
                continue
            amounts = line_amounts(line, currency)
            if len(amounts) > 1 and (after := line_amounts(line[label.end():], currency)) \
                    and len(after) < len(amounts):
                # "on 61 000, less 5 000 paid, so the amount due is 56 000": the sums
                # before the label explain it, the one after it is the label's
                amounts = after[:1]
            if not amounts:  # a table cell: the label above, the amount below
                nxt = next((x for x in lines[i + 1:i + 3] if x.strip()), "")
                if len(nxt.strip()) <= 24:
                    amounts = line_amounts(nxt, currency)
            found += amounts
        if found:
            return max(found, key=lambda m: m.amount)
    # (when every line names a tax or a fee, still never a statement's balance)
    # (nor the sum of a credit note sent beside it and not to be set against it: "sowie
    # Gutschrift GS-7 über 480,00 EUR ... bitte nicht verrechnen")
    gross = _net_and_its_tax(find_money(text))
    if gross is not None:
        return gross
    apart = _CREDIT_APART.search(text) is not None
    money = [m for m in find_money(text) if not _NOT_TOTAL.search(m.line)
             and not (apart and _CREDIT_LINE.search(m.line))] or [
        m for m in find_money(text) if not _BALANCE.search(m.line)] or find_money(text)
    return max(money, key=lambda m: m.amount) if money else None


_TAX_RATE = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s*%")


def _net_and_its_tax(money: list[Money]) -> Money | None:
    """With no total line: two sums, a net and on a line of its own the tax at its stated
    rate of that net ("Стоимость без НДС: 350 000,00 руб." / "НДС 20%: 70 000,00 руб."),
    come to their sum, the gross (neither alone is what is owed); None for anything
    else (more sums, the tax no rate of the net, a gross stated)."""
    if len(money) != 2 or money[0].currency != money[1].currency \
            or money[0].line == money[1].line:
        return None
    net, tax = money
    if not _NOT_TOTAL.search(net.line):
        return None
    rates = {r.group(1).replace(",", ".") for r in _TAX_RATE.finditer(tax.line)}
    if len(rates) != 1 or _TAX_RATE.search(net.line):
        return None
    if (net.amount * Decimal(rates.pop()) / 100).quantize(Decimal("0.01")) != tax.amount:
        return None
    return Money(net.amount + tax.amount, net.currency, tax.line)


# ------------------------------------------------------------------ invoice numbers

# each language's words are in its lang/<code>.py; "#", "№" and "id" are every
# language's, "n°", "n." and "facture" those of French invoices (no language file)
_NO_MARK = rf"(?:{either('NUMBER_MARKS')}|#|№|n°|n\.|id)"
_START = r"(?<![^\W\d_])"
_NO_WORD = (
    rf"(?:{_START}(?:facture)|"
    + "|".join(rf"{_START}(?:{word})" for _, word in fragments("INVOICE_NO_WORDS")) + ")"
)
INVOICE_NO = re.compile(
    rf"(?:{_NO_WORD}(?:\s*\(\d{{3}}\))?(?:[\s-]?(?P<mark1>{_NO_MARK}))?"
    rf"|{_START}(?P<mark2>{_NO_MARK})\s*(?:{either('INVOICE_AFTER_MARK')}))"
    rf"(?![^\W\d_])\s*[:#№.]?\s*(?:(?P<mark3>№|#|{either('NUMBER_ABBREVIATIONS')})\s*)?"
    rf"(?P<no>[^\W_][\w\-/.]*\d[\w\-/]*|\d[\w\-/.]*)",
    re.IGNORECASE,
)
# "расчётный счёт № 4070…" is a bank account, not an invoice
_ACCOUNT_BEFORE = re.compile(rf"(?:{either('BANK_ACCOUNT_BEFORE')})\w*\W{{0,3}}$", re.IGNORECASE)
_LOOKS_LIKE_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$|^\d{1,2}[./]\d{1,2}$")
# A bare reference-like token (INV-2026-0142, RE-1001, СЧ-2026-118, INV/2026/11/0042)
ID_TOKEN = re.compile(r"(?<![\w/-])(?=[\w/-]*\d)([^\W\d_]{1,6}[-/]?\d[\w]*(?:[-/][\w]+)*)(?![\w/-])")


_MORE_NO = re.compile(
    rf"\s*(?:,|;|&|\+|/|{either('LIST_AND')})\s*"
    rf"(?:(?:№|#|{either('NUMBER_ABBREVIATIONS')})\s*)?(?P<no>[^\W_][\w\-/.]*\d[\w\-/]*)",
    re.IGNORECASE,
)


def _shape(no: str) -> str:
    return re.sub(r"\d+", "9", re.sub(r"[^\W\d_]+", "a", no))


def invoice_shape(no: str) -> str:
    """'RE-2026-1001' -> 'a-9-9', 'INV/2026/11/0042' -> 'a/9/9/9': numbers alike in form."""
    return _shape(no)


# the next item of a list of numbers, one a line, each with the mark the first one had
# ("Направляю два счёта:\n  № 1193 от ...\n  № 1194 от ..."): the rest of the line, then
# the next line's mark and number
_NEXT_ITEM = re.compile(r"[^\n]*\n[ \t]*(?:[-•*·][ \t]*)?(?P<mark>№|#)[ \t]*"
                        r"(?P<no>[^\W_][\w\-/.]*\d[\w\-/]*|\d[\w\-/.]*)")


# after a part invoice's count ("Abschlagsrechnung Nr. 3"), a dash or colon and the
# invoice's own reference on the same line
_COUNT_THEN_NUMBER = re.compile(
    r"[ \t]*[–—:-][ \t]*(?P<no>(?=[\w/-]*\d)[^\W\d_]{1,6}[-/]?\d[\w]*(?:[-/][\w]+)*)(?![\w/-])")


def invoice_number_lists(text: str) -> list[list[str]]:
    """The invoice numbers the text labels as such, grouped by label: one group per
    label, holding the list that follows it ("invoices INV-1, INV-2 and INV-3", "по
    счетам № 118 и 119", or one item a line, each with its mark: "два счёта:\n № 1193 от
    ...\n № 1194 от ...") when its items look alike."""
    groups: list[list[str]] = []
    for m in INVOICE_NO.finditer(text):
        found = [m.group("no").rstrip(".-/_")]
        end = m.end()
        while more := _MORE_NO.match(text, end):
            no = more.group("no").rstrip(".-/_")
            if _shape(no) != _shape(found[0]):
                shared = _shared_part(found, no, more.group(0))
                if shared is None:
                    break
                found, no = shared
            found.append(no)
            end = more.end()
        if len(found) == 1 and re.fullmatch(r"\d{1,2}", found[0]) \
                and (named := _COUNT_THEN_NUMBER.match(text, end)):
            # "Teilrechnung Nr. 2 – RG-2026-2238": the count of the part, then its number
            found = [named.group("no")]
            end = named.end()
        mark = m.group("mark3")
        if mark in ("№", "#") and len(found) == 1 and "\n" in text[m.start():m.start("mark3")]:
            # the first number starts a line of its own after the label: a list, a line each
            while (item := _NEXT_ITEM.match(text, end)) and item.group("mark") == mark \
                    and _shape(item.group("no").rstrip(".-/_")) == _shape(found[0]):
                found.append(item.group("no").rstrip(".-/_"))
                end = item.end()
        seen: list[str] = []
        for no in found:
            _add_number(text, m, no, seen)
        if seen:
            groups.append(seen)
    return groups


# a serial written out in full once in a list: its shared tail after the last item
# ("0411 & 0412/KSB/XI/2026"), its shared head before the first ("RE-2026-0731 und 0732")
_WITH_TAIL = re.compile(r"(?P<serial>\d+)(?P<tail>[-/][^\W_][\w\-/]*)")
_HEAD = re.compile(r"(?P<head>.*[^\d])(?P<serial>\d+)")


def _shared_part(found: list[str], no: str, joint: str) -> tuple[list[str], str] | None:
    """A list's items with the part written only once filled in (the items so far, and
    the next one), when `no` differs from them only by that part and the serials are of
    one length; None otherwise ("RE-2026-0731 / 2026": no list item)."""
    if "/" in joint.split(no, 1)[0]:
        return None  # "X / 2026" is a number's year, not a second item
    tail = _WITH_TAIL.fullmatch(no)
    if tail and all(re.fullmatch(r"\d+", f) and len(f) == len(tail["serial"]) for f in found):
        return [f + tail["tail"] for f in found], no
    head = _HEAD.fullmatch(found[-1])
    if head and re.fullmatch(r"\d+", no) and len(no) == len(head["serial"]) \
            and re.search(r"[^\W\d_]", head["head"]) \
            and not re.fullmatch(r"(?:19|20)\d\d", head["serial"]):
        # (a last group that is a year, "0411/KSB/XI/2026", is no serial to vary)
        return found, head["head"] + no
    return None


def invoice_numbers(text: str) -> list[str]:
    """Invoice numbers that the text labels as such ("Invoice No. X", "Rechnung X",
    "Счёт № X", "Nomor Faktur: X"), each once, in order of appearance; a list after one
    label counts whole when its items look alike (invoice_number_lists)."""
    return list(dict.fromkeys(n for group in invoice_number_lists(text) for n in group))


_IBAN = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}")


@cache
def _iban_length(country: str) -> int | None:
    """The IBAN's length in `country` (schwifty's ISO 13616 registry, loaded at the first
    IBAN-shaped token, not at start-up)."""
    from schwifty import registry
    from schwifty.exceptions import InvalidCountryCode
    try:
        return registry.get_iban_spec(country).iban_length
    except InvalidCountryCode:
        return None


def is_iban(token: str) -> bool:
    """An IBAN ("KZ52722S000017340911", spaces dropped): its shape with its ISO 13616
    check digits (mod 97 is 1), or with its country's exact length. An account, never an
    invoice number."""
    s = token.replace(" ", "").upper()
    if not _IBAN.fullmatch(s):
        return False
    if _iban_length(s[:2]) == len(s):
        return True
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _add_number(text: str, m: re.Match[str], no: str, seen: list[str]) -> None:
    marked = m.group("mark1") or m.group("mark2") or m.group("mark3")
    if not no or _LOOKS_LIKE_DATE.match(no) or (len(no) < 3 and not marked):
        return
    if re.fullmatch(r"\d{1,4}", no) and not marked:
        return  # "invoice 2026", "Rechnung 1": a year or a count, not a number
    if _ACCOUNT_BEFORE.search(text[max(0, m.start() - 15):m.start()]):
        return
    if re.fullmatch(r"\d{16,}", no) or is_iban(no):  # an account number
        return
    if re.fullmatch(r"[\dxX*•]{12,}", no) and sum(c.isdigit() for c in no) >= 6:
        return  # a masked account number ("40702810xxxxxxxx1234")
    if no not in seen:
        seen.append(no)


def mentions(text: str, numbers: list[str] | tuple[str, ...]) -> list[str]:
    """Which of the known invoice numbers appear in the text as whole tokens, in the
    order they first appear."""
    from mailbot.reading.facts import find_known  # facts builds on this module

    return find_known(text, {n.casefold(): n for n in numbers}) if numbers else []


def reference_tokens(text: str) -> list[str]:
    """Reference-like tokens (letters then digits, or digit groups with separators)."""
    seen: list[str] = []
    for m in ID_TOKEN.finditer(text):
        token = m.group(1)
        if len(token) >= 5 and token not in seen and not _LOOKS_LIKE_DATE.match(token):
            seen.append(token)
    return seen


# ------------------------------------------------------------------ dates

# Dates are read by the one date reader (mailbot.reading.dates), which knows the month
# names of every language; without a base date it reads only dates that state their year.


def find_dates(text: str, month_first: bool = False,
               order: str | None = None) -> list[date]:
    return [f.date for f in dates.find(text, order=order, month_first=month_first)]


def parse_date(candidate: str, month_first: bool = False,
               order: str | None = None) -> date | None:
    """The first date written in `candidate`, in any of the languages' formats."""
    return dates.first(candidate, order=order, month_first=month_first)


def _date_at_start(text: str, month_first: bool = False,
                   order: str | None = None) -> date | None:
    found = dates.find(text, order=order, month_first=month_first)
    return found[0].date if found and found[0].start == 0 else None


def without_dates(line: str) -> str:
    for f in reversed(dates.find(line)):
        line = line[:f.start] + " " + line[f.end:]
    return line


_DUE_WORDS = either("DUE_LABELS")
_ISSUE_WORDS = either("ISSUE_LABELS")
# "Invoice No. 17 of 1 December", "Rechnung 17 vom 1.12.", "Счёт № 17 от 1 декабря"; the
# number and date may wrap onto the next line right after the word ("... и счёт\n№ 17 от
# 1 декабря", a hard-wrapped body)
_DATED_NUMBER = re.compile(
    rf"{_NO_WORD}(?:[ \t]*\r?\n(?=[ \t]*(?:№|#|{either('NUMBER_ABBREVIATIONS')})))?"
    rf"[^\n]{{0,40}}?(?:{either('NUMBER_DATED')})(?P<rest>[^\n]{{0,40}})",
    re.IGNORECASE,
)
# ... the invoice's word, its number (after a mark, "№", "Nr.", a bare "N") and the date
_NUMBER_THEN_DATED = re.compile(
    rf"{_NO_WORD}\s*(?:(?:{_NO_MARK}|nr|no|n)\.?\s*)?(?:[:#]\s*)?"
    rf"(?=[\w\-/.]*\d)[^\W_][\w\-/.]*[^\W_.][ \t]*,?[ \t]*"
    rf"(?:{either('NUMBER_DATED')})(?P<rest>[^\n]{{0,40}})", re.IGNORECASE)
_GENERIC_DATE = re.compile(
    rf"(?<![^\W\d_])(?P<label>{either('DATE_LABEL')})(?![^\W\d_])(?P<rest>[^\n]{{0,60}})",
    re.IGNORECASE,
)
_DATE_LINK = either("DATE_LINK")
# a bare date label is a field at the start of a line or after a separator ("Datum:
# ...", "No. 17 | Date 01.12.2026", "Invoice 17, date 1 December")
_FIELD_START = re.compile(r"(?:^|[,;|/(])[\W_]*$")
_NOT_ISSUE_BEFORE = re.compile(rf"(?:{either('NOT_ISSUE_BEFORE')})\W{{0,3}}$", re.IGNORECASE)
_NOT_ISSUE_AFTER = re.compile(rf"^\W{{0,3}}(?:{either('NOT_ISSUE_AFTER')})", re.IGNORECASE)


# an issue label that names where the terms start ("within 45 days of invoice date
# (19 December 2026)", "30 hari sejak tanggal invoice"): no label of the issue date, and
# a date in brackets after it is the due date the terms give
_TERMS_START = re.compile(rf"(?:{either('ISSUE_AS_START')})\s*$", re.IGNORECASE)
_BRACKET_NEXT = re.compile(r"[\s,:]*\(")


def _starts_terms(line_before: str) -> bool:
    return bool(_TERMS_START.search(line_before))


def _before_stop(rest: str, stop: str, bracketed_reference: bool) -> str:
    """`rest` up to the next label (`stop`); with `bracketed_reference`, an issue label
    naming where the terms start, with the date in brackets after it, is no label."""
    for cut in re.finditer(stop, rest, re.IGNORECASE):
        if (bracketed_reference and _starts_terms(rest[:cut.start()])
                and _BRACKET_NEXT.match(rest, cut.end())):
            continue
        return rest[:cut.start()]
    return rest


def _labelled(text: str, words: str, stop: str | None = None,
              month_first: bool = False, order: str | None = None,
              *, issue: bool = False) -> date | None:
    # `rest` starts right after the label, so a leading month name stays in it:
    # "Payable by December 15, 2026" must keep "December"
    pattern = re.compile(rf"(?:{words})(?![^\W\d_])(?P<rest>[^\n]{{0,70}})", re.IGNORECASE)
    for m in pattern.finditer(text):
        if issue and _starts_terms(text[text.rfind("\n", 0, m.start()) + 1:m.start()]):
            continue  # "30 days from invoice date": where the terms start, not a label
        rest = m.group("rest")
        if stop:  # "Invoice date:      Due date: 15.12.": the date belongs to the next label
            rest = _before_stop(rest, stop, bracketed_reference=not issue)
        d = parse_date(rest, month_first, order)
        if d is None and not rest.strip(" :\t"):  # label above, value below (PDF tables)
            following = text[m.end():].lstrip("\n")
            nxt = following.split("\n", 1)[0]
            d = _date_at_start(nxt.strip(), month_first, order) or _after_short_word(
                nxt.strip(), month_first, order)
        if d:
            return d
    return None


# a sentence wrapped after its label: "срок оплаты\nдо 15.12.2026", "payable\nby 15/12/2026"
_SHORT_WORD = re.compile(r"^\W*[^\W\d_]{1,4}\.?\s+$")


def _after_short_word(line: str, month_first: bool = False,
                      order: str | None = None) -> date | None:
    """The date a line starts with after one short word ("до", "by", "bis", "tgl")."""
    found = dates.find(line, order=order, month_first=month_first)
    if found and _SHORT_WORD.match(line[:found[0].start]):
        return found[0].date
    return None


def labelled_date(text: str, words: str, month_first: bool = False,
                  order: str | None = None) -> date | None:
    return _labelled(text, words, None, month_first, order)


def due_date(text: str, month_first: bool = False, order: str | None = None) -> date | None:
    return _labelled(text, _DUE_WORDS, _ISSUE_WORDS, month_first, order)


# dates written without a year ("paling lambat tgl 20/11", "bis 20.11."), not relative ones
_WRITTEN_DATE_RULES = ("numeric", "day_month", "month_day")


def due_date_without_year(text: str, mailed: date, month_first: bool = False,
                          order: str | None = None) -> date | None:
    """A labelled due date written without its year, read as the next such day from the
    day the invoice was mailed ("paling lambat tgl 20/11" in a mail of 6 November)."""
    pattern = re.compile(rf"(?:{_DUE_WORDS})(?![^\W\d_])(?P<rest>[^\n]{{0,40}})", re.IGNORECASE)
    for m in pattern.finditer(text):
        rest = _before_stop(m.group("rest"), _ISSUE_WORDS, bracketed_reference=True)
        found = [f for f in dates.find(rest, mailed, order=order, month_first=month_first)
                 if f.rule in _WRITTEN_DATE_RULES]
        if found and found[0].date >= mailed:
            return found[0].date
    return None


def due_date_relative(text: str, base: date) -> date | None:
    """A labelled due date said relative to the day the invoice was written ("до пятницы",
    "sebelum akhir bulan", "by the end of the month"), read from `base` (the issue date,
    else the day it was mailed); never one before it."""
    pattern = re.compile(rf"(?:{_DUE_WORDS})(?![^\W\d_])(?P<rest>[^\n]{{0,40}})", re.IGNORECASE)
    for m in pattern.finditer(text):
        rest = _before_stop(m.group("rest"), _ISSUE_WORDS, bracketed_reference=True)
        found = dates.find(rest, base)
        if found and found[0].rule == "in_n" and _DISCOUNT_WORD.search(
                text, m.start("rest"), m.start("rest") + 120):
            # "zahlbar innerhalb von 14 Tagen mit 2 % Skonto oder 30 Tage netto": the
            # discount's period, not the due date; the terms reader knows which is net
            continue
        if found and found[0].date >= base and not rest[:found[0].start].strip(" :\t"):
            return found[0].date
    return None


def issue_date(text: str, month_first: bool = False, order: str | None = None) -> date | None:
    found = _labelled(text, _ISSUE_WORDS, _DUE_WORDS, month_first, order, issue=True)
    if found:
        return found
    # the date right after the invoice's own number ("Счёт N СЧ-7 от 02.11.2026") first:
    # an earlier "invoice for contract N 47 of 14.10.2026" dates the contract
    for m in _NUMBER_THEN_DATED.finditer(text):
        if d := parse_date(m.group("rest")[:25], month_first, order):
            return d
    for m in _DATED_NUMBER.finditer(text):
        d = parse_date(m.group("rest")[:25], month_first, order)
        if d:
            return d
    for m in _GENERIC_DATE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start:m.start()]
        if _NOT_ISSUE_BEFORE.search(before) or _NOT_ISSUE_AFTER.search(m.group("rest")):
            continue
        if not _FIELD_START.search(before) and not re.match(r"\s*:", m.group("rest")):
            # a date in running text ("mohon pembayaran paling lambat tanggal 2 Desember",
            # "mobilisasi dimulai tanggal 7 Desember"): no field of the invoice's date
            continue
        rest = m.group("rest")
        value = re.match(rf"\s*(?:(?:{_DATE_LINK})\s+)?[:.]?\s*", rest)
        d = _date_at_start(rest[value.end() if value else 0:], month_first, order)
        if d:
            return d
    # "INVOICE INV-2026-0115   09/11/2026": a heading line of the number and one date
    for m in INVOICE_NO.finditer(text):
        line_end = text.find("\n", m.end())
        rest = text[m.end():line_end if line_end >= 0 else len(text)]
        if not re.match(r"[ \t]{2,}\S", rest):
            continue
        heading = dates.find(rest.strip(), order=order, month_first=month_first)
        if len(heading) == 1 and heading[0].start == 0 \
                and not rest.strip()[heading[0].end:].strip(" ,."):
            return heading[0].date
    # "Invoice No. INV/2026/0115 (09 Nov 2026)": a bracket holding only a date
    for bracket in _BRACKET_DATE.finditer(text):
        before = text[max(0, bracket.start() - 60):bracket.start()]
        if not any(m.end() == len(before) for m in INVOICE_NO.finditer(before)):
            continue
        inside = dates.find(bracket.group(1), order=order, month_first=month_first)
        if len(inside) == 1 and inside[0].start == 0 \
                and not bracket.group(1)[inside[0].end:].strip(" ,."):
            return inside[0].date
    return None


_BRACKET_DATE = re.compile(r"[ \t]*\(([^()\n]{4,24})\)")


numeric_date_order = dates.numeric_order
has_numeric_date = dates.has_numeric_date
add_business_days = dates.add_business_days

# any word before a day, a comma and a year: "December 15, 2026" (an American writer)
_MON = r"[^\W\d_]{3,10}\.?"


def looks_american(text: str) -> bool:
    """Month-first slash dates: a US-dollar document or one writing 'December 15, 2026'."""
    return bool(re.search(r"\$|\bUSD\b", text)) or (bool(re.search(
        rf"\b{_MON}\s+\d{{1,2}},\s+\d{{4}}", text)) and not re.search(r"€|\bEUR\b", text))


# ------------------------------------------------------------------ payment terms

# each language's words are in its lang/<code>.py (see lang/__init__.py), joined here; a
# language's unit may mark business days with a group named "business"
_UNIT = "|".join(unit.replace("(?P<business>", f"(?P<business_{code}>")
                 for code, unit in fragments("TERMS_UNIT")) or "(?!)"
_BUSINESS = tuple(f"business_{code}" for code, unit in fragments("TERMS_UNIT")
                  if "(?P<business>" in unit)
_COUNT = r"(?P<n>\d{1,3})\s*(?:\([^)\n]{1,30}\)\s*)?"
_TERMS_BEFORE = either("TERMS_BEFORE")
_NET = either("NET_DAYS")
_TERMS_LINK = either("TERMS_LINK")
_TERMS = (
    re.compile(rf"\b(?:{_NET})\s*(?P<net>\d{{1,3}})(?!\d|[.,]\d)\b", re.IGNORECASE),
    re.compile(rf"(?:{_TERMS_BEFORE})\s*[-–—:]?\s*(?:(?:{_TERMS_LINK})\s+)?{_COUNT}(?:{_UNIT})",
               re.IGNORECASE),
    # ("30-day terms": the count joined to its unit by a hyphen)
    re.compile(rf"{_COUNT}-?(?:{_UNIT})\s*(?:{either('TERMS_AFTER')})", re.IGNORECASE),
    # "due 18 December (30 days)", "bis zum 27.11.2026 (14 Tage)": the day count in
    # brackets right after the due date is the terms
    re.compile(rf"(?:\d{{4}}|\d{{1,2}}\.\d{{1,2}}\.?|\d{{1,2}}\.?\s+[^\W\d_]{{3,}}\.?)\s*\(\s*"
               rf"{_COUNT}(?:{_UNIT})\s*\)", re.IGNORECASE),
    # ... or after a dash, ending the line: "Due 10/12/2026 - 30 days"
    re.compile(rf"(?:\d{{4}}|\d{{1,2}}\.\d{{1,2}}\.?)[ \t]*[-–—][ \t]*{_COUNT}(?:{_UNIT})[ \t]*\.?[ \t]*$",
               re.IGNORECASE | re.MULTILINE),
)
# "Due: upon receipt", "Zahlbar sofort", "segera dibayar", "оплата сразу": terms of 0 days
_TERMS_NOW = re.compile(either("TERMS_NOW"), re.IGNORECASE)
# (and the French word, seen on French invoices: no language file of its own)
_DISCOUNT_WORD = re.compile(either("DISCOUNT_WORDS") + "|escompte", re.IGNORECASE)


# Numbers 1-90 written out, for terms: "within fourteen days", "thirty (30) days",
# "innerhalb von vierzehn Tagen", "dalam empat belas hari", "в течение четырнадцати дней".
# Each language's words and compounds are in its lang/<code>.py (TERMS_NUMBER_WORDS,
# TERMS_NUMBER_COMPOUNDS); one regular expression, no parser. A compound's groups are
# renamed per language ("tens__de"): a group's name before "__" is its role.
_NUMBER_WORDS: dict[str, int] = {}
for _code, _table in fragments("TERMS_NUMBER_WORDS"):
    _NUMBER_WORDS.update({word.lower(): value for word, value in _table.items()})
_COMPOUNDS = "|".join(re.sub(r"\(\?P<(\w+)>", rf"(?P<\1__{code}>", compound)
                      for code, compound in fragments("TERMS_NUMBER_COMPOUNDS")) or "(?!)"
_NUMBER_WORD = re.compile(
    rf"(?<![^\W\d_])(?:{_COMPOUNDS}|"
    rf"(?P<word>{'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True)) or '(?!)'}))(?![^\W\d_])",
    re.IGNORECASE,
)


def _number_word_value(m: re.Match[str]) -> int | None:
    if m.group("word"):
        return _NUMBER_WORDS.get(m.group("word").lower())
    total = 0
    for name, word in m.groupdict().items():
        if word and "__" in name:
            role, value = name.split("__")[0], _NUMBER_WORDS[word.lower()]
            total += value * 10 if role == "unit_x10" else value + 10 if role == "unit_plus10" \
                else value
    return total


def number_words_to_digits(text: str) -> str:
    """'within fourteen days' -> 'within 14 days', 'тридцати (30) дней' -> '30 (30) дней'
    (numbers 1-90 written in the words of any language)."""
    def digits(m: re.Match[str]) -> str:
        value = _number_word_value(m)
        return str(value) if value is not None and 0 < value <= 99 else m.group(0)
    return _NUMBER_WORD.sub(digits, text)


@dataclass(frozen=True)
class Terms:
    days: int | None = None
    business_days: bool = False
    discount_percent: Decimal | None = None
    discount_days: int | None = None
    late_fee: str | None = None


_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*(?=(?P<letter>[^\W\d_]))")


def _clauses(text: str) -> list[str]:
    """Sentences and list items; a line that starts in lower case continues the one
    before (PDF text breaks lines mid-sentence)."""
    # a lower-case letter of any alphabet
    joined = _LINE_BREAK.sub(lambda m: " " if m.group("letter").islower() else m.group(0), text)
    return [c for c in re.split(r";|\n|(?<=\D)\.(?=\s)|,\s+", joined) if c.strip()]


_NET_MARK = re.compile(either("NET_MARK"), re.IGNORECASE)
_DAY_COUNT = re.compile(rf"{_COUNT}(?:{_UNIT})", re.IGNORECASE)


def payment_terms(text: str) -> Terms:
    """Net period (in days, and whether they are business days), early-payment discount
    and late-fee wording, as the text states them; nothing is invented."""
    days: list[tuple[int, bool]] = []
    discount: tuple[Decimal, int | None] | None = None
    clauses = _clauses(number_words_to_digits(text))
    used: set[int] = set()  # clauses whose day count is the discount period
    for i, clause in enumerate(clauses):
        if discount is None and _DISCOUNT_WORD.search(clause):
            percent = re.search(r"(\d{1,2}(?:[.,]\d{1,2})?)\s*%", clause)
            if percent is None:
                continue
            # the period: in the clause, else the next one ("2% discount, if paid within
            # 10 days"), else the one before ("within 10 days, 2% Skonto")
            period = None
            for j in (i, i + 1, i - 1):
                if 0 <= j < len(clauses) and (j == i or not (
                        _NET_MARK.search(clauses[j]) or _DISCOUNT_WORD.search(clauses[j]))):
                    period = _DAY_COUNT.search(clauses[j])
                    if period:
                        used.add(j)
                        break
            discount = (Decimal(percent.group(1).replace(",", ".")),
                        int(period.group("n")) if period else None)
    for i, clause in enumerate(clauses):
        if i in used and not _NET_MARK.search(clause):
            continue
        for m in (m for pattern in _TERMS for m in pattern.finditer(clause)):
            if "net" in m.groupdict():
                days.append((int(m.group("net")), False))
            else:
                biz = any(m.group(g) for g in _BUSINESS)
                days.append((int(m.group("n")), biz))
        if _TERMS_NOW.search(clause):
            days.append((0, False))
    if two_ten := re.search(rf"\b(\d{{1,2}}(?:[.,]\d+)?)\s*/\s*(\d{{1,3}})\s*,?\s*"
                            rf"(?:{_NET})\s*(\d{{1,3}})\b",
                            text, re.IGNORECASE):  # "2/10 net 30"
        discount = (Decimal(two_ten.group(1).replace(",", ".")), int(two_ten.group(2)))
        days.append((int(two_ten.group(3)), False))
    if discount is not None and discount[1] is not None and len(days) > 1:
        days = [d for d in days if d[0] != discount[1]] or days
    net = max(days) if days else None
    return Terms(
        days=net[0] if net else None, business_days=bool(net and net[1]),
        discount_percent=discount[0] if discount else None,
        discount_days=discount[1] if discount else None,
        late_fee=late_fee(text),
    )


def terms_days(text: str) -> int | None:
    return payment_terms(text).days


_LATE = re.compile(either("LATE_FEE"), re.IGNORECASE)


def late_fee(text: str) -> str | None:
    """The sentence stating late fees or interest, when the text has one with a figure."""
    for line in text.splitlines():
        if _LATE.search(line) and re.search(r"\d", line):
            for sentence in re.split(r"(?<=[.!?])\s+", line.strip()):
                if _LATE.search(sentence) and re.search(r"\d", sentence):
                    return sentence[:200]
    return None


# ------------------------------------------------------------------ parties

_PARTY_LABEL = re.compile(
    rf"^\s*(?:{either('PARTY_LABELS')})(?![^\W\d_])\s*[:.]?\s*(?P<rest>.*)$", re.IGNORECASE)
# (and "S.A.", a legal form of languages without a file)
_LEGAL_FORM = re.compile(rf"^\s*(?:{either('LEGAL_FORMS')}|s\.?a)\b\.?", re.IGNORECASE)
_TAX_ID = re.compile(rf"(?:{either('TAX_ID_WORDS')})\b", re.IGNORECASE)


_FIELD = re.compile(r"^\s*(?P<key>[^\W\d_][\w .-]{1,25}?)\s*:\s*(?P<value>.*)$")
_NAME_KEYS = re.compile(rf"^(?:{either('NAME_KEYS')})$", re.IGNORECASE)
_ADDRESS_KEYS = re.compile(rf"^(?:{either('ADDRESS_KEYS')})$", re.IGNORECASE)


_TABLE_ROW = re.compile(rf"\b(?:{either('TABLE_HEADERS')})\b|\d[.,]\d{{2}}\b", re.IGNORECASE)
_POSTCODE_CITY = re.compile(r"(?<![\d.,])\d{4,6}(?![\d.,])[ ,]+[^\W\d_]{3,}|"
                            r"[^\W\d_]{3,}[ ,]+(?:[A-Z]{2}\s+)?\d{4,6}(?![\d.,])")


def party(text: str) -> tuple[str | None, str | None]:
    """Debtor name and address from a 'Bill to:' block (or its equivalent)."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        m = _PARTY_LABEL.match(line)
        if not m:
            continue
        rest = m.group("rest").strip()
        if _POSTCODE_CITY.search(rest) and "," in rest:
            return _split_name([rest])  # name and address on the label's line
        if rest.startswith("/") or _PARTY_LABEL.match(rest.lstrip("/ ")):
            rest = ""  # "Käufer/Leistungsempfänger": two labels, the value is below
        block = [rest] if rest else []
        name = address = None
        for nxt in lines[i + 1:i + 7]:
            if not nxt.strip():
                if block or name:
                    break
                continue
            field = _FIELD.match(nxt)
            if field and _NAME_KEYS.match(field.group("key").strip()):
                name = field.group("value").strip()
                continue
            if field and _ADDRESS_KEYS.match(field.group("key").strip()):
                address = field.group("value").strip()
                continue
            if field and (name or block):
                break
            if field or _PARTY_LABEL.match(nxt):
                if field and not block:  # "Nummer: GE2020211" above the name
                    continue
                break
            if _TABLE_ROW.search(nxt):
                break  # the items table starts right below the address in PDF text
            if name and address is not None:
                if _POSTCODE_CITY.search(address):
                    break
                address += ", " + nxt.strip()
                continue
            block.append(nxt.strip())
            if len(block) >= 4 or _POSTCODE_CITY.search(nxt):
                break
        if block and len(block) == 1 and "," in block[0] and re.search(r"\d", block[0]):
            pass  # "Bill to: Globex, 742 Evergreen Terrace, Springfield": all on one line
        if name:
            return name, address
        if not block or not re.search(r"[^\W\d_]{2}", block[0]):
            continue  # "Customer: 2" is a customer number
        return _split_name(block)
    return None, None


def _split_name(block: list[str]) -> tuple[str, str | None]:
    first = block[0]
    parts = [p.strip() for p in first.split(",")]
    name = parts[0]
    k = 1
    while k < len(parts) and _LEGAL_FORM.match(parts[k]):
        name += ", " + parts[k]
        k += 1
    rest = [p for p in parts[k:] if p and not _TAX_ID.match(p)]
    rest += block[1:]
    address = ", ".join(r for r in rest if r) or None
    return name.strip(" ,;"), address

"""What invoice copies from staff and payment notices from notifiers say. Pure.

An invoice copy is read from, best first: an e-invoice attachment (Factur-X, ZUGFeRD,
XRechnung, UBL), the text of a PDF attachment, the body, the subject. Each source is read
on its own; for each fact the best source that states it wins, and where a lesser source
states something else the disagreement is recorded on the facts (the e-invoice is the
legal document; a cover note that says otherwise is worth a look, not a veto).

A payment notice is read for what it says (amount, currency, invoice references, date,
"partial" or "in full"); whether it settles an invoice is the ledger's decision.
"""

from __future__ import annotations

import html as html_entities
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from mailbot.reading import einvoice, extract, facts
from mailbot.reading.context import Context
from mailbot.domain.values import Address, Classification, InvoiceFacts, Kind, PaymentFacts
from mailbot.reading.facts import KnownFacts
from mailbot.reading.language import detect as detect_language
from mailbot.reading.parse import ParsedMessage
from mailbot.reading.trust import organisational_domain

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
    statement: bool = False  # lists several invoices, each with an amount
    # the issue and due dates read with the other day/month order, when the text's numeric
    # dates are all ambiguous (03/12/2026) and that reading differs; None otherwise
    other_issue_date: date | None = None
    other_due_date: date | None = None

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


_CREDIT_WORDS = re.compile(r"credit\s+note|gutschrift|nota\s+kredit|кредит-?нот|avoir",
                           re.IGNORECASE)


def from_text(text: str, source: str, known: tuple[str, ...] | KnownFacts = ()) -> SourceFacts:
    """Facts stated in free text (a PDF's text, a body, a subject)."""
    text = text[:MAX_TEXT]
    numbers = extract.invoice_numbers(text) or (
        extract.mentions(text, known) if isinstance(known, tuple) else known.numbers_in(text))
    if not numbers and source == "subject" and re.search(
            r"invoice|rechnung|faktur|tagihan|сч[её]т|bill", text, re.IGNORECASE):
        numbers = extract.reference_tokens(text)
    money = extract.total_amount(text) if source != "subject" else _subject_money(text)
    terms = extract.payment_terms(text)
    name, address = extract.party(text) if source != "subject" else (None, None)
    issued, due, other_issued, other_due = _read_dates(text, source, terms)
    return SourceFacts(
        source=source, number=numbers[0] if numbers else None,
        amount=money.amount if money else None, currency=money.currency if money else None,
        issue_date=issued, due_date=due, other_issue_date=other_issued,
        other_due_date=other_due, terms_days=terms.days,
        business_days=terms.business_days, discount_percent=terms.discount_percent,
        discount_days=terms.discount_days, late_fee=terms.late_fee,
        debtor_name=name, debtor_address=address,
        credit_note=bool(_CREDIT_WORDS.search(text)) and source == "subject",
        statement=_is_statement(text, numbers),
    )


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
    if len(numbers) < 2:
        return False
    priced = {n for line in text.splitlines() if extract.find_money(line)
              for n in numbers if n in line}
    return len(priced) >= 2


def _subject_money(subject: str) -> extract.Money | None:
    money = extract.find_money(subject)
    return max(money, key=lambda m: m.amount) if money else None


def body_text(msg: ParsedMessage) -> str:
    if msg.text.strip():
        return msg.text
    html = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", msg.html)
    html = re.sub(r"(?i)<br\s*/?>|</(?:p|div|tr|li|h\d)>", "\n", html)
    html = re.sub(r"(?i)</t[dh]>", "  ", html)
    text = html_entities.unescape(re.sub(r"<[^>]+>", " ", html))
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


def read_sources(msg: ParsedMessage, ctx: Context) -> list[SourceFacts]:
    """Every source of the message that states something, best first."""
    found: list[SourceFacts] = []
    pdfs: list[SourceFacts] = []
    for a in msg.attachments:
        e = einvoice.read_attachment(a.filename, a.content_type, a.payload)
        if e is not None:
            found.append(from_einvoice(e))
        text = einvoice.pdf_text(a.payload) if b"%PDF-" in a.payload[:1024] else ""
        if text.strip():
            pdfs.append(from_text(text, "pdf", ctx.facts))
    found += pdfs
    found.append(from_text(body_text(msg), "body", ctx.facts))
    found.append(from_text(msg.subject, "subject", ctx.facts))
    return found


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
        if name in ("source", "statement", "other_issue_date", "other_due_date"):
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


# ------------------------------------------------------------------ invoice copies

def _other_reading(sources: list[SourceFacts], name: str) -> date | None:
    """The date `name` ("issue_date" or "due_date") of the source merge took it from, read
    with the other day/month order (None when that reading is the same or impossible)."""
    origin = next((f for f in sources if getattr(f, name) is not None), None)
    return getattr(origin, f"other_{name}") if origin is not None else None


def _consistent_dates(sources: list[SourceFacts], facts: SourceFacts
                      ) -> tuple[date | None, date | None, str]:
    """The stated issue and due date, re-read with the other day/month order where only
    that makes them agree with each other and with the stated terms; and what is still
    wrong with them ("" when nothing is)."""
    issued, due = facts.issue_date, facts.due_date
    problem = date_problem(issued, due, facts.terms_days, facts.business_days)
    if not problem:
        return issued, due, ""
    issue_origin = next((f for f in sources if f.issue_date is not None), None)
    due_origin = next((f for f in sources if f.due_date is not None), None)
    other_issue = _other_reading(sources, "issue_date")
    other_due = _other_reading(sources, "due_date")
    if issue_origin is due_origin:  # one text: one order for both of its dates
        tries = [(other_issue or issued, other_due or due)]
    else:
        tries = [(issued, other_due), (other_issue, due), (other_issue, other_due)]
    for i, d in tries:
        if i is not None and d is not None and (i, d) != (issued, due) \
                and not date_problem(i, d, facts.terms_days, facts.business_days):
            return i, d, ""
    return issued, due, problem


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


_COMPANY_HINT = re.compile(
    r"\b(?:inc|ltd|llc|plc|gmbh|ag|kg|corp|co|company|group|pt|cv|tbk|ооо|ао|зао|пао|ип)\b|"
    r"accounts|buchhaltung|keuangan|бухгалтер",
    re.IGNORECASE,
)


def fallback_debtor_name(contact: Address) -> str:
    """The company from an address: a company-like display name, else the domain."""
    label = organisational_domain(contact.domain).split(".")[0]  # not "finance" of finance.x
    name = contact.name.strip().strip('"')
    if name and (_COMPANY_HINT.search(name) or label.lower() in name.lower()):
        return name
    return label.capitalize() if "." in contact.domain else contact.email


def invoice_copy(msg: ParsedMessage, ctx: Context, auth: bool | None,
                 sources: list[SourceFacts] | None = None) -> Classification:
    sources = read_sources(msg, ctx) if sources is None else sources
    facts, disagreements = merge(sources)
    contacts = debtor_contacts(msg, ctx)
    language = detect_language(f"{msg.subject}\n{body_text(msg)}"[:20_000])
    if language is None or (language == "en" and len(body_text(msg).split()) < 8):
        # a one-line cover note says little: the attached PDF's words decide
        pdf_words = "\n".join(einvoice.pdf_text(a.payload)[:5000] for a in msg.attachments
                               if b"%PDF-" in a.payload[:1024])
        language = detect_language(pdf_words) or language
    stated_issue, stated_due, problem = _consistent_dates(sources, facts)
    if problem:
        # never registered silently: the pipeline puts an invoice with a disagreement
        # before staff
        disagreements = (*disagreements, f"due date: {problem}")
    mailed = msg.date.date() if msg.date else None
    if stated_issue is None and stated_due is not None and mailed is not None \
            and stated_due < mailed:
        # no issue date to check against: a due date before the mail was written is read
        # the other way round when that puts it after
        other = _other_reading(sources, "due_date")
        if other is not None and other >= mailed:
            stated_due = other
    issued = stated_issue or mailed
    terms = facts.terms_days
    due = stated_due
    if due is None and issued is not None:
        days = terms if terms is not None else ctx.default_terms_days
        due = (extract.add_business_days(issued, days) if facts.business_days
               else issued + timedelta(days=days))
        if terms is None:
            # registered with the default terms, but never silently: a disagreement makes
            # the pipeline register the invoice and still put it before staff
            disagreements = (*disagreements,
                             f"due date: no due date or terms stated; default "
                             f"{ctx.default_terms_days} days assumed (due {due.isoformat()})")
    if terms is None and stated_due is not None and stated_issue is not None \
            and stated_due >= stated_issue:
        terms = (stated_due - stated_issue).days  # the dates say what the terms are
    einvoices = {f.number for f in sources if f.source == "einvoice" and f.number}
    pdf_numbers = {f.number for f in sources
                   if f.source == "pdf" and f.number and f.is_invoice}
    trusted = auth is True or not ctx.require_authentication
    missing = [name for name, v in (("invoice number", facts.number),
                                    ("amount", facts.amount is not None),
                                    ("currency", facts.currency),
                                    ("client address", contacts), ("due date", due)) if not v]
    if missing:
        reason = "invoice copy without " + ", ".join(missing)
    elif len(einvoices) > 1 or (not einvoices and len(pdf_numbers) > 1):
        reason = "several invoices in one mail: " + ", ".join(sorted(einvoices or pdf_numbers))
    elif not einvoices and any(f.statement for f in sources if f.source in ("pdf", "body")):
        reason = "lists several invoices with their amounts (a statement?)"
    elif facts.credit_note:
        reason = "a credit note, not an invoice"
    elif not trusted:
        reason = ("staff mail failed sender authentication" if auth is False else
                  "staff mail without sender authentication by our receiving server")
    else:
        reason = ""
    numbers = (facts.number,) if facts.number else ()
    if facts.number is None or facts.amount is None or facts.currency is None or due is None:
        return Classification(kind=Kind.INVOICE_COPY, confidence=0.4, needs_human=True,
                              reason=reason, authenticated=auth, invoice_numbers=numbers,
                              debtor_contacts=contacts, language=language)
    invoice = InvoiceFacts(
        number=facts.number, amount=facts.amount, currency=facts.currency, issue_date=issued,
        due_date=due, terms_days=terms, terms_business_days=facts.business_days,
        discount_percent=facts.discount_percent, discount_days=facts.discount_days,
        late_fee=facts.late_fee,
        debtor_name=facts.debtor_name or (fallback_debtor_name(contacts[0]) if contacts
                                          else None),
        debtor_address=facts.debtor_address, source=facts.source,
        disagreements=disagreements,
    )
    confidence = 0.95 if facts.source == "einvoice" else 0.9 if not disagreements else 0.75
    return Classification(
        kind=Kind.INVOICE_COPY, confidence=confidence if not reason else 0.5,
        needs_human=bool(reason), reason=reason, authenticated=auth, invoice=invoice,
        invoice_numbers=numbers, debtor_contacts=contacts, language=language,
    )


_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|antw|sv|balas|ответ|отв)\s*(?:\[\d+\])?\s*:",
                            re.IGNORECASE)


def outgoing_invoice(msg: ParsedMessage, ctx: Context,
                     auth: bool | None) -> Classification | None:
    """Without configured staff (``mailbot classify`` with no config): a mail that is
    plainly an invoice sent to another company — an e-invoice attachment, or an invoice
    number, an amount and a due date or terms — read as an invoice copy. It still needs a
    human unless the sender is authenticated (or authentication is not required)."""
    if ctx.staff_addresses or ctx.staff_domains or msg.sender is None:
        return None
    if msg.in_reply_to or _REPLY_SUBJECT.match(msg.subject) or msg.header("Auto-Submitted"):
        return None
    if not debtor_contacts(msg, ctx):
        return None
    sources = read_sources(msg, ctx)
    facts, _ = merge(sources)
    has_einvoice = any(f.source == "einvoice" for f in sources)
    stated = facts.number and facts.amount is not None and (
        facts.due_date is not None or facts.terms_days is not None)
    if not (has_einvoice or stated):
        return None
    return invoice_copy(msg, ctx, auth, sources)


# ------------------------------------------------------------------ payments

_PAY_AMOUNT_LABELS = (
    (r"amount\s+(?:paid|received|credited|of\s+(?:the\s+)?payment|transferred)|"
     r"payment\s+amount|paid\s+amount|total\s+paid|total\s+payment|total\s+amount\s+paid|"
     r"you(?:'ve|\s+have)?\s+(?:received|got)|received\s+(?:a\s+)?payment|"
     r"zahlungsbetrag|überweisungsbetrag|gutschrift|eingang|gezahlt|"
     r"nominal|jumlah\s+(?:transfer|pembayaran|dana|yang\s+diterima)|sebesar|dana\s+masuk|"
     r"сумма\s+(?:платежа|зачисления|перевода|поступления|оплаты)|зачислен|поступил|"
     r"оплачено|итого\s+оплачено"),
    r"\bamount\b|\btotal\b|\bbetrag\b|\bjumlah\b|\bsumme\b|сумма|итого",
)
_PAY_NOT_AMOUNT = re.compile(
    r"\bfee|gebühr|entgelt|biaya|komisi|комисси|balance|saldo|kontostand|остаток|"
    r"available|verfügbar|\bnet\b|netto|payout|auszahlung|invoice\s+(?:total|amount)|"
    r"rechnungsbetrag|open|offen|remaining|outstanding|sisa|остаток\s+долга|долг",
    re.IGNORECASE,
)
_PAY_DATE_LABELS = (
    r"payment\s+date|date\s+(?:of\s+)?(?:payment|transaction|transfer)|paid\s+on|"
    r"value\s+date|booking\s+date|transaction\s+date|received\s+on|"
    r"buchungstag|buchungsdatum|valuta|wertstellung|zahlungsdatum|überweisungsdatum|"
    r"zahlungseingang\s+am|"
    r"tanggal\s+(?:transaksi|transfer|pembayaran)|tgl\.?\s+(?:transaksi|transfer)|waktu\s+"
    r"transaksi|"
    r"дата\s+(?:платежа|операции|зачисления|перевода|оплаты|поступления)"
)
_REFERENCE_LINE = re.compile(
    r"(?:reference|ref\.?|remittance\s+info\w*|memo|description|purpose|note|"
    r"verwendungszweck|zahlungsreferenz|referenz|betreff|berita|keterangan|catatan|"
    r"deskripsi|назначение(?:\s+платежа)?|комментарий|основание)\b[^\n]*",
    re.IGNORECASE,
)
_PARTIAL = re.compile(
    r"partial|part[- ]payment|instal+ment|teilzahlung|teilbetrag|abschlagszahlung|"
    r"sebagian|cicilan|angsuran|termin\s+\d|частичн|част[ьи]\s+(?:оплаты|суммы)",
    re.IGNORECASE,
)
_FULL = re.compile(
    r"in\s+full|paid\s+in\s+full|full\s+payment|fully\s+paid|vollständig|vollzahlung|"
    r"in\s+voller\s+höhe|komplett|lunas|pelunasan|полностью|в\s+полном\s+объ[её]ме|"
    r"полн\w*\s+оплат",
    re.IGNORECASE,
)
_NOT_RECEIVED = re.compile(
    r"refund|rückerstattung|erstattung|rückbuchung|rücklastschrift|chargeback|reversal|"
    r"reversed|storn|failed|declined|abgelehnt|fehlgeschlagen|gagal|ditolak|"
    r"pengembalian\s+dana|dana\s+keluar|возврат|отклон|списани|outgoing\s+transfer|"
    r"ausgehende|payment\s+(?:was\s+)?cancel|dispute\s+opened",
    re.IGNORECASE,
)
_PAYER = re.compile(
    r"(?:^|\n)\s*(?:from|payer|paid\s+by|sender|ordering\s+party|customer|von|auftraggeber|"
    r"zahler|absender|dari|pengirim|nama\s+pengirim|плательщик|отправитель)\s*[:]\s*"
    r"(?P<name>[^\n]{2,80})",
    re.IGNORECASE,
)


def _payer_name(value: str) -> str:
    # "ООО «Пример», ИНН 7701234567": the name, not the tax id
    return re.split(r",?\s+(?:ИНН|INN|NPWP|USt|VAT|IBAN)\b", value.strip(), maxsplit=1)[0]


def _payment_amount(text: str) -> extract.Money | None:
    lines = text.splitlines()
    for labels in _PAY_AMOUNT_LABELS:
        pattern = re.compile(labels, re.IGNORECASE)
        for i, line in enumerate(lines):
            if not pattern.search(line) or _PAY_NOT_AMOUNT.search(line):
                continue
            money = extract.find_money(line)
            if not money:
                nxt = next((x for x in lines[i + 1:i + 3] if x.strip()), "")
                money = extract.find_money(nxt) if len(nxt.strip()) <= 30 else []
            if money:
                return money[0]
    money = [m for m in extract.find_money(text) if not _PAY_NOT_AMOUNT.search(m.line)]
    return money[0] if money else None


def _same_number(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def _payment_references(text: str, ctx: Context) -> tuple[str, ...]:
    """Every invoice the notice refers to: the known ones first, then the numbers labelled
    as invoice numbers, then the invoice-like tokens of the reference lines. A number the
    ledger does not know is never dropped: part of the money may be for it, and the ledger
    leaves such a payment to a person."""
    found = ctx.facts.numbers_in(text)
    for n in extract.invoice_numbers(text):
        if not any(_same_number(n, f) for f in found):
            found.append(n)
    # the shapes of invoice numbers ("a-9-9", "a/9/9/9"): once something is found, only
    # tokens shaped like an invoice number join it ("RE-2026-1001 RE-2026-1050 KD-NR 40088")
    shapes = facts.shapes(found) | ctx.facts.number_shapes()
    narrow = bool(found)
    for m in _REFERENCE_LINE.finditer(text):
        for token in extract.reference_tokens(m.group(0)):
            if narrow and extract.invoice_shape(token) not in shapes:
                continue
            if not any(_same_number(token, f) or token.casefold() in f.casefold()
                       for f in found):
                found.append(token)
    return tuple(found)


def _allocations(text: str, numbers: tuple[str, ...]) -> tuple[tuple[str, Decimal], ...]:
    out = []
    for line in text.splitlines():
        on_line = [n for n in numbers if n.casefold() in line.casefold()]
        money = extract.find_money(line)
        if len(on_line) == 1 and len(money) == 1 and not _PAY_NOT_AMOUNT.search(line):
            out.append((on_line[0], money[0].amount))
    return tuple(out) if len(out) == len(numbers) and len(numbers) > 1 else ()


def _allocation_problem(text: str, numbers: tuple[str, ...], amount: Decimal | None,
                        ctx: Context) -> str:
    """Why the notice's split of the money over its invoices cannot be matched to the
    invoices the ledger knows ("" when it can, or when the notice states no split)."""
    if len(numbers) < 2:
        return ""
    priced = [n for n in numbers if any(
        n.casefold() in line.casefold() and len(extract.find_money(line)) == 1
        and not _PAY_NOT_AMOUNT.search(line) for line in text.splitlines())]
    if not priced:
        return ""  # one amount for several invoices: the ledger splits it (or a person)
    allocations = _allocations(text, numbers)
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


def _paid_on(text: str) -> date | None:
    found = extract.labelled_date(text, _PAY_DATE_LABELS)
    if found:
        return found
    for m in re.finditer(r"(?<![^\W\d_])(?P<label>date|datum|tanggal|дата)(?![^\W\d_])"
                         r"(?P<rest>[^\n]{0,50})", text, re.IGNORECASE):
        before = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if re.search(r"(?:due|invoice|rechnungs|fälligkeits|jatuh\s+tempo|faktur|счета)\W{0,3}$",
                     before, re.IGNORECASE):
            continue
        if re.match(r"\W{0,3}(?:jatuh|faktur|invoice|сч[её]та)", m.group("rest"), re.IGNORECASE):
            continue
        d = extract.parse_date(m.group("rest"))
        if d:
            return d
    return None


def payment(msg: ParsedMessage, ctx: Context, auth: bool | None) -> Classification:
    body = body_text(msg)[:MAX_TEXT]
    attached = "\n".join(einvoice.pdf_text(a.payload) for a in msg.attachments
                         if b"%PDF-" in a.payload[:1024])
    text = f"{msg.subject}\n{body}\n{attached}"
    money = _payment_amount(text)
    numbers = _payment_references(text, ctx)
    trusted = auth is True or not ctx.require_authentication
    stated = "partial" if _PARTIAL.search(text) else "full" if _FULL.search(text) else None
    payer = _PAYER.search(body)
    reason = ""
    if not trusted:
        reason = ("payment notifier mail failed sender authentication" if auth is False else
                  "payment notifier mail without sender authentication by our receiving server")
    elif _NOT_RECEIVED.search(f"{msg.subject}\n{body}"):
        reason = "notifier mail about a refund, reversal or failed payment, not money received"
    elif not numbers:
        reason = "payment without an invoice reference"
    elif money is None:
        reason = "payment without an amount"
    else:
        reason = _allocation_problem(text, numbers, money.amount, ctx)
    return Classification(
        kind=Kind.PAYMENT_CONFIRMATION, confidence=0.95 if not reason else 0.5,
        needs_human=bool(reason), reason=reason, authenticated=auth,
        payment=PaymentFacts(
            amount=money.amount if money else None,
            currency=money.currency if money else None,
            invoice_numbers=numbers,
            paid_on=_paid_on(text) or (msg.date.date() if msg.date else None),
            stated=stated, payer=_payer_name(payer.group("name")) if payer else None,
            allocations=_allocations(text, numbers),
        ),
        invoice_numbers=numbers,
        language=detect_language(f"{msg.subject}\n{body}"[:20_000]),
    )


__all__ = ["SourceFacts", "invoice_copy", "merge", "outgoing_invoice", "payment",
           "read_sources"]

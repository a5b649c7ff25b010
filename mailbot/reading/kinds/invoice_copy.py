"""Invoice copies: a staff member's copy of an invoice sent to a client (the bot in Cc or
Bcc), and without configured staff a plainly outgoing invoice. Pure.

The facts come from mailbot.reading.invoices (each source read, then merged); this reader
checks them against each other and decides what a person must look at.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime, timedelta
from decimal import Decimal

from mailbot.domain.values import Address, Classification, InvoiceFacts, Kind
from mailbot.reading import bank_days, commands, einvoice, extract, replies, subjects
from mailbot.reading.context import Context
from mailbot.reading.invoices import (
    NET_UNDECIDED,
    SourceFacts,
    body_text,
    date_problem,
    debtor_contacts,
    fallback_debtor_name,
    merge,
    read_sources,
)
from mailbot.reading.kinds.forgery import named_invoices
from mailbot.reading.lang import either
from mailbot.reading.language import detect as detect_language
from mailbot.reading.parse import ParsedMessage


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



_TAX_TO_ADD = re.compile(either("TAX_TO_ADD"), re.IGNORECASE)
NET_REACH = 24  # the net sum ends this close before its "+ VAT"


def _net_in_note(msg: ParsedMessage, sources: list[SourceFacts]) -> str | None:
    """The body's sum as the disagreement shows it ("7200.00 GBP"), when the mail states
    it as a net with the tax still to add ("£7,200.00 + VAT", "3.500,00 € zzgl. MwSt.")
    and the one attached invoice states that net and a larger sum due; else None."""
    body = next((f for f in sources if f.source == "body"), None)
    pdfs = [f for f in sources if f.source == "pdf" and f.amount is not None]
    if body is None or body.amount is None or len(pdfs) != 1:
        return None
    pdf = pdfs[0]
    assert pdf.amount is not None
    if body.amount not in pdf.sums or pdf.amount <= body.amount \
            or body.currency not in (None, pdf.currency):
        return None
    for line in body_text(msg).splitlines():
        for m in _TAX_TO_ADD.finditer(line):
            before = line[:m.start()].rstrip(" ,")
            if any(x.amount == body.amount for x in extract.find_money(before[-NET_REACH:])):
                return f"{body.amount} {body.currency or ''}".strip()
    return None


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
    if facts.currency_assumed and facts.currency:
        # never silent: registered, and staff see what was assumed
        assumed = (f"currency: none stated; {facts.currency} assumed from the sender's "
                   "country domain")
        disagreements = (*disagreements, assumed)
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
        # bank days skip the bank holidays of the currency's country too ("10 банковских
        # дней" from 2 November 2026 skip 4 November); unknown holidays leave it to a person
        due = (bank_days.add_bank_days(issued, days, facts.currency) if facts.business_days
               else issued + timedelta(days=days))
        if terms is None and due is not None:
            # registered with the default terms, but never silently: a disagreement makes
            # the pipeline register the invoice and still put it before staff
            disagreements = (*disagreements,
                             (f"due date: no due date or terms stated; default "
                             f"{ctx.default_terms_days} days assumed (due {due.isoformat()})"))
    if terms is None and stated_due is not None and stated_issue is not None \
            and stated_due >= stated_issue and not facts.month_following:
        terms = (stated_due - stated_issue).days  # the dates say what the terms are
    einvoices = {f.number for f in sources if f.source == "einvoice" and f.number}
    pdf_numbers = {f.number for f in sources
                   if f.source == "pdf" and f.number and f.is_invoice}
    # several invoices in one mail: one e-invoice or PDF each, else one label listing them
    listed = next((f.listed for f in sources if f.listed and f.source in ("pdf", "body")), ())
    several = (sorted(einvoices) if len(einvoices) > 1 else
               sorted(pdf_numbers) if not einvoices and len(pdf_numbers) > 1 else
               list(listed) if not einvoices else [])
    trusted = auth is True or not ctx.require_authentication
    missing = [name for name, v in (("invoice number", facts.number),
                                    ("amount", facts.amount is not None),
                                    ("currency", facts.currency),
                                    ("client address", contacts), ("due date", due)) if not v]
    if due is None and facts.business_days and stated_due is None and facts.currency:
        missing[missing.index("due date")] = (
            f"due date ({terms} bank days in {facts.currency}: its bank holidays are not "
            "known, a person counts them)")
    if facts.competing and not einvoices and (clear := _settled_by_another(sources, facts)):
        # the attached invoice says which sum is due ("Total due GBP 4,320.00") and the
        # cover note's figures, which say no such thing, name it too (or the other way
        # round): that sum, and no disagreement with the undecided reading
        undecided = {f"{f.source} {f.amount} {f.currency or ''}".strip()
                     for f in sources if f.competing}
        disagreements = tuple(d for d in disagreements if not (
            d.startswith("amount: ") and d.rsplit(", ", 1)[-1] in undecided))
        facts = dataclasses.replace(facts, competing=None, amount=clear.amount,
                                    currency=clear.currency)
    if not einvoices and (balance := _balance_after_credit(msg, sources)) is not None:
        # "Invoice ... = £18,450.00 / Credit note ... = £1,230.00 / Balance payable:
        # £17,220.00": the mail's balance is the invoice less the credit note beside it
        disagreements = tuple(d for d in disagreements if not d.startswith("amount: "))
        facts = dataclasses.replace(facts, amount=balance.amount, currency=balance.currency,
                                    credit_deducted=True)
    if not einvoices and (net := _net_in_note(msg, sources)) is not None:
        # "£7,200.00 + VAT" in the note, the attached invoice's net 7,200.00 and its gross:
        # the note names the net, the attachment's gross is due; they agree
        disagreements = tuple(d for d in disagreements
                              if not (d.startswith("amount: pdf ") and d.endswith(f", body {net}")))
        if facts.competing and NET_UNDECIDED in facts.competing:
            # (the note's net had no rate to add: the attachment's gross says it)
            facts = dataclasses.replace(facts, competing=None)
    amounts_differ = [d for d in disagreements
                      if d.startswith("amount: pdf ") and ", body " in d]
    # several invoices, each with its own document stating its sum: a person registers them
    # (the reason says so), whatever a part word in one of their lines made of the totals
    summed = bool(several) and not einvoices and _sum_of(sources, several) is not None
    if facts.competing and not einvoices and not summed:
        reason = facts.competing  # never a confident wrong amount: a person decides
    elif facts.replaces:
        # the replaced invoice is still open in the ledger: a person cancels it
        reason = ("a corrected invoice replacing another one: which is which, a person "
                  "decides" if facts.replaces == "?" else
                  f"a corrected invoice replacing {facts.replaces}: a person cancels that one")
    elif facts.due_on_event and stated_due is None:
        reason = (f"the payment terms count from an event (\"{facts.due_on_event}\"), not from "
                  "the invoice date: a person sets the due date")
    elif missing:
        reason = "invoice copy without " + ", ".join(missing)
    elif several:
        reason = "several invoices in one mail: " + ", ".join(several)
    elif amounts_differ and not einvoices:
        # the attached document and the mail name different sums: which is owed is for a
        # person to ask (an e-invoice's figure is the legal one and stays)
        reason = "the attachment and the mail state different amounts (" + \
            amounts_differ[0].removeprefix("amount: ") + ")"
    elif not einvoices and any(f.statement for f in sources if f.source in ("pdf", "body")) \
            and not _recap_beside_new(sources, facts, ctx):
        reason = "lists several invoices with their amounts (a statement?)"
    elif facts.credit_note and not facts.credit_deducted:
        reason = "a credit note, not an invoice"
    elif not trusted:
        reason = ("staff mail failed sender authentication" if auth is False else
                  "staff mail without sender authentication by our receiving server")
    else:
        reason = ""
    numbers: tuple[str, ...] = (facts.number,) if facts.number else ()
    if several and reason.startswith("several invoices"):
        # every one of them, for the person who registers them (nothing is registered)
        numbers = tuple(dict.fromkeys([*([facts.number] if facts.number in several else []),
                                       *several]))
        amount = _sum_of(sources, several)
        if amount is not None:
            facts = dataclasses.replace(facts, amount=amount)
    if facts.credit_note and (not facts.credit_deducted or any(
            f.source == "einvoice" and f.credit_note for f in sources)):
        # a credit note or correction: its own number, then the invoices it corrects (for
        # the person who books it; nothing is registered)
        numbers = _credit_numbers(msg, sources, numbers)
    if facts.number is None or facts.amount is None or facts.currency is None or due is None:
        return Classification(kind=Kind.INVOICE_COPY, confidence=0.4, needs_human=True,
                              reason=reason, authenticated=auth, invoice_numbers=numbers,
                              debtor_contacts=contacts, language=language,
                              stated_issue_date=stated_issue)
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


def _balance_after_credit(msg: ParsedMessage, sources: list[SourceFacts]) -> SourceFacts | None:
    """The mail's reading, when the one attached invoice's total exceeds the sum the mail
    reads by exactly a sum the mail names on a credit note's line, or an attached credit
    note's document states: the balance after that credit note. None otherwise."""
    pdfs = [f for f in sources if f.source == "pdf" and f.is_invoice]
    body = next((f for f in sources if f.source == "body"), None)
    if len(pdfs) != 1 or body is None or not body.is_invoice or body.competing \
            or body.number != pdfs[0].number or body.currency != pdfs[0].currency:
        return None
    short = (pdfs[0].amount or Decimal(0)) - (body.amount or Decimal(0))
    if short <= 0:
        return None
    credited = {m.amount for line in body_text(msg).splitlines() if _CREDIT.search(line)
                for m in extract.find_money(line)}
    for a in msg.attachments:
        if b"%PDF-" in a.payload[:1024]:
            text = einvoice.pdf_text(a.payload)
            head = "\n".join(text.strip().splitlines()[:3])
            if _CREDIT.search(head):
                credited |= {m.amount for m in extract.find_money(text)}
    # (a credit note's line wrapped: "Credit note CN-2 - visit cancelled:\n  GBP 500.00 + VAT
    # GBP 100.00 = GBP 600.00")
    lines = body_text(msg).splitlines()
    credited |= {m.amount for i, line in enumerate(lines[:-1]) if _CREDIT.search(line)
                 and not extract.find_money(line) for m in extract.find_money(lines[i + 1])}
    return body if short in credited else None


_COMPETING = "competing totals:"  # (amount_due's reading of rival totals, not of terms left open)
# ... among which a tax the client withholds or a payment in parts: what is paid when
# stays a person's call, whatever the document's total
_LEFT_TO_A_PERSON = ("withholding tax (", "paid in parts (")


def _settled_by_another(sources: list[SourceFacts], facts: SourceFacts) -> SourceFacts | None:
    """The attached invoice document, when it reads this invoice's amount due without
    rival totals and the cover note, which names several totals without saying which is
    due now, states that very sum among its figures; None otherwise (a person decides).
    Only the document settles the note: a note that reads one sum beside a document that
    cannot tell may have missed what it says ("only pay $5,000 of it now")."""
    clear = [f for f in sources if f.source == "pdf" and f.is_invoice and not f.competing]
    undecided = [f for f in sources if f.competing]
    if len(clear) != 1 or clear[0].number != facts.number or not undecided or any(
            f.source != "body" or not (f.competing or "").startswith(_COMPETING)
            or any(w in (f.competing or "") for w in _LEFT_TO_A_PERSON) for f in undecided):
        return None
    if sum(f.source == "pdf" for f in sources) > 1:
        return None  # (several documents: several invoices, read apart)
    chosen = clear[0]
    if all(chosen.amount in f.sums and f.currency in (None, chosen.currency) for f in undecided):
        return chosen
    return None


def _recap_beside_new(sources: list[SourceFacts], facts: SourceFacts, ctx: Context) -> bool:
    """A new invoice with a recap of the client's older open invoices beside it ("rekap
    tagihan yang masih terbuka: ..."), not a statement: the invoice read is new to the
    ledger, every other invoice listed with a sum is one the ledger knows, and the new
    one's line in the list states the amount read."""
    if facts.number is None or facts.amount is None or ctx.facts.known_numbers([facts.number]):
        return False
    for f in sources:
        if f.source not in ("pdf", "body") or not f.statement:
            continue
        priced = dict(f.priced)
        others = [n for n in priced if n != facts.number]
        if facts.amount not in priced.get(facts.number, ()) or not others \
                or len(ctx.facts.known_numbers(others)) < len(others):
            return False
    return True


def _sum_of(sources: list[SourceFacts], numbers: list[str]) -> Decimal | None:
    """What several invoices of one mail come to: the sum of their own documents' amounts
    (one e-invoice or PDF each, all in one currency), else None (the amount read stays:
    the total a text listing them states)."""
    own = {f.number: f for f in sources
           if f.source in ("einvoice", "pdf") and f.number in numbers and f.is_invoice}
    if set(own) != set(numbers) or len({f.currency for f in own.values()}) != 1:
        return None
    return sum((f.amount for f in own.values() if f.amount is not None), Decimal(0))


# the credit document's number right after its word ("Credit note CN-17", "Nota Kredit
# NK/2026/12", "Корректировочный УПД № ФЛ-1-К"): up to two words between
_CREDIT_NUMBER = re.compile(
    rf"(?:{either('CREDIT_NOTE')})[^\W\d_]*(?:\s+[^\W\d_]{{1,12}}(?:-[^\W\d_]{{1,12}})?){{0,2}}?\s*"
    r"(?:(?:no|nr|nomor)\.?|№|#)?\s*[:.]?\s*(?P<no>(?=[\w/-]*\d)[^\W_][\w/-]*\w)",
    re.IGNORECASE)


def _credit_numbers(msg: ParsedMessage, sources: list[SourceFacts],
                    numbers: tuple[str, ...]) -> tuple[str, ...]:
    """The credit document's number first (an e-invoice credit note's, else the one named
    after the credit word in the subject), then the invoices the mail names."""
    texts = (msg.subject, body_text(msg))
    credit = next((f.number for f in sources
                   if f.source == "einvoice" and f.credit_note and f.number), None) or (
        m.group("no") if (m := _CREDIT_NUMBER.search(msg.subject)) else None)
    if credit is None:  # ("invoice 17 (credit note applied)": the invoice's own mail)
        return numbers
    named = [n for t in texts for n in (*extract.invoice_numbers(t), *numbers)]
    return tuple(dict.fromkeys([credit, *named]))


_REPLY_SUBJECT = subjects.prefix()  # a reply, not a forward


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


_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_FORWARD_HEADER_LINES = 12  # a forwarded message's header block is short


def forwarded_invoice(msg: ParsedMessage, ctx: Context) -> tuple[ParsedMessage, str] | None:
    """A staff member forwarding to colleagues (the bot among the recipients) the mail in
    which a staff member sent an invoice to a client ("sent without copying AR, forwarding
    for the ledger"): that forwarded mail, as it was sent (its client recipients, its
    text, its day) and the forwarder's own note, when that note holds no command and the
    forwarded text states an invoice's number and amount; else None.

    The structure decides, not the words: a forwarded block whose header names a staff
    member as its author and a recipient outside the company."""
    if not ctx.is_staff(msg.sender):
        return None
    body = body_text(msg).replace("\r\n", "\n").replace("\r", "\n")
    lines = body.split("\n")
    start = replies.history_start(lines)
    if start is None:
        return None
    today = msg.date.date() if msg.date else date(2000, 1, 1)
    note = "\n".join(lines[:start])
    if any(isinstance(p, commands.Command) for p in commands.parse_mail(note, today)):
        return None  # (commands beside the forward: the staff command's reader reads them)
    at = start
    if not replies.is_quote_header_line(lines[at]):  # a separator line, then the header
        at += 1
        while at < len(lines) and not lines[at].strip():
            at += 1
    end = at
    while end < len(lines) and lines[end].strip() and end - at < _FORWARD_HEADER_LINES:
        end += 1
    header = lines[at:end]
    author = next((m.group(0).lower() for x in header if (m := _ADDRESS.search(x))), None)
    if author is None or not ctx.is_staff(Address(author)):
        return None
    rest = lines[end:]
    # its recipients: on the header's field lines (Yandex writes "Кому:" below the text)
    recipients = [Address(m.group(0).lower()) for x in [*header, *rest]
                  if replies.is_quote_header_line(x) for m in _ADDRESS.finditer(x)]
    clients = tuple(dict.fromkeys(a for a in recipients
                                  if a.email != ctx.bot_address and not ctx.is_staff(a)))
    if not clients:
        return None
    sent = msg.date
    written = extract.find_dates("\n".join(header))
    if msg.date is not None and written and written[0] <= msg.date.date():
        sent = datetime.combine(written[0], msg.date.timetz())
    forwarded = dataclasses.replace(msg, to=clients, cc=(), text="\n".join(rest), html="",
                                    date=sent)
    facts, _ = merge(read_sources(forwarded, ctx))
    if facts.number is None or facts.amount is None:
        return None
    return forwarded, note


def read_forwarded(msg: ParsedMessage, ctx: Context,
                   auth: bool | None) -> Classification | None:
    """The registry's entry for a staff member's forward of an invoice mail to the bot."""
    forwarded = forwarded_invoice(msg, ctx)
    return _copy_of_forward(*forwarded, ctx, auth) if forwarded is not None else None


_QUESTION = re.compile(r"[?？]")


def _copy_of_forward(forwarded: ParsedMessage, note: str, ctx: Context,
                     auth: bool | None) -> Classification:
    """The forwarded invoice's copy; but when the forwarder's own note asks something
    ("the PO is wrong, can you check?"), a person reads it and registers the invoice: the
    copy registered by itself would leave the question unread."""
    copy = invoice_copy(forwarded, ctx, auth)
    if copy.needs_human or not _QUESTION.search(note):
        return copy
    return dataclasses.replace(copy, needs_human=True, reason=(
        "a staff member forwards this invoice and their note asks something: a person "
        "reads it (and registers the invoice)"))


def read_mail(msg: ParsedMessage, ctx: Context, auth: bool | None) -> Classification | None:
    """The registry's entry for a staff member's copy (mailbot.reading.classify)."""
    if not any(a.email != ctx.bot_address and not ctx.is_staff(a) for a in [*msg.to, *msg.cc]) \
            and (forwarded := forwarded_invoice(msg, ctx)) is not None:
        # forwarded to colleagues, the bot in Cc: the invoice mail it forwards
        return _copy_of_forward(*forwarded, ctx, auth)
    sources = read_sources(msg, ctx)
    if _staff_talk(msg, ctx, sources):
        # colleagues writing to each other with the bot in Cc "so that it knows": their
        # words (hold off, a typo to correct, a payment to check) are for a person
        return Classification(
            kind=Kind.OTHER, confidence=0.6, needs_human=True, authenticated=auth,
            reason="staff writing among themselves with the bot in Cc, not an invoice: "
                   "a person reads it",
            invoice_numbers=_talked_about(f"{msg.subject}\n{body_text(msg)}", ctx))
    chased = _staff_chasing(msg, ctx, sources)
    if chased:
        # a staff member chasing the client about invoices already sent: no new invoice
        return Classification(
            kind=Kind.OTHER, confidence=0.6, needs_human=False, authenticated=auth,
            reason="a staff member chasing the client about an invoice already known, "
                   "not a new invoice",
            invoice_numbers=chased)
    return invoice_copy(msg, ctx, auth, sources)


_CHASING = re.compile(either("STAFF_CHASING"), re.IGNORECASE)
_CREDIT = re.compile(either("CREDIT_NOTE"), re.IGNORECASE)
_CHASE_TEXT = 5_000  # a colleague's nudge is short: only its start is looked at


def _staff_chasing(msg: ParsedMessage, ctx: Context,
                   sources: list[SourceFacts]) -> tuple[str, ...]:
    """The invoices a staff member chases the client about ("just a gentle nudge on
    KB-0398 (£2,150.00, due 30 October)"): a mail with no attachment whose invoices the
    ledger knows already, every one, in words of chasing (or stating no amount and no date
    at all: nothing of an invoice's own), stating no invoice date, no
    terms and no due date still to come (those make it an invoice's copy: "here is
    instalment 2, due 7 December; instalment 1 is still open"). () when it is no such
    mail."""
    if msg.attachments or not any(a.email != ctx.bot_address and not ctx.is_staff(a)
                                  for a in [*msg.to, *msg.cc]):
        return ()  # (not written to anybody outside: staff talk, read below)
    facts, _ = merge(sources)
    mailed = msg.date.date() if msg.date else None
    if facts.issue_date is not None or facts.terms_days is not None or (
            facts.due_date is not None and (mailed is None or facts.due_date >= mailed)):
        return ()
    body = body_text(msg)
    text = f"{msg.subject}\n{body}"
    # a mail stating none of an invoice's facts (no amount, no date, no terms) holds nothing
    # a copy could register: with only known invoices named, it is about them, whatever its
    # words ("SSL-1 still shows open on our side", "die Raten für RE-1 sind möglich")
    bare = facts.amount is None and facts.due_date is None
    if len(body) > _CHASE_TEXT or not (bare or _CHASING.search(body)) or _CREDIT.search(text):
        return ()  # (a credit note for a known invoice is a document of its own)
    named = list(dict.fromkeys([*extract.invoice_numbers(text), *ctx.facts.numbers_in(text)]))
    if not named or len(ctx.facts.known_numbers(named)) < len(named):
        return ()
    return tuple(named)


# a bare serial as colleagues write it ("the 0406 figure", "die 1307 passt"): a whole
# token, not a piece of a date, an amount, a time or a code ("09:30", "412,00", "0412b")
_SERIAL = re.compile(r"(?<![\w.,:/-])\d{3,6}(?![\w/-]|[.,:]\d)")



def _talked_about(text: str, ctx: Context) -> tuple[str, ...]:
    """The invoices staff name among themselves: written out (known, or shaped like the
    company's: a down payment's "KSB/DP/XI/2026/036"), or by the serial that ends exactly
    one known one. Only listed for the person who reads it: never acted on."""
    found = list(named_invoices(text, ctx))
    for m in _SERIAL.finditer(text):
        ending = ctx.facts.numbers_ending(m.group(0))
        if len(ending) == 1 and ending[0] not in found:
            found.append(ending[0])
    return tuple(found)


def _staff_talk(msg: ParsedMessage, ctx: Context, sources: list[SourceFacts]) -> bool:
    """A staff mail to nobody outside (every recipient is staff or the bot), with no
    attachment and not an invoice's number, amount and due date or terms together:
    internal discussion ("the deposit on X (£11,520) is late, ring them"), not the copy
    of an invoice sent to a client."""
    recipients = [*msg.to, *msg.cc]
    if not recipients or msg.attachments:
        return False
    if any(a.email != ctx.bot_address and not ctx.is_staff(a) for a in recipients):
        return False
    facts, _ = merge(sources)
    return (facts.number is None or facts.amount is None
            or (facts.due_date is None and facts.terms_days is None))


def read_outgoing(msg: ParsedMessage, ctx: Context,
                  auth: bool | None) -> Classification | None:
    """The registry's entry for an outgoing invoice without configured staff."""
    return outgoing_invoice(msg, ctx, auth)

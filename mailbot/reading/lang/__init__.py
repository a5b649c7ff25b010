"""Each served language's words, one module per language (ISO 639-1 code).

A module here is found by its file name: adding a language is adding one file with the
same names as en.py, plus its templates. Every name is a regex fragment, a word list or a
table, matched without regard to case (the date and intent readers lower the text and
read "ё" as "е": write those words lower case and with "е"); a language without a word
for something leaves it empty. The readers join the fragments of every language,
English first (CODES), and compile them once, at import.

Dates (mailbot.reading.dates): MONTHS and WEEKDAYS with their abbreviations and
spelling variants, AFTER_DAY_ONLY, the words around a written date (ORDINAL, DAY_OF,
BEFORE_DAY, YEAR_AFTER, DATE_PREPOSITIONS, BARE_DAY) and those of relative dates (TODAY,
TOMORROW, ..., NUMBER_WORDS), DAY_WORDS (a day of the month written out: {words: day}).

A client's reply (mailbot.reading.kinds.client_reply):
- INTENT_PAID_CLAIM, INTENT_PROMISE, INTENT_DISPUTE, INTENT_PLAN_REQUEST,
  INTENT_NOT_RECEIVED, INTENT_PAYMENT_DETAILS, INTENT_STOP: each intent's table, rows of
  (weight, pattern or phrases[, negatable[, needs[, unless]]]): the weight a hit adds to
  its intent's score in a sentence; one pattern, or a tuple of phrases any of which counts
  (adding a phrasing is adding a line); negatable "neg" (a negation before it in its
  clause, or a denied request anywhere before it in its sentence, undoes it), True (a
  negation or a condition does), "proh" (only a prohibition does), "near" (only a
  negation in the three words before it, or a denied request, does: the stop tables, whose
  requests often follow a negation about something else); needs / unless: a
  pattern the sentence must (not) also hold. A pattern may name <doc> (any language's
  DOCUMENTS), <not_money> (none of any language's MONEY_WORDS) and <tok> (one word and
  its space). A row is named "<code>.<intent>#<n>" (its place in the table): every
  reading's reason names the row and the words it matched;
- PAYMENT_QUESTION (asking whether our payment arrived: "did you receive my payment?",
  a question, not a paid claim), NOT_ASKED (a denied request or statement: "I did not
  ask you to ..."; undoes what follows it in the sentence), CONFIRM_OR (asked to confirm,
  the rest of the question its other answer: "could you confirm that or send a corrected
  invoice?": the complaint words after it in a question do not count),
  SENTENCE_ABBREVIATIONS (a pattern of abbreviations without their last dot: "bzw",
  "usw"; a lower-case word after one goes on the same sentence);
- DOCUMENTS (the invoice, its attachment, a copy), MONEY_WORDS (what a dispute is
  about), MAIL_OBJECTION (an objection to the mailing itself: a stop, not a dispute);
- QUOTE_ON and QUOTE_WROTE ("On <date>, <name> wrote:"), QUOTE_SEPARATOR ("-----Original
  Message-----"), QUOTE_FROM and QUOTE_HEADERS (an Outlook header block): where the
  quoted history starts (mail clients' words of languages without a file stay in
  replies.py); FORWARD_POINTER (a short note pointing to what it forwards: "see below",
  "berikut kami teruskan", "пересылаю": a colleague's forwarded words are the writer's);
- GREETING, CLOSING, THANKS, SENT_FROM (where a reply's own words start and its
  signature begins), BOT_PHRASES (the bot's own reminder sentences as the language's
  templates word them: never the client's words), REPLY_TOPIC (an unthreaded reply about
  paying), SHORT_FILLER and SHORT_PAID (a whole reply of a few words claiming payment),
  SHORT_RECEIVED (a whole reply confirming our mail arrived: nothing for a person);
  ALL_OF_THEM ("both invoices": the reply is about every invoice of its thread,
  even when it names one of them again);
- NEGATION, CONDITIONAL, CLAUSE_BREAK (a new clause: a negation before it does not
  count), PROHIBITION (before a request: "don't send it again"), NOT_YET_AFTER (right
  after a claim: "paid? not yet"), PARTIAL_AMOUNT (part of the amount: for staff);
- PROMISE_DENIED (a promise itself denied: "can't promise", "обещать ... не можем";
  undoes promise words up to the next CLAUSE_BREAK), PROMISE_VERB (the verb of promising:
  with a NEGATION anywhere in its stretch of the sentence, up to a "but" or a semicolon,
  the promise words there are denied), NOTHING_PROMISED (a denial without
  an object, "no promises": the whole sentence), DENIED_AFTER (a negation after a promise
  in its clause: "... können wir nicht"), LATEST and LATEST_AFTER (right before or after
  a promise's date, its latest day: "spätestens Mittwoch", "Friday at the latest"),
  PAST_PROMISE (the writer's own earlier promise: "we promised to pay", no new one),
  EARLIER_SAID (right before promise words, the writer's own earlier message told again:
  "I wrote yesterday that we'd pay on the 27th", "вчера писал, что оплатим": that old
  promise, no new one; "as I wrote, we pay on Friday" and a relayed decision keep it),
  PROMISE_FAILED (in a later clause: "..., but it didn't work out"), PAID_ANYWAY (paid in
  spite of a complaint: "trotzdem bezahlt": the complaint is the intent), SOFT_PROMISE
  (trying or hoping, in a promise's sentence: "we'll try to pay by the 18th", "постараемся
  закрыть до 5-го"; or a day only estimated: "ориентировочно до 20 декабря", "voraussichtlich
  bis zum 20.12.": the day is read, a person confirms it), PROVISO (a stipulation set after
  a promise: "we can pay by the 11th provided you send ...", "sofern die Freigabe kommt": the
  day is read and a person confirms it; "..., once our customer has paid" is not one), and
  a promise after a CONDITIONAL (in its clause or opening the clause before it: "if the
  grant arrives, we pay on the 15th"): with a day, read and confirmed by a person; without
  one, no promise; so is one after a request it waits on (REQUEST_THEN: "please reissue
  it with our PO and it will go into the next run"), WITHIN (a span counted from the reply, "within 10 days": promised by its last
  working day), STOP_UNTIL_THEN (a stop
  request that lasts only until the promised day, "no reminders until then": a pause, not
  a stop, when the reply promises to pay), CREDIT_THANKS (thanks for, or receipt of, a
  credit note: an acknowledgement, the dispute words in it do not count), RESCHEDULED (the day of paying
  moved: "the payment run was moved", "платёжный день перенесли": only a date said after
  it is the promised one).

An auto-reply (mailbot.reading.kinds.auto_reply):
- AUTO_SUBJECT (enough on its own), AUTO_BODY (out-of-office wording in the body);
- PAYMENT_WORDS (a person talking about paying: not an auto-reply), REDIRECT ("for
  payments please contact ..."), FIRST_PERSON and PAID_STATEMENT (somebody in that
  sentence says they paid or will pay);
- BACK (right before the return date: "back on"), BACK_FROM ("from <date> ... back":
  the word before the date, with a lookahead to the return word), UNTIL (until when the
  writer is away): each may carry its own word boundary; the language whose words
  matched is the language the date after them is read in.

A bounce and a read receipt (mailbot.reading.kinds.bounce, .receipt; mailbot.reading.mime_text):
RETURNED_COPY (where a bounce starts quoting the returned message; ^ is a line's start),
DAEMON_NAMES (a mail server's display name), SENDER_LABELS (before an address that is
the sender's, not a failed recipient), BOUNCE_SUBJECT,
BOUNCE_BODY (a bounce's own words), BOUNCE_TEMPORARY (a delay: the server still tries),
BOUNCE_FINAL (the server gave up), BOUNCE_REJECTED (the recipient's server refused this one
message: its filter or policy), BOUNCE_SPAM, BOUNCE_POLICY, BOUNCE_USER_UNKNOWN and
BOUNCE_MAILBOX_FULL (the words of each reason class), BOUNCE_ACCOUNT_GONE (the account
said not to exist, more than a bare "user unknown"), BOUNCE_DISABLED (a mailbox only
blocked or suspended, not gone: a person decides), BOUNCE_INACTIVE (an account switched off,
not said to be gone: reason other), BOUNCE_NO_DOMAIN (a DNS lookup failure for
the recipient's domain: reason other), RECEIPT_SUBJECT (with its colon), NOT_READ_SUBJECT
(before its colon), RECEIPT_BODY (the whole of a non-standard receipt, read with
DOTALL), NOT_READ_BODY ("deleted without being read"). Mail clients' words in languages
without a file (Japanese, French, ...) stay in the readers.

A sender-verification request (mailbot.reading.kinds.challenge): CHALLENGE ("confirm
you are a human sender", a spam filter asking to verify the sender), CHALLENGE_REPLY
("reply to this message": the way to confirm by mail), CHALLENGE_LINK (the words that
introduce the link to confirm with: "click the link below to complete the verification";
the first link after them is it, whatever its address looks like).

A document service's notice (mailbot.reading.kinds.document_notice): DOCUMENT_STATUS (an
e-signature or electronic-document-exchange service telling a document's status:
"X has signed the document", "контрагент подписал документ").

A client's withholding-tax slip (mailbot.reading.kinds.tax_slip): TAX_SLIP (the
document's name as a mail's subject: "Bukti Potong PPh 23", "Withholding tax
certificate"), TAX_WITHHELD (the label of the tax withheld on it).

A forgery (mailbot.reading.kinds.forgery): BANK_CHANGED (a sender announcing its own new
bank account: "our bank details have changed").

A payment notice (mailbot.reading.kinds.payment): PAYMENT_INSTRUCTED_LABELS (a
cross-border transfer's instructed amount, read before the amount credited after the
banks' charges), PAYMENT_AMOUNT_LABELS (the amount paid's label, best first),
PAYMENT_AMOUNT_WORDS (else any amount word),
PAYMENT_NOT_AMOUNT (fees, balances, the invoice total), PAYMENT_BESIDE (of those,
the invoice total or balance written after the payment's figure on its line),
PAYMENT_CHARGES_LABELS (the label of a transfer's charges option: SHA, BEN, OUR),
PAYMENT_BANK_ON_THE_WAY (a bank on the way that took its charges: "intermediary"),
PAYMENT_TAX_CREDIT (a
credit list's tax-office refund, no client's payment), PAYMENT_DATE_LABELS,
PAYMENT_VALUE_DATE_LABELS (the value date's: it wins over a booking date),
PAYMENT_REFERENCE (a line with the payer's reference), PAYMENT_PART_REFERENCE (a part
word alone in that reference: "INV-7 PART"), PAYMENT_PARTIAL, PAYMENT_FULL,
PAYMENT_DEDUCTED (the payer kept something back: a retention, bank charges),
PAYMENT_NOT_RECEIVED (a refund, reversal or failed payment), PAYER_LABELS, DATE_WORD,
PAYMENT_NOT_DATE_BEFORE / _AFTER (a "date" that is the invoice's or the due date).

An invoice (mailbot.reading.extract, .invoices): DUE_LABELS, ISSUE_LABELS, ISSUE_AS_START
(right before an issue label: where the terms start, "45 days of invoice date"),
NOT_ISSUE_BEFORE / NOT_ISSUE_AFTER (a bare "date" that is another date),
AMOUNT_DUE_LABELS, TOTAL_LABELS, AMOUNT_WORDS (the amount to chase, best first),
NOT_TOTAL (subtotals, tax, discounts, fees, unit prices), CURRENCY_LABELS, PARTY_LABELS
("Bill to:"), NAME_KEYS, ADDRESS_KEYS, TABLE_HEADERS (the debtor's block ends),
CREDIT_NOTE, STATEMENT_BALANCE (a statement's balance, never one invoice's amount),
INVOICE_WORDS, INVOICE_ABBREVIATIONS ("INV 0430" in a bank's reference).
Competing totals (mailbot.reading.amount_due): INVOICE_PART
(a down payment, an installment, a phase), INVOICE_WHOLE (a contract's or quote's value),
INVOICE_IN_PARTS (paid in parts, no amount named), WITHHOLDING (a tax the payer keeps back),
DUE_NOW (an amount said to be due now), DEDUCTION (a line that takes something off),
REST_AFTER_THIS (what is left after the part billed: no part due now),
PART_ON_EVENT (a part due on an event, such as the signing of an acceptance act: not due now),
TERMS_FROM_EVENT (payment terms counted from such an event: no due date, a person sets it),
TERMS_MONTH_FOLLOWING (terms ending with the month after the invoice's: its last day),
CREDIT_NOT_NETTED (a credit note beside the invoice not to be set against it: no rival),
INVOICE_UNDECIDED (the invoice leaves what to pay now to the client: a person decides),
INVOICE_PROVISIONAL (a provisional or pro-forma invoice: its amount is an estimate),
CONVERTED_AMOUNT (right before a sum given only for information in another currency:
never the invoice's amount or currency), CONVERTED_AT_RATE (right before a sum put into
another currency at an exchange rate: never the amount, even as the text's only sum),
STAFF_CHASING (a staff member chasing a client about an invoice already sent, or handling it
by hand, asking after the payment or agreeing instalments, in a copy to the bot: not a new
invoice),
PRIOR_PAYMENT (a payment already made taken off: only a sum said to be due now counts),
SALES_TAX (a tax line below a part: the part's gross adds it), TAX_TO_ADD (right after a
net sum with the tax still to add: "+ VAT", "zzgl. MwSt."), INVOICE_REPLACES (a
corrected invoice replacing another) and INVOICE_NEW (right before the new one's number).

Staff writing to the bot in prose (mailbot.reading.kinds.staff_command): STAFF_PAID (a
payment received: "mark it paid", "sind am 17.11. eingegangen") and STAFF_PROMISED (a
client's promise told by staff: "has promised payment"): their sum and days are recorded
for the person who reads the mail, never acted on.

An invoice's number, money and parties (mailbot.reading.extract, .invoices, .kinds.payment):
- INVOICE_NO_WORDS (the word before an invoice number, with its case endings and
  compounds: the reader adds the word start), NUMBER_MARKS ("No.", "Nummer", "номер":
  after that word, or before INVOICE_AFTER_MARK: "No. of invoice"), NUMBER_ABBREVIATIONS
  (an abbreviated mark right before the number: "No."), BANK_ACCOUNT_BEFORE (before the
  invoice word: a bank account, "расчётный счёт"), LIST_AND ("17, 18 and 19"),
  NUMBER_DATED ("Invoice 17 dated 1 December"), DATE_LABEL (a bare "Date:") and
  DATE_LINK ("Date of 1 December"); the last three carry their own word boundaries;
- CURRENCY_WORDS and CURRENCY_WORDS_BEFORE ({ISO code: pattern}, a currency's name
  after or before an amount: "рублей", "Euro 100"; each carries its boundaries; symbols
  and ISO codes are the same in every language and stay in extract.py), CURRENCY_CENTS
  ({ISO code: pattern}, the minor unit after the amount: "50 коп."), VAT_ASIDE (after an
  amount the rest of the line is a remark on its tax: "в том числе НДС"), UNITS_AFTER
  (after a number: a count, not money: "14 days", "10 Stk");
- LEGAL_FORMS (after a company's name: "Inc", "GmbH", "ООО"), COMPANY_WORDS (other words
  naming a company: "company", "PT"), ACCOUNTS_WORDS (an accounting department, matched
  inside words), TAX_ID_WORDS (a tax id's label: "VAT", "ИНН").

Payment terms (mailbot.reading.extract): TERMS_UNIT (days; a group named "business"
marks business days), TERMS_BEFORE ("within" 30 days), TERMS_AFTER (30 days "net", "from
the invoice date"), TERMS_NOW (payable at once: 0 days), DISCOUNT_WORDS, NET_MARK (the
net period, not the discount's), LATE_FEE, TERMS_LINK ("innerhalb von 14 Tagen"),
NET_DAYS ("net 30"). TERMS_NUMBER_WORDS ({word: value}, numbers 1-90 written out) and
TERMS_NUMBER_COMPOUNDS (a pattern whose named groups hold such words, summed by role:
tens and unit as they are, unit_x10 times ten, unit_plus10 plus ten: "vierundzwanzig",
"dua puluh tiga", "empat belas").

Subjects (mailbot.reading.subjects): REPLY_PREFIXES ("Re", "AW") and FORWARD_PREFIXES
("Fwd", "WG"), without the colon.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType
from typing import Any

LANGUAGES: dict[str, ModuleType] = {
    info.name: importlib.import_module(f"{__name__}.{info.name}")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name)
    if not info.name.startswith("_")
}
# the order languages are handed to dateparser in: English first, then alphabetical
CODES: tuple[str, ...] = tuple(sorted(LANGUAGES, key=lambda c: (c != "en", c)))


def fragments(name: str) -> list[tuple[str, Any]]:
    """(code, value) of `name` in every language that has it non-empty, English first."""
    return [(code, value) for code in CODES if (value := getattr(LANGUAGES[code], name, None))]


def either(name: str) -> str:
    """A regex of any language's fragment of `name` (one that never matches if none)."""
    return "|".join(value for _, value in fragments(name)) or "(?!)"

"""Structured invoice data from e-mail attachments (EN 16931 e-invoices).

Recognised, by content rather than by file name or MIME label:

* a PDF with an embedded invoice XML (Factur-X, ZUGFeRD 1.0 and 2.x, XRechnung), pulled
  out with the factur-x library;
* a bare UN/CEFACT Cross Industry Invoice (D16B, the syntax of Factur-X / ZUGFeRD 2 /
  XRechnung CII) or the older ZUGFeRD 1.0 ``CrossIndustryDocument``;
* a UBL 2.1 ``Invoice`` or ``CreditNote`` (Peppol BIS, XRechnung UBL).

``read_attachment`` returns an :class:`EInvoice` or ``None``; it never raises for bad
input (``read_attachment_with_reason`` also says why nothing was found).  ``pdf_text``
gives the text of an ordinary PDF invoice for the free-text extractor.

The module is pure: no network, no clock, no database.  Business-term numbers refer to
EN 16931 (BT-1 invoice number, BT-9 due date, ...).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml import etree

# facturx, pypdf and lxml are imported where a PDF or XML attachment is read: together
# with what they pull in (fpdf, fontTools, PIL) some 25 MB that mail without one never needs

MAX_PAYLOAD = 20 * 1024 * 1024  # bytes; larger attachments are refused unread
MAX_TEXT = 200_000  # characters of PDF text; more is never an invoice, only a cost

CII_NS = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
ZUGFERD1_NS = "urn:ferd:CrossIndustryDocument:invoice:1p0"
UBL_INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
UBL_CREDIT_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"

# UNTDID 1001 codes that EN 16931 treats as credit notes.
CREDIT_NOTE_CODES = frozenset(
    {"81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"}
)


@dataclass(frozen=True)
class EInvoice:
    syntax: str  # "cii" | "ubl" | "zugferd1"
    number: str  # BT-1
    type_code: str  # BT-3, e.g. "380" invoice, "381" credit note
    issue_date: date  # BT-2
    due_date: date | None  # BT-9
    currency: str  # BT-5
    amount_due: Decimal  # BT-115
    grand_total: Decimal | None  # BT-112
    seller_name: str | None  # BT-27
    buyer_name: str | None  # BT-44
    buyer_email: str | None  # BT-49 (scheme EM) or BT-58
    buyer_address: str | None  # BG-8 on one line
    payment_terms: str | None  # BT-20
    terms_days: int | None
    discount_percent: Decimal | None
    discount_days: int | None
    late_fee: str | None
    iban: str | None  # BT-84
    payment_reference: str | None  # BT-83

    @property
    def is_credit_note(self) -> bool:
        return self.type_code in CREDIT_NOTE_CODES


def read_attachment(filename: str, content_type: str, payload: bytes) -> EInvoice | None:
    """The e-invoice carried by one attachment, or None."""
    return read_attachment_with_reason(filename, content_type, payload)[0]


def read_attachment_with_reason(
    filename: str, content_type: str, payload: bytes
) -> tuple[EInvoice | None, str]:
    """Like :func:`read_attachment`, plus a short reason ("ok" when found).

    ``filename`` and ``content_type`` are accepted for the caller's convenience but the
    bytes decide: mail clients label invoices application/octet-stream or worse.
    """
    if not isinstance(payload, bytes | bytearray) or not payload:
        return None, "empty"
    if len(payload) > MAX_PAYLOAD:
        return None, "too large"
    payload = bytes(payload)
    if _is_pdf(payload):
        xml = _xml_from_pdf(payload)
        if xml is None:
            return None, "pdf without invoice xml"
    elif payload.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<":
        xml = payload
    else:
        return None, "neither pdf nor xml"
    return _read_xml(xml)


def pdf_text(payload: bytes, max_pages: int = 20) -> str:
    """Text of the first ``max_pages`` pages of a PDF; "" when it cannot be read.

    Work is bounded by the payload size, the page count and MAX_TEXT characters (pypdf
    itself caps stream decompression).  A wall-clock limit, if wanted, belongs to the
    caller: a clock here would make the result depend on the machine.
    """
    if not isinstance(payload, bytes | bytearray) or len(payload) > MAX_PAYLOAD:
        return ""
    if not _is_pdf(bytes(payload)):
        return ""
    from pypdf import PasswordType, PdfReader

    try:
        reader = PdfReader(io.BytesIO(payload))
        # Owner-password-only PDFs (common from accounting software) open in any viewer
        # with the empty user password; anything needing a real password stays closed.
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            return ""
        parts: list[str] = []
        size = 0
        for index in range(min(len(reader.pages), max(max_pages, 0))):
            try:
                text = reader.pages[index].extract_text() or ""
            except Exception:  # noqa: BLE001, S112 - one broken page must not hide the rest
                continue
            parts.append(text)
            size += len(text)
            if size >= MAX_TEXT:
                break
        return "\n".join(parts)[:MAX_TEXT]
    except Exception:  # noqa: BLE001 - pypdf raises many types on hostile input
        return ""


# --- containers -------------------------------------------------------------------------


def _is_pdf(payload: bytes) -> bool:
    # The PDF header may legally sit anywhere in the first 1024 bytes.
    return b"%PDF-" in payload[:1024]


def _xml_from_pdf(payload: bytes) -> bytes | None:
    # A PDF may carry both a ZUGFeRD 1 and a Factur-X file (mustang's validV2PDF does);
    # the Factur-X / XRechnung names are the current standard, so they win.
    import facturx

    for names in (["factur-x.xml", "xrechnung.xml"], ["*.xml"]):
        try:
            _name, xml = facturx.get_xml_from_pdf(payload, check_xsd=False, filenames=names)
        except Exception:  # noqa: BLE001 - a broken PDF is simply not an e-invoice
            return None
        if xml:
            return xml if len(xml) <= MAX_PAYLOAD else None
    return None


def _read_xml(xml: bytes) -> tuple[EInvoice | None, str]:
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False
    )
    recovered = False
    try:
        tree = etree.parse(io.BytesIO(xml), parser)
    except Exception as exc:  # noqa: BLE001 - XMLSyntaxError, but also encoding errors
        if not _looks_like_upd(xml):
            return None, f"xml does not parse: {exc}"
        # 1C and hand-made УПД generators often leave the quotes of a company's name
        # unescaped (НаимОрг="ООО "Ромашка""): read with recovery, the rest of the file
        # stands; only the damaged party names are not trusted (dropped below)
        try:
            tree = etree.parse(io.BytesIO(xml), etree.XMLParser(
                resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                recover=True))
        except Exception as exc2:  # noqa: BLE001
            return None, f"xml does not parse: {exc2}"
        if tree.getroot() is None:
            return None, f"xml does not parse: {exc}"
        recovered = True
    # No e-invoice syntax uses a DTD; refusing any closes external-entity (XXE) and
    # entity-expansion tricks even if a later reader of the tree were less careful.
    if tree.docinfo.internalDTD is not None or tree.docinfo.doctype:
        return None, "xml with a DTD refused"
    root = tree.getroot()
    if root.tag == f"{{{CII_NS}}}CrossIndustryInvoice":
        fields = _cii(root, zugferd1=False)
    elif root.tag == f"{{{ZUGFERD1_NS}}}CrossIndustryDocument":
        fields = _cii(root, zugferd1=True)
    elif root.tag in (f"{{{UBL_INVOICE_NS}}}Invoice", f"{{{UBL_CREDIT_NS}}}CreditNote"):
        fields = _ubl(root)
    elif root.tag == "Файл" and str(root.get("ИдФайл", "")).startswith(UPD_FILE_IDS):
        fields = _upd(root)
        if recovered:
            fields |= {"seller_name": None, "buyer_name": None}
    else:
        return None, f"not an invoice: {root.tag}"
    if recovered and fields["syntax"] != "upd":
        return None, "xml does not parse"
    return _build(fields)


# --- the two syntaxes -------------------------------------------------------------------
# Paths use the {*} namespace wildcard: the element names identify the business terms, and
# ZUGFeRD 1.0 reuses the CII names under other namespace versions.


def _cii(root: etree._Element, zugferd1: bool) -> dict[str, object]:
    if zugferd1:
        doc = root.find("{*}HeaderExchangedDocument")
        tx = root.find("{*}SpecifiedSupplyChainTradeTransaction")
        agreement = _find(tx, "{*}ApplicableSupplyChainTradeAgreement")
        settlement = _find(tx, "{*}ApplicableSupplyChainTradeSettlement")
        totals = _find(settlement, "{*}SpecifiedTradeSettlementMonetarySummation")
    else:
        doc = root.find("{*}ExchangedDocument")
        tx = root.find("{*}SupplyChainTradeTransaction")
        agreement = _find(tx, "{*}ApplicableHeaderTradeAgreement")
        settlement = _find(tx, "{*}ApplicableHeaderTradeSettlement")
        totals = _find(settlement, "{*}SpecifiedTradeSettlementHeaderMonetarySummation")
    buyer = _find(agreement, "{*}BuyerTradeParty")
    account = "{*}SpecifiedTradeSettlementPaymentMeans/{*}PayeePartyCreditorFinancialAccount/"

    # Extended profiles may state several payment terms (net, Skonto, instalments).
    terms = [] if settlement is None else settlement.findall("{*}SpecifiedTradePaymentTerms")
    texts: list[str] = []
    due_dates: list[date] = []
    penalties: list[str | None] = []
    discount: tuple[str, str | date | None] | None = None
    for block in terms:
        text = _text(block, "{*}Description")
        due = _cii_date(block, "{*}DueDateDateTime")
        structured = _cii_discount(block)
        from_text = _discount_from_text(text)
        if text:
            texts.append(text)
        if due and not (structured or from_text):
            due_dates.append(due)
        if discount is None:
            discount = structured or from_text
            if discount and discount[1] is None and due:
                discount = (discount[0], due)  # a dated Skonto term: days come from the date
        penalties.append(_cii_penalty(block))
    if not due_dates:  # every dated term was a discount term: still a due date
        due_dates = [d for d in (_cii_date(b, "{*}DueDateDateTime") for b in terms) if d]

    notes = [] if doc is None else doc.findall("{*}IncludedNote")
    return {
        "syntax": "zugferd1" if zugferd1 else "cii",
        "number": _text(doc, "{*}ID"),
        "type_code": _text(doc, "{*}TypeCode"),
        "issue_date": _cii_date(doc, "{*}IssueDateTime"),
        "due_date": due_dates[0] if due_dates else None,
        "currency": _text(settlement, "{*}InvoiceCurrencyCode")
        or _attr(totals, "{*}GrandTotalAmount", "currencyID"),
        "amount_due": _text(totals, "{*}DuePayableAmount"),
        "grand_total": _text(totals, "{*}GrandTotalAmount"),
        "seller_name": _text(agreement, "{*}SellerTradeParty/{*}Name"),
        "buyer_name": _text(buyer, "{*}Name"),
        "buyer_email": _email(
            _text(buyer, "{*}URIUniversalCommunication/{*}URIID[@schemeID='EM']"),
            _text(buyer, "{*}DefinedTradeContact/{*}EmailURIUniversalCommunication/{*}URIID"),
        ),
        "buyer_address": _address(
            _find(buyer, "{*}PostalTradeAddress"),
            ["{*}LineOne", "{*}LineTwo", "{*}LineThree"],
            "{*}PostcodeCode",
            "{*}CityName",
            "{*}CountryID",
        ),
        "payment_terms": "; ".join(texts) or None,
        "discount": discount,
        "late_fee": " ".join(
            [p for p in penalties if p]
            # French invoices carry the legally required late-payment mentions as notes
            # with subject PMD (penalties) and PMT (fixed recovery fee).
            + [
                _text(n, "{*}Content") or ""
                for n in notes
                if _text(n, "{*}SubjectCode") in ("PMD", "PMT")
            ]
        ).strip()
        or None,
        "iban": _text(settlement, account + "{*}IBANID")
        or _text(settlement, account + "{*}ProprietaryID"),
        "payment_reference": _text(settlement, "{*}PaymentReference"),
    }


def _ubl(root: etree._Element) -> dict[str, object]:
    credit = root.tag.endswith("CreditNote")
    buyer = root.find("{*}AccountingCustomerParty/{*}Party")
    seller = root.find("{*}AccountingSupplierParty/{*}Party")
    totals = root.find("{*}LegalMonetaryTotal")
    terms = root.findall("{*}PaymentTerms")
    texts = [t for t in (_text(block, "{*}Note") for block in terms) if t]
    discount = None
    for block in terms:
        percent = _text(block, "{*}SettlementDiscountPercent")
        days = _text(block, "{*}SettlementPeriod/{*}DurationMeasure")
        discount = (
            discount
            or (percent and (percent, days))
            or _discount_from_text(_text(block, "{*}Note"))
        )
    late = [_text(block, "{*}PenaltySurchargePercent") for block in terms]
    notes = [str(n.xpath("string()")) for n in root.findall("{*}Note")]
    return {
        "syntax": "ubl",
        "number": _text(root, "{*}ID"),
        "type_code": _text(root, "{*}CreditNoteTypeCode" if credit else "{*}InvoiceTypeCode"),
        "issue_date": _iso_date(_text(root, "{*}IssueDate")),
        # A UBL CreditNote has no DueDate element; Peppol puts BT-9 in PaymentMeans.
        "due_date": _iso_date(
            _text(root, "{*}DueDate") or _text(root, "{*}PaymentMeans/{*}PaymentDueDate")
        ),
        "currency": _text(root, "{*}DocumentCurrencyCode"),
        "amount_due": _text(totals, "{*}PayableAmount"),
        "grand_total": _text(totals, "{*}TaxInclusiveAmount"),
        "seller_name": _text(seller, "{*}PartyLegalEntity/{*}RegistrationName")
        or _text(seller, "{*}PartyName/{*}Name"),
        "buyer_name": _text(buyer, "{*}PartyLegalEntity/{*}RegistrationName")
        or _text(buyer, "{*}PartyName/{*}Name"),
        "buyer_email": _email(
            _text(buyer, "{*}EndpointID[@schemeID='EM']"),
            _text(buyer, "{*}Contact/{*}ElectronicMail"),
        ),
        "buyer_address": _address(
            _find(buyer, "{*}PostalAddress"),
            ["{*}StreetName", "{*}AdditionalStreetName", "{*}AddressLine/{*}Line"],
            "{*}PostalZone",
            "{*}CityName",
            "{*}Country/{*}IdentificationCode",
        ),
        "payment_terms": "; ".join(texts) or None,
        "discount": discount,
        "late_fee": " ".join(
            [f"{p} %" for p in late if p]
            + [n.strip()[5:].strip() for n in notes if n.strip()[:5] in ("#PMD#", "#PMT#")]
        ).strip()
        or None,
        "iban": _text(root, "{*}PaymentMeans/{*}PayeeFinancialAccount/{*}ID"),
        "payment_reference": _text(root, "{*}PaymentMeans/{*}PaymentID"),
    }


# The Russian tax service's (ФНС) universal transfer document, УПД (formats 5.01-5.03): a
# file ON_NSCHFDOPPR_... (ON_SCHFDOPPR_... before 2020), no namespace, Cyrillic names, in
# windows-1251. Its corrections (УКД, ON_NKORSCHFDOPPOK) are not invoices: not read here.
UPD_FILE_IDS = ("ON_NSCHFDOPPR_", "ON_SCHFDOPPR_")
# ОКВ: the numeric ISO 4217 codes the УПД names its currency by (810: the rouble before 1998)
_OKV = {"643": "RUB", "810": "RUB", "840": "USD", "978": "EUR", "156": "CNY", "933": "BYN",
        "398": "KZT", "051": "AMD", "417": "KGS", "860": "UZS", "826": "GBP", "756": "CHF"}


def _upd(root: etree._Element) -> dict[str, object]:
    """A УПД: number and date of the invoice part (НомерДок/ДатаДок, before 5.03
    НомерСчФ/ДатаСчФ), its currency (ДенИзм КодОКВ), the total with tax (ВсегоОпл
    СтТовУчНалВсего) and the buyer (СвПокуп). It states no due date: the cover mail does."""
    head = root.find("Документ/СвСчФакт")
    total = root.find("Документ/ТаблСчФакт/ВсегоОпл")

    def get(el: etree._Element | None, *names: str) -> str | None:
        return next((str(v) for n in names if el is not None and (v := el.get(n))), None)

    def party(path: str) -> str | None:
        el = head.find(path) if head is not None else None
        if el is None:
            return None
        person = el.find("ИдСв/СвИП/ФИО")
        if person is not None:
            return " ".join(x for x in (person.get("Фамилия"), person.get("Имя"),
                                        person.get("Отчество")) if x) or None
        return get(el.find("ИдСв/СвЮЛУч"), "НаимОрг")

    money = head.find("ДенИзм") if head is not None else None
    issued = get(head, "ДатаДок", "ДатаСчФ")
    return {
        "syntax": "upd",
        "number": get(head, "НомерДок", "НомерСчФ"),
        "type_code": "380",
        "issue_date": _dotted_date(issued),
        "due_date": None,
        # (without ДенИзм the document is in roubles, the format's default)
        "currency": _OKV.get(get(money, "КодОКВ") or "") if money is not None else "RUB",
        "amount_due": get(total, "СтТовУчНалВсего"),
        "grand_total": get(total, "СтТовУчНалВсего"),
        "seller_name": party("СвПрод"),
        "buyer_name": party("СвПокуп"),
        "buyer_email": None,
        "buyer_address": None,
        "payment_terms": None,
        "discount": None,
        "late_fee": None,
        "iban": None,
        "payment_reference": None,
    }


def _looks_like_upd(xml: bytes) -> bool:
    """The start of a ФНС file ("<Файл ИдФайл="ON_..."), in windows-1251 or UTF-8."""
    head = xml[:600]
    return any("<Файл".encode(enc) in head and b"ON_" in head for enc in ("cp1251", "utf-8"))


def _dotted_date(text: str | None) -> date | None:
    """"09.11.2026" (the ФНС formats' dates)."""
    m = re.fullmatch(r"\s*(\d{2})\.(\d{2})\.(\d{4})\s*", text or "")
    if m is None:
        return None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def _build(f: dict[str, object]) -> tuple[EInvoice | None, str]:
    number, issue, currency = f["number"], f["issue_date"], f["currency"]
    amount_due = _decimal(f["amount_due"]) if f["amount_due"] else None
    grand_total = _decimal(f["grand_total"]) if f["grand_total"] else None
    if amount_due is None:
        amount_due = grand_total  # BT-115 is mandatory, but some generators omit it
    if not (number and isinstance(issue, date) and currency and amount_due is not None):
        return None, "invoice lacks number, issue date, currency or amount"
    due = f["due_date"] if isinstance(f["due_date"], date) else None
    terms = f["payment_terms"] if isinstance(f["payment_terms"], str) else None
    percent, discount_days = _discount_values(f["discount"], issue)
    if due is not None and due >= issue:
        terms_days: int | None = (due - issue).days  # the dates beat any wording
    else:
        terms_days = _days_from_text(terms, discount_days)
    iban = f["iban"]
    return EInvoice(
        syntax=str(f["syntax"]),
        number=str(number),
        type_code=str(f["type_code"] or ""),
        issue_date=issue,
        due_date=due,
        currency=str(currency).upper(),
        amount_due=amount_due,
        grand_total=grand_total,
        seller_name=_opt(f["seller_name"]),
        buyer_name=_opt(f["buyer_name"]),
        buyer_email=_opt(f["buyer_email"]),
        buyer_address=_opt(f["buyer_address"]),
        payment_terms=terms,
        terms_days=terms_days,
        discount_percent=percent,
        discount_days=discount_days,
        late_fee=_opt(f["late_fee"]),
        # IBANs are printed in groups of four; the electronic form has no spaces.
        iban="".join(str(iban).split()).upper() if iban else None,
        payment_reference=_opt(f["payment_reference"]),
    ), "ok"


# --- payment terms ----------------------------------------------------------------------

_DAYS = re.compile(
    r"(\d{1,3})\s*(?:tagen|tage|tag|days?|jours?|hari|дней|дня|день)\b", re.IGNORECASE
)
_NET = re.compile(r"\bnet(?:to)?\s*(\d{1,3})(?!\d|[.,]\d)", re.IGNORECASE)  # not "netto 04.04.2013"
_NOW = re.compile(
    r"\b(?:sofort|immediate(?:ly)?|upon receipt|on receipt|due on receipt|segera|"
    r"немедленно)|(?:à|dès) réception",
    re.IGNORECASE,
)
_SKONTO_CODE = re.compile(r"#SKONTO#TAGE=(\d+)#PROZENT=(\d+(?:\.\d+)?)#", re.IGNORECASE)
_TWO_TEN = re.compile(
    r"\b(\d{1,2}(?:\.\d+)?)\s*/\s*(\d{1,3})\s*,?\s*net\s*(\d{1,3})\b", re.IGNORECASE
)
_PERCENT = re.compile(r"(\d{1,2}(?:[.,]\d{1,2})?)\s*%")
_DISCOUNT_WORD = re.compile(r"skonto|discount|escompte|diskon|скидк", re.IGNORECASE)


def _discount_from_text(text: str | None) -> tuple[str, str | date | None] | None:
    """(percent, days or None) for an early-payment discount stated in the terms text."""
    if not text:
        return None
    if m := _SKONTO_CODE.search(text):  # XRechnung convention, e.g. #SKONTO#TAGE=14#PROZENT=2.00#
        return m.group(2), m.group(1)
    if m := _TWO_TEN.search(text):  # "2/10 net 30"
        return m.group(1), m.group(2)
    clauses = re.split(r";|\n|,\s", text)
    for i, clause in enumerate(clauses):
        percent = _PERCENT.search(clause)
        if not (percent and _DISCOUNT_WORD.search(clause)):
            continue
        days = _DAYS.search(clause)
        # "within 14 days, 2% discount": the period may sit in the clause before.
        if (
            days is None
            and i > 0
            and not re.search(r"net|ohne abzug", clauses[i - 1], re.IGNORECASE)
        ):
            days = _DAYS.search(clauses[i - 1])
        return percent.group(1).replace(",", "."), days.group(1) if days else None
    return None


def _discount_values(discount: object, issue: date) -> tuple[Decimal | None, int | None]:
    if not isinstance(discount, tuple):
        return None, None
    percent, days = _decimal(discount[0]), discount[1]
    if isinstance(days, date):
        return percent, (days - issue).days if days >= issue else None
    try:
        return percent, int(Decimal(str(days))) if days is not None else None
    except (InvalidOperation, ValueError):
        return percent, None


def _days_from_text(text: str | None, discount_days: int | None) -> int | None:
    """Net payment period stated in words, e.g. "Zahlbar innerhalb 14 Tagen"."""
    if not text:
        return None
    text = _SKONTO_CODE.sub(" ", text)
    if m := _TWO_TEN.search(text):
        return int(m.group(3))
    days = [int(d) for d in _DAYS.findall(text)] + [int(d) for d in _NET.findall(text)]
    if discount_days is not None and discount_days in days:
        days.remove(discount_days)  # that number is the discount period, not the net one
    if days:
        return max(days)  # "2% in 10 days, 30 days net": the longest period is the net one
    return 0 if _NOW.search(text) else None


def _cii_discount(block: etree._Element) -> tuple[str, str | date | None] | None:
    terms = block.find("{*}ApplicableTradePaymentDiscountTerms")
    percent = _text(terms, "{*}CalculationPercent")
    return (percent, _text(terms, "{*}BasisPeriodMeasure")) if percent else None


def _cii_penalty(block: etree._Element) -> str | None:
    terms = block.find("{*}ApplicableTradePaymentPenaltyTerms")
    if terms is None:
        return None
    percent = _text(terms, "{*}CalculationPercent")
    amount = _text(terms, "{*}ActualPenaltyAmount")
    after = _text(terms, "{*}BasisPeriodMeasure")
    stated = " ".join(p for p in (f"{percent} %" if percent else None, amount) if p)
    return f"{stated} after {after} days" if stated and after else stated or None


# --- small readers ----------------------------------------------------------------------


def _find(el: etree._Element | None, path: str) -> etree._Element | None:
    return None if el is None else el.find(path)


def _text(el: etree._Element | None, path: str) -> str | None:
    found = _find(el, path)
    if found is None:
        return None
    # string() skips comments, which real files put inside elements (see XRechnung IBANs).
    value = " ".join(str(found.xpath("string()")).split())
    return value or None


def _attr(el: etree._Element | None, path: str, name: str) -> str | None:
    found = _find(el, path)
    return None if found is None else found.get(name)


def _opt(value: object) -> str | None:
    return str(value) if value else None


def _decimal(text: object) -> Decimal | None:
    try:
        value = Decimal(str(text).strip())
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None


def _cii_date(el: etree._Element | None, path: str) -> date | None:
    stamp = _find(el, path + "/{*}DateTimeString")
    if stamp is None:
        return None
    text = "".join(str(stamp.xpath("string()")).split())
    try:
        if stamp.get("format", "102") == "102" and len(text) == 8:  # CCYYMMDD
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None
    return None  # 610 (month) and 616 (week) are not days


def _iso_date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _email(*candidates: str | None) -> str | None:
    return next((c for c in candidates if c and "@" in c), None)


def _address(
    el: etree._Element | None, lines: list[str], postcode: str, city: str, country: str
) -> str | None:
    if el is None:
        return None
    town = " ".join(p for p in (_text(el, postcode), _text(el, city)) if p)
    parts = [_text(el, line) for line in lines] + [town, _text(el, country)]
    return ", ".join(p for p in parts if p) or None

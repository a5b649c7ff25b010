"""mailbot.reading.einvoice against a hand-labelled third-party corpus and hostile input.

tests/data/einvoice/expected.csv was written by reading each XML (for PDFs: the embedded
XML) by hand, not by running the module; see PROVENANCE.md there for the sources.
"""

from __future__ import annotations

import csv
import io
import socket
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from mailbot.reading import einvoice
from mailbot.reading.einvoice import (
    EInvoice,
    pdf_text,
    read_attachment,
    read_attachment_with_reason,
)

DATA = Path(__file__).parent / "data" / "einvoice"
with (DATA / "expected.csv").open(encoding="utf-8", newline="") as _f:
    ROWS = list(csv.DictReader(_f))
FIELDS = [name for name in ROWS[0] if name != "file"]


def _content_type(name: str) -> str:
    return "application/pdf" if name.endswith(".pdf") else "application/xml"


def _as_csv(value: object) -> str:
    # str(Decimal) keeps the digits as written, so "104.90" must stay "104.90".
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def test_every_corpus_file_is_labelled() -> None:
    files = {p.name for p in DATA.iterdir()} - {"expected.csv", "PROVENANCE.md"}
    assert files == {row["file"] for row in ROWS}
    assert len(ROWS) == 28


@pytest.mark.parametrize("row", ROWS, ids=[row["file"] for row in ROWS])
def test_corpus_file_matches_hand_labels(row: dict[str, str]) -> None:
    payload = (DATA / row["file"]).read_bytes()
    invoice, reason = read_attachment_with_reason(row["file"], _content_type(row["file"]), payload)
    assert invoice is not None, reason
    assert reason == "ok"
    assert {f: _as_csv(getattr(invoice, f)) for f in FIELDS} == {f: row[f] for f in FIELDS}
    assert isinstance(invoice.amount_due, Decimal)
    assert isinstance(invoice.issue_date, date)


def test_label_does_not_matter_only_bytes() -> None:
    payload = (DATA / "xrechnung-01.01a-INVOICE_ubl.xml").read_bytes()
    invoice = read_attachment("scan.bin", "application/octet-stream", payload)
    assert invoice is not None
    assert invoice.number == "123456XX"


def test_corpus_details_beyond_the_csv() -> None:
    invoice = read_attachment(
        "f.xml", "text/xml", (DATA / "facturx-factur-x-en16931.xml").read_bytes()
    )
    assert invoice is not None
    assert (
        invoice.buyer_address
        == "MON ADRESSE LIGNE 1, Buyer line 2, Buyer line 3, 06000 MA VILLE, FR"
    )
    assert invoice.payment_terms == "PAIEMENT 30 JOURS NET"
    # The French mandatory late-payment mentions (notes PMD and PMT) are the late fee.
    assert invoice.late_fee is not None
    assert "trois fois le taux d'intérêt légal" in invoice.late_fee
    assert "40 €" in invoice.late_fee
    assert not invoice.is_credit_note


# --- PDFs without embedded XML ----------------------------------------------------------


def _minimal_pdf(text: str) -> bytes:
    """A one-page PDF written by hand: Helvetica, one line of text."""
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>"
        ),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def _encrypted(pdf: bytes, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_plain_pdf_is_not_an_einvoice_but_has_text() -> None:
    pdf = _minimal_pdf("Invoice 4711 total 119.00 EUR due 2025-04-30")
    invoice, reason = read_attachment_with_reason("invoice.pdf", "application/pdf", pdf)
    assert invoice is None
    assert reason == "pdf without invoice xml"
    assert "Invoice 4711 total 119.00 EUR" in pdf_text(pdf)


def test_pdf_text_of_a_corpus_pdf_and_page_bound() -> None:
    pdf = (DATA / "mustang-zugferd_invoice.pdf").read_bytes()
    assert "Kraxi GmbH" in pdf_text(pdf)
    assert pdf_text(pdf, max_pages=0) == ""


def test_encrypted_pdf_gives_no_text_unless_the_user_password_is_empty() -> None:
    pdf = _minimal_pdf("Invoice 4711")
    assert pdf_text(_encrypted(pdf, "secret")) == ""
    assert read_attachment("x.pdf", "application/pdf", _encrypted(pdf, "secret")) is None
    # Owner-password-only PDFs open in any viewer; their text is readable.
    assert "Invoice 4711" in pdf_text(_encrypted(pdf, ""))


# --- hostile and broken input -----------------------------------------------------------

_PDF = (DATA / "facturx-invoice_EN16931.pdf").read_bytes()
_XML = (DATA / "xrechnung-01.13a-INVOICE_uncefact.xml").read_bytes()
BROKEN = {
    "empty": b"",
    "binary": bytes(range(256)) * 50,
    "pdf-header-only": b"%PDF-1.7\n",
    "pdf-garbage": b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer<<>>",
    "truncated-pdf": _PDF[: len(_PDF) // 2],
    "pdf-tail-only": _PDF[len(_PDF) // 2 :],
    "truncated-xml": _XML[: len(_XML) // 2],
    "html": b"<html><body>Invoice 1</body></html>",
    "other-xml": b"<?xml version='1.0'?><order><id>1</id></order>",
    "bad-utf8": b"<?xml version='1.0' encoding='UTF-8'?><a>\xff\xfe</a>",
    "ubl-without-fields": b"<Invoice xmlns='urn:oasis:names:specification:ubl:schema:xsd:Invoice-2'/>",
    "text": b"Rechnung 4711",
}


@pytest.mark.parametrize("payload", BROKEN.values(), ids=BROKEN.keys())
def test_broken_payloads_give_none_and_never_raise(payload: bytes) -> None:
    assert read_attachment("a.pdf", "application/pdf", payload) is None
    assert read_attachment("a.xml", "application/xml", payload) is None
    assert isinstance(pdf_text(payload), str)


def test_non_bytes_payload_gives_none() -> None:
    assert read_attachment("a.xml", "application/xml", "<x/>") is None  # type: ignore[arg-type]
    assert pdf_text(None) == ""


def test_huge_payloads_are_refused_unread() -> None:
    huge_xml = b"<" + b" " * einvoice.MAX_PAYLOAD
    assert read_attachment_with_reason("a.xml", "application/xml", huge_xml) == (None, "too large")
    assert pdf_text(b"%PDF-1.7\n" + b"0" * einvoice.MAX_PAYLOAD) == ""


def test_xml_with_external_entities_is_refused_without_fetching(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(5)
        listener.setblocking(False)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        dtd = (
            "<!DOCTYPE rsm:CrossIndustryInvoice ["
            f'<!ENTITY file SYSTEM "file://{secret}">'
            f'<!ENTITY net SYSTEM "{url}/entity">'
            f'<!ENTITY % remote SYSTEM "{url}/dtd"> %remote;'
            "]>"
        ).encode()
        doc = _XML.replace(b"?>", b"?>" + dtd, 1).replace(
            b"<ram:Name>[Buyer name]</ram:Name>", b"<ram:Name>&file;&net;</ram:Name>"
        )
        invoice, reason = read_attachment_with_reason("x.xml", "application/xml", doc)
        assert invoice is None
        assert "DTD" in reason
        with pytest.raises(BlockingIOError):
            listener.accept()  # nobody connected: no entity was fetched


def test_entity_expansion_bomb_is_refused() -> None:
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10 if i else "lol"}">' for i in range(10))
    doc = f"<?xml version='1.0'?><!DOCTYPE r [{lol}]><r>&l9;</r>".encode()
    assert read_attachment("x.xml", "application/xml", doc) is None


# --- payment terms in words, and what the corpus lacks ----------------------------------

CII = """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
 xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocument><ram:ID>T-1</ram:ID><ram:TypeCode>{type_code}</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">20250301</udt:DateTimeString></ram:IssueDateTime>
 </rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:ApplicableHeaderTradeAgreement>
   <ram:SellerTradeParty><ram:Name>Seller</ram:Name></ram:SellerTradeParty>
   <ram:BuyerTradeParty><ram:Name>Buyer</ram:Name></ram:BuyerTradeParty>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeDelivery/>
  <ram:ApplicableHeaderTradeSettlement>
   <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradePaymentTerms>{terms}</ram:SpecifiedTradePaymentTerms>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:GrandTotalAmount>119.00</ram:GrandTotalAmount>
    <ram:DuePayableAmount>119.00</ram:DuePayableAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>"""


def _cii(terms: str, type_code: str = "380") -> EInvoice:
    payload = CII.format(terms=terms, type_code=type_code).encode()
    invoice, reason = read_attachment_with_reason("t.xml", "application/xml", payload)
    assert invoice is not None, reason
    return invoice


def _due(yyyymmdd: str) -> str:
    return (
        f'<ram:DueDateDateTime><udt:DateTimeString format="102">{yyyymmdd}'
        "</udt:DateTimeString></ram:DueDateDateTime>"
    )


@pytest.mark.parametrize(
    ("text", "days", "percent", "discount_days"),
    [
        ("Zahlbar innerhalb 14 Tagen", 14, None, None),
        ("Zahlbar innerhalb 14 Tagen nach Erhalt der Rechnung.", 14, None, None),
        (
            "Zahlbar innerhalb von 30 Tagen netto. Skontoabzüge werden nicht akzeptiert.",
            30,
            None,
            None,
        ),
        ("Zahlbar sofort ohne Abzug.", 0, None, None),
        ("Payment due within 45 days of the invoice date", 45, None, None),
        ("Net 30", 30, None, None),
        ("2/10 net 30", 30, "2", 10),
        ("Bei Zahlung innerhalb 8 Tagen 2,5% Skonto, 30 Tage netto", 30, "2.5", 8),
        ("Bei Zahlungen binnen 14 Tagen, 2% Skonto", None, "2", 14),
        ("#SKONTO#TAGE=14#PROZENT=2.00#\n", None, "2.00", 14),
        ("Zahlbar bis 15.04.2025 netto 04.04.2025", None, None, None),
        ("Pembayaran dalam 30 hari", 30, None, None),
        ("Оплата в течение 10 дней", 10, None, None),
    ],
)
def test_terms_in_words_without_due_date(
    text: str, days: int | None, percent: str | None, discount_days: int | None
) -> None:
    invoice = _cii(f"<ram:Description>{text}</ram:Description>")
    assert invoice.due_date is None
    assert invoice.payment_terms == " ".join(text.split())
    assert invoice.terms_days == days
    assert invoice.discount_percent == (Decimal(percent) if percent else None)
    assert invoice.discount_days == discount_days


def test_due_date_beats_the_wording() -> None:
    invoice = _cii(f"<ram:Description>14 Tage</ram:Description>{_due('20250331')}")
    assert invoice.due_date == date(2025, 3, 31)
    assert invoice.terms_days == 30


def test_structured_discount_and_penalty_terms() -> None:
    invoice = _cii(
        "<ram:Description>30 Tage netto</ram:Description>"
        + _due("20250331")
        + "<ram:ApplicableTradePaymentPenaltyTerms>"
        '<ram:BasisPeriodMeasure unitCode="DAY">30</ram:BasisPeriodMeasure>'
        "<ram:CalculationPercent>1.5</ram:CalculationPercent>"
        "</ram:ApplicableTradePaymentPenaltyTerms>"
        "<ram:ApplicableTradePaymentDiscountTerms>"
        '<ram:BasisPeriodMeasure unitCode="DAY">10</ram:BasisPeriodMeasure>'
        "<ram:CalculationPercent>2.00</ram:CalculationPercent>"
        "</ram:ApplicableTradePaymentDiscountTerms>"
    )
    assert invoice.discount_percent == Decimal("2.00")
    assert invoice.discount_days == 10
    assert invoice.due_date == date(2025, 3, 31)
    assert invoice.terms_days == 30
    assert invoice.late_fee == "1.5 % after 30 days"


def test_credit_note_type_code() -> None:
    assert _cii("", type_code="381").is_credit_note


def test_ubl_credit_note() -> None:
    ubl = (DATA / "xrechnung-04.01a-INVOICE_ubl.xml").read_text(encoding="utf-8")
    credit = (
        ubl.replace("ubl:Invoice", "ubl:CreditNote")
        .replace("xsd:Invoice-2", "xsd:CreditNote-2")
        .replace("InvoiceTypeCode>380<", "CreditNoteTypeCode>381<")
        .replace("InvoiceTypeCode>", "CreditNoteTypeCode>")
        .replace("cac:InvoiceLine>", "cac:CreditNoteLine>")
        .replace("cbc:InvoicedQuantity", "cbc:CreditedQuantity")
        .replace(
            "<cbc:PaymentMeansCode>31</cbc:PaymentMeansCode>",
            "<cbc:PaymentMeansCode>31</cbc:PaymentMeansCode>"
            "<cbc:PaymentDueDate>2019-05-29</cbc:PaymentDueDate>",
        )
    )
    invoice = read_attachment("c.xml", "application/xml", credit.encode())
    assert invoice is not None
    assert (invoice.syntax, invoice.type_code, invoice.is_credit_note) == ("ubl", "381", True)
    assert invoice.due_date == date(2019, 5, 29)
    assert invoice.amount_due == Decimal("4918.84")

"""UK desk (en/): Corrydale Facade & Glazing Ltd, Sheffield.  GBP, EUR, USD."""
from __future__ import annotations

import mailkit as mk
import world as w
from world import BOT, BOT_NAME

DESK = "en"
DOMAIN = "corrydale.co.uk"
OFF = 0  # GMT in November/December

STAFF = {
    "harriet": ("Harriet Oyelaran", "harriet.oyelaran@corrydale.co.uk", "Credit Controller"),
    "tom": ("Tom Brackenbury", "tom.brackenbury@corrydale.co.uk", "Commercial Manager"),
    "niamh": ("Niamh Kavanagh", "niamh.kavanagh@corrydale.co.uk", "Accounts Assistant"),
    "dev": ("Dev Raman", "dev.raman@corrydale.co.uk", "Maintenance Contracts Manager"),
}
NOTIFIERS = ["businessalerts@barclays.co.uk", "noreply@wise.com", "notifications@stripe.com"]

ADDRESS = "Unit 4, Kelham Island Works, Alma Street, Sheffield S3 8SA"
DISCLAIMER = ("This email and any attachments are confidential and intended solely for the addressee. "
              "If you have received it in error please notify the sender and delete it. Corrydale Facade & "
              "Glazing Ltd, registered in England and Wales no. 08841207. Registered office: " + ADDRESS + ".")


def sig(who: str, phone: str = "0114 496 0712") -> str:
    n, _, role = STAFF[who]
    return f"{n}\n{role}\nCorrydale Facade & Glazing Ltd\n{ADDRESS}\nT: {phone} | www.corrydale.co.uk"


R = {}


def _r(key, when, to, invs, cur, sal):
    R[key] = w.rem(DESK, key, when, to, invs, cur, "en", sal)


_r("r01", "2026-11-02 09:05", ("Accounts Payable", "ap@haldenestates.co.uk"), [("INV-UK-26-0987", "23760.00", "2026-10-23")], "GBP", "Accounts Payable team")
_r("r02", "2026-11-03 08:40", ("Gareth Lloyd-Pugh", "g.lloydpugh@kelsovane.co.uk"),
   [("INV-UK-26-0962", "29880.00", "2026-10-09"), ("INV-UK-26-0991", "44620.00", "2026-11-06")], "GBP", "Gareth")
_r("r03", "2026-11-04 09:30", ("Sanne de Wit", "s.dewit@maasbrug.nl"), [("INV-UK-26-0979", "9900.00", "2026-10-30")], "EUR", "Ms de Wit")
_r("r04", "2026-11-05 14:10", (None, "ap@callowayhotels.com"), [("INV-UK-26-0971", "12400.00", "2026-10-16")], "USD", "Accounts Payable team")
_r("r05", "2026-11-06 10:00", ("Julia Ashworth", "j.ashworth@pinecroftacademies.org.uk"), [("INV-UK-26-0958", "2148.00", "2026-10-02")], "GBP", "Julia")
_r("r06", "2026-11-09 09:15", (None, "finance@hartwellmortimer.com"), [("INV-UK-26-1003", "11520.00", "2026-11-13")], "GBP", "Finance team")
_r("r07", "2026-11-09 09:20", (None, "hello@fenwickosei.co.uk"), [("INV-UK-26-0999", "1980.00", "2026-11-05")], "GBP", "Fenwick & Osei team")
_r("r08", "2026-11-10 09:00", ("Kieran Walsh", "payables@dunmoreretail.co.uk"), [("INV-UK-26-0995", "6318.00", "2026-11-12")], "GBP", "Kieran")
_r("r09", "2026-11-11 10:30", (None, "chapter.office@st-aldhelms.org.uk"), [("INV-UK-26-0984", "3612.00", "2026-10-28")], "GBP", "Chapter Office")
_r("r10", "2026-11-12 09:00", ("Accounts Payable", "accounts.payable@brightwaterhospitals.nhs.uk"), [("INV-UK-26-1006", "15960.00", "2026-11-20")], "GBP", "Accounts Payable team")
_r("r11", "2026-11-16 08:50", ("Agnieszka Wróbel", "a.wrobel@ostoja-facades.co.uk"), [("INV-UK-26-0966", "4470.00", "2026-10-14")], "GBP", "Agnieszka")
_r("r12", "2026-11-16 09:00", (None, "accounts@lumenquay.co.uk"), [("INV-UK-26-1011", "4320.00", "2026-11-15")], "GBP", "Accounts team")
_r("r13", "2026-11-17 09:10", (None, "office@greyfriarsdental.co.uk"), [("INV-UK-26-0990", "2760.00", "2026-10-31")], "GBP", "Practice Manager")
_r("r14", "2026-11-18 09:00", (None, "accounts@aldousmarine.co.uk"), [("INV-UK-26-0993", "18900.00", "2026-10-19")], "GBP", "Accounts team")
_r("r15", "2026-11-19 09:30", ("Parish Clerk", "clerk@thornburypc.gov.uk"), [("INV-UK-26-1000", "840.00", "2026-11-02")], "GBP", "Parish Clerk")
_r("r16", "2026-11-20 09:00", (None, "studio@sablestreet.com"), [("INV-UK-26-1009", "5412.00", "2026-11-10")], "GBP", "Sable Street team")
_r("r17", "2026-12-01 09:00", ("Gareth Lloyd-Pugh", "g.lloydpugh@kelsovane.co.uk"), [("INV-UK-26-0991", "3456.00", "2026-11-06")], "GBP", "Gareth")
_r("r18", "2026-11-10 15:00", ("Kevin Donnelly", "kdonnelly@callowayhotels.com"), [("INV-UK-26-0971", "12400.00", "2026-10-16")], "USD", "Kevin")

INVOICES_OWN = ["INV-UK-26-1042", "INV-UK-26-1043", "INV-UK-26-1044", "INV-UK-26-1047", "INV-UK-26-1049", "INV-UK-26-1050",
                "INV-UK-26-1052", "INV-UK-26-1038", "INV-UK-26-1055", "INV-UK-26-1058", "INV-UK-26-1061"]
EXTRA_KNOWN = ["CN-UK-26-0044"]  # credit note named by staff


def staff_in(seed, who, to, subject, when, body, cc=None, bcc_bot=False, extra=None, irt=None, refs=None):
    name, addr_, _ = STAFF[who]
    if cc is None:
        cc = [(BOT_NAME, BOT)]
    pre = [("Delivered-To", BOT)] if bcc_bot else None
    ex = [("Thread-Topic", mk.hdr_text(subject)), ("Thread-Index", "AQH" + mk.b32(seed, 22)),
          ("Content-Language", "en-GB"), ("X-MS-Has-Attach", "yes" if body.parts else ""),
          ("X-Originating-IP", "[81.2.69.160]")]
    ex = [e for e in ex if e[1]] + list(extra or [])
    return w.inbound(seed, frm=(name, addr_), to=to, cc=cc or None, subject=subject, date_=when, body=body,
                     auth_=w.auth("pass", DOMAIN, addr_, "selector1", "40.107.22.71", seed),
                     rcv=[w.hop("outlook", when, seed)], mid=mk.msgid("outlook", seed), pre=pre, extra=ex,
                     irt=irt, refs=refs, order="outlook")


def build():
    M = []

    def add(slug, raw, **lab):
        M.append({"slug": slug, "raw": raw, "label": lab})

    T = lambda s: mk.dt(s, OFF)  # noqa: E731

    # ------------------------------------------------------------ invoice copies
    # 01 interim application, reverse-charge VAT shown but not payable, retention, previously certified
    when = T("2026-11-02 16:48")
    txt = f"""Gareth,

Please find attached our Interim Application No. 5 for the curtain walling package at
Riverside Quarter, Block C (your order KV/RQ/0412), valuation date 30 October 2026.

Invoice INV-UK-26-1042 summary:

  Gross value of works to date          £684,200.00
  Less retention @ 3%                   (£20,526.00)
  Less previously certified            (£598,130.00)
  Net amount of this application         £65,544.00

  VAT @ 20%: £13,108.80 - reverse charge. Customer to account to HMRC for the VAT
  (VAT Act 1994 Section 55A applies).

  Amount payable to Corrydale:           £65,544.00

Our terms are 30 days from the date of invoice. The breakdown by elevation and the
variation account (VO 1-17) are in the PDF. Shout if anything doesn't tie up with your
QS's figures before it goes through your system - much easier to fix now than after.

Thanks,

{sig('tom', '0114 496 0738')}

{DISCLAIMER}
"""
    pdf = mk.pdf([("b", "CORRYDALE FACADE & GLAZING LTD"), ADDRESS, "VAT Reg. GB 318 4471 06", "",
                  ("b", "TAX INVOICE - INTERIM APPLICATION No. 5"), "",
                  ("r", "Invoice number:", "INV-UK-26-1042"), ("r", "Invoice date / tax point:", "02/11/2026"),
                  ("r", "Valuation date:", "30/10/2026"), ("r", "Customer order:", "KV/RQ/0412"),
                  ("r", "Payment terms:", "30 days"), "",
                  "Customer: Kelso & Vane Construction Ltd, 18 Dock Street, Leeds LS10 1JF",
                  "Project: Riverside Quarter Block C - unitised curtain walling", "",
                  ("r", "North elevation (units 1-142)", "213,400.00"), ("r", "East elevation (units 143-260)", "176,950.00"),
                  ("r", "South elevation (units 261-388)", "158,300.00"), ("r", "West elevation (units 389-470)", "92,050.00"),
                  ("r", "Variations VO 1 - VO 17", "43,500.00"), ("rb", "Gross value of works to date", "684,200.00"),
                  ("r", "Less retention 3%", "-20,526.00"), ("r", "Less previously certified (Apps 1-4)", "-598,130.00"),
                  ("rb", "Net amount this application (GBP)", "65,544.00"), "",
                  ("r", "VAT 20% (reverse charge - customer to pay to HMRC)", "13,108.80"),
                  ("rb", "AMOUNT DUE", "GBP 65,544.00"), "",
                  "Reverse charge: Customer to account to HMRC for the reverse charge output tax on the",
                  "VAT exclusive price of items marked 'reverse charge'.",
                  "Bank: Barclays Bank UK PLC, sort code 20-71-64, account 43915528"],
                 seed="en01", title="INV-UK-26-1042", producer="Sage 50 Accounts v32", creator="Sage Reports")
    body = mk.multipart("mixed", [mk.text(txt, "windows-1252", "quoted-printable"),
                                  mk.attachment(pdf, "application/pdf", "INV-UK-26-1042 Riverside Quarter App 5.pdf")],
                        bstyle="outlook")
    add("interim_application_reverse_charge",
        staff_in("en01", "tom", [("Gareth Lloyd-Pugh", "g.lloydpugh@kelsovane.co.uk")],
                 "Riverside Quarter Blk C - Interim Application 5 / INV-UK-26-1042", when, body,
                 cc=[(BOT_NAME, BOT), ("Kelso & Vane Accounts Payable", "accounts.payable@kelsovane.co.uk")]),
        kind="invoice_copy", language="en", invoice_numbers=["INV-UK-26-1042"], amount="65544.00", currency="GBP",
        issue_date="2026-11-02", due_date="2026-12-02", payment_terms_days=30, needs_human=False,
        note="domestic reverse charge: VAT shown but payable by customer; amount = net application after retention and previous certificates",
        hard="gross valuation, retention, previously certified, reverse-charge VAT line all compete with the payable £65,544.00")

    # 02 Bcc'd bot, HTML only, net vs gross
    when = T("2026-11-04 11:22")
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>
p{margin:0;font-family:Calibri,sans-serif;font-size:11pt} td{font-family:Calibri,sans-serif;font-size:11pt;padding:2px 10px}
</style></head><body lang="EN-GB">
<p>Good morning Ms Mortimer,</p><p>&nbsp;</p>
<p>Thank you for choosing Corrydale for the balustrade works. Please see our invoice below for the replacement of the
glass balustrade to the second-floor atrium at 14 Bream's Buildings.</p><p>&nbsp;</p>
<table border="1" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Invoice no.</b></td><td>INV-UK-26-1043</td></tr>
<tr><td><b>Invoice date</b></td><td>4 November 2026</td></tr>
<tr><td>Toughened laminated glass balustrade, 17.5mm, 23 lin. m incl. handrail</td><td align="right">&pound;5,850.00</td></tr>
<tr><td>VAT @ 20%</td><td align="right">&pound;1,170.00</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>&pound;7,020.00</b></td></tr>
</table><p>&nbsp;</p>
<p>Payment terms: 14 days from invoice date, i.e. by <b>18 November 2026</b>, to Barclays Bank UK PLC, sort code 20-71-64,
account 43915528, quoting the invoice number.</p><p>&nbsp;</p>
<p>Kind regards,</p><p>Niamh</p><p>&nbsp;</p>
<p style="color:#7f7f7f;font-size:9pt">Niamh Kavanagh | Accounts Assistant | Corrydale Facade &amp; Glazing Ltd<br>
Unit 4, Kelham Island Works, Alma Street, Sheffield S3 8SA | 0114 496 0745</p>
<p style="color:#7f7f7f;font-size:8pt">""" + DISCLAIMER + "</p></body></html>\n"
    body = mk.html(htm, "utf-8", "quoted-printable")
    add("balustrade_bcc_html_only",
        staff_in("en02", "niamh", [("Eleanor Mortimer", "e.mortimer@hartwellmortimer.com")],
                 "Invoice INV-UK-26-1043 - glass balustrade, 2nd floor atrium", when, body,
                 cc=[("Finance", "finance@hartwellmortimer.com")], bcc_bot=True),
        kind="invoice_copy", language="en", invoice_numbers=["INV-UK-26-1043"], amount="7020.00", currency="GBP",
        issue_date="2026-11-04", due_date="2026-11-18", payment_terms_days=14, needs_human=False,
        note="bot only in Bcc (Delivered-To); HTML-only body",
        hard="bot absent from To/Cc (Bcc), HTML table only, net £5,850 vs gross £7,020")

    # 03 maintenance contract, quarterly instalment vs annual contract value, PDF
    when = T("2026-11-05 08:31")
    txt = f"""Dear Mr Achterberg,

As agreed at renewal, I attach the first quarterly invoice under the 2026/27 facade
maintenance agreement for Lumen Quay (annual contract value £14,400.00 + VAT, billed
quarterly in advance).

  Invoice INV-UK-26-1044 - Q1 (December 2026 - February 2027)
  £3,600.00 + VAT £720.00 = £4,320.00, payable within 30 days.

The first visit (abseil inspection of the south elevation and gasket replacement on
levels 6-9) is booked for Tuesday 8 December.

Best wishes,
{sig('dev', '0114 496 0751')}
"""
    pdf = mk.pdf([("b", "Corrydale Facade & Glazing Ltd"), ADDRESS, "", ("b", "INVOICE"), "",
                  ("r", "Invoice No", "INV-UK-26-1044"), ("r", "Date", "05 Nov 2026"), ("r", "Account", "LUMEN01"),
                  "", "Lumen Quay Management Company Ltd, 2 Quayside Walk, Salford M50 3AB", "",
                  "Facade maintenance agreement 2026/27 (contract ref FMA-2026-031)",
                  ("r", "Annual contract value (for information)", "14,400.00"),
                  ("r", "Quarter 1 of 4: 01/12/2026 - 28/02/2027", "3,600.00"),
                  ("r", "VAT 20%", "720.00"), ("rb", "Total due GBP", "4,320.00"), "",
                  "Terms: 30 days net. Due date: 05 Dec 2026",
                  "Remaining instalments: Mar 2027, Jun 2027, Sep 2027 (3 x 3,600.00 + VAT)"],
                 seed="en03", title="Invoice INV-UK-26-1044", producer="Xero", creator="Xero", compress=False)
    body = mk.multipart("mixed", [mk.text(txt, "utf-8", "8bit"),
                                  mk.attachment(pdf, "application/pdf", "Invoice INV-UK-26-1044.pdf")], bstyle="outlook")
    add("maintenance_quarterly_instalment",
        staff_in("en03", "dev", [("Pieter Achterberg", "p.achterberg@lumenquay.co.uk")],
                 "Lumen Quay - facade maintenance 2026/27 - Q1 invoice", when, body,
                 cc=[("Lumen Quay Accounts", "accounts@lumenquay.co.uk"), (BOT_NAME, BOT)]),
        kind="invoice_copy", language="en", invoice_numbers=["INV-UK-26-1044"], amount="4320.00", currency="GBP",
        issue_date="2026-11-05", due_date="2026-12-05", payment_terms_days=30, needs_human=False,
        note="amount = first quarterly instalment incl. VAT, not the annual contract value",
        hard="annual contract value £14,400 and remaining instalments vs this quarter's £4,320")

    # 04 invoice with credit note deducted
    when = T("2026-11-09 14:05")
    txt = f"""Hi Marcus,

Please find attached:

 * Invoice INV-UK-26-1047 - Halden Wharf, mastic joint renewal, east & north
   elevations: £15,375.00 + VAT £3,075.00 = £18,450.00
 * Credit note CN-UK-26-0044 - mastic works to the north stair core withdrawn
   per your instruction of 21 October: £1,025.00 + VAT £205.00 = £1,230.00

Balance payable: £17,220.00, due by 9 December 2026 (30 days).

Could you make sure AP apply the credit against this invoice rather than holding it on
account? Last time it sat there for two months.

Many thanks,
Harriet

{sig('harriet')}
"""
    pdf1 = mk.pdf([("b", "INVOICE INV-UK-26-1047"), "Corrydale Facade & Glazing Ltd", "", ("r", "Date", "09/11/2026"),
                   ("r", "Customer", "Halden Estates Ltd"), "", ("r", "Mastic joint renewal E & N elevations", "15,375.00"),
                   ("r", "VAT 20%", "3,075.00"), ("rb", "Invoice total GBP", "18,450.00"), "", "Terms: 30 days"],
                  seed="en04a", title="INV-UK-26-1047", producer="Sage 50 Accounts v32")
    pdf2 = mk.pdf([("b", "CREDIT NOTE CN-UK-26-0044"), "Corrydale Facade & Glazing Ltd", "", ("r", "Date", "09/11/2026"),
                   ("r", "Against invoice", "INV-UK-26-1047"), "", ("r", "North stair core mastic - withdrawn", "-1,025.00"),
                   ("r", "VAT 20%", "-205.00"), ("rb", "Credit total GBP", "-1,230.00")],
                  seed="en04b", title="CN-UK-26-0044", producer="Sage 50 Accounts v32")
    body = mk.multipart("mixed", [mk.text(txt, "utf-8", "quoted-printable"),
                                  mk.attachment(pdf1, "application/pdf", "INV-UK-26-1047.pdf"),
                                  mk.attachment(pdf2, "application/pdf", "CN-UK-26-0044.pdf")], bstyle="outlook")
    add("invoice_less_credit_note",
        staff_in("en04", "harriet", [("Marcus Pryor", "m.pryor@haldenestates.co.uk")],
                 "Halden Wharf - invoice INV-UK-26-1047 and credit note CN-UK-26-0044", when, body,
                 cc=[("Halden AP", "ap@haldenestates.co.uk"), (BOT_NAME, BOT)]),
        kind="invoice_copy", language="en", invoice_numbers=["INV-UK-26-1047"], amount="17220.00", currency="GBP",
        issue_date="2026-11-09", due_date="2026-12-09", payment_terms_days=30, needs_human=False,
        note="balance after credit note CN-UK-26-0044; credit note number not listed as an invoice",
        hard="invoice £18,450 and credit note £1,230 both totals; payable is the balance £17,220")

    # 05 two EUR invoices in one mail, two PDFs, Dutch client
    when = T("2026-11-11 10:12")
    txt = f"""Dear Sanne,

Following the survey visit to Maasbrug Kade Noord on 22-23 October, please find attached
two invoices:

  INV-UK-26-1049  Facade condition survey and report           EUR 3,480.00
  INV-UK-26-1050  Facade access & cradle design, stage 2        EUR 6,915.00
                                                     Total     EUR 10,395.00

Both are outside the scope of UK VAT (reverse charge applies in the Netherlands, art. 12
Wet OB) and payable within 30 days to our EUR account, IBAN GB81 BARC 2071 6478 2210 04,
BIC BARCGB22.

The survey report itself follows from Tom separately this week.

Kind regards,
{sig('tom', '0114 496 0738')}
"""
    def eur_pdf(no, desc, amt, seed):
        return mk.pdf([("b", "Corrydale Facade & Glazing Ltd"), ADDRESS, "", ("b", f"INVOICE {no}"), "",
                       ("r", "Invoice date", "11 November 2026"), ("r", "Customer", "Maasbrug Vastgoed B.V."),
                       ("r", "Customer VAT no.", "NL862104533B01"), "", ("r", desc, amt), ("r", "VAT", "0.00 (reverse charge)"),
                       ("rb", "Total EUR", amt), "", "Payment: 30 days. IBAN GB81 BARC 2071 6478 2210 04"],
                      seed=seed, title=no, producer="Sage 50 Accounts v32")
    body = mk.multipart("mixed", [mk.text(txt, "iso-8859-1", "quoted-printable"),
                                  mk.attachment(eur_pdf("INV-UK-26-1049", "Facade condition survey and report", "3,480.00", "en05a"), "application/pdf", "INV-UK-26-1049.pdf"),
                                  mk.attachment(eur_pdf("INV-UK-26-1050", "Access & cradle design stage 2", "6,915.00", "en05b"), "application/pdf", "INV-UK-26-1050.pdf")],
                        bstyle="outlook")
    add("two_eur_invoices_one_mail",
        staff_in("en05", "tom", [("Sanne de Wit", "s.dewit@maasbrug.nl")], "Invoices INV-UK-26-1049 & INV-UK-26-1050 (Kade Noord survey/design)",
                 when, body, cc=[(BOT_NAME, BOT), ("Crediteuren Maasbrug", "crediteuren@maasbrug.nl")]),
        kind="invoice_copy", language="en", invoice_numbers=["INV-UK-26-1049", "INV-UK-26-1050"], amount="10395.00", currency="EUR",
        issue_date="2026-11-11", due_date="2026-12-11", payment_terms_days=30, needs_human=False,
        note="two invoices in one mail: amount is the sum",
        hard="two invoices, two PDFs; iso-8859-1 text body")

    # 06 USD invoice, ambiguous dd/mm dates in PDF, HTML + PDF
    when = T("2026-11-13 15:40")
    htm = """<div dir="ltr"><p>Hi Kevin,</p>
<p>Please find attached our invoice <b>INV-UK-26-1052</b> for the lobby glazing survey and design package at the Calloway
Marylebone, <b>USD 28,940.00</b>, on our usual net 30 terms.</p>
<p>As before, please pay to our USD account with Wise (ACH routing 026073150, account 8312459706) quoting the invoice
number - the wire details for non-ACH transfers are on the PDF.</p>
<p>Best,<br>Niamh</p>
<p style="font-size:small;color:#888">Niamh Kavanagh &middot; Accounts Assistant &middot; Corrydale Facade &amp; Glazing Ltd</p></div>
"""
    plain = """Hi Kevin,

Please find attached our invoice INV-UK-26-1052 for the lobby glazing survey and design package at the Calloway
Marylebone, USD 28,940.00, on our usual net 30 terms.

As before, please pay to our USD account with Wise (ACH routing 026073150, account 8312459706) quoting the invoice
number - the wire details for non-ACH transfers are on the PDF.

Best,
Niamh

Niamh Kavanagh - Accounts Assistant - Corrydale Facade & Glazing Ltd
"""
    pdf = mk.pdf([("b", "CORRYDALE FACADE & GLAZING LTD"), ADDRESS, "", ("b", "INVOICE"), "",
                  ("r", "Invoice #", "INV-UK-26-1052"), ("r", "Date", "12/11/2026"), ("r", "Due", "12/12/2026"),
                  ("r", "Terms", "Net 30"), "", "Bill to: Calloway Hotels Inc., 410 Park Avenue South, New York NY 10016, USA",
                  "Site: The Calloway Marylebone, London W1", "",
                  ("r", "Lobby glazing survey (2 days, 2 surveyors)", "6,450.00"),
                  ("r", "Structural glass design package, stages 1-2", "17,666.67"),
                  ("r", "Subtotal", "24,116.67"), ("r", "UK VAT 20% (land-related services)", "4,823.33"),
                  ("rb", "TOTAL USD", "28,940.00"), "",
                  "Wire: Wise US Inc, 30 W. 26th Street, New York NY 10010, SWIFT CMFGUS33, acct 8312459706"],
                 seed="en06", title="INV-UK-26-1052", producer="QuickBooks Online", creator="QuickBooks")
    body = mk.multipart("mixed", [mk.multipart("alternative", [mk.text(plain, "utf-8", "7bit"), mk.html(htm)], bstyle="gmail"),
                                  mk.attachment(pdf, "application/pdf", "INV-UK-26-1052.pdf")], bstyle="gmail")
    add("usd_invoice_ambiguous_pdf_dates",
        staff_in("en06", "niamh", [("Kevin Donnelly", "kdonnelly@callowayhotels.com")], "Invoice INV-UK-26-1052 from Corrydale Facade & Glazing",
                 when, body),
        kind="invoice_copy", language="en", invoice_numbers=["INV-UK-26-1052"], amount="28940.00", currency="USD",
        issue_date="2026-11-12", due_date="2026-12-12", payment_terms_days=30, needs_human=False,
        note="PDF dates 12/11/2026 and 12/12/2026 are dd/mm (UK issuer; only dd/mm is consistent with net 30 and a mail sent 13 Nov)",
        hard="US client, both PDF dates ambiguous dd/mm vs mm/dd; subtotal vs VAT vs total")

    # 07 forwarded internally - old invoice sent without the bot; due on receipt
    when = T("2026-11-17 12:02")
    txt = f"""Hi,

Tom sent this one out on 30 Oct without copying the AR mailbox, so forwarding for the
ledger. It's due on receipt so already overdue, please pick it up with the next run.

Cheers,
H

{sig('harriet')}

From: Tom Brackenbury <tom.brackenbury@corrydale.co.uk>
Sent: 30 October 2026 17:12
To: finance@pinecroftacademies.org.uk
Cc: Julia Ashworth <j.ashworth@pinecroftacademies.org.uk>
Subject: Pinecroft Academy - west block glazing condition survey - INV-UK-26-1038

Dear Julia,

Please find our invoice for the condition survey of the west block glazing completed
last week.

  Invoice number: INV-UK-26-1038
  Invoice date:   30 October 2026
  Condition survey incl. report and photo schedule      £2,450.00
  VAT @ 20%                                               £490.00
  Total                                                 £2,940.00

Payment is due on receipt of this invoice. BACS details: Barclays, 20-71-64, 43915528.

Regards,
Tom Brackenbury
Commercial Manager
"""
    body = mk.text(txt, "windows-1252", "quoted-printable")
    add("forwarded_internally_due_on_receipt",
        staff_in("en07", "harriet", [(BOT_NAME, BOT)], "FW: Pinecroft Academy - west block glazing condition survey - INV-UK-26-1038",
                 when, body, cc=[("Tom Brackenbury", "tom.brackenbury@corrydale.co.uk")]),
        kind="invoice_copy", language="en", invoice_numbers=["INV-UK-26-1038"], amount="2940.00", currency="GBP",
        issue_date="2026-10-30", due_date="2026-10-30", payment_terms_days="", needs_human=False,
        note="internal forward to the bot; debtor is in the forwarded header; due on receipt -> due = issue, no terms",
        hard="forwarded (To is the bot, client only in quoted header block); 'due on receipt'")

    # 08 contradictory total: mail says £9,780, PDF says £8,970
    when = T("2026-11-24 09:47")
    txt = f"""Kieran,

Invoice INV-UK-26-1055 attached for the shopfront glazing repairs at Dunmore Retail Park
units 4-7 (storm damage 14/11), total £9,780.00 inc VAT, 30 days.

Any questions let me know.

Tom

{sig('tom', '0114 496 0738')}
"""
    pdf = mk.pdf([("b", "Corrydale Facade & Glazing Ltd"), "", ("b", "INVOICE INV-UK-26-1055"), ("r", "Date", "24/11/2026"),
                  ("r", "Customer", "Dunmore Retail Parks Ltd"), ("r", "Terms", "30 days"), "",
                  ("r", "Emergency board-up units 4-7 (14/11/2026)", "1,240.00"), ("r", "Replace 6 no. toughened shopfront panes", "5,680.00"),
                  ("r", "Reglaze unit 6 door leaf", "555.00"), ("r", "Net", "7,475.00"), ("r", "VAT 20%", "1,495.00"),
                  ("rb", "TOTAL DUE GBP", "8,970.00")],
                 seed="en08", title="INV-UK-26-1055", producer="Sage 50 Accounts v32")
    body = mk.multipart("mixed", [mk.text(txt, "utf-8", "quoted-printable"),
                                  mk.attachment(pdf, "application/pdf", "INV-UK-26-1055.pdf")], bstyle="outlook")
    add("contradictory_total_text_vs_pdf",
        staff_in("en08", "tom", [("Kieran Walsh", "k.walsh@dunmoreretail.co.uk")], "INV-UK-26-1055 Dunmore RP storm damage",
                 when, body, cc=[(BOT_NAME, BOT), ("Payables", "payables@dunmoreretail.co.uk")]),
        kind="invoice_copy", language="en", invoice_numbers=["INV-UK-26-1055"], amount="", currency="GBP",
        issue_date="2026-11-24", due_date="2026-12-24", payment_terms_days=30, needs_human=True,
        note="mail says £9,780.00, PDF total £8,970.00 (transposed digits): contradiction -> amount empty",
        hard="text and PDF disagree on the total")

    # 09 advance payment of a larger contract, PO number
    when = T("2026-12-01 10:20")
    txt = f"""Dear Accounts Payable,

Please find attached invoice INV-UK-26-1058 for the advance payment under our contract
for the Ward Block B re-glazing (purchase order BWH-PO-4471902, contract sum £486,000.00
+ VAT).

Per clause 4.2 of the contract, this invoice is for the 15% advance payment only:

  Advance payment (15% of £486,000.00)     £72,900.00
  VAT @ 20%                                £14,580.00
  Total now due                            £87,480.00

Payment terms are 30 days from the invoice date. Subsequent valuations will be issued
monthly from January 2027 with the advance recovered pro rata.

The PDF has been uploaded to the Trust's supplier portal as well.

Yours faithfully,
{sig('dev', '0114 496 0751')}
"""
    pdf = mk.pdf([("b", "CORRYDALE FACADE & GLAZING LTD"), ("b", "VAT INVOICE"), "", ("r", "Invoice no.", "INV-UK-26-1058"),
                  ("r", "Date", "1 December 2026"), ("r", "PO", "BWH-PO-4471902"), ("r", "Terms", "30 days"), "",
                  "Brightwater Hospitals NHS Foundation Trust - Ward Block B re-glazing",
                  ("r", "Contract sum (excl. VAT)", "486,000.00"), ("r", "Advance payment 15% (clause 4.2)", "72,900.00"),
                  ("r", "VAT 20%", "14,580.00"), ("rb", "Amount due GBP", "87,480.00")],
                 seed="en09", title="INV-UK-26-1058", producer="Sage 50 Accounts v32")
    body = mk.multipart("mixed", [mk.text(txt, "windows-1252", "quoted-printable"), mk.attachment(pdf, "application/pdf", "INV-UK-26-1058.pdf")],
                        bstyle="outlook")
    add("advance_payment_of_contract",
        staff_in("en09", "dev", [("Accounts Payable", "accounts.payable@brightwaterhospitals.nhs.uk")],
                 "Brightwater Ward Block B - advance payment invoice INV-UK-26-1058 - PO BWH-PO-4471902", when, body),
        kind="invoice_copy", language="en", invoice_numbers=["INV-UK-26-1058"], amount="87480.00", currency="GBP",
        issue_date="2026-12-01", due_date="2026-12-31", payment_terms_days=30, needs_human=False,
        note="advance (down) payment incl. VAT, not the contract sum; PO number is not an invoice number",
        hard="contract sum £486,000 vs advance £72,900 net vs £87,480 gross; PO number looks like an invoice number")

    # 10 small survey invoice, multipart/alternative QP, 7 day terms, ordinal date
    when = T("2026-12-08 13:15")
    plain = """Hello Priyanka,

Thanks again for having us on site last Thursday. Invoice below for the survey.

Invoice: INV-UK-26-1061
Date: 8th December 2026
Rope-access facade survey, 14 Mill Lane (1 day, 2 operatives): £1,095.00
VAT 20%: £219.00
Total: £1,314.00

Payment terms 7 days please. You can pay by card using the secure link on the attached
invoice, or by BACS to 20-71-64 / 43915528.

Kind regards
Niamh
"""
    htm = "<html><body>" + "".join(f"<p>{ln}</p>" if ln else "<br>" for ln in plain.split("\n")) + "</body></html>\n"
    body = mk.multipart("alternative", [mk.text(plain, "utf-8", "quoted-printable"), mk.html(htm, "utf-8", "quoted-printable")], bstyle="outlook_alt")
    add("survey_invoice_seven_days",
        staff_in("en10", "niamh", [("Priyanka Shah", "priyanka@fenwickosei.co.uk")], "Invoice INV-UK-26-1061 - rope access survey 14 Mill Lane",
                 when, body),
        kind="invoice_copy", language="en", invoice_numbers=["INV-UK-26-1061"], amount="1314.00", currency="GBP",
        issue_date="2026-12-08", due_date="2026-12-15", payment_terms_days=7, needs_human=False,
        hard="ordinal date '8th December 2026'; 'last Thursday' is not a due date")

    # ------------------------------------------------------------ read receipts
    r = R["r01"]
    when = T("2026-11-02 11:37")
    human = f"""This is a Return Receipt for the mail that you sent to ap@haldenestates.co.uk.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
"""
    body = mk.multipart("report", [mk.text(human, "utf-8", "7bit", params={"format": "flowed"}),
                                   mk.disposition_notification(w.mdn_fields("Mozilla Thunderbird", "ap@haldenestates.co.uk", r.mid)),
                                   mk.rfc822_headers(r.raw())],
                        bstyle="thunderbird", params={"report-type": "disposition-notification"})
    add("mdn_thunderbird_displayed",
        w.inbound("en11", frm=("Halden Estates AP", "ap@haldenestates.co.uk"), to=BOT, subject="Return Receipt (displayed) - " + r.subject,
                  date_=when, body=body, auth_=w.auth("pass", "haldenestates.co.uk", "ap@haldenestates.co.uk", "k1", seed="en11"),
                  rcv=[w.hop_domain("haldenestates.co.uk", when, "en11")], mid=mk.msgid("thunderbird", "en11", "haldenestates.co.uk"),
                  extra=[("User-Agent", "Mozilla Thunderbird")]),
        kind="read_receipt", language="en", original_message_id=r.mid, needs_human=False)

    r = R["r06"]
    when = T("2026-11-10 14:22")
    human = f"""Your message

To: finance@hartwellmortimer.com
Subject: {r.subject}
Sent: 09 November 2026 09:15:04 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on 10 November 2026 14:22:51 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
"""
    body = mk.multipart("report", [mk.text(human, "utf-8", "quoted-printable"),
                                   mk.disposition_notification(w.mdn_fields("HMLLP-EX01.hartwellmortimer.local", "finance@hartwellmortimer.com", r.mid,
                                                                            "auto-action/MDN-sent-automatically; displayed"))],
                        bstyle="outlook", params={"report-type": "disposition-notification"})
    add("mdn_outlook_read",
        w.inbound("en12", frm=("Finance", "finance@hartwellmortimer.com"), to=(BOT_NAME, BOT), subject="Read: " + r.subject, date_=when, body=body,
                  auth_=w.auth("pass", "hartwellmortimer.com", "finance@hartwellmortimer.com", "selector2", "40.107.8.84", "en12"),
                  rcv=[w.hop("outlook", when, "en12")], mid=mk.msgid("outlook", "en12"),
                  extra=[("Thread-Topic", mk.hdr_text(r.subject)), ("X-MS-Exchange-Organization-SCL", "-1")]),
        kind="read_receipt", language="en", original_message_id=r.mid, needs_human=False,
        note="Outlook 'Read:' receipt, Original-Message-ID in the MDN part")

    r = R["r12"]
    when = T("2026-11-16 15:03")
    txt = f"""Your document:   {r.subject}
was received by:  Accounts Lumenquay/LQMC
at:  16/11/2026 15:03:11
"""
    body = mk.text(txt, "utf-8", "quoted-printable")
    add("read_receipt_notes_plain",
        w.inbound("en13", frm=("Accounts Lumenquay", "accounts@lumenquay.co.uk"), to=BOT, subject="Return Receipt",
                  date_=when, body=body, auth_=w.auth("pass", "lumenquay.co.uk", "accounts@lumenquay.co.uk", "notes", seed="en13"),
                  rcv=[w.hop_domain("lumenquay.co.uk", when, "en13")], mid=mk.msgid("generic", "en13", "lqmc-domino.lumenquay.co.uk"),
                  irt=r.mid, refs=[r.mid], extra=[("X-Mailer", "HCL Notes Release 12.0.2 FP3"), ("X-Notes-Item", "ReturnReceipt")]),
        kind="read_receipt", language="en", original_message_id=r.mid, needs_human=False,
        note="non-standard Notes receipt: plain text, threaded only by In-Reply-To",
        hard="no multipart/report; subject just 'Return Receipt'")

    # ------------------------------------------------------------------ bounces
    r = R["r05"]
    when = T("2026-11-06 10:01")
    human = f"""This is the mail system at host {w.OUTBOUND}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.ashworth@pinecroftacademies.org.uk>: host
    mx.pinecroftacademies.org.uk[192.0.2.44] said: 550 5.1.1
    <j.ashworth@pinecroftacademies.org.uk>... No such user here (in reply to end
    of DATA command)
"""
    ds_msg = [("Reporting-MTA", f"dns; {w.OUTBOUND}"), ("X-Postfix-Queue-ID", "4Hq2Lm0xKQz1wQ7"),
              ("X-Postfix-Sender", f"rfc822; {BOT}"), ("Arrival-Date", mk.rfcdate(r.when))]
    ds_rc = [[("Final-Recipient", "rfc822; j.ashworth@pinecroftacademies.org.uk"),
              ("Original-Recipient", "rfc822;j.ashworth@pinecroftacademies.org.uk"), ("Action", "failed"),
              ("Status", "5.1.1"), ("Remote-MTA", "dns; mx.pinecroftacademies.org.uk"),
              ("Diagnostic-Code", "smtp; 550 5.1.1 <j.ashworth@pinecroftacademies.org.uk>... No such user here")]]
    body = w.dsn_body(mk.text(human, "us-ascii", "7bit", params={}, headers=[("Content-Description", "Notification")]),
                      ds_msg, ds_rc, r.raw(), full=True, bstyle="postfix", seed="en14")
    add("bounce_user_unknown_after_data",
        w.inbound("en14", frm=("Mail Delivery System", f"MAILER-DAEMON@{w.OUTBOUND}"), to=BOT,
                  subject="Undelivered Mail Returned to Sender", date_=when, body=body, auth_=w.auth("internal", w.OUTBOUND),
                  rcv=[w.received(w.OUTBOUND, "185.44.131.25", when, "en14")], mid=mk.msgid("postfix", "en14", w.OUTBOUND),
                  extra=[("Auto-Submitted", "auto-replied")]),
        kind="bounce", language="en", failed_recipients=["j.ashworth@pinecroftacademies.org.uk"], bounce_permanent=True,
        bounce_reason="user_unknown", original_message_id=r.mid, needs_human=True,
        note="user unknown reported after DATA -> needs_human true",
        hard="user unknown but only at end of DATA (server accepted RCPT)")

    r = R["r04"]
    when = T("2026-11-05 14:11")
    human_html = f"""<html><body><div style="font-family:Segoe UI,Arial;font-size:14px">
<p><b><font color="#000066">Your message to ap@callowayhotels.com couldn't be delivered.</font></b></p>
<p>The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.</p>
<table><tr><td><b>corrydale-group.com</b><br>Sender</td><td>Office 365</td><td><b>ap</b><br>Action Required</td></tr></table>
<p><b>How to Fix It</b><br>The recipient's mailbox has exceeded its storage limit. Try resending later, or contact the recipient.</p>
<hr><p style="font-size:11px">Diagnostic information for administrators:<br><br>Generating server: BN8PR12MB3012.namprd12.prod.outlook.com<br><br>
ap@callowayhotels.com<br>Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]'<br><br>
Original message headers:<br><pre>Message-ID: {r.mid}
Subject: {r.subject}
From: {BOT_NAME} &lt;{BOT}&gt;
To: ap@callowayhotels.com</pre></p></div></body></html>
"""
    ds_msg = [("Reporting-MTA", "dns;BN8PR12MB3012.namprd12.prod.outlook.com"), ("Received-From-MTA", "dns;smtp-out.corrydale-group.com"),
              ("Arrival-Date", mk.rfcdate(r.when))]
    ds_rc = [[("Original-Recipient", "rfc822;ap@callowayhotels.com"), ("Final-Recipient", "rfc822;ap@callowayhotels.com"),
              ("Action", "failed"), ("Status", "5.2.2"),
              ("Diagnostic-Code", "smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded")]]
    body = w.dsn_body(mk.multipart("alternative", [mk.text("Your message to ap@callowayhotels.com couldn't be delivered.\nThe recipient's mailbox is full and can't accept messages now.\n", "us-ascii", "7bit"),
                                                   mk.html(human_html, "utf-8", "quoted-printable")], bstyle="outlook_alt"),
                      ds_msg, ds_rc, r.raw(), full=True, bstyle="outlook", seed="en15")
    add("bounce_o365_mailbox_full",
        w.inbound("en15", frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@callowayhotels.onmicrosoft.com"),
                  to=BOT, subject="Undeliverable: " + r.subject, date_=when, body=body,
                  auth_=w.auth("pass", "callowayhotels.onmicrosoft.com", "postmaster@callowayhotels.onmicrosoft.com", "selector1", "40.107.93.41", "en15"),
                  rcv=[w.hop("outlook", when, "en15")], mid=mk.msgid("outlook", "en15", "BN8PR12MB3012"),
                  extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "true")]),
        kind="bounce", language="en", failed_recipients=["ap@callowayhotels.com"], bounce_permanent=True,
        bounce_reason="mailbox_full", original_message_id=r.mid, needs_human=False,
        note="Exchange Online NDR, 5.2.2 quota exceeded, Action failed")

    r = R["r07"]
    when = T("2026-11-09 09:21")
    human = f"""This is the mail system at host {w.OUTBOUND}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<hello@fenwickosei.co.uk>: host aspmx.l.google.com[142.250.102.27] said:
    550-5.7.1 [185.44.131.25      19] Gmail has detected that this message is
    likely unsolicited mail. To reduce the amount of spam sent to Gmail, this
    message has been blocked. For more information, go to 550 5.7.1
    https://support.google.com/mail/?p=UnsolicitedMessageError
    a640c23a62f3a-ab7c1e9a2f5si1182266b.412 - gsmtp (in reply to end of DATA
    command)
"""
    ds_msg = [("Reporting-MTA", f"dns; {w.OUTBOUND}"), ("X-Postfix-Queue-ID", "4Hr7Wd2mTsz1wQ9"),
              ("X-Postfix-Sender", f"rfc822; {BOT}"), ("Arrival-Date", mk.rfcdate(r.when))]
    ds_rc = [[("Final-Recipient", "rfc822; hello@fenwickosei.co.uk"), ("Action", "failed"), ("Status", "5.7.1"),
              ("Remote-MTA", "dns; aspmx.l.google.com"),
              ("Diagnostic-Code", "smtp; 550-5.7.1 [185.44.131.25      19] Gmail has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. 550 5.7.1 https://support.google.com/mail/?p=UnsolicitedMessageError - gsmtp")]]
    body = w.dsn_body(mk.text(human, "us-ascii", "7bit"), ds_msg, ds_rc, r.raw(), full=False, bstyle="postfix", seed="en16")
    add("bounce_gmail_spam_block",
        w.inbound("en16", frm=("Mail Delivery System", f"MAILER-DAEMON@{w.OUTBOUND}"), to=BOT,
                  subject="Undelivered Mail Returned to Sender", date_=when, body=body, auth_=w.auth("internal", w.OUTBOUND),
                  rcv=[w.received(w.OUTBOUND, "185.44.131.25", when, "en16")], mid=mk.msgid("postfix", "en16", w.OUTBOUND),
                  extra=[("Auto-Submitted", "auto-replied")]),
        kind="bounce", language="en", failed_recipients=["hello@fenwickosei.co.uk"], bounce_permanent=True,
        bounce_reason="spam", original_message_id=r.mid, needs_human=False,
        note="spam block after DATA: address is alive",
        hard="'in reply to end of DATA' but reason spam, not user unknown")

    # -------------------------------------------------------------- auto-replies
    r = R["r02"]
    when = T("2026-11-03 08:40")
    txt = """Thank you for your email.

I'm on annual leave until Friday 20 November with limited access to email. I'll be back
in the office on Monday 23rd.

For anything urgent on Riverside Quarter please contact Dan Oduya (d.oduya@kelsovane.co.uk,
0113 496 0420). Invoice queries: accounts.payable@kelsovane.co.uk.

Gareth
"""
    add("ooo_english_standard_headers",
        w.inbound("en17", frm=("Gareth Lloyd-Pugh", "g.lloydpugh@kelsovane.co.uk"), to=(BOT_NAME, BOT), subject="Automatic reply: " + r.subject,
                  date_=when, body=mk.text(txt, "utf-8", "quoted-printable"), auth_=w.auth("pass", "kelsovane.co.uk", "g.lloydpugh@kelsovane.co.uk", "selector1", "40.107.22.71", "en17"),
                  rcv=[w.hop("outlook", when, "en17")], mid=mk.msgid("outlook", "en17"), irt=r.mid, refs=[r.mid],
                  extra=[("Thread-Topic", mk.hdr_text(r.subject)), ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                         ("X-MS-Exchange-Inbox-Rules-Loop", "g.lloydpugh@kelsovane.co.uk")], order="outlook"),
        kind="auto_reply", language="en", return_date="2026-11-23", original_message_id=r.mid, needs_human=False,
        hard="'until Friday 20 November' vs 'back Monday 23rd' (return = first day back)")

    r = R["r03"]
    when = T("2026-11-04 09:31")
    txt = """Goedemorgen,

Bedankt voor uw bericht. Ik ben afwezig tot en met vrijdag 6 november en heb in die
periode geen toegang tot mijn e-mail. Vanaf maandag 9 november ben ik weer aanwezig.

Voor vragen over facturen kunt u contact opnemen met onze crediteurenadministratie via
crediteuren@maasbrug.nl.

Met vriendelijke groet,

Sanne de Wit
Projectcontroller | Maasbrug Vastgoed B.V.
Wilhelminakade 91, 3072 AP Rotterdam
"""
    add("ooo_dutch_no_autosubmitted",
        w.inbound("en18", frm=("Sanne de Wit", "s.dewit@maasbrug.nl"), to=BOT, subject="Automatisch antwoord: " + r.subject,
                  date_=when, body=mk.text(txt, "iso-8859-1", "quoted-printable"),
                  auth_=w.auth("pass", "maasbrug.nl", "s.dewit@maasbrug.nl", "selector1", "40.107.6.52", "en18"),
                  rcv=[w.hop("outlook", when, "en18")], mid=mk.msgid("outlook", "en18"), irt=r.mid, refs=[r.mid],
                  extra=[("X-Auto-Response-Suppress", "All"), ("Content-Language", "nl-NL")]),
        kind="auto_reply", language="nl", return_date="2026-11-09", original_message_id=r.mid, needs_human=False,
        note="no Auto-Submitted header; Dutch text",
        hard="Dutch 'tot en met vrijdag 6 november' / 'vanaf maandag 9 november'")

    r = R["r11"]
    when = T("2026-11-16 08:51")
    txt = """Dzień dobry,

dziękuję za wiadomość. Od 16 do 27 listopada 2026 r. (włącznie) przebywam na urlopie
i nie mam dostępu do poczty. Do pracy wracam w poniedziałek 30 listopada.

W sprawach pilnych proszę o kontakt z p. Tomaszem Nowakiem: t.nowak@ostoja-facades.co.uk.

Pozdrawiam serdecznie
Agnieszka Wróbel
Ostoja Facades UK Ltd
"""
    add("ooo_polish_xautoreply",
        w.inbound("en19", frm=("Agnieszka Wróbel", "a.wrobel@ostoja-facades.co.uk"), to=BOT, subject="Odpowiedź automatyczna: " + r.subject,
                  date_=when, body=mk.text(txt, "iso-8859-2", "quoted-printable"),
                  auth_=w.auth("pass", "ostoja-facades.co.uk", "a.wrobel@ostoja-facades.co.uk", "google", "209.85.221.53", "en19"),
                  rcv=[w.hop("google", when, "en19")], mid=mk.msgid("gmail", "en19"), irt=r.mid, refs=[r.mid],
                  extra=[("X-Autoreply", "yes"), ("Precedence", "bulk")], subj_cs="utf-8", subj_enc="Q", name_cs="iso-8859-2"),
        kind="auto_reply", language="pl", return_date="2026-11-30", original_message_id=r.mid, needs_human=False,
        note="leave 16-27 Nov inclusive; return Monday 30 Nov",
        hard="Polish, iso-8859-2, only X-Autoreply/Precedence; 'do 27 listopada (włącznie)'")

    # --------------------------------------------------------------- challenges
    r = R["r08"]
    when = T("2026-11-10 09:01")
    url = "https://mail.dunmoreretail.co.uk:2096/cgi-sys/bxd.cgi?a=payables@dunmoreretail.co.uk&q=4f0b6c1e92d7a5e3b8c1d0f4"
    txt = f"""The message you sent requires that you verify that you
are a real live human being and not a spam source.

To complete this verification, simply reply to this message and leave
the subject line intact or click the link below:

{url}

The headers of the message sent from your address are shown below:

From {BOT} Tue Nov 10 09:00:58 2026
Received: from {w.OUTBOUND} ([185.44.131.25]:41822)
	by server.dunmoreretail.co.uk with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97.1)
	(envelope-from <{BOT}>)
	id 1v8KQx-0004Zr-1m
	for payables@dunmoreretail.co.uk;
	Tue, 10 Nov 2026 09:00:58 +0000
Message-ID: {r.mid}
From: {BOT_NAME} <{BOT}>
To: Kieran Walsh <payables@dunmoreretail.co.uk>
Subject: {r.subject}
Date: {mk.rfcdate(r.when)}
"""
    add("challenge_boxtrapper_url",
        w.inbound("en20", frm=("payables@dunmoreretail.co.uk", "payables@dunmoreretail.co.uk"), to=BOT,
                  subject="Please Verify Your Email Address (verify#dunmoreretail.co.uk-4f0b6c1e92d7a5e3b8c1d0f4)",
                  date_=when, body=mk.text(txt, "us-ascii", "7bit"), auth_=w.auth("pass", "dunmoreretail.co.uk", "payables@dunmoreretail.co.uk", "default", seed="en20"),
                  rcv=[w.hop_domain("dunmoreretail.co.uk", when, "en20", host="server.dunmoreretail.co.uk")],
                  mid=mk.msgid("generic", "en20", "server.dunmoreretail.co.uk"),
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Boxtrapper", "4f0b6c1e92d7a5e3b8c1d0f4"), ("Precedence", "bulk")]),
        kind="challenge", language="en", challenge=url, original_message_id=r.mid, needs_human=True,
        note="cPanel BoxTrapper: URL or reply; URL recorded. Reminder quoted by Message-ID in body only (no In-Reply-To)",
        hard="no threading headers, the Message-ID appears only in the quoted header block")

    r = R["r09"]
    when = T("2026-11-11 10:31")
    confirm = "release+Q8ZK2M7W@guard.cathedralmail.org.uk"
    txt = f"""Hello,

Your message to chapter.office@st-aldhelms.org.uk with the subject

    "{r.subject}"

is being held by CathedralMail Guard because you are not yet on the recipient's list of
approved senders.

To release it and add yourself to the approved list, send a blank email to

    {confirm}

(just reply to this message - the reply address is already set). You only need to do
this once. Held messages are deleted after 14 days.

CathedralMail Guard - protecting the Church's inboxes from junk mail
"""
    add("challenge_reply_address",
        w.inbound("en21", frm=("CathedralMail Guard", "guard@cathedralmail.org.uk"), to=BOT, subject="[Held] " + r.subject,
                  date_=when, body=mk.text(txt, "utf-8", "quoted-printable"), auth_=w.auth("pass", "cathedralmail.org.uk", "guard@cathedralmail.org.uk", "cm1", seed="en21"),
                  rcv=[w.hop_domain("cathedralmail.org.uk", when, "en21")], mid=mk.msgid("generic", "en21", "guard.cathedralmail.org.uk"),
                  irt=r.mid, reply_to=confirm, extra=[("Auto-Submitted", "auto-replied")]),
        kind="challenge", language="en", challenge=confirm, original_message_id=r.mid, needs_human=True,
        note="address-based challenge (reply/blank mail)")

    # ---------------------------------------------------------------- payments
    def barclays(seed, when, subj, txt, htm):
        body = mk.multipart("alternative", [mk.text(txt, "utf-8", "quoted-printable"), mk.html(htm, "utf-8", "quoted-printable")], bstyle="java")
        return w.inbound(seed, frm=("Barclays Business Alerts", "businessalerts@barclays.co.uk"), to=BOT, subject=subj, date_=when, body=body,
                         auth_=w.auth("pass_reject", "barclays.co.uk", "bounces@alerts.barclays.co.uk", "bca2025", "157.83.84.15", seed),
                         rcv=[w.received("mta3.alerts.barclays.co.uk", "157.83.84.15", when, seed)], mid=mk.msgid("java", seed, "alerts.barclays.co.uk"))

    when = T("2026-11-16 07:12")
    txt = """Barclays Business Alert - incoming payment

Account:        CORRYDALE FACADE & GLAZING LTD  20-71-64  ****5528
Amount:         GBP 23,760.00 CR
From:           HALDEN ESTATES LTD
Reference:      INV-UK-26-0987
Payment type:   Faster Payment
Value date:     16/11/2026

Log in to Barclays.Net to view full details. Please do not reply to this email.
Barclays Bank UK PLC. Authorised by the Prudential Regulation Authority.
"""
    htm = "<html><body><h3>Incoming payment</h3><table>" + "".join(
        f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in [("Account", "CORRYDALE FACADE &amp; GLAZING LTD 20-71-64 ****5528"), ("Amount", "GBP 23,760.00 CR"),
                                                      ("From", "HALDEN ESTATES LTD"), ("Reference", "INV-UK-26-0987"), ("Value date", "16/11/2026")]) + "</table></body></html>\n"
    add("barclays_faster_payment_full", barclays("en22", when, "Barclays alert: payment received GBP 23,760.00", txt, htm),
        kind="payment_confirmation", language="en", invoice_numbers=["INV-UK-26-0987"], amount="23760.00", currency="GBP",
        payment_date="2026-11-16", payment_full=True, needs_human=False)

    when = T("2026-11-27 07:05")
    txt = """Barclays Business Alert - incoming payment

Account:        CORRYDALE FACADE & GLAZING LTD  20-71-64  ****5528
Amount:         GBP 71,044.00 CR
From:           KELSO AND VANE CONSTRUCTI
Reference:      KV PAYRUN 0044817
Payment type:   BACS credit
Value date:     27/11/2026
Remittance information (supplied by payer):
    INV-UK-26-0962      29,880.00
    INV-UK-26-0991      41,164.00

Log in to Barclays.Net to view full details. Please do not reply to this email.
"""
    htm = ("<html><body><h3>Incoming payment</h3><p>GBP 71,044.00 CR from KELSO AND VANE CONSTRUCTI, ref KV PAYRUN 0044817, value date 27/11/2026</p>"
           "<p>Remittance: INV-UK-26-0962 29,880.00; INV-UK-26-0991 41,164.00</p></body></html>\n")
    add("barclays_bacs_split_short", barclays("en23", when, "Barclays alert: payment received GBP 71,044.00", txt, htm),
        kind="payment_confirmation", language="en", invoice_numbers=["INV-UK-26-0962", "INV-UK-26-0991"], amount="71044.00", currency="GBP",
        payment_date="2026-11-27", payment_full=False, allocations=[("INV-UK-26-0962", "29880.00"), ("INV-UK-26-0991", "41164.00")],
        needs_human=True, note="INV-UK-26-0991 open 44,620.00, allocated 41,164.00: split short of the total",
        hard="remittance split sums to the credit but under-pays one invoice (retention withheld)")

    when = T("2026-11-20 16:44")
    txt = """Hi Corrydale Facade & Glazing Ltd,

You've received 4,950.00 EUR from MAASBRUG VASTGOED B.V.

Reference: INV-UK-26-0979 deel 1/2
Transfer ID: #1284477193
Arrived: 20 November 2026 (value date 20/11/2026)

The money is now in your EUR balance.

Thanks,
The Wise Team
"""
    htm = ("<html><body style=\"font-family:Inter,Helvetica\"><h2>You've received 4,950.00 EUR</h2><p>From <b>MAASBRUG VASTGOED B.V.</b></p>"
           "<p>Reference: INV-UK-26-0979 deel 1/2<br>Transfer ID: #1284477193<br>Value date: 20 November 2026</p><p>The Wise Team</p></body></html>\n")
    body = mk.multipart("alternative", [mk.text(txt, "utf-8", "quoted-printable"), mk.html(htm, "utf-8", "base64")], bstyle="java")
    add("wise_partial_eur",
        w.inbound("en24", frm=("Wise", "noreply@wise.com"), to=BOT, subject="You've received 4,950.00 EUR from MAASBRUG VASTGOED B.V.",
                  date_=when, body=body, auth_=w.auth("pass_reject", "wise.com", "bounce@mail.wise.com", "s1", "168.245.58.12", "en24"),
                  rcv=[w.received("o1.mail.wise.com", "168.245.58.12", when, "en24")], mid=mk.msgid("generic", "en24", "mail.wise.com")),
        kind="payment_confirmation", language="en", invoice_numbers=["INV-UK-26-0979"], amount="4950.00", currency="EUR",
        payment_date="2026-11-20", payment_full=False, needs_human=False, note="first half of 9,900.00")

    when = T("2026-12-10 19:31")
    txt = """Corrydale Facade & Glazing Ltd

Payment of £1,314.00 GBP from Fenwick & Osei Architects succeeded.

Invoice         INV-UK-26-1061
Amount          £1,314.00
Customer        priyanka@fenwickosei.co.uk
Payment method  Visa •••• 4417
Date            10 Dec 2026, 19:30

View payment: https://dashboard.stripe.com/payments/pi_3QfZ8kL2cT0rY9b01n7mXw4e

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
"""
    add("stripe_card_full",
        w.inbound("en25", frm=("Stripe", "notifications@stripe.com"), to=BOT, subject="Payment of £1,314.00 from Fenwick & Osei Architects",
                  date_=when, body=mk.text(txt, "utf-8", "base64"), auth_=w.auth("pass_reject", "stripe.com", "bounces@stripe.com", "s1", "54.240.1.20", "en25"),
                  rcv=[w.received("a27-11.smtp-out.us-west-2.amazonses.com", "54.240.27.11", when, "en25")], mid=mk.msgid("generic", "en25", "stripe.com")),
        kind="payment_confirmation", language="en", invoice_numbers=["INV-UK-26-1061"], amount="1314.00", currency="GBP",
        payment_date="2026-12-10", payment_full=True, needs_human=False)

    when = T("2026-11-23 06:58")
    txt = """Barclays Business Alert

A payment of GBP 17,220.00 referencing INV-UK-26-1047 from HALDEN ESTATES LTD is
being held pending beneficiary verification.

To release the funds today, confirm your beneficiary details within 24 hours:
http://barclays-secure-payments.co.uk/release?id=HAL17220

If the details are not confirmed the payment will be returned to the sender.
"""
    add("forged_barclays_lookalike",
        w.inbound("en26", frm=("Barclays Business Alerts", "businessalerts@barclays-secure-payments.co.uk"), to=BOT,
                  subject="Action required: incoming payment GBP 17,220.00 on hold", date_=when, body=mk.text(txt, "utf-8", "7bit"),
                  auth_=w.auth("none", "barclays-secure-payments.co.uk", "info@barclays-secure-payments.co.uk", ip="45.95.147.201", seed="en26"),
                  rcv=[w.received("vps-41822.hostdime.example", "45.95.147.201", when, "en26", tls=False)],
                  mid=mk.msgid("generic", "en26", "barclays-secure-payments.co.uk"),
                  pre=[("Authentication-Results", "barclays.co.uk; dkim=pass header.d=barclays.co.uk; dmarc=pass")]),
        kind="other", language="en", invoice_numbers=["INV-UK-26-1047"], needs_human=True,
        note="look-alike domain, no DKIM/DMARC; second Authentication-Results is not from our authserv-id",
        hard="forged bank notice naming a real open invoice; fake pass header below ours")

    # ------------------------------------------------------------ client replies
    r = R["r01"]
    when = T("2026-11-14 10:02")
    txt = f"""Morning,

This went out on Friday's payment run (13/11) so should be with you Monday.

Regards
Marcus Pryor
Finance Manager | Halden Estates Ltd

{w.quote('outlook_en', r)}"""
    add("paid_friday_run",
        w.inbound("en27", frm=("Marcus Pryor", "m.pryor@haldenestates.co.uk"), to=(BOT_NAME, BOT), subject="RE: " + r.subject, date_=when,
                  body=mk.text(txt, "windows-1252", "quoted-printable"), auth_=w.auth("pass", "haldenestates.co.uk", "m.pryor@haldenestates.co.uk", "k1", seed="en27"),
                  rcv=[w.hop_domain("haldenestates.co.uk", when, "en27")], mid=mk.msgid("outlook", "en27"), irt=r.mid, refs=[r.mid], order="outlook"),
        kind="client_reply", language="en", intent="paid", invoice_numbers=["INV-UK-26-0987"], payment_date="2026-11-13",
        original_message_id=r.mid, needs_human=False, note="paid claim; sent from a colleague of the reminded AP address",
        hard="'Friday's payment run (13/11)' - date given as dd/mm inside brackets")

    r = R["r17"]
    when = T("2026-12-01 13:26")
    txt = f"""Hi,

This isn't due. The £3,456.00 on 0991 is the retention we hold under clause 21 of the
subcontract (5% until practical completion, half released at PC and half at the end of
the 12 month defects period). PC on Block C is currently March 2027.

Can you take this off your chasing list please - Tom knows the position.

Gareth Lloyd-Pugh MRICS
Senior Quantity Surveyor
Kelso & Vane Construction Ltd

{w.quote('outlook_en', r)}"""
    add("dispute_retention_not_due",
        w.inbound("en28", frm=("Gareth Lloyd-Pugh", "g.lloydpugh@kelsovane.co.uk"), to=(BOT_NAME, BOT), cc=[("Tom Brackenbury", "tom.brackenbury@corrydale.co.uk")],
                  subject="RE: " + r.subject, date_=when, body=mk.text(txt, "utf-8", "quoted-printable"),
                  auth_=w.auth("pass", "kelsovane.co.uk", "g.lloydpugh@kelsovane.co.uk", "selector1", "40.107.22.71", "en28"),
                  rcv=[w.hop("outlook", when, "en28")], mid=mk.msgid("outlook", "en28"), irt=r.mid, refs=[R["r02"].mid, r.mid], order="outlook"),
        kind="client_reply", language="en", intent="dispute", invoice_numbers=["INV-UK-26-0991"], original_message_id=r.mid, needs_human=True,
        note="retention withheld: contests that the balance is due; 'take this off your chasing list' is part of the dispute, not a general stop",
        hard="reads like 'stop' but is a dispute about one balance")

    r = R["r03"]
    when = T("2026-11-10 11:48")
    txt = f"""Dear Ms Oyelaran / AR team,

Thank you for your reminder. I am back from leave and have discussed this with our
controller. We are not able to pay the full EUR 9.900 at once at the moment because the
budget for Kade Noord is only released in January.

Our proposal is to pay EUR 4.950 now (this month) and the remaining EUR 4.950 at the
end of January 2027. Can you agree to this? Then I will arrange the first part directly.

Kind regards,

Sanne de Wit
Projectcontroller | Maasbrug Vastgoed B.V.

{w.quote('outlook_en', r, 1)}"""
    add("plan_two_halves_dutch_english",
        w.inbound("en29", frm=("Sanne de Wit", "s.dewit@maasbrug.nl"), to=(BOT_NAME, BOT), subject="RE: " + r.subject, date_=mk.dt("2026-11-10 12:48", 1),
                  body=mk.text(txt, "windows-1252", "quoted-printable"), auth_=w.auth("pass", "maasbrug.nl", "s.dewit@maasbrug.nl", "selector1", "40.107.6.52", "en29"),
                  rcv=[w.hop("outlook", when, "en29")], mid=mk.msgid("outlook", "en29"), irt=r.mid, refs=[r.mid], order="outlook"),
        kind="client_reply", language="en", intent="plan", invoice_numbers=["INV-UK-26-0979"], original_message_id=r.mid, needs_human=True,
        note="asks to split into two payments; no single promised date",
        hard="Dutch number format 'EUR 9.900' in English text; proposal needs agreement")

    r = R["r08"]
    when = T("2026-11-12 17:52")
    txt = f"""hi sorry for delay its with our md for sign off, shld be paid end of next week

cheers kieran

Sent from my iPhone

{w.quote('apple_en', r)}"""
    add("promise_end_of_next_week_phone",
        w.inbound("en30", frm=("Kieran Walsh", "k.walsh@dunmoreretail.co.uk"), to=BOT, subject="Re: " + r.subject, date_=when,
                  body=mk.text(txt, "utf-8", "quoted-printable"), auth_=w.auth("pass", "dunmoreretail.co.uk", "k.walsh@dunmoreretail.co.uk", "default", seed="en30"),
                  rcv=[w.hop_domain("dunmoreretail.co.uk", when, "en30", host="server.dunmoreretail.co.uk")], mid=mk.msgid("apple", "en30", "dunmoreretail.co.uk"),
                  irt=r.mid, refs=[r.mid], extra=[("X-Mailer", "iPhone Mail (22B91)")]),
        kind="client_reply", language="en", intent="promise", invoice_numbers=["INV-UK-26-0995"], promised_date="2026-11-20",
        original_message_id=r.mid, needs_human=False, note="sent Thu 12 Nov: end of next week = Fri 20 Nov",
        hard="phone-typed, no punctuation; relative 'end of next week'")

    r = R["r10"]
    when = T("2026-11-12 14:30")
    txt = f"""Good afternoon,

We are unable to match invoice INV-UK-26-1006 to a purchase order. The Trust currently
has two open orders with Corrydale Facade & Glazing Ltd (BWH-PO-4470013, Outpatients
canopy, and BWH-PO-4471902, Ward Block B). Could you confirm which order this invoice
relates to, so that we can receipt it against the correct PO?

Please note that under our No PO, No Pay policy invoices without a valid PO number may
be returned unpaid.

Kind regards

Accounts Payable Team
Brightwater Hospitals NHS Foundation Trust

{w.quote('outlook_en', r)}"""
    add("question_which_po",
        w.inbound("en31", frm=("Accounts Payable", "accounts.payable@brightwaterhospitals.nhs.uk"), to=(BOT_NAME, BOT), subject="RE: " + r.subject,
                  date_=when, body=mk.text(txt, "utf-8", "quoted-printable"),
                  auth_=w.auth("pass", "brightwaterhospitals.nhs.uk", "accounts.payable@brightwaterhospitals.nhs.uk", "selector1", "40.107.22.60", "en31"),
                  rcv=[w.hop("outlook", when, "en31")], mid=mk.msgid("outlook", "en31"), irt=r.mid, refs=[r.mid], order="outlook"),
        kind="client_reply", language="en", intent="question", invoice_numbers=["INV-UK-26-1006"], original_message_id=r.mid, needs_human=True,
        hard="PO numbers that look like references; polite policy text sounds like a threat of non-payment")

    r = R["r13"]
    when = T("2026-11-18 09:55")
    txt = f"""Dear Sirs

GREYFRIARS DENTAL GROUP LIMITED - IN ADMINISTRATION

We write to advise that Greyfriars Dental Group Limited entered administration on
6 November 2026 and that Andrew Kettle and Rachel Osei-Bonsu of Marlowe Begg Restructuring
LLP were appointed Joint Administrators.

Please do not contact the practice or its staff regarding amounts owed. Any claim in
respect of invoice INV-UK-26-0990 should be submitted to us using the enclosed proof of
debt form. Further automated reminders to the practice should cease.

Yours faithfully

For and on behalf of the Company
Jasmin Hale, Case Administrator
Marlowe Begg Restructuring LLP (acting as agents of the Company and without personal liability)

{w.quote('gmail_en', r)}"""
    add("stop_company_in_administration",
        w.inbound("en32", frm=("Jasmin Hale", "jasmin.hale@marlowebegg.co.uk"), to=BOT, cc=[("Greyfriars Dental", "office@greyfriarsdental.co.uk")],
                  subject="Re: " + r.subject + " [MB-REF 26-1187]", date_=when, body=mk.text(txt, "utf-8", "quoted-printable"),
                  auth_=w.auth("pass", "marlowebegg.co.uk", "jasmin.hale@marlowebegg.co.uk", "google", "209.85.221.40", "en32"),
                  rcv=[w.hop("google", when, "en32")], mid=mk.msgid("gmail", "en32"), irt=r.mid, refs=[r.mid]),
        kind="client_reply", language="en", intent="stop", invoice_numbers=["INV-UK-26-0990"], original_message_id=r.mid, needs_human=True,
        note="insolvency practitioner (not the reminded address) asks that reminders cease",
        hard="sender is a third party threaded to the reminder; formal insolvency wording")

    r = R["r15"]
    when = T("2026-11-19 19:12")
    txt = f"""Dear Sir/Madam,

Thank you for your email. I have checked our records and we have no invoice
INV-UK-26-1000 on file - I do not think it was ever received by the Council.

Could you please send a copy to this address and also to our Responsible Financial
Officer at rfo@thornburypc.gov.uk? It can then go to the December meeting for approval.

Yours faithfully,

Mrs P. Ledger
Clerk to Thornbury Parish Council
(Office hours Tue & Thu 10am - 1pm)

{w.quote('gmail_en', r)}"""
    add("not_received_resend",
        w.inbound("en33", frm=("Thornbury Parish Clerk", "clerk@thornburypc.gov.uk"), to=BOT, subject="Re: " + r.subject, date_=when,
                  body=mk.text(txt, "iso-8859-1", "quoted-printable"), auth_=w.auth("pass", "thornburypc.gov.uk", "clerk@thornburypc.gov.uk", "s1", seed="en33"),
                  rcv=[w.hop_domain("thornburypc.gov.uk", when, "en33")], mid=mk.msgid("thunderbird", "en33", "thornburypc.gov.uk")),
        kind="client_reply", language="en", intent="not_received", invoice_numbers=["INV-UK-26-1000"], original_message_id="", needs_human=False,
        note="no In-Reply-To/References (client's mailer dropped them); matched by invoice number and sender only",
        hard="threading headers missing; quote present")

    r = R["r16"]
    when = T("2026-11-20 11:40")
    txt = f"""hi there

we moved to a new finance system in October and all supplier bank details got wiped in
the migration (great). could you resend yours - sort code, acc no and the email for
remittances - ideally on a letterhead PDF so our bookkeeper can verify it? then we'll get
1009 paid next week.

thanks
Lou
Sable Street Studios

{w.quote('gmail_en', r)}"""
    add("payment_details_after_migration",
        w.inbound("en34", frm=("Louisa Carmichael", "lou@sablestreet.com"), to=BOT, cc=[("Sable Street Studios", "studio@sablestreet.com")],
                  subject="Re: " + r.subject, date_=when, body=mk.text(txt, "utf-8", "quoted-printable"),
                  auth_=w.auth("pass", "sablestreet.com", "lou@sablestreet.com", "google", "209.85.221.46", "en34"),
                  rcv=[w.hop("google", when, "en34")], mid=mk.msgid("gmail", "en34"), irt=r.mid, refs=[r.mid]),
        kind="client_reply", language="en", intent="payment_details", invoice_numbers=["INV-UK-26-1009"], original_message_id=r.mid, needs_human=False,
        note="asks for bank details; 'next week' is a vague intention, not a dated promise",
        hard="lower-case informal; short invoice reference '1009'")

    r = R["r06"]
    when = T("2026-11-19 16:05")
    txt = f"""Dear Harriet,

Further to my email of last week, I'm sorry to say we will not be able to pay INV-UK-26-1003
on 20 November as I had said. Partner sign-off for payments over £10k has moved to the
monthly partners' meeting, which is on 3 December, so it will now be paid on Friday
4 December.

Apologies for the inconvenience.

Kind regards,
Eleanor Mortimer
Practice Director | Hartwell Mortimer LLP

-----Original Message-----
From: Eleanor Mortimer
Sent: Thursday, November 12, 2026 10:02 AM
To: '{BOT}'
Subject: RE: {r.subject}

Thanks for the reminder - this will be paid on 20 November.

Eleanor

{w.quote('outlook_en2', r)}"""
    add("negated_promise_new_date",
        w.inbound("en35", frm=("Eleanor Mortimer", "e.mortimer@hartwellmortimer.com"), to=(BOT_NAME, BOT), subject="RE: " + r.subject, date_=when,
                  body=mk.text(txt, "windows-1252", "quoted-printable"),
                  auth_=w.auth("pass", "hartwellmortimer.com", "e.mortimer@hartwellmortimer.com", "selector2", "40.107.8.84", "en35"),
                  rcv=[w.hop("outlook", when, "en35")], mid=mk.msgid("outlook", "en35"), irt=r.mid, refs=[r.mid], order="outlook"),
        kind="client_reply", language="en", intent="promise", invoice_numbers=["INV-UK-26-1003"], promised_date="2026-12-04",
        original_message_id=r.mid, needs_human=False, note="negated old promise (20 Nov) with a new date (4 Dec)",
        hard="three dates: old promise 20 Nov (quoted too), meeting 3 Dec, new promise 4 Dec")

    r = R["r09"]
    when = T("2026-11-24 11:15")
    txt = f"""Dear Corrydale Accounts,

Thank you for your patience. The Chapter has asked me to let you know that the survey
account will be settled once the Fabric Advisory Committee has formally accepted the
survey report at its meeting on 3 December. Provided the report is accepted, payment
will follow by 11 December at the latest.

If the Committee has questions on the report I will of course be in touch before then.

With every good wish,

Canon Peter Ambrose
Chapter Clerk, St Aldhelm's Cathedral

{w.quote('gmail_en', r)}"""
    add("conditional_promise_committee",
        w.inbound("en36", frm=("Canon Peter Ambrose", "chapter.clerk@st-aldhelms.org.uk"), to=BOT, subject="Re: " + r.subject, date_=when,
                  body=mk.text(txt, "utf-8", "quoted-printable"), auth_=w.auth("pass", "st-aldhelms.org.uk", "chapter.clerk@st-aldhelms.org.uk", "s1", seed="en36"),
                  rcv=[w.hop_domain("st-aldhelms.org.uk", when, "en36")], mid=mk.msgid("thunderbird", "en36", "st-aldhelms.org.uk"), irt=r.mid, refs=[r.mid]),
        kind="client_reply", language="en", intent="promise", invoice_numbers=["INV-UK-26-0984"], promised_date="2026-12-11",
        original_message_id=r.mid, needs_human=True, note="conditional promise (subject to committee acceptance)",
        hard="promise date 11 Dec hinges on a 3 Dec meeting")

    r = R["r08"]
    when = T("2026-11-19 08:14")
    txt = f"""Morning, ignore my last re payment end of this week - MD has put a hold on all supplier
payments till the quarter end figures are done. I'll come back to you when I know more.

Kieran

Sent from my iPhone

{w.quote('apple_en', r)}"""
    add("retracted_promise_no_date",
        w.inbound("en37", frm=("Kieran Walsh", "k.walsh@dunmoreretail.co.uk"), to=BOT, subject="Re: " + r.subject, date_=when,
                  body=mk.text(txt, "utf-8", "quoted-printable"), auth_=w.auth("pass", "dunmoreretail.co.uk", "k.walsh@dunmoreretail.co.uk", "default", seed="en37"),
                  rcv=[w.hop_domain("dunmoreretail.co.uk", when, "en37", host="server.dunmoreretail.co.uk")], mid=mk.msgid("apple", "en37", "dunmoreretail.co.uk"),
                  irt=r.mid, refs=[r.mid], extra=[("X-Mailer", "iPhone Mail (22B91)")]),
        kind="client_reply", language="en", intent="other", invoice_numbers=["INV-UK-26-0995"], original_message_id=r.mid, needs_human=True,
        note="retracts the earlier promise without a new date -> other",
        hard="'end of this week' appears but is being withdrawn")

    when = T("2026-11-10 17:20")
    orig = """From: Harriet Oyelaran <harriet.oyelaran@corrydale.co.uk>
Sent: 09 November 2026 14:05
To: Marcus Pryor <m.pryor@haldenestates.co.uk>
Cc: Halden AP <ap@haldenestates.co.uk>; Corrydale Accounts Receivable <ar@corrydale-group.com>
Subject: Halden Wharf - invoice INV-UK-26-1047 and credit note CN-UK-26-0044

Hi Marcus,

Please find attached:

 * Invoice INV-UK-26-1047 - Halden Wharf, mastic joint renewal, east & north
   elevations: £15,375.00 + VAT £3,075.00 = £18,450.00
 * Credit note CN-UK-26-0044 - mastic works to the north stair core withdrawn
   per your instruction of 21 October: £1,025.00 + VAT £205.00 = £1,230.00

Balance payable: £17,220.00, due by 9 December 2026 (30 days).
"""
    txt = f"""Harriet,

We can't process 1047 as it stands. The credit note only covers the north stair core, but
our instruction of 21 Oct withdrew the mastic on BOTH stair cores (north and south) - that
is £2,460.00 inc VAT, not £1,230.00. Our site manager confirms the south core was never
started.

Please issue a revised credit note and we'll pay the balance.

Marcus

{orig}"""
    add("dispute_credit_note_unthreaded",
        w.inbound("en38", frm=("Marcus Pryor", "m.pryor@haldenestates.co.uk"), to=[("Harriet Oyelaran", "harriet.oyelaran@corrydale.co.uk")],
                  cc=[(BOT_NAME, BOT), ("Halden AP", "ap@haldenestates.co.uk")],
                  subject="RE: Halden Wharf - invoice INV-UK-26-1047 and credit note CN-UK-26-0044", date_=when,
                  body=mk.text(txt, "utf-8", "quoted-printable"), auth_=w.auth("pass", "haldenestates.co.uk", "m.pryor@haldenestates.co.uk", "k1", seed="en38"),
                  rcv=[w.hop_domain("haldenestates.co.uk", when, "en38")], mid=mk.msgid("outlook", "en38"),
                  irt=mk.msgid("outlook", "en04"), refs=[mk.msgid("outlook", "en04")], order="outlook"),
        kind="client_reply", language="en", intent="dispute", invoice_numbers=["INV-UK-26-1047"], original_message_id="", needs_human=True,
        note="reply to the staff invoice mail (bot in Cc), not to a reminder",
        hard="threaded to the staff's invoice copy, not a bot reminder; credit-note amounts quoted")

    r = R["r18"]
    when = mk.dt("2026-11-17 10:45", -5)
    txt = f"""Hi there,

0971 is scheduled for our Nov 30 check run, so you should see the wire shortly after.

Separate question on the new one (INV-UK-26-1052): does the USD amount include UK VAT?
Our tax team wants to know if we can reclaim it through the UK entity or whether it
needs to be re-issued to Calloway Hotels (UK) Ltd instead of the Inc.

Thanks,
Kevin Donnelly
AP Supervisor, Calloway Hotels Inc.
410 Park Ave S, New York, NY 10016

{w.quote('outlook_en2', r, -5)}"""
    add("mixed_promise_and_question",
        w.inbound("en39", frm=("Kevin Donnelly", "kdonnelly@callowayhotels.com"), to=(BOT_NAME, BOT), subject="RE: " + r.subject, date_=when,
                  body=mk.text(txt, "utf-8", "quoted-printable"), auth_=w.auth("pass", "callowayhotels.com", "kdonnelly@callowayhotels.com", "selector1", "40.107.93.41", "en39"),
                  rcv=[w.hop("outlook", when, "en39")], mid=mk.msgid("outlook", "en39", "BN8PR12MB3012"), irt=r.mid, refs=[r.mid], order="outlook"),
        kind="client_reply", language="en", intent="question", invoice_numbers=["INV-UK-26-0971", "INV-UK-26-1052"], promised_date="2026-11-30",
        original_message_id=r.mid, needs_human=True, note="mixed: promise for 0971 + question about 1052 -> question (needs a person); promised date recorded",
        hard="two invoices, two intents; US date 'Nov 30'")

    # ------------------------------------------------------------ staff commands
    when = T("2026-11-25 11:03")
    txt = f"""Fenwick & Osei paid INV-UK-26-0999 in full by cheque, £1,980.00 - banked yesterday
(24 Nov). Please mark it paid and stop the reminders.

Thanks
Harriet
"""
    add("staff_mark_paid_cheque",
        staff_in("en40", "harriet", [(BOT_NAME, BOT)], "INV-UK-26-0999 paid", when, mk.text(txt, "utf-8", "7bit"), cc=[]),
        kind="staff_command", language="en", invoice_numbers=["INV-UK-26-0999"], amount="1980.00", currency="GBP", payment_date="2026-11-24",
        needs_human=False, note="mark paid; date given as 'yesterday (24 Nov)'")

    when = T("2026-11-26 17:40")
    txt = f"""Please pause reminders on Aldous Marine (INV-UK-26-0993) until 7 December. I spoke to
their FD this afternoon - they've lost the Harwich contract and are tight, but he has
promised payment in full on Friday 4 December.

Tom

Sent from Outlook for Android
"""
    add("staff_pause_with_promise",
        staff_in("en41", "tom", [(BOT_NAME, BOT)], "Aldous Marine - hold reminders", when, mk.text(txt, "utf-8", "7bit"), cc=[]),
        kind="staff_command", language="en", invoice_numbers=["INV-UK-26-0993"], promised_date="2026-12-04", needs_human=False,
        note="pause until 2026-12-07 and record the client's promise of 2026-12-04")

    # ----------------------------------------------------------------- other
    when = T("2026-11-18 12:00")
    htm = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>GGF Members' Bulletin</title></head><body style="background:#f4f4f4">
<table width="600" align="center" style="background:#fff;font-family:Arial"><tr><td>
<h1 style="color:#00567a">Members' Bulletin &ndash; November 2026</h1>
<h3>Building Safety Regulator: new gateway 2 guidance for facade replacement</h3>
<p>The BSR has published revised guidance on higher-risk building works, including like-for-like curtain wall
replacement. Members should review their design responsibility matrices before tendering...</p>
<h3>Late payment: Procurement Act 2023 payment terms now in force</h3>
<p>Public contracts must now pay undisputed invoices within 30 days throughout the supply chain. Our credit control
webinar on 2 December covers how to use the new reporting duties.</p>
<p style="font-size:11px;color:#777">You are receiving this email because ar@corrydale-group.com is registered as a contact for a
member company. <a href="https://news.ggf-members.org.uk/unsubscribe?u=8d1c2f">Unsubscribe</a></p>
</td></tr></table></body></html>
"""
    add("newsletter_trade_body",
        w.inbound("en42", frm=("GGF Membership", "bulletin@news.ggf-members.org.uk"), to=BOT,
                  subject="Members' Bulletin: BSR gateway 2 guidance, Procurement Act payment terms", date_=when,
                  body=mk.html(htm, "utf-8", "quoted-printable"), auth_=w.auth("pass", "news.ggf-members.org.uk", "bounce@news.ggf-members.org.uk", "mc", "198.2.180.6", "en42"),
                  rcv=[w.received("mail180-6.suw21.mcsv.net", "198.2.180.6", when, "en42")], mid=mk.msgid("generic", "en42", "mcsv.net"),
                  extra=[("List-Unsubscribe", "<https://news.ggf-members.org.uk/unsubscribe?u=8d1c2f>, <mailto:unsubscribe@news.ggf-members.org.uk>"),
                         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"), ("List-Id", "GGF members <members.ggf-members.org.uk>")]),
        kind="other", language="en", needs_human=False, note="newsletter; mentions payment terms but no invoice")

    when = T("2026-11-27 15:33")
    txt = """Hello,

I'm the new facilities manager at Quayside Wharf (the building next to Lumen Quay). Your
van was on site there last week and the concierge gave me this address.

We've got a couple of cracked double-glazed units on the 3rd floor and the curtain wall
hasn't been cleaned in about three years. Could someone get in touch about a survey and
a quote? Best number is 0161 496 0283.

Thanks
Callum Rees
"""
    add("stranger_quote_request",
        w.inbound("en43", frm=("Callum Rees", "callum.rees@quaysidewharf-fm.co.uk"), to=BOT, subject="Glazing survey / quote?", date_=when,
                  body=mk.text(txt, "utf-8", "7bit"), auth_=w.auth("pass", "quaysidewharf-fm.co.uk", "callum.rees@quaysidewharf-fm.co.uk", "google", "209.85.221.60", "en43"),
                  rcv=[w.hop("google", when, "en43")], mid=mk.msgid("gmail", "en43")),
        kind="other", language="en", needs_human=True, note="stranger, sales enquiry to the AR mailbox")

    when = T("2026-12-02 03:14")
    htm = """<html><body><table width="520" style="font-family:Helvetica"><tr><td style="background:#1e4fd1;color:#fff;padding:20px">
<b>DocuSign</b></td></tr><tr><td style="padding:20px"><p>Corrydale Accounts has sent you a document to review and sign.</p>
<p><b>REMITTANCE ADVICE - Overdue Payment Q4 2026.pdf</b></p>
<p><a href="https://docs-sign.review-now.ru/v/ar@corrydale-group.com" style="background:#ffc423;padding:10px">REVIEW DOCUMENT</a></p>
<p style="font-size:11px">Do Not Share This Email. This email contains a secure link to DocuSign.</p></td></tr></table></body></html>
"""
    add("spam_docusign_phish",
        w.inbound("en44", frm=("DocuSign via Corrydale Accounts", "dse_na4@docusign-mail.review-now.ru"), to=BOT,
                  subject="Corrydale Accounts sent you REMITTANCE ADVICE - Overdue Payment Q4 2026", date_=when,
                  body=mk.html(htm, "utf-8", "base64"), auth_=w.auth("softfail", "docusign-mail.review-now.ru", "x@review-now.ru", ip="91.215.85.12", seed="en44"),
                  rcv=[w.received("mail.review-now.ru", "91.215.85.12", when, "en44", tls=False)], mid=mk.msgid("generic", "en44", "review-now.ru")),
        kind="other", language="en", needs_human=False, note="phishing spam imitating a remittance advice")

    return M


def reminders():
    return list(R.values())


def staff_addresses():
    return [v[1] for v in STAFF.values()]

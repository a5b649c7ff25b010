"""World of Frostline Cold Chain Group and message-building helpers (stdlib only)."""
import hashlib
from email.message import EmailMessage
from email import policy
from email.utils import formataddr

MX = "mx1.frostline-group.com"
BOT = "ar@frostline-group.com"
OUT_HOST = "out.frostline-group.com"

DESKS = {
    "en": dict(tz="+0000", currency="GBP", domain="frostline.co.uk",
               staff=[("Emma Hartley", "emma.hartley@frostline.co.uk"), ("Raj Patel", "raj.patel@frostline.co.uk")],
               bank="alerts@notify.thamesmerchantbank.co.uk", psp="receipts@payflow-checkout.com",
               scheme="FLUK-26-NNNN"),
    "de": dict(tz="+0100", currency="EUR", domain="frostline-kuehllogistik.de",
               staff=[("Jana Brandt", "j.brandt@frostline-kuehllogistik.de"), ("Serkan Yilmaz", "s.yilmaz@frostline-kuehllogistik.de")],
               bank="avis@zahlungsavis.sparkasse-elbmarsch.de", psp="noreply@zahlwerk.de",
               scheme="RE-DE-2026-NNNNN"),
    "id": dict(tz="+0700", currency="IDR", domain="frostline.co.id",
               staff=[("Dewi Anggraini", "dewi.anggraini@frostline.co.id"), ("Budi Santoso", "budi.santoso@frostline.co.id")],
               bank="notifikasi@info.bankmandalanusa.co.id", psp="no-reply@bayarkilat.co.id",
               scheme="INV/FLI/2026/MM/NNNN"),
    "ru": dict(tz="+0300", currency="RUB", domain="frostline-rus.ru",
               staff=[("Ольга Смирнова", "o.smirnova@frostline-rus.ru"), ("Дмитрий Кузнецов", "d.kuznetsov@frostline-rus.ru")],
               bank="uvedomlenie@corp.volgakombank.ru", psp="noreply@platiprosto.ru",
               scheme="ФЛ-26/NNNN"),
}

COLUMNS = ("file,kind,language,invoice_numbers,amount,currency,issue_date,due_date,payment_terms_days,intent,"
           "promised_date,return_date,failed_recipients,bounce_permanent,original_message_id,needs_human,"
           "bounce_reason,challenge,payment_date,payment_full,allocations,note").split(",")

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def rfcdate(desk, when, tz=None):
    """when = 'YYYY-MM-DD HH:MM[:SS]' local time of the desk (or tz given)."""
    import datetime as dt
    tz = tz or DESKS[desk]["tz"]
    if len(when) == 16:
        when += ":00"
    d = dt.datetime.strptime(when, "%Y-%m-%d %H:%M:%S")
    return f"{DAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month-1]} {d.year} {d:%H:%M:%S} {tz}"


def h(s, n=8):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]


def bot_mid(tag):
    """The bot's own Message-ID shape: <ar.YYYYMMDDHHMMSS.xxxxxxxx@out.frostline-group.com>"""
    stamp, _, seed = tag.partition("/")
    return f"<ar.{stamp}.{h(tag)}@{OUT_HOST}>"


def mid(domain, seed):
    return f"<{h(seed, 12)}.{h(seed + 'x', 6)}@{domain}>"


def auth(from_domain, result="pass", dkim=None, spf="pass", extra_host=None):
    dk = dkim or ("pass" if result == "pass" else "fail")
    return (f"{MX}; dkim={dk} header.d={from_domain} header.s=sel1; "
            f"spf={spf} smtp.mailfrom={from_domain}; dmarc={result} (p=reject) header.from={from_domain}")


def received(from_host, ip, date):
    return f"from {from_host} ({from_host} [{ip}]) by {MX} (Postfix) with ESMTPS id {h(from_host+date,10).upper()} for <{BOT}>; {date}"


def domain_of(addr):
    return addr.rsplit("@", 1)[1].rstrip(">").lower()


def human(desk, *, frm, to, subject, date, body, cc=None, bcc_bot=False, msgid=None, in_reply_to=None,
          references=None, headers=(), attachments=(), charset="utf-8", cte=None, html=None,
          auth_result="pass", auth_domain=None, tz=None, reply_to=None, extra_top=()):
    """Build a human-ish message. frm/to are (name, addr) tuples or strings."""
    def fa(x):
        if isinstance(x, tuple):
            return formataddr(x)
        return x
    frm_s = fa(frm)
    faddr = frm[1] if isinstance(frm, tuple) else frm
    fd = auth_domain or domain_of(faddr)
    ds = rfcdate(desk, date, tz)
    m = EmailMessage(policy=policy.default)
    m["Return-Path"] = f"<{faddr.strip('<>') if '@' in faddr else faddr}>"
    for k, v in extra_top:
        m[k] = v
    m["Authentication-Results"] = auth(fd, auth_result)
    m["Received"] = received(f"mail.{fd}", f"198.51.100.{int(h(fd,2),16)%250+1}", ds)
    if bcc_bot:
        m["Delivered-To"] = BOT
        m["X-Original-To"] = BOT
    m["From"] = frm_s
    m["To"] = ", ".join(fa(t) for t in to) if isinstance(to, list) else fa(to)
    if cc:
        m["Cc"] = ", ".join(fa(t) for t in cc) if isinstance(cc, list) else fa(cc)
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = ds
    m["Message-ID"] = msgid or mid(fd, subject + date + frm_s)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if references or in_reply_to:
        m["References"] = references or in_reply_to
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    kw = {"charset": charset}
    if cte:
        kw["cte"] = cte
    m.set_content(body, **kw)
    if html:
        m.add_alternative(html, subtype="html")
    for fname, data, mt in attachments:
        maintype, subtype = mt.split("/")
        if isinstance(data, str):
            data = data.encode("utf-8")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_fl_{h(subject + date + str(i), 16)}")
    return m


def raw(text):
    """Machine message written by hand as text; normalise to LF."""
    return text.strip("\n").replace("\r\n", "\n") + "\n"


# ---------------------------------------------------------------- PDF
def _pdf_str(s):
    b = s.encode("cp1252", errors="replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(lines, title="Invoice"):
    """Tiny valid PDF 1.4 with a Helvetica text layer (WinAnsi)."""
    content = b"BT /F1 10 Tf 14 TL 50 800 Td\n"
    for ln in lines:
        content += b"(" + _pdf_str(ln) + b") Tj T*\n"
    content += b"ET\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"endstream",
        b"<< /Title (" + _pdf_str(title) + b") /Producer (Frostline billing) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


# ---------------------------------------------------------------- e-invoices
def cii(number, issue, due, currency, seller, buyer, net, tax, gross, payable, type_code="380", prepaid="0.00",
        note="", skonto=None):
    d = lambda s: s.replace("-", "")
    terms = f"<ram:Description>{note}</ram:Description>" if note else ""
    if skonto:
        terms += f"<ram:Description>#SKONTO#TAGE={skonto[0]}#PROZENT={skonto[1]}#</ram:Description>"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument><ram:ID>{number}</ram:ID><ram:TypeCode>{type_code}</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">{d(issue)}</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:ApplicableHeaderTradeAgreement>
      <ram:SellerTradeParty><ram:Name>{seller}</ram:Name></ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>{buyer}</ram:Name></ram:BuyerTradeParty>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>{currency}</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradePaymentTerms>{terms}<ram:DueDateDateTime><udt:DateTimeString format="102">{d(due)}</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>{net}</ram:LineTotalAmount>
        <ram:TaxBasisTotalAmount>{net}</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="{currency}">{tax}</ram:TaxTotalAmount>
        <ram:GrandTotalAmount>{gross}</ram:GrandTotalAmount>
        <ram:TotalPrepaidAmount>{prepaid}</ram:TotalPrepaidAmount>
        <ram:DuePayableAmount>{payable}</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"""


def ubl(number, issue, due, currency, seller, buyer, net, tax, gross, payable, prepaid="0.00", credit=False):
    root = "CreditNote" if credit else "Invoice"
    ns = f"urn:oasis:names:specification:ubl:schema:xsd:{root}-2"
    due_el = "" if credit else f"<cbc:DueDate>{due}</cbc:DueDate>"
    tc = "<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>" if credit else "<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<{root} xmlns="{ns}" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
  <cbc:ID>{number}</cbc:ID>
  <cbc:IssueDate>{issue}</cbc:IssueDate>
  {due_el}
  {tc}
  <cbc:DocumentCurrencyCode>{currency}</cbc:DocumentCurrencyCode>
  <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>{seller}</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>{buyer}</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>
  <cac:TaxTotal><cbc:TaxAmount currencyID="{currency}">{tax}</cbc:TaxAmount></cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="{currency}">{net}</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="{currency}">{net}</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="{currency}">{gross}</cbc:TaxInclusiveAmount>
    <cbc:PrepaidAmount currencyID="{currency}">{prepaid}</cbc:PrepaidAmount>
    <cbc:PayableAmount currencyID="{currency}">{payable}</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
</{root}>
"""


def E(slug, msg, kind, language, **lab):
    lab = {k: ("true" if v is True else "false" if v is False else str(v)) for k, v in lab.items()}
    lab.update(kind=kind, language=language)
    return {"slug": slug, "msg": msg, "labels": lab}

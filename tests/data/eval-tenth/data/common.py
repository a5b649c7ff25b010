"""Builders shared by the four desks."""
from .kit import Msg, T, H, ALT, MULTI, ATT, RAW, BOT, mbid, d, addr, enc_hdr, pdf, h
import datetime as dt


def orig(D, key, ci, inv, date, extra_to=()):
    c = D["clients"][ci]
    subj = D["rsubj"] % inv
    return dict(mid=mbid(D["code"] + ":" + key), date=date, to=[c[2]] + list(extra_to), subject=subj,
                subject_enc=enc_hdr(subj), from_name=D["botname"])


def L(**kw):
    out = {}
    for k, v in kw.items():
        if isinstance(v, bool):
            v = str(v).lower()
        out[k] = v
    return out


def inv_copy(D, slug, si, ci, subject, text, date, label, mode="cc", atts=(), charset="utf-8", cte="quoted-printable",
             html=None, lang=None, cc_extra=None):
    s = D["staff"][si]
    c = D["clients"][ci]
    body = ALT(text, html, charset, cte) if html else T(text, charset, cte)
    if atts:
        body = MULTI("mixed", [body] + list(atts))
    cc = None
    if mode == "cc":
        cc = addr(D["botname"], BOT)
    if cc_extra:
        cc = (cc + ", " if cc else "") + cc_extra
    lb = dict(label)
    lb.setdefault("currency", D["cur"])
    lb.setdefault("needs_human", "false")
    return Msg(slug, "invoice_copy", lang or D["code"], addr(s[0], s[1]), addr(c[1], c[2]), subject, date, body, cc=cc,
               label=lb, extra=[("X-Mailer", D.get("mailer", "Microsoft Outlook 16.0"))])


def reply(D, slug, ci, text, date, label, o=None, subj=None, charset="utf-8", cte="quoted-printable", html=None,
          lang=None, frm=None, cc=None, mailer=None, to=None):
    c = D["clients"][ci]
    body = ALT(text, html, charset, cte) if html else T(text, charset, cte)
    lb = dict(label)
    lb.setdefault("needs_human", "false")
    subject = subj if subj is not None else ("Re: " + o["subject"] if o else "Invoice")
    extra = [("X-Mailer", mailer)] if mailer else []
    return Msg(slug, "client_reply", lang or D["code"], frm or addr(c[1], c[2]), to or BOT, subject, date, body, cc=cc,
               irt=o["mid"] if o else None, label=lb, extra=extra)


def notifier(D, slug, which, subject, text, date, label, html=None, charset="utf-8", cte="quoted-printable", kind="payment_confirmation",
             frm=None, auth=None, lang=None):
    n = D[which]
    body = ALT(text, html, charset, cte) if html else T(text, charset, cte)
    lb = dict(label)
    if kind == "payment_confirmation":
        lb.setdefault("currency", D["cur"])
    else:
        lb.pop("currency", None)
    lb.setdefault("needs_human", "false")
    return Msg(slug, kind, lang or D["code"], frm or addr(n[0], n[1]), BOT, subject, date, body, auth=auth, label=lb,
               extra=[("Auto-Submitted", "auto-generated")])


def autorep(D, slug, lang, frm, subject, text, date, ret, o=None, std=True, charset="utf-8", cte="quoted-printable",
            note="", needs_human=False, html=None):
    body = ALT(text, html, charset, cte) if html else T(text, charset, cte)
    extra = []
    if std == True:
        extra = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    elif std == "vendor":
        extra = [("X-Autoreply", "yes"), ("X-Autorespond", "Out of office"), ("Precedence", "auto_reply")]
    lb = dict(return_date=ret, original_message_id=o["mid"] if o else "", needs_human=str(needs_human).lower(), note=note)
    return Msg(slug, "auto_reply", lang, frm, BOT, subject, date, body, irt=o["mid"] if o else None, extra=extra, label=lb,
               return_path=frm.split("<")[-1].rstrip(">") if std else None)


def staff_mail(D, slug, si, to, subject, text, date, label, cc=None, kind="other", charset="utf-8", cte="quoted-printable"):
    s = D["staff"][si]
    lb = dict(label)
    lb.setdefault("needs_human", "false")
    return Msg(slug, kind, D["code"], addr(s[0], s[1]), to, subject, date, T(text, charset, cte), cc=cc, label=lb)


def ubl(inv, issue, due, seller, buyer, net, tax, cur, note=""):
    return """<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
  <cbc:ID>%s</cbc:ID>
  <cbc:IssueDate>%s</cbc:IssueDate>
  <cbc:DueDate>%s</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:Note>%s</cbc:Note>
  <cbc:DocumentCurrencyCode>%s</cbc:DocumentCurrencyCode>
  <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>%s</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>%s</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>
  <cac:TaxTotal><cbc:TaxAmount currencyID="%s">%s</cbc:TaxAmount></cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="%s">%s</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="%s">%s</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="%s">%.2f</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="%s">%.2f</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
</Invoice>
""" % (inv, issue, due, note, cur, seller, buyer, cur, tax, cur, net, cur, net, cur, float(net) + float(tax), cur,
       float(net) + float(tax))


def cii(inv, issue, due, seller, buyer, net, tax, grand, prepaid, payable, cur, terms):
    f = lambda s: s.replace("-", "")
    return """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
 xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
 <rsm:ExchangedDocument><ram:ID>%s</ram:ID><ram:TypeCode>380</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">%s</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:ApplicableHeaderTradeAgreement>
   <ram:SellerTradeParty><ram:Name>%s</ram:Name></ram:SellerTradeParty>
   <ram:BuyerTradeParty><ram:Name>%s</ram:Name></ram:BuyerTradeParty>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeSettlement>
   <ram:InvoiceCurrencyCode>%s</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradePaymentTerms><ram:Description>%s</ram:Description>
    <ram:DueDateDateTime><udt:DateTimeString format="102">%s</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:LineTotalAmount>%s</ram:LineTotalAmount>
    <ram:TaxBasisTotalAmount>%s</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="%s">%s</ram:TaxTotalAmount>
    <ram:GrandTotalAmount>%s</ram:GrandTotalAmount>
    <ram:TotalPrepaidAmount>%s</ram:TotalPrepaidAmount>
    <ram:DuePayableAmount>%s</ram:DuePayableAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
""" % (inv, f(issue), seller, buyer, cur, terms, f(due), net, net, cur, tax, grand, prepaid, payable)


def challenge(D, slug, lang, who, service, svc_dom, text, date, o, charset="utf-8"):
    body = T(text, charset, "quoted-printable")
    lb = dict(challenge="true", original_message_id=o["mid"] if o else "", needs_human="false")
    return Msg(slug, "challenge", lang, "%s <verify@%s>" % (service, svc_dom), BOT,
               "Please confirm your message to %s" % who if lang == "en" else D["chsubj"] % who, date, body,
               extra=[("Auto-Submitted", "auto-replied"), ("X-Challenge", service)], irt=o["mid"] if o else None, label=lb)

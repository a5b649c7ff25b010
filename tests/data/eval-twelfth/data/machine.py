"""Machine-mail material: quote labels of mail clients, e-invoice / bank XML renderers."""
from xml.sax.saxutils import escape as _e

OUTLOOK_LABELS = {
    "en": dict(sep="-----Original Message-----", frm="From:", sent="Sent:", to="To:", subject="Subject:"),
    "de": dict(sep="-----Ursprüngliche Nachricht-----", frm="Von:", sent="Gesendet:", to="An:", subject="Betreff:"),
    "id": dict(sep="-----Pesan Asli-----", frm="Dari:", sent="Dikirim:", to="Kepada:", subject="Perihal:"),
    "ru": dict(sep="-----Исходное сообщение-----", frm="От:", sent="Отправлено:", to="Кому:", subject="Тема:"),
}
for _v in OUTLOOK_LABELS.values():
    _v["from"] = _v["frm"]


def render_xml(a):
    f = a["fmt"]
    return {"cii": _cii, "ubl": _ubl, "upd": _upd, "camt054": _camt}[f](a)


def _cii(a):
    lines = "".join(
        """
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument><ram:LineID>%d</ram:LineID></ram:AssociatedDocumentLineDocument>
      <ram:SpecifiedTradeProduct><ram:Name>%s</ram:Name></ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>%s</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="%s">%s</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
      <ram:SpecifiedLineTradeSettlement>
        <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
        <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>%s</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
      </ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>""" % (i, _e(n), p, u, q, t) for i, (n, p, u, q, t) in enumerate(a["lines"], 1))
    prepaid = ""
    if a.get("prepaid"):
        prepaid = "\n        <ram:TotalPrepaidAmount>%s</ram:TotalPrepaidAmount>" % a["prepaid"]
    skonto = ""
    if a.get("skonto"):
        skonto = "<ram:Description>%s</ram:Description>" % _e(a["skonto"])
    buyer_ref = a.get("buyer_ref", "")
    duexml = ""
    if a.get("due"):
        duexml = '<ram:DueDateDateTime><udt:DateTimeString format="102">%s</udt:DateTimeString></ram:DueDateDateTime>' % a["due"]
    return """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>
    <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>%(guideline)s</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>%(id)s</ram:ID>
    <ram:TypeCode>%(type)s</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">%(issue)s</udt:DateTimeString></ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>%(lines)s
    <ram:ApplicableHeaderTradeAgreement>
      <ram:BuyerReference>%(buyer_ref)s</ram:BuyerReference>
      <ram:SellerTradeParty><ram:Name>Kestrel Hydrographie GmbH</ram:Name>
        <ram:PostalTradeAddress><ram:PostcodeCode>24143</ram:PostcodeCode><ram:CityName>Kiel</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE318274456</ram:ID></ram:SpecifiedTaxRegistration>
      </ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>%(buyer)s</ram:Name></ram:BuyerTradeParty>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeDelivery/>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:PaymentReference>%(id)s</ram:PaymentReference>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>
        <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>DE27210501700044881207</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
      </ram:SpecifiedTradeSettlementPaymentMeans>
      <ram:ApplicableTradeTax><ram:CalculatedAmount>%(tax)s</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>%(net)s</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
      <ram:SpecifiedTradePaymentTerms>%(skonto)s%(duexml)s</ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>%(net)s</ram:LineTotalAmount>
        <ram:TaxBasisTotalAmount>%(net)s</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">%(tax)s</ram:TaxTotalAmount>
        <ram:GrandTotalAmount>%(gross)s</ram:GrandTotalAmount>%(prepaid)s
        <ram:DuePayableAmount>%(payable)s</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
""" % dict(a, lines=lines, prepaid=prepaid, skonto=skonto, duexml=duexml, buyer_ref=_e(buyer_ref), buyer=_e(a["buyer"]),
           guideline=a.get("guideline", "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"),
           type=a.get("type", "380"))


def _ubl(a):
    lines = "".join("""
  <cac:InvoiceLine>
    <cbc:ID>%d</cbc:ID>
    <cbc:InvoicedQuantity unitCode="%s">%s</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="%s">%s</cbc:LineExtensionAmount>
    <cac:Item><cbc:Name>%s</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>%s</cbc:ID><cbc:Percent>%s</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="%s">%s</cbc:PriceAmount></cac:Price>
  </cac:InvoiceLine>""" % (i, u, q, a["cur"], t, _e(n), a.get("taxcat", "S"), a.get("rate", "20"), a["cur"], p)
        for i, (n, p, u, q, t) in enumerate(a["lines"], 1))
    note = "<cbc:Note>%s</cbc:Note>" % _e(a["note"]) if a.get("note") else ""
    return """<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>%(id)s</cbc:ID>
  <cbc:IssueDate>%(issue)s</cbc:IssueDate>
  <cbc:DueDate>%(due)s</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  %(note)s
  <cbc:DocumentCurrencyCode>%(cur)s</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>%(buyer_ref)s</cbc:BuyerReference>
  <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>%(seller)s</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>%(buyer)s</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cbc:PaymentID>%(id)s</cbc:PaymentID>
    <cac:PayeeFinancialAccount><cbc:ID>%(account)s</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
  <cac:PaymentTerms><cbc:Note>%(terms)s</cbc:Note></cac:PaymentTerms>
  <cac:TaxTotal><cbc:TaxAmount currencyID="%(cur)s">%(tax)s</cbc:TaxAmount></cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="%(cur)s">%(net)s</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="%(cur)s">%(net)s</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="%(cur)s">%(gross)s</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="%(cur)s">%(payable)s</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>%(lines)s
</Invoice>
""" % dict(a, lines=lines, note=note, buyer=_e(a["buyer"]), seller=_e(a["seller"]), terms=_e(a["terms"]),
           buyer_ref=_e(a.get("buyer_ref", "n/a")))


def _upd(a):
    rows = "".join("""
      <СведТов НомСтр="%d" НаимТов="%s" ОКЕИ_Тов="%s" КолТов="%s" ЦенаТов="%s" СтТовБезНДС="%s" НалСт="22%%" СтТовУчНал="%s">
        <Акциз><БезАкциз>без акциза</БезАкциз></Акциз>
        <СумНал><СумНал>%s</СумНал></СумНал>
      </СведТов>""" % (i, _e(n), okei, q, p, net, gross, vat) for i, (n, okei, q, p, net, vat, gross) in enumerate(a["lines"], 1))
    return """<?xml version="1.0" encoding="windows-1251"?>
<Файл ИдФайл="%(fid)s" ВерсФорм="5.03" ВерсПрог="1С:Бухгалтерия 3.0">
  <Документ КНД="1115131" Функция="СЧФДОП" ПоФактХЖ="Документ об отгрузке товаров (выполнении работ), передаче имущественных прав (документ об оказании услуг)" НаимДокОпр="Счет-фактура и документ об отгрузке товаров (выполнении работ), передаче имущественных прав (документ об оказании услуг)" ДатаИнфПр="%(date)s" ВремИнфПр="10.15.00" НаимЭконСубСост="ООО «Кестрел Гидрография»">
    <СвСчФакт НомерДок="%(num)s" ДатаДок="%(date)s" КодОКВ="643">
      <СвПрод><ИдСв><СвЮЛУч НаимОрг="ООО «Кестрел Гидрография»" ИННЮЛ="5190087123" КПП="519001001"/></ИдСв></СвПрод>
      <СвПокуп><ИдСв><СвЮЛУч НаимОрг="%(buyer)s" ИННЮЛ="%(buyer_inn)s" КПП="%(buyer_kpp)s"/></ИдСв></СвПокуп>
    </СвСчФакт>
    <ТаблСчФакт>%(rows)s
      <ВсегоОпл СтТовБезНДСВсего="%(net)s" СтТовУчНалВсего="%(gross)s">
        <СумНалВсего><СумНал>%(vat)s</СумНал></СумНалВсего>
      </ВсегоОпл>
    </ТаблСчФакт>
    <СвПродПер><СвПер СодОпер="Работы выполнены в полном объеме" ДатаПер="%(date)s"><ОснПер НаимОсн="Договор" НомОсн="%(contract)s" ДатаОсн="%(contract_date)s"/></СвПер></СвПродПер>
  </Документ>
</Файл>
""" % dict(a, rows=rows, buyer=_e(a["buyer"]))


def _camt(a):
    ntry = "".join("""
      <NtryDtls><TxDtls>
        <Refs><EndToEndId>%s</EndToEndId></Refs>
        <AmtDtls><TxAmt><Amt Ccy="%s">%s</Amt></TxAmt></AmtDtls>
        <RltdPties><Dbtr><Nm>%s</Nm></Dbtr><DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct></RltdPties>
        <RmtInf><Ustrd>%s</Ustrd></RmtInf>
      </TxDtls></NtryDtls>""" % (e2e, a["cur"], amt, _e(dbtr), iban, _e(ref)) for (e2e, amt, dbtr, iban, ref) in a["tx"])
    return """<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
  <BkToCstmrDbtCdtNtfctn>
    <GrpHdr><MsgId>%(msgid)s</MsgId><CreDtTm>%(created)s</CreDtTm></GrpHdr>
    <Ntfctn>
      <Id>%(msgid)s-1</Id>
      <Acct><Id><IBAN>%(acct)s</IBAN></Id><Ccy>%(cur)s</Ccy></Acct>
      <Ntry>
        <Amt Ccy="%(cur)s">%(total)s</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>%(booking)s</Dt></BookgDt>
        <ValDt><Dt>%(value)s</Dt></ValDt>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>%(ntry)s
      </Ntry>
    </Ntfctn>
  </BkToCstmrDbtCdtNtfctn>
</Document>
""" % dict(a, ntry=ntry)

"""de desk: Merrow Textilservice GmbH (Köln), Wien and Basel offices; DE/AT/CH clients."""
from lib import (BOT, Attach, Multi, R, Raw, Text, addr, alt, authres, dsn, lab, mail, make_pdf,
                 mdn, quoted, rem, rfc822_part, staff, t, to_html, add_days, rfc_date, hx, reminder_raw)

D = "de"
KATRIN = addr(*staff(D, "katrin"))
JOERG = addr(*staff(D, "joerg"))
LEA = addr(*staff(D, "lea"))
BOTC = f"Merrow Linen Accounts <{BOT}>"
SIG = "\nMit freundlichen Grüßen\n\n{name}\nMerrow Textilservice GmbH\nHansestraße 41, 51149 Köln\nTel. +49 2203 98877-0\n"


def reminders():
    rem(D, "hirschen", "2026-02-17 09:00 +0100", "buchhaltung@gasthof-hirschen.de", "RE-26-02988", "1428.00", "EUR", "2026-02-10")
    rem(D, "lindenhof", "2026-02-20 09:00 +0100", "info@lindenhof-restaurant.de", "RE-26-02995", "876.40", "EUR", "2026-02-12")
    rem(D, "adler", "2026-02-24 09:00 +0100", "buchhaltung@hotel-adler-luzern.ch", "RE-26-03012", "4216.80", "CHF", "2026-02-16")
    rem(D, "seehof", "2026-02-23 09:00 +0100", "buchhaltung@seehof-mondsee.at", "RE-26-03003", "3960.00", "EUR", "2026-02-13")
    rem(D, "residenz", "2026-02-24 09:15 +0100", "verwaltung@seniorenresidenz-ampark.de", "RE-26-03021", "5712.00", "EUR", "2026-02-27", stage="predue")
    rem(D, "alpenrose", "2026-02-25 09:00 +0100", "rechnung@sporthotel-alpenrose.at", "RE-26-03009", "2256.00", "EUR", "2026-02-18")
    rem(D, "kraftwerk", "2026-02-16 09:00 +0100", "info@kraftwerk-fitness.de", "RE-26-02971", "649.00", "EUR", "2026-01-30")
    rem(D, "brauerei", "2026-02-18 09:00 +0100", "buchhaltung@altebrauerei-events.de", "RE-26-02979", "2975.00", "EUR", "2026-02-05")
    rem(D, "yilmaz", "2026-02-23 09:30 +0100", "praxis@zahnarzt-yilmaz.de", "RE-26-03030", "418.20", "EUR", "2026-03-09", stage="arrival")
    rem(D, "krone", "2026-02-23 09:30 +0100", "buchhaltung@krone-zug.ch", "RE-26-03026", "1980.50", "CHF", "2026-03-23", stage="arrival")
    rem(D, "rheinblick", "2026-02-23 09:00 +0100", "rechnungswesen@hotel-rheinblick.de", "RE-26-03017", "3094.00", "EUR", "2026-02-26", stage="predue")
    rem(D, "berger", "2026-02-19 09:00 +0100", "buchhaltung@berger-catering.de", ["RE-26-02984", "RE-26-02992"], ["1190.00", "2380.00"], "EUR", ["2026-02-09", "2026-02-12"])
    rem(D, "edelweiss", "2026-02-24 09:00 +0100", "office@garni-edelweiss.at", "RE-26-03000", "2184.00", "EUR", "2026-02-16")
    rem(D, "sonnenhof", "2026-02-25 09:00 +0100", "info@pension-sonnenhof.de", "RE-26-03005", "612.80", "EUR", "2026-02-18")
    rem(D, "dom", "2026-02-26 09:30 +0100", "buchhaltung@hotelamdom-koeln.de", "RE-26-03033", "1856.40", "EUR", "2026-03-16", stage="arrival")
    rem(D, "post", "2026-02-17 09:00 +0100", "buchhaltung@hotelpost-bezau.at", "RE-26-03014", "2640.00", "EUR", "2026-02-20", stage="predue")
    rem(D, "bauer", "2026-02-24 09:00 +0100", "verwaltung@physio-bauer.de", "RE-26-03019", "560.00", "EUR", "2026-02-27", stage="predue")
    rem(D, "grotto", "2026-02-26 09:00 +0100", "amministrazione@grottoceresio.ch", "RE-26-03024", "1744.00", "CHF", "2026-02-20")
    rem(D, "montreux", "2026-02-26 09:00 +0100", "comptabilite@hoteldulac-montreux.ch", "RE-26-03027", "5120.00", "CHF", "2026-03-02", stage="predue", lang="en")
    rem(D, "kurhaus", "2026-02-26 09:00 +0100", "buchhaltung@kurhaus-badems.de", "RE-26-03036", "4462.50", "EUR", "2026-03-26", stage="arrival")
    rem(D, "stjosef", "2026-02-27 09:00 +0100", "verwaltung@stjosef-pflege.de", "RE-26-03038", "7140.00", "EUR", "2026-03-27", stage="arrival")
    rem(D, "gmunden", "2026-03-02 09:00 +0100", "buchhaltung@stadthalle-gmunden.at", "RE-26-03040", "1320.00", "EUR", "2026-03-30", stage="arrival")
    rem(D, "waldhaus", "2026-02-25 09:00 +0100", "info@waldhaus-engadin.ch", "RE-26-03042", "6380.00", "CHF", "2026-03-25", stage="arrival")
    rem(D, "zirbenhof", "2026-02-27 09:00 +0100", "office@zirbenhof.at", "RE-26-03044", "2880.00", "EUR", "2026-03-27", stage="arrival")
    rem(D, "kaiserhof", "2026-02-16 09:00 +0100", "buchhaltung@kaiserhof-bonn.de", "RE-26-02990", "2915.50", "EUR", "2026-02-19", stage="predue")
    rem(D, "wachau", "2026-02-18 09:00 +0100", "office@gasthaus-wachau.at", ["RE-26-02976", "RE-26-02998"], ["1080.00", "1944.00"], "EUR", ["2026-02-04", "2026-02-11"])
    rem(D, "ammarkt", "2026-02-18 09:30 +0100", "finanzen@hotelammarkt-trier.de", "RE-26-03007", "1749.30", "EUR", "2026-03-15", stage="arrival")
    rem(D, "kantine", "2026-02-27 09:00 +0100", "kantine@stadtwerke-neuss-gastro.de", "RE-26-02993", "3332.00", "EUR", "2026-02-20")
    rem(D, "rosengarten", "2026-02-09 09:00 +0100", "info@cafe-rosengarten.de", "RE-26-02961", "388.00", "EUR", "2026-01-20")


def p(n, slug):
    return f"{D}/{n:02d}_{slug}.eml"


def cii_xml(num, issue, due, net, vat, gross, buyer, buyer_ref, desc):
    ymd = lambda s: s.replace("-", "")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
    xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
    xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>
    <ram:BusinessProcessSpecifiedDocumentContextParameter>
      <ram:ID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</ram:ID>
    </ram:BusinessProcessSpecifiedDocumentContextParameter>
    <ram:GuidelineSpecifiedDocumentContextParameter>
      <ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID>
    </ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>{num}</ram:ID>
    <ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">{ymd(issue)}</udt:DateTimeString></ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>
      <ram:SpecifiedTradeProduct><ram:Name>{desc}</ram:Name></ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement>
        <ram:NetPriceProductTradePrice><ram:ChargeAmount>{net}</ram:ChargeAmount></ram:NetPriceProductTradePrice>
      </ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">1</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
      <ram:SpecifiedLineTradeSettlement>
        <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
        <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>{net}</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
      </ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>
    <ram:ApplicableHeaderTradeAgreement>
      <ram:BuyerReference>{buyer_ref}</ram:BuyerReference>
      <ram:SellerTradeParty>
        <ram:Name>Merrow Textilservice GmbH</ram:Name>
        <ram:PostalTradeAddress><ram:PostcodeCode>51149</ram:PostcodeCode><ram:LineOne>Hansestraße 41</ram:LineOne><ram:CityName>Köln</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE318847215</ram:ID></ram:SpecifiedTaxRegistration>
      </ram:SellerTradeParty>
      <ram:BuyerTradeParty>
        <ram:Name>{buyer}</ram:Name>
        <ram:PostalTradeAddress><ram:PostcodeCode>53111</ram:PostcodeCode><ram:CityName>Bonn</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
      </ram:BuyerTradeParty>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeDelivery/>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradeSettlementPaymentMeans>
        <ram:TypeCode>58</ram:TypeCode>
        <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>DE27370504110042881390</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
      </ram:SpecifiedTradeSettlementPaymentMeans>
      <ram:ApplicableTradeTax>
        <ram:CalculatedAmount>{vat}</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>{net}</ram:BasisAmount>
        <ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent>
      </ram:ApplicableTradeTax>
      <ram:SpecifiedTradePaymentTerms>
        <ram:Description>Zahlbar innerhalb von 30 Tagen ohne Abzug</ram:Description>
        <ram:DueDateDateTime><udt:DateTimeString format="102">{ymd(due)}</udt:DateTimeString></ram:DueDateDateTime>
      </ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>{net}</ram:LineTotalAmount>
        <ram:TaxBasisTotalAmount>{net}</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">{vat}</ram:TaxTotalAmount>
        <ram:GrandTotalAmount>{gross}</ram:GrandTotalAmount>
        <ram:DuePayableAmount>{gross}</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"""


def invoices():
    mail(p(1, "rechnung_kaiserhof_nur_netto"),
         lab("invoice_copy", "de", inv="RE-26-03101", amount="3808.00", currency="EUR", issue_date="2026-02-16",
             due_date=add_days("2026-02-16", 30), payment_terms_days=30,
             note="only the net amount plus '19 % USt' is written; gross 3808.00 computed (3200 x 1.19)"),
         frm=KATRIN, to="Buchhaltung Hotel Kaiserhof <buchhaltung@kaiserhof-bonn.de>", cc=BOTC,
         subject="Rechnung RE-26-03101 – Wäscheservice Januar", date="2026-02-16 10:22 +0100",
         body=Text(t("""
            Sehr geehrte Damen und Herren,

            für die Bereitstellung und Pflege Ihrer Zimmer- und Frotteewäsche im Januar 2026
            berechnen wir Ihnen:

            Rechnungsnummer:  RE-26-03101
            Rechnungsdatum:   16.02.2026
            Leistungszeitraum: 01.01.2026 – 31.01.2026
            Rechnungsbetrag:  3.200,00 € netto zzgl. 19 % USt.

            Zahlungsziel: 30 Tage nach Rechnungsdatum ohne Abzug.
            Bankverbindung: Rheinhaus Bank eG, IBAN DE27 3705 0411 0042 8813 90
            """) + SIG.format(name="Katrin Vogt\nDebitorenbuchhaltung"), cte="quoted-printable"))

    mail(p(2, "rechnung_lindenhof_skonto"),
         lab("invoice_copy", "de", inv="RE-26-03104", amount="1547.00", currency="EUR", issue_date="2026-02-17",
             due_date=add_days("2026-02-17", 30), payment_terms_days=30,
             note="2 % Skonto within 10 days (1516.06) is an option; the amount due is the full 1547.00 at 30 days"),
         frm=KATRIN, to="info@lindenhof-restaurant.de", cc=BOTC,
         subject="Ihre Rechnung RE-26-03104", date="2026-02-17 14:05 +0100",
         body=alt(t("""
            Sehr geehrter Herr Krämer,

            anbei erhalten Sie unsere Rechnung RE-26-03104 vom 17.02.2026 für Tischwäsche und
            Servietten (Lieferungen 02.02. bis 14.02.2026).

            Nettobetrag          1.300,00 €
            zzgl. 19 % USt.        247,00 €
            Rechnungsbetrag      1.547,00 €

            Zahlbar innerhalb von 10 Tagen mit 2 % Skonto (1.516,06 €) oder innerhalb von
            30 Tagen ohne Abzug.
            """) + SIG.format(name="Katrin Vogt")))

    pdf = make_pdf([
        "# RECHNUNG",
        "Merrow Textilservice GmbH - Niederlassung Wien, Laxenburger Straße 214, 1230 Wien",
        "UID ATU77120458",
        "",
        "Sporthotel Alpenrose GmbH, Dorfstraße 12, 6183 Kühtai",
        "",
        "Rechnungsnummer: RE-26-03108",
        "Rechnungsdatum: 18.02.2026",
        "Zahlungsziel: 14 Tage netto",
        "",
        "Mietwäsche Zimmer (Jänner/Februar)          2.410,00",
        "Frottier, Saunatücher                       1.240,00",
        "Summe netto                              EUR 3.650,00",
        "USt 20 %                                 EUR   730,00",
        "Gesamtbetrag                             EUR 4.380,00",
        "",
        "Donauland Bank AG, IBAN AT61 3200 0000 1284 5571, BIC DOLBATWW",
    ], "Rechnung RE-26-03108")
    mail(p(3, "rechnung_alpenrose_nur_pdf"),
         lab("invoice_copy", "de", inv="RE-26-03108", amount="4380.00", currency="EUR", issue_date="2026-02-18",
             due_date=add_days("2026-02-18", 14), payment_terms_days=14,
             note="facts only in the PDF; Austrian 20 % USt"),
         frm=JOERG, to="rechnung@sporthotel-alpenrose.at", cc=BOTC,
         subject="Rechnung", date="2026-02-18 16:40 +0100",
         body=Multi("mixed", [
             Text("Grüß Gott Frau Haid,\n\nanbei die Rechnung für Jänner/Februar.\n\nSchöne Grüße aus Wien\nJörg Brenner\n",
                  cte="quoted-printable"),
             Attach(pdf, "application/pdf", "RE-26-03108.pdf")]))

    xml = cii_xml("RE-26-03111", "2026-02-19", "2026-03-21", "6200.00", "1178.00", "7378.00",
                  "Pflegeheim St. Josef gGmbH", "05314000-PFL-77", "Bewohnerwäsche Februar 2026 (Pauschale)")
    mail(p(4, "rechnung_stjosef_xrechnung"),
         lab("invoice_copy", "de", inv="RE-26-03111", amount="7378.00", currency="EUR", issue_date="2026-02-19",
             due_date="2026-03-21", payment_terms_days=30,
             note="facts only in the XRechnung (CII) XML attachment; DueDateDateTime 2026-03-21 = issue + 30"),
         frm=KATRIN, to="verwaltung@stjosef-pflege.de", cc=BOTC,
         subject="XRechnung RE-26-03111", date="2026-02-19 11:11 +0100",
         body=Multi("mixed", [
             Text("Sehr geehrte Damen und Herren,\n\nwie gewünscht erhalten Sie unsere Rechnung als XRechnung im Anhang.\n"
                  + SIG.format(name="Katrin Vogt"), cte="quoted-printable"),
             Attach(xml.encode("utf-8"), "application/xml", "RE-26-03111_xrechnung.xml")]))

    mail(p(5, "rechnung_residenz_abschlag"),
         lab("invoice_copy", "de", inv="RE-26-03114", amount="30844.80", currency="EUR", issue_date="2026-02-20",
             due_date="2026-03-20",
             note="Auftragswert 86.400 netto is context; the 1st Abschlagsrechnung (30 %) 30.844,80 brutto is due"),
         frm=JOERG, to="verwaltung@seniorenresidenz-ampark.de",
         cc=f"Herr Dr. Lenz <lenz@seniorenresidenz-ampark.de>, {BOTC}",
         subject="1. Abschlagsrechnung RE-26-03114 – Erstausstattung und Wäscheversorgung",
         date="2026-02-20 12:48 +0100",
         body=alt(t("""
            Sehr geehrte Damen und Herren,

            vielen Dank für Ihren Auftrag vom 09.02.2026 über die Erstausstattung und die
            Wäscheversorgung Ihres Neubaus.

            Auftragswert gesamt:                86.400,00 € netto

            1. Abschlagsrechnung RE-26-03114 vom 20.02.2026
            30 % des Auftragswerts              25.920,00 €
            zzgl. 19 % USt.                      4.924,80 €
            Zahlbetrag                          30.844,80 €

            Zahlbar bis 20.03.2026. Die 2. Abschlagsrechnung folgt bei Auslieferung der
            Erstausstattung.
            """) + SIG.format(name="Jörg Brenner\nVertrieb Pflege & Gesundheit")))

    mail(p(6, "rechnung_adler_chf_apostroph"),
         lab("invoice_copy", "de", inv="RE-26-03117", amount="3874.35", currency="CHF", issue_date="2026-02-23",
             due_date=add_days("2026-02-23", 30), payment_terms_days=30,
             note="Swiss format CHF 3'874.35, 'innert 30 Tagen'"),
         frm=LEA, to="buchhaltung@hotel-adler-luzern.ch", cc=BOTC,
         subject="Rechnung RE-26-03117", date="2026-02-23 08:55 +0100",
         body=Text(t("""
            Grüezi Frau Amrein

            Anbei unsere Rechnung für den Monat Januar.

            Rechnung Nr. RE-26-03117 vom 23.02.2026
            Mietwäsche Zimmer und Restaurant        CHF 3'584.04
            MWST 8.1 %                              CHF   290.31
            Total                                   CHF 3'874.35

            Zahlbar innert 30 Tagen. Die QR-Rechnung ist beigelegt.

            Freundliche Grüsse
            Lea Gasser
            Merrow Wäscherei AG, Basel
            """), cte="quoted-printable"))

    mail(p(7, "rechnung_berger_gutschrift"),
         lab("invoice_copy", "de", inv="RE-26-03120", amount="1666.00", currency="EUR", issue_date="2026-02-24",
             due_date=add_days("2026-02-24", 14), payment_terms_days=14,
             note="invoice 1904.00 less credit note GS-26-0041 (238.00) = 1666.00 to pay"),
         frm=KATRIN, to="buchhaltung@berger-catering.de", cc=BOTC,
         subject="Rechnung RE-26-03120 / Gutschrift GS-26-0041", date="2026-02-24 15:30 +0100",
         body=Text(t("""
            Guten Tag Frau Berger,

            anbei die Rechnung RE-26-03120 vom 24.02.2026 über 1.904,00 € (inkl. 19 % USt.)
            für die Tischwäsche der Veranstaltungen im Februar.

            Die Gutschrift GS-26-0041 über 238,00 € für die fehlerhafte Lieferung vom 05.02.
            haben wir direkt verrechnet. Zu zahlen sind daher 1.666,00 €,
            zahlbar innerhalb von 14 Tagen.
            """) + SIG.format(name="Katrin Vogt"), charset="utf-8", cte="8bit"))

    fwd = t(f"""
        Hallo Katrin,

        hatte vergessen, den Rechnungsbot in CC zu setzen. Bitte aufnehmen.

        Gruß
        Jörg

        -------- Weitergeleitete Nachricht --------
        Betreff: Rechnung RE-26-03123
        Datum: Wed, 25 Feb 2026 17:02:11 +0100
        Von: Jörg Brenner <joerg.brenner@merrow-textilservice.de>
        An: buchhaltung@gasthof-hirschen.de

        Sehr geehrte Frau Huber,

        für die Sonderreinigung Ihrer Vorhänge und Tischwäsche nach der Faschingsfeier
        berechnen wir:

        Rechnung Nr.:     RE-26-03123
        Rechnungsdatum:   25.02.2026
        Nettobetrag:      900,00 EUR
        USt. 19 %:        171,00 EUR
        Gesamtbetrag:     1.071,00 EUR
        Zahlbar bis:      11.03.2026

        Mit freundlichen Grüßen
        Jörg Brenner
        """)
    mail(p(8, "rechnung_hirschen_weitergeleitet_latin1"),
         lab("invoice_copy", "de", inv="RE-26-03123", amount="1071.00", currency="EUR", issue_date="2026-02-25",
             due_date="2026-03-11",
             note="staff forwards the invoice to the bot a day later (debtor only inside the forward); iso-8859-1 QP"),
         frm=JOERG, to=f"Katrin Vogt <katrin.vogt@merrow-textilservice.de>, {BOTC}",
         subject="WG: Rechnung RE-26-03123", date="2026-02-26 08:31 +0100",
         body=Text(fwd, charset="iso-8859-1", cte="quoted-printable"))

    mail(p(9, "rechnung_yilmaz_sofort"),
         lab("invoice_copy", "de", inv="RE-26-03126", amount="357.00", currency="EUR", issue_date="2026-02-26",
             due_date="2026-02-26", note="'zahlbar sofort ohne Abzug' -> due = issue, no terms"),
         frm=KATRIN, to="praxis@zahnarzt-yilmaz.de", cc=BOTC,
         subject="Rechnung RE-26-03126 (Expresslieferung Praxiskleidung)", date="2026-02-26 13:20 +0100",
         body=alt(t("""
            Sehr geehrter Herr Dr. Yılmaz,

            für die Expresslieferung Ihrer Praxiskleidung am 25.02.2026 berechnen wir:

            Rechnung RE-26-03126 vom 26.02.2026
            Expresszuschlag und Sonderwäsche      300,00 €
            19 % USt.                              57,00 €
            Gesamt                                357,00 €

            Der Betrag ist sofort ohne Abzug zahlbar.
            """) + SIG.format(name="Katrin Vogt")))

    html = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
        <style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
        <body lang="DE-AT"><div class="WordSection1">
        <p class="MsoNormal">Sehr geehrte Frau Pichler,<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">anbei unsere Rechnung f&uuml;r Februar:<o:p></o:p></p>
        <table class="MsoNormalTable" border="0" cellpadding="0">
        <tr><td><p class="MsoNormal">Rechnungsnummer</p></td><td><p class="MsoNormal">RE-26-03129</p></td></tr>
        <tr><td><p class="MsoNormal">Rechnungsdatum</p></td><td><p class="MsoNormal">02.03.2026</p></td></tr>
        <tr><td><p class="MsoNormal">Netto</p></td><td><p class="MsoNormal">2.160,00 &euro;</p></td></tr>
        <tr><td><p class="MsoNormal">USt 20&nbsp;%</p></td><td><p class="MsoNormal">432,00 &euro;</p></td></tr>
        <tr><td><p class="MsoNormal"><b>Rechnungsbetrag</b></p></td><td><p class="MsoNormal"><b>2.592,00 &euro;</b></p></td></tr>
        <tr><td><p class="MsoNormal"><b>F&auml;lligkeit</b></p></td><td><p class="MsoNormal"><b>15.03.2026</b></p></td></tr>
        </table>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Mit freundlichen Gr&uuml;&szlig;en<br>Katrin Vogt<br>Merrow Textilservice GmbH &ndash; Niederlassung Wien</p>
        </div></body></html>
        """)
    mail(p(10, "rechnung_wachau_bcc_html_cp1252"),
         lab("invoice_copy", "de", inv="RE-26-03129", amount="2592.00", currency="EUR", issue_date="2026-03-02",
             due_date="2026-03-15", note="Outlook HTML only, windows-1252, bot in Bcc only; fixed Fälligkeit"),
         frm=KATRIN, to="office@gasthaus-wachau.at", delivered_to=BOT,
         subject="Rechnung RE-26-03129 Gasthaus Wachau", date="2026-03-02 10:02 +0100",
         extra=[("X-Mailer", "Microsoft Outlook 16.0")],
         body=Text(html, "html", "windows-1252", "quoted-printable"))


def replies():
    r = R(D, "hirschen")
    mail(p(11, "antwort_hirschen_freitag_bezahlt"),
         lab("client_reply", "de", inv="RE-26-02988", intent="paid_claim", payment_date="2026-02-20",
             note="Mon 23 Feb: 'am Freitag überwiesen' = Fri 20 Feb"),
         frm="Maria Huber <buchhaltung@gasthof-hirschen.de>", to=BOTC,
         subject="AW: " + r["subject"], date="2026-02-23 08:47 +0100", irt=r["mid"],
         body=alt("Guten Morgen,\n\ndie Rechnung RE-26-02988 haben wir am Freitag überwiesen. Bitte prüfen Sie den "
                  "Zahlungseingang noch einmal.\n\nMit freundlichen Grüßen\nMaria Huber\nGasthof Zum Hirschen\n"
                  + quoted(r, style="outlook")))

    r = R(D, "lindenhof")
    mail(p(12, "antwort_lindenhof_ende_naechster_woche_mitternacht"),
         lab("client_reply", "de", inv="RE-26-02995", intent="promise", promised_date="2026-03-06",
             note="sent Mon 23 Feb 00:15 +0100 (Sun 23:15 UTC): 'Ende nächster Woche' = Fri 6 March local"),
         frm="Stefan Krämer <info@lindenhof-restaurant.de>", to=BOTC,
         subject="Re: " + r["subject"], date="2026-02-23 00:15 +0100", irt=r["mid"],
         body=Text("Hallo,\n\nsorry für die späte Antwort, wir hatten Inventur. Die offene Rechnung zahlen wir bis Ende "
                   "nächster Woche.\n\nViele Grüße\nStefan Krämer\n" + quoted(r), cte="quoted-printable"))

    r = R(D, "adler")
    mail(p(13, "antwort_adler_per_10_maerz"),
         lab("client_reply", "de", inv="RE-26-03012", intent="promise", promised_date="2026-03-10",
             note="Swiss German 'per 10. März'"),
         frm="Ruth Amrein <buchhaltung@hotel-adler-luzern.ch>", to=BOTC,
         subject="AW: " + r["subject"], date="2026-02-24 14:10 +0100", irt=r["mid"],
         body=alt(t("""
            Grüezi

            Besten Dank für die Erinnerung. Die Zahlung erfolgt per 10. März 2026 mit unserem
            nächsten Zahlungslauf.

            Freundliche Grüsse
            Ruth Amrein
            Hotel Adler Luzern
            """) + quoted(r, style="outlook")))

    r = R(D, "seehof")
    mail(p(14, "antwort_seehof_keine_zahlung_moeglich"),
         lab("client_reply", "de", inv="RE-26-03003", intent="other", needs_human=True,
             note="negated: payment by month end not possible, no date given -> not a promise"),
         frm="Seehof Mondsee Buchhaltung <buchhaltung@seehof-mondsee.at>", to=BOTC,
         subject="AW: " + r["subject"], date="2026-02-23 16:52 +0100", irt=r["mid"],
         body=alt(t("""
            Sehr geehrte Damen und Herren,

            eine Zahlung bis Monatsende wird uns leider nicht möglich sein. Das Haus ist seit
            Jänner wegen Umbau geschlossen und wir haben erst ab Ostern wieder Einnahmen.

            Wir melden uns, sobald wir Ihnen einen konkreten Termin nennen können.

            Mit freundlichen Grüßen
            Andrea Leitner
            """) + quoted(r, style="outlook")))

    r = R(D, "residenz")
    mail(p(15, "antwort_residenz_nach_freigabe"),
         lab("client_reply", "de", inv="RE-26-03021", intent="promise", needs_human=True,
             note="conditional on management approval, 'voraussichtlich in der kommenden Woche' -> no firm date"),
         frm="Verwaltung Seniorenresidenz Am Park <verwaltung@seniorenresidenz-ampark.de>", to=BOTC,
         subject="AW: " + r["subject"], date="2026-02-24 11:03 +0100", irt=r["mid"],
         body=alt(t("""
            Sehr geehrte Damen und Herren,

            die Rechnung RE-26-03021 liegt derzeit unserer Geschäftsführung zur Freigabe vor.
            Sobald die Freigabe erfolgt ist, überweisen wir den Betrag – voraussichtlich in der
            kommenden Woche.

            Mit freundlichen Grüßen
            i. A. Petra Schulze
            """) + quoted(r, style="outlook")))

    r = R(D, "alpenrose")
    mail(p(16, "antwort_alpenrose_reklamation_menge"),
         lab("client_reply", "de", inv="RE-26-03009", intent="dispute", amount="312.00", currency="EUR",
             needs_human=True, note="disputes 40 sets x 7,80 = 312,00 netto; pays the rest after credit note"),
         frm="Verena Haid <rechnung@sporthotel-alpenrose.at>", to=BOTC,
         subject="AW: " + r["subject"], date="2026-02-25 10:26 +0100", irt=r["mid"],
         body=alt(t("""
            Grüß Gott,

            in der Rechnung RE-26-03009 wurden 120 Bettwäsche-Garnituren berechnet, geliefert
            wurden laut unserem Lieferschein vom 28.01. aber nur 80. Bitte schreiben Sie uns die
            Differenz von 40 Garnituren à 7,80 € = 312,00 € netto gut.

            Den unstrittigen Teil überweisen wir, sobald die Gutschrift da ist.

            Freundliche Grüße
            Verena Haid
            Sporthotel Alpenrose
            """) + quoted(r)))

    r = R(D, "kraftwerk")
    mail(p(17, "antwort_kraftwerk_aufhoeren"),
         lab("client_reply", "de", inv="RE-26-02971", intent="stop", needs_human=True,
             note="stop e-mail reminders; wants to sort it out by phone"),
         frm="Dennis Kowalski <info@kraftwerk-fitness.de>", to=BOTC,
         subject="Re: " + r["subject"], date="2026-02-16 18:44 +0100", irt=r["mid"],
         body=Text(t("""
            Hören Sie bitte auf, mir ständig diese Mails zu schicken. Ich hab Herrn Brenner schon
            am Telefon gesagt, dass wir das regeln. Weitere Erinnerungen per Mail will ich nicht
            mehr bekommen, wenn was ist, rufen Sie mich an.

            D. Kowalski

            Von meinem iPhone gesendet
            """), cte="quoted-printable"))

    r = R(D, "brauerei")
    mail(p(18, "antwort_brauerei_ratenzahlung"),
         lab("client_reply", "de", inv="RE-26-02979", intent="plan_request", amount="1000.00", currency="EUR",
             needs_human=True, note="asks for 3 monthly instalments (1000, 1000, 975)"),
         frm="Tobias Wendt <buchhaltung@altebrauerei-events.de>", to=BOTC,
         subject="AW: " + r["subject"], date="2026-02-18 15:37 +0100", irt=r["mid"],
         body=alt(t("""
            Hallo zusammen,

            der Januar war bei uns leider sehr ruhig. Könnten wir die offene Summe von 2.975,00 €
            in drei Monatsraten begleichen? Im März und April jeweils 1.000 €, im Mai die
            restlichen 975 €.

            Über eine kurze Rückmeldung würde ich mich freuen.

            Beste Grüße
            Tobias Wendt
            Alte Brauerei Eventlocation
            """) + quoted(r)))

    r = R(D, "yilmaz")
    mail(p(19, "antwort_yilmaz_nicht_erhalten"),
         lab("client_reply", "de", inv="RE-26-03030", intent="not_received",
             note="invoice not received; resend as PDF to another address"),
         frm="Praxis Dr. Yılmaz <praxis@zahnarzt-yilmaz.de>", to=BOTC,
         subject="AW: " + r["subject"], date="2026-02-23 12:15 +0100", irt=r["mid"],
         body=alt(t("""
            Guten Tag,

            eine Rechnung RE-26-03030 liegt uns nicht vor. Bitte schicken Sie sie als PDF an
            rechnung@zahnarzt-yilmaz.de, dann geben wir sie gleich weiter.

            Mit freundlichen Grüßen
            Praxisteam Dr. Yılmaz
            """) + quoted(r, style="outlook")))

    r = R(D, "krone")
    mail(p(20, "antwort_krone_qr_rechnung"),
         lab("client_reply", "de", inv="RE-26-03026", intent="payment_details",
             note="asks for a Swiss QR-bill or the CHF IBAN"),
         frm="Landgasthof Krone Buchhaltung <buchhaltung@krone-zug.ch>", to=BOTC,
         subject="AW: " + r["subject"], date="2026-02-23 15:02 +0100", irt=r["mid"],
         body=alt(t("""
            Grüezi

            Ja, die Rechnung ist angekommen, besten Dank. Könnten Sie uns bitte noch eine
            QR-Rechnung zustellen? Ohne QR-Code kann unsere Software die Zahlung nicht erfassen.
            Alternativ bräuchten wir Ihre IBAN für Zahlungen in CHF.

            Freundliche Grüsse
            Beat Iten
            """) + quoted(r, style="outlook")))

    r = R(D, "rheinblick")
    mail(p(21, "antwort_rheinblick_frage_vorhaenge"),
         lab("client_reply", "de", inv="RE-26-03017", intent="question", needs_human=True,
             note="question on invoice content; quoted reminder contains 'bereits veranlasst' wording"),
         frm="Sabine Roth <rechnungswesen@hotel-rheinblick.de>", to=BOTC,
         subject="AW: " + r["subject"], date="2026-02-23 13:41 +0100", irt=r["mid"],
         body=alt(t("""
            Hallo Frau Vogt,

            kurze Frage, bevor ich die Rechnung freigebe: Ist in RE-26-03017 die Reinigung der
            Vorhänge aus dem Restaurant (abgeholt am 12.02.) schon enthalten, oder kommt dafür
            noch eine separate Rechnung?

            Viele Grüße
            Sabine Roth
            """) + quoted(r, style="outlook")))

    r = R(D, "berger")
    mail(p(22, "antwort_berger_morgen_und_reklamation"),
         lab("client_reply", "de", inv="RE-26-02984;RE-26-02992", intent="dispute", needs_human=True,
             note="promise (tomorrow) for RE-26-02984 + dispute on RE-26-02992 -> dispute, no promised date"),
         frm="Claudia Berger <buchhaltung@berger-catering.de>", to=BOTC,
         subject="AW: " + r["subject"], date="2026-02-19 17:20 +0100", irt=r["mid"],
         body=alt(t("""
            Guten Abend,

            RE-26-02984 überweisen wir morgen.

            Bei RE-26-02992 stimmt die Stückzahl nicht: berechnet wurden 300 Tischdecken,
            geliefert haben Sie 260. Bitte korrigieren Sie die Rechnung, dann zahlen wir auch die.

            Gruß
            Claudia Berger
            """) + quoted(r, style="outlook")))

    r = R(D, "edelweiss")
    beleg = make_pdf([
        "# Auftragsbestätigung SEPA-Überweisung",
        "Salzachtal Bank AG - Online Banking",
        "Auftraggeber: Hotel Garni Edelweiß KG, AT12 3500 0000 0412 7718",
        "Empfänger: Merrow Textilservice GmbH, AT61 3200 0000 1284 5571",
        "Betrag: EUR 2.184,00",
        "Verwendungszweck: RE-26-03000",
        "Durchgeführt am: 24.02.2026",
    ], "Zahlungsbestaetigung")
    mail(p(23, "antwort_edelweiss_beleg_pdf"),
         lab("client_reply", "de", inv="RE-26-03000", intent="paid_claim", amount="2184.00", currency="EUR",
             payment_date="2026-02-24", note="client's own transfer confirmation attached: still only a claim"),
         frm="Hotel Garni Edelweiß <office@garni-edelweiss.at>", to=BOTC,
         subject="AW: " + r["subject"], date="2026-02-25 09:12 +0100", irt=r["mid"],
         body=Multi("mixed", [
             Text(t("""
                Sehr geehrte Damen und Herren,

                die Überweisung über 2.184,00 € ist am 24.02. erfolgt, die Bestätigung
                finden Sie im Anhang.

                Liebe Grüße aus Salzburg
                Elisabeth Gruber
                """) + quoted(r), cte="quoted-printable"),
             Attach(beleg, "application/pdf", "Überweisung_24022026.pdf")]))


def payments():
    r = R(D, "kaiserhof")
    mail(p(24, "zahlung_rheinhaus_kaiserhof_valuta"),
         lab("payment_confirmation", "de", rem=r, amount="2915.50", payment_date="2026-02-23", payment_full=True,
             note="Buchungstag 24.02., Wertstellung 23.02. -> value date"),
         frm="Rheinhaus Bank eG <avis@mail.rheinhaus-bank.de>", to=BOT,
         subject="Umsatzmitteilung zu Ihrem Konto ...1390", date="2026-02-24 06:15 +0100",
         auth=authres("mail.rheinhaus-bank.de", dkim_d="rheinhaus-bank.de", policy="reject"),
         body=Text(t("""
            Rheinhaus Bank eG – Umsatzmitteilung

            Konto:            DE27 3705 0411 0042 8813 90 (Merrow Textilservice GmbH)
            Buchungstag:      24.02.2026
            Wertstellung:     23.02.2026
            Umsatzart:        SEPA-Gutschrift
            Auftraggeber:     Hotel Kaiserhof Bonn GmbH & Co. KG
            IBAN:             DE91 3806 0186 4411 2270 01
            Verwendungszweck: RE-26-02990 Kd-Nr 20817
            Betrag:           +2.915,50 EUR

            Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
            """), cte="quoted-printable"))

    r = R(D, "wachau")
    mail(p(25, "zahlung_donauland_wachau_aufgeteilt"),
         lab("payment_confirmation", "de", rem=r, amount="3024.00", payment_date="2026-02-26", payment_full=True,
             allocations="RE-26-02976=1080.00;RE-26-02998=1944.00",
             note="one transfer for two invoices, split in the Verwendungszweck"),
         frm="Donauland Bank Business <service@mitteilung.donauland-bank.at>", to=BOT,
         subject="Eingangsbuchung EUR 3.024,00", date="2026-02-26 07:02 +0100",
         auth=authres("mitteilung.donauland-bank.at", dkim_d="donauland-bank.at", policy="reject"),
         body=alt(t("""
            Donauland Bank Business Banking – Eingangsbuchung

            Empfängerkonto:   AT61 3200 0000 1284 5571
            Betrag:           EUR 3.024,00
            Valutadatum:      26.02.2026
            Auftraggeber:     GASTHAUS WACHAU OG
            Zahlungsreferenz: RE-26-02976 1080,00 / RE-26-02998 1944,00

            Mit freundlichen Grüßen
            Ihre Donauland Bank
            """)))

    r = R(D, "krone")
    html = t("""
        <html><body style="font-family:Arial;font-size:12px">
        <p><b>Bergkantonalbank &ndash; Gutschriftsanzeige</b></p>
        <table cellpadding="3">
        <tr><td>Konto</td><td>CH58 0077 4155 2298 1037 6 &ndash; Merrow W&auml;scherei AG</td></tr>
        <tr><td>Betrag</td><td>CHF 1'980.50</td></tr>
        <tr><td>Valuta</td><td>03.03.2026</td></tr>
        <tr><td>Zahlungspflichtiger</td><td>Landgasthof Krone AG, 6300 Zug</td></tr>
        <tr><td>QR-Referenz</td><td>21 00000 00003 13947 14300 09017</td></tr>
        <tr><td>Zus&auml;tzliche Informationen</td><td>RE-26-03026</td></tr>
        </table>
        <p>Freundliche Gr&uuml;sse<br>Ihre Bergkantonalbank</p>
        </body></html>
        """)
    mail(p(26, "zahlung_bergkantonalbank_krone_qr"),
         lab("payment_confirmation", "de", rem=r, amount="1980.50", payment_date="2026-03-03", payment_full=True,
             note="Swiss QR reference plus invoice number in additional information; HTML only"),
         frm="Bergkantonalbank E-Banking <noreply@ebanking.bergkantonalbank.ch>", to=BOT,
         subject="Gutschriftsanzeige CHF 1'980.50", date="2026-03-03 18:05 +0100",
         auth=authres("ebanking.bergkantonalbank.ch", dkim_d="bergkantonalbank.ch", policy="reject"),
         body=Text(html, "html", "utf-8", "quoted-printable"))

    r = R(D, "ammarkt")
    mail(p(27, "zahlung_rheinhaus_ammarkt_skonto"),
         lab("payment_confirmation", "de", rem=r, amount="1714.31", payment_date="2026-02-20", payment_full=False,
             needs_human=True, note="2 % Skonto deducted (1749.30 - 34.99); paid within 10 days - staff to accept the discount"),
         frm="Rheinhaus Bank eG <avis@mail.rheinhaus-bank.de>", to=BOT,
         subject="Umsatzmitteilung zu Ihrem Konto ...1390", date="2026-02-21 06:15 +0100",
         auth=authres("mail.rheinhaus-bank.de", dkim_d="rheinhaus-bank.de", policy="reject"),
         body=Text(t("""
            Rheinhaus Bank eG – Umsatzmitteilung

            Konto:            DE27 3705 0411 0042 8813 90 (Merrow Textilservice GmbH)
            Buchungstag:      20.02.2026
            Wertstellung:     20.02.2026
            Umsatzart:        SEPA-Gutschrift
            Auftraggeber:     Hotel am Markt Trier GmbH
            IBAN:             DE44 5855 0130 0001 8830 42
            Verwendungszweck: RE-26-03007 ABZGL. 2 PROZ. SKONTO 34,99
            Betrag:           +1.714,31 EUR

            Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
            """), cte="quoted-printable"))

    r = R(D, "kantine")
    mail(p(28, "zahlung_rheinhaus_kantine_referenz_ohne_bindestrich"),
         lab("payment_confirmation", "de", rem=r, amount="3332.00", payment_date="2026-03-02", payment_full=True,
             note="reference written 'RE26 02993' without hyphens"),
         frm="Rheinhaus Bank eG <avis@mail.rheinhaus-bank.de>", to=BOT,
         subject="Umsatzmitteilung zu Ihrem Konto ...1390", date="2026-03-03 06:15 +0100",
         auth=authres("mail.rheinhaus-bank.de", dkim_d="rheinhaus-bank.de", policy="reject"),
         body=Text(t("""
            Rheinhaus Bank eG – Umsatzmitteilung

            Konto:            DE27 3705 0411 0042 8813 90 (Merrow Textilservice GmbH)
            Buchungstag:      02.03.2026
            Wertstellung:     02.03.2026
            Umsatzart:        SEPA-Gutschrift
            Auftraggeber:     SWN Gastro Service GmbH
            Verwendungszweck: RE26 02993 KANTINE SWN KD-NR 10442
            Betrag:           +3.332,00 EUR

            Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
            """), cte="quoted-printable"))


def machine():
    r = R(D, "sonnenhof")
    txt = t(f"""
        Ihre Nachricht hat info@pension-sonnenhof.de nicht erreicht, weil das Postfach des
        Empfängers voll ist.

        Lösung: Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich auf
        anderem Weg (z. B. telefonisch) an den Empfänger.

        Diagnoseinformationen für Administratoren:

        Generierender Server: EXCH01.pension-sonnenhof.local

        info@pension-sonnenhof.de
        Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception'

        Ursprüngliche Nachrichtenkopfzeilen:

        """) + reminder_raw(r, headers_only=True)
    mail(p(29, "unzustellbar_exchange_postfach_voll"),
         lab("bounce", "de", rem=r, failed_recipients="info@pension-sonnenhof.de", bounce_permanent=True,
             bounce_reason="mailbox_full", needs_human=True, note="German Exchange on-premises NDR, 5.2.2 permanent"),
         frm="Microsoft Exchange <postmaster@pension-sonnenhof.de>", to=BOT,
         subject="Unzustellbar: " + r["subject"], date="2026-02-25 09:01 +0100",
         auth=authres("pension-sonnenhof.de", dkim="none", spf="pass", dmarc="none"),
         extra=[("Auto-Submitted", "auto-replied"), ("Content-Language", "de-DE")],
         mid_host="EXCH01.pension-sonnenhof.local",
         body=Multi("report", [alt(txt),
                               dsn("EXCH01.pension-sonnenhof.local", [dict(final="info@pension-sonnenhof.de", action="failed",
                                   status="5.2.2", diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException")],
                                   arrival="2026-02-25 09:00 +0100"),
                               rfc822_part(r, headers_only=True)], params="report-type=delivery-status"))

    r = R(D, "dom")
    txt = t("""
        This is the mail system at host smtp-out.merrowlinen.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <buchhaltung@hotelamdom-koeln.de>: Host or domain name not found. Name service
            error for name=hotelamdom-koeln.de type=MX: Host not found, try again
        """)
    mail(p(30, "unzustellbar_postfix_domain_nicht_gefunden"),
         lab("bounce", "en", rem=r, failed_recipients="buchhaltung@hotelamdom-koeln.de", bounce_permanent=True,
             bounce_reason="other", needs_human=True,
             note="our own outbound Postfix: domain has no MX/A (DNS failure) -> permanent, reason other"),
         frm="MAILER-DAEMON@smtp-out.merrowlinen.com (Mail Delivery System)", to=BOT,
         subject="Undelivered Mail Returned to Sender", date="2026-02-26 09:31 +0100",
         auth=authres("smtp-out.merrowlinen.com", dkim="none", spf="none-helo", dmarc="none"),
         received_from="smtp-out.merrowlinen.com", mid_host="smtp-out.merrowlinen.com",
         extra=[("Auto-Submitted", "auto-replied")],
         body=Multi("report", [Text(txt, charset="us-ascii", cte="7bit"),
                               dsn("smtp-out.merrowlinen.com", [dict(final="buchhaltung@hotelamdom-koeln.de", original="buchhaltung@hotelamdom-koeln.de",
                                   action="failed", status="5.4.4",
                                   diag="Host or domain name not found. Name service error for name=hotelamdom-koeln.de type=MX: Host not found, try again")],
                                   arrival="2026-02-26 09:30 +0100", extra_msg=["X-Postfix-Queue-ID: 4ZcK1x0Pq8z3Rw"]),
                               rfc822_part(r)], params="report-type=delivery-status"))

    r = R(D, "post")
    txt = t("""
        This is the mail system at host smtp-out.merrowlinen.com.

        ####################################################################
        # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
        ####################################################################

        Your message could not be delivered for more than 4 hour(s).
        It will be retried until it is 5 day(s) old.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <buchhaltung@hotelpost-bezau.at>: host mx.hotelpost-bezau.at[203.0.113.77]
            said: 450 4.7.1 <buchhaltung@hotelpost-bezau.at>: Recipient address
            rejected: Greylisted, see http://postgrey.schweikert.ch/help/hotelpost-bezau.at.html
            (in reply to RCPT TO command)
        """)
    mail(p(31, "verzoegert_postfix_greylisting"),
         lab("bounce", "en", rem=r, failed_recipients="buchhaltung@hotelpost-bezau.at", bounce_permanent=False,
             bounce_reason="policy", note="delay warning: greylisting 4.7.1 still retried -> not permanent"),
         frm="MAILER-DAEMON@smtp-out.merrowlinen.com (Mail Delivery System)", to=BOT,
         subject="Delayed Mail (still being retried)", date="2026-02-17 13:02 +0100",
         auth=authres("smtp-out.merrowlinen.com", dkim="none", spf="none-helo", dmarc="none"),
         received_from="smtp-out.merrowlinen.com", mid_host="smtp-out.merrowlinen.com",
         extra=[("Auto-Submitted", "auto-replied")],
         body=Multi("report", [Text(txt, charset="us-ascii", cte="7bit"),
                               dsn("smtp-out.merrowlinen.com", [dict(final="buchhaltung@hotelpost-bezau.at", action="delayed",
                                   status="4.7.1", remote="mx.hotelpost-bezau.at",
                                   diag="450 4.7.1 <buchhaltung@hotelpost-bezau.at>: Recipient address rejected: Greylisted",
                                   until="2026-02-22 09:00 +0100")],
                                   arrival="2026-02-17 09:00 +0100"),
                               rfc822_part(r, headers_only=True)], params="report-type=delivery-status"))

    r = R(D, "bauer")
    mail(p(32, "abwesenheit_bauer_autosubmitted"),
         lab("auto_reply", "de", rem=r, return_date="2026-03-02", note="RFC 3834 headers; back Mon 02.03.2026"),
         frm="Verwaltung Physiotherapie Bauer <verwaltung@physio-bauer.de>", to=BOT,
         subject="Automatische Antwort: " + r["subject"], date="2026-02-24 09:00 +0100", irt=r["mid"],
         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
         body=Text(t("""
            Vielen Dank für Ihre Nachricht.

            Ich bin bis einschließlich Freitag, 27.02.2026 nicht im Büro. Ab Montag, 02.03.2026
            bin ich wieder für Sie erreichbar. In dringenden Fällen wenden Sie sich bitte an
            die Praxis unter 0221 4471230.

            Mit freundlichen Grüßen
            Nicole Bauer
            """), cte="quoted-printable"))

    r = R(D, "grotto")
    mail(p(33, "abwesenheit_grotto_italienisch"),
         lab("auto_reply", "it", rem=r, return_date="2026-03-09",
             note="Italian (Ticino), no RFC 3834 headers; absent until Fri 6 March inclusive, back Mon 9 March"),
         frm="Amministrazione Grotto del Ceresio <amministrazione@grottoceresio.ch>", to=BOT,
         subject="Risposta automatica: " + r["subject"], date="2026-02-26 09:01 +0100", irt=r["mid"],
         body=Text(t("""
            Gentile mittente,

            sarò assente dall'ufficio fino a venerdì 6 marzo compreso, con accesso limitato alla
            posta elettronica. Rientrerò lunedì 9 marzo.

            Per questioni urgenti può contattare il ristorante allo +41 91 994 12 60.

            Cordiali saluti,
            Giulia Bernasconi
            Grotto del Ceresio, Lugano
            """), charset="iso-8859-1", cte="quoted-printable"))

    r = R(D, "montreux")
    mail(p(34, "abwesenheit_montreux_franzoesisch"),
         lab("auto_reply", "fr", rem=r, return_date="2026-03-05",
             note="French, X-Autorespond only; absent until Wed 4 March inclusive, back Thu 5 March"),
         frm="Comptabilité Hôtel du Lac <comptabilite@hoteldulac-montreux.ch>", to=BOT,
         subject="Réponse automatique : " + r["subject"], date="2026-02-26 09:00 +0100", irt=r["mid"],
         extra=[("X-Autorespond", "comptabilite@hoteldulac-montreux.ch")],
         body=alt(t("""
            Bonjour,

            Je suis absente du bureau jusqu'au mercredi 4 mars inclus. Je serai de retour le
            jeudi 5 mars et traiterai votre message dès que possible.

            Pour toute urgence, merci de contacter la réception au +41 21 963 32 10.

            Meilleures salutations,
            Sophie Dufour
            Comptabilité - Hôtel du Lac, Montreux
            """), charset="iso-8859-1"))

    r = R(D, "kurhaus")
    mail(p(35, "gelesen_outlook_nicht_standard"),
         lab("read_receipt", "de", rem=r, note="Outlook 'Gelesen:' text receipt without an MDN part"),
         frm="Buchhaltung Kurhaus Bad Ems <buchhaltung@kurhaus-badems.de>", to=BOT,
         subject="Gelesen: " + r["subject"], date="2026-02-26 10:41 +0100",
         refs=r["mid"], irt=r["mid"], extra=[("Thread-Topic", r["subject"])],
         body=Text(t(f"""
            Ihre Nachricht

              An: buchhaltung@kurhaus-badems.de
              Betreff: {r['subject']}
              Gesendet: Donnerstag, 26. Februar 2026 09:00:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

            wurde am Donnerstag, 26. Februar 2026 10:41:07 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.
            """), cte="quoted-printable"))

    r = R(D, "stjosef")
    mail(p(36, "empfangsbestaetigung_thunderbird_mdn"),
         lab("read_receipt", "de", rem=r, note="RFC 8098 MDN from Thunderbird, German text"),
         frm="Verwaltung St. Josef <verwaltung@stjosef-pflege.de>", to=BOT,
         subject="Empfangsbestätigung (angezeigt) - " + r["subject"], date="2026-02-27 11:58 +0100",
         extra=[("User-Agent", "Mozilla Thunderbird")],
         body=Multi("report", [
             Text(t("""
                Dies ist eine Empfangsbestätigung für die Nachricht, die Sie an verwaltung@stjosef-pflege.de gesendet haben.

                Hinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht angezeigt wurde. Es gibt keine Garantie, dass der Inhalt gelesen oder verstanden wurde.
                """), charset="UTF-8", cte="quoted-printable"),
             mdn("Mozilla Thunderbird; Thunderbird 128.8.0esr", "verwaltung@stjosef-pflege.de", r["mid"],
                 "manual-action/MDN-sent-manually; displayed"),
             rfc822_part(r, headers_only=True)], params="report-type=disposition-notification"))

    r = R(D, "gmunden")
    mail(p(37, "lesebestaetigung_webmail_mdn"),
         lab("read_receipt", "de", rem=r, note="webmail MDN, subject 'Lesebestätigung:'"),
         frm="Buchhaltung Stadthalle Gmunden <buchhaltung@stadthalle-gmunden.at>", to=BOT,
         subject="Lesebestätigung: " + r["subject"], date="2026-03-02 11:20 +0100",
         body=Multi("report", [
             Text(f"Die Nachricht \"{r['subject']}\" vom 02.03.2026 09:00 wurde am 02.03.2026 um 11:20 gelesen.\n",
                  charset="utf-8", cte="quoted-printable"),
             mdn("Open-Xchange App Suite", "buchhaltung@stadthalle-gmunden.at", r["mid"],
                 "manual-action/MDN-sent-manually; displayed")],
             params="report-type=disposition-notification"))

    r = R(D, "waldhaus")
    tok = hx("cr-waldhaus", 20)
    url = f"https://confirm.antispam-gateway.ch/c/{tok}?lang=de"
    mail(p(38, "challenge_waldhaus_link"),
         lab("challenge", "de", rem=r, challenge=url, note="challenge-response gateway, confirm by link"),
         frm="Spamschutz Hotel Waldhaus <noreply@antispam-gateway.ch>", to=BOT,
         subject="Bitte bestätigen Sie Ihre Nachricht an info@waldhaus-engadin.ch", date="2026-02-25 09:01 +0100",
         auth=authres("antispam-gateway.ch"), extra=[("Auto-Submitted", "auto-replied")], irt=r["mid"],
         body=alt(t(f"""
            Guten Tag

            Ihre E-Mail an info@waldhaus-engadin.ch mit dem Betreff
            "{r['subject']}" wurde vorläufig zurückgehalten.

            Bitte bestätigen Sie einmalig, dass Sie ein Mensch sind, indem Sie auf den folgenden
            Link klicken:

            {url}

            Nach der Bestätigung wird Ihre Nachricht zugestellt, und künftige Nachrichten von
            Ihrer Adresse erreichen den Empfänger direkt. Unbestätigte Nachrichten werden nach
            14 Tagen gelöscht.
            """)))

    r = R(D, "zirbenhof")
    caddr = f"confirm-{hx('cr-zirbe', 10)}@antispam.zirbenhof.at"
    mail(p(39, "challenge_zirbenhof_antworten"),
         lab("challenge", "de", rem=r, challenge=caddr, note="challenge-response: reply without changing the subject"),
         frm=f"Zirbenhof Spamfilter <{caddr}>", to=BOT, reply_to=caddr,
         subject="Bestätigung erforderlich: " + r["subject"], date="2026-02-27 09:02 +0100",
         auth=authres("antispam.zirbenhof.at", dkim_d="zirbenhof.at"),
         extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "junk")], irt=r["mid"],
         body=Text(t("""
            Sehr geehrte Absenderin, sehr geehrter Absender,

            um unerwünschte Werbung zu vermeiden, nehmen wir E-Mails von unbekannten Absendern
            erst nach einer einmaligen Bestätigung an.

            Bitte antworten Sie einfach auf diese E-Mail, ohne den Betreff zu ändern. Ihre
            ursprüngliche Nachricht wird danach automatisch zugestellt.

            Hotel Zirbenhof, Obergurgl
            """), cte="quoted-printable"))


def staff_and_other():
    mail(p(40, "staff_writeoff_rosengarten"),
         lab("staff_command", "de", inv="RE-26-02961", intent="other",
             note="command 'writeoff' (insolvency); not one of the reply intents -> other"),
         frm=KATRIN, to=BOT, subject="writeoff RE-26-02961", date="2026-02-27 16:10 +0100",
         auth=authres("merrow-textilservice.de", policy="reject"),
         body=Text("writeoff RE-26-02961\n\nInsolvenzverfahren eröffnet (AG Köln 74 IN 112/26), Forderung ist angemeldet.\n-- \nKatrin Vogt\n",
                   cte="quoted-printable"))

    mail(p(41, "staff_prosa_reklamation_post"),
         lab("staff_command", "de", inv="RE-26-03014", intent="dispute",
             note="staff prose: customer complains, stop reminders, Jörg handles it"),
         frm=JOERG, to=BOT, subject="Hotel Post Bezau – bitte nicht mehr mahnen",
         date="2026-02-24 11:48 +0100", auth=authres("merrow-textilservice.de", policy="reject"),
         body=Text(t("""
            Hallo,

            bitte RE-26-03014 (Hotel Post, Bezau) vorerst nicht mehr mahnen. Herr Feuerstein hat
            gerade angerufen, er reklamiert Flecken in der Tischwäsche der letzten zwei Lieferungen.
            Ich kläre das mit der Produktion und melde mich.

            Danke
            Jörg
            """), cte="quoted-printable"))

    r = R(D, "residenz")
    mail(p(42, "sonstiges_gefaelschte_rheinhaus_dmarc_fail"),
         lab("other", "de", inv="RE-26-03021", amount="5712.00", currency="EUR", needs_human=True,
             note="exact bank domain spoofed: our MX says spf/dkim/dmarc fail; a forged pass header below is not ours"),
         frm="Rheinhaus Bank eG <avis@mail.rheinhaus-bank.de>", to=BOT,
         subject="Umsatzmitteilung zu Ihrem Konto ...1390 – Bestätigung erforderlich",
         date="2026-02-26 05:47 +0100",
         auth=authres("mail.rheinhaus-bank.de", dkim="fail", spf="fail", dmarc="fail", dkim_d="rheinhaus-bank.de",
                      mailfrom="bounce.mailer-cloud7.top", policy="reject"),
         received_from="vps-2231.mailer-cloud7.top",
         pre=[("Authentication-Results", "mail.rheinhaus-bank.de; dkim=pass header.d=rheinhaus-bank.de;\n\tspf=pass; dmarc=pass header.from=rheinhaus-bank.de")],
         body=Multi("mixed", [
             Text(t("""
                Rheinhaus Bank eG – Umsatzmitteilung

                Auf Ihrem Konto ist folgende Gutschrift eingegangen:

                Auftraggeber:     Seniorenresidenz Am Park GmbH
                Verwendungszweck: RE-26-03021
                Betrag:           +5.712,00 EUR

                Aufgrund einer Sicherheitsprüfung muss die Gutschrift innerhalb von 24 Stunden
                bestätigt werden. Öffnen Sie dazu das beigefügte Formular.
                """), cte="quoted-printable"),
             Attach(b"PK\x03\x04" + bytes(range(40)), "application/zip", "Gutschrift_Bestaetigung.zip")]))

    mail(p(43, "sonstiges_angebotsanfrage"),
         lab("other", "de", needs_human=True, note="sales enquiry (request for quote) from a prospective client"),
         frm="Hotel Seeschlösschen <info@seeschloesschen-timmendorf.de>", to=BOT,
         subject="Anfrage Mietwäsche für 64 Zimmer", date="2026-02-25 14:33 +0100",
         body=alt(t("""
            Sehr geehrte Damen und Herren,

            wir übernehmen zum 01.05.2026 das Hotel Seeschlösschen in Timmendorfer Strand
            (64 Zimmer, Restaurant mit 80 Plätzen, kleiner Spa-Bereich) und suchen einen Partner
            für Mietwäsche und Wäschepflege.

            Bitte senden Sie uns ein Angebot für Zimmer-, Frottier- und Tischwäsche mit zwei
            Lieferungen pro Woche. Gerne auch einen Termin für ein Gespräch vor Ort.

            Mit freundlichen Grüßen
            Henrik Paulsen
            Direktor
            """)))

    mail(p(44, "sonstiges_newsletter_inkasso"),
         lab("other", "de", note="newsletter from a debt collection agency"),
         frm="Bonitas Inkasso <newsletter@bonitas-inkasso.de>", to=BOT,
         subject="Forderungsmanagement 2026: Was sich für Gastronomie-Lieferanten ändert",
         date="2026-02-19 07:30 +0100",
         extra=[("List-Unsubscribe", "<mailto:abmelden@bonitas-inkasso.de>"), ("Precedence", "bulk")],
         body=alt(t("""
            Bonitas Inkasso – Newsletter Februar 2026

            Zahlungsverzug in der Gastronomie: Die durchschnittliche Zahlungsdauer ist im
            vierten Quartal auf 41 Tage gestiegen.

            In dieser Ausgabe:
            - Verzugszinsen und Verzugspauschale richtig berechnen
            - Wann lohnt sich das gerichtliche Mahnverfahren?
            - Fallbeispiel: Wie ein Wäschereibetrieb seine Außenstände halbiert hat

            Jetzt lesen: https://www.bonitas-inkasso.de/newsletter/2026-02

            Sie erhalten diesen Newsletter, weil Sie sich auf bonitas-inkasso.de angemeldet haben.
            """)))


def build():
    reminders()
    invoices()
    replies()
    payments()
    machine()
    staff_and_other()

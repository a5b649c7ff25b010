"""DE desk: Germany, Austria, Switzerland (and one South Tyrol account).
Staff on norrvik-kaelte.de, invoices RE-24-3NNNN, EUR/CHF, Europe/Berlin, Vienna, Zurich."""
from lib import BOT, Part, Reminder, ar, attach, mail, multi, pdf, pdf_text_lines, raw_part, rfcdate, text
from common import A, Desk, auto_reply, reply, staff_mail
from machine import dsn, mdn, returned_message
import templates as T

STAFF_DOMAINS = ["norrvik-kaelte.de"]
STAFF = ["jana.hartmann@norrvik-kaelte.de", "stefan.brunner@norrvik-kaelte.de", "lea.wagner@norrvik-kaelte.de"]
NOTIFIERS = ["avis@rheintalbank.de", "noreply@postfinance.ch", "notifications@mollie.com"]

JANA = A("Jana Hartmann", "jana.hartmann@norrvik-kaelte.de")
STEFAN = A("Stefan Brunner", "stefan.brunner@norrvik-kaelte.de")
LEA = A("Lea Wagner", "lea.wagner@norrvik-kaelte.de")
BER, VIE, ZRH, ROM = "Europe/Berlin", "Europe/Vienna", "Europe/Zurich", "Europe/Rome"


def R(key, local, to, items, cur, name="", tz=BER):
    return Reminder("de", key, local, tz, to, items, cur, "de", name)


D1 = R("huber", "2024-10-01 09:30", "buchhaltung@metzgerei-huber.de", [("RE-24-30112", "5831.00", "2024-09-24")], "EUR")
D2 = R("lindner", "2024-10-02 10:00", "k.lindner@eiswerk-lindner.de", [("RE-24-30098", "12614.50", "2024-09-20")], "EUR", "Herr Lindner")
D3 = R("sonnleitner", "2024-10-04 09:00", "rechnungswesen@sonnleitner-bier.at", [("RE-24-30105", "8460.00", "2024-09-30")], "EUR", tz=VIE)
D4 = R("weber", "2024-10-07 09:00", "kreditoren@frische-weber.de",
       [("RE-24-30101", "3213.00", "2024-09-23"), ("RE-24-30109", "1785.00", "2024-09-30"), ("RE-24-30115", "4522.00", "2024-10-04")], "EUR")
D5 = R("alpenblick", "2024-10-08 09:30", "kreditoren@alpenblick-molkerei.ch", [("RE-24-30120", "18350.00", "2024-10-15")], "CHF", tz=ZRH)
D6 = R("nordpharm", "2024-10-08 10:00", "rechnungseingang@nordpharm-gh.de", [("RE-24-30107", "2142.00", "2024-10-01")], "EUR")
D7 = R("seeblick", "2024-10-09 09:00", "info@hotel-seeblick-konstanz.de", [("RE-24-30111", "1309.00", "2024-10-02")], "EUR")
D8 = R("petersen", "2024-10-09 09:30", "petersen@fisch-petersen.de", [("RE-24-30103", "4998.00", "2024-09-26")], "EUR", "Herr Petersen")
D9 = R("gruenkorb", "2024-10-10 09:00", "buchhaltung@gruenkorb.de", [("RE-24-30117", "952.00", "2024-10-10")], "EUR")
D10 = R("toelz", "2024-10-10 09:30", "verwaltung@eisstadion-toelz.de", [("RE-24-30108", "7140.00", "2024-10-03")], "EUR")
D11 = R("wiesinger", "2024-10-11 09:00", "office@wiesinger-konditorei.at", [("RE-24-30114", "2376.00", "2024-10-14")], "EUR", "Frau Wiesinger", tz=VIE)
D12 = R("frischmarkt", "2024-10-14 09:00", "ap@frischmarkt-sued.de", [("RE-24-30110", "15470.00", "2024-10-07")], "EUR")
D13 = R("kessler", "2024-10-14 09:30", "kreditoren@kessler-fleisch.ch", [("RE-24-30121", "6480.00", "2024-10-18")], "CHF", tz=ZRH)
D14 = R("rheinland", "2024-10-15 09:00", "b.schulte@blumen-rheinland.de", [("RE-24-30116", "3570.00", "2024-10-15")], "EUR", "Herr Schulte")
D15 = R("moser", "2024-10-16 09:00", "c.moser@moser-gastro.at", [("RE-24-30119", "1428.00", "2024-10-20")], "EUR", "Frau Moser", tz=VIE)
D16 = R("hofer", "2024-10-16 09:05", "r.hofer@hofer-eis.at", [("RE-24-30113", "2940.00", "2024-10-09")], "EUR", tz=VIE)
D17 = R("schmid", "2024-10-17 09:00", "buchhaltung@baeckerei-schmid-ulm.de", [("RE-24-30104", "1071.00", "2024-09-27")], "EUR")
D18 = R("medica", "2024-10-17 09:30", "finanzen@labor-medica.ch", [("RE-24-30118", "3240.00", "2024-10-10")], "CHF", tz=ZRH)
D19 = R("berger", "2024-10-11 09:10", "m.berger@berger-tiefkuehl.de", [("RE-24-30122", "6902.00", "2024-10-16")], "EUR", "Herr Berger")
D20 = R("jura", "2024-10-18 09:00", "compta@fromagerie-jura.ch", [("RE-24-30123", "4120.00", "2024-10-25")], "CHF", tz=ZRH)
D21 = R("dolomiti", "2024-10-25 09:00", "amministrazione@gelateria-dolomiti.it", [("RE-24-30124", "2618.00", "2024-10-31")], "EUR", tz=ROM)
D22 = R("ostfriesland", "2024-10-21 09:00", "einkauf@kuehlhaus-ostfriesland.de", [("RE-24-30125", "3867.50", "2024-10-14")], "EUR")
D23 = R("engadin", "2024-10-22 09:00", "info@bergbahnen-engadin.ch", [("RE-24-30126", "2150.00", "2024-10-15")], "CHF", tz=ZRH)

CII = """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
    xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
    xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>
    <ram:GuidelineSpecifiedDocumentContextParameter>
      <ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID>
    </ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>RE-24-30143</ram:ID>
    <ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">20241016</udt:DateTimeString></ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>
      <ram:SpecifiedTradeProduct><ram:Name>Wartung Kühllager +2/+8 °C inkl. Temperaturmapping</ram:Name></ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>3600.00</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">1</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
      <ram:SpecifiedLineTradeSettlement>
        <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
        <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>3600.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
      </ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>
    <ram:ApplicableHeaderTradeAgreement>
      <ram:BuyerReference>NP-2024-7781</ram:BuyerReference>
      <ram:SellerTradeParty>
        <ram:Name>Norrvik Kältetechnik GmbH</ram:Name>
        <ram:PostalTradeAddress><ram:PostcodeCode>68219</ram:PostcodeCode><ram:CityName>Mannheim</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE287744196</ram:ID></ram:SpecifiedTaxRegistration>
      </ram:SellerTradeParty>
      <ram:BuyerTradeParty>
        <ram:Name>Nordpharm Apotheken-Großhandel GmbH</ram:Name>
        <ram:PostalTradeAddress><ram:PostcodeCode>22113</ram:PostcodeCode><ram:CityName>Hamburg</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
      </ram:BuyerTradeParty>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeDelivery>
      <ram:ActualDeliverySupplyChainEvent><ram:OccurrenceDateTime><udt:DateTimeString format="102">20241011</udt:DateTimeString></ram:OccurrenceDateTime></ram:ActualDeliverySupplyChainEvent>
    </ram:ApplicableHeaderTradeDelivery>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:PaymentReference>RE-24-30143</ram:PaymentReference>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradeSettlementPaymentMeans>
        <ram:TypeCode>58</ram:TypeCode>
        <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>DE44660908000012345678</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
      </ram:SpecifiedTradeSettlementPaymentMeans>
      <ram:ApplicableTradeTax>
        <ram:CalculatedAmount>684.00</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode>
        <ram:BasisAmount>3600.00</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent>
      </ram:ApplicableTradeTax>
      <ram:SpecifiedTradePaymentTerms>
        <ram:Description>Zahlbar innerhalb von 30 Tagen ohne Abzug</ram:Description>
        <ram:DueDateDateTime><udt:DateTimeString format="102">20241115</udt:DateTimeString></ram:DueDateDateTime>
      </ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>3600.00</ram:LineTotalAmount>
        <ram:TaxBasisTotalAmount>3600.00</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">684.00</ram:TaxTotalAmount>
        <ram:GrandTotalAmount>4284.00</ram:GrandTotalAmount>
        <ram:DuePayableAmount>4284.00</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"""


def build():
    d = Desk("de")
    add = d.add

    # ------------------------------------------------------------ invoice copies
    add("rechnung_huber_wartung", staff_mail(
        "de-i1", JANA, A("Metzgerei Huber Buchhaltung", "buchhaltung@metzgerei-huber.de"),
        "Rechnung RE-24-30140 – Wartung Kühlzellen", rfcdate("2024-10-14 10:21:44", BER),
        text("""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung für die Herbstwartung Ihrer drei
Kühlzellen und des Tiefkühlraums in Freising.

  Rechnungsnummer:  RE-24-30140
  Rechnungsdatum:   14.10.2024
  Leistungsdatum:   08.10.2024

  Nettobetrag                 1.450,00 €
  zzgl. 19 % USt.               275,50 €
  Rechnungsbetrag             1.725,50 €

Zahlbar innerhalb von 14 Tagen ohne Abzug auf unser Konto bei der
Rheintalbank eG, IBAN DE44 6609 0800 0012 3456 78.

Mit freundlichen Grüßen
Jana Hartmann
Buchhaltung · Norrvik Kältetechnik GmbH · Industriestraße 41 · 68219 Mannheim
""")),
        kind="invoice_copy", language="de", invoice_numbers="RE-24-30140", amount="1725.50", currency="EUR",
        issue_date="2024-10-14", due_date="2024-10-28", payment_terms_days="14", needs_human=False, note="")

    add("rechnung_weber_skonto", staff_mail(
        "de-i2", JANA, A("Frische Weber Kreditoren", "kreditoren@frische-weber.de"),
        "Ihre Rechnung RE-24-30141", rfcdate("2024-10-15 11:05:09", BER),
        text("""Guten Tag,

für den Austausch der Verflüssigerlüfter an der Verbundanlage Halle B
berechnen wir Ihnen:

Rechnung RE-24-30141 vom 15.10.2024
Netto:          7.800,00 EUR
USt. 19 %:      1.482,00 EUR
Brutto:         9.282,00 EUR

Zahlungsbedingungen: innerhalb von 10 Tagen mit 2 % Skonto
(= 9.096,36 EUR), innerhalb von 30 Tagen netto.

Freundliche Grüße
Jana Hartmann
Norrvik Kältetechnik GmbH
""")),
        kind="invoice_copy", language="de", invoice_numbers="RE-24-30141", amount="9282.00", currency="EUR",
        issue_date="2024-10-15", due_date="2024-11-14", payment_terms_days="30", needs_human=False,
        note="Skonto option (9,096.36 within 10 days) is not the amount due; 30 days net")

    add("rechnung_ostalb_abschlag", staff_mail(
        "de-i3", LEA, A("Fleischwerk Ostalb GmbH", "rechnungen@fleischwerk-ostalb.de"),
        "1. Abschlagsrechnung RE-24-30142 – Neubau Tiefkühllager", rfcdate("2024-10-16 14:48:30", BER),
        text("""Sehr geehrte Damen und Herren,

gemäß Auftrag AB-2024-0381 vom 02.09.2024 stellen wir Ihnen die erste
Abschlagszahlung in Rechnung.

  Auftragssumme netto                         148.750,00 €
  Auftragssumme brutto                        177.012,50 €

  1. Abschlag, 30 % der Auftragssumme          44.625,00 €
  zzgl. 19 % USt.                               8.478,75 €
  Rechnungsbetrag RE-24-30142                  53.103,75 €

Rechnungsdatum: 16.10.2024
Der Rechnungsbetrag ist sofort nach Erhalt ohne Abzug zur Zahlung fällig.

Mit freundlichen Grüßen
Lea Wagner
Projektabrechnung, Norrvik Kältetechnik GmbH
""")),
        kind="invoice_copy", language="de", invoice_numbers="RE-24-30142", amount="53103.75", currency="EUR",
        issue_date="2024-10-16", due_date="2024-10-16", payment_terms_days="", needs_human=False,
        note="down payment vs contract value (148,750 net / 177,012.50 gross); 'sofort nach Erhalt' -> due = issue")

    add("rechnung_nordpharm_xrechnung_only", staff_mail(
        "de-i4", JANA, "rechnungseingang@nordpharm-gh.de", "Rechnung RE-24-30143", rfcdate("2024-10-16 15:30:02", BER),
        multi("mixed", [text("""Sehr geehrte Damen und Herren,

wie gewünscht erhalten Sie unsere Rechnung als XRechnung (CII) im Anhang.

Mit freundlichen Grüßen
Jana Hartmann
""", cte="quoted-printable"), attach(CII.encode("utf-8"), "application/xml", "RE-24-30143_xrechnung.xml")], "de-i4")),
        kind="invoice_copy", language="de", invoice_numbers="RE-24-30143", amount="4284.00", currency="EUR",
        issue_date="2024-10-16", due_date="2024-11-15", payment_terms_days="30", needs_human=False,
        note="facts only in the XRechnung CII attachment (DuePayableAmount 4284.00, DueDate 2024-11-15)")

    inv5 = pdf(pdf_text_lines([
        (16, "NORRVIK KÄLTETECHNIK GMBH"),
        "Industriestraße 41 · 68219 Mannheim · USt-IdNr. DE287744196",
        None,
        "Kessler Fleischwaren AG, Kreditorenbuchhaltung, Hardturmstrasse 120, 8005 Zürich",
        None,
        (14, "RECHNUNG"),
        "Rechnungsnummer: RE-24-30144",
        "Rechnungsdatum: 17.10.2024",
        "Ihre Bestellung: KF-BE-24-1187",
        None,
        "Pos.  Bezeichnung                                         Betrag CHF",
        "1     Druckprüfung und Dichtheitskontrolle CO2-Anlage       2'860.00",
        "2     Austausch Sicherheitsventile (2 Stück)                1'780.00",
        "3     Servicetechniker, 13 Std. à CHF 100.00                1'300.00",
        None,
        "Gesamtbetrag                                             CHF 5'940.00",
        "Leistungsort Schweiz - Steuerschuldnerschaft des Leistungsempfängers.",
        None,
        "Zahlbar bis 15.11.2024 ohne Abzug.",
        "PostFinance AG, IBAN CH56 0900 0000 8765 4321 0",
    ]), "de-i5", title="Rechnung RE-24-30144")
    add("rechnung_kessler_pdf_chf_bcc", staff_mail(
        "de-i5", STEFAN, A("Kessler Fleischwaren AG", "kreditoren@kessler-fleisch.ch"),
        "Rechnung Druckprüfung CO2-Anlage", rfcdate("2024-10-17 17:02:51", BER),
        multi("mixed", [text("""Grüezi Herr Gisler,

anbei die Rechnung zur Druckprüfung letzte Woche. Das Prüfprotokoll
schicke ich Ihnen separat.

Beste Grüße
Stefan Brunner
Serviceleitung · Norrvik Kältetechnik GmbH · +49 621 4471 230
"""), attach(inv5, "application/pdf", "RE-24-30144.pdf")], "de-i5"), bcc=True),
        kind="invoice_copy", language="de", invoice_numbers="RE-24-30144", amount="5940.00", currency="CHF",
        issue_date="2024-10-17", due_date="2024-11-15", payment_terms_days="", needs_human=False,
        note="facts only in PDF; Swiss number format 5'940.00; Bcc; fixed due date")

    add("rechnung_kramer_schlussrechnung", staff_mail(
        "de-i6", LEA, A("Großbäckerei Kramer GmbH", "buchhaltung@grossbaeckerei-kramer.de"),
        "Schlussrechnung RE-24-30145 – Kälteanlage Teigruhe", rfcdate("2024-10-18 09:12:17", BER),
        text("""Sehr geehrte Frau Kramer,

nach erfolgter Abnahme am 10.10.2024 erhalten Sie unsere Schlussrechnung.

Schlussrechnung RE-24-30145 vom 18.10.2024

  Gesamtleistung netto                             96.000,00 €
  zzgl. 19 % USt.                                  18.240,00 €
  Gesamtleistung brutto                           114.240,00 €

  abzgl. Abschlagsrechnung RE-24-30062 (netto)    -30.000,00 €
  abzgl. Abschlagsrechnung RE-24-30088 (netto)    -30.000,00 €
  verbleibend netto                                36.000,00 €
  zzgl. 19 % USt.                                   6.840,00 €

  Zahlbetrag                                       42.840,00 €

Zahlungsziel: 30 Tage ab Rechnungsdatum.

Mit freundlichen Grüßen
Lea Wagner
""")),
        kind="invoice_copy", language="de", invoice_numbers="RE-24-30145", amount="42840.00", currency="EUR",
        issue_date="2024-10-18", due_date="2024-11-17", payment_terms_days="30", needs_human=False,
        note="final invoice: total 114,240 gross vs Zahlbetrag 42,840 after two earlier down-payment invoices (RE-24-30062, RE-24-30088 mentioned, not this invoice)")

    html7 = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Sehr geehrte Frau Wiesinger,</p>
<p>vielen Dank für Ihren Auftrag. Anbei unsere Rechnung:</p>
<table style="border-collapse:collapse" border="1" cellpadding="5">
<tr><td>Rechnungsnummer</td><td>RE-24-30146</td></tr>
<tr><td>Rechnungsdatum</td><td>21.10.2024</td></tr>
<tr><td>Leistung</td><td>Einbau Schockfroster SF-10, Backstube Wien-Neubau</td></tr>
<tr><td>Nettobetrag</td><td style="text-align:right">2.860,00&nbsp;&euro;</td></tr>
<tr><td>USt.</td><td style="text-align:right">0,00&nbsp;&euro;</td></tr>
<tr><td><strong>Gesamtbetrag</strong></td><td style="text-align:right"><strong>2.860,00&nbsp;&euro;</strong></td></tr>
</table>
<p>Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge), Ihre UID: ATU68812345.</p>
<p>Zahlungsziel: 30 Tage netto.</p>
<p>Mit freundlichen Grüßen<br>Jana Hartmann<br>Norrvik Kältetechnik GmbH</p>
</body></html>"""
    add("rechnung_wiesinger_html_reverse_charge", staff_mail(
        "de-i7", JANA, A("Konditorei Wiesinger", "office@wiesinger-konditorei.at"), "Rechnung RE-24-30146",
        rfcdate("2024-10-21 13:40:00", BER), text(html7, sub="html", cte="base64")),
        kind="invoice_copy", language="de", invoice_numbers="RE-24-30146", amount="2860.00", currency="EUR",
        issue_date="2024-10-21", due_date="2024-11-20", payment_terms_days="30", needs_human=False,
        note="HTML-only, base64; reverse charge so total = net")

    add("rechnung_berger_zwei_rechnungen", staff_mail(
        "de-i8", STEFAN, A("Berger Tiefkühlkost", "m.berger@berger-tiefkuehl.de"),
        "Rechnungen RE-24-30147 / RE-24-30148", rfcdate("2024-10-22 16:15:33", BER),
        text("""Hallo Herr Berger,

wie besprochen zwei getrennte Rechnungen, weil die Notdienstpauschale
über Ihre Versicherung läuft:

- RE-24-30147: Notdiensteinsatz Samstag 12.10., Pauschale + Anfahrt,
  1.071,00 € brutto
- RE-24-30148: Austausch Expansionsventil und Trockner Tiefkühlzelle 4,
  3.332,00 € brutto

Beide vom 22.10.2024, zahlbar innerhalb 14 Tagen.

Gruß
Stefan Brunner
""")),
        kind="invoice_copy", language="de", invoice_numbers="RE-24-30147;RE-24-30148", amount="", currency="EUR",
        issue_date="2024-10-22", due_date="2024-11-05", payment_terms_days="14", needs_human=True,
        note="two invoices in one mail (1,071.00 and 3,332.00); amount left empty")

    add("rechnung_rheinland_iso8859_15", staff_mail(
        "de-i9", JANA, A("Blumen Großmarkt Rheinland", "b.schulte@blumen-rheinland.de", "iso-8859-15"),
        "Rechnung RE-24-30149 - Kühlhaus Schnittblumen", rfcdate("2024-10-23 10:02:26", BER),
        text("""Sehr geehrter Herr Schulte,

beigefügt unsere Rechnung RE-24-30149 vom 23.10.2024 über die
Nachrüstung der Befeuchtungsanlage im Schnittblumen-Kühlhaus.

Rechnungsbetrag: 3.927,00 € (inkl. 19 % USt.)
Zahlbar bis zum 08.11.2024 ohne Abzug.

Die Gutschrift GS-24-0007 über 595,00 € zu Rechnung RE-24-30116
erhalten Sie separat; sie ist hier nicht verrechnet.

Mit freundlichen Grüßen
Jana Hartmann
""", cs="iso-8859-15", cte="quoted-printable"), hcs="iso-8859-15"),
        kind="invoice_copy", language="de", invoice_numbers="RE-24-30149", amount="3927.00", currency="EUR",
        issue_date="2024-10-23", due_date="2024-11-08", payment_terms_days="", needs_human=False,
        note="ISO-8859-15 (euro sign 0xA4) QP; mentions another invoice RE-24-30116 and a credit note that are not this invoice")

    add("rechnung_rheinauen_miete_sepa", staff_mail(
        "de-i10", LEA, A("Rheinauen Catering", "events@rheinauen-catering.de"),
        "Mietrechnung Kühlcontainer November 2024 (RE-24-30150)", rfcdate("2024-10-25 08:55:40", BER),
        text("""Sehr geehrte Damen und Herren,

für die Miete des Kühlcontainers KC-20 (Standort Rheinauen, Bonn) im
November 2024 berechnen wir:

  Monatsmiete netto     1.000,00 €
  USt. 19 %               190,00 €
  Gesamt                1.190,00 €

Rechnungsnummer RE-24-30150, Rechnungsdatum 25.10.2024.
Fällig am 01.11.2024. Der Betrag wird zum Fälligkeitstag per
SEPA-Lastschrift (Mandatsreferenz NKT-M-0042) von Ihrem Konto eingezogen.

Mit freundlichen Grüßen
Lea Wagner
""")),
        kind="invoice_copy", language="de", invoice_numbers="RE-24-30150", amount="1190.00", currency="EUR",
        issue_date="2024-10-25", due_date="2024-11-01", payment_terms_days="", needs_human=False,
        note="collected by SEPA direct debit on the due date")

    # ------------------------------------------------------------ client replies
    add("antwort_huber_ende_naechster_woche_nach_mitternacht", reply(
        "de-r1", D1, A("Anton Huber", "buchhaltung@metzgerei-huber.de"), rfcdate("2024-10-07 00:25:12", BER),
        """Hallo,

sorry für die späte Rückmeldung, bei uns war die letzten Tage Land unter.
Wir überweisen den Betrag Ende nächster Woche.

Viele Grüße
Anton Huber
Metzgerei Huber GmbH
"""),
        kind="client_reply", language="de", invoice_numbers="RE-24-30112", currency="EUR", intent="promise",
        promised_date="2024-10-18", original_message_id=D1.id, needs_human=False,
        note="Mon 07 Oct 00:25 CEST = Sun 06 Oct 22:25 UTC; 'Ende nächster Woche' from Monday = Fri 18 Oct (from Sunday it would be 11 Oct)")

    add("antwort_lindner_reklamation", reply(
        "de-r2", D2, A("Klaus Lindner", "k.lindner@eiswerk-lindner.de"), rfcdate("2024-10-02 16:48:03", BER),
        """Sehr geehrte Damen und Herren,

die Rechnung RE-24-30098 werden wir in der jetzigen Form nicht begleichen.

Der im August getauschte Verdichter an Anlage 2 fällt seit der Reparatur
regelmäßig mit Hochdruckstörung aus. Ihr Techniker war inzwischen zweimal
bei uns, ohne dass der Fehler behoben ist. Wir behalten die Zahlung ein,
bis die Anlage störungsfrei läuft – sobald das der Fall ist, überweisen
wir umgehend.

Mit freundlichen Grüßen
Klaus Lindner
Geschäftsführer, Eiswerk Lindner KG
""", style="outlook"),
        kind="client_reply", language="de", invoice_numbers="RE-24-30098", currency="EUR", intent="dispute",
        original_message_id=D2.id, needs_human=True,
        note="withholds payment over faulty repair; the 'then we pay at once' is a condition, not a dated promise")

    add("antwort_weber_aufteilung", reply(
        "de-r3", D4, A("Frische Weber Kreditorenbuchhaltung", "kreditoren@frische-weber.de"), rfcdate("2024-10-08 14:12:45", BER),
        """Guten Tag,

wir haben heute 8.000,00 EUR an Sie überwiesen, aufgeteilt wie folgt:

  RE-24-30101   3.213,00
  RE-24-30109   1.785,00
  RE-24-30115   3.002,00 (Teilzahlung)

Der Rest auf RE-24-30115 geht mit unserem nächsten Zahllauf raus.

Mit freundlichen Grüßen
Petra Kolb
Kreditorenbuchhaltung
Frische Weber GmbH & Co. KG
"""),
        kind="client_reply", language="de", invoice_numbers="RE-24-30101;RE-24-30109;RE-24-30115", amount="8000.00",
        currency="EUR", intent="paid_claim", payment_date="2024-10-08",
        allocations="RE-24-30101=3213.00;RE-24-30109=1785.00;RE-24-30115=3002.00", original_message_id=D4.id,
        needs_human=True, note="split payment claim with allocations; remainder 1,520.00 on an undated next payment run")

    add("antwort_nordpharm_nicht_erhalten", reply(
        "de-r4", D6, A("Nordpharm Rechnungsprüfung", "rechnungseingang@nordpharm-gh.de"), rfcdate("2024-10-08 13:30:10", BER),
        """Sehr geehrte Damen und Herren,

die genannte Rechnung RE-24-30107 liegt uns nicht vor.

Bitte beachten Sie, dass wir seit dem 01.07.2024 ausschließlich
elektronische Rechnungen (XRechnung oder ZUGFeRD ab Profil EN 16931)
verarbeiten, zugestellt an rechnungseingang@nordpharm-gh.de. Reine
PDF-Rechnungen werden nicht mehr angenommen. Senden Sie uns die
Rechnung bitte erneut im passenden Format zu.

Mit freundlichen Grüßen
Rechnungsprüfung
Nordpharm Apotheken-Großhandel GmbH
"""),
        kind="client_reply", language="de", invoice_numbers="RE-24-30107", currency="EUR", intent="not_received",
        original_message_id=D6.id, needs_human=True, note="asks for resend as e-invoice")

    add("antwort_seeblick_stop", reply(
        "de-r5", D7, A("Sabine Keller", "info@hotel-seeblick-konstanz.de"), rfcdate("2024-10-09 11:03:22", BER),
        """Hallo,

bitte hören Sie auf, uns diese automatischen Zahlungserinnerungen zu
schicken. Herr Brunner von Ihrer Firma weiß, dass wir die Rechnung erst
nach Saisonende begleichen – das ist so abgesprochen. Wenn es Fragen
gibt, rufen Sie mich bitte direkt an: 07531 889 20.

Freundliche Grüße
Sabine Keller
Hotel Seeblick Konstanz
"""),
        kind="client_reply", language="de", invoice_numbers="RE-24-30111", currency="EUR", intent="stop",
        original_message_id=D7.id, needs_human=True,
        note="stop; also claims an arrangement with staff (pay after season end, undated)")

    add("antwort_petersen_ratenzahlung", reply(
        "de-r6", D8, A("Hauke Petersen", "petersen@fisch-petersen.de"), rfcdate("2024-10-09 18:20:31", BER),
        """Moin,

die Saison war leider mau und die Kasse ist gerade knapp. Können wir die
4.998,00 € in drei Raten zu je 1.666,00 € zahlen, jeweils zum Monatsende,
erste Rate Ende Oktober? Dann bin ich bis Jahresende sauber.

Gruß aus Kiel
Hauke Petersen
Fischhandel Petersen
"""),
        kind="client_reply", language="de", invoice_numbers="RE-24-30103", amount="1666.00", currency="EUR",
        intent="plan_request", original_message_id=D8.id, needs_human=True, note="3 x 1,666.00 at month end from October")

    add("antwort_gruenkorb_nicht_vor_dem_31", reply(
        "de-r7", D9, A("Biomarkt Grünkorb Buchhaltung", "buchhaltung@gruenkorb.de"), rfcdate("2024-10-10 15:44:09", BER),
        """Guten Tag,

vor dem 31. Oktober können wir die Rechnung leider nicht bezahlen, da
unser Zahllauf nur einmal im Monat stattfindet. Am 31.10. ist sie dann
aber auf jeden Fall dabei.

Freundliche Grüße
M. Yilmaz
Biomarkt Grünkorb GmbH
"""),
        kind="client_reply", language="de", invoice_numbers="RE-24-30117", currency="EUR", intent="promise",
        promised_date="2024-10-31", original_message_id=D9.id, needs_human=False,
        note="negated phrasing ('nicht vor dem 31.') carrying a positive promise for 31 Oct")

    add("antwort_toelz_stadtrat_bedingt", reply(
        "de-r8", D10, A("Eisstadion Bad Tölz – Verwaltung", "verwaltung@eisstadion-toelz.de"), rfcdate("2024-10-11 10:17:55", BER),
        """Sehr geehrte Damen und Herren,

die Rechnung RE-24-30108 ist sachlich und rechnerisch geprüft. Die
Auszahlung kann allerdings erst erfolgen, wenn der Stadtrat in seiner
Sitzung am 24. Oktober den Nachtragshaushalt beschlossen hat. Wir gehen
davon aus, dass die Überweisung dann in der Woche darauf erfolgt.

Mit freundlichen Grüßen
i. A. Martina Obermaier
Eisstadion Bad Tölz – Eigenbetrieb der Stadt
""", style="outlook"),
        kind="client_reply", language="de", invoice_numbers="RE-24-30108", currency="EUR", intent="promise",
        promised_date="", original_message_id=D10.id, needs_human=True,
        note="conditional on council budget vote 24 Oct; only a vague 'week after' (28 Oct-1 Nov), so no promised_date")

    add("antwort_wiesinger_frage", reply(
        "de-r9", D11, A("Christine Wiesinger", "office@wiesinger-konditorei.at"), rfcdate("2024-10-11 12:30:48", VIE),
        """Grüß Gott,

eine kurze Frage zur Rechnung RE-24-30114: Deckt die Wartungspauschale
schon das ganze Jahr 2025 ab oder nur das restliche Jahr 2024? Im Vertrag
steht „jährlich im Voraus“, das ist für unsere Buchhaltung wichtig wegen
der Abgrenzung.

Liebe Grüße aus Wien
Christine Wiesinger
"""),
        kind="client_reply", language="de", invoice_numbers="RE-24-30114", currency="EUR", intent="question",
        original_message_id=D11.id, needs_human=True, note="Austrian German")

    add("antwort_frischmarkt_freitag_angewiesen", reply(
        "de-r10", D12, A("Frischmarkt Süd Kreditoren", "ap@frischmarkt-sued.de"), rfcdate("2024-10-14 10:41:37", BER),
        """Sehr geehrte Damen und Herren,

die Rechnung wurde am vergangenen Freitag zur Zahlung angewiesen und
sollte in den nächsten Tagen auf Ihrem Konto eingehen.

Mit freundlichen Grüßen
Kreditorenbuchhaltung
Frischmarkt Süd GmbH
"""),
        kind="client_reply", language="de", invoice_numbers="RE-24-30110", currency="EUR", intent="paid_claim",
        payment_date="2024-10-11", original_message_id=D12.id, needs_human=True,
        note="'am vergangenen Freitag' from Mon 14 Oct = 2024-10-11")

    add("antwort_kessler_qr_rechnung", reply(
        "de-r11", D13, A("Reto Gisler", "kreditoren@kessler-fleisch.ch"), rfcdate("2024-10-14 14:05:19", ZRH),
        """Grüezi

Damit wir die Rechnung im E-Banking erfassen können, benötigen wir eine
QR-Rechnung oder zumindest Ihre IBAN für Zahlungen in CHF. Auf der
Rechnung ist nur ein EUR-Konto in Deutschland angegeben.

Freundliche Grüsse
Reto Gisler
Kreditorenbuchhaltung, Kessler Fleischwaren AG
"""),
        kind="client_reply", language="de", invoice_numbers="RE-24-30121", currency="CHF", intent="payment_details",
        original_message_id=D13.id, needs_human=True, note="Swiss German spelling (ss)")

    add("antwort_rheinland_teilweise_bestritten", reply(
        "de-r12", D14, A("Bernd Schulte", "b.schulte@blumen-rheinland.de"), rfcdate("2024-10-15 16:22:04", BER),
        """Hallo Frau Hartmann,

den unstrittigen Teil von 2.975,00 € überweisen wir bis Freitag. Die
zweite Technikerstunde plus Anfahrt (595,00 € brutto) erkennen wir
nicht an – Ihr Monteur war laut Stundenzettel nur 50 Minuten vor Ort.
Bitte schicken Sie uns dafür eine Gutschrift.

Gruß
Bernd Schulte
"""),
        kind="client_reply", language="de", invoice_numbers="RE-24-30116", amount="595.00", currency="EUR",
        intent="dispute", promised_date="", original_message_id=D14.id, needs_human=True,
        note="promise (2,975.00 by Fri 18 Oct) + dispute (595.00) -> dispute, promised_date empty")

    add("antwort_moser_korrektur_montag", reply(
        "de-r13", D15, A("Claudia Moser", "c.moser@moser-gastro.at"), rfcdate("2024-10-23 16:20:11", VIE),
        """Hallo nochmals,

Korrektur zu meiner gestrigen Nachricht: Die Überweisung geht doch nicht
morgen raus, unsere Buchhaltung ist diese Woche unterbesetzt. Wir zahlen
am Montag, den 28.10.

Lg Claudia Moser

-----Ursprüngliche Nachricht-----
Von: Claudia Moser <c.moser@moser-gastro.at>
Gesendet: Dienstag, 22. Oktober 2024 11:02
An: ar@norrvik-cold.com
Betreff: AW: Zahlungserinnerung: Rechnung RE-24-30119

Hallo, die Rechnung RE-24-30119 überweisen wir morgen. Lg C. Moser
""", quote=True, style="outlook"),
        kind="client_reply", language="de", invoice_numbers="RE-24-30119", currency="EUR", intent="promise",
        promised_date="2024-10-28", original_message_id=D15.id, needs_human=False,
        note="retracts the earlier 'morgen' (quoted) and replaces it with Mon 28 Oct")

    # ------------------------------------------------------------ payment confirmations
    def rtb(seed, date, body):
        return mail(seed, A("Rheintalbank eG – Kontoinformation", "avis@rheintalbank.de"), BOT,
                    "Umsatzbenachrichtigung – Gutschrift auf Konto ...5678", date, text(body), auth=ar("rheintalbank.de"))

    add("zahlung_rheintalbank_sonnleitner", rtb("de-p1", rfcdate("2024-10-10 06:45:00", BER), """Sehr geehrte Kundin, sehr geehrter Kunde,

auf Ihrem Konto ist folgender Umsatz eingegangen:

Konto:              DE44 6609 0800 0012 3456 78 (Norrvik Kältetechnik GmbH)
Buchungstag:        10.10.2024
Wertstellung:       10.10.2024
Umsatzart:          SEPA-Gutschrift
Betrag:             +8.460,00 EUR
Auftraggeber:       Brauerei Sonnleitner GmbH
IBAN Auftraggeber:  AT61 3500 0000 0123 4567
Verwendungszweck:   RE-24-30105 Wartung Gärkeller

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
Rheintalbank eG
"""),
        kind="payment_confirmation", language="de", invoice_numbers="RE-24-30105", amount="8460.00", currency="EUR",
        payment_date="2024-10-10", payment_full=True, needs_human=False, note="")

    add("zahlung_rheintalbank_weber_aufgeteilt", rtb("de-p2", rfcdate("2024-10-09 06:45:00", BER), """Sehr geehrte Kundin, sehr geehrter Kunde,

auf Ihrem Konto ist folgender Umsatz eingegangen:

Konto:              DE44 6609 0800 0012 3456 78 (Norrvik Kältetechnik GmbH)
Buchungstag:        09.10.2024
Wertstellung:       09.10.2024
Umsatzart:          SEPA-Gutschrift
Betrag:             +8.000,00 EUR
Auftraggeber:       FRISCHE WEBER GMBH & CO. KG
Verwendungszweck:   RE-24-30101 3213,00 RE-24-30109 1785,00
                    RE-24-30115 3002,00 TEILZ.

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
Rheintalbank eG
"""),
        kind="payment_confirmation", language="de", invoice_numbers="RE-24-30101;RE-24-30109;RE-24-30115", amount="8000.00",
        currency="EUR", payment_date="2024-10-09", payment_full=False,
        allocations="RE-24-30101=3213.00;RE-24-30109=1785.00;RE-24-30115=3002.00", needs_human=False,
        note="split over three invoices; RE-24-30115 short by 1,520.00 (declared part payment)")

    add("zahlung_rheintalbank_frischmarkt_skonto", rtb("de-p3", rfcdate("2024-10-15 06:45:00", BER), """Sehr geehrte Kundin, sehr geehrter Kunde,

auf Ihrem Konto ist folgender Umsatz eingegangen:

Konto:              DE44 6609 0800 0012 3456 78 (Norrvik Kältetechnik GmbH)
Buchungstag:        15.10.2024
Wertstellung:       15.10.2024
Umsatzart:          SEPA-Gutschrift
Betrag:             +15.160,60 EUR
Auftraggeber:       Frischmarkt Sued GmbH
Verwendungszweck:   RE-24-30110 abzgl. 2% Skonto 309,40

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
Rheintalbank eG
"""),
        kind="payment_confirmation", language="de", invoice_numbers="RE-24-30110", amount="15160.60", currency="EUR",
        payment_date="2024-10-15", payment_full=False, needs_human=True,
        note="client deducted 2% Skonto (309.40) although the invoice was already overdue; staff must decide")

    add("zahlung_postfinance_alpenblick_chf", mail(
        "de-p4", A("PostFinance", "noreply@postfinance.ch"), BOT, "Gutschrift auf Ihrem Konto CH56 ... 4321 0",
        rfcdate("2024-10-17 07:30:12", ZRH),
        text("""Guten Tag

Auf Ihrem Konto wurde folgende Gutschrift verbucht:

Konto        CH56 0900 0000 8765 4321 0
Valuta       17.10.2024
Betrag       CHF 18'350.00
Auftraggeber Molkerei Alpenblick AG, 9100 Herisau
Mitteilung   RE-24-30120

Freundliche Grüsse
PostFinance AG

Dies ist eine automatisch generierte Nachricht.
"""), auth=ar("postfinance.ch")),
        kind="payment_confirmation", language="de", invoice_numbers="RE-24-30120", amount="18350.00", currency="CHF",
        payment_date="2024-10-17", payment_full=True, needs_human=False, note="Swiss apostrophe thousands separator")

    mollie_html = """<html><body style="font-family:Arial,sans-serif">
<h3>Neue Zahlung erhalten</h3>
<p>Sie haben eine Zahlung über <b>952,00&nbsp;&euro;</b> erhalten.</p>
<table>
<tr><td>Zahlungs-ID</td><td>tr_WDqYK6vllg</td></tr>
<tr><td>Beschreibung</td><td>Rechnung RE-24-30117</td></tr>
<tr><td>Kunde</td><td>Biomarkt Grünkorb GmbH</td></tr>
<tr><td>Methode</td><td>SEPA-Überweisung</td></tr>
<tr><td>Datum</td><td>31.10.2024 11:02</td></tr>
</table>
<p>Mollie B.V. &middot; Keizersgracht 126 &middot; Amsterdam</p>
</body></html>"""
    add("zahlung_mollie_gruenkorb", mail(
        "de-p5", A("Mollie", "notifications@mollie.com"), BOT, "Zahlung erhalten: 952,00 € – Rechnung RE-24-30117",
        rfcdate("2024-10-31 11:02:40", BER),
        multi("alternative", [text("""Neue Zahlung erhalten

Betrag:        952,00 €
Zahlungs-ID:   tr_WDqYK6vllg
Beschreibung:  Rechnung RE-24-30117
Kunde:         Biomarkt Grünkorb GmbH
Methode:       SEPA-Überweisung
Datum:         31.10.2024 11:02
"""), text(mollie_html, sub="html")], "de-p5"), auth=ar("mollie.com")),
        kind="payment_confirmation", language="de", invoice_numbers="RE-24-30117", amount="952.00", currency="EUR",
        payment_date="2024-10-31", payment_full=True, needs_human=False, note="kept the 31 Oct promise")

    # ------------------------------------------------------------ forged
    add("sonstiges_postfinance_gefaelscht", mail(
        "de-f1", A("PostFinance", "noreply@postfinance.ch"), BOT, "Gutschrift auf Ihrem Konto CH56 ... 4321 0",
        rfcdate("2024-10-21 22:14:09", ZRH),
        text("""Guten Tag

Auf Ihrem Konto wurde folgende Gutschrift verbucht:

Konto        CH56 0900 0000 8765 4321 0
Valuta       21.10.2024
Betrag       CHF 6'480.00
Auftraggeber Kessler Fleischwaren AG, 8005 Zürich
Mitteilung   RE-24-30121

Die Gutschrift ist vorgemerkt. Zur Freigabe bestätigen Sie bitte Ihre
Kontodaten unter https://postfinance-ch.kontofreigabe.net/login

Freundliche Grüsse
PostFinance AG
"""),
        auth=ar("postfinance.ch", dkim="fail", spf="fail", dmarc="fail", dkim_d="postfinance-info.com",
                mailfrom="noreply@postfinance-info.com"),
        received="from vps-41-77.hostrapid.net (vps-41-77.hostrapid.net [192.0.2.77])\n\tby mx1.norrvik-cold.com (Postfix) with ESMTP id 9F3A21C04B\n\tfor <ar@norrvik-cold.com>; " + rfcdate("2024-10-21 22:14:09", ZRH),
        extra=[("Authentication-Results", "mx.postfinance.ch; dkim=pass header.d=postfinance.ch; spf=pass; dmarc=pass header.from=postfinance.ch")]),
        kind="other", language="de", invoice_numbers="RE-24-30121", amount="6480.00", currency="CHF", needs_human=True,
        note="spoofed notifier address: our MX says dkim/spf/dmarc fail; a second, forged Authentication-Results lower down claims pass; phishing link")

    # ------------------------------------------------------------ bounces
    qmail = """Hi. This is the qmail-send program at mail.hofer-eis.at.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<r.hofer@hofer-eis.at>:
User's Disk Quota Exceeded: mailbox is full (#5.2.2)

--- Below this line is a copy of the message.

Return-Path: <ar@norrvik-cold.com>
Received: (qmail 18822 invoked from network); 16 Oct 2024 07:05:09 -0000
""" + T.rfc822_headers(D16) + "\n\n" + "(Nachrichtentext gekürzt)\n"
    add("bounce_qmail_hofer_postfach_voll", mail(
        "de-b1", "MAILER-DAEMON@mail.hofer-eis.at", BOT, "failure notice", rfcdate("2024-10-16 09:05:11", VIE),
        text(qmail.replace("(Nachrichtentext gekürzt)", "(message body truncated)"), cte="7bit"),
        auth=ar("mail.hofer-eis.at", dkim="none", dmarc="none", mailfrom="<>")),
        kind="bounce", language="en", invoice_numbers="RE-24-30113", failed_recipients="r.hofer@hofer-eis.at",
        bounce_permanent=True, bounce_reason="mailbox_full", original_message_id=D16.id, needs_human=True,
        note="qmail non-RFC3464 bounce, permanent quota failure (#5.2.2)")

    add("bounce_postfix_schmid_dns", dsn(
        "de-b2", D17, failed="buchhaltung@baeckerei-schmid-ulm.de",
        frm=A("Mail Delivery System", "MAILER-DAEMON@out1.norrvik-cold.com"), date=rfcdate("2024-10-17 09:00:03", BER),
        subject="Undelivered Mail Returned to Sender",
        human="""This is the mail system at host out1.norrvik-cold.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<buchhaltung@baeckerei-schmid-ulm.de>: Host or domain name not found. Name
    service error for name=baeckerei-schmid-ulm.de type=MX: Host not found
""", status="5.4.4", action="failed",
        diag="X-Postfix; Host or domain name not found. Name service error for\n    name=baeckerei-schmid-ulm.de type=MX: Host not found",
        reporting_mta="out1.norrvik-cold.com", arrival=rfcdate("2024-10-17 09:00:01", BER),
        per_msg_extra="X-Postfix-Queue-ID: 4XT1v83GbRz1xQ\nX-Postfix-Sender: rfc822; ar@norrvik-cold.com",
        auth=ar("out1.norrvik-cold.com", dkim="none", dmarc="none", mailfrom="<>")),
        kind="bounce", language="en", invoice_numbers="RE-24-30104", failed_recipients="buchhaltung@baeckerei-schmid-ulm.de",
        bounce_permanent=True, bounce_reason="other", original_message_id=D17.id, needs_human=True,
        note="DNS failure: domain does not exist (5.4.4)")

    add("bounce_medica_richtlinie", dsn(
        "de-b3", D18, failed="finanzen@labor-medica.ch", frm=A("Mailsystem labor-medica.ch", "postmaster@labor-medica.ch"),
        date=rfcdate("2024-10-17 09:30:14", ZRH), subject="Unzustellbar: " + T.subject(D18),
        human="""Ihre Nachricht konnte nicht zugestellt werden.

Empfänger: finanzen@labor-medica.ch
Grund:     Die Nachricht wurde aufgrund der Sicherheitsrichtlinien des
           Empfängers abgelehnt. Nachrichten von externen Absendern mit
           automatischer Lesebestätigungsanforderung werden nicht angenommen.

Fehlercode: 550 5.7.1 Message rejected by recipient policy (MDN request from external sender)

Bitte wenden Sie sich an den Empfänger auf anderem Weg.
""", human_cs="utf-8", human_cte="quoted-printable", status="5.7.1", action="failed",
        diag="smtp; 550 5.7.1 Message rejected by recipient policy (MDN request from external sender)",
        reporting_mta="mx.labor-medica.ch", remote_mta="mx.labor-medica.ch", include="full"),
        kind="bounce", language="de", invoice_numbers="RE-24-30118", failed_recipients="finanzen@labor-medica.ch",
        bounce_permanent=True, bounce_reason="policy", original_message_id=D18.id, needs_human=True,
        note="policy rejection, German human part; rejects the read-receipt request itself")

    # ------------------------------------------------------------ auto-replies
    add("abwesenheit_berger_mit_header", auto_reply(
        "de-a1", D19, A("Markus Berger", "m.berger@berger-tiefkuehl.de"), rfcdate("2024-10-11 09:10:20", BER),
        "Automatische Antwort: " + T.subject(D19),
        """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 18.10.2024, nicht im Büro und ab
Montag, 21.10.2024, wieder für Sie erreichbar. Ihre E-Mail wird nicht
weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an Frau Albrecht,
Tel. 0731 55 20-14, s.albrecht@berger-tiefkuehl.de.

Mit freundlichen Grüßen
Markus Berger
""", headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Auto-Response-Suppress", "All")]),
        kind="auto_reply", language="de", invoice_numbers="RE-24-30122", return_date="2024-10-21",
        original_message_id=D19.id, needs_human=False, note="")

    add("abwesenheit_jura_franzoesisch", auto_reply(
        "de-a2", D20, A("Comptabilité Fromagerie du Jura", "compta@fromagerie-jura.ch", "iso-8859-15"), rfcdate("2024-10-18 09:00:44", ZRH),
        "Absence du bureau - Re: " + T.subject(D20),
        """Bonjour,

Je suis absente du bureau jusqu'au vendredi 25 octobre inclus et serai de
retour le lundi 28 octobre. Pendant mon absence, vos e-mails ne sont pas
transférés.

Pour toute question urgente concernant la comptabilité fournisseurs,
veuillez contacter M. Lüthi au +41 32 420 18 60.

Meilleures salutations,
Nathalie Froidevaux
Fromagerie du Jura SA - Comptabilité
""", cs="iso-8859-15", cte="8bit", hcs="iso-8859-15", hmethod="Q"),
        kind="auto_reply", language="fr", invoice_numbers="RE-24-30123", return_date="2024-10-28",
        original_message_id=D20.id, needs_human=False, note="French, 8bit ISO-8859-15, no RFC 3834 headers")

    add("abwesenheit_dolomiti_italienisch", auto_reply(
        "de-a3", D21, A("Gelateria Dolomiti Amministrazione", "amministrazione@gelateria-dolomiti.it"), rfcdate("2024-10-25 09:01:02", ROM),
        "Risposta automatica: " + T.subject(D21),
        """Gentile mittente,

grazie per il Suo messaggio. L'ufficio amministrativo resterà chiuso fino a
venerdì 1° novembre (Ognissanti). Rientreremo lunedì 4 novembre e
risponderemo al più presto.

Cordiali saluti / Mit freundlichen Grüßen
Gelateria Dolomiti S.r.l. – Bolzano
"""),
        kind="auto_reply", language="it", invoice_numbers="RE-24-30124", return_date="2024-11-04",
        original_message_id=D21.id, needs_human=False, note="Italian, no RFC 3834 headers, only the subject says 'Risposta automatica'")

    # ------------------------------------------------------------ read receipts
    add("gelesen_nordpharm_outlook", mdn(
        "de-rr1", D6, frm=A("Nordpharm Rechnungseingang", "rechnungseingang@nordpharm-gh.de"), date=rfcdate("2024-10-08 10:47:12", BER),
        subject="Gelesen: " + T.subject(D6),
        human="""Ihre Nachricht

  An: rechnungseingang@nordpharm-gh.de
  Betreff: %s
  Gesendet: Dienstag, 8. Oktober 2024 10:00:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

wurde am Dienstag, 8. Oktober 2024 10:47:12 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.
""" % T.subject(D6), ua="Microsoft Exchange Server 2019", final_rcpt="rechnungseingang@nordpharm-gh.de",
        disposition="manual-action/MDN-sent-automatically; displayed", auth=ar("nordpharm-gh.de"), irt=False),
        kind="read_receipt", language="de", invoice_numbers="RE-24-30107", original_message_id=D6.id, needs_human=False,
        note="German Outlook/Exchange 'Gelesen:'")

    add("nicht_gelesen_seeblick_geloescht", mdn(
        "de-rr2", D7, frm=A("Hotel Seeblick", "info@hotel-seeblick-konstanz.de"), date=rfcdate("2024-10-09 10:12:40", BER),
        subject="Nicht gelesen: " + T.subject(D7),
        human="""Ihre Nachricht

  An: info@hotel-seeblick-konstanz.de
  Betreff: %s
  Gesendet: Mittwoch, 9. Oktober 2024 09:00:00

wurde am Mittwoch, 9. Oktober 2024 10:12:40 ohne gelesen zu werden gelöscht.
""" % T.subject(D7), ua="Microsoft Outlook 16.0", final_rcpt="info@hotel-seeblick-konstanz.de",
        disposition="manual-action/MDN-sent-automatically; deleted", auth=ar("hotel-seeblick-konstanz.de")),
        kind="read_receipt", language="de", invoice_numbers="RE-24-30111", original_message_id=D7.id, needs_human=False,
        note="MDN disposition 'deleted': receipt kind, but the reminder was NOT read")

    add("gelesen_petersen_thunderbird_latin1", mdn(
        "de-rr3", D8, frm=A("Hauke Petersen", "petersen@fisch-petersen.de"), date=rfcdate("2024-10-09 17:58:02", BER),
        subject="Empfangsbestätigung (angezeigt) - " + T.subject(D8),
        human="""Dies ist eine Empfangsbestätigung für eine Nachricht, die Sie an petersen@fisch-petersen.de gesendet haben.

Hinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht am Computer des Empfängers angezeigt wurde. Es gibt keine Garantie, dass der Empfänger die Nachricht gelesen oder ihren Inhalt verstanden hat.
""", human_cs="iso-8859-1", human_cte="quoted-printable", ua="Mozilla Thunderbird", final_rcpt="petersen@fisch-petersen.de",
        auth=ar("fisch-petersen.de", dmarc="none")),
        kind="read_receipt", language="de", invoice_numbers="RE-24-30103", original_message_id=D8.id, needs_human=False,
        note="German Thunderbird MDN, ISO-8859-1")

    # ------------------------------------------------------------ challenges
    add("challenge_ostfriesland_antwort", mail(
        "de-c1", A("Spamschutz Kühlhaus Ostfriesland", "noreply@kuehlhaus-ostfriesland.de"), BOT,
        "Bitte bestätigen: Ihre Nachricht an einkauf@kuehlhaus-ostfriesland.de [Ref:7fa93c21]",
        rfcdate("2024-10-21 09:00:31", BER),
        text("""Guten Tag,

Ihre E-Mail an einkauf@kuehlhaus-ostfriesland.de mit dem Betreff

  „%s“

wurde von unserem Spamschutz vorläufig zurückgehalten, weil Ihre Adresse
noch nicht bekannt ist.

Um die Zustellung freizugeben, antworten Sie bitte einfach auf diese
E-Mail (an bestaetigung+7fa93c21@kuehlhaus-ostfriesland.de), ohne den
Betreff zu ändern. Ein Text ist nicht erforderlich.

Ohne Bestätigung wird Ihre Nachricht nach 5 Tagen gelöscht.

Kühlhaus Ostfriesland GmbH & Co. KG – automatisch erzeugte Nachricht
""" % T.subject(D22)),
        auth=ar("kuehlhaus-ostfriesland.de"), reply_to="bestaetigung+7fa93c21@kuehlhaus-ostfriesland.de",
        irt=D22.id, refs=[D22.id], extra=[("Auto-Submitted", "auto-replied")]),
        kind="challenge", language="de", invoice_numbers="RE-24-30125", original_message_id=D22.id, needs_human=True,
        challenge="bestaetigung+7fa93c21@kuehlhaus-ostfriesland.de", note="reply-to-confirm challenge (Reply-To header)")

    add("challenge_engadin_link", mail(
        "de-c2", A("Mailschutz Bergbahnen Engadin", "mailschutz@bergbahnen-engadin.ch"), BOT,
        "Zustellung ausstehend / Delivery pending: " + T.subject(D23), rfcdate("2024-10-22 09:01:15", ZRH),
        multi("alternative", [text("""Grüezi

Ihre Nachricht an info@bergbahnen-engadin.ch („%s“) wurde
zurückgehalten. Bitte bestätigen Sie, dass Sie der Absender sind:

  https://mailschutz.bergbahnen-engadin.ch/confirm?id=Q2Fh81kz&lang=de

Sie möchten diese Nachricht melden? https://mailschutz.bergbahnen-engadin.ch/report?id=Q2Fh81kz

---

Your message to info@bergbahnen-engadin.ch is on hold. Please confirm
that you sent it: https://mailschutz.bergbahnen-engadin.ch/confirm?id=Q2Fh81kz&lang=en
""" % T.subject(D23)),
            text("""<html><body><p>Grüezi</p><p>Ihre Nachricht an info@bergbahnen-engadin.ch wurde zurückgehalten.</p>
<p><a href="https://mailschutz.bergbahnen-engadin.ch/confirm?id=Q2Fh81kz&amp;lang=de">Absender bestätigen</a> &middot;
<a href="https://mailschutz.bergbahnen-engadin.ch/report?id=Q2Fh81kz">Nachricht melden</a></p></body></html>""", sub="html")],
            "de-c2"),
        auth=ar("bergbahnen-engadin.ch"), irt=D23.id, refs=[D23.id], extra=[("Auto-Submitted", "auto-generated")]),
        kind="challenge", language="de", invoice_numbers="RE-24-30126", original_message_id=D23.id, needs_human=True,
        challenge="https://mailschutz.bergbahnen-engadin.ch/confirm?id=Q2Fh81kz&lang=de",
        note="link challenge; a 'report' decoy link and an English duplicate link are also present")

    # ------------------------------------------------------------ staff commands
    digest_id = "<digest.20241022.5f1c0a9e7b21@ar.norrvik-cold.com>"
    add("staff_antwort_auf_tagesuebersicht", staff_mail(
        "de-s1", JANA, BOT, "AW: Tagesübersicht Debitoren – 22.10.2024", rfcdate("2024-10-22 08:31:09", BER),
        text("""RE-24-30098 (Eiswerk Lindner): Reklamation ist erledigt, Stefan war
gestern nochmal draußen und die Anlage läuft. Herr Lindner hat zugesagt,
bis 31.10. zu zahlen. Bitte bis dahin keine Erinnerung schicken.

Jana

-----Ursprüngliche Nachricht-----
Von: Norrvik Debitoren <ar@norrvik-cold.com>
Gesendet: Dienstag, 22. Oktober 2024 07:00
Betreff: Tagesübersicht Debitoren – 22.10.2024

Heute zu erledigen:
1. RE-24-30098 Eiswerk Lindner – 12.614,50 EUR – Reklamation offen seit 02.10.
2. RE-24-30111 Hotel Seeblick – 1.309,00 EUR – Kunde bittet um keine Erinnerungen
"""), cc=None, irt=digest_id, refs=[digest_id]),
        kind="staff_command", language="de", invoice_numbers="RE-24-30098", currency="EUR", promised_date="2024-10-31",
        needs_human=False, note="prose reply to the daily digest: dispute resolved, promise until 31 Oct; digest lists a second invoice that is not commanded")

    add("staff_ratenplan_petersen", staff_mail(
        "de-s2", LEA, BOT, "Ratenplan RE-24-30103", rfcdate("2024-10-10 14:02:55", BER),
        text("""plan RE-24-30103 3 x 1.666,00 EUR fällig 31.10.2024, 30.11.2024, 31.12.2024

telefonisch mit Herrn Petersen vereinbart.
Lea
"""), cc=None),
        kind="staff_command", language="de", invoice_numbers="RE-24-30103", amount="1666.00", currency="EUR",
        needs_human=False, note="instalment plan: 3 x 1,666.00, first due 2024-10-31")

    # ------------------------------------------------------------ other
    add("sonstiges_newsletter_verband", mail(
        "de-o1", A("Fachverband Kälte-Klima Newsletter", "newsletter@fv-kaelteklima.de"), BOT,
        "Newsletter 10/2024: F-Gase-Verordnung – was sich 2025 ändert", rfcdate("2024-10-16 07:00:00", BER),
        multi("alternative", [text("""Newsletter 10/2024 des Fachverbands Kälte-Klima

- Neue F-Gase-Verordnung (EU) 2024/573: Übergangsfristen im Überblick
- Seminar „Propan-Kälteanlagen sicher planen“, 14.11.2024, Würzburg
- Mitgliederumfrage: Zahlungsmoral der Kunden 2024 – machen Sie mit!

Abmelden: https://www.fv-kaelteklima.de/newsletter/abmelden?u=ar%40norrvik-cold.com
"""), text("""<html><body><h2>Newsletter 10/2024</h2><ul><li>Neue F-Gase-Verordnung (EU) 2024/573</li>
<li>Seminar „Propan-Kälteanlagen sicher planen“, 14.11.2024</li><li>Umfrage: Zahlungsmoral der Kunden 2024</li></ul>
<p><a href="https://www.fv-kaelteklima.de/newsletter/abmelden?u=ar%40norrvik-cold.com">Abmelden</a></p></body></html>""", sub="html")], "de-o1"),
        auth=ar("fv-kaelteklima.de"),
        extra=[("List-Unsubscribe", "<https://www.fv-kaelteklima.de/newsletter/abmelden?u=ar%40norrvik-cold.com>"),
               ("List-Id", "Newsletter FV Kaelte-Klima <newsletter.fv-kaelteklima.de>"), ("Precedence", "bulk")]),
        kind="other", language="de", needs_human=False, note="newsletter mentioning 'Zahlungsmoral'")

    add("sonstiges_stoerungsmeldung_kunde", mail(
        "de-o2", A("Gasthof Zur Post – Küche", "kueche@gasthof-post-murnau.de"), BOT,
        "Störung Kühlzelle 2 – bitte dringend Techniker!", rfcdate("2024-10-19 06:48:20", BER),
        text("""Guten Morgen,

unsere Kühlzelle 2 zeigt seit heute Nacht Störung „HP“ und die Temperatur
liegt bei 11 Grad. Wir haben am Wochenende zwei Hochzeiten. Bitte schicken
Sie so schnell wie möglich einen Techniker. Die Rechnung vom letzten
Service haben wir übrigens bezahlt.

Ich bin unter 0151 2288 4410 erreichbar.

Hans Gruber, Küchenchef
Gasthof Zur Post, Murnau
"""), auth=ar("gasthof-post-murnau.de", dmarc="none")),
        kind="other", language="de", needs_human=True,
        note="urgent service request to the AR address; the 'we paid' aside names no invoice and is not a reply to a reminder")

    return d.entries

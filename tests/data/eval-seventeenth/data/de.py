"""DE/AT/CH desk (de/): Corrydale Fassaden & Glas GmbH, Düsseldorf, with branches in Wien and Zürich.  EUR, CHF."""
from __future__ import annotations

import mailkit as mk
import world as w
from world import BOT, BOT_NAME

DESK = "de"
DOMAIN = "corrydale.de"
OFF = 1  # CET

STAFF = {
    "jana": ("Jana Wirtz-Oberländer", "jana.wirtz@corrydale.de", "Debitorenbuchhaltung", "+49 211 5488 3120"),
    "svenja": ("Svenja Haberl", "svenja.haberl@corrydale.de", "Kaufmännische Projektsteuerung", "+49 211 5488 3144"),
    "matthias": ("Matthias Kögl", "matthias.koegl@corrydale.de", "Projektleitung Österreich", "+43 1 890 4417 20"),
    "reto": ("Reto Brunner", "reto.brunner@corrydale.de", "Leiter Niederlassung Zürich", "+41 44 520 31 70"),
}
NOTIFIERS = ["benachrichtigung@commerzbank.de", "noreply@postfinance.ch", "george-business@erstebank.at"]

FOOTER = ("Corrydale Fassaden & Glas GmbH · Speditionstraße 21 · 40221 Düsseldorf\n"
          "Geschäftsführer: Dr. Henrike Sauerland, Philip Corrydale · Amtsgericht Düsseldorf HRB 91544\n"
          "USt-IdNr. DE318447120")


def sig(who: str, swiss: bool = False) -> str:
    n, a, role, tel = STAFF[who]
    greet = "Freundliche Grüsse" if swiss else "Mit freundlichen Grüßen"
    branch = {"matthias": "Zweigniederlassung Wien · Modecenterstraße 22 · 1030 Wien",
              "reto": "Zweigniederlassung Zürich · Hardturmstrasse 161 · 8005 Zürich"}.get(who)
    lines = [greet, "", n, role, "", "Corrydale Fassaden & Glas GmbH"]
    if branch:
        lines.append(branch)
    lines += [f"Tel. {tel} · {a}", "", FOOTER]
    return "\n".join(lines)


R = {}


def _r(key, when, to, invs, cur, sal, bank=None):
    R[key] = w.rem(DESK, key, when, to, invs, cur, "de", sal, bank)


_r("d01", "2026-11-02 08:30", ("Dr. Kathrin Lenz-Aufderheide", "buchhaltung@rheinauhafen-pe.de"), [("RG-2026-2178", "12852.00", "2026-10-15")], "EUR", "Sehr geehrte Frau Dr. Lenz-Aufderheide")
_r("d02", "2026-11-03 08:00", ("Dirk Pietsch", "d.pietsch@kremer-bau.de"), [("RG-2026-2190", "41650.00", "2026-10-20")], "EUR", "Sehr geehrter Herr Pietsch")
_r("d03", "2026-11-05 08:00", (None, "kreditoren@kremer-bau.de"), [("RG-2026-2190", "41650.00", "2026-10-20")], "EUR", "Sehr geehrte Damen und Herren")
_r("d04", "2026-11-04 09:00", ("Heiner Brenninkmeyer", "h.brenninkmeyer@autohaus-brenninkmeyer.de"), [("RG-2026-2201", "6545.00", "2026-10-30")], "EUR", "Sehr geehrter Herr Brenninkmeyer")
_r("d05", "2026-11-05 09:30", ("Nadine Egli", "kreditoren@sihlpark.ch"), [("RG-2026-2195", "18920.40", "2026-10-26")], "CHF", "Sehr geehrte Frau Egli")
_r("d06", "2026-11-06 08:15", ("Valérie Junod", "v.junod@regie-leman.ch"), [("RG-2026-2183", "7352.10", "2026-10-19")], "CHF", "Sehr geehrte Frau Junod")
_r("d08", "2026-11-10 08:00", ("Gianluca Bernasconi", "g.bernasconi@bernasconi-costruzioni.ch"), [("RG-2026-2207", "9884.00", "2026-11-06")], "CHF", "Sehr geehrter Herr Bernasconi")
_r("d07", "2026-11-30 08:00", ("Chiara Bernasconi", "c.bernasconi@bernasconi-costruzioni.ch"), [("RG-2026-2207", "9884.00", "2026-11-06")], "CHF", "Sehr geehrte Frau Bernasconi")
_r("d09", "2026-11-09 08:30", ("Torsten Fehrenbach", "t.fehrenbach@fehrenbach-partner.de"), [("RG-2026-2172", "4165.00", "2026-10-12")], "EUR", "Sehr geehrter Herr Fehrenbach")
_r("d10", "2026-11-10 08:00", ("Sabine Pohlmann", "s.pohlmann@wg-lindenhof.de"), [("RG-2026-2188", "22610.00", "2026-10-23")], "EUR", "Sehr geehrte Frau Pohlmann")
_r("d11", "2026-11-11 08:00", ("Mag. Elisabeth Wiedenhofer", "office@wiedenhofer-immo.at"), [("RG-2026-2199", "33600.00", "2026-10-29")], "EUR", "Sehr geehrte Frau Mag. Wiedenhofer", "EUR-AT")
_r("d12", "2026-11-12 08:00", (None, "buchhaltung@hotel-alpenrose-tirol.at"), [("RG-2026-2204", "8880.00", "2026-11-04")], "EUR", "Sehr geehrte Damen und Herren", "EUR-AT")
_r("d13", "2026-11-23 08:00", ("Andrea Mayrhofer", "buchhaltung@hotel-alpenrose.tirol"), [("RG-2026-2204", "8880.00", "2026-11-04")], "EUR", "Sehr geehrte Frau Mayrhofer", "EUR-AT")
_r("d14", "2026-11-16 08:00", ("Herr Brosowski", "rechnungseingang@stadt-rheinbrueck.de"), [("RG-2026-2215", "18445.00", "2026-11-19")], "EUR", "Sehr geehrter Herr Brosowski")
_r("d15", "2026-11-17 08:00", (None, "einkauf@logistikzentrum-niederrhein.de"), [("RG-2026-2212", "95200.00", "2026-11-11")], "EUR", "Sehr geehrte Damen und Herren")
_r("d16", "2026-11-18 08:00", ("Pfarrbüro St. Jakobi", "pfarrbuero@st-jakobi-luebeck.de"), [("RG-2026-2169", "2380.00", "2026-10-09")], "EUR", "Sehr geehrte Damen und Herren")
_r("d17", "2026-11-19 08:00", ("Dr. Aydın Kaplan", "praxis@dr-kaplan-zahnmedizin.de"), [("RG-2026-2180", "1963.50", "2026-10-16")], "EUR", "Sehr geehrter Herr Dr. Kaplan")

INVOICES_OWN = ["RG-2026-2231", "RG-2026-2234", "RG-2026-2238", "RG-2026-2241", "RG-2026-2243", "RG-2026-2246",
                "RG-2026-2249", "RG-2026-2250", "RG-2026-2253", "RG-2026-2251", "RG-2026-2256"]
EXTRA_KNOWN = ["GS-2026-0031", "RG-2026-2097", "RG-2026-2148"]  # credit note and earlier Abschlag invoices named by staff


def staff_in(seed, who, to, subject, when, body, cc=None, extra=None, bcc_bot=False):
    name, addr_, _, _ = STAFF[who]
    if cc is None:
        cc = [(BOT_NAME, BOT)]
    ex = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", mk.hdr_text(subject)), ("Content-Language", "de-DE")] + list(extra or [])
    return w.inbound(seed, frm=(name, addr_), to=to, cc=cc or None, subject=subject, date_=when, body=body,
                     auth_=w.auth("pass", DOMAIN, addr_, "ex2024", "85.214.63.118", seed),
                     rcv=[w.received("mail.corrydale.de", "85.214.63.118", when, seed)],
                     mid=mk.msgid("exchange", seed, "EXCH01.corrydale.local"), extra=ex, order="outlook",
                     pre=[("Delivered-To", BOT)] if bcc_bot else None)


def build():
    M = []

    def add(slug, raw, **lab):
        M.append({"slug": slug, "raw": raw, "label": lab})

    T = lambda s: mk.dt(s, OFF)  # noqa: E731

    # ------------------------------------------------------------ invoice copies
    when = T("2026-11-02 15:20")
    txt = f"""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere 3. Abschlagsrechnung RG-2026-2231 für das Bauvorhaben
„Quartier Rüttenscheider Höfe", Los 4 Pfosten-Riegel-Fassade (NU-Vertrag Nr. KB-2026-117).

Die Eckdaten:

  Auftragssumme netto (inkl. NT 1–4)                  1.240.000,00 €
  Leistungsstand lt. Aufmaß vom 28.10.2026                   62 %
  Leistung kumuliert netto                              768.800,00 €
  abzgl. 5 % Sicherheitseinbehalt                       -38.440,00 €
  abzgl. bereits bezahlte Abschläge (AR 1 und 2)       -544.360,00 €
  Zahlbetrag 3. Abschlag                                186.000,00 €

Steuerschuldnerschaft des Leistungsempfängers gemäß § 13b Abs. 2 Nr. 4 UStG – die
Rechnung enthält daher keine Umsatzsteuer.

Zahlbar innerhalb von 21 Tagen nach Rechnungseingang ohne Abzug. Aufmaß und
Bautagesberichte liegen der Rechnung als PDF bei.

{sig('svenja')}
"""
    pdf = mk.pdf([("b", "Corrydale Fassaden & Glas GmbH"), "Speditionstraße 21, 40221 Düsseldorf", "",
                  "Bauunternehmung Gebr. Kremer GmbH, Kreditorenbuchhaltung, Altendorfer Str. 310, 45143 Essen", "",
                  ("b", "3. Abschlagsrechnung"), ("r", "Rechnungsnummer", "RG-2026-2231"), ("r", "Rechnungsdatum", "02.11.2026"),
                  ("r", "Leistungszeitraum", "01.10.2026 - 28.10.2026"), ("r", "Ihr Auftrag", "KB-2026-117"), "",
                  ("r", "Auftragssumme netto", "1.240.000,00 EUR"), ("r", "Leistung kumuliert (62 %)", "768.800,00 EUR"),
                  ("r", "abzgl. Sicherheitseinbehalt 5 %", "-38.440,00 EUR"), ("r", "abzgl. Abschlag 1 (RG-2026-2097)", "-297.600,00 EUR"),
                  ("r", "abzgl. Abschlag 2 (RG-2026-2148)", "-246.760,00 EUR"), ("rb", "Zahlbetrag", "186.000,00 EUR"), "",
                  "Steuerschuldnerschaft des Leistungsempfängers (§ 13b UStG).",
                  "Zahlbar innerhalb von 21 Tagen ohne Abzug.", "IBAN DE44 3004 0000 0912 3456 00 - Commerzbank Düsseldorf"],
                 seed="de01", title="RG-2026-2231", producer="NEVARIS Build", creator="NEVARIS Finance")
    body = mk.multipart("mixed", [mk.text(txt, "windows-1252", "quoted-printable"),
                                  mk.attachment(pdf, "application/pdf", "RG-2026-2231_3_AR_Ruettenscheider_Hoefe.pdf")], bstyle="outlook")
    add("abschlag_13b_sicherheitseinbehalt",
        staff_in("de01", "svenja", [("Kreditorenbuchhaltung Kremer", "kreditoren@kremer-bau.de")],
                 "3. Abschlagsrechnung RG-2026-2231 – BV Rüttenscheider Höfe, Los 4", when, body,
                 cc=[(BOT_NAME, BOT), ("Bauleitung Kremer", "bauleitung@kremer-bau.de")]),
        kind="invoice_copy", language="de", invoice_numbers=["RG-2026-2231"], amount="186000.00", currency="EUR",
        issue_date="2026-11-02", due_date="2026-11-23", payment_terms_days=21, needs_human=False,
        note="§13b reverse charge (no VAT); amount = Zahlbetrag of this Abschlag; earlier Abschlag numbers are not this invoice",
        hard="Auftragssumme, kumulierte Leistung, Einbehalt, frühere Abschläge (with their own RG numbers) vs Zahlbetrag")

    when = T("2026-11-04 10:02")
    txt = f"""Sehr geehrte Frau Dr. Lenz-Aufderheide,

im Anhang übersende ich Ihnen die Rechnung RG-2026-2234 über die Fassadenreinigung
und Wartung der Sonnenschutzanlagen am Kranhaus 3 (Wartungsvertrag W-2025-014, Leistung
Oktober 2026).

  Nettobetrag            7.600,00 €
  zzgl. 19 % USt.        1.444,00 €
  Rechnungsbetrag        9.044,00 €

Zahlbar innerhalb von 30 Tagen ohne Abzug oder innerhalb von 10 Tagen mit 2 % Skonto
(Zahlbetrag dann 8.863,12 €).

{sig('jana')}
"""
    pdf = mk.pdf([("b", "Corrydale Fassaden & Glas GmbH"), "", ("b", "Rechnung RG-2026-2234"), ("r", "Datum", "04.11.2026"),
                  ("r", "Kunde", "Rheinauhafen Projektentwicklung GmbH & Co. KG"), "",
                  ("r", "Fassadenreinigung Kranhaus 3, 10/2026", "5.900,00"), ("r", "Wartung Sonnenschutz (38 Raffstores)", "1.700,00"),
                  ("r", "Netto", "7.600,00"), ("r", "USt 19 %", "1.444,00"), ("rb", "Gesamtbetrag EUR", "9.044,00"), "",
                  "Zahlungsbedingungen: 30 Tage netto, 10 Tage 2 % Skonto."],
                 seed="de02", title="RG-2026-2234", producer="DATEV Auftragswesen next")
    body = mk.multipart("mixed", [mk.text(txt, "utf-8", "8bit"), mk.attachment(pdf, "application/pdf", "RG-2026-2234.pdf")], bstyle="outlook")
    add("skonto_two_amounts",
        staff_in("de02", "jana", [("Dr. Kathrin Lenz-Aufderheide", "k.lenz-aufderheide@rheinauhafen-pe.de")],
                 "Rechnung RG-2026-2234 – Wartung Kranhaus 3 (Oktober)", when, body,
                 cc=[("Buchhaltung", "buchhaltung@rheinauhafen-pe.de"), (BOT_NAME, BOT)]),
        kind="invoice_copy", language="de", invoice_numbers=["RG-2026-2234"], amount="9044.00", currency="EUR",
        issue_date="2026-11-04", due_date="2026-12-04", payment_terms_days=30, needs_human=False,
        note="Skonto does not change the amount", hard="Skonto-Zahlbetrag 8.863,12 € next to Rechnungsbetrag 9.044,00 €; 8bit UTF-8 body")

    when = T("2026-11-06 13:45")
    txt = f"""Sehr geehrte Frau Mag. Wiedenhofer,

wie besprochen übermittle ich Ihnen die 2. Teilrechnung für die Glasfassade
Annenstraße 34, Graz.

Teilrechnung Nr. 2 – RG-2026-2238 vom 06.11.2026
  Leistung lt. Leistungsfeststellung, netto        64.500,00 EUR
  abzüglich 3 % Haftrücklass                       -1.935,00 EUR
  Zwischensumme                                    62.565,00 EUR
  zuzüglich 20 % USt.                              12.513,00 EUR
  Rechnungsbetrag                                  75.078,00 EUR

Zahlungsziel 30 Tage netto; bei Zahlung binnen 14 Tagen gewähren wir 3 % Skonto.
Bitte überweisen Sie auf unser Konto bei der Erste Bank, IBAN AT48 2011 1822 1944 7200.

{sig('matthias')}
"""
    body = mk.text(txt, "windows-1252", "quoted-printable")
    add("teilrechnung_haftruecklass_at",
        staff_in("de03", "matthias", [("Mag. Elisabeth Wiedenhofer", "office@wiedenhofer-immo.at")],
                 "Teilrechnung 2 Annenstraße 34 – RG-2026-2238", when, body),
        kind="invoice_copy", language="de", invoice_numbers=["RG-2026-2238"], amount="75078.00", currency="EUR",
        issue_date="2026-11-06", due_date="2026-12-06", payment_terms_days=30, needs_human=False,
        note="Austrian Teilrechnung with Haftrücklass (retention) deducted before VAT", hard="net, retention, subtotal, gross; Skonto 3 %")

    when = T("2026-11-10 11:30")
    txt = f"""Grüezi Frau Egli

Anbei erhalten Sie unsere Rechnung RG-2026-2241 für die Instandsetzung der
Pfosten-Riegel-Fassade Sihlpark Haus B (Ausmass vom 30. Oktober 2026).

Rechnungsbetrag: CHF 48'216.35 inkl. 8.1 % MWST (MWST CHF 3'612.88)
Zahlbar innert 30 Tagen netto. Die QR-Rechnung mit Referenznummer finden Sie auf Seite 2
des PDF.

{sig('reto', swiss=True)}
"""
    pdf = mk.pdf([("b", "Corrydale Fassaden & Glas GmbH, Zweigniederlassung Zürich"), "Hardturmstrasse 161, 8005 Zürich",
                  "MWST-Nr. CHE-318.447.120 MWST", "", ("b", "Rechnung RG-2026-2241"), ("r", "Datum", "10.11.2026"),
                  ("r", "Kunde", "Sihlpark Immobilien AG"), "",
                  ("r", "Instandsetzung PR-Fassade Haus B", "41'870.00"), ("r", "Regiearbeiten gem. Rapport 11-14", "2'733.47"),
                  ("r", "Total exkl. MWST", "44'603.47"), ("r", "MWST 8.1 %", "3'612.88"), ("rb", "Total CHF", "48'216.35"), "",
                  "Zahlbar innert 30 Tagen netto.", "", ("b", "Zahlteil / QR-Rechnung"),
                  ("r", "Konto / Zahlbar an", "CH44 3000 0001 8712 4455 3"), ("r", "Referenz", "21 00000 00003 13947 14300 09017"),
                  ("r", "Währung / Betrag", "CHF 48 216.35")],
                 seed="de04", title="RG-2026-2241", producer="Abacus ERP", creator="Abacus")
    body = mk.multipart("mixed", [mk.text(txt, "utf-8", "quoted-printable"), mk.attachment(pdf, "application/pdf", "Rechnung_RG-2026-2241.pdf")], bstyle="outlook")
    add("chf_invoice_swiss_format",
        staff_in("de04", "reto", [("Nadine Egli", "kreditoren@sihlpark.ch")], "Rechnung RG-2026-2241 Sihlpark Haus B", when, body,
                 extra=[("Content-Language", "de-CH")]),
        kind="invoice_copy", language="de", invoice_numbers=["RG-2026-2241"], amount="48216.35", currency="CHF",
        issue_date="2026-11-10", due_date="2026-12-10", payment_terms_days=30, needs_human=False,
        hard="Swiss apostrophe thousands (48'216.35), 'innert 30 Tagen'; QR reference number is not an invoice number")

    when = T("2026-11-12 16:55")
    txt = f"""Sehr geehrter Herr Brenninkmeyer,

vielen Dank für den schnellen Auftrag nach dem Sturm am Montag. Für den Notdienst-Einsatz
an Ihrer Ausstellungshalle berechnen wir:

Rechnung Nr. RG-2026-2243 vom 12.11.2026
  Notverglasung 2 Felder Schaufensteranlage, Nachtzuschlag     3.150,00 €
  19 % MwSt.                                                     598,50 €
  Gesamt                                                       3.748,50 €

Der Betrag ist sofort und ohne Abzug zahlbar.

{sig('jana')}
"""
    body = mk.text(txt, "iso-8859-15", "quoted-printable")
    add("zahlbar_sofort",
        staff_in("de05", "jana", [("Heiner Brenninkmeyer", "h.brenninkmeyer@autohaus-brenninkmeyer.de")],
                 "Ihre Rechnung RG-2026-2243 – Notdienst Ausstellungshalle", when, body),
        kind="invoice_copy", language="de", invoice_numbers=["RG-2026-2243"], amount="3748.50", currency="EUR",
        issue_date="2026-11-12", due_date="2026-11-12", payment_terms_days="", needs_human=False,
        note="'sofort und ohne Abzug zahlbar' -> due = issue, no terms", hard="no terms, due on issue; 'am Montag' is not a date to use")

    when = T("2026-11-16 09:12")
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
  xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
  xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>
    <ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</ram:ID></ram:BusinessProcessSpecifiedDocumentContextParameter>
    <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>RG-2026-2246</ram:ID>
    <ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">20261116</udt:DateTimeString></ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>
      <ram:SpecifiedTradeProduct><ram:Name>Austausch Isolierverglasung Treppenhaus Rathaus Nord, Los 2</ram:Name></ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>48000.00</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">1</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
      <ram:SpecifiedLineTradeSettlement>
        <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
        <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>48000.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
      </ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>
    <ram:ApplicableHeaderTradeAgreement>
      <ram:BuyerReference>05162024-RHB-GM-2026-04</ram:BuyerReference>
      <ram:SellerTradeParty>
        <ram:Name>Corrydale Fassaden &amp; Glas GmbH</ram:Name>
        <ram:PostalTradeAddress><ram:PostcodeCode>40221</ram:PostcodeCode><ram:LineOne>Speditionstraße 21</ram:LineOne><ram:CityName>Düsseldorf</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE318447120</ram:ID></ram:SpecifiedTaxRegistration>
      </ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>Stadt Rheinbrück – Gebäudemanagement</ram:Name></ram:BuyerTradeParty>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeDelivery><ram:ActualDeliverySupplyChainEvent><ram:OccurrenceDateTime><udt:DateTimeString format="102">20261030</udt:DateTimeString></ram:OccurrenceDateTime></ram:ActualDeliverySupplyChainEvent></ram:ApplicableHeaderTradeDelivery>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>DE44300400000912345600</ram:IBANID></ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>
      <ram:ApplicableTradeTax><ram:CalculatedAmount>9120.00</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>48000.00</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
      <ram:SpecifiedTradePaymentTerms><ram:Description>Zahlbar innerhalb von 30 Tagen ohne Abzug</ram:Description><ram:DueDateDateTime><udt:DateTimeString format="102">20261216</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>48000.00</ram:LineTotalAmount>
        <ram:TaxBasisTotalAmount>48000.00</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">9120.00</ram:TaxTotalAmount>
        <ram:GrandTotalAmount>57120.00</ram:GrandTotalAmount>
        <ram:DuePayableAmount>57120.00</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"""
    txt = f"""Sehr geehrter Herr Brosowski,

anbei erhalten Sie unsere Rechnung RG-2026-2246 (Rathaus Nord, Los 2) als XRechnung im
CII-Format. Die Rechnung wurde parallel über das Rechnungseingangsportal (Leitweg-ID
05162024-RHB-GM-2026-04) eingereicht; diese E-Mail dient nur Ihrer Information.

{sig('svenja')}
"""
    body = mk.multipart("mixed", [mk.text(txt, "utf-8", "quoted-printable"),
                                  mk.attachment(xml.encode("utf-8"), "application/xml", "RG-2026-2246_xrechnung.xml")], bstyle="outlook")
    add("xrechnung_cii_only_amount_in_xml",
        staff_in("de06", "svenja", [("Herr Brosowski", "rechnungseingang@stadt-rheinbrueck.de")], "XRechnung RG-2026-2246 – Rathaus Nord Los 2",
                 when, body),
        kind="invoice_copy", language="de", invoice_numbers=["RG-2026-2246"], amount="57120.00", currency="EUR",
        issue_date="2026-11-16", due_date="2026-12-16", payment_terms_days=30, needs_human=False,
        note="amount, due date and terms only in the CII XML (DuePayableAmount, DueDateDateTime)",
        hard="e-invoice only; Leitweg-ID looks like a reference number")

    when = T("2026-11-19 14:40")
    txt = f"""Sehr geehrter Herr Fehrenbach,

für die Arbeiten in Ihren Kanzleiräumen im 3. OG übersende ich Ihnen zwei Rechnungen:

  RG-2026-2249  Glastrennwände Besprechungsräume 3.01–3.04    21.301,00 € brutto
  RG-2026-2250  Sichtschutzfolierung Flur und Empfang           2.558,50 € brutto

Beide Rechnungen sind innerhalb von 14 Tagen ohne Abzug zahlbar. Gerne können Sie beide
Beträge in einer Überweisung zusammenfassen (insgesamt 23.859,50 €), bitte dann beide
Rechnungsnummern im Verwendungszweck angeben.

{sig('jana')}
"""
    def inv_pdf(no, rows, seed):
        return mk.pdf([("b", "Corrydale Fassaden & Glas GmbH"), "", ("b", f"Rechnung {no}"), ("r", "Datum", "19.11.2026"),
                       ("r", "Kunde", "Fehrenbach Partner Rechtsanwälte mbB"), ""] + rows + ["", "Zahlbar innerhalb von 14 Tagen ohne Abzug."],
                      seed=seed, title=no, producer="DATEV Auftragswesen next")
    body = mk.multipart("mixed", [mk.text(txt, "windows-1252", "quoted-printable"),
                                  mk.attachment(inv_pdf("RG-2026-2249", [("r", "Glastrennwände 3.01-3.04", "17.900,00"), ("r", "USt 19 %", "3.401,00"), ("rb", "Gesamt EUR", "21.301,00")], "de07a"), "application/pdf", "RG-2026-2249.pdf"),
                                  mk.attachment(inv_pdf("RG-2026-2250", [("r", "Sichtschutzfolierung", "2.150,00"), ("r", "USt 19 %", "408,50"), ("rb", "Gesamt EUR", "2.558,50")], "de07b"), "application/pdf", "RG-2026-2250.pdf")],
                        bstyle="outlook")
    add("zwei_rechnungen_eine_mail",
        staff_in("de07", "jana", [("Torsten Fehrenbach", "t.fehrenbach@fehrenbach-partner.de")], "Rechnungen RG-2026-2249 und RG-2026-2250", when, body,
                 cc=[("Melanie Ruprecht", "m.ruprecht@fehrenbach-partner.de"), (BOT_NAME, BOT)]),
        kind="invoice_copy", language="de", invoice_numbers=["RG-2026-2249", "RG-2026-2250"], amount="23859.50", currency="EUR",
        issue_date="2026-11-19", due_date="2026-12-03", payment_terms_days=14, needs_human=False, note="two invoices: sum")

    when = T("2026-11-23 10:10")
    txt = f"""Sehr geehrte Frau Pohlmann,

anbei unsere Rechnung RG-2026-2253 über den Austausch der Treppenhausfenster
Lindenhofstraße 12–16 sowie die Gutschrift GS-2026-0031 für die nicht ausgeführte
Position 4 (Kellerfenster Haus 16), wie mit Herrn Kowalczyk abgestimmt.

  Rechnung RG-2026-2253 (brutto)        14.994,00 €
  Gutschrift GS-2026-0031 (brutto)      -1.071,00 €
  zu zahlen                             13.923,00 €

Zahlbar innerhalb von 30 Tagen. Bitte verrechnen Sie die Gutschrift direkt mit der
Rechnung.

{sig('jana')}
"""
    body = mk.multipart("alternative", [mk.text(txt, "utf-8", "quoted-printable"),
                                        mk.html("<html><body><pre style=\"font-family:Calibri\">" + txt.replace("&", "&amp;") + "</pre></body></html>\n")],
                        bstyle="outlook_alt")
    add("rechnung_abzueglich_gutschrift",
        staff_in("de08", "jana", [("Sabine Pohlmann", "s.pohlmann@wg-lindenhof.de")], "RG-2026-2253 / GS-2026-0031 Treppenhausfenster Lindenhofstraße",
                 when, body, cc=[], bcc_bot=True),
        kind="invoice_copy", language="de", invoice_numbers=["RG-2026-2253"], amount="13923.00", currency="EUR",
        issue_date="2026-11-23", due_date="2026-12-23", payment_terms_days=30, needs_human=False,
        note="balance after Gutschrift; bot in Bcc (Delivered-To only)", hard="invoice minus credit note; bot not in To/Cc")

    when = T("2026-11-26 08:05")
    txt = f"""Hallo zusammen,

die Rechnung an das Hotel Alpenrose ist am 20.11. ohne Kopie an den Bot rausgegangen,
bitte nachtragen. Danke!

LG Matthias

-----Ursprüngliche Nachricht-----
Von: Matthias Kögl <matthias.koegl@corrydale.de>
Gesendet: Freitag, 20. November 2026 15:31
An: Andrea Mayrhofer <buchhaltung@hotel-alpenrose.tirol>
Betreff: Rechnung RG-2026-2251 – Wintergarten Restaurant

Sehr geehrte Frau Mayrhofer,

anbei die Rechnung RG-2026-2251 vom 20.11.2026 für die Neuverglasung des Wintergartens
(Restaurant „Zirbenstube").

  Netto          22.200,00 EUR
  20 % USt.       4.440,00 EUR
  Brutto         26.640,00 EUR

Zahlungsziel: 14 Tage ab Rechnungsdatum.

Mit freundlichen Grüßen
Matthias Kögl
"""
    add("weitergeleitet_intern",
        staff_in("de09", "matthias", [(BOT_NAME, BOT)], "WG: Rechnung RG-2026-2251 – Wintergarten Restaurant", when,
                 mk.text(txt, "utf-8", "quoted-printable"), cc=[("Jana Wirtz-Oberländer", "jana.wirtz@corrydale.de")]),
        kind="invoice_copy", language="de", invoice_numbers=["RG-2026-2251"], amount="26640.00", currency="EUR",
        issue_date="2026-11-20", due_date="2026-12-04", payment_terms_days=14, needs_human=False,
        note="internal forward; issue date from the forwarded invoice, not the forward", hard="WG: forward, debtor only in quoted header")

    when = T("2026-12-03 11:48")
    txt = f"""Buongiorno Signora Bernasconi, guten Tag

anbei die Schlussrechnung RG-2026-2256 für die Verglasung des Treppenhauses Via Cantonale.
Rechnungsbetrag CHF 12'960.00 inkl. MWST, zahlbar innert 30 Tagen.

{sig('reto', swiss=True)}
"""
    pdf = mk.pdf([("b", "Corrydale Fassaden & Glas GmbH - Zweigniederlassung Zürich"), "", ("b", "Schlussrechnung / Fattura finale RG-2026-2256"),
                  ("r", "Datum / Data", "03.12.2026"), ("r", "Kunde / Cliente", "Costruzioni Ticinesi Bernasconi SA, Lugano"), "",
                  ("r", "Verglasung Treppenhaus / Vetrata scala", "11'739.13"), ("r", "MWST / IVA 8.1 %", "950.87"),
                  ("rb", "Total / Totale CHF", "12'690.00"), "", "Zahlbar innert 30 Tagen / pagabile entro 30 giorni"],
                 seed="de10", title="RG-2026-2256", producer="Abacus ERP")
    body = mk.multipart("mixed", [mk.text(txt, "utf-8", "quoted-printable"), mk.attachment(pdf, "application/pdf", "RG-2026-2256.pdf")], bstyle="outlook")
    add("widerspruechlicher_betrag_chf",
        staff_in("de10", "reto", [("Chiara Bernasconi", "c.bernasconi@bernasconi-costruzioni.ch")], "Schlussrechnung RG-2026-2256", when, body),
        kind="invoice_copy", language="de", invoice_numbers=["RG-2026-2256"], amount="", currency="CHF",
        issue_date="2026-12-03", due_date="2027-01-02", payment_terms_days=30, needs_human=True,
        note="mail CHF 12'960.00 vs PDF CHF 12'690.00 -> amount empty", hard="contradiction between text and bilingual PDF")

    # ------------------------------------------------------------ read receipts
    r = R["d01"]
    when = T("2026-11-02 10:14")
    human = f"""Ihre Nachricht

  An: buchhaltung@rheinauhafen-pe.de
  Betreff: {r.subject}
  Gesendet: Montag, 2. November 2026 09:30:11 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

wurde am Montag, 2. November 2026 10:14:37 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.
"""
    body = mk.multipart("report", [mk.text(human, "utf-8", "quoted-printable"),
                                   mk.disposition_notification(w.mdn_fields("RHPE-EX02.rheinauhafen.local", "buchhaltung@rheinauhafen-pe.de", r.mid))],
                        bstyle="outlook", params={"report-type": "disposition-notification"})
    add("mdn_outlook_gelesen",
        w.inbound("de11", frm=("Buchhaltung Rheinauhafen", "buchhaltung@rheinauhafen-pe.de"), to=(BOT_NAME, BOT), subject="Gelesen: " + r.subject,
                  date_=when, body=body, auth_=w.auth("pass", "rheinauhafen-pe.de", "buchhaltung@rheinauhafen-pe.de", "selector1", "40.107.7.91", "de11"),
                  rcv=[w.hop("outlook", when, "de11")], mid=mk.msgid("outlook", "de11"), extra=[("Content-Language", "de-DE")]),
        kind="read_receipt", language="de", original_message_id=r.mid, needs_human=False)

    r = R["d05"]
    when = T("2026-11-05 16:02")
    human = """Dies ist eine Empfangsbestätigung für die Nachricht, die Sie an kreditoren@sihlpark.ch gesendet haben.

Hinweis: Die Empfangsbestätigung bedeutet lediglich, dass die Nachricht auf dem Computer des Empfängers angezeigt wurde. Es gibt keine Garantie, dass der Empfänger die Nachricht gelesen oder verstanden hat.
"""
    body = mk.multipart("report", [mk.text(human, "utf-8", "8bit", params={"format": "flowed"}),
                                   mk.disposition_notification(w.mdn_fields("Mozilla Thunderbird", "kreditoren@sihlpark.ch", r.mid,
                                                                            "manual-action/MDN-sent-manually; displayed", original_rcpt="kreditoren@sihlpark.ch")),
                                   mk.rfc822_headers(r.raw())], bstyle="thunderbird", params={"report-type": "disposition-notification"})
    add("mdn_thunderbird_deutsch",
        w.inbound("de12", frm=("Nadine Egli", "kreditoren@sihlpark.ch"), to=BOT, subject="Empfangsbestätigung (angezeigt) - " + r.subject,
                  date_=when, body=body, auth_=w.auth("pass", "sihlpark.ch", "kreditoren@sihlpark.ch", "sp1", seed="de12"),
                  rcv=[w.hop_domain("sihlpark.ch", when, "de12")], mid=mk.msgid("thunderbird", "de12", "sihlpark.ch"),
                  extra=[("User-Agent", "Mozilla Thunderbird")]),
        kind="read_receipt", language="de", original_message_id=r.mid, needs_human=False,
        note="arrives after the greylisting delay warning of the same reminder")

    r = R["d15"]
    when = T("2026-11-17 10:42")
    txt = f"""Ihr Dokument:      {r.subject}
wurde empfangen von:      Einkauf LZN/Logistikzentrum Niederrhein
am:      17.11.2026 10:42:05 MEZ
"""
    add("lesebestaetigung_notes",
        w.inbound("de13", frm=("Einkauf LZN", "einkauf@logistikzentrum-niederrhein.de"), to=BOT, subject="Lesebestätigung: " + r.subject,
                  date_=when, body=mk.text(txt, "iso-8859-1", "quoted-printable"),
                  auth_=w.auth("pass", "logistikzentrum-niederrhein.de", "einkauf@logistikzentrum-niederrhein.de", "dom", seed="de13"),
                  rcv=[w.hop_domain("logistikzentrum-niederrhein.de", when, "de13")], mid=mk.msgid("generic", "de13", "lzn-notes01.logistikzentrum-niederrhein.de"),
                  irt=r.mid, refs=[r.mid], extra=[("X-Mailer", "HCL Notes Release 12.0.2")], subj_cs="iso-8859-1", subj_enc="Q"),
        kind="read_receipt", language="de", original_message_id=r.mid, needs_human=False, note="non-standard Notes receipt in German")

    # ------------------------------------------------------------------ bounces
    r = R["d02"]
    when = T("2026-11-03 09:00")
    human = f"""This is the mail system at host {w.OUTBOUND}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<d.pietsch@kremer-bau.de>: host mx01.kremer-bau.de[198.51.100.77] said: 550
    5.1.1 <d.pietsch@kremer-bau.de>: Recipient address rejected: User unknown
    in local recipient table (in reply to RCPT TO command)
"""
    body = w.dsn_body(mk.text(human, "us-ascii", "7bit"),
                      [("Reporting-MTA", f"dns; {w.OUTBOUND}"), ("X-Postfix-Queue-ID", "4HqF0c3ZLbz1wR2"), ("X-Postfix-Sender", f"rfc822; {BOT}"),
                       ("Arrival-Date", mk.rfcdate(r.when))],
                      [[("Final-Recipient", "rfc822; d.pietsch@kremer-bau.de"), ("Original-Recipient", "rfc822;d.pietsch@kremer-bau.de"),
                        ("Action", "failed"), ("Status", "5.1.1"), ("Remote-MTA", "dns; mx01.kremer-bau.de"),
                        ("Diagnostic-Code", "smtp; 550 5.1.1 <d.pietsch@kremer-bau.de>: Recipient address rejected: User unknown in local recipient table")]],
                      r.raw(), full=True, seed="de14")
    add("bounce_user_unknown_rcpt",
        w.inbound("de14", frm=("Mail Delivery System", f"MAILER-DAEMON@{w.OUTBOUND}"), to=BOT, subject="Undelivered Mail Returned to Sender",
                  date_=mk.dt("2026-11-03 08:00:03", 0), body=body, auth_=w.auth("internal", w.OUTBOUND),
                  rcv=[w.received(w.OUTBOUND, "185.44.131.25", when, "de14")], mid=mk.msgid("postfix", "de14", w.OUTBOUND),
                  extra=[("Auto-Submitted", "auto-replied")]),
        kind="bounce", language="en", failed_recipients=["d.pietsch@kremer-bau.de"], bounce_permanent=True, bounce_reason="user_unknown",
        original_message_id=r.mid, needs_human=False, note="user unknown at RCPT TO")

    r = R["d05"]
    when = mk.dt("2026-11-05 13:31", 0)
    human = f"""This is the mail system at host {w.OUTBOUND}.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<kreditoren@sihlpark.ch>: host mx1.sihlpark.ch[203.0.113.58] said: 450 4.7.1
    <kreditoren@sihlpark.ch>: Recipient address rejected: Greylisted, see
    https://postgrey.schweizerhost.ch/help/sihlpark.ch (in reply to RCPT TO
    command)
"""
    body = w.dsn_body(mk.text(human, "us-ascii", "7bit"),
                      [("Reporting-MTA", f"dns; {w.OUTBOUND}"), ("X-Postfix-Queue-ID", "4HqJ2m5RsPz1wR8"), ("X-Postfix-Sender", f"rfc822; {BOT}"),
                       ("Arrival-Date", mk.rfcdate(r.when))],
                      [[("Final-Recipient", "rfc822; kreditoren@sihlpark.ch"), ("Action", "delayed"), ("Status", "4.7.1"),
                        ("Remote-MTA", "dns; mx1.sihlpark.ch"),
                        ("Diagnostic-Code", "smtp; 450 4.7.1 <kreditoren@sihlpark.ch>: Recipient address rejected: Greylisted"),
                        ("Will-Retry-Until", mk.rfcdate(mk.dt("2026-11-10 09:30", 0)))]],
                      r.raw(), full=False, seed="de15")
    add("delay_warning_greylisting",
        w.inbound("de15", frm=("Mail Delivery System", f"MAILER-DAEMON@{w.OUTBOUND}"), to=BOT, subject="Delayed Mail (still being retried)",
                  date_=when, body=body, auth_=w.auth("internal", w.OUTBOUND),
                  rcv=[w.received(w.OUTBOUND, "185.44.131.25", when, "de15")], mid=mk.msgid("postfix", "de15", w.OUTBOUND),
                  extra=[("Auto-Submitted", "auto-replied")]),
        kind="bounce", language="en", failed_recipients=["kreditoren@sihlpark.ch"], bounce_permanent=False, bounce_reason="other",
        original_message_id=r.mid, needs_human=False, note="greylisting delay warning: temporary, reason other",
        hard="Action: delayed; the same reminder is read later (MDN)")

    r = R["d14"]
    when = T("2026-11-16 09:00")
    human = f"""Ihre Nachricht konnte nicht zugestellt werden.

Empfänger:   rechnungseingang@stadt-rheinbrueck.de
Betreff:     {r.subject}
Gesendet:    16.11.2026 09:00

Die Nachricht wurde vom Mail-Gateway der Stadtverwaltung Rheinbrück aufgrund der
geltenden Sicherheitsrichtlinie abgewiesen: Zahlungsaufforderungen und Rechnungen externer
Absender werden ausschließlich über das Rechnungseingangsportal (XRechnung) angenommen.

Der Empfänger ist erreichbar; bitte reichen Sie Ihr Anliegen über das Portal ein.

Diagnose: 550 5.7.1 Message rejected due to content policy (RHB-POL-017)

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
Mail-Gateway der Stadtverwaltung Rheinbrück
"""
    body = w.dsn_body(mk.text(human, "iso-8859-1", "quoted-printable"),
                      [("Reporting-MTA", "dns; mgw01.stadt-rheinbrueck.de"), ("Arrival-Date", mk.rfcdate(mk.dt("2026-11-16 08:00:09", 0)))],
                      [[("Final-Recipient", "rfc822; rechnungseingang@stadt-rheinbrueck.de"), ("Action", "failed"), ("Status", "5.7.1"),
                        ("Diagnostic-Code", "smtp; 550 5.7.1 Message rejected due to content policy (RHB-POL-017)")]],
                      r.raw(), full=False, bstyle="java", seed="de16")
    add("bounce_policy_deutsch",
        w.inbound("de16", frm=("Mail-Gateway Stadt Rheinbrück", "postmaster@stadt-rheinbrueck.de"), to=BOT,
                  subject="Unzustellbar: " + r.subject, date_=when, body=body,
                  auth_=w.auth("bounce_signed", "stadt-rheinbrueck.de", helo="mgw01.stadt-rheinbrueck.de", ip="198.51.100.90", seed="de16"),
                  rcv=[w.received("mgw01.stadt-rheinbrueck.de", "198.51.100.90", when, "de16")], mid=mk.msgid("java", "de16", "mgw01.stadt-rheinbrueck.de"),
                  extra=[("Auto-Submitted", "auto-replied")], subj_cs="iso-8859-1", subj_enc="Q"),
        kind="bounce", language="de", failed_recipients=["rechnungseingang@stadt-rheinbrueck.de"], bounce_permanent=True, bounce_reason="policy",
        original_message_id=r.mid, needs_human=False, note="German policy rejection by the recipient's gateway; address alive")

    # -------------------------------------------------------------- auto-replies
    r = R["d09"]
    when = T("2026-11-09 09:31")
    txt = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 13.11.2026, nicht im
Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. Ab Montag, 16.11., bin ich
wieder für Sie da.

In dringenden Fällen wenden Sie sich bitte an Frau Melanie Ruprecht
(m.ruprecht@fehrenbach-partner.de, Tel. 0711 2205 4410).

Mit freundlichen Grüßen
Torsten Fehrenbach
Rechtsanwalt | Fachanwalt für Bau- und Architektenrecht
Fehrenbach Partner Rechtsanwälte mbB
"""
    add("abwesenheit_deutsch",
        w.inbound("de17", frm=("Torsten Fehrenbach", "t.fehrenbach@fehrenbach-partner.de"), to=(BOT_NAME, BOT),
                  subject="Automatische Antwort: " + r.subject, date_=when, body=mk.text(txt, "utf-8", "quoted-printable"),
                  auth_=w.auth("pass", "fehrenbach-partner.de", "t.fehrenbach@fehrenbach-partner.de", "selector1", "40.107.7.33", "de17"),
                  rcv=[w.hop("outlook", when, "de17")], mid=mk.msgid("outlook", "de17"), irt=r.mid, refs=[r.mid],
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Content-Language", "de-DE")], order="outlook"),
        kind="auto_reply", language="de", return_date="2026-11-16", original_message_id=r.mid, needs_human=False)

    r = R["d06"]
    when = T("2026-11-06 09:16")
    txt = """Bonjour,

Je suis absente du bureau jusqu'au vendredi 20 novembre inclus, avec un accès limité à
ma messagerie. Je serai de retour le lundi 23 novembre.

Pour toute question urgente concernant la comptabilité fournisseurs, merci de vous
adresser à comptabilite@regie-leman.ch.

Meilleures salutations,

Valérie Junod
Comptable fournisseurs – Régie du Léman SA
Avenue de Rumine 20, 1005 Lausanne
"""
    add("absence_francais_sans_entetes",
        w.inbound("de18", frm=("Valérie Junod", "v.junod@regie-leman.ch"), to=BOT, subject="Absence du bureau: " + r.subject,
                  date_=when, body=mk.text(txt, "windows-1252", "quoted-printable"),
                  auth_=w.auth("pass", "regie-leman.ch", "v.junod@regie-leman.ch", "s2024", seed="de18"),
                  rcv=[w.hop_domain("regie-leman.ch", when, "de18")], mid=mk.msgid("generic", "de18", "regie-leman.ch"),
                  extra=[("X-Mailer", "Open-Xchange Mailer v7.10.6")], subj_cs="windows-1252", subj_enc="Q"),
        kind="auto_reply", language="fr", return_date="2026-11-23", original_message_id="", needs_human=False,
        note="no Auto-Submitted, no In-Reply-To/References: cannot be tied to the reminder by id",
        hard="French, no RFC 3834 headers and no threading headers")

    r = R["d07"]
    when = T("2026-11-30 09:00")
    txt = """Gentili signore e signori,

sono assente dall'ufficio fino a lunedì 7 dicembre compreso. Martedì 8 dicembre
(Immacolata Concezione) l'ufficio resta chiuso; sarò nuovamente raggiungibile da
mercoledì 9 dicembre.

Per questioni urgenti potete rivolgervi a amministrazione@bernasconi-costruzioni.ch.

Cordiali saluti
Chiara Bernasconi
Costruzioni Ticinesi Bernasconi SA, Via Cantonale 18, 6900 Lugano
"""
    add("assenza_italiano_festivo",
        w.inbound("de19", frm=("Chiara Bernasconi", "c.bernasconi@bernasconi-costruzioni.ch"), to=BOT,
                  subject="Risposta automatica: " + r.subject, date_=when, body=mk.text(txt, "iso-8859-1", "quoted-printable"),
                  auth_=w.auth("pass", "bernasconi-costruzioni.ch", "c.bernasconi@bernasconi-costruzioni.ch", "selector1", "40.107.7.12", "de19"),
                  rcv=[w.hop("outlook", when, "de19")], mid=mk.msgid("outlook", "de19"), irt=r.mid, refs=[r.mid],
                  extra=[("X-Autoreply", "yes"), ("Content-Language", "it-CH")]),
        kind="auto_reply", language="it", return_date="2026-12-09", original_message_id=r.mid, needs_human=False,
        hard="last day away 7 Dec, 8 Dec is a Ticino holiday, back 9 Dec")

    # --------------------------------------------------------------- challenge
    r = R["d04"]
    when = T("2026-11-04 10:01")
    url = "https://verify.mailsentinel.de/c/8Kq2ZpR4wT?r=h.brenninkmeyer%40autohaus-brenninkmeyer.de"
    txt = f"""Guten Tag,

Ihre E-Mail an h.brenninkmeyer@autohaus-brenninkmeyer.de mit dem Betreff
"{r.subject}" wurde vorläufig zurückgehalten.

Um zu bestätigen, dass Sie kein automatisiertes Spam-System sind, klicken Sie bitte
einmalig auf folgenden Link:

  {url}

Nach der Bestätigung wird Ihre Nachricht sofort zugestellt und alle weiteren E-Mails von
{BOT} erreichen den Empfänger direkt. Unbestätigte Nachrichten werden nach 7 Tagen
gelöscht.

MailSentinel Spamschutz – im Auftrag von Autohaus Brenninkmeyer GmbH
"""
    add("challenge_mailsentinel_deutsch",
        w.inbound("de20", frm=("MailSentinel Spamschutz", "noreply@mailsentinel.de"), to=BOT,
                  subject="Bitte bestätigen Sie Ihre E-Mail-Adresse", date_=when, body=mk.text(txt, "utf-8", "quoted-printable"),
                  auth_=w.auth("pass", "mailsentinel.de", "bounce@mailsentinel.de", "ms1", seed="de20"),
                  rcv=[w.hop_domain("mailsentinel.de", when, "de20")], mid=mk.msgid("generic", "de20", "mailsentinel.de"),
                  irt=r.mid, refs=[r.mid], extra=[("Auto-Submitted", "auto-replied")]),
        kind="challenge", language="de", challenge=url, original_message_id=r.mid, needs_human=True)

    # ---------------------------------------------------------------- payments
    def cbk(seed, when, subj, txt):
        return w.inbound(seed, frm=("Commerzbank", "benachrichtigung@commerzbank.de"), to=BOT, subject=subj, date_=when,
                         body=mk.text(txt, "iso-8859-1", "quoted-printable"),
                         auth_=w.auth("pass_reject", "commerzbank.de", "bounce@mailing.commerzbank.de", "cbk2025", "193.110.56.10", seed),
                         rcv=[w.received("mout2.commerzbank.de", "193.110.56.10", when, seed)], mid=mk.msgid("java", seed, "commerzbank.de"))

    when = T("2026-11-16 06:40")
    txt = """Kontobenachrichtigung - Zahlungseingang

Sehr geehrte Kundin, sehr geehrter Kunde,

auf Ihrem Konto DE44 3004 0000 0912 3456 00 (Corrydale Fassaden & Glas GmbH) wurde
folgender Umsatz gebucht:

  Buchungstag:       16.11.2026
  Wertstellung:      13.11.2026
  Betrag:            +8.863,12 EUR
  Auftraggeber:      RHEINAUHAFEN PROJEKTENTWICKLUNG GMBH + CO. KG
  Verwendungszweck:  RG-2026-2234 ABZGL. 2 PROZ. SKONTO 180,88
  End-to-End-Ref.:   RPE-ZL-20261113-0071

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
Commerzbank AG
"""
    add("commerzbank_skonto_abzug", cbk("de21", when, "Zahlungseingang auf Ihrem Konto ***3456 00", txt),
        kind="payment_confirmation", language="de", invoice_numbers=["RG-2026-2234"], amount="8863.12", currency="EUR",
        payment_date="2026-11-13", payment_full=False, needs_human=True,
        note="Skonto deducted (9,044.00 open): by the convention payment_full compares with the open amount -> false; staff must accept the Skonto",
        hard="Wertstellung 13.11. differs from Buchungstag 16.11.; short by exactly the offered Skonto")

    when = T("2026-12-02 07:01")
    txt = """Kontobenachrichtigung - Zahlungseingang

auf Ihrem Konto DE44 3004 0000 0912 3456 00 wurde folgender Umsatz gebucht:

  Buchungstag:       02.12.2026
  Wertstellung:      02.12.2026
  Betrag:            +23.859,50 EUR
  Auftraggeber:      FEHRENBACH PARTNER RECHTSANWAELTE MBB
  Verwendungszweck:  RG-2026-2249 21.301,00 / RG-2026-2250 2.558,50
  Mandatsreferenz:   -

Commerzbank AG
"""
    add("commerzbank_sammelzahlung_aufgeteilt", cbk("de22", when, "Zahlungseingang auf Ihrem Konto ***3456 00", txt),
        kind="payment_confirmation", language="de", invoice_numbers=["RG-2026-2249", "RG-2026-2250"], amount="23859.50", currency="EUR",
        payment_date="2026-12-02", payment_full=True, allocations=[("RG-2026-2249", "21301.00"), ("RG-2026-2250", "2558.50")], needs_human=False)

    when = T("2026-12-08 08:15")
    txt = """Guten Tag

PostFinance informiert Sie über folgende Gutschrift:

Konto:            CH93 0900 0000 8712 4455 3
Betrag:           CHF 48'216.35
Valuta:           08.12.2026
Auftraggeber:     Sihlpark Immobilien AG, Zürich
QR-Referenz:      21 00000 00003 13947 14300 09017
Mitteilung:       RG-2026-2241

Freundliche Grüsse
PostFinance AG
"""
    htm = ("<html><body style=\"font-family:Frutiger,Arial\"><p>Guten Tag</p><p>PostFinance informiert Sie über folgende Gutschrift:</p>"
           "<table><tr><td>Betrag</td><td><b>CHF 48'216.35</b></td></tr><tr><td>Valuta</td><td>08.12.2026</td></tr>"
           "<tr><td>Auftraggeber</td><td>Sihlpark Immobilien AG, Zürich</td></tr><tr><td>Mitteilung</td><td>RG-2026-2241</td></tr></table>"
           "<p>Freundliche Grüsse<br>PostFinance AG</p></body></html>\n")
    add("postfinance_qr_gutschrift",
        w.inbound("de23", frm=("PostFinance", "noreply@postfinance.ch"), to=BOT, subject="Gutschrift CHF 48'216.35", date_=when,
                  body=mk.multipart("alternative", [mk.text(txt, "utf-8", "quoted-printable"), mk.html(htm, "utf-8", "base64")], bstyle="java"),
                  auth_=w.auth("pass_reject", "postfinance.ch", "bounce@postfinance.ch", "pf1", "194.41.128.20", "de23"),
                  rcv=[w.received("mx-out2.postfinance.ch", "194.41.128.20", when, "de23")], mid=mk.msgid("java", "de23", "postfinance.ch")),
        kind="payment_confirmation", language="de", invoice_numbers=["RG-2026-2241"], amount="48216.35", currency="CHF",
        payment_date="2026-12-08", payment_full=True, needs_human=False)

    when = T("2026-11-17 09:44")
    txt = """George Business – Zahlungseingang

Auf Ihrem Konto AT48 2011 1822 1944 7200 ist ein Betrag eingelangt:

  Betrag:             EUR 33.600,00
  Valutadatum:        17.11.2026
  Auftraggeber:       IMMOBILIEN WIEDENHOFER GMBH
  IBAN Auftraggeber:  AT61 3800 0000 0441 2207
  Zahlungsreferenz:   Rechnung vom 29.09. Fassade Graz

Diese Nachricht wurde automatisch erstellt.
Erste Bank der oesterreichischen Sparkassen AG
"""
    add("erste_ohne_rechnungsnummer",
        w.inbound("de24", frm=("George Business", "george-business@erstebank.at"), to=BOT, subject="Zahlungseingang EUR 33.600,00",
                  date_=when, body=mk.text(txt, "utf-8", "quoted-printable"),
                  auth_=w.auth("pass_reject", "erstebank.at", "noreply@erstebank.at", "eb1", "194.232.104.4", "de24"),
                  rcv=[w.received("mailout.erstebank.at", "194.232.104.4", when, "de24")], mid=mk.msgid("java", "de24", "erstebank.at")),
        kind="payment_confirmation", language="de", invoice_numbers="", amount="33600.00", currency="EUR",
        payment_date="2026-11-17", payment_full=False, needs_human=True,
        note="no invoice number (only 'Rechnung vom 29.09.'); amount happens to equal RG-2026-2199, which staff later mark paid",
        hard="payment without invoice reference although amount matches an open invoice")

    when = T("2026-11-24 05:51")
    txt = """Sehr geehrte Kundin, sehr geehrter Kunde,

eine eingehende Zahlung über 57.120,00 EUR (Auftraggeber: Stadt Rheinbrück, Verwendungszweck
RG-2026-2246) wurde aus Sicherheitsgründen angehalten.

Um die Gutschrift freizugeben, bestätigen Sie bitte innerhalb von 48 Stunden Ihre
Kontodaten über den folgenden Link:

  https://commerzbank-zahlungsavis.de/freigabe?ref=RG-2026-2246

Andernfalls wird die Zahlung an den Auftraggeber zurückgeleitet.

Ihre Commerzbank
"""
    add("gefaelschtes_zahlungsavis",
        w.inbound("de25", frm=("Commerzbank Zahlungsavis", "benachrichtigung@commerzbank-zahlungsavis.de"), to=BOT,
                  subject="Zahlungseingang angehalten – Freigabe erforderlich", date_=when, body=mk.text(txt, "utf-8", "8bit"),
                  auth_=w.auth("none", "commerzbank-zahlungsavis.de", "info@commerzbank-zahlungsavis.de", ip="185.234.72.19", seed="de25"),
                  rcv=[w.received("srv1.commerzbank-zahlungsavis.de", "185.234.72.19", when, "de25", tls=False)],
                  mid=mk.msgid("generic", "de25", "commerzbank-zahlungsavis.de")),
        kind="other", language="de", invoice_numbers=["RG-2026-2246"], needs_human=True, note="look-alike bank domain, DMARC none",
        hard="forged notice names a real, freshly issued invoice")

    # ------------------------------------------------------------ client replies
    r = R["d01"]
    when = T("2026-11-09 11:20")
    txt = f"""Sehr geehrte Damen und Herren,

die o. g. Rechnung RG-2026-2178 wurde am 06.11.2026 überwiesen. Bitte prüfen Sie den
Zahlungseingang.

Mit freundlichen Grüßen
i. A. Birgit Hochstetter
Buchhaltung
Rheinauhafen Projektentwicklung GmbH & Co. KG

{w.quote('outlook_de', r, 1)}"""
    add("bezahlt_mit_datum",
        w.inbound("de26", frm=("Birgit Hochstetter", "buchhaltung@rheinauhafen-pe.de"), to=(BOT_NAME, BOT), subject="AW: " + r.subject,
                  date_=when, body=mk.text(txt, "windows-1252", "quoted-printable"),
                  auth_=w.auth("pass", "rheinauhafen-pe.de", "buchhaltung@rheinauhafen-pe.de", "selector1", "40.107.7.91", "de26"),
                  rcv=[w.hop("outlook", when, "de26")], mid=mk.msgid("outlook", "de26"), irt=r.mid, refs=[r.mid], order="outlook"),
        kind="client_reply", language="de", intent="paid", invoice_numbers=["RG-2026-2178"], payment_date="2026-11-06",
        original_message_id=r.mid, needs_human=False)

    r = R["d04"]
    when = T("2026-11-19 21:40")
    txt = f"""moin, wird morgen überwiesen. gruß heiner brenninkmeyer

Von meinem iPhone gesendet

{w.quote('tb_de', r, 1)}"""
    add("zusage_morgen_handy",
        w.inbound("de27", frm=("Heiner Brenninkmeyer", "h.brenninkmeyer@autohaus-brenninkmeyer.de"), to=BOT, subject="Re: " + r.subject,
                  date_=when, body=mk.text(txt, "utf-8", "quoted-printable"),
                  auth_=w.auth("pass", "autohaus-brenninkmeyer.de", "h.brenninkmeyer@autohaus-brenninkmeyer.de", "ionos", "212.227.126.130", "de27"),
                  rcv=[w.received("mout.kundenserver.de", "212.227.126.130", when, "de27")], mid=mk.msgid("apple", "de27", "autohaus-brenninkmeyer.de"),
                  irt=r.mid, refs=[r.mid], extra=[("X-Mailer", "iPhone Mail (22B91)")]),
        kind="client_reply", language="de", intent="promise", invoice_numbers=["RG-2026-2201"], promised_date="2026-11-20",
        original_message_id=r.mid, needs_human=False, note="'morgen' from Thu 19 Nov 21:40 CET -> 20 Nov",
        hard="lower-case phone text; reply two weeks after the reminder")

    r = R["d15"]
    when = T("2026-11-18 15:02")
    txt = f"""Sehr geehrte Damen und Herren,

hiermit widersprechen wir Ihrer Rechnung RG-2026-2212 in voller Höhe.

Die Abnahme der Lichtbänder in Halle 3 ist nicht erfolgt. Bei der Begehung am 28.10.2026
wurden erhebliche Mängel festgestellt (undichte Anschlüsse an den Achsen 7–12,
beschädigte Polycarbonatplatten, fehlende Absturzsicherung), siehe Mängelprotokoll, das
Ihrem Bauleiter Herrn Kögl vorliegt.

Bis zur vollständigen Mängelbeseitigung machen wir von unserem Zurückbehaltungsrecht
Gebrauch. Eine Zahlung erfolgt erst nach mangelfreier Abnahme.

Mit freundlichen Grüßen

Logistikzentrum Niederrhein GmbH
ppa. Ralf Overbeck
Leiter Einkauf & Facility

{w.quote('outlook_de', r, 1)}"""
    add("widerspruch_maengel",
        w.inbound("de28", frm=("Ralf Overbeck", "r.overbeck@logistikzentrum-niederrhein.de"), to=(BOT_NAME, BOT),
                  cc=[("Einkauf LZN", "einkauf@logistikzentrum-niederrhein.de")], subject="AW: " + r.subject, date_=when,
                  body=mk.text(txt, "utf-8", "base64"),
                  auth_=w.auth("pass", "logistikzentrum-niederrhein.de", "r.overbeck@logistikzentrum-niederrhein.de", "dom", seed="de28"),
                  rcv=[w.hop_domain("logistikzentrum-niederrhein.de", when, "de28")], mid=mk.msgid("exchange", "de28", "lzn-ex.logistikzentrum-niederrhein.de"),
                  irt=r.mid, refs=[r.mid], order="outlook"),
        kind="client_reply", language="de", intent="dispute", invoice_numbers=["RG-2026-2212"], original_message_id=r.mid, needs_human=True)

    r = R["d16"]
    when = T("2026-11-20 10:12")
    txt = f"""Sehr geehrte Damen und Herren,

vielen Dank für Ihre freundliche Erinnerung. Leider ist unser Haushalt für 2026 bereits
ausgeschöpft; der neue Haushaltsplan wird vom Kirchengemeinderat erst im Januar
beschlossen.

Wäre es möglich, die Rechnung RG-2026-2169 über 2.380,00 € in drei Monatsraten zu je
793,33 € (Dezember, Januar, Februar) zu begleichen? Für Ihr Entgegenkommen wären wir
sehr dankbar.

Mit freundlichen Grüßen und Gottes Segen
Gertrud Vahlenkamp
Pfarrbüro St. Jakobi Lübeck

{w.quote('tb_de', r, 1)}"""
    add("ratenzahlung_kirchengemeinde",
        w.inbound("de29", frm=("Pfarrbüro St. Jakobi", "pfarrbuero@st-jakobi-luebeck.de"), to=BOT, subject="Re: " + r.subject, date_=when,
                  body=mk.text(txt, "utf-8", "quoted-printable"),
                  auth_=w.auth("pass", "st-jakobi-luebeck.de", "pfarrbuero@st-jakobi-luebeck.de", "s1", seed="de29"),
                  rcv=[w.hop_domain("st-jakobi-luebeck.de", when, "de29")], mid=mk.msgid("thunderbird", "de29", "st-jakobi-luebeck.de"),
                  irt=r.mid, refs=[r.mid], extra=[("User-Agent", "Mozilla Thunderbird")]),
        kind="client_reply", language="de", intent="plan", invoice_numbers=["RG-2026-2169"], original_message_id=r.mid, needs_human=True)

    r = R["d10"]
    when = T("2026-11-10 14:25")
    txt = f"""Guten Tag,

die Rechnung RG-2026-2188 liegt uns nicht vor – weder per Post noch per Mail. Bitte
senden Sie sie erneut an rechnungen@wg-lindenhof.de (nur PDF, keine Links), dann wird sie
umgehend geprüft.

Freundliche Grüße
Sabine Pohlmann
Wohnungsgenossenschaft Lindenhof eG – Technik/Bestand

{w.quote('gmail_de', r, 1)}"""
    add("rechnung_nicht_erhalten",
        w.inbound("de30", frm=("Sabine Pohlmann", "s.pohlmann@wg-lindenhof.de"), to=BOT, subject="Re: " + r.subject, date_=when,
                  body=mk.text(txt, "utf-8", "quoted-printable"),
                  auth_=w.auth("pass", "wg-lindenhof.de", "s.pohlmann@wg-lindenhof.de", "google", "209.85.221.44", "de30"),
                  rcv=[w.hop("google", when, "de30")], mid=mk.msgid("gmail", "de30"), irt=r.mid, refs=[r.mid]),
        kind="client_reply", language="de", intent="not_received", invoice_numbers=["RG-2026-2188"], original_message_id=r.mid, needs_human=False)

    r = R["d11"]
    when = T("2026-11-11 13:33")
    txt = f"""Sehr geehrte Damen und Herren,

bitte um Bekanntgabe Ihrer österreichischen Bankverbindung (IBAN/BIC samt
Kontoinhaber). Unsere Hausbank verrechnet bei Auslandsüberweisungen Spesen, daher
überweisen wir nur auf österreichische Konten. Auf der Rechnung ist nur das deutsche
Konto angeführt.

Mit freundlichen Grüßen
Mag. Elisabeth Wiedenhofer
Immobilien Wiedenhofer GmbH, Graz

{w.quote('outlook_de', r, 1)}"""
    add("bankverbindung_oesterreich",
        w.inbound("de31", frm=("Elisabeth Wiedenhofer", "office@wiedenhofer-immo.at"), to=(BOT_NAME, BOT), subject="AW: " + r.subject,
                  date_=when, body=mk.text(txt, "windows-1252", "quoted-printable"),
                  auth_=w.auth("pass", "wiedenhofer-immo.at", "office@wiedenhofer-immo.at", "selector1", "40.107.7.55", "de31"),
                  rcv=[w.hop("outlook", when, "de31")], mid=mk.msgid("outlook", "de31"), irt=r.mid, refs=[r.mid], order="outlook"),
        kind="client_reply", language="de", intent="payment_details", invoice_numbers=["RG-2026-2199"], original_message_id=r.mid, needs_human=False,
        hard="the quoted reminder already shows the Austrian account (bank details mismatch is the client's perception)")

    r = R["d05"]
    when = T("2026-11-06 08:50")
    txt = f"""Guten Tag Herr Brunner / liebes AR-Team

Bevor wir die RG-2026-2195 freigeben können: Sind darin die Regiearbeiten vom September
(Rapporte 7–10) schon enthalten oder kommen die noch separat? Wir müssen die Regie an
die Bauherrschaft weiterverrechnen und brauchen dafür die Aufteilung.

Besten Dank und freundliche Grüsse
Nadine Egli
Sihlpark Immobilien AG

{w.quote('tb_de', r, 1)}"""
    add("frage_regiearbeiten",
        w.inbound("de32", frm=("Nadine Egli", "kreditoren@sihlpark.ch"), to=BOT, subject="Re: " + r.subject, date_=when,
                  body=mk.text(txt, "utf-8", "quoted-printable"),
                  auth_=w.auth("pass", "sihlpark.ch", "kreditoren@sihlpark.ch", "sp1", seed="de32"),
                  rcv=[w.hop_domain("sihlpark.ch", when, "de32")], mid=mk.msgid("thunderbird", "de32", "sihlpark.ch"), irt=r.mid, refs=[r.mid]),
        kind="client_reply", language="de", intent="question", invoice_numbers=["RG-2026-2195"], original_message_id=r.mid, needs_human=True,
        hard="Swiss German; 'bevor wir freigeben' sounds conditional but asks a question")

    r = R["d17"]
    when = T("2026-11-19 12:48")
    txt = f"""Bitte stellen Sie diese automatischen E-Mails an meine Praxisadresse ein. Ich kläre die
Angelegenheit direkt mit Frau Wirtz-Oberländer, wie bereits telefonisch besprochen.

Dr. med. dent. Aydın Kaplan

{w.quote('gmail_de', r, 1)}"""
    add("stopp_automatische_mails",
        w.inbound("de33", frm=("Dr. Aydın Kaplan", "praxis@dr-kaplan-zahnmedizin.de"), to=BOT, subject="Re: " + r.subject, date_=when,
                  body=mk.text(txt, "utf-8", "base64"),
                  auth_=w.auth("pass", "dr-kaplan-zahnmedizin.de", "praxis@dr-kaplan-zahnmedizin.de", "google", "209.85.221.49", "de33"),
                  rcv=[w.hop("google", when, "de33")], mid=mk.msgid("gmail", "de33"), irt=r.mid, refs=[r.mid]),
        kind="client_reply", language="de", intent="stop", invoice_numbers=["RG-2026-2180"], original_message_id=r.mid, needs_human=True)

    r = R["d03"]
    when = T("2026-11-18 16:20")
    txt = f"""Sehr geehrte Damen und Herren,

entgegen meiner Mail vom 10.11. können wir die RG-2026-2190 leider nicht am 20.11.
begleichen. Die Rechnung ist jetzt für den Zahllauf am 04.12. vorgesehen.

Mit freundlichen Grüßen
Marion Stölzle
Kreditorenbuchhaltung
Bauunternehmung Gebr. Kremer GmbH

-----Ursprüngliche Nachricht-----
Von: Marion Stölzle
Gesendet: Dienstag, 10. November 2026 11:02
An: '{BOT}'
Betreff: AW: {r.subject}

Die Rechnung wird mit dem Zahllauf am 20.11. bezahlt.

{w.quote('outlook_de', r, 1)}"""
    add("zusage_verschoben",
        w.inbound("de34", frm=("Marion Stölzle", "kreditoren@kremer-bau.de"), to=(BOT_NAME, BOT), subject="AW: " + r.subject, date_=when,
                  body=mk.text(txt, "windows-1252", "quoted-printable"),
                  auth_=w.auth("pass", "kremer-bau.de", "kreditoren@kremer-bau.de", "kb1", seed="de34"),
                  rcv=[w.hop_domain("kremer-bau.de", when, "de34", host="mx01.kremer-bau.de")], mid=mk.msgid("exchange", "de34", "KB-EX01.kremer.local"),
                  irt=r.mid, refs=[r.mid], order="outlook"),
        kind="client_reply", language="de", intent="promise", invoice_numbers=["RG-2026-2190"], promised_date="2026-12-04",
        original_message_id=r.mid, needs_human=False, note="old date 20.11. negated, new date 04.12.",
        hard="two dates, the earlier one quoted as a previous promise")

    r = R["d09"]
    when = T("2026-11-12 09:58")
    txt = f"""Sehr geehrte Damen und Herren,

Herr Fehrenbach ist diese Woche nicht im Haus; ich antworte in seinem Auftrag.

Wir werden die Rechnung RG-2026-2172 bis Ende des Monats begleichen, sofern uns bis dahin
die unterschriebenen Abnahmeprotokolle für die Glastrennwände im 2. OG vorliegen. Diese
fehlen uns nach wie vor.

Mit freundlichen Grüßen
Melanie Ruprecht
Büroleitung – Fehrenbach Partner Rechtsanwälte mbB

{w.quote('outlook_de', r, 1)}"""
    add("bedingte_zusage_monatsende",
        w.inbound("de35", frm=("Melanie Ruprecht", "m.ruprecht@fehrenbach-partner.de"), to=(BOT_NAME, BOT), subject="AW: " + r.subject,
                  date_=when, body=mk.text(txt, "utf-8", "quoted-printable"),
                  auth_=w.auth("pass", "fehrenbach-partner.de", "m.ruprecht@fehrenbach-partner.de", "selector1", "40.107.7.33", "de35"),
                  rcv=[w.hop("outlook", when, "de35")], mid=mk.msgid("outlook", "de35"), irt=r.mid, refs=[r.mid], order="outlook"),
        kind="client_reply", language="de", intent="promise", invoice_numbers=["RG-2026-2172"], promised_date="2026-11-30",
        original_message_id=r.mid, needs_human=True, note="conditional promise; 'Ende des Monats' = 30 Nov")

    r = R["d08"]
    when = T("2026-11-20 17:05")
    txt = f"""Guten Tag

Bitte vergessen Sie meine Zusage von letzter Woche betreffend die Rechnung RG-2026-2207.
Die Geschäftsleitung hat alle Zahlungen an Lieferanten bis auf Weiteres gestoppt, bis die
Schlussabrechnung mit der Bauherrschaft vorliegt. Ich melde mich, sobald ich mehr weiss.

Cordiali saluti / Freundliche Grüsse
Gianluca Bernasconi
Direzione finanziaria, Costruzioni Ticinesi Bernasconi SA

{w.quote('outlook_de', r, 1)}"""
    add("zusage_zurueckgezogen",
        w.inbound("de36", frm=("Gianluca Bernasconi", "g.bernasconi@bernasconi-costruzioni.ch"), to=(BOT_NAME, BOT), subject="R: " + r.subject,
                  date_=when, body=mk.text(txt, "windows-1252", "quoted-printable"),
                  auth_=w.auth("pass", "bernasconi-costruzioni.ch", "g.bernasconi@bernasconi-costruzioni.ch", "selector1", "40.107.7.12", "de36"),
                  rcv=[w.hop("outlook", when, "de36")], mid=mk.msgid("outlook", "de36"), irt=r.mid, refs=[r.mid], order="outlook"),
        kind="client_reply", language="de", intent="other", invoice_numbers=["RG-2026-2207"], original_message_id=r.mid, needs_human=True,
        note="retracted promise without a new date -> other", hard="Italian 'R:' reply prefix; retracted promise reads like a dispute")

    r = R["d06"]
    when = T("2026-11-24 10:30")
    txt = f"""Bonjour,

De retour de vacances, je reprends votre rappel. Nous avons réglé CHF 6'500.– le 20
novembre sur votre compte PostFinance. Le solde de CHF 852.10 correspond aux frais de
nacelle facturés en sus, que nous contestons : selon l'offre du 3 juin, la nacelle était
comprise dans le forfait.

Merci de nous envoyer une note de crédit pour ce montant.

Meilleures salutations,
Valérie Junod
Régie du Léman SA

{w.quote('tb_de', r, 1)}"""
    add("mixte_paye_et_conteste_fr",
        w.inbound("de37", frm=("Valérie Junod", "v.junod@regie-leman.ch"), to=BOT, subject="RE: " + r.subject, date_=when,
                  body=mk.text(txt, "windows-1252", "quoted-printable"),
                  auth_=w.auth("pass", "regie-leman.ch", "v.junod@regie-leman.ch", "s2024", seed="de37"),
                  rcv=[w.hop_domain("regie-leman.ch", when, "de37")], mid=mk.msgid("generic", "de37", "regie-leman.ch"), irt=r.mid, refs=[r.mid],
                  extra=[("X-Mailer", "Open-Xchange Mailer v7.10.6")]),
        kind="client_reply", language="fr", intent="dispute", invoice_numbers=["RG-2026-2183"], amount="6500.00", currency="CHF",
        payment_date="2026-11-20", original_message_id=r.mid, needs_human=True,
        note="mixed: partial payment claim (CHF 6'500.– on 20 Nov) + dispute of the CHF 852.10 balance -> dispute",
        hard="French reply to a German reminder; 'CHF 6'500.–' notation")

    r = R["d13"]
    when = T("2026-11-24 08:12")
    txt = f"""Servus,

haben die RG-2026-2204 gestern überwiesen (8.880,– auf die Erste). Die erste Mahnung ist
leider an eine falsche Adresse gegangen, daher die Verzögerung – bitte ab jetzt an
buchhaltung@hotel-alpenrose.tirol.

LG Andrea Mayrhofer
Hotel Alpenrose ****, Innsbruck-Igls

{w.quote('gmail_de', r, 1)}"""
    add("bezahlt_gestern_oesterreich",
        w.inbound("de38", frm=("Andrea Mayrhofer", "buchhaltung@hotel-alpenrose.tirol"), to=BOT, subject="Re: " + r.subject, date_=when,
                  body=mk.text(txt, "utf-8", "quoted-printable"),
                  auth_=w.auth("pass", "hotel-alpenrose.tirol", "buchhaltung@hotel-alpenrose.tirol", "google", "209.85.221.52", "de38"),
                  rcv=[w.hop("google", when, "de38")], mid=mk.msgid("gmail", "de38"), irt=r.mid, refs=[r.mid]),
        kind="client_reply", language="de", intent="paid", invoice_numbers=["RG-2026-2204"], payment_date="2026-11-23",
        original_message_id=r.mid, needs_human=False, note="'gestern' from Tue 24 Nov -> 23 Nov", hard="Austrian '8.880,–' and 'gestern'")

    # ------------------------------------------------------------ staff commands
    when = T("2026-11-18 09:05")
    txt = """Hallo Bot,

bitte RG-2026-2199 (Immobilien Wiedenhofer) als bezahlt buchen: 33.600,00 € sind am
17.11. auf dem Erste-Konto eingegangen, im Avis stand nur „Rechnung vom 29.09.".

Danke
Jana
"""
    add("staff_als_bezahlt_buchen",
        staff_in("de39", "jana", [(BOT_NAME, BOT)], "RG-2026-2199 bezahlt", when, mk.text(txt, "utf-8", "quoted-printable"), cc=[]),
        kind="staff_command", language="de", invoice_numbers=["RG-2026-2199"], amount="33600.00", currency="EUR", payment_date="2026-11-17",
        needs_human=False, note="mark paid")

    when = T("2026-11-19 07:58")
    txt = """Mahnstopp für Logistikzentrum Niederrhein, RG-2026-2212, bis 15.01.2027.
Mängelrüge Halle 3 – klären wir mit dem Bauleiter vor Ort. Bitte keine weiteren
Erinnerungen schicken.

Svenja
"""
    add("staff_mahnstopp",
        staff_in("de40", "svenja", [(BOT_NAME, BOT)], "Mahnstopp LZN", when, mk.text(txt, "utf-8", "quoted-printable"), cc=[]),
        kind="staff_command", language="de", invoice_numbers=["RG-2026-2212"], needs_human=False,
        note="pause/dispute until 2027-01-15 (no column for the pause date)")

    # ----------------------------------------------------------------- other
    r = R["d12"]
    when = mk.dt("2026-11-12 08:00", 0)
    human = f"""This is the mail system at host {w.OUTBOUND}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<buchhaltung@hotel-alpenrose-tirol.at>: Host or domain name not found. Name
    service error for name=hotel-alpenrose-tirol.at type=A: Host not found
"""
    body = w.dsn_body(mk.text(human, "us-ascii", "7bit"),
                      [("Reporting-MTA", f"dns; {w.OUTBOUND}"), ("X-Postfix-Queue-ID", "4HqN7t0WYkz1wS3"), ("X-Postfix-Sender", f"rfc822; {BOT}"),
                       ("Arrival-Date", mk.rfcdate(r.when))],
                      [[("Final-Recipient", "rfc822; buchhaltung@hotel-alpenrose-tirol.at"), ("Action", "failed"), ("Status", "5.4.4"),
                        ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service error for name=hotel-alpenrose-tirol.at type=A: Host not found")]],
                      r.raw(), full=True, seed="de41")
    add("dns_fehler_falsche_domain",
        w.inbound("de41", frm=("Mail Delivery System", f"MAILER-DAEMON@{w.OUTBOUND}"), to=BOT, subject="Undelivered Mail Returned to Sender",
                  date_=when, body=body, auth_=w.auth("internal", w.OUTBOUND),
                  rcv=[w.received(w.OUTBOUND, "185.44.131.25", when, "de41")], mid=mk.msgid("postfix", "de41", w.OUTBOUND),
                  extra=[("Auto-Submitted", "auto-replied")]),
        kind="other", language="en", original_message_id=r.mid, needs_human=True,
        note="DNS failure (host not found) -> kind other; reminder went to a mistyped domain, staff must fix the address",
        hard="looks exactly like a bounce but is a DNS failure")

    when = T("2026-11-25 10:00")
    htm = """<html><body style="font-family:Arial"><table width="640" align="center"><tr><td>
<h2 style="color:#004a7c">Flachglas-Newsletter 11/2026</h2>
<p><b>Neue DIN 18008-6 im Entwurf:</b> Was ändert sich für begehbare und betretbare Verglasungen?</p>
<p><b>Fachtagung Fassade 2027</b> – Frühbucherrabatt bis 15.12.2026.</p>
<p><b>Marktbericht:</b> Preise für Float- und Verbundglas stabil, Lieferzeiten für ESG-H wieder bei 3–4 Wochen.</p>
<p style="font-size:11px;color:#888">Sie erhalten diesen Newsletter, weil ar@corrydale-group.com für den Verbandsnewsletter
registriert ist. <a href="https://newsletter.flachglas-verband.de/abmelden?id=77b1">Abmelden</a> · Impressum</p>
</td></tr></table></body></html>
"""
    add("newsletter_verband",
        w.inbound("de42", frm=("Flachglas-Verband e.V.", "newsletter@flachglas-verband.de"), to=BOT, subject="Flachglas-Newsletter 11/2026: DIN 18008-6, Fachtagung Fassade",
                  date_=when, body=mk.multipart("alternative", [mk.text("Flachglas-Newsletter 11/2026\n\nNeue DIN 18008-6 im Entwurf; Fachtagung Fassade 2027; Marktbericht.\n\nAbmelden: https://newsletter.flachglas-verband.de/abmelden?id=77b1\n", "utf-8", "quoted-printable"),
                                                                   mk.html(htm, "utf-8", "quoted-printable")], bstyle="java"),
                  auth_=w.auth("pass", "flachglas-verband.de", "bounce@newsletter.flachglas-verband.de", "nl", seed="de42"),
                  rcv=[w.hop_domain("flachglas-verband.de", when, "de42")], mid=mk.msgid("generic", "de42", "newsletter.flachglas-verband.de"),
                  extra=[("List-Unsubscribe", "<https://newsletter.flachglas-verband.de/abmelden?id=77b1>"), ("Precedence", "bulk")]),
        kind="other", language="de", needs_human=False, note="newsletter")

    when = T("2026-11-27 19:22")
    txt = """Sehr geehrte Damen und Herren,

über die Jobbörse bin ich auf Ihr Unternehmen aufmerksam geworden und möchte mich
initiativ als Bauzeichnerin (Fachrichtung Hochbau) bewerben. Meine Unterlagen sende ich
Ihnen gerne zu – an wen darf ich mich wenden?

Mit freundlichen Grüßen
Leonie Schwarzkopf
"""
    add("fremde_initiativbewerbung",
        w.inbound("de43", frm=("Leonie Schwarzkopf", "leonie.schwarzkopf@web.de"), to=BOT, subject="Initiativbewerbung Bauzeichnerin",
                  date_=when, body=mk.text(txt, "utf-8", "quoted-printable"),
                  auth_=w.auth("pass", "web.de", "leonie.schwarzkopf@web.de", "dbd5af2cbaf7", "212.227.15.3", "de43"),
                  rcv=[w.received("mout.web.de", "212.227.15.3", when, "de43")], mid=mk.msgid("generic", "de43", "web.de")),
        kind="other", language="de", needs_human=True, note="stranger: job application sent to the AR address")

    when = T("2026-12-04 02:47")
    txt = """Letzte Mahnung vor Zwangsvollstreckung

Aktenzeichen: INK-2026-884213
Forderung: 1.284,67 EUR (Hauptforderung zzgl. Inkassogebühren)

Sehr geehrte Damen und Herren, trotz mehrfacher Aufforderung haben Sie die offene
Forderung nicht beglichen. Die vollständige Forderungsaufstellung entnehmen Sie dem
Anhang (Forderung_884213.zip). Zahlen Sie innerhalb von 24 Stunden, um weitere Kosten zu
vermeiden.

Deutsche Inkasso Zentrale
"""
    add("spam_inkasso_drohung",
        w.inbound("de44", frm=("Deutsche Inkasso Zentrale", "mahnung@dt-inkasso-zentrale.com"), to=BOT, subject="Letzte Mahnung vor Zwangsvollstreckung – Az. INK-2026-884213",
                  date_=when, body=mk.multipart("mixed", [mk.text(txt, "utf-8", "8bit"),
                                                          mk.attachment(b"PK\x03\x04" + bytes(range(40)), "application/zip", "Forderung_884213.zip")], bstyle="plain"),
                  auth_=w.auth("fail", "dt-inkasso-zentrale.com", "x@dt-inkasso-zentrale.com", ip="103.75.190.14", seed="de44"),
                  rcv=[w.received("unknown", "103.75.190.14", when, "de44", tls=False)], mid=mk.msgid("generic", "de44", "dt-inkasso-zentrale.com")),
        kind="other", language="de", needs_human=False, note="spam/malware with fake debt collection")

    return M


def reminders():
    return list(R.values())


def staff_addresses():
    return [v[1] for v in STAFF.values()]

"""German desk (DE/AT; EUR). Invoice numbers RE-2026-NNNN, credit notes GS-2026-NNN."""
import mailkit as mk
from world import BOT, BOT_NAME, Client, Desk

D = "kestrel-print.de"


def build() -> Desk:
    d = Desk("de", D,
             staff={"brandt": ("Maria Brandt", f"m.brandt@{D}"), "yilmaz": ("Serkan Yilmaz", f"s.yilmaz@{D}")},
             notifiers={"bank": ("Rhein-Main Bank eG", "kontoinfo@rheinmainbank.de"),
                        "psp": ("Zahlfix", "benachrichtigung@zahlfix.de")},
             bot_tz="+0100")
    C = {
        "BM": Client("BM", "Bäckerei Meyer GmbH", "Frau Meyer", "buchhaltung@baeckerei-meyer.de", "+0100", "EUR", "de"),
        "WK": Client("WK", "Weingut Kessler", "Herr Kessler", "info@weingut-kessler.de", "+0100", "EUR", "de"),
        "AL": Client("AL", "Apotheke am Lindenplatz", "Frau Dr. Brandl", "verwaltung@apotheke-lindenplatz.de", "+0100", "EUR", "de"),
        "SH": Client("SH", "Schokoladenhaus Hoffmann GmbH", "Herr Vogt", "t.vogt@schoko-hoffmann.de", "+0100", "EUR", "de"),
        "AT": Client("AT", "Alpenmilch Tirol GmbH", "Frau Gruber", "kreditoren@alpenmilch-tirol.at", "+0100", "EUR", "de"),
        "VW": Client("VW", "Vienna Wellness Kosmetik GmbH", "Herr Novak", "office@vienna-wellness.at", "+0100", "EUR", "de"),
        "KT": Client("KT", "Rösterei Baumann", "Herr Baumann", "buchhaltung@roesterei-baumann.de", "+0100", "EUR", "de"),
        "ST": Client("ST", "Spielwaren Trautmann KG", "Frau Lehmann", "kreditoren@trautmann-spielwaren.de", "+0100", "EUR", "de"),
        "BR": Client("BR", "Brauerei Rothmoos GmbH & Co. KG", "Herr Huber", "verwaltung@brauerei-rothmoos.de", "+0100", "EUR", "de"),
        "NK": Client("NK", "Naturkost Berger eG", "Frau Scholz", "rechnungswesen@naturkost-berger.de", "+0100", "EUR", "de"),
        "FD": Client("FD", "Feinkost Dallmann OHG", "Herr Dallmann", "einkauf@feinkost-dallmann.de", "+0100", "EUR", "de"),
        "BV": Client("BV", "Bloemenhuis van Dijk B.V.", "Mr van Dijk", "admin@bloemenhuisvandijk.nl", "+0100", "EUR", "en"),
        "HS": Client("HS", "Hotel Seeblick GmbH", "Frau Wendt", "buchhaltung@hotel-seeblick-bodensee.de", "+0100", "EUR", "de"),
    }
    R = {
        "BM": d.rem(C["BM"], "RE-2026-1201", 2380.00, "2026-11-16", "2026-11-23 09:00 +0100"),
        "BMold": d.rem(C["BM"], "RE-2026-1142", 2380.00, "2026-11-06", "2026-11-11 09:00 +0100", to="meyer.b@baeckerei-meyer.de"),
        "WK": d.rem(C["WK"], "RE-2026-1150", 4165.00, "2026-11-10", "2026-11-16 09:05 +0100"),
        "AL": d.rem(C["AL"], "RE-2026-1139", 595.00, "2026-11-02", "2026-11-09 09:10 +0100"),
        "SH": d.rem(C["SH"], ["RE-2026-1155", "RE-2026-1161"], [8330.00, 1249.50], ["2026-11-13", "2026-11-20"],
                    "2026-11-25 09:00 +0100"),
        "AT": d.rem(C["AT"], "RE-2026-1147", 3600.00, "2026-11-09", "2026-11-16 09:00 +0100"),
        "VW": d.rem(C["VW"], "RE-2026-1158", 1920.00, "2026-11-16", "2026-11-23 09:30 +0100"),
        "KT": d.rem(C["KT"], "RE-2026-1144", 2975.00, "2026-11-06", "2026-11-12 10:00 +0100"),
        "ST": d.rem(C["ST"], "RE-2026-1152", 11900.00, "2026-11-12", "2026-11-19 09:00 +0100"),
        "STp": d.rem(C["ST"], "RE-2026-1152", 11900.00, "2026-11-12", "2026-11-19 09:01 +0100",
                     to="p.lehmann@trautmann-spielwaren.de"),
        "BR": d.rem(C["BR"], "RE-2026-1160", 5474.00, "2026-11-19", "2026-11-24 09:00 +0100"),
        "NK": d.rem(C["NK"], "RE-2026-1149", 714.00, "2026-11-09", "2026-11-16 09:00 +0100"),
        "FD": d.rem(C["FD"], "RE-2026-1157", 1666.00, "2026-11-16", "2026-11-23 09:00 +0100"),
        "FD2": d.rem(C["FD"], "RE-2026-1157", 1666.00, "2026-11-16", "2026-12-01 09:00 +0100"),
        "BV": d.rem(C["BV"], "RE-2026-1153", 2240.00, "2026-11-13", "2026-11-19 09:00 +0100"),
        "HS": d.rem(C["HS"], "RE-2026-1146", 1130.50, "2026-11-08", "2026-11-13 09:00 +0100"),
    }
    B, Y = "brandt", "yilmaz"
    sig_b = ("\n-- \nMaria Brandt\nDebitorenbuchhaltung\nKestrel Print & Packaging GmbH · Hanauer Landstraße 212 · 60314 Frankfurt am Main\n"
             "Tel. +49 69 4800 2215 · Amtsgericht Frankfurt HRB 118734 · USt-IdNr. DE318840217\n")
    sig_y = "\n-- \nSerkan Yilmaz\nVertrieb Faltschachteln\nKestrel Print & Packaging GmbH\n"

    # ------------------------------------------------------------------ invoice copies
    c = C["BM"]
    body = ("Sehr geehrte Frau Meyer,\n\nanbei erhalten Sie unsere Rechnung RE-2026-1201 über die Brötchentüten (10.000 Stk.).\n\n"
            "Rechnungsdatum: 02.11.2026\nRechnungsbetrag: 2.380,00 € (inkl. 19 % USt)\nZahlbar innerhalb von 14 Tagen ohne Abzug.\n\n"
            "Mit freundlichen Grüßen\nMaria Brandt" + sig_b)
    pdfl = ["Kestrel Print & Packaging GmbH", "RECHNUNG Nr. RE-2026-1201", "Rechnungsdatum: 02.11.2026   Leistungsdatum: 30.10.2026",
            "Kunde: Bäckerei Meyer GmbH, Marktstraße 4, 80331 München", "", "10.000 Brötchentüten, 1-farbig        2.000,00 EUR",
            "zzgl. 19 % USt                          380,00 EUR", "Rechnungsbetrag                       2.380,00 EUR",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug (bis 16.11.2026)."]
    d.add("01_rechnung_pdf", d.invoice("i1", B, c, "2026-11-02 10:30 +0100", "Rechnung RE-2026-1201", body, pdfl,
                                       "Rechnung_RE-2026-1201.pdf"),
          "invoice_copy", invoice_numbers="RE-2026-1201", amount=2380.00, currency="EUR", issue_date="2026-11-02",
          due_date="2026-11-16", payment_terms_days=14)

    c = C["ST"]
    cii = """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
 xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>
  <ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID>
 </ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
 <rsm:ExchangedDocument><ram:ID>RE-2026-1202</ram:ID><ram:TypeCode>380</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">20261104</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:ApplicableHeaderTradeAgreement><ram:BuyerReference>04011000-12345-34</ram:BuyerReference>
   <ram:SellerTradeParty><ram:Name>Kestrel Print &amp; Packaging GmbH</ram:Name></ram:SellerTradeParty>
   <ram:BuyerTradeParty><ram:Name>Spielwaren Trautmann KG</ram:Name></ram:BuyerTradeParty></ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradePaymentTerms><ram:Description>Zahlbar innerhalb 30 Tagen netto</ram:Description>
    <ram:DueDateDateTime><udt:DateTimeString format="102">20261204</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:LineTotalAmount>8500.00</ram:LineTotalAmount><ram:TaxBasisTotalAmount>8500.00</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="EUR">1615.00</ram:TaxTotalAmount><ram:GrandTotalAmount>10115.00</ram:GrandTotalAmount>
    <ram:DuePayableAmount>10115.00</ram:DuePayableAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation></ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"""
    body = ("Sehr geehrte Frau Lehmann,\n\nwie gewünscht erhalten Sie die Rechnung RE-2026-1202 (Spielzeugverpackungen, Los 2) "
            "als XRechnung sowie als PDF zur Ansicht.\n\nGesamtbetrag: 10.115,00 €, fällig am 04.12.2026.\n\nMit freundlichen Grüßen\n"
            "Maria Brandt" + sig_b)
    d.add("02_xrechnung_cii", d.invoice("i2", B, c, "2026-11-04 14:12 +0100", "XRechnung RE-2026-1202 – Spielwaren Trautmann KG",
                                        body, ["RECHNUNG RE-2026-1202", "Datum 04.11.2026", "Netto 8.500,00 EUR",
                                               "USt 19 % 1.615,00 EUR", "Gesamt 10.115,00 EUR", "Fällig: 04.12.2026"],
                                        "RE-2026-1202.pdf", xml=cii, xml_name="RE-2026-1202_xrechnung.xml"),
          "invoice_copy", invoice_numbers="RE-2026-1202", amount=10115.00, currency="EUR", issue_date="2026-11-04",
          due_date="2026-12-04", payment_terms_days=30)

    c = C["WK"]
    body = ("Sehr geehrter Herr Kessler,\n\nanbei die Rechnung RE-2026-1203 für die Weinetiketten Jahrgang 2025.\n\n"
            "Rechnungsbetrag: 3.570,00 € brutto\nZahlungsbedingungen: 30 Tage netto; bei Zahlung innerhalb von 10 Tagen 2 % Skonto "
            "(Zahlbetrag dann 3.498,60 €).\nRechnungsdatum: 05.11.2026\n\nMit freundlichen Grüßen\nSerkan Yilmaz" + sig_y)
    d.add("03_rechnung_skonto", d.invoice("i3", Y, c, "2026-11-05 16:02 +0100", "Rechnung RE-2026-1203 Weinetiketten",
                                          body, ["RECHNUNG RE-2026-1203", "Rechnungsdatum 05.11.2026", "Netto 3.000,00  USt 19 % 570,00",
                                                 "Gesamtbetrag 3.570,00 EUR", "30 Tage netto, 10 Tage 2 % Skonto"], "RE-2026-1203.pdf"),
          "invoice_copy", invoice_numbers="RE-2026-1203", amount=3570.00, currency="EUR", issue_date="2026-11-05",
          due_date="2026-12-05", payment_terms_days=30, note="2% Skonto within 10 days (3,498.60) is optional, not the amount due")

    c = C["BR"]
    body = ("Sehr geehrter Herr Huber,\n\nfür den Auftrag Bierträger-Displays (Auftragswert 28.000,00 € netto) stellen wir wie vereinbart "
            "die 1. Abschlagsrechnung:\n\n  Abschlag 40 % vom Auftragswert     11.200,00 €\n  zzgl. 19 % USt                      2.128,00 €\n"
            "  Zahlbetrag                         13.328,00 €\n\nRechnungsnummer RE-2026-1204, Rechnungsdatum 06.11.2026, zahlbar bis 20.11.2026.\n"
            "Die Schlussrechnung folgt nach Auslieferung.\n\nMit freundlichen Grüßen\nSerkan Yilmaz" + sig_y)
    d.add("04_abschlagsrechnung", d.invoice("i4", Y, c, "2026-11-06 11:45 +0100", "1. Abschlagsrechnung RE-2026-1204",
                                            body, ["1. ABSCHLAGSRECHNUNG RE-2026-1204", "Datum 06.11.2026  zahlbar bis 20.11.2026",
                                                   "Auftragswert 28.000,00 EUR netto", "Abschlag 40 %: 11.200,00 EUR",
                                                   "USt 19 %: 2.128,00 EUR", "Zahlbetrag: 13.328,00 EUR"], "RE-2026-1204.pdf"),
          "invoice_copy", invoice_numbers="RE-2026-1204", amount=13328.00, currency="EUR", issue_date="2026-11-06",
          due_date="2026-11-20", note="down payment; contract value 28,000 net is not due; no day-terms stated")

    c = C["AT"]
    body = ("Sehr geehrte Frau Gruber,\n\nanbei unsere Rechnung RE-2026-1205 (Joghurtbecher-Banderolen).\n\n"
            "Nettobetrag: 4.250,00 €\nSteuerschuldnerschaft des Leistungsempfängers (Reverse Charge), USt-IdNr. ATU12345678\n"
            "Rechnungsdatum: 10.11.2026 - Zahlungsziel 30 Tage.\n\nFreundliche Grüße nach Innsbruck\nMaria Brandt" + sig_b)
    d.add("05_rechnung_latin1_reverse_charge", d.invoice("i5", B, c, "2026-11-10 09:20 +0100",
                                                         "Rechnung RE-2026-1205 - Alpenmilch Tirol", body,
                                                         ["RECHNUNG RE-2026-1205", "Datum 10.11.2026", "Netto 4.250,00 EUR",
                                                          "Reverse Charge - Steuerschuldnerschaft des Leistungsempfängers",
                                                          "Zahlbetrag 4.250,00 EUR", "Zahlungsziel 30 Tage"], "RE-2026-1205.pdf",
                                                         charset="iso-8859-15", cte="8bit"),
          "invoice_copy", invoice_numbers="RE-2026-1205", amount=4250.00, currency="EUR", issue_date="2026-11-10",
          due_date="2026-12-10", payment_terms_days=30, note="iso-8859-15 8bit body")

    c = C["NK"]
    txt = ("Sehr geehrte Frau Scholz,\n\nanbei zwei Rechnungen:\n\nRE-2026-1206 Müsli-Faltschachteln    1.547,00 €\n"
           "RE-2026-1207 Etiketten Hafermilch      833,00 €\n\nBeide vom 12.11.2026, zahlbar innerhalb 30 Tagen (bis 12.12.2026).\n"
           "Summe: 2.380,00 €\n\nMit freundlichen Grüßen\nMaria Brandt" + sig_b)
    html = ("<html><body><p>Sehr geehrte Frau Scholz,</p><p>anbei zwei Rechnungen:</p><table border=\"1\">"
            "<tr><td>RE-2026-1206</td><td>Müsli-Faltschachteln</td><td align=\"right\">1.547,00&nbsp;€</td></tr>"
            "<tr><td>RE-2026-1207</td><td>Etiketten Hafermilch</td><td align=\"right\">833,00&nbsp;€</td></tr>"
            "<tr><td colspan=\"2\"><b>Summe</b></td><td align=\"right\"><b>2.380,00&nbsp;€</b></td></tr></table>"
            "<p>Beide vom 12.11.2026, zahlbar innerhalb 30 Tagen (bis 12.12.2026).</p><p>Mit freundlichen Grüßen<br>Maria Brandt</p></body></html>")
    d.add("06_zwei_rechnungen_html", d.invoice("i6", B, c, "2026-11-12 15:40 +0100", "Rechnungen RE-2026-1206 und RE-2026-1207",
                                               txt, ["RECHNUNG RE-2026-1206", "Datum 12.11.2026", "Gesamt 1.547,00 EUR",
                                                     "RECHNUNG RE-2026-1207", "Datum 12.11.2026", "Gesamt 833,00 EUR"],
                                               "RE-2026-1206_1207.pdf", html=html),
          "invoice_copy", invoice_numbers="RE-2026-1206;RE-2026-1207", amount=2380.00, currency="EUR",
          issue_date="2026-11-12", due_date="2026-12-12", payment_terms_days=30, note="two invoices; amount = sum")

    c = C["FD"]
    body = ("Sehr geehrter Herr Dallmann,\n\nanbei Rechnung RE-2026-1208 über 2.142,00 € sowie die Gutschrift GS-2026-044 über 357,00 € "
            "für die fehlerhaft gestanzten Präsentkartons.\n\nVerbleibender Zahlbetrag: 1.785,00 €\n"
            "Rechnungsdatum 16.11.2026, zahlbar innerhalb 14 Tagen.\n\nMit freundlichen Grüßen\nSerkan Yilmaz" + sig_y)
    d.add("07_rechnung_mit_gutschrift", d.invoice("i7", Y, c, "2026-11-16 10:10 +0100", "Rechnung RE-2026-1208 / Gutschrift GS-2026-044",
                                                  body, ["RECHNUNG RE-2026-1208", "Datum 16.11.2026", "Gesamt 2.142,00 EUR",
                                                         "abzgl. Gutschrift GS-2026-044: -357,00 EUR", "Zahlbetrag 1.785,00 EUR"],
                                                  "RE-2026-1208.pdf"),
          "invoice_copy", invoice_numbers="RE-2026-1208", amount=1785.00, currency="EUR", issue_date="2026-11-16",
          due_date="2026-11-30", payment_terms_days=14, note="2,142.00 less credit note GS-2026-044 357.00")

    c = C["KT"]
    body = ("Hallo Herr Baumann,\n\ndie Rechnung zu den Kaffeebeuteln (2.500 € netto wie besprochen) hängt an.\n\nGruß\nSerkan" + sig_y)
    d.add("08_netto_brutto", d.invoice("i8", Y, c, "2026-11-18 17:55 +0100", "Ihre Rechnung", body,
                                       ["RECHNUNG RE-2026-1209", "Rechnungsdatum 18.11.2026   Zahlungsziel: 21 Tage",
                                        "Kaffeebeutel mit Ventil, 3 Sorten   Netto 2.500,00 EUR", "USt 19 %   475,00 EUR",
                                        "Rechnungsbetrag   2.975,00 EUR"], "RE-2026-1209.pdf"),
          "invoice_copy", invoice_numbers="RE-2026-1209", amount=2975.00, currency="EUR", issue_date="2026-11-18",
          due_date="2026-12-09", payment_terms_days=21, note="body gives net 2,500; gross 2,975 and number only in the PDF")

    c = C["AL"]
    body = ("Sehr geehrte Frau Dr. Brandl,\n\nwie telefonisch vereinbart teilen wir die Rechnung RE-2026-1210 (Gesamtbetrag 4.760,00 €) "
            "in zwei Raten auf:\n\n  1. Rate: 2.380,00 € fällig am 01.12.2026\n  2. Rate: 2.380,00 € fällig am 04.01.2027\n\n"
            "Rechnungsdatum: 20.11.2026\n\nMit freundlichen Grüßen\nMaria Brandt" + sig_b)
    d.add("09_rechnung_raten", d.invoice("i9", B, c, "2026-11-20 12:00 +0100", "Rechnung RE-2026-1210 – Ratenvereinbarung", body,
                                         ["RECHNUNG RE-2026-1210", "Datum 20.11.2026", "Gesamtbetrag 4.760,00 EUR",
                                          "1. Rate 2.380,00 EUR fällig 01.12.2026", "2. Rate 2.380,00 EUR fällig 04.01.2027"],
                                         "RE-2026-1210.pdf"),
          "invoice_copy", invoice_numbers="RE-2026-1210", amount=2380.00, currency="EUR", issue_date="2026-11-20",
          due_date="2026-12-01", note="total 4,760 in two instalments; first one due now")

    c = C["ST"]
    body = ("Sehr geehrte Frau Lehmann,\n\nanbei die korrigierte Rechnung RE-2026-1211. Sie ersetzt die Rechnung RE-2026-1152 vom 13.10.2026 "
            "(11.900,00 €), die wir hiermit stornieren – die Menge der Sichtverpackungen war zu hoch angesetzt.\n\n"
            "Neuer Rechnungsbetrag: 11.305,00 € inkl. 19 % USt, zahlbar innerhalb 30 Tagen ab Rechnungsdatum 24.11.2026.\n\n"
            "Mit freundlichen Grüßen\nMaria Brandt" + sig_b)
    d.add("10_korrekturrechnung_bcc", d.invoice("i10", B, c, "2026-11-24 13:15 +0100", "Korrigierte Rechnung RE-2026-1211 (ersetzt RE-2026-1152)",
                                                body, ["RECHNUNG RE-2026-1211 (Korrektur zu RE-2026-1152)", "Datum 24.11.2026",
                                                       "Netto 9.500,00 EUR  USt 1.805,00 EUR", "Gesamt 11.305,00 EUR"],
                                                "RE-2026-1211.pdf", bcc=True),
          "invoice_copy", invoice_numbers="RE-2026-1211", amount=11305.00, currency="EUR", issue_date="2026-11-24",
          due_date="2026-12-24", payment_terms_days=30, needs_human=True,
          note="replaces and cancels known invoice RE-2026-1152 (11,900.00); bot only in Bcc")

    # ------------------------------------------------------------------ read receipts
    r = R["WK"]
    d.add("11_mdn_gelesen", d.mdn("m1", r, "2026-11-16 12:40 +0100",
                                  f"Ihre Nachricht\n\n  An: {r.to}\n  Betreff: {r.subject}\n  Gesendet: 16.11.2026 09:05\n\n"
                                  "wurde am 16.11.2026 12:40 gelesen.\n"),
          "read_receipt", invoice_numbers="RE-2026-1150", original_message_id=r.id)
    r = R["AL"]
    raw = d.mail("m2", (C["AL"].contact, C["AL"].addr), [BOT], "2026-11-09 11:03 +0100", "Gelesen: " + r.subject,
                 mk.text(f"Ihre Nachricht\n\n    An:  Apotheke am Lindenplatz\n    Betreff:  {r.subject}\n"
                         "    Gesendet:  Montag, 9. November 2026 09:10:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\n"
                         "wurde am Montag, 9. November 2026 11:03:12 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.\n"),
                 extra=[("Thread-Topic", mk.enc(r.subject)), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    d.add("12_gelesen_ohne_referenz", raw, "read_receipt", invoice_numbers="RE-2026-1139",
          note="Outlook 'Gelesen:' with no Message-ID reference at all; match by subject only")
    r = R["NK"]
    d.add("13_mdn_automatisch", d.mdn("m3", r, "2026-11-16 09:00 +0100", "Die Nachricht wurde angezeigt.\n", ua="Roundcube Webmail",
                                      disposition="automatic-action/MDN-sent-automatically; displayed"),
          "read_receipt", invoice_numbers="RE-2026-1149", original_message_id=r.id)

    # ------------------------------------------------------------------ bounces
    r = R["STp"]
    human = ("Die Zustellung an diese Empfänger oder Gruppen ist fehlgeschlagen:\n\np.lehmann@trautmann-spielwaren.de\n"
             "Die eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie "
             "dann, die Nachricht erneut zu senden.\n\nDiagnoseinformationen für Administratoren:\n\nGenerierender Server: EXCH01.trautmann.local\n\n"
             "p.lehmann@trautmann-spielwaren.de\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n")
    d.add("14_ndr_unbekannt_nach_data", d.dsn("b1", r, "2026-11-19 09:03 +0100", human, "5.1.10",
                                              "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                                              None, reporter="EXCH01.trautmann.local",
                                              frm=("Microsoft Outlook", "postmaster@trautmann-spielwaren.de"),
                                              subject="Unzustellbar: " + r.subject, full=False),
          "bounce", language="de", invoice_numbers="RE-2026-1152", failed_recipients="p.lehmann@trautmann-spielwaren.de",
          bounce_permanent=True, bounce_reason="user_unknown", original_message_id=r.id, needs_human=True,
          note="remote Exchange accepted the message (after DATA) and then reported recipient not found")
    r = R["BR"]
    d.add("15_greylisting_verzoegert", d.dsn("b2", r, "2026-11-24 13:00 +0100",
                                             "This is the mail system at host mx1.kestrel-print.com.\n\n"
                                             "####################################################################\n"
                                             "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                                             "####################################################################\n\n"
                                             "Your message could not be delivered for 4.0 hours.\nIt will be retried until it is 5.0 days old.\n\n"
                                             "<verwaltung@brauerei-rothmoos.de>: host mx01.brauerei-rothmoos.de[192.0.2.88] said: 450 4.7.1\n"
                                             "    <verwaltung@brauerei-rothmoos.de>: Recipient address rejected: Greylisted, see\n"
                                             "    http://postgrey.schweikert.ch/help/brauerei-rothmoos.de.html (in reply to RCPT TO command)\n",
                                             "4.7.1", "450 4.7.1 <verwaltung@brauerei-rothmoos.de>: Recipient address rejected: Greylisted",
                                             "mx01.brauerei-rothmoos.de", action="delayed",
                                             subject="Delayed Mail (still being retried)", full=False),
          "bounce", language="en", invoice_numbers="RE-2026-1160", failed_recipients="verwaltung@brauerei-rothmoos.de",
          bounce_permanent=False, bounce_reason="other", original_message_id=r.id, note="greylisting delay warning")
    r = R["BMold"]
    body = ("Dies ist eine automatisch erstellte Nachricht des Mailservers mx.meyer-it.net.\n\n"
            "Ihre Nachricht an folgenden Empfänger konnte nicht zugestellt werden:\n\n  meyer.b@baeckerei-meyer.de\n\n"
            "Grund: Die Nachricht wurde vom Inhaltsfilter als SPAM eingestuft und abgewiesen.\n"
            "SMTP-Antwort: 554 5.7.1 Message rejected as spam (score 11.4 > 8.0)\n\n"
            "Die ursprüngliche Nachricht ist angehängt.\n")
    d.add("16_ndr_spam_deutsch", d.ndr("b3", r, "2026-11-11 09:02 +0100", body, ("Mailserver", "mailer-daemon@meyer-it.net"),
                                       "Nicht zustellbar: " + r.subject),
          "bounce", language="de", invoice_numbers="RE-2026-1142", failed_recipients="meyer.b@baeckerei-meyer.de",
          bounce_permanent=True, bounce_reason="spam", original_message_id=r.id, note="non-standard German NDR, original attached")

    # ------------------------------------------------------------------ auto-replies
    r = R["VW"]
    raw = d.mail("a1", (C["VW"].contact, C["VW"].addr), [BOT], "2026-11-23 09:31 +0100", "Abwesenheitsnotiz: " + r.subject,
                 mk.text("Sehr geehrte Damen und Herren,\n\nich bin bis einschließlich Freitag, 27.11.2026, nicht im Büro. "
                         "Ab Montag, 30.11.2026, bin ich wieder für Sie erreichbar.\nIhre E-Mail wird nicht weitergeleitet.\n\n"
                         "Mit freundlichen Grüßen\nPetr Novak\n"),
                 irt=r.id, refs=[r.id], extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    d.add("17_abwesenheit_rueckkehr", raw, "auto_reply", invoice_numbers="RE-2026-1158", return_date="2026-11-30",
          original_message_id=r.id, note="absent until 27.11 inclusive, back 30.11")
    r = R["FD2"]
    raw = d.mail("a2", (C["FD"].contact, C["FD"].addr), [BOT], "2026-12-01 09:01 +0100", "Re: " + r.subject,
                 mk.text("Vielen Dank für Ihre Nachricht.\n\nIch befinde mich im Urlaub und bin ab dem 07.12.2026 wieder im Haus. "
                         "In dringenden Fällen wenden Sie sich bitte an Frau Kraus (kraus@feinkost-dallmann.de).\n\nK. Dallmann\n"),
                 irt=r.id)
    d.add("18_urlaub_ohne_header", raw, "auto_reply", invoice_numbers="RE-2026-1157", return_date="2026-12-07",
          original_message_id=r.id, note="no Auto-Submitted header, plain 'Re:' subject")
    r = R["SH"]
    raw = d.mail("a3", (C["SH"].contact, C["SH"].addr), [BOT], "2026-11-25 09:00 +0100", "Automatische Antwort: " + r.subject,
                 mk.text("Guten Tag,\n\nHerr Vogt ist nicht mehr für die Schokoladenhaus Hoffmann GmbH tätig. Diese Adresse wird nicht "
                         "mehr gelesen.\nBitte senden Sie Rechnungen und Zahlungsavis künftig an rechnungseingang@schoko-hoffmann.de.\n\n"
                         "Vielen Dank\n"),
                 irt=r.id, refs=[r.id], extra=[("Auto-Submitted", "auto-replied")])
    d.add("19_autoantwort_adresswechsel", raw, "auto_reply", invoice_numbers="RE-2026-1155;RE-2026-1161",
          original_message_id=r.id, note="contact left; new address rechnungseingang@schoko-hoffmann.de; no return date")

    # ------------------------------------------------------------------ challenge
    r = R["KT"]
    addr_c = "bestaetigung-8c1f2a9e@mailschutz-pro.de"
    raw = d.mail("c1", ("MailSchutz Pro", "noreply@mailschutz-pro.de"), [BOT], "2026-11-12 10:01 +0100",
                 "Bestätigung erforderlich: Ihre Nachricht an buchhaltung@roesterei-baumann.de",
                 mk.text("Guten Tag,\n\nIhre Nachricht an buchhaltung@roesterei-baumann.de wurde vorübergehend zurückgehalten.\n"
                         f"Betreff: {r.subject}\n\nUm zu bestätigen, dass Sie kein Spam-Versender sind, antworten Sie bitte auf diese "
                         f"E-Mail oder senden Sie eine leere Nachricht an:\n\n    {addr_c}\n\n"
                         "Nach der Bestätigung wird Ihre Nachricht zugestellt. Unbestätigte Nachrichten werden nach 7 Tagen gelöscht.\n\nMailSchutz Pro\n"),
                 irt=r.id, refs=[r.id], extra=[("Auto-Submitted", "auto-replied"), ("Reply-To", addr_c)], return_path="")
    d.add("20_challenge_adresse", raw, "challenge", invoice_numbers="RE-2026-1144", challenge=addr_c, original_message_id=r.id)

    # ------------------------------------------------------------------ payments
    bank, psp = d.notifiers["bank"], d.notifiers["psp"]

    def bank_mail(seed, when, lines):
        return d.mail(seed, bank, [BOT], when, "Rhein-Main Bank: Neuer Zahlungseingang auf Konto DE44 ... 3456 78",
                      mk.text("Rhein-Main Bank eG – Kontobenachrichtigung\n\nAuf Ihrem Geschäftskonto DE44 5009 0500 0712 3456 78 ist "
                              "folgender Umsatz eingegangen:\n\n" + lines + "\n\nDiese Nachricht wurde automatisch erstellt.\n"),
                      helo="mailout.rheinmainbank.de")
    d.add("21_zahlung_bank", bank_mail("p1", "2026-11-18 06:30 +0100",
                                       "Buchungstag:       18.11.2026\nWertstellung:      18.11.2026\nBetrag:            +2.380,00 EUR\n"
                                       "Auftraggeber:      Baeckerei Meyer GmbH\nVerwendungszweck:  RE-2026-1142 Kd-Nr 20417\nArt:               SEPA-Gutschrift"),
          "payment_confirmation", invoice_numbers="RE-2026-1142", amount=2380.00, currency="EUR", payment_date="2026-11-18",
          payment_full=True)
    raw = d.mail("p2", psp, [BOT], "2026-11-20 14:02 +0100", "Zahlung erhalten: 3.600,00 € von Alpenmilch Tirol GmbH",
                 mk.text("Hallo Kestrel Print & Packaging GmbH,\n\nSie haben eine Zahlung erhalten.\n\nZahler: Alpenmilch Tirol GmbH\n"
                         "Betrag: 3.600,00 EUR\nRechnung: RE-2026-1147\nZahlungsdatum: 20.11.2026\nTransaktions-ID: ZF-7731-88210\n\n"
                         "Ihr Zahlfix-Team\n"), helo="mail.zahlfix.de")
    d.add("22_zahlung_psp", raw, "payment_confirmation", invoice_numbers="RE-2026-1147", amount=3600.00, currency="EUR",
          payment_date="2026-11-20", payment_full=True)
    d.add("23_zahlung_zwei_rechnungen", bank_mail("p3", "2026-11-27 06:30 +0100",
                                                  "Buchungstag:       27.11.2026\nWertstellung:      27.11.2026\nBetrag:            +9.579,50 EUR\n"
                                                  "Auftraggeber:      Schokoladenhaus Hoffmann GmbH\n"
                                                  "Verwendungszweck:  RE-2026-1155 8330,00 RE-2026-1161 1249,50\nArt:               SEPA-Gutschrift"),
          "payment_confirmation", invoice_numbers="RE-2026-1155;RE-2026-1161", amount=9579.50, currency="EUR",
          payment_date="2026-11-27", payment_full=True, allocations="RE-2026-1155=8330.00;RE-2026-1161=1249.50")
    d.add("24_zahlung_kuerzung", bank_mail("p4", "2026-11-27 06:31 +0100",
                                           "Buchungstag:       27.11.2026\nWertstellung:      27.11.2026\nBetrag:            +700,00 EUR\n"
                                           "Auftraggeber:      Naturkost Berger eG\nVerwendungszweck:  RE 2026 1149 abzgl. Porto lt. Absprache\n"
                                           "Art:               SEPA-Gutschrift"),
          "payment_confirmation", invoice_numbers="RE-2026-1149", amount=700.00, currency="EUR", payment_date="2026-11-27",
          payment_full=False, needs_human=True, note="714.00 invoiced, 700.00 paid with deduction 'lt. Absprache'; number written with spaces")
    d.add("25_zahlung_wertstellung", bank_mail("p5", "2026-12-04 06:30 +0100",
                                               "Buchungstag:       04.12.2026\nWertstellung:      03.12.2026\nBetrag:            +1.920,00 EUR\n"
                                               "Auftraggeber:      VIENNA WELLNESS KOSMETIK GMBH\nIBAN Auftraggeber: AT61 1904 3002 3457 3201\n"
                                               "Verwendungszweck:  Rechnung RE-2026-1158\nArt:               SEPA-Gutschrift"),
          "payment_confirmation", invoice_numbers="RE-2026-1158", amount=1920.00, currency="EUR", payment_date="2026-12-03",
          payment_full=True, note="booking date 04.12, value date 03.12")
    raw = d.mail("p6", ("Rhein-Main Bank eG", "rheinmainbank.kontoinfo@gmail.com"), [BOT], "2026-11-26 07:12 +0100",
                 "Rhein-Main Bank: Neuer Zahlungseingang auf Konto DE44 ... 3456 78",
                 mk.text("Rhein-Main Bank eG – Kontobenachrichtigung\n\nBuchungstag: 26.11.2026\nBetrag: +11.900,00 EUR\n"
                         "Auftraggeber: Spielwaren Trautmann KG\nVerwendungszweck: RE-2026-1152\n\n"
                         "Bitte bestätigen Sie den Eingang unter https://rheinmainbank-secure.info/login\n"),
                 helo="mail-sor-f41.google.com", ip="209.85.220.41", auth_domain="gmail.com")
    d.add("26_gefaelscht_anzeigename", raw, "other", invoice_numbers="RE-2026-1152", needs_human=True,
          note="display-name spoof from gmail.com; not a configured notifier")

    # ------------------------------------------------------------------ client replies
    r = R["VW"]
    d.add("27_antwort_zusage_wochentag", d.reply("r1", C["VW"], r, "2026-11-30 10:15 +0100",
                                                 "Sehr geehrte Damen und Herren,\n\nzurück aus dem Urlaub habe ich Ihre Erinnerung gesehen. "
                                                 "Wir überweisen den Betrag am Freitag, den 4. Dezember.\n\nMit freundlichen Grüßen\nPetr Novak\n"),
          "client_reply", invoice_numbers="RE-2026-1158", intent="promise", promised_date="2026-12-04", original_message_id=r.id,
          needs_human=False)
    r = R["AL"]
    d.add("28_antwort_ende_naechster_woche", d.reply("r2", C["AL"], r, "2026-11-11 16:20 +0100",
                                                     "Guten Tag,\n\nentschuldigen Sie bitte, die Rechnung ist bei uns untergegangen. "
                                                     "Wir begleichen sie bis Ende nächster Woche.\n\nFreundliche Grüße\nDr. Susanne Brandl\n"),
          "client_reply", invoice_numbers="RE-2026-1139", intent="promise", promised_date="2026-11-20", original_message_id=r.id,
          needs_human=False, note="'bis Ende nächster Woche' from Wed 11 Nov = Fri 20 Nov")
    r = R["BR"]
    d.add("29_antwort_unter_vorbehalt_kollegin", d.reply("r3", C["BR"], r, "2026-11-25 11:40 +0100",
                                                         "Sehr geehrte Damen und Herren,\n\nHerr Huber ist diese Woche auf einer Messe. "
                                                         "Unter Vorbehalt der Freigabe durch unseren Gesellschafter wird die Rechnung RE-2026-1160 "
                                                         "am 03.12.2026 überwiesen.\n\nMit freundlichen Grüßen\ni. A. Lena Schuster\nAssistenz der Geschäftsführung\n",
                                                         frm=("Lena Schuster", "l.schuster@brauerei-rothmoos.de")),
          "client_reply", invoice_numbers="RE-2026-1160", intent="promise", promised_date="2026-12-03", original_message_id=r.id,
          needs_human=True, note="conditional ('unter Vorbehalt'); written by colleague")
    r = R["FD"]
    d.add("30_antwort_zusage_zurueckgenommen", d.reply("r4", C["FD"], r, "2026-11-26 15:30 +0100",
                                                       "Hallo,\n\nden am Telefon zugesagten Zahlungstermin 27.11. können wir leider nicht halten – "
                                                       "eine Zahlung vor Jahresende ist derzeit nicht möglich. Wir melden uns, sobald wir mehr wissen.\n\n"
                                                       "K. Dallmann\n"),
          "client_reply", invoice_numbers="RE-2026-1157", intent="other", original_message_id=r.id, needs_human=True,
          note="negated/withdrawn promise; no new date")
    r = R["AT"]
    d.add("31_antwort_handy_bezahlt", d.reply("r5", C["AT"], r, "2026-11-19 18:02 +0100",
                                              "Ist heute raus.\nLG Gruber\n\nVon meinem iPhone gesendet\n", subject="AW: " + r.subject,
                                              quote=False),
          "client_reply", invoice_numbers="RE-2026-1147", intent="paid", payment_date="2026-11-19", original_message_id=r.id,
          needs_human=False, note="phone-typed; 'raus' = sent today")
    r = R["NK"]
    fwd = ("Herr Berger,\n\nbitte um Freigabe – dann würde ich die Zahlung am Freitag, 27.11., ausführen. Die Buchhaltung von Kestrel "
           "habe ich in Cc gesetzt, damit sie Bescheid wissen.\n\nViele Grüße\nAnja Scholz\n\n"
           "-----Ursprüngliche Nachricht-----\nVon: Kestrel Print & Packaging – Buchhaltung <ar@kestrel-print.com>\n"
           f"Gesendet: Montag, 16. November 2026 09:00\nAn: Naturkost Berger eG <{C['NK'].addr}>\nBetreff: {r.subject}\n\n")
    from world import reminder_text
    fwd += reminder_text("de", r)
    raw = d.reply("r6", C["NK"], r, "2026-11-24 08:45 +0100", fwd, quote=False,
                  frm=("Anja Scholz", C["NK"].addr), to=[("Jörg Berger", "j.berger@naturkost-berger.de")],
                  cc=[(BOT_NAME["de"], BOT)], subject="WG: " + r.subject)
    d.add("32_interne_weiterleitung_cc", raw, "client_reply", invoice_numbers="RE-2026-1149", intent="promise",
          promised_date="2026-11-27", original_message_id=r.id, needs_human=False,
          note="client's internal forward to manager, bot in Cc; payment pending approval")
    r = R["WK"]
    d.add("33_antwort_reklamation", d.reply("r7", C["WK"], r, "2026-11-17 09:12 +0100",
                                            "Sehr geehrte Damen und Herren,\n\ndie Etiketten der Rechnung RE-2026-1150 lösen sich bei Kühlung "
                                            "von den Flaschen. Wir haben das bereits bei Herrn Yilmaz reklamiert und werden die Rechnung erst "
                                            "nach Klärung bzw. Ersatzlieferung begleichen.\n\nMit freundlichen Grüßen\nJohannes Kessler\n",
                                            html=True),
          "client_reply", invoice_numbers="RE-2026-1150", intent="dispute", original_message_id=r.id, needs_human=True)
    r = R["KT"]
    d.add("34_antwort_teilzahlung_reklamation", d.reply("r8", C["KT"], r, "2026-11-18 13:30 +0100",
                                                        "Hallo,\n\nwir haben heute 2.000,00 € überwiesen. Den Restbetrag von 975,00 € behalten wir "
                                                        "wegen der deutlichen Farbabweichung bei der Sorte Espresso ein, bis wir uns geeinigt haben.\n\n"
                                                        "Gruß\nM. Baumann\n"),
          "client_reply", invoice_numbers="RE-2026-1144", intent="dispute", amount=2000.00, currency="EUR",
          payment_date="2026-11-18", original_message_id=r.id, needs_human=True, note="mixed partial paid + dispute")
    r = R["BM"]
    d.add("35_antwort_ratenzahlung", d.reply("r9", C["BM"], r, "2026-11-23 14:10 +0100",
                                             "Sehr geehrte Damen und Herren,\n\nnach dem Umbau unserer Filiale ist die Liquidität im Moment knapp. "
                                             "Wäre es möglich, die Rechnung RE-2026-1201 in zwei Raten zu je 1.190,00 € (Mitte Dezember und Mitte "
                                             "Januar) zu bezahlen?\n\nMit freundlichen Grüßen\nGerda Meyer\n"),
          "client_reply", invoice_numbers="RE-2026-1201", intent="plan", original_message_id=r.id, needs_human=True)
    r = R["ST"]
    d.add("36_antwort_nicht_erhalten", d.reply("r10", C["ST"], r, "2026-11-19 15:45 +0100",
                                               "Guten Tag,\n\ndie Rechnung RE-2026-1152 liegt uns nicht vor. Bitte senden Sie sie uns erneut als "
                                               "XRechnung an rechnungseingang@trautmann-spielwaren.de, dann wird sie umgehend geprüft.\n\n"
                                               "Freundliche Grüße\nPetra Lehmann\nKreditorenbuchhaltung\n"),
          "client_reply", invoice_numbers="RE-2026-1152", intent="not_received", original_message_id=r.id, needs_human=False)
    r = R["HS"]
    d.add("37_antwort_stop_foermlich", d.reply("r11", C["HS"], r, "2026-11-13 17:00 +0100",
                                               "Sehr geehrte Damen und Herren,\n\nhiermit fordern wir Sie auf, uns keine weiteren automatisiert "
                                               "erstellten Zahlungserinnerungen per E-Mail zuzusenden. Korrespondenz in dieser Angelegenheit "
                                               "wünschen wir ausschließlich auf dem Postweg an unsere Geschäftsadresse.\n\nMit freundlichen Grüßen\n"
                                               "Hotel Seeblick GmbH\ni. V. Sabine Wendt\n"),
          "client_reply", invoice_numbers="RE-2026-1146", intent="stop", original_message_id=r.id, needs_human=True,
          note="formal stop request")
    r = R["BV"]
    d.add("38_reply_english_bank_details", d.reply("r12", C["BV"], r, "2026-11-19 11:25 +0100",
                                                   "Dear Sir or Madam,\n\nWe would like to pay invoice RE-2026-1153 but our bank needs the BIC and "
                                                   "the full address of your bank. Could you also confirm the account holder name?\n\n"
                                                   "Kind regards,\nPieter van Dijk\nBloemenhuis van Dijk B.V.\n",
                                                   subject="RE: " + r.subject),
          "client_reply", language="en", invoice_numbers="RE-2026-1153", intent="payment_details", original_message_id=r.id,
          needs_human=False, note="Dutch client replies in English to a German reminder")
    r = R["SH"]
    d.add("39_antwort_neuer_ansprechpartner", d.reply("r13", C["SH"], r, "2026-11-26 08:20 +0100",
                                                      "Guten Morgen,\n\nHerr Vogt ist nicht mehr bei uns. Bitte richten Sie Zahlungserinnerungen "
                                                      "künftig an rechnungseingang@schoko-hoffmann.de. Die beiden Rechnungen sind zur Zahlung "
                                                      "freigegeben.\n\nMit freundlichen Grüßen\nClaudia Fink\nFinanzbuchhaltung\n",
                                                      frm=("Claudia Fink", "rechnungseingang@schoko-hoffmann.de")),
          "client_reply", invoice_numbers="RE-2026-1155;RE-2026-1161", intent="other", original_message_id=r.id,
          needs_human=True, note="contact change from a new, not-yet-known address; 'freigegeben' is not a dated promise")

    # ------------------------------------------------------------------ staff
    raw = d.mail("s1", d.staff[Y], [BOT], "2026-11-17 10:30 +0100", "dispute RE-2026-1150",
                 mk.text("dispute RE-2026-1150 Etiketten lösen sich bei Kühlung, Ersatzlieferung KW 49\n" + sig_y),
                 helo=f"smtp.{D}", ip="203.0.113.20")
    d.add("40_staff_befehl_dispute", raw, "staff_command", invoice_numbers="RE-2026-1150")
    raw = d.mail("s2", d.staff[B], [BOT], "2026-11-24 09:40 +0100", "Bäckerei Meyer – Raten",
                 mk.text("Hallo,\n\nFrau Meyer hat angerufen: RE-2026-1201 zahlen sie in zwei Raten, 1.190 € am 15.12. und 1.190 € am 15.01. "
                         "Ist mit der Geschäftsleitung abgestimmt, bitte bis dahin keine Erinnerungen mehr.\n\nDanke\nMaria" + sig_b),
                 helo=f"smtp.{D}", ip="203.0.113.20")
    d.add("41_staff_freitext_raten", raw, "staff_command", invoice_numbers="RE-2026-1201", needs_human=True,
          note="prose plan agreement: 1190.00 on 2026-12-15 and 1190.00 on 2027-01-15")

    # ------------------------------------------------------------------ other
    raw = d.mail("o1", ("Deutscher Drucker Newsletter", "newsletter@druckerei-fachmedien.de"), [BOT], "2026-11-19 07:00 +0100",
                 "Newsletter 47/2026: Papierpreise, EUDR und neue Stanztechnik",
                 mk.text("Newsletter 47/2026\n\n– Papierpreise steigen im 1. Quartal\n– EUDR: was Verpackungsdrucker jetzt tun müssen\n\n"
                         "Abmelden: https://druckerei-fachmedien.de/abmelden?u=ar\n"),
                 extra=[("List-Unsubscribe", "<https://druckerei-fachmedien.de/abmelden?u=ar>"), ("Precedence", "bulk")])
    d.add("42_newsletter", raw, "other")
    raw = d.mail("o2", ("DHL Paket", "dhl-zustellung@paket-info-service.xyz"), [BOT], "2026-11-21 02:40 +0100",
                 "Ihr Paket konnte nicht zugestellt werden – Zollgebühr 1,99 €",
                 mk.text("Ihr Paket wartet. Bitte zahlen Sie die Zollgebühr von 1,99 € unter http://paket-info-service.xyz/de\n"),
                 auth="mx1.kestrel-print.com;\n\tspf=fail smtp.mailfrom=paket-info-service.xyz;\n\tdkim=none;\n\tdmarc=none",
                 ip="91.92.109.44")
    d.add("43_spam_paket", raw, "other", note="phishing spam")
    raw = d.mail("o3", ("Jonas Albrecht", "jonas.albrecht@web.de"), [BOT], "2026-12-02 20:15 +0100",
                 "Bewerbung als Medientechnologe Druck",
                 mk.text("Sehr geehrte Damen und Herren,\n\nhiermit bewerbe ich mich um eine Stelle als Medientechnologe Druck "
                         "an Ihrem Standort Frankfurt. Meine Unterlagen sende ich gerne nach.\n\nMit freundlichen Grüßen\nJonas Albrecht\n"),
                 auth_domain="web.de")
    d.add("44_fremder_bewerbung", raw, "other", needs_human=True, note="stranger: job application")
    return d

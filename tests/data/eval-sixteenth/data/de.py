"""German desk (DE/AT): EUR, invoices RE-2026-NNNN."""
from kinds import (BOT_ADDR, Desk, alt, dsn_part, invoice_pdf, label, mdn_parts, reply_body, reply_refs,
                   returned_headers, rfc822_part, with_pdf)
from mailkit import BOT, BOT_NAME, Part, attachment, dt, multipart, raw_part, text

BANK = "Nordlicht Bank AG, IBAN DE44 2105 0170 0012 3456 78, BIC NOLADE21XXX"


def rem_body(name, invs, due, past):
    lines = "\n".join(f"  {no}   {amt} €" for no, amt in invs)
    d = "{2}.{1}.{0}".format(*due.split("-"))
    lead = (f"folgende Rechnung(en) waren am {d} fällig. Sollten Sie bereits bezahlt haben, betrachten Sie diese "
            "Nachricht bitte als gegenstandslos." if past else f"folgende Rechnung(en) werden am {d} fällig.")
    return (f"Guten Tag {name},\n\nwir hoffen, es geht Ihnen gut und das Geschäft läuft.\n\nEine freundliche "
            f"Erinnerung unserer Buchhaltung: {lead}\n\n{lines}\n\nBankverbindung: {BANK}, Verwendungszweck: "
            "Rechnungsnummer.\n\nFür Rückfragen oder eine Zahlungsvereinbarung antworten Sie einfach auf diese "
            "E-Mail.\n\nMit freundlichen Grüßen\nDebitorenbuchhaltung\nHarrowgate Cold Chain GmbH\n")


def q(D, key, new, when_line=None):
    r = D.rem(key)
    head = when_line or f"Am {r['day'][8:]}.{r['day'][5:7]}.{r['day'][:4]} um {r['hm']} schrieb {BOT_NAME} <{BOT}>:"
    return reply_body(D, key, new, when_line=head)


def build():
    D = Desk("de", "harrowgate-cc.de", 1, "Debitorenbuchhaltung")
    KATRIN = ("Katrin Vogel", "k.vogel@harrowgate-cc.de")
    JENS = ("Jens Albrecht", "j.albrecht@harrowgate-cc.de")
    D.staff = [KATRIN[1], JENS[1]]
    NLB = ("Nordlicht Bank AG", "kontoinfo@nordlicht-bank.de")
    ZW = ("Zahlwerk", "benachrichtigung@zahlwerk.de")
    D.notifiers = [NLB[1], ZW[1]]
    C = dict(
        frischhof=("Frischhof Feinkost GmbH", "buchhaltung@frischhof-feinkost.de"),
        alpenmilch=("Alpenmilch Tirol eG", "rechnungswesen@alpenmilch-tirol.at"),
        medilog=("Sabine Kurz", "kreditoren@medilog-pharma.de"),
        seeblick=("Seeblick Fischhandel", "info@seeblick-fisch.de"),
        wiener=("Wiener Eismanufaktur", "buchhaltung@wiener-eis.at"),
        rhein=("Rheinland Blumen Import", "einkauf@rheinland-blumen.de"),
        polar=("Marta Kowalska", "faktury@polartrans.pl"),
        schmidt=("Metzgerei Schmidt", "metzgerei.schmidt@t-online.de"),
        leipzig=("Leipziger Backwaren GmbH", "buchhaltung@leipziger-backwaren.de"),
        gastro=("GastroNord Großküchen", "rechnungen@gastronord.de"),
        vandijk=("Van Dijk Kaas B.V.", "crediteuren@vandijkkaas.nl"),
        bioreg=("BioReg Diagnostics AG", "ap@bioreg.ch"),
        seeblick_old=("Seeblick Fischhandel", "buero@seeblick-fischhandel.de"),
    )

    def R(key, day, who, invs, due, past=True, subj=None, name=None):
        nos = ", ".join(i for i, _ in invs)
        s = subj or (f"Zahlungserinnerung: {nos}" if past else f"Fälligkeit in Kürze: {nos}")
        return D.reminder(key, day, C[who], invs, "EUR", due, s, rem_body(name or "", invs, due, past))

    R("R1", "2026-11-11", "medilog", [("RE-2026-1140", "8.330,00"), ("RE-2026-1156", "4.165,00")], "2026-11-06",
      subj="Kontoauszug offene Posten MediLog", name="Frau Kurz")
    R("R2", "2026-11-16", "seeblick_old", [("RE-2026-1162", "1.904,00")], "2026-11-10")
    R("R3", "2026-11-17", "wiener", [("RE-2026-1170", "5.280,00")], "2026-11-12")
    R("R4", "2026-11-18", "schmidt", [("RE-2026-1166", "642,60")], "2026-11-11", name="Herr Schmidt")
    R("R5", "2026-11-19", "alpenmilch", [("RE-2026-1173", "11.900,00")], "2026-11-23", past=False)
    R("R6", "2026-11-20", "rhein", [("RE-2026-1175", "3.570,00")], "2026-11-16")
    R("R7", "2026-11-23", "polar", [("RE-2026-1178", "9.600,00")], "2026-11-19", name="Frau Kowalska")
    R("R8", "2026-11-24", "leipzig", [("RE-2026-1181", "2.261,00")], "2026-11-20")
    R("R9", "2026-11-25", "gastro", [("RE-2026-1184", "4.998,00")], "2026-11-27", past=False)
    R("R10", "2026-11-26", "vandijk", [("RE-2026-1186", "6.120,00")], "2026-11-22")
    R("R11", "2026-11-27", "bioreg", [("RE-2026-1188", "15.400,00")], "2026-11-25")
    R("R12", "2026-12-01", "frischhof", [("RE-2026-1190", "1.785,00")], "2026-11-25")
    R("R13", "2026-12-02", "medilog", [("RE-2026-1194", "2.380,00")], "2026-12-06", past=False, name="Frau Kurz")
    R("R14", "2026-12-02", "schmidt", [("RE-2026-1166", "642,60")], "2026-11-11", name="Herr Schmidt")
    R("R15", "2026-11-30", "wiener", [("RE-2026-1170", "5.280,00")], "2026-11-12")

    sig_k = "\n\nMit freundlichen Grüßen\nKatrin Vogel\nFakturierung | Harrowgate Cold Chain GmbH\nHafenstraße 12, 28217 Bremen\n"

    # ------------------------------------------------------------------ invoice copies
    when = dt("2026-11-03", "10:15", 1)
    body = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung RE-2026-1201 vom 03.11.2026 für "
            "Kühllagerung (+2 bis +6 °C) im Oktober.\n\nNettobetrag: 3.250,00 €\nzzgl. 19 % USt: 617,50 €\n"
            "Rechnungsbetrag: 3.867,50 €\n\nZahlbar innerhalb von 30 Tagen ohne Abzug, d. h. bis 03.12.2026." + sig_k)
    D.mail("rechnung_frischhof", when, KATRIN, [C["frischhof"]], "Rechnung RE-2026-1201",
           with_pdf(text(body), ["HARROWGATE COLD CHAIN GMBH", "RECHNUNG Nr. RE-2026-1201   Datum 03.11.2026",
                                 "Frischhof Feinkost GmbH, 20095 Hamburg", "Kühllagerung Oktober, 55 Palettenplätze",
                                 "Netto 3.250,00 €", "USt 19 % 617,50 €", "Gesamtbetrag 3.867,50 €",
                                 "Zahlungsziel: 30 Tage netto"], "RE-2026-1201.pdf", "de1"),
           label("invoice_copy", "de", invoice_numbers="RE-2026-1201", amount="3867.50", currency="EUR",
                 issue_date="2026-11-03", due_date="2026-12-03", payment_terms_days=30),
           cc=[BOT_ADDR], mailer="Microsoft Outlook 16.0")

    when = dt("2026-11-04", "13:40", 1)
    cii = """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
 xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>
    <ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID>
  </ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>RE-2026-1204</ram:ID><ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">20261104</udt:DateTimeString></ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:ApplicableHeaderTradeAgreement>
      <ram:BuyerReference>04011000-12345-67</ram:BuyerReference>
      <ram:SellerTradeParty><ram:Name>Harrowgate Cold Chain GmbH</ram:Name></ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>MediLog Pharma Vertrieb GmbH</ram:Name></ram:BuyerTradeParty>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradePaymentTerms>
        <ram:Description>Zahlbar innerhalb 14 Tagen ohne Abzug</ram:Description>
        <ram:DueDateDateTime><udt:DateTimeString format="102">20261118</udt:DateTimeString></ram:DueDateDateTime>
      </ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>12000.00</ram:LineTotalAmount>
        <ram:TaxBasisTotalAmount>12000.00</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">2280.00</ram:TaxTotalAmount>
        <ram:GrandTotalAmount>14280.00</ram:GrandTotalAmount>
        <ram:DuePayableAmount>14280.00</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
""".encode()
    body = ("Sehr geehrte Frau Kurz,\n\nanbei die XRechnung RE-2026-1204 (GMP-Lagerung, 2–8 °C, November). "
            "Leitweg-ID 04011000-12345-67.\n\nBetrag: 14.280,00 € brutto, zahlbar bis 18.11.2026 (14 Tage).\n" + sig_k)
    D.mail("xrechnung_medilog", when, KATRIN, [C["medilog"]], "XRechnung RE-2026-1204",
           multipart("mixed", [text(body), attachment(cii, "application/xml", "RE-2026-1204_xrechnung.xml")], "de2"),
           label("invoice_copy", "de", invoice_numbers="RE-2026-1204", amount="14280.00", currency="EUR",
                 issue_date="2026-11-04", due_date="2026-11-18", payment_terms_days=14, note="XRechnung CII"),
           cc=[BOT_ADDR])

    when = dt("2026-11-05", "09:20", 1)
    body = ("Grüß Gott Herr Wallner,\n\nanbei Rechnung RE-2026-1205 über den Kühltransport Bremen–Innsbruck.\n\n"
            "Rechnungsbetrag netto: 7.450,00 € (Steuerschuldnerschaft des Leistungsempfängers, UID ATU12345678)\n"
            "Zahlungsbedingungen: 2 % Skonto bei Zahlung innerhalb von 10 Tagen (7.301,00 €), 30 Tage netto.\n"
            + sig_k)
    D.mail("rechnung_alpenmilch_skonto", when, KATRIN, [("Andreas Wallner", C["alpenmilch"][1])],
           "Rechnung RE-2026-1205 Kühltransport",
           with_pdf(text(body), ["RECHNUNG RE-2026-1205  05.11.2026", "Alpenmilch Tirol eG, 6020 Innsbruck",
                                 "Kühltransport 3 Touren   7.450,00 €", "Reverse Charge - keine USt",
                                 "2 % Skonto bis 15.11.2026 = 7.301,00 €", "30 Tage netto bis 05.12.2026"],
                    "RE-2026-1205.pdf", "de3"),
           label("invoice_copy", "de", invoice_numbers="RE-2026-1205", amount="7450.00", currency="EUR",
                 issue_date="2026-11-05", due_date="2026-12-05", payment_terms_days=30,
                 note="Skonto 2%/10 days (7,301.00) is optional; amount = full amount"),
           cc=[BOT_ADDR])

    when = dt("2026-11-05", "15:02", 1)
    body = ("Hallo Frau Brandt,\n\nanbei die Rechnung RE-2026-1207 für Ihre Tiefkühlware (Lagerung -24 °C, "
            "Umschlag).\n\nGesamtbetrag: 1.249,50 €\nZahlbar sofort ohne Abzug.\n\nViele Grüße\nJens Albrecht\n")
    D.mail("rechnung_seeblick_latin1", when, JENS, [("Frau Brandt", C["seeblick"][1])], "Rechnung RE-2026-1207",
           with_pdf(text(body, charset="iso-8859-15", cte="quoted-printable"),
                    ["RECHNUNG RE-2026-1207 vom 05.11.2026", "Seeblick Fischhandel KG, Kiel",
                     "Tiefkühllagerung -24 °C   1.050,00 €", "USt 19 %  199,50 €", "Gesamt 1.249,50 €",
                     "Zahlbar sofort ohne Abzug"], "RE-2026-1207.pdf", "de4"),
           label("invoice_copy", "de", invoice_numbers="RE-2026-1207", amount="1249.50", currency="EUR",
                 issue_date="2026-11-05", due_date="2026-11-05", note="'zahlbar sofort': due = issue date, no day count"),
           cc=[BOT_ADDR], charset="iso-8859-15")

    when = dt("2026-11-06", "11:11", 1)
    body = ("Sehr geehrte Damen und Herren,\n\nfür den Auftrag „Saisonlager Eiscreme 2026/27“ (Auftragswert "
            "48.000,00 €) erhalten Sie anbei die 1. Abschlagsrechnung RE-2026-1208 über 30 % = 14.400,00 €.\n"
            "Zahlbar innerhalb von 14 Tagen.\n\nDie weiteren Abschläge folgen monatlich." + sig_k)
    D.mail("abschlag_wiener", when, KATRIN, [C["wiener"]], "1. Abschlagsrechnung RE-2026-1208",
           with_pdf(text(body), ["1. ABSCHLAGSRECHNUNG RE-2026-1208  06.11.2026", "Wiener Eismanufaktur GmbH, 1100 Wien",
                                 "Auftragswert 48.000,00 €", "Abschlag 30 %  14.400,00 €",
                                 "Reverse Charge", "Zahlbar bis 20.11.2026"], "RE-2026-1208.pdf", "de5"),
           label("invoice_copy", "de", invoice_numbers="RE-2026-1208", amount="14400.00", currency="EUR",
                 issue_date="2026-11-06", due_date="2026-11-20", payment_terms_days=14,
                 note="order value 48,000 vs 30% instalment invoice 14,400"),
           cc=[BOT_ADDR])

    when = dt("2026-11-09", "10:30", 1)
    body = ("Moin,\n\nanbei zwei Rechnungen für die Großküchen-Belieferung:\n\nRE-2026-1211  Kühltransporte KW 44   2.380,00 €\n"
            "RE-2026-1212  Standgeld Kühlauflieger      595,00 €\n\nBeide vom 09.11.2026, zahlbar innerhalb 30 Tagen.\n\n"
            "Gruß\nJens Albrecht\n")
    D.mail("zwei_rechnungen_gastronord", when, JENS, [C["gastro"]], "Rechnungen RE-2026-1211 / RE-2026-1212",
           multipart("mixed", [text(body),
                               invoice_pdf(["RECHNUNG RE-2026-1211 09.11.2026", "Kühltransporte KW 44",
                                            "Gesamt 2.380,00 €"], "RE-2026-1211.pdf"),
                               invoice_pdf(["RECHNUNG RE-2026-1212 09.11.2026", "Standgeld Kühlauflieger",
                                            "Gesamt 595,00 €"], "RE-2026-1212.pdf")], "de6"),
           label("invoice_copy", "de", invoice_numbers="RE-2026-1211;RE-2026-1212", amount="2975.00", currency="EUR",
                 issue_date="2026-11-09", due_date="2026-12-09", payment_terms_days=30, note="two invoices; amount = sum"),
           cc=[BOT_ADDR])

    when = dt("2026-11-10", "14:05", 1)
    body = ("Sehr geehrte Damen und Herren,\n\nanbei unsere Schlussrechnung RE-2026-1214 für die Valentinstag-"
            "Kühllogistik.\n\nGesamtbetrag brutto: 23.800,00 €\nabzgl. geleistete Anzahlung vom 02.10.2026: -5.950,00 €\n"
            "Noch zu zahlen: 17.850,00 €\n\nZahlungsziel 30 Tage (10.12.2026)." + sig_k)
    D.mail("schlussrechnung_rhein", when, KATRIN, [C["rhein"]], "Schlussrechnung RE-2026-1214",
           with_pdf(text(body), ["SCHLUSSRECHNUNG RE-2026-1214  10.11.2026", "Rheinland Blumen Import GmbH, Köln",
                                 "Gesamt netto 20.000,00 €", "USt 19 % 3.800,00 €", "Gesamt brutto 23.800,00 €",
                                 "abzgl. Anzahlung -5.950,00 €", "Zahlbetrag 17.850,00 €"], "RE-2026-1214.pdf", "de7"),
           label("invoice_copy", "de", invoice_numbers="RE-2026-1214", amount="17850.00", currency="EUR",
                 issue_date="2026-11-10", due_date="2026-12-10", payment_terms_days=30,
                 note="final invoice: gross 23,800 minus down payment 5,950"),
           cc=[BOT_ADDR])

    when = dt("2026-11-11", "16:20", 1)
    body = ("Dear Ms Kowalska,\n\nplease find attached invoice RE-2026-1215 for cross-dock and reefer transport "
            "Bremen - Poznań.\n\nAmount: EUR 9,120.00 (reverse charge, VAT to be accounted for by the recipient)\n"
            "Payment terms: 30 days net (due 11 December 2026)\n\nBest regards\nJens Albrecht\nHarrowgate Cold Chain GmbH\n")
    D.mail("invoice_polartrans_english", when, JENS, [C["polar"]], "Invoice RE-2026-1215",
           with_pdf(text(body), ["INVOICE / RECHNUNG RE-2026-1215  11.11.2026", "PolarTrans Sp. z o.o., Poznan",
                                 "Cross-dock + reefer transport   EUR 9,120.00", "Reverse charge",
                                 "Due 11.12.2026"], "RE-2026-1215.pdf", "de8"),
           label("invoice_copy", "en", invoice_numbers="RE-2026-1215", amount="9120.00", currency="EUR",
                 issue_date="2026-11-11", due_date="2026-12-11", payment_terms_days=30,
                 note="German desk writing in English"),
           cc=[BOT_ADDR])

    when = dt("2026-11-12", "08:55", 1)
    html = ("<html><body><p>Guten Morgen,</p><p>anbei die Rechnung <b>RE-2026-1217</b> vom 12.11.2026.</p>"
            "<table border='1'><tr><td>Netto</td><td>5.495,80&nbsp;&euro;</td></tr>"
            "<tr><td>USt 19&nbsp;%</td><td>1.044,20&nbsp;&euro;</td></tr>"
            "<tr><td><b>Brutto</b></td><td><b>6.540,00&nbsp;&euro;</b></td></tr></table>"
            "<p>Zahlungsziel: 21 Tage (bis 03.12.2026).</p><p>Mit freundlichen Gr&uuml;&szlig;en<br>Katrin Vogel</p>"
            "</body></html>")
    D.mail("rechnung_leipzig_html_only", when, KATRIN, [C["leipzig"]], "Ihre Rechnung RE-2026-1217",
           multipart("mixed", [text(html, "html"),
                               invoice_pdf(["RECHNUNG RE-2026-1217  12.11.2026", "Leipziger Backwaren GmbH",
                                            "Netto 5.495,80 €", "USt 1.044,20 €", "Brutto 6.540,00 €"],
                                           "RE-2026-1217.pdf")], "de9"),
           label("invoice_copy", "de", invoice_numbers="RE-2026-1217", amount="6540.00", currency="EUR",
                 issue_date="2026-11-12", due_date="2026-12-03", payment_terms_days=21, note="HTML-only body; net vs gross"),
           cc=[BOT_ADDR])

    when = dt("2026-11-16", "10:45", 1)
    body = ("Beste heer De Vries, sehr geehrter Herr De Vries,\n\nanbei Rechnung RE-2026-1219 über 4.100,00 € "
            "(Kühllagerung Gouda-Reifelager).\nZahlungsziel: 21 Tage nach Rechnungsdatum (16.11.2026).\n\n"
            "Mit freundlichen Grüßen\nJens Albrecht\n")
    D.mail("rechnung_vandijk_bcc", when, JENS, [("Pieter de Vries", C["vandijk"][1])], "Rechnung RE-2026-1219",
           with_pdf(text(body), ["RECHNUNG RE-2026-1219 16.11.2026", "Van Dijk Kaas B.V., Gouda",
                                 "Kühllagerung 4.100,00 €", "Zahlungsziel 21 Tage"], "RE-2026-1219.pdf", "de10"),
           label("invoice_copy", "de", invoice_numbers="RE-2026-1219", amount="4100.00", currency="EUR",
                 issue_date="2026-11-16", due_date="2026-12-07", payment_terms_days=21, note="bot only in Bcc"))

    # ------------------------------------------------------------------ read receipts
    r = D.rem("R1")
    when = dt("2026-11-11", "11:02", 1)
    D.mail("mdn_medilog_outlook", when, C["medilog"], [BOT_ADDR], "Gelesen: " + r["subject"],
           mdn_parts(D, "R1", "MLPEX01.medilog.local; Microsoft Exchange Server", C["medilog"][1],
                     "manual-action/MDN-sent-manually; displayed",
                     f"Ihre Nachricht\n\n  An: {C['medilog'][1]}\n  Betreff: {r['subject']}\n  Gesendet: "
                     "Mittwoch, 11. November 2026 09:30:00 (UTC+01:00)\n\nwurde am Mittwoch, 11. November 2026 "
                     "11:02:10 (UTC+01:00) gelesen.\n", "de11"),
           label("read_receipt", "de", invoice_numbers="RE-2026-1140;RE-2026-1156", original_message_id=r["id"]))

    r = D.rem("R4")
    when = dt("2026-11-18", "19:44", 1)
    D.mail("lesebestaetigung_schmidt_plain", when, C["schmidt"], [BOT_ADDR], "Lesebestätigung: " + r["subject"],
           text(f"Lesebestätigung\n\nIhre Nachricht \"{r['subject']}\" vom 18.11.2026 wurde am 18.11.2026 um 19:44 "
                "Uhr gelesen.\n\n-- \nGesendet mit dem Telekom Mail Center\n"),
           label("read_receipt", "de", invoice_numbers="RE-2026-1166", original_message_id=r["id"],
                 note="non-standard receipt, In-Reply-To only"),
           irt=r["id"])

    r = D.rem("R5")
    when = dt("2026-11-19", "10:12", 1)
    D.mail("mdn_alpenmilch_thunderbird", when, ("Andreas Wallner", C["alpenmilch"][1]), [BOT_ADDR],
           "Empfangsbestätigung (angezeigt) - " + r["subject"],
           mdn_parts(D, "R5", "Mozilla Thunderbird 128.4", C["alpenmilch"][1],
                     "manual-action/MDN-sent-manually; displayed",
                     f"Dies ist eine Empfangsbestätigung für eine Nachricht, die Sie an {C['alpenmilch'][1]} gesendet "
                     "haben.\n\nBeachten Sie: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht angezeigt "
                     "wurde. Es gibt keine Garantie, dass der Inhalt gelesen oder verstanden wurde.\n", "de13"),
           label("read_receipt", "de", invoice_numbers="RE-2026-1173", original_message_id=r["id"]),
           mailer="UA:Mozilla Thunderbird 128.4")

    # ------------------------------------------------------------------ bounces
    r = D.rem("R6")
    rcpt = C["rhein"][1]
    when = dt("2026-11-20", "09:31", 1)
    D.mail("ndr_rhein_richtlinie", when, ("Mail Delivery System", "postmaster@rheinland-blumen.de"), [("", BOT)],
           "Unzustellbar: " + r["subject"],
           multipart("mixed", [text(
               "Diese Nachricht wurde automatisch erstellt.\n\nIhre Nachricht an " + rcpt + " wurde abgelehnt.\n\n"
               "Grund: Die Nachricht verstößt gegen die Sicherheitsrichtlinie des Empfängers (externe Absender mit "
               "Zahlungsaufforderungen werden blockiert).\n\nRemote-Server: 550 5.7.1 Message rejected by recipient "
               "policy\n\nBitte wenden Sie sich an den Administrator des Empfängers.\n"),
               rfc822_part(D, "R6")], "de14"),
           label("bounce", "de", invoice_numbers="RE-2026-1175", failed_recipients=rcpt, bounce_permanent=True,
                 bounce_reason="policy", original_message_id=r["id"], note="non-standard German NDR"),
           extra=[("Auto-Submitted", "auto-replied")])

    r = D.rem("R2")
    rcpt = C["seeblick_old"][1]
    when = dt("2026-11-16", "09:32", 1)
    D.mail("bounce_seeblick_dns", when, ("Mail Delivery System", "MAILER-DAEMON@mx1.harrowgate-cc.com"), [("", BOT)],
           "Undelivered Mail Returned to Sender",
           multipart("report", [text(
               "This is the mail system at host mx1.harrowgate-cc.com.\n\nI'm sorry to have to inform you that your "
               "message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
               f"<{rcpt}>: Host or domain name not found. Name service error\n    for name=seeblick-fischhandel.de "
               "type=MX: Host not found, try again\n", charset="us-ascii"),
               Part(
                   [("Content-Type", "message/delivery-status")],
                   (f"Reporting-MTA: dns; mx1.harrowgate-cc.com\n\nFinal-Recipient: rfc822; {rcpt}\nAction: failed\n"
                    "Status: 5.4.4\nDiagnostic-Code: X-Postfix; Host or domain name not found. Name service error\n"
                    "    for name=seeblick-fischhandel.de type=MX: Host not found, try again\n").encode()),
               raw_part("text/rfc822-headers", returned_headers(D, "R2"))], "de15", "report-type=delivery-status"),
           label("bounce", "en", invoice_numbers="RE-2026-1162", failed_recipients=rcpt, bounce_permanent=True,
                 bounce_reason="other", original_message_id=r["id"], note="DNS failure, domain not found"),
           auth=None, mid_domain="mx1.harrowgate-cc.com", rcv_host="localhost")

    r = D.rem("R15")
    rcpt = C["wiener"][1]
    when = dt("2026-11-30", "11:18", 1)
    D.mail("ndr_wiener_nach_annahme", when, ("Postmaster Wiener Eismanufaktur", "postmaster@wiener-eis.at"),
           [("", BOT)], "Nicht zustellbar: " + r["subject"],
           multipart("mixed", [text(
               "Hallo,\n\nIhre Nachricht wurde von unserem Mailserver angenommen, konnte aber intern nicht zugestellt "
               f"werden.\n\nEmpfänger: {rcpt}\nFehler: Benutzer unbekannt - das Postfach existiert nicht (mehr).\n\n"
               "Die ursprüngliche Nachricht finden Sie im Anhang.\n\nIhr IT-Team\n"),
               rfc822_part(D, "R15")], "de16"),
           label("bounce", "de", invoice_numbers="RE-2026-1170", failed_recipients=rcpt, bounce_permanent=True,
                 bounce_reason="user_unknown", original_message_id=r["id"], needs_human=True,
                 note="user unknown reported after DATA was accepted"),
           extra=[("X-Failed-Recipients", rcpt)])

    # ------------------------------------------------------------------ auto-replies
    r = D.rem("R13")
    when = dt("2026-12-02", "09:31", 1)
    D.mail("abwesenheit_medilog", when, C["medilog"], [BOT_ADDR], "Abwesenheitsnotiz: " + r["subject"],
           text("Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich Freitag, 04.12.2026 nicht im Büro und "
                "ab Montag, 07.12.2026 wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\n"
                "In dringenden Fällen wenden Sie sich bitte an kreditoren-team@medilog-pharma.de.\n\nSabine Kurz\n"),
           label("auto_reply", "de", return_date="2026-12-07", original_message_id=r["id"]),
           irt=r["id"], refs=r["id"], extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

    r = D.rem("R12")
    when = dt("2026-12-01", "09:40", 1)
    D.mail("betriebsferien_frischhof_ohne_header", when, C["frischhof"], [BOT_ADDR], "Betriebsferien / Company holidays",
           text("Sehr geehrte Damen und Herren,\n\nunser Büro ist wegen Inventur und Betriebsferien geschlossen. Ab "
                "07.01.2027 sind wir wieder für Sie da.\n\nDear Sir or Madam, our office is closed for stocktaking and "
                "holidays. We will be back on 7 January 2027.\n\nFrischhof Feinkost GmbH\n"),
           label("auto_reply", "de", return_date="2027-01-07", original_message_id=r["id"],
                 note="no RFC 3834 headers; bilingual DE/EN"),
           irt=r["id"])

    r = D.rem("R11")
    when = dt("2026-11-27", "09:31", 1)
    D.mail("eingangsbestaetigung_bioreg", when, ("BioReg Kreditoren", C["bioreg"][1]), [BOT_ADDR],
           "Eingangsbestätigung [AP-2026-55817]",
           text("Guten Tag\n\nIhre Nachricht ist bei uns eingegangen und wurde unter der Nummer AP-2026-55817 erfasst. "
                "Rechnungen bearbeiten wir innerhalb von 10 Arbeitstagen.\n\nFreundliche Grüsse\nBioReg Diagnostics AG\n"),
           label("auto_reply", "de", original_message_id=r["id"], note="ticket acknowledgement, Swiss German spelling"),
           irt=r["id"], extra=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-generated")])

    # ------------------------------------------------------------------ challenge
    r = D.rem("R3")
    url = "https://absender-check.mailschutz.at/bestaetigen?t=9c41d7e0a2b35f18"
    when = dt("2026-11-17", "09:33", 1)
    D.mail("challenge_wiener_absendercheck", when, ("Mailschutz.at", "noreply@mailschutz.at"), [BOT_ADDR],
           "Bitte bestätigen Sie Ihre E-Mail-Adresse",
           text(f"Guten Tag,\n\nder Empfänger {C['wiener'][1]} nutzt Mailschutz.at. Ihre Nachricht „{r['subject']}“ "
                f"wird erst zugestellt, wenn Sie Ihre Absenderadresse bestätigen:\n\n{url}\n\n"
                "Ohne Bestätigung wird die Nachricht nach 5 Tagen gelöscht.\n"),
           label("challenge", "de", challenge=url, original_message_id=r["id"]),
           irt=r["id"], extra=[("Auto-Submitted", "auto-replied")])

    # ------------------------------------------------------------------ payments
    def avis(amount, valuta, payer, zweck, extra=""):
        return text(f"Nordlicht Bank AG – Zahlungseingang\n\nKonto: Harrowgate Cold Chain GmbH, DE44 **** 5678\n"
                    f"Buchungstag/Valuta: {valuta}\nBetrag: +{amount} EUR\nAuftraggeber: {payer}\n"
                    f"Verwendungszweck: {zweck}\n{extra}\nDiese Nachricht wurde automatisch erstellt.\n")

    when = dt("2026-12-01", "07:15", 1)
    D.mail("zahlung_frischhof_voll", when, NLB, [("", BOT)], "Zahlungseingang 3.867,50 EUR",
           avis("3.867,50", "01.12.2026", "FRISCHHOF FEINKOST GMBH", "RE-2026-1201"),
           label("payment_confirmation", "de", invoice_numbers="RE-2026-1201", amount="3867.50", currency="EUR",
                 payment_date="2026-12-01", payment_full=True))

    when = dt("2026-12-08", "07:12", 1)
    D.mail("zahlung_gastronord_zwei", when, NLB, [("", BOT)], "Zahlungseingang 2.975,00 EUR",
           avis("2.975,00", "08.12.2026", "GASTRONORD GROSSKUECHEN GMBH", "RE-2026-1211 2.380,00 RE-2026-1212 595,00"),
           label("payment_confirmation", "de", invoice_numbers="RE-2026-1211;RE-2026-1212", amount="2975.00",
                 currency="EUR", payment_date="2026-12-08", payment_full=True,
                 allocations="RE-2026-1211=2380.00;RE-2026-1212=595.00"))

    when = dt("2026-11-13", "16:30", 1)
    D.mail("zahlwerk_alpenmilch_skonto", when, ZW, [("", BOT)], "Zahlung erhalten: 7.301,00 € von Alpenmilch Tirol eG",
           alt("Zahlwerk – Zahlung erhalten\n\nZahler: Alpenmilch Tirol eG\nBetrag: 7.301,00 €\nRechnung: RE-2026-1205\n"
               "Zahlungsdatum: 13.11.2026\nZahlart: SEPA-Überweisung (Instant)\nHinweis des Zahlers: abzgl. 2 % Skonto\n",
               "<h2>Zahlung erhalten</h2><p>Zahler: Alpenmilch Tirol eG<br>Betrag: <b>7.301,00&nbsp;&euro;</b><br>"
               "Rechnung: RE-2026-1205<br>Zahlungsdatum: 13.11.2026<br>Hinweis: abzgl. 2 % Skonto</p>", "de23"),
           label("payment_confirmation", "de", invoice_numbers="RE-2026-1205", amount="7301.00", currency="EUR",
                 payment_date="2026-11-13", payment_full=True,
                 note="2% Skonto taken within 10 days as allowed by the terms -> settled in full"))

    when = dt("2026-11-27", "07:20", 1)
    D.mail("zahlung_polartrans_teil", when, NLB, [("", BOT)], "Zahlungseingang 4.800,00 EUR",
           avis("4.800,00", "27.11.2026", "POLARTRANS SP Z O O", "RE-2026-1178 TEILZAHLUNG 1/2"),
           label("payment_confirmation", "de", invoice_numbers="RE-2026-1178", amount="4800.00", currency="EUR",
                 payment_date="2026-11-27", payment_full=False, note="invoice 9,600.00; half paid"))

    when = dt("2026-11-20", "07:18", 1)
    D.mail("zahlung_medilog_ohne_aufteilung", when, NLB, [("", BOT)], "Zahlungseingang 10.000,00 EUR",
           avis("10.000,00", "20.11.2026", "MEDILOG PHARMA VERTRIEB GMBH", "RE-2026-1140 RE-2026-1156"),
           label("payment_confirmation", "de", invoice_numbers="RE-2026-1140;RE-2026-1156", amount="10000.00",
                 currency="EUR", payment_date="2026-11-20", payment_full=False, needs_human=True,
                 note="two invoices (8,330 + 4,165 = 12,495) named, short by 2,495, no split"))

    when = dt("2026-12-03", "08:02", 1)
    D.mail("gefaelscht_nordlicht_displayname", when, ("Nordlicht Bank AG", "kontoinfo.nordlicht@gmx.de"), [("", BOT)],
           "Zahlungseingang 15.400,00 EUR",
           avis("15.400,00", "03.12.2026", "BIOREG DIAGNOSTICS AG", "RE-2026-1188",
                "\nZur Bestätigung des Zahlungseingangs melden Sie sich bitte an: https://nordlicht-bank.sicher-login.eu\n"),
           label("other", "de", invoice_numbers="RE-2026-1188", needs_human=True,
                 note="display-name spoof of the bank from a freemail address"),
           reply_to=("", "kontoinfo.nordlicht@gmx.de"))

    # ------------------------------------------------------------------ client replies
    r = D.rem("R8")
    when = dt("2026-11-25", "10:05", 1)
    D.mail("antwort_leipzig_wochentag", when, C["leipzig"], [BOT_ADDR], "AW: " + r["subject"],
           text(q(D, "R8", "Guten Tag,\n\ndie Rechnung RE-2026-1181 ist freigegeben, wir überweisen am Freitag, den "
                           "04.12.2026.\n\nMit freundlichen Grüßen\nH. Pohl\nLeipziger Backwaren GmbH")),
           label("client_reply", "de", invoice_numbers="RE-2026-1181", intent="promise", promised_date="2026-12-04",
                 original_message_id=r["id"]),
           **reply_refs(D, "R8"))

    r = D.rem("R11")
    when = dt("2026-12-01", "14:40", 1)
    D.mail("antwort_bioreg_stop_formell", when, ("Dr. Urs Meier", "urs.meier@bioreg.ch"), [BOT_ADDR],
           "AW: " + r["subject"],
           text(q(D, "R11", "Sehr geehrte Damen und Herren\n\nWir untersagen Ihnen hiermit jede weitere Kontaktaufnahme "
                            "per E-Mail in dieser Angelegenheit. Die Forderung aus RE-2026-1188 wird bestritten; "
                            "richten Sie jede weitere Korrespondenz ausschliesslich an unsere Rechtsvertretung, "
                            "Kanzlei Brunner & Roth, Zürich.\n\nHochachtungsvoll\nDr. Urs Meier\nCFO, BioReg Diagnostics AG")),
           label("client_reply", "de", invoice_numbers="RE-2026-1188", intent="stop", needs_human=True,
                 original_message_id=r["id"], note="formal stop + contested claim, refers to lawyers"),
           **reply_refs(D, "R11"))

    r = D.rem("R9")
    when = dt("2026-11-26", "11:30", 1)
    D.mail("antwort_gastronord_vorbehalt", when, C["gastro"], [BOT_ADDR], "AW: " + r["subject"],
           text(q(D, "R9", "Hallo,\n\ndie Zahlung für RE-2026-1184 erfolgt unter Vorbehalt der Prüfung der "
                           "Temperaturprotokolle bis spätestens 15.12.2026.\n\nGruß\nBuchhaltung GastroNord")),
           label("client_reply", "de", invoice_numbers="RE-2026-1184", intent="promise", promised_date="2026-12-15",
                 needs_human=True, original_message_id=r["id"], note="conditional promise (unter Vorbehalt)"),
           **reply_refs(D, "R9"))

    r = D.rem("R10")
    when = dt("2026-11-27", "15:10", 1)
    D.mail("antwort_vandijk_maengelruege", when, ("Pieter de Vries", C["vandijk"][1]), [BOT_ADDR], "RE: " + r["subject"],
           text(q(D, "R10", "Sehr geehrte Damen und Herren,\n\nwir erheben Mängelrüge zur Rechnung RE-2026-1186: laut "
                            "Datenlogger war die Kühlkette am 09.11. über 6 Stunden unterbrochen, 14 Paletten Gouda "
                            "sind unverkäuflich. Wir zahlen den Betrag von 6.120,00 € erst nach Klärung des Schadens.\n\n"
                            "Met vriendelijke groet / Mit freundlichen Grüßen\nPieter de Vries")),
           label("client_reply", "de", invoice_numbers="RE-2026-1186", intent="dispute", needs_human=True,
                 original_message_id=r["id"]),
           **reply_refs(D, "R10"))

    r = D.rem("R3")
    when = dt("2026-11-26", "13:22", 1)
    D.mail("antwort_wiener_bezahlt_beleg", when, ("Wiener Eismanufaktur", "office@wiener-eis.at"), [BOT_ADDR],
           "AW: " + r["subject"],
           multipart("mixed", [text(q(D, "R3", "Sehr geehrte Damen und Herren,\n\nRE-2026-1170 haben wir bereits am "
                                                "24.11.2026 mit 5.280,00 € überwiesen, Beleg anbei.\n\nLG\nOffice "
                                                "Wiener Eismanufaktur")),
                               invoice_pdf(["Erste Bank - Überweisungsbeleg", "Auftraggeber: Wiener Eismanufaktur GmbH",
                                            "Empfänger: Harrowgate Cold Chain GmbH", "Betrag: EUR 5.280,00",
                                            "Verwendungszweck: RE-2026-1170", "Durchgeführt: 24.11.2026"],
                                           "Ueberweisung_RE-2026-1170.pdf")], "de31"),
           label("client_reply", "de", invoice_numbers="RE-2026-1170", intent="paid", amount="5280.00", currency="EUR",
                 payment_date="2026-11-24", original_message_id=r["id"], note="reply from office@ (other contact of debtor)"),
           **reply_refs(D, "R3"))

    r = D.rem("R14")
    when = dt("2026-12-02", "18:50", 1)
    D.mail("antwort_schmidt_handy", when, C["schmidt"], [BOT_ADDR], "Re: " + r["subject"],
           text(q(D, "R14", "Zahle morgen.\nGruß Schmidt\n\nVon meinem iPhone gesendet",
                  when_line=f"Am 02.12.2026 um 09:30 schrieb Harrowgate Cold Chain AR <{BOT}>:")),
           label("client_reply", "de", invoice_numbers="RE-2026-1166", intent="promise", promised_date="2026-12-03",
                 original_message_id=r["id"], note="phone-typed, 'morgen' relative to 2 Dec"),
           **reply_refs(D, "R14"), mailer="iPhone Mail (22B91)")

    r = D.rem("R6")
    when = dt("2026-11-23", "09:15", 1)
    D.mail("antwort_rhein_ratenzahlung", when, ("Rheinland Blumen Import", "gf@rheinland-blumen.de"), [BOT_ADDR],
           "AW: " + r["subject"],
           text(q(D, "R6", "Guten Tag,\n\nnach dem schwachen Herbstgeschäft bitten wir um Ratenzahlung für "
                           "RE-2026-1175: drei Monatsraten à 1.190,00 €, erste Rate zum 15.12.2026. Wäre das möglich?\n\n"
                           "Mit freundlichen Grüßen\nMarkus Lenz, Geschäftsführer")),
           label("client_reply", "de", invoice_numbers="RE-2026-1175", intent="plan", needs_human=True,
                 original_message_id=r["id"]),
           **reply_refs(D, "R6"))

    r = D.rem("R12")
    when = dt("2026-12-01", "11:05", 1)
    D.mail("antwort_frischhof_nicht_erhalten", when, ("Tanja Brückner", "t.brueckner@frischhof-feinkost.de"),
           [BOT_ADDR], "AW: " + r["subject"],
           text(q(D, "R12", "Hallo,\n\ndie Rechnung RE-2026-1190 liegt uns nicht vor. Können Sie sie bitte noch einmal "
                            "als PDF an rechnungseingang@frischhof-feinkost.de schicken?\n\nDanke und Gruß\nTanja Brückner")),
           label("client_reply", "de", invoice_numbers="RE-2026-1190", intent="not_received",
                 original_message_id=r["id"], note="sent by a colleague despite the holiday auto-reply"),
           **reply_refs(D, "R12"))

    r = D.rem("R5")
    when = dt("2026-11-20", "08:40", 1)
    D.mail("antwort_alpenmilch_bankdaten", when, ("Andreas Wallner", C["alpenmilch"][1]), [BOT_ADDR],
           "AW: " + r["subject"],
           text(q(D, "R5", "Grüß Gott,\n\nbevor wir RE-2026-1173 anweisen: ist die IBAN DE44 2105 0170 0012 3456 78 "
                           "noch aktuell? Unsere Revision verlangt eine Bankbestätigung bzw. den Kontoinhaber laut Bank.\n\n"
                           "Mit freundlichen Grüßen\nAndreas Wallner")),
           label("client_reply", "de", invoice_numbers="RE-2026-1173", intent="payment_details",
                 original_message_id=r["id"]),
           **reply_refs(D, "R5"))

    r = D.rem("R13")
    when = dt("2026-12-04", "10:10", 1)
    D.mail("antwort_medilog_frage_bestellnummer", when, ("Kreditoren-Team MediLog", "kreditoren-team@medilog-pharma.de"),
           [BOT_ADDR], "AW: " + r["subject"],
           text(q(D, "R13", "Guten Tag,\n\nauf RE-2026-1194 fehlt unsere Bestellnummer 4500-77812. Können Sie die "
                            "Rechnung mit Bestellnummer neu ausstellen? Ohne Bestellbezug kann unser System sie nicht "
                            "buchen.\n\nFreundliche Grüße\ni. A. Lena Hoff (Vertretung für Frau Kurz)")),
           label("client_reply", "de", invoice_numbers="RE-2026-1194", intent="question", needs_human=True,
                 original_message_id=r["id"], note="assistant writing on behalf of absent contact"),
           **reply_refs(D, "R13"))

    r = D.rem("R1")
    when = dt("2026-11-25", "16:00", 1)
    D.mail("antwort_medilog_ende_naechster_woche", when, C["medilog"], [BOT_ADDR], "AW: " + r["subject"],
           text(q(D, "R1", "Hallo,\n\ndie 10.000 € letzte Woche waren eine Abschlagszahlung. Den Rest (2.495,00 €) "
                           "überweisen wir bis Ende nächster Woche.\n\nGrüße\nSabine Kurz")),
           label("client_reply", "de", invoice_numbers="RE-2026-1140;RE-2026-1156", intent="promise",
                 promised_date="2026-12-04", original_message_id=r["id"],
                 note="'Ende nächster Woche' written Wed 25 Nov -> Fri 4 Dec; mentions earlier 10,000 part payment"),
           **reply_refs(D, "R1"))

    r = D.rem("R9")
    when = dt("2026-11-30", "12:15", 1)
    fwd = ("---------- Weitergeleitete Nachricht ----------\nVon: Jan Meier <j.meier@gastronord.de>\n"
           "Datum: Mo., 30. Nov. 2026 um 11:58\nBetreff: AW: Freigabe Harrowgate RE-2026-1184\n"
           "An: Buchhaltung <rechnungen@gastronord.de>\n\nIst freigegeben, geht mit dem Zahllauf am Dienstag, "
           "08.12. raus.\n\nJan\n\n> Hallo Jan, bitte RE-2026-1184 (Harrowgate, 4.998,00 €) freigeben.\n")
    D.mail("weiterleitung_gastronord_intern", when, C["gastro"], [("Katrin Vogel", KATRIN[1])],
           "WG: Freigabe Harrowgate RE-2026-1184",
           text("Hallo Frau Vogel,\n\nzur Info unten die interne Freigabe.\n\nGruß\nBuchhaltung GastroNord\n\n" + fwd +
                "\n" + "\n".join("> " + x for x in r["body"].splitlines()) + "\n"),
           label("client_reply", "de", invoice_numbers="RE-2026-1184", intent="promise", promised_date="2026-12-08",
                 original_message_id=r["id"], note="forwarded internal thread; bot in Cc; quotes the reminder"),
           cc=[BOT_ADDR], refs=[r["id"]])

    r = D.rem("R7")
    when = dt("2026-11-24", "08:25", 1)
    D.mail("reply_polartrans_english_other", when, C["polar"], [BOT_ADDR], "RE: " + r["subject"],
           text(reply_body(D, "R7", "Dear Sirs,\n\nplease note that from 1 December 2026 our company name is "
                                    "PolarTrans Logistics S.A. with a new address (ul. Głogowska 218, 60-104 Poznań) "
                                    "and VAT ID PL7792456120. Kindly update your records before issuing further "
                                    "invoices.\n\nRegards,\nMarta Kowalska", "outlook")),
           label("client_reply", "en", invoice_numbers="RE-2026-1178", intent="other", needs_human=True,
                 original_message_id=r["id"], note="English reply to a German reminder; master-data change"),
           **reply_refs(D, "R7"))

    # ------------------------------------------------------------------ staff
    when = dt("2026-12-03", "15:30", 1)
    D.mail("staff_promise_command", when, KATRIN, [BOT_ADDR], "promise RE-2026-1175 2026-12-15",
           text("promise RE-2026-1175 2026-12-15\nnote: Herr Lenz telefonisch, erste Rate am 15.12.\n"),
           label("staff_command", "de", invoice_numbers="RE-2026-1175", promised_date="2026-12-15",
                 note="command: promise"))

    when = dt("2026-12-07", "08:45", 1)
    D.mail("staff_pause_schmidt", when, JENS, [BOT_ADDR], "Metzgerei Schmidt – bitte pausieren",
           text("Hallo,\n\nbitte für Metzgerei Schmidt (RE-2026-1166) keine Erinnerungen mehr bis Jahresende, Herr "
                "Schmidt liegt im Krankenhaus. Ich kläre das direkt mit seiner Frau.\n\nDanke\nJens\n"),
           label("staff_command", "de", invoice_numbers="RE-2026-1166", note="hand-written: pause until year end"))

    # ------------------------------------------------------------------ other
    when = dt("2026-11-19", "06:30", 1)
    D.mail("newsletter_kuehllogistik", when, ("KühlLogistik aktuell", "newsletter@kuehllogistik-aktuell.de"),
           [("", BOT)], "KühlLogistik aktuell 46/2026: Maut, GDP-Leitlinien, Messe",
           alt("KühlLogistik aktuell – Ausgabe 46/2026\n\n• CO2-Maut: was sich 2027 ändert\n• GDP-Leitlinien im Praxistest\n"
               "• Messe Cool Logistics Bremen\n\nAbmelden: https://kuehllogistik-aktuell.de/abmelden\n",
               "<h1>KühlLogistik aktuell</h1><ul><li>CO2-Maut 2027</li><li>GDP-Leitlinien</li><li>Messe Bremen</li></ul>",
               "de42"),
           label("other", "de", note="newsletter"),
           extra=[("List-Unsubscribe", "<https://kuehllogistik-aktuell.de/abmelden>"), ("Precedence", "bulk")])

    when = dt("2026-11-28", "03:12", 1)
    D.mail("spam_paket", when, ("DHL Paket", "info@dhl-zustellung-service.top"), [("", BOT)],
           "Ihr Paket konnte nicht zugestellt werden",
           text("Sehr geehrter Kunde,\n\nIhr Paket konnte nicht zugestellt werden. Bitte bestätigen Sie Ihre Adresse und "
                "zahlen Sie 1,99 € Zollgebühr: http://dhl-zustellung-service.top/track\n"),
           label("other", "de", note="spam/phishing"), auth=("fail", "none", "fail"))

    when = dt("2026-12-09", "14:00", 1)
    D.mail("fremd_anfrage_lager", when, ("Oliver Brandes", "o.brandes@brandes-obst.de"), [("", BOT)],
           "Anfrage Lagerkapazität",
           text("Guten Tag,\n\nwir suchen ab Januar 2027 ca. 200 Palettenplätze Kühllager (+4 °C) im Raum Bremen. "
                "Können Sie uns ein Angebot machen?\n\nMit freundlichen Grüßen\nOliver Brandes\nBrandes Obst & Gemüse\n"),
           label("other", "de", needs_human=True, note="stranger, sales enquiry sent to the AR address"))

    return D

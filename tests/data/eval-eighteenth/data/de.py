"""DE/AT/CH desk: EUR and CHF; Commerzbank Kontoalarm, PostFinance, Erste Bank George."""
from __future__ import annotations

from datetime import date

from common import BOT_ADDR, dsn_report, mdn_report, reminder_headers, reminder_message, sent_date, thread
from mailkit import (BOT, L, Leaf, Msg, Multi, Reminder, addr, ar, attach, html, mail, money, pdf, quote, text)

DESK = "de"
TZ = "+0100"
DOMAIN = "wrenfield-vet.de"
KATRIN = addr("Katrin Brandauer", "k.brandauer@wrenfield-vet.de")
MEHMET = addr("Mehmet Özdemir", "m.oezdemir@wrenfield-vet.de")
LENA = addr("Lena Hofstätter", "l.hofstaetter@wrenfield-vet.de")
RETO = addr("Reto Käser", "r.kaeser@wrenfield-vet.de")
STAFF = ["k.brandauer@wrenfield-vet.de", "m.oezdemir@wrenfield-vet.de", "l.hofstaetter@wrenfield-vet.de",
         "r.kaeser@wrenfield-vet.de"]
NOTIFIERS = ["noreply@kontoalarm.commerzbank.de", "noreply@postfinance.ch", "benachrichtigung@george.erstebank.at"]
HOST = "mout.wrenfield-vet.de"


def R(sent, rcpt, name, invs, amts, cur, due):
    subj = (f"Zahlungserinnerung: Rechnung {invs[0]}" if len(invs) == 1
            else f"Kontoauszug offene Posten – {name}")
    return Reminder(DESK, sent, rcpt, name, invs, amts, cur, due, "de", subj)


D1 = R("2026-11-02", "buchhaltung@tierklinik-hochmoor.de", "Tierklinik Hochmoor GmbH", ["RE-2026-10322"], [1785.00], "EUR", ["2026-10-28"])
D2 = R("2026-11-03", "kreditoren@vetcenter-donaustadt.at", "Vetcenter Wien-Donaustadt", ["RE-2026-10388", "RE-2026-10391"], [2640.00, 1188.00], "EUR", ["2026-10-20", "2026-10-22"])
D3 = R("2026-11-04", "rechnungswesen@pferdeklinik-sonnenhof.de", "Pferdeklinik am Sonnenhof", ["RE-2026-10422"], [2380.00], "EUR", ["2026-10-30"])
D4 = R("2026-11-05", "kreditoren@tierspital-seeland.ch", "Tierspital Seeland AG", ["RE-2026-10455"], [4870.40], "CHF", ["2026-10-31"])
D5 = R("2026-11-06", "praxis@dr-vogelsang-tierarzt.de", "Kleintierpraxis Dr. Vogelsang", ["RE-2026-10437"], [642.60], "EUR", ["2026-11-01"])
D6 = R("2026-11-09", "office@tierarzt-alpenblick.at", "Tierarztpraxis Alpenblick", ["RE-2026-10461"], [1452.00], "EUR", ["2026-11-04"])
D7 = R("2026-11-10", "info@landtierarzt-eggers.de", "Landtierarztpraxis Eggers & Sohn", ["RE-2026-10470"], [3927.00], "EUR", ["2026-11-06"])
D8 = R("2026-11-11", "admin@kleintierklinik-limmattal.ch", "Kleintierklinik Limmattal", ["RE-2026-10476"], [1296.00], "CHF", ["2026-11-07"])
D9 = R("2026-11-12", "t.berger@tierarzt-waldkirch.de", "Tierarztpraxis Waldkirch", ["RE-2026-10480"], [968.00], "EUR", ["2026-11-09"])
D10 = R("2026-11-16", "verwaltung@wildpark-schorfheide.de", "Wildpark Schorfheide", ["RE-2026-10402"], [5236.00], "EUR", ["2026-10-26"])
D11 = R("2026-11-17", "ap@vetdiag-sued.de", "Vet-Diagnostik Süd GmbH", ["RE-2026-10488"], [2023.00], "EUR", ["2026-11-13"])
D12 = R("2026-11-18", "info@clinica-ceresio.ch", "Clinica veterinaria Ceresio", ["RE-2026-10493"], [3412.55], "CHF", ["2026-11-14"])
D13 = R("2026-11-19", "compta@clinique-leman.ch", "Clinique vétérinaire du Léman", ["RE-2026-10497"], [2086.40], "CHF", ["2026-11-15"])
D14 = R("2026-11-20", "praxis@tierarzt-foehr.de", "Tierärztliche Gemeinschaftspraxis Föhr", ["RE-2026-10501"], [1309.00], "EUR", ["2026-11-16"])
D15 = R("2026-11-23", "buchhaltung@tierarzt-kuehn.de", "Tierarztpraxis Dr. Kühn", ["RE-2026-10507"], [874.65], "EUR", ["2026-11-19"])
D16 = R("2026-11-24", "office@pferdepraxis-gmunden.at", "Pferdepraxis Gmunden", ["RE-2026-10511"], [2904.00], "EUR", ["2026-11-20"])
D17 = R("2026-11-25", "rechnung@tierklinik-rheinaue.de", "Tierklinik Rheinaue", ["RE-2026-10468"], [4105.50], "EUR", ["2026-11-05"])
D18 = R("2026-11-26", "buchhaltung@tgz-rheinmain.de", "TGZ Rhein-Main", ["RE-2026-10515", "RE-2026-10519"], [1190.00, 595.00], "EUR", ["2026-11-22", "2026-11-24"])
D19 = R("2026-11-27", "info@kleintierpraxis-lindenhof.de", "Kleintierpraxis am Lindenhof", ["RE-2026-10498"], [1677.90], "EUR", ["2026-11-14"])
D20 = R("2026-11-30", "kasse@tierarztpraxis-haslach.de", "Tierarztpraxis Haslach", ["RE-2026-10521"], [733.00], "EUR", ["2026-11-25"])
REMINDERS = [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12, D13, D14, D15, D16, D17, D18, D19, D20]
OLD_INVOICES = ["RE-2026-10290"]


def fmt(x: float, cur: str) -> str:
    return f"CHF {money(x, 'ch')}" if cur == "CHF" else f"{money(x, 'de')} €"


def rtext(r: Reminder) -> str:
    rows = "\n".join(f"  {i}   {fmt(a, r.currency)}   fällig am {date.fromisoformat(dd):%d.%m.%Y}"
                     for i, a, dd in zip(r.invoices, r.amounts, r.due))
    bank = ("PostFinance, IBAN CH44 0900 0000 8512 4471 3" if r.currency == "CHF"
            else "Commerzbank, IBAN DE27 3704 0044 0532 0130 00, BIC COBADEFFXXX")
    return (f"Guten Tag,\n\nwir hoffen, es geht Ihnen gut und die Praxis läuft erfolgreich.\n\n"
            f"Nach unseren Unterlagen ist folgender Betrag noch offen:\n\n{rows}\n\n"
            "Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.\n"
            f"Bankverbindung: {bank}; bitte geben Sie die Rechnungsnummer als Verwendungszweck an.\n\n"
            "Bei Fragen antworten Sie einfach auf diese E-Mail.\n\nMit freundlichen Grüßen\nDebitorenbuchhaltung\n"
            "Wrenfield Veterinary Supply GmbH\n")


def depdf(inv, datum, kunde, items, netto, ust_label, ust, brutto, tail=(), head="RECHNUNG", cur="EUR", sender=None):
    lines = [(15, sender or "Wrenfield Veterinary Supply GmbH", True),
             "Hafenstraße 41 · 28217 Bremen · USt-IdNr. DE 318 442 071", "",
             (13, head, True), "", f"Rechnungsnummer: {inv}", f"Rechnungsdatum: {datum}", f"Kunde: {kunde}", "",
             (10, "Pos.  Bezeichnung                                   Menge      Betrag", True)]
    lines += items + ["", f"Nettobetrag:  {netto} {cur}", f"{ust_label}:  {ust} {cur}", (11, f"Rechnungsbetrag:  {brutto} {cur}", True)]
    lines += list(tail)
    return pdf(lines, title=f"Rechnung {inv}")


def build_all() -> list[Msg]:
    M: list[Msg] = []

    def add(n, slug, raw, label):
        M.append(Msg(DESK, n, slug, raw, label))

    # ------------------------------------------------------------------ invoice copies
    b = ("Sehr geehrte Frau Dr. Reimers,\n\nanbei erhalten Sie unsere Rechnung RE-2026-11452 vom 03.11.2026 über die\n"
         "Lieferung der Narkosegeräte-Verbrauchsmaterialien und des Patientenmonitors.\n\n"
         "Rechnungsbetrag: 4.141,20 € (netto 3.480,00 € zzgl. 19 % USt 661,20 €)\n"
         "Zahlungsbedingungen: 30 Tage netto; bei Zahlung innerhalb von 10 Tagen 2 % Skonto.\n\n"
         "Mit freundlichen Grüßen\nKatrin Brandauer\nDebitorenbuchhaltung\n\nWrenfield Veterinary Supply GmbH\n"
         "Hafenstraße 41, 28217 Bremen · Amtsgericht Bremen HRB 33172 · Geschäftsführer: Dr. Philip Wrenfield\n")
    body = Multi("mixed", text(b),
                 attach(depdf("RE-2026-11452", "03.11.2026", "Tierklinik Hochmoor GmbH, Moorweg 3, 26871 Papenburg",
                              ["1     Patientenmonitor VetSense M7                   1     2.690,00",
                               "2     Atemkalk-Kanister 5 kg                         10      790,00"],
                              "3.480,00", "USt 19 %", "661,20", "4.141,20",
                              ["", "Zahlbar innerhalb 30 Tagen netto (bis 03.12.2026).",
                               "Bei Zahlung bis 13.11.2026 abzüglich 2 % Skonto = 4.058,38 EUR."]),
                        "application/pdf", "RE-2026-11452.pdf"), seed="de01", style="outlook")
    add(1, "rechnung_skonto", mail("de01", frm=KATRIN, to=addr("Dr. Anja Reimers", "buchhaltung@tierklinik-hochmoor.de"),
                                   cc=BOT_ADDR, subject="Rechnung RE-2026-11452", date="2026-11-03 10:22", tz=TZ,
                                   body=body, host=HOST, mid_style="outlook", eol="\r\n"),
        L("invoice_copy", "de", invoice_numbers="RE-2026-11452", amount=4141.20, currency="EUR", issue_date="2026-11-03",
          due_date="2026-12-03", payment_terms_days=30, needs_human=False,
          note="2 % Skonto within 10 days does not change the amount; CRLF"))

    b = ("Sehr geehrter Herr Mag. Pichler,\n\nvereinbarungsgemäß übermitteln wir Ihnen die 1. Abschlagsrechnung für den Umbau\n"
         "der Ordination (Auftrag AB-2026-118, Auftragssumme netto 126.000,00 €).\n\n"
         "  1. Abschlag 40 % der Auftragssumme     50.400,00 €\n  zzgl. 20 % USt                          10.080,00 €\n"
         "  Zahlbetrag                              60.480,00 €\n\n"
         "Zahlbar innerhalb von 14 Tagen ab Rechnungsdatum (05.11.2026) ohne Abzug.\n\n"
         "Freundliche Grüße aus Wien\nLena Hofstätter\nProjektabrechnung Österreich\n")
    body = Multi("mixed", text(b, cs="iso-8859-15", cte="quoted-printable"),
                 attach(depdf("RE-2026-11468", "05.11.2026", "Vetcenter Wien-Donaustadt, Wagramer Straße 140, 1220 Wien",
                              ["1     1. Abschlag 40 % lt. Auftrag AB-2026-118        1    50.400,00",
                               "      (Auftragssumme netto 126.000,00 EUR)"],
                              "50.400,00", "USt 20 %", "10.080,00", "60.480,00",
                              ["", "Zahlungsziel: 14 Tage", "UID des Leistungsempfängers: ATU71234508"],
                              head="1. ABSCHLAGSRECHNUNG"),
                        "application/pdf", "Abschlagsrechnung_RE-2026-11468.pdf"), seed="de02")
    add(2, "abschlagsrechnung_at", mail("de02", frm=LENA, to=addr("Mag. Thomas Pichler", "kreditoren@vetcenter-donaustadt.at"),
                                        cc=BOT_ADDR, subject="1. Abschlagsrechnung Umbau Ordination – RE-2026-11468",
                                        date="2026-11-05 14:08", tz=TZ, body=body, host=HOST),
        L("invoice_copy", "de", invoice_numbers="RE-2026-11468", amount=60480.00, currency="EUR", issue_date="2026-11-05",
          due_date="2026-11-19", payment_terms_days=14, needs_human=False,
          note="Abschlag 40 % of 126,000 net contract; amount = gross Abschlag 60,480.00"))

    b = ("Hallo Herr Kramer,\n\nwie heute Morgen am Telefon besprochen: anbei die Rechnung für den Notfalleinsatz am\n"
         "Röntgengenerator (Anfahrt, 3,5 Std. Arbeitszeit, Hochspannungskabel).\n\n"
         "Rechnung RE-2026-11473 vom 06.11.2026 – 1.297,10 € brutto, zahlbar sofort ohne Abzug.\n\n"
         "Viele Grüße\nMehmet Özdemir\nTechnischer Service\n")
    body = Multi("mixed", text(b, cte="base64"),
                 attach(depdf("RE-2026-11473", "06.11.2026", "Pferdeklinik am Sonnenhof, Sonnenhof 1, 49661 Cloppenburg",
                              ["1     Notfallanfahrt                                  1       180,00",
                               "2     Arbeitszeit Techniker (Std.)                  3,5      507,50",
                               "3     HV-Kabel 75 kV                                 1       402,50"],
                              "1.090,00", "USt 19 %", "207,10", "1.297,10", ["", "Zahlbar sofort ohne Abzug."]),
                        "application/pdf", "RE-2026-11473.pdf"), seed="de03", style="thunderbird")
    add(3, "zahlbar_sofort", mail("de03", frm=MEHMET, to=addr("Jens Kramer", "rechnungswesen@pferdeklinik-sonnenhof.de"),
                                  cc=BOT_ADDR, subject="Rechnung Notfalleinsatz Röntgen", date="2026-11-06 16:55", tz=TZ,
                                  body=body, host=HOST, extra=[("User-Agent", "Mozilla Thunderbird")]),
        L("invoice_copy", "de", invoice_numbers="RE-2026-11473", amount=1297.10, currency="EUR", issue_date="2026-11-06",
          due_date="2026-11-06", needs_human=False, note="'zahlbar sofort' -> due = issue, no terms; body base64"))

    b = ("Grüezi Frau Jeanneret\n\nIm Anhang finden Sie unsere Rechnung RE-2026-11480 für die Laborgeräte-Wartung\n"
         "2026/27 und den Hämatologie-Analyser inkl. QR-Einzahlungsschein.\n\n"
         "Total CHF 9'842.50 (inkl. 8.1 % MWST), zahlbar innert 30 Tagen.\n\nFreundliche Grüsse\nReto Käser\n"
         "Wrenfield Veterinary Supply GmbH, Zweigniederlassung Zürich\nBadenerstrasse 281, 8003 Zürich, CHE-412.771.905 MWST\n")
    inv = pdf([(15, "Wrenfield Veterinary Supply GmbH", True), "Zweigniederlassung Zürich, Badenerstrasse 281, 8003 Zürich",
               "CHE-412.771.905 MWST", "", (13, "RECHNUNG", True), "", "Rechnung Nr.: RE-2026-11480",
               "Datum: 09.11.2026", "Kunde: Tierspital Seeland AG, Bielstrasse 12, 2560 Nidau", "",
               "1   Wartungsvertrag Laborgeräte 12/2026-11/2027        1    6'240.00",
               "2   Hämatologie-Analyser HemaVet 950 (Eintausch)       1    2'865.00", "",
               "Total exkl. MWST   CHF 9'105.00", "MWST 8.1 %         CHF   737.50", (11, "Total CHF 9'842.50", True), "",
               "Zahlbar innert 30 Tagen", "", (11, "Zahlteil / QR-Rechnung", True), "Konto / Zahlbar an: CH44 3000 0000 8512 4471 3",
               "Referenz: 21 00000 00003 13947 14300 09017", "Zusätzliche Informationen: RE-2026-11480",
               "Währung CHF   Betrag 9'842.50"], title="Rechnung RE-2026-11480")
    body = Multi("mixed", text(b, cs="iso-8859-1"), attach(inv, "application/pdf", "Rechnung_RE-2026-11480_QR.pdf"), seed="de04")
    add(4, "rechnung_chf_qr", mail("de04", frm=RETO, to=addr("Sandrine Jeanneret", "kreditoren@tierspital-seeland.ch"),
                                   cc=BOT_ADDR, subject="Rechnung RE-2026-11480 Wartung Laborgeräte", date="2026-11-09 11:40",
                                   tz=TZ, body=body, host=HOST),
        L("invoice_copy", "de", invoice_numbers="RE-2026-11480", amount=9842.50, currency="CHF", issue_date="2026-11-09",
          due_date="2026-12-09", payment_terms_days=30, needs_human=False, note="Swiss apostrophe thousands; 'innert 30 Tagen'"))

    b = ("Sehr geehrte Damen und Herren,\n\nbeigefügt unsere Rechnung RE-2026-11491 vom 11.11.2026 über 2.618,00 € brutto.\n"
         "Die Gutschrift GS-2026-0213 vom 02.11.2026 (446,25 € für die retournierten Infusionsbestecke) haben wir\n"
         "direkt verrechnet.\n\n  Rechnungsbetrag            2.618,00 €\n  ./. Gutschrift GS-2026-0213  446,25 €\n"
         "  ----------------------------------------\n  Zahlbetrag                 2.171,75 €\n\n"
         "Zahlungsziel: 21 Tage netto.\n\nMit freundlichen Grüßen\nKatrin Brandauer\n")
    body = Multi("mixed", Multi("alternative", text(b), html("<html><body><pre style='font-family:Consolas'>" + b + "</pre></body></html>"),
                                seed="de05a", style="outlook"),
                 attach(depdf("RE-2026-11491", "11.11.2026", "TGZ Rhein-Main GmbH, Mainzer Landstr. 300, 60326 Frankfurt",
                              ["1     Infusionspumpe VP-300                           2     2.200,00"],
                              "2.200,00", "USt 19 %", "418,00", "2.618,00",
                              ["abzüglich Gutschrift GS-2026-0213:  -446,25 EUR", (11, "Zahlbetrag:  2.171,75 EUR", True),
                               "Zahlungsziel: 21 Tage (02.12.2026)"]),
                        "application/pdf", "RE-2026-11491.pdf"), seed="de05", style="outlook")
    add(5, "gutschrift_verrechnet", mail("de05", frm=KATRIN, to="rechnungseingang@tgz-rheinmain.de",
                                         cc=f"{BOT_ADDR}, buchhaltung@tgz-rheinmain.de",
                                         subject="Rechnung RE-2026-11491 / Verrechnung Gutschrift GS-2026-0213",
                                         date="2026-11-11 09:15", tz=TZ, body=body, host=HOST, mid_style="outlook", eol="\r\n"),
        L("invoice_copy", "de", invoice_numbers="RE-2026-11491", amount=2171.75, currency="EUR", issue_date="2026-11-11",
          due_date="2026-12-02", payment_terms_days=21, needs_human=False,
          note="2,618.00 less Gutschrift 446.25 = 2,171.75; bot in Cc with a second client address"))

    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>
    <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>RE-2026-11503</ram:ID><ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">20261113</udt:DateTimeString></ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:ApplicableHeaderTradeAgreement>
      <ram:SellerTradeParty><ram:Name>Wrenfield Veterinary Supply GmbH</ram:Name><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE318442071</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>Landtierarztpraxis Eggers &amp; Sohn</ram:Name></ram:BuyerTradeParty>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeDelivery/>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:ApplicableTradeTax><ram:CalculatedAmount>113.81</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>599.00</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19.00</ram:RateApplicablePercent></ram:ApplicableTradeTax>
      <ram:SpecifiedTradePaymentTerms><ram:Description>Zahlbar innerhalb 30 Tagen netto</ram:Description><ram:DueDateDateTime><udt:DateTimeString format="102">20261213</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>599.00</ram:LineTotalAmount><ram:TaxBasisTotalAmount>599.00</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">113.81</ram:TaxTotalAmount><ram:GrandTotalAmount>712.81</ram:GrandTotalAmount>
        <ram:DuePayableAmount>712.81</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"""
    b = ("Guten Tag Herr Eggers,\n\nanbei die Rechnung zu Ihrer Bestellung vom 09.11. als ZUGFeRD-Rechnung (PDF mit\n"
         "eingebetteten XML-Daten; das XML liegt zusätzlich separat bei).\n\nMit freundlichen Grüßen\nKatrin Brandauer\n")
    body = Multi("mixed", text(b),
                 attach(depdf("RE-2026-11503", "13.11.2026", "Landtierarztpraxis Eggers & Sohn, Dorfstr. 8, 27412 Tarmstedt",
                              ["1     Klauenpflege-Set Rind                          3       447,00",
                               "2     Besamungspipetten (100 St.)                    2       152,00"],
                              "599,00", "USt 19 %", "113,81", "712,81", ["", "Zahlbar innerhalb 30 Tagen netto"]),
                        "application/pdf", "RE-2026-11503.pdf"),
                 attach(xml.encode(), "text/xml", "factur-x.xml", cte="quoted-printable"), seed="de06")
    add(6, "zugferd_mit_xml", mail("de06", frm=KATRIN, to=addr("Hinrich Eggers", "info@landtierarzt-eggers.de"),
                                   cc=BOT_ADDR, subject="Ihre Rechnung RE-2026-11503 (ZUGFeRD)", date="2026-11-13 08:47",
                                   tz=TZ, body=body, host=HOST),
        L("invoice_copy", "de", invoice_numbers="RE-2026-11503", amount=712.81, currency="EUR", issue_date="2026-11-13",
          due_date="2026-12-13", payment_terms_days=30, needs_human=False,
          note="amount and due only in PDF and Factur-X BASIC XML (DuePayableAmount 712.81, DueDate 20261213)"))

    b = ("Hallo Frau Dr. Vogelsang,\n\nanbei zwei Rechnungen:\n\n- RE-2026-11510 Wartungsvertrag 2027 Ultraschall + Dentaleinheit: "
         "1.200,00 € netto / 1.428,00 € brutto\n- RE-2026-11511 Ersatzteile (Handstück, Filter): 220,00 € netto / 261,80 € brutto\n\n"
         "Beide Rechnungen vom 16.11.2026, Zahlungsziel jeweils 30 Tage.\n\nBeste Grüße\nMehmet Özdemir\n")
    body = Multi("mixed", text(b, cs="windows-1252", cte="8bit"),
                 attach(depdf("RE-2026-11510", "16.11.2026", "Kleintierpraxis Dr. Vogelsang, Lindenallee 2, 48143 Münster",
                              ["1     Wartungsvertrag 2027                           1     1.200,00"],
                              "1.200,00", "USt 19 %", "228,00", "1.428,00"), "application/pdf", "RE-2026-11510.pdf"),
                 attach(depdf("RE-2026-11511", "16.11.2026", "Kleintierpraxis Dr. Vogelsang, Lindenallee 2, 48143 Münster",
                              ["1     Handstück Dentaleinheit                        1       185,00",
                               "2     Filterset                                      1        35,00"],
                              "220,00", "USt 19 %", "41,80", "261,80"), "application/pdf", "RE-2026-11511.pdf"),
                 seed="de07")
    add(7, "zwei_rechnungen_netto_brutto", mail("de07", frm=MEHMET, to="praxis@dr-vogelsang-tierarzt.de", cc=BOT_ADDR,
                                                subject="Rechnungen Wartung + Ersatzteile", date="2026-11-16 15:31", tz=TZ,
                                                body=body, host=HOST),
        L("invoice_copy", "de", invoice_numbers="RE-2026-11510;RE-2026-11511", amount=1689.80, currency="EUR",
          issue_date="2026-11-16", due_date="2026-12-16", payment_terms_days=30, needs_human=False,
          note="two invoices, each given net and gross; sum of gross 1,428.00+261.80"))

    fw = ("-----Ursprüngliche Nachricht-----\nVon: Mehmet Özdemir <m.oezdemir@wrenfield-vet.de>\n"
          "Gesendet: Dienstag, 17. November 2026 17:02\nAn: office@tierarzt-alpenblick.at\n"
          "Betreff: Rechnung RE-2026-11524\n\nSehr geehrte Frau Dr. Gruber,\n\nanbei die Rechnung RE-2026-11524 vom 18.11.2026 "
          "für die Wartung des Inhalationsnarkosegeräts:\n884,40 € inkl. 20 % USt, zahlbar innerhalb von 14 Tagen.\n\n"
          "Mit freundlichen Grüßen\nMehmet Özdemir\n")
    b = "Hallo zusammen,\n\nbitte erfassen – ist gestern ohne Kopie an die Debitorenbuchhaltung rausgegangen.\n\nLG Lena\n\n" + fw
    body = Multi("mixed", text(b),
                 attach(depdf("RE-2026-11524", "18.11.2026", "Tierarztpraxis Alpenblick, Hauptplatz 4, 6370 Kitzbühel",
                              ["1     Wartung Inhalationsnarkosegerät                1       737,00"],
                              "737,00", "USt 20 %", "147,40", "884,40", ["Zahlungsziel: 14 Tage"]),
                        "application/pdf", "RE-2026-11524.pdf"), seed="de08", style="outlook")
    add(8, "weitergeleitet_intern", mail("de08", frm=LENA, to=BOT_ADDR, subject="WG: Rechnung RE-2026-11524",
                                         date="2026-11-18 08:12", tz=TZ, body=body, host=HOST, mid_style="outlook", eol="\r\n"),
        L("invoice_copy", "de", invoice_numbers="RE-2026-11524", amount=884.40, currency="EUR", issue_date="2026-11-18",
          due_date="2026-12-02", payment_terms_days=14, needs_human=False,
          note="internal forward to the bot; quoted mail 'sent' 17.11 but the invoice is dated 18.11 -> issue 18.11"))

    b = ("Guten Tag\n\nIm Anhang die Rechnung für die Reagenzien und die Zentrifuge.\n\nFreundliche Grüsse\nReto Käser\n")
    inv = pdf([(15, "Wrenfield Veterinary Supply GmbH – Zweigniederlassung Zürich", True), "",
               (13, "Rechnung RE-2026-11536", True), "Datum: 23.11.26", "Kunden-Nr.: 40871",
               "Lieferdatum: 11/20/26", "Kleintierklinik Limmattal, Zürcherstrasse 90, 8952 Schlieren", "",
               "Reagenzienpaket Chemie 12 x                   1     680.00", "Zentrifuge Mini-Spin                          1     464.00",
               "", "Total exkl. MWST   CHF 1'144.00", "MWST 8.1 %         CHF    92.65", (11, "Total CHF 1'236.65", True),
               "", "Zahlungskondition: 30 Tage netto"], title="RE-2026-11536")
    body = Multi("mixed", text(b, cs="iso-8859-1"), attach(inv, "application/pdf", "RE-2026-11536.pdf"), seed="de09", style="apple")
    add(9, "pdf_zweistellige_jahre", mail("de09", frm=RETO, to="admin@kleintierklinik-limmattal.ch", cc=BOT_ADDR,
                                          subject="Rechnung", date="2026-11-23 17:20", tz=TZ, body=body, host=HOST,
                                          mid_style="apple"),
        L("invoice_copy", "de", invoice_numbers="RE-2026-11536", amount=1236.65, currency="CHF", issue_date="2026-11-23",
          due_date="2026-12-23", payment_terms_days=30, needs_human=False,
          note="all data in PDF only; two-digit years; US-style Lieferdatum 11/20/26 is the delivery date, not the invoice date"))

    b = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Rechnung RE-2026-11547 für die Lieferung der "
         "Narkose-Blasrohre\nund des Wildtier-Immobilisationssets.\n\nRechnungsbetrag: 5.950,00 € inkl. 19 % USt\n"
         "Zahlungsziel: 30 Tage\n\nMit freundlichen Grüßen\nKatrin Brandauer\n")
    body = Multi("mixed", text(b, cs="iso-8859-15"),
                 attach(depdf("RE-2026-11547", "01.12.2026", "Wildpark Schorfheide, Prenzlauer Str. 16, 16348 Groß Schönebeck",
                              ["1     Blasrohr-Set Dan-Inject                        2     3.360,00",
                               "2     Immobilisationsset Wildtier                    1     1.337,48"],
                              "4.697,48", "USt 19 %", "892,52", "5.590,00", ["Zahlungsziel: 30 Tage netto"]),
                        "application/pdf", "RE-2026-11547.pdf"), seed="de10")
    add(10, "betrag_widerspruch", mail("de10", frm=KATRIN, to="verwaltung@wildpark-schorfheide.de", cc=BOT_ADDR,
                                       subject="Rechnung RE-2026-11547", date="2026-12-01 10:05", tz=TZ, body=body, host=HOST),
        L("invoice_copy", "de", invoice_numbers="RE-2026-11547", currency="EUR", issue_date="2026-12-01",
          due_date="2026-12-31", payment_terms_days=30, needs_human=True,
          note="mail 5.950,00 vs PDF 5.590,00 (PDF arithmetic consistent): contradiction -> amount empty"))

    # ------------------------------------------------------------------ read receipts
    human = (f"Ihre Nachricht\n\n    An: buchhaltung@tierklinik-hochmoor.de\n    Betreff: {D1.subject}\n"
             "    Gesendet: Montag, 2. November 2026 09:40:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\n"
             "wurde am Montag, 2. November 2026 10:15:22 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.\n")
    body = mdn_report("de11", human, reporting_ua="EXCH16.tierklinik-hochmoor.local; Microsoft Exchange Server 2016",
                      final_rcpt="buchhaltung@tierklinik-hochmoor.de", orig=D1.id, style="outlook")
    add(11, "mdn_outlook_gelesen", mail("de11", frm=addr("Buchhaltung Tierklinik Hochmoor", "buchhaltung@tierklinik-hochmoor.de"),
                                        to=BOT, subject=f"Gelesen: {D1.subject}", date="2026-11-02 10:15", tz=TZ, body=body,
                                        mid_style="outlook", eol="\r\n", extra=[("Thread-Topic", D1.subject)], **thread(D1)),
        L("read_receipt", "de", invoice_numbers="RE-2026-10322", original_message_id=D1.id, needs_human=False))

    human = (f"Dies ist eine Empfangsbestätigung für die Nachricht, die Sie an kreditoren@tierspital-seeland.ch gesendet haben, "
             f"um {sent_date(D4)}.\n\nHinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht am Computer des "
             "Empfängers angezeigt wurde. Es gibt keine Garantie, dass der Empfänger die Nachrichteninhalte gelesen oder "
             "verstanden hat.\n")
    body = mdn_report("de12", human, reporting_ua="Mozilla Thunderbird", final_rcpt="kreditoren@tierspital-seeland.ch",
                      orig=D4.id, style="thunderbird", orig_headers=reminder_headers(D4))
    add(12, "mdn_thunderbird_angezeigt", mail("de12", frm=addr("Sandrine Jeanneret", "kreditoren@tierspital-seeland.ch"), to=BOT,
                                              subject=f"Empfangsbestätigung (angezeigt) - {D4.subject}",
                                              date="2026-11-05 13:02", tz=TZ, body=body,
                                              extra=[("User-Agent", "Mozilla Thunderbird")]),
        L("read_receipt", "de", invoice_numbers="RE-2026-10455", original_message_id=D4.id, needs_human=False,
          note="Thunderbird MDN without In-Reply-To; only Original-Message-ID in the report"))

    human = ("Lesebestätigung\n\nIhre Nachricht\n  Betreff: " + D8.subject + "\nwurde am 12.11.2026 um 07:48 vom Empfänger "
             "admin@kleintierklinik-limmattal.ch geöffnet.\n")
    body = mdn_report("de13", human, reporting_ua="Open-Xchange Mailer v7.10.6",
                      final_rcpt="admin@kleintierklinik-limmattal.ch", orig=D8.id,
                      disposition="automatic-action/MDN-sent-automatically; displayed", human_cs="iso-8859-1")
    add(13, "mdn_openxchange_automatisch", mail("de13", frm="admin@kleintierklinik-limmattal.ch", to=BOT,
                                                subject="Lesebestätigung: " + D8.subject, date="2026-11-12 07:48", tz=TZ,
                                                body=body, extra=[("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev42")],
                                                **thread(D8)),
        L("read_receipt", "de", invoice_numbers="RE-2026-10476", original_message_id=D8.id, needs_human=False))

    # ------------------------------------------------------------------ bounces
    human = ("Die Nachricht konnte an folgende Empfänger oder Gruppen nicht übermittelt werden:\n\n"
             "ap@vetdiag-sued.de\nDie eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des "
             "Empfängers, und versuchen Sie dann erneut, die Nachricht zu senden. Wenn das Problem weiterhin besteht, wenden "
             "Sie sich an Ihr Helpdesk.\n\n\nDiagnoseinformationen für Administratoren:\n\nGenerierender Server: "
             "EXCH01.vetdiag-sued.local\n\nap@vetdiag-sued.de\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
             "Recipient ap@vetdiag-sued.de not found by SMTP address lookup'\n\nUrsprüngliche Nachrichtenkopfzeilen:\n\n"
             + reminder_headers(D11))
    body = dsn_report("de14", human, reporting_mta="EXCH01.vetdiag-sued.local", human_cs="utf-8", human_cte="quoted-printable",
                      style="outlook", arrival="Tue, 17 Nov 2026 09:40:12 +0100",
                      recipients=[("ap@vetdiag-sued.de", "failed", "5.1.10",
                                   "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ap@vetdiag-sued.de not found by SMTP address lookup")],
                      full_original=reminder_message(D11, rtext(D11)))
    add(14, "ndr_exchange_deutsch_unbekannt", mail("de14", frm=addr("Microsoft Outlook", "postmaster@vetdiag-sued.de"), to=BOT,
                                                   subject="Unzustellbar: " + D11.subject, date="2026-11-17 09:40", tz=TZ,
                                                   body=body, mid_style="outlook", eol="\r\n",
                                                   auth=ar("vetdiag-sued.de", dkim="none", dmarc="none"),
                                                   extra=[("Auto-Submitted", "auto-replied"), ("Content-Language", "de-DE")],
                                                   **thread(D11)),
        L("bounce", "de", invoice_numbers="RE-2026-10488", failed_recipients="ap@vetdiag-sued.de", bounce_permanent=True,
          bounce_reason="user_unknown", original_message_id=D11.id, needs_human=True,
          note="recipient's Exchange accepted the mail and then generated the NDR: user unknown after DATA -> needs_human true"))

    human = ("This is the mail system at host smtp-out.wrenfield-vet.com.\n\n####################################################################\n"
             "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
             "####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\n"
             "It will be retried until it is 5 day(s) old.\n\nFor further assistance, please send mail to postmaster.\n\n"
             "                   The mail system\n\n<praxis@tierarzt-foehr.de>: host mx.tierarzt-foehr.de[212.227.15.41] said: 450\n"
             "    4.7.1 <praxis@tierarzt-foehr.de>: Recipient address rejected: Greylisted,\n"
             "    see http://postgrey.schweikert.ch/help/tierarzt-foehr.de.html (in reply to RCPT TO command)\n")
    body = dsn_report("de15", human, reporting_mta="smtp-out.wrenfield-vet.com", arrival="Fri, 20 Nov 2026 08:40:02 +0000 (GMT)",
                      recipients=[("praxis@tierarzt-foehr.de", "delayed", "4.7.1",
                                   "450 4.7.1 <praxis@tierarzt-foehr.de>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/tierarzt-foehr.de.html")],
                      orig_headers=reminder_headers(D14))
    add(15, "delay_greylisting", mail("de15", frm="MAILER-DAEMON@smtp-out.wrenfield-vet.com (Mail Delivery System)", to=BOT,
                                      subject="Delayed Mail (still being retried)", date="2026-11-20 12:41", tz="+0000",
                                      body=body, auth=ar(None, helo="smtp-out.wrenfield-vet.com"),
                                      host="smtp-out.wrenfield-vet.com", mid="<20261120124102.7C1F83A0119@smtp-out.wrenfield-vet.com>"),
        L("bounce", "en", invoice_numbers="RE-2026-10501", failed_recipients="praxis@tierarzt-foehr.de",
          bounce_permanent=False, bounce_reason="other", original_message_id=D14.id, needs_human=False,
          note="Postfix delay warning, greylisting: temporary"))

    human = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered "
             "to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
             "  buchhaltung@tierarzt-kuehn.de\n    host mx01.hostpoint-mail.ch [217.26.48.133]\n"
             "    SMTP error from remote mail server after end of data:\n"
             "    550 5.7.1 Message rejected as spam (score 9.4, required 6.0): URIBL_BLACK, BAYES_99\n\n"
             "------ This is a copy of the message's headers. ------\n\n" + reminder_headers(D15))
    add(16, "exim_rejected_as_spam", mail("de16", frm=addr("Mail Delivery System", "Mailer-Daemon@relay2.wrenfield-vet.com"), to=BOT,
                                          subject="Mail delivery failed: returning message to sender", date="2026-11-23 08:41",
                                          tz="+0000", body=text(human, cs="us-ascii", cte="7bit"),
                                          auth=ar(None, helo="relay2.wrenfield-vet.com"), host="relay2.wrenfield-vet.com",
                                          mid="<E1vN9kQ-0004xb-Tz@relay2.wrenfield-vet.com>",
                                          extra=[("X-Failed-Recipients", "buchhaltung@tierarzt-kuehn.de"),
                                                 ("Auto-Submitted", "auto-replied")]),
        L("bounce", "en", invoice_numbers="RE-2026-10507", failed_recipients="buchhaltung@tierarzt-kuehn.de",
          bounce_permanent=True, bounce_reason="spam", original_message_id=D15.id, needs_human=False,
          note="non-standard Exim bounce (text/plain, headers copy); rejected as spam after DATA, address alive"))

    # ------------------------------------------------------------------ auto-replies
    b = ("Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich Freitag, 20.11.2026, nicht im Büro und habe keinen Zugriff "
         "auf meine E-Mails.\nAb Montag, dem 23.11., bin ich wieder für Sie da. In dringenden Fällen wenden Sie sich bitte an "
         "unsere Praxis unter 07681 4093-0.\n\nMit freundlichen Grüßen\nTanja Berger\n")
    add(17, "abwesenheit_deutsch", mail("de17", frm=addr("Tanja Berger", "t.berger@tierarzt-waldkirch.de"), to=BOT,
                                        subject="Automatische Antwort: " + D9.subject, date="2026-11-12 09:41", tz=TZ,
                                        body=text(b, cs="iso-8859-1"), mid_style="outlook", eol="\r\n",
                                        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                                        **thread(D9)),
        L("auto_reply", "de", invoice_numbers="RE-2026-10480", return_date="2026-11-23", original_message_id=D9.id,
          needs_human=False))

    b = ("Buongiorno,\n\nsono assente dall'ufficio fino a venerdì 4 dicembre compreso, con accesso limitato alla posta.\n"
         "Rientrerò lunedì 7 dicembre. Per questioni urgenti contattate la reception allo 091 922 14 50.\n\n"
         "Cordiali saluti\nGiulia Bernasconi\nAmministrazione – Clinica veterinaria Ceresio, Lugano\n")
    add(18, "assenza_italiano", mail("de18", frm=addr("Giulia Bernasconi", "info@clinica-ceresio.ch"), to=BOT,
                                     subject="Assenza: " + D12.subject, date="2026-11-18 09:42", tz=TZ,
                                     body=html("<html><body><p>" + b.replace("\n\n", "</p><p>").replace("\n", "<br>") +
                                               "</p></body></html>", cs="utf-8", cte="base64"),
                                     extra=[("X-Autoreply", "yes")], **thread(D12)),
        L("auto_reply", "it", invoice_numbers="RE-2026-10493", return_date="2026-12-07", original_message_id=D12.id,
          needs_human=False, note="Italian, HTML-only base64, only X-Autoreply (no Auto-Submitted)"))

    b = ("Bonjour,\n\nJe suis absente jusqu'au mardi 1er décembre inclus. De retour le mercredi 2 décembre.\n"
         "Pour toute urgence comptable, merci d'écrire à direction@clinique-leman.ch.\n\nMeilleures salutations,\n"
         "Nathalie Perrin\nClinique vétérinaire du Léman\n")
    add(19, "absence_francais", mail("de19", frm=addr("Nathalie Perrin", "compta@clinique-leman.ch"), to=BOT,
                                     subject="Réponse automatique : " + D13.subject, date="2026-11-19 09:41", tz=TZ,
                                     body=text(b, cs="iso-8859-1", cte="8bit"),
                                     extra=[("Auto-Submitted", "auto-replied")], **thread(D13)),
        L("auto_reply", "fr", invoice_numbers="RE-2026-10497", return_date="2026-12-02", original_message_id=D13.id,
          needs_human=False))

    # ------------------------------------------------------------------ challenge
    url = "https://verify.antispam-cloud.at/confirm/7731ab90c2e4?lang=de"
    b = ("Guten Tag,\n\nIhre E-Mail an office@pferdepraxis-gmunden.at mit dem Betreff\n\"" + D16.subject + "\"\n"
         "wurde vorläufig zurückgehalten, da Ihre Absenderadresse noch nicht bestätigt ist.\n\n"
         "Bitte bestätigen Sie einmalig, dass Sie kein automatisiertes System sind, indem Sie folgenden Link aufrufen:\n\n"
         f"{url}\n\nNach der Bestätigung wird Ihre Nachricht automatisch zugestellt. Nicht bestätigte Nachrichten werden "
         "nach 5 Tagen gelöscht.\n\nAntiSpam Cloud – Absenderprüfung\n")
    add(20, "challenge_absenderpruefung", mail("de20", frm=addr("AntiSpam Cloud", "noreply@antispam-cloud.at"), to=BOT,
                                               subject="Bitte bestätigen Sie Ihre Absenderadresse", date="2026-11-24 09:41",
                                               tz=TZ, body=text(b), auth=ar("antispam-cloud.at"),
                                               extra=[("Auto-Submitted", "auto-replied")], **thread(D16)),
        L("challenge", "de", invoice_numbers="RE-2026-10511", challenge=url, original_message_id=D16.id, needs_human=True))

    # ------------------------------------------------------------------ payments
    b = ("Kontoalarm - Zahlungseingang\n\nKonto: DE27 3704 0044 0532 0130 00 (Wrenfield Veterinary Supply GmbH)\n\n"
         "Buchungstag:     12.11.2026\nWertstellung:    12.11.2026\nBetrag:          +4.058,38 EUR\n"
         "Auftraggeber:    Tierklinik Hochmoor GmbH\nVerwendungszweck: RE-2026-11452 abzgl. 2% Skonto 82,82\n\n"
         "Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.\nIhre Commerzbank\n")
    add(21, "commerzbank_skonto_abzug", mail("de21", frm=addr("Commerzbank Kontoalarm", "noreply@kontoalarm.commerzbank.de"),
                                             to=BOT, subject="Kontoalarm: Zahlungseingang 4.058,38 EUR", date="2026-11-12 18:03",
                                             tz=TZ, body=text(b, cs="iso-8859-1"), auth=ar("kontoalarm.commerzbank.de"),
                                             host="mailout2.commerzbank.de"),
        L("payment_confirmation", "de", invoice_numbers="RE-2026-11452", amount=4058.38, currency="EUR",
          payment_date="2026-11-12", payment_full=False, needs_human=True,
          note="client took 2 % Skonto within the window: 4,058.38 of 4,141.20; payment_full compares with the open amount -> false; staff should book the Skonto"))

    hb = ("<html><body style='font-family:Frutiger,Arial'><h3>Gutschrift auf Ihr Konto</h3>"
          "<table><tr><td>Konto</td><td>CH44 0900 0000 8512 4471 3</td></tr><tr><td>Betrag</td><td>CHF 9'842.50</td></tr>"
          "<tr><td>Valuta</td><td>04.12.2026</td></tr><tr><td>Auftraggeber</td><td>Tierspital Seeland AG, 2560 Nidau</td></tr>"
          "<tr><td>QR-Referenz</td><td>21 00000 00003 13947 14300 09017</td></tr>"
          "<tr><td>Zusätzliche Informationen</td><td>RE-2026-11480</td></tr></table>"
          "<p>Freundliche Grüsse<br>PostFinance AG</p></body></html>")
    add(22, "postfinance_qr_gutschrift", mail("de22", frm=addr("PostFinance", "noreply@postfinance.ch"), to=BOT,
                                              subject="Gutschrift CHF 9'842.50", date="2026-12-04 07:12", tz=TZ,
                                              body=html(hb), auth=ar("postfinance.ch"), host="mx-out.postfinance.ch"),
        L("payment_confirmation", "de", invoice_numbers="RE-2026-11480", amount=9842.50, currency="CHF",
          payment_date="2026-12-04", payment_full=True, needs_human=False))

    b = ("George Benachrichtigung\n\nEingang auf Ihrem Konto AT61 2011 1829 4471 0300\n\nBetrag:            EUR 3.828,00\n"
         "Valutadatum:       10.11.2026\nAuftraggeber:      VETCENTER WIEN-DONAUSTADT GMBH\n"
         "Zahlungsreferenz:  RE-2026-10388 2.640,00 / RE-2026-10391 1.188,00\n\nIhre Erste Bank\n")
    add(23, "george_sammelzahlung", mail("de23", frm=addr("George", "benachrichtigung@george.erstebank.at"), to=BOT,
                                         subject="Neuer Zahlungseingang", date="2026-11-10 11:20", tz=TZ, body=text(b),
                                         auth=ar("george.erstebank.at"), host="mail.erstebank.at"),
        L("payment_confirmation", "de", invoice_numbers="RE-2026-10388;RE-2026-10391", amount=3828.00, currency="EUR",
          payment_date="2026-11-10", payment_full=True, allocations="RE-2026-10388=2640.00;RE-2026-10391=1188.00",
          needs_human=False))

    b = ("Kontoalarm - Zahlungseingang\n\nKonto: DE27 3704 0044 0532 0130 00\n\nBuchungstag:     16.11.2026\n"
         "Wertstellung:    16.11.2026\nBetrag:          +1.000,00 EUR\nAuftraggeber:    Pferdeklinik am Sonnenhof\n"
         "Verwendungszweck: Teilzahlung RE-2026-10422\n\nIhre Commerzbank\n")
    add(24, "commerzbank_teilzahlung", mail("de24", frm=addr("Commerzbank Kontoalarm", "noreply@kontoalarm.commerzbank.de"),
                                            to=BOT, subject="Kontoalarm: Zahlungseingang 1.000,00 EUR", date="2026-11-16 18:01",
                                            tz=TZ, body=text(b, cs="iso-8859-1"), auth=ar("kontoalarm.commerzbank.de"),
                                            host="mailout1.commerzbank.de"),
        L("payment_confirmation", "de", invoice_numbers="RE-2026-10422", amount=1000.00, currency="EUR",
          payment_date="2026-11-16", payment_full=False, needs_human=False, note="partial 1,000 of 2,380"))

    b = ("Kontoalarm - Zahlungseingang\n\nKonto: DE27 3704 0044 0532 0130 00\n\nBuchungstag:     30.11.2026\n"
         "Wertstellung:    27.11.2026\nBetrag:          +968,00 EUR\nAuftraggeber:    Tierarztpraxis Waldkirch T. Berger\n"
         "Verwendungszweck: Rechnung Oktober danke\n\nIhre Commerzbank\n")
    add(25, "commerzbank_ohne_rechnungsnummer", mail("de25", frm=addr("Commerzbank Kontoalarm", "noreply@kontoalarm.commerzbank.de"),
                                                     to=BOT, subject="Kontoalarm: Zahlungseingang 968,00 EUR",
                                                     date="2026-11-30 18:04", tz=TZ, body=text(b, cs="iso-8859-1"),
                                                     auth=ar("kontoalarm.commerzbank.de"), host="mailout2.commerzbank.de"),
        L("payment_confirmation", "de", amount=968.00, currency="EUR", payment_date="2026-11-27", payment_full=False,
          needs_human=True, note="no invoice number (amount matches RE-2026-10480 but no reference); value date 27.11 differs from booking date 30.11"))

    b = ("Kontoalarm - Zahlungseingang\n\nBetrag: +5.950,00 EUR\nAuftraggeber: Wildpark Schorfheide\n"
         "Verwendungszweck: RE-2026-11547\n\nAufgrund einer Sicherheitsprüfung wurde die Gutschrift vorübergehend zurückgehalten.\n"
         "Bitte bestätigen Sie Ihre Zugangsdaten innerhalb von 24 Stunden:\nhttps://commerzbank-kontoalarm.sicherheit-check.eu/login\n\n"
         "Ihre Commerzbank\n")
    fake_ar = ("mail.sicherheit-check.eu; dkim=pass header.d=kontoalarm.commerzbank.de; "
               "spf=pass smtp.mailfrom=kontoalarm.commerzbank.de; dmarc=pass header.from=kontoalarm.commerzbank.de")
    add(26, "gefaelschter_kontoalarm", mail("de26", frm=addr("Commerzbank Kontoalarm", "noreply@kontoalarm.commerzbank.de"),
                                            to=BOT, subject="Kontoalarm: Gutschrift zurückgehalten 5.950,00 EUR",
                                            date="2026-12-02 03:12", tz=TZ, body=text(b),
                                            auth=ar("kontoalarm.commerzbank.de", dkim="none", spf="fail", dmarc="fail"),
                                            top=[("Authentication-Results", fake_ar)], host="vps1182.sicherheit-check.eu"),
        L("other", "de", invoice_numbers="RE-2026-11547", amount=5950.00, currency="EUR", needs_human=True,
          note="spoofed notifier address: our MX says dmarc=fail; a second, forged Authentication-Results (foreign authserv-id) claims pass"))

    # ------------------------------------------------------------------ client replies
    b = ("Sehr geehrte Damen und Herren,\n\ndie Rechnung RE-2026-10322 wurde von uns am 12.11.2026 überwiesen. "
         "Bitte prüfen Sie Ihren Zahlungseingang.\n\nMit freundlichen Grüßen\ni. A. Birgit Schoon\nBuchhaltung\n"
         "Tierklinik Hochmoor GmbH\n\n-----Ursprüngliche Nachricht-----\nVon: Wrenfield Accounts Receivable <ar@wrenfield-vet.com>\n"
         "Gesendet: Montag, 2. November 2026 09:40\nBetreff: " + D1.subject + "\n\n" + rtext(D1))
    add(27, "antwort_bezahlt", mail("de27", frm=addr("Birgit Schoon", "buchhaltung@tierklinik-hochmoor.de"), to=BOT,
                                    subject="AW: " + D1.subject, date="2026-11-13 08:31", tz=TZ, body=text(b),
                                    mid_style="outlook", eol="\r\n", **thread(D1)),
        L("client_reply", "de", intent="paid", invoice_numbers="RE-2026-10322", payment_date="2026-11-12",
          original_message_id=D1.id, needs_human=False))

    b = ("Hallo,\n\nsorry, das ist bei uns im Praxisalltag untergegangen. Wir überweisen den Betrag bis spätestens Ende "
         "nächster Woche.\n\nViele Grüße\nSabine Vogelsang\n\n\nAm 06.11.2026 um 09:40 schrieb Wrenfield Accounts Receivable:\n"
         + quote(rtext(D5)))
    add(28, "antwort_ende_naechster_woche", mail("de28", frm=addr("Dr. Sabine Vogelsang", "praxis@dr-vogelsang-tierarzt.de"),
                                                 to=BOT, subject="Re: " + D5.subject, date="2026-11-25 12:14", tz=TZ,
                                                 body=text(b), mid_style="apple", **thread(D5)),
        L("client_reply", "de", intent="promise", invoice_numbers="RE-2026-10437", promised_date="2026-12-04",
          original_message_id=D5.id, needs_human=False, note="'Ende nächster Woche' from Wed 25.11 -> Fri 04.12"))

    b = ("Guten Tag,\n\nder Rechnung RE-2026-10470 widersprechen wir. Berechnet sind 12 Stunden Montage für die\n"
         "Behandlungsstände; Ihr Monteur war laut unserem Stundenzettel (unterschrieben!) nur 7,5 Stunden vor Ort.\n"
         "Außerdem fehlt uns bis heute die Ersatz-Kopfstütze, die auf der Rechnung als geliefert steht.\n\n"
         "Bis zur Klärung werden wir nicht zahlen. Bitte schicken Sie uns eine korrigierte Rechnung.\n\n"
         "Mit freundlichen Grüßen\nHinrich Eggers\n")
    add(29, "antwort_widerspruch", mail("de29", frm=addr("Hinrich Eggers", "info@landtierarzt-eggers.de"), to=BOT,
                                        subject="AW: " + D7.subject, date="2026-11-11 19:22", tz=TZ,
                                        body=text(b, cs="iso-8859-1", cte="8bit"), **thread(D7)),
        L("client_reply", "de", intent="dispute", invoice_numbers="RE-2026-10470", original_message_id=D7.id,
          needs_human=True))

    b = ("Grüezi\n\nBevor wir die Zahlung freigeben können, eine Frage zur Rechnung RE-2026-10455: Ist der Betrag von\n"
         "CHF 4'870.40 inkl. MWST? Auf der Rechnung ist keine MWST ausgewiesen, und unsere Revisionsstelle verlangt das.\n"
         "Könnten Sie uns das bestätigen bzw. eine korrigierte Rechnung senden?\n\nFreundliche Grüsse\n"
         "Sandrine Jeanneret\nKreditorenbuchhaltung, Tierspital Seeland AG\n\n" + quote(rtext(D4)))
    add(30, "antwort_frage_mwst", mail("de30", frm=addr("Sandrine Jeanneret", "kreditoren@tierspital-seeland.ch"), to=BOT,
                                       subject="AW: " + D4.subject, date="2026-11-06 10:48", tz=TZ, body=text(b),
                                       mid_style="outlook", **thread(D4)),
        L("client_reply", "de", intent="question", invoice_numbers="RE-2026-10455", original_message_id=D4.id,
          needs_human=True, note="Swiss German; question about VAT display"))

    b = ("Sehr geehrte Frau Brandauer,\n\nwie Sie wissen, ist unser Wildpark als gemeinnütziger Verein stark von den "
         "Besucherzahlen abhängig,\nund der Herbst war verregnet. Wir möchten die Rechnung RE-2026-10402 über 5.236,00 € "
         "gerne in vier\nMonatsraten à 1.309,00 € begleichen, beginnend am 15. Dezember. Wäre das für Sie in Ordnung?\n\n"
         "Mit freundlichen Grüßen\nUwe Lehmann\nGeschäftsführung Wildpark Schorfheide e. V.\n")
    add(31, "antwort_ratenzahlung", mail("de31", frm=addr("Uwe Lehmann", "verwaltung@wildpark-schorfheide.de"), to=BOT,
                                         subject="AW: " + D10.subject, date="2026-11-18 14:02", tz=TZ, body=text(b),
                                         mid_style="outlook", **thread(D10)),
        L("client_reply", "de", intent="plan", invoice_numbers="RE-2026-10402", amount=1309.00, currency="EUR",
          original_message_id=D10.id, needs_human=True, note="4 monthly instalments of 1,309.00 from 15.12"))

    b = ("Sehr geehrte Damen und Herren,\n\nwir fordern Sie auf, die Zusendung automatisierter Zahlungserinnerungen an diese "
         "Adresse ab sofort\nzu unterlassen. Die Forderung aus RE-2026-10468 ist zwischen unseren Anwälten strittig; "
         "Korrespondenz\nhierzu ausschließlich über Kanzlei Dr. Feld & Partner, Bonn.\n\nTierklinik Rheinaue\n- Verwaltung -\n")
    add(32, "antwort_unterlassen_anwalt", mail("de32", frm=addr("Tierklinik Rheinaue Verwaltung", "rechnung@tierklinik-rheinaue.de"),
                                               to=BOT, subject="AW: " + D17.subject, date="2026-11-25 16:30", tz=TZ,
                                               body=text(b), **thread(D17)),
        L("client_reply", "de", intent="stop", invoice_numbers="RE-2026-10468", original_message_id=D17.id,
          needs_human=True, note="stop, with lawyer"))

    b = ("Grüß Gott,\n\ndie angeführte Rechnung RE-2026-10461 ist bei uns leider nie eingelangt. Könnten Sie uns diese bitte "
         "nochmals\nzukommen lassen (gerne als PDF)?\n\nDanke und liebe Grüße\nDr. Maria Gruber\nTierarztpraxis Alpenblick\n")
    add(33, "antwort_nicht_erhalten_at", mail("de33", frm=addr("Dr. Maria Gruber", "office@tierarzt-alpenblick.at"), to=BOT,
                                              subject="AW: " + D6.subject, date="2026-11-10 08:05", tz=TZ, body=text(b, cs="windows-1252"),
                                              **thread(D6)),
        L("client_reply", "de", intent="not_received", invoice_numbers="RE-2026-10461", original_message_id=D6.id,
          needs_human=False, note="Austrian 'eingelangt'"))

    b = ("Guten Tag\n\nWir haben auf ein neues Kreditorensystem umgestellt. Für die Zahlung von RE-2026-10476 benötigen wir\n"
         "bitte nochmals Ihre Bankverbindung (IBAN) bzw. eine QR-Rechnung, da der Einzahlungsschein fehlt.\n\n"
         "Besten Dank\nMarco Fehr\n")
    add(34, "antwort_zahlungsdaten", mail("de34", frm=addr("Marco Fehr", "admin@kleintierklinik-limmattal.ch"), to=BOT,
                                          subject="AW: " + D8.subject, date="2026-11-12 15:27", tz=TZ, body=text(b),
                                          **thread(D8)),
        L("client_reply", "de", intent="payment_details", invoice_numbers="RE-2026-10476", original_message_id=D8.id,
          needs_human=False))

    b = "Zahlung geht morgen raus. Gruß J. Petersen\n\nVon meinem iPhone gesendet\n"
    add(35, "antwort_morgen_nach_mitternacht", mail("de35", frm=addr("Jan Petersen", "praxis@tierarzt-foehr.de"), to=BOT,
                                                    subject="Re: " + D14.subject, date="2026-12-01 00:20", tz=TZ,
                                                    body=text(b, cte="8bit"), mid_style="apple", **thread(D14)),
        L("client_reply", "de", intent="promise", invoice_numbers="RE-2026-10501", promised_date="2026-12-02",
          original_message_id=D14.id, needs_human=False,
          note="sent Tue 01.12 00:20 +0100 (still 30.11 in UTC): 'morgen' = 02.12 in sender's zone"))

    b = ("Hallo liebes Wrenfield-Team,\n\nwir hatten im Oktober einen Wasserschaden im Lager, und die Versicherung hat "
         "den Schaden noch nicht reguliert.\nSobald das Geld da ist, überweisen wir RE-2026-10498 sofort – nach Aussage "
         "des Gutachters sollte das bis\nspätestens 18.12. der Fall sein.\n\nHerzliche Grüße\nClaudia Wendt\n"
         "Kleintierpraxis am Lindenhof\n")
    add(36, "antwort_bedingte_zusage", mail("de36", frm=addr("Claudia Wendt", "info@kleintierpraxis-lindenhof.de"), to=BOT,
                                            subject="AW: " + D19.subject, date="2026-11-27 11:11", tz=TZ, body=text(b),
                                            mid_style="gmail", **thread(D19)),
        L("client_reply", "de", intent="promise", invoice_numbers="RE-2026-10498", promised_date="2026-12-18",
          original_message_id=D19.id, needs_human=True, note="conditional promise (insurance)"))

    b = ("Hallo,\n\nleider klappt es mit der Überweisung diesen Freitag doch nicht, unser Steuerberater hat den Zahllauf\n"
         "verschoben. Wir überweisen nicht vor dem 10. Dezember – dann aber sicher.\n\nGruß\nKarin Haas\n")
    add(37, "antwort_verschoben", mail("de37", frm=addr("Karin Haas", "kasse@tierarztpraxis-haslach.de"), to=BOT,
                                       subject="Re: " + D20.subject, date="2026-12-02 09:03", tz=TZ, body=text(b),
                                       **thread(D20)),
        L("client_reply", "de", intent="promise", invoice_numbers="RE-2026-10521", promised_date="2026-12-10",
          original_message_id=D20.id, needs_human=False,
          note="negated Friday, 'nicht vor dem 10. Dezember ... dann aber sicher' -> promise 10.12"))

    b = ("Sehr geehrte Damen und Herren,\n\nRE-2026-10515 wird mit unserem Zahllauf am 04.12. beglichen.\n\n"
         "Bei RE-2026-10519 ist die Anfahrtspauschale doppelt berechnet (bereits in RE-2026-10515 enthalten). Bitte\n"
         "stornieren Sie die Rechnung oder schicken Sie eine Gutschrift über 119,00 €.\n\nMit freundlichen Grüßen\n"
         "Kreditorenbuchhaltung TGZ Rhein-Main GmbH\n\n" + quote(rtext(D18)))
    add(38, "antwort_gemischt", mail("de38", frm=addr("TGZ Rhein-Main Buchhaltung", "buchhaltung@tgz-rheinmain.de"), to=BOT,
                                     subject="AW: " + D18.subject, date="2026-11-26 14:44", tz=TZ, body=text(b),
                                     mid_style="outlook", eol="\r\n", **thread(D18)),
        L("client_reply", "de", intent="dispute", invoice_numbers="RE-2026-10515;RE-2026-10519", amount=119.00,
          currency="EUR", original_message_id=D18.id, needs_human=True,
          note="mixed: promise 04.12 for 10515 + dispute 119.00 on 10519 -> dispute; promised_date left empty"))

    b = ("Sehr geehrte Damen und Herren,\n\nbitte beachten Sie, dass unsere Gesellschaft ab 01.12.2026 als Vetcenter Wien "
         "Donaustadt GmbH & Co KG\nfirmiert (neue UID ATU79912230). Bitte stellen Sie künftige Rechnungen auf die neue "
         "Firma aus und\nschicken Sie sie an eingangsrechnungen@vetcenter-donaustadt.at.\n\nMit freundlichen Grüßen\n"
         "Mag. Thomas Pichler\n")
    add(39, "antwort_firmenaenderung", mail("de39", frm=addr("Mag. Thomas Pichler", "kreditoren@vetcenter-donaustadt.at"),
                                            to=BOT, subject="AW: " + D2.subject, date="2026-11-24 10:00", tz=TZ, body=text(b),
                                            mid_style="outlook", **thread(D2)),
        L("client_reply", "de", intent="other", invoice_numbers="RE-2026-10388;RE-2026-10391", original_message_id=D2.id,
          needs_human=True, note="change of company name / billing address, nothing about payment"))

    # ------------------------------------------------------------------ staff commands
    b = ("Hallo Bot,\n\nRE-2026-10422 (Pferdeklinik am Sonnenhof): Herr Kramer hat heute telefonisch zugesagt, den Rest von\n"
         "1.380,00 € bis zum 15.12. zu überweisen. Bitte bis dahin keine Erinnerungen.\n\nDanke, Katrin\n")
    add(40, "staff_zusage_telefonisch", mail("de40", frm=KATRIN, to=BOT_ADDR, subject="Zusage Sonnenhof RE-2026-10422",
                                             date="2026-11-19 13:10", tz=TZ, body=text(b), host=HOST, mid_style="outlook"),
        L("staff_command", "de", invoice_numbers="RE-2026-10422", amount=1380.00, currency="EUR", promised_date="2026-12-15",
          needs_human=False, note="client promised remainder"))

    b = ("RE-2026-10290 bitte als bezahlt markieren: CHF 2'150.00, am 27.11. bar an der Theke in Zürich bezahlt\n"
         "(Quittung Nr. 0447).\n\nReto\n")
    add(41, "staff_bar_bezahlt", mail("de41", frm=RETO, to=BOT_ADDR, subject="bezahlt: RE-2026-10290", date="2026-11-27 16:40",
                                      tz=TZ, body=text(b), host=HOST, mid_style="apple"),
        L("staff_command", "de", invoice_numbers="RE-2026-10290", amount=2150.00, currency="CHF", payment_date="2026-11-27",
          needs_human=False, note="old invoice never reminded; listed in known_invoice_numbers"))

    # ------------------------------------------------------------------ other
    hb = ("<html><body><h2>Vetline Einkaufsbrief Dezember</h2><p>Jetzt Jahresendrabatte sichern: bis zu 15 % auf "
          "Dentaleinheiten, Narkosesysteme und OP-Leuchten.</p><p>Messevorschau: Leipziger Tierärztekongress 2027.</p>"
          "<p><small>Sie erhalten diesen Newsletter, weil Sie sich registriert haben. "
          "<a href='https://newsletter.vetline.de/abmelden?u=ar%40wrenfield-vet.com'>Abmelden</a></small></p></body></html>")
    add(42, "newsletter", mail("de42", frm=addr("Vetline Einkaufsbrief", "newsletter@vetline.de"), to=BOT,
                               subject="Jahresendrabatte bis 15 % – Ihr Einkaufsbrief Dezember", date="2026-12-03 06:30",
                               tz=TZ, body=Multi("alternative", text("Vetline Einkaufsbrief Dezember\nJahresendrabatte bis zu 15 %.\n"
                                                                     "Abmelden: https://newsletter.vetline.de/abmelden"),
                                                 html(hb), seed="de42"),
                               auth=ar("vetline.de"),
                               extra=[("List-Unsubscribe", "<https://newsletter.vetline.de/abmelden?u=ar%40wrenfield-vet.com>"),
                                      ("Precedence", "bulk")]),
        L("other", "de", needs_human=False, note="newsletter"))

    b = ("EINTRAGUNGSOFFERTE / Rechnungs-Nr. 2026-88413\n\nFirma: Wrenfield Veterinary Supply GmbH, Bremen\n\n"
         "Eintrag im Gewerbeverzeichnis Deutschland-Online (Laufzeit 3 Jahre)\nJahresbeitrag netto 998,00 EUR\n\n"
         "Zahlbar bis 30.11.2026 auf IBAN LT12 3250 0112 8840 1177.\n\nMit der Zahlung nehmen Sie dieses Angebot an. "
         "Es gelten unsere AGB.\n\nGVD Gewerbeverzeichnis Deutschland\n")
    add(43, "adressbuchschwindel", mail("de43", frm=addr("GVD Gewerbeverzeichnis", "service@gvd-register.online"), to=BOT,
                                        subject="Eintragungsofferte / Rechnung 2026-88413", date="2026-11-20 05:55", tz=TZ,
                                        body=text(b), auth=ar("gvd-register.online", dkim="none", dmarc="none")),
        L("other", "de", needs_human=False, note="address-book scam dressed as an invoice to us; spam, not an invoice copy"))

    b = ("Sehr geehrte Damen und Herren,\n\nich bin Tierärztin und plane die Eröffnung einer Kleintierpraxis in Oldenburg "
         "im Frühjahr.\nKönnten Sie mir ein Angebot für ein digitales Röntgensystem und eine Dentaleinheit schicken?\n\n"
         "Mit freundlichen Grüßen\nDr. med. vet. Lea Hinrichs\n")
    add(44, "fremde_anfrage", mail("de44", frm=addr("Lea Hinrichs", "lea.hinrichs@web.de"), to=BOT,
                                   subject="Anfrage Praxisausstattung", date="2026-12-09 21:03", tz=TZ, body=text(b),
                                   auth=ar("web.de")),
        L("other", "de", needs_human=True, note="stranger (sales lead sent to AR address)"))
    return M

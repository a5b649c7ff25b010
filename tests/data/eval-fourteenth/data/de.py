from mailkit import *

LANG = "de"
STAFF_DOMAIN = "saltmarsh-solar.de"
S = lambda n: n + "@" + STAFF_DOMAIN
STAFF = [S("m.keller"), S("j.brandt"), S("s.oezdemir"), S("buchhaltung")]
BANK = "benachrichtigung@nordwestbank.de"; PSP = "service@payvista.eu"
NOTIFIERS = [BANK, PSP]
CLIENTS = {
 "gut": ("Gut Hohenwerder GbR", "buchhaltung@gut-hohenwerder.de"),
 "lin": ("Bäckerei Lindemann GmbH", "rechnungen@baeckerei-lindemann.de"),
 "sw": ("Stadtwerke Uelzen GmbH", "e-rechnung@stadtwerke-uelzen.de"),
 "hot": ("Hotel Seeblick Konstanz", "buchhaltung@seeblick-konstanz.de"),
 "sen": ("Alpkäserei Sennhof AG", "kreditoren@sennhof.ch"),
 "aut": ("Autohaus Petersen KG", "fibu@autohaus-petersen.de"),
 "pol": ("Agro-Pol Sp. z o.o.", "ksiegowosc@agropol.pl"),
 "val": ("Cantina Valdoro S.r.l.", "amministrazione@cantinavaldoro.it"),
 "woh": ("Wohnbau Nordheide eG", "buchhaltung@wohnbau-nordheide.de"),
 "vog": ("Schreinerei Vogt", "info@schreinerei-vogt.de"),
 "elb": ("Logistikzentrum Elbtal AG", "kreditoren@elbtal-logistik.de"),
 "phy": ("Physiotherapie am Markt", "praxis@physio-am-markt.de"),
}
CONTACTS = [c[1] for c in CLIENTS.values()] + ["k.petersen@autohaus-petersen.de", "h.meinert@stadtwerke-uelzen.de"]

def R_(key, cl, inv, amt, cur, due, sent, stage):
    return dict(key=key, client=cl, to=CLIENTS[cl][1], invoices=inv, amount=amt, currency=cur, due=due,
                sent=sent, stage=stage, id=botid(sent[:10], "de" + key))
REMINDERS = [
 R_("d1", "gut", ["RE-2026-0412"], "14280.00", "EUR", "2026-11-20", "2026-11-27 08:30 +0100", "past_due"),
 R_("d2", "lin", ["RE-2026-0431"], "3867.50", "EUR", "2026-12-10", "2026-12-07 08:00 +0100", "pre_due"),
 R_("d3", "sw", ["RE-2026-0398"], "47600.00", "EUR", "2026-11-13", "2026-11-23 09:00 +0100", "when_pay"),
 R_("d4", "hot", ["RE-2026-0420"], "9520.00", "EUR", "2026-11-25", "2026-12-02 08:45 +0100", "past_due"),
 R_("d5", "sen", ["RE-2026-0427"], "18350.00", "CHF", "2026-11-30", "2026-12-07 09:10 +0100", "past_due"),
 R_("d6", "aut", ["RE-2026-0440", "RE-2026-0445"], "7378.00", "EUR", "2026-11-27", "2026-12-04 08:20 +0100", "past_due"),
 R_("d7", "pol", ["RE-2026-0436"], "22610.00", "EUR", "2026-11-26", "2026-12-03 09:30 +0100", "past_due"),
 R_("d8", "val", ["RE-2026-0438"], "11900.00", "EUR", "2026-12-01", "2026-12-08 09:00 +0100", "past_due"),
 R_("d9", "woh", ["AR-2026-031"], "35700.00", "EUR", "2026-11-18", "2026-11-25 08:40 +0100", "past_due"),
 R_("d10", "vog", ["RE-2026-0447"], "2439.50", "EUR", "2026-12-14", "2026-11-19 10:00 +0100", "arrival_check"),
 R_("d11", "gut", ["RE-2026-0389"], "1785.00", "EUR", "2026-11-05", "2026-11-12 08:30 +0100", "past_due"),
 R_("d12", "elb", ["RE-2026-0415"], "28560.00", "EUR", "2026-11-23", "2026-11-30 08:15 +0100", "past_due"),
 R_("d13", "phy", ["RE-2026-0402"], "4998.00", "EUR", "2026-11-16", "2026-11-23 10:30 +0100", "when_pay"),
]
RM = {r["key"]: r for r in REMINDERS}
WD = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
MO = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]

def de_amt(a, cur="EUR"):
    s = "{:,.2f}".format(float(a)).replace(",", "X").replace(".", ",").replace("X", ".")
    return s + (" €" if cur == "EUR" else " " + cur)

def de_d(iso):
    y, m, d = iso.split("-"); return "%s.%s.%s" % (d, m, y)

def subj(r):
    n = ", ".join(r["invoices"])
    return {"arrival_check": "Rechnung %s – ist sie gut bei Ihnen angekommen?" % n, "pre_due": "Freundliche Erinnerung: Rechnung %s wird bald fällig" % n,
            "past_due": "Zahlungserinnerung: Rechnung %s" % n, "when_pay": "Rechnung %s – wann dürfen wir mit der Zahlung rechnen?" % n}[r["stage"]]

def rtext(r):
    return ("Sehr geehrte Damen und Herren,\n\nwir hoffen, es geht Ihnen gut und die Geschäfte laufen erfreulich.\n\n"
            "Wir möchten Sie freundlich an die Rechnung %s über %s erinnern, fällig am %s. Sollten Sie die Zahlung bereits veranlasst haben, "
            "betrachten Sie dieses Schreiben bitte als gegenstandslos.\n\nBankverbindung: Nordwestbank eG, IBAN DE44 2809 0045 0123 4567 00, BIC GENODEF1NWB\n\n"
            "Bei Fragen antworten Sie einfach auf diese E-Mail.\n\nMit freundlichen Grüßen\nBuchhaltung\nSaltmarsh Solar GmbH"
            % (" und ".join(r["invoices"]), de_amt(r["amount"], r["currency"]), de_d(r["due"])))

def gq(r):
    d, t, _ = r["sent"].split(); y, m, dd = map(int, d.split("-"))
    import datetime
    wd = WD[datetime.date(y, m, dd).weekday()]
    return "Am %s, %d. %s %d um %s schrieb Saltmarsh Solar Buchhaltung <%s>:\n%s" % (wd, dd, MO[m - 1], y, t, BOT, quote(rtext(r)))

def oq(r):
    d, t, _ = r["sent"].split()
    return ("-----Ursprüngliche Nachricht-----\nVon: Saltmarsh Solar Buchhaltung <%s>\nGesendet: %s %s\nAn: %s\nBetreff: %s\n\n%s"
            % (BOT, de_d(d), t, r["to"], subj(r), rtext(r)))

def A(dom, **k): return auth(dom, **k)
def cl(k): return addr(*CLIENTS[k])
def dom(a): return a.split("@")[1]

def reply(k, r, when, body, name, sender=None, prefix="AW: ", extra=(), cc=None, sub=None):
    a = sender or CLIENTS[k][1]
    return msg(addr(name, a), "Saltmarsh Solar Buchhaltung <%s>" % BOT, sub or prefix + subj(r), when, body,
               auth_=A(dom(a)), irt=r["id"], cc=cc, headers=extra)

def cii(no, issue, due, total, payable, buyer, leitweg=None):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" '
            'xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">\n'
            '<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>\n'
            '<rsm:ExchangedDocument><ram:ID>%s</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">%s</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>\n'
            '<rsm:SupplyChainTradeTransaction><ram:ApplicableHeaderTradeAgreement>%s<ram:SellerTradeParty><ram:Name>Saltmarsh Solar GmbH</ram:Name></ram:SellerTradeParty>'
            '<ram:BuyerTradeParty><ram:Name>%s</ram:Name></ram:BuyerTradeParty></ram:ApplicableHeaderTradeAgreement>\n'
            '<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>'
            '<ram:SpecifiedTradePaymentTerms><ram:Description>Zahlbar innerhalb von 30 Tagen ohne Abzug</ram:Description><ram:DueDateDateTime><udt:DateTimeString format="102">%s</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>\n'
            '<ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:GrandTotalAmount>%s</ram:GrandTotalAmount><ram:DuePayableAmount>%s</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>'
            '</ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction>\n</rsm:CrossIndustryInvoice>\n'
            % (no, issue.replace("-", ""), ("<ram:BuyerReference>%s</ram:BuyerReference>" % leitweg) if leitweg else "", buyer, due.replace("-", ""), total, payable))

def build():
    out = []
    add = lambda slug, raw, lb: out.append((slug, raw, lb))
    # ---------------- Rechnungskopien ----------------
    add("stadtwerke_xrechnung", msg(addr("Jana Brandt", S("j.brandt")), cl("sw"), "XRechnung – Saltmarsh Solar GmbH", "2026-12-04 10:40 +0100",
        M("mixed", [T("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung als XRechnung (CII) für die PV-Anlage auf dem Betriebshof Uelzen.\nLeitweg-ID: 03360000-SWUE-41\n\nMit freundlichen Grüßen\nJana Brandt\nSaltmarsh Solar GmbH"),
                    B("application/xml", cii("RE-2026-0466", "2026-12-04", "2027-01-03", "59500.00", "59500.00", "Stadtwerke Uelzen GmbH", "03360000-SWUE-41"), "xrechnung_RE-2026-0466.xml")]),
        cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "de", False, inv="RE-2026-0466", amount="59500.00", cur="EUR", issue_date="2026-12-04", due_date="2027-01-03",
            payment_terms_days=30, note="figures only in XRechnung CII"))
    body = ("Sehr geehrte Frau Lindemann,\n\nvielen Dank für Ihren Auftrag. Anbei unsere Rechnung RE-2026-0470 vom 07.12.2026 für die Erweiterung der Anlage auf dem Backstubendach.\n\n"
            "Nettobetrag: 3.500,00 €\nzzgl. 19 % USt: 665,00 €\nRechnungsbetrag: 4.165,00 €\n\n"
            "Zahlbar innerhalb von 14 Tagen mit 2 % Skonto (4.081,70 €) oder innerhalb von 30 Tagen netto.\n\nMit freundlichen Grüßen\nSelin Özdemir")
    add("lindemann_skonto", msg(addr("Selin Özdemir", S("s.oezdemir")), cl("lin"), "Ihre Rechnung RE-2026-0470", "2026-12-07 14:10 +0100",
        M("mixed", [T(body), B("application/pdf", pdf(["Saltmarsh Solar GmbH", "Rechnung RE-2026-0470", "Datum: 07.12.2026", "Rechnungsbetrag 4.165,00 EUR", "2 % Skonto bis 21.12.2026: 4.081,70 EUR"]), "RE-2026-0470.pdf")]),
        cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "de", False, inv="RE-2026-0470", amount="4165.00", cur="EUR", issue_date="2026-12-07", due_date="2027-01-06",
            payment_terms_days=30, note="Skonto figure must not be the amount"))
    body = ("Sehr geehrte Damen und Herren,\n\nnach Fertigstellung der PV-Anlagen auf den Häusern Am Heidering 2–8 stellen wir unsere Schlussrechnung:\n\n"
            "Schlussrechnung RE-2026-0468 vom 09.12.2026\nAuftragssumme netto: 150.000,00 €\nGesamtleistung brutto (inkl. 19 % USt): 178.500,00 €\n"
            "abzgl. Abschlagsrechnung AR-2026-028 (bezahlt): -59.500,00 €\nabzgl. Abschlagsrechnung AR-2026-031 (gestellt): -35.700,00 €\n"
            "Verbleibender Zahlbetrag: 83.300,00 €\n\nDer Betrag ist zahlbar innerhalb von 30 Tagen nach förmlicher Abnahme.\n\nMit freundlichen Grüßen\nMarkus Keller\nProjektleitung")
    add("wohnbau_schlussrechnung", msg(addr("Markus Keller", S("m.keller")), cl("woh"), "Schlussrechnung Am Heidering", "2026-12-09 16:05 +0100",
        T(body), cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "de", True, inv="RE-2026-0468", amount="83300.00", cur="EUR", issue_date="2026-12-09", payment_terms_days=30,
            note="final invoice netting down payments; terms from acceptance (Abnahme) -> no due date"))
    html = ("<html><head><meta charset='iso-8859-1'></head><body><p>Sehr geehrter Herr Bächle,</p><p>f&uuml;r den Wartungsvertrag 2027 Ihrer Dachanlage berechnen wir:</p>"
            "<table border=1><tr><td>Rechnungsnr.</td><td>RE-2026-0462</td></tr><tr><td>Rechnungsdatum</td><td>30.11.2026</td></tr>"
            "<tr><td>Wartungspauschale netto</td><td>1.200,00 €</td></tr><tr><td>USt 19 %</td><td>228,00 €</td></tr><tr><td><b>Gesamt</b></td><td><b>1.428,00 €</b></td></tr></table>"
            "<p>Der Rechnungsbetrag ist sofort ohne Abzug fällig.</p><p>Freundliche Grüße<br>Buchhaltung Saltmarsh Solar GmbH</p></body></html>")
    add("seeblick_html_latin1", msg(addr("Buchhaltung Saltmarsh Solar", S("buchhaltung")), cl("hot"), "Rechnung Wartungsvertrag 2027", "2026-11-30 11:20 +0100",
        T(html.replace("€", "EUR"), "html", "iso-8859-1", "base64"), cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "de", False, inv="RE-2026-0462", amount="1428.00", cur="EUR", issue_date="2026-11-30", due_date="2026-11-30",
            note="HTML-only latin-1 base64; sofort faellig -> due = issue"))
    p = pdf(["Saltmarsh Solar GmbH - Niederlassung Konstanz", "Rechnung Nr. RE-2026-0459", "Datum: 26.11.2026", "Kunde: Alpkaeserei Sennhof AG, CH-9050 Appenzell",
             "PV-Anlage Kaesereidach 48 kWp", "Total exkl. MWST CHF 11'498.61", "MWST 8.1 %  CHF 931.39", "Total CHF 12'430.00",
             "Zahlbar innert 30 Tagen", "Gegenwert zur Information: ca. EUR 13'200"])
    add("sennhof_chf_filename_only", msg(addr("Markus Keller", S("m.keller")), cl("sen"), "Rechnung PV-Anlage Käsereidach", "2026-11-26 15:30 +0100",
        M("mixed", [T("Grüezi Herr Inauen,\n\nwie besprochen sende ich Ihnen anbei unsere Rechnung für die Anlage auf dem Käsereidach.\n\nFreundliche Grüsse\nMarkus Keller"),
                    B("application/pdf", p, "RE-2026-0459.pdf")]), cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "de", False, inv="RE-2026-0459", amount="12430.00", cur="CHF", issue_date="2026-11-26", due_date="2026-12-26",
            payment_terms_days=30, note="CHF; number only in PDF; EUR equivalent for info"))
    body = ("Sehr geehrter Herr Vogt,\n\nwie vereinbart erhalten Sie anbei die Rechnung RE-2026-0472 vom 08.12.2026 über insgesamt 21.420,00 € (inkl. 19 % USt) "
            "für die PV-Anlage mit Speicher auf Ihrer Werkhalle.\n\nRatenvereinbarung:\n1. Rate 7.140,00 € fällig am 15.12.2026\n2. Rate 7.140,00 € fällig am 15.01.2027\n3. Rate 7.140,00 € fällig am 15.02.2027\n\n"
            "Mit freundlichen Grüßen\nJana Brandt")
    add("vogt_raten", msg(addr("Jana Brandt", S("j.brandt")), cl("vog"), "Rechnung RE-2026-0472 mit Ratenplan", "2026-12-08 09:15 +0100", T(body), cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "de", True, inv="RE-2026-0472", amount="21420.00", cur="EUR", issue_date="2026-12-08", note="instalment schedule"))
    body = ("Sehr geehrter Herr Petersen,\n\nanbei die Rechnung RE-2026-0464 für die Installation der vier Wallboxen (22 kW) am Autohaus.\n\n"
            "Rechnungsdatum: 01.12.2026\nRechnungsbetrag: 3.451,00 € brutto\nZahlungsziel: 10 Bankarbeitstage (bis 15.12.2026)\n\nBeste Grüße\nSelin Özdemir")
    add("petersen_bcc", msg(addr("Selin Özdemir", S("s.oezdemir")), cl("aut"), "Rechnung Wallbox-Installation", "2026-12-01 13:45 +0100", T(body, cs="iso-8859-15"),
        auth_=A(STAFF_DOMAIN), headers=[("Delivered-To", BOT)]),
        lab("invoice_copy", "de", False, inv="RE-2026-0464", amount="3451.00", cur="EUR", issue_date="2026-12-01", due_date="2026-12-15",
            note="Bcc-only; bank days (no terms days) but the date is stated"))
    body = ("Sehr geehrte Damen und Herren,\n\nleider enthielt unsere Rechnung RE-2026-0415 vom 16.11.2026 einen falschen Modultyp. Wir haben sie mit der Stornorechnung ST-2026-0415 storniert "
            "und senden Ihnen anbei die korrigierte Rechnung RE-2026-0469.\n\nRechnungsdatum: 08.12.2026\nRechnungsbetrag: 27.370,00 € brutto\nZahlungsziel: 21 Tage ab Rechnungsdatum\n\n"
            "Wir bitten, das Versehen zu entschuldigen.\n\nMit freundlichen Grüßen\nBuchhaltung Saltmarsh Solar GmbH")
    add("elbtal_korrektur", msg(addr("Buchhaltung Saltmarsh Solar", S("buchhaltung")), cl("elb"), "Rechnungskorrektur zu RE-2026-0415", "2026-12-08 11:00 +0100",
        M("mixed", [T(body), B("application/pdf", pdf(["Stornorechnung ST-2026-0415", "-28.560,00 EUR"]), "ST-2026-0415.pdf"),
                    B("application/pdf", pdf(["Rechnung RE-2026-0469", "Rechnungsbetrag 27.370,00 EUR", "Ersetzt RE-2026-0415"]), "RE-2026-0469.pdf")]),
        cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "de", True, inv="RE-2026-0469", amount="27370.00", cur="EUR", issue_date="2026-12-08", due_date="2026-12-29", payment_terms_days=21,
            note="corrected invoice + cancellation of RE-2026-0415: person voids the old one"))

    # ---------------- Lesebestätigungen ----------------
    r = RM["d1"]
    add("hohenwerder_mdn", msg(cl("gut"), BOT, "Lesebestätigung (angezeigt) - " + subj(r), "2026-11-27 11:02 +0100",
        mdn("Dies ist eine Empfangsbestätigung für eine Nachricht, die Sie an buchhaltung@gut-hohenwerder.de gesendet haben.\n\nHinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht angezeigt wurde. Es gibt keine Garantie, dass der Inhalt gelesen oder verstanden wurde.",
            "Mozilla Thunderbird", r["to"], r["id"], "manual-action/MDN-sent-manually; displayed", orig_hdrs=rem_headers(r, subj(r))), auth_=A("gut-hohenwerder.de")),
        lab("read_receipt", "de", False, inv="RE-2026-0412", original_message_id=r["id"]))
    r = RM["d2"]
    add("lindemann_outlook_gelesen", msg(addr("Rechnungseingang Lindemann", r["to"]), BOT, "Gelesen: " + subj(r), "2026-12-07 08:52 +0100",
        mdn("Ihre Nachricht\n\n    An: rechnungen@baeckerei-lindemann.de\n    Betreff: %s\n    Gesendet: Montag, 7. Dezember 2026 08:00:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\nwurde am Montag, 7. Dezember 2026 08:52:31 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen." % subj(r),
            "Microsoft Outlook 16.0", r["to"], r["id"], "automatic-action/MDN-sent-automatically; displayed", human_cs="windows-1252"), auth_=A("baeckerei-lindemann.de")),
        lab("read_receipt", "de", False, inv="RE-2026-0431", original_message_id=r["id"]))
    r = RM["d5"]
    add("sennhof_webmail_lesebest", msg(cl("sen"), BOT, "Lesebestätigung: " + subj(r), "2026-12-07 13:40 +0100",
        T("Ihre Nachricht\n\n  Betreff: %s\n  Gesendet: 07.12.2026 09:10\n  Message-ID: %s\n\nwurde von kreditoren@sennhof.ch am 07.12.2026 um 13:40 gelesen.\n\n-- \nDiese Lesebestätigung wurde automatisch von Bluewin Webmail erstellt." % (subj(r), r["id"])),
        auth_=A("sennhof.ch"), irt=r["id"]),
        lab("read_receipt", "de", False, inv="RE-2026-0427", original_message_id=r["id"], note="non-standard plain-text receipt"))

    # ---------------- Unzustellbar ----------------
    r = RM["d4"]
    human = ("Ihre Nachricht hat buchhaltung@seeblick-konstanz.de nicht erreicht.\n\nbuchhaltung@seeblick-konstanz.de wurde nicht gefunden. Die E-Mail-Adresse existiert möglicherweise nicht mehr.\n\n"
             "Diagnoseinformationen für Administratoren:\nGenerierender Server: FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM\nbuchhaltung@seeblick-konstanz.de\n"
             "Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben.")
    add("seeblick_exchange_ndr", msg("Microsoft Outlook <postmaster@seeblick-konstanz.de>", BOT, "Unzustellbar: " + subj(r), "2026-12-02 08:46 +0100",
        dsn(human, "FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM", [dict(rcpt=r["to"], action="failed", status="5.1.10", remote="seeblick-konstanz-de.mail.protection.outlook.com",
            diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")], rem_headers(r, subj(r)), "2026-12-02 08:45 +0100",
            rfc822=True, orig_body=rtext(r), human_cs="utf-8"), auth_=A("seeblick-konstanz.de", mailfrom="<>")),
        lab("bounce", "de", False, inv="RE-2026-0420", failed_recipients=r["to"], bounce_permanent=True, original_message_id=r["id"], bounce_reason="user_unknown"))
    r = RM["d3"]
    human = ("This is the mail system at host mx1.saltmarsh-solar.com.\n\n####################################################################\n"
             "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n"
             "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
             "<e-rechnung@stadtwerke-uelzen.de>: connect to mx.stadtwerke-uelzen.de[192.0.2.140]:25:\n    Connection timed out\n")
    add("stadtwerke_postfix_delay", msg("MAILER-DAEMON@mx1.saltmarsh-solar.com (Mail Delivery System)", BOT, "Delayed Mail (still being retried)", "2026-11-23 13:05 +0100",
        dsn(human, "mx1.saltmarsh-solar.com", [dict(rcpt=r["to"], action="delayed", status="4.4.1", diag="connect to mx.stadtwerke-uelzen.de[192.0.2.140]:25: Connection timed out",
            until="2026-11-28 09:00 +0100")], rem_headers(r, subj(r)), "2026-11-23 09:00 +0100"), auth_=A("saltmarsh-solar.com", mailfrom="<>")),
        lab("bounce", "en", False, inv="RE-2026-0398", failed_recipients=r["to"], bounce_permanent=False, original_message_id=r["id"], bounce_reason="other", note="delay warning"))
    r = RM["d9"]
    human = ("Ihre Nachricht an buchhaltung@wohnbau-nordheide.de konnte nicht zugestellt werden.\n\nGrund: 550 5.7.1 Rechnungen und Zahlungsaufforderungen werden ausschliesslich "
             "als XRechnung ueber das Portal rechnung.wohnbau-nordheide.de angenommen. E-Mails an dieses Postfach werden abgewiesen.\n")
    add("wohnbau_nur_xrechnung", msg("Mail Delivery System <MAILER-DAEMON@gw.wohnbau-nordheide.de>", BOT, "Unzustellbar: " + subj(r), "2026-11-25 08:41 +0100",
        dsn(human, "gw.wohnbau-nordheide.de", [dict(rcpt=r["to"], action="failed", status="5.7.1",
            diag="550 5.7.1 Rechnungen werden ausschliesslich als XRechnung ueber das Portal angenommen")], rem_headers(r, subj(r)), "2026-11-25 08:40 +0100", human_cs="utf-8"),
        auth_=A("wohnbau-nordheide.de", mailfrom="<>")),
        lab("bounce", "de", False, inv="AR-2026-031", failed_recipients=r["to"], bounce_permanent=True, original_message_id=r["id"], bounce_reason="policy",
            note="only e-invoices accepted"))
    r = RM["d12"]
    human = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
             "  kreditoren@elbtal-logistik.de\n    host mx01.elbtal-logistik.de [198.51.100.77]\n    SMTP error from remote mail server after end of data:\n"
             "    554 5.7.1 Message rejected: classified as SPAM (score 9.8) by content filter\n")
    add("elbtal_exim_spam", msg("Mail Delivery System <Mailer-Daemon@mx1.saltmarsh-solar.com>", BOT, "Mail delivery failed: returning message to sender", "2026-11-30 08:17 +0100",
        dsn(human, "mx1.saltmarsh-solar.com", [dict(rcpt=r["to"], action="failed", status="5.7.1", remote="mx01.elbtal-logistik.de",
            diag="554 5.7.1 Message rejected: classified as SPAM (score 9.8) by content filter")], rem_headers(r, subj(r)), "2026-11-30 08:15 +0100"),
        auth_=A("saltmarsh-solar.com", mailfrom="<>"), headers=[("X-Failed-Recipients", r["to"])]),
        lab("bounce", "en", False, inv="RE-2026-0415", failed_recipients=r["to"], bounce_permanent=True, original_message_id=r["id"], bounce_reason="spam"))
    r = RM["d6"]
    human = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
             "  k.petersen@autohaus-petersen.de\n    mailbox is full: retry timeout exceeded\n")
    hdr = rem_headers(r, subj(r)).replace("To: " + r["to"], "To: " + r["to"] + "\nCc: k.petersen@autohaus-petersen.de")
    add("petersen_cc_quota", msg("Mail Delivery System <Mailer-Daemon@mx1.saltmarsh-solar.com>", BOT, "Mail delivery failed: returning message to sender", "2026-12-08 08:21 +0100",
        dsn(human, "mx1.saltmarsh-solar.com", [dict(rcpt="k.petersen@autohaus-petersen.de", action="failed", status="5.2.2", remote="mail.autohaus-petersen.de",
            diag="452 4.2.2 Mailbox quota exceeded")], hdr, "2026-12-04 08:20 +0100"), auth_=A("saltmarsh-solar.com", mailfrom="<>"),
        headers=[("X-Failed-Recipients", "k.petersen@autohaus-petersen.de")]),
        lab("bounce", "en", False, inv="RE-2026-0440;RE-2026-0445", failed_recipients="k.petersen@autohaus-petersen.de", bounce_permanent=True,
            original_message_id=r["id"], bounce_reason="mailbox_full", note="over quota given up after retries; Cc failed, To delivered"))

    # ---------------- Abwesenheit ----------------
    r = RM["d1"]
    add("hohenwerder_abwesend", msg(addr("Birgit Hohenwerder", r["to"]), BOT, "Abwesenheitsnotiz: " + subj(r), "2026-11-27 08:31 +0100",
        T("Guten Tag,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich 11.12.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails.\n"
          "In dringenden Fällen wenden Sie sich bitte an meinen Mann unter 05822 94 03 11.\n\nMit freundlichen Grüßen\nBirgit Hohenwerder"),
        auth_=A("gut-hohenwerder.de"), irt=r["id"], headers=[("Auto-Submitted", "auto-replied")]),
        lab("auto_reply", "de", False, inv="RE-2026-0412", return_date="2026-12-14", original_message_id=r["id"]))
    r = RM["d7"]
    add("agropol_polish", msg(addr("Katarzyna Wójcik", r["to"]), BOT, "Odp. automatyczna: " + subj(r), "2026-12-03 09:31 +0100",
        T("Dzień dobry,\n\ndziękuję za wiadomość. Jestem na urlopie, wracam do biura w poniedziałek 14 grudnia 2026 r.\nW pilnych sprawach proszę kontaktować się z działem finansowym: finanse@agropol.pl.\n\nZ poważaniem\nKatarzyna Wójcik\nGłówna Księgowa", cs="iso-8859-2"),
        auth_=A("agropol.pl"), irt=r["id"], headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
        lab("auto_reply", "pl", False, inv="RE-2026-0436", return_date="2026-12-14", original_message_id=r["id"]))
    r = RM["d8"]
    add("valdoro_italian", msg(addr("Amministrazione Cantina Valdoro", r["to"]), BOT, "Risposta automatica: " + subj(r), "2026-12-08 09:01 +0100",
        T("Gentile mittente,\n\nsarò assente dall'ufficio fino al 9 dicembre compreso, con accesso limitato alla posta elettronica.\nRientrerò giovedì 10 dicembre.\n\nCordiali saluti\nGiulia Ferraris\nAmministrazione"),
        auth_=A("cantinavaldoro.it"), irt=r["id"], headers=[("Auto-Submitted", "auto-replied")]),
        lab("auto_reply", "it", False, inv="RE-2026-0438", return_date="2026-12-10", original_message_id=r["id"]))
    r = RM["d10"]
    add("vogt_betriebsurlaub", msg(addr("Schreinerei Vogt", r["to"]), BOT, "Betriebsurlaub", "2026-11-19 10:01 +0100",
        T("Liebe Kundinnen und Kunden,\n\nunsere Werkstatt ist vom 16.11. bis 27.11. wegen Betriebsurlaub geschlossen. Ab dem 30.11. sind wir wieder für Sie da.\n\nIhr Team der Schreinerei Vogt", cs="windows-1252"),
        auth_=A("schreinerei-vogt.de")),
        lab("auto_reply", "de", False, inv="RE-2026-0447", return_date="2026-11-30", note="no auto headers, no threading; invoice from reminder context only"))
    r = RM["d3"]
    add("stadtwerke_ausgeschieden", msg(addr("Meinert, Holger", "h.meinert@stadtwerke-uelzen.de"), BOT, "Automatische Antwort: " + subj(r), "2026-11-23 09:01 +0100",
        T("Sehr geehrte Damen und Herren,\n\nHerr Meinert ist seit dem 01.11.2026 nicht mehr für die Stadtwerke Uelzen tätig. Ihre Nachricht wird nicht weitergeleitet.\n"
          "Bitte richten Sie Rechnungsangelegenheiten künftig an e-rechnung@stadtwerke-uelzen.de.\n\nMit freundlichen Grüßen\nStadtwerke Uelzen GmbH"),
        auth_=A("stadtwerke-uelzen.de"), irt=r["id"], headers=[("Auto-Submitted", "auto-replied")]),
        lab("auto_reply", "de", True, inv="RE-2026-0398", original_message_id=r["id"], note="left-company notice"))

    # ---------------- Challenge ----------------
    r = RM["d2"]
    add("lindemann_absenderpruefung", msg("Spamfilter Bäckerei Lindemann <quarantaene@baeckerei-lindemann.de>", BOT, "Bitte bestätigen Sie Ihre Absenderadresse", "2026-12-07 08:01 +0100",
        T("Guten Tag,\n\nIhre E-Mail an rechnungen@baeckerei-lindemann.de mit dem Betreff\n\n  \"%s\"\n\nwurde vorläufig zurückgehalten, da Ihre Absenderadresse noch nicht auf unserer Positivliste steht.\n\n"
          "Bitte bestätigen Sie innerhalb von 72 Stunden, dass Sie ein echter Absender sind:\nhttps://filter.baeckerei-lindemann.de/verify?id=7c1e40a9\n\nOhne Bestätigung wird die Nachricht gelöscht.\n" % subj(r)),
        auth_=A("baeckerei-lindemann.de"), headers=[("Auto-Submitted", "auto-replied")]),
        lab("challenge", "de", True, inv="RE-2026-0431", note="corporate whitelist challenge"))

    # ---------------- Zahlungen ----------------
    camt = ('<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn>\n<GrpHdr><MsgId>NWB20261210-0042</MsgId><CreDtTm>2026-12-10T06:12:00</CreDtTm></GrpHdr>\n'
            '<Ntfctn><Acct><Id><IBAN>DE44280900450123456700</IBAN></Id></Acct>\n<Ntry><Amt Ccy="EUR">7378.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>'
            '<BookgDt><Dt>2026-12-10</Dt></BookgDt><ValDt><Dt>2026-12-10</Dt></ValDt>\n<NtryDtls><TxDtls><RltdPties><Dbtr><Pty><Nm>Autohaus Petersen KG</Nm></Pty></Dbtr></RltdPties>'
            '<RmtInf><Ustrd>RE-2026-0440 RE-2026-0445</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry></Ntfctn>\n</BkToCstmrDbtCdtNtfctn></Document>\n')
    add("petersen_camt054_two", msg("Nordwestbank eG <benachrichtigung@nordwestbank.de>", BOT, "Kontoumsatz-Benachrichtigung (camt.054)", "2026-12-10 06:15 +0100",
        M("mixed", [T("Sehr geehrte Kundin, sehr geehrter Kunde,\n\nfür Ihr Konto DE44 2809 0045 0123 4567 00 liegt eine neue Gutschrift vor. Die Details entnehmen Sie bitte der angehängten camt.054-Datei.\n\nIhre Nordwestbank eG"),
                    B("application/xml", camt, "camt054_20261210.xml")]), auth_=A("nordwestbank.de")),
        lab("payment_confirmation", "de", False, inv="RE-2026-0440;RE-2026-0445", amount="7378.00", cur="EUR", payment_date="2026-12-10", payment_full=True,
            allocations="RE-2026-0440=6188.00;RE-2026-0445=1190.00", note="two invoices, no split stated; split derivable as both in full; figures only in camt.054"))
    add("vogt_skonto_sepa", msg("Nordwestbank eG <benachrichtigung@nordwestbank.de>", BOT, "Neue Gutschrift auf Ihrem Konto", "2026-11-27 07:30 +0100",
        T("Guten Tag,\n\nauf Ihrem Geschäftskonto ist folgende SEPA-Gutschrift eingegangen:\n\nAuftraggeber: SCHREINEREI VOGT INH. T. VOGT\nBetrag: 2.390,71 EUR\nVerwendungszweck: RE-2026-0447 ABZGL. 2 PROZ. SKONTO\nBuchungstag: 27.11.2026\nWertstellung: 27.11.2026\n\nIhre Nordwestbank eG", cs="iso-8859-15", cte="quoted-printable"),
        auth_=A("nordwestbank.de")),
        lab("payment_confirmation", "de", False, inv="RE-2026-0447", amount="2390.71", cur="EUR", payment_date="2026-11-27", payment_full=True,
            note="Skonto within window (invoice 14.11., 14 days 2 %); full per invoice terms"))
    add("seeblick_payvista", msg("PayVista <service@payvista.eu>", BOT, "Zahlung eingegangen: 9.520,00 € von Hotel Seeblick Konstanz", "2026-12-05 16:02 +0100",
        M("alternative", [T("Zahlungsbestätigung\n\nHändler: Saltmarsh Solar GmbH\nZahler: Hotel Seeblick Konstanz\nVerwendungszweck: RE-2026-0420\nZahlungsdatum: 05.12.2026\n\nGezahlter Betrag: 9.520,00 €\nGebühr: -66,64 €\nAuszahlung: 9.453,36 € (voraussichtlich 08.12.2026)\n"),
                          T("<p><b>Zahlungsbestätigung</b></p><p>Verwendungszweck RE-2026-0420<br>Gezahlter Betrag 9.520,00&nbsp;€<br>Auszahlung 9.453,36&nbsp;€</p>", "html")]),
        auth_=A("payvista.eu")),
        lab("payment_confirmation", "de", False, inv="RE-2026-0420", amount="9520.00", cur="EUR", payment_date="2026-12-05", payment_full=True))
    add("sennhof_chf_teil", msg("Nordwestbank eG <benachrichtigung@nordwestbank.de>", BOT, "Gutschrift Fremdwährungskonto CHF", "2026-12-09 10:05 +0100",
        T("Sehr geehrte Kundin, sehr geehrter Kunde,\n\nauf Ihrem Fremdwährungskonto (CHF) wurde gutgeschrieben:\n\nAuftraggeber: ALPKAESEREI SENNHOF AG, APPENZELL\nBetrag: CHF 10'000.00\nVerwendungszweck: Teilzahlung RE-2026-0427\nValuta: 09.12.2026\n\nIhre Nordwestbank eG"),
        auth_=A("nordwestbank.de")),
        lab("payment_confirmation", "de", False, inv="RE-2026-0427", amount="10000.00", cur="CHF", payment_date="2026-12-09", payment_full=False, note="partial of CHF 18,350.00"))
    add("wohnbau_ohne_rechnungsnr", msg("Nordwestbank eG <benachrichtigung@nordwestbank.de>", BOT, "Neue Gutschrift auf Ihrem Konto", "2026-12-03 07:10 +0100",
        T("Guten Tag,\n\nauf Ihrem Geschäftskonto ist folgende SEPA-Gutschrift eingegangen:\n\nAuftraggeber: WOHNBAU NORDHEIDE EG\nBetrag: 35.700,00 EUR\nVerwendungszweck: ABSCHLAG HEIDERING DEZ\nBuchungstag: 03.12.2026\nWertstellung: 03.12.2026\n\nIhre Nordwestbank eG"),
        auth_=A("nordwestbank.de")),
        lab("payment_confirmation", "de", True, amount="35700.00", cur="EUR", payment_date="2026-12-03",
            note="no invoice number although amount equals AR-2026-031"))

    # ---------------- Kundenantworten ----------------
    r = RM["d2"]
    add("lindemann_kw50", reply("lin", r, "2026-12-07 10:15 +0100",
        T("Guten Morgen,\n\ndanke für die Erinnerung. Die Rechnung RE-2026-0431 ist freigegeben und wird in KW 50 überwiesen.\n\nViele Grüße\nAnja Kruse\nBuchhaltung Bäckerei Lindemann\n\n" + oq(r)), "Anja Kruse"),
        lab("client_reply", "de", False, inv="RE-2026-0431", intent="promise", promised_date="2026-12-11", note="KW 50 -> Fri 11.12."))
    r = RM["d3"]
    add("stadtwerke_vorbehalt", reply("sw", r, "2026-11-24 14:30 +0100",
        T("Sehr geehrte Damen und Herren,\n\nvorbehaltlich der Freigabe durch den Werkausschuss in seiner Sitzung am 10.12.2026 werden wir die Rechnung RE-2026-0398 am 15.12.2026 anweisen.\n\n"
          "Mit freundlichen Grüßen\ni. A. Petra Schünemann\nKreditorenbuchhaltung\nStadtwerke Uelzen GmbH\n\n" + oq(r)), "Petra Schünemann"),
        lab("client_reply", "de", True, inv="RE-2026-0398", intent="promise", promised_date="2026-12-15", note="conditional promise with a day"))
    r = RM["d4"]
    add("seeblick_versicherung", reply("hot", r, "2026-12-03 09:12 +0100",
        T("Sehr geehrte Frau Brandt,\n\nwie Sie wissen, hat der Hagel im Oktober auch unsere Fassade beschädigt. Sobald unsere Versicherung den Schaden reguliert hat, begleichen wir Ihre Rechnung selbstverständlich umgehend.\n\n"
          "Mit freundlichen Grüßen\nThomas Bächle\nHotel Seeblick Konstanz\n\n" + gq(r)), "Thomas Bächle", sender="t.baechle@seeblick-konstanz.de"),
        lab("client_reply", "de", True, inv="RE-2026-0420", intent="other", note="conditional without a day: not a promise"))
    r = RM["d9"]
    add("wohnbau_maengel", reply("woh", r, "2026-11-26 11:40 +0100",
        T("Sehr geehrte Damen und Herren,\n\nbei der Begehung am 20.11. wurden zwölf Mängel protokolliert, u. a. fehlende Kabelschutzrohre und eine nicht fachgerecht ausgeführte Dachdurchdringung an Haus 4.\n"
          "Bis zur vollständigen Beseitigung behalten wir den Abschlag AR-2026-031 ein. Das Protokoll liegt Herrn Keller vor.\n\nMit freundlichen Grüßen\nDipl.-Ing. Frank Albers\nTechnischer Vorstand\n\n" + oq(r)), "Frank Albers",
        sender="f.albers@wohnbau-nordheide.de"),
        lab("client_reply", "de", True, inv="AR-2026-031", intent="dispute", note="quality dispute, sent although the AP mailbox bounces"))
    r = RM["d13"]
    add("physio_raten", reply("phy", r, "2026-11-24 19:05 +0100",
        T("Hallo Frau Brandt,\n\nich muss ehrlich sein: Nach dem Umzug der Praxis ist es finanziell gerade eng. Wäre es möglich, die 4.998,00 € in fünf Monatsraten zu zahlen? Die erste könnte ich Mitte Dezember überweisen.\n\n"
          "Viele Grüße\nClaudia Rehm\n\n" + gq(r)), "Claudia Rehm", prefix="Re: "),
        lab("client_reply", "de", True, inv="RE-2026-0402", intent="plan_request"))
    r = RM["d6"]
    add("petersen_rechnung_fehlt", reply("aut", r, "2026-12-04 11:30 +0100",
        T("Moin,\n\ndie RE-2026-0440 haben wir, aber die RE-2026-0445 liegt uns nicht vor. Können Sie die bitte noch mal als PDF schicken?\n\nGruß\nKerstin Lüders\nFibu Autohaus Petersen\n\n" + oq(r)), "Kerstin Lüders"),
        lab("client_reply", "de", True, inv="RE-2026-0440;RE-2026-0445", intent="question", note="copy of invoice request"))
    r = RM["d12"]
    add("elbtal_unterlassen", reply("elb", r, "2026-12-01 15:20 +0100",
        T("Sehr geehrte Damen und Herren,\n\nwir bitten Sie, von weiteren automatisierten Zahlungserinnerungen an diese Adresse abzusehen. Die Angelegenheit RE-2026-0415 wird ausschließlich über unsere Rechtsabteilung "
          "(recht@elbtal-logistik.de) bearbeitet.\n\nMit freundlichen Grüßen\nLogistikzentrum Elbtal AG\nKreditorenbuchhaltung\n\n" + oq(r)), "Kreditoren Elbtal"),
        lab("client_reply", "de", True, inv="RE-2026-0415", intent="stop"))
    r = RM["d8"]
    add("valdoro_de_it", reply("val", r, "2026-12-10 12:05 +0100",
        T("Guten Tag,\n\ndie Zahlung für RE-2026-0438 über 11.900,00 EUR wurde am 04.12.2026 ausgeführt (bonifico SEPA, CRO 0306912345678).\n"
          "Vi preghiamo di verificare e di non inviare ulteriori solleciti. Per qualsiasi domanda restiamo a disposizione.\n\nCordiali saluti / Mit freundlichen Grüßen\nGiulia Ferraris\n\n" + oq(r)), "Giulia Ferraris", prefix="R: "),
        lab("client_reply", "de", True, inv="RE-2026-0438", amount="11900.00", cur="EUR", intent="paid", note="German + Italian; paid claim with date"))
    r1, r11 = RM["d1"], RM["d11"]
    add("hohenwerder_zwei_bezahlt_strittig", reply("gut", r1, "2026-12-08 17:45 +0100",
        T("Guten Abend,\n\nich antworte auf Ihre beiden Erinnerungen gemeinsam:\n\n– RE-2026-0389 (1.785,00 €) haben wir am 20.11. überwiesen, bitte prüfen Sie Ihren Zahlungseingang.\n"
          "– RE-2026-0412 zahlen wir vorerst nicht. Der Batteriespeicher (10 kWh) ist laut Lieferschein noch gar nicht geliefert, wurde aber voll berechnet.\n\n"
          "Mit freundlichen Grüßen\nUlrich Hohenwerder\n\n" + oq(r1) + "\n\n" + oq(r11)), "Ulrich Hohenwerder"),
        lab("client_reply", "de", True, inv="RE-2026-0412;RE-2026-0389", amount="1785.00", cur="EUR", intent="dispute", note="two reminders; mixed paid + dispute"))
    r = RM["d2"]
    add("lindemann_handy", reply("lin", r, "2026-12-08 06:12 +0100",
        T("moin überweise ich morgen früh, war die letzten tage in der backstube eingespannt gruß lindemann\n\nVon meinem iPhone gesendet\n\n" + gq(r)), "Heiko Lindemann",
        sender="h.lindemann@baeckerei-lindemann.de", prefix="Re: "),
        lab("client_reply", "de", False, inv="RE-2026-0431", intent="promise", promised_date="2026-12-09", note="phone typing; morgen = 09.12."))
    r = RM["d10"]
    add("vogt_angekommen", reply("vog", r, "2026-11-30 07:40 +0100",
        T(gq(r) + "\n\nDanke, ist angekommen.\n\nGruß T. Vogt"), "Thomas Vogt", prefix="Re: "),
        lab("client_reply", "de", False, inv="RE-2026-0447", intent="other", note="bottom-posted bare receipt"))
    r = RM["d7"]
    add("agropol_finanzvorstand", reply("pol", r, "2026-12-09 13:20 +0100",
        T("Sehr geehrte Damen und Herren,\n\nin Vertretung von Frau Wójcik teile ich Ihnen mit: Unser Finanzvorstand lässt ausrichten, dass die Überweisung für RE-2026-0436 spätestens am 16.12.2026 veranlasst wird.\n\n"
          "Mit freundlichen Grüßen\nPiotr Nowak\nAgro-Pol Sp. z o.o.\n\n" + oq(r)), "Piotr Nowak", sender="finanse@agropol.pl", prefix="Odp: "),
        lab("client_reply", "de", False, inv="RE-2026-0436", intent="promise", promised_date="2026-12-16", note="relayed promise, written by a Polish client in German"))
    r = RM["d5"]
    add("sennhof_nicht_bis_freitag", reply("sen", r, "2026-12-09 16:00 +0100",
        T("Grüezi\n\nWir schaffen es leider NICHT, den Restbetrag bis Freitag zu überweisen. Heute haben wir CHF 10'000.00 angewiesen, den Rest von CHF 8'350.00 zahlen wir am 22.12.2026.\n\n"
          "Freundliche Grüsse\nUrs Inauen\nAlpkäserei Sennhof AG\n\n" + oq(r)), "Urs Inauen"),
        lab("client_reply", "de", False, inv="RE-2026-0427", intent="promise", promised_date="2026-12-22",
            note="negated promise then new date; mentions a partial transfer (not a paid claim of the invoice)"))

    # ---------------- Sonstiges ----------------
    add("kaltakquise_leads", msg(addr("Dennis Kaufmann", "d.kaufmann@solarleads-direkt.de"), BOT, "Kurze Frage zu Ihren PV-Anfragen", "2026-11-17 10:02 +0100",
        T("Hallo zusammen,\n\nich habe gesehen, dass Sie PV-Anlagen in Niedersachsen installieren. Wir liefern exklusive, vorqualifizierte Eigenheimbesitzer-Leads ab 39 € pro Kontakt.\n\nHätten Sie diese Woche 15 Minuten für ein kurzes Telefonat?\n\nBeste Grüße\nDennis Kaufmann"),
        auth_=A("solarleads-direkt.de")),
        lab("other", "de", True, note="cold sales pitch from a stranger"))
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:%s\r\nDTSTART;TZID=Europe/Berlin:20261210T090000\r\n"
           "DTEND;TZID=Europe/Berlin:20261210T093000\r\nSUMMARY:Jour fixe Forderungsmanagement\r\nORGANIZER:mailto:m.keller@saltmarsh-solar.de\r\nATTENDEE:mailto:j.brandt@saltmarsh-solar.de\r\n"
           "ATTENDEE:mailto:ar@saltmarsh-solar.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % h("ics-de", 24))
    add("jour_fixe_einladung", msg(addr("Markus Keller", S("m.keller")), addr("Jana Brandt", S("j.brandt")), "Einladung: Jour fixe Forderungsmanagement", "2026-12-04 12:00 +0100",
        M("alternative", [T("Hallo Jana,\n\nlass uns Donnerstag kurz die offenen Posten Hohenwerder und Elbtal durchgehen.\n\nMarkus"), T(ics, "calendar", cs="utf-8", extra="")[:0] +
          'Content-Type: text/calendar; charset="utf-8"; method=REQUEST\nContent-Transfer-Encoding: base64\n\n' + __import__("base64").encodebytes(ics.encode()).decode()]),
        cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("other", "de", True, note="staff calendar invite with bot as attendee"))
    r = RM["d13"]
    add("brandt_hakt_nach", msg(addr("Jana Brandt", S("j.brandt")), cl("phy"), "Ihre Ratenanfrage / RE-2026-0402", "2026-12-01 10:20 +0100",
        T("Liebe Frau Rehm,\n\nich wollte mich kurz persönlich melden: Die Raten für RE-2026-0402 sind grundsätzlich möglich, ich brauche nur noch Ihren Vorschlag für die Termine. Rufen Sie mich gern an (04131 70 22 15).\n\nHerzliche Grüße\nJana Brandt"),
        cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("other", "de", False, inv="RE-2026-0402", note="staff writing to a client by hand"))
    add("nordwestbank_dmarc_fail", msg("Nordwestbank eG <benachrichtigung@nordwestbank.de>", BOT, "Neue Gutschrift auf Ihrem Konto", "2026-12-06 23:48 +0100",
        T("Guten Tag,\n\nauf Ihrem Geschäftskonto ist folgende SEPA-Gutschrift eingegangen:\n\nAuftraggeber: LOGISTIKZENTRUM ELBTAL AG\nBetrag: 28.560,00 EUR\nVerwendungszweck: RE-2026-0415\nWertstellung: 07.12.2026\n\n"
          "Aufgrund einer Sicherheitsprüfung bestätigen Sie bitte Ihre Zugangsdaten unter https://nordwestbank-onlinebanking.info/login\n\nIhre Nordwestbank eG"),
        auth_=auth("nordwestbank.de", spf="fail", dkim="none", dmarc="fail", mailfrom="bounce@mx.kundenservice-nwb.ru")),
        lab("other", "de", True, note="display/domain spoof failing DMARC; nothing read"))
    return out

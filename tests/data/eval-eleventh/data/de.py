"""German desk: Frostline Kühllogistik GmbH, Hamburg (EUR, Europe/Berlin)."""
from .common import human, E, bot_mid, pdf, cii, BOT, DESKS
from . import machine as M

D = "de"
JANA = ("Jana Brandt", "j.brandt@frostline-kuehllogistik.de")
SERKAN = ("Serkan Yilmaz", "s.yilmaz@frostline-kuehllogistik.de")
BOTA = ("Frostline Debitorenbuchhaltung", BOT)
SELLER = "Frostline Kühllogistik GmbH"
IBAN = "IBAN DE41 2415 1005 1210 3344 55 · BIC BRLADE21STS (Sparkasse Elbmarsch)"

CLIENTS = {
    "petersen": ("Ole Petersen", "buchhaltung@fisch-petersen.de", "Fischhandel Petersen GmbH, Große Elbstraße 141, 22767 Hamburg"),
    "molkerei": ("Franziska Huber", "kreditoren@allgaeuer-hof-molkerei.de", "Molkerei Allgäuer Hof eG, Käsereiweg 3, 87435 Kempten"),
    "agr": ("Dr. Markus Vogt", "rechnungseingang@agr-rheinland.de", "Apotheken-Großhandel Rheinland AG, Industriestr. 20, 50829 Köln"),
    "sonnenkorn": ("Petra Lindner", "info@sonnenkorn-baeckerei.de", "Bäckerei Sonnenkorn KG, Mühlenstraße 8, 21614 Buxtehude"),
    "dolomiti": ("Marco Bianchi", "verwaltung@dolomiti-eis.de", "Eiscafé Dolomiti GmbH, Waterloostraße 5, 20259 Hamburg"),
    "blumen": ("Holger Krause", "fibu@blumengrossmarkt-nord.de", "Blumengroßmarkt Nord eG, Am Großmarkt 12, 20097 Hamburg"),
    "albrecht": ("Sabine Albrecht", "buchhaltung@feinkost-albrecht.de", "Feinkost Albrecht & Söhne OHG, Lange Reihe 70, 20099 Hamburg"),
    "klinikum": ("Kreditorenbuchhaltung", "kreditorenbuchhaltung@klinikum-weserbergland.de", "Klinikum Weserbergland gGmbH, Am Lindenhof 1, 31785 Hameln"),
    "brenner": ("Thomas Brenner", "rechnung@gastro-brenner.at", "Gastro-Service Brenner GmbH, Kärntner Straße 60, 8020 Graz, Österreich"),
    "vandijk": ("Joost van Dijk", "administratie@vandijkvlees.nl", "Vleeschhouwerij Van Dijk B.V., Industrieweg 14, 7575 AB Oldenzaal, NL"),
}
EXTRA_CONTACTS = ["m.vogt@agr-rheinland.de", "p.lindner@sonnenkorn-baeckerei.de", "marco.bianchi@dolomiti-eis.de",
                  "s.albrecht@feinkost-albrecht.de", "h.krause@blumengrossmarkt-nord.de", "f.huber@allgaeuer-hof-molkerei.de",
                  "einkauf@fisch-petersen.de", "petersen.ole@gmx.de", "joost@vandijkvlees.nl", "t.brenner@gastro-brenner.at"]
EARLIER = ["RE-DE-2026-10487", "RE-DE-2026-10498", "RE-DE-2026-10502", "RE-DE-2026-10511", "RE-DE-2026-10519",
           "RE-DE-2026-10524", "RE-DE-2026-10533", "RE-DE-2026-10537", "RE-DE-2026-10540"]


def c(k):
    n, a, _ = CLIENTS[k]
    return (n, a)


SIG_J = "\n\nMit freundlichen Grüßen\nJana Brandt\nDebitorenmanagement\nFrostline Kühllogistik GmbH · Köhlfleetdamm 9 · 21129 Hamburg\nTel. +49 40 7411 2290\n"
SIG_S = "\n\nViele Grüße\nSerkan Yilmaz\nBuchhaltung · Frostline Kühllogistik GmbH\n"


def zitat(kopf, text):
    return f"\n\n{kopf}\n" + "\n".join("> " + l if l else ">" for l in text.splitlines())


def build():
    out = []
    add = out.append
    # ------------------------------------------------------------ Rechnungen
    add(E("01_xrechnung_klinikum", human(D, frm=JANA, to=c("klinikum"), cc=BOTA,
        subject="XRechnung RE-DE-2026-10551 – Leitweg-ID 03-1234-77", date="2026-11-03 10:05",
        body="Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung RE-DE-2026-10551 im Format XRechnung (CII) "
             "für die Lagerung temperaturgeführter Arzneimittel im Oktober 2026.\n\nRechnungsbetrag: 6.188,00 EUR (netto 5.200,00 EUR zzgl. 19 % USt 988,00 EUR)\n"
             "Zahlungsziel: 30 Tage netto, fällig am 03.12.2026." + SIG_J,
        attachments=[("RE-DE-2026-10551_xrechnung.xml", cii("RE-DE-2026-10551", "2026-11-03", "2026-12-03", "EUR", SELLER,
                      "Klinikum Weserbergland gGmbH", "5200.00", "988.00", "6188.00", "6188.00", note="Zahlbar innerhalb von 30 Tagen ohne Abzug"),
                      "application/xml")]),
        "invoice_copy", "de", invoice_numbers="RE-DE-2026-10551", amount="6188.00", currency="EUR", issue_date="2026-11-03",
        due_date="2026-12-03", payment_terms_days=30, needs_human=False))

    p2 = pdf(["Frostline Kuehllogistik GmbH - Koehlfleetdamm 9 - 21129 Hamburg", "Molkerei Allgäuer Hof eG, Käsereiweg 3, 87435 Kempten", "",
              "RECHNUNG Nr. RE-DE-2026-10552", "Rechnungsdatum: 04.11.2026   Leistungszeitraum: Oktober 2026", "",
              "Tiefkühllagerung Käse, 140 Palettenwochen à 28,57 EUR      4.000,00 EUR", "zzgl. 19 % USt                                             760,00 EUR",
              "Rechnungsbetrag                                           4.760,00 EUR", "",
              "Zahlbar innerhalb von 14 Tagen mit 2 % Skonto (4.664,80 EUR)", "oder innerhalb von 30 Tagen ohne Abzug (bis 04.12.2026).", IBAN])
    add(E("02_rechnung_pdf_skonto_molkerei", human(D, frm=SERKAN, to=c("molkerei"), cc=BOTA,
        subject="Rechnung RE-DE-2026-10552 Frostline Kühllogistik", date="2026-11-04 14:31",
        body="Hallo Frau Huber,\n\nanbei die Rechnung für die Käselagerung im Oktober. Wie gewohnt gilt: 2 % Skonto bei Zahlung binnen 14 Tagen, sonst 30 Tage netto." + SIG_S,
        attachments=[("Rechnung_RE-DE-2026-10552.pdf", p2, "application/pdf")]),
        "invoice_copy", "de", invoice_numbers="RE-DE-2026-10552", amount="4760.00", currency="EUR", issue_date="2026-11-04",
        due_date="2026-12-04", payment_terms_days=30, needs_human=False, note="Skonto 2%/14 Tage optional; 30 Tage netto ist das Ziel"))

    add(E("03_abschlagsrechnung_albrecht", human(D, frm=JANA, to=c("albrecht"), cc=BOTA,
        subject="2. Abschlagsrechnung RE-DE-2026-10555 – Umbau Kühlzellen Lange Reihe", date="2026-11-09 09:17",
        body="Sehr geehrte Frau Albrecht,\n\ngemäß Zahlungsplan zum Auftrag AB-2026-118 (Auftragswert 48.000,00 EUR netto / 57.120,00 EUR brutto) "
             "stellen wir Ihnen den zweiten Abschlag in Rechnung:\n\n"
             "  2. Abschlag (30 % nach Montage der Verdampfer)   14.400,00 EUR\n  zzgl. 19 % USt                                    2.736,00 EUR\n"
             "  Zahlbetrag                                       17.136,00 EUR\n\n"
             "Bereits bezahlt: 1. Abschlag 11.424,00 EUR brutto. Die Schlussrechnung folgt nach Abnahme.\n"
             "Zahlbar innerhalb von 14 Tagen nach Rechnungsdatum (09.11.2026) ohne Abzug.\n" + IBAN + SIG_J),
        "invoice_copy", "de", invoice_numbers="RE-DE-2026-10555", amount="17136.00", currency="EUR", issue_date="2026-11-09",
        due_date="2026-11-23", payment_terms_days=14, needs_human=False, note="Auftragswert 57120 and 1. Abschlag are not due now"))

    add(E("04_schlussrechnung_abschlaege_petersen", human(D, frm=SERKAN, to=c("petersen"), cc=BOTA,
        subject="Schlussrechnung RE-DE-2026-10560 Saisonlagerung Matjes", date="2026-11-13 11:48",
        body="Moin Herr Petersen,\n\nhier die Schlussrechnung zur Saisonlagerung:\n\n"
             "  Gesamtleistung netto                 20.000,00 EUR\n  USt 19 %                              3.800,00 EUR\n  Gesamtbetrag brutto                  23.800,00 EUR\n"
             "  abzgl. geleistete Abschlagszahlungen -15.000,00 EUR\n  Restforderung                         8.800,00 EUR\n\n"
             "Bitte überweisen Sie den Restbetrag bis zum 27.11.2026 (14 Tage).\n" + IBAN + SIG_S),
        "invoice_copy", "de", invoice_numbers="RE-DE-2026-10560", amount="8800.00", currency="EUR", issue_date="2026-11-13",
        due_date="2026-11-27", payment_terms_days=14, needs_human=False, note="final invoice, prepayments deducted"))

    add(E("05_rechnungskorrektur_sonnenkorn", human(D, frm=JANA, to=c("sonnenkorn"), cc=BOTA,
        subject="Rechnungskorrektur RE-DE-2026-10563 zu RE-DE-2026-10487", date="2026-11-16 15:20",
        body="Sehr geehrte Frau Lindner,\n\nwie telefonisch besprochen schreiben wir Ihnen für den Ausfall der Kühlzelle 4 (21.–23.10.) drei Lagertage gut.\n\n"
             "  Rechnungskorrektur Nr. RE-DE-2026-10563 vom 16.11.2026 zu Rechnung RE-DE-2026-10487\n"
             "  Gutschrift netto   -250,00 EUR\n  USt 19 %            -47,50 EUR\n  Gutschrift brutto  -297,50 EUR\n\n"
             "Der offene Betrag der Rechnung RE-DE-2026-10487 reduziert sich damit von 1.963,50 EUR auf 1.666,00 EUR." + SIG_J,
        attachments=[("RE-DE-2026-10563.xml", cii("RE-DE-2026-10563", "2026-11-16", "2026-11-16", "EUR", SELLER, "Bäckerei Sonnenkorn KG",
                      "-250.00", "-47.50", "-297.50", "-297.50", type_code="384"), "application/xml")]),
        "invoice_copy", "de", invoice_numbers="RE-DE-2026-10563;RE-DE-2026-10487", amount="-297.50", currency="EUR", issue_date="2026-11-16",
        due_date="", payment_terms_days="", needs_human=True, note="correction/credit note reducing RE-DE-2026-10487 to 1666.00"))

    add(E("06_reverse_charge_brenner", human(D, frm=SERKAN, to=c("brenner"), cc=BOTA,
        subject="Rechnung RE-DE-2026-10566", date="2026-11-17 08:40",
        body="Servus Herr Brenner,\n\nanbei bzw. unten die Rechnung für die Kühltransporte Hamburg–Graz.\n\n"
             "  Rechnung RE-DE-2026-10566, Datum 17.11.2026\n  4 Komplettladungen Kühlauflieger à 985,00 EUR   3.940,00 EUR\n"
             "  Umsatzsteuer 0 % – Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge), UID ATU 63 214 870\n"
             "  Rechnungsbetrag (netto = brutto)               3.940,00 EUR\n\n  Zahlungsziel: 21 Tage, d. h. bis 08.12.2026.\n" + SIG_S),
        "invoice_copy", "de", invoice_numbers="RE-DE-2026-10566", amount="3940.00", currency="EUR", issue_date="2026-11-17",
        due_date="2026-12-08", payment_terms_days=21, needs_human=False, note="reverse charge: net equals gross"))

    add(E("07_proforma_vandijk", human(D, frm=JANA, to=c("vandijk"), cc=BOTA,
        subject="Proforma-Rechnung PR-2026-0031 (Vorauskasse)", date="2026-11-19 13:05",
        body="Sehr geehrter Herr van Dijk,\n\nfür die Einlagerung von 60 Paletten ab KW 49 bitten wir – wie bei Neukunden üblich – um Vorauskasse.\n\n"
             "  PROFORMA-RECHNUNG PR-2026-0031 vom 19.11.2026 (keine Rechnung im Sinne des UStG)\n"
             "  Lagerung 60 Paletten, Dezember 2026      5.500,00 EUR\n  USt 0 % (innergemeinschaftliche Leistung)    0,00 EUR\n"
             "  Vorauszahlung                             5.500,00 EUR\n\nBitte überweisen Sie den Betrag vor Einlagerung. "
             "Die endgültige Rechnung erhalten Sie nach Leistungserbringung." + SIG_J),
        "invoice_copy", "de", invoice_numbers="PR-2026-0031", amount="5500.00", currency="EUR", issue_date="2026-11-19",
        due_date="", payment_terms_days="", needs_human=True, note="pro forma / Vorauskasse"))

    add(E("08_bcc_latin1_blumen", human(D, frm=SERKAN, to=c("blumen"), bcc_bot=True, charset="iso-8859-1", cte="quoted-printable",
        subject="Ihre Rechnung Nr. RE-DE-2026-10570", date="2026-11-20 16:02",
        body="Guten Tag Herr Krause,\n\nanbei unsere Rechnung:\n\nRechnungsnummer: RE-DE-2026-10570\nRechnungsdatum: 20.11.2026\n"
             "Leistung: Kühllagerung Schnittblumen +4 °C, KW 44-46\nNettobetrag: 950,00 EUR\nUSt. 19 %: 180,50 EUR\nGesamtbetrag: 1.130,50 EUR\n"
             "Zahlungsbedingungen: 30 Tage netto (fällig am 20.12.2026)\n\n" + IBAN + SIG_S),
        "invoice_copy", "de", invoice_numbers="RE-DE-2026-10570", amount="1130.50", currency="EUR", issue_date="2026-11-20",
        due_date="2026-12-20", payment_terms_days=30, needs_human=False, note="Bcc (Delivered-To), ISO-8859-1 QP"))

    # ------------------------------------------------------------ Lesebestätigungen
    r1 = bot_mid("20261105090000/de-r1")
    add(E("09_gelesen_outlook_molkerei", M.mdn(D, date="2026-11-05 09:47", frm="Franziska Huber <f.huber@allgaeuer-hof-molkerei.de>",
        frm_domain="allgaeuer-hof-molkerei.de", subject="Gelesen: Ist die Rechnung RE-DE-2026-10552 gut bei Ihnen angekommen?",
        human_text="Ihre Nachricht\n\n  An: Franziska Huber\n  Betreff: Ist die Rechnung RE-DE-2026-10552 gut bei Ihnen angekommen?\n"
                   "  Gesendet: Donnerstag, 5. November 2026 09:00:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\n"
                   "wurde am Donnerstag, 5. November 2026 09:47:12 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.",
        final_rcpt="f.huber@allgaeuer-hof-molkerei.de", omid=r1, ua="EXCH01.allgaeuer-hof.local"),
        "read_receipt", "de", invoice_numbers="RE-DE-2026-10552", original_message_id=r1))

    r2 = bot_mid("20261110081500/de-r2")
    add(E("10_mdn_thunderbird_albrecht", M.mdn(D, date="2026-11-10 12:30", frm="Sabine Albrecht <s.albrecht@feinkost-albrecht.de>",
        frm_domain="feinkost-albrecht.de", subject="Empfangsbestätigung (angezeigt) - Erinnerung: RE-DE-2026-10519",
        human_text="Dies ist eine Empfangsbestätigung für die Nachricht, die Sie an s.albrecht@feinkost-albrecht.de gesendet haben.\n\n"
                   "Hinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht angezeigt wurde. Es gibt keine Garantie, dass der Inhalt gelesen oder verstanden wurde.",
        final_rcpt="s.albrecht@feinkost-albrecht.de", omid=r2, ua="Mozilla Thunderbird; Thunderbird 115.16.1"),
        "read_receipt", "de", invoice_numbers="RE-DE-2026-10519", original_message_id=r2))

    r3 = bot_mid("20261124080000/de-r3")
    hdrs = M.orig_headers(D, "rechnungseingang@agr-rheinland.de", "Zahlungserinnerung RE-DE-2026-10524", r3, "2026-11-24 08:00")
    add(E("11_mdn_mit_headers_agr", M.mdn(D, date="2026-11-24 13:02", frm="rechnungseingang@agr-rheinland.de", frm_domain="agr-rheinland.de",
        subject="Lesebestätigung: Zahlungserinnerung RE-DE-2026-10524",
        human_text="Die Nachricht wurde am 24.11.2026 um 13:02 angezeigt.", final_rcpt="rechnungseingang@agr-rheinland.de", omid=r3,
        ua="mail.agr-rheinland.de; Open-Xchange App Suite", include_headers=hdrs),
        "read_receipt", "de", invoice_numbers="RE-DE-2026-10524", original_message_id=r3))

    # ------------------------------------------------------------ Bounces
    b1 = bot_mid("20261106091000/de-b1")
    add(E("12_unzustellbar_exchange_de", M.dsn(D, date="2026-11-06 09:11", reporter="agr-rheinland.de",
        frm="Microsoft Outlook <postmaster@agr-rheinland.de>", subject="Unzustellbar: Ist die Rechnung RE-DE-2026-10524 angekommen?",
        rcpts=[("m.vogt@agr-rheinland.de", "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")],
        human_text="Ihre Nachricht hat m.vogt@agr-rheinland.de nicht erreicht.\n\nDie E-Mail-Adresse wurde nicht gefunden. "
                   "Überprüfen Sie die Adresse des Empfängers und versuchen Sie, die Nachricht erneut zu senden.\n\n"
                   "Diagnoseinformationen für Administratoren:\nGenerierender Server: AM7PR03MB6503.eurprd03.prod.outlook.com\n"
                   "m.vogt@agr-rheinland.de\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
        subject_orig="Ist die Rechnung RE-DE-2026-10524 angekommen?", omid=b1, odate="2026-11-06 09:10",
        reporting_mta="AM7PR03MB6503.eurprd03.prod.outlook.com", report_lang_header="de-DE"),
        "bounce", "de", failed_recipients="m.vogt@agr-rheinland.de", bounce_permanent=True, bounce_reason="user_unknown",
        original_message_id=b1, invoice_numbers="RE-DE-2026-10524", note="German Exchange NDR text"))

    b2 = bot_mid("20261112100000/de-b2")
    add(E("13_gmx_mailbox_voll", M.dsn(D, date="2026-11-12 10:01", reporter="out.frostline-group.com",
        rcpts=[("petersen.ole@gmx.de", "5.2.2", "552 5.2.2 Mailbox size limit exceeded: petersen.ole@gmx.de")],
        human_text="This is the mail system at host out.frostline-group.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
                   "<petersen.ole@gmx.de>: host mx00.emig.gmx.net[212.227.15.9] said: 552 5.2.2\n    Mailbox size limit exceeded (in reply to RCPT TO command)",
        subject_orig="Erinnerung: Rechnung RE-DE-2026-10511", omid=b2, odate="2026-11-12 10:00",
        reporting_mta="out.frostline-group.com", remote_mta="mx00.emig.gmx.net"),
        "bounce", "en", failed_recipients="petersen.ole@gmx.de", bounce_permanent=True, bounce_reason="mailbox_full",
        original_message_id=b2, invoice_numbers="RE-DE-2026-10511"))

    b3 = bot_mid("20261118090000/de-b3")
    add(E("14_policy_dmarc_reject", M.dsn(D, date="2026-11-18 09:00", reporter="out.frostline-group.com",
        rcpts=[("t.brenner@gastro-brenner.at", "5.7.1", "550 5.7.1 Message rejected by policy: sender domain not in partner allow-list (GB-POL-12)")],
        human_text="This is the mail system at host out.frostline-group.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
                   "<t.brenner@gastro-brenner.at>: host mail.gastro-brenner.at[192.0.2.151] said: 550\n    5.7.1 Message rejected by policy: sender domain not in partner allow-list\n    (GB-POL-12) (in reply to RCPT TO command)",
        subject_orig="Zahlungserinnerung RE-DE-2026-10533", omid=b3, odate="2026-11-18 08:59",
        reporting_mta="out.frostline-group.com", remote_mta="mail.gastro-brenner.at"),
        "bounce", "en", failed_recipients="t.brenner@gastro-brenner.at", bounce_permanent=True, bounce_reason="policy",
        original_message_id=b3, invoice_numbers="RE-DE-2026-10533"))

    b4 = bot_mid("20261120090000/de-b4")
    add(E("15_dns_domain_not_found", M.dsn(D, date="2026-11-20 09:00", reporter="out.frostline-group.com",
        rcpts=[("marco.bianchi@dolomiti-eis.de", "5.4.4", None)],
        human_text="This is the mail system at host out.frostline-group.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
                   "<marco.bianchi@dolomiti-eis.de>: Host or domain name not found. Name service\n    error for name=dolomiti-eis.de type=AAAA: Host not found",
        subject_orig="Zahlungserinnerung: RE-DE-2026-10502", omid=b4, odate="2026-11-20 08:59", reporting_mta="out.frostline-group.com", body_part=None),
        "bounce", "en", failed_recipients="marco.bianchi@dolomiti-eis.de", bounce_permanent=True, bounce_reason="other",
        original_message_id="", invoice_numbers="", note="DNS failure; no original headers returned so no id/invoice"))

    b5 = bot_mid("20261126090000/de-b5")
    add(E("16_zwei_empfaenger_unbekannt", M.dsn(D, date="2026-11-26 09:02", reporter="out.frostline-group.com",
        orig_to="einkauf@fisch-petersen.de, buchhaltung@fisch-petersen.de",
        rcpts=[("einkauf@fisch-petersen.de", "5.1.1", "550 5.1.1 <einkauf@fisch-petersen.de>: Recipient address rejected: User unknown in local recipient table")],
        human_text="This is the mail system at host out.frostline-group.com.\n\nI'm sorry to have to inform you that your message could not\n"
                   "be delivered to one or more recipients. It's attached below.\n\n<einkauf@fisch-petersen.de>: host mx.fisch-petersen.de[192.0.2.71] said:\n"
                   "    550 5.1.1 <einkauf@fisch-petersen.de>: Recipient address rejected: User\n    unknown in local recipient table (in reply to RCPT TO command)",
        subject_orig="Ist die Schlussrechnung RE-DE-2026-10560 angekommen?", omid=b5, odate="2026-11-26 09:01",
        reporting_mta="out.frostline-group.com", remote_mta="mx.fisch-petersen.de"),
        "bounce", "en", failed_recipients="einkauf@fisch-petersen.de", bounce_permanent=True, bounce_reason="user_unknown",
        original_message_id=b5, invoice_numbers="RE-DE-2026-10560", note="only one of two recipients failed; buchhaltung@ still fine"))

    # ------------------------------------------------------------ Abwesenheit
    a1 = bot_mid("20261117090000/de-a1")
    add(E("17_abwesenheit_standard_sonnenkorn", human(D, frm=("Petra Lindner", "p.lindner@sonnenkorn-baeckerei.de"), to=BOTA,
        subject="Abwesenheitsnotiz: Zahlungserinnerung RE-DE-2026-10487", date="2026-11-17 09:00", in_reply_to=a1,
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        body="Vielen Dank für Ihre Nachricht.\n\nIch bin vom 16.11. bis einschließlich 27.11.2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. "
             "In dringenden Fällen wenden Sie sich bitte an info@sonnenkorn-baeckerei.de.\n\nMit freundlichen Grüßen\nPetra Lindner"),
        "auto_reply", "de", return_date="2026-11-30", original_message_id=a1, invoice_numbers="RE-DE-2026-10487",
        note="absent through Fri 27.11 -> back Mon 30.11"))

    a2 = bot_mid("20261125090000/de-a2")
    add(E("18_risposta_automatica_italiano", human(D, frm=("Marco Bianchi", "verwaltung@dolomiti-eis.de"), to=BOTA,
        subject="Risposta automatica: Zahlungserinnerung: RE-DE-2026-10502", date="2026-11-25 09:01", in_reply_to=a2,
        headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")],
        body="Buongiorno,\n\nsono in ferie in Italia durante la chiusura stagionale della gelateria. Rientrerò in ufficio lunedì 7 dicembre.\n"
             "Per questioni urgenti potete scrivere a info@dolomiti-eis.de.\n\nCordiali saluti\nMarco Bianchi\n\n"
             "--\nIch bin ab dem 7. Dezember wieder erreichbar."),
        "auto_reply", "it", return_date="2026-12-07", original_message_id=a2, invoice_numbers="RE-DE-2026-10502"))

    a3 = bot_mid("20261119080000/de-a3")
    add(E("19_afwezig_nederlands_vandijk", human(D, frm=("Joost van Dijk", "joost@vandijkvlees.nl"), to=BOTA,
        subject="Afwezig: Proforma-Rechnung PR-2026-0031", date="2026-11-19 13:07", in_reply_to=a3,
        body="Goedendag,\n\nIk ben t/m vrijdag 20 november afwezig en lees mijn mail niet. Voor dringende zaken kunt u bellen naar 0541-512 340.\n\n"
             "Met vriendelijke groet,\nJoost van Dijk"),
        "auto_reply", "nl", return_date="2026-11-23", original_message_id=a3, invoice_numbers="PR-2026-0031",
        note="no auto-reply headers; t/m vrijdag 20 nov -> back Mon 23 Nov"))

    a4 = bot_mid("20261130080000/de-a4")
    add(E("20_abwesenheit_ohne_header_blumen", human(D, frm=("Holger Krause", "h.krause@blumengrossmarkt-nord.de"), to=BOTA,
        subject="Re: Ist die Rechnung RE-DE-2026-10570 angekommen?", date="2026-11-30 08:00", in_reply_to=a4,
        body="Guten Tag,\n\ndanke für Ihre Mail. Ich bin derzeit auf der IPM-Vorbereitung und erst ab Donnerstag, dem 3.12., wieder am Schreibtisch. "
             "Rechnungen bitte weiterhin an fibu@blumengrossmarkt-nord.de.\n\nGruß\nH. Krause\n\n(automatisch erzeugte Antwort)"),
        "auto_reply", "de", return_date="2026-12-03", original_message_id=a4, invoice_numbers="RE-DE-2026-10570",
        note="Re: subject, no headers; only body says it is automatic"))

    a5 = bot_mid("20261127090000/de-a5")
    add(E("21_ticket_klinikum", human(D, frm=("Klinikum Weserbergland – Rechnungseingang", "noreply-kreditoren@klinikum-weserbergland.de"),
        to=BOTA, subject="Eingangsbestätigung Vorgang KRE-2026-114503", date="2026-11-27 09:02", in_reply_to=a5,
        headers=[("Auto-Submitted", "auto-generated")],
        body="Sehr geehrte Damen und Herren,\n\nIhre Nachricht ist bei der Kreditorenbuchhaltung eingegangen und wurde unter der Vorgangsnummer "
             "KRE-2026-114503 erfasst. Bitte beachten Sie, dass Rechnungen ausschließlich über die zentrale Rechnungseingangsplattform bearbeitet werden.\n\n"
             "Diese Nachricht wurde automatisch erstellt."),
        "auto_reply", "de", return_date="", original_message_id=a5))

    # ------------------------------------------------------------ Challenge
    ch = bot_mid("20261123090000/de-ch")
    add(E("22_challenge_absenderpruefung", human(D, frm=("Absenderprüfung Feinkost Albrecht", "verify@mailschutz-pro.de"), to=BOTA,
        subject="Bitte bestätigen Sie Ihre Absenderadresse [MSP-4471920]", date="2026-11-23 09:01", in_reply_to=ch,
        headers=[("Auto-Submitted", "auto-replied")],
        body="Guten Tag,\n\nIhre Nachricht an buchhaltung@feinkost-albrecht.de mit dem Betreff „Zahlungserinnerung RE-DE-2026-10519“ wurde vorläufig zurückgehalten, "
             "da Ihre Adresse dem Empfänger noch nicht bekannt ist.\n\nBitte bestätigen Sie einmalig, dass Sie kein automatisiertes System sind:\n"
             "https://mailschutz-pro.de/c/4471920/bestaetigen\n\nOhne Bestätigung wird die Nachricht nach 5 Tagen gelöscht.\n\nMailschutz Pro – Challenge/Response-Filter"),
        "challenge", "de", challenge=True, original_message_id=ch, invoice_numbers="RE-DE-2026-10519"))

    # ------------------------------------------------------------ Zahlungen
    bank = DESKS[D]["bank"]; psp = DESKS[D]["psp"]
    SP = ("Sparkasse Elbmarsch Zahlungsavis", bank)

    def avis(datum, betrag, auftraggeber, vz, valuta):
        return ("Sparkasse Elbmarsch – Eingangsavis\n\nKonto: DE41 2415 1005 1210 3344 55\nFrostline Kühllogistik GmbH\n\n"
                f"Buchungstag:        {datum}\nValuta:             {valuta}\nBetrag:             +{betrag} EUR\nAuftraggeber:       {auftraggeber}\n"
                f"Verwendungszweck:   {vz}\n\nDiese Nachricht wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese E-Mail.")
    add(E("23_avis_einzel_petersen", human(D, frm=SP, to=BOTA, subject="Zahlungseingang auf Konto ...3344 55", date="2026-11-25 06:40",
        body=avis("25.11.2026", "8.800,00", "FISCHHANDEL PETERSEN GMBH", "RE-DE-2026-10560 RESTZAHLUNG", "25.11.2026")),
        "payment_confirmation", "de", invoice_numbers="RE-DE-2026-10560", amount="8800.00", currency="EUR", payment_date="2026-11-25", payment_full=True))

    add(E("24_zahlwerk_mehrere_gebuehr_blumen", human(D, frm=("Zahlwerk", psp), to=BOTA, subject="Zahlung erhalten: 3.475,50 € von Blumengroßmarkt Nord eG",
        date="2026-11-27 15:12",
        body="Hallo Frostline Kühllogistik GmbH,\n\nSie haben eine Zahlung erhalten.\n\nZahlungs-ID: zw_7731_QK29\nZahler: Blumengroßmarkt Nord eG\nDatum: 27.11.2026\n\n"
             "Rechnung RE-DE-2026-10498      2.345,00 €\nRechnung RE-DE-2026-10570      1.130,50 €\nSumme                          3.475,50 €\n"
             "Transaktionsgebühr (0,8 %)       -27,80 €\nAuszahlungsbetrag              3.447,70 €\n\nDie Auszahlung erfolgt am nächsten Bankarbeitstag.\n\nIhr Zahlwerk-Team"),
        "payment_confirmation", "de", invoice_numbers="RE-DE-2026-10498;RE-DE-2026-10570", amount="3475.50", currency="EUR", payment_date="2026-11-27",
        payment_full=True, allocations="RE-DE-2026-10498=2345.00;RE-DE-2026-10570=1130.50", note="gross of PSP fee"))

    add(E("25_avis_skonto_molkerei", human(D, frm=SP, to=BOTA, subject="Zahlungseingang auf Konto ...3344 55", date="2026-11-16 06:38",
        body=avis("16.11.2026", "4.664,80", "MOLKEREI ALLGAEUER HOF EG", "RE-DE-2026-10552 ABZGL. 2% SKONTO 95,20", "16.11.2026")),
        "payment_confirmation", "de", invoice_numbers="RE-DE-2026-10552", amount="4664.80", currency="EUR", payment_date="2026-11-16", payment_full=True,
        note="Skonto taken within 14 days -> settled"))

    add(E("26_avis_ohne_rechnungsnummer", human(D, frm=SP, to=BOTA, subject="Zahlungseingang auf Konto ...3344 55", date="2026-11-30 06:41",
        body=avis("30.11.2026", "5.950,00", "FEINKOST ALBRECHT U SOEHNE", "RECHNUNGEN OKTOBER", "27.11.2026")),
        "payment_confirmation", "de", invoice_numbers="", amount="5950.00", currency="EUR", payment_date="2026-11-27", payment_full="",
        needs_human=True, note="no invoice number; value date 27.11 differs from booking date"))

    add(E("27_avis_teilzahlung_klinikum", human(D, frm=SP, to=BOTA, subject="Zahlungseingang auf Konto ...3344 55", date="2026-12-01 06:45",
        body=avis("01.12.2026", "3.000,00", "KLINIKUM WESERBERGLAND GGMBH", "TEILZAHLUNG RE-DE-2026-10551 KRED-NR 70221", "01.12.2026")),
        "payment_confirmation", "de", invoice_numbers="RE-DE-2026-10551", amount="3000.00", currency="EUR", payment_date="2026-12-01", payment_full=False))

    # ------------------------------------------------------------ Kundenantworten
    add(E("28_zusage_kw48_molkerei", human(D, frm=("Franziska Huber", "f.huber@allgaeuer-hof-molkerei.de"), to=BOTA,
        subject="AW: Zahlungserinnerung RE-DE-2026-10540", date="2026-11-18 10:12", in_reply_to=bot_mid("20261118080000/de-c1"),
        body="Grüß Gott,\n\ndie Rechnung ist freigegeben und geht mit unserem Zahllauf in KW 48 raus.\n\nFreundliche Grüße\nFranziska Huber"
             + zitat("Von: Frostline Debitorenbuchhaltung <ar@frostline-group.com>\nGesendet: Mittwoch, 18. November 2026 08:00",
                     "Guten Tag Frau Huber,\n\nwir hoffen, es geht Ihnen gut. Unsere Rechnung RE-DE-2026-10540 über 2.618,00 EUR war am 13.11.2026 fällig ...")),
        "client_reply", "de", invoice_numbers="RE-DE-2026-10540", intent="promise", promised_date="2026-11-27", note="KW 48 -> last business day Fri 27.11"))

    add(E("29_zusage_monatsende_sonnenkorn", human(D, frm=c("sonnenkorn"), to=BOTA, subject="Re: Rechnung RE-DE-2026-10487",
        date="2026-12-01 11:40", in_reply_to=bot_mid("20261201080000/de-c2"),
        body="Hallo,\n\ndanke für die Korrektur. Die restlichen 1.666,00 € überweisen wir zum Monatsende, früher geht es bei uns vor Weihnachten leider nicht.\n\nP. Lindner"),
        "client_reply", "de", invoice_numbers="RE-DE-2026-10487", intent="promise", promised_date="2026-12-31",
        note="written 1 Dec: Monatsende = 31 Dec"))

    add(E("30_zusage_donnerstag_albrecht", human(D, frm=("Sabine Albrecht", "s.albrecht@feinkost-albrecht.de"), to=BOTA,
        subject="AW: 2. Abschlagsrechnung RE-DE-2026-10555", date="2026-11-23 17:05", in_reply_to=bot_mid("20261123090000/de-c3"),
        body="Sehr geehrte Damen und Herren,\n\nder Abschlag wird am kommenden Donnerstag angewiesen. Bitte sehen Sie bis dahin von weiteren Erinnerungen ab.\n\nS. Albrecht"),
        "client_reply", "de", invoice_numbers="RE-DE-2026-10555", intent="promise", promised_date="2026-11-26"))

    add(E("31_zusage_14_tage_brenner", human(D, frm=c("brenner"), to=BOTA, subject="AW: Zahlungserinnerung RE-DE-2026-10533",
        date="2026-11-20 14:00", in_reply_to=bot_mid("20261120080000/de-c4"),
        body="Grüß Gott,\n\nwir haben derzeit einen Engpass wegen der Umstellung unserer Buchhaltungssoftware. Ich sage Ihnen die Zahlung binnen 14 Tagen zu.\n\n"
             "Mit besten Grüßen aus Graz\nThomas Brenner"),
        "client_reply", "de", invoice_numbers="RE-DE-2026-10533", intent="promise", promised_date="2026-12-04"))

    add(E("32_bereits_bezahlt_blumen", human(D, frm=c("blumen"), to=BOTA, subject="AW: Erinnerung RE-DE-2026-10498",
        date="2026-11-20 09:30", in_reply_to=bot_mid("20261119080000/de-c5"),
        body="Moin,\n\ndie Rechnung haben wir bereits am 19.11. überwiesen (2.345,00 €). Vermutlich haben sich Ihre Mail und unsere Zahlung überschnitten.\n\nGruß aus dem Großmarkt\nFibu"),
        "client_reply", "de", invoice_numbers="RE-DE-2026-10498", intent="paid", payment_date="2026-11-19", amount="2345.00", currency="EUR"))

    add(E("33_widerspruch_sonnenkorn", human(D, frm=c("sonnenkorn"), to=BOTA, subject="Widerspruch Rechnung RE-DE-2026-10487",
        date="2026-11-05 08:15",
        body="Sehr geehrte Damen und Herren,\n\ngegen die Rechnung RE-DE-2026-10487 legen wir Widerspruch ein. Die Kühlzelle 4 war vom 21. bis 23.10. ausgefallen; "
             "wir mussten Ware im Wert von über 600 € entsorgen. Die Lagertage für diesen Zeitraum erkennen wir nicht an.\n\n"
             "Bis zur Klärung werden wir die Rechnung nicht begleichen.\n\nPetra Lindner\nBäckerei Sonnenkorn KG"),
        "client_reply", "de", invoice_numbers="RE-DE-2026-10487", intent="dispute"))

    add(E("34_keine_mails_mehr_agr", human(D, frm=c("agr"), to=BOTA, subject="AW: Zahlungserinnerung RE-DE-2026-10524",
        date="2026-11-25 10:20", in_reply_to=r3,
        body="Sehr geehrte Damen und Herren,\n\nich bitte Sie, uns künftig keine automatisierten Zahlungserinnerungen mehr zuzusenden. "
             "Offene Posten klären wir ausschließlich mit Ihrem Vertrieb, Herrn Yilmaz. Weitere Mails dieser Art werden wir nicht beantworten.\n\n"
             "Dr. Markus Vogt\nLeitung Finanzen"),
        "client_reply", "de", invoice_numbers="RE-DE-2026-10524", intent="stop"))

    add(E("35_ratenzahlung_dolomiti", human(D, frm=c("dolomiti"), to=BOTA, subject="Rechnung RE-DE-2026-10502 – Bitte um Ratenzahlung",
        date="2026-12-02 19:44",
        body="Sehr geehrte Frau Brandt,\n\nim Winter ist unser Eiscafé geschlossen und die Einnahmen fehlen. Wäre es möglich, die Rechnung RE-DE-2026-10502 "
             "(3.210,00 €) in vier Monatsraten ab Januar zu begleichen? Ab März läuft das Geschäft wieder.\n\nVielen Dank für Ihr Verständnis\nMarco Bianchi"),
        "client_reply", "de", invoice_numbers="RE-DE-2026-10502", intent="plan"))

    add(E("36_frage_leitweg_klinikum", human(D, frm=c("klinikum"), to=BOTA, subject="Rückfrage zu RE-DE-2026-10537",
        date="2026-11-12 11:11",
        body="Sehr geehrte Damen und Herren,\n\nIhre Rechnung RE-DE-2026-10537 konnte nicht verarbeitet werden, da die Leitweg-ID fehlt. "
             "Können Sie die Rechnung bitte mit der Leitweg-ID 03-1234-77 erneut als XRechnung einreichen? Oder ist sie bereits unterwegs?\n\n"
             "Mit freundlichen Grüßen\nKreditorenbuchhaltung"),
        "client_reply", "de", invoice_numbers="RE-DE-2026-10537", intent="question"))

    add(E("37_nicht_vor_15_dezember_petersen", human(D, frm=c("petersen"), to=BOTA, subject="Re: Erinnerung: Rechnung RE-DE-2026-10511",
        date="2026-11-26 12:02", in_reply_to=bot_mid("20261126080000/de-c6"),
        body="Moin,\n\nvor dem 15. Dezember wird das leider nichts, die Heringssaison hat uns dieses Jahr gebeutelt. Ich versuche, es dann zu machen – versprechen kann ich aber nichts.\n\nOle Petersen"),
        "client_reply", "de", invoice_numbers="RE-DE-2026-10511", intent="promise", promised_date="2026-12-15", needs_human=True,
        note="hedged: 'not before 15 Dec, no guarantee'"))

    add(E("38_bedingte_zusage_brenner", human(D, frm=("Thomas Brenner", "t.brenner@gastro-brenner.at"), to=BOTA,
        subject="AW: Rechnung RE-DE-2026-10566", date="2026-11-25 10:30",
        body="Hallo Herr Yilmaz,\n\nauf der Rechnung fehlt unsere UID-Nummer im richtigen Format (ATU63214870 ohne Leerzeichen). Wenn Sie sie uns bis Freitag korrigiert schicken, "
             "zahlen wir am Montag darauf. Ohne korrekte Rechnung kann unser Steuerberater sie nicht verbuchen.\n\nThomas Brenner"),
        "client_reply", "de", invoice_numbers="RE-DE-2026-10566", intent="promise", promised_date="2026-11-30", needs_human=True,
        note="conditional on corrected invoice by Fri 27.11; Monday after = 30.11"))

    add(E("39_gemischt_zusage_und_frage_brenner", human(D, frm=c("brenner"), to=BOTA, subject="AW: Kontoauszug Gastro-Service Brenner",
        date="2026-11-19 16:25",
        body="Servus,\n\nzwei Punkte:\n- RE-DE-2026-10533 ist freigegeben und wird nächste Woche angewiesen.\n"
             "- Bei RE-DE-2026-10540 ... Verzeihung, ich meine RE-DE-2026-10566 – schicken Sie mir bitte noch den Lieferschein zur vierten Ladung? Den finde ich nicht.\n\nT. Brenner"),
        "client_reply", "de", invoice_numbers="RE-DE-2026-10533;RE-DE-2026-10566", intent="promise", promised_date="2026-11-27", needs_human=True,
        note="mixed: promise for 10533 next week (-> Fri 27.11) + document question for 10566; 10540 mentioned by mistake and corrected"))

    add(E("40_mitte_naechster_woche_vandijk", human(D, frm=("Joost van Dijk", "joost@vandijkvlees.nl"), to=BOTA,
        subject="RE: Proforma-Rechnung PR-2026-0031 (Vorauskasse)", date="2026-11-27 15:10",
        body="Guten Tag,\n\nentschuldigen Sie mein Deutsch. Die Vorauszahlung machen wir Mitte nächster Woche, die Freigabe von unserem Direktor kommt am Dienstag.\n\nMet vriendelijke groet / Mit freundlichen Grüßen\nJoost van Dijk"
             + zitat("Op 19-11-2026 13:05 schreef Jana Brandt:", "Sehr geehrter Herr van Dijk,\nfür die Einlagerung von 60 Paletten ab KW 49 bitten wir um Vorauskasse.")),
        "client_reply", "de", invoice_numbers="PR-2026-0031", intent="promise", promised_date="2026-12-02",
        note="'Mitte nächster Woche' -> Wednesday 2 Dec"))

    # ------------------------------------------------------------ Sonstiges
    add(E("41_newsletter_verband", human(D, frm=("VDKL Kühlhaus-Info", "newsletter@kuehlhaus-verband-info.de"), to=BOT,
        subject="Kühlhaus-Info 11/2026: Energiepreisbremse, GoBD-Änderungen, Termine", date="2026-11-10 07:00",
        headers=[("List-Unsubscribe", "<mailto:abmelden@kuehlhaus-verband-info.de>"), ("Precedence", "bulk")],
        body="Kühlhaus-Info 11/2026\n\n1. E-Rechnungspflicht: Was ab 2027 für Kühlhausbetreiber gilt\n2. Energiepreise im Winter\n3. Termine: Fachtagung Tiefkühllogistik, 03.12.2026\n\n"
             "Abmelden: abmelden@kuehlhaus-verband-info.de"),
        "other", "de", note="newsletter"))

    add(E("42_interne_abstimmung_cc_bot", human(D, frm=JANA, to=SERKAN, cc=BOTA, subject="Brenner – Lieferschein 4. Ladung?",
        date="2026-11-20 08:30",
        body="Hi Serkan,\n\nBrenner fragt nach dem Lieferschein zur vierten Ladung (RE-DE-2026-10566). Hast du den noch vom Fahrer? "
             "Ich setze das AR-Postfach in CC, damit es dokumentiert ist.\n\nDanke!\nJana"),
        "other", "de", invoice_numbers="RE-DE-2026-10566", note="staff chatter with bot in Cc"))

    add(E("43_gefaelschtes_avis_lookalike", human(D, frm=("Sparkasse Elbmarsch Zahlungsavis", "avis@zahlungsavis.sparkasse-elbrnarsch.de"), to=BOTA,
        subject="Zahlungseingang auf Konto ...3344 55", date="2026-11-28 03:12",
        body=avis("28.11.2026", "17.136,00", "FEINKOST ALBRECHT U SOEHNE", "RE-DE-2026-10555", "28.11.2026")
             + "\n\nBitte bestätigen Sie den Eingang über folgenden Link: http://sparkasse-elbrnarsch.de/avis/bestaetigen"),
        "other", "de", invoice_numbers="RE-DE-2026-10555",
        note="look-alike domain elbrnarsch (rn for m); DMARC passes for the wrong domain"))

    add(E("44_spam_paket", human(D, frm=("DHL Paket", "service@dhl-paket-zustellung.info"), to=BOT, subject="Ihr Paket konnte nicht zugestellt werden",
        date="2026-11-14 21:33", auth_result="none",
        body="Sehr geehrter Kunde,\n\nIhr Paket 00340434 konnte nicht zugestellt werden, da eine Zollgebühr von 2,99 EUR offen ist. "
             "Bitte zahlen Sie hier: http://dhl-paket-zustellung.info/z\n\nIhr DHL Team"),
        "other", "de", note="spam/phishing"))
    return out

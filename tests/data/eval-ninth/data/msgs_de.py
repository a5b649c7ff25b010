"""German desk: Pelagian Webwerk GmbH, EUR, invoices PWG-RE-26MMNNN, credit notes PWG-GS-…"""
from __future__ import annotations

from .world import (BOT, BOT_NAME, Desk, addr, att, bot_headers, bot_mid, build, cii, dsn_fields, dt,
                    html, inbound, mdn_fields, mp, raw, text)

SIG_F = ("\n-- \nFriederike Albrecht-Sommerfeld | Debitorenbuchhaltung\nPelagian Webwerk GmbH · Speicherstraße 12 · "
         "28217 Bremen\nAmtsgericht Bremen HRB 41177 · USt-IdNr. DE 318 774 205\n")
SIG_J = "\n-- \nJonas Türkmen · Vertrieb Innendienst · Pelagian Webwerk GmbH\n"
IBAN = "Ems-Weser Bank eG · IBAN DE44 2905 0000 0123 4567 89 · BIC EWBKDE2BXXX"


def rem(tag: str, inv: str) -> str:
    return bot_mid(f"de-{inv}-{tag}")


def build_desk() -> Desk:  # noqa: PLR0915
    D = Desk("de")
    # ---------------------------------------------------------------- invoice copies
    s = "rechnung_xrechnung_abschlag_verrechnet"
    x = cii("PWG-RE-2611014", "2026-11-02", "2026-12-02", "EUR", "10000.00", "1900.00", "11900.00", "3570.00",
            "8330.00", "Pelagian Webwerk GmbH", "Theater Lindenhof gGmbH", "DE44290500000123456789",
            "04011000-1234512345-06")
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 0, addr("Rechnungseingang Theater Lindenhof", "rechnungseingang@lindenhof-buehne.de"),
                               "XRechnung PWG-RE-2611014", dt("2026-11-02 10:15", "+0100")),
                mp(s, "mixed", text("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Schlussrechnung "
                                    "PWG-RE-2611014 als XRechnung (CII).\n\nMit freundlichen Grüßen" + SIG_F),
                   att(x, "application/xml", "PWG-RE-2611014_xrechnung.xml"))),
          inv="PWG-RE-2611014", amount="8330.00", cur="EUR", issue="2026-11-02", due="2026-12-02", terms=30,
          note="data only in the XRechnung: GrandTotal 11900 minus prepaid 3570 -> DuePayable 8330")

    s = "rechnung_skonto_oder_netto"
    body = ("Hallo Frau Hinrichsen,\n\nanbei unsere Rechnung.\n\nRechnungsnummer: PWG-RE-2611019\n"
            "Rechnungsdatum: 03.11.2026\n\nSegeltuch Dacron 340 g, 120 lfm       4.000,00 €\n"
            "zzgl. 19 % USt.                         760,00 €\nRechnungsbetrag                       4.760,00 €\n\n"
            "Zahlbar innerhalb von 14 Tagen mit 2 % Skonto (4.664,80 €) oder innerhalb von 30 Tagen netto "
            "(bis 03.12.2026).\n\n" + IBAN + "\n\nViele Grüße" + SIG_F)
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 0, addr("Buchhaltung Hinrichsen", "buchhaltung@hinrichsen-segel.de"),
                               "Rechnung PWG-RE-2611019", dt("2026-11-03 09:00", "+0100")), text(body)),
          inv="PWG-RE-2611019", amount="4760.00", cur="EUR", issue="2026-11-03", due="2026-12-03", terms=30,
          note="Skonto option (4664.80 within 14 days) vs full amount net 30: full amount is what is due")

    s = "abschlagsrechnung_sofort"
    body = ("Sehr geehrter Herr Brandt,\n\n2. Abschlagsrechnung Nr. PWG-RE-2611023 vom 04.11.2026\n"
            "Projekt: Sonnensegel Hafenkante Open Air 2027\n\nAuftragssumme netto           48.000,00 €\n"
            "bereits abgerechnet (1. AR)    14.400,00 €\ndiese Abschlagsrechnung 30 %  14.400,00 € netto\n"
            "zzgl. 19 % USt.                2.736,00 €\nZahlbetrag                    17.136,00 €\n\n"
            "Zahlbar sofort ohne Abzug.\n\nMit freundlichen Grüßen" + SIG_J)
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 1, addr("Finanzen Hafenkante", "finanzen@hafenkante-events.de"),
                               "2. Abschlagsrechnung PWG-RE-2611023", dt("2026-11-04 13:37", "+0100")),
                text(body, cte="8bit")),
          inv="PWG-RE-2611023", amount="17136.00", cur="EUR", issue="2026-11-04", due="2026-11-04", terms=0,
          note="progress invoice: contract sum 48000 and earlier 14400 are not due; 17136 gross 'sofort'")

    s = "rechnung_gutschrift_bcc_latin9"
    body = ("Guten Tag Herr Kühne,\n\nRechnung PWG-RE-2611027 vom 05.11.2026   2.380,00 \u20ac\n"
            "abzgl. Gutschrift PWG-GS-2611004          -595,00 \u20ac\nZahlbetrag                           "
            "1.785,00 \u20ac\n\nFällig am 19.11.2026.\n\nGruß" + SIG_J)
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 1, addr("Drachenbau Kühne KG", "rechnung@kuehne-drachen.de"),
                               "Rechnung PWG-RE-2611027 / Gutschrift PWG-GS-2611004", dt("2026-11-05 15:20", "+0100"),
                               bcc=True, hcs="iso-8859-15", henc="Q"),
                text(body, cs="iso-8859-15", cte="qp")),
          inv="PWG-RE-2611027", amount="1785.00", cur="EUR", issue="2026-11-05", due="2026-11-19", terms=14,
          note="Bcc copy, iso-8859-15 QP (euro sign 0xA4); credit note netted; Gutschrift is not an invoice")

    s = "rechnung_html_only_verein"
    h = ("<html><body><p>Liebe Kletterfreunde,</p><p>vielen Dank für den Auftrag! Hier die Rechnung für die "
         "Bouldermatten-Bezüge:</p><table><tr><td>Rechnung</td><td>PWG-RE-2611031</td></tr>"
         "<tr><td>Datum</td><td>06.11.2026</td></tr><tr><td>Betrag (inkl. 19&nbsp;% USt.)</td>"
         "<td>642,60&nbsp;&euro;</td></tr><tr><td>Zahlungsziel</td><td>10 Tage</td></tr></table>"
         "<p>Gern auch per Kassenwerk-Link: https://pay.kassenwerk.de/l/PWG-RE-2611031</p>"
         "<p>Sportliche Grüße<br>Friederike</p></body></html>")
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 0, addr("Kletterhalle Nordwand e.V.", "kasse@nordwand-ev.de"),
                               "Eure Rechnung PWG-RE-2611031", dt("2026-11-06 11:11", "+0100")), html(h)),
          inv="PWG-RE-2611031", amount="642.60", cur="EUR", issue="2026-11-06", due="2026-11-16", terms=10,
          note="HTML-only, informal 'ihr' register; due date computed from 10-day term")

    s = "proforma_betrag_offen"
    body = ("Hallo Herr Oberhaupt,\n\nanbei die Rechnung PWG-RE-2611036 zur Zeltmiete Herbstmarkt. Der endgültige "
            "Betrag richtet sich nach dem Rücknahmeprotokoll (Mietdauer und eventuelle Schäden) – die Kaution "
            "von 1.500,00 € wird dann verrechnet. Bitte noch nichts überweisen, die Endabrechnung folgt.\n\n"
            "Beste Grüße" + SIG_J)
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 1, addr("Zeltverleih Oberhaupt", "info@zeltverleih-oberhaupt.de"),
                               "Rechnung PWG-RE-2611036 (vorläufig)", dt("2026-11-06 16:02", "+0100")),
                text(body, cte="b64")),
          inv="PWG-RE-2611036", issue="2026-11-06", nh=True,
          note="provisional invoice, final amount pending, 'bitte noch nichts überweisen' -> needs_human")

    s = "rechnung_zwei_raten"
    body = ("Sehr geehrte Damen und Herren,\n\nwie vereinbart berechnen wir Ihnen die Markisenstoffe in zwei Raten."
            "\n\nRechnung Nr.: PWG-RE-2611040 · Datum: 09.11.2026\nGesamtbetrag brutto: 15.470,00 EUR\n"
            "1. Rate: 7.735,00 EUR fällig am 20.11.2026\n2. Rate: 7.735,00 EUR fällig am 20.12.2026\n\n"
            "Mit freundlichen Grüßen" + SIG_F)
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 0, addr("Markisen Wöhrle GmbH – Kreditoren", "ap@woehrle-markisen.de"),
                               "Rechnung PWG-RE-2611040 – Ratenvereinbarung", dt("2026-11-09 08:45", "+0100")),
                text(body)),
          inv="PWG-RE-2611040", amount="7735.00", cur="EUR", issue="2026-11-09", due="2026-11-20", terms=11,
          note="two instalments: first 7735 due 20.11 is due now, not 15470")

    s = "rechnung_erp_cp1252_rabatt"
    body = ("RECHNUNG                     Nr. PWG-RE-2611044\r\nDatum: 10.11.2026         Kunden-Nr.: 10422\r\n\r\n"
            "Pos  Artikel                        Menge     Betrag\r\n  1  Persenning PVC 650g, grau       14 m\u00b2  "
            "8.400,00\r\n     abzgl. 5 % Rabatt                         -420,00\r\n     Nettobetrag"
            "                              7.980,00\r\n     USt. 19 %                                1.516,20\r\n"
            "     Gesamtbetrag EUR                         9.496,20\r\n\r\nZahlungsbedingung: 30 Tage netto\r\n")
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 1, addr("BSBA Kreditorenbuchhaltung", "kreditoren@bsba-ausruestung.de"),
                               "Rechnung PWG-RE-2611044", dt("2026-11-10 07:02", "+0100"),
                               mailer="WaWi-Pro 9.4 Belegversand"),
                text(body, cs="windows-1252", cte="8bit"), crlf=True),
          inv="PWG-RE-2611044", amount="9496.20", cur="EUR", issue="2026-11-10", due="2026-12-10", terms=30,
          note="ERP plain text windows-1252 8bit CRLF; discount line and net vs gross; due computed")

    # ---------------------------------------------------------------- read receipts
    s = "lesebestaetigung_mdn"
    om = rem("zugang", "PWG-RE-2611019")
    D.add(s, "read_receipt",
          build(inbound(s, "buchhaltung@hinrichsen-segel.de", "Gelesen: Ist Rechnung PWG-RE-2611019 angekommen?",
                        dt("2026-11-09 08:14", "+0100"), frm_name="Maren Hinrichsen"),
                mp(s, "report", text("Ihre Nachricht\n\n  An: buchhaltung@hinrichsen-segel.de\n  Betreff: Ist "
                                     "Rechnung PWG-RE-2611019 angekommen?\n  Gesendet: Freitag, 6. November 2026 "
                                     "09:00:00 (UTC+01:00)\n\nwurde am Montag, 9. November 2026 08:14:03 (UTC+01:00) "
                                     "gelesen.\n"),
                   raw("message/disposition-notification",
                       mdn_fields("Microsoft Outlook 16.0", "buchhaltung@hinrichsen-segel.de", om,
                                  "manual-action/MDN-sent-manually; displayed")),
                   params="; report-type=disposition-notification")),
          inv="PWG-RE-2611019", omid=om, note="German Outlook MDN")

    s = "lesebestaetigung_nur_text"
    om = rem("vorher", "PWG-RE-2611031")
    D.add(s, "read_receipt",
          build(inbound(s, "kasse@nordwand-ev.de", "Gelesen: Zahlungserinnerung PWG-RE-2611031",
                        dt("2026-11-27 14:02", "+0100"), refs=om, auth="none"),
                text("Ihre Nachricht \"Zahlungserinnerung PWG-RE-2611031\" wurde am 27.11.2026 um 14:02 Uhr "
                     "gelesen.\n", cte="8bit")),
          inv="PWG-RE-2611031", omid=om, note="non-standard read receipt, ID only in References, no In-Reply-To")

    s = "lesebestaetigung_cp1252_auto"
    om = rem("zugang", "PWG-RE-2611027")
    D.add(s, "read_receipt",
          build(inbound(s, "rechnung@kuehne-drachen.de", "Gelesen: Zahlungseingang noch offen – PWG-RE-2611027",
                        dt("2026-11-23 19:40", "+0100"), hcs="windows-1252", henc="Q"),
                mp(s, "report", text("Diese Lesebestätigung wurde automatisch erzeugt. Die Nachricht wurde am "
                                     "23.11.2026 geöffnet.\n", cs="windows-1252", cte="qp"),
                   raw("message/disposition-notification",
                       mdn_fields("K-9 Mail; Android", "rechnung@kuehne-drachen.de", om,
                                  "manual-action/MDN-sent-automatically; displayed")),
                   params="; report-type=disposition-notification")),
          inv="PWG-RE-2611027", omid=om, note="MDN sent automatically, windows-1252 QP human part")

    # ---------------------------------------------------------------- bounces
    s = "unzustellbar_exchange_resolver"
    om = rem("zugang2", "PWG-RE-2611027")
    oh = bot_headers("de-PWG-RE-2611027-zugang2", "Matthias Kühne <m.kuehne@kuehne-drachen.de>",
                     "Ist Rechnung PWG-RE-2611027 angekommen?", dt("2026-11-09 09:00", "+0100"))
    D.add(s, "bounce",
          build(inbound(s, "postmaster@kuehne-drachen.de", "Unzustellbar: Ist Rechnung PWG-RE-2611027 angekommen?",
                        dt("2026-11-09 09:01", "+0100"), auth="none", frm_name="Microsoft Outlook"),
                mp(s, "report",
                   html("<p><b>Ihre Nachricht hat m.kuehne@kuehne-drachen.de nicht erreicht.</b></p><p>Die "
                        "E-Mail-Adresse wurde nicht gefunden. Diagnoseinformationen: Remoteserver hat "
                        "'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' "
                        "zurückgegeben.</p>"),
                   raw("message/delivery-status",
                       dsn_fields("AM0PR04MB7193.eurprd04.prod.outlook.com",
                                  [("m.kuehne@kuehne-drachen.de", "failed", "5.1.10",
                                    "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found")],
                                  dt("2026-11-09 09:00", "+0100"))),
                   raw("message/rfc822", oh + "\nGuten Tag Herr Kühne, wie geht es Ihnen?\n"),
                   params="; report-type=delivery-status")),
          failed="m.kuehne@kuehne-drachen.de", perm=True, reason="user_unknown", omid=om, inv="PWG-RE-2611027",
          note="Exchange NDR, HTML human part, 5.1.10 resolver")

    s = "unzustellbar_postfach_voll_final"
    om = rem("faellig", "PWG-RE-2611031")
    oh = bot_headers("de-PWG-RE-2611031-faellig", "kasse@nordwand-ev.de", "PWG-RE-2611031 ist überfällig",
                     dt("2026-11-23 09:00", "+0100"))
    D.add(s, "bounce",
          build(inbound(s, "MAILER-DAEMON@out.pelagian-loom.group", "Unzustellbare Nachricht",
                        dt("2026-11-28 09:02", "+0100"), auth="none"),
                mp(s, "report",
                   text("Die Nachricht konnte nach 5 Tagen nicht zugestellt werden. Das Postfach des Empfängers "
                        "ist voll.\n\n<kasse@nordwand-ev.de>: 552 5.2.2 Postfach voll / mailbox quota exceeded\n",
                        cte="qp"),
                   raw("message/delivery-status",
                       dsn_fields("out.pelagian-loom.group",
                                  [("kasse@nordwand-ev.de", "failed", "5.2.2", "552 5.2.2 mailbox quota exceeded")],
                                  dt("2026-11-23 09:00", "+0100"), "mx00.kundenserver.example")),
                   raw("text/rfc822-headers", oh), params="; report-type=delivery-status")),
          failed="kasse@nordwand-ev.de", perm=True, reason="mailbox_full", omid=om, inv="PWG-RE-2611031",
          note="mailbox full but given up after 5 days (Action: failed): permanent")

    s = "unzustellbar_prosa_domain_weg"
    body = ("Hallo,\n\nleider konnte Ihre Nachricht an folgenden Empfänger nicht zugestellt werden:\n\n"
            "  info@zeltverleih-oberhaupt.de\n\nGrund: Die Domain des Empfängers existiert nicht (Host or domain "
            "name not found. Name service error for name=zeltverleih-oberhaupt.de type=MX: Host not found).\n\n"
            "Betreff der Nachricht: Ihre Rechnung PWG-RE-2611036\nGesendet: 13.11.2026 09:00\n\n"
            "Dies ist eine automatisch erzeugte Nachricht.\n")
    D.add(s, "bounce",
          build(inbound(s, "mailer-daemon@mail.pelagian-loom.group", "Fehler bei der Zustellung",
                        dt("2026-11-13 09:00", "+0100"), auth="none", frm_name="Mail-System"),
                text(body, cte="qp")),
          failed="info@zeltverleih-oberhaupt.de", perm=True, reason="other", inv="PWG-RE-2611036",
          note="German prose bounce, no DSN and no Message-ID; domain does not exist (other)")

    s = "warnung_verzoegert_timeout"
    om = rem("vorher", "PWG-RE-2611040")
    oh = bot_headers("de-PWG-RE-2611040-vorher", "ap@woehrle-markisen.de", "Erinnerung: 1. Rate PWG-RE-2611040",
                     dt("2026-11-17 09:00", "+0100"))
    D.add(s, "bounce",
          build(inbound(s, "MAILER-DAEMON@out.pelagian-loom.group", "Warnung: Nachricht noch nicht zugestellt",
                        dt("2026-11-17 13:00", "+0100"), auth="none"),
                mp(s, "report",
                   text("Dies ist nur eine Warnung, Sie müssen die Nachricht nicht erneut senden.\n\n"
                        "<ap@woehrle-markisen.de>: connect to mx.woehrle-markisen.de[192.0.2.44]:25: Connection "
                        "timed out\n"),
                   raw("message/delivery-status",
                       dsn_fields("out.pelagian-loom.group",
                                  [("ap@woehrle-markisen.de", "delayed", "4.4.1", None)],
                                  dt("2026-11-17 09:00", "+0100"))),
                   raw("text/rfc822-headers", oh), params="; report-type=delivery-status")),
          failed="ap@woehrle-markisen.de", perm=False, reason="other", omid=om, inv="PWG-RE-2611040",
          note="transient delay warning 4.4.1 timeout")

    s = "unzustellbar_dmarc_policy_b64"
    om = rem("zugang", "PWG-RE-2611044")
    oh = bot_headers("de-PWG-RE-2611044-zugang", "kreditoren@bsba-ausruestung.de",
                     "Ist Rechnung PWG-RE-2611044 angekommen?", dt("2026-11-13 09:00", "+0100"))
    D.add(s, "bounce",
          build(inbound(s, "MAILER-DAEMON@out.pelagian-loom.group", "Unzustellbar: Richtlinie des Empfängers",
                        dt("2026-11-13 09:00", "+0100"), auth="none"),
                mp(s, "report",
                   text("Die Nachricht wurde vom Empfängerserver abgelehnt: Absenderdomain erfüllt die "
                        "DMARC-Richtlinie nicht.\n\nkreditoren@bsba-ausruestung.de\n", cte="b64"),
                   raw("message/delivery-status",
                       dsn_fields("out.pelagian-loom.group",
                                  [("kreditoren@bsba-ausruestung.de", "failed", "5.7.26",
                                    "550 5.7.26 Unauthenticated email from pelagian-loom.group is not accepted due "
                                    "to domain's DMARC policy")],
                                  dt("2026-11-13 09:00", "+0100"), "mx.bsba-ausruestung.de")),
                   raw("text/rfc822-headers", oh), params="; report-type=delivery-status")),
          failed="kreditoren@bsba-ausruestung.de", perm=True, reason="policy", omid=om, inv="PWG-RE-2611044",
          note="5.7.26 DMARC rejection = policy (our own auth problem), base64 human part")

    # ---------------------------------------------------------------- auto-replies
    s = "abwesend_rfc3834_ab_montag"
    om = rem("vorher", "PWG-RE-2611019")
    D.add(s, "auto_reply",
          build(inbound(s, "buchhaltung@hinrichsen-segel.de", "Abwesenheitsnotiz: Erinnerung PWG-RE-2611019",
                        dt("2026-11-30 09:01", "+0100"), irt=om,
                        extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"))),
                text("Guten Tag,\n\nich bin bis einschließlich 4. Dezember 2026 nicht im Büro. Ab dem 7.12. bin "
                     "ich wieder für Sie erreichbar. Ihre Nachricht wird nicht weitergeleitet.\n\nMaren Hinrichsen\n")),
          omid=om, inv="PWG-RE-2611019", ret="2026-12-07",
          note="'bis einschließlich Fr 4.12.' and stated 'ab 7.12.': first day back 7 Dec")

    s = "urlaub_ohne_header"
    D.add(s, "auto_reply",
          build(inbound(s, "einkauf@moorlicht-camping.de", "Urlaub", dt("2026-11-30 07:10", "+0100")),
                text("Vielen Dank für Ihre Nachricht. Ich bin vom 30.11. bis 11.12. im Urlaub. In dringenden "
                     "Fällen wenden Sie sich bitte an meine Kollegin Frau Lenz (lenz@moorlicht-camping.de).\n",
                     cs="iso-8859-1", cte="8bit")),
          ret="2026-12-12", note="no auto-reply headers; last day away 11.12 -> 12 Dec (a Saturday); latin-1 8bit")

    s = "auto_reply_polnisch"
    om = rem("faellig", "PWG-RE-2611044")
    D.add(s, "auto_reply",
          build(inbound(s, "kreditoren@bsba-ausruestung.de", "Odpowiedź automatyczna: PWG-RE-2611044",
                        dt("2026-12-01 10:00", "+0100"), irt=om, hcs="iso-8859-2", henc="Q",
                        frm_name="Agnieszka Wróblewska", extra=(("Auto-Submitted", "auto-replied"),)),
                text("Dzień dobry,\n\njestem poza biurem do 9 grudnia 2026 r. włącznie. W pilnych sprawach "
                     "proszę o kontakt z działem księgowości.\n\nPozdrawiam\nAgnieszka Wróblewska\n",
                     cs="iso-8859-2", cte="qp")),
          lang="pl", omid=om, inv="PWG-RE-2611044", ret="2026-12-10", note="Polish, iso-8859-2 QP; 'do 9 włącznie'")

    s = "auto_reply_italienisch"
    om = rem("faellig", "PWG-RE-2611023")
    D.add(s, "auto_reply",
          build(inbound(s, "finanzen@hafenkante-events.de", "Risposta automatica: Fuori ufficio",
                        dt("2026-12-02 09:00", "+0100"), irt=om, frm_name="Giulia Ferraro",
                        extra=(("X-Autorespond", "Fuori ufficio"), ("Precedence", "bulk"))),
                text("Buongiorno,\n\nsono fuori ufficio fino al 14 dicembre compreso, con accesso limitato alla "
                     "posta. Rientrerò martedì 15 dicembre.\n\nCordiali saluti\nGiulia Ferraro\n", cte="qp")),
          lang="it", omid=om, ret="2026-12-15", note="Italian, vendor header X-Autorespond only")

    s = "auto_reply_adresse_nicht_betreut"
    om = rem("zugang", "PWG-RE-2611014")
    D.add(s, "auto_reply",
          build(inbound(s, "rechnungseingang@lindenhof-buehne.de", "Automatische Antwort",
                        dt("2026-11-05 09:00", "+0100"), irt=om,
                        extra=(("Auto-Submitted", "auto-generated"),)),
                text("Diese Adresse nimmt ausschließlich elektronische Rechnungen (XRechnung) entgegen. Anfragen "
                     "werden nicht bearbeitet. Bei Rückfragen wenden Sie sich bitte an buchhaltung@lindenhof-buehne.de."
                     "\n")),
          omid=om, note="auto-generated notice without return date; no absence, just a routing notice")

    # ---------------------------------------------------------------- challenge
    s = "challenge_absenderpruefung"
    om = rem("zugang", "PWG-RE-2610057")
    D.add(s, "challenge",
          build(inbound(s, "bestaetigung@spamschutz-pruefung.de", "Bitte bestätigen Sie Ihre E-Mail an "
                        "einkauf@moorlicht-camping.de", dt("2026-11-12 09:03", "+0100"),
                        extra=(("Auto-Submitted", "auto-replied"),)),
                text("Guten Tag,\n\nder Empfänger einkauf@moorlicht-camping.de nutzt eine Absenderprüfung. Ihre "
                     "Nachricht (Message-ID " + om + ") wird zugestellt, sobald Sie bestätigen, dass Sie kein "
                     "Roboter sind:\n\nhttps://spamschutz-pruefung.de/ok?t=7c1f0e\n\nUnbestätigte Nachrichten werden "
                     "nach 5 Tagen gelöscht.\n")),
          chal=True, omid=om, note="German challenge/response with the bot's Message-ID in prose")

    # ---------------------------------------------------------------- payment confirmations
    s = "zahlungsavis_skonto_zu_spaet"
    body = ("Ems-Weser Bank eG – Zahlungsavis\n\nKonto: DE44 2905 0000 0123 4567 89 (Pelagian Webwerk GmbH)\n"
            "Buchungstag: 01.12.2026\nValuta: 30.11.2026\nUmsatzart: SEPA-Gutschrift\nBetrag: +4.664,80 EUR\n"
            "Auftraggeber: Segelmacherei Hinrichsen GmbH\nVerwendungszweck: RE PWG-RE-2611019 ABZGL. 2 PROZ. SKONTO\n")
    D.add(s, "payment_confirmation",
          build(inbound(s, "zahlungsavis@ems-weser-bank.de", "Zahlungsavis – Gutschrift 4.664,80 EUR",
                        dt("2026-12-01 06:30", "+0100"), frm_name="Ems-Weser Bank eG"), text(body, cte="qp")),
          inv="PWG-RE-2611019", amount="4664.80", cur="EUR", paydate="2026-11-30", full=False, nh=True,
          note="Skonto taken after the 14-day window: 95.20 short; Valuta differs from Buchungstag")

    s = "kassenwerk_gebuehr"
    body = ("Kassenwerk – Zahlungsbestätigung\n\nZahlung eingegangen: 642,60 €\nZahlungsart: SEPA-Lastschrift\n"
            "Zahlungsdatum: 16.11.2026\nReferenz: PWG-RE-2611031\nGebühr: 9,64 €\nAuszahlungsbetrag: 632,96 € "
            "(Auszahlung am 18.11.2026)\n")
    D.add(s, "payment_confirmation",
          build(inbound(s, "service@kassenwerk.de", "Zahlung erhalten: PWG-RE-2611031", dt("2026-11-16 12:00", "+0100"),
                        frm_name="Kassenwerk Payments"), text(body, cte="b64")),
          inv="PWG-RE-2611031", amount="642.60", cur="EUR", paydate="2026-11-16", full=True,
          note="PSP fee 9.64: invoice paid in full (642.60), payout 632.96 is not the payment")

    s = "camt054_sammelgutschrift"
    x = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.08\">"
         "<BkToCstmrDbtCdtNtfctn><Ntfctn><Acct><Id><IBAN>DE44290500000123456789</IBAN></Id></Acct>\n"
         "<Ntry><Amt Ccy=\"EUR\">3927.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-11-25</Dt></BookgDt>"
         "<ValDt><Dt>2026-11-24</Dt></ValDt>\n<NtryDtls><TxDtls><RltdPties><Dbtr><Pty><Nm>Drachenbau Kuehne KG</Nm>"
         "</Pty></Dbtr></RltdPties>\n<RmtInf><Ustrd>PWG-RE-2611027 1785,00 PWG-RE-2610041 2142,00</Ustrd></RmtInf>"
         "</TxDtls></NtryDtls></Ntry></Ntfctn></BkToCstmrDbtCdtNtfctn></Document>\n")
    D.add(s, "payment_confirmation",
          build(inbound(s, "zahlungsavis@ems-weser-bank.de", "Neue Umsatzbenachrichtigung (camt.054)",
                        dt("2026-11-25 05:00", "+0100"), frm_name="Ems-Weser Bank eG"),
                mp(s, "mixed", text("Guten Tag,\n\nfür Ihr Konto liegt eine neue Gutschrift vor. Die Details finden "
                                    "Sie in der angehängten camt.054-Datei.\n\nIhre Ems-Weser Bank\n"),
                   att(x.encode(), "application/xml", "camt054_20261125.xml"))),
          inv="PWG-RE-2611027;PWG-RE-2610041", amount="3927.00", cur="EUR", paydate="2026-11-24", full=True,
          alloc="PWG-RE-2611027=1785.00;PWG-RE-2610041=2142.00",
          note="camt.054 XML attachment, one credit for two invoices, German decimal commas in Ustrd")

    s = "avis_html_erste_rate"
    h = ("<html><body><h3>Gutschrift auf Ihrem Konto</h3><table border=1>"
         "<tr><th>Valuta</th><th>Betrag</th><th>Auftraggeber</th><th>Verwendungszweck</th></tr>"
         "<tr><td>20.11.2026</td><td>7.735,00 EUR</td><td>MARKISEN WOEHRLE GMBH</td>"
         "<td>1. RATE PWG-RE-2611040</td></tr></table></body></html>")
    D.add(s, "payment_confirmation",
          build(inbound(s, "zahlungsavis@ems-weser-bank.de", "Gutschrift 7.735,00 EUR", dt("2026-11-20 18:20", "+0100"),
                        frm_name="Ems-Weser Bank eG"), html(h)),
          inv="PWG-RE-2611040", amount="7735.00", cur="EUR", paydate="2026-11-20", full=False,
          note="first instalment paid on time; invoice still has the 2nd instalment open")

    s = "avis_teilzahlung_abschlag"
    body = ("Zahlungsavis\n------------\nValutadatum ...... 04.12.2026\nBetrag .......... 10.000,00 EUR\n"
            "Auftraggeber .... Hafenkante Events GmbH & Co. KG\nVerwendung ...... TEILZAHLUNG ABSCHLAG 2 "
            "PWG-RE-2611023\n")
    D.add(s, "payment_confirmation",
          build(inbound(s, "zahlungsavis@ems-weser-bank.de", "Zahlungsavis", dt("2026-12-04 16:00", "+0100"),
                        frm_name="Ems-Weser Bank eG"), text(body, cs="us-ascii", cte="7bit")),
          inv="PWG-RE-2611023", amount="10000.00", cur="EUR", paydate="2026-12-04", full=False,
          note="explicit part payment of a 17136 progress invoice")

    # ---------------------------------------------------------------- client replies
    def q(inv: str, betrag: str) -> str:
        return (f"\n\n-----Ursprüngliche Nachricht-----\nVon: Pelagian Webwerk Debitoren <{BOT}>\nBetreff: "
                f"Erinnerung {inv}\n\nGuten Tag, wie geht es Ihnen? Die Rechnung {inv} über {betrag} ist bald "
                "fällig. Falls Sie bereits bezahlt haben, betrachten Sie diese Nachricht bitte als gegenstandslos.\n")

    s = "antwort_angewiesen"
    om = rem("vorher", "PWG-RE-2611014")
    D.add(s, "client_reply",
          build(inbound(s, "rechnungseingang@lindenhof-buehne.de", "AW: Erinnerung PWG-RE-2611014",
                        dt("2026-12-01 11:00", "+0100"), irt=om),
                text("Wurde am 1.12. angewiesen." + q("PWG-RE-2611014", "8.330,00 €"))),
          inv="PWG-RE-2611014", intent="paid", note="terse paid claim ('angewiesen' = transfer ordered)")

    s = "antwort_zusage_kw50"
    D.add(s, "client_reply",
          build(inbound(s, "buero@segelschule-moewe.de", "Re: Offene Rechnung PWG-RE-2610063",
                        dt("2026-11-30 18:30", "+0100"), frm_name="Segelschule Möwe"),
                text("Moin,\n\ndie PWG-RE-2610063 überweisen wir in KW 50, vorher ist leider kein Geld da.\n\n"
                     "Gruß vom Deich\nHauke\n")),
          inv="PWG-RE-2610063", intent="promise", promised="2026-12-11",
          note="promise by calendar week: KW 50 ends Fri 11 Dec (convention: last business day of the period)")

    s = "antwort_nicht_vor_kassenwart"
    om = rem("faellig", "PWG-RE-2611031-b")
    D.add(s, "client_reply",
          build(inbound(s, "kasse@nordwand-ev.de", "Re: PWG-RE-2611031 ist überfällig", dt("2026-12-02 20:15", "+0100"),
                        irt=om, frm_name="Kletterhalle Nordwand – Kasse"),
                text("Hallo,\n\nunser Kassenwart ist erst ab dem 10.12. wieder da, vorher kann leider niemand "
                     "überweisen. Wann genau es dann klappt, kann ich nicht sagen.\n\nTina (Vorstand)\n")),
          inv="PWG-RE-2611031", intent="other", nh=True,
          note="'not before 10.12' plus 'cannot say when': no promise date")

    s = "antwort_widerspruch_abnahme"
    om = rem("faellig", "PWG-RE-2611023-b")
    D.add(s, "client_reply",
          build(inbound(s, "finanzen@hafenkante-events.de", "AW: 2. Abschlagsrechnung PWG-RE-2611023",
                        dt("2026-11-19 10:40", "+0100"), irt=om, frm_name="Ole Brandt"),
                text("Sehr geehrte Frau Albrecht-Sommerfeld,\n\nnach § 4 des Vertrags ist der zweite Abschlag erst "
                     "nach Abnahme der Unterkonstruktion fällig. Diese hat noch nicht stattgefunden. Wir widersprechen "
                     "daher der Rechnung PWG-RE-2611023 in voller Höhe.\n\nMit freundlichen Grüßen\nOle Brandt\n")),
          inv="PWG-RE-2611023", intent="dispute", note="formal contractual dispute (Widerspruch)")

    s = "antwort_rechnung_liegt_nicht_vor"
    D.add(s, "client_reply",
          build(inbound(s, "info@zeltverleih-oberhaupt.de", "Rechnung PWG-RE-2611036", dt("2026-11-11 08:05", "+0100"),
                        frm_name="Zeltverleih Oberhaupt"),
                text("Guten Morgen,\n\neine Rechnung PWG-RE-2611036 liegt uns nicht vor. Bitte schicken Sie uns diese "
                     "per Post zu, wir drucken keine Anhänge aus.\n\nK. Oberhaupt\n", cs="iso-8859-1", cte="qp")),
          inv="PWG-RE-2611036", intent="not_received", note="'liegt uns nicht vor' = not received; wants paper copy")

    s = "antwort_iban_ustid"
    D.add(s, "client_reply",
          build(inbound(s, "einkauf@moorlicht-camping.de", "Kreditorenanlage Pelagian Webwerk",
                        dt("2026-11-16 14:10", "+0100"), frm_name="Sabine Lenz"),
                text("Sehr geehrte Damen und Herren,\n\nfür die Anlage als Kreditor benötigen wir Ihre IBAN, die "
                     "USt-IdNr. sowie eine Bankbestätigung. Erst danach können wir die Rechnung PWG-RE-2610057 zur "
                     "Zahlung freigeben.\n\nMit freundlichen Grüßen\nSabine Lenz\n")),
          inv="PWG-RE-2610057", intent="payment_details", note="vendor onboarding: needs IBAN, VAT ID, bank letter")

    s = "antwort_widerspruch_werbung"
    om = rem("faellig", "PWG-RE-2611027")
    D.add(s, "client_reply",
          build(inbound(s, "rechnung@kuehne-drachen.de", "AW: Zahlungseingang noch offen – PWG-RE-2611027",
                        dt("2026-11-24 08:00", "+0100"), irt=om, frm_name="Drachenbau Kühne KG"),
                text("Sehr geehrte Damen und Herren,\n\nhiermit widersprechen wir der Zusendung automatisierter "
                     "E-Mails an diese Adresse. Bitte unterlassen Sie künftig derartige Zusendungen. Ansprechpartner "
                     "für Buchhaltungsfragen ist ausschließlich unser Steuerbüro.\n\nDrachenbau Kühne KG\n")),
          inv="PWG-RE-2611027", intent="stop", note="formal German stop ('widersprechen … unterlassen'), not a dispute")

    s = "antwort_raten_verschieben"
    om = rem("vorher2", "PWG-RE-2611040")
    D.add(s, "client_reply",
          build(inbound(s, "ap@woehrle-markisen.de", "AW: Erinnerung 2. Rate PWG-RE-2611040",
                        dt("2026-12-03 10:30", "+0100"), irt=om, frm_name="Thomas Wöhrle"),
                text("Hallo Frau Albrecht-Sommerfeld,\n\ndie 2. Rate zum 20.12. schaffen wir leider nicht. Wäre es "
                     "möglich, die 7.735,00 EUR auf Januar und Februar aufzuteilen?\n\nBeste Grüße\nThomas Wöhrle\n")),
          inv="PWG-RE-2611040", intent="plan_request", note="negated date ('schaffen wir nicht') + request to split")

    s = "antwort_skonto_abgezogen"
    D.add(s, "client_reply",
          build(inbound(s, "buchhaltung@hinrichsen-segel.de", "Zahlung PWG-RE-2611019",
                        dt("2026-12-01 09:30", "+0100"), frm_name="Maren Hinrichsen"),
                text("Guten Tag,\n\nwir haben die Rechnung PWG-RE-2611019 am 30.11. unter Abzug von 2 % Skonto mit "
                     "4.664,80 € beglichen.\n\nMfG\nM. Hinrichsen\n")),
          inv="PWG-RE-2611019", intent="paid", note="paid claim with late Skonto deduction")

    s = "antwort_leitweg_zitat"
    D.add(s, "client_reply",
          build(inbound(s, "rechnungseingang@lindenhof-buehne.de", "AW: XRechnung PWG-RE-2611014",
                        dt("2026-11-06 12:00", "+0100")),
                text("Sehr geehrte Damen und Herren,\n\nbitte ergänzen Sie auf der Rechnung unsere vollständige "
                     "Leitweg-ID; die Rechnung wurde von unserem System zurückgewiesen.\n\n> Am 28.10. schrieben "
                     "Sie: Die erste Abschlagsrechnung wurde bereits vollständig bezahlt, vielen Dank.\n"
                     "> Anbei die Schlussrechnung PWG-RE-2611014.\n")),
          inv="PWG-RE-2611014", intent="other", nh=True,
          note="e-invoice rejected, wants Leitweg-ID; 'bezahlt' only in quote")

    s = "antwort_zahlung_zum_15"
    D.add(s, "client_reply",
          build(inbound(s, "einkauf@moorlicht-camping.de", "AW: PWG-RE-2610057", dt("2026-12-04 15:30", "+0100"),
                        frm_name="Sabine Lenz"),
                text("Sehr geehrte Frau Albrecht-Sommerfeld,\n\nvielen Dank für die Unterlagen. Die Rechnung "
                     "PWG-RE-2610057 wird zum 15.12.2026 zur Zahlung angewiesen.\n\nMit freundlichen Grüßen\nS. Lenz\n")),
          inv="PWG-RE-2610057", intent="promise", promised="2026-12-15", note="formal promise with explicit date")

    s = "antwort_rate_raus_emoji"
    om = rem("vorher", "PWG-RE-2611040-b")
    D.add(s, "client_reply",
          build(inbound(s, "ap@woehrle-markisen.de", "AW: Erinnerung: 1. Rate PWG-RE-2611040",
                        dt("2026-11-19 17:05", "+0100"), irt=om, frm_name="Thomas Wöhrle"),
                text("Hallo zusammen, die erste Rate ist raus 👍 Gruß Thomas", cte="8bit")),
          inv="PWG-RE-2611040", intent="paid", note="informal, utf-8 8bit with emoji; paid claim for instalment 1")

    s = "antwort_teilweise_strittig"
    om = rem("faellig2", "PWG-RE-2611044")
    D.add(s, "client_reply",
          build(inbound(s, "kreditoren@bsba-ausruestung.de", "AW: PWG-RE-2611044", dt("2026-12-04 11:45", "+0100"),
                        irt=om, frm_name="BSBA Kreditoren"),
                text("Guten Tag,\n\nden unstrittigen Teil von 8.000,00 € haben wir heute überwiesen. Der Rabatt in "
                     "Pos. 1 ist falsch: vereinbart waren 10 %, nicht 5 %. Bitte senden Sie uns eine korrigierte "
                     "Rechnung bzw. Gutschrift über die Differenz.\n\nFreundliche Grüße\nBSBA\n")),
          inv="PWG-RE-2611044", intent="dispute", nh=True,
          note="mixed: partial paid claim + dispute of the discount; dispute wins")

    # ---------------------------------------------------------------- other
    s = "phishing_bank_subdomain"
    D.add(s, "other",
          build(inbound(s, "zahlungsavis@ems-weser-bank.de.avis-portal.com", "Wichtig: Ihr Onlinebanking wurde "
                        "eingeschränkt", dt("2026-11-21 02:14", "+0100"), auth="lookalike",
                        frm_name="Ems-Weser Bank eG"),
                html("<p>Sehr geehrter Kunde,</p><p>aufgrund einer ungewöhnlichen Gutschrift wurde Ihr Zugang "
                     "eingeschränkt. <a href='https://ems-weser-bank.de.avis-portal.com/login'>Jetzt "
                     "entsperren</a></p>")),
          note="look-alike: real bank domain used as subdomain of avis-portal.com")

    s = "gefaelschtes_avis_falscher_upstream"
    body = ("Ems-Weser Bank eG – Zahlungsavis\n\nValuta: 03.12.2026\nBetrag: +17.136,00 EUR\n"
            "Auftraggeber: Hafenkante Events\nVerwendungszweck: PWG-RE-2611023\n")
    D.add(s, "other",
          build(inbound(s, "zahlungsavis@ems-weser-bank.de", "Zahlungsavis – Gutschrift 17.136,00 EUR",
                        dt("2026-12-03 04:40", "+0100"), auth="fail", frm_name="Ems-Weser Bank eG",
                        extra=(("Authentication-Results", "mx.ems-weser-bank.de; dkim=pass header.d=ems-weser-bank.de;"
                                " spf=pass; dmarc=pass header.from=ems-weser-bank.de"),)),
                text(body)),
          inv="PWG-RE-2611023",
          note="forged avis: our A-R says dmarc=fail; a second, foreign A-R lower down claims pass")

    s = "newsletter_kassenwerk"
    D.add(s, "other",
          build(inbound(s, "newsletter@kassenwerk.de", "Kassenwerk Händler-News Dezember",
                        dt("2026-12-02 10:00", "+0100"), frm_name="Kassenwerk",
                        extra=(("List-Unsubscribe", "<mailto:unsubscribe@kassenwerk.de>"),
                               ("List-Id", "<haendler-news.kassenwerk.de>"))),
                html("<h2>Neu: Auszahlung in 1 Tag</h2><p>Ihre letzte Zahlung über 642,60&nbsp;€ wurde erfolgreich "
                     "ausgezahlt. Ab Januar gelten neue Gebühren.</p>")),
          note="PSP newsletter from a non-notifier address, mentions an amount")

    s = "intern_angebot_mit_bot_cc"
    body = ("Hallo Friederike,\n\nzur Info, anbei das Angebot AN-2611-07 an Moorlicht über 4.250,00 € netto "
            "(Gültig bis 31.12.). Noch keine Rechnung! Den Bot habe ich nur in Kopie, damit es abgelegt ist.\n\nJonas\n")
    D.add(s, "other",
          build(inbound(s, "j.tuerkmen@pelagian-webwerk.de", "Angebot AN-2611-07 Moorlicht", dt("2026-11-18 12:00", "+0100"),
                        to=addr("Friederike Albrecht-Sommerfeld", "f.albrecht@pelagian-webwerk.de"),
                        cc=addr(BOT_NAME, BOT), frm_name="Jonas Türkmen"), text(body)),
          note="internal staff mail about a quotation (Angebot) with amount, bot in Cc: not an invoice")
    return D

from .kit import d, T, H, ALT, MULTI, ATT, RAW, addr, pdf, BOT, Msg
from .common import orig, L, inv_copy, reply, notifier, autorep, staff_mail, cii, challenge
from .machine import bounce, mdn

TZ = 1
D = dict(
    code="de", cur="EUR", dom="corvane-buehnentechnik.de", botname="Corvane Forderungsmanagement",
    staff=[("Katrin Wölfel", "katrin.woelfel@corvane-buehnentechnik.de"), ("Jonas Bergmann", "jonas.bergmann@corvane-buehnentechnik.de")],
    clients=[("Theater am Mühlgraben gGmbH", "Sabine Roth", "buchhaltung@theater-muehlgraben.de"),
             ("Messe Oberhausen Veranstaltungs GmbH", "Dirk Kemper", "kreditoren@messe-oberhausen-vg.de"),
             ("Konzerthaus Lindenau", "Petra Albers", "p.albers@konzerthaus-lindenau.de"),
             ("Eventtechnik Hollmann KG", "Sven Hollmann", "sven@hollmann-eventtechnik.de"),
             ("Landesbühne Nordheide", "Rechnungseingang", "rechnungseingang@landesbuehne-nordheide.de"),
             ("Zirkus Fandango GmbH", "Marta Kowalczyk", "buero@zirkus-fandango.de"),
             ("Opernfestspiele Schloss Elmbach e.V.", "Dr. Ulrich Seidl", "u.seidl@festspiele-elmbach.de"),
             ("Kulturzentrum Alte Weberei", "Ayşe Demir", "verwaltung@alte-weberei-kultur.de"),
             ("Studio Brandt Filmproduktion GmbH", "Lena Brandt", "lena.brandt@studio-brandt.film"),
             ("Stadthalle Wettersbach", "Klaus Rieger", "k.rieger@stadthalle-wettersbach.de")],
    bank=("Rheinufer Bank eG", "avis@rheinuferbank.de"),
    psp=("Zahlwerk", "benachrichtigung@zahlwerk.de"),
    rsubj="Rechnung %s - freundliche Erinnerung",
    chsubj="Bitte bestätigen Sie Ihre Nachricht an %s",
    mailer="Microsoft Outlook 16.0",
    known=["RE-2026-1187", "RE-2026-1192", "RE-2026-1203", "RE-2026-1210", "RE-2026-1214", "RE-2026-1221", "RE-2026-1226",
           "RE-2026-1233", "RE-2026-1240", "RE-2026-1245", "RE-2026-1251", "RE-2026-1256", "RE-2026-1260", "RE-2026-1263",
           "RE-2026-1301", "RE-2026-1302", "RE-2026-1304", "RE-2026-1306"],
)
SIG_K = ("\n\nMit freundlichen Grüßen\n\nKatrin Wölfel\nBuchhaltung\n\nCorvane Bühnentechnik GmbH\nAm Schlachthof 12, 50825 Köln\n"
         "Tel. +49 221 5567 230\nAmtsgericht Köln HRB 104 772 | USt-IdNr. DE 318 447 126\n"
         "IBAN DE44 3706 0590 0004 7711 26 | BIC GENODED1SPK (Rheinufer Bank eG)\n")
SIG_J = "\n\nViele Grüße\nJonas Bergmann\nProjektleitung Obermaschinerie\nCorvane Bühnentechnik GmbH\n"


def t(m, dd, hh=10, mi=0):
    return d(2026, m, dd, hh, mi, TZ)


def build():
    C = D["clients"]
    M = []
    M.append(inv_copy(D, "01_re_muehlgraben_skonto", 0, 0, "Rechnung RE-2026-1301 – Wartung Untermaschinerie",
        "Sehr geehrte Frau Roth,\n\nanbei erhalten Sie unsere Rechnung für die Herbstwartung der Untermaschinerie.\n\n"
        "Rechnungsnummer: RE-2026-1301\nRechnungsdatum:  03.11.2026\n\nWartung Hubpodien 1–4 (pauschal)      7.200,00 €\nPrüfbuch, Sachkundigenprüfung         1.200,00 €\n"
        "Summe netto                          8.400,00 €\nzzgl. 19 % USt.                      1.596,00 €\nRechnungsbetrag                      9.996,00 €\n\n"
        "Zahlungsbedingungen: innerhalb von 14 Tagen mit 2 % Skonto (9.796,08 €), innerhalb von 30 Tagen ohne Abzug (bis 03.12.2026)." + SIG_K,
        t(11, 3, 9, 12), L(invoice_numbers="RE-2026-1301", amount="9996.00", issue_date="2026-11-03", due_date="2026-12-03",
                             payment_terms_days="30", note="Skonto: 9796.08 only if paid in 14 days; gross 9996 due"), charset="iso-8859-15"))
    x = cii("RE-2026-1302", "2026-11-05", "2026-12-05", "Corvane Bühnentechnik GmbH", "Landesbühne Nordheide", "12500.00", "2375.00",
            "14875.00", "5000.00", "9875.00", "EUR", "Zahlbar innerhalb 30 Tagen netto. Abschlagszahlung vom 12.10.2026 berücksichtigt.")
    M.append(inv_copy(D, "02_re_landesbuehne_xrechnung", 1, 4, "XRechnung RE-2026-1302",
        "Guten Tag,\n\nwie vereinbart die Rechnung als XRechnung (CII) im Anhang. Leitweg-ID steht im Datensatz.\n" + SIG_J,
        t(11, 5, 14, 30), L(invoice_numbers="RE-2026-1302", amount="9875.00", issue_date="2026-11-05", due_date="2026-12-05",
                              payment_terms_days="30", note="facts only in CII XML; DuePayable 9875 after 5000 prepaid, not Grand 14875"),
        atts=[ATT("RE-2026-1302_xrechnung.xml", "application/xml", x)]))
    M.append(inv_copy(D, "03_re_messe_abschlag_bcc", 0, 1, "1. Abschlagsrechnung RE-2026-1303 – Projekt Halle 4",
        "Sehr geehrter Herr Kemper,\n\ngemäß Auftragsbestätigung vom 21.10.2026 (Auftragswert 48.000,00 € netto) stellen wir Ihnen die erste "
        "Abschlagsrechnung über 30 % in Rechnung:\n\n  30 % von 48.000,00 €        14.400,00 €\n  19 % USt.                     2.736,00 €\n"
        "  Zahlbetrag                   17.136,00 €\n\nRechnungsdatum 09.11.2026, zahlbar innerhalb von 10 Tagen ohne Abzug." + SIG_K,
        t(11, 9, 11, 5), L(invoice_numbers="RE-2026-1303", amount="17136.00", issue_date="2026-11-09", due_date="2026-11-19",
                             payment_terms_days="10", note="Bcc only; order value 48000 and net 14400 are decoys"), mode="bcc"))
    p = pdf(["Corvane Buehnentechnik GmbH - RECHNUNG", "Rechnungs-Nr.: RE-2026-1304", "Datum: 10.11.2026", "Kunde: Konzerthaus Lindenau",
             "Akustiksegel Montage, 2 Techniker x 3 Tage      2.900,00 EUR", "USt 19%                                           551,00 EUR",
             "Gesamtbetrag                                    3.451,00 EUR", "Faellig am 10.12.2026 ohne Abzug"])
    M.append(inv_copy(D, "04_re_konzerthaus_pdf", 1, 2, "Rechnung",
        "Hallo Frau Albers,\n\nim Anhang die Rechnung zur Montage letzte Woche.\n" + SIG_J, t(11, 10, 16, 44),
        L(invoice_numbers="RE-2026-1304", amount="3451.00", issue_date="2026-11-10", due_date="2026-12-10", payment_terms_days="30",
          note="data only in PDF"), atts=[ATT("Rechnung_RE-2026-1304.pdf", "application/pdf", p)], cte="base64"))
    M.append(inv_copy(D, "05_re_hollmann_schluss", 0, 3, "Schlussrechnung RE-2026-1305",
        "Hallo Herr Hollmann,\n\nanbei die Schlussrechnung zum Projekt Stadtfest-Bühne:\n\nGesamtleistung netto          18.000,00 €\n19 % USt.                      3.420,00 €\n"
        "Gesamt brutto                 21.420,00 €\nabzgl. Abschlagszahlung (RE-2026-1203)   -15.000,00 €\n\nnoch zu zahlen                  6.420,00 €\n\n"
        "Rechnungsdatum: 13.11.2026 – zahlbar binnen 14 Tagen." + SIG_K, t(11, 13, 10, 20),
        L(invoice_numbers="RE-2026-1305", amount="6420.00", issue_date="2026-11-13", due_date="2026-11-27", payment_terms_days="14",
          note="final invoice netting a prior Abschlag; RE-2026-1203 mentioned but not billed here"), charset="windows-1252", cte="8bit"))
    M.append(inv_copy(D, "06_re_fandango_gutschrift", 1, 5, "Rechnung RE-2026-1306 / Verrechnung Gutschrift GS-2026-044",
        "Hallo Marta,\n\nwie telefonisch besprochen verrechnen wir die Gutschrift für die zurückgegebenen Traversen direkt:\n\n"
        "Rechnung RE-2026-1306 vom 17.11.2026      2.618,00 € brutto\nabzgl. Gutschrift GS-2026-044                -238,00 €\n"
        "Überweisungsbetrag                        2.380,00 €\n\nBitte bis zum 17.12.2026 überweisen." + SIG_J, t(11, 17, 8, 2),
        L(invoice_numbers="RE-2026-1306", amount="2380.00", issue_date="2026-11-17", due_date="2026-12-17", payment_terms_days="30",
          note="credit note netted")))
    M.append(inv_copy(D, "07_re_elmbach_korrektur", 0, 6, "Korrigierte Rechnung RE-2026-1307 (ersetzt RE-2026-1226)",
        "Sehr geehrter Herr Dr. Seidl,\n\nwie gewünscht haben wir die Rechnung RE-2026-1226 storniert und durch die beigefügte korrigierte Rechnung "
        "RE-2026-1307 ersetzt (Leistungszeitraum jetzt 01.–15.09.2026, Ihre Bestellnummer ergänzt).\n\nRechnungsbetrag: 4.760,00 € inkl. 19 % USt.\n"
        "Rechnungsdatum: 19.11.2026\nFällig: 19.12.2026\n\nBitte zahlen Sie ausschließlich die neue Rechnung." + SIG_K, t(11, 19, 13, 0),
        L(invoice_numbers="RE-2026-1307", amount="4760.00", issue_date="2026-11-19", due_date="2026-12-19", payment_terms_days="30", needs_human=True,
          note="replaces known open RE-2026-1226, which must be cancelled by a person")))
    M.append(inv_copy(D, "08_re_brandt_html_longterm", 1, 8, "Ihre Rechnung RE-2026-1308",
        "Rechnung RE-2026-1308\nRechnungsdatum 24.11.2026\nNetto 1.800,00 EUR, USt 342,00 EUR, Gesamt 2.142,00 EUR\nFällig zum 15.01.2027 (Sonderkondition Drehpause)\n",
        t(11, 24, 17, 31), L(invoice_numbers="RE-2026-1308", amount="2142.00", issue_date="2026-11-24", due_date="2027-01-15",
                               payment_terms_days="52", note="HTML+text, special due date into 2027"),
        html="<html><body style='font-family:Calibri'><p>Liebe Frau Brandt,</p><p>anbei die Rechnung f&uuml;r die Kameraschienen.</p>"
             "<table><tr><td>Rechnung</td><td>RE-2026-1308</td></tr><tr><td>Rechnungsdatum</td><td>24.11.2026</td></tr>"
             "<tr><td>Netto</td><td>1.800,00 EUR</td></tr><tr><td>USt 19 %</td><td>342,00 EUR</td></tr><tr><td><b>Gesamt</b></td><td><b>2.142,00 EUR</b></td></tr>"
             "<tr><td>F&auml;llig zum</td><td>15.01.2027 (Sonderkondition Drehpause)</td></tr></table><p>Jonas Bergmann</p></body></html>"))
    # read receipts
    o = orig(D, "r1301", 0, "RE-2026-1301", t(11, 6, 9))
    M.append(mdn("09_rr_muehlgraben_mdn", "de", o, "Sabine Roth", C[0][2], t(11, 6, 11, 40), subj_prefix="Gelesen: ",
                 human_text="Dies ist eine Lesebestätigung für Ihre Nachricht an %s.\n\nDie Nachricht wurde auf dem Computer des Empfängers angezeigt.\n" % C[0][2],
                 extra_label=dict(invoice_numbers="RE-2026-1301"), note="German MDN"))
    o = orig(D, "r1210", 2, "RE-2026-1210", t(11, 12, 9))
    M.append(mdn("10_rr_konzerthaus_outlook_unthreaded", "de", o, "Petra Albers", C[2][2], t(11, 13, 8, 5), style="outlook",
                 human_text="Ihre Nachricht\n\n    An: Petra Albers\n    Betreff: %s\n    Gesendet: Donnerstag, 12. November 2026 09:00:00 (UTC+01:00)\n\n"
                            "wurde am Freitag, 13. November 2026 08:05:11 (UTC+01:00) gelesen.\n" % o["subject"],
                 subj_prefix="Gelesen: ", extra_label=dict(invoice_numbers="RE-2026-1210", original_message_id="", needs_human="false"),
                 note="non-standard receipt without In-Reply-To or MDN part; only the subject ties it"))
    o = orig(D, "r1304", 2, "RE-2026-1304", t(11, 27, 9))
    M.append(mdn("11_rr_konzerthaus_auto_mdn", "de", o, "Petra Albers", C[2][2], t(11, 27, 9, 3),
                 disposition="automatic-action/MDN-sent-automatically; displayed", subj_prefix="Lesebestätigung: ",
                 human_text="Ihre Nachricht wurde gelesen.\n", charset="windows-1252", extra_label=dict(invoice_numbers="RE-2026-1304"),
                 note="automatically sent MDN, windows-1252"))
    # bounces
    o = orig(D, "b1304", 2, "RE-2026-1304", t(11, 13, 9))
    o["to"] = ["rechnung@konzerthaus-lindenau.de"]
    M.append(bounce("12_bounce_konzerthaus_de_ndr", "de", "de_exchange", o, ["rechnung@konzerthaus-lindenau.de"], True, "user_unknown", "5.1.1",
                    "550 5.1.1 Empfänger unbekannt / recipient unknown", t(11, 13, 9, 1), "exch01.konzerthaus-lindenau.de",
                    label=dict(invoice_numbers="RE-2026-1304"), note="German Exchange NDR, ISO-8859-15"))
    o = orig(D, "b1256", 1, "RE-2026-1256", t(11, 16, 9))
    o["to"] = ["d.kemper@messe-oberhausen.de", "einkauf@messe-oberhausen.de"]
    M.append(bounce("13_bounce_messe_dns_two", "en", "dsn", o, o["to"], True, "other", "5.4.4",
                    "Host or domain name not found. Name service error for name=messe-oberhausen.de type=MX: Host not found",
                    t(11, 16, 9, 0), "messe-oberhausen.de", label=dict(invoice_numbers="RE-2026-1256"),
                    note="DNS failure, typo domain (real one is messe-oberhausen-vg.de), two recipients"))
    o = orig(D, "b1233", 5, "RE-2026-1233", t(11, 18, 9))
    o["to"] = ["info@zirkus-fandango.de"]
    M.append(bounce("14_bounce_fandango_exim_policy", "en", "exim", o, ["info@zirkus-fandango.de"], True, "policy", "5.7.0",
                    "SMTP error from remote mail server after end of data:\n    550 5.7.0 Message rejected by local policy: sender domain not on allow-list",
                    t(11, 18, 9, 2), "mail.zirkus-fandango.de", label=dict(invoice_numbers="RE-2026-1233"), note="policy refusal, Exim prose"))
    o = orig(D, "b1307", 6, "RE-2026-1307", t(11, 26, 9))
    M.append(bounce("15_bounce_elmbach_delayed_full", "en", "dsn", o, [C[6][2]], False, "mailbox_full", "4.2.2",
                    "452 4.2.2 Mailbox full, try again later", t(11, 26, 13, 10), "mx.festspiele-elmbach.de",
                    label=dict(invoice_numbers="RE-2026-1307"), note="delayed DSN with mailbox full; temporary"))
    o = orig(D, "b1245", 8, "RE-2026-1245", t(11, 20, 9))
    o["to"] = ["lena.brandt@yahoo.de"]
    M.append(bounce("16_bounce_brandt_yahoo", "en", "yahoo", o, ["lena.brandt@yahoo.de"], True, "user_unknown", "5.0.0",
                    "Remote host said: 554 delivery error: dd This user doesn't have a yahoo.de account (lena.brandt@yahoo.de) [0] - mta1042.mail.ir2.yahoo.com",
                    t(11, 20, 9, 1), "mta7.am0.yahoodns.net", label=dict(invoice_numbers="RE-2026-1245"), note="Yahoo prose bounce"))
    # auto replies
    o = orig(D, "a1260", 4, "RE-2026-1260", t(12, 2, 9))
    M.append(autorep(D, "17_ar_landesbuehne_de", "de", "Rechnungseingang Landesbühne <rechnungseingang@landesbuehne-nordheide.de>",
        "Abwesenheitsnotiz: " + o["subject"],
        "Guten Tag,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 11.12.2026, nicht im Haus. Ab Montag, dem 14.12., "
        "bin ich wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\nMit freundlichen Grüßen\nH. Matthiesen",
        t(12, 2, 9, 1), "2026-12-14", o, charset="iso-8859-1"))
    o = orig(D, "a1233", 5, "RE-2026-1233", t(11, 30, 9))
    M.append(autorep(D, "18_ar_fandango_pl", "pl", "Marta Kowalczyk <buero@zirkus-fandango.de>", "Odp: " + o["subject"],
        "Dzień dobry,\n\njestem na urlopie do piątku 4 grudnia. Do biura wracam w poniedziałek 7 grudnia 2026 r.\n"
        "W pilnych sprawach proszę dzwonić: +49 172 440 1187.\n\nPozdrawiam\nMarta Kowalczyk", t(11, 30, 9, 0), "2026-12-07", o,
        charset="iso-8859-2", note="Polish, ISO-8859-2"))
    o = orig(D, "a1240", 6, "RE-2026-1240", t(11, 27, 9))
    M.append(autorep(D, "19_ar_elmbach_it", "it", "Giulia Ferraro <g.ferraro@festspiele-elmbach.de>", "Risposta automatica: " + o["subject"],
        "Gentile mittente,\n\nsono fuori sede fino a mercoledì 2 dicembre compreso. Rientrerò in ufficio giovedì 3 dicembre.\n"
        "Per questioni amministrative può rivolgersi al Dr. Ulrich Seidl.\n\nCordiali saluti\nGiulia Ferraro", t(11, 27, 9, 0), "2026-12-03", o,
        std="vendor", note="Italian, Cc'd colleague"))
    o = orig(D, "a1263", 7, "RE-2026-1263", t(11, 25, 9))
    M.append(autorep(D, "20_ar_weberei_tr", "tr", "Ayşe Demir <verwaltung@alte-weberei-kultur.de>", "Ofis dışında",
        "Merhaba,\n\nŞu anda yıllık izindeyim ve e-postalarıma erişimim yok. 30 Kasım Pazartesi günü tekrar ofiste olacağım.\n\nSaygılarımla\nAyşe Demir",
        t(11, 25, 9, 0), "2026-11-30", o, std=False, charset="iso-8859-9", note="Turkish, no auto headers"))
    o = orig(D, "a1256", 1, "RE-2026-1256", t(11, 23, 9))
    M.append(autorep(D, "21_ar_messe_ticket", "de", "Kreditorenbuchhaltung <kreditoren@messe-oberhausen-vg.de>",
        "[Ticket#2026112310004417] Eingangsbestätigung: " + o["subject"],
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der Ticketnummer 2026112310004417 erfasst "
        "und wird schnellstmöglich bearbeitet. Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.\n\nIhre Kreditorenbuchhaltung",
        t(11, 23, 9, 0), "", o, note="ticket acknowledgement, no absence, no return date"))
    # challenge
    o = orig(D, "c1251", 0, "RE-2026-1251", t(11, 24, 9))
    M.append(challenge(D, "22_challenge_muehlgraben", "de", C[0][2], "SpamSchild", "spamschild.de",
        "Guten Tag,\n\nIhre E-Mail an %s mit dem Betreff\n\n  \"%s\"\n\nwurde vorläufig zurückgehalten. Der Empfänger nutzt SpamSchild, "
        "um unerwünschte Werbung abzuwehren.\n\nBitte bestätigen Sie einmalig, dass Sie kein Spam-Versender sind:\n\n  https://bestaetigen.spamschild.de/c/9d41e7\n\n"
        "Ohne Bestätigung wird die Nachricht nach 5 Tagen gelöscht.\n" % (C[0][2], o["subject"]), t(11, 24, 9, 1), o))
    # payments
    M.append(notifier(D, "23_pay_bank_muehlgraben_skonto", "bank", "Zahlungsavis: Gutschrift auf Konto 4771126",
        "Rheinufer Bank eG – Kontoinformation\n\nAuf Ihrem Konto DE44 3706 0590 0004 7711 26 ist folgende Gutschrift eingegangen:\n\n"
        "Betrag:            9.796,08 EUR\nBuchungstag:       16.11.2026\nWertstellung:      16.11.2026\nAuftraggeber:      Theater am Muehlgraben gGmbH\n"
        "Verwendungszweck:  RE-2026-1301 abzgl. 2% Skonto\n\nDiese Nachricht wurde automatisch erstellt.", t(11, 16, 7, 45),
        L(invoice_numbers="RE-2026-1301", amount="9796.08", payment_date="2026-11-16", payment_full=True,
          note="paid 13 days after issue with permitted 2% Skonto => settles in full"), charset="iso-8859-15"))
    M.append(notifier(D, "24_pay_psp_fandango", "psp", "Zahlung eingegangen: 2.380,00 €",
        "Hallo Corvane Bühnentechnik GmbH,\n\nSie haben eine Zahlung erhalten.\n\nZahler: Zirkus Fandango GmbH\nBetrag: 2.380,00 €\nGebühr: 33,57 €\n"
        "Auszahlungsbetrag: 2.346,43 €\nReferenz: RE-2026-1306\nZahlungsdatum: 01.12.2026\n\nIhr Zahlwerk-Team", t(12, 1, 12, 30),
        L(invoice_numbers="RE-2026-1306", amount="2380.00", payment_date="2026-12-01", payment_full=True, note="gross, fee deducted by PSP"),
        html="<html><body><p>Hallo Corvane B&uuml;hnentechnik GmbH,</p><p>Sie haben eine Zahlung erhalten.</p><ul><li>Zahler: Zirkus Fandango GmbH</li>"
             "<li>Betrag: 2.380,00 &euro;</li><li>Geb&uuml;hr: 33,57 &euro;</li><li>Auszahlungsbetrag: 2.346,43 &euro;</li><li>Referenz: RE-2026-1306</li>"
             "<li>Zahlungsdatum: 01.12.2026</li></ul></body></html>"))
    M.append(notifier(D, "25_pay_bank_hollmann_sammel", "bank", "Zahlungsavis: Gutschrift auf Konto 4771126",
        "Rheinufer Bank eG – Kontoinformation\n\nGutschrift (SEPA-Überweisung)\n\nBetrag:            7.616,00 EUR\nWertstellung:      20.11.2026\n"
        "Auftraggeber:      EVENTTECHNIK HOLLMANN KG\nVerwendungszweck:  RE 2026-1187 4046,00 RE 2026-1192 3570,00\n\nDiese Nachricht wurde automatisch erstellt.",
        t(11, 20, 6, 58), L(invoice_numbers="RE-2026-1187;RE-2026-1192", amount="7616.00", payment_date="2026-11-20", payment_full=True,
                              allocations="RE-2026-1187=4046.00;RE-2026-1192=3570.00", note="collective transfer, two invoices")))
    M.append(notifier(D, "26_pay_bank_landesbuehne_short", "bank", "Zahlungsavis: Gutschrift auf Konto 4771126",
        "Rheinufer Bank eG – Kontoinformation\n\nGutschrift (SEPA-Überweisung)\n\nBetrag:            9.500,00 EUR\nWertstellung:      04.12.2026\n"
        "Auftraggeber:      LANDESBUEHNE NORDHEIDE\nVerwendungszweck:  RE-2026-1302 ABZGL. SICHERHEITSEINBEHALT\n\nDiese Nachricht wurde automatisch erstellt.",
        t(12, 4, 7, 3), L(invoice_numbers="RE-2026-1302", amount="9500.00", payment_date="2026-12-04", payment_full=False, needs_human=True,
                            note="short payment (retention) against 9875.00")))
    M.append(notifier(D, "27_pay_bank_fandango_rest", "bank", "Zahlungsavis: Gutschrift auf Konto 4771126",
        "Rheinufer Bank eG – Kontoinformation\n\nGutschrift (SEPA-Echtzeitüberweisung)\n\nBetrag:            1.190,00 EUR\nWertstellung:      26.11.2026\n"
        "Auftraggeber:      Zirkus Fandango GmbH\nVerwendungszweck:  Rechnung 1214 Restzahlung\n\nDiese Nachricht wurde automatisch erstellt.",
        t(11, 26, 15, 21), L(invoice_numbers="RE-2026-1214", amount="1190.00", payment_date="2026-11-26", payment_full=True,
                               note="invoice number abbreviated '1214'; 'Restzahlung' = final remainder")))
    # other
    M.append(notifier(D, "28_other_displayname_spoof", "bank", "Zahlungsavis: Gutschrift 17.136,00 EUR",
        "Rheinufer Bank eG – Kontoinformation\n\nGutschrift 17.136,00 EUR, Auftraggeber Messe Oberhausen, Verwendungszweck RE-2026-1303.\n"
        "Die Gutschrift wird erst nach Bestätigung Ihrer Kontodaten freigegeben: https://rheinufer-bank.online-freigabe.com\n",
        t(11, 21, 4, 12), L(invoice_numbers="RE-2026-1303", needs_human=True, note="display-name spoof from a freemail address; phishing"),
        kind="other", frm="\"Rheinufer Bank eG avis@rheinuferbank.de\" <rheinufer.avis@gmail.com>",
        auth="spf=pass smtp.mailfrom=gmail.com; dkim=pass header.d=gmail.com; dmarc=pass header.from=gmail.com"))
    M.append(notifier(D, "29_other_lookalike_zahlwerk", "psp", "Zahlung eingegangen: 6.420,00 €",
        "Hallo,\n\nSie haben eine Zahlung über 6.420,00 € (Referenz RE-2026-1305) erhalten. Bitte melden Sie sich an, um die Auszahlung freizugeben.\n\nIhr Zahlwerk-Team",
        t(11, 28, 2, 40), L(invoice_numbers="RE-2026-1305", needs_human=True, note="look-alike zahiwerk.de, dmarc none"),
        kind="other", frm="Zahlwerk <benachrichtigung@zahiwerk.de>", auth="spf=pass smtp.mailfrom=zahiwerk.de; dkim=none; dmarc=none header.from=zahiwerk.de"))
    M.append(Msg("30_other_newsletter", "other", "de", "Bühnentechnik Rundschau <newsletter@buehnentechnik-rundschau.de>", BOT,
        "Rundschau 47/2026: Neue DGUV-Regeln, E-Rechnungspflicht ab 2027, Messe-Termine", t(11, 20, 6, 0),
        ALT("Bühnentechnik Rundschau 47/2026\n\n- E-Rechnungspflicht: was ab 1.1.2027 für Rechnungen über 800.000 € Umsatz gilt\n- DGUV V17/18: neue Prüffristen\n"
            "- Zahlungsmoral in der Veranstaltungsbranche sinkt\n\nAbmelden: https://buehnentechnik-rundschau.de/abmelden",
            "<html><body><h1>B&uuml;hnentechnik Rundschau 47/2026</h1><ul><li>E-Rechnungspflicht</li><li>DGUV V17/18</li><li>Zahlungsmoral</li></ul></body></html>",
            "iso-8859-15"),
        extra=[("List-Unsubscribe", "<https://buehnentechnik-rundschau.de/abmelden>"), ("Precedence", "bulk")], label=L(note="newsletter")))
    M.append(staff_mail(D, "31_other_internal", 1, addr("Katrin Wölfel", D["staff"][0][1]), "WG: Elmbach 1307",
        "Katrin,\n\nSeidl hat eben angerufen, die 1307 passt jetzt. Er meinte aber, die alte 1226 sei bei denen schon zur Zahlung angewiesen – "
        "schau bitte, ob da was doppelt kommt.\n\nJonas\n\nVon meinem iPhone gesendet", t(11, 20, 11, 5),
        L(invoice_numbers="RE-2026-1307;RE-2026-1226", needs_human=True, note="internal chatter, bot in Cc; possible double payment"),
        cc="Corvane Forderungsmanagement <receivables@corvane-group.com>"))
    # client replies
    o = orig(D, "c1303", 1, "RE-2026-1303", t(11, 24, 9))
    M.append(reply(D, "32_reply_messe_kw51", 1,
        "Sehr geehrte Damen und Herren,\n\ndie Abschlagsrechnung RE-2026-1303 ist freigegeben und für den Zahllauf in KW 51 eingeplant.\n\n"
        "Mit freundlichen Grüßen\ni. A. Dirk Kemper\nKreditorenbuchhaltung\n\n-----Ursprüngliche Nachricht-----\nVon: Corvane Forderungsmanagement\n"
        "Gesendet: Dienstag, 24. November 2026 09:00\nBetreff: %s\n\nGuten Tag, wir hoffen, es geht Ihnen gut. Die Rechnung RE-2026-1303 über 17.136,00 € war am 19.11.2026 fällig.\n" % o["subject"],
        t(11, 25, 8, 12), L(intent="promise", invoice_numbers="RE-2026-1303", promised_date="2026-12-18", note="KW 51 => Fri 18.12.2026"), o=o,
        charset="iso-8859-15"))
    o = orig(D, "c1210", 2, "RE-2026-1210", t(11, 24, 9))
    M.append(reply(D, "33_reply_konzerthaus_paid", 2,
        "Hallo,\n\ndie Rechnung haben wir bereits am 24.11. überwiesen (2.856,00 €). Bitte prüfen Sie Ihren Zahlungseingang.\n\nGruß\nP. Albers",
        t(11, 26, 10, 31), L(intent="paid", invoice_numbers="RE-2026-1210", amount="2856.00", currency="EUR", payment_date="2026-11-24",
                               note="paid claim; reminder probably crossed the transfer"), o=o))
    o = orig(D, "c1221", 9, "RE-2026-1221", t(11, 18, 9))
    M.append(reply(D, "34_reply_wettersbach_dispute", 9,
        "Guten Tag,\n\nder Rechnung RE-2026-1221 widerspreche ich hiermit. Abgerechnet sind 22 Monteurstunden, laut den von Ihrem Monteur "
        "unterschriebenen Stundenzetteln waren es 14. Bitte korrigieren Sie die Rechnung; bis dahin zahlen wir nicht.\n\nKlaus Rieger\nHallenmeister",
        t(11, 19, 7, 55), L(intent="dispute", invoice_numbers="RE-2026-1221", note="hours disputed"), o=o))
    o = orig(D, "c1263", 7, "RE-2026-1263", t(12, 1, 9))
    M.append(reply(D, "35_reply_weberei_stop_lawyer", 7,
        "Sehr geehrte Damen und Herren,\n\nwir fordern Sie auf, weitere Zahlungserinnerungen an diese Adresse zu unterlassen. Die Angelegenheit "
        "liegt inzwischen bei unserem Rechtsanwalt, Herrn RA Faber, der sich mit Ihnen in Verbindung setzen wird.\n\nKulturzentrum Alte Weberei\nVerwaltung",
        t(12, 1, 16, 2), L(intent="stop", invoice_numbers="RE-2026-1263", needs_human=True, note="stop plus lawyer involved"), o=o))
    o = orig(D, "c1233", 5, "RE-2026-1233", t(11, 23, 9))
    M.append(reply(D, "36_reply_fandango_raten", 5,
        "Hallo Herr Bergmann, hallo Team,\n\ndie Wintersaison ist schwach angelaufen. Könnten wir die RE-2026-1233 (5.950,00 €) in drei Raten zahlen – "
        "jeweils zum 15. Dezember, 15. Januar und 15. Februar? Wäre super.\n\nLG Marta",
        t(11, 24, 19, 12), L(intent="plan", invoice_numbers="RE-2026-1233", amount="5950.00", currency="EUR", needs_human=True,
                               note="installment request"), o=o, mailer="Apple Mail (2.3774)"))
    o = orig(D, "c1240", 6, "RE-2026-1240", t(11, 24, 9))
    M.append(reply(D, "37_reply_elmbach_xrechnung", 6,
        "Sehr geehrte Damen und Herren,\n\nals öffentlich geförderte Einrichtung dürfen wir nur E-Rechnungen verarbeiten. Bitte senden Sie "
        "RE-2026-1240 erneut als XRechnung an u.seidl@festspiele-elmbach.de.\n\nMit freundlichen Grüßen\nDr. Ulrich Seidl\nKaufmännische Leitung",
        t(11, 25, 11, 11), L(intent="question", invoice_numbers="RE-2026-1240", note="resend request in e-invoice format"), o=o))
    o = orig(D, "c1245", 8, "RE-2026-1245", t(11, 25, 9))
    M.append(reply(D, "38_reply_brandt_ende_naechster_woche", 8,
        "Hi, sorry, war im Dreh. Die 1245 überweise ich bis Ende nächster Woche. Lena\n\nVon meinem iPhone gesendet\n\n"
        "Am 25.11.2026 um 09:00 schrieb Corvane Forderungsmanagement <receivables@corvane-group.com>:\n> Rechnung RE-2026-1245 ist seit 10 Tagen fällig.\n",
        t(11, 25, 22, 40), L(intent="promise", invoice_numbers="RE-2026-1245", promised_date="2026-12-04",
                               note="'bis Ende nächster Woche' on Wed 25.11 => Fri 04.12"), o=o, mailer="iPhone Mail (20H115)"))
    o = orig(D, "c1251", 0, "RE-2026-1251", t(12, 2, 9))
    M.append(reply(D, "39_reply_muehlgraben_haushaltssperre", 0,
        "Sehr geehrte Damen und Herren,\n\nleider besteht bei uns derzeit eine Haushaltssperre. Eine Zahlung der RE-2026-1251 ist deshalb keinesfalls vor "
        "dem 15. Januar möglich; einen verbindlichen Termin kann ich Ihnen noch nicht nennen.\n\nMit freundlichen Grüßen\nSabine Roth",
        t(12, 2, 10, 45), L(intent="other", invoice_numbers="RE-2026-1251", needs_human=True,
                              note="'not before 15 Jan' is not a promise; no binding date"), o=o))
    o = orig(D, "c1260", 4, "RE-2026-1260", t(11, 30, 9))
    M.append(reply(D, "40_reply_landesbuehne_quoted_html", 4, "",
        t(11, 30, 14, 2), L(intent="other", invoice_numbers="RE-2026-1260",
                              note="HTML only; 'bereits bezahlt' appears only in the quoted reminder; status: awaiting approval"), o=o))
    M[-1].body = H("<html><body><p>Guten Tag,</p><p>danke f&uuml;r den Hinweis. Die Rechnung liegt derzeit zur Freigabe beim Intendanten.</p>"
                   "<p>Freundliche Gr&uuml;&szlig;e<br>Rechnungseingang Landesb&uuml;hne</p><div style='border-left:2px solid #ccc;padding-left:8px'>"
                   "<p><b>Von:</b> Corvane Forderungsmanagement<br><b>Betreff:</b> %s</p><p>... Sollten Sie bereits bezahlt haben, betrachten Sie diese "
                   "Nachricht bitte als gegenstandslos. Betrag: 3.213,00 &euro;, f&auml;llig am 20.11.2026.</p></div></body></html>" % o["subject"])
    o = orig(D, "c1304", 2, "RE-2026-1304", t(12, 3, 9))
    M.append(reply(D, "41_reply_konzerthaus_monatsende", 2,
        "Guten Morgen,\n\ndie RE-2026-1304 wird zum Monatsende angewiesen.\n\nFreundliche Grüße\nPetra Albers",
        t(12, 3, 9, 50), L(intent="promise", invoice_numbers="RE-2026-1304", promised_date="2026-12-31", note="Monatsende in December"), o=o))
    o = orig(D, "c1305", 3, "RE-2026-1305", t(11, 30, 9))
    M.append(reply(D, "42_reply_hollmann_mixed", 3,
        "Moin,\n\nbei der 1305 habt ihr euch verrechnet: wir haben als Abschlag 18.000 € gezahlt, nicht 15.000 €. Bleiben also 3.420 € offen und nicht 6.420 €. "
        "Die 3.420 € überweisen wir diese Woche noch, den Rest bitte per Gutschrift korrigieren.\n\nSven",
        t(11, 30, 16, 22), L(intent="dispute", invoice_numbers="RE-2026-1305", needs_human=True,
                               note="mixed: dispute of balance + promise of undisputed part this week"), o=o))
    M.append(reply(D, "43_reply_messe_fwd_notreceived", 1,
        "Hallo,\n\nanbei zur Info, unsere Posteingangsstelle hat die Rechnung RE-2026-1256 nie bekommen. Bitte schicken Sie sie an kreditoren@messe-oberhausen-vg.de.\n\n"
        "Gruß Kemper\n\n________________________________\nVon: Einkauf Messe Oberhausen\nGesendet: Montag, 30. November 2026 10:14\nAn: Kreditorenbuchhaltung\n"
        "Betreff: WG: Corvane Mahnung?\n\nKennt jemand eine Rechnung 1256 von Corvane? Bei uns nicht im System.\n",
        t(11, 30, 13, 3), L(intent="question", invoice_numbers="RE-2026-1256", note="not received / resend; forwarded internal chain"),
        subj="WG: Rechnung RE-2026-1256", charset="windows-1252"))
    o = orig(D, "c1302", 4, "RE-2026-1302", t(12, 4, 9))
    M.append(reply(D, "44_reply_landesbuehne_einbehalt", 4,
        "Guten Tag,\n\nzu Ihrer Rückfrage: von der RE-2026-1302 haben wir 375,00 € als Sicherheitseinbehalt bis zur mängelfreien Abnahme der "
        "Drehbühne zurückbehalten (siehe Vertrag § 9). Der Betrag wird nach Abnahme ausgezahlt.\n\nRechnungseingang Landesbühne Nordheide",
        t(12, 4, 15, 33), L(intent="dispute", invoice_numbers="RE-2026-1302", amount="375.00", currency="EUR", needs_human=True,
                              note="explains retention of 375; effectively disputes/withholds part"), o=o))
    return M

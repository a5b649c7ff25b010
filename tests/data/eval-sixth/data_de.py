"""German messages."""
def build(B):
    L = "de"; dt = B.dt; mid = B.mid; q = B.quote
    ST = "Lena Hartmann <lena.hartmann@tidewell-trading.com>"
    ST2 = "Jonas Weber <jonas.weber@tidewell-trading.com>"
    BH = "Bäckerei Hollmann GmbH <buchhaltung@baeckerei-hollmann.de>"
    SV = "Schreinerei Voss <info@schreinerei-voss.de>"
    AK = "Kanzlei Adler & Kern <rechnungen@adler-kern.de>"
    EL = "Elbmarsch Logistik GmbH – Kreditoren <kreditoren@elbmarsch-logistik.de>"
    PS = "Praxis Dr. Seidel <praxis@dr-seidel-ortho.de>"
    KB = "Kaffeehaus Brenner <office@kaffeehaus-brenner.at>"
    B.contact("buchhaltung@baeckerei-hollmann.de", "info@schreinerei-voss.de", "rechnungen@adler-kern.de",
              "kreditoren@elbmarsch-logistik.de", "praxis@dr-seidel-ortho.de", "office@kaffeehaus-brenner.at",
              "m.kowalski@elbmarsch-logistik.de", "g.ferri@kaffeehaus-brenner.at", "buero@adler-kern.de", "praxis.seidel@t-online.de")
    B.inv("RE-2026/1158", "RE-2026/1142", "RE-2026/1150", "RE-2026/1155", "RE-2026/1161", "RE-2026/1164")
    M = {k: mid("mahn-de-%s" % k) for k in ("1142a", "1150a", "1155a", "1161a", "1164a", "1142b", "1150b", "1155b", "1161b", "1164b", "1187a", "1190a")}

    B.invoice(L, "01_rechnung_standard", ST, BH, "Rechnung RE-2026/1187", dt("2026-11-03 09:41"),
        "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung RE-2026/1187 vom 03.11.2026 über die Lieferung von Edelstahl-Arbeitstischen.\n\n"
        "Nettobetrag: 3.450,00 EUR\nzzgl. 19 % USt.: 655,50 EUR\nRechnungsbetrag: 4.105,50 EUR\n\nZahlbar innerhalb von 30 Tagen ohne Abzug, also bis zum 03.12.2026.\n"
        "IBAN: DE44 5005 0201 0123 4567 89, BIC: HELADEF1822\n\nMit freundlichen Grüßen\nLena Hartmann\nTidewell Trading GmbH",
        dict(invoice_numbers="RE-2026/1187", amount="4105.50", currency="EUR", issue_date="2026-11-03", due_date="2026-12-03", payment_terms_days="30", note="net/gross: due is gross 4.105,50"), pdf="RE-2026-1187.pdf")
    B.invoice(L, "02_rechnung_skonto", ST2, SV, "Ihre Rechnung RE-2026/1188", dt("2026-11-05 14:02"),
        "Hallo Herr Voss,\n\nwie besprochen die Rechnung für die Eichenbohlen.\n\nRechnungsnr.: RE-2026/1188\nRechnungsdatum: 05.11.2026\nGesamtbetrag: 2.618,00 € (inkl. 19 % MwSt.)\n"
        "Zahlungsziel: 14 Tage netto (19.11.2026); bei Zahlung innerhalb von 7 Tagen 2 % Skonto.\n\nViele Grüße\nJonas Weber",
        dict(invoice_numbers="RE-2026/1188", amount="2618.00", currency="EUR", issue_date="2026-11-05", due_date="2026-11-19", payment_terms_days="14", note="Skonto option must not change amount due"), html=True)
    B.invoice(L, "03_rechnung_anzahlung", ST, EL, "Anzahlungsrechnung RE-2026/1189 – Regalanlage Halle 3", dt("2026-11-06 10:15"),
        "Sehr geehrte Damen und Herren,\n\ngemäß Auftragsbestätigung vom 28.10.2026 (Auftragswert 86.000,00 EUR netto) stellen wir Ihnen die vereinbarte Anzahlung von 30 % in Rechnung:\n\n"
        "Anzahlung 30 %: 25.800,00 EUR\nUSt. 19 %: 4.902,00 EUR\nZu zahlen: 30.702,00 EUR\n\nRechnungsnummer RE-2026/1189, Rechnungsdatum 06.11.2026, fällig am 20.11.2026.\n"
        "Die Schlussrechnung folgt nach Abnahme.\n\nFreundliche Grüße\nLena Hartmann",
        dict(invoice_numbers="RE-2026/1189", amount="30702.00", currency="EUR", issue_date="2026-11-06", due_date="2026-11-20", note="down payment vs contract value; no 'Tage' stated"))
    B.invoice(L, "04_rechnung_gutschrift", ST2, AK, "Rechnung RE-2026/1190 abzgl. Gutschrift GS-2026/044", dt("2026-11-10 16:30"),
        "Sehr geehrte Frau Adler,\n\nanbei unsere Rechnung RE-2026/1190 über Büromöbel (Rechnungsbetrag 5.236,00 EUR brutto).\n"
        "Die Gutschrift GS-2026/044 über 595,00 EUR aus der Reklamation im Oktober haben wir verrechnet.\n\nVerbleibender Zahlbetrag: 4.641,00 EUR\nRechnungsdatum: 10.11.2026\nZahlbar bis: 10.12.2026 (30 Tage)\n\nMit freundlichen Grüßen\nJonas Weber",
        dict(invoice_numbers="RE-2026/1190", amount="4641.00", currency="EUR", issue_date="2026-11-10", due_date="2026-12-10", payment_terms_days="30", note="credit note deducted"))
    B.invoice(L, "05_rechnung_raten", ST, PS, "Rechnung RE-2026/1191 – Ratenzahlung", dt("2026-11-12 08:55"),
        "Sehr geehrter Herr Dr. Seidel,\n\nfür die Praxiseinrichtung berechnen wir 18.000,00 EUR (inkl. USt.). Wie vereinbart in 4 Raten:\n"
        "1. Rate 4.500,00 EUR fällig 01.12.2026\n2. Rate 4.500,00 EUR fällig 01.01.2027\n3. Rate 4.500,00 EUR fällig 01.02.2027\n4. Rate 4.500,00 EUR fällig 01.03.2027\n\n"
        "Rechnungsnummer: RE-2026/1191, Datum: 12.11.2026\n\nMit freundlichen Grüßen\nLena Hartmann",
        dict(invoice_numbers="RE-2026/1191", amount="4500.00", currency="EUR", issue_date="2026-11-12", due_date="2026-12-01", note="4 installments; first due now"))
    B.invoice(L, "06_rechnung_at_chf", ST2, KB, "Rechnung RE-2026/1192", dt("2026-11-13 11:11"),
        "Grüß Gott Frau Ferri,\n\nim Anhang die Rechnung RE-2026/1192 für die Kaffeehaus-Bestuhlung, 13.11.2026.\nBetrag: EUR 1.980,– (innergemeinschaftliche Lieferung, steuerfrei, Reverse Charge)\nZahlungsbedingungen: 21 Tage netto – fällig 04.12.2026\n\nBeste Grüße\nJonas Weber",
        dict(invoice_numbers="RE-2026/1192", amount="1980.00", currency="EUR", issue_date="2026-11-13", due_date="2026-12-04", payment_terms_days="21", note="'1.980,–' notation; reverse charge"), pdf="RE-2026-1192.pdf")
    B.invoice(L, "07_rechnung_unklar", ST, EL, "RE-2026/1193 Teilrechnung", dt("2026-11-17 17:20"),
        "Hallo zusammen,\n\nanbei die 2. Teilrechnung RE-2026/1193 (Gesamtauftrag 86.000,00 netto, bisher abgerechnet 25.800,00, diese Teilrechnung 40 % = 34.400,00 netto). "
        "Von der Anzahlung ist noch nichts eingegangen – bitte klärt intern, ob ihr beide zusammen zahlt oder erst die Anzahlung. Brutto je nach Verrechnung 40.936,00 oder 71.638,00.\n\nDatum 17.11.2026\n\nGruß Lena",
        dict(invoice_numbers="RE-2026/1193", amount="", currency="EUR", issue_date="2026-11-17", needs_human=True, note="staged invoice, two candidate totals, due now unclear"))

    B.receipt(L, "08_lesebestaetigung_mdn", BH, dt("2026-11-18 08:12"), M["1142a"], "Zahlungserinnerung RE-2026/1142",
        "Dies ist eine Lesebestätigung für die Nachricht\n\n  An: buchhaltung@baeckerei-hollmann.de\n  Betreff: Zahlungserinnerung RE-2026/1142\n  Gesendet: Dienstag, 17. November 2026 10:00\n\nDie Nachricht wurde am Mittwoch, 18. November 2026 08:11 gelesen.",
        dict(invoice_numbers="RE-2026/1142", subject="Gelesen: Zahlungserinnerung RE-2026/1142", note="German Outlook MDN"))
    B.receipt(L, "09_lesebestaetigung_thunderbird", SV, dt("2026-11-19 19:30"), M["1150a"], "Ist die Rechnung RE-2026/1150 angekommen?",
        "Dies ist eine Empfangsbestätigung für die Nachricht, die Sie an info@schreinerei-voss.de gesendet haben.\n\nHinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht angezeigt wurde. Es gibt keine Garantie, dass der Inhalt gelesen oder verstanden wurde.",
        dict(invoice_numbers="RE-2026/1150", subject="Empfangsbestätigung (angezeigt) - Ist die Rechnung RE-2026/1150 angekommen?", note="Thunderbird 'displayed' MDN"), ua="Mozilla Thunderbird")

    B.bounce(L, "10_unzustellbar_unbekannt", "MAILER-DAEMON@mx00.ionos.de", dt("2026-11-17 10:02"),
        "buero@adler-kern.de", M["1155a"], "Freundliche Erinnerung: RE-2026/1155",
        "Diese Nachricht wurde automatisch vom Mailsystem erstellt.\n\nIhre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden:\n\n<buero@adler-kern.de>: Empfängeradresse unbekannt / Mailbox existiert nicht.\n    host mx00.adler-kern.de said: 550 5.1.1 mailbox unavailable",
        dict(invoice_numbers="RE-2026/1155", bounce_permanent=True, bounce_reason="user_unknown", note="German DSN text"), diag="550 5.1.1 mailbox unavailable", subject="Mail Delivery Failed - Nachricht nicht zustellbar", mta="mx00.ionos.de")
    B.bounce(L, "11_unzustellbar_postfach_voll", "Mail Delivery System <mailer-daemon@t-online.de>", dt("2026-11-21 07:45"),
        "praxis.seidel@t-online.de", M["1161a"], "Zahlungserinnerung RE-2026/1161",
        "|------------------------- Failed addresses follow: ---------------------|\n praxis.seidel@t-online.de ... Das Postfach des Empfängers ist voll (Quota überschritten).\n|------------------------- Message text follows: ------------------------|\nDie Nachricht wurde endgültig nicht zugestellt.",
        dict(invoice_numbers="RE-2026/1161", bounce_permanent=True, bounce_reason="mailbox_full", note="t-online style, German"), status="5.2.2", diag="552 5.2.2 quota exceeded", subject="Zustellung fehlgeschlagen", mta="mailin.t-online.de")
    B.bounce(L, "12_abgelehnt_spam_prosa", "Postmaster <postmaster@elbmarsch-logistik.de>", dt("2026-11-24 13:03"),
        "m.kowalski@elbmarsch-logistik.de", M["1164a"], "Überfällige Rechnung",
        "Hallo,\n\nIhre E-Mail an Herrn M. Kowalski (m.kowalski@elbmarsch-logistik.de) wurde von unserem Spamfilter als unerwünschte Werbung eingestuft und abgewiesen. Sie wurde nicht zugestellt. Bitte wenden Sie sich telefonisch an unsere Zentrale.\n\nIhr IT-Team",
        dict(invoice_numbers="", bounce_permanent=True, bounce_reason="spam", note="hand-written spam rejection, recipient only in prose, no DSN part"), dsn=False, subject="Nachricht abgewiesen")
    B.bounce(L, "13_verzoegert", "Mail Delivery Subsystem <MAILER-DAEMON@mail.tidewell-trading.com>", dt("2026-11-25 15:00"),
        "office@kaffeehaus-brenner.at", M["1190a"], "Wurde Rechnung RE-2026/1192 zugestellt?",
        "Dies ist eine Warnung. Sie müssen Ihre Nachricht NICHT erneut senden.\n\nIhre Nachricht an <office@kaffeehaus-brenner.at> konnte seit 6 Stunden nicht zugestellt werden. Weitere Versuche erfolgen bis zu 5 Tage lang.\n\nGrund: 451 4.7.1 Greylisted, please try again later",
        dict(invoice_numbers="RE-2026/1192", bounce_permanent=False, bounce_reason="other", note="delay notice German, greylisting temp"), status="4.7.1", action="delayed", diag="451 4.7.1 Greylisted", subject="Warnung: Nachricht verzögert", mta="mail.tidewell-trading.com")

    B.autoreply(L, "14_abwesend_standard", AK, dt("2026-11-23 09:00"), M["1155b"], "Zahlungserinnerung RE-2026/1155",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich 30.11.2026 nicht im Büro. Ab dem 01.12.2026 bin ich wieder für Sie da. In dringenden Fällen wenden Sie sich bitte an Frau Kern (kern@adler-kern.de).\n\nMit freundlichen Grüßen\nSabine Adler",
        dict(invoice_numbers="RE-2026/1155", return_date="2026-12-01", note="standard German OOO"), subject="Abwesenheitsnotiz: Zahlungserinnerung RE-2026/1155")
    B.autoreply(L, "15_abwesend_ohne_header", PS, dt("2026-11-26 12:40"), M["1161b"], "Zahlungserinnerung RE-2026/1161",
        "Unsere Praxis ist vom 24.12.2026 bis 03.01.2027 wegen Betriebsurlaub geschlossen. E-Mails werden in dieser Zeit nicht bearbeitet. Ab dem 04.01. sind wir wieder für Sie da.\n\nIhr Praxisteam Dr. Seidel",
        dict(invoice_numbers="RE-2026/1161", return_date="2027-01-04", note="no auto headers, Re: subject; announces a FUTURE closure 24.12-03.01, return stated as 04.01. without year"), headers="none", subject="Re: Zahlungserinnerung RE-2026/1161")
    B.autoreply(L, "16_abwesend_polnisch", "Marek Kowalski <m.kowalski@elbmarsch-logistik.de>", dt("2026-11-20 10:00"), M["1164b"], "Zahlungserinnerung RE-2026/1164",
        "Dzień dobry,\n\ndziękuję za wiadomość. Jestem na urlopie do 27 listopada 2026 r. włącznie. W pilnych sprawach proszę o kontakt z kreditoren@elbmarsch-logistik.de.\n\nPozdrawiam,\nMarek Kowalski",
        dict(language="pl", invoice_numbers="RE-2026/1164", return_date="2026-11-28", note="Polish OOO, 'do 27 listopada włącznie' -> back 28th"), headers="ms", subject="Odpowiedź automatyczna: Zahlungserinnerung RE-2026/1164")
    B.autoreply(L, "17_abwesend_italienisch", "Giulia Ferri <g.ferri@kaffeehaus-brenner.at>", dt("2026-11-27 08:05"), M["1190a"], "Wurde Rechnung RE-2026/1192 zugestellt?",
        "Buongiorno,\n\nsono fuori ufficio fino al 9 dicembre 2026 e non avrò accesso alla posta elettronica. Rientrerò il 10 dicembre.\nPer questioni urgenti contattare office@kaffeehaus-brenner.at.\n\nCordiali saluti,\nGiulia Ferri",
        dict(language="it", invoice_numbers="RE-2026/1192", return_date="2026-12-10", note="Italian OOO with explicit return"), headers="vac", subject="Risposta automatica: Wurde Rechnung RE-2026/1192 zugestellt?")
    B.autoreply(L, "18_eingangsbestaetigung", EL, dt("2026-11-24 13:10"), M["1164a"], "Überfällige Rechnung",
        "Vielen Dank für Ihre E-Mail.\n\nDies ist eine automatische Eingangsbestätigung. Rechnungen und Mahnungen werden in der Reihenfolge ihres Eingangs bearbeitet. Bitte senden Sie Rechnungen ausschließlich als PDF an kreditoren@elbmarsch-logistik.de.\n\nElbmarsch Logistik GmbH – Kreditorenbuchhaltung",
        dict(invoice_numbers="", return_date="", note="auto acknowledgment, subject without invoice no"), subject="Eingangsbestätigung: Überfällige Rechnung")

    B.challenge(L, "19_challenge_spamarrest", "SpamArrest <verify@spamarrest.com>", dt("2026-11-18 15:15"), M["1150a"], "Bestätigung erforderlich / Verification required",
        "Guten Tag,\n\nSie haben eine E-Mail an info@schreinerei-voss.de gesendet. Dieser Empfänger nutzt SpamArrest, um unerwünschte Nachrichten zu blockieren.\n\nBitte bestätigen Sie einmalig, dass Sie kein automatisches Programm sind:\nhttps://www.spamarrest.com/verify?c=DE8812AF\n\nIhre ursprüngliche Nachricht \"Ist die Rechnung RE-2026/1150 angekommen?\" wird danach zugestellt.",
        dict(invoice_numbers="RE-2026/1150", note="challenge mixed de/en subject"))
    B.challenge(L, "20_challenge_antwort", "Kanzlei Adler & Kern Mailfilter <filter@adler-kern.de>", dt("2026-11-23 09:05"), M["1155b"], "Ihre Nachricht wartet auf Bestätigung",
        "Ihre Nachricht an rechnungen@adler-kern.de wurde zurückgehalten.\n\nUm die Zustellung freizugeben, antworten Sie bitte einfach auf diese E-Mail, ohne den Betreff zu ändern. Nicht bestätigte Nachrichten werden nach 5 Tagen gelöscht.",
        dict(note="reply-to-confirm challenge"))

    B.payment(L, "21_gutschrift_voll", "RheinMain Bank <umsatz@benachrichtigung.rheinmainbank.de>", dt("2026-11-19 06:30"), "Umsatzbenachrichtigung: Gutschrift auf Konto ...4567",
        "Guten Tag,\n\nauf Ihrem Geschäftskonto DE44 ... 4567 ist folgende Gutschrift eingegangen:\n\nBetrag: 2.618,00 EUR\nAuftraggeber: Schreinerei Voss e.K.\nVerwendungszweck: RE-2026/1188 Eichenbohlen\nBuchungstag: 19.11.2026\nWertstellung: 18.11.2026\n\nIhre RheinMain Bank",
        dict(invoice_numbers="RE-2026/1188", amount="2618.00", currency="EUR", payment_date="2026-11-18", payment_full=True, allocations="RE-2026/1188=2618.00", note="Buchungstag vs Wertstellung"))
    B.payment(L, "22_gutschrift_skonto_teil", "RheinMain Bank <umsatz@benachrichtigung.rheinmainbank.de>", dt("2026-11-21 06:30"), "Umsatzbenachrichtigung",
        "Neue Gutschrift\n\nBetrag: 2.500,00 EUR\nAuftraggeber: Bäckerei Hollmann GmbH\nVerwendungszweck: Teilzahlung RE 2026 1187\nWertstellung: 20.11.2026\n\nDies ist eine automatisch erzeugte Nachricht.",
        dict(invoice_numbers="RE-2026/1187", amount="2500.00", currency="EUR", payment_date="2026-11-20", payment_full=False, allocations="RE-2026/1187=2500.00", note="partial; reference written without dash/slash"))
    B.payment(L, "23_gutschrift_sammel", "PayStream <notify@paystream.io>", dt("2026-12-02 11:20"), "Zahlungseingang: 3 Rechnungen",
        "Hallo Tidewell Trading GmbH,\n\nSie haben eine Sammelzahlung erhalten.\n\nZahler: Kanzlei Adler & Kern PartG\nGesamtbetrag: 6.321,00 EUR\nDatum: 02.12.2026\n\nAufteilung:\n- RE-2026/1155: 1.190,00 EUR\n- RE-2026/1190: 4.641,00 EUR\n- RE-2026/1158: 490,00 EUR\n\nZahlungs-ID ps_DE77Kq",
        dict(invoice_numbers="RE-2026/1155;RE-2026/1190;RE-2026/1158", amount="6321.00", currency="EUR", payment_date="2026-12-02", payment_full=True, allocations="RE-2026/1155=1190.00;RE-2026/1190=4641.00;RE-2026/1158=490.00", note="three invoices; payment_full assumed true for each share (no balance stated)"), html=True)
    B.payment(L, "24_gutschrift_gefaelscht", "RheinMain Bank <umsatz@benachrichtigung.rheinmainbank.de>", dt("2026-12-03 02:10"), "Umsatzbenachrichtigung: Gutschrift",
        "Guten Tag,\n\nGutschrift: 30.702,00 EUR\nAuftraggeber: Elbmarsch Logistik GmbH\nVerwendungszweck: RE-2026/1189 Anzahlung\nWertstellung: 02.12.2026",
        dict(kind="other", invoice_numbers="RE-2026/1189", amount="30702.00", currency="EUR", note="forged: no Authentication-Results at all"), auth=None)
    B.payment(L, "25_gutschrift_rate", "RheinMain Bank <umsatz@benachrichtigung.rheinmainbank.de>", dt("2026-12-02 06:31"), "Umsatzbenachrichtigung: Gutschrift auf Konto ...4567",
        "Gutschrift\nBetrag: 4.500,00 EUR\nAuftraggeber: Dr. med. dent. Thomas Seidel\nVerwendungszweck: 1. Rate RE-2026/1191\nWertstellung: 01.12.2026",
        dict(invoice_numbers="RE-2026/1191", amount="4500.00", currency="EUR", payment_date="2026-12-01", payment_full=False, allocations="RE-2026/1191=4500.00", note="installment paid; invoice not fully paid"))

    o = "Am 17.11.2026 um 10:00 schrieb Tidewell Trading Buchhaltung <ar@tidewell-trading.com>:"
    B.reply(L, "26_antwort_bezahlt", BH, dt("2026-11-18 10:30"), M["1142a"], "AW: Zahlungserinnerung RE-2026/1142",
        "Guten Morgen,\n\ndie Rechnung haben wir bereits am 12.11. überwiesen. Bitte prüfen Sie Ihren Zahlungseingang.\n\nMfG\nK. Hollmann", q(o, "Guten Tag,\nwir hoffen, es geht Ihnen gut. Die Rechnung RE-2026/1142 über 490,00 EUR ist seit dem 15.11.2026 fällig.\nSollten Sie bereits bezahlt haben, betrachten Sie diese Nachricht bitte als gegenstandslos."),
        dict(invoice_numbers="RE-2026/1142", intent="paid_claim", needs_human=True, note="paid claim with date"))
    B.reply(L, "27_antwort_zusage", SV, dt("2026-11-20 07:50"), M["1150b"], "Re: Erinnerung RE-2026/1150",
        "Moin, zahle ich Anfang nächster Woche, spätestens am Dienstag den 24.11. Gruß Voss", "",
        dict(invoice_numbers="RE-2026/1150", intent="promise", promised_date="2026-11-24", needs_human=False, note="'spätestens am Dienstag den 24.11.' no year"))
    B.reply(L, "28_antwort_nicht_freitag", EL, dt("2026-11-26 11:00"), M["1164b"], "AW: Zahlungserinnerung RE-2026/1164",
        "Sehr geehrte Damen und Herren,\n\ndiesen Freitag schaffen wir die Zahlung leider nicht, unser Zahllauf ist erst am 15. Dezember. Dann geht der Betrag raus.\n\nFreundliche Grüße\nKreditorenbuchhaltung", "",
        dict(invoice_numbers="RE-2026/1164", intent="promise", promised_date="2026-12-15", needs_human=False, note="not Friday but 15th"))
    B.reply(L, "29_antwort_keine_zusage", AK, dt("2026-12-01 14:20"), M["1155b"], "AW: Zahlungserinnerung RE-2026/1155",
        "Sehr geehrte Damen und Herren,\n\nich kann Ihnen leider noch keinen Termin nennen. Frau Adler ist bis Ende der Woche im Urlaub und muss die Zahlung freigeben. Ob das noch vor Weihnachten klappt, kann ich nicht versprechen.\n\nMit freundlichen Grüßen\nPetra Lang, Sekretariat", "",
        dict(invoice_numbers="RE-2026/1155", intent="other", needs_human=True, note="can't promise, Christmas mention is not a date"))
    B.reply(L, "30_antwort_reklamation", KB, dt("2026-11-28 09:45"), M["1190a"], "AW: Wurde Rechnung RE-2026/1192 zugestellt?",
        "Grüß Gott,\n\nja, die Rechnung ist da, aber die Sessel sind in der falschen Farbe gekommen (Bordeaux statt Olivgrün) und zwei Beine waren gebrochen. Solange das nicht geklärt ist, zahlen wir nicht.\n\nGlG Giulia Ferri", "",
        dict(invoice_numbers="RE-2026/1192", intent="dispute", needs_human=True, note="Austrian German, confirms receipt AND disputes"))
    B.reply(L, "31_antwort_raten", PS, dt("2026-11-30 18:00"), M["1161b"], "Re: Zahlungserinnerung RE-2026/1161",
        "Hallo,\n\nwäre es möglich, den offenen Betrag von 2.380,00 EUR in zwei Teilbeträgen zu begleichen, also Dezember und Januar? Die Praxis hat gerade hohe Investitionen.\n\nDanke und Gruß\nT. Seidel", "",
        dict(invoice_numbers="RE-2026/1161", intent="plan_request", amount="2380.00", currency="EUR", needs_human=True, note="plan request with amount"))
    B.reply(L, "32_antwort_nicht_erhalten", EL, dt("2026-11-19 16:10"), M["1187a"], "AW: Rechnung RE-2026/1189?",
        "Hallo,\n\neine Rechnung RE-2026/1189 liegt uns nicht vor. Bitte senden Sie diese erneut an kreditoren@elbmarsch-logistik.de, gerne als ZUGFeRD.\n\nViele Grüße\nElbmarsch Logistik", "",
        dict(invoice_numbers="RE-2026/1189", intent="not_received", needs_human=True, note="not received"))
    B.reply(L, "33_antwort_bankdaten", KB, dt("2026-12-02 10:10"), M["1190a"], "Bankverbindung?",
        "Servus,\n\nkönnten Sie uns bitte Ihre IBAN und BIC noch einmal schicken? Unsere Bank will die Daten schriftlich.\n\nDanke, Giulia", "",
        dict(invoice_numbers="", intent="payment_details", needs_human=False, note="new subject without invoice no (thread points to RE-2026/1192 reminder); bank details request"))
    B.reply(L, "34_antwort_stopp_hoeflich", "Marek Kowalski <m.kowalski@elbmarsch-logistik.de>", dt("2026-11-27 13:30"), M["1164b"], "AW: Zahlungserinnerung RE-2026/1164",
        "Guten Tag,\n\nich bin für Rechnungen nicht zuständig. Ich möchte Sie daher freundlich bitten, mich aus Ihrem Verteiler zu nehmen und mir keine weiteren Zahlungserinnerungen zu schicken.\n\nBesten Dank\nM. Kowalski", "",
        dict(invoice_numbers="RE-2026/1164", intent="stop", needs_human=False, note="polite stop; not responsible"))
    B.reply(L, "35_antwort_zitat_zahlung", SV, dt("2026-11-25 08:00"), M["1150b"], "Re: Erinnerung RE-2026/1150",
        "Hallo, haben Sie die Bohlen auch in 60 mm? Dann würde ich gleich nachbestellen.\nVoss",
        q("Am 24.11.2026 schrieb Tidewell Trading Buchhaltung:", "vielen Dank, Ihre Zahlung über 1.420,00 EUR ist eingegangen. Die Rechnung RE-2026/1150 ist damit bezahlt."),
        dict(invoice_numbers="RE-2026/1150", intent="other", needs_human=True, note="payment only in quote"))
    B.reply(L, "36_antwort_teil_rest", BH, dt("2026-11-30 11:15"), M["1142b"], "AW: Zahlungserinnerung RE-2026/1187",
        "Hallo Frau Hartmann,\n\n2.500,00 EUR haben wir letzte Woche überwiesen, den Rest von 1.605,50 EUR zahlen wir bis zum 10.12.2026.\n\nGruß aus der Backstube\nHollmann", "",
        dict(invoice_numbers="RE-2026/1187", intent="promise", amount="2500.00", currency="EUR", promised_date="2026-12-10", needs_human=True, note="partial paid claim + promise for rest"))
    B.reply(L, "37_antwort_verneint", AK, dt("2026-12-04 09:30"), M["1155b"], "AW: Zahlungserinnerung RE-2026/1155",
        "Eine Zahlung bis zum 5.12. wird es nicht geben, wir haben die Rechnung zur Prüfung an unseren Steuerberater gegeben. Wir melden uns.\n\nSabine Adler", "",
        dict(invoice_numbers="RE-2026/1155", intent="other", needs_human=True, note="negated promise, no new date"))

    B.staff(L, "38_staff_befehle", ST, dt("2026-12-03 08:30"), "Befehle",
        "pause ELBMARSCH 14d\ndispute RE-2026/1192 falsche Farbe, Beine gebrochen\n",
        dict(invoice_numbers="RE-2026/1192", note="pause + dispute"))
    B.staff(L, "39_staff_gefaelscht", "Lena Hartmann <lena.hartmann@tidewell-trading.com>", dt("2026-12-05 22:10"), "Re: Befehle",
        "resume ELBMARSCH\npaid RE-2026/1193 71638.00 2026-12-05",
        dict(kind="other", invoice_numbers="RE-2026/1193", note="forged: dmarc=fail"), auth=B.ar("lena.hartmann@tidewell-trading.com", ok=False))
    B.other(L, "40_bewerbung", "Felix Brandt <felix.brandt92@gmx.de>", dt("2026-11-29 20:11"), "Initiativbewerbung Buchhaltung",
        "Sehr geehrte Damen und Herren,\n\nhiermit bewerbe ich mich initiativ als Buchhalter in Teilzeit. Im Anhang finden Sie meinen Lebenslauf.\n\nMit freundlichen Grüßen\nFelix Brandt",
        dict(note="job application, stranger"), pdf="Lebenslauf_Brandt.pdf")
    B.other(L, "41_phishing_rechnung", "Buchhaltung Elbmarsch <kreditoren@elbmarsch-logistik.de.rechnung-info.com>", dt("2026-12-01 06:45"), "Änderung unserer Bankverbindung – bitte RE-2026/1189 künftig hierhin",
        "Sehr geehrte Damen und Herren,\n\nbitte beachten Sie unsere neue Bankverbindung für alle künftigen Zahlungen: IBAN LT12 3250 0123 4567 8901. Bitte bestätigen Sie kurz per Antwort.\n\nMit freundlichen Grüßen\nKreditorenbuchhaltung",
        dict(invoice_numbers="RE-2026/1189", note="lookalike domain phishing (bank change fraud), dmarc fail"), html=False, auth=B.ar("kreditoren@elbmarsch-logistik.de.rechnung-info.com", ok=False))

"""German set: Kestrel Works (DACH clients)."""
from make import (attach_rfc822, BOT, DOM, D, FAKE_PDF, authres, bmid, build, contacts, report,
                  save, smid)

L = "de"
LENA = ("Lena Vogt", "lena.vogt@" + DOM)
BUCH = ("Kestrel Works Buchhaltung", "buchhaltung@" + DOM)
ARB = ("Kestrel Works Debitorenbuchhaltung", BOT)


def q(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def erinnerung(inv, betrag, faellig, anrede="Guten Tag"):
    return (f"{anrede},\n\nwir hoffen, es geht Ihnen gut und das Geschäft läuft.\n\n"
            f"Laut unseren Unterlagen ist die Rechnung {inv} über {betrag} seit dem {faellig} fällig. "
            f"Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie diese E-Mail bitte als gegenstandslos.\n\n"
            f"Bankverbindung: Nordbank, IBAN DE44 2005 0550 1234 5678 90, Verwendungszweck {inv}\n\n"
            f"Bei Fragen antworten Sie einfach auf diese E-Mail.\n\n"
            f"Mit freundlichen Grüßen\nKestrel Works Debitorenbuchhaltung")


def make():
    contacts("buchhaltung@baeckerei-kranzler.de", "rechnungen@hofmann-metallbau.de",
             "k.hofmann@hofmann-metallbau.de", "info@alpenblick-hotel.at", "praxis@dr-wendt.de",
             "kreditoren@mueller-logistik.de", "t.berger@mueller-logistik.de",
             "finanzen@zuercher-druck.ch", "j.feldmann@feldmann-it.de", "kanzlei@schneider-voss.de",
             "info@weingut-ritter.de", "buero@oeztuerk-sanitaer.de",
             "administratie@vandijk-installatie.nl", "ksiegowosc@polbud-system.pl",
             "kontakt@cafe-lindenhof.de", "info@gaertnerei-blum.de")
    la = authres(LENA[1])

    # ---------------- Rechnungskopien ----------------
    m = build(LENA, ("Bäckerei Kranzler GmbH", "buchhaltung@baeckerei-kranzler.de"),
              "Rechnung RE-26-1187 – Kassensystem-Anbindung", D("2026-11-02 10:14", "+0100"),
              cc=[ARB], auth=la, mid=smid("de01"),
              text="""Sehr geehrte Frau Kranzler,

anbei erhalten Sie unsere Rechnung RE-26-1187 für die Anbindung Ihres Kassensystems an den Onlineshop.

Rechnungsdatum: 02.11.2026
Nettobetrag:     2.000,00 €
zzgl. 19 % USt.:   380,00 €
Rechnungsbetrag: 2.380,00 €

Zahlbar innerhalb von 14 Tagen ohne Abzug auf das unten genannte Konto.
IBAN DE44 2005 0550 1234 5678 90 · BIC NORBDEHHXXX

Mit freundlichen Grüßen
Lena Vogt
Kestrel Works GmbH · Projektleitung
""", attach=[("invoice-RE-26-1187.pdf", FAKE_PDF)])
    save(L, "01_rechnung_kranzler", m, kind="invoice_copy", invoice_numbers="RE-26-1187",
         amount="2380.00", currency="EUR", issue_date="2026-11-02", due_date="2026-11-16",
         payment_terms_days=14, note="German number format; due date computed from 14 Tage")

    m = build(LENA, [("Klaus Hofmann", "k.hofmann@hofmann-metallbau.de"), ("Rechnungseingang", "rechnungen@hofmann-metallbau.de")],
              "Ihre Rechnung Nr. RE-26-1190", D("2026-11-04 15:40", "+0100"),
              cc=[ARB], auth=la, mid=smid("de02"),
              text="""Hallo Herr Hofmann,

wie besprochen die Rechnung für das Lager-Dashboard (Phase 1).

Rechnungs-Nr.: RE-26-1190
Datum: 04.11.2026
Gesamtbetrag: 18.564,00 EUR (inkl. 19 % MwSt. 2.964,00 EUR)

Zahlungsziel: 30 Tage netto. Bei Zahlung innerhalb von 10 Tagen gewähren wir 2 % Skonto (Zahlbetrag dann 18.192,72 EUR).

Viele Grüße aus Leipzig
Lena Vogt
""", attach=[("invoice-RE-26-1190.pdf", FAKE_PDF)])
    save(L, "02_rechnung_hofmann_skonto", m, kind="invoice_copy", invoice_numbers="RE-26-1190",
         amount="18564.00", currency="EUR", issue_date="2026-11-04", due_date="2026-12-04",
         payment_terms_days=30, note="Skonto amount 18.192,72 as alternative; VAT amount distractor")

    m = build(BUCH, ("Hotel Alpenblick", "info@alpenblick-hotel.at"),
              "Rechnung RE-26-1193", D("2026-11-05 09:02", "+0100"),
              auth=authres(BUCH[1]), mid=smid("de03"),
              text="""Grüß Gott,

im Anhang finden Sie die Rechnung RE-26-1193 vom 5. November 2026 für das neue Buchungsmodul.

Netto EUR 5.200,00
USt. 20 % EUR 1.040,00
Gesamt EUR 6.240,00

Fällig am 5. Dezember 2026.

Freundliche Grüße
Kestrel Works Buchhaltung
""", attach=[("invoice-RE-26-1193.pdf", FAKE_PDF)])
    save(L, "03_rechnung_alpenblick_bcc", m, kind="invoice_copy", invoice_numbers="RE-26-1193",
         amount="6240.00", currency="EUR", issue_date="2026-11-05", due_date="2026-12-05", note="bot only in Bcc; Austrian VAT 20%; date written out")

    m = build(LENA, ("Zürcher Druck AG – Finanzen", "finanzen@zuercher-druck.ch"),
              "Rechnung RE-26-1196 / Druckportal", D("2026-11-06 11:30", "+0100"),
              cc=[ARB], auth=la, mid=smid("de04"),
              text="""Grüezi Frau Baumann

Anbei unsere Rechnung für die Erweiterung des Druckportals.

Rechnungsnummer  RE-26-1196
Rechnungsdatum   06.11.2026
Betrag exkl. MWST  CHF 3'900.00
MWST 8.1 %         CHF   315.90
Total              CHF 4'215.90
Zahlbar bis        06.12.2026

QR-Rechnung im Anhang.

Freundliche Grüsse
Lena Vogt
""", attach=[("invoice-RE-26-1196.pdf", FAKE_PDF)])
    save(L, "04_rechnung_zuerich_chf", m, kind="invoice_copy", invoice_numbers="RE-26-1196",
         amount="4215.90", currency="CHF", issue_date="2026-11-06", due_date="2026-12-06", note="Swiss apostrophe thousands separator and decimal point; CHF")

    m = build(LENA, ("Praxis Dr. med. Wendt", "praxis@dr-wendt.de"),
              "Rechnung Website-Wartung November", D("2026-11-06 17:55", "+0100"),
              cc=[ARB], auth=la, mid=smid("de05"),
              html="""<html><body style="font-family:Arial"><p>Sehr geehrte Damen und Herren,</p>
<p>hiermit übersenden wir Ihnen die Rechnung <strong>RE-26-1199</strong> vom 06.11.2026 für die Wartung Ihrer Praxis-Website.</p>
<table><tr><td>Wartungspauschale</td><td align="right">500,00&nbsp;€</td></tr>
<tr><td>19&nbsp;% USt.</td><td align="right">95,00&nbsp;€</td></tr>
<tr><td><b>Summe</b></td><td align="right"><b>595,00&nbsp;€</b></td></tr></table>
<p>Bitte überweisen Sie den Betrag bis zum 20.11.2026.</p>
<p>Mit freundlichen Grüßen<br>Lena Vogt<br>Kestrel Works GmbH</p></body></html>""",
              attach=[("invoice-RE-26-1199.pdf", FAKE_PDF)])
    save(L, "05_rechnung_wendt_html_only", m, kind="invoice_copy", invoice_numbers="RE-26-1199",
         amount="595.00", currency="EUR", issue_date="2026-11-06", due_date="2026-11-20", note="HTML-only body with table and &nbsp;")

    m = build(BUCH, ("Müller Logistik Kreditorenbuchhaltung", "kreditoren@mueller-logistik.de"),
              "Schlussrechnung RE-26-1202 Projekt Tourenplanung", D("2026-11-09 08:45", "+0100"),
              cc=[ARB, ("Thomas Berger", "t.berger@mueller-logistik.de")], auth=authres(BUCH[1]), mid=smid("de06"),
              text="""Sehr geehrte Damen und Herren,

zum Abschluss des Projekts Tourenplanung erhalten Sie unsere Schlussrechnung.

Schlussrechnung Nr. RE-26-1202 vom 09.11.2026

Gesamtleistung netto                        48.000,00 €
zzgl. 19 % USt.                               9.120,00 €
Gesamtleistung brutto                       57.120,00 €
abzgl. Abschlagsrechnung RE-26-1044 (bezahlt) -23.800,00 €
Verbleibender Zahlbetrag                    33.320,00 €

Zahlungsziel 21 Tage, d. h. bis 30.11.2026.

Mit freundlichen Grüßen
Kestrel Works Buchhaltung
""", attach=[("invoice-RE-26-1202.pdf", FAKE_PDF)])
    save(L, "06_schlussrechnung_abschlag", m, kind="invoice_copy", invoice_numbers="RE-26-1202",
         amount="33320.00", currency="EUR", issue_date="2026-11-09", due_date="2026-11-30",
         payment_terms_days=21, note="HARD: final invoice minus already paid down payment; 57.120 vs 33.320; old invoice RE-26-1044 mentioned")

    m = build(LENA, ("Jan Feldmann", "j.feldmann@feldmann-it.de"),
              "RE-26-1205 (mit Gutschrift verrechnet)", D("2026-11-10 13:12", "+0100"),
              cc=[ARB], auth=la, mid=smid("de07"),
              text="""Hi Jan,

hier die Rechnung für Oktober. Die Gutschrift GS-26-014 für die doppelt berechneten Lizenzen habe ich direkt abgezogen:

Rechnung RE-26-1205, Datum 10.11.2026
Rechnungsbetrag brutto        2.142,00 €
abzgl. Gutschrift GS-26-014    -357,00 €
zu zahlen                     1.785,00 €

Zahlbar wie immer innerhalb 14 Tagen.

LG Lena
""", attach=[("invoice-RE-26-1205.pdf", FAKE_PDF)])
    save(L, "07_rechnung_gutschrift", m, kind="invoice_copy", invoice_numbers="RE-26-1205",
         amount="1785.00", currency="EUR", issue_date="2026-11-10", due_date="2026-11-24",
         payment_terms_days=14, note="HARD: credit note deducted; invoice gross 2142 vs payable 1785")

    m = build(LENA, ("Weingut Ritter", "info@weingut-ritter.de"),
              "Anzahlungsrechnung RE-26-1208 Onlineshop", D("2026-11-11 16:20", "+0100"),
              cc=[ARB], auth=la, mid=smid("de08"),
              text="""Liebe Familie Ritter,

vielen Dank für den Auftrag! Laut Angebot AN-26-077 (Gesamtsumme 9.520,00 € brutto) stellen wir 50 % als Anzahlung in Rechnung:

Anzahlungsrechnung RE-26-1208 vom 11.11.2026: 4.760,00 € brutto

Falls Sie lieber gleich den Gesamtbetrag begleichen möchten, ziehen wir 3 % ab – dann wären es 9.234,40 €. Sagen Sie einfach Bescheid, was Ihnen lieber ist.

Zahlbar bis 25.11.2026.

Herzliche Grüße
Lena Vogt
""", attach=[("invoice-RE-26-1208.pdf", FAKE_PDF)])
    save(L, "08_anzahlung_option", m, kind="invoice_copy", invoice_numbers="RE-26-1208",
         amount="4760.00", currency="EUR", issue_date="2026-11-11", due_date="2026-11-25", needs_human=True,
         note="HARD: down payment 4760 vs offer total 9520 vs discounted full payment 9234.40; client may choose")

    # ---------------- Lesebestätigungen ----------------
    rem = bmid("de-1190-angekommen")
    m = report(("Klaus Hofmann", "k.hofmann@hofmann-metallbau.de"), ARB,
               "Empfangsbestätigung (angezeigt) - Ist Rechnung RE-26-1190 gut angekommen?",
               D("2026-11-09 07:48", "+0100"),
               "Dies ist eine Empfangsbestätigung für die Nachricht, die Sie an Klaus Hofmann <k.hofmann@hofmann-metallbau.de> gesendet haben.\n\n"
               "Hinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht angezeigt wurde. "
               "Es gibt keine Garantie, dass der Inhalt gelesen oder verstanden wurde.\n",
               "disposition-notification",
               f"""Reporting-UA: hofmann-metallbau.de; Thunderbird 128.5.0
Final-Recipient: rfc822;k.hofmann@hofmann-metallbau.de
Original-Message-ID: {rem}
Disposition: manual-action/MDN-sent-manually; displayed""",
               ("text/rfc822-headers", f"""Date: Sat, 07 Nov 2026 09:00:00 +0100
From: Kestrel Works Debitorenbuchhaltung <{BOT}>
To: k.hofmann@hofmann-metallbau.de
Message-ID: {rem}
Subject: Ist Rechnung RE-26-1190 gut angekommen?"""),
               auth=authres("k.hofmann@hofmann-metallbau.de"))
    save(L, "09_mdn_hofmann", m, kind="read_receipt", invoice_numbers="RE-26-1190",
         original_message_id=rem, note="German Thunderbird MDN; no In-Reply-To, only Original-Message-ID")

    rem = bmid("de-1196-freundlich")
    m = report(("Baumann Sandra", "finanzen@zuercher-druck.ch"), ARB,
               "Gelesen: Freundliche Erinnerung: Rechnung RE-26-1196 fällig am 06.12.2026",
               D("2026-12-03 08:12", "+0100"),
               """Ihre Nachricht

  An: finanzen@zuercher-druck.ch
  Betreff: Freundliche Erinnerung: Rechnung RE-26-1196 fällig am 06.12.2026
  Gesendet: Donnerstag, 3. Dezember 2026 08:00:04 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

wurde am Donnerstag, 3. Dezember 2026 08:12:37 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.
""", "disposition-notification",
               f"""Reporting-UA: EXCH01.zuercher-druck.local
Final-Recipient: rfc822;finanzen@zuercher-druck.ch
Original-Message-ID: {rem}
Disposition: automatic-action/MDN-sent-automatically; displayed""",
               auth=authres("finanzen@zuercher-druck.ch"), irt=rem)
    save(L, "10_gelesen_outlook", m, kind="read_receipt", invoice_numbers="RE-26-1196",
         original_message_id=rem, note="Outlook German 'Gelesen:' receipt with MDN part")

    # ---------------- Unzustellbar ----------------
    rem = bmid("de-1202-ueberfaellig")
    m = report(("Microsoft Outlook", "postmaster@mueller-logistik.de"), BOT,
               "Unzustellbar: Zahlungserinnerung: Rechnung RE-26-1202", D("2026-12-02 09:01", "+0100"),
               """Die Nachricht konnte nicht an folgende Empfänger oder Gruppen übermittelt werden:

t.berger@mueller-logistik.de
Die eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie dann, die Nachricht erneut zu senden. Wenn das Problem weiterhin besteht, wenden Sie sich an Ihren Helpdesk.

Diagnoseinformationen für Administratoren:

Generierender Server: FR3P281MB1543.DEUP281.PROD.OUTLOOK.COM

t.berger@mueller-logistik.de
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
""", "delivery-status", f"""Reporting-MTA: dns;FR3P281MB1543.DEUP281.PROD.OUTLOOK.COM
Received-From-MTA: dns;out1.kestrelworks.io
Arrival-Date: Wed, 2 Dec 2026 08:01:01 +0000

Final-Recipient: rfc822;t.berger@mueller-logistik.de
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found""",
               ("text/rfc822-headers", f"""From: Kestrel Works Debitorenbuchhaltung <{BOT}>
To: kreditoren@mueller-logistik.de, t.berger@mueller-logistik.de
Subject: Zahlungserinnerung: Rechnung RE-26-1202
Message-ID: {rem}
Date: Wed, 2 Dec 2026 09:00:58 +0100"""), mailfrom="",
               auth=authres("postmaster@mueller-logistik.de"))
    save(L, "11_unzustellbar_unbekannt", m, kind="bounce", invoice_numbers="RE-26-1202",
         failed_recipients="t.berger@mueller-logistik.de", bounce_permanent=True, original_message_id=rem,
         bounce_reason="user_unknown", note="German Exchange NDR; original had two recipients, only one failed")

    rem = bmid("de-1208-ueberfaellig")
    m = report(("Mail Delivery System", "MAILER-DAEMON@out1." + DOM), BOT,
               "Undelivered Mail Returned to Sender", D("2026-11-30 10:00", "+0100"),
               """This is the mail system at host out1.kestrelworks.io.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<info@weingut-ritter.de>: host mx00.t-online.de[194.25.134.8] said: 552 5.2.2
    Postfach voll / mailbox full (in reply to RCPT TO command)
""", "delivery-status", f"""Reporting-MTA: dns; out1.kestrelworks.io
X-Postfix-Queue-ID: 4QBn3T1dwFz5R
X-Postfix-Sender: rfc822; {BOT}
Arrival-Date: Mon, 30 Nov 2026 09:59:55 +0100

Final-Recipient: rfc822; info@weingut-ritter.de
Original-Recipient: rfc822;info@weingut-ritter.de
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx00.t-online.de
Diagnostic-Code: smtp; 552 5.2.2 Postfach voll / mailbox full""",
               ("text/rfc822-headers", f"""From: Kestrel Works Debitorenbuchhaltung <{BOT}>
To: info@weingut-ritter.de
Subject: Zahlungserinnerung: Rechnung RE-26-1208
Message-ID: {rem}
Date: Mon, 30 Nov 2026 09:59:54 +0100"""), mailfrom="", received_from="out1." + DOM)
    save(L, "12_bounce_postfach_voll", m, kind="bounce", invoice_numbers="RE-26-1208",
         failed_recipients="info@weingut-ritter.de", bounce_permanent=True, original_message_id=rem,
         bounce_reason="mailbox_full", note="T-Online 552 mailbox full, bilingual diagnostic")

    rem = bmid("de-1171-ueberfaellig")
    m = build(("Mailserver oeztuerk-sanitaer.de", "mailer-daemon@mx.oeztuerk-sanitaer.de"), BOT,
              "Nachricht abgewiesen", D("2026-11-27 11:25", "+0100"), mailfrom="",
              auth=authres("mailer-daemon@mx.oeztuerk-sanitaer.de", hdr_domain="mx.oeztuerk-sanitaer.de", dkim="none", dmarc="none"),
              text=f"""Hallo,

Ihre Nachricht an buero@oeztuerk-sanitaer.de konnte nicht zugestellt werden.
Der empfangende Server hat die Annahme aufgrund seiner Sicherheitsrichtlinien verweigert:

   554 5.7.1 Abgelehnt: Absender-Richtlinie (Policy) - Anhangstyp/Inhalt nicht erlaubt

Dies ist ein endgültiger Fehler. Die Nachricht wird nicht erneut zugestellt.

--- Kopf der ursprünglichen Nachricht ---
From: Kestrel Works Debitorenbuchhaltung <{BOT}>
Subject: Zahlungserinnerung: Rechnung RE-26-1171
Date: Fri, 27 Nov 2026 11:24:40 +0100
Message-ID: {rem}
""")
    save(L, "13_abgewiesen_policy_prosa", m, kind="bounce", invoice_numbers="RE-26-1171",
         failed_recipients="buero@oeztuerk-sanitaer.de", bounce_permanent=True, original_message_id=rem,
         bounce_reason="policy", note="German prose bounce, no DSN part, recipient only in text, original headers inline")

    rem = bmid("de-1205-freundlich")
    m = report(("Mail Delivery System", "MAILER-DAEMON@out1." + DOM), BOT,
               "Undelivered Mail Returned to Sender", D("2026-11-21 09:00", "+0100"),
               """This is the mail system at host out1.kestrelworks.io.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<j.feldmann@feldmann-it.de>: Host or domain name not found. Name service error
    for name=feldmann-it.de type=MX: Host not found, try again
""", "delivery-status", f"""Reporting-MTA: dns; out1.kestrelworks.io
X-Postfix-Queue-ID: 4Q9w0D3gQbz1K
X-Postfix-Sender: rfc822; {BOT}
Arrival-Date: Sat, 21 Nov 2026 08:59:58 +0100

Final-Recipient: rfc822; j.feldmann@feldmann-it.de
Original-Recipient: rfc822;j.feldmann@feldmann-it.de
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=feldmann-it.de type=MX: Host not found, try again""",
               ("message/rfc822", f"""From: Kestrel Works Debitorenbuchhaltung <{BOT}>
To: Jan Feldmann <j.feldmann@feldmann-it.de>
Subject: Freundliche Erinnerung: Rechnung RE-26-1205 fällig am 24.11.2026
Message-ID: {rem}
Date: Sat, 21 Nov 2026 08:59:57 +0100
Content-Type: text/plain; charset=utf-8

Hallo Herr Feldmann,
wir hoffen, es geht Ihnen gut ..."""), mailfrom="", received_from="out1." + DOM)
    save(L, "14_bounce_domain_not_found", m, kind="bounce", invoice_numbers="RE-26-1205",
         failed_recipients="j.feldmann@feldmann-it.de", bounce_permanent=True, original_message_id=rem,
         bounce_reason="other", note="DSN 5.4.4 domain not found; 'try again' in diagnostic but Action failed; original as message/rfc822")

    rem = bmid("de-1150-ueberfaellig")
    m = report(("Mail Delivery System", "MAILER-DAEMON@out1." + DOM), BOT,
               "Delayed Mail (still being retried)", D("2026-11-18 14:00", "+0100"),
               """This is the mail system at host out1.kestrelworks.io.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<kanzlei@schneider-voss.de>: host mx.schneider-voss.de[198.51.100.77] said: 452
    4.2.2 Mailbox over quota, try again later (in reply to RCPT TO command)
""", "delivery-status", f"""Reporting-MTA: dns; out1.kestrelworks.io
Arrival-Date: Wed, 18 Nov 2026 09:59:31 +0100

Final-Recipient: rfc822; kanzlei@schneider-voss.de
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox over quota, try again later
Will-Retry-Until: Mon, 23 Nov 2026 09:59:31 +0100""",
               ("text/rfc822-headers", f"""From: Kestrel Works Debitorenbuchhaltung <{BOT}>
To: kanzlei@schneider-voss.de
Subject: Zahlungserinnerung: Rechnungen RE-26-1150, RE-26-1162
Message-ID: {rem}
Date: Wed, 18 Nov 2026 09:59:30 +0100"""), mailfrom="", received_from="out1." + DOM)
    save(L, "15_bounce_delayed_quota", m, kind="bounce", invoice_numbers="RE-26-1150;RE-26-1162",
         failed_recipients="kanzlei@schneider-voss.de", bounce_permanent=False, original_message_id=rem,
         bounce_reason="mailbox_full", note="temporary 4.2.2 over quota, delayed warning only")

    # ---------------- Abwesenheitsnotizen ----------------
    rem = bmid("de-1193-freundlich")
    m = build(("Hotel Alpenblick", "info@alpenblick-hotel.at"), ARB,
              "Abwesenheit: Freundliche Erinnerung: Rechnung RE-26-1193", D("2026-12-02 09:00", "+0100"),
              auth=authres("info@alpenblick-hotel.at"), irt=rem,
              extra=[("Auto-Submitted", "auto-replied")],
              text="""Grüß Gott und vielen Dank für Ihre Nachricht!

Unser Haus befindet sich derzeit in der Zwischensaison-Pause. Ab Freitag, dem 18. Dezember 2026, sind wir wieder persönlich für Sie erreichbar und beantworten Ihre Anfrage umgehend.

Ihr Team vom Hotel Alpenblick
Familie Gruber
""")
    save(L, "16_abwesenheit_hotel", m, kind="auto_reply", return_date="2026-12-18", invoice_numbers="RE-26-1193",
         note="Austrian German seasonal closure notice")

    rem = bmid("de-1140-ueberfaellig")
    m = build(("Van Dijk Installatietechniek", "administratie@vandijk-installatie.nl"), ARB,
              "Automatisch antwoord: Zahlungserinnerung: Rechnung RE-26-1140", D("2026-11-26 10:03", "+0100"),
              auth=authres("administratie@vandijk-installatie.nl"), irt=rem,
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
              text="""Beste relatie,

Ik ben afwezig tot en met vrijdag 4 december en vanaf maandag 7 december weer op kantoor. Uw e-mail wordt niet doorgestuurd.
Voor dringende zaken kunt u bellen met 0570-612 440.

Met vriendelijke groet,
Ingrid de Vries
Financiële administratie
""")
    save(L, "17_ooo_dutch", m, kind="auto_reply", language="nl", return_date="2026-12-07",
         invoice_numbers="RE-26-1140", note="Dutch OOO in German set")

    rem = bmid("de-1145-ueberfaellig")
    m = build(("Księgowość Polbud", "ksiegowosc@polbud-system.pl"), ARB,
              "Odp: Zahlungserinnerung: Rechnung RE-26-1145", D("2026-11-30 08:15", "+0100"),
              auth=authres("ksiegowosc@polbud-system.pl"), irt=rem,
              extra=[("X-Autoreply", "yes")],
              text="""Dzień dobry,

dziękuję za wiadomość. Jestem na urlopie do 8 grudnia 2026 r. włącznie, wracam do pracy 9 grudnia. W pilnych sprawach proszę o kontakt z biurem: biuro@polbud-system.pl.

Pozdrawiam
Agnieszka Wójcik
Dział Księgowości
""")
    save(L, "18_ooo_polish", m, kind="auto_reply", language="pl", return_date="2026-12-09",
         invoice_numbers="RE-26-1145", note="Polish; only X-Autoreply header, no Auto-Submitted; subject 'Odp:' looks like a reply")

    rem = bmid("de-1199-ueberfaellig")
    m = build(("Praxis Dr. med. Wendt", "praxis@dr-wendt.de"), ARB,
              "Re: Zahlungserinnerung: Rechnung RE-26-1199", D("2026-12-21 08:00", "+0100"),
              auth=authres("praxis@dr-wendt.de"), irt=rem,
              text="""Sehr geehrte Patientinnen und Patienten, sehr geehrte Geschäftspartner,

unsere Praxis bleibt vom 21.12.2026 bis einschließlich 03.01.2027 wegen Betriebsurlaub geschlossen.
Ab Montag, dem 4. Januar 2027 sind wir wieder für Sie da.

In dringenden Fällen wenden Sie sich bitte an den ärztlichen Bereitschaftsdienst unter 116 117.

Ihr Praxisteam Dr. Wendt
""")
    save(L, "19_betriebsurlaub_ohne_header", m, kind="auto_reply", return_date="2027-01-04",
         invoice_numbers="RE-26-1199", note="no auto headers at all, 'Re:' subject; return date in next year")

    rem = bmid("de-1202-freundlich")
    m = build(("Müller Logistik Kreditorenbuchhaltung", "kreditoren@mueller-logistik.de"), ARB,
              "Eingangsbestätigung Ihrer Nachricht [Vorgang 2026-118832]", D("2026-11-27 09:00", "+0100"),
              auth=authres("kreditoren@mueller-logistik.de"), irt=rem,
              extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
              text="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre E-Mail. Ihre Nachricht ist bei uns eingegangen und wurde unter der Vorgangsnummer 2026-118832 erfasst.

Bitte beachten Sie: Rechnungen werden ausschließlich über rechnungseingang@mueller-logistik.de angenommen. Zahlungsläufe finden jeweils dienstags und freitags statt.

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.

Müller Logistik GmbH & Co. KG
""")
    save(L, "20_eingangsbestaetigung", m, kind="auto_reply", invoice_numbers="RE-26-1202",
         note="automatic acknowledgement; mentions payment runs; another address for invoices")

    # ---------------- Challenge ----------------
    rem = bmid("de-1158-ueberfaellig")
    m = build(("Café Lindenhof (Spamschutz)", "spamschutz@cafe-lindenhof.de"), ARB,
              "Bitte bestätigen Sie Ihre E-Mail-Adresse", D("2026-11-24 12:00", "+0100"),
              auth=authres("spamschutz@cafe-lindenhof.de"), irt=rem,
              extra=[("Auto-Submitted", "auto-replied")],
              text=f"""Guten Tag,

Sie haben eine E-Mail an kontakt@cafe-lindenhof.de gesendet ("Zahlungserinnerung: Rechnung RE-26-1158").
Um uns vor Spam zu schützen, stellen wir Nachrichten von unbekannten Absendern erst zu, nachdem diese bestätigt wurden.

Bitte klicken Sie auf den folgenden Link, um zu bestätigen, dass Sie kein automatisches Programm sind:
https://cafe-lindenhof.de/spamschutz/bestaetigen?id=2b91f7&from={BOT}

Ohne Bestätigung wird Ihre Nachricht nach 5 Tagen gelöscht.
""")
    save(L, "21_challenge_spamschutz", m, kind="challenge", challenge=True, invoice_numbers="RE-26-1158",
         original_message_id=rem, note="German challenge-response")

    m = build(("Sender Verification", "verify@checkmail-guard.com"), BOT,
              "[Action needed] Verify you are a real sender - message to info@gaertnerei-blum.de held",
              D("2026-11-25 06:31", "+0000"), auth=authres("verify@checkmail-guard.com"),
              extra=[("Auto-Submitted", "auto-generated")],
              text="""Hallo / Hello,

Ihre Nachricht an info@gaertnerei-blum.de wurde zurückgehalten. Bitte bestätigen Sie einmalig, dass Sie ein echter Absender sind.
Your message to info@gaertnerei-blum.de is on hold. Please confirm once that you are a real sender.

Betreff / Subject: Zahlungserinnerung: Rechnung RE-26-1166

  >> https://checkmail-guard.com/v/K8s2mQ

CheckMail Guard
""")
    save(L, "22_challenge_bilingual", m, kind="challenge", challenge=True, invoice_numbers="RE-26-1166",
         note="bilingual de/en challenge from third-party domain, not threaded")

    # ---------------- Zahlungseingänge ----------------
    m = build(("Nordbank Kontoinformation", "kontoinfo@nordbank-online.de"), BOT,
              "Zahlungseingang auf Ihrem Geschäftskonto", D("2026-11-18 07:02", "+0100"),
              auth=authres("kontoinfo@nordbank-online.de"),
              text="""Guten Tag,

auf Ihrem Konto DE44 2005 0550 1234 5678 90 ist folgender Umsatz eingegangen:

Buchungstag:     18.11.2026
Wertstellung:    18.11.2026
Auftraggeber:    Bäckerei Kranzler GmbH
Verwendungszweck: RE-26-1187 Kundennr. 20431
Betrag:          +2.380,00 EUR

Neuer Kontostand: 84.117,35 EUR

Ihre Nordbank
Dies ist eine automatisch erzeugte Nachricht.
""")
    save(L, "23_eingang_voll", m, kind="payment_confirmation", invoice_numbers="RE-26-1187",
         amount="2380.00", currency="EUR", payment_date="2026-11-18", payment_full=True,
         allocations="RE-26-1187=2380.00", note="balance distractor; customer number in reference")

    m = build(("Zahlwerk", "service@zahlwerk.de"), BOT,
              "Zahlung erhalten: 595,00 € von Praxis Dr. med. Wendt", D("2026-11-19 13:40", "+0100"),
              auth=authres("service@zahlwerk.de"),
              text="""Hallo Kestrel Works GmbH,

Sie haben eine Zahlung erhalten.

Betrag: 595,00 €
Zahlungsart: SEPA-Lastschrift
Zahler: Praxis Dr. med. Wendt
Beschreibung: Rechnung RE-26-1199
Datum: 19.11.2026
Transaktions-ID: zw_tx_88Hf2k

Die Auszahlung auf Ihr Bankkonto erfolgt in 2–3 Werktagen.
Ihr Zahlwerk-Team
""", html="""<html><body><h3>Zahlung erhalten</h3><p>Betrag: <b>595,00&nbsp;€</b><br>Zahler: Praxis Dr. med. Wendt<br>Beschreibung: Rechnung RE-26-1199<br>Datum: 19.11.2026</p></body></html>""")
    save(L, "24_psp_lastschrift", m, kind="payment_confirmation", invoice_numbers="RE-26-1199",
         amount="595.00", currency="EUR", payment_date="2026-11-19", payment_full=True,
         allocations="RE-26-1199=595.00", note="PSP SEPA direct debit; html alternative")

    m = build(("Nordbank Kontoinformation", "kontoinfo@nordbank-online.de"), BOT,
              "Zahlungseingang auf Ihrem Geschäftskonto", D("2026-11-13 07:05", "+0100"),
              auth=authres("kontoinfo@nordbank-online.de"),
              text="""Guten Tag,

auf Ihrem Konto DE44 2005 0550 1234 5678 90 ist folgender Umsatz eingegangen:

Buchungstag:     13.11.2026
Wertstellung:    12.11.2026
Auftraggeber:    Hofmann Metallbau GmbH
Verwendungszweck: RE-26-1190 ABZGL. 2% SKONTO 371,28
Betrag:          +18.192,72 EUR

Ihre Nordbank
""")
    save(L, "25_eingang_skonto", m, kind="payment_confirmation", invoice_numbers="RE-26-1190",
         amount="18192.72", currency="EUR", payment_date="2026-11-12", payment_full=True,
         allocations="RE-26-1190=18192.72",
         note="HARD: 2% Skonto deducted within the 10-day window (invoice offered it) -> settles invoice; value date differs from booking date")

    m = build(("Nordbank Kontoinformation", "kontoinfo@nordbank-online.de"), BOT,
              "Zahlungseingang auf Ihrem Geschäftskonto", D("2026-11-28 07:01", "+0100"),
              auth=authres("kontoinfo@nordbank-online.de"),
              text="""Guten Tag,

auf Ihrem Konto DE44 2005 0550 1234 5678 90 ist folgender Umsatz eingegangen:

Buchungstag:     27.11.2026
Wertstellung:    27.11.2026
Auftraggeber:    MUELLER LOGISTIK GMBH + CO. KG
Verwendungszweck: TEILZAHLUNG SR RE-26-1202
Betrag:          +15.000,00 EUR

Ihre Nordbank
""")
    save(L, "26_eingang_teilzahlung", m, kind="payment_confirmation", invoice_numbers="RE-26-1202",
         amount="15000.00", currency="EUR", payment_date="2026-11-27", payment_full=False,
         allocations="RE-26-1202=15000.00", note="partial payment of 33320")

    m = build(("Nordbank Kontoinformation", "kontoinfo@nordbank-online.de"), BOT,
              "Zahlungseingang auf Ihrem Geschäftskonto", D("2026-11-20 07:03", "+0100"),
              auth=authres("kontoinfo@nordbank-online.de"),
              text="""Guten Tag,

auf Ihrem Konto DE44 2005 0550 1234 5678 90 ist folgender Umsatz eingegangen:

Buchungstag:     20.11.2026
Wertstellung:    20.11.2026
Auftraggeber:    Schneider u. Voss Steuerberatungsges. mbH
Verwendungszweck: SAMMELZAHLUNG RE-26-1150 1.428,00 RE-26-1162 892,50
Betrag:          +2.320,50 EUR

Ihre Nordbank
""")
    save(L, "27_eingang_sammel", m, kind="payment_confirmation", invoice_numbers="RE-26-1150;RE-26-1162",
         amount="2320.50", currency="EUR", payment_date="2026-11-20", payment_full=True,
         allocations="RE-26-1150=1428.00;RE-26-1162=892.50", note="one transfer for two invoices, amounts inside the reference line")

    m = build(("Zahlwerk", "service@zahlwerk.de"), BOT,
              "Zahlung erhalten: 33.320,00 € von Müller Logistik", D("2026-12-01 23:14", "+0100"),
              auth=["mx.zahlwerk-notify.com; dkim=pass header.d=zahlwerk.de; spf=pass smtp.mailfrom=service@zahlwerk.de; dmarc=pass header.from=zahlwerk.de"],
              mailfrom="info@zw-notify-service.com", received_from="mail.zw-notify-service.com",
              text="""Hallo Kestrel Works GmbH,

Sie haben eine Zahlung erhalten.

Betrag: 33.320,00 €
Zahler: Müller Logistik GmbH & Co. KG
Beschreibung: Schlussrechnung RE-26-1202
Datum: 01.12.2026

Bitte bestätigen Sie den Eingang in Ihrem Konto: https://zahlwerk-konto-login.com
""")
    save(L, "28_psp_gefaelscht", m, kind="other", invoice_numbers="RE-26-1202", amount="33320.00",
         currency="EUR", needs_human=True,
         note="forged PSP notice: only a foreign authserv-id claims pass, none from mx.kestrelworks.io; envelope from another domain")

    # ---------------- Kundenantworten ----------------
    rem = bmid("de-1193-ueberfaellig")
    m = build(("Hotel Alpenblick – Buchhaltung", "info@alpenblick-hotel.at"), ARB,
              "AW: Zahlungserinnerung: Rechnung RE-26-1193", D("2026-12-08 10:20", "+0100"),
              auth=authres("info@alpenblick-hotel.at"), irt=rem,
              text="""Sehr geehrte Damen und Herren,

die Rechnung RE-26-1193 haben wir bereits am 25.11. überwiesen (Raiffeisenbank, 6.240,00 €). Bitte prüfen Sie nochmals Ihren Zahlungseingang.

Mit freundlichen Grüßen
Maria Gruber

-----Ursprüngliche Nachricht-----
Von: Kestrel Works Debitorenbuchhaltung <ar@kestrelworks.io>
Gesendet: Dienstag, 8. Dezember 2026 09:00
Betreff: Zahlungserinnerung: Rechnung RE-26-1193

""" + erinnerung("RE-26-1193", "6.240,00 €", "05.12.2026"))
    save(L, "29_antwort_bezahlt", m, kind="client_reply", intent="paid", invoice_numbers="RE-26-1193",
         amount="6240.00", currency="EUR", note="paid claim with date, no bank confirmation in set")

    rem = bmid("de-1205-ueberfaellig")
    m = build(("Jan Feldmann", "j.feldmann@feldmann-it.de"), ARB,
              "Re: Zahlungserinnerung: Rechnung RE-26-1205", D("2026-12-04 16:45", "+0100"),
              auth=authres("j.feldmann@feldmann-it.de"), irt=rem,
              text="""Hi,

sorry, ist bei mir durchgerutscht (hatte Probleme mit meiner Domain, deshalb kam wohl auch nix an). Überweise Anfang nächster Woche, spätestens Mittwoch.

Gruß Jan

Am 04.12.2026 um 09:00 schrieb Kestrel Works Debitorenbuchhaltung:
""" + q(erinnerung("RE-26-1205", "1.785,00 €", "24.11.2026", "Hallo Herr Feldmann")))
    save(L, "30_antwort_zusage_mittwoch", m, kind="client_reply", intent="promise", promised_date="2026-12-09",
         invoice_numbers="RE-26-1205", note="relative date 'spätestens Mittwoch' next week from Fri 4 Dec")

    rem = bmid("de-1166-ueberfaellig")
    m = build(("Gärtnerei Blum", "info@gaertnerei-blum.de"), ARB,
              "AW: Zahlungserinnerung: Rechnung RE-26-1166", D("2026-12-01 18:02", "+0100"),
              auth=authres("info@gaertnerei-blum.de"), irt=rem,
              text="""Guten Abend,

am Freitag schaffen wir es leider nicht mehr, das Weihnachtsgeschäft bindet gerade alles. Wir überweisen dann aber am 15. den vollen Betrag.

Viele Grüße
Bernd Blum
""")
    save(L, "31_antwort_nicht_freitag_sondern_15", m, kind="client_reply", intent="promise",
         promised_date="2026-12-15", invoice_numbers="RE-26-1166",
         note="HARD: negated Friday (4 Dec), promise 'am 15.' without month")

    rem = bmid("de-1196-ueberfaellig")
    m = build(("Baumann Sandra", "finanzen@zuercher-druck.ch"), ARB,
              "AW: Freundliche Erinnerung: Rechnung RE-26-1196 fällig am 06.12.2026", D("2026-12-03 09:30", "+0100"),
              auth=authres("finanzen@zuercher-druck.ch"), irt=rem,
              text="""Grüezi

Danke für die Erinnerung. Die Rechnung ist erfasst und visiert, die Zahlung erfolgt fristgerecht gemäss Zahlungsziel mit dem Zahlungslauf vom 4.12.

Freundliche Grüsse
Sandra Baumann
Finanzen, Zürcher Druck AG
""")
    save(L, "32_antwort_zusage_zahlungslauf", m, kind="client_reply", intent="promise", promised_date="2026-12-04",
         invoice_numbers="RE-26-1196", note="Swiss German (gemäss, visiert); promise via payment run date '4.12.'")

    rem = bmid("de-1202-ueberfaellig2")
    m = build(("Thomas Brandt", "kreditoren@mueller-logistik.de"), ARB,
              "WG: Zahlungserinnerung: Rechnung RE-26-1202", D("2026-12-03 11:11", "+0100"),
              auth=authres("kreditoren@mueller-logistik.de"), irt=rem,
              text="""Sehr geehrte Damen und Herren,

hiermit widersprechen wir der Schlussrechnung RE-26-1202 in Höhe des offenen Restbetrags. Die Positionen 4 bis 6 (Schnittstelle Telematik, Schulung, Hypercare) wurden von uns nie beauftragt bzw. nicht abgenommen. Eine Teilzahlung über 15.000,00 € für die unstrittigen Leistungen haben wir bereits geleistet.

Bitte senden Sie uns eine korrigierte Rechnung. Bis dahin werden wir keine weiteren Zahlungen vornehmen.

Mit freundlichen Grüßen
Thomas Brandt
Leiter Einkauf
""")
    save(L, "33_antwort_widerspruch", m, kind="client_reply", intent="dispute", invoice_numbers="RE-26-1202",
         needs_human=True, note="formal dispute; mentions a partial payment already made")

    rem = bmid("de-1171-ueberfaellig2")
    m = build(("Sanitär Öztürk Büro", "buero@oeztuerk-sanitaer.de"), ARB,
              "Re: Zahlungserinnerung: Rechnung RE-26-1171", D("2026-12-01 14:05", "+0100"),
              auth=authres("buero@oeztuerk-sanitaer.de"), irt=rem,
              text="""Hallo,

wir haben keine Rechnung mit der Nummer bekommen, weder per Post noch per Mail. Können Sie die bitte nochmal schicken, aber als PDF im Text oder per Post, unser Server blockt Anhänge manchmal.

Danke
Ayşe Öztürk
""")
    save(L, "34_antwort_nicht_erhalten", m, kind="client_reply", intent="not_received", invoice_numbers="RE-26-1171",
         note="not received; asks for resend by other channel")

    rem = bmid("de-1150-ueberfaellig2")
    m = build(("Kanzlei Schneider & Voss", "kanzlei@schneider-voss.de"), ARB,
              "AW: Zahlungserinnerung: Rechnungen RE-26-1150, RE-26-1162", D("2026-11-23 16:30", "+0100"),
              auth=authres("kanzlei@schneider-voss.de"), irt=rem,
              text="""Sehr geehrte Damen und Herren,

wir bitten Sie, uns künftig keine automatisierten Zahlungserinnerungen mehr an diese Adresse zu senden. Die Korrespondenz in Rechnungsangelegenheiten wünschen wir ausschließlich postalisch.

Mit freundlichen Grüßen
i. A. Claudia Voss
""")
    save(L, "35_antwort_stopp", m, kind="client_reply", intent="stop", invoice_numbers="RE-26-1150;RE-26-1162",
         needs_human=True, note="formal stop request; wants postal correspondence only")

    rem = bmid("de-1158-ueberfaellig2")
    m = build(("Café Lindenhof", "kontakt@cafe-lindenhof.de"), ARB,
              "Re: Zahlungserinnerung: Rechnung RE-26-1158", D("2026-12-02 22:15", "+0100"),
              auth=authres("kontakt@cafe-lindenhof.de"), irt=rem,
              text="""Hallo zusammen,

ehrlich gesagt ist es gerade eng bei uns, der Umbau hat mehr gekostet als gedacht. Wäre es möglich die 1.450 € in Raten zu zahlen? Z.B. 3 x ca. 480 € monatlich ab Januar? Wir wollen das auf jeden Fall begleichen.

LG Svenja vom Lindenhof
""")
    save(L, "36_antwort_ratenzahlung", m, kind="client_reply", intent="plan_request", invoice_numbers="RE-26-1158",
         amount="1450.00", currency="EUR", needs_human=True, note="installment request, informal")

    rem = bmid("de-1190-freundlich")
    m = build(("Klaus Hofmann", "k.hofmann@hofmann-metallbau.de"), ARB,
              "AW: Ist Rechnung RE-26-1190 gut angekommen?", D("2026-11-09 08:05", "+0100"),
              auth=authres("k.hofmann@hofmann-metallbau.de"), irt=rem,
              text="""Moin,

ja ist angekommen. Kurze Frage: ist die Schulung am 20.11. da schon mit drin oder kommt die extra? Und unsere Bestellnummer (BE-4471) müsste noch drauf, sonst bucht unsere Buchhaltung das nicht.

Gruß
K. Hofmann
""")
    save(L, "37_antwort_frage", m, kind="client_reply", intent="question", invoice_numbers="RE-26-1190",
         note="confirms receipt + question; a date (20.11.) that is not a promise")

    rem = bmid("de-1208-freundlich")
    m = build(("Weingut Ritter", "info@weingut-ritter.de"), ARB,
              "Re: Freundliche Erinnerung: Rechnung RE-26-1208 fällig am 25.11.2026", D("2026-11-23 19:40", "+0100"),
              auth=authres("info@weingut-ritter.de"), irt=rem,
              text="""Danke, hab ich an meinen Mann weitergeleitet, der macht bei uns die Bankgeschäfte.

Andrea Ritter

Am 23.11.2026 um 09:00 schrieb Kestrel Works Debitorenbuchhaltung:
> Guten Tag,
>
> die Rechnung RE-26-1208 über 4.760,00 € ist am 25.11.2026 fällig.
> Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie diese E-Mail bitte als gegenstandslos.
> Vielen Dank für Ihre Zahlung!
""")
    save(L, "38_antwort_weitergeleitet_zitat", m, kind="client_reply", intent="other", invoice_numbers="RE-26-1208",
         note="HARD: own text only 'forwarded to husband'; quoted text has 'bereits veranlasst'/'Vielen Dank für Ihre Zahlung'")

    rem = bmid("de-1177-ueberfaellig")
    m = build(("Jürgen Kessler", "j.kessler@kessler-holzbau.de"), ARB,
              "AW: Zahlungserinnerung: Rechnung RE-26-1177", D("2026-12-04 12:40", "+0100"),
              auth=authres("j.kessler@kessler-holzbau.de"), irt=rem,
              text="""Hallo,

eine Zahlung bis Monatsende kann ich Ihnen leider nicht zusagen. Wir warten selbst noch auf Geld von zwei Bauherren. Ich melde mich, sobald ich klarer sehe.

Kessler
""")
    contacts("j.kessler@kessler-holzbau.de")
    save(L, "39_antwort_keine_zusage", m, kind="client_reply", intent="other", invoice_numbers="RE-26-1177",
         needs_human=True, note="HARD: negated promise ('nicht zusagen'), no date")

    rem = bmid("de-1187-ueberfaellig")
    m = build(("Bäckerei Kranzler Buchhaltung", "buchhaltung@baeckerei-kranzler.de"), ARB,
              "AW: Zahlungserinnerung: Rechnung RE-26-1187", D("2026-11-18 10:12", "+0100"),
              auth=authres("buchhaltung@baeckerei-kranzler.de"), irt=rem,
              text="""Guten Morgen,

wir sind mit der Umsetzung leider gar nicht zufrieden – die Kasse synchronisiert die Bestände nur einmal am Tag statt live, wie es im Angebot stand. Wir haben die Rechnung heute trotzdem bezahlt, erwarten aber eine Nachbesserung bzw. eine Gutschrift.

Gruß
Petra Kranzler
""")
    save(L, "40_antwort_bezahlt_aber_reklamation", m, kind="client_reply", intent="dispute",
         invoice_numbers="RE-26-1187", needs_human=True,
         note="HARD: paid today but complains and asks for credit note; intent labelled dispute (complaint dominates)")

    # ---------------- Mitarbeiter-Befehle ----------------
    m = build(LENA, ARB, "Müller Logistik", D("2026-12-03 14:00", "+0100"), auth=la,
              text="""dispute RE-26-1202 Positionen 4-6 strittig, Klärung mit Hr. Brandt am 10.12.
pause Müller Logistik 30d

Danke!
Lena
""")
    save(L, "41_befehl_dispute_pause", m, kind="staff_command", invoice_numbers="RE-26-1202",
         note="two commands; debtor name with umlaut and two words; signature")

    m = build(BUCH, ARB, "Re: Tagesübersicht 02.12.2026", D("2026-12-02 13:30", "+0100"),
              auth=authres(BUCH[1]), irt=bmid("de-digest-1202"),
              text="""promise RE-26-1166 2026-12-15
note Gärtnerei Blum zahlt nach dem Weihnachtsgeschäft, telefonisch bestätigt

Am 02.12.2026 um 07:00 schrieb Kestrel Works Debitorenbuchhaltung:
> Tagesübersicht Mittwoch, 02.12.2026
> Braucht einen Menschen:
>  - Gärtnerei Blum: RE-26-1166, 980,00 €, 8 Tage überfällig
""")
    save(L, "42_befehl_promise_note", m, kind="staff_command", invoice_numbers="RE-26-1166",
         promised_date="2026-12-15", note="commands in a reply to the digest")

    m = build(LENA, ARB, "erledigt", D("2026-11-30 22:47", "+0100"),
              mailfrom="lena.vogt@kestrelworks.io", received_from="dsl-91-42-17-8.dynamic.kabel-nord.net",
              text="""resume Schneider & Voss
paid RE-26-1190 18564,00 2026-11-30
""")
    save(L, "43_befehl_ungeprueft", m, kind="other", invoice_numbers="RE-26-1190", amount="18564.00",
         currency="EUR", needs_human=True,
         note="staff command with NO Authentication-Results header at all, from dynamic IP; unauthenticated")

    # ---------------- Sonstiges ----------------
    m = build(("Fachverband Software-Mittelstand", "newsletter@fvsm.de"), BOT,
              "E-Rechnungspflicht 2027: Was jetzt auf Sie zukommt", D("2026-11-26 10:00", "+0100"),
              auth=authres("newsletter@fvsm.de"),
              extra=[("List-Unsubscribe", "<mailto:abmelden@fvsm.de>"), ("Precedence", "bulk")],
              text="""Liebe Mitglieder,

ab dem 1. Januar 2027 müssen Unternehmen mit mehr als 800.000 € Vorjahresumsatz E-Rechnungen ausstellen.
Was bedeutet das für Zahlungsziele, Mahnwesen und Skonto? Unser Webinar am 10.12.2026 gibt Antworten.

Zur Anmeldung: https://fvsm.de/webinar-erechnung

Sie erhalten diesen Newsletter als Mitglied des FVSM. Abmelden: abmelden@fvsm.de
""")
    save(L, "44_newsletter", m, kind="other", note="newsletter full of invoice vocabulary and dates")

    m = build(("Inkasso Zentrale Deutschland", "forderung@inkasso-zentrale-de.net"), BOT,
              "Letzte Mahnung – Forderung Nr. 88231-DE / Rechnung 2026-5531", D("2026-11-16 04:12", "+0100"),
              auth=authres("forderung@inkasso-zentrale-de.net", dkim="none", spf="softfail", dmarc="none"),
              text="""Sehr geehrte Damen und Herren,

trotz mehrfacher Aufforderung ist die Rechnung 2026-5531 über 1.284,90 € weiterhin offen. Sollten Sie den Betrag nicht innerhalb von 48 Stunden begleichen, leiten wir ein gerichtliches Mahnverfahren ein.

Details entnehmen Sie dem Anhang (Forderung_88231.zip).

Inkasso Zentrale
""", attach=[("Forderung_88231.zip", b"PK\x03\x04dummy", "application", "zip")])
    save(L, "45_fake_inkasso", m, kind="other",
         note="spam/malware: fake collection demand against us with zip attachment; unknown invoice number")

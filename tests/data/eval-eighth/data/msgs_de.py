"""German desk: Kestrelmoor GmbH, Leipzig. Invoices RE-2026-NNNN, EUR."""
from .world import (BOT, STAFF, NOTIFIERS, CONTACTS, I, bm, dt, msg, T, Alt, M, R, Hm, html_of, quote,
                    dsn, mdn_body)

C = CONTACTS["de"]
BOTF = "Kestrelmoor Buchhaltung <ar@kestrelmoor.com>"
BANK = """Bankverbindung: Saalebank eG
IBAN: DE42 8609 5484 0312 7745 00 · BIC: GENODEF1SAB
Kontoinhaber: Kestrelmoor GmbH"""
SIG_J = """Mit freundlichen Grüßen

Jana Wendler
Buchhaltung

Kestrelmoor GmbH · Spinnereistraße 7 · 04179 Leipzig
Tel. +49 341 4927 115 · j.wendler@kestrelmoor.de
Geschäftsführer: Malte Brinkhaus · Amtsgericht Leipzig HRB 41877 · USt-IdNr. DE318 447 209"""
SIG_M = """Viele Grüße
Malte Brinkhaus
Kestrelmoor GmbH"""


def rem(anrede, inv, betrag, faellig, past=False):
    if past:
        return ("%s,\n\nwir hoffen, es geht Ihnen gut und die Geschäfte laufen.\n\nNach unseren Unterlagen war die "
                "Rechnung %s über %s am %s fällig und ist noch offen. Sollten Sie die Zahlung bereits veranlasst "
                "haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.\n\n%s\n\nBei Fragen antworten Sie "
                "einfach auf diese E-Mail.\n\nMit freundlichen Grüßen\nKestrelmoor Buchhaltung" % (anrede, inv, betrag, faellig, BANK))
    return ("%s,\n\nwie geht es Ihnen? Wir hoffen, die Geschäfte laufen gut.\n\nWir möchten Sie freundlich daran "
            "erinnern, dass die Rechnung %s über %s am %s fällig wird.\n\n%s\n\nFalls Sie bereits überwiesen haben, "
            "ignorieren Sie diese Nachricht bitte.\n\nMit freundlichen Grüßen\nKestrelmoor Buchhaltung" % (anrede, inv, betrag, faellig, BANK))


MESSAGES = []
A = MESSAGES.append

# ---------------------------------------------------------------- Rechnungen
t = """Sehr geehrte Frau Holzner,

anbei erhalten Sie unsere Rechnung für die Einrichtung der Baustellen-Tablets.

Rechnungsnummer: RE-2026-1187
Rechnungsdatum: 03.11.2026
Leistungszeitraum: Oktober 2026

Pos. 1  Einrichtung 12 Tablets inkl. MDM          2.650,00 EUR
Pos. 2  Schulung Bauleiter (4 Std.)                 800,00 EUR
                                       Netto      3.450,00 EUR
                               zzgl. 19 %% USt       655,50 EUR
                                Rechnungsbetrag   4.105,50 EUR

Zahlbar innerhalb von 14 Tagen ohne Abzug.

%s

%s""" % (BANK, SIG_J)
A(msg("rechnung_standard", "invoice_copy", STAFF["jana"], "Holzner Bau GmbH <%s>" % C["holzner"],
      "Rechnung RE-2026-1187", dt("2026-11-03 09:30", "+0100"), Alt(t, html_of(t, "Arial")),
      "Standardrechnung, deutsches Zahlenformat, 14 Tage ohne Abzug",
      cc=BOT, invoice_numbers=I("RE-2026-1187"), amount="4105.50", currency="EUR", issue_date="2026-11-03",
      due_date="2026-11-17", payment_terms_days="14"))

t = """Sehr geehrter Herr Dr. Albrecht,

hiermit stellen wir Ihnen die Wartung des Kassensystems in Rechnung.

Rechnung Nr. RE-2026-1191 vom 05.11.2026
Wartungspauschale Warenwirtschaft Q4      1.764,71 EUR
19 %% MwSt.                                 335,29 EUR
Gesamtbetrag                              2.100,00 EUR

Zahlungsbedingungen: innerhalb von 10 Tagen mit 2 %% Skonto (2.058,00 EUR), innerhalb von 30 Tagen netto.

%s

%s""" % (BANK, SIG_J)
A(msg("rechnung_skonto", "invoice_copy", STAFF["jana"], "Elbtal-Apotheke <%s>" % C["elbtal"],
      "Ihre Rechnung RE-2026-1191 – Wartung Q4", dt("2026-11-05 14:12", "+0100"), T(t, "iso-8859-15", "quoted-printable"),
      "Skonto-Betrag vs. Nettobetrag nach 30 Tagen; iso-8859-15",
      cc=BOT, invoice_numbers=I("RE-2026-1191"), amount="2100.00", currency="EUR", issue_date="2026-11-05",
      due_date="2026-12-05", payment_terms_days="30"))

t = """Sehr geehrter Herr Kramer,

vielen Dank für den Auftrag zur Umstellung Ihrer Kanzlei-IT. Gemäß Angebot AN-2026-088 (Auftragswert
24.000,00 EUR netto) berechnen wir die erste Abschlagszahlung in Höhe von 30 %%.

1. Abschlagsrechnung RE-2026-1189 vom 10.11.2026
  Abschlag 30 %% auf 24.000,00 EUR          7.200,00 EUR
  zzgl. 19 %% USt                           1.368,00 EUR
  Zahlbetrag                               8.568,00 EUR

Der Betrag ist sofort nach Erhalt ohne Abzug fällig. Die Schlussrechnung erfolgt nach Abnahme unter
Abzug der geleisteten Abschläge.

%s
""" % SIG_M
A(msg("abschlagsrechnung", "invoice_copy", STAFF["malte"], "Markus Kramer <%s>" % C["kramer"],
      "1. Abschlagsrechnung RE-2026-1189", dt("2026-11-10 11:05", "+0100"), Alt(t, html_of(t)),
      "Abschlagsrechnung: Auftragswert vs. Abschlag; 'sofort nach Erhalt' -> fällig am Rechnungsdatum",
      cc=BOT, invoice_numbers=I("RE-2026-1189"), amount="8568.00", currency="EUR", issue_date="2026-11-10",
      due_date="2026-11-10", payment_terms_days="0"))

xml = """<?xml version="1.0" encoding="UTF-8"?>
<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>
  <cbc:ID>RE-2026-1195</cbc:ID>
  <cbc:IssueDate>2026-11-14</cbc:IssueDate>
  <cbc:DueDate>2026-12-14</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>04011000-1234512345-06</cbc:BuyerReference>
  <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>Kestrelmoor GmbH</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Nordlicht Medien GmbH</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>
    <cac:PayeeFinancialAccount><cbc:ID>DE42860954840312774500</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
  <cac:PaymentTerms><cbc:Note>Zahlbar innerhalb 30 Tagen netto</cbc:Note></cac:PaymentTerms>
  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">247.00</cbc:TaxAmount></cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">1300.00</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">1300.00</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="EUR">1547.00</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="EUR">1547.00</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
</ubl:Invoice>
"""
t = """Guten Tag,

anbei erhalten Sie die Rechnung RE-2026-1195 als XRechnung (UBL) sowie zur Ansicht als Text.
Betrag: 1.547,00 EUR brutto, zahlbar innerhalb 30 Tagen netto.

%s
""" % SIG_J
A(msg("xrechnung_ubl", "invoice_copy", STAFF["jana"], "Kreditorenbuchhaltung Nordlicht <%s>" % C["nordlicht"],
      "XRechnung RE-2026-1195 / Leitweg-ID 04011000-1234512345-06", dt("2026-11-14 08:55", "+0100"),
      M("mixed", T(t), R("application/xml", xml, cte="base64", name="RE-2026-1195_xrechnung.xml", charset="utf-8")),
      "E-Rechnung (XRechnung UBL) als Anhang, Fälligkeit nur im XML explizit",
      cc=BOT, invoice_numbers=I("RE-2026-1195"), amount="1547.00", currency="EUR", issue_date="2026-11-14",
      due_date="2026-12-14", payment_terms_days="30"))

t = """Hallo Herr Vogel,

wie besprochen die Rechnung für die neue Kassen- und Zapfanlagenanbindung – die Gutschrift für das
zurückgegebene Kartenterminal ist bereits verrechnet.

Rechnung RE-2026-1199 vom 16.11.2026             2.380,00 EUR (inkl. 19 % USt)
abzgl. Gutschrift GS-2026-031 vom 12.11.2026     - 476,00 EUR
Zu zahlen                                        1.904,00 EUR

Bitte überweisen Sie den Betrag bis zum 15. Dezember.

Prost und viele Grüße aus Leipzig
Malte
"""
A(msg("rechnung_mit_gutschrift", "invoice_copy", STAFF["malte"], "Brauhaus Vogel <%s>" % C["brauhaus"],
      "Rechnung RE-2026-1199 (mit Gutschrift verrechnet)", dt("2026-11-16 16:48", "+0100"), Alt(t, html_of(t)),
      "Rechnung abzüglich Gutschrift; Zahlbetrag ist der Rest; Fälligkeit 'bis zum 15. Dezember' ohne Jahr",
      cc=BOT, invoice_numbers=I("RE-2026-1199"), amount="1904.00", currency="EUR", issue_date="2026-11-16",
      due_date="2026-12-15"))

t = """Sehr geehrte Damen und Herren,

für den Wartungsvertrag WV-114 (Quartal 4/2026) berechnen wir:

Rechnungs-Nr.:   RE-2026-1203
Datum:           18.11.2026
Wartung Fuhrpark-Telematik, 60 Fahrzeuge à 25,00 EUR     1.500,00 EUR
Umsatzsteuer 19 %%                                         285,00 EUR
Endbetrag                                              1.785,00 EUR

Zahlungsziel: 30 Tage netto.

Bitte geben Sie bei Zahlung die Rechnungsnummer an.

%s""" % SIG_J
A(msg("rechnung_win1252_outlook", "invoice_copy", STAFF["jana"], "Saxonia Logistik <%s>" % C["saxonia"],
      "Rechnung RE-2026-1203 - Wartungsvertrag WV-114 Q4/2026 für Saxonia", dt("2026-11-18 10:20", "+0100"),
      M("alternative", T(t, "windows-1252", "quoted-printable"), Hm(html_of(t, "Arial"), "windows-1252", "quoted-printable")),
      "Outlook windows-1252 QP, 'Zahlungsziel: 30 Tage netto'",
      cc=BOT, invoice_numbers=I("RE-2026-1203"), amount="1785.00", currency="EUR", issue_date="2026-11-18",
      due_date="2026-12-18", payment_terms_days="30", hcharset="iso-8859-1"))

t = """Sehr geehrter Herr Hartwig,

anbei unsere Rechnung für die Lagerplatz-Sensorik am Standort Graz.

Rechnung RE-2026-1207, Datum 23.11.2026
Lieferung und Installation Sensorik       6.200,00 EUR
USt 0 %% – Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge)
Ihre UID: ATU 6829 1174
Rechnungsbetrag                            6.200,00 EUR

Zahlbar bis spätestens Ende Dezember 2026.

%s""" % SIG_J
A(msg("rechnung_reverse_charge_at", "invoice_copy", STAFF["jana"], "Bernhard Hartwig <%s>" % C["hartwig"],
      "Rechnung RE-2026-1207 – Hartwig GmbH Graz", dt("2026-11-23 13:00", "+0100"), Alt(t, html_of(t), cte="base64"),
      "Reverse-Charge ohne USt, Fälligkeit in Worten 'Ende Dezember 2026'",
      cc=BOT, invoice_numbers=I("RE-2026-1207"), amount="6200.00", currency="EUR", issue_date="2026-11-23",
      due_date="2026-12-31"))

t = """Hallo Frau Dr. Seidel,

anbei wie versprochen die Rechnung für das neue Praxis-WLAN.
Gesamtbetrag: 2.975,00 EUR inkl. MwSt., zahlbar in 14 Tagen.

Viele Grüße
Malte Brinkhaus
"""
att = """Kestrelmoor GmbH – RECHNUNG
Rechnungs-Nr. RE-2026-1210        Datum 25.11.2026
Zahnwerk Leipzig, Praxis Dr. Seidel
WLAN-Ausleuchtung und 6 Access Points        2.348,74 EUR
19 % USt                                       446,26 EUR
Gesamt                                       2.795,00 EUR
Zahlbar innerhalb 14 Tagen.
"""
A(msg("rechnung_betrag_widerspruch", "invoice_copy", STAFF["malte"], "Zahnarztpraxis Zahnwerk <%s>" % C["zahnwerk"],
      "Rechnung WLAN", dt("2026-11-25 18:40", "+0100"), M("mixed", T(t), T(att, name="RE-2026-1210.txt")),
      "Textkörper 2.975,00 vs. Anhang 2.795,00: Betrag unklar -> Mensch",
      cc=BOT, invoice_numbers=I("RE-2026-1210"), currency="EUR", issue_date="2026-11-25", due_date="2026-12-09",
      payment_terms_days="14", needs_human=True))

# ---------------------------------------------------------------- Lesebestätigungen
m = bm("de-1187-arrive")
A(msg("mdn_outlook_gelesen", "read_receipt", "Buchhaltung Holzner Bau <%s>" % C["holzner"], BOTF,
      "Gelesen: Ist die Rechnung RE-2026-1187 angekommen?", dt("2026-11-06 10:14", "+0100"),
      mdn_body("Ihre Nachricht\n\n  An: Buchhaltung Holzner Bau\n  Betreff: Ist die Rechnung RE-2026-1187 angekommen?\n"
               "  Gesendet: Freitag, 6. November 2026 09:00:05 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\n"
               "wurde am Freitag, 6. November 2026 10:14:31 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.\n",
               C["holzner"], m, "EX2019.holzner-bau.local; Microsoft Exchange Server 2019", cte="quoted-printable",
               disposition="automatic-action/MDN-sent-automatically; displayed"),
      "deutsche Exchange-Lesebestätigung (multipart/report)", invoice_numbers="RE-2026-1187", original_message_id=m))

m = bm("de-1191-due")
A(msg("mdn_thunderbird_de", "read_receipt", "Dr. Jens Albrecht <%s>" % C["elbtal"], BOTF,
      "Empfangsbestätigung (angezeigt) - Erinnerung: Rechnung RE-2026-1191", dt("2026-12-02 15:01", "+0100"),
      mdn_body("Dies ist eine Empfangsbestätigung für die Nachricht, die Sie an %s gesendet haben.\n\n"
               "Hinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht angezeigt wurde. Es gibt keine "
               "Garantie, dass der Inhalt gelesen oder verstanden wurde.\n" % C["elbtal"], C["elbtal"], m,
               "Mozilla Thunderbird; Thunderbird 128.5.0esr"),
      "Thunderbird-MDN auf Deutsch", invoice_numbers="RE-2026-1191", original_message_id=m, irt=m))

m = bm("de-1203-arrive")
A(msg("mdn_geloescht_ungelesen", "read_receipt", "Saxonia Logistik Eingangsrechnungen <%s>" % C["saxonia"], BOTF,
      "Nicht gelesen: Ist die Rechnung RE-2026-1203 angekommen?", dt("2026-11-27 07:31", "+0100"),
      mdn_body("Ihre Nachricht\n\n  An: Eingangsrechnungen\n  Betreff: Ist die Rechnung RE-2026-1203 angekommen?\n"
               "  Gesendet: Samstag, 21. November 2026 09:00:00 (UTC+01:00)\n\nwurde am Freitag, 27. November 2026 "
               "07:31:12 (UTC+01:00) ungelesen gelöscht.\n", C["saxonia"], m,
               "MBX04.saxonia-logistik.de; Microsoft Exchange Server 2016",
               disposition="automatic-action/MDN-sent-automatically; deleted"),
      "MDN mit Disposition 'deleted' (ungelesen gelöscht): nicht als gelesen werten",
      invoice_numbers="RE-2026-1203", original_message_id=m))

# ---------------------------------------------------------------- Unzustellbar
m = bm("de-1189-past")
A(msg("bounce_exchange_spam", "bounce", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kramer-steuerberatung.de>",
      BOT, "Unzustellbar: Rechnung RE-2026-1189 ist überfällig", dt("2026-11-19 10:01", "+0100"),
      dsn("Die Nachricht konnte nicht an m.kramer@kramer-steuerberatung.de zugestellt werden.\n\n"
          "Die Nachricht wurde vom Zielserver als Spam eingestuft und abgelehnt.\n\nDiagnoseinformationen für "
          "Administratoren:\n\nGenerierender Server: FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM\n\n"
          "m.kramer@kramer-steuerberatung.de\nRemote Server returned '550 5.7.350 Remote server returned message "
          "detected as spam -> 554 5.7.1 Rejected: Spam score 9.8 exceeds threshold'\n",
          "FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM", C["kramer"], "failed", "5.7.350",
          "550 5.7.350 Remote server returned message detected as spam -> 554 5.7.1 Rejected: Spam score 9.8",
          "Markus Kramer <%s>" % C["kramer"], "Rechnung RE-2026-1189 ist überfällig", dt("2026-11-19 10:00", "+0100"), m,
          lang="de", human_charset="utf-8", human_cte="quoted-printable"),
      "Exchange-NDR auf Deutsch: als Spam abgelehnt", au="none", mailfrom="", hcharset="utf-8",
      failed_recipients=C["kramer"], bounce_permanent=True, bounce_reason="spam", original_message_id=m,
      invoice_numbers="RE-2026-1189"))

m = bm("de-1199-arrive")
A(msg("bounce_postfix_quota", "bounce", "Mail Delivery System <MAILER-DAEMON@mout.kundenserver.de>", BOT,
      "Mail delivery failed: returning message to sender", dt("2026-11-19 09:02", "+0100"),
      dsn("This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
          "delivered to one or more of\nits recipients. This is a permanent error. The following address(es)\nfailed:\n\n"
          "  info@brauhaus-vogel.de\n    host mx00.ionos.de [212.227.15.41]\n    SMTP error from remote server for RCPT TO "
          "command, host: mx00.ionos.de reason: 552 5.2.2 Mailbox full: quota exceeded (info@brauhaus-vogel.de)\n",
          "mout.kundenserver.de", C["brauhaus"], "failed", "5.2.2", "552 5.2.2 Mailbox full: quota exceeded",
          "Brauhaus Vogel <%s>" % C["brauhaus"], "Ist die Rechnung RE-2026-1199 angekommen?",
          dt("2026-11-19 09:00", "+0100"), m, remote_mta="mx00.ionos.de"),
      "Postfach voll, permanenter Fehler (552 5.2.2)", au="none", mailfrom="",
      failed_recipients=C["brauhaus"], bounce_permanent=True, bounce_reason="mailbox_full", original_message_id=m,
      invoice_numbers="RE-2026-1199"))

m = bm("de-1203-arrive")
A(msg("bounce_verzoegert", "bounce", "Microsoft Exchange <postmaster@saxonia-logistik.de>", BOT,
      "Zustellung verzögert: Ist die Rechnung RE-2026-1203 angekommen?", dt("2026-11-21 13:05", "+0100"),
      dsn("Die Zustellung der folgenden Nachricht ist verzögert:\n\n  Betreff: Ist die Rechnung RE-2026-1203 "
          "angekommen?\n  Gesendet am: 21.11.2026 09:00\n\nDer Server versucht weiterhin, die Nachricht zuzustellen, "
          "und wird noch 1 Tag, 19 Stunden und 55 Minuten lang versuchen.\nSie werden benachrichtigt, falls die "
          "Nachricht nicht zugestellt werden kann.\n\nEmpfänger: eingangsrechnungen@saxonia-logistik.de\n",
          "MBX04.saxonia-logistik.de", C["saxonia"], "delayed", "4.4.7", "400 4.4.7 Message delayed",
          "Eingangsrechnungen <%s>" % C["saxonia"], "Ist die Rechnung RE-2026-1203 angekommen?",
          dt("2026-11-21 09:00", "+0100"), m, human_charset="iso-8859-1", human_cte="quoted-printable"),
      "Verzögerungsmeldung, kein permanenter Fehler", au="none", mailfrom="",
      failed_recipients=C["saxonia"], bounce_permanent=False, bounce_reason="other", original_message_id=m,
      invoice_numbers="RE-2026-1203"))

m = bm("de-1176-past")
t = """Hallo,

hier ist der Mailserver von kita-verwaltung-online.de.

Ihre Nachricht vom 24.11.2026 mit dem Betreff "Rechnung RE-2026-1176 ist überfällig" konnte nicht
zugestellt werden. Das Postfach verwaltung@fuchs-kita.de wurde zum 31.10.2026 aufgelöst; die
Kita Fuchs ist jetzt unter einer neuen Adresse erreichbar (bitte telefonisch erfragen).

Message-ID Ihrer Nachricht: %s

Diese Nachricht wurde automatisch erstellt.
""" % m
A(msg("bounce_prosa_aufgeloest", "bounce", "Mailserver <mailer@kita-verwaltung-online.de>", BOT,
      "Nachricht nicht zustellbar", dt("2026-11-24 10:04", "+0100"), T(t, "iso-8859-1", "quoted-printable"),
      "Prosa-Bounce ohne DSN; Empfänger nur im Fließtext (Postfach aufgelöst)", au="none", mailfrom="",
      failed_recipients=C["fuchs"], bounce_permanent=True, bounce_reason="user_unknown", original_message_id=m,
      invoice_numbers=I("RE-2026-1176")))

m = bm("de-1181-arrive")
A(msg("bounce_policy_gateway", "bounce", "Mail Delivery Subsystem <MAILER-DAEMON@mx1.ruhrtec.de>", BOT,
      "Returned mail: see transcript for details", dt("2026-11-12 09:01", "+0100"),
      dsn("The original message was received at Thu, 12 Nov 2026 09:00:41 +0100\nfrom mail.kestrelmoor.com [203.0.113.40]\n\n"
          "   ----- The following addresses had permanent fatal errors -----\n<ap@ruhrtec.de>\n    (reason: 550 5.7.1 "
          "Message rejected: invoices are only accepted via the supplier portal lieferanten.ruhrtec.de)\n\n"
          "   ----- Transcript of session follows -----\n... while talking to gw2.ruhrtec.de.:\n>>> DATA\n<<< 550 5.7.1 "
          "Message rejected: invoices are only accepted via the supplier portal lieferanten.ruhrtec.de\n554 5.0.0 "
          "Service unavailable\n", "mx1.ruhrtec.de", C["ruhrtec"], "failed", "5.7.1",
          "550 5.7.1 Message rejected: invoices are only accepted via the supplier portal",
          "RuhrTec AP <%s>" % C["ruhrtec"], "Ist die Rechnung RE-2026-1181 angekommen?", dt("2026-11-12 09:00", "+0100"), m),
      "Sendmail-DSN: Ablehnung per Richtlinie (nur Lieferantenportal)", au="none", mailfrom="",
      failed_recipients=C["ruhrtec"], bounce_permanent=True, bounce_reason="policy", original_message_id=m,
      invoice_numbers=I("RE-2026-1181")))

# ---------------------------------------------------------------- Abwesenheit
m = bm("de-1195-due")
A(msg("abwesend_outlook", "auto_reply", "Katrin Lehmann <k.lehmann@nordlicht-medien.de>", BOTF,
      "Automatische Antwort: Erinnerung: Rechnung RE-2026-1195 fällig am 14.12.2026", dt("2026-12-04 09:00", "+0100"),
      Alt("Guten Tag,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich 18.12.2026 nicht im Büro. "
          "Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an "
          "kreditoren@nordlicht-medien.de.\n\nMit freundlichen Grüßen\nKatrin Lehmann\n",
          html_of("Guten Tag,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich 18.12.2026 nicht im Büro.\n\n"
                  "Mit freundlichen Grüßen\nKatrin Lehmann")),
      "Outlook-Abwesenheit 'bis einschließlich Freitag 18.12.' -> zurück Montag 21.12.", irt=m,
      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      return_date="2026-12-21", original_message_id=m, invoice_numbers="RE-2026-1195"))

m = bm("de-1210-arrive")
A(msg("abwesend_ohne_header", "auto_reply", "Praxis Zahnwerk <%s>" % C["zahnwerk"], BOTF,
      "AW: Ist die Rechnung RE-2026-1210 angekommen?", dt("2026-11-28 09:00", "+0100"),
      T("Vielen Dank für Ihre Nachricht!\n\nUnsere Praxis ist vom 28.11. bis 6.12. wegen Betriebsurlaub geschlossen. "
        "Ab Montag, dem 7. Dezember, sind wir wieder für Sie da.\n\nIhr Praxisteam Zahnwerk\n", "iso-8859-1", "8bit"),
      "Betriebsurlaub ohne Auto-Submitted-Header, 'AW:'-Betreff", irt=m,
      return_date="2026-12-07", original_message_id=m, invoice_numbers="RE-2026-1210"))

m = bm("de-1181-resend")
A(msg("ticket_otrs", "auto_reply", "RuhrTec Kreditorenservice <service@ruhrtec.de>", BOTF,
      "[Ticket#2026112710000123] Eingangsbestätigung: Rechnung RE-2026-1181 (erneut)", dt("2026-11-27 09:01", "+0100"),
      T("Sehr geehrte Damen und Herren,\n\nIhre Anfrage ist bei uns eingegangen und wurde unter der Ticketnummer "
        "2026112710000123 erfasst. Bitte geben Sie diese Nummer bei Rückfragen im Betreff an.\n\nBearbeitungszeit "
        "derzeit ca. 10 Arbeitstage.\n\nIhr RuhrTec Kreditorenservice\n\n-- \nRuhrTec GmbH · Essen\n"),
      "Ticketsystem-Eingangsbestätigung (OTRS), keine Rückkehr", irt=m,
      extra=[("Auto-Submitted", "auto-replied"), ("X-OTRS-Loop", "yes"), ("Precedence", "bulk")],
      original_message_id=m, invoice_numbers="RE-2026-1181"))

m = bm("de-1195-arrive")
A(msg("abwesend_polnisch", "auto_reply", "Agnieszka Nowak <a.nowak@nordlicht-medien.de>", BOTF,
      "Odpowiedź automatyczna: Ist die Rechnung RE-2026-1195 angekommen?", dt("2026-11-17 09:00", "+0100"),
      T("Dzień dobry,\n\ndziękuję za wiadomość. Jestem na urlopie do 30.11.2026 włącznie, bez dostępu do poczty. "
        "W pilnych sprawach proszę kontaktować się z kreditoren@nordlicht-medien.de.\n\nPozdrawiam\nAgnieszka Nowak\n",
        "iso-8859-2", "quoted-printable"),
      "polnische Abwesenheit, 'do 30.11.2026 włącznie' -> zurück 1.12.; iso-8859-2", irt=m, hcharset="iso-8859-2",
      extra=[("Auto-Submitted", "auto-replied")], return_date="2026-12-01", original_message_id=m,
      invoice_numbers="RE-2026-1195"))

m = bm("de-1207-arrive")
A(msg("abwesend_italienisch", "auto_reply", "Giulia Bernardi <g.bernardi@hartwig-gmbh.at>", BOTF,
      "Risposta automatica: Ist die Rechnung RE-2026-1207 angekommen?", dt("2026-11-26 09:00", "+0100"),
      T("Buongiorno,\n\nsarò fuori ufficio fino al 9 dicembre compreso, con accesso limitato alla posta. Rientrerò "
        "giovedì 10 dicembre.\nPer urgenze contattare b.hartwig@hartwig-gmbh.at.\n\nCordiali saluti\nGiulia Bernardi\n"),
      "italienische Abwesenheit eines Kollegen", irt=m, extra=[("Auto-Submitted", "auto-replied")],
      return_date="2026-12-10", original_message_id=m, invoice_numbers="RE-2026-1207"))

# ---------------------------------------------------------------- Challenge
m = bm("de-1210-due")
A(msg("challenge_antworten", "challenge", "Spamschutz Zahnwerk <praxis@zahnwerk-leipzig.de>", BOT,
      "Bitte bestätigen: Erinnerung: Rechnung RE-2026-1210", dt("2026-12-04 09:01", "+0100"),
      T("Guten Tag,\n\nIhre E-Mail an praxis@zahnwerk-leipzig.de wurde zurückgehalten, da Sie noch nicht in unserer "
        "Liste bestätigter Absender stehen.\n\nBitte antworten Sie einfach auf diese E-Mail, ohne den Betreff zu "
        "ändern. Danach wird Ihre Nachricht zugestellt.\n\nBestätigungscode: ZW-77Q3-KM\n\n(Ihre ursprüngliche "
        "Nachricht: %s)\n" % m),
      "Challenge/Response: per Antwort bestätigen", extra=[("Auto-Submitted", "auto-replied"), ("In-Reply-To", m)],
      original_message_id=m, invoice_numbers="RE-2026-1210"))

# ---------------------------------------------------------------- Zahlungen
t = """Saalebank eG – Umsatzbenachrichtigung

Sehr geehrte Kundin, sehr geehrter Kunde,

auf Ihrem Konto DE42 **** **** **** **45 00 ist ein neuer Umsatz eingegangen:

Buchungstag:        16.11.2026
Valuta:             16.11.2026
Umsatzart:          Gutschrift (SEPA-Überweisung)
Auftraggeber:       HOLZNER BAU GMBH
Verwendungszweck:   RE-2026-1187 Baustellen-Tablets
Betrag:             +4.105,50 EUR

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
Saalebank eG · Halle (Saale) · Genossenschaftsregister GnR 188
"""
A(msg("zahlung_saalebank_einzeln", "payment_confirmation", NOTIFIERS["saale"], BOT,
      "Neuer Umsatz auf Ihrem Konto", dt("2026-11-16 18:03", "+0100"), Alt(t, html_of(t, "Arial")),
      "deutsche Bank-Umsatzbenachrichtigung, eine Rechnung voll bezahlt",
      invoice_numbers="RE-2026-1187", amount="4105.50", currency="EUR", payment_date="2026-11-16",
      payment_full=True, allocations="RE-2026-1187=4105.50"))

t = """Saalebank eG - Umsatzbenachrichtigung

Buchungstag:        01.12.2026
Valuta:             01.12.2026
Umsatzart:          Gutschrift
Auftraggeber:       NORDLICHT MEDIEN GMBH
Verwendungszweck:   RE-2026-1195 1.547,00 / RE-2026-1142 892,50 KD-NR 40118
Betrag:             +2.439,50 EUR
"""
A(msg("zahlung_sammelueberweisung", "payment_confirmation", NOTIFIERS["saale"], BOT,
      "Neuer Umsatz auf Ihrem Konto", dt("2026-12-01 17:44", "+0100"), T(t, "iso-8859-15", "quoted-printable"),
      "eine Überweisung bezahlt zwei Rechnungen (Einzelbeträge im Verwendungszweck)",
      invoice_numbers=I("RE-2026-1195", "RE-2026-1142"), amount="2439.50", currency="EUR", payment_date="2026-12-01",
      payment_full=True, allocations="RE-2026-1195=1547.00;RE-2026-1142=892.50"))

t = """Saalebank eG – Umsatzbenachrichtigung

Buchungstag:        14.11.2026
Valuta:             13.11.2026
Umsatzart:          Gutschrift (SEPA-Überweisung)
Auftraggeber:       ELBTAL-APOTHEKE DR. J. ALBRECHT E.K.
Verwendungszweck:   RE 2026 1191 ABZGL. 2 PROZ. SKONTO
Betrag:             +2.058,00 EUR
"""
A(msg("zahlung_skonto", "payment_confirmation", NOTIFIERS["saale"], BOT,
      "Neuer Umsatz auf Ihrem Konto", dt("2026-11-14 07:15", "+0100"), T(t),
      "Zahlung mit Skontoabzug innerhalb der Frist = vollständig; Valuta vor Buchungstag; Nummer mit Leerzeichen",
      invoice_numbers="RE-2026-1191", amount="2058.00", currency="EUR", payment_date="2026-11-13",
      payment_full=True, allocations="RE-2026-1191=2058.00"))

t = """Payvessel

Zahlung erhalten

Kramer Steuerberatung hat 4.000,00 € per SEPA-Lastschrift bezahlt.

Rechnung          RE-2026-1189
Rechnungsbetrag   8.568,00 €
Bezahlt           4.000,00 €
Offener Betrag    4.568,00 €
Zahlungsdatum     27. Nov. 2026

Gebühren werden mit der nächsten Auszahlung verrechnet.
"""
A(msg("zahlung_payvessel_teil", "payment_confirmation", NOTIFIERS["payvessel"], BOT,
      "Zahlung über 4.000,00 € erhalten", dt("2026-11-27 12:00", "+0100"), Alt(t, html_of(t)),
      "Teilzahlung einer Abschlagsrechnung über Zahlungsdienstleister; Rechnungsbetrag/Offen konkurrieren",
      invoice_numbers="RE-2026-1189", amount="4000.00", currency="EUR", payment_date="2026-11-27",
      payment_full=False, allocations="RE-2026-1189=4000.00"))

t = """Saalebank eG – Echtzeitüberweisung eingegangen

Auf Ihrem Konto ist soeben eine Echtzeitüberweisung eingegangen.

Datum/Uhrzeit:      01.12.2026 22:47
Auftraggeber:       HARTWIG GMBH, GRAZ (AT)
IBAN Auftraggeber:  AT61 1904 3002 3457 3201
Verwendungszweck:   RG 1207 HARTWIG
Betrag:             +6.200,00 EUR
"""
A(msg("zahlung_echtzeit_kurzref", "payment_confirmation", NOTIFIERS["saale"], BOT,
      "Echtzeitüberweisung: +6.200,00 EUR", dt("2026-12-01 22:48", "+0100"), T(t, "utf-8", "base64"),
      "Echtzeitüberweisung am Abend; Verwendungszweck nur 'RG 1207'; base64",
      invoice_numbers="RE-2026-1207", amount="6200.00", currency="EUR", payment_date="2026-12-01",
      payment_full=True, allocations="RE-2026-1207=6200.00"))

# ---------------------------------------------------------------- Antworten
m = bm("de-1187-due")
A(msg("antwort_bezahlt", "client_reply", "Sabine Holzner <%s>" % C["holzner"], BOTF,
      "AW: Erinnerung: Rechnung RE-2026-1187 fällig am 17.11.2026", dt("2026-11-16 11:20", "+0100"),
      T("Guten Tag,\n\ndie Rechnung haben wir bereits am Freitag überwiesen, der Betrag sollte in den nächsten Tagen bei "
        "Ihnen eingehen.\n\nMit freundlichen Grüßen\nSabine Holzner\nHolzner Bau GmbH\n\n-----Ursprüngliche "
        "Nachricht-----\nVon: Kestrelmoor Buchhaltung <ar@kestrelmoor.com>\nGesendet: Samstag, 14. November 2026 09:00\n"
        "An: buchhaltung@holzner-bau.de\nBetreff: Erinnerung: Rechnung RE-2026-1187 fällig am 17.11.2026\n\n" +
        rem("Sehr geehrte Damen und Herren", "RE-2026-1187", "4.105,50 EUR", "17.11.2026") + "\n", "windows-1252",
        "quoted-printable"),
      "Zahlungsbehauptung 'bereits überwiesen'", irt=m, intent="paid_claim", invoice_numbers="RE-2026-1187",
      original_message_id=m))

m = bm("de-1199-due")
A(msg("antwort_zusage", "client_reply", "Thomas Vogel <thomas@brauhaus-vogel.de>", BOTF,
      "Re: Erinnerung: Rechnung RE-2026-1199 fällig am 15.12.2026", dt("2026-12-04 10:02", "+0100"),
      T("Hallo Herr Brinkhaus, hallo Buchhaltung,\n\nunser Postfach war voll, sorry. Wir überweisen den Betrag "
        "von 1.904,00 € bis zum 18.12.\n\nBeste Grüße\nThomas Vogel\n"),
      "klare Zusage mit Datum ohne Jahr", irt=m, intent="promise", promised_date="2026-12-18",
      invoice_numbers="RE-2026-1199", original_message_id=m))

m = bm("de-1203-past")
A(msg("antwort_zusage_wochentag", "client_reply", "Saxonia Logistik <%s>" % C["saxonia"], BOTF,
      "AW: Rechnung RE-2026-1203 ist überfällig", dt("2026-11-30 08:40", "+0100"),
      T("Sehr geehrte Damen und Herren,\n\ndie Zahlung wurde freigegeben und erfolgt am kommenden Donnerstag.\n\n"
        "Mit freundlichen Grüßen\ni. A. Petra Kühn\nKreditorenbuchhaltung\n"),
      "Zusage relativ ('kommenden Donnerstag', gesendet Mo 30.11.)", irt=m, intent="promise",
      promised_date="2026-12-03", invoice_numbers="RE-2026-1203", original_message_id=m))

m = bm("de-1210-due")
A(msg("antwort_keine_zusage", "client_reply", "Dr. Anja Seidel <%s>" % C["zahnwerk"], BOTF,
      "AW: Erinnerung: Rechnung RE-2026-1210 fällig am 09.12.2026", dt("2026-12-05 19:20", "+0100"),
      T("Sehr geehrter Herr Brinkhaus,\n\nnach dem Wasserschaden im November ist die Liquidität knapp. Vor dem "
        "15. Januar können wir Ihnen leider keine Zahlung zusagen. Wäre ein Aufschub oder eine Zahlung in zwei "
        "Raten für Sie denkbar?\n\nMit freundlichen Grüßen\nDr. Anja Seidel\n"),
      "verneinte Zusage ('vor dem 15. Januar keine Zusage') + Bitte um Aufschub/Raten", irt=m,
      intent="plan_request", invoice_numbers="RE-2026-1210", original_message_id=m))

m = bm("de-1189-due")
A(msg("antwort_widerspruch", "client_reply", "Markus Kramer <%s>" % C["kramer"], BOTF,
      "WG: Erinnerung: 1. Abschlagsrechnung RE-2026-1189", dt("2026-11-18 17:05", "+0100"),
      T("Sehr geehrte Damen und Herren,\n\nder Abschlagsrechnung widerspreche ich. Vereinbart war laut Ihrem Angebot "
        "AN-2026-088 ein Abschlag von 20 %, nicht 30 %. Bitte stornieren Sie die Rechnung und stellen Sie eine "
        "korrigierte Abschlagsrechnung über 5.712,00 EUR aus. Einen Teilbetrag habe ich bereits angewiesen.\n\n"
        "Mit freundlichen Grüßen\nMarkus Kramer\nSteuerberater\n"),
      "Widerspruch gegen Abschlagshöhe, nennt eigenen Betrag", irt=m, intent="dispute",
      invoice_numbers="RE-2026-1189", original_message_id=m))

m = bm("de-1181-due")
A(msg("antwort_nicht_erhalten", "client_reply", "Piet Janssen <p.janssen@ruhrtec.de>", BOTF,
      "AW: Erinnerung: Rechnung RE-2026-1181 fällig am 10.12.2026", dt("2026-11-26 14:30", "+0100"),
      T("Hallo,\n\ndie Rechnung liegt uns nicht vor. Bitte senden Sie sie als PDF an eingangsrechnungen@ruhrtec.de "
        "oder laden Sie sie im Lieferantenportal hoch.\n\nGruß\nPiet Janssen\nEinkauf\n"),
      "Rechnung nicht erhalten, Kollege nicht in den Kontakten", irt=m, intent="not_received",
      invoice_numbers="RE-2026-1181", original_message_id=m))

m = bm("de-1176-past2")
A(msg("antwort_lastschrift", "client_reply", "Kita Fuchs Verwaltung <verwaltung@kita-fuchs.de>", BOTF,
      "Re: Rechnung RE-2026-1176 ist überfällig", dt("2026-12-01 12:12", "+0100"),
      T("Guten Tag,\n\nkönnen wir bei Ihnen auch per Lastschrift zahlen? Unser Träger überweist nur noch per "
        "SEPA-Lastschriftmandat. Falls ja, schicken Sie uns bitte ein Mandatsformular.\n\nFreundliche Grüße\n"
        "Monika Fuchs\n"),
      "fragt nach Zahlungsweg (Lastschrift), neue Adresse der Kita", irt=m, intent="payment_details",
      invoice_numbers="RE-2026-1176", original_message_id=m))

m = bm("de-1142-past")
A(msg("antwort_stopp_dsgvo", "client_reply", "Nordlicht Medien Kreditoren <%s>" % C["nordlicht"], BOTF,
      "AW: Rechnung RE-2026-1142 ist überfällig", dt("2026-11-20 15:45", "+0100"),
      T("Sehr geehrte Damen und Herren,\n\nwir untersagen Ihnen hiermit, diese Adresse weiterhin für automatisierte "
        "Zahlungserinnerungen zu verwenden. Bitte stellen Sie die Zusendung ein. Für Rückfragen erreichen Sie uns "
        "telefonisch.\n\nNordlicht Medien GmbH\nKreditorenbuchhaltung\n"),
      "förmliche Aufforderung, keine E-Mails mehr zu senden", irt=m, intent="stop", invoice_numbers="RE-2026-1142",
      original_message_id=m))

m = bm("de-1191-due")
A(msg("antwort_erledigt", "client_reply", "Elbtal-Apotheke Kasse <kasse@elbtal-apotheke.de>", BOTF,
      "AW: Erinnerung: Rechnung RE-2026-1191", dt("2026-12-02 15:30", "+0100"),
      T("Ist erledigt.\n\nGesendet von meinem iPad\n"), "Kurzantwort 'Ist erledigt.' von einer Kollegin", irt=m,
      intent="paid_claim", invoice_numbers="RE-2026-1191", original_message_id=m))

m = bm("de-1207-due")
A(msg("antwort_gemischt", "client_reply", "Bernhard Hartwig <%s>" % C["hartwig"], BOTF,
      "AW: Erinnerung: Rechnung RE-2026-1207", dt("2026-11-30 16:10", "+0100"),
      T("Grüß Gott,\n\ndie Rechnung ist angekommen, danke. Zahlen werden wir wie vereinbart Ende Dezember. Eine Frage "
        "noch: unsere UID auf der Rechnung hat einen Zahlendreher (richtig ist ATU 6829 1147). Können Sie die "
        "Rechnung bitte korrigieren, sonst bekommen wir Probleme mit dem Vorsteuerabzug.\n\nBeste Grüße\nB. Hartwig\n"),
      "gemischt: Zusage 'Ende Dezember' + Korrekturwunsch -> Mensch nötig", irt=m, intent="promise",
      promised_date="2026-12-31", invoice_numbers="RE-2026-1207", original_message_id=m, needs_human=True))

m = bm("de-1176-past3")
t = ("Hallo,\n\nden Restbetrag von 690,00 € überweisen wir am 10.12.\n\nViele Grüße\nMonika Fuchs\n\n"
     "Am 26.11.2026 um 11:02 schrieb Monika Fuchs:\n> Guten Tag, wir haben bereits 500 € angezahlt (am 20.11.), der "
     "Rest folgt.\n>\n>> Am 24.11.2026 um 10:00 schrieb Kestrelmoor Buchhaltung <ar@kestrelmoor.com>:\n>> Rechnung "
     "RE-2026-1176 über 1.190,00 EUR ist überfällig.\n")
A(msg("antwort_zitat_anzahlung", "client_reply", "Kita Fuchs Verwaltung <verwaltung@kita-fuchs.de>", BOTF,
      "Re: Re: Rechnung RE-2026-1176 ist überfällig", dt("2026-12-04 09:15", "+0100"), T(t),
      "Zusage des Rests; im Zitat eine frühere Teilzahlungsbehauptung", irt=m, intent="promise",
      promised_date="2026-12-10", invoice_numbers="RE-2026-1176", original_message_id=m))

m = bm("de-1181-resend")
A(msg("antwort_locker", "client_reply", "Piet Janssen <p.janssen@ruhrtec.de>", BOTF,
      "AW: Rechnung RE-2026-1181 (erneut)", dt("2026-12-03 16:55", "+0100"),
      T("Moin,\n\njetzt ist sie da, geht morgen raus.\n\nGruß Piet\n", "utf-8", "8bit"),
      "locker: 'geht morgen raus' (gesendet Do 3.12.)", irt=m, intent="promise", promised_date="2026-12-04",
      invoice_numbers="RE-2026-1181", original_message_id=m))

m = bm("de-1158-past")
A(msg("antwort_ratenzahlung_foermlich", "client_reply", "Brauhaus Vogel GbR <thomas@brauhaus-vogel.de>", BOTF,
      "AW: Rechnung RE-2026-1158 ist überfällig", dt("2026-11-23 11:00", "+0100"),
      Alt("Sehr geehrte Damen und Herren,\n\nbezugnehmend auf Ihr Schreiben bitten wir höflich um die Gewährung einer "
          "Ratenzahlung für die Rechnung RE-2026-1158. Aufgrund saisonaler Umsatzschwankungen ist uns eine Zahlung in "
          "einer Summe derzeit nicht möglich. Über einen Vorschlag Ihrerseits würden wir uns freuen.\n\n"
          "Hochachtungsvoll\nThomas Vogel\nBrauhaus Vogel GbR\n",
          html_of("Sehr geehrte Damen und Herren,\n\nbezugnehmend auf Ihr Schreiben bitten wir höflich um die "
                  "Gewährung einer Ratenzahlung für die Rechnung RE-2026-1158.\n\nHochachtungsvoll\nThomas Vogel")),
      "förmliche Bitte um Ratenzahlung ohne Termin", irt=m, intent="plan_request",
      invoice_numbers=I("RE-2026-1158"), original_message_id=m))

# ---------------------------------------------------------------- Sonstiges
t = """Saalebank eG

Sehr geehrte Kundin, sehr geehrter Kunde,

eine eingehende Zahlung über 8.568,00 EUR (Verwendungszweck: RE-2026-1189) konnte Ihrem Konto nicht
gutgeschrieben werden. Bitte bestätigen Sie innerhalb von 48 Stunden Ihre Kontodaten:

  https://saalebank-online.de/freigabe/8568

Ihre Saalebank eG
"""
A(msg("gefaelscht_lookalike", "other", "Saalebank eG <service@saalebank-online.de>", BOT,
      "Zahlungseingang zurückgehalten – Handlung erforderlich", dt("2026-11-21 04:12", "+0100"), Alt(t, html_of(t)),
      "Look-alike-Domain der Bank, DMARC pass für die falsche Domain, Phishing", invoice_numbers="RE-2026-1189",
      needs_human=True))

A(msg("gefaelscht_kunde_neue_iban", "other", "Sabine Holzner <%s>" % C["holzner"], BOT,
      "Änderung unserer Bankverbindung", dt("2026-11-25 02:33", "+0100"),
      T("Sehr geehrte Damen und Herren,\n\nbitte beachten Sie, dass sich unsere Bankverbindung geändert hat. "
        "Künftige Erstattungen und Gutschriften bitte ausschließlich auf:\nIBAN LT12 3250 0247 7789 1150\n\n"
        "Bitte bestätigen Sie kurz die Änderung.\n\nMit freundlichen Grüßen\nSabine Holzner\n"),
      "gefälschte Kunden-Mail (DMARC fail) mit neuer Auslands-IBAN: kein payment_details, sondern Betrugsverdacht",
      au="fail", mailfrom="info@holzner-bau-de.com", needs_human=True))

t = """IHK-Newsletter Steuern & Finanzen 12/2026

E-Rechnung: Ab 1. Januar 2027 müssen Unternehmen mit mehr als 800.000 Euro Vorjahresumsatz
E-Rechnungen ausstellen. Was das für Ihre Mahnläufe bedeutet, erfahren Sie in unserem Webinar.

Abmelden: https://www.ihk-leipzig-news.de/abmelden?u=ar%40kestrelmoor.com
"""
A(msg("newsletter_ihk", "other", "IHK zu Leipzig <newsletter@ihk-leipzig-news.de>", BOT,
      "IHK-Newsletter Steuern & Finanzen 12/2026", dt("2026-12-02 06:30", "+0100"), Alt(t, html_of(t)),
      "Newsletter über E-Rechnung und Mahnläufe", extra=[("List-Unsubscribe", "<mailto:abmelden@ihk-leipzig-news.de>"),
                                                       ("Precedence", "bulk")]))

A(msg("intern_korrektur", "other", STAFF["malte"], "Jana Wendler <j.wendler@kestrelmoor.de>",
      "WG: Rechnung WLAN Zahnwerk", dt("2026-11-26 08:05", "+0100"),
      T("Jana, bei Zahnwerk hab ich im Text 2.975 statt 2.795 geschrieben, kannst du bitte eine korrigierte Mail "
        "schicken? Ich setz ar@ mal in CC, damit der Bot Bescheid weiß.\n\nDanke!\nMalte\n"),
      "interne Mail mit Bot in CC, keine Rechnungsdaten im eigentlichen Sinn", cc=BOT,
      invoice_numbers="RE-2026-1210", needs_human=True))

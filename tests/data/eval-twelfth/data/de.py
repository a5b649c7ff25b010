"""de desk: Kestrel Hydrographie GmbH, Kiel. Dates in Date headers: +0100 (CET)."""
from data.common import BOT, DESKS

W = DESKS["de"]
JANA, MALTE = W["staff"]
BANK, PSP = W["bank"], W["psp"]
WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MO = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]


def cl(k):
    company, person, ap = W["clients"][k]
    return (person, ap)


def fmt_date(d):
    return d.strftime("%d.%m.%Y")


def fmt_attrib_date(d):
    return "%s, %d. %s %d %s" % (WD[d.weekday()], d.day, MO[d.month - 1], d.year, d.strftime("%H:%M"))


ATTRIB = "Am {date} schrieb {frm}:"


def join_invs(invs):
    return " und ".join(invs)


RSUBJ = {
    "arrived": "Rechnung {inv} – ist sie bei Ihnen angekommen?",
    "before": "Rechnung {inv} – fällig am {due}",
    "overdue": "Zahlungserinnerung: Rechnung {inv}",
    "multi": "Offene Posten – {company}",
}
_PAY = ("Zahlungsdaten:\n  Betrag: {amount}\n  Verwendungszweck: {inv}\n"
        "  Nordmark Bank AG, IBAN {iban}, BIC {bic}\n")
RBODY = {
    "arrived": "Guten Tag {person},\n\nwir hoffen, es geht Ihnen gut.\n\nVor einigen Tagen haben wir Ihnen die Rechnung {inv} "
               "über {amount} (fällig am {due}) gesendet. Ist sie bei Ihnen angekommen und liegt sie der richtigen "
               "Stelle zur Freigabe vor?\n\n" + _PAY,
    "before": "Guten Tag {person},\n\nwir hoffen, die Geschäfte bei {company} laufen gut.\n\nEine freundliche Erinnerung: "
              "Die Rechnung {inv} über {amount} wird am {due} fällig.\n\n" + _PAY,
    "overdue": "Guten Tag {person},\n\nwir hoffen, es geht Ihnen gut und die Geschäfte bei {company} laufen erfreulich.\n\n"
               "Nach unseren Unterlagen ist die Rechnung {inv} über {amount} seit dem {due} fällig. Sollten Sie die "
               "Zahlung bereits veranlasst haben, betrachten Sie diese Nachricht bitte als gegenstandslos.\n\n" + _PAY +
               "\nFalls etwas einer Zahlung entgegensteht, antworten Sie einfach auf diese E-Mail – wir finden gemeinsam "
               "eine Lösung.\n",
    "multi": "Guten Tag {person},\n\nwir hoffen, es geht Ihnen gut.\n\nNach unseren Unterlagen sind die Rechnungen {inv} "
             "über insgesamt {amount} seit dem {due} fällig. Sollten Sie bereits gezahlt haben, betrachten Sie diese "
             "Nachricht bitte als gegenstandslos.\n\n" + _PAY,
}
RSIG = "\nMit freundlichen Grüßen\n\nDebitorenbuchhaltung\n{desk_company}\nar@kestrel-bathymetry.com · +49 431 555 2270\n"

SIG_J = ("\n-- \nJana Petersen\nBuchhaltung / Controlling\nKestrel Hydrographie GmbH\nSchwedenkai 7, 24103 Kiel\n"
         "Tel. +49 431 555 2271\n\nSitz der Gesellschaft: Kiel · Amtsgericht Kiel HRB 24817 KI\n"
         "Geschäftsführer: Dr. Henning Claußen · USt-IdNr. DE318274456\n")
SIG_M = ("\nMalte Grünwald\nProjektabrechnung\nKestrel Hydrographie GmbH\nMobil +49 170 555 3318\n")
DISCL = ("\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie "
         "bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte "
         "Weitergabe dieser Mail ist nicht gestattet.\n")


def pdf(no, date, client, lines, totals, terms, title="RECHNUNG"):
    return (["##Kestrel Hydrographie GmbH", "Schwedenkai 7 · 24103 Kiel · USt-IdNr. DE318274456", "",
             "##" + title, "Rechnungsnummer: %s" % no, "Rechnungsdatum: %s" % date, "Kunde: %s" % client, "",
             "Pos.  Leistung                                         Menge   Einzelpreis     Gesamt"]
            + lines + [""] + totals + ["", terms, "",
                                       "Nordmark Bank AG · IBAN DE27 2105 0170 0044 8812 07 · BIC NORMDEHHXXX"])


def cases():
    return [
        # ------------------------------------------------------------ invoice copies
        dict(slug="xrechnung_only", kind="invoice_copy", frm=JANA, to=[cl("lkg")], cc=[BOT], date="2026-11-03 09:12",
             subject="XRechnung RE-26-1140 – Leitweg-ID 13-L4711-42",
             body="Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung RE-26-1140 für die Peilung der "
                  "Fahrrinne Wismar-Nord als XRechnung (CII) zur Verarbeitung in Ihrem Rechnungseingang.\n\n"
                  "Mit freundlichen Grüßen\nJana Petersen\n" + SIG_J,
             atts=[dict(type="xml", fmt="cii", name="RE-26-1140_xrechnung.xml", id="RE-26-1140", issue="20261103",
                        due="20261203", net="40200.00", tax="7638.00", gross="47838.00", payable="47838.00",
                        buyer="Landesamt für Küstengewässer M-V", buyer_ref="13-L4711-42",
                        skonto="Zahlbar innerhalb von 30 Tagen ohne Abzug.",
                        lines=[("Fächerecholotpeilung Fahrrinne Wismar-Nord", "3350.00", "DAY", "12", "40200.00")])],
             label=dict(invoice_numbers="RE-26-1140", amount="47838.00", currency="EUR", issue_date="2026-11-03",
                        due_date="2026-12-03", payment_terms_days="30",
                        note="Only an XRechnung CII XML, no PDF and no figures in the body.")),
        dict(slug="zugferd_skonto", kind="invoice_copy", frm=MALTE, to=[cl("baltica")], cc=[BOT], date="2026-11-04 14:30",
             subject="Rechnung Kabeltrassen-Survey Fehmarnbelt",
             body="Sehr geehrter Herr Strunk,\n\nanbei unsere Rechnung für den Kabeltrassen-Survey Fehmarnbelt "
                  "(PDF mit ZUGFeRD-Daten).\n\nBei Zahlung innerhalb von 14 Tagen dürfen Sie 2 % Skonto abziehen.\n\n"
                  "Viele Grüße\nMalte Grünwald\n" + SIG_M,
             atts=[dict(type="pdf", name="Rechnung_RE-26-1141.pdf", lines=pdf(
                       "RE-26-1141", "04.11.2026", "Baltica Kabeltechnik AG, Lübeck",
                       ["1     Kabeltrassen-Survey Fehmarnbelt, Seetage          8      3.300,00 €   26.400,00 €"],
                       ["Nettobetrag                26.400,00 €", "zzgl. 19 % USt.             5.016,00 €",
                        "Rechnungsbetrag            31.416,00 €"],
                       "Zahlbar innerhalb von 14 Tagen mit 2 % Skonto (628,32 €) oder innerhalb von 30 Tagen netto.")),
                   dict(type="xml", fmt="cii", name="zugferd-invoice.xml", id="RE-26-1141", issue="20261104",
                        due="20261204", net="26400.00", tax="5016.00", gross="31416.00", payable="31416.00",
                        buyer="Baltica Kabeltechnik AG", guideline="urn:cen.eu:en16931:2017",
                        skonto="2 % Skonto bei Zahlung innerhalb von 14 Tagen, 30 Tage netto",
                        lines=[("Kabeltrassen-Survey Fehmarnbelt", "3300.00", "DAY", "8", "26400.00")])],
             label=dict(invoice_numbers="RE-26-1141", amount="31416.00", currency="EUR", issue_date="2026-11-04",
                        due_date="2026-12-04", payment_terms_days="30",
                        note="Skonto offer: discount amount and 14-day window compete with the 30-day net term and full amount.")),
        dict(slug="abschlagsrechnung", kind="invoice_copy", frm=JANA, to=[cl("nordstrand")], cc=[BOT, MALTE],
             date="2026-11-10 10:05", subject="2. Abschlagsrechnung Projekt Helgoland-Süd",
             body="Sehr geehrte Frau Jessen,\n\nanbei die 2. Abschlagsrechnung RE-26-1142 zum Projekt Helgoland-Süd.\n\n"
                  "  Auftragswert netto:              160.000,00 EUR\n  1. Abschlag (AR-26-029), bezahlt:  16.000,00 EUR netto\n"
                  "  2. Abschlag 10 %:                 16.000,00 EUR\n  zzgl. 19 % USt.:                  3.040,00 EUR\n"
                  "  Zahlbetrag:                       19.040,00 EUR\n\n  Fällig bis: 11.12.2026\n\n"
                  "Mit freundlichen Grüßen\nJana Petersen\n" + SIG_J,
             html="<html><body><p>Sehr geehrte Frau Jessen,</p><p>anbei die 2. Abschlagsrechnung <b>RE-26-1142</b> zum "
                  "Projekt Helgoland-Süd.</p><table><tr><td>Auftragswert netto</td><td align=right>160.000,00 EUR</td></tr>"
                  "<tr><td>1. Abschlag (AR-26-029), bezahlt</td><td align=right>16.000,00 EUR netto</td></tr>"
                  "<tr><td>2. Abschlag 10 %</td><td align=right>16.000,00 EUR</td></tr><tr><td>zzgl. 19 % USt.</td>"
                  "<td align=right>3.040,00 EUR</td></tr><tr><td><b>Zahlbetrag</b></td><td align=right><b>19.040,00 EUR</b>"
                  "</td></tr></table><p>Fällig bis: <b>11.12.2026</b></p><p>Mit freundlichen Grüßen<br>Jana Petersen</p>"
                  "</body></html>",
             label=dict(invoice_numbers="RE-26-1142", amount="19040.00", currency="EUR", issue_date="2026-11-10",
                        due_date="2026-12-11",
                        note="Down-payment invoice: contract value, earlier instalment and net instalment compete with the payable gross.")),
        dict(slug="schlussrechnung_receipt_terms", kind="invoice_copy", frm=MALTE, to=[cl("warnow")], cc=[BOT],
             date="2026-11-17 16:48", subject="Schlussrechnung Liegeplatzpeilung Warnow",
             body="Hallo Herr Lüdemann,\n\nanbei die Schlussrechnung RE-26-1143 für die Liegeplatzpeilungen 2026. Die "
                  "Abschläge AR-26-031 und AR-26-038 sind bereits abgezogen.\n\nGruß\nMalte Grünwald\n" + SIG_M,
             atts=[dict(type="pdf", name="RE-26-1143_Schlussrechnung.pdf", title="Schlussrechnung", lines=pdf(
                       "RE-26-1143", "17.11.2026", "Warnow Terminal GmbH, Rostock",
                       ["1     Liegeplatzpeilungen 2026 (pauschal)              1     45.000,00 €   45.000,00 €"],
                       ["Gesamtleistung netto          45.000,00 €", "zzgl. 19 % USt.                8.550,00 €",
                        "Gesamtleistung brutto         53.550,00 €",
                        "abzgl. Abschlag AR-26-031    -23.562,00 €", "abzgl. Abschlag AR-26-038    -23.562,00 €",
                        "Restbetrag                     6.426,00 €"],
                       "Zahlungsziel: 30 Tage nach Rechnungseingang, ohne Abzug.", title="SCHLUSSRECHNUNG")),
                   dict(type="xml", fmt="cii", name="factur-x.xml", id="RE-26-1143", issue="20261117", due="",
                        net="45000.00", tax="8550.00", gross="53550.00", prepaid="47124.00", payable="6426.00",
                        buyer="Warnow Terminal GmbH", guideline="urn:cen.eu:en16931:2017",
                        skonto="Zahlbar innerhalb von 30 Tagen nach Rechnungseingang ohne Abzug",
                        lines=[("Liegeplatzpeilungen 2026", "45000.00", "C62", "1", "45000.00")])],
             label=dict(invoice_numbers="RE-26-1143", amount="6426.00", currency="EUR", issue_date="2026-11-17",
                        payment_terms_days="30",
                        note="Final invoice: gross total and two deducted down payments; 30 days counted from receipt, so no fixed due date.")),
        dict(slug="chf_swiss_format", kind="invoice_copy", frm=JANA, to=[cl("untersee")], cc=[BOT],
             date="2026-11-20 11:30", subject="Rechnung RE-26-1144 Seegrundaufnahme Ermatingen",
             body="Grüezi Herr Brändli,\n\nwie besprochen stellen wir die Seegrundaufnahme in CHF in Rechnung:\n\n"
                  "  Rechnung Nr.   RE-26-1144\n  Datum          20.11.2026\n  Total          CHF 18'420.00\n"
                  "  (Leistung im Ausland, ohne MWST – Bezugsteuer durch den Leistungsempfänger)\n"
                  "  Zahlbar         30 Tage netto, bis 20.12.2026\n\nZur Information: entspricht rund EUR 19'650.00 "
                  "zum heutigen Kurs; massgebend ist der CHF-Betrag.\n\nFreundliche Grüsse\nJana Petersen\n" + SIG_J,
             label=dict(invoice_numbers="RE-26-1144", amount="18420.00", currency="CHF", issue_date="2026-11-20",
                        due_date="2026-12-20", payment_terms_days="30",
                        note="Swiss apostrophe thousands separators and a second, informative EUR amount.")),
        dict(slug="invoice_and_separate_credit", kind="invoice_copy", frm=MALTE, to=[cl("seewind")], cc=[BOT],
             date="2026-11-21 09:20", subject="Rechnung + Gutschrift",
             body="Sehr geehrte Frau Mag. Huber,\n\nanbei erhalten Sie\n\n  - Rechnung RE-26-1146 über 5.280,00 EUR netto "
                  "(Reverse Charge, Steuerschuldnerschaft des Leistungsempfängers), zahlbar innerhalb 30 Tagen, sowie\n"
                  "  - Gutschrift GS-26-007 über 480,00 EUR zur Rechnung RE-26-1084, die wir Ihnen separat überweisen.\n\n"
                  "Bitte die Gutschrift nicht mit der Rechnung verrechnen.\n\nMit freundlichen Grüßen\nMalte Grünwald\n" + SIG_M,
             atts=[dict(type="pdf", name="RE-26-1146.pdf", lines=pdf(
                       "RE-26-1146", "21.11.2026", "Seewind Planungs GmbH, Wien (ATU 71829340)",
                       ["1     Windmessboje, Datenauswertung Oktober             1      5.280,00 €    5.280,00 €"],
                       ["Nettobetrag 5.280,00 €", "USt. 0 % – Reverse Charge", "Rechnungsbetrag 5.280,00 €"],
                       "Zahlbar innerhalb von 30 Tagen ohne Abzug.")),
                   dict(type="pdf", name="GS-26-007.pdf", lines=pdf(
                       "GS-26-007", "21.11.2026", "Seewind Planungs GmbH, Wien",
                       ["1     Gutschrift zu RE-26-1084 (Doppelberechnung)       1       -480,00 €     -480,00 €"],
                       ["Gutschriftsbetrag 480,00 €"], "Betrag wird überwiesen.", title="GUTSCHRIFT"))],
             label=dict(invoice_numbers="RE-26-1146", amount="5280.00", currency="EUR", issue_date="2026-11-21",
                        due_date="2026-12-21", payment_terms_days="30",
                        note="Invoice and a separate credit note for another invoice in one mail; the credit note is not netted.")),
        dict(slug="latin9_plain_with_old_debt", kind="invoice_copy", frm=JANA, to=[cl("elbmarsch")], cc=[BOT],
             date="2026-11-25 15:02", cs="iso-8859-15", cte="8bit", subject="Rechnung RE-26-1147",
             body="Sehr geehrte Frau Meiners,\n\nhiermit stellen wir Ihnen die Peilungen Baggerfeld Lühesand in Rechnung:\n\n"
                  "Rechnung RE-26-1147 vom 25.11.2026\nLeistungszeitraum 02.11.-13.11.2026\n"
                  "Nettobetrag 11.500,00 €, zzgl. 19 % USt. 2.185,00 €, Gesamtbetrag 13.685,00 €\n"
                  "Zahlungsziel: 21 Tage ab Rechnungsdatum.\n\nBei dieser Gelegenheit erinnern wir an die noch offene "
                  "Rechnung RE-26-1097 über 5.414,50 €.\n\nMit freundlichen Grüßen\nJana Petersen\n" + SIG_J,
             label=dict(invoice_numbers="RE-26-1147", amount="13685.00", currency="EUR", issue_date="2026-11-25",
                        due_date="2026-12-16", payment_terms_days="21",
                        note="Latin-9 8bit body; service period dates and an older open invoice with its amount compete.")),
        dict(slug="two_invoices_period", kind="invoice_copy", frm=MALTE, to=[cl("tjarks")], cc=[BOT],
             date="2026-12-02 13:40", subject="Rechnungen Oktober",
             body="Liebe Frau Tjarks,\n\nanbei die beiden Rechnungen für Oktober:\n\nRE-26-1148  Unterwasser-Inspektion Spundwand "
                  "Holtenau   1.547,00 €\nRE-26-1149  Datenaufbereitung Bestandspläne            892,50 €\n\n"
                  "Leistungszeitraum jeweils 01.10.–31.10.2026, Rechnungsdatum 02.12.2026, zahlbar bis 16.12.2026 "
                  "(14 Tage).\n\nBeste Grüße\nMalte\n" + SIG_M,
             atts=[dict(type="pdf", name="RE-26-1148.pdf", lines=pdf(
                       "RE-26-1148", "02.12.2026", "Ingenieurbüro Tjarks & Partner, Kiel",
                       ["1     Unterwasser-Inspektion Spundwand Holtenau        1      1.300,00 €    1.300,00 €"],
                       ["Netto 1.300,00 €  USt. 19 % 247,00 €  Gesamt 1.547,00 €"], "Zahlbar bis 16.12.2026")),
                   dict(type="pdf", name="RE-26-1149.pdf", lines=pdf(
                       "RE-26-1149", "02.12.2026", "Ingenieurbüro Tjarks & Partner, Kiel",
                       ["1     Datenaufbereitung Bestandspläne                  1        750,00 €      750,00 €"],
                       ["Netto 750,00 €  USt. 19 % 142,50 €  Gesamt 892,50 €"], "Zahlbar bis 16.12.2026"))],
             label=dict(invoice_numbers="RE-26-1148;RE-26-1149", amount="2439.50", currency="EUR",
                        issue_date="2026-12-02", due_date="2026-12-16", payment_terms_days="14",
                        note="Two invoices in one mail; the service period dates come before the invoice date.")),
        # ------------------------------------------------------------ read receipts
        dict(slug="outlook_gelesen_mdn", kind="read_receipt", build="mdn", frm=cl("baltica"), to=[BOT], rk="r14",
             date="2026-11-09 10:14", subject="Gelesen: {RS:r14}", ua="Microsoft Outlook 16.0",
             disposition="manual-action/MDN-sent-automatically; displayed",
             human="Ihre Nachricht\n\n  An: Baltica Kabeltechnik AG Rechnungseingang\n  Betreff: {RS:r14}\n"
                   "  Gesendet: Montag, 9. November 2026 08:30:22 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\n"
                   "wurde am Montag, 9. November 2026 10:14:55 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.\n",
             human_cs="utf-8",
             label=dict(invoice_numbers="RE-26-1141", original_message_id=True, note="German Outlook MDN, displayed.")),
        dict(slug="empfangsbestaetigung_ch", kind="read_receipt", build="mdn", frm=cl("untersee"), to=[BOT], rk="r06",
             date="2026-11-20 10:41", subject="Empfangsbestätigung (angezeigt) - {RS:r06}",
             ua="Mozilla Thunderbird; Thunderbird 140.5.0", disposition="manual-action/MDN-sent-manually; displayed",
             orig="headers",
             human="Dies ist eine Empfangsbestätigung für die Nachricht, die Sie an kreditoren@untersee-faehren.ch gesendet "
                   "haben.\n\nHinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht angezeigt wurde. Es gibt "
                   "keine Garantie, dass der Inhalt gelesen oder verstanden wurde.\n",
             label=dict(invoice_numbers="RE-26-1091", original_message_id=True,
                        note="German Thunderbird MDN with the original headers attached.")),
        dict(slug="notes_lesebestaetigung_plain", kind="read_receipt", frm=cl("tjarks"), to=[BOT], rk="r18",
             thread=False, date="2026-12-03 11:26", subject="Lesebestätigung: {RS:r18}", cs="iso-8859-1",
             cte="quoted-printable",
             body="Ihre Nachricht\n\n  Betreff: {RS:r18}\n  Gesendet: 03.12.2026 08:30\n\nwurde von Frauke Tjarks am "
                  "03.12.2026 um 11:26 gelesen.\n",
             label=dict(invoice_numbers="RE-26-1099",
                        note="Plain-text German receipt without MDN part and without any reference to the original Message-ID.")),
        # ------------------------------------------------------------ bounces
        dict(slug="dns_tempfail_delay", kind="bounce", build="dsn", rk="r05",
             frm=("Mail Delivery System", "MAILER-DAEMON@out1.kestrel-bathymetry.com"), to=[BOT], env="",
             host="out1.kestrel-bathymetry.com", date="2026-11-16 14:00", tz="+0100",
             auth="spf=none smtp.mailfrom=<> smtp.helo=out1.kestrel-bathymetry.com;\n\tdkim=none;\n\tdmarc=none header.from=out1.kestrel-bathymetry.com",
             subject="Delayed Mail (still being retried)", reporting_mta="dns; out1.kestrel-bathymetry.com",
             arrival="{RD:r05}", queue_id="4hF7yL2kQvz3Rt",
             human="This is the mail system at host out1.kestrel-bathymetry.com.\n\n#### THIS IS A WARNING ONLY.  YOU DO NOT "
                   "NEED TO RESEND YOUR MESSAGE. ####\n\nYour message could not be delivered for more than 4 hour(s).\n"
                   "It will be retried until it is 5 day(s) old.\n\n<office@seewind-planung.at>: Host or domain name not "
                   "found. Name service\n    error for name=seewind-planung.at type=MX: Host not found, try again\n",
             recips=[dict(rcpt="office@seewind-planung.at", orig="office@seewind-planung.at", action="delayed",
                          status="4.4.3", diag="Host or domain name not found. Name service error for name=seewind-planung.at type=MX: Host not found, try again")],
             orig="headers",
             label=dict(language="en", invoice_numbers="RE-26-1084", failed_recipients="office@seewind-planung.at",
                        bounce_permanent=False, bounce_reason="other", original_message_id=True,
                        note="Temporary DNS failure reported as a delay warning; retry continues.")),
        dict(slug="exchange_unzustellbar", kind="bounce", build="dsn", rk="r23",
             frm=("Microsoft Outlook", "postmaster@warnow-terminal.de"), to=[BOT], env="",
             host="mail-fr2deu01on2102.outbound.protection.outlook.com", date="2026-12-09 08:31",
             auth="spf=pass smtp.helo=mail-fr2deu01on2102.outbound.protection.outlook.com;\n\tdkim=pass header.d=warnow-terminal.de header.s=selector2;\n\tdmarc=pass header.from=warnow-terminal.de",
             subject="Unzustellbar: {RS:r23}", reporting_mta="dns;FR2P281MB2214.DEUP281.PROD.OUTLOOK.COM",
             hdrs=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "de-DE")], human_cs="utf-8",
             human="Ihre Nachricht an ap@warnow-terminal.de konnte nicht zugestellt werden.\n\nap wurde nicht gefunden bei "
                   "warnow-terminal.de.\n\nBenutzer nicht gefunden\n\nDiagnoseinformationen für Administratoren:\n\n"
                   "Generierender Server: FR2P281MB2214.DEUP281.PROD.OUTLOOK.COM\n\nap@warnow-terminal.de\n"
                   "Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben.\n",
             recips=[dict(rcpt="ap@warnow-terminal.de", action="failed", status="5.1.10",
                          remote="FR2P281MB2214.DEUP281.PROD.OUTLOOK.COM",
                          diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")],
             orig="full",
             label=dict(invoice_numbers="RE-26-1102", failed_recipients="ap@warnow-terminal.de", bounce_permanent=True,
                        bounce_reason="user_unknown", original_message_id=True, needs_human=True,
                        note="German Exchange NDR with the full original attached as message/rfc822.")),
        dict(slug="hoster_quota_german_text", kind="bounce", frm=("MAILER-DAEMON", "mailer-daemon@mx-in-03.nordstrand-offshore.de"),
             to=[BOT], env="", host="mx-in-03.nordstrand-offshore.de", date="2026-12-08 08:32", rk="r19", thread=False,
             auth="spf=pass smtp.helo=mx-in-03.nordstrand-offshore.de;\n\tdkim=none;\n\tdmarc=none header.from=mx-in-03.nordstrand-offshore.de",
             subject="Fehler bei der Zustellung / delivery failure", cs="iso-8859-1", cte="quoted-printable",
             body="Diese Nachricht wurde automatisch vom Mailsystem erzeugt.\n\nIhre Nachricht konnte an folgende Empfänger "
                  "nicht zugestellt werden:\n\n    kreditoren@nordstrand-offshore.de\n    Grund: 552 5.2.2 Das Postfach des "
                  "Empfängers ist voll (quota exceeded)\n\nDie Zustellung wird nicht erneut versucht.\n\n"
                  "---------- Kopfzeilen der Originalnachricht ----------\n\nDate: {RD:r19}\n"
                  "From: Kestrel Accounts Receivable <ar@kestrel-bathymetry.com>\nTo: kreditoren@nordstrand-offshore.de\n"
                  "Subject: Rechnung RE-26-1142 - faellig am 11.12.2026\nMessage-ID: {MID:r19}\n",
             label=dict(invoice_numbers="RE-26-1142", failed_recipients="kreditoren@nordstrand-offshore.de",
                        bounce_permanent=True, bounce_reason="mailbox_full", original_message_id=True, needs_human=True,
                        note="Non-standard German bounce in latin-1 QP; only the quoted header lines carry the Message-ID.")),
        dict(slug="swiss_gateway_spam", kind="bounce", build="dsn", rk="r17",
             frm=("Mail Delivery Subsystem", "MAILER-DAEMON@mxgw1.untersee-faehren.ch"), to=[BOT], env="",
             host="mxgw1.untersee-faehren.ch", date="2026-11-24 09:01",
             auth="spf=pass smtp.helo=mxgw1.untersee-faehren.ch;\n\tdkim=none;\n\tdmarc=none header.from=mxgw1.untersee-faehren.ch",
             subject="Returned mail: see transcript for details", reporting_mta="dns; mxgw1.untersee-faehren.ch",
             human="The original message was received at Tue, 24 Nov 2026 09:00:41 +0100\nfrom out1.kestrel-bathymetry.com [192.0.2.31]\n\n"
                   "   ----- The following addresses had permanent fatal errors -----\n<kreditoren@untersee-faehren.ch>\n"
                   "    (reason: 554 5.7.1 Message rejected: classified as SPAM by content filter)\n",
             recips=[dict(rcpt="kreditoren@untersee-faehren.ch", action="failed", status="5.7.1",
                          diag="554 5.7.1 Message rejected: classified as SPAM by content filter")],
             orig=None,
             label=dict(language="en", invoice_numbers="", failed_recipients="kreditoren@untersee-faehren.ch",
                        bounce_permanent=True, bounce_reason="spam", needs_human=True,
                        note="Sendmail-style DSN without the original: nothing ties it to a reminder except recipient and time.")),
        dict(slug="policy_authority", kind="bounce", build="dsn", rk="r13",
             frm=("Mail Delivery System", "MAILER-DAEMON@mail.lkg-mv.de"), to=[BOT], env="", host="mail.lkg-mv.de",
             date="2026-11-23 09:02",
             auth="spf=pass smtp.helo=mail.lkg-mv.de;\n\tdkim=none;\n\tdmarc=none header.from=mail.lkg-mv.de",
             subject="Unzustellbare Nachricht: {RS:r13}", reporting_mta="dns; mail.lkg-mv.de", human_cs="utf-8",
             human="Ihre Nachricht wurde vom Postfach für elektronische Rechnungen abgewiesen.\n\n"
                   "Grund: Dieses Postfach nimmt ausschließlich XRechnungen (XML) entgegen. Nachrichten ohne XRechnung "
                   "werden gemäß Richtlinie nicht angenommen.\n\nEmpfänger: xrechnung@lkg-mv.de\n",
             recips=[dict(rcpt="xrechnung@lkg-mv.de", action="failed", status="5.7.1",
                          diag="550 5.7.1 Message rejected by policy: only XRechnung documents accepted")],
             orig="headers",
             label=dict(invoice_numbers="RE-26-1095", failed_recipients="xrechnung@lkg-mv.de", bounce_permanent=True,
                        bounce_reason="policy", original_message_id=True, needs_human=True,
                        note="E-invoice-only mailbox refuses the reminder by policy; the address is not dead for invoices.")),
        # ------------------------------------------------------------ auto replies
        dict(slug="abwesend_einschliesslich", kind="auto_reply", frm=cl("elbmarsch"), to=[BOT], rk="r04",
             date="2026-11-23 08:31", subject="Abwesenheitsnotiz: {RS:r04}",
             hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
             body="Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 27.11.2026 nicht im Büro. Ihre E-Mail wird "
                  "nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an Herrn Jörg Meiners, "
                  "j.meiners@elbmarsch-baggerei.de.\n\nMit freundlichen Grüßen\nUte Meiners\n",
             label=dict(invoice_numbers="RE-26-1097", return_date="2026-11-30", original_message_id=True,
                        note="'bis einschließlich' a Friday: back the following Monday.")),
        dict(slug="abwesend_bis_montag_no_std_header", kind="auto_reply", frm=cl("foerdewerk"), to=[BOT], rk="r10",
             date="2026-12-02 08:31", subject="Automatische Antwort: {RS:r10}", hdrs=[("X-Autorespond", "1")],
             body="Guten Tag,\n\nich bin bis zum 7. Dezember im Urlaub. Ab dann bin ich wieder für Sie da.\n\n"
                  "Sabine Hinrichsen\nFördewerk Hafenbau GmbH\n",
             label=dict(invoice_numbers="RE-26-1105;RE-26-1106", return_date="2026-12-07", original_message_id=True,
                        note="'bis zum 7. Dezember' is a Monday: back that Monday; only a vendor header, no Auto-Submitted.")),
        dict(slug="danish_ferie", kind="auto_reply", frm=cl("lillebaelt"), to=[BOT], rk="r09",
             date="2026-11-16 09:31", subject="Automatisk svar: {RS:r09}", hdrs=[("Auto-Submitted", "auto-replied")],
             body="Tak for din mail.\n\nJeg er på ferie til og med fredag den 20. november og er tilbage mandag den "
                  "23. november. Din mail bliver ikke videresendt.\n\nVenlig hilsen\nMette Sørensen\nLillebælt Marine ApS\n",
             label=dict(language="da", invoice_numbers="RE-26-1086", return_date="2026-11-23", original_message_id=True,
                        note="Danish out-of-office on the German desk, with an explicit return date.")),
        dict(slug="behoerde_eingangsbestaetigung", kind="auto_reply", frm=("Landesamt für Küstengewässer – Rechnungseingang", "noreply@lkg-mv.de"),
             to=[BOT], rk="r21", date="2026-11-06 09:01", subject="Eingangsbestätigung – Vorgang VG-2026-118842",
             hdrs=[("Auto-Submitted", "auto-generated"), ("Precedence", "auto_reply")],
             body="Sehr geehrte Damen und Herren,\n\nIhre Nachricht ist am 06.11.2026 um 09:00 Uhr eingegangen und wurde unter "
                  "der Vorgangsnummer VG-2026-118842 erfasst. Bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab.\n\n"
                  "Dies ist eine automatisch erzeugte Nachricht.\n",
             label=dict(invoice_numbers="", original_message_id=True,
                        note="Public-authority ticket acknowledgement from a no-reply address; subject does not carry the invoice.")),
        dict(slug="nicht_mehr_im_unternehmen", kind="auto_reply", frm=cl("foerdewerk"), to=[BOT], rk="r22",
             date="2026-11-25 08:31", subject="Abwesend: {RS:r22}", hdrs=[("Auto-Submitted", "auto-replied")],
             body="Frau Hinrichsen ist nicht mehr in unserem Unternehmen tätig. Ihre Nachricht wird nicht weitergeleitet.\n\n"
                  "Rechnungen und Zahlungsavis senden Sie bitte künftig an: kreditorenbuchhaltung@foerdewerk-hafenbau.de\n",
             label=dict(invoice_numbers="RE-26-1088", original_message_id=True, needs_human=True,
                        note="Person left the company; a new AP address is given.")),
        # ------------------------------------------------------------ challenge
        dict(slug="whitelist_bestaetigung", kind="challenge", frm=("MailProtect Whitelist", "noreply@whitelist.mailprotect-ag.de"),
             to=[BOT], rk="r20", date="2026-12-07 08:31", subject="Bitte bestätigen Sie Ihre Absenderadresse",
             hdrs=[("Auto-Submitted", "auto-replied")],
             body="Guten Tag,\n\nSie haben eine E-Mail an buchhaltung@elbmarsch-baggerei.de gesendet (Betreff: "
                  "\"{RS:r20}\").\n\nDer Empfänger verwendet einen Whitelist-Filter. Damit Ihre Nachricht zugestellt wird, "
                  "bestätigen Sie bitte einmalig, dass Sie kein automatisiertes System sind:\n\n"
                  "https://whitelist.mailprotect-ag.de/confirm?id=Zk81Qm2LxR\n\nOhne Bestätigung wird die Nachricht nach "
                  "5 Tagen gelöscht.\n\nReferenz: {MID:r20}\n",
             label=dict(invoice_numbers="RE-26-1097", original_message_id=True, needs_human=True,
                        note="German whitelist challenge that asks a machine to prove it is human.")),
        # ------------------------------------------------------------ payments
        dict(slug="avis_camt054_skonto", kind="payment_confirmation", frm=BANK, to=[BOT], date="2026-11-17 07:05",
             subject="Gutschriftsavis 16.11.2026",
             body="Sehr geehrte Kundin, sehr geehrter Kunde,\n\nauf Ihrem Konto DE27 2105 0170 0044 8812 07 ist folgende "
                  "Gutschrift eingegangen (Details siehe camt.054):\n\nAuftraggeber: Baltica Kabeltechnik AG\n"
                  "Betrag: 30.787,68 EUR\nVerwendungszweck: RE-26-1141 ABZGL. 2% SKONTO\nBuchungstag: 17.11.2026\n"
                  "Wertstellung: 16.11.2026\n\nIhre Nordmark Bank AG\n",
             atts=[dict(type="xml", fmt="camt054", name="camt054_20261117.xml", msgid="NMB20261117070512", cur="EUR",
                        created="2026-11-17T07:05:12", acct="DE27210501700044881207", total="30787.68",
                        booking="2026-11-17", value="2026-11-16",
                        tx=[("BKA-2026-11-4471", "30787.68", "Baltica Kabeltechnik AG", "DE89230400220881234500",
                             "RE-26-1141 ABZGL. 2% SKONTO")])],
             label=dict(invoice_numbers="RE-26-1141", amount="30787.68", currency="EUR", payment_date="2026-11-16",
                        payment_full=True,
                        note="Skonto deducted within the 14-day window settles the invoice in full; value vs booking date.")),
        dict(slug="payriff_fee", kind="payment_confirmation", frm=PSP, to=[BOT], date="2026-12-04 12:17",
             subject="Zahlungseingang: 1.963,50 € von Ingenieurbüro Tjarks & Partner",
             html="<html><body><h3>Zahlung erhalten</h3><p>Ingenieurbüro Tjarks &amp; Partner hat am 04.12.2026 "
                  "<b>1.963,50 €</b> für Rechnung <b>RE-26-1099</b> bezahlt (SEPA-Lastschrift).</p>"
                  "<p>Gebühr: 0,35 € + 1,2 % = 23,91 €<br>Auszahlung: 1.939,59 € am 07.12.2026</p>"
                  "<p>Transaktions-ID: PR-7H2K9-QX41</p></body></html>",
             label=dict(invoice_numbers="RE-26-1099", amount="1963.50", currency="EUR", payment_date="2026-12-04",
                        payment_full=True, note="PSP fee and later payout date; the invoice amount was paid in full.")),
        dict(slug="sammelueberweisung", kind="payment_confirmation", frm=BANK, to=[BOT], date="2026-12-10 07:04",
             subject="Gutschriftsavis 09.12.2026",
             body="Gutschrift auf Konto DE27 2105 0170 0044 8812 07\n\nAuftraggeber: FOERDEWERK HAFENBAU GMBH\n"
                  "Betrag: 12.614,40 EUR\nVerwendungszweck: RE-26-1105 7735,00 RE-26-1106 4879,40 KD-NR 10442\n"
                  "Wertstellung: 09.12.2026  Buchungstag: 10.12.2026\n",
             label=dict(invoice_numbers="RE-26-1105;RE-26-1106", amount="12614.40", currency="EUR",
                        payment_date="2026-12-09", payment_full=True,
                        allocations="RE-26-1105=7735.00;RE-26-1106=4879.40",
                        note="Bulk transfer whose remittance text mixes invoice numbers, amounts without currency and a customer number.")),
        dict(slug="teilzahlung", kind="payment_confirmation", frm=BANK, to=[BOT], date="2026-12-01 07:02",
             subject="Gutschriftsavis 30.11.2026",
             body="Gutschrift auf Konto DE27 2105 0170 0044 8812 07\n\nAuftraggeber: Elbmarsch Baggerei GmbH & Co. KG\n"
                  "Betrag: 2.500,00 EUR\nVerwendungszweck: TEILZAHLUNG RE-26-1097\nWertstellung: 30.11.2026\n",
             label=dict(invoice_numbers="RE-26-1097", amount="2500.00", currency="EUR", payment_date="2026-11-30",
                        payment_full=False, note="Part payment of a 5,414.50 EUR invoice.")),
        dict(slug="payriff_chf", kind="payment_confirmation", frm=PSP, to=[BOT], date="2026-12-10 16:40",
             subject="Zahlungseingang: CHF 18'420.00 von Untersee Fähren AG",
             body="Zahlung erhalten\n\nZahler: Untersee Fähren AG\nRechnung: RE-26-1144\nBetrag: CHF 18'420.00\n"
                  "Umgerechnet: 19.591,88 EUR (Kurs 1,06362)\nGebühr: 58,78 EUR\nAuszahlung: 19.533,10 EUR\n"
                  "Zahlungsdatum: 10.12.2026\n",
             label=dict(invoice_numbers="RE-26-1144", amount="18420.00", currency="CHF", payment_date="2026-12-10",
                        payment_full=True, note="CHF payment with EUR conversion and fee; the invoice currency amount is what counts.")),
        # ------------------------------------------------------------ client replies
        dict(slug="bereits_ueberwiesen", kind="client_reply", frm=cl("foerdewerk"), to=[BOT], rk="r01",
             date="2026-11-11 11:02", subject="AW: {RS:r01}",
             body="Guten Tag,\n\ndie Rechnung RE-26-1088 wurde bereits am 09.11. überwiesen. Bitte prüfen Sie Ihren "
                  "Zahlungseingang.\n\nMit freundlichen Grüßen\nSabine Hinrichsen\nFördewerk Hafenbau GmbH\n\n{QO:r01}",
             label=dict(intent="paid", invoice_numbers="RE-26-1088", needs_human=True,
                        note="Plain paid claim with a date; the quoted reminder also contains payment words.")),
        dict(slug="zahlung_kw50", kind="client_reply", frm=cl("nordstrand"), to=[BOT], rk="r02",
             date="2026-11-18 12:44", subject="AW: {RS:r02}",
             body="Hallo,\n\nZahlung erfolgt in KW 50.\n\nGruß B. Jessen\n\n{QO:r02}",
             label=dict(intent="promise", promised_date="2026-12-11", invoice_numbers="RE-26-1093",
                        note="Calendar week as a promise: the last business day of KW 50.")),
        dict(slug="in_zwei_wochen", kind="client_reply", frm=cl("baltica"), to=[BOT], rk="r03",
             date="2026-11-10 09:15", subject="AW: {RS:r03}",
             body="Sehr geehrte Damen und Herren,\n\nwir überweisen den Betrag in zwei Wochen.\n\nMit freundlichen Grüßen\n"
                  "Holger Strunk\nBaltica Kabeltechnik AG\nVorstand: Dr. P. Wehrs · Aufsichtsratsvorsitzender: K. Lamp\n\n{Q:r03}",
             label=dict(intent="promise", promised_date="2026-11-24", invoice_numbers="RE-26-1079",
                        note="Relative promise 'in zwei Wochen' counted from the reply date.")),
        dict(slug="dispute_peiltage", kind="client_reply", frm=("Jörg Meiners", "j.meiners@elbmarsch-baggerei.de"),
             to=[BOT], cc=[cl("elbmarsch")], rk="r04", date="2026-11-24 17:20", subject="AW: {RS:r04}",
             extra_contacts=["j.meiners@elbmarsch-baggerei.de"],
             body="Guten Tag,\n\nFrau Meiners ist diese Woche nicht da, daher antworte ich: Die Rechnung ist so nicht korrekt. "
                  "Berechnet wurden drei Peiltage, tatsächlich waren Ihre Leute nur zwei Tage vor Ort (siehe "
                  "Tagesberichte). Bitte korrigieren.\n\nJörg Meiners\nGeschäftsführer\n\n{QO:r04}",
             label=dict(intent="dispute", invoice_numbers="RE-26-1097", needs_human=True,
                        note="Dispute from a colleague not on the invoice, replying because the contact is away.")),
        dict(slug="stop_steuerberater", kind="client_reply", frm=cl("seewind"), to=[BOT], rk="r05",
             date="2026-11-18 10:09", subject="AW: {RS:r05}",
             body="Bitte unterlassen Sie diese automatisierten Zahlungserinnerungen. Wir kommunizieren in Zahlungsfragen "
                  "ausschließlich über unsere Steuerberatungskanzlei.\n\nMag. Teresa Huber\nSeewind Planungs GmbH, Wien\n\n{Q:r05}",
             label=dict(intent="stop", invoice_numbers="RE-26-1084", needs_human=True,
                        note="Austrian stop request ('unterlassen') that redirects to a tax adviser.")),
        dict(slug="ratenzahlung_ch", kind="client_reply", frm=cl("untersee"), to=[BOT], rk="r06",
             date="2026-11-20 14:02", subject="AW: {RS:r06}",
             body="Grüezi\n\nDie Wintersaison ist bei uns schwach. Wäre es möglich, den Betrag in drei Monatsraten à "
                  "CHF 3'950.00 ab Januar zu begleichen? Wir bitten um kurze Rückmeldung.\n\nFreundliche Grüsse\n"
                  "Reto Brändli\nUntersee Fähren AG\n\n{QO:r06}",
             label=dict(intent="plan", invoice_numbers="RE-26-1091", needs_human=True,
                        note="Swiss instalment request with amounts and a start month but no promise date.")),
        dict(slug="rechnung_nicht_auffindbar", kind="client_reply", frm=cl("warnow"), to=[BOT], rk="r07",
             date="2026-11-27 10:30", subject="AW: {RS:r07}",
             body="Moin,\n\ndie Rechnung finden wir bei uns nicht im System. Bitte noch einmal als PDF an "
                  "ap@warnow-terminal.de senden, dann geht sie in die Freigabe.\n\nKai Lüdemann\n\n{QO:r07}",
             label=dict(intent="question", invoice_numbers="RE-26-1102", needs_human=True,
                        note="Not received / resend request.")),
        dict(slug="neue_iban_rueckfrage", kind="client_reply", frm=cl("tjarks"), to=[BOT], rk="r08",
             date="2026-11-26 16:05", subject="AW: {RS:r08}",
             body="Hallo,\n\nwir haben letzte Woche ein Schreiben mit einer neuen Bankverbindung von Ihnen bekommen "
                  "(IBAN DE51 …). In Ihrer Erinnerung steht die alte. Welche ist richtig? Vorher zahlen wir nicht.\n\n"
                  "Frauke Tjarks\n\n{QO:r08}",
             label=dict(intent="question", invoice_numbers="RE-26-1099", needs_human=True,
                        note="Bank-details question hinting at payment fraud; 'vorher zahlen wir nicht' is not a dispute.")),
        dict(slug="english_from_danish_client", kind="client_reply", frm=cl("lillebaelt"), to=[BOT], rk="r09",
             date="2026-11-23 10:48", subject="SV: {RS:r09}",
             body="Hello,\n\nWe paid this on 18 November from our DKK account – maybe your bank deducted charges or the "
                  "conversion rate made it look short? Please check and let me know.\n\nBest regards\nMette Sørensen\n"
                  "Lillebælt Marine ApS\n\n{QO:r09}",
             label=dict(language="en", intent="paid", invoice_numbers="RE-26-1086", needs_human=True,
                        note="English reply with a Danish 'SV:' prefix on the German desk; paid claim plus a question about charges.")),
        dict(slug="zahlung_verschoben", kind="client_reply", frm=cl("foerdewerk"), to=[BOT], rk="r10",
             date="2026-12-07 11:12", subject="AW: {RS:r10}",
             body="Guten Tag,\n\ndie für letzte Woche zugesagte Zahlung der beiden Rechnungen verschiebt sich leider. Einen "
                  "neuen Termin kann ich Ihnen noch nicht nennen.\n\nMit freundlichen Grüßen\nSabine Hinrichsen\n\n{QO:r10}",
             label=dict(intent="other", invoice_numbers="RE-26-1105;RE-26-1106", needs_human=True,
                        note="Withdrawn promise with no new date.")),
        dict(slug="wenn_freigabe_ende_naechster_woche", kind="client_reply", frm=cl("nordstrand"), to=[BOT], rk="r11",
             date="2026-12-04 13:22", subject="AW: {RS:r11}",
             body="Hallo,\n\nwenn die Freigabe durch unseren Projektleiter rechtzeitig kommt, überweisen wir voraussichtlich "
                  "Ende nächster Woche.\n\nGruß\nBirte Jessen\n\n{QO:r11}",
             label=dict(intent="promise", promised_date="2026-12-11", invoice_numbers="RE-26-1108", needs_human=True,
                        note="Hedged, conditional promise; 'Ende nächster Woche' is the Friday of the following week.")),
        dict(slug="stop_and_dispute", kind="client_reply", frm=("Jörg Meiners", "j.meiners@elbmarsch-baggerei.de"),
             to=[BOT], rk="r12", date="2026-12-08 18:02", subject="AW: {RS:r12}",
             body="Diese Rechnung erkennen wir nicht an; der Auftrag wurde im September storniert, das wissen Ihre "
                  "Projektleiter. Ich verbitte mir weitere automatische Mahnungen – alles Weitere nur noch schriftlich "
                  "über unseren Anwalt.\n\nJ. Meiners\n\n{Q:r12}",
             label=dict(intent="stop", invoice_numbers="RE-26-1111", needs_human=True,
                        note="Mixed dispute and stop; stop wins.")),
        dict(slug="angekommen_zahlungslauf", kind="client_reply", frm=cl("warnow"), to=[BOT], rk="r15",
             date="2026-11-20 09:02", subject="AW: {RS:r15}",
             body="Ja, ist angekommen, danke. Geht in den normalen Zahlungslauf.\n\n{QO:r15}",
             label=dict(intent="other", invoice_numbers="RE-26-1143", needs_human=False,
                        note="Confirms receipt; 'normaler Zahlungslauf' has no date, and the quoted reminder is full of payment words.")),
        # ------------------------------------------------------------ other
        dict(slug="staff_chatter", kind="other", frm=MALTE, to=[JANA], cc=[BOT], date="2026-12-01 08:12",
             subject="Warnow / Nordstrand",
             body="Moin Jana,\n\nkannst du bei Warnow wegen RE-26-1102 mal anrufen? Die reagieren nicht auf die Mails. "
                  "Die nächste Abschlagsrechnung für Nordstrand schreibe ich morgen, ca. 19 T€.\n\nMalte\n",
             label=dict(invoice_numbers="RE-26-1102", note="Internal staff chatter with the bot in Cc, invoice number and a rough amount.")),
        dict(slug="forged_bank_dmarc_fail", kind="other", frm=BANK, to=[BOT], date="2026-12-04 05:51",
             env="bounce@mail-nordmark.info", host="vps-2291.example-hosting.net",
             auth="spf=fail smtp.mailfrom=mail-nordmark.info;\n\tdkim=none;\n\tdmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=nordmarkbank.de",
             pre_hdrs=[("Authentication-Results", "mx1.kestrel-bathymetry.com; dmarc=pass header.from=nordmarkbank.de")],
             subject="Gutschriftsavis 04.12.2026",
             body="Gutschrift auf Konto DE27 2105 0170 0044 8812 07\n\nAuftraggeber: Landesamt für Küstengewässer M-V\n"
                  "Betrag: 47.838,00 EUR\nVerwendungszweck: RE-26-1140\nWertstellung: 04.12.2026\n\n"
                  "Bitte bestätigen Sie den Eingang über https://nordmarkbank-avis.info/login\n",
             label=dict(invoice_numbers="RE-26-1140", needs_human=True,
                        note="Forged bank advice: our top Authentication-Results says dmarc=fail; a forged lower header claims pass.")),
        dict(slug="lookalike_psp", kind="other", frm=("PayRiff", "noreply@payrif.de"), to=[BOT], date="2026-11-27 13:03",
             subject="Zahlungseingang: 6.426,00 € von Warnow Terminal GmbH",
             html="<html><body><h3>Zahlung erhalten</h3><p>Warnow Terminal GmbH hat <b>6.426,00 €</b> für Rechnung "
                  "<b>RE-26-1143</b> bezahlt.</p><p>Um die Auszahlung freizugeben, bestätigen Sie bitte Ihr Konto: "
                  "<a href='https://payrif.de/verify'>Jetzt bestätigen</a></p></body></html>",
             label=dict(invoice_numbers="RE-26-1143", needs_human=True,
                        note="Look-alike PSP domain (payrif.de vs payriff.de) that passes its own DMARC.")),
        dict(slug="spam_paket", kind="other", frm=("DHL Express", "info@dhl-sendungsverfolgung24.com"), to=[BOT],
             date="2026-11-13 03:17", subject="Ihr Paket konnte nicht zugestellt werden – Rechnung 2026-7741",
             auth="spf=softfail smtp.mailfrom=dhl-sendungsverfolgung24.com;\n\tdkim=none;\n\tdmarc=none header.from=dhl-sendungsverfolgung24.com",
             html="<html><body><p>Sehr geehrter Kunde,</p><p>Ihr Paket konnte wegen offener Zollgebühren (2,99 EUR) nicht "
                  "zugestellt werden. Rechnung 2026-7741 anbei.</p><p><a href='http://dhl-sendungsverfolgung24.com/pay'>"
                  "Jetzt bezahlen</a></p></body></html>",
             label=dict(note="Parcel-fee spam that uses the words Rechnung and bezahlen.")),
    ]

from common import *

SD = "kettlebrook-geruest.de"
NOTIFIERS = ["kontoinfo@commerzbank.de", "service@paypal.de", "noreply@postfinance.ch"]
JW = addr("Jana Wagner", "j.wagner@" + SD)
SK = addr("Stefan Krause", "s.krause@" + SD)
S = lambda inv: f"Zahlungserinnerung: Rechnung {inv}"
R = {
    1: reminder("2024-11-04", "buchhaltung@bau-hofmann.de", "KG-2024-1187", "8420.00", "EUR", "2024-10-28", S("KG-2024-1187")),
    2: reminder("2024-11-05", "kreditoren@alpenbau-tirol.at", "KG-2024-1192", "5310.40", "EUR", "2024-10-31", S("KG-2024-1192")),
    3: reminder("2024-11-05", "rechnungen@zuercher-fassaden.ch", "KG-2024-1195", "11850.00", "CHF", "2024-10-31", S("KG-2024-1195")),
    4: reminder("2024-11-06", "m.schneider@schneider-malerei.de", "KG-2024-1160;KG-2024-1174", "1249.50;2380.00", "EUR", "2024-10-18;2024-10-25", "Kontoauszug: offene Rechnungen Schneider Malerei"),
    5: reminder("2024-11-07", "finanzen@rheinmain-events.de", "KG-2024-1201", "17493.00", "EUR", "2024-11-01", S("KG-2024-1201")),
    6: reminder("2024-11-08", "office@dachdecker-brandt.de", "KG-2024-1206", "2975.00", "EUR", "2024-11-04", S("KG-2024-1206")),
    7: reminder("2024-11-11", "ap@basler-hochbau.ch", "KG-2024-1210", "6400.00", "CHF", "2024-11-06", S("KG-2024-1210")),
    8: reminder("2024-11-12", "buero@wiener-baugesellschaft.at", "KG-2024-1214", "3690.00", "EUR", "2024-11-07", S("KG-2024-1214")),
    9: reminder("2024-11-12", "einkauf@holzbau-krueger.de", "KG-2024-1203", "1785.00", "EUR", "2024-11-05", S("KG-2024-1203")),
    10: reminder("2024-11-13", "info@geruestbau-lindner.de", "KG-2024-1208", "4046.00", "EUR", "2024-11-08", S("KG-2024-1208")),
    11: reminder("2024-11-13", "rechnung@graz-hochbau.at", "KG-2024-1211", "2640.00", "EUR", "2024-11-08", S("KG-2024-1211")),
    12: reminder("2024-11-14", "kontakt@eventtechnik-sommer.de", "KG-2024-1215", "5950.00", "EUR", "2024-11-11", S("KG-2024-1215")),
}
REM_BODY = lambda r: f"""Guten Tag,

wir hoffen, es geht Ihnen gut. Unsere Rechnung {r['inv']} über {r['amt']} {r['cur']} war am {r['due']} fällig.
Sollten Sie bereits bezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen
Kettlebrook Gerüstbau - Buchhaltung"""


def build():
    d = Desk("de", R)
    A = ares

    def inv(slug, frm, to, subj, date, content, key, cc=BOT, extra=(), **lab):
        d.add(slug, message(H(A(SD), frm, to, subj, date, mid(key, SD), cc=cc, extra=extra), content), kind="invoice_copy", language="de", **lab)

    inv("rechnung_standard", JW, "buchhaltung@bau-hofmann.de", "Rechnung KG-2024-1221 - BV Lindenstraße 12",
        "2024-11-13 10:12 +0100", text("""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung für die Gerüststellung am Bauvorhaben Lindenstraße 12.

Rechnungsnummer: KG-2024-1221
Rechnungsdatum: 13.11.2024
Rechnungsbetrag: 4.165,00 € (inkl. 19 % USt.)
Zahlungsziel: 30 Tage netto

Bankverbindung: Commerzbank, IBAN DE44 3704 0044 0532 0130 00

Mit freundlichen Grüßen
Jana Wagner
Kettlebrook Gerüstbau GmbH"""), "de-inv1",
        invoice_numbers="KG-2024-1221", amount="4165.00", currency="EUR", issue_date="2024-11-13", due_date="2024-12-13", payment_terms_days=30, needs_human=False)
    inv("abschlag_vs_auftragssumme", SK, "finanzen@rheinmain-events.de", "1. Abschlagsrechnung KG-2024-1222 - Bühnenbau Weihnachtsmarkt",
        "2024-11-14 16:30 +0100", text("""Hallo Frau Keller,

vielen Dank für den Auftrag. Wie vereinbart stellen wir den ersten Abschlag in Rechnung.

Auftragssumme gesamt (netto): 62.000,00 €
1. Abschlag (40 %), Rechnung KG-2024-1222 vom 14.11.2024: 24.800,00 €
zahlbar innerhalb von 10 Tagen ohne Abzug.

Die weiteren Abschläge folgen nach Aufbau bzw. Abbau.

Viele Grüße
Stefan Krause"""), "de-inv2",
        invoice_numbers="KG-2024-1222", amount="24800.00", currency="EUR", issue_date="2024-11-14", due_date="2024-11-24", payment_terms_days=10, needs_human=False, note="Abschlag vs Auftragssumme")
    inv("netto_brutto_skonto", JW, "m.schneider@schneider-malerei.de", "Ihre Rechnung KG-2024-1223",
        "2024-11-15 09:05 +0100", text("""Hallo Herr Schneider,

hier Ihre Rechnung KG-2024-1223 vom 15.11.2024 (Fassadengerüst Kirchgasse 4).

Nettobetrag:        2.100,00 €
zzgl. 19 % USt.:      399,00 €
Gesamtbetrag:       2.499,00 €

Zahlbar innerhalb von 14 Tagen mit 2 % Skonto oder innerhalb von 30 Tagen netto.

Gruß
Jana Wagner""", cs="iso-8859-15"), "de-inv3",
        invoice_numbers="KG-2024-1223", amount="2499.00", currency="EUR", issue_date="2024-11-15", due_date="2024-12-15", payment_terms_days=30, needs_human=False,
        note="net/gross; Skonto is an option, due date from net terms")
    p = pdf(["Kettlebrook Gerüstbau GmbH", "RECHNUNG Nr. KG-2024-1224", "Rechnungsdatum: 15.11.2024",
             "Alpenbau Tirol GmbH, Innsbruck", "Gerüstmiete Oktober/November       6.100,00 EUR",
             "USt. 20 %       1.220,00 EUR", "Rechnungsbetrag       7.320,00 EUR", "Zahlungsziel: 21 Tage"])
    inv("nur_pdf", JW, "kreditoren@alpenbau-tirol.at", "Rechnung",
        "2024-11-15 11:40 +0100", multi("mixed", [text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung als PDF.\n\nFreundliche Grüße\nJana Wagner"), attach(p, "application/pdf", "Rechnung_KG-2024-1224.pdf")], "de-inv4"),
        "de-inv4", invoice_numbers="KG-2024-1224", amount="7320.00", currency="EUR", issue_date="2024-11-15", due_date="2024-12-06", payment_terms_days=21, needs_human=False, note="facts only in PDF")
    inv("html_chf", SK, "ap@basler-hochbau.ch", "Rechnung KG-2024-1225",
        "2024-11-18 08:20 +0100", text("""<html><body><p>Grüezi Herr Vogt</p><p>Gerne stellen wir Ihnen folgende Leistungen in Rechnung:</p>
<table><tr><td>Rechnung</td><td>KG-2024-1225</td></tr><tr><td>Datum</td><td>18.11.2024</td></tr>
<tr><td>Fassadengerüst Spalenberg, 4 Wochen</td><td>CHF 5'500.00</td></tr><tr><td>MWST 8.0 %</td><td>CHF 440.00</td></tr>
<tr><td><b>Total</b></td><td><b>CHF 5'940.00</b></td></tr></table>
<p>Zahlbar bis 15.12.2024.</p><p>Freundliche Grüsse<br>Stefan Krause</p></body></html>""", sub="html"), "de-inv5",
        invoice_numbers="KG-2024-1225", amount="5940.00", currency="CHF", issue_date="2024-11-18", due_date="2024-12-15", needs_human=False, note="HTML only, Swiss number format, fixed due date")
    inv("gutschrift_verrechnet", JW, "office@dachdecker-brandt.de", "Rechnung KG-2024-1227 / Gutschrift GS-2024-019",
        "2024-11-18 14:00 +0100", text("""Hallo Herr Brandt,

Rechnung KG-2024-1227 vom 18.11.2024:   3.570,00 €
abzgl. Gutschrift GS-2024-019:          -420,00 €
offener Betrag:                         3.150,00 €

Zahlungsziel 14 Tage.

Gruß Jana Wagner"""), "de-inv6",
        invoice_numbers="KG-2024-1227", amount="3150.00", currency="EUR", issue_date="2024-11-18", due_date="2024-12-02", payment_terms_days=14, needs_human=False)
    inv("schlussrechnung_sofort", SK, "buero@wiener-baugesellschaft.at", "Schlussrechnung KG-2024-1229",
        "2024-11-19 10:30 +0100", text("""Sehr geehrte Damen und Herren,

anbei die Schlussrechnung für das Projekt Mariahilfer Straße.

Schlussrechnung Nr. KG-2024-1229 vom 19.11.2024
Gesamtleistung brutto:          18.600,00 €
abzgl. geleistete Abschläge:   -12.000,00 €
Restforderung:                   6.600,00 €

Der Betrag ist sofort nach Erhalt ohne Abzug fällig.

Mit freundlichen Grüßen
Stefan Krause"""), "de-inv7",
        invoice_numbers="KG-2024-1229", amount="6600.00", currency="EUR", issue_date="2024-11-19", due_date="2024-11-19", needs_human=False, note="payable immediately; final invoice net of deposits")
    inv("zwei_rechnungen", JW, "rechnungen@zuercher-fassaden.ch", "Rechnungen KG-2024-1230 und KG-2024-1231",
        "2024-11-19 15:15 +0100", text("""Guten Tag

Anbei zwei Rechnungen:
KG-2024-1230 (Bahnhofstrasse 9)   CHF 2'160.00
KG-2024-1231 (Seefeldquai 3)      CHF 3'780.00
Beide vom 19.11.2024, zahlbar innert 30 Tagen.

Freundliche Grüsse
Jana Wagner"""), "de-inv8",
        invoice_numbers="KG-2024-1230;KG-2024-1231", amount="5940.00", currency="CHF", issue_date="2024-11-19", due_date="2024-12-19", payment_terms_days=30, needs_human=True, note="two invoices; amount = sum")
    inv("bcc_latin1_8bit", SK, "buchhaltung@bau-hofmann.de", "Rechnung KG-2024-1233 Gerüstverbreiterung",
        "2024-11-20 09:45 +0100", text("""Guten Morgen,

für die Verbreiterung des Gerüsts (Konsolen, Belagbohlen) berechnen wir:

Rechnung KG-2024-1233 vom 20.11.2024
Betrag: 1.190,00 € inkl. MwSt.
Bitte überweisen Sie den Betrag bis zum 10.12.2024.

Grüße
Stefan Krause""", cs="windows-1252", cte="8bit"), "de-inv9", cc=None, extra=(("Delivered-To", BOT),),
        invoice_numbers="KG-2024-1233", amount="1190.00", currency="EUR", issue_date="2024-11-20", due_date="2024-12-10", needs_human=False, note="Bcc, 8bit windows-1252")
    inv("konkurrierende_betraege", JW, "einkauf@holzbau-krueger.de", "KG-2024-1234",
        "2024-11-20 13:30 +0100", text("""Hallo,

Rechnung KG-2024-1234 vom 20.11.2024, BV Am Mühlbach.

Mietzeitraum 1 (4 Wochen): 3.200,00 €
voraussichtliche Gesamtmiete (12 Wochen): 9.600,00 €
Montage/Demontage: 1.450,00 €

Zahlungsziel 30 Tage.

Jana"""), "de-inv10",
        invoice_numbers="KG-2024-1234", currency="EUR", issue_date="2024-11-20", due_date="2024-12-20", payment_terms_days=30, needs_human=True, note="competing totals, unclear which is due")

    def reply(slug, key, frm, dom, date, body, threaded=True, subj=None, cs="utf-8", cte="quoted-printable", **lab):
        r = R[key]
        irt = r["id"] if threaded else None
        m = message(H(A(dom), frm, BOT, subj or ("AW: " + r["subject"]), date, mid("de-" + slug, dom), irt=irt, cs=cs), text(body, cs=cs, cte=cte))
        lab.setdefault("invoice_numbers", r["inv"])
        d.add(slug, m, kind="client_reply", language=lab.pop("language", "de"), original_message_id=irt or "", **lab)

    q = lambda k: "\n\n" + quote(f"Am {R[k]['date']} schrieb Kettlebrook Buchhaltung <{BOT}>:\n" + REM_BODY(R[k]))
    reply("gestern_ueberwiesen_kurz_nach_mitternacht", 1, addr("Petra Hofmann", "buchhaltung@bau-hofmann.de"), "bau-hofmann.de", "2024-11-12 00:15 +0100",
          "Guten Abend,\n\ndie Rechnung haben wir gestern überwiesen. Bitte prüfen Sie den Zahlungseingang.\n\nMfG\nPetra Hofmann" + q(1),
          intent="paid_claim", payment_date="2024-11-11", needs_human=True, note="00:15 local = 11 Nov UTC; gestern = 11 Nov local")
    reply("morgen_nach_mitternacht", 2, addr("Florian Mair", "kreditoren@alpenbau-tirol.at"), "alpenbau-tirol.at", "2024-11-14 00:20 +0100",
          "Servus,\n\nsorry, das ist bei uns liegen geblieben. Die Überweisung geht morgen raus.\n\nLG Florian Mair" + q(2),
          intent="promise", promised_date="2024-11-15", needs_human=False, note="sent 00:20 local (13 Nov UTC); morgen = 15 Nov")
    reply("ende_naechster_woche", 5, addr("Sabine Keller", "finanzen@rheinmain-events.de"), "rheinmain-events.de", "2024-11-13 17:45 +0100",
          "Hallo,\n\nwir begleichen die Rechnung Ende nächster Woche.\n\nViele Grüße\nSabine Keller" + q(5),
          intent="promise", promised_date="2024-11-22", needs_human=False)
    reply("bedingte_zusage", 3, addr("Urs Meier", "rechnungen@zuercher-fassaden.ch"), "zuercher-fassaden.ch", "2024-11-06 10:10 +0100",
          "Grüezi\n\nDie Zahlung erfolgt, sobald die Bauherrschaft unsere Teilrechnung freigegeben hat. Das sollte bis am 28. November der Fall sein.\n\nFreundliche Grüsse\nUrs Meier" + q(3),
          intent="promise", promised_date="2024-11-28", needs_human=True, note="conditional on client's approval")
    reply("teil_bestritten", 4, addr("Markus Schneider", "m.schneider@schneider-malerei.de"), "schneider-malerei.de", "2024-11-07 18:05 +0100",
          """Hallo,

die 1160 überweisen wir noch diese Woche. Bei der 1174 stimmt aber was nicht: Sie haben fünf Wochen Standzeit berechnet, das Gerüst stand aber nur drei Wochen (Abbau war am 11.10.). Die Differenz von 952,00 € zahlen wir nicht.

Gruß M. Schneider""" + q(4), amount="952.00", currency="EUR", intent="dispute", needs_human=True, note="promise + dispute -> dispute")
    reply("stop_rechtsabteilung", 8, addr("Mag. Elisabeth Berger", "buero@wiener-baugesellschaft.at"), "wiener-baugesellschaft.at", "2024-11-12 14:20 +0100",
          "Sehr geehrte Damen und Herren,\n\nwir ersuchen Sie, von weiteren automatisierten Zahlungserinnerungen Abstand zu nehmen. Die Angelegenheit wurde an unsere Rechtsabteilung übergeben.\n\nHochachtungsvoll\nMag. Elisabeth Berger",
          intent="stop", needs_human=True)
    reply("ratenzahlung", 6, addr("Thomas Brandt", "office@dachdecker-brandt.de"), "dachdecker-brandt.de", "2024-11-08 12:40 +0100",
          "Moin,\n\nkönnen wir die Rechnung in drei Raten zu je 991,67 € bezahlen? Erste Rate Ende November. Das Geschäft ist gerade zäh.\n\nGruß Thomas Brandt" + q(6),
          amount="991.67", currency="EUR", intent="plan_request", needs_human=True)
    reply("nicht_erhalten_ch", 7, addr("Daniel Vogt", "ap@basler-hochbau.ch"), "basler-hochbau.ch", "2024-11-11 13:25 +0100",
          "Guten Tag\n\nDie Rechnung KG-2024-1210 liegt uns nicht vor. Bitte senden Sie sie uns als PDF, damit wir sie verbuchen können.\n\nBesten Dank\nDaniel Vogt" + q(7),
          intent="not_received", needs_human=False)
    reply("bankverbindung_qr", 3, addr("Urs Meier", "rechnungen@zuercher-fassaden.ch"), "zuercher-fassaden.ch", "2024-11-07 08:55 +0100",
          "Guten Tag\n\nKönnen Sie uns bitte Ihre IBAN für Zahlungen in CHF oder einen QR-Einzahlungsschein zustellen? In unserem System ist nur ein EUR-Konto hinterlegt.\n\nFreundliche Grüsse\nUrs Meier",
          threaded=False, subj="Bankverbindung CHF - Rechnung KG-2024-1195", intent="payment_details", needs_human=False, note="not threaded")
    reply("frage_reverse_charge", 2, addr("Florian Mair", "kreditoren@alpenbau-tirol.at"), "alpenbau-tirol.at", "2024-11-05 15:30 +0100",
          "Hallo,\n\nkurze Frage: Warum ist auf der Rechnung deutsche USt. ausgewiesen? Die Leistung wurde in Innsbruck erbracht, müsste das nicht Reverse Charge sein? Unsere UID ist ATU12345678.\n\nLG Florian Mair" + q(2),
          intent="question", needs_human=True)
    reply("keine_zahlung_diese_woche", 5, addr("Sabine Keller", "finanzen@rheinmain-events.de"), "rheinmain-events.de", "2024-11-08 11:00 +0100",
          "Hallo,\n\neine Zahlung in dieser Woche wird leider nicht möglich sein. Einen konkreten Termin kann ich Ihnen im Moment nicht nennen, ich melde mich.\n\nSabine Keller" + q(5),
          intent="other", needs_human=True, note="negated promise")
    reply("zitierte_zahlungsfloskel", 1, addr("Petra Hofmann", "buchhaltung@bau-hofmann.de"), "bau-hofmann.de", "2024-11-04 11:30 +0100",
          "Danke, ist an die Geschäftsleitung weitergeleitet.\n\nP. Hofmann" + q(1),
          intent="other", needs_human=False, note="payment words only in the quoted reminder")
    reply("falscher_kontakt_stop", 7, addr("Daniel Vogt", "ap@basler-hochbau.ch"), "basler-hochbau.ch", "2024-11-18 09:05 +0100",
          "Bitte schicken Sie keine Mahnungen mehr an diese Adresse - ich bin ab Ende Monat nicht mehr bei der Basler Hochbau AG. Wenden Sie sich an buchhaltung@basler-hochbau.ch.\n\nD. Vogt" + q(7),
          intent="stop", needs_human=True, note="stop for this address; points to another contact")

    def pay(slug, frm, dom, subj, date, content, **lab):
        d.add(slug, message(H(A(dom), frm, BOT, subj, date, mid("de-" + slug, dom)), content), kind="payment_confirmation", language="de", needs_human=lab.pop("needs_human", False), **lab)

    pay("commerzbank_eingang", "Commerzbank <kontoinfo@commerzbank.de>", "commerzbank.de", "Kontoinformation: Zahlungseingang", "2024-11-12 07:40 +0100",
        text("Sehr geehrte Kundin, sehr geehrter Kunde,\n\nauf Ihrem Konto DE44 ... 3000 ist eine Gutschrift eingegangen:\n\nBetrag: 8.420,00 EUR\nAuftraggeber: BAU HOFMANN GMBH\nVerwendungszweck: RE KG-2024-1187\nValuta: 12.11.2024\n\nIhre Commerzbank"),
        invoice_numbers="KG-2024-1187", amount="8420.00", currency="EUR", payment_date="2024-11-12", payment_full=True)
    pay("postfinance_chf", "PostFinance <noreply@postfinance.ch>", "postfinance.ch", "Gutschrift auf Ihrem Konto", "2024-11-15 06:10 +0100",
        text("Guten Tag\n\nGutschrift: CHF 11'850.00\nAuftraggeber: Zürcher Fassaden AG\nMitteilung: KG-2024-1195\nValutadatum: 15.11.2024\n\nPostFinance AG"),
        invoice_numbers="KG-2024-1195", amount="11850.00", currency="CHF", payment_date="2024-11-15", payment_full=True)
    pay("paypal_rate", "PayPal <service@paypal.de>", "paypal.de", "Sie haben eine Zahlung erhalten", "2024-11-29 19:02 +0100",
        text("<html><body><p>Hallo Kettlebrook Gerüstbau GmbH,</p><p>Thomas Brandt hat Ihnen <b>991,67 €&nbsp;EUR</b> gesendet.</p><p>Mitteilung: 1. Rate KG-2024-1206</p><p>Transaktionsdatum: 29. November 2024</p></body></html>", sub="html"),
        invoice_numbers="KG-2024-1206", amount="991.67", currency="EUR", payment_date="2024-11-29", payment_full=False, note="instalment; HTML only")
    pay("commerzbank_sammelzahlung", "Commerzbank <kontoinfo@commerzbank.de>", "commerzbank.de", "Kontoinformation: Zahlungseingang", "2024-11-11 07:41 +0100",
        text("Sehr geehrte Kundin, sehr geehrter Kunde,\n\nBetrag: 2.677,50 EUR\nAuftraggeber: SCHNEIDER MALEREI\nVerwendungszweck: KG-2024-1160 1249,50 KG-2024-1174 1428,00\nValuta: 08.11.2024\n\nIhre Commerzbank", cs="iso-8859-1"),
        invoice_numbers="KG-2024-1160;KG-2024-1174", amount="2677.50", currency="EUR", payment_date="2024-11-08", payment_full=False,
        allocations="KG-2024-1160=1249.50;KG-2024-1174=1428.00", note="split; 1174 short by disputed 952")
    pay("postfinance_qr_referenz", "PostFinance <noreply@postfinance.ch>", "postfinance.ch", "Gutschrift auf Ihrem Konto", "2024-11-19 06:12 +0100",
        text("Guten Tag\n\nGutschrift: CHF 6'400.00\nAuftraggeber: Basler Hochbau AG\nReferenz: RF18 KG20241210\nValutadatum: 19.11.2024\n\nPostFinance AG"),
        invoice_numbers="KG-2024-1210", amount="6400.00", currency="CHF", payment_date="2024-11-19", payment_full=True, note="creditor reference without dashes")
    d.add("gefaelschte_commerzbank", message(H(ares("commerzbank.de", dkim="fail", spf="fail", dmarc="fail"), "Commerzbank <kontoinfo@commerzbank.de>", BOT,
          "Kontoinformation: Zahlungseingang", "2024-11-16 02:55 +0100", mid("de-forged", "mailer-cbk.info")),
          text("Sehr geehrter Kunde,\n\nBetrag: 17.493,00 EUR\nAuftraggeber: RHEINMAIN EVENTS GMBH\nVerwendungszweck: KG-2024-1201\n\nBitte bestätigen Sie die Gutschrift unter http://cbk-kontoinfo.info/login")),
          kind="other", language="de", invoice_numbers="KG-2024-1201", amount="17493.00", currency="EUR", needs_human=True, note="spoofed bank From; dkim/dmarc fail")

    def bounce(slug, key, frm, dom, subj, date, content, **lab):
        inv_, rid_ = d.ref(key)
        d.add(slug, message(H(A(dom), frm, BOT, subj, date, mid("de-" + slug, dom), extra=(("Auto-Submitted", "auto-replied"),)), content),
              kind="bounce", language=lab.pop("lang", "de"), invoice_numbers=inv_, original_message_id=rid_, failed_recipients=R[key]["to"], needs_human=True, **lab)

    bounce("postfach_voll", 9, "Mail Delivery System <MAILER-DAEMON@mx01.holzbau-krueger.de>", "mx01.holzbau-krueger.de", "Unzustellbar: " + R[9]["subject"], "2024-11-12 09:31 +0100",
           dsn(d, 9, "de-b1", "mx01.holzbau-krueger.de", "Ihre Nachricht konnte nicht zugestellt werden.\n\n<einkauf@holzbau-krueger.de>: 552 5.2.2 Das Postfach des Empfängers ist voll (mailbox full, quota exceeded).\n",
               [("einkauf@holzbau-krueger.de", "failed", "5.2.2", "552 5.2.2 Mailbox full - quota exceeded")], "mx01.holzbau-krueger.de"),
           bounce_permanent=True, bounce_reason="mailbox_full", note="5.2.2 reported as failed; treated as permanent")
    bounce("dns_host_unbekannt", 10, "MAILER-DAEMON@mx1.kettlebrook-scaffold.co.uk (Mail Delivery System)", DOM, "Undelivered Mail Returned to Sender", "2024-11-13 09:32 +0000",
           dsn(d, 10, "de-b2", None, "This is the mail system at host mx1.kettlebrook-scaffold.co.uk.\n\n<info@geruestbau-lindner.de>: Host or domain name not found. Name service error\n    for name=geruestbau-lindner.de type=MX: Host not found\n",
               [("info@geruestbau-lindner.de", "failed", "5.4.4", None)], "mx1.kettlebrook-scaffold.co.uk"),
           lang="en", bounce_permanent=True, bounce_reason="other", note="DNS host not found; from our own MTA")
    bounce("policy_a1", 11, "Postmaster <postmaster@graz-hochbau.at>", "graz-hochbau.at", "Nicht zustellbar: " + R[11]["subject"], "2024-11-13 09:33 +0100",
           dsn(d, 11, "de-b3", "mail.graz-hochbau.at", "Die Nachricht an rechnung@graz-hochbau.at wurde abgelehnt.\n\nDer Empfänger nimmt keine Nachrichten von externen Absendern an (Richtlinie der Organisation).\n\n550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized to receive from external senders\n",
               [("rechnung@graz-hochbau.at", "failed", "5.7.1", "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized")], "mail.graz-hochbau.at", full=True),
           bounce_permanent=True, bounce_reason="policy")

    def auto(slug, key, frm, dom, subj, date, body, extra=(), cs="utf-8", cte="quoted-printable", lang="de", **lab):
        inv_, rid_ = d.ref(key)
        d.add(slug, message(H(A(dom), frm, BOT, subj, date, mid("de-" + slug, dom), irt=rid_, extra=extra, cs=cs), text(body, cs=cs, cte=cte)),
              kind="auto_reply", language=lang, invoice_numbers=inv_, original_message_id=rid_, needs_human=False, **lab)

    auto("abwesenheit_standard", 12, addr("Lena Sommer", "kontakt@eventtechnik-sommer.de"), "eventtechnik-sommer.de", "Abwesenheitsnotiz: " + R[12]["subject"], "2024-11-14 09:31 +0100",
         "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 22.11.2024 nicht im Büro und ab Montag, dem 25.11., wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\nLena Sommer",
         extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")), return_date="2024-11-25")
    auto("ausencia_portugues", 3, addr("João Ferreira", "rechnungen@zuercher-fassaden.ch"), "zuercher-fassaden.ch", "Resposta automática: " + R[3]["subject"], "2024-11-05 09:31 +0100",
         "Bom dia,\n\nObrigado pela sua mensagem. Estou ausente até 15 de novembro, sem acesso ao e-mail. Regresso ao escritório na segunda-feira, dia 18/11.\n\nCumprimentos,\nJoão Ferreira",
         cs="iso-8859-1", lang="pt", return_date="2024-11-18", note="no auto headers")
    auto("absence_francais", 7, addr("Claire Dubois", "ap@basler-hochbau.ch"), "basler-hochbau.ch", "Absence du bureau", "2024-11-11 09:32 +0100",
         "Bonjour,\n\nJe suis absente du bureau jusqu'au mercredi 13 novembre inclus. Je serai de retour le jeudi 14 novembre.\nPour toute question urgente, merci de contacter Daniel Vogt.\n\nCordialement,\nClaire Dubois",
         cs="windows-1252", cte="base64", lang="fr", return_date="2024-11-14", note="no auto headers, base64")

    inv_, rid_ = d.ref(5)
    d.add("mdn_lesebestaetigung", message(H(A("rheinmain-events.de"), addr("Sabine Keller", "finanzen@rheinmain-events.de"), BOT, "Lesebestätigung: " + R[5]["subject"], "2024-11-07 10:02 +0100", mid("de-rr1", "rheinmain-events.de")),
          mdn(d, 5, "de-rr1", "Dies ist eine Lesebestätigung für Ihre Nachricht an finanzen@rheinmain-events.de.\nDie Nachricht wurde am Empfangsrechner angezeigt.", "Mozilla Thunderbird 128.4.0", "finanzen@rheinmain-events.de")),
          kind="read_receipt", language="de", invoice_numbers=inv_, original_message_id=rid_, needs_human=False)
    inv_, rid_ = d.ref(8)
    d.add("outlook_gelesen", message(H(A("wiener-baugesellschaft.at"), addr("Büro Wiener Baugesellschaft", "buero@wiener-baugesellschaft.at"), BOT, "Gelesen: " + R[8]["subject"], "2024-11-12 11:15 +0100", mid("de-rr2", "wiener-baugesellschaft.at"), irt=rid_),
          text(f"Ihre Nachricht\n\n  An: buero@wiener-baugesellschaft.at\n  Betreff: {R[8]['subject']}\n  Gesendet: Dienstag, 12. November 2024 10:30:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\nwurde am Dienstag, 12. November 2024 11:15:04 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.")),
          kind="read_receipt", language="de", invoice_numbers=inv_, original_message_id=rid_, needs_human=False, note="Outlook Gelesen: not RFC 8098")
    inv_, rid_ = d.ref(2)
    d.add("mdn_apple", message(H(A("alpenbau-tirol.at"), addr("Florian Mair", "kreditoren@alpenbau-tirol.at"), BOT, "Gelesen: " + R[2]["subject"], "2024-11-05 13:44 +0100", mid("de-rr3", "alpenbau-tirol.at")),
          mdn(d, 2, "de-rr3", "Die Nachricht wurde angezeigt.", "Apple Mail (16.0)", "kreditoren@alpenbau-tirol.at")),
          kind="read_receipt", language="de", invoice_numbers=inv_, original_message_id=rid_, needs_human=False)

    inv_, rid_ = d.ref(5)
    ch = "bestaetigung+" + hx("de-ch", 10) + "@antispam.rheinmain-events.de"
    d.add("challenge_antwort", message(H(A("antispam.rheinmain-events.de"), addr("Spamschutz RheinMain Events", "noreply@antispam.rheinmain-events.de"), BOT, "Bitte bestätigen Sie Ihre Absenderadresse", "2024-11-07 09:33 +0100", mid("de-ch", "antispam.rheinmain-events.de"), irt=rid_, extra=(("Reply-To", ch), ("Auto-Submitted", "auto-replied"))),
          text(f"Guten Tag,\n\nIhre Nachricht an finanzen@rheinmain-events.de mit dem Betreff \"{R[5]['subject']}\" wurde zurückgehalten.\nUm Ihre Absenderadresse zu bestätigen, antworten Sie bitte einfach auf diese E-Mail (an {ch}). Der Betreff darf nicht verändert werden.\n\nIhr Spamschutz")),
          kind="challenge", language="de", invoice_numbers=inv_, original_message_id=rid_, needs_human=True, challenge=ch)

    d.add("staff_bezahlt", message(H(A(SD), JW, BOT, "bezahlt KG-2024-1206", "2024-11-20 16:00 +0100", mid("de-sc1", SD)),
          text("bezahlt KG-2024-1206 2975,00 EUR am 20.11.2024\nRest per Barzahlung auf der Baustelle erhalten, Quittung liegt vor.")),
          kind="staff_command", language="de", invoice_numbers="KG-2024-1206", amount="2975.00", currency="EUR", payment_date="2024-11-20", needs_human=False)
    d.add("staff_pausieren_prosa", message(H(A(SD), SK, BOT, "Wiener Baugesellschaft", "2024-11-13 08:30 +0100", mid("de-sc2", SD)),
          text("Hallo,\n\nbitte die Erinnerungen zu KG-2024-1214 vorerst pausieren, ich kläre das diese Woche persönlich mit der Geschäftsführung in Wien.\n\nDanke\nStefan")),
          kind="staff_command", language="de", invoice_numbers="KG-2024-1214", needs_human=False, note="pause, staff prose")

    d.add("lieferantenrechnung", message(H(ares("geruest-handel-nord.de"), "Gerüsthandel Nord <rechnung@geruest-handel-nord.de>", BOT, "Rechnung 2024-77812", "2024-11-15 07:00 +0100", mid("de-o1", "geruest-handel-nord.de")),
          text("Sehr geehrte Damen und Herren,\n\nfür die Lieferung von 120 Vertikalstielen berechnen wir 6.843,60 € (Rechnung 2024-77812), zahlbar bis 15.12.2024.\n\nGerüsthandel Nord GmbH")),
          kind="other", language="de", amount="6843.60", currency="EUR", due_date="2024-12-15", needs_human=True, note="supplier invoice to us; number 2024-77812 not ours")
    d.add("ihk_newsletter", message(H(ares("ihk-news.de"), "IHK Newsletter <newsletter@ihk-news.de>", BOT, "Ihr IHK-Newsletter November", "2024-11-18 06:00 +0100", mid("de-o2", "ihk-news.de"), extra=(("List-Unsubscribe", "<mailto:abmelden@ihk-news.de>"), ("Precedence", "bulk"))),
          text("Themen: E-Rechnungspflicht ab 2025, Forderungsmanagement im Mittelstand, Veranstaltungen im Dezember.")),
          kind="other", language="de", needs_human=False)
    d.add("intern_ohne_rechnung", message(H(A(SD), SK, addr("Jana Wagner", "j.wagner@" + SD), "Bonität Lindner?", "2024-11-14 12:10 +0100", mid("de-o3", SD), cc=BOT),
          text("Hi Jana,\n\nkannst du mal die Bonität vom Gerüstbau Lindner prüfen? Die Mails kommen bei denen nicht mehr an, vielleicht gibt es die Firma nicht mehr.\n\nStefan")),
          kind="other", language="de", needs_human=False, note="staff-to-staff mail with bot in Cc, no invoice data")
    return d

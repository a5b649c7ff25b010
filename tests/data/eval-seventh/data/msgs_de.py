"""German messages (DE/AT/CH clients, EUR). Invoice format RE26-0nnn."""
from world import BOT, D, contact, dsn, inv, mdn, orig, quote, rem

MSGS = []


def M(name, lab, **kw):
    MSGS.append(dict(name=name, lab=lab, **kw))


JONAS = "Jonas Brenner <jonas.brenner@quillmere.io>"
KATRIN = "Katrin Wiesel <katrin.wiesel@quillmere.io>"
SIG_J = "Mit freundlichen Grüßen\nJonas Brenner\nVertrieb DACH | Quillmere Instruments\nTel. +49 221 5584 120"
SIG_K = "Viele Grüße\nKatrin Wiesel\nBuchhaltung / Debitoren\nQuillmere Instruments"
T = "+0100"

BRANDT = contact("buchhaltung@brandtner-fm.de")
KELL = contact("rechnungen@kellermann-soehne.de")
KELL2 = contact("d.kellermann@kellermann-soehne.de")
OSTALB = contact("a.vogt@ostalb-klima.de")
SWL = contact("kreditoren@sw-lindenau.de")
WEYR = contact("praxis@dr-weyrauch.de")
HOLL = contact("ap@hollmann-logistik.ch")
HOLL_NL = contact("r.dijkstra@hollmann-logistik.ch")
HOLL_IT = contact("m.bernasconi@hollmann-logistik.ch")
ZINGST = contact("info@baeckerei-zingst.de")
WENDT = contact("m.wendt@wendt-mt.at")
REISCHL = contact("buchhaltung@reischl-tiefbau.de")
OBERH = contact("kontakt@saegewerk-oberhaid.de")

inv("RE26-0871", "RE26-0874", "RE26-0876", "RE26-0878", "RE26-0880", "RE26-0883", "RE26-0885",
    "RE26-0887", "RE26-0889", "RE26-0891", "RE26-0893", "RE26-0815")

R_KELL = rem("de/kellermann-eingang", "20261109.081455")
R_KELL_PD = rem("de/kellermann-ueberfaellig", "20261201.090130")
R_BRANDT = rem("de/brandtner-vorab", "20261130.080000")
R_OSTALB = rem("de/ostalb-ueberfaellig", "20261202.084510")
R_SWL = rem("de/swl-eingang", "20261119.091200")
R_WEYR = rem("de/weyrauch-eingang", "20261123.091410")
R_HOLL = rem("de/hollmann-eingang", "20261125.100500")
R_ZINGST = rem("de/zingst-ueberfaellig", "20261127.083300")
R_WENDT = rem("de/wendt-eingang", "20261126.092000")
R_REISCHL = rem("de/reischl-faellig", "20261201.081500")
R_OBERH = rem("de/oberhaid-ueberfaellig", "20261130.093000")
R_BRANDT2 = rem("de/brandtner-0878-ueberfaellig", "20261202.081800")

# ---------------------------------------------------------------- Rechnungskopien
M("rechnung_standard", dict(kind="invoice_copy", invoice_numbers="RE26-0871", amount="3480.50", currency="EUR",
    issue_date="2026-11-03", due_date="2026-12-03", payment_terms_days=30,
    note="German number format 3.480,50; due date only from '30 Tagen netto'"),
  frm=JONAS, to="Sabine Kördel <buchhaltung@brandtner-fm.de>", cc=BOT, date=D(3, 11, "10:20", T),
  subj="Rechnung RE26-0871 – Brandtner Feinmechanik",
  body=f"""Sehr geehrte Frau Kördel,

anbei erhalten Sie unsere Rechnung RE26-0871 vom 03.11.2026 über die Kalibrierung Ihrer
Koordinatenmessgeräte.

Rechnungsbetrag: 3.480,50 € (inkl. 19 % USt.)
Zahlbar innerhalb von 30 Tagen netto.

IBAN DE44 3706 0193 0081 2255 01 – Rheinufer Volksbank

{SIG_J}""")

M("rechnung_skonto", dict(kind="invoice_copy", invoice_numbers="RE26-0874", amount="12614.00", currency="EUR",
    issue_date="2026-11-05", due_date="2026-12-05", payment_terms_days=30,
    note="Skonto amount 12.361,72 within 10 days competes with the full amount; net due date 30 days"),
  frm=KATRIN, to="Kellermann & Söhne KG <rechnungen@kellermann-soehne.de>", cc=f"Debitoren <{BOT}>",
  date=D(5, 11, "14:02", T), subj="Ihre Rechnung Nr. RE26-0874",
  body=f"""Guten Tag,

im Anhang finden Sie die Rechnung RE26-0874 (Rechnungsdatum 05.11.2026).

Gesamtbetrag: EUR 12.614,00
Zahlungsbedingungen: innerhalb 10 Tagen abzüglich 2 % Skonto (EUR 12.361,72),
innerhalb 30 Tagen ohne Abzug.

{SIG_K}""")

M("rechnung_abschlag", dict(kind="invoice_copy", invoice_numbers="RE26-0876", amount="25704.00", currency="EUR",
    issue_date="2026-11-13", due_date="2026-11-27",
    note="1. Abschlagsrechnung: Auftragswert 64.260 first, 40% Abschlag is due now; explicit date"),
  frm=JONAS, to="Andrea Vogt <a.vogt@ostalb-klima.de>", cc=BOT, date=D(13, 11, "09:45", T),
  subj="1. Abschlagsrechnung RE26-0876 Klimamessstrecke Aalen",
  body=f"""Hallo Frau Vogt,

wie im Auftrag vereinbart stellen wir Ihnen die erste Abschlagszahlung in Rechnung.

Auftragswert gesamt:   64.260,00 EUR brutto
1. Abschlag (40 %):    25.704,00 EUR brutto
Fällig bis:            27.11.2026

Die Schlussrechnung folgt nach Abnahme.

{SIG_J}""")

M("rechnung_netto_brutto", dict(kind="invoice_copy", invoice_numbers="RE26-0880", amount="9401.00", currency="EUR",
    issue_date="2026-11-16", due_date="2026-11-30", payment_terms_days=14,
    note="Nettobetrag listed first; gross (Rechnungsbetrag) is due"),
  frm=KATRIN, to="Kreditorenbuchhaltung <kreditoren@sw-lindenau.de>", cc=BOT, date=D(16, 11, "11:11", T),
  subj="Rechnung RE26-0880 / Bestellung 4711-2026-338",
  body=f"""Sehr geehrte Damen und Herren,

zu Ihrer Bestellung 4711-2026-338 übersenden wir die Rechnung RE26-0880 vom 16.11.2026.

  Nettobetrag            7.900,00 EUR
  zzgl. 19 % USt.        1.501,00 EUR
  Rechnungsbetrag        9.401,00 EUR

Zahlungsziel: 14 Tage.

{SIG_K}""")

M("rechnung_gutschrift", dict(kind="invoice_copy", invoice_numbers="RE26-0883", amount="2000.00", currency="EUR",
    issue_date="2026-11-19", due_date="2026-12-15",
    note="credit note GS26-014 deducted; 'zahlbar bis 15. Dezember 2026' written out"),
  frm=JONAS, to="Praxis Dr. Weyrauch <praxis@dr-weyrauch.de>", cc=BOT, date=D(19, 11, "16:30", T),
  subj="Rechnung RE26-0883 (Gutschrift verrechnet)",
  body=f"""Sehr geehrter Herr Dr. Weyrauch,

beiliegend die Rechnung RE26-0883 über die Datenlogger für Ihre Kühlschränke:

  Rechnungsbetrag                   2.310,00 €
  abzgl. Gutschrift GS26-014         -310,00 €
  noch zu zahlen                     2.000,00 €

Bitte überweisen Sie den Betrag bis zum 15. Dezember 2026.

{SIG_J}""")

M("rechnung_bankarbeitstage", dict(kind="invoice_copy", invoice_numbers="RE26-0885", amount="1099.00", currency="EUR",
    issue_date="2026-11-20", due_date="2026-12-02",
    note="'1.099,- €' and 8 Bankarbeitstage from Friday 20.11. -> 02.12.; terms_days empty (not calendar days)"),
  frm=KATRIN, to="Hollmann Logistik AG <ap@hollmann-logistik.ch>", cc=BOT, date=D(20, 11, "13:00", T),
  subj="Hollmann Logistik AG – Rechnung RE26-0885",
  body=f"""Grüezi,

anbei unsere Rechnung RE26-0885 vom 20.11.2026 über 1.099,- € (Lieferung nach Basel,
steuerfrei als Ausfuhrlieferung).

Zahlbar innerhalb von 8 Bankarbeitstagen nach Rechnungsdatum.

{SIG_K}""")

M("rechnung_raten_unklar", dict(kind="invoice_copy", invoice_numbers="RE26-0887", currency="EUR",
    issue_date="2026-11-24", needs_human=True,
    note="total 18.000 but instalment amounts and dates 'klären wir noch' - unclear what is due now"),
  frm=JONAS, to="Markus Wendt <m.wendt@wendt-mt.at>", cc=BOT, date=D(24, 11, "18:05", T),
  subj="RE26-0887 Prüfstand – wie besprochen",
  body=f"""Servus Markus,

wie telefonisch besprochen hier die Rechnung RE26-0887 über den Prüfstand, Gesamtsumme
18.000,00 € netto (Reverse Charge).

Zahlung wie vereinbart in Teilbeträgen – die erste Rate nach der Abnahme, die Höhe der
einzelnen Raten klären wir noch, sobald euer Budget für 2027 steht.

LG Jonas""")

M("rechnung_bcc_sofort", dict(kind="invoice_copy", invoice_numbers="RE26-0889", amount="645.00", currency="EUR",
    issue_date="2026-11-24", due_date="2026-11-24", payment_terms_days=0,
    note="bot only via Bcc; Leistungsdatum differs from Rechnungsdatum; 'zahlbar sofort ohne Abzug'"),
  frm=KATRIN, to="Tiefbau Reischl GmbH <buchhaltung@reischl-tiefbau.de>", date=D(24, 11, "08:40", T),
  subj="Rechnung RE26-0889",
  body=f"""Sehr geehrte Damen und Herren,

Rechnungsnummer: RE26-0889
Rechnungsdatum: 24.11.2026
Leistungsdatum: 10.11.2026
Betrag: EUR 645,-

Zahlbar sofort ohne Abzug.

{SIG_K}""")

# ---------------------------------------------------------------- Lesebestätigungen
M("mdn_standard", dict(kind="read_receipt", invoice_numbers="RE26-0874", original_message_id=R_KELL,
    note="RFC 8098 MDN with German human-readable part"),
  frm="Dieter Kellermann <d.kellermann@kellermann-soehne.de>", date=D(9, 11, "15:30", T),
  subj="Gelesen: Ist unsere Rechnung RE26-0874 angekommen?",
  **mdn("Dies ist eine Lesebestätigung für die Nachricht, die Sie an d.kellermann@kellermann-soehne.de gesendet haben.\n\n"
        "Hinweis: Diese Bestätigung bedeutet nur, dass die Nachricht angezeigt wurde.",
        "Mozilla Thunderbird 128.3.1", "d.kellermann@kellermann-soehne.de", R_KELL))

M("lesebestaetigung_outlook", dict(kind="read_receipt", invoice_numbers="RE26-0883", original_message_id=R_WEYR,
    note="non-standard Outlook receipt in German, In-Reply-To only"),
  frm="Praxis Dr. Weyrauch <praxis@dr-weyrauch.de>", date=D(23, 11, "11:02", T), irt=R_WEYR,
  subj="Gelesen: Ist die Rechnung RE26-0883 bei Ihnen angekommen?",
  body="""Ihre Nachricht

  An: Praxis Dr. Weyrauch
  Betreff: Ist die Rechnung RE26-0883 bei Ihnen angekommen?
  Gesendet: Montag, 23. November 2026 09:14:10 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

wurde am Montag, 23. November 2026 11:02:45 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.""")

# ---------------------------------------------------------------- Unzustellbar
M("bounce_unbekannt", dict(kind="bounce", failed_recipients="d.kellermann@kellermann-soehne.de", bounce_permanent=True,
    bounce_reason="user_unknown", original_message_id=R_KELL_PD, invoice_numbers="RE26-0874",
    note="German DSN text, 'Benutzer unbekannt', 5.1.1"),
  frm="MAILER-DAEMON <mailer-daemon@mx00.ionos.de>", return_path="<>", date=D(1, 12, "09:01", T, "40"),
  auth="dsn", relay="mx00.ionos.de", subj="Unzustellbar: Erinnerung: Rechnung RE26-0874 fällig am 05.12.2026",
  **dsn("Diese Nachricht wurde automatisch erstellt.\n\nIhre Nachricht konnte an folgende Empfänger nicht zugestellt werden:\n\n"
        "d.kellermann@kellermann-soehne.de\n    Empfängeradresse unbekannt / Benutzer existiert nicht.\n\n"
        "Technischer Grund: 550 5.1.1 Mailbox does not exist", "mx00.ionos.de",
        [("d.kellermann@kellermann-soehne.de", "failed", "5.1.1", "550 5.1.1 Mailbox does not exist")],
        orig("rechnungen@kellermann-soehne.de, d.kellermann@kellermann-soehne.de",
             "Erinnerung: Rechnung RE26-0874 fällig am 05.12.2026", R_KELL_PD, D(1, 12, "09:01", T))))

M("bounce_postfach_voll", dict(kind="bounce", failed_recipients="kontakt@saegewerk-oberhaid.de", bounce_permanent=True,
    bounce_reason="mailbox_full", original_message_id=R_OBERH, invoice_numbers="RE26-0893",
    note="German provider bounce, mailbox over quota, 5.2.2 failed"),
  frm="Mail Delivery System <MAILER-DAEMON@mailout.t-online.de>", return_path="<>", date=D(30, 11, "09:31", T),
  auth="dsn", relay="mailout.t-online.de", subj="Zustellung fehlgeschlagen: Postfach voll",
  **dsn("Ihre Nachricht an kontakt@saegewerk-oberhaid.de konnte nicht zugestellt werden.\n\n"
        "Das Postfach des Empfängers ist voll. Der Empfänger muss zunächst Nachrichten löschen.\n\n"
        "Remote-Server: 552 5.2.2 Mailbox full / quota exceeded", "mailout.t-online.de",
        [("kontakt@saegewerk-oberhaid.de", "failed", "5.2.2", "552 5.2.2 quota exceeded")],
        orig("kontakt@saegewerk-oberhaid.de", "Zahlungserinnerung RE26-0893", R_OBERH, D(30, 11, "09:30", T))))

M("bounce_spam_prosa", dict(kind="bounce", failed_recipients="buchhaltung@reischl-tiefbau.de", bounce_permanent=True,
    bounce_reason="spam", original_message_id=R_REISCHL, invoice_numbers="RE26-0889",
    note="spam-filter rejection, no DSN part; recipient and Message-ID only in prose"),
  frm="Spamfilter Reischl Tiefbau <noreply@reischl-tiefbau.de>", return_path="<>", date=D(1, 12, "08:16", T),
  subj="Nachricht abgewiesen",
  body=f"""Ihre E-Mail an buchhaltung@reischl-tiefbau.de vom 01.12.2026 08:15 wurde von unserem
Spamfilter als unerwünschte Werbung (Score 9,4) eingestuft und NICHT zugestellt.

Betreff:    Rechnung RE26-0889 – fällig
Message-ID: {R_REISCHL}

Falls es sich um einen Irrtum handelt, wenden Sie sich bitte telefonisch an den Empfänger.
Antwort des Servers: 554 5.7.1 Message rejected as spam""")

M("bounce_verzoegert", dict(kind="bounce", failed_recipients="ap@hollmann-logistik.ch", bounce_permanent=False,
    bounce_reason="other", original_message_id=R_HOLL, invoice_numbers="RE26-0885",
    note="delay warning in German, Action delayed 4.7.1 greylisting; not final"),
  frm="Mail Delivery System <MAILER-DAEMON@mx.quillmere.io>", return_path="<>", date=D(25, 11, "14:06", T),
  auth="none", relay="localhost", subj="Warnung: Nachricht noch nicht zugestellt",
  **dsn("*** DIES IST NUR EINE WARNUNG – SIE MÜSSEN DIE NACHRICHT NICHT ERNEUT SENDEN ***\n\n"
        "Ihre Nachricht an ap@hollmann-logistik.ch konnte seit 4 Stunden nicht zugestellt werden.\n"
        "Weitere Zustellversuche erfolgen bis zu 5 Tage lang.\n\nGrund: 451 4.7.1 Greylisted, please try again later",
        "mx.quillmere.io", [("ap@hollmann-logistik.ch", "delayed", "4.7.1", "451 4.7.1 Greylisted")],
        orig("ap@hollmann-logistik.ch", "Ist die Rechnung RE26-0885 angekommen?", R_HOLL, D(25, 11, "10:05", T))))

# ---------------------------------------------------------------- Abwesenheit
M("abwesend_einschliesslich", dict(kind="auto_reply", invoice_numbers="RE26-0876", return_date="2026-12-05",
    original_message_id=R_OSTALB, note="'bis einschließlich 4.12.' -> 5 Dec; RFC 3834 headers"),
  frm="Andrea Vogt <a.vogt@ostalb-klima.de>", date=D(2, 12, "08:46", T), irt=R_OSTALB,
  subj="Abwesenheitsnotiz: Abschlagsrechnung RE26-0876 überfällig",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 4.12. nicht im Haus. Ihre E-Mail wird nicht weitergeleitet.
In dringenden Fällen wenden Sie sich bitte an unsere Zentrale: 07361 55820.

Andrea Vogt""")

M("abwesend_ohne_header", dict(kind="auto_reply", invoice_numbers="RE26-0880", return_date="2026-12-01",
    original_message_id=R_SWL, note="no auto-reply headers; 'erst ab dem 1. Dezember wieder erreichbar'"),
  frm="Kreditorenbuchhaltung <kreditoren@sw-lindenau.de>", date=D(19, 11, "09:12", T), irt=R_SWL,
  subj="AW: Ist die Rechnung RE26-0880 angekommen?",
  body="""Guten Tag,

aufgrund einer Systemumstellung ist die Kreditorenbuchhaltung der Stadtwerke Lindenau erst
ab dem 1. Dezember wieder erreichbar. Eingehende Rechnungen werden danach in der Reihenfolge
des Eingangs bearbeitet.

Mit freundlichen Grüßen
Stadtwerke Lindenau GmbH""")

M("ooo_niederlaendisch", dict(kind="auto_reply", language="nl", invoice_numbers="RE26-0885", return_date="2026-11-30",
    original_message_id=R_HOLL, note="Dutch OOO from the client's Rotterdam desk; 'vanaf maandag 30 november weer aanwezig'"),
  frm="Roel Dijkstra <r.dijkstra@hollmann-logistik.ch>", date=D(25, 11, "10:06", T), irt=R_HOLL,
  subj="Automatisch antwoord: Ist die Rechnung RE26-0885 angekommen?",
  hdrs=[("Auto-Submitted", "auto-replied")],
  body="""Beste afzender,

Ik ben op dit moment niet op kantoor. Vanaf maandag 30 november ben ik weer aanwezig.
Voor dringende zaken kunt u contact opnemen met ap@hollmann-logistik.ch.

Met vriendelijke groet,
Roel Dijkstra""")

M("ticket_bestaetigung", dict(kind="auto_reply", invoice_numbers="RE26-0874", original_message_id=R_KELL_PD,
    note="ticket acknowledgement in German, no return date"),
  frm="Kellermann & Söhne Rechnungseingang <rechnungen@kellermann-soehne.de>", date=D(1, 12, "09:02", T),
  irt=R_KELL_PD, subj="[Ticket#2026120110457] Eingangsbestätigung: Erinnerung: Rechnung RE26-0874 fällig am 05.12.2026",
  hdrs=[("Auto-Submitted", "auto-generated"), ("Precedence", "auto_reply")],
  body="""Sehr geehrte Damen und Herren,

Ihre Nachricht ist bei uns eingegangen und wurde unter der Ticketnummer 2026120110457
erfasst. Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

Ihr Team Rechnungseingang
Kellermann & Söhne KG""")

M("ooo_italienisch", dict(kind="auto_reply", language="it", invoice_numbers="RE26-0885", return_date="2026-12-03",
    original_message_id=R_HOLL, note="Italian OOO (Ticino colleague), 'fino al 2 dicembre compreso' -> 3 Dec"),
  frm="Marco Bernasconi <m.bernasconi@hollmann-logistik.ch>", date=D(25, 11, "10:07", T), irt=R_HOLL,
  subj="Risposta automatica: Ist die Rechnung RE26-0885 angekommen?",
  hdrs=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")],
  body="""Buongiorno,

sono fuori ufficio fino al 2 dicembre compreso, con accesso limitato alla posta.
Per urgenze contattare la contabilità: ap@hollmann-logistik.ch.

Cordiali saluti
Marco Bernasconi""")

# ---------------------------------------------------------------- Challenge
M("challenge_absender", dict(kind="challenge", invoice_numbers="RE26-0891", original_message_id=R_ZINGST,
    note="German challenge/response: confirm sender by replying with a code"),
  frm="Bäckerei Zingst <info@baeckerei-zingst.de>", date=D(27, 11, "08:34", T), irt=R_ZINGST,
  subj="Bitte bestätigen Sie Ihre Absenderadresse [Code 48213]",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Challenge", "sender-verify")],
  body="""Hallo,

um unerwünschte Werbung zu vermeiden, stelle ich nur E-Mails von bestätigten Absendern zu.
Ihre Nachricht "Zahlungserinnerung RE26-0891" wurde vorläufig zurückgehalten.

Bitte antworten Sie einfach auf diese E-Mail und lassen Sie den Betreff unverändert
(Code 48213). Danach wird Ihre Nachricht automatisch zugestellt.

Vielen Dank!""")

# ---------------------------------------------------------------- Zahlungsavise
M("gutschrift_voll", dict(kind="payment_confirmation", invoice_numbers="RE26-0871", amount="3480.50", currency="EUR",
    payment_date="2026-12-02", payment_full=True, allocations="RE26-0871=3480.50",
    note="Volksbank credit notice; Verwendungszweck 'RE 26 0871' with spaces"),
  frm="Rheinufer Volksbank eG <avis@rheinufer-vb.de>", date=D(2, 12, "07:30", T),
  subj="Kontoinformation: Gutschrift auf Ihrem Konto",
  body="""Guten Tag,

auf Ihrem Konto DE44 3706 0193 0081 2255 01 ist folgende Gutschrift eingegangen:

  Auftraggeber:      BRANDTNER FEINMECHANIK GMBH
  Betrag:            3.480,50 EUR
  Verwendungszweck:  RE 26 0871 KUNDENNR 10233
  Buchungstag:       02.12.2026
  Wertstellung:      02.12.2026

Ihre Rheinufer Volksbank eG
(Diese Nachricht wurde automatisch erstellt.)""")

M("gutschrift_teilzahlung", dict(kind="payment_confirmation", invoice_numbers="RE26-0876", amount="20000.00",
    currency="EUR", payment_date="2026-11-30", payment_full=False, allocations="RE26-0876=20000.00",
    note="part payment 20.000 of Abschlag 25.704; reference 'Abschlag 1 Rg 0876'"),
  frm="Rheinufer Volksbank eG <avis@rheinufer-vb.de>", date=D(30, 11, "18:02", T),
  subj="Kontoinformation: Gutschrift 20.000,00 EUR",
  body="""Gutschrift

  Auftraggeber:      Ostalb Klimatechnik GmbH
  IBAN Auftraggeber: DE12 6145 0050 1000 3321 77
  Betrag:            20.000,00 EUR
  Verwendungszweck:  Abschlag 1 Rg 0876 Teilzahlung
  Buchungstag:       30.11.2026
  Wertstellung:      30.11.2026

Rheinufer Volksbank eG""")

M("gutschrift_sammel", dict(kind="payment_confirmation", invoice_numbers="RE26-0880;RE26-0815", amount="10591.00",
    currency="EUR", payment_date="2026-12-01", payment_full=True,
    allocations="RE26-0880=9401.00;RE26-0815=1190.00",
    note="Sammelüberweisung for two invoices, numbers without hyphen; Wertstellung 01.12 vs Buchungstag 02.12"),
  frm="Rheinufer Volksbank eG <avis@rheinufer-vb.de>", date=D(2, 12, "07:31", T),
  subj="Kontoinformation: Gutschrift auf Ihrem Konto",
  body="""Gutschrift (Sammelüberweisung)

  Auftraggeber:      STADTWERKE LINDENAU GMBH
  Betrag:            10.591,00 EUR
  Verwendungszweck:  RE260880 9401,00 RE260815 1190,00 LIEF-NR 70021
  Buchungstag:       02.12.2026
  Wertstellung:      01.12.2026

Rheinufer Volksbank eG""")

M("gutschrift_wertstellung", dict(kind="payment_confirmation", invoice_numbers="RE26-0883", amount="2000.00",
    currency="EUR", payment_date="2026-12-03", payment_full=True, allocations="RE26-0883=2000.00",
    note="reference 'Rg.-Nr. 26/0883' written differently; value date 03.12 vs booking 04.12"),
  frm="Rheinufer Volksbank eG <avis@rheinufer-vb.de>", date=D(4, 12, "07:29", T),
  subj="Umsatzinformation",
  body="""Neuer Umsatz auf Konto 81225501

  04.12.2026  Wert 03.12.2026  Gutschrift  +2.000,00 EUR
  DR. MED. H. WEYRAUCH
  Rg.-Nr. 26/0883 Datenlogger abzgl. GS

Rheinufer Volksbank eG""")

M("gutschrift_gefaelscht", dict(kind="other", invoice_numbers="RE26-0887", amount="18000.00", currency="EUR",
    needs_human=True, note="bank's real From address but DKIM and DMARC fail - forged payment notice"),
  frm="Rheinufer Volksbank eG <avis@rheinufer-vb.de>", date=D(3, 12, "22:14", T), auth="fail",
  relay="mail.vb-kundenservice.top", subj="Kontoinformation: Gutschrift 18.000,00 EUR",
  body="""Gutschrift

  Auftraggeber:      WENDT MESSTECHNIK GMBH
  Betrag:            18.000,00 EUR
  Verwendungszweck:  RE26-0887 komplett
  Wertstellung:      03.12.2026

Zur Freigabe der Gutschrift bestätigen Sie bitte Ihre Zugangsdaten:
https://vb-kundenservice.top/freigabe""")

# ---------------------------------------------------------------- Kundenantworten
M("antwort_bereits_bezahlt", dict(kind="client_reply", intent="paid_claim", invoice_numbers="RE26-0871",
    original_message_id=R_BRANDT, note="'bereits am 27.11. angewiesen' - paid claim with date"),
  frm="Sabine Kördel <buchhaltung@brandtner-fm.de>", date=D(30, 11, "10:12", T), irt=R_BRANDT,
  subj="AW: Erinnerung: RE26-0871 fällig am 03.12.",
  body=f"""Guten Morgen,

die Rechnung haben wir bereits am 27.11. angewiesen, das Geld sollte also in den nächsten
Tagen bei Ihnen sein.

Freundliche Grüße
S. Kördel

{quote('Rechnung RE26-0871 über 3.480,50 € ist am 03.12.2026 fällig.')}""")

M("antwort_zusage_spaetestens", dict(kind="client_reply", intent="promise", invoice_numbers="RE26-0889",
    promised_date="2026-12-10", original_message_id=R_REISCHL,
    note="'bis spätestens 10.12.' without year; client writes from a second address"),
  frm="Gerhard Reischl <g.reischl@reischl-tiefbau.de>", date=D(2, 12, "17:20", T), irt=R_REISCHL,
  subj="AW: Rechnung RE26-0889 – fällig",
  body="""Hallo,

sorry, die ist bei uns durchgerutscht. Wir überweisen bis spätestens 10.12.

Gruß
G. Reischl""")

M("antwort_zusage_dienstag", dict(kind="client_reply", intent="promise", invoice_numbers="RE26-0885",
    promised_date="2026-12-08", original_message_id=R_HOLL,
    note="Swiss writer (ss, no ß): 'Anfang nächster Woche, spätestens Dienstag' written Thu 3 Dec -> Tue 8 Dec"),
  frm="Hollmann Logistik AG <ap@hollmann-logistik.ch>", date=D(3, 12, "15:44", T), irt=R_HOLL,
  subj="AW: Ist die Rechnung RE26-0885 angekommen?",
  body="""Grüezi Frau Wiesel

Die Rechnung ist freigegeben. Die Zahlung geht Anfang nächster Woche raus, spätestens am Dienstag.

Freundliche Grüsse
Kreditorenbuchhaltung Hollmann Logistik AG""")

M("antwort_keine_zusage", dict(kind="client_reply", intent="other", invoice_numbers="RE26-0887", needs_human=True,
    original_message_id=R_WENDT, note="Austrian: 'Mitte Jänner ... fix zusagen kann ich's nicht' - hedged, no promise"),
  frm="Markus Wendt <m.wendt@wendt-mt.at>", date=D(26, 11, "19:03", T), irt=R_WENDT,
  subj="Re: Ist die Rechnung RE26-0887 angekommen?",
  body="""Servus,

ja, ist da. Wir zahlen das aus der Förderung, und die kommt voraussichtlich Mitte Jänner –
fix zusagen kann ich's euch aber ehrlich gesagt nicht, das hängt an der FFG.

Lg Markus""")

M("antwort_reklamation", dict(kind="client_reply", intent="dispute", invoice_numbers="RE26-0874",
    original_message_id=R_KELL_PD, note="formal objection (Widerspruch) because a device is defective"),
  frm="Kellermann & Söhne KG <rechnungen@kellermann-soehne.de>", date=D(2, 12, "10:40", T), irt=R_KELL_PD,
  subj="AW: Erinnerung: Rechnung RE26-0874 fällig am 05.12.2026",
  body="""Sehr geehrte Frau Wiesel,

der Rechnung RE26-0874 widersprechen wir hiermit. Eines der gelieferten Messgeräte
(SN 22-81734) war bei Anlieferung defekt und liegt seit drei Wochen bei Ihrem Service.
Bis zur Klärung halten wir die Zahlung zurück.

Mit freundlichen Grüßen
Dieter Kellermann""")

M("antwort_ratenzahlung", dict(kind="client_reply", intent="plan_request", invoice_numbers="RE26-0891", amount="2940.00",
    currency="EUR", original_message_id=R_ZINGST, note="informal plan request, three instalments, amount written '2940 Euro'"),
  frm="Bäckerei Zingst <info@baeckerei-zingst.de>", date=D(28, 11, "06:12", T), irt=R_ZINGST,
  subj="AW: Zahlungserinnerung RE26-0891",
  body="""Moin,

die 2940 Euro auf einmal sind für uns gerade schwierig, das Weihnachtsgeschäft kommt erst noch.
Könnten wir das in 3 Raten abstottern? Dezember, Januar, Februar je ein Drittel?

Grüße aus Zingst
Heike Brüning""")

M("antwort_nicht_erhalten", dict(kind="client_reply", intent="not_received", invoice_numbers="RE26-0893",
    original_message_id=R_OBERH, note="'welche Rechnung?' - nothing received, asks for postal copy"),
  frm="Sägewerk Oberhaid <kontakt@saegewerk-oberhaid.de>", date=D(3, 12, "12:05", T), irt=R_OBERH,
  subj="AW: Zahlungserinnerung RE26-0893",
  body="""Grüß Gott,

welche Rechnung meinen Sie? Bei uns ist nix angekommen, weder per Mail noch per Post.
Schicken Sie sie bitte nochmal, am besten per Post an Sägewerk Oberhaid, Mühlweg 4, 96173 Oberhaid.

Jahn""")

M("antwort_bankverbindung", dict(kind="client_reply", intent="payment_details", invoice_numbers="RE26-0880",
    original_message_id=R_SWL, note="public utility needs bank details confirmed on a supplier master form"),
  frm="Kreditorenbuchhaltung <kreditoren@sw-lindenau.de>", date=D(4, 12, "09:00", T),
  irt=R_SWL, subj="AW: Ist die Rechnung RE26-0880 angekommen?",
  body="""Sehr geehrte Damen und Herren,

die Rechnung liegt uns vor. Für die Anlage als Kreditor benötigen wir jedoch Ihre Bankverbindung
auf dem beigefügten Lieferantenstammblatt, unterschrieben und mit Firmenstempel.
Eine IBAN in der Rechnung allein genügt nach unseren Vergaberichtlinien nicht.

Mit freundlichen Grüßen
i. A. T. Lämmle""")

M("antwort_unterlassen", dict(kind="client_reply", intent="stop", invoice_numbers="RE26-0883",
    original_message_id=R_WEYR, note="formal German 'unterlassen Sie' - stop e-mail contact, post only"),
  frm="Praxis Dr. Weyrauch <praxis@dr-weyrauch.de>", date=D(24, 11, "12:30", T), irt=R_WEYR,
  subj="AW: Ist die Rechnung RE26-0883 bei Ihnen angekommen?",
  body="""Sehr geehrte Damen und Herren,

bitte unterlassen Sie künftig automatisierte Nachrichten an diese Praxisadresse. Wir erhalten
täglich Dutzende solcher E-Mails. Schriftverkehr bitte ausschließlich per Post.

Praxis Dr. med. H. Weyrauch""")

M("antwort_nur_zitat", dict(kind="client_reply", intent="other", invoice_numbers="RE26-0876", needs_human=True,
    original_message_id=R_OSTALB, note="colleague says who is back when; payment words only in the quoted reminder"),
  frm="Empfang Ostalb Klimatechnik <info@ostalb-klima.de>", date=D(2, 12, "09:15", T), irt=R_OSTALB,
  subj="AW: Abschlagsrechnung RE26-0876 überfällig",
  body=f"""Hallo,

Frau Vogt ist ab Montag wieder im Haus, ich lege ihr Ihre Mail hin.

Gruß, Empfang

{quote(f'''Von: Quillmere Instruments Debitoren <{BOT}>
Gesendet: Mittwoch, 2. Dezember 2026 08:45
Betreff: Abschlagsrechnung RE26-0876 überfällig

Guten Tag Frau Vogt, wie geht es Ihnen?
Laut unseren Unterlagen ist von der Abschlagsrechnung RE26-0876 noch ein Betrag von
5.704,00 EUR offen (fällig seit 27.11.2026). Falls Sie bereits gezahlt haben,
betrachten Sie diese Nachricht bitte als gegenstandslos.''')}""")

M("antwort_teil_rest", dict(kind="client_reply", intent="promise", invoice_numbers="RE26-0878", amount="1380.00",
    currency="EUR", promised_date="2026-12-31", original_message_id=R_BRANDT2,
    note="1.000 € paid today, rest 1.380 'Ende des Monats' -> 31 Dec; labelled promise"),
  frm="Sabine Kördel <buchhaltung@brandtner-fm.de>", date=D(2, 12, "14:25", T), irt=R_BRANDT2,
  subj="AW: RE26-0878 überfällig",
  body="""Hallo Frau Wiesel,

wir haben heute 1.000,00 € angewiesen. Den Rest (1.380,00 €) überweisen wir Ende des Monats,
wenn unser Großkunde bezahlt hat.

Viele Grüße
Sabine Kördel""")

M("antwort_aus_verteiler", dict(kind="client_reply", intent="stop", invoice_numbers="RE26-0891",
    original_message_id=R_ZINGST, note="'nehmen Sie uns aus dem Verteiler' - colloquial stop, written by a family member"),
  frm="Bäckerei Zingst <info@baeckerei-zingst.de>", date=D(4, 12, "05:48", T), irt=R_ZINGST,
  subj="AW: Zahlungserinnerung RE26-0891",
  body="""Hallo,

nehmen Sie uns bitte aus Ihrem Verteiler, wir wollen diese automatischen Mails nicht mehr.
Wegen der Raten meldet sich meine Frau telefonisch bei Ihnen.

Jens Brüning""")

M("antwort_zusage_kw", dict(kind="client_reply", intent="promise", invoice_numbers="RE26-0876",
    promised_date="2026-12-11", original_message_id=R_OSTALB,
    note="'Zahlung des Restbetrags erfolgt in KW 50' - calendar week; labelled the last working day of KW 50 (Fri 11.12.)"),
  frm="Andrea Vogt <a.vogt@ostalb-klima.de>", date=D(5, 12, "10:10", T), irt=R_OSTALB,
  subj="AW: Abschlagsrechnung RE26-0876 überfällig",
  body="""Hallo Herr Brenner,

bin wieder zurück. Den Restbetrag von 5.704,00 € hatten wir wegen einer fehlenden Freigabe
zurückgehalten – die Zahlung erfolgt jetzt in KW 50.

Viele Grüße
Andrea Vogt""")

# ---------------------------------------------------------------- Befehle
M("befehl_dispute", dict(kind="staff_command", invoice_numbers="RE26-0874",
    note="English command verb with German free-text reason"),
  frm=KATRIN, date=D(2, 12, "11:05", T), subj="dispute RE26-0874",
  body="""dispute RE26-0874 Kunde reklamiert defektes Messgerät SN 22-81734, bitte nicht mehr mahnen bis Service Bescheid gibt

Katrin""")

M("befehl_notiz", dict(kind="staff_command", invoice_numbers="RE26-0893",
    note="note command sent from a phone, signature junk below"),
  frm=JONAS, date=D(3, 12, "13:30", T), subj="note RE26-0893",
  body="""note RE26-0893 Hr. Jahn sagt, Rechnung nie erhalten – am 03.12. per Post neu verschickt

Von meinem iPhone gesendet""")

M("befehl_gefaelscht", dict(kind="other", invoice_numbers="RE26-0889", amount="645.00", currency="EUR",
    needs_human=True, note="staff From but only another server's Authentication-Results (no mx.quillmere.io) - forged"),
  frm=JONAS, date=D(4, 12, "02:11", T), auth="none", relay="smtp.mail-relay24.net",
  pre_hdrs=[("Authentication-Results", "mx.mail-relay24.net; dkim=pass header.d=quillmere.io; dmarc=pass header.from=quillmere.io")],
  subj="paid RE26-0889",
  body="""paid RE26-0889 645,00 EUR""")

# ---------------------------------------------------------------- Sonstiges
M("sonstiges_phishing_paket", dict(kind="other", note="parcel-delivery phishing in German"),
  frm="DHL Paket <service@dhl-sendungsverfolgung.info>", date=D(26, 11, "05:40", T), auth="spfonly",
  subj="Ihre Sendung konnte nicht zugestellt werden – Zollgebühr 1,99 €",
  body="""Sehr geehrter Kunde,

Ihre Sendung 00340434161094042557 wartet auf Zustellung. Bitte begleichen Sie die
ausstehende Zollgebühr von 1,99 € innerhalb von 48 Stunden:

https://dhl-sendungsverfolgung.info/zahlung""")

M("sonstiges_bankwechsel_betrug", dict(kind="other", needs_human=True,
    note="bank-change fraud: 'supplier' announces new IBAN from a lookalike domain, urgency"),
  frm="Schneider Optik GmbH <buchhaltung@schneider-optik-gmbh.de>", date=D(1, 12, "10:10", T), auth="spfonly",
  subj="WICHTIG: Änderung unserer Bankverbindung ab sofort",
  body="""Sehr geehrte Geschäftspartner,

aufgrund einer internen Umstellung hat sich unsere Bankverbindung geändert. Bitte leisten Sie
alle offenen und künftigen Zahlungen ab sofort ausschließlich auf folgendes Konto:

IBAN: LT61 3250 0264 9180 1123
BIC: REVOLT21

Die alte Verbindung ist nicht mehr gültig. Bitte bestätigen Sie kurz die Änderung.

Mit freundlichen Grüßen
Buchhaltung Schneider Optik""")

M("sonstiges_newsletter", dict(kind="other", note="IHK newsletter about e-invoicing (XRechnung), list headers"),
  frm="IHK Köln Newsletter <newsletter@ihk-koeln-info.de>", date=D(3, 12, "07:00", T),
  hdrs=[("List-Unsubscribe", "<mailto:abmelden@ihk-koeln-info.de>"), ("Precedence", "list")],
  subj="E-Rechnung 2027: Was Unternehmen jetzt wissen müssen",
  body="""IHK-Newsletter Dezember 2026

- E-Rechnungspflicht: Übergangsfristen enden – XRechnung und ZUGFeRD im Überblick
- Forderungsmanagement: Mahnwesen rechtssicher gestalten
- Veranstaltung: Jahresabschluss 2026

Abmelden: abmelden@ihk-koeln-info.de""")

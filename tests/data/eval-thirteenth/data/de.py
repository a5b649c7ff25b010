"""German desk: Brightwater Saatgutlabor GmbH (Hannover)."""
from common import *  # noqa: F401,F403
from lib import M, P, cii, pdf, ATT, T, H, ALT, MIX, msg, D, BOT, MX, auth, RFC822, RHDRS, DS, REPORT
from world import REM, CLIENTS, STAFF, NOTIFIERS, gq, oq, EXTRA_CONTACTS, bot_raw

S = dict(zip(['kv', 'je', 'ms'], STAFF['de']))
C = {k: (v[1].replace('Frau ', '').replace('Herr ', '').replace('Pani ', ''), v[2]) for k, v in CLIENTS['de'].items()}
TZ = '+0100'
SIG = '''

Mit freundlichen Grüßen

Katrin Vogelsang
Debitorenbuchhaltung
Brightwater Saatgutlabor GmbH | Hermann-Ehlers-Allee 12 | 30173 Hannover
Tel. +49 511 555 38-20 | HRB 218844, Amtsgericht Hannover'''
MSGS = []
A = MSGS.append

# ---------------- Rechnungskopien ----------------
_x = cii('RE-2026-4520', '2026-11-02', '2026-12-02', 'Brightwater Saatgutlabor GmbH', 'Hanse Saaten GmbH', '7500.00', '1425.00', '8925.00',
         terms='Zahlbar innerhalb 30 Tagen ohne Abzug. Bei Zahlung bis 12.11.2026 2 % Skonto.', lines=[('Keimfähigkeitsprüfung ISTA, 25 Partien', '7500.00')])
A(M('re_hanse_xrechnung_skonto', msg(S['kv'], C['hanse'], 'Rechnung RE-2026-4520 (XRechnung)', D('2026-11-02 10:14', TZ), MIX(T(
'''Sehr geehrte Frau Lorenz,

anbei erhalten Sie unsere Rechnung RE-2026-4520 vom 02.11.2026 als XRechnung (CII).

Rechnungsbetrag netto       7.500,00 EUR
zzgl. 19 % USt.             1.425,00 EUR
Rechnungsbetrag brutto      8.925,00 EUR

Zahlbar innerhalb von 30 Tagen ohne Abzug. Bei Zahlung innerhalb von 10 Tagen gewähren wir 2 % Skonto
(Zahlbetrag dann 8.746,50 EUR).''' + SIG), ATT(_x, 'application/xml', 'RE-2026-4520_xrechnung.xml')), cc=[BOT]),
  'invoice_copy', 'de', inv='RE-2026-4520', amount='8925.00', cur='EUR', issue='2026-11-02', due='2026-12-02', terms=30,
  note='Skonto figure must not be taken'))

_p = pdf(['Brightwater Saatgutlabor GmbH - Hermann-Ehlers-Allee 12 - 30173 Hannover', '', 'Börde Zucht AG, Rechnungseingang',
          '', 'SCHLUSSRECHNUNG Nr. RE-2026-4527', 'Rechnungsdatum: 05.11.2026', 'Projekt: Sortenversuch Zuckerrübe 2026 (Vertrag FV-26-03)',
          '', 'Auftragswert netto                                60.000,00 EUR', 'zzgl. 19 % USt.                                   11.400,00 EUR',
          'Gesamtbetrag brutto                               71.400,00 EUR', 'abzgl. 1. Abschlag RE-2026-4102 vom 15.05.2026  -17.850,00 EUR',
          'abzgl. 2. Abschlag RE-2026-4288 vom 14.08.2026  -17.850,00 EUR', 'Noch zu zahlen                                    35.700,00 EUR',
          '', 'Zahlbar bis 26.11.2026 ohne Abzug.', 'IBAN DE44 2505 0180 0012 3456 78 - BIC SPKHDE2HXXX'], 'RE-2026-4527')
_x = cii('RE-2026-4527', '2026-11-05', '2026-11-26', 'Brightwater Saatgutlabor GmbH', 'Börde Zucht AG', '60000.00', '11400.00', '71400.00',
         payable='35700.00', prepaid='35700.00', terms='Zahlbar bis 26.11.2026')
A(M('re_boerde_schlussrechnung_zugferd', msg(S['je'], C['magdeburg'], 'Schlussrechnung Sortenversuch 2026', D('2026-11-05 14:30', TZ), MIX(
    T('Sehr geehrte Frau Krüger,\n\nim Anhang die Schlussrechnung zum Sortenversuch Zuckerrübe (ZUGFeRD 2.3).\n\nBeste Grüße\nJörg Ehlers\nProjektleitung Feldversuche\n'),
    ATT(_p, 'application/pdf', 'Schlussrechnung_RE-2026-4527.pdf'), ATT(_x, 'application/xml', 'factur-x.xml')), cc=[BOT]),
  'invoice_copy', 'de', inv='RE-2026-4527', amount='35700.00', cur='EUR', issue='2026-11-05', due='2026-11-26',
  note='final invoice minus two down payments; number only in attachments'))

A(M('re_allgaeu_html_latin1', msg(S['ms'], C['allgaeu'], 'Ihre Rechnung RE-2026-4531', D('2026-11-09 09:02', TZ), H(
'''<html><head><meta charset="iso-8859-1"></head><body>
<p>Grüß Gott Herr Huber,</p>
<p>für die Untersuchung Ihrer Grünlandmischungen (Reinheit und Fremdbesatz) berechnen wir Ihnen:</p>
<table>
<tr><td>Rechnungsnummer</td><td>RE-2026-4531</td></tr>
<tr><td>Rechnungsdatum</td><td>09.11.2026</td></tr>
<tr><td>Nettobetrag</td><td>1.050,00 &euro;</td></tr>
<tr><td>USt. 19 %</td><td>199,50 &euro;</td></tr>
<tr><td><b>Gesamtbetrag</b></td><td><b>1.249,50 &euro;</b></td></tr>
</table>
<p>Zahlungsziel: 14 Tage nach Rechnungsdatum.</p>
<p>Mit freundlichen Grüßen<br>Miriam Seidl<br>Kundenservice Labor</p>
</body></html>''', 'iso-8859-1', 'quoted-printable'), cc=[BOT]),
  'invoice_copy', 'de', inv='RE-2026-4531', amount='1249.50', cur='EUR', issue='2026-11-09', due='2026-11-23', terms=14))

A(M('re_rheinknie_chf', msg(S['kv'], C['basel'], 'Rechnung RE-2026-4538 / CHF', D('2026-11-11 11:45', TZ), T(
'''Grüezi Herr Frei,

besten Dank für Ihren Auftrag. Für die GVO-Screening-Analysen (Mais, 8 Muster) stellen wir in Rechnung:

Rechnung Nr.:   RE-2026-4538
Datum:          11.11.2026
Betrag:         CHF 4'860.00 (Leistungsort Schweiz, Reverse-Charge)
Zahlbar innert 30 Tagen netto auf unser CHF-Konto, IBAN CH93 0076 2011 6238 5295 7.

Gegenwert zur Information: ca. 5.180,00 EUR.''' + SIG, 'windows-1252', 'quoted-printable'), cc=[BOT]),
  'invoice_copy', 'de', inv='RE-2026-4538', amount='4860.00', cur='CHF', issue='2026-11-11', due='2026-12-11', terms=30,
  note='CHF with apostrophe thousands; EUR figure for information'))

A(M('re_ofp_bcc_bankarbeitstage', msg(S['je'], C['ostfries'], 'Rechnung RE-2026-4542 - Virustestung Pflanzkartoffeln', D('2026-11-16 08:20', TZ), T(
'''Moin Herr Janssen,

anbei die Rechnung zur ELISA-Virustestung der Pflanzkartoffelpartien (Ernte 2026):

  Rechnung RE-2026-4542 vom 16.11.2026
  2.900,00 EUR netto + 551,00 EUR USt. = 3.451,00 EUR

Bitte überweisen Sie den Betrag innerhalb von 10 Bankarbeitstagen.

Schöne Grüße aus Hannover
Jörg Ehlers'''), delivered=True),
  'invoice_copy', 'de', inv='RE-2026-4542', amount='3451.00', cur='EUR', issue='2026-11-16',
  note='Bcc only; bank days -> no due date, no terms days'))

A(M('re_lippe_zwei_rechnungen', msg(S['ms'], C['kwsx'], 'Rechnungen RE-2026-4549 und RE-2026-4550', D('2026-11-19 13:10', TZ), T(
'''Sehr geehrter Herr Röhrs,

wie besprochen erhalten Sie zwei getrennte Rechnungen, da die Aufträge über zwei Bestellungen liefen:

  RE-2026-4549   Tetrazolium-Test Raps, 4 Partien       612,80 EUR
  RE-2026-4550   Keimfähigkeit Weizen, 10 Partien     1.904,00 EUR
                                          Summe        2.516,80 EUR

Beide Rechnungen sind zahlbar bis zum 19.12.2026. Die PDFs folgen per Post.

Freundliche Grüße
Miriam Seidl'''), cc=[BOT]),
  'invoice_copy', 'de', inv='RE-2026-4549;RE-2026-4550', amount='2516.80', cur='EUR', issue='2026-11-19', due='2026-12-19', nh=True))

A(M('re_marchfeld_nach_abnahme', msg(S['kv'], C['wien'], 'Rechnung RE-2026-4553 - Saatgutgesundheit', D('2026-11-26 15:05', TZ), T(
'''Sehr geehrte Frau Pichler,

beigefügt übermitteln wir die Rechnung RE-2026-4553 vom 26.11.2026 über die Saatgutgesundheitsprüfung
(Fusarium, Alternaria) Ihrer Zwiebelsaat.

Nettobetrag: 2.400,00 EUR
Steuerfreie innergemeinschaftliche Leistung, Steuerschuldnerschaft des Leistungsempfängers
(UID ATU63428810).

Zahlungsbedingungen: 20 Tage nach Abnahme des Prüfberichts, ohne Abzug.''' + SIG), cc=[BOT]),
  'invoice_copy', 'de', inv='RE-2026-4553', amount='2400.00', cur='EUR', issue='2026-11-26', terms=20, nh=True,
  note='terms from acceptance event'))

_p = pdf(['Brightwater Saatgutlabor GmbH', '', 'Biolandhof Sonnenwiese, Lena Auer', '', 'RECHNUNG RE-2026-4560', 'Datum: 03.12.2026',
          '', '1 x Keimfähigkeit Bio-Dinkel, Partie SW-12        300,00 EUR', 'USt. 19 %                                          57,00 EUR',
          'Gesamt                                            357,00 EUR', '', 'Zahlbar sofort ohne Abzug.'], 'RE-2026-4560')
A(M('re_sonnenwiese_pdf_sofort', msg(S['ms'], C['bio'], 'Ihre Rechnung', D('2026-12-03 09:40', TZ), MIX(
    T('Liebe Frau Auer,\n\nanbei die Rechnung zum Dinkel-Keimtest. Das Prüfergebnis haben Sie ja schon.\n\nViele Grüße\nMiriam Seidl\n'),
    ATT(_p, 'application/pdf', 'Rechnung_RE-2026-4560.pdf')), cc=[BOT]),
  'invoice_copy', 'de', inv='RE-2026-4560', amount='357.00', cur='EUR', issue='2026-12-03', due='2026-12-03',
  note='PDF only; zahlbar sofort = issue date'))

# ---------------- Lesebestätigungen ----------------
r = REM['de-r1']
A(M('mdn_hanse_outlook_gelesen', mdn(r, C['hanse'], D('2026-11-23 08:31', TZ), subject='Gelesen: ' + r.subject,
    human=f'Ihre Nachricht\n\n  An: {C["hanse"][0]}\n  Betreff: {r.subject}\n  Gesendet: 16.11.2026 08:00\n\nwurde am 23.11.2026 08:31 gelesen.\n'),
  'read_receipt', 'de', inv='RE-2026-4471', omid=r.id))

r = REM['de-r3']
A(M('mdn_boerde_thunderbird', mdn(r, C['magdeburg'], D('2026-11-30 11:15', TZ), subject='Empfangsbestätigung (angezeigt) - ' + r.subject,
    ua='Mozilla/5.0 Thunderbird/128.5.0', disposition='manual-action/MDN-sent-manually; displayed', attach_headers=True,
    human=f'Dies ist eine Empfangsbestätigung für eine Nachricht, die Sie an {C["magdeburg"][1]} gesendet haben.\n\n'
          'Hinweis: Eine Empfangsbestätigung bestätigt nur, dass die Nachricht auf dem Computer des Empfängers angezeigt wurde. '
          'Es gibt keine Garantie, dass der Empfänger den Inhalt gelesen oder verstanden hat.\n'),
  'read_receipt', 'de', inv='RE-2026-4502', omid=r.id))

r = REM['de-r6']
A(M('mdn_marchfeld_cp1252', mdn(r, C['wien'], D('2026-11-25 13:58', TZ), subject='Gelesen: ' + r.subject, lang_charset='windows-1252',
    disposition='automatic-action/MDN-sent-automatically; displayed', ua='Microsoft Outlook 16.0',
    human=f'Ihre Nachricht\n\n  An: Elisabeth Pichler\n  Betreff: {r.subject}\n  Gesendet: Mittwoch, 25. November 2026 10:00:41 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\nwurde am Mittwoch, 25. November 2026 13:58:02 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.\n'),
  'read_receipt', 'de', inv='RE-2026-4489', omid=r.id))

# ---------------- Unzustellbarkeitsberichte ----------------
r = REM['de-r2']
A(M('ndr_allgaeu_exchange_unbekannt', dsn(r, 'buchhaltung@allgaeuer-gruenland.de', status='5.1.10', remote='exch01.allgaeuer-gruenland.local',
    diag='550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', date=D('2026-11-12 08:31', TZ),
    attach='full', envid=False, reporting='EXCH01.allgaeuer-gruenland.local', subject='Unzustellbar: ' + r.subject,
    frm=('Microsoft Outlook', 'postmaster@allgaeuer-gruenland.de'), auth_line=auth('allgaeuer-gruenland.de'), human=
'''Ihre Nachricht hat folgende Empfänger nicht erreicht:

buchhaltung@allgaeuer-gruenland.de (buchhaltung@allgaeuer-gruenland.de)
Ihre Nachricht konnte nicht zugestellt werden, da die E-Mail-Adresse nicht gefunden wurde oder ungültig ist.

Diagnoseinformationen für Administratoren:

Generierender Server: EXCH01.allgaeuer-gruenland.local

buchhaltung@allgaeuer-gruenland.de
Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben.
'''), 'bounce', 'de', inv='RE-2026-4398;RE-2026-4412', failed='buchhaltung@allgaeuer-gruenland.de', perm=True,
  reason='user_unknown', omid=r.id))

r = REM['de-r4']
A(M('dsn_rieser_postfix_delay', dsn(r, 'eingangsrechnungen@rieser-muehle.de', status='4.7.1', action='delayed', remote='mx.rieser-muehle.de',
    diag='450 4.7.1 <eingangsrechnungen@rieser-muehle.de>: Recipient address rejected: Greylisted, please try again in 300 seconds',
    date=D('2026-11-06 13:00', TZ), attach='headers', will_retry='Fri, 11 Nov 2026 09:00:00 +0100', subject='Delayed Mail (still being retried)', human=
'''This is the mail system at host mx1.brightwater-seedlab.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<eingangsrechnungen@rieser-muehle.de>: host mx.rieser-muehle.de[85.214.33.12] said:
    450 4.7.1 Recipient address rejected: Greylisted (in reply to RCPT TO command)
'''), 'bounce', 'en', inv='RE-2026-4356', failed='eingangsrechnungen@rieser-muehle.de', perm=False, omid=r.id))

r = REM['de-r8']
EXTRA_CONTACTS.append('hofladen@sonnenwiese-bio.de')
A(M('gmx_sonnenwiese_postfach_voll', dsn(r, 'hofladen@sonnenwiese-bio.de', status='5.2.2', remote='mx00.emig.gmx.net',
    diag='552 5.2.2 Mailbox quota exceeded (Postfach voll) - giving up after 3 days', date=D('2026-12-06 08:16', TZ),
    attach='full', envid=False, subject='Mail delivery failed: returning message to sender', reporting='mout.gmx.net',
    frm=('Mail Delivery System', 'mailer-daemon@gmx.net'), auth_line=auth('gmx.net'), human=
'''Diese Nachricht wurde automatisch vom Mailsystem erstellt.

Eine Nachricht, die Sie gesendet haben, konnte einem oder mehreren Empfängern nicht zugestellt werden.
Dies ist ein permanenter Fehler. Die folgende(n) Adresse(n) schlugen fehl:

  hofladen@sonnenwiese-bio.de
    Das Postfach des Empfängers ist voll. Zustellversuche wurden nach 3 Tagen eingestellt.
    552 5.2.2 Mailbox quota exceeded
'''), 'bounce', 'de', inv='RE-2026-4465', failed='hofladen@sonnenwiese-bio.de', perm=True, reason='mailbox_full', omid=r.id, note='Cc (farm shop) mailbox full; To delivered'))

r = REM['de-r7']
EXTRA_CONTACTS.append('kanzlei@stb-leer-partner.de')
A(M('dsn_ofp_cc_steuerberater_dns', dsn(r, 'kanzlei@stb-leer-partner.de', status='5.4.4', remote='stb-leer-partner.de',
    diag='Host or domain name not found. Name service error for name=stb-leer-partner.de type=MX: Host not found',
    date=D('2026-11-27 08:46', TZ), extra_rcpt=['fibu@ofp-kartoffel.de'], human=
'''This is the mail system at host mx1.brightwater-seedlab.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<kanzlei@stb-leer-partner.de>: Host or domain name not found. Name service error
    for name=stb-leer-partner.de type=MX: Host not found, try again
'''), 'bounce', 'en', inv='RE-2026-4433', failed='kanzlei@stb-leer-partner.de', perm=True, reason='other', omid=r.id,
  note='Cc to tax adviser failed (DNS); client To delivered'))

r = REM['de-r11']
A(M('ndr_rheinknie_blocklist', dsn(r, 'kreditoren@rheinknie-agro.ch', status='5.7.1', remote='mail.rheinknie-agro.ch',
    diag='554 5.7.1 Service unavailable; Client host [185.22.61.14] blocked using zen.spamhaus.org', date=D('2026-12-08 09:01', TZ),
    attach='headers', subject='Unzustellbar: ' + r.subject, human=
'''Die Nachricht konnte nicht zugestellt werden / Delivery has failed.

Der Server des Empfängers hat die Nachricht abgelehnt, weil die IP-Adresse des sendenden Servers auf einer Sperrliste steht.

kreditoren@rheinknie-agro.ch
  554 5.7.1 Service unavailable; Client host [185.22.61.14] blocked using zen.spamhaus.org
'''), 'bounce', 'de', inv='RE-2026-4420', failed='kreditoren@rheinknie-agro.ch', perm=True, reason='policy', omid=r.id))

# ---------------- Abwesenheitsnotizen ----------------
r = REM['de-r1']
A(M('abwesend_hanse_bis_einschl', msg(C['hanse'], BOT, 'Automatische Antwort: ' + r.subject, D('2026-11-16 08:01', TZ), T(
'''Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20.11.2026 nicht im Büro und habe keinen Zugriff
auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an kreditoren@hanse-saaten.de oder 040 555 7712-0.

Mit freundlichen Grüßen
Birgit Lorenz
Hanse Saaten GmbH, Hamburg'''), irt=r.id, refs=r.id, extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All']),
  'auto_reply', 'de', inv='RE-2026-4471', ret='2026-11-23', omid=r.id))

r = REM['de-r9']
A(M('autoreply_poznan_polski', msg(C['poznan'], BOT, 'Odpowiedź automatyczna: ' + r.subject, D('2026-11-17 09:31', TZ), T(
'''Dzień dobry,

jestem nieobecna w biurze do piątku 27 listopada 2026 r. Wracam w poniedziałek 30 listopada.
W pilnych sprawach proszę o kontakt z działem księgowości: +48 61 555 20 30.

Z poważaniem
Agnieszka Nowak
Nasiona Wielkopolska Sp. z o.o.''', 'iso-8859-2', 'quoted-printable'), irt=r.id, extra=['Auto-Submitted: auto-replied']),
  'auto_reply', 'de', inv='RE-2026-4380', ret='2026-11-30', omid=r.id, note='Polish text, iso-8859-2'))

r = REM['de-r6']
A(M('abwesend_marchfeld_ab', msg(('Elisabeth Pichler', 'e.pichler@marchfeld-gemuese.at'), BOT, 'Abwesenheitsnotiz: ' + r.subject, D('2026-11-25 10:01', TZ), T(
'''Danke für Ihre Nachricht!

Ich bin auf Urlaub und ab Mittwoch, 9. Dezember wieder im Büro. Ihre E-Mail wird nicht weitergeleitet.
Bei Rechnungsfragen: office@marchfeld-gemuese.at

Liebe Grüße
Elisabeth Pichler'''), irt=r.id, refs=r.id),
  'auto_reply', 'de', inv='RE-2026-4489', ret='2026-12-09', omid=r.id, note='no Auto-Submitted header'))

r = REM['de-r4']
A(M('ausgeschieden_rieser', msg(C['ries'], BOT, 'Automatische Antwort: ' + r.subject, D('2026-11-06 14:21', TZ), T(
'''Guten Tag,

Herr Stefan Weigl ist nicht mehr für die Rieser Mühlenwerke KG tätig. Ihre Nachricht wird nicht weitergeleitet.
Bitte senden Sie Rechnungen und Zahlungsavise künftig an buchhaltung@rieser-muehle.de.

Rieser Mühlenwerke KG, Nördlingen'''), irt=r.id, refs=r.id, extra=['Auto-Submitted: auto-replied']),
  'auto_reply', 'de', inv='RE-2026-4356', omid=r.id, nh=True))

r = REM['de-r5']
A(M('autoreply_rheinknie_italiano', msg(('Ufficio contabilità', 'kreditoren@rheinknie-agro.ch'), BOT, 'Risposta automatica: ' + r.subject,
    D('2026-11-24 09:20', TZ), T(
'''Buongiorno,

sono assente fino a venerdì 27 novembre compreso, con accesso limitato alla posta elettronica.
Per questioni urgenti si prega di contattare la sede di Basilea al numero +41 61 555 44 00.

Cordiali saluti
Chiara Bernasconi
Rheinknie Agro AG – Filiale Lugano'''), irt=r.id, refs=r.id, extra=['Auto-Submitted: auto-replied', 'Precedence: auto_reply']),
  'auto_reply', 'de', inv='RE-2026-4420', ret='2026-11-30', omid=r.id, note='Italian, fino a ... compreso -> next working day'))

# ---------------- Challenge ----------------
r = REM['de-r10']
A(M('whitelist_lippe', msg(('E-Mail-Sicherheit Lippe Landhandel', 'quarantaene@mailsecurity.lippe-landhandel.de'), BOT,
    'Absenderverifizierung erforderlich: ' + r.subject, D('2026-12-04 08:01', TZ), ALT(T(
f'''Guten Tag,

Ihre E-Mail an rechnungen@lippe-landhandel.de mit dem Betreff
"{r.subject}"
wurde von unserem E-Mail-Schutzsystem zurückgehalten, da Ihre Adresse ({BOT}) noch nicht
auf der Liste der zugelassenen Absender steht.

Bitte bestätigen Sie einmalig, dass Sie ein echter Absender sind:
https://mailsecurity.lippe-landhandel.de/verify?t=8f2a1c7e90

Ohne Bestätigung wird die Nachricht nach 5 Tagen automatisch gelöscht.

Diese Nachricht wurde automatisch erzeugt. Bitte antworten Sie nicht darauf.'''),
    H('<p>Ihre E-Mail wurde zurückgehalten. <a href="https://mailsecurity.lippe-landhandel.de/verify?t=8f2a1c7e90">Absender bestätigen</a></p>')),
    irt=r.id, extra=['Auto-Submitted: auto-generated']),
  'challenge', 'de', inv='RE-2026-4510', nh=True, omid=r.id))

# ---------------- Zahlungen ----------------
A(M('spk_gutschrift_hanse', msg(('Sparkasse Hannover', NOTIFIERS['de']['bank']), BOT, 'Kontoinformation: Gutschrift auf Ihrem Konto',
    D('2026-11-18 15:12', TZ), T(
'''Sehr geehrte Kundin, sehr geehrter Kunde,

auf Ihrem Geschäftskonto DE44 2505 0180 0012 3456 78 ist folgende Gutschrift eingegangen:

Buchungstag:        18.11.2026
Wertstellung:       18.11.2026
Umsatzart:          SEPA-Überweisung (Gutschrift)
Auftraggeber:       HANSE SAATEN GMBH
IBAN Auftraggeber:  DE12 2005 0550 1234 5678 90
Verwendungszweck:   RE-2026-4471 KD-NR 10442
Betrag:             8.925,00 EUR

Ihre Sparkasse Hannover
Dies ist eine automatisch erzeugte Nachricht.''')),
  'payment_confirmation', 'de', inv='RE-2026-4471', amount='8925.00', cur='EUR', pdate='2026-11-18', pfull=True))

A(M('mollie_sonnenwiese', msg(('Mollie', NOTIFIERS['de']['psp']), BOT, 'Zahlung erhalten: 357,00 € von Biolandhof Sonnenwiese',
    D('2026-12-04 19:45', TZ), ALT(T(
'''Hallo Brightwater Saatgutlabor GmbH,

Sie haben eine neue Zahlung erhalten.

Betrag:         € 357,00
Beschreibung:   Rechnung RE-2026-4560
Methode:        Lastschrift / SEPA Direct Debit
Kunde:          Lena Auer, Biolandhof Sonnenwiese
Zahlungsdatum:  04.12.2026
Zahlungs-ID:    tr_WDqYK6vllg

Die Auszahlung (abzgl. Gebühren € 0,35) erfolgt mit dem nächsten Settlement.

Ihr Mollie-Team'''), H('<p>Sie haben eine neue Zahlung erhalten: <b>&euro; 357,00</b> &ndash; Rechnung RE-2026-4560 &ndash; 04.12.2026</p>'))),
  'payment_confirmation', 'de', inv='RE-2026-4560', amount='357.00', cur='EUR', pdate='2026-12-04', pfull=True,
  note='pays the new immediate invoice, not the overdue RE-2026-4465 she asked instalments for'))

A(M('spk_skonto_hanse', msg(('Sparkasse Hannover', NOTIFIERS['de']['bank']), BOT, 'Kontoinformation: Gutschrift auf Ihrem Konto',
    D('2026-11-10 16:02', TZ), T(
'''Sehr geehrte Kundin, sehr geehrter Kunde,

auf Ihrem Geschäftskonto DE44 2505 0180 0012 3456 78 ist folgende Gutschrift eingegangen:

Buchungstag:        10.11.2026
Wertstellung:       10.11.2026
Umsatzart:          SEPA-Überweisung (Gutschrift)
Auftraggeber:       HANSE SAATEN GMBH
Verwendungszweck:   RE-2026-4520 ABZGL. 2% SKONTO 178,50
Betrag:             8.746,50 EUR

Ihre Sparkasse Hannover''')),
  'payment_confirmation', 'de', inv='RE-2026-4520', amount='8746.50', cur='EUR', pdate='2026-11-10', pfull=True,
  note='Skonto within window -> full'))

_camt = '''<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
 <BkToCstmrDbtCdtNtfctn>
  <GrpHdr><MsgId>SPKH2026112000311</MsgId><CreDtTm>2026-11-20T07:15:00</CreDtTm></GrpHdr>
  <Ntfctn><Id>CAMT054-311</Id>
   <Acct><Id><IBAN>DE44250501800012345678</IBAN></Id></Acct>
   <Ntry>
    <Amt Ccy="EUR">3867.50</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
    <BookgDt><Dt>2026-11-20</Dt></BookgDt><ValDt><Dt>2026-11-20</Dt></ValDt>
    <NtryDtls><TxDtls>
     <Refs><EndToEndId>AGE-ZV-2026-1120-07</EndToEndId></Refs>
     <RltdPties><Dbtr><Pty><Nm>Allgaeuer Gruenland eG</Nm></Pty></Dbtr></RltdPties>
     <RmtInf><Ustrd>RE-2026-4398 RE-2026-4412</Ustrd></RmtInf>
    </TxDtls></NtryDtls>
   </Ntry>
  </Ntfctn>
 </BkToCstmrDbtCdtNtfctn>
</Document>
'''
A(M('camt054_allgaeu_sammel', msg(('Sparkasse Hannover', NOTIFIERS['de']['bank']), BOT, 'Elektronische Kontoinformation camt.054',
    D('2026-11-20 07:16', TZ), MIX(T('Im Anhang erhalten Sie die Sammelavis-Datei (camt.054) zu Ihrem Konto.\n'),
    ATT(_camt, 'application/xml', 'camt054_20261120.xml'))),
  'payment_confirmation', 'de', inv='RE-2026-4398;RE-2026-4412', amount='3867.50', cur='EUR', pdate='2026-11-20', pfull=True,
  note='one payment for two invoices, no split stated'))

A(M('gefaelscht_spk_boerde', msg(('Sparkasse Hannover', NOTIFIERS['de']['bank']), BOT, 'Kontoinformation: Gutschrift auf Ihrem Konto',
    D('2026-12-02 06:40', TZ), T(
'''Sehr geehrte Kundin, sehr geehrter Kunde,

Gutschrift: 21.420,00 EUR
Wertstellung: 01.12.2026
Auftraggeber: BOERDE ZUCHT AG
Verwendungszweck: RE-2026-4502

Zur Freigabe der Gutschrift bestätigen Sie bitte Ihre Zugangsdaten: https://sparkasse-hannover.de-kontofreigabe.info/login'''),
    ar=auth('de-kontofreigabe.info', spf='fail', dkim='none', dmarc='fail').replace('header.from=de-kontofreigabe.info', 'header.from=sparkasse-hannover.de'),
    envfrom='de-kontofreigabe.info'),
  'payment_confirmation', 'de', inv='RE-2026-4502', amount='21420.00', cur='EUR', pdate='2026-12-01', nh=True,
  note='spoofed From: notifier address but DMARC fail'))

# ---------------- Kundenantworten ----------------
r = REM['de-r7']
A(M('antwort_ofp_bezahlt', msg(C['ostfries'], BOT, 'AW: ' + r.subject, D('2026-12-01 10:12', TZ), T(
'''Moin,

die Rechnung RE-2026-4433 haben wir am 30.11.2026 in voller Höhe (6.188,00 EUR) überwiesen. Bitte prüfen
Sie Ihren Zahlungseingang.

Gruß
Hauke Janssen
Finanzbuchhaltung

''' + oq(r)), irt=r.id, refs=r.id),
  'client_reply', 'de', intent='paid', inv='RE-2026-4433', amount='6188.00', cur='EUR', nh=True, omid=r.id))

r = REM['de-r3']
A(M('antwort_boerde_zusage', msg(C['magdeburg'], BOT, 'AW: ' + r.subject, D('2026-12-01 09:20', TZ), T(
'''Sehr geehrte Damen und Herren,

die Rechnung RE-2026-4502 ist freigegeben; die Zahlung erfolgt mit unserem Zahllauf am 10.12.2026.

Mit freundlichen Grüßen
Anja Krüger
Börde Zucht AG – Rechnungsprüfung

''' + oq(r)), irt=r.id, refs=r.id),
  'client_reply', 'de', intent='promise', inv='RE-2026-4502', promised='2026-12-10', omid=r.id))

r = REM['de-r9']
A(M('antwort_poznan_kw50', msg(C['poznan'], BOT, 'Re: ' + r.subject, D('2026-11-30 12:05', TZ), T(
'''Sehr geehrte Damen und Herren,

entschuldigen Sie bitte die Verspätung, ich war im Urlaub. Die Zahlung der Rechnung RE-2026-4380 wird in
KW 50 ausgeführt.

Mit freundlichen Grüßen
Agnieszka Nowak

''' + gq(r)), irt=r.id, refs=r.id),
  'client_reply', 'de', intent='promise', inv='RE-2026-4380', promised='2026-12-11', omid=r.id, note='KW 50 -> Fri 11 Dec'))

r = REM['de-r10']
A(M('antwort_lippe_reklamation_keimfaehigkeit', msg(('Martin Röhrs', 'm.roehrs@lippe-landhandel.de'), BOT, 'AW: ' + r.subject, D('2026-12-05 11:40', TZ), T(
'''Guten Tag,

die Rechnung RE-2026-4510 werden wir so nicht begleichen. Ihr Prüfbericht weist für Partie LL-W-07 eine
Keimfähigkeit von 78 % aus; die Nachuntersuchung durch die LUFA Nord-West ergab 93 %. Aufgrund Ihres
Ergebnisses wurde die Partie abgewertet. Wir bitten um Stellungnahme und Stornierung der Rechnung.

Mit freundlichen Grüßen
Martin Röhrs
Lippe Landhandel GmbH & Co. KG

''' + oq(r)), irt=r.id, refs=r.id, cc=[C['kwsx']]),
  'client_reply', 'de', intent='dispute', inv='RE-2026-4510', nh=True, omid=r.id))

r = REM['de-r8']
A(M('antwort_sonnenwiese_raten', msg(C['bio'], BOT, 'Re: ' + r.subject, D('2026-12-03 20:14', TZ), T(
'''Hallo,

ich muss ehrlich sagen, dass es gerade knapp ist – die Dinkelernte war schlecht. Wäre es möglich, den Betrag
in drei Monatsraten zu zahlen? Ich würde im Dezember mit 250 € anfangen.

Viele Grüße
Lena Auer

''' + gq(r)), irt=r.id, refs=r.id),
  'client_reply', 'de', intent='plan_request', inv='RE-2026-4465', nh=True, omid=r.id))

r = REM['de-r5']
A(M('antwort_rheinknie_qr_rechnung', msg(C['basel'], BOT, 'AW: ' + r.subject, D('2026-11-25 14:10', TZ), T(
'''Guten Tag

Können Sie uns die Rechnung RE-2026-4420 bitte als QR-Rechnung zustellen? Unser Kreditorenworkflow
verarbeitet nur noch QR-Rechnungen. Ausserdem: Ist das angegebene Konto ein CHF-Konto?

Freundliche Grüsse
Urs Frei
Rheinknie Agro AG

''' + oq(r)), irt=r.id, refs=r.id),
  'client_reply', 'de', intent='question', inv='RE-2026-4420', nh=True, omid=r.id))

r = REM['de-r1']
A(M('antwort_hanse_keine_mahnungen', msg(C['hanse'], BOT, 'Automatische Zahlungserinnerungen', D('2026-12-09 10:30', TZ), T(
'''Sehr geehrte Damen und Herren,

wir bitten Sie höflich, uns künftig keine automatisierten Zahlungserinnerungen mehr zuzusenden. Unsere
Rechnungen werden ausnahmslos fristgerecht beglichen. Für Rückfragen wenden Sie sich bitte direkt an
unsere Kreditorenbuchhaltung.

Wir danken für Ihr Verständnis.

Mit freundlichen Grüßen
i. A. Birgit Lorenz
Hanse Saaten GmbH'''), refs=r.id),
  'client_reply', 'de', intent='stop', inv='RE-2026-4471', nh=True, omid=r.id))

r = REM['de-r4']
A(M('antwort_rieser_nicht_bis_freitag', msg(('Buchhaltung Rieser Mühlenwerke', 'buchhaltung@rieser-muehle.de'), BOT, 'AW: ' + r.subject, D('2026-11-20 16:45', TZ), T(
'''Sehr geehrte Frau Vogelsang,

leider können wir die Rechnung RE-2026-4356 NICHT wie telefonisch zugesagt bis heute begleichen. Unsere
Hausbank hat den Kontokorrentrahmen noch nicht verlängert. Wir melden uns, sobald wir Näheres wissen.

Mit freundlichen Grüßen
Buchhaltung Rieser Mühlenwerke KG

''' + oq(r)), irt=r.id, refs=r.id),
  'client_reply', 'de', intent='other', inv='RE-2026-4356', nh=True, omid=r.id, note='broken promise, no new date'))

r = REM['de-r2']
A(M('antwort_allgaeu_gf_ende_monat', msg(('Xaver Huber', 'x.huber@allgaeuer-gruenland.de'), BOT, 'AW: ' + r.subject, D('2026-11-13 11:02', TZ), T(
'''Grüß Gott,

Ihre Erinnerung hat mir unsere Zentrale weitergeleitet - die Adresse buchhaltung@ gibt es nicht mehr, bitte
schreiben Sie an mich. Unser Geschäftsführer hat mir gerade gesagt, dass die beiden offenen Rechnungen bis
Ende des Monats überwiesen werden.

Xaver Huber
Allgäuer Grünland eG

''' + oq(r)), irt=r.id, refs=r.id),
  'client_reply', 'de', intent='promise', inv='RE-2026-4398;RE-2026-4412', promised='2026-11-30', omid=r.id,
  note='relayed promise; end of month -> Mon 30 Nov'))

r = REM['de-r7']
A(M('antwort_ofp_bedingt_ohne_datum', msg(C['ostfries'], BOT, 'AW: ' + r.subject, D('2026-11-27 14:30', TZ), T(
'''Hallo,

wir zahlen, sobald die Auszahlung unserer Ernteversicherung eingegangen ist. Wann das sein wird, kann ich
Ihnen leider noch nicht sagen.

Hauke Janssen

''' + oq(r)), irt=r.id, refs=r.id),
  'client_reply', 'de', intent='other', inv='RE-2026-4433', nh=True, omid=r.id, note='conditional without a day: not a promise'))

r = REM['de-r10']
A(M('weiterleitung_lippe_intern', msg(C['kwsx'], [('Martin Röhrs', 'm.roehrs@lippe-landhandel.de')], 'WG: ' + r.subject, D('2026-12-04 09:12', TZ), T(
'''Hallo Martin,

kannst du die Rechnung bitte sachlich prüfen und freigeben? Ist die vom Labor in Hannover.

Danke und Gruß
Petra (Rechnungseingang)

''' + oq(r)), irt=r.id, refs=r.id, cc=[BOT]),
  'client_reply', 'de', intent='other', inv='RE-2026-4510', omid=r.id, note='internal forward at client, bot in Cc'))

r = REM['de-r6']
A(M('antwort_marchfeld_erhalten', msg(('Office Marchfeld Gemüse', 'office@marchfeld-gemuese.at'), BOT, 'AW: ' + r.subject, D('2026-11-26 08:44', TZ), T(
'Danke, ist angekommen.\n\nLG\nOffice Marchfeld Gemüse GmbH\n\n' + oq(r)), irt=r.id, refs=r.id),
  'client_reply', 'de', intent='other', inv='RE-2026-4489', omid=r.id, note='bare receipt confirmation'))

A(M('antwort_marchfeld_nur_xml', msg(('Office Marchfeld Gemüse', 'office@marchfeld-gemuese.at'), BOT, 'AW: ' + r.subject, D('2026-12-02 13:20', TZ), T(
'''Guten Tag,

wir haben nur eine XML-Datei erhalten, die unser System nicht lesen kann. Könnten Sie uns die Rechnung
RE-2026-4489 bitte noch einmal als PDF schicken? Und bis wann genau ist sie zahlbar?

Danke und liebe Grüße
Office Marchfeld Gemüse GmbH'''), irt=r.id, refs=r.id),
  'client_reply', 'de', intent='question', inv='RE-2026-4489', nh=True, omid=r.id))

# ---------------- Sonstiges ----------------
A(M('mitarbeiter_erinnert_rieser', msg(S['je'], ('Buchhaltung Rieser Mühlenwerke', 'buchhaltung@rieser-muehle.de'), 'Offene Rechnung RE-2026-4356',
    D('2026-12-07 10:05', TZ), T(
'''Guten Morgen,

ich wollte mich kurz persönlich wegen der Rechnung RE-2026-4356 (2.618,00 EUR) melden, die seit Ende Oktober
offen ist. Gibt es inzwischen Neuigkeiten von Ihrer Bank? Ein kurzer Rückruf genügt: 0511 555 38-24.

Beste Grüße
Jörg Ehlers'''), cc=[BOT]),
  'other', 'de', inv='RE-2026-4356', note='staff chasing by hand'))

A(M('intern_gutschrift_boerde', msg(S['kv'], S['ms'], 'Gutschrift Börde?', D('2026-12-03 16:55', TZ), T(
'''Hi Miriam,

hast du die Gutschrift für Börde Zucht (Nachtest Juli) schon gebucht? Sonst stimmt der Saldo nicht, wenn
Herr Ehlers nächste Woche mit denen spricht.

LG Katrin'''), cc=[BOT]),
  'other', 'de', nh=True, note='staff among themselves, bot in Cc'))

A(M('spam_domain_ablauf', msg(('Domain-Service Deutschland', 'service@domainverlaengerung-de.com'), BOT, 'Letzte Mahnung: Ihre Domain brightwater-seedlab.com läuft ab',
    D('2026-11-19 04:12', TZ), H(
'''<html><body><p>Sehr geehrter Domaininhaber,</p><p>Ihre Domain <b>brightwater-seedlab.com</b> läuft am 21.11.2026 ab.
Zur Verlängerung überweisen Sie bitte <b>289,00 EUR</b> innerhalb von 48 Stunden, sonst wird die Domain freigegeben.</p>
<p><a href="http://domainverlaengerung-de.com/pay">Jetzt verlängern</a></p></body></html>''', 'windows-1252', 'base64'),
    ar=auth('domainverlaengerung-de.com', spf='softfail', dkim='none', dmarc='none')),
  'other', 'de', nh=True, note='scam demanding money; not a payment nor an invoice of ours'))

A(M('einladung_feldtage', msg(('DLG-Feldtage Ausstellerservice', 'aussteller@feldtage-info.de'), BOT, 'Einladung: Aussteller werden auf den Feldtagen 2027',
    D('2026-12-08 08:00', TZ), ALT(T('Sehr geehrte Damen und Herren,\n\nwir laden Sie herzlich ein, sich als Aussteller auf den Feldtagen 2027 zu präsentieren. Frühbucherrabatt bis 31.01.2027.\n\nAbmelden: https://feldtage-info.de/abmelden\n'),
    H('<p>Wir laden Sie herzlich ein, sich als Aussteller auf den <b>Feldtagen 2027</b> zu präsentieren.</p>')),
    extra=['List-Unsubscribe: <https://feldtage-info.de/abmelden>', 'Precedence: bulk']),
  'other', 'de', nh=True))

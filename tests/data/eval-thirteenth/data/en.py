"""English desk: Brightwater Seed Laboratories Ltd (Cambridge, UK)."""
from common import *  # noqa: F401,F403
from lib import M, ubl, pdf, ATT, T, H, ALT, MIX, msg, D, BOT, MX, auth, RFC822, RHDRS, DS, REPORT
from world import REM, CLIENTS, STAFF, NOTIFIERS, gq, oq, EXTRA_CONTACTS, bot_raw

S = {k: v for k, v in zip(['hq', 'ta', 'pr'], STAFF['en'])}
C = {k: (v[1], v[2]) for k, v in CLIENTS['en'].items()}
SIG_HQ = '\n\nKind regards,\n\nHarriet Quayle\nCredit Control & Billing\nBrightwater Seed Laboratories Ltd\n3 Babraham Road, Cambridge CB22 3AT\nT +44 1223 555 0142'
MSGS = []
A = MSGS.append

# ---------------- invoice copies ----------------
A(M('inv_hartley_germination', msg(S['hq'], C['hartley'], 'Invoice BSL-UK-26-0940 - germination testing, lots HG-2291 to HG-2297',
    D('2026-11-03 10:12'), T(
'''Dear Sandra,

Please find below the details of our invoice for the germination tests completed last week.

Invoice number:  BSL-UK-26-0940
Invoice date:    3 November 2026
Customer ref:    PO 77312

7 x ISTA germination test (winter wheat), GBP 295.00 each   2,065.00
VAT @ 20%                                                      413.00
Total payable                                           GBP 2,478.00

Terms: 30 days net. Our bank details are on the attached remittance slip
(Fenbridge Bank plc, sort code 40-52-17, account 61432987).

The ISTA certificates were e-mailed separately by the lab this morning.''' + SIG_HQ), cc=[('Accounts Receivable', BOT)]),
  'invoice_copy', 'en', inv='BSL-UK-26-0940', amount='2478.00', cur='GBP', issue='2026-11-03', due='2026-12-03', terms=30))

_p = pdf(['Brightwater Seed Laboratories Ltd', '3 Babraham Road, Cambridge CB22 3AT   VAT GB 318 4471 09', '',
          'TAX INVOICE   No. BSL-UK-26-0942', 'Invoice date: 04/11/2026', 'Bill to: Oakridge Seeds plc, Purchase Ledger',
          '', 'Purity analysis (ISTA Ch. 3), 20 samples             4,100.00', 'Other-species count, 20 samples                      1,200.00',
          'Subtotal                                              5,300.00', 'VAT 20%                                               1,060.00',
          'Invoice total                                     GBP 6,360.00', 'Less: advance paid 12/10/2026 (BSL-UK-26-0901)  - 2,000.00',
          'BALANCE DUE                                       GBP 4,360.00', '', 'Payment terms: 14 days from invoice date.',
          'Fenbridge Bank plc  Sort code 40-52-17  Acc 61432987'], 'BSL-UK-26-0942')
A(M('inv_oakridge_pdf_only_advance', msg(S['ta'], C['oakridge'], 'Brightwater invoice BSL-UK-26-0942',
    D('2026-11-04 16:40'), MIX(T('Hi Julie,\n\nInvoice attached for the purity work on your spring barley lots.\n\nCheers,\nTom\n\n--\nTom Ashdown | Lab Operations Manager\nBrightwater Seed Laboratories Ltd\n'),
    ATT(_p, 'application/pdf', 'BSL-UK-26-0942.pdf')), cc=[('AR', BOT)]),
  'invoice_copy', 'en', inv='BSL-UK-26-0942', amount='4360.00', cur='GBP', issue='2026-11-04', due='2026-11-18', terms=14,
  note='figures only in PDF; total 6360 minus advance 2000'))

A(M('inv_glenmoray_bcc_html_cp1252', msg(S['pr'], C['glenmoray'], 'Invoice BSL-UK-26-0947 \u2013 PCR virus screening',
    D('2026-11-10 11:03'), H(
'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body style="font-family:Calibri">
<p>Dear Alasdair,</p>
<p>Please find our invoice for the PVY/PLRV PCR screening of your seed potato stocks (lab ref. GP-26-114).</p>
<table border="1" cellpadding="4">
<tr><td>Invoice no.</td><td><b>BSL-UK-26-0947</b></td></tr>
<tr><td>Date</td><td>10 November 2026</td></tr>
<tr><td>PCR screening, 12 composite samples @ \u00a380.42</td><td>\u00a3965.00</td></tr>
<tr><td>VAT 20%</td><td>\u00a3193.00</td></tr>
<tr><td><b>Total due</b></td><td><b>\u00a31,158.00</b></td></tr>
</table>
<p>Payment terms: end of the month following the invoice date.</p>
<p>Many thanks \u2013 Priya</p>
<p style="color:#666">Priya Raman &middot; Client Services &middot; Brightwater Seed Laboratories Ltd</p>
</body></html>''', 'windows-1252', 'quoted-printable'), delivered=True),
  'invoice_copy', 'en', inv='BSL-UK-26-0947', amount='1158.00', cur='GBP', issue='2026-11-10', due='2026-12-31',
  note='Bcc only (Delivered-To); html only windows-1252'))

_u = ubl('BSL-UK-26-0951', '2026-11-12', '2026-12-12', 'Brightwater Seed Laboratories Ltd', 'Verdant Agritech B.V.',
         '7840.00', '0.00', '7840.00', 'EUR', note='Reverse charge - Article 196 Council Directive 2006/112/EC')
A(M('inv_verdant_eur_peppol', msg(S['hq'], C['verdant'], 'Invoice BSL-UK-26-0951 (EUR) - GMO screening Q4',
    D('2026-11-12 09:20'), MIX(T(
'''Dear Ms de Wit,

As requested, the invoice for the Q4 GMO screening programme is attached as a Peppol BIS 3.0 file and will
also reach you through your Peppol access point.

  Invoice:   BSL-UK-26-0951 of 12 November 2026
  Amount:    EUR 7,840.00 (reverse charge, no UK VAT)
  Due date:  12 December 2026 (30 days)

For information only: at today's rate this is approximately GBP 6,820.80. Please pay the EUR amount to
our EUR account IBAN GB71 FENB 4052 1770 0012 34, BIC FENBGB2L.''' + SIG_HQ),
    ATT(_u, 'application/xml', 'BSL-UK-26-0951_peppol.xml')), cc=[BOT]),
  'invoice_copy', 'en', inv='BSL-UK-26-0951', amount='7840.00', cur='EUR', issue='2026-11-12', due='2026-12-12', terms=30,
  note='GBP equivalent for information only'))

A(M('inv_prairie_stage_payment_usd', msg(S['ta'], C['prairie'], 'Field trial programme 2026/27 - stage 2 invoice BSL-UK-26-0953',
    D('2026-11-16 15:55'), T(
'''Hi Kevin,

Hope the harvest wrapped up well over there.

Attached and below is the stage 2 invoice for the multi-site field trial programme (contract FT-2026-07).

  Contract value (4 stages):            USD 48,000.00
  Stage 1 (invoiced Sept, paid):        USD 12,000.00
  Stage 2 - trial establishment, 25%:   USD 12,000.00   <- this invoice, BSL-UK-26-0953
  Remaining after this invoice:         USD 24,000.00

Export of services, zero-rated. Payment is due on receipt, by wire to our USD account
(IBAN GB29 FENB 4052 1780 0056 78, SWIFT FENBGB2L).

Best,
Tom Ashdown
Brightwater Seed Laboratories Ltd'''), cc=[('Brightwater AR', BOT), S['hq']]),
  'invoice_copy', 'en', inv='BSL-UK-26-0953', amount='12000.00', cur='USD', issue='2026-11-16', due='2026-11-16',
  note='contract value vs stage; due on receipt'))

A(M('inv_fenland_two_invoices', msg(S['hq'], C['fenland'], 'Invoices BSL-UK-26-0955 and BSL-UK-26-0956',
    D('2026-11-18 12:30'), T(
'''Hello Mark,

Two invoices this time, as the tetrazolium tests were ordered on a separate PO:

  BSL-UK-26-0955  (PO FGC-4410)  germination, 6 lots     GBP 1,290.00 incl. VAT
  BSL-UK-26-0956  (PO FGC-4418)  TZ viability, 4 lots    GBP   834.00 incl. VAT

Both dated 18 November 2026, payable within 30 days.

We still show BSL-UK-26-0844 and -0859 as open from October; a separate reminder has gone to your
ledger team.''' + SIG_HQ), cc=[BOT]),
  'invoice_copy', 'en', inv='BSL-UK-26-0955;BSL-UK-26-0956', amount='2124.00', cur='GBP', issue='2026-11-18', due='2026-12-18',
  terms=30, nh=True, note='two invoices; older open invoices mentioned but not invoiced here'))

A(M('inv_tullow_credit_netted', msg(S['pr'], C['tullow'], 'Invoice BSL-UK-26-0960 and credit note CN-26-014',
    D('2026-11-24 10:05'), T(
'''Dear Niamh,

Please find the invoice for the November seed health tests. As agreed on the phone, we have netted
the credit note for the duplicated Fusarium test against it.

  Invoice BSL-UK-26-0960                 EUR 3,100.00
  Credit note CN-26-014                  EUR  -420.00
  Amount to pay                          EUR 2,680.00

Payment terms are 30 days from receipt of the invoice.

Kind regards,
Priya Raman
Brightwater Seed Laboratories Ltd'''), cc=[BOT]),
  'invoice_copy', 'en', inv='BSL-UK-26-0960', amount='2680.00', cur='EUR', issue='2026-11-24', terms=30, nh=True,
  note='credit note netted; terms from receipt -> no due date'))

A(M('inv_riftvalley_base64_old_balance', msg(S['hq'], C['nairobi'], 'Invoice BSL-UK-26-0966 / statement of account',
    D('2026-12-01 08:15'), T(
'''Dear Grace,

Please find our new invoice BSL-UK-26-0966 dated 1 December 2026 for the phytosanitary pre-export
testing of your bean consignment (lots RV-88 to RV-91):

    Amount: USD 2,150.00
    Terms:  net 21 days

Statement of account for your information:
    BSL-UK-26-0826  (due 21 Nov 2026)   USD 5,075.00   overdue
    BSL-UK-26-0966  (due 22 Dec 2026)   USD 2,150.00
    Total balance                       USD 7,225.00

Asante sana,
Harriet Quayle
Brightwater Seed Laboratories Ltd''', cte='base64'), cc=[BOT]),
  'invoice_copy', 'en', inv='BSL-UK-26-0966', amount='2150.00', cur='USD', issue='2026-12-01', due='2026-12-22', terms=21,
  note='statement total must not be taken'))

# ---------------- read receipts ----------------
r = REM['en-r1']
A(M('mdn_hartley_outlook', mdn(r, C['hartley'], D('2026-11-23 08:47'), subject='Read: ' + r.subject,
    human=f'Your message\n\n  To: {C["hartley"][0]}\n  Subject: {r.subject}\n  Sent: 17/11/2026 09:05\n\nwas read on 23/11/2026 08:47.\n'),
  'read_receipt', 'en', inv='BSL-UK-26-0871', omid=r.id))

r = REM['en-r3']
A(M('read_oakridge_nonstandard', msg(('Accounts Payable - Oakridge Seeds', 'accounts.payable@oakridgeseeds.com'), BOT, 'Read: ' + r.subject, D('2026-11-27 13:02'), T(
f'''Your message

  To: purchase.ledger@oakridgeseeds.com
  Subject: {r.subject}
  Sent: Friday, November 27, 2026 10:00:41 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on Friday, November 27, 2026 1:02:10 PM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.'''), refs=r.id, irt=r.id,
    extra=['Thread-Topic: ' + r.subject, 'X-MS-Has-Attach:']),
  'read_receipt', 'en', inv='BSL-UK-26-0903', omid=r.id, note='non-standard Outlook read notice, no MDN part; read in the successor mailbox the old one redirects to'))

r = REM['en-r6']
A(M('mdn_glenmoray_deleted_unread', mdn(r, C['glenmoray'], D('2026-11-24 08:02'), subject='Not read: ' + r.subject,
    disposition='manual-action/MDN-sent-manually; deleted', ua='Microsoft Exchange Server 2019',
    human=f'Your message\n\n  To: {C["glenmoray"][0]}\n  Subject: {r.subject}\n  Sent: 23/11/2026 09:00\n\nwas deleted without being read on 24/11/2026 08:02.\n'),
  'read_receipt', 'en', inv='BSL-UK-26-0918', omid=r.id, nh=True))

# ---------------- bounces ----------------
r = REM['en-r2']
EXTRA_CONTACTS.append('m.duffy@fenlandgrowers.coop')
A(M('dsn_fenland_postfix_cc_unknown', dsn(r, 'm.duffy@fenlandgrowers.coop', status='5.1.1', remote='mx.fenlandgrowers.coop',
    diag='550 5.1.1 <m.duffy@fenlandgrowers.coop>: Recipient address rejected: User unknown in virtual mailbox table',
    date=D('2026-11-13 09:10'), extra_rcpt=['ap@fenlandgrowers.coop'], human=
'''This is the mail system at host mx1.brightwater-seedlab.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.duffy@fenlandgrowers.coop>: host mx.fenlandgrowers.coop[81.2.69.142] said:
    550 5.1.1 <m.duffy@fenlandgrowers.coop>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
'''), 'bounce', 'en', inv='BSL-UK-26-0844;BSL-UK-26-0859', failed='m.duffy@fenlandgrowers.coop', perm=True,
  reason='user_unknown', omid=r.id, note='one of two recipients failed (Cc); To delivered'))

r = REM['en-r11']
A(M('ndr_prairie_m365_quota', dsn(r, 'ap@prairiesunseeds.com', status='5.2.2', remote='prairiesunseeds-com.mail.protection.outlook.com',
    diag='554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded',
    date=D('2026-12-06 14:03'), attach='headers', envid=False, reporting='DM6PR11MB4203.namprd11.prod.outlook.com',
    frm=('Microsoft Outlook', 'postmaster@prairiesunseeds.onmicrosoft.com'), subject='Undeliverable: ' + r.subject,
    auth_line=auth('prairiesunseeds.onmicrosoft.com'), human=
'''Delivery has failed to these recipients or groups:

ap@prairiesunseeds.com (ap@prairiesunseeds.com)
The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.
We gave up retrying after 48 hours.

Diagnostic information for administrators:

Generating server: DM6PR11MB4203.namprd11.prod.outlook.com

ap@prairiesunseeds.com
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception'
'''), 'bounce', 'en', inv='BSL-UK-26-0812', failed='ap@prairiesunseeds.com', perm=True, reason='mailbox_full', omid=r.id))

r = REM['en-r8']
A(M('dsn_riftvalley_gmail_delay', dsn(r, 'payables@riftvalleyhort.co.ke', status='4.4.1', action='delayed', remote='mail.riftvalleyhort.co.ke',
    diag='421 4.4.1 Connection timed out', date=D('2026-11-26 11:52'), attach='headers', envid=False,
    will_retry='Sat, 28 Nov 2026 07:40:12 +0000', subject='Delivery Status Notification (Delay)',
    frm=('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), reporting='mail-sor-f41.google.com',
    auth_line=auth('googlemail.com'), human=
'''** Message not delivered yet **

There was a temporary problem delivering your message to payables@riftvalleyhort.co.ke. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.

The response was:
The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720
[mail.riftvalleyhort.co.ke. 196.201.214.90: timed out]
'''), 'bounce', 'en', inv='BSL-UK-26-0826', failed='payables@riftvalleyhort.co.ke', perm=False, omid=r.id,
  note='delay warning relayed through Google smarthost'))

r = REM['en-r12']
_exim = f'''This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  comptabilite@semences-rhone.fr
    host mx1.semences-rhone.fr [92.103.44.17]
    SMTP error from remote mail server after end of data:
    550 5.7.1 Refuse : cette adresse n'accepte que les factures electroniques (Chorus Pro / PDP). Courriels non acceptes - only e-invoices accepted

------ This is a copy of the message, including all the headers. ------

Return-path: <{BOT}>
''' + bot_raw(r)
A(M('exim_lyon_einvoice_only', msg(('Mail Delivery System', 'Mailer-Daemon@mx1.brightwater-seedlab.com'), BOT,
    'Mail delivery failed: returning message to sender', D('2026-12-09 08:01'), T(_exim),
    ar=f'{MX};\n\tspf=none smtp.helo=mx1.brightwater-seedlab.com;\n\tdkim=none;\n\tdmarc=none', rcvd=False,
    extra=['X-Failed-Recipients: comptabilite@semences-rhone.fr', 'Auto-Submitted: auto-replied']),
  'bounce', 'en', inv='BSL-UK-26-0865', failed='comptabilite@semences-rhone.fr', perm=True, reason='policy', omid=r.id,
  note='Exim non-MIME bounce, French diagnostic'))

r = REM['en-r9']
EXTRA_CONTACTS.append('accounts@cotswoldheritage.co.uk')
_q = f'''Hi. This is the qmail-send program at mail.cotswoldheritage.co.uk.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<accounts@cotswoldheritage.co.uk>:
Remote host said: 552 5.7.0 Message content rejected: classified as SPAM (score 9.4, BAYES_99, URI_PHISH)

--- Below this line is a copy of the message.

Return-Path: <{BOT}>
Received: (qmail 28174 invoked from network); 1 Dec 2026 09:00:44 -0000
''' + bot_raw(r).split('\n\n', 1)[0] + '\n\n' + r.body()[:300]
A(M('qmail_cotswold_spam', msg(('MAILER-DAEMON', 'MAILER-DAEMON@mail.cotswoldheritage.co.uk'), BOT, 'failure notice',
    D('2026-12-01 09:01'), T(_q), ar=f'{MX};\n\tspf=pass smtp.mailfrom=mail.cotswoldheritage.co.uk;\n\tdkim=none;\n\tdmarc=none'),
  'bounce', 'en', inv='BSL-UK-26-0931', failed='accounts@cotswoldheritage.co.uk', perm=True, reason='spam', omid=r.id, note='Cc mailbox with its own content filter; ben@ got it (Boxbe)'))

# ---------------- auto replies ----------------
r = REM['en-r1']
A(M('ooo_hartley_until_friday', msg(C['hartley'], BOT, 'Automatic reply: ' + r.subject, D('2026-11-17 09:06'), T(
'''Thank you for your email.

I am out of the office until Friday 20 November with limited access to email. For anything urgent
regarding supplier payments please contact our finance team on 01480 555 210.

Kind regards,
Sandra Pike
Hartley Grain Merchants Ltd'''), irt=r.id, refs=r.id, extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All']),
  'auto_reply', 'en', inv='BSL-UK-26-0871', ret='2026-11-23', omid=r.id, note='until Friday 20 -> back Monday 23'))

r = REM['en-r4']
A(M('ooo_verdant_dutch_noheaders', msg(('Sanne de Wit', 'crediteuren@verdant-agritech.nl'), BOT, 'Afwezig: ' + r.subject,
    D('2026-11-09 08:31', '+0100'), T(
'''Beste afzender,

Ik ben afwezig tot en met vrijdag 13 november. Vanaf maandag 16 november ben ik weer bereikbaar.
Voor dringende zaken kunt u contact opnemen met onze administratie via administratie@verdant-agritech.nl.

Met vriendelijke groet,
Sanne de Wit
Verdant Agritech B.V. | Wageningen'''), irt=r.id),
  'auto_reply', 'en', inv='BSL-UK-26-0790', ret='2026-11-16', omid=r.id, note='Dutch text, desk language label; no Auto-Submitted header'))

r = REM['en-r10']
A(M('ooo_lyon_french', msg(C['lyon'], BOT, 'R\u00e9ponse automatique : ' + r.subject, D('2026-12-02 10:00', '+0100'), T(
'''Bonjour,

Je suis absente du lundi 30 novembre au vendredi 4 d\u00e9cembre inclus. Retour au bureau le lundi 7 d\u00e9cembre.
En cas d'urgence, merci de contacter M. Laurent Girard (l.girard@semences-rhone.fr).

Cordialement,
Claire Morel
Service comptabilit\u00e9 - Semences du Rh\u00f4ne SAS''', 'iso-8859-1'), irt=r.id, refs=r.id,
    extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'Precedence: bulk']),
  'auto_reply', 'en', inv='BSL-UK-26-0865', ret='2026-12-07', omid=r.id))

r = REM['en-r3']
A(M('left_oakridge', msg(C['oakridge'], BOT, 'Automatic reply: ' + r.subject, D('2026-11-27 10:01'), T(
'''Julie Bannister has left Oakridge Seeds plc and this mailbox is no longer monitored.

Supplier invoices and statements should now be sent to accounts.payable@oakridgeseeds.com.
For queries please call the finance helpdesk on 01733 555 900.

This is an automated message.'''), irt=r.id, refs=r.id, extra=['Auto-Submitted: auto-replied']),
  'auto_reply', 'en', inv='BSL-UK-26-0903', omid=r.id, nh=True, note='left-company notice with new address'))

r = REM['en-r5']
A(M('ooo_prairie_us_date', msg(C['prairie'], BOT, 'Out of Office: ' + r.subject, D('2026-11-20 08:01', '-0600'), T(
'''Hi there - I'm out of the office for Thanksgiving and returning 12/1. Wires and check runs are paused
until then. If this is urgent, reach out to Denise at dmalone@prairiesunseeds.com.

Kevin Olsen | Accounts Payable | Prairie Sun Seeds Inc. | Fargo, ND'''), irt=r.id, refs=r.id,
    extra=['X-Autoreply: yes', 'Precedence: auto_reply']),
  'auto_reply', 'en', inv='BSL-UK-26-0812', ret='2026-12-01', omid=r.id, note='US m/d date'))

# ---------------- challenge ----------------
r = REM['en-r9']
A(M('boxbe_cotswold', msg(('Ben Carver via Boxbe', 'notifications@boxbe.com'), BOT, 'Request to join Ben Carver\'s Guest List',
    D('2026-12-01 09:02'), ALT(T(
f'''Hello {BOT},

Your message "{r.subject}" to ben@cotswoldheritage.co.uk is waiting
for delivery. Ben Carver uses Boxbe to make sure only trusted contacts reach the inbox.

Please verify that you are a real person by clicking the link below. You only have to do this once.

  https://www.boxbe.com/anno?tc=2964418832_190322771&key=Tq2Z6x&c=1

If you do not verify within 7 days your message will be deleted.

Boxbe | 2390 Chestnut Street #201, San Francisco, CA 94123'''), H('<p>Your message to ben@cotswoldheritage.co.uk is waiting. <a href="https://www.boxbe.com/anno?tc=2964418832_190322771">Verify me</a></p>')),
    irt=r.id, extra=['Auto-Submitted: auto-replied']),
  'challenge', 'en', inv='BSL-UK-26-0931', nh=True, omid=r.id))

# ---------------- payments ----------------
A(M('bank_fps_hartley', msg(('Fenbridge Bank Business', NOTIFIERS['en']['bank']), BOT, 'Credit received - Faster Payment',
    D('2026-11-19 14:22'), T(
'''Fenbridge Bank Business Online - payment notification

A payment has been credited to your account.

Account:            BRIGHTWATER SEED LABS LTD  40-52-17  ****2987
Payment type:       Faster Payments (inbound)
Amount:             GBP 4,212.00
Value date:         19/11/2026
Payer name:         HARTLEY GRAIN MERCH
Payer reference:    BSL-UK-26-0871
FPS ID:             FP26323HGM0041772

Please do not reply to this email. Log on to Business Online to view your full statement.''')),
  'payment_confirmation', 'en', inv='BSL-UK-26-0871', amount='4212.00', cur='GBP', pdate='2026-11-19', pfull=True))

A(M('gocardless_fenland_split', msg(('GoCardless', NOTIFIERS['en']['psp']), BOT, 'Payment confirmed: Fenland Growers Co-operative - \u00a37,930.80',
    D('2026-11-30 06:12'), ALT(T(
'''Hi Brightwater Seed Laboratories,

A payment from Fenland Growers Co-operative has been confirmed.

  Amount:        £7,930.80
  Charge date:   26 November 2026
  Reference:     BSL-UK-26-0844 5118.00 / BSL-UK-26-0859 2812.80
  Payment ID:    PM01HZ7QK3T9XW

This payment will be included in payout PO0009KXR2 (£7,896.40 after GoCardless fees) arriving on 30 November 2026.

The GoCardless team'''), H('<p>A payment from <b>Fenland Growers Co-operative</b> has been confirmed: <b>&pound;7,930.80</b>, charged 26 November 2026.</p><p>Reference: BSL-UK-26-0844 5118.00 / BSL-UK-26-0859 2812.80</p><p>Payout (after fees): &pound;7,896.40 on 30 November 2026.</p>'))),
  'payment_confirmation', 'en', inv='BSL-UK-26-0844;BSL-UK-26-0859', amount='7930.80', cur='GBP', pdate='2026-11-26', pfull=True,
  alloc='BSL-UK-26-0844=5118.00;BSL-UK-26-0859=2812.80', note='payout after fees is not the amount'))

A(M('swift_mt103_riftvalley_partial', msg(('Fenbridge Bank - Trade & Payments', NOTIFIERS['en']['bank']), BOT, 'Incoming SWIFT payment advice - MT103',
    D('2026-12-03 10:41'), MIX(T('Please find attached the advice of an incoming international payment to your account 40-52-17 ****5678 (USD).\n\nFenbridge Bank plc\n'),
    ATT('''{1:F01FENBGB2LAXXX0000000000}{2:O1031015261203KCBLKENXAXXX00000000002612031015N}{4:
:20:KCB26120300417
:23B:CRED
:32A:261203USD2985,00
:33B:USD3000,00
:50K:/1104482219
RIFT VALLEY HORTICULTURE LTD
NAIVASHA, KENYA
:59:/GB29FENB40521780005678
BRIGHTWATER SEED LABORATORIES LTD
:70:PART PAYMENT INV BSL-UK-26-0826
:71A:SHA
:71F:USD15,00
-}''', 'text/plain', 'MT103_KCB26120300417.txt'))),
  'payment_confirmation', 'en', inv='BSL-UK-26-0826', amount='3000.00', cur='USD', pdate='2026-12-03', pfull=False,
  note='partial; 33B instructed 3000, 32A after fees 2985'))

_camt = '''<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
 <BkToCstmrDbtCdtNtfctn>
  <GrpHdr><MsgId>FENB-054-26120411</MsgId><CreDtTm>2026-12-04T11:02:00</CreDtTm></GrpHdr>
  <Ntfctn>
   <Id>N-8832</Id>
   <Acct><Id><IBAN>GB71FENB40521770001234</IBAN></Id><Ccy>EUR</Ccy></Acct>
   <Ntry>
    <Amt Ccy="EUR">2340.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
    <BookgDt><Dt>2026-12-04</Dt></BookgDt><ValDt><Dt>2026-12-04</Dt></ValDt>
    <NtryDtls><TxDtls>
     <RltdPties><Dbtr><Pty><Nm>TULLOW TILLAGE LTD</Nm></Pty></Dbtr></RltdPties>
     <RmtInf><Ustrd>PAYMENT NOVEMBER</Ustrd></RmtInf>
    </TxDtls></NtryDtls>
   </Ntry>
  </Ntfctn>
 </BkToCstmrDbtCdtNtfctn>
</Document>
'''
A(M('camt054_tullow_noref', msg(('Fenbridge Bank Business', NOTIFIERS['en']['bank']), BOT, 'Credit notification (camt.054) - EUR account',
    D('2026-12-04 11:03'), MIX(T('Your camt.054 credit notification for account ****1234 (EUR) is attached.\n'),
    ATT(_camt, 'application/xml', 'camt054_20261204.xml'))),
  'payment_confirmation', 'en', amount='2340.00', cur='EUR', pdate='2026-12-04', nh=True,
  note='no invoice reference although amount equals BSL-UK-26-0777'))

A(M('forged_bank_oakridge', msg(('Fenbridge Bank', 'payments-noreply@fenbridgebank-secure.co'), BOT, 'Credit received - CHAPS',
    D('2026-12-01 07:58'), T(
'''Fenbridge Bank Business Online - payment notification

Amount:          GBP 12,480.00
Value date:      30/11/2026
Payer name:      OAKRIDGE SEEDS PLC
Payer reference: BSL-UK-26-0903

To release the funds, confirm your online banking credentials within 24 hours:
https://fenbridgebank-secure.co/release?id=99281'''),
    ar=auth('fenbridgebank-secure.co', spf='pass', dkim='none', dmarc='none')),
  'payment_confirmation', 'en', inv='BSL-UK-26-0903', amount='12480.00', cur='GBP', pdate='2026-11-30', nh=True,
  note='look-alike domain phishing; not a configured notifier'))

# ---------------- client replies ----------------
r = REM['en-r1']
A(M('reply_hartley_paid', msg(C['hartley'], BOT, 'Re: ' + r.subject, D('2026-11-23 09:41'), T(
'Morning,\n\nThis went out on 19 November by Faster Payment, GBP 4,212.00, reference BSL-UK-26-0871. It should be with you already.\n\nRegards\nSandra\n\n' + gq(r)),
    irt=r.id, refs=r.id), 'client_reply', 'en', intent='paid', inv='BSL-UK-26-0871', amount='4212.00', cur='GBP', nh=True, omid=r.id))

r = REM['en-r2']
A(M('reply_fenland_promise_toppost', msg(C['fenland'], BOT, 'RE: ' + r.subject, D('2026-11-16 16:20'), T(
'''Hi,

Apologies - both invoices were held because the PO numbers did not match. That's sorted now and they're
scheduled in our payment run on Friday 27th November.

Mark Duffy
Purchase Ledger | Fenland Growers Co-operative
Tel 01354 555 300

''' + oq(r)), irt=r.id, refs=r.id),
  'client_reply', 'en', intent='promise', inv='BSL-UK-26-0844;BSL-UK-26-0859', promised='2026-11-27', omid=r.id))

r = REM['en-r3']
A(M('reply_oakridge_not_by_30th', msg(('Accounts Payable - Oakridge Seeds', 'accounts.payable@oakridgeseeds.com'), BOT, 'RE: ' + r.subject,
    D('2026-11-27 15:12'), T(
'''Hello,

Julie's mail was passed to us. I'm afraid we will NOT be able to pay BSL-UK-26-0903 by the 30th - the
goods receipt was only booked today. It will go in the next payment run, which is Friday 11 December.

Regards,
Paul Whitcombe
Accounts Payable, Oakridge Seeds plc

''' + oq(r)), irt=r.id, refs=r.id),
  'client_reply', 'en', intent='promise', inv='BSL-UK-26-0903', promised='2026-12-11', omid=r.id,
  note='negated old date, new firm date; sender is a new AP address of the same debtor'))

r = REM['en-r4']
A(M('reply_verdant_dispute_quantity', msg(C['verdant'], BOT, 'RE: ' + r.subject, D('2026-11-17 10:05', '+0100'), T(
'''Dear Sir/Madam,

We cannot approve invoice BSL-UK-26-0790. It charges 24 germination tests, but our submission form
(ref VA-SUB-0918) lists only 18 samples. Please send a corrected invoice for 18 tests; until then we
will keep the invoice on hold.

Kind regards,
Sanne de Wit
Verdant Agritech B.V.

''' + oq(r)), irt=r.id, refs=r.id),
  'client_reply', 'en', intent='dispute', inv='BSL-UK-26-0790', nh=True, omid=r.id))

r = REM['en-r5']
A(M('reply_prairie_cfo_next_week', msg(('Denise Malone', 'dmalone@prairiesunseeds.com'), BOT, 'RE: ' + r.subject, D('2026-11-20 09:30', '-0600'), T(
'''Hello,

Kevin is out this week so I'm covering. I checked with our CFO and he says the wire for BSL-UK-26-0812
will go out next week.

Thanks for your patience,
Denise Malone
Prairie Sun Seeds Inc.

''' + gq(r)), irt=r.id, refs=r.id, cc=[C['prairie']]),
  'client_reply', 'en', intent='promise', inv='BSL-UK-26-0812', promised='2026-11-27', omid=r.id,
  note='relayed promise; next week written Fri 20 Nov -> Fri 27 Nov'))

r = REM['en-r6']
A(M('reply_glenmoray_resend_copy', msg(C['glenmoray'], BOT, 'Re: ' + r.subject, D('2026-11-24 12:10'), T(
'''Hi there,

We have no record of BSL-UK-26-0918 on our system - could you resend a copy of the invoice (PDF please)
and confirm which PO it was raised against?

Thanks
Alasdair Reid
Glenmoray Potatoes Ltd, Forfar'''), irt=r.id, refs=r.id),
  'client_reply', 'en', intent='question', inv='BSL-UK-26-0918', nh=True, omid=r.id))

r = REM['en-r7']
A(M('reply_tullow_instalments', msg(C['tullow'], BOT, 'RE: ' + r.subject, D('2026-11-30 13:44'), T(
'''Hi,

Cash is tight after a poor harvest here in Carlow. Would it be possible to split BSL-UK-26-0777
(EUR 2,340) into three monthly instalments, starting mid-December? We've always paid and will
continue to do so.

Niamh Byrne
Tullow Tillage Ltd

''' + oq(r)), irt=r.id, refs=r.id),
  'client_reply', 'en', intent='plan_request', inv='BSL-UK-26-0777', nh=True, omid=r.id))

r = REM['en-r8']
A(M('reply_riftvalley_bank_details', msg(C['nairobi'], BOT, 'Re: ' + r.subject, D('2026-11-27 10:15', '+0300'), T(
'''Dear Sir/Madam,

Kindly share your complete USD bank details including the SWIFT code and the intermediary bank, as our
bank (KCB) has returned the payment instructions as incomplete. Is the IBAN in the reminder correct for USD?

Regards,
Grace Wanjiru
Payables, Rift Valley Horticulture Ltd

''' + gq(r)), irt=r.id, refs=r.id),
  'client_reply', 'en', intent='question', inv='BSL-UK-26-0826', nh=True, omid=r.id))

r = REM['en-r9']
A(M('reply_cotswold_within_10_days', msg(C['cotswold'], BOT, 'Re: ' + r.subject, D('2026-12-02 18:22'), T(
'Hi - sorry, been out in the fields. I will settle BSL-UK-26-0931 within 10 days.\n\nBen\n\nSent from my iPhone\n\n' + gq(r)),
    irt=r.id, refs=r.id),
  'client_reply', 'en', intent='promise', inv='BSL-UK-26-0931', promised='2026-12-11', omid=r.id,
  note='within 10 days from Wed 2 Dec = Sat 12 Dec -> Fri 11 Dec'))

r = REM['en-r10']
A(M('reply_lyon_paid_part_dispute', msg(('Laurent Girard', 'l.girard@semences-rhone.fr'), BOT, 'RE: ' + r.subject, D('2026-12-03 11:30', '+0100'), T(
'''Dear Brightwater team,

Claire is away, I am handling her files. We transferred EUR 5,600.00 on 1 December against invoice
BSL-UK-26-0865. The remaining EUR 1,120.00 relates to the GMO re-test, which was only necessary because
your lab mislabelled the first sample set; we do not accept this charge.

Best regards,
Laurent Girard
Semences du Rhône SAS

''' + oq(r)), irt=r.id, refs=r.id, cc=[C['lyon']]),
  'client_reply', 'en', intent='dispute', inv='BSL-UK-26-0865', amount='5600.00', cur='EUR', nh=True, omid=r.id,
  note='mixed paid part + dispute rest'))

r = REM['en-r2']
A(M('reply_fenland_received_quoted_promise', msg(C['fenland'], BOT, 'RE: ' + r.subject, D('2026-11-17 08:05'), T(
'''Received, thanks.

Mark

-----Original Message-----
From: Mark Duffy <ap@fenlandgrowers.coop>
Sent: 16 November 2026 16:20
To: ar@brightwater-seedlab.com
Subject: RE: ''' + r.subject + '''

Hi,

Apologies - both invoices were held because the PO numbers did not match. That's sorted now and they're
scheduled in our payment run on Friday 27th November.

''' + oq(r)), irt=r.id, refs=r.id),
  'client_reply', 'en', intent='other', inv='BSL-UK-26-0844;BSL-UK-26-0859', omid=r.id,
  note='bare receipt; the promise is only in the quoted thread'))

r = REM['en-r8']
A(M('reply_riftvalley_conditional', msg(C['nairobi'], BOT, 'Re: ' + r.subject, D('2026-12-04 09:02', '+0300'), T(
'''Dear Harriet,

Thank you for the bank details. Our finance manager has approved payment of the balance on 10 December,
provided the amended phytosanitary test report (with the correct consignee name) reaches us before then.

Regards,
Grace

> Kindly share your complete USD bank details including the SWIFT code
'''), irt=r.id, refs=r.id),
  'client_reply', 'en', intent='promise', inv='BSL-UK-26-0826', promised='2026-12-10', nh=True, omid=r.id,
  note='conditional promise with a day'))

r = REM['en-r6']
A(M('reply_glenmoray_stop', msg(('Glenmoray Potatoes - Finance', 'finance@glenmoray-potatoes.co.uk'), BOT, 'Automated reminders',
    D('2026-12-08 10:40'), T(
'''Dear Sirs,

We should be grateful if you would cease sending automated payment reminders to our invoices mailbox.
All supplier correspondence must be raised through our Coupa supplier portal, and any e-mail reminders
will not be actioned. Invoice BSL-UK-26-0918 has been uploaded there and will be paid in accordance
with the agreed terms.

Yours faithfully,
Finance Department
Glenmoray Potatoes Ltd'''), refs=r.id),
  'client_reply', 'en', intent='stop', inv='BSL-UK-26-0918', nh=True, omid=r.id, note='formal stop from another address of the debtor'))

# ---------------- other ----------------
A(M('spam_seo', msg(('Jake | RankRise', 'jake@rankrise-growth.io'), BOT, 'Quick question about brightwater-seedlab.com',
    D('2026-11-11 15:33'), T(
'''Hi there,

I was looking at brightwater-seedlab.com and noticed you're not ranking for "seed testing lab UK".
We helped 40+ laboratories triple their organic traffic in 90 days.

Worth a 15-minute chat this week? Just reply "yes" and I'll send a calendar link.

Jake
RankRise Growth | Unsubscribe: reply STOP''')),
  'other', 'en', nh=True))

A(M('newsletter_seed_trade', msg(('Seed Trade Bulletin', 'news@seedtradebulletin.org.uk'), BOT, 'Seed Trade Bulletin - December 2026: ISTA rules update',
    D('2026-12-07 07:00'), ALT(T('Seed Trade Bulletin, December 2026\n\n- ISTA 2027 rules: changes to germination methods\n- Defra phytosanitary fees from April\n- Events: NIAB open day 14 January\n\nUnsubscribe: https://seedtradebulletin.org.uk/u/88213\n'),
    H('<h1>Seed Trade Bulletin</h1><p>ISTA 2027 rules: changes to germination methods</p><p><a href="https://seedtradebulletin.org.uk/u/88213">Unsubscribe</a></p>')),
    extra=['List-Unsubscribe: <https://seedtradebulletin.org.uk/u/88213>', 'List-Id: <bulletin.seedtradebulletin.org.uk>', 'Precedence: bulk']),
  'other', 'en', nh=True))

A(M('staff_nudge_tullow', msg(S['pr'], C['tullow'], 'BSL-UK-26-0777 - quick check', D('2026-11-23 11:20'), T(
'''Hi Niamh,

Hope you're keeping well. Just a quick nudge on our invoice BSL-UK-26-0777 (EUR 2,340.00), which fell due
on 25 October - is there anything holding it up on your side? Happy to resend it if that helps.

Best,
Priya'''), cc=[BOT]),
  'other', 'en', inv='BSL-UK-26-0777', note='staff chasing by hand'))

_ics = '''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000020A1B5D3
DTSTART:20261210T140000Z
DTEND:20261210T150000Z
SUMMARY:Month-end AR review (UK)
ORGANIZER;CN=Eleanor Marsh:mailto:e.marsh@brightwater-seedlab.com
ATTENDEE;CN=Harriet Quayle:mailto:h.quayle@brightwater-seedlab.co.uk
ATTENDEE;CN=Accounts:mailto:ar@brightwater-seedlab.com
DESCRIPTION:Go through the aged debtors list; Fenland and Rift Valley in particular.
END:VEVENT
END:VCALENDAR
'''
A(M('calendar_ar_review', msg(STAFF['grp'][0], [S['hq'], S['ta']], 'Invitation: Month-end AR review (UK) - Thu 10 Dec 14:00',
    D('2026-12-04 16:05'), ALT(T('Month-end AR review (UK)\nThursday 10 December 2026, 14:00-15:00 GMT, Teams\n\nGo through the aged debtors list; Fenland and Rift Valley in particular.\n'),
    T(_ics, sub='calendar', extra=[]) if False else __import__('lib').P(['Content-Type: text/calendar; charset="utf-8"; method=REQUEST', 'Content-Transfer-Encoding: 7bit'], _ics)),
    cc=[BOT]),
  'other', 'en', nh=True, note='staff among themselves, bot in Cc'))

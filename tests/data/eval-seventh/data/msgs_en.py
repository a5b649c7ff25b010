"""English messages (UK-based clients, GBP/EUR/USD). Invoice format QMI-10nnn."""
from world import BOT, D, contact, dsn, inv, mdn, orig, quote, rem

MSGS = []


def M(name, lab, **kw):
    MSGS.append(dict(name=name, lab=lab, **kw))


FIONA = "Fiona Marsh <fiona.marsh@quillmere.io>"
DEV = "Dev Okafor <dev.okafor@quillmere.io>"
SIG_F = "Fiona Marsh\nAccounts & Contracts | Quillmere Instruments\n+44 117 496 0381"
SIG_D = "Dev\n--\nDev Okafor | Sales Engineer, Quillmere Instruments"

HARROW = contact("accounts@harrowvale.co.uk")
BRIGHT = contact("finance@brightlough.ie")
BRIGHT2 = contact("ciaran.doyle@brightlough.ie")
PEMB = contact("m.rhodes@pembertonlabs.co.uk")
SALT = contact("payables@saltmarshbrew.co.uk")
SALT2 = contact("j.whitcombe@saltmarshbrew.co.uk")
CORRIE = contact("ewan@corriestack.scot")
LINDQ = contact("ap@lindqvistmarine.com")
FENW = contact("tessa.holt@fenwickholt.com")
FENW_FR = contact("helene.morel@fenwickholt.com")
OAK = contact("purchase.ledger@oakhurst-trust.org.uk")
TAMSIN = contact("tamsin@tamsinreyes.studio")
GREY = contact("invoices@greyfriarshydro.co.uk")
MARLOW = contact("ap@marlowfitch.co.uk")

R_HARROW = rem("en/harrow-arrival", "20261105.091204")
R_FENW = rem("en/fenwick-arrival", "20261109.101533")
R_SALT_PD = rem("en/saltmarsh-pastdue", "20261116.083012")
R_CORRIE = rem("en/corrie-arrival", "20261118.094410")
R_BRIGHT = rem("en/brightlough-predue", "20261130.080101")
R_LINDQ = rem("en/lindqvist-arrival", "20261116.140255")
R_GREY = rem("en/greyfriars-arrival", "20261119.090009")
R_TAMSIN = rem("en/tamsin-pastdue", "20261123.100040")
R_OAK = rem("en/oakhurst-predue", "20261126.081502")
R_PEMB = rem("en/pemberton-arrival", "20261125.093318")
R_MARLOW = rem("en/marlow-pastdue", "20261130.101010")
R_DIGEST = rem("en/digest-1203", "20261203.070000")

inv("QMI-10441", "QMI-10445", "QMI-10449", "QMI-10452", "QMI-10454", "QMI-10455", "QMI-10457",
    "QMI-10458", "QMI-10460", "QMI-10420", "QMI-10462", "QMI-10463", "QMI-10466", "QMI-10467")

# ---------------------------------------------------------------- invoice copies
M("invoice_plain", dict(kind="invoice_copy", invoice_numbers="QMI-10452", amount="4318.60",
    currency="GBP", issue_date="2026-11-02", due_date="2026-12-02", payment_terms_days=30,
    note="clean invoice; due date only from 30-day terms"),
  frm=FIONA, to="Priya Nandakumar <accounts@harrowvale.co.uk>", cc=BOT, date=D(2, 11, "11:42"),
  subj="Invoice QMI-10452 - Harrow & Vale Joinery - bench calibration",
  body=f"""Hi Priya,

Please find attached our invoice QMI-10452 for the calibration of the three moisture
benches at your Tewkesbury workshop (PO HV-2291).

Invoice date: 02/11/2026
Amount: £4,318.60 (incl. VAT)
Terms: 30 days from date of invoice

Bank: Northbridge Bank, sort code 40-17-62, account 71829934, ref QMI-10452.

Any questions just shout.

Kind regards,
{SIG_F}""")

M("invoice_usd_spaced", dict(kind="invoice_copy", invoice_numbers="QMI-10454", amount="12040.00",
    currency="USD", issue_date="2026-11-13", due_date="2026-12-15",
    note="US client, subtotal+freight before total, total written with a space thousands separator, explicit due date"),
  frm=DEV, to="Dana Kowalski <ap@lindqvistmarine.com>", cc=f"Accounts <{BOT}>", date=D(13, 11, "16:05"),
  subj="QMI-10454 // Lindqvist Marine - sonar test rig",
  body=f"""Dana,

Invoice for the sonar test rig attached as promised.

  Subtotal ........ USD 11,000.00
  Freight (DAP) ... USD  1,040.00
  TOTAL DUE ....... USD 12 040.00

Invoice no. QMI-10454, dated November 13, 2026. Payment due December 15, 2026.
Wire instructions are on page 2 (USD account, SWIFT NBUKGB2L).

Thanks again for the order,
{SIG_D}""")

M("invoice_deposit", dict(kind="invoice_copy", invoice_numbers="QMI-10455", amount="11550.00",
    currency="GBP", issue_date="2026-11-06", due_date="2026-11-20", payment_terms_days=14,
    note="contract value 38,500 appears first; only the 30% deposit is due now"),
  frm=FIONA, to="Tessa Holt <tessa.holt@fenwickholt.com>", cc=BOT, date=D(6, 11, "09:18"),
  subj="Deposit invoice QMI-10455 - daylight sensor array, Fenwick Holt",
  body=f"""Dear Tessa,

Thank you for confirming the order for the daylight sensor array (contract value
£38,500.00 + VAT as per quote Q-2026-077).

As agreed, we invoice a 30% deposit now; the balance will be invoiced on delivery.

  Invoice number:   QMI-10455
  Invoice date:     6 November 2026
  Deposit (30%):    £11,550.00 (VAT to follow on the final invoice)
  Payable within 14 days.

Best wishes,
{SIG_F}""")

M("invoice_instalment", dict(kind="invoice_copy", invoice_numbers="QMI-10457", amount="2400.00",
    currency="GBP", issue_date="2026-11-09", due_date="2026-12-01",
    note="annual fee 9,600 in four instalments; this invoice is instalment 1 only, with its own date"),
  frm=FIONA, to="Oakhurst Schools Trust <purchase.ledger@oakhurst-trust.org.uk>", cc=BOT,
  date=D(9, 11, "14:30"),
  subj="Oakhurst Schools Trust: support contract 2026/27 - invoice QMI-10457 (1 of 4)",
  body=f"""Hello,

Attached is the first of four quarterly invoices for the 2026/27 weather-station support
contract across your five schools.

Annual fee £9,600.00, billed in four instalments of £2,400.00.
This invoice (QMI-10457, 09.11.2026): instalment 1 of 4 - £2,400.00, due 1 December 2026.
Instalments 2-4 will be invoiced in March, June and September.

VAT: exempt (education - certificate on file).

Many thanks,
{SIG_F}""")

M("invoice_net_gross", dict(kind="invoice_copy", invoice_numbers="QMI-10458", amount="2580.00",
    currency="GBP", issue_date="2026-11-10", due_date="2026-12-10", payment_terms_days=30,
    note="'Net 30' is terms not the net amount; net 2,150 vs gross 2,580"),
  frm=DEV, to="Jo Whitcombe <payables@saltmarshbrew.co.uk>", cc=BOT, date=D(10, 11, "12:12"),
  subj="Invoice QMI-10458 - fermentation probes",
  body=f"""Hi Jo,

invoice for the 6 fermentation probes + install, as discussed with Callum.

Net: 2,150.00
VAT @ 20%: 430.00
Invoice total GBP: 2,580.00
Terms: Net 30

Invoice no QMI-10458 / date 10-Nov-2026

cheers
{SIG_D}""")

M("invoice_credit_note", dict(kind="invoice_copy", invoice_numbers="QMI-10460", amount="5750.00",
    currency="EUR", issue_date="2026-11-12", due_date="2026-12-03", payment_terms_days=21,
    note="Irish client in EUR; credit note CN-0112 deducted, balance is the amount due"),
  frm=FIONA, to="Ciaran Doyle <finance@brightlough.ie>", cc=BOT, date=D(12, 11, "10:51"),
  subj="Brightlough Dental Group - invoice QMI-10460 (credit note applied)",
  body=f"""Hi Ciaran,

Please see attached invoice QMI-10460 dated 12 Nov 2026 for the autoclave data loggers.

  Invoice value                         EUR 6,200.00
  Less credit note CN-0112 (returned unit) EUR -450.00
  Balance payable                       EUR 5,750.00

Payment terms: 21 days. IBAN GB29 NBUK 4017 6271 8299 51, BIC NBUKGB2L.

Thanks,
{SIG_F}""")

M("invoice_staged_unclear", dict(kind="invoice_copy", invoice_numbers="QMI-10462", currency="GBP",
    issue_date="2026-11-16", needs_human=True,
    note="stage 2 invoice whose amount due now is left open (7,200 now or split Dec/Jan); needs a person"),
  frm=DEV, to="Ewan Baird <ewan@corriestack.scot>", cc=BOT, date=D(16, 11, "17:40"),
  subj="Stage 2 - QMI-10462",
  body=f"""Ewan,

Following our call, here's QMI-10462 for stage 2 of the monitoring works (total stage value
£14,400.00). We said we'd bill £7,200 now and the rest once the drone survey data is
signed off - or if it's easier for your cashflow we can split the whole thing over
December and January instead. Let me know which way you want to go and I'll reissue if needed.

No due date on it for now until we've agreed.

{SIG_D}""")

M("invoice_bcc_business_days", dict(kind="invoice_copy", invoice_numbers="QMI-10463", amount="1875.00",
    currency="GBP", issue_date="2026-11-20", due_date="2026-12-04",
    note="bot only in Bcc (Delivered-To); terms are 10 business days from a Friday -> 4 Dec; terms_days left empty (not calendar days)"),
  frm=FIONA, to="Martin Rhodes <m.rhodes@pembertonlabs.co.uk>", date=D(20, 11, "15:02"),
  subj="Pemberton Analytical - QMI-10463",
  body=f"""Martin,

Invoice QMI-10463 attached for the five replacement humidity heads (£1,875.00 inc. VAT),
invoice date 20 November 2026.

As per your framework agreement, payment is due within 10 business days of the invoice date.

Regards,
{SIG_F}""")

# ---------------------------------------------------------------- read receipts
M("mdn_standard", dict(kind="read_receipt", invoice_numbers="QMI-10452", original_message_id=R_HARROW,
    note="RFC 8098 MDN; invoice number only in the original subject"),
  frm="Harrow & Vale Accounts <accounts@harrowvale.co.uk>", date=D(5, 11, "13:20"),
  subj="Read: Did invoice QMI-10452 reach you?",
  **mdn("This is a receipt for the mail you sent to accounts@harrowvale.co.uk at 05/11/2026 09:12\n\n"
        "Subject: Did invoice QMI-10452 reach you?\n\nThis receipt verifies that the message has been "
        "displayed on the recipient's computer.",
        "Mozilla Thunderbird 128.4", "accounts@harrowvale.co.uk", R_HARROW))

M("receipt_outlook_plain", dict(kind="read_receipt", invoice_numbers="QMI-10455", original_message_id=R_FENW,
    note="non-standard Outlook-style receipt: plain text, threaded only by In-Reply-To"),
  frm="Tessa Holt <tessa.holt@fenwickholt.com>", date=D(10, 11, "08:47"), irt=R_FENW,
  subj="Read: Quick check - deposit invoice QMI-10455",
  hdrs=[("Thread-Topic", "Quick check - deposit invoice QMI-10455"), ("X-MS-Has-Attach", "")],
  body="""Your message

  To: Tessa Holt
  Subject: Quick check - deposit invoice QMI-10455
  Sent: 09 November 2026 10:15:33 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on 10 November 2026 08:47:02 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.""")

# ---------------------------------------------------------------- bounces
M("bounce_user_unknown", dict(kind="bounce", failed_recipients="j.whitcombe@saltmarshbrew.co.uk",
    bounce_permanent=True, bounce_reason="user_unknown", original_message_id=R_SALT_PD,
    invoice_numbers="QMI-10458", note="standard DSN 5.1.1 for a second contact (Cc) of the debtor"),
  frm="Mail Delivery System <MAILER-DAEMON@mx1.saltmarshbrew.co.uk>", return_path="<>",
  date=D(16, 11, "08:30", sec="41"), auth="dsn",
  subj="Undelivered Mail Returned to Sender",
  hdrs=[("Auto-Submitted", "auto-replied")],
  **dsn("This is the mail system at host mx1.saltmarshbrew.co.uk.\n\nI'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n<j.whitcombe@saltmarshbrew.co.uk>: host 10.2.0.14[10.2.0.14] said:\n"
        "    550 5.1.1 <j.whitcombe@saltmarshbrew.co.uk>: Recipient address rejected: User unknown",
        "mx1.saltmarshbrew.co.uk",
        [("j.whitcombe@saltmarshbrew.co.uk", "failed", "5.1.1",
          "550 5.1.1 <j.whitcombe@saltmarshbrew.co.uk>: Recipient address rejected: User unknown")],
        orig("payables@saltmarshbrew.co.uk, j.whitcombe@saltmarshbrew.co.uk",
             "Invoice QMI-10458 - a gentle reminder", R_SALT_PD, D(16, 11, "08:30"))))

M("bounce_over_quota", dict(kind="bounce", failed_recipients="tamsin@tamsinreyes.studio", bounce_permanent=True,
    bounce_reason="mailbox_full", original_message_id=R_TAMSIN, invoice_numbers="QMI-10466",
    note="5.2.2 over quota reported as a failure (final for this message) although the condition may clear"),
  frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", return_path="<>",
  date=D(23, 11, "10:00", sec="52"), auth="dsn", relay="mail-sor-f69.google.com",
  subj="Delivery Status Notification (Failure)",
  **dsn("** Address not found **\n\nYour message couldn't be delivered to tamsin@tamsinreyes.studio because the "
        "recipient's inbox is full.\n\nThe response from the remote server was:\n552 5.2.2 The recipient's "
        "inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm",
        "mail-sor-f69.google.com",
        [("tamsin@tamsinreyes.studio", "failed", "5.2.2",
          "552-5.2.2 The recipient's inbox is out of storage space and inactive.")],
        orig("tamsin@tamsinreyes.studio", "QMI-10466 is now past due", R_TAMSIN, D(23, 11, "10:00"))))

M("bounce_policy_prose", dict(kind="bounce", failed_recipients="finance@brightlough.ie", bounce_permanent=True,
    bounce_reason="policy", original_message_id=R_BRIGHT, invoice_numbers="QMI-10460",
    note="gateway rejection in prose only, no DSN parts; recipient and Message-ID only in the text"),
  frm="Postmaster <postmaster@brightlough.ie>", return_path="<>", date=D(30, 11, "08:01", sec="19"),
  auth="dsn", subj="Message blocked: Brightlough Dental Group - invoice reminder",
  body=f"""Your message to finance@brightlough.ie was blocked by the organisation's email security policy
and has not been delivered.

  Reason: Sender domain quillmere.io is not on the approved external senders list
          (policy "Finance - inbound allow-list only").
  Rejected at: 30/11/2026 08:01:19 GMT
  Your message ID: {R_BRIGHT}

If you believe this is in error, please contact the recipient by other means and ask
their IT administrator to review the policy.
550 5.7.1 Message rejected by policy""")

M("bounce_delay", dict(kind="bounce", failed_recipients="ap@lindqvistmarine.com", bounce_permanent=False,
    bounce_reason="other", original_message_id=R_LINDQ, invoice_numbers="QMI-10454",
    note="delay warning (Action: delayed, 4.4.1); not final, the MTA keeps retrying"),
  frm="Mail Delivery System <MAILER-DAEMON@mx.quillmere.io>", return_path="<>", date=D(16, 11, "18:03"),
  auth="none", relay="localhost", subj="Delayed Mail (still being retried)",
  **dsn("This is the mail system at host mx.quillmere.io.\n\n####################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################\n\n"
        "Your message could not be delivered for 4.0 hours.\nIt will be retried until it is 5.0 days old.\n\n"
        "<ap@lindqvistmarine.com>: connect to mx.lindqvistmarine.com[198.51.100.40]:25: Connection timed out",
        "mx.quillmere.io",
        [("ap@lindqvistmarine.com", "delayed", "4.4.1", "connect to mx.lindqvistmarine.com: Connection timed out")],
        orig("ap@lindqvistmarine.com", "Did QMI-10454 arrive safely?", R_LINDQ, D(16, 11, "14:02"))))

# ---------------------------------------------------------------- auto-replies
M("ooo_headers", dict(kind="auto_reply", invoice_numbers="QMI-10463", return_date="2026-11-30",
    original_message_id=R_PEMB, note="RFC 3834 headers; 'back on Monday 30 November'"),
  frm="Martin Rhodes <m.rhodes@pembertonlabs.co.uk>", date=D(25, 11, "09:33"), irt=R_PEMB,
  subj="Automatic reply: Did invoice QMI-10463 arrive?",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk")],
  body="""Thank you for your email. I'm away from the lab with limited access to email and will be back
on Monday 30 November.

For anything urgent please contact our office manager, Gemma Lowe (g.lowe@pembertonlabs.co.uk).

Martin""")

M("ooo_inclusive_noheaders", dict(kind="auto_reply", invoice_numbers="QMI-10449", return_date="2026-12-05",
    original_message_id=R_MARLOW, note="no auto-reply headers at all; 'until 4th Dec inclusive' -> 5 Dec (a Saturday)"),
  frm="Accounts Payable <ap@marlowfitch.co.uk>", date=D(30, 11, "10:10", sec="44"), irt=R_MARLOW,
  subj="Away: QMI-10449 past due",
  body="""Hi there,

I'm on annual leave until 4th Dec inclusive. Invoices received in the meantime will be
processed when I'm back - no need to resend.

Lou
Marlow Fitch Catering""")

M("ooo_french", dict(kind="auto_reply", language="fr", invoice_numbers="QMI-10455", return_date="2026-12-08",
    original_message_id=R_FENW, note="French out-of-office from the debtor's Paris office; 'jusqu'au 7 décembre inclus'"),
  frm="Hélène Morel <helene.morel@fenwickholt.com>", date=D(9, 11, "10:16"), irt=R_FENW,
  subj="Réponse automatique : Quick check - deposit invoice QMI-10455",
  hdrs=[("Auto-Submitted", "auto-replied")],
  body="""Bonjour,

Je suis absente du bureau jusqu'au 7 décembre inclus, sans accès à ma messagerie.
Pour toute question comptable, merci d'écrire à compta@fenwickholt.com.

Cordialement,
Hélène Morel""")

M("ticket_ack", dict(kind="auto_reply", invoice_numbers="QMI-10467", original_message_id=R_GREY,
    note="AP helpdesk ticket acknowledgement, no absence, no return date"),
  frm="Greyfriars Hydro AP Service Desk <invoices@greyfriarshydro.co.uk>", date=D(19, 11, "09:00", sec="31"),
  irt=R_GREY, subj="[AP-558213] Received: Did invoice QMI-10467 reach you?",
  hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "OOF, AutoReply")],
  body="""This is an automated response - please do not reply above this line.

Thank you for contacting Greyfriars Hydro Accounts Payable. Your request has been logged
as ticket AP-558213 and will be picked up by a member of the team within 5 working days.

Please quote AP-558213 in any further correspondence. Invoices must show a valid
Greyfriars PO number (4500-xxxxx) or they will be returned unpaid.""")

M("ooo_the_14th", dict(kind="auto_reply", invoice_numbers="QMI-10460", return_date="2026-12-14",
    original_message_id=R_BRIGHT, note="'back in on the 14th' - month must be inferred from the sent date"),
  frm="Ciaran Doyle <ciaran.doyle@brightlough.ie>", date=D(30, 11, "08:02"), irt=R_BRIGHT,
  subj="Out of office Re: QMI-10460 due on Thursday",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
  body="""Hi, I'm off at a conference and then taking a few days - back in on the 14th.
Finance queries to finance@brightlough.ie (which, yes, is where you sent this - someone will pick it up).

Ciarán""")

# ---------------------------------------------------------------- challenge
M("challenge_verify", dict(kind="challenge", invoice_numbers="QMI-10466", original_message_id=R_TAMSIN,
    note="challenge/response sender verification on the debtor's behalf"),
  frm="Tamsin Reyes (via MailGuard) <verify@mailguard-pro.net>", date=D(23, 11, "10:01"), irt=R_TAMSIN,
  subj="Please verify your email to tamsin@tamsinreyes.studio",
  hdrs=[("Auto-Submitted", "auto-replied")],
  body="""Hello,

I'm protecting my inbox from junk mail with MailGuard. Your message
"QMI-10466 is now past due" is being held until you confirm you're a real person.

To release it, click the link below (one time only - future messages will come straight through):

https://verify.mailguard-pro.net/c/7Fh2kQ9zLwX

If you don't verify within 7 days your message will be deleted.

Thanks,
Tamsin Reyes""")

# ---------------------------------------------------------------- payment notices
M("pay_full_bacs", dict(kind="payment_confirmation", invoice_numbers="QMI-10452", amount="4318.60", currency="GBP",
    payment_date="2026-11-30", payment_full=True, allocations="QMI-10452=4318.60",
    note="bank credit notice; reference written without hyphen and with the payer name"),
  frm="Northbridge Bank <payments@notify.northbridgebank.co.uk>", date=D(30, 11, "07:14"),
  subj="You've received a payment",
  body="""Northbridge Bank Business

A payment has been credited to your account ending 9934.

  From:       HARROW AND VALE JOINERY LTD
  Amount:     £4,318.60
  Reference:  QMI10452 HARROW VALE
  Received:   30 November 2026 (Faster Payment)

This is an automated message. Log in to Business Online to see full details.
Northbridge Bank plc. Registered in England No. 00482715.""")

M("pay_psp_partial", dict(kind="payment_confirmation", invoice_numbers="QMI-10458", amount="1000.00", currency="GBP",
    payment_date="2026-12-01", payment_full=False, allocations="QMI-10458=1000.00",
    note="PSP receipt of a part payment (1,000 of 2,580); fee line must not change the amount paid"),
  frm="PayLattice <receipts@paylattice.com>", date=D(1, 12, "15:47"),
  subj="Payment received from Saltmarsh Breweries - £1,000.00",
  body="""PayLattice

You received a payment

  Customer:        Saltmarsh Breweries Ltd (payables@saltmarshbrew.co.uk)
  Description:     Part payment inv QMI-10458
  Amount paid:     £1,000.00
  Processing fee:  -£14.70
  Net to balance:  £985.30
  Date:            1 Dec 2026, 15:46 GMT
  Payment ID:      pl_9Qx2M81fTTw0

Funds will be paid out to your bank account ending 9934 on 3 Dec 2026.""")

M("pay_two_invoices", dict(kind="payment_confirmation", invoice_numbers="QMI-10457;QMI-10420", amount="3975.00",
    currency="GBP", payment_date="2026-12-02", payment_full=True,
    allocations="QMI-10457=2400.00;QMI-10420=1575.00",
    note="one credit for two invoices, references abbreviated '10457/10420', split only in the remittance line; booking date differs"),
  frm="Northbridge Bank <payments@notify.northbridgebank.co.uk>", date=D(3, 12, "06:58"),
  subj="Incoming payment: £3,975.00",
  body="""Northbridge Bank Business - credit advice

  Account:        QUILLMERE INSTRUMENTS LTD  ****9934
  Payer:          OAKHURST SCHOOLS TRUST
  Amount:         GBP 3,975.00
  Payer ref:      INV 10457/10420
  Remittance:     10457 2400.00 / 10420 1575.00
  Value date:     02/12/2026
  Booking date:   03/12/2026

Northbridge Bank plc""")

M("pay_usd_wire", dict(kind="payment_confirmation", invoice_numbers="QMI-10454", amount="12040.00", currency="USD",
    payment_date="2026-12-03", payment_full=True, allocations="QMI-10454=12040.00",
    note="SWIFT credit with dd/mm dates; value date 03/12 vs booking 04/12; ref 'INV.10454'"),
  frm="Northbridge Bank International <swift@notify.northbridgebank.co.uk>", date=D(4, 12, "09:31"),
  subj="SWIFT MT103 credit advice - USD 12,040.00",
  body="""INCOMING INTERNATIONAL PAYMENT

Beneficiary account : USD 44019822  QUILLMERE INSTRUMENTS LTD
Ordering customer   : LINDQVIST MARINE SYSTEMS INC, PORTLAND ME US
Ordering bank       : KEYBUS33
Currency / amount   : USD 12,040.00
Charges             : OUR
Remittance info     : INV.10454 LINDQVIST SONAR RIG
Value date          : 03/12/2026
Booking date        : 04/12/2026
Our reference       : NB26120400331""")

M("pay_forged_foreign_authserv", dict(kind="other", invoice_numbers="QMI-10462", amount="7200.00", currency="GBP",
    needs_human=True, note="looks like a bank notice but from a lookalike domain with only a foreign authserv-id's results"),
  frm="Northbridge Bank <payments@northbridgebank-notify.com>", date=D(2, 12, "11:20"), auth="none",
  pre_hdrs=[("Authentication-Results", "mx.northbridgebank-notify.com; dkim=pass header.d=northbridgebank-notify.com; dmarc=pass header.from=northbridgebank-notify.com")],
  subj="Payment credited: £7,200.00 QMI-10462",
  body="""Dear Customer,

A payment of £7,200.00 (ref QMI-10462 CORRIE STACK) has been credited but is ON HOLD
pending verification of your account.

Please confirm your online banking credentials within 24 hours to release the funds:
https://northbridgebank-notify.com/secure/release

Northbridge Bank Security Team""")

# ---------------------------------------------------------------- client replies
HARROW_Q = quote(f"""On 30 Nov 2026, at 09:00, Quillmere Instruments Accounts <{BOT}> wrote:
Hello Priya, how are things at the workshop?
Just a friendly note that invoice QMI-10452 (£4,318.60) is due on 2 December.
If you've already paid, please ignore this.""")
R_HARROW_PRE = rem("en/harrow-predue", "20261129.090000")
M("reply_paid_claim", dict(kind="client_reply", intent="paid_claim", invoice_numbers="QMI-10452", amount="4318.60",
    currency="GBP", original_message_id=R_HARROW_PRE, note="'went out Friday' - paid claim, casual phrasing"),
  frm="Priya Nandakumar <accounts@harrowvale.co.uk>", date=D(30, 11, "10:22"), irt=R_HARROW_PRE,
  subj="Re: Invoice QMI-10452 due 2 December",
  body=f"""Morning - this went out on Friday by faster payment, the full £4,318.60, so should be with you by now.
Shout if it hasn't landed.

Priya

{HARROW_Q}""")

M("reply_promise_payrun", dict(kind="client_reply", intent="promise", invoice_numbers="QMI-10449",
    promised_date="2026-12-11", original_message_id=R_MARLOW,
    note="'next payment run which is the 11th' - day only, month from context"),
  frm="Lou Bracken <ap@marlowfitch.co.uk>", date=D(5, 12, "09:05"), irt=R_MARLOW,
  subj="RE: QMI-10449 past due",
  body="""Hi, sorry about this - just back from leave. It's been approved and is in our next
payment run, which is the 11th.

Lou""")

M("reply_promise_next_week", dict(kind="client_reply", intent="promise", invoice_numbers="QMI-10455",
    promised_date="2026-12-04", original_message_id=R_FENW,
    note="'by the end of next week' written on Thu 26 Nov -> Fri 4 Dec"),
  frm="Tessa Holt <tessa.holt@fenwickholt.com>", date=D(26, 11, "16:40"), irt=R_FENW,
  subj="RE: Quick check - deposit invoice QMI-10455",
  body="""Hi Fiona,

Got it, thanks - sorry for the radio silence, we've had a bid deadline. I've signed the deposit
off this afternoon and our bookkeeper will get it paid by the end of next week.

Tessa""")

M("reply_negated_promise", dict(kind="client_reply", intent="other", invoice_numbers="QMI-10460", needs_human=True,
    original_message_id=R_BRIGHT, note="negated/hedged: 'can't promise by the 10th', board on the 15th - no firm date"),
  frm="Ciarán Doyle <ciaran.doyle@brightlough.ie>", date=D(4, 12, "12:15"), irt=R_BRIGHT,
  subj="Re: QMI-10460 due on Thursday",
  body="""Hi Fiona,

Honestly I can't promise this'll be paid by the 10th. Anything over €5k needs sign-off and
the board doesn't meet until the 15th. I'll come back to you after that - hopefully good news.

Ciarán""")

M("reply_dispute_short_delivery", dict(kind="client_reply", intent="dispute", invoice_numbers="QMI-10463",
    original_message_id=R_PEMB, note="dispute: short delivery, withholding payment, wants a corrected invoice"),
  frm="Martin Rhodes <m.rhodes@pembertonlabs.co.uk>", date=D(1, 12, "11:48"), irt=R_PEMB,
  subj="RE: Did invoice QMI-10463 arrive?",
  body="""Hi,

Yes it arrived, but we've only had three of the five heads - the other two were on backorder
according to your courier note. I'm not going to pay £1,875 for three units. Can you send a
corrected invoice for what we've actually received and bill the other two when they ship?

Martin Rhodes
Lab Manager, Pemberton Analytical""")

M("reply_plan_request", dict(kind="client_reply", intent="plan_request", invoice_numbers="QMI-10466", amount="3600.00",
    currency="GBP", original_message_id=R_TAMSIN, note="asks to split 3,600 into three monthly payments from January"),
  frm="Tamsin Reyes <tamsin.reyes@gmail.com>", date=D(24, 11, "21:30"), irt=R_TAMSIN,
  subj="Re: QMI-10466 is now past due",
  body="""Hi both,

I'm really sorry - a big client of mine went into administration last month and I'm still
owed a lot. Would it be OK if I paid the £3,600 off in three monthly chunks, starting in January?
I can do standing orders so you don't have to chase.

(Writing from my personal address, work inbox is full.)

Tamsin""")

M("reply_not_received", dict(kind="client_reply", intent="not_received", invoice_numbers="QMI-10467",
    original_message_id=R_GREY, note="invoice not on their system; asks for resend with PO"),
  frm="Rachel Osei <rachel.osei@greyfriarshydro.co.uk>", date=D(24, 11, "14:02"), irt=R_GREY,
  cc="invoices@greyfriarshydro.co.uk",
  subj="RE: [AP-558213] Received: Did invoice QMI-10467 reach you?",
  body="""Hello,

I've checked and we don't have QMI-10467 anywhere on our system - nothing came through to the
invoices@ mailbox. Could you resend it there please, making sure our PO 4500-88213 is on the
face of the invoice? Otherwise it will get bounced back by the scanning team.

Kind regards
Rachel Osei | Accounts Payable | Greyfriars Hydro plc""")

M("reply_bank_details", dict(kind="client_reply", intent="payment_details", invoice_numbers="QMI-10454",
    original_message_id=R_LINDQ, note="asks for wire details and tax form"),
  frm="Dana Kowalski <ap@lindqvistmarine.com>", date=D(17, 11, "13:55"), irt=R_LINDQ,
  subj="RE: Did QMI-10454 arrive safely?",
  body="""Hi -

Received, thanks. Before we can set you up as a vendor I need your bank info for a USD wire
(bank name + address, SWIFT, account #, and an intermediary bank if you use one) on company
letterhead, plus a W-8BEN-E. Our system won't let me release anything without it.

Thanks!
Dana""")

M("reply_stop_solicitor", dict(kind="client_reply", intent="stop", invoice_numbers="QMI-10462",
    original_message_id=R_CORRIE, note="stop contacting, refers to solicitors"),
  frm="Ewan Baird <ewan@corriestack.scot>", date=D(19, 11, "08:12"), irt=R_CORRIE,
  subj="Re: Stage 2 - QMI-10462 - did it reach you?",
  body="""I'll ask you once politely: please stop sending me these automated emails. Stage 2 is
under discussion with Dev and anything further about it can go through our solicitors,
Birch & Lyle, Inverness.

E. Baird""")

R_OAK2 = rem("en/oakhurst-pastdue", "20261204.083000")
OAK_Q = quote(f"""From: Quillmere Instruments Accounts <{BOT}>
Sent: 04 December 2026 08:30
Subject: QMI-10441 - past due

Hello, we hope the term is going well.
Our records show invoice QMI-10441 for £1,575.00 is now past due. If you have already
paid, please ignore this message - thank you!""")
M("reply_quoted_only", dict(kind="client_reply", intent="other", invoice_numbers="QMI-10441", needs_human=True,
    original_message_id=R_OAK2, note="only an acknowledgement; all payment words are in the quoted reminder"),
  frm="Purchase Ledger <purchase.ledger@oakhurst-trust.org.uk>", date=D(4, 12, "09:40"), irt=R_OAK2,
  subj="RE: QMI-10441 - past due",
  body=f"""Thanks, noted. I've forwarded this to Sarah who looks after the support contracts.

Jas

{OAK_Q}""")

M("reply_partial_and_rest", dict(kind="client_reply", intent="promise", invoice_numbers="QMI-10458", amount="1580.00",
    currency="GBP", promised_date="2026-12-18", original_message_id=R_SALT_PD,
    note="part paid today (1,000) plus a dated promise for the remaining 1,580; labelled promise"),
  frm="Jo Whitcombe <payables@saltmarshbrew.co.uk>", date=D(1, 12, "15:52"), irt=R_SALT_PD,
  subj="Re: Invoice QMI-10458 - a gentle reminder",
  body="""Hi Dev,

Have just put £1,000 through your payment link. The remaining £1,580 will follow on
18 December when our distributor settles with us - sorry it's in bits, December is
always a squeeze.

Jo""")

M("reply_unsubscribe_oneword", dict(kind="client_reply", intent="stop", invoice_numbers="QMI-10441",
    original_message_id=R_OAK2, note="one-word 'UNSUBSCRIBE' reply to a reminder - a stop request, not a newsletter opt-out"),
  frm="Sarah Penhaligon <s.penhaligon@oakhurst-trust.org.uk>", date=D(4, 12, "13:02"), irt=R_OAK2,
  subj="RE: QMI-10441 - past due",
  body="""UNSUBSCRIBE

Sent from my iPad""")

R_GREY2 = rem("en/greyfriars-resend", "20261125.100000")
M("reply_promise_bacs_thursday", dict(kind="client_reply", intent="promise", invoice_numbers="QMI-10467",
    promised_date="2026-12-03", original_message_id=R_GREY2,
    note="'our Thursday BACS run' written on Tue 1 Dec -> Thu 3 Dec"),
  frm="Rachel Osei <rachel.osei@greyfriarshydro.co.uk>", date=D(1, 12, "11:26"), irt=R_GREY2,
  subj="RE: QMI-10467 (resent with PO 4500-88213)",
  body="""Hi,

That's come through fine now, thanks. It's been matched to the PO and approved - it'll go
out on this Thursday's BACS run.

Rachel""")

# ---------------------------------------------------------------- staff commands
M("cmd_paid_cheque", dict(kind="staff_command", invoice_numbers="QMI-10445", amount="980.00", currency="GBP",
    note="staff records a cheque payment; command in body with a human sentence around it"),
  frm=FIONA, date=D(2, 12, "16:20"), subj="paid QMI-10445",
  body="""paid QMI-10445 980.00 GBP 2026-12-02

(cheque came in the post today, banked at the branch)
Fiona""")

M("cmd_pause_digest_reply", dict(kind="staff_command", invoice_numbers="QMI-10462", original_message_id=R_DIGEST,
    note="staff reply to the daily digest with a pause command above the quoted digest"),
  frm=DEV, date=D(3, 12, "08:15"), irt=R_DIGEST, subj="Re: Quillmere AR digest - 3 Dec 2026",
  body=f"""pause QMI-10462 until 2027-01-08

we're re-scoping stage 2 with Corrie Stack, don't chase them.

{quote('''Quillmere AR digest - Thursday 3 December 2026
Needs you today:
 1. QMI-10462 Corrie Stack - client asked to stop contacting (solicitors)''')}""")

M("cmd_forged_writeoff", dict(kind="other", invoice_numbers="QMI-10466", needs_human=True,
    note="staff From address but DMARC fails and Reply-To is an outside mailbox - forged command"),
  frm=FIONA, date=D(4, 12, "23:41"), auth="fail", relay="smtp.fastmail-relay.net",
  hdrs=[("Reply-To", "fiona.marsh.quillmere@gmail.com")], subj="writeoff QMI-10466",
  body="""writeoff QMI-10466
also please confirm the bank details on file for Lindqvist, I need to update them urgently.""")

# ---------------------------------------------------------------- other
M("other_phishing", dict(kind="other", note="credential phishing aimed at the AR mailbox"),
  frm="Microsoft 365 <no-reply@m365-mailbox-alerts.com>", date=D(27, 11, "03:12"), auth="spfonly",
  subj="Action required: ar@quillmere.io password expires today",
  body="""Your password for ar@quillmere.io expires today.

To keep your current password and avoid losing incoming invoices, verify now:
https://m365-mailbox-alerts.com/keep-password?u=ar@quillmere.io

Microsoft 365 Team""")

M("other_supplier_invoice", dict(kind="other", note="a supplier's invoice TO us (accounts payable), not ours to chase; has invoice-like data"),
  frm="Ferrous Optics Supply <billing@ferrousoptics.co.uk>", date=D(1, 12, "10:00"),
  subj="Invoice SI-20931 from Ferrous Optics Supply Ltd",
  body="""Dear Quillmere Instruments,

Please find attached invoice SI-20931 for £842.16, due 31/12/2026.

Pay online: https://pay.ferrousoptics.co.uk/SI-20931

Thank you for your business.
Ferrous Optics Supply Ltd""")

M("other_newsletter", dict(kind="other", note="trade newsletter with list headers, mentions invoices and late payment"),
  frm="Credit Control Weekly <news@creditcontrolweekly.co.uk>", date=D(3, 12, "06:00"),
  hdrs=[("List-Unsubscribe", "<https://creditcontrolweekly.co.uk/u/8812>"), ("Precedence", "bulk")],
  subj="This week: late payment interest explained, and 5 reminder templates",
  body="""CREDIT CONTROL WEEKLY - 3 December 2026

* Late Payment of Commercial Debts Act: how to calculate statutory interest
* Five reminder templates your customers won't ignore
* Webinar: automating your purchase ledger before year end

Unsubscribe: https://creditcontrolweekly.co.uk/u/8812""")

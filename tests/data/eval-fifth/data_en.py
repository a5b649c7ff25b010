"""English set: Kestrel Works (UK/intl clients)."""
from make import (attach_rfc822, BOT, DOM, D, FAKE_PDF, authres, bmid, build, contacts, report, save,
                  smid, xmid, NOT_KNOWN_INV)

L = "en"
TOM = ("Tom Reilly", "tom.reilly@" + DOM)
BILL = ("Kestrel Works Billing", "billing@" + DOM)
ARB = ("Kestrel Works Accounts", BOT)


def q(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def reminder(inv, amount, due, name="there"):
    return (f"Hi {name},\n\nHope you're well and business is going nicely.\n\n"
            f"Just a quick note that invoice {inv} for {amount} was due on {due}. "
            f"If you have already paid, please ignore this message - and thank you!\n\n"
            f"Bank: Harbour Bank plc, sort code 20-45-77, account 41938862, reference {inv}\n\n"
            f"If anything is unclear, just reply to this email and we'll sort it out.\n\n"
            f"Kind regards,\nKestrel Works Accounts")


def make():
    contacts("accounts@harlowfinch.co.uk", "j.morton@harlowfinch.co.uk",
             "ap@bluegumlogistics.com.au", "office@northsidedental.com",
             "ap@pinecrestmedia.com", "dana.whitley@pinecrestmedia.com",
             "finance@okonkwofoods.com.ng", "admin@sablearchitects.ie",
             "rachel@meridiansurveys.co.nz", "payables@torvaldmarine.ca",
             "billing@graysonhale.com", "hello@fernwoodbakery.co.uk", "finance@quillon.io",
             "sam@brightmoorevents.com", "frontdesk@lakeshorevet.com",
             "compta@lumiere-conseil.fr", "cuentas@hortalizaexport.es",
             "amministrazione@studiobrera.it", "m.grant@bluegumlogistics.com.au")
    staff_auth = authres(TOM[1])

    # ---------------- invoice copies ----------------
    m = build(TOM, ("Accounts Payable", "accounts@harlowfinch.co.uk"),
              "Invoice KW-2026-0412 - website redesign, phase 2", D("2026-11-02 09:41", "+0000"),
              cc=[ARB, ("James Morton", "j.morton@harlowfinch.co.uk")], auth=staff_auth,
              mid=smid("en01"),
              text="""Hello,

Please find attached invoice KW-2026-0412 for phase 2 of the website redesign.

  Invoice no.:   KW-2026-0412
  Invoice date:  2 November 2026
  Net:           GBP 4,050.00
  VAT 20%:       GBP   810.00
  Total due:     GBP 4,860.00
  Terms:         30 days net (due 2 December 2026)

Bank: Harbour Bank plc, sort code 20-45-77, acc. 41938862. Please quote the invoice number.

Thanks again James for a smooth project - looking forward to phase 3.

Best,
Tom Reilly
Kestrel Works Ltd | Project lead
""", attach=[("invoice-KW-2026-0412.pdf", FAKE_PDF)])
    save(L, "01_invoice_harlow_vat", m, kind="invoice_copy", invoice_numbers="KW-2026-0412",
         amount="4860.00", currency="GBP", issue_date="2026-11-02", due_date="2026-12-02",
         payment_terms_days=30, note="net/VAT/total shown; gross is due")

    m = build(BILL, ("Sheree Tan", "ap@bluegumlogistics.com.au"),
              "Tax invoice KW-2026-0415 from Kestrel Works", D("2026-11-03 22:05", "+0000"),
              cc=[ARB], auth=authres(BILL[1]), mid=smid("en02"),
              text="""Hi Sheree,

Attached is our tax invoice for the October fleet-dashboard retainer.

Invoice number: KW-2026-0415
Issued: 03/11/2026
Amount (incl. GST): AUD 12,375.50
Due: 17 Nov 2026 (14 days)

EFT to BSB 062-914 acc 1088 2231, ref KW-2026-0415.

Cheers,
Kestrel Works Billing
""",
              html="""<html><body><p>Hi Sheree,</p>
<p>Attached is our tax invoice for the October fleet-dashboard retainer.</p>
<table border="1" cellpadding="4"><tr><td>Invoice number</td><td><b>KW-2026-0415</b></td></tr>
<tr><td>Issued</td><td>03/11/2026</td></tr>
<tr><td>Amount (incl. GST)</td><td>AUD 12,375.50</td></tr>
<tr><td>Due</td><td>17 Nov 2026 (14 days)</td></tr></table>
<p>EFT to BSB 062-914 acc 1088 2231, ref KW-2026-0415.</p><p>Cheers,<br>Kestrel Works Billing</p></body></html>""",
              attach=[("invoice-KW-2026-0415.pdf", FAKE_PDF)])
    save(L, "02_invoice_bluegum_html", m, kind="invoice_copy", invoice_numbers="KW-2026-0415",
         amount="12375.50", currency="AUD", issue_date="2026-11-03", due_date="2026-11-17",
         payment_terms_days=14, note="Australian dd/mm date; html alternative; sent late evening UTC")

    m = build(TOM, ("Karen Liu", "office@northsidedental.com"),
              "invoice for the booking widget", D("2026-11-04 16:12", "-0500"),
              cc=[ARB], auth=staff_auth, mid=smid("en03"),
              text="""hi Karen - invoice for the booking widget fix attached (KW-2026-0418), $980.00 total, net 15 from today Nov 4 2026.
card or ACH both fine, the pay link is on the pdf.

thanks!
tom
""", attach=[("invoice-KW-2026-0418.pdf", FAKE_PDF)])
    save(L, "03_invoice_northside_short", m, kind="invoice_copy", invoice_numbers="KW-2026-0418",
         amount="980.00", currency="USD", issue_date="2026-11-04", due_date="2026-11-19",
         payment_terms_days=15, note="terse lowercase mail; $ sign only; due date must be computed from net 15")

    m = build(TOM, ("Rachel Ngata", "rachel@meridiansurveys.co.nz"),
              "Meridian - invoice KW-2026-0427", D("2026-11-09 08:30", "+1300"),
              cc=[ARB], auth=staff_auth, mid=smid("en04"),
              text="""Kia ora Rachel,

Invoice KW-2026-0427 for the GIS export tooling is attached.

Date of issue 09/11/2026, payment due 09/12/2026.
Total NZD 3,312.75 (GST inclusive; GST component NZD 432.10).

Ngā mihi,
Tom
""", attach=[("invoice-KW-2026-0427.pdf", FAKE_PDF)])
    save(L, "04_invoice_meridian_nz", m, kind="invoice_copy", invoice_numbers="KW-2026-0427",
         amount="3312.75", currency="NZD", issue_date="2026-11-09", due_date="2026-12-09", note="dd/mm/yyyy dates; GST component amount also present; +1300 timezone")

    m = build(TOM, ("Torvald Marine Payables", "payables@torvaldmarine.ca"),
              "Invoice KW-2026-0430 - Torvald Marine", D("2026-11-12 11:02", "-0800"),
              auth=staff_auth, mid=smid("en05"),
              text="""Good morning,

Please see attached invoice KW-2026-0430.

Invoice date: November 12, 2026
Amount: CAD 15,820.00 (GST/HST not applicable - export of services)
Payment terms: Net 30 - due December 12, 2026

Wire details are on the invoice. Let me know if you need a W-8 or anything else for your vendor file.

Regards,
Tom Reilly
Kestrel Works Ltd
""", attach=[("invoice-KW-2026-0430.pdf", FAKE_PDF)])
    save(L, "05_invoice_torvald_bcc", m, kind="invoice_copy", invoice_numbers="KW-2026-0430",
         amount="15820.00", currency="CAD", issue_date="2026-11-12", due_date="2026-12-12",
         payment_terms_days=30, note="bot only in Bcc (Delivered-To), not in To/Cc")

    m = build(TOM, [("Dana Whitley", "dana.whitley@pinecrestmedia.com"), ("AP", "ap@pinecrestmedia.com")],
              "Pinecrest x Kestrel - deposit invoice KW-2026-0421", D("2026-11-05 14:20", "+0000"),
              cc=[ARB], auth=staff_auth, mid=smid("en06"),
              text="""Hi Dana,

As agreed in the SOW signed last week, here's the deposit invoice so we can book the team for January.

Contract value (SOW #PM-2026-14): USD 74,000.00
This invoice - 30% deposit:       USD 22,200.00
Remaining 70% (USD 51,800.00) will be invoiced on delivery of milestone 2, not now.

Invoice KW-2026-0421, dated 5 Nov 2026, payable within 14 days.

Thanks,
Tom
""", attach=[("invoice-KW-2026-0421.pdf", FAKE_PDF)])
    save(L, "06_invoice_pinecrest_deposit", m, kind="invoice_copy", invoice_numbers="KW-2026-0421",
         amount="22200.00", currency="USD", issue_date="2026-11-05", due_date="2026-11-19",
         payment_terms_days=14, note="HARD: contract value 74000 and remaining 51800 also stated; only the 30% deposit is invoiced")

    m = build(BILL, ("Chidi Eze", "finance@okonkwofoods.com.ng"),
              "Invoice KW-2026-0423 (WHT)", D("2026-11-06 10:15", "+0100"),
              cc=[ARB, TOM], auth=authres(BILL[1]), mid=smid("en07"),
              text="""Dear Chidi,

Please find attached invoice KW-2026-0423 for the inventory app maintenance (Q4).

Invoice amount:                          USD 7,150.00
Less 5% withholding tax (deducted by you
and remitted to FIRS on our behalf):      USD   357.50
Net amount to be transferred to us:       USD 6,792.50

Invoice date: 6 November 2026. Terms: 30 days.
Kindly send us the WHT credit note once filed.

Yours faithfully,
Kestrel Works Billing
""", attach=[("invoice-KW-2026-0423.pdf", FAKE_PDF)])
    save(L, "07_invoice_okonkwo_wht", m, kind="invoice_copy", invoice_numbers="KW-2026-0423",
         amount="6792.50", currency="USD", issue_date="2026-11-06", due_date="2026-12-06",
         payment_terms_days=30, note="HARD: withholding tax; gross 7150.00 vs net cash expected 6792.50")

    m = build(TOM, ("Niamh Byrne", "admin@sablearchitects.ie"),
              "KW-2026-0426 - instalment schedule", D("2026-11-10 12:48", "+0000"),
              cc=[ARB], auth=staff_auth, mid=smid("en08"),
              text="""Hi Niamh,

Following our call, invoice KW-2026-0426 (EUR 9,600.00 incl. VAT) will be paid in three instalments of EUR 3,200.00:

 1st instalment - 30 Nov 2026
 2nd instalment - 31 Dec 2026
 3rd instalment - 29 Jan 2027

We'll set credit note CN-2026-011 (EUR 450.00, the unused hosting) against the first instalment, so only EUR 2,750.00 is needed this month. Or against the last one if your accounts team prefers - let me know.

Invoice date 10 Nov 2026.

Thanks,
Tom
""", attach=[("invoice-KW-2026-0426.pdf", FAKE_PDF)])
    save(L, "08_invoice_sable_instalments", m, kind="invoice_copy", invoice_numbers="KW-2026-0426",
         amount="2750.00", currency="EUR", issue_date="2026-11-10", due_date="2026-11-30",
         needs_human=True,
         note="HARD: total 9600, three instalments of 3200, credit note 450 maybe against first (2750) or last; amount due now unclear")

    # ---------------- read receipts ----------------
    rem = bmid("en-0412-arrived")
    m = report(("Harlow & Finch Accounts", "accounts@harlowfinch.co.uk"), ARB,
               "Read: Invoice KW-2026-0412 - did it arrive?", D("2026-11-06 08:03", "+0000"),
               "This is a receipt for the mail you sent to accounts@harlowfinch.co.uk at 05/11/2026 09:00\n\n"
               "This receipt verifies that the message has been displayed on the recipient's computer at 06/11/2026 08:03\n",
               "disposition-notification",
               f"""Reporting-UA: accounts.harlowfinch.co.uk; Thunderbird 128.4.0
Final-Recipient: rfc822;accounts@harlowfinch.co.uk
Original-Message-ID: {rem}
Disposition: manual-action/MDN-sent-manually; displayed""",
               ("text/rfc822-headers", f"""From: Kestrel Works Accounts <{BOT}>
To: accounts@harlowfinch.co.uk
Subject: Invoice KW-2026-0412 - did it arrive?
Message-ID: {rem}
Date: Thu, 05 Nov 2026 09:00:00 +0000"""),
               auth=authres("accounts@harlowfinch.co.uk"), irt=rem)
    save(L, "09_mdn_harlow", m, kind="read_receipt", invoice_numbers="KW-2026-0412",
         original_message_id=rem, note="standard RFC 8098 MDN")

    rem = bmid("en-0427-friendly")
    m = build(("Rachel Ngata", "rachel@meridiansurveys.co.nz"), ARB,
              "Read: Friendly reminder - invoice KW-2026-0427 due 9 December", D("2026-12-07 07:55", "+1300"),
              auth=authres("rachel@meridiansurveys.co.nz"),
              extra=[("Thread-Topic", "Friendly reminder - invoice KW-2026-0427 due 9 December"),
                     ("X-MS-Exchange-Organization-AuthAs", "Internal"),
                     ("References", rem)],
              text=f"""Your message

  To: rachel@meridiansurveys.co.nz
  Subject: Friendly reminder - invoice KW-2026-0427 due 9 December
  Sent: Monday, 7 December 2026 7:10:12 AM (UTC+12:00) Auckland, Wellington

was read on Monday, 7 December 2026 7:55:40 AM (UTC+12:00) Auckland, Wellington.
""")
    save(L, "10_read_outlook_meridian", m, kind="read_receipt", invoice_numbers="KW-2026-0427",
         original_message_id=rem, note="non-standard Outlook 'Read:' receipt, text/plain only, tied by References")

    # ---------------- bounces ----------------
    rem = bmid("en-0415-overdue")
    m = report(("Mail Delivery System", "MAILER-DAEMON@out1." + DOM), BOT,
               "Undelivered Mail Returned to Sender", D("2026-11-23 09:00", "+0000"),
               """This is the mail system at host out1.kestrelworks.io.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.grant@bluegumlogistics.com.au>: host
    bluegumlogistics-com-au.mail.protection.outlook.com[52.101.148.3] said: 550
    5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
    lookup (in reply to RCPT TO command)
""", "delivery-status", f"""Reporting-MTA: dns; out1.kestrelworks.io
X-Postfix-Queue-ID: 4Q7KXc2yGLz9s
X-Postfix-Sender: rfc822; {BOT}
Arrival-Date: Mon, 23 Nov 2026 08:59:58 +0000

Final-Recipient: rfc822; m.grant@bluegumlogistics.com.au
Original-Recipient: rfc822;m.grant@bluegumlogistics.com.au
Action: failed
Status: 5.1.10
Remote-MTA: dns; bluegumlogistics-com-au.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
    found by SMTP address lookup""",
               ("text/rfc822-headers", f"""Return-Path: <{BOT}>
From: Kestrel Works Accounts <{BOT}>
To: m.grant@bluegumlogistics.com.au
Cc: ap@bluegumlogistics.com.au
Subject: Invoice KW-2026-0415 is past due
Date: Mon, 23 Nov 2026 08:59:57 +0000
Message-ID: {rem}"""), mailfrom="", received_from="out1." + DOM)
    save(L, "11_bounce_user_unknown", m, kind="bounce", invoice_numbers="KW-2026-0415",
         failed_recipients="m.grant@bluegumlogistics.com.au", bounce_permanent=True,
         original_message_id=rem, bounce_reason="user_unknown",
         note="Postfix DSN; original had a Cc that did NOT fail")

    rem = bmid("en-0418-overdue")
    m = report(("Microsoft Outlook", "postmaster@northsidedental.com"), BOT,
               "Undeliverable: Invoice KW-2026-0418 is past due", D("2026-11-25 14:31", "+0000"),
               """Delivery has failed to these recipients or groups:

office@northsidedental.com
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: PH0PR11MB4981.namprd11.prod.outlook.com

office@northsidedental.com
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'
""", "delivery-status", f"""Reporting-MTA: dns;PH0PR11MB4981.namprd11.prod.outlook.com
Received-From-MTA: dns;out1.kestrelworks.io
Arrival-Date: Wed, 25 Nov 2026 14:31:02 +0000

Final-Recipient: rfc822;office@northsidedental.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded""",
               ("text/rfc822-headers", f"""From: Kestrel Works Accounts <{BOT}>
To: Karen Liu <office@northsidedental.com>
Subject: Invoice KW-2026-0418 is past due
Message-ID: {rem}
Date: Wed, 25 Nov 2026 14:30:55 +0000"""),
               auth=authres("postmaster@northsidedental.com", dkim="none", dmarc="none"), mailfrom="")
    save(L, "12_bounce_mailbox_full", m, kind="bounce", invoice_numbers="KW-2026-0418",
         failed_recipients="office@northsidedental.com", bounce_permanent=True,
         original_message_id=rem, bounce_reason="mailbox_full",
         note="Exchange NDR, Action failed 5.2.2 (quota) although the prose says try later")

    rem = bmid("en-0384-overdue")
    orig = f"""From: Kestrel Works Accounts <{BOT}>
To: finance@quillon.io
Subject: Statement: 2 open invoices (KW-2026-0384, KW-2026-0392)
Date: Tue, 24 Nov 2026 10:00:03 +0000
Message-ID: {rem}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hi there, hope all is well at Quillon ...
"""
    m = build(("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), BOT,
              "Delivery Status Notification (Failure)", D("2026-11-24 10:00", "+0000"),
              auth=authres("mailer-daemon@googlemail.com"), mailfrom="",
              text="""** Message blocked **

Your message to finance@quillon.io has been blocked. See technical details below for more information.

The response from the remote server was:
550 5.7.26 Unauthenticated email from kestrelworks.io is not accepted due to domain's DMARC policy. Please contact the administrator of kestrelworks.io domain if this was a legitimate mail. To learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection
""")
    attach_rfc822(m, orig)
    save(L, "13_bounce_policy_prose", m, kind="bounce", invoice_numbers="KW-2026-0384;KW-2026-0392",
         failed_recipients="finance@quillon.io", bounce_permanent=True, original_message_id=rem,
         bounce_reason="policy", needs_human=True,
         note="Gmail-style non-DSN bounce; recipient only in prose; DMARC policy rejection of OUR mail (config problem)")

    rem = bmid("en-0405-overdue")
    m = report(("Mail Delivery System", "MAILER-DAEMON@out1." + DOM), BOT,
               "Delayed Mail (still being retried)", D("2026-11-26 13:05", "+0000"),
               """This is the mail system at host out1.kestrelworks.io.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<sam@brightmoorevents.com>: connect to mx1.brightmoorevents.com[198.51.100.23]:25:
    Connection timed out
""", "delivery-status", f"""Reporting-MTA: dns; out1.kestrelworks.io
X-Postfix-Queue-ID: 4Q8B1x0cZkz7P
X-Postfix-Sender: rfc822; {BOT}
Arrival-Date: Thu, 26 Nov 2026 09:00:11 +0000

Final-Recipient: rfc822; sam@brightmoorevents.com
Original-Recipient: rfc822;sam@brightmoorevents.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx1.brightmoorevents.com[198.51.100.23]:25:
    Connection timed out
Will-Retry-Until: Tue, 1 Dec 2026 09:00:11 +0000""",
               ("text/rfc822-headers", f"""From: Kestrel Works Accounts <{BOT}>
To: Sam Okafor <sam@brightmoorevents.com>
Subject: Invoice KW-2026-0405 is past due
Message-ID: {rem}
Date: Thu, 26 Nov 2026 09:00:10 +0000"""), mailfrom="", received_from="out1." + DOM)
    save(L, "14_bounce_delayed", m, kind="bounce", invoice_numbers="KW-2026-0405",
         failed_recipients="sam@brightmoorevents.com", bounce_permanent=False,
         original_message_id=rem, bounce_reason="other",
         note="delay warning (Action: delayed), not a final failure")

    rem = bmid("en-0402-overdue")
    m = report(("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@graysonhale.com"), BOT,
               "Undeliverable: Invoice KW-2026-0402 is past due", D("2026-11-20 16:44", "+0000"),
               """Your message to billing@graysonhale.com couldn't be delivered.

Office 365 has detected your message as spam.

kestrelworks.io  Sender  -  graysonhale.com  Action Required (Recipient)

How to Fix It
The recipient's email server didn't accept the message because it was identified as spam. 

Remote Server returned '550 5.7.350 Remote server returned message detected as spam -> 554 5.7.1 Message rejected as spam by Content Filtering'
""", "delivery-status", f"""Reporting-MTA: dns;SA1PR19MB5208.namprd19.prod.outlook.com
Received-From-MTA: dns;out1.kestrelworks.io
Arrival-Date: Fri, 20 Nov 2026 16:44:20 +0000

Final-Recipient: rfc822;billing@graysonhale.com
Action: failed
Status: 5.7.350
Diagnostic-Code: smtp;550 5.7.350 Remote server returned message detected as spam -> 554 5.7.1 Message rejected as spam by Content Filtering""",
               ("text/rfc822-headers", f"""From: Kestrel Works Accounts <{BOT}>
To: billing@graysonhale.com
Subject: Invoice KW-2026-0402 is past due
Message-ID: {rem}
Date: Fri, 20 Nov 2026 16:44:11 +0000"""), mailfrom="",
               auth=authres("postmaster@graysonhale.com", hdr_domain="graysonhale.com"))
    save(L, "15_bounce_spam", m, kind="bounce", invoice_numbers="KW-2026-0402",
         failed_recipients="billing@graysonhale.com", bounce_permanent=True, original_message_id=rem,
         bounce_reason="spam", note="O365 content-filter spam rejection")

    # ---------------- auto-replies ----------------
    rem = bmid("en-0418-arrived")
    m = build(("Karen Liu", "office@northsidedental.com"), ARB,
              "Automatic reply: Invoice KW-2026-0418 - did it arrive?", D("2026-11-07 09:00", "-0500"),
              auth=authres("office@northsidedental.com"), irt=rem,
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
              text="""Thank you for your email. The practice is closed for staff training and I am out of the office until Friday 20 November. I'll be back at my desk on Monday, 23 November 2026.

For urgent appointment changes call (617) 555-0142.

Karen
""")
    save(L, "16_ooo_northside", m, kind="auto_reply", return_date="2026-11-23", invoice_numbers="KW-2026-0418",
         note="two dates: 'until Friday 20 November' and back Monday 23 November")

    rem = bmid("en-0377-overdue")
    m = build(("Élodie Marchand", "compta@lumiere-conseil.fr"), ARB,
              "Réponse automatique : Invoice KW-2026-0377 is past due", D("2026-11-19 10:12", "+0100"),
              auth=authres("compta@lumiere-conseil.fr"), irt=rem,
              extra=[("Auto-Submitted", "auto-replied")],
              text="""Bonjour,

Je suis absente du bureau jusqu'au vendredi 27 novembre inclus, sans accès à ma messagerie. Je serai de retour le lundi 30 novembre.

Pour toute question urgente concernant la comptabilité fournisseurs, merci de contacter Julien Robert : j.robert@lumiere-conseil.fr.

Cordialement,
Élodie Marchand
""")
    save(L, "17_ooo_french", m, kind="auto_reply", language="fr", return_date="2026-11-30",
         invoice_numbers="KW-2026-0377", note="French; 'jusqu'au 27 inclus' plus explicit return 30 Nov; alternate contact")

    rem = bmid("en-0380-overdue")
    m = build(("Hortaliza Export S.L.", "cuentas@hortalizaexport.es"), ARB,
              "Fuera de la oficina", D("2026-12-01 08:47", "+0100"),
              auth=authres("cuentas@hortalizaexport.es"), irt=rem,
              extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
              text="""Hola:

Gracias por su mensaje. Estaré fuera de la oficina por vacaciones y regresaré el lunes 14 de diciembre de 2026. Durante este tiempo no revisaré el correo con regularidad.

Un saludo,
Marta Gil
Departamento de Administración
""")
    save(L, "18_ooo_spanish", m, kind="auto_reply", language="es", return_date="2026-12-14",
         invoice_numbers="KW-2026-0380", note="Spanish; generic subject without invoice reference; threaded by In-Reply-To")

    rem = bmid("en-0395-overdue")
    m = build(("Amministrazione Studio Brera", "amministrazione@studiobrera.it"), ARB,
              "R: Invoice KW-2026-0395 is past due", D("2026-12-03 12:30", "+0100"),
              auth=authres("amministrazione@studiobrera.it"), irt=rem,
              text="""Gentile mittente,

sono fuori ufficio fino a mercoledì 9 dicembre compreso e rientrerò giovedì 10 dicembre. Nel frattempo la posta non verrà letta.
Per pagamenti e fatture scrivete a pagamenti@studiobrera.it.

Cordiali saluti
Giulia Ferri
""")
    save(L, "19_ooo_italian_noheader", m, kind="auto_reply", language="it", return_date="2026-12-10",
         invoice_numbers="KW-2026-0395", note="Italian, NO Auto-Submitted header; 'R:' subject looks like a human reply")

    rem = bmid("en-0421-due")
    m = build(("Pinecrest Media Accounts Payable", "ap@pinecrestmedia.com"), ARB,
              "[Case AP-88213] Received: Friendly reminder - invoice KW-2026-0421", D("2026-11-16 15:02", "-0500"),
              auth=authres("ap@pinecrestmedia.com"), irt=rem,
              extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
                     ("X-Mailer", "Freshdesk")],
              text="""Thank you for contacting Pinecrest Media Accounts Payable.

This is an automated acknowledgement. Your request has been logged as case AP-88213. Our team processes vendor enquiries within 5-7 business days. Please do not reply to this email; replies to this address are not monitored.

Vendor payments run every Thursday. Invoices must reference a valid Pinecrest PO number.

Pinecrest Media AP team
""")
    save(L, "20_autoack_ticket", m, kind="auto_reply", invoice_numbers="KW-2026-0421",
         note="helpdesk acknowledgement, no return date; mentions payment runs but no promise")

    # ---------------- challenges ----------------
    rem = bmid("en-0408-arrived")
    m = build(("Lakeshore Vet", "frontdesk@lakeshorevet.com"), ARB,
              "Re: Invoice KW-2026-0408 - did it arrive? [Verify Sender]", D("2026-11-13 18:22", "-0600"),
              auth=authres("frontdesk@lakeshorevet.com", dkim="none", dmarc="none"), irt=rem,
              extra=[("Auto-Submitted", "auto-replied"), ("X-Boxtrapper", "verify")],
              text=f"""The message you sent requires that you verify that you
are a real live human being and not a spam source.

To complete this verification, simply reply to this message and leave
the subject line intact or click the link below:

https://lakeshorevet.com:2096/cgi-sys/bxd.cgi?a=frontdesk@lakeshorevet.com&email={BOT}&verify=7f3c9a11d0

The headers of the message sent from your address are shown below:

From {BOT} Fri Nov 13 18:22:01 2026
Subject: Invoice KW-2026-0408 - did it arrive?
Message-ID: {rem}
""")
    save(L, "21_challenge_boxtrapper", m, kind="challenge", challenge=True, invoice_numbers="KW-2026-0408",
         original_message_id=rem, note="cPanel BoxTrapper; subject starts with Re:")

    m = build(("Fernwood Bakery (via MailGuard)", "noreply@verify.mailguardian.net"), ARB,
              "Please confirm your message to hello@fernwoodbakery.co.uk", D("2026-11-17 07:40", "+0000"),
              auth=authres("noreply@verify.mailguardian.net"),
              extra=[("Auto-Submitted", "auto-generated")],
              text=f"""Hello,

You recently sent a message to hello@fernwoodbakery.co.uk with the subject
"Invoice KW-2026-0389 is past due".

Fernwood Bakery only accepts email from approved senders. To get your message
delivered, please confirm that you are a real person (not an automated system)
within 72 hours:

  https://verify.mailguardian.net/c/9QxL2r0f?s={BOT}

You only have to do this once. If you did not send this message, ignore this email.

MailGuardian - stop spam before it starts
""",
              html="""<html><body><p>Hello,</p><p>You recently sent a message to <b>hello@fernwoodbakery.co.uk</b> with the subject "Invoice KW-2026-0389 is past due".</p>
<p>Fernwood Bakery only accepts email from approved senders. <a href="https://verify.mailguardian.net/c/9QxL2r0f">Confirm I'm a real person</a> within 72 hours.</p></body></html>""")
    save(L, "22_challenge_thirdparty", m, kind="challenge", challenge=True, invoice_numbers="KW-2026-0389",
         note="challenge from a third-party service domain, not threaded; recipient only in text")

    # ---------------- payment confirmations ----------------
    m = build(("Harbour Bank Alerts", "alerts@harbourbank.co.uk"), BOT,
              "Credit received on account ****8862", D("2026-11-27 06:15", "+0000"),
              auth=authres("alerts@harbourbank.co.uk"),
              text="""Harbour Bank Business - payment received

A Faster Payment has been credited to your account.

Account:        KESTREL WORKS LTD ****8862
Amount:         GBP 4,860.00
From:           HARLOW AND FINCH LTD
Reference:      KW-2026-0412
Value date:     27 Nov 2026
Available bal.: GBP 61,204.17

This is an automated message. Please do not reply. Harbour Bank will never ask for your PIN or passcode by email.
""")
    save(L, "23_pay_full_bank", m, kind="payment_confirmation", invoice_numbers="KW-2026-0412",
         amount="4860.00", currency="GBP", payment_date="2026-11-27", payment_full=True,
         allocations="KW-2026-0412=4860.00", note="available balance is a distractor amount")

    m = build(("Payrail", "receipts@payrail.com"), BOT,
              "You received a payment of $980.00 from Northside Dental", D("2026-11-18 19:03", "+0000"),
              auth=authres("receipts@payrail.com"),
              text="""You received a payment

Amount:        $980.00 USD
Fee:           -$28.72
Net:           $951.28
Customer:      Northside Dental (office@northsidedental.com)
Description:   Invoice KW-2026-0418
Date:          Nov 18, 2026
Payment ID:    py_3QvR8sK2e1

The net amount will be included in your next payout.
""",
              html="""<html><body><h2>You received a payment</h2><table>
<tr><td>Amount</td><td><b>$980.00 USD</b></td></tr><tr><td>Fee</td><td>-$28.72</td></tr>
<tr><td>Net</td><td>$951.28</td></tr><tr><td>Customer</td><td>Northside Dental</td></tr>
<tr><td>Description</td><td>Invoice KW-2026-0418</td></tr><tr><td>Date</td><td>Nov 18, 2026</td></tr></table></body></html>""")
    save(L, "24_pay_psp_card_fee", m, kind="payment_confirmation", invoice_numbers="KW-2026-0418",
         amount="980.00", currency="USD", payment_date="2026-11-18", payment_full=True,
         allocations="KW-2026-0418=980.00", note="PSP fee and net amount; gross settles the invoice")

    m = build(("Harbour Bank Alerts", "alerts@harbourbank.co.uk"), BOT,
              "International payment received - AUD", D("2026-11-25 05:40", "+0000"),
              auth=authres("alerts@harbourbank.co.uk"),
              text="""Harbour Bank Business - incoming international payment

Beneficiary account:  KESTREL WORKS LTD - AUD wallet ****2231
Ordering customer:    BLUEGUM LOGISTICS PTY LTD
Amount credited:      AUD 6,000.00
Remittance info:      PART PAYMT INV KW-2026-0415 BAL TO FOLLOW
Value date:           24/11/2026
SWIFT ref:            HBUKGB2L26112400391
""")
    save(L, "25_pay_partial", m, kind="payment_confirmation", invoice_numbers="KW-2026-0415",
         amount="6000.00", currency="AUD", payment_date="2026-11-24", payment_full=False,
         allocations="KW-2026-0415=6000.00", note="partial payment of 12375.50; value date dd/mm differs from mail date")

    m = build(("Payrail Payments", "payouts@payrail.com"), BOT,
              "Remittance advice from Quillon Software Ltd", D("2026-11-30 11:20", "+0000"),
              auth=authres("payouts@payrail.com"),
              text="""Quillon Software Ltd has sent you a payment via Payrail.

Payment date: 30 November 2026
Total paid:   GBP 3,560.40

  Invoice          Amount
  KW-2026-0384     GBP 1,250.00
  KW-2026-0392     GBP 2,310.40

Funds will arrive in your Harbour Bank account ending 8862 within 1 business day.
""")
    save(L, "26_pay_multi", m, kind="payment_confirmation", invoice_numbers="KW-2026-0384;KW-2026-0392",
         amount="3560.40", currency="GBP", payment_date="2026-11-30", payment_full=True,
         allocations="KW-2026-0384=1250.00;KW-2026-0392=2310.40", note="two invoices in one remittance")

    m = build(("Harbour Bank Alerts", "alerts@harbourbank.co.uk"), BOT,
              "Credit received on account ****8862", D("2026-12-03 06:11", "+0000"),
              auth=authres("alerts@harbourbank.co.uk"),
              text="""Harbour Bank Business - payment received

Account:        KESTREL WORKS LTD ****8862 (CAD wallet)
Amount:         CAD 15,820.00
From:           TORVALD MARINE SVCS INC
Reference:      TORVALD INV 0430
Value date:     03 Dec 2026
""")
    save(L, "27_pay_abbrev_ref", m, kind="payment_confirmation", invoice_numbers="KW-2026-0430",
         amount="15820.00", currency="CAD", payment_date="2026-12-03", payment_full=True,
         allocations="KW-2026-0430=15820.00", note="reference abbreviated 'INV 0430'; match by payer and amount")

    m = build(("Harbour Bank Alerts", "alerts@harbourbank.co.uk"), BOT,
              "Credit received on account ****8862", D("2026-11-20 02:48", "+0000"),
              auth=[authres("alerts@harbourbank.co.uk", dkim="fail", spf="softfail", dmarc="fail")],
              mailfrom="bounce@mailer-hbk-secure.top", received_from="vps-88231.mailer-hbk-secure.top",
              text="""Harbour Bank Business - payment received

Account:        KESTREL WORKS LTD ****8862
Amount:         USD 22,200.00
From:           PINECREST MEDIA INC
Reference:      KW-2026-0421
Value date:     20 Nov 2026

The payment is pending release. To release the funds please confirm your online banking details within 24 hours: https://harbourbank-secure-release.top/login
""")
    save(L, "28_pay_forged", m, kind="other", invoice_numbers="KW-2026-0421", amount="22200.00",
         currency="USD", needs_human=True,
         note="forged bank notice: DKIM/DMARC fail, foreign envelope sender, phishing link")

    # ---------------- client replies ----------------
    rem = bmid("en-0412-friendly")
    m = build(("James Morton", "j.morton@harlowfinch.co.uk"), ARB,
              "RE: Friendly reminder - invoice KW-2026-0412 due 2 December", D("2026-11-27 10:02", "+0000"),
              auth=authres("j.morton@harlowfinch.co.uk"), irt=rem,
              text="""Hi,

This went out this morning by Faster Payment, should be with you already. Remittance attached.

James

""" + q(reminder("KW-2026-0412", "GBP 4,860.00", "2 December 2026", "James")),
              attach=[("remittance_HF_27112026.pdf", FAKE_PDF)])
    save(L, "29_reply_paid", m, kind="client_reply", intent="paid", invoice_numbers="KW-2026-0412",
         note="paid claim; 'went out this morning' no explicit date")

    rem = bmid("en-0415-overdue2")
    m = build(("Sheree Tan", "ap@bluegumlogistics.com.au"), ARB,
              "RE: Invoice KW-2026-0415 is past due", D("2026-11-26 16:40", "+1100"),
              auth=authres("ap@bluegumlogistics.com.au"), irt=rem,
              text="""Hi team,

Apologies - we've paid 6k already and the balance of $6,375.50 will go out in our next payment run on Friday 4 December.

Regards,
Sheree Tan | Accounts Payable
Bluegum Logistics Pty Ltd

-----Original Message-----
From: Kestrel Works Accounts <ar@kestrelworks.io>
Sent: Thursday, 26 November 2026 9:00 AM
Subject: Invoice KW-2026-0415 is past due

""" + reminder("KW-2026-0415", "AUD 12,375.50", "17 Nov 2026", "Sheree"))
    save(L, "30_reply_promise_balance", m, kind="client_reply", intent="promise", promised_date="2026-12-04",
         invoice_numbers="KW-2026-0415", amount="6375.50", currency="AUD",
         note="partial paid + promise of balance on a weekday+date; Outlook-style quote")

    rem = bmid("en-0423-overdue")
    m = build(("Chidi Eze", "finance@okonkwofoods.com.ng"), ARB,
              "Re: Invoice KW-2026-0423 is past due", D("2026-12-02 13:15", "+0100"),
              auth=authres("finance@okonkwofoods.com.ng"), irt=rem,
              text="""Good afternoon,

Noted with thanks. Unfortunately we will not be able to make this Friday's payment run as our CFO is travelling, but the transfer will definitely be done on the 15th of this month.

Kind regards,
Chidi

On Wed, 2 Dec 2026 at 09:00, Kestrel Works Accounts <ar@kestrelworks.io> wrote:
""" + q(reminder("KW-2026-0423", "USD 6,792.50", "6 December 2026", "Chidi")))
    save(L, "31_reply_not_friday_but_15th", m, kind="client_reply", intent="promise", promised_date="2026-12-15",
         invoice_numbers="KW-2026-0423", note="HARD: negated Friday (4 Dec) then 'the 15th of this month'")

    rem = bmid("en-0427-friendly")
    m = build(("Rachel Ngata", "rachel@meridiansurveys.co.nz"), ARB,
              "Re: Friendly reminder - invoice KW-2026-0427 due 9 December", D("2026-12-07 10:30", "+1300"),
              auth=authres("rachel@meridiansurveys.co.nz"), irt=rem,
              text="""Hi Tom / accounts,

Before this gets paid I need it corrected. The invoice bills 42 hours for the export tooling but the quote we signed off (Q-118) was capped at 30 hours. We're not paying the extra 12 hrs without a change request, which we never agreed to.

Please send a revised invoice and we'll process it straight away.

Rachel
""" + "\n\n" + q(reminder("KW-2026-0427", "NZD 3,312.75", "9 December 2026", "Rachel")))
    save(L, "32_reply_dispute_hours", m, kind="client_reply", intent="dispute", invoice_numbers="KW-2026-0427",
         note="dispute over hours; 'will process straight away' after correction is not a promise")

    rem = bmid("en-0402-overdue2")
    m = build(("Grayson Hale LLP - Billing", "billing@graysonhale.com"), ARB,
              "RE: Invoice KW-2026-0402 is past due", D("2026-12-01 11:05", "-0500"),
              auth=authres("billing@graysonhale.com"), irt=rem,
              text="""Hello,

We have no record of invoice KW-2026-0402 in our system - it may have been sent to a former colleague. Could you please resend the PDF to this address? Once we have it we'll route it for approval.

Thank you,
Priya Raman
Billing Coordinator, Grayson Hale LLP
""")
    save(L, "33_reply_not_received", m, kind="client_reply", intent="not_received", invoice_numbers="KW-2026-0402",
         note="not received + resend request")

    rem = bmid("en-0408-overdue")
    m = build(("Lakeshore Vet Front Desk", "frontdesk@lakeshorevet.com"), ARB,
              "Re: Invoice KW-2026-0408 is past due", D("2026-11-30 09:12", "-0600"),
              auth=authres("frontdesk@lakeshorevet.com"), irt=rem,
              text="""this is the front desk inbox. we do not handle invoices here. please remove this address from your list and stop sending these. billing is handled by our head office in Madison.
""")
    save(L, "34_reply_stop", m, kind="client_reply", intent="stop", invoice_numbers="KW-2026-0408", needs_human=True,
         note="stop for this address + redirect to head office (no address given)")

    rem = bmid("en-0389-overdue")
    m = build(("Fernwood Bakery", "hello@fernwoodbakery.co.uk"), ARB,
              "Re: Invoice KW-2026-0389 is past due", D("2026-11-24 21:47", "+0000"),
              auth=authres("hello@fernwoodbakery.co.uk"), irt=rem,
              text="""Hiya,

Sorry this has dragged on. Honestly November's been brutal for us (the roadworks outside have killed our footfall). Is there any chance we could split the £1,260 into three monthly bits? We could do the first £420 on 1 Dec and then Jan and Feb.

Really sorry again,
Holly
Fernwood Bakery
""")
    save(L, "35_reply_plan_request", m, kind="client_reply", intent="plan_request", invoice_numbers="KW-2026-0389",
         amount="1260.00", currency="GBP", needs_human=True, note="plan request with a proposed first date; not a promise")

    rem = bmid("en-0426-due")
    m = build(("Niamh Byrne", "admin@sablearchitects.ie"), ARB,
              "Re: Friendly reminder - KW-2026-0426 first instalment", D("2026-11-26 14:20", "+0000"),
              auth=authres("admin@sablearchitects.ie"), irt=rem,
              text="""Hi,

Quick one - is the 30 Nov instalment the €2,750 (with the credit note) or the full €3,200? Our system has the credit note against the last payment. Just want to pay the right figure.

Thanks,
Niamh
""")
    save(L, "36_reply_question_amount", m, kind="client_reply", intent="question", invoice_numbers="KW-2026-0426",
         needs_human=True, note="question about which instalment amount; mentions 'pay' without any promise")

    rem = bmid("en-0421-overdue")
    m = build(("Dana Whitley", "dana.whitley@pinecrestmedia.com"), ARB,
              "Re: Invoice KW-2026-0421 is past due", D("2026-11-24 10:51", "-0500"),
              auth=authres("dana.whitley@pinecrestmedia.com"), irt=rem,
              text="""Which PO number should this go against? AP bounced it back to me because there's no PO on the invoice. I can raise one today if you tell me whether it's under the January project or the retainer.

Dana

On Tue, Nov 24, 2026 at 9:00 AM Kestrel Works Accounts <ar@kestrelworks.io> wrote:
> Hi Dana,
>
> Just a quick note that invoice KW-2026-0421 for USD 22,200.00 was due on 19 November 2026.
> If you have already paid, please ignore this message - and thank you!
> We have received your payment for earlier invoices, thank you.
>
> Kind regards,
> Kestrel Works Accounts
""")
    save(L, "37_reply_question_po_quoted_paid", m, kind="client_reply", intent="question",
         invoice_numbers="KW-2026-0421", note="HARD: quoted text contains 'already paid' / 'received your payment'; real intent is PO question")

    rem = bmid("en-0399-overdue")
    m = build(("Sam Okafor", "sam@brightmoorevents.com"), ARB,
              "Re: Invoice KW-2026-0399 is past due", D("2026-12-03 17:33", "+0000"),
              auth=authres("sam@brightmoorevents.com"), irt=rem,
              text="""Hi,

I can't promise we'll have it paid by the 10th - our director signs off all payments and he's away until further notice. I'll chase internally and come back to you.

Sam
""")
    save(L, "38_reply_negated_promise", m, kind="client_reply", intent="other", invoice_numbers="KW-2026-0399",
         needs_human=True, note="HARD: negated promise with a date ('can't promise ... by the 10th'); no promised date")

    rem = bmid("en-0395-overdue2")
    m = build(("Lumière Conseil - Comptabilité", "compta@lumiere-conseil.fr"), ARB,
              "RE: Invoice KW-2026-0395 is past due", D("2026-12-02 15:00", "+0100"),
              auth=authres("compta@lumiere-conseil.fr"), irt=rem,
              text="""Hello,

Our accounting says KW-2026-0395 was paid on 20/11 together with KW-2026-0377 in one transfer of 3 480,00 EUR. Can you check on your side please ?

Best regards
Julien Robert
""")
    save(L, "39_reply_paid_two_invoices", m, kind="client_reply", intent="paid",
         invoice_numbers="KW-2026-0395;KW-2026-0377", amount="3480.00", currency="EUR",
         note="non-native English; French number format 3 480,00; paid claim for two invoices")

    rem = bmid("en-0405-overdue2")
    m = build(("Sam Okafor", "sam@brightmoorevents.com"), ARB,
              "Re: Invoice KW-2026-0405 is past due", D("2026-12-04 09:20", "+0000"),
              auth=authres("sam@brightmoorevents.com"), irt=rem,
              text="""Morning,

We're not paying the £600 cancellation fee on KW-2026-0405 - the venue cancelled, not us, and that was in the contract. The rest (£1,800) will be with you by Friday 11 Dec.

Can you send a credit note for the fee?

Sam
""")
    save(L, "40_reply_dispute_part_promise", m, kind="client_reply", intent="dispute",
         invoice_numbers="KW-2026-0405", promised_date="2026-12-11", amount="1800.00", currency="GBP",
         needs_human=True, note="HARD: partial dispute + promise for the rest")

    # ---------------- staff commands ----------------
    m = build(TOM, ARB, "paid", D("2026-12-01 17:05", "+0000"), auth=staff_auth,
              text="""paid KW-2026-0389 420.00 2026-12-01

(first instalment from Fernwood, cash in the shop - Tom)

--
Tom Reilly
Kestrel Works Ltd
""")
    save(L, "41_cmd_paid", m, kind="staff_command", invoice_numbers="KW-2026-0389", amount="420.00",
         currency="GBP", payment_date="2026-12-01", note="paid command followed by free text and signature")

    m = build(BILL, ARB, "Re: Daily digest - 24 Nov 2026", D("2026-11-24 12:10", "+0000"),
              auth=authres(BILL[1]), irt=bmid("en-digest-1124"),
              text="""promise KW-2026-0421 2026-12-18
pause Pinecrest 14d
note Pinecrest Dana raising PO this week, deposit approved by their CFO

> Daily digest - Tuesday 24 November 2026
> Needs a human:
>  - Pinecrest Media: KW-2026-0421 USD 22,200.00, 5 days late, client asked about PO
""")
    save(L, "42_cmd_multi_in_digest_reply", m, kind="staff_command", invoice_numbers="KW-2026-0421",
         promised_date="2026-12-18", note="three commands in a reply to the digest, with quoted digest")

    m = build(TOM, ARB, "paid", D("2026-11-28 03:12", "+0000"),
              auth=["mx.mailhost-eu.net; dkim=pass header.d=kestrelworks.io; spf=pass smtp.mailfrom=tom.reilly@kestrelworks.io; dmarc=pass header.from=kestrelworks.io",
                    authres(TOM[1], dkim="none", spf="fail", dmarc="fail")],
              mailfrom="tom.reilly@kestrelworks.io", received_from="smtp.mailhost-eu.net",
              text="""paid KW-2026-0430 15820.00 2026-11-28
resume Torvald
""")
    save(L, "43_cmd_forged", m, kind="other", invoice_numbers="KW-2026-0430", amount="15820.00",
         currency="CAD", needs_human=True,
         note="forged staff command: our authserv says dmarc=fail; a 'pass' comes only from a foreign authserv-id")

    # ---------------- other ----------------
    m = build(("Ledgerly", "news@ledgerly.com"), BOT, "5 ways to get paid faster this holiday season",
              D("2026-11-19 14:00", "+0000"), auth=authres("news@ledgerly.com"),
              extra=[("List-Unsubscribe", "<https://ledgerly.com/u/8f2a>"), ("Precedence", "bulk")],
              text="""Hi there,

Late payments spike in December. Here are five ways to get paid faster:
1. Send invoices the same day.
2. Offer a 2% early payment discount.
3. Send a polite reminder 3 days before the due date...

Read more on our blog. You are receiving this because you signed up at ledgerly.com.
""", html="<html><body><h1>5 ways to get paid faster</h1><p>Late payments spike in December...</p></body></html>")
    save(L, "44_newsletter", m, kind="other", note="newsletter full of payment/reminder vocabulary")

    m = build(("Kestrel Works IT", "it-support@kestrelworks-io.com"), BOT,
              "Action required: mailbox ar@kestrelworks.io will be suspended", D("2026-11-22 01:17", "+0000"),
              auth=authres("it-support@kestrelworks-io.com", dkim="none", dmarc="none"),
              text="""Dear user,

Your mailbox ar@kestrelworks.io has exceeded its storage quota and pending invoices (3) could not be delivered.
Verify your account within 24 hours to avoid suspension: https://kestrelworks-io.com/owa/verify

IT Service Desk
""")
    save(L, "45_phishing_lookalike", m, kind="other", note="phishing from lookalike domain kestrelworks-io.com")

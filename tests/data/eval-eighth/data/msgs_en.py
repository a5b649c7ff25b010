"""English desk: Kestrelmoor Systems Ltd, Sheffield. Invoices KMS-26-0NNN, GBP (some EUR/USD)."""
from .world import (BOT, STAFF, NOTIFIERS, CONTACTS, I, bm, dt, msg, T, Alt, M, R, Hm, html_of, quote,
                    dsn, mdn_body)

C = CONTACTS["en"]
BOTF = "Kestrelmoor Accounts <ar@kestrelmoor.com>"
SIG_F = """--
Fiona Pettigrew
Accounts & Operations | Kestrelmoor Systems Ltd
Unit 4, Kelham Island Works, Sheffield S3 8RY
T: 0114 496 0721 | kestrelmoor.com"""
SIG_R = """Cheers,
Rhys

Rhys Okafor | Project Lead
Kestrelmoor Systems Ltd
07700 900 418"""
BANK = """Bank: Northmoor Bank plc
Account name: Kestrelmoor Systems Ltd
Sort code: 40-19-27   Account no: 61034488
IBAN: GB71 NRMB 4019 2761 0344 88   BIC: NRMBGB2L"""


def rem(greet, inv, amount, due, past=False):
    if past:
        return ("Dear %s,\n\nI hope you are well and that business is going nicely.\n\nOur records show that "
                "invoice %s for %s was due on %s and is now past due. If you have already paid, please "
                "ignore this message - and thank you.\n\n%s\n\nIf anything is unclear, just reply to this "
                "email and we will be glad to help.\n\nKind regards,\nKestrelmoor Accounts" % (greet, inv, amount, due, BANK))
    return ("Dear %s,\n\nHow are you? We hope business is going well.\n\nThis is a friendly reminder that "
            "invoice %s for %s is due on %s.\n\n%s\n\nIf you have already arranged payment, please ignore "
            "this note.\n\nKind regards,\nKestrelmoor Accounts" % (greet, inv, amount, due, BANK))


def hdr(who, when):
    return "On %s, Kestrelmoor Accounts <ar@kestrelmoor.com> wrote:" % when


MESSAGES = []
A = MESSAGES.append

# ---------------------------------------------------------------- invoice copies
t = """Hi Priya,

Please find below our invoice for the October warehouse scanner roll-out.

INVOICE KMS-26-0412
Date: 2 November 2026
Customer: Harbourline Logistics Ltd, PO 77-2231

  Handheld scanner configuration (38 units)      £2,850.00
  On-site training, 2 days                        £1,200.00
                                                 ----------
  Subtotal                                        £4,050.00
  VAT 20%%                                           £810.00
  TOTAL DUE                                       £4,860.00

Payment terms: 30 days from invoice date.

%s

Many thanks,
Fiona

%s""" % (BANK, SIG_F)
A(msg("invoice_plain", "invoice_copy", STAFF["fiona"], "Priya Raman <%s>" % C["harbourline"],
      "Invoice KMS-26-0412 - Harbourline scanner roll-out", dt("2026-11-02 10:12"), Alt(t, html_of(t)),
      "plain invoice with VAT breakdown, terms as days only, bot in Cc",
      cc=BOT, invoice_numbers=I("KMS-26-0412"), amount="4860.00", currency="GBP", issue_date="2026-11-02",
      due_date="2026-12-02", payment_terms_days="30"))

t = """Dear Tom,

Thanks again for signing off the brewhouse telemetry project. As agreed in the contract, we invoice a
40%% deposit now and the balance on commissioning.

Contract value: £18,000.00 + VAT (£21,600.00 gross)

Invoice KMS-26-0415 - deposit (40%%)
  Net      £7,200.00
  VAT 20%%  £1,440.00
  Due now  £8,640.00

The deposit is payable within 14 days, i.e. by 18 November 2026. The remaining £12,960.00 will be invoiced
once the system is commissioned (planned for January).

%s

Best wishes,
Fiona
%s""" % (BANK, SIG_F)
A(msg("invoice_deposit", "invoice_copy", STAFF["fiona"], "Tom Ashdown <%s>" % C["pennant"],
      "Pennant Brewing - deposit invoice KMS-26-0415", dt("2026-11-04 15:40"), Alt(t, html_of(t)),
      "competing totals: contract value, gross, balance vs the 40% deposit due now",
      cc="Kestrelmoor AR <%s>" % BOT, invoice_numbers=I("KMS-26-0415"), amount="8640.00", currency="GBP",
      issue_date="2026-11-04", due_date="2026-11-18", payment_terms_days="14"))

t = """Hello Jonathan,

Invoice KMS-26-0418 for the practice network refresh is attached below in plain text (our PDF printer
is playing up today, sorry).

    Invoice number ........ KMS-26-0418
    Invoice date .......... 6 Nov 2026
    Net amount ............ GBP 2,350.00
    VAT @ 20%% ............. GBP   470.00
    Amount payable ........ GBP 2,820.00

We'd be grateful for payment by Friday the twenty-seventh of November.

Kind regards
Fiona
%s""" % SIG_F
A(msg("invoice_net_gross", "invoice_copy", STAFF["fiona"], "Jonathan Marsh <%s>" % C["wexcombe"],
      "Wexcombe Dental: invoice for network refresh", dt("2026-11-06 09:03"),
      T(t, "iso-8859-1", "quoted-printable"),
      "net vs gross, due date written in words, no terms days, iso-8859-1 QP with pound signs",
      cc=BOT, invoice_numbers=I("KMS-26-0418"), amount="2820.00", currency="GBP", issue_date="2026-11-06",
      due_date="2026-11-27"))

t = """Hi Alison,

As promised, here is the corrected billing for the show-home kiosks.

Invoice KMS-26-0421 (9 November 2026)                 £3,600.00
Less credit note CN-26-014 (returned kiosk stand)     -£600.00
Balance to pay                                        £3,000.00

Payment due within 30 days of the invoice date. Please quote KMS-26-0421 as the reference.

Thanks,
Rhys

%s""" % SIG_R.split("\n", 2)[2]
A(msg("invoice_credit_note", "invoice_copy", STAFF["rhys"], "Alison Kerr <%s>" % C["thornbury"],
      "Thornbury Homes - invoice KMS-26-0421 and credit note CN-26-014", dt("2026-11-09 16:22"),
      M("mixed", T(t), T("CREDIT NOTE CN-26-014\nDate: 9 November 2026\nAgainst invoice: KMS-26-0421\n"
                          "1 x kiosk floor stand, returned undamaged    -£500.00\nVAT 20%                -£100.00\n"
                          "Total credit                                  -£600.00\n", name="CN-26-014.txt")),
      "credit note reduces invoice total; the amount to pay is the balance",
      cc=BOT, invoice_numbers=I("KMS-26-0421"), amount="3000.00", currency="GBP", issue_date="2026-11-09",
      due_date="2026-12-09", payment_terms_days="30"))

h = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Martin,</p>
<p>Please find our invoice for the second of three instalments for the MIS migration.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Invoice</th><td>KMS-26-0424</td></tr>
<tr><th align="left">Issued</th><td>13/11/2026</td></tr>
<tr><th align="left">Project total (3 instalments)</th><td>&pound;9,000.00 + VAT</td></tr>
<tr><th align="left">Instalment 2 of 3 (net)</th><td>&pound;3,000.00</td></tr>
<tr><th align="left">VAT 20%</th><td>&pound;600.00</td></tr>
<tr><th align="left"><b>Amount due</b></th><td><b>&pound;3,600.00</b></td></tr>
<tr><th align="left">Due date</th><td>15/12/2026</td></tr>
</table>
<p>Instalment 3 will follow in January.</p>
<p>Kind regards,<br>Fiona Pettigrew<br>Kestrelmoor Systems Ltd</p>
</body></html>"""
t = ("Dear Martin,\n\nPlease find our invoice for the second of three instalments for the MIS migration.\n\n"
     "Invoice: KMS-26-0424\nIssued: 13/11/2026\nProject total (3 instalments): £9,000.00 + VAT\n"
     "Instalment 2 of 3 (net): £3,000.00\nVAT 20%: £600.00\nAmount due: £3,600.00\nDue date: 15/12/2026\n\n"
     "Instalment 3 will follow in January.\n\nKind regards,\nFiona Pettigrew\nKestrelmoor Systems Ltd\n")
A(msg("invoice_instalment", "invoice_copy", STAFF["fiona"], "Martin Hale <%s>" % C["calder"],
      "Invoice KMS-26-0424 (instalment 2/3)", dt("2026-11-13 11:48"), Alt(t, h, cte="base64"),
      "instalment 2 of 3; project total vs instalment; dd/mm/yyyy; base64 alternative",
      cc=BOT, invoice_numbers=I("KMS-26-0424"), amount="3600.00", currency="GBP", issue_date="2026-11-13",
      due_date="2026-12-15"))

t = """Hi Sam,

Invoice for the brand-site hosting move, as discussed on Tuesday:

KMS-26-0427 - 16/11/26
Site migration + 12 months managed hosting: GBP 740.00
(We're not charging VAT on this one - it's billed under the old small-works agreement.)

Terms: net 14.

%s
""" % SIG_R
A(msg("invoice_bcc", "invoice_copy", STAFF["rhys"], "Sam Finch <%s>" % C["moss"],
      "invoice - site move", dt("2026-11-16 17:31"), T(t, "us-ascii", "7bit"),
      "bot only in Bcc (absent from To/Cc, Delivered-To shows it); 'net 14'; two-digit year",
      invoice_numbers=I("KMS-26-0427"), amount="740.00", currency="GBP", issue_date="2026-11-16",
      due_date="2026-11-30", payment_terms_days="14",
      extra=[("X-Original-To", BOT)]))

h = """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Segoe UI,Arial;font-size:14px">
<p>Dear Ms Byrne,</p>
<p>Please see invoice <strong>KMS-26-0430</strong> for the cold-store sensor installation in Ballymount.</p>
<table style="border:1px solid #999;border-collapse:collapse" cellpadding="6">
<tr style="background:#eef"><td>Description</td><td>Qty</td><td align="right">EUR</td></tr>
<tr><td>Wireless temperature sensors</td><td>24</td><td align="right">2.880,00</td></tr>
<tr><td>Gateway + installation</td><td>1</td><td align="right">1.360,20</td></tr>
<tr><td colspan="2">Net</td><td align="right">4.240,20</td></tr>
<tr><td colspan="2">VAT 23% (IE)</td><td align="right">975,25</td></tr>
<tr><td colspan="2"><b>Total</b></td><td align="right"><b>&euro;5.215,45</b></td></tr>
</table>
<p>Invoice date: 20 November 2026. Terms: 45 days from invoice date.<br>
EUR account: IBAN GB29 NRMB 4019 2761 0399 12, BIC NRMBGB2L</p>
<p>Kind regards,<br>Fiona Pettigrew</p></div></body></html>"""
A(msg("invoice_html_only_eur", "invoice_copy", STAFF["fiona"], "Gemma Byrne <%s>" % C["ostrava"],
      "KMS-26-0430 | Ostrava Foods | cold-store sensors", dt("2026-11-20 12:05"), Hm(h),
      "HTML-only invoice, EUR with continental number format (5.215,45), terms 45 days -> due in January",
      cc=BOT, invoice_numbers=I("KMS-26-0430"), amount="5215.45", currency="EUR", issue_date="2026-11-20",
      due_date="2027-01-04", payment_terms_days="45"))

t = """Hi Dana,

Attached is invoice KMS-26-0433 for phase 1 of the clinic scheduling integration ($7,250.00, the full
phase-1 amount from the estimate of $12,400.00).

As we agreed on Thursday's call, you only need to pay $5,000 of it now and the rest together with phase 2 -
I'll send a revised invoice once finance here confirms how they want to book it. If your AP team pays the
invoice as printed that's fine too.

Terms as usual.

Thanks!
Rhys
"""
att = """KESTRELMOOR SYSTEMS LTD - INVOICE
Invoice no: KMS-26-0433          Date: 24 Nov 2026
Bill to: Lumen Health Inc., 400 Congress St, Boston MA
Phase 1 - scheduling integration          USD 7,250.00
Sales tax                                 USD     0.00
TOTAL                                     USD 7,250.00
Payment due: 30 days net
"""
A(msg("invoice_amount_unclear", "invoice_copy", STAFF["rhys"], "Dana Whitfield <%s>" % C["lumen"],
      "Lumen - phase 1 invoice", dt("2026-11-24 21:14"),
      M("mixed", Alt(t, html_of(t)), T(att, name="KMS-26-0433.txt")),
      "amount due now unclear: printed $7,250 vs $5,000 agreed on a call, revision pending",
      cc=BOT, invoice_numbers=I("KMS-26-0433"), currency="USD", issue_date="2026-11-24", due_date="2026-12-24",
      payment_terms_days="30", needs_human=True))

# ---------------------------------------------------------------- read receipts
m1 = bm("en-0412-arrive")
A(msg("mdn_thunderbird", "read_receipt", "Priya Raman <%s>" % C["harbourline"], BOTF,
      "Return Receipt (displayed) - Did invoice KMS-26-0412 arrive?", dt("2026-11-05 08:41"),
      mdn_body("This is a Return Receipt for the mail that you sent to %s.\n\nNote: This Return Receipt only "
               "acknowledges that the message was displayed on the recipient's computer. There is no guarantee "
               "that the recipient has read or understood the message contents.\n" % C["harbourline"],
               C["harbourline"], m1, "Mozilla Thunderbird; Thunderbird 128.4.2esr", cte="7bit",
               disposition="manual-action/MDN-sent-manually; displayed"),
      "standard RFC 8098 MDN from Thunderbird", irt=m1, invoice_numbers="KMS-26-0412", original_message_id=m1))

m2 = bm("en-0415-due")
A(msg("mdn_outlook_read", "read_receipt", "Tom Ashdown <%s>" % C["pennant"], BOTF,
      "Read: Reminder: invoice KMS-26-0415 due 18 November", dt("2026-11-16 13:02", "+0000"),
      mdn_body("Your message\n\n  To: Tom Ashdown\n  Subject: Reminder: invoice KMS-26-0415 due 18 November\n"
               "  Sent: 16 November 2026 09:00:12 (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n\n"
               "was read on 16 November 2026 13:02:40 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n",
               C["pennant"], m2, "outlook.office365.com; Microsoft Exchange", cte="7bit",
               disposition="automatic-action/MDN-sent-automatically; displayed"),
      "Exchange Online 'Read:' receipt as multipart/report", invoice_numbers="KMS-26-0415",
      original_message_id=m2, extra=[("Thread-Topic", "Reminder: invoice KMS-26-0415 due 18 November")]))

m3 = bm("en-bexley-statement")
t = """Your message

  To:      office@bexleyvets.co.uk
  Subject: Statement: 2 open invoices (KMS-26-0398, KMS-26-0406)
  Sent:    23/11/2026 10:00

was read on 23/11/2026 14:17.
"""
A(msg("read_plain_nonstandard", "read_receipt", "Bexley Veterinary Centre <%s>" % C["bexley"], BOTF,
      "Read: Statement: 2 open invoices (KMS-26-0398, KMS-26-0406)", dt("2026-11-23 14:17"),
      T(t, "us-ascii", "7bit"), "non-standard plain-text 'Read:' receipt, only References ties it",
      refs=m3, invoice_numbers=I("KMS-26-0398", "KMS-26-0406"), original_message_id=m3))

# ---------------------------------------------------------------- bounces
m4 = bm("en-0418-due")
A(msg("bounce_postfix_unknown", "bounce", "MAIL-DAEMON <MAILER-DAEMON@mx.wexcombe-dental.co.uk>", BOT,
      "Undelivered Mail Returned to Sender", dt("2026-11-24 09:00"),
      dsn("This is the mail system at host mx.wexcombe-dental.co.uk.\n\nI'm sorry to have to inform you that your "
          "message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further "
          "assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You "
          "can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n"
          "<j.marsh@wexcombe-dental.co.uk>: host mailstore1.wexcombe-dental.co.uk[10.2.0.12]\n    said: 550 5.1.1 "
          "<j.marsh@wexcombe-dental.co.uk>: Recipient address rejected:\n    User unknown in virtual mailbox table "
          "(in reply to RCPT TO command)\n", "mx.wexcombe-dental.co.uk", C["wexcombe"], "failed", "5.1.1",
          "550 5.1.1 <j.marsh@wexcombe-dental.co.uk>: Recipient address rejected: User unknown in virtual mailbox table",
          "Jonathan Marsh <%s>" % C["wexcombe"], "Reminder: invoice KMS-26-0418 due Friday 27 November",
          dt("2026-11-24 08:59"), m4, remote_mta="mailstore1.wexcombe-dental.co.uk"),
      "Postfix DSN, 5.1.1 user unknown", au="none", mailfrom="",
      failed_recipients=C["wexcombe"], bounce_permanent=True, bounce_reason="user_unknown",
      original_message_id=m4, invoice_numbers="KMS-26-0418"))

m5 = bm("en-0415-past")
A(msg("bounce_exchange_quota", "bounce", "Microsoft Outlook <postmaster@pennantbrewing.onmicrosoft.com>", BOT,
      "Undeliverable: Invoice KMS-26-0415 is past due", dt("2026-11-25 10:02"),
      dsn("Your message to finance@pennantbrewing.com couldn't be delivered.\n\nfinance's mailbox is full.\n\n"
          "Action Required\nRecipient\n\nMailbox full\n\nHow to Fix It\nThe recipient's mailbox is full and can't "
          "accept messages now. Try resending your message later, or contact the recipient directly.\n\n"
          "More Info for Email Admins\nStatus code: 554 5.2.2\n\nThis error occurs when the recipient mailbox has "
          "exceeded its storage quota.\n\nOriginal Message Details\nCreated Date: 25/11/2026 10:00:03\nSender "
          "Address: ar@kestrelmoor.com\nRecipient Address: finance@pennantbrewing.com\nSubject: Invoice KMS-26-0415 "
          "is past due\n\nError Details\nReported error: 554 5.2.2 mailbox full; "
          "STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded\nDSN generated by: "
          "LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM\n", "LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM", C["pennant"],
          "failed", "5.2.2", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
          "MapiExceptionShutoffQuotaExceeded", "Tom Ashdown <%s>" % C["pennant"],
          "Invoice KMS-26-0415 is past due", dt("2026-11-25 10:00"), m5, full_original=rem(
              "Tom", "KMS-26-0415", "£8,640.00", "18 November 2026", past=True)),
      "Exchange Online NDR: mailbox full, reported as permanent failure (5.2.2)", au="none", mailfrom="",
      failed_recipients=C["pennant"], bounce_permanent=True, bounce_reason="mailbox_full",
      original_message_id=m5, invoice_numbers="KMS-26-0415"))

m6 = bm("en-0424-arrive")
A(msg("bounce_exim_delay", "bounce", "Mail Delivery System <Mailer-Daemon@smtp.calderprint.co.uk>", BOT,
      "Warning: message 1w2Kfa-0004Qe-3C delayed 24 hours", dt("2026-11-17 11:50"),
      dsn("This message was created automatically by mail delivery software.\nA message that you sent has not yet "
          "been delivered to one or more of its\nrecipients after more than 24 hours on the queue on "
          "smtp.calderprint.co.uk.\n\nThe message identifier is:     1w2Kfa-0004Qe-3C\nThe subject of the message "
          "is: Did invoice KMS-26-0424 arrive?\nThe date of the message is:    Mon, 16 Nov 2026 11:48:10 +0000\n\n"
          "The address to which the message has not yet been delivered is:\n\n  invoices@calderprint.co.uk\n"
          "    host mail.calderprint.local [192.168.20.4]\n    Delay reason: SMTP error from remote mail server "
          "after initial connection:\n    421 4.3.2 Service not available, closing transmission channel\n\n"
          "No action is required on your part. Delivery attempts will continue for\nsome time, and this warning may "
          "be repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software will "
          "give up,\nand when that happens, the message will be returned to you.\n", "smtp.calderprint.co.uk",
          C["calder"], "delayed", "4.3.2", "421 4.3.2 Service not available, closing transmission channel",
          "Martin Hale <%s>" % C["calder"], "Did invoice KMS-26-0424 arrive?", dt("2026-11-16 11:48"), m6,
          will_retry=dt("2026-11-20 11:48")),
      "Exim delay warning: not a permanent failure", au="none", mailfrom="",
      failed_recipients=C["calder"], bounce_permanent=False, bounce_reason="other",
      original_message_id=m6, invoice_numbers="KMS-26-0424"))

m7 = bm("en-greyfriars-0402-past")
t = """This is an automated message from the Greyfriars Academy Trust email gateway.

Your email could not be delivered to the intended recipient (the Bursar's office account at
greyfriarsacademy.org.uk, bursar@greyfriarsacademy.org.uk) because it breached the
Trust's content policy for external senders: messages containing payment or bank-detail
information from senders not on the approved supplier list are held and then rejected.

  Subject:     Invoice KMS-26-0402 is past due
  Sent:        26 Nov 2026 10:00
  Message-Id:  %s
  Policy:      Finance - Supplier Bank Details (Reject)

If you are an approved supplier, please contact the Trust's Finance Office by telephone to have
your address added. Please do not reply to this message.

Mimecast Ltd. on behalf of Greyfriars Academy Trust
""" % m7
A(msg("bounce_gateway_policy_prose", "bounce", "Postmaster <postmaster@greyfriarsacademy.org.uk>", BOT,
      "Message rejected by policy: Invoice KMS-26-0402 is past due", dt("2026-11-26 10:03"),
      T(t, "us-ascii", "7bit"), "prose-only gateway rejection (no DSN); recipient only in the prose; policy",
      au="none", mailfrom="", extra=[("Auto-Submitted", "auto-replied"), ("X-MC-Unique", "qS8cX3ruPqGkq1cVb0w3Ag-1")],
      failed_recipients=C["greyfriars"], bounce_permanent=True, bounce_reason="policy",
      original_message_id=m7, invoice_numbers=I("KMS-26-0402")))

m8 = bm("en-0427-arrive")
A(msg("bounce_gmail_spam", "bounce", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", BOT,
      "Delivery Status Notification (Failure)", dt("2026-11-19 17:33"),
      dsn("** Message blocked **\n\nYour message to sam@mossandfinch.design has been blocked. See technical details "
          "below for more information.\n\nThe response from the remote server was:\n550 5.7.1 [203.0.113.40] Gmail "
          "has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, "
          "this message has been blocked. For more information, go to\n https://support.google.com/mail/?p=UnsolicitedMessageError "
          "a640c23a62f3a-b8ae1d0c2f4si1120554466b.412 - gsmtp\n", "mx.google.com", C["moss"], "failed", "5.7.1",
          "550-5.7.1 [203.0.113.40] Gmail has detected that this message is likely unsolicited mail. "
          "a640c23a62f3a-b8ae1d0c2f4si1120554466b.412 - gsmtp", "Sam Finch <%s>" % C["moss"],
          "Did invoice KMS-26-0427 arrive?", dt("2026-11-19 17:32"), m8, remote_mta="aspmx.l.google.com"),
      "Gmail (Workspace) bounce: blocked as unsolicited -> spam", au="none", mailfrom="",
      failed_recipients=C["moss"], bounce_permanent=True, bounce_reason="spam",
      original_message_id=m8, invoice_numbers="KMS-26-0427"))

# ---------------------------------------------------------------- auto-replies
m9 = bm("en-0412-due")
A(msg("ooo_outlook", "auto_reply", "Dan Whitcombe <dan.whitcombe@harbourline-logistics.co.uk>", BOTF,
      "Automatic reply: Reminder: invoice KMS-26-0412 due 2 December", dt("2026-11-29 09:00"),
      Alt("Hello,\n\nThank you for your email. I am currently out of the office with limited access to email, "
          "returning on Monday 7th December.\n\nFor anything urgent regarding supplier payments please contact "
          "Priya Raman (accounts@harbourline-logistics.co.uk).\n\nKind regards,\nDan\n",
          html_of("Hello,\n\nThank you for your email. I am currently out of the office with limited access to email, "
                  "returning on Monday 7th December.\n\nFor anything urgent regarding supplier payments please contact "
                  "Priya Raman (accounts@harbourline-logistics.co.uk).\n\nKind regards,\nDan")),
      "Outlook OOO with Auto-Submitted and X-Auto-Response-Suppress; colleague not in contacts",
      irt=m9, extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "dan.whitcombe@harbourline-logistics.co.uk")],
      return_date="2026-12-07", original_message_id=m9, invoice_numbers="KMS-26-0412"))

m10 = bm("en-0421-due")
A(msg("ooo_no_headers", "auto_reply", "Alison Kerr <%s>" % C["thornbury"], BOTF,
      "Re: Reminder: invoice KMS-26-0421 due 9 December", dt("2026-12-06 10:00"),
      T("Thanks for your email. I'm on annual leave and back in the office on 14/12. Your email will not be "
        "forwarded.\n\nAlison\n\nSent from Outlook for iOS\n", "us-ascii", "7bit"),
      "OOO without any auto-reply header, Re: subject, return date dd/mm", irt=m10,
      return_date="2026-12-14", original_message_id=m10, invoice_numbers="KMS-26-0421"))

m11 = bm("en-0433-arrive")
t = """##- Please type your reply above this line -##

Hi Kestrelmoor Accounts,

Thanks for contacting Lumen Health Accounts Payable. Your request (#48213) has been received and is
being reviewed by our team. We aim to respond within 5 business days.

Invoices must include a valid Lumen PO number. Invoices without a PO will be returned.

To add additional comments, reply to this email.

Lumen Health AP Support

This email is a service from Lumen Health AP. Delivered by Zendesk
[8QX1LZ-7K2M]
"""
A(msg("ticket_ack_zendesk", "auto_reply", "Lumen Health AP <support@lumenhealth.zendesk.com>", BOTF,
      "[Lumen AP] Re: Did invoice KMS-26-0433 arrive?", dt("2026-11-27 14:03", "-0500"),
      Alt(t, html_of(t)), "ticket-system acknowledgement (Zendesk), no return date",
      irt=m11, extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Zendesk Mailer"),
                      ("Reply-To", "Lumen Health AP <support+id48213@lumenhealth.zendesk.com>")],
      original_message_id=m11, invoice_numbers="KMS-26-0433"))

m12 = bm("en-0430-arrive")
A(msg("ooo_dutch_inclusive", "auto_reply", "Joost van Dijk <joost.vandijk@ostrava-foods.ie>", BOTF,
      "Automatisch antwoord: Did invoice KMS-26-0430 arrive?", dt("2026-11-24 12:10", "+0100"),
      T("Beste afzender,\n\nIk ben afwezig tot en met vrijdag 4 december en heb beperkt toegang tot mijn e-mail. "
        "Uw bericht wordt niet doorgestuurd.\nVoor dringende zaken kunt u contact opnemen met Gemma Byrne "
        "(billing@ostrava-foods.ie).\n\nMet vriendelijke groet,\nJoost van Dijk\nOstrava Foods - Finance\n",
        "iso-8859-1", "quoted-printable"),
      "Dutch OOO 'tot en met vrijdag 4 december' -> first day back Monday 7 Dec", irt=m12,
      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      return_date="2026-12-07", original_message_id=m12, invoice_numbers="KMS-26-0430"))

m13 = bm("en-0433-due")
A(msg("ooo_french", "auto_reply", "Camille Roux <camille.roux@lumenhealth.com>", BOTF,
      "Réponse automatique : Reminder: invoice KMS-26-0433 due 24 December", dt("2026-12-01 08:00", "+0100"),
      T("Bonjour,\n\nJe suis absente du 30 novembre au 11 décembre inclus, sans accès à mes e-mails. Je serai de "
        "retour le lundi 14 décembre.\nPour toute question urgente concernant les factures fournisseurs, merci "
        "d'écrire à payables@lumenhealth.com.\n\nCordialement,\nCamille Roux\nLumen Health - Paris office\n",
        "utf-8", "8bit"),
      "French OOO, absent range inclusive then explicit return day", irt=m13, extra=[("Precedence", "auto_reply"),
                                                                                 ("X-Autoreply", "yes")],
      return_date="2026-12-14", original_message_id=m13, invoice_numbers="KMS-26-0433"))

# ---------------------------------------------------------------- challenge
m14 = bm("en-bexley-0406-past")
t = """Hello,

You sent a message to office@bexleyvets.co.uk. To cut down on junk mail, this address only accepts
mail from senders it recognises.

Please confirm you are a real person by clicking the link below (one time only). Your message will
then be delivered and future messages will arrive without delay.

  https://verify.senderguard.net/c/7Hq2kP0vXw?m=%s

Your original message:
  Subject: Invoice KMS-26-0406 is past due
  Date: Mon, 30 Nov 2026 10:00:04 +0000

If you do not confirm within 7 days the message will be deleted.

SenderGuard - challenge/response protection
""" % m14.strip("<>")
A(msg("challenge_senderguard", "challenge", "SenderGuard for office@bexleyvets.co.uk <confirm@senderguard.net>", BOT,
      "Please confirm your message to office@bexleyvets.co.uk", dt("2026-11-30 10:01"),
      Alt(t, html_of(t)), "challenge-response: click to confirm you are a real sender",
      extra=[("Auto-Submitted", "auto-replied"), ("References", m14)],
      invoice_numbers="KMS-26-0406", original_message_id=m14))

# ---------------------------------------------------------------- payments
t = """Northmoor Bank

Payment received

Hi Kestrelmoor Systems Ltd,

You've received a payment into your Business Current Account ending 4488.

Amount:      £4,860.00
From:        HARBOURLINE LOGISTIC
Reference:   KMS-26-0412 PO77-2231
Payment type: Faster Payment
Date:        30 November 2026

You can see this payment in the app under Transactions.

Northmoor Bank will never ask you to move money or share a passcode by email.
Northmoor Bank plc. Registered in England No. 01827341. Authorised by the PRA and regulated by the FCA and PRA.
"""
A(msg("pay_northmoor_single", "payment_confirmation", NOTIFIERS["northmoor"], BOT,
      "You've received £4,860.00", dt("2026-11-30 11:26"), Alt(t, html_of(t, "Arial")),
      "UK bank credit alert paying one invoice in full",
      invoice_numbers="KMS-26-0412", amount="4860.00", currency="GBP", payment_date="2026-11-30",
      payment_full=True, allocations="KMS-26-0412=4860.00"))

t = """Payvessel

Receipt from Bexley Veterinary Centre

Amount paid            £1,630.00
Date paid              Dec 1, 2026, 3:14 PM
Payment method         Visa - 4417

Summary
  KMS-26-0398  Consultation & setup, Oct        £480.00
  KMS-26-0406  Network switch replacement     £1,150.00
  Amount charged                              £1,630.00

Processing fee (charged to Kestrelmoor)         -£24.78
Net to balance                                £1,605.22

Payout expected Dec 3, 2026.

Questions? Contact Kestrelmoor Systems Ltd at ar@kestrelmoor.com.
Payvessel Payments Europe Ltd. - You're receiving this email because you made a sale through Payvessel.
"""
A(msg("pay_payvessel_two_invoices", "payment_confirmation", NOTIFIERS["payvessel"], BOT,
      "Payment of £1,630.00 received from Bexley Veterinary Centre", dt("2026-12-01 15:15"), Alt(t, html_of(t)),
      "PSP receipt paying two invoices; fee and net figures compete with the paid amount",
      invoice_numbers="KMS-26-0398;KMS-26-0406", amount="1630.00", currency="GBP", payment_date="2026-12-01",
      payment_full=True, allocations="KMS-26-0398=480.00;KMS-26-0406=1150.00"))

t = """Northmoor Bank - Credit advice

Account:        Kestrelmoor Systems Ltd  40-19-27 61034488
Credit amount:  GBP 1,500.00
Value date:     02/12/2026
Payer:          CALDER PRINT LTD
Payer ref:      KMS260424 PART PAYMENT
Channel:        Faster Payments

Balance after credit: GBP 48,211.37
"""
A(msg("pay_partial", "payment_confirmation", NOTIFIERS["northmoor"], BOT,
      "Credit advice - GBP 1,500.00", dt("2026-12-02 16:40"), T(t, "us-ascii", "7bit"),
      "partial payment of a £3,600 invoice, reference without hyphens; balance figure is not the amount",
      invoice_numbers="KMS-26-0424", amount="1500.00", currency="GBP", payment_date="2026-12-02",
      payment_full=False, allocations="KMS-26-0424=1500.00"))

t = """Payvessel

You received a payment

Lumen Health Inc. paid invoice KMS-26-0392.

Amount           $2,400.00 USD
Converted        £1,889.76 GBP (rate 0.78740)
Fees             -£39.12
Net              £1,850.64

Payment date     November 26, 2026
Payment ID       py_3QbT8sLkm2026XzA1

View payment in your Dashboard.
"""
A(msg("pay_payvessel_fx", "payment_confirmation", NOTIFIERS["payvessel"], BOT,
      "Lumen Health Inc. paid $2,400.00", dt("2026-11-26 18:02", "-0500"),
      Alt(t, html_of(t), cte="base64"), "PSP payment in USD with FX conversion and fees; amount is the invoice currency",
      invoice_numbers=I("KMS-26-0392"), amount="2400.00", currency="USD", payment_date="2026-11-26",
      payment_full=True, allocations="KMS-26-0392=2400.00"))

t = """Northmoor Bank - International payment received

We have credited the following incoming SEPA Credit Transfer to your EUR account.

Account              GB29 NRMB 4019 2761 0399 12
Ordering customer    OSTRAVA FOODS LIMITED, DUBLIN
Ordering bank        AIB, IE
Remittance info      KMS-26-0430 / Ostrava sensors
Amount               EUR 5,215.45
Our charges          EUR 0.00 (SEPA)
Value date           03 Dec 2026
Advice date          04 Dec 2026

This is an automated message. Please do not reply.
"""
A(msg("pay_sepa_value_date", "payment_confirmation", NOTIFIERS["northmoor"], BOT,
      "Incoming international payment - EUR 5,215.45", dt("2026-12-04 07:12"), T(t, "us-ascii", "7bit"),
      "incoming SEPA with value date earlier than advice date; pays a 45-day invoice early",
      invoice_numbers="KMS-26-0430", amount="5215.45", currency="EUR", payment_date="2026-12-03",
      payment_full=True, allocations="KMS-26-0430=5215.45"))

# ---------------------------------------------------------------- client replies
m = bm("en-0412-due")
A(msg("reply_paid_claim", "client_reply", "Priya Raman <%s>" % C["harbourline"], BOTF,
      "RE: Reminder: invoice KMS-26-0412 due 2 December", dt("2026-11-28 10:31"),
      Alt("Hi,\n\nThis was paid by Faster Payment yesterday - remittance below.\n\nPayee: Kestrelmoor Systems Ltd\n"
          "Amount: £4,860.00\nRef: KMS-26-0412 PO77-2231\n\nRegards\nPriya\n\nPriya Raman | Accounts Payable\n"
          "Harbourline Logistics Ltd\n\n" + hdr("", "Sun, 29 Nov 2026 at 09:00") + "\n" +
          quote(rem("Priya", "KMS-26-0412", "£4,860.00", "2 December 2026")) + "\n",
          html_of("Hi,\n\nThis was paid by Faster Payment yesterday - remittance below.\n\nAmount: £4,860.00\n"
                  "Ref: KMS-26-0412 PO77-2231\n\nRegards\nPriya")),
      "client says it was paid, remittance in body", irt=m, intent="paid_claim",
      invoice_numbers="KMS-26-0412", original_message_id=m))

m = bm("en-0415-past")
A(msg("reply_promise_clean", "client_reply", "Tom Ashdown <tom@pennantbrewing.com>", BOTF,
      "Re: Invoice KMS-26-0415 is past due", dt("2026-11-26 08:15"),
      T("Morning,\n\nApologies - the deposit slipped through while our finance inbox was full. We'll pay "
        "the £8,640 on Friday 11 December.\n\nTom\n\n" + hdr("", "25 Nov 2026, at 10:00") + "\n" +
        quote(rem("Tom", "KMS-26-0415", "£8,640.00", "18 November 2026", past=True)) + "\n"),
      "clean promise with explicit date, from personal address of a known debtor", irt=m, intent="promise",
      promised_date="2026-12-11", invoice_numbers="KMS-26-0415", original_message_id=m))

m = bm("en-0418-past")
A(msg("reply_promise_payment_run", "client_reply", "Wexcombe Dental Practice <reception@wexcombe-dental.co.uk>",
      BOTF, "Re: Invoice KMS-26-0418 is past due", dt("2026-12-03 12:44"),
      T("Dear Kestrelmoor,\n\nJonathan has left the practice, please use this address from now on.\n\n"
        "Your invoice has been approved and will go out with our next supplier payment run, which is on "
        "Tuesday the 15th.\n\nKind regards,\nHelen Cho\nPractice Manager\n\n> Our records show that invoice "
        "KMS-26-0418 for £2,820.00 was due on 27 November 2026 and is now past due.\n"),
      "promise by weekday + ordinal ('Tuesday the 15th'), new contact replacing a bounced one", irt=m,
      intent="promise", promised_date="2026-12-15", invoice_numbers="KMS-26-0418", original_message_id=m))

m = bm("en-0421-due")
A(msg("reply_hedged_no_promise", "client_reply", "Alison Kerr <%s>" % C["thornbury"], BOTF,
      "RE: Reminder: invoice KMS-26-0421 due 9 December", dt("2026-12-04 16:05"),
      T("Hi there,\n\nHonestly I can't promise anything before the 20th - completions on two plots have slipped "
        "and cash is tight until they land. Would it help if we split the £3,000 into two payments? Let me know "
        "what works your end.\n\nAlison\n\n-----Original Message-----\nFrom: Kestrelmoor Accounts "
        "<ar@kestrelmoor.com>\nSent: 02 December 2026 10:00\nTo: Alison Kerr\nSubject: Reminder: invoice "
        "KMS-26-0421 due 9 December\n\n" + rem("Alison", "KMS-26-0421", "£3,000.00", "9 December 2026") + "\n"),
      "negated/hedged date ('can't promise before the 20th') plus split request: no promised date",
      irt=m, intent="plan_request", invoice_numbers="KMS-26-0421", original_message_id=m))

m = bm("en-0424-due")
A(msg("reply_dispute", "client_reply", "Martin Hale <%s>" % C["calder"], BOTF,
      "Re: Reminder: invoice KMS-26-0424 due 15 December", dt("2026-12-03 09:20"),
      T("Hello,\n\nWe paid £1,500 yesterday as a gesture of good faith, but the rest of instalment 2 is "
        "not due in our view. The contract says instalment 2 is payable on sign-off of the reporting module, "
        "and the reports still don't reconcile with our job-costing figures. We won't pay the balance until "
        "that's fixed. Please ask Fiona to call me.\n\nMartin Hale\nFinancial Controller, Calder Print Ltd\n"),
      "dispute of the balance after a part payment mentioned in passing", irt=m, intent="dispute",
      invoice_numbers="KMS-26-0424", original_message_id=m))

m = bm("en-0427-past")
A(msg("reply_not_received", "client_reply", "Sam Finch <sam@mossandfinch.design>", BOTF,
      "Re: Invoice KMS-26-0427 is past due", dt("2026-12-04 19:02"),
      Alt("hi - I've never actually seen this invoice? nothing in my inbox or spam. can you resend it please "
          "and I'll get it sorted\n\nSam\n\nSent from my iPhone\n\n> On 4 Dec 2026, at 10:00, Kestrelmoor "
          "Accounts <ar@kestrelmoor.com> wrote:\n>\n> Dear Sam,\n> Our records show that invoice KMS-26-0427 "
          "for £740.00 was due on 30 November 2026\n",
          "<html><body dir=\"auto\">hi - I've never actually seen this invoice? nothing in my inbox or spam. can "
          "you resend it please and I'll get it sorted<br><br>Sam<br><br>Sent from my iPhone</body></html>"),
      "not received / resend, informal, iPhone", irt=m, intent="not_received",
      invoice_numbers="KMS-26-0427", original_message_id=m))

m = bm("en-0430-arrive")
A(msg("reply_iban_question", "client_reply", "Gemma Byrne <%s>" % C["ostrava"], BOTF,
      "RE: Did invoice KMS-26-0430 arrive?", dt("2026-11-24 15:30"),
      T("Hi,\n\nYes, got it, thanks. Before I set you up as a new payee - is the EUR IBAN on the invoice "
        "(GB29 NRMB ...) definitely right for a SEPA transfer, and what name should the account be in? Our bank "
        "now does a name check on new payees.\n\nThanks,\nGemma\n"),
      "asks how to pay / confirm bank details", irt=m, intent="payment_details",
      invoice_numbers="KMS-26-0430", original_message_id=m))

m = bm("en-greyfriars-0402-due")
A(msg("reply_stop_portal", "client_reply", "Bursar <%s>" % C["greyfriars"], BOTF,
      "Re: Reminder: invoice KMS-26-0402 due 20 November", dt("2026-11-18 11:11"),
      T("Dear Sir/Madam,\n\nPlease stop sending payment reminders to this mailbox. The Trust processes supplier "
        "invoices only through its purchasing portal and reminders here are not actioned.\n\nPlease remove this "
        "address from your distribution list.\n\nYours faithfully,\n\nBursar's Office\nGreyfriars Academy Trust\n"),
      "formal request to stop e-mailing", irt=m, intent="stop", invoice_numbers="KMS-26-0402", original_message_id=m))

m = bm("en-0392-past")
A(msg("reply_short_done", "client_reply", "Kevin Osei <kevin.osei@lumenhealth.com>", BOTF,
      "Re: Invoice KMS-26-0392 is past due", dt("2026-11-26 17:40", "-0500"),
      T("done\n\nSent from my Android\n", "us-ascii", "7bit"),
      "one-word reply from an unlisted colleague, threaded to the reminder", irt=m, intent="paid_claim",
      invoice_numbers="KMS-26-0392", original_message_id=m))

m = bm("en-bexley-statement")
A(msg("reply_mixed_paid_dispute", "client_reply", "Bexley Veterinary Centre <%s>" % C["bexley"], BOTF,
      "Re: Statement: 2 open invoices (KMS-26-0398, KMS-26-0406)", dt("2026-11-24 12:30"),
      T("Hello\n\nKMS-26-0398 was paid on the 13th, please check. KMS-26-0406 is wrong though, we've been charged "
        "for two engineer visits and only one happened (the 2nd was cancelled by your side). Please send a "
        "corrected invoice and we'll pay it.\n\nRegards\nSue\nPractice Admin\n"),
      "mixed intents: paid claim for one invoice, dispute of another", irt=m, intent="dispute",
      invoice_numbers="KMS-26-0398;KMS-26-0406", original_message_id=m))

m = bm("en-0412-second")
A(msg("reply_quotes_old_promise", "client_reply", "Priya Raman <%s>" % C["harbourline"], BOTF,
      "RE: RE: Did invoice KMS-26-0412 arrive?", dt("2026-11-10 09:12"),
      T("Hi,\n\nCould you reissue the invoice with our new PO number 77-2290 on it? The old PO was closed by "
        "procurement. Nothing else needs to change.\n\nThanks\nPriya\n\n-----Original Message-----\nFrom: Priya "
        "Raman\nSent: 05 November 2026 08:45\nTo: Kestrelmoor Accounts\nSubject: RE: Did invoice KMS-26-0412 arrive?"
        "\n\nYes received. We will pay on 30 November as per our usual run.\n"),
      "new content is a PO change request; the promise is only in quoted history", irt=m, intent="other",
      invoice_numbers="KMS-26-0412", original_message_id=m))

m = bm("en-0427-due")
A(msg("reply_informal_promise", "client_reply", "Sam Finch <sam@mossandfinch.design>", BOTF,
      "Re: Reminder: invoice KMS-26-0427 due 30 November", dt("2026-11-25 22:48"),
      T("hey! yep sorry been mad busy, will sort it friday x\n", "us-ascii", "7bit"),
      "informal promise with relative weekday ('friday', sent Wed 25 Nov)", irt=m, intent="promise",
      promised_date="2026-11-27", invoice_numbers="KMS-26-0427", original_message_id=m))

m = bm("en-0433-due")
A(msg("reply_formal_plan", "client_reply", "Dana Whitfield <%s>" % C["lumen"], BOTF,
      "RE: Reminder: invoice KMS-26-0433 due 24 December", dt("2026-12-02 11:15", "-0500"),
      Alt("Dear Kestrelmoor team,\n\nFurther to Rhys's note, our CFO has asked whether the phase 1 invoice could be "
          "settled in three monthly instalments starting in the new year. We are not in a position to commit to "
          "dates until our Q1 budget is approved.\n\nCould you let me know whether that is acceptable?\n\nBest "
          "regards,\nDana Whitfield\nDirector, Vendor Operations | Lumen Health Inc.\n",
          html_of("Dear Kestrelmoor team,\n\nFurther to Rhys's note, our CFO has asked whether the phase 1 invoice "
                  "could be settled in three monthly instalments starting in the new year. We are not in a position "
                  "to commit to dates until our Q1 budget is approved.\n\nBest regards,\nDana Whitfield")),
      "formal instalment request with no committed date", irt=m, intent="plan_request",
      invoice_numbers="KMS-26-0433", original_message_id=m))

# ---------------------------------------------------------------- other
t = """Northmoor Bank

Payment received - action required

Dear Customer,

A payment of £8,640.00 from PENNANT BREWING CO, reference KMS-26-0415, is being held pending
verification. To release the funds to your account, please confirm your business details within 24 hours:

  https://northmoor-bank.co.uk.secure-verify.app/release?id=88213

Northmoor Bank plc
"""
A(msg("forged_lookalike_bank", "other", "Northmoor Bank <alerts@northmoor-bank.co.uk>", BOT,
      "Payment received - action required", dt("2026-11-27 03:12"), Alt(t, html_of(t)),
      "look-alike notifier domain (northmoor-bank.co.uk), passes its own DMARC, phishing link",
      invoice_numbers="KMS-26-0415", needs_human=True))

t = """Northmoor Bank

You've received a payment into your Business Current Account ending 4488.

Amount:      £7,250.00
From:        LUMEN HEALTH INC
Reference:   KMS-26-0433
Date:        3 December 2026
"""
A(msg("forged_dmarc_fail", "other", NOTIFIERS["northmoor"], BOT, "You've received £7,250.00",
      dt("2026-12-03 22:51"), T(t, "utf-8", "8bit"),
      "exact notifier address but DKIM/DMARC fail (spoofed), with an upstream A-R claiming pass",
      au="fail", mailfrom="bounce@mailer-7731.biz",
      extra=[("Authentication-Results", "mx.mailer-7731.biz; dkim=pass header.d=northmoorbank.co.uk; dmarc=pass")],
      invoice_numbers="KMS-26-0433", needs_human=True))

t = """Ledgerlite Insights - December 2026

Year-end is coming: 5 things to do before 31 December

1. Chase your overdue invoices (Ledgerlite can do it for you!)
2. Reconcile bank feeds
3. Check your VAT scheme
...

Join our free webinar "Getting paid faster" on 9 December at 12:00 GMT.

You are receiving this email because you signed up at ledgerlite.co.uk.
Unsubscribe: https://ledgerlite.co.uk/u/ar-kestrelmoor
"""
A(msg("newsletter", "other", "Ledgerlite <news@mail.ledgerlite.co.uk>", BOT,
      "5 things to do before year-end (and an invitation)", dt("2026-12-01 07:00"), Alt(t, html_of(t)),
      "marketing newsletter mentioning overdue invoices",
      extra=[("List-Unsubscribe", "<https://ledgerlite.co.uk/u/ar-kestrelmoor>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]))

A(msg("internal_chatter", "other", STAFF["rhys"], "Fiona Pettigrew <fiona.pettigrew@kestrelmoor.com>",
      "Calder 0424", dt("2026-12-03 12:02"),
      T("Fi - Martin at Calder rang me, he's cross about the reports. I said we'd sort the reconciliation before "
        "chasing the rest of KMS-26-0424 so can you hold off? Also, pub Friday?\n\nR\n", "us-ascii", "7bit"),
      "staff mail with bot in Cc, mentions an invoice but carries no invoice data: not an invoice copy",
      cc=BOT, invoice_numbers="KMS-26-0424", needs_human=True))

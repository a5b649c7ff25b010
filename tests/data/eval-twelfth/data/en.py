"""en desk: Kestrel Bathymetry (UK) Ltd, Aberdeen. Dates in Date headers: +0000 (GMT)."""
from data.common import BOT, DESKS, MX

W = DESKS["en"]
FIONA, RORY = W["staff"]
BANK, PSP = W["bank"], W["psp"]


def cl(k):
    company, person, ap = W["clients"][k]
    return (person, ap)


def fmt_date(d):
    return "%d %s %d" % (d.day, d.strftime("%B"), d.year)


def fmt_attrib_date(d):
    return d.strftime("%a, %d %b %Y at %H:%M")


ATTRIB = "On {date}, {frm} wrote:"


def join_invs(invs):
    return " and ".join(invs)


RSUBJ = {
    "arrived": "Invoice {inv} – did it reach you?",
    "before": "Invoice {inv} due on {due}",
    "overdue": "Invoice {inv} – past due",
    "multi": "Statement of open invoices – {company}",
}
_PAY = ("Payment details:\n  Amount: {amount}\n  Reference: {inv}\n"
        "  Bank: Caledonian Merchant Bank, IBAN {iban}, BIC {bic}\n")
RBODY = {
    "arrived": "Dear {person},\n\nI hope all is well at {company}.\n\nWe sent you invoice {inv} for {amount}, due on {due}. "
               "Could you let us know that it arrived and is with the right person for approval?\n\n" + _PAY,
    "before": "Dear {person},\n\nI hope business is going well at {company}.\n\nA friendly reminder that invoice {inv} "
              "for {amount} falls due on {due}.\n\n" + _PAY,
    "overdue": "Dear {person},\n\nI hope you are well and that business is going well at {company}.\n\nAccording to our "
               "records, invoice {inv} for {amount} was due on {due} and is now past due. If you have already paid, "
               "please ignore this message, and thank you.\n\n" + _PAY +
               "\nIf something stands in the way of payment, just reply to this e-mail and we will sort it out together.\n",
    "multi": "Dear {person},\n\nI hope you are well.\n\nOur records show invoices {inv}, {amount} in total, were due on "
             "{due} and are now past due. If you have already paid, please ignore this message.\n\n" + _PAY,
}
RSIG = "\nKind regards,\n\nAccounts Receivable\n{desk_company}\nar@kestrel-bathymetry.com | +44 1224 555 0140\n"

SIG_F = ("\n--\nFiona MacLeod | Finance Manager\nKestrel Bathymetry (UK) Ltd\nUnit 4, Souter Head Road, Aberdeen AB12 3LF\n"
         "T +44 1224 555 0141\nRegistered in Scotland SC61822. VAT GB 318 2294 07\n")
SIG_R = ("\nRory Buchanan\nProject Controls & Billing\nKestrel Bathymetry (UK) Ltd\nM +44 7700 900 418\n")
DISCL = ("\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have "
         "received it in error please notify the sender and delete it. Kestrel Bathymetry (UK) Ltd accepts no "
         "liability for viruses.\n")


def pdf_invoice(no, date, client, lines, totals, terms, extra=()):
    out = ["##KESTREL BATHYMETRY (UK) LTD", "Unit 4, Souter Head Road, Aberdeen AB12 3LF  VAT GB 318 2294 07", "",
           "##TAX INVOICE", "Invoice No: %s" % no, "Invoice date: %s" % date, "Bill to: %s" % client, ""]
    out += ["Description                                   Qty     Rate        Amount"]
    out += lines + [""] + totals + [""] + [terms] + list(extra) + [
        "", "Bank: Caledonian Merchant Bank  Sort code 80-16-42  Account 00771352",
        "IBAN GB61 CMBK 8016 4200 7713 52  BIC CMBKGB2A  Please quote the invoice number."]
    return out


def cases():
    return [
        # ------------------------------------------------------------ invoice copies
        dict(slug="inv_bcc_pdf_only", kind="invoice_copy", frm=FIONA, to=[cl("northwind")], date="2026-11-03 10:14",
             subject="Moray Firth survey – our invoice",
             body="Hi Karen,\n\nPlease find attached our invoice for the Moray Firth pre-lay multibeam survey "
                  "completed last month. Let me know if your PO needs to be quoted differently.\n\nBest wishes,\nFiona\n" + SIG_F + DISCL,
             atts=[dict(type="pdf", name="KB-26-0412.pdf", lines=pdf_invoice(
                 "KB-26-0412", "03/11/2026", "Northwind Offshore Ltd, 2 Albyn Place, Aberdeen",
                 ["Pre-lay MBES survey, Moray Firth (5 vessel days)      5   3,200.00    16,000.00",
                  "Data processing and charting                          1   2,400.00     2,400.00"],
                 ["Subtotal                                                          18,400.00",
                  "VAT @ 20%                                                          3,680.00",
                  "TOTAL DUE GBP                                                     22,080.00"],
                 "Terms: 30 days from date of invoice. Due date: 03/12/2026"))],
             label=dict(invoice_numbers="KB-26-0412", amount="22080.00", currency="GBP", issue_date="2026-11-03",
                        due_date="2026-12-03", payment_terms_days="30",
                        note="Bot only in Bcc (Delivered-To); every invoice figure is in the PDF, none in the body.")),
        dict(slug="stage_payment_html", kind="invoice_copy", frm=RORY, to=[cl("buchan")], cc=[BOT, FIONA],
             date="2026-11-09 15:40", cs="windows-1252", subject="Harbour approach resurvey – application for payment no. 2",
             html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Graeme,</p>
<p>Please see below our application for payment no. 2 under the harbour approach resurvey contract
(ref. BPT/2026/014). The formal invoice is <b>KB-26-0413</b> dated 9 November 2026.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Contract value (excl. VAT)</td><td align="right">£96,000.00</td></tr>
<tr><td>Previously invoiced (stage 1, KB-26-0371)</td><td align="right">£24,000.00</td></tr>
<tr><td>This application: stage 2 of 4 (25%)</td><td align="right">£24,000.00</td></tr>
<tr><td>VAT @ 20%</td><td align="right">£4,800.00</td></tr>
<tr><td><b>Amount due on this invoice</b></td><td align="right"><b>£28,800.00</b></td></tr>
<tr><td>Remaining contract value after this stage</td><td align="right">£48,000.00</td></tr>
</table>
<p>Payment due: <b>17 December 2026</b>.</p>
<p>Kind regards,<br>Rory Buchanan<br>Project Controls &amp; Billing, Kestrel Bathymetry (UK) Ltd</p>
</body></html>
""",
             label=dict(invoice_numbers="KB-26-0413", amount="28800.00", currency="GBP", issue_date="2026-11-09",
                        due_date="2026-12-17",
                        note="HTML-only windows-1252 table with contract value, previous stage, net, VAT and remaining value competing with the amount due.")),
        dict(slug="us_customer_invoice", kind="invoice_copy", frm=RORY, to=[cl("bluefin")], cc=[FIONA, BOT],
             date="2026-11-10 16:05", subject="Invoice KB-26-0414 / PO 77120-B",
             body="Dwayne,\n\nAs discussed, here's the invoice for the Gulf survey data reprocessing, formatted the way your AP "
                  "team asked for (US dates).\n\n  Invoice #:     KB-26-0414\n  Invoice Date:  11/09/2026\n  PO #:          77120-B\n"
                  "  Terms:         Net 30\n  Due Date:      12/09/2026\n  Amount Due:    USD 41,250.00\n\n"
                  "Wire details are on the PDF. No VAT – export of services.\n\nThanks,\nRory\n" + SIG_R,
             atts=[dict(type="pdf", name="KB-26-0414_Bluefin.pdf", lines=pdf_invoice(
                 "KB-26-0414", "11/09/2026 (MM/DD/YYYY)", "Bluefin Geophysical Inc., 1400 Post Oak Blvd, Houston TX 77056",
                 ["Reprocessing of legacy 2D/MBES data, Gulf block 7     1  41,250.00    41,250.00"],
                 ["Total (USD) - outside the scope of UK VAT                      41,250.00"],
                 "Terms: Net 30. Due Date 12/09/2026"))],
             label=dict(invoice_numbers="KB-26-0414", amount="41250.00", currency="USD", issue_date="2026-11-09",
                        due_date="2026-12-09", payment_terms_days="30",
                        note="US MM/DD dates on a UK desk: 11/09 is 9 November and 12/09 is 9 December; sent on 10 November.")),
        dict(slug="two_invoices_one_mail", kind="invoice_copy", frm=FIONA, to=[cl("gannet")], cc=[BOT],
             date="2026-11-18 11:20", subject="Invergordon – invoices for October works",
             body="Dear Lorraine,\n\nPlease find attached two invoices for the October works at Invergordon:\n\n"
                  "  KB-26-0415  dredge-pocket verification survey   £6,240.00 incl. VAT\n"
                  "  KB-26-0416  ROV standby, 3 days                  £2,880.00 incl. VAT\n\n"
                  "Both are dated today and payable within 30 days, i.e. by 18 December 2026.\n\nMany thanks,\nFiona\n" + SIG_F,
             atts=[dict(type="pdf", name="KB-26-0415.pdf", lines=pdf_invoice(
                       "KB-26-0415", "18/11/2026", "Gannet Dredging plc",
                       ["Dredge-pocket verification survey, Invergordon     1   5,200.00     5,200.00"],
                       ["Net 5,200.00   VAT 20% 1,040.00   TOTAL GBP 6,240.00"], "Payment terms: 30 days")),
                   dict(type="pdf", name="KB-26-0416.pdf", lines=pdf_invoice(
                       "KB-26-0416", "18/11/2026", "Gannet Dredging plc",
                       ["ROV standby (day rate)                             3     800.00     2,400.00"],
                       ["Net 2,400.00   VAT 20% 480.00   TOTAL GBP 2,880.00"], "Payment terms: 30 days"))],
             label=dict(invoice_numbers="KB-26-0415;KB-26-0416", amount="9120.00", currency="GBP",
                        issue_date="2026-11-18", due_date="2026-12-18", payment_terms_days="30",
                        note="Two invoices in one mail, each with its own PDF; amount is their sum.")),
        dict(slug="credit_note_netted", kind="invoice_copy", frm=FIONA, to=[cl("marram")], cc=[BOT],
             date="2026-11-20 09:45", subject="November invoice and credit note",
             body="Hi Sophie,\n\nAttached is invoice KB-26-0417 for the November export-cable inspection (£12,760.00 incl. VAT), "
                  "together with credit note CN-26-0031 for £1,260.00 covering the weather day we wrongly charged on "
                  "KB-26-0369.\n\nAs agreed on the phone, please net the two off: the balance payable is £11,500.00. "
                  "Our usual terms apply – payment by the end of the month following the month of invoice.\n\n"
                  "Thanks,\nFiona\n" + SIG_F,
             atts=[dict(type="pdf", name="KB-26-0417_CN-26-0031.pdf", lines=pdf_invoice(
                 "KB-26-0417", "20/11/2026", "Marram Wind Ltd",
                 ["Export cable inspection, Marram West (4 days)      4   2,658.33    10,633.33"],
                 ["Net 10,633.33   VAT 20% 2,126.67   Invoice total GBP 12,760.00",
                  "Less credit note CN-26-0031 (ref. KB-26-0369)               -1,260.00",
                  "BALANCE PAYABLE GBP                                          11,500.00"],
                 "Terms: end of month following month of invoice (31/12/2026)"))],
             label=dict(invoice_numbers="KB-26-0417", amount="11500.00", currency="GBP", issue_date="2026-11-20",
                        due_date="2026-12-31",
                        note="Credit note for an older invoice is netted off; due date is end of the following month, not a day count.")),
        dict(slug="peppol_ubl_attached", kind="invoice_copy", frm=RORY, to=[cl("dunmore")], cc=[BOT],
             date="2026-11-24 14:02", subject="Kestrel Bathymetry e-invoice",
             body="Hello Siobhan,\n\nOur e-invoice for the Dunmore East berth survey is attached (UBL, as your Peppol "
                  "access point requires) with a PDF copy. Reverse charge applies.\n\nRegards,\nRory\n" + SIG_R,
             atts=[dict(type="xml", fmt="ubl", name="KB-26-0418.xml", id="KB-26-0418", issue="2026-11-24",
                        due="2026-12-24", cur="EUR", net="7995.00", tax="0.00", gross="7995.00", payable="7995.00",
                        taxcat="AE", rate="0", seller="Kestrel Bathymetry (UK) Ltd", buyer="Dunmore Harbour Company DAC",
                        buyer_ref="DHC-PO-2291", account="GB61CMBK80164200771352",
                        terms="Payment within 30 days of invoice date",
                        note="Reverse charge - Article 196 Directive 2006/112/EC",
                        lines=[("Berth pocket survey, Dunmore East", "7995.00", "C62", "1", "7995.00")]),
                   dict(type="pdf", name="KB-26-0418.pdf", lines=pdf_invoice(
                       "KB-26-0418", "24/11/2026", "Dunmore Harbour Company DAC, Co. Waterford",
                       ["Berth pocket survey, Dunmore East                   1   7,995.00     7,995.00"],
                       ["Total EUR 7,995.00 (VAT reverse charge, customer to account)"],
                       "Payment within 30 days of invoice date"))],
             label=dict(invoice_numbers="KB-26-0418", amount="7995.00", currency="EUR", issue_date="2026-11-24",
                        due_date="2026-12-24", payment_terms_days="30",
                        note="Body has no figures; EUR amount and due date only in the UBL/PDF attachments.")),
        dict(slug="deposit_on_receipt", kind="invoice_copy", frm=FIONA, to=[cl("skerrymore")], cc=[BOT, RORY],
             date="2026-11-26 10:30", subject="Sound of Hoxa cable route survey – deposit",
             body="Dear Hamish,\n\nThank you for accepting our quotation Q-26-118 for the Sound of Hoxa cable route survey "
                  "(contract value £52,500.00 + VAT).\n\nPlease find attached deposit invoice KB-26-0419 for 30% of the "
                  "contract value: £15,750.00 + VAT £3,150.00 = £18,900.00. The deposit is payable on receipt; we will "
                  "confirm the mobilisation date once it has cleared. The balance of £36,750.00 + VAT will be invoiced "
                  "on delivery of the final charts, on our standard 30-day terms.\n\nKind regards,\nFiona\n" + SIG_F,
             atts=[dict(type="pdf", name="Deposit invoice KB-26-0419.pdf", lines=pdf_invoice(
                 "KB-26-0419", "26/11/2026", "Skerrymore Tidal Ltd, Kirkwall",
                 ["Deposit 30% of contract Q-26-118 (GBP 52,500.00)     1  15,750.00    15,750.00"],
                 ["VAT @ 20% 3,150.00", "DEPOSIT DUE GBP 18,900.00"], "Payable on receipt"))],
             label=dict(invoice_numbers="KB-26-0419", amount="18900.00", currency="GBP", issue_date="2026-11-26",
                        due_date="2026-11-26",
                        note="Deposit invoice: contract value, balance and 30-day terms for the later invoice compete; this one is due on receipt.")),
        dict(slug="settlement_discount_plain", kind="invoice_copy", frm=RORY, to=[cl("fyneside")], cc=[BOT],
             date="2026-12-01 12:10", cs="windows-1252", cte="quoted-printable",
             subject="Cage-site seabed mapping – invoice",
             body="Callum,\n\nInvoice below for the cage-site seabed mapping at Loch Fyne (PDF to follow from the office).\n\n"
                  "  INVOICE KB-26-0420\n  Date:        1st December 2026\n  Net:         £3,598.50\n  VAT 20%:     £719.70\n"
                  "  TOTAL:       £4,318.20\n\n  Terms: 28 days net. A 2.5% settlement discount (£107.96) may be deducted "
                  "if paid within 7 days.\n\nWhile I have you: KB-26-0386 (£8,940.00) from October is still showing as "
                  "open on our side – grateful if you could check where it is.\n\nCheers,\nRory\n" + SIG_R,
             label=dict(invoice_numbers="KB-26-0420", amount="4318.20", currency="GBP", issue_date="2026-12-01",
                        due_date="2026-12-29", payment_terms_days="28",
                        note="Body-only invoice with an ordinal date, settlement discount amount and an older open invoice with its own amount.")),
        # ------------------------------------------------------------ read receipts
        dict(slug="outlook_read_plain", kind="read_receipt", frm=cl("northwind"), to=[BOT], rk="r14",
             date="2026-11-06 11:42", subject="Read: {RS:r14}", thread=False, refs=["{MID:r14}"],
             hdrs=[("Thread-Topic", "{RS:r14}"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
             body="Your message\n\n  To: Karen Doig\n  Subject: {RS:r14}\n  Sent: 06 November 2026 09:00:11 (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n\n"
                  "was read on 06 November 2026 11:42:37 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n",
             label=dict(invoice_numbers="KB-26-0412", original_message_id=True,
                        note="Non-standard Outlook text receipt; the original id only in References.")),
        dict(slug="thunderbird_mdn", kind="read_receipt", build="mdn", frm=cl("buchan"), to=[BOT], rk="r15",
             date="2026-11-12 13:07", subject="Return Receipt (displayed) - {RS:r15}",
             ua="Mozilla Thunderbird; Thunderbird 140.4.0", disposition="manual-action/MDN-sent-manually; displayed",
             human="This is a Return Receipt for the mail that you sent to accounts.payable@buchanport.org.uk.\n\n"
                   "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's "
                   "computer. There is no guarantee that the recipient has read or understood the message contents.\n",
             label=dict(invoice_numbers="KB-26-0413", original_message_id=True,
                        note="Standard RFC 8098 MDN, displayed.")),
        dict(slug="deleted_unread_mdn", kind="read_receipt", build="mdn", frm=cl("bluefin"), to=[BOT], rk="r16",
             date="2026-11-13 08:14", tz="-0600", subject="Not read: {RS:r16}",
             ua="Microsoft Exchange Server; Outlook 16.0", disposition="automatic-action/MDN-sent-automatically; deleted",
             human="Your message\n\n  To: ap@bluefingeo.com\n  Subject: {RS:r16}\n  Sent: Thursday, November 12, 2026 9:00:40 AM (UTC-06:00) Central Time (US & Canada)\n\n"
                   "was deleted without being read on Friday, November 13, 2026 8:14:03 AM (UTC-06:00) Central Time (US & Canada).\n",
             label=dict(invoice_numbers="KB-26-0414", original_message_id=True,
                        note="Disposition is deleted, not displayed: the invoice must not be marked as read.")),
        # ------------------------------------------------------------ bounces
        dict(slug="postfix_user_unknown", kind="bounce", build="dsn", rk="r19",
             frm=("Mail Delivery System", "MAILER-DAEMON@out1.kestrel-bathymetry.com"), to=[BOT], env="",
             host="out1.kestrel-bathymetry.com", date="2026-12-01 09:00",
             auth="spf=none smtp.mailfrom=<> smtp.helo=out1.kestrel-bathymetry.com;\n\tdkim=none;\n\tdmarc=none header.from=out1.kestrel-bathymetry.com",
             subject="Undelivered Mail Returned to Sender", queue_id="4hQ2WT0x7Jz9sN",
             reporting_mta="dns; out1.kestrel-bathymetry.com", arrival="{RD:r19}",
             human="This is the mail system at host out1.kestrel-bathymetry.com.\n\nI'm sorry to have to inform you that your "
                   "message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, "
                   "please send mail to postmaster.\n\n                   The mail system\n\n<finance@skerrymoretidal.co.uk>: host "
                   "mx1.skerrymoretidal.co.uk[203.0.113.77] said: 550 5.1.1\n    <finance@skerrymoretidal.co.uk>: Recipient "
                   "address rejected: User unknown in virtual mailbox\n    table (in reply to RCPT TO command)\n",
             recips=[dict(rcpt="finance@skerrymoretidal.co.uk", orig="finance@skerrymoretidal.co.uk", action="failed",
                          status="5.1.1", remote="mx1.skerrymoretidal.co.uk",
                          diag="550 5.1.1 <finance@skerrymoretidal.co.uk>: Recipient address rejected: User unknown in virtual mailbox table")],
             orig="headers",
             label=dict(invoice_numbers="KB-26-0419", failed_recipients="finance@skerrymoretidal.co.uk",
                        bounce_permanent=True, bounce_reason="user_unknown", original_message_id=True, needs_human=True,
                        note="Plain RFC 3464 DSN from our own relay with text/rfc822-headers.")),
        dict(slug="exchange_quota_ndr", kind="bounce", build="dsn", rk="r09",
             frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@northwind-offshore.co.uk"),
             to=[BOT], env="", host="mail-db8eur05on2107.outbound.protection.outlook.com", date="2026-12-02 09:01",
             auth="spf=pass smtp.helo=mail-db8eur05on2107.outbound.protection.outlook.com;\n\tdkim=pass header.d=northwind-offshore.co.uk header.s=selector1;\n\tdmarc=pass header.from=northwind-offshore.co.uk",
             subject="Undeliverable: {RS:r09}", reporting_mta="dns;LO2P265MB4017.GBRP265.PROD.OUTLOOK.COM",
             hdrs=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied"), ("Thread-Topic", "{RS:r09}")],
             human="Your message to ap@northwind-offshore.co.uk couldn't be delivered.\n\nThe recipient's mailbox is full "
                   "and can't accept messages now. Please try resending your message later, or contact the recipient "
                   "directly.\n\nap    Office 365    ap\nAction Required                 Recipient\n\nMailbox full\n\n"
                   "Diagnostic information for administrators:\n\nGenerating server: LO2P265MB4017.GBRP265.PROD.OUTLOOK.COM\n"
                   "Receiving server: LO2P265MB4017.GBRP265.PROD.OUTLOOK.COM\n\nap@northwind-offshore.co.uk\n"
                   "Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'\n",
             human_html="<html><body><p style='font-size:16pt;color:#C00000'>Your message to <a href='mailto:ap@northwind-offshore.co.uk'>ap@northwind-offshore.co.uk</a> couldn't be delivered.</p>"
                        "<p>The recipient's mailbox is full and can't accept messages now.</p><p><b>Mailbox full</b></p></body></html>",
             recips=[dict(rcpt="ap@northwind-offshore.co.uk", orig="ap@northwind-offshore.co.uk", action="failed",
                          status="5.2.2", remote="LO2P265MB4017.GBRP265.PROD.OUTLOOK.COM",
                          diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded")],
             orig="headers",
             label=dict(invoice_numbers="KB-26-0392", failed_recipients="ap@northwind-offshore.co.uk",
                        bounce_permanent=True, bounce_reason="mailbox_full", original_message_id=True, needs_human=True,
                        note="Exchange Online NDR: HTML and text human part, 5.2.2 quota exceeded reported as a permanent failure.")),
        dict(slug="delay_warning", kind="bounce", build="dsn", rk="r21",
             frm=("Mail Delivery System", "MAILER-DAEMON@out1.kestrel-bathymetry.com"), to=[BOT], env="",
             host="out1.kestrel-bathymetry.com", date="2026-11-27 13:00",
             auth="spf=none smtp.mailfrom=<> smtp.helo=out1.kestrel-bathymetry.com;\n\tdkim=none;\n\tdmarc=none header.from=out1.kestrel-bathymetry.com",
             subject="Delayed Mail (still being retried)", reporting_mta="dns; out1.kestrel-bathymetry.com",
             arrival="{RD:r21}", queue_id="4hPn3M1dLbz8Wq",
             human="This is the mail system at host out1.kestrel-bathymetry.com.\n\n####################################"
                   "################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                   "####################################################################\n\nYour message could not be "
                   "delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
                   "                   The mail system\n\n<accounts@dunmoreharbour.ie>: connect to\n    "
                   "mail.dunmoreharbour.ie[198.51.100.203]:25: Connection timed out\n",
             recips=[dict(rcpt="accounts@dunmoreharbour.ie", orig="accounts@dunmoreharbour.ie", action="delayed",
                          status="4.4.1", diag="connect to mail.dunmoreharbour.ie[198.51.100.203]:25: Connection timed out",
                          until="Wed, 2 Dec 2026 09:00:00 +0000")],
             orig="headers",
             label=dict(invoice_numbers="KB-26-0418", failed_recipients="accounts@dunmoreharbour.ie",
                        bounce_permanent=False, bounce_reason="other", original_message_id=True, needs_human=False,
                        note="Delay warning (Action: delayed, 4.4.1): nothing failed yet, address must not be marked failing.")),
        dict(slug="exim_one_of_two", kind="bounce", frm=("Mail Delivery System", "Mailer-Daemon@mx2.armorhydro.fr"),
             to=[BOT], env="", host="mx2.armorhydro.fr", date="2026-12-02 09:03", tz="+0100",
             auth="spf=pass smtp.helo=mx2.armorhydro.fr;\n\tdkim=none;\n\tdmarc=none header.from=mx2.armorhydro.fr",
             subject="Mail delivery failed: returning message to sender", rk="r24", thread=False,
             hdrs=[("X-Failed-Recipients", "g.legoff@armorhydro.fr"), ("Auto-Submitted", "auto-replied")],
             extra_contacts=["g.legoff@armorhydro.fr"],
             body="This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
                  "delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
                  "  g.legoff@armorhydro.fr\n    host mbox.armorhydro.fr [203.0.113.140]\n    SMTP error from remote mail server "
                  "after RCPT TO:<g.legoff@armorhydro.fr>:\n    550 5.1.1 <g.legoff@armorhydro.fr>: adresse inconnue / unknown user\n\n"
                  "------ This is a copy of the message, including all the headers. ------\n\n"
                  "Return-path: <ar@kestrel-bathymetry.com>\nReceived: from out1.kestrel-bathymetry.com ([192.0.2.31])\n"
                  "\tby mx2.armorhydro.fr with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n"
                  "\tenvelope-from <ar@kestrel-bathymetry.com>\n\tid 1vQmXk-0004Zt-2b; Wed, 02 Dec 2026 10:02:57 +0100\n"
                  "Date: {RD:r24}\nFrom: Kestrel Accounts Receivable <ar@kestrel-bathymetry.com>\n"
                  "To: =?utf-8?q?Gwena=C3=ABlle_Le_Goff?= <compta@armorhydro.fr>\nCc: g.legoff@armorhydro.fr\n"
                  "Subject: {RS:r24}\nMessage-ID: {MID:r24}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n\n{RB:r24}",
             label=dict(invoice_numbers="KB-26-0388", failed_recipients="g.legoff@armorhydro.fr", bounce_permanent=True,
                        bounce_reason="user_unknown", original_message_id=True, needs_human=True,
                        note="Non-standard Exim bounce: only the Cc address failed, the main AP address (also in the quoted copy) did not.")),
        dict(slug="spam_reject_no_original", kind="bounce", frm=("Postmaster", "postmaster@bluefingeo.com"),
             to=[BOT], env="", host="us-smtp-inbound-1.bluefingeo.com", date="2026-12-03 14:02",
             auth="spf=pass smtp.helo=us-smtp-inbound-1.bluefingeo.com;\n\tdkim=none;\n\tdmarc=none header.from=bluefingeo.com",
             subject="Message rejected: {RS:r25}", rk="r25", thread=False,
             body="Your message could not be delivered.\n\nSubject: {RS:r25}\nSent: 03/12/2026 14:00\nRecipient: ap@bluefingeo.com\n\n"
                  "Reason: the message was identified as spam by the content filter (score 7.9, threshold 6.0)\n"
                  "and has been rejected. Remote server response:\n\n  550 5.7.350 Remote server returned message detected as spam\n\n"
                  "If you believe this message is legitimate, ask the recipient to add your address to their safe list.\n\n"
                  "-- Bluefin Geophysical mail gateway\n",
             label=dict(invoice_numbers="KB-26-0375", failed_recipients="ap@bluefingeo.com", bounce_permanent=True,
                        bounce_reason="spam", needs_human=True,
                        note="Gateway bounce with no DSN and no original attached: only the subject ties it to the reminder.")),
        # ------------------------------------------------------------ auto replies
        dict(slug="ooo_until_monday", kind="auto_reply", frm=cl("coastline"), to=[BOT], rk="r23",
             date="2026-11-24 09:00", subject="Automatic reply: {RS:r23}",
             hdrs=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "bulk"),
                   ("X-Auto-Response-Suppress", "All")],
             body="Thank you for your email.\n\nI am out of the office until Monday 30 November with limited access to "
                  "email. For urgent payment queries please call our finance office on 0161 496 0734.\n\nTom Ashworth\n",
             label=dict(invoice_numbers="KB-26-0381", return_date="2026-11-30", original_message_id=True,
                        note="'until Monday 30 November' means back that Monday, not the day after.")),
        dict(slug="ooo_french_inclusive", kind="auto_reply", frm=cl("armor"), to=[BOT], rk="r12",
             date="2026-11-25 09:00", tz="+0100", cs="iso-8859-1", cte="quoted-printable",
             subject="Absence du bureau - {RS:r12}", hcs="iso-8859-1",
             body="Bonjour,\n\nJe suis absente du bureau jusqu'au vendredi 4 décembre inclus, sans accès à ma messagerie.\n"
                  "Pour toute question urgente concernant la comptabilité fournisseurs, merci d'écrire à "
                  "direction@armorhydro.fr.\n\nBien cordialement,\nGwenaëlle Le Goff\nService comptabilité - Armor Hydro SAS\n",
             label=dict(language="fr", invoice_numbers="KB-26-0388", return_date="2026-12-07", original_message_id=True,
                        note="French out-of-office without any auto-reply header; absent through Friday 4 Dec inclusive, back Monday.")),
        dict(slug="ticket_ack", kind="auto_reply", frm=("Silverdale AP Helpdesk", "noreply-ap@silverdalecable.com"),
             to=[BOT], rk="r01", date="2026-11-11 09:06", subject="[AP-48213] {RS:r01}",
             reply_to=("Silverdale AP Helpdesk", "ap-helpdesk@silverdalecable.com"),
             hdrs=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-Auto-Response-Suppress", "All"),
                   ("X-Mailer", "Freshdesk")],
             html="<html><body><p>Dear Sender,</p><p>Thank you for contacting Silverdale Cable Systems Accounts Payable. "
                  "Your request has been logged with the reference <b>AP-48213</b>.</p><p>Our standard response time is "
                  "five working days. Please quote the reference in any further correspondence and do not reply to this "
                  "automated message.</p><p>Silverdale AP Helpdesk</p></body></html>",
             label=dict(invoice_numbers="KB-26-0377", original_message_id=True,
                        note="Ticket-system acknowledgement from a no-reply address, HTML only, no return date.")),
        dict(slug="left_company_notice", kind="auto_reply", frm=cl("gannet"), to=[BOT], rk="r18",
             date="2026-11-21 09:00", subject="Auto: {RS:r18}", hdrs=[("Auto-Submitted", "auto-replied")],
             body="Please note that Lorraine Petrie has left Gannet Dredging plc.\n\nThe purchase ledger is now handled by our "
                  "shared service centre in Leeds. From 30 November invoices and statements sent to this address will NOT "
                  "be processed; please send them to ssc.payables@gannet-group.co.uk instead.\n\nThank you.\n",
             label=dict(invoice_numbers="KB-26-0415;KB-26-0416", original_message_id=True, needs_human=True,
                        note="'Left the company' with a new AP address: contact data must change, no return date.")),
        dict(slug="ooo_spanish_bilingual", kind="auto_reply", frm=cl("bluefin"), to=[BOT], rk="r10",
             date="2026-11-19 08:01", tz="-0600", subject="Respuesta automática: {RS:r10}",
             hdrs=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Inbox-Rules-Loop", "ap@bluefingeo.com")],
             body="Gracias por su mensaje. Estoy fuera de la oficina por el feriado de Acción de Gracias y regreso el "
                  "lunes 30 de noviembre. Para asuntos urgentes escriba a treasury@bluefingeo.com.\n\n"
                  "Saludos,\nDwayne Mercer\nBluefin Geophysical Inc.\n",
             label=dict(language="es", invoice_numbers="KB-26-0375", return_date="2026-11-30", original_message_id=True,
                        note="Spanish auto-reply on an English desk, sent from a US time zone.")),
        # ------------------------------------------------------------ challenge
        dict(slug="sender_verification", kind="challenge", frm=("Fyneside Salmon Mail Filter", "verify@mailguard-verify.net"),
             to=[BOT], rk="r20", date="2026-12-07 09:31", subject="Please verify your email: {RS:r20}",
             hdrs=[("Auto-Submitted", "auto-replied"), ("X-Challenge", "MailGuard-Verify v3")],
             body="Hello,\n\nYou recently sent a message to ap@fynesidesalmon.co.uk. To reduce junk mail, Fyneside Salmon "
                  "only accepts messages from senders who have confirmed they are a real person.\n\nYour message is "
                  "being held and will be delivered as soon as you confirm:\n\n  https://verify.mailguard-verify.net/c/7Qm2xR9k"
                  "Lp04ZeT\n\nYou only need to do this once. Unconfirmed messages are deleted after 7 days.\n\n"
                  "Original subject: {RS:r20}\n",
             label=dict(invoice_numbers="KB-26-0386", original_message_id=True, needs_human=True,
                        note="Challenge-response hold: the reminder was not delivered until someone confirms.")),
        # ------------------------------------------------------------ payments
        dict(slug="bank_mt103_credit", kind="payment_confirmation", frm=BANK, to=[BOT], date="2026-12-11 07:30",
             subject="Credit advice – incoming international payment EUR 7,995.00",
             body="CALEDONIAN MERCHANT BANK – CREDIT ADVICE\n\nAccount: KESTREL BATHYMETRY (UK) LTD, EUR 00771360\n"
                  "Booking date: 11.12.2026\nValue date: 10.12.2026\nAmount credited: EUR 7,995.00\n"
                  "Ordering customer: DUNMORE HARBOUR COMPANY DAC\nRemittance information: KB-26-0418\n\n"
                  "The SWIFT message is attached for your records.\n\nThis is an automated message, please do not reply.\n",
             atts=[dict(type="text", name="MT103_CMB2612110042.txt",
                        text="{1:F01CMBKGB2AAXXX0000000000}{2:O1031030261210AIBKIE2DAXXX00000000002612101030N}{4:\n"
                             ":20:DHC2612100042\n:23B:CRED\n:32A:261210EUR7995,00\n:33B:EUR7995,00\n:50K:/IE29AIBK93115212345678\n"
                             "DUNMORE HARBOUR COMPANY DAC\nDUNMORE EAST CO WATERFORD\n:59:/GB61CMBK80164200771352\n"
                             "KESTREL BATHYMETRY (UK) LTD\n:70:KB-26-0418\n:71A:SHA\n-}\n")],
             label=dict(invoice_numbers="KB-26-0418", amount="7995.00", currency="EUR", payment_date="2026-12-10",
                        payment_full=True, note="Value date differs from booking date; MT103 32A has the date as YYMMDD.")),
        dict(slug="psp_payout_fee", kind="payment_confirmation", frm=PSP, to=[BOT], date="2026-12-04 16:22",
             subject="You've been paid £4,318.20 by Fyneside Salmon Ltd",
             html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Payment received</h2>
<p>Fyneside Salmon Ltd paid invoice <b>KB-26-0420</b> on 4 December 2026.</p>
<table>
<tr><td>Amount paid</td><td>£4,318.20</td></tr>
<tr><td>Paylark fee (1.4% + 20p)</td><td>−£60.65</td></tr>
<tr><td>Payout to your bank</td><td>£4,257.55</td></tr>
<tr><td>Expected in your account</td><td>8 December 2026</td></tr>
</table>
<p>Payment ID: pl_9Hq3ZmT0xk21</p>
<p style="color:#888">Paylark Ltd is authorised by the Financial Conduct Authority.</p>
</body></html>""",
             label=dict(invoice_numbers="KB-26-0420", amount="4318.20", currency="GBP", payment_date="2026-12-04",
                        payment_full=True,
                        note="Client paid the full amount without the settlement discount; fee and later payout date must not reduce it.")),
        dict(slug="faster_payment_two_refs", kind="payment_confirmation", frm=BANK, to=[BOT], date="2026-12-08 10:02",
             subject="Payment received into account ending 1352",
             body="Caledonian Merchant Bank\n\nA Faster Payment has been received into your account ending 1352.\n\n"
                  "  From:       GANNET DREDGING PLC\n  Amount:     GBP 9,120.00\n  Reference:  KB260415 KB260416\n"
                  "  Date:       08/12/2026\n\nLog in to Business Online to see the full details.\n",
             label=dict(invoice_numbers="KB-26-0415;KB-26-0416", amount="9120.00", currency="GBP",
                        payment_date="2026-12-08", payment_full=True, allocations="KB-26-0415=6240.00;KB-26-0416=2880.00",
                        note="One transfer for two invoices whose references lost their hyphens.")),
        dict(slug="bacs_part_payment", kind="payment_confirmation", frm=BANK, to=[BOT], date="2026-12-09 07:45",
             subject="Credit advice – BACS",
             body="CALEDONIAN MERCHANT BANK – CREDIT ADVICE\n\nAccount: KESTREL BATHYMETRY (UK) LTD 00771352\n"
                  "Value date: 09/12/2026\nType: BACS CREDIT\nRemitter: BUCHAN PORT TRUST\nAmount: GBP 14,400.00\n"
                  "Reference: KB-26-0413 PART PAYMENT\n",
             label=dict(invoice_numbers="KB-26-0413", amount="14400.00", currency="GBP", payment_date="2026-12-09",
                        payment_full=False, note="Half of a GBP 28,800.00 invoice; the reference says part payment.")),
        dict(slug="daily_credits_no_ref", kind="payment_confirmation", frm=BANK, to=[BOT], date="2026-12-03 18:00",
             subject="Daily credit summary 03/12/2026",
             body="Caledonian Merchant Bank – daily credit summary for 03/12/2026\nAccount ending 1352\n\n"
                  "Value date  Remitter                  Reference              Amount GBP\n"
                  "03/12/2026  HMRC VAT                  VAT REPAYMENT 10/26      3,412.55\n"
                  "03/12/2026  SKERRYMORE TIDAL LTD      SKERRYMORE DEPOSIT      18,900.00\n\n"
                  "Total credits: 22,312.55\n",
             label=dict(amount="18900.00", currency="GBP", payment_date="2026-12-03", needs_human=True,
                        note="No invoice number: the client credit matches deposit KB-26-0419 only by payer and amount; the HMRC line is not a client payment.")),
        # ------------------------------------------------------------ client replies
        dict(slug="paid_remittance_forward", kind="client_reply", frm=cl("silverdale"), to=[BOT], rk="r01",
             date="2026-11-23 10:12", subject="RE: {RS:r01}",
             body="Hi,\n\nThis was paid on 20 November – remittance below.\n\nRegards\nPriya Nair\nAccounts Payable, Silverdale Cable Systems\n\n"
                  "-----Original Message-----\nFrom: payments@silverdalecable.com\nSent: 20 November 2026 16:04\n"
                  "To: Priya Nair\nSubject: Remittance advice 0099812\n\nREMITTANCE ADVICE\nPayee: Kestrel Bathymetry (UK) Ltd\n"
                  "Payment date: 20/11/2026   Method: BACS   Payment ref: 0099812\n\n  Invoice      Amount\n  KB-26-0377   5,640.00\n"
                  "  Total GBP    5,640.00\n\n{QOE:r01}",
             label=dict(intent="paid", invoice_numbers="KB-26-0377", amount="5640.00", currency="GBP", needs_human=True,
                        note="Paid claim carried by a forwarded remittance advice above the quoted reminder.")),
        dict(slug="promise_next_friday", kind="client_reply", frm=cl("coastline"), to=[BOT], rk="r02",
             date="2026-11-20 14:31", subject="Re: {RS:r02}",
             body="Apologies, this got stuck in approvals. It'll go out in next Friday's payment run.\n\nTom\n\n{Q:r02}",
             label=dict(intent="promise", promised_date="2026-11-27", invoice_numbers="KB-26-0381",
                        note="'next Friday' written on a Friday means the Friday a week later.")),
        dict(slug="promise_month_end_run", kind="client_reply", frm=cl("marram"), to=[BOT], rk="r03",
             date="2026-11-10 13:05", subject="RE: {RS:r03}", cs="windows-1252",
             body="Hi there,\n\nThis has been approved and is scheduled for our end-of-month payment run.\n\nKind regards,\n"
                  "Sophie Kerr\nFinance Assistant | Marram Wind Ltd\n\n{QOE:r03}",
             label=dict(intent="promise", promised_date="2026-11-30", invoice_numbers="KB-26-0369",
                        note="'end-of-month payment run' is a span: the last business day of November.")),
        dict(slug="terse_the_15th", kind="client_reply", frm=("Mark Fowler", "purchase.ledger@gannetdredging.co.uk"),
             to=[BOT], rk="r04", date="2026-11-30 08:52", subject="Re: {RS:r04}",
             body="Year-end freeze on supplier payments. Will be paid on the 15th.\nMF\n\nSent from my iPhone\n\n{Q:r04}",
             label=dict(intent="promise", promised_date="2026-12-15", invoice_numbers="KB-26-0372",
                        note="Terse reply from a different person at the client; 'the 15th' resolves to the next 15th (December).")),
        dict(slug="dispute_acceptance", kind="client_reply", frm=cl("buchan"), to=[BOT], rk="r05",
             date="2026-11-19 16:20", subject="RE: {RS:r05}",
             body="Good afternoon,\n\nWe are not in a position to pay KB-26-0384. The survey of the harbour approach has not "
                  "been accepted by the Harbour Master – there are coverage gaps in Area C – and under clause 7.2 of the "
                  "contract payment falls due only on acceptance of the survey report. I have raised this with Rory.\n\n"
                  "Regards,\nGraeme Robb\nFinance Officer, Buchan Port Trust\n\nBuchan Port Trust is a trust port "
                  "established by statute. This email is confidential.\n\n{QOE:r05}",
             label=dict(intent="dispute", invoice_numbers="KB-26-0384", needs_human=True,
                        note="Dispute argued from a contract clause; 'not in a position to pay' is not a promise or a plan.")),
        dict(slug="stop_robots", kind="client_reply", frm=cl("skerrymore"), to=[BOT], rk="r06",
             date="2026-11-12 17:45", subject="Re: {RS:r06}",
             body="Please take us off these automated reminders. We don't deal with robots – if Kestrel has a problem, "
                  "Fiona can pick up the phone.\n\nHamish Gunn\nDirector, Skerrymore Tidal Ltd\n\n{Q:r06}",
             label=dict(intent="stop", invoice_numbers="KB-26-0379", needs_human=True,
                        note="Stop request worded as 'take us off', no payment words at all.")),
        dict(slug="plan_three_instalments", kind="client_reply", frm=cl("fyneside"), to=[BOT], rk="r07",
             date="2026-11-24 11:03", subject="Re: {RS:r07}",
             body="Hello,\n\nI'll be honest with you – after the October algal bloom we've had no harvest for six weeks "
                  "and cash is very tight. Could we clear KB-26-0386 in three instalments of £2,980, in December, "
                  "January and February? Happy to sign whatever you need.\n\nCallum Reid\nFyneside Salmon Ltd\n\n{Q:r07}",
             label=dict(intent="plan", invoice_numbers="KB-26-0386", needs_human=True,
                        note="Instalment request with amounts and months, which must not be read as a promise with a date.")),
        dict(slug="not_received_copy", kind="client_reply", frm=cl("dunmore"), to=[BOT], rk="r08",
             date="2026-12-01 11:20", subject="RE: {RS:r08}",
             body="Hi,\n\nWe don't appear to have received invoice KB-26-0390 – could you send a copy to this address? Please "
                  "also confirm your IBAN by phone, we have had two fraud attempts this quarter.\n\nThanks a million,\n"
                  "Siobhan Whelan\nDunmore Harbour Company DAC\n\n{QOE:r08}",
             label=dict(intent="question", invoice_numbers="KB-26-0390", needs_human=True,
                        note="Not received and wants bank details confirmed; the quoted reminder below has all the payment wording.")),
        dict(slug="needs_po_reissue", kind="client_reply", frm=cl("northwind"), to=[BOT], rk="r09",
             date="2026-12-02 15:48", subject="RE: {RS:r09}",
             body="Our system has rejected KB-26-0392 as it doesn't carry a purchase order number. Please reissue quoting "
                  "PO NW-4500231 and it will go into the next payment run.\n\nKaren Doig\nAccounts Payable\nNorthwind Offshore Ltd\n\n{QOE:r09}",
             label=dict(intent="question", invoice_numbers="KB-26-0392", needs_human=True,
                        note="Asks for a PO on the invoice; 'next payment run' is conditional on the reissue, not a dated promise.")),
        dict(slug="withdrawn_promise", kind="client_reply", frm=cl("bluefin"), to=[BOT], rk="r10",
             date="2026-11-30 10:02", tz="-0600", subject="RE: {RS:r10}",
             body="Hi,\n\nPer my call with Fiona before the holiday I said we'd wire this on 11/30. Unfortunately our own client "
                  "hasn't paid us and treasury has pulled that date. I'll come back to you with a new date as soon as I "
                  "have one.\n\nDwayne Mercer | AP Supervisor | Bluefin Geophysical Inc.\n\n{QOE:r10}",
             label=dict(intent="other", invoice_numbers="KB-26-0375", needs_human=True,
                        note="A promised date (11/30, US format) is mentioned only to withdraw it; no new date.")),
        dict(slug="conditional_promise", kind="client_reply", frm=cl("marram"), to=[BOT], rk="r11",
             date="2026-12-04 15:10", subject="RE: {RS:r11}",
             body="Hi,\n\nWe can pay KB-26-0393 by 11 December provided you send us the signed timesheet for 2 November. "
                  "Without it the approval won't go through.\n\nSophie\n\n{QOE:r11}",
             label=dict(intent="promise", promised_date="2026-12-11", invoice_numbers="KB-26-0393", needs_human=True,
                        note="Promise conditional on a document from us; two dates in the text.")),
        dict(slug="french_paid", kind="client_reply", frm=cl("armor"), to=[BOT], rk="r24", date="2026-12-07 09:15",
             tz="+0100", subject="RE: {RS:r24}",
             body="Bonjour,\n\nLe virement de 9 870,00 € a été émis le 27/11 (réf. ARM-VIR-2611-08). Vous devriez l'avoir "
                  "reçu depuis. Merci de vérifier de votre côté.\n\nCordialement,\nGwenaëlle Le Goff\nArmor Hydro SAS\n\n{QOE:r24}",
             label=dict(language="fr", intent="paid", invoice_numbers="KB-26-0388", amount="9870.00", currency="EUR",
                        needs_human=True, note="Paid claim in French on the English desk, French number and date formats.")),
        dict(slug="paid_one_dispute_other", kind="client_reply", frm=cl("silverdale"), to=[BOT], rk="r13",
             date="2026-12-03 12:30", subject="RE: {RS:r13}",
             body="Hello,\n\n0394 was paid last Friday (£4,200.00).\n\n0395 we are disputing: the framework agreement day "
                  "rate is £1,850, not the £2,150 charged. Please issue a credit note for the difference and we will pay "
                  "the corrected amount.\n\nPriya\n\n{QOE:r13}",
             label=dict(intent="dispute", invoice_numbers="KB-26-0394;KB-26-0395", needs_human=True,
                        note="Mixed paid + dispute with shortened invoice numbers; dispute wins.")),
        # ------------------------------------------------------------ other
        dict(slug="staff_nudge_not_invoice", kind="other", frm=FIONA, to=[cl("coastline")], cc=[BOT],
             date="2026-11-05 16:30", subject="KB-26-0398",
             body="Hi Tom,\n\nJust a gentle nudge on KB-26-0398 (£2,150.00, due 30 October) – I know approvals are slow at "
                  "your end at the moment. Could you let me know when it's likely to be paid?\n\nThanks,\nFiona\n" + SIG_F,
             label=dict(invoice_numbers="KB-26-0398",
                        note="Staff reminder with invoice number, amount and due date, but not a new invoice.")),
        dict(slug="bank_display_name_spoof", kind="other", frm=("Caledonian Merchant Bank", "caledonian.alerts.secure@gmail.com"),
             to=[BOT], date="2026-12-03 06:12", subject="Incoming payment on hold – action required",
             html="<html><body><p>Dear Customer,</p><p>An incoming payment of <b>GBP 22,080.00</b> from NORTHWIND OFFSHORE LTD "
                  "(reference KB-26-0412) has been placed on hold pending verification of your online banking details.</p>"
                  "<p><a href='https://caledonian-merchant-secure.co/release'>Release payment</a></p>"
                  "<p>Caledonian Merchant Bank Security Team</p></body></html>",
             label=dict(invoice_numbers="KB-26-0412", needs_human=True,
                        note="Bank display name over a free-mail address; DMARC passes for gmail.com, which is not a notifier.")),
        dict(slug="industry_newsletter", kind="other", frm=("Subsea Survey Digest", "news@subseadigest.com"), to=[BOT],
             date="2026-11-17 07:00", subject="Webinar: getting paid faster – invoice automation for survey contractors",
             hdrs=[("List-Unsubscribe", "<https://subseadigest.com/u/3f9a1>, <mailto:unsub@subseadigest.com>"),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
             body="SUBSEA SURVEY DIGEST – week 47\n\n* Webinar: getting paid faster. Why 60-day terms are killing small "
                  "survey firms, and how to chase invoices without losing clients.\n* USV market outlook 2027\n"
                  "* Job board: senior hydrographic surveyor, Aberdeen\n\nUnsubscribe: https://subseadigest.com/u/3f9a1\n",
             html="<html><body><h1>Subsea Survey Digest</h1><p><b>Webinar:</b> getting paid faster &ndash; why 60-day terms "
                  "are killing small survey firms.</p><p>USV market outlook 2027</p></body></html>",
             label=dict(note="Newsletter about invoices and payment terms; bulk headers.")),
        dict(slug="client_calendar_invite", kind="other", frm=cl("northwind"), to=[FIONA, BOT], date="2026-12-01 10:05",
             subject="Invitation: Q1 survey planning @ Tue 8 Dec 2026 10:00 - 11:00 (GMT)",
             body="Karen Doig has invited you to: Q1 survey planning\nTuesday 8 December 2026, 10:00 – 11:00 GMT\n"
                  "Microsoft Teams meeting\n",
             atts=[dict(type="ics", text="BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\n"
                                         "VERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:040000008200E00074C5B7101A82E0080000000010a3\n"
                                         "DTSTAMP:20261201T100500Z\nDTSTART:20261208T100000Z\nDTEND:20261208T110000Z\n"
                                         "SUMMARY:Q1 survey planning\nORGANIZER;CN=Karen Doig:mailto:ap@northwind-offshore.co.uk\n"
                                         "ATTENDEE;RSVP=TRUE:mailto:fiona.macleod@kestrel-bathy.co.uk\n"
                                         "ATTENDEE;RSVP=TRUE:mailto:ar@kestrel-bathymetry.com\nEND:VEVENT\nEND:VCALENDAR\n")],
             label=dict(note="Calendar invitation from a known client contact to staff and the AR address.")),
    ]

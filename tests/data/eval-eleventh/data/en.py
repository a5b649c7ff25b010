"""English desk: Frostline Cold Chain UK Ltd (GBP, Europe/London)."""
from .common import human, E, bot_mid, pdf, ubl, BOT, DESKS
from . import machine as M

D = "en"
EMMA = ("Emma Hartley", "emma.hartley@frostline.co.uk")
RAJ = ("Raj Patel", "raj.patel@frostline.co.uk")
BOTA = ("Frostline Accounts Receivable", BOT)
SELLER = "Frostline Cold Chain UK Ltd"

CLIENTS = {
    "harbourside": ("Mark Doyle", "accounts@harboursideseafoods.co.uk", "Harbourside Seafoods Ltd, Unit 4 Fish Quay, North Shields NE30 1JA"),
    "pennine": ("Sarah Whitcombe", "payables@penninedairy.coop", "Pennine Dairy Co-operative, Mill Lane, Skipton BD23 1NR"),
    "greenleaf": ("Tom Okafor", "ap@greenleafpharma.co.uk", "Greenleaf Pharmacy Distribution Ltd, 12 Kelvin Way, Crawley RH10 9SF"),
    "bramble": ("Lucy Fenwick", "finance@brambleandrye.co.uk", "Bramble & Rye Bakeries Ltd, 3 Station Yard, Hexham NE46 1EZ"),
    "northgate": ("Gareth Price", "accounts@northgateflorists.com", "Northgate Florists Wholesale, 88 Northgate, Chester CH1 2HT"),
    "solent": ("Priya Shah", "purchase.ledger@solenticecream.co.uk", "Solent Ice Cream Company, Hamble Road, Southampton SO31 4NB"),
    "caledonia": ("Iain MacLeod", "invoices@caledoniasmokehouse.scot", "Caledonia Smokehouse Ltd, Harbour Road, Oban PA34 5QD"),
    "oakridge": ("Helen Marsh", "ap@oakridgevet.co.uk", "Oakridge Veterinary Supplies, 7 Barley Close, Cirencester GL7 1XT"),
    "thameside": ("Daniel Brooks", "payables@thamesidecatering.co.uk", "Thameside Catering Group plc, 40 Wapping Wall, London E1W 3SS"),
    "willowbrook": ("Anna Kowalczyk", "accounts@willowbrookorganic.co.uk", "Willowbrook Organic Farms LLP, Ledbury HR8 2JJ"),
}
EXTRA_CONTACTS = ["g.price@northgateflorists.com", "helen.marsh@oakridgevet.co.uk", "lucy@brambleandrye.co.uk",
                  "d.brooks.catering@gmail.com", "mark.doyle@harboursideseafoods.co.uk", "claire.dubois@northgateflorists.com",
                  "tom.okafor@greenleafpharma.co.uk", "iain@caledoniasmokehouse.scot"]
EARLIER = ["FLUK-26-0371", "FLUK-26-0398", "FLUK-26-0401", "FLUK-26-0402", "FLUK-26-0405", "FLUK-26-0407",
           "FLUK-26-0409", "FLUK-26-0412", "FLUK-26-0417", "FLUK-26-0419", "FLUK-26-0423"]


def c(k):
    n, a, _ = CLIENTS[k]
    return (n, a)


SIG_E = "\n\nKind regards,\nEmma Hartley\nCredit Control | Frostline Cold Chain UK Ltd\nT 0191 496 0732\n"
SIG_R = "\n\nCheers,\nRaj Patel\nAccounts | Frostline Cold Chain UK Ltd\n"
BANK = "Sort code 20-45-77  Account 63015582  (Thames Merchant Bank)"


def quoted(date_line, who, text):
    return f"\n\nOn {date_line}, {who} wrote:\n" + "\n".join("> " + l if l else ">" for l in text.splitlines())


def build():
    out = []
    add = out.append
    # ------------------------------------------------------------ invoice copies
    p = pdf(["FROSTLINE COLD CHAIN UK LTD", "Unit 9, Team Valley Trading Estate, Gateshead NE11 0QD", "VAT GB 318 4472 09",
             "", "TAX INVOICE   FLUK-26-0431", "Invoice date: 02/11/2026", "Terms: 30 days net", "Due date: 02/12/2026",
             "Bill to: Harbourside Seafoods Ltd, Unit 4 Fish Quay, North Shields NE30 1JA", "",
             "Chilled storage -1/+2 C, 46 pallet weeks @ 62.00     2,852.00",
             "Refrigerated haulage North Shields - Leeds, 6 runs    1,158.00",
             "Net total                                             4,010.00", "VAT 20%                                                 802.00",
             "TOTAL DUE GBP                                        4,812.00", "", BANK])
    add(E("01_invoice_pdf_harbourside", human(D, frm=EMMA, to=c("harbourside"), cc=BOTA,
        subject="Invoice FLUK-26-0431 - October storage & haulage", date="2026-11-02 09:41",
        body="Hi Mark,\n\nPlease find attached our invoice FLUK-26-0431 for October's chilled storage and the Leeds runs. "
             "Total is £4,812.00 inc. VAT, on the usual 30-day terms.\n\nShout if anything looks off." + SIG_E,
        attachments=[("FLUK-26-0431.pdf", p, "application/pdf")]),
        "invoice_copy", "en", invoice_numbers="FLUK-26-0431", amount="4812.00", currency="GBP", issue_date="2026-11-02",
        due_date="2026-12-02", payment_terms_days=30, needs_human=False, note="net 4010.00 and VAT also shown; gross is due"))

    add(E("02_invoice_bcc_plaintext_pennine", human(D, frm=RAJ, to=c("pennine"), bcc_bot=True,
        subject="Frostline invoice FLUK-26-0432", date="2026-11-03 15:07",
        body="Sarah,\n\nInvoice below for the extra blast-freezing slots last week - no PDF this time as our print server is "
             "having a moment, hope the text is fine for your ledger.\n\n"
             "  Invoice no.:    FLUK-26-0432\n  Invoice date:   3 November 2026\n  Customer:       Pennine Dairy Co-operative\n"
             "  Blast freezing, 18 pallet slots x £57.25     £1,030.50\n  VAT @ 20%                                    £206.10\n"
             "  Amount payable                               £1,236.60\n\n  Payment terms: 14 days from invoice date (by 17/11/2026)\n"
             f"  {BANK}" + SIG_R),
        "invoice_copy", "en", invoice_numbers="FLUK-26-0432", amount="1236.60", currency="GBP", issue_date="2026-11-03",
        due_date="2026-11-17", payment_terms_days=14, needs_human=False, note="bot only in envelope (Bcc); Delivered-To shows it"))

    add(E("03_invoice_deposit_deducted_thameside", human(D, frm=EMMA, to=c("thameside"), cc=[BOTA, RAJ],
        subject="Invoice FLUK-26-0435 — Winter Fair mobile cold rooms (balance)", date="2026-11-06 11:20",
        body="Dear Daniel,\n\nAs promised, here is the balance invoice for the three mobile cold rooms at the Winter Fair.\n\n"
             "Invoice FLUK-26-0435, dated 06/11/2026\n\n  Hire of 3 x 20ft mobile cold rooms, 9-29 Nov     £10,800.00\n"
             "  VAT 20%                                          £2,160.00\n  Invoice total                                   £12,960.00\n"
             "  Less deposit received 14/10/2026 (our ref. DEP-0912)   -£3,000.00\n  BALANCE NOW DUE                                  £9,960.00\n\n"
             "Due by 20 November 2026 (14 days).\n" + BANK + SIG_E),
        "invoice_copy", "en", invoice_numbers="FLUK-26-0435", amount="9960.00", currency="GBP", issue_date="2026-11-06",
        due_date="2026-11-20", payment_terms_days=14, needs_human=False, note="deposit deducted: balance 9960.00 due, not total 12960.00"))

    p4 = pdf(["FROSTLINE COLD CHAIN UK LTD", "INVOICE FLUK-26-0438", "Date: 09/11/2026", "Customer: Greenleaf Pharmacy Distribution Ltd",
              "", "GDP-validated 2-8 C storage agreement GL-2026-03", "Annual contract value (ex VAT): 86,400.00",
              "Instalment 3 of 12 (December 2026)", "Net 7,200.00   VAT 20% 1,440.00", "Amount of this instalment: GBP 8,640.00",
              "Please pay by 30/11/2026", "Remaining contract balance after this instalment: 64,800.00 ex VAT", BANK])
    add(E("04_invoice_instalment_greenleaf", human(D, frm=RAJ, to=c("greenleaf"), cc=BOTA,
        subject="FLUK-26-0438 | Instalment 3/12 storage agreement GL-2026-03", date="2026-11-09 08:55",
        body="Hello Tom,\n\nDecember's instalment under the storage agreement is attached (FLUK-26-0438). "
             "As before it's one twelfth of the £86,400 annual value plus VAT, so £8,640.00 to pay by the 30th." + SIG_R,
        attachments=[("Frostline_FLUK-26-0438.pdf", p4, "application/pdf")]),
        "invoice_copy", "en", invoice_numbers="FLUK-26-0438", amount="8640.00", currency="GBP", issue_date="2026-11-09",
        due_date="2026-11-30", payment_terms_days="", needs_human=False,
        note="contract value 86400 and remaining balance are not due; instalment 8640 is; due stated as a date only"))

    add(E("05_credit_note_bramble", human(D, frm=EMMA, to=c("bramble"), cc=BOTA,
        subject="Credit note FLUK-CN-26-0017 against invoice FLUK-26-0398", date="2026-11-10 14:02",
        body="Hi Lucy,\n\nFollowing the freezer breakdown on 21 October, we've issued credit note FLUK-CN-26-0017 for £418.80 "
             "(£349.00 + VAT) against invoice FLUK-26-0398. The UBL file is attached for your AP system.\n\n"
             "That leaves £1,673.40 outstanding on FLUK-26-0398 (originally £2,092.20)." + SIG_E,
        attachments=[("FLUK-CN-26-0017.xml", ubl("FLUK-CN-26-0017", "2026-11-10", "", "GBP", SELLER, "Bramble & Rye Bakeries Ltd",
                                                  "349.00", "69.80", "418.80", "418.80", credit=True), "application/xml")]),
        "invoice_copy", "en", invoice_numbers="FLUK-CN-26-0017;FLUK-26-0398", amount="-418.80", currency="GBP", issue_date="2026-11-10",
        due_date="", payment_terms_days="", needs_human=True,
        note="credit note, reduces FLUK-26-0398 to 1673.40; nothing new to collect"))

    add(E("06_proforma_solent", human(D, frm=RAJ, to=c("solent"), cc=BOTA,
        subject="Pro forma PF-26-0044 – Christmas peak freezer space", date="2026-11-12 10:33",
        body="Hi Priya,\n\nAs discussed on the phone, we need payment up front to hold the 40 extra -25°C pallet spaces "
             "from 1 December. Pro forma below - it is NOT a VAT invoice; the proper invoice follows once the space is in use.\n\n"
             "  PRO FORMA PF-26-0044   12/11/2026\n  40 pallet spaces, Dec 2026, reservation   £2,250.00\n  VAT                                        £450.00\n"
             "  Total to pay in advance                  £2,700.00\n  Payable on receipt to secure the booking.\n" + SIG_R),
        "invoice_copy", "en", invoice_numbers="PF-26-0044", amount="2700.00", currency="GBP", issue_date="2026-11-12",
        due_date="", payment_terms_days="", needs_human=True, note="pro forma, not a VAT invoice; due on receipt"))

    html7 = ("<html><body><p>Dear Helen,</p><p>Please find invoice <b>FLUK-26-0440</b> attached as UBL (your portal prefers it).</p>"
             "<table border=1><tr><td>Net</td><td>&pound;2,150.00</td></tr><tr><td>VAT</td><td>&pound;430.00</td></tr>"
             "<tr><td><b>Total</b></td><td><b>&pound;2,580.00</b></td></tr></table>"
             "<p>Terms: 30 days, due 16/12/2026. <i>Prompt payment discount: you may deduct 2% (pay &pound;2,528.40) "
             "if paid within 10 days.</i></p><p>Kind regards,<br>Emma</p></body></html>")
    add(E("07_invoice_ubl_skonto_oakridge", human(D, frm=EMMA, to=c("oakridge"), cc=BOTA,
        subject="Invoice FLUK-26-0440 (UBL)", date="2026-11-16 09:12",
        body="Dear Helen,\n\nPlease find invoice FLUK-26-0440 attached as UBL.\nNet £2,150.00, VAT £430.00, total £2,580.00.\n"
             "Terms: 30 days, due 16/12/2026. Prompt payment discount: you may deduct 2% (pay £2,528.40) if paid within 10 days.\n\nKind regards,\nEmma",
        html=html7,
        attachments=[("FLUK-26-0440.xml", ubl("FLUK-26-0440", "2026-11-16", "2026-12-16", "GBP", SELLER, "Oakridge Veterinary Supplies",
                                               "2150.00", "430.00", "2580.00", "2580.00"), "application/xml")]),
        "invoice_copy", "en", invoice_numbers="FLUK-26-0440", amount="2580.00", currency="GBP", issue_date="2026-11-16",
        due_date="2026-12-16", payment_terms_days=30, needs_human=False, note="2% early-payment discount optional; full gross is the amount due"))

    add(E("08_invoice_with_overdue_statement_willowbrook", human(D, frm=RAJ, to=c("willowbrook"), cc=BOTA,
        subject="New invoice FLUK-26-0446 + account statement", date="2026-11-18 16:45",
        body="Hi Anna,\n\nNew invoice for the apple store CA rooms: FLUK-26-0446, dated 18 November 2026, £3,318.00 incl. VAT, "
             "due 18 December (30 days).\n\nFor completeness, your account statement:\n"
             "  FLUK-26-0371   12/09/2026   £1,728.00   overdue\n  FLUK-26-0446   18/11/2026   £3,318.00   not yet due\n"
             "  Total account balance           £5,046.00\n\nThanks!" + SIG_R),
        "invoice_copy", "en", invoice_numbers="FLUK-26-0446", amount="3318.00", currency="GBP", issue_date="2026-11-18",
        due_date="2026-12-18", payment_terms_days=30, needs_human=False, note="statement total 5046.00 includes older FLUK-26-0371; only 3318.00 is this invoice"))

    # ------------------------------------------------------------ read receipts
    m1 = bot_mid("20261106090012/en-0412")
    add(E("09_mdn_thunderbird_pennine", M.mdn(D, date="2026-11-06 10:14", frm="Sarah Whitcombe <payables@penninedairy.coop>",
        frm_domain="penninedairy.coop", subject="Return Receipt (displayed) - Invoice FLUK-26-0412 - did it reach you?",
        human_text="This is a Return Receipt for the mail that you sent to payables@penninedairy.coop.\n\n"
                   "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. "
                   "There is no guarantee that the recipient has read or understood the message contents.",
        final_rcpt="payables@penninedairy.coop", omid=m1, ua="Mozilla Thunderbird; Thunderbird 128.4.0"),
        "read_receipt", "en", invoice_numbers="FLUK-26-0412", original_message_id=m1))

    m2 = bot_mid("20261113091500/en-0405")
    txt = ("Your message\n\n  To: Tom Okafor\n  Subject: Friendly reminder: invoice FLUK-26-0405 due 20 November\n"
           "  Sent: 13 November 2026 09:15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n\n"
           "was read on 13 November 2026 11:02:47 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.")
    add(E("10_read_outlook_greenleaf", human(D, frm=("Tom Okafor", "tom.okafor@greenleafpharma.co.uk"), to=BOTA,
        subject="Read: Friendly reminder: invoice FLUK-26-0405 due 20 November", date="2026-11-13 11:02", body=txt,
        references=m2, headers=[("Thread-Topic", "Friendly reminder: invoice FLUK-26-0405 due 20 November"),
                                ("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Has-Attach", "")]),
        "read_receipt", "en", invoice_numbers="FLUK-26-0405", original_message_id=m2, note="Outlook plain 'Read:' receipt, id only in References"))

    m3 = bot_mid("20261120080000/en-0409")
    add(E("11_mdn_automatic_oakridge", M.mdn(D, date="2026-11-20 08:03", frm="ap@oakridgevet.co.uk", frm_domain="oakridgevet.co.uk",
        subject="Read receipt: Invoice FLUK-26-0409 - did it arrive safely?",
        human_text="The message sent on 20/11/2026 08:00 to ap@oakridgevet.co.uk with subject \"Invoice FLUK-26-0409 - did it arrive safely?\" has been displayed.",
        final_rcpt="ap@oakridgevet.co.uk", omid=m3, ua="ap.oakridgevet.co.uk; Zimbra 10.0",
        disposition="automatic-action/MDN-sent-automatically; displayed"),
        "read_receipt", "en", invoice_numbers="FLUK-26-0409", original_message_id=m3))

    # ------------------------------------------------------------ bounces
    b1 = bot_mid("20261104100500/en-b1")
    add(E("12_bounce_postfix_user_unknown", M.dsn(D, date="2026-11-04 10:05", reporter="out.frostline-group.com",
        rcpts=[("g.price@northgateflorists.com", "5.1.1", "550 5.1.1 <g.price@northgateflorists.com>: Recipient address rejected: User unknown in virtual mailbox table")],
        human_text="This is the mail system at host out.frostline-group.com.\n\nI'm sorry to have to inform you that your message could not\n"
                   "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
                   "<g.price@northgateflorists.com>: host mx.northgateflorists.com[192.0.2.44] said: 550 5.1.1\n"
                   "    <g.price@northgateflorists.com>: Recipient address rejected: User unknown in\n    virtual mailbox table (in reply to RCPT TO command)",
        subject_orig="Invoice FLUK-26-0401 - did it reach you?", omid=b1, odate="2026-11-04 10:04",
        reporting_mta="out.frostline-group.com", remote_mta="mx.northgateflorists.com"),
        "bounce", "en", failed_recipients="g.price@northgateflorists.com", bounce_permanent=True, bounce_reason="user_unknown",
        original_message_id=b1, invoice_numbers="FLUK-26-0401"))

    b2 = bot_mid("20261111093000/en-b2")
    add(E("13_bounce_exchange_quota", M.dsn(D, date="2026-11-11 09:31", reporter="oakridgevet.co.uk",
        frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@oakridgevet.co.uk>", subject="Undeliverable: Reminder - invoice FLUK-26-0409",
        rcpts=[("helen.marsh@oakridgevet.co.uk", "5.2.2", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded")],
        human_text="Delivery has failed to these recipients or groups:\n\nhelen.marsh@oakridgevet.co.uk\n"
                   "The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.\n\n"
                   "Diagnostic information for administrators:\nGenerating server: EX02.oakridgevet.local\n"
                   "helen.marsh@oakridgevet.co.uk\nRemote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'",
        subject_orig="Reminder - invoice FLUK-26-0409", omid=b2, odate="2026-11-11 09:30", reporting_mta="EX02.oakridgevet.local"),
        "bounce", "en", failed_recipients="helen.marsh@oakridgevet.co.uk", bounce_permanent=True, bounce_reason="mailbox_full",
        original_message_id=b2, invoice_numbers="FLUK-26-0409", note="5.x status so permanent for this message although quota may clear"))

    b3 = bot_mid("20261117080000/en-b3")
    add(E("14_bounce_delayed_dns_bramble", M.dsn(D, date="2026-11-17 12:00", reporter="out.frostline-group.com", action="delayed",
        subject="Delayed Mail (still being retried)",
        rcpts=[("lucy@brambleandrye.co.uk", "4.4.3", None)],
        human_text="This is the mail system at host out.frostline-group.com.\n\n####################################################################\n"
                   "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n"
                   "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
                   "<lucy@brambleandrye.co.uk>: Host or domain name not found. Name service error\n    for name=brambleandrye.co.uk type=MX: Host not found, try again",
        subject_orig="Invoice FLUK-26-0398 is now past due", omid=b3, odate="2026-11-17 08:00", reporting_mta="out.frostline-group.com"),
        "bounce", "en", failed_recipients="lucy@brambleandrye.co.uk", bounce_permanent=False, bounce_reason="other",
        original_message_id=b3, invoice_numbers="FLUK-26-0398", note="delay warning, DNS temporary failure"))

    b4 = bot_mid("20261124100000/en-b4")
    add(E("15_bounce_gmail_spam", M.dsn(D, date="2026-11-24 10:00", reporter="out.frostline-group.com",
        rcpts=[("d.brooks.catering@gmail.com", "5.7.1", "550-5.7.1 [203.0.113.25] Gmail has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. 550 5.7.1 For more information, go to https://support.google.com/mail/?p=UnsolicitedMessageError")],
        human_text="This is the mail system at host out.frostline-group.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
                   "<d.brooks.catering@gmail.com>: host gmail-smtp-in.l.google.com[142.250.27.26] said:\n    550-5.7.1 [203.0.113.25] Gmail has detected that this message is likely\n"
                   "    unsolicited mail. To reduce the amount of spam sent to Gmail, this message\n    has been blocked. (in reply to end of DATA command)",
        subject_orig="Invoice FLUK-26-0419 - payment reminder", omid=b4, odate="2026-11-24 09:59",
        reporting_mta="out.frostline-group.com", remote_mta="gmail-smtp-in.l.google.com", body_part="full",
        orig_body="Good morning Daniel,\n\nHow are you? This is a friendly reminder that invoice FLUK-26-0419 ..."),
        "bounce", "en", failed_recipients="d.brooks.catering@gmail.com", bounce_permanent=True, bounce_reason="spam",
        original_message_id=b4, invoice_numbers="FLUK-26-0419"))

    b5 = bot_mid("20261127111500/en-b5")
    ex = ("This message was created automatically by mail delivery software.\n\n"
          "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
          "  invoices@caledoniasmokehouse.scot\n    host mx1.caledoniasmokehouse.scot [192.0.2.80]\n"
          "    SMTP error from remote mail server after end of data:\n    550 Administrative prohibition - message rejected by local policy (attachments/links from unknown senders)\n\n"
          "------ This is a copy of the message's headers. ------\n\n"
          + M.orig_headers(D, "Iain MacLeod <invoices@caledoniasmokehouse.scot>", "Statement of account - Caledonia Smokehouse", b5, "2026-11-27 11:15"))
    add(E("16_bounce_exim_policy_plain", M.plain_bounce(D, date="2026-11-27 11:16", reporter="mx1.caledoniasmokehouse.scot",
        frm="Mail Delivery System <Mailer-Daemon@mx1.caledoniasmokehouse.scot>", subject="Mail delivery failed: returning message to sender",
        body=ex, extra_headers="X-Failed-Recipients: invoices@caledoniasmokehouse.scot\nAuto-Submitted: auto-replied\n"),
        "bounce", "en", failed_recipients="invoices@caledoniasmokehouse.scot", bounce_permanent=True, bounce_reason="policy",
        original_message_id=b5, note="Exim-style non-RFC3464 bounce"))

    # ------------------------------------------------------------ auto replies
    a1 = bot_mid("20261109090000/en-a1")
    add(E("17_ooo_standard_pennine", human(D, frm=c("pennine"), to=BOTA, subject="Automatic reply: Reminder: invoice FLUK-26-0412 due 12 November",
        date="2026-11-09 09:00", in_reply_to=a1,
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "auto_reply")],
        body="Thank you for your email. I am away from the office with limited access to email and will be back on Monday 16th November.\n\n"
             "For anything urgent regarding supplier payments please contact our purchase ledger team on 01756 700 412.\n\nSarah Whitcombe\nPennine Dairy Co-operative"),
        "auto_reply", "en", return_date="2026-11-16", original_message_id=a1, invoice_numbers="FLUK-26-0412"))

    a2 = bot_mid("20261118083000/en-a2")
    add(E("18_ooo_polish_no_headers_willowbrook", human(D, frm=c("willowbrook"), to=BOTA, subject="Autoodpowiedź: Invoice FLUK-26-0371 is past due",
        date="2026-11-18 08:31", in_reply_to=a2,
        body="Dzień dobry,\n\ndo 20 listopada włącznie przebywam na urlopie i nie mam dostępu do poczty. Do pracy wracam w poniedziałek 23.11.\n"
             "W sprawach pilnych proszę dzwonić do biura: +44 1531 630 118.\n\nPozdrawiam serdecznie\nAnna Kowalczyk\n\n"
             "I am on annual leave and back on Monday 23 November."),
        "auto_reply", "pl", return_date="2026-11-23", original_message_id=a2, invoice_numbers="FLUK-26-0371",
        note="no Auto-Submitted header; Polish with English line"))

    add(E("19_ticket_ack_greenleaf", human(D, frm=("Greenleaf Supplier Helpdesk", "suppliers@greenleafpharma.co.uk"), to=BOTA,
        subject="[GL-SUP #58213] We've received your message: Invoice FLUK-26-0405 - past due", date="2026-11-25 14:22",
        in_reply_to=bot_mid("20261125142000/en-a3"),
        headers=[("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes")],
        body="Hello,\n\nThanks for contacting Greenleaf Supplier Services. Your request has been logged as ticket #58213 and "
             "a member of the team will respond within 5 working days.\n\nPlease keep the ticket number in the subject line if you write again.\n\n"
             "This is an automated message - replies to this address are not monitored."),
        "auto_reply", "en", return_date="", original_message_id=bot_mid("20261125142000/en-a3"), invoice_numbers="FLUK-26-0405",
        note="ticket acknowledgement, no absence"))

    a4 = bot_mid("20261102100000/en-a4")
    add(E("20_ooo_parental_leave_no_date", human(D, frm=("Mark Doyle", "mark.doyle@harboursideseafoods.co.uk"), to=BOTA,
        subject="Out of Office: Invoice FLUK-26-0417 - did it reach you?", date="2026-11-02 10:00", in_reply_to=a4,
        headers=[("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply"), ("Auto-Submitted", "auto-replied")],
        body="Hi, I'm on parental leave for the next few months. Invoices and statements can go to accounts@harboursideseafoods.co.uk "
             "and our finance manager Jo Reed will pick them up.\n\nMark"),
        "auto_reply", "en", return_date="", original_message_id=a4, invoice_numbers="FLUK-26-0417", note="absence without a return date"))

    a5 = bot_mid("20261123090000/en-a5")
    add(E("21_ooo_french_northgate", human(D, frm=("Claire Dubois", "claire.dubois@northgateflorists.com"), to=BOTA,
        subject="Réponse automatique : Invoice FLUK-26-0423 - did it reach you?", date="2026-11-23 09:01", in_reply_to=a5,
        headers=[("Auto-Submitted", "auto-replied")], charset="iso-8859-1", cte="quoted-printable",
        body="Bonjour,\n\nJe suis absente du lundi 23 novembre au mardi 1er décembre inclus. Je serai de retour le mercredi 2 décembre.\n"
             "Pour toute urgence, merci de contacter Gareth Price.\n\nCordialement,\nClaire Dubois\nAcheteuse import - Northgate Florists"),
        "auto_reply", "fr", return_date="2026-12-02", original_message_id=a5, invoice_numbers="FLUK-26-0423"))

    # ------------------------------------------------------------ challenge
    add(E("22_challenge_boxtrapper_thameside", human(D, frm=("Thameside Catering Mail Filter", "boxtrapper@cp12.thamesidehosting.net"),
        to=BOTA, subject="verify#-7c1f2e90 Invoice FLUK-26-0419 - payment reminder", date="2026-11-24 10:12", auth_domain="thamesidehosting.net",
        headers=[("Auto-Submitted", "auto-replied")],
        body="The user payables@thamesidecatering.co.uk is using a whitelist-based email filtering system. Your message "
             "(subject: \"Invoice FLUK-26-0419 - payment reminder\", sent 24 Nov 2026 10:10) has been held.\n\n"
             "To confirm that you are a real person and have your message delivered, simply reply to this email without changing the subject.\n\n"
             "If you do not respond within 7 days, your message will be deleted.\n\n-- BoxTrapper"),
        "challenge", "en", challenge=True, invoice_numbers="FLUK-26-0419", note="original Message-ID not carried"))

    # ------------------------------------------------------------ payments
    bank = DESKS[D]["bank"]
    add(E("23_bank_single_harbourside", human(D, frm=("Thames Merchant Bank", bank), to=BOTA,
        subject="Credit received on account ****5582", date="2026-11-24 07:12",
        body="Thames Merchant Bank - Business Alerts\n\nA credit has been received on your account ending 5582.\n\n"
             "  Amount:        GBP 4,812.00\n  Payment type:  Faster Payment\n  From:          HARBOURSIDE SEAFOODS LTD\n"
             "  Reference:     FLUK-26-0431\n  Value date:    24/11/2026\n\nThis is an automated alert. Please do not reply."),
        "payment_confirmation", "en", invoice_numbers="FLUK-26-0431", amount="4812.00", currency="GBP", payment_date="2026-11-24", payment_full=True))

    psp = DESKS[D]["psp"]
    add(E("24_psp_multi_invoice_fee_pennine", human(D, frm=("PayFlow", psp), to=BOTA,
        subject="You've been paid £3,216.60 by Pennine Dairy Co-operative", date="2026-11-26 13:40",
        body="Payment received\n\nPayer: Pennine Dairy Co-operative (payables@penninedairy.coop)\nPayment ID: pf_pay_8Kq2LmW7\nDate: 26 Nov 2026\n\n"
             "  Invoice FLUK-26-0412      £1,980.00\n  Invoice FLUK-26-0432      £1,236.60\n  Total paid                £3,216.60\n"
             "  PayFlow fee (1.5%)          -£48.25\n  Net to your payout         £3,168.35\n\nPayout expected: 30 Nov 2026\n"),
        "payment_confirmation", "en", invoice_numbers="FLUK-26-0412;FLUK-26-0432", amount="3216.60", currency="GBP", payment_date="2026-11-26",
        payment_full=True, allocations="FLUK-26-0412=1980.00;FLUK-26-0432=1236.60", note="amount gross of PSP fee"))

    add(E("25_bank_partial_greenleaf", human(D, frm=("Thames Merchant Bank", bank), to=BOTA,
        subject="Credit received on account ****5582", date="2026-11-27 07:05",
        body="Thames Merchant Bank - Business Alerts\n\nA credit has been received on your account ending 5582.\n\n"
             "  Amount:        GBP 4,000.00\n  Payment type:  BACS\n  From:          GREENLEAF PHARMACY DIST\n"
             "  Reference:     PART PMT FLUK-26-0405 OF 6240.00\n  Value date:    27/11/2026\n\nThis is an automated alert. Please do not reply."),
        "payment_confirmation", "en", invoice_numbers="FLUK-26-0405", amount="4000.00", currency="GBP", payment_date="2026-11-27", payment_full=False,
        note="reference says part payment of 6240.00"))

    add(E("26_bank_no_reference_bramble", human(D, frm=("Thames Merchant Bank", bank), to=BOTA,
        subject="Credit received on account ****5582", date="2026-11-30 07:09",
        body="Thames Merchant Bank - Business Alerts\n\nA credit has been received on your account ending 5582.\n\n"
             "  Amount:        GBP 960.00\n  Payment type:  Faster Payment\n  From:          B AND R BAKERIES LTD\n"
             "  Reference:     NOV PAYMENT\n  Value date:    30/11/2026\n\nThis is an automated alert. Please do not reply."),
        "payment_confirmation", "en", invoice_numbers="", amount="960.00", currency="GBP", payment_date="2026-11-30", payment_full="",
        needs_human=True, note="no invoice reference; payer name abbreviated"))

    add(E("27_bank_discount_taken_oakridge", human(D, frm=("Thames Merchant Bank", bank), to=BOTA,
        subject="Credit received on account ****5582", date="2026-11-25 07:02",
        body="Thames Merchant Bank - Business Alerts\n\nA credit has been received on your account ending 5582.\n\n"
             "  Amount:        GBP 2,528.40\n  Payment type:  Faster Payment\n  From:          OAKRIDGE VETERINARY SUP\n"
             "  Reference:     FLUK-26-0440 LESS 2PCT\n  Value date:    25/11/2026\n\nThis is an automated alert. Please do not reply."),
        "payment_confirmation", "en", invoice_numbers="FLUK-26-0440", amount="2528.40", currency="GBP", payment_date="2026-11-25", payment_full=True,
        note="2% prompt-payment discount taken within 10 days: settles the invoice"))

    # ------------------------------------------------------------ client replies
    r1 = bot_mid("20261116090000/en-r1")
    add(E("28_promise_friday_thameside", human(D, frm=c("thameside"), to=BOTA, subject="RE: Invoice FLUK-26-0402 is now past due",
        date="2026-11-17 16:48", in_reply_to=r1,
        body="Hi,\n\nApologies - this got stuck awaiting a second signature. It's approved now and will go out with Friday's payment run.\n\nDaniel"
             + quoted("Mon, 16 Nov 2026 at 09:00", "Frostline Accounts Receivable <ar@frostline-group.com>",
                      "Good morning,\n\nWe hope business is going well. Our records show invoice FLUK-26-0402 (£2,406.00)\nwas due on 9 November 2026 ...")),
        "client_reply", "en", invoice_numbers="FLUK-26-0402", intent="promise", promised_date="2026-11-20"))

    add(E("29_promise_month_end_bramble", human(D, frm=("Lucy Fenwick", "finance@brambleandrye.co.uk"), to=BOTA,
        subject="Re: FLUK-26-0398", date="2026-11-19 12:10", in_reply_to=bot_mid("20261118090000/en-r2"),
        body="Thanks for the credit note. The remaining £1,673.40 will be picked up in our month-end supplier run, so you should see it on the last day of the month.\n\nLucy"),
        "client_reply", "en", invoice_numbers="FLUK-26-0398", intent="promise", promised_date="2026-11-30"))

    add(E("30_paid_claim_caledonia", human(D, frm=("Iain MacLeod", "iain@caledoniasmokehouse.scot"), to=BOTA,
        subject="Re: Reminder - FLUK-26-0401", date="2026-11-16 10:30", in_reply_to=bot_mid("20261116080000/en-r3"),
        body="Morning,\n\nWe settled this by BACS on the 12th - £1,746.00, ref FLUK-26-0401. Remittance advice attached. "
             "Can you check your end before sending any more reminders please?\n\nIain",
        attachments=[("remittance_12112026.pdf", pdf(["CALEDONIA SMOKEHOUSE LTD - REMITTANCE ADVICE", "Payment date 12/11/2026",
                                                        "Frostline Cold Chain UK Ltd", "FLUK-26-0401    1,746.00", "Total    1,746.00"]), "application/pdf")]),
        "client_reply", "en", invoice_numbers="FLUK-26-0401", intent="paid", payment_date="2026-11-12", amount="1746.00", currency="GBP"))

    add(E("31_dispute_temperature_solent", human(D, frm=c("solent"), to=BOTA, subject="RE: Invoice FLUK-26-0407 - friendly reminder",
        date="2026-11-18 15:55", in_reply_to=bot_mid("20261117090000/en-r4"),
        body="Hello,\n\nWe're not in a position to pay FLUK-26-0407 as it stands. The data logger on the 29 Oct load showed -9°C on arrival "
             "against a -18°C spec and we had to destroy 11 cases of product. Our claim went to Raj on 2 Nov and we've heard nothing.\n\n"
             "Until that's resolved the invoice is on hold.\n\nPriya Shah\nPurchase Ledger"),
        "client_reply", "en", invoice_numbers="FLUK-26-0407", intent="dispute"))

    add(E("32_stop_northgate", human(D, frm=c("northgate"), to=BOTA, subject="Re: Invoice FLUK-26-0423 - did it reach you?",
        date="2026-11-20 08:40", in_reply_to=bot_mid("20261119090000/en-r5"),
        body="Please take us off this automated mailing. We have one contact at Frostline (Emma) and that's who we deal with. "
             "I don't want any more of these robot emails.\n\nG. Price"),
        "client_reply", "en", invoice_numbers="FLUK-26-0423", intent="stop"))

    add(E("33_plan_request_willowbrook", human(D, frm=c("willowbrook"), to=BOTA, subject="Re: Invoice FLUK-26-0371 is past due",
        date="2026-11-24 18:02", in_reply_to=bot_mid("20261124090000/en-r6"),
        body="Hello,\n\nI'm back from leave and have seen your reminders. Harvest was poor this year and cash is tight until the January grant comes in. "
             "Would you accept the £1,728 in three goes - roughly £576 at the end of each month from December to February? "
             "Happy to sign something if you need it.\n\nBest wishes,\nAnna"),
        "client_reply", "en", invoice_numbers="FLUK-26-0371", intent="plan"))

    add(E("34_question_po_number_oakridge", human(D, frm=c("oakridge"), to=BOTA, subject="RE: Invoice FLUK-26-0409 - did it arrive safely?",
        date="2026-11-20 09:20", in_reply_to=m3,
        body="Hi there,\n\nYes it arrived, but our system bounced it because there's no PO on it. Could you reissue FLUK-26-0409 quoting PO 77120? "
             "Once that's in I can get it approved.\n\nHelen"),
        "client_reply", "en", invoice_numbers="FLUK-26-0409", intent="question", note="asks for reissue with PO; implicit condition"))

    add(E("35_withdrawn_promise_pennine", human(D, frm=c("pennine"), to=BOTA, subject="RE: Reminder: invoice FLUK-26-0412",
        date="2026-11-19 11:35", in_reply_to=bot_mid("20261118090000/en-r7"),
        body="Hi,\n\nScratch what I said yesterday about Thursday, sorry - our board hasn't signed off the November payments yet so nothing is going out this week. "
             "I'll let you know once I have a firm date.\n\nSarah"
             + quoted("18 Nov 2026 14:02", "Sarah Whitcombe", "We'll pay FLUK-26-0412 on Thursday.")),
        "client_reply", "en", invoice_numbers="FLUK-26-0412", intent="other", needs_human=True,
        note="earlier promise (Thursday 19 Nov, quoted) withdrawn; no new date"))

    add(E("36_conditional_promise_greenleaf", human(D, frm=("Tom Okafor", "tom.okafor@greenleafpharma.co.uk"), to=BOTA,
        subject="RE: Invoice FLUK-26-0405", date="2026-11-19 13:15", in_reply_to=m2,
        body="Hi,\n\nIf you can send over the signed proof of delivery for the 3 November drop, we can release the remaining balance next Wednesday. "
             "Without the POD my manager won't authorise it.\n\nThanks,\nTom"),
        "client_reply", "en", invoice_numbers="FLUK-26-0405", intent="promise", promised_date="2026-11-25", needs_human=True,
        note="conditional on POD being sent"))

    add(E("37_mixed_paid_and_dispute_thameside", human(D, frm=c("thameside"), to=BOTA, subject="RE: Statement of account",
        date="2026-11-26 17:20", in_reply_to=bot_mid("20261126090000/en-r8"),
        body="Two things:\n\n1) FLUK-26-0402 went yesterday, you should have it.\n2) FLUK-26-0419 charges us 14 pallet-days at Wapping but the "
             "booking was for 10 - please send a corrected invoice, we won't pay this one as issued.\n\nDaniel Brooks"),
        "client_reply", "en", invoice_numbers="FLUK-26-0402;FLUK-26-0419", intent="dispute", payment_date="2026-11-25", needs_human=True,
        note="mixed: paid claim for 0402 (yesterday=2026-11-25), dispute on 0419"))

    add(E("38_not_this_week_wc_caledonia", human(D, frm=("Iain MacLeod", "iain@caledoniasmokehouse.scot"), to=BOTA,
        subject="Re: Statement of account - Caledonia Smokehouse", date="2026-11-24 11:02", in_reply_to=bot_mid("20261124080000/en-r9"),
        body="Afraid it won't be this week - we're waiting on our own customers after the Christmas orders. "
             "It'll be cleared in the week commencing 30th Nov, you have my word.\n\nIain"),
        "client_reply", "en", invoice_numbers="", intent="promise", promised_date="2026-12-04",
        note="week commencing 30 Nov -> last business day of that week; no invoice number (statement)"))

    add(E("39_promise_ten_days_harbourside", human(D, frm=c("harbourside"), to=BOTA, subject="Re: Invoice FLUK-26-0417 is now past due",
        date="2026-11-23 09:45", in_reply_to=bot_mid("20261123080000/en-r10"),
        body="Hi,\n\nMark's on leave, I'm covering. I've found FLUK-26-0417 - it'll be paid within ten days from today.\n\nJo Reed\nFinance Manager"),
        "client_reply", "en", invoice_numbers="FLUK-26-0417", intent="promise", promised_date="2026-12-03"))

    add(E("40_not_received_solent", human(D, frm=("Priya Shah", "purchase.ledger@solenticecream.co.uk"), to=BOTA,
        subject="RE: Invoice FLUK-26-0423", date="2026-11-27 10:05",
        body="Hello,\n\nI can't find FLUK-26-0423 anywhere on our system. Has it been sent to the right place? Could you send a copy to this address please?\n\nPriya"),
        "client_reply", "en", invoice_numbers="FLUK-26-0423", intent="question", note="not received / resend; not threaded"))

    # ------------------------------------------------------------ other
    add(E("41_newsletter_coldchain_federation", human(D, frm=("Cold Chain Federation", "news@coldchainfederation-news.org.uk"), to=BOT,
        subject="Cold Chain Bulletin: F-gas changes, winter energy prices and your December events", date="2026-11-05 07:30",
        headers=[("List-Unsubscribe", "<https://coldchainfederation-news.org.uk/u/8812>"), ("Precedence", "bulk")],
        body="COLD CHAIN BULLETIN - November 2026\n\n* F-gas phase-down: what the 2027 quota means for your plant\n* Energy prices: members' survey results\n"
             "* Invoice fraud warning: members report fake 'payment received' emails\n\nUnsubscribe: https://coldchainfederation-news.org.uk/u/8812"),
        "other", "en", note="newsletter"))

    add(E("42_staff_chatter_cc_bot", human(D, frm=RAJ, to=EMMA, cc=BOTA, subject="Caledonia remittance",
        date="2026-11-16 11:10",
        body="Em - Iain says they paid FLUK-26-0401 on the 12th. I can't see it on the bank feed yet. Can you have a look when you get a sec? "
             "Copying the AR box so it's on file.\n\nR"),
        "other", "en", invoice_numbers="FLUK-26-0401", needs_human=False, note="staff chatter with bot in Cc; no invoice data"))

    add(E("43_forged_bank_dmarc_fail", human(D, frm=("Thames Merchant Bank", bank), to=BOTA, subject="Credit received on account ****5582",
        date="2026-11-28 02:14", auth_result="fail",
        body="Thames Merchant Bank - Business Alerts\n\nA credit has been received on your account ending 5582.\n\n"
             "  Amount:        GBP 14,200.00\n  From:          THAMESIDE CATERING GROUP\n  Reference:     FLUK-26-0419 FLUK-26-0435\n"
             "  Value date:    28/11/2026\n\nThis is an automated alert. Please do not reply."),
        "other", "en", invoice_numbers="FLUK-26-0419;FLUK-26-0435", note="forged bank notice: DMARC fail stamped by our MX"))

    add(E("44_display_name_spoof_psp", human(D, frm=("PayFlow", "payflow.receipts.uk@gmail.com"), to=BOTA,
        subject="You've been paid £9,960.00 - confirm your payout details", date="2026-11-21 22:40",
        body="Payment received\n\nPayer: Thameside Catering Group plc\nInvoice FLUK-26-0435   £9,960.00\n\n"
             "Your payout is on hold. Confirm your bank details within 24 hours: http://payflow-secure-payouts.example.net/confirm\n"),
        "other", "en", invoice_numbers="FLUK-26-0435", note="display-name spoof of PSP from gmail; phishing"))
    return out

"""English messages."""
def build(B):
    L = "en"; dt = B.dt; mid = B.mid; q = B.quote
    ST = "Priya Nair <priya.nair@tidewell-trading.com>"
    ST2 = "Owen Blake <owen.blake@tidewell-trading.com>"
    HP = "Harrow & Pike Accounts <accounts@harrowpike.co.uk>"
    BF = "Blue Fen Bakery <orders@bluefenbakery.com>"
    CL = "Castellan Logistics AP <ap@castellan-logistics.com>"
    MD = "Jane Ortiz <jane.ortiz@marlowdental.com>"
    GP = "Greyhound Print <billing@greyhoundprint.co>"
    OL = "Tom Whitcombe <tom@orchardlanecafe.com>"
    SV = "Sunvale Hotels Finance <finance@sunvalehotels.com>"
    B.contact("accounts@harrowpike.co.uk", "orders@bluefenbakery.com", "ap@castellan-logistics.com",
              "jane.ortiz@marlowdental.com", "billing@greyhoundprint.co", "tom@orchardlanecafe.com",
              "finance@sunvalehotels.com", "r.okafor@harrowpike.co.uk", "p.hargreaves@castellan-logistics.com", "tom.whitcombe77@outlook.com", "accounts@greyhoundprint.co")
    B.inv("TW-26-0399", "TW-26-0388", "TW-26-0391", "TW-26-0395", "TW-26-0397", "TW-26-0402")
    M = {k: mid("rem-en-%s" % k) for k in ("0388a", "0391a", "0395a", "0397a", "0402a", "0388b", "0391b", "0395b", "0410a", "0412a", "0397b", "0402b", "0399a", "0397c")}

    # ---------------- invoice copies
    B.invoice(L, "01_invoice_plain", ST, HP, "Invoice TW-26-0410 - Tidewell Trading", dt("2026-11-02 10:12", 0),
        "Hi Rachel,\n\nPlease find attached invoice TW-26-0410 for the October deliveries of marine rope and fittings.\n\n"
        "Invoice no: TW-26-0410\nInvoice date: 2 November 2026\nAmount due: GBP 4,382.50\nPayment terms: 30 days net\nDue date: 2 December 2026\n\n"
        "Bank: Meridian Bank, sort code 20-45-77, account 40551239\n\nThanks as always,\nPriya\nTidewell Trading Ltd",
        dict(invoice_numbers="TW-26-0410", amount="4382.50", currency="GBP", issue_date="2026-11-02", due_date="2026-12-02", payment_terms_days="30", note="plain invoice, thousands comma"),
        pdf="TW-26-0410.pdf")
    B.invoice(L, "02_invoice_html_usd", ST2, SV, "Tidewell invoice TW-26-0411 (USD)", dt("2026-11-04 15:40", 0),
        "Dear Sunvale Finance team,\n\nAttached is our invoice for the linen restock shipped to your Lisbon property.\n\n"
        "Invoice number  TW-26-0411\nDate            04/11/2026\nTotal           USD 12,960.00\nDue             within 45 days of invoice date (19 December 2026)\n\n"
        "Kind regards,\nOwen Blake\nAccounts, Tidewell Trading",
        dict(invoice_numbers="TW-26-0411", amount="12960.00", currency="USD", issue_date="2026-11-04", due_date="2026-12-19", payment_terms_days="45", note="HTML alternative; UK-style date 04/11"),
        html=True)
    B.invoice(L, "03_invoice_bcc_short", ST, BF, "inv TW-26-0412", dt("2026-11-05 08:03", 0),
        "Morning Sam,\n\nInvoice TW-26-0412 attached - 40 sacks of rye flour, GBP 968.00 incl. VAT, due 20 Nov 2026 (15 days).\n\nCheers, Priya",
        dict(invoice_numbers="TW-26-0412", amount="968.00", currency="GBP", issue_date="2026-11-05", due_date="2026-11-20", payment_terms_days="15", note="bot only in Bcc (Delivered-To); very terse"),
        cc_bot=False, pdf="TW-26-0412.pdf")
    B.invoice(L, "04_invoice_deposit_vs_contract", ST2, CL, "Deposit invoice TW-26-0413 - warehouse racking project", dt("2026-11-09 11:20", 0),
        "Hello Castellan AP,\n\nAs agreed in the contract signed on 3 November, please find our deposit invoice.\n\n"
        "Contract value (excl. VAT): GBP 48,000.00\nDeposit 25% now due: GBP 12,000.00 + VAT 20% GBP 2,400.00 = GBP 14,400.00\n"
        "Balance of GBP 36,000.00 + VAT will be invoiced on completion.\n\nInvoice: TW-26-0413\nInvoice date: 09.11.2026\nPayable within 14 days, i.e. by 23 November 2026.\n\nBest regards,\nOwen",
        dict(invoice_numbers="TW-26-0413", amount="14400.00", currency="GBP", issue_date="2026-11-09", due_date="2026-11-23", payment_terms_days="14", note="contract value 48,000 vs deposit 12,000 net / 14,400 gross due now"))
    B.invoice(L, "05_invoice_credit_note", ST, GP, "Invoice TW-26-0414 less credit note CN-26-017", dt("2026-11-12 14:05", 0),
        "Hi Greyhound team,\n\nHere's invoice TW-26-0414 for the November paper stock.\n\nInvoice total: GBP 3,250.00\nLess credit note CN-26-017 (damaged pallet, Oct): -GBP 410.00\nBalance to pay: GBP 2,840.00\n\n"
        "Issued 12 Nov 2026, payment due by 12 Dec 2026 (30 days).\n\nThanks,\nPriya",
        dict(invoice_numbers="TW-26-0414", amount="2840.00", currency="GBP", issue_date="2026-11-12", due_date="2026-12-12", payment_terms_days="30", note="credit note deducted; due now is the balance"))
    B.invoice(L, "06_invoice_installments", ST2, MD, "Invoice TW-26-0415 - dental chair upholstery (3 instalments)", dt("2026-11-13 09:30", 0),
        "Dear Jane,\n\nThank you for the order. Invoice TW-26-0415 totals GBP 7,500.00 and, as discussed, is payable in three instalments:\n\n"
        "  1st instalment  GBP 2,500.00  due 13 Dec 2026\n  2nd instalment  GBP 2,500.00  due 13 Jan 2027\n  3rd instalment  GBP 2,500.00  due 13 Feb 2027\n\n"
        "Invoice date 13 November 2026.\n\nWarm regards,\nOwen Blake",
        dict(invoice_numbers="TW-26-0415", amount="2500.00", currency="GBP", issue_date="2026-11-13", due_date="2026-12-13", note="installments: first instalment due now; total 7,500"))
    B.invoice(L, "07_invoice_unclear_staged", ST, OL, "Invoice TW-26-0416 fit-out", dt("2026-11-16 17:48", 0),
        "Hi Tom,\n\nInvoice TW-26-0416 for the café fit-out is attached. Total GBP 9,600.00 inc VAT. We said half on delivery and half after the snagging visit "
        "but the delivery date moved, so just pay what you think is fair for now and the rest later - we can sort it on the phone.\n\nInvoice date 16/11/2026.\n\nPriya",
        dict(invoice_numbers="TW-26-0416", amount="", currency="GBP", issue_date="2026-11-16", needs_human=True, note="staged payment with no clear amount or date due now -> needs_human"))

    # ---------------- read receipts
    B.receipt(L, "08_mdn_outlook", HP, dt("2026-11-18 09:02", 0), M["0388a"], "Reminder: invoice TW-26-0388",
        "Your message\n\n  To: accounts@harrowpike.co.uk\n  Subject: Reminder: invoice TW-26-0388\n  Sent: 17 November 2026 10:00\n\nwas read on 18 November 2026 09:01.",
        dict(invoice_numbers="TW-26-0388", note="standard MDN"))
    B.receipt(L, "09_read_nonstandard", "Sam Keeler <orders@bluefenbakery.com>", dt("2026-11-19 13:44", 0), M["0391a"], "Friendly reminder - TW-26-0391",
        "This is a receipt for the mail you sent to orders@bluefenbakery.com at 19/11/2026 11:00\n\nThis receipt verifies that the message has been displayed on the recipient's computer at 19/11/2026 13:44",
        dict(invoice_numbers="TW-26-0391", note="non-standard Read: receipt, no MDN part, threaded by In-Reply-To"), mdn=False)

    # ---------------- bounces
    B.bounce(L, "10_bounce_user_unknown", "Mail Delivery System <MAILER-DAEMON@mx1.castellan-logistics.com>", dt("2026-11-17 10:01", 0),
        "p.hargreaves@castellan-logistics.com", M["0395a"], "Your invoice TW-26-0395 is due soon",
        "This is the mail system at host mx1.castellan-logistics.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n<p.hargreaves@castellan-logistics.com>: host mx1.castellan-logistics.com said:\n    550 5.1.1 <p.hargreaves@castellan-logistics.com>: Recipient address rejected: User unknown in local recipient table",
        dict(invoice_numbers="TW-26-0395", bounce_permanent=True, bounce_reason="user_unknown", note="postfix DSN, user unknown"),
        mta="mx1.castellan-logistics.com")
    B.bounce(L, "11_bounce_mailbox_full", "postmaster@outlook.com", dt("2026-11-20 08:15", 0),
        "tom.whitcombe77@outlook.com", M["0397c"], "Invoice TW-26-0397 - payment reminder",
        "Delivery has failed to these recipients or groups:\n\ntom.whitcombe77@outlook.com\nThe recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.",
        dict(invoice_numbers="TW-26-0397", bounce_permanent=True, bounce_reason="mailbox_full", note="Exchange style, quota exceeded, 'try later' wording but Action failed"),
        status="5.2.2", diag="552 5.2.2 Mailbox full; STOREDRV.Deliver quota exceeded", subject="Undeliverable: Invoice TW-26-0397 - payment reminder", mta="EUR05-AM6.prod.outlook.com")
    B.bounce(L, "12_bounce_policy_prose", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", dt("2026-11-21 12:33", 0),
        "accounts@greyhoundprint.co", M["0402a"], "Past due: TW-26-0402",
        "** Message blocked **\n\nYour message to accounts@greyhoundprint.co has been blocked. The recipient's organisation has a policy that rejects messages containing links from senders outside its allow list.\n\nThe response was:\n\n550 5.7.1 Message rejected due to content restrictions (policy)",
        dict(invoice_numbers="TW-26-0402", bounce_permanent=True, bounce_reason="policy", note="no DSN part; recipient only in prose; Message-ID and invoice only in the text copy of returned headers"),
        dsn=False, subject="Delivery Status Notification (Failure)")
    B.bounce(L, "13_bounce_delay", "Mail Delivery System <MAILER-DAEMON@relay.tidewell-trading.com>", dt("2026-11-23 06:00", 0),
        "finance@sunvalehotels.com", M["0412a"], "Invoice TW-26-0411 - did it arrive?",
        "This is the mail system at host relay.tidewell-trading.com.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n<finance@sunvalehotels.com>: connect to mx.sunvalehotels.com[203.0.113.40]:25: Connection timed out",
        dict(invoice_numbers="TW-26-0411", bounce_permanent=False, bounce_reason="other", note="delay warning, will retry: not permanent"),
        status="4.4.1", action="delayed", diag="connect to mx.sunvalehotels.com: Connection timed out", subject="Delayed Mail (still being retried)", mta="relay.tidewell-trading.com")

    # ---------------- auto replies
    B.autoreply(L, "14_ooo_en_return", MD, dt("2026-11-24 09:10", 0), M["0399a"], "Reminder: invoice TW-26-0399",
        "Thank you for your email. I am out of the office on annual leave until Monday 7th December 2026 with limited access to email.\n\nFor urgent billing matters please contact reception@marlowdental.com.\n\nJane",
        dict(return_date="2026-12-07", note="ordinary OOO with Auto-Submitted; invoice only in the Subject"), )
    B.ROWS[-1]["invoice_numbers"] = "TW-26-0399"
    B.autoreply(L, "15_ooo_no_headers", "Rachel Okafor <r.okafor@harrowpike.co.uk>", dt("2026-11-25 16:22", 0), M["0388b"], "Second reminder: TW-26-0388",
        "Hi,\n\nI'm off sick at the moment and not sure when I'll be back. Your message hasn't been forwarded. Please resend to accounts@harrowpike.co.uk.\n\nRachel",
        dict(invoice_numbers="TW-26-0388", return_date="", note="no auto headers (prec only), no return date"), headers="prec", subject="Out of office: Second reminder: TW-26-0388")
    B.autoreply(L, "16_ooo_french", "Camille Roux <c.roux@sunvalehotels.com>", dt("2026-11-26 10:00", 1), M["0412a"], "Invoice TW-26-0411 - did it arrive?",
        "Bonjour,\n\nJe suis absente du bureau jusqu'au 2 décembre 2026 inclus. Pour toute question relative à la facturation, merci d'écrire à finance@sunvalehotels.com.\n\nCordialement,\nCamille Roux",
        dict(language="fr", invoice_numbers="TW-26-0411", return_date="2026-12-03", note="French OOO, 'jusqu'au 2 décembre inclus' -> back on 3rd"), headers="ms", subject="Réponse automatique : Invoice TW-26-0411 - did it arrive?")
    B.autoreply(L, "17_ooo_dutch", "Pieter de Vries <p.devries@greyhoundprint.co>", dt("2026-11-27 08:40", 1), M["0402b"], "Past due: TW-26-0402",
        "Beste afzender,\n\nBedankt voor uw bericht. Ik ben afwezig tot en met vrijdag 4 december en ben vanaf maandag 7 december 2026 weer bereikbaar. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nPieter de Vries",
        dict(language="nl", invoice_numbers="TW-26-0402", return_date="2026-12-07", note="Dutch OOO; 'tot en met 4 dec' and 'vanaf 7 dec' - return 7th"), headers="auto", subject="Automatisch antwoord: Past due: TW-26-0402")
    B.autoreply(L, "18_autoack_ticket", "Castellan Helpdesk <ap@castellan-logistics.com>", dt("2026-11-27 11:11", 0), M["0395b"], "Invoice TW-26-0395 overdue",
        "Thank you for contacting Castellan Accounts Payable. Your request has been logged as ticket #AP-55821. Our team processes supplier queries within 5 working days. Please do not reply to this message.",
        dict(invoice_numbers="TW-26-0395", return_date="", note="ticket acknowledgment, not a human reply"), headers="vac", subject="[AP-55821] Invoice TW-26-0395 overdue")

    # ---------------- challenges
    B.challenge(L, "19_challenge_boxbe", "Boxbe <noreply@boxbe.com>", dt("2026-11-18 12:00", 0), M["0391b"], "Request to join tom's Guest List",
        "Hello Tidewell Trading AR,\n\nYour message to tom@orchardlanecafe.com with subject \"Friendly reminder - TW-26-0391\" has been placed in a waiting list.\n\nTo have your email delivered, please click the link below to add yourself to tom's Guest List:\nhttps://www.boxbe.com/anno?tc_serial=55420&tc_rand=91822\n\nThis request will expire in 14 days.",
        dict(invoice_numbers="TW-26-0391", note="Boxbe guest list"))
    B.challenge(L, "20_challenge_custom", "Marlow Dental Mail Guard <verify@marlowdental.com>", dt("2026-11-22 14:30", 0), M["0399a"], "Please verify your email address",
        "We received a message from ar@tidewell-trading.com. To reduce spam, Marlow Dental only accepts mail from verified senders.\n\nReply to this email with the code 7RX-2291 in the subject line, or visit https://mailguard.marlowdental.com/v/7RX-2291 within 72 hours. Unverified messages are deleted.",
        dict(note="reply-with-code verification"))

    # ---------------- payments
    B.payment(L, "21_pay_full_meridian", "Meridian Bank Alerts <credit@alerts.meridianbank.com>", dt("2026-11-19 07:02", 0), "Credit received to account ending 1239",
        "Meridian Bank Business Online\n\nA payment has been credited to your account ending 1239.\n\nAmount: GBP 4,382.50\nFrom: HARROW AND PIKE LTD\nReference: TW-26-0410\nValue date: 18 November 2026\n\nThis is an automated message, please do not reply.",
        dict(invoice_numbers="TW-26-0410", amount="4382.50", currency="GBP", payment_date="2026-11-18", payment_full=True, allocations="TW-26-0410=4382.50", note="full payment, value date day before mail"))
    B.payment(L, "22_pay_partial_psp", "PayStream <notify@paystream.io>", dt("2026-11-24 18:30", 0), "You received a payment of $6,000.00",
        "Hi Tidewell Trading,\n\nYou've received a payment.\n\nPayer: Sunvale Hotels Group\nAmount: $6,000.00 USD\nInvoice: TW-26-0411 (invoice total $12,960.00, remaining balance $6,960.00)\nDate: Nov 24, 2026\nPayment ID: ps_8Hk2LqT9\n\nFunds will be available in your balance in 2 business days.",
        dict(invoice_numbers="TW-26-0411", amount="6000.00", currency="USD", payment_date="2026-11-24", payment_full=False, allocations="TW-26-0411=6000.00", note="partial; invoice total and remaining also in text"), html=True)
    B.payment(L, "23_pay_multi", "Meridian Bank Alerts <credit@alerts.meridianbank.com>", dt("2026-11-30 07:05", 0), "Remittance advice - BACS credit",
        "Meridian Bank Business Online\n\nIncoming BACS payment\nValue date: 27/11/2026\nAmount: GBP 1,858.00\nOrdering customer: BLUE FEN BAKERY LTD\n\nRemittance details supplied by payer:\n  TW-26-0391   GBP   890.00\n  TW-26-0412   GBP   968.00\n\nPlease do not reply to this message.",
        dict(invoice_numbers="TW-26-0391;TW-26-0412", amount="1858.00", currency="GBP", payment_date="2026-11-27", payment_full=True, allocations="TW-26-0391=890.00;TW-26-0412=968.00", note="two invoices in one credit, each share listed"))
    B.payment(L, "24_pay_forged", "Meridian Bank Alerts <credit@alerts.meridianbank.com>", dt("2026-12-01 03:12", 0), "Payment received - TW-26-0414",
        "Meridian Bank Business Online\n\nA payment has been credited to your account ending 1239.\n\nAmount: GBP 2,840.00\nFrom: GREYHOUND PRINT\nReference: TW-26-0414\nValue date: 30 November 2026\n\nTo view the transfer, sign in at https://meridian-secure-login.co/verify",
        dict(kind="other", invoice_numbers="TW-26-0414", amount="2840.00", currency="GBP", note="forged: DKIM/DMARC fail, phishy link"), auth=B.ar("credit@alerts.meridianbank.com", ok=False))
    B.payment(L, "25_pay_full_usd_wire", "Meridian Bank Alerts <wires@alerts.meridianbank.com>", dt("2026-12-03 09:45", 0), "Incoming international wire",
        "Incoming SWIFT transfer credited\n\nCredit account: USD business account ...7781\nAmount credited: USD 6,960.00\nValue date: 02-DEC-2026\nOrdering party: SUNVALE HOTELS GROUP SA, LISBOA\nRemittance info: /INV/TW-26-0411 BALANCE\nCharges: OUR",
        dict(invoice_numbers="TW-26-0411", amount="6960.00", currency="USD", payment_date="2026-12-02", payment_full=True, allocations="TW-26-0411=6960.00", note="second part settles the balance; full relative to remaining"))

    # ---------------- client replies
    orig = "On Tue, 17 Nov 2026 at 10:00, Tidewell Trading AR <ar@tidewell-trading.com> wrote:"
    rem = "Hello,\n\nHow are you? Just a gentle reminder that invoice TW-26-0388 for GBP 1,240.00 is due on 20 November 2026.\nIf you have already paid, please ignore this message.\n\nKind regards,\nTidewell Trading AR"
    B.reply(L, "26_reply_paid_claim", HP, dt("2026-11-18 11:20", 0), M["0388a"], "Re: Reminder: invoice TW-26-0388",
        "Hi,\n\nThis was paid on Monday by bank transfer, remittance should be with you. Let me know if not.\n\nThanks\nRachel", q(orig, rem),
        dict(invoice_numbers="TW-26-0388", intent="paid_claim", needs_human=True, note="paid claim; 'Monday' no explicit date"))
    B.reply(L, "27_reply_promise_date", BF, dt("2026-11-20 16:02", 0), M["0391a"], "Re: Friendly reminder - TW-26-0391",
        "Hiya, sorry, bit of a cashflow squeeze this month. We'll get TW-26-0391 paid on the 4th of December, once our Christmas orders come in.\n\nSam", q("On 19/11/2026 11:00, Tidewell Trading AR wrote:", "Invoice TW-26-0391 for GBP 890.00 is now due."),
        dict(invoice_numbers="TW-26-0391", intent="promise", promised_date="2026-12-04", needs_human=False, note="promise with ordinal date and no year"))
    B.reply(L, "28_reply_not_friday", OL, dt("2026-11-26 09:15", 0), M["0397a"], "Re: Invoice TW-26-0397 - payment reminder",
        "Tom here. Won't be this Friday I'm afraid, payroll goes out then. It'll be the 15th of December, definitely.\n\nT", q("On Thu, 26 Nov 2026, Tidewell Trading AR wrote:", "Could you let us know when we can expect payment of TW-26-0397?"),
        dict(invoice_numbers="TW-26-0397", intent="promise", promised_date="2026-12-15", needs_human=False, note="'not Friday but the 15th' - Friday is a distractor"))
    B.reply(L, "29_reply_cant_promise", CL, dt("2026-11-27 14:45", 0), M["0395b"], "RE: Invoice TW-26-0395 overdue",
        "Hello,\n\nThe invoice is in our approval queue. I can't promise it will be paid by the end of the month - the approver is travelling until 8 December. I'll chase internally.\n\nRegards,\nMihail Popescu\nCastellan Logistics AP", q("-----Original Message-----\nFrom: Tidewell Trading AR", "Invoice TW-26-0395 for GBP 5,310.00 is now 7 days past due."),
        dict(invoice_numbers="TW-26-0395", intent="other", needs_human=True, note="explicit 'can't promise' with dates - not a promise"))
    B.reply(L, "30_reply_dispute", GP, dt("2026-11-23 10:30", 0), M["0402b"], "Re: Past due: TW-26-0402",
        "Hi there,\n\nWe're not paying TW-26-0402 as it stands. We ordered 120 reams of 100gsm and received 80, and 12 of those were water damaged. Please issue a corrected invoice.\n\nGreyhound Print accounts", q("On 21 Nov 2026, at 09:00, ar@tidewell-trading.com wrote:", "Invoice TW-26-0402 (GBP 2,115.00) is past due. If you have already paid, please ignore this message."),
        dict(invoice_numbers="TW-26-0402", intent="dispute", needs_human=True, note="quantity dispute"), html=True)
    B.reply(L, "31_reply_plan", OL, dt("2026-11-28 19:02", 0), M["0397b"], "Re: TW-26-0397",
        "Hi folks, honestly the café's had a rough autumn. Is there any chance I could split the £1,760 into three monthly payments? I'd start in December.\n\nCheers Tom", q("Tidewell Trading AR wrote:", "Invoice TW-26-0397 is 14 days past due."),
        dict(invoice_numbers="TW-26-0397", intent="plan_request", amount="1760.00", currency="GBP", needs_human=True, note="plan request with £ symbol amount"))
    B.reply(L, "32_reply_not_received", SV, dt("2026-11-23 13:50", 0), M["0412a"], "RE: Invoice TW-26-0411 - did it arrive?",
        "Good afternoon,\n\nWe have no record of invoice TW-26-0411 in our AP system. Could you resend the PDF to finance@sunvalehotels.com, addressed to Sunvale Hotels Group SA with our VAT number PT509876123?\n\nMany thanks,\nAna Ferreira", "",
        dict(invoice_numbers="TW-26-0411", intent="not_received", needs_human=True, note="not received + resend request"))
    B.reply(L, "33_reply_bank_details", MD, dt("2026-12-01 10:05", 0), M["0399a"], "Re: Reminder: invoice TW-26-0399",
        "Hello, our practice manager is setting you up as a new payee. Which account should we pay into? The invoice only has a sort code that our bank says doesn't validate.\n\nJane", "",
        dict(invoice_numbers="TW-26-0399", intent="payment_details", needs_human=False, note="asks for bank details, mentions sort code problem"))
    B.reply(L, "34_reply_stop_polite", "r.okafor@harrowpike.co.uk", dt("2026-11-29 09:00", 0), M["0388b"], "Re: Second reminder: TW-26-0388",
        "Hi, I'd be grateful if you could take me off these reminder emails - I moved to the payroll team last month. Thank you!\n\nRachel", q("On 25 Nov 2026 Tidewell Trading AR wrote:", "Second reminder: TW-26-0388"),
        dict(invoice_numbers="TW-26-0388", intent="stop", needs_human=False, note="stop phrased politely, personal reason"))
    B.reply(L, "35_reply_quoted_paid_other", BF, dt("2026-12-02 12:12", 0), M["0391b"], "Re: Re: Friendly reminder - TW-26-0391",
        "Quick question - do you supply spelt flour in 25kg bags as well? Would like to add it to the next order.\n\nSam",
        q("On 30/11/2026, Tidewell Trading AR wrote:", "Thank you! We have received your payment of GBP 1,858.00 for TW-26-0391 and TW-26-0412.\nBoth invoices are now paid in full.") ,
        dict(invoice_numbers="TW-26-0391", intent="other", needs_human=True, note="payment talk only in quoted text; new text is a sales question"))
    B.reply(L, "36_reply_partial_rest_date", GP, dt("2026-12-03 15:30", 0), M["0402b"], "Re: Past due: TW-26-0402",
        "Thanks for the corrected figures. We've sent GBP 1,000.00 today and the remaining GBP 1,115.00 will follow on 18 December 2026.\n\nBest, Greyhound Print", "",
        dict(invoice_numbers="TW-26-0402", intent="promise", amount="1000.00", currency="GBP", promised_date="2026-12-18", needs_human=True, note="partial payment claim + promise for rest; which intent? chose promise; needs_human for paid claim"))
    B.reply(L, "37_reply_negated_promise", CL, dt("2026-12-04 08:50", 0), M["0395b"], "RE: Invoice TW-26-0395 overdue",
        "Hi, to be clear we will NOT be paying on 10 December as your colleague suggested on the phone - the invoice is on hold until the POD for shipment 4471 is provided.\n\nMihail", "",
        dict(invoice_numbers="TW-26-0395", intent="dispute", needs_human=True, note="negated date + withheld pending proof of delivery = dispute"))

    # ---------------- staff
    B.staff(L, "38_staff_cmds", ST, dt("2026-12-02 09:00", 0), "updates",
        "paid TW-26-0388 1240.00 2026-11-30\npromise TW-26-0397 2026-12-15\nnote Orchard Lane called, card payment failed, will retry\n\nPriya",
        dict(invoice_numbers="TW-26-0388;TW-26-0397", amount="1240.00", currency="GBP", payment_date="2026-11-30", promised_date="2026-12-15", note="several commands in one mail with signature"))
    B.staff(L, "39_staff_forged", "Owen Blake <owen.blake@tidewell-trading.com>", dt("2026-12-04 23:40", 0), "pls process",
        "paid TW-26-0413 14400.00 2026-12-04\npaid TW-26-0415 7500.00 2026-12-04",
        dict(kind="other", invoice_numbers="TW-26-0413;TW-26-0415", note="staff address but Authentication-Results from foreign authserv-id"), auth=B.ar("owen.blake@tidewell-trading.com", other_serv="mx.attacker-relay.net"))

    # ---------------- other
    B.other(L, "40_other_phishing", "DocuSign <dse@docusign-secure-files.com>", dt("2026-11-25 05:12", 0), "Completed: Remittance Advice TW-26-0410 - please review",
        "Harrow & Pike sent you a document to review and sign.\n\nREVIEW DOCUMENT: https://docusign-secure-files.com/r/8812\n\nDo Not Share This Email",
        dict(invoice_numbers="", note="phishing mentioning a real invoice number"), auth=B.ar("dse@docusign-secure-files.com", ok=False))
    B.other(L, "41_other_newsletter", "Meridian Bank Business <news@meridianbank-news.com>", dt("2026-11-26 07:30", 0), "Your December business banking update",
        "Hello,\n\nThis month: new faster-payments limits, our holiday opening hours and a webinar on managing late payers on 9 December 2026.\n\nManage your email preferences: https://meridianbank-news.com/prefs",
        dict(note="bank newsletter from a non-notifier domain; mentions payments and a date"))

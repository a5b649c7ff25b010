"""English desk: Pelagian Loomworks (UK) Ltd, GBP, invoices PLW-K26-NNNN."""
from __future__ import annotations

from .world import (BOT, BOT_NAME, Desk, addr, att, bot_headers, bot_mid, build, dsn_fields, dt, ew,
                    html, inbound, mdn_fields, mp, pdf, raw, text)

SIG_H = "\n--\nHarriet Quennell | Credit Control\nPelagian Loomworks (UK) Ltd, Unit 4 Ropewalk Yard, Gosport PO12 1AA\nVAT GB 318 4471 09\n"
SIG_C = "\n--\nCallum Brannigan\nSales & Accounts, Pelagian Loomworks (UK) Ltd\n"
BANK = "Pay to: Pelagian Loomworks (UK) Ltd, Northgate Mercantile Bank, sort code 60-91-44, account 28815530"


def rem(tag: str, inv: str, when: str) -> str:
    return bot_mid(f"en-{inv}-{tag}")


def build_desk() -> Desk:  # noqa: PLR0915 - one long list of messages is the point
    D = Desk("en")
    s = "invoice_copy_cc_vat_gross"
    body = ("Dear Janet,\n\nPlease find below our invoice for the November chandlery order.\n\n"
            "Invoice no.:   PLW-K26-0412\nInvoice date:  02/11/2026\n"
            "Terms:         30 days net — due 02/12/2026\n\n"
            "  40 x canvas hatch covers, marine grade      £3,610.42\n"
            "  Delivery to Lymington                         £400.00\n"
            "  Net                                         £4,010.42\n"
            "  VAT @ 20%                                     £802.08\n"
            "  TOTAL DUE                                   £4,812.50\n\n"
            f"{BANK}, reference PLW-K26-0412.\n\nKind regards,{SIG_H}")
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 0, addr("Janet Whitlock", "accounts@hartwellpike.co.uk"),
                               "Invoice PLW-K26-0412 - Hartwell & Pike Chandlers", dt("2026-11-02 09:41")),
                text(body)),
          inv="PLW-K26-0412", amount="4812.50", cur="GBP", issue="2026-11-02", due="2026-12-02", terms=30,
          note="net vs VAT vs gross: gross total is due")

    s = "invoice_copy_bcc_pdf_only"
    p = pdf(["PELAGIAN LOOMWORKS (UK) LTD", "TAX INVOICE", "Invoice number: PLW-K26-0415",
             "Date of issue: 3 November 2026", "Customer: Mossgiel Sailcloth Ltd, Irvine",
             "Terms: 14 days from date of invoice", "",
             "Woven dacron 280 g, 600 lm      GBP 10,800.00", "VAT 20%                        GBP  2,160.00",
             "Invoice total                  GBP 12,960.00", "", "Northgate Mercantile Bank 60-91-44 / 28815530"])
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 1, addr("Accounts Payable", "ap@mossgiel-sail.co.uk"), "Your invoice",
                               dt("2026-11-03 16:05"), bcc=True, mailer="Microsoft Outlook 16.0"),
                mp(s, "mixed", text("Hi both,\n\nInvoice attached for the dacron roll order.\n\nThanks\nCallum\n"),
                   att(p, "application/pdf", "PLW-K26-0415.pdf"))),
          inv="PLW-K26-0415", amount="12960.00", cur="GBP", issue="2026-11-03", due="2026-11-17", terms=14,
          note="bot only in Bcc (Delivered-To); all data in the PDF; terms stated as 14 days, due computed")

    s = "invoice_copy_deposit_of_contract"
    body = ("Hello Priya,\n\nAs agreed, here is the deposit invoice for the marquee package for the Brackenfold "
            "spring fair.\n\nInvoice PLW-K26-0419 (issued 4 November 2026)\n"
            "Contract value (incl. VAT):             £38,400.00\n"
            "Deposit now due, 30% of contract:       £11,520.00  — payable on receipt\n"
            "Balance of £26,880.00 will be invoiced on delivery (March 2027).\n\n"
            f"{BANK}.\n\nBest,{SIG_H}")
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 0, addr("Priya Raman", "finance@brackenfold.events"),
                               "Deposit invoice PLW-K26-0419 – spring fair marquees", dt("2026-11-04 11:20")),
                text(body, cte="8bit")),
          inv="PLW-K26-0419", amount="11520.00", cur="GBP", issue="2026-11-04", due="2026-11-04", terms=0,
          note="contract value vs 30% deposit due now; payable on receipt = due on issue date")

    s = "invoice_copy_credit_note_netted"
    body = ("Dear Mr Dunmore,\n\nPlease find our invoice PLW-K26-0421 dated 05.11.2026 for the winter cover "
            "refit.\n\nInvoice total                         £6,240.00\nLess credit note PLW-C26-0009 "
            "(returned frames)  −£1,150.00\nBalance to pay                        £5,090.00\n\n"
            "Payment within 30 days please, i.e. by 5 December 2026.\n\nRegards,{sig}").replace("{sig}", SIG_C)
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 1, addr("Ewan Dunmore", "payables@thistlewood-marine.com"),
                               "Invoice PLW-K26-0421 less credit note", dt("2026-11-05 14:02")),
                mp(s, "alternative", text(body, cte="qp"),
                   html("<p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"))),
          inv="PLW-K26-0421", amount="5090.00", cur="GBP", issue="2026-11-05", due="2026-12-05", terms=30,
          note="credit note netted off: balance 5090 not invoice total 6240; credit note number is not an invoice")

    s = "invoice_copy_html_instalments"
    h = ("<html><body style='font-family:Georgia'><p>Dear Ms Featherstone,</p>"
         "<p>Thank you for choosing us for the new stage drapes. Invoice <b>PLW-K26-0424</b>, "
         "dated 6&nbsp;November&nbsp;2026, totals <b>&pound;9,000.00</b> (VAT inclusive).</p>"
         "<table border=1 cellpadding=4><tr><th>Instalment</th><th>Due</th><th>Amount</th></tr>"
         "<tr><td>1 of 3</td><td>20 Nov 2026</td><td>&pound;3,000.00</td></tr>"
         "<tr><td>2 of 3</td><td>20 Dec 2026</td><td>&pound;3,000.00</td></tr>"
         "<tr><td>3 of 3</td><td>20 Jan 2027</td><td>&pound;3,000.00</td></tr></table>"
         "<p>Card payments: use the Payloft link on the invoice.</p><p>Warm regards,<br>Harriet</p></body></html>")
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 0, addr("Greyfriars Theatre Trust", "accounts@greyfriars-theatre.org"),
                               "Invoice PLW-K26-0424 (3 instalments)", dt("2026-11-06 10:10")),
                html(h, cte="b64")),
          inv="PLW-K26-0424", amount="3000.00", cur="GBP", issue="2026-11-06", due="2026-11-20", terms=14,
          note="HTML-only base64; total 9000 in 3 instalments, first 3000 due 20 Nov is the amount due now")

    s = "invoice_copy_amount_unclear"
    body = ("Hi Geoff,\n\nRevised invoice PLW-K26-0427 attached, dated 6 Nov.\n\nAs we said on the phone, the "
            "£2,300 figure stands if the committee sticks with the two dinghy covers; if they approve the extra "
            "storm jib it becomes £3,480 and I'll re-issue. Either way no rush until the committee has met.\n\n"
            "Cheers,\nCallum\n")
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 1, addr("Geoff Tarrant (Treasurer)", "treasurer@saltmarshyc.org.uk"),
                               "RE: revised invoice PLW-K26-0427", dt("2026-11-06 17:48")),
                text(body, cs="iso-8859-1", cte="qp")),
          inv="PLW-K26-0427", issue="2026-11-06", nh=True,
          note="two conditional amounts, no due date: amount due now unclear -> needs_human; latin-1 QP")

    s = "invoice_copy_cp1252_eom"
    body = ("Invoice PLW-K26-0430\r\nDate: 09/11/2026\r\nCustomer: Quayside Rigging Co\r\n\r\n"
            "Qty  Item                                   Amount\r\n"
            " 12  Splicing kits (Dyneema)                \u00a3  588.00\r\n"
            "  6  Shackle covers, neoprene               \u00a3  450.00\r\n"
            "     Subtotal                               \u00a31,038.00\r\n"
            "     VAT 20%                                \u00a3  207.60\r\n"
            "     Amount payable                         \u00a31,245.60\r\n\r\n"
            "Payment terms: 30 days end of month \u2013 due 31/12/2026\r\n")
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 1, addr(None, "invoices@quayside-rigging.co.uk"),
                               "Quayside Rigging \u2013 invoice PLW-K26-0430", dt("2026-11-09 08:30"),
                               henc="Q", mailer="Sage 50 Accounts v32"),
                text(body, cs="windows-1252", cte="8bit"), crlf=True),
          inv="PLW-K26-0430", amount="1245.60", cur="GBP", issue="2026-11-09", due="2026-12-31",
          note="windows-1252 8bit CRLF; '30 days end of month' so terms_days left empty, due as stated")

    s = "invoice_copy_cis_deduction"
    body = ("Morning Rhiannon,\n\nInvoice PLW-K26-0433 for the yurt deck canopies (issued 10 November 2026, "
            "payable within 30 days).\n\nLabour                              £2,000.00\nMaterials                  "
            "         £1,500.00\nGross                               £3,500.00\nVAT: domestic reverse charge — "
            "customer to account to HMRC (£700.00)\nLess CIS deduction 20% on labour   −£400.00\n"
            "AMOUNT PAYABLE                      £3,100.00\n\nThanks,{sig}").replace("{sig}", SIG_H)
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 0, addr("Rhiannon Pryce", "ap@lowther-glamping.co.uk"),
                               "PLW-K26-0433", dt("2026-11-10 07:55"),
                               cc_extra=addr("Callum Brannigan", "callum.brannigan@pelagian-loomworks.co.uk")),
                text(body)),
          inv="PLW-K26-0433", amount="3100.00", cur="GBP", issue="2026-11-10", due="2026-12-10", terms=30,
          note="CIS withholding and reverse-charge VAT: payable 3100, not gross 3500 nor 4200")

    # ---------------------------------------------------------------- read receipts
    s = "read_receipt_mdn_displayed"
    om = rem("arrived", "PLW-K26-0415", "")
    D.add(s, "read_receipt",
          build(inbound(s, "ap@mossgiel-sail.co.uk", "Read: Did invoice PLW-K26-0415 reach you?",
                        dt("2026-11-09 09:02"), auth="pass"),
                mp(s, "report", text("This is a receipt for the mail you sent to <ap@mossgiel-sail.co.uk> at "
                                     "06/11/2026 10:00\n\nThis receipt verifies that the message has been "
                                     "displayed on the recipient's computer at 09/11/2026 09:02\n", cs="us-ascii",
                                     cte="7bit"),
                   raw("message/disposition-notification",
                       mdn_fields("Mozilla Thunderbird", "ap@mossgiel-sail.co.uk", om,
                                  "manual-action/MDN-sent-manually; displayed")),
                   params="; report-type=disposition-notification")),
          inv="PLW-K26-0415", omid=om, note="standard RFC 8098 MDN from Thunderbird")

    s = "read_receipt_outlook_plain"
    om = rem("predue", "PLW-K26-0412", "")
    body = ("Your message\r\n\r\n  To: Janet Whitlock\r\n  Subject: Reminder: invoice PLW-K26-0412 due 2 December\r\n"
            "  Sent: 29 November 2026 08:00:12 (UTC+00:00) Dublin, Edinburgh, Lisbon, London\r\n\r\n"
            " was read on 30 November 2026 10:14:51 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\r\n")
    D.add(s, "read_receipt",
          build(inbound(s, "accounts@hartwellpike.co.uk", "Read: Reminder: invoice PLW-K26-0412 due 2 December",
                        dt("2026-11-30 10:14"), irt=om, frm_name="Janet Whitlock",
                        extra=(("Thread-Topic", "Reminder: invoice PLW-K26-0412 due 2 December"),
                               ("X-MS-Exchange-Organization-SCL", "-1"))),
                text(body, cs="us-ascii", cte="7bit"), crlf=True),
          inv="PLW-K26-0412", omid=om, note="non-standard Outlook 'Read:' receipt, plain text, ID only in In-Reply-To")

    s = "read_receipt_deleted_unread"
    om = rem("arrived", "PLW-K26-0424", "")
    D.add(s, "read_receipt",
          build(inbound(s, "accounts@greyfriars-theatre.org", "Not read: Instalment 1 of invoice PLW-K26-0424",
                        dt("2026-11-24 18:30")),
                mp(s, "report", text("Your message to accounts@greyfriars-theatre.org was deleted without being "
                                     "read on 24/11/2026 18:30.\n", cs="us-ascii", cte="7bit"),
                   raw("message/disposition-notification",
                       mdn_fields("Microsoft Exchange Server", "accounts@greyfriars-theatre.org", om,
                                  "automatic-action/MDN-sent-automatically; deleted")),
                   params="; report-type=disposition-notification")),
          inv="PLW-K26-0424", omid=om, note="MDN disposition 'deleted': receipt about the message, NOT proof it was read")

    # ---------------------------------------------------------------- bounces
    s = "bounce_dsn_user_unknown"
    om = rem("arrived", "PLW-K26-0419", "")
    oh = bot_headers("en-PLW-K26-0419-arrived", "Lucy Okafor <l.okafor@brackenfold.events>",
                     "Did invoice PLW-K26-0419 reach you?", dt("2026-11-07 09:00"))
    D.add(s, "bounce",
          build(inbound(s, "MAILER-DAEMON@out.pelagian-loom.group", "Undelivered Mail Returned to Sender",
                        dt("2026-11-07 09:00"), auth="none", frm_name="Mail Delivery System",
                        extra=(("Auto-Submitted", "auto-replied"),)),
                mp(s, "report",
                   text("This is the mail system at host out.pelagian-loom.group.\n\nI'm sorry to have to inform "
                        "you that your message could not\nbe delivered to one or more recipients.\n\n"
                        "<l.okafor@brackenfold.events>: host mx.brackenfold.events[203.0.113.7] said: 550 5.1.1\n"
                        "    <l.okafor@brackenfold.events>: Recipient address rejected: User unknown\n",
                        cs="us-ascii", cte="7bit"),
                   raw("message/delivery-status",
                       dsn_fields("out.pelagian-loom.group",
                                  [("l.okafor@brackenfold.events", "failed", "5.1.1",
                                    "550 5.1.1 <l.okafor@brackenfold.events>: Recipient address rejected: User unknown")],
                                  dt("2026-11-07 09:00"), "mx.brackenfold.events")),
                   raw("text/rfc822-headers", oh), params="; report-type=delivery-status")),
          failed="l.okafor@brackenfold.events", perm=True, reason="user_unknown", omid=om, inv="PLW-K26-0419",
          note="classic Postfix DSN; invoice only in the returned headers")

    s = "bounce_delayed_mailbox_full"
    om = rem("predue", "PLW-K26-0427", "")
    oh = bot_headers("en-PLW-K26-0427-predue", "treasurer@saltmarshyc.org.uk",
                     "Friendly reminder: PLW-K26-0427", dt("2026-11-30 08:00"))
    D.add(s, "bounce",
          build(inbound(s, "postmaster@out.pelagian-loom.group", "Delivery Status Notification (Delay)",
                        dt("2026-12-01 08:05"), auth="none"),
                mp(s, "report",
                   text("Delivery to the following recipient has been delayed:\n\n     treasurer@saltmarshyc.org.uk\n\n"
                        "Message will be retried for 4 more day(s).\nThe recipient's mailbox is over quota "
                        "(452 4.2.2).\n", cs="us-ascii", cte="7bit"),
                   raw("message/delivery-status",
                       dsn_fields("out.pelagian-loom.group",
                                  [("treasurer@saltmarshyc.org.uk", "delayed", "4.2.2",
                                    "452 4.2.2 Mailbox full, try again later")],
                                  dt("2026-11-30 08:00"), "mail.saltmarshyc.org.uk")
                       + "Will-Retry-Until: " + dt("2026-12-05 08:00") + "\n"),
                   raw("text/rfc822-headers", oh), params="; report-type=delivery-status")),
          failed="treasurer@saltmarshyc.org.uk", perm=False, reason="mailbox_full", omid=om, inv="PLW-K26-0427",
          note="delay warning (Action: delayed), transient; not a final failure")

    s = "bounce_qmail_prose_policy"
    om = rem("overdue", "PLW-K26-0430", "")
    oh = bot_headers("en-PLW-K26-0430-overdue", "invoices@quayside-rigging.co.uk",
                     "Invoice PLW-K26-0430 - did it arrive?", dt("2026-11-12 09:00"))
    body = ("Hi. This is the qmail-send program at mail.quayside-rigging.co.uk.\nI'm afraid I wasn't able to "
            "deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry "
            "it didn't work out.\n\n<invoices@quayside-rigging.co.uk>:\nRemote host said: 550 5.7.1 Recipient "
            "rejected by policy: mailbox accepts mail from approved suppliers only\n\n--- Below this line is a "
            "copy of the message.\n\n" + oh + "\nDear Quayside Rigging, how are you?\n")
    D.add(s, "bounce",
          build(inbound(s, "MAILER-DAEMON@mail.quayside-rigging.co.uk", "failure notice", dt("2026-11-12 09:01"),
                        auth="none"),
                text(body, cs="us-ascii", cte="7bit")),
          failed="invoices@quayside-rigging.co.uk", perm=True, reason="policy", omid=om, inv="PLW-K26-0430",
          note="qmail prose bounce, no DSN part; policy rejection of a known contact")

    s = "bounce_spam_rejected"
    om = rem("predue", "PLW-K26-0433", "")
    oh = bot_headers("en-PLW-K26-0433-predue", "ap@lowther-glamping.co.uk",
                     "PLW-K26-0433 falls due on 10 December", dt("2026-12-04 08:00"))
    D.add(s, "bounce",
          build(inbound(s, "MAILER-DAEMON@out.pelagian-loom.group", "Mail delivery failed: returning message to sender",
                        dt("2026-12-04 08:02"), auth="none"),
                mp(s, "report",
                   text("Your message was rejected by the receiving server as spam.\n\n  ap@lowther-glamping.co.uk\n"
                        "    550 5.7.350 Remote server returned message detected as spam -> 550 "
                        "Message content rejected, UBE, id=44129-09\n", cs="us-ascii", cte="7bit"),
                   raw("message/delivery-status",
                       dsn_fields("out.pelagian-loom.group",
                                  [("ap@lowther-glamping.co.uk", "failed", "5.7.350",
                                    "550 5.7.350 Remote server returned message detected as spam")],
                                  dt("2026-12-04 08:00"), "lowther-glamping-co-uk.mail.protection.example.net")),
                   raw("text/rfc822-headers", oh), params="; report-type=delivery-status")),
          failed="ap@lowther-glamping.co.uk", perm=True, reason="spam", omid=om, inv="PLW-K26-0433",
          note="content filter rejection 5.7.350 = spam, not policy")

    s = "bounce_two_rcpts_one_failed"
    om = rem("overdue", "PLW-K26-0415", "")
    oh = bot_headers("en-PLW-K26-0415-overdue", "ap@mossgiel-sail.co.uk, Dougie Moss <d.moss@mossgiel-sail.co.uk>",
                     "Invoice PLW-K26-0415 is past due", dt("2026-11-23 08:00"))
    D.add(s, "bounce",
          build(inbound(s, "MAILER-DAEMON@out.pelagian-loom.group", "Undelivered Mail Returned to Sender",
                        dt("2026-11-23 08:01"), auth="none"),
                mp(s, "report",
                   text("This is the mail system at host out.pelagian-loom.group.\n\nYour message was delivered to "
                        "some recipients; one could not be reached:\n\n<d.moss@mossgiel-sail.co.uk>: 550 5.1.1 "
                        "mailbox disabled (employee has left)\n", cs="us-ascii", cte="7bit"),
                   raw("message/delivery-status",
                       dsn_fields("out.pelagian-loom.group",
                                  [("ap@mossgiel-sail.co.uk", "delivered", "2.0.0", "250 2.0.0 OK queued"),
                                   ("d.moss@mossgiel-sail.co.uk", "failed", "5.1.1",
                                    "550 5.1.1 mailbox disabled")], dt("2026-11-23 08:00"),
                                  "mx1.mossgiel-sail.co.uk")),
                   raw("text/rfc822-headers", oh), params="; report-type=delivery-status")),
          failed="d.moss@mossgiel-sail.co.uk", perm=True, reason="user_unknown", omid=om, inv="PLW-K26-0415",
          note="two recipients: one delivered, only the other failed")

    # ---------------------------------------------------------------- auto-replies
    s = "auto_reply_rfc3834_back_monday"
    om = rem("predue", "PLW-K26-0421", "")
    D.add(s, "auto_reply",
          build(inbound(s, "payables@thistlewood-marine.com", "Automatic reply: Reminder - invoice PLW-K26-0421",
                        dt("2026-12-02 08:00"), irt=om, frm_name="Ewan Dunmore",
                        extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"))),
                text("Thanks for your message. I'm out of the office and will be back on Monday 7 December. "
                     "For urgent payment queries please call the office on 01983 210 400.\n\nEwan\n")),
          omid=om, ret="2026-12-07", note="RFC 3834 header; first day back stated directly")

    s = "auto_reply_no_headers_inclusive"
    D.add(s, "auto_reply",
          build(inbound(s, "finance@brackenfold.events", "Annual leave", dt("2026-11-27 07:31"),
                        frm_name="Priya Raman"),
                text("Hello,\n\nThank you for your email. I am on annual leave from 27 November to 4 December "
                     "inclusive and will have no access to email. Anything invoice-related can go to "
                     "lucy@brackenfold.events.\n\nPriya\n")),
          ret="2026-12-05", note="no auto-reply headers, no threading; 'to 4 December inclusive' -> back 5 Dec")

    s = "auto_reply_french_latin1"
    om = rem("overdue", "PLW-K26-0371", "")
    D.add(s, "auto_reply",
          build(inbound(s, "oriel.kiteschool@gmail.com", "Réponse automatique : Invoice PLW-K26-0371",
                        dt("2026-11-28 12:00"), irt=om, hcs="iso-8859-1", henc="Q", frm_name="Aurélie Oriel",
                        extra=(("X-Autoreply", "yes"), ("Precedence", "auto_reply"))),
                text("Bonjour,\n\nJe suis absente jusqu'au mardi 8 décembre inclus, en stage de kitesurf à "
                     "Dakhla. Je traiterai votre message à mon retour.\n\nCordialement,\nAurélie\n",
                     cs="iso-8859-1", cte="qp")),
          lang="fr", omid=om, inv="PLW-K26-0371", ret="2026-12-09",
          note="French, iso-8859-1 QP, 'jusqu'au 8 inclus' -> first day back 9 Dec")

    s = "auto_reply_dutch_tot_en_met"
    om = rem("predue", "PLW-K26-0433-b", "")
    D.add(s, "auto_reply",
          build(inbound(s, "ap@lowther-glamping.co.uk", "Afwezig: PLW-K26-0433 falls due soon",
                        dt("2026-12-03 08:00"), irt=om, frm_name="Pim de Vries",
                        extra=(("Auto-Submitted", "auto-replied"),)),
                text("Beste afzender,\n\nIk ben tot en met vrijdag 11 december afwezig. Vanaf maandag 14 december "
                     "ben ik weer op kantoor. Voor dringende zaken kunt u mailen naar rhiannon@lowther-glamping.co.uk."
                     "\n\nMet vriendelijke groet,\nPim\n", cte="b64")),
          lang="nl", omid=om, inv="PLW-K26-0433", ret="2026-12-14",
          note="Dutch, base64; stated first day back (Mon 14) wins over last day away (Fri 11)")

    s = "auto_reply_japanese_iso2022"
    om = rem("arrived", "PLW-K26-0430", "")
    D.add(s, "auto_reply",
          build(inbound(s, "invoices@quayside-rigging.co.uk", "自動応答：不在のお知らせ", dt("2026-11-12 09:05"),
                        irt=om, hcs="iso-2022-jp", frm_name="山田 花子",
                        extra=(("Auto-Submitted", "auto-replied"),)),
                text("お世話になっております。\n\n誠に勝手ながら、12月9日まで出張のため不在にしております。\n"
                     "12月10日より順次対応いたします。\n\n山田\n", cs="iso-2022-jp", cte="7bit")),
          lang="ja", omid=om, ret="2026-12-10", note="Japanese iso-2022-jp body and RFC 2047 subject")

    # ---------------------------------------------------------------- challenge
    s = "challenge_mailguard"
    om = rem("arrived", "PLW-K26-0371", "")
    D.add(s, "challenge",
          build(inbound(s, "verify@mailguard-cr.net", "Please verify your email to oriel.kiteschool@gmail.com",
                        dt("2026-11-13 09:12"), frm_name="MailGuard on behalf of Aurélie Oriel",
                        extra=(("Auto-Submitted", "auto-replied"), ("X-MailGuard-Challenge", "1"))),
                mp(s, "alternative",
                   text("Hello,\n\nYou sent a message to oriel.kiteschool@gmail.com, who uses MailGuard to "
                        "block junk mail.\nSubject: Did invoice PLW-K26-0371 reach you?\nMessage-ID: " + om +
                        "\n\nTo get your message delivered (once only), confirm you are a person:\n"
                        "https://mailguard-cr.net/v/8Hq2LzT0?r=1\n\nUnconfirmed messages are deleted after 7 days.\n"),
                   html("<p>You sent a message to oriel.kiteschool@gmail.com. <a href='https://mailguard-cr.net/v/"
                        "8Hq2LzT0?r=1'>Confirm you are a person</a>.</p>"))),
          chal=True, omid=om, inv="PLW-K26-0371", note="challenge/response; bot must not click or reply automatically")

    # ---------------------------------------------------------------- payment confirmations
    s = "payment_bank_squashed_ref"
    body = ("NORTHGATE MERCANTILE BANK - CREDIT ADVICE\n\nAccount:        PELAGIAN LOOMWORKS UK LTD  **5530\n"
            "Booking date:   02/12/2026\nValue date:     01/12/2026\nAmount:         GBP 4,812.50 CR\n"
            "Payer:          HARTWELL AND PIKE CHAND\nPayment type:   Faster Payment\n"
            "Reference:      PLWK260412 HARTWELL\n\nThis is an automated notice. Do not reply.\n")
    D.add(s, "payment_confirmation",
          build(inbound(s, "avis@notify.northgate-mercantile.co.uk", "Credit advice - account ending 5530",
                        dt("2026-12-02 06:15"), frm_name="Northgate Mercantile Bank"),
                text(body, cs="us-ascii", cte="7bit")),
          inv="PLW-K26-0412", amount="4812.50", cur="GBP", paydate="2026-12-01", full=True,
          note="reference squashed to PLWK260412; booking vs value date")

    s = "payment_psp_instalment_fee"
    h = ("<html><body><h2>You've been paid &pound;3,000.00</h2><table>"
         "<tr><td>Customer</td><td>Greyfriars Theatre Trust</td></tr>"
         "<tr><td>Description</td><td>PLW-K26-0424 instalment 1/3</td></tr>"
         "<tr><td>Paid on</td><td>19 November 2026</td></tr>"
         "<tr><td>Gross</td><td>&pound;3,000.00</td></tr><tr><td>Payloft fee</td><td>&minus;&pound;43.80</td></tr>"
         "<tr><td>Net</td><td>&pound;2,956.20</td></tr>"
         "<tr><td>Payout</td><td>23 November 2026 to account **5530</td></tr></table></body></html>")
    D.add(s, "payment_confirmation",
          build(inbound(s, "payouts@payloft.io", "Payment received from Greyfriars Theatre Trust",
                        dt("2026-11-19 15:40"), frm_name="Payloft"), html(h)),
          inv="PLW-K26-0424", amount="3000.00", cur="GBP", paydate="2026-11-19", full=False,
          note="PSP: gross 3000 credited to the invoice, fee 43.80 is our cost; instalment 1 of 3 so invoice not fully paid")

    s = "payment_bank_two_invoices"
    body = ("NORTHGATE MERCANTILE BANK - CREDIT ADVICE\n\nAccount:        PELAGIAN LOOMWORKS UK LTD  **5530\n"
            "Value date:     27/11/2026\nAmount:         GBP 7,115.60 CR\nPayer:          THISTLEWOOD MARINE SERV\n"
            "Remittance:     PLW-K26-0421 5090.00 / PLW-K26-0388 2025.60\n")
    D.add(s, "payment_confirmation",
          build(inbound(s, "avis@notify.northgate-mercantile.co.uk", "Credit advice - account ending 5530",
                        dt("2026-11-27 18:02"), frm_name="Northgate Mercantile Bank"),
                text(body, cs="us-ascii", cte="7bit")),
          inv="PLW-K26-0421;PLW-K26-0388", amount="7115.60", cur="GBP", paydate="2026-11-27", full=True,
          alloc="PLW-K26-0421=5090.00;PLW-K26-0388=2025.60", note="one credit split over two invoices")

    s = "payment_swift_charges_deducted"
    body = ("Incoming international payment - MT103 details\n\n:20:FT26329UK04412\n:23B:CRED\n"
            ":32A:261125GBP11505,00\n:33B:GBP11520,00\n:50K:/IE29AIBK93115212345678\nBRACKENFOLD EVENTS DAC\n"
            ":59:/GB71NMBK60914428815530\nPELAGIAN LOOMWORKS UK LTD\n:70:INV PLW-K26-0419 DEPOSIT\n:71A:SHA\n"
            ":71F:GBP15,00\n")
    D.add(s, "payment_confirmation",
          build(inbound(s, "avis@notify.northgate-mercantile.co.uk", "Incoming SWIFT payment GBP 11,505.00",
                        dt("2026-11-25 11:11"), frm_name="Northgate Mercantile Bank"),
                mp(s, "mixed", text("An international payment has been credited to your account. Details attached.\n"),
                   att(body.encode(), "text/plain", "MT103_FT26329UK04412.txt", cte="qp"))),
          inv="PLW-K26-0419", amount="11505.00", cur="GBP", paydate="2026-11-25", full=False,
          note="MT103 in attachment: instructed 11520, credited 11505 after correspondent charge -> short by 15")

    s = "payment_psp_no_reference"
    body = ("Payloft\n\nPayment received\n\nAmount: £780.00\nFrom: Oriel Kite School\nNote from payer: "
            "\"kites november x\"\nPaid on: 02 Dec 2026\nPayout: 04 Dec 2026\n")
    D.add(s, "payment_confirmation",
          build(inbound(s, "payouts@payloft.io", "Payment received from Oriel Kite School", dt("2026-12-02 20:14"),
                        frm_name="Payloft"), text(body, cte="b64")),
          amount="780.00", cur="GBP", paydate="2026-12-02", full=False, nh=True,
          note="authentic notice without any invoice reference: cannot be allocated")

    # ---------------------------------------------------------------- client replies
    def quote_rem(inv: str, due: str, amt: str) -> str:
        return (f"\n> Dear customer, how are you? A quick reminder that invoice {inv} for {amt} falls due on {due}.\n"
                "> If you have already paid, please ignore this message.\n> Pelagian Loomworks Receivables\n")

    s = "reply_one_word_paid"
    om = rem("predue", "PLW-K26-0412", "")
    D.add(s, "client_reply",
          build(inbound(s, "accounts@hartwellpike.co.uk", "RE: Reminder: invoice PLW-K26-0412 due 2 December",
                        dt("2026-11-30 10:20"), irt=om, frm_name="Janet Whitlock"),
                text("Paid.\n\nSent from my iPhone\n\nOn 29 Nov 2026, at 08:00, Pelagian Loomworks Receivables "
                     "wrote:" + quote_rem("PLW-K26-0412", "2 December 2026", "£4,812.50"))),
          inv="PLW-K26-0412", intent="paid", note="one-word paid claim; invoice only in quoted reminder")

    s = "reply_promise_next_thursday"
    om = rem("overdue", "PLW-K26-0415", "")
    D.add(s, "client_reply",
          build(inbound(s, "ap@mossgiel-sail.co.uk", "Re: Invoice PLW-K26-0415 is past due", dt("2026-11-27 15:12"),
                        irt=om, frm_name="Moira Baird"),
                text("Hi there,\n\nApologies - it missed this week's run. 0415 is on our list for next Thursday's "
                     "payment run.\n\nMoira\nMossgiel Sailcloth Ltd\n" + quote_rem("PLW-K26-0415", "17 November 2026",
                                                                                 "£12,960.00"))),
          inv="PLW-K26-0415", intent="promise", promised="2026-12-03",
          note="relative date: sent Fri 27 Nov, 'next Thursday' = 3 Dec; short invoice ref '0415'")

    s = "reply_negated_promise"
    om = rem("overdue", "PLW-K26-0419", "")
    D.add(s, "client_reply",
          build(inbound(s, "finance@brackenfold.events", "Re: Deposit invoice PLW-K26-0419", dt("2026-11-20 16:45"),
                        irt=om, frm_name="Priya Raman"),
                text("Hi Harriet,\n\nI'm afraid I can no longer promise the deposit by the 30th as I said last week - "
                     "our board hasn't signed off the spring fair budget yet. I'll come back to you as soon as I "
                     "know more.\n\nPriya\n")),
          inv="PLW-K26-0419", intent="other", nh=True,
          note="negated/withdrawn promise with no new date: not a promise")

    s = "reply_dispute_quantity"
    om = rem("predue", "PLW-K26-0421", "")
    D.add(s, "client_reply",
          build(inbound(s, "payables@thistlewood-marine.com", "RE: Reminder - invoice PLW-K26-0421",
                        dt("2026-11-25 11:03"), irt=om, frm_name="Ewan Dunmore"),
                text("Hello,\n\nWe were invoiced for 14 winter covers on PLW-K26-0421 but only 12 arrived (see "
                     "signed delivery note, attached). Please issue a credit note for the two missing covers; we "
                     "will hold payment of this invoice until then.\n\nEwan Dunmore\nThistlewood Marine Services\n")),
          inv="PLW-K26-0421", intent="dispute", note="quantity dispute, payment withheld")

    s = "reply_not_received_resend"
    D.add(s, "client_reply",
          build(inbound(s, "invoices@quayside-rigging.co.uk", "Invoice PLW-K26-0430??", dt("2026-11-16 13:30"),
                        frm_name="Quayside Rigging Accounts"),
                text("Hello,\n\nYour colleague says invoice PLW-K26-0430 was sent on the 9th but we can't find it "
                     "anywhere. Could you resend it as a PDF please? Our system only picks up PDFs.\n\nThanks\n")),
          inv="PLW-K26-0430", intent="not_received", note="not received, asks for resend; not threaded")

    s = "reply_payment_details_check"
    om = rem("arrived", "PLW-K26-0427", "")
    D.add(s, "client_reply",
          build(inbound(s, "treasurer@saltmarshyc.org.uk", "Re: Did invoice PLW-K26-0427 reach you?",
                        dt("2026-11-12 19:40"), irt=om, frm_name="Geoff Tarrant", auth="none"),
                text("Yes it did thanks. Before the club pays anything can you confirm your sort code and account "
                     "number in writing? Our bank warned us about invoice fraud and changed bank details. Also need "
                     "your VAT number for our records.\n\nGeoff\n", fmt_flowed=True)),
          inv="PLW-K26-0427", intent="payment_details",
          note="asks to confirm bank details (fraud check); 'yes it did' = arrived, not paid")

    s = "reply_stop_but_promise"
    om = rem("overdue2", "PLW-K26-0419", "")
    D.add(s, "client_reply",
          build(inbound(s, "finance@brackenfold.events", "Re: Deposit invoice PLW-K26-0419 – overdue",
                        dt("2026-12-04 09:12"), irt=om, frm_name="Priya Raman"),
                text("Please stop sending me these automated reminders. I have spoken to Harriet and we are paying "
                     "the deposit on the 15th. Any further mail about this should come from a person.\n\nPriya\n")),
          inv="PLW-K26-0419", intent="stop", nh=True,
          note="mixed: stop request + promise for 15 Dec; stop takes precedence")

    s = "reply_plan_request"
    om = rem("predue", "PLW-K26-0433", "")
    D.add(s, "client_reply",
          build(inbound(s, "ap@lowther-glamping.co.uk", "Re: PLW-K26-0433 falls due on 10 December",
                        dt("2026-12-04 17:22"), irt=om, frm_name="Rhiannon Pryce"),
                text("Hi Harriet,\n\nThe off-season is always tight for us. Would it be OK to split the £3,100 into "
                     "three monthly payments (Dec, Jan, Feb)? Happy to set up standing orders if you agree.\n\n"
                     "Rhiannon\n")),
          inv="PLW-K26-0433", intent="plan_request", note="asks for instalments")

    s = "reply_informal_paid_bacs"
    om = rem("overdue", "PLW-K26-0371", "")
    D.add(s, "client_reply",
          build(inbound(s, "oriel.kiteschool@gmail.com", "Re: Invoice PLW-K26-0371", dt("2026-12-02 21:05"),
                        irt=om, frm_name="Aurélie Oriel"),
                text("hiya!! sent it over yesterday via bacs, should land tmrw. sorry for the wait x\n\n"
                     "On Sat, 28 Nov 2026 at 12:00, Pelagian Loomworks Receivables <" + BOT + "> wrote:"
                     + quote_rem("PLW-K26-0371", "29 October 2026", "£780.00"))),
          inv="PLW-K26-0371", intent="paid", note="informal paid claim; 'it' refers to invoice in the quote")

    s = "reply_quoted_history_only"
    D.add(s, "client_reply",
          build(inbound(s, "ap@mossgiel-sail.co.uk", "RE: Your invoice", dt("2026-11-05 10:02"),
                        frm_name="Moira Baird"),
                text("Thanks Callum - could you also send us the delivery note for the dacron rolls? Our goods-in "
                     "team need it before anything is booked.\n\nMoira\n\n-----Original Message-----\nFrom: Moira "
                     "Baird\nSent: 12 October 2026 09:00\nSubject: RE: order\n\nWe paid the deposit for the last "
                     "order on 3 October, so we're all square.\n\n> Invoice PLW-K26-0415 attached.\n")),
          inv="PLW-K26-0415", intent="other", note="payment talk only in quoted history; real ask is a delivery note")

    s = "reply_part_payment"
    om = rem("overdue", "PLW-K26-0430", "")
    D.add(s, "client_reply",
          build(inbound(s, "invoices@quayside-rigging.co.uk", "RE: Invoice PLW-K26-0430 - did it arrive?",
                        dt("2026-12-01 12:12"), irt=om),
                text("Hi,\n\nWe've transferred £600.00 today as part payment of PLW-K26-0430. The balance will "
                     "follow after our December board meeting.\n\nRegards\nAccounts\n")),
          inv="PLW-K26-0430", intent="paid", nh=True,
          note="part-payment claim (600 of 1245.60); balance promise has no date")

    s = "reply_promise_end_of_month_scots"
    D.add(s, "client_reply",
          build(inbound(s, "bookkeeping@cairnbrae-outdoor.scot", "Re: Statement - PLW-K26-0436",
                        dt("2026-11-20 14:48"), frm_name="Alasdair Cairns"),
                text("Aye, sorry about that. We'll have PLW-K26-0436 cleared by the end of the month.\n\n"
                     "Alasdair\n")),
          inv="PLW-K26-0436", intent="promise", promised="2026-11-30",
          note="'end of the month' relative to Date (20 Nov) = 30 Nov")

    s = "reply_dispute_html_formal"
    h = ("<html><body><p>Dear Sir or Madam,</p><p>We refer to invoice PLW-K26-0424. The surcharge of "
         "&pound;450.00 for weekend installation was not part of the accepted quotation (Q-2610-88). We therefore "
         "dispute the invoice and will not make further instalment payments until a corrected invoice is issued."
         "</p><p>Yours faithfully,<br>M. Featherstone<br>Finance Officer, Greyfriars Theatre Trust</p></body></html>")
    D.add(s, "client_reply",
          build(inbound(s, "accounts@greyfriars-theatre.org", "Invoice PLW-K26-0424 - disputed surcharge",
                        dt("2026-11-26 12:00"), frm_name="Greyfriars Theatre Trust Accounts"), html(h, cte="b64")),
          inv="PLW-K26-0424", intent="dispute", note="formal HTML-only dispute")

    # ---------------------------------------------------------------- other
    s = "other_phish_lookalike_bank"
    D.add(s, "other",
          build(inbound(s, "avis@notify.northgate-mercantiIe.co.uk", "Action required: verify incoming credit",
                        dt("2026-11-29 03:12"), auth="lookalike", frm_name="Northgate Mercantile Bank"),
                html("<p>Dear customer,</p><p>An incoming credit of <b>GBP 9,000.00</b> is on hold. Please "
                     "<a href='http://northgate-secure-login.example.top/'>sign in</a> within 24 hours to release it."
                     "</p>")),
          note="look-alike domain (capital I for l) with its own valid DMARC; phishing")

    s = "other_forged_bank_credit"
    body = ("NORTHGATE MERCANTILE BANK - CREDIT ADVICE\n\nValue date:     03/12/2026\nAmount:         GBP 6,000.00 CR\n"
            "Payer:          GREYFRIARS THEATRE TR\nReference:      PLW-K26-0424 INST 2+3\n")
    D.add(s, "other",
          build(inbound(s, "avis@notify.northgate-mercantile.co.uk", "Credit advice - account ending 5530",
                        dt("2026-12-03 07:00"), auth="fail", frm_name="Northgate Mercantile Bank"),
                text(body, cs="us-ascii", cte="7bit")),
          inv="PLW-K26-0424", note="real notifier From but DMARC fail: forged credit advice, must not record payment")

    s = "other_psp_newsletter"
    D.add(s, "other",
          build(inbound(s, "news@payloft.io", "Payloft in December: faster payouts, new fees from 1 January",
                        dt("2026-12-01 10:00"), frm_name="Payloft",
                        extra=(("List-Unsubscribe", "<https://payloft.io/u/9f2a>"), ("Precedence", "bulk"))),
                html("<h1>Faster payouts</h1><p>From 1 January card fees change to 1.4% + 20p. Your last payout of "
                     "&pound;2,956.20 was sent on 23 November.</p>")),
          note="newsletter from the PSP's marketing address (not a notifier) mentioning amounts")

    s = "other_internal_chatter"
    D.add(s, "other",
          build(inbound(s, "harriet.quennell@pelagian-loomworks.co.uk", "Brackenfold deposit", dt("2026-11-26 16:30"),
                        to=addr("Callum Brannigan", "callum.brannigan@pelagian-loomworks.co.uk"),
                        cc=addr(BOT_NAME, BOT), frm_name="Harriet Quennell"),
                text("Callum, can you ring Priya at Brackenfold? The deposit on PLW-K26-0419 (£11,520) is three "
                     "weeks late and she's gone quiet. Copying the receivables box so it's on file.\nH\n")),
          inv="PLW-K26-0419", note="staff-to-staff note with bot in Cc and an amount: not an invoice copy")
    return D




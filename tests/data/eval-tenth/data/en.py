from .kit import d, T, H, ALT, MULTI, ATT, RAW, addr, pdf, BOT, Msg, MX
from .common import orig, L, inv_copy, reply, notifier, autorep, staff_mail, ubl, challenge
from .machine import bounce, mdn

D = dict(
    code="en", cur="GBP", dom="corvane-stagecraft.co.uk", botname="Corvane Receivables",
    staff=[("Imogen Thrale", "imogen.thrale@corvane-stagecraft.co.uk"), ("Rob Achterberg", "rob.achterberg@corvane-stagecraft.co.uk")],
    clients=[("Lyric Wharf Theatre Trust", "Hannah Pryce", "accounts@lyricwharf.org.uk"),
             ("Bellhaven Arena Ltd", "Tom Okafor", "payables@bellhaven-arena.co.uk"),
             ("Northgate College of Performing Arts", "Siân Roberts", "finance@northgate-cpa.ac.uk"),
             ("Ravel Touring Productions", "Marcus Lee", "marcus@raveltouring.com"),
             ("The Kestrel Playhouse", "Priya Nandakumar", "ap@kestrelplayhouse.co.uk"),
             ("Ironbridge Events Ltd", "Gareth Bowen", "gareth.bowen@ironbridge-events.co.uk"),
             ("Saltmarsh Opera Festival", "Eleanor Vance", "treasurer@saltmarshopera.org"),
             ("Quayside Conference Centre", "Danny Walsh", "invoices@quaysidecc.co.uk"),
             ("Moonrise Studios Ltd", "Aisha Karim", "aisha.karim@moonrisestudios.tv"),
             ("Pemberton Cathedral Trading Ltd", "Julia Marsh", "julia.marsh@pembertoncathedral.org.uk")],
    bank=("Harlow & Tweed Bank", "payments-noreply@alerts.harlowtweed.co.uk"),
    psp=("Payvane", "receipts@payvane.io"),
    rsubj="Invoice %s - friendly reminder from Corvane Stagecraft",
    known=["CSL-26-0311", "CSL-26-0318", "CSL-26-0322", "CSL-26-0327", "CSL-26-0334", "CSL-26-0340", "CSL-26-0345",
           "CSL-26-0349", "CSL-26-0352", "CSL-26-0356", "CSL-26-0361", "CSL-26-0401", "CSL-26-0403"],
    extra_contacts=[],
)

SIG_I = "\n\nKind regards,\nImogen Thrale\nAccounts | Corvane Stagecraft Ltd\nUnit 4, Brindley Yard, Birmingham B1 2NP\nVAT GB 318 4471 26\n"
SIG_R = "\n\nCheers,\nRob\n--\nRob Achterberg, Rigging Projects\nCorvane Stagecraft Ltd | 0121 496 0734\n"
BANKLINE = "Payment to: Corvane Stagecraft Ltd, Harlow & Tweed Bank, sort code 20-47-19, account 53108842."


def build():
    C = D["clients"]
    M = []
    # ---------------- invoice copies ----------------
    M.append(inv_copy(D, "01_inv_lyric_cc", 0, 0, "Invoice CSL-26-0401 - fly system inspection, October",
        "Dear Hannah,\n\nPlease find below our invoice for the annual LOLER inspection of the fly system.\n\n"
        "Invoice no.: CSL-26-0401\nInvoice date: 2 November 2026\n\nLOLER inspection, 42 counterweight sets   £3,150.00\n"
        "Replacement rope lock pads (x6)          £  900.00\nNet                                      £4,050.00\nVAT 20%%                                  £  810.00\n"
        "Total due                                £4,860.00\n\nPayment terms: 30 days, i.e. by 2 December 2026.\n%s%s" % (BANKLINE, SIG_I),
        d(2026, 11, 2, 9, 14), L(invoice_numbers="CSL-26-0401", amount="4860.00", issue_date="2026-11-02", due_date="2026-12-02",
                                   payment_terms_days="30", note="plain; net vs gross: total incl. VAT is due")))
    M.append(inv_copy(D, "02_inv_bellhaven_bcc_instalment", 1, 1, "Bellhaven - hoist service contract - invoice CSL-26-0402 (instalment 1 of 4)",
        "Hi Tom,\n\nAs agreed in the service contract signed in October (total contract value £36,000.00 + VAT for the year), "
        "here is the first of four quarterly instalments.\n\n  Invoice CSL-26-0402, dated 04/11/2026\n  Instalment 1/4:  £9,000.00\n  VAT @ 20%%:       £1,800.00\n"
        "  Amount payable:  £10,800.00\n\nTerms are 14 days from the invoice date (18/11/2026). The next instalment will be invoiced in February.\n%s" % SIG_R,
        d(2026, 11, 4, 16, 2), L(invoice_numbers="CSL-26-0402", amount="10800.00", issue_date="2026-11-04", due_date="2026-11-18",
                                   payment_terms_days="14", note="bot only in Bcc (Delivered-To); contract value 36000 and net 9000 are decoys"),
        mode="bcc"))
    p = pdf(["CORVANE STAGECRAFT LTD", "TAX INVOICE", "Invoice number: CSL-26-0403", "Invoice date: 09/11/2026",
             "Customer: Northgate College of Performing Arts", "Motorised lighting bars x4, supply and commissioning",
             "Subtotal  2,150.00 GBP", "VAT 20%  430.00 GBP", "Invoice total  2,580.00 GBP", "Less deposit received 16/10/2026  -1,000.00 GBP",
             "BALANCE DUE  1,580.00 GBP", "Due date: 09/12/2026 (30 days net)", "Sort code 20-47-19  Account 53108842"])
    M.append(inv_copy(D, "03_inv_northgate_pdfonly", 0, 2, "Invoice from Corvane Stagecraft",
        "Dear Siân,\n\nPlease find attached our invoice. Do let me know if you need a PO number adding.\n" + SIG_I,
        d(2026, 11, 9, 11, 30), L(invoice_numbers="CSL-26-0403", amount="1580.00", issue_date="2026-11-09", due_date="2026-12-09",
                                    payment_terms_days="30", note="all data only in PDF; balance after deposit is due, not the 2580 total"),
        atts=[ATT("CSL-26-0403.pdf", "application/pdf", pdf_bytes) for pdf_bytes in [p]]))
    x = ubl("CSL-26-0404", "2026-11-12", "2026-12-12", "Corvane Stagecraft Ltd", "Ravel Touring Productions", "7200.00", "1440.00", "GBP",
            "Tour truss hire, Nov leg")
    M.append(inv_copy(D, "04_inv_ravel_ubl", 1, 3, "CSL-26-0404",
        "Marcus - e-invoice attached as requested for your AP system (UBL).\n\nRob\n", d(2026, 11, 12, 8, 47),
        L(invoice_numbers="CSL-26-0404", amount="8640.00", issue_date="2026-11-12", due_date="2026-12-12", payment_terms_days="30",
          note="terse body; all facts in UBL XML attachment"), atts=[ATT("CSL-26-0404.xml", "application/xml", x)], cte="7bit", charset="us-ascii"))
    M.append(inv_copy(D, "05_inv_kestrel_creditnote", 0, 4, "Invoice CSL-26-0405 (net of credit note CN-26-0019)",
        "Dear Priya,\n\nOur invoice CSL-26-0405 for the stage lift refurbishment is below. As discussed, we've netted off credit note "
        "CN-26-0019 (£450.00) for the cancelled second visit.\n\n    Invoice value (incl. VAT)     £3,300.00\n    Less CN-26-0019              -£450.00\n"
        "    Please pay                    £2,850.00\n\nInvoice date 16 November 2026. Payment due by the end of the month following the invoice month "
        "(31 December 2026).\n" + SIG_I, d(2026, 11, 16, 14, 5),
        L(invoice_numbers="CSL-26-0405", amount="2850.00", issue_date="2026-11-16", due_date="2026-12-31", payment_terms_days="",
          note="credit note netted; terms are end-of-following-month so no plain day count"), charset="windows-1252"))
    M.append(inv_copy(D, "06_inv_ironbridge_provisional", 1, 5, "PROVISIONAL invoice CSL-26-0406 - Ironbridge Expo get-out",
        "Gareth,\n\nPro-forma / provisional invoice for the Expo get-out crew so your PO can be raised. The figure is an estimate: "
        "overtime sheets from the night crew aren't in yet, so the final amount could move by a few hundred pounds either way. "
        "A final invoice will replace this one.\n\nCSL-26-0406   issued 18 Nov 2026\nEstimated total: £1,940.00 inc VAT\nDue: 30 days from final invoice\n"
        + SIG_R, d(2026, 11, 18, 19, 40),
        L(invoice_numbers="CSL-26-0406", amount="1940.00", issue_date="2026-11-18", due_date="", payment_terms_days="", needs_human=True,
          note="provisional estimate, due date tied to a future final invoice")))
    M.append(inv_copy(D, "07_inv_saltmarsh_html_discount", 0, 6, "Your invoice CSL-26-0407 from Corvane Stagecraft",
        "Invoice CSL-26-0407\nDate: 20.11.2026\nTotal: GBP 5,400.00\nEarly settlement: 2% discount (GBP 5,292.00) if paid within 10 days, otherwise due net 30 days (20.12.2026).\n",
        d(2026, 11, 20, 10, 0), L(invoice_numbers="CSL-26-0407", amount="5400.00", issue_date="2026-11-20", due_date="2026-12-20",
                                    payment_terms_days="30", note="HTML+text; 2% early-settlement figure 5292 is optional, full amount is due"),
        html="<html><body><p>Dear Eleanor,</p><p>Thank you for choosing Corvane for the festival's orchestra-pit covers.</p>"
             "<table border=1><tr><td>Invoice</td><td><b>CSL-26-0407</b></td></tr><tr><td>Date</td><td>20.11.2026</td></tr>"
             "<tr><td>Total</td><td>&pound;5,400.00</td></tr><tr><td>Early settlement</td><td>2% discount (&pound;5,292.00) if paid within 10 days</td></tr>"
             "<tr><td>Otherwise due</td><td>net 30 days &ndash; 20.12.2026</td></tr></table><p>Imogen Thrale<br>Accounts</p></body></html>"))
    M.append(inv_copy(D, "08_inv_quayside_resend_balance", 1, 7, "FW: Invoice CSL-26-0340 - balance outstanding",
        "Hi Danny,\n\nAs requested on the phone, forwarding the original invoice to the new invoices@ address. Please note "
        "you paid £700.00 on account on 2 November, so the balance now outstanding is £1,275.00.\n\nRob\n\n"
        "-----Original Message-----\nFrom: Rob Achterberg\nSent: 05 October 2026 10:12\nTo: d.walsh@quaysidecc.co.uk\nSubject: Invoice CSL-26-0340\n\n"
        "Invoice CSL-26-0340, dated 5 October 2026\nConference rigging package, Hall B\nTotal: £1,975.00 (inc VAT)\nDue: 4 November 2026 (30 days)\n",
        d(2026, 11, 23, 12, 21), L(invoice_numbers="CSL-26-0340", amount="1275.00", issue_date="2026-10-05", due_date="2026-11-04",
                                     payment_terms_days="30", note="re-sent old invoice; amount due now is balance after part payment, not original 1975")))
    # ---------------- read receipts ----------------
    o1 = orig(D, "r401", 0, "CSL-26-0401", d(2026, 11, 5, 9, 0))
    M.append(mdn("09_rr_lyric_mdn", "en", o1, "Hannah Pryce", C[0][2], d(2026, 11, 5, 13, 22), subj_prefix="Displayed: ",
                 extra_label=dict(invoice_numbers="CSL-26-0401"), note="RFC 8098 MDN"))
    o2 = orig(D, "r405", 4, "CSL-26-0405", d(2026, 11, 19, 9, 0))
    M.append(mdn("10_rr_kestrel_outlook", "en", o2, "Priya Nandakumar", C[4][2], d(2026, 11, 24, 9, 12), style="outlook_thread",
                 human_text="Your message\n\n  To: Priya Nandakumar\n  Subject: %s\n  Sent: 19/11/2026 09:00\n\nwas read on 24/11/2026 09:12.\n" % o2["subject"],
                 extra_label=dict(invoice_numbers="CSL-26-0405"), note="non-standard Outlook 'Read:' text receipt, tied by In-Reply-To only"))
    o3 = orig(D, "r356", 8, "CSL-26-0356", d(2026, 11, 26, 9, 0))
    M.append(mdn("11_rr_moonrise_deleted", "en", o3, "Aisha Karim", C[8][2], d(2026, 11, 30, 17, 3),
                 disposition="manual-action/MDN-sent-manually; deleted",
                 human_text="The message sent on %s to %s with subject \"%s\" has been deleted unread.\n" % ("26/11/2026", C[8][2], o3["subject"]),
                 subj_prefix="Not read: ", extra_label=dict(invoice_numbers="CSL-26-0356"),
                 note="MDN with disposition 'deleted' - NOT evidence that the invoice was read"))
    # ---------------- bounces ----------------
    ob = orig(D, "b403", 2, "CSL-26-0403", d(2026, 11, 12, 9, 0), extra_to=["accounts.payable@northgate-cpa.ac.uk"])
    M.append(bounce("12_bounce_northgate_dsn", "en", "dsn", ob, ["accounts.payable@northgate-cpa.ac.uk"], True, "user_unknown", "5.1.1",
                    "550 5.1.1 <accounts.payable@northgate-cpa.ac.uk>: Recipient address rejected: User unknown in virtual mailbox table",
                    d(2026, 11, 12, 9, 1), "mx.northgate-cpa.ac.uk", note="RFC 3464; only one of two recipients failed"))
    ob = orig(D, "b340", 7, "CSL-26-0340", d(2026, 11, 10, 9, 0))
    ob["to"] = ["d.walsh@quaysidecc.co.uk"]
    M.append(bounce("13_bounce_quayside_qmail_full", "en", "qmail", ob, ["d.walsh@quaysidecc.co.uk"], True, "mailbox_full", "5.2.2",
                    "Remote host said: 552 5.2.2 Mailbox quota exceeded - d.walsh has reached his disk quota limit\nGiving up on 185.44.12.9.",
                    d(2026, 11, 10, 9, 4), "mail.quaysidecc.co.uk", label=dict(invoice_numbers="CSL-26-0340"), note="qmail prose, quota as permanent"))
    ob = orig(D, "b404", 3, "CSL-26-0404", d(2026, 11, 16, 9, 0))
    ob["to"] = ["raveltouring.accounts@gmail.com"]
    M.append(bounce("14_bounce_ravel_gmail_spam", "en", "gmail", ob, ["raveltouring.accounts@gmail.com"], True, "spam", "5.7.1",
                    "550-5.7.1 [203.0.113.25] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked.",
                    d(2026, 11, 16, 9, 1), "gmail-smtp-in.l.google.com", label=dict(invoice_numbers="CSL-26-0404"), note="spam block; address itself fine"))
    ob = orig(D, "b311", 8, "CSL-26-0311", d(2026, 11, 17, 9, 0))
    ob["to"] = ["invoices@moonrisestudios.tv"]
    M.append(bounce("15_bounce_moonrise_delayed", "en", "dsn", ob, ["invoices@moonrisestudios.tv"], False, "other", "4.4.1",
                    "connect to mx1.moonrisestudios.tv[198.51.100.7]:25: Connection timed out", d(2026, 11, 17, 13, 5), "mx1.moonrisestudios.tv",
                    label=dict(invoice_numbers="CSL-26-0311"), note="delayed DSN (warning only), not permanent"))
    ob = orig(D, "b318", 9, "CSL-26-0318", d(2026, 11, 18, 9, 0))
    ob["to"] = ["j.fry@pembertoncathedral.org.uk"]
    M.append(bounce("16_bounce_pemberton_exchange_noorig", "en", "exchange", ob, ["j.fry@pembertoncathedral.org.uk"], True, "user_unknown", "5.1.10",
                    "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", d(2026, 11, 18, 9, 0),
                    "LO2P265MB0123.GBRP265.PROD.OUTLOOK.COM", with_orig=False, needs_human=True,
                    note="Exchange NDR; original headers not returned, so no Message-ID to tie back"))
    # ---------------- auto replies ----------------
    oa = orig(D, "a401", 0, "CSL-26-0401", d(2026, 12, 1, 9, 0))
    M.append(autorep(D, "17_ar_lyric_en", "en", addr("Hannah Pryce", C[0][2]), "Automatic reply: " + oa["subject"],
        "Thank you for your email. I'm out of the office on leave and will be back on Monday 7 December. For anything urgent please contact "
        "box.office@lyricwharf.org.uk.\n\nHannah", d(2026, 12, 1, 9, 0), "2026-12-07", oa))
    oa = orig(D, "a404", 3, "CSL-26-0404", d(2026, 11, 27, 9, 0))
    M.append(autorep(D, "18_ar_ravel_fr", "fr", "Camille Garnier <camille@raveltouring.com>", "Réponse automatique : " + oa["subject"],
        "Bonjour,\n\nJe suis actuellement en tournée et n'ai qu'un accès limité à mes e-mails. Je serai de retour au bureau le lundi 7 décembre 2026.\n"
        "Pour toute question comptable, merci d'écrire à Marcus Lee.\n\nCordialement,\nCamille Garnier\nRavel Touring Productions - Paris",
        d(2026, 11, 27, 9, 0), "2026-12-07", oa, charset="iso-8859-1", note="French; Cc'd colleague, not billing contact"))
    oa = orig(D, "a407", 6, "CSL-26-0407", d(2026, 11, 24, 10, 0))
    M.append(autorep(D, "19_ar_saltmarsh_nl_noheaders", "nl", "Eleanor Vance <treasurer@saltmarshopera.org>", "Afwezig",
        "Beste afzender,\n\nIk ben afwezig tot en met vrijdag 27 november. Vanaf maandag 30 november ben ik weer bereikbaar.\n\nMet vriendelijke groet,\nEleanor Vance",
        d(2026, 11, 24, 10, 0), "2026-11-30", oa, std=False, note="no Auto-Submitted or vendor headers; Dutch text only"))
    oa = orig(D, "a356", 8, "CSL-26-0356", d(2026, 12, 3, 9, 0))
    M.append(autorep(D, "20_ar_moonrise_ja", "ja", "Kenji Mori <kenji.mori@moonrisestudios.tv>", "自動応答: 不在のお知らせ",
        "お世話になっております。\n誠に勝手ながら、12月4日（金）から12月11日（金）まで出張のため不在にしております。\n12月14日（月）より出社いたします。\n"
        "お急ぎの場合は aisha.karim@moonrisestudios.tv までご連絡ください。\n\n森 健二", d(2026, 12, 3, 18, 30), "2026-12-14", oa, std="vendor",
        charset="iso-2022-jp", cte="7bit", note="Japanese, ISO-2022-JP, vendor headers only"))
    oa = orig(D, "a361", 7, "CSL-26-0361", d(2026, 12, 2, 9, 0))
    oa["to"] = ["danny.walsh@quaysidecc.co.uk"]
    M.append(autorep(D, "21_ar_quayside_leftcompany", "en", "Danny Walsh <danny.walsh@quaysidecc.co.uk>", "Auto: " + oa["subject"],
        "Danny no longer works at Quayside Conference Centre and this mailbox is not monitored. Please resend your email to "
        "invoices@quaysidecc.co.uk.", d(2026, 12, 2, 9, 0), "", oa, needs_human=True,
        note="left-company auto-reply; no return date; contact change needs a person"))
    # ---------------- challenge ----------------
    oc = orig(D, "c406", 5, "CSL-26-0406", d(2026, 11, 25, 9, 0))
    M.append(challenge(D, "22_challenge_ironbridge", "en", C[5][2], "MailSentry", "mailsentry.net",
        "Hello,\n\nYou recently sent a message to gareth.bowen@ironbridge-events.co.uk with the subject:\n\n   \"%s\"\n\n"
        "This recipient uses MailSentry to block junk mail. Your message is being held until you confirm you are a real person.\n\n"
        "Please click the link below to release it (valid for 7 days):\n\n   https://verify.mailsentry.net/r/%s\n\nYou only have to do this once.\n"
        % (oc["subject"], "7f3a9c21e0"), d(2026, 11, 25, 9, 1), oc))
    # ---------------- payments ----------------
    M.append(notifier(D, "23_pay_bank_lyric_full", "bank", "Credit received on account ending 8842",
        "Harlow & Tweed Bank - Business Alerts\n\nA credit has been received on your account.\n\nAccount:      CORVANE STAGECRAFT LTD ****8842\nAmount:       GBP 4,860.00\n"
        "Payment type: Faster Payment\nFrom:         LYRIC WHARF THEATRE TR\nReference:    CSL-26-0401\nValue date:   01/12/2026\n\n"
        "This is an automated message. Please do not reply.", d(2026, 12, 1, 14, 33),
        L(invoice_numbers="CSL-26-0401", amount="4860.00", payment_date="2026-12-01", payment_full=True, note="single full payment")))
    M.append(notifier(D, "24_pay_psp_northgate_fee", "psp", "You received a payment of £1,580.00",
        "Payment received\n\nAmount: £1,580.00\nPayvane fee: -£23.70\nNet to your balance: £1,556.30\n\nCustomer: Northgate College of Performing Arts\n"
        "Invoice: CSL-26-0403\nPaid: 3 Dec 2026\nPayout expected: 7 Dec 2026\n", d(2026, 12, 3, 11, 2),
        L(invoice_numbers="CSL-26-0403", amount="1580.00", payment_date="2026-12-03", payment_full=True, note="gross 1580 not net payout 1556.30"),
        html="<html><body><h2>Payment received</h2><p>Amount: <b>&pound;1,580.00</b><br>Payvane fee: -&pound;23.70<br>Net to your balance: &pound;1,556.30</p>"
             "<p>Customer: Northgate College of Performing Arts<br>Invoice: CSL-26-0403<br>Paid: 3 Dec 2026<br>Payout expected: 7 Dec 2026</p></body></html>"))
    M.append(notifier(D, "25_pay_bank_bellhaven_multi", "bank", "Credit received on account ending 8842",
        "Harlow & Tweed Bank - Business Alerts\n\nA credit has been received on your account.\n\nAccount:      CORVANE STAGECRAFT LTD ****8842\nAmount:       GBP 3,395.00\n"
        "Payment type: BACS\nFrom:         BELLHAVEN ARENA LTD\nReference:    CSL260334 1995.00 CSL260345 1400.00\nValue date:   27/11/2026\n\n"
        "This is an automated message. Please do not reply.", d(2026, 11, 27, 7, 15),
        L(invoice_numbers="CSL-26-0334;CSL-26-0345", amount="3395.00", payment_date="2026-11-27", payment_full=True,
          allocations="CSL-26-0334=1995.00;CSL-26-0345=1400.00", note="two invoices, numbers written without dashes in BACS ref")))
    M.append(notifier(D, "26_pay_bank_saltmarsh_partial", "bank", "Credit received on account ending 8842",
        "Harlow & Tweed Bank - Business Alerts\n\nA credit has been received on your account.\n\nAccount:      CORVANE STAGECRAFT LTD ****8842\nAmount:       GBP 2,000.00\n"
        "Payment type: Faster Payment\nFrom:         SALTMARSH OPERA FEST\nReference:    PART PAYMT CSL-26-0327 1 OF 3\nValue date:   30/11/2026\n\n"
        "This is an automated message. Please do not reply.", d(2026, 11, 30, 16, 40),
        L(invoice_numbers="CSL-26-0327", amount="2000.00", payment_date="2026-11-30", payment_full=False, needs_human=True,
          note="part payment 1 of 3; balance remains")))
    M.append(notifier(D, "27_pay_bank_unallocated", "bank", "Credit received on account ending 8842",
        "Harlow & Tweed Bank - Business Alerts\n\nA credit has been received on your account.\n\nAccount:      CORVANE STAGECRAFT LTD ****8842\nAmount:       GBP 845.50\n"
        "Payment type: BACS\nFrom:         NCPA FINANCE\nReference:    NCPA SUPPLIER RUN 0912\nValue date:   04/12/2026\n\n"
        "This is an automated message. Please do not reply.", d(2026, 12, 4, 7, 2),
        L(invoice_numbers="", amount="845.50", payment_date="2026-12-04", payment_full="", needs_human=True,
          note="no invoice reference; payer probably Northgate but amount matches nothing")))
    # ---------------- other ----------------
    M.append(notifier(D, "28_other_forged_lookalike", "bank", "Action required: confirm incoming payment GBP 9,000.00",
        "Harlow & Tweed Bank\n\nAn incoming payment of GBP 9,000.00 (ref CSL-26-0402) is on hold pending verification of the beneficiary.\n"
        "Please confirm your account details within 24 hours at https://harlowtweed-co.uk.secure-verify.info/login\n\nSecurity Team",
        d(2026, 11, 26, 3, 12), L(invoice_numbers="CSL-26-0402", needs_human=True, currency="GBP",
                                    note="look-alike domain harlowtweed-co.uk, phishing; not a payment"),
        kind="other", frm="Harlow & Tweed Bank <payments-noreply@alerts.harlowtweed-co.uk>",
        auth="spf=pass smtp.mailfrom=alerts.harlowtweed-co.uk; dkim=pass header.d=harlowtweed-co.uk; dmarc=pass header.from=alerts.harlowtweed-co.uk"))
    m = notifier(D, "29_other_dmarcfail_realdomain", "bank", "Credit received on account ending 8842",
        "Harlow & Tweed Bank - Business Alerts\n\nA credit has been received on your account.\n\nAccount:      CORVANE STAGECRAFT LTD ****8842\nAmount:       GBP 10,800.00\n"
        "Payment type: CHAPS\nFrom:         BELLHAVEN ARENA LTD\nReference:    CSL-26-0402\nValue date:   02/12/2026\n\nThis is an automated message. Please do not reply.",
        d(2026, 12, 2, 2, 51), L(invoice_numbers="CSL-26-0402", needs_human=True, currency="GBP",
                                   note="From the real notifier domain but our MX says spf/dkim/dmarc fail; a second, lower Authentication-Results from a foreign host claims pass"),
        kind="other", auth="spf=fail smtp.mailfrom=alerts.harlowtweed.co.uk; dkim=none; dmarc=fail (p=reject) header.from=alerts.harlowtweed.co.uk")
    m.extra.append(("X-Original-Authentication-Results", "mx.harlowtweed.co.uk; spf=pass; dkim=pass; dmarc=pass"))
    m.extra.insert(0, ("Authentication-Results", "relay.bulkmailer-ru.example; dkim=pass header.d=harlowtweed.co.uk; dmarc=pass"))
    M.append(m)
    M.append(Msg("30_other_newsletter", "other", "en", "StageTech Weekly <news@stagetechweekly.co.uk>", BOT,
        "This week: LOLER deadlines, invoice fraud in the events trade, and ABTT show dates", d(2026, 11, 27, 6, 0),
        ALT("STAGETECH WEEKLY\n\n1. LOLER inspections: what changes in 2027\n2. Invoice fraud is rising in the events trade: how to spot a fake payment notice\n"
            "3. ABTT Theatre Show 2027 dates announced\n\nUnsubscribe: https://stagetechweekly.co.uk/u/ab12",
            "<html><body><h1>StageTech Weekly</h1><ol><li>LOLER inspections</li><li>Invoice fraud is rising</li><li>ABTT dates</li></ol></body></html>"),
        extra=[("List-Unsubscribe", "<https://stagetechweekly.co.uk/u/ab12>"), ("List-Id", "StageTech Weekly <weekly.stagetechweekly.co.uk>"),
               ("Precedence", "bulk")], label=L(needs_human=False, note="newsletter mentioning invoices/payments")))
    M.append(staff_mail(D, "31_other_internal_chatter", 1, addr("Imogen Thrale", D["staff"][0][1]),
        "Ironbridge - hold off on 0406", "Imogen,\n\nGareth at Ironbridge rang. Night crew overtime sheets still missing so the 0406 figure will change - "
        "I'll raise the final next week. Probably best nobody chases them on the provisional one meanwhile.\n\nRob\n",
        d(2026, 11, 27, 15, 10), L(invoice_numbers="CSL-26-0406", needs_human=True,
                                     note="internal staff chatter with bot in Cc; not an invoice copy and not a formal command"),
        cc=addr("Corvane Receivables", BOT)))
    # ---------------- client replies ----------------
    oc = orig(D, "c311", 8, "CSL-26-0311", d(2026, 11, 20, 9, 0))
    M.append(reply(D, "32_reply_moonrise_promise_fri_next_week", 8,
        "Hi,\n\nApologies for the delay on CSL-26-0311 - our payment run slipped. It's approved now and will go out on Friday next week.\n\nThanks,\nAisha\n\n"
        "On Fri, 20 Nov 2026 at 09:00, Corvane Receivables <receivables@corvane-group.com> wrote:\n> Good morning, we hope business is going well.\n> "
        "Invoice CSL-26-0311 (GBP 2,240.00) was due on 13 November 2026.\n> Please ignore this if you have already paid.\n",
        d(2026, 11, 23, 10, 4), L(intent="promise", invoice_numbers="CSL-26-0311", promised_date="2026-12-04",
                                    note="'Friday next week' written on Monday 23 Nov = 4 Dec"), o=oc, mailer="Gmail"))
    oc = orig(D, "c318", 9, "CSL-26-0318", d(2026, 11, 25, 9, 0))
    M.append(reply(D, "33_reply_pemberton_paid", 9,
        "Dear Sir/Madam\n\nThis was paid by BACS yesterday (25th) - £1,120.00, reference CSL-26-0318. Remittance attached.\n\nWith best wishes\n\nJulia Marsh\nFinance Officer",
        d(2026, 11, 26, 8, 30), L(intent="paid", invoice_numbers="CSL-26-0318", amount="1120.00", currency="GBP", payment_date="2026-11-25",
                                    note="client claims payment; needs staff/bank confirmation, not a payment confirmation"), o=oc, charset="iso-8859-15"))
    oc = orig(D, "c322", 1, "CSL-26-0322", d(2026, 11, 19, 9, 0))
    M.append(reply(D, "34_reply_bellhaven_dispute", 1,
        "We're not paying CSL-26-0322 as it stands. The chain hoist your engineer 'repaired' failed again two days later and we had to hire one in. "
        "Until someone comes back and fixes it properly the call-out charge is disputed.\n\nTom Okafor\nHead of Operations, Bellhaven Arena",
        d(2026, 11, 19, 17, 45), L(intent="dispute", invoice_numbers="CSL-26-0322", note="dispute in hostile tone"), o=oc))
    oc = orig(D, "c349", 5, "CSL-26-0349", d(2026, 11, 26, 9, 0))
    M.append(reply(D, "35_reply_ironbridge_stop", 5,
        "Please stop sending these automated emails to me. I have told Rob twice that all our invoices go through our parent company's AP team. "
        "Take me off your list.\n\nGareth\n\nSent from my iPhone",
        d(2026, 11, 26, 9, 41), L(intent="stop", invoice_numbers="CSL-26-0349", note="stop contacting request, mobile"), o=oc,
        mailer="iPhone Mail (20H115)"))
    oc = orig(D, "c327", 6, "CSL-26-0327", d(2026, 11, 16, 9, 0))
    M.append(reply(D, "36_reply_saltmarsh_plan", 6,
        "Dear Corvane team,\n\nThe festival's grant money doesn't land until the new year. Would you accept CSL-26-0327 (£6,000.00) in three monthly "
        "payments of £2,000, the first at the end of November and the other two in December and January? Happy to set up standing orders.\n\n"
        "Kind regards,\nEleanor Vance\nHon. Treasurer",
        d(2026, 11, 17, 20, 12), L(intent="plan", invoice_numbers="CSL-26-0327", amount="6000.00", currency="GBP", needs_human=True,
                                     note="plan request; staff must agree"), o=oc))
    oc = orig(D, "c361", 7, "CSL-26-0361", d(2026, 11, 30, 9, 0))
    M.append(reply(D, "37_reply_quayside_bankdetails", 7,
        "Hello,\n\nWe are setting you up on our new finance system. Could you please confirm your bank details on company letterhead "
        "before we can release payment of CSL-26-0361?\n\nThanks\nQuayside Accounts",
        d(2026, 11, 30, 11, 20), L(intent="question", invoice_numbers="CSL-26-0361", note="asks for bank details"), o=oc))
    oc = orig(D, "c404", 3, "CSL-26-0404", d(2026, 12, 2, 9, 0))
    M.append(reply(D, "38_reply_ravel_negated", 3,
        "Marcus here. Honestly I can't promise we'll have 0404 paid by the 12th. The promoter still owes us for the whole Nov leg "
        "and until that lands we're stuck. I'll let you know as soon as I have a date. Not ignoring you!\n\nM",
        d(2026, 12, 2, 23, 5), L(intent="other", invoice_numbers="CSL-26-0404", needs_human=True,
                                   note="negated promise, no date; late-payment notice"), o=oc))
    oc = orig(D, "c405", 4, "CSL-26-0405", d(2026, 11, 26, 9, 0))
    M.append(reply(D, "39_reply_kestrel_quoted_paytalk", 4,
        "Thanks, received - I've forwarded it to our finance lead for approval.\n\nPriya\n\n________________________________\nFrom: Corvane Receivables\n"
        "Sent: 26 November 2026 09:00\nSubject: %s\n\nGood morning, we hope all is well at the Playhouse.\n\nThis is a courtesy note: invoice CSL-26-0405 for GBP 2,850.00 "
        "falls due on 31 December 2026. If you have already paid, thank you and please ignore this message.\n" % oc["subject"],
        d(2026, 11, 26, 12, 2), L(intent="other", invoice_numbers="CSL-26-0405", note="payment words only in quoted bot text; acknowledgement"), o=oc,
        html="<html><body><div>Thanks, received - I've forwarded it to our finance lead for approval.</div><div>Priya</div><hr>"
             "<div><b>From:</b> Corvane Receivables<br><b>Subject:</b> %s</div><blockquote>Invoice CSL-26-0405 for GBP 2,850.00 falls due on 31 December 2026. "
             "If you have already paid, thank you and please ignore this message.</blockquote></body></html>" % oc["subject"], charset="windows-1252"))
    oc = orig(D, "c403", 2, "CSL-26-0403", d(2026, 12, 1, 9, 0))
    M.append(reply(D, "40_reply_northgate_soft_promise", 2,
        "Hi there,\n\nHopefully we can get this sorted by the end of the month - it needs the bursar's sign-off and she's away a lot in December, so no guarantees.\n\n"
        "Siân", d(2026, 12, 2, 14, 15), L(intent="promise", invoice_numbers="CSL-26-0403", promised_date="2026-12-31", needs_human=True,
                                              note="soft/hedged promise; end of month = 31 Dec (Thursday)"), o=oc))
    oc = orig(D, "c345b", 1, "CSL-26-0345", d(2026, 11, 20, 9, 0))
    M.append(reply(D, "41_reply_bellhaven_mixed", 1,
        "Two things:\n1) CSL-26-0334 - paid, should be with you already.\n2) CSL-26-0345 has our old PO on it (PO-8812). We can't book it without PO-9140. "
        "Please reissue and we'll pay the corrected one.\n\nTom",
        d(2026, 11, 20, 15, 30), L(intent="dispute", invoice_numbers="CSL-26-0334;CSL-26-0345", needs_human=True,
                                     note="mixed: paid claim for one invoice, reissue request/dispute for the other"), o=oc))
    oc = orig(D, "c352", 0, "CSL-26-0352", d(2026, 11, 12, 9, 0))
    M.append(reply(D, "42_reply_lyric_mobile_eom", 0,
        "Will be paid end of month, sorry for the wait\n\nSent from my iPhone\n\n> On 12 Nov 2026, at 09:00, Corvane Receivables <receivables@corvane-group.com> wrote:\n> \n"
        "> Invoice CSL-26-0352 is now 5 days past due.\n",
        d(2026, 11, 12, 21, 48), L(intent="promise", invoice_numbers="CSL-26-0352", promised_date="2026-11-30",
                                     note="end of month written 12 Nov => 30 Nov (Monday)"), o=oc, mailer="iPhone Mail (20H115)"))
    oc = orig(D, "c356", 8, "CSL-26-0356", d(2026, 12, 1, 9, 0))
    M.append(reply(D, "43_reply_moonrise_forwarded_approval", 8,
        "FYI - see below from our MD, this one is scheduled.\n\nAisha\n\n---------- Forwarded message ---------\nFrom: Lewis Grant <lewis.grant@moonrisestudios.tv>\n"
        "Date: Tue, 1 Dec 2026 at 16:20\nSubject: RE: Corvane CSL-26-0356\nTo: Aisha Karim <aisha.karim@moonrisestudios.tv>\n\n"
        "Approved. Put it in the 10 December payment run please, not before.\n\nL\n",
        d(2026, 12, 2, 8, 55), L(intent="promise", invoice_numbers="CSL-26-0356", promised_date="2026-12-10",
                                   note="promise carried by a forwarded internal approval"), o=oc,
        subj="Fwd: RE: Corvane CSL-26-0356"))
    oc = orig(D, "c361b", 7, "CSL-26-0361", d(2026, 12, 3, 9, 0))
    M.append(reply(D, "44_reply_quayside_withdrawn", 7,
        "Hi,\n\nFurther to my email on Monday where I said we'd pay CSL-26-0361 this week - please disregard that. Our auditors have frozen all supplier "
        "payments until the year-end review is finished, and I don't have a new date yet.\n\nRegards\nQuayside Accounts",
        d(2026, 12, 4, 10, 10), L(intent="other", invoice_numbers="CSL-26-0361", needs_human=True,
                                    note="withdrawn promise; no new date"), o=oc))
    return M

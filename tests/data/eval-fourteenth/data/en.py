from mailkit import *

LANG = "en"
STAFF_DOMAIN = "saltmarsh-solar.co.uk"
S = lambda n: n + "@" + STAFF_DOMAIN
STAFF = [S("priya.nair"), S("tom.hargreaves"), S("gwen.probert"), S("accounts")]
BANK = "alerts@northgatebank.co.uk"; PSP = "receipts@tillpay.com"
NOTIFIERS = [BANK, PSP]
CLIENTS = {
 "harb": ("Harbourside Brewery Ltd", "ap@harboursidebrewery.co.uk"),
 "fen": ("Fenwick Cold Storage Ltd", "invoices@fenwickcold.co.uk"),
 "ald": ("St Aldhelm's Academy Trust", "finance@staldhelms.org.uk"),
 "kes": ("Kessel Agrar B.V.", "crediteuren@kesselagrar.nl"),
 "moor": ("Moorland Dairy Co-operative", "accounts.payable@moorlanddairy.coop"),
 "bri": ("Brightwater Marinas Ltd", "ap@brightwatermarinas.ie"),
 "quay": ("Quayline Logistics plc", "payables@quayline.co.uk"),
 "atl": ("Atlantic Canopy Inc.", "ap@atlanticcanopy.com"),
 "pen": ("Penhallow Holiday Parks", "accounts@penhallowparks.co.uk"),
 "cor": ("Hôtels Corbière SAS", "comptabilite@corbiere-hotels.fr"),
 "rid": ("Ridgeway Veterinary Group", "accounts@ridgewayvets.co.uk"),
 "ash": ("Ashcombe Parish Council", "clerk@ashcombe-pc.gov.uk"),
}
CONTACTS = [c[1] for c in CLIENTS.values()] + ["j.brady@fenwickcold.co.uk", "d.okafor@quayline.co.uk"]

def R_(key, cl, inv, amt, cur, due, sent, stage):
    return dict(key=key, client=cl, to=CLIENTS[cl][1], invoices=inv, amount=amt, currency=cur, due=due,
                sent=sent, stage=stage, id=botid(sent[:10], "en" + key))
REMINDERS = [
 R_("r1", "harb", ["SSL-24811"], "4380.00", "GBP", "2026-11-20", "2026-11-25 09:10 +0000", "past_due"),
 R_("r2", "fen", ["SSL-24790"], "18940.80", "GBP", "2026-11-16", "2026-11-23 09:40 +0000", "past_due"),
 R_("r3", "ald", ["SSL-24835"], "2214.00", "GBP", "2026-12-04", "2026-12-01 10:00 +0000", "pre_due"),
 R_("r4", "kes", ["EPC/26/031"], "36500.00", "EUR", "2026-11-30", "2026-12-07 08:30 +0000", "past_due"),
 R_("r5", "moor", ["SSL-24802", "SSL-24819"], "4608.00", "GBP", "2026-11-27", "2026-12-02 09:00 +0000", "past_due"),
 R_("r6", "bri", ["SSL-24850"], "9870.00", "EUR", "2026-12-18", "2026-11-21 10:20 +0000", "arrival_check"),
 R_("r7", "quay", ["SSL-24777"], "26400.00", "GBP", "2026-11-06", "2026-11-16 09:15 +0000", "when_pay"),
 R_("r8", "atl", ["EPC/26/029"], "54200.00", "USD", "2026-11-25", "2026-12-01 14:00 +0000", "past_due"),
 R_("r9", "pen", ["SSL-24861"], "7596.00", "GBP", "2026-12-11", "2026-12-08 09:30 +0000", "pre_due"),
 R_("r10", "cor", ["SSL-24844"], "12450.00", "EUR", "2026-11-28", "2026-12-07 09:05 +0000", "past_due"),
 R_("r11", "rid", ["SSL-24829"], "1962.00", "GBP", "2026-11-26", "2026-11-17 10:45 +0000", "arrival_check"),
 R_("r12", "harb", ["SSL-24798"], "640.00", "GBP", "2026-11-12", "2026-11-19 09:10 +0000", "past_due"),
 R_("r13", "ash", ["SSL-24808"], "2880.00", "GBP", "2026-11-19", "2026-11-26 10:00 +0000", "past_due"),
]
RM = {r["key"]: r for r in REMINDERS}
SYM = {"GBP": "£", "EUR": "€", "USD": "$"}

def subj(r):
    n = ", ".join(r["invoices"])
    return {"arrival_check": "Invoice %s – did it arrive safely?" % n, "pre_due": "Friendly reminder: invoice %s due soon" % n,
            "past_due": "Invoice %s is now past due" % n, "when_pay": "Invoice %s – when can we expect payment?" % n}[r["stage"]]

def rtext(r):
    name = CLIENTS[r["client"]][0]
    amt = SYM[r["currency"]] + "{:,.2f}".format(float(r["amount"]))
    return ("Dear %s team,\n\nI hope all is well with you and business is going nicely.\n\n"
            "This is a note about invoice %s for %s, due on %s. If you have already paid, please ignore this message.\n\n"
            "Bank: Northgate Bank, sort code 20-45-77, account 63018842, reference %s.\n\n"
            "If anything is unclear, just reply to this e-mail and we will be glad to help.\n\n"
            "Kind regards,\nAccounts team\nSaltmarsh Solar Ltd" % (name, " and ".join(r["invoices"]), amt, r["due"], r["invoices"][0]))

def gq(r, who="Saltmarsh Solar Accounts"):
    return "On %s, %s <%s> wrote:\n%s" % (date(r["sent"])[:-6], who, BOT, quote(rtext(r)))

def oq(r):
    return ("-----Original Message-----\nFrom: Saltmarsh Solar Accounts <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (BOT, date(r["sent"])[:-6], r["to"], subj(r), rtext(r)))

def A(dom, **k): return auth(dom, **k)
def cl(k): return addr(*CLIENTS[k])
def dom(a): return a.split("@")[1]

def reply(k, r, when, body, name, sender=None, re=True, extra=(), cc=None, sub=None):
    a = sender or CLIENTS[k][1]
    return msg(addr(name, a), "Saltmarsh Solar Accounts <%s>" % BOT, sub or ("RE: " if re else "Re: ") + subj(r), when, body,
               auth_=A(dom(a)), irt=r["id"], cc=cc, received="mail." + dom(a), headers=extra)

def build():
    out = []
    add = lambda slug, raw, lb: out.append((slug, raw, lb))
    # ---------------- invoice copies ----------------
    body = ("Hi Sam,\n\nAs promised, attached is the invoice for the canopy array at the Wharf Road taproom.\n"
            "Total £5,940.00 inc. VAT, payable within 30 days.\n\nThanks again for choosing us,\nTom\n\n"
            "Tom Hargreaves | Project Manager\nSaltmarsh Solar Ltd | 01752 480 221")
    p = pdf(["Saltmarsh Solar Ltd - TAX INVOICE", "Invoice date: 02/12/2026", "Customer: Harbourside Brewery Ltd",
             "8.4 kWp canopy array, Wharf Road", "Net 4,950.00  VAT 20% 990.00", "TOTAL GBP 5,940.00", "Terms: 30 days"])
    add("harbourside_subject_only", msg(addr("Tom Hargreaves", S("tom.hargreaves")), cl("harb"), "Invoice SSL-24871 – Wharf Road canopy",
        "2026-12-02 16:42 +0000", M("mixed", [T(body), B("application/pdf", p, "SSL-24871.pdf")]), cc=BOT,
        auth_=A(STAFF_DOMAIN), received="smtp." + STAFF_DOMAIN),
        lab("invoice_copy", "en", False, inv="SSL-24871", amount="5940.00", cur="GBP", issue_date="2026-12-02",
            due_date="2027-01-01", payment_terms_days=30, note="number only in subject and PDF file name"))

    p = pdf(["SALTMARSH SOLAR LTD", "Invoice No: SSL-24880", "Invoice date: 3 December 2026", "Bill to: Fenwick Cold Storage Ltd",
             "Roof-mounted PV 62 kWp - phase 2 cabling", "Subtotal (net)            11,200.00", "VAT @ 20%                  2,240.00",
             "Invoice total GBP         13,440.00", "Payment terms: 14 days from invoice date", "Previous balance SSL-24790 18,940.80 (not included)"])
    add("fenwick_pdf_only", msg(addr("Accounts | Saltmarsh Solar", S("accounts")), cl("fen"), "Invoice from Saltmarsh Solar Ltd",
        "2026-12-03 11:05 +0000", M("mixed", [T("Please find our invoice attached.\n\nSaltmarsh Solar Ltd – Accounts\n"), B("application/pdf", p, "Invoice.pdf")]),
        cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "en", False, inv="SSL-24880", amount="13440.00", cur="GBP", issue_date="2026-12-03", due_date="2026-12-17",
            payment_terms_days=14, note="figures only in PDF; older balance shown but excluded"))

    body = ("Dear Mrs Trevithick,\n\nPlease find below our stage 2 application for the Penhallow Sands car-park canopy (contract value £96,000.00 + VAT).\n\n"
            "Invoice: SSL-24866\nDate: 18 November 2026\nStage 2 (40% of contract): £38,400.00\nVAT 20%: £7,680.00\nAmount due this invoice: £46,080.00\n\n"
            "Payment is due within 21 days of the date of this invoice.\n\nWith best wishes,\nGwen Probert\nCommercial Manager, Saltmarsh Solar Ltd")
    add("penhallow_bcc_stage", msg(addr("Gwen Probert", S("gwen.probert")), cl("pen"), "Penhallow Sands canopy – stage 2 invoice",
        "2026-11-18 15:20 +0000", T(body), auth_=A(STAFF_DOMAIN), headers=[("Delivered-To", BOT), ("X-Original-To", BOT)]),
        lab("invoice_copy", "en", False, inv="SSL-24866", amount="46080.00", cur="GBP", issue_date="2026-11-18", due_date="2026-12-09",
            payment_terms_days=21, note="Bcc-only copy; contract value vs stage amount"))

    html = ("<html><body><p>Dear Mr Kessel,</p><p>Please find our invoice <b>SSL-24885</b> for the "
            "commissioning visit at your barn roof in Emmeloord attached as a Peppol UBL file.</p>"
            "<table><tr><td>Net</td><td>€&nbsp;8.610,00</td></tr><tr><td>VAT</td><td>reverse charge – Article 196 Directive 2006/112/EC</td></tr>"
            "<tr><td><b>Total payable</b></td><td><b>€&nbsp;8.610,00</b></td></tr></table>"
            "<p>Invoice date 4 December 2026. Payment by the end of the month following the invoice month.</p><p>Met vriendelijke groet / kind regards,<br>Priya Nair – Saltmarsh Solar Ltd</p></body></html>")
    ubl = ('<?xml version="1.0" encoding="UTF-8"?>\n<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" '
           'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2">\n'
           '<cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>\n'
           '<cbc:ID>SSL-24885</cbc:ID>\n<cbc:IssueDate>2026-12-04</cbc:IssueDate>\n<cbc:DueDate>2027-01-31</cbc:DueDate>\n<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n'
           '<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>\n<cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Kessel Agrar B.V.</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>\n'
           '<cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR">8610.00</cbc:LineExtensionAmount><cbc:TaxExclusiveAmount currencyID="EUR">8610.00</cbc:TaxExclusiveAmount>'
           '<cbc:TaxInclusiveAmount currencyID="EUR">8610.00</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID="EUR">8610.00</cbc:PayableAmount></cac:LegalMonetaryTotal>\n</Invoice>\n')
    add("kessel_html1252_ubl", msg(addr("Priya Nair", S("priya.nair")), cl("kes"), "Factuur / Invoice SSL-24885", "2026-12-04 10:12 +0000",
        M("mixed", [T(html, "html", "windows-1252", "quoted-printable"), B("application/xml", ubl, "SSL-24885_peppol.xml")]), cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "en", False, inv="SSL-24885", amount="8610.00", cur="EUR", issue_date="2026-12-04", due_date="2027-01-31",
            note="HTML-only cp1252 + Peppol UBL; EUR invoice on GBP desk; Dutch sign-off, text English"))

    body = ("Hi Marcus,\n\nMilestone 3 (inverter station energised) for the Lowell distribution-centre rooftop is attached.\n\n"
            "  Contract value ........................ USD 212,000.00\n  Milestone 3 (30%) ...................... USD 63,600.00\n"
            "  Less: 10% down payment applied ........ USD -21,200.00\n  ----------------------------------------------\n"
            "  Amount due ............................ USD 42,400.00\n  (approx. GBP 33,480 for information only)\n\n"
            "Invoice EPC/26/034 dated 24 November 2026, terms Net 45.\n\nBest,\nGwen")
    add("atlantic_usd_downpayment", msg(addr("Gwen Probert", S("gwen.probert")), cl("atl"), "EPC/26/034 – Milestone 3 Lowell DC", "2026-11-24 17:55 +0000",
        T(body), cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "en", False, inv="EPC/26/034", amount="42400.00", cur="USD", issue_date="2026-11-24", due_date="2027-01-08",
            payment_terms_days=45, note="contract vs milestone vs down payment netted; GBP conversion for info"))

    body = ("Hello Quayline payables,\n\nTwo invoices attached for the Avonmouth depot:\n\n"
            "SSL-24890 - annual O&M visit, 180 kWp - £2,400.00 inc VAT\nSSL-24891 - replacement of string fuse and cleaning - £1,116.00 inc VAT\n\n"
            "Both dated 7 December 2026, payable within 30 days.\n\nRegards,\nPriya Nair\nSaltmarsh Solar Ltd")
    add("quayline_two_invoices", msg(addr("Priya Nair", S("priya.nair")), cl("quay"), "Invoices SSL-24890 & SSL-24891", "2026-12-07 12:30 +0000",
        M("mixed", [T(body), B("application/pdf", pdf(["Invoice SSL-24890", "Total GBP 2,400.00"]), "SSL-24890.pdf"),
                    B("application/pdf", pdf(["Invoice SSL-24891", "Total GBP 1,116.00"]), "SSL-24891.pdf")]), cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "en", True, inv="SSL-24890;SSL-24891", amount="3516.00", cur="GBP", issue_date="2026-12-07",
            due_date="2027-01-06", payment_terms_days=30, note="two invoices in one mail"))

    body = ("Dear Ridgeway accounts,\n\nAs agreed on the phone, please find credit note CN-0117 for £324.00 (incl. VAT) against invoice SSL-24829 "
            "for the monitoring subscription you cancelled.\n\nPlease deduct it when you settle.\n\nThanks,\nAccounts team – Saltmarsh Solar")
    add("ridgeway_credit_note", msg(addr("Saltmarsh Solar Accounts", S("accounts")), cl("rid"), "Credit note CN-0117", "2026-11-30 14:02 +0000",
        M("mixed", [T(body), B("application/pdf", pdf(["CREDIT NOTE CN-0117", "Date: 30/11/2026", "Relates to invoice SSL-24829", "Credit total GBP 324.00"]), "CN-0117.pdf")]),
        cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "en", True, inv="CN-0117", cur="GBP", issue_date="2026-11-30",
            note="credit note on its own: no amount to transfer; a person nets it against SSL-24829"))

    body = ("Dear Mrs Le Goff,\n\nPlease discard invoice SSL-24844 — it wrongly charged UK VAT. The corrected invoice SSL-24844-R1 is attached.\n\n"
            "Amount payable: EUR 12,150.00\nInvoice date: 09/12/2026\nDue date: 28/12/2026\n\nApologies for the confusion.\nPriya")
    add("corbiere_corrected", msg(addr("Priya Nair", S("priya.nair")), cl("cor"), "Corrected invoice SSL-24844-R1 (replaces SSL-24844)", "2026-12-09 09:48 +0000",
        M("mixed", [T(body), B("application/pdf", pdf(["FACTURE / INVOICE SSL-24844-R1", "Replaces SSL-24844", "Total EUR 12,150.00", "Due 28/12/2026"]), "SSL-24844-R1.pdf")]),
        cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "en", True, inv="SSL-24844-R1", amount="12150.00", cur="EUR", issue_date="2026-12-09", due_date="2026-12-28",
            note="corrected invoice voids SSL-24844: person cancels the old one"))

    # ---------------- read receipts ----------------
    r = RM["r11"]
    add("ridgeway_mdn", msg(cl("rid"), BOT, "Read: " + subj(r), "2026-11-17 13:02 +0000",
        mdn("This is a receipt for the mail you sent to accounts@ridgewayvets.co.uk.\n\nNote: it only means the message was displayed on the recipient's computer.",
            "mail.ridgewayvets.co.uk; Thunderbird 128.4.0", r["to"], r["id"], "manual-action/MDN-sent-manually; displayed",
            orig_hdrs=rem_headers(r, subj(r))), auth_=A("ridgewayvets.co.uk")),
        lab("read_receipt", "en", False, inv="SSL-24829", original_message_id=r["id"]))
    r = RM["r6"]
    add("brightwater_outlook_read", msg(addr("Aoife Duggan", r["to"]), BOT, "Read: " + subj(r), "2026-11-23 08:14 +0000",
        mdn("Your message\n\n  To: ap@brightwatermarinas.ie\n  Subject: %s\n  Sent: 21 November 2026 10:20:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n\nwas read on 23 November 2026 08:14:09 (UTC+00:00) Dublin, Edinburgh, Lisbon, London." % subj(r),
            "Microsoft Outlook 16.0", r["to"], r["id"], "automatic-action/MDN-sent-automatically; displayed"),
        auth_=A("brightwatermarinas.ie"), headers=[("X-MS-Exchange-Organization-SCL", "-1")]),
        lab("read_receipt", "en", False, inv="SSL-24850", original_message_id=r["id"]))
    r = RM["r8"]
    add("atlantic_deleted_unread", msg(cl("atl"), BOT, "Not read: " + subj(r), "2026-12-02 11:30 -0500",
        mdn("Your message to ap@atlanticcanopy.com was deleted without being read on Wednesday, December 2, 2026 11:30 AM (UTC-05:00) Eastern Time (US & Canada).",
            "Microsoft Outlook 16.0", r["to"], r["id"], "manual-action/MDN-sent-manually; deleted"), auth_=A("atlanticcanopy.com")),
        lab("read_receipt", "en", True, inv="EPC/26/029", original_message_id=r["id"], note="deleted without being read"))

    # ---------------- bounces ----------------
    r = RM["r2"]
    human = ("This is the mail system at host mx1.saltmarsh-solar.com.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
             "                   The mail system\n\n<j.brady@fenwickcold.co.uk>: host mail.fenwickcold.co.uk[198.51.100.23] said: 550\n"
             "    5.1.1 <j.brady@fenwickcold.co.uk>: Recipient address rejected: User unknown\n    in virtual mailbox table (in reply to RCPT TO command)\n")
    hdr = rem_headers(r, subj(r)).replace("To: " + r["to"], "To: " + r["to"] + "\nCc: j.brady@fenwickcold.co.uk")
    add("fenwick_postfix_cc_unknown", msg("MAILER-DAEMON@mx1.saltmarsh-solar.com (Mail Delivery System)", BOT, "Undelivered Mail Returned to Sender",
        "2026-11-23 09:40 +0000", dsn(human, "mx1.saltmarsh-solar.com", [dict(rcpt="j.brady@fenwickcold.co.uk", action="failed", status="5.1.1",
        remote="mail.fenwickcold.co.uk", diag="550 5.1.1 <j.brady@fenwickcold.co.uk>: Recipient address rejected: User unknown in virtual mailbox table")],
        hdr, "2026-11-23 09:40 +0000"), auth_=A("saltmarsh-solar.com", mailfrom="<>"), headers=[("Auto-Submitted", "auto-replied")]),
        lab("bounce", "en", False, inv="SSL-24790", failed_recipients="j.brady@fenwickcold.co.uk", bounce_permanent=True,
            original_message_id=r["id"], bounce_reason="user_unknown", note="one of two recipients failed; To delivered"))
    r = RM["r10"]
    human = ("Delivery is delayed to these recipients or groups:\n\ncomptabilite@corbiere-hotels.fr\n\nSubject: %s\n\n"
             "This message hasn't been delivered yet. Delivery will continue to be attempted.\n\nThe server will keep trying to deliver this message for the next 1 days, 19 hours and 54 minutes. You'll be notified if the message can't be delivered by that time.\n\n"
             "Diagnostic information for administrators:\nServer at corbiere-hotels.fr returned '400 4.4.7 Message delayed'\n" % subj(r))
    add("corbiere_exchange_delay", msg("postmaster@saltmarsh-solar.com", BOT, "Delivery delayed:" + subj(r), "2026-12-07 13:11 +0000",
        dsn(human, "AM9PR07MB7201.eurprd07.prod.outlook.com", [dict(rcpt=r["to"], action="delayed", status="4.4.7",
        remote="mx.corbiere-hotels.fr", diag="421 4.4.7 Connection timed out", until="2026-12-09 09:05 +0000")], rem_headers(r, subj(r)), "2026-12-07 09:05 +0000"),
        auth_=A("saltmarsh-solar.com", mailfrom="<>"), headers=[("X-MS-Exchange-Message-Is-Ndr", "")]),
        lab("bounce", "en", False, inv="SSL-24844", failed_recipients=r["to"], bounce_permanent=False, original_message_id=r["id"],
            bounce_reason="other", note="delay warning"))
    r = RM["r9"]
    human = ("** Address not found **\n\nYour message wasn't delivered to accounts@penhallowparks.co.uk because the mailbox is full and couldn't accept new messages.\n\n"
             "The response from the remote server was:\n552 5.2.2 The email account that you tried to reach is over quota and inactive. https://support.google.com/mail/?p=OverQuotaPerm\n")
    add("penhallow_gmail_overquota", msg("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", BOT, "Delivery Status Notification (Failure)", "2026-12-08 09:31 +0000",
        dsn(human, "mx.google.com", [dict(rcpt=r["to"], action="failed", status="5.2.2", remote="aspmx.l.google.com",
        diag="552-5.2.2 The email account that you tried to reach is over quota and inactive.")], rem_headers(r, subj(r)), "2026-12-08 09:30 +0000", rfc822=True,
        orig_body=rtext(r)), auth_=A("googlemail.com", mailfrom="<>")),
        lab("bounce", "en", False, inv="SSL-24861", failed_recipients=r["to"], bounce_permanent=True, original_message_id=r["id"], bounce_reason="mailbox_full"))
    r = RM["r7"]
    human = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\n"
             "recipients. This is a permanent error. The following address(es) failed:\n\n  payables@quayline.co.uk\n    host mx.quayline.co.uk [192.0.2.61]\n"
             "    SMTP error from remote mail server after RCPT TO:<payables@quayline.co.uk>:\n    550 5.7.1 Service unavailable; client host [203.0.113.9] blocked using zen.spamhaus.org\n")
    add("quayline_exim_blocklist", msg("Mail Delivery System <Mailer-Daemon@mx1.saltmarsh-solar.com>", BOT, "Mail delivery failed: returning message to sender",
        "2026-11-16 09:16 +0000", dsn(human, "mx1.saltmarsh-solar.com", [dict(rcpt=r["to"], action="failed", status="5.7.1", remote="mx.quayline.co.uk",
        diag="550 5.7.1 Service unavailable; client host [203.0.113.9] blocked using zen.spamhaus.org")], rem_headers(r, subj(r)), "2026-11-16 09:15 +0000"),
        auth_=A("saltmarsh-solar.com", mailfrom="<>"), headers=[("X-Failed-Recipients", r["to"])]),
        lab("bounce", "en", False, inv="SSL-24777", failed_recipients=r["to"], bounce_permanent=True, original_message_id=r["id"], bounce_reason="policy"))
    r = RM["r12"]
    body = ("Hi. This is the qmail-send program at mail.harboursidebrewery.co.uk.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n<ap@harboursidebrewery.co.uk>:\nConnected to 192.0.2.88 but the message was rejected after DATA.\n"
            "Remote host said: 550 user unknown\nGiving up on 192.0.2.88.\n\n--- Below this line is a copy of the message.\n\n" + rem_headers(r, subj(r)) + "\n" + rtext(r) + "\n")
    add("harbourside_qmail_after_data", msg("MAILER-DAEMON@mail.harboursidebrewery.co.uk", BOT, "failure notice", "2026-11-19 09:12 +0000", T(body, cs="utf-8"),
        auth_=A("mail.harboursidebrewery.co.uk", dkim="none", mailfrom="<>")),
        lab("bounce", "en", True, inv="SSL-24798", failed_recipients=r["to"], bounce_permanent=True, original_message_id=r["id"], bounce_reason="user_unknown",
            note="qmail, bare 'user unknown' after DATA"))

    # ---------------- auto replies ----------------
    r = RM["r5"]
    add("moorland_ooo", msg(addr("Helen Ashworth", r["to"]), BOT, "Automatic reply: " + subj(r), "2026-12-02 09:01 +0000",
        T("Thank you for your email. I am out of the office until Monday 14 December with limited access to email.\n\nFor urgent payment queries please call the dairy office on 01647 440 310.\n\nHelen Ashworth\nFinance Officer"),
        auth_=A("moorlanddairy.coop"), irt=r["id"], headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
        lab("auto_reply", "en", False, inv="SSL-24802;SSL-24819", return_date="2026-12-14", original_message_id=r["id"]))
    r = RM["r4"]
    add("kessel_dutch_afwezig", msg(addr("Kessel Agrar crediteuren", r["to"]), BOT, "Afwezig: " + subj(r), "2026-12-07 08:31 +0100",
        T("Goedendag,\n\nIk ben afwezig tot en met vrijdag 11 december. Uw e-mail wordt niet doorgestuurd.\nVoor dringende zaken kunt u contact opnemen met Marloes via 0527-612 400.\n\nMet vriendelijke groet,\nJeroen Kessel"),
        auth_=A("kesselagrar.nl"), headers=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")]),
        lab("auto_reply", "nl", False, inv="EPC/26/031", return_date="2026-12-14", note="no Auto-Submitted, no In-Reply-To"))
    r = RM["r10"]
    add("corbiere_french_absence", msg(addr("Sandrine Le Goff", r["to"]), BOT, "Réponse automatique : " + subj(r), "2026-12-07 10:05 +0100",
        T("Bonjour,\n\nJe suis absente du 7 au 18 décembre inclus et n'aurai pas accès à ma messagerie.\nPour toute question urgente, merci de contacter direction@corbiere-hotels.fr.\n\nCordialement,\nSandrine Le Goff\nService comptabilité - Hôtels Corbière", cs="iso-8859-1"),
        auth_=A("corbiere-hotels.fr"), irt=r["id"], headers=[("Auto-Submitted", "auto-replied")]),
        lab("auto_reply", "fr", False, inv="SSL-24844", return_date="2026-12-21", original_message_id=r["id"], note="18 Dec inclusive is a Friday"))
    r = RM["r7"]
    add("quayline_left_company", msg(addr("Daniel Okafor", "d.okafor@quayline.co.uk"), BOT, "Automatic reply: " + subj(r), "2026-11-16 09:16 +0000",
        T("Daniel Okafor no longer works for Quayline Logistics. This mailbox is not monitored.\n\nFor supplier payments please write to payables@quayline.co.uk; for anything else please contact reception@quayline.co.uk."),
        auth_=A("quayline.co.uk"), irt=r["id"], headers=[("Auto-Submitted", "auto-replied")]),
        lab("auto_reply", "en", True, inv="SSL-24777", original_message_id=r["id"], note="left-company notice (Cc'd former contact)"))
    r = RM["r3"]
    add("staldhelms_term_closure", msg(addr("Finance Office", r["to"]), BOT, "Re: " + subj(r), "2026-12-01 10:01 +0000",
        T("Thank you for contacting St Aldhelm's Academy Trust.\n\nThe finance office is now closed for the Christmas break and reopens on\nMonday 4th January 2027. Invoices received during the closure will be processed in date order on our return.\n\nThis is an automated response – please do not reply."),
        auth_=A("staldhelms.org.uk"), irt=r["id"], headers=[("X-Autorespond", "true")]),
        lab("auto_reply", "en", False, inv="SSL-24835", return_date="2027-01-04", original_message_id=r["id"], note="subject 'Re:' but automated"))

    # ---------------- challenge ----------------
    r = RM["r9"]
    add("penhallow_boxbe", msg("Penhallow Holiday Parks via Boxbe <notify@boxbe.com>", BOT, "Request to join accounts@penhallowparks.co.uk's Guest List \"%s\"" % subj(r),
        "2026-12-08 09:31 +0000", M("alternative", [T("Hello Saltmarsh Solar Accounts,\n\nYour message \"%s\" to accounts@penhallowparks.co.uk is waiting for your approval.\n\n"
        "To get on the Guest List, please click below and complete the simple request form:\nhttps://www.boxbe.com/anno?tc=80327514_211083117\n\nThe request will expire in 30 days.\n\nThis is a one-time request. Boxbe" % subj(r)),
        T("<p>Your message <b>%s</b> is waiting for approval. <a href='https://www.boxbe.com/anno?tc=80327514_211083117'>Request a spot on the Guest List</a></p>" % subj(r), "html")]),
        auth_=A("boxbe.com"), headers=[("Auto-Submitted", "auto-replied"), ("X-Boxbe-Challenge", "1")]),
        lab("challenge", "en", True, inv="SSL-24861", note="Boxbe guest-list challenge"))

    # ---------------- payments ----------------
    add("quayline_faster_payment", msg("Northgate Bank <alerts@northgatebank.co.uk>", BOT, "You've received a payment of £26,400.00", "2026-12-10 11:02 +0000",
        T("Northgate Business\n\nPayment received\n\nAmount:      £26,400.00\nFrom:        QUAYLINE LOGISTICS PLC\nReference:   SSL-24777\nPayment type: Faster Payment\nCredited on: 10 December 2026\nTo account:  SALTMARSH SOLAR LTD ****8842\n\nYou don't need to do anything. Log in to Northgate Business Online to see your full statement.\n"),
        auth_=A("northgatebank.co.uk")),
        lab("payment_confirmation", "en", False, inv="SSL-24777", amount="26400.00", cur="GBP", payment_date="2026-12-10", payment_full=True))
    add("ridgeway_card_phone", msg("TillPay <receipts@tillpay.com>", BOT, "Payment received – Ridgeway Veterinary Group – £1,962.00", "2026-12-02 15:40 +0000",
        M("alternative", [T("Virtual terminal payment\n\nMerchant: Saltmarsh Solar Ltd\nCustomer: Ridgeway Veterinary Group\nDescription: Invoice SSL-24829 (card taken by phone, T. Hargreaves)\nDate paid: 2 Dec 2026\n\nAmount paid      £1,962.00\nTillPay fee        -£33.35\nNet to payout    £1,928.65\nExpected payout: 4 Dec 2026\n\nCard: Visa ending 4417\n"),
        T("<p>Virtual terminal payment</p><p>Invoice SSL-24829 &ndash; Amount paid <b>&pound;1,962.00</b>; fee &pound;33.35; payout &pound;1,928.65 on 4 Dec 2026</p>", "html")]),
        auth_=A("tillpay.com")),
        lab("payment_confirmation", "en", False, inv="SSL-24829", amount="1962.00", cur="GBP", payment_date="2026-12-02", payment_full=True,
            note="card over the phone; the separate credit note CN-0117 is not applied in this payment; payout after fee ignored"))
    mt = ("{1:F01NGBKGB2LAXXX0000000000}{2:O1031530261209CHASUS33XXXX}{4:\n:20:ATL2612090042\n:23B:CRED\n:32A:261209USD30000,00\n:33B:USD30000,00\n"
          ":50K:/000123456789\nATLANTIC CANOPY INC\n200 CLARENDON ST BOSTON MA\n:59:/GB33NGBK20457763018842\nSALTMARSH SOLAR LTD\n:70:EPC/26/029 PART PAYMENT\n:71A:SHA\n-}")
    add("atlantic_mt103_partial", msg("Northgate Bank Trade Services <alerts@northgatebank.co.uk>", BOT, "Incoming SWIFT transfer USD 30,000.00", "2026-12-09 15:35 +0000",
        T("Dear customer,\n\nAn incoming international payment has been credited to your USD account, value date 09/12/2026.\n\nMT103 details:\n\n" + mt + "\n\nNorthgate Bank plc\n"),
        auth_=A("northgatebank.co.uk")),
        lab("payment_confirmation", "en", False, inv="EPC/26/029", amount="30000.00", cur="USD", payment_date="2026-12-09", payment_full=False, note="partial payment of 54,200.00"))
    add("harbourside_bacs_two", msg("Northgate Bank <alerts@northgatebank.co.uk>", BOT, "Payment received: £5,020.00 from HARBOURSIDE BREWERY", "2026-12-10 07:15 +0000",
        T("Payment received\n\nAmount:        £5,020.00\nFrom:          HARBOURSIDE BREWERY LTD\nReference:     SSL24811 4380.00 SSL24798 640.00\nType:          Bacs credit\nValue date:    10/12/2026\n"),
        auth_=A("northgatebank.co.uk")),
        lab("payment_confirmation", "en", False, inv="SSL-24811;SSL-24798", amount="5020.00", cur="GBP", payment_date="2026-12-10", payment_full=True,
            allocations="SSL-24811=4380.00;SSL-24798=640.00", note="invoice numbers without hyphen in bank reference"))
    add("fenwick_unreferenced", msg("Northgate Bank <alerts@northgatebank.co.uk>", BOT, "You've received a payment of £10,000.00", "2026-12-04 10:20 +0000",
        T("Northgate Business\n\nPayment received\n\nAmount:      £10,000.00\nFrom:        FENWICK COLD STOR\nReference:   PAYMENT NOV\nPayment type: Faster Payment\nCredited on: 4 December 2026\n"),
        auth_=A("northgatebank.co.uk")),
        lab("payment_confirmation", "en", True, amount="10000.00", cur="GBP", payment_date="2026-12-04", note="no invoice reference; Fenwick owes 18,940.80"))

    # ---------------- client replies ----------------
    r = RM["r2"]
    add("fenwick_promise_run", reply("fen", r, "2026-11-24 14:05 +0000",
        T("Hi,\n\nApologies, SSL-24790 was held up waiting for a PO match. It's now approved and will go out in our next payment run on 15 December.\n\nRegards\nJoanne Brady's replacement,\nMark Ellis | Accounts Payable | Fenwick Cold Storage\n\n" + oq(r)), "Mark Ellis"),
        lab("client_reply", "en", False, inv="SSL-24790", intent="promise", promised_date="2026-12-15"))
    r = RM["r7"]
    add("quayline_not_by_friday", reply("quay", r, "2026-11-26 16:40 +0000",
        T("Hello,\n\nFurther to my email last week, I'm afraid we will NOT be able to pay SSL-24777 by Friday as I said. Our funding line has been delayed and I can't give you a new date yet.\n\nSorry for the hassle.\nRuth Camber\nPayables, Quayline Logistics\n\n" + oq(r)), "Ruth Camber"),
        lab("client_reply", "en", True, inv="SSL-24777", intent="other", note="withdrawn promise, no new date"))
    r = RM["r9"]
    add("penhallow_panel_dispute", reply("pen", r, "2026-12-08 17:20 +0000",
        T("Dear Saltmarsh,\n\nWe cannot approve SSL-24861 as it stands. It charges for 48 panels on the shower block roof but your own handover sheet shows 44 were installed, and two of those have cracked glass.\n\nPlease send a corrected invoice and arrange a visit.\n\nKind regards,\nLouise Trevithick\nPenhallow Holiday Parks\n\n" + gq(r)), "Louise Trevithick", re=False, sender="louise.trevithick@penhallowparks.co.uk"),
        lab("client_reply", "en", True, inv="SSL-24861", intent="dispute", note="quantity and quality dispute"))
    r = RM["r3"]
    add("staldhelms_instalments", reply("ald", r, "2026-12-02 11:15 +0000",
        T("Good morning,\n\nThank you for the reminder. The Trust's capital budget for this term is fully committed, so we would be very grateful if we could settle invoice SSL-24835 in three monthly instalments of £738 from January.\n\nPlease let me know whether this is acceptable.\n\nYours sincerely,\nFrances Oduya\nChief Finance Officer, St Aldhelm's Academy Trust\n\n" + oq(r)), "Frances Oduya"),
        lab("client_reply", "en", True, inv="SSL-24835", intent="plan_request"))
    r = RM["r11"]
    add("ridgeway_stop_formal", reply("rid", r, "2026-11-18 09:02 +0000",
        T("Dear Sir or Madam,\n\nWe would be obliged if you would refrain from sending automated payment reminders to this address. Our group settles suppliers through the central procurement team, and all correspondence should be addressed to them in writing.\n\nWe trust you will update your records accordingly.\n\nYours faithfully,\nP. Lindqvist\nGroup Financial Controller\n\n" + oq(r)), "Per Lindqvist"),
        lab("client_reply", "en", True, inv="SSL-24829", intent="stop"))
    r = RM["r5"]
    add("moorland_paid_and_dispute", reply("moor", r, "2026-12-09 10:50 +0000",
        T("Hello,\n\nSSL-24802 (£3,120.00) was paid by BACS on 8 December.\n\nSSL-24819 we are not paying: the inverter you billed us for was swapped under the manufacturer's warranty, so there should be no charge for parts. Please cancel it or send a credit note.\n\nThanks,\nRob Pengelly\n\n" + gq(r)), "Rob Pengelly", re=False),
        lab("client_reply", "en", True, inv="SSL-24802;SSL-24819", amount="3120.00", cur="GBP", intent="dispute", note="mixed paid + dispute"))
    r1, r12 = RM["r1"], RM["r12"]
    add("harbourside_two_reminders", reply("harb", r1, "2026-11-26 12:30 +0000",
        T("Hi both reminders are on my desk :)\n\nSSL-24811 and the little one SSL-24798 will both go out with our Thursday payment run, 10 December.\n\nCheers,\nSam Whitlock\nHarbourside Brewery\n\n" + oq(r1) + "\n\n" + oq(r12)), "Sam Whitlock",
        extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
        lab("client_reply", "en", False, inv="SSL-24811;SSL-24798", intent="promise", promised_date="2026-12-10", note="answers two reminders at once"))
    r = RM["r5"]
    add("moorland_phone_typed", reply("moor", r, "2026-12-03 19:47 +0000",
        T("hi sorry missed this il get it sorted nxt week cheers rob\n\nSent from my iPhone\n\n" + gq(r)), "Rob Pengelly", re=False),
        lab("client_reply", "en", False, inv="SSL-24802;SSL-24819", intent="promise", promised_date="2026-12-11", note="phone typing; next week -> Fri 11 Dec"))
    r = RM["r8"]
    add("atlantic_cfo_relay", reply("atl", r, "2026-12-10 09:20 -0500",
        T("Hi there,\n\nYou should have received USD 30,000 yesterday. I spoke with our CFO this morning and she says the balance on EPC/26/029 will be wired by December 18.\n\nThanks for your patience,\nMarcus Reilly\nAP Supervisor, Atlantic Canopy Inc. (Boston, ET)\n\n" + oq(r)), "Marcus Reilly"),
        lab("client_reply", "en", False, inv="EPC/26/029", intent="promise", promised_date="2026-12-18", note="relayed promise; also mentions a payment already made (no amount label: prior partial, not a paid claim)"))
    r = RM["r2"]
    q = ("Mark Ellis wrote on 24 Nov 2026:\n> Apologies, SSL-24790 was held up waiting for a PO match. It's now approved and\n> will go out in our next payment run on 15 December.\n" + quote(gq(r)))
    add("fenwick_copy_request_quoted_promise", reply("fen", r, "2026-12-01 10:10 +0000",
        T("Hi again,\n\nCould you resend a copy of SSL-24790 please? Our auditors need the PDF and the one I have won't open.\n\nThanks\nMark\n\n" + q), "Mark Ellis", re=False),
        lab("client_reply", "en", True, inv="SSL-24790", intent="question", note="promise only in quoted thread"))
    r = RM["r6"]
    add("brightwater_bare_receipt", reply("bri", r, "2026-11-23 08:20 +0000",
        T(gq(r, "Saltmarsh Solar Accounts") + "\n\nReceived, thanks.\n\nAoife"), "Aoife Duggan", re=False),
        lab("client_reply", "en", False, inv="SSL-24850", intent="other", note="bottom-posted bare receipt under full quote"))
    r = RM["r13"]
    add("ashcombe_cheque", reply("ash", r, "2026-12-04 15:00 +0000",
        T("Dear Saltmarsh Solar,\n\nThe Council approved payment at its meeting on 1 December and I posted cheque no. 004512 for £2,880.00 (invoice SSL-24808) to your Plymouth office on 3 December.\n\nKind regards,\nMrs J. Hext\nClerk to Ashcombe Parish Council\n\n" + oq(r)), "Jill Hext"),
        lab("client_reply", "en", True, inv="SSL-24808", amount="2880.00", cur="GBP", intent="paid", note="paid by cheque, posted 3 Dec"))
    r = RM["r4"]
    add("kessel_internal_forward", msg(addr("Marloes de Vries", "m.devries@kesselagrar.nl"), addr("Jeroen Kessel", "j.kessel@kesselagrar.nl"),
        "FW: " + subj(r), "2026-12-07 11:02 +0100",
        T("Jeroen, can you approve this one when you're back? I think the commissioning report is still missing.\nMarloes\n\n" + oq(r)),
        cc=BOT, auth_=A("kesselagrar.nl")),
        lab("client_reply", "en", False, inv="EPC/26/031", intent="other", note="internal forward at the client, bot in Cc"))

    # ---------------- other ----------------
    add("sta_newsletter", msg("Solar Trade Association <news@solartradeassociation.org.uk>", BOT, "December briefing: Future Homes Standard and SEG rates",
        "2026-12-03 07:00 +0000", M("alternative", [T("December briefing\n\n- Future Homes Standard: what installers need to know\n- Smart Export Guarantee tariffs from 1 January\n\nUnsubscribe: https://solartradeassociation.org.uk/u/8812"),
        T("<h1>December briefing</h1><ul><li>Future Homes Standard</li><li>SEG tariffs</li></ul>", "html")]),
        auth_=A("solartradeassociation.org.uk"), headers=[("List-Unsubscribe", "<https://solartradeassociation.org.uk/u/8812>"), ("Precedence", "bulk")]),
        lab("other", "en", False, note="newsletter"))
    add("staff_chatter", msg(addr("Priya Nair", S("priya.nair")), addr("Tom Hargreaves", S("tom.hargreaves")), "Penhallow panel count?", "2026-12-09 08:40 +0000",
        T("Tom – Penhallow say 44 panels not 48 on SSL-24861. Was the shower block extension ever done? Copying the AR box so it's on file.\nP"),
        cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("other", "en", True, note="staff among themselves, bot in Cc"))
    add("staff_nudge_moorland", msg(addr("Tom Hargreaves", S("tom.hargreaves")), cl("moor"), "SSL-24802", "2026-12-08 12:15 +0000",
        T("Hi Rob,\n\nGood to see you at the co-op open day. Just a gentle one – SSL-24802 from October still shows open on our side. Could you have a look when you get a minute?\n\nCheers\nTom"),
        cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("other", "en", False, inv="SSL-24802", note="staff nudging client by hand"))
    add("forged_northgate", msg("Northgate Bank <alerts@northgatebank-secure.co.uk>", BOT, "You've received a payment of £46,080.00", "2026-12-09 22:14 +0000",
        T("Northgate Business\n\nPayment received\n\nAmount: £46,080.00\nFrom: PENHALLOW HOLIDAY PARKS\nReference: SSL-24866\n\nTo release the funds please confirm your online banking credentials: https://northgatebank-secure.co.uk/verify\n"),
        auth_=auth("northgatebank-secure.co.uk", spf="pass", dkim="none", dmarc="none")),
        lab("other", "en", True, note="look-alike bank domain; nothing read"))
    return out

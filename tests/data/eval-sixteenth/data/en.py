"""English desk (UK): GBP/EUR/USD, invoices HCC-UK-26-NNNN."""
from kinds import (BOT_ADDR, Desk, alt, dsn_part, invoice_pdf, label, mdn_parts, reply_body, reply_refs,
                   returned_headers, with_pdf)
from mailkit import BOT, attachment, dt, multipart, raw_part, text

BANK = ("Thames Mercantile Bank plc, account Harrowgate Cold Chain Ltd, sort code 40-11-62, "
        "account 71550938 (IBAN GB29 TMBK 4011 6271 5509 38, BIC TMBKGB2L)")


def rem_body(name, invs, cur, due, past):
    sym = {"GBP": "£", "EUR": "EUR ", "USD": "USD "}[cur]
    lines = "\n".join(f"  {no}   {sym}{amt}" for no, amt in invs)
    lead = (f"the invoice(s) below fell due on {due}. If you have already paid, please ignore this message."
            if past else f"the invoice(s) below will fall due on {due}.")
    return (f"Dear {name},\n\nHow are you? We hope business is going well.\n\nA friendly note from our accounts team: "
            f"{lead}\n\n{lines}\n\nPayment details: {BANK}. Please quote the invoice number as reference.\n\n"
            "If you would like to discuss payment, simply reply to this email.\n\nKind regards,\n"
            "Accounts Receivable\nHarrowgate Cold Chain Ltd\n")


def build():
    D = Desk("en", "harrowgate-cc.co.uk", 0, "Accounts Receivable")
    OLIVIA = ("Olivia Marsh", "olivia.marsh@harrowgate-cc.co.uk")
    DANIEL = ("Daniel Okafor", "daniel.okafor@harrowgate-cc.co.uk")
    PRIYA = ("Priya Nair", "priya.nair@harrowgate-cc.co.uk")
    D.staff = [OLIVIA[1], DANIEL[1], PRIYA[1]]
    TMB = ("Thames Mercantile Bank", "notices@thamesmercantile.co.uk")
    LP = ("LedgerPay", "payouts@ledgerpay.io")
    D.notifiers = [TMB[1], LP[1]]

    C = dict(
        pemberton=("Gareth Pemberton", "accounts@pembertonfoods.co.uk"),
        calloway=("Siobhan Byrne", "ap@callowaypharma.ie"),
        northgate_old=("John McLeod", "j.mcleod@northgateseafoods.co.uk"),
        northgate=("Northgate Finance", "finance@northgateseafoods.co.uk"),
        brightwell=("Accounts Payable", "payables@brightwellvax.com"),
        oakridge=("Ledger Team", "ledger@oakridgedairy.co.uk"),
        sundara=("Mei Ling Tan", "ar-ap@sundaraexports.sg"),
        kestrel=("Jane Whitfield", "purchase.ledger@kestrelbio.co.uk"),
        marlow=("Sam Finch", "sam@marlowfinch.co.uk"),
        halden=("Ingrid Halden", "faktura@haldendesserts.no"),
        greenhythe=("Rosie Greenhythe", "greenhythe.flowers@gmail.com"),
        vantage=("Accounts Payable", "ap@vantagect.co.uk"),
        ashby=("Ashby Meats Accounts", "accounts@ashbymeats.co.uk"),
        ashby_old=("Karen Ashby", "karen@ashbymeats.co.uk"),
        fenwick=("Paul Fenwick", "paul.fenwick@fenwickbakeries.co.uk"),
    )

    def R(key, day, who, invs, cur, due, past=True, subj=None):
        nos = ", ".join(i for i, _ in invs)
        s = subj or (f"Payment reminder: {nos}" if past else f"Upcoming due date: {nos}")
        return D.reminder(key, day, C[who], invs, cur, due, s, rem_body(C[who][0].split()[0], invs, cur, due, past))

    R("R1", "2026-11-10", "pemberton", [("HCC-UK-26-0311", "4,812.00")], "GBP", "2026-11-06")
    R("R2", "2026-11-12", "calloway", [("HCC-UK-26-0325", "12,460.00")], "EUR", "2026-11-15", past=False)
    R("R3", "2026-11-16", "northgate_old", [("HCC-UK-26-0298", "2,145.60")], "GBP", "2026-11-09")
    R("R4", "2026-11-18", "brightwell", [("HCC-UK-26-0330", "18,900.00")], "USD", "2026-11-30", past=False)
    R("R5", "2026-11-20", "oakridge", [("HCC-UK-26-0302", "1,380.00"), ("HCC-UK-26-0317", "2,260.80")], "GBP",
      "2026-11-19", subj="Statement of open invoices - Oakridge Dairy")
    R("R6", "2026-11-23", "sundara", [("HCC-UK-26-0341", "7,350.00")], "USD", "2026-11-20")
    R("R7", "2026-11-24", "kestrel", [("HCC-UK-26-0345", "9,984.00")], "GBP", "2026-11-27", past=False)
    R("R8", "2026-11-25", "marlow", [("HCC-UK-26-0322", "486.00")], "GBP", "2026-11-18")
    R("R9", "2026-11-26", "halden", [("HCC-UK-26-0336", "5,620.00")], "EUR", "2026-11-21")
    R("R10", "2026-11-27", "greenhythe", [("HCC-UK-26-0319", "312.50")], "GBP", "2026-11-16")
    R("R11", "2026-11-30", "vantage", [("HCC-UK-26-0350", "15,600.00")], "GBP", "2026-12-04", past=False)
    R("R12", "2026-12-01", "ashby", [("HCC-UK-26-0327", "3,318.00")], "GBP", "2026-11-24")
    R("R13", "2026-12-02", "pemberton", [("HCC-UK-26-0352", "2,040.00")], "GBP", "2026-12-05", past=False)
    R("R14", "2026-12-02", "brightwell", [("HCC-UK-26-0338", "1,240.00")], "USD", "2026-11-25")
    R("R15", "2026-11-27", "northgate", [("HCC-UK-26-0298", "1,145.60")], "GBP", "2026-11-09")
    R("R16", "2026-12-03", "fenwick", [("HCC-UK-26-0329", "2,730.00")], "GBP", "2026-11-26")
    R("R17", "2026-12-01", "ashby_old", [("HCC-UK-26-0327", "3,318.00")], "GBP", "2026-11-24")
    R("R18", "2026-11-27", "vantage", [("HCC-UK-26-0350", "15,600.00")], "GBP", "2026-12-04", past=False,
      subj="Invoice HCC-UK-26-0350 - did it arrive?")

    sig_o = "\n\nBest regards,\nOlivia Marsh\nBilling, Harrowgate Cold Chain Ltd\nUnit 4, Brunswick Way, Daventry NN11 8LT\n"

    # ------------------------------------------------------------------ invoice copies
    when = dt("2026-11-04", "11:12")
    body = ("Dear Gareth,\n\nPlease find attached invoice HCC-UK-26-0401 for chilled storage and handling in "
            "October 2026.\n\nInvoice date: 04/11/2026\nAmount due: £3,264.00 (incl. VAT)\n"
            "Payment terms: 30 days net, due 04/12/2026\n\nMany thanks for your business." + sig_o)
    pdfl = ["HARROWGATE COLD CHAIN LTD", "INVOICE HCC-UK-26-0401", "Invoice date: 04/11/2026",
            "Customer: Pemberton Fine Foods Ltd, Leeds LS11 5QR", "Chilled storage, 42 pallet-weeks   2,310.00",
            "Handling in/out                      410.00", "Subtotal                          2,720.00",
            "VAT 20%                             544.00", "TOTAL GBP                         3,264.00",
            "Terms: 30 days net. Due 04/12/2026", BANK[:60]]
    D.mail("invoice_pemberton", when, OLIVIA, [C["pemberton"]], "Invoice HCC-UK-26-0401 - Harrowgate Cold Chain",
           with_pdf(text(body), pdfl, "HCC-UK-26-0401.pdf", "en1"),
           label("invoice_copy", "en", invoice_numbers="HCC-UK-26-0401", amount="3264.00", currency="GBP",
                 issue_date="2026-11-04", due_date="2026-12-04", payment_terms_days=30),
           cc=[BOT_ADDR], mailer="Microsoft Outlook 16.0")

    when = dt("2026-11-05", "16:40")
    plain = ("Hello,\n\nAttached is invoice HCC-UK-26-0404 for temperature-controlled transport "
             "(2-8 C, GDP compliant), Felixstowe - Daventry, 12 loads.\n\nTotal: USD 22,750.00\nTerms: Net 45 days\n"
             "Due date: December 20, 2026\n\nRegards,\nDaniel Okafor\nHarrowgate Cold Chain Ltd\n")
    html = ("<html><body><p>Hello,</p><p>Attached is invoice <b>HCC-UK-26-0404</b> for temperature-controlled "
            "transport (2&ndash;8&nbsp;&deg;C, GDP compliant), Felixstowe &ndash; Daventry, 12 loads.</p>"
            "<table border=1 cellpadding=4><tr><td>Total</td><td>USD 22,750.00</td></tr>"
            "<tr><td>Terms</td><td>Net 45 days</td></tr><tr><td>Due date</td><td>December 20, 2026</td></tr>"
            "</table><p>Regards,<br>Daniel Okafor<br>Harrowgate Cold Chain Ltd</p></body></html>")
    pdfl = ["HARROWGATE COLD CHAIN LTD - COMMERCIAL INVOICE", "Invoice No. HCC-UK-26-0404   Date: 05 Nov 2026",
            "Bill to: Brightwell Vaccines Inc., 200 Seaport Blvd, Boston MA 02210, USA",
            "Reefer transport Felixstowe-Daventry x12 @ 1,895.83   22,750.00",
            "VAT: zero-rated (export of services)", "TOTAL USD 22,750.00", "Net 45 days - due 20 Dec 2026"]
    D.mail("invoice_brightwell_html_usd", when, DANIEL, [C["brightwell"]], "Invoice HCC-UK-26-0404",
           multipart("mixed", [alt(plain, html, "en2a"), invoice_pdf(pdfl, "HCC-UK-26-0404.pdf")], "en2"),
           label("invoice_copy", "en", invoice_numbers="HCC-UK-26-0404", amount="22750.00", currency="USD",
                 issue_date="2026-11-05", due_date="2026-12-20", payment_terms_days=45),
           cc=[BOT_ADDR])

    when = dt("2026-11-06", "09:05")
    body = ("Dear Siobhan,\n\nAs agreed in the framework contract for 2027 (annual contract value EUR 86,400.00), "
            "please find attached the down-payment invoice HCC-UK-26-0405.\n\n"
            "Down payment (25 %) due now: EUR 21,600.00\nPayment within 14 days, i.e. by 20 November 2026.\n\n"
            "The remaining EUR 64,800.00 will be invoiced quarterly from January 2027." + sig_o)
    pdfl = ["INVOICE HCC-UK-26-0405 (DOWN PAYMENT)", "Date 06/11/2026", "Calloway Pharma Distribution Ltd, Dublin 24",
            "Framework contract 2027, annual value EUR 86,400.00", "Down payment 25%            EUR 21,600.00",
            "VAT: outside scope, reverse charge", "AMOUNT DUE EUR 21,600.00", "Due 20/11/2026 (14 days)"]
    D.mail("invoice_calloway_down_payment", when, OLIVIA, [C["calloway"]],
           "Down payment invoice HCC-UK-26-0405 / contract 2027",
           with_pdf(text(body), pdfl, "HCC-UK-26-0405.pdf", "en3"),
           label("invoice_copy", "en", invoice_numbers="HCC-UK-26-0405", amount="21600.00", currency="EUR",
                 issue_date="2026-11-06", due_date="2026-11-20", payment_terms_days=14,
                 note="contract value 86,400 vs down payment 21,600; amount = down payment due now"),
           cc=[BOT_ADDR])

    when = dt("2026-11-09", "14:30")
    body = ("Hi Jane,\n\nInvoice HCC-UK-26-0407 attached for the ultra-low (-70 °C) storage of trial batch KB-77.\n\n"
            "Net:    £5,150.00\nVAT 20%: £1,030.00\nTotal:  £6,180.00\n\nDue within 30 days of the invoice date "
            "(09.11.2026).\n\nThanks,\nDaniel\n")
    D.mail("invoice_kestrel_net_gross_cp1252", when, DANIEL, [C["kestrel"]], "Invoice HCC-UK-26-0407 – KB-77 storage",
           with_pdf(text(body, charset="windows-1252", cte="quoted-printable"),
                    ["INVOICE HCC-UK-26-0407  09/11/2026", "Kestrel Biologics Ltd, Cambridge CB4 0WS",
                     "Ultra-low storage -70 °C, 8 weeks   Net £5,150.00", "VAT 20%  £1,030.00", "Total £6,180.00",
                     "Payment terms: 30 days"], "HCC-UK-26-0407.pdf", "en4"),
           label("invoice_copy", "en", invoice_numbers="HCC-UK-26-0407", amount="6180.00", currency="GBP",
                 issue_date="2026-11-09", due_date="2026-12-09", payment_terms_days=30,
                 note="net vs gross; windows-1252 body"),
           cc=[BOT_ADDR], charset="windows-1252")

    when = dt("2026-11-10", "10:20")
    body = ("Good morning,\n\nPlease find invoice HCC-UK-26-0409 attached (£4,200.00). As discussed, we have "
            "applied credit note CN-UK-26-0031 (£350.00) for the temperature excursion on 14 October, so the "
            "balance to pay is £3,850.00, due 10 December 2026.\n\nKind regards,\nPriya Nair\nCredit Control\n")
    pdfl = ["INVOICE HCC-UK-26-0409   10/11/2026", "Oakridge Dairy Co-operative Ltd", "Total invoice  £4,200.00",
            "Less credit note CN-UK-26-0031  -£350.00", "BALANCE DUE  £3,850.00", "Due 10/12/2026 - 30 days"]
    D.mail("invoice_oakridge_credit_note", when, PRIYA, [C["oakridge"]],
           "Invoice HCC-UK-26-0409 and credit note CN-UK-26-0031",
           with_pdf(text(body), pdfl, "HCC-UK-26-0409.pdf", "en5"),
           label("invoice_copy", "en", invoice_numbers="HCC-UK-26-0409", amount="3850.00", currency="GBP",
                 issue_date="2026-11-10", due_date="2026-12-10", payment_terms_days=30,
                 note="credit note CN-UK-26-0031 deducted; amount = balance"),
           cc=[BOT_ADDR])

    when = dt("2026-11-10", "15:55")
    body = ("Hi Ashby Meats team,\n\nTwo invoices for October attached:\n\n"
            "HCC-UK-26-0411  frozen storage       £1,122.00\nHCC-UK-26-0412  reefer deliveries    £2,486.40\n\n"
            "Both dated 10 November and payable within 30 days (by 10 December)." + sig_o)
    D.mail("invoice_ashby_two_invoices", when, OLIVIA, [C["ashby"]], "Invoices HCC-UK-26-0411 and HCC-UK-26-0412",
           multipart("mixed", [text(body),
                               invoice_pdf(["INVOICE HCC-UK-26-0411 10/11/2026", "Frozen storage -22 C",
                                            "Total GBP 1,122.00", "Due 10/12/2026"], "HCC-UK-26-0411.pdf"),
                               invoice_pdf(["INVOICE HCC-UK-26-0412 10/11/2026", "Reefer deliveries x9",
                                            "Total GBP 2,486.40", "Due 10/12/2026"], "HCC-UK-26-0412.pdf")], "en6"),
           label("invoice_copy", "en", invoice_numbers="HCC-UK-26-0411;HCC-UK-26-0412", amount="3608.40",
                 currency="GBP", issue_date="2026-11-10", due_date="2026-12-10", payment_terms_days=30,
                 note="two invoices 1122.00 + 2486.40; amount = sum"),
           cc=[BOT_ADDR])

    when = dt("2026-11-12", "08:47")
    body = ("Dear Ms Tan,\n\nInvoice HCC-UK-26-0415 for the Q4 bonded cold-store lease (total USD 14,400.00) is "
            "attached. As agreed it is payable in three monthly instalments of USD 4,800.00.\n\n"
            "1st instalment: USD 4,800.00 due 27 November 2026\n2nd instalment: USD 4,800.00 due 27 December 2026\n"
            "3rd instalment: USD 4,800.00 due 27 January 2027\n\nRegards,\nDaniel Okafor\n")
    D.mail("invoice_sundara_instalments", when, DANIEL, [C["sundara"]], "HCC-UK-26-0415 instalment invoice",
           with_pdf(text(body), ["INVOICE HCC-UK-26-0415  12/11/2026", "Sundara Exports Pte Ltd, Singapore 068895",
                                 "Bonded cold-store lease Q4   USD 14,400.00",
                                 "Instalment 1/3 due 27/11/2026  USD 4,800.00"], "HCC-UK-26-0415.pdf", "en7"),
           label("invoice_copy", "en", invoice_numbers="HCC-UK-26-0415", amount="4800.00", currency="USD",
                 issue_date="2026-11-12", due_date="2026-11-27",
                 note="total 14,400 in 3 instalments; amount = first instalment due now"),
           cc=[BOT_ADDR])

    when = dt("2026-11-13", "12:02")
    body = ("Hi Ingrid,\n\nHere is invoice HCC-UK-26-0418 for the December pre-Christmas surge capacity, "
            "EUR 6,280.00, due 13 December 2026.\n\nBest,\nOlivia\n")
    pdfl = ["INVOICE HCC-UK-26-0418   13/11/2026", "Halden Frozen Desserts AS, Oslo",
            "Surge capacity 60 pallets     EUR 6,280.00", "Discount 5% as agreed      -EUR 300.00",
            "TOTAL EUR 5,980.00", "Due 13/12/2026"]
    D.mail("invoice_halden_conflicting_totals", when, OLIVIA, [C["halden"]], "Invoice HCC-UK-26-0418",
           with_pdf(text(body), pdfl, "HCC-UK-26-0418.pdf", "en8"),
           label("invoice_copy", "en", invoice_numbers="HCC-UK-26-0418", currency="EUR", issue_date="2026-11-13",
                 due_date="2026-12-13", payment_terms_days=30, needs_human=True,
                 note="mail says EUR 6,280.00, PDF total EUR 5,980.00 after 5% discount; unclear, amount left empty"),
           cc=[BOT_ADDR])

    when = dt("2026-11-14", "09:30")
    ubl = f"""<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
  <cbc:ID>HCC-UK-26-0420</cbc:ID>
  <cbc:IssueDate>2026-11-14</cbc:IssueDate>
  <cbc:DueDate>2026-12-14</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>GBP</cbc:DocumentCurrencyCode>
  <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>Harrowgate Cold Chain Ltd</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Vantage Clinical Trials Ltd</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentTerms><cbc:Note>30 days net</cbc:Note></cac:PaymentTerms>
  <cac:TaxTotal><cbc:TaxAmount currencyID="GBP">3120.00</cbc:TaxAmount></cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="GBP">15600.00</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="GBP">15600.00</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="GBP">18720.00</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="GBP">18720.00</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
</Invoice>
""".encode()
    body = ("Dear Accounts Payable,\n\nPlease find our e-invoice HCC-UK-26-0420 (Peppol BIS 3.0 UBL) attached for "
            "clinical trial depot services, November.\nAmount payable GBP 18,720.00 incl. VAT, due 14/12/2026.\n"
            + sig_o)
    D.mail("invoice_vantage_bcc_ubl", when, OLIVIA, [C["vantage"]], "E-invoice HCC-UK-26-0420",
           multipart("mixed", [text(body), attachment(ubl, "application/xml", "HCC-UK-26-0420.xml")], "en9"),
           label("invoice_copy", "en", invoice_numbers="HCC-UK-26-0420", amount="18720.00", currency="GBP",
                 issue_date="2026-11-14", due_date="2026-12-14", payment_terms_days=30,
                 note="bot in Bcc only (Delivered-To); UBL attachment"))

    when = dt("2026-11-17", "13:15")
    quoted = ("> Please find attached invoice HCC-UK-26-0421 for £520.00.\n>\n> Olivia")
    body = ("Hi Rosie,\n\nApologies - the previous invoice HCC-UK-26-0421 (£520.00) had the wrong PO number and is "
            "cancelled. Please use the corrected invoice HCC-UK-26-0423 attached instead.\n\n"
            "Amount due: £540.00 (includes the extra Saturday delivery)\nPayment within 14 days, by 01/12/2026.\n\n"
            "Olivia\n\n-----Original Message-----\nFrom: Olivia Marsh\nSent: 16 November 2026 10:02\n"
            "Subject: Invoice HCC-UK-26-0421\n\n" + quoted + "\n")
    D.mail("invoice_greenhythe_corrected", when, OLIVIA, [C["greenhythe"]],
           "Corrected invoice HCC-UK-26-0423 (replaces HCC-UK-26-0421)",
           with_pdf(text(body), ["INVOICE HCC-UK-26-0423  17/11/2026", "Greenhythe Florists",
                                 "Chilled courier, 6 drops + Saturday   £540.00", "No VAT (small supplies)",
                                 "Due 01/12/2026"], "HCC-UK-26-0423.pdf", "en10"),
           label("invoice_copy", "en", invoice_numbers="HCC-UK-26-0423", amount="540.00", currency="GBP",
                 issue_date="2026-11-17", due_date="2026-12-01", payment_terms_days=14,
                 note="replaces cancelled HCC-UK-26-0421 (520.00) quoted below"),
           cc=[BOT_ADDR])

    # ------------------------------------------------------------------ read receipts
    r = D.rem("R2")
    when = dt("2026-11-12", "10:41", 0)
    D.mail("mdn_calloway_rfc8098", when, C["calloway"], [BOT_ADDR], "Read: " + r["subject"],
           mdn_parts(D, "R2", "Mozilla Thunderbird 128.4", C["calloway"][1], "manual-action/MDN-sent-automatically; displayed",
                     f"This is a Return Receipt for the mail that you sent to {C['calloway'][1]}.\n\n"
                     "Note: This Return Receipt only acknowledges that the message was displayed on the "
                     "recipient's computer. There is no guarantee that the recipient has read or understood the "
                     "message contents.\n", "en11"),
           label("read_receipt", "en", invoice_numbers="HCC-UK-26-0325", original_message_id=r["id"]),
           irt=r["id"], refs=r["id"], mailer="UA:Mozilla Thunderbird 128.4")

    r = D.rem("R4")
    when = dt("2026-11-18", "10:14", -5)
    human = (f"Your message\n\n  To: {C['brightwell'][1]}\n  Subject: {r['subject']}\n  Sent: Wednesday, "
             "November 18, 2026 4:30:00 AM (UTC-05:00) Eastern Time (US & Canada)\n\nwas read on Wednesday, "
             "November 18, 2026 10:14:22 AM (UTC-05:00) Eastern Time (US & Canada).\n")
    D.mail("mdn_brightwell_outlook", when, C["brightwell"], [BOT_ADDR], "Read: " + r["subject"],
           multipart("report", [text(human),
                                raw_part("message/disposition-notification",
                                         f"Reporting-UA: BWVEXCH02.brightwellvax.local; Microsoft Exchange Server\n"
                                         f"Final-Recipient: rfc822;{C['brightwell'][1]}\n"
                                         f"Original-Message-ID: {r['id']}\n"
                                         "Disposition: automatic-action/MDN-sent-automatically; displayed\n")],
                     "en12", "report-type=disposition-notification"),
           label("read_receipt", "en", invoice_numbers="HCC-UK-26-0330", original_message_id=r["id"]),
           extra=[("Thread-Topic", r["subject"]), ("X-MS-Exchange-Organization-SCL", "-1")])

    r = D.rem("R6")
    when = dt("2026-11-23", "17:02", 8)
    D.mail("mdn_sundara_plain", when, C["sundara"], [BOT_ADDR], "Read: " + r["subject"],
           text(f"Your message to {C['sundara'][1]} was read on Monday, 23 November 2026 at 5:02 PM (SGT).\n\n"
                f"Subject: {r['subject']}\n"),
           label("read_receipt", "en", invoice_numbers="HCC-UK-26-0341", original_message_id=r["id"],
                 note="non-standard plain-text receipt, threaded by In-Reply-To only"),
           irt=r["id"], mailer="Zoho Mail")

    # ------------------------------------------------------------------ bounces
    r = D.rem("R3")
    when = dt("2026-11-16", "09:31", 0)
    rcpt = C["northgate_old"][1]
    human = (f"This is the mail system at host mx1.harrowgate-cc.com.\n\nI'm sorry to have to inform you that your "
             "message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             f"                   The mail system\n\n<{rcpt}>: host mx.northgateseafoods.co.uk[198.51.100.40] said:\n"
             f"    550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in\n    virtual mailbox table "
             "(in reply to RCPT TO command)\n")
    D.mail("bounce_northgate_user_unknown", when, ("Mail Delivery System", "MAILER-DAEMON@mx1.harrowgate-cc.com"),
           [("", BOT)], "Undelivered Mail Returned to Sender",
           multipart("report", [text(human, charset="us-ascii"),
                                dsn_part("mx1.harrowgate-cc.com", rcpt, "failed", "5.1.1",
                                         f"550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual "
                                         "mailbox table", "mx.northgateseafoods.co.uk",
                                         arrival=D.rem_date("R3")),
                                raw_part("text/rfc822-headers", returned_headers(D, "R3"))], "en14",
                     "report-type=delivery-status"),
           label("bounce", "en", invoice_numbers="HCC-UK-26-0298", failed_recipients=rcpt, bounce_permanent=True,
                 bounce_reason="user_unknown", original_message_id=r["id"]),
           auth=None, mid_domain="mx1.harrowgate-cc.com", rcv_host="localhost")

    r = D.rem("R17")
    when = dt("2026-12-01", "09:34", 0)
    rcpt = C["ashby_old"][1]
    human = ("Delivery has failed to these recipients or groups:\n\n" + rcpt + "\nThe recipient's mailbox is full "
             "and can't accept messages now. Please try resending your message later, or contact the recipient "
             "directly.\n\nDiagnostic information for administrators:\n\nGenerating server: AM0PR02MB5521.eurprd02.prod.outlook.com\n\n"
             f"{rcpt}\nRemote Server returned '552 5.2.2 STOREDRV.Deliver; mailbox full'\n")
    D.mail("bounce_ashby_mailbox_full", when, ("Microsoft Outlook", "postmaster@ashbymeats.co.uk"), [("", BOT)],
           "Undeliverable: " + r["subject"],
           multipart("report", [text(human),
                                dsn_part("AM0PR02MB5521.eurprd02.prod.outlook.com", rcpt, "failed", "5.2.2",
                                         "552 5.2.2 STOREDRV.Deliver; mailbox full"),
                                raw_part("text/rfc822-headers", returned_headers(D, "R17"))], "en15",
                     "report-type=delivery-status"),
           label("bounce", "en", invoice_numbers="HCC-UK-26-0327", failed_recipients=rcpt, bounce_permanent=True,
                 bounce_reason="mailbox_full", original_message_id=r["id"]),
           extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")])

    r = D.rem("R18")
    when = dt("2026-11-27", "13:40", 0)
    rcpt = C["vantage"][1]
    human = ("This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\n"
             "YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed.\n\n"
             f"     {rcpt}\n\nReason: 451 4.7.1 Greylisted, please try again in 300 seconds\n"
             "The server will keep trying for 5 days.\n")
    D.mail("bounce_vantage_greylist_delay", when, ("Mail Delivery Subsystem", "MAILER-DAEMON@mx1.harrowgate-cc.com"),
           [("", BOT)], "Delivery Status Notification (Delay)",
           multipart("report", [text(human),
                                dsn_part("mx1.harrowgate-cc.com", rcpt, "delayed", "4.7.1",
                                         "451 4.7.1 Greylisted, please try again in 300 seconds",
                                         "mail.vantagect.co.uk", extra="Will-Retry-Until: Wed, 2 Dec 2026 09:30:00 +0000\n"),
                                raw_part("text/rfc822-headers", returned_headers(D, "R18"))], "en16",
                     "report-type=delivery-status"),
           label("bounce", "en", invoice_numbers="HCC-UK-26-0350", failed_recipients=rcpt, bounce_permanent=False,
                 bounce_reason="other", original_message_id=r["id"], note="greylisting deferral"),
           auth=None, mid_domain="mx1.harrowgate-cc.com", rcv_host="localhost")

    # ------------------------------------------------------------------ auto-replies
    r = D.rem("R7")
    when = dt("2026-11-24", "09:31")
    D.mail("auto_kestrel_ooo", when, C["kestrel"], [BOT_ADDR], "Automatic reply: " + r["subject"],
           text("Thank you for your email. I am out of the office with limited access to email and will return on "
                "Monday 7 December 2026.\n\nFor urgent purchase ledger matters please contact "
                "ap.team@kestrelbio.co.uk.\n\nJane Whitfield\n"),
           label("auto_reply", "en", return_date="2026-12-07", original_message_id=r["id"]),
           irt=r["id"], refs=r["id"], extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

    r = D.rem("R9")
    when = dt("2026-11-26", "10:33", 1)
    D.mail("auto_halden_no_headers", when, C["halden"], [BOT_ADDR], "Out of office / Fravær",
           text("Hello, I am away until 1 December 2026 and will answer your email when I am back.\n\n"
                "Hei, jeg er borte til og med 30. november og svarer når jeg er tilbake.\n\nIngrid Halden\n"
                "Halden Frozen Desserts AS\n"),
           label("auto_reply", "en", return_date="2026-12-01", original_message_id=r["id"],
                 note="no Auto-Submitted header; English first, Norwegian second"),
           irt=r["id"])

    r = D.rem("R1")
    when = dt("2026-11-10", "09:30")
    D.mail("auto_pemberton_ticket_ack", when, ("Pemberton Accounts", "accounts@pembertonfoods.co.uk"), [BOT_ADDR],
           f"[Ticket #PF-88213] {r['subject']}",
           text("Thank you for contacting Pemberton Fine Foods Accounts.\n\nYour request has been logged with reference "
                "PF-88213. We aim to respond within two working days.\n\nPlease do not reply to this message.\n"),
           label("auto_reply", "en", original_message_id=r["id"], note="helpdesk acknowledgement, no return date"),
           irt=r["id"], extra=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")])

    # ------------------------------------------------------------------ challenges
    r = D.rem("R10")
    url = "https://verify.mailsentinel.net/c/7f3a9b2e61d04c85?lang=en"
    when = dt("2026-11-27", "09:32")
    D.mail("challenge_greenhythe_url", when, ("MailSentinel for Rosie Greenhythe", "verify@mailsentinel.net"),
           [BOT_ADDR], "Please verify your email to Rosie Greenhythe",
           alt(f"Hi,\n\nRosie Greenhythe uses MailSentinel to block spam. Your message \"{r['subject']}\" is on hold.\n"
               f"To deliver it, please confirm you are a person by visiting:\n\n{url}\n\nYou only need to do this once.\n",
               f"<p>Hi,</p><p>Rosie Greenhythe uses MailSentinel to block spam. Your message &quot;{r['subject']}&quot; is on hold.</p>"
               f"<p><a href=\"{url}\">Confirm I am a person</a></p><p>{url}</p>", "en20"),
           label("challenge", "en", challenge=url, original_message_id=r["id"]),
           irt=r["id"], extra=[("Auto-Submitted", "auto-replied")])

    r = D.rem("R8")
    caddr = "confirm-4c1e9a77@guard.marlowfinch.co.uk"
    when = dt("2026-11-25", "09:33")
    D.mail("challenge_marlow_reply_address", when, ("Marlow & Finch Mail Guard", caddr), [BOT_ADDR],
           "Confirm: " + r["subject"],
           text(f"Your message to sam@marlowfinch.co.uk is waiting for approval.\n\nTo approve it, simply reply to this "
                f"email (or send a blank message to {caddr}).\nUnconfirmed messages are deleted after 7 days.\n"),
           label("challenge", "en", challenge=caddr, original_message_id=r["id"]),
           irt=r["id"], reply_to=("", caddr))

    # ------------------------------------------------------------------ payments
    when = dt("2026-11-20", "07:12")
    D.mail("payment_tmb_pemberton_full", when, TMB, [("", BOT)], "Credit advice - GBP 4,812.00 received",
           text("THAMES MERCANTILE BANK - CREDIT ADVICE\n\nAccount:      Harrowgate Cold Chain Ltd ****0938\n"
                "Value date:   20/11/2026\nAmount:       GBP 4,812.00\nRemitter:     PEMBERTON FINE FOODS LTD\n"
                "Reference:    HCC-UK-26-0311\nPayment type: Faster Payment\n\nThis is an automated notice.\n"),
           label("payment_confirmation", "en", invoice_numbers="HCC-UK-26-0311", amount="4812.00", currency="GBP",
                 payment_date="2026-11-20", payment_full=True))

    when = dt("2026-11-24", "07:10")
    D.mail("payment_tmb_oakridge_two_invoices", when, TMB, [("", BOT)], "Credit advice - GBP 3,640.80 received",
           text("THAMES MERCANTILE BANK - CREDIT ADVICE\n\nAccount:      Harrowgate Cold Chain Ltd ****0938\n"
                "Value date:   23/11/2026\nAmount:       GBP 3,640.80\nRemitter:     OAKRIDGE DAIRY CO-OP\n"
                "Reference:    HCC-UK-26-0302 0317\n\nRemittance advice attached by remitter:\n"
                "  HCC-UK-26-0302   1,380.00\n  HCC-UK-26-0317   2,260.80\n  Total            3,640.80\n"),
           label("payment_confirmation", "en", invoice_numbers="HCC-UK-26-0302;HCC-UK-26-0317", amount="3640.80",
                 currency="GBP", payment_date="2026-11-23", payment_full=True,
                 allocations="HCC-UK-26-0302=1380.00;HCC-UK-26-0317=2260.80"))

    when = dt("2026-12-01", "14:25", 0)
    D.mail("payment_ledgerpay_sundara_usd", when, LP, [("", BOT)], "You received a payment of $7,350.00",
           alt("LedgerPay\n\nPayment received\n\nFrom: Sundara Exports Pte Ltd\nAmount: USD 7,350.00\n"
               "Invoice: HCC-UK-26-0341\nPaid on: 1 December 2026\nProcessing fee: USD 213.45\n"
               "Net to your payout balance: USD 7,136.55\n",
               "<h2>Payment received</h2><table><tr><td>From</td><td>Sundara Exports Pte Ltd</td></tr>"
               "<tr><td>Amount</td><td>USD 7,350.00</td></tr><tr><td>Invoice</td><td>HCC-UK-26-0341</td></tr>"
               "<tr><td>Paid on</td><td>1 December 2026</td></tr><tr><td>Processing fee</td><td>USD 213.45</td></tr>"
               "<tr><td>Net to payout</td><td>USD 7,136.55</td></tr></table>", "en24"),
           label("payment_confirmation", "en", invoice_numbers="HCC-UK-26-0341", amount="7350.00", currency="USD",
                 payment_date="2026-12-01", payment_full=True, note="PSP fee deducted from payout, client paid in full"))

    when = dt("2026-11-26", "07:05")
    D.mail("payment_tmb_northgate_partial", when, TMB, [("", BOT)], "Credit advice - GBP 1,000.00 received",
           text("THAMES MERCANTILE BANK - CREDIT ADVICE\n\nAccount:      Harrowgate Cold Chain Ltd ****0938\n"
                "Value date:   25/11/2026\nAmount:       GBP 1,000.00\nRemitter:     NORTHGATE SEAFOODS LTD\n"
                "Reference:    PART PAYMENT HCC-UK-26-0298\n"),
           label("payment_confirmation", "en", invoice_numbers="HCC-UK-26-0298", amount="1000.00", currency="GBP",
                 payment_date="2026-11-25", payment_full=False, note="invoice 2,145.60; balance 1,145.60"))

    when = dt("2026-12-04", "07:08")
    D.mail("payment_tmb_ashby_short_no_ref", when, TMB, [("", BOT)], "Credit advice - GBP 3,000.00 received",
           text("THAMES MERCANTILE BANK - CREDIT ADVICE\n\nAccount:      Harrowgate Cold Chain Ltd ****0938\n"
                "Value date:   03/12/2026\nAmount:       GBP 3,000.00\nRemitter:     ASHBY MEATS LTD\n"
                "Reference:    ASHBY DEC PAYMENT\n"),
           label("payment_confirmation", "en", amount="3000.00", currency="GBP", payment_date="2026-12-03",
                 payment_full=False, needs_human=True,
                 note="no invoice reference; Ashby owes 3,318.00 (0327) + 3,608.40 (0411/0412); short payment without split"))

    when = dt("2026-12-07", "06:58")
    D.mail("forged_tmb_lookalike", when, ("Thames Mercantile Bank", "notices@thamesmercantile-alerts.co.uk"),
           [("", BOT)], "Credit advice - GBP 18,720.00 received",
           text("THAMES MERCANTILE BANK - CREDIT ADVICE\n\nAccount:      Harrowgate Cold Chain Ltd ****0938\n"
                "Value date:   07/12/2026\nAmount:       GBP 18,720.00\nRemitter:     VANTAGE CLINICAL TRIALS\n"
                "Reference:    HCC-UK-26-0420\n\nTo view the remittance, sign in at https://thamesmercantile-alerts.co.uk/login\n"),
           label("other", "en", invoice_numbers="HCC-UK-26-0420", needs_human=True,
                 note="look-alike bank domain (thamesmercantile-alerts.co.uk), not a configured notifier"))

    # ------------------------------------------------------------------ client replies
    r = D.rem("R2")
    when = dt("2026-11-19", "15:20", 0)
    D.mail("reply_calloway_end_next_week", when, C["calloway"], [BOT_ADDR], "RE: " + r["subject"],
           text(reply_body(D, "R2", "Hi,\n\nThanks for the reminder. HCC-UK-26-0325 is approved and will be paid by the "
                                    "end of next week.\n\nSiobhan Byrne\nAccounts Payable, Calloway Pharma Distribution",
                           "outlook")),
           label("client_reply", "en", invoice_numbers="HCC-UK-26-0325", intent="promise", promised_date="2026-11-27",
                 original_message_id=r["id"], note="'end of next week' written Thu 19 Nov -> Fri 27 Nov"),
           **reply_refs(D, "R2"), mailer="Microsoft Outlook 16.0")

    r = D.rem("R16")
    when = dt("2026-12-03", "11:47")
    D.mail("reply_fenwick_conditional", when, C["fenwick"], [BOT_ADDR], "Re: " + r["subject"],
           text(reply_body(D, "R16", "Hello,\n\nWe're holding HCC-UK-26-0329 until the replacement reefer unit at our "
                                     "Hexham depot is fitted. If your engineer gets it done by Monday, we'll pay on "
                                     "Wednesday 9 December.\n\nPaul")),
           label("client_reply", "en", invoice_numbers="HCC-UK-26-0329", intent="promise", promised_date="2026-12-09",
                 original_message_id=r["id"], needs_human=True, note="conditional promise"),
           **reply_refs(D, "R16"), mailer="UA:Mozilla Thunderbird 128.4")

    r = D.rem("R15")
    when = dt("2026-12-02", "16:05")
    earlier = ("> From: Northgate Finance\n> Sent: 27 November 2026 14:10\n> We will pay the balance of "
               "HCC-UK-26-0298 by 4 December.\n")
    D.mail("reply_northgate_revised_promise", when, C["northgate"], [BOT_ADDR], "RE: " + r["subject"],
           text("Hello,\n\nUnfortunately we will NOT be able to pay the remaining £1,145.60 on HCC-UK-26-0298 by "
                "4 December as I said last week. Realistically it will be Wednesday 16 December.\n\nApologies,\n"
                "Fiona Reid\nNorthgate Seafoods\n\n" + earlier + ">\n" + "\n".join("> " + x for x in r["body"].splitlines()) + "\n"),
           label("client_reply", "en", invoice_numbers="HCC-UK-26-0298", intent="promise", promised_date="2026-12-16",
                 original_message_id=r["id"], note="negates earlier promise (4 Dec, quoted) and gives new date"),
           **reply_refs(D, "R15"))

    r = D.rem("R8")
    when = dt("2026-11-25", "21:40")
    D.mail("reply_marlow_phone_short", when, C["marlow"], [BOT_ADDR], "Re: " + r["subject"],
           text(reply_body(D, "R8", "will pay tmrw sorry!!\n\nSent from my iPhone",
                           when_line=f"On 25 Nov 2026, at 09:30, {BOT_NAME_SHORT} <{BOT}> wrote:")),
           label("client_reply", "en", invoice_numbers="HCC-UK-26-0322", intent="promise", promised_date="2026-11-26",
                 original_message_id=r["id"], note="phone-typed; tmrw relative to 25 Nov"),
           **reply_refs(D, "R8"), mailer="iPhone Mail (22B91)")

    r = D.rem("R6")
    when = dt("2026-11-30", "18:22", 8)
    D.mail("reply_sundara_paid_claim", when, C["sundara"], [BOT_ADDR], "Re: " + r["subject"],
           text(reply_body(D, "R6", "Dear Harrowgate team,\n\nWe have paid HCC-UK-26-0341 in full today (USD 7,350.00) "
                                    "through your LedgerPay link. Please check and confirm receipt.\n\nBest regards,\n"
                                    "Mei Ling Tan\nSundara Exports Pte Ltd")),
           label("client_reply", "en", invoice_numbers="HCC-UK-26-0341", intent="paid", amount="7350.00",
                 currency="USD", payment_date="2026-11-30", original_message_id=r["id"]),
           **reply_refs(D, "R6"))

    r = D.rem("R9")
    when = dt("2026-12-02", "09:15", 1)
    D.mail("reply_halden_dispute_norwegian", when, C["halden"], [BOT_ADDR], "SV: " + r["subject"],
           text(reply_body(D, "R9", "Hei,\n\nFaktura HCC-UK-26-0336 stemmer ikke med avtalen vår. Vi avtalte 40 "
                                    "pallplasser, ikke 48, og temperaturloggen for leveransen 3. november mangler. "
                                    "Vi betaler ikke før fakturaen er korrigert.\n\nMed vennlig hilsen\nIngrid Halden",
                           when_line=f"tor. 26. nov. 2026 kl. 09:30 skrev {BOT_NAME_SHORT} <{BOT}>:")),
           label("client_reply", "no", invoice_numbers="HCC-UK-26-0336", intent="dispute", needs_human=True,
                 original_message_id=r["id"], note="reply in Norwegian to an English reminder"),
           **reply_refs(D, "R9"))

    r = D.rem("R10")
    when = dt("2026-11-28", "20:03")
    D.mail("reply_greenhythe_stop_informal", when, C["greenhythe"], [BOT_ADDR], "Re: " + r["subject"],
           text(reply_body(D, "R10", "Please stop emailing me about this. I've already told Olivia on the phone that "
                                     "I'm closing the shop and I'll sort it out with her directly. Stop sending these.\n\nRosie")),
           label("client_reply", "en", invoice_numbers="HCC-UK-26-0319", intent="stop", needs_human=True,
                 original_message_id=r["id"]),
           **reply_refs(D, "R10"), mailer="UA:Gmail")

    r = D.rem("R11")
    when = dt("2026-12-01", "12:30")
    D.mail("reply_vantage_plan", when, ("Helen Dross", "helen.dross@vantagect.co.uk"), [BOT_ADDR],
           "RE: " + r["subject"],
           text(reply_body(D, "R11", "Good afternoon,\n\nOne of our sponsors has delayed a milestone payment, so we "
                                     "would like to ask whether HCC-UK-26-0350 (£15,600.00) could be split into three "
                                     "monthly instalments of £5,200.00, starting 15 December.\n\nKind regards,\n"
                                     "Helen Dross\nFinancial Controller, Vantage Clinical Trials Ltd", "outlook")),
           label("client_reply", "en", invoice_numbers="HCC-UK-26-0350", intent="plan", needs_human=True,
                 original_message_id=r["id"], note="sender is a colleague of the reminded contact"),
           cc=[C["vantage"]], **reply_refs(D, "R11"))

    r = D.rem("R12")
    when = dt("2026-12-01", "14:12")
    D.mail("reply_ashby_not_received", when, C["ashby"], [BOT_ADDR], "RE: " + r["subject"],
           text(reply_body(D, "R12", "Hi,\n\nWe have no record of invoice HCC-UK-26-0327 - it never reached us. Could you "
                                     "send a copy to this address please?\n\nThanks\nMark (Ashby Meats accounts)", "outlook")),
           label("client_reply", "en", invoice_numbers="HCC-UK-26-0327", intent="not_received",
                 original_message_id=r["id"]),
           **reply_refs(D, "R12"))

    r = D.rem("R5")
    when = dt("2026-11-20", "11:08")
    D.mail("reply_oakridge_payment_details", when, C["oakridge"], [BOT_ADDR], "Re: " + r["subject"],
           text(reply_body(D, "R5", "Hello,\n\nWe'd like to pay both invoices this week. Our new supplier form needs your "
                                    "IBAN and BIC and the name exactly as it appears on the bank account - could you "
                                    "confirm them? Can we also pay by card?\n\nLedger Team\nOakridge Dairy")),
           label("client_reply", "en", invoice_numbers="HCC-UK-26-0302;HCC-UK-26-0317", intent="payment_details",
                 original_message_id=r["id"]),
           **reply_refs(D, "R5"))

    r1, r13 = D.rem("R1"), D.rem("R13")
    when = dt("2026-12-03", "10:50")
    D.mail("reply_pemberton_two_reminders", when, C["pemberton"], [BOT_ADDR], "Re: " + r13["subject"],
           text(reply_body(D, "R13", "Hi both,\n\nAnswering your two emails in one go:\n\n- HCC-UK-26-0311 was paid on "
                                     "20 November (Faster Payment, £4,812.00), so please take it off your list.\n"
                                     "- HCC-UK-26-0352 will go out on Friday 11 December.\n\nCheers,\nGareth")),
           label("client_reply", "en", invoice_numbers="HCC-UK-26-0311;HCC-UK-26-0352", intent="promise",
                 promised_date="2026-12-11", original_message_id=r13["id"], needs_human=True,
                 note="answers two reminders (R1+R13 in References): paid claim for 0311 + promise for 0352; mixed"),
           irt=r13["id"], refs=[r1["id"], r13["id"]])

    r = D.rem("R7")
    when = dt("2026-11-25", "14:02")
    D.mail("reply_kestrel_colleague_weekday", when, ("Tom Eady", "tom.eady@kestrelbio.co.uk"), [BOT_ADDR],
           "RE: " + r["subject"],
           text(reply_body(D, "R7", "Hi,\n\nI'm covering the purchase ledger while Jane is away. HCC-UK-26-0345 is "
                                    "approved and scheduled for our payment run on Thursday 3 December.\n\nTom Eady\n"
                                    "Kestrel Biologics", "outlook")),
           label("client_reply", "en", invoice_numbers="HCC-UK-26-0345", intent="promise", promised_date="2026-12-03",
                 original_message_id=r["id"], note="colleague covering for absent contact"),
           cc=[C["kestrel"]], **reply_refs(D, "R7"))

    r = D.rem("R14")
    when = dt("2026-12-02", "13:18", -5)
    D.mail("reply_brightwell_paid_and_dispute", when, C["brightwell"], [BOT_ADDR], "RE: " + r["subject"],
           text(reply_body(D, "R14", "Hello,\n\nWe wired USD 18,900.00 for HCC-UK-26-0330 on November 30. The fuel "
                                     "surcharge invoice HCC-UK-26-0338 (USD 1,240.00) is disputed: the surcharge is not "
                                     "in our rate card and was never agreed. Please withdraw it or send us the basis.\n\n"
                                     "Brightwell Vaccines AP", "outlook")),
           label("client_reply", "en", invoice_numbers="HCC-UK-26-0330;HCC-UK-26-0338", intent="dispute",
                 amount="18900.00", currency="USD", payment_date="2026-11-30", needs_human=True,
                 original_message_id=r["id"], note="mixed: paid claim 0330 + dispute 0338"),
           **reply_refs(D, "R14"))

    # ------------------------------------------------------------------ staff
    when = dt("2026-12-02", "16:44")
    D.mail("staff_command_paid_cheque", when, PRIYA, [BOT_ADDR], "paid HCC-UK-26-0319",
           text("paid HCC-UK-26-0319 312.50 GBP 2026-12-02 cheque\n\n--\nPriya Nair\nCredit Control\n"),
           label("staff_command", "en", invoice_numbers="HCC-UK-26-0319", amount="312.50", currency="GBP",
                 payment_date="2026-12-02", note="command: paid (cheque)"))

    when = dt("2026-12-04", "11:20")
    D.mail("staff_handwritten_halden_call", when, OLIVIA, [BOT_ADDR], "Halden - phone call",
           text("Hi,\n\nI spoke to Ingrid at Halden this morning. We are correcting HCC-UK-26-0336 (they are right about "
                "the pallet count) - please pause reminders on that invoice until I send the credit note.\n\nThanks,\nOlivia\n"),
           label("staff_command", "en", invoice_numbers="HCC-UK-26-0336", note="hand-written: pause reminders"))

    # ------------------------------------------------------------------ other
    when = dt("2026-11-18", "06:00")
    D.mail("other_newsletter", when, ("Cold Chain Weekly", "news@coldchainweekly.com"), [("", BOT)],
           "Cold Chain Weekly: GDP audits, reefer fuel prices, and more",
           alt("COLD CHAIN WEEKLY - 18 November 2026\n\n1. What the new GDP audit checklist means for you\n"
               "2. Reefer diesel prices up 4%\n3. Webinar: pharma lanes to the EU\n\nUnsubscribe: "
               "https://coldchainweekly.com/u/ar\n",
               "<h1>Cold Chain Weekly</h1><ol><li>GDP audit checklist</li><li>Reefer diesel prices up 4%</li>"
               "<li>Webinar: pharma lanes to the EU</li></ol><a href=\"https://coldchainweekly.com/u/ar\">Unsubscribe</a>",
               "en43"),
           label("other", "en", note="newsletter"),
           extra=[("List-Unsubscribe", "<https://coldchainweekly.com/u/ar>"), ("List-Id", "<weekly.coldchainweekly.com>"),
                  ("Precedence", "bulk")])

    when = dt("2026-12-08", "19:12")
    D.mail("other_stranger_job", when, ("Liam Hurst", "liam.hurst1994@outlook.com"), [("", BOT)],
           "HGV Class 1 driver - any vacancies?",
           text("Hello,\n\nI'm an HGV Class 1 driver with ADR and 6 years of reefer experience, based in Northampton. "
                "Are you recruiting at the Daventry site? I've attached nothing yet but can send my CV.\n\nThanks,\nLiam\n"),
           label("other", "en", needs_human=True, note="stranger, unrelated to AR"))

    return D


BOT_NAME_SHORT = "Harrowgate Cold Chain AR"

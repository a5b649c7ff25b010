"""English desk (UK; GBP/EUR/USD). Invoice numbers KPP-26-NNNN, credit notes CN-26-NNNN."""
import mailkit as mk
from world import BOT, BOT_NAME, Client, Desk, fmt_amt

D = "kestrel-print.co.uk"


def build() -> Desk:
    d = Desk("en", D,
             staff={"olivia": ("Olivia Hart", f"olivia.hart@{D}"), "james": ("James Okafor", f"james.okafor@{D}")},
             notifiers={"bank": ("Northgate Bank", "alerts@northgatebank.co.uk"),
                        "psp": ("PayGlide", "receipts@payglide.com")},
             bot_tz="+0000")
    C = {
        "HV": Client("HV", "Harbour & Vine Ltd", "Sarah Mills", "sarah.mills@harbourvine.co.uk"),
        "FB": Client("FB", "Fenwick Botanicals Ltd", "Tom Reid", "ap@fenwickbotanicals.com"),
        "LC": Client("LC", "Larkspur Coffee Roasters", "Priya Shah", "finance@larkspurcoffee.co.uk"),
        "NB": Client("NB", "Northbrook Brewery Cyf", "Gareth Evans", "accounts@northbrookbrewery.co.uk"),
        "AC": Client("AC", "Atlantic Candle Co.", "Megan O'Neil", "payables@atlanticcandle.com", "-0500", "USD"),
        "ML": Client("ML", "Maison Lumière SARL", "Claire Dubois", "compta@maison-lumiere.fr", "+0100", "EUR", "fr"),
        "GH": Client("GH", "Greenhollow Pharmacy Group", "Anita Kowalski", "purchase.ledger@greenhollow-pharma.co.uk"),
        "OO": Client("OO", "Osprey Outdoor Gear Ltd", "Liam Byrne", "accounts.payable@ospreyoutdoor.ie", "+0000", "EUR"),
        "TG": Client("TG", "Thistle & Co Gin", "Fiona Grant", "fiona@thistlegin.co.uk"),
        "BE": Client("BE", "Bluewater Events Ltd", "Dan Carter", "finance@bluewaterevents.co.uk"),
        "KC": Client("KC", "Kiwi Crate Ltd", "Aroha Ngata", "ap@kiwicrate.co.nz", "+1300", "USD"),
        "SB": Client("SB", "Sunrise Bakeries plc", "Mark Jennings", "mark.jennings@sunrisebakeries.co.uk"),
        "RC": Client("RC", "Redfern Cosmetics Ltd", "Hannah Redfern", "hannah@redferncosmetics.com"),
    }
    R = {
        "HV": d.rem(C["HV"], "KPP-26-0388", 1785.00, "2026-11-05", "2026-11-10 09:02 +0000"),
        "FB": d.rem(C["FB"], "KPP-26-0391", 2340.00, "2026-11-08", "2026-11-13 09:05 +0000"),
        "LC": d.rem(C["LC"], "KPP-26-0379", 960.00, "2026-10-30", "2026-11-04 09:10 +0000"),
        "NB": d.rem(C["NB"], ["KPP-26-0395", "KPP-26-0402"], [3120.00, 1480.00], ["2026-11-12", "2026-11-20"],
                    "2026-11-23 10:00 +0000"),
        "NBold": d.rem(C["NB"], "KPP-26-0395", 3120.00, "2026-11-12", "2026-11-17 10:00 +0000",
                       to="gareth.evans@northbrookbrewery.co.uk"),
        "AC": d.rem(C["AC"], "KPP-26-0384", 4250.00, "2026-11-06", "2026-11-12 14:30 +0000"),
        "AC0": d.rem(C["AC"], "KPP-26-0384", 4250.00, "2026-11-06", "2026-11-02 14:30 +0000", stage="arrival"),
        "ML": d.rem(C["ML"], "KPP-26-0397", 2910.00, "2026-11-15", "2026-11-20 08:40 +0000"),
        "GH": d.rem(C["GH"], "KPP-26-0401", 5400.00, "2026-11-18", "2026-11-24 09:00 +0000"),
        "GH2": d.rem(C["GH"], "KPP-26-0383", 812.40, "2026-11-02", "2026-11-09 09:00 +0000",
                     to="anita.kowalski@greenhollow-pharma.co.uk"),
        "OO": d.rem(C["OO"], "KPP-26-0386", 1230.50, "2026-11-09", "2026-11-16 09:00 +0000"),
        "TG": d.rem(C["TG"], "KPP-26-0399", 640.00, "2026-11-16", "2026-11-23 09:30 +0000"),
        "BE": d.rem(C["BE"], "KPP-26-0393", 2075.00, "2026-11-10", "2026-11-17 09:15 +0000"),
        "BE2": d.rem(C["BE"], "KPP-26-0393", 2075.00, "2026-11-10", "2026-11-26 09:15 +0000",
                     to="dan.carter@bluewaterevents.co.uk"),
        "KC": d.rem(C["KC"], "KPP-26-0390", 3300.00, "2026-11-11", "2026-11-18 20:00 +0000"),
        "SB1": d.rem(C["SB"], "KPP-26-0392", 7860.00, "2026-11-09", "2026-11-16 09:20 +0000"),
        "SB2": d.rem(C["SB"], "KPP-26-0404", 1150.00, "2026-11-25", "2026-11-23 09:20 +0000", stage="due"),
        "RC": d.rem(C["RC"], ["KPP-26-0381", "KPP-26-0387"], [1260.00, 2216.00], ["2026-11-01", "2026-11-07"],
                    "2026-11-16 09:25 +0000"),
    }
    O, J = "olivia", "james"
    sig_o = "\n--\nOlivia Hart | Accounts & Client Services\nKestrel Print & Packaging Ltd, Unit 4 Avonside Park, Bristol BS2 0QX\nT +44 117 496 0312\n"
    sig_j = "\n--\nJames Okafor\nKey Account Manager – Retail & POS\nKestrel Print & Packaging Ltd\n"

    # ------------------------------------------------------------------ invoice copies
    c = C["HV"]
    body = (f"Dear Sarah,\n\nPlease find attached invoice KPP-26-0411 for the 2,000 kraft gift boxes (job 26-1187).\n\n"
            f"Invoice date: 2 November 2026\nAmount due: £1,800.00 (incl. VAT)\nPayment terms: 30 days net\n\n"
            f"Many thanks for the order.\n\nBest wishes,\nOlivia" + sig_o)
    pdfl = ["Kestrel Print & Packaging Ltd", "VAT Reg. GB 284 1190 36", "", "INVOICE KPP-26-0411",
            "Invoice date: 02/11/2026    Due date: 02/12/2026", "Bill to: Harbour & Vine Ltd, 12 Welsh Back, Bristol BS1 4SB",
            "", "2,000 x kraft gift box 180x120x60, 1 col. foil      1,500.00", "Subtotal                                         1,500.00",
            "VAT 20%                                            300.00", "TOTAL DUE GBP                                    1,800.00",
            "", "Terms: 30 days net. Sort code 20-45-77  Account 43917265"]
    d.add("01_invoice_plain_pdf", d.invoice("i1", O, c, "2026-11-02 10:14 +0000",
                                            "Invoice KPP-26-0411 – Harbour & Vine gift boxes", body, pdfl, "KPP-26-0411.pdf"),
          "invoice_copy", invoice_numbers="KPP-26-0411", amount=1800.00, currency="GBP", issue_date="2026-11-02",
          due_date="2026-12-02", payment_terms_days=30)

    c = C["AC"]
    txt = ("Hi Megan,\n\nAttached is invoice KPP-26-0412 for the holiday candle sleeves shipped today (DAP Boston).\n"
           "Total: US$6,480.00 – zero-rated export, no VAT.\nInvoice date: 3 Nov 2026. Due: 3 Dec 2026 (net 30).\n\n"
           "Best,\nJames" + sig_j)
    html = ("<html><body><p>Hi Megan,</p><p>Attached is invoice <b>KPP-26-0412</b> for the holiday candle sleeves shipped today (DAP Boston).</p>"
            "<table border=\"1\" cellpadding=\"4\"><tr><td>Invoice date</td><td>3 Nov 2026</td></tr>"
            "<tr><td>Total (zero-rated export)</td><td><b>US$6,480.00</b></td></tr><tr><td>Due</td><td>3 Dec 2026 (net 30)</td></tr></table>"
            "<p>Best,<br>James</p><p style=\"color:#888\">James Okafor<br>Key Account Manager &ndash; Retail &amp; POS</p></body></html>")
    pdfl = ["Kestrel Print & Packaging Ltd", "COMMERCIAL INVOICE KPP-26-0412", "Date: 03 Nov 2026  Terms: Net 30  Due: 03 Dec 2026",
            "Ship to: Atlantic Candle Co., 88 Harbor Street, Boston MA 02210, USA", "",
            "12,000 candle sleeves, 4/0 CMYK, 350gsm          USD 6,480.00", "VAT 0% (export)                                   USD 0.00",
            "Amount due                                         USD 6,480.00"]
    d.add("02_invoice_html_usd", d.invoice("i2", J, c, "2026-11-03 16:40 +0000", "Invoice KPP-26-0412 / holiday sleeves",
                                           txt, pdfl, "KPP-26-0412.pdf", html=html),
          "invoice_copy", invoice_numbers="KPP-26-0412", amount=6480.00, currency="USD", issue_date="2026-11-03",
          due_date="2026-12-03", payment_terms_days=30)

    c = C["GH"]
    body = ("Dear Anita,\n\nAs agreed for the POS display rollout (142 stores), please find our deposit invoice attached.\n\n"
            "Total contract value: £24,000.00 + VAT (to be invoiced in stages)\n"
            "This invoice KPP-26-0413 – 30% deposit: £7,200.00 + VAT £1,440.00 = £8,640.00\n"
            "Amount payable now: £8,640.00, due within 14 days of the invoice date (5 November 2026).\n\n"
            "The balance of £16,800.00 + VAT will be invoiced on delivery.\n\nKind regards,\nOlivia" + sig_o)
    pdfl = ["INVOICE KPP-26-0413 (deposit)", "Date 05/11/2026   Terms: 14 days   Due 19/11/2026",
            "Contract: POS display rollout, contract value GBP 24,000.00 net", "Deposit 30%                     7,200.00",
            "VAT 20%                         1,440.00", "Total this invoice GBP          8,640.00"]
    d.add("03_invoice_deposit_vs_contract", d.invoice("i3", O, c, "2026-11-05 11:02 +0000",
                                                      "Deposit invoice KPP-26-0413 – POS display rollout", body, pdfl,
                                                      "KPP-26-0413.pdf"),
          "invoice_copy", invoice_numbers="KPP-26-0413", amount=8640.00, currency="GBP", issue_date="2026-11-05",
          due_date="2026-11-19", payment_terms_days=14, note="contract value 24,000 net and balance 16,800 are not due now")

    c = C["TG"]
    body = ("Hi Fiona,\n\nInvoice KPP-26-0414 for the 5,000 gin labels (\u201cHighland Rose\u201d run) is attached.\n"
            "Net £960.00 + VAT £192.00 – total £1,152.00.\nDated 9 November 2026, payable within 30 days.\n\n"
            "Cheers,\nOlivia" + sig_o)
    pdfl = ["INVOICE KPP-26-0414", "Invoice date 09/11/2026  Terms 30 days", "5,000 self-adhesive labels 90x60 gold foil  960.00",
            "VAT 20%  192.00", "Total GBP 1,152.00"]
    d.add("04_invoice_cp1252_bcc", d.invoice("i4", O, c, "2026-11-09 15:20 +0000", "Invoice KPP-26-0414 \u2013 Highland Rose labels",
                                             body, pdfl, "KPP-26-0414.pdf", charset="windows-1252", bcc=True, cte="quoted-printable"),
          "invoice_copy", invoice_numbers="KPP-26-0414", amount=1152.00, currency="GBP", issue_date="2026-11-09",
          due_date="2026-12-09", payment_terms_days=30, note="bot only in Bcc (Delivered-To); windows-1252 body")

    c = C["NB"]
    body = ("Hi Gareth,\n\nTwo invoices attached for last week's jobs:\n\n"
            "  KPP-26-0415  six-pack carriers (3,000)   £2,280.00 incl. VAT\n"
            "  KPP-26-0416  beer mats reprint             £744.00 incl. VAT\n\n"
            "Both dated 12 November 2026, 30 days, so due 12 December 2026. Total outstanding for these two: £3,024.00.\n\n"
            "Diolch,\nOlivia" + sig_o)
    parts = [mk.text(body),
             mk.binary(mk.pdf(["INVOICE KPP-26-0415", "Date 12/11/2026  30 days", "3,000 six-pack carriers  1,900.00",
                               "VAT 20%  380.00", "Total GBP 2,280.00"]), "application/pdf", "KPP-26-0415.pdf"),
             mk.binary(mk.pdf(["INVOICE KPP-26-0416", "Date 12/11/2026  30 days", "Beer mats reprint  620.00",
                               "VAT 20%  124.00", "Total GBP 744.00"]), "application/pdf", "KPP-26-0416.pdf")]
    raw = d.mail("i5", d.staff[O], [(c.contact, c.addr)], "2026-11-12 09:48 +0000",
                 "Invoices KPP-26-0415 & KPP-26-0416", mk.multipart("mixed", parts, "en:i5"),
                 cc=[(BOT_NAME["en"], BOT)], helo=f"smtp.{D}", ip="203.0.113.10")
    d.add("05_invoice_two_in_one", raw, "invoice_copy", invoice_numbers="KPP-26-0415;KPP-26-0416", amount=3024.00,
          currency="GBP", issue_date="2026-11-12", due_date="2026-12-12", payment_terms_days=30,
          note="two invoices; amount = sum (2280.00 + 744.00)")

    c = C["BE"]
    body = ("Hi Dan,\n\nAttached: invoice KPP-26-0417 for the conference signage and lanyards (£3,000.00 incl. VAT) and\n"
            "credit note CN-26-0031 (£450.00) for the misprinted banners.\n\n"
            "Net amount to pay: £2,550.00. Invoice date 16/11/2026, terms 30 days.\n\nThanks,\nJames" + sig_j)
    pdfl = ["INVOICE KPP-26-0417", "Date 16/11/2026 Terms 30 days", "Signage & lanyards  2,500.00", "VAT 20%  500.00",
            "Invoice total GBP 3,000.00", "Less credit note CN-26-0031  -450.00", "Balance payable GBP 2,550.00"]
    d.add("06_invoice_with_credit_note", d.invoice("i6", J, c, "2026-11-16 12:05 +0000",
                                                   "Invoice KPP-26-0417 and credit note CN-26-0031", body, pdfl,
                                                   "KPP-26-0417_CN-26-0031.pdf"),
          "invoice_copy", invoice_numbers="KPP-26-0417", amount=2550.00, currency="GBP", issue_date="2026-11-16",
          due_date="2026-12-16", payment_terms_days=30, note="invoice 3000.00 less credit note CN-26-0031 450.00")

    c = C["OO"]
    ubl = """<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
         xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
         xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
  <cbc:ID>KPP-26-0418</cbc:ID>
  <cbc:IssueDate>2026-11-16</cbc:IssueDate>
  <cbc:DueDate>2026-12-16</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>Kestrel Print &amp; Packaging Ltd</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Osprey Outdoor Gear Ltd</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentTerms><cbc:Note>30 days net</cbc:Note></cac:PaymentTerms>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">2460.00</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">2460.00</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="EUR">2460.00</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="EUR">2460.00</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
</Invoice>
"""
    body = ("Hi Liam,\n\nInvoice KPP-26-0418 (hang tags, 20,000 pcs) attached as PDF and UBL for your AP system.\n"
            "EUR 2,460.00, reverse charge. Due 16 December 2026.\n\nRegards,\nJames" + sig_j)
    d.add("07_invoice_ubl_eur", d.invoice("i7", J, c, "2026-11-16 17:31 +0000", "Invoice KPP-26-0418 (PDF + UBL)", body,
                                          ["INVOICE KPP-26-0418", "Date 16/11/2026  Due 16/12/2026", "Hang tags 20,000  EUR 2,460.00",
                                           "VAT: reverse charge", "Amount due EUR 2,460.00"], "KPP-26-0418.pdf",
                                          xml=ubl, xml_name="KPP-26-0418.xml"),
          "invoice_copy", invoice_numbers="KPP-26-0418", amount=2460.00, currency="EUR", issue_date="2026-11-16",
          due_date="2026-12-16", payment_terms_days=30)

    c = C["KC"]
    body = ("Kia ora Aroha,\n\nPlease find invoice KPP-26-0419 for the export shipper cartons.\n\n"
            "Order total: US$9,000.00, payable in three instalments as agreed:\n"
            "  1st instalment US$3,000.00 – due 1 December 2026\n  2nd instalment US$3,000.00 – due 4 January 2027\n"
            "  3rd instalment US$3,000.00 – due 1 February 2027\n\nInvoice date: 17 November 2026.\n\nNgā mihi,\nJames" + sig_j)
    d.add("08_invoice_instalments", d.invoice("i8", J, c, "2026-11-17 21:10 +0000", "Invoice KPP-26-0419 – instalment schedule",
                                              body, ["INVOICE KPP-26-0419", "Date 17/11/2026", "Shipper cartons  USD 9,000.00",
                                                     "Instalment 1 of 3 due 01/12/2026: USD 3,000.00"], "KPP-26-0419.pdf"),
          "invoice_copy", invoice_numbers="KPP-26-0419", amount=3000.00, currency="USD", issue_date="2026-11-17",
          due_date="2026-12-01", note="order total 9000.00 in 3 instalments; first instalment due now")

    c = C["LC"]
    body = ("Hi Priya,\n\nInvoice for the coffee bag labels attached – it's £850 + VAT as quoted.\n"
            "Payment terms 14 days please.\n\nThanks!\nOlivia" + sig_o)
    pdfl = ["INVOICE KPP-26-0420", "Invoice date 20/11/2026   Payment terms: 14 days   Due 04/12/2026",
            "Coffee bag labels, 4 SKUs       Net 850.00", "VAT 20%                         170.00",
            "TOTAL GBP                       1,020.00"]
    d.add("09_invoice_net_vs_gross", d.invoice("i9", O, c, "2026-11-20 13:33 +0000", "Your invoice from Kestrel", body, pdfl,
                                               "Invoice_KPP-26-0420.pdf"),
          "invoice_copy", invoice_numbers="KPP-26-0420", amount=1020.00, currency="GBP", issue_date="2026-11-20",
          due_date="2026-12-04", payment_terms_days=14, note="body says 850 + VAT; PDF total gross 1,020.00; number only in PDF")

    c = C["ML"]
    inner = ("---------- Forwarded message ---------\nFrom: James Okafor <james.okafor@kestrel-print.co.uk>\n"
             "Date: Tue, 24 Nov 2026 at 10:02\nSubject: Facture KPP-26-0421\nTo: Claire Dubois <compta@maison-lumiere.fr>\n\n"
             "Bonjour Claire,\n\nVeuillez trouver ci-joint la facture KPP-26-0421 (coffrets bougies, 1 500 ex.).\n"
             "Montant : 3 456,00 EUR – date d'échéance : 24/12/2026.\n\nCordialement,\nJames\n")
    body = "Forgot to copy accounts on this one – adding ar@ now.\n\nJ\n\n" + inner
    d.add("10_invoice_forwarded_french", d.invoice("i10", J, c, "2026-11-24 10:20 +0000", "Fwd: Facture KPP-26-0421", body,
                                                   ["FACTURE / INVOICE KPP-26-0421", "Date 24/11/2026", "Echeance / Due 24/12/2026",
                                                    "Coffrets bougies 1,500 ex.  EUR 3,456.00", "Total TTC EUR 3,456.00"],
                                                   "KPP-26-0421.pdf"),
          "invoice_copy", invoice_numbers="KPP-26-0421", amount=3456.00, currency="EUR", issue_date="2026-11-24",
          due_date="2026-12-24", note="staff forward; no terms in days stated; inner text French")

    # ------------------------------------------------------------------ read receipts
    r = R["FB"]
    d.add("11_mdn_outlook", d.mdn("m1", r, "2026-11-13 11:47 +0000",
                                  f"Your message\n\n  To: {r.to}\n  Subject: {r.subject}\n  Sent: 13/11/2026 09:05\n\n"
                                  "was read on 13/11/2026 11:47.\n"),
          "read_receipt", invoice_numbers="KPP-26-0391", original_message_id=r.id)
    r = R["LC"]
    d.add("12_read_nonstandard", d.mdn("m2", r, "2026-11-04 15:12 +0000",
                                       f"Your message\n\n    To:      Priya Shah\n    Subject: {r.subject}\n"
                                       f"    Sent:    Wednesday, November 4, 2026 9:10:00 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n\n"
                                       "was read on Wednesday, November 4, 2026 3:12:41 PM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n",
                                       standard=False),
          "read_receipt", invoice_numbers="KPP-26-0379", original_message_id=r.id,
          note="non-standard Outlook 'Read:' receipt, id only in In-Reply-To/References")
    r = R["KC"]
    d.add("13_mdn_thunderbird", d.mdn("m3", r, "2026-11-19 09:31 +1300",
                                      "This is a Return Receipt for the mail that you sent to ap@kiwicrate.co.nz.\n\n"
                                      "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's "
                                      "computer. There is no guarantee that the recipient has read or understood the message contents.\n",
                                      ua="Mozilla Thunderbird", irt=False,
                                      disposition="manual-action/MDN-sent-manually; displayed",
                                      subject="Return Receipt (displayed) - " + r.subject),
          "read_receipt", invoice_numbers="KPP-26-0390", original_message_id=r.id,
          note="id only inside the MDN parts")

    # ------------------------------------------------------------------ bounces
    r = R["NBold"]
    d.add("14_bounce_user_unknown", d.dsn("b1", r, "2026-11-17 10:00 +0000",
                                          "This is the mail system at host mx1.kestrel-print.com.\n\n"
                                          "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
                                          "<gareth.evans@northbrookbrewery.co.uk>: host mx.northbrookbrewery.co.uk[192.0.2.61] said:\n"
                                          "    550 5.1.1 <gareth.evans@northbrookbrewery.co.uk>: Recipient address rejected:\n"
                                          "    User unknown in virtual mailbox table (in reply to RCPT TO command)\n",
                                          "5.1.1", "550 5.1.1 <gareth.evans@northbrookbrewery.co.uk>: Recipient address rejected: User unknown in virtual mailbox table",
                                          "mx.northbrookbrewery.co.uk"),
          "bounce", language="en", invoice_numbers="KPP-26-0395", failed_recipients="gareth.evans@northbrookbrewery.co.uk",
          bounce_permanent=True, bounce_reason="user_unknown", original_message_id=r.id)
    r = R["GH2"]
    human = ("Delivery has failed to these recipients or groups:\n\nanita.kowalski@greenhollow-pharma.co.uk\n"
             "The recipient's mailbox is full and can't accept messages now. Please try resending this message later, "
             "or contact the recipient directly.\n\nDiagnostic information for administrators:\n\n"
             "Generating server: AM9PR02MB7711.eurprd02.prod.outlook.com\n\nanita.kowalski@greenhollow-pharma.co.uk\n"
             "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'\n")
    d.add("15_bounce_mailbox_full", d.dsn("b2", r, "2026-11-09 09:01 +0000", human, "5.2.2",
                                          "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
                                          "greenhollowpharma-co-uk.mail.protection.outlook.com",
                                          reporter="AM9PR02MB7711.eurprd02.prod.outlook.com",
                                          frm=("Microsoft Outlook", "postmaster@greenhollow-pharma.co.uk"),
                                          subject="Undeliverable: " + r.subject, full=False),
          "bounce", language="en", invoice_numbers="KPP-26-0383", failed_recipients="anita.kowalski@greenhollow-pharma.co.uk",
          bounce_permanent=True, bounce_reason="mailbox_full", original_message_id=r.id,
          note="5.2.2 treated as permanent as reported")
    r = R["BE2"]
    d.add("16_bounce_policy_block", d.dsn("b3", r, "2026-11-26 09:16 +0000",
                                          "This is the mail system at host mx1.kestrel-print.com.\n\n"
                                          "Your message could not be delivered to one or more recipients.\n\n"
                                          "<dan.carter@bluewaterevents.co.uk>: host bluewaterevents-co-uk.mail.protection.outlook.com[52.101.68.4]\n"
                                          "    said: 550 5.7.1 Service unavailable, Client host [203.0.113.10] blocked by\n"
                                          "    recipient's tenant policy (AS(7231)) (in reply to RCPT TO command)\n",
                                          "5.7.1", "550 5.7.1 Service unavailable, Client host [203.0.113.10] blocked by recipient's tenant policy (AS(7231))",
                                          "bluewaterevents-co-uk.mail.protection.outlook.com"),
          "bounce", language="en", invoice_numbers="KPP-26-0393", failed_recipients="dan.carter@bluewaterevents.co.uk",
          bounce_permanent=True, bounce_reason="policy", original_message_id=r.id)

    # ------------------------------------------------------------------ auto-replies
    r = R["HV"]
    raw = d.mail("a1", (C["HV"].contact, C["HV"].addr), [(BOT_NAME["en"], BOT)], "2026-11-10 09:03 +0000",
                 "Automatic reply: " + r.subject,
                 mk.text("Thank you for your email. I am out of the office with limited access to email and will be back on "
                         "Monday 30 November 2026.\n\nFor urgent accounts queries please contact accounts@harbourvine.co.uk.\n\nSarah Mills\n"),
                 irt=r.id, refs=[r.id], extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                               ("X-MS-Exchange-Inbox-Rules-Loop", C["HV"].addr)])
    d.add("17_autoreply_ooo_return", raw, "auto_reply", invoice_numbers="KPP-26-0388", return_date="2026-11-30",
          original_message_id=r.id)
    r = R["OO"]
    raw = d.mail("a2", ("Liam Byrne", C["OO"].addr), [BOT], "2026-11-16 09:02 +0000", "Away: " + r.subject,
                 mk.text("Hi,\n\nThanks for your mail. I'm on annual leave until Monday 7th December and won't be checking email.\n"
                         "Anything urgent, ring the office on +353 1 555 0142.\n\nLiam\n"), irt=r.id)
    d.add("18_autoreply_no_headers", raw, "auto_reply", invoice_numbers="KPP-26-0386", return_date="2026-12-07",
          original_message_id=r.id, note="no Auto-Submitted / vendor headers; text only")
    r = R["AC0"]
    raw = d.mail("a3", ("Atlantic Candle AP Helpdesk", "support@atlanticcandle.com"), [BOT], "2026-11-02 10:31 -0500",
                 "[Ticket #48213] " + r.subject,
                 mk.text("Hello,\n\nThis is an automated response confirming that we have received your email. "
                         "Your request has been assigned ticket #48213.\nOur Accounts Payable team responds within 3 business days.\n\n"
                         "Please do not reply to this message.\n\nAtlantic Candle Co. AP Helpdesk\n"),
                 irt=r.id, refs=[r.id], extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
    d.add("19_autoreply_ticket_ack", raw, "auto_reply", invoice_numbers="KPP-26-0384", original_message_id=r.id,
          note="helpdesk acknowledgement, no return date")

    # ------------------------------------------------------------------ challenge
    r = R["TG"]
    url = "https://verify.boxguard.net/c/7f3a91d2e0b44c18?u=ar%40kestrel-print.com"
    raw = d.mail("c1", ("BoxGuard for fiona@thistlegin.co.uk", "verify@boxguard.net"), [BOT], "2026-11-23 09:31 +0000",
                 "Please verify your email to fiona@thistlegin.co.uk",
                 mk.multipart("alternative", [
                     mk.text(f"Hello,\n\nYou recently sent an email to fiona@thistlegin.co.uk with the subject:\n\"{r.subject}\"\n\n"
                             "Fiona uses BoxGuard to keep her inbox free of spam. Your message is being held until you confirm "
                             f"you are a real person. Please click the link below (one time only):\n\n{url}\n\n"
                             "After verification your message will be delivered and future messages will go straight through.\n"),
                     mk.text(f"<html><body><p>You recently sent an email to fiona@thistlegin.co.uk.</p><p><a href=\"{url.replace('&', '&amp;')}\">Verify me</a></p></body></html>", "html")],
                     "en:c1"), irt=r.id, refs=[r.id], extra=[("Auto-Submitted", "auto-replied")], return_path="")
    d.add("20_challenge_boxguard", raw, "challenge", invoice_numbers="KPP-26-0399", challenge=url, original_message_id=r.id)

    # ------------------------------------------------------------------ payments
    bank, psp = d.notifiers["bank"], d.notifiers["psp"]
    raw = d.mail("p1", bank, [BOT], "2026-11-19 07:12 +0000", "Northgate Bank: credit received on account ****9172",
                 mk.text("Northgate Bank Business Alerts\n\nA credit has been received on your account ending 9172.\n\n"
                         "Amount:        GBP 1,785.00\nFrom:          HARBOUR AND VINE LTD\nReference:     KPP-26-0388\n"
                         "Value date:    19/11/2026\nType:          Faster Payment\n\nAvailable balance: GBP 48,211.93\n\n"
                         "This is an automated alert. Please do not reply.\n"), helo="out.alerts.northgatebank.co.uk")
    d.add("21_payment_bank_full", raw, "payment_confirmation", invoice_numbers="KPP-26-0388", amount=1785.00, currency="GBP",
          payment_date="2026-11-19", payment_full=True)
    raw = d.mail("p2", psp, [BOT], "2026-11-20 18:45 +0000", "Payment received: US$4,250.00 from Atlantic Candle Co.",
                 mk.multipart("alternative", [
                     mk.text("You've been paid!\n\nAtlantic Candle Co. paid US$4,250.00 for invoice KPP-26-0384.\n"
                             "Payment date: November 20, 2026\nPayment ID: pg_pay_8Kd02LmQa\nFee: US$31.20 (settled separately)\n\n"
                             "PayGlide Ltd, 1 Finsbury Avenue, London\n"),
                     mk.text("<html><body><h2>You've been paid!</h2><p>Atlantic Candle Co. paid <b>US$4,250.00</b> for invoice "
                             "<b>KPP-26-0384</b>.</p><p>Payment date: November 20, 2026</p></body></html>", "html")], "en:p2"),
                 helo="mta.payglide.com")
    d.add("22_payment_psp_usd", raw, "payment_confirmation", invoice_numbers="KPP-26-0384", amount=4250.00, currency="USD",
          payment_date="2026-11-20", payment_full=True, note="fee mentioned; gross amount paid")
    raw = d.mail("p3", bank, [BOT], "2026-11-27 07:05 +0000", "Northgate Bank: credit received on account ****9172",
                 mk.text("Northgate Bank Business Alerts\n\nA credit has been received on your account ending 9172.\n\n"
                         "Amount:        GBP 3,476.00\nFrom:          REDFERN COSMETICS LTD\nReference:     KPP-26-0381 KPP-26-0387\n"
                         "Value date:    26/11/2026\n\nRemittance advice supplied by payer:\n"
                         "  KPP-26-0381   1,260.00\n  KPP-26-0387   2,216.00\n\nThis is an automated alert. Please do not reply.\n"),
                 helo="out.alerts.northgatebank.co.uk")
    d.add("23_payment_two_invoices_split", raw, "payment_confirmation", invoice_numbers="KPP-26-0381;KPP-26-0387",
          amount=3476.00, currency="GBP", payment_date="2026-11-26", payment_full=True,
          allocations="KPP-26-0381=1260.00;KPP-26-0387=2216.00")
    raw = d.mail("p4", bank, [BOT], "2026-12-01 07:03 +0000", "Northgate Bank: credit received on account ****9172",
                 mk.text("Northgate Bank Business Alerts\n\nA credit has been received on your account ending 9172.\n\n"
                         "Amount:        GBP 5,000.00\nFrom:          SUNRISE BAKERIES PLC\nReference:     KPP-26-0392/0404\n"
                         "Value date:    30/11/2026\nType:          BACS\n\nThis is an automated alert. Please do not reply.\n"),
                 helo="out.alerts.northgatebank.co.uk")
    d.add("24_payment_short_no_split", raw, "payment_confirmation", invoice_numbers="KPP-26-0392;KPP-26-0404", amount=5000.00,
          currency="GBP", payment_date="2026-11-30", payment_full=False, needs_human=True,
          note="5000 against 7860+1150=9010, no split; second number abbreviated '0404'")
    raw = d.mail("p5", psp, [BOT], "2026-11-24 12:10 +0000", "Partial payment received for KPP-26-0386",
                 mk.text("PayGlide\n\nOsprey Outdoor Gear Ltd made a payment of EUR 600.00 towards invoice KPP-26-0386 "
                         "(invoice total EUR 1,230.50).\nRemaining balance: EUR 630.50\nPaid on: 24 Nov 2026\n"),
                 helo="mta.payglide.com")
    d.add("25_payment_partial", raw, "payment_confirmation", invoice_numbers="KPP-26-0386", amount=600.00, currency="EUR",
          payment_date="2026-11-24", payment_full=False)
    raw = d.mail("p6", ("Northgate Bank", "alerts@northgatebank-alerts.co.uk"), [BOT], "2026-11-25 06:58 +0000",
                 "Northgate Bank: credit received on account ****9172",
                 mk.text("Northgate Bank Business Alerts\n\nA credit has been received on your account ending 9172.\n\n"
                         "Amount:        GBP 2,340.00\nFrom:          FENWICK BOTANICALS LTD\nReference:     KPP-26-0391\n"
                         "Value date:    25/11/2026\n\nTo view the transaction, log in: https://northgatebank-alerts.co.uk/secure\n"),
                 helo="mail.northgatebank-alerts.co.uk", ip="185.220.101.7")
    d.add("26_forged_lookalike_bank", raw, "other", invoice_numbers="KPP-26-0391", needs_human=True,
          note="look-alike domain northgatebank-alerts.co.uk (passes its own DMARC); not a configured notifier")

    # ------------------------------------------------------------------ client replies
    r = R["FB"]
    d.add("27_reply_promise_date", d.reply("r1", C["FB"], r, "2026-11-16 10:22 +0000",
                                           "Hi,\n\nSorry for the delay – this is approved and will be paid on 27 November.\n\nRegards,\nTom Reid\nFenwick Botanicals\n",
                                           frm=("Tom Reid", C["FB"].addr)),
          "client_reply", invoice_numbers="KPP-26-0391", intent="promise", promised_date="2026-11-27",
          original_message_id=r.id, needs_human=False)
    r = R["TG"]
    d.add("28_reply_relative_date", d.reply("r2", C["TG"], r, "2026-11-25 19:40 +0000",
                                            "Hiya, sorry – been mad with the Christmas orders. I'll get it paid by the end of next week.\nFiona x\n"),
          "client_reply", invoice_numbers="KPP-26-0399", intent="promise", promised_date="2026-12-04",
          original_message_id=r.id, needs_human=False, note="'end of next week' from Wed 25 Nov = Fri 4 Dec")
    r = R["GH"]
    d.add("29_reply_conditional_promise", d.reply("r3", C["GH"], r, "2026-11-25 14:05 +0000",
                                                  "Dear Accounts,\n\nWe are still waiting for the final 18 display units for the northern stores. "
                                                  "Provided they arrive by Monday, we will release payment of KPP-26-0401 on Friday 4 December.\n\n"
                                                  "Kind regards,\nAnita Kowalski\nPurchase Ledger, Greenhollow Pharmacy Group\n", html=True),
          "client_reply", invoice_numbers="KPP-26-0401", intent="promise", promised_date="2026-12-04",
          original_message_id=r.id, needs_human=True, note="conditional on delivery")
    r1, r2 = R["SB1"], R["SB2"]
    body = ("Dear Sir/Madam,\n\nMark has asked me to reply to both of your recent emails (invoices KPP-26-0392 and KPP-26-0404). "
            "Both will be included in our payment run on Monday 30 November.\n\nKind regards,\n"
            "Jo Patel\nPA to Mark Jennings, Finance Director\nSunrise Bakeries plc\n")
    raw = d.reply("r4", C["SB"], r2, "2026-11-24 11:15 +0000", body, frm=("Jo Patel", "jo.patel@sunrisebakeries.co.uk"),
                  cc=[("Mark Jennings", C["SB"].addr)], refs_extra=[r1.id])
    d.add("30_reply_two_reminders_assistant", raw, "client_reply", invoice_numbers="KPP-26-0392;KPP-26-0404", intent="promise",
          promised_date="2026-11-30", original_message_id=r2.id, needs_human=False,
          note="assistant replies for colleague; References both reminders; In-Reply-To the later one")
    r = R["AC"]
    body = ("Hi there,\n\nThis was paid today through your PayGlide link – US$4,250.00. Apologies for the delay, our approval "
            "workflow got stuck.\n\nMegan\n\n-----Original Message-----\nFrom: Megan O'Neil\nSent: Friday, November 13, 2026 11:02 AM\n"
            "To: ar@kestrel-print.com\nSubject: RE: " + r.subject + "\n\nHi, we will pay this on November 16 once our controller signs off.\n")
    d.add("31_reply_paid_quoted_old_promise", d.reply("r5", C["AC"], r, "2026-11-20 13:40 -0500", body),
          "client_reply", invoice_numbers="KPP-26-0384", intent="paid", amount=4250.00, currency="USD",
          payment_date="2026-11-20", original_message_id=r.id, needs_human=False,
          note="quoted earlier promise (Nov 16) must be ignored")
    r = R["RC"]
    d.add("32_reply_phone_short_paid", d.reply("r6", C["RC"], r, "2026-11-27 08:03 +0000", "paid both yday\n\nSent from my iPhone\n",
                                               subject="Re: " + r.subject),
          "client_reply", invoice_numbers="KPP-26-0381;KPP-26-0387", intent="paid", payment_date="2026-11-26",
          original_message_id=r.id, needs_human=False)
    r = R["OO"]
    d.add("33_reply_dispute", d.reply("r7", C["OO"], r, "2026-11-24 12:30 +0000",
                                      "Hello,\n\nWe paid EUR 600 today for the hang tags that were fine. The remaining 2,000 swing tickets "
                                      "were printed with the wrong EAN barcode and are unusable – we will not pay that part until they are "
                                      "reprinted. Photos were sent to James last week.\n\nLiam Byrne\nOsprey Outdoor Gear\n"),
          "client_reply", invoice_numbers="KPP-26-0386", intent="dispute", amount=600.00, currency="EUR",
          payment_date="2026-11-24", original_message_id=r.id, needs_human=True,
          note="partial paid + dispute of remainder; primary intent dispute")
    r = R["KC"]
    d.add("34_reply_mixed_paid_dispute", d.reply("r8", C["KC"], r, "2026-11-21 09:15 +1300",
                                                 "Kia ora,\n\nWe transferred USD 2,800.00 on 20 November. The balance of USD 500.00 relates to "
                                                 "the 150 cartons that arrived crushed – we're disputing that amount until the freight claim "
                                                 "is sorted.\n\nNgā mihi,\nAroha\n"),
          "client_reply", invoice_numbers="KPP-26-0390", intent="dispute", amount=2800.00, currency="USD",
          payment_date="2026-11-20", original_message_id=r.id, needs_human=True, note="mixed paid + dispute")
    r = R["NB"]
    d.add("35_reply_plan_request", d.reply("r9", C["NB"], r, "2026-11-24 16:45 +0000",
                                           "Hi both,\n\nCashflow is tight after the duty payment this month. Could we split the two invoices "
                                           "(£4,600 in total) into three monthly payments starting mid-December?\n\nDiolch,\nGareth\n"),
          "client_reply", invoice_numbers="KPP-26-0395;KPP-26-0402", intent="plan", original_message_id=r.id, needs_human=True)
    r = R["ML"]
    d.add("36_reply_french_not_received", d.reply("r10", C["ML"], r, "2026-11-20 10:12 +0100",
                                                  "Bonjour,\n\nNous n'avons jamais reçu la facture KPP-26-0397. Pourriez-vous nous la renvoyer "
                                                  "en PDF, s'il vous plaît ?\n\nCordialement,\nClaire Dubois\nComptabilité – Maison Lumière\n",
                                                  subject="RE : " + r.subject, charset="windows-1252", cte="quoted-printable"),
          "client_reply", language="fr", invoice_numbers="KPP-26-0397", intent="not_received", original_message_id=r.id,
          needs_human=False)
    r = R["BE"]
    d.add("37_reply_stop_informal", d.reply("r11", C["BE"], r, "2026-11-17 17:58 +0000",
                                            "Please stop sending us these automated chasers. We always pay, it just goes in our month-end "
                                            "run like every other supplier. Take us off the list.\n\nDan\n"),
          "client_reply", invoice_numbers="KPP-26-0393", intent="stop", original_message_id=r.id, needs_human=True)
    r = R["LC"]
    d.add("38_reply_payment_details", d.reply("r12", C["LC"], r, "2026-11-05 09:40 +0000",
                                              "Hi,\n\nWe've just been sent a letter saying your bank details have changed – is that genuine? "
                                              "Can you confirm the correct sort code and account number before we pay KPP-26-0379?\n\nThanks,\nPriya\n"),
          "client_reply", invoice_numbers="KPP-26-0379", intent="payment_details", original_message_id=r.id, needs_human=True,
          note="possible bank-detail fraud attempt against client; staff should confirm by phone")
    r = R["HV"]
    d.add("39_reply_question_po", d.reply("r13", C["HV"], r, "2026-12-01 10:05 +0000",
                                          "Hello,\n\nBack from leave – does KPP-26-0388 include the cutter forme charge we agreed to split 50/50? "
                                          "Our buyer thinks it's been charged in full.\n\nSarah\n"),
          "client_reply", invoice_numbers="KPP-26-0388", intent="question", original_message_id=r.id, needs_human=True)

    # ------------------------------------------------------------------ staff
    so = d.staff[O]
    raw = d.mail("s1", so, [BOT], "2026-11-06 08:50 +0000", "paid KPP-26-0379",
                 mk.text("paid KPP-26-0379 960.00 2026-11-06\n\nPriya's transfer is on the statement this morning.\n" + sig_o),
                 helo=f"smtp.{D}", ip="203.0.113.10")
    d.add("40_staff_command_paid", raw, "staff_command", invoice_numbers="KPP-26-0379", amount=960.00, currency="GBP",
          payment_date="2026-11-06")
    raw = d.mail("s2", d.staff[J], [BOT], "2026-11-27 15:02 +0000", "Bluewater – hold off please",
                 mk.text("Hi,\n\nSpoke to Dan at Bluewater this afternoon. They're moving to a new ERP and everything is on hold "
                         "until 15 December – please don't send them anything else before then. KPP-26-0393 will be paid in their "
                         "first run after that.\n\nJames" + sig_j), helo=f"smtp.{D}", ip="203.0.113.10")
    d.add("41_staff_handwritten_pause", raw, "staff_command", invoice_numbers="KPP-26-0393", needs_human=True,
          note="prose pause until 2026-12-15; no command syntax")

    # ------------------------------------------------------------------ other
    raw = d.mail("o1", ("PrintWeek Daily", "newsletter@printweek-digest.com"), [BOT], "2026-11-18 06:00 +0000",
                 "PrintWeek Daily: board prices rise again, carton demand steady",
                 mk.multipart("alternative", [mk.text("PrintWeek Daily – 18 November 2026\n\n* Board prices rise 4% for Q1\n"
                                                      "* Folding carton demand steady ahead of Christmas\n\nUnsubscribe: https://printweek-digest.com/u/ar\n"),
                                              mk.text("<html><body><h1>PrintWeek Daily</h1><ul><li>Board prices rise 4% for Q1</li></ul></body></html>", "html")], "en:o1"),
                 extra=[("List-Unsubscribe", "<https://printweek-digest.com/u/ar>"), ("List-Id", "<daily.printweek-digest.com>"),
                        ("Precedence", "bulk")])
    d.add("42_other_newsletter", raw, "other", needs_human=False)
    raw = d.mail("o2", ("Invoice Department", "billing@secure-docs-view.top"), [BOT], "2026-11-22 03:14 +0000",
                 "Overdue invoice #88213 – action required",
                 mk.text("Dear customer,\n\nYour invoice #88213 for $2,980.00 is overdue. View and pay here: http://secure-docs-view.top/i/88213\n"),
                 auth=("mx1.kestrel-print.com;\n\tspf=softfail smtp.mailfrom=secure-docs-view.top;\n\tdkim=none;\n\tdmarc=none"),
                 ip="45.141.84.12")
    d.add("43_other_spam_fake_invoice", raw, "other", needs_human=False, note="spam/phishing; not an invoice of ours")
    raw = d.mail("o3", ("Ben Whitfield", "ben@whitfieldcider.co.uk"), [BOT], "2026-12-02 12:30 +0000",
                 "Quote for 10,000 cider labels?",
                 mk.text("Hello,\n\nI found your address on your website. Could you quote for 10,000 wraparound labels for our "
                         "new cider? Artwork ready in January.\n\nBen Whitfield\nWhitfield Cider, Herefordshire\n"))
    d.add("44_other_stranger_quote", raw, "other", needs_human=True, note="stranger sales enquiry")
    return d

"""en desk: Merrow Linen Services Ltd (Leeds), Merrow Linen Ireland DAC (Dublin); UK/IE/US clients."""
from lib import (BOT, Attach, Multi, R, Raw, Text, addr, alt, authres, dsn, lab, mail, make_pdf,
                 mdn, quoted, rem, rfc822_part, staff, t, to_html, add_days, rfc_date, hx)

D = "en"
FIONA = addr(*staff(D, "fiona"))
DEV = addr(*staff(D, "dev"))
NIAMH = addr(*staff(D, "niamh"))
BOTC = f"Merrow Linen Accounts <{BOT}>"


def reminders():
    rem(D, "riverside", "2026-02-16 09:30 +0000", "accounts@riversidehotels.co.uk", "MLU-10318", "2940.00", "GBP", "2026-02-06", name="Riverside Hotels Group")
    rem(D, "kestrel", "2026-02-20 09:30 +0000", "payables@kestrelfitness.co.uk", "MLU-10325", "2184.00", "GBP", "2026-02-24", stage="predue")
    rem(D, "hudson", "2026-02-23 14:30 +0000", "ap@hudsonyardkitchens.com", "MLU-10330", "3875.00", "USD", "2026-02-13")
    rem(D, "cobbles", "2026-02-18 09:30 +0000", "hello@cobblescafe.co.uk", "MLU-10327", "612.00", "GBP", "2026-02-11")
    rem(D, "bramble", "2026-02-16 09:45 +0000", "accounts@brambleandoak.co.uk", "MLU-10316", "1980.00", "GBP", "2026-02-09")
    rem(D, "lougherne", "2026-02-17 09:30 +0000", "accounts@lougherne-lodge.co.uk", "MLU-10309", "3460.00", "GBP", "2026-02-05")
    rem(D, "northgate", "2026-02-11 10:00 +0000", "office@northgatedental.co.uk", "MLU-10344", "1152.00", "GBP", "2026-03-08", stage="arrival")
    rem(D, "wyvern", "2026-02-20 09:30 +0000", "accounts@wyvernphysio.co.uk", "MLU-10339", "744.00", "GBP", "2026-02-25", stage="predue")
    rem(D, "halcyon", "2026-02-12 09:30 +0000", "finance@halcyonapartments.co.uk", "MLU-10341", "2316.00", "GBP", "2026-03-06", stage="arrival")
    rem(D, "claddagh", "2026-02-24 09:30 +0000", "accounts@claddaghcare.ie", "MLU-10347", "2706.00", "EUR", "2026-03-20", stage="arrival")
    rem(D, "peak", "2026-02-19 09:30 +0000", "hello@peakglamping.co.uk", "MLU-10301", "2100.00", "GBP", "2026-01-30")
    rem(D, "granary", "2026-02-24 09:30 +0000", "events@theoldgranary.co.uk", "MLU-10297", "1350.00", "GBP", "2026-01-31")
    rem(D, "marlowe", "2026-02-17 09:30 +0000", "finance@marlowetheatrebar.co.uk", ["MLU-10305", "MLU-10312"], ["486.00", "732.00"], "GBP", ["2026-02-02", "2026-02-06"])
    rem(D, "ashdown", "2026-02-13 09:30 +0000", "j.whitfield@ashdowngolf.co.uk", "MLU-10331", "1146.00", "GBP", "2026-03-11", stage="arrival")
    rem(D, "sandbanks", "2026-02-18 09:30 +0000", "accounts@sandbanksbeachhotel.co.uk", "MLU-10303", "2850.00", "GBP", "2026-02-06")
    rem(D, "dunmore", "2026-02-19 09:30 +0000", "accounts@dunmorehouse.ie", "MLU-10314", "1590.00", "EUR", "2026-02-12")
    rem(D, "tulip", "2026-02-23 09:30 +0000", "crediteuren@tuliphousehotels.co.uk", "MLU-10307", "3120.00", "GBP", "2026-02-13")
    rem(D, "fjord", "2026-02-20 10:00 +0000", "regnskap@fjordandfell.co.uk", "MLU-10342", "1488.00", "GBP", "2026-02-26", stage="predue")
    rem(D, "lusitana", "2026-02-25 09:30 +0000", "contabilidade@casalusitana.co.uk", "MLU-10310", "940.00", "GBP", "2026-02-16")
    rem(D, "coral", "2026-02-26 14:00 +0000", "admin@coralgablesinn.com", "MLU-10346", "4200.00", "USD", "2026-03-23", stage="arrival")
    rem(D, "seaton", "2026-02-10 09:30 +0000", "accounts@seatonholidayparks.co.uk", "MLU-10324", "4020.00", "GBP", "2026-03-02", stage="arrival")
    rem(D, "pemberton", "2026-02-12 09:30 +0000", "accounts@pemberton-catering.co.uk", "MLU-10337", "1560.00", "GBP", "2026-03-09", stage="arrival")
    rem(D, "oakhurst", "2026-02-18 09:30 +0000", "accounts.payable@oakhursthospital.co.uk", "MLU-10340", "8950.00", "GBP", "2026-02-23", stage="predue")
    rem(D, "maple", "2026-02-16 14:00 +0000", "billing@mapleandfinch.com", "MLU-10336", "2610.00", "USD", "2026-03-13", stage="arrival")
    rem(D, "brigid", "2026-02-17 09:30 +0000", "accounts@stbrigidsnh.ie", ["MLU-10311", "MLU-10326"], ["1845.00", "1365.00"], "EUR", ["2026-02-04", "2026-02-10"])
    rem(D, "harbourview", "2026-02-16 09:30 +0000", "ap@harbourviewspa.co.uk", "MLU-10320", "1776.00", "GBP", "2026-02-09")
    rem(D, "greyfriars", "2026-02-18 09:30 +0000", "accounts@greyfriarslets.co.uk", "MLU-10338", "1275.00", "GBP", "2026-02-10")


def p(n, slug):
    return f"{D}/{n:02d}_{slug}.eml"


def invoices():
    # 01 plain text, bot in Cc, net/VAT/gross, terms 30
    mail(p(1, "invoice_riverside_cc"),
         lab("invoice_copy", "en", inv="MLU-10452", amount="2976.00", currency="GBP", issue_date="2026-02-20",
             due_date=add_days("2026-02-20", 30), payment_terms_days=30,
             note="net 2480 + VAT 496 = gross 2976 due; terms 30 days from invoice date"),
         frm=DEV, to="Sandra Okafor <accounts@riversidehotels.co.uk>", cc=BOTC,
         subject="Invoice MLU-10452 - Riverside Hotels - February linen hire",
         date="2026-02-20 11:42 +0000",
         body=Text(t("""
            Hi Sandra,

            Please find below our invoice for February linen hire at the Kirkstall and
            Headingley sites.

            Invoice number:   MLU-10452
            Invoice date:     20 February 2026
            Customer ref:     RIV-PO-7781

            Bed linen hire (double/king sets)        1,420 sets     £1,562.00
            Towel hire (bath + hand)                   2,040 pcs      £  734.40
            Table linen, Headingley restaurant                          £  183.60
                                                                   -----------
            Net                                                       £2,480.00
            VAT @ 20%                                                 £  496.00
            Total due                                                 £2,976.00

            Payment terms: 30 days from invoice date.
            Bank: Thameside Bank plc, Merrow Linen Services Ltd, sort code 20-45-77,
            account 43981265. Please quote MLU-10452 as the reference.

            Any questions, just shout.

            Thanks,
            Dev

            Dev Patel | Billing & Sales Ops
            Merrow Linen Services Ltd | Unit 4, Stourton Link, Leeds LS10 1RS
            """), cte="8bit"))

    # 02 HTML-only, bot in Bcc (only Delivered-To shows it), fixed due date, no terms
    html = t("""
        <html><head><meta charset="utf-8"><style>td{padding:4px 10px;border-bottom:1px solid #ddd}</style></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
        <p>Dear Accounts Team,</p>
        <p>Please see your invoice for chef whites and kitchen textiles supplied in February.</p>
        <table cellspacing="0">
        <tr><td><b>Invoice No.</b></td><td>MLU-10455</td></tr>
        <tr><td><b>Invoice Date</b></td><td>23/02/2026</td></tr>
        <tr><td><b>Account</b></td><td>COPK01 &ndash; The Copper Kettle Restaurants Ltd</td></tr>
        <tr><td>Chef jackets (hire &amp; launder)</td><td>&pound;412.00</td></tr>
        <tr><td>Aprons, oven cloths, glass cloths</td><td>&pound;308.00</td></tr>
        <tr><td>VAT 20%</td><td>&pound;144.00</td></tr>
        <tr><td><b>Amount payable</b></td><td><b>&pound;864.00</b></td></tr>
        <tr><td><b>Due Date</b></td><td><b>13/03/2026</b></td></tr>
        </table>
        <p>Payment by BACS to sort code 20-45-77, account 43981265 (Merrow Linen Services Ltd).</p>
        <p>Kind regards,<br>Fiona Hale<br>Credit Control, Merrow Linen Services Ltd</p>
        </body></html>
        """)
    mail(p(2, "invoice_copperkettle_bcc_html"),
         lab("invoice_copy", "en", inv="MLU-10455", amount="864.00", currency="GBP", issue_date="2026-02-23",
             due_date="2026-03-13", note="HTML only; bot only in Bcc (Delivered-To); fixed due date, no terms stated"),
         frm=FIONA, to="finance@copperkettle.co.uk",
         subject="Your invoice MLU-10455 from Merrow Linen", date="2026-02-23 15:03 +0000",
         delivered_to=BOT, body=Text(html, "html", "utf-8", "quoted-printable"))

    # 03 facts only in PDF
    pdf = make_pdf([
        "# INVOICE",
        "Merrow Linen Services Ltd, Unit 4 Stourton Link, Leeds LS10 1RS  VAT GB 284 5512 90",
        "",
        "Bill to: Harbourview Spa & Leisure Ltd, 2 Marine Parade, Scarborough YO11 2ER",
        "Invoice no: MLU-10457",
        "Invoice date: 24/02/2026",
        "Terms: 14 days net",
        "",
        "Spa robes hire, 180 pcs                          612.00",
        "Treatment towels (large), 960 pcs                 883.20",
        "Pool towels, 600 pcs                             410.30",
        "Subtotal                                        1,905.50",
        "VAT 20%                                          381.10",
        "TOTAL GBP                                       2,286.60",
        "",
        "Pay to: Thameside Bank plc, sort code 20-45-77, account 43981265",
    ], "Invoice MLU-10457")
    mail(p(3, "invoice_harbourview_pdf_only"),
         lab("invoice_copy", "en", inv="MLU-10457", amount="2286.60", currency="GBP", issue_date="2026-02-24",
             due_date=add_days("2026-02-24", 14), payment_terms_days=14,
             note="all invoice facts only in the PDF attachment; body has none"),
         frm=FIONA, to="Tom Reilly <ap@harbourviewspa.co.uk>", cc=BOTC,
         subject="Invoice attached", date="2026-02-24 10:17 +0000",
         body=Multi("mixed", [
             Text(t("""
                Hi Tom,

                Attached is this month's invoice. Any questions let me know.

                Best,
                Fiona
                """), cte="7bit"),
             Attach(pdf, "application/pdf", "Merrow_Invoice_MLU-10457.pdf")]))

    # 04 contract value vs mobilisation deposit
    mail(p(4, "invoice_oakhurst_deposit"),
         lab("invoice_copy", "en", inv="MLU-10460", amount="12873.60", currency="GBP", issue_date="2026-02-25",
             due_date=add_days("2026-02-25", 21), payment_terms_days=21,
             note="contract value 214,560 + VAT is not due; the 5% mobilisation deposit incl. VAT is"),
         frm=DEV, to="accounts.payable@oakhursthospital.co.uk",
         cc=f"Jane Cartwright <j.cartwright@oakhursthospital.co.uk>, {BOTC}",
         subject="Oakhurst - theatre linen contract - mobilisation invoice MLU-10460",
         date="2026-02-25 16:20 +0000",
         body=alt(t("""
            Dear Accounts Payable,

            Following signature of the theatre linen and scrubs contract (ref. OPH/TL/2026),
            please find our first invoice below.

            Contract value (36 months): £214,560.00 + VAT

            Invoice MLU-10460 - mobilisation deposit (5% of contract value)
              Net          £10,728.00
              VAT 20%      £ 2,145.60
              Total        £12,873.60

            Invoice date 25 February 2026, payable within 21 days. Monthly service invoices
            start in April and will be sent separately.

            With kind regards,
            Dev Patel
            Merrow Linen Services Ltd
            """)))

    # 05 instalment 2 of 4, fixed due date in UK format
    mail(p(5, "invoice_seaton_instalment"),
         lab("invoice_copy", "en", inv="MLU-10463", amount="3150.00", currency="GBP", issue_date="2026-03-02",
             due_date="2026-03-16",
             note="instalment 2 of 4 due now; agreement total 12,600 is not; UK dd/mm date"),
         frm=FIONA, to="accounts@seatonholidayparks.co.uk", cc=BOTC,
         subject="MLU-10463 - season stock instalment 2 of 4", date="2026-03-02 09:05 +0000",
         body=Text(t("""
            Good morning,

            As per our agreement for the 2026 season start-up stock (total £12,600.00 incl. VAT,
            payable in four equal instalments), here is instalment 2.

            Invoice: MLU-10463
            Date: 02/03/2026
            Instalment 2 of 4: £3,150.00 (incl. VAT)
            Payment due: 16/03/2026
            Remaining after this instalment: £6,300.00 (instalments 3 and 4, April and May)

            Many thanks,
            Fiona Hale
            Credit Control
            """), cte="quoted-printable"))

    # 06 credit note deducted from invoice
    mail(p(6, "invoice_kestrel_creditnote"),
         lab("invoice_copy", "en", inv="MLU-10466", amount="3894.00", currency="GBP", issue_date="2026-03-02",
             due_date=add_days("2026-03-02", 30), payment_terms_days=30,
             note="invoice 4212 less credit note MLC-00231 (318) = balance 3894 to pay; credit note number not an invoice"),
         frm=DEV, to="payables@kestrelfitness.co.uk", cc=BOTC,
         subject="Invoice MLU-10466 and credit note MLC-00231", date="2026-03-02 13:48 +0000",
         body=alt(t("""
            Hello,

            Please find our February invoice for all six Kestrel clubs, together with the credit
            for the short gym-towel delivery at Wakefield on 9 February.

            Invoice MLU-10466 (2 March 2026)           £4,212.00 incl. VAT
            Credit note MLC-00231                      -£318.00 incl. VAT
            Balance to pay                             £3,894.00

            Our usual 30-day terms apply. Please pay the balance and quote both references.

            Regards,
            Dev
            """)))

    # 07 two invoices in one mail
    mail(p(7, "invoice_pemberton_two"),
         lab("invoice_copy", "en", inv="MLU-10469;MLU-10470", currency="GBP", issue_date="2026-03-03",
             due_date=add_days("2026-03-03", 30), payment_terms_days=30, needs_human=True,
             note="two invoices in one mail (1140.00 and 396.00); amount left empty, per-invoice amounts in note"),
         frm=DEV, to="accounts@pemberton-catering.co.uk", cc=BOTC,
         subject="Invoices MLU-10469 & MLU-10470", date="2026-03-03 11:12 +0000",
         body=Text(t("""
            Hi Gemma,

            Two invoices for you this time, both dated 3 March 2026, usual 30 days:

            MLU-10469 - event linen, Harrogate wedding fair (28 Feb)   £1,140.00 incl. VAT
            MLU-10470 - chef whites, February                         £  396.00 incl. VAT

            Could you pay them separately please, as the event linen goes to a different
            cost centre on our side.

            Cheers,
            Dev
            """), cte="quoted-printable"))

    # 08 genuinely unclear which total is due
    mail(p(8, "invoice_greyfriars_unclear_total"),
         lab("invoice_copy", "en", inv="MLU-10472", currency="GBP", issue_date="2026-03-03",
             due_date=add_days("2026-03-03", 30), payment_terms_days=30, needs_human=True,
             note="package 7800+VAT vs first stage 2600+VAT: text never says which this invoice is for; amount left empty"),
         frm=DEV, to="Marcus Lee <accounts@greyfriarslets.co.uk>", cc=BOTC,
         subject="Summer turnaround - invoice", date="2026-03-03 17:31 +0000",
         body=Text(t("""
            Hi Marcus,

            Good to speak earlier. As agreed we'll invoice the summer turnaround package in stages.

            Invoice MLU-10472
            Summer turnaround package 2026 (3 changeover visits) - £7,800 + VAT
            First stage - £2,600 + VAT

            Terms 30 days as usual. Give me a ring if anything needs changing before it goes
            to your finance people.

            Dev
            """), cte="8bit"))

    # 09 US client, USD, Net 45, US date style
    mail(p(9, "invoice_mapleandfinch_usd"),
         lab("invoice_copy", "en", inv="MLU-10474", amount="5430.00", currency="USD", issue_date="2026-03-02",
             due_date=add_days("2026-03-02", 45), payment_terms_days=45,
             note="US client; Net 45; 'March 2, 2026'"),
         frm=DEV, to="Billing <billing@mapleandfinch.com>", cc=BOTC,
         subject="Merrow Linen invoice MLU-10474", date="2026-03-02 15:55 +0000",
         body=alt(t("""
            Hi Rachel,

            Here's the invoice for the spring refresh of guest-room linen at Maple & Finch.

            Invoice #: MLU-10474
            Invoice Date: March 2, 2026
            Terms: Net 45
            Amount Due: USD 5,430.00

            Wire instructions: Thameside Bank plc, IBAN GB48 THMS 2045 7771 0066 21,
            SWIFT THMSGB2L, beneficiary Merrow Linen Services Ltd. You can also pay by card
            through the FernPay link on the invoice.

            Thanks so much,
            Dev Patel
            """)))

    # 10 Ireland, EUR, payable immediately, latin-9 QP
    mail(p(10, "invoice_dunmore_immediate_latin9"),
         lab("invoice_copy", "en", inv="MLU-10475", amount="2029.50", currency="EUR", issue_date="2026-03-04",
             due_date="2026-03-04", note="payable immediately on receipt -> due = issue, no terms; iso-8859-15"),
         frm=NIAMH, to="accounts@dunmorehouse.ie", cc=BOTC,
         subject="Invoice MLU-10475 - emergency linen delivery", date="2026-03-04 12:26 +0000",
         body=Text(t("""
            Hi Siobhán,

            As discussed on the phone this morning, we sent the emergency delivery out to you
            in Cork today after the flood in your laundry room.

            Invoice MLU-10475 dated 04/03/2026
            Net €1,650.00
            VAT 23% €379.50
            Total €2,029.50

            As this was a one-off emergency order outside your contract, it is payable
            immediately on receipt. IBAN IE64 LIFF 9311 5214 7730 58, BIC LIFFIE2D.

            Le meas,
            Niamh Byrne
            Merrow Linen Ireland DAC
            """), charset="iso-8859-15", cte="quoted-printable"))


def replies():
    r = R(D, "riverside")
    mail(p(11, "reply_riverside_paid_yesterday"),
         lab("client_reply", "en", inv="MLU-10318", intent="paid_claim", payment_date="2026-02-16",
             note="'paid yesterday' on Tue 17 Feb"),
         frm="Sandra Okafor <accounts@riversidehotels.co.uk>", to=BOTC,
         subject="RE: " + r["subject"], date="2026-02-17 09:12 +0000", irt=r["mid"],
         body=alt("Hi,\n\nThis was paid yesterday by BACS, remittance to follow from our system.\n\n"
                  "Regards\nSandra Okafor\nPurchase Ledger, Riverside Hotels Group\n" + quoted(r, style="outlook")))

    r = R(D, "kestrel")
    html = t("""
        <html><body style="font-family:Segoe UI,Arial;font-size:12px">
        <h3 style="margin:0">REMITTANCE ADVICE</h3>
        <p>Kestrel Fitness Clubs Ltd<br>Payment run: PR-2026-08</p>
        <p>To: Merrow Linen Services Ltd<br>Supplier account: MER001</p>
        <table border="1" cellpadding="4" cellspacing="0">
        <tr><th>Your reference</th><th>Our reference</th><th>Invoice date</th><th>Amount paid</th></tr>
        <tr><td>MLU-10325</td><td>PI-0448213</td><td>25/01/2026</td><td>2,184.00</td></tr>
        <tr><td colspan="3" align="right"><b>Total (GBP)</b></td><td><b>2,184.00</b></td></tr>
        </table>
        <p>Payment method: BACS &nbsp;&nbsp; Payment date: 23/02/2026</p>
        <p style="color:#888">This is an automated message from our finance system. Please do not reply.
        Queries to payables@kestrelfitness.co.uk</p>
        </body></html>
        """)
    mail(p(12, "reply_kestrel_remittance_advice_html"),
         lab("client_reply", "en", inv="MLU-10325", intent="paid_claim", amount="2184.00", currency="GBP",
             payment_date="2026-02-23",
             note="automated remittance advice from the debtor's ERP (not a payment notifier): a paid claim only"),
         frm="Kestrel Fitness Payables <noreply-finance@kestrelfitness.co.uk>",
         to="ar@merrowlinen.com", reply_to="payables@kestrelfitness.co.uk",
         subject="Remittance Advice - Kestrel Fitness Clubs Ltd - PR-2026-08", date="2026-02-23 06:02 +0000",
         extra=[("Auto-Submitted", "auto-generated")],
         body=Text(html, "html", "utf-8", "quoted-printable"))

    r = R(D, "hudson")
    mail(p(13, "reply_hudson_tomorrow_late_night_ny"),
         lab("client_reply", "en", inv="MLU-10330", intent="promise", promised_date="2026-02-26",
             note="sent 23:41 New York time (04:41 UTC next day): 'tomorrow' = 26 Feb local"),
         frm="Marco DeLuca <marco@hudsonyardkitchens.com>", to=BOTC,
         cc="ap@hudsonyardkitchens.com",
         subject="Re: " + r["subject"], date="2026-02-25 23:41 -0500", irt=r["mid"],
         body=Text("Sorry for the delay on this one, we switched banks this month and everything got stuck.\n"
                   "I'll send the wire for MLU-10330 first thing tomorrow morning.\n\nMarco\n\n"
                   "Sent from my iPhone\n" + quoted(r), cte="quoted-printable"))

    r = R(D, "cobbles")
    mail(p(14, "reply_cobbles_end_of_next_week"),
         lab("client_reply", "en", inv="MLU-10327", intent="promise", promised_date="2026-02-27",
             note="Fri 20 Feb: 'end of next week' = Fri 27 Feb"),
         frm="Lucy Barnes <hello@cobblescafe.co.uk>", to=BOTC,
         subject="Re: " + r["subject"], date="2026-02-20 16:05 +0000", irt=r["mid"],
         body=alt("Hiya,\n\nSorry, I know this is overdue. Cash flow's been really tight since Christmas but "
                  "we'll have it cleared by the end of next week, promise.\n\nLucy x\nCobbles Café Bar\n" + quoted(r)))

    r = R(D, "bramble")
    earlier_mid = "<CAKd7q3xR2p=Lw8bR4mJ1nVQ@mail.gmail.com>"
    earlier = t("""
        On Mon, 23 Feb 2026 at 10:02, Owen Price <owen@brambleandoak.co.uk> wrote:
        > Hi, apologies for the delay - this will be paid on Friday the 27th with our
        > normal supplier run.
        > Owen
        >
        """) + "".join("> " + ln + "\n" for ln in quoted(r).strip("\n").splitlines())
    mail(p(15, "reply_bramble_retracted_new_date"),
         lab("client_reply", "en", inv="MLU-10316", intent="promise", promised_date="2026-03-03",
             note="retracts the earlier promise for 27 Feb and replaces it with Tue 3 March"),
         frm="Owen Price <owen@brambleandoak.co.uk>", to=BOTC,
         subject="Re: " + r["subject"], date="2026-02-25 14:22 +0000", irt=earlier_mid,
         refs=f"{r['mid']}\n {earlier_mid}",
         body=alt("Hi again,\n\nSorry - please ignore what I said on Monday about Friday the 27th. Our payment "
                  "run has been moved because of the year-end stock take, so MLU-10316 will now go out on "
                  "Tuesday 3rd March.\n\nThanks for your patience,\nOwen\n\n" + earlier))

    r = R(D, "lougherne")
    mail(p(16, "reply_lougherne_conditional_insurance"),
         lab("client_reply", "en", inv="MLU-10309", intent="promise", promised_date="2026-03-10", needs_human=True,
             note="conditional: pays when the insurer pays out, which the insurer said would be 10 March"),
         frm="Declan Maguire <accounts@lougherne-lodge.co.uk>", to=BOTC,
         subject="RE: " + r["subject"], date="2026-02-18 12:40 +0000", irt=r["mid"],
         body=alt(t("""
            Hello,

            We are aware of this one. As you may have heard, the lodge was flooded in January and we
            have been closed since. As soon as the insurer pays out on our claim we will settle your
            invoice in full - the loss adjuster has told us to expect the money on 10 March.

            I hope that is acceptable in the circumstances.

            Declan Maguire
            Lough Erne Lodge
            """) + quoted(r, style="outlook")))

    r = R(D, "northgate")
    mail(p(17, "reply_northgate_dispute_quantity"),
         lab("client_reply", "en", inv="MLU-10344", intent="dispute", amount="96.00", currency="GBP", needs_human=True,
             note="disputes 8 missing tunics (96.00); offers to pay the rest once corrected (promise inside dispute -> dispute)"),
         frm="Priya Shah <office@northgatedental.co.uk>", to=BOTC,
         subject="Re: " + r["subject"], date="2026-02-12 08:57 +0000", irt=r["mid"],
         body=alt(t("""
            Good morning,

            Yes, it arrived, but it isn't right. We were charged for 40 tunics but only 32 were
            delivered on 3 February (the delivery note is signed for 32). Please could you issue a
            credit for the 8 missing tunics at £12.00 each, £96.00, and we'll pay the rest as soon
            as the corrected invoice comes through.

            Many thanks,
            Priya Shah
            Practice Manager, Northgate Dental Group
            """) + quoted(r)))

    r = R(D, "wyvern")
    mail(p(18, "reply_wyvern_question_costcentre"),
         lab("client_reply", "en", inv="MLU-10339", intent="question", needs_human=True,
             note="question about which clinic the invoice covers; quoted reminder contains 'already paid' text"),
         frm="Hannah Cole <accounts@wyvernphysio.co.uk>", to=BOTC,
         subject="RE: " + r["subject"], date="2026-02-20 13:14 +0000", irt=r["mid"],
         body=alt(t("""
            Hi there,

            Before I put this through, can you tell me whether MLU-10339 includes the towel service
            for the Exeter clinic as well, or just Taunton? I need to allocate it to the right cost
            centre and the invoice only says "Wyvern Physio".

            Thanks,
            Hannah
            """) + quoted(r, style="outlook")))

    r = R(D, "halcyon")
    mail(p(19, "reply_halcyon_not_received"),
         lab("client_reply", "en", inv="MLU-10341", intent="not_received",
             note="asks for a resend to a different AP address"),
         frm="Tom Fenwick <finance@halcyonapartments.co.uk>", to=BOTC,
         subject="Re: " + r["subject"], date="2026-02-12 15:48 +0000", irt=r["mid"],
         body=Text(t("""
            Hi,

            No, we've got no record of MLU-10341 at all. Could you resend it to
            invoices@halcyonapartments.co.uk please? That inbox goes straight into our AP system,
            this one doesn't.

            Tom
            """) + quoted(r), cte="quoted-printable", flowed=False))

    r = R(D, "claddagh")
    mail(p(20, "reply_claddagh_bank_details"),
         lab("client_reply", "en", inv="MLU-10347", intent="payment_details",
             note="asks for IBAN/BIC and a tax clearance number for supplier set-up"),
         frm="Aoife Keane <accounts@claddaghcare.ie>", to=BOTC,
         subject="RE: " + r["subject"], date="2026-02-24 11:30 +0000", irt=r["mid"],
         body=alt(t("""
            Hi,

            Yes we got it, thanks. We're setting Merrow Linen Ireland up as a new supplier on our
            system - could you send me your IBAN and BIC on company letterhead, and your tax
            clearance access number? I can't release any payment until that's done.

            Kind regards,
            Aoife Keane
            Accounts, Claddagh Care Ltd
            """) + quoted(r, style="outlook")))

    r = R(D, "peak")
    mail(p(21, "reply_peak_plan_request"),
         lab("client_reply", "en", inv="MLU-10301", intent="plan_request", amount="700.00", currency="GBP",
             needs_human=True, note="asks to pay in three monthly payments of 700"),
         frm="Rob & Jen Hargreaves <hello@peakglamping.co.uk>", to=BOTC,
         subject="Re: " + r["subject"], date="2026-02-19 20:03 +0000", irt=r["mid"],
         body=alt(t("""
            Hi,

            Winter has been very quiet up here and we're struggling to find the full £2,100 in one
            go. Would you accept three monthly payments of £700, starting on 1 March? We can set up
            a standing order if that helps.

            Sorry about this. We've always paid before and we will this time, just need a bit longer.

            Rob
            """) + quoted(r)))

    r = R(D, "granary")
    html = t("""
        <html><body><div dir="auto">Please stop emailing me about this. The Old Granary was sold in January
        and I am no longer the owner or a director. Take it up with the new owners, I have nothing to do
        with the business any more.</div><div dir="auto"><br></div><div dir="auto">Claire Whitmore</div>
        <div dir="auto"><br></div><div dir="auto">Sent from my iPhone</div></body></html>
        """)
    mail(p(22, "reply_granary_stop_html"),
         lab("client_reply", "en", inv="MLU-10297", intent="stop", needs_human=True,
             note="stop request; former owner says business sold; HTML only from phone, no quote"),
         frm="Claire Whitmore <events@theoldgranary.co.uk>", to=BOTC,
         subject="Re: " + r["subject"], date="2026-02-24 19:51 +0000", irt=r["mid"],
         body=Text(html, "html", "utf-8", "quoted-printable"))

    r = R(D, "marlowe")
    mail(p(23, "reply_marlowe_mixed_paid_and_dispute"),
         lab("client_reply", "en", inv="MLU-10305;MLU-10312", intent="dispute", payment_date="2026-02-12",
             needs_human=True,
             note="mixed: claims MLU-10305 paid on 12 Feb, disputes MLU-10312 (stained tablecloths)"),
         frm="Graham Ellis <finance@marlowetheatrebar.co.uk>", to=BOTC,
         subject="RE: " + r["subject"], date="2026-02-17 16:33 +0000", irt=r["mid"],
         body=alt(t("""
            Hello,

            Two things:

            MLU-10305 was paid on the 12th, reference MARLOWE 10305, so it should be with you by now.

            MLU-10312 we are querying. Half of the tablecloths in that delivery came back stained and
            we couldn't use them for the gala evening. I've sent photos to Dev. We won't be paying
            that one until it's sorted out.

            Graham Ellis
            Finance, Marlowe Theatre Bar
            """) + quoted(r, style="outlook")))


def payments():
    r = R(D, "riverside")
    mail(p(24, "payment_thameside_riverside"),
         lab("payment_confirmation", "en", rem=r, amount="2940.00", payment_date="2026-02-18", payment_full=True,
             note="value date 18 Feb (client had claimed 16 Feb)"),
         frm="Thameside Bank Business <notifications@alerts.thamesidebank.co.uk>", to=BOT,
         subject="Credit received on account ending 1265", date="2026-02-18 07:14 +0000",
         auth=authres("alerts.thamesidebank.co.uk", dkim_d="thamesidebank.co.uk", policy="reject"),
         extra=[("Auto-Submitted", "auto-generated")],
         body=alt(t("""
            Thameside Bank Business Online

            A credit has been received on your account.

            Account name:   MERROW LINEN SERVICES LTD
            Account:        20-45-77 ****1265
            Amount:         GBP 2,940.00
            From:           RIVERSIDE HOTELS GRP
            Reference:      MLU-10318
            Payment type:   Faster Payment
            Value date:     18/02/2026

            To see full details, log in to Business Online. We will never ask you for your
            passcode or card reader codes by e-mail.
            """)))

    r = R(D, "maple")
    html = t("""
        <html><body style="font-family:-apple-system,Helvetica,Arial;color:#222">
        <table width="600" align="center"><tr><td>
        <h2 style="color:#1b6e4a">You've been paid</h2>
        <p>Maple &amp; Finch Hotel LLC paid invoice <b>MLU-10336</b>.</p>
        <table cellpadding="6">
        <tr><td>Payment ID</td><td>py_7Hq2LmX0aR81</td></tr>
        <tr><td>Date</td><td>Feb 27, 2026</td></tr>
        <tr><td>Amount</td><td>$2,610.00 USD</td></tr>
        <tr><td>FernPay fee</td><td>-$78.56 USD</td></tr>
        <tr><td>Net to balance</td><td>$2,531.44 USD</td></tr>
        <tr><td>Method</td><td>Visa &bull;&bull;&bull;&bull; 4417</td></tr>
        </table>
        <p>The net amount will be included in your next payout to Thameside Bank ****6621.</p>
        <p style="font-size:11px;color:#888">FernPay Ltd &middot; You are receiving this because you are an
        owner of the Merrow Linen Services Ltd account.</p>
        </td></tr></table></body></html>
        """)
    mail(p(25, "payment_fernpay_maple_fee"),
         lab("payment_confirmation", "en", rem=r, amount="2610.00", payment_date="2026-02-27", payment_full=True,
             note="PSP shows gross 2610, fee 78.56, net 2531.44: the client paid the gross in full"),
         frm="FernPay <payouts@mail.fernpay.com>", to=BOT,
         subject="Payment received: $2,610.00 from Maple & Finch Hotel LLC", date="2026-02-27 18:26 +0000",
         auth=authres("mail.fernpay.com", dkim_d="fernpay.com", policy="reject"),
         body=Text(html, "html", "utf-8", "base64"))

    r = R(D, "brigid")
    mail(p(26, "payment_liffey_brigid_split"),
         lab("payment_confirmation", "en", rem=r, amount="3210.00", payment_date="2026-02-24", payment_full=True,
             allocations="MLU-10311=1845.00;MLU-10326=1365.00",
             note="one SEPA credit split over two invoices in the remittance information"),
         frm="Liffey Bank <noreply@online.liffeybank.ie>", to=BOT,
         subject="Lodgement notification - EUR 3,210.00", date="2026-02-24 08:40 +0000",
         auth=authres("online.liffeybank.ie", dkim_d="liffeybank.ie", policy="quarantine"),
         body=Text(t("""
            Liffey Bank Business Banking - Lodgement notification

            Account:          MERROW LINEN IRELAND DAC  IE64 LIFF ...7730 58
            Amount:           EUR 3,210.00
            Value date:       24-02-2026
            Ordering party:   ST BRIGIDS NURSING HOME CLG
            Ordering IBAN:    IE29 AIBK 9311 5212 3456 78
            Remittance info:  MLU10311 1845.00 MLU10326 1365.00
            End-to-end ID:    SBNH-2026-0219-04

            This is an automated notification. Please do not reply to this e-mail.
            """), cte="7bit"))

    r = R(D, "harbourview")
    mail(p(27, "payment_thameside_harbourview_short"),
         lab("payment_confirmation", "en", rem=r, amount="1500.00", payment_date="2026-02-20", payment_full=False,
             needs_human=True, note="short payment: 1500 of 1776 open, no explanation"),
         frm="Thameside Bank Business <notifications@alerts.thamesidebank.co.uk>", to=BOT,
         subject="Credit received on account ending 1265", date="2026-02-20 07:11 +0000",
         auth=authres("alerts.thamesidebank.co.uk", dkim_d="thamesidebank.co.uk", policy="reject"),
         extra=[("Auto-Submitted", "auto-generated")],
         body=alt(t("""
            Thameside Bank Business Online

            A credit has been received on your account.

            Account name:   MERROW LINEN SERVICES LTD
            Account:        20-45-77 ****1265
            Amount:         GBP 1,500.00
            From:           HARBOURVIEW SPA LEISURE
            Reference:      MLU10320 PART
            Payment type:   Faster Payment
            Value date:     20/02/2026

            To see full details, log in to Business Online. We will never ask you for your
            passcode or card reader codes by e-mail.
            """)))

    r = R(D, "seaton")
    html = t("""
        <html><body style="font-family:Arial;font-size:12px">
        <p><img alt="Thameside Bank" src="cid:logo"> <b>BACS credit advice</b></p>
        <p>Dear Customer,</p>
        <p>The following BACS credit has been applied to account <b>20-45-77 ****1265</b>
        (MERROW LINEN SERVICES LTD).</p>
        <table border="0" cellpadding="3">
        <tr><td>Originator</td><td>SEATON HOLIDAY PARKS LTD</td></tr>
        <tr><td>Reference</td><td>SEATON MLU-10324</td></tr>
        <tr><td>Amount</td><td>&pound;4,020.00</td></tr>
        <tr><td>Processing date</td><td>26/02/2026</td></tr>
        <tr><td>Value date</td><td>27/02/2026</td></tr>
        </table>
        <p>Thameside Bank plc. Registered in England No. 0193844.</p>
        </body></html>
        """)
    mail(p(28, "payment_thameside_seaton_bacs_html"),
         lab("payment_confirmation", "en", rem=r, amount="4020.00", payment_date="2026-02-27", payment_full=True,
             note="BACS: processing date 26 Feb, value date 27 Feb -> value date; HTML only"),
         frm="Thameside Bank Business <notifications@alerts.thamesidebank.co.uk>", to=BOT,
         subject="BACS credit advice", date="2026-02-27 06:30 +0000",
         auth=authres("alerts.thamesidebank.co.uk", dkim_d="thamesidebank.co.uk", policy="reject"),
         body=Text(html, "html", "us-ascii", "7bit"))


def machine():
    # bounces
    r = R(D, "ashdown")
    notice = t("""
        This is the mail system at host mail.ashdowngolf.co.uk.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <j.whitfield@ashdowngolf.co.uk>: host mail.ashdowngolf.co.uk[private/dovecot-lmtp]
            said: 550 5.1.1 <j.whitfield@ashdowngolf.co.uk> User doesn't exist:
            j.whitfield@ashdowngolf.co.uk (in reply to RCPT TO command)
        """)
    mail(p(29, "bounce_postfix_user_unknown"),
         lab("bounce", "en", rem=r, failed_recipients="j.whitfield@ashdowngolf.co.uk", bounce_permanent=True,
             bounce_reason="user_unknown", needs_human=True),
         frm="MAILER-DAEMON@mail.ashdowngolf.co.uk (Mail Delivery System)", to=BOT,
         subject="Undelivered Mail Returned to Sender", date="2026-02-13 09:30 +0000",
         auth=authres("mail.ashdowngolf.co.uk", dkim="none", spf="none-helo", dmarc="none"),
         extra=[("Auto-Submitted", "auto-replied")], mid_host="mail.ashdowngolf.co.uk",
         body=Multi("report", [Text(notice, cte="7bit", charset="us-ascii", 
                                    headers=[("Content-Description", "Notification")]),
                               dsn("mail.ashdowngolf.co.uk", [dict(final="j.whitfield@ashdowngolf.co.uk", action="failed",
                                   status="5.1.1", diag="550 5.1.1 <j.whitfield@ashdowngolf.co.uk> User doesn't exist: j.whitfield@ashdowngolf.co.uk")],
                                   arrival="2026-02-13 09:30 +0000", extra_msg=["X-Postfix-Queue-ID: 4ZbQ7m3Hc1z9tM", f"X-Postfix-Sender: rfc822; {BOT}"]),
                               rfc822_part(r)], params="report-type=delivery-status"))

    r = R(D, "sandbanks")
    ndr_txt = t(f"""
        Your message to accounts@sandbanksbeachhotel.co.uk couldn't be delivered.

        accounts@sandbanksbeachhotel.co.uk's mail system thinks your message looks like spam and
        rejected it.

        Merrow Linen Accounts     Office 365     accounts
        Action Required                          Recipient

        Message rejected as spam

        How to Fix It
        Check the content of your message for anything that might look like spam and try again.
        If the problem continues, contact the recipient by some other means (by phone, for
        example) and ask them to tell their email admin that your messages are being rejected.

        Diagnostic information for administrators:

        Generating server: LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM

        accounts@sandbanksbeachhotel.co.uk
        Remote server returned '550 5.7.350 Remote server returned message detected as spam -> 554
        5.7.1 Message rejected as spam by Content Filtering.'

        Original message headers:

        """) + rfc822_part(r, headers_only=True).text
    ndr_html = to_html(ndr_txt)
    mail(p(30, "bounce_office365_spam"),
         lab("bounce", "en", rem=r, failed_recipients="accounts@sandbanksbeachhotel.co.uk", bounce_permanent=True,
             bounce_reason="spam", needs_human=True, note="Office 365 NDR, rejected as spam by content filter"),
         frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@sandbanksbeachhotel.co.uk>",
         to=BOT, subject="Undeliverable: " + r["subject"], date="2026-02-18 09:31 +0000",
         auth=authres("sandbanksbeachhotel.co.uk", dkim_d="sandbanksbeachhotel.onmicrosoft.com", dkim="pass", spf="pass",
                      mailfrom="sandbanksbeachhotel.co.uk", dmarc="pass"),
         received_from="mail-lo2gbr01on2091.outbound.protection.outlook.com", mid_host="LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM",
         extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
         body=Multi("report", [alt(ndr_txt, html=ndr_html),
                               dsn("LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM", [dict(final="accounts@sandbanksbeachhotel.co.uk",
                                   action="failed", status="5.7.350", remote="mx.sandbanksbeachhotel.co.uk",
                                   diag="550 5.7.350 Remote server returned message detected as spam -> 554 5.7.1 Message rejected as spam by Content Filtering.")],
                                   arrival="2026-02-18 09:30 +0000"),
                               rfc822_part(r, headers_only=True)], params="report-type=delivery-status"))

    r = R(D, "dunmore")
    warn = t(f"""
        This message was created automatically by mail delivery software.
        A message that you sent has not yet been delivered to one or more of its
        recipients after more than 24 hours on the queue on mx.irishhostingco.ie.

        The message identifier is:     1vQ4Zr-0003Km-8T
        The date of the message is:    {rfc_date(r['when'])}
        The subject of the message is: {r['subject']}

        The address to which the message has not yet been delivered is:

          accounts@dunmorehouse.ie
            host mail.dunmorehouse.ie [203.0.113.48]
            Delay reason: Connection timed out

        No action is required on your part. Delivery attempts will continue for
        some time, and this warning may be repeated at intervals if the message
        remains undelivered. Eventually the mail delivery software will give up,
        and when that happens, the message will be returned to you.
        """)
    mail(p(31, "bounce_exim_delayed"),
         lab("bounce", "en", rem=r, failed_recipients="accounts@dunmorehouse.ie", bounce_permanent=False,
             bounce_reason="other", note="Exim delay warning after 24h (connection timed out), still retrying"),
         frm="Mail Delivery System <Mailer-Daemon@mx.irishhostingco.ie>", to=BOT,
         subject="Warning: message 1vQ4Zr-0003Km-8T delayed 24 hours", date="2026-02-20 09:41 +0000",
         auth=authres("mx.irishhostingco.ie", dkim="none", spf="none-helo", dmarc="none"),
         extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "accounts@dunmorehouse.ie")],
         mid_host="mx.irishhostingco.ie",
         body=Multi("report", [Text(warn, charset="us-ascii", cte="7bit"),
                               dsn("mx.irishhostingco.ie", [dict(final="accounts@dunmorehouse.ie", action="delayed",
                                   status="4.4.1", remote="mail.dunmorehouse.ie",
                                   diag="Connection timed out", last="2026-02-20 09:40 +0000",
                                   until="2026-02-23 09:31 +0000")]),
                               rfc822_part(r, headers_only=True)], params="report-type=delivery-status"))

    # auto-replies
    r = R(D, "tulip")
    mail(p(32, "autoreply_dutch_no_headers"),
         lab("auto_reply", "nl", rem=r, return_date="2026-03-02",
             note="Dutch, no RFC 3834 headers; away 'tot en met vrijdag 27 februari', back Mon 2 March"),
         frm="Sanne de Vries <crediteuren@tuliphousehotels.co.uk>", to=BOT,
         subject="Afwezig: " + r["subject"], date="2026-02-23 09:30 +0000", irt=r["mid"],
         body=alt(t("""
            Beste afzender,

            Bedankt voor uw bericht. Ik ben afwezig tot en met vrijdag 27 februari en heb in die
            periode geen toegang tot mijn e-mail. Vanaf maandag 2 maart ben ik weer bereikbaar.

            Voor dringende zaken over betalingen kunt u contact opnemen met mijn collega Pieter
            Bakker via p.bakker@tuliphousehotels.co.uk.

            Met vriendelijke groet,
            Sanne de Vries
            Crediteurenadministratie - Tulip House Hotels
            """)))

    r = R(D, "fjord")
    mail(p(33, "autoreply_norwegian_autosubmitted"),
         lab("auto_reply", "no", rem=r, return_date="2026-03-04", note="Norwegian, Auto-Submitted: auto-replied"),
         frm="Ingrid Solberg <regnskap@fjordandfell.co.uk>", to=BOT,
         subject="Automatisk svar: " + r["subject"], date="2026-02-20 10:00 +0000", irt=r["mid"],
         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
         body=Text(t("""
            Hei,

            Takk for e-posten din. Jeg er på vinterferie og er tilbake på kontoret onsdag 4. mars.
            E-post blir ikke videresendt. Haster det, ring resepsjonen på +44 1479 810 220.

            Med vennlig hilsen
            Ingrid Solberg
            Fjord & Fell Lodges
            """), charset="iso-8859-1", cte="quoted-printable"))

    r = R(D, "lusitana")
    mail(p(34, "autoreply_portuguese_xautoreply"),
         lab("auto_reply", "pt", rem=r, return_date="2026-03-09", note="Portuguese, only X-Autoreply header"),
         frm="=?iso-8859-1?q?Jo=E3o_Gon=E7alves?= <contabilidade@casalusitana.co.uk>", to=BOT,
         subject="Resposta automática: " + r["subject"], date="2026-02-25 09:31 +0000", irt=r["mid"],
         extra=[("X-Autoreply", "yes")],
         body=Text(t("""
            Olá,

            Obrigado pela sua mensagem. Estou de férias e regresso ao escritório no dia 9 de março.
            Durante a minha ausência, as questões de pagamentos podem ser enviadas para a
            Ana Ferreira (ana.ferreira@casalusitana.co.uk).

            Cumprimentos,
            João Gonçalves
            Casa Lusitana Restaurants
            """), charset="utf-8", cte="8bit"))

    r = R(D, "coral")
    mail(p(35, "autoreply_spanish_no_headers"),
         lab("auto_reply", "es", rem=r, return_date="2026-03-10",
             note="Spanish, no standard headers, away from 23 Feb to 6 March, back Tue 10 March (not 7 Mar)"),
         frm="Carmen Ruiz <admin@coralgablesinn.com>", to=BOT,
         subject="Respuesta automática: " + r["subject"], date="2026-02-26 09:00 -0500", irt=r["mid"],
         body=alt(t("""
            Hola,

            Gracias por su correo. Estaré fuera de la oficina del 23 de febrero al 6 de marzo por
            vacaciones y vuelvo a la oficina el martes 10 de marzo. Para asuntos urgentes de
            facturación escriba a gerencia@coralgablesinn.com.

            Saludos cordiales,
            Carmen Ruiz
            Administración - Coral Gables Inn
            """)))

    # read receipts
    r = R(D, "seaton")
    mail(p(36, "read_outlook_nonstandard"),
         lab("read_receipt", "en", rem=r, note="non-standard Outlook 'Read:' receipt, plain text, no MDN part"),
         frm="Accounts - Seaton Holiday Parks <accounts@seatonholidayparks.co.uk>", to=BOT,
         subject="Read: " + r["subject"], date="2026-02-10 11:02 +0000",
         extra=[("Thread-Topic", r["subject"]), ("X-MS-Has-Attach", "")],
         body=Text(t(f"""
            Your message

              To: accounts@seatonholidayparks.co.uk
              Subject: {r['subject']}
              Sent: 10 February 2026 09:30:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

            was read on 10 February 2026 11:02:15 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
            """), charset="us-ascii", cte="7bit"),
         irt=r["mid"])

    r = R(D, "pemberton")
    mail(p(37, "read_thunderbird_mdn"),
         lab("read_receipt", "en", rem=r, note="RFC 8098 MDN, manual-action displayed"),
         frm="Gemma Holt <accounts@pemberton-catering.co.uk>", to=BOT,
         subject="Return Receipt (displayed) - " + r["subject"], date="2026-02-12 14:27 +0000",
         body=Multi("report", [
             Text(t(f"""
                This is a Return Receipt for the mail that you sent to accounts@pemberton-catering.co.uk.

                Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
                """), charset="UTF-8", cte="7bit"),
             mdn("Mozilla Thunderbird; Thunderbird 128.7.1", "accounts@pemberton-catering.co.uk", r["mid"],
                 "manual-action/MDN-sent-manually; displayed", original_recipient="accounts@pemberton-catering.co.uk"),
             rfc822_part(r, headers_only=True)], params="report-type=disposition-notification"),
         extra=[("User-Agent", "Mozilla Thunderbird")])

    r = R(D, "oakhurst")
    mail(p(38, "read_exchange_mdn"),
         lab("read_receipt", "en", rem=r, note="Exchange-generated MDN (multipart/report) with 'Read:' subject"),
         frm="Accounts Payable <accounts.payable@oakhursthospital.co.uk>", to=BOT,
         subject="Read: " + r["subject"], date="2026-02-19 08:16 +0000",
         mid_host="AM9PR02MB7731.eurprd02.prod.outlook.com",
         body=Multi("report", [
             Text(t(f"""
                Your message

                To: accounts.payable@oakhursthospital.co.uk
                Subject: {r['subject']}
                Sent: Wednesday, February 18, 2026 9:30:00 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London

                was read on Thursday, February 19, 2026 8:16:40 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
                """), charset="us-ascii", cte="7bit"),
             mdn("AM9PR02MB7731.eurprd02.prod.outlook.com; Microsoft Exchange Server",
                 "accounts.payable@oakhursthospital.co.uk", r["mid"], "automatic-action/MDN-sent-automatically; displayed")],
             params="report-type=disposition-notification"))

    r = R(D, "maple")
    tok = hx("cr-maple", 24)
    mail(p(39, "challenge_mailguardian_link"),
         lab("challenge", "en", rem=r, challenge=f"https://verify.mailguardian-cr.com/v/{tok}",
             note="challenge-response: click link to be added to the allow list"),
         frm="Rachel Kim via MailGuardian <verify@mailguardian-cr.com>", to=BOT,
         reply_to="verify@mailguardian-cr.com",
         subject="Please verify your email to Rachel Kim (billing@mapleandfinch.com)", date="2026-02-16 14:00 +0000",
         auth=authres("mailguardian-cr.com", policy="quarantine"),
         extra=[("Auto-Submitted", "auto-replied"), ("X-MailGuardian-Challenge", tok)], irt=r["mid"],
         body=alt(t(f"""
            Hello,

            I'm using MailGuardian to protect my inbox from spam. Your message to me
            ("{r['subject']}") is being held until you confirm you're a real person.

            Please click the link below to complete the one-time verification. You will not need
            to do this again.

            https://verify.mailguardian-cr.com/v/{tok}

            Thank you,
            Rachel Kim (billing@mapleandfinch.com)

            MailGuardian - challenge/response anti-spam. Messages not verified within 7 days are deleted.
            """)))


def staff_and_other():
    mail(p(40, "staff_command_paid_cheque"),
         lab("staff_command", "en", inv="MLU-10331", intent="paid_claim", amount="1146.00", currency="GBP",
             payment_date="2026-02-24", note="terse command from authenticated staff: cheque banked"),
         frm=FIONA, to=BOT, subject="paid MLU-10331", date="2026-02-24 15:40 +0000",
         auth=authres("merrowlinen.co.uk", policy="reject"),
         body=Text("paid MLU-10331 1146.00 GBP 2026-02-24\n\ncheque from Ashdown GC banked today (their email bounces, see earlier)\n-- \nFiona\n",
                   charset="us-ascii", cte="7bit"))

    mail(p(41, "staff_prose_promise_greyfriars"),
         lab("staff_command", "en", inv="MLU-10338", intent="promise", promised_date="2026-03-06",
             note="staff prose: client promised by phone to pay Friday 6 March; hold reminders"),
         frm=DEV, to=BOT, subject="Greyfriars - MLU-10338", date="2026-03-02 10:15 +0000",
         auth=authres("merrowlinen.co.uk", policy="reject"),
         body=Text(t("""
            Hi,

            Spoke to Marcus at Greyfriars this morning. They've agreed to pay MLU-10338 this Friday,
            6 March. Can you hold the reminders until then please?

            Thanks
            Dev
            """), cte="7bit"))

    mail(p(42, "other_forged_thameside_lookalike"),
         lab("other", "en", inv="MLU-10340", amount="8950.00", currency="GBP", needs_human=True,
             note="look-alike bank domain thameside-bank.co.uk (passes its own DKIM/DMARC) - not a configured notifier; phishing link"),
         frm="Thameside Bank Business <notifications@alerts.thameside-bank.co.uk>", to=BOT,
         subject="Incoming payment held for verification - GBP 8,950.00", date="2026-02-23 07:52 +0000",
         auth=authres("alerts.thameside-bank.co.uk", dkim_d="thameside-bank.co.uk"),
         received_from="smtp.bulkrelay-mail.net",
         body=alt(t("""
            Thameside Bank Business Online

            An incoming payment to your account is being held for verification.

            Amount:      GBP 8,950.00
            From:        OAKHURST PRIVATE HOSPITAL
            Reference:   MLU-10340
            Status:      PENDING RELEASE

            To release the funds today, please confirm your Business Online credentials:
            https://thameside-bank.co.uk.secure-release.net/login

            Funds not released within 24 hours will be returned to the sender.

            Thameside Bank Security Team
            """)))

    mail(p(43, "other_supplier_invoice_to_us"),
         lab("other", "en", needs_human=True,
             note="a supplier's invoice TO Merrow (accounts payable), not from staff: not an invoice copy; invoice no. BLC-88213 deliberately not labelled"),
         frm="Brightwell Laundry Chemicals <accounts@brightwellchem.co.uk>", to=BOT,
         subject="Invoice BLC-88213 from Brightwell Laundry Chemicals Ltd", date="2026-02-26 10:05 +0000",
         body=Multi("mixed", [
             Text(t("""
                Dear Customer,

                Please find attached invoice BLC-88213 for £3,418.20 (detergent, softener and
                stain-removal concentrates delivered to Leeds on 19/02/2026), due 28/03/2026.

                Kind regards,
                Accounts Department
                Brightwell Laundry Chemicals Ltd
                """), cte="quoted-printable"),
             Attach(make_pdf(["# Brightwell Laundry Chemicals Ltd", "INVOICE BLC-88213  Date 26/02/2026",
                              "Customer: Merrow Linen Services Ltd (Leeds)", "Total due GBP 3,418.20  Due 28/03/2026"],
                             "BLC-88213"), "application/pdf", "BLC-88213.pdf")]))

    mail(p(44, "other_credit_agency_newsletter"),
         lab("other", "en", note="marketing newsletter from a credit reference agency"),
         frm="CreditSight UK <news@mail.creditsight.co.uk>", to=BOT,
         subject="Late payment trends in hospitality - February briefing", date="2026-02-25 07:00 +0000",
         auth=authres("mail.creditsight.co.uk", dkim_d="creditsight.co.uk"),
         extra=[("List-Unsubscribe", "<https://mail.creditsight.co.uk/u/8f2a91>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
         body=alt(t("""
            CreditSight UK - February briefing

            Average days beyond terms in hospitality rose to 19.4 in January, the highest since 2021.
            Hotels and restaurants paid 38% of invoices late, up from 33% a year earlier.

            Five ways to protect your cash flow this spring:
            1. Check new customers before you extend credit.
            2. Send invoices the day the work is done.
            3. Follow up politely a few days before the due date.
            4. Agree payment plans early rather than late.
            5. Know when to escalate.

            Read the full report: https://www.creditsight.co.uk/briefings/2026-02

            You are receiving this because you subscribed at creditsight.co.uk. Unsubscribe any time.
            """)))


def build():
    reminders()
    invoices()
    replies()
    payments()
    machine()
    staff_and_other()

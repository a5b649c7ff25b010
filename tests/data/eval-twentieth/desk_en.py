"""EN desk: UK, Ireland, a few US accounts. Staff on norrvik-cold.co.uk,
invoices NCU-24-NNNN, GBP/EUR/USD, Europe/London, Europe/Dublin, America/New_York."""
from lib import BOT, Reminder, ar, attach, enc, mail, multi, pdf, pdf_text_lines, rfcdate, text, raw_part
from common import A, Desk, auto_reply, reply, staff_mail
from machine import dsn, mdn, returned_headers
import templates as T

STAFF_DOMAINS = ["norrvik-cold.co.uk"]
STAFF = ["fiona.gallagher@norrvik-cold.co.uk", "tom.ashworth@norrvik-cold.co.uk", "priya.natarajan@norrvik-cold.co.uk"]
NOTIFIERS = ["alerts@northbridgebank.co.uk", "notifications@gocardless.com", "notifications@stripe.com"]

FIONA = A("Fiona Gallagher", "fiona.gallagher@norrvik-cold.co.uk")
TOM = A("Tom Ashworth", "tom.ashworth@norrvik-cold.co.uk")
PRIYA = A("Priya Natarajan", "priya.natarajan@norrvik-cold.co.uk")
LON = "Europe/London"
DUB = "Europe/Dublin"
NY = "America/New_York"


def R(key, local, to, items, cur, name=""):
    return Reminder("en", key, local, LON, to, items, cur, "en", name)


E1 = R("harrowgate", "2024-10-11 09:40", "gemma.hollis@harrowgatefoods.co.uk", [("NCU-24-0512", "4380.00", "2024-10-14")], "GBP", "Gemma")
E2 = R("kilbride", "2024-10-01 10:05", "accounts@kilbridedairies.ie", [("NCU-24-0498", "6150.00", "2024-09-20")], "EUR")
E3 = R("marlow", "2024-10-03 09:30", "payables@marlowfinch.co.uk",
       [("NCU-24-0505", "2880.00", "2024-09-27"), ("NCU-24-0509", "1140.00", "2024-10-04")], "GBP")
E4 = R("brennan", "2024-10-04 14:00", "finance@brennanseafoods.ie", [("NCU-24-0501", "12400.00", "2024-09-30")], "EUR")
E5 = R("ashdown", "2024-10-08 09:15", "kate.morrow@ashdownbrewery.co.uk", [("NCU-24-0515", "3960.00", "2024-10-11")], "GBP", "Kate")
E6 = R("pinecrest", "2024-10-07 15:00", "ap@pinecrestlogistics.com", [("NCU-24-0488", "14250.00", "2024-09-30")], "USD")
E7 = R("solent", "2024-10-08 10:00", "treasurer@solenticerinks.org.uk", [("NCU-24-0507", "1860.00", "2024-10-01")], "GBP")
E8 = R("mersey", "2024-10-09 09:30", "invoices@merseypharma.co.uk", [("NCU-24-0519", "1480.00", "2024-10-18")], "GBP")
E9 = R("tullamore", "2024-10-09 10:30", "c.dunne@tullamoremeats.ie", [("NCU-24-0495", "8720.00", "2024-09-25")], "EUR", "Ciara")
E10 = R("castlegate1", "2024-10-10 09:00", "j.ellery@castlegatehotels.co.uk", [("NCU-24-0503", "2310.00", "2024-10-03")], "GBP", "James")
E11 = R("greyfriars", "2024-10-10 09:05", "accounts@greyfriarscatering.co.uk", [("NCU-24-0510", "685.00", "2024-10-07")], "GBP")
E12 = R("lakeshore", "2024-10-14 15:00", "billing@lakeshorecreamery.com", [("NCU-24-0492", "9875.00", "2024-10-10")], "USD")
E13 = R("oosterhout", "2024-10-15 09:20", "m.vandenberg@oosterhoutflowers.co.uk", [("NCU-24-0517", "5412.00", "2024-10-18")], "GBP", "Marloes")
E14 = R("pinecrest2", "2024-10-16 15:10", "r.alvarez@pinecrestlogistics.com", [("NCU-24-0521", "3300.00", "2024-10-21")], "USD", "Rosa")
E15 = R("baxter", "2024-10-15 09:00", "orders@baxterreid.co.uk", [("NCU-24-0506", "945.00", "2024-10-08")], "GBP")
E16 = R("northfleet", "2024-10-17 10:00", "ap@northfleetbio.co.uk", [("NCU-24-0520", "7860.00", "2024-10-24")], "GBP")
E17 = R("castlegate2", "2024-10-21 09:30", "purchase.ledger@castlegatehotels.co.uk",
        [("NCU-24-0503", "2310.00", "2024-10-03"), ("NCU-24-0514", "1275.00", "2024-10-10")], "GBP")
E18 = R("dunmore", "2024-10-22 09:30", "accounts@dunmorefisheries.ie", [("NCU-24-0499", "4100.00", "2024-09-27")], "EUR")
E19 = R("kingsmoor", "2024-10-18 09:30", "facilities@kingsmoorleisure.co.uk", [("NCU-24-0511", "2736.00", "2024-10-11")], "GBP")
E20 = R("harbourview", "2024-10-21 10:00", "ap@harbourviewhotel.ie", [("NCU-24-0513", "1950.00", "2024-10-14")], "EUR")
E21 = R("quinn", "2024-10-22 09:45", "sarah.quinn@quinnbakeries.co.uk", [("NCU-24-0516", "1188.00", "2024-10-15")], "GBP", "Sarah")
E22 = R("glenarm", "2024-10-23 09:10", "admin@glenarmcreamery.co.uk", [("NCU-24-0518", "2262.00", "2024-10-16")], "GBP")


def build():
    d = Desk("en")
    add = d.add

    # ------------------------------------------------------------ invoice copies
    add("invoice_harrowgate_service", staff_mail(
        "en-i1", FIONA, A("Gemma Hollis", "gemma.hollis@harrowgatefoods.co.uk"),
        "Invoice NCU-24-0601 - Q4 planned maintenance, Harrowgate Foods", rfcdate("2024-10-21 11:02:14", LON),
        text("""Hi Gemma,

Please find below our invoice for the Q4 planned maintenance visit on the
spiral freezer and the two chill stores at your Ripon site.

  Invoice number:   NCU-24-0601
  Invoice date:     21 October 2024
  Service contract: SC-HF-2023-04, quarter 4
  Net amount:       £1,650.00
  VAT at 20%:       £330.00
  Total:            £1,980.00

Payment terms are 30 days from the invoice date. Bank details are on the
invoice footer as usual (Northbridge Bank, sort code 20-45-77,
account 43918266).

Thanks very much,
Fiona

Fiona Gallagher | Credit Controller
Norrvik Cold Systems Ltd | Unit 4, Calder Park, Wakefield WF2 7AW
""")),
        kind="invoice_copy", language="en", invoice_numbers="NCU-24-0601", amount="1980.00", currency="GBP",
        issue_date="2024-10-21", due_date="2024-11-20", payment_terms_days="30", needs_human=False,
        note="plain text, bot in Cc; net/VAT/total, total is due")

    add("invoice_fenwick_deposit", staff_mail(
        "en-i2", PRIYA, A("Alan Fenwick", "alan.fenwick@fenwickcoldchain.co.uk"),
        "Fenwick Cold Chain - deposit invoice NCU-24-0602 (Doncaster CO2 plant)", rfcdate("2024-10-22 14:37:50", LON),
        text("""Dear Alan,

Thank you again for awarding us the Doncaster CO2 transcritical plant
replacement. As agreed in the contract (ref. FCC/NCS/2024/11), works are
invoiced in three stages, and I attach the deposit invoice.

For clarity:

  Total contract value:             £86,400.00 + VAT  (£103,680.00 gross)
  Stage 1 - deposit, 30% on order:  £25,920.00 + VAT £5,184.00
  Invoice NCU-24-0602 total:        £31,104.00

Invoice NCU-24-0602 is dated 22 October 2024 and is payable on receipt;
equipment is ordered from our supplier once the deposit has cleared.
Stage 2 (40%, on delivery of the racks) and stage 3 (30%, on
commissioning) will be invoiced separately.

Kind regards,
Priya Natarajan
Projects Accounts, Norrvik Cold Systems Ltd
""")),
        kind="invoice_copy", language="en", invoice_numbers="NCU-24-0602", amount="31104.00", currency="GBP",
        issue_date="2024-10-22", due_date="2024-10-22", payment_terms_days="", needs_human=False,
        note="competing totals: contract value 86,400 net / 103,680 gross vs deposit due now 31,104; payable on receipt -> due = issue, terms empty")

    inv3 = pdf(pdf_text_lines([
        (16, "NORRVIK COLD SYSTEMS LTD"),
        "Unit 4, Calder Park, Wakefield WF2 7AW - VAT GB 318 4471 26",
        None,
        (14, "INVOICE"),
        "Invoice No: NCU-24-0603",
        "Invoice date: 23/10/2024",
        "Customer: Quinn Bakeries Ltd, 18 Mill Lane, Sheffield S3 8LQ",
        "Customer PO: QB-7731",
        None,
        "Description                                        Qty      Rate       Amount",
        "Emergency callout 17/10/2024 - proving room chiller  1   £195.00     £195.00",
        "Engineer labour (hours)                               2    £95.00     £190.00",
        "Contactor replacement, 3-pole 25A                     1    £20.00      £20.00",
        None,
        "Net total                                                              £405.00",
        "VAT @ 20%                                                               £81.00",
        "TOTAL DUE                                                              £486.00",
        None,
        "Payment terms: 14 days. Due date: 06/11/2024",
        "Northbridge Bank plc - Sort code 20-45-77 - Account 43918266",
        "Please quote the invoice number as your payment reference.",
    ]), "en-i3", title="Invoice NCU-24-0603")
    add("invoice_quinn_pdf_only_bcc", staff_mail(
        "en-i3", TOM, A("Sarah Quinn", "sarah.quinn@quinnbakeries.co.uk"),
        "Callout last week", rfcdate("2024-10-23 16:48:03", LON),
        multi("mixed", [text("""Hi Sarah,

Invoice for last week's callout attached. Glad we got the proving room
back up before the weekend.

Cheers,
Tom
--
Tom Ashworth
Service Manager | Norrvik Cold Systems
07700 900 418
""", cte="7bit"), attach(inv3, "application/pdf", "Invoice_NCU-24-0603.pdf")], "en-i3"), bcc=True),
        kind="invoice_copy", language="en", invoice_numbers="NCU-24-0603", amount="486.00", currency="GBP",
        issue_date="2024-10-23", due_date="2024-11-06", payment_terms_days="14", needs_human=False,
        note="facts only in the PDF; bot in Bcc (Delivered-To only), body has no number or amount")

    html4 = """<html><head><meta charset="utf-8"><title>Invoice</title></head>
<body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Accounts Payable team,</p>
<p>Please find our invoice for the replacement of the walk-in freezer door heater and
the condenser coil clean at the Harbourview Hotel, Cobh.</p>
<table cellpadding="4" style="border-collapse:collapse;border:1px solid #999">
<tr><th align="left">Invoice no.</th><td>NCU-24-0604</td></tr>
<tr><th align="left">Date</th><td>24/10/2024</td></tr>
<tr><th align="left">Net</th><td align="right">&euro;3,400.00</td></tr>
<tr><th align="left">VAT 23%</th><td align="right">&euro;782.00</td></tr>
<tr><th align="left"><b>Total</b></th><td align="right"><b>&euro;4,182.00</b></td></tr>
</table>
<p>Payment is due within 14 days of the invoice date. Please pay into our EUR account:
IBAN GB29&nbsp;NBBK&nbsp;2045&nbsp;7790&nbsp;1122&nbsp;83, BIC NBBKGB2L, quoting the invoice number.</p>
<p>Kind regards,<br>Fiona Gallagher<br>Credit Controller &ndash; Norrvik Cold Systems Ltd</p>
</body></html>"""
    add("invoice_harbourview_html_only", staff_mail(
        "en-i4", FIONA, "ap@harbourviewhotel.ie", "Invoice NCU-24-0604", rfcdate("2024-10-24 10:15:27", LON),
        text(html4, sub="html", cte="quoted-printable")),
        kind="invoice_copy", language="en", invoice_numbers="NCU-24-0604", amount="4182.00", currency="EUR",
        issue_date="2024-10-24", due_date="2024-11-07", payment_terms_days="14", needs_human=False,
        note="HTML-only body, figures in a table with entities")

    add("invoice_kingsmoor_two_invoices", staff_mail(
        "en-i5", TOM, A("Kingsmoor Leisure Facilities", "facilities@kingsmoorleisure.co.uk"),
        "Invoices NCU-24-0605 and NCU-24-0606", rfcdate("2024-10-24 15:21:09", LON),
        text("""Hello,

Two invoices from us this time, both dated 24 October 2024:

NCU-24-0605 - rink chiller annual service (brine pumps, glycol test),
              £1,800.00 + VAT = £2,160.00
NCU-24-0606 - out-of-hours callout 12/10, ice plant HP alarm,
              £495.00 + VAT = £594.00

Both on our usual 30-day terms. PDFs are on the portal as well.

Best regards,
Tom Ashworth
Norrvik Cold Systems
""")),
        kind="invoice_copy", language="en", invoice_numbers="NCU-24-0605;NCU-24-0606", amount="", currency="GBP",
        issue_date="2024-10-24", due_date="2024-11-23", payment_terms_days="30", needs_human=True,
        note="two invoices in one mail (2,160.00 + 594.00); amount left empty because it belongs to two invoices")

    add("invoice_brennan_credit_note", staff_mail(
        "en-i6", FIONA, "finance@brennanseafoods.ie", "Invoice NCU-24-0607 less credit note CN-24-0019",
        rfcdate("2024-10-25 09:44:31", LON),
        text("""Hi Niamh,

As discussed on the phone, here is the invoice for the blast freezer
evaporator works, netted against the credit for the fan motor you
returned unused.

  Invoice NCU-24-0607 (25 October 2024)        EUR 9,840.00 incl. VAT
  Less credit note CN-24-0019                  EUR 1,230.00
  Balance payable                              EUR 8,610.00

The balance is due on 15 November 2024. This is separate from the
instalments we are discussing on NCU-24-0501.

Many thanks,
Fiona
""")),
        kind="invoice_copy", language="en", invoice_numbers="NCU-24-0607", amount="8610.00", currency="EUR",
        issue_date="2024-10-25", due_date="2024-11-15", payment_terms_days="", needs_human=False,
        note="credit note netted: balance payable 8,610.00 is the amount due; fixed due date only; CN-24-0019 is not an invoice")

    add("invoice_pinecrest_instalment", staff_mail(
        "en-i7", PRIYA, A("Dana Whitfield", "ap@pinecrestlogistics.com"),
        "Pinecrest Logistics - contract PL-2024-07, instalment 2 of 3 (NCU-24-0608)",
        rfcdate("2024-10-25 16:05:12", LON),
        text("""Dear Dana,

Please find attached invoice NCU-24-0608, dated October 25, 2024, for the
second instalment under contract PL-2024-07 (Newark cold store ammonia
plant upgrade).

  Contract total:            USD 42,750.00
  Instalment 1 (NCU-24-0488): USD 14,250.00
  Instalment 2 (this invoice): USD 14,250.00 - due November 15, 2024
  Instalment 3:              USD 14,250.00 - on handover

Our USD account details are unchanged: Northbridge Bank plc,
IBAN GB57 NBBK 2045 7790 4471 02, SWIFT/BIC NBBKGB2L.

Best regards,
Priya Natarajan
Norrvik Cold Systems Ltd
""")),
        kind="invoice_copy", language="en", invoice_numbers="NCU-24-0608", amount="14250.00", currency="USD",
        issue_date="2024-10-25", due_date="2024-11-15", payment_terms_days="", needs_human=False,
        note="instalment 2 of 3 is due now, not the contract total; NCU-24-0488 mentioned only as history")

    add("invoice_ashdown_stage_ambiguous", staff_mail(
        "en-i8", TOM, A("Kate Morrow", "kate.morrow@ashdownbrewery.co.uk"),
        "Cellar cooling upgrade - invoice NCU-24-0609", rfcdate("2024-10-28 11:30:45", LON),
        text("""Hi Kate,

Following your go-ahead on quote Q-2291, here's the invoice for the cellar
cooling upgrade.

Invoice NCU-24-0609, 28 October 2024
  Project: cellar cooling upgrade (quote Q-2291)
  Stage 1 - 50% on order           £8,640.00 incl. VAT
  Stage 2 - 50% on completion      £8,640.00 incl. VAT
  Total                           £17,280.00 incl. VAT

Terms 30 days.

Thanks,
Tom
""")),
        kind="invoice_copy", language="en", invoice_numbers="NCU-24-0609", amount="8640.00", currency="GBP",
        issue_date="2024-10-28", due_date="2024-11-27", payment_terms_days="30", needs_human=True,
        note="competing totals: stage 1 8,640 vs total 17,280, the mail never says which is invoiced now; labelled the on-order stage")

    add("invoice_glenarm_cp1252", staff_mail(
        "en-i9", FIONA, "admin@glenarmcreamery.co.uk", "Invoice NCU-24-0610 – Glenarm Creamery",
        rfcdate("2024-10-28 14:12:06", LON),
        text("""Good afternoon,

Please find below the details of invoice NCU-24-0610 for the ice-bank
chiller repair (“Chiller 2”) at Glenarm.

Invoice date:   28/10/2024
Net:            £2,400.00
VAT @ 20%:      £480.00
Total due:      £2,880.00
Terms:          net 30

If you pay from your euro account, the € amount will be confirmed on
request – please don’t convert it yourselves.

Kind regards
Fiona Gallagher
""", cs="windows-1252", cte="quoted-printable"), hcs="windows-1252"),
        kind="invoice_copy", language="en", invoice_numbers="NCU-24-0610", amount="2880.00", currency="GBP",
        issue_date="2024-10-28", due_date="2024-11-27", payment_terms_days="30", needs_human=False,
        note="windows-1252 quoted-printable body and subject; net vs gross, total due is gross")

    add("invoice_lakeshore_us_net45", staff_mail(
        "en-i10", PRIYA, A("Lakeshore Creamery Billing", "billing@lakeshorecreamery.com"),
        "Invoice NCU-24-0611 from Norrvik Cold Systems", rfcdate("2024-10-29 13:58:40", LON),
        text("""Hello,

Attached please find invoice NCU-24-0611 dated 10/29/2024 for the
hardening room evaporator defrost retrofit (PO LC-4471).

Amount due: $6,312.50
Payment terms: Net 45

Please remit by ACH/wire to our USD account (details on the invoice).

Thank you for your business.

Priya Natarajan
Norrvik Cold Systems Ltd
""", cte="7bit"), bcc=True),
        kind="invoice_copy", language="en", invoice_numbers="NCU-24-0611", amount="6312.50", currency="USD",
        issue_date="2024-10-29", due_date="2024-12-13", payment_terms_days="45", needs_human=False,
        note="US date format 10/29/2024; Bcc; net 45")

    # ------------------------------------------------------------ client replies
    add("reply_kilbride_paid_yesterday_after_midnight", reply(
        "en-r1", E2, A("Orla Brady", "accounts@kilbridedairies.ie"), rfcdate("2024-10-16 00:12:41", DUB),
        """Hi there,

Apologies for the delay on this one. It was paid yesterday by EFT from our
AIB account, so it should be with you in the next day or so.

Kind regards,
Orla Brady
Accounts, Kilbride Dairies
""", style="outlook"),
        kind="client_reply", language="en", invoice_numbers="NCU-24-0498", currency="EUR", intent="paid_claim",
        payment_date="2024-10-15", original_message_id=E2.id, needs_human=True,
        note="sent 00:12 Irish time on 16 Oct (15 Oct in UTC): 'yesterday' = 2024-10-15 local")

    add("reply_brennan_plan_request", reply(
        "en-r2", E4, A("Niamh Brennan", "finance@brennanseafoods.ie"), rfcdate("2024-10-07 17:26:02", DUB),
        """Hello,

Thanks for the reminder. I won't pretend otherwise - the mackerel season
was poor and cash is tight until the Christmas orders come in.

Would you accept the €12,400 in four monthly payments of €3,100, starting
at the end of this month? I can set up a standing order once you confirm.

Regards,
Niamh Brennan
Brennan Seafoods, Rossaveal
"""),
        kind="client_reply", language="en", invoice_numbers="NCU-24-0501", amount="3100.00", currency="EUR",
        intent="plan_request", original_message_id=E4.id, needs_human=True,
        note="proposes 4 x 3,100.00 monthly from end of October")

    add("reply_ashdown_promise_end_next_week", reply(
        "en-r3", E5, A("Kate Morrow", "kate.morrow@ashdownbrewery.co.uk"), rfcdate("2024-10-10 23:48:19", LON),
        """Hi,

Sorry Kate here - only just getting through emails after a long brew day.
We'll have this paid by the end of next week at the latest.

Kate
Sent from my iPhone
"""),
        kind="client_reply", language="en", invoice_numbers="NCU-24-0515", currency="GBP", intent="promise",
        promised_date="2024-10-18", original_message_id=E5.id, needs_human=False,
        note="Thu 10 Oct 23:48 BST; end of next week = Friday 18 Oct")

    add("reply_ashdown_retracts_promise", reply(
        "en-r4", E5, A("Kate Morrow", "kate.morrow@ashdownbrewery.co.uk"), rfcdate("2024-10-17 16:05:33", LON),
        """Hi again,

I need to go back on what I told you last week, sorry. We won't be able to
pay NCU-24-0515 this week after all - anything over £2,500 has to be
signed off by our MD and he's in Germany until further notice. I'll come
back to you with a date as soon as I have one.

Kate

On Thu, 10 Oct 2024 at 23:48, Kate Morrow <kate.morrow@ashdownbrewery.co.uk> wrote:
> Hi,
>
> Sorry Kate here - only just getting through emails after a long brew day.
> We'll have this paid by the end of next week at the latest.
>
""" + "\n".join(("> " + l) if not l.startswith(">") else (">" + l) for l in T.quoted(E5).split("\n")), quote=False),
        kind="client_reply", language="en", invoice_numbers="NCU-24-0515", currency="GBP", intent="other",
        original_message_id=E5.id, needs_human=True,
        note="retracts the promise of 2024-10-18 without a new date; the old promise is only quoted")

    add("reply_pinecrest_wire_tomorrow_evening_est", reply(
        "en-r5", E6, A("Dana Whitfield", "ap@pinecrestlogistics.com"), rfcdate("2024-10-14 21:47:10", NY),
        """Hi,

Sorry this slipped - our controller approved it today. The wire for
$14,250.00 goes out tomorrow morning our time, so you should see it on
your side Wednesday.

Thanks for your patience,
Dana Whitfield
Accounts Payable | Pinecrest Logistics Inc.
Newark, NJ
"""),
        kind="client_reply", language="en", invoice_numbers="NCU-24-0488", amount="14250.00", currency="USD",
        intent="promise", promised_date="2024-10-15", original_message_id=E6.id, needs_human=False,
        note="Mon 14 Oct 21:47 EDT = 15 Oct 01:47 UTC; 'tomorrow' in the sender's zone = 2024-10-15")

    add("reply_tullamore_conditional", reply(
        "en-r6", E9, A("Ciara Dunne", "c.dunne@tullamoremeats.ie"), rfcdate("2024-10-11 12:03:55", DUB),
        """Hi,

I'm aware this is overdue. Our overdraft facility is up for renewal with
the bank and everything over €5k is on hold until it's signed. Provided
the renewal goes through as expected, we'll pay this on Friday the 25th.

Ciara
""", style="outlook"),
        kind="client_reply", language="en", invoice_numbers="NCU-24-0495", currency="EUR", intent="promise",
        promised_date="2024-10-25", original_message_id=E9.id, needs_human=True,
        note="conditional on bank facility renewal -> needs_human")

    add("reply_northfleet_not_received", reply(
        "en-r7", E16, A("Northfleet Bio AP", "ap@northfleetbio.co.uk"), rfcdate("2024-10-17 14:20:08", LON),
        """Good afternoon,

We have no record of invoice NCU-24-0520 on our system. Could you please
send a copy to this address, quoting our purchase order number
(PO 4500118832)? Invoices without a PO are returned unprocessed.

Kind regards,
Accounts Payable
Northfleet Biologics Ltd
"""),
        kind="client_reply", language="en", invoice_numbers="NCU-24-0520", currency="GBP", intent="not_received",
        original_message_id=E16.id, needs_human=True, note="asks for resend with PO number")

    add("reply_castlegate_stop", reply(
        "en-r8", E17, A("Castlegate Hotels Purchase Ledger", "purchase.ledger@castlegatehotels.co.uk"),
        rfcdate("2024-10-21 13:44:21", LON),
        """Please take this address off your automated reminder list.

Supplier statements go to our shared services centre in Leeds, who pay on
the 20th of each month. We do not respond to automated chasers.

Purchase Ledger
Castlegate Hotels Group
""", style="outlook"),
        kind="client_reply", language="en", invoice_numbers="NCU-24-0503;NCU-24-0514", currency="GBP", intent="stop",
        original_message_id=E17.id, needs_human=True, note="stop request, mentions a payment run on the 20th but no promise")

    add("reply_dunmore_part_paid_rest_promised", reply(
        "en-r9", E18, A("Declan Ward", "accounts@dunmorefisheries.ie"), rfcdate("2024-10-22 18:02:40", DUB),
        """Hi,

We transferred €2,000.00 on Friday against NCU-24-0499. The balance of
€2,100.00 will follow on 8 November when our grant payment comes through.

Regards,
Declan Ward
Dunmore Fisheries Co-op
"""),
        kind="client_reply", language="en", invoice_numbers="NCU-24-0499", amount="2100.00", currency="EUR",
        intent="promise", promised_date="2024-11-08", payment_date="2024-10-18", original_message_id=E18.id,
        needs_human=True,
        note="mixed: paid claim 2,000.00 on Fri 18 Oct + promise of balance 2,100.00 on 8 Nov; labelled promise (the open part), payment_date for the claimed part; the 8 Nov date hangs on a grant")

    add("reply_kingsmoor_dispute_hours", reply(
        "en-r10", E19, A("Gareth Lloyd", "facilities@kingsmoorleisure.co.uk"), rfcdate("2024-10-18 11:17:26", LON),
        """Morning,

Before we pay NCU-24-0511 I need to query the labour. Your engineer's
job sheet (signed by our duty manager) shows him on site from 9:30 to
12:30, but the invoice charges 6 hours. We are happy to pay the rest, but
we dispute the extra 3 hours - £285.00 plus VAT, so £342.00.

Can you send a corrected invoice or a credit note?

Gareth Lloyd
Facilities Manager, Kingsmoor Leisure
"""),
        kind="client_reply", language="en", invoice_numbers="NCU-24-0511", amount="342.00", currency="GBP",
        intent="dispute", original_message_id=E19.id, needs_human=True,
        note="partial dispute: 342.00 incl. VAT (285.00 net)")

    add("reply_harbourview_bank_details", reply(
        "en-r11", E20, A("Harbourview Hotel Accounts", "ap@harbourviewhotel.ie"), rfcdate("2024-10-21 15:30:12", DUB),
        """Hi,

We'd like to pay this but need two things first:

1. Your EUR bank details on company letterhead - our auditors insist on it
   for all new supplier accounts.
2. Confirmation that your bank has not changed. We received an email last
   week, apparently from your company, asking us to use a new account in
   Lithuania. We have not acted on it.

Thanks,
Eimear
Harbourview Hotel, Cobh
"""),
        kind="client_reply", language="en", invoice_numbers="NCU-24-0513", currency="EUR", intent="payment_details",
        original_message_id=E20.id, needs_human=True, note="asks for bank details on letterhead; reports a suspicious change-of-bank mail")

    add("reply_quinn_question", reply(
        "en-r12", E21, A("Sarah Quinn", "sarah.quinn@quinnbakeries.co.uk"), rfcdate("2024-10-22 12:55:00", LON),
        """Hi,

Quick question before I put this through - does NCU-24-0516 include the
annual F-gas leak check certificate, or is that billed separately? Our
insurer wants a copy of the certificate either way.

Thanks,
Sarah
"""),
        kind="client_reply", language="en", invoice_numbers="NCU-24-0516", currency="GBP", intent="question",
        original_message_id=E21.id, needs_human=True, note="")

    add("reply_glenarm_forwarded_quoted_payment_talk", reply(
        "en-r13", E22, A("Glenarm Creamery Office", "admin@glenarmcreamery.co.uk"), rfcdate("2024-10-23 10:02:47", LON),
        """Thanks, I've passed this on to our bookkeeper - she's in on Thursdays.
"""),
        kind="client_reply", language="en", invoice_numbers="NCU-24-0518", currency="GBP", intent="other",
        original_message_id=E22.id, needs_human=False,
        note="new text only acknowledges; 'already paid' and bank details are only in the quoted reminder")

    rem_html = """<html><body style="font-family:Calibri,sans-serif">
<p><b>REMITTANCE ADVICE</b></p>
<p>Mersey Pharma Distribution Ltd<br>Supplier: NORRVIK COLD SYSTEMS LTD (V-20417)</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Payment date</th><th>Payment ref</th><th>Document</th><th>Your ref</th><th>Amount GBP</th></tr>
<tr><td>25/10/2024</td><td>BACS-0091284</td><td>5100044122</td><td>NCU-24-0519</td><td align="right">1,480.00</td></tr>
<tr><td colspan="4" align="right"><b>Total paid</b></td><td align="right"><b>1,480.00</b></td></tr>
</table>
<p>This payment will reach your account within 3 working days.<br>
This is an automatically generated e-mail. Please do not reply.</p>
</body></html>"""
    add("reply_mersey_remittance_advice", mail(
        "en-r14", A("Mersey Pharma Payables", "noreply-payables@merseypharma.co.uk"), BOT,
        "Remittance Advice - Payment BACS-0091284", rfcdate("2024-10-25 06:01:13", LON),
        text(rem_html, sub="html"), auth=ar("merseypharma.co.uk")),
        kind="client_reply", language="en", invoice_numbers="NCU-24-0519", amount="1480.00", currency="GBP",
        intent="paid_claim", payment_date="2024-10-25", original_message_id="", needs_human=True,
        note="client's ERP remittance advice, HTML only, not threaded; a claim, not a bank notice")

    # ------------------------------------------------------------ payment confirmations
    def nb(seed, date, subject, body, html=None):
        part = text(body)
        if html:
            part = multi("alternative", [part, text(html, sub="html")], seed)
        return mail(seed, A("Northbridge Bank Business", "alerts@northbridgebank.co.uk"), BOT, subject, date, part,
                    auth=ar("northbridgebank.co.uk"))

    add("payment_northbridge_harrowgate", nb(
        "en-p1", rfcdate("2024-10-18 07:12:00", LON), "Credit received on account ****8266",
        """Northbridge Business Online - payment notification

A credit has been received on your account.

Account:        NORRVIK COLD SYSTEMS LTD  20-45-77 ****8266
Amount:         GBP 4,380.00
Value date:     18/10/2024
Payment type:   Faster Payment
Remitter:       HARROWGATE FOODS LTD
Reference:      NCU-24-0512

This is an automated message. Please do not reply to this email.
Northbridge Bank plc. Registered in England No. 0449120.
"""),
        kind="payment_confirmation", language="en", invoice_numbers="NCU-24-0512", amount="4380.00", currency="GBP",
        payment_date="2024-10-18", payment_full=True, original_message_id="", needs_human=False, note="")

    add("payment_northbridge_marlow_split", nb(
        "en-p2", rfcdate("2024-10-09 07:05:00", LON), "Credit received on account ****8266",
        """Northbridge Business Online - payment notification

A credit has been received on your account.

Account:        NORRVIK COLD SYSTEMS LTD  20-45-77 ****8266
Amount:         GBP 4,020.00
Value date:     09/10/2024
Payment type:   BACS
Remitter:       MARLOW AND FINCH COLD S
Reference:      REMIT 77120
Remittance information:
  NCU-24-0505  2,880.00
  NCU-24-0509  1,140.00

This is an automated message. Please do not reply to this email.
Northbridge Bank plc. Registered in England No. 0449120.
"""),
        kind="payment_confirmation", language="en", invoice_numbers="NCU-24-0505;NCU-24-0509", amount="4020.00",
        currency="GBP", payment_date="2024-10-09", payment_full=True,
        allocations="NCU-24-0505=2880.00;NCU-24-0509=1140.00", needs_human=False, note="one credit split over two invoices")

    add("payment_northbridge_pinecrest_fees", nb(
        "en-p3", rfcdate("2024-10-16 08:31:00", LON), "International credit received - USD account",
        """Northbridge Business Online - international payment received

Account:          NORRVIK COLD SYSTEMS LTD  USD  ****4471
Amount credited:  USD 14,225.00
Value date:       16/10/2024
Ordering party:   PINECREST LOGISTICS INC, NEWARK NJ US
Ordering bank:    FIRST JERSEY NATIONAL BANK
Details:          /INV/NCU-24-0488 CONTRACT PL-2024-07
Charges:          OUR CHARGES USD 25.00 deducted by intermediary

This is an automated message. Please do not reply to this email.
"""),
        kind="payment_confirmation", language="en", invoice_numbers="NCU-24-0488", amount="14225.00", currency="USD",
        payment_date="2024-10-16", payment_full=False, needs_human=True,
        note="short by 25.00 intermediary charges against 14,250.00 open")

    gc_html = """<!DOCTYPE html><html><body style="font-family:Helvetica,Arial,sans-serif;color:#1c1b18">
<h2 style="font-weight:normal">Payment confirmed</h2>
<p>Hi Norrvik Cold Systems Ltd,</p>
<p>A payment from <strong>Solent Ice Rinks Trust</strong> has been confirmed.</p>
<table cellpadding="6">
<tr><td>Amount</td><td><strong>&pound;1,860.00</strong></td></tr>
<tr><td>Reference</td><td>NCU-24-0507</td></tr>
<tr><td>Charge date</td><td>24 October 2024</td></tr>
<tr><td>Payment ID</td><td>PM00X4T8KQ2WZ1</td></tr>
</table>
<p>The funds will be included in your next payout.</p>
<p style="font-size:11px;color:#777">GoCardless Ltd, Sutton Yard, 65 Goswell Road, London EC1V 7EN.</p>
</body></html>"""
    add("payment_gocardless_solent_html", mail(
        "en-p4", A("GoCardless", "notifications@gocardless.com"), BOT,
        "Payment confirmed: £1,860.00 from Solent Ice Rinks Trust", rfcdate("2024-10-24 10:02:51", LON),
        text(gc_html, sub="html"), auth=ar("gocardless.com")),
        kind="payment_confirmation", language="en", invoice_numbers="NCU-24-0507", amount="1860.00", currency="GBP",
        payment_date="2024-10-24", payment_full=True, needs_human=False, note="HTML only")

    add("payment_stripe_lakeshore_partial", mail(
        "en-p5", A("Stripe", "notifications@stripe.com"), BOT,
        "Payment of $4,875.00 from Lakeshore Creamery LLC", rfcdate("2024-10-29 15:41:09", NY),
        multi("alternative", [text("""Norrvik Cold Systems Ltd received a payment

Amount paid:   $4,875.00 USD
Date:          Oct 29, 2024
Customer:      Lakeshore Creamery LLC (billing@lakeshorecreamery.com)
Description:   Partial payment - invoice NCU-24-0492 (total $9,875.00)
Payment method: Visa - 4242
Payment ID:    pi_3Q8xLkD2eZvKYlo21b7Hc0aa

View payment in the Dashboard.
"""), text("""<html><body><p>Norrvik Cold Systems Ltd received a payment</p>
<p>Amount paid: <b>$4,875.00 USD</b><br>Date: Oct 29, 2024<br>Customer: Lakeshore Creamery LLC<br>
Description: Partial payment - invoice NCU-24-0492 (total $9,875.00)<br>Payment ID: pi_3Q8xLkD2eZvKYlo21b7Hc0aa</p>
</body></html>""", sub="html")], "en-p5"), auth=ar("stripe.com")),
        kind="payment_confirmation", language="en", invoice_numbers="NCU-24-0492", amount="4875.00", currency="USD",
        payment_date="2024-10-29", payment_full=False, needs_human=False,
        note="declared partial card payment; 5,000.00 remains open")

    # ------------------------------------------------------------ forged bank notice
    add("other_lookalike_northbridge", mail(
        "en-f1", A("Northbridge Bank Business", "alerts@northbridge-bank.co.uk"), BOT,
        "Credit received on account ****8266", rfcdate("2024-10-25 11:47:02", LON),
        multi("alternative", [text("""Northbridge Business Online - payment notification

A credit has been received on your account.

Amount:         GBP 2,736.00
Value date:     25/10/2024
Remitter:       KINGSMOOR LEISURE LTD
Reference:      NCU-24-0511

To view the remittance advice, sign in here:
https://northbridge-bank.co.uk.secure-remit.info/login

This is an automated message. Please do not reply to this email.
"""), text("""<html><body><p>Northbridge Business Online - payment notification</p>
<p>Amount: GBP 2,736.00<br>Value date: 25/10/2024<br>Remitter: KINGSMOOR LEISURE LTD<br>Reference: NCU-24-0511</p>
<p><a href="https://northbridge-bank.co.uk.secure-remit.info/login">View remittance advice</a></p></body></html>""",
                                               sub="html")], "en-f1"),
        auth=ar("northbridge-bank.co.uk")),
        kind="other", language="en", invoice_numbers="NCU-24-0511", amount="2736.00", currency="GBP",
        needs_human=True,
        note="look-alike domain northbridge-bank.co.uk (passes its own DKIM/DMARC, not a configured notifier); phishing link; invoice is in dispute")

    # ------------------------------------------------------------ bounces
    add("bounce_postfix_castlegate_user_unknown", dsn(
        "en-b1", E10, failed="j.ellery@castlegatehotels.co.uk",
        frm=A("Mail Delivery System", "MAILER-DAEMON@mx1.castlegatehotels.co.uk"),
        date=rfcdate("2024-10-10 09:00:41", LON), subject="Undelivered Mail Returned to Sender",
        human="""This is the mail system at host mx1.castlegatehotels.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.ellery@castlegatehotels.co.uk>: host mail.castlegatehotels.co.uk[10.20.1.5]
    said: 550 5.1.1 <j.ellery@castlegatehotels.co.uk>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
""", status="5.1.1", action="failed",
        diag="smtp; 550 5.1.1 <j.ellery@castlegatehotels.co.uk>: Recipient address\n    rejected: User unknown in virtual mailbox table",
        reporting_mta="mx1.castlegatehotels.co.uk", remote_mta="mail.castlegatehotels.co.uk",
        arrival=rfcdate("2024-10-10 09:00:39", LON), per_msg_extra="X-Postfix-Queue-ID: 4XQ2mB1kS7z9vL\nX-Postfix-Sender: rfc822; ar@norrvik-cold.com",
        include="full"),
        kind="bounce", language="en", invoice_numbers="NCU-24-0503", failed_recipients="j.ellery@castlegatehotels.co.uk",
        bounce_permanent=True, bounce_reason="user_unknown", original_message_id=E10.id, needs_human=True, note="Postfix RFC 3464")

    o365_html = """<html><body>
<p style="font-size:16px"><b>Your message to accounts@greyfriarscatering.co.uk couldn't be delivered.</b></p>
<p>accounts@greyfriarscatering.co.uk's email system thinks your message is spam and rejected it.</p>
<table><tr><td><b>ar</b><br>Office 365</td><td>&rarr;</td><td><b>accounts</b><br>Action Required</td></tr></table>
<p><b>How to Fix It</b><br>Ask the recipient to add your email address or domain to their safe senders list.
If the problem continues, contact the recipient's email admin.</p>
<p><b>More Info for Email Admins</b><br>Status code: 550 5.7.350</p>
<p>Remote server returned '550 5.7.350 Remote server returned message detected as spam -&gt;
550 5.7.1 Message rejected as spam by Content Filtering.'</p>
<p>Original message headers:</p>
</body></html>"""
    o365 = multi("report", [
        multi("alternative", [text("""Your message to accounts@greyfriarscatering.co.uk couldn't be delivered.

accounts@greyfriarscatering.co.uk's email system thinks your message is spam and rejected it.

Status code: 550 5.7.350
Remote server returned '550 5.7.350 Remote server returned message detected as spam -> 550 5.7.1 Message rejected as spam by Content Filtering.'
""", cte="7bit"), text(o365_html, sub="html")], "en-b2-alt"),
        raw_part("message/delivery-status", """Reporting-MTA: dns;LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail-out2.norrvik-cold.com
Arrival-Date: Thu, 10 Oct 2024 08:05:03 +0000

Final-Recipient: rfc822;accounts@greyfriarscatering.co.uk
Action: failed
Status: 5.7.350
Remote-MTA: dns;greyfriarscatering-co-uk.mail.protection.outlook.com
Diagnostic-Code: smtp;550 5.7.350 Remote server returned message detected as spam -> 550 5.7.1 Message rejected as spam by Content Filtering.
X-Display-Name: accounts
"""),
        returned_headers(E11),
    ], "en-b2", params="report-type=delivery-status")
    add("bounce_o365_greyfriars_spam", mail(
        "en-b2", A("Microsoft Outlook", "postmaster@greyfriarscatering.onmicrosoft.com"), BOT,
        "Undeliverable: " + T.subject(E11), rfcdate("2024-10-10 09:05:04", LON), o365,
        auth=ar("greyfriarscatering.onmicrosoft.com", dkim="pass", dmarc="none", mailfrom="<>"),
        extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")]),
        kind="bounce", language="en", invoice_numbers="NCU-24-0510", failed_recipients="accounts@greyfriarscatering.co.uk",
        bounce_permanent=True, bounce_reason="spam", original_message_id=E11.id, needs_human=True,
        note="Exchange Online NDR, content filter judged the reminder spam")

    exim = """This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on out1.norrvik-cold.com.

The message identifier is:     1t0b7q-00Gk3T-2R
The date of the message is:    %s
The subject of the message is: %s

The address to which the message has not yet been delivered is:

  billing@lakeshorecreamery.com
    host mx.lakeshorecreamery.com [203.0.113.58]
    Delay reason: SMTP error from remote mail server after RCPT TO:<billing@lakeshorecreamery.com>:
    451 4.7.1 Greylisted, please try again later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.

------ This is a copy of the message's headers. ------

%s
""" % (E12.date, T.subject(E12), T.rfc822_headers(E12))
    add("bounce_exim_lakeshore_delayed", mail(
        "en-b3", A("Mail Delivery System", "Mailer-Daemon@out1.norrvik-cold.com"), BOT,
        "Warning: message 1t0b7q-00Gk3T-2R delayed 24 hours", rfcdate("2024-10-15 15:02:19", LON),
        text(exim, cte="7bit"), auth=ar("out1.norrvik-cold.com", dkim="none", dmarc="none", mailfrom="<>"),
        extra=[("X-Failed-Recipients", "billing@lakeshorecreamery.com"), ("Auto-Submitted", "auto-replied")]),
        kind="bounce", language="en", invoice_numbers="NCU-24-0492", failed_recipients="billing@lakeshorecreamery.com",
        bounce_permanent=False, bounce_reason="other", original_message_id=E12.id, needs_human=False,
        note="Exim delay warning (greylisting 451 4.7.1), plain text, not a final failure")

    # ------------------------------------------------------------ auto-replies
    add("auto_harrowgate_annual_leave", auto_reply(
        "en-a1", E1, A("Gemma Hollis", "gemma.hollis@harrowgatefoods.co.uk"), rfcdate("2024-10-11 09:40:22", LON),
        "Automatic reply: " + T.subject(E1),
        """Thank you for your email. I am on annual leave and will be back in the
office on Monday 21 October. I will not be checking emails while I'm away.

For anything urgent relating to supplier payments please contact
purchasing@harrowgatefoods.co.uk.

Gemma Hollis
Finance Assistant, Harrowgate Foods Ltd
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
        kind="auto_reply", language="en", invoice_numbers="NCU-24-0512", return_date="2024-10-21",
        original_message_id=E1.id, needs_human=False, note="RFC 3834 header present")

    add("auto_oosterhout_dutch_no_headers", auto_reply(
        "en-a2", E13, A("Marloes van den Berg", "m.vandenberg@oosterhoutflowers.co.uk"), rfcdate("2024-10-15 09:20:57", LON),
        "Afwezig: " + T.subject(E13),
        """Beste afzender,

Bedankt voor uw bericht. Ik ben met vakantie tot en met vrijdag 25 oktober
en ben vanaf maandag 28 oktober weer op kantoor. Uw e-mail wordt niet
doorgestuurd.

Voor dringende zaken kunt u contact opnemen met mijn collega Joost Akkerman
via j.akkerman@oosterhoutflowers.co.uk of +44 1775 600 214.

Met vriendelijke groet,
Marloes van den Berg
Oosterhout Flowers UK Ltd, Spalding
"""),
        kind="auto_reply", language="nl", invoice_numbers="NCU-24-0517", return_date="2024-10-28",
        original_message_id=E13.id, needs_human=False, note="Dutch, no Auto-Submitted/Precedence headers")

    add("auto_pinecrest_spanish_no_headers", auto_reply(
        "en-a3", E14, A("Rosa Álvarez", "r.alvarez@pinecrestlogistics.com"), rfcdate("2024-10-16 10:10:31", NY),
        "Fuera de la oficina: " + T.subject(E14),
        """Hola,

Gracias por su mensaje. Estoy fuera de la oficina en viaje de trabajo y
regreso el martes 22 de octubre. Durante mi ausencia tendré acceso
limitado al correo.

Para asuntos de cuentas por pagar, por favor escriba a
ap@pinecrestlogistics.com.

Saludos cordiales,
Rosa Álvarez
Pinecrest Logistics Inc. - Miami
""", cs="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1", hmethod="Q"),
        kind="auto_reply", language="es", invoice_numbers="NCU-24-0521", return_date="2024-10-22",
        original_message_id=E14.id, needs_human=False, note="Spanish, ISO-8859-1 QP, Q-encoded From name, no RFC 3834 headers")

    # ------------------------------------------------------------ read receipts
    add("read_mersey_thunderbird_mdn", mdn(
        "en-rr1", E8, frm=A("Mersey Pharma Invoices", "invoices@merseypharma.co.uk"), date=rfcdate("2024-10-09 11:14:08", LON),
        subject="Return Receipt (displayed) - " + T.subject(E8),
        human="""This is a Return Receipt for the mail that you sent to invoices@merseypharma.co.uk.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""", ua="Mozilla Thunderbird; Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0)", final_rcpt="invoices@merseypharma.co.uk",
        auth=ar("merseypharma.co.uk"), include_headers=True),
        kind="read_receipt", language="en", invoice_numbers="NCU-24-0519", original_message_id=E8.id, needs_human=False,
        note="RFC 8098 MDN")

    add("read_tullamore_outlook", mdn(
        "en-rr2", E9, frm=A("Ciara Dunne", "c.dunne@tullamoremeats.ie"), date=rfcdate("2024-10-09 11:02:37", DUB),
        subject="Read: " + T.subject(E9),
        human="""Your message

    To: c.dunne@tullamoremeats.ie
    Subject: %s
    Sent: 09/10/2024 10:30

was read on 09/10/2024 11:02.
""" % T.subject(E9), ua="Microsoft Outlook 16.0", final_rcpt="c.dunne@tullamoremeats.ie",
        disposition="manual-action/MDN-sent-automatically; displayed", auth=ar("tullamoremeats.ie"), irt=False,
        human_cte="7bit", human_cs="us-ascii"),
        kind="read_receipt", language="en", invoice_numbers="NCU-24-0495", original_message_id=E9.id, needs_human=False,
        note="Outlook 'Read:' receipt; only Original-Message-ID ties it, no In-Reply-To")

    add("read_solent_plain_text_receipt", mail(
        "en-rr3", A("Solent Ice Rinks Trust", "treasurer@solenticerinks.org.uk"), BOT,
        "Read: " + T.subject(E7), rfcdate("2024-10-12 08:31:15", LON),
        text("""Your message

  To:      treasurer@solenticerinks.org.uk
  Subject: %s
  Sent:    Tue, 8 Oct 2024 10:00

was read on Sat, 12 Oct 2024 08:31.
""" % T.subject(E7), cte="7bit"), auth=ar("solenticerinks.org.uk", dmarc="none"), refs=[E7.id]),
        kind="read_receipt", language="en", invoice_numbers="NCU-24-0507", original_message_id=E7.id, needs_human=False,
        note="non-standard receipt: plain text, no multipart/report, tied only by References")

    # ------------------------------------------------------------ challenge
    add("challenge_baxter_mailguard", mail(
        "en-c1", A("Baxter & Reid (MailGuard)", "verify@mailguard-cr.net"), BOT,
        "Please confirm your message to orders@baxterreid.co.uk", rfcdate("2024-10-15 09:00:52", LON),
        multi("alternative", [text("""Hello,

You recently sent a message to orders@baxterreid.co.uk:

  Subject: %s
  Date:    %s

Baxter & Reid uses MailGuard to block junk email. Your message is being
held until you confirm that you are a real person. This only needs to be
done once.

To release your message, open this link:

  https://verify.mailguard-cr.net/r/4f9c2a7e91bd?u=ar%%40norrvik-cold.com

If you did not send this message, you can ignore this email; the held
message will be deleted after 7 days.

MailGuard Challenge/Response
""" % (T.subject(E15), E15.date), cte="7bit"),
            text("""<html><body><p>You recently sent a message to orders@baxterreid.co.uk (Subject: %s).</p>
<p>Your message is being held until you confirm that you are a real person.</p>
<p><a href="https://verify.mailguard-cr.net/r/4f9c2a7e91bd?u=ar%%40norrvik-cold.com">Click here to release your message</a></p>
</body></html>""" % T.subject(E15), sub="html", cte="7bit")], "en-c1"),
        auth=ar("mailguard-cr.net"), irt=E15.id, refs=[E15.id], extra=[("Auto-Submitted", "auto-replied")]),
        kind="challenge", language="en", invoice_numbers="NCU-24-0506", original_message_id=E15.id, needs_human=True,
        challenge="https://verify.mailguard-cr.net/r/4f9c2a7e91bd?u=ar%40norrvik-cold.com", note="link challenge")

    # ------------------------------------------------------------ staff commands
    add("staff_paid_kilbride", staff_mail(
        "en-s1", FIONA, BOT, "paid NCU-24-0498", rfcdate("2024-10-17 09:12:44", LON),
        text("""paid NCU-24-0498 EUR 6150.00 2024-10-17

Kilbride's EFT landed in the EUR account this morning (bank ref KD-55120).
--
Fiona Gallagher | Credit Controller
""", cte="7bit"), cc=None),
        kind="staff_command", language="en", invoice_numbers="NCU-24-0498", amount="6150.00", currency="EUR",
        payment_date="2024-10-17", needs_human=False, note="terse command: paid")

    add("staff_pause_castlegate_prose", staff_mail(
        "en-s2", TOM, BOT, "Castlegate - hold off please", rfcdate("2024-10-22 08:40:10", LON),
        text("""Hi,

Can you hold off chasing Castlegate Hotels (NCU-24-0503 and NCU-24-0514)
until 15 November please? Their new FD has asked for copies of the service
sheets before anything gets paid and I'm taking them over on Thursday.

Thanks,
Tom
""", cte="7bit"), cc=None),
        kind="staff_command", language="en", invoice_numbers="NCU-24-0503;NCU-24-0514", currency="GBP",
        needs_human=False, note="prose command: pause both invoices until 2024-11-15")

    # ------------------------------------------------------------ other
    add("other_supplier_invoice_to_us", mail(
        "en-o1", A("Coolgas Supplies Accounts", "accounts@coolgas-supplies.co.uk"), BOT,
        "Invoice CG-118204 from Coolgas Supplies Ltd", rfcdate("2024-10-16 13:22:05", LON),
        text("""Dear Customer,

Please find details of your invoice below.

  Invoice:     CG-118204
  Date:        16/10/2024
  Account:     NORR001 - Norrvik Cold Systems Ltd
  Goods:       R448A 10kg cylinders x 6, R744 45kg x 2, cylinder rental
  Total:       £2,914.80 inc VAT
  Due:         30/11/2024

Payment can be made to Coolgas Supplies Ltd, sort code 40-11-62,
account 71203391.

Coolgas Supplies Ltd - Refrigerants & Gases
"""), auth=ar("coolgas-supplies.co.uk")),
        kind="other", language="en", invoice_numbers="CG-118204", amount="2914.80", currency="GBP", needs_human=True,
        note="a supplier's invoice TO Norrvik (payables), not ours; must not be registered or chased")

    add("other_delivered_dsn_northfleet", dsn(
        "en-o2", E16, failed="ap@northfleetbio.co.uk", frm=A("Mail Delivery System", "MAILER-DAEMON@out1.norrvik-cold.com"),
        date=rfcdate("2024-10-17 10:00:12", LON), subject="Successful Mail Delivery Report",
        human="""This is the mail system at host out1.norrvik-cold.com.

Your message was successfully delivered to the destination(s)
listed below. If the message was delivered to mailbox you will
receive no further notifications. Otherwise you may still receive
notifications of mail delivery errors from other systems.

                   The mail system

<ap@northfleetbio.co.uk>: delivery via
    northfleetbio-co-uk.mail.protection.outlook.com[52.101.73.4]:25: 250 2.6.0
    Queued mail for delivery
""", status="2.0.0", action="relayed", diag="smtp; 250 2.6.0 Queued mail for delivery",
        reporting_mta="out1.norrvik-cold.com", remote_mta="northfleetbio-co-uk.mail.protection.outlook.com",
        auth=ar("out1.norrvik-cold.com", dkim="none", dmarc="none", mailfrom="<>")),
        kind="other", language="en", invoice_numbers="NCU-24-0520", original_message_id=E16.id, needs_human=False,
        note="positive DSN (Action: relayed, 2.0.0): not a bounce, changes nothing")

    return d.entries

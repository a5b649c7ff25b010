from common import *

SD = DOM  # en staff domain
NOTIFIERS = ["notifications@barclays.co.uk", "noreply@wise.com", "notifications@stripe.com", "no-reply@aib.ie"]
OLIVIA = addr("Olivia Grant", "olivia.grant@" + SD)
DAN = addr("Dan Mercer", "dan.mercer@" + SD)
S = lambda inv: f"Invoice {inv} - payment reminder"
R = {
    1: reminder("2024-11-04", "accounts@harwell-build.co.uk", "KSH-24-0412", "4860.00", "GBP", "2024-10-25", S("KSH-24-0412")),
    2: reminder("2024-11-04", "payables@oconnor-construction.ie", "KSH-24-0419", "12300.00", "EUR", "2024-10-28", S("KSH-24-0419")),
    3: reminder("2024-11-05", "ap@brightline-events.com", "KSH-24-0431", "7250.00", "USD", "2024-10-30", S("KSH-24-0431")),
    4: reminder("2024-11-06", "finance@millbank-roofing.co.uk", "KSH-24-0388;KSH-24-0402", "1980.00;2640.00", "GBP", "2024-10-15;2024-10-22", "Statement of open invoices - Millbank Roofing"),
    5: reminder("2024-11-07", "jo.pearce@pearce-renovations.co.uk", "KSH-24-0440", "960.00", "GBP", "2024-11-01", S("KSH-24-0440")),
    6: reminder("2024-11-08", "accounts@tynesidefacades.co.uk", "KSH-24-0445", "15840.00", "GBP", "2024-11-04", S("KSH-24-0445")),
    7: reminder("2024-11-11", "billing@corkharbourmarine.ie", "KSH-24-0451", "3420.00", "EUR", "2024-11-06", S("KSH-24-0451")),
    8: reminder("2024-11-12", "m.khan@ridgeway-homes.co.uk", "KSH-24-0458", "2175.60", "GBP", "2024-11-08", S("KSH-24-0458")),
    9: reminder("2024-11-12", "accounts@kestrel-lettings.co.uk", "KSH-24-0449", "1320.00", "GBP", "2024-11-05", S("KSH-24-0449")),
    10: reminder("2024-11-13", "s.doyle@doylebuilders.ie", "KSH-24-0453", "2760.00", "EUR", "2024-11-08", S("KSH-24-0453")),
    11: reminder("2024-11-13", "payables@hudson-stagecraft.com", "KSH-24-0455", "5100.00", "USD", "2024-11-08", S("KSH-24-0455")),
    12: reminder("2024-11-14", "finance@brackenfield-estates.co.uk", "KSH-24-0457", "8940.00", "GBP", "2024-11-11", S("KSH-24-0457")),
}
REM_BODY = lambda r: f"""Good morning,

I hope business is going well. This is a friendly note that invoice {r['inv']} for {r['cur']} {r['amt']} was due on {r['due']}.
If you have already paid, please ignore this message.

Kind regards,
Kettlebrook Scaffold Hire - Accounts"""


def build():
    d = Desk("en", R)
    A = lambda dom, **k: ares(dom, **k)

    def inv(slug, frm, to, subj, date, content, key, cc=BOT, extra=(), **lab):
        d.add(slug, message(H(A(SD), frm, to, subj, date, mid(key, SD), cc=cc, extra=extra), content), kind="invoice_copy", language="en", **lab)

    # ---------------- invoice copies ----------------
    inv("invoice_plain", OLIVIA, "accounts@harwell-build.co.uk", "Invoice KSH-24-0463 - Harwell Build, Abbey Road site",
        "2024-11-13 10:02 +0000", text("""Hi Karen,

Please find below our invoice for the scaffold hire at Abbey Road, weeks 41-44.

Invoice no.: KSH-24-0463
Invoice date: 13 November 2024
Amount due: GBP 3,240.00 (incl. VAT)
Terms: 30 days from invoice date

Bank: Barclays, sort code 20-45-77, account 43819022, ref KSH-24-0463.

Many thanks,
Olivia Grant
Kettlebrook Scaffold Hire Ltd"""), "en-inv1",
        invoice_numbers="KSH-24-0463", amount="3240.00", currency="GBP", issue_date="2024-11-13", due_date="2024-12-13", payment_terms_days=30, needs_human=False)

    inv("invoice_deposit_vs_contract", DAN, "ap@brightline-events.com", "Deposit invoice KSH-24-0464 - Riverside Festival staging",
        "2024-11-13 15:40 +0000", text("""Hello Marcus,

Thanks again for confirming the Riverside Festival staging package. As agreed, we invoice a 30% deposit now and the balance after the build.

Contract value (staging, towers, barriers, crew): USD 48,600.00
Invoice KSH-24-0464 - 30% deposit: USD 14,580.00
Invoice date: November 13, 2024
Payment terms: 14 days

The balance of USD 34,020.00 will be invoiced after load-out.

Best,
Dan Mercer
Kettlebrook Scaffold Hire - Events division"""), "en-inv2",
        invoice_numbers="KSH-24-0464", amount="14580.00", currency="USD", issue_date="2024-11-13", due_date="2024-11-27", payment_terms_days=14, needs_human=False,
        note="deposit due now vs contract value")

    inv("invoice_net_gross_cp1252", OLIVIA, "accounts@tynesidefacades.co.uk", "KSH-24-0465 Quayside phase 2",
        "2024-11-14 09:15 +0000", text("""Dear Accounts,

Invoice KSH-24-0465, dated 14/11/2024, for the Quayside phase 2 birdcage and loading bays.

Net amount:   £6,850.00
VAT @ 20%:    £1,370.00
Total due:    £8,220.00

Payment is due by 21 December 2024.

Regards,
Olivia""", cs="windows-1252"), "en-inv3",
        invoice_numbers="KSH-24-0465", amount="8220.00", currency="GBP", issue_date="2024-11-14", due_date="2024-12-21", needs_human=False,
        note="net vs gross; fixed due date so terms empty; windows-1252 QP")

    p = pdf(["Kettlebrook Scaffold Hire Ltd", "INVOICE KSH-24-0467", "Invoice date: 15/11/2024",
             "Bill to: Doyle Builders Ltd, Naas, Co. Kildare", "Tube & fitting hire, 4 weeks   EUR 4,400.00",
             "VAT 23%   EUR 1,012.00", "TOTAL DUE   EUR 5,412.00", "Payment terms: 30 days net"])
    inv("invoice_pdf_only", OLIVIA, "s.doyle@doylebuilders.ie", "Invoice attached",
        "2024-11-15 11:30 +0000", multi("mixed", [text("Hi Sean,\n\nPlease see our invoice attached.\n\nThanks,\nOlivia"), attach(p, "application/pdf", "KSH-24-0467.pdf")], "en-inv4"),
        "en-inv4", invoice_numbers="KSH-24-0467", amount="5412.00", currency="EUR", issue_date="2024-11-15", due_date="2024-12-15", payment_terms_days=30, needs_human=False,
        note="invoice facts only in the PDF")

    inv("invoice_html_only", DAN, "finance@millbank-roofing.co.uk", "Your invoice from Kettlebrook",
        "2024-11-15 14:05 +0000", text("""<html><body><p>Dear Millbank Roofing,</p>
<p>Please find your invoice details below.</p>
<table border="1"><tr><td>Invoice number</td><td><b>KSH-24-0468</b></td></tr>
<tr><td>Date</td><td>15 Nov 2024</td></tr>
<tr><td>Description</td><td>Chimney scaffold, 2 weeks, 14 Elm Grove</td></tr>
<tr><td>Total (inc. VAT)</td><td>&pound;1,512.00</td></tr>
<tr><td>Terms</td><td>14 days</td></tr></table>
<p>Kind regards,<br>Dan</p></body></html>""", sub="html"), "en-inv5",
        invoice_numbers="KSH-24-0468", amount="1512.00", currency="GBP", issue_date="2024-11-15", due_date="2024-11-29", payment_terms_days=14, needs_human=False, note="HTML only")

    inv("invoice_credit_note", OLIVIA, "finance@brackenfield-estates.co.uk", "Invoice KSH-24-0470 and credit note CN-24-011",
        "2024-11-18 10:20 +0000", text("""Hi Priya,

Attached details of invoice KSH-24-0470 (18/11/2024) for the Brackenfield Court re-roof access.

Invoice KSH-24-0470:            £4,200.00
Less credit note CN-24-011:     -£600.00  (damaged boards, Oct)
Balance now payable:            £3,600.00

Terms 30 days as usual.

Olivia"""), "en-inv6",
        invoice_numbers="KSH-24-0470", amount="3600.00", currency="GBP", issue_date="2024-11-18", due_date="2024-12-18", payment_terms_days=30, needs_human=False,
        note="credit note netted; balance is due")

    inv("invoice_instalment", DAN, "m.khan@ridgeway-homes.co.uk", "Ridgeway Homes - instalment 2 of 3 (KSH-24-0471)",
        "2024-11-18 16:45 +0000", text("""Hi Mo,

As per the agreed schedule for the Hollins Lane development (contract total £9,000.00 ex VAT), here is instalment 2 of 3.

Invoice: KSH-24-0471
Date: 18 November 2024
This instalment: £3,000.00
Due date: 30 November 2024

Instalment 3 (£3,000.00) will follow in December.

Cheers,
Dan"""), "en-inv7",
        invoice_numbers="KSH-24-0471", amount="3000.00", currency="GBP", issue_date="2024-11-18", due_date="2024-11-30", needs_human=False, note="instalment vs contract total")

    inv("two_invoices_one_mail", OLIVIA, "jo.pearce@pearce-renovations.co.uk", "Invoices KSH-24-0473 & KSH-24-0474",
        "2024-11-19 09:00 +0000", text("""Hi Jo,

Two invoices for you this month:

KSH-24-0473 - Mill Street, tower hire   £540.00
KSH-24-0474 - Church Lane, edge protection   £1,110.00

Both dated 19 November 2024, 30 days.

Thanks,
Olivia"""), "en-inv8",
        invoice_numbers="KSH-24-0473;KSH-24-0474", amount="1650.00", currency="GBP", issue_date="2024-11-19", due_date="2024-12-19", payment_terms_days=30, needs_human=True,
        note="two invoices in one mail; amount is the sum")

    inv("invoice_bcc_due_on_receipt", DAN, "payables@hudson-stagecraft.com", "Invoice KSH-24-0476 - truss and ground support rental",
        "2024-11-19 13:10 +0000", text("""Hi Jenna,

Invoice KSH-24-0476 for the ground support rental, dated 11/19/2024.

Amount: $2,180.00
Payment due upon receipt.

ACH/wire details are on the attached remittance slip as usual.

Thanks,
Dan""", cte="base64"), "en-inv9", cc=None,
        extra=(("Delivered-To", BOT),),
        invoice_numbers="KSH-24-0476", amount="2180.00", currency="USD", issue_date="2024-11-19", due_date="2024-11-19", needs_human=False,
        note="bot in Bcc (Delivered-To only); due on receipt; base64 body; US date format")

    inv("invoice_competing_totals", OLIVIA, "accounts@kestrel-lettings.co.uk", "KSH-24-0477",
        "2024-11-20 08:50 +0000", text("""Hi,

Invoice KSH-24-0477 dated 20/11/2024, 5 Marsh Terrace.

Hire period 1 (4 weeks): £2,400.00
Estimated total hire (12 weeks): £7,200.00
Adaptations: £380.00

Terms: 30 days.

Olivia"""), "en-inv10",
        invoice_numbers="KSH-24-0477", currency="GBP", issue_date="2024-11-20", due_date="2024-12-20", payment_terms_days=30, needs_human=True,
        note="competing totals; text does not say which is payable now; amount left empty")

    # ---------------- client replies ----------------
    def reply(slug, key, frm, dom, date, body, threaded=True, subj=None, cs="utf-8", cte="quoted-printable", sub="plain", **lab):
        r = R[key]
        irt = r["id"] if threaded else None
        m = message(H(A(dom), frm, BOT, subj or ("Re: " + r["subject"]), date, mid("en-" + slug, dom), irt=irt, cs=cs),
                    text(body, cs=cs, cte=cte, sub=sub))
        lab.setdefault("invoice_numbers", r["inv"])
        d.add(slug, m, kind="client_reply", language=lab.pop("language", "en"), original_message_id=irt or "", **lab)

    q = lambda k: "\n\n" + quote(f"On {R[k]['date']}, Kettlebrook Accounts <{BOT}> wrote:\n" + REM_BODY(R[k]))
    reply("paid_yesterday", 1, addr("Karen Lowe", "accounts@harwell-build.co.uk"), "harwell-build.co.uk", "2024-11-12 08:14 +0000",
          "Morning,\n\nThis went out by BACS yesterday afternoon, so it should be with you today or tomorrow.\n\nKaren" + q(1),
          intent="paid_claim", payment_date="2024-11-11", needs_human=True)
    reply("promise_tomorrow_ny_midnight", 3, addr("Marcus Reid", "ap@brightline-events.com"), "brightline-events.com", "2024-11-14 23:48 -0500",
          "Hi there - sorry for the delay, our controller just signed off. The wire will go out tomorrow.\n\nMarcus" + q(3),
          intent="promise", promised_date="2024-11-15", needs_human=False, note="23:48 New York time; tomorrow is 15 Nov local (16 Nov UTC would be wrong)")
    reply("promise_end_next_week", 6, addr("Gary Thompson", "accounts@tynesidefacades.co.uk"), "tynesidefacades.co.uk", "2024-11-15 16:20 +0000",
          "Hi,\n\nApologies, this one slipped through. It's on the list for our run at the end of next week.\n\nGary" + q(6),
          intent="promise", promised_date="2024-11-22", needs_human=False, note="end of next week = Friday of next week")
    reply("conditional_promise", 2, addr("Aoife Byrne", "payables@oconnor-construction.ie"), "oconnor-construction.ie", "2024-11-13 11:05 +0000",
          "Hi,\n\nWe're waiting on the main contractor to release our stage payment, which is due on the 29th. As soon as that lands we'll clear KSH-24-0419 in full.\n\nRegards,\nAoife",
          intent="promise", promised_date="2024-11-29", needs_human=True, note="conditional on funds")
    reply("dispute_plus_promise", 4, addr("Steve Allard", "finance@millbank-roofing.co.uk"), "millbank-roofing.co.uk", "2024-11-13 14:30 +0000",
          """Hi,

0388 is fine and will be paid on Friday with 0402 less the overcharge.
On 0402 you've billed six weeks' hire but the scaffold was struck at the end of week four - I have the photos. That's £880.00 we won't be paying.

Steve""" + q(4), amount="880.00", currency="GBP", intent="dispute", needs_human=True, note="promise and dispute in one reply -> dispute")
    reply("stop_sole_trader", 5, addr("Jo Pearce", "jo.pearce@pearce-renovations.co.uk"), "pearce-renovations.co.uk", "2024-11-08 19:02 +0000",
          "Please take me off these automatic emails. I'm sorting the account out with Dan directly, I don't need a robot chasing me as well.\n\nJo",
          intent="stop", needs_human=True)
    reply("plan_request_three_months", 8, addr("Mohammed Khan", "m.khan@ridgeway-homes.co.uk"), "ridgeway-homes.co.uk", "2024-11-12 17:55 +0000",
          "Hi,\n\nCash flow is tight until our next completion. Would you accept three monthly payments of £725.20, starting 1 December?\n\nThanks,\nMo" + q(8),
          amount="725.20", currency="GBP", intent="plan_request", needs_human=True)
    reply("not_received", 7, addr("Niamh Walsh", "billing@corkharbourmarine.ie"), "corkharbourmarine.ie", "2024-11-11 15:12 +0000",
          "Hello,\n\nI can't find KSH-24-0451 anywhere in our system - could you send us a copy of the invoice? It may have gone to the old address.\n\nNiamh" + q(7),
          intent="not_received", needs_human=False)
    reply("payment_details_wire", 3, addr("Lisa Chen", "ap@brightline-events.com"), "brightline-events.com", "2024-11-06 10:40 -0500",
          "Hello,\n\nWe're setting you up as a new vendor. Could you send your bank name, SWIFT/BIC and IBAN for an international wire? Our system won't release payment without them.\n\nLisa Chen\nAccounts Payable",
          intent="payment_details", needs_human=False)
    reply("question_vat", 2, addr("Aoife Byrne", "payables@oconnor-construction.ie"), "oconnor-construction.ie", "2024-11-05 09:20 +0000",
          "Hi,\n\nQuick one before I put this forward: is the €12,300 inclusive of VAT, or should it have been reverse charge? We're RCT registered.\n\nAoife" + q(2),
          intent="question", needs_human=True, note="figure quoted from invoice, not a client-stated new amount; amount left empty")
    reply("negated_promise", 6, addr("Gary Thompson", "accounts@tynesidefacades.co.uk"), "tynesidefacades.co.uk", "2024-11-11 12:01 +0000",
          "Hi,\n\nI'm afraid we won't be paying this week, and I can't give you a date until our MD is back from leave. I'll be in touch.\n\nGary" + q(6),
          intent="other", needs_human=True, note="negated promise, no date")
    reply("retracted_promise_new_date", 1, addr("Karen Lowe", "accounts@harwell-build.co.uk"), "harwell-build.co.uk", "2024-11-15 16:50 +0000",
          "Hi,\n\nPlease ignore my earlier email saying the payment would go on Friday - our payment run has been moved and KSH-24-0412 will now be paid on Tuesday 26th.\n\nSorry for the confusion,\nKaren",
          threaded=False, subj="KSH-24-0412 payment date", intent="promise", promised_date="2024-11-26", needs_human=False, note="retracted earlier promise; not threaded")
    reply("mixed_part_paid_rest_promised", 11, addr("Jenna Ortiz", "payables@hudson-stagecraft.com"), "hudson-stagecraft.com", "2024-11-15 18:30 -0500",
          "Hi,\n\nWe sent $2,000.00 on Nov 8 against KSH-24-0455. The remaining $3,100.00 goes out with next Friday's check run.\n\nJenna" + q(11),
          amount="2000.00", currency="USD", intent="paid_claim", payment_date="2024-11-08", promised_date="2024-11-22", needs_human=True,
          note="mixed: partial paid claim + promise of the balance; intent paid_claim, promise date also filled")

    # ---------------- payment confirmations ----------------
    def pay(slug, frm, dom, subj, date, content, **lab):
        d.add(slug, message(H(A(dom), frm, BOT, subj, date, mid("en-" + slug, dom)), content), kind="payment_confirmation", language="en", needs_human=lab.pop("needs_human", False), **lab)

    pay("barclays_credit", "Barclays <notifications@barclays.co.uk>", "barclays.co.uk", "Money in: payment received", "2024-11-12 07:05 +0000",
        text("A payment has been credited to your account ending 9022.\n\nAmount: GBP 4,860.00\nFrom: HARWELL BUILD LTD\nReference: KSH-24-0412\nValue date: 12/11/2024\n\nBarclays Bank UK PLC"),
        invoice_numbers="KSH-24-0412", amount="4860.00", currency="GBP", payment_date="2024-11-12", payment_full=True)
    pay("wise_partial", "Wise <noreply@wise.com>", "wise.com", "You've received EUR 6,000.00", "2024-11-14 10:22 +0000",
        text("Hi Kettlebrook Scaffold Hire Ltd,\n\nYou received 6,000.00 EUR from O'CONNOR CONSTRUCTION LTD.\nReference: KSH-24-0419 PART\nDate: 14 November 2024\n\nThe money is in your EUR balance.\n\nThe Wise team"),
        invoice_numbers="KSH-24-0419", amount="6000.00", currency="EUR", payment_date="2024-11-14", payment_full=False, note="short/partial payment vs 12300.00")
    pay("stripe_html", "Stripe <notifications@stripe.com>", "stripe.com", "Payment of $7,250.00 succeeded", "2024-11-15 14:02 -0500",
        text("<html><body><h2>Payment succeeded</h2><p>Amount: <b>$7,250.00 USD</b></p><p>Customer: Brightline Events Inc.</p><p>Description: Invoice KSH-24-0431</p><p>Date: Nov 15, 2024</p></body></html>", sub="html"),
        invoice_numbers="KSH-24-0431", amount="7250.00", currency="USD", payment_date="2024-11-15", payment_full=True, note="HTML only")
    pay("barclays_split_remittance", "Barclays <notifications@barclays.co.uk>", "barclays.co.uk", "Money in: payment received", "2024-11-18 07:04 +0000",
        text("A payment has been credited to your account ending 9022.\n\nAmount: GBP 3,740.00\nFrom: MILLBANK ROOFING\nReference: 0388 1980.00 / 0402 1760.00\nValue date: 15/11/2024\n\nBarclays Bank UK PLC"),
        invoice_numbers="KSH-24-0388;KSH-24-0402", amount="3740.00", currency="GBP", payment_date="2024-11-15", payment_full=False,
        allocations="KSH-24-0388=1980.00;KSH-24-0402=1760.00", note="split; 0402 short by disputed 880")
    pay("aib_odd_reference", "AIB <no-reply@aib.ie>", "aib.ie", "Lodgement notification", "2024-11-19 06:30 +0000",
        text("Dear Customer,\n\nA credit of EUR 3,420.00 was lodged to account IE29 AIBK 9311 5212 3456 78 on 18/11/2024.\nRemitter: CORK HARBOUR MARINE SVCS\nNarrative: INV 451 KETTLEBROOK\n\nAllied Irish Banks, p.l.c.", cs="iso-8859-1"),
        invoice_numbers="KSH-24-0451", amount="3420.00", currency="EUR", payment_date="2024-11-18", payment_full=True, note="reference written as INV 451")
    d.add("forged_barclays_lookalike", message(H(ares("barclays-secure-pay.co.uk", dkim="none", spf="pass", dmarc="none"), "Barclays <notifications@barclays-secure-pay.co.uk>", BOT,
          "Money in: payment received", "2024-11-16 03:12 +0000", mid("en-forged", "barclays-secure-pay.co.uk")),
          text("A payment has been credited to your account.\n\nAmount: GBP 15,840.00\nFrom: TYNESIDE FACADES LTD\nReference: KSH-24-0445\nValue date: 15/11/2024\n\nTo view the remittance please sign in: http://barclays-secure-pay.co.uk/login")),
          kind="other", language="en", invoice_numbers="KSH-24-0445", amount="15840.00", currency="GBP", needs_human=True, note="look-alike bank domain")

    # ---------------- bounces ----------------
    def bounce(slug, key, frm, dom, subj, date, content, **lab):
        inv_, rid_ = d.ref(key)
        d.add(slug, message(H(A(dom), frm, BOT, subj, date, mid("en-" + slug, dom), extra=(("Auto-Submitted", "auto-replied"),)), content),
              kind="bounce", language="en", invoice_numbers=inv_, original_message_id=rid_, failed_recipients=R[key]["to"], needs_human=True, **lab)

    bounce("postfix_user_unknown", 9, "MAILER-DAEMON@mail.kestrel-lettings.co.uk (Mail Delivery System)", "mail.kestrel-lettings.co.uk", "Undelivered Mail Returned to Sender", "2024-11-12 09:31 +0000",
           dsn(d, 9, "en-b1", "mx.kestrel-lettings.co.uk", "This is the mail system at host mail.kestrel-lettings.co.uk.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<accounts@kestrel-lettings.co.uk>: host mx.kestrel-lettings.co.uk said: 550 5.1.1\n    <accounts@kestrel-lettings.co.uk>: Recipient address rejected: User unknown\n",
               [("accounts@kestrel-lettings.co.uk", "failed", "5.1.1", "550 5.1.1 <accounts@kestrel-lettings.co.uk>: Recipient address rejected: User unknown in virtual mailbox table")], "mail.kestrel-lettings.co.uk"),
           bounce_permanent=True, bounce_reason="user_unknown")
    bounce("o365_spam_reject", 10, "Microsoft Outlook <postmaster@doylebuilders.onmicrosoft.com>", "doylebuilders.onmicrosoft.com", "Undeliverable: " + R[10]["subject"], "2024-11-13 09:32 +0000",
           dsn(d, 10, "en-b2", "doylebuilders-ie.mail.protection.outlook.com", "Your message to s.doyle@doylebuilders.ie couldn't be delivered.\n\nThe message was identified as spam by the recipient's content filter.\n\nRemote server returned '550 5.7.1 Service unavailable; message rejected as spam (CFS)'\n",
               [("s.doyle@doylebuilders.ie", "failed", "5.7.1", "550 5.7.1 Service unavailable; Client host [185.23.11.4] blocked using Spamhaus; message rejected as spam")], "DB9PR02MB7211.eurprd02.prod.outlook.com", full=True),
           bounce_permanent=True, bounce_reason="spam")
    bounce("exim_delayed", 11, "Mail Delivery System <Mailer-Daemon@relay.hudson-stagecraft.com>", "relay.hudson-stagecraft.com", "Warning: message 1tB7xK-0004Qe-2M delayed 24 hours", "2024-11-14 09:45 -0500",
           dsn(d, 11, "en-b3", "mx2.hudson-stagecraft.com", "This message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on relay.hudson-stagecraft.com.\n\n  payables@hudson-stagecraft.com\n    host mx2.hudson-stagecraft.com [64.12.88.9]: 451 4.7.1 Greylisted, please try again later\n\nNo action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software will give up,\nand when that happens, the message will be returned to you.\n",
               [("payables@hudson-stagecraft.com", "delayed", "4.7.1", "451 4.7.1 Greylisted, please try again later")], "relay.hudson-stagecraft.com"),
           bounce_permanent=False, bounce_reason="other", note="delay / greylisting")

    # ---------------- auto-replies ----------------
    def auto(slug, key, frm, dom, subj, date, body, extra=(), cs="utf-8", cte="quoted-printable", lang="en", **lab):
        inv_, rid_ = d.ref(key)
        d.add(slug, message(H(A(dom), frm, BOT, subj, date, mid("en-" + slug, dom), irt=rid_, extra=extra, cs=cs), text(body, cs=cs, cte=cte)),
              kind="auto_reply", language=lang, invoice_numbers=inv_, original_message_id=rid_, needs_human=False, **lab)

    auto("ooo_polish_no_headers", 12, addr("Katarzyna Nowak", "finance@brackenfield-estates.co.uk"), "brackenfield-estates.co.uk", "Odp: " + R[12]["subject"], "2024-11-14 09:31 +0000",
         "Dzień dobry,\n\ndziękuję za wiadomość. Jestem na urlopie do piątku 22 listopada włącznie i nie mam dostępu do poczty. Wracam do biura w poniedziałek 25.11.2024.\nW pilnych sprawach proszę pisać na office@brackenfield-estates.co.uk.\n\nPozdrawiam,\nKatarzyna Nowak",
         cs="iso-8859-2", lang="pl", return_date="2024-11-25", note="no Auto-Submitted; ISO-8859-2")
    auto("ooo_dutch", 8, addr("Mohammed Khan", "m.khan@ridgeway-homes.co.uk"), "ridgeway-homes.co.uk", "Automatisch antwoord: " + R[8]["subject"], "2024-11-12 09:31 +0000",
         "Beste afzender,\n\nIk ben afwezig tot en met woensdag 20 november en lees mijn e-mail niet. Vanaf donderdag 21 november ben ik weer bereikbaar.\n\nMet vriendelijke groet,\nMo Khan",
         extra=(("X-Auto-Response-Suppress", "All"),), lang="nl", return_date="2024-11-21", note="Dutch, only X-Auto-Response-Suppress; back on 21st")
    auto("ooo_spanish_standard", 3, addr("Lucía Fernández", "ap@brightline-events.com"), "brightline-events.com", "Respuesta automática: " + R[3]["subject"], "2024-11-05 09:32 -0500",
         "Hola,\n\nEstaré fuera de la oficina hasta el lunes 11 de noviembre, con acceso limitado al correo. Para asuntos de pagos, escriba a Marcus Reid.\n\nSaludos,\nLucía",
         extra=(("Auto-Submitted", "auto-replied"),), lang="es", return_date="2024-11-11")

    # ---------------- read receipts ----------------
    inv_, rid_ = d.ref(12)
    d.add("mdn_thunderbird", message(H(A("brackenfield-estates.co.uk"), addr("Priya Shah", "finance@brackenfield-estates.co.uk"), BOT, "Return Receipt (displayed) - " + R[12]["subject"], "2024-11-26 08:40 +0000", mid("en-mdn1", "brackenfield-estates.co.uk")),
          mdn(d, 12, "en-mdn1", "This is a Return Receipt for the mail that you sent to finance@brackenfield-estates.co.uk.\n\nNote: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.", "Mozilla Thunderbird 115.5.0", "finance@brackenfield-estates.co.uk")),
          kind="read_receipt", language="en", invoice_numbers=inv_, original_message_id=rid_, needs_human=False)
    inv_, rid_ = d.ref(6)
    d.add("outlook_read_nonstandard", message(H(A("tynesidefacades.co.uk"), addr("Gary Thompson", "accounts@tynesidefacades.co.uk"), BOT, "Read: " + R[6]["subject"], "2024-11-08 13:02 +0000", mid("en-rr2", "tynesidefacades.co.uk"), irt=rid_),
          text(f"Your message\n\n  To: accounts@tynesidefacades.co.uk\n  Subject: {R[6]['subject']}\n  Sent: Friday, November 8, 2024 9:30:00 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n\nwas read on Friday, November 8, 2024 1:02:11 PM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.")),
          kind="read_receipt", language="en", invoice_numbers=inv_, original_message_id=rid_, needs_human=False, note="Outlook Read: receipt, not RFC 8098")
    inv_, rid_ = d.ref(2)
    d.add("mdn_notes_style", message(H(A("oconnor-construction.ie"), addr("Aoife Byrne", "payables@oconnor-construction.ie"), BOT, "Return Receipt: " + R[2]["subject"], "2024-11-04 11:15 +0000", mid("en-rr3", "oconnor-construction.ie")),
          mdn(d, 2, "en-rr3", f"Your document: {R[2]['subject']}\nwas received by: Aoife Byrne/OConnor\nat: 04/11/2024 11:15:02", "Lotus Notes Release 9.0.1", "payables@oconnor-construction.ie", disposition="automatic-action/MDN-sent-automatically; displayed")),
          kind="read_receipt", language="en", invoice_numbers=inv_, original_message_id=rid_, needs_human=False)

    # ---------------- challenge ----------------
    inv_, rid_ = d.ref(7)
    url = "https://verify.mailguardian.example-cr.com/confirm?t=" + hx("en-ch", 32)
    d.add("challenge_link", message(H(A("mailguardian.example-cr.com"), addr("MailGuardian for billing@corkharbourmarine.ie", "noreply@mailguardian.example-cr.com"), BOT, "Please verify your email: " + R[7]["subject"], "2024-11-11 09:33 +0000", mid("en-ch", "mailguardian.example-cr.com"), irt=rid_, extra=(("Auto-Submitted", "auto-replied"),)),
          multi("alternative", [text(f"Hello,\n\nbilling@corkharbourmarine.ie uses MailGuardian to block junk mail. Your message \"{R[7]['subject']}\" is being held.\n\nTo deliver it, please confirm you are a person by visiting:\n{url}\n\nYou only need to do this once.\n"),
                                text(f"<html><body><p>billing@corkharbourmarine.ie uses MailGuardian to block junk mail.</p><p><a href=\"{url}\">Confirm I am a person</a></p></body></html>", sub="html")], "en-ch")),
          kind="challenge", language="en", invoice_numbers=inv_, original_message_id=rid_, needs_human=True, challenge=url)

    # ---------------- staff commands ----------------
    d.add("staff_cmd_paid", message(H(A(SD), OLIVIA, BOT, "paid KSH-24-0449", "2024-11-14 15:10 +0000", mid("en-sc1", SD)),
          text("paid KSH-24-0449 1320.00 GBP 2024-11-14\ncheque banked today, Kestrel have a new accounts address - will update the contact.\n")),
          kind="staff_command", language="en", invoice_numbers="KSH-24-0449", amount="1320.00", currency="GBP", payment_date="2024-11-14", needs_human=False)
    d.add("staff_prose_promise", message(H(A(SD), DAN, BOT, "Tyneside 0445", "2024-11-18 12:25 +0000", mid("en-sc2", SD)),
          text("Hi,\n\nTyneside's FD rang me this morning - they're good for the full 0445 balance on Friday 29th. Please hold off the reminders until then.\n\nDan")),
          kind="staff_command", language="en", invoice_numbers="KSH-24-0445", promised_date="2024-11-29", needs_human=False, note="staff prose, promise on client's behalf")

    # ---------------- other ----------------
    d.add("supplier_invoice_to_us", message(H(ares("steeltube-supplies.co.uk"), "Steeltube Supplies <invoices@steeltube-supplies.co.uk>", BOT, "Invoice ST-88213 from Steeltube Supplies", "2024-11-15 08:00 +0000", mid("en-o1", "steeltube-supplies.co.uk")),
          text("Dear Customer,\n\nPlease find your invoice ST-88213 for 400 x 6.4m scaffold tubes.\nAmount due: £9,120.00\nDue date: 15/12/2024\n\nSteeltube Supplies Ltd")),
          kind="other", language="en", invoice_numbers="ST-88213", amount="9120.00", currency="GBP", due_date="2024-12-15", needs_human=True, note="supplier invoice to us (AP, not AR)")
    d.add("trade_newsletter", message(H(ares("scaffmag-news.co.uk"), "Scaffolding Today <news@scaffmag-news.co.uk>", BOT, "This week: TG20 changes, hire rates survey", "2024-11-16 06:00 +0000", mid("en-o2", "scaffmag-news.co.uk"), extra=(("List-Unsubscribe", "<https://scaffmag-news.co.uk/u/kb21>"), ("Precedence", "bulk"))),
          multi("alternative", [text("This week in Scaffolding Today: TG20 changes explained, our hire rates survey, and a reminder that late payment interest can be claimed on commercial debts.\n"), text("<html><body><h1>Scaffolding Today</h1><p>TG20 changes explained; hire rates survey.</p></body></html>", sub="html")], "en-o2")),
          kind="other", language="en", needs_human=False)
    d.add("phishing_invoice_overdue", message(H(ares("hwl-build.co", dkim="none", dmarc="fail", spf="softfail"), addr("Karen Lowe", "accounts@hwl-build.co"), BOT, "RE: Invoice KSH-24-0412 overdue - updated remittance", "2024-11-17 02:40 +0000", mid("en-o3", "hwl-build.co")),
          text("Hello,\n\nWe have changed our bank. Please see the updated remittance and confirm your bank details by clicking below so we can release KSH-24-0412.\n\nhttp://hwl-build.co/remit\n")),
          kind="other", language="en", invoice_numbers="KSH-24-0412", needs_human=True, note="look-alike client domain, phishing; not a client reply")
    return d

"""UK desk of Wrenfield Veterinary Supply Group: GBP, EUR, USD; NatWest Bankline, Stripe, Wise."""
from __future__ import annotations

from common import BOT_ADDR, dsn_report, mdn_report, reminder_headers, reminder_message, sent_date, thread
from mailkit import (BOT, L, Leaf, Msg, Multi, Reminder, addr, ar, attach, html, mail, money, msgid, pdf,
                     quote, text)

DESK = "en"
TZ = "+0000"
DOMAIN = "wrenfield-vet.co.uk"
HARRIET = addr("Harriet Cole", "harriet.cole@wrenfield-vet.co.uk")
OWEN = addr("Owen Pryce", "owen.pryce@wrenfield-vet.co.uk")
SANJAY = addr("Sanjay Mehta", "sanjay.mehta@wrenfield-vet.co.uk")
STAFF = ["harriet.cole@wrenfield-vet.co.uk", "owen.pryce@wrenfield-vet.co.uk",
         "sanjay.mehta@wrenfield-vet.co.uk", "billing@wrenfield-vet.co.uk"]
NOTIFIERS = ["bankline.alerts@natwest.com", "notifications@stripe.com", "noreply@wise.com"]
M365 = "mail-db8eur05on2101.outbound.protection.outlook.com"


def R(sent, rcpt, name, invs, amts, cur, due):
    subj = (f"Payment reminder: invoice {invs[0]}" if len(invs) == 1
            else f"Statement of open invoices – {name}")
    return Reminder(DESK, sent, rcpt, name, invs, amts, cur, due, "en", subj)


E1 = R("2026-11-03", "accounts@harboursidevets.co.uk", "Harbourside Veterinary Centre", ["UKI-203944"], [1842.60], "GBP", ["2026-10-30"])
E2 = R("2026-11-04", "payables@pennine-equine.co.uk", "Pennine Equine Hospital", ["UKI-203871", "UKI-203902"], [3120.00, 775.20], "GBP", ["2026-10-16", "2026-10-23"])
E3 = R("2026-11-05", "finance@castlegatevets.ie", "Castlegate Animal Clinic", ["UKI-203960"], [3410.00], "EUR", ["2026-10-31"])
E4 = R("2026-11-06", "office@oakhurstfarmvets.co.uk", "Oakhurst Farm Vets", ["UKI-203990"], [1120.00], "GBP", ["2026-11-02"])
E5 = R("2026-11-09", "invoices@vetnova-group.co.uk", "VetNova Group – Millbrook Pet Hospital", ["UKI-203977"], [2964.00], "GBP", ["2026-11-05"])
E6 = R("2026-11-10", "ap@bluegrassequinedx.com", "Bluegrass Equine Diagnostics", ["UKI-203915"], [4820.00], "USD", ["2026-10-25"])
E7 = R("2026-11-11", "leanne@northgatecatclinic.co.uk", "Northgate Cat Clinic", ["UKI-204002"], [618.00], "GBP", ["2026-11-08"])
E8 = R("2026-11-12", "accounts.payable@severnvalevets.co.uk", "Severn Vale Veterinary Group", ["UKI-203999"], [2205.60], "GBP", ["2026-11-09"])
E9 = R("2026-11-16", "admin@lochsidevets.scot", "Lochside Vets", ["UKI-204010"], [1488.00], "GBP", ["2026-11-12"])
E10 = R("2026-11-17", "tom@ridgewaymobilevets.co.uk", "Ridgeway Mobile Vets", ["UKI-204018"], [742.80], "GBP", ["2026-11-14"])
E11 = R("2026-11-18", "hello@brightwateraquatics.vet", "Brightwater Aquatic Vets", ["UKI-204021"], [1935.00], "GBP", ["2026-11-15"])
E12 = R("2026-11-19", "accounts@fenlandpoultry.co.uk", "Fenland Poultry Health", ["UKI-203933"], [5210.40], "GBP", ["2026-10-28"])
E13 = R("2026-11-20", "accounts@stbrigidsequine.ie", "St Brigid's Equine", ["UKI-204006"], [2790.00], "EUR", ["2026-11-06"])
E14 = R("2026-11-23", "practice.manager@alderfinchvets.co.uk", "Alder & Finch Veterinary Surgeons", ["UKI-203951"], [980.40], "GBP", ["2026-10-31"])
E15 = R("2026-11-25", "payables@thamesmeadah.co.uk", "Thamesmead Animal Hospital", ["UKI-204027"], [3360.00], "GBP", ["2026-11-20"])
E16 = R("2026-12-01", "accounts@kingsbridgezoo.org.uk", "Kingsbridge Zoological Trust", ["UKI-204035"], [6120.00], "GBP", ["2026-11-27"])
E17 = R("2026-11-26", "accounts@kestrelwildlife.org.uk", "Kestrel Wildlife Rescue", ["UKI-203920"], [2480.00], "GBP", ["2026-10-22"])
E18 = R("2026-11-27", "accounts@marshgatevets.co.uk", "Marshgate Veterinary Practice", ["UKI-204031"], [1276.80], "GBP", ["2026-11-24"])
REMINDERS = [E1, E2, E3, E4, E5, E6, E7, E8, E9, E10, E11, E12, E13, E14, E15, E16, E17, E18]
OLD_INVOICES: list[str] = []

SYM = {"GBP": "£", "EUR": "€", "USD": "$"}


def rtext(r: Reminder) -> str:
    from datetime import date
    lines = []
    for inv, amt, due in zip(r.invoices, r.amounts, r.due):
        dd = date.fromisoformat(due)
        lines.append(f"  {inv}   {SYM[r.currency]}{money(amt, 'en')}   due {dd.day} {dd:%B %Y}")
    return (f"Dear {r.name} accounts team,\n\nI hope all is well at the practice and that business is good.\n\n"
            "According to our records the following is still open:\n\n" + "\n".join(lines) +
            f"\n\nIf you have already paid, please ignore this message – and thank you.\n"
            "You can pay by bank transfer to Wrenfield Veterinary Supply Group Ltd, NatWest,\n"
            "sort code 60-12-18, account 41839927 (IBAN GB29 NWBK 6012 1841 8399 27),\n"
            f"quoting the invoice number, or by card at https://pay.wrenfield-vet.co.uk/{r.invoices[0]}.\n\n"
            "If anything is unclear, just reply to this email.\n\nKind regards,\nAccounts Receivable\n"
            "Wrenfield Veterinary Supply Group\n")


def ukpdf(inv, issued, due, customer, items, net, vat, total, extra=(), vat_rate="20%", cur="£", terms="30 days"):
    lines = [(15, "Wrenfield Veterinary Supply Group Ltd", True),
             "Unit 4, Kestrel Park, Battlefield Road, Shrewsbury SY1 3TL",
             "VAT Reg. No. GB 318 4420 71   Company No. 08813307", "",
             (13, "TAX INVOICE", True), "",
             f"Invoice number: {inv}", f"Invoice date: {issued}", f"Customer: {customer}", ""]
    lines += [(10, "Description                                             Qty      Amount", True)]
    lines += items
    lines += ["", f"Net total:  {cur}{net}", f"VAT {vat_rate}:  {cur}{vat}"]
    lines += list(extra)
    lines += [(11, f"TOTAL:  {cur}{total}", True), "", f"Payment terms: {terms}", f"Due date: {due}", "",
              "Bank: NatWest  Sort code 60-12-18  Account 41839927",
              "IBAN GB29 NWBK 6012 1841 8399 27  BIC NWBKGB2L"]
    return pdf(lines, title=f"Invoice {inv}")


def build_all() -> list[Msg]:
    M: list[Msg] = []

    def add(n, slug, raw, label):
        M.append(Msg(DESK, n, slug, raw, label))

    # ------------------------------------------------------------------ invoice copies
    b = ("Hi Fiona,\n\nThanks for the order last week. Please find attached invoice UKI-204811 for the\n"
         "Vetscan VS2 rotor packs and the two infusion pumps, £2,316.00 including VAT.\n\n"
         "Our terms are 30 days, so payment is due by 2 December 2026. Bank details are on the\n"
         "invoice; please quote the invoice number as your reference.\n\nBest wishes,\n"
         "Harriet\n\nHarriet Cole | Credit Control\nWrenfield Veterinary Supply Group\nT 01743 220 418\n\n"
         "This email and any attachments are confidential and intended solely for the addressee.\n"
         "Wrenfield Veterinary Supply Group Ltd is registered in England and Wales, no. 08813307.\n")
    body = Multi("mixed",
                 Multi("alternative", text(b),
                       html("<html><body><p>Hi Fiona,</p><p>Thanks for the order last week. Please find attached "
                            "invoice <b>UKI-204811</b> for the Vetscan VS2 rotor packs and the two infusion pumps, "
                            "&pound;2,316.00 including VAT.</p><p>Our terms are 30 days, so payment is due by "
                            "2 December 2026. Bank details are on the invoice; please quote the invoice number as "
                            "your reference.</p><p>Best wishes,<br>Harriet</p><p style='color:#777'>Harriet Cole | "
                            "Credit Control<br>Wrenfield Veterinary Supply Group<br>T 01743 220 418</p>"
                            "<p style='font-size:8pt'>This email and any attachments are confidential and intended "
                            "solely for the addressee.</p></body></html>"), seed="en01a", style="outlook"),
                 attach(ukpdf("UKI-204811", "02/11/2026", "02/12/2026", "Lochside Vets, 12 Harbour Road, Inverness IV1 1SY",
                              ["VS2 Comprehensive Diagnostic Profile rotors x10 pk     6      1,110.00",
                               "Infusion pump VP-300                                     2        820.00"],
                              "1,930.00", "386.00", "2,316.00"), "application/pdf", "UKI-204811.pdf"),
                 seed="en01", style="outlook")
    add(1, "invoice_lochside", mail("en01", frm=HARRIET, to=addr("Fiona MacLeod", "admin@lochsidevets.scot"),
                                    cc=BOT_ADDR, subject="Invoice UKI-204811 – Wrenfield Veterinary Supply",
                                    date="2026-11-02 10:14", tz=TZ, body=body, host=M365, mid_style="outlook",
                                    extra=[("Thread-Topic", "Invoice UKI-204811 – Wrenfield Veterinary Supply")]),
        L("invoice_copy", "en", invoice_numbers="UKI-204811", amount=2316.00, currency="GBP", issue_date="2026-11-02",
          due_date="2026-12-02", payment_terms_days=30, needs_human=False, note="plain invoice, text+html+PDF"))

    b = ("Dear Margaret,\n\nFurther to the signed fit-out agreement for the new Ludlow branch (total contract value\n"
         "£84,500.00 + VAT, i.e. £101,400.00 gross), please find attached our deposit invoice UKI-204826.\n\n"
         "As agreed, the deposit is 30% of the contract value: £25,350.00 + VAT £5,070.00 = £30,420.00.\n"
         "The remaining 70% will be invoiced in two stages (first fix and handover) as per schedule B.\n\n"
         "Payment of the deposit is due within 14 days, by 19 November 2026, so that we can release the\n"
         "order for the theatre lights and the dental station.\n\nMany thanks,\nSanjay Mehta\n"
         "Projects Manager – Clinic Fit-Outs\nWrenfield Veterinary Supply Group\n")
    body = Multi("mixed", text(b),
                 attach(ukpdf("UKI-204826", "05 Nov 2026", "19 Nov 2026", "Alder & Finch Veterinary Surgeons, Ludlow branch",
                              ["Fit-out contract AF-LUD-2026, value 84,500.00 + VAT", "Deposit 30% per schedule B       1     25,350.00"],
                              "25,350.00", "5,070.00", "30,420.00", terms="14 days"), "application/pdf",
                        "Wrenfield_UKI-204826_deposit.pdf"), seed="en02")
    add(2, "invoice_deposit_fitout", mail("en02", frm=SANJAY, to=addr("Margaret Finch", "practice.manager@alderfinchvets.co.uk"),
                                          cc=BOT_ADDR, subject="Ludlow fit-out – deposit invoice", date="2026-11-05 15:47",
                                          tz=TZ, body=body, host=M365),
        L("invoice_copy", "en", invoice_numbers="UKI-204826", amount=30420.00, currency="GBP", issue_date="2026-11-05",
          due_date="2026-11-19", payment_terms_days=14, needs_human=False,
          note="contract value 84,500+VAT vs 30% deposit 30,420 gross; amount = deposit"))

    b = ("Hi Jon\n\nAttached is UKI-204833 for the October service visits across your four sites (£4,980.00 inc VAT).\n"
         "We've netted off credit note UKI-C20057 (£612.00) for the returned ultrasound probe, so the\n"
         "balance to pay is £4,368.00.\n\n30 day terms as usual - due 9 Dec.\n\nCheers\nOwen\n\n--\n"
         "Owen Pryce\nService Contracts, Wrenfield Veterinary Supply Group\n07700 900 412\n")
    body = Multi("mixed", text(b, cte="8bit", cs="windows-1252"),
                 attach(ukpdf("UKI-204833", "09/11/2026", "09/12/2026", "Severn Vale Veterinary Group",
                              ["Service visit Gloucester 06/10                       1      1,150.00",
                               "Service visit Tewkesbury 08/10                      1      1,150.00",
                               "Service visit Stroud 13/10                          1      1,050.00",
                               "Service visit Cheltenham 20/10                      1        800.00"],
                              "4,150.00", "830.00", "4,980.00",
                              extra=["Less credit note UKI-C20057:  -£612.00", (11, "BALANCE DUE:  £4,368.00", True)]),
                        "application/pdf", "UKI-204833.pdf"), seed="en03")
    add(3, "invoice_credit_note_netted", mail("en03", frm=OWEN, to=addr("Jon Whitlock", "accounts.payable@severnvalevets.co.uk"),
                                              cc=BOT_ADDR, subject="Invoice UKI-204833 (Oct service visits)",
                                              date="2026-11-09 08:21", tz=TZ, body=body, host=M365),
        L("invoice_copy", "en", invoice_numbers="UKI-204833", amount=4368.00, currency="GBP", issue_date="2026-11-09",
          due_date="2026-12-09", payment_terms_days=30, needs_human=False,
          note="4,980.00 gross less credit note UKI-C20057 612.00 = 4,368.00"))

    b = ("Hello Accounts,\n\nPlease find attached two invoices for November:\n\n"
         "  UKI-204840  Poultry vaccine cold boxes and data loggers   £1,254.00\n"
         "  UKI-204841  Post-mortem kit refills                     £389.40\n\n"
         "Both are payable within 30 days of the invoice date (10/11/2026). As a reminder, you can\n"
         "take a 2.5% settlement discount on either invoice if it's paid within 7 days.\n\n"
         "Kind regards\nHarriet Cole\nCredit Control\n")
    body = Multi("mixed", text(b),
                 attach(ukpdf("UKI-204840", "10/11/2026", "10/12/2026", "Fenland Poultry Health Ltd",
                              ["Insulated vaccine cold box 40L                        6        720.00",
                               "USB temperature data logger                           8        325.00"],
                              "1,045.00", "209.00", "1,254.00", extra=["Settlement discount 2.5% if paid within 7 days"]),
                        "application/pdf", "UKI-204840.pdf"),
                 attach(ukpdf("UKI-204841", "10/11/2026", "10/12/2026", "Fenland Poultry Health Ltd",
                              ["PM kit refill pack                                    3        324.50"],
                              "324.50", "64.90", "389.40", extra=["Settlement discount 2.5% if paid within 7 days"]),
                        "application/pdf", "UKI-204841.pdf"), seed="en04")
    add(4, "two_invoices_fenland", mail("en04", frm=HARRIET, to="accounts@fenlandpoultry.co.uk", cc=BOT_ADDR,
                                        subject="Wrenfield invoices UKI-204840 & UKI-204841", date="2026-11-10 11:02",
                                        tz=TZ, body=body, host=M365),
        L("invoice_copy", "en", invoice_numbers="UKI-204840;UKI-204841", amount=1643.40, currency="GBP",
          issue_date="2026-11-10", due_date="2026-12-10", payment_terms_days=30, needs_human=False,
          note="two invoices summed 1254.00+389.40; 2.5% settlement discount does not change amount"))

    hb = ("<!DOCTYPE html><html><head><meta charset='utf-8'></head><body style='font-family:Calibri,sans-serif'>"
          "<p>Hi Dana,</p><p>As promised on our call, here is the invoice for the 2027 preventive maintenance "
          "contract covering your two DR panels and the Vetscan analyser.</p>"
          "<table border='1' cellpadding='4' style='border-collapse:collapse'>"
          "<tr><td>Invoice #</td><td>UKI-204849</td></tr><tr><td>Invoice date</td><td>November 11, 2026</td></tr>"
          "<tr><td>Amount</td><td>USD 6,450.00</td></tr><tr><td>VAT</td><td>0% (export of services)</td></tr>"
          "<tr><td>Terms</td><td>Net 45</td></tr></table>"
          "<p>Please wire to our USD account at NatWest (IBAN GB71 NWBK 6012 1866 2210 04, BIC NWBKGB2L) and "
          "reference the invoice number.</p><p>Best,<br>Owen Pryce<br>Service Contracts</p></body></html>")
    add(5, "invoice_usd_html_only", mail("en05", frm=OWEN, to=addr("Dana Whitfield", "ap@bluegrassequinedx.com"),
                                         cc=BOT_ADDR, subject="2027 maintenance contract – invoice UKI-204849",
                                         date="2026-11-11 17:36", tz=TZ, body=html(hb), host=M365),
        L("invoice_copy", "en", invoice_numbers="UKI-204849", amount=6450.00, currency="USD", issue_date="2026-11-11",
          due_date="2026-12-26", payment_terms_days=45, needs_human=False,
          note="HTML-only; Net 45 -> due computed from issue date"))

    b = ("Good morning,\n\nPlease find attached invoice UKI-204858 for the Q1 consumables standing order,\n"
         "£7,200.00 + VAT. Payment due by 16 December 2026.\n\nRegards,\nHarriet Cole\n")
    body = Multi("mixed", text(b, cs="iso-8859-1"),
                 attach(ukpdf("UKI-204858", "16/11/2026", "16/12/2026", "Thamesmead Animal Hospital",
                              ["Q1 2027 consumables standing order (see schedule)     1      7,200.00"],
                              "7,200.00", "1,440.00", "8,640.00"), "application/pdf", "UKI-204858.pdf"), seed="en06")
    add(6, "invoice_net_plus_vat", mail("en06", frm=HARRIET, to="payables@thamesmeadah.co.uk", cc=BOT_ADDR,
                                        subject="Invoice UKI-204858", date="2026-11-16 09:05", tz=TZ, body=body, host=M365),
        L("invoice_copy", "en", invoice_numbers="UKI-204858", amount=8640.00, currency="GBP", issue_date="2026-11-16",
          due_date="2026-12-16", payment_terms_days=30, needs_human=False,
          note="mail states net '£7,200.00 + VAT'; gross 8,640.00 only in PDF"))

    orig = ("---------- Forwarded message ---------\nFrom: Sanjay Mehta <sanjay.mehta@wrenfield-vet.co.uk>\n"
            "Date: Tue, 17 Nov 2026 at 16:40\nSubject: Invoice UKI-204862 - quarantine tank room fit-out snagging\n"
            "To: Brightwater Aquatic Vets <accounts@brightwateraquatics.vet>\n\n\nHi Ellie,\n\n"
            "Invoice UKI-204862 attached for the snagging works and the replacement UV steriliser:\n"
            "£965.40 including VAT, payable within 30 days (by 17 December).\n\nThanks again,\nSanjay\n")
    b = ("Harriet / AR bot - forgot to cc the ledger on this one yesterday, forwarding so it gets picked up.\n\nS.\n\n" + orig)
    body = Multi("mixed", text(b),
                 attach(ukpdf("UKI-204862", "17/11/2026", "17/12/2026", "Brightwater Aquatic Vets",
                              ["Snagging works quarantine room                        1        384.50",
                               "UV steriliser 55W replacement                         1        420.00"],
                              "804.50", "160.90", "965.40"), "application/pdf", "UKI-204862.pdf"), seed="en07", style="gmail")
    add(7, "forwarded_internally", mail("en07", frm=SANJAY, to=BOT_ADDR, cc=HARRIET,
                                        subject="Fwd: Invoice UKI-204862 - quarantine tank room fit-out snagging",
                                        date="2026-11-18 09:02", tz=TZ, body=body, host=M365),
        L("invoice_copy", "en", invoice_numbers="UKI-204862", amount=965.40, currency="GBP", issue_date="2026-11-17",
          due_date="2026-12-17", payment_terms_days=30, needs_human=False,
          note="staff forwards own invoice mail to bot (bot in To); debtor is the forwarded To accounts@brightwateraquatics.vet"))

    b = ("Dear Rob,\n\nPlease find attached invoice UKI-204870, instalment 2 of 6 under the DR system\n"
         "supply agreement WVS-LA-0412 (agreement total £19,050.00 inc VAT).\n\n"
         "Instalment 2: £3,175.00 inc VAT, due 30 November 2026.\n\n"
         "Instalments 3-6 will follow monthly. Please call me if you'd prefer to move to direct debit.\n\n"
         "Kind regards,\nOwen\n")
    body = Multi("mixed", text(b),
                 attach(ukpdf("UKI-204870", "20 November 2026", "30 November 2026", "Pennine Equine Hospital",
                              ["DR system agreement WVS-LA-0412, instalment 2 of 6      1      2,645.83"],
                              "2,645.83", "529.17", "3,175.00", terms="as per agreement WVS-LA-0412"),
                        "application/pdf", "UKI-204870.pdf"), seed="en08")
    add(8, "instalment_2_of_6", mail("en08", frm=OWEN, to=addr("Rob Haworth", "payables@pennine-equine.co.uk"), cc=BOT_ADDR,
                                     subject="UKI-204870 - DR system instalment 2/6", date="2026-11-20 13:30", tz=TZ,
                                     body=body, host=M365),
        L("invoice_copy", "en", invoice_numbers="UKI-204870", amount=3175.00, currency="GBP", issue_date="2026-11-20",
          due_date="2026-11-30", needs_human=False, note="instalment 2/6 of 19,050 agreement; amount = instalment"))

    b = ("Hi Aoife,\n\nPlease find attached this month's invoice for the lab diagnostics subscription\n"
         "and reagents. Any questions, let me know.\n\nBest regards,\nHarriet\n")
    inv09 = pdf([(15, "Wrenfield Veterinary Supply Group Ltd", True), "Irish branch: 3 Dock Mews, Dublin 2, D02 X285",
                 "VAT IE 3345128MH", "", (13, "INVOICE", True), "", "Invoice No. UKI-204886",
                 "Invoice date: 03/12/2026", "Due date: 02/01/2027", "Customer: Castlegate Animal Clinic, Dublin 8", "",
                 "Lab diagnostics subscription Dec 2026                1    1,480.00",
                 "Reagent pack HemaVet                                 4      800.00", "",
                 "Net EUR 2,280.00", "VAT 23% EUR 524.40", (11, "Total EUR 2,804.40", True), "",
                 "Terms: 30 days", "Wise EUR account IBAN BE68 9670 3812 4077 BIC TRWIBEB1XXX"],
                title="Invoice UKI-204886")
    body = Multi("mixed", text(b), attach(inv09, "application/pdf", "Invoice-UKI-204886.pdf"), seed="en09", style="apple")
    add(9, "pdf_dates_ddmm_eur", mail("en09", frm=HARRIET, to=addr("Aoife Brennan", "finance@castlegatevets.ie"), cc=BOT_ADDR,
                                      subject="Wrenfield invoice December", date="2026-12-03 10:48", tz=TZ, body=body, host=M365),
        L("invoice_copy", "en", invoice_numbers="UKI-204886", amount=2804.40, currency="EUR", issue_date="2026-12-03",
          due_date="2027-01-02", payment_terms_days=30, needs_human=False,
          note="number/dates only in PDF, dd/mm/yyyy (03/12 = 3 Dec, 02/01/2027 = 2 Jan)"))

    b = ("Hi Tom,\n\nInvoice UKI-204893 attached for the portable X-ray service and the two\n"
         "replacement lead aprons - total £1,486.80 including VAT, 30 days.\n\nThanks,\nHarriet\n")
    body = Multi("mixed", text(b),
                 attach(ukpdf("UKI-204893", "07/12/2026", "06/01/2027", "Ridgeway Mobile Vets",
                              ["Portable X-ray annual service                         1        799.00",
                               "Lead apron 0.35mm Pb                                  2        425.00"],
                              "1,224.00", "244.80", "1,468.80"), "application/pdf", "UKI-204893.pdf"), seed="en10")
    add(10, "amount_mismatch_body_pdf", mail("en10", frm=HARRIET, to="tom@ridgewaymobilevets.co.uk", cc=BOT_ADDR,
                                            subject="Invoice UKI-204893", date="2026-12-07 14:22", tz=TZ, body=body, host=M365),
        L("invoice_copy", "en", invoice_numbers="UKI-204893", currency="GBP", issue_date="2026-12-07",
          due_date="2027-01-06", payment_terms_days=30, needs_human=True,
          note="body says 1,486.80, PDF says 1,468.80 (items add to 1,468.80): contradiction -> amount empty"))

    # ------------------------------------------------------------------ read receipts
    human = ("Your message\n\n    To: accounts@harboursidevets.co.uk\n    Subject: Payment reminder: invoice UKI-203944\n"
             f"    Sent: {sent_date(E1)}\n\nwas read on Tuesday, 03 November 2026 11:52:07 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n")
    body = mdn_report("en11", human, reporting_ua="HSVC-EXCH01.harboursidevets.local; Microsoft Exchange Server 2019",
                      final_rcpt="accounts@harboursidevets.co.uk", orig=E1.id, style="outlook")
    add(11, "mdn_outlook_harbourside", mail("en11", frm=addr("Harbourside Accounts", "accounts@harboursidevets.co.uk"), to=BOT,
                                            subject="Read: Payment reminder: invoice UKI-203944", date="2026-11-03 11:52",
                                            tz=TZ, body=body, mid_style="outlook",
                                            extra=[("Thread-Topic", "Payment reminder: invoice UKI-203944")], **thread(E1)),
        L("read_receipt", "en", invoice_numbers="UKI-203944", original_message_id=E1.id, needs_human=False,
          note="RFC 8098 MDN from Exchange"))

    b = ("Your message\n\n  To:      invoices@vetnova-group.co.uk\n  Subject: Payment reminder: invoice UKI-203977\n"
         "  Sent:    09/11/2026 09:30\n\nwas read on 09/11/2026 14:03.\n")
    add(12, "read_plain_vetnova", mail("en12", frm=addr("VetNova Invoices", "invoices@vetnova-group.co.uk"), to=BOT,
                                       subject="Read: Payment reminder: invoice UKI-203977", date="2026-11-09 14:03",
                                       tz=TZ, body=text(b, cte="7bit", cs="us-ascii"), mid_style="outlook",
                                       refs=E5.id,
                                       extra=[("Thread-Topic", "Payment reminder: invoice UKI-203977"),
                                              ("X-MS-Exchange-Organization-SCL", "-1")]),
        L("read_receipt", "en", invoice_numbers="UKI-203977", original_message_id=E5.id, needs_human=False,
          note="non-standard text/plain 'Read:' receipt, only References ties it to the reminder"))

    b = ("Your document:\tPayment reminder: invoice UKI-203960\n"
         "was received by:\tAoife Brennan/Castlegate/IE\nat:\t\t06/11/2026 08:17:44 GMT\n\n")
    add(13, "lotus_return_receipt", mail("en13", frm=addr("Aoife Brennan", "finance@castlegatevets.ie"), to=BOT,
                                         subject="Return Receipt", date="2026-11-06 08:17", tz=TZ,
                                         body=text(b, cs="iso-8859-1", cte="7bit"), irt=E3.id,
                                         extra=[("X-Mailer", "HCL Notes Release 12.0.2 November 20, 2022"),
                                                ("X-MIMETrack", "Serialize by Router on CASTLEGATE01/Castlegate(Release 12.0.2|November 20, 2022) at 06/11/2026 08:17:45")]),
        L("read_receipt", "en", invoice_numbers="UKI-203960", original_message_id=E3.id, needs_human=False,
          note="Notes 'Return Receipt' with In-Reply-To only"))

    # ------------------------------------------------------------------ bounces
    rh = reminder_headers(E11)
    human = ("This is the mail system at host smtp-out.wrenfield-vet.com.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n<hello@brightwateraquatics.vet>: host mx1.brightwateraquatics.vet[185.43.112.9]\n"
             "    said: 550 5.1.1 <hello@brightwateraquatics.vet>: Recipient address rejected:\n"
             "    User unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    body = dsn_report("en14", human, reporting_mta="smtp-out.wrenfield-vet.com", arrival="Wed, 18 Nov 2026 09:30:02 +0000 (GMT)",
                      recipients=[("hello@brightwateraquatics.vet", "failed", "5.1.1",
                                   "550 5.1.1 <hello@brightwateraquatics.vet>: Recipient address rejected: User unknown in virtual mailbox table")],
                      orig_headers=rh, envelope_id=None)
    add(14, "bounce_postfix_user_unknown", mail("en14", frm="MAILER-DAEMON@smtp-out.wrenfield-vet.com (Mail Delivery System)",
                                                to=BOT, subject="Undelivered Mail Returned to Sender", date="2026-11-18 09:30",
                                                tz=TZ, body=body, auth=ar(None, helo="smtp-out.wrenfield-vet.com"),
                                                host="smtp-out.wrenfield-vet.com",
                                                extra=[("Auto-Submitted", "auto-replied")]),
        L("bounce", "en", invoice_numbers="UKI-204021", failed_recipients="hello@brightwateraquatics.vet",
          bounce_permanent=True, bounce_reason="user_unknown", original_message_id=E11.id, needs_human=False,
          note="Postfix DSN, rejected at RCPT"))

    orig = reminder_message(E16, rtext(E16))
    human = ("Delivery has failed to these recipients or groups:\n\naccounts@kingsbridgezoo.org.uk\n"
             "The recipient's mailbox is full and can't accept messages now. Please try resending your message later, "
             "or contact the recipient directly.\n\n\nDiagnostic information for administrators:\n\n"
             "Generating server: LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM\n\naccounts@kingsbridgezoo.org.uk\n"
             "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
             "MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception'\n\n"
             "Original message headers:\n\n" + reminder_headers(E16))
    body = dsn_report("en15", human, reporting_mta="LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM", human_cs="utf-8",
                      human_cte="quoted-printable", style="outlook", arrival="Tue, 1 Dec 2026 09:30:05 +0000",
                      recipients=[("accounts@kingsbridgezoo.org.uk", "failed", "5.2.2",
                                   "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded")],
                      full_original=orig)
    add(15, "ndr_exchange_mailbox_full", mail("en15", frm=addr("Microsoft Outlook", "postmaster@kingsbridgezoo.org.uk"),
                                              to=BOT, subject="Undeliverable: Payment reminder: invoice UKI-204035",
                                              date="2026-12-01 09:30", tz=TZ, body=body, mid_style="outlook",
                                              auth=ar("kingsbridgezoo.org.uk", dmarc="none", dkim="none"),
                                              host="mail-lo2gbr01on2098.outbound.protection.outlook.com",
                                              extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "true")],
                                              **thread(E16)),
        L("bounce", "en", invoice_numbers="UKI-204035", failed_recipients="accounts@kingsbridgezoo.org.uk",
          bounce_permanent=True, bounce_reason="mailbox_full", original_message_id=E16.id, needs_human=False,
          note="Exchange Online NDR, 5.2.2 reported as failed (permanent for this message); full original attached"))

    human = ("An error occurred while trying to deliver the mail to the following recipients:\n"
             "accounts.payable@severnvalevets.co.uk\n")
    body = dsn_report("en16", human, reporting_mta="a7-11.smtp-out.eu-west-1.amazonses.com",
                      recipients=[("accounts.payable@severnvalevets.co.uk", "failed", "5.0.0",
                                   "550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550 [Q7kx0cZ3Pd6Lb9wT1mMRvA.uk211]")],
                      orig_headers=reminder_headers(E8))
    add(16, "ses_bounce_mimecast_policy", mail("en16", frm="MAILER-DAEMON@amazonses.com", to=BOT,
                                               subject="Delivery Status Notification (Failure)", date="2026-11-12 09:30",
                                               tz=TZ, body=body, auth=ar("amazonses.com", dmarc="none"),
                                               host="a7-11.smtp-out.eu-west-1.amazonses.com",
                                               extra=[("X-Original-To", BOT)]),
        L("bounce", "en", invoice_numbers="UKI-203999", failed_recipients="accounts.payable@severnvalevets.co.uk",
          bounce_permanent=True, bounce_reason="policy", original_message_id=E8.id, needs_human=False,
          note="Amazon SES DSN; Mimecast blocks our sender by user entry -> policy (address alive)"))

    # ------------------------------------------------------------------ auto-replies
    b = ("Thank you for your email. I'm on annual leave and back in the practice on Thursday 3rd December.\n\n"
         "For anything urgent please call the clinic on 0161 496 0733 or email reception@northgatecatclinic.co.uk.\n\n"
         "Leanne Shaw\nPractice Manager, Northgate Cat Clinic\n")
    add(17, "ooo_english_headers", mail("en17", frm=addr("Leanne Shaw", "leanne@northgatecatclinic.co.uk"), to=BOT,
                                        subject="Automatic reply: Payment reminder: invoice UKI-204002",
                                        date="2026-11-11 09:30", tz=TZ, body=text(b), mid_style="outlook",
                                        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                               ("X-MS-Exchange-Inbox-Rules-Loop", "leanne@northgatecatclinic.co.uk")],
                                        **thread(E7)),
        L("auto_reply", "en", invoice_numbers="UKI-204002", return_date="2026-12-03", original_message_id=E7.id,
          needs_human=False))

    b = ("Dzień dobry,\n\ndziękuję za wiadomość. Jestem na urlopie do piątku 27 listopada.\n"
         "Wracam do biura w poniedziałek 30 listopada i wtedy odpowiem.\n\n"
         "W pilnych sprawach proszę dzwonić do recepcji: 01463 710 220.\n\nKatarzyna Wójcik\nLochside Vets - administracja\n")
    add(18, "ooo_polish_no_headers", mail("en18", frm=addr("Katarzyna Wójcik", "admin@lochsidevets.scot", "iso-8859-2"),
                                          to=BOT, subject="Automatyczna odpowiedź: Payment reminder: invoice UKI-204010",
                                          subj_cs="iso-8859-2", date="2026-11-16 09:31", tz=TZ,
                                          body=text(b, cs="iso-8859-2"), **thread(E9)),
        L("auto_reply", "pl", invoice_numbers="UKI-204010", return_date="2026-11-30", original_message_id=E9.id,
          needs_human=False, note="Polish, no Auto-Submitted/X-Autoreply headers; iso-8859-2"))

    b = ("Gracias por su mensaje. Estaré fuera de la oficina a partir del 10 de noviembre y regresaré el lunes "
         "23 de noviembre.\nPara asuntos urgentes de cuentas por pagar, escriba a payables-team@bluegrassequinedx.com.\n\n"
         "Thank you for your message. I am out of the office and will return on Monday, November 23.\n\n"
         "Marisol Ortega\nAccounts Payable | Bluegrass Equine Diagnostics | Lexington, KY\n")
    add(19, "ooo_spanish_us_client", mail("en19", frm=addr("Marisol Ortega", "ap@bluegrassequinedx.com"), to=BOT,
                                          subject="Respuesta automática: Payment reminder: invoice UKI-203915",
                                          date="2026-11-10 04:30", tz="-0500",
                                          body=Multi("alternative", text(b, cs="windows-1252"),
                                                     html("<div>" + b.replace("\n", "<br>") + "</div>", cs="windows-1252"),
                                                     seed="en19"),
                                          extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "auto_reply")],
                                          **thread(E6)),
        L("auto_reply", "es", invoice_numbers="UKI-203915", return_date="2026-11-23", original_message_id=E6.id,
          needs_human=False, note="Spanish first, English second; -0500"))

    # ------------------------------------------------------------------ challenges
    url = "https://verify.guardedinbox.com/c/8f2a41d0c39e?r=accounts%40stbrigidsequine.ie"
    b = ("Hello,\n\nYou recently sent a message to accounts@stbrigidsequine.ie with the subject\n"
         "\"Payment reminder: invoice UKI-204006\".\n\nTo protect against spam, St Brigid's Equine only accepts mail from "
         "approved senders.\nPlease confirm you are a real person by visiting the link below. You only need to do this once.\n\n"
         f"  {url}\n\nYour message will be delivered as soon as you confirm. Unconfirmed messages are deleted after 7 days.\n\n"
         "GuardedInbox - sender verification service\n")
    hb = (f"<html><body><p>Hello,</p><p>You recently sent a message to <b>accounts@stbrigidsequine.ie</b> with the subject "
          f"&quot;Payment reminder: invoice UKI-204006&quot;.</p><p>To protect against spam, St Brigid's Equine only accepts "
          f"mail from approved senders. Please <a href=\"{url}\">confirm you are a real person</a>. You only need to do this once.</p>"
          f"<p>{url}</p><p style='color:#888'>GuardedInbox - sender verification service</p></body></html>")
    add(20, "challenge_url_guardedinbox", mail("en20", frm=addr("St Brigid's Equine (via GuardedInbox)", "verify@guardedinbox.com"),
                                               to=BOT, subject="Please verify your email to accounts@stbrigidsequine.ie",
                                               date="2026-11-20 09:31", tz=TZ,
                                               body=Multi("alternative", text(b), html(hb), seed="en20"),
                                               auth=ar("guardedinbox.com"),
                                               extra=[("Auto-Submitted", "auto-replied"), ("X-Original-Message-ID", E13.id)],
                                               irt=E13.id),
        L("challenge", "en", invoice_numbers="UKI-204006", challenge=url, original_message_id=E13.id, needs_human=True,
          note="URL challenge; human decides whether to click"))

    caddr = "confirm-4f8e21b7@spamgate.ridgewaymobilevets.co.uk"
    b = ("*** This is an automated message ***\n\nYour email to tom@ridgewaymobilevets.co.uk is being held because your\n"
         "address is not yet on Tom's approved list.\n\nTo release it, simply REPLY to this message without changing the subject line.\n"
         f"(Or send a blank email to {caddr})\n\n------ Held message ------\nFrom: {BOT}\nSubject: Payment reminder: invoice UKI-204018\n"
         f"Message-ID: {E10.id}\n")
    add(21, "challenge_reply_to_release", mail("en21", frm=addr("SpamGate for Ridgeway Mobile Vets", caddr), to=BOT,
                                               reply_to=caddr,
                                               subject="[SpamGate] Please confirm: Payment reminder: invoice UKI-204018 [#4f8e21b7]",
                                               date="2026-11-17 09:31", tz=TZ, body=text(b, cs="us-ascii", cte="7bit"),
                                               auth=ar("spamgate.ridgewaymobilevets.co.uk", dmarc="none"),
                                               extra=[("Precedence", "bulk"), ("Auto-Submitted", "auto-replied")]),
        L("challenge", "en", invoice_numbers="UKI-204018", challenge=caddr, original_message_id=E10.id, needs_human=True,
          note="reply-to-release challenge; no In-Reply-To, reminder id only in held-message summary"))

    # ------------------------------------------------------------------ payments
    b = ("NatWest Bankline – credit alert\n\nAccount: WRENFIELD VETERINARY SUPPLY GRO  60-12-18 41839927\n\n"
         "A credit has been received into your account.\n\n  Amount:            GBP 1,842.60\n  Payment type:      BACS credit\n"
         "  Remitter:          HARBOURSIDE VET CTR\n  Reference:         UKI203944 HARBOURSIDE\n"
         "  Entry date:        12/11/2026\n  Value date:        12/11/2026\n\n"
         "To see your full statement, log in to Bankline. Please do not reply to this email.\n"
         "National Westminster Bank Plc. Registered in England and Wales No. 929027.\n")
    add(22, "natwest_bacs_full", mail("en22", frm=addr("NatWest Bankline", "bankline.alerts@natwest.com"), to=BOT,
                                      subject="Bankline alert: credit received GBP 1,842.60", date="2026-11-12 06:04",
                                      tz=TZ, body=text(b), auth=ar("natwest.com"), host="mta-out3.natwest.com"),
        L("payment_confirmation", "en", invoice_numbers="UKI-203944", amount=1842.60, currency="GBP",
          payment_date="2026-11-12", payment_full=True, needs_human=False, note="reference without hyphen UKI203944"))

    hb = ("<html><body style='font-family:-apple-system,Helvetica,Arial'><table width='100%'><tr><td>"
          "<h2>Payment received</h2><p>Lochside Vets paid invoice <b>UKI-204811</b>.</p>"
          "<table><tr><td>Amount paid</td><td><b>£2,316.00</b></td></tr><tr><td>Paid on</td><td>20 November 2026</td></tr>"
          "<tr><td>Payment method</td><td>Visa •••• 4417</td></tr><tr><td>Invoice total</td><td>£2,316.00</td></tr>"
          "<tr><td>Amount remaining</td><td>£0.00</td></tr><tr><td>Payment ID</td><td>py_3QkL8zD4wrnfld0x9Ya7KcT2</td></tr></table>"
          "<p><a href='https://dashboard.stripe.com/invoices/in_1QkL8zD4wrnfld0xA1b2'>View invoice in Dashboard</a></p>"
          "<p style='color:#8792a2;font-size:12px'>Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080</p>"
          "</td></tr></table></body></html>")
    tb = ("Payment received\n\nLochside Vets paid invoice UKI-204811.\n\nAmount paid: £2,316.00\nPaid on: 20 November 2026\n"
          "Payment method: Visa •••• 4417\nInvoice total: £2,316.00\nAmount remaining: £0.00\n")
    add(23, "stripe_invoice_paid", mail("en23", frm=addr("Stripe", "notifications@stripe.com"), to=BOT,
                                        subject="Payment of £2,316.00 received for invoice UKI-204811",
                                        date="2026-11-20 16:12", tz=TZ,
                                        body=Multi("alternative", text(tb), html(hb, cte="base64"), seed="en23"),
                                        auth=ar("stripe.com"), host="o7.email.stripe.com"),
        L("payment_confirmation", "en", invoice_numbers="UKI-204811", amount=2316.00, currency="GBP",
          payment_date="2026-11-20", payment_full=True, needs_human=False, note="card payment of invoice copy en/01"))

    tb = ("You received 2,000.00 EUR\n\nCastlegate Animal Clinic Ltd sent you 2,000.00 EUR.\n\n"
          "Reference: UKI-203960 part payment\nReceived: 18 November 2026\nTo: your EUR balance (BE68 9670 3812 4077)\n\n"
          "The money is now in your account.\n\nThe Wise Team\n")
    add(24, "wise_partial_eur", mail("en24", frm=addr("Wise", "noreply@wise.com"), to=BOT,
                                     subject="You received 2,000.00 EUR from Castlegate Animal Clinic Ltd",
                                     date="2026-11-18 10:41", tz=TZ, body=text(tb), auth=ar("wise.com"),
                                     host="mail-out.wise.com"),
        L("payment_confirmation", "en", invoice_numbers="UKI-203960", amount=2000.00, currency="EUR",
          payment_date="2026-11-18", payment_full=False, needs_human=False, note="partial: 2,000 of 3,410.00"))

    tb = ("NatWest Bankline - incoming payment with remittance information\n\n"
          "Account:        60-12-18 41839927\nAmount:         GBP 1,643.40\nScheme:         Faster Payments\n"
          "From:           FENLAND POULTRY HEALTH\nReference:      FPH REMIT 88213\nValue date:     27 Nov 2026\n\n"
          "Remittance advice supplied by payer:\n  UKI-204840      1,254.00\n  UKI-204841        389.40\n"
          "  Total           1,643.40\n\nThis is an automated message; replies are not monitored.\n")
    add(25, "natwest_remittance_two", mail("en25", frm=addr("NatWest Bankline", "bankline.alerts@natwest.com"), to=BOT,
                                           subject="Bankline alert: incoming payment GBP 1,643.40", date="2026-11-27 07:15",
                                           tz=TZ, body=text(tb, cte="7bit", cs="us-ascii"),
                                           auth=ar("natwest.com"), host="mta-out1.natwest.com"),
        L("payment_confirmation", "en", invoice_numbers="UKI-204840;UKI-204841", amount=1643.40, currency="GBP",
          payment_date="2026-11-27", payment_full=True, allocations="UKI-204840=1254.00;UKI-204841=389.40",
          needs_human=False, note="two invoices with remittance split; past the 7-day discount window, full amount"))

    tb = ("NatWest Bankline – credit alert\n\nAccount: WRENFIELD VETERINARY SUPPLY GRO  60-12-18 41839927\n\n"
          "  Amount:            GBP 500.00\n  Payment type:      Faster Payment\n  Remitter:          THAMESMEAD ANIMAL H\n"
          "  Reference:         ON ACCOUNT\n  Value date:        02/12/2026\n\nPlease do not reply to this email.\n")
    add(26, "natwest_no_reference", mail("en26", frm=addr("NatWest Bankline", "bankline.alerts@natwest.com"), to=BOT,
                                         subject="Bankline alert: credit received GBP 500.00", date="2026-12-02 06:02",
                                         tz=TZ, body=text(tb), auth=ar("natwest.com"), host="mta-out3.natwest.com"),
        L("payment_confirmation", "en", amount=500.00, currency="GBP", payment_date="2026-12-02", payment_full=False,
          needs_human=True, note="'ON ACCOUNT', no invoice reference; Thamesmead has UKI-204027 and UKI-204858 open"))

    hb = ("<html><body><img src='https://natwest-secure-payments.com/img/logo.png' alt='NatWest'>"
          "<p>Dear Customer,</p><p>An incoming payment of <b>GBP 8,640.00</b> (reference <b>UKI-204858</b>) from "
          "THAMESMEAD ANIMAL HOSPITAL has been placed <b>on hold</b> pending verification of the beneficiary account.</p>"
          "<p>To release the funds today, please <a href='https://natwest-secure-payments.com/bankline/release?id=77120'>"
          "log in to Bankline and confirm your details</a> within 24 hours.</p><p>NatWest Bankline Security Team</p></body></html>")
    add(27, "lookalike_natwest_hold", mail("en27", frm=addr("NatWest Bankline", "bankline-alerts@natwest-secure-payments.com"),
                                           to=BOT, subject="Action required: incoming payment GBP 8,640.00 on hold",
                                           date="2026-11-30 22:47", tz=TZ, body=html(hb),
                                           auth=ar("natwest-secure-payments.com", dmarc="pass"),
                                           host="vps-41822.hostingnet.example"),
        L("other", "en", invoice_numbers="UKI-204858", amount=8640.00, currency="GBP", needs_human=True,
          note="look-alike domain (authenticated, but not a configured notifier); phishing"))

    # ------------------------------------------------------------------ client replies
    b = ("Hi,\n\nThis went by BACS yesterday afternoon, so should be with you in a day or two.\n\n"
         "Gemma\n\nGemma Trelawny\nPractice Accounts, Harbourside Veterinary Centre\n\n"
         f"-----Original Message-----\nFrom: Wrenfield Accounts Receivable <{BOT}>\nSent: 03 November 2026 09:30\n"
         "To: accounts@harboursidevets.co.uk\nSubject: Payment reminder: invoice UKI-203944\n\n" + rtext(E1))
    add(28, "reply_paid_bacs_yesterday", mail("en28", frm=addr("Gemma Trelawny", "accounts@harboursidevets.co.uk"), to=BOT,
                                              subject="RE: Payment reminder: invoice UKI-203944", date="2026-11-11 08:55",
                                              tz=TZ, body=text(b), mid_style="outlook", **thread(E1)),
        L("client_reply", "en", intent="paid", invoice_numbers="UKI-203944", payment_date="2026-11-10",
          original_message_id=E1.id, needs_human=False, note="'yesterday' relative to Wed 11 Nov"))

    b = ("Hello,\n\nApologies for the delay on this one - we had a change of bookkeeper. We'll get UKI-203933 settled\n"
         "by the end of next week.\n\nRegards\nPaul Ashby\nFenland Poultry Health Ltd\n\n"
         f"On Thu, 19 Nov 2026 at 09:30, Wrenfield Accounts Receivable <{BOT}> wrote:\n" + quote(rtext(E12)))
    add(29, "reply_promise_end_next_week", mail("en29", frm=addr("Paul Ashby", "accounts@fenlandpoultry.co.uk"), to=BOT,
                                                subject="Re: Payment reminder: invoice UKI-203933", date="2026-11-25 15:20",
                                                tz=TZ, body=text(b), mid_style="gmail", **thread(E12)),
        L("client_reply", "en", intent="promise", invoice_numbers="UKI-203933", promised_date="2026-12-04",
          original_message_id=E12.id, needs_human=False, note="'end of next week' from Wed 25 Nov = Fri 4 Dec"))

    b = ("Dear Sir/Madam,\n\nWe are not in a position to pay UKI-203951 as it stands. It bills two autoclave\n"
         "validation visits (7 and 14 October). Your engineer only attended on the 14th - the 7th was\n"
         "cancelled by your office the day before, and we have the email to prove it.\n\n"
         "Please send a corrected invoice or a credit note for the second visit (£490.20) and we will pay the\n"
         "balance straight away.\n\nYours faithfully,\nMargaret Finch\nPractice Manager\nAlder & Finch Veterinary Surgeons\n\n"
         "________________________________\nFrom: Wrenfield Accounts Receivable\nSent: Monday, November 23, 2026 9:30 AM\n"
         "Subject: Payment reminder: invoice UKI-203951\n")
    add(30, "reply_dispute_visit_cancelled", mail("en30", frm=addr("Margaret Finch", "practice.manager@alderfinchvets.co.uk"),
                                                  to=BOT, subject="RE: Payment reminder: invoice UKI-203951",
                                                  date="2026-11-23 12:41", tz=TZ, body=text(b, cs="windows-1252"),
                                                  mid_style="outlook", **thread(E14)),
        L("client_reply", "en", intent="dispute", invoice_numbers="UKI-203951", amount=490.20, currency="GBP",
          original_message_id=E14.id, needs_human=True, note="disputes one of two visits; offers to pay balance once credited"))

    b = ("Hi there,\n\nQuick one before I release this - is the $4,820 on UKI-203915 inclusive of the freight and\n"
         "insurance that was quoted separately on PO 55190? Our receiving log shows we were billed freight by\n"
         "DHL directly. Also, can we pay by ACH to a US account or does it have to be an international wire?\n\n"
         "Thanks,\nMarisol\n\nMarisol Ortega | Accounts Payable\nBluegrass Equine Diagnostics\n\n"
         f"From: Wrenfield Accounts Receivable <{BOT}>\nDate: Tuesday, November 10, 2026 at 4:30 AM\n"
         "Subject: Payment reminder: invoice UKI-203915\n\n" + quote(rtext(E6)))
    add(31, "reply_question_freight_ach", mail("en31", frm=addr("Marisol Ortega", "ap@bluegrassequinedx.com"), to=BOT,
                                               subject="RE: Payment reminder: invoice UKI-203915", date="2026-11-24 10:05",
                                               tz="-0500", body=text(b), mid_style="outlook", **thread(E6)),
        L("client_reply", "en", intent="question", invoice_numbers="UKI-203915", original_message_id=E6.id,
          needs_human=True, note="two questions, no promise"))

    b = ("Dear Wrenfield team,\n\nThank you for your patience. As a small registered charity we are very\n"
         "dependent on donations, and the autumn appeal came in well below target.\n\n"
         "We fully intend to clear UKI-203920. Would you be willing to accept £400 per month from December,\n"
         "with the remainder in the final month? If that works I can set up a standing order on the 1st.\n\n"
         "With thanks and best wishes,\nDr Helen Ames\nTrustee & Treasurer, Kestrel Wildlife Rescue (Reg. charity 1187024)\n")
    add(32, "reply_plan_charity", mail("en32", frm=addr("Helen Ames", "accounts@kestrelwildlife.org.uk"), to=BOT,
                                       subject="Re: Payment reminder: invoice UKI-203920", date="2026-11-27 19:48",
                                       tz=TZ, body=Multi("alternative", text(b), html("<div dir='ltr'>" + b.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div>"),
                                                                 seed="en32", style="gmail"),
                                       mid_style="gmail", **thread(E17)),
        L("client_reply", "en", intent="plan", invoice_numbers="UKI-203920", amount=400.00, currency="GBP",
          original_message_id=E17.id, needs_human=True, note="asks for £400/month instalments from December"))

    b = ("Please remove this mailbox from your automated reminder emails.\n\nVetNova Group processes all supplier invoices "
         "centrally through the Coupa supplier portal. Invoices and statements sent to this address are not\n"
         "monitored and will not be actioned. Do not send further reminders here.\n\nVetNova Group Shared Services – "
         "Procure to Pay\n\nCAUTION: This email originated from outside of the organisation.\n\n" + quote(rtext(E5)))
    add(33, "reply_stop_shared_services", mail("en33", frm=addr("VetNova P2P", "invoices@vetnova-group.co.uk"), to=BOT,
                                               subject="RE: Payment reminder: invoice UKI-203977", date="2026-11-10 07:58",
                                               tz=TZ, body=text(b), mid_style="outlook", **thread(E5)),
        L("client_reply", "en", intent="stop", invoice_numbers="UKI-203977", original_message_id=E5.id, needs_human=True,
          note="stop + redirect to supplier portal"))

    b = ("Hello,\n\nI'm back in the office and catching up. I've been through our purchase ledger and I can't find\n"
         "UKI-204010 anywhere - I don't think it ever reached us (we had problems with our old inbox in October).\n"
         "Could you send a copy to this address please?\n\nThanks,\nKasia\n\n"
         "Katarzyna Wójcik | Lochside Vets\n")
    add(34, "reply_not_received", mail("en34", frm=addr("Katarzyna Wójcik", "admin@lochsidevets.scot"), to=BOT,
                                       subject="Re: Payment reminder: invoice UKI-204010", date="2026-11-30 10:12",
                                       tz=TZ, body=text(b, cs="iso-8859-2", cte="quoted-printable"), **thread(E9)),
        L("client_reply", "en", intent="not_received", invoice_numbers="UKI-204010", original_message_id=E9.id,
          needs_human=False))

    b = ("Hi,\n\nWe're moving to a new finance system and need to re-create all supplier records. Before we can pay\n"
         "UKI-204027 could you please send us your bank details on company letterhead (account name, sort code,\n"
         "account number) and your VAT registration number?\n\nMany thanks\nDeepa Rao\nFinance Assistant, "
         "Thamesmead Animal Hospital\n")
    add(35, "fresh_mail_payment_details", mail("en35", frm=addr("Deepa Rao", "payables@thamesmeadah.co.uk"), to=BOT,
                                               subject="Supplier set-up – bank details needed", date="2026-11-26 11:31",
                                               tz=TZ, body=text(b), mid_style="outlook"),
        L("client_reply", "en", intent="payment_details", invoice_numbers="UKI-204027", needs_human=False,
          note="new thread, no In-Reply-To; threaded only by invoice number and sender"))

    b = "sorry been flat out. will sort it fri\n\nSent from my iPhone\n\n> On 17 Nov 2026, at 09:30, Wrenfield Accounts Receivable <ar@wrenfield-vet.com> wrote:\n>\n" + quote(rtext(E10))
    add(36, "reply_phone_fri", mail("en36", frm=addr("Tom Ridgeway", "tom@ridgewaymobilevets.co.uk"), to=BOT,
                                    subject="Re: Payment reminder: invoice UKI-204018", date="2026-11-23 07:12",
                                    tz=TZ, body=text(b, cte="8bit"), mid_style="apple",
                                    extra=[("X-Mailer", "iPhone Mail (22B91)")], **thread(E10)),
        L("client_reply", "en", intent="promise", invoice_numbers="UKI-204018", promised_date="2026-11-27",
          original_message_id=E10.id, needs_human=False, note="'fri' from Mon 23 Nov"))

    b = ("Hi Harriet / team,\n\nYou'll have seen €2,000 from us last week against UKI-203960. The balance of €1,410\n"
         "depends on our insurer paying out on the flood claim - once that lands we'll transfer the rest,\n"
         "which should be by 15 December at the latest.\n\nThanks for bearing with us,\nAoife\n")
    add(37, "reply_conditional_promise", mail("en37", frm=addr("Aoife Brennan", "finance@castlegatevets.ie"), to=BOT,
                                              subject="Re: Payment reminder: invoice UKI-203960", date="2026-11-24 16:20",
                                              tz=TZ, body=text(b, cs="iso-8859-15"), **thread(E3)),
        L("client_reply", "en", intent="promise", invoice_numbers="UKI-203960", amount=1410.00, currency="EUR",
          promised_date="2026-12-15", original_message_id=E3.id, needs_human=True,
          note="conditional on insurer payout; iso-8859-15 for the euro sign"))

    b = ("Hiya,\n\nI know I told you we'd pay this on the 4th - that's not going to happen, sorry, the practice\n"
         "card got cloned and the bank froze everything. It'll be Thursday 10th now, definitely.\n\nLeanne\n")
    add(38, "reply_negated_new_date", mail("en38", frm=addr("Leanne Shaw", "leanne@northgatecatclinic.co.uk"), to=BOT,
                                           subject="RE: Payment reminder: invoice UKI-204002", date="2026-12-03 13:02",
                                           tz=TZ, body=text(b), mid_style="outlook", **thread(E7)),
        L("client_reply", "en", intent="promise", invoice_numbers="UKI-204002", promised_date="2026-12-10",
          original_message_id=E7.id, needs_human=False, note="negated earlier date, new date Thu 10 Dec"))

    b = ("Hi,\n\nPlease disregard my email from this morning saying we'd pay on Friday. The partners haven't\n"
         "signed off this month's payment run yet, so I can't give you a date at the moment. I'll come back to\n"
         "you once I know more.\n\nSorry for the confusion,\nBen Carver\nMarshgate Veterinary Practice\n")
    add(39, "reply_retracted_promise", mail("en39", frm=addr("Ben Carver", "accounts@marshgatevets.co.uk"), to=BOT,
                                            subject="Re: Payment reminder: invoice UKI-204031", date="2026-11-27 16:45",
                                            tz=TZ, body=text(b), mid_style="gmail", **thread(E18)),
        L("client_reply", "en", intent="other", invoice_numbers="UKI-204031", original_message_id=E18.id,
          needs_human=True, note="retracted promise, no new date"))

    b = ("Hello,\n\nUKI-203871 went out in today's payment run (£3,120.00).\n\nUKI-203902 we won't be paying as it stands: "
         "the service visit on 2 October was cancelled by your engineer and\nre-done under warranty on the 9th, so "
         "there should be no charge. Please credit it.\n\nRob Haworth\nPennine Equine Hospital\n\n" + quote(rtext(E2)))
    add(40, "reply_mixed_paid_and_dispute", mail("en40", frm=addr("Rob Haworth", "payables@pennine-equine.co.uk"), to=BOT,
                                                 subject="RE: Statement of open invoices – Pennine Equine Hospital",
                                                 date="2026-11-05 14:10", tz=TZ, body=text(b), mid_style="outlook",
                                                 **thread(E2)),
        L("client_reply", "en", intent="dispute", invoice_numbers="UKI-203871;UKI-203902", original_message_id=E2.id,
          needs_human=True, note="mixed: paid claim for 203871 + dispute of 203902 -> dispute"))

    # ------------------------------------------------------------------ staff commands
    b = ("Hi bot,\n\nOakhurst Farm Vets sent a cheque for UKI-203990 - £1,120.00, banked on 24/11. Please mark it as paid\n"
         "and stop the reminders.\n\nThanks\nHarriet\n")
    add(41, "staff_mark_paid_cheque", mail("en41", frm=HARRIET, to=BOT_ADDR, subject="UKI-203990 paid by cheque",
                                           date="2026-11-25 09:12", tz=TZ, body=text(b), host=M365, mid_style="outlook"),
        L("staff_command", "en", invoice_numbers="UKI-203990", amount=1120.00, currency="GBP", payment_date="2026-11-24",
          needs_human=False, note="mark paid; 24/11 = 24 Nov"))

    b = ("Margaret at Alder & Finch rang this morning. They will pay the Ludlow deposit invoice UKI-204826 on\n"
         "Friday 4 December once their loan drawdown completes. Please record the promise and hold off chasing till then.\n\n"
         "Sanjay\n")
    add(42, "staff_client_promised", mail("en42", frm=SANJAY, to=BOT_ADDR, subject="Alder & Finch deposit - promised 4 Dec",
                                          date="2026-11-26 10:40", tz=TZ, body=text(b), host=M365),
        L("staff_command", "en", invoice_numbers="UKI-204826", promised_date="2026-12-04", needs_human=False,
          note="client promised (via staff)"))

    # ------------------------------------------------------------------ other
    hb = ("<html><body><table width='600' align='center'><tr><td><h1>VetSupply Insider</h1>"
          "<p>December pricing update: vaccine list prices rise 3.5% from 1 January. Stock up now.</p>"
          "<p>Also inside: the 2027 BSAVA congress exhibitor list, and why clinic fit-out lead times are growing.</p>"
          "<p><a href='https://news.vetsupplyinsider.co.uk/u?e=ar%40wrenfield-vet.com'>Unsubscribe</a></p></td></tr></table>"
          "</body></html>")
    add(43, "newsletter", mail("en43", frm=addr("VetSupply Insider", "news@vetsupplyinsider.co.uk"), to=BOT,
                               subject="December pricing: vaccine list prices up 3.5% in January", date="2026-12-01 07:00",
                               tz=TZ, body=html(hb), auth=ar("vetsupplyinsider.co.uk"),
                               extra=[("List-Unsubscribe", "<https://news.vetsupplyinsider.co.uk/u?e=ar%40wrenfield-vet.com>"),
                                      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]),
        L("other", "en", needs_human=False, note="newsletter"))

    b = ("Hello,\n\nI'm a second-year veterinary nursing student at Harper Adams and I'm looking for a two-week\n"
         "placement in January to learn about the supply side of practice. I found this address on an invoice at\n"
         "my current placement practice. Is there someone I could speak to?\n\nKind regards,\nChloe Bennett\n")
    add(44, "stranger_student", mail("en44", frm=addr("Chloe Bennett", "chloe.bennett2004@gmail.com"), to=BOT,
                                     subject="Work placement enquiry", date="2026-12-08 20:15", tz=TZ, body=text(b),
                                     mid_style="gmail", auth=ar("gmail.com")),
        L("other", "en", needs_human=True, note="stranger"))
    return M

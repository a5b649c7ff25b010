"""Indonesia desk: IDR and USD; BCA, Bank Mandiri (MCM), Xendit."""
from __future__ import annotations

from datetime import date

from common import BOT_ADDR, dsn_report, mdn_report, reminder_headers, reminder_message, sent_date, thread
from mailkit import (BOT, L, Leaf, Msg, Multi, Reminder, addr, ar, attach, html, mail, money, pdf, quote, text)

DESK = "id"
TZ = "+0700"
DOMAIN = "wrenfield-vet.co.id"
DEWI = addr("Dewi Anggraini", "dewi.anggraini@wrenfield-vet.co.id")
BAYU = addr("Bayu Santoso", "bayu.santoso@wrenfield-vet.co.id")
RINA = addr("Rina Kusumawati", "rina.kusumawati@wrenfield-vet.co.id")
FIN = addr("Finance Wrenfield Indonesia", "finance@wrenfield-vet.co.id")
STAFF = ["dewi.anggraini@wrenfield-vet.co.id", "bayu.santoso@wrenfield-vet.co.id",
         "rina.kusumawati@wrenfield-vet.co.id", "finance@wrenfield-vet.co.id"]
NOTIFIERS = ["notifikasi@bisnis.bca.co.id", "mcm-notification@bankmandiri.co.id", "no-reply@xendit.co"]
HOST = "mail.wrenfield-vet.co.id"
BULAN = ["", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]


def R(sent, rcpt, name, invs, amts, cur, due):
    subj = (f"Pengingat pembayaran: Invoice {invs[0]}" if len(invs) == 1
            else f"Pengingat pembayaran: {len(invs)} invoice terbuka – {name}")
    return Reminder(DESK, sent, rcpt, name, invs, amts, cur, due, "id", subj)


I1 = R("2026-11-02", "keuangan@satwasehat.co.id", "Klinik Hewan Satwa Sehat", ["INV/WVI/2610/0098", "INV/WVI/2610/0103"], [12210000, 17760000], "IDR", ["2026-10-28", "2026-10-30"])
I2 = R("2026-11-03", "ap@agrounggas.co.id", "PT Agro Unggas Nusantara", ["INV/WVI/2610/0107"], [9435000], "IDR", ["2026-10-31"])
I3 = R("2026-11-05", "accounts@baliequinepet.com", "Bali Equine & Pet Clinic", ["INV/WVI/2610/0109"], [3180.00], "USD", ["2026-11-01"])
I4 = R("2026-11-06", "drhyoga.klinik@gmail.com", "Klinik Drh. Yoga", ["INV/WVI/2610/0113"], [2775000], "IDR", ["2026-11-02"])
I5 = R("2026-11-09", "finance@sapiperahlembang.co.id", "PT Sapi Perah Lembang", ["INV/WVI/2610/0131"], [21090000], "IDR", ["2026-11-05"])
I6 = R("2026-11-10", "mpc.makassar@yahoo.co.id", "Makassar Pet Care", ["INV/WVI/2610/0111", "INV/WVI/2610/0115"], [15540000, 10878000], "IDR", ["2026-11-01", "2026-11-04"])
I7 = R("2026-11-11", "tagihan@labvetmedan.co.id", "PT Laboratorium Veteriner Medan", ["INV/WVI/2610/0119"], [8880000], "IDR", ["2026-11-07"])
I8 = R("2026-11-12", "purchasing@surabayaanimalhospital.id", "Surabaya Animal Hospital", ["INV/WVI/2610/0122"], [6660000], "IDR", ["2026-11-08"])
I9 = R("2026-11-16", "halo@kucingku.vet", "Klinik Hewan Kucingku", ["INV/WVI/2610/0125"], [6105000], "IDR", ["2026-11-12"])
I10 = R("2026-11-17", "keuangan@minatambak.co.id", "PT Mina Tambak Sejahtera", ["INV/WVI/2610/0128"], [33300000], "IDR", ["2026-11-13"])
I11 = R("2026-11-18", "klinikhewan.jayapura@gmail.com", "Klinik Hewan Jayapura", ["INV/WVI/2610/0134"], [4440000], "IDR", ["2026-11-14"])
I12 = R("2026-11-19", "admin@rshcinere.com", "RS Hewan Cinere", ["INV/WVI/2610/0137"], [11655000], "IDR", ["2026-11-15"])
I13 = R("2026-11-20", "info@petshopbintaro.co.id", "Klinik & Petshop Bintaro", ["INV/WVI/2610/0140"], [3330000], "IDR", ["2026-11-16"])
I14 = R("2026-11-23", "accounting@ptpakanmandiri.co.id", "PT Pakan Ternak Mandiri", ["INV/WVI/2611/0149"], [27750000], "IDR", ["2026-11-20"])
I15 = R("2026-11-24", "finance@vetpointbekasi.com", "Vet Point Bekasi", ["INV/WVI/2611/0145"], [5550000], "IDR", ["2026-11-21"])
I16 = R("2026-11-25", "admin@klinikhewansemarang.id", "Klinik Hewan Semarang", ["INV/WVI/2611/0147"], [7992000], "IDR", ["2026-11-22"])
I17 = R("2026-11-26", "ratna.dewi85@gmail.com", "Klinik Hewan Cempaka", ["INV/WVI/2611/0150"], [2220000], "IDR", ["2026-11-23"])
I18 = R("2026-11-27", "keuangan@klinikanimalia.co.id", "Klinik Animalia Depok", ["INV/WVI/2611/0152"], [4995000], "IDR", ["2026-11-24"])
REMINDERS = [I1, I2, I3, I4, I5, I6, I7, I8, I9, I10, I11, I12, I13, I14, I15, I16, I17, I18]
OLD_INVOICES: list[str] = []


def rp(x: float) -> str:
    return "Rp " + money(x, "id")


def tgl(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day} {BULAN[d.month]} {d.year}"


def rtext(r: Reminder) -> str:
    cur = (lambda a: f"USD {money(a, 'en')}") if r.currency == "USD" else rp
    rows = "\n".join(f"  {i}   {cur(a)}   jatuh tempo {tgl(dd)}" for i, a, dd in zip(r.invoices, r.amounts, r.due))
    return (f"Yth. Bapak/Ibu {r.name},\n\nSemoga Bapak/Ibu sehat selalu dan usaha berjalan lancar.\n\n"
            f"Kami ingin mengingatkan bahwa tagihan berikut belum kami terima pembayarannya:\n\n{rows}\n\n"
            "Apabila pembayaran sudah dilakukan, mohon abaikan email ini.\n"
            "Pembayaran dapat ditransfer ke BCA 527 039 8812 a.n. PT Wrenfield Veterinary Supply Indonesia\n"
            "dengan mencantumkan nomor invoice pada berita transfer.\n\n"
            "Jika ada pertanyaan, silakan balas email ini.\n\nSalam hormat,\nTim Piutang\n"
            "PT Wrenfield Veterinary Supply Indonesia\n")


def idpdf(inv, tanggal, jt, kepada, items, rows, title="INVOICE"):
    lines = [(15, "PT Wrenfield Veterinary Supply Indonesia", True),
             "Jl. TB Simatupang Kav. 18, Cilandak, Jakarta Selatan 12430", "NPWP 0021.4471.8830.1000", "",
             (13, title, True), "", f"No. Invoice: {inv}", f"Tanggal: {tanggal}", f"Jatuh tempo: {jt}", f"Kepada: {kepada}", "",
             (10, "Keterangan                                        Qty        Jumlah (Rp)", True)]
    lines += items + [""] + rows + ["", "Pembayaran: BCA 527 039 8812 a.n. PT Wrenfield Veterinary Supply Indonesia"]
    return pdf(lines, title=f"Invoice {inv}")


def build_all() -> list[Msg]:
    M: list[Msg] = []

    def add(n, slug, raw, label):
        M.append(Msg(DESK, n, slug, raw, label))

    # ------------------------------------------------------------------ invoice copies
    hb = ("<html><body style='font-family:Arial'><p>Yth. Ibu Ratna,</p><p>Terlampir invoice atas pembelian vaksin dan "
          "obat-obatan bulan ini:</p><table border='1' cellspacing='0' cellpadding='5'>"
          "<tr><th>No. Invoice</th><th>Tanggal</th><th>DPP</th><th>PPN 11%</th><th>Total</th></tr>"
          "<tr><td>INV/WVI/2611/0142</td><td>02/11/2026</td><td>Rp 16.800.000</td><td>Rp 1.848.000</td>"
          "<td><b>Rp 18.648.000</b></td></tr></table><p>Termin pembayaran 30 hari sejak tanggal invoice. "
          "Mohon transfer ke BCA 527 039 8812 a.n. PT Wrenfield Veterinary Supply Indonesia.</p>"
          "<p>Terima kasih atas kerja samanya.</p><p>Salam,<br>Dewi Anggraini<br>Finance &amp; Collection<br>"
          "PT Wrenfield Veterinary Supply Indonesia<br>+62 21 7590 4418</p></body></html>")
    add(1, "invoice_html_only", mail("id01", frm=DEWI, to=addr("Ratna Kusuma", "keuangan@satwasehat.co.id"), cc=BOT_ADDR,
                                     subject="Invoice INV/WVI/2611/0142 - Klinik Hewan Satwa Sehat", date="2026-11-02 13:20",
                                     tz=TZ, body=html(hb), host=HOST),
        L("invoice_copy", "id", invoice_numbers="INV/WVI/2611/0142", amount=18648000.00, currency="IDR",
          issue_date="2026-11-02", due_date="2026-12-02", payment_terms_days=30, needs_human=False, note="HTML-only"))

    b = ("Dengan hormat Bapak Hendra,\n\nBersama ini kami sampaikan invoice jasa kontrak servis peralatan laboratorium "
         "(periode Nov 2026 - Jan 2027):\n\n  No. Invoice           : INV/WVI/2611/0151\n  Tanggal               : 04 November 2026\n"
         "  DPP                   : Rp 42.000.000\n  PPN 11%               : Rp  4.620.000\n  Total tagihan         : Rp 46.620.000\n"
         "  PPh 23 (2% x DPP)     : (Rp   840.000) dipotong oleh Bapak/Ibu\n  Jumlah yang harus dibayar : Rp 45.780.000\n\n"
         "Mohon bukti potong PPh 23 dikirimkan ke email ini. Pembayaran paling lambat 14 hari setelah tanggal invoice.\n\n"
         "Hormat kami,\nBayu Santoso\nService Sales\n")
    body = Multi("mixed", text(b),
                 attach(idpdf("INV/WVI/2611/0151", "04/11/2026", "18/11/2026", "PT Agro Unggas Nusantara, Bogor",
                              ["Kontrak servis alat lab (3 bulan)                 1      42.000.000"],
                              ["DPP: Rp 42.000.000", "PPN 11%: Rp 4.620.000", (11, "Total: Rp 46.620.000", True),
                               "PPh 23 2% (dipotong pelanggan): Rp 840.000", (11, "Jumlah dibayar: Rp 45.780.000", True)]),
                        "application/pdf", "INV-WVI-2611-0151.pdf"), seed="id02")
    add(2, "invoice_pph23", mail("id02", frm=BAYU, to=addr("Hendra Wijaya", "ap@agrounggas.co.id"), cc=BOT_ADDR,
                                 subject="Invoice Jasa Servis INV/WVI/2611/0151", date="2026-11-04 09:45", tz=TZ,
                                 body=body, host=HOST),
        L("invoice_copy", "id", invoice_numbers="INV/WVI/2611/0151", amount=45780000.00, currency="IDR",
          issue_date="2026-11-04", due_date="2026-11-18", payment_terms_days=14, needs_human=False,
          note="PPh 23 withheld by client: total 46,620,000, amount due now = 'jumlah yang harus dibayar' 45,780,000"))

    b = ("Hi Sarah,\n\nGreat to see you at the Bali equine seminar. As discussed, attached is the invoice for the\n"
         "portable ultrasound (Sonoscape E2V with equine probe):\n\n  Invoice: INV/WVI/2611/0158\n  Amount: USD 12,480.00 (PPN included)\n"
         "  Terms: Net 30\n\nUSD account: Bank Mandiri, acc. 122-00-0998871-4, SWIFT BMRIIDJA.\n\nCheers,\nBayu\n")
    body = Multi("mixed", Multi("alternative", text(b), html("<div>" + b.replace("\n", "<br>") + "</div>"), seed="id03a", style="gmail"),
                 attach(idpdf("INV/WVI/2611/0158", "06/11/2026", "06/12/2026", "Bali Equine & Pet Clinic, Denpasar",
                              ["Sonoscape E2V + equine probe                      1   USD 12,480.00"],
                              [(11, "Total USD 12,480.00 (termasuk PPN)", True)]), "application/pdf", "INV-WVI-2611-0158.pdf"),
                 seed="id03", style="gmail")
    add(3, "invoice_usd_english", mail("id03", frm=BAYU, to=addr("Sarah Whitcombe", "accounts@baliequinepet.com"), cc=BOT_ADDR,
                                       subject="Invoice for the Sonoscape ultrasound", date="2026-11-06 15:10", tz=TZ,
                                       body=body, host=HOST, mid_style="gmail"),
        L("invoice_copy", "en", invoice_numbers="INV/WVI/2611/0158", amount=12480.00, currency="USD",
          issue_date="2026-11-06", due_date="2026-12-06", payment_terms_days=30, needs_human=False,
          note="id desk, staff mail in English -> language en"))

    b = ("Yth. Bapak dr. Andreas,\n\nSesuai kontrak renovasi & fit-out ruang operasi No. 018/WVI-SAH/X/2026 dengan nilai kontrak\n"
         "Rp 385.000.000 (belum termasuk PPN), terlampir invoice uang muka (DP) 30%:\n\n"
         "  DP 30%      Rp 115.500.000\n  PPN 11%     Rp  12.705.000\n  Total DP    Rp 128.205.000\n\n"
         "Mohon pembayaran DP paling lambat 16 November 2026 agar material dapat segera kami pesan.\n\n"
         "Salam,\nRina Kusumawati\nProject Admin - Surabaya\n")
    body = Multi("mixed", text(b, cs="iso-8859-1", cte="8bit"),
                 attach(idpdf("INV/WVI/2611/0166", "09/11/2026", "16/11/2026", "Surabaya Animal Hospital",
                              ["Uang muka 30% kontrak 018/WVI-SAH/X/2026         1     115.500.000",
                               "(nilai kontrak Rp 385.000.000)"],
                              ["DPP: Rp 115.500.000", "PPN 11%: Rp 12.705.000", (11, "Total: Rp 128.205.000", True)],
                              title="INVOICE UANG MUKA"), "application/pdf", "INV_WVI_2611_0166_DP.pdf"), seed="id04")
    add(4, "invoice_uang_muka", mail("id04", frm=RINA, to=addr("dr. Andreas Halim", "purchasing@surabayaanimalhospital.id"),
                                     cc=BOT_ADDR, subject="Invoice DP Renovasi Ruang Operasi", date="2026-11-09 10:30",
                                     tz=TZ, body=body, host=HOST),
        L("invoice_copy", "id", invoice_numbers="INV/WVI/2611/0166", amount=128205000.00, currency="IDR",
          issue_date="2026-11-09", due_date="2026-11-16", needs_human=False,
          note="contract value 385,000,000 vs DP 30% incl PPN 128,205,000; stated due date, no terms"))

    b = ("Halo Kak Nadia,\n\nIni invoice untuk order minggu lalu ya:\n1. INV/WVI/2611/0171 - makanan klinis & vaksin: Rp3.996.000\n"
         "2. INV/WVI/2611/0172 - alat grooming medis: Rp1.221.000\n\nTotal keduanya Rp5.217.000, tempo 30 hari dari tgl invoice "
         "(10/11/2026).\nMakasih!\n\nDewi\n")
    body = Multi("mixed", text(b),
                 attach(idpdf("INV/WVI/2611/0171", "10/11/2026", "10/12/2026", "Klinik Hewan Kucingku, Bandung",
                              ["Makanan klinis renal 2kg                           12      2.400.000",
                               "Vaksin tricat                                      20      1.200.000"],
                              ["DPP: Rp 3.600.000", "PPN 11%: Rp 396.000", (11, "Total: Rp 3.996.000", True)]),
                        "application/pdf", "0171.pdf"),
                 attach(idpdf("INV/WVI/2611/0172", "10/11/2026", "10/12/2026", "Klinik Hewan Kucingku, Bandung",
                              ["Clipper medis                                       2      1.100.000"],
                              ["DPP: Rp 1.100.000", "PPN 11%: Rp 121.000", (11, "Total: Rp 1.221.000", True)]),
                        "application/pdf", "0172.pdf"), seed="id05")
    add(5, "dua_invoice", mail("id05", frm=DEWI, to="halo@kucingku.vet", cc=BOT_ADDR, subject="invoice order kucingku",
                               date="2026-11-10 16:02", tz=TZ, body=body, host=HOST),
        L("invoice_copy", "id", invoice_numbers="INV/WVI/2611/0171;INV/WVI/2611/0172", amount=5217000.00, currency="IDR",
          issue_date="2026-11-10", due_date="2026-12-10", payment_terms_days=30, needs_human=False,
          note="two invoices, informal, 'Rp3.996.000' without space"))

    b = ("Selamat siang Bu Lestari,\n\nTerlampir invoice tanggal 12 November 2026 untuk paket reagen dan kit uji cepat.\n\n"
         "Terima kasih,\nDewi\n")
    inv = pdf([(15, "Wrenfield Veterinary Supply (Indonesia)", True), "", (13, "TAX INVOICE", True),
               "Invoice No: INV/WVI/2611/0177", "Date: 11/12/2026", "Due: 12/12/2026", "Bill to: RS Hewan Cinere, Depok", "",
               "Reagent pack chemistry (12)                1    5.600.000", "Rapid test kit CPV/CDV (box 20)           2    1.800.000",
               "", "Subtotal: 7.400.000", "VAT 11%: 814.000", (11, "TOTAL IDR 8.214.000", True), "", "Terms: 30 days"],
              title="INV/WVI/2611/0177")
    body = Multi("mixed", text(b), attach(inv, "application/pdf", "Invoice_0177.pdf"), seed="id06")
    add(6, "pdf_tanggal_ambigu", mail("id06", frm=DEWI, to=addr("Lestari", "admin@rshcinere.com"), cc=BOT_ADDR,
                                      subject="Invoice reagen", date="2026-11-12 11:48", tz=TZ, body=body, host=HOST),
        L("invoice_copy", "id", invoice_numbers="INV/WVI/2611/0177", amount=8214000.00, currency="IDR",
          issue_date="2026-11-12", due_date="2026-12-12", payment_terms_days=30, needs_human=False,
          note="PDF from English template uses mm/dd: 'Date: 11/12/2026' = 12 Nov (body says 12 November), due 12/12"))

    fw = ("---------- Forwarded message ---------\nDari: Rina Kusumawati <rina.kusumawati@wrenfield-vet.co.id>\n"
          "Date: Jum, 13 Nov 2026 pukul 14.05\nSubject: Invoice INV/WVI/2611/0180 - PT Mina Tambak Sejahtera\n"
          "To: <keuangan@minatambak.co.id>\n\n\nYth. Tim Keuangan PT Mina Tambak Sejahtera,\n\n"
          "Terlampir invoice INV/WVI/2611/0180 tanggal 13/11/2026 untuk obat ikan & udang serta aerator,\n"
          "total Rp 27.750.000 (sudah termasuk PPN). Jatuh tempo 14 hari.\n\nSalam,\nRina\n")
    b = "Mbak Dewi & bot AR, tolong dicatat ya, tadi lupa cc.\n\n" + fw
    body = Multi("mixed", text(b),
                 attach(idpdf("INV/WVI/2611/0180", "13/11/2026", "27/11/2026", "PT Mina Tambak Sejahtera, Lampung",
                              ["Obat udang & ikan (paket)                           1      18.000.000",
                               "Aerator kincir 1HP                                  5       7.000.000"],
                              ["DPP: Rp 25.000.000", "PPN 11%: Rp 2.750.000", (11, "Total: Rp 27.750.000", True)]),
                        "application/pdf", "INV-WVI-2611-0180.pdf"), seed="id07", style="gmail")
    add(7, "diteruskan_internal", mail("id07", frm=RINA, to=f"{DEWI}, {BOT_ADDR}",
                                       subject="Fwd: Invoice INV/WVI/2611/0180 - PT Mina Tambak Sejahtera",
                                       date="2026-11-13 15:31", tz=TZ, body=body, host=HOST, mid_style="gmail"),
        L("invoice_copy", "id", invoice_numbers="INV/WVI/2611/0180", amount=27750000.00, currency="IDR",
          issue_date="2026-11-13", due_date="2026-11-27", payment_terms_days=14, needs_human=False,
          note="internal forward; debtor in quoted To"))

    b = ("Yth. Bapak Herman,\n\nBerikut kami lampirkan invoice termin ke-2 dari 4 untuk pengadaan 2 unit USG portabel dan "
         "mesin anestesi\n(nilai total kontrak Rp 84.360.000 termasuk PPN):\n\n  Termin 2/4 : Rp 21.090.000\n"
         "  Jatuh tempo: 30 November 2026\n\nTermin 1 (INV/WVI/2610/0131) masih tercatat terbuka di sistem kami.\n\n"
         "Hormat kami,\nBayu Santoso\n")
    body = Multi("mixed", text(b, cte="base64"),
                 attach(idpdf("INV/WVI/2611/0188", "17/11/2026", "30/11/2026", "PT Sapi Perah Lembang",
                              ["Termin 2 dari 4 - kontrak 022/WVI/IX/2026           1      19.000.000"],
                              ["DPP: Rp 19.000.000", "PPN 11%: Rp 2.090.000", (11, "Total termin 2: Rp 21.090.000", True),
                               "Nilai kontrak: Rp 84.360.000"]), "application/pdf", "INV-WVI-2611-0188.pdf"), seed="id08")
    add(8, "termin_2_dari_4", mail("id08", frm=BAYU, to="finance@sapiperahlembang.co.id", cc=BOT_ADDR,
                                   subject="Invoice Termin 2 - INV/WVI/2611/0188", date="2026-11-17 10:12", tz=TZ,
                                   body=body, host=HOST),
        L("invoice_copy", "id", invoice_numbers="INV/WVI/2611/0188", amount=21090000.00, currency="IDR",
          issue_date="2026-11-17", due_date="2026-11-30", needs_human=False,
          note="instalment 2/4 of 84,360,000; mentions open termin 1 INV/WVI/2610/0131 (not part of this invoice)"))

    b = ("Selamat pagi Pak Arman,\n\nBerikut kami kirimkan invoice INV/WVI/2611/0196 untuk pengiriman obat cacing dan "
         "vitamin\nke Makassar Pet Care, total Rp 7.215.000 (termasuk PPN 11%).\n\nJatuh tempo: akhir bulan ini.\n\n"
         "Terima kasih,\nFinance Wrenfield Indonesia - Kantor Cabang Makassar\n")
    add(9, "akhir_bulan_ini_base64", mail("id09", frm=FIN, to=addr("Arman", "mpc.makassar@yahoo.co.id"), cc=BOT_ADDR,
                                          subject="Invoice INV/WVI/2611/0196", date="2026-11-24 08:20", tz="+0800",
                                          body=text(b, cte="base64"), host=HOST),
        L("invoice_copy", "id", invoice_numbers="INV/WVI/2611/0196", amount=7215000.00, currency="IDR",
          issue_date="2026-11-24", due_date="2026-11-30", needs_human=False,
          note="'akhir bulan ini' = 30 Nov; +0800 WITA; body base64; no terms"))

    b = ("Yth. drh. Yohanis,\n\nTerlampir invoice INV/WVI/2612/0203 untuk pengiriman vaksin rabies dan spuit.\n"
         "Total tagihan Rp 4.662.000, termin 30 hari.\n\nSalam,\nDewi\n")
    hinv = ("<html><body><h2>INVOICE INV/WVI/2612/0203</h2><p>Tanggal: 01/12/2026<br>Kepada: Klinik Hewan Jayapura</p>"
            "<table border='1'><tr><td>Vaksin rabies (vial 10 dosis)</td><td>30</td><td>3.600.000</td></tr>"
            "<tr><td>Spuit 3 ml (box)</td><td>6</td><td>567.568</td></tr>"
            "<tr><td>PPN 11%</td><td></td><td>458.432</td></tr><tr><td><b>TOTAL</b></td><td></td><td><b>Rp 4.626.000</b></td></tr>"
            "</table><p>Termin: 30 hari</p></body></html>")
    body = Multi("mixed", text(b), attach(hinv.encode(), "text/html; charset=\"utf-8\"", "INV-WVI-2612-0203.html",
                                          name_param=False), seed="id10")
    add(10, "jumlah_berbeda", mail("id10", frm=DEWI, to="klinikhewan.jayapura@gmail.com", cc=BOT_ADDR,
                                   subject="Invoice vaksin rabies", date="2026-12-01 09:05", tz=TZ, body=body, host=HOST),
        L("invoice_copy", "id", invoice_numbers="INV/WVI/2612/0203", currency="IDR", issue_date="2026-12-01",
          due_date="2026-12-31", payment_terms_days=30, needs_human=True,
          note="mail 4,662,000 vs attached HTML invoice 4,626,000: contradiction -> amount empty"))

    # ------------------------------------------------------------------ read receipts
    human = (f"Pesan Anda\n\n    Kepada: purchasing@surabayaanimalhospital.id\n    Subjek: {I8.subject}\n"
             "    Dikirim: Kamis, 12 November 2026 09.10.00 (UTC+07:00) Bangkok, Hanoi, Jakarta\n\n"
             "telah dibaca pada Kamis, 12 November 2026 10.02.11 (UTC+07:00) Bangkok, Hanoi, Jakarta.\n")
    body = mdn_report("id11", human, reporting_ua="SAH-MAIL01.surabayaanimalhospital.id; Microsoft Exchange Server 2019",
                      final_rcpt="purchasing@surabayaanimalhospital.id", orig=I8.id, style="outlook")
    add(11, "mdn_outlook_dibaca", mail("id11", frm=addr("Purchasing SAH", "purchasing@surabayaanimalhospital.id"), to=BOT,
                                       subject="Dibaca: " + I8.subject, date="2026-11-12 10:02", tz=TZ, body=body,
                                       mid_style="outlook", **thread(I8)),
        L("read_receipt", "id", invoice_numbers="INV/WVI/2610/0122", original_message_id=I8.id, needs_human=False))

    human = ("Read-Receipt: Your message\n\n  Subject: " + I2.subject + "\n\nwas displayed to ap@agrounggas.co.id on "
             "Tue Nov 03 2026 14:22:40 GMT+0700.\n")
    body = mdn_report("id12", human, reporting_ua="mail.agrounggas.co.id; Zimbra 10.0.6_GA", final_rcpt="ap@agrounggas.co.id",
                      orig=I2.id, human_cs="us-ascii", human_cte="7bit")
    add(12, "mdn_zimbra", mail("id12", frm=addr("AP Agro Unggas", "ap@agrounggas.co.id"), to=BOT,
                               subject="Read-Receipt: " + I2.subject, date="2026-11-03 14:22", tz=TZ, body=body,
                               extra=[("X-Mailer", "Zimbra 10.0.6_GA_4580 (ZimbraWebClient - GC131 (Win)/10.0.6_GA_4580)")],
                               **thread(I2)),
        L("read_receipt", "en", invoice_numbers="INV/WVI/2610/0107", original_message_id=I2.id, needs_human=False,
          note="Zimbra MDN, English human part"))

    human = "Pesan \"" + I3.subject + "\" sudah dibuka oleh accounts@baliequinepet.com pada 05/11/2026 18:40 WITA.\n"
    body = mdn_report("id13", human, reporting_ua="eM Client 10.1.4588.0", final_rcpt="accounts@baliequinepet.com",
                      orig=I3.id, disposition="manual-action/MDN-sent-manually; displayed", style="plain")
    add(13, "mdn_emclient_wita", mail("id13", frm=addr("Bali Equine Accounts", "accounts@baliequinepet.com"), to=BOT,
                                      subject="Tanda terima baca: " + I3.subject, date="2026-11-05 18:40", tz="+0800",
                                      body=body, extra=[("X-Mailer", "eM Client 10.1.4588.0")]),
        L("read_receipt", "id", invoice_numbers="INV/WVI/2610/0109", original_message_id=I3.id, needs_human=False,
          note="no In-Reply-To/References; only Original-Message-ID in the report"))

    # ------------------------------------------------------------------ bounces
    b = ("Hi. This is the qmail-send program at mail.labvetmedan.co.id.\nI'm afraid I wasn't able to deliver your message to the "
         "following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<tagihan@labvetmedan.co.id>:\n"
         "Sorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\n"
         + reminder_headers(I7) + "\n" + rtext(I7))
    add(14, "qmail_no_mailbox", mail("id14", frm="MAILER-DAEMON@mail.labvetmedan.co.id", to=BOT,
                                     subject="failure notice", date="2026-11-11 09:12", tz=TZ,
                                     body=text(b, cte="8bit"), auth=ar(None, helo="mail.labvetmedan.co.id"),
                                     host="mail.labvetmedan.co.id", mime_version=True),
        L("bounce", "en", invoice_numbers="INV/WVI/2610/0119", failed_recipients="tagihan@labvetmedan.co.id",
          bounce_permanent=True, bounce_reason="user_unknown", original_message_id=I7.id, needs_human=True,
          note="qmail accepted the message, then bounced: user unknown after DATA -> needs_human true"))

    human = ("Pesan ini dibuat secara otomatis oleh sistem pengiriman email.\n\nPesan Anda tidak dapat dikirim ke penerima berikut "
             "dan telah GAGAL secara permanen:\n\n  admin@rshcinere.com\n  Alasan: kotak surat penerima penuh (kuota terlampaui).\n"
             "  552 5.2.2 <admin@rshcinere.com>: Mailbox full\n\nSilakan hubungi penerima melalui cara lain.\n\n"
             "-- Mail Delivery System, Jagoan Mail Hosting\n")
    body = dsn_report("id15", human, reporting_mta="mx2.jagoanmail.co.id", human_cs="utf-8", human_cte="quoted-printable",
                      arrival="Thu, 19 Nov 2026 09:10:03 +0700",
                      recipients=[("admin@rshcinere.com", "failed", "5.2.2", "552 5.2.2 <admin@rshcinere.com>: Mailbox full")],
                      orig_headers=reminder_headers(I12))
    add(15, "bounce_kotak_penuh", mail("id15", frm=addr("Mail Delivery System", "mailer-daemon@mx2.jagoanmail.co.id"), to=BOT,
                                       subject="Pesan tidak terkirim: " + I12.subject, date="2026-11-19 09:10", tz=TZ,
                                       body=body, auth=ar(None, helo="mx2.jagoanmail.co.id"), host="mx2.jagoanmail.co.id"),
        L("bounce", "id", invoice_numbers="INV/WVI/2610/0137", failed_recipients="admin@rshcinere.com",
          bounce_permanent=True, bounce_reason="mailbox_full", original_message_id=I12.id, needs_human=False,
          note="Indonesian hosting DSN, failed permanently"))

    human = ("This is the mail system at host smtp-out.wrenfield-vet.com.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n"
             "<info@petshopbintaro.co.id>: Host or domain name not found. Name service error\n"
             "    for name=petshopbintaro.co.id type=MX: Host not found, try again\n")
    body = dsn_report("id16", human, reporting_mta="smtp-out.wrenfield-vet.com", arrival="Fri, 20 Nov 2026 02:10:01 +0000 (GMT)",
                      recipients=[("info@petshopbintaro.co.id", "failed", "5.4.4", "")],
                      full_original=reminder_message(I13, rtext(I13)))
    add(16, "dns_host_not_found", mail("id16", frm="MAILER-DAEMON@smtp-out.wrenfield-vet.com (Mail Delivery System)", to=BOT,
                                       subject="Undelivered Mail Returned to Sender", date="2026-11-25 02:11", tz="+0000",
                                       body=body, auth=ar(None, helo="smtp-out.wrenfield-vet.com"),
                                       host="smtp-out.wrenfield-vet.com", mid="<20261125021101.3B7E93A0122@smtp-out.wrenfield-vet.com>"),
        L("bounce", "en", invoice_numbers="INV/WVI/2610/0140", failed_recipients="info@petshopbintaro.co.id",
          bounce_permanent=True, bounce_reason="other", original_message_id=I13.id, needs_human=False,
          note="DNS failure (domain has no MX / expired), given up after 5 days"))

    # ------------------------------------------------------------------ auto-replies
    b = ("Terima kasih atas email Anda.\n\nSaya sedang cuti tahunan hingga Jumat, 20 November 2026 dan akan kembali bekerja pada "
         "hari Senin, 23 November 2026.\nUntuk hal mendesak silakan menghubungi Bpk. Asep di asep.finance@sapiperahlembang.co.id.\n\n"
         "Salam,\nHerman Suparman\n")
    add(17, "ooo_indonesia", mail("id17", frm=addr("Herman Suparman", "finance@sapiperahlembang.co.id"), to=BOT,
                                  subject="Balasan Otomatis: " + I5.subject, date="2026-11-09 09:10", tz=TZ, body=text(b),
                                  mid_style="outlook",
                                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                                  **thread(I5)),
        L("auto_reply", "id", invoice_numbers="INV/WVI/2610/0131", return_date="2026-11-23", original_message_id=I5.id,
          needs_human=False))

    b = ("您好！\n\n感谢您的来信。我目前正在休假，期间无法及时回复邮件。\n我将于12月3日（星期四）返回办公室，届时会尽快处理您的邮件。\n"
         "如有急事，请联系财务部王女士：wang.li@ptpakanmandiri.co.id\n\n谢谢！\n陈明\n")
    add(18, "ooo_chinese_gb2312", mail("id18", frm=addr("陈明 Chen Ming", "accounting@ptpakanmandiri.co.id", "gb2312"), to=BOT,
                                       subject="自动回复: " + I14.subject, subj_cs="utf-8", date="2026-11-23 10:11", tz=TZ,
                                       body=text(b, cs="gb2312", cte="base64"), **thread(I14)),
        L("auto_reply", "zh", invoice_numbers="INV/WVI/2611/0149", return_date="2026-12-03", original_message_id=I14.id,
          needs_human=False, note="Chinese, GB2312 base64, no auto-reply headers"))

    b = ("いつもお世話になっております。\n\n誠に勝手ながら、11月16日から11月20日まで海外出張のため不在にしております。\n"
         "11月24日（火）より順次対応させていただきます。\n\n急ぎのご用件はジャカルタ事務所（+62 21 2992 7710）までご連絡ください。\n\n"
         "ミナ・タンバク・セジャテラ　経理部\n佐藤 健一\n")
    add(19, "ooo_japanese_iso2022jp", mail("id19", frm=addr("Kenichi Sato", "keuangan@minatambak.co.id"), to=BOT,
                                           subject="自動応答: " + I10.subject, subj_cs="iso-2022-jp",
                                           date="2026-11-17 09:10", tz=TZ, body=text(b, cs="iso-2022-jp", cte="7bit"),
                                           extra=[("Auto-Submitted", "auto-replied")], **thread(I10)),
        L("auto_reply", "ja", invoice_numbers="INV/WVI/2610/0128", return_date="2026-11-24", original_message_id=I10.id,
          needs_human=False, note="Japanese ISO-2022-JP; 23 Nov is a Japanese holiday, return stated as Tue 24 Nov"))

    # ------------------------------------------------------------------ challenges
    url = "https://mailshield.idcloudhost.id/verify?token=Kc81xQ7pLm2w&lang=id"
    b = ("Halo,\n\nEmail Anda kepada halo@kucingku.vet dengan subjek \"" + I9.subject + "\" ditahan oleh sistem anti-spam.\n\n"
         "Untuk memastikan Anda bukan robot, silakan verifikasi alamat email Anda dengan membuka tautan berikut:\n"
         f"{url}\n\nSetelah verifikasi, email Anda akan langsung diteruskan. Verifikasi hanya perlu dilakukan satu kali.\n\n"
         "MailShield - Perlindungan Email\n")
    add(20, "challenge_verifikasi_url", mail("id20", frm=addr("MailShield", "no-reply@mailshield.idcloudhost.id"), to=BOT,
                                             subject="Verifikasi pengirim diperlukan", date="2026-11-16 09:11", tz=TZ,
                                             body=Multi("alternative", text(b), html("<p>" + b.replace("\n", "<br>") .replace(url, f"<a href='{url}'>{url}</a>") + "</p>"), seed="id20"),
                                             auth=ar("mailshield.idcloudhost.id"), extra=[("Auto-Submitted", "auto-replied")],
                                             **thread(I9)),
        L("challenge", "id", invoice_numbers="INV/WVI/2610/0125", challenge=url, original_message_id=I9.id, needs_human=True))

    caddr = "verify+8cd10e@vetpointbekasi.com"
    b = ("Your message to finance@vetpointbekasi.com has been quarantined.\n\nThe sender " + BOT + " is not in the recipient's "
         "address book. To deliver your message, reply to this email (keep the subject unchanged) or send any\n"
         f"message to {caddr}.\n\nOriginal subject: {I15.subject}\nOriginal Message-ID: {I15.id}\n\n"
         "This request expires in 72 hours.\n")
    add(21, "challenge_reply_address", mail("id21", frm=addr("Vet Point Bekasi Mail Guard", caddr), to=BOT,
                                            subject="[Verification] " + I15.subject, date="2026-11-24 09:11", tz=TZ,
                                            body=text(b), auth=ar("vetpointbekasi.com", dkim="none", dmarc="none"),
                                            reply_to=caddr, extra=[("Precedence", "junk")]),
        L("challenge", "en", invoice_numbers="INV/WVI/2611/0145", challenge=caddr, original_message_id=I15.id, needs_human=True,
          note="no In-Reply-To; reminder id quoted in body"))

    # ------------------------------------------------------------------ payments
    b = ("Informasi Transaksi KlikBCA Bisnis\n\nNo. Rekening : 527-039-8812\nNama         : PT WRENFIELD VETERINARY SUPPLY IND\n\n"
         "Tanggal      : 01/12/2026\nJenis        : Transfer Masuk (CR)\nNominal      : Rp 18.648.000,00\n"
         "Dari         : KLINIK HEWAN SATWA SEHAT\nBerita       : INV/WVI/2611/0142\n\nEmail ini dikirim otomatis, mohon tidak dibalas.\n")
    add(22, "bca_transfer_masuk", mail("id22", frm=addr("KlikBCA Bisnis", "notifikasi@bisnis.bca.co.id"), to=BOT,
                                       subject="Notifikasi Transaksi Kredit Rp 18.648.000,00", date="2026-12-01 10:31",
                                       tz=TZ, body=text(b), auth=ar("bisnis.bca.co.id"), host="mailer.bca.co.id"),
        L("payment_confirmation", "id", invoice_numbers="INV/WVI/2611/0142", amount=18648000.00, currency="IDR",
          payment_date="2026-12-01", payment_full=True, needs_human=False))

    hb = ("<html><body><h2 style='color:#1f4fff'>Pembayaran Berhasil</h2><p>Invoice <b>INV/WVI/2611/0151</b> telah dibayar.</p>"
          "<table><tr><td>Pelanggan</td><td>PT Agro Unggas Nusantara</td></tr><tr><td>Jumlah</td><td>IDR 45.780.000</td></tr>"
          "<tr><td>Metode</td><td>Virtual Account BNI</td></tr><tr><td>Waktu pembayaran</td><td>17 Nov 2026, 15:42 WIB</td></tr>"
          "<tr><td>ID Pembayaran</td><td>6731f0a9c2d4e5f6a7b8c9d0</td></tr></table>"
          "<p>Xendit - PT Sinar Digital Terdepan</p></body></html>")
    add(23, "xendit_pembayaran_pph23", mail("id23", frm=addr("Xendit", "no-reply@xendit.co"), to=BOT,
                                            subject="[Xendit] Pembayaran diterima untuk invoice INV/WVI/2611/0151",
                                            date="2026-11-17 15:43", tz=TZ, body=html(hb, cte="base64"),
                                            auth=ar("xendit.co"), host="mail.xendit.co"),
        L("payment_confirmation", "id", invoice_numbers="INV/WVI/2611/0151", amount=45780000.00, currency="IDR",
          payment_date="2026-11-17", payment_full=True, needs_human=False,
          note="equals the invoice's amount due after PPh 23 -> full"))

    b = ("MANDIRI CASH MANAGEMENT - NOTIFIKASI DANA MASUK\n\nRekening Penerima : 122-00-0887731-0\nTanggal Efektif   : 26/11/2026\n"
         "Jumlah            : IDR 20.000.000,00\nPengirim          : MAKASSAR PET CARE\n"
         "Keterangan        : INV/WVI/2610/0111 12.000.000 ; INV/WVI/2610/0115 8.000.000\n\n"
         "Notifikasi ini dikirim secara otomatis oleh sistem Mandiri Cash Management.\n")
    add(24, "mandiri_split_kurang", mail("id24", frm=addr("Mandiri Cash Management", "mcm-notification@bankmandiri.co.id"), to=BOT,
                                         subject="MCM: Dana Masuk IDR 20.000.000,00", date="2026-11-26 11:02", tz=TZ,
                                         body=text(b, cs="us-ascii", cte="7bit"), auth=ar("bankmandiri.co.id"),
                                         host="mcm-mail.bankmandiri.co.id"),
        L("payment_confirmation", "id", invoice_numbers="INV/WVI/2610/0111;INV/WVI/2610/0115", amount=20000000.00,
          currency="IDR", payment_date="2026-11-26", payment_full=False,
          allocations="INV/WVI/2610/0111=12000000.00;INV/WVI/2610/0115=8000000.00", needs_human=True,
          note="split short of the total (15,540,000 + 10,878,000 open)"))

    b = ("Informasi Transaksi KlikBCA Bisnis\n\nNo. Rekening : 527-039-8812\n\nTanggal      : 20/11/2026\nJenis        : Transfer Masuk (CR)\n"
         "Nominal      : Rp 60.000.000,00\nDari         : SURABAYA ANIMAL HOSPITAL\nBerita       : DP SEBAGIAN INV/WVI/2611/0166\n\n"
         "Email ini dikirim otomatis, mohon tidak dibalas.\n")
    add(25, "bca_dp_sebagian", mail("id25", frm=addr("KlikBCA Bisnis", "notifikasi@bisnis.bca.co.id"), to=BOT,
                                    subject="Notifikasi Transaksi Kredit Rp 60.000.000,00", date="2026-11-20 14:05", tz=TZ,
                                    body=text(b), auth=ar("bisnis.bca.co.id"), host="mailer.bca.co.id"),
        L("payment_confirmation", "id", invoice_numbers="INV/WVI/2611/0166", amount=60000000.00, currency="IDR",
          payment_date="2026-11-20", payment_full=False, needs_human=False, note="partial DP: 60,000,000 of 128,205,000"))

    b = ("Informasi Transaksi KlikBCA Bisnis\n\nNo. Rekening : 527-039-8812\n\nTanggal      : 28/11/2026\n"
         "Jenis        : Pembayaran Virtual Account\nNo. VA       : 39358 0812 7766 5501\nNominal      : Rp 2.775.000,00\n"
         "Nama         : KLINIK DRH YOGA\nBerita       : -\n\nEmail ini dikirim otomatis, mohon tidak dibalas.\n")
    add(26, "bca_va_tanpa_berita", mail("id26", frm=addr("KlikBCA Bisnis", "notifikasi@bisnis.bca.co.id"), to=BOT,
                                        subject="Notifikasi Pembayaran Virtual Account", date="2026-11-28 08:40", tz=TZ,
                                        body=text(b), auth=ar("bisnis.bca.co.id"), host="mailer.bca.co.id"),
        L("payment_confirmation", "id", amount=2775000.00, currency="IDR", payment_date="2026-11-28", payment_full=False,
          needs_human=True, note="VA payment without invoice reference (amount matches INV/WVI/2610/0113, but unreferenced)"))

    hb = ("<html><body><p><b>KlikBCA Bisnis</b></p><p>Yth. Nasabah,</p><p>Dana masuk sebesar <b>Rp 128.205.000,00</b> dengan berita "
          "<b>INV/WVI/2611/0166</b> dari SURABAYA ANIMAL HOSPITAL <b>ditahan sementara</b> karena data rekening Anda belum "
          "diperbarui.</p><p>Silakan lakukan verifikasi dalam 1x24 jam melalui tautan berikut: "
          "<a href='https://klikbca-bisnis-verifikasi.com/login'>Verifikasi Rekening</a></p><p>Hormat kami,<br>PT Bank Central Asia Tbk</p>"
          "</body></html>")
    add(27, "bca_palsu_lookalike", mail("id27", frm=addr("KlikBCA Bisnis", "notifikasi@bca-bisnis.co"), to=BOT,
                                        subject="PENTING: Dana masuk Rp 128.205.000 ditahan", date="2026-11-21 23:58", tz=TZ,
                                        body=html(hb), auth=ar("bca-bisnis.co", dmarc="pass"), host="srv77.cheaphost.example"),
        L("other", "id", invoice_numbers="INV/WVI/2611/0166", amount=128205000.00, currency="IDR", needs_human=True,
          note="look-alike BCA domain, phishing; not a configured notifier"))

    # ------------------------------------------------------------------ client replies
    b = ("Selamat siang Bu,\n\nUntuk invoice INV/WVI/2610/0134 sudah kami transfer tanggal 19 Nov kemarin via BCA.\n"
         "Bukti transfer terlampir ya Bu. Mohon dicek.\n\nTerima kasih\ndrh. Yohanis Wenda\nKlinik Hewan Jayapura\n")
    jpg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(256)) * 3 + b"\xff\xd9"
    body = Multi("mixed", Multi("alternative", text(b), html("<div dir='ltr'>" + b.replace("\n", "<br>") + "</div>"),
                                seed="id28a", style="gmail"),
                 attach(jpg, "image/jpeg", "bukti_transfer_19nov.jpg"), seed="id28", style="gmail")
    add(28, "balasan_sudah_transfer", mail("id28", frm=addr("Klinik Hewan Jayapura", "klinikhewan.jayapura@gmail.com"), to=BOT,
                                           subject="Re: " + I11.subject, date="2026-11-20 13:44", tz="+0900", body=body,
                                           mid_style="gmail", auth=ar("gmail.com"), **thread(I11)),
        L("client_reply", "id", intent="paid", invoice_numbers="INV/WVI/2610/0134", payment_date="2026-11-19",
          original_message_id=I11.id, needs_human=False, note="+0900 WIT; proof of transfer attached"))

    b = ("Dengan hormat,\n\nMenindaklanjuti email di bawah, pembayaran invoice INV/WVI/2610/0128 akan kami bayarkan akhir bulan ini "
         "bersamaan dengan pembayaran supplier lainnya.\n\nAtas perhatiannya kami ucapkan terima kasih.\n\nSalam,\n"
         "Siti Rahmawati\nStaf Keuangan PT Mina Tambak Sejahtera\n\n" + quote(rtext(I10)))
    add(29, "balasan_akhir_bulan", mail("id29", frm=addr("Siti Rahmawati", "keuangan@minatambak.co.id"), to=BOT,
                                        subject="RE: " + I10.subject, date="2026-11-18 10:20", tz=TZ, body=text(b),
                                        mid_style="outlook", **thread(I10)),
        L("client_reply", "id", intent="promise", invoice_numbers="INV/WVI/2610/0128", promised_date="2026-11-30",
          original_message_id=I10.id, needs_human=False, note="'akhir bulan ini' = 30 Nov"))

    b = ("Selamat sore,\n\nMohon maaf, invoice INV/WVI/2610/0122 belum bisa kami proses. Di invoice tertulis 3 unit syringe pump, "
         "sedangkan\nyang kami terima (sesuai surat jalan SJ-10-221) hanya 2 unit. Mohon invoice direvisi atau unit yang kurang "
         "segera dikirim.\n\nTerima kasih,\ndr. Andreas Halim\nSurabaya Animal Hospital\n")
    add(30, "balasan_sanggah", mail("id30", frm=addr("dr. Andreas Halim", "purchasing@surabayaanimalhospital.id"), to=BOT,
                                    subject="RE: " + I8.subject, date="2026-11-13 16:05", tz=TZ, body=text(b),
                                    mid_style="outlook", **thread(I8)),
        L("client_reply", "id", intent="dispute", invoice_numbers="INV/WVI/2610/0122", original_message_id=I8.id,
          needs_human=True))

    b = ("Pak/Bu,\n\nSebelum kami bayar INV/WVI/2610/0107, mau tanya dulu: apakah jasa kalibrasi di invoice ini kena PPh 23?\n"
         "Kalau iya, kami potong 2% dari DPP dan bukti potongnya dikirim ke siapa? Faktur pajaknya juga belum kami terima.\n\n"
         "Thanks,\nHendra\n")
    add(31, "balasan_pertanyaan_pph23", mail("id31", frm=addr("Hendra Wijaya", "ap@agrounggas.co.id"), to=BOT,
                                             subject="Re: " + I2.subject, date="2026-11-04 08:15", tz=TZ, body=text(b),
                                             **thread(I2)),
        L("client_reply", "id", intent="question", invoice_numbers="INV/WVI/2610/0107", original_message_id=I2.id,
          needs_human=True))

    b = ("Selamat pagi,\n\nkami dari Makassar Pet Care. Untuk 2 invoice yang terbuka, total Rp 26.418.000, apakah bisa kami "
         "cicil 2x?\nRencananya Rp 20 juta akhir November dan sisanya pertengahan Desember. Kondisi klinik lagi sepi "
         "setelah renovasi.\nMohon kebijakannya.\n\nHormat kami,\nArman\n")
    add(32, "balasan_cicilan", mail("id32", frm=addr("Arman MPC", "mpc.makassar@yahoo.co.id"), to=BOT,
                                    subject="Re: " + I6.subject, date="2026-11-11 09:30", tz="+0800", body=text(b, cte="8bit"),
                                    mid="<1731290400.771204.1@mail.yahoo.com>", auth=ar("yahoo.co.id"), **thread(I6)),
        L("client_reply", "id", intent="plan", invoice_numbers="INV/WVI/2610/0111;INV/WVI/2610/0115", amount=26418000.00,
          currency="IDR", original_message_id=I6.id, needs_human=True, note="asks for 2 instalments"))

    b = ("Tolong jangan kirim tagihan ke email ini lagi. Ini email pribadi saya dan saya sudah resign dari Klinik Cempaka\n"
         "sejak Oktober. Silakan hubungi klinik langsung.\n\nRatna\n")
    add(33, "balasan_stop_email_pribadi", mail("id33", frm=addr("Ratna Dewi", "ratna.dewi85@gmail.com"), to=BOT,
                                               subject="Re: " + I17.subject, date="2026-11-26 20:41", tz=TZ,
                                               body=text(b, cte="8bit"), mid_style="gmail", auth=ar("gmail.com"),
                                               **thread(I17)),
        L("client_reply", "id", intent="stop", invoice_numbers="INV/WVI/2611/0150", original_message_id=I17.id,
          needs_human=True, note="stop: personal address of a former employee"))

    b = ("Selamat siang,\n\nKami sudah cek di sistem dan invoice INV/WVI/2611/0149 belum kami terima, baik hardcopy maupun "
         "email.\nMohon dikirim ulang beserta faktur pajaknya ke accounting@ptpakanmandiri.co.id.\n\nTerima kasih,\n"
         "Wang Li\nAccounting PT Pakan Ternak Mandiri\n")
    add(34, "balasan_belum_terima", mail("id34", frm=addr("Wang Li", "wang.li@ptpakanmandiri.co.id"), to=BOT,
                                         cc="accounting@ptpakanmandiri.co.id", subject="RE: " + I14.subject,
                                         date="2026-11-24 13:05", tz=TZ, body=text(b), mid_style="outlook", **thread(I14)),
        L("client_reply", "id", intent="not_received", invoice_numbers="INV/WVI/2611/0149", original_message_id=I14.id,
          needs_human=False, note="reply from a colleague of the reminded contact, threaded"))

    b = ("Hi team,\n\nHappy to settle INV/WVI/2610/0109 this week but our bank in Australia needs the full USD wire details -\n"
         "beneficiary bank SWIFT, account number and the bank's address. Could you send those through?\n\nCheers\nSarah\n")
    add(35, "reply_wire_details_english", mail("id35", frm=addr("Sarah Whitcombe", "accounts@baliequinepet.com"), to=BOT,
                                               subject="Re: " + I3.subject, date="2026-11-09 17:02", tz="+0800",
                                               body=text(b), mid_style="apple", **thread(I3)),
        L("client_reply", "en", intent="payment_details", invoice_numbers="INV/WVI/2610/0109", original_message_id=I3.id,
          needs_human=False, note="English reply on the id desk; 'this week' is vague, not a dated promise"))

    b = "siap bu, besok sy transfer ya. mksh 🙏\n\nSent from my Redmi Note 13\n"
    add(36, "balasan_besok_tengah_malam", mail("id36", frm=addr("drh Yoga", "drhyoga.klinik@gmail.com"), to=BOT,
                                               subject="Re: " + I4.subject, date="2026-11-26 00:40", tz=TZ,
                                               body=text(b, cte="base64"), mid_style="gmail", auth=ar("gmail.com"),
                                               **thread(I4)),
        L("client_reply", "id", intent="promise", invoice_numbers="INV/WVI/2610/0113", promised_date="2026-11-27",
          original_message_id=I4.id, needs_human=False,
          note="sent Thu 26 Nov 00:40 +0700 (25 Nov in UTC): 'besok' = 27 Nov"))

    b = ("Yth. Tim Piutang Wrenfield,\n\nKami mohon maaf atas keterlambatan. Pembayaran INV/WVI/2611/0147 menunggu pencairan "
         "dana dari kantor pusat.\nApabila dana sudah cair, akan kami bayarkan paling lambat tanggal 10 Desember 2026.\n\n"
         "Hormat kami,\nBudi Prasetyo\nKlinik Hewan Semarang\n")
    add(37, "balasan_janji_bersyarat", mail("id37", frm=addr("Budi Prasetyo", "admin@klinikhewansemarang.id"), to=BOT,
                                            subject="Re: " + I16.subject, date="2026-11-25 15:30", tz=TZ,
                                            body=text(b, cs="iso-8859-1"), **thread(I16)),
        L("client_reply", "id", intent="promise", invoice_numbers="INV/WVI/2611/0147", promised_date="2026-12-10",
          original_message_id=I16.id, needs_human=True, note="conditional promise"))

    b = ("Pak, mohon maaf pembayaran INV/WVI/2611/0152 tidak jadi hari Jumat ini. Kami jadwalkan ulang tanggal 8 Desember.\n\n"
         "Salam,\nFitri - Keuangan Klinik Animalia\n")
    add(38, "balasan_jadwal_ulang", mail("id38", frm=addr("Fitri", "keuangan@klinikanimalia.co.id"), to=BOT,
                                         subject="Re: " + I18.subject, date="2026-12-02 11:15", tz=TZ, body=text(b),
                                         **thread(I18)),
        L("client_reply", "id", intent="promise", invoice_numbers="INV/WVI/2611/0152", promised_date="2026-12-08",
          original_message_id=I18.id, needs_human=False))

    b = ("Pak/Bu,\n\nMohon abaikan email saya kemarin soal pembayaran tanggal 30. Ternyata masih ada proses internal audit, jadi\n"
         "untuk sementara belum bisa kami pastikan kapan INV/WVI/2610/0131 dibayar. Nanti kami kabari lagi.\n\n"
         "Salam,\nAsep\nFinance PT Sapi Perah Lembang\n")
    add(39, "balasan_janji_ditarik", mail("id39", frm=addr("Asep Sunandar", "finance@sapiperahlembang.co.id"), to=BOT,
                                          subject="Re: " + I5.subject, date="2026-11-27 09:12", tz=TZ, body=text(b),
                                          **thread(I5)),
        L("client_reply", "id", intent="other", invoice_numbers="INV/WVI/2610/0131", original_message_id=I5.id,
          needs_human=True, note="retracted promise without a new date"))

    b = ("Selamat siang Bu Dewi,\n\nInvoice INV/WVI/2610/0098 akan kami bayar tanggal 4 Desember.\n\nTapi untuk INV/WVI/2610/0103 "
         "harganya tidak sesuai PO kami (PO-SS-2610-17): diskon 5% yang dijanjikan sales belum dipotong. Mohon invoice "
         "direvisi dulu, baru kami proses.\n\nTerima kasih,\nRatna Kusuma\nKeuangan Klinik Hewan Satwa Sehat\n\n"
         + quote(rtext(I1)))
    add(40, "balasan_campuran", mail("id40", frm=addr("Ratna Kusuma", "keuangan@satwasehat.co.id"), to=BOT,
                                     subject="RE: " + I1.subject, date="2026-11-03 13:30", tz=TZ, body=text(b),
                                     mid_style="outlook", **thread(I1)),
        L("client_reply", "id", intent="dispute", invoice_numbers="INV/WVI/2610/0098;INV/WVI/2610/0103",
          original_message_id=I1.id, needs_human=True,
          note="mixed: promise 4 Dec for 0098 + price dispute on 0103 -> dispute; promised_date left empty"))

    # ------------------------------------------------------------------ staff commands
    b = ("Halo bot,\n\nTolong tandai INV/WVI/2610/0125 (Klinik Hewan Kucingku) sudah LUNAS. Dibayar tunai di kantor Bandung\n"
         "Rp 6.105.000 tanggal 25/11/2026, kuitansi no. KW-BDG-0419.\n\nTerima kasih,\nDewi\n")
    add(41, "staff_tandai_lunas", mail("id41", frm=DEWI, to=BOT_ADDR, subject="Lunas INV/WVI/2610/0125",
                                       date="2026-11-25 17:20", tz=TZ, body=text(b), host=HOST),
        L("staff_command", "id", invoice_numbers="INV/WVI/2610/0125", amount=6105000.00, currency="IDR",
          payment_date="2026-11-25", needs_human=False))

    b = ("Bot, tolong pause reminder untuk PT Sapi Perah Lembang (INV/WVI/2610/0131) sampai 14 Desember. Mereka sedang audit "
         "internal,\nsaya sudah bicara dengan Pak Herman.\n\nBayu\n")
    add(42, "staff_pause", mail("id42", frm=BAYU, to=BOT_ADDR, subject="pause reminder Sapi Perah", date="2026-11-27 14:02",
                                tz=TZ, body=text(b), host=HOST, mid_style="gmail"),
        L("staff_command", "id", invoice_numbers="INV/WVI/2610/0131", needs_human=False,
          note="pause until 2026-12-14 (no column for a pause date)"))

    # ------------------------------------------------------------------ other
    hb = ("<html><body><h2>Webinar PDHI: Manajemen Klinik Hewan 2027</h2><p>Sabtu, 12 Desember 2026, 09.00 WIB via Zoom. "
          "Gratis untuk anggota.</p><p><a href='https://pdhi-webinar.example.id/daftar'>Daftar sekarang</a></p>"
          "<p><small>Berhenti berlangganan: https://pdhi-webinar.example.id/unsub</small></p></body></html>")
    add(43, "newsletter_webinar", mail("id43", frm=addr("Info Webinar Vet Indonesia", "info@pdhi-webinar.example.id"), to=BOT,
                                       subject="Undangan Webinar: Manajemen Klinik Hewan 2027", date="2026-12-04 07:00",
                                       tz=TZ, body=html(hb), auth=ar("pdhi-webinar.example.id"),
                                       extra=[("List-Unsubscribe", "<https://pdhi-webinar.example.id/unsub>"),
                                              ("Precedence", "bulk")]),
        L("other", "id", needs_human=False, note="newsletter"))

    b = ("Selamat sore,\n\nPerkenalkan, saya Yudi dari CV Sumber Pakan Jaya, distributor pakan ternak di Kediri. Kami tertarik "
         "menjadi\nsub-distributor produk kesehatan hewan Wrenfield untuk wilayah Jawa Timur. Mohon info siapa yang bisa kami "
         "hubungi.\n\nSalam,\nYudi Hartono\n0812-3344-7781\n")
    add(44, "orang_asing_distributor", mail("id44", frm=addr("Yudi Hartono", "yudi.sumberpakan@gmail.com"), to=BOT,
                                            subject="Penawaran kerja sama distributor", date="2026-12-07 16:22", tz=TZ,
                                            body=text(b), mid_style="gmail", auth=ar("gmail.com")),
        L("other", "id", needs_human=True, note="stranger"))
    return M

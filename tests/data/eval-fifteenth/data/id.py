"""Indonesian desk (IDR/USD; PPN 11 %, PPh 23 2 % withholding). Invoice numbers INV/KPP/<roman month>/2026/NNNN."""
import mailkit as mk
from world import BOT, BOT_NAME, Client, Desk, reminder_text

D = "kestrel-print.co.id"


def build() -> Desk:
    d = Desk("id", D,
             staff={"dewi": ("Dewi Lestari", f"dewi.lestari@{D}"), "rudi": ("Rudi Hartono", f"rudi.hartono@{D}")},
             notifiers={"bank": ("Bank Nusantara Raya", "notifikasi@banknusantara.co.id"),
                        "psp": ("BayarCepat", "noreply@bayarcepat.id")},
             bot_tz="+0700")
    C = {
        "SM": Client("SM", "PT Sumber Makmur Pangan", "Ibu Rina", "finance@sumbermakmurpangan.co.id", "+0700", "IDR", "id"),
        "KB": Client("KB", "CV Kopi Bali Nusantara", "Bapak Made", "admin@kopibalinusantara.com", "+0800", "IDR", "id"),
        "SJ": Client("SJ", "PT Sinar Jaya Kosmetik", "Ibu Fitri", "ap@sinarjayakosmetik.co.id", "+0700", "IDR", "id"),
        "RM": Client("RM", "PT Sederhana Boga Group", "Bapak Andi", "keuangan@sederhanagroup.co.id", "+0700", "IDR", "id"),
        "BT": Client("BT", "PT Batik Tulis Lestari", "Ibu Sari", "finance@batiklestari.co.id", "+0700", "IDR", "id"),
        "SG": Client("SG", "Lion City Snacks Pte Ltd", "Ms Tan", "accounts@lioncitysnacks.sg", "+0800", "USD", "en"),
        "AP": Client("AP", "PT Agro Pratama Sejahtera", "Bapak Hendra", "ap@agropratama.co.id", "+0700", "IDR", "id"),
        "MJ": Client("MJ", "PT Maju Jaya Farmasi", "Ibu Wulan", "hutang@majujayafarma.co.id", "+0700", "IDR", "id"),
        "UD": Client("UD", "UD Sari Rasa", "Ibu Nur", "sarirasa.ud@gmail.com", "+0800", "IDR", "id"),
        "NM": Client("NM", "PT Nusa Minuman Segar", "Bapak Yoga", "finance@nusaminuman.co.id", "+0700", "IDR", "id"),
        "HT": Client("HT", "PT Hotel Tropika Lombok", "Ibu Ayu", "accounting@hoteltropikalombok.com", "+0800", "IDR", "id"),
        "AU": Client("AU", "Borneo Organics Pty Ltd", "Mr Clarke", "ap@borneoorganics.com.au", "+0800", "USD", "en"),
        "KS": Client("KS", "Koperasi Susu Murni Lembang", "Bapak Asep", "keuangan@susulembang.co.id", "+0700", "IDR", "id"),
    }
    R = {
        "SM": d.rem(C["SM"], "INV/KPP/X/2026/0188", 27750000, "2026-11-05", "2026-11-11 09:00 +0700"),
        "SMdue": d.rem(C["SM"], "INV/KPP/XI/2026/0231", 33300000, "2026-12-02", "2026-11-27 09:00 +0700", stage="due"),
        "KB": d.rem(C["KB"], "INV/KPP/X/2026/0192", 8880000, "2026-11-09", "2026-11-16 09:00 +0700"),
        "SJ": d.rem(C["SJ"], "INV/KPP/X/2026/0195", 44400000, "2026-11-12", "2026-11-18 09:00 +0700"),
        "SJold": d.rem(C["SJ"], "INV/KPP/X/2026/0195", 44400000, "2026-11-12", "2026-11-18 09:01 +0700",
                       to="fitri.handayani@sinarjayakosmetik.co.id"),
        "RM": d.rem(C["RM"], "INV/KPP/X/2026/0181", 6660000, "2026-11-02", "2026-11-09 09:00 +0700"),
        "BT": d.rem(C["BT"], "INV/KPP/X/2026/0199", 13320000, "2026-11-16", "2026-11-23 09:00 +0700"),
        "SG": d.rem(C["SG"], "INV/KPP/X/2026/0185", 5400.00, "2026-11-06", "2026-11-12 09:00 +0700"),
        "AP": d.rem(C["AP"], ["INV/KPP/X/2026/0190", "INV/KPP/X/2026/0197"], [22200000, 11100000],
                    ["2026-11-09", "2026-11-14"], "2026-11-20 09:00 +0700"),
        "MJ": d.rem(C["MJ"], "INV/KPP/X/2026/0194", 33300000, "2026-11-11", "2026-11-17 09:00 +0700"),
        "MJw": d.rem(C["MJ"], "INV/KPP/X/2026/0194", 33300000, "2026-11-11", "2026-11-17 09:01 +0700",
                     to="wulan@majujayafarma.co.id"),
        "UD": d.rem(C["UD"], "INV/KPP/X/2026/0201", 2775000, "2026-11-16", "2026-11-23 09:00 +0700"),
        "NM": d.rem(C["NM"], "INV/KPP/X/2026/0187", 55500000, "2026-11-05", "2026-11-10 09:00 +0700"),
        "HT": d.rem(C["HT"], "INV/KPP/X/2026/0193", 19980000, "2026-11-10", "2026-11-16 09:00 +0700"),
        "HTx": d.rem(C["HT"], "INV/KPP/X/2026/0193", 19980000, "2026-11-10", "2026-11-16 09:01 +0700",
                     to="ayu@hoteltropika-lombok.com"),
        "AU": d.rem(C["AU"], "INV/KPP/X/2026/0189", 3150.00, "2026-11-08", "2026-11-13 09:00 +0700"),
        "KS": d.rem(C["KS"], "INV/KPP/X/2026/0196", 17760000, "2026-11-12", "2026-11-19 09:00 +0700"),
    }
    W, U = "dewi", "rudi"
    sig_d = "\n--\nDewi Lestari\nStaf Keuangan / Finance\nPT Kestrel Print Indonesia\nKawasan Industri Jababeka II, Cikarang, Bekasi\nTelp. +62 21 8983 4410\n"
    sig_r = "\n--\nRudi Hartono\nAccount Manager\nPT Kestrel Print Indonesia\n"

    # ------------------------------------------------------------------ invoice copies
    c = C["SM"]
    body = ("Yth. Ibu Rina,\n\nBersama ini kami kirimkan invoice INV/KPP/XI/2026/0231 untuk pesanan karton lipat snack (50.000 pcs).\n\n"
            "Tanggal invoice: 2 November 2026\nTotal tagihan: Rp 33.300.000 (termasuk PPN 11%)\nJangka waktu pembayaran: 30 hari\n\n"
            "Terima kasih atas kepercayaannya.\n\nSalam,\nDewi" + sig_d)
    pdfl = ["PT Kestrel Print Indonesia  NPWP 01.234.567.8-413.000", "INVOICE No. INV/KPP/XI/2026/0231",
            "Tanggal: 02/11/2026   Jatuh tempo: 02/12/2026", "Kepada: PT Sumber Makmur Pangan, Jakarta Barat", "",
            "Karton lipat snack 50.000 pcs     DPP Rp 30.000.000", "PPN 11%                            Rp 3.300.000",
            "TOTAL                              Rp 33.300.000"]
    d.add("01_invoice_pdf", d.invoice("i1", W, c, "2026-11-02 10:00 +0700", "Invoice INV/KPP/XI/2026/0231 - PT Sumber Makmur Pangan",
                                      body, pdfl, "INV-KPP-XI-2026-0231.pdf"),
          "invoice_copy", invoice_numbers="INV/KPP/XI/2026/0231", amount=33300000.00, currency="IDR", issue_date="2026-11-02",
          due_date="2026-12-02", payment_terms_days=30)

    c = C["SG"]
    txt = ("Dear Ms Tan,\n\nPlease find attached invoice INV/KPP/XI/2026/0232 for the printed snack pouches.\n"
           "Amount: USD 7,850.00 (export, PPN 0%)\nInvoice date: 3 November 2026, payment term 30 days.\n\nBest regards,\nRudi" + sig_r)
    html = ("<html><body><p>Dear Ms Tan,</p><p>Please find attached invoice <b>INV/KPP/XI/2026/0232</b> for the printed snack pouches.</p>"
            "<p>Amount: <b>USD 7,850.00</b> (export, PPN 0%)<br>Invoice date: 3 November 2026, payment term 30 days.</p>"
            "<p>Best regards,<br>Rudi</p></body></html>")
    d.add("02_invoice_html_usd", d.invoice("i2", U, c, "2026-11-03 15:20 +0700", "Invoice INV/KPP/XI/2026/0232", txt,
                                           ["INVOICE INV/KPP/XI/2026/0232", "Date 03/11/2026  Term: 30 days",
                                            "Printed snack pouches 40,000 pcs  USD 7,850.00", "VAT 0% (export)", "TOTAL USD 7,850.00"],
                                           "INV-0232.pdf", html=html),
          "invoice_copy", invoice_numbers="INV/KPP/XI/2026/0232", amount=7850.00, currency="USD", issue_date="2026-11-03",
          due_date="2026-12-03", payment_terms_days=30, note="English text from the Indonesian desk")

    c = C["HT"]
    body = ("Yth. Ibu Ayu,\n\nSesuai kontrak pengadaan amenities kit dan signage hotel, kami lampirkan invoice uang muka:\n\n"
            "  Nilai kontrak (belum PPN)      : Rp 120.000.000\n  Uang muka 30%                  : Rp 36.000.000\n"
            "  PPN 11%                        : Rp 3.960.000\n  Total invoice ini              : Rp 39.960.000\n\n"
            "No. invoice INV/KPP/XI/2026/0233, tanggal 5 November 2026, jatuh tempo 7 hari.\nSisa nilai kontrak akan ditagihkan setelah pengiriman.\n\n"
            "Hormat kami,\nRudi" + sig_r)
    d.add("03_invoice_uang_muka", d.invoice("i3", U, c, "2026-11-05 11:30 +0800", "Invoice Uang Muka INV/KPP/XI/2026/0233",
                                            body, ["INVOICE UANG MUKA INV/KPP/XI/2026/0233", "Tanggal 05/11/2026  Jatuh tempo 12/11/2026",
                                                   "Nilai kontrak Rp 120.000.000", "Uang muka 30% Rp 36.000.000", "PPN 11% Rp 3.960.000",
                                                   "Total Rp 39.960.000"], "INV-0233.pdf"),
          "invoice_copy", invoice_numbers="INV/KPP/XI/2026/0233", amount=39960000.00, currency="IDR", issue_date="2026-11-05",
          due_date="2026-11-12", payment_terms_days=7, note="down payment; contract value 120,000,000 not due now")

    c = C["AP"]
    body = ("Yth. Bapak Hendra,\n\nTerlampir invoice INV/KPP/XI/2026/0234 untuk jasa cetak label karung pupuk.\n\n"
            "  DPP                         Rp 20.000.000\n  PPN 11%                     Rp 2.200.000\n  Total tagihan               Rp 22.200.000\n"
            "  PPh 23 (2% x DPP)           Rp (400.000) dipotong oleh pemberi kerja\n  Jumlah yang ditransfer      Rp 21.800.000\n\n"
            "Mohon bukti potong PPh 23 dikirim ke email ini. Tanggal invoice 9 November 2026, jatuh tempo 30 hari.\n\nSalam,\nDewi" + sig_d)
    d.add("04_invoice_pph23", d.invoice("i4", W, c, "2026-11-09 09:45 +0700", "Invoice INV/KPP/XI/2026/0234 jasa cetak label",
                                        body, ["INVOICE INV/KPP/XI/2026/0234", "Tanggal 09/11/2026  Jatuh tempo 09/12/2026",
                                               "DPP Rp 20.000.000  PPN 11% Rp 2.200.000", "Total tagihan Rp 22.200.000",
                                               "PPh 23 dipotong pembeli Rp 400.000", "Jumlah ditransfer Rp 21.800.000"], "INV-0234.pdf"),
          "invoice_copy", invoice_numbers="INV/KPP/XI/2026/0234", amount=22200000.00, currency="IDR", issue_date="2026-11-09",
          due_date="2026-12-09", payment_terms_days=30,
          note="invoice total 22,200,000 is the receivable; cash expected 21,800,000 + PPh 23 slip 400,000")

    c = C["NM"]
    body = ("Yth. Bapak Yoga,\n\nBerikut dua invoice untuk pengiriman minggu lalu:\n\n"
            "1. INV/KPP/XI/2026/0235 - Label botol 600 ml      Rp 16.650.000\n"
            "2. INV/KPP/XI/2026/0236 - Shrink sleeve promo     Rp  4.440.000\n\n"
            "Total keduanya Rp 21.090.000 (sudah termasuk PPN 11%). Tanggal invoice 12 November 2026, jatuh tempo 30 hari.\n\n"
            "Terima kasih,\nDewi" + sig_d)
    d.add("05_dua_invoice", d.invoice("i5", W, c, "2026-11-12 14:00 +0700", "Invoice INV/KPP/XI/2026/0235 & 0236", body,
                                      ["INVOICE INV/KPP/XI/2026/0235  Rp 16.650.000", "INVOICE INV/KPP/XI/2026/0236  Rp 4.440.000",
                                       "Tanggal 12/11/2026  Jatuh tempo 12/12/2026"], "INV-0235-0236.pdf"),
          "invoice_copy", invoice_numbers="INV/KPP/XI/2026/0235;INV/KPP/XI/2026/0236", amount=21090000.00, currency="IDR",
          issue_date="2026-11-12", due_date="2026-12-12", payment_terms_days=30, note="two invoices; amount = sum")

    c = C["KB"]
    body = ("Om Swastiastu Pak Made,\n\nTerlampir invoice INV/KPP/XI/2026/0237 (kantong kopi 250 g) sebesar Rp 11.100.000 dan nota kredit "
            "NK/KPP/2026/012 sebesar Rp 1.110.000 untuk kantong yang ritsletingnya rusak.\n\nSisa yang perlu dibayar: Rp 9.990.000\n"
            "Tanggal invoice 16 November 2026, jatuh tempo 14 hari.\n\nSuksma,\nRudi" + sig_r)
    d.add("06_invoice_nota_kredit", d.invoice("i6", U, c, "2026-11-16 10:10 +0800", "Invoice INV/KPP/XI/2026/0237 + Nota Kredit",
                                              body, ["INVOICE INV/KPP/XI/2026/0237", "Tanggal 16/11/2026", "Total Rp 11.100.000",
                                                     "Nota kredit NK/KPP/2026/012  -Rp 1.110.000", "Sisa tagihan Rp 9.990.000"], "INV-0237.pdf"),
          "invoice_copy", invoice_numbers="INV/KPP/XI/2026/0237", amount=9990000.00, currency="IDR", issue_date="2026-11-16",
          due_date="2026-11-30", payment_terms_days=14, note="11,100,000 less credit note NK/KPP/2026/012 1,110,000")

    c = C["MJ"]
    body = ("Yth. Ibu Wulan,\n\nSesuai PO 4500-7731, invoice INV/KPP/XI/2026/0238 untuk dus obat (total Rp 66.600.000 termasuk PPN) "
            "dibayar dalam 3 termin:\n\n  Termin 1: Rp 22.200.000 jatuh tempo 10 Desember 2026\n  Termin 2: Rp 22.200.000 jatuh tempo 10 Januari 2027\n"
            "  Termin 3: Rp 22.200.000 jatuh tempo 10 Februari 2027\n\nTanggal invoice 18 November 2026.\n\nSalam,\nDewi" + sig_d)
    d.add("07_invoice_termin", d.invoice("i7", W, c, "2026-11-18 13:25 +0700", "Invoice INV/KPP/XI/2026/0238 (3 termin)", body,
                                         ["INVOICE INV/KPP/XI/2026/0238", "Tanggal 18/11/2026", "Total Rp 66.600.000",
                                          "Termin 1 Rp 22.200.000 jatuh tempo 10/12/2026"], "INV-0238.pdf"),
          "invoice_copy", invoice_numbers="INV/KPP/XI/2026/0238", amount=22200000.00, currency="IDR", issue_date="2026-11-18",
          due_date="2026-12-10", note="total 66,600,000 in 3 instalments; first due now")

    c = C["UD"]
    body = ("Bu Nur, ini invoice stiker kemasan sambalnya ya.\nNo: INV/KPP/XI/2026/0239\nTotal Rp 2.220.000 (sudah termasuk PPN)\n"
            "Tgl 20 Nov 2026, pembayaran 14 hari.\nMakasih bu!\n\nDewi" + sig_d)
    d.add("08_invoice_bcc_singkat", d.invoice("i8", W, c, "2026-11-20 16:45 +0700", "invoice stiker sambal", body,
                                              ["INVOICE INV/KPP/XI/2026/0239", "Tanggal 20/11/2026  Pembayaran 14 hari",
                                               "Stiker kemasan 10.000 pcs  Rp 2.220.000 (termasuk PPN)"], "INV-0239.pdf", bcc=True),
          "invoice_copy", invoice_numbers="INV/KPP/XI/2026/0239", amount=2220000.00, currency="IDR", issue_date="2026-11-20",
          due_date="2026-12-04", payment_terms_days=14, note="bot only in Bcc")

    c = C["BT"]
    body = ("Yth. Ibu Sari,\n\nInvoice kotak batik premium terlampir. Nilainya Rp 18.000.000 belum termasuk PPN sesuai penawaran.\n\n"
            "Salam,\nRudi" + sig_r)
    d.add("09_invoice_dpp_vs_total", d.invoice("i9", U, c, "2026-11-23 10:05 +0700", "Invoice kotak batik", body,
                                               ["INVOICE INV/KPP/XI/2026/0240", "Tanggal 23/11/2026  Jangka waktu 30 hari",
                                                "Kotak batik premium  DPP Rp 18.000.000", "PPN 11%  Rp 1.980.000",
                                                "TOTAL  Rp 19.980.000"], "INV-0240.pdf"),
          "invoice_copy", invoice_numbers="INV/KPP/XI/2026/0240", amount=19980000.00, currency="IDR", issue_date="2026-11-23",
          due_date="2026-12-23", payment_terms_days=30, note="body gives DPP 18,000,000; PDF total incl. PPN 19,980,000")

    c = C["AU"]
    body = ("FYI – lupa cc ar@ kemarin.\n\n---------- Forwarded message ---------\nFrom: Rudi Hartono <rudi.hartono@kestrel-print.co.id>\n"
            "Date: Tue, 1 Dec 2026 at 14:10\nSubject: Invoice INV/KPP/XII/2026/0241\nTo: Mr Clarke <ap@borneoorganics.com.au>\n\n"
            "Dear Mr Clarke,\n\nAttached is invoice INV/KPP/XII/2026/0241 for the kraft stand-up pouches: USD 4,620.00.\n"
            "Payment due: 31 December 2026.\n\nRegards,\nRudi\n")
    d.add("10_invoice_forward_usd", d.invoice("i10", U, c, "2026-12-02 08:30 +0700", "Fwd: Invoice INV/KPP/XII/2026/0241", body,
                                              ["INVOICE INV/KPP/XII/2026/0241", "Date 01/12/2026  Due 31/12/2026",
                                               "Kraft stand-up pouches  USD 4,620.00"], "INV-0241.pdf"),
          "invoice_copy", language="en", invoice_numbers="INV/KPP/XII/2026/0241", amount=4620.00, currency="USD",
          issue_date="2026-12-01", due_date="2026-12-31", note="staff forward; one Indonesian line, invoice text English; no day-terms")

    # ------------------------------------------------------------------ read receipts
    r = R["SM"]
    d.add("11_mdn_standar", d.mdn("m1", r, "2026-11-11 10:15 +0700",
                                  f"Pesan Anda\n\n  Kepada: {r.to}\n  Subjek: {r.subject}\n  Terkirim: 11/11/2026 09.00\n\n"
                                  "telah dibaca pada 11/11/2026 10.15.\n"),
          "read_receipt", invoice_numbers="INV/KPP/X/2026/0188", original_message_id=r.id)
    r = R["KB"]
    d.add("12_dibaca_nonstandar", d.mdn("m2", r, "2026-11-16 11:02 +0800",
                                        f"Pesan Anda\n\n    Kepada:  Admin Kopi Bali\n    Subjek:  {r.subject}\n"
                                        "    Terkirim:  Senin, 16 November 2026 10.00.00 (UTC+08:00) Kuala Lumpur, Singapura\n\n"
                                        "telah dibaca pada Senin, 16 November 2026 11.02.40 (UTC+08:00) Kuala Lumpur, Singapura.\n",
                                        standard=False),
          "read_receipt", invoice_numbers="INV/KPP/X/2026/0192", original_message_id=r.id)
    r = R["AU"]
    d.add("13_mdn_english", d.mdn("m3", r, "2026-11-13 12:30 +0800",
                                  "The message you sent was displayed. This is no guarantee that the message has been read or understood.\n",
                                  ua="Apple Mail (3774.600.62)"),
          "read_receipt", language="en", invoice_numbers="INV/KPP/X/2026/0189", original_message_id=r.id)

    # ------------------------------------------------------------------ bounces
    r = R["MJw"]
    body = ("Pesan ini dibuat secara otomatis oleh sistem pengiriman email di server mail.majujayafarma.co.id.\n\n"
            "Pesan Anda tidak dapat dikirim ke penerima berikut setelah dicoba selama 3 hari:\n\n  wulan@majujayafarma.co.id\n\n"
            "Alasan: kotak surat penerima penuh (kuota terlampaui). Pesan dihapus secara permanen dari antrean.\n"
            "Kode SMTP: 552 5.2.2 Mailbox quota exceeded\n\n------ Header pesan asli di bawah ini ------\n\n" + d.reminder_header_lines(r) + "\n")
    d.add("14_ndr_kotak_penuh", d.ndr("b1", r, "2026-11-20 09:05 +0700", body, ("Sistem Pengiriman Email", "mailer-daemon@mail.majujayafarma.co.id"),
                                      "Pesan tidak terkirim: " + r.subject, attach_original=False),
          "bounce", invoice_numbers="INV/KPP/X/2026/0194", failed_recipients="wulan@majujayafarma.co.id", bounce_permanent=True,
          bounce_reason="mailbox_full", original_message_id=r.id, note="Indonesian non-standard NDR; original headers inline")
    r = R["HTx"]
    d.add("15_bounce_dns", d.dsn("b2", r, "2026-11-16 09:01 +0700",
                                 "This is the mail system at host mx1.kestrel-print.com.\n\nI'm sorry to have to inform you that your message could not\n"
                                 "be delivered to one or more recipients.\n\n<ayu@hoteltropika-lombok.com>: Host or domain name not found. Name service\n"
                                 "    error for name=hoteltropika-lombok.com type=MX: Host not found\n",
                                 "5.4.4", "Host or domain name not found. Name service error for name=hoteltropika-lombok.com type=MX: Host not found",
                                 None),
          "bounce", language="en", invoice_numbers="INV/KPP/X/2026/0193", failed_recipients="ayu@hoteltropika-lombok.com",
          bounce_permanent=True, bounce_reason="other", original_message_id=r.id, note="DNS failure (typo domain)")
    r = R["SJold"]
    d.add("16_bounce_tidak_dikenal", d.dsn("b3", r, "2026-11-18 09:02 +0700",
                                           "This is the mail system at host mx1.kestrel-print.com.\n\n<fitri.handayani@sinarjayakosmetik.co.id>: host\n"
                                           "    aspmx.l.google.com[142.250.4.26] said: 550-5.1.1 The email account that you\n"
                                           "    tried to reach does not exist. Please try double-checking the recipient's\n"
                                           "    email address for typos or unnecessary spaces. (in reply to RCPT TO command)\n",
                                           "5.1.1", "550-5.1.1 The email account that you tried to reach does not exist.",
                                           "aspmx.l.google.com"),
          "bounce", language="en", invoice_numbers="INV/KPP/X/2026/0195", failed_recipients="fitri.handayani@sinarjayakosmetik.co.id",
          bounce_permanent=True, bounce_reason="user_unknown", original_message_id=r.id)

    # ------------------------------------------------------------------ auto-replies
    r = R["BT"]
    raw = d.mail("a1", (C["BT"].contact, C["BT"].addr), [BOT], "2026-11-23 09:01 +0700", "Balasan otomatis: " + r.subject,
                 mk.text("Terima kasih atas email Anda.\n\nSaya sedang cuti sampai dengan 4 Desember 2026 dan akan kembali bekerja pada "
                         "Senin, 7 Desember 2026. Untuk keperluan mendesak silakan hubungi finance2@batiklestari.co.id.\n\nSalam,\nSari\n"),
                 irt=r.id, refs=[r.id], extra=[("Auto-Submitted", "auto-replied")])
    d.add("17_balasan_otomatis_cuti", raw, "auto_reply", invoice_numbers="INV/KPP/X/2026/0199", return_date="2026-12-07",
          original_message_id=r.id)
    r = R["RM"]
    raw = d.mail("a2", (C["RM"].contact, C["RM"].addr), [BOT], "2026-11-09 09:02 +0700", "Re: " + r.subject,
                 mk.text("Terima kasih atas email Anda. Saat ini saya sedang dinas luar kota dan akan kembali ke kantor tanggal "
                         "13 November 2026. Email akan saya balas setelah kembali.\n\nAndi Saputra\n"), irt=r.id)
    d.add("18_dinas_luar_tanpa_header", raw, "auto_reply", invoice_numbers="INV/KPP/X/2026/0181", return_date="2026-11-13",
          original_message_id=r.id, note="no auto-reply headers")
    r = R["SG"]
    raw = d.mail("a3", ("Lion City Snacks Accounts", C["SG"].addr), [BOT], "2026-11-12 10:00 +0800", "Auto: " + r.subject,
                 mk.text("Thank you for contacting Lion City Snacks Accounts Payable. This is an automated acknowledgement. "
                         "We will respond within 2 working days.\n"),
                 irt=r.id, extra=[("Auto-Submitted", "auto-replied"), ("X-Autorespond", "yes")])
    d.add("19_auto_ack_english", raw, "auto_reply", language="en", invoice_numbers="INV/KPP/X/2026/0185", original_message_id=r.id)

    # ------------------------------------------------------------------ challenge
    r = R["UD"]
    url = "https://mailaman.id/verifikasi?t=5b9e0c2a71f4d8&s=ar%40kestrel-print.com"
    raw = d.mail("c1", ("MailAman", "verifikasi@mailaman.id"), [BOT], "2026-11-23 08:02 +0800",
                 "Verifikasi pengirim diperlukan / Sender verification required",
                 mk.text("Halo,\n\nEmail Anda kepada sarirasa.ud@gmail.com ditahan sementara oleh MailAman.\n"
                         "Untuk memastikan Anda bukan pengirim spam, klik tautan berikut satu kali:\n\n" + url + "\n\n"
                         "Setelah verifikasi, email Anda akan diteruskan.\n\n--\nYour message to sarirasa.ud@gmail.com is on hold. "
                         "Please verify by clicking the link above.\n"),
                 refs=[r.id], extra=[("Auto-Submitted", "auto-replied")], return_path="")
    d.add("20_challenge_verifikasi", raw, "challenge", invoice_numbers="INV/KPP/X/2026/0201", challenge=url, original_message_id=r.id)

    # ------------------------------------------------------------------ payments
    bank, psp = d.notifiers["bank"], d.notifiers["psp"]

    def bank_mail(seed, when, text_):
        return d.mail(seed, bank, [BOT], when, "Notifikasi Dana Masuk - Rekening 118-00-7745210-3",
                      mk.text("Bank Nusantara Raya - Notifikasi Transaksi\n\nYth. Nasabah PT KESTREL PRINT INDONESIA,\n\n" + text_ +
                              "\n\nEmail ini dikirim otomatis, mohon tidak membalas.\n"), helo="mail.banknusantara.co.id")
    d.add("21_dana_masuk", bank_mail("p1", "2026-11-19 08:10 +0700",
                                     "Telah terjadi transaksi kredit pada rekening Anda:\n\nTanggal      : 19/11/2026 08:04 WIB\n"
                                     "Nominal      : Rp 27.750.000,00\nDari         : PT SUMBER MAKMUR PANGAN\n"
                                     "Berita       : INV/KPP/X/2026/0188"),
          "payment_confirmation", invoice_numbers="INV/KPP/X/2026/0188", amount=27750000.00, currency="IDR",
          payment_date="2026-11-19", payment_full=True)
    raw = d.mail("p2", psp, [BOT], "2026-11-24 13:22 +0800", "Pembayaran Virtual Account berhasil - Rp 8.880.000",
                 mk.text("BayarCepat\n\nPembayaran melalui Virtual Account telah diterima.\n\nNo. VA      : 8808 0012 0192\n"
                         "Pelanggan   : CV Kopi Bali Nusantara\nTagihan     : INV/KPP/X/2026/0192\nJumlah      : Rp 8.880.000\n"
                         "Waktu bayar : 24 November 2026 14:21 WITA\n"), helo="mail.bayarcepat.id")
    d.add("22_va_bayarcepat", raw, "payment_confirmation", invoice_numbers="INV/KPP/X/2026/0192", amount=8880000.00, currency="IDR",
          payment_date="2026-11-24", payment_full=True)
    d.add("23_dana_masuk_pph23", bank_mail("p3", "2026-11-26 09:00 +0700",
                                           "Telah terjadi transaksi kredit pada rekening Anda:\n\nTanggal      : 26/11/2026 08:51 WIB\n"
                                           "Nominal      : Rp 43.600.000,00\nDari         : PT SINAR JAYA KOSMETIK\n"
                                           "Berita       : PELUNASAN INV/KPP/X/2026/0195 POT PPH23 800RB"),
          "payment_confirmation", invoice_numbers="INV/KPP/X/2026/0195", amount=43600000.00, currency="IDR",
          payment_date="2026-11-26", payment_full=True, needs_human=True,
          note="44,400,000 less PPh 23 2% of DPP 40,000,000 = 800,000 withheld; needs tax slip")
    d.add("24_dana_masuk_dua_invoice", bank_mail("p4", "2026-11-27 10:00 +0700",
                                                 "Telah terjadi transaksi kredit pada rekening Anda:\n\nTanggal      : 27/11/2026 09:47 WIB\n"
                                                 "Nominal      : Rp 33.300.000,00\nDari         : PT AGRO PRATAMA SEJAHTERA\n"
                                                 "Berita       : INV0190 22.200.000 INV0197 11.100.000"),
          "payment_confirmation", invoice_numbers="INV/KPP/X/2026/0190;INV/KPP/X/2026/0197", amount=33300000.00, currency="IDR",
          payment_date="2026-11-27", payment_full=True,
          allocations="INV/KPP/X/2026/0190=22200000.00;INV/KPP/X/2026/0197=11100000.00",
          note="invoice numbers abbreviated in bank reference")
    d.add("25_swift_usd_kurang", bank_mail("p5", "2026-11-20 15:30 +0700",
                                           "Telah diterima transfer valuta asing (SWIFT):\n\nTanggal valuta : 20/11/2026\n"
                                           "Nominal        : USD 5,380.00\nPengirim       : LION CITY SNACKS PTE LTD, SINGAPORE\n"
                                           "Keterangan     : INV KPP X 2026 0185\nBiaya         : SHA"),
          "payment_confirmation", invoice_numbers="INV/KPP/X/2026/0185", amount=5380.00, currency="USD", payment_date="2026-11-20",
          payment_full=False, needs_human=True, note="5,400.00 invoiced, 5,380.00 received: 20 USD bank charges (SHA)")
    raw = d.mail("p6", bank, [BOT], "2026-11-28 22:14 +0700", "Notifikasi Dana Masuk - Rekening 118-00-7745210-3",
                 mk.text("Bank Nusantara Raya - Notifikasi Transaksi\n\nTelah terjadi transaksi kredit pada rekening Anda:\n\n"
                         "Tanggal : 28/11/2026\nNominal : Rp 19.980.000,00\nDari    : PT HOTEL TROPIKA LOMBOK\n"
                         "Berita  : INV/KPP/X/2026/0193\n"),
                 auth="fail", helo="vps-4471.cheap-hosting.example", ip="103.150.60.9",
                 return_path="bounce@cheap-hosting.example")
    d.add("26_palsu_gagal_autentikasi", raw, "other", invoice_numbers="INV/KPP/X/2026/0193", needs_human=True,
          note="From the real notifier address but SPF/DKIM/DMARC fail at mx1: forged")

    # ------------------------------------------------------------------ client replies
    r = R["MJ"]
    d.add("27_janji_tanggal", d.reply("r1", C["MJ"], r, "2026-11-18 10:40 +0700",
                                      "Selamat pagi,\n\nMohon maaf atas keterlambatannya. Pembayaran invoice INV/KPP/X/2026/0194 akan kami "
                                      "lakukan tanggal 25 November 2026.\n\nTerima kasih,\nWulan Sari\nBagian Hutang, PT Maju Jaya Farmasi\n"),
          "client_reply", invoice_numbers="INV/KPP/X/2026/0194", intent="promise", promised_date="2026-11-25",
          original_message_id=r.id, needs_human=False)
    r = R["HT"]
    d.add("28_janji_hari_tanggal", d.reply("r2", C["HT"], r, "2026-11-26 15:00 +0800",
                                           "Dengan hormat,\n\nInvoice tersebut sudah disetujui GM dan akan kami transfer pada hari Jumat, "
                                           "4 Desember 2026.\n\nSalam,\nAyu Lestari\nAccounting Hotel Tropika Lombok\n", html=True),
          "client_reply", invoice_numbers="INV/KPP/X/2026/0193", intent="promise", promised_date="2026-12-04",
          original_message_id=r.id, needs_human=False)
    r = R["UD"]
    d.add("29_hp_akhir_bulan", d.reply("r3", C["UD"], r, "2026-11-24 19:12 +0800",
                                       "iya bu maaf bgt, insyaallah akhir bulan ini sy transfer ya. mksh\n\nDikirim dari Yahoo Mail di Android\n",
                                       subject="Re: " + r.subject, quote=False),
          "client_reply", invoice_numbers="INV/KPP/X/2026/0201", intent="promise", promised_date="2026-11-30",
          original_message_id=r.id, needs_human=False, note="phone-typed; 'akhir bulan ini' = 30 Nov")
    r = R["NM"]
    fwd = ("Pak Yoga,\n\nTolong dicek apakah e-Faktur untuk invoice Kestrel di bawah sudah kami terima dari pajak. Kalau sudah ada, "
           "pembayaran kita proses tanggal 10 Desember. Pihak Kestrel saya cc supaya tahu statusnya.\n\nTrims,\nMega\n\n"
           "---------- Pesan terusan ----------\nDari: Kestrel Print & Packaging – Keuangan <ar@kestrel-print.com>\n"
           f"Tanggal: Sel, 10 Nov 2026 09.00\nSubjek: {r.subject}\nKepada: {C['NM'].addr}\n\n" + reminder_text("id", r))
    raw = d.reply("r4", C["NM"], r, "2026-11-30 11:20 +0700", fwd, quote=False, frm=("Mega Puspita", "mega@nusaminuman.co.id"),
                  to=[("Yoga Pratama", C["NM"].addr)], cc=[(BOT_NAME["id"], BOT)], subject="Fwd: " + r.subject)
    d.add("30_terusan_internal_bersyarat", raw, "client_reply", invoice_numbers="INV/KPP/X/2026/0187", intent="promise",
          promised_date="2026-12-10", original_message_id=r.id, needs_human=True,
          note="client's internal forward with bot in Cc; conditional on e-Faktur")
    r = R["RM"]
    parts = [mk.text("Selamat siang,\n\nInvoice INV/KPP/X/2026/0181 sudah kami transfer tanggal 12 November 2026 sebesar Rp 6.660.000. "
                     "Bukti transfer terlampir.\n\nSalam,\nAndi Saputra\nPT Sederhana Boga Group\n\n" + d.quote(r) + "\n"),
             mk.binary(mk.pdf(["BUKTI TRANSFER", "Tanggal 12/11/2026", "Ke: PT KESTREL PRINT INDONESIA 118-00-7745210-3",
                               "Nominal Rp 6.660.000", "Berita: INV/KPP/X/2026/0181"]), "application/pdf", "bukti_transfer.pdf")]
    raw = d.mail("r5", (C["RM"].contact, C["RM"].addr), [(BOT_NAME["id"], BOT)], "2026-11-13 12:30 +0700", "Re: " + r.subject,
                 mk.multipart("mixed", parts, "id:r5"), irt=r.id, refs=[r.id])
    d.add("31_sudah_bayar_bukti", raw, "client_reply", invoice_numbers="INV/KPP/X/2026/0181", intent="paid", amount=6660000.00,
          currency="IDR", payment_date="2026-11-12", original_message_id=r.id, needs_human=False)
    r = R["BT"]
    d.add("32_keberatan", d.reply("r6", C["BT"], r, "2026-12-07 09:20 +0700",
                                  "Dengan hormat,\n\nKami belum dapat membayar invoice INV/KPP/X/2026/0199 karena warna kotak tidak sesuai "
                                  "dengan proof yang sudah kami setujui (merah marun menjadi coklat). Mohon dicetak ulang atau diberikan potongan.\n\n"
                                  "Hormat kami,\nSari Wulandari\n"),
          "client_reply", invoice_numbers="INV/KPP/X/2026/0199", intent="dispute", original_message_id=r.id, needs_human=True)
    r = R["AU"]
    d.add("33_mixed_paid_dispute_english", d.reply("r7", C["AU"], r, "2026-11-19 16:40 +0800",
                                                   "Hello,\n\nWe have paid USD 2,650.00 today. The remaining USD 500.00 is withheld as the late "
                                                   "delivery penalty under clause 7 of our PO – the pouches arrived 12 days late.\n\nRegards,\n"
                                                   "Graham Clarke\nBorneo Organics\n", subject="RE: " + r.subject),
          "client_reply", language="en", invoice_numbers="INV/KPP/X/2026/0189", intent="dispute", amount=2650.00, currency="USD",
          payment_date="2026-11-19", original_message_id=r.id, needs_human=True, note="mixed paid + dispute (penalty)")
    r = R["KS"]
    d.add("34_minta_cicilan", d.reply("r8", C["KS"], r, "2026-11-20 08:55 +0700",
                                      "Yth. Tim Keuangan Kestrel,\n\nKarena harga susu sedang turun, kas koperasi terbatas. Apakah tagihan "
                                      "Rp 17.760.000 bisa kami cicil 3 kali mulai Desember?\n\nTerima kasih,\nAsep Suryana\nBendahara\n"),
          "client_reply", invoice_numbers="INV/KPP/X/2026/0196", intent="plan", original_message_id=r.id, needs_human=True)
    r = R["AP"]
    d.add("35_stop_informal", d.reply("r9", C["AP"], r, "2026-11-21 07:30 +0700",
                                      "Tolong jangan kirim email pengingat terus-terusan. Kami sudah tahu ada tagihan, nanti dibayar sesuai "
                                      "jadwal pembayaran kami. Stop email otomatis ini.\n\nHendra\n"),
          "client_reply", invoice_numbers="INV/KPP/X/2026/0190;INV/KPP/X/2026/0197", intent="stop", original_message_id=r.id,
          needs_human=True, note="informal stop; vague 'nanti dibayar' is not a promise")
    r = R["SG"]
    d.add("36_not_received_english", d.reply("r10", C["SG"], r, "2026-11-16 09:30 +0800",
                                             "Hi,\n\nWe cannot find invoice INV/KPP/X/2026/0185 in our system. Could you resend a copy with our "
                                             "PO number LCS-PO-22871 on it?\n\nThanks,\nJoanne Tan\n", subject="RE: " + r.subject),
          "client_reply", language="en", invoice_numbers="INV/KPP/X/2026/0185", intent="not_received", original_message_id=r.id,
          needs_human=False)
    r = R["SMdue"]
    d.add("37_tanya_va", d.reply("r11", C["SM"], r, "2026-11-27 13:10 +0700",
                                 "Selamat siang,\n\nMohon info nomor virtual account untuk pembayaran invoice INV/KPP/XI/2026/0231. "
                                 "Sesuai kebijakan kami, transfer ke vendor hanya bisa melalui VA atau rekening atas nama perusahaan.\n\n"
                                 "Terima kasih,\nRina\n"),
          "client_reply", invoice_numbers="INV/KPP/XI/2026/0231", intent="payment_details", original_message_id=r.id,
          needs_human=False)
    r = R["KB"]
    d.add("38_tanya_ongkir", d.reply("r12", C["KB"], r, "2026-11-17 10:05 +0800",
                                     "Pak/Bu, mau tanya, apakah tagihan INV/KPP/X/2026/0192 ini sudah termasuk ongkos kirim ke Denpasar? "
                                     "Di PO kami ongkir ditanggung vendor.\n\nMade\n"),
          "client_reply", invoice_numbers="INV/KPP/X/2026/0192", intent="question", original_message_id=r.id, needs_human=True)
    r = R["SJ"]
    d.add("39_lainnya_diteruskan", d.reply("r13", C["SJ"], r, "2026-11-18 14:00 +0700",
                                           "Terima kasih atas pengingatnya. Invoice sudah kami teruskan ke bagian keuangan pusat di Surabaya.\n\n"
                                           "Salam,\nFitri\n"),
          "client_reply", invoice_numbers="INV/KPP/X/2026/0195", intent="other", original_message_id=r.id, needs_human=False)

    # ------------------------------------------------------------------ staff
    raw = d.mail("s1", d.staff[W], [BOT], "2026-11-13 15:00 +0700", "paid INV/KPP/X/2026/0181",
                 mk.text("paid INV/KPP/X/2026/0181 6660000 2026-11-12\n" + sig_d), helo=f"smtp.{D}", ip="203.0.113.30")
    d.add("40_perintah_staf_paid", raw, "staff_command", invoice_numbers="INV/KPP/X/2026/0181", amount=6660000.00, currency="IDR",
          payment_date="2026-11-12")
    raw = d.mail("s2", d.staff[U], [BOT], "2026-11-30 10:00 +0700", "Sinar Jaya - bukti potong PPh 23",
                 mk.text("Halo,\n\nTolong dicatat: PT Sinar Jaya Kosmetik sudah mengirim bukti potong PPh 23 untuk invoice "
                         "INV/KPP/X/2026/0195 (Rp 800.000). Jadi invoice itu sudah lunas, tidak perlu diingatkan lagi.\n\nRudi" + sig_r),
                 helo=f"smtp.{D}", ip="203.0.113.30")
    d.add("41_staf_tulisan_bebas", raw, "staff_command", invoice_numbers="INV/KPP/X/2026/0195", needs_human=True,
          note="prose: withholding slip received, treat as settled")

    # ------------------------------------------------------------------ other
    raw = d.mail("o1", ("Toko Kertas Jaya", "promo@tokokertasjaya.co.id"), [BOT], "2026-11-25 08:00 +0700",
                 "PROMO Akhir Tahun: Art Paper & Ivory diskon 15%",
                 mk.text("Promo akhir tahun! Art paper 150 gsm dan Ivory 310 gsm diskon 15% sampai 31 Desember.\n"
                         "Berhenti berlangganan: https://tokokertasjaya.co.id/unsub\n"),
                 extra=[("List-Unsubscribe", "<https://tokokertasjaya.co.id/unsub>"), ("Precedence", "bulk")])
    d.add("42_newsletter_promo", raw, "other")
    raw = d.mail("o2", ("Dana Cepat Cair", "info@danacepat-cair.biz"), [BOT], "2026-11-27 03:20 +0700",
                 "Pinjaman tanpa jaminan cair 1 jam!!!",
                 mk.text("Butuh modal usaha? Pinjaman hingga Rp 500 juta tanpa jaminan, cair 1 jam. Hubungi WA 0812-0000-1111.\n"),
                 auth="mx1.kestrel-print.com;\n\tspf=fail smtp.mailfrom=danacepat-cair.biz;\n\tdkim=none;\n\tdmarc=none", ip="103.77.1.9")
    d.add("43_spam_pinjaman", raw, "other")
    raw = d.mail("o3", ("Putri Ramadhani", "putri.ramadhani@student.univ-example.ac.id"), [BOT], "2026-12-03 13:40 +0700",
                 "Permohonan data untuk penelitian skripsi",
                 mk.text("Yth. Bapak/Ibu,\n\nSaya mahasiswi Akuntansi yang sedang menyusun skripsi tentang manajemen piutang. Apakah "
                         "saya boleh mewawancarai bagian keuangan PT Kestrel Print Indonesia?\n\nHormat saya,\nPutri Ramadhani\n"))
    d.add("44_orang_asing_skripsi", raw, "other", needs_human=True, note="stranger: student research request")
    return d

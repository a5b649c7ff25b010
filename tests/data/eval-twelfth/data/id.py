"""id desk: PT Kestrel Survei Bahari, Balikpapan. Dates in Date headers: +0800 (WITA)."""
from data.common import BOT, DESKS

W = DESKS["id"]
DEWI, BAYU = W["staff"]
BANK, PSP = W["bank"], W["psp"]
HARI = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]


def cl(k):
    company, person, ap = W["clients"][k]
    return (person, ap)


def fmt_date(d):
    return "%d %s %d" % (d.day, BULAN[d.month - 1], d.year)


def fmt_attrib_date(d):
    return "%s, %d %s %d pukul %s" % (HARI[d.weekday()], d.day, BULAN[d.month - 1][:3], d.year, d.strftime("%H.%M"))


ATTRIB = "Pada {date} {frm} menulis:"


def join_invs(invs):
    return " dan ".join(invs)


RSUBJ = {
    "arrived": "Konfirmasi penerimaan invoice {inv}",
    "before": "Pengingat: invoice {inv} jatuh tempo {due}",
    "overdue": "Pengingat pembayaran invoice {inv}",
    "multi": "Daftar tagihan terbuka – {company}",
}
_PAY = ("Informasi pembayaran:\n  Jumlah: {amount}\n  Nomor invoice: {inv}\n"
        "  Bank Nusa Dagang, {iban}\n  atau Virtual Account Bayarin yang tertera pada invoice\n")
RBODY = {
    "arrived": "Yth. {person},\n\nSemoga Bapak/Ibu dalam keadaan sehat dan usaha {company} lancar.\n\nKami telah mengirimkan "
               "invoice {inv} sebesar {amount} dengan jatuh tempo {due}. Mohon konfirmasi bahwa invoice tersebut sudah "
               "diterima dan sedang diproses.\n\n" + _PAY,
    "before": "Yth. {person},\n\nSemoga usaha {company} berjalan lancar.\n\nKami ingin mengingatkan bahwa invoice {inv} "
              "sebesar {amount} akan jatuh tempo pada {due}.\n\n" + _PAY,
    "overdue": "Yth. {person},\n\nApa kabar? Semoga Bapak/Ibu sehat dan usaha {company} berjalan lancar.\n\nMenurut catatan "
               "kami, invoice {inv} sebesar {amount} telah jatuh tempo pada {due}. Apabila pembayaran sudah dilakukan, "
               "mohon abaikan email ini dan terima kasih.\n\n" + _PAY +
               "\nJika ada kendala dalam pembayaran, silakan balas email ini agar dapat kita diskusikan bersama.\n",
    "multi": "Yth. {person},\n\nMenurut catatan kami, invoice {inv} sebesar total {amount} telah jatuh tempo pada {due}. "
             "Apabila pembayaran sudah dilakukan, mohon abaikan email ini.\n\n" + _PAY,
}
RSIG = "\nHormat kami,\n\nBagian Piutang (Accounts Receivable)\n{desk_company}\nar@kestrel-bathymetry.com | +62 542 555 0190\n"

SIG_D = ("\n\nSalam,\nDewi Anggraini\nFinance & Accounting\nPT Kestrel Survei Bahari\nJl. Jend. Sudirman No. 88, "
         "Balikpapan 76114\nTelp. +62 542 555 0191 | WA +62 812 5555 0191\n")
SIG_B = ("\n\nTerima kasih,\nBayu Prasetyo\nProject Administration\nPT Kestrel Survei Bahari\n")
DISCL = ("\n\nDISCLAIMER: Email ini beserta lampirannya bersifat rahasia dan hanya ditujukan untuk penerima yang "
         "dimaksud. Jika Anda bukan penerima yang dimaksud, mohon segera menghapus email ini.\n")


def pdf(no, date, client, lines, totals, terms, title="INVOICE"):
    return (["##PT KESTREL SURVEI BAHARI", "Jl. Jend. Sudirman No. 88, Balikpapan 76114  NPWP 0912.4471.8820.0001", "",
             "##" + title, "No. Invoice : %s" % no, "Tanggal     : %s" % date, "Kepada      : %s" % client, "",
             "No  Uraian pekerjaan                                   Qty   Harga satuan      Jumlah"]
            + lines + [""] + totals + ["", terms, "",
                                       "Pembayaran ke: Bank Nusa Dagang, rek. 118-00-7742019-3 a.n. PT Kestrel Survei Bahari"])


def cases():
    return [
        # ------------------------------------------------------------ invoice copies
        dict(slug="invoice_ppn_dpp_nilai_lain", kind="invoice_copy", frm=DEWI, to=[cl("kapuas")], cc=[BOT],
             date="2026-11-04 10:20", subject="Invoice survei batimetri alur Kapuas",
             body="Yth. Pak Yohanes,\n\nBersama ini kami sampaikan invoice untuk pekerjaan survei batimetri alur pelayaran "
                  "Sungai Kapuas (terlampir).\n\nMohon konfirmasi penerimaannya." + SIG_D + DISCL,
             atts=[dict(type="pdf", name="KSB-INV-XI-2026-031.pdf", lines=pdf(
                 "KSB/INV/XI/2026/031", "04-11-2026", "PT Pengerukan Delta Kapuas, Pontianak",
                 ["1   Survei batimetri multibeam alur Kapuas           1 ls   190.000.000   190.000.000"],
                 ["Dasar Pengenaan Pajak (DPP)                      Rp 190.000.000",
                  "DPP Nilai Lain (11/12 x DPP)                     Rp 174.166.667",
                  "PPN 12% x DPP Nilai Lain                         Rp  20.900.000",
                  "TOTAL TAGIHAN                                    Rp 210.900.000"],
                 "Jatuh tempo: 30 hari setelah tanggal invoice (4 Desember 2026)"))],
             label=dict(invoice_numbers="KSB/INV/XI/2026/031", amount="210900000.00", currency="IDR",
                        issue_date="2026-11-04", due_date="2026-12-04", payment_terms_days="30",
                        note="Indonesian PPN with 'DPP nilai lain': three base amounts before the total; invoice number contains slashes.")),
        dict(slug="termin_progress_html", kind="invoice_copy", frm=BAYU, to=[cl("kabelnus")], cc=[DEWI, BOT],
             date="2026-11-12 14:05", subject="Tagihan Termin 2 - Route Survey Kabel Laut Balikpapan-Penajam",
             html="<html><body style='font-family:Arial'><p>Yth. Ibu Fitri,</p><p>Berikut kami sampaikan tagihan "
                  "<b>Termin 2</b> pekerjaan Route Survey Kabel Laut Balikpapan–Penajam:</p><table border=1 "
                  "cellspacing=0 cellpadding=3><tr><td>No. Invoice</td><td>KSB/INV/XI/2026/032</td></tr>"
                  "<tr><td>Nilai kontrak (belum PPN)</td><td>Rp 600.000.000</td></tr><tr><td>Termin 1 (sudah dibayar)</td>"
                  "<td>Rp 150.000.000</td></tr><tr><td>Termin 2 (25%)</td><td>Rp 150.000.000</td></tr><tr><td>PPN 11%</td>"
                  "<td>Rp 16.500.000</td></tr><tr><td><b>Jumlah tagihan</b></td><td><b>Rp 166.500.000</b></td></tr>"
                  "<tr><td>Jatuh tempo</td><td>12 Desember 2026</td></tr></table><p>Terima kasih,<br>Bayu Prasetyo</p>"
                  "</body></html>",
             label=dict(invoice_numbers="KSB/INV/XI/2026/032", amount="166500000.00", currency="IDR",
                        issue_date="2026-11-12", due_date="2026-12-12",
                        note="Progress billing: contract value, paid first instalment and net instalment compete; HTML only.")),
        dict(slug="pph23_withheld", kind="invoice_copy", frm=DEWI, to=[cl("balang")], cc=[BOT], date="2026-11-14 09:40",
             subject="Invoice KSB/INV/XI/2026/033 - Survei kedalaman dermaga",
             body="Yth. Bapak Hendra,\n\nTerlampir invoice survei kedalaman kolam dermaga Teluk Balang:\n\n"
                  "  Nilai jasa (DPP)        Rp 90.000.000\n  PPN 11%                 Rp  9.900.000\n"
                  "  Total invoice           Rp 99.900.000\n  PPh 23 (2% x DPP)       Rp  1.800.000  (dipotong oleh pelanggan)\n"
                  "  Jumlah yang dibayarkan  Rp 98.100.000\n\nPembayaran paling lambat 30 hari sejak tanggal invoice. Mohon "
                  "bukti potong PPh 23 dikirimkan ke email ini." + SIG_D,
             atts=[dict(type="pdf", name="Invoice 033.pdf", lines=pdf(
                 "KSB/INV/XI/2026/033", "14 November 2026", "PT Dermaga Teluk Balang",
                 ["1   Survei kedalaman kolam dermaga                     1 ls    90.000.000    90.000.000"],
                 ["DPP Rp 90.000.000   PPN 11% Rp 9.900.000   TOTAL Rp 99.900.000",
                  "PPh 23 dipotong pelanggan (2%)   Rp 1.800.000",
                  "JUMLAH YANG DIBAYARKAN           Rp 98.100.000"], "Termin pembayaran: 30 hari"))],
             label=dict(invoice_numbers="KSB/INV/XI/2026/033", amount="98100000.00", currency="IDR",
                        issue_date="2026-11-14", due_date="2026-12-14", payment_terms_days="30",
                        note="Withholding tax: the invoice total (99.9m) differs from the amount to transfer after PPh 23 (98.1m).")),
        dict(slug="english_usd_invoice", kind="invoice_copy", frm=BAYU, to=[cl("straits")], cc=[BOT],
             date="2026-11-20 16:10", subject="Invoice KSB/INV/XI/2026/034 - ROV inspection support",
             body="Dear Mr Tan,\n\nPlease find attached our invoice for ROV inspection support at Batam, 2-6 November 2026.\n\n"
                  "Invoice no.: KSB/INV/XI/2026/034\nInvoice date: 20 Nov 2026\nAmount due: USD 9,850.00 (no VAT, export "
                  "of services)\nTerms: 30 days, payment due 20 December 2026\n\nBank: Bank Nusa Dagang, Balikpapan, SWIFT "
                  "BNDGIDJA, USD account 118-00-7742020-9\n\nBest regards,\nBayu Prasetyo\nPT Kestrel Survei Bahari\n",
             atts=[dict(type="pdf", name="KSB_INV_XI_2026_034.pdf", lines=pdf(
                 "KSB/INV/XI/2026/034", "20 Nov 2026", "Straits Marine Pte Ltd, Singapore",
                 ["1   ROV inspection support, Batam (5 days)             5   1,970.00      9,850.00"],
                 ["TOTAL USD 9,850.00"], "Payment terms: 30 days (due 20 Dec 2026)"))],
             label=dict(language="en", invoice_numbers="KSB/INV/XI/2026/034", amount="9850.00", currency="USD",
                        issue_date="2026-11-20", due_date="2026-12-20", payment_terms_days="30",
                        note="English USD invoice from the Indonesian desk; dates and amounts in English format.")),
        dict(slug="terbilang_plain", kind="invoice_copy", frm=DEWI, to=[cl("borneo")], cc=[BOT], date="2026-11-23 11:00",
             subject="Tagihan pekerjaan survei pipa bawah laut", cs="iso-8859-1", cte="quoted-printable",
             body="Yth. Ibu Maya,\n\nBerikut tagihan untuk pekerjaan survei pipa bawah laut lapangan Attaka:\n\n"
                  "No. Invoice : KSB/INV/XI/2026/035\nTgl. Invoice: 23/11/2026\nDPP         : Rp68.000.000,-\n"
                  "PPN 11%     : Rp7.480.000,-\nTOTAL       : Rp75.480.000,-\nTerbilang   : tujuh puluh lima juta empat ratus "
                  "delapan puluh ribu rupiah\n\nJatuh tempo 23 Desember 2026. Pembayaran dapat melalui Virtual Account "
                  "Bayarin 8808 0012 0035.\n\nSalam,\nDewi Anggraini\nPT Kestrel Survei Bahari\n",
             label=dict(invoice_numbers="KSB/INV/XI/2026/035", amount="75480000.00", currency="IDR",
                        issue_date="2026-11-23", due_date="2026-12-23",
                        note="Rupiah written 'Rp75.480.000,-' plus the amount in words; the VA number looks like an invoice number.")),
        dict(slug="uang_muka_dp", kind="invoice_copy", frm=BAYU, to=[cl("mahakam")], cc=[BOT], date="2026-11-25 08:45",
             subject="Invoice Uang Muka - Kontrak No. MELP/CTR/2026/117",
             body="Yth. Ibu Ratna,\n\nSesuai kontrak No. MELP/CTR/2026/117 (nilai kontrak Rp 1.250.000.000 belum termasuk "
                  "PPN), bersama ini kami sampaikan invoice uang muka 30%:\n\n  No. Invoice  : KSB/DP/XI/2026/036\n"
                  "  Uang muka 30%: Rp 375.000.000\n  PPN 11%      : Rp  41.250.000\n  Jumlah       : Rp 416.250.000\n\n"
                  "Mohon pembayaran paling lambat tanggal 2 Desember 2026 agar mobilisasi kapal dapat dimulai tanggal "
                  "7 Desember.\n\nSisa nilai kontrak akan ditagihkan per termin sesuai progres." + SIG_B,
             label=dict(invoice_numbers="KSB/DP/XI/2026/036", amount="416250000.00", currency="IDR",
                        issue_date="2026-11-25", due_date="2026-12-02",
                        note="Down payment: contract value, 30% net and gross compete; a mobilisation date follows the due date.")),
        dict(slug="terms_after_bast", kind="invoice_copy", frm=DEWI, to=[cl("tambak")], cc=[BOT], date="2026-12-01 13:30",
             subject="Invoice pemetaan dasar tambak",
             body="Yth. Pak Wayan,\n\nTerlampir invoice KSB/INV/XII/2026/037 untuk pemetaan dasar kolam tambak dan saluran "
                  "inlet (Rp 18.870.000 termasuk PPN 11%). Pembayaran 14 hari setelah Berita Acara Serah Terima (BAST) "
                  "ditandatangani kedua belah pihak.\n\nSekalian kami ingatkan invoice KSB/INV/X/2026/014 sebesar "
                  "Rp 23.310.000 yang sudah lewat jatuh tempo." + SIG_D,
             atts=[dict(type="pdf", name="KSB-INV-XII-2026-037.pdf", lines=pdf(
                 "KSB/INV/XII/2026/037", "01-12-2026", "PT Tambak Udang Sejahtera",
                 ["1   Pemetaan dasar kolam & saluran inlet              1 ls    17.000.000    17.000.000"],
                 ["DPP Rp 17.000.000  PPN 11% Rp 1.870.000  TOTAL Rp 18.870.000"],
                 "Pembayaran: 14 hari setelah BAST ditandatangani"))],
             label=dict(invoice_numbers="KSB/INV/XII/2026/037", amount="18870000.00", currency="IDR",
                        issue_date="2026-12-01", payment_terms_days="14",
                        note="Terms counted from signing of a handover certificate (no due date); an older overdue invoice is mentioned with its amount.")),
        dict(slug="dua_invoice_satu_pdf", kind="invoice_copy", frm=BAYU, to=[cl("pesisir")], cc=[BOT],
             date="2026-12-03 10:10", subject="Invoice pekerjaan November (2 invoice)",
             body="Yth. Ibu Nur,\n\nBerikut 2 (dua) invoice untuk pekerjaan bulan November, digabung dalam satu file PDF:\n\n"
                  "1. KSB/INV/XII/2026/038 - survei garis pantai Manggar - Rp 27.750.000\n"
                  "2. KSB/INV/XII/2026/039 - pengukuran arus & pasut - Rp 12.210.000\n\nTotal Rp 39.960.000 (sudah termasuk "
                  "PPN). Masing-masing jatuh tempo 30 hari dari tanggal invoice (03/12/2026)." + SIG_B,
             atts=[dict(type="pdf", name="Invoice_038_039.pdf", lines=pdf(
                 "KSB/INV/XII/2026/038 dan KSB/INV/XII/2026/039", "03/12/2026", "PT Konsultan Pesisir Indonesia",
                 ["1   Survei garis pantai Manggar (038)                 1 ls    25.000.000    25.000.000",
                  "2   Pengukuran arus dan pasang surut (039)            1 ls    11.000.000    11.000.000"],
                 ["038: DPP 25.000.000 + PPN 2.750.000 = Rp 27.750.000",
                  "039: DPP 11.000.000 + PPN 1.210.000 = Rp 12.210.000", "TOTAL Rp 39.960.000"],
                 "Jatuh tempo: 30 hari (02/01/2027)"))],
             label=dict(invoice_numbers="KSB/INV/XII/2026/038;KSB/INV/XII/2026/039", amount="39960000.00", currency="IDR",
                        issue_date="2026-12-03", due_date="2027-01-02", payment_terms_days="30",
                        note="Two invoices in one PDF; due date falls in the next year.")),
        # ------------------------------------------------------------ read receipts
        dict(slug="outlook_dibaca_mdn", kind="read_receipt", build="mdn", frm=cl("kapuas"), to=[BOT], rk="r13",
             date="2026-11-09 10:45", subject="Dibaca: {RS:r13}", ua="Microsoft Outlook 16.0",
             disposition="manual-action/MDN-sent-automatically; displayed",
             human="Pesan Anda\n\n  Kepada: finance@deltakapuas.co.id\n  Perihal: {RS:r13}\n"
                   "  Terkirim: Senin, 09 November 2026 09.00.13 (UTC+08:00) Kuala Lumpur, Singapura\n\n"
                   "telah dibaca pada Senin, 09 November 2026 10.45.02 (UTC+08:00) Kuala Lumpur, Singapura.\n",
             label=dict(invoice_numbers="KSB/INV/XI/2026/031", original_message_id=True,
                        note="Indonesian Outlook MDN.")),
        dict(slug="workspace_read_receipt_en", kind="read_receipt", build="mdn", frm=cl("borneo"), to=[BOT], rk="r15",
             date="2026-11-26 13:12", subject="Read: {RS:r15}", ua="Gmail; Google Workspace",
             disposition="manual-action/MDN-sent-manually; displayed", orig_rcpt=False,
             human="This is a receipt for the mail you sent to\nap.invoice@borneomigas.com at 26/11/2026, 09:00\n\n"
                   "This receipt verifies that the message has been displayed on the recipient's computer at 26/11/2026, 13:12\n",
             label=dict(language="en", invoice_numbers="KSB/INV/XI/2026/035", original_message_id=True,
                        note="English workspace-style receipt on the Indonesian desk, DD/MM dates.")),
        dict(slug="tanda_terima_plain", kind="read_receipt", frm=cl("kabelnus"), to=[BOT], rk="r17",
             date="2026-11-16 15:20", subject="Tanda terima baca: {RS:r17}",
             body="Ini adalah tanda terima untuk email yang Anda kirim ke invoice@kabelnusantara.co.id.\n\n"
                  "Catatan: Tanda terima ini hanya menyatakan bahwa pesan telah ditampilkan di komputer penerima. Tidak ada "
                  "jaminan bahwa penerima telah membaca atau memahami isi pesan.\n",
             label=dict(invoice_numbers="KSB/INV/XI/2026/032", original_message_id=True,
                        note="Indonesian receipt as plain text, not an MDN report; tied only by In-Reply-To.")),
        # ------------------------------------------------------------ bounces
        dict(slug="cpanel_exim_no_such_user", kind="bounce", frm=("Mail Delivery System", "Mailer-Daemon@srv41.rumahweb-hosting.co.id"),
             to=[BOT], env="", host="srv41.rumahweb-hosting.co.id", date="2026-12-03 09:01", rk="r16", thread=False,
             auth="spf=pass smtp.helo=srv41.rumahweb-hosting.co.id;\n\tdkim=none;\n\tdmarc=none header.from=srv41.rumahweb-hosting.co.id",
             subject="Mail delivery failed: returning message to sender",
             hdrs=[("X-Failed-Recipients", "admin@tambaksejahtera.co.id"), ("Auto-Submitted", "auto-replied")],
             body="This message was created automatically by mail delivery software.\n\nA message that you sent could not "
                  "be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) "
                  "failed:\n\n  admin@tambaksejahtera.co.id\n    No Such User Here\n\n------ This is a copy of the message, "
                  "including all the headers. ------\n\n{RM:r16}",
             label=dict(language="en", invoice_numbers="KSB/INV/X/2026/014", failed_recipients="admin@tambaksejahtera.co.id",
                        bounce_permanent=True, bounce_reason="user_unknown", original_message_id=True, needs_human=True,
                        note="Shared-hosting Exim bounce, no DSN part; the original is inlined as text.")),
        dict(slug="gmail_over_quota", kind="bounce", build="dsn", rk="r12",
             frm=("Mail Delivery System", "MAILER-DAEMON@out1.kestrel-bathymetry.com"), to=[BOT], env="",
             host="out1.kestrel-bathymetry.com", date="2026-12-01 09:00",
             auth="spf=none smtp.mailfrom=<> smtp.helo=out1.kestrel-bathymetry.com;\n\tdkim=none;\n\tdmarc=none header.from=out1.kestrel-bathymetry.com",
             subject="Undelivered Mail Returned to Sender", reporting_mta="dns; out1.kestrel-bathymetry.com",
             arrival="{RD:r12}",
             human="This is the mail system at host out1.kestrel-bathymetry.com.\n\nI'm sorry to have to inform you that "
                   "your message could not\nbe delivered to one or more recipients.\n\n<samudrateknik.mandiri@gmail.com>: "
                   "host gmail-smtp-in.l.google.com[203.0.113.26]\n    said: 552-5.2.2 The recipient's inbox is out of "
                   "storage space. 552 5.2.2 Please direct the recipient to\n    https://support.google.com/mail/?p=OverQuotaPerm "
                   "(in reply to end of DATA command)\n",
             recips=[dict(rcpt="samudrateknik.mandiri@gmail.com", orig="samudrateknik.mandiri@gmail.com",
                          action="failed", status="5.2.2", remote="gmail-smtp-in.l.google.com",
                          diag="552-5.2.2 The recipient's inbox is out of storage space. 552 5.2.2 Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm")],
             orig="full",
             label=dict(language="en", invoice_numbers="KSB/INV/X/2026/009",
                        failed_recipients="samudrateknik.mandiri@gmail.com", bounce_permanent=True,
                        bounce_reason="mailbox_full", original_message_id=True, needs_human=True,
                        note="Gmail over-quota (5.2.2) for a client on a free mailbox, full original attached.")),
        dict(slug="yahoo_policy_554", kind="bounce", frm=("MAILER-DAEMON", "MAILER-DAEMON@yahoo.com"), to=[BOT], env="",
             host="mta7004.mail.sg3.yahoo.com", date="2026-11-25 09:01", rk="r10", thread=False,
             auth="spf=pass smtp.helo=mta7004.mail.sg3.yahoo.com;\n\tdkim=none;\n\tdmarc=none header.from=yahoo.com",
             subject="Failure Notice",
             body="Sorry, we were unable to deliver your message to the following address.\n\n<galangan.mks@yahoo.co.id>:\n"
                  "554: Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes\n\n"
                  "--- Below this line is a copy of the message.\n\n{RH:r10}",
             label=dict(language="en", invoice_numbers="KSB/INV/X/2026/019", failed_recipients="galangan.mks@yahoo.co.id",
                        bounce_permanent=True, bounce_reason="policy", original_message_id=True, needs_human=True,
                        note="Yahoo plain-text failure notice: a policy refusal, the mailbox itself exists.")),
        dict(slug="zimbra_delay_refused", kind="bounce", build="dsn", rk="r19",
             frm=("Mail Delivery System", "MAILER-DAEMON@out1.kestrel-bathymetry.com"), to=[BOT], env="",
             host="out1.kestrel-bathymetry.com", date="2026-12-07 13:00",
             auth="spf=none smtp.mailfrom=<> smtp.helo=out1.kestrel-bathymetry.com;\n\tdkim=none;\n\tdmarc=none header.from=out1.kestrel-bathymetry.com",
             subject="Delayed Mail (still being retried)", reporting_mta="dns; out1.kestrel-bathymetry.com",
             arrival="{RD:r19}",
             human="This is the mail system at host out1.kestrel-bathymetry.com.\n\n#### THIS IS A WARNING ONLY.  YOU DO NOT "
                   "NEED TO RESEND YOUR MESSAGE. ####\n\nYour message could not be delivered for more than 4 hour(s).\n"
                   "It will be retried until it is 5 day(s) old.\n\n<finance@pesisir-konsultan.co.id>: connect to\n    "
                   "mail.pesisir-konsultan.co.id[198.51.100.45]:25: Connection refused\n",
             recips=[dict(rcpt="finance@pesisir-konsultan.co.id", action="delayed", status="4.4.1",
                          diag="connect to mail.pesisir-konsultan.co.id[198.51.100.45]:25: Connection refused",
                          until="Sat, 12 Dec 2026 01:00:00 +0000")],
             orig="headers",
             label=dict(language="en", invoice_numbers="KSB/INV/X/2026/017",
                        failed_recipients="finance@pesisir-konsultan.co.id", bounce_permanent=False, bounce_reason="other",
                        original_message_id=True, note="Delay warning only; a later reply shows the reminder arrived.")),
        dict(slug="m365_one_of_two", kind="bounce", build="dsn", rk="r11",
             frm=("Microsoft Outlook", "postmaster@mahakam-elp.co.id"), to=[BOT], env="",
             host="mail-sg2apc01on2110.outbound.protection.outlook.com", date="2026-12-02 09:01",
             auth="spf=pass smtp.helo=mail-sg2apc01on2110.outbound.protection.outlook.com;\n\tdkim=pass header.d=mahakam-elp.co.id header.s=selector1;\n\tdmarc=pass header.from=mahakam-elp.co.id",
             subject="Tidak Dapat Dikirim: {RS:r11}", reporting_mta="dns;SG2PR01MB4410.apcprd01.prod.exchangelabs.com",
             hdrs=[("X-MS-Exchange-Message-Is-Ndr", "")], human_cs="utf-8",
             human="Pesan Anda ke ratna.sari@mahakam-elp.co.id tidak dapat dikirim.\n\nratna.sari tidak ditemukan di "
                   "mahakam-elp.co.id.\n\nDiagnostik untuk administrator:\n\nratna.sari@mahakam-elp.co.id\nServer jarak jauh "
                   "mengembalikan '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n",
             recips=[dict(rcpt="ratna.sari@mahakam-elp.co.id", action="failed", status="5.1.10",
                          remote="SG2PR01MB4410.apcprd01.prod.exchangelabs.com",
                          diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")],
             orig="headers", extra_contacts=["ratna.sari@mahakam-elp.co.id"],
             label=dict(invoice_numbers="KSB/INV/X/2026/021", failed_recipients="ratna.sari@mahakam-elp.co.id",
                        bounce_permanent=True, bounce_reason="user_unknown", original_message_id=True, needs_human=True,
                        note="Indonesian Exchange NDR for the Cc address only; the To address (ap@) was delivered and replies later.")),
        # ------------------------------------------------------------ auto replies
        dict(slug="cuti_sampai_dengan", kind="auto_reply", frm=cl("balang"), to=[BOT], rk="r02",
             date="2026-11-19 09:01", subject="Balasan Otomatis: {RS:r02}",
             hdrs=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
             body="Terima kasih atas email Anda.\n\nSaya sedang cuti sampai dengan tanggal 20 November 2026. Untuk keperluan "
                  "mendesak silakan menghubungi Ibu Lestari di nomor 0542-555-7781.\n\nSalam,\nHendra Wijaya\n",
             label=dict(invoice_numbers="KSB/INV/X/2026/015", return_date="2026-11-23", original_message_id=True,
                        note="'cuti sampai dengan 20 November' (a Friday): back Monday 23 November.")),
        dict(slug="chinese_ooo", kind="auto_reply", frm=cl("straits"), to=[BOT], rk="r09", date="2026-11-20 10:01",
             cs="gb2312", cte="base64", subject="自动回复: {RS:r09}", hdrs=[("Auto-Submitted", "auto-replied")],
             body="您好，\n\n我目前不在办公室，将于11月30日（星期一）返回。如有急事，请联系 finance@straitsmarine.com.sg。\n\n"
                  "陈志明\nStraits Marine Pte Ltd\n",
             label=dict(language="zh", invoice_numbers="KSB/INV/X/2026/016", return_date="2026-11-30",
                        original_message_id=True, note="Chinese out-of-office in GB2312/base64 with a return date.")),
        dict(slug="service_desk_ticket", kind="auto_reply", frm=("Borneo Migas Service Desk", "servicedesk@borneomigas.com"),
             to=[BOT], rk="r06", date="2026-11-27 09:02", subject="[INC0048812] Tiket Anda telah dibuat - {RS:r06}",
             hdrs=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-ServiceNow-Generated", "true")],
             body="Yth. Pelanggan,\n\nEmail Anda telah kami terima dan tercatat dengan nomor tiket INC0048812. Tim Accounts "
                  "Payable akan menindaklanjuti dalam 3-5 hari kerja.\n\nMohon tidak membalas email ini.\n\n"
                  "Borneo Migas Service Desk\n",
             label=dict(invoice_numbers="KSB/INV/X/2026/020", original_message_id=True,
                        note="Ticket acknowledgement in Indonesian from a service-desk address, no return date.")),
        dict(slug="sudah_tidak_bekerja", kind="auto_reply", frm=cl("pesisir"), to=[BOT], rk="r08",
             date="2026-11-23 09:01", subject="Otomatis: {RS:r08}", hdrs=[("Auto-Submitted", "auto-replied")],
             body="Terima kasih atas email Anda.\n\nIbu Nur Aini sudah tidak bekerja di PT Konsultan Pesisir Indonesia sejak "
                  "1 November 2026. Untuk urusan keuangan dan penagihan mohon menghubungi ap@pesisir-konsultan.co.id.\n",
             label=dict(invoice_numbers="KSB/INV/X/2026/017", original_message_id=True, needs_human=True,
                        note="'Left the company' notice in Indonesian with a new contact address.")),
        dict(slug="japanese_ooo_iso2022", kind="auto_reply", frm=("高橋 健", "invoice@kabelnusantara.co.id"), to=[BOT],
             rk="r04", date="2026-11-23 09:02", cs="iso-2022-jp", cte="7bit", subject="不在通知: {RS:r04}",
             hdrs=[("X-Autoreply", "yes")],
             body="お世話になっております。\n\n誠に勝手ながら、出張のため12月4日（金）まで不在にしております。\n"
                  "ご不便をおかけしますが、帰社後に順次対応いたします。\n\n高橋 健\nPT Kabel Nusantara Bawah Laut 財務部\n",
             label=dict(language="ja", invoice_numbers="KSB/INV/X/2026/018", return_date="2026-12-07",
                        original_message_id=True, note="Japanese ISO-2022-JP out-of-office: away through Friday 4 Dec, back Monday.")),
        # ------------------------------------------------------------ challenge
        dict(slug="verify_human_en", kind="challenge", frm=("Straits Marine Mail Shield", "noreply@mailshield-verify.com"),
             to=[BOT], rk="r23", date="2026-12-04 10:02", subject="Action required: confirm your message to accounts@straitsmarine.com.sg",
             hdrs=[("Auto-Submitted", "auto-replied")],
             html="<html><body><p>Hi,</p><p>Your email <i>\"{RS:r23}\"</i> to accounts@straitsmarine.com.sg is pending. "
                  "Straits Marine only accepts mail from verified senders.</p><p><a href='https://mailshield-verify.com/"
                  "v?t=b7Q0kXr2'>Click here to confirm you are a real sender</a> and solve the short puzzle.</p>"
                  "<p>This is a one-time verification.</p></body></html>",
             label=dict(language="en", invoice_numbers="KSB/INV/X/2026/016", original_message_id=True, needs_human=True,
                        note="HTML-only challenge asking to solve a puzzle; not a bounce and not an auto-reply.")),
        # ------------------------------------------------------------ payments
        dict(slug="bank_dana_masuk", kind="payment_confirmation", frm=BANK, to=[BOT], date="2026-11-20 16:05",
             subject="Notifikasi Dana Masuk",
             body="Nasabah Yth.,\n\nTelah terjadi transaksi kredit pada rekening Anda:\n\nNo. Rekening : 118-00-7742019-3\n"
                  "Tanggal      : 20/11/2026 15:58:41 WITA\nJumlah       : IDR 187.592.000,00\nDari         : PT MAHAKAM ENERGI "
                  "LEPAS PANTAI\nBerita       : KSB/INV/X/2026/012\nNo. Ref.     : RTGS2611200088413\n\n"
                  "Bank Nusa Dagang tidak pernah meminta PIN atau OTP melalui email.\n",
             label=dict(invoice_numbers="KSB/INV/X/2026/012", amount="187592000.00", currency="IDR",
                        payment_date="2026-11-20", payment_full=True,
                        note="IDR amount with decimal comma and dot thousands: 187.592.000,00.")),
        dict(slug="bayarin_va_fee", kind="payment_confirmation", frm=PSP, to=[BOT], date="2026-12-03 11:47",
             subject="Pembayaran Virtual Account berhasil",
             html="<html><body><h3>Pembayaran diterima</h3><table><tr><td>Nomor VA</td><td>8808 0012 0031</td></tr>"
                  "<tr><td>Pembayar</td><td>PT Pengerukan Delta Kapuas</td></tr><tr><td>Keterangan</td>"
                  "<td>KSB/INV/XI/2026/031</td></tr><tr><td>Jumlah dibayar</td><td>Rp210.900.000</td></tr>"
                  "<tr><td>Biaya layanan</td><td>Rp4.440</td></tr><tr><td>Dana diteruskan</td><td>Rp210.895.560 "
                  "(settlement H+1)</td></tr><tr><td>Waktu bayar</td><td>03-12-2026 11:45 WITA</td></tr></table></body></html>",
             label=dict(invoice_numbers="KSB/INV/XI/2026/031", amount="210900000.00", currency="IDR",
                        payment_date="2026-12-03", payment_full=True,
                        note="VA payment with a service fee and next-day settlement; the paid amount matches the invoice.")),
        dict(slug="pph23_net_payment", kind="payment_confirmation", frm=BANK, to=[BOT], date="2026-12-10 14:22",
             subject="Notifikasi Dana Masuk",
             body="Nasabah Yth.,\n\nTelah terjadi transaksi kredit pada rekening Anda:\n\nNo. Rekening : 118-00-7742019-3\n"
                  "Tanggal      : 10/12/2026 14:20:03 WITA\nJumlah       : IDR 98.100.000,00\nDari         : PT DERMAGA TELUK "
                  "BALANG\nBerita       : PEMBAYARAN INV 033 NETT PPH23\n",
             label=dict(invoice_numbers="KSB/INV/XI/2026/033", amount="98100000.00", currency="IDR",
                        payment_date="2026-12-10", payment_full=True,
                        note="Short invoice reference 'INV 033'; amount is net of withholding tax, which settles the invoice.")),
        dict(slug="partial_galangan", kind="payment_confirmation", frm=BANK, to=[BOT], date="2026-12-05 10:15",
             subject="Notifikasi Dana Masuk",
             body="Nasabah Yth.,\n\nTelah terjadi transaksi kredit pada rekening Anda:\n\nNo. Rekening : 118-00-7742019-3\n"
                  "Tanggal      : 05/12/2026 10:13:55 WITA\nJumlah       : IDR 15.000.000,00\nDari         : PT GALANGAN "
                  "KAPAL MAKASSAR\nBerita       : CICILAN 1 KSB/INV/X/2026/019\n",
             label=dict(invoice_numbers="KSB/INV/X/2026/019", amount="15000000.00", currency="IDR",
                        payment_date="2026-12-05", payment_full=False,
                        note="First instalment ('cicilan 1') of a 33.855m invoice.")),
        dict(slug="swift_usd_two_invoices", kind="payment_confirmation", frm=BANK, to=[BOT], date="2026-12-09 15:30",
             subject="Incoming Transfer Notification / Notifikasi Transfer Masuk Valas",
             body="Incoming SWIFT transfer / Transfer masuk valas\n\nValue date / Tgl valuta : 09-12-2026\n"
                  "Ordering customer      : STRAITS MARINE PTE LTD, SINGAPORE\nInstructed amount      : USD 28,250.00\n"
                  "Correspondent charges  : USD 25.00\nCredited amount        : USD 28,225.00\n"
                  "Remittance info        : INV KSB/INV/X/2026/016 USD18400 KSB/INV/XI/2026/034 USD9850\n"
                  "Charges                : SHA\n",
             label=dict(language="en", invoice_numbers="KSB/INV/X/2026/016;KSB/INV/XI/2026/034", amount="28250.00",
                        currency="USD", payment_date="2026-12-09", payment_full=True,
                        allocations="KSB/INV/X/2026/016=18400.00;KSB/INV/XI/2026/034=9850.00",
                        note="Two invoices in one SWIFT transfer; a USD 25 correspondent fee makes the credited amount smaller.")),
        # ------------------------------------------------------------ client replies
        dict(slug="sudah_transfer_bukti", kind="client_reply", frm=cl("mahakam"), to=[BOT], rk="r01",
             date="2026-11-23 10:30", subject="RE: {RS:r01}",
             body="Selamat pagi,\n\nInvoice tersebut sudah kami transfer tanggal 20 November 2026 via RTGS. Bukti transfer "
                  "terlampir.\n\nTerima kasih\nRatna Sari\nAccounts Payable - PT Mahakam Energi Lepas Pantai\n\n{QO:r01}",
             atts=[dict(type="png", name="bukti_transfer.png", disp="attachment")],
             label=dict(intent="paid", invoice_numbers="KSB/INV/X/2026/012", needs_human=True,
                        note="Paid claim with a transfer-slip image attachment.")),
        dict(slug="minggu_depan", kind="client_reply", frm=cl("balang"), to=[BOT], rk="r02", date="2026-11-23 08:40",
             subject="Re: {RS:r02}",
             body="Baik Bu, akan kami bayar minggu depan.\n\nHendra\n\nDikirim dari Yahoo Mail di Android\n\n{Q:r02}",
             label=dict(intent="promise", promised_date="2026-12-04", invoice_numbers="KSB/INV/X/2026/015",
                        note="'minggu depan' is a span: last business day of the following week.")),
        dict(slug="jangan_email_lagi", kind="client_reply", frm=cl("samudra"), to=[BOT], rk="r03",
             date="2026-11-12 19:22", subject="Re: {RS:r03}",
             body="Tolong jangan kirim email otomatis seperti ini lagi. Kalau ada urusan, langsung telepon saya saja.\n\n"
                  "Agus\n\n{Q:r03}",
             label=dict(intent="stop", invoice_numbers="KSB/INV/X/2026/009", needs_human=True,
                        note="Indonesian stop request from a free-mail client.")),
        dict(slug="akhir_bulan_ini", kind="client_reply", frm=cl("kapuas"), to=[BOT], rk="r05", date="2026-11-17 11:05",
             subject="RE: {RS:r05}",
             body="Dengan hormat,\n\nPembayaran invoice tersebut dijadwalkan akhir bulan ini.\n\nHormat kami,\nYohanes Lim\n"
                  "Finance - PT Pengerukan Delta Kapuas\n\n{QO:r05}",
             label=dict(intent="promise", promised_date="2026-11-30", invoice_numbers="KSB/INV/X/2026/011",
                        note="'akhir bulan ini': last business day of November.")),
        dict(slug="mohon_dicicil", kind="client_reply", frm=cl("tambak"), to=[BOT], rk="r07", date="2026-11-18 15:44",
             subject="Re: {RS:r07}",
             body="Selamat sore Bu Dewi,\n\nMohon maaf, panen kami gagal karena penyakit udang bulan lalu. Apakah tagihan "
                  "ini bisa dicicil 3 kali mulai Desember? Kami tetap berkomitmen melunasi.\n\nWayan Sudarma\n\n{Q:r07}",
             label=dict(intent="plan", invoice_numbers="KSB/INV/X/2026/014", needs_human=True,
                        note="Instalment request with a start month; 'berkomitmen melunasi' is not a dated promise.")),
        dict(slug="needs_faktur_en", kind="client_reply", frm=cl("straits"), to=[BOT], rk="r09", date="2026-12-01 11:15",
             subject="RE: {RS:r09}",
             body="Hi,\n\nOur finance team can't release payment without the tax invoice (Faktur Pajak) and the signed service "
                  "report. Could you send both?\n\nThanks,\nKelvin Tan\nStraits Marine Pte Ltd\n\n{QOE:r09}",
             label=dict(language="en", intent="question", invoice_numbers="KSB/INV/X/2026/016", needs_human=True,
                        note="English reply on the Indonesian desk asking for documents before payment.")),
        dict(slug="jumat_depan_on_friday", kind="client_reply", frm=cl("mahakam"), to=[BOT], rk="r11",
             date="2026-12-04 16:20", subject="RE: {RS:r11}",
             body="Sore,\n\nSudah kami proses, pembayaran dijadwalkan Jumat depan.\n\nRatna\n\n{QO:r11}",
             label=dict(intent="promise", promised_date="2026-12-11", invoice_numbers="KSB/INV/X/2026/021",
                        note="'Jumat depan' written on a Friday: the Friday a week later.")),
        dict(slug="minta_faktur_po", kind="client_reply", frm=cl("balang"), to=[BOT], rk="r14", date="2026-11-18 09:30",
             subject="Re: {RS:r14}",
             body="Selamat pagi,\n\nInvoice sudah kami terima, tapi mohon dikirim ulang dengan mencantumkan nomor PO kami "
                  "4500-BLG-0912 dan dilampirkan Faktur Pajak. Tanpa itu tidak bisa kami proses.\n\nHendra Wijaya\n\n{Q:r14}",
             label=dict(intent="question", invoice_numbers="KSB/INV/XI/2026/033", needs_human=True,
                        note="Confirms receipt but asks for a reissue with PO and tax invoice.")),
        dict(slug="sebagian_sisanya", kind="client_reply", frm=cl("galangan"), to=[BOT], rk="r18", date="2026-12-09 10:02",
             subject="Bls: {RS:r18}",
             body="Selamat pagi Bu,\n\nSudah kami bayar sebagian Rp 15 juta tanggal 5 Des kemarin. Sisanya kami usahakan "
                  "sebelum tanggal 20 Desember.\n\nSalam,\nAndi Rahmawati\nPT Galangan Kapal Makassar\n\n{Q:r18}",
             label=dict(intent="paid", invoice_numbers="KSB/INV/X/2026/019", amount="15000000.00", currency="IDR",
                        needs_human=True,
                        note="Mixed partial-paid claim and a hedged promise for the rest; paid outranks promise.")),
        dict(slug="kalau_dana_termin_masuk", kind="client_reply", frm=cl("pesisir"), to=[BOT], rk="r19",
             date="2026-12-09 14:40", subject="RE: {RS:r19}",
             body="Dengan hormat,\n\nJika dana termin dari klien kami sudah masuk, invoice ini akan kami bayar tanggal "
                  "15 Desember.\n\nSalam,\nBagian Keuangan\nPT Konsultan Pesisir Indonesia\n\n{QO:r19}",
             label=dict(intent="promise", promised_date="2026-12-15", invoice_numbers="KSB/INV/X/2026/017",
                        needs_human=True, note="Promise conditional on the client's own receivable.")),
        dict(slug="received_thanks_en", kind="client_reply", frm=cl("straits"), to=[BOT], rk="r20",
             date="2026-11-23 11:02", subject="RE: {RS:r20}", body="Received, thanks.\n\n{QOE:r20}",
             label=dict(language="en", intent="other", invoice_numbers="KSB/INV/XI/2026/034",
                        note="Two-word acknowledgement; all payment wording is in the quoted reminder.")),
        dict(slug="pekerjaan_belum_selesai", kind="client_reply", frm=cl("borneo"), to=[BOT], rk="r21",
             date="2026-12-04 13:10", subject="RE: {RS:r21}",
             body="Dengan hormat,\n\nKami keberatan dengan tagihan ini. Laporan akhir survei belum kami terima dan hasil "
                  "side scan sonar di KP 12-14 tidak sesuai spesifikasi. Invoice ini belum bisa kami proses sampai revisi "
                  "laporan diserahkan.\n\nMaya Kusuma\nPT Borneo Migas Services\n\n{QO:r21}",
             label=dict(intent="dispute", invoice_numbers="KSB/INV/X/2026/020", needs_human=True,
                        note="Dispute about deliverables; 'belum bisa kami proses' is not a plan or a promise.")),
        dict(slug="janji_tidak_bisa_ditepati", kind="client_reply", frm=cl("kapuas"), to=[BOT], rk="r22",
             date="2026-12-01 10:20", subject="RE: {RS:r22}",
             body="Mohon maaf, janji kami untuk membayar akhir bulan kemarin tidak bisa kami tepati karena dana proyek dari "
                  "pemilik pekerjaan belum cair. Kami akan kabari lagi tanggal pastinya.\n\nYohanes Lim\n\n{QO:r22}",
             label=dict(intent="other", invoice_numbers="KSB/INV/X/2026/011", needs_human=True,
                        note="Broken/withdrawn promise with no new date.")),
        # ------------------------------------------------------------ other
        dict(slug="staff_chatter_wa", kind="other", frm=BAYU, to=[DEWI], cc=[BOT], date="2026-11-26 17:02",
             subject="Fwd: titipan info Mahakam",
             body="Bu Dewi,\n\nTadi Bu Ratna WA saya, katanya DP KSB/DP/XI/2026/036 mau dibayar sebelum mobilisasi tapi "
                  "minta kontrak asli dikirim dulu ke Samarinda. Saya kirim besok pagi via JNE ya.\n\nBayu\n",
             label=dict(invoice_numbers="KSB/DP/XI/2026/036",
                        note="Internal staff chatter relaying a client's words; must not be read as a client promise.")),
        dict(slug="bank_spoof_yahoo", kind="other", frm=("Bank Nusa Dagang", "bnd.notifikasi@yahoo.com"), to=[BOT],
             date="2026-12-02 06:40", host="sonic311-19.consmr.mail.sg3.yahoo.com",
             subject="Notifikasi Dana Masuk - Verifikasi Diperlukan",
             body="Nasabah Yth.,\n\nDana masuk sebesar IDR 416.250.000,00 dari PT MAHAKAM ENERGI LEPAS PANTAI (berita: "
                  "KSB/DP/XI/2026/036) ditahan sementara. Silakan verifikasi rekening Anda melalui tautan berikut dalam "
                  "1x24 jam: http://bnd-verifikasi.top/login\n",
             label=dict(invoice_numbers="KSB/DP/XI/2026/036", needs_human=True,
                        note="Bank display name on a free-mail address; authenticated for yahoo.com, not a notifier.")),
        dict(slug="lookalike_bayarin", kind="other", frm=("Bayarin", "no-reply@bayarin-id.com"), to=[BOT],
             date="2026-12-08 09:12", subject="Pembayaran Virtual Account berhasil",
             auth="spf=pass smtp.mailfrom=bayarin-id.com;\n\tdkim=none;\n\tdmarc=none header.from=bayarin-id.com",
             html="<html><body><h3>Pembayaran diterima</h3><p>PT Konsultan Pesisir Indonesia membayar Rp39.960.000 untuk "
                  "KSB/INV/XII/2026/038 dan 039.</p><p>Untuk pencairan, login di <a href='https://bayarin-id.com/merchant'>"
                  "dashboard</a>.</p></body></html>",
             label=dict(invoice_numbers="KSB/INV/XII/2026/038;KSB/INV/XII/2026/039", needs_human=True,
                        note="Look-alike PSP domain (bayarin-id.com) with no DMARC; looks exactly like a VA receipt.")),
        dict(slug="spam_pinjol", kind="other", frm=("Dana Cepat", "promo@danacepat-cair.xyz"), to=[BOT],
             date="2026-11-09 02:14",
             auth="spf=fail smtp.mailfrom=danacepat-cair.xyz;\n\tdkim=none;\n\tdmarc=none header.from=danacepat-cair.xyz",
             subject="Tagihan menumpuk? Pinjaman Rp50 juta cair 1 jam tanpa jaminan",
             body="Bapak/Ibu pelaku usaha,\n\nPunya tagihan klien yang belum dibayar? Jangan biarkan arus kas terganggu! "
                  "Ajukan pinjaman hingga Rp50.000.000, cair dalam 1 jam, bunga ringan.\n\nDaftar sekarang: "
                  "http://danacepat-cair.xyz/daftar\n",
             label=dict(note="Loan spam that talks about unpaid invoices and amounts.")),
    ]

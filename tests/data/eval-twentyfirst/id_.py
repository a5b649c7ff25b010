from common import *

SD = "kettlebrook.co.id"
NOTIFIERS = ["notifikasi@bca.co.id", "no-reply@xendit.co", "e-notif@bankmandiri.co.id"]
DEWI = addr("Dewi Santoso", "dewi.santoso@" + SD)
AGUS = addr("Agus Pratama", "agus.pratama@" + SD)
S = lambda inv: f"Pengingat pembayaran invoice {inv}"
R = {
    1: reminder("2024-11-04", "keuangan@ptsinarbangun.co.id", "KBI-2410-0231", "48500000.00", "IDR", "2024-10-28", S("KBI-2410-0231")),
    2: reminder("2024-11-05", "finance@mitrakonstruksi.co.id", "KBI-2410-0238", "126390000.00", "IDR", "2024-10-30", S("KBI-2410-0238")),
    3: reminder("2024-11-05", "ap@balieventpro.com", "KBI-2410-0242", "32750000.00", "IDR", "2024-10-31", S("KBI-2410-0242")),
    4: reminder("2024-11-06", "akunting@cvmajujaya.co.id", "KBI-2409-0198;KBI-2410-0220", "15400000.00;22000000.00", "IDR", "2024-10-15;2024-10-25", "Rekap tagihan terbuka - CV Maju Jaya"),
    5: reminder("2024-11-07", "tagihan@surabayatower.co.id", "KBI-2411-0250", "210000000.00", "IDR", "2024-11-01", S("KBI-2411-0250")),
    6: reminder("2024-11-08", "rina.wulandari@gmail.com", "KBI-2411-0256", "7850000.00", "IDR", "2024-11-04", S("KBI-2411-0256")),
    7: reminder("2024-11-11", "finance@makassarport.co.id", "KBI-2411-0261", "64200000.00", "IDR", "2024-11-06", S("KBI-2411-0261")),
    8: reminder("2024-11-12", "purchasing@jayaabadi-properti.co.id", "KBI-2411-0265", "19980000.00", "IDR", "2024-11-08", S("KBI-2411-0265")),
    9: reminder("2024-11-12", "admin@tokobesi-sentosa.co.id", "KBI-2410-0244", "5600000.00", "IDR", "2024-11-05", S("KBI-2410-0244")),
    10: reminder("2024-11-13", "finance@pt-karyaindah.com", "KBI-2411-0252", "41800000.00", "IDR", "2024-11-08", S("KBI-2411-0252")),
    11: reminder("2024-11-13", "ap@borneo-energi.co.id", "KBI-2411-0254", "88000000.00", "IDR", "2024-11-08", S("KBI-2411-0254")),
    12: reminder("2024-11-14", "hr.ga@nusantara-expo.co.id", "KBI-2411-0259", "27500000.00", "IDR", "2024-11-11", S("KBI-2411-0259")),
}
REM_BODY = lambda r: f"""Selamat pagi Bapak/Ibu,

Semoga usaha Bapak/Ibu lancar. Kami ingin mengingatkan bahwa invoice {r['inv']} sebesar {r['cur']} {r['amt']} telah jatuh tempo pada {r['due']}.
Abaikan pesan ini jika pembayaran sudah dilakukan.

Salam,
Kettlebrook Indonesia - Keuangan"""


def build():
    d = Desk("id", R)
    A = ares

    def inv(slug, frm, to, subj, date, content, key, cc=BOT, extra=(), **lab):
        d.add(slug, message(H(A(SD), frm, to, subj, date, mid(key, SD), cc=cc, extra=extra), content), kind="invoice_copy", language="id", **lab)

    inv("invoice_biasa", DEWI, "keuangan@ptsinarbangun.co.id", "Invoice KBI-2411-0270 - Proyek Gudang Cikarang",
        "2024-11-13 10:00 +0700", text("""Yth. Bapak/Ibu Bagian Keuangan,

Terlampir rincian tagihan sewa scaffolding untuk proyek gudang Cikarang.

No. Invoice   : KBI-2411-0270
Tanggal       : 13 November 2024
Total tagihan : Rp 36.630.000 (sudah termasuk PPN 11%)
Jangka waktu pembayaran: 30 hari sejak tanggal invoice

Pembayaran ke rekening BCA 527 088 1234 a.n. PT Kettlebrook Indonesia.

Hormat kami,
Dewi Santoso"""), "id-inv1",
        invoice_numbers="KBI-2411-0270", amount="36630000.00", currency="IDR", issue_date="2024-11-13", due_date="2024-12-13", payment_terms_days=30, needs_human=False)
    inv("dp_vs_nilai_kontrak", AGUS, "ap@balieventpro.com", "Invoice DP KBI-2411-0271 - Panggung Festival Nusa Dua",
        "2024-11-14 14:20 +0800", text("""Halo Bu Made,

Terima kasih atas konfirmasinya. Sesuai kesepakatan, berikut invoice uang muka:

Nilai kontrak (panggung, rigging, sound wing): Rp 180.000.000
Invoice KBI-2411-0271 - DP 50%: Rp 90.000.000
Tanggal invoice: 14 November 2024
Mohon dibayar paling lambat 7 hari setelah tanggal invoice.

Pelunasan ditagihkan setelah acara selesai.

Salam,
Agus Pratama"""), "id-inv2",
        invoice_numbers="KBI-2411-0271", amount="90000000.00", currency="IDR", issue_date="2024-11-14", due_date="2024-11-21", payment_terms_days=7, needs_human=False, note="DP vs nilai kontrak; sent from Bali office (WITA)")
    inv("pph23_dipotong", DEWI, "finance@mitrakonstruksi.co.id", "Invoice KBI-2411-0272",
        "2024-11-14 16:05 +0700", text("""Yth. Tim Finance PT Mitra Konstruksi,

Invoice KBI-2411-0272, tanggal 14/11/2024, sewa scaffolding ringlock tower B.

DPP                      Rp 50.000.000
PPN 11%                  Rp  5.500.000
Total                    Rp 55.500.000
PPh 23 (2% x DPP) dipotong oleh pemberi kerja: Rp 1.000.000
Jumlah yang harus ditransfer: Rp 54.500.000

Termin pembayaran 30 hari. Mohon bukti potong PPh 23 dikirimkan ke email ini.

Terima kasih,
Dewi"""), "id-inv3",
        invoice_numbers="KBI-2411-0272", amount="54500000.00", currency="IDR", issue_date="2024-11-14", due_date="2024-12-14", payment_terms_days=30, needs_human=False,
        note="withholding tax: amount = transfer amount net of PPh 23")
    p = pdf(["PT KETTLEBROOK INDONESIA", "INVOICE No. KBI-2411-0273", "Tanggal: 15 November 2024",
             "Kepada: PT Surabaya Tower Development", "Sewa scaffolding frame 2 bulan   Rp 65.000.000",
             "PPN 11%   Rp 7.150.000", "TOTAL   Rp 72.150.000", "Jatuh tempo: 14 hari"])
    inv("hanya_pdf", DEWI, "tagihan@surabayatower.co.id", "Invoice November",
        "2024-11-15 09:30 +0700", multi("mixed", [text("Selamat pagi,\n\nBersama ini kami lampirkan invoice bulan November.\n\nTerima kasih,\nDewi"), attach(p, "application/pdf", "INV-KBI-2411-0273.pdf")], "id-inv4"),
        "id-inv4", invoice_numbers="KBI-2411-0273", amount="72150000.00", currency="IDR", issue_date="2024-11-15", due_date="2024-11-29", payment_terms_days=14, needs_human=False, note="facts only in PDF")
    inv("html_saja", AGUS, "akunting@cvmajujaya.co.id", "Tagihan sewa scaffolding",
        "2024-11-15 13:45 +0700", text("""<html><body><p>Yth. CV Maju Jaya,</p>
<table border="1"><tr><th>No. Invoice</th><th>Tanggal</th><th>Jumlah</th><th>Jatuh tempo</th></tr>
<tr><td>KBI-2411-0274</td><td>15-11-2024</td><td>Rp 9.990.000</td><td>30 November 2024</td></tr></table>
<p>Salam,<br>Agus</p></body></html>""", sub="html"), "id-inv5",
        invoice_numbers="KBI-2411-0274", amount="9990000.00", currency="IDR", issue_date="2024-11-15", due_date="2024-11-30", needs_human=False, note="HTML only, fixed due date")
    inv("termin_2_dari_4", DEWI, "purchasing@jayaabadi-properti.co.id", "Invoice Termin 2 - KBI-2411-0275",
        "2024-11-18 11:10 +0700", text("""Yth. Bapak Hendra,

Sesuai jadwal pembayaran proyek Apartemen Jaya Residence (nilai kontrak Rp 240.000.000), berikut tagihan termin 2 dari 4:

No. Invoice: KBI-2411-0275
Tanggal: 18 November 2024
Nilai termin 2: Rp 60.000.000
Jatuh tempo: 5 Desember 2024

Hormat kami,
Dewi Santoso"""), "id-inv6",
        invoice_numbers="KBI-2411-0275", amount="60000000.00", currency="IDR", issue_date="2024-11-18", due_date="2024-12-05", needs_human=False, note="instalment vs contract value")
    inv("nota_kredit", AGUS, "finance@makassarport.co.id", "Invoice KBI-2411-0276 dan Nota Kredit NK-2024-007",
        "2024-11-18 15:00 +0800", text("""Selamat sore,

Invoice KBI-2411-0276 (18/11/2024)        Rp 18.000.000
Dikurangi Nota Kredit NK-2024-007          Rp (2.500.000)
Sisa yang harus dibayar                    Rp 15.500.000

Termin 30 hari.

Salam,
Agus"""), "id-inv7",
        invoice_numbers="KBI-2411-0276", amount="15500000.00", currency="IDR", issue_date="2024-11-18", due_date="2024-12-18", payment_terms_days=30, needs_human=False)
    inv("dua_invoice", DEWI, "rina.wulandari@gmail.com", "Invoice KBI-2411-0277 & KBI-2411-0278",
        "2024-11-19 09:20 +0700", text("""Halo Bu Rina,

Berikut dua invoice bulan ini:
- KBI-2411-0277 (Renovasi ruko Jl. Veteran) Rp 3.200.000
- KBI-2411-0278 (Rumah Bpk. Yusuf, Depok) Rp 4.750.000
Keduanya tertanggal 19 November 2024, pembayaran 30 hari.

Terima kasih,
Dewi"""), "id-inv8",
        invoice_numbers="KBI-2411-0277;KBI-2411-0278", amount="7950000.00", currency="IDR", issue_date="2024-11-19", due_date="2024-12-19", payment_terms_days=30, needs_human=True, note="two invoices; amount = sum")
    inv("bcc_bayar_segera", AGUS, "admin@tokobesi-sentosa.co.id", "Invoice KBI-2411-0280",
        "2024-11-19 10:40 +0700", text("""Selamat siang Pak Budi,

Invoice KBI-2411-0280 tanggal 19 November 2024 untuk pembelian clamp dan jack base bekas.
Jumlah: Rp 12.400.000
Pembayaran: tunai/transfer saat barang diterima (jatuh tempo hari ini).

Terima kasih,
Agus""", cte="base64"), "id-inv9", cc=None, extra=(("Delivered-To", BOT),),
        invoice_numbers="KBI-2411-0280", amount="12400000.00", currency="IDR", issue_date="2024-11-19", due_date="2024-11-19", needs_human=False, note="Bcc; payable immediately; base64")
    inv("nilai_bersaing", DEWI, "ap@borneo-energi.co.id", "KBI-2411-0281",
        "2024-11-20 08:30 +0700", text("""Yth. Bapak/Ibu,

Invoice KBI-2411-0281 tanggal 20 November 2024, proyek PLTU Balikpapan.

Sewa bulan ke-1: Rp 22.000.000
Estimasi total sewa 6 bulan: Rp 132.000.000
Mobilisasi: Rp 4.500.000

Termin 30 hari.

Dewi"""), "id-inv10",
        invoice_numbers="KBI-2411-0281", currency="IDR", issue_date="2024-11-20", due_date="2024-12-20", payment_terms_days=30, needs_human=True, note="competing totals")

    def reply(slug, key, frm, dom, date, body, threaded=True, subj=None, cs="utf-8", cte="quoted-printable", **lab):
        r = R[key]
        irt = r["id"] if threaded else None
        m = message(H(A(dom), frm, BOT, subj or ("Re: " + r["subject"]), date, mid("id-" + slug, dom), irt=irt, cs=cs), text(body, cs=cs, cte=cte))
        lab.setdefault("invoice_numbers", r["inv"])
        d.add(slug, m, kind="client_reply", language=lab.pop("language", "id"), original_message_id=irt or "", **lab)

    q = lambda k: "\n\n" + quote(f"Pada {R[k]['date']}, Kettlebrook Keuangan <{BOT}> menulis:\n" + REM_BODY(R[k]))
    reply("sudah_transfer_kemarin", 1, addr("Siti Rahayu", "keuangan@ptsinarbangun.co.id"), "ptsinarbangun.co.id", "2024-11-12 06:30 +0700",
          "Selamat pagi,\n\nPembayaran invoice tersebut sudah kami transfer kemarin sore via BCA. Mohon dicek.\n\nTerima kasih,\nSiti" + q(1),
          intent="paid_claim", payment_date="2024-11-11", needs_human=True, note="06:30 WIB = 11 Nov UTC; kemarin = 11 Nov local")
    reply("besok_dini_hari", 2, addr("Bambang Hartono", "finance@mitrakonstruksi.co.id"), "mitrakonstruksi.co.id", "2024-11-14 00:40 +0700",
          "Pak/Bu,\n\nMohon maaf terlambat. Pembayaran akan kami proses besok.\n\nSalam,\nBambang" + q(2),
          intent="promise", promised_date="2024-11-15", needs_human=False, note="00:40 WIB (13 Nov UTC); besok = 15 Nov")
    reply("akhir_minggu_depan", 5, addr("Liem Hwa", "tagihan@surabayatower.co.id"), "surabayatower.co.id", "2024-11-15 15:10 +0700",
          "Dengan hormat,\n\nPembayaran invoice ini dijadwalkan akhir minggu depan.\n\nHormat kami,\nLiem" + q(5),
          intent="promise", promised_date="2024-11-22", needs_human=False)
    reply("janji_bersyarat", 3, addr("Made Ayu", "ap@balieventpro.com"), "balieventpro.com", "2024-11-06 11:20 +0800",
          "Halo Pak,\n\nKami akan lunasi setelah dana dari klien kami cair, perkiraan sekitar tanggal 25 November. Nanti kami kabari lagi.\n\nSalam,\nMade" + q(3),
          intent="promise", promised_date="2024-11-25", needs_human=True, note="conditional on client funds")
    reply("sengketa_sebagian", 4, addr("Yulianti", "akunting@cvmajujaya.co.id"), "cvmajujaya.co.id", "2024-11-07 14:00 +0700",
          """Siang Pak,

Untuk 0198 akan kami bayar hari Jumat. Untuk 0220 ada selisih: scaffolding yang dikirim kurang 40 set dari PO, jadi ada kelebihan tagih Rp 3.200.000. Mohon dikoreksi dulu.

Terima kasih,
Yuli""" + q(4), amount="3200000.00", currency="IDR", intent="dispute", needs_human=True, note="promise + dispute -> dispute")
    reply("jangan_kirim_lagi", 6, addr("Rina Wulandari", "rina.wulandari@gmail.com"), "gmail.com", "2024-11-08 20:15 +0700",
          "Tolong jangan kirim email tagihan otomatis lagi ke saya. Saya sudah bicara langsung dengan Pak Agus soal pembayarannya.\n\nRina",
          intent="stop", needs_human=True)
    reply("minta_cicilan", 7, addr("Andi Saputra", "finance@makassarport.co.id"), "makassarport.co.id", "2024-11-11 16:30 +0800",
          "Selamat sore,\n\nApakah tagihan ini bisa kami cicil 3 kali, masing-masing Rp 21.400.000 per bulan mulai Desember?\n\nSalam,\nAndi" + q(7),
          amount="21400000.00", currency="IDR", intent="plan_request", needs_human=True)
    reply("belum_terima_invoice", 8, addr("Hendra Gunawan", "purchasing@jayaabadi-properti.co.id"), "jayaabadi-properti.co.id", "2024-11-12 13:50 +0700",
          "Selamat siang,\n\nInvoice KBI-2411-0265 belum kami terima. Mohon dikirim ulang beserta faktur pajaknya.\n\nTerima kasih,\nHendra" + q(8),
          intent="not_received", needs_human=False)
    reply("minta_nomor_rekening", 2, addr("Bambang Hartono", "finance@mitrakonstruksi.co.id"), "mitrakonstruksi.co.id", "2024-11-05 10:05 +0700",
          "Selamat pagi,\n\nMohon info nomor rekening atau virtual account atas nama PT Kettlebrook Indonesia, karena vendor baru harus didaftarkan dulu di sistem kami.\n\nTerima kasih",
          intent="payment_details", needs_human=False)
    reply("tanya_ppn", 5, addr("Liem Hwa", "tagihan@surabayatower.co.id"), "surabayatower.co.id", "2024-11-07 16:45 +0700",
          "Selamat sore,\n\nApakah nilai Rp 210.000.000 ini sudah termasuk PPN? Kami juga belum menerima e-Faktur-nya.\n\nLiem" + q(5),
          intent="question", needs_human=True, note="figure quoted from invoice, not stated by client as new amount")
    reply("belum_bisa_bayar", 7, addr("Andi Saputra", "finance@makassarport.co.id"), "makassarport.co.id", "2024-11-15 09:00 +0800",
          "Mohon maaf Pak, minggu ini kami belum bisa melakukan pembayaran dan tanggalnya juga belum bisa kami pastikan.\n\nAndi" + q(7),
          intent="other", needs_human=True, note="negated promise")
    reply("retracted_english", 3, addr("Sarah Whitfield", "ap@balieventpro.com"), "balieventpro.com", "2024-11-18 21:30 +0800",
          "Hi,\n\nPlease disregard my earlier note that we'd settle on Monday - our finance director hasn't approved it yet. I'll come back to you once I have a date.\n\nSarah" + q(3),
          language="en", intent="other", needs_human=True, note="retracted promise, no new date; English on id desk")
    reply("bayar_sebagian_sisanya_pph", 2, addr("Bambang Hartono", "finance@mitrakonstruksi.co.id"), "mitrakonstruksi.co.id", "2024-11-11 11:15 +0700",
          "Pak,\n\nSudah kami bayar sebagian Rp 60.000.000 tanggal 8 November. Sisanya menunggu koreksi invoice karena PPh 23 belum dipotong.\n\nBambang" + q(2),
          amount="60000000.00", currency="IDR", intent="paid_claim", payment_date="2024-11-08", needs_human=True, note="partial paid claim + condition on balance")

    def pay(slug, frm, dom, subj, date, content, **lab):
        d.add(slug, message(H(A(dom), frm, BOT, subj, date, mid("id-" + slug, dom)), content), kind="payment_confirmation", language="id", needs_human=lab.pop("needs_human", False), **lab)

    pay("bca_masuk", "BCA <notifikasi@bca.co.id>", "bca.co.id", "Notifikasi Transaksi Masuk", "2024-11-12 08:05 +0700",
        text("Nasabah Yth.,\n\nTelah terjadi transaksi kredit pada rekening 527****234:\nJumlah: IDR 48.500.000,00\nDari: PT SINAR BANGUN\nBerita: KBI-2410-0231\nTanggal: 12/11/2024\n\nPT Bank Central Asia Tbk"),
        invoice_numbers="KBI-2410-0231", amount="48500000.00", currency="IDR", payment_date="2024-11-12", payment_full=True)
    pay("xendit_va", "Xendit <no-reply@xendit.co>", "xendit.co", "Pembayaran Virtual Account berhasil", "2024-11-25 13:12 +0700",
        text("<html><body><p>Pembayaran diterima</p><p>VA: 8808 0012 4200 0242</p><p>Nama: BALI EVENT PRO</p><p>Jumlah: Rp32.750.000</p><p>Deskripsi: KBI-2410-0242</p><p>Waktu: 25 Nov 2024 13:11 WIB</p></body></html>", sub="html"),
        invoice_numbers="KBI-2410-0242", amount="32750000.00", currency="IDR", payment_date="2024-11-25", payment_full=True, note="HTML only")
    pay("mandiri_sebagian", "Bank Mandiri <e-notif@bankmandiri.co.id>", "bankmandiri.co.id", "Informasi Dana Masuk", "2024-11-08 15:20 +0700",
        text("Dana masuk ke rekening Anda\nNominal: Rp 60.000.000,00\nPengirim: PT MITRA KONSTRUKSI\nKeterangan: PEMBAYARAN SEBAGIAN KBI-2410-0238\nTanggal efektif: 08 Nov 2024\n\nBank Mandiri"),
        invoice_numbers="KBI-2410-0238", amount="60000000.00", currency="IDR", payment_date="2024-11-08", payment_full=False)
    pay("bca_split", "BCA <notifikasi@bca.co.id>", "bca.co.id", "Notifikasi Transaksi Masuk", "2024-11-15 08:10 +0700",
        text("Nasabah Yth.,\n\nJumlah: IDR 34.200.000,00\nDari: CV MAJU JAYA\nBerita: 0198 15.400.000 / 0220 18.800.000\nTanggal: 15/11/2024\n\nPT Bank Central Asia Tbk"),
        invoice_numbers="KBI-2409-0198;KBI-2410-0220", amount="34200000.00", currency="IDR", payment_date="2024-11-15", payment_full=False,
        allocations="KBI-2409-0198=15400000.00;KBI-2410-0220=18800000.00", note="split; 0220 short by disputed 3.2m")
    pay("xendit_lunas", "Xendit <no-reply@xendit.co>", "xendit.co", "Pembayaran Virtual Account berhasil", "2024-11-22 16:40 +0700",
        text("Pembayaran diterima\nNama: PT SURABAYA TOWER DEVELOPMENT\nJumlah: Rp210.000.000\nDeskripsi: INV KBI 2411 0250\nWaktu: 22 Nov 2024 16:39 WIB"),
        invoice_numbers="KBI-2411-0250", amount="210000000.00", currency="IDR", payment_date="2024-11-22", payment_full=True, note="reference with spaces")
    d.add("bca_palsu_lookalike", message(H(ares("bca-co.id", dkim="none", dmarc="none"), "BCA <notifikasi@bca-co.id>", BOT, "Notifikasi Transaksi Masuk", "2024-11-16 01:20 +0700", mid("id-forged", "bca-co.id")),
          text("Nasabah Yth.,\n\nJumlah: IDR 64.200.000,00\nDari: PT MAKASSAR PORT SERVICES\nBerita: KBI-2411-0261\n\nSilakan verifikasi transaksi di http://bca-co.id/verifikasi")),
          kind="other", language="id", invoice_numbers="KBI-2411-0261", amount="64200000.00", currency="IDR", needs_human=True, note="look-alike bank domain")

    def bounce(slug, key, frm, dom, subj, date, content, **lab):
        inv_, rid_ = d.ref(key)
        d.add(slug, message(H(A(dom), frm, BOT, subj, date, mid("id-" + slug, dom), extra=(("Auto-Submitted", "auto-replied"),)), content),
              kind="bounce", language="en", invoice_numbers=inv_, original_message_id=rid_, failed_recipients=R[key]["to"], needs_human=True, **lab)

    bounce("sendmail_user_unknown", 9, "Mail Delivery Subsystem <MAILER-DAEMON@mail.tokobesi-sentosa.co.id>", "mail.tokobesi-sentosa.co.id", "Returned mail: see transcript for details", "2024-11-12 16:31 +0700",
           dsn(d, 9, "id-b1", "mail.tokobesi-sentosa.co.id", "The original message was received at Tue, 12 Nov 2024 16:30:40 +0700\n\n   ----- The following addresses had permanent fatal errors -----\n<admin@tokobesi-sentosa.co.id>\n    (reason: 550 5.1.1 User unknown)\n",
               [("admin@tokobesi-sentosa.co.id", "failed", "5.1.1", "550 5.1.1 <admin@tokobesi-sentosa.co.id>... User unknown")], "mail.tokobesi-sentosa.co.id"),
           bounce_permanent=True, bounce_reason="user_unknown")
    bounce("over_quota_delayed", 10, "Mail Delivery System <MAILER-DAEMON@mx1.kettlebrook-scaffold.co.uk>", DOM, "Delayed Mail (still being retried)", "2024-11-13 13:35 +0000",
           dsn(d, 10, "id-b2", "mx.pt-karyaindah.com", "This is the mail system at host mx1.kettlebrook-scaffold.co.uk.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n<finance@pt-karyaindah.com>: host mx.pt-karyaindah.com said: 452 4.2.2 Mailbox over quota\n",
               [("finance@pt-karyaindah.com", "delayed", "4.2.2", "452 4.2.2 Mailbox over quota")], "mx1.kettlebrook-scaffold.co.uk"),
           bounce_permanent=False, bounce_reason="mailbox_full", note="delayed; mailbox full temporary")
    inv_, rid_ = d.ref(11)
    d.add("qmail_spam_nonstandard", message(H(A("mail.borneo-energi.co.id"), "MAILER-DAEMON@mail.borneo-energi.co.id", BOT, "failure notice", "2024-11-13 16:34 +0700", mid("id-b3", "mail.borneo-energi.co.id")),
          text("Hi. This is the qmail-send program at mail.borneo-energi.co.id.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<ap@borneo-energi.co.id>:\n554 5.7.1 Message rejected: spam score 9.2 exceeds threshold (SpamAssassin)\n\n--- Below this line is a copy of the message.\n\n" + d.orig_headers(11).replace("\r\n", "\n") + "\nSelamat pagi Bapak/Ibu,\n", cte="7bit")),
          kind="bounce", language="en", invoice_numbers=inv_, original_message_id=rid_, failed_recipients=R[11]["to"], bounce_permanent=True, bounce_reason="spam", needs_human=True, note="qmail plain text, no DSN; reminder quoted in body")

    def auto(slug, key, frm, dom, subj, date, body, extra=(), cs="utf-8", cte="quoted-printable", lang="id", **lab):
        inv_, rid_ = d.ref(key)
        d.add(slug, message(H(A(dom), frm, BOT, subj, date, mid("id-" + slug, dom), irt=rid_, extra=extra, cs=cs), text(body, cs=cs, cte=cte)),
              kind="auto_reply", language=lang, invoice_numbers=inv_, original_message_id=rid_, needs_human=False, **lab)

    auto("cuti_bilingual", 12, addr("Fitri Handayani", "hr.ga@nusantara-expo.co.id"), "nusantara-expo.co.id", "Balasan otomatis: " + R[12]["subject"], "2024-11-14 16:31 +0700",
         "Terima kasih atas email Anda. Saya sedang cuti sampai dengan 22 November 2024 dan akan kembali bekerja pada hari Senin, 25 November 2024.\n\nThank you for your email. I am on leave until 22 November 2024 and will be back on Monday, 25 November 2024.\n\nFitri",
         extra=(("Auto-Submitted", "auto-replied"),), return_date="2024-11-25")
    auto("fuzai_japanese", 8, addr("佐藤 健一", "purchasing@jayaabadi-properti.co.id", "iso-2022-jp"), "jayaabadi-properti.co.id", "自動返信: 不在のお知らせ", "2024-11-12 16:31 +0700",
         "お世話になっております。\n\n誠に勝手ながら、11月25日まで出張のため不在にしております。\n11月26日より通常どおり出社いたします。\nお急ぎの場合はHendra Gunawanまでご連絡ください。\n\n佐藤",
         cs="iso-2022-jp", cte="7bit", lang="ja", return_date="2024-11-26", note="ISO-2022-JP, no auto headers")
    auto("chinese_gb2312", 5, addr("林华", "tagihan@surabayatower.co.id", "gb2312"), "surabayatower.co.id", "自动回复：外出", "2024-11-07 16:31 +0700",
         "您好！\n\n我目前不在办公室，将于11月18日返回。\n期间邮件查看不及时，请谅解。急事请联系办公室。\n\n林华",
         cs="gb2312", cte="base64", lang="zh", return_date="2024-11-18", note="GB2312 base64, no auto headers")

    inv_, rid_ = d.ref(1)
    d.add("outlook_dibaca", message(H(A("ptsinarbangun.co.id"), addr("Siti Rahayu", "keuangan@ptsinarbangun.co.id"), BOT, "Dibaca: " + R[1]["subject"], "2024-11-04 17:02 +0700", mid("id-rr1", "ptsinarbangun.co.id"), irt=rid_),
          text(f"Pesan Anda\n\n  Kepada: keuangan@ptsinarbangun.co.id\n  Subjek: {R[1]['subject']}\n  Terkirim: Senin, 04 November 2024 16.30.00 (UTC+07:00) Bangkok, Hanoi, Jakarta\n\ntelah dibaca pada Senin, 04 November 2024 17.02.13 (UTC+07:00) Bangkok, Hanoi, Jakarta.")),
          kind="read_receipt", language="id", invoice_numbers=inv_, original_message_id=rid_, needs_human=False, note="Outlook non-standard, Indonesian")
    inv_, rid_ = d.ref(3)
    d.add("mdn_standar", message(H(A("balieventpro.com"), addr("Made Ayu", "ap@balieventpro.com"), BOT, "Read: " + R[3]["subject"], "2024-11-05 19:10 +0800", mid("id-rr2", "balieventpro.com")),
          mdn(d, 3, "id-rr2", "The message sent on 05/11/2024 to ap@balieventpro.com with subject \"" + R[3]["subject"] + "\" has been displayed.", "Roundcube Webmail", "ap@balieventpro.com")),
          kind="read_receipt", language="en", invoice_numbers=inv_, original_message_id=rid_, needs_human=False)
    inv_, rid_ = d.ref(7)
    d.add("mdn_otomatis", message(H(A("makassarport.co.id"), "finance@makassarport.co.id", BOT, "Tanda terima dibaca: " + R[7]["subject"], "2024-11-11 18:40 +0800", mid("id-rr3", "makassarport.co.id")),
          mdn(d, 7, "id-rr3", "Pesan Anda telah ditampilkan oleh penerima.", "Zimbra 9.0", "finance@makassarport.co.id", disposition="manual-action/MDN-sent-manually; displayed")),
          kind="read_receipt", language="id", invoice_numbers=inv_, original_message_id=rid_, needs_human=False)

    inv_, rid_ = d.ref(4)
    url = "https://secure.kotakmasuk-aman.example.net/v/" + hx("id-ch", 24)
    d.add("challenge_tautan", message(H(A("kotakmasuk-aman.example.net"), addr("Kotak Masuk Aman", "verifikasi@kotakmasuk-aman.example.net"), BOT, "Verifikasi pengirim diperlukan", "2024-11-06 16:33 +0700", mid("id-ch", "kotakmasuk-aman.example.net"), irt=rid_, extra=(("Auto-Submitted", "auto-replied"),)),
          text(f"Yth. Pengirim,\n\nEmail Anda kepada akunting@cvmajujaya.co.id ditahan oleh sistem anti-spam.\nSilakan klik tautan berikut untuk membuktikan bahwa Anda bukan robot:\n\n{url}\n\nTautan berlaku 72 jam.")),
          kind="challenge", language="id", invoice_numbers=inv_, original_message_id=rid_, needs_human=True, challenge=url)

    d.add("staff_lunas", message(H(A(SD), AGUS, BOT, "lunas KBI-2411-0256", "2024-11-15 14:00 +0700", mid("id-sc1", SD)),
          text("lunas KBI-2411-0256 Rp 7.850.000 tgl 15/11/2024\nbayar tunai di kantor.")),
          kind="staff_command", language="id", invoice_numbers="KBI-2411-0256", amount="7850000.00", currency="IDR", payment_date="2024-11-15", needs_human=False)
    d.add("staff_janji_prosa", message(H(A(SD), DEWI, BOT, "Jaya Abadi", "2024-11-13 09:40 +0700", mid("id-sc2", SD)),
          text("Halo,\n\nPak Hendra dari Jaya Abadi minta waktu sampai 6 Desember untuk KBI-2411-0265. Tolong tahan pengingatnya sampai tanggal itu ya.\n\nDewi")),
          kind="staff_command", language="id", invoice_numbers="KBI-2411-0265", promised_date="2024-12-06", needs_human=False, note="staff prose promise")

    d.add("tagihan_pemasok", message(H(ares("bajaringan-supplier.co.id"), "PT Baja Ringan Nusantara <invoice@bajaringan-supplier.co.id>", BOT, "Invoice BRN/2024/1187", "2024-11-15 08:00 +0700", mid("id-o1", "bajaringan-supplier.co.id")),
          text("Yth. PT Kettlebrook Indonesia,\n\nTerlampir tagihan pembelian pipa galvanis 2 inch sebesar Rp 28.600.000, jatuh tempo 15 Desember 2024.\n\nHormat kami")),
          kind="other", language="id", amount="28600000.00", currency="IDR", due_date="2024-12-15", needs_human=True, note="supplier invoice to us")
    d.add("promo_spam", message(H(ares("promo-blast.example.id", dkim="none", dmarc="none", spf="neutral"), "Promo Alat Berat <promo@promo-blast.example.id>", BOT, "DISKON 70% sewa excavator!!! Hanya hari ini", "2024-11-16 05:00 +0700", mid("id-o2", "promo-blast.example.id"), extra=(("Precedence", "bulk"),)),
          text("<html><body><h1>DISKON 70%</h1><p>Sewa excavator, crane, scaffolding termurah se-Jabodetabek. Hubungi WA 0812-xxxx.</p></body></html>", sub="html")),
          kind="other", language="id", needs_human=False)
    d.add("permintaan_penawaran", message(H(ares("cahayarenov.com"), addr("Teguh Wibowo", "teguh@cahayarenov.com"), BOT, "Permintaan penawaran sewa scaffolding", "2024-11-18 10:30 +0700", mid("id-o3", "cahayarenov.com")),
          text("Selamat pagi,\n\nKami butuh scaffolding untuk renovasi fasad gedung 6 lantai di Bekasi selama 3 bulan. Mohon dikirimkan penawaran harganya.\n\nTerima kasih,\nTeguh")),
          kind="other", language="id", needs_human=True, note="sales enquiry to AR box")
    return d

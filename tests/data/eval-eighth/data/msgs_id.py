"""Indonesian desk: PT Kestrelmoor Nusantara, Bandung. Invoices NNNN/KMN-INV/<roman month>/2026, IDR."""
from .world import (BOT, STAFF, NOTIFIERS, CONTACTS, I, bm, dt, msg, T, Alt, M, R, Hm, html_of, quote,
                    dsn, mdn_body)

C = CONTACTS["id"]
BOTF = "Kestrelmoor Nusantara - Keuangan <ar@kestrelmoor.com>"
REK = """Pembayaran ke:
Bank Arunika KCU Bandung
No. Rekening 0887 1203 4456
a.n. PT KESTRELMOOR NUSANTARA"""
SIG_R = """Salam,

Ratna Sulistyowati
Finance & Admin
PT Kestrelmoor Nusantara
Jl. Dago Atas No. 18, Bandung 40135
Telp. (022) 2531 7788"""
SIG_B = """Terima kasih,
Bagus Hidayat
Account Manager - PT Kestrelmoor Nusantara
0812-2200-4419"""


def rem(sapa, inv, jumlah, tempo, past=False):
    if past:
        return ("Yth. %s,\n\nSemoga Bapak/Ibu dalam keadaan sehat dan usaha berjalan lancar.\n\nMenurut catatan kami, "
                "invoice %s sebesar %s telah jatuh tempo pada %s dan belum kami terima pembayarannya. Apabila sudah "
                "dibayar, mohon abaikan email ini.\n\n%s\n\nJika ada pertanyaan, silakan balas email ini.\n\nHormat kami,\n"
                "Keuangan PT Kestrelmoor Nusantara" % (sapa, inv, jumlah, tempo, REK))
    return ("Yth. %s,\n\nApa kabar? Semoga usaha Bapak/Ibu berjalan lancar.\n\nKami ingin mengingatkan bahwa invoice %s "
            "sebesar %s akan jatuh tempo pada %s.\n\n%s\n\nApabila pembayaran sudah dilakukan, mohon abaikan email "
            "ini.\n\nHormat kami,\nKeuangan PT Kestrelmoor Nusantara" % (sapa, inv, jumlah, tempo, REK))


MESSAGES = []
A = MESSAGES.append
N = {k: "%04d/KMN-INV/XI/2026" % v for k, v in
     dict(sinarjaya=87, kopiku=89, mitra=91, batik=93, medika=95, rahayu=97, nusantara=99, tekno=102, sekolah=104).items()}
OLD_HOTEL = "0072/KMN-INV/X/2026"
OLD_KOPI = "0076/KMN-INV/X/2026"

# ---------------------------------------------------------------- invoice
t = """Kepada Yth.
Bapak Hendra Wijaya
PT Sinar Jaya Logistik

Dengan hormat,

Bersama ini kami sampaikan invoice untuk pekerjaan integrasi sistem tracking armada:

No. Invoice   : %s
Tanggal       : 2 November 2026
Uraian        : Integrasi GPS tracking 60 unit truk + dashboard
Subtotal      : Rp 45.000.000
PPN 11%%       : Rp  4.950.000
Total         : Rp 49.950.000

Jatuh tempo pembayaran 30 (tiga puluh) hari sejak tanggal invoice.

%s

Atas perhatian dan kerja samanya kami ucapkan terima kasih.

%s""" % (N["sinarjaya"], REK, SIG_R)
A(msg("invoice_standar", "invoice_copy", STAFF["ratna"], "Hendra Wijaya <%s>" % C["sinarjaya"],
      "Invoice %s - Integrasi GPS Tracking" % N["sinarjaya"], dt("2026-11-02 09:15", "+0700"), Alt(t, html_of(t)),
      "invoice formal, format Rupiah titik ribuan, jatuh tempo 30 hari (angka dan kata)",
      cc=BOT, invoice_numbers=I(N["sinarjaya"]), amount="49950000.00", currency="IDR", issue_date="2026-11-02",
      due_date="2026-12-02", payment_terms_days="30"))

t = """Dengan hormat,

Menindaklanjuti Surat Perjanjian Kerja No. 014/SPK-KMN/XI/2026, berikut kami lampirkan tagihan Termin 1 (Uang Muka).

Nilai kontrak (belum termasuk PPN)   : Rp 240.000.000
Termin 1 - DP 30%%                    : Rp  72.000.000
PPN 11%%                              : Rp   7.920.000
Jumlah yang harus dibayar            : Rp  79.920.000

Nomor invoice: %s, tanggal 6 November 2026.
Mohon pembayaran dilakukan paling lambat tanggal 13 November 2026.

%s

%s""" % (N["mitra"], REK, SIG_B)
A(msg("invoice_dp_termin", "invoice_copy", STAFF["bagus"], "Finance PT Mitra Prima <%s>" % C["mitra"],
      "Tagihan Termin 1 (DP 30%%) - %s" % N["mitra"], dt("2026-11-06 14:02", "+0700"), Alt(t, html_of(t)),
      "nilai kontrak vs DP 30% + PPN yang harus dibayar sekarang",
      cc=BOT, invoice_numbers=I(N["mitra"]), amount="79920000.00", currency="IDR", issue_date="2026-11-06",
      due_date="2026-11-13"))

t = """Yth. Ibu Lestari,

Terlampir invoice bulan November untuk layanan POS & loyalty app Kopiku (32 outlet).

Invoice %s  |  9 November 2026
DPP                             Rp 18.000.000
PPN 11%%                         Rp  1.980.000
PPh 23 (2%% x DPP) dipotong      (Rp    360.000)
Jumlah ditransfer               Rp 19.620.000

Mohon bukti potong PPh 23 dikirimkan ke email ini. Termin pembayaran 14 hari.

%s""" % (N["kopiku"], SIG_R)
A(msg("invoice_pph23", "invoice_copy", STAFF["ratna"], "Lestari Kusuma <%s>" % C["kopiku"],
      "Invoice %s - Kopiku November" % N["kopiku"], dt("2026-11-09 10:40", "+0700"), T(t, "utf-8", "base64"),
      "total bruto vs jumlah setelah potong PPh 23 (yang ditransfer); base64",
      cc=BOT, invoice_numbers=I(N["kopiku"]), amount="19620000.00", currency="IDR", issue_date="2026-11-09",
      due_date="2026-11-23", payment_terms_days="14"))

t = """Halo mbak Sari,

Ini invoicenya ya untuk update katalog online + foto produk:
no %s, tgl 12/11/2026
total Rp 3.750.000 (belum kena PPN krn paket UMKM)

tolong ditransfer sebelum akhir bulan ya mbak. makasih banyak!

Bagus
""" % N["batik"]
A(msg("invoice_santai", "invoice_copy", STAFF["bagus"], "Batik Sekar Jagad <%s>" % C["batik"],
      "invoice katalog online", dt("2026-11-12 19:22", "+0700"), T(t, "us-ascii", "7bit"),
      "invoice santai, jatuh tempo 'sebelum akhir bulan'",
      cc="ar@kestrelmoor.com", invoice_numbers=I(N["batik"]), amount="3750000.00", currency="IDR",
      issue_date="2026-11-12", due_date="2026-11-30"))

h = """<html><body style="font-family:Tahoma,sans-serif;font-size:12px">
<p>Yth. Bagian Keuangan Klinik Medika,</p>
<p>Berikut rincian tagihan lisensi SIMRS tahun 2026/2027:</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><td>No. Invoice</td><td>%s</td></tr>
<tr><td>Tanggal</td><td>16 November 2026</td></tr>
<tr><td>Lisensi SIMRS (25 user x Rp 990.000)</td><td align="right">Rp 24.750.000</td></tr>
<tr><td>PPN 11%%</td><td align="right">Rp 2.722.500</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>Rp 27.472.500</b></td></tr>
<tr><td>Jatuh tempo</td><td>Senin, 14 Desember 2026</td></tr>
<tr><td>Virtual Account Bank Arunika</td><td>8808 0120 2611 0095</td></tr>
</table>
<p>Hormat kami,<br>Ratna S.</p></body></html>""" % N["medika"]
A(msg("invoice_html_va", "invoice_copy", STAFF["ratna"], "Klinik Medika <%s>" % C["medika"],
      "Tagihan Lisensi SIMRS - %s" % N["medika"], dt("2026-11-16 08:30", "+0700"),
      Alt("Yth. Bagian Keuangan Klinik Medika,\n\nNo. Invoice: %s\nTotal: Rp 27.472.500\nJatuh tempo: Senin, 14 "
          "Desember 2026\nVirtual Account: 8808 0120 2611 0095\n\nHormat kami,\nRatna S.\n" % N["medika"], h),
      "HTML dengan tabel, jatuh tempo dengan nama hari, pembayaran via virtual account",
      cc=BOT, invoice_numbers=I(N["medika"]), amount="27472500.00", currency="IDR", issue_date="2026-11-16",
      due_date="2026-12-14"))

t = """Dear Mbak Dewi,

Berikut invoice pembuatan website portofolio:

Invoice No.  : %s
Date         : 18 Nov 2026
Amount       : IDR 6,500,000.00
Terms        : NET 7

Pembayaran bisa ke rekening di bawah ini atau QRIS (terlampir di website).
%s

%s""" % (N["rahayu"], REK, SIG_R)
A(msg("invoice_bcc_campur", "invoice_copy", STAFF["ratna"], "Dewi Rahayu <%s>" % C["rahayu"],
      "Invoice Website Portofolio", dt("2026-11-18 11:11", "+0700"), Alt(t, html_of(t)),
      "bot hanya di Bcc; campuran Inggris-Indonesia; format angka gaya Inggris (6,500,000.00); NET 7",
      invoice_numbers=I(N["rahayu"]), amount="6500000.00", currency="IDR", issue_date="2026-11-18",
      due_date="2026-11-25", payment_terms_days="7"))

t = """Yth. Ibu Maya,

Sesuai jadwal pembayaran dalam kontrak (4 kali cicilan @ Rp 15.000.000, total Rp 60.000.000), berikut
tagihan cicilan ke-2 dari 4:

No. invoice    : %s
Tanggal        : 20 November 2026
Cicilan ke-2   : Rp 15.000.000 (sudah termasuk PPN)
Batas bayar    : 10 Desember 2026
Sisa setelah cicilan ini: Rp 30.000.000

%s

%s""" % (N["nusantara"], REK, SIG_B)
A(msg("invoice_cicilan", "invoice_copy", STAFF["bagus"], "Maya Anggraini <%s>" % C["nusantara"],
      "Cicilan 2/4 - Sistem Reservasi Nusantara Tour (%s)" % N["nusantara"], dt("2026-11-20 15:45", "+0700"),
      T(t, "utf-8", "quoted-printable"), "cicilan 2 dari 4: total kontrak, cicilan, sisa bersaing",
      cc=BOT, invoice_numbers=I(N["nusantara"]), amount="15000000.00", currency="IDR", issue_date="2026-11-20",
      due_date="2026-12-10"))

t = """Dear Mr. Tanaka / Bu Rini,

Terlampir invoice %s untuk modul integrasi ERP tahap 1.

Nilai invoice: USD 5,200.00 atau ekuivalen Rupiah dengan kurs tengah BI pada hari pembayaran
(per hari ini sekitar Rp 84.360.000). Pembayaran dapat dalam USD ke rekening valas atau dalam IDR.
Jatuh tempo 30 hari.

%s""" % (N["tekno"], SIG_B)
A(msg("invoice_kurs_tidak_jelas", "invoice_copy", STAFF["bagus"], "Accounting Tekno Mandiri <%s>" % C["tekno"],
      "Invoice %s ERP Integration Phase 1" % N["tekno"], dt("2026-11-24 13:30", "+0700"), Alt(t, html_of(t)),
      "nilai USD atau IDR dengan kurs hari pembayaran: jumlah dan mata uang tidak pasti -> manusia",
      cc=BOT, invoice_numbers=I(N["tekno"]), issue_date="2026-11-24", due_date="2026-12-24",
      payment_terms_days="30", needs_human=True))

# ---------------------------------------------------------------- read receipts
m = bm("id-0087-arrive")
A(msg("mdn_thunderbird_id", "read_receipt", "Hendra Wijaya <%s>" % C["sinarjaya"], BOTF,
      "Tanda Terima (ditampilkan) - Apakah invoice %s sudah diterima?" % N["sinarjaya"], dt("2026-11-05 09:40", "+0700"),
      mdn_body("Ini adalah Tanda Terima untuk surel yang Anda kirim ke %s.\n\nCatatan: Tanda Terima ini hanya "
               "menyatakan bahwa pesan telah ditampilkan pada komputer penerima. Tidak ada jaminan bahwa penerima telah "
               "membaca atau memahami isi pesan.\n" % C["sinarjaya"], C["sinarjaya"], m,
               "Mozilla Thunderbird; Thunderbird 128.4.0esr"),
      "MDN Thunderbird berbahasa Indonesia", irt=m, invoice_numbers=N["sinarjaya"], original_message_id=m))

m = bm("id-0091-past")
A(msg("mdn_outlook_dibaca", "read_receipt", "Finance PT Mitra Prima <%s>" % C["mitra"], BOTF,
      "Dibaca: Invoice %s sudah jatuh tempo" % N["mitra"], dt("2026-11-19 08:12", "+0700"),
      mdn_body("Pesan Anda\n\n  Kepada: Finance PT Mitra Prima\n  Subjek: Invoice %s sudah jatuh tempo\n  Terkirim: "
               "Kamis, 19 November 2026 07:00:01 (UTC+07:00) Bangkok, Hanoi, Jakarta\n\ntelah dibaca pada Kamis, 19 "
               "November 2026 08:12:44 (UTC+07:00) Bangkok, Hanoi, Jakarta.\n" % N["mitra"], C["mitra"], m,
               "outlook.office365.com; Microsoft Exchange",
               disposition="automatic-action/MDN-sent-automatically; displayed"),
      "tanda baca Outlook berbahasa Indonesia", invoice_numbers=N["mitra"], original_message_id=m))

m = bm("id-0099-arrive")
A(msg("read_plain_nonstandar", "read_receipt", "Maya Anggraini <%s>" % C["nusantara"], BOTF,
      "Terbaca: Apakah invoice %s sudah diterima?" % N["nusantara"], dt("2026-11-24 10:05", "+0700"),
      T("Pesan Anda\n\n   Kepada: %s\n   Subjek: Apakah invoice %s sudah diterima?\n   Dikirim: 23/11/2026 09:00\n\n"
        "telah dibaca pada 24/11/2026 10:05.\n" % (C["nusantara"], N["nusantara"])),
      "tanda baca non-standar teks biasa, hanya References", refs=m, invoice_numbers=N["nusantara"],
      original_message_id=m))

# ---------------------------------------------------------------- bounces
m = bm("id-0097-past")
A(msg("bounce_gmail_tidak_ditemukan", "bounce", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", BOT,
      "Delivery Status Notification (Failure)", dt("2026-11-30 08:01", "+0700"),
      dsn("** Alamat tidak ditemukan **\n\nPesan Anda tidak terkirim ke dewi.rahayu@gmail.com karena alamat tidak "
          "ditemukan, atau tidak dapat menerima email.\n\nRespons dari server jarak jauh adalah:\n550 5.1.1 The email "
          "account that you tried to reach does not exist. Please try double-checking the recipient's email address "
          "for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser "
          "41be03b00d2f7-7c5e1a0d1e2si5512883a12.33 - gsmtp\n", "mx.google.com", C["rahayu"], "failed", "5.1.1",
          "550-5.1.1 The email account that you tried to reach does not exist.", "Dewi Rahayu <%s>" % C["rahayu"],
          "Invoice %s sudah jatuh tempo" % N["rahayu"], dt("2026-11-30 08:00", "+0700"), m,
          remote_mta="gmail-smtp-in.l.google.com", human_charset="utf-8", human_cte="quoted-printable"),
      "bounce Gmail berbahasa Indonesia, 5.1.1 alamat tidak ada", au="none", mailfrom="",
      failed_recipients=C["rahayu"], bounce_permanent=True, bounce_reason="user_unknown", original_message_id=m,
      invoice_numbers=N["rahayu"]))

m = bm("id-0093-due")
A(msg("bounce_exim_kuota", "bounce", "Mail Delivery System <Mailer-Daemon@server88.idcloudhost.net>", BOT,
      "Mail delivery failed: returning message to sender", dt("2026-11-27 09:03", "+0700"),
      dsn("This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
          "delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
          "  admin@batiksekarjagad.com\n    mailbox is full: retry timeout exceeded\n", "server88.idcloudhost.net",
          C["batik"], "failed", "5.2.2", "552 5.2.2 mailbox is full: retry timeout exceeded",
          "Batik Sekar Jagad <%s>" % C["batik"], "Pengingat: invoice %s jatuh tempo 30 November 2026" % N["batik"],
          dt("2026-11-27 09:00", "+0700"), m),
      "cPanel/Exim: kotak surat penuh, permanen setelah retry habis", au="none", mailfrom="",
      failed_recipients=C["batik"], bounce_permanent=True, bounce_reason="mailbox_full", original_message_id=m,
      invoice_numbers=N["batik"]))

m = bm("id-0072-past")
A(msg("bounce_postfix_tertunda", "bounce", "Mail Delivery System <MAILER-DAEMON@mail.hotelpuribumi.com>", BOT,
      "Delayed Mail (still being retried)", dt("2026-11-26 13:00", "+0700"),
      dsn("This is the mail system at host mail.hotelpuribumi.com.\n\n####################################################"
          "#################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################"
          "#################################################\n\nYour message could not be delivered for more than 4 hour(s)."
          "\nIt will be retried until it is 5 day(s) old.\n\n                   The mail system\n\n<fa@hotelpuribumi.com>: "
          "connect to 10.10.1.5[10.10.1.5]:25: Connection timed out\n", "mail.hotelpuribumi.com", C["hotel"],
          "delayed", "4.4.1", "X-Postfix; connect to 10.10.1.5[10.10.1.5]:25: Connection timed out",
          "Finance Hotel Puri Bumi <%s>" % C["hotel"], "Invoice %s sudah jatuh tempo" % OLD_HOTEL,
          dt("2026-11-26 09:00", "+0700"), m, will_retry=dt("2026-12-01 09:00", "+0700")),
      "Postfix peringatan tertunda (bukan gagal permanen)", au="none", mailfrom="",
      failed_recipients=C["hotel"], bounce_permanent=False, bounce_reason="other", original_message_id=m,
      invoice_numbers=I(OLD_HOTEL)))

m = bm("id-0104-arrive")
t = """Yth. Pengirim,

Email Bapak/Ibu dengan judul "Apakah invoice %s sudah diterima?" tidak dapat kami
teruskan. Alamat bendahara@sekolahcendekia.sch.id sudah tidak aktif sejak pergantian bendahara
bulan Oktober. Mohon hubungi Tata Usaha sekolah untuk alamat email yang baru.

Terima kasih.
Admin IT Sekolah Cendekia
(pesan ini dikirim otomatis oleh server)
""" % N["sekolah"]
A(msg("bounce_prosa_sekolah", "bounce", "Postmaster Sekolah Cendekia <postmaster@sekolahcendekia.sch.id>", BOT,
      "Re: Apakah invoice %s sudah diterima?" % N["sekolah"], dt("2026-11-23 09:10", "+0700"), T(t),
      "bounce berupa prosa, alamat gagal hanya di kalimat; In-Reply-To ada", irt=m, au="none", mailfrom="",
      failed_recipients=C["sekolah"], bounce_permanent=True, bounce_reason="user_unknown", original_message_id=m,
      invoice_numbers=I(N["sekolah"])))

m = bm("id-0102-arrive")
A(msg("bounce_zimbra_policy", "bounce", "Mail Delivery System <MAILER-DAEMON@mail.teknomandiri.co.id>", BOT,
      "Undelivered Mail Returned to Sender", dt("2026-11-27 10:00", "+0700"),
      dsn("This is the mail system at host mail.teknomandiri.co.id.\n\nI'm sorry to have to inform you that your message "
          "could not\nbe delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n"
          "<accounting@teknomandiri.co.id>: host 127.0.0.1[127.0.0.1] said: 550 5.7.1\n    <accounting@teknomandiri.co.id>: "
          "Recipient address rejected: Access denied -\n    external senders not allowed for this list (in reply to RCPT TO command)\n",
          "mail.teknomandiri.co.id", C["tekno"], "failed", "5.7.1",
          "550 5.7.1 <accounting@teknomandiri.co.id>: Recipient address rejected: Access denied",
          "Accounting Tekno Mandiri <%s>" % C["tekno"], "Apakah invoice %s sudah diterima?" % N["tekno"],
          dt("2026-11-27 09:59", "+0700"), m),
      "Zimbra/Postfix: ditolak kebijakan (pengirim eksternal tidak boleh)", au="none", mailfrom="",
      failed_recipients=C["tekno"], bounce_permanent=True, bounce_reason="policy", original_message_id=m,
      invoice_numbers=N["tekno"]))

# ---------------------------------------------------------------- auto-replies
m = bm("id-0091-due")
A(msg("ooo_cuti", "auto_reply", "Yohanes Pratama <yohanes@mitraprima.co.id>", BOTF,
      "Balasan Otomatis: Pengingat: invoice %s" % N["mitra"], dt("2026-11-10 07:00", "+0700"),
      Alt("Terima kasih atas email Anda.\n\nSaya sedang cuti hingga 13 November 2026 dan akan kembali bekerja pada "
          "Senin, 16 November 2026. Untuk keperluan mendesak silakan hubungi ap@mitraprima.co.id.\n\nSalam,\nYohanes\n",
          html_of("Terima kasih atas email Anda.\n\nSaya sedang cuti hingga 13 November 2026 dan akan kembali bekerja "
                  "pada Senin, 16 November 2026.\n\nSalam,\nYohanes")),
      "OOO Outlook Indonesia dengan header standar", irt=m, extra=[("Auto-Submitted", "auto-replied"),
                                                                  ("X-Auto-Response-Suppress", "All")],
      return_date="2026-11-16", original_message_id=m, invoice_numbers=N["mitra"]))

m = bm("id-0095-due")
A(msg("ooo_tanpa_header", "auto_reply", "Klinik Medika <%s>" % C["medika"], BOTF,
      "Re: Pengingat: invoice %s jatuh tempo 14 Desember 2026" % N["medika"], dt("2026-12-03 08:00", "+0700"),
      T("Terima kasih atas email Anda. Saya sedang dinas luar kota sampai Rabu (9/12) dan baru masuk kantor lagi hari "
        "Kamis 10/12. Email akan saya balas setelahnya.\n\nSalam,\nFitri - Keuangan Klinik Medika\n"),
      "tanpa header auto-reply, tanggal d/m tanpa tahun", irt=m, return_date="2026-12-10", original_message_id=m,
      invoice_numbers=N["medika"]))

m = bm("id-0087-due")
A(msg("ooo_mandarin", "auto_reply", "Lim Wei Ling <weiling@sinarjaya-logistik.co.id>", BOTF,
      "自动回复: Pengingat: invoice %s" % N["sinarjaya"], dt("2026-11-29 08:00", "+0700"),
      T("您好，\n\n我目前不在办公室，将于2026年12月8日返回。如有急事请联系 finance@sinarjaya-logistik.co.id。\n\n谢谢！\n林慧玲\n",
        "gb2312", "base64"),
      "中文自动回复, gb2312 base64, 同事不在联系人中", irt=m, hcharset="gb2312", extra=[("Auto-Submitted", "auto-replied")],
      return_date="2026-12-08", original_message_id=m, invoice_numbers=N["sinarjaya"]))

m = bm("id-0089-arrive")
A(msg("ticket_freshdesk", "auto_reply", "Kopiku Support <support@kopikuindonesia.freshdesk.com>", BOTF,
      "Tiket #5521 telah dibuat: Apakah invoice %s sudah diterima?" % N["kopiku"], dt("2026-11-12 09:02", "+0700"),
      Alt("Halo,\n\nTerima kasih telah menghubungi Kopiku Indonesia. Permintaan Anda telah kami terima dan tiket "
          "#5521 telah dibuat. Tim kami akan merespons dalam 1x24 jam kerja.\n\nSalam hangat,\nTim Kopiku\n",
          html_of("Halo,\n\nTerima kasih telah menghubungi Kopiku Indonesia. Tiket #5521 telah dibuat.\n\nSalam hangat,\nTim Kopiku")),
      "balasan otomatis sistem tiket (Freshdesk), tanpa tanggal kembali", irt=m,
      extra=[("Auto-Submitted", "auto-generated"), ("X-Freshdesk-Ticket", "5521")], original_message_id=m,
      invoice_numbers=N["kopiku"]))

m = bm("id-0102-due")
A(msg("ooo_jepang", "auto_reply", "田中 健一 <k.tanaka@teknomandiri.co.id>", BOTF,
      "自動応答: Pengingat: invoice %s" % N["tekno"], dt("2026-12-01 09:00", "+0700"),
      T("お世話になっております。\n\n誠に勝手ながら、12月7日(月)まで出張のため不在にしております。\n12月8日(火)より順次対応"
        "いたします。\n\n田中 健一\nPT Tekno Mandiri\n", "iso-2022-jp", "7bit"),
      "日本語の自動応答 (iso-2022-jp), 戻り日 12月8日", irt=m, hcharset="iso-2022-jp",
      extra=[("Auto-Submitted", "auto-replied")], return_date="2026-12-08", original_message_id=m,
      invoice_numbers=N["tekno"]))

# ---------------------------------------------------------------- challenge
m = bm("id-0072-past2")
A(msg("challenge_verifikasi", "challenge", "Verifikasi Email Hotel Puri Bumi <noreply@mailshield.id>", BOT,
      "[Verifikasi] Pesan Anda ke fa@hotelpuribumi.com menunggu konfirmasi", dt("2026-12-01 09:02", "+0700"),
      Alt("Yth. Pengirim,\n\nPesan Anda ke fa@hotelpuribumi.com ditahan sementara. Untuk membuktikan bahwa Anda bukan "
          "pengirim spam, silakan klik tautan berikut:\n\nhttps://mailshield.id/v/Q9tLx2?ref=%s\n\nSetelah diverifikasi, "
          "pesan akan diteruskan. Tautan berlaku 72 jam.\n\nMailShield\n" % m.strip("<>"),
          html_of("Yth. Pengirim,\n\nPesan Anda ke fa@hotelpuribumi.com ditahan sementara. Silakan klik tautan "
                  "verifikasi.\n\nMailShield")),
      "challenge/response Indonesia: klik tautan verifikasi", extra=[("Auto-Submitted", "auto-replied"),
                                                                   ("In-Reply-To", m)],
      original_message_id=m, invoice_numbers=OLD_HOTEL))

# ---------------------------------------------------------------- payments
t = """Yth. Bapak/Ibu PT KESTRELMOOR NUSANTARA,

Berikut ini adalah informasi transaksi yang terjadi pada rekening Anda:

Jenis Transaksi   : Transfer Masuk (BI-FAST)
Tanggal           : 02/12/2026
Jam               : 10:14:52 WIB
Rekening Tujuan   : 0887****4456
Nama Pengirim     : PT SINAR JAYA LOGISTIK
Bank Pengirim     : BANK MANDIRI
Nominal           : Rp 49.950.000,00
Berita            : INV 0087 KMN XI 2026

Semoga informasi ini bermanfaat.

Hormat kami,
Bank Arunika
Bank Arunika berizin dan diawasi oleh Otoritas Jasa Keuangan serta merupakan peserta penjaminan LPS.
"""
A(msg("bayar_transfer_masuk", "payment_confirmation", NOTIFIERS["arunika"], BOT,
      "Notifikasi Transaksi - Transfer Masuk", dt("2026-12-02 10:15", "+0700"), Alt(t, html_of(t, "Arial")),
      "notifikasi bank Indonesia; berita transfer menulis nomor invoice tanpa garis miring",
      invoice_numbers=N["sinarjaya"], amount="49950000.00", currency="IDR", payment_date="2026-12-02",
      payment_full=True, allocations="%s=49950000.00" % N["sinarjaya"]))

t = """Yth. PT KESTRELMOOR NUSANTARA,

Pembayaran Virtual Account telah BERHASIL.

Nomor Virtual Account : 8808 0120 2611 0095
Nama VA               : KLINIK MEDIKA
Jumlah                : Rp27.472.500
Waktu Pembayaran      : 01 Des 2026 16:20:05 WIB
No. Referensi         : VA2612011620050095

Dana akan masuk ke rekening 0887****4456 pada hari yang sama.

Bank Arunika
"""
A(msg("bayar_virtual_account", "payment_confirmation", NOTIFIERS["arunika"], BOT,
      "Pembayaran Virtual Account Berhasil", dt("2026-12-01 16:21", "+0700"), T(t),
      "pembayaran VA: nomor invoice hanya tersirat dari nomor VA (berakhiran 0095) dan nama",
      invoice_numbers=N["medika"], amount="27472500.00", currency="IDR", payment_date="2026-12-01",
      payment_full=True, allocations="%s=27472500.00" % N["medika"]))

t = """Yth. Bapak/Ibu PT KESTRELMOOR NUSANTARA,

Jenis Transaksi   : Transfer Masuk (SKN)
Tanggal           : 25/11/2026
Nama Pengirim     : PT MITRA PRIMA
Nominal           : Rp 40.000.000,00
Berita            : DP SEBAGIAN 0091/KMN-INV/XI/2026

Bank Arunika
"""
A(msg("bayar_sebagian", "payment_confirmation", NOTIFIERS["arunika"], BOT,
      "Notifikasi Transaksi - Transfer Masuk", dt("2026-11-25 15:30", "+0700"), T(t, "us-ascii", "7bit"),
      "pembayaran sebagian DP (40 juta dari 79,92 juta)",
      invoice_numbers=N["mitra"], amount="40000000.00", currency="IDR", payment_date="2026-11-25",
      payment_full=False, allocations="%s=40000000.00" % N["mitra"]))

t = """Yth. Bapak/Ibu PT KESTRELMOOR NUSANTARA,

Jenis Transaksi   : Transfer Masuk (BI-FAST)
Tanggal           : 04/12/2026
Nama Pengirim     : KOPIKU INDONESIA PT
Nominal           : Rp 24.060.000,00
Berita            : PEMBAYARAN INV 0089/KMN-INV/XI/2026 DAN 0076/KMN-INV/X/2026

Bank Arunika
"""
A(msg("bayar_dua_invoice", "payment_confirmation", NOTIFIERS["arunika"], BOT,
      "Notifikasi Transaksi - Transfer Masuk", dt("2026-12-04 11:02", "+0700"), T(t, "us-ascii", "7bit"),
      "satu transfer membayar dua invoice (jumlah per invoice dari ledger: 19,62 jt + 4,44 jt)",
      invoice_numbers=I(N["kopiku"], OLD_KOPI), amount="24060000.00", currency="IDR", payment_date="2026-12-04",
      payment_full=True, allocations="%s=19620000.00;%s=4440000.00" % (N["kopiku"], OLD_KOPI)))

t = """Payvessel

Pembayaran QRIS diterima

Merchant        : PT Kestrelmoor Nusantara
Jumlah          : Rp3.750.000
MDR (0,7%)      : -Rp26.250
Diterima bersih : Rp3.723.750
Catatan pembeli : invoice 0093 katalog
Waktu           : 30 Nov 2026, 21:47 WIB
ID Transaksi    : QR-20261130-8842117
"""
A(msg("bayar_qris", "payment_confirmation", NOTIFIERS["payvessel"], BOT,
      "Pembayaran QRIS Rp3.750.000 diterima", dt("2026-11-30 21:48", "+0700"), Alt(t, html_of(t)),
      "QRIS via PSP, MDR dan nett bersaing dengan jumlah bayar; nomor invoice disingkat '0093'",
      invoice_numbers=N["batik"], amount="3750000.00", currency="IDR", payment_date="2026-11-30",
      payment_full=True, allocations="%s=3750000.00" % N["batik"]))

# ---------------------------------------------------------------- client replies
m = bm("id-0097-due")
A(msg("balas_sudah_ditransfer", "client_reply", "Dewi Rahayu <dewi.rahayu.design@gmail.com>", BOTF,
      "Re: Pengingat: invoice %s jatuh tempo 25 November 2026" % N["rahayu"], dt("2026-11-24 20:15", "+0700"),
      Alt("sudah ditransfer kak 🙏\n", "<div dir=\"ltr\">sudah ditransfer kak 🙏</div>\n"),
      "balasan singkat 'sudah ditransfer' dengan emoji, dari alamat Gmail lain", irt=m, intent="paid_claim",
      invoice_numbers=N["rahayu"], original_message_id=m))

m = bm("id-0072-past2")
A(msg("balas_janji_tanggal", "client_reply", "Finance Hotel Puri Bumi <%s>" % C["hotel"], BOTF,
      "RE: Invoice %s sudah jatuh tempo" % OLD_HOTEL, dt("2026-12-02 10:30", "+0700"),
      T("Dengan hormat,\n\nMohon maaf atas keterlambatannya. Pembayaran invoice tersebut akan kami proses pada tanggal "
        "10 Desember 2026.\n\nHormat kami,\nAgus Salim\nFinance & Accounting Hotel Puri Bumi\n\n" +
        quote(rem("Bapak/Ibu", OLD_HOTEL, "Rp 12.210.000", "30 Oktober 2026", past=True)) + "\n"),
      "janji bayar dengan tanggal jelas", irt=m, intent="promise", promised_date="2026-12-10",
      invoice_numbers=OLD_HOTEL, original_message_id=m))

m = bm("id-0089-past")
A(msg("balas_janji_lusa", "client_reply", "Lestari Kusuma <%s>" % C["kopiku"], BOTF,
      "Re: Invoice %s sudah jatuh tempo" % N["kopiku"], dt("2026-12-02 13:05", "+0700"),
      T("Siang Bu Ratna,\n\nMaaf telat, lusa kami transfer sekalian dengan invoice Oktober yang belum ya.\n\nSalam,\nLestari\n"),
      "janji relatif 'lusa' (dikirim Rabu 2 Des -> 4 Des)", irt=m, intent="promise", promised_date="2026-12-04",
      invoice_numbers=N["kopiku"], original_message_id=m))

m = bm("id-0104-past")
A(msg("balas_belum_bisa_janji", "client_reply", "Tata Usaha Sekolah Cendekia <tu@sekolahcendekia.sch.id>", BOTF,
      "Re: Invoice %s sudah jatuh tempo" % N["sekolah"], dt("2026-12-04 11:40", "+0700"),
      T("Assalamualaikum,\n\nMohon maaf, kami belum bisa menjanjikan pembayaran sebelum tanggal 20 karena dana BOS "
        "tahap akhir belum cair. Apakah bisa diberi kelonggaran waktu atau dibayar dua kali?\n\nWassalam,\nBu Nur\n"
        "Tata Usaha\n"),
      "penyangkalan janji ('belum bisa ... sebelum tanggal 20') + minta kelonggaran", irt=m, intent="plan_request",
      invoice_numbers=N["sekolah"], original_message_id=m))

m = bm("id-0095-arrive")
A(msg("balas_sanggah", "client_reply", "Fitri Handayani <%s>" % C["medika"], BOTF,
      "RE: Apakah invoice %s sudah diterima?" % N["medika"], dt("2026-11-20 14:22", "+0700"),
      T("Selamat siang,\n\nInvoice sudah kami terima, tetapi jumlah lisensi yang ditagihkan 25 user, padahal sesuai PO "
        "kami hanya 20 user. Mohon invoice direvisi dulu sebelum kami proses.\n\nTerima kasih,\nFitri\n"),
      "sanggahan jumlah lisensi", irt=m, intent="dispute", invoice_numbers=N["medika"], original_message_id=m))

m = bm("id-0104-due")
A(msg("balas_belum_terima", "client_reply", "Tata Usaha Sekolah Cendekia <tu@sekolahcendekia.sch.id>", BOTF,
      "Re: Pengingat: invoice %s" % N["sekolah"], dt("2026-11-25 09:30", "+0700"),
      T("Selamat pagi,\n\nInvoice yang dimaksud belum kami terima karena email bendahara lama sudah tidak aktif. Mohon "
        "dikirim ulang ke email ini beserta faktur pajaknya.\n\nTerima kasih.\nTata Usaha\n"),
      "invoice belum diterima, minta kirim ulang; pengirim bukan kontak terdaftar", irt=m, intent="not_received",
      invoice_numbers=N["sekolah"], original_message_id=m))

m = bm("id-0072-past1")
A(msg("balas_tanya_rekening", "client_reply", "Finance Hotel Puri Bumi <%s>" % C["hotel"], BOTF,
      "RE: Invoice %s sudah jatuh tempo" % OLD_HOTEL, dt("2026-11-04 16:00", "+0700"),
      T("Selamat sore,\n\nApakah pembayaran bisa melalui virtual account? Sistem kami tidak bisa transfer ke rekening "
        "yang belum terdaftar di vendor master. Kalau harus transfer, mohon kirim surat keterangan rekening bermaterai.\n\n"
        "Terima kasih,\nAgus\n"),
      "tanya cara bayar / VA, minta dokumen rekening", irt=m, intent="payment_details", invoice_numbers=OLD_HOTEL,
      original_message_id=m))

m = bm("id-0093-due")
A(msg("balas_stop", "client_reply", "Sari Batik Sekar Jagad <sari.sekarjagad@gmail.com>", BOTF,
      "Re: Pengingat: invoice %s jatuh tempo 30 November 2026" % N["batik"], dt("2026-11-27 20:10", "+0700"),
      T("Mas, tolong jangan kirim email tagihan otomatis lagi ke saya ya. Email admin udah penuh terus. Urusan bayar "
        "langsung WA ke mas Bagus aja. Makasih\n"),
      "minta berhenti dikirimi email", irt=m, intent="stop", invoice_numbers=N["batik"], original_message_id=m))

m = bm("id-0102-past")
A(msg("balas_formal_sudah_bayar", "client_reply", "Rini Susanti <rini.susanti@teknomandiri.co.id>", BOTF,
      "RE: Invoice %s sudah jatuh tempo" % N["tekno"], dt("2026-12-04 15:00", "+0700"),
      Alt("Dengan hormat,\n\nBersama ini kami sampaikan bahwa pembayaran atas invoice %s telah kami lakukan pada "
          "tanggal 1 Desember 2026 sebesar USD 5,200.00 ke rekening valas Bapak/Ibu. Bukti transfer terlampir.\n\n"
          "Demikian kami sampaikan, atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nRini Susanti\n"
          "Accounting Supervisor\nPT Tekno Mandiri\n" % N["tekno"],
          html_of("Dengan hormat,\n\nBersama ini kami sampaikan bahwa pembayaran atas invoice %s telah kami lakukan "
                  "pada tanggal 1 Desember 2026 sebesar USD 5,200.00.\n\nHormat kami,\nRini Susanti" % N["tekno"])),
      "klaim sudah bayar, register formal (bukti 'terlampir' tapi tidak ada lampiran)", irt=m, intent="paid_claim",
      invoice_numbers=N["tekno"], original_message_id=m))

m = bm("id-0091-past")
A(msg("balas_campur_sebagian_janji", "client_reply", "Finance PT Mitra Prima <%s>" % C["mitra"], BOTF,
      "RE: Invoice %s sudah jatuh tempo" % N["mitra"], dt("2026-11-26 10:00", "+0700"),
      T("Dengan hormat,\n\nKemarin sudah kami transfer Rp 40.000.000 sebagai pembayaran sebagian DP. Sisanya "
        "Rp 39.920.000 akan kami lunasi paling lambat 18 Desember 2026 setelah termin dari owner proyek cair.\n\n"
        "Salam,\nFinance PT Mitra Prima\n"),
      "campuran: klaim bayar sebagian + janji sisa dengan tanggal", irt=m, intent="promise",
      promised_date="2026-12-18", invoice_numbers=N["mitra"], original_message_id=m, needs_human=True))

m = bm("id-0095-paid-thanks")
A(msg("balas_kutip_pembayaran", "client_reply", "Fitri Handayani <%s>" % C["medika"], BOTF,
      "Re: Terima kasih atas pembayaran invoice %s" % N["medika"], dt("2026-12-02 09:00", "+0700"),
      T("Sama-sama Bu. Mohon e-Faktur pajaknya dikirim ya, untuk pengkreditan PPN masukan bulan ini.\n\nFitri\n\n"
        "Pada tanggal Sel, 1 Des 2026 pukul 17.00, Kestrelmoor Nusantara - Keuangan <ar@kestrelmoor.com> menulis:\n"
        "> Terima kasih, pembayaran Rp 27.472.500 untuk invoice %s sudah kami terima.\n>\n>> Pada 20 Nov 2026, Fitri "
        "menulis:\n>> Kami akan bayar setelah revisi, paling lambat 1 Desember.\n" % N["medika"]),
      "minta e-Faktur; janji dan pembayaran hanya ada di kutipan", irt=m, intent="other",
      invoice_numbers=N["medika"], original_message_id=m))

m = bm("id-0087-due")
A(msg("balas_santai_besok", "client_reply", "Hendra Wijaya <%s>" % C["sinarjaya"], BOTF,
      "Re: Pengingat: invoice %s" % N["sinarjaya"], dt("2026-12-01 17:45", "+0700"),
      T("Siap bu, besok kami transfer ya 👍\n"), "janji santai 'besok' (1 Des -> 2 Des)", irt=m, intent="promise",
      promised_date="2026-12-02", invoice_numbers=N["sinarjaya"], original_message_id=m))

m = bm("id-0099-due")
A(msg("balas_minta_cicil_jaksel", "client_reply", "Kevin Hartono <kevin@nusantaratour.co.id>", BOTF,
      "Re: Pengingat: Cicilan 2/4 %s" % N["nusantara"], dt("2026-12-05 11:20", "+0700"),
      T("Hi team,\n\nBoleh nggak cicilan ke-2 ini kita split jadi 2x? Cashflow lagi tight banget nih abis high season. "
        "Nanti aku kabarin tanggalnya kalau udah fix ya.\n\nThanks,\nKevin\n"),
      "gaya Jaksel campur Inggris: minta dipecah tanpa tanggal", irt=m, intent="plan_request",
      invoice_numbers=N["nusantara"], original_message_id=m))

# ---------------------------------------------------------------- other
t = """Yth. Nasabah Bank Arunika,

Dana masuk sebesar Rp 79.920.000 dari PT MITRA PRIMA tertahan karena data rekening Anda belum
diperbarui. Segera lakukan verifikasi melalui tautan berikut dalam 1x24 jam:

https://bankarunika-notifikasi.com/verifikasi

Bank Arunika
"""
A(msg("palsu_lookalike", "other", "Bank Arunika <notifikasi@bankarunika-notifikasi.com>", BOT,
      "Notifikasi Transaksi - Dana Tertahan", dt("2026-11-28 02:10", "+0700"), Alt(t, html_of(t)),
      "domain tiruan bank, DMARC pass untuk domain palsu, tautan phishing", invoice_numbers=N["mitra"],
      needs_human=True))

t = """Yth. Bapak/Ibu PT KESTRELMOOR NUSANTARA,

Jenis Transaksi   : Transfer Masuk (BI-FAST)
Tanggal           : 03/12/2026
Nama Pengirim     : PT NUSANTARA TOUR
Nominal           : Rp 15.000.000,00
Berita            : 0099/KMN-INV/XI/2026

Bank Arunika
"""
A(msg("palsu_dmarc_gagal", "other", NOTIFIERS["arunika"], BOT, "Notifikasi Transaksi - Transfer Masuk",
      dt("2026-12-03 23:40", "+0700"), T(t, "us-ascii", "7bit"),
      "alamat notifier persis tetapi DKIM/DMARC gagal: tidak boleh dicatat sebagai pembayaran", au="fail",
      mailfrom="notif@bulk-sender.top", invoice_numbers=N["nusantara"], needs_human=True))

A(msg("spam_pinjol", "other", "Dana Cepat <promo@danacepat-kilat.xyz>", BOT,
      "Pinjaman usaha cair 1 jam tanpa agunan!!", dt("2026-11-21 05:00", "+0700"),
      Alt("Butuh modal usaha? Pinjaman s/d Rp 500 juta, cair 1 jam, tanpa agunan, tanpa BI checking!\nHubungi WA "
          "0857-xxxx-1234\n", "<html><body><h2>Pinjaman cair 1 jam!</h2></body></html>"),
      "spam pinjaman online", au="nodkim"))

A(msg("internal_cek_mutasi", "other", STAFF["bagus"], "Ratna Sulistyowati <ratna@kestrelmoor.co.id>",
      "cek mutasi Mitra Prima", dt("2026-11-26 10:30", "+0700"),
      T("Bu Ratna, Mitra bilang sudah transfer 40 juta kemarin, tolong dicek di mutasi ya. Sisanya katanya tgl 18. "
        "CC ar biar tercatat.\n\nBagus\n"),
      "obrolan internal dengan bot di Cc, bukan invoice", cc=BOT, invoice_numbers=N["mitra"], needs_human=True))

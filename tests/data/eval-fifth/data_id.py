"""Indonesian set: Kestrel Works (Indonesian clients)."""
from make import (attach_rfc822, BOT, DOM, D, FAKE_PDF, authres, bmid, build, contacts, report,
                  save, smid)

L = "id"
PUTRI = ("Putri Halim", "putri.halim@" + DOM)
KEU = ("Keuangan Kestrel Works", "keuangan@" + DOM)
ARB = ("Kestrel Works - Penagihan", BOT)


def q(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def pengingat(inv, jumlah, jt, sapa="Bapak/Ibu"):
    return (f"Yth. {sapa},\n\nSemoga Bapak/Ibu sehat selalu dan usahanya lancar.\n\n"
            f"Kami ingin mengingatkan bahwa invoice {inv} sebesar {jumlah} telah jatuh tempo pada {jt}. "
            f"Apabila Bapak/Ibu sudah melakukan pembayaran, mohon abaikan email ini - terima kasih!\n\n"
            f"Pembayaran: Bank Mandala, a.n. PT Kestrel Works Indonesia, No. Rek. 123-00-4567890-1, berita: {inv}\n\n"
            f"Jika ada pertanyaan, silakan balas email ini.\n\n"
            f"Salam,\nKestrel Works - Penagihan")


def make():
    contacts("finance@sinarkopi.co.id", "admin@mitraabadi.com", "ap@lautbiru.co.id",
             "berkahjaya.toko@gmail.com", "admin.berkahjaya@gmail.com", "keuangan@arunika.id",
             "bendahara@pelitahb.or.id", "finance@garudatekstil.co.id", "admin@kliniksentosa.co.id",
             "tanaka@sakura-shoji.co.jp", "financeiro@atlanticoimport.com.br", "finance@bumihijau.co.id",
             "karyamandiri.cv@yahoo.co.id", "accounting@kencanabali.com", "ct.admin@cahayatimur.co.id",
             "majumotor.bengkel@gmail.com")
    pa = authres(PUTRI[1])

    # ---------------- salinan invoice ----------------
    m = build(PUTRI, ("Bu Rina - Finance Sinar Kopi", "finance@sinarkopi.co.id"),
              "Invoice INV/KW/2026/XI/045 - Pengembangan Aplikasi Kasir", D("2026-11-02 09:15", "+0700"),
              cc=[ARB], auth=pa, mid=smid("id01"),
              text="""Selamat pagi Bu Rina,

Terlampir kami kirimkan invoice untuk pekerjaan pengembangan aplikasi kasir bulan Oktober.

No. Invoice   : INV/KW/2026/XI/045
Tanggal       : 2 November 2026
DPP           : Rp 25.000.000
PPN 11%       : Rp 2.750.000
Total         : Rp 27.750.000
Termin        : 30 hari

Pembayaran ke Bank Mandala a.n. PT Kestrel Works Indonesia, No. Rek. 123-00-4567890-1.
Faktur pajak menyusul.

Terima kasih atas kerja samanya.

Salam hangat,
Putri Halim
PT Kestrel Works Indonesia
""", attach=[("invoice-INV-KW-2026-XI-045.pdf", FAKE_PDF)])
    save(L, "01_invoice_sinarkopi", m, kind="invoice_copy", invoice_numbers="INV/KW/2026/XI/045",
         amount="27750000", currency="IDR", issue_date="2026-11-02", due_date="2026-12-02",
         payment_terms_days=30, note="dot thousands separator, roman-month invoice number with slashes")

    m = build(KEU, ("Admin CV Mitra Abadi", "admin@mitraabadi.com"),
              "Tagihan INV/KW/2026/XI/046", D("2026-11-02 13:40", "+0700"),
              cc=[ARB], auth=authres(KEU[1]), mid=smid("id02"),
              text="""Dengan hormat,

Bersama ini kami sampaikan tagihan sebagai berikut:

Nomor invoice: INV/KW/2026/XI/046
Tanggal invoice: 02-11-2026
Jumlah tagihan: Rp8.500.000,- (delapan juta lima ratus ribu rupiah)
Jatuh tempo: 16 November 2026

Hormat kami,
Keuangan PT Kestrel Works Indonesia
""", attach=[("invoice-INV-KW-2026-XI-046.pdf", FAKE_PDF)])
    save(L, "02_invoice_mitraabadi", m, kind="invoice_copy", invoice_numbers="INV/KW/2026/XI/046",
         amount="8500000", currency="IDR", issue_date="2026-11-02", due_date="2026-11-16", note="'Rp8.500.000,-' format, amount in words, dd-mm-yyyy")

    m = build(PUTRI, ("AP PT Laut Biru Logistik", "ap@lautbiru.co.id"),
              "[Laut Biru] Invoice INV/KW/2026/XI/047 integrasi TMS", D("2026-11-04 10:30", "+0700"),
              cc=[ARB], auth=pa, mid=smid("id03"),
              text="""Yth. Tim AP Laut Biru,

Invoice INV/KW/2026/XI/047 tanggal 4 November 2026 untuk integrasi TMS.
Total: Rp 156.400.000 (sudah termasuk PPN).
TOP: 45 hari sejak tanggal invoice.

Terima kasih,
Putri
""",
              html="""<html><body><p>Yth. Tim AP Laut Biru,</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>No. Invoice</th><th>Tanggal</th><th>Total</th><th>TOP</th></tr>
<tr><td>INV/KW/2026/XI/047</td><td>4 November 2026</td><td>Rp 156.400.000</td><td>45 hari</td></tr></table>
<p>Terima kasih,<br>Putri</p></body></html>""",
              attach=[("invoice-INV-KW-2026-XI-047.pdf", FAKE_PDF)])
    save(L, "03_invoice_lautbiru_top45", m, kind="invoice_copy", invoice_numbers="INV/KW/2026/XI/047",
         amount="156400000", currency="IDR", issue_date="2026-11-04", due_date="2026-12-19",
         payment_terms_days=45, note="TOP 45 hari, due date computed; html table")

    m = build(PUTRI, ("Toko Berkah Jaya", "berkahjaya.toko@gmail.com"),
              "invoice bulan ini", D("2026-11-06 19:22", "+0700"),
              cc=[ARB, ("Admin Berkah Jaya", "admin.berkahjaya@gmail.com")], auth=pa, mid=smid("id04"),
              text="""Halo Koh Hendra,

ini invoice utk maintenance website bulan ini ya, no INV/KW/2026/XI/048, total 3,25jt (Rp 3.250.000). Bisa bayar via VA BayarKu 8808 0012 0470 48, paling lambat tgl 20/11 ya koh.

Makasih banyak!
Putri
""", attach=[("invoice-INV-KW-2026-XI-048.pdf", FAKE_PDF)])
    save(L, "04_invoice_berkah_santai", m, kind="invoice_copy", invoice_numbers="INV/KW/2026/XI/048",
         amount="3250000", currency="IDR", issue_date="2026-11-06", due_date="2026-11-20", note="informal; '3,25jt' shorthand; dd/mm without year")

    m = build(PUTRI, ("Accounting Hotel Kencana Bali", "accounting@kencanabali.com"),
              "Invoice INV/KW/2026/XI/049 - Kencana booking engine", D("2026-11-09 14:05", "+0800"),
              auth=pa, mid=smid("id05"),
              text="""Dear Accounting Team,

Please find attached invoice INV/KW/2026/XI/049 dated 9 November 2026.

Amount: USD 4,800.00
Payment terms: net 30 days (due 9 December 2026)
Payable to our USD account at Bank Mandala, SWIFT BMDLIDJA.

Best regards,
Putri Halim
""", attach=[("invoice-INV-KW-2026-XI-049.pdf", FAKE_PDF)])
    save(L, "05_invoice_kencana_usd_bcc", m, kind="invoice_copy", language="en",
         invoice_numbers="INV/KW/2026/XI/049", amount="4800.00", currency="USD", issue_date="2026-11-09",
         due_date="2026-12-09", payment_terms_days=30,
         note="written in English inside the Indonesian set; USD; bot in Bcc only; +0800 (Bali)")

    m = build(KEU, ("Keuangan PT Arunika Digital", "keuangan@arunika.id"),
              "Invoice INV/KW/2026/XI/050 (PPh 23)", D("2026-11-10 08:50", "+0700"),
              cc=[ARB], auth=authres(KEU[1]), mid=smid("id06"),
              text="""Yth. Bagian Keuangan PT Arunika Digital,

Berikut rincian invoice INV/KW/2026/XI/050 tanggal 10 November 2026 untuk jasa konsultasi TI:

DPP                               Rp 50.000.000
PPN 11%                           Rp  5.500.000
Jumlah invoice                    Rp 55.500.000
Dipotong PPh 23 (2% x DPP)        Rp  1.000.000
Jumlah yang ditransfer            Rp 54.500.000

Jatuh tempo 30 hari setelah tanggal invoice. Mohon bukti potong PPh 23 dikirimkan ke email ini.

Hormat kami,
Keuangan PT Kestrel Works Indonesia
""", attach=[("invoice-INV-KW-2026-XI-050.pdf", FAKE_PDF)])
    save(L, "06_invoice_pph23", m, kind="invoice_copy", invoice_numbers="INV/KW/2026/XI/050",
         amount="54500000", currency="IDR", issue_date="2026-11-10", due_date="2026-12-10",
         payment_terms_days=30, note="HARD: withholding tax PPh 23; invoice total 55.500.000 vs cash expected 54.500.000")

    m = build(PUTRI, ("Bendahara Yayasan Pelita Harapan Bangsa", "bendahara@pelitahb.or.id"),
              "Invoice Termin 1 (DP 30%) - Sistem Informasi Sekolah", D("2026-11-11 11:11", "+0700"),
              cc=[ARB], auth=pa, mid=smid("id07"),
              text="""Yth. Ibu Bendahara,

Sesuai SPK No. 017/YPHB/X/2026 dengan nilai kontrak Rp 120.000.000, berikut kami tagihkan Termin 1 (uang muka 30%):

No. Invoice: INV/KW/2026/XI/051
Tanggal: 11 November 2026
Jumlah: Rp 36.000.000
Jatuh tempo: 25 November 2026

Termin 2 (40%) ditagihkan setelah UAT, termin 3 (30%) setelah serah terima.

Hormat kami,
Putri Halim
""", attach=[("invoice-INV-KW-2026-XI-051.pdf", FAKE_PDF)])
    save(L, "07_invoice_termin_dp", m, kind="invoice_copy", invoice_numbers="INV/KW/2026/XI/051",
         amount="36000000", currency="IDR", issue_date="2026-11-11", due_date="2026-11-25", note="HARD: down payment 30% of contract 120.000.000; later terms mentioned")

    m = build(PUTRI, ("Finance PT Garuda Tekstil", "finance@garudatekstil.co.id"),
              "INV/KW/2026/XI/052 dan nota kredit", D("2026-11-11 16:30", "+0700"),
              cc=[ARB], auth=pa, mid=smid("id08"),
              text="""Selamat sore Pak Bambang,

Berikut invoice INV/KW/2026/XI/052 tgl 11/11/2026 sebesar Rp 88.800.000 (termasuk PPN).
Nota kredit NK/KW/2026/007 sebesar Rp 5.550.000 untuk modul yang dibatalkan sudah kami kurangkan, sehingga sisa tagihan Rp 83.250.000.

Sesuai obrolan kemarin, kalau mau dicicil 2x juga boleh: cicilan pertama Rp 41.625.000 paling lambat 30 November, sisanya akhir Desember. Mohon dikonfirmasi mau dibayar sekaligus atau dicicil ya Pak. Kalau sekaligus, jatuh temponya 30 hari.

Terima kasih,
Putri
""", attach=[("invoice-INV-KW-2026-XI-052.pdf", FAKE_PDF)])
    save(L, "08_invoice_nota_kredit_cicilan", m, kind="invoice_copy", invoice_numbers="INV/KW/2026/XI/052",
         amount="83250000", currency="IDR", issue_date="2026-11-11", due_date="2026-12-11",
         payment_terms_days=30, needs_human=True,
         note="HARD: credit note deducted (88.8M -> 83.25M) AND optional 2 installments (41.625M by 30 Nov); client must choose")

    # ---------------- tanda terima baca ----------------
    rem = bmid("id-047-sampai")
    m = report(("AP PT Laut Biru Logistik", "ap@lautbiru.co.id"), ARB,
               "Tanda terima (ditampilkan) - Apakah invoice INV/KW/2026/XI/047 sudah diterima?",
               D("2026-11-09 08:30", "+0700"),
               "Ini adalah tanda terima untuk pesan yang Anda kirim ke ap@lautbiru.co.id.\n\n"
               "Catatan: Tanda terima ini hanya menyatakan bahwa pesan telah ditampilkan di komputer penerima.\n",
               "disposition-notification",
               f"""Reporting-UA: lautbiru.co.id; Thunderbird 128.3.1
Final-Recipient: rfc822;ap@lautbiru.co.id
Original-Message-ID: {rem}
Disposition: manual-action/MDN-sent-manually; displayed""",
               ("text/rfc822-headers", f"""From: Kestrel Works - Penagihan <{BOT}>
To: ap@lautbiru.co.id
Subject: Apakah invoice INV/KW/2026/XI/047 sudah diterima?
Message-ID: {rem}
Date: Sat, 07 Nov 2026 09:00:00 +0700"""), auth=authres("ap@lautbiru.co.id"), irt=rem)
    save(L, "09_mdn_lautbiru", m, kind="read_receipt", invoice_numbers="INV/KW/2026/XI/047",
         original_message_id=rem, note="Indonesian Thunderbird MDN")

    rem = bmid("id-050-pengingat")
    m = build(("Keuangan PT Arunika Digital", "keuangan@arunika.id"), ARB,
              "Dibaca: Pengingat: invoice INV/KW/2026/XI/050 jatuh tempo 10 Desember 2026", D("2026-12-07 13:02", "+0700"),
              auth=authres("keuangan@arunika.id"),
              extra=[("References", rem), ("Thread-Topic", "Pengingat: invoice INV/KW/2026/XI/050 jatuh tempo 10 Desember 2026")],
              text="""Pesan Anda

  Kepada: keuangan@arunika.id
  Subjek: Pengingat: invoice INV/KW/2026/XI/050 jatuh tempo 10 Desember 2026
  Terkirim: Senin, 07 Desember 2026 09.00.05 (UTC+07:00) Bangkok, Hanoi, Jakarta

telah dibaca pada Senin, 07 Desember 2026 13.02.44 (UTC+07:00) Bangkok, Hanoi, Jakarta.
""")
    save(L, "10_dibaca_outlook", m, kind="read_receipt", invoice_numbers="INV/KW/2026/XI/050",
         original_message_id=rem, note="non-standard Outlook 'Dibaca:' receipt, References only; time with dots")

    # ---------------- bounce ----------------
    rem = bmid("id-048-sampai")
    m = report(("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), BOT,
               "Delivery Status Notification (Failure)", D("2026-11-09 09:01", "+0700"),
               """

** Alamat tidak ditemukan **

Pesan Anda tidak terkirim ke admin.berkahjaya@gmail.com karena alamat tidak ditemukan, atau tidak dapat menerima email.

Respons dari server jarak jauh:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.
""", "delivery-status", f"""Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 09 Nov 2026 09:00:58 +0700

Final-Recipient: rfc822; admin.berkahjaya@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.4.26)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.""",
               ("text/rfc822-headers", f"""From: Kestrel Works - Penagihan <{BOT}>
To: berkahjaya.toko@gmail.com
Cc: admin.berkahjaya@gmail.com
Subject: Apakah invoice INV/KW/2026/XI/048 sudah diterima?
Message-ID: {rem}
Date: Mon, 09 Nov 2026 09:00:55 +0700"""), mailfrom="", auth=authres("mailer-daemon@googlemail.com"))
    save(L, "11_bounce_gmail_tidak_ditemukan", m, kind="bounce", invoice_numbers="INV/KW/2026/XI/048",
         failed_recipients="admin.berkahjaya@gmail.com", bounce_permanent=True, original_message_id=rem,
         bounce_reason="user_unknown", note="Gmail DSN with Indonesian-localised prose; the Cc address failed, To did not")

    rem = bmid("id-040-terlambat")
    m = report(("Mail Delivery System", "Mailer-Daemon@srv12.idhostingku.net"), BOT,
               "Mail delivery failed: returning message to sender", D("2026-11-27 15:20", "+0700"),
               """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  karyamandiri.cv@yahoo.co.id
    mailbox is full: retry timeout exceeded
""", "delivery-status", f"""Reporting-MTA: dns; srv12.idhostingku.net

Action: failed
Final-Recipient: rfc822;karyamandiri.cv@yahoo.co.id
Status: 5.0.0
Diagnostic-Code: smtp; 452 4.2.2 mailbox is full; retry timeout exceeded""",
               ("text/rfc822-headers", f"""From: Kestrel Works - Penagihan <{BOT}>
To: karyamandiri.cv@yahoo.co.id
Subject: Invoice INV/KW/2026/X/040 telah jatuh tempo
Message-ID: {rem}
Date: Fri, 20 Nov 2026 09:00:00 +0700"""), mailfrom="", auth=authres("Mailer-Daemon@srv12.idhostingku.net", hdr_domain="idhostingku.net"))
    save(L, "12_bounce_mailbox_penuh", m, kind="bounce", invoice_numbers="INV/KW/2026/X/040",
         failed_recipients="karyamandiri.cv@yahoo.co.id", bounce_permanent=True, original_message_id=rem,
         bounce_reason="mailbox_full", note="4.2.2 inside a final failure after retry timeout; reported by an intermediate relay")

    rem = bmid("id-051-terlambat")
    m = build(("Postmaster pelitahb.or.id", "postmaster@pelitahb.or.id"), BOT,
              "Pesan tidak terkirim", D("2026-12-01 08:05", "+0700"), mailfrom="",
              auth=authres("postmaster@pelitahb.or.id"),
              text=f"""Pemberitahuan otomatis dari server email pelitahb.or.id

Pesan Anda kepada bendahara@pelitahb.or.id dengan subjek "Invoice INV/KW/2026/XI/051 telah jatuh tempo" tidak dapat dikirim.
Alasan: pesan ditolak oleh kebijakan keamanan server (pengirim eksternal dengan tautan pembayaran tidak diizinkan).

550 5.7.1 Message rejected by content policy

Referensi pesan asli: {rem}
""")
    save(L, "13_bounce_kebijakan_prosa", m, kind="bounce", invoice_numbers="INV/KW/2026/XI/051",
         failed_recipients="bendahara@pelitahb.or.id", bounce_permanent=True, original_message_id=rem,
         bounce_reason="policy", note="Indonesian prose-only policy rejection, recipient only in prose")

    rem = bmid("id-049-pengingat")
    m = report(("Barracuda Email Security", "noreply@barracuda.kencanabali.com"), BOT,
               "Undeliverable: Friendly reminder: invoice INV/KW/2026/XI/049 due 9 December", D("2026-12-06 09:02", "+0800"),
               """Your message could not be delivered to the following recipient:

accounting@kencanabali.com

Reason: 554 5.7.1 Message blocked - Barracuda Reputation / Intent: spam (score 9.1)
""", "delivery-status", f"""Reporting-MTA: dns; barracuda.kencanabali.com

Final-Recipient: rfc822; accounting@kencanabali.com
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 554 5.7.1 Message blocked - Intent: spam""",
               ("text/rfc822-headers", f"""From: Kestrel Works - Penagihan <{BOT}>
To: accounting@kencanabali.com
Subject: Friendly reminder: invoice INV/KW/2026/XI/049 due 9 December
Message-ID: {rem}
Date: Sun, 06 Dec 2026 09:01:40 +0800"""), mailfrom="", auth=authres("noreply@barracuda.kencanabali.com", hdr_domain="kencanabali.com"))
    save(L, "14_bounce_spam_barracuda", m, kind="bounce", invoice_numbers="INV/KW/2026/XI/049",
         failed_recipients="accounting@kencanabali.com", bounce_permanent=True, original_message_id=rem,
         bounce_reason="spam", note="spam filter rejection of an English reminder")

    rem = bmid("id-035-terlambat")
    m = report(("Mail Delivery System", "MAILER-DAEMON@out1." + DOM), BOT,
               "Delayed Mail (still being retried)", D("2026-11-23 13:00", "+0700"),
               """This is the mail system at host out1.kestrelworks.io.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<finance@bumihijau.co.id>: host mail.bumihijau.co.id[198.51.100.200] said: 451
    4.3.0 Temporary lookup failure (in reply to RCPT TO command)
""", "delivery-status", f"""Reporting-MTA: dns; out1.kestrelworks.io
Arrival-Date: Mon, 23 Nov 2026 09:00:02 +0700

Final-Recipient: rfc822; finance@bumihijau.co.id
Action: delayed
Status: 4.3.0
Diagnostic-Code: smtp; 451 4.3.0 Temporary lookup failure
Will-Retry-Until: Sat, 28 Nov 2026 09:00:02 +0700""",
               ("text/rfc822-headers", f"""From: Kestrel Works - Penagihan <{BOT}>
To: finance@bumihijau.co.id
Subject: Invoice INV/KW/2026/X/035 telah jatuh tempo
Message-ID: {rem}
Date: Mon, 23 Nov 2026 09:00:01 +0700"""), mailfrom="", received_from="out1." + DOM)
    save(L, "15_bounce_tertunda", m, kind="bounce", invoice_numbers="INV/KW/2026/X/035",
         failed_recipients="finance@bumihijau.co.id", bounce_permanent=False, original_message_id=rem,
         bounce_reason="other", note="delay warning only (4.3.0)")

    # ---------------- balasan otomatis ----------------
    rem = bmid("id-045-pengingat")
    m = build(("Rina Wulandari", "finance@sinarkopi.co.id"), ARB,
              "Balasan Otomatis: Pengingat: invoice INV/KW/2026/XI/045 jatuh tempo 2 Desember 2026", D("2026-11-30 09:00", "+0700"),
              auth=authres("finance@sinarkopi.co.id"), irt=rem,
              extra=[("Auto-Submitted", "auto-replied")],
              text="""Terima kasih atas email Anda.

Saya sedang cuti sampai dengan tanggal 4 Desember 2026 dan akan kembali masuk kantor pada hari Senin, 7 Desember 2026. Untuk keperluan mendesak silakan hubungi Sdr. Andi (andi@sinarkopi.co.id).

Salam,
Rina
""")
    save(L, "16_cuti", m, kind="auto_reply", return_date="2026-12-07", invoice_numbers="INV/KW/2026/XI/045",
         note="Indonesian OOO with end of leave and explicit return day")

    rem = bmid("id-033-terlambat")
    m = build(("田中 健太", "tanaka@sakura-shoji.co.jp"), ARB,
              "自動応答: Invoice INV/KW/2026/X/043 telah jatuh tempo", D("2026-12-01 10:00", "+0900"),
              auth=authres("tanaka@sakura-shoji.co.jp"), irt=rem,
              extra=[("Auto-Submitted", "auto-replied")],
              text="""お世話になっております。

誠に勝手ながら、12月1日（火）から12月11日（金）まで海外出張のため不在にしております。
12月14日（月）より通常業務に戻ります。
お急ぎの場合は経理部 keiri@sakura-shoji.co.jp までご連絡ください。

さくら商事株式会社
田中 健太
""")
    contacts("keiri@sakura-shoji.co.jp")
    save(L, "17_ooo_japanese", m, kind="auto_reply", language="ja", return_date="2026-12-14",
         invoice_numbers="INV/KW/2026/X/043", note="Japanese OOO; dates 12月14日（月）")

    rem = bmid("id-044-terlambat")
    m = build(("Financeiro Atlântico Import", "financeiro@atlanticoimport.com.br"), ARB,
              "Resposta automática: Invoice INV/KW/2026/X/044 telah jatuh tempo", D("2026-11-27 08:30", "-0300"),
              auth=authres("financeiro@atlanticoimport.com.br"), irt=rem,
              extra=[("Auto-Submitted", "auto-replied")],
              text="""Olá,

Obrigada pela sua mensagem. Estarei ausente do escritório até 11/12/2026, com acesso limitado ao e-mail. Retorno na segunda-feira, 14/12.

Para assuntos urgentes, contate contas@atlanticoimport.com.br.

Atenciosamente,
Fernanda Lima
""")
    save(L, "18_ooo_portuguese", m, kind="auto_reply", language="pt", return_date="2026-12-14",
         invoice_numbers="INV/KW/2026/X/044", note="Portuguese OOO; return date dd/mm without year")

    rem = bmid("id-038-terlambat")
    m = build(("Klinik Sehat Sentosa", "admin@kliniksentosa.co.id"), ARB,
              "Re: Invoice INV/KW/2026/X/038 telah jatuh tempo", D("2026-11-24 09:00", "+0700"),
              auth=authres("admin@kliniksentosa.co.id"), irt=rem,
              text="""Terima kasih telah menghubungi Klinik Sehat Sentosa.

Email Anda telah kami terima dan akan dibalas dalam 1x24 jam kerja. Untuk pendaftaran pasien, silakan hubungi WhatsApp 0812-3456-7890.

Jam operasional: Senin-Sabtu 08.00-20.00 WIB.

Pesan ini dikirim secara otomatis.
""")
    save(L, "19_auto_terima_tanpa_header", m, kind="auto_reply", invoice_numbers="INV/KW/2026/X/038",
         note="automatic acknowledgement with no auto headers; 'Re:' subject; opening hours not a return date")

    rem = bmid("id-052-pengingat")
    m = build(("Finance PT Garuda Tekstil", "finance@garudatekstil.co.id"), ARB,
              "Di luar kantor: Pengingat: INV/KW/2026/XI/052", D("2026-11-26 10:15", "+0700"),
              auth=authres("finance@garudatekstil.co.id"), irt=rem,
              extra=[("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "finance@garudatekstil.co.id")],
              text="""Selamat siang,

Saya sedang dinas luar kota (audit pabrik Karawang) sampai Rabu, 9 Desember. Mulai Kamis, 10 Desember saya sudah di kantor lagi.

Salam,
Bambang S.
""")
    save(L, "20_dinas_luar_kota", m, kind="auto_reply", return_date="2026-12-10", invoice_numbers="INV/KW/2026/XI/052",
         note="OOO without Auto-Submitted, only Exchange X- headers")

    # ---------------- challenge ----------------
    rem = bmid("id-029-terlambat")
    m = build(("Verifikasi Email Cahaya Timur", "verifikasi@cahayatimur.co.id"), ARB,
              "Verifikasi pengirim diperlukan", D("2026-11-19 10:00", "+0700"),
              auth=authres("verifikasi@cahayatimur.co.id"), irt=rem,
              extra=[("Auto-Submitted", "auto-replied")],
              text=f"""Yth. Pengirim,

Email Anda kepada ct.admin@cahayatimur.co.id sedang ditahan oleh sistem anti-spam kami.
Untuk memastikan Anda adalah pengirim asli (bukan robot), silakan klik tautan berikut dalam 3 hari:

https://cahayatimur.co.id/verifikasi?token=a81c77e2&from={BOT}

Setelah terverifikasi, email Anda berikutnya akan langsung diterima.
""")
    save(L, "21_challenge_verifikasi", m, kind="challenge", challenge=True, invoice_numbers="INV/KW/2026/X/029",
         original_message_id=rem, note="Indonesian challenge-response")

    m = build(("SpamArrest", "verify@spamarrest-mail.com"), BOT,
              "Please verify your email to majumotor.bengkel@gmail.com", D("2026-11-20 02:15", "+0000"),
              auth=authres("verify@spamarrest-mail.com"),
              extra=[("Auto-Submitted", "auto-generated")],
              text="""Hello,

I'm protecting myself from receiving junk mail. Please click the link below to complete the verification process. You have to do this only once.

https://spamarrest-mail.com/verify?id=M0t0r-2211

Your original message "Invoice INV/KW/2026/X/033 telah jatuh tempo" is waiting and will be delivered once you verify.

Thank you,
Bengkel Maju Motor
""")
    save(L, "22_challenge_english", m, kind="challenge", challenge=True, language="en",
         invoice_numbers="INV/KW/2026/X/033", note="English challenge in Indonesian set, not threaded")

    # ---------------- konfirmasi pembayaran ----------------
    m = build(("Bank Mandala", "notifikasi@bankmandala.co.id"), BOT,
              "Notifikasi Transaksi: Dana Masuk", D("2026-12-01 10:41", "+0700"),
              auth=authres("notifikasi@bankmandala.co.id"),
              text="""Yth. Nasabah PT KESTREL WORKS INDONESIA,

Berikut informasi transaksi pada rekening Anda:

Jenis Transaksi : Transfer Masuk (SKN/BI-FAST)
Tanggal         : 01/12/2026 10:38:12 WIB
No. Rekening    : 123-00-4567890-1
Nominal         : IDR 27.750.000,00
Dari            : PT SINAR KOPI NUSANTARA
Berita          : PEMBAYARAN INV/KW/2026/XI/045

Saldo akhir: IDR 412.887.150,00

Terima kasih telah menggunakan layanan Bank Mandala.
Email ini dikirim otomatis, mohon tidak membalas.
""")
    save(L, "23_dana_masuk_penuh", m, kind="payment_confirmation", invoice_numbers="INV/KW/2026/XI/045",
         amount="27750000", currency="IDR", payment_date="2026-12-01", payment_full=True,
         allocations="INV/KW/2026/XI/045=27750000", note="amount with ',00' decimals and dot thousands; balance distractor")

    m = build(("BayarKu", "no-reply@bayarku.id"), BOT,
              "Pembayaran Virtual Account Berhasil - Rp3.250.000", D("2026-11-19 21:05", "+0700"),
              auth=authres("no-reply@bayarku.id"),
              text="""Halo PT Kestrel Works Indonesia,

Pembayaran melalui Virtual Account telah berhasil.

Nomor VA        : 8808 0012 0470 48
Nama Pelanggan  : TOKO BERKAH JAYA
Jumlah          : Rp3.250.000
Biaya layanan   : Rp4.000
Keterangan      : INV/KW/2026/XI/048
Waktu bayar     : 19 Nov 2026 21:03 WIB

Dana akan diteruskan ke rekening Anda pada hari kerja berikutnya.
""", html="""<html><body><h3>Pembayaran Virtual Account Berhasil</h3><p>Nomor VA: 8808 0012 0470 48<br>Nama Pelanggan: TOKO BERKAH JAYA<br>Jumlah: <b>Rp3.250.000</b><br>Keterangan: INV/KW/2026/XI/048<br>Waktu bayar: 19 Nov 2026 21:03 WIB</p></body></html>""")
    save(L, "24_va_bayarku", m, kind="payment_confirmation", invoice_numbers="INV/KW/2026/XI/048",
         amount="3250000", currency="IDR", payment_date="2026-11-19", payment_full=True,
         allocations="INV/KW/2026/XI/048=3250000", note="virtual account payment; service fee distractor")

    m = build(("Bank Mandala", "notifikasi@bankmandala.co.id"), BOT,
              "Notifikasi Transaksi: Dana Masuk", D("2026-12-04 14:20", "+0700"),
              auth=authres("notifikasi@bankmandala.co.id"),
              text="""Yth. Nasabah PT KESTREL WORKS INDONESIA,

Jenis Transaksi : Transfer Masuk (RTGS)
Tanggal         : 04/12/2026 14:17:55 WIB
Nominal         : IDR 100.000.000,00
Dari            : PT LAUT BIRU LOGISTIK
Berita          : PEMBAYARAN SEBAGIAN INV/KW/2026/XI/047

Email ini dikirim otomatis, mohon tidak membalas.
""")
    save(L, "25_dana_masuk_sebagian", m, kind="payment_confirmation", invoice_numbers="INV/KW/2026/XI/047",
         amount="100000000", currency="IDR", payment_date="2026-12-04", payment_full=False,
         allocations="INV/KW/2026/XI/047=100000000", note="partial payment of 156.400.000")

    m = build(("BayarKu", "no-reply@bayarku.id"), BOT,
              "Laporan pembayaran pelanggan: CV MITRA ABADI", D("2026-11-20 16:30", "+0700"),
              auth=authres("no-reply@bayarku.id"),
              text="""Halo PT Kestrel Works Indonesia,

CV MITRA ABADI telah melakukan pembayaran untuk beberapa tagihan:

  INV/KW/2026/XI/046    Rp8.500.000
  INV/KW/2026/X/031     Rp4.200.000
  -----------------------------------
  Total                 Rp12.700.000

Tanggal pembayaran: 20 November 2026
Metode: Transfer bank (BI-FAST)
""")
    save(L, "26_bayar_dua_invoice", m, kind="payment_confirmation",
         invoice_numbers="INV/KW/2026/XI/046;INV/KW/2026/X/031", amount="12700000", currency="IDR",
         payment_date="2026-11-20", payment_full=True,
         allocations="INV/KW/2026/XI/046=8500000;INV/KW/2026/X/031=4200000", note="two invoices in one payment")

    m = build(("Bank Mandala", "notifikasi@bankmandala.co.id"), BOT,
              "Notifikasi Transaksi: Dana Masuk", D("2026-12-03 09:12", "+0700"),
              auth=authres("notifikasi@bankmandala.co.id"),
              text="""Yth. Nasabah PT KESTREL WORKS INDONESIA,

Jenis Transaksi : Transfer Masuk (BI-FAST)
Tanggal         : 03/12/2026 09:10:02 WIB
Nominal         : IDR 54.500.000,00
Dari            : PT ARUNIKA DIGITAL INDONESIA
Berita          : INV KW 2026 XI 050 NETT PPH23

Email ini dikirim otomatis, mohon tidak membalas.
""")
    save(L, "27_dana_masuk_nett_pph", m, kind="payment_confirmation", invoice_numbers="INV/KW/2026/XI/050",
         amount="54500000", currency="IDR", payment_date="2026-12-03", payment_full=True,
         allocations="INV/KW/2026/XI/050=54500000",
         note="HARD: net of PPh 23 withholding = full settlement; reference with spaces instead of slashes")

    m = build(("Bank Mandala", "notifikasi@bankmandala.co.id"), BOT,
              "Notifikasi Transaksi: Dana Masuk", D("2026-11-28 01:02", "+0700"),
              auth=authres("notifikasi@bankmandala.co.id", dkim="none", spf="fail", dmarc="fail"),
              mailfrom="bounce@mandala-notif.xyz", received_from="ip-45-9-148-2.mandala-notif.xyz",
              text="""Yth. Nasabah PT KESTREL WORKS INDONESIA,

Jenis Transaksi : Transfer Masuk (RTGS)
Tanggal         : 28/11/2026
Nominal         : IDR 88.800.000,00
Dari            : PT GARUDA TEKSTIL
Berita          : PELUNASAN INV/KW/2026/XI/052

Dana tertahan. Segera verifikasi rekening Anda melalui https://mandala-verifikasi.xyz agar dana dapat dicairkan.
""")
    save(L, "28_palsu_bank", m, kind="other", invoice_numbers="INV/KW/2026/XI/052", amount="88800000",
         currency="IDR", needs_human=True,
         note="forged bank notice: SPF fail, DKIM none, DMARC fail; phishing link; amount ignores credit note")

    # ---------------- balasan klien ----------------
    rem = bmid("id-038-terlambat2")
    m = build(("dr. Sari - Klinik Sehat Sentosa", "admin@kliniksentosa.co.id"), ARB,
              "Re: Invoice INV/KW/2026/X/038 telah jatuh tempo", D("2026-11-25 14:45", "+0700"),
              auth=authres("admin@kliniksentosa.co.id"), irt=rem,
              text="""Selamat siang,

Sudah kami transfer kemarin ya Pak/Bu, bukti transfer terlampir. Mohon dicek.

Terima kasih,
dr. Sari

Pada tanggal 24 Nov 2026 09.00, Kestrel Works - Penagihan <ar@kestrelworks.io> menulis:
""" + q(pengingat("INV/KW/2026/X/038", "Rp 6.600.000", "20 November 2026")),
              attach=[("bukti_transfer.jpg", b"\xff\xd8\xff\xe0dummy", "image", "jpeg")])
    save(L, "29_balas_sudah_transfer", m, kind="client_reply", intent="paid", invoice_numbers="INV/KW/2026/X/038",
         note="'kemarin' relative date; jpeg proof")

    rem = bmid("id-035-terlambat2")
    m = build(("Finance Bumi Hijau Agro", "finance@bumihijau.co.id"), ARB,
              "RE: Invoice INV/KW/2026/X/035 telah jatuh tempo", D("2026-12-01 10:00", "+0700"),
              auth=authres("finance@bumihijau.co.id"), irt=rem,
              text="""Dear Kestrel Works,

Mohon maaf atas keterlambatannya. Invoice tersebut sudah masuk jadwal pembayaran kami dan akan kami proses pada tanggal 10 Desember 2026.

Regards,
Dewi - Finance
""")
    save(L, "30_balas_janji_tanggal", m, kind="client_reply", intent="promise", promised_date="2026-12-10",
         invoice_numbers="INV/KW/2026/X/035", note="clear promise with full date; English greeting")

    rem = bmid("id-040-terlambat2")
    m = build(("CV Karya Mandiri", "karyamandiri.cv@yahoo.co.id"), ARB,
              "Re: Invoice INV/KW/2026/X/040 telah jatuh tempo", D("2026-12-02 16:30", "+0700"),
              auth=authres("karyamandiri.cv@yahoo.co.id", hdr_domain="yahoo.co.id"), irt=rem,
              text="""Siang Bu Putri,
Jumat ini belum bisa bu, proyek kami baru cair pertengahan bulan. Insyaallah tgl 15 ya kami lunasi.
Maaf merepotkan.
Joko
""")
    save(L, "31_balas_bukan_jumat_tgl15", m, kind="client_reply", intent="promise", promised_date="2026-12-15",
         invoice_numbers="INV/KW/2026/X/040", note="HARD: negated Friday then 'tgl 15'; 'Insyaallah' hedge")

    rem = bmid("id-052-terlambat")
    m = build(("Bambang Sutrisno", "finance@garudatekstil.co.id"), ARB,
              "RE: Invoice INV/KW/2026/XI/052 telah jatuh tempo", D("2026-12-14 11:20", "+0700"),
              auth=authres("finance@garudatekstil.co.id"), irt=rem,
              text="""Dengan hormat,

Kami keberatan dengan tagihan INV/KW/2026/XI/052. Menurut catatan kami, modul yang dibatalkan nilainya Rp 11.100.000, bukan Rp 5.550.000 seperti di nota kredit. Mohon invoice direvisi dulu, setelah itu baru kami proses pembayarannya.

Hormat kami,
Bambang Sutrisno
Finance Manager
""")
    save(L, "32_balas_keberatan", m, kind="client_reply", intent="dispute", invoice_numbers="INV/KW/2026/XI/052",
         needs_human=True, note="dispute over credit note amount; 'baru kami proses' conditional, not a promise")

    rem = bmid("id-051-terlambat2")
    m = build(("Bendahara YPHB", "bendahara@pelitahb.or.id"), ARB,
              "Re: Invoice INV/KW/2026/XI/051 telah jatuh tempo", D("2026-12-02 08:40", "+0700"),
              auth=authres("bendahara@pelitahb.or.id"), irt=rem,
              text="""Assalamualaikum,

Mohon maaf, invoice tersebut belum kami terima sama sekali. Mungkin tertahan di filter email kami. Bisa dikirim ulang beserta faktur pajaknya ke alamat ini? Terima kasih.

Wassalam,
Ibu Hartini
Bendahara
""")
    save(L, "33_balas_belum_terima", m, kind="client_reply", intent="not_received", invoice_numbers="INV/KW/2026/XI/051",
         note="not received, asks resend with tax invoice")

    rem = bmid("id-029-terlambat2")
    m = build(("Admin Cahaya Timur", "ct.admin@cahayatimur.co.id"), ARB,
              "Re: Invoice INV/KW/2026/X/029 telah jatuh tempo", D("2026-11-26 15:00", "+0700"),
              auth=authres("ct.admin@cahayatimur.co.id"), irt=rem,
              text="""Tolong jangan kirim email tagihan lagi ke alamat ini. Kami sudah tidak bekerja sama dengan perusahaan Anda dan urusan ini sedang ditangani kuasa hukum kami.
""")
    save(L, "34_balas_berhenti", m, kind="client_reply", intent="stop", invoice_numbers="INV/KW/2026/X/029",
         needs_human=True, note="stop + legal counsel mention")

    rem = bmid("id-033-terlambat2")
    m = build(("Bengkel Maju Motor", "majumotor.bengkel@gmail.com"), ARB,
              "Re: Invoice INV/KW/2026/X/033 telah jatuh tempo", D("2026-11-28 20:10", "+0700"),
              auth=authres("majumotor.bengkel@gmail.com", hdr_domain="gmail.com"), irt=rem,
              text="""mba/mas, boleh ga tagihannya dicicil 3x? lagi sepi bengkel nya. totalnya kan 4,5jt, jadi 1,5jt per bulan mulai awal desember. makasih

dikirim dari HP
""")
    save(L, "35_balas_minta_cicil", m, kind="client_reply", intent="plan_request", invoice_numbers="INV/KW/2026/X/033",
         amount="4500000", currency="IDR", needs_human=True, note="informal slang, '4,5jt' shorthand; installment request")

    rem = bmid("id-049-pengingat2")
    m = build(("Accounting Hotel Kencana Bali", "accounting@kencanabali.com"), ARB,
              "Re: Friendly reminder: invoice INV/KW/2026/XI/049 due 9 December", D("2026-12-07 10:30", "+0800"),
              auth=authres("accounting@kencanabali.com"), irt=rem,
              text="""Halo Bu Putri,

Apakah invoice ini bisa dibayar dalam Rupiah? Kalau bisa, kurs yang dipakai kurs tengah BI tanggal berapa? Kami tidak punya rekening USD.

Terima kasih,
Made
""")
    save(L, "36_balas_pertanyaan_kurs", m, kind="client_reply", intent="question", invoice_numbers="INV/KW/2026/XI/049",
         needs_human=True, note="question about paying in IDR / exchange rate")

    rem = bmid("id-050-pengingat0")
    m = build(("Keuangan PT Arunika Digital", "keuangan@arunika.id"), ARB,
              "Re: Apakah invoice INV/KW/2026/XI/050 sudah diterima?", D("2026-11-13 11:00", "+0700"),
              auth=authres("keuangan@arunika.id"), irt=rem,
              text="""Baik, noted. Terima kasih infonya.

Pada Jum, 13 Nov 2026 pukul 09.00 Kestrel Works - Penagihan <ar@kestrelworks.io> menulis:
> Yth. Bapak/Ibu,
> Kami ingin memastikan invoice INV/KW/2026/XI/050 sebesar Rp 54.500.000 sudah diterima.
> Apabila Bapak/Ibu sudah melakukan pembayaran, mohon abaikan email ini.
> Pembayaran sudah kami terima? Kami akan mengirimkan konfirmasi.
""")
    save(L, "37_balas_noted_kutipan", m, kind="client_reply", intent="other", invoice_numbers="INV/KW/2026/XI/050",
         note="HARD: own text only 'noted'; quoted reminder full of payment words")

    rem = bmid("id-045-pengingat0")
    m = build(("Rina Wulandari", "finance@sinarkopi.co.id"), ARB,
              "Re: Apakah invoice INV/KW/2026/XI/045 sudah diterima?", D("2026-11-06 15:10", "+0700"),
              auth=authres("finance@sinarkopi.co.id"), irt=rem,
              text="""Sudah diterima, Pak. Tapi mohon maaf, kami belum bisa menjanjikan tanggal pembayarannya karena masih menunggu approval direksi. Nanti saya kabari lagi.

Rina
""")
    save(L, "38_balas_belum_bisa_janji", m, kind="client_reply", intent="other", invoice_numbers="INV/KW/2026/XI/045",
         needs_human=True, note="HARD: confirms receipt + negated promise ('belum bisa menjanjikan'), no date")

    rem = bmid("id-048-pengingat")
    m = build(("Hendra Berkah Jaya", "berkahjaya.toko@gmail.com"), ARB,
              "Re: Pengingat: invoice INV/KW/2026/XI/048 jatuh tempo 20 November 2026", D("2026-11-20 08:05", "+0700"),
              auth=authres("berkahjaya.toko@gmail.com", hdr_domain="gmail.com"), irt=rem,
              text="""udah ditransfer kok mbak semalem via VA, cek aja ya. thx
""")
    save(L, "39_balas_udah_transfer_slang", m, kind="client_reply", intent="paid", invoice_numbers="INV/KW/2026/XI/048",
         note="slang 'udah ditransfer', 'semalem'")

    rem = bmid("id-047-pengingat")
    m = build(("AP PT Laut Biru Logistik", "ap@lautbiru.co.id"), ARB,
              "RE: Pengingat: invoice INV/KW/2026/XI/047 jatuh tempo 19 Desember 2026", D("2026-12-04 15:00", "+0700"),
              auth=authres("ap@lautbiru.co.id"), irt=rem,
              text="""Selamat sore,

Hari ini sudah kami transfer sebagian sebesar Rp 100.000.000. Sisa pembayaran Rp 56.400.000 akan kami lunasi paling lambat akhir bulan ini.

Salam,
Tim AP Laut Biru
""")
    save(L, "40_balas_sebagian_janji_akhir_bulan", m, kind="client_reply", intent="promise",
         promised_date="2026-12-31", invoice_numbers="INV/KW/2026/XI/047", amount="56400000", currency="IDR",
         note="HARD: partial paid today + remainder 'paling lambat akhir bulan ini' = 31 Dec")

    # ---------------- perintah staf ----------------
    m = build(PUTRI, ARB, "Maju Motor bayar", D("2026-12-04 17:20", "+0700"), auth=pa,
              text="""paid INV/KW/2026/X/033 1500000 2026-12-04
note Maju Motor cicilan pertama dibayar tunai di kantor, sisa 2x

Putri
""")
    save(L, "41_perintah_paid_note", m, kind="staff_command", invoice_numbers="INV/KW/2026/X/033",
         amount="1500000", currency="IDR", payment_date="2026-12-04", note="invoice number with slashes in command")

    m = build(KEU, ARB, "Garuda", D("2026-12-14 14:00", "+0700"), auth=authres(KEU[1]),
              text="""dispute INV/KW/2026/XI/052 klien mempersoalkan nilai nota kredit (11,1jt vs 5,55jt)
pause Garuda Tekstil 21d
""")
    save(L, "42_perintah_dispute_pause", m, kind="staff_command", invoice_numbers="INV/KW/2026/XI/052",
         note="dispute with reason containing numbers + pause")

    m = build(PUTRI, ARB, "update", D("2026-12-05 23:55", "+0700"),
              auth=["mx.kestrelworks.io.mailrelay-cc.net; dkim=pass header.d=kestrelworks.io; spf=pass smtp.mailfrom=putri.halim@kestrelworks.io; dmarc=pass header.from=kestrelworks.io"],
              mailfrom="putri.halim@kestrelworks.io", received_from="relay3.mailrelay-cc.net",
              text="""promise INV/KW/2026/XI/047 2027-01-31
pause Laut Biru 60d
""")
    save(L, "43_perintah_palsu", m, kind="other", invoice_numbers="INV/KW/2026/XI/047", promised_date="2027-01-31",
         needs_human=True,
         note="forged: authserv-id 'mx.kestrelworks.io.mailrelay-cc.net' only looks like ours (prefix trap); no real result")

    # ---------------- lainnya ----------------
    m = build(("Belanjaku Bisnis", "promo@belanjaku-bisnis.co.id"), BOT,
              "Promo Harbolnas 12.12: Diskon s.d. 70% untuk perlengkapan kantor!", D("2026-12-05 08:00", "+0700"),
              auth=authres("promo@belanjaku-bisnis.co.id"),
              extra=[("List-Unsubscribe", "<https://belanjaku-bisnis.co.id/unsub>"), ("Precedence", "bulk")],
              text="""Halo Kestrel Works!

Harbolnas 12.12 segera tiba. Nikmati diskon hingga 70% dan cicilan 0% untuk printer, kertas, dan perlengkapan kantor.
Bayar pakai VA, dapat cashback Rp 50.000!

Belanja sekarang: https://belanjaku-bisnis.co.id/1212
""", html="<html><body><h1>Harbolnas 12.12</h1><p>Diskon hingga 70% dan cicilan 0%!</p></body></html>")
    save(L, "44_promo_newsletter", m, kind="other", note="marketing mail with 'cicilan', 'VA', amounts")

    m = build(("Rizky Pratama", "rizky.pratama98@gmail.com"), BOT,
              "Lamaran Kerja - Staff Finance / Penagihan", D("2026-11-23 07:45", "+0700"),
              auth=authres("rizky.pratama98@gmail.com", hdr_domain="gmail.com"),
              text="""Yth. HRD PT Kestrel Works Indonesia,

Saya Rizky Pratama, lulusan S1 Akuntansi, bermaksud melamar posisi staff finance/penagihan. Saya berpengalaman 2 tahun menangani invoice, rekonsiliasi bank, dan follow-up pembayaran klien.

CV terlampir. Terima kasih atas perhatiannya.

Hormat saya,
Rizky Pratama
""", attach=[("CV_Rizky_Pratama.pdf", FAKE_PDF)])
    save(L, "45_lamaran_kerja", m, kind="other", note="job application sent to the AR address; PDF attachment and invoice vocabulary")

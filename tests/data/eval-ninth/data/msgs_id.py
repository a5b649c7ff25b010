"""Indonesian desk: PT Pelagian Tenun Nusantara, IDR, invoices INV/PTN/<roman month>/2026/NNNN."""
from __future__ import annotations

from .world import (BOT, BOT_NAME, Desk, addr, att, bot_headers, bot_mid, build, dsn_fields, dt, html,
                    inbound, mdn_fields, mp, pdf, raw, text)

TZ = "+0700"
SIG_A = ("\n\nSalam,\nNi Luh Ayu Pradnyani\nFinance & Collection - PT Pelagian Tenun Nusantara\n"
         "Jl. Bypass Ngurah Rai No. 88, Denpasar | NPWP 0812.4471.9903.000\n")
SIG_B = "\n\nHormat kami,\nBonifasius Situmorang\nSales Admin PT Pelagian Tenun Nusantara\n"
REK = "Bank Samudra Raya a.n. PT Pelagian Tenun Nusantara, No. Rek. 117-00-4471203-9"


def rem(tag: str, inv: str) -> str:
    return bot_mid(f"id-{inv}-{tag}")


def build_desk() -> Desk:  # noqa: PLR0915
    D = Desk("id")
    # ---------------------------------------------------------------- invoice copies
    s = "tagihan_ppn_pph23"
    body = ("Yth. Bapak/Ibu Bagian Keuangan PT Samudra Kargo Utama,\n\nBerikut kami sampaikan tagihan:\n\n"
            "No. Invoice      : INV/PTN/XI/2026/0093\nTanggal          : 2 November 2026\n"
            "Jatuh tempo      : 30 hari (2 Desember 2026)\n\nDPP                        Rp 50.000.000\n"
            "PPN 12% x DPP Nilai Lain   Rp  5.500.000\nTotal Tagihan              Rp 55.500.000\n"
            "PPh 23 (2%) dipotong       Rp  1.000.000\nJumlah yang ditransfer     Rp 54.500.000\n\n"
            f"Pembayaran ke {REK}. Mohon kirimkan bukti potong PPh 23." + SIG_A)
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 0, addr("Keuangan Samudra Kargo", "ap@samudrakargo.id"),
                               "Invoice INV/PTN/XI/2026/0093 - PT Samudra Kargo Utama", dt("2026-11-02 09:00", TZ)),
                text(body)),
          inv="INV/PTN/XI/2026/0093", amount="54500000.00", cur="IDR", issue="2026-11-02", due="2026-12-02", terms=30,
          note="PPN on DPP nilai lain and PPh 23 withheld: transfer 54.5M, not total 55.5M")

    s = "tagihan_dp_50_persen"
    body = ("Dengan hormat,\n\nSesuai SPK No. 044/HPM/X/2026, kami tagihkan uang muka:\n\n"
            "Invoice INV/PTN/XI/2026/0097 tgl 03/11/2026\nNilai kontrak (termasuk PPN)  : Rp120.000.000,-\n"
            "Uang muka (DP) 50%            : Rp60.000.000,-\nDP mohon dibayarkan paling lambat 10 November 2026.\n"
            "Pelunasan 50% setelah pemasangan kanopi selesai." + SIG_B)
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 1, addr("Accounting Hotel Pantai Mentari", "accounting@pantaimentari.com"),
                               "Invoice DP 50% - INV/PTN/XI/2026/0097", dt("2026-11-03 14:30", TZ)),
                text(body, cte="8bit")),
          inv="INV/PTN/XI/2026/0097", amount="60000000.00", cur="IDR", issue="2026-11-03", due="2026-11-10", terms=7,
          note="contract value 120M vs 50% down payment due now; 'Rp60.000.000,-' format")

    s = "tagihan_html_virtual_account"
    h = ("<div style='font-family:Arial'><p>Kepada Yth. Bendahara Yayasan Pendidikan Pelita,</p>"
         "<p>Terlampir rincian tagihan seragam dan tirai aula:</p><table border='1' cellspacing='0'>"
         "<tr><td>Nomor</td><td>INV/PTN/XI/2026/0101</td></tr><tr><td>Tanggal</td><td>04-11-2026</td></tr>"
         "<tr><td>Total</td><td><b>Rp 18.750.000,00</b></td></tr><tr><td>Termin</td><td>14 hari</td></tr>"
         "<tr><td>Virtual Account NusaPay</td><td>8808 1234 5678 9012</td></tr></table>"
         "<p>Terima kasih atas kepercayaannya.</p><p>Ayu</p></div>")
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 0, addr("Bendahara Yayasan Pelita", "bendahara@pelita.sch.id"),
                               "Tagihan INV/PTN/XI/2026/0101", dt("2026-11-04 10:45", TZ)), html(h, cte="b64")),
          inv="INV/PTN/XI/2026/0101", amount="18750000.00", cur="IDR", issue="2026-11-04", due="2026-11-18", terms=14,
          note="HTML-only base64, DD-MM-YYYY, VA number that looks like an amount")

    s = "tagihan_pdf_bcc"
    p = pdf(["PT PELAGIAN TENUN NUSANTARA", "INVOICE", "No: INV/PTN/XI/2026/0104",
             "Tanggal: 05 November 2026", "Kepada: PT Layar Bahari Sentosa, Makassar",
             "Kain layar katun kanvas 12 oz, 450 m     Rp 29.200.000", "PPN 11%                                Rp  3.212.000",
             "TOTAL                                  Rp 32.412.000", "Biaya kirim (tanpa PPN)                Rp    500.500",
             "GRAND TOTAL                            Rp 32.912.500", "Jatuh tempo: 05 Desember 2026"])
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 1, addr("Keuangan Layar Bahari", "keuangan@layarbahari.co.id"),
                               "Invoice kain layar", dt("2026-11-05 16:20", TZ), bcc=True),
                mp(s, "mixed", text("Selamat sore Pak Andi,\n\nTerlampir invoice untuk pengiriman kain layar minggu "
                                    "ini. Mohon dicek.\n\nTerima kasih,\nBoni\n"),
                   att(p, "application/pdf", "INV-PTN-XI-2026-0104.pdf"))),
          inv="INV/PTN/XI/2026/0104", amount="32912500.00", cur="IDR", issue="2026-11-05", due="2026-12-05", terms=30,
          note="Bcc, data only in PDF; TOTAL vs GRAND TOTAL (shipping after tax): grand total is due")

    s = "tagihan_nota_kredit"
    body = ("Selamat pagi Pak Hendra,\n\nBerikut tagihan INV/PTN/XI/2026/0108 tanggal 06/11/2026 sebesar "
            "Rp 9.800.000. Atas retur jaring minggu lalu kami terbitkan nota kredit NK/PTN/XI/2026/0004 senilai "
            "Rp 1.200.000, sehingga sisa yang perlu dibayar Rp 8.600.000 paling lambat 20/11/2026." + SIG_A)
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 0, addr("Finance Nelayan Makmur", "finance@nelayanmakmur.co.id"),
                               "Tagihan INV/PTN/XI/2026/0108 & Nota Kredit", dt("2026-11-06 08:15", TZ)), text(body)),
          inv="INV/PTN/XI/2026/0108", amount="8600000.00", cur="IDR", issue="2026-11-06", due="2026-11-20", terms=14,
          note="credit note NK/... netted: 8.6M remains")

    s = "tagihan_kurs_usd_tidak_jelas"
    body = ("Dear Pak Rudi,\n\nBersama ini invoice INV/PTN/XI/2026/0112 untuk 300 apron tenun (ekspor ke "
            "gerai Singapura). Nilai invoice USD 2.150,00. Pembayaran dalam Rupiah menggunakan kurs tengah BI pada "
            "tanggal pembayaran; jumlah Rupiah akan kami konfirmasi saat Bapak siap transfer." + SIG_B)
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 1, addr("AP Kopi Senja Group", "ap@kopisenja-group.com"),
                               "Invoice INV/PTN/XI/2026/0112 (USD)", dt("2026-11-06 11:40", TZ)), text(body, cte="qp")),
          inv="INV/PTN/XI/2026/0112", issue="2026-11-06", nh=True,
          note="priced in USD, payable in IDR at the BI rate on payment day: IDR amount due unknown -> needs_human")

    s = "tagihan_tiga_termin"
    body = ("Kepada Yth. PT Rinjani Ekspedisi\n\nInvoice No. INV/PTN/XI/2026/0115 (09 Nov 2026)\n"
            "Total: Rp 45.000.000 (termasuk PPN), dibayar dalam 3 termin:\n"
            "  Termin I   Rp 15.000.000  jatuh tempo 23 Nov 2026\n  Termin II  Rp 15.000.000  jatuh tempo 23 Des 2026\n"
            "  Termin III Rp 15.000.000  jatuh tempo 23 Jan 2027\n" + SIG_A)
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 0, addr("Tagihan Rinjani Ekspedisi", "tagihan@rinjani-expedisi.co.id"),
                               "INV/PTN/XI/2026/0115 - 3 termin", dt("2026-11-09 13:00", TZ)), text(body)),
          inv="INV/PTN/XI/2026/0115", amount="15000000.00", cur="IDR", issue="2026-11-09", due="2026-11-23", terms=14,
          note="three instalments; Termin I is the amount due now")

    s = "tagihan_meterai"
    body = ("Halo Bu Wayan,\n\nInvoice INV/PTN/XI/2026/0119 tgl 10-11-2026\nTenda sarnafil 6x12 (2 unit) "
            "Rp12.000.000\nPPN 11% Rp1.320.000\nBea meterai Rp10.000\nTOTAL Rp13.330.000\nTOP 30 hari.\n\nTerima kasih\n"
            "Boni")
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 1, addr("Purchasing Bali Tentindo", "purchasing@balitentindo.com"),
                               "inv 0119", dt("2026-11-10 19:05", TZ), mailer="Android Gmail"), text(body, cte="b64")),
          inv="INV/PTN/XI/2026/0119", amount="13330000.00", cur="IDR", issue="2026-11-10", due="2026-12-10", terms=30,
          note="stamp duty (meterai) line included in total; 'TOP 30 hari' = terms; vague subject")

    # ---------------------------------------------------------------- read receipts
    s = "tanda_baca_mdn"
    om = rem("sampai", "INV/PTN/XI/2026/0093")
    D.add(s, "read_receipt",
          build(inbound(s, "ap@samudrakargo.id", "Dibaca: Apakah invoice INV/PTN/XI/2026/0093 sudah diterima?",
                        dt("2026-11-06 08:30", TZ)),
                mp(s, "report", text("Pesan Anda kepada ap@samudrakargo.id telah ditampilkan pada 06/11/2026 08.30.\n"),
                   raw("message/disposition-notification",
                       mdn_fields("Zimbra 9.0", "ap@samudrakargo.id", om, "manual-action/MDN-sent-manually; displayed")),
                   params="; report-type=disposition-notification")),
          inv="INV/PTN/XI/2026/0093", omid=om, note="Indonesian MDN from Zimbra")

    s = "tanda_baca_teks"
    om = rem("sampai", "INV/PTN/XI/2026/0115")
    D.add(s, "read_receipt",
          build(inbound(s, "tagihan@rinjani-expedisi.co.id", "Read: Apakah invoice INV/PTN/XI/2026/0115 sudah diterima?",
                        dt("2026-11-13 10:15", TZ), irt=om),
                text("Pesan Anda\n\nKepada: tagihan@rinjani-expedisi.co.id\nSubjek: Apakah invoice "
                     "INV/PTN/XI/2026/0115 sudah diterima?\n\ntelah dibaca pada Jumat, 13 November 2026 10.15.\n")),
          inv="INV/PTN/XI/2026/0115", omid=om, note="plain 'Read:' receipt, Indonesian body, In-Reply-To")

    s = "tanda_baca_tanpa_subjek_invoice"
    om = rem("sebelum", "INV/PTN/XI/2026/0101")
    D.add(s, "read_receipt",
          build(inbound(s, "bendahara@pelita.sch.id", "Tanda terima baca", dt("2026-11-16 07:05", TZ)),
                mp(s, "report", text("Tanda terima baca untuk pesan yang Anda kirim.\n", cte="b64"),
                   raw("message/disposition-notification",
                       mdn_fields("Roundcube Webmail", "bendahara@pelita.sch.id", om,
                                  "manual-action/MDN-sent-manually; displayed")),
                   params="; report-type=disposition-notification")),
          omid=om, note="MDN whose only link to the invoice is Original-Message-ID; no invoice number anywhere")

    # ---------------------------------------------------------------- bounces
    s = "bounce_exim_user_unknown"
    om = rem("lewat", "INV/PTN/X/2026/0078")
    oh = bot_headers("id-INV/PTN/X/2026/0078-lewat", "finance.old@nelayanmakmur.co.id",
                     "Invoice INV/PTN/X/2026/0078 sudah lewat jatuh tempo", dt("2026-11-10 09:00", TZ))
    body = ("Pesan ini dibuat secara otomatis oleh sistem pengiriman email.\n\nPesan Anda tidak dapat dikirim ke "
            "satu atau lebih penerima. Ini adalah kegagalan permanen:\n\n  finance.old@nelayanmakmur.co.id\n"
            "    SMTP error from remote mail server after RCPT TO:<finance.old@nelayanmakmur.co.id>:\n"
            "    550 No Such User Here\n\n------ This is a copy of the message, including all the headers. ------\n\n"
            + oh + "\nYth. Bapak/Ibu, apa kabar?\n")
    D.add(s, "bounce",
          build(inbound(s, "mailer-daemon@mail.nelayanmakmur.co.id", "Mail delivery failed: returning message to sender",
                        dt("2026-11-10 09:01", TZ), auth="none", extra=(("X-Failed-Recipients",
                                                                         "finance.old@nelayanmakmur.co.id"),)),
                text(body)),
          failed="finance.old@nelayanmakmur.co.id", perm=True, reason="user_unknown", omid=om,
          inv="INV/PTN/X/2026/0078", note="Exim-style prose bounce in Indonesian with X-Failed-Recipients")

    s = "bounce_gmail_penuh"
    om = rem("sebelum", "INV/PTN/X/2026/0078")
    oh = bot_headers("id-INV/PTN/X/2026/0078-sebelum", "admin.tendamerapi@gmail.com",
                     "Pengingat: INV/PTN/X/2026/0078", dt("2026-11-20 09:00", TZ))
    D.add(s, "bounce",
          build(inbound(s, "mailer-daemon@googlemail.com", "Delivery Status Notification (Failure)",
                        dt("2026-11-20 09:01", TZ), auth="none", frm_name="Mail Delivery Subsystem"),
                mp(s, "report",
                   text("** Pesan tidak terkirim **\n\nPesan Anda tidak terkirim ke admin.tendamerapi@gmail.com karena "
                        "kotak masuk penerima kehabisan ruang penyimpanan.\n\nThe response was:\n552-5.2.2 The "
                        "recipient's inbox is out of storage space.\n"),
                   raw("message/delivery-status",
                       dsn_fields("mx.google.com",
                                  [("admin.tendamerapi@gmail.com", "failed", "5.2.2",
                                    "552-5.2.2 The recipient's inbox is out of storage space")],
                                  dt("2026-11-20 09:00", TZ))),
                   raw("text/rfc822-headers", oh), params="; report-type=delivery-status")),
          failed="admin.tendamerapi@gmail.com", perm=True, reason="mailbox_full", omid=om, inv="INV/PTN/X/2026/0078",
          note="Gmail 552 5.2.2 out of storage, reported as failure")

    s = "bounce_ditolak_spam"
    om = rem("sebelum", "INV/PTN/XI/2026/0097")
    oh = bot_headers("id-INV/PTN/XI/2026/0097-sebelum", "accounting@pantaimentari.com",
                     "Pengingat DP INV/PTN/XI/2026/0097", dt("2026-11-08 09:00", TZ))
    D.add(s, "bounce",
          build(inbound(s, "MAILER-DAEMON@out.pelagian-loom.group", "Undelivered Mail Returned to Sender",
                        dt("2026-11-08 09:00", TZ), auth="none"),
                mp(s, "report",
                   text("<accounting@pantaimentari.com>: host mx.pantaimentari.com said: 550 5.7.1 Pesan ditolak: "
                        "terdeteksi sebagai SPAM (skor 9.7)\n"),
                   raw("message/delivery-status",
                       dsn_fields("out.pelagian-loom.group",
                                  [("accounting@pantaimentari.com", "failed", "5.7.1",
                                    "550 5.7.1 Pesan ditolak: terdeteksi sebagai SPAM (skor 9.7)")],
                                  dt("2026-11-08 09:00", TZ), "mx.pantaimentari.com")),
                   raw("text/rfc822-headers", oh), params="; report-type=delivery-status")),
          failed="accounting@pantaimentari.com", perm=True, reason="spam", omid=om, inv="INV/PTN/XI/2026/0097",
          note="5.7.1 with Indonesian spam wording (5.7.1 alone would be policy)")

    s = "bounce_vendor_whitelist"
    om = rem("lewat", "INV/PTN/XI/2026/0115")
    oh = bot_headers("id-INV/PTN/XI/2026/0115-lewat", "tagihan@rinjani-expedisi.co.id",
                     "Termin I INV/PTN/XI/2026/0115 sudah lewat jatuh tempo", dt("2026-11-30 09:00", TZ))
    D.add(s, "bounce",
          build(inbound(s, "MAILER-DAEMON@out.pelagian-loom.group", "Undelivered Mail Returned to Sender",
                        dt("2026-11-30 09:00", TZ), auth="none"),
                mp(s, "report",
                   text("<tagihan@rinjani-expedisi.co.id>: 550 5.7.1 Alamat ini hanya menerima email dari vendor "
                        "terdaftar (sender not in allow-list)\n"),
                   raw("message/delivery-status",
                       dsn_fields("out.pelagian-loom.group",
                                  [("tagihan@rinjani-expedisi.co.id", "failed", "5.7.1",
                                    "550 5.7.1 sender not in allow-list")], dt("2026-11-30 09:00", TZ))),
                   raw("message/rfc822", oh + "\nYth. PT Rinjani Ekspedisi, apa kabar?\n"),
                   params="; report-type=delivery-status")),
          failed="tagihan@rinjani-expedisi.co.id", perm=True, reason="policy", omid=om, inv="INV/PTN/XI/2026/0115",
          note="allow-list policy rejection; original returned as message/rfc822")

    s = "bounce_yahoo_prosa"
    body = ("Sorry, we were unable to deliver your message to the following address.\n\n"
            "<dewi.tendamerapi@yahoo.co.id>:\n554: delivery error: dd This user doesn't have a yahoo.co.id account "
            "(dewi.tendamerapi@yahoo.co.id) [0] - mta1007.mail.sg3.yahoo.com\n\n--- Below this line is a copy of the "
            "message.\n\nSubject: Pengingat: INV/PTN/X/2026/0078\n")
    D.add(s, "bounce",
          build(inbound(s, "MAILER-DAEMON@yahoo.com", "Failure Notice", dt("2026-11-20 09:02", TZ), auth="none"),
                text(body, cs="us-ascii", cte="7bit")),
          failed="dewi.tendamerapi@yahoo.co.id", perm=True, reason="user_unknown", inv="INV/PTN/X/2026/0078", lang="en",
          note="Yahoo prose bounce in English on the Indonesian desk; no Message-ID of ours")

    # ---------------------------------------------------------------- auto-replies
    s = "balasan_otomatis_cuti"
    om = rem("sebelum", "INV/PTN/XI/2026/0104")
    D.add(s, "auto_reply",
          build(inbound(s, "keuangan@layarbahari.co.id", "Balasan Otomatis: Pengingat INV/PTN/XI/2026/0104",
                        dt("2026-12-02 09:00", TZ), irt=om, extra=(("Auto-Submitted", "auto-replied"),)),
                text("Terima kasih atas email Anda. Saya sedang cuti hingga Jumat, 11 Desember 2026 dan akan kembali "
                     "bekerja pada Senin, 14 Desember 2026. Untuk keperluan mendesak silakan hubungi 0411-872-334.\n\n"
                     "Andi\n")),
          omid=om, inv="INV/PTN/XI/2026/0104", ret="2026-12-14", note="Indonesian, stated return Monday 14 Dec")

    s = "balasan_otomatis_stock_opname"
    D.add(s, "auto_reply",
          build(inbound(s, "purchasing@balitentindo.com", "Info: kantor tutup sementara", dt("2026-11-30 08:00", TZ)),
                text("Mohon maaf, kantor kami tutup sementara untuk stock opname pada 30 November s.d. 2 Desember "
                     "2026. Kami akan beroperasi kembali pada 3 Desember 2026. Email Anda akan kami balas setelahnya.\n",
                     cte="qp")),
          ret="2026-12-03", note="no auto headers; office closure 's.d.' (until) + explicit reopening date")

    s = "auto_reply_mandarin_gb2312"
    om = rem("sampai", "INV/PTN/XI/2026/0112")
    D.add(s, "auto_reply",
          build(inbound(s, "ap@kopisenja-group.com", "自动回复：休假通知", dt("2026-12-01 10:00", TZ), irt=om,
                        hcs="gb2312", frm_name="林美华", extra=(("Auto-Submitted", "auto-replied"),)),
                text("您好！\n\n我于12月1日至12月8日休假，12月9日返回办公室。如有急事，请联系财务部。\n\n谢谢！\n林美华\n",
                     cs="gb2312", cte="b64")),
          lang="zh", omid=om, ret="2026-12-09", note="Chinese gb2312 base64 + RFC 2047 gb2312 subject")

    s = "auto_reply_portugues"
    om = rem("sebelum", "INV/PTN/XI/2026/0119")
    D.add(s, "auto_reply",
          build(inbound(s, "purchasing@balitentindo.com", "Resposta automática: Ausente", dt("2026-12-05 08:00", TZ), irt=om, hcs="windows-1252", henc="Q",
                        frm_name="João Ximenes", extra=(("Auto-Submitted", "auto-replied"),)),
                text("Olá,\n\nEstarei ausente até 7 de dezembro (inclusive), com acesso limitado ao e-mail. "
                     "Responderei à sua mensagem quando voltar.\n\nCumprimentos,\nJoão\n", cs="windows-1252", cte="qp")),
          lang="pt", omid=om, ret="2026-12-08", note="Portuguese windows-1252 QP; 'até 7 (inclusive)' -> 8 Dec")

    s = "balasan_otomatis_tiket"
    om = rem("lewat", "INV/PTN/XI/2026/0108")
    D.add(s, "auto_reply",
          build(inbound(s, "finance@nelayanmakmur.co.id", "[Tiket #48213] Re: INV/PTN/XI/2026/0108 sudah lewat jatuh tempo",
                        dt("2026-11-25 09:00", TZ), irt=om,
                        extra=(("Auto-Submitted", "auto-replied"), ("X-Helpdesk", "osTicket"))),
                text("Terima kasih, email Anda telah kami terima dengan nomor tiket #48213. Tim keuangan akan merespons "
                     "dalam 2x24 jam kerja. Mohon tidak membalas email ini.\n")),
          omid=om, inv="INV/PTN/XI/2026/0108", note="helpdesk ticket acknowledgement: auto-reply, no return date")

    # ---------------------------------------------------------------- challenge
    s = "challenge_saring_pesan"
    om = rem("sebelum", "INV/PTN/XI/2026/0112")
    D.add(s, "challenge",
          build(inbound(s, "konfirmasi@saringpesan.id", "Verifikasi pengirim diperlukan / Sender verification required",
                        dt("2026-11-27 09:05", TZ), extra=(("Auto-Submitted", "auto-replied"),)),
                mp(s, "alternative",
                   text("Halo,\n\nPenerima ap@kopisenja-group.com menggunakan SaringPesan. Pesan Anda berjudul "
                        "\"Pengingat: INV/PTN/XI/2026/0112\" ditahan sampai Anda membuktikan bahwa Anda bukan robot.\n\n"
                        "Klik: https://saringpesan.id/v?k=Q2x9\n\nOriginal message: " + om + "\n"),
                   html("<p>Penerima <b>ap@kopisenja-group.com</b> menggunakan SaringPesan. <a href='https://"
                        "saringpesan.id/v?k=Q2x9'>Verifikasi</a></p>"))),
          chal=True, omid=om, inv="INV/PTN/XI/2026/0112", note="bilingual challenge/response")

    # ---------------------------------------------------------------- payment confirmations
    s = "notifikasi_bank_kredit"
    body = ("BANK SAMUDRA RAYA\nNotifikasi Transaksi Kredit\n\nNo. Rekening   : 117-00-4471203-9\n"
            "Tgl Transaksi  : 01/12/2026 09:14:22 WIB\nTgl Valuta     : 30/11/2026\nNominal        : Rp 54.500.000,00\n"
            "Dari           : SAMUDRA KARGO UTAMA PT\nBerita         : INV PTN XI 2026 0093\n\n"
            "Email ini dikirim otomatis, mohon tidak membalas.\n")
    D.add(s, "payment_confirmation",
          build(inbound(s, "notifikasi@samudraraya.co.id", "Notifikasi Transaksi Kredit", dt("2026-12-01 09:15", TZ),
                        frm_name="Bank Samudra Raya"), text(body, cs="us-ascii", cte="7bit")),
          inv="INV/PTN/XI/2026/0093", amount="54500000.00", cur="IDR", paydate="2026-11-30", full=True,
          note="reference with spaces instead of slashes; net of PPh 23 = full; valuta before transaction date")

    s = "nusapay_va_biaya_admin"
    body = ("NusaPay - Pembayaran Virtual Account Berhasil\n\nNo. VA          : 8808 1234 5678 9012\nNama pembayar   : "
            "YAYASAN PENDIDIKAN PELITA\nDeskripsi       : INV/PTN/XI/2026/0101\nWaktu bayar     : 17-11-2026 13:02 WIB\n"
            "Nominal         : Rp18.750.000\nBiaya admin     : Rp4.440\nDana diterima   : Rp18.745.560\n")
    D.add(s, "payment_confirmation",
          build(inbound(s, "no-reply@nusapay.id", "Pembayaran VA berhasil - Rp18.750.000", dt("2026-11-17 13:03", TZ),
                        frm_name="NusaPay"), text(body, cte="qp")),
          inv="INV/PTN/XI/2026/0101", amount="18750000.00", cur="IDR", paydate="2026-11-17", full=True,
          note="VA payment; admin fee is ours, invoice paid in full; VA number looks like an amount")

    s = "notifikasi_dua_invoice"
    h = ("<table style='font-family:Verdana'><tr><td colspan=2><b>BANK SAMUDRA RAYA - Dana Masuk</b></td></tr>"
         "<tr><td>Tanggal Efektif</td><td>03/12/2026</td></tr><tr><td>Jumlah</td><td>IDR 40.500.000,00</td></tr>"
         "<tr><td>Pengirim</td><td>PT LAYAR BAHARI SENTOSA</td></tr>"
         "<tr><td>Keterangan</td><td>INV/PTN/XI/2026/0104 32.912.500 + INV/PTN/X/2026/0071 7.587.500</td></tr></table>")
    D.add(s, "payment_confirmation",
          build(inbound(s, "notifikasi@samudraraya.co.id", "Dana Masuk IDR 40.500.000,00", dt("2026-12-03 11:00", TZ),
                        frm_name="Bank Samudra Raya"), html(h)),
          inv="INV/PTN/XI/2026/0104;INV/PTN/X/2026/0071", amount="40500000.00", cur="IDR", paydate="2026-12-03",
          full=True, alloc="INV/PTN/XI/2026/0104=32912500.00;INV/PTN/X/2026/0071=7587500.00",
          note="HTML table, one credit over two invoices, 'IDR 40.500.000,00'")

    s = "notifikasi_rtgs_setelah_cutoff"
    body = ("BANK SAMUDRA RAYA - Notifikasi RTGS Masuk\n\nTanggal transaksi : 10/11/2026 16:05 WIB\n"
            "Tanggal efektif   : 11/11/2026 (setelah cut-off)\nNominal           : Rp 60.000.000,00\n"
            "Pengirim          : HOTEL PANTAI MENTARI\nBerita            : DP INV/PTN/XI/2026/0097\n")
    D.add(s, "payment_confirmation",
          build(inbound(s, "notifikasi@samudraraya.co.id", "Notifikasi RTGS Masuk", dt("2026-11-10 16:06", TZ),
                        frm_name="Bank Samudra Raya"), text(body, cte="b64")),
          inv="INV/PTN/XI/2026/0097", amount="60000000.00", cur="IDR", paydate="2026-11-11", full=True,
          note="RTGS after cut-off: effective (value) date next day; DP paid in full")

    s = "nusapay_termin_satu"
    body = ("NusaPay\nPembayaran diterima\n\nJumlah: Rp 15.000.000\nDari: PT Rinjani Ekspedisi\nReferensi: "
            "INV/PTN/XI/2026/0115 termin 1\nTanggal: 04 Desember 2026\nBiaya transaksi: Rp 6.660\n")
    D.add(s, "payment_confirmation",
          build(inbound(s, "no-reply@nusapay.id", "Pembayaran diterima", dt("2026-12-04 15:00", TZ),
                        frm_name="NusaPay"), text(body)),
          inv="INV/PTN/XI/2026/0115", amount="15000000.00", cur="IDR", paydate="2026-12-04", full=False,
          note="instalment 1 of 3: invoice not settled")

    # ---------------------------------------------------------------- client replies
    def q(inv: str, nom: str) -> str:
        return (f"\n\nPada tanggal 25 Nov 2026, {BOT_NAME} <{BOT}> menulis:\n> Yth. Bapak/Ibu, apa kabar? Kami "
                f"mengingatkan invoice {inv} sebesar {nom}.\n> Abaikan pesan ini jika sudah membayar.\n")

    s = "balasan_sudah_transfer_kak"
    om = rem("lewat", "INV/PTN/X/2026/0078")
    D.add(s, "client_reply",
          build(inbound(s, "admin.tendamerapi@gmail.com", "Re: Invoice INV/PTN/X/2026/0078 sudah lewat jatuh tempo",
                        dt("2026-11-25 20:30", TZ), irt=om, frm_name="Tenda Merapi"),
                text("sudah ditransfer ya kak 🙏" + q("INV/PTN/X/2026/0078", "Rp 7.250.000"), cte="8bit")),
          inv="INV/PTN/X/2026/0078", intent="paid", note="very informal paid claim, utf-8 8bit emoji")

    s = "balasan_janji_bulan_depan"
    om = rem("sebelum", "INV/PTN/XI/2026/0119-b")
    D.add(s, "client_reply",
          build(inbound(s, "purchasing@balitentindo.com", "Re: Pengingat INV/PTN/XI/2026/0119", dt("2026-11-25 10:00", TZ),
                        irt=om, frm_name="Wayan Sudarsana"),
                text("Selamat pagi,\n\nPembayaran invoice 0119 akan kami proses paling lambat tanggal 10 bulan depan.\n\n"
                     "Salam,\nWayan" + q("INV/PTN/XI/2026/0119", "Rp13.330.000"))),
          inv="INV/PTN/XI/2026/0119", intent="promise", promised="2026-12-10",
          note="'paling lambat tanggal 10 bulan depan' relative to 25 Nov = 10 Dec")

    s = "balasan_bukan_tgl_30"
    om = rem("sebelum", "INV/PTN/XI/2026/0093")
    D.add(s, "client_reply",
          build(inbound(s, "ap@samudrakargo.id", "RE: Pengingat INV/PTN/XI/2026/0093", dt("2026-11-27 15:40", TZ),
                        irt=om, frm_name="Siti Rahmawati"),
                text("Ibu Ayu yth,\n\nMohon maaf tidak bisa tanggal 30 seperti rencana awal karena approval direksi "
                     "belum turun. Pembayaran pasti kami lakukan tanggal 4 Desember.\n\nTerima kasih,\nSiti")),
          inv="INV/PTN/XI/2026/0093", intent="promise", promised="2026-12-04",
          note="negated first date (30th) then the real promise (4 Dec)")

    s = "balasan_komplain_jaring"
    om = rem("sebelum", "INV/PTN/XI/2026/0108")
    D.add(s, "client_reply",
          build(inbound(s, "finance@nelayanmakmur.co.id", "Re: Tagihan INV/PTN/XI/2026/0108", dt("2026-11-18 11:00", TZ),
                        irt=om, frm_name="Hendra Wijaya"),
                text("Selamat siang,\n\nJaring yang dikirim ukuran mata jaringnya 2 inci, padahal PO kami 1,5 inci. Kami "
                     "komplain dan tagihan INV/PTN/XI/2026/0108 belum akan kami bayar sebelum barang diganti.\n\nHendra")),
          inv="INV/PTN/XI/2026/0108", intent="dispute", note="wrong specification complaint; 'belum akan kami bayar'")

    s = "balasan_belum_terima_invoice"
    D.add(s, "client_reply",
          build(inbound(s, "bendahara@pelita.sch.id", "Invoice INV/PTN/XI/2026/0101", dt("2026-11-09 08:20", TZ),
                        frm_name="Bendahara Yayasan Pelita", auth="none"),
                text("Assalamualaikum,\n\nMohon maaf, invoice INV/PTN/XI/2026/0101 belum kami terima dalam bentuk PDF "
                     "beserta faktur pajaknya. Mohon dikirim ulang.\n\nWassalam,\nIbu Nur")),
          inv="INV/PTN/XI/2026/0101", intent="not_received", note="not received + resend request; religious greeting")

    s = "balasan_minta_rekening_npwp"
    D.add(s, "client_reply",
          build(inbound(s, "tagihan@rinjani-expedisi.co.id", "Mohon info rekening - INV/PTN/XI/2026/0115",
                        dt("2026-11-12 14:10", TZ)),
                text("Dengan hormat,\n\nUntuk proses pembayaran termin I, mohon info nomor rekening a.n. perusahaan, "
                     "NPWP, dan apakah bisa dibayar via virtual account.\n\nTerima kasih")),
          inv="INV/PTN/XI/2026/0115", intent="payment_details", note="asks account number, NPWP and VA option")

    s = "balasan_jangan_kirim_lagi"
    om = rem("lewat", "INV/PTN/XI/2026/0097")
    D.add(s, "client_reply",
          build(inbound(s, "accounting@pantaimentari.com", "Re: DP INV/PTN/XI/2026/0097", dt("2026-11-12 09:00", TZ),
                        irt=om),
                text("Mohon jangan kirim email tagihan otomatis lagi ke alamat ini. Urusan pembayaran silakan langsung "
                     "dengan GM kami. Terima kasih.\n")),
          inv="INV/PTN/XI/2026/0097", intent="stop", note="native stop request")

    s = "balasan_minta_cicil"
    D.add(s, "client_reply",
          build(inbound(s, "ap@kopisenja-group.com", "Re: Invoice INV/PTN/XI/2026/0112 (USD)",
                        dt("2026-11-20 16:00", TZ), frm_name="Rudi Hartono"),
                text("Pak Boni,\n\nKondisi cash flow kami sedang kurang baik. Bisakah tagihan INV/PTN/XI/2026/0112 "
                     "dicicil 3 kali mulai Desember? Kurs bisa pakai kurs hari ini saja supaya jelas.\n\nRudi")),
          inv="INV/PTN/XI/2026/0112", intent="plan_request", note="instalment request + wants fixed FX rate")

    s = "balasan_bukti_transfer"
    jpg = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(range(64)) + bytes.fromhex("ffd9")
    om = rem("sebelum", "INV/PTN/XI/2026/0104-b")
    D.add(s, "client_reply",
          build(inbound(s, "keuangan@layarbahari.co.id", "Re: Pengingat INV/PTN/XI/2026/0104", dt("2026-12-03 10:30", TZ),
                        irt=om, frm_name="Andi Pratama"),
                mp(s, "mixed", text("Selamat pagi Bu Ayu,\n\nTerlampir bukti transfer untuk invoice 0104 dan 0071, "
                                    "sudah kami bayar pagi ini.\n\nSalam,\nAndi\n" + q("INV/PTN/XI/2026/0104",
                                                                                     "Rp 32.912.500")),
                   att(jpg, "image/jpeg", "bukti transfer 03-12.jpg"))),
          inv="INV/PTN/XI/2026/0104;INV/PTN/X/2026/0071", intent="paid",
          note="paid claim with transfer-slip image; second invoice only as short '0071'")

    s = "balasan_faktur_pajak_kutipan"
    D.add(s, "client_reply",
          build(inbound(s, "accounting@pantaimentari.com", "Faktur pajak DP", dt("2026-11-16 11:00", TZ)),
                text("Selamat siang,\n\nMohon dikirimkan faktur pajak untuk DP kanopi, kami perlukan untuk laporan PPN "
                     "bulan ini.\n\n-----Original Message-----\n> DP untuk INV/PTN/XI/2026/0097 sudah kami bayar via "
                     "RTGS tanggal 10/11.\n")),
          inv="INV/PTN/XI/2026/0097", intent="other", note="tax invoice request; payment mentioned only in quote")

    s = "balasan_sengketa_meterai"
    D.add(s, "client_reply",
          build(inbound(s, "purchasing@balitentindo.com", "Pertanyaan invoice INV/PTN/XI/2026/0119",
                        dt("2026-11-12 13:00", TZ), frm_name="Wayan Sudarsana"),
                text("Bu/Pak,\n\nKenapa ada bea meterai Rp10.000 di invoice INV/PTN/XI/2026/0119? Menurut kami itu "
                     "bukan kewajiban pembeli. Mohon invoice direvisi tanpa meterai, baru kami proses.\n\nWayan")),
          inv="INV/PTN/XI/2026/0119", intent="dispute", note="small-line dispute (stamp duty) blocks payment")

    s = "balasan_janji_senin"
    om = rem("lewat", "INV/PTN/XI/2026/0115-b")
    D.add(s, "client_reply",
          build(inbound(s, "tagihan@rinjani-expedisi.co.id", "RE: Termin I INV/PTN/XI/2026/0115 sudah lewat jatuh tempo",
                        dt("2026-12-01 10:00", TZ), irt=om),
                text("Dengan hormat,\n\nTermin I akan kami bayarkan pada hari Senin, 7 Desember 2026.\n\nHormat kami,\n"
                     "Keuangan PT Rinjani Ekspedisi")),
          inv="INV/PTN/XI/2026/0115", intent="promise", promised="2026-12-07", note="formal dated promise")

    s = "balasan_sudah_diterima_belum"
    D.add(s, "client_reply",
          build(inbound(s, "bendahara@pelita.sch.id", "Konfirmasi pembayaran INV/PTN/XI/2026/0101",
                        dt("2026-11-19 09:00", TZ), auth="none"),
                text("Assalamualaikum,\n\nKami sudah membayar invoice INV/PTN/XI/2026/0101 lewat VA tanggal 17 "
                     "November. Apakah sudah diterima? Mohon dikirimkan kuitansi lunas.\n\nWassalam,\nIbu Nur")),
          inv="INV/PTN/XI/2026/0101", intent="paid", note="paid claim phrased as a question + receipt request")

    # ---------------------------------------------------------------- other
    s = "phishing_samudraraya_lookalike"
    D.add(s, "other",
          build(inbound(s, "notifikasi@samudraraya-co.id", "PENTING: Dana masuk Anda ditahan", dt("2026-11-22 01:00", TZ),
                        auth="lookalike", frm_name="Bank Samudra Raya"),
                html("<p>Nasabah yth,</p><p>Dana masuk sebesar Rp 45.000.000 ditahan. Segera <a href='http://"
                     "samudraraya-co.id/verifikasi'>verifikasi akun</a> dalam 1x24 jam.</p>")),
          note="look-alike domain samudraraya-co.id (hyphen for dot)")

    s = "nusapay_palsu_dmarc_gagal"
    D.add(s, "other",
          build(inbound(s, "no-reply@nusapay.id", "Pembayaran diterima", dt("2026-12-02 03:00", TZ), auth="spfonly",
                        frm_name="NusaPay"),
                text("NusaPay\nPembayaran diterima\n\nJumlah: Rp 45.000.000\nDari: PT Rinjani Ekspedisi\nReferensi: "
                     "INV/PTN/XI/2026/0115 lunas\n")),
          inv="INV/PTN/XI/2026/0115", note="real PSP From, SPF passes for a relay but DMARC fails: forged 'paid in full'")

    s = "promo_bank_domain_sama"
    D.add(s, "other",
          build(inbound(s, "promo@samudraraya.co.id", "Promo Kredit Usaha Rakyat Desember", dt("2026-12-01 12:00", TZ),
                        frm_name="Bank Samudra Raya", extra=(("List-Unsubscribe", "<mailto:unsub@samudraraya.co.id>"),)),
                html("<h2>Bunga 6% p.a.</h2><p>Dana masuk lebih cepat dengan KUR Samudra Raya.</p>")),
          note="bank marketing from the notifier's domain but not the notifier address; authenticated")

    s = "internal_faktur_pajak"
    D.add(s, "other",
          build(inbound(s, "boni.situmorang@pelagian-tenun.co.id", "faktur pajak 0093 sudah upload",
                        dt("2026-11-03 15:00", TZ), to=addr("Ni Luh Ayu Pradnyani", "ayu.pradnyani@pelagian-tenun.co.id"),
                        cc=addr(BOT_NAME, BOT), frm_name="Bonifasius Situmorang"),
                text("Bu Ayu, faktur pajak untuk INV/PTN/XI/2026/0093 (Rp 55.500.000) sudah saya upload ke Coretax. "
                     "Cc ke receivables supaya tercatat.\n\nBoni")),
          inv="INV/PTN/XI/2026/0093", note="internal staff note with bot Cc and an amount: not an invoice copy")
    return D

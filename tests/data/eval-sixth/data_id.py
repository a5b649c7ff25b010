"""Indonesian messages."""
def build(B):
    L = "id"; dt = lambda s: B.dt(s, 7); mid = B.mid; q = B.quote
    ST = "Dewi Lestari <dewi.lestari@tidewell-trading.com>"
    ST2 = "Rizky Pratama <rizky.pratama@tidewell-trading.com>"
    SB = "PT Sinar Bahari Logistik <keuangan@sinarbahari.co.id>"
    KN = "CV Kopi Nusantara Jaya <admin@kopinusantara.id>"
    MM = "PT Mitra Medika Sejahtera <ap@mitramedika.co.id>"
    SR = "Toko Bangunan Sumber Rejeki <sumberrejeki.tb@gmail.com>"
    GK = "PT Graha Kreasi Digital <finance@grahakreasi.com>"
    HK = "Hotel Kenanga Bali <accounting@kenangahotel.com>"
    B.contact("keuangan@sinarbahari.co.id", "admin@kopinusantara.id", "ap@mitramedika.co.id", "sumberrejeki.tb@gmail.com",
              "finance@grahakreasi.com", "accounting@kenangahotel.com", "wei.chen@grahakreasi.com", "tanaka@kenangahotel.com", "joao.silva@sinarbahari.co.id", "kopinusantarajaya@gmail.com", "gm@kenangahotel.com")
    B.inv("INV/TWT/2026/X/0031", "INV/TWT/2026/X/0036", "INV/TWT/2026/X/0040", "INV/TWT/2026/X/0042", "INV/TWT/2026/X/0045")
    M = {k: mid("pengingat-id-%s" % k) for k in ("31a", "36a", "40a", "42a", "45a", "31b", "36b", "40b", "42b", "45b", "61a", "63a", "61b")}
    I = lambda n: "INV/TWT/2026/XI/%04d" % n

    B.invoice(L, "01_faktur_biasa", ST, KN, "Invoice %s - Tidewell Trading Indonesia" % I(61), dt("2026-11-02 09:00"),
        "Selamat pagi Bapak/Ibu,\n\nBersama email ini kami lampirkan invoice %s tertanggal 2 November 2026 untuk pengiriman mesin roasting mini.\n\n"
        "Total tagihan: Rp 15.750.000\nJatuh tempo: 30 hari sejak tanggal invoice (2 Desember 2026)\nPembayaran ke: Bank Arunika, No. Rek 123-00-4567890-1 a.n. PT Tidewell Trading Indonesia\n\nTerima kasih atas kerja samanya.\n\nSalam,\nDewi Lestari" % I(61),
        dict(invoice_numbers=I(61), amount="15750000.00", currency="IDR", issue_date="2026-11-02", due_date="2026-12-02", payment_terms_days="30", note="dot thousands, no decimals"), pdf="INV-TWT-2026-XI-0061.pdf")
    B.invoice(L, "02_faktur_pph23", ST2, GK, "Tagihan %s (jasa konsultasi)" % I(62), dt("2026-11-04 13:30"),
        "Yth. Tim Finance PT Graha Kreasi Digital,\n\nBerikut invoice %s tanggal 04/11/2026 untuk jasa konsultasi sistem gudang:\n\n"
        "Nilai jasa (DPP)      : Rp 40.000.000,00\nPPN 11%%              : Rp  4.400.000,00\nPPh 23 2%% (dipotong)  : (Rp    800.000,00)\nJumlah yang ditransfer: Rp 43.600.000,00\n\n"
        "Mohon bukti potong PPh 23 dikirimkan ke email ini. Termin pembayaran 14 hari kalender, jatuh tempo 18/11/2026.\n\nHormat kami,\nRizky Pratama" % I(62),
        dict(invoice_numbers=I(62), amount="43600000.00", currency="IDR", issue_date="2026-11-04", due_date="2026-11-18", payment_terms_days="14", note="withholding tax PPh 23 deducted; DPP vs gross vs net-of-withholding"), html=True)
    B.invoice(L, "03_faktur_dp", ST, SB, "Invoice DP %s - Proyek Racking Gudang Cikarang" % I(63), dt("2026-11-06 10:45"),
        "Dengan hormat,\n\nSesuai kontrak No. 045/TWT-SBL/X/2026 dengan nilai kontrak Rp 650.000.000 (sudah termasuk PPN), kami tagihkan uang muka (DP) 40%%:\n\n"
        "No. Invoice: %s\nTanggal: 6 November 2026\nDP 40%%: Rp 260.000.000\nJatuh tempo: 20 November 2026\n\nSisa 60%% akan ditagihkan setelah instalasi selesai.\n\nSalam,\nDewi" % I(63),
        dict(invoice_numbers=I(63), amount="260000000.00", currency="IDR", issue_date="2026-11-06", due_date="2026-11-20", note="DP vs contract value"))
    B.invoice(L, "04_faktur_cicilan", ST2, SR, "Invoice %s - cicilan" % I(64), dt("2026-11-10 16:00"),
        "Halo Pak Budi,\n\nIni invoice %s (10 Nov 2026) untuk 200 sak semen dan besi beton, total Rp 24.000.000. Sesuai obrolan kita, dibayar 3x cicilan:\n"
        "- Cicilan 1: Rp 8.000.000, paling lambat 24 Nov 2026\n- Cicilan 2: Rp 8.000.000, paling lambat 24 Des 2026\n- Cicilan 3: Rp 8.000.000, paling lambat 24 Jan 2027\n\nMakasih pak,\nRizky" % I(64),
        dict(invoice_numbers=I(64), amount="8000000.00", currency="IDR", issue_date="2026-11-10", due_date="2026-11-24", note="installments; first due now"))
    B.invoice(L, "05_faktur_nota_kredit", ST, HK, "Invoice %s setelah potongan nota kredit" % I(65), dt("2026-11-12 11:20"),
        "Dear Accounting Hotel Kenanga,\n\nTerlampir invoice %s tanggal 12 November 2026 untuk linen kamar.\nSubtotal: Rp 38.500.000\nDikurangi nota kredit NK/TWT/2026/007 (retur handuk cacat): Rp 3.250.000\nSisa yang harus dibayar: Rp 35.250.000\nJatuh tempo: 12 Desember 2026 (30 hari).\n\nSalam hangat,\nDewi Lestari" % I(65),
        dict(invoice_numbers=I(65), amount="35250000.00", currency="IDR", issue_date="2026-11-12", due_date="2026-12-12", payment_terms_days="30", note="credit note deducted"))
    B.invoice(L, "06_faktur_usd", ST2, MM, "Invoice %s (USD)" % I(66), dt("2026-11-13 09:15"),
        "Bapak/Ibu yang terhormat,\n\nBerikut kami kirimkan invoice %s untuk alat sterilisasi impor.\nTanggal invoice: 13-11-2026\nTotal: USD 9,420.00\nTermin: net 45 hari (jatuh tempo 28-12-2026)\n\nTerima kasih,\nRizky Pratama" % I(66),
        dict(invoice_numbers=I(66), amount="9420.00", currency="USD", issue_date="2026-11-13", due_date="2026-12-28", payment_terms_days="45", note="USD with English number format in Indonesian text"))
    B.invoice(L, "07_faktur_tidak_jelas", ST, SB, "Invoice termin 2 %s" % I(67), dt("2026-11-18 17:00"),
        "Pak/Bu,\n\nTerlampir invoice termin 2 %s senilai Rp 195.000.000 (30%% nilai kontrak). Karena DP belum masuk, tolong dikonfirmasi dulu mau dibayar sekaligus atau DP dulu, "
        "nanti jadwalnya kami sesuaikan. Tanggal invoice 18/11/2026.\n\nDewi" % I(67),
        dict(invoice_numbers=I(67), amount="", currency="IDR", issue_date="2026-11-18", needs_human=True, note="staged; unclear what is due now (195M alone or with DP 260M)"))

    B.receipt(L, "08_tanda_baca_mdn", GK, dt("2026-11-17 10:10"), M["36a"], "Pengingat invoice INV/TWT/2026/X/0036",
        "Pesan Anda\n\n  Kepada: finance@grahakreasi.com\n  Subjek: Pengingat invoice INV/TWT/2026/X/0036\n  Terkirim: 16/11/2026 10:00\n\ntelah dibaca pada 17/11/2026 10:09.",
        dict(invoice_numbers="INV/TWT/2026/X/0036", subject="Dibaca: Pengingat invoice INV/TWT/2026/X/0036", note="Indonesian Outlook MDN"))
    B.receipt(L, "09_tanda_baca_en", SR, dt("2026-11-18 07:30"), M["42a"], "Apakah invoice INV/TWT/2026/X/0042 sudah diterima?",
        "The message sent on 17/11/2026 was read on 18/11/2026 07:29.",
        dict(language="en", invoice_numbers="INV/TWT/2026/X/0042", note="Gmail-ish receipt in English for an Indonesian reminder"), ua="Gmail")

    B.bounce(L, "10_gagal_user_tidak_ada", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", dt("2026-11-16 10:02"),
        "kopinusantarajaya@gmail.com", M["31a"], "Pengingat: invoice INV/TWT/2026/X/0031",
        "Alamat tidak ditemukan\n\nPesan Anda tidak terkirim ke kopinusantarajaya@gmail.com karena alamat tersebut tidak ditemukan atau tidak dapat menerima email.\n\nRespons dari server jarak jauh adalah:\n550 5.1.1 The email account that you tried to reach does not exist.",
        dict(invoice_numbers="INV/TWT/2026/X/0031", bounce_permanent=True, bounce_reason="user_unknown", note="Gmail bounce in Indonesian"), diag="550 5.1.1 The email account that you tried to reach does not exist", subject="Delivery Status Notification (Failure)", mta="mx.google.com")
    B.bounce(L, "11_gagal_kotak_penuh", "Mail Delivery System <MAILER-DAEMON@mail.mitramedika.co.id>", dt("2026-11-20 08:00"),
        "ap@mitramedika.co.id", M["40a"], "Pengingat: invoice INV/TWT/2026/X/0040",
        "Pesan tidak dapat dikirim.\n\n<ap@mitramedika.co.id>: Kotak surat penerima penuh (melebihi kuota). Pengiriman dihentikan.",
        dict(invoice_numbers="INV/TWT/2026/X/0040", bounce_permanent=True, bounce_reason="mailbox_full", note="mailbox full, Indonesian"), status="5.2.2", diag="552 5.2.2 Mailbox quota exceeded", subject="Pesan tidak terkirim", mta="mail.mitramedika.co.id")
    B.bounce(L, "12_ditolak_spam_prosa", "IT Support <it@kenangahotel.com>", dt("2026-11-23 15:20"),
        "gm@kenangahotel.com", M["45a"], "Tagihan jatuh tempo",
        "Dengan hormat,\n\nEmail Anda kepada General Manager kami (gm@kenangahotel.com) ditandai sebagai SPAM oleh sistem filter email hotel dan tidak diteruskan. Silakan hubungi bagian accounting melalui telepon.\n\nTerima kasih,\nTim IT Hotel Kenanga",
        dict(invoice_numbers="", bounce_permanent=True, bounce_reason="spam", note="human-written spam rejection, recipient in prose; from a non-mailer address"), dsn=False, subject="Email ditolak")
    B.bounce(L, "13_tertunda", "Mail Delivery System <MAILER-DAEMON@mail.tidewell-trading.com>", dt("2026-11-24 11:00"),
        "keuangan@sinarbahari.co.id", M["61b"], "Invoice INV/TWT/2026/XI/0063 sudah diterima?",
        "Pemberitahuan: pesan Anda belum berhasil dikirim ke <keuangan@sinarbahari.co.id> selama 12 jam. Sistem akan terus mencoba hingga 5 hari. Anda tidak perlu mengirim ulang.\n\nAlasan: 450 4.2.1 Mailbox temporarily unavailable",
        dict(invoice_numbers=I(63), bounce_permanent=False, bounce_reason="other", note="delay, not permanent"), status="4.2.1", action="delayed", diag="450 4.2.1 Mailbox temporarily unavailable", subject="Pemberitahuan: pengiriman tertunda", mta="mail.tidewell-trading.com")

    B.autoreply(L, "14_cuti", KN, dt("2026-11-20 09:00"), M["31b"], "Pengingat: invoice INV/TWT/2026/X/0031",
        "Terima kasih atas email Anda. Saya sedang cuti sampai dengan tanggal 30 November 2026 dan akan kembali bekerja pada 1 Desember 2026. Untuk hal mendesak silakan hubungi 0812-3456-7890.\n\nSalam,\nSiti",
        dict(invoice_numbers="INV/TWT/2026/X/0031", return_date="2026-12-01", note="Indonesian OOO"), subject="Balasan otomatis: Pengingat: invoice INV/TWT/2026/X/0031")
    B.autoreply(L, "15_libur_tanpa_header", SR, dt("2026-11-27 18:00"), M["42b"], "Pengingat: invoice INV/TWT/2026/X/0042",
        "Mohon maaf, toko kami tutup sementara karena renovasi sampai tgl 5 Des. Email akan dibalas setelah toko buka kembali. Trims.",
        dict(invoice_numbers="INV/TWT/2026/X/0042", return_date="2026-12-06", note="no auto headers, 'sampai tgl 5 Des' -> open again 6th (Sunday; could be 7th)"), headers="none", subject="Re: Pengingat: invoice INV/TWT/2026/X/0042")
    B.autoreply(L, "16_cina", "陈伟 <wei.chen@grahakreasi.com>", dt("2026-11-25 10:00"), M["36b"], "Pengingat invoice INV/TWT/2026/X/0036",
        "您好，\n\n我于2026年11月25日至12月8日休假，期间无法及时回复邮件。12月9日返回办公室。如有紧急事项，请联系 finance@grahakreasi.com。\n\n谢谢！\n陈伟",
        dict(language="zh", invoice_numbers="INV/TWT/2026/X/0036", return_date="2026-12-09", note="Chinese OOO, display name in Chinese (encoded word)"), headers="auto", subject="自动回复: Pengingat invoice INV/TWT/2026/X/0036")
    B.autoreply(L, "17_jepang", "田中 健 <tanaka@kenangahotel.com>", dt("2026-11-26 09:30"), M["45b"], "Pengingat: tagihan INV/TWT/2026/X/0045",
        "いつもお世話になっております。\n\n誠に勝手ながら、11月26日から12月3日まで出張のため不在にしております。12月4日以降に順次ご返信いたします。\n急ぎのご用件は accounting@kenangahotel.com までご連絡ください。\n\n田中",
        dict(language="ja", invoice_numbers="INV/TWT/2026/X/0045", return_date="2026-12-04", note="Japanese OOO"), headers="ms", subject="自動応答: Pengingat: tagihan INV/TWT/2026/X/0045")
    B.autoreply(L, "18_portugis", "João Silva <joao.silva@sinarbahari.co.id>", dt("2026-11-27 14:00"), M["61b"], "Invoice INV/TWT/2026/XI/0063 sudah diterima?",
        "Olá,\n\nEstou de férias até 11 de dezembro de 2026, sem acesso ao e-mail. Regresso no dia 14 de dezembro.\nPara assuntos urgentes, contacte keuangan@sinarbahari.co.id.\n\nCumprimentos,\nJoão Silva",
        dict(language="pt", invoice_numbers=I(63), return_date="2026-12-14", note="Portuguese OOO; until Fri 11th, back Mon 14th"), headers="vac", subject="Resposta automática: Invoice INV/TWT/2026/XI/0063 sudah diterima?", html=True)

    B.challenge(L, "19_verifikasi_pengirim", "Verifikasi Email <verify@mitramedika.co.id>", dt("2026-11-17 13:00"), M["40a"], "Verifikasi pengirim diperlukan",
        "Halo,\n\nEmail Anda ke ap@mitramedika.co.id ditahan sementara. Untuk melanjutkan pengiriman, klik tautan verifikasi berikut dalam 3 x 24 jam:\nhttps://verify.mitramedika.co.id/s/KX92PL\n\nEmail yang tidak diverifikasi akan dihapus otomatis.",
        dict(invoice_numbers="", note="Indonesian C/R"))
    B.challenge(L, "20_verifikasi_balas", "MailShield <no-reply@mailshield.id>", dt("2026-11-21 09:00"), M["42a"], "[MailShield] Konfirmasi: Apakah invoice INV/TWT/2026/X/0042 sudah diterima?",
        "Penerima sumberrejeki.tb@gmail.com menggunakan MailShield. Balas email ini tanpa mengubah subjek untuk membuktikan Anda bukan robot. Pesan Anda akan dikirimkan setelah konfirmasi.",
        dict(invoice_numbers="INV/TWT/2026/X/0042", note="challenge with invoice in subject"), html=False)

    B.payment(L, "21_dana_masuk_penuh", "Bank Arunika <info@notifikasi.bankarunika.co.id>", dt("2026-11-18 08:05"), "Notifikasi Dana Masuk",
        "Nasabah Yth,\n\nTelah terjadi transaksi kredit ke rekening Anda 123-00-4567890-1:\nNominal: Rp 43.600.000,00\nDari: PT GRAHA KREASI DIGITAL\nBerita: PEMBAYARAN INV/TWT/2026/XI/0062\nTanggal: 17/11/2026 16:42 WIB\n\nTerima kasih telah menggunakan layanan Bank Arunika.",
        dict(invoice_numbers=I(62), amount="43600000.00", currency="IDR", payment_date="2026-11-17", payment_full=True, allocations="%s=43600000.00" % I(62), note="full after PPh 23 deduction"))
    B.payment(L, "22_dana_masuk_sebagian", "Bank Arunika <info@notifikasi.bankarunika.co.id>", dt("2026-11-24 09:00"), "Notifikasi Dana Masuk",
        "Nasabah Yth,\n\nKredit masuk Rp 5.000.000,00 ke rekening 123-00-4567890-1\nDari: BUDI SANTOSO\nBerita: cicilan 1 sebagian %s\nTanggal: 23/11/2026\n" % I(64),
        dict(invoice_numbers=I(64), amount="5000000.00", currency="IDR", payment_date="2026-11-23", payment_full=False, allocations="%s=5000000.00" % I(64), note="partial of the first installment; payer is a person"))
    B.payment(L, "23_dana_masuk_gabungan", "PayStream <notify@paystream.io>", dt("2026-12-02 10:00"), "Pembayaran diterima",
        "Halo Tidewell Trading Indonesia,\n\nAnda menerima pembayaran sebesar Rp 51.000.000 dari CV Kopi Nusantara Jaya pada 02 Des 2026.\n\nRincian alokasi:\n• INV/TWT/2026/X/0031 — Rp 35.250.000\n• %s — Rp 15.750.000\n\nID pembayaran: ps_ID9021" % I(61),
        dict(invoice_numbers="INV/TWT/2026/X/0031;%s" % I(61), amount="51000000.00", currency="IDR", payment_date="2026-12-02", payment_full=True, allocations="INV/TWT/2026/X/0031=35250000.00;%s=15750000.00" % I(61), note="two invoices"), html=True)
    B.payment(L, "24_palsu", "Bank Arunika <info@notifikasi.bankarunika.co.id>", dt("2026-12-03 01:00"), "Notifikasi Dana Masuk",
        "Nasabah Yth,\n\nDana masuk Rp 260.000.000,00\nDari: PT SINAR BAHARI LOGISTIK\nBerita: DP %s\nTanggal: 02/12/2026\n\nSilakan login untuk konfirmasi: http://bankarunika-konfirmasi.xyz" % I(63),
        dict(kind="other", invoice_numbers=I(63), amount="260000000.00", currency="IDR", note="forged: dkim/dmarc fail, lookalike link"), auth=B.ar("info@notifikasi.bankarunika.co.id", ok=False))
    B.payment(L, "25_dana_masuk_usd", "Bank Arunika <info@notifikasi.bankarunika.co.id>", dt("2026-12-04 08:00"), "Notifikasi Transfer Masuk Valas",
        "Nasabah Yth,\n\nTransfer masuk valuta asing:\nNominal: USD 9,420.00\nPengirim: PT MITRA MEDIKA SEJAHTERA\nBerita: INV TWT 2026 XI 0066\nTanggal valuta: 03/12/2026",
        dict(invoice_numbers=I(66), amount="9420.00", currency="USD", payment_date="2026-12-03", payment_full=True, allocations="%s=9420.00" % I(66), note="reference with spaces instead of slashes"))

    o = "Pada Sen, 16 Nov 2026 10.00, Tidewell Trading Indonesia <ar@tidewell-trading.com> menulis:"
    B.reply(L, "26_balas_sudah_bayar", GK, dt("2026-11-17 11:00"), M["36a"], "Re: Pengingat invoice INV/TWT/2026/X/0036",
        "Selamat siang,\n\nInvoice tsb sudah kami transfer tgl 14 Nov ya, bukti transfer terlampir. Mohon dicek kembali.\n\nTerima kasih\nFinance GKD", q(o, "Apa kabar? Semoga bisnis Bapak/Ibu lancar.\nKami ingin mengingatkan invoice INV/TWT/2026/X/0036 sebesar Rp 12.500.000 jatuh tempo 20 November 2026.\nAbaikan email ini jika sudah membayar."),
        dict(invoice_numbers="INV/TWT/2026/X/0036", intent="paid_claim", needs_human=True, note="paid claim, abbreviations tsb/tgl"))
    B.reply(L, "27_balas_janji", SR, dt("2026-11-19 20:15"), M["42a"], "Re: Apakah invoice INV/TWT/2026/X/0042 sudah diterima?",
        "Sudah terima pak. Nanti saya transfer tanggal 28 ya, nunggu tagihan dari proyek cair dulu.\nBudi", "",
        dict(invoice_numbers="INV/TWT/2026/X/0042", intent="promise", promised_date="2026-11-28", needs_human=False, note="confirms receipt + promise 'tanggal 28'"))
    B.reply(L, "28_balas_bukan_jumat", HK, dt("2026-11-26 14:00"), M["45b"], "Re: Pengingat: tagihan INV/TWT/2026/X/0045",
        "Bapak/Ibu, mohon maaf, Jumat ini belum bisa karena proses approval GM. Pembayaran akan kami lakukan tanggal 15 Desember 2026.\n\nSalam,\nAccounting Hotel Kenanga", "",
        dict(invoice_numbers="INV/TWT/2026/X/0045", intent="promise", promised_date="2026-12-15", needs_human=False, note="not Friday but 15 Dec"))
    B.reply(L, "29_balas_tidak_janji", MM, dt("2026-11-27 10:30"), M["40b"], "RE: Pengingat: invoice INV/TWT/2026/X/0040",
        "Dengan hormat,\n\nkami belum bisa menjanjikan tanggal pembayaran, dananya masih menunggu pencairan dari BPJS. Kemungkinan Desember, tapi belum pasti.\n\nTerima kasih atas pengertiannya.", "",
        dict(invoice_numbers="INV/TWT/2026/X/0040", intent="other", needs_human=True, note="can't promise, vague month"))
    B.reply(L, "30_balas_sengketa", HK, dt("2026-11-20 09:45"), M["63a"], "Re: Invoice %s" % I(65),
        "Dear Ibu Dewi,\n\nKami keberatan dengan invoice %s. Jumlah linen yang diterima hanya 420 pcs, bukan 500 pcs, dan nota kredit seharusnya Rp 4.100.000. Mohon direvisi sebelum kami proses.\n\nRegards,\nKomang" % I(65), "",
        dict(invoice_numbers=I(65), intent="dispute", needs_human=True, note="dispute quantity and credit note amount"))
    B.reply(L, "31_balas_cicilan", KN, dt("2026-12-01 15:00"), M["31b"], "Re: Pengingat: invoice INV/TWT/2026/X/0031",
        "Siang kak, boleh ga kalau tagihan Rp 35.250.000 itu kami cicil 3 kali? Lagi sepi banget nih kedai. Makasih banyak 🙏", "",
        dict(invoice_numbers="INV/TWT/2026/X/0031", intent="plan_request", amount="35250000.00", currency="IDR", needs_human=True, note="informal plan request with emoji"))
    B.reply(L, "32_balas_belum_terima", SB, dt("2026-11-09 10:00"), M["61a"], "Re: Invoice %s sudah diterima?" % I(63),
        "Selamat pagi,\n\nInvoice DP tersebut belum kami terima, mohon dikirim ulang beserta faktur pajaknya ke keuangan@sinarbahari.co.id.\n\nTerima kasih", "",
        dict(invoice_numbers=I(63), intent="not_received", needs_human=True, note="not received"))
    B.reply(L, "33_balas_minta_rekening", SR, dt("2026-11-21 08:00"), M["42b"], "Re: Pengingat: invoice INV/TWT/2026/X/0042",
        "Pagi pak, no rekening nya apa ya? Mau transfer lewat BRI, kalau ada VA lebih enak.", "",
        dict(invoice_numbers="INV/TWT/2026/X/0042", intent="payment_details", needs_human=False, note="asks account / VA"))
    B.reply(L, "34_balas_stop", "João Silva <joao.silva@sinarbahari.co.id>", dt("2026-12-02 09:00"), M["61a"], "Re: Invoice %s sudah diterima?" % I(63),
        "Selamat pagi, mohon maaf, saya bukan bagian keuangan. Mohon kiranya alamat email saya tidak dimasukkan lagi dalam pengiriman pengingat tagihan. Terima kasih banyak.", "",
        dict(invoice_numbers=I(63), intent="stop", needs_human=False, note="very polite stop"))
    B.reply(L, "35_balas_kutipan", GK, dt("2026-11-30 13:00"), M["36b"], "Re: Terima kasih atas pembayaran",
        "Sama-sama. Btw, apakah Tidewell juga bisa bantu audit stok bulan Januari? Mohon info harganya.",
        q("Pada 28 Nov 2026, Tidewell Trading Indonesia menulis:", "Terima kasih, pembayaran Rp 12.500.000 untuk INV/TWT/2026/X/0036 sudah kami terima. Sudah dibayar lunas."),
        dict(invoice_numbers="INV/TWT/2026/X/0036", intent="other", needs_human=True, note="paid talk only in quote"))
    B.reply(L, "36_balas_sebagian", SR, dt("2026-11-24 19:00"), M["42b"], "Re: Invoice %s - cicilan" % I(64),
        "Pak Rizky, cicilan 1 baru bisa saya transfer 5 juta kemarin. Kekurangannya Rp 3.000.000 saya lunasi paling lambat 4 Desember 2026. Maaf ya pak.", "",
        dict(invoice_numbers=I(64), intent="promise", amount="3000000.00", currency="IDR", promised_date="2026-12-04", needs_human=True, note="partial paid ('5 juta' without currency) + rest with Rp and date; amount label is the only one with currency"))
    B.reply(L, "37_balas_negasi", MM, dt("2026-12-04 11:00"), M["40b"], "RE: Pengingat: invoice INV/TWT/2026/X/0040",
        "Mohon dicatat: pembayaran TIDAK akan dilakukan tanggal 7 Desember seperti yang disampaikan sales Bapak, karena barang belum lolos uji fungsi. Kami minta teknisi datang dulu.", "",
        dict(invoice_numbers="INV/TWT/2026/X/0040", intent="dispute", needs_human=True, note="negated date + product failed test = dispute"))

    B.staff(L, "38_perintah_staf", ST, dt("2026-12-02 08:00"), "perintah",
        "paid %s 5000000.00 2026-11-23\nplan %s 3x\nnote Pak Budi minta waktu, tagih lagi 4 Des" % (I(64), I(64)),
        dict(invoice_numbers=I(64), amount="5000000.00", currency="IDR", payment_date="2026-11-23", note="paid + plan + note"))
    B.staff(L, "39_perintah_palsu", "Rizky Pratama <rizky.pratama@tidewell-trading.com>", dt("2026-12-05 02:00"), "update",
        "pause KENANGA 90d\nwrite-off %s" % I(65),
        dict(kind="other", invoice_numbers=I(65), note="forged staff: dkim none, dmarc fail"), auth="mx.tidewell-trading.com; dkim=none; spf=fail smtp.mailfrom=rizky.pratama@tidewell-trading.com; dmarc=fail header.from=tidewell-trading.com")
    B.other(L, "40_penawaran_spam", "Jasa SEO Murah <promo@seomurah-ku.biz>", dt("2026-11-28 07:00"), "Tingkatkan penjualan 300% dengan SEO!",
        "Halo Bapak/Ibu pemilik usaha,\n\nKami menawarkan jasa SEO halaman 1 Google mulai Rp 499.000/bulan. Balas email ini untuk konsultasi gratis!\n\nSalam sukses",
        dict(note="marketing spam mentioning an amount"), auth=B.ar("promo@seomurah-ku.biz", ok=False))
    B.other(L, "41_tagihan_pemasok", "PT Ekspedisi Cepat Nusantara <billing@ekspedisicepat.co.id>", dt("2026-11-30 10:00"), "Invoice ECN/2026/11/8812 untuk PT Tidewell Trading Indonesia",
        "Kepada Yth. PT Tidewell Trading Indonesia,\n\nTerlampir invoice ECN/2026/11/8812 untuk jasa pengiriman bulan November sebesar Rp 7.480.000, jatuh tempo 14 Desember 2026.\n\nMohon dibayarkan ke BCA 555-0123456.\n\nSalam,\nBilling ECN",
        dict(note="a supplier's invoice TO us (payable, not receivable): not an invoice copy, from a non-staff sender"), html=False, pdf="ECN-2026-11-8812.pdf")

from .kit import d, T, H, ALT, MULTI, ATT, RAW, addr, pdf, BOT, Msg
from .common import orig, L, inv_copy, reply, notifier, autorep, staff_mail, ubl, challenge
from .machine import bounce, mdn

TZ = 7
D = dict(
    code="id", cur="IDR", dom="corvane.co.id", botname="Corvane Piutang",
    staff=[("Dewi Anggraini", "dewi.anggraini@corvane.co.id"), ("Bayu Pratama", "bayu.pratama@corvane.co.id")],
    clients=[("PT Gelora Event Nusantara", "Rina Kusuma", "finance@geloraevent.co.id"),
             ("Gedung Kesenian Cikini Raya", "Agus Salim", "keuangan@gkcikiniraya.id"),
             ("PT Layar Emas Production", "Fransiska Tan", "ap@layaremas.co.id"),
             ("Hotel Bumi Parahyangan", "Hendra Wijaya", "purchasing@bumiparahyangan.com"),
             ("Universitas Seni Nusa Dua", "Ni Luh Putu Ayu", "bagian.keuangan@usnd.ac.id"),
             ("CV Sinar Panggung Mandiri", "Joko Santoso", "joko.sinarpanggung@gmail.com"),
             ("PT Bali Arena Convention", "Made Wirawan", "ap@baliarena.co.id"),
             ("Yayasan Teater Kinara", "Sari Dewanti", "admin@teaterkinara.or.id"),
             ("PT Megah Konser Indonesia", "Michael Gunawan", "michael.g@megahkonser.id"),
             ("Balai Sidang Surabaya Timur", "Lukas Hartono", "tagihan@balaisidangsby.co.id")],
    bank=("Bank Nusantara Raya", "notifikasi@bnr.co.id"),
    psp=("Bayarin", "notifikasi@bayarin.id"),
    rsubj="Pengingat tagihan %s - PT Corvane Teknik Panggung",
    chsubj="Konfirmasi pengiriman email Anda ke %s",
    known=["INV/CTP/2026/0211", "INV/CTP/2026/0218", "INV/CTP/2026/0224", "INV/CTP/2026/0230", "INV/CTP/2026/0236",
           "INV/CTP/2026/0241", "INV/CTP/2026/0247", "INV/CTP/2026/0252", "INV/CTP/2026/0258", "INV/CTP/2026/0263",
           "INV/CTP/2026/0301", "INV/CTP/2026/0302", "INV/CTP/2026/0303", "INV/CTP/2026/0304", "INV/CTP/2026/0305", "INV/CTP/2026/0307"],
)
SIG_D = ("\n\nHormat kami,\n\nDewi Anggraini\nFinance & Accounting\nPT Corvane Teknik Panggung\nJl. Raya Bekasi Km. 21 No. 8, Jakarta Timur 13920\n"
         "Telp. (021) 4682 1190\nRekening: Bank Nusantara Raya 118-00-4471263 a.n. PT Corvane Teknik Panggung\n")
SIG_B = "\n\nSalam,\nBayu Pratama\nProject Manager | PT Corvane Teknik Panggung\nHP 0812-8890-4471\n"


def t(m, dd, hh=10, mi=0):
    return d(2026, m, dd, hh, mi, TZ)


def build():
    C = D["clients"]
    M = []
    M.append(inv_copy(D, "01_inv_gelora_pph23", 0, 0, "Invoice INV/CTP/2026/0301 - Sewa rigging Gelora Fest",
        "Yth. Ibu Rina,\n\nBersama ini kami sampaikan tagihan untuk sewa sistem rigging Gelora Fest.\n\nNo. Invoice : INV/CTP/2026/0301\nTanggal     : 2 November 2026\n\n"
        "DPP                          Rp 45.000.000\nPPN 11%                      Rp  4.950.000\nTotal tagihan                Rp 49.950.000\n"
        "Dipotong PPh 23 (2% x DPP)   Rp   (900.000)\nJumlah yang ditransfer       Rp 49.050.000\n\nMohon bukti potong PPh 23 dikirimkan ke email ini.\n"
        "Jatuh tempo: 30 hari (2 Desember 2026)." + SIG_D, t(11, 2, 9, 5),
        L(invoice_numbers="INV/CTP/2026/0301", amount="49050000.00", issue_date="2026-11-02", due_date="2026-12-02", payment_terms_days="30",
          note="PPh 23 withholding: transfer amount 49,050,000 is due now, total 49,950,000 is a decoy")))
    M.append(inv_copy(D, "02_inv_baliarena_dp_bcc", 1, 6, "Tagihan Termin 1 (DP 30%) - INV/CTP/2026/0302",
        "Pak Made yth,\n\nSesuai kontrak No. 044/CTP-BAC/X/2026 dengan nilai kontrak Rp 1.250.000.000 (belum termasuk PPN), berikut tagihan termin 1 "
        "(uang muka 30%):\n\nUang muka 30%    Rp 375.000.000\nPPN 11%          Rp  41.250.000\nTotal            Rp 416.250.000\n\n"
        "Tanggal invoice 4 November 2026, mohon dibayar dalam 14 hari (paling lambat 18 November 2026)." + SIG_B, t(11, 4, 15, 20),
        L(invoice_numbers="INV/CTP/2026/0302", amount="416250000.00", issue_date="2026-11-04", due_date="2026-11-18", payment_terms_days="14",
          note="Bcc; contract value and DP net are decoys"), mode="bcc"))
    p = pdf(["PT CORVANE TEKNIK PANGGUNG", "INVOICE No. INV/CTP/2026/0303", "Tanggal: 06/11/2026", "Kepada: PT Layar Emas Production",
             "Jasa instalasi motor hoist studio 2         Rp 17.000.000", "PPN 11%                                     Rp  1.870.000",
             "TOTAL                                        Rp 18.870.000", "Jatuh tempo: 06/12/2026"])
    M.append(inv_copy(D, "03_inv_layaremas_pdf", 0, 2, "Invoice Corvane",
        "Dengan hormat,\n\nTerlampir invoice untuk pekerjaan instalasi bulan lalu. Terima kasih.\n" + SIG_D, t(11, 6, 11, 0),
        L(invoice_numbers="INV/CTP/2026/0303", amount="18870000.00", issue_date="2026-11-06", due_date="2026-12-06", payment_terms_days="30",
          note="PDF only"), atts=[ATT("INV-CTP-2026-0303.pdf", "application/pdf", p)], cte="base64"))
    x = ubl("INV/CTP/2026/0304", "2026-11-10", "2026-11-24", "PT Corvane Teknik Panggung", "Hotel Bumi Parahyangan", "12000000.00", "1320000.00", "IDR",
            "Ballroom motorised screen service")
    M.append(inv_copy(D, "04_inv_bumi_ubl", 1, 3, "e-Invoice INV/CTP/2026/0304",
        "Pak Hendra, terlampir e-invoice (UBL) sesuai permintaan sistem procurement hotel.\n" + SIG_B, t(11, 10, 8, 30),
        L(invoice_numbers="INV/CTP/2026/0304", amount="13320000.00", issue_date="2026-11-10", due_date="2026-11-24", payment_terms_days="14",
          note="UBL only"), atts=[ATT("INV_CTP_2026_0304.xml", "text/xml", x)]))
    M.append(inv_copy(D, "05_inv_usnd_html45", 0, 4, "Tagihan INV/CTP/2026/0305",
        "Tagihan INV/CTP/2026/0305\nTanggal: 12-11-2026\nTotal: Rp 7.215.000\nPembayaran: 45 hari setelah tanggal invoice\n", t(11, 12, 13, 45),
        L(invoice_numbers="INV/CTP/2026/0305", amount="7215000.00", issue_date="2026-11-12", due_date="2026-12-27", payment_terms_days="45",
          note="HTML; due date must be computed from 45 days"),
        html="<html><body><p>Kepada Yth. Bagian Keuangan Universitas Seni Nusa Dua,</p><p>Berikut tagihan perawatan tirai panggung auditorium:</p>"
             "<table border='1'><tr><td>No. Invoice</td><td>INV/CTP/2026/0305</td></tr><tr><td>Tanggal</td><td>12-11-2026</td></tr>"
             "<tr><td>Total</td><td><b>Rp 7.215.000</b></td></tr><tr><td>Pembayaran</td><td>45 hari setelah tanggal invoice</td></tr></table>"
             "<p>Hormat kami,<br>Dewi Anggraini</p></body></html>"))
    M.append(inv_copy(D, "06_inv_megah_proforma", 1, 8, "PROFORMA INV/CTP/2026/0306 - Konser Akhir Tahun",
        "Halo Ko Michael,\n\nIni proforma untuk kebutuhan PO. Angkanya masih estimasi ya, karena jumlah motor hoist dan kru tambahan baru pasti setelah "
        "technical meeting tanggal 20. Invoice final menyusul setelah acara.\n\nProforma INV/CTP/2026/0306 (16/11/2026)\nEstimasi total: Rp 32.500.000 (sudah termasuk PPN)\n"
        + SIG_B, t(11, 16, 20, 10), L(invoice_numbers="INV/CTP/2026/0306", amount="32500000.00", issue_date="2026-11-16", due_date="",
                                        payment_terms_days="", needs_human=True, note="proforma with estimate; no due date")))
    M.append(inv_copy(D, "07_inv_kinara_notakredit", 0, 7, "Invoice INV/CTP/2026/0307 dan Nota Kredit NK/CTP/2026/012",
        "Yth. Ibu Sari,\n\nInvoice INV/CTP/2026/0307 tertanggal 18 November 2026 sebesar Rp 9.990.000 kami kompensasikan dengan nota kredit "
        "NK/CTP/2026/012 sebesar Rp 1.110.000 (pengembalian lampu follow spot).\n\nSisa yang perlu dibayar: Rp 8.880.000\nJatuh tempo: 18 Desember 2026\n" + SIG_D,
        t(11, 18, 10, 2), L(invoice_numbers="INV/CTP/2026/0307", amount="8880000.00", issue_date="2026-11-18", due_date="2026-12-18",
                              payment_terms_days="30", note="credit note netted"), charset="iso-8859-1"))
    M.append(inv_copy(D, "08_inv_balaisidang_cicilan2", 1, 9, "Tagihan cicilan ke-2 - INV/CTP/2026/0308",
        "Pak Lukas,\n\nMelanjutkan kesepakatan pembayaran 3x cicilan untuk proyek orchestra shell (total Rp 180.000.000), berikut tagihan cicilan ke-2:\n\n"
        "No: INV/CTP/2026/0308\nTanggal: 23 Nov 2026\nNilai: Rp 60.000.000\nJatuh tempo: 7 Des 2026 (14 hari)\n\nCicilan ke-1 (INV/CTP/2026/0263) masih belum kami terima." + SIG_B,
        t(11, 23, 9, 40), L(invoice_numbers="INV/CTP/2026/0308", amount="60000000.00", issue_date="2026-11-23", due_date="2026-12-07",
                              payment_terms_days="14", note="installment 2 of 3; total and earlier installment are decoys"), cte="base64"))
    # read receipts
    o = orig(D, "r0301", 0, "INV/CTP/2026/0301", t(11, 5, 9))
    M.append(mdn("09_rr_gelora_mdn", "id", o, "Rina Kusuma", C[0][2], t(11, 5, 10, 17), subj_prefix="Dibaca: ",
                 human_text="Ini adalah tanda terima untuk email yang Anda kirim ke %s.\n\nPesan telah ditampilkan di komputer penerima.\n" % C[0][2],
                 extra_label=dict(invoice_numbers="INV/CTP/2026/0301")))
    o = orig(D, "r0303", 2, "INV/CTP/2026/0303", t(11, 9, 9))
    M.append(mdn("10_rr_layaremas_outlook", "id", o, "Fransiska Tan", C[2][2], t(11, 9, 14, 2), style="outlook_thread", subj_prefix="Dibaca: ",
                 human_text="Pesan Anda\n\n  Kepada: Fransiska Tan\n  Subjek: %s\n  Terkirim: 09/11/2026 09.00\n\ntelah dibaca pada 09/11/2026 14.02.\n" % o["subject"],
                 extra_label=dict(invoice_numbers="INV/CTP/2026/0303"), note="Outlook Indonesian read receipt, threaded"))
    o = orig(D, "r0258", 6, "INV/CTP/2026/0258", t(11, 20, 9))
    M.append(mdn("11_rr_baliarena_en_mdn", "en", o, "Made Wirawan", C[6][2], t(11, 21, 7, 30),
                 extra_label=dict(invoice_numbers="INV/CTP/2026/0258"), note="English MDN on Indonesian desk"))
    # bounces
    o = orig(D, "b0211", 5, "INV/CTP/2026/0211", t(11, 10, 9))
    o["to"] = ["joko.sinar.panggung@gmail.com"]
    M.append(bounce("12_bounce_sinar_gmail_unknown", "en", "gmail", o, ["joko.sinar.panggung@gmail.com"], True, "user_unknown", "5.1.1",
                    "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos.",
                    t(11, 10, 9, 1), "gmail-smtp-in.l.google.com", label=dict(invoice_numbers="INV/CTP/2026/0211"), note="typo address variant"))
    o = orig(D, "b0236", 7, "INV/CTP/2026/0236", t(11, 12, 9))
    o["to"] = ["sari.dewanti@teaterkinara.or.id"]
    M.append(bounce("13_bounce_kinara_local_full", "id", "id_local", o, ["sari.dewanti@teaterkinara.or.id"], True, "mailbox_full", "5.2.2",
                    "552 5.2.2 Kotak surat penerima penuh (quota exceeded)", t(11, 12, 9, 2), "mail.teaterkinara.or.id",
                    label=dict(invoice_numbers="INV/CTP/2026/0236"), note="Indonesian-language bounce, mailbox full permanent"))
    o = orig(D, "b0247", 8, "INV/CTP/2026/0247", t(11, 17, 9))
    o["to"] = ["finance@megahkonser.id"]
    M.append(bounce("14_bounce_megah_policy", "en", "dsn", o, ["finance@megahkonser.id"], True, "policy", "5.7.1",
                    "554 5.7.1 <finance@megahkonser.id>: Recipient address rejected: Access denied. Only internal senders allowed for this list",
                    t(11, 17, 9, 0), "mx.megahkonser.id", label=dict(invoice_numbers="INV/CTP/2026/0247"), note="policy refusal"))
    o = orig(D, "b0252", 4, "INV/CTP/2026/0252", t(11, 19, 9))
    M.append(bounce("15_bounce_usnd_exim_spam", "en", "exim", o, [C[4][2]], True, "spam", "5.7.1",
                    "host mail.usnd.ac.id [103.10.64.2]\n    SMTP error from remote mail server after end of data:\n    550 Rejected: message classified as spam (score 8.1 > 6.0)",
                    t(11, 19, 9, 1), "mail.usnd.ac.id", label=dict(invoice_numbers="INV/CTP/2026/0252"), note="spam rejection of the billing contact"))
    o = orig(D, "b0263", 9, "INV/CTP/2026/0263", t(11, 24, 9))
    o["to"] = ["lukas@balaisidangsby.co.id"]
    M.append(bounce("16_bounce_balai_qmail_unknown_noorig", "en", "qmail", o, ["lukas@balaisidangsby.co.id"], True, "user_unknown", "5.1.1",
                    "Sorry, no mailbox here by that name. (#5.1.1)", t(11, 24, 9, 3), "mail.balaisidangsby.co.id", with_orig=False,
                    needs_human=True, note="qmail, original not included: no Message-ID to tie back"))
    # auto replies
    o = orig(D, "a0224", 2, "INV/CTP/2026/0224", t(12, 1, 9))
    M.append(autorep(D, "17_ar_layaremas_cuti", "id", addr("Fransiska Tan", C[2][2]), "Balasan Otomatis: " + o["subject"],
        "Terima kasih atas email Anda.\n\nSaya sedang cuti dan akan kembali bekerja pada hari Rabu, 9 Desember 2026. Untuk keperluan mendesak "
        "silakan hubungi Bpk. Yusuf di ap@layaremas.co.id.\n\nSalam,\nFransiska", t(12, 1, 9, 1), "2026-12-09", o))
    o = orig(D, "a0247", 8, "INV/CTP/2026/0247", t(12, 2, 9))
    M.append(autorep(D, "18_ar_megah_zh", "zh", addr("Michael Gunawan", C[8][2]), "自动回复：" + o["subject"],
        "您好，\n\n我目前在新加坡出差，将于12月8日（星期二）返回办公室。期间邮件回复可能延迟。\n\n谢谢！\nMichael Gunawan",
        t(12, 2, 9, 0), "2026-12-08", o, charset="gb2312", cte="base64", note="Chinese, GB2312"))
    o = orig(D, "a0241", 3, "INV/CTP/2026/0241", t(11, 26, 9))
    M.append(autorep(D, "19_ar_bumi_pt", "pt", "Rui Carvalho <rui.carvalho@bumiparahyangan.com>", "Ausência: " + o["subject"],
        "Olá,\n\nEstou ausente até segunda-feira, 30 de novembro. Regresso ao escritório na terça-feira, 1 de dezembro de 2026.\n"
        "Para assuntos de compras contacte purchasing@bumiparahyangan.com.\n\nCumprimentos,\nRui Carvalho\nDiretor Geral", t(11, 26, 9, 0), "2026-12-01", o,
        std="vendor", note="Portuguese, GM Cc'd on reminders"))
    o = orig(D, "a0230", 1, "INV/CTP/2026/0230", t(11, 25, 9))
    M.append(autorep(D, "20_ar_gkcikini_relative_noheaders", "id", addr("Agus Salim", C[1][2]), "Re: " + o["subject"],
        "[Pesan otomatis]\nMohon maaf, saya sedang dinas luar kota sampai akhir minggu ini dan kembali ke kantor Senin depan.\nTerima kasih.\nAgus",
        t(11, 25, 9, 0), "2026-11-30", o, std=False, note="no auto headers; 'Senin depan' from Wed 25 Nov = 30 Nov"))
    o = orig(D, "a0258", 6, "INV/CTP/2026/0258", t(12, 3, 9))
    M.append(autorep(D, "21_ar_baliarena_en", "en", "Made Wirawan <ap@baliarena.co.id>", "Out of Office: " + o["subject"],
        "Om Swastiastu,\n\nI am out of office for the Galungan holidays and will be back on Monday, 14 December 2026. Responses will be delayed.\n\nMade",
        t(12, 3, 9, 0), "2026-12-14", o))
    # challenge
    o = orig(D, "c0211", 5, "INV/CTP/2026/0211", t(11, 13, 9))
    M.append(challenge(D, "22_challenge_sinar", "id", C[5][2], "AmanMail", "amanmail.id",
        "Halo,\n\nEmail Anda kepada %s dengan subjek \"%s\" sedang ditahan oleh AmanMail.\n\nPenerima hanya menerima email dari pengirim yang sudah "
        "terverifikasi. Silakan klik tautan di bawah ini untuk membuktikan bahwa Anda bukan robot:\n\nhttps://amanmail.id/v/3e8f01\n\nTautan berlaku 72 jam.\n"
        % (C[5][2], o["subject"]), t(11, 13, 9, 1), o))
    # payments
    M.append(notifier(D, "23_pay_bank_gelora_net_pph", "bank", "Notifikasi Transaksi Masuk - Rekening 118-00-4471263",
        "Yth. Nasabah PT CORVANE TEKNIK PANGGUNG,\n\nTelah terjadi transaksi kredit pada rekening Anda:\n\nNominal       : Rp 49.050.000,00\nTanggal Valuta: 01-12-2026\n"
        "Pengirim      : PT GELORA EVENT NUSANTARA\nBerita        : PEMBAYARAN INV/CTP/2026/0301 (NETT PPH23)\n\nBank Nusantara Raya\nEmail ini dikirim otomatis, mohon tidak dibalas.",
        t(12, 1, 11, 12), L(invoice_numbers="INV/CTP/2026/0301", amount="49050000.00", payment_date="2026-12-01", payment_full=True,
                              note="net of agreed PPh 23 withholding => full")))
    M.append(notifier(D, "24_pay_bank_bumi_va", "bank", "Notifikasi Transaksi Masuk - Virtual Account",
        "Yth. Nasabah,\n\nPembayaran Virtual Account telah diterima.\n\nNo. VA       : 8808 1100 0304\nNominal      : Rp 13.320.000,00\nTanggal Valuta: 23-11-2026\n"
        "Keterangan   : HOTEL BUMI PARAHYANGAN - INV/CTP/2026/0304\n\nBank Nusantara Raya", t(11, 23, 16, 5),
        L(invoice_numbers="INV/CTP/2026/0304", amount="13320000.00", payment_date="2026-11-23", payment_full=True, note="virtual account payment")))
    M.append(notifier(D, "25_pay_psp_sinar_two", "psp", "Pembayaran diterima: Rp 27.500.000",
        "Hai PT Corvane Teknik Panggung,\n\nPembayaran berhasil diterima.\n\nPelanggan: CV Sinar Panggung Mandiri\nMetode: QRIS\nTanggal: 27 Nov 2026\n\n"
        "Rincian:\n- INV/CTP/2026/0211  Rp 12.500.000\n- INV/CTP/2026/0218  Rp 15.000.000\nTotal: Rp 27.500.000\nBiaya layanan (0,7%): Rp 192.500\nDana bersih: Rp 27.307.500\n\nTim Bayarin",
        t(11, 27, 19, 44), L(invoice_numbers="INV/CTP/2026/0211;INV/CTP/2026/0218", amount="27500000.00", payment_date="2026-11-27", payment_full=True,
                               allocations="INV/CTP/2026/0211=12500000.00;INV/CTP/2026/0218=15000000.00", note="two invoices, PSP fee")))
    M.append(notifier(D, "26_pay_bank_baliarena_partial", "bank", "Notifikasi Transaksi Masuk - Rekening 118-00-4471263",
        "Yth. Nasabah PT CORVANE TEKNIK PANGGUNG,\n\nTelah terjadi transaksi kredit pada rekening Anda:\n\nNominal       : Rp 200.000.000,00\nTanggal Valuta: 30-11-2026\n"
        "Pengirim      : PT BALI ARENA CONVENTION\nBerita        : DP SEBAGIAN INV 0302\n\nBank Nusantara Raya", t(11, 30, 14, 0),
        L(invoice_numbers="INV/CTP/2026/0302", amount="200000000.00", payment_date="2026-11-30", payment_full=False, needs_human=True,
          note="partial payment of 416,250,000 invoice")))
    M.append(notifier(D, "27_pay_bank_kinara_fee_short", "bank", "Notifikasi Transaksi Masuk - Rekening 118-00-4471263",
        "Yth. Nasabah PT CORVANE TEKNIK PANGGUNG,\n\nTelah terjadi transaksi kredit pada rekening Anda:\n\nNominal       : Rp 8.873.500,00\nTanggal Valuta: 04-12-2026\n"
        "Pengirim      : YAYASAN TEATER KINARA\nBerita        : INV/CTP/2026/0307\n\nBank Nusantara Raya", t(12, 4, 10, 30),
        L(invoice_numbers="INV/CTP/2026/0307", amount="8873500.00", payment_date="2026-12-04", payment_full=False, needs_human=True,
          note="short by Rp 6,500 (sender's transfer fee deducted) vs 8,880,000")))
    # other
    M.append(notifier(D, "28_other_dmarcfail_bank", "bank", "Notifikasi Transaksi Masuk - Rekening 118-00-4471263",
        "Yth. Nasabah,\n\nTelah terjadi transaksi kredit Rp 416.250.000,00 dari PT BALI ARENA CONVENTION, berita INV/CTP/2026/0302.\n"
        "Untuk verifikasi, unduh lampiran bukti_transfer.html.\n\nBank Nusantara Raya", t(12, 2, 1, 20),
        L(invoice_numbers="INV/CTP/2026/0302", needs_human=True, note="real bank domain but dmarc=fail from our MX"),
        kind="other", auth="spf=softfail smtp.mailfrom=bnr.co.id; dkim=fail header.d=bnr.co.id; dmarc=fail (p=none) header.from=bnr.co.id"))
    M.append(notifier(D, "29_other_lookalike_bank", "bank", "Transfer Masuk Rp 60.000.000",
        "Yth. Nasabah,\n\nDana masuk sebesar Rp 60.000.000 (INV/CTP/2026/0308) tertahan. Silakan login untuk konfirmasi: https://bnr-co.id/ibank\n",
        t(12, 3, 3, 3), L(invoice_numbers="INV/CTP/2026/0308", needs_human=True, note="look-alike bnr-co.id"),
        kind="other", frm="Bank Nusantara Raya <notifikasi@bnr-co.id>", auth="spf=pass smtp.mailfrom=bnr-co.id; dkim=pass header.d=bnr-co.id; dmarc=pass header.from=bnr-co.id"))
    M.append(Msg("30_other_promo", "other", "id", "Sentosa Audio Promo <promo@sentosa-audio.co.id>", BOT,
        "PROMO AKHIR TAHUN! Diskon 25% motor hoist & cicilan 0%", t(11, 21, 8, 0),
        H("<html><body><h1>Promo Akhir Tahun</h1><p>Diskon 25% untuk motor hoist 1 ton, cicilan 0% 12 bulan. Bayar sebelum 31 Desember!</p>"
          "<p><a href='https://sentosa-audio.co.id/unsub'>Berhenti berlangganan</a></p></body></html>"),
        extra=[("List-Unsubscribe", "<https://sentosa-audio.co.id/unsub>"), ("Precedence", "bulk")], label=L(note="promotion mentioning payment words")))
    M.append(staff_mail(D, "31_other_internal_buktipotong", 1, addr("Dewi Anggraini", D["staff"][0][1]), "bukti potong Gelora",
        "Mbak Dewi,\n\nGelora bilang bukti potong PPh 23 untuk 0301 baru bisa dikirim Januari. Aman kan? Tolong dicatat aja.\n\nBayu", t(12, 2, 13, 40),
        L(invoice_numbers="INV/CTP/2026/0301", note="internal chatter with bot in Cc"), cc="Corvane Piutang <receivables@corvane-group.com>"))
    # replies
    o = orig(D, "c0224", 2, "INV/CTP/2026/0224", t(11, 26, 9))
    M.append(reply(D, "32_reply_layaremas_minggu_depan", 2,
        "Selamat siang,\n\nMohon maaf atas keterlambatannya. Pembayaran INV/CTP/2026/0224 akan kami proses minggu depan.\n\nSalam,\nFransiska Tan\nAccounts Payable",
        t(11, 26, 13, 20), L(intent="promise", invoice_numbers="INV/CTP/2026/0224", promised_date="2026-12-04",
                               note="'minggu depan' on Thu 26 Nov => last business day of next week, Fri 4 Dec"), o=o))
    o = orig(D, "c0230", 1, "INV/CTP/2026/0230", t(11, 23, 9))
    M.append(reply(D, "33_reply_gkcikini_paid", 1,
        "Dengan hormat,\n\nTagihan tersebut sudah kami transfer pada tanggal 20 November 2026 sebesar Rp 15.540.000 ke rekening Bank Nusantara Raya. "
        "Bukti transfer terlampir.\n\nHormat kami,\nAgus Salim\nBagian Keuangan", t(11, 23, 15, 10),
        L(intent="paid", invoice_numbers="INV/CTP/2026/0230", amount="15540000.00", currency="IDR", payment_date="2026-11-20", note="paid claim"), o=o))
    o = orig(D, "c0247", 8, "INV/CTP/2026/0247", t(11, 18, 9))
    M.append(reply(D, "34_reply_megah_dispute", 8,
        "Pak/Bu,\n\nInvoice 0247 tidak sesuai. Truss yang datang ke venue kurang 4 segmen dan kami terpaksa sewa dari vendor lain. Kami tidak akan "
        "membayar sebelum ada revisi invoice dan berita acara.\n\nMichael", t(11, 18, 21, 3),
        L(intent="dispute", invoice_numbers="INV/CTP/2026/0247", note="short delivery dispute"), o=o, mailer="Android Gmail"))
    o = orig(D, "c0236", 7, "INV/CTP/2026/0236", t(11, 27, 9))
    M.append(reply(D, "35_reply_kinara_stop", 7,
        "Mohon jangan kirimi kami email pengingat otomatis lagi. Kami yayasan kecil dan sudah bicara langsung dengan Pak Bayu soal pembayaran. "
        "Cukup hubungi kami lewat beliau.\n\nSari", t(11, 27, 10, 5),
        L(intent="stop", invoice_numbers="INV/CTP/2026/0236", note="stop request referencing staff arrangement"), o=o))
    o = orig(D, "c0252", 4, "INV/CTP/2026/0252", t(11, 24, 9))
    M.append(reply(D, "36_reply_usnd_cicil", 4,
        "Yth. PT Corvane,\n\nKarena anggaran kami baru turun bertahap, apakah tagihan INV/CTP/2026/0252 sebesar Rp 24.000.000 dapat kami bayar dalam "
        "2 kali cicilan, yaitu Rp 12.000.000 pada pertengahan Desember dan sisanya pada akhir Januari 2027?\n\nTerima kasih,\nNi Luh Putu Ayu\nBagian Keuangan",
        t(11, 25, 10, 0), L(intent="plan", invoice_numbers="INV/CTP/2026/0252", amount="24000000.00", currency="IDR", needs_human=True,
                              note="plan request"), o=o))
    o = orig(D, "c0258", 6, "INV/CTP/2026/0258", t(11, 20, 9))
    M.append(reply(D, "37_reply_baliarena_fakturpajak", 6,
        "Selamat pagi,\n\nUntuk memproses INV/CTP/2026/0258 kami memerlukan faktur pajak dan konfirmasi nomor rekening atas nama perusahaan. "
        "Mohon dikirimkan.\n\nSuksma,\nMade", t(11, 21, 8, 15),
        L(intent="question", invoice_numbers="INV/CTP/2026/0258", note="asks for tax invoice and bank details"), o=o))
    o = orig(D, "c0263", 9, "INV/CTP/2026/0263", t(11, 27, 9))
    M.append(reply(D, "38_reply_balai_tgl10", 9,
        "Siang Pak/Bu,\n\nCicilan pertama (INV/CTP/2026/0263) akan kami bayar tanggal 10 bulan depan, bersamaan dengan jadwal pembayaran vendor.\n\nLukas Hartono",
        t(11, 27, 13, 0), L(intent="promise", invoice_numbers="INV/CTP/2026/0263", promised_date="2026-12-10",
                              note="'tanggal 10 bulan depan' written 27 Nov => 10 Dec"), o=o))
    o = orig(D, "c0241", 3, "INV/CTP/2026/0241", t(11, 30, 9))
    M.append(reply(D, "39_reply_bumi_negated", 3,
        "Pak, mohon maaf untuk 0241 kami belum bisa janji tanggal berapa. Okupansi lagi turun dan semua pembayaran vendor ditahan dulu oleh owner.\n\nHendra",
        t(11, 30, 17, 25), L(intent="other", invoice_numbers="INV/CTP/2026/0241", needs_human=True, note="explicitly no promise"), o=o,
        mailer="Android Mail"))
    o = orig(D, "c0301", 0, "INV/CTP/2026/0301", t(11, 30, 9))
    M.append(reply(D, "40_reply_gelora_quoted", 0,
        "Baik, terima kasih infonya. Sudah kami teruskan ke tim treasury.\n\nRina\n\nPada Sen, 30 Nov 2026 pukul 09.00, Corvane Piutang <receivables@corvane-group.com> menulis:\n"
        "> Selamat pagi, semoga bisnis Anda lancar.\n> Tagihan INV/CTP/2026/0301 sebesar Rp 49.050.000 jatuh tempo pada 2 Desember 2026.\n"
        "> Abaikan pesan ini jika sudah melakukan pembayaran.\n", t(11, 30, 11, 2),
        L(intent="other", invoice_numbers="INV/CTP/2026/0301", note="payment words only in quoted text"), o=o))
    o = orig(D, "c0303", 2, "INV/CTP/2026/0303", t(12, 1, 9))
    M.append(reply(D, "41_reply_layaremas_insyaallah", 2,
        "Insya Allah akhir bulan ini kami lunasi ya Pak. Terima kasih atas kesabarannya.\n\nFransiska", t(12, 1, 16, 40),
        L(intent="promise", invoice_numbers="INV/CTP/2026/0303", promised_date="2026-12-31",
          note="'akhir bulan ini' on 1 Dec => 31 Dec; customary phrasing, treated as a promise"), o=o))
    o = orig(D, "c0302", 6, "INV/CTP/2026/0302", t(12, 2, 9))
    M.append(reply(D, "42_reply_baliarena_partial_mixed", 6,
        "Pak Bayu / tim Corvane,\n\nUntuk DP (0302) sudah kami transfer sebagian Rp 200 juta tanggal 30/11. Sisanya menunggu addendum kontrak "
        "ditandatangani direksi, mungkin akhir Desember, tapi belum pasti.\n\nMade", t(12, 2, 10, 20),
        L(intent="paid", invoice_numbers="INV/CTP/2026/0302", amount="200000000.00", currency="IDR", payment_date="2026-11-30", needs_human=True,
          note="mixed: partial paid claim + vague conditional date for the rest"), o=o))
    M.append(reply(D, "43_reply_usnd_fwd_approval", 4,
        "Dengan hormat, berikut kami teruskan persetujuan Wakil Rektor II.\n\nSalam,\nBagian Keuangan USND\n\n---------- Forwarded message ---------\n"
        "Dari: Wakil Rektor II <warek2@usnd.ac.id>\nTanggal: Kam, 3 Des 2026\nSubjek: Re: Persetujuan bayar Corvane\n\n"
        "Disetujui. Tagihan INV/CTP/2026/0305 dibayarkan tanggal 15 Desember 2026.\n", t(12, 3, 14, 0),
        L(intent="promise", invoice_numbers="INV/CTP/2026/0305", promised_date="2026-12-15", note="promise inside forwarded approval"),
        subj="Fwd: Re: Persetujuan bayar Corvane"))
    o = orig(D, "c0304", 3, "INV/CTP/2026/0304", t(11, 19, 9))
    M.append(reply(D, "44_reply_bumi_english_monday", 3,
        "Dear Corvane team,\n\nNoted with thanks. We will settle INV/CTP/2026/0304 via virtual account on Monday.\n\nBest regards,\nHendra Wijaya\nPurchasing Manager",
        t(11, 19, 16, 0), L(intent="promise", invoice_numbers="INV/CTP/2026/0304", promised_date="2026-11-23", note="English on ID desk; Monday after Thu 19 Nov"),
        o=o, lang="en"))
    return M

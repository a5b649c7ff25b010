"""Indonesian desk: PT Frostline Rantai Dingin Indonesia, Jakarta (IDR, Asia/Jakarta)."""
from .common import human, E, bot_mid, pdf, BOT, DESKS
from . import machine as M

D = "id"
DEWI = ("Dewi Anggraini", "dewi.anggraini@frostline.co.id")
BUDI = ("Budi Santoso", "budi.santoso@frostline.co.id")
BOTA = ("Frostline Piutang", BOT)
REK = "Bank Mandala Nusa, No. Rek. 117-00-4412983, a.n. PT Frostline Rantai Dingin Indonesia"

CLIENTS = {
    "samudra": ("Ratna Wulandari", "keuangan@samudrasegar.co.id", "PT Samudra Segar Perkasa, Jl. Pluit Raya No. 18, Jakarta Utara 14440"),
    "susu": ("Asep Hidayat", "admin@susumurnilembang.com", "CV Susu Murni Lembang, Jl. Raya Lembang No. 221, Bandung Barat 40391"),
    "farmasi": ("Maria Gunawan", "ap@farmasisehat.co.id", "PT Farmasi Sehat Sentosa, Kawasan Industri Pulogadung Blok C-7, Jakarta Timur 13920"),
    "roti": ("Hendra Wijaya", "finance@rotinusantara.co.id", "PT Roti Nusantara Jaya, Jl. Raya Bekasi Km 21, Bekasi 17132"),
    "teratai": ("I Made Suarta", "accounting@terataibali.com", "Hotel Teratai Bali, Jl. Danau Tamblingan No. 99, Sanur, Denpasar 80228"),
    "agro": ("Siti Rahmawati", "tagihan@agrobuahtropis.co.id", "PT Agro Buah Tropis, Jl. Raya Malang-Batu Km 9, Batu 65311"),
    "rs": ("Bagian Keuangan", "keuangan@rsharapankasih.co.id", "RS Harapan Kasih, Jl. Kartini No. 45, Semarang 50124"),
    "pelangi": ("Kevin Tanoto", "purchasing@eskrimpelangi.co.id", "PT Es Krim Pelangi, Jl. Rungkut Industri III/12, Surabaya 60293"),
    "sakura": ("Tanaka Hiroshi", "finance@sakuranusantara.co.id", "PT Sakura Nusantara Kuliner, Jl. Senopati No. 12, Jakarta Selatan 12190"),
    "daging": ("Yusuf Rahman", "ap@dagingprima.co.id", "PT Daging Prima Abadi, Jl. Industri Raya No. 3, Tangerang 15135"),
}
EXTRA_CONTACTS = ["ratna.w@samudrasegar.co.id", "asep.susumurni@yahoo.co.id", "kevin.tanoto@eskrimpelangi.co.id",
                  "tanaka.h@sakuranusantara.co.id", "madesuarta.bali@gmail.com", "yusuf.rahman@dagingprima.co.id",
                  "hendra.w@rotinusantara.co.id", "siti.r@agrobuahtropis.co.id", "gudang@dagingprima.co.id"]
EARLIER = ["INV/FLI/2026/10/0052", "INV/FLI/2026/10/0058", "INV/FLI/2026/10/0061", "INV/FLI/2026/10/0065",
           "INV/FLI/2026/10/0069", "INV/FLI/2026/10/0072", "INV/FLI/2026/10/0075", "INV/FLI/2026/10/0079"]


def c(k):
    n, a, _ = CLIENTS[k]
    return (n, a)


TTD_D = "\n\nHormat kami,\nDewi Anggraini\nFinance & Collection\nPT Frostline Rantai Dingin Indonesia\nTelp. (021) 2956 7710 / WA 0812-8833-4102\n"
TTD_B = "\n\nSalam,\nBudi Santoso\nAccounting - PT Frostline Rantai Dingin Indonesia\n"


def build():
    out = []
    add = out.append
    # ------------------------------------------------------------ invoice
    p1 = pdf(["PT FROSTLINE RANTAI DINGIN INDONESIA", "Kawasan Pergudangan Marunda Center Blok K-3, Jakarta Utara", "NPWP 0812.3345.6071.8000",
              "", "INVOICE No. INV/FLI/2026/11/0087", "Tanggal: 02 November 2026", "Kepada: PT Samudra Segar Perkasa", "",
              "Sewa cold storage -20 C, Oktober 2026 (320 palet)      Rp 25.000.000", "PPN 11%                                               Rp  2.750.000",
              "Total tagihan                                         Rp 27.750.000", "PPh 23 (2% x DPP) dipotong pelanggan                 (Rp    500.000)",
              "Jumlah yang harus ditransfer                          Rp 27.250.000", "", "Jatuh tempo: 30 hari (02 Desember 2026)", REK])
    add(E("01_invoice_pdf_pph23_samudra", human(D, frm=DEWI, to=c("samudra"), cc=BOTA,
        subject="Invoice INV/FLI/2026/11/0087 - Sewa Cold Storage Oktober 2026", date="2026-11-02 10:15",
        body="Yth. Ibu Ratna,\n\nBersama email ini kami lampirkan invoice INV/FLI/2026/11/0087 untuk sewa cold storage bulan Oktober 2026. "
             "Total tagihan Rp 27.750.000 (termasuk PPN 11%); setelah dipotong PPh 23 sebesar Rp 500.000, jumlah yang ditransfer Rp 27.250.000. "
             "Mohon bukti potong PPh 23 dikirimkan ke alamat email ini.\n\nJatuh tempo 30 hari setelah tanggal invoice." + TTD_D,
        attachments=[("INV-FLI-2026-11-0087.pdf", p1, "application/pdf")]),
        "invoice_copy", "id", invoice_numbers="INV/FLI/2026/11/0087", amount="27250000.00", currency="IDR", issue_date="2026-11-02",
        due_date="2026-12-02", payment_terms_days=30, needs_human=False,
        note="withholding tax: gross 27750000, client transfers 27250000 after PPh 23"))

    add(E("02_invoice_bcc_teks_susu", human(D, frm=BUDI, to=c("susu"), bcc_bot=True,
        subject="Tagihan Frostline no. INV/FLI/2026/11/0088", date="2026-11-04 13:40",
        body="Selamat siang Pak Asep,\n\nBerikut rincian tagihan pengiriman susu segar dengan truk berpendingin:\n\n"
             "No. Invoice   : INV/FLI/2026/11/0088\nTanggal       : 4 November 2026\nUraian        : 12 rit Lembang - Jakarta @ Rp 633.333\n"
             "DPP           : Rp 7.600.000\nPPN 11%       : Rp 836.000\nTOTAL         : Rp 8.436.000\nTermin        : 14 hari (jatuh tempo 18/11/2026)\n\n"
             "Pembayaran melalui virtual account BayarKilat 8808 0112 0088 atau transfer ke " + REK + TTD_B),
        "invoice_copy", "id", invoice_numbers="INV/FLI/2026/11/0088", amount="8436000.00", currency="IDR", issue_date="2026-11-04",
        due_date="2026-11-18", payment_terms_days=14, needs_human=False, note="Bcc (Delivered-To)"))

    add(E("03_uang_muka_teratai", human(D, frm=DEWI, to=c("teratai"), cc=[BOTA, BUDI],
        subject="Invoice Uang Muka INV/FLI/2026/11/0091 - Instalasi Cold Room Dapur Utama", date="2026-11-06 09:30",
        body="Om Swastiastu Pak Made,\n\nSesuai kontrak no. 045/FLI-HTB/X/2026 dengan nilai kontrak Rp 180.000.000 (belum termasuk PPN), "
             "terlampir invoice uang muka 40%:\n\n  Uang muka 40% x Rp 180.000.000     Rp 72.000.000\n  PPN 11%                            Rp  7.920.000\n"
             "  Total yang harus dibayar           Rp 79.920.000\n\nSisa 60% akan ditagihkan setelah serah terima pekerjaan.\n"
             "Jatuh tempo: 14 hari sejak tanggal invoice (6 November 2026), yaitu 20 November 2026." + TTD_D),
        "invoice_copy", "id", invoice_numbers="INV/FLI/2026/11/0091", amount="79920000.00", currency="IDR", issue_date="2026-11-06",
        due_date="2026-11-20", payment_terms_days=14, needs_human=False, note="contract value 180000000 vs 40% down payment invoice 79920000"))

    add(E("04_cicilan_daging", human(D, frm=BUDI, to=c("daging"), cc=BOTA,
        subject="INV/FLI/2026/11/0094 cicilan ke-2 dari 6 sewa reefer container", date="2026-11-10 08:20",
        body="Dengan hormat,\n\nTerlampir tagihan cicilan ke-2 (dari 6) untuk sewa 2 unit reefer container 40 ft:\n"
             "  Nilai sewa total 6 bulan: Rp 84.000.000 + PPN\n  Cicilan ke-2: Rp 14.000.000 + PPN 11% Rp 1.540.000 = Rp 15.540.000\n\n"
             "Mohon dibayarkan paling lambat tanggal 25 November 2026.\nNo. invoice: INV/FLI/2026/11/0094, tanggal 10 November 2026." + TTD_B),
        "invoice_copy", "id", invoice_numbers="INV/FLI/2026/11/0094", amount="15540000.00", currency="IDR", issue_date="2026-11-10",
        due_date="2026-11-25", payment_terms_days="", needs_human=False, note="instalment 2 of 6; total contract not due"))

    add(E("05_nota_kredit_roti", human(D, frm=DEWI, to=c("roti"), cc=BOTA,
        subject="Nota Kredit NK/FLI/2026/0012 atas Invoice INV/FLI/2026/10/0061", date="2026-11-11 15:45",
        body="Yth. Bapak Hendra,\n\nMenindaklanjuti keluhan keterlambatan pengiriman tanggal 14 Oktober, kami menerbitkan nota kredit:\n\n"
             "  No. Nota Kredit : NK/FLI/2026/0012 (11/11/2026)\n  Atas invoice    : INV/FLI/2026/10/0061\n  Nilai           : Rp 2.000.000 + PPN Rp 220.000 = Rp 2.220.000\n\n"
             "Dengan demikian sisa tagihan INV/FLI/2026/10/0061 menjadi Rp 9.990.000." + TTD_D),
        "invoice_copy", "id", invoice_numbers="NK/FLI/2026/0012;INV/FLI/2026/10/0061", amount="-2220000.00", currency="IDR", issue_date="2026-11-11",
        due_date="", payment_terms_days="", needs_human=True, note="credit note; reduces 0061 to 9990000"))

    add(E("06_proforma_rs", human(D, frm=BUDI, to=c("rs"), cc=BOTA,
        subject="Proforma Invoice PI/FLI/2026/0019 - Freezer Vaksin -80°C", date="2026-11-12 11:05",
        body="Kepada Yth. Bagian Keuangan RS Harapan Kasih,\n\nBerikut proforma invoice untuk pengadaan 1 unit ultra-low freezer beserta instalasinya. "
             "Dokumen ini BUKAN faktur pajak dan bukan tagihan final.\n\n  PI/FLI/2026/0019 - 12 November 2026\n  Ultra-low freezer -80°C 500 L    Rp 39.000.000\n"
             "  Instalasi & validasi             Rp  2.000.000\n  PPN 11%                          Rp  4.510.000\n  Total                            Rp 45.510.000\n\n"
             "Pembayaran di muka 100% sebelum unit dikirim." + TTD_B),
        "invoice_copy", "id", invoice_numbers="PI/FLI/2026/0019", amount="45510000.00", currency="IDR", issue_date="2026-11-12",
        due_date="", payment_terms_days="", needs_human=True, note="proforma, pay in advance"))

    p7 = pdf(["PT FROSTLINE RANTAI DINGIN INDONESIA", "INVOICE INV/FLI/2026/11/0097    Tanggal 16-11-2026",
              "Faktur Pajak No. 04002600123456789", "Kepada: PT Farmasi Sehat Sentosa", "",
              "Penyimpanan obat 2-8 C, GDP, November 2026    Rp 30.000.000", "PPN 11%                                      Rp  3.300.000",
              "Total                                        Rp 33.300.000", "Syarat pembayaran: Net 30 hari", "Jatuh tempo: 16-12-2026", REK])
    add(E("07_invoice_faktur_pajak_farmasi", human(D, frm=DEWI, to=c("farmasi"), cc=BOTA,
        subject="Invoice & Faktur Pajak - PT Farmasi Sehat Sentosa - November 2026", date="2026-11-16 14:10",
        body="Yth. Ibu Maria,\n\nTerlampir invoice INV/FLI/2026/11/0097 beserta faktur pajak no. 04002600123456789 "
             "untuk jasa penyimpanan obat bulan November. Total Rp 33.300.000, syarat pembayaran net 30 hari." + TTD_D,
        attachments=[("INV_0097_dan_FP.pdf", p7, "application/pdf")]),
        "invoice_copy", "id", invoice_numbers="INV/FLI/2026/11/0097", amount="33300000.00", currency="IDR", issue_date="2026-11-16",
        due_date="2026-12-16", payment_terms_days=30, needs_human=False, note="tax invoice number 04002600123456789 is not the invoice number"))

    add(E("08_invoice_english_sakura", human(D, frm=BUDI, to=c("sakura"), cc=BOTA,
        subject="Invoice INV/FLI/2026/11/0103 - chilled delivery November", date="2026-11-20 10:00",
        body="Dear Mr. Tanaka,\n\nPlease find below our invoice for chilled deliveries to your Senopati and PIK outlets.\n\n"
             "  Invoice no.   INV/FLI/2026/11/0103\n  Date          20 November 2026\n  Subtotal      IDR 6,200,000.00\n  VAT 11%       IDR   682,000.00\n"
             "  Total due     IDR 6,882,000.00\n  Terms         Net 30 days (due 20 December 2026)\n\n"
             "Bank: " + REK + "\n\nBest regards,\nBudi Santoso"),
        "invoice_copy", "en", invoice_numbers="INV/FLI/2026/11/0103", amount="6882000.00", currency="IDR", issue_date="2026-11-20",
        due_date="2026-12-20", payment_terms_days=30, needs_human=False, note="English invoice mail on the Indonesian desk; comma thousands"))

    # ------------------------------------------------------------ read receipts
    r1 = bot_mid("20261105090000/id-r1")
    add(E("09_dibaca_outlook_samudra", M.mdn(D, date="2026-11-05 10:21", frm="Ratna Wulandari <ratna.w@samudrasegar.co.id>",
        frm_domain="samudrasegar.co.id", subject="Dibaca: Apakah invoice INV/FLI/2026/11/0087 sudah diterima?",
        human_text="Pesan Anda\n\n  Kepada: Ratna Wulandari\n  Subjek: Apakah invoice INV/FLI/2026/11/0087 sudah diterima?\n  Terkirim: 05/11/2026 09:00\n\n"
                   "telah dibaca pada 05/11/2026 10:21.", final_rcpt="ratna.w@samudrasegar.co.id", omid=r1, ua="Microsoft Outlook 16.0"),
        "read_receipt", "id", invoice_numbers="INV/FLI/2026/11/0087", original_message_id=r1))

    r2 = bot_mid("20261113090000/id-r2")
    add(E("10_mdn_english_farmasi", M.mdn(D, date="2026-11-13 15:02", frm="ap@farmasisehat.co.id", frm_domain="farmasisehat.co.id",
        subject="Read: Pengingat: invoice INV/FLI/2026/10/0065 jatuh tempo 18 November",
        human_text="Your message was displayed on 13/11/2026 15:02:33 +0700.", final_rcpt="ap@farmasisehat.co.id", omid=r2,
        ua="webmail.farmasisehat.co.id; Roundcube Webmail 1.6"),
        "read_receipt", "en", invoice_numbers="INV/FLI/2026/10/0065", original_message_id=r2))

    r3 = bot_mid("20261123080000/id-r3")
    add(E("11_tanda_terima_teratai", human(D, frm=("I Made Suarta", "accounting@terataibali.com"), to=BOTA, tz="+0800",
        subject="Tanda terima baca: Invoice INV/FLI/2026/11/0091 telah jatuh tempo", date="2026-11-23 10:40", references=r3,
        body="Pesan dengan subjek \"Invoice INV/FLI/2026/11/0091 telah jatuh tempo\" yang dikirim ke accounting@terataibali.com "
             "telah dibuka pada Senin, 23 November 2026 pukul 10.40 WITA."),
        "read_receipt", "id", invoice_numbers="INV/FLI/2026/11/0091", original_message_id=r3,
        note="non-standard plain receipt, id only in References; WITA time zone"))

    # ------------------------------------------------------------ bounces
    b1 = bot_mid("20261105100000/id-b1")
    yb = ("Sorry, we were unable to deliver your message to the following address.\n\n<asep.susumurni@yahoo.co.id>:\n"
          "554: delivery error: dd Not a valid recipient - atlas117.free.mail.sg3.yahoo.com\n\n--- Below this line is a copy of the message.\n\n"
          + M.orig_headers(D, "asep.susumurni@yahoo.co.id", "Apakah tagihan INV/FLI/2026/11/0088 sudah diterima?", b1, "2026-11-05 09:59")
          + "\nSelamat pagi Pak Asep, semoga usaha Bapak lancar ...\n")
    add(E("12_yahoo_user_unknown", M.plain_bounce(D, date="2026-11-05 10:00", reporter="yahoo.com",
        frm="MAILER-DAEMON@yahoo.com", subject="Failure Notice", body=yb),
        "bounce", "en", failed_recipients="asep.susumurni@yahoo.co.id", bounce_permanent=True, bounce_reason="user_unknown",
        original_message_id=b1, invoice_numbers="INV/FLI/2026/11/0088", note="Yahoo non-RFC3464 failure notice"))

    b2 = bot_mid("20261116090000/id-b2")
    add(E("13_quota_tertunda_pelangi", M.dsn(D, date="2026-11-16 13:00", reporter="out.frostline-group.com", action="delayed",
        subject="Delayed Mail (still being retried)", rcpts=[("kevin.tanoto@eskrimpelangi.co.id", "4.2.2", "452 4.2.2 Mailbox full, try again later")],
        human_text="This is the mail system at host out.frostline-group.com.\n\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\n"
                   "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
                   "<kevin.tanoto@eskrimpelangi.co.id>: host mail.eskrimpelangi.co.id[192.0.2.201] said:\n    452 4.2.2 Mailbox full, try again later (in reply to RCPT TO command)",
        subject_orig="Pengingat: invoice INV/FLI/2026/10/0069", omid=b2, odate="2026-11-16 09:00",
        reporting_mta="out.frostline-group.com", remote_mta="mail.eskrimpelangi.co.id"),
        "bounce", "en", failed_recipients="kevin.tanoto@eskrimpelangi.co.id", bounce_permanent=False, bounce_reason="mailbox_full",
        original_message_id=b2, invoice_numbers="INV/FLI/2026/10/0069", note="delay warning only"))

    b3 = bot_mid("20261119090000/id-b3")
    add(E("14_gmail_tidak_ada", M.dsn(D, date="2026-11-19 09:01", reporter="googlemail.com",
        frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", subject="Delivery Status Notification (Failure)",
        rcpts=[("madesuarta.bali@gmail.com", "5.1.1", "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser")],
        human_text="** Address not found **\n\nYour message wasn't delivered to madesuarta.bali@gmail.com because the address couldn't be found, "
                   "or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
                   "The response was:\n\n550 5.1.1 The email account that you tried to reach does not exist.",
        subject_orig="Invoice INV/FLI/2026/11/0091 telah jatuh tempo", omid=b3, odate="2026-11-19 09:00",
        reporting_mta="mx.google.com", remote_mta="gmail-smtp-in.l.google.com"),
        "bounce", "en", failed_recipients="madesuarta.bali@gmail.com", bounce_permanent=True, bounce_reason="user_unknown",
        original_message_id=b3, invoice_numbers="INV/FLI/2026/11/0091"))

    b4 = bot_mid("20261124090000/id-b4")
    add(E("15_blacklist_spam_daging", M.dsn(D, date="2026-11-24 09:00", reporter="out.frostline-group.com",
        rcpts=[("yusuf.rahman@dagingprima.co.id", "5.7.1", "554 5.7.1 Service unavailable; Client host [203.0.113.25] blocked using zen.spamhaus.org")],
        human_text="This is the mail system at host out.frostline-group.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
                   "<yusuf.rahman@dagingprima.co.id>: host mx.dagingprima.co.id[192.0.2.90] said: 554\n    5.7.1 Service unavailable; Client host [203.0.113.25] blocked using\n    zen.spamhaus.org (in reply to RCPT TO command)",
        subject_orig="Pengingat: INV/FLI/2026/11/0094 jatuh tempo 25 November", omid=b4, odate="2026-11-24 08:59",
        reporting_mta="out.frostline-group.com", remote_mta="mx.dagingprima.co.id"),
        "bounce", "en", failed_recipients="yusuf.rahman@dagingprima.co.id", bounce_permanent=True, bounce_reason="spam",
        original_message_id=b4, invoice_numbers="INV/FLI/2026/11/0094", note="our IP on a blocklist; classed spam"))

    b5 = bot_mid("20261130090000/id-b5")
    add(E("16_exchange_online_dbeb_roti", M.dsn(D, date="2026-11-30 09:01", reporter="rotinusantara.co.id",
        frm="Microsoft Outlook <postmaster@rotinusantara.onmicrosoft.com>", subject="Undeliverable: Invoice INV/FLI/2026/10/0061 telah lewat jatuh tempo",
        rcpts=[("hendra.w@rotinusantara.co.id", "5.4.1", "550 5.4.1 Recipient address rejected: Access denied. [SG2PEPF000B66CD.apcprd03.prod.outlook.com 2026-11-30T02:01:12.441Z]")],
        human_text="Your message to hendra.w@rotinusantara.co.id couldn't be delivered.\n\nhendra.w wasn't found at rotinusantara.co.id.\n\n"
                   "Remote Server returned '550 5.4.1 Recipient address rejected: Access denied.'",
        subject_orig="Invoice INV/FLI/2026/10/0061 telah lewat jatuh tempo", omid=b5, odate="2026-11-30 09:00",
        reporting_mta="SG2PEPF000B66CD.apcprd03.prod.outlook.com", body_part=None),
        "bounce", "en", failed_recipients="hendra.w@rotinusantara.co.id", bounce_permanent=True, bounce_reason="user_unknown",
        original_message_id="", invoice_numbers="", note="Exchange Online directory-based edge block (5.4.1 = no such user); original not attached"))

    # ------------------------------------------------------------ auto replies
    a1 = bot_mid("20261109090000/id-a1")
    add(E("17_cuti_standar_agro", human(D, frm=("Siti Rahmawati", "siti.r@agrobuahtropis.co.id"), to=BOTA,
        subject="Balasan otomatis: Pengingat invoice INV/FLI/2026/10/0072", date="2026-11-09 09:00", in_reply_to=a1,
        headers=[("Auto-Submitted", "auto-replied")],
        body="Terima kasih atas email Anda.\n\nSaya sedang cuti sampai dengan Jumat, 13 November 2026, dan akan kembali bekerja pada hari Senin, 16 November 2026. "
             "Untuk urusan tagihan yang mendesak, silakan hubungi tagihan@agrobuahtropis.co.id.\n\nSalam,\nSiti Rahmawati"),
        "auto_reply", "id", return_date="2026-11-16", original_message_id=a1, invoice_numbers="INV/FLI/2026/10/0072"))

    a2 = bot_mid("20261120090000/id-a2")
    add(E("18_zidong_huifu_pelangi", human(D, frm=("Kevin Tanoto", "kevin.tanoto@eskrimpelangi.co.id"), to=BOTA,
        subject="自动回复: Pengingat: invoice INV/FLI/2026/10/0069", date="2026-11-20 10:00", in_reply_to=a2,
        headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
        body="您好，\n\n我正在上海出差，11月27日前无法及时回复邮件。我将于11月30日（周一）返回办公室。\n紧急事务请联系 purchasing@eskrimpelangi.co.id。\n\n"
             "Saya sedang dinas ke Shanghai dan kembali ke kantor pada 30 November.\n\nKevin Tanoto"),
        "auto_reply", "zh", return_date="2026-11-30", original_message_id=a2, invoice_numbers="INV/FLI/2026/10/0069"))

    a3 = bot_mid("20261125090000/id-a3")
    add(E("19_jidou_henshin_sakura", human(D, frm=("田中 宏", "tanaka.h@sakuranusantara.co.id"), to=BOTA,
        subject="自動応答: Invoice INV/FLI/2026/10/0075 - past due", date="2026-11-25 09:01", in_reply_to=a3,
        headers=[("Auto-Submitted", "auto-replied")], charset="iso-2022-jp",
        body="お問い合わせありがとうございます。\n\n誠に勝手ながら、11月25日から11月30日まで一時帰国のため不在にしております。\n"
             "12月1日（火）より通常どおり出社いたします。\n\n急ぎのご用件は finance@sakuranusantara.co.id までご連絡ください。\n\n田中 宏"),
        "auto_reply", "ja", return_date="2026-12-01", original_message_id=a3, invoice_numbers="INV/FLI/2026/10/0075", note="ISO-2022-JP"))

    add(E("20_tiket_rs", human(D, frm=("Helpdesk Keuangan RS Harapan Kasih", "helpdesk.keuangan@rsharapankasih.co.id"), to=BOTA,
        subject="[Tiket #RSHK-20261126-0412] Email Anda telah kami terima", date="2026-11-26 08:05",
        in_reply_to=bot_mid("20261126080000/id-a4"), headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
        body="Terima kasih telah menghubungi Bagian Keuangan RS Harapan Kasih.\n\nEmail Anda telah tercatat dengan nomor tiket RSHK-20261126-0412. "
             "Tim kami akan menindaklanjuti dalam 3x24 jam hari kerja.\n\nEmail ini dikirim secara otomatis, mohon tidak membalas."),
        "auto_reply", "id", return_date="", original_message_id=bot_mid("20261126080000/id-a4")))

    a5 = bot_mid("20261123090000/id-a5")
    add(E("21_dinas_luar_kota_tanpa_header", human(D, frm=("Yusuf Rahman", "yusuf.rahman@dagingprima.co.id"), to=BOTA,
        subject="Re: Pengingat: INV/FLI/2026/11/0094 jatuh tempo 25 November", date="2026-11-23 09:02", in_reply_to=a5,
        body="Assalamualaikum,\n\nMohon maaf, saya sedang dinas luar kota (Lampung) s.d. Jumat 27/11 dengan akses email terbatas. "
             "Email Bapak/Ibu akan saya balas setelah kembali. Untuk konfirmasi pembayaran silakan hubungi ap@dagingprima.co.id.\n\n"
             "Wassalam,\nYusuf Rahman\n\n[Pesan ini dikirim otomatis]"),
        "auto_reply", "id", return_date="2026-11-30", original_message_id=a5, invoice_numbers="INV/FLI/2026/11/0094",
        note="no auto headers; away through Fri 27/11 -> back Mon 30/11"))

    # ------------------------------------------------------------ challenge
    add(E("22_verifikasi_pengirim", human(D, frm=("Filter Email CV Susu Murni", "konfirmasi@mailguard-id.net"), to=BOTA,
        subject="Verifikasi pengirim diperlukan - pesan Anda ditahan", date="2026-11-18 09:03",
        headers=[("Auto-Submitted", "auto-replied")],
        body="Halo,\n\nPesan Anda kepada admin@susumurnilembang.com dengan subjek \"Invoice INV/FLI/2026/11/0088 jatuh tempo hari ini\" ditahan oleh sistem anti-spam kami.\n\n"
             "Agar pesan diteruskan, klik tautan berikut dan ketik kode yang tampil pada gambar:\nhttps://mailguard-id.net/v/7Q2KX9\n\n"
             "Pesan yang tidak diverifikasi dalam 72 jam akan dihapus otomatis."),
        "challenge", "id", challenge=True, invoice_numbers="INV/FLI/2026/11/0088"))

    # ------------------------------------------------------------ payments
    bank = DESKS[D]["bank"]; psp = DESKS[D]["psp"]
    BK = ("Bank Mandala Nusa", bank)

    def notif(tgl, nominal, pengirim, berita, jenis="Transfer Masuk (BI-FAST)"):
        return ("Notifikasi Transaksi - Bank Mandala Nusa\n\nYth. Nasabah PT FROSTLINE RANTAI DINGIN INDONESIA,\n\n"
                f"Jenis transaksi : {jenis}\nTanggal efektif : {tgl}\nRekening tujuan : 117-00-4412983\nNominal         : Rp {nominal}\n"
                f"Pengirim        : {pengirim}\nBerita          : {berita}\n\nEmail ini dikirim otomatis. Jangan membalas email ini.")
    add(E("23_transfer_pph23_samudra", human(D, frm=BK, to=BOTA, subject="Notifikasi Dana Masuk Rp 27.250.000,00", date="2026-11-27 11:20",
        body=notif("27/11/2026", "27.250.000,00", "PT SAMUDRA SEGAR PERKASA", "INV/FLI/2026/11/0087 NET PPH23")),
        "payment_confirmation", "id", invoice_numbers="INV/FLI/2026/11/0087", amount="27250000.00", currency="IDR", payment_date="2026-11-27",
        payment_full=True, needs_human=True, note="PPh 23 withheld; full once the withholding slip arrives"))

    add(E("24_va_bayarkilat_susu", human(D, frm=("BayarKilat", psp), to=BOTA, subject="Pembayaran Virtual Account berhasil - 8808 0112 0088",
        date="2026-11-17 16:02",
        body="Halo PT Frostline Rantai Dingin Indonesia,\n\nPembayaran berikut telah berhasil:\n\nNo. Virtual Account : 8808 0112 0088\nNama pembayar       : CV SUSU MURNI LEMBANG\n"
             "Referensi           : INV/FLI/2026/11/0088\nJumlah dibayar      : Rp 8.436.000\nBiaya layanan       : Rp 4.440\nDana diteruskan     : Rp 8.431.560\n"
             "Waktu               : 17-11-2026 15:58 WIB\n\nSalam,\nBayarKilat"),
        "payment_confirmation", "id", invoice_numbers="INV/FLI/2026/11/0088", amount="8436000.00", currency="IDR", payment_date="2026-11-17",
        payment_full=True, note="fee deducted by PSP; amount gross"))

    add(E("25_sebagian_teratai", human(D, frm=BK, to=BOTA, subject="Notifikasi Dana Masuk Rp 40.000.000,00", date="2026-11-20 14:05",
        body=notif("20/11/2026", "40.000.000,00", "HOTEL TERATAI BALI", "DP1 SEBAGIAN INV/FLI/2026/11/0091", jenis="Transfer Masuk (RTGS)")),
        "payment_confirmation", "id", invoice_numbers="INV/FLI/2026/11/0091", amount="40000000.00", currency="IDR", payment_date="2026-11-20",
        payment_full=False))

    add(E("26_beberapa_invoice_farmasi", human(D, frm=BK, to=BOTA, subject="Notifikasi Dana Masuk Rp 52.170.000,00", date="2026-12-01 10:30",
        body=notif("01/12/2026", "52.170.000,00", "PT FARMASI SEHAT SENTOSA", "PEMB INV 0097 33.300.000 + INV/FLI/2026/10/0065 18.870.000")),
        "payment_confirmation", "id", invoice_numbers="INV/FLI/2026/11/0097;INV/FLI/2026/10/0065", amount="52170000.00", currency="IDR",
        payment_date="2026-12-01", payment_full=True, allocations="INV/FLI/2026/11/0097=33300000.00;INV/FLI/2026/10/0065=18870000.00",
        note="first number abbreviated as 'INV 0097'"))

    add(E("27_tanpa_referensi_agro", human(D, frm=BK, to=BOTA, subject="Notifikasi Dana Masuk Rp 12.210.000,00", date="2026-11-24 09:45",
        body=notif("24/11/2026", "12.210.000,00", "SITI RAHMAWATI", "pembayaran")),
        "payment_confirmation", "id", invoice_numbers="", amount="12210000.00", currency="IDR", payment_date="2026-11-24", payment_full="",
        needs_human=True, note="paid from a staff member's personal account, no invoice reference"))

    # ------------------------------------------------------------ client replies
    add(E("28_janji_jumat_ini_susu", human(D, frm=c("susu"), to=BOTA, subject="Re: Invoice INV/FLI/2026/11/0088 jatuh tempo hari ini",
        date="2026-11-17 08:12", in_reply_to=bot_mid("20261117080000/id-c1"),
        body="Pagi Bu,\n\nMaaf telat, uang dari koperasi baru cair. Insya Allah Jumat ini kami lunasi ya.\n\nAsep"),
        "client_reply", "id", invoice_numbers="INV/FLI/2026/11/0088", intent="promise", promised_date="2026-11-20"))

    add(E("29_janji_akhir_bulan_roti", human(D, frm=c("roti"), to=BOTA, subject="RE: Invoice INV/FLI/2026/10/0061 telah lewat jatuh tempo",
        date="2026-11-12 16:30", in_reply_to=bot_mid("20261112090000/id-c2"),
        body="Dengan hormat,\n\nTerima kasih atas nota kreditnya. Sisa tagihan Rp 9.990.000 akan kami bayarkan pada akhir bulan ini bersamaan dengan pembayaran vendor lainnya.\n\n"
             "Hormat kami,\nHendra Wijaya\nFinance Manager",),
        "client_reply", "id", invoice_numbers="INV/FLI/2026/10/0061", intent="promise", promised_date="2026-11-30"))

    add(E("30_janji_minggu_depan_pelangi", human(D, frm=c("pelangi"), to=BOTA, subject="Re: Pengingat: invoice INV/FLI/2026/10/0069",
        date="2026-11-19 11:48",
        body="Siang,\n\nBerkas sudah di meja direksi, pembayaran dijadwalkan minggu depan. Nanti bukti transfernya saya forward.\n\nRgds,\nPurchasing Es Krim Pelangi"),
        "client_reply", "id", invoice_numbers="INV/FLI/2026/10/0069", intent="promise", promised_date="2026-11-27",
        note="minggu depan -> last business day of next week"))

    add(E("31_janji_paling_lambat_10_des_daging", human(D, frm=c("daging"), to=BOTA, subject="Re: Pengingat: INV/FLI/2026/11/0094 jatuh tempo 25 November",
        date="2026-11-30 13:22", in_reply_to=a5,
        body="Yth. Frostline,\n\nMohon maaf atas keterlambatannya. Cicilan ke-2 akan kami transfer paling lambat tgl 10 Des. "
             "Mohon pengertiannya, kami sedang menunggu pencairan dari pelanggan ritel.\n\nYusuf"
             + "\n\n-----Original Message-----\nFrom: Frostline Piutang <ar@frostline-group.com>\nSent: Monday, November 23, 2026 9:00 AM\n"
               "Subject: Pengingat: INV/FLI/2026/11/0094 jatuh tempo 25 November\n\nSelamat pagi, apa kabar? Semoga usaha Bapak/Ibu lancar..."),
        "client_reply", "id", invoice_numbers="INV/FLI/2026/11/0094", intent="promise", promised_date="2026-12-10"))

    add(E("32_sudah_transfer_kemarin_samudra", human(D, frm=c("samudra"), to=BOTA, subject="Re: Invoice INV/FLI/2026/10/0052",
        date="2026-11-18 09:05", in_reply_to=bot_mid("20261117090000/id-c5"),
        body="Selamat pagi,\n\nUntuk invoice INV/FLI/2026/10/0052 sudah kami transfer kemarin sore sebesar Rp 14.430.000 ke rekening Bank Mandala Nusa. "
             "Bukti transfer terlampir. Mohon dicek.\n\nTerima kasih,\nRatna",
        attachments=[("bukti_transfer.pdf", pdf(["BUKTI TRANSFER", "17/11/2026 16:44 WIB", "Ke: 117-00-4412983 PT FROSTLINE RANTAI DINGIN",
                                                  "Nominal: Rp 14.430.000", "Berita: INV/FLI/2026/10/0052"]), "application/pdf")]),
        "client_reply", "id", invoice_numbers="INV/FLI/2026/10/0052", intent="paid", payment_date="2026-11-17", amount="14430000.00", currency="IDR"))

    add(E("33_sengketa_suhu_daging", human(D, frm=("Yusuf Rahman", "yusuf.rahman@dagingprima.co.id"), to=BOTA,
        subject="Keberatan atas invoice INV/FLI/2026/10/0079", date="2026-11-11 14:10",
        body="Dengan hormat,\n\nKami menyatakan keberatan atas invoice INV/FLI/2026/10/0079. Data logger reefer container no. FLIU 402117-3 menunjukkan suhu naik ke -8°C "
             "selama kurang lebih 19 jam pada 28-29 Oktober, sehingga 2,4 ton daging sapi harus kami turunkan grade-nya.\n\n"
             "Kami tidak akan memproses pembayaran invoice tersebut sebelum ada kompensasi yang disepakati.\n\nHormat kami,\nYusuf Rahman\nManajer Keuangan"),
        "client_reply", "id", invoice_numbers="INV/FLI/2026/10/0079", intent="dispute"))

    add(E("34_jangan_kirim_lagi_sakura", human(D, frm=("Tanaka Hiroshi", "tanaka.h@sakuranusantara.co.id"), to=BOTA,
        subject="Re: Invoice INV/FLI/2026/10/0075 - past due", date="2026-12-02 10:15",
        body="Mohon maaf, tolong berhenti kirim email pengingat otomatis ke saya. Urusan pembayaran sudah saya serahkan ke tim finance kami, "
             "silakan komunikasi langsung dengan Pak Budi saja.\n\nTanaka"),
        "client_reply", "id", invoice_numbers="INV/FLI/2026/10/0075", intent="stop"))

    add(E("35_minta_cicil_agro", human(D, frm=c("agro"), to=BOTA, subject="Permohonan pembayaran bertahap INV/FLI/2026/10/0072",
        date="2026-11-26 15:30",
        body="Selamat sore Ibu Dewi,\n\nPanen apel tahun ini turun jauh karena cuaca, jadi arus kas kami sedang berat. "
             "Apakah tagihan INV/FLI/2026/10/0072 sebesar Rp 21.645.000 boleh kami bayar dalam tiga tahap, Desember sampai Februari? "
             "Kami siap tanda tangan surat pernyataan.\n\nSalam hormat,\nSiti Rahmawati"),
        "client_reply", "id", invoice_numbers="INV/FLI/2026/10/0072", intent="plan"))

    add(E("36_minta_faktur_pajak_rs", human(D, frm=c("rs"), to=BOTA, subject="Pertanyaan: faktur pajak untuk INV/FLI/2026/10/0058",
        date="2026-11-13 10:00",
        body="Selamat pagi,\n\nUntuk invoice INV/FLI/2026/10/0058 kami belum menerima faktur pajaknya, sehingga belum bisa diproses oleh bagian pajak. "
             "Apakah bisa dikirimkan ulang beserta NPWP terbaru? Terima kasih.\n\nBagian Keuangan RS Harapan Kasih"),
        "client_reply", "id", invoice_numbers="INV/FLI/2026/10/0058", intent="question"))

    add(E("37_janji_dibatalkan_teratai", human(D, frm=c("teratai"), to=BOTA, tz="+0800",
        subject="Re: Invoice INV/FLI/2026/11/0091 telah jatuh tempo", date="2026-11-25 17:20", in_reply_to=r3,
        body="Selamat sore,\n\nMohon maaf, pelunasan sisa uang muka yang saya janjikan tanggal 27 November ternyata belum bisa terlaksana karena owner masih di luar negeri "
             "dan belum approve. Nanti saya kabari lagi tanggal pastinya.\n\nSuksma,\nMade"),
        "client_reply", "id", invoice_numbers="INV/FLI/2026/11/0091", intent="other", needs_human=True,
        note="withdrawn promise (27 Nov), no new date"))

    add(E("38_bersyarat_senin_depan_farmasi", human(D, frm=c("farmasi"), to=BOTA, subject="RE: Pengingat: invoice INV/FLI/2026/10/0065",
        date="2026-11-25 10:40", in_reply_to=r2,
        body="Pagi Bu Dewi,\n\nAsalkan CoA dan laporan suhu bulan Oktober bisa dikirim hari ini, pembayarannya kami masukkan ke jadwal Senin depan. "
             "Tanpa dokumen itu QA kami tidak mau tanda tangan.\n\nMaria"),
        "client_reply", "id", invoice_numbers="INV/FLI/2026/10/0065", intent="promise", promised_date="2026-11-30", needs_human=True,
        note="conditional on documents"))

    add(E("39_campuran_lunas_dan_tanya_samudra", human(D, frm=("Ratna Wulandari", "ratna.w@samudrasegar.co.id"), to=BOTA,
        subject="Re: Rekap tagihan PT Samudra Segar Perkasa", date="2026-11-30 15:00",
        body="Sore Bu,\n\nINV/FLI/2026/11/0087 sudah kami bayar tgl 27 kemarin (dipotong PPh 23, bukti potong menyusul). "
             "Lalu INV/FLI/2026/10/0052 kok masih muncul di rekap ya? Itu kan sudah kami transfer 17 November. Mohon dicek lagi.\n\nRatna"),
        "client_reply", "id", invoice_numbers="INV/FLI/2026/11/0087;INV/FLI/2026/10/0052", intent="paid", payment_date="2026-11-27",
        needs_human=True, note="mixed: paid claims for both invoices (27 Nov and 17 Nov) plus a question about the statement"))

    add(E("40_lusa_roti", human(D, frm=("Hendra Wijaya", "hendra.w@rotinusantara.co.id"), to=BOTA,
        subject="Re: Invoice INV/FLI/2026/10/0061", date="2026-11-25 08:30",
        body="Pak Budi, yang kemarin sore saya sampaikan lewat WA: akhir bulan ternyata terlalu lama buat bapak ya. Ya sudah, lusa kami transfer.\n\nHendra"),
        "client_reply", "id", invoice_numbers="INV/FLI/2026/10/0061", intent="promise", promised_date="2026-11-27",
        note="'lusa' = day after tomorrow; supersedes the earlier end-of-month promise"))

    # ------------------------------------------------------------ other
    add(E("41_newsletter_asosiasi", human(D, frm=("ARPI - Asosiasi Rantai Pendingin Indonesia", "buletin@arpi-rantaidingin.or.id"), to=BOT,
        subject="Buletin ARPI November 2026: regulasi BPOM baru & pameran Cold Chain Expo", date="2026-11-06 07:00",
        headers=[("List-Unsubscribe", "<https://arpi-rantaidingin.or.id/berhenti?u=5521>"), ("Precedence", "bulk")],
        body="BULETIN ARPI - November 2026\n\n- Peraturan BPOM tentang CDOB rantai dingin\n- Cold Chain Expo Jakarta, 2-4 Desember 2026\n- Tarif listrik industri 2027\n\n"
             "Berhenti berlangganan: https://arpi-rantaidingin.or.id/berhenti?u=5521"),
        "other", "id", note="newsletter"))

    add(E("42_obrolan_staf", human(D, frm=DEWI, to=BUDI, cc=BOTA, subject="Re: Teratai - DP",
        date="2026-11-25 17:45",
        body="Bud, Pak Made batal bayar tgl 27. Tolong telepon beliau besok ya, sekalian tanya apa perlu kita kirim ulang invoice 0091 ke owner. "
             "Cc ke AR biar tercatat.\n\nDewi"),
        "other", "id", invoice_numbers="INV/FLI/2026/11/0091", note="staff chatter, bot in Cc"))

    add(E("43_notifikasi_palsu_dmarc_fail", human(D, frm=BK, to=BOTA, subject="Notifikasi Dana Masuk Rp 79.920.000,00",
        date="2026-11-28 01:12", auth_result="fail",
        body=notif("28/11/2026", "79.920.000,00", "HOTEL TERATAI BALI", "PELUNASAN INV/FLI/2026/11/0091")),
        "other", "id", invoice_numbers="INV/FLI/2026/11/0091", note="forged bank notice: DMARC fail"))

    add(E("44_spam_pinjaman", human(D, frm=("Dana Cepat Cair", "promo@danacepatcair88.xyz"), to=BOT, subject="Pinjaman usaha cair 1 jam tanpa agunan!!!",
        date="2026-11-15 20:20", auth_result="none",
        body="Butuh modal usaha? Pinjaman hingga Rp 500 juta, cair 1 jam, bunga 0,5%. Klik: http://danacepatcair88.xyz/daftar"),
        "other", "id", note="spam"))
    return out

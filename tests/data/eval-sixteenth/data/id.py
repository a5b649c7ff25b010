"""Indonesian desk: IDR/USD, PPN 11 %, PPh 23; invoices INV/HCC-ID/<roman month>/2026/NNNN."""
from kinds import (BOT_ADDR, Desk, alt, dsn_part, invoice_pdf, label, mdn_parts, reply_body, reply_refs,
                   returned_headers, rfc822_part, with_pdf)
from mailkit import BOT, BOT_NAME, attachment, auth_results, dt, multipart, raw_part, text

BANK = ("Bank Merapi, a.n. PT Harrowgate Cold Chain Indonesia, No. Rek. 123-00-4567890-1, "
        "atau Virtual Account 8808 0012 3456 7890")
BULAN = ["", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]


def tgl(iso):
    y, m, d = iso.split("-")
    return f"{int(d)} {BULAN[int(m)]} {y}"


def rem_body(name, invs, cur, due, past):
    sym = "Rp " if cur == "IDR" else "USD "
    lines = "\n".join(f"  {no}   {sym}{amt}" for no, amt in invs)
    lead = (f"tagihan berikut telah jatuh tempo pada {tgl(due)}. Apabila Anda sudah melakukan pembayaran, mohon "
            "abaikan pesan ini." if past else f"tagihan berikut akan jatuh tempo pada {tgl(due)}.")
    return (f"Yth. {name},\n\nSemoga Anda dalam keadaan sehat dan usaha berjalan lancar.\n\nKami ingin mengingatkan "
            f"bahwa {lead}\n\n{lines}\n\nPembayaran dapat ditransfer ke {BANK}. Mohon cantumkan nomor invoice "
            "sebagai berita transfer.\n\nJika ingin mendiskusikan pembayaran, silakan balas email ini.\n\n"
            "Hormat kami,\nBagian Piutang\nPT Harrowgate Cold Chain Indonesia\n")


def N(no):
    return f"INV/HCC-ID/{'XI' if no < 300 else 'XII'}/2026/{no:04d}"


def build():
    D = Desk("id", "harrowgate-cc.co.id", 7, "Bagian Piutang")
    DEWI = ("Dewi Lestari", "dewi.lestari@harrowgate-cc.co.id")
    RIZKY = ("Rizky Pratama", "rizky.pratama@harrowgate-cc.co.id")
    D.staff = [DEWI[1], RIZKY[1]]
    BM = ("Bank Merapi", "notifikasi@bankmerapi.co.id")
    XP = ("Xenpay", "settlement@xenpay.co.id")
    D.notifiers = [BM[1], XP[1]]
    C = dict(
        sumber=("Finance PT Sumber Segar Pangan", "finance@sumbersegar.co.id"),
        farma=("Hutang Dagang Nusantara Farma", "ap@nusantarafarma.co.id"),
        laut=("Keuangan CV Laut Biru", "keuangan@lautbiru-seafood.com"),
        laut_old=("Andi Saputra", "andi.saputra@lautbiru-seafood.com"),
        bali=("Accounting Bali Gelato", "accounting@baligelato.id"),
        makmur=("Toko Makmur Jaya", "makmurjaya.toko@gmail.com"),
        es=("Tagihan Es Krim Kita", "tagihan@eskrimkita.co.id"),
        lion=("Lion Cold Logistics AP", "payables@lioncold.sg"),
        medika=("Keuangan RS Medika Sehat", "keuangan@rsmedikasehat.co.id"),
        kopi=("AP Kopi Dingin Nusantara", "ap@kopidingin.co.id"),
        papua=("CV Hasil Laut Papua", "hasillautpapua@yahoo.co.id"),
        scm=("Southern Cross Meats Accounts", "accounts@southerncrossmeats.com.au"),
        vaksin=("Hutang PT Vaksindo Prima", "hutang@vaksindo.co.id"),
        kopi_old=("Rina", "rina@kopidingin.co.id"),
    )

    def R(key, day, who, invs, cur, due, past=True, subj=None, name="Bapak/Ibu"):
        nos = ", ".join(i for i, _ in invs)
        s = subj or (f"Pengingat pembayaran: {nos}" if past else f"Pemberitahuan jatuh tempo: {nos}")
        body = rem_body(name, invs, cur, due, past)
        if who in ("lion", "scm"):
            sym = "USD "
            s = f"Payment reminder: {nos}"
            body = (f"Dear {name},\n\nWe hope all is well. A friendly reminder that the invoice(s) below fell due on {due}. "
                    "If you have already paid, please ignore this message.\n\n"
                    + "\n".join(f"  {no}   {sym}{amt}" for no, amt in invs)
                    + f"\n\nBank: {BANK} (SWIFT BMRPIDJA).\n\nKind regards,\nAccounts Receivable\n"
                    "PT Harrowgate Cold Chain Indonesia\n")
        return D.reminder(key, day, C[who], invs, cur, due, s, body)

    R("R1", "2026-11-09", "farma", [(N(198), "138.750.000")], "IDR", "2026-11-05")
    R("R2", "2026-11-12", "laut_old", [(N(205), "24.420.000")], "IDR", "2026-11-10")
    R("R3", "2026-11-16", "makmur", [(N(211), "1.665.000")], "IDR", "2026-11-13", name="Ibu Sari")
    R("R4", "2026-11-18", "lion", [(N(214), "8,900.00")], "USD", "2026-11-16", name="Mr Lim")
    R("R5", "2026-11-19", "papua", [(N(209), "12.210.000")], "IDR", "2026-11-12")
    R("R6", "2026-11-20", "medika", [(N(217), "33.300.000")], "IDR", "2026-11-17")
    R("R7", "2026-11-23", "kopi_old", [(N(220), "5.550.000")], "IDR", "2026-11-20", name="Ibu Rina")
    R("R8", "2026-11-24", "vaksin", [(N(222), "77.700.000")], "IDR", "2026-11-21")
    R("R9", "2026-11-25", "scm", [(N(219), "15,200.00")], "USD", "2026-11-19", name="Sir or Madam")
    R("R10", "2026-11-26", "es", [(N(224), "9.990.000")], "IDR", "2026-11-30", past=False)
    R("R11", "2026-11-30", "laut", [(N(205), "24.420.000"), (N(226), "6.105.000")], "IDR", "2026-11-25",
      subj="Ringkasan tagihan CV Laut Biru")
    R("R12", "2026-12-01", "bali", [(N(228), "11.655.000")], "IDR", "2026-11-28")
    R("R13", "2026-12-02", "sumber", [(N(215), "22.200.000")], "IDR", "2026-11-30")
    R("R14", "2026-11-18", "kopi", [(N(220), "5.550.000")], "IDR", "2026-11-20", past=False)
    R("R15", "2026-12-03", "lion", [(N(230), "4,250.00")], "USD", "2026-12-01", name="Mr Lim")

    sig = "\n\nSalam,\nDewi Lestari\nPenagihan - PT Harrowgate Cold Chain Indonesia\nKawasan Industri Pulogadung, Jakarta Timur\n"

    # ------------------------------------------------------------------ invoice copies
    when = dt("2026-11-02", "10:05", 7)
    body = (f"Yth. Bapak/Ibu,\n\nTerlampir invoice {N(231)} untuk jasa penyimpanan dingin (cold storage) bulan Oktober "
            "2026.\n\nDPP: Rp 40.000.000\nPPN 11%: Rp 4.400.000\nTotal tagihan: Rp 44.400.000\n\nJatuh tempo: 30 hari "
            "setelah tanggal invoice (2 Desember 2026). Faktur pajak menyusul." + sig)
    D.mail("invoice_sumber_ppn", when, DEWI, [C["sumber"]], f"Invoice {N(231)} - Cold storage Oktober 2026",
           with_pdf(text(body), ["PT HARROWGATE COLD CHAIN INDONESIA", f"INVOICE {N(231)}",
                                 "Tanggal: 02/11/2026", "Kepada: PT Sumber Segar Pangan, Jakarta Utara",
                                 "Jasa cold storage Oktober 2026   Rp 40.000.000", "PPN 11%   Rp 4.400.000",
                                 "TOTAL   Rp 44.400.000", "Jatuh tempo 30 hari: 02/12/2026"], "INV-0231.pdf", "id1"),
           label("invoice_copy", "id", invoice_numbers=N(231), amount="44400000.00", currency="IDR",
                 issue_date="2026-11-02", due_date="2026-12-02", payment_terms_days=30,
                 note="DPP 40,000,000 + PPN 11%; amount = gross"),
           cc=[BOT_ADDR])

    when = dt("2026-11-03", "14:20", 7)
    plain = (f"Dengan hormat,\n\nBersama ini kami kirimkan invoice {N(233)} untuk distribusi vaksin 2-8 C.\n\n"
             "DPP Rp 125.000.000\nPPN 11% Rp 13.750.000\nTotal Rp 138.750.000\nTermin: 45 hari (18 Desember 2026)\n")
    html = (f"<p>Dengan hormat,</p><p>Bersama ini kami kirimkan invoice <b>{N(233)}</b> untuk distribusi vaksin "
            "2&ndash;8&nbsp;&deg;C.</p><table border=1><tr><td>DPP</td><td>Rp 125.000.000</td></tr>"
            "<tr><td>PPN 11%</td><td>Rp 13.750.000</td></tr><tr><td><b>Total</b></td><td><b>Rp 138.750.000</b></td></tr>"
            "</table><p>Termin: 45 hari (18 Desember 2026)</p>")
    D.mail("invoice_farma_html", when, RIZKY, [C["farma"]], f"Invoice {N(233)}",
           multipart("mixed", [alt(plain, html, "id2a"),
                               invoice_pdf([f"INVOICE {N(233)}  03/11/2026", "PT Nusantara Farma Distribusi",
                                            "Distribusi vaksin 2-8 C", "Total Rp 138.750.000", "Termin 45 hari"],
                                           "INV-0233.pdf")], "id2"),
           label("invoice_copy", "id", invoice_numbers=N(233), amount="138750000.00", currency="IDR",
                 issue_date="2026-11-03", due_date="2026-12-18", payment_terms_days=45,
                 note="HTML alternative"),
           cc=[BOT_ADDR])

    when = dt("2026-11-04", "09:10", 7)
    body = (f"Yth. Bapak Andi,\n\nSesuai kontrak sewa ruang pendingin 2027 (nilai kontrak Rp 300.000.000), terlampir "
            f"invoice uang muka {N(234)}:\n\nUang muka 30%: Rp 90.000.000\nPPN 11%: Rp 9.900.000\n"
            "Jumlah yang harus dibayar: Rp 99.900.000\nJatuh tempo: 14 hari (18 November 2026)" + sig)
    D.mail("invoice_laut_uang_muka", when, DEWI, [C["laut"]], f"Invoice uang muka {N(234)}",
           with_pdf(text(body), [f"INVOICE UANG MUKA {N(234)}  04/11/2026", "CV Laut Biru Seafood, Surabaya",
                                 "Nilai kontrak Rp 300.000.000", "Uang muka 30% Rp 90.000.000", "PPN 11% Rp 9.900.000",
                                 "DIBAYAR Rp 99.900.000"], "INV-0234.pdf", "id3"),
           label("invoice_copy", "id", invoice_numbers=N(234), amount="99900000.00", currency="IDR",
                 issue_date="2026-11-04", due_date="2026-11-18", payment_terms_days=14,
                 note="contract value 300m vs down payment 90m + PPN"),
           cc=[BOT_ADDR])

    when = dt("2026-11-05", "11:30", 7)
    body = (f"Halo tim Accounting Bali Gelato,\n\nBerikut dua invoice bulan Oktober:\n\n{N(236)}  Sewa freezer -25 C   "
            f"Rp 6.660.000\n{N(237)}  Pengiriman Denpasar     Rp 3.330.000\n\nKeduanya tertanggal 5 November 2026, "
            "jatuh tempo 30 hari." + sig)
    D.mail("invoice_bali_dua_invoice", when, DEWI, [C["bali"]], f"Invoice {N(236)} & {N(237)}",
           multipart("mixed", [text(body),
                               invoice_pdf([f"INVOICE {N(236)} 05/11/2026", "Sewa freezer", "Total Rp 6.660.000"],
                                           "INV-0236.pdf"),
                               invoice_pdf([f"INVOICE {N(237)} 05/11/2026", "Pengiriman Denpasar", "Total Rp 3.330.000"],
                                           "INV-0237.pdf")], "id4"),
           label("invoice_copy", "id", invoice_numbers=f"{N(236)};{N(237)}", amount="9990000.00", currency="IDR",
                 issue_date="2026-11-05", due_date="2026-12-05", payment_terms_days=30, note="two invoices; sum"),
           cc=[BOT_ADDR])

    when = dt("2026-11-06", "16:45", 7)
    body = (f"Bu Sari, ini invoice {N(238)} untuk titip es batu & frozen food bulan Oktober ya.\n\nTotal: Rp 2.775.000 "
            "(sudah termasuk PPN)\nJatuh tempo: 14 hari\n\nTerima kasih,\nRizky\n")
    D.mail("invoice_makmur_kecil", when, RIZKY, [C["makmur"]], f"invoice {N(238)}",
           with_pdf(text(body), [f"INVOICE {N(238)}  06/11/2026", "Toko Makmur Jaya", "Titip frozen food Okt",
                                 "Total Rp 2.775.000 (termasuk PPN)", "Jatuh tempo 14 hari"], "INV-0238.pdf", "id5"),
           label("invoice_copy", "id", invoice_numbers=N(238), amount="2775000.00", currency="IDR",
                 issue_date="2026-11-06", due_date="2026-11-20", payment_terms_days=14),
           cc=[BOT_ADDR], mailer="UA:Gmail")

    when = dt("2026-11-09", "13:00", 7)
    body = (f"Dear Mr Lim,\n\nPlease find attached invoice {N(240)} for reefer container plugs and monitoring at "
            "Tanjung Priok, October 2026.\n\nAmount: USD 12,600.00 (VAT 0% - export of services)\nTerms: 30 days "
            "(due 9 December 2026)\n\nBest regards,\nRizky Pratama\n")
    D.mail("invoice_lion_usd_english", when, RIZKY, [C["lion"]], f"Invoice {N(240)}",
           with_pdf(text(body), [f"INVOICE {N(240)}  09/11/2026", "Lion Cold Logistics Pte Ltd, Singapore",
                                 "Reefer plugs & monitoring   USD 12,600.00", "PPN 0% (ekspor jasa)",
                                 "Due 09/12/2026"], "INV-0240.pdf", "id6"),
           label("invoice_copy", "en", invoice_numbers=N(240), amount="12600.00", currency="USD",
                 issue_date="2026-11-09", due_date="2026-12-09", payment_terms_days=30, note="ID desk in English"),
           cc=[BOT_ADDR])

    when = dt("2026-11-10", "10:25", 7)
    body = (f"Yth. Bagian Keuangan RS Medika Sehat,\n\nTerlampir invoice {N(241)} sebesar Rp 18.870.000. Sesuai "
            "kesepakatan, nota kredit NK/HCC-ID/2026/0012 sebesar Rp 1.110.000 (kompensasi suhu menyimpang) kami "
            "kurangkan, sehingga sisa yang harus dibayar Rp 17.760.000.\n\nJatuh tempo 30 hari (10 Desember 2026)." + sig)
    D.mail("invoice_medika_nota_kredit", when, DEWI, [C["medika"]], f"Invoice {N(241)} dan nota kredit",
           with_pdf(text(body), [f"INVOICE {N(241)}  10/11/2026", "RS Medika Sehat, Bandung",
                                 "Total invoice Rp 18.870.000", "Nota kredit NK/HCC-ID/2026/0012 - Rp 1.110.000",
                                 "SISA TAGIHAN Rp 17.760.000"], "INV-0241.pdf", "id7"),
           label("invoice_copy", "id", invoice_numbers=N(241), amount="17760000.00", currency="IDR",
                 issue_date="2026-11-10", due_date="2026-12-10", payment_terms_days=30, note="credit note deducted"),
           cc=[BOT_ADDR])

    when = dt("2026-11-11", "15:40", 7)
    body = (f"Yth. Ibu Rina,\n\nTerlampir invoice {N(243)}.\n\nJasa pengiriman berpendingin: DPP Rp 25.000.000, PPN 11% "
            "Rp 2.750.000, total Rp 27.750.000.\nPPh 23 (2% x DPP) Rp 500.000 dipotong oleh pemberi jasa/pelanggan.\n"
            "Jumlah yang harus ditransfer: Rp 27.250.000.\nJatuh tempo: 30 hari." + sig)
    D.mail("invoice_kopi_pph23", when, DEWI, [C["kopi_old"]], f"Invoice {N(243)}",
           with_pdf(text(body), [f"INVOICE {N(243)}  11/11/2026", "PT Kopi Dingin Nusantara",
                                 "DPP Rp 25.000.000", "PPN 11% Rp 2.750.000", "Total Rp 27.750.000",
                                 "PPh 23 2% (dipotong) - Rp 500.000", "Jumlah ditransfer Rp 27.250.000"],
                    "INV-0243.pdf", "id8"),
           label("invoice_copy", "id", invoice_numbers=N(243), amount="27250000.00", currency="IDR",
                 issue_date="2026-11-11", due_date="2026-12-11", payment_terms_days=30,
                 note="gross 27,750,000; payable after PPh 23 withholding 27,250,000 (labelled amount due)"),
           cc=[BOT_ADDR])

    when = dt("2026-11-12", "09:50", 7)
    body = (f"Yth. Bapak/Ibu,\n\nInvoice {N(245)} untuk penyimpanan es krim (-25 C) terlampir. Total Rp 8.325.000, "
            "jatuh tempo 30 hari setelah tanggal invoice (12/11/2026).\n\nSalam,\nRizky\n")
    D.mail("invoice_es_bcc_latin1", when, RIZKY, [C["es"]], f"Invoice {N(245)}",
           with_pdf(text(body, charset="iso-8859-1"), [f"INVOICE {N(245)} 12/11/2026", "PT Es Krim Kita",
                                                       "Total Rp 8.325.000"], "INV-0245.pdf", "id9"),
           label("invoice_copy", "id", invoice_numbers=N(245), amount="8325000.00", currency="IDR",
                 issue_date="2026-11-12", due_date="2026-12-12", payment_terms_days=30, note="bot only in Bcc"),
           charset="iso-8859-1")

    when = dt("2026-11-13", "14:10", 7)
    body = (f"Yth. Bapak/Ibu,\n\nTerlampir invoice {N(246)} untuk transportasi vaksin ke Makassar.\n\nTotal: USD 4,500.00\n"
            "Dapat dibayar dalam Rupiah dengan kurs tengah BI pada tanggal pembayaran (indikasi: Rp 71.550.000 pada kurs "
            "15.900).\nJatuh tempo: 21 hari." + sig)
    D.mail("invoice_vaksin_usd_kurs", when, DEWI, [C["vaksin"]], f"Invoice {N(246)}",
           with_pdf(text(body), [f"INVOICE {N(246)}  13/11/2026", "PT Vaksindo Prima", "Transport vaksin Makassar",
                                 "TOTAL USD 4,500.00", "Indikasi Rp 71.550.000 (kurs 15.900)", "Jatuh tempo 04/12/2026"],
                    "INV-0246.pdf", "id10"),
           label("invoice_copy", "id", invoice_numbers=N(246), amount="4500.00", currency="USD",
                 issue_date="2026-11-13", due_date="2026-12-04", payment_terms_days=21,
                 note="USD invoice with indicative IDR equivalent"),
           cc=[BOT_ADDR])

    # ------------------------------------------------------------------ read receipts
    r = D.rem("R1")
    when = dt("2026-11-09", "10:40", 7)
    D.mail("mdn_farma_outlook", when, C["farma"], [BOT_ADDR], "Dibaca: " + r["subject"],
           mdn_parts(D, "R1", "NFDEXCH01.nusantarafarma.local; Microsoft Exchange Server", C["farma"][1],
                     "automatic-action/MDN-sent-automatically; displayed",
                     f"Pesan Anda\n\n  Kepada: {C['farma'][1]}\n  Perihal: {r['subject']}\n\ntelah dibaca pada "
                     "Senin, 09 November 2026 10.40.12 (UTC+07:00) Bangkok, Hanoi, Jakarta.\n", "id11"),
           label("read_receipt", "id", invoice_numbers=N(198), original_message_id=r["id"]))

    r = D.rem("R4")
    when = dt("2026-11-18", "10:05", 8)
    D.mail("mdn_lion_standard", when, C["lion"], [BOT_ADDR], "Read: " + r["subject"],
           mdn_parts(D, "R4", "Apple Mail (3826.200.121)", C["lion"][1], "manual-action/MDN-sent-manually; displayed",
                     "The message you sent was displayed. This is no guarantee that the message has been read or "
                     "understood.\n", "id12"),
           label("read_receipt", "en", invoice_numbers=N(214), original_message_id=r["id"]))

    r = D.rem("R10")
    when = dt("2026-11-26", "13:13", 7)
    D.mail("tanda_baca_es_plain", when, C["es"], [BOT_ADDR], "Telah dibaca: " + r["subject"],
           text(f"Pesan Anda dengan subjek \"{r['subject']}\" telah dibaca oleh {C['es'][1]} pada 26/11/2026 13:13.\n"),
           label("read_receipt", "id", invoice_numbers=N(224), original_message_id=r["id"],
                 note="non-standard receipt; In-Reply-To only"),
           irt=r["id"])

    # ------------------------------------------------------------------ bounces
    r = D.rem("R5")
    rcpt = C["papua"][1]
    when = dt("2026-11-19", "09:32", 7)
    D.mail("bounce_papua_spam", when, ("Mail Delivery System", "MAILER-DAEMON@mx1.harrowgate-cc.com"), [("", BOT)],
           "Undelivered Mail Returned to Sender",
           multipart("report", [text(
               "This is the mail system at host mx1.harrowgate-cc.com.\n\nI'm sorry to have to inform you that your "
               f"message could not\nbe delivered to one or more recipients.\n\n<{rcpt}>: host "
               "mta7.am0.yahoodns.net[67.195.204.72] said:\n    554 5.7.1 [P4] Message blocked due to spam content "
               "in the message. (in reply to end of DATA command)\n", charset="us-ascii"),
               dsn_part("mx1.harrowgate-cc.com", rcpt, "failed", "5.7.1",
                        "554 5.7.1 [P4] Message blocked due to spam content in the message.", "mta7.am0.yahoodns.net"),
               raw_part("text/rfc822-headers", returned_headers(D, "R5"))], "id14", "report-type=delivery-status"),
           label("bounce", "en", invoice_numbers=N(209), failed_recipients=rcpt, bounce_permanent=True,
                 bounce_reason="spam", original_message_id=r["id"]),
           auth=None, mid_domain="mx1.harrowgate-cc.com", rcv_host="localhost")

    r = D.rem("R7")
    rcpt = C["kopi_old"][1]
    when = dt("2026-11-23", "09:45", 7)
    D.mail("ndr_kopi_kotak_penuh", when, ("Sistem Surat Kopi Dingin", "postmaster@kopidingin.co.id"), [("", BOT)],
           "Pesan tertunda: " + r["subject"],
           multipart("mixed", [text(
               "Pemberitahuan otomatis dari server surat.\n\nPesan Anda untuk " + rcpt + " BELUM dapat dikirim karena "
               "kotak surat penerima sudah penuh (kuota terlampaui).\nServer akan mencoba mengirim ulang selama 3 hari. "
               "Anda tidak perlu mengirim ulang pesan ini.\n\nKode: 452 4.2.2 Mailbox full\n"),
               rfc822_part(D, "R7")], "id15"),
           label("bounce", "id", invoice_numbers=N(220), failed_recipients=rcpt, bounce_permanent=False,
                 bounce_reason="mailbox_full", original_message_id=r["id"],
                 note="non-standard Indonesian NDR, temporary (will retry)"),
           extra=[("Auto-Submitted", "auto-replied")])

    r = D.rem("R2")
    rcpt = C["laut_old"][1]
    when = dt("2026-11-12", "09:31", 7)
    D.mail("bounce_laut_user_unknown_gmail", when, ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
           [("", BOT)], "Delivery Status Notification (Failure)",
           multipart("report", [text(
               f"** Address not found **\n\nYour message wasn't delivered to {rcpt} because the address couldn't be "
               "found, or is unable to receive mail.\n\nThe response was:\n\n550 5.1.1 The email account that you "
               "tried to reach does not exist. Please try double-checking the recipient's email address for typos "
               "or unnecessary spaces.\n"),
               dsn_part("mx.google.com", rcpt, "failed", "5.1.1",
                        "550-5.1.1 The email account that you tried to reach does not exist.", "aspmx.l.google.com"),
               raw_part("text/rfc822-headers", returned_headers(D, "R2"))], "id16", "report-type=delivery-status"),
           label("bounce", "en", invoice_numbers=N(205), failed_recipients=rcpt, bounce_permanent=True,
                 bounce_reason="user_unknown", original_message_id=r["id"]),
           extra=[("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied")])

    # ------------------------------------------------------------------ auto-replies
    r = D.rem("R13")
    when = dt("2026-12-02", "09:31", 7)
    D.mail("auto_sumber_cuti", when, C["sumber"], [BOT_ADDR], "Balasan otomatis: " + r["subject"],
           text("Terima kasih atas email Anda.\n\nKantor kami sedang libur cuti bersama dan akan masuk kembali pada "
                "Selasa, 8 Desember 2026. Email Anda akan kami tindak lanjuti setelah itu.\n\nSalam,\nFinance PT Sumber "
                "Segar Pangan\n"),
           label("auto_reply", "id", return_date="2026-12-08", original_message_id=r["id"]),
           irt=r["id"], refs=r["id"], extra=[("Auto-Submitted", "auto-replied")])

    r = D.rem("R8")
    when = dt("2026-11-24", "09:36", 7)
    D.mail("auto_vaksin_tanpa_header", when, ("Budi Hartono", "hutang@vaksindo.co.id"), [BOT_ADDR],
           "Re: " + r["subject"],
           text("Terima kasih atas email Anda. Saya sedang dinas luar kota sampai Jumat, 27 November 2026 dan akan "
                "kembali ke kantor pada Senin, 30 November 2026. Untuk hal mendesak silakan hubungi 021-4601 7788.\n\n"
                "Budi Hartono\n"),
           label("auto_reply", "id", return_date="2026-11-30", original_message_id=r["id"],
                 note="no auto-reply headers, subject looks like a human reply"),
           irt=r["id"])

    r = D.rem("R9")
    when = dt("2026-11-25", "13:31", 11)
    D.mail("auto_scm_english_no_date", when, C["scm"], [BOT_ADDR], "Out of Office: " + r["subject"],
           text("G'day,\n\nThanks for your email. Our accounts team is currently short-staffed and responses may be "
                "delayed. Invoices are processed in our fortnightly payment run.\n\nSouthern Cross Meats Accounts\n"),
           label("auto_reply", "en", original_message_id=r["id"], note="no return date"),
           irt=r["id"], extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

    # ------------------------------------------------------------------ challenges
    r = D.rem("R3")
    url = "https://konfirmasi.saringsurat.id/v/3b7d0c9e5a21"
    when = dt("2026-11-16", "09:33", 7)
    D.mail("challenge_makmur_saringsurat", when, ("SaringSurat", "verifikasi@saringsurat.id"), [BOT_ADDR],
           "Verifikasi pengirim diperlukan",
           text(f"Halo,\n\nPenerima makmurjaya.toko@gmail.com memakai SaringSurat untuk menyaring spam. Pesan Anda "
                f"\"{r['subject']}\" ditahan sampai Anda memverifikasi alamat Anda:\n\n{url}\n\nTerima kasih.\n"),
           label("challenge", "id", challenge=url, original_message_id=r["id"]),
           irt=r["id"], extra=[("Auto-Submitted", "auto-replied")])

    r = D.rem("R15")
    caddr = "approve-5e8b21@challenge.lioncold.sg"
    when = dt("2026-12-03", "10:31", 8)
    D.mail("challenge_lion_reply_address", when, ("Lion Cold Mail Shield", caddr), [BOT_ADDR],
           "Sender verification required: " + r["subject"],
           text(f"Your email to payables@lioncold.sg has been held because you are not yet on the approved senders "
                f"list. To release it, reply to {caddr} without changing the subject.\n"),
           label("challenge", "en", challenge=caddr, original_message_id=r["id"]),
           irt=r["id"], reply_to=("", caddr), extra=[("Auto-Submitted", "auto-replied")])

    # ------------------------------------------------------------------ payments
    def mutasi(amount, tgl_, dari, berita):
        return text(f"BANK MERAPI - NOTIFIKASI DANA MASUK\n\nRekening: 123-00-4567890-1 a.n. PT HARROWGATE COLD CHAIN "
                    f"INDONESIA\nTanggal efektif: {tgl_}\nNominal: Rp {amount}\nDari: {dari}\nBerita: {berita}\n\n"
                    "Email ini dikirim otomatis, mohon tidak dibalas.\n")

    when = dt("2026-11-20", "08:01", 7)
    D.mail("bayar_bm_farma_pph23", when, BM, [("", BOT)], "Dana masuk Rp 136.250.000",
           mutasi("136.250.000,00", "20/11/2026", "PT NUSANTARA FARMA DISTRIBUSI", f"{N(198)} NET PPH23"),
           label("payment_confirmation", "id", invoice_numbers=N(198), amount="136250000.00", currency="IDR",
                 payment_date="2026-11-20", payment_full=True, needs_human=True,
                 note="138,750,000 minus PPh 23 2% of DPP 125,000,000 = 2,500,000 withheld; needs bukti potong"))

    when = dt("2026-11-27", "08:05", 7)
    D.mail("bayar_bm_makmur_penuh", when, BM, [("", BOT)], "Dana masuk Rp 2.775.000",
           mutasi("2.775.000,00", "27/11/2026", "SARI WULANDARI", f"bayar {N(238)}"),
           label("payment_confirmation", "id", invoice_numbers=N(238), amount="2775000.00", currency="IDR",
                 payment_date="2026-11-27", payment_full=True, note="payer is the owner personally"))

    when = dt("2026-12-04", "16:22", 7)
    D.mail("bayar_xenpay_va_bali", when, XP, [("", BOT)], "Pembayaran Virtual Account berhasil - Rp 9.990.000",
           alt(f"Xenpay - Pembayaran diterima\n\nVirtual Account: 8808 0012 3456 7890\nNama pembayar: PT BALI GELATO "
               f"ARTISAN\nJumlah: Rp 9.990.000\nWaktu: 04-12-2026 16:21 WIB\nKeterangan: {N(236)} 6.660.000; {N(237)} "
               "3.330.000\n",
               f"<h3>Pembayaran diterima</h3><p>VA 8808 0012 3456 7890<br>PT BALI GELATO ARTISAN<br>Rp 9.990.000<br>"
               f"04-12-2026 16:21 WIB<br>{N(236)} 6.660.000; {N(237)} 3.330.000</p>", "id24"),
           label("payment_confirmation", "id", invoice_numbers=f"{N(236)};{N(237)}", amount="9990000.00",
                 currency="IDR", payment_date="2026-12-04", payment_full=True,
                 allocations=f"{N(236)}=6660000.00;{N(237)}=3330000.00"))

    when = dt("2026-12-07", "09:10", 7)
    D.mail("bayar_bm_scm_usd_partial", when, BM, [("", BOT)], "Incoming transfer USD 7,600.00",
           text(f"BANK MERAPI - INCOMING SWIFT TRANSFER\n\nAccount: USD 123-00-4567891-9 PT HARROWGATE COLD CHAIN "
                f"INDONESIA\nValue date: 07/12/2026\nAmount: USD 7,600.00\nOrdering customer: SOUTHERN CROSS MEATS PTY "
                f"LTD, MELBOURNE\nRemittance info: {N(219)} 50PCT\n"),
           label("payment_confirmation", "en", invoice_numbers=N(219), amount="7600.00", currency="USD",
                 payment_date="2026-12-07", payment_full=False, note="half of USD 15,200.00"))

    when = dt("2026-12-08", "08:03", 7)
    D.mail("bayar_bm_sumber_pph23_penuh", when, BM, [("", BOT)], "Dana masuk Rp 43.600.000",
           mutasi("43.600.000,00", "08/12/2026", "PT SUMBER SEGAR PANGAN", f"{N(231)} potong PPh 23"),
           label("payment_confirmation", "id", invoice_numbers=N(231), amount="43600000.00", currency="IDR",
                 payment_date="2026-12-08", payment_full=True, needs_human=True,
                 note="44,400,000 minus PPh 23 (2% of 40,000,000)"))

    when = dt("2026-12-01", "07:48", 7)
    D.mail("palsu_bm_dmarc_fail", when, BM, [("", BOT)], "Dana masuk Rp 77.700.000",
           mutasi("77.700.000,00", "01/12/2026", "PT VAKSINDO PRIMA", N(222)),
           label("other", "id", invoice_numbers=N(222), needs_human=True,
                 note="From the real notifier address but SPF/DKIM/DMARC fail at mx1 (spoofed)"),
           auth=("fail", "none", "fail"), ip="185.220.101.34", rcv_host="vps-2231.hostkita.net")

    # ------------------------------------------------------------------ client replies
    r = D.rem("R11")
    when = dt("2026-12-01", "10:20", 7)
    D.mail("balas_laut_hari_tanggal", when, C["laut"], [BOT_ADDR], "Re: " + r["subject"],
           text(reply_body(D, "R11", f"Selamat siang,\n\nKedua tagihan ({N(205)} dan {N(226)}) akan kami transfer hari "
                                     "Kamis, 10 Desember 2026.\n\nTerima kasih,\nKeuangan CV Laut Biru",
                           when_line=f"Pada tanggal Sen, 30 Nov 2026 pukul 09.30, {BOT_NAME} <{BOT}> menulis:")),
           label("client_reply", "id", invoice_numbers=f"{N(205)};{N(226)}", intent="promise",
                 promised_date="2026-12-10", original_message_id=r["id"]),
           **reply_refs(D, "R11"))

    r = D.rem("R6")
    when = dt("2026-11-20", "14:00", 7)
    D.mail("balas_medika_akhir_bulan", when, C["medika"], [BOT_ADDR], "Re: " + r["subject"],
           text(reply_body(D, "R6", f"Baik Bu, untuk {N(217)} akan kami bayarkan akhir bulan ini.\n\nSalam,\nKeuangan RS "
                                    "Medika Sehat", when_line=f"Pada 20/11/2026 09.30, {BOT_NAME} menulis:")),
           label("client_reply", "id", invoice_numbers=N(217), intent="promise", promised_date="2026-11-30",
                 original_message_id=r["id"], note="'akhir bulan ini' written 20 Nov -> 30 Nov"),
           **reply_refs(D, "R6"))

    r = D.rem("R8")
    when = dt("2026-11-30", "11:15", 7)
    D.mail("balas_vaksin_bersyarat", when, ("Budi Hartono", "hutang@vaksindo.co.id"), [BOT_ADDR], "Re: " + r["subject"],
           text(reply_body(D, "R8", f"Pak/Bu,\n\nUntuk {N(222)}, kalau pembayaran dari Dinas Kesehatan sudah masuk ke "
                                    "rekening kami, kami bayar tanggal 15 Desember 2026. Saat ini masih menunggu.\n\n"
                                    "Budi", when_line=f"Pada 24/11/2026, {BOT_NAME} menulis:")),
           label("client_reply", "id", invoice_numbers=N(222), intent="promise", promised_date="2026-12-15",
                 needs_human=True, original_message_id=r["id"], note="conditional promise"),
           **reply_refs(D, "R8"))

    r = D.rem("R1")
    when = dt("2026-11-20", "15:30", 7)
    D.mail("balas_farma_sudah_bayar_pph23", when, C["farma"], [BOT_ADDR], "RE: " + r["subject"],
           multipart("mixed", [text(reply_body(D, "R1", f"Dengan hormat,\n\nInvoice {N(198)} sudah kami bayar hari ini "
                                                        "sebesar Rp 136.250.000 (setelah dipotong PPh 23 Rp 2.500.000). "
                                                        "Bukti potong PPh 23 terlampir.\n\nHormat kami,\nHutang Dagang",
                                               "outlook")),
                               invoice_pdf(["BUKTI PEMOTONGAN PPh PASAL 23", "Pemotong: PT Nusantara Farma Distribusi",
                                            "Dipotong: PT Harrowgate Cold Chain Indonesia", "DPP Rp 125.000.000",
                                            "Tarif 2%  PPh Rp 2.500.000", "Tanggal 20/11/2026"], "BP-PPh23-1198.pdf")],
                     "id31"),
           label("client_reply", "id", invoice_numbers=N(198), intent="paid", amount="136250000.00", currency="IDR",
                 payment_date="2026-11-20", needs_human=True, original_message_id=r["id"],
                 note="paid net of PPh 23 with withholding slip"),
           **reply_refs(D, "R1"))

    r = D.rem("R12")
    when = dt("2026-12-01", "13:40", 8)
    D.mail("balas_bali_sengketa", when, C["bali"], [BOT_ADDR], "Re: " + r["subject"],
           text(reply_body(D, "R12", f"Halo,\n\nKami keberatan dengan {N(228)}. Freezer unit 3 mati dua hari (17-18 "
                                     "November) dan 40 kg gelato rusak. Kami minta tagihan dikoreksi dulu sebelum "
                                     "dibayar.\n\nAccounting Bali Gelato")),
           label("client_reply", "id", invoice_numbers=N(228), intent="dispute", needs_human=True,
                 original_message_id=r["id"]),
           **reply_refs(D, "R12"))

    r = D.rem("R5")
    when = dt("2026-11-20", "08:10", 9)
    D.mail("balas_papua_cicilan", when, C["papua"], [BOT_ADDR], "Re: " + r["subject"],
           text(reply_body(D, "R5", f"Selamat pagi,\n\nMohon keringanan, hasil tangkapan sedang turun. Apakah {N(209)} "
                                    "bisa kami cicil 3 kali, masing-masing Rp 4.070.000 mulai Desember?\n\nHormat kami,\n"
                                    "CV Hasil Laut Papua")),
           label("client_reply", "id", invoice_numbers=N(209), intent="plan", needs_human=True,
                 original_message_id=r["id"], note="sender address was bounced as spam-blocked earlier; reply arrived anyway"),
           **reply_refs(D, "R5"), mailer="UA:Yahoo Mail")

    r = D.rem("R2")
    when = dt("2026-11-13", "09:05", 7)
    D.mail("balas_laut_berhenti_informal", when, ("Andi Saputra", "andi.saputra88@gmail.com"), [BOT_ADDR],
           "Re: " + r["subject"],
           text(reply_body(D, "R2", "Tolong berhenti kirim email ke saya ya. Saya sudah tidak kerja di CV Laut Biru "
                                    "sejak Oktober, jadi jangan hubungi saya lagi soal tagihan ini.\n\nAndi")),
           label("client_reply", "id", invoice_numbers=N(205), intent="stop", needs_human=True,
                 original_message_id=r["id"], note="former employee from a private address; stop for this person"),
           **reply_refs(D, "R2"))

    r = D.rem("R14")
    when = dt("2026-11-18", "13:20", 7)
    D.mail("balas_kopi_belum_terima", when, C["kopi"], [BOT_ADDR], "Re: " + r["subject"],
           text(reply_body(D, "R14", f"Siang,\n\nInvoice {N(220)} belum kami terima. Mohon dikirim ulang beserta faktur "
                                     "pajaknya ke alamat ini ya.\n\nAP Kopi Dingin")),
           label("client_reply", "id", invoice_numbers=N(220), intent="not_received", original_message_id=r["id"]),
           **reply_refs(D, "R14"))

    r = D.rem("R10")
    when = dt("2026-11-26", "15:00", 7)
    D.mail("balas_es_rekening", when, C["es"], [BOT_ADDR], "Re: " + r["subject"],
           text(reply_body(D, "R10", f"Halo, untuk {N(224)} nomor VA-nya yang mana ya? Bisa bayar pakai QRIS juga?\n\n"
                                     "Tagihan Es Krim Kita")),
           label("client_reply", "id", invoice_numbers=N(224), intent="payment_details", original_message_id=r["id"]),
           **reply_refs(D, "R10"))

    r = D.rem("R13")
    when = dt("2026-12-09", "10:00", 7)
    D.mail("balas_sumber_pertanyaan_coretax", when, ("Lina Kusuma", "lina.kusuma@sumbersegar.co.id"), [BOT_ADDR],
           "Re: " + r["subject"],
           text(reply_body(D, "R13", f"Selamat pagi,\n\nApakah faktur pajak untuk {N(215)} sudah diunggah di Coretax? "
                                     "Kami belum bisa memproses pembayaran sebelum faktur pajaknya muncul di sistem "
                                     "kami.\n\nLina Kusuma\nPajak, PT Sumber Segar Pangan")),
           label("client_reply", "id", invoice_numbers=N(215), intent="question", needs_human=True,
                 original_message_id=r["id"], note="colleague (tax dept) of the reminded contact"),
           cc=[C["sumber"]], **reply_refs(D, "R13"))

    r = D.rem("R3")
    when = dt("2026-11-16", "20:14", 7)
    D.mail("balas_makmur_hp_singkat", when, C["makmur"], [BOT_ADDR], "Re: " + r["subject"],
           text(reply_body(D, "R3", "ok bu, bsk sy transfer\n\nDikirim dari Yahoo Mail di Android", style="gmail",
                           when_line=f"Pada Sen, 16 Nov 2026 pada 9:30, {BOT_NAME}<{BOT}> menulis:")),
           label("client_reply", "id", invoice_numbers=N(211), intent="promise", promised_date="2026-11-17",
                 original_message_id=r["id"], note="phone-typed 'bsk' = besok (tomorrow)"),
           **reply_refs(D, "R3"))

    r4, r15 = D.rem("R4"), D.rem("R15")
    when = dt("2026-12-04", "11:30", 8)
    D.mail("reply_lion_two_reminders_english", when, C["lion"], [BOT_ADDR], "RE: " + r15["subject"],
           text(reply_body(D, "R15", f"Hi,\n\nReplying to both of your reminders: {N(214)} (USD 8,900.00) was remitted on "
                                     f"20 November, please check your USD account. {N(230)} (USD 4,250.00) has been paid "
                                     "today, 4 December.\n\nRegards,\nKelvin Lim\nLion Cold Logistics", "outlook")),
           label("client_reply", "en", invoice_numbers=f"{N(214)};{N(230)}", intent="paid", amount="13150.00",
                 currency="USD", original_message_id=r15["id"],
                 note="English reply answering two reminders (R4+R15); two paid claims, different dates; amount = sum"),
           irt=r15["id"], refs=[r4["id"], r15["id"]])

    r = D.rem("R6")
    when = dt("2026-12-03", "09:45", 7)
    D.mail("balas_medika_asisten", when, ("Sekretariat Direksi RS Medika", "sekretariat@rsmedikasehat.co.id"),
           [BOT_ADDR], "Fw: " + r["subject"],
           text(reply_body(D, "R6", f"Dengan hormat,\n\nSaya sekretaris Bapak Dr. Hendra (Direktur Keuangan). Beliau sudah "
                                    f"menyetujui pembayaran {N(217)} dan dana akan ditransfer paling lambat Jumat, 11 "
                                    "Desember 2026. Mohon maaf atas keterlambatannya.\n\nHormat kami,\nSekretariat Direksi",
                           "outlook")),
           label("client_reply", "id", invoice_numbers=N(217), intent="promise", promised_date="2026-12-11",
                 original_message_id=r["id"], note="assistant on behalf of the finance director; later than earlier promise"),
           cc=[C["medika"]], **reply_refs(D, "R6"))

    # ------------------------------------------------------------------ staff
    when = dt("2026-12-04", "15:10", 7)
    D.mail("staff_paid_command", when, RIZKY, [BOT_ADDR], f"paid {N(211)}",
           text(f"paid {N(211)} 1665000 IDR 2026-12-04\n\nTunai di kasir.\n"),
           label("staff_command", "id", invoice_numbers=N(211), amount="1665000.00", currency="IDR",
                 payment_date="2026-12-04", note="command: paid (cash)"))

    when = dt("2026-12-07", "10:00", 7)
    D.mail("staff_tunda_bali", when, DEWI, [BOT_ADDR], "Tolong tunda pengingat Bali Gelato",
           text(f"Halo,\n\nTolong tunda pengingat untuk {N(228)} (Bali Gelato) sampai 15 Desember. Kami sedang cek klaim "
                "freezer mati dengan tim operasional.\n\nTerima kasih,\nDewi\n"),
           label("staff_command", "id", invoice_numbers=N(228), note="hand-written: pause until 15 Dec"))

    # ------------------------------------------------------------------ other
    when = dt("2026-11-25", "07:00", 7)
    D.mail("newsletter_asosiasi", when, ("Asosiasi Rantai Pendingin Indonesia", "info@arpi-news.or.id"), [("", BOT)],
           "Info ARPI: Webinar standar CDOB & tarif listrik 2027",
           alt("Buletin ARPI November 2026\n\n- Webinar standar CDOB untuk gudang farmasi\n- Tarif listrik industri 2027\n"
               "\nBerhenti berlangganan: https://arpi-news.or.id/unsub\n",
               "<h2>Buletin ARPI</h2><ul><li>Webinar CDOB</li><li>Tarif listrik 2027</li></ul>", "id43"),
           label("other", "id", note="newsletter"),
           extra=[("List-Unsubscribe", "<https://arpi-news.or.id/unsub>"), ("Precedence", "bulk")])

    when = dt("2026-12-10", "11:11", 7)
    D.mail("orang_asing_penawaran", when, ("Hendro Wijaya", "hendro@pestfree.co.id"), [("", BOT)],
           "Penawaran kerja sama pengendalian hama gudang",
           text("Selamat siang Bapak/Ibu,\n\nKami dari PT PestFree Indonesia ingin menawarkan jasa pengendalian hama "
                "untuk gudang berpendingin Anda. Boleh kami jadwalkan presentasi?\n\nSalam,\nHendro Wijaya\n"),
           label("other", "id", needs_human=True, note="stranger, unrelated offer"))

    return D

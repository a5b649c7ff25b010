from mailkit import *
import base64 as _b64

LANG = "id"
STAFF_DOMAIN = "saltmarsh-solar.co.id"
S = lambda n: n + "@" + STAFF_DOMAIN
STAFF = [S("dewi.lestari"), S("arief.pratama"), S("yoga.saputra"), S("finance")]
BANK = "notifikasi@banknusantara.co.id"; PSP = "no-reply@bayarin.id"
NOTIFIERS = [BANK, PSP]
CLIENTS = {
 "pab": ("PT Sinar Jaya Tekstil", "ap@sinarjayatextile.co.id"),
 "hot": ("PT Hotel Bukit Indah Lembang", "finance@bukitindahhotel.com"),
 "kop": ("Koperasi Susu Sari Murni", "keuangan@sarimurni.or.id"),
 "rs": ("RS Medika Harapan", "akunting@rsmedikaharapan.co.id"),
 "min": ("PT Tambang Kalimaya", "ap@kalimaya-mining.com"),
 "sek": ("Yayasan Pendidikan Cahaya Bangsa", "bendahara@cahayabangsa.sch.id"),
 "cold": ("PT Dingin Segar Logistik", "tagihan@dinginsegar.co.id"),
 "jpn": ("PT Nusantara Kogyo", "keiri@nusantara-kogyo.co.id"),
 "th": ("Siam Agro Trading Co., Ltd.", "ap@siamagro.co.th"),
 "kopi": ("Warung Kopi Nusantara", "kopinusantara@gmail.com"),
 "mall": ("PT Plaza Graha Mandiri", "ap.invoice@plazagraha.co.id"),
 "agro": ("PT Agro Lestari Jaya", "ap@agrolestari.co.id"),
}
CONTACTS = [c[1] for c in CLIENTS.values()] + ["budi.santoso@sinarjayatextile.co.id", "rina.wulandari@plazagraha.co.id"]

def R_(key, cl, inv, amt, cur, due, sent, stage):
    return dict(key=key, client=cl, to=CLIENTS[cl][1], invoices=inv, amount=amt, currency=cur, due=due,
                sent=sent, stage=stage, id=botid(sent[:10], "id" + key))
REMINDERS = [
 R_("i1", "pab", ["0131/SSI/X/2026"], "184815000.00", "IDR", "2026-11-16", "2026-11-23 09:00 +0700", "past_due"),
 R_("i2", "hot", ["0139/SSI/XI/2026"], "66600000.00", "IDR", "2026-11-30", "2026-12-07 09:15 +0700", "past_due"),
 R_("i3", "kop", ["0142/SSI/XI/2026"], "27750000.00", "IDR", "2026-12-10", "2026-12-07 08:30 +0700", "pre_due"),
 R_("i4", "rs", ["0128/SSI/X/2026"], "327000000.00", "IDR", "2026-11-13", "2026-11-20 10:00 +0700", "when_pay"),
 R_("i5", "min", ["INV-USD/0007/XI/2026"], "48600.00", "USD", "2026-11-27", "2026-12-04 09:00 +0800", "past_due"),
 R_("i6", "sek", ["0145/SSI/XI/2026"], "19980000.00", "IDR", "2026-12-18", "2026-11-24 09:30 +0700", "arrival_check"),
 R_("i7", "cold", ["0136/SSI/XI/2026", "0137/SSI/XI/2026"], "53280000.00", "IDR", "2026-11-25", "2026-12-02 09:00 +0700", "past_due"),
 R_("i8", "jpn", ["0140/SSI/XI/2026"], "122100000.00", "IDR", "2026-12-01", "2026-12-08 09:00 +0700", "past_due"),
 R_("i9", "th", ["INV-USD/0006/XI/2026"], "12400.00", "USD", "2026-11-20", "2026-11-27 10:00 +0700", "past_due"),
 R_("i10", "kopi", ["0133/SSI/XI/2026"], "8325000.00", "IDR", "2026-11-19", "2026-11-26 10:00 +0700", "past_due"),
 R_("i11", "mall", ["0144/SSI/XI/2026"], "251190000.00", "IDR", "2026-11-30", "2026-12-07 09:45 +0700", "past_due"),
 R_("i12", "pab", ["0126/SSI/X/2026"], "5550000.00", "IDR", "2026-11-06", "2026-11-13 09:00 +0700", "past_due"),
 R_("i13", "agro", ["0135/SSI/XI/2026"], "71040000.00", "IDR", "2026-11-24", "2026-12-01 09:00 +0700", "past_due"),
]
RM = {r["key"]: r for r in REMINDERS}
BLN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]

def rp(a, cur="IDR"):
    if cur == "USD": return "USD " + "{:,.2f}".format(float(a))
    return "Rp " + "{:,.0f}".format(float(a)).replace(",", ".")

def tgl(iso):
    y, m, d = iso.split("-"); return "%d %s %s" % (int(d), BLN[int(m) - 1], y)

def subj(r):
    n = ", ".join(r["invoices"])
    return {"arrival_check": "Invoice %s - apakah sudah diterima?" % n, "pre_due": "Pengingat: invoice %s segera jatuh tempo" % n,
            "past_due": "Pengingat pembayaran invoice %s" % n, "when_pay": "Invoice %s - kapan rencana pembayaran?" % n}[r["stage"]]

def rtext(r):
    return ("Yth. Bapak/Ibu %s,\n\nSemoga Bapak/Ibu dalam keadaan sehat dan usaha berjalan lancar.\n\n"
            "Kami ingin mengingatkan bahwa invoice %s sebesar %s jatuh tempo pada tanggal %s. Apabila pembayaran sudah dilakukan, mohon abaikan email ini.\n\n"
            "Pembayaran dapat ditransfer ke Bank Nusantara, a.n. PT Saltmarsh Surya Indonesia, No. Rek. 123-00-4567890-1 atau Virtual Account 8808 0012 %s.\n\n"
            "Jika ada pertanyaan, silakan balas email ini.\n\nHormat kami,\nTim Keuangan\nPT Saltmarsh Surya Indonesia"
            % (CLIENTS[r["client"]][0], " dan ".join(r["invoices"]), rp(r["amount"], r["currency"]), tgl(r["due"]), r["invoices"][0][:4]))

def gq(r):
    d, t, _ = r["sent"].split()
    return "Pada %s pukul %s, Saltmarsh Surya Finance <%s> menulis:\n%s" % (tgl(d), t, BOT, quote(rtext(r)))

def oq(r):
    d, t, _ = r["sent"].split()
    return ("-----Original Message-----\nFrom: Saltmarsh Surya Finance <%s>\nSent: %s %s\nTo: %s\nSubject: %s\n\n%s" % (BOT, tgl(d), t, r["to"], subj(r), rtext(r)))

def A(dom, **k): return auth(dom, **k)
def cl(k): return addr(*CLIENTS[k])
def dom(a): return a.split("@")[1]

def reply(k, r, when, body, name, sender=None, prefix="RE: ", extra=(), cc=None, sub=None, to=None):
    a = sender or CLIENTS[k][1]
    return msg(addr(name, a), to or "Saltmarsh Surya Finance <%s>" % BOT, sub or prefix + subj(r), when, body,
               auth_=A(dom(a)), irt=r["id"], cc=cc, headers=extra)

def build():
    out = []
    add = lambda slug, raw, lb: out.append((slug, raw, lb))
    # ---------------- invoice ----------------
    body = ("Yth. Ibu Ratna,\n\nBersama ini kami sampaikan invoice atas jasa pemeliharaan PLTS atap periode Desember 2026:\n\n"
            "No. Invoice      : 0151/SSI/XII/2026\nTanggal          : 2 Desember 2026\nDPP              : Rp 45.000.000\nPPN 11%          : Rp 4.950.000\n"
            "Total tagihan    : Rp 49.950.000\nPPh 23 (2% x DPP): (Rp 900.000)\nJumlah yang dibayarkan: Rp 49.050.000\n\n"
            "Jangka waktu pembayaran 30 hari sejak tanggal invoice. Mohon bukti potong PPh 23 dikirimkan ke finance@saltmarsh-solar.co.id.\n\nHormat kami,\nDewi Lestari\nFinance")
    add("rs_medika_pph23", msg(addr("Dewi Lestari", S("dewi.lestari")), cl("rs"), "Invoice 0151/SSI/XII/2026 - Pemeliharaan PLTS", "2026-12-02 10:20 +0700",
        T(body), cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "id", False, inv="0151/SSI/XII/2026", amount="49050000.00", cur="IDR", issue_date="2026-12-02", due_date="2027-01-01",
            payment_terms_days=30, note="PPh 23 withheld: jumlah yang dibayarkan"))
    p = pdf(["PT SALTMARSH SURYA INDONESIA", "INVOICE No. 0152/SSI/XII/2026", "Tanggal: 03-12-2026", "Kepada: PT Plaza Graha Mandiri",
             "Panel surya 550 Wp x 40 unit", "DPP Rp 120.000.000", "PPN 11% Rp 13.200.000", "TOTAL Rp 133.200.000", "Jatuh tempo: 14 hari setelah tanggal invoice"])
    add("plaza_pdf_only", msg(addr("Finance Saltmarsh Surya", S("finance")), cl("mall"), "Invoice PT Saltmarsh Surya Indonesia", "2026-12-03 15:00 +0700",
        M("mixed", [T("Dengan hormat,\n\nTerlampir invoice kami. Terima kasih.\n\nFinance\nPT Saltmarsh Surya Indonesia"), B("application/pdf", p, "invoice.pdf")]), cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "id", False, inv="0152/SSI/XII/2026", amount="133200000.00", cur="IDR", issue_date="2026-12-03", due_date="2026-12-17", payment_terms_days=14,
            note="figures only in PDF"))
    body = ("Dear Mr Hartono,\n\nPlease find attached our invoice INV-USD/0009/XII/2026 dated 4 December 2026 for the hybrid PV-diesel controller at the Kalimaya camp site.\n\n"
            "Amount: USD 36,250.00\n(setara Rp 575.287.500 dengan kurs JISDOR 15.870, hanya sebagai informasi)\nTerms: Net 30\n\nBest regards,\nArief Pratama\nProject Finance")
    add("kalimaya_usd", msg(addr("Arief Pratama", S("arief.pratama")), cl("min"), "Invoice INV-USD/0009/XII/2026", "2026-12-04 11:00 +0700",
        M("mixed", [T(body), B("application/pdf", pdf(["INVOICE INV-USD/0009/XII/2026", "Total USD 36,250.00"]), "INV-USD-0009-XII-2026.pdf")]), cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "en", False, inv="INV-USD/0009/XII/2026", amount="36250.00", cur="USD", issue_date="2026-12-04", due_date="2027-01-03", payment_terms_days=30,
            note="USD invoice on IDR desk; IDR equivalent for information; English with Indonesian aside"))
    body = ("Yth. Bapak Hendra,\n\nBerikut kami sampaikan tagihan termin ke-2 proyek PLTS atap 1,2 MWp pabrik Cikarang:\n\n"
            "Nilai kontrak (DPP)            : Rp 1.850.000.000\nTermin 2 (30% x nilai kontrak) : Rp 555.000.000\nPPN 11%                        : Rp 61.050.000\n"
            "Total tagihan termin 2         : Rp 616.050.000\n\nNo. invoice 0155/SSI/XII/2026, tanggal 7 Desember 2026.\n"
            "Pembayaran paling lambat 14 hari kalender setelah Berita Acara Serah Terima (BAST) tahap 2 ditandatangani.\n\nHormat kami,\nYoga Saputra\nProject Manager")
    add("sinarjaya_termin_bast", msg(addr("Yoga Saputra", S("yoga.saputra")), cl("pab"), "Tagihan Termin 2 - PLTS Cikarang", "2026-12-07 16:30 +0700",
        T(body), cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "id", True, inv="0155/SSI/XII/2026", amount="616050000.00", cur="IDR", issue_date="2026-12-07", payment_terms_days=14,
            note="terms from BAST signing -> no due date; contract value vs stage"))
    html = ("<html><body><p>Yth. Bapak/Ibu Bagian Keuangan,</p><p>Terlampir rincian tagihan pembersihan panel &amp; inspeksi inverter &ndash; November 2026:</p>"
            "<table><tr><td>No. Invoice</td><td>0149/SSI/XI/2026</td></tr><tr><td>Tanggal</td><td>30 November 2026</td></tr>"
            "<tr><td>Total</td><td>Rp 13.875.000 (termasuk PPN 11%)</td></tr><tr><td>Jatuh tempo</td><td>15 Desember 2026</td></tr></table>"
            "<p>Catatan: sisa tagihan sebelumnya 0139/SSI/XI/2026 sebesar Rp 66.600.000 belum termasuk dalam invoice ini.</p><p>Salam,<br>Finance \x96 PT Saltmarsh Surya Indonesia</p></body></html>")
    add("bukitindah_html_1252", msg(addr("Finance Saltmarsh Surya", S("finance")), cl("hot"), "Invoice pembersihan panel November", "2026-11-30 17:05 +0700",
        T(html.replace("\x96", "–"), "html", "windows-1252", "quoted-printable"), cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "id", False, inv="0149/SSI/XI/2026", amount="13875000.00", cur="IDR", issue_date="2026-11-30", due_date="2026-12-15",
            note="HTML-only windows-1252; older open balance mentioned"))
    add("sarimurni_bcc_on_receipt", msg(addr("Dewi Lestari", S("dewi.lestari")), cl("kop"), "Invoice 0150/SSI/XII/2026", "2026-12-01 09:40 +0700",
        T("Selamat pagi Bu Siti,\n\nTerlampir invoice 0150/SSI/XII/2026 tanggal 1 Desember 2026 untuk penggantian 2 unit optimizer sebesar Rp 7.770.000 (termasuk PPN).\nPembayaran: segera setelah invoice diterima.\n\nTerima kasih,\nDewi"),
        auth_=A(STAFF_DOMAIN), headers=[("Delivered-To", BOT)]),
        lab("invoice_copy", "id", False, inv="0150/SSI/XII/2026", amount="7770000.00", cur="IDR", issue_date="2026-12-01", due_date="2026-12-01",
            note="Bcc-only; due on receipt -> issue date"))
    add("dinginsegar_dua_invoice", msg(addr("Arief Pratama", S("arief.pratama")), cl("cold"), "Invoice 0153 & 0154/SSI/XII/2026", "2026-12-08 13:10 +0700",
        T("Dengan hormat,\n\nKami kirimkan dua invoice sebagai berikut:\n1. 0153/SSI/XII/2026 - Instalasi monitoring gudang Bekasi - Rp 11.100.000\n2. 0154/SSI/XII/2026 - Kabel & konektor tambahan - Rp 3.330.000\n\n"
          "Keduanya bertanggal 8 Desember 2026 (termasuk PPN 11%), jangka waktu pembayaran 30 hari.\n\nHormat kami,\nArief Pratama"),
        cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "id", True, inv="0153/SSI/XII/2026;0154/SSI/XII/2026", amount="14430000.00", cur="IDR", issue_date="2026-12-08", due_date="2027-01-07",
            payment_terms_days=30, note="two invoices in one mail; subject abbreviates the first number"))
    add("siamagro_subject_only", msg(addr("Arief Pratama", S("arief.pratama")), cl("th"), "INV-USD/0010/XII/2026 - spare inverter", "2026-12-07 10:25 +0700",
        T("Dear Khun Somchai,\n\nAs requested, we shipped the spare 50 kW inverter to your Chachoengsao warehouse today. The amount is USD 4,800.00 (no VAT, export).\n"
          "Payment within 30 days from the invoice date, 7 December 2026, by telegraphic transfer to our USD account.\n\nKind regards,\nArief Pratama\nPT Saltmarsh Surya Indonesia"),
        cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "en", False, inv="INV-USD/0010/XII/2026", amount="4800.00", cur="USD", issue_date="2026-12-07", due_date="2027-01-06", payment_terms_days=30,
            note="number only in subject; no attachment"))

    # ---------------- read receipts ----------------
    r = RM["i3"]
    add("sarimurni_mdn", msg(cl("kop"), BOT, "Tanda Terima (ditampilkan) - " + subj(r), "2026-12-07 10:02 +0700",
        mdn("Ini adalah tanda terima untuk surat yang Anda kirim ke keuangan@sarimurni.or.id.\n\nCatatan: Tanda terima ini hanya menyatakan bahwa pesan telah ditampilkan di komputer penerima.",
            "Mozilla Thunderbird", r["to"], r["id"], "manual-action/MDN-sent-manually; displayed"), auth_=A("sarimurni.or.id")),
        lab("read_receipt", "id", False, inv="0142/SSI/XI/2026", original_message_id=r["id"]))
    r = RM["i11"]
    add("plaza_outlook_dibaca", msg(cl("mall"), BOT, "Dibaca: " + subj(r), "2026-12-07 13:20 +0700",
        mdn("Pesan Anda\n\n  Kepada: ap.invoice@plazagraha.co.id\n  Subjek: %s\n  Terkirim: 07 Desember 2026 9:45:00 (UTC+07:00) Bangkok, Hanoi, Jakarta\n\ntelah dibaca pada 07 Desember 2026 13:20:11 (UTC+07:00) Bangkok, Hanoi, Jakarta." % subj(r),
            "Microsoft Outlook 16.0", r["to"], r["id"], "automatic-action/MDN-sent-automatically; displayed", orig_hdrs=rem_headers(r, subj(r))), auth_=A("plazagraha.co.id")),
        lab("read_receipt", "id", False, inv="0144/SSI/XI/2026", original_message_id=r["id"]))
    r = RM["i8"]
    add("kogyo_dihapus", msg(cl("jpn"), BOT, "Tidak dibaca: " + subj(r), "2026-12-08 17:55 +0700",
        mdn("Pesan Anda\n\n  Kepada: keiri@nusantara-kogyo.co.id\n  Subjek: %s\n\ndihapus tanpa dibaca pada 08 Desember 2026 17:55:02." % subj(r),
            "Microsoft Outlook 16.0", r["to"], r["id"], "manual-action/MDN-sent-manually; deleted"), auth_=A("nusantara-kogyo.co.id")),
        lab("read_receipt", "id", True, inv="0140/SSI/XI/2026", original_message_id=r["id"], note="deleted without being read"))

    # ---------------- bounces ----------------
    r = RM["i10"]
    human = ("** Address not found **\n\nYour message wasn't delivered to kopinusantara@gmail.com because the address couldn't be found, or is unable to receive mail.\n\n"
             "The response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.\n")
    add("kopi_gmail_nouser", msg("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", BOT, "Delivery Status Notification (Failure)", "2026-11-26 10:01 +0700",
        dsn(human, "mx.google.com", [dict(rcpt=r["to"], action="failed", status="5.1.1", remote="gmail-smtp-in.l.google.com",
            diag="550-5.1.1 The email account that you tried to reach does not exist.")], rem_headers(r, subj(r)), "2026-11-26 10:00 +0700", rfc822=True, orig_body=rtext(r)),
        auth_=A("googlemail.com", mailfrom="<>")),
        lab("bounce", "en", False, inv="0133/SSI/XI/2026", failed_recipients=r["to"], bounce_permanent=True, original_message_id=r["id"], bounce_reason="user_unknown"))
    r = RM["i1"]
    human = ("Your message to budi.santoso@sinarjayatextile.co.id couldn't be delivered.\n\nbudi.santoso wasn't found at sinarjayatextile.co.id.\n\n"
             "Action Required: Recipient\nUnknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist.\n\nMore Info for Email Admins\nStatus code: 550 5.1.10\n"
             "Original message headers are attached.\n")
    hdr = rem_headers(r, subj(r)).replace("To: " + r["to"], "To: " + r["to"] + "\nCc: budi.santoso@sinarjayatextile.co.id")
    add("sinarjaya_m365_cc", msg("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@sinarjayatextile.co.id>", BOT, "Undeliverable: " + subj(r), "2026-11-23 09:01 +0700",
        dsn(human, "SG2PR06MB5001.apcprd06.prod.outlook.com", [dict(rcpt="budi.santoso@sinarjayatextile.co.id", action="failed", status="5.1.10",
            remote="sinarjayatextile-co-id.mail.protection.outlook.com", diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")],
            hdr, "2026-11-23 09:00 +0700"), auth_=A("sinarjayatextile.co.id", mailfrom="<>")),
        lab("bounce", "en", False, inv="0131/SSI/X/2026", failed_recipients="budi.santoso@sinarjayatextile.co.id", bounce_permanent=True,
            original_message_id=r["id"], bounce_reason="user_unknown", note="one of two recipients (Cc) failed"))
    r = RM["i2"]
    human = ("This is the mail system at host mx1.saltmarsh-solar.com.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
             "####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
             "<finance@bukitindahhotel.com>: host mail.bukitindahhotel.com[192.0.2.201] said: 451\n    4.7.1 Greylisted, please try again later (in reply to RCPT TO command)\n")
    add("bukitindah_greylist_delay", msg("MAILER-DAEMON@mx1.saltmarsh-solar.com (Mail Delivery System)", BOT, "Delayed Mail (still being retried)", "2026-12-07 13:20 +0700",
        dsn(human, "mx1.saltmarsh-solar.com", [dict(rcpt=r["to"], action="delayed", status="4.7.1", remote="mail.bukitindahhotel.com",
            diag="451 4.7.1 Greylisted, please try again later", until="2026-12-12 09:15 +0700")], rem_headers(r, subj(r)), "2026-12-07 09:15 +0700"),
        auth_=A("saltmarsh-solar.com", mailfrom="<>")),
        lab("bounce", "en", False, inv="0139/SSI/XI/2026", failed_recipients=r["to"], bounce_permanent=False, original_message_id=r["id"], bounce_reason="other", note="delay warning"))
    r = RM["i5"]
    human = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
             "  ap@kalimaya-mining.com\n    retry timeout exceeded\n    Mailbox quota exceeded (mailbox for user is full)\n")
    add("kalimaya_cpanel_full", msg("Mail Delivery System <Mailer-Daemon@server12.kalimaya-mining.com>", BOT, "Mail delivery failed: returning message to sender", "2026-12-08 09:02 +0800",
        T(human + "\n------ This is a copy of the message, including all the headers. ------\n\n" + rem_headers(r, subj(r)) + "\n" + rtext(r)),
        auth_=A("server12.kalimaya-mining.com", mailfrom="<>"), headers=[("X-Failed-Recipients", r["to"]), ("Auto-Submitted", "auto-replied")]),
        lab("bounce", "en", False, inv="INV-USD/0007/XI/2026", failed_recipients=r["to"], bounce_permanent=True, original_message_id=r["id"], bounce_reason="mailbox_full",
            note="non-DSN Exim/cPanel bounce, quota given up"))
    r = RM["i4"]
    human = ("This is the mail system at host mx1.saltmarsh-solar.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
             "<akunting@rsmedikaharapan.co.id>: Host or domain name not found. Name service error\n    for name=rsmedikaharapan.co.id type=MX: Host not found\n")
    add("rsmedika_dns", msg("MAILER-DAEMON@mx1.saltmarsh-solar.com (Mail Delivery System)", BOT, "Undelivered Mail Returned to Sender", "2026-11-20 10:00 +0700",
        dsn(human, "mx1.saltmarsh-solar.com", [dict(rcpt=r["to"], action="failed", status="5.4.4", diag="Host or domain name not found. Name service error for name=rsmedikaharapan.co.id type=MX: Host not found")],
            rem_headers(r, subj(r)), "2026-11-20 10:00 +0700", rfc822=True, orig_body=rtext(r)), auth_=A("saltmarsh-solar.com", mailfrom="<>")),
        lab("bounce", "en", False, inv="0128/SSI/X/2026", failed_recipients=r["to"], bounce_permanent=True, original_message_id=r["id"], bounce_reason="other"))

    # ---------------- auto replies ----------------
    r = RM["i7"]
    add("dinginsegar_cuti", msg(addr("Maya Kusuma", r["to"]), BOT, "Balasan Otomatis: " + subj(r), "2026-12-02 09:01 +0700",
        T("Terima kasih atas email Anda.\n\nSaya sedang cuti sampai dengan 11 Desember 2026. Untuk keperluan mendesak silakan menghubungi Sdr. Fajar di fajar@dinginsegar.co.id.\n\nSalam,\nMaya Kusuma"),
        auth_=A("dinginsegar.co.id"), irt=r["id"], headers=[("Auto-Submitted", "auto-replied")]),
        lab("auto_reply", "id", False, inv="0136/SSI/XI/2026;0137/SSI/XI/2026", return_date="2026-12-14", original_message_id=r["id"]))
    r = RM["i8"]
    add("kogyo_japanese", msg(addr("経理部 佐藤", r["to"]), BOT, "自動応答: " + subj(r), "2026-12-08 09:01 +0700",
        T("お世話になっております。\n\n誠に勝手ながら、12月9日（水）から12月11日（金）まで出張のため不在にしております。\n12月14日（月）より通常業務に戻ります。\n期間中のご連絡にはお返事が遅れますことをご了承ください。\n\nPT Nusantara Kogyo 経理部\n佐藤 健一",
          cs="iso-2022-jp", cte="7bit"), auth_=A("nusantara-kogyo.co.id"), irt=r["id"], headers=[("Auto-Submitted", "auto-replied")], subj_cs="iso-2022-jp"),
        lab("auto_reply", "ja", False, inv="0140/SSI/XI/2026", return_date="2026-12-14", original_message_id=r["id"], note="Japanese, iso-2022-jp"))
    r = RM["i9"]
    add("siamagro_thai", msg(addr("Siam Agro Accounts", r["to"]), BOT, "ตอบกลับอัตโนมัติ: " + subj(r), "2026-11-27 10:01 +0700",
        T("เรียน ผู้ส่ง\n\nดิฉันลาพักร้อนตั้งแต่วันที่ 27 พฤศจิกายน ถึง 4 ธันวาคม 2569 และจะกลับมาทำงานในวันจันทร์ที่ 7 ธันวาคม 2569\nหากมีเรื่องเร่งด่วน กรุณาติดต่อ finance@siamagro.co.th\n\nขอบคุณค่ะ\nพรทิพย์",
          cs="tis-620", cte="base64"), auth_=A("siamagro.co.th"), irt=r["id"], headers=[("Auto-Submitted", "auto-replied")]),
        lab("auto_reply", "th", False, inv="INV-USD/0006/XI/2026", return_date="2026-12-07", original_message_id=r["id"], note="Thai, Buddhist-era year 2569"))
    r = RM["i11"]
    add("plaza_sudah_tidak_bekerja", msg(addr("Rina Wulandari", "rina.wulandari@plazagraha.co.id"), BOT, "Automatic reply: " + subj(r), "2026-12-07 09:46 +0700",
        T("Yth. Bapak/Ibu,\n\nTerhitung sejak 1 Desember 2026 saya sudah tidak bekerja lagi di PT Plaza Graha Mandiri. Email ini tidak lagi dipantau.\n"
          "Untuk urusan tagihan dan pembayaran mohon menghubungi ap.invoice@plazagraha.co.id.\n\nTerima kasih."),
        auth_=A("plazagraha.co.id"), irt=r["id"], headers=[("Auto-Submitted", "auto-replied")]),
        lab("auto_reply", "id", True, inv="0144/SSI/XI/2026", original_message_id=r["id"], note="left-company notice"))
    r = RM["i6"]
    add("cahayabangsa_libur", msg(addr("Bendahara Yayasan", r["to"]), BOT, "Re: " + subj(r), "2026-11-24 09:31 +0700",
        T("Terima kasih, email Bapak/Ibu telah kami terima.\n\nKantor yayasan libur akhir semester mulai 23 November hingga 3 Januari 2027. Kami akan kembali melayani pada hari Senin, 4 Januari 2027.\n\n(Pesan ini dikirim secara otomatis)"),
        auth_=A("cahayabangsa.sch.id")),
        lab("auto_reply", "id", False, inv="0145/SSI/XI/2026", return_date="2027-01-04", note="no auto headers, no threading"))

    # ---------------- challenge ----------------
    r = RM["i2"]
    add("bukitindah_spamarrest", msg("finance@bukitindahhotel.com <verify@spamarrest.com>", BOT, "Please verify your email to finance@bukitindahhotel.com", "2026-12-07 09:16 +0700",
        T("Hello,\n\nI use Spam Arrest to protect my inbox. Your message with subject\n\n   \"%s\"\n\nhas been held. Please click the link below to verify that you are a real person, and your message will be delivered:\n\n"
          "https://www.spamarrest.com/a2?AB3kQ8xZ\n\nYou will only need to do this once.\n\nThank you,\nfinance@bukitindahhotel.com" % subj(r)),
        auth_=A("spamarrest.com"), headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "junk")]),
        lab("challenge", "en", True, inv="0139/SSI/XI/2026", note="SpamArrest challenge"))

    # ---------------- payments ----------------
    add("sarimurni_bifast", msg("Bank Nusantara <notifikasi@banknusantara.co.id>", BOT, "Notifikasi Dana Masuk - BI-FAST", "2026-12-09 11:04 +0700",
        T("Yth. Nasabah PT SALTMARSH SURYA INDONESIA,\n\nDana masuk ke rekening Anda melalui BI-FAST:\n\nTanggal       : 09-12-2026 11:03:52 WIB\nNominal       : Rp 27.750.000,00\nDari          : KOPERASI SUSU SARI MURNI\nBank Pengirim : BANK RAKYAT\n"
          "Berita       : PEMB INV 0142/SSI/XI/2026\nNo. Referensi : 20261209BRINIDJA010O0212345678\n\nTerima kasih telah menggunakan layanan Bank Nusantara."),
        auth_=A("banknusantara.co.id")),
        lab("payment_confirmation", "id", False, inv="0142/SSI/XI/2026", amount="27750000.00", cur="IDR", payment_date="2026-12-09", payment_full=True))
    add("kopi_va_bayarin", msg("Bayarin <no-reply@bayarin.id>", BOT, "Pembayaran Virtual Account berhasil - Rp 8.325.000", "2026-12-01 14:22 +0700",
        M("alternative", [T("Pembayaran diterima\n\nMerchant      : PT Saltmarsh Surya Indonesia\nNo. VA        : 8808 0012 0133\nNama pembayar : WARUNG KOPI NUSANTARA\nKeterangan    : Invoice 0133/SSI/XI/2026\n"
          "Tanggal bayar : 1 Desember 2026 14:21 WIB\nJumlah dibayar: Rp 8.325.000\nBiaya layanan : Rp 4.440\nDana diteruskan: Rp 8.320.560 (H+1)\n"),
          T("<p>Pembayaran diterima &ndash; Invoice 0133/SSI/XI/2026, Jumlah dibayar <b>Rp 8.325.000</b></p>", "html")]), auth_=A("bayarin.id")),
        lab("payment_confirmation", "id", False, inv="0133/SSI/XI/2026", amount="8325000.00", cur="IDR", payment_date="2026-12-01", payment_full=True, note="virtual account via PSP"))
    add("rsmedika_net_pph23", msg("Bank Nusantara <notifikasi@banknusantara.co.id>", BOT, "Notifikasi Dana Masuk - RTGS", "2026-12-04 15:40 +0700",
        T("Yth. Nasabah PT SALTMARSH SURYA INDONESIA,\n\nDana masuk ke rekening Anda melalui RTGS:\n\nTanggal Valuta: 04-12-2026\nNominal       : Rp 327.000.000,00\nDari          : RS MEDIKA HARAPAN\n"
          "Berita       : INV 0128/SSI/X/2026 NET PPH23 6.000.000\n\nTerima kasih telah menggunakan layanan Bank Nusantara."),
        auth_=A("banknusantara.co.id")),
        lab("payment_confirmation", "id", True, inv="0128/SSI/X/2026", amount="327000000.00", cur="IDR", payment_date="2026-12-04", payment_full=True,
            note="net of PPh 23 equal to payable amount; a person confirms the bukti potong"))
    mt = ("{1:F01BNUSIDJAXXXX0000000000}{2:O1031012261208KASITHBKXXXX}{4:\n:20:SA26120800417\n:23B:CRED\n:32A:261208USD12375,00\n:33B:USD12400,00\n:50K:/0458812931\nSIAM AGRO TRADING CO LTD\nBANGKOK TH\n"
          ":59:/1230045678902\nPT SALTMARSH SURYA INDONESIA\n:70:INV-USD/0006/XI/2026\n:71A:SHA\n:71F:USD25,00\n-}")
    add("siamagro_mt103", msg("Bank Nusantara Trade <notifikasi@banknusantara.co.id>", BOT, "Incoming Remittance USD 12,375.00", "2026-12-08 14:10 +0700",
        T("Yth. Nasabah,\n\nKami informasikan bahwa rekening USD Anda telah dikreditkan dengan tanggal valuta 08/12/2026.\n\n" + mt + "\n\nBank Nusantara"), auth_=A("banknusantara.co.id")),
        lab("payment_confirmation", "id", False, inv="INV-USD/0006/XI/2026", amount="12400.00", cur="USD", payment_date="2026-12-08", payment_full=True,
            note="33B instructed 12,400 vs 32A 12,375 after charges"))
    add("dinginsegar_dua_tanpa_rincian", msg("Bank Nusantara <notifikasi@banknusantara.co.id>", BOT, "Notifikasi Dana Masuk - Transfer Online", "2026-12-10 10:12 +0700",
        T("Yth. Nasabah PT SALTMARSH SURYA INDONESIA,\n\nDana masuk ke rekening Anda:\n\nTanggal       : 10-12-2026\nNominal       : Rp 50.000.000,00\nDari          : PT DINGIN SEGAR LOGISTIK\nBerita        : BYR INV 0136 0137\n\nTerima kasih."),
        auth_=A("banknusantara.co.id")),
        lab("payment_confirmation", "id", True, inv="0136/SSI/XI/2026;0137/SSI/XI/2026", amount="50000000.00", cur="IDR", payment_date="2026-12-10", payment_full=False,
            note="one payment for two invoices (53,280,000) without split; short numbers in reference; not derivable -> human"))

    # ---------------- client replies ----------------
    r = RM["i2"]
    add("bukitindah_janji", reply("hot", r, "2026-12-08 10:05 +0700",
        T("Selamat pagi,\n\nMohon maaf atas keterlambatannya. Invoice 0139/SSI/XI/2026 akan kami transfer pada tanggal 15 Desember 2026.\n\nSalam,\nLina Marlina\nFinance Manager\n\n" + oq(r)), "Lina Marlina"),
        lab("client_reply", "id", False, inv="0139/SSI/XI/2026", intent="promise", promised_date="2026-12-15"))
    r = RM["i5"]
    add("kalimaya_rekening", reply("min", r, "2026-12-04 13:30 +0800",
        T("Yth. Bapak/Ibu,\n\nSebelum kami memproses pembayaran INV-USD/0007/XI/2026, mohon konfirmasi nomor rekening USD Anda. Minggu lalu kami menerima email yang menyatakan rekening Anda berubah ke bank lain.\n\n"
          "Regards,\nHartono\nAP Supervisor, PT Tambang Kalimaya (Balikpapan, WITA)\n\n" + oq(r)), "Hartono"),
        lab("client_reply", "id", True, inv="INV-USD/0007/XI/2026", intent="question", note="bank details / possible fraud; English sign-off"))
    r = RM["i11"]
    add("plaza_jumlah_panel", reply("mall", r, "2026-12-08 15:45 +0700",
        T("Dengan hormat,\n\nSetelah kami cek di lapangan bersama tim teknik, jumlah panel yang terpasang di atap gedung parkir adalah 180 unit, bukan 200 unit sebagaimana tercantum di invoice 0144/SSI/XI/2026.\n"
          "Kami tidak dapat memproses pembayaran sebelum invoice direvisi.\n\nHormat kami,\nAndi Wijaya\nAccounts Payable\n\n" + oq(r)), "Andi Wijaya"),
        lab("client_reply", "id", True, inv="0144/SSI/XI/2026", intent="dispute"))
    r = RM["i1"]
    add("sinarjaya_cicilan", reply("pab", r, "2026-11-24 10:10 +0700",
        T("Yth. Tim Keuangan PT Saltmarsh Surya Indonesia,\n\nSehubungan dengan kondisi arus kas perusahaan yang sedang ketat, kami mengajukan permohonan agar pembayaran invoice 0131/SSI/X/2026 dapat dilakukan secara bertahap dalam 3 kali cicilan mulai Desember.\n\n"
          "Atas perhatian dan kerja samanya kami ucapkan terima kasih.\n\nHormat kami,\nHendra Gunawan\nManajer Keuangan\n\n" + oq(r)), "Hendra Gunawan"),
        lab("client_reply", "id", True, inv="0131/SSI/X/2026", intent="plan_request"))
    r = RM["i6"]
    add("cahayabangsa_hentikan", reply("sek", r, "2026-12-02 08:40 +0700",
        T("Dengan hormat,\n\nBersama ini kami mohon agar pengiriman email pengingat otomatis ke alamat ini dihentikan. Seluruh korespondensi terkait tagihan mohon disampaikan melalui surat resmi kepada Bagian Keuangan Yayasan.\n\n"
          "Demikian kami sampaikan, atas pengertiannya kami ucapkan terima kasih.\n\nHormat kami,\nDra. Sri Handayani\nBendahara Yayasan\n\n" + oq(r)), "Sri Handayani"),
        lab("client_reply", "id", True, inv="0145/SSI/XI/2026", intent="stop"))
    r = RM["i8"]
    ra = pdf(["PT NUSANTARA KOGYO - REMITTANCE ADVICE", "Tanggal transfer: 09-12-2026", "Penerima: PT Saltmarsh Surya Indonesia", "Invoice 0140/SSI/XI/2026  Rp 122.100.000", "Total transfer Rp 122.100.000"])
    add("kogyo_bukti_transfer", reply("jpn", r, "2026-12-09 16:20 +0700",
        M("mixed", [T("Selamat sore,\n\nPembayaran invoice 0140/SSI/XI/2026 telah kami lakukan pada 9 Desember 2026. Terlampir remittance advice sebagai bukti.\n\nTerima kasih,\nAgus Salim\nAccounting\n\n" + gq(r)),
                    B("application/pdf", ra, "remittance_0140.pdf")]), "Agus Salim", sender="agus.salim@nusantara-kogyo.co.id"),
        lab("client_reply", "id", True, inv="0140/SSI/XI/2026", amount="122100000.00", cur="IDR", intent="paid", note="remittance advice PDF"))
    r = RM["i10"]
    add("kopi_hp", reply("kopi", r, "2026-11-30 21:14 +0700",
        T("siap pak besok sy transfer ya lg di jalan ni\n\nDikirim dari Yahoo Mail di Android"), "Bambang", sender="bambang.kopinus@yahoo.co.id", prefix="Re: "),
        lab("client_reply", "id", False, inv="0133/SSI/XI/2026", intent="promise", promised_date="2026-12-01",
            note="phone typing from a new address, threaded to reminder; besok = 1 Dec"))
    r = RM["i7"]
    add("dinginsegar_campur", reply("cold", r, "2026-12-02 14:00 +0700",
        T("Selamat siang Pak, tagihan 0136 dan 0137 sudah masuk jadwal pembayaran kami.\nPayment will be released next week, nanti kami kabari lagi ya.\n\nThanks,\nFajar\n\n" + oq(r)), "Fajar Nugroho",
        sender="fajar@dinginsegar.co.id"),
        lab("client_reply", "id", False, inv="0136/SSI/XI/2026;0137/SSI/XI/2026", intent="promise", promised_date="2026-12-11", note="Indonesian + English; next week -> Fri 11 Dec"))
    r = RM["i5"]
    add("kalimaya_tidak_bisa", reply("min", r, "2026-12-07 16:05 +0800",
        T("Bapak/Ibu,\n\nMohon maaf, kami TIDAK dapat melakukan pembayaran minggu ini seperti yang kami sampaikan sebelumnya, karena masih menunggu persetujuan kantor pusat di Singapura. Kami belum bisa memberikan tanggal baru.\n\nHartono\n\n" + oq(r)), "Hartono"),
        lab("client_reply", "id", True, inv="INV-USD/0007/XI/2026", intent="other", note="withdrawn promise, no new date"))
    r = RM["i4"]
    prev = ("Pada 21 November 2026, Akunting RS Medika Harapan menulis:\n> Invoice 0128/SSI/X/2026 akan kami bayar tanggal 4 Desember 2026 setelah\n> dipotong PPh 23.\n>\n" + quote(gq(r)))
    add("rsmedika_baik_terima_kasih", reply("rs", r, "2026-11-23 08:15 +0700",
        T("Baik, terima kasih.\n\n" + prev), "Akunting RS Medika Harapan", prefix="Re: "),
        lab("client_reply", "id", False, inv="0128/SSI/X/2026", intent="other", note="bare receipt; promise only in quoted thread"))
    r = RM["i13"]
    add("agrolestari_bersyarat", reply("agro", r, "2026-12-02 11:30 +0700",
        T("Pak Arief,\n\nApabila dana termin dari proyek pemerintah kami cair minggu ini, invoice 0135/SSI/XI/2026 akan kami lunasi pada hari Jumat, 11 Desember 2026.\n\nSalam,\nWahyu\nFinance PT Agro Lestari Jaya\n\n" + oq(r)), "Wahyu Hidayat"),
        lab("client_reply", "id", True, inv="0135/SSI/XI/2026", intent="promise", promised_date="2026-12-11", note="conditional promise with a day"))
    r = RM["i1"]
    add("sinarjaya_forward_internal", msg(addr("Hendra Gunawan", "hendra.g@sinarjayatextile.co.id"), addr("Direktur Keuangan", "cfo@sinarjayatextile.co.id"),
        "FW: " + subj(r), "2026-11-24 10:30 +0700",
        T("Pak, mohon arahan untuk tagihan Saltmarsh ini. Apakah kita ajukan cicilan atau bayar penuh akhir bulan?\n\nHendra\n\n" + oq(r)), cc=BOT, auth_=A("sinarjayatextile.co.id")),
        lab("client_reply", "id", False, inv="0131/SSI/X/2026", intent="other", note="internal forward at client, bot in Cc"))
    r = RM["i3"]
    add("sarimurni_ketua", reply("kop", r, "2026-12-07 13:10 +0700",
        T("Selamat siang Bapak/Ibu,\n\nKetua koperasi menyampaikan bahwa pembayaran invoice 0142/SSI/XI/2026 akan dilakukan pada hari Rabu, 9 Desember 2026.\n\nSalam hormat,\nSiti Aminah\nBagian Keuangan\n\n" + gq(r)), "Siti Aminah", prefix="Re: "),
        lab("client_reply", "id", False, inv="0142/SSI/XI/2026", intent="promise", promised_date="2026-12-09", note="relayed promise"))

    # ---------------- other ----------------
    add("aesi_buletin", msg("Buletin AESI <buletin@aesi.or.id>", BOT, "Buletin AESI Desember 2026: Regulasi PLTS Atap terbaru", "2026-12-01 08:00 +0700",
        M("alternative", [T("Buletin AESI - Desember 2026\n\n1. Permen ESDM terbaru tentang PLTS atap\n2. Jadwal pelatihan installer bersertifikat\n\nBerhenti berlangganan: https://aesi.or.id/unsub?u=33817"),
                          T("<h2>Buletin AESI</h2><p>Permen ESDM terbaru tentang PLTS atap</p>", "html")]),
        auth_=A("aesi.or.id"), headers=[("List-Unsubscribe", "<https://aesi.or.id/unsub?u=33817>"), ("Precedence", "bulk"), ("List-Id", "Buletin AESI <buletin.aesi.or.id>")]),
        lab("other", "id", False, note="newsletter"))
    add("pinjaman_spam", msg(addr("Ibu Melati", "melati.dana88@gmail.com"), BOT, "Pinjaman modal usaha cepat cair tanpa agunan", "2026-11-18 22:41 +0700",
        T("Selamat malam Bapak/Ibu pemilik usaha,\n\nKami menawarkan pinjaman modal usaha Rp 50 juta - Rp 2 miliar, proses 1 hari, tanpa agunan. Hubungi WA 0812-9xxx-4410 untuk info lebih lanjut.\n\nSalam sukses,\nMelati"),
        auth_=A("gmail.com")),
        lab("other", "id", True, note="spam written to us personally"))
    r = RM["i13"]
    add("arief_tagih_manual", msg(addr("Arief Pratama", S("arief.pratama")), cl("agro"), "Konfirmasi pembayaran 0135/SSI/XI/2026", "2026-12-10 16:00 +0700",
        T("Pak Wahyu,\n\nMohon info apakah dana termin sudah cair? Invoice 0135/SSI/XI/2026 masih tercatat terbuka di sistem kami. Kalau ada kendala silakan telepon saya saja.\n\nTerima kasih,\nArief"),
        cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("other", "id", False, inv="0135/SSI/XI/2026", note="staff nudging client by hand"))
    add("banknusantara_palsu", msg("Bank Nusantara <notifikasi@bank-nusantara-co.id>", BOT, "Notifikasi Dana Masuk - BI-FAST", "2026-12-09 20:31 +0700",
        T("Yth. Nasabah,\n\nDana masuk Rp 251.190.000,00 dari PT PLAZA GRAHA MANDIRI, berita INV 0144/SSI/XI/2026.\n\nDana tertahan. Silakan verifikasi akun Anda di https://bank-nusantara-co.id/verifikasi dalam 1x24 jam."),
        auth_=auth("bank-nusantara-co.id", dkim="none", dmarc="none")),
        lab("other", "id", True, note="look-alike bank domain; nothing read"))
    return out

"""ID desk: Indonesia (plus one Singapore account). Staff on norrvik.co.id,
invoices NCI/YYMM/NNNN, IDR/USD, WIB (Asia/Jakarta), WITA (Asia/Makassar), WIT (Asia/Jayapura)."""
from lib import BOT, Reminder, ar, attach, mail, multi, pdf, pdf_text_lines, png, raw_part, rfcdate, text
from common import A, Desk, auto_reply, reply, staff_mail
from machine import dsn, mdn, returned_headers
import templates as T

STAFF_DOMAINS = ["norrvik.co.id"]
STAFF = ["dewi.anggraini@norrvik.co.id", "rizky.pratama@norrvik.co.id", "yohana.siregar@norrvik.co.id"]
NOTIFIERS = ["notifikasi@banknusaniaga.co.id", "no-reply@xendit.co", "noreply@midtrans.com"]

DEWI = A("Dewi Anggraini", "dewi.anggraini@norrvik.co.id")
RIZKY = A("Rizky Pratama", "rizky.pratama@norrvik.co.id")
YOHANA = A("Yohana Siregar", "yohana.siregar@norrvik.co.id")
JKT, MKS, JAP, SGP = "Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "Asia/Singapore"


def R(key, local, to, items, cur, name="", tz=JKT, lang="id"):
    return Reminder("id", key, local, tz, to, items, cur, lang, name)


I1 = R("sinarlaut", "2024-10-01 10:00", "finance@sinarlaut.co.id", [("NCI/2409/0412", "55500000.00", "2024-09-30")], "IDR")
I2 = R("berkahes", "2024-10-02 10:00", "admin@berkahes.com", [("NCI/2409/0398", "18870000.00", "2024-09-25")], "IDR", tz=MKS)
I3 = R("dairy", "2024-10-03 10:00", "ap@dairynusantara.co.id", [("NCI/2409/0405", "126540000.00", "2024-10-03")], "IDR")
I4 = R("samudra", "2024-10-04 10:00", "accounting@samudrabali.com", [("NCI/2409/0419", "9990000.00", "2024-10-04")], "IDR", tz=MKS)
I5 = R("frozensentosa", "2024-10-07 10:00", "keuangan@frozensentosa.co.id",
       [("NCI/2409/0391", "33300000.00", "2024-09-26"), ("NCI/2409/0402", "14430000.00", "2024-10-02")], "IDR")
I6 = R("medika", "2024-10-08 10:00", "keuangan@rsmedikautama.co.id", [("NCI/2409/0407", "23310000.00", "2024-10-07")], "IDR")
I7 = R("papuafresh", "2024-10-08 10:00", "finance@papuafresh.co.id", [("NCI/2409/0386", "71040000.00", "2024-09-20")], "IDR", tz=JAP)
I8 = R("segarmart", "2024-10-09 10:00", "ap@segarmart.co.id", [("NCI/2409/0415", "12765000.00", "2024-10-09")], "IDR")
I9 = R("kopidingin", "2024-10-10 10:00", "tagihan@kopidingin.id", [("NCI/2409/0420", "4995000.00", "2024-10-10")], "IDR")
I10 = R("agrobuah", "2024-10-10 10:05", "accounting@agrobuah.co.id", [("NCI/2409/0409", "27750000.00", "2024-10-01")], "IDR")
I11 = R("budi", "2024-10-11 10:00", "budi.santoso.resto@gmail.com", [("NCI/2410/0022", "3330000.00", "2024-10-10")], "IDR", "Bapak Budi")
I12 = R("pacificreefer", "2024-10-14 09:00", "ap@pacificreefer.com.sg", [("NCI/2409/0377", "8640.00", "2024-09-30")], "USD", tz=SGP, lang="en")
I13 = R("ldk", "2024-10-15 10:00", "finance@ldk.co.id", [("NCI/2410/0031", "44400000.00", "2024-10-14")], "IDR", tz=MKS)
I14 = R("mentari", "2024-10-16 10:00", "mentari.bakery@yahoo.co.id", [("NCI/2410/0040", "2220000.00", "2024-10-15")], "IDR", "Ibu Sri")
I15 = R("sejahtera", "2024-10-16 10:05", "andi@tokosejahtera.co.id", [("NCI/2409/0388", "6660000.00", "2024-09-27")], "IDR", "Bapak Andi")
I16 = R("makmurjaya", "2024-10-17 10:00", "purchasing@cvmakmurjaya.com", [("NCI/2410/0012", "15540000.00", "2024-10-12")], "IDR")
I17 = R("bumiarta", "2024-10-17 10:05", "finance@ptbumiarta.co.id", [("NCI/2410/0015", "19980000.00", "2024-10-15")], "IDR")
I18 = R("sinarlaut2", "2024-10-18 10:00", "rina.kusuma@sinarlaut.co.id", [("NCI/2410/0020", "7770000.00", "2024-10-21")], "IDR", "Ibu Rina")
I19 = R("haiyang", "2024-10-14 10:00", "lin.mei@haiyangseafood.co.id", [("NCI/2409/0396", "42735000.00", "2024-09-30")], "IDR", "Ibu Lin Mei")
I20 = R("nihonreito", "2024-10-28 10:00", "sato.k@nihonreito.co.id", [("NCI/2410/0028", "31080000.00", "2024-10-31")], "IDR", "Bapak Sato")
I21 = R("karyadingin", "2024-10-21 10:00", "admin@ptkaryadingin.com", [("NCI/2410/0018", "11100000.00", "2024-10-18")], "IDR")
I22 = R("balifresh", "2024-10-22 10:00", "office@balifreshmart.com", [("NCI/2410/0025", "5328000.00", "2024-10-20")], "IDR", tz=MKS)


def build():
    d = Desk("id")
    add = d.add

    # ------------------------------------------------------------ invoice copies
    add("faktur_sinarlaut_perawatan", staff_mail(
        "id-i1", DEWI, A("Finance PT Sinar Laut Perkasa", "finance@sinarlaut.co.id"),
        "Invoice NCI/2410/0051 - Perawatan Cold Storage Oktober 2024", rfcdate("2024-10-14 09:35:12", JKT),
        text("""Yth. Bapak/Ibu Bagian Keuangan
PT Sinar Laut Perkasa

Bersama ini kami sampaikan tagihan jasa perawatan rutin cold storage
(2 ruang -25°C dan 1 ante room) bulan Oktober 2024.

No. Invoice   : NCI/2410/0051
Tanggal       : 14 Oktober 2024
DPP           : Rp 12.000.000
PPN 11%       : Rp  1.320.000
Total         : Rp 13.320.000

Jatuh tempo 14 hari sejak tanggal invoice. Pembayaran ke Bank Nusa
Niaga, No. Rek. 123-00-4455667-8 a.n. PT Norrvik Cold Systems Indonesia.

Terima kasih atas kerja samanya.

Salam,
Dewi Anggraini
Finance - PT Norrvik Cold Systems Indonesia
Kawasan Industri Jababeka, Cikarang
""")),
        kind="invoice_copy", language="id", invoice_numbers="NCI/2410/0051", amount="13320000.00", currency="IDR",
        issue_date="2024-10-14", due_date="2024-10-28", payment_terms_days="14", needs_human=False, note="")

    add("faktur_uang_muka_proyek", staff_mail(
        "id-i2", YOHANA, A("PT Dairy Nusantara Jaya", "ap@dairynusantara.co.id"),
        "Tagihan Termin 1 (Uang Muka) Proyek Cold Storage Lembang - NCI/2410/0052", rfcdate("2024-10-15 13:10:40", JKT),
        text("""Dengan hormat,

Menindaklanjuti SPK No. 087/DNJ/IX/2024 untuk pembangunan cold storage
susu di Lembang, bersama ini kami lampirkan tagihan termin pertama.

Nilai kontrak (termasuk PPN 11%)     : Rp 1.110.000.000
Termin 1 - uang muka 30%             : Rp   333.000.000
  (DPP Rp 300.000.000 + PPN Rp 33.000.000)

No. Invoice  : NCI/2410/0052
Tanggal      : 15 Oktober 2024
Pembayaran   : segera setelah invoice diterima, sebagai syarat
               dimulainya pemesanan material.

Termin 2 (40%) dan termin 3 (30%) akan ditagihkan sesuai progres.

Hormat kami,
Yohana Siregar
Project Finance, PT Norrvik Cold Systems Indonesia
""")),
        kind="invoice_copy", language="id", invoice_numbers="NCI/2410/0052", amount="333000000.00", currency="IDR",
        issue_date="2024-10-15", due_date="2024-10-15", payment_terms_days="", needs_human=False,
        note="down payment 30% vs contract value 1.11bn; payable immediately -> due = issue")

    add("faktur_pph23_jumlah_transfer", staff_mail(
        "id-i3", DEWI, A("PT Agro Buah Tropis", "accounting@agrobuah.co.id"),
        "Invoice NCI/2410/0053 - Instalasi Ripening Room", rfcdate("2024-10-16 10:02:33", JKT),
        text("""Yth. Tim Accounting PT Agro Buah Tropis,

Berikut invoice atas jasa instalasi ripening room pisang di gudang
Bandar Lampung.

No. Invoice          : NCI/2410/0053
Tanggal              : 16 Oktober 2024
DPP (jasa)           : Rp 49.000.000
PPN 11%              : Rp  5.390.000
Total invoice        : Rp 54.390.000
PPh 23 (2% x DPP)    : Rp    980.000  (dipotong oleh Bapak/Ibu
                                       sebagai pemotong pajak)
Jumlah yang harus ditransfer : Rp 53.410.000

Termin pembayaran 30 hari. Mohon bukti potong PPh 23 dikirim ke
email ini setelah pembayaran.

Salam,
Dewi Anggraini
""")),
        kind="invoice_copy", language="id", invoice_numbers="NCI/2410/0053", amount="53410000.00", currency="IDR",
        issue_date="2024-10-16", due_date="2024-11-15", payment_terms_days="30", needs_human=False,
        note="withholding tax: invoice total 54,390,000 vs amount to transfer 53,410,000 after 2% PPh 23; the mail states the transfer amount")

    inv4 = pdf(pdf_text_lines([
        (16, "PT NORRVIK COLD SYSTEMS INDONESIA"),
        "Kawasan Industri Jababeka Blok T-7, Cikarang, Bekasi 17530 - NPWP 01.234.567.8-431.000",
        None,
        (14, "INVOICE"),
        "No. Invoice   : NCI/2410/0054",
        "Tanggal       : 16/10/2024",
        "Kepada        : PT Frozen Food Sentosa, Jl. Industri Raya No. 12, Tangerang",
        "No. PO        : PO-FFS-2410-118",
        None,
        "Uraian                                                Jumlah (Rp)",
        "Penggantian kompresor semi-hermetik 10 HP              6.200.000",
        "Refrigerant R404A 2 tabung                             1.800.000",
        None,
        "DPP                                                    8.000.000",
        "PPN 11%                                                  880.000",
        "TOTAL                                                  8.880.000",
        None,
        "Termin: 30 hari   -   Jatuh Tempo: 15/11/2024",
        "Bank Nusa Niaga 123-00-4455667-8 a.n. PT Norrvik Cold Systems Indonesia",
    ]), "id-i4", title="Invoice NCI/2410/0054")
    add("faktur_pdf_saja_bcc", staff_mail(
        "id-i4", RIZKY, A("Keuangan Frozen Food Sentosa", "keuangan@frozensentosa.co.id"),
        "invoice penggantian kompresor", rfcdate("2024-10-16 17:45:09", JKT),
        multi("mixed", [text("""Sore Bu Ratna,

Terlampir invoice untuk penggantian kompresor minggu lalu ya Bu.
Kalau ada pertanyaan silakan hubungi saya.

Terima kasih,
Rizky
"""), attach(inv4, "application/pdf", "INV NCI-2410-0054.pdf")], "id-i4"), bcc=True),
        kind="invoice_copy", language="id", invoice_numbers="NCI/2410/0054", amount="8880000.00", currency="IDR",
        issue_date="2024-10-16", due_date="2024-11-15", payment_terms_days="30", needs_human=False,
        note="facts only in PDF; bot in Bcc; file name spells the number with hyphens")

    html5 = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
<p>Dear Ms Tan,</p>
<p>Please find our invoice for the reefer container PTI inspections at Batam.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><td>Invoice No.</td><td>NCI/2410/0055</td></tr>
<tr><td>Invoice Date</td><td>17 October 2024</td></tr>
<tr><td>Description</td><td>Pre-trip inspection, 48 reefer units @ USD 260.00</td></tr>
<tr><td>VAT</td><td>0% (export of services)</td></tr>
<tr><td><b>Total</b></td><td><b>USD 12,480.00</b></td></tr>
<tr><td>Payment terms</td><td>30 days</td></tr>
</table>
<p>Bank: Bank Nusa Niaga (USD), Acc. 123-00-9900112-3, SWIFT BNNIIDJA</p>
<p>Best regards,<br>Dewi Anggraini<br>PT Norrvik Cold Systems Indonesia</p>
</body></html>"""
    add("invoice_pacificreefer_html_usd", staff_mail(
        "id-i5", DEWI, A("Pacific Reefer Accounts Payable", "ap@pacificreefer.com.sg"), "Invoice NCI/2410/0055",
        rfcdate("2024-10-17 11:20:00", JKT), text(html5, sub="html")),
        kind="invoice_copy", language="en", invoice_numbers="NCI/2410/0055", amount="12480.00", currency="USD",
        issue_date="2024-10-17", due_date="2024-11-16", payment_terms_days="30", needs_human=False,
        note="HTML-only, English, USD from the Indonesian desk")

    add("faktur_dua_invoice_satu_email", staff_mail(
        "id-i6", RIZKY, A("Hotel Samudra Bali", "accounting@samudrabali.com"),
        "Invoice NCI/2410/0056 & NCI/2410/0057", rfcdate("2024-10-18 14:33:21", JKT),
        text("""Selamat siang Bu Ayu,

Berikut dua invoice untuk pekerjaan minggu ini:

1. NCI/2410/0056 - perbaikan chiller dapur utama, Rp 7.104.000
2. NCI/2410/0057 - penggantian gasket pintu walk-in freezer (4 pintu),
   Rp 2.664.000

Keduanya tertanggal 18 Oktober 2024, termin 14 hari.

Salam,
Rizky Pratama
Service Coordinator
""")),
        kind="invoice_copy", language="id", invoice_numbers="NCI/2410/0056;NCI/2410/0057", amount="", currency="IDR",
        issue_date="2024-10-18", due_date="2024-11-01", payment_terms_days="14", needs_human=True,
        note="two invoices in one mail (7,104,000 and 2,664,000); amount left empty")

    add("faktur_terbilang_tanggal_tetap", staff_mail(
        "id-i7", YOHANA, A("PT Logistik Dingin Kalimantan", "finance@ldk.co.id"),
        "Invoice NCI/2410/0058", rfcdate("2024-10-21 08:50:17", JKT),
        text("""Dengan hormat,

Terlampir kami sampaikan invoice pengadaan dan pemasangan 2 (dua) unit
condensing unit untuk gudang Balikpapan.

No. Invoice : NCI/2410/0058
Tanggal     : 21 Oktober 2024
Jumlah      : Rp 73.260.000,-
Terbilang   : tujuh puluh tiga juta dua ratus enam puluh ribu rupiah

Mohon pembayaran dilakukan paling lambat tanggal 8 November 2024.

Hormat kami,
Yohana Siregar
""", cte="base64")),
        kind="invoice_copy", language="id", invoice_numbers="NCI/2410/0058", amount="73260000.00", currency="IDR",
        issue_date="2024-10-21", due_date="2024-11-08", payment_terms_days="", needs_human=False,
        note="base64 text; amount also in words (terbilang); fixed due date only")

    add("faktur_diskon_net30", staff_mail(
        "id-i8", DEWI, A("Segar Mart AP", "ap@segarmart.co.id"),
        "Invoice NCI/2410/0059 - Showcase chiller cabang Depok", rfcdate("2024-10-22 15:05:52", JKT),
        text("""Yth. Tim AP Segar Mart,

Invoice untuk pemasangan showcase chiller cabang Depok:

No.        : NCI/2410/0059 (22/10/2024)
Sub total  : Rp 25.000.000
Diskon 10% : Rp  2.500.000
DPP        : Rp 22.500.000
PPN 11%    : Rp  2.475.000
Total      : Rp 24.975.000

Termin: NET 30. e-Faktur menyusul dalam 2 hari kerja.

Salam,
Dewi
""")),
        kind="invoice_copy", language="id", invoice_numbers="NCI/2410/0059", amount="24975000.00", currency="IDR",
        issue_date="2024-10-22", due_date="2024-11-21", payment_terms_days="30", needs_human=False,
        note="subtotal / discount / DPP / PPN / total; total is due")

    add("faktur_revisi_menggantikan", staff_mail(
        "id-i9", RIZKY, A("PT Papua Fresh Fisheries", "finance@papuafresh.co.id"),
        "Fwd: Revisi invoice NCI/2410/0060 (pengganti NCI/2410/0044)", rfcdate("2024-10-23 10:15:48", JKT),
        text("""Selamat pagi Pak Yohanis,

Sesuai permintaan Bapak, berikut invoice revisi. Invoice lama
NCI/2410/0044 kami batalkan dan digantikan oleh NCI/2410/0060 di bawah
(alamat NPWP sudah diperbaiki, nilai tidak berubah).

Salam,
Rizky

---------- Forwarded message ---------
Dari: Dewi Anggraini <dewi.anggraini@norrvik.co.id>
Tanggal: Rab, 23 Okt 2024 09.58
Subjek: Revisi invoice NCI/2410/0060
Kepada: Rizky Pratama <rizky.pratama@norrvik.co.id>

No. Invoice : NCI/2410/0060
Tanggal     : 23 Oktober 2024
Uraian      : Jasa service berkala ice flake machine 5 ton (Oktober)
Total       : Rp 9.435.000 (termasuk PPN 11%)
Jatuh tempo : 30 hari
""")),
        kind="invoice_copy", language="id", invoice_numbers="NCI/2410/0060", amount="9435000.00", currency="IDR",
        issue_date="2024-10-23", due_date="2024-11-22", payment_terms_days="30", needs_human=False,
        note="forwarded revised invoice replacing cancelled NCI/2410/0044 (not labelled; staff may want to void it)")

    add("faktur_makassar_45_hari", staff_mail(
        "id-i10", DEWI, A("CV Berkah Es Kristal", "admin@berkahes.com"),
        "Invoice NCI/2410/0061", rfcdate("2024-10-23 16:40:03", JKT),
        text("""Selamat sore Ibu Nurhayati,

Bersama email ini kami kirimkan invoice penggantian evaporator mesin
es balok.

No. Invoice  : NCI/2410/0061
Tanggal      : 23 Oktober 2024
Total        : Rp 16.650.000 (sudah termasuk PPN)
Jatuh tempo  : 45 hari sejak tanggal invoice

Terima kasih,
Dewi Anggraini
""", cte="base64")),
        kind="invoice_copy", language="id", invoice_numbers="NCI/2410/0061", amount="16650000.00", currency="IDR",
        issue_date="2024-10-23", due_date="2024-12-07", payment_terms_days="45", needs_human=False, note="")

    # ------------------------------------------------------------ client replies
    add("balasan_berkahes_besok_lewat_tengah_malam", reply(
        "id-r1", I2, A("Nurhayati", "admin@berkahes.com"), rfcdate("2024-10-08 00:15:26", MKS),
        """Selamat malam Pak/Bu,

Mohon maaf baru sempat balas. Untuk faktur NCI/2409/0398 besok kami
transfer full ya.

Terima kasih.
Hj. Nurhayati
CV Berkah Es Kristal, Makassar
"""),
        kind="client_reply", language="id", invoice_numbers="NCI/2409/0398", currency="IDR", intent="promise",
        promised_date="2024-10-09", original_message_id=I2.id, needs_human=False,
        note="Tue 08 Oct 00:15 WITA (= Mon 07 Oct 23:15 WIB, 16:15 UTC): 'besok' in the sender's zone = 2024-10-09")

    add("balasan_berkahes_batal_janji", reply(
        "id-r2", I2, A("Nurhayati", "admin@berkahes.com"), rfcdate("2024-10-09 14:20:05", MKS),
        """Pak, mohon maaf sebelumnya.

Transfer yang saya janjikan untuk hari ini belum bisa kami lakukan,
pembayaran dari pelanggan kami (hotel di Toraja) belum masuk. Nanti saya
kabari lagi kapan bisa ditransfer.

Nurhayati

Pada Sel, 8 Okt 2024 00.15, Nurhayati <admin@berkahes.com> menulis:
> Mohon maaf baru sempat balas. Untuk faktur NCI/2409/0398 besok kami
> transfer full ya.
""", quote=False),
        kind="client_reply", language="id", invoice_numbers="NCI/2409/0398", currency="IDR", intent="other",
        original_message_id=I2.id, needs_human=True, note="retracts yesterday's promise, no new date")

    add("balasan_dairy_cicilan", reply(
        "id-r3", I3, A("Accounts Payable PT Dairy Nusantara Jaya", "ap@dairynusantara.co.id"), rfcdate("2024-10-04 09:12:44", JKT),
        """Dengan hormat,

Sehubungan dengan kondisi arus kas perusahaan, kami mengajukan
permohonan agar pembayaran faktur NCI/2409/0405 sebesar Rp 126.540.000
dapat dicicil sebanyak 3 (tiga) kali, masing-masing Rp 42.180.000, pada
tanggal 25 Oktober, 25 November, dan 20 Desember 2024.

Mohon konfirmasi persetujuannya.

Hormat kami,
Hendra Wijaya
Finance Manager
""", style="outlook"),
        kind="client_reply", language="id", invoice_numbers="NCI/2409/0405", amount="42180000.00", currency="IDR",
        intent="plan_request", original_message_id=I3.id, needs_human=True, note="3 instalments of 42,180,000")

    add("balasan_samudra_sudah_transfer_bukti", mail(
        "id-r4", A("Ni Luh Putu Ayu", "accounting@samudrabali.com"), BOT, T.reply_subject(I4), rfcdate("2024-10-04 11:05:37", MKS),
        multi("mixed", [text("""Selamat siang,

Pembayaran untuk invoice NCI/2409/0419 sudah kami transfer tadi pagi via
BCA. Bukti transfer terlampir, mohon dicek.

Terima kasih,
Ni Luh Putu Ayu
Accounting - Hotel Samudra Bali

""" + T.quoted(I4)), attach(png("id-r4"), "image/png", "bukti_transfer_0419.png")], "id-r4"),
        auth=ar("samudrabali.com"), irt=I4.id, refs=[I4.id]),
        kind="client_reply", language="id", invoice_numbers="NCI/2409/0419", currency="IDR", intent="paid_claim",
        payment_date="2024-10-04", original_message_id=I4.id, needs_human=True,
        note="'tadi pagi' = same local day; transfer slip attached as an image")

    add("balasan_medika_tunggu_bpjs", reply(
        "id-r5", I6, A("Keuangan RS Medika Utama", "keuangan@rsmedikautama.co.id"), rfcdate("2024-10-08 15:30:00", JKT),
        """Yth. Bagian Piutang PT Norrvik,

Tagihan tersebut sudah kami ajukan ke bagian keuangan. Pembayaran akan
kami proses setelah dana klaim BPJS Kesehatan bulan September cair,
biasanya sekitar pertengahan bulan depan. Mohon kesabarannya.

Hormat kami,
Bagian Keuangan
RS Medika Utama Medan
"""),
        kind="client_reply", language="id", invoice_numbers="NCI/2409/0407", currency="IDR", intent="promise",
        promised_date="", original_message_id=I6.id, needs_human=True,
        note="conditional on BPJS claim funds; 'around mid next month' is too vague for a date")

    add("balasan_papuafresh_sengketa", reply(
        "id-r6", I7, A("Yohanis Wenda", "finance@papuafresh.co.id"), rfcdate("2024-10-08 16:45:10", JAP),
        """Selamat sore,

Kami belum dapat melunasi tagihan NCI/2409/0386. Sejak instalasi blast
freezer bulan Agustus, suhu hanya mencapai -25°C, padahal spesifikasi
kontrak -35°C. Sesuai pembicaraan dengan teknisi Bapak di lokasi, 50%
kami bayarkan dulu, sedangkan sisanya Rp 35.520.000 kami tahan sampai
unit diperbaiki dan lolos uji kinerja.

Salam,
Yohanis Wenda
PT Papua Fresh Fisheries, Jayapura
"""),
        kind="client_reply", language="id", invoice_numbers="NCI/2409/0386", amount="35520000.00", currency="IDR",
        intent="dispute", promised_date="", original_message_id=I7.id, needs_human=True,
        note="withholds 35,520,000 pending repair; partial payment mentioned without a date")

    add("balasan_segarmart_faktur_pajak", reply(
        "id-r7", I8, A("AP Segar Mart", "ap@segarmart.co.id"), rfcdate("2024-10-09 13:02:19", JKT),
        """Dear Tim AR Norrvik,

Untuk invoice NCI/2409/0415 kami belum menerima Faktur Pajak (e-Faktur)
nya. Sesuai prosedur, invoice tanpa faktur pajak tidak bisa kami proses
pembayarannya. Mohon dikirimkan ke ap@segarmart.co.id.

Terima kasih,
Fitri - AP Segar Mart
""", threaded=False, quote=False, subject="Faktur Pajak untuk invoice NCI/2409/0415"),
        kind="client_reply", language="id", invoice_numbers="NCI/2409/0415", currency="IDR", intent="not_received",
        original_message_id="", needs_human=True, note="new mail, not threaded; tax invoice (e-Faktur) not received")

    add("balasan_kopidingin_stop", reply(
        "id-r8", I9, A("Admin Kopi Dingin", "tagihan@kopidingin.id"), rfcdate("2024-10-10 12:44:51", JKT),
        """Halo,

Tolong jangan kirim email otomatis begini lagi ya ke alamat ini. Ini
email admin untuk pesanan, bukan keuangan. Urusan tagihan langsung aja
ke Pak Hendra (0812-3456-7788).

Makasih.
"""),
        kind="client_reply", language="id", invoice_numbers="NCI/2409/0420", currency="IDR", intent="stop",
        original_message_id=I9.id, needs_human=True, note="informal stop request, redirects to a phone contact")

    add("balasan_agrobuah_minta_va", reply(
        "id-r9", I10, A("Accounting Agro Buah", "accounting@agrobuah.co.id"), rfcdate("2024-10-11 08:20:30", JKT),
        """Selamat pagi,

Mohon info nomor Virtual Account untuk pembayaran invoice NCI/2409/0409,
karena sistem kami hanya bisa bayar ke VA (tidak bisa transfer ke
rekening perusahaan yang belum terdaftar). Atau bisa dikirimkan link
pembayaran Xendit seperti bulan lalu?

Terima kasih,
Siska
"""),
        kind="client_reply", language="id", invoice_numbers="NCI/2409/0409", currency="IDR", intent="payment_details",
        original_message_id=I10.id, needs_human=True, note="asks for a virtual account / payment link")

    add("balasan_budi_akhir_bulan", reply(
        "id-r10", I11, A("Budi Santoso", "budi.santoso.resto@gmail.com"), rfcdate("2024-10-11 19:07:44", JKT),
        """Siap pak, maaf telat. Akhir bulan ini saya lunasi ya.

Budi - RM Sederhana Rasa
""", style="gmail"),
        kind="client_reply", language="id", invoice_numbers="NCI/2410/0022", currency="IDR", intent="promise",
        promised_date="2024-10-31", original_message_id=I11.id, needs_human=False, note="'akhir bulan ini' = 31 Oct")

    add("reply_pacificreefer_question_en", reply(
        "id-r11", I12, A("Tan Wei Ling", "ap@pacificreefer.com.sg"), rfcdate("2024-10-14 16:32:08", SGP),
        """Hi,

Before we can release payment our system needs to know whether invoice
NCI/2409/0377 includes Indonesian VAT (PPN). The invoice shows
USD 8,640.00 but no tax line. Could you confirm? Also, can you accept
payment in SGD instead of USD?

Regards,
Tan Wei Ling
Accounts Payable, Pacific Reefer Pte Ltd
"""),
        kind="client_reply", language="en", invoice_numbers="NCI/2409/0377", currency="USD", intent="question",
        original_message_id=I12.id, needs_human=True, note="English reply on the Indonesian desk")

    add("balasan_ldk_sebagian_bayar_sebagian_sengketa", reply(
        "id-r12", I13, A("Finance PT LDK", "finance@ldk.co.id"), rfcdate("2024-10-15 14:18:27", MKS),
        """Dengan hormat,

Untuk faktur NCI/2410/0031 sebesar Rp 44.400.000, bagian yang tidak
bermasalah (Rp 38.850.000) akan kami transfer hari Jumat ini. Namun biaya
mobilisasi teknisi sebesar Rp 5.550.000 tidak sesuai kontrak (seharusnya
sudah termasuk dalam harga), sehingga tidak kami bayarkan. Mohon
diterbitkan nota kredit untuk bagian tersebut.

Hormat kami,
Finance Dept.
PT Logistik Dingin Kalimantan
"""),
        kind="client_reply", language="id", invoice_numbers="NCI/2410/0031", amount="5550000.00", currency="IDR",
        intent="dispute", promised_date="", original_message_id=I13.id, needs_human=True,
        note="promise (38,850,000 on Fri 18 Oct) + dispute (5,550,000) -> dispute, promised_date empty")

    add("balasan_mentari_kemarin_lewat_tengah_malam", reply(
        "id-r13", I14, A("Toko Roti Mentari", "mentari.bakery@yahoo.co.id"), rfcdate("2024-10-17 00:40:12", JKT),
        """Malam Pak, maaf baru balas. Sudah saya bayar kemarin sore lewat QRIS
ya, 2.220.000.

Terima kasih.
-Ibu Sri, Toko Roti Mentari
"""),
        kind="client_reply", language="id", invoice_numbers="NCI/2410/0040", amount="2220000.00", currency="IDR",
        intent="paid_claim", payment_date="2024-10-16", original_message_id=I14.id, needs_human=True,
        note="Thu 17 Oct 00:40 WIB (= 16 Oct 17:40 UTC): 'kemarin' = 2024-10-16 local")

    # ------------------------------------------------------------ payment confirmations
    def bnn(seed, date, body):
        return mail(seed, A("Bank Nusa Niaga", "notifikasi@banknusaniaga.co.id"), BOT,
                    "Notifikasi Transaksi Masuk - Rek. 123-00-4455667-8", date, text(body), auth=ar("banknusaniaga.co.id"))

    add("pembayaran_bnn_sinarlaut_pph23", bnn("id-p1", rfcdate("2024-10-08 10:21:00", JKT), """Yth. Nasabah PT NORRVIK COLD SYSTEMS INDONESIA,

Telah terjadi transaksi dana masuk ke rekening Anda:

No. Rekening   : 123-00-4455667-8
Tanggal        : 08/10/2024 10:20:51 WIB
Jenis          : Transfer Masuk (SKN)
Nominal        : IDR 54.500.000,00
Dari           : PT SINAR LAUT PERKASA
Berita         : NCI/2409/0412 PPH23 DIPOTONG

Terima kasih telah menggunakan layanan Bank Nusa Niaga.
Email ini dikirim otomatis, mohon tidak membalas.
"""),
        kind="payment_confirmation", language="id", invoice_numbers="NCI/2409/0412", amount="54500000.00", currency="IDR",
        payment_date="2024-10-08", payment_full=False, needs_human=True,
        note="short by 1,000,000 = 2% PPh 23 withheld on DPP 50,000,000; settled only when the withholding slip arrives")

    add("pembayaran_bnn_frozensentosa_dua_faktur", bnn("id-p2", rfcdate("2024-10-10 14:02:00", JKT), """Yth. Nasabah PT NORRVIK COLD SYSTEMS INDONESIA,

Telah terjadi transaksi dana masuk ke rekening Anda:

No. Rekening   : 123-00-4455667-8
Tanggal        : 10/10/2024 14:01:37 WIB
Jenis          : Transfer Masuk (RTGS)
Nominal        : IDR 47.730.000,00
Dari           : PT FROZEN FOOD SENTOSA
Berita         : PELUNASAN NCI/2409/0391 33.300.000 DAN
                 NCI/2409/0402 14.430.000

Terima kasih telah menggunakan layanan Bank Nusa Niaga.
Email ini dikirim otomatis, mohon tidak membalas.
"""),
        kind="payment_confirmation", language="id", invoice_numbers="NCI/2409/0391;NCI/2409/0402", amount="47730000.00",
        currency="IDR", payment_date="2024-10-10", payment_full=True,
        allocations="NCI/2409/0391=33300000.00;NCI/2409/0402=14430000.00", needs_human=False, note="")

    add("pembayaran_xendit_va_agrobuah", mail(
        "id-p3", A("Xendit", "no-reply@xendit.co"), BOT, "Pembayaran Virtual Account Berhasil - IDR 27.750.000",
        rfcdate("2024-10-14 13:22:45", JKT),
        multi("alternative", [text("""Halo PT Norrvik Cold Systems Indonesia,

Pembayaran melalui Virtual Account telah berhasil diterima.

Nominal          : IDR 27.750.000
Bank             : BRI
Nomor VA         : 88908 0000 2409 0409
External ID      : NCI/2409/0409
Nama pembayar    : PT AGRO BUAH TROPIS
Waktu pembayaran : 14 Okt 2024, 13:22 WIB

Dana akan tersedia di saldo Xendit Anda sesuai jadwal settlement.

Tim Xendit
"""), text("""<html><body><p>Halo PT Norrvik Cold Systems Indonesia,</p>
<p>Pembayaran melalui Virtual Account telah berhasil diterima.</p>
<table><tr><td>Nominal</td><td><b>IDR 27.750.000</b></td></tr><tr><td>External ID</td><td>NCI/2409/0409</td></tr>
<tr><td>Nama pembayar</td><td>PT AGRO BUAH TROPIS</td></tr><tr><td>Waktu</td><td>14 Okt 2024, 13:22 WIB</td></tr></table>
</body></html>""", sub="html")], "id-p3"), auth=ar("xendit.co")),
        kind="payment_confirmation", language="id", invoice_numbers="NCI/2409/0409", amount="27750000.00", currency="IDR",
        payment_date="2024-10-14", payment_full=True, needs_human=False, note="virtual account payment via PSP")

    add("pembayaran_midtrans_qris_mentari", mail(
        "id-p4", A("Midtrans", "noreply@midtrans.com"), BOT, "[Midtrans] Transaksi Berhasil - Order ID NCI-2410-0040",
        rfcdate("2024-10-16 17:12:30", JKT),
        text("""Transaksi berikut telah berhasil (settlement):

Merchant       : PT Norrvik Cold Systems Indonesia
Order ID       : NCI-2410-0040
Metode         : QRIS (GoPay)
Jumlah         : Rp 2.220.000
Waktu          : 2024-10-16 17:12:08 WIB
Status         : settlement

Email ini dikirim secara otomatis oleh Midtrans.
"""), auth=ar("midtrans.com")),
        kind="payment_confirmation", language="id", invoice_numbers="NCI/2410/0040", amount="2220000.00", currency="IDR",
        payment_date="2024-10-16", payment_full=True, needs_human=False,
        note="PSP order id spells the invoice with hyphens (NCI-2410-0040) because '/' is not allowed")

    add("payment_bnn_pacificreefer_usd_short", mail(
        "id-p5", A("Bank Nusa Niaga", "notifikasi@banknusaniaga.co.id"), BOT,
        "Notifikasi Transaksi Masuk - Rek. 123-00-9900112-3 (USD)", rfcdate("2024-10-21 15:40:00", JKT),
        text("""Yth. Nasabah PT NORRVIK COLD SYSTEMS INDONESIA,

Telah terjadi transaksi dana masuk ke rekening Anda:

No. Rekening   : 123-00-9900112-3 (USD)
Tanggal valuta : 21/10/2024
Jenis          : Transfer Masuk Luar Negeri (SWIFT MT103)
Nominal        : USD 8,600.00
Dari           : PACIFIC REEFER PTE LTD, SINGAPORE
Keterangan     : INV NCI/2409/0377
Biaya          : SHA - USD 40.00 dipotong bank koresponden

Email ini dikirim otomatis, mohon tidak membalas.
"""), auth=ar("banknusaniaga.co.id")),
        kind="payment_confirmation", language="id", invoice_numbers="NCI/2409/0377", amount="8600.00", currency="USD",
        payment_date="2024-10-21", payment_full=False, needs_human=True, note="short by 40.00 correspondent charges")

    # ------------------------------------------------------------ forged
    add("lainnya_xendit_palsu", mail(
        "id-f1", A("Xendit", "no-reply@xendit-payments.co"), BOT, "Pembayaran Virtual Account Berhasil - IDR 71.040.000",
        rfcdate("2024-10-15 02:13:09", JKT),
        text("""Halo PT Norrvik Cold Systems Indonesia,

Pembayaran melalui Virtual Account telah berhasil diterima.

Nominal          : IDR 71.040.000
External ID      : NCI/2409/0386
Nama pembayar    : PT PAPUA FRESH FISHERIES
Waktu pembayaran : 15 Okt 2024, 02:11 WIB

Untuk mencairkan dana, verifikasi akun Anda dalam 24 jam:
https://dashboard.xendit-payments.co/verifikasi

Tim Xendit
"""), auth=ar("xendit-payments.co")),
        kind="other", language="id", invoice_numbers="NCI/2409/0386", amount="71040000.00", currency="IDR", needs_human=True,
        note="look-alike PSP domain (xendit-payments.co), passes its own DMARC; claims full payment of a disputed invoice")

    # ------------------------------------------------------------ bounces
    add("bounce_sendmail_sejahtera_user_unknown", dsn(
        "id-b1", I15, failed="andi@tokosejahtera.co.id", frm=A("Mail Delivery Subsystem", "MAILER-DAEMON@mail.tokosejahtera.co.id"),
        date=rfcdate("2024-10-16 10:05:44", JKT), subject="Returned mail: see transcript for details",
        human="""The original message was received at Wed, 16 Oct 2024 10:05:40 +0700
from out1.norrvik-cold.com [198.51.100.7]

   ----- The following addresses had permanent fatal errors -----
<andi@tokosejahtera.co.id>
    (reason: 550 5.1.1 <andi@tokosejahtera.co.id>... User unknown)

   ----- Transcript of session follows -----
... while talking to localhost:
>>> RCPT To:<andi@tokosejahtera.co.id>
<<< 550 5.1.1 <andi@tokosejahtera.co.id>... User unknown
550 5.1.1 <andi@tokosejahtera.co.id>... User unknown
""", status="5.1.1", action="failed", diag="SMTP; 550 5.1.1 <andi@tokosejahtera.co.id>... User unknown",
        reporting_mta="mail.tokosejahtera.co.id", remote_mta="localhost", arrival="Wed, 16 Oct 2024 10:05:40 +0700",
        per_msg_extra="Received-From-MTA: DNS; out1.norrvik-cold.com", include="headers", crlf=True),
        kind="bounce", language="en", invoice_numbers="NCI/2409/0388", failed_recipients="andi@tokosejahtera.co.id",
        bounce_permanent=True, bounce_reason="user_unknown", original_message_id=I15.id, needs_human=True, note="Sendmail DSN")

    add("bounce_postfix_makmurjaya_tertunda_penuh", dsn(
        "id-b2", I16, failed="purchasing@cvmakmurjaya.com", frm=A("Mail Delivery System", "MAILER-DAEMON@out1.norrvik-cold.com"),
        date=rfcdate("2024-10-17 14:00:12", JKT), subject="Delayed Mail (still being retried)",
        human="""This is the mail system at host out1.norrvik-cold.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<purchasing@cvmakmurjaya.com>: host mx.cvmakmurjaya.com[203.0.113.140] said:
    452 4.2.2 <purchasing@cvmakmurjaya.com>: Mailbox full (in reply to RCPT TO
    command)
""", status="4.2.2", action="delayed", diag="smtp; 452 4.2.2 <purchasing@cvmakmurjaya.com>: Mailbox full",
        reporting_mta="out1.norrvik-cold.com", remote_mta="mx.cvmakmurjaya.com",
        arrival=I16.date, extra_fields="Will-Retry-Until: Tue, 22 Oct 2024 03:00:05 +0000",
        per_msg_extra="X-Postfix-Queue-ID: 4XTb0n1QvPz2mK\nX-Postfix-Sender: rfc822; ar@norrvik-cold.com",
        auth=ar("out1.norrvik-cold.com", dkim="none", dmarc="none", mailfrom="<>")),
        kind="bounce", language="en", invoice_numbers="NCI/2410/0012", failed_recipients="purchasing@cvmakmurjaya.com",
        bounce_permanent=False, bounce_reason="mailbox_full", original_message_id=I16.id, needs_human=False,
        note="delayed DSN (Action: delayed, 4.2.2): not final")

    exim_spam = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  finance@ptbumiarta.co.id
    This message has been rejected because it has been identified as spam.
    SpamAssassin score 8.4 (threshold 5.0): HTML_MESSAGE, MISSING_MID_DOMAIN,
    PAYMENT_REMINDER_PHISH, URIBL_GREY

------ This is a copy of the message, including all the headers. ------

Return-path: <ar@norrvik-cold.com>
Received: from out1.norrvik-cold.com ([198.51.100.7]:48812)
\tby server7.jagoanhosting-id.net with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
\t(Exim 4.97.1)
\t(envelope-from <ar@norrvik-cold.com>)
\tid 1t1KqR-0004xZ-2F
\tfor finance@ptbumiarta.co.id; Thu, 17 Oct 2024 10:05:08 +0700
""" + T.rfc822_headers(I17) + "\n\n[body omitted]\n"
    add("bounce_exim_cpanel_bumiarta_spam", mail(
        "id-b3", A("Mail Delivery System", "Mailer-Daemon@server7.jagoanhosting-id.net"), BOT,
        "Mail delivery failed: returning message to sender", rfcdate("2024-10-17 10:05:11", JKT),
        text(exim_spam, cte="7bit"), auth=ar("server7.jagoanhosting-id.net", dkim="none", dmarc="none", mailfrom="<>"),
        extra=[("X-Failed-Recipients", "finance@ptbumiarta.co.id"), ("Auto-Submitted", "auto-replied")]),
        kind="bounce", language="en", invoice_numbers="NCI/2410/0015", failed_recipients="finance@ptbumiarta.co.id",
        bounce_permanent=True, bounce_reason="spam", original_message_id=I17.id, needs_human=True,
        note="cPanel Exim plain-text bounce, SpamAssassin rejection")

    # ------------------------------------------------------------ auto-replies
    add("autoreply_sinarlaut_cuti_melahirkan", auto_reply(
        "id-a1", I18, A("Rina Kusuma", "rina.kusuma@sinarlaut.co.id"), rfcdate("2024-10-18 10:00:15", JKT),
        "Balasan Otomatis: " + T.subject(I18),
        """Terima kasih atas email Anda.

Saat ini saya sedang cuti melahirkan sampai dengan 29 November 2024 dan
akan kembali masuk kantor pada hari Senin, 2 Desember 2024.

Untuk urusan pembayaran dan tagihan, silakan hubungi rekan saya
Bapak Arif di finance@sinarlaut.co.id.

Salam,
Rina Kusuma
PT Sinar Laut Perkasa
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]),
        kind="auto_reply", language="id", invoice_numbers="NCI/2410/0020", return_date="2024-12-02",
        original_message_id=I18.id, needs_human=False, note="long absence; return date beyond the due date")

    add("autoreply_haiyang_china_gb2312", auto_reply(
        "id-a2", I19, A("林美", "lin.mei@haiyangseafood.co.id", "gb2312"), rfcdate("2024-10-14 11:00:31", JKT),
        "自动回复：" + T.subject(I19),
        """您好！

我目前正在休假，期间无法及时回复邮件。我将于10月21日（星期一）返回办公室。

如有付款或发票方面的紧急事项，请联系财务部王先生：wang.jun@haiyangseafood.co.id。

谢谢！
林美
PT Haiyang Seafood Indonesia 财务部
""", cs="gb2312", cte="base64", hcs="gb2312"),
        kind="auto_reply", language="zh", invoice_numbers="NCI/2409/0396", return_date="2024-10-21",
        original_message_id=I19.id, needs_human=False, note="Chinese, GB2312 base64 body and subject, no RFC 3834 headers")

    add("autoreply_nihonreito_iso2022jp", auto_reply(
        "id-a3", I20, A("佐藤 健一", "sato.k@nihonreito.co.id", "iso-2022-jp"), rfcdate("2024-10-28 10:00:40", JKT),
        "不在のお知らせ（自動返信）",
        """お世話になっております。

誠に恐れ入りますが、10月28日（月）から11月4日（月）まで一時帰国のため
不在にしております。11月5日（火）より出社し、順次対応いたします。

お急ぎの場合は経理担当のデウィ（finance@nihonreito.co.id）までご連絡ください。

PT Nihon Reito Indonesia
佐藤 健一
""", cs="iso-2022-jp", cte="7bit", hcs="iso-2022-jp"),
        kind="auto_reply", language="ja", invoice_numbers="NCI/2410/0028", return_date="2024-11-05",
        original_message_id=I20.id, needs_human=False,
        note="Japanese ISO-2022-JP; subject does not quote ours; threaded only by In-Reply-To")

    # ------------------------------------------------------------ read receipts
    add("dibaca_dairy_outlook", mdn(
        "id-rr1", I3, frm=A("Accounts Payable PT Dairy Nusantara Jaya", "ap@dairynusantara.co.id"),
        date=rfcdate("2024-10-03 13:44:09", JKT), subject="Dibaca: " + T.subject(I3),
        human="""Pesan Anda

    Kepada: ap@dairynusantara.co.id
    Subjek: %s
    Terkirim: 03/10/2024 10:00

telah dibaca pada 03/10/2024 13:44.
""" % T.subject(I3), ua="Microsoft Outlook 16.0", final_rcpt="ap@dairynusantara.co.id",
        disposition="manual-action/MDN-sent-automatically; displayed", auth=ar("dairynusantara.co.id"), irt=False),
        kind="read_receipt", language="id", invoice_numbers="NCI/2409/0405", original_message_id=I3.id, needs_human=False,
        note="Indonesian Outlook receipt")

    add("dibaca_segarmart_roundcube", mdn(
        "id-rr2", I8, frm=A("AP Segar Mart", "ap@segarmart.co.id"), date=rfcdate("2024-10-09 11:31:50", JKT),
        subject="Tanda terima (ditampilkan) - " + T.subject(I8),
        human="""Ini adalah tanda terima untuk pesan yang Anda kirimkan kepada ap@segarmart.co.id.

Catatan: tanda terima ini hanya menyatakan bahwa pesan telah ditampilkan di komputer penerima. Tidak ada jaminan bahwa penerima telah membaca atau memahami isi pesan.
""", ua="Roundcube Webmail/1.6.7", final_rcpt="ap@segarmart.co.id", auth=ar("segarmart.co.id"), include_headers=True,
        original_rcpt="ap@segarmart.co.id"),
        kind="read_receipt", language="id", invoice_numbers="NCI/2409/0415", original_message_id=I8.id, needs_human=False,
        note="Roundcube MDN with returned headers")

    add("read_agrobuah_workspace", mdn(
        "id-rr3", I10, frm=A("Accounting Agro Buah", "accounting@agrobuah.co.id"), date=rfcdate("2024-10-10 10:47:03", JKT),
        subject="Read: " + T.subject(I10),
        human="""This is a receipt for the mail you sent to
accounting@agrobuah.co.id at 10/10/2024, 10:05

This receipt verifies that the message has been displayed on the recipient's computer at 10/10/2024, 10:47
""", ua="Gmail", final_rcpt="accounting@agrobuah.co.id", human_cs="utf-8", human_cte="7bit",
        auth=ar("agrobuah.co.id")),
        kind="read_receipt", language="en", invoice_numbers="NCI/2409/0409", original_message_id=I10.id, needs_human=False,
        note="Google Workspace style read receipt")

    # ------------------------------------------------------------ challenges
    add("challenge_karyadingin_tautan", mail(
        "id-c1", A("MailCleaner PT Karya Dingin", "mailcleaner@ptkaryadingin.com"), BOT,
        "Verifikasi pengirim: pesan Anda ke admin@ptkaryadingin.com ditahan", rfcdate("2024-10-21 10:00:49", JKT),
        text("""Yth. Pengirim,

Pesan Anda kepada admin@ptkaryadingin.com dengan subjek
"%s" saat ini ditahan oleh sistem anti-spam kami.

Untuk membuktikan bahwa Anda bukan robot, silakan klik tautan berikut
dalam 72 jam:

https://mailcleaner.ptkaryadingin.com/verify/?t=b61d0f3a92e4c7&addr=ar@norrvik-cold.com

Setelah diverifikasi, pesan Anda akan diteruskan secara otomatis dan
pesan berikutnya dari alamat Anda tidak akan ditahan lagi.

-- MailCleaner
""" % T.subject(I21)), auth=ar("ptkaryadingin.com"), irt=I21.id, refs=[I21.id],
        extra=[("Auto-Submitted", "auto-replied")]),
        kind="challenge", language="id", invoice_numbers="NCI/2410/0018", original_message_id=I21.id, needs_human=True,
        challenge="https://mailcleaner.ptkaryadingin.com/verify/?t=b61d0f3a92e4c7&addr=ar@norrvik-cold.com",
        note="link challenge in Indonesian")

    add("challenge_balifresh_balas_kode", mail(
        "id-c2", A("Bali Fresh Mart", "verify-office@balifreshmart.com"), BOT,
        "[VERIF-4821] Konfirmasi pengirim / Sender confirmation", rfcdate("2024-10-22 10:01:30", MKS),
        text("""Halo,

Email Anda ke office@balifreshmart.com belum kami terima karena alamat
Anda belum terdaftar. Balas email ini (ke verify-office@balifreshmart.com)
dengan tetap mencantumkan kode [VERIF-4821] pada subjek.

Hello, please reply to this message keeping [VERIF-4821] in the subject
line so that your email can be delivered.

Subjek asli / Original subject: %s
""" % T.subject(I22)), auth=ar("balifreshmart.com"), refs=[I22.id],
        extra=[("X-Original-Message-ID", I22.id)]),
        kind="challenge", language="id", invoice_numbers="NCI/2410/0025", original_message_id=I22.id, needs_human=True,
        challenge="verify-office@balifreshmart.com", note="reply challenge with a code in the subject; no Auto-Submitted")

    # ------------------------------------------------------------ staff commands
    add("staff_bukti_potong_pph23_diterima", staff_mail(
        "id-s1", YOHANA, BOT, "NCI/2409/0412 bukti potong PPh 23 diterima", rfcdate("2024-10-11 09:05:00", JKT),
        text("""paid NCI/2409/0412 IDR 1000000 2024-10-11

Bukti potong PPh 23 dari PT Sinar Laut Perkasa (no. 2400918) sudah kami
terima untuk sisa Rp 1.000.000. Invoice ini dianggap lunas.

Yohana
"""), cc=None),
        kind="staff_command", language="id", invoice_numbers="NCI/2409/0412", amount="1000000.00", currency="IDR",
        payment_date="2024-10-11", needs_human=False,
        note="settles the withheld 2% with the tax slip; together with the 54,500,000 bank credit the invoice is paid")

    add("staff_tunda_medika_prosa", staff_mail(
        "id-s2", RIZKY, BOT, "tolong tunda reminder RS Medika", rfcdate("2024-10-09 16:12:30", JKT),
        text("""Halo,

Tolong tunda penagihan otomatis untuk RS Medika Utama (NCI/2409/0407)
sampai 15 November ya. Saya sudah telepon Bu Lestari, mereka memang
menunggu pencairan klaim BPJS.

Thanks,
Rizky
"""), cc=None),
        kind="staff_command", language="id", invoice_numbers="NCI/2409/0407", currency="IDR", needs_human=False,
        note="prose pause command until 2024-11-15")

    # ------------------------------------------------------------ other
    add("lainnya_ebupot_dari_klien", mail(
        "id-o1", A("PT Sinar Laut Perkasa - Tax", "tax@sinarlaut.co.id"), BOT,
        "Bukti Potong PPh 23 No. 2400918 - PT Norrvik Cold Systems Indonesia", rfcdate("2024-10-10 16:30:11", JKT),
        multi("mixed", [text("""Dengan hormat,

Terlampir kami kirimkan Bukti Pemotongan PPh Pasal 23 (e-Bupot Unifikasi)
atas pembayaran jasa kepada PT Norrvik Cold Systems Indonesia:

Nomor Bukti Potong : 2400918
Masa Pajak         : 10/2024
DPP                : Rp 50.000.000
PPh 23 (2%)        : Rp 1.000.000
Dokumen referensi  : Invoice NCI/2409/0412

Hormat kami,
Tax Department
PT Sinar Laut Perkasa
"""), attach(pdf(pdf_text_lines([(14, "BUKTI PEMOTONGAN PPh PASAL 23"), "Nomor: 2400918", "Masa Pajak: 10/2024",
                                       "Penerima penghasilan: PT NORRVIK COLD SYSTEMS INDONESIA",
                                       "DPP: 50.000.000   PPh dipotong: 1.000.000",
                                       "Dokumen dasar: Invoice NCI/2409/0412"]), "id-o1", title="Bukti Potong 2400918"),
                     "application/pdf", "BPU_2400918.pdf")], "id-o1"), auth=ar("sinarlaut.co.id")),
        kind="other", language="id", invoice_numbers="NCI/2409/0412", amount="1000000.00", currency="IDR", needs_human=True,
        note="client's withholding-tax slip: evidence for staff, not a bank notice and not a reply to a reminder")

    add("lainnya_lamaran_kerja", mail(
        "id-o2", A("Putri Maharani", "putri.maharani97@gmail.com"), BOT, "Lamaran Pekerjaan - Staf Admin Keuangan",
        rfcdate("2024-10-20 20:14:55", JKT),
        text("""Yth. HRD PT Norrvik Cold Systems Indonesia,

Dengan hormat, saya Putri Maharani, lulusan D3 Akuntansi Politeknik
Negeri Jakarta, bermaksud melamar posisi Staf Admin Keuangan sesuai
informasi lowongan di JobStreet. Saya berpengalaman 2 tahun menangani
penagihan dan rekonsiliasi pembayaran pelanggan.

CV dapat saya kirimkan bila diperlukan. Atas perhatian Bapak/Ibu saya
ucapkan terima kasih.

Hormat saya,
Putri Maharani
0857-1122-3344
"""), auth=ar("gmail.com")),
        kind="other", language="id", needs_human=False, note="job application sent to the AR address; mentions 'penagihan'")

    return d.entries

"""Indonesia desk (id/): PT Corrydale Fasad Indonesia, Jakarta, with a Bali branch.  IDR, USD."""
from __future__ import annotations

import mailkit as mk
import world as w
from world import BOT, BOT_NAME

DESK = "id"
DOMAIN = "corrydale.co.id"
WIB, WITA = 7, 8

STAFF = {
    "ratna": ("Ratna Kusumawardhani", "ratna.k@corrydale.co.id", "Finance - Account Receivable", "+62 21 5091 4410"),
    "bayu": ("Bayu Setiadi", "bayu.setiadi@corrydale.co.id", "Project Manager", "+62 21 5091 4431"),
    "made": ("I Made Wirawan", "made.wirawan@corrydale.co.id", "Kepala Cabang Bali", "+62 361 470 2215"),
    "yohanes": ("Yohanes Siregar", "yohanes.siregar@corrydale.co.id", "Finance Manager", "+62 21 5091 4402"),
}
NOTIFIERS = ["mcm-notification@bankmandiri.co.id", "notifikasi@klikbca.com", "no-reply@xendit.co"]
ADDRESS = "Menara Kuningan Lt. 12, Jl. H.R. Rasuna Said Blok X-7 Kav. 5, Jakarta Selatan 12940"


def sig(who: str) -> str:
    n, a, role, tel = STAFF[who]
    addr_ = "Jl. Bypass Ngurah Rai No. 88X, Sanur, Denpasar 80228" if who == "made" else ADDRESS
    return f"Salam,\n\n{n}\n{role}\nPT Corrydale Fasad Indonesia\n{addr_}\nT: {tel}"


R = {}


def _r(key, when, to, invs, cur, sal):
    R[key] = w.rem(DESK, key, when, to, invs, cur, "id", sal)


_r("i01", "2026-11-02 02:00", ("Ibu Lestari Wulandari", "finance@grahasentosa.co.id"), [("INV/CFI/2026/IX/0118", "58830000", "2026-10-20")], "IDR", "Ibu Lestari Wulandari")
_r("i02", "2026-11-03 01:30", ("Bapak I Gusti Ngurah Putra", "ap@bumicakrawala.com"), [("INV/CFI/2026/X/0127", "33300000", "2026-10-31")], "IDR", "Bapak I Gusti Ngurah Putra")
_r("i03", "2026-11-04 02:00", ("Bapak Hendra Gunawan", "keuangan@suryamandala.co.id"), [("INV/CFI/2026/X/0131", "147630000", "2026-11-05")], "IDR", "Bapak Hendra Gunawan")
_r("i04", "2026-11-05 02:00", ("Ms Tan Wei Ling", "weiling.tan@straitsmeridian.com.sg"), [("INV/CFI/2026/IX/0112", "9860.00", "2026-10-15")], "USD", "Ibu Tan Wei Ling")
_r("i05", "2026-11-09 02:00", (None, "ap@straitsmeridian.com.sg"), [("INV/CFI/2026/IX/0112", "9860.00", "2026-10-15")], "USD", "Bapak/Ibu")
_r("i07", "2026-11-16 02:00", ("Sato Kenji", "k.sato@nk-industries.co.id"), [("INV/CFI/2026/X/0135", "4215.00", "2026-11-09")], "USD", "Bapak Sato Kenji")
_r("i06", "2026-12-10 02:00", ("Sato Kenji", "k.sato@nk-industries.co.id"), [("INV/CFI/2026/X/0135", "4215.00", "2026-11-09")], "USD", "Bapak Sato Kenji")
_r("i08", "2026-11-09 02:30", ("Bendahara Yayasan", "bendahara@tunasharapan.sch.id"), [("INV/CFI/2026/X/0129", "12210000", "2026-10-28")], "IDR", "Bapak/Ibu Bendahara")
_r("i09", "2026-11-10 02:00", (None, "keuangan@rsmedikapermata.co.id"), [("INV/CFI/2026/X/0133", "41070000", "2026-11-02")], "IDR", "Bapak/Ibu Bagian Keuangan")
_r("i10", "2026-11-11 02:00", ("Ibu Dewi Anggraini", "dewi.anggraini@kaliandramall.co.id"), [("INV/CFI/2026/X/0138", "22755000", "2026-11-12")], "IDR", "Ibu Dewi Anggraini")
_r("i11", "2026-11-12 02:00", ("Bapak Agus", "sinar.abadikaca@gmail.com"), [("INV/CFI/2026/IX/0121", "6660000", "2026-10-21")], "IDR", "Bapak Agus")
_r("i12", "2026-11-18 02:00", ("Bapak Agus", "sinarabadikaca@gmail.com"), [("INV/CFI/2026/IX/0121", "6660000", "2026-10-21")], "IDR", "Bapak Agus")
_r("i13", "2026-11-13 02:00", ("Finance AP", "finance.ap@pelitaenergi.co.id"), [("INV/CFI/2026/X/0140", "89910000", "2026-11-16")], "IDR", "Bapak/Ibu")
_r("i14", "2026-11-17 02:00", ("Ibu Rina Hapsari", "rina.hapsari@pelitaenergi.co.id"), [("INV/CFI/2026/X/0140", "89910000", "2026-11-16")], "IDR", "Ibu Rina Hapsari")
_r("i15", "2026-11-16 01:00", ("Pengelola Aruna Griya", "pengelola@arunagriya.co.id"), [("INV/CFI/2026/X/0125", "19980000", "2026-10-25")], "IDR", "Bapak/Ibu Pengelola")
_r("i16", "2026-11-19 02:00", (None, "purchasing@mitrabaja.co.id"), [("INV/CFI/2026/X/0142", "73260000", "2026-11-20")], "IDR", "Bapak/Ibu")
_r("i17", "2026-11-20 01:00", ("Ibu Komang Ayu", "accounting@villakayumanis.com"), [("INV/CFI/2026/IX/0115", "15540000", "2026-10-12")], "IDR", "Ibu Komang Ayu")
_r("i18", "2026-11-23 02:00", (None, "finance@kaliandramall.co.id"), [("INV/CFI/2026/X/0138", "22755000", "2026-11-12")], "IDR", "Bapak/Ibu")

INVOICES_OWN = ["INV/CFI/2026/XI/0147", "INV/CFI/2026/XI/0148", "INV/CFI/2026/XI/0150", "INV/CFI/2026/XI/0152",
                "INV/CFI/2026/XI/0158", "INV/CFI/2026/XI/0159", "INV/CFI/2026/XI/0156", "INV/CFI/2026/XI/0161",
                "INV/CFI/2026/XI/0164", "INV/CFI/2026/XII/0168", "INV/CFI/2026/XII/0171"]
EXTRA_KNOWN: list[str] = []


def staff_in(seed, who, to, subject, when, body, cc=None, bcc_bot=False, extra=None):
    name, addr_, _, _ = STAFF[who]
    if cc is None:
        cc = [(BOT_NAME, BOT)]
    return w.inbound(seed, frm=(name, addr_), to=to, cc=cc or None, subject=subject, date_=when, body=body,
                     auth_=w.auth("pass", DOMAIN, addr_, "google", "209.85.216.45", seed),
                     rcv=[w.hop("google", when, seed)], mid=mk.msgid("gmail", seed), extra=extra,
                     pre=[("Delivered-To", BOT)] if bcc_bot else None)


def build():
    M = []

    def add(slug, raw, **lab):
        M.append({"slug": slug, "raw": raw, "label": lab})

    J = lambda s: mk.dt(s, WIB)   # noqa: E731
    B = lambda s: mk.dt(s, WITA)  # noqa: E731

    # ------------------------------------------------------------ invoice copies
    when = J("2026-11-02 14:10")
    txt = f"""Dengan hormat Bapak Hendra,

Bersama ini kami sampaikan tagihan Termin I (uang muka 30%) untuk pekerjaan curtain wall
Gedung Kantor Surya Mandala Tower, sesuai Kontrak No. 041/SMK-CFI/VIII/2026.

  Nilai kontrak (belum termasuk PPN)        Rp 2.450.000.000
  Termin I - uang muka 30%                  Rp   735.000.000
  DPP Nilai Lain (11/12)                    Rp   673.750.000
  PPN 12%                                   Rp    80.850.000
  Total tagihan Termin I                    Rp   815.850.000

No. Invoice: INV/CFI/2026/XI/0147, tanggal 2 November 2026.
Jatuh tempo pembayaran 30 (tiga puluh) hari kalender sejak tanggal invoice.

Invoice asli, faktur pajak, dan jaminan uang muka (bank garansi) akan kami kirimkan
melalui kurir besok.

{sig('bayu')}
"""
    pdf = mk.pdf([("b", "PT CORRYDALE FASAD INDONESIA"), ADDRESS, "NPWP 0021.4477.1204.8000", "", ("b", "INVOICE"),
                  ("r", "No. Invoice", "INV/CFI/2026/XI/0147"), ("r", "Tanggal", "02/11/2026"), ("r", "Jatuh Tempo", "02/12/2026"),
                  ("r", "Kontrak", "041/SMK-CFI/VIII/2026"), "", "Kepada: PT Surya Mandala Konstruksi, Jl. Gatot Subroto Kav. 51, Jakarta", "",
                  ("r", "Nilai Kontrak", "2.450.000.000"), ("r", "Termin I - Uang Muka 30%", "735.000.000"),
                  ("r", "DPP Nilai Lain 11/12", "673.750.000"), ("r", "PPN 12%", "80.850.000"), ("rb", "TOTAL (Rp)", "815.850.000"), "",
                  "Terbilang: delapan ratus lima belas juta delapan ratus lima puluh ribu rupiah",
                  "Bank Mandiri KCP Jakarta Kuningan 124-00-0987654-3 a.n. PT Corrydale Fasad Indonesia"],
                 seed="id01", title="INV/CFI/2026/XI/0147", producer="Accurate Online", creator="Accurate")
    body = mk.multipart("mixed", [mk.text(txt, "utf-8", "quoted-printable"), mk.attachment(pdf, "application/pdf", "INV-CFI-2026-XI-0147 Termin I.pdf")], bstyle="gmail")
    add("termin_uang_muka_30",
        staff_in("id01", "bayu", [("Bapak Hendra Gunawan", "keuangan@suryamandala.co.id")], "Tagihan Termin I - INV/CFI/2026/XI/0147 - Surya Mandala Tower",
                 when, body),
        kind="invoice_copy", language="id", invoice_numbers=["INV/CFI/2026/XI/0147"], amount="815850000.00", currency="IDR",
        issue_date="2026-11-02", due_date="2026-12-02", payment_terms_days=30, needs_human=False,
        note="down payment (Termin I) incl. PPN, not the contract value",
        hard="contract value vs termin vs DPP nilai lain vs PPN vs total; slashes and Roman month in the invoice number")

    when = J("2026-11-03 10:25")
    txt = f"""Yth. Ibu Lestari,

Terlampir invoice jasa pembersihan dan perawatan fasad Graha Sentosa Tower periode
Oktober 2026.

No. Invoice : INV/CFI/2026/XI/0148
Tanggal     : 3 November 2026

  Jasa pembersihan & perawatan fasad (Okt 2026)      Rp 110.000.000
  DPP Nilai Lain 11/12                                Rp 100.833.333
  PPN 12%                                             Rp  12.100.000
  Total tagihan                                       Rp 122.100.000
  PPh 23 (2% x Rp 110.000.000), dipotong pemberi jasa (Rp   2.200.000)
  Jumlah yang ditransfer                              Rp 119.900.000

Mohon bukti potong PPh 23 dikirimkan ke email ini setelah pembayaran. Jatuh tempo 14 hari
setelah tanggal invoice.

{sig('ratna')}
"""
    body = mk.multipart("alternative", [mk.text(txt, "utf-8", "quoted-printable"),
                                        mk.html("<div dir=\"ltr\"><pre style=\"font-family:Arial\">" + txt + "</pre></div>\n", "utf-8", "quoted-printable")], bstyle="gmail")
    add("jasa_pph23_dipotong",
        staff_in("id02", "ratna", [("Ibu Lestari Wulandari", "finance@grahasentosa.co.id")], "Invoice INV/CFI/2026/XI/0148 - Perawatan Fasad Okt 2026",
                 when, body),
        kind="invoice_copy", language="id", invoice_numbers=["INV/CFI/2026/XI/0148"], amount="122100000.00", currency="IDR",
        issue_date="2026-11-03", due_date="2026-11-17", payment_terms_days=14, needs_human=False,
        note="amount = invoice total incl. PPN; the PPh 23 withheld by the client is settled by the tax slip, so 'Jumlah yang ditransfer' is not the invoice amount",
        hard="PPh 23 withholding: total 122.100.000 vs to-transfer 119.900.000")

    when = B("2026-11-05 15:40")
    htm = f"""<div style="font-family:Arial,sans-serif;font-size:13px">
<p>Om Swastiastu Bapak Putra,</p>
<p>Berikut kami kirimkan invoice untuk penggantian kaca laminated lobby dan restoran Bumi Cakrawala Nusa Dua.</p>
<table cellpadding="4" style="border:1px solid #ccc;border-collapse:collapse">
<tr><td>No. Invoice</td><td><b>INV/CFI/2026/XI/0150</b></td></tr>
<tr><td>Tanggal</td><td>5 November 2026</td></tr>
<tr><td>Harga pekerjaan</td><td align="right">Rp 42.300.000</td></tr>
<tr><td>DPP Nilai Lain (11/12)</td><td align="right">Rp 38.775.000</td></tr>
<tr><td>PPN 12%</td><td align="right">Rp 4.653.000</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>Rp 46.953.000</b></td></tr>
<tr><td>Jatuh tempo</td><td>5 Desember 2026 (30 hari)</td></tr>
</table>
<p>Pembayaran mohon ditransfer ke BCA KCU Sudirman 035-318-7710 a.n. PT Corrydale Fasad Indonesia.</p>
<p>Suksma,<br>I Made Wirawan<br>Kepala Cabang Bali &ndash; PT Corrydale Fasad Indonesia</p></div>
"""
    add("html_invoice_bali",
        staff_in("id03", "made", [("Bapak I Gusti Ngurah Putra", "ap@bumicakrawala.com")], "Invoice penggantian kaca lobby - INV/CFI/2026/XI/0150",
                 when, mk.html(htm, "utf-8", "base64")),
        kind="invoice_copy", language="id", invoice_numbers=["INV/CFI/2026/XI/0150"], amount="46953000.00", currency="IDR",
        issue_date="2026-11-05", due_date="2026-12-05", payment_terms_days=30, needs_human=False, note="HTML only, base64, WITA sender",
        hard="HTML-only base64; Balinese greeting")

    when = J("2026-11-09 16:02")
    txt = f"""Dear Ms Tan,

Please find attached our invoice for the facade condition survey and recladding design
study for Meridian Plaza Jakarta.

Invoice no.: INV/CFI/2026/XI/0152
Amount: USD 20,535.00 (USD 18,500.00 + VAT USD 2,035.00)
Terms: 30 days from invoice date

Kindly remit to our USD account at BCA KCU Sudirman, account 035-318-9902, SWIFT CENAIDJA.
The tax invoice (Faktur Pajak) will follow via Coretax.

Best regards,
Ratna Kusumawardhani
Finance - Account Receivable
PT Corrydale Fasad Indonesia
"""
    pdf = mk.pdf([("b", "PT CORRYDALE FASAD INDONESIA"), ADDRESS, "", ("b", "INVOICE"), ("r", "Invoice No.", "INV/CFI/2026/XI/0152"),
                  ("r", "Invoice Date", "09/11/2026"), ("r", "Due Date", "09/12/2026"), "",
                  "Bill to: Straits Meridian Pte Ltd, 8 Marina View #31-02, Singapore 018960", "",
                  ("r", "Facade condition survey, Meridian Plaza", "USD 7,200.00"), ("r", "Recladding design study", "USD 11,300.00"),
                  ("r", "Subtotal", "USD 18,500.00"), ("r", "VAT 12% x DPP 11/12", "USD 2,035.00"), ("rb", "TOTAL", "USD 20,535.00")],
                 seed="id04", title="INV/CFI/2026/XI/0152", producer="Accurate Online")
    body = mk.multipart("mixed", [mk.text(txt, "us-ascii", "7bit"), mk.attachment(pdf, "application/pdf", "INV_CFI_2026_XI_0152.pdf")], bstyle="gmail")
    add("usd_invoice_in_english",
        staff_in("id04", "ratna", [("Tan Wei Ling", "weiling.tan@straitsmeridian.com.sg")], "Invoice INV/CFI/2026/XI/0152 - Meridian Plaza survey",
                 when, body, cc=[(BOT_NAME, BOT), ("Straits Meridian AP", "ap@straitsmeridian.com.sg")]),
        kind="invoice_copy", language="en", invoice_numbers=["INV/CFI/2026/XI/0152"], amount="20535.00", currency="USD",
        issue_date="2026-11-09", due_date="2026-12-09", payment_terms_days=30, needs_human=False,
        note="staff mail in English -> language en", hard="Indonesian desk, English mail; PDF dd/mm dates")

    when = J("2026-11-12 11:15")
    txt = f"""Selamat siang Bu Dewi,

Terlampir 2 (dua) invoice untuk pekerjaan di Kaliandra Mall Surabaya:

1. INV/CFI/2026/XI/0158 - Penggantian kaca tempered void lantai 2 : Rp 27.750.000
2. INV/CFI/2026/XI/0159 - Resealing silikon skylight atrium        : Rp  9.102.000
   Total kedua invoice                                             : Rp 36.852.000

(sudah termasuk PPN)

Mohon pembayaran dapat dilakukan paling lambat akhir bulan ini.

Terima kasih atas kerja samanya.

{sig('bayu')}
"""
    def two(no, desc, harga, dpp, ppn, tot, seed):
        return mk.pdf([("b", "PT CORRYDALE FASAD INDONESIA"), "", ("b", "INVOICE " + no), ("r", "Tanggal", "12 November 2026"),
                       ("r", "Kepada", "PT Kaliandra Mall Management"), "", ("r", desc, harga), ("r", "DPP Nilai Lain", dpp),
                       ("r", "PPN 12%", ppn), ("rb", "Total Rp", tot)], seed=seed, title=no, producer="Accurate Online")
    body = mk.multipart("mixed", [mk.text(txt, "utf-8", "quoted-printable"),
                                  mk.attachment(two("INV/CFI/2026/XI/0158", "Kaca tempered void lt. 2", "25.000.000", "22.916.667", "2.750.000", "27.750.000", "id05a"), "application/pdf", "INV_0158.pdf"),
                                  mk.attachment(two("INV/CFI/2026/XI/0159", "Resealing skylight atrium", "8.200.000", "7.516.667", "902.000", "9.102.000", "id05b"), "application/pdf", "INV_0159.pdf")],
                        bstyle="gmail")
    add("dua_invoice_akhir_bulan",
        staff_in("id05", "bayu", [("Ibu Dewi Anggraini", "dewi.anggraini@kaliandramall.co.id")], "Invoice pekerjaan Kaliandra Mall (2 invoice)",
                 when, body, cc=[("Finance Kaliandra", "finance@kaliandramall.co.id"), (BOT_NAME, BOT)]),
        kind="invoice_copy", language="id", invoice_numbers=["INV/CFI/2026/XI/0158", "INV/CFI/2026/XI/0159"], amount="36852000.00", currency="IDR",
        issue_date="2026-11-12", due_date="2026-11-30", payment_terms_days="", needs_human=False,
        note="two invoices; 'paling lambat akhir bulan ini' = 30 Nov, no day count", hard="relative due date in an invoice; two invoices")

    when = J("2026-11-16 09:20")
    txt = f"""Mbak Ratna / tim AR,

Invoice di bawah ini dikirim Pak Bayu tanggal 10/11 tapi AR belum di-cc, tolong dicatat ya.

Thanks,
Yohanes

---------- Forwarded message ---------
From: Bayu Setiadi <bayu.setiadi@corrydale.co.id>
Date: Sel, 10 Nov 2026 pukul 16.44
Subject: Invoice penggantian kaca IGU Gedung B - INV/CFI/2026/XI/0156
To: <keuangan@rsmedikapermata.co.id>


Dengan hormat,

Terlampir invoice penggantian kaca insulated (IGU) Gedung B RS Medika Permata.

No. Invoice : INV/CFI/2026/XI/0156
Tanggal     : 10 November 2026
Total       : Rp 64.380.000 (termasuk PPN)
Jatuh tempo : 45 hari setelah tanggal invoice

Salam,
Bayu Setiadi
"""
    add("diteruskan_internal",
        staff_in("id06", "yohanes", [(BOT_NAME, BOT)], "Fwd: Invoice penggantian kaca IGU Gedung B - INV/CFI/2026/XI/0156", when,
                 mk.text(txt, "utf-8", "quoted-printable"), cc=[("Ratna Kusumawardhani", "ratna.k@corrydale.co.id")]),
        kind="invoice_copy", language="id", invoice_numbers=["INV/CFI/2026/XI/0156"], amount="64380000.00", currency="IDR",
        issue_date="2026-11-10", due_date="2026-12-25", payment_terms_days=45, needs_human=False,
        note="internal forward", hard="Gmail forward in Indonesian, debtor only in the forwarded header")

    when = J("2026-11-20 13:30")
    txt = f"""Yth. Bapak/Ibu Bendahara Yayasan Pendidikan Tunas Harapan,

Dengan ini kami sampaikan invoice perbaikan kusen dan kaca jendela ruang kelas Gedung C.

No. Invoice        : INV/CFI/2026/XI/0161
Tanggal Invoice    : 20-11-2026
No. Faktur Pajak   : 04002600123456789
Jumlah             : Rp 17.316.000,-
Terbilang          : tujuh belas juta tiga ratus enam belas ribu rupiah
Jatuh Tempo        : 14 hari

Pembayaran dapat dilakukan melalui Virtual Account Xendit 8808-0171-2026-0161 atau
transfer ke rekening Mandiri 124-00-0987654-3.

{sig('ratna')}
"""
    add("terbilang_faktur_pajak",
        staff_in("id07", "ratna", [("Bendahara Yayasan", "bendahara@tunasharapan.sch.id")], "Invoice INV/CFI/2026/XI/0161 Perbaikan Jendela Gedung C",
                 when, mk.text(txt, "us-ascii", "7bit")),
        kind="invoice_copy", language="id", invoice_numbers=["INV/CFI/2026/XI/0161"], amount="17316000.00", currency="IDR",
        issue_date="2026-11-20", due_date="2026-12-04", payment_terms_days=14, needs_human=False,
        note="Faktur Pajak and virtual-account numbers are not invoice numbers", hard="'Rp 17.316.000,-' and amount in words; long digit strings")

    when = J("2026-11-25 17:05")
    txt = f"""Dengan hormat,

Terlampir invoice pekerjaan pemasangan sun-shading aluminium fasad timur Pelita Energi
Tower, No. INV/CFI/2026/XI/0164, total Rp 248.160.000 termasuk PPN. Jatuh tempo 30 hari.

{sig('bayu')}
"""
    pdf = mk.pdf([("b", "PT CORRYDALE FASAD INDONESIA"), "", ("b", "INVOICE INV/CFI/2026/XI/0164"), ("r", "Tanggal", "25/11/2026"),
                  ("r", "Kepada", "PT Pelita Energi Nusantara"), "", ("r", "Pemasangan sun-shading fasad timur", "256.000.000"),
                  ("r", "DPP Nilai Lain 11/12", "234.666.667"), ("r", "PPN 12%", "28.160.000"), ("rb", "TOTAL Rp", "284.160.000"), "",
                  "Jatuh tempo: 30 hari"], seed="id08", title="INV/CFI/2026/XI/0164", producer="Accurate Online")
    body = mk.multipart("mixed", [mk.text(txt, "utf-8", "quoted-printable"), mk.attachment(pdf, "application/pdf", "INV-0164.pdf")], bstyle="gmail")
    add("total_bertentangan",
        staff_in("id08", "bayu", [("Ibu Rina Hapsari", "rina.hapsari@pelitaenergi.co.id")], "Invoice INV/CFI/2026/XI/0164 - sun shading fasad timur",
                 when, body),
        kind="invoice_copy", language="id", invoice_numbers=["INV/CFI/2026/XI/0164"], amount="", currency="IDR",
        issue_date="2026-11-25", due_date="2026-12-25", payment_terms_days=30, needs_human=True,
        note="mail says Rp 248.160.000, PDF Rp 284.160.000 -> amount empty")

    when = B("2026-12-01 10:40")
    txt = f"""Om Swastiastu,

Terlampir tagihan jasa perawatan fasad dan gondola Aruna Griya Residence Sanur untuk
bulan Desember 2026, sesuai kontrak pemeliharaan tahunan No. 017/AGR-CFI/2026.

  Nilai kontrak tahunan (belum PPN)         Rp 216.000.000
  Tagihan bulan Desember 2026 (1/12)        Rp  18.000.000
  DPP Nilai Lain 11/12                      Rp  16.500.000
  PPN 12%                                   Rp   1.980.000
  Total tagihan bulan ini                   Rp  19.980.000

No. Invoice: INV/CFI/2026/XII/0168. Jatuh tempo 14 hari.

Suksma,
I Made Wirawan
Kepala Cabang Bali
"""
    add("kontrak_tahunan_angsuran_bulanan",
        staff_in("id09", "made", [("Pengelola Aruna Griya", "pengelola@arunagriya.co.id")], "Tagihan perawatan fasad Desember 2026 - INV/CFI/2026/XII/0168",
                 when, mk.text(txt, "utf-8", "8bit")),
        kind="invoice_copy", language="id", invoice_numbers=["INV/CFI/2026/XII/0168"], amount="19980000.00", currency="IDR",
        issue_date="2026-12-01", due_date="2026-12-15", payment_terms_days=14, needs_human=False,
        note="monthly instalment of an annual contract", hard="annual value vs monthly; 8bit UTF-8")

    when = J("2026-12-07 15:45")
    txt = f"""Dengan hormat Bapak Sato,

Terlampir invoice untuk pekerjaan darurat penggantian panel ACP yang lepas akibat angin
kencang di pabrik Cikarang (pekerjaan 3-4 Desember 2026).

No. Invoice : INV/CFI/2026/XII/0171
Tanggal     : 7 Desember 2026
Jumlah      : USD 7.215,00 (termasuk PPN)

Mohon pembayaran segera setelah invoice ini diterima.

{sig('ratna')}
"""
    add("usd_segera_bcc",
        staff_in("id10", "ratna", [("Sato Kenji", "k.sato@nk-industries.co.id")], "Invoice INV/CFI/2026/XII/0171 - Emergency ACP panel", when,
                 mk.text(txt, "utf-8", "quoted-printable"), cc=[("Accounting NKI", "accounting@nk-industries.co.id")], bcc_bot=True),
        kind="invoice_copy", language="id", invoice_numbers=["INV/CFI/2026/XII/0171"], amount="7215.00", currency="USD",
        issue_date="2026-12-07", due_date="2026-12-07", payment_terms_days="", needs_human=False,
        note="'pembayaran segera setelah invoice diterima' -> due = issue, no terms; bot in Bcc",
        hard="USD with Indonesian decimal comma 'USD 7.215,00'; Bcc")

    # ------------------------------------------------------------ read receipts
    r = R["i01"]
    when = J("2026-11-02 10:47")
    human = f"""Pesan Anda

  Kepada: finance@grahasentosa.co.id
  Subjek: {r.subject}
  Terkirim: Senin, 02 November 2026 09.00.12 (UTC+07:00) Bangkok, Hanoi, Jakarta

telah dibaca pada Senin, 02 November 2026 10.47.05 (UTC+07:00) Bangkok, Hanoi, Jakarta.
"""
    body = mk.multipart("report", [mk.text(human, "utf-8", "quoted-printable"),
                                   mk.disposition_notification(w.mdn_fields("GSP-EXCH.grahasentosa.local", "finance@grahasentosa.co.id", r.mid))],
                        bstyle="outlook", params={"report-type": "disposition-notification"})
    add("mdn_outlook_dibaca",
        w.inbound("id11", frm=("Finance Graha Sentosa", "finance@grahasentosa.co.id"), to=(BOT_NAME, BOT), subject="Dibaca: " + r.subject,
                  date_=when, body=body, auth_=w.auth("pass", "grahasentosa.co.id", "finance@grahasentosa.co.id", "selector1", "40.107.255.60", "id11"),
                  rcv=[w.hop("outlook", when, "id11")], mid=mk.msgid("outlook_ap", "id11"), extra=[("Content-Language", "id-ID")]),
        kind="read_receipt", language="id", original_message_id=r.mid, needs_human=False)

    r = R["i17"]
    when = B("2026-11-20 11:03")
    human = """This is a Return Receipt for the mail that you sent to accounting@villakayumanis.com.

Note: This receipt only acknowledges that the message was displayed on the recipients computer. There is no guarantee that the recipient has read or understood the message contents.
"""
    body = mk.multipart("report", [mk.text(human, "utf-8", "7bit", params={"format": "flowed"}),
                                   mk.disposition_notification(w.mdn_fields("Roundcube Webmail", "accounting@villakayumanis.com", r.mid))],
                        bstyle="plain", params={"report-type": "disposition-notification"})
    add("mdn_roundcube_english",
        w.inbound("id12", frm=("Accounting Villa Kayu Manis", "accounting@villakayumanis.com"), to=BOT, subject="Return Receipt (displayed) - " + r.subject,
                  date_=when, body=body, auth_=w.auth("pass", "villakayumanis.com", "accounting@villakayumanis.com", "default", seed="id12"),
                  rcv=[w.hop_domain("villakayumanis.com", when, "id12", host="server.villakayumanis.com")],
                  mid=mk.msgid("generic", "id12", "villakayumanis.com"), extra=[("User-Agent", "Roundcube Webmail/1.6.9")]),
        kind="read_receipt", language="en", original_message_id=r.mid, needs_human=False, note="cPanel Roundcube MDN, English text on the id desk")

    r = R["i15"]
    when = B("2026-11-16 13:41")
    txt = f"""Pesan Anda

  Kepada: pengelola@arunagriya.co.id
  Subjek: {r.subject}
  Dikirim: Senin, 16 November 2026 09.00

telah dibaca pada Senin, 16 November 2026 13.41.
"""
    add("tanda_terima_baca_teks",
        w.inbound("id13", frm=("Pengelola Aruna Griya", "pengelola@arunagriya.co.id"), to=BOT, subject="Dibaca: " + r.subject,
                  date_=when, body=mk.text(txt, "utf-8", "quoted-printable"),
                  auth_=w.auth("pass", "arunagriya.co.id", "pengelola@arunagriya.co.id", "x", seed="id13"),
                  rcv=[w.hop_domain("arunagriya.co.id", when, "id13")], mid=mk.msgid("generic", "id13", "arunagriya.co.id"),
                  irt=r.mid, refs=[r.mid]),
        kind="read_receipt", language="id", original_message_id=r.mid, needs_human=False,
        note="non-standard receipt, text/plain only, threaded by In-Reply-To", hard="'Dibaca:' plain text without MDN part; WITA time")

    # ------------------------------------------------------------------ bounces
    r = R["i11"]
    when = mk.dt("2026-11-12 02:00:03", 0)
    human = f"""This is the mail system at host {w.OUTBOUND}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<sinar.abadikaca@gmail.com>: host gmail-smtp-in.l.google.com[142.250.4.26]
    said: 550-5.1.1 The email account that you tried to reach does not exist.
    Please try 550-5.1.1 double-checking the recipient's email address for
    typos or 550-5.1.1 unnecessary spaces. For more information, go to 550
    5.1.1  https://support.google.com/mail/?p=NoSuchUser
    d2e1a72fcca58-7b0d1e3c4a1si2214412b3a.301 - gsmtp (in reply to RCPT TO
    command)
"""
    body = w.dsn_body(mk.text(human, "us-ascii", "7bit"),
                      [("Reporting-MTA", f"dns; {w.OUTBOUND}"), ("X-Postfix-Queue-ID", "4HqQ1b7GmRz1wT4"), ("X-Postfix-Sender", f"rfc822; {BOT}"),
                       ("Arrival-Date", mk.rfcdate(r.when))],
                      [[("Final-Recipient", "rfc822; sinar.abadikaca@gmail.com"), ("Original-Recipient", "rfc822;sinar.abadikaca@gmail.com"),
                        ("Action", "failed"), ("Status", "5.1.1"), ("Remote-MTA", "dns; gmail-smtp-in.l.google.com"),
                        ("Diagnostic-Code", "smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser - gsmtp")]],
                      r.raw(), full=True, seed="id14")
    add("bounce_gmail_no_such_user",
        w.inbound("id14", frm=("Mail Delivery System", f"MAILER-DAEMON@{w.OUTBOUND}"), to=BOT, subject="Undelivered Mail Returned to Sender",
                  date_=when, body=body, auth_=w.auth("internal", w.OUTBOUND), rcv=[w.received(w.OUTBOUND, "185.44.131.25", when, "id14")],
                  mid=mk.msgid("postfix", "id14", w.OUTBOUND), extra=[("Auto-Submitted", "auto-replied")]),
        kind="bounce", language="en", failed_recipients=["sinar.abadikaca@gmail.com"], bounce_permanent=True, bounce_reason="user_unknown",
        original_message_id=r.mid, needs_human=False, note="mistyped Gmail address, rejected at RCPT TO")

    r = R["i18"]
    when = J("2026-11-23 09:01")
    human_txt = f"""Tidak terkirim ke penerima berikut:

finance@kaliandramall.co.id
Kotak surat penerima penuh dan tidak dapat menerima pesan saat ini. Silakan coba kirim ulang pesan Anda nanti, atau hubungi penerima secara langsung.

Informasi diagnostik untuk administrator:

Server pembuat: SI2PR06MB5140.apcprd06.prod.outlook.com

finance@kaliandramall.co.id
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

Header pesan asli:

Message-ID: {r.mid}
Subject: {r.subject}
"""
    body = w.dsn_body(mk.text(human_txt, "utf-8", "quoted-printable"),
                      [("Reporting-MTA", "dns;SI2PR06MB5140.apcprd06.prod.outlook.com"), ("Received-From-MTA", "dns;smtp-out.corrydale-group.com"),
                       ("Arrival-Date", mk.rfcdate(r.when))],
                      [[("Original-Recipient", "rfc822;finance@kaliandramall.co.id"), ("Final-Recipient", "rfc822;finance@kaliandramall.co.id"),
                        ("Action", "failed"), ("Status", "5.2.2"),
                        ("Diagnostic-Code", "smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded")]],
                      r.raw(), full=False, bstyle="outlook", seed="id15")
    add("ndr_kotak_surat_penuh",
        w.inbound("id15", frm=("Microsoft Outlook", "postmaster@kaliandramall.co.id"), to=BOT, subject="Tidak Terkirim: " + r.subject,
                  date_=when, body=body, auth_=w.auth("pass", "kaliandramall.co.id", "postmaster@kaliandramall.co.id", "selector1", "40.107.255.61", "id15"),
                  rcv=[w.hop("outlook", when, "id15")], mid=mk.msgid("outlook_ap", "id15"),
                  extra=[("Auto-Submitted", "auto-replied"), ("Content-Language", "id-ID")]),
        kind="bounce", language="id", failed_recipients=["finance@kaliandramall.co.id"], bounce_permanent=True, bounce_reason="mailbox_full",
        original_message_id=r.mid, needs_human=False, note="Indonesian Exchange Online NDR, quota exceeded")

    r = R["i13"]
    when = mk.dt("2026-11-13 02:00:20", 0)
    human = f"""This is the mail system at host {w.OUTBOUND}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<finance.ap@pelitaenergi.co.id>: host d1471a.ess.barracudanetworks.com[209.222.82.255]
    said: 550 permanent failure for one or more recipients
    (finance.ap@pelitaenergi.co.id:blocked) (in reply to end of DATA command)
"""
    body = w.dsn_body(mk.text(human, "us-ascii", "7bit"),
                      [("Reporting-MTA", f"dns; {w.OUTBOUND}"), ("X-Postfix-Queue-ID", "4HqS8c1NvWz1wT9"), ("X-Postfix-Sender", f"rfc822; {BOT}"),
                       ("Arrival-Date", mk.rfcdate(r.when))],
                      [[("Final-Recipient", "rfc822; finance.ap@pelitaenergi.co.id"), ("Action", "failed"), ("Status", "5.0.0"),
                        ("Remote-MTA", "dns; d1471a.ess.barracudanetworks.com"),
                        ("Diagnostic-Code", "smtp; 550 permanent failure for one or more recipients (finance.ap@pelitaenergi.co.id:blocked)")]],
                      r.raw(), full=False, seed="id16")
    add("bounce_barracuda_blocked",
        w.inbound("id16", frm=("Mail Delivery System", f"MAILER-DAEMON@{w.OUTBOUND}"), to=BOT, subject="Undelivered Mail Returned to Sender",
                  date_=when, body=body, auth_=w.auth("internal", w.OUTBOUND), rcv=[w.received(w.OUTBOUND, "185.44.131.25", when, "id16")],
                  mid=mk.msgid("postfix", "id16", w.OUTBOUND), extra=[("Auto-Submitted", "auto-replied")]),
        kind="bounce", language="en", failed_recipients=["finance.ap@pelitaenergi.co.id"], bounce_permanent=True, bounce_reason="spam",
        original_message_id=r.mid, needs_human=False, note="Barracuda ':blocked' after DATA = content/spam block, address alive",
        hard="generic status 5.0.0, only ':blocked' tells the reason")

    # -------------------------------------------------------------- auto-replies
    r = R["i02"]
    when = B("2026-11-03 09:31")
    txt = """Om Swastiastu,

Terima kasih atas email Anda. Saya sedang cuti sampai dengan Jumat, 13 November 2026 dan
akan kembali bekerja pada Senin, 16 November 2026. Email Anda akan saya balas setelah
saya kembali.

Untuk hal yang mendesak, silakan hubungi Ibu Ni Luh Sukerti (finance@bumicakrawala.com).

Salam,
I Gusti Ngurah Putra
Chief Accountant - Bumi Cakrawala Resort Nusa Dua
"""
    add("cuti_standar",
        w.inbound("id17", frm=("I Gusti Ngurah Putra", "ap@bumicakrawala.com"), to=BOT, subject="Balasan Otomatis: " + r.subject, date_=when,
                  body=mk.text(txt, "utf-8", "quoted-printable"),
                  auth_=w.auth("pass", "bumicakrawala.com", "ap@bumicakrawala.com", "google", "209.85.216.41", "id17"),
                  rcv=[w.hop("google", when, "id17")], mid=mk.msgid("gmail", "id17"), irt=r.mid, refs=[r.mid],
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]),
        kind="auto_reply", language="id", return_date="2026-11-16", original_message_id=r.mid, needs_human=False)

    r = R["i04"]
    when = mk.dt("2026-11-05 10:01", 8)
    txt = """您好！

我将于2026年11月5日至11月13日休假，期间无法及时回复邮件。我将于11月16日（星期一）返回办公室。
如有紧急事务，请联系同事林振豪先生（ap@straitsmeridian.com.sg）。

谢谢！
谭慧玲
Tan Wei Ling | Finance Manager | Straits Meridian Pte Ltd
"""
    add("ooo_chinese_gb2312",
        w.inbound("id18", frm=("Tan Wei Ling", "weiling.tan@straitsmeridian.com.sg"), to=BOT, subject="自动回复: " + r.subject, date_=when,
                  body=mk.text(txt, "gb2312", "base64"),
                  auth_=w.auth("pass", "straitsmeridian.com.sg", "weiling.tan@straitsmeridian.com.sg", "selector1", "40.107.255.72", "id18"),
                  rcv=[w.hop("outlook", when, "id18")], mid=mk.msgid("outlook_ap", "id18"), irt=r.mid, refs=[r.mid],
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Content-Language", "zh-CN")],
                  subj_cs="gb2312", name_cs="utf-8", order="outlook"),
        kind="auto_reply", language="zh", return_date="2026-11-16", original_message_id=r.mid, needs_human=False,
        hard="Chinese in gb2312/base64; Singapore time")

    r = R["i06"]
    when = J("2026-12-10 09:02")
    txt = """お世話になっております。

誠に勝手ながら、12月10日（木）から12月18日（金）まで休暇を取得しております。
12月21日（月）より出社いたしますので、ご返信が遅れますことをご了承ください。
お急ぎの場合は経理部（accounting@nk-industries.co.id）までご連絡ください。

佐藤 健二
PT Nusantara Kyoei Industries 経理部
"""
    add("jidou_outou_iso2022jp",
        w.inbound("id19", frm=("佐藤 健二", "k.sato@nk-industries.co.id"), to=BOT, subject="自動応答: " + r.subject, date_=when,
                  body=mk.text(txt, "iso-2022-jp", "7bit"),
                  auth_=w.auth("pass", "nk-industries.co.id", "k.sato@nk-industries.co.id", "selector1", "40.107.255.80", "id19"),
                  rcv=[w.hop("outlook", when, "id19")], mid=mk.msgid("outlook_ap", "id19"), irt=r.mid, refs=[r.mid],
                  subj_cs="iso-2022-jp", name_cs="iso-2022-jp"),
        kind="auto_reply", language="ja", return_date="2026-12-21", original_message_id=r.mid, needs_human=False,
        note="no Auto-Submitted header; Japanese", hard="ISO-2022-JP, no RFC 3834 header, return after a weekend")

    # --------------------------------------------------------------- challenges
    r = R["i08"]
    when = J("2026-11-09 09:31")
    url = "https://tunasharapan.sch.id:2096/cgi-sys/bxd.cgi?a=bendahara@tunasharapan.sch.id&q=a81d5e7f20c94b36"
    txt = f"""The message you sent requires that you verify that you
are a real live human being and not a spam source.

To complete this verification, simply reply to this message and leave
the subject line intact or click the link below:

{url}

The headers of the message sent from your address are shown below:

Message-ID: {r.mid}
From: {BOT_NAME} <{BOT}>
To: Bendahara Yayasan <bendahara@tunasharapan.sch.id>
Subject: {r.subject}
Date: {mk.rfcdate(r.when)}
"""
    add("challenge_boxtrapper_sekolah",
        w.inbound("id20", frm=("bendahara@tunasharapan.sch.id", "bendahara@tunasharapan.sch.id"), to=BOT,
                  subject="Please Verify Your Email Address (verify#tunasharapan.sch.id-a81d5e7f20c94b36)", date_=when,
                  body=mk.text(txt, "utf-8", "quoted-printable"), auth_=w.auth("pass", "tunasharapan.sch.id", "bendahara@tunasharapan.sch.id", "default", seed="id20"),
                  rcv=[w.hop_domain("tunasharapan.sch.id", when, "id20", host="srv12.idcloudhost.example")],
                  mid=mk.msgid("generic", "id20", "tunasharapan.sch.id"), extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]),
        kind="challenge", language="en", challenge=url, original_message_id=r.mid, needs_human=True)

    r = R["i09"]
    when = J("2026-11-10 09:01")
    addr_c = "verif+8H3KQ2@antispam.rsmedikapermata.co.id"
    txt = f"""Yth. Pengirim,

Email Anda kepada keuangan@rsmedikapermata.co.id dengan subjek
"{r.subject}"
saat ini DITAHAN oleh sistem anti-spam RS Medika Permata.

Untuk memastikan bahwa Anda bukan pengirim spam, silakan balas email ini tanpa mengubah
subjek, atau kirim email kosong ke alamat berikut:

    {addr_c}

Setelah verifikasi, email Anda akan diteruskan dan email berikutnya dari alamat Anda tidak
akan ditahan lagi. Email yang tidak diverifikasi dalam 5 hari akan dihapus otomatis.

Unit IT RS Medika Permata
"""
    add("verifikasi_pengirim_alamat",
        w.inbound("id21", frm=("Verifikasi Email RS Medika Permata", "verifikasi@rsmedikapermata.co.id"), to=BOT,
                  subject="[VERIFIKASI] " + r.subject, date_=when, body=mk.text(txt, "utf-8", "quoted-printable"),
                  auth_=w.auth("pass", "rsmedikapermata.co.id", "verifikasi@rsmedikapermata.co.id", "mail", seed="id21"),
                  rcv=[w.hop_domain("rsmedikapermata.co.id", when, "id21")], mid=mk.msgid("generic", "id21", "antispam.rsmedikapermata.co.id"),
                  irt=r.mid, reply_to=addr_c, extra=[("Auto-Submitted", "auto-replied")]),
        kind="challenge", language="id", challenge=addr_c, original_message_id=r.mid, needs_human=True)

    # ---------------------------------------------------------------- payments
    def mandiri(seed, when, subj, txt, frm=("Mandiri Cash Management", "mcm-notification@bankmandiri.co.id"), auth_=None, rcv=None):
        return w.inbound(seed, frm=frm, to=BOT, subject=subj, date_=when, body=mk.text(txt, "utf-8", "quoted-printable"),
                         auth_=auth_ or w.auth("pass_reject", "bankmandiri.co.id", "bounce@bankmandiri.co.id", "mcm", "202.158.33.10", seed),
                         rcv=rcv or [w.received("smtp2.bankmandiri.co.id", "202.158.33.10", when, seed)], mid=mk.msgid("java", seed, "bankmandiri.co.id"))

    when = J("2026-11-16 08:12")
    txt = """NOTIFIKASI TRANSAKSI KREDIT - MANDIRI CASH MANAGEMENT

Nama Perusahaan   : PT CORRYDALE FASAD INDONESIA
Nomor Rekening    : 124-00-0987654-3 (IDR)
Tanggal Transaksi : 16/11/2026 08:09:51
Tanggal Efektif   : 16/11/2026
Jenis Transaksi   : Transfer Masuk (SKN)
Nominal           : IDR 119.900.000,00
Dari              : PT GRAHA SENTOSA PROPERTINDO
Berita            : PEMB INV/CFI/2026/XI/0148 POT PPH23

Email ini dikirim secara otomatis. Mohon tidak membalas email ini.
PT Bank Mandiri (Persero) Tbk. terdaftar dan diawasi oleh Otoritas Jasa Keuangan.
"""
    add("mandiri_kurang_pph23", mandiri("id22", when, "Notifikasi Transaksi Kredit - Rek 124-00-0987654-3", txt),
        kind="payment_confirmation", language="id", invoice_numbers=["INV/CFI/2026/XI/0148"], amount="119900000.00", currency="IDR",
        payment_date="2026-11-16", payment_full=False, needs_human=True,
        note="net of PPh 23 (2.200.000) against 122.100.000 open; staff must match the withholding slip",
        hard="short by exactly the PPh 23 withholding")

    when = J("2026-12-08 10:20")
    txt = """KlikBCA Bisnis - Notifikasi Dana Masuk

Rekening         : 035-318-9902 (USD) a.n. PT CORRYDALE FASAD INDONESIA
Tanggal Valuta   : 07/12/2026
Tanggal Notifikasi: 08/12/2026
Jumlah           : USD 20,535.00
Pengirim         : STRAITS MERIDIAN PTE LTD (DBS BANK LTD SINGAPORE)
Keterangan       : INV/CFI/2026/XI/0152 MERIDIAN PLAZA SURVEY

Halo BCA 1500888 | www.klikbca.com
"""
    add("bca_usd_valuta_sebelumnya",
        w.inbound("id23", frm=("KlikBCA Bisnis", "notifikasi@klikbca.com"), to=BOT, subject="Notifikasi Dana Masuk USD 20,535.00", date_=when,
                  body=mk.text(txt, "us-ascii", "7bit"), auth_=w.auth("pass_reject", "klikbca.com", "notifikasi@klikbca.com", "bca", "202.6.211.8", "id23"),
                  rcv=[w.received("mail.klikbca.com", "202.6.211.8", when, "id23")], mid=mk.msgid("java", "id23", "klikbca.com")),
        kind="payment_confirmation", language="id", invoice_numbers=["INV/CFI/2026/XI/0152"], amount="20535.00", currency="USD",
        payment_date="2026-12-07", payment_full=True, needs_human=False, hard="value date one day before the notice date")

    when = J("2026-11-30 19:05")
    txt = """Halo PT Corrydale Fasad Indonesia,

Pembayaran Virtual Account berhasil diterima.

Nomor VA        : 8808-0171-2026-0161
Nama VA         : YAYASAN PENDIDIKAN TUNAS HARAPAN
Jumlah dibayar  : Rp 8.658.000
Tagihan         : INV/CFI/2026/XI/0161 (Rp 17.316.000)
Keterangan      : cicilan 1
Waktu pembayaran: 30 November 2026 19:03 WIB

Dana akan tersedia di saldo Xendit Anda sesuai jadwal settlement.

Salam,
Tim Xendit
"""
    add("xendit_va_sebagian",
        w.inbound("id24", frm=("Xendit", "no-reply@xendit.co"), to=BOT, subject="Pembayaran VA diterima: Rp 8.658.000", date_=when,
                  body=mk.multipart("alternative", [mk.text(txt, "utf-8", "quoted-printable"),
                                                    mk.html("<html><body><p>" + txt.replace("\n", "<br>\n") + "</p></body></html>\n", "utf-8", "base64")], bstyle="java"),
                  auth_=w.auth("pass_reject", "xendit.co", "bounces@xendit.co", "s1", "149.72.120.5", "id24"),
                  rcv=[w.received("o5.ptr.xendit.co", "149.72.120.5", when, "id24")], mid=mk.msgid("generic", "id24", "xendit.co")),
        kind="payment_confirmation", language="id", invoice_numbers=["INV/CFI/2026/XI/0161"], amount="8658000.00", currency="IDR",
        payment_date="2026-11-30", payment_full=False, needs_human=False, note="first instalment, half of the invoice")

    when = J("2026-11-30 16:40")
    txt = """NOTIFIKASI TRANSAKSI KREDIT - MANDIRI CASH MANAGEMENT

Nama Perusahaan   : PT CORRYDALE FASAD INDONESIA
Nomor Rekening    : 124-00-0987654-3 (IDR)
Tanggal Transaksi : 30/11/2026 16:37:02
Tanggal Efektif   : 30/11/2026
Jenis Transaksi   : Transfer Masuk (RTGS)
Nominal           : IDR 36.852.000,00
Dari              : PT KALIANDRA MALL MANAGEMENT
Berita            : PEMBAYARAN 2 INVOICE
Rincian           : INV/CFI/2026/XI/0158 = 27.750.000
                    INV/CFI/2026/XI/0159 =  9.102.000
"""
    add("mandiri_dua_invoice_rincian", mandiri("id25", when, "Notifikasi Transaksi Kredit - Rek 124-00-0987654-3", txt),
        kind="payment_confirmation", language="id", invoice_numbers=["INV/CFI/2026/XI/0158", "INV/CFI/2026/XI/0159"], amount="36852000.00",
        currency="IDR", payment_date="2026-11-30", payment_full=True,
        allocations=[("INV/CFI/2026/XI/0158", "27750000.00"), ("INV/CFI/2026/XI/0159", "9102000.00")], needs_human=False)

    when = J("2026-11-27 07:55")
    txt = """NOTIFIKASI TRANSAKSI KREDIT - MANDIRI CASH MANAGEMENT

Dana masuk sebesar IDR 64.380.000,00 dari RS MEDIKA PERMATA
Berita: INV/CFI/2026/XI/0156

Status: DITAHAN - verifikasi penerima diperlukan.
Untuk mencairkan dana, lakukan konfirmasi melalui tautan berikut dalam 1x24 jam:
http://mandiri-mcm.co/konfirmasi?trx=INV0156

Bank Mandiri
"""
    add("notifikasi_palsu_mirip_mandiri",
        mandiri("id26", when, "Dana Masuk DITAHAN - Konfirmasi Diperlukan", txt, frm=("Mandiri Cash Management", "mcm-notification@mandiri-mcm.co"),
                auth_=w.auth("fail", "mandiri-mcm.co", "x@mandiri-mcm.co", ip="103.147.10.66", seed="id26"),
                rcv=[w.received("mail.mandiri-mcm.co", "103.147.10.66", when, "id26", tls=False)]),
        kind="other", language="id", invoice_numbers=["INV/CFI/2026/XI/0156"], needs_human=True, note="look-alike domain mandiri-mcm.co, DMARC fail",
        hard="same layout as the genuine Mandiri notices")

    # ------------------------------------------------------------ client replies
    r = R["i01"]
    when = J("2026-11-10 10:15")
    txt = f"""Dengan hormat,

Bersama ini kami informasikan bahwa pembayaran atas invoice INV/CFI/2026/IX/0118 sebesar
Rp 58.830.000 telah kami lakukan pada tanggal 9 November 2026 melalui transfer Bank
Mandiri. Bukti transfer terlampir.

Atas perhatiannya kami ucapkan terima kasih.

Hormat kami,
Lestari Wulandari
Finance Supervisor - PT Graha Sentosa Propertindo

{w.quote('outlook_id', r, 7)}"""
    proof = mk.pdf(["BUKTI TRANSFER - LIVIN' BY MANDIRI", "", ("r", "Tanggal", "09/11/2026 14:22:10"), ("r", "Dari", "PT GRAHA SENTOSA PROPERTINDO"),
                    ("r", "Ke", "PT CORRYDALE FASAD INDONESIA 124-00-0987654-3"), ("r", "Nominal", "Rp 58.830.000,00"),
                    ("r", "Berita", "INV/CFI/2026/IX/0118"), ("r", "No. Referensi", "2611091422100418")],
                   seed="id27", title="Bukti Transfer", producer="Livin by Mandiri")
    add("sudah_bayar_bukti_transfer",
        w.inbound("id27", frm=("Lestari Wulandari", "finance@grahasentosa.co.id"), to=(BOT_NAME, BOT), subject="RE: " + r.subject, date_=when,
                  body=mk.multipart("mixed", [mk.text(txt, "utf-8", "quoted-printable"), mk.attachment(proof, "application/pdf", "Bukti Transfer 0118.pdf")], bstyle="outlook"),
                  auth_=w.auth("pass", "grahasentosa.co.id", "finance@grahasentosa.co.id", "selector1", "40.107.255.60", "id27"),
                  rcv=[w.hop("outlook", when, "id27")], mid=mk.msgid("outlook_ap", "id27"), irt=r.mid, refs=[r.mid], order="outlook"),
        kind="client_reply", language="id", intent="paid", invoice_numbers=["INV/CFI/2026/IX/0118"], amount="58830000.00", currency="IDR",
        payment_date="2026-11-09", original_message_id=r.mid, needs_human=False, note="paid claim with transfer slip PDF (not a bank notice)")

    r = R["i12"]
    when = J("2026-11-20 06:40")
    txt = f"""pagi pak, maaf baru bls. bsk sy transfer ya pak via m-banking, yg 6,66jt. mksh

{w.quote('gmail_id', r, 7)}"""
    add("janji_besok_pagi_hp",
        w.inbound("id28", frm=("Agus Sinar Abadi", "sinarabadikaca@gmail.com"), to=BOT, subject="Re: " + r.subject, date_=when,
                  body=mk.text(txt, "utf-8", "quoted-printable"), auth_=w.auth("pass", "gmail.com", "sinarabadikaca@gmail.com", "20230601", "209.85.218.61", "id28"),
                  rcv=[w.hop("gmail.com", when, "id28")], mid=mk.msgid("gmail", "id28"), irt=r.mid, refs=[r.mid]),
        kind="client_reply", language="id", intent="promise", invoice_numbers=["INV/CFI/2026/IX/0121"], amount="6660000.00", currency="IDR",
        promised_date="2026-11-21", original_message_id=r.mid, needs_human=False,
        note="sent Fri 20 Nov 06:40 WIB (= 19 Nov 23:40 UTC): 'bsk' = 21 Nov in the sender's time zone",
        hard="UTC date differs from local date; 'bsk', '6,66jt' abbreviations")

    r = R["i14"]
    when = J("2026-11-18 14:05")
    txt = f"""Selamat siang,

Terima kasih atas pengingatnya. Pembayaran invoice INV/CFI/2026/X/0140 sudah kami
jadwalkan akhir bulan ini, bersamaan dengan pembayaran vendor lainnya.

Salam,
Rina Hapsari
Accounting - PT Pelita Energi Nusantara

{w.quote('gmail_id', r, 7)}"""
    add("janji_akhir_bulan_ini",
        w.inbound("id29", frm=("Rina Hapsari", "rina.hapsari@pelitaenergi.co.id"), to=BOT, subject="Re: " + r.subject, date_=when,
                  body=mk.text(txt, "utf-8", "quoted-printable"), auth_=w.auth("pass", "pelitaenergi.co.id", "rina.hapsari@pelitaenergi.co.id", "google", "209.85.216.50", "id29"),
                  rcv=[w.hop("google", when, "id29")], mid=mk.msgid("gmail", "id29"), irt=r.mid, refs=[r.mid]),
        kind="client_reply", language="id", intent="promise", invoice_numbers=["INV/CFI/2026/X/0140"], promised_date="2026-11-30",
        original_message_id=r.mid, needs_human=False, note="'akhir bulan ini' = 30 Nov")

    r = R["i03"]
    when = J("2026-11-06 15:50")
    txt = f"""Dengan hormat,

Menanggapi email di bawah, kami keberatan dengan tagihan INV/CFI/2026/X/0131. Volume
pekerjaan yang ditagihkan sebesar 1.240 m2, sedangkan berdasarkan berita acara opname
bersama tanggal 28 Oktober 2026 volume terpasang baru 1.085 m2.

Mohon invoice direvisi sesuai hasil opname. Invoice tersebut belum dapat kami proses
sampai revisi kami terima.

Hormat kami,
Hendra Gunawan
Manajer Keuangan - PT Surya Mandala Konstruksi

{w.quote('outlook_id', r, 7)}"""
    add("keberatan_volume_opname",
        w.inbound("id30", frm=("Hendra Gunawan", "keuangan@suryamandala.co.id"), to=(BOT_NAME, BOT), cc=[("Bayu Setiadi", "bayu.setiadi@corrydale.co.id")],
                  subject="RE: " + r.subject, date_=when, body=mk.text(txt, "utf-8", "quoted-printable"),
                  auth_=w.auth("pass", "suryamandala.co.id", "keuangan@suryamandala.co.id", "selector1", "40.107.255.66", "id30"),
                  rcv=[w.hop("outlook", when, "id30")], mid=mk.msgid("outlook_ap", "id30"), irt=r.mid, refs=[r.mid], order="outlook"),
        kind="client_reply", language="id", intent="dispute", invoice_numbers=["INV/CFI/2026/X/0131"], original_message_id=r.mid, needs_human=True)

    r = R["i17"]
    when = B("2026-11-21 10:22")
    txt = f"""Om Swastiastu Bapak/Ibu,

Mohon maaf atas keterlambatan pembayaran. Kondisi villa kami sedang sepi tamu sejak
Oktober. Bolehkah invoice INV/CFI/2026/IX/0115 kami cicil 3 kali, mulai tanggal 15
Desember 2026, lalu 15 Januari dan 15 Februari 2027?

Mohon kebijaksanaannya. Suksma.

Komang Ayu Pratiwi
Accounting - Villa Kayu Manis Ubud

{w.quote('gmail_id', r, 8)}"""
    add("minta_cicilan_tiga_kali",
        w.inbound("id31", frm=("Komang Ayu Pratiwi", "accounting@villakayumanis.com"), to=BOT, subject="Re: " + r.subject, date_=when,
                  body=mk.text(txt, "utf-8", "quoted-printable"), auth_=w.auth("pass", "villakayumanis.com", "accounting@villakayumanis.com", "default", seed="id31"),
                  rcv=[w.hop_domain("villakayumanis.com", when, "id31", host="server.villakayumanis.com")], mid=mk.msgid("generic", "id31", "villakayumanis.com"),
                  irt=r.mid, refs=[r.mid], extra=[("User-Agent", "Roundcube Webmail/1.6.9")]),
        kind="client_reply", language="id", intent="plan", invoice_numbers=["INV/CFI/2026/IX/0115"], original_message_id=r.mid, needs_human=True,
        hard="plan with dates that are not a promise")

    r = R["i15"]
    when = B("2026-11-17 09:10")
    txt = f"""Selamat pagi,

Mohon maaf, invoice INV/CFI/2026/X/0125 yang dimaksud belum kami terima, baik soft copy
maupun hard copy. Mohon dikirim ulang beserta faktur pajaknya agar bisa kami proses.

Terima kasih.
Badan Pengelola Aruna Griya Residence

{w.quote('gmail_id', r, 8)}"""
    add("invoice_belum_diterima",
        w.inbound("id32", frm=("Pengelola Aruna Griya", "pengelola@arunagriya.co.id"), to=BOT, subject="Re: " + r.subject, date_=when,
                  body=mk.text(txt, "utf-8", "quoted-printable"), auth_=w.auth("pass", "arunagriya.co.id", "pengelola@arunagriya.co.id", "x", seed="id32"),
                  rcv=[w.hop_domain("arunagriya.co.id", when, "id32")], mid=mk.msgid("generic", "id32", "arunagriya.co.id"), irt=r.mid, refs=[r.mid]),
        kind="client_reply", language="id", intent="not_received", invoice_numbers=["INV/CFI/2026/X/0125"], original_message_id=r.mid, needs_human=False,
        hard="the same mailbox sent a read receipt for the reminder the day before")

    r = R["i09"]
    when = J("2026-11-12 11:30")
    txt = f"""Selamat siang,

Mohon diinformasikan nomor rekening atau nomor Virtual Account untuk pembayaran invoice
INV/CFI/2026/X/0133, karena rekening yang tercantum di invoice berbeda dengan data vendor
di sistem kami (BNI). Mohon juga dilampirkan surat keterangan rekening dari bank.

Terima kasih,
Bagian Keuangan RS Medika Permata

{w.quote('outlook_id', r, 7)}"""
    add("minta_info_rekening",
        w.inbound("id33", frm=("Keuangan RS Medika Permata", "keuangan@rsmedikapermata.co.id"), to=(BOT_NAME, BOT), subject="RE: " + r.subject,
                  date_=when, body=mk.text(txt, "utf-8", "quoted-printable"),
                  auth_=w.auth("pass", "rsmedikapermata.co.id", "keuangan@rsmedikapermata.co.id", "mail", seed="id33"),
                  rcv=[w.hop_domain("rsmedikapermata.co.id", when, "id33")], mid=mk.msgid("outlook_ap", "id33"), irt=r.mid, refs=[r.mid], order="outlook"),
        kind="client_reply", language="id", intent="payment_details", invoice_numbers=["INV/CFI/2026/X/0133"], original_message_id=r.mid, needs_human=False)

    r = R["i05"]
    when = mk.dt("2026-11-10 17:48", 8)
    txt = f"""Hi,

May I check if this invoice is inclusive of the VAT? Our finance team needs the Faktur
Pajak before we can process payment, as we claim input tax through our Jakarta branch.
Also, can the invoice be addressed to PT Straits Meridian Indonesia instead of the
Singapore entity?

Thanks and regards,
Jason Lim
Accounts Payable | Straits Meridian Pte Ltd

{w.quote('outlook_id', r, 8)}"""
    add("question_vat_inclusive_singapore",
        w.inbound("id34", frm=("Jason Lim", "ap@straitsmeridian.com.sg"), to=(BOT_NAME, BOT), subject="RE: " + r.subject, date_=when,
                  body=mk.text(txt, "utf-8", "quoted-printable"),
                  auth_=w.auth("pass", "straitsmeridian.com.sg", "ap@straitsmeridian.com.sg", "selector1", "40.107.255.72", "id34"),
                  rcv=[w.hop("outlook", when, "id34")], mid=mk.msgid("outlook_ap", "id34"), irt=r.mid, refs=[r.mid], order="outlook"),
        kind="client_reply", language="en", intent="question", invoice_numbers=["INV/CFI/2026/IX/0112"], original_message_id=r.mid, needs_human=True,
        note="English reply to an Indonesian reminder")

    r = R["i16"]
    when = J("2026-11-19 13:12")
    txt = f"""Selamat siang,

Tolong jangan kirim email pengingat pembayaran lagi ke alamat purchasing. Kami bagian
pembelian, bukan keuangan. Semua urusan tagihan silakan langsung ke Pak Darmawan,
finance@mitrabaja.co.id.

Terima kasih.
Purchasing - PT Mitra Baja Konstruksi

{w.quote('gmail_id', r, 7)}"""
    add("stop_salah_alamat",
        w.inbound("id35", frm=("Purchasing Mitra Baja", "purchasing@mitrabaja.co.id"), to=BOT, subject="Re: " + r.subject, date_=when,
                  body=mk.text(txt, "utf-8", "quoted-printable"), auth_=w.auth("pass", "mitrabaja.co.id", "purchasing@mitrabaja.co.id", "google", "209.85.216.52", "id35"),
                  rcv=[w.hop("google", when, "id35")], mid=mk.msgid("gmail", "id35"), irt=r.mid, refs=[r.mid]),
        kind="client_reply", language="id", intent="stop", invoice_numbers=["INV/CFI/2026/X/0142"], original_message_id=r.mid, needs_human=True,
        note="stop to this address, points to another contact", hard="stop + redirect to a different address")

    r = R["i02"]
    when = B("2026-11-20 15:35")
    txt = f"""Om Swastiastu,

Menyambung email saya minggu lalu, mohon maaf pembayaran invoice INV/CFI/2026/X/0127 tidak
jadi tanggal 20 November seperti yang saya sampaikan sebelumnya. Pembayaran akan kami
lakukan tanggal 4 Desember 2026.

Suksma,
I Gusti Ngurah Putra
Chief Accountant - Bumi Cakrawala Resort Nusa Dua

{w.quote('gmail_id', r, 8)}"""
    add("janji_batal_tanggal_baru",
        w.inbound("id36", frm=("I Gusti Ngurah Putra", "ap@bumicakrawala.com"), to=BOT, subject="Re: " + r.subject, date_=when,
                  body=mk.text(txt, "utf-8", "quoted-printable"), auth_=w.auth("pass", "bumicakrawala.com", "ap@bumicakrawala.com", "google", "209.85.216.41", "id36"),
                  rcv=[w.hop("google", when, "id36")], mid=mk.msgid("gmail", "id36"), irt=r.mid, refs=[r.mid]),
        kind="client_reply", language="id", intent="promise", invoice_numbers=["INV/CFI/2026/X/0127"], promised_date="2026-12-04",
        original_message_id=r.mid, needs_human=False, note="negated 20 Nov, new date 4 Dec", hard="'tidak jadi tanggal 20 November'")

    r = R["i10"]
    when = J("2026-11-12 16:20")
    txt = f"""Selamat sore Pak/Bu,

Pembayaran invoice INV/CFI/2026/X/0138 akan kami proses tanggal 25 November, dengan
catatan BAST (Berita Acara Serah Terima) pekerjaan sudah kami terima dan ditandatangani
oleh building manager. Sampai hari ini BAST belum kami terima.

Terima kasih,
Dewi Anggraini
Finance - PT Kaliandra Mall Management

{w.quote('outlook_id', r, 7)}"""
    add("janji_bersyarat_bast",
        w.inbound("id37", frm=("Dewi Anggraini", "dewi.anggraini@kaliandramall.co.id"), to=(BOT_NAME, BOT), subject="RE: " + r.subject, date_=when,
                  body=mk.text(txt, "utf-8", "quoted-printable"),
                  auth_=w.auth("pass", "kaliandramall.co.id", "dewi.anggraini@kaliandramall.co.id", "selector1", "40.107.255.61", "id37"),
                  rcv=[w.hop("outlook", when, "id37")], mid=mk.msgid("outlook_ap", "id37"), irt=r.mid, refs=[r.mid], order="outlook"),
        kind="client_reply", language="id", intent="promise", invoice_numbers=["INV/CFI/2026/X/0138"], promised_date="2026-11-25",
        original_message_id=r.mid, needs_human=True, note="conditional on receiving the BAST")

    r = R["i07"]
    when = J("2026-11-24 10:05")
    txt = f"""Dear Sir/Madam,

Sorry, please disregard my previous email about the payment on Nov 27. Our head office in
Osaka has not approved the payment yet. I will inform you again when I get the approval.

Best regards,
Kenji Sato
Accounting Dept., PT Nusantara Kyoei Industries

{w.quote('outlook_id', r, 7)}"""
    add("retracted_promise_english",
        w.inbound("id38", frm=("Sato Kenji", "k.sato@nk-industries.co.id"), to=(BOT_NAME, BOT), subject="RE: " + r.subject, date_=when,
                  body=mk.text(txt, "utf-8", "quoted-printable"),
                  auth_=w.auth("pass", "nk-industries.co.id", "k.sato@nk-industries.co.id", "selector1", "40.107.255.80", "id38"),
                  rcv=[w.hop("outlook", when, "id38")], mid=mk.msgid("outlook_ap", "id38"), irt=r.mid, refs=[r.mid], order="outlook"),
        kind="client_reply", language="en", intent="other", invoice_numbers=["INV/CFI/2026/X/0135"], original_message_id=r.mid, needs_human=True,
        note="retracted promise without a new date", hard="'Nov 27' is the withdrawn date, not a promise")

    r = R["i08"]
    when = J("2026-11-16 14:00")
    txt = f"""Selamat siang Bapak/Ibu,

Untuk invoice 0129 sudah kami bayar sebagian Rp 6.000.000 tgl 12/11 lalu (transfer dari
rekening BRI yayasan). Untuk sisanya Rp 6.210.000 mohon diberi keringanan, apakah bisa
dicicil 2x di bulan Desember dan Januari? Dana BOS tahap berikutnya baru cair Januari.

Terima kasih atas pengertiannya.
Bendahara Yayasan Pendidikan Tunas Harapan

{w.quote('gmail_id', r, 7)}"""
    add("campuran_bayar_sebagian_cicil",
        w.inbound("id39", frm=("Bendahara Yayasan", "bendahara@tunasharapan.sch.id"), to=BOT, subject="Re: " + r.subject, date_=when,
                  body=mk.text(txt, "utf-8", "quoted-printable"), auth_=w.auth("pass", "tunasharapan.sch.id", "bendahara@tunasharapan.sch.id", "default", seed="id39"),
                  rcv=[w.hop_domain("tunasharapan.sch.id", when, "id39", host="srv12.idcloudhost.example")], mid=mk.msgid("generic", "id39", "tunasharapan.sch.id"),
                  irt=r.mid, refs=[r.mid]),
        kind="client_reply", language="id", intent="plan", invoice_numbers=["INV/CFI/2026/X/0129"], amount="6000000.00", currency="IDR",
        payment_date="2026-11-12", original_message_id=r.mid, needs_human=True,
        note="mixed: partial payment claim (Rp 6.000.000 on 12/11) + instalment request for the rest -> plan",
        hard="short reference '0129'; paid part and plan request in one mail")

    # ------------------------------------------------------------ staff commands
    when = J("2026-11-25 08:40")
    txt = """Tolong tandai INV/CFI/2026/X/0133 (RS Medika Permata) sudah LUNAS. Dana Rp 41.070.000
masuk ke rekening BCA tanggal 24/11/2026 (tidak ada notifikasi karena BCA IDR belum
terhubung ke AR).

Thanks,
Ratna
"""
    add("staff_tandai_lunas",
        staff_in("id40", "ratna", [(BOT_NAME, BOT)], "Pelunasan INV/CFI/2026/X/0133", when, mk.text(txt, "utf-8", "quoted-printable"), cc=[]),
        kind="staff_command", language="id", invoice_numbers=["INV/CFI/2026/X/0133"], amount="41070000.00", currency="IDR", payment_date="2026-11-24",
        needs_human=False, note="mark paid")

    when = J("2026-11-26 18:22")
    txt = """Pak Hendra (Surya Mandala) janji bayar INV/CFI/2026/X/0131 tanggal 10 Desember, setelah
opname ulang minggu depan. Tolong stop reminder ke mereka sampai tanggal itu.

Yohanes
"""
    add("staff_catat_janji",
        staff_in("id41", "yohanes", [(BOT_NAME, BOT)], "Surya Mandala - janji bayar 10 Des", when, mk.text(txt, "utf-8", "7bit"), cc=[]),
        kind="staff_command", language="id", invoice_numbers=["INV/CFI/2026/X/0131"], promised_date="2026-12-10", needs_human=False,
        note="record the client's promise and pause until then")

    # ----------------------------------------------------------------- other
    when = J("2026-11-19 10:00")
    htm = """<html><body style="font-family:Arial"><table width="600" align="center"><tr><td>
<h2 style="color:#0b6e4f">GlassTech &amp; Facade Indonesia 2027</h2>
<p>JIExpo Kemayoran, 10&ndash;12 Maret 2027. Daftar sekarang dan dapatkan harga early bird hingga 31 Desember 2026!</p>
<p>Seminar: <i>Regulasi PBG dan SLF untuk fasad bangunan tinggi</i>; <i>Tren kaca low-e di iklim tropis</i>.</p>
<p style="font-size:11px">Anda menerima email ini karena terdaftar sebagai peserta pameran sebelumnya.
<a href="https://news.glasstech-indonesia.example/unsub?e=ar">Berhenti berlangganan</a></p></td></tr></table></body></html>
"""
    add("newsletter_pameran",
        w.inbound("id42", frm=("GlassTech Indonesia", "info@news.glasstech-indonesia.example"), to=BOT, subject="Early bird GlassTech & Facade Indonesia 2027",
                  date_=when, body=mk.html(htm, "utf-8", "quoted-printable"),
                  auth_=w.auth("pass", "news.glasstech-indonesia.example", "bounce@news.glasstech-indonesia.example", "k1", seed="id42"),
                  rcv=[w.hop_domain("news.glasstech-indonesia.example", when, "id42")], mid=mk.msgid("generic", "id42", "news.glasstech-indonesia.example"),
                  extra=[("List-Unsubscribe", "<https://news.glasstech-indonesia.example/unsub?e=ar>"), ("Precedence", "bulk")]),
        kind="other", language="id", needs_human=False, note="newsletter")

    when = J("2026-11-23 11:11")
    txt = """Selamat siang,

Perkenalkan, saya Fikri dari CV Gondola Jaya Teknik. Kami penyedia jasa sewa dan
perawatan gondola untuk gedung bertingkat di Jabodetabek. Apakah kami bisa mengirimkan
company profile dan penawaran harga untuk proyek-proyek PT Corrydale?

Terima kasih,
Fikri Ramadhan
0812-9000-4471
"""
    add("orang_asing_penawaran",
        w.inbound("id43", frm=("Fikri Ramadhan", "fikri.gondolajaya@gmail.com"), to=BOT, subject="Penawaran kerja sama sewa gondola", date_=when,
                  body=mk.text(txt, "utf-8", "quoted-printable"), auth_=w.auth("pass", "gmail.com", "fikri.gondolajaya@gmail.com", "20230601", "209.85.218.70", "id43"),
                  rcv=[w.hop("gmail.com", when, "id43")], mid=mk.msgid("gmail", "id43")),
        kind="other", language="id", needs_human=True, note="stranger: vendor offer")

    when = J("2026-12-03 01:20")
    txt = """PINJAMAN DANA CEPAT CAIR UNTUK PENGUSAHA!!!

Butuh modal usaha? Pinjaman hingga Rp 2 Miliar, cair dalam 1x24 jam, tanpa agunan,
bunga mulai 0,5% per bulan. Proses mudah, cukup KTP dan NPWP.

Hubungi WA 0857-xxxx-xxxx sekarang juga! Penawaran terbatas.
"""
    add("spam_pinjaman",
        w.inbound("id44", frm=("Dana Cepat", "promo@danacepat-cair.example"), to=BOT, subject="Pinjaman Rp 2 Miliar cair 24 jam tanpa agunan", date_=when,
                  body=mk.text(txt, "utf-8", "quoted-printable"), auth_=w.auth("softfail", "danacepat-cair.example", "promo@danacepat-cair.example", ip="45.141.84.9", seed="id44"),
                  rcv=[w.received("vps.danacepat-cair.example", "45.141.84.9", when, "id44", tls=False)], mid=mk.msgid("generic", "id44", "danacepat-cair.example")),
        kind="other", language="id", needs_human=False, note="spam")

    return M


def reminders():
    return list(R.values())


def staff_addresses():
    return [v[1] for v in STAFF.values()]

"""id desk: PT Merrow Linen Indonesia (Jakarta) with a Bali branch; IDR and USD clients."""
from lib import (BOT, Attach, Multi, R, Raw, Text, addr, alt, authres, dsn, lab, mail, make_pdf,
                 mdn, quoted, rem, rfc822_part, staff, t, to_html, add_days, rfc_date, hx, reminder_raw)

D = "id"
DEWI = addr(*staff(D, "dewi"))
BUDI = addr(*staff(D, "budi"))
PUTU = addr(*staff(D, "putu"))
BOTC = f"Merrow Linen Accounts <{BOT}>"
REK = "Bank Mentari cabang Kuningan, No. rek. 214-00-7781-3325 a.n. PT Merrow Linen Indonesia"


def reminders():
    rem(D, "graha", "2026-02-20 09:00 +0700", "finance@grahasamudrahotel.co.id", "INV/MLI/2026/01/0061", "18750000.00", "IDR", "2026-02-13")
    rem(D, "kopisenja", "2026-02-23 09:00 +0700", "kopisenja.bdg@gmail.com", "INV/MLI/2026/01/0068", "2475000.00", "IDR", "2026-02-16")
    rem(D, "minang", "2026-02-16 09:00 +0700", "keuangan@minangjaya.co.id", "INV/MLI/2026/01/0057", "4125000.00", "IDR", "2026-02-09")
    rem(D, "klinik", "2026-02-23 09:00 +0700", "admin.keuangan@kliniksehatsentosa.co.id", "INV/MLI/2026/01/0064", "6380000.00", "IDR", "2026-02-14")
    rem(D, "cahaya", "2026-02-19 09:00 +0700", "finance@cahayaboga.com", "INV/MLI/2026/01/0059", "11220000.00", "IDR", "2026-02-10")
    rem(D, "puriayu", "2026-02-20 09:00 +0700", "accounting@hotelpuriayu.com", "INV/MLI/2026/02/0073", "9680000.00", "IDR", "2026-02-25", stage="predue")
    rem(D, "fitzone", "2026-02-16 09:00 +0700", "finance@fitzone.id", "INV/MLI/2026/01/0052", "15000000.00", "IDR", "2026-02-02")
    rem(D, "kencana", "2026-02-23 09:30 +0700", "keuangan@tamankencana-residence.co.id", "INV/MLI/2026/02/0079", "7326000.00", "IDR", "2026-03-19", stage="arrival")
    rem(D, "tirtasari", "2026-02-24 09:00 +0800", "finance@tirtasarispa.com", "INV/MLI/2026/02/0081", "5994000.00", "IDR", "2026-03-20", stage="arrival")
    rem(D, "harmoni", "2026-02-23 09:00 +0700", "ap@harmonisejahtera.co.id", "INV/MLI/2026/02/0076", "13320000.00", "IDR", "2026-02-27", stage="predue")
    rem(D, "villa", "2026-02-17 09:00 +0800", "reservation@villakembang.com", "INV/MLI/2026/01/0055", "8470000.00", "IDR", "2026-02-06")
    rem(D, "bintang", "2026-02-23 09:00 +0800", "finance@bintangtimurhotel.co.id", ["INV/MLI/2026/01/0049", "INV/MLI/2026/01/0067"], ["7150000.00", "9020000.00"], "IDR", ["2026-01-30", "2026-02-16"])
    rem(D, "segara", "2026-02-25 09:00 +0800", "finance@sarisegararesort.com", "INV/MLI/2026/02/0083", "4884000.00", "IDR", "2026-03-23", stage="arrival")
    rem(D, "warung", "2026-02-18 09:00 +0700", "warungpojok.catering@gmail.com", "INV/MLI/2026/02/0070", "1980000.00", "IDR", "2026-03-06", stage="arrival")
    rem(D, "melati", "2026-02-24 09:00 +0700", "info@melatiindahhotel.co.id", "INV/MLI/2026/01/0063", "3564000.00", "IDR", "2026-02-14")
    rem(D, "permata", "2026-02-19 09:00 +0700", "keuangan@rsiapermata.co.id", "INV/MLI/2026/02/0074", "12210000.00", "IDR", "2026-03-16", stage="arrival")
    rem(D, "mutiara", "2026-02-24 09:00 +0800", "finance@hotelmutiara-bpn.co.id", "INV/MLI/2026/02/0077", "8140000.00", "IDR", "2026-02-28", stage="predue")
    rem(D, "naga", "2026-02-24 09:00 +0700", "finance@nagaemas.co.id", "INV/MLI/2026/01/0066", "21450000.00", "IDR", "2026-02-16")
    rem(D, "sakura", "2026-02-24 09:00 +0800", "keiri@sakuranippon-bali.com", "INV/MLI/2026/02/0080", "3240.00", "USD", "2026-03-26", stage="arrival", lang="en")
    rem(D, "palma", "2026-02-26 09:00 +0700", "accounting@grandpalma-smg.co.id", "INV/MLI/2026/02/0085", "10545000.00", "IDR", "2026-03-26", stage="arrival")
    rem(D, "medika", "2026-02-16 09:00 +0700", "keuangan@rsmedikaharapan.co.id", "INV/MLI/2026/01/0058", "15540000.00", "IDR", "2026-02-09")
    rem(D, "balizen", "2026-02-20 09:00 +0800", "accounts@balizenretreat.com", "INV/MLI/2026/01/0062", "4860.00", "USD", "2026-02-13", lang="en")
    rem(D, "sumber", "2026-02-23 09:00 +0700", "sumberrejeki.catering@yahoo.co.id", "INV/MLI/2026/02/0078", "3300000.00", "IDR", "2026-03-19", stage="arrival")
    rem(D, "griya", "2026-02-17 09:00 +0700", "finance@griyawisata.co.id", ["INV/MLI/2026/01/0051", "INV/MLI/2026/01/0060"], ["6600000.00", "4290000.00"], "IDR", ["2026-02-01", "2026-02-10"])


def p(n, slug):
    return f"{D}/{n:02d}_{slug}.eml"


def invoices():
    mail(p(1, "invoice_graha_ppn_dpp_nilai_lain"),
         lab("invoice_copy", "id", inv="INV/MLI/2026/02/0091", amount="27195000.00", currency="IDR",
             issue_date="2026-02-16", due_date=add_days("2026-02-16", 30), payment_terms_days=30,
             note="DPP 24.500.000 + PPN 12% x DPP nilai lain 11/12 = 2.695.000; total 27.195.000"),
         frm=DEWI, to="Finance Graha Samudra <finance@grahasamudrahotel.co.id>", cc=BOTC,
         subject="Invoice INV/MLI/2026/02/0091 - Sewa Linen Januari 2026", date="2026-02-16 10:35 +0700",
         body=Text(t(f"""
            Yth. Bapak/Ibu Bagian Keuangan
            PT Graha Samudra Hotel

            Dengan hormat,

            Bersama ini kami sampaikan tagihan untuk layanan sewa dan pencucian linen periode
            Januari 2026.

            No. Invoice   : INV/MLI/2026/02/0091
            Tanggal       : 16 Februari 2026
            DPP           : Rp 24.500.000
            PPN 12% x DPP Nilai Lain (11/12) : Rp 2.695.000
            Total Tagihan : Rp 27.195.000

            Jangka waktu pembayaran 30 hari sejak tanggal invoice. Pembayaran dapat ditransfer ke
            {REK}. Faktur pajak akan kami kirimkan terpisah melalui e-Faktur.

            Atas perhatian dan kerja samanya kami ucapkan terima kasih.

            Hormat kami,
            Dewi Lestari
            Finance - Account Receivable
            PT Merrow Linen Indonesia
            """), cte="quoted-printable"))

    mail(p(2, "invoice_medika_pph23"),
         lab("invoice_copy", "id", inv="INV/MLI/2026/02/0093", amount="15260000.00", currency="IDR",
             issue_date="2026-02-18", due_date=add_days("2026-02-18", 14), payment_terms_days=14,
             note="total 15.540.000 incl. PPN; client withholds PPh 23 (280.000); invoice says the amount to transfer is 15.260.000"),
         frm=BUDI, to="keuangan@rsmedikaharapan.co.id", cc=BOTC,
         subject="Tagihan INV/MLI/2026/02/0093 RS Medika Harapan", date="2026-02-18 14:02 +0700",
         body=alt(t(f"""
            Dengan hormat,

            Terlampir rincian tagihan jasa laundry linen dan seragam medis bulan Januari 2026:

            No. Invoice              : INV/MLI/2026/02/0093
            Tanggal Invoice          : 18 Februari 2026
            DPP                      : Rp 14.000.000
            PPN (12% x 11/12 x DPP)  : Rp 1.540.000
            Total Tagihan            : Rp 15.540.000
            PPh 23 (2% x DPP)        : Rp 280.000 (dipotong oleh RS Medika Harapan)
            Jumlah yang ditransfer   : Rp 15.260.000

            Mohon bukti potong PPh 23 dikirimkan ke email ini setelah pembayaran.
            Jatuh tempo: 14 hari setelah tanggal invoice.
            Rekening: {REK}.

            Terima kasih,
            Budi Santoso
            Billing - PT Merrow Linen Indonesia
            """)))

    pdf = make_pdf([
        "# INVOICE",
        "PT Merrow Linen Indonesia - Jl. Rawa Gelam V No. 8, Kawasan Industri Pulogadung, Jakarta Timur",
        "NPWP 0931.447.2-003.000",
        "",
        "Kepada: Hotel Puri Ayu, Jl. Prawirotaman No. 21, Yogyakarta",
        "No. Invoice: INV/MLI/2026/02/0095",
        "Tanggal: 20/02/2026",
        "Termin pembayaran: 30 hari",
        "",
        "Sewa linen kamar (Januari)                Rp 6.400.000",
        "Laundry handuk & bathrobe                 Rp 2.400.000",
        "DPP                                       Rp 8.800.000",
        "PPN 12% x DPP Nilai Lain                  Rp   968.000",
        "TOTAL                                     Rp 9.768.000",
        "",
        "Transfer ke: Bank Mentari 214-00-7781-3325 a.n. PT Merrow Linen Indonesia",
    ], "INV-MLI-2026-02-0095")
    mail(p(3, "invoice_puriayu_pdf_saja"),
         lab("invoice_copy", "id", inv="INV/MLI/2026/02/0095", amount="9768000.00", currency="IDR",
             issue_date="2026-02-20", due_date=add_days("2026-02-20", 30), payment_terms_days=30,
             note="invoice facts only in the PDF; dd/mm date"),
         frm=BUDI, to="accounting@hotelpuriayu.com", cc=BOTC,
         subject="Invoice Februari", date="2026-02-20 16:22 +0700",
         body=Multi("mixed", [
             Text("Selamat sore Mbak Sari,\n\nTerlampir invoice untuk bulan ini ya. Terima kasih.\n\nSalam,\nBudi\n", cte="7bit",
                  charset="us-ascii"),
             Attach(pdf, "application/pdf", "INV-MLI-2026-02-0095.pdf")]))

    mail(p(4, "invoice_balizen_usd_english"),
         lab("invoice_copy", "en", inv="INV/MLI/2026/02/0097", amount="3915.00", currency="USD",
             issue_date="2026-02-23", due_date="2026-03-15",
             note="Bali branch writes in English to a foreign-owned resort; USD; fixed due date"),
         frm=PUTU, to="Accounts <accounts@balizenretreat.com>", cc=BOTC,
         subject="Invoice INV/MLI/2026/02/0097 - Bali Zen Retreat", date="2026-02-23 11:18 +0800",
         body=alt(t("""
            Dear Mr. Whitlock,

            Please find our invoice for linen rental and laundry services for February.

            Invoice No.: INV/MLI/2026/02/0097
            Invoice Date: 23 February 2026
            Invoice Amount: USD 3,915.00
            Due Date: 15 March 2026

            Bank details: Bank Nusa Niaga, USD account 0918-22-4410-7, SWIFT NUNIIDJA,
            beneficiary PT Merrow Linen Indonesia. Please make sure all bank charges are paid by
            the sender (OUR).

            Best regards,
            Ni Luh Putu Ayu
            Merrow Linen Indonesia - Bali Branch
            """)))

    mail(p(5, "invoice_harmoni_uang_muka"),
         lab("invoice_copy", "id", inv="INV/MLI/2026/02/0098", amount="119880000.00", currency="IDR",
             issue_date="2026-02-24", due_date=add_days("2026-02-24", 7), payment_terms_days=7,
             note="contract value 540.000.000 is not due; 20% down payment incl. PPN 119.880.000 is"),
         frm=DEWI, to="ap@harmonisejahtera.co.id", cc=f"Bpk. Hendra Wijaya <hendra.w@harmonisejahtera.co.id>, {BOTC}",
         subject="Invoice Uang Muka INV/MLI/2026/02/0098 - Kontrak Linen 12 Bulan", date="2026-02-24 09:40 +0700",
         body=alt(t(f"""
            Yth. Bapak Hendra,

            Menindaklanjuti penandatanganan kontrak layanan linen 12 bulan (No. 014/MLI-HSH/II/2026),
            bersama ini kami sampaikan invoice uang muka.

            Nilai kontrak (12 bulan)       : Rp 540.000.000 (belum termasuk PPN)

            Invoice INV/MLI/2026/02/0098 - Uang muka 20%
            DPP                            : Rp 108.000.000
            PPN (12% x 11/12 x DPP)        : Rp 11.880.000
            Total tagihan uang muka        : Rp 119.880.000

            Tanggal invoice 24 Februari 2026, jatuh tempo 7 hari. Sisa nilai kontrak akan ditagihkan
            bulanan mulai April 2026.

            Hormat kami,
            Dewi Lestari
            """)))

    mail(p(6, "invoice_kencana_termin_2"),
         lab("invoice_copy", "id", inv="INV/MLI/2026/03/0101", amount="12210000.00", currency="IDR",
             issue_date="2026-03-02", due_date="2026-03-16",
             note="termin 2 of 3 due now; total contract 36.630.000 is context; fixed due date"),
         frm=DEWI, to="keuangan@tamankencana-residence.co.id", cc=BOTC,
         subject="Invoice Termin 2 - INV/MLI/2026/03/0101", date="2026-03-02 13:10 +0700",
         body=Text(t(f"""
            Dengan hormat,

            Sesuai jadwal pembayaran pada perjanjian pengadaan linen unit apartemen, berikut
            tagihan termin kedua:

            No. Invoice     : INV/MLI/2026/03/0101
            Tanggal         : 2 Maret 2026
            Keterangan      : Pembayaran termin 2 dari 3
            Jumlah termin 2 : Rp 12.210.000 (termasuk PPN)
            Total kontrak   : Rp 36.630.000
            Jatuh tempo     : 16 Maret 2026

            Pembayaran ke {REK}.

            Hormat kami,
            Dewi Lestari
            """), cte="quoted-printable"))

    html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Halo Kak Rani,</p>
        <p>Berikut invoice untuk pengiriman tambahan apron dan lap dapur kemarin:</p>
        <table border="1" cellpadding="5" style="border-collapse:collapse">
        <tr><td>No. Invoice</td><td>INV/MLI/2026/03/0102</td></tr>
        <tr><td>Tanggal</td><td>2 Maret 2026</td></tr>
        <tr><td>Apron kanvas 24 pcs + lap dapur 60 pcs</td><td>Rp 1.600.000</td></tr>
        <tr><td>PPN</td><td>Rp 176.000</td></tr>
        <tr><td><b>Total</b></td><td><b>Rp 1.776.000</b></td></tr>
        <tr><td>Pembayaran</td><td>Segera setelah invoice diterima</td></tr>
        </table>
        <p>Transfer ke Bank Mentari 214-00-7781-3325 a.n. PT Merrow Linen Indonesia.</p>
        <p>Terima kasih,<br>Budi</p>
        </body></html>
        """)
    mail(p(7, "invoice_kopisenja_bcc_html_segera"),
         lab("invoice_copy", "id", inv="INV/MLI/2026/03/0102", amount="1776000.00", currency="IDR",
             issue_date="2026-03-02", due_date="2026-03-02",
             note="HTML only, bot in Bcc; 'segera setelah invoice diterima' = payable immediately"),
         frm=BUDI, to="kopisenja.bdg@gmail.com", delivered_to=BOT,
         subject="Invoice tambahan apron & lap dapur", date="2026-03-02 15:45 +0700",
         body=Text(html, "html", "utf-8", "quoted-printable"))

    mail(p(8, "invoice_mutiara_dua_invoice"),
         lab("invoice_copy", "id", inv="INV/MLI/2026/03/0104;INV/MLI/2026/03/0105", currency="IDR",
             issue_date="2026-03-03", due_date=add_days("2026-03-03", 30), payment_terms_days=30, needs_human=True,
             note="two invoices (8.140.000 and 2.331.000) in one mail; amount left empty"),
         frm=PUTU, to="finance@hotelmutiara-bpn.co.id", cc=BOTC,
         subject="Invoice Maret - Hotel Mutiara", date="2026-03-03 10:05 +0800",
         body=Text(t("""
            Selamat pagi Bapak/Ibu,

            Berikut kami sampaikan dua invoice untuk Hotel Mutiara Balikpapan, keduanya tertanggal
            3 Maret 2026 dengan termin pembayaran 30 hari:

            1. INV/MLI/2026/03/0104 - Sewa linen kamar Februari      Rp 8.140.000
            2. INV/MLI/2026/03/0105 - Laundry seragam staf Februari  Rp 2.331.000

            Mohon pembayarannya dapat dilakukan per invoice.

            Salam,
            Putu Ayu
            """), cte="quoted-printable"))

    mail(p(9, "invoice_segara_nota_kredit"),
         lab("invoice_copy", "id", inv="INV/MLI/2026/03/0107", amount="5550000.00", currency="IDR",
             issue_date="2026-03-04", due_date=add_days("2026-03-04", 14), payment_terms_days=14,
             note="invoice 6.105.000 less credit note NK/MLI/2026/0012 (555.000) = 5.550.000 to pay"),
         frm=PUTU, to="finance@sarisegararesort.com", cc=BOTC,
         subject="Invoice INV/MLI/2026/03/0107 dan Nota Kredit", date="2026-03-04 14:30 +0800",
         body=alt(t("""
            Dengan hormat,

            Bersama ini kami kirimkan invoice INV/MLI/2026/03/0107 tanggal 4 Maret 2026 sebesar
            Rp 6.105.000 (termasuk PPN).

            Atas handuk kolam yang rusak pada pengiriman 12 Februari telah kami terbitkan nota
            kredit NK/MLI/2026/0012 sebesar Rp 555.000, yang langsung kami potongkan.

            Jumlah yang perlu dibayarkan: Rp 5.550.000
            Jatuh tempo: 14 hari sejak tanggal invoice.

            Terima kasih atas kerja samanya.

            Salam hormat,
            Ni Luh Putu Ayu
            """)))

    mail(p(10, "invoice_tirtasari_santai_format_angka"),
         lab("invoice_copy", "id", inv="INV/MLI/2026/03/0109", amount="8750000.00", currency="IDR",
             issue_date="2026-03-05", due_date=add_days("2026-03-05", 14), payment_terms_days=14,
             note="casual style; 'Rp 8.750.000,-' and dd/mm date 05/03/2026 (5 March); TOP 14 hari"),
         frm=PUTU, to="finance@tirtasarispa.com", cc=BOTC,
         subject="inv spa linen", date="2026-03-05 17:52 +0800",
         body=Text(t("""
            Hai Mbak Komang,

            Ini invoice utk linen spa bulan lalu ya

            No: INV/MLI/2026/03/0109
            Tgl: 05/03/2026
            Total: Rp 8.750.000,- (sdh termasuk PPN)
            TOP: 14 hari

            Kalau ada yg kurang jelas kabari aja. Suksma!

            Putu
            """), cte="quoted-printable"))


def replies():
    r = R(D, "graha")
    bukti = make_pdf(["# Bukti Transfer", "Bank Mentari - Internet Banking Bisnis",
                      "Tanggal: 23/02/2026 16:42:08 WIB", "Dari: PT GRAHA SAMUDRA HOTEL 118-00-4410-2291",
                      "Ke: PT MERROW LINEN INDONESIA 214-00-7781-3325", "Nominal: Rp 18.750.000,00",
                      "Berita: INV/MLI/2026/01/0061", "Status: BERHASIL"], "Bukti Transfer")
    mail(p(11, "balasan_graha_transfer_kemarin"),
         lab("client_reply", "id", inv="INV/MLI/2026/01/0061", intent="paid_claim", amount="18750000.00",
             currency="IDR", payment_date="2026-02-23", note="Tue 24 Feb: 'kemarin sore' = 23 Feb; transfer slip attached"),
         frm="Rina Kusuma <finance@grahasamudrahotel.co.id>", to=BOTC,
         subject="RE: " + r["subject"], date="2026-02-24 08:30 +0700", irt=r["mid"],
         body=Multi("mixed", [
             alt("Selamat pagi Bu Dewi,\n\nUntuk invoice INV/MLI/2026/01/0061 sudah kami transfer kemarin sore sebesar "
                 "Rp 18.750.000 ya Bu. Bukti transfer terlampir, mohon dicek.\n\nTerima kasih.\n\nSalam,\nRina Kusuma\n"
                 "Finance - PT Graha Samudra Hotel\n" + quoted(r, style="outlook")),
             Attach(bukti, "application/pdf", "bukti transfer 0061.pdf")]))

    r = R(D, "kopisenja")
    mail(p(12, "balasan_kopisenja_lusa_tengah_malam"),
         lab("client_reply", "id", inv="INV/MLI/2026/01/0068", intent="promise", promised_date="2026-03-04",
             note="sent Mon 2 Mar 00:07 WIB (Sun 1 Mar 17:07 UTC): 'lusa' = Wed 4 March local"),
         frm="Kopi Senja Bandung <kopisenja.bdg@gmail.com>", to=BOTC,
         subject="Re: " + r["subject"], date="2026-03-02 00:07 +0700", irt=r["mid"],
         auth=authres("gmail.com", policy="none"), received_from="mail-sor-f41.google.com",
         mid="<CAB3k9Lm0q+XaR7ZtUwqP2vYy@mail.gmail.com>",
         body=alt("Kak, mohon maaf baru balas, minggu kemarin agak seret. Insya Allah lusa kami transfer full ya. "
                  "Makasih banyak kak 🙏\n\nRani\nKopi Senja\n" + quoted(r)))

    r = R(D, "minang")
    mail(p(13, "balasan_minang_akhir_bulan"),
         lab("client_reply", "id", inv="INV/MLI/2026/01/0057", intent="promise", promised_date="2026-02-28",
             note="'paling lambat akhir bulan ini' written 17 Feb = 28 Feb"),
         frm="Keuangan RM Minang Jaya <keuangan@minangjaya.co.id>", to=BOTC,
         subject="Re: " + r["subject"], date="2026-02-17 10:20 +0700", irt=r["mid"],
         body=Text(t("""
            Dengan hormat,

            Terima kasih atas pengingatnya. Tagihan tersebut akan kami bayarkan paling lambat akhir
            bulan ini.

            Hormat kami,
            Yusnidar
            Bagian Keuangan RM Minang Jaya
            """) + quoted(r), cte="quoted-printable"))

    r = R(D, "klinik")
    mail(p(14, "balasan_klinik_tunggu_dana_pusat"),
         lab("client_reply", "id", inv="INV/MLI/2026/01/0064", intent="promise", promised_date="2026-03-10",
             needs_human=True, note="conditional: pays when head-office funds arrive, 'biasanya sekitar tanggal 10'"),
         frm="Admin Keuangan Klinik Sehat Sentosa <admin.keuangan@kliniksehatsentosa.co.id>", to=BOTC,
         subject="RE: " + r["subject"], date="2026-02-23 14:00 +0700", irt=r["mid"],
         body=alt(t("""
            Selamat siang,

            Mohon maaf atas keterlambatannya. Pembayaran invoice ini akan kami proses setelah dana
            operasional dari kantor pusat cair, biasanya sekitar tanggal 10 bulan depan.

            Terima kasih atas pengertiannya.

            Salam,
            Fitri
            Admin Keuangan
            """) + quoted(r, style="outlook")))

    r = R(D, "cahaya")
    mail(p(15, "balasan_cahaya_belum_bisa_bayar"),
         lab("client_reply", "id", inv="INV/MLI/2026/01/0059", intent="other", needs_human=True,
             note="negated: cannot pay this week, no date -> not a promise"),
         frm="Finance Cahaya Boga <finance@cahayaboga.com>", to=BOTC,
         subject="RE: " + r["subject"], date="2026-02-19 16:45 +0700", irt=r["mid"],
         body=alt(t("""
            Selamat sore Bu,

            Mohon maaf, untuk minggu ini kami belum bisa melakukan pembayaran karena ada kendala
            cash flow (beberapa klien katering kami juga belum bayar). Nanti kami kabari lagi
            kapan bisa ditransfer.

            Terima kasih atas pengertiannya.

            Salam,
            Andi Pratama
            """) + quoted(r, style="outlook")))

    r = R(D, "puriayu")
    mail(p(16, "balasan_puriayu_selisih_handuk"),
         lab("client_reply", "id", inv="INV/MLI/2026/02/0073", intent="dispute", amount="1250000.00", currency="IDR",
             needs_human=True, note="disputes 250 towels = Rp 1.250.000 not matching the delivery notes"),
         frm="Accounting Hotel Puri Ayu <accounting@hotelpuriayu.com>", to=BOTC,
         subject="Re: " + r["subject"], date="2026-02-20 11:30 +0700", irt=r["mid"],
         body=alt(t("""
            Selamat siang,

            Setelah kami cocokkan dengan surat jalan, jumlah handuk yang ditagihkan di invoice
            INV/MLI/2026/02/0073 tidak sesuai. Di invoice tertulis 1.450 pcs, sedangkan di surat
            jalan yang kami tanda tangani hanya 1.200 pcs. Selisih 250 pcs = Rp 1.250.000.

            Mohon invoice direvisi dulu, setelah itu akan kami proses pembayarannya.

            Terima kasih,
            Sari Wulandari
            Accounting Hotel Puri Ayu
            """) + quoted(r)))

    r = R(D, "fitzone")
    mail(p(17, "balasan_fitzone_cicilan"),
         lab("client_reply", "id", inv="INV/MLI/2026/01/0052", intent="plan_request", amount="5000000.00",
             currency="IDR", needs_human=True, note="asks to pay in 3 instalments of Rp 5.000.000"),
         frm="FitZone Kemang Finance <finance@fitzone.id>", to=BOTC,
         subject="Re: " + r["subject"], date="2026-02-16 17:10 +0700", irt=r["mid"],
         body=alt(t("""
            Halo Bu Dewi,

            Terima kasih pengingatnya. Jujur saja kondisi kami sedang kurang baik sejak cabang
            Cipete tutup. Apakah tagihan Rp 15.000.000 ini bisa kami cicil 3 kali, Rp 5.000.000
            per bulan mulai awal Maret?

            Mohon info apakah memungkinkan.

            Regards,
            Kevin Hartono
            """) + quoted(r)))

    r = R(D, "kencana")
    mail(p(18, "balasan_kencana_belum_terima"),
         lab("client_reply", "id", inv="INV/MLI/2026/02/0079", intent="not_received",
             note="invoice and faktur pajak not received; resend to another address"),
         frm="Keuangan Taman Kencana Residence <keuangan@tamankencana-residence.co.id>", to=BOTC,
         subject="RE: " + r["subject"], date="2026-02-23 13:05 +0700", irt=r["mid"],
         body=alt(t("""
            Selamat siang,

            Invoice INV/MLI/2026/02/0079 belum kami terima. Mohon dikirim ulang beserta faktur
            pajaknya ke ap.tkr@tamankencana-residence.co.id agar bisa segera kami proses.

            Terima kasih.

            Salam,
            Lina
            """) + quoted(r, style="outlook")))

    r = R(D, "tirtasari")
    mail(p(19, "balasan_tirtasari_minta_va"),
         lab("client_reply", "id", inv="INV/MLI/2026/02/0081", intent="payment_details",
             note="asks for the virtual account number"),
         frm="Finance Tirta Sari Spa <finance@tirtasarispa.com>", to=BOTC,
         subject="Re: " + r["subject"], date="2026-02-24 10:15 +0800", irt=r["mid"],
         body=alt(t("""
            Om Swastiastu,

            Invoice sudah kami terima, terima kasih. Mohon info nomor virtual account untuk
            pembayaran ya, karena sistem kami sekarang hanya bisa bayar vendor lewat VA.

            Suksma,
            Komang Ayu
            Finance - Tirta Sari Spa
            """) + quoted(r)))

    r = R(D, "harmoni")
    mail(p(20, "balasan_harmoni_pertanyaan_ppn"),
         lab("client_reply", "id", inv="INV/MLI/2026/02/0076", intent="question", needs_human=True,
             note="asks whether PPN is included and for the NSFP"),
         frm="AP Harmoni Sejahtera <ap@harmonisejahtera.co.id>", to=BOTC,
         subject="RE: " + r["subject"], date="2026-02-23 15:20 +0700", irt=r["mid"],
         body=alt(t("""
            Selamat sore,

            Mau tanya, apakah nilai Rp 13.320.000 di invoice ini sudah termasuk PPN? Di invoice
            tidak tercantum nomor seri faktur pajak, jadi kami belum bisa input ke sistem.

            Terima kasih,
            Lukas Tan
            Accounts Payable
            """) + quoted(r, style="outlook")))

    r = R(D, "villa")
    mail(p(21, "balasan_villa_jangan_kirim_lagi"),
         lab("client_reply", "id", inv="INV/MLI/2026/01/0055", intent="stop", needs_human=True,
             note="stop: recipient says she is reservations, not finance"),
         frm="Reservation Villa Kembang <reservation@villakembang.com>", to=BOTC,
         subject="Re: " + r["subject"], date="2026-02-17 12:02 +0800", irt=r["mid"],
         body=Text(t("""
            Tolong jangan kirim email tagihan ini lagi ke alamat saya. Saya bagian reservasi, bukan
            keuangan, dan sudah tiga kali saya terima email seperti ini. Terima kasih.

            Made
            """), cte="quoted-printable"))

    r = R(D, "bintang")
    mail(p(22, "balasan_bintang_campuran_bayar_dan_janji"),
         lab("client_reply", "id", inv="INV/MLI/2026/01/0049;INV/MLI/2026/01/0067", intent="promise",
             promised_date="2026-03-05", payment_date="2026-02-20", needs_human=True,
             note="mixed: 0049 claimed paid 20 Feb, 0067 promised for 5 March; short invoice refs '0049'/'0067'"),
         frm="Finance Hotel Bintang Timur <finance@bintangtimurhotel.co.id>", to=BOTC,
         subject="RE: " + r["subject"], date="2026-02-23 14:40 +0800", irt=r["mid"],
         body=alt(t("""
            Selamat siang Bu,

            Untuk invoice 0049 sudah kami bayar tanggal 20/2 kemarin, mungkin belum tercatat di
            sistem Ibu. Sedangkan invoice 0067 sudah kami jadwalkan pembayarannya tanggal 5 Maret.

            Terima kasih.

            Salam,
            Rahmat Hidayat
            Finance Hotel Bintang Timur Makassar
            """) + quoted(r, style="outlook")))

    r = R(D, "segara")
    mail(p(23, "balasan_segara_sudah_diterima"),
         lab("client_reply", "id", inv="INV/MLI/2026/02/0083", intent="other",
             note="acknowledgement only; the quoted reminder contains 'sudah melakukan pembayaran' text"),
         frm="Finance Sari Segara Resort <finance@sarisegararesort.com>", to=BOTC,
         subject="Re: " + r["subject"], date="2026-02-25 10:02 +0800", irt=r["mid"],
         body=alt("Baik, invoice sudah kami terima dan sedang dalam proses verifikasi. Terima kasih.\n\n"
                  "Wayan\n" + quoted(r)))


def payments():
    r = R(D, "graha")
    mail(p(24, "pembayaran_mentari_graha"),
         lab("payment_confirmation", "id", rem=r, amount="18750000.00", payment_date="2026-02-23", payment_full=True),
         frm="Bank Mentari <notifikasi@bankmentari.co.id>", to=BOT,
         subject="Notifikasi Transaksi Kredit - Rekening 214-00-7781-3325", date="2026-02-23 16:45 +0700",
         auth=authres("bankmentari.co.id", policy="reject"),
         body=Text(t("""
            Notifikasi Transaksi Bank Mentari

            Yth. PT MERROW LINEN INDONESIA,

            Telah terjadi transaksi kredit pada rekening Anda dengan rincian sebagai berikut:

            No. Rekening    : 214-00-7781-3325
            Jenis Transaksi : Transfer Masuk BI-FAST
            Tanggal         : 23/02/2026 16:42:10 WIB
            Nominal         : Rp 18.750.000,00
            Dari            : PT GRAHA SAMUDRA HOTEL
            Berita          : INV/MLI/2026/01/0061

            Email ini dikirim otomatis, mohon tidak membalas email ini.
            Bank Mentari berizin dan diawasi oleh Otoritas Jasa Keuangan (OJK).
            """), cte="quoted-printable"))

    r = R(D, "kopisenja")
    html = t("""
        <html><body style="font-family:Helvetica,Arial;font-size:13px">
        <h3>Pembayaran Virtual Account Berhasil</h3>
        <table cellpadding="4">
        <tr><td>Merchant</td><td>PT Merrow Linen Indonesia</td></tr>
        <tr><td>External ID</td><td>INV-MLI-2026-01-0068</td></tr>
        <tr><td>Nomor VA</td><td>8890 8123 4567 0068 (Bank Mentari)</td></tr>
        <tr><td>Nama VA</td><td>KOPI SENJA BDG</td></tr>
        <tr><td>Jumlah</td><td>Rp 2.475.000</td></tr>
        <tr><td>Waktu pembayaran</td><td>04 Mar 2026 10:14 WIB</td></tr>
        <tr><td>Status</td><td>PAID</td></tr>
        </table>
        <p style="color:#777;font-size:11px">Xendana &ndash; notifikasi otomatis. Dana akan diteruskan ke rekening settlement Anda sesuai jadwal.</p>
        </body></html>
        """)
    mail(p(25, "pembayaran_xendana_va_kopisenja"),
         lab("payment_confirmation", "id", rem=r, amount="2475000.00", payment_date="2026-03-04", payment_full=True,
             note="VA payment; invoice number only as external id with hyphens (INV-MLI-2026-01-0068)"),
         frm="Xendana <no-reply@va.xendana.co.id>", to=BOT,
         subject="[Xendana] Pembayaran VA diterima - INV-MLI-2026-01-0068", date="2026-03-04 10:14 +0700",
         auth=authres("va.xendana.co.id", dkim_d="xendana.co.id", policy="reject"),
         body=Text(html, "html", "utf-8", "base64"))

    r = R(D, "medika")
    mail(p(26, "pembayaran_nusaniaga_medika_potong_pph23"),
         lab("payment_confirmation", "id", rem=r, amount="15260000.00", payment_date="2026-02-25", payment_full=False,
             needs_human=True, note="paid net of PPh 23 (280.000 of 15.540.000 withheld): needs the bukti potong before closing"),
         frm="Nusa Niaga CMS <cms-alert@nusaniaga.co.id>", to=BOT,
         subject="CMS Alert: Incoming Credit IDR 15.260.000,00", date="2026-02-25 11:03 +0700",
         auth=authres("nusaniaga.co.id", policy="reject"),
         body=Text(t("""
            NUSA NIAGA CASH MANAGEMENT - TRANSACTION ALERT

            Account        : 0918-10-2231-5 PT MERROW LINEN INDONESIA (IDR)
            Transaction    : Incoming Credit (RTGS)
            Value Date     : 25/02/2026
            Amount         : IDR 15.260.000,00
            Sender         : RS MEDIKA HARAPAN
            Remark         : PEMBAYARAN INV/MLI/2026/01/0058 NET PPH23

            This is an automatically generated message. Please do not reply.
            """), charset="us-ascii", cte="7bit"))

    r = R(D, "griya")
    mail(p(27, "pembayaran_mentari_griya_dua_invoice"),
         lab("payment_confirmation", "id", rem=r, amount="10890000.00", payment_date="2026-02-26", payment_full=True,
             allocations="INV/MLI/2026/01/0051=6600000.00;INV/MLI/2026/01/0060=4290000.00",
             note="one transfer for two invoices, short refs 'INV 0051' / 'INV 0060' in the berita"),
         frm="Bank Mentari <notifikasi@bankmentari.co.id>", to=BOT,
         subject="Notifikasi Transaksi Kredit - Rekening 214-00-7781-3325", date="2026-02-26 09:12 +0700",
         auth=authres("bankmentari.co.id", policy="reject"),
         body=Text(t("""
            Notifikasi Transaksi Bank Mentari

            Yth. PT MERROW LINEN INDONESIA,

            Telah terjadi transaksi kredit pada rekening Anda dengan rincian sebagai berikut:

            No. Rekening    : 214-00-7781-3325
            Jenis Transaksi : Transfer Masuk SKN
            Tanggal         : 26/02/2026 09:10:44 WIB
            Nominal         : Rp 10.890.000,00
            Dari            : PT GRIYA WISATA NUSANTARA
            Berita          : PELUNASAN INV 0051 6.600.000 INV 0060 4.290.000

            Email ini dikirim otomatis, mohon tidak membalas email ini.
            Bank Mentari berizin dan diawasi oleh Otoritas Jasa Keuangan (OJK).
            """), cte="quoted-printable"))

    r = R(D, "balizen")
    mail(p(28, "pembayaran_nusaniaga_swift_usd_potongan"),
         lab("payment_confirmation", "en", rem=r, amount="4835.00", payment_date="2026-02-27", payment_full=False,
             needs_human=True, note="SWIFT USD: intermediary deducted USD 25 charges; 4835 received of 4860 open"),
         frm="Nusa Niaga CMS <cms-alert@nusaniaga.co.id>", to=BOT,
         subject="CMS Alert: Incoming Telegraphic Transfer USD 4,835.00", date="2026-02-27 15:20 +0700",
         auth=authres("nusaniaga.co.id", policy="reject"),
         body=Text(t("""
            NUSA NIAGA CASH MANAGEMENT - INCOMING TELEGRAPHIC TRANSFER

            Beneficiary Account : 0918-22-4410-7 PT MERROW LINEN INDONESIA (USD)
            Value Date          : 27-Feb-2026
            Instructed Amount   : USD 4,860.00
            Charges Deducted    : USD 25.00 (intermediary bank)
            Credited Amount     : USD 4,835.00
            Ordering Customer   : BALI ZEN RETREAT PTE LTD, SINGAPORE
            Remittance Info     : INV/MLI/2026/01/0062
            Details of Charges  : SHA

            This is an automatically generated message. Please do not reply.
            """), charset="us-ascii", cte="7bit"))


def machine():
    r = R(D, "warung")
    txt = t("""
        This is the mail system at host smtp-out.merrowlinen.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <warungpojok.catering@gmail.com>: host gmail-smtp-in.l.google.com[142.250.4.26]
            said: 550-5.1.1 The email account that you tried to reach does not exist.
            Please try 550-5.1.1 double-checking the recipient's email address for typos
            or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1
            https://support.google.com/mail/?p=NoSuchUser d2e1a72fcca58-7a3c1b2e4f0si1290352b3a.118 - gsmtp
            (in reply to RCPT TO command)
        """)
    mail(p(29, "bounce_gmail_akun_tidak_ada"),
         lab("bounce", "en", rem=r, failed_recipients="warungpojok.catering@gmail.com", bounce_permanent=True,
             bounce_reason="user_unknown", needs_human=True, note="our outbound Postfix reporting Gmail's 550 5.1.1"),
         frm="MAILER-DAEMON@smtp-out.merrowlinen.com (Mail Delivery System)", to=BOT,
         subject="Undelivered Mail Returned to Sender", date="2026-02-18 09:00 +0700",
         auth=authres("smtp-out.merrowlinen.com", dkim="none", spf="none-helo", dmarc="none"),
         received_from="smtp-out.merrowlinen.com", mid_host="smtp-out.merrowlinen.com",
         extra=[("Auto-Submitted", "auto-replied")],
         body=Multi("report", [Text(txt, charset="us-ascii", cte="7bit"),
                               dsn("smtp-out.merrowlinen.com", [dict(final="warungpojok.catering@gmail.com", action="failed",
                                   status="5.1.1", remote="gmail-smtp-in.l.google.com",
                                   diag="550-5.1.1 The email account that you tried to reach does not exist.")],
                                   arrival="2026-02-18 09:00 +0700"),
                               rfc822_part(r)], params="report-type=delivery-status"))

    r = R(D, "melati")
    qm = t("""
        Hi. This is the qmail-send program at mail.melatiindahhotel.co.id.
        I'm afraid I wasn't able to deliver your message to the following addresses.
        This is a permanent error; I've given up. Sorry it didn't work out.

        <info@melatiindahhotel.co.id>:
        The users mailfolder is over the allowed quota (size). (#5.2.2)

        --- Below this line is a copy of the message.

        Return-Path: <ar@merrowlinen.com>
        Received: (qmail 28114 invoked from network); 24 Feb 2026 02:00:09 -0000
        """) + reminder_raw(r)
    mail(p(30, "bounce_qmail_kuota_penuh"),
         lab("bounce", "en", rem=r, failed_recipients="info@melatiindahhotel.co.id", bounce_permanent=True,
             bounce_reason="mailbox_full", needs_human=True, note="non-standard qmail bounce, original inline as text"),
         frm="MAILER-DAEMON@mail.melatiindahhotel.co.id", to=BOT,
         subject="failure notice", date="2026-02-24 09:00 +0700",
         auth=authres("mail.melatiindahhotel.co.id", dkim="none", spf="none-helo", dmarc="none"),
         mid_host="mail.melatiindahhotel.co.id", body=Text(qm, charset="us-ascii", cte="7bit"))

    r = R(D, "permata")
    ex = t(f"""
        This message was created automatically by mail delivery software.

        A message that you sent could not be delivered to one or more of its
        recipients. This is a permanent error. The following address(es) failed:

          keuangan@rsiapermata.co.id
            host mail.rsiapermata.co.id [203.0.113.90]
            SMTP error from remote mail server after RCPT TO:<keuangan@rsiapermata.co.id>:
            554 5.7.1 <keuangan@rsiapermata.co.id>: Recipient address rejected: Access denied.
            Only senders on the hospital allow list may send to this address.

        ------ This is a copy of the message's headers. ------

        """) + reminder_raw(r, headers_only=True)
    mail(p(31, "bounce_exim_policy_allowlist"),
         lab("bounce", "en", rem=r, failed_recipients="keuangan@rsiapermata.co.id", bounce_permanent=True,
             bounce_reason="policy", needs_human=True,
             note="Exim relay of the hospital's filter: recipient accepts only allow-listed senders (5.7.1 policy)"),
         frm="Mail Delivery System <Mailer-Daemon@relay1.indowebhost.net.id>", to=BOT,
         subject="Mail delivery failed: returning message to sender", date="2026-02-19 09:02 +0700",
         auth=authres("relay1.indowebhost.net.id", dkim="none", spf="none-helo", dmarc="none"),
         extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "keuangan@rsiapermata.co.id")],
         mid_host="relay1.indowebhost.net.id",
         body=Text(ex, charset="us-ascii", cte="7bit"))

    r = R(D, "mutiara")
    mail(p(32, "autoreply_mutiara_cuti_xautoreply"),
         lab("auto_reply", "id", rem=r, return_date="2026-03-04",
             note="Indonesian; only X-Autoreply; leave until 3 March, back Wed 4 March"),
         frm="Finance Hotel Mutiara <finance@hotelmutiara-bpn.co.id>", to=BOT,
         subject="Balasan otomatis: " + r["subject"], date="2026-02-24 09:00 +0800", irt=r["mid"],
         extra=[("X-Autoreply", "yes")],
         body=Text(t("""
            Terima kasih atas email Anda.

            Saya sedang cuti sampai dengan 3 Maret 2026 dan akan kembali masuk kantor pada hari
            Rabu, 4 Maret 2026. Untuk keperluan mendesak terkait pembayaran, silakan hubungi
            Ibu Ratna di ratna@hotelmutiara-bpn.co.id.

            Salam,
            Dian Purnamasari
            Finance Hotel Mutiara Balikpapan
            """), cte="quoted-printable"))

    r = R(D, "naga")
    zh = t("""
        您好！

        我于2月23日至3月1日休假，期间无法及时回复邮件。3月2日（星期一）起正常上班，届时会尽快回复您。
        如有紧急付款事宜，请联系财务部林小姐：finance2@nagaemas.co.id。

        谢谢！
        陈伟明
        PT Naga Emas Properti 财务部
        """)
    mail(p(33, "autoreply_naga_mandarin_gb2312"),
         lab("auto_reply", "zh", rem=r, return_date="2026-03-02",
             note="Chinese, GB2312 base64, no RFC 3834 headers; away 23 Feb - 1 Mar, back Mon 2 Mar"),
         frm=addr("陈伟明", "finance@nagaemas.co.id", "gb2312"), to=BOT,
         subject="自动回复: " + r["subject"], date="2026-02-24 10:00 +0700", irt=r["mid"],
         extra=[("X-Mailer", "Foxmail 7.2.25.228[cn]")],
         body=Text(zh, charset="gb2312", cte="base64"))

    r = R(D, "sakura")
    ja = t("""
        いつもお世話になっております。

        誠に恐れ入りますが、2月24日（火）から3月8日（日）まで一時帰国のため不在にしております。
        3月9日（月）より出社いたします。
        お急ぎの場合は、フロントデスク（+62 361 738 220）までご連絡ください。

        経理部　佐藤　恵美
        PT Sakura Nippon Resort Bali
        """)
    mail(p(34, "autoreply_sakura_jepang_iso2022jp"),
         lab("auto_reply", "ja", rem=r, return_date="2026-03-09",
             note="Japanese, ISO-2022-JP, Auto-Submitted header; away 24 Feb - 8 Mar, in office from Mon 9 Mar"),
         frm=addr("佐藤 恵美", "keiri@sakuranippon-bali.com", "iso-2022-jp"), to=BOT,
         subject="自動応答: " + r["subject"], date="2026-02-24 09:01 +0800", irt=r["mid"],
         extra=[("Auto-Submitted", "auto-replied")],
         body=Text(ja, charset="iso-2022-jp", cte="7bit"))

    r = R(D, "palma")
    mail(p(35, "dibaca_outlook_indonesia_mdn"),
         lab("read_receipt", "id", rem=r, note="Outlook in Indonesian, 'Dibaca:' with an MDN part"),
         frm="Accounting Grand Palma <accounting@grandpalma-smg.co.id>", to=BOT,
         subject="Dibaca: " + r["subject"], date="2026-02-26 13:12 +0700",
         body=Multi("report", [
             Text(t(f"""
                Pesan Anda

                  Kepada: accounting@grandpalma-smg.co.id
                  Perihal: {r['subject']}
                  Dikirim: Kamis, 26 Februari 2026 09.00.00 (UTC+07:00) Bangkok, Hanoi, Jakarta

                telah dibaca pada Kamis, 26 Februari 2026 13.12.44 (UTC+07:00) Bangkok, Hanoi, Jakarta.
                """), cte="quoted-printable"),
             mdn("SG2PR04MB5521.apcprd04.prod.outlook.com; Microsoft Exchange Server", "accounting@grandpalma-smg.co.id",
                 r["mid"], "automatic-action/MDN-sent-automatically; displayed")],
             params="report-type=disposition-notification"))

    r = R(D, "medika")
    mail(p(36, "dibaca_zimbra_mdn"),
         lab("read_receipt", "en", rem=r, note="Zimbra MDN (English text)"),
         frm="Keuangan RS Medika Harapan <keuangan@rsmedikaharapan.co.id>", to=BOT,
         subject="Read-Receipt: " + r["subject"], date="2026-02-17 08:05 +0700",
         extra=[("X-Mailer", "Zimbra 10.0.8_GA_4631 (ZimbraWebClient - GC121 (Win)/10.0.8_GA_4631)")],
         body=Multi("report", [
             Text(f"The message sent on Mon, 16 Feb 2026 09:00:00 +0700 with subject \"{r['subject']}\" was displayed "
                  f"by keuangan@rsmedikaharapan.co.id on Tue, 17 Feb 2026 08:05:31 +0700.\n", cte="quoted-printable"),
             mdn("rsmedikaharapan.co.id; Zimbra", "keuangan@rsmedikaharapan.co.id", r["mid"],
                 "manual-action/MDN-sent-manually; displayed")],
             params="report-type=disposition-notification"))

    r = R(D, "balizen")
    mail(p(37, "read_windows_mail_style_mdn"),
         lab("read_receipt", "en", rem=r, note="'This is a receipt for the mail you sent' style with MDN part"),
         frm="Bali Zen Retreat Accounts <accounts@balizenretreat.com>", to=BOT,
         subject="Read: " + r["subject"], date="2026-02-20 11:47 +0800",
         body=Multi("report", [
             Text(t(f"""
                This is a receipt for the mail you sent to
                accounts@balizenretreat.com at 2/20/2026 9:00 AM

                This receipt verifies that the message has been displayed on the recipient's computer at 2/20/2026 11:47 AM
                """), charset="us-ascii", cte="7bit"),
             mdn("BZR-FRONT01", "accounts@balizenretreat.com", r["mid"], "manual-action/MDN-sent-manually; displayed")],
             params="report-type=disposition-notification"))

    r = R(D, "sumber")
    caddr = f"verify-{hx('cr-sumber', 12)}@cr.mailsaring.id"
    mail(p(38, "challenge_mailsaring_balas"),
         lab("challenge", "id", rem=r, challenge=caddr, note="challenge-response: reply to verify"),
         frm="Sumber Rejeki Catering via MailSaring <cr-noreply@mailsaring.id>", to=BOT, reply_to=caddr,
         subject="[Verifikasi] " + r["subject"], date="2026-02-23 09:01 +0700",
         auth=authres("mailsaring.id"), extra=[("Auto-Submitted", "auto-replied")], irt=r["mid"],
         body=alt(t(f"""
            Halo,

            Email Anda kepada sumberrejeki.catering@yahoo.co.id dengan subjek
            "{r['subject']}" belum terkirim.

            Penerima menggunakan MailSaring untuk menyaring spam. Untuk verifikasi, cukup balas
            email ini tanpa mengubah subjek. Setelah terverifikasi, email Anda akan langsung
            diteruskan dan email berikutnya tidak perlu diverifikasi lagi.

            ---
            Your message to sumberrejeki.catering@yahoo.co.id is on hold. To verify, simply reply
            to this email without changing the subject.
            """)))


def staff_and_other():
    mail(p(39, "staff_command_lunas_tunai"),
         lab("staff_command", "id", inv="INV/MLI/2026/01/0057", intent="paid_claim", amount="4125000.00", currency="IDR",
             payment_date="2026-02-27", note="terse command: paid in cash at the office"),
         frm=DEWI, to=BOT, subject="paid INV/MLI/2026/01/0057", date="2026-02-27 15:05 +0700",
         auth=authres("merrowlinen.co.id", policy="reject"),
         body=Text("paid INV/MLI/2026/01/0057 4125000 IDR 2026-02-27\n\nRM Minang Jaya bayar tunai di kantor Pulogadung, kuitansi no. KW-0227-03.\n-- \nDewi\n",
                   charset="us-ascii", cte="7bit"))

    mail(p(40, "staff_prosa_tahan_fitzone"),
         lab("staff_command", "id", inv="INV/MLI/2026/01/0052", intent="plan_request",
             note="staff prose: hold reminders, instalment plan being negotiated"),
         frm=BUDI, to=BOT, subject="FitZone Kemang - tahan pengingat", date="2026-02-18 10:30 +0700",
         auth=authres("merrowlinen.co.id", policy="reject"),
         body=Text(t("""
            Halo,

            Tolong tahan dulu pengingat untuk FitZone Kemang (INV/MLI/2026/01/0052). Mereka minta
            cicilan 3x, saya sedang nego dengan owner-nya. Nanti saya kabari hasilnya.

            Thanks,
            Budi
            """), cte="7bit", charset="us-ascii"))

    mail(p(41, "lainnya_palsu_bank_mentari_mirip"),
         lab("other", "id", inv="INV/MLI/2026/01/0067", amount="9020000.00", currency="IDR", needs_human=True,
             note="look-alike domain bankmentari-notifikasi.com (not a configured notifier) with a phishing link"),
         frm="Bank Mentari <notifikasi@bankmentari-notifikasi.com>", to=BOT,
         subject="Dana Masuk Rp 9.020.000 - Konfirmasi Diperlukan", date="2026-02-27 20:14 +0700",
         auth=authres("bankmentari-notifikasi.com", dmarc="none"), received_from="mx.bulk-sender-id.xyz",
         body=alt(t("""
            Notifikasi Transaksi Bank Mentari

            Yth. Nasabah,

            Dana masuk ke rekening Anda sedang menunggu konfirmasi:

            Nominal : Rp 9.020.000,00
            Dari    : HOTEL BINTANG TIMUR
            Berita  : INV/MLI/2026/01/0067

            Untuk mencairkan dana, silakan konfirmasi melalui tautan berikut dalam 1x24 jam:
            http://bankmentari-notifikasi.com/konfirmasi?id=88123

            Bank Mentari
            """)))

    mail(p(42, "lainnya_staf_palsu_dmarc_gagal"),
         lab("other", "id", inv="INV/MLI/2026/01/0052", needs_human=True,
             note="claims to be staff (budi.santoso@) but our MX says spf/dkim/dmarc fail: not a command"),
         frm=BUDI, to=BOT, subject="tandai lunas INV/MLI/2026/01/0052", date="2026-02-21 22:41 +0700",
         auth=authres("merrowlinen.co.id", dkim="none", spf="fail", dmarc="fail", mailfrom="merrowlinen.co.id",
                      policy="quarantine"),
         received_from="host-103-44-12-9.static.cloudvps.example",
         body=Text(t("""
            paid INV/MLI/2026/01/0052 15000000 IDR 2026-02-21

            FitZone sudah bayar tunai ke saya, tolong tandai lunas dan jangan kirim pengingat lagi.
            Budi
            """), charset="us-ascii", cte="7bit"))

    mail(p(43, "lainnya_tagihan_pemasok"),
         lab("other", "id", needs_human=True,
             note="supplier's invoice to Merrow (accounts payable), not an invoice copy; number deliberately not labelled"),
         frm="PT Kimia Bersih Nusantara <tagihan@kimiabersih.co.id>", to=BOT,
         subject="Tagihan KBN/INV/2602/0415 - PT Merrow Linen Indonesia", date="2026-02-26 11:20 +0700",
         body=Text(t("""
            Kepada Yth. Bagian Keuangan PT Merrow Linen Indonesia,

            Bersama ini kami sampaikan tagihan No. KBN/INV/2602/0415 atas pengiriman deterjen
            dan pelembut kain tanggal 19 Februari 2026 sebesar Rp 38.628.000 (termasuk PPN),
            jatuh tempo 28 Maret 2026.

            Mohon pembayaran ditransfer ke rekening PT Kimia Bersih Nusantara,
            Bank Nusa Niaga 0771-10-8842-1.

            Hormat kami,
            Bagian Penagihan
            PT Kimia Bersih Nusantara
            """), cte="quoted-printable"))

    mail(p(44, "lainnya_undangan_webinar"),
         lab("other", "id", note="bulk webinar invitation"),
         frm="Akademi Keuangan UMKM <event@akademikeuangan.id>", to=BOT,
         subject="Undangan Webinar Gratis: Strategi Penagihan Piutang 2026", date="2026-02-20 08:00 +0700",
         extra=[("List-Unsubscribe", "<https://akademikeuangan.id/unsub?u=4411>"), ("Precedence", "bulk")],
         body=alt(t("""
            Halo Sobat UMKM!

            Piutang menumpuk? Pelanggan sering telat bayar?

            Ikuti webinar GRATIS "Strategi Penagihan Piutang 2026" bersama praktisi keuangan:
            Kamis, 5 Maret 2026, pukul 19.00 - 21.00 WIB via Zoom.

            Daftar sekarang: https://akademikeuangan.id/webinar/piutang2026

            Kuota terbatas!
            """)))


def build():
    reminders()
    invoices()
    replies()
    payments()
    machine()
    staff_and_other()

"""Indonesian messages (IDR). Invoice format INV/QMI/<roman month>/2026/nnnn."""
from world import BOT, D, contact, dsn, inv, mdn, orig, quote, rem

MSGS = []


def M(name, lab, **kw):
    MSGS.append(dict(name=name, lab=lab, **kw))


AYU = "Ayu Pratiwi <ayu.pratiwi@quillmere.io>"
RIZAL = "Rizal Hakim <rizal.hakim@quillmere.io>"
SIG_A = "Salam,\nAyu Pratiwi\nFinance & Admin - Quillmere Instruments Indonesia\nWA 0812-3391-0457"
SIG_R = "Terima kasih,\nRizal Hakim\nSales Quillmere Instruments (Surabaya)"
W = "+0700"

SINAR = contact("keuangan@sinarkaliurang.co.id")
SINAR2 = contact("dewi.lestari@sinarkaliurang.co.id")
MANDALA = contact("admin@mandalateknik.com")
BORNEO = contact("ap@borneoagro.co.id")
UTC = contact("pengadaan@utc.ac.id")
SEGARA = contact("finance@segarakapal.co.id")
HUSADA = contact("klinikhusada@gmail.com")
RAJA = contact("tagihan@rajawalibeton.co.id")
KOPI = contact("kopi@lerengmerapi.id")
TIRTA = contact("akunting@tirtawening.co.id")
CAKRA = contact("ar.ap@cakradata.co.id")
CAKRA_ZH = contact("wang.li@cakradata.co.id")

I217, I219, I221, I224, I229, I231, I233, I236, I238, I240, I244 = (
    "INV/QMI/XI/2026/0217", "INV/QMI/XI/2026/0219", "INV/QMI/XI/2026/0221", "INV/QMI/XI/2026/0224",
    "INV/QMI/XI/2026/0229", "INV/QMI/XI/2026/0231", "INV/QMI/XI/2026/0233", "INV/QMI/XI/2026/0236",
    "INV/QMI/XI/2026/0238", "INV/QMI/XI/2026/0240", "INV/QMI/XII/2026/0244")
I188 = "INV/QMI/X/2026/0188"
inv(I217, I219, I221, I224, I229, I231, I233, I236, I238, I240, I244, I188)

R_SINAR = rem("id/sinar-jatuhtempo", "20261201.083000")
R_SINAR2 = rem("id/sinar-0244-cek", "20261203.090000")
R_MANDALA = rem("id/mandala-lewat", "20261130.091500")
R_BORNEO = rem("id/borneo-cek", "20261109.100000")
R_UTC = rem("id/utc-cek", "20261113.083000")
R_SEGARA = rem("id/segara-cek", "20261119.081500")
R_HUSADA = rem("id/husada-cek", "20261128.090500")
R_RAJA = rem("id/rajawali-cek", "20261126.094000")
R_KOPI = rem("id/kopi-lewat", "20261201.100000")
R_TIRTA = rem("id/tirta-cek", "20261121.083500")
R_CAKRA = rem("id/cakra-cek", "20261123.091000")
R_DIGEST = rem("id/digest-1204", "20261204.070000")

# ---------------------------------------------------------------- faktur (invoice copies)
M("faktur_biasa", dict(kind="invoice_copy", invoice_numbers=I217, amount="18650000.00", currency="IDR",
    issue_date="2026-11-04", due_date="2026-12-04", payment_terms_days=30,
    note="Indonesian number format Rp 18.650.000; due from '30 hari'"),
  frm=AYU, to="Ibu Dewi Lestari <keuangan@sinarkaliurang.co.id>", cc=BOT, date=D(4, 11, "10:05", W),
  subj=f"Invoice {I217} - PT Sinar Kaliurang Medika",
  body=f"""Yth. Ibu Dewi,

Bersama email ini kami lampirkan invoice no. {I217} tertanggal 04 November 2026
untuk pengadaan 4 unit data logger suhu vaksin.

Total tagihan : Rp 18.650.000 (sudah termasuk PPN)
Jangka waktu pembayaran : 30 hari sejak tanggal invoice

Pembayaran dapat ditransfer ke rekening Bank Samudra Jaya
a.n. PT Quillmere Instrumen Indonesia, no. rek. 128-00-4471902-3.

{SIG_A}""")

M("faktur_pph23", dict(kind="invoice_copy", invoice_numbers=I221, amount="27250000.00", currency="IDR",
    issue_date="2026-11-06", due_date="2026-11-20", payment_terms_days=14,
    note="competing totals: DPP, PPN, grand total 27.750.000 and amount to transfer after PPh 23 withholding (27.250.000); labelled the transfer amount"),
  frm=RIZAL, to="Ibu Ratna <ap@borneoagro.co.id>", cc=BOT, date=D(6, 11, "13:40", W),
  subj=f"Tagihan jasa kalibrasi - {I221}",
  body=f"""Selamat siang Bu Ratna,

Terlampir invoice jasa kalibrasi timbangan di site Sampit:

No. Invoice   : {I221}
Tanggal       : 6 Nov 2026
DPP           : Rp 25.000.000
PPN 11%       : Rp 2.750.000
Total         : Rp 27.750.000
PPh 23 (2%)   : (Rp 500.000) dipotong oleh pelanggan
Jumlah yang ditransfer : Rp 27.250.000

Jatuh tempo 14 hari. Mohon bukti potong PPh 23 dikirim ke email ini.

{SIG_R}""")

M("faktur_uang_muka", dict(kind="invoice_copy", invoice_numbers=I224, amount="96000000.00", currency="IDR",
    issue_date="2026-11-10", due_date="2026-11-30",
    note="contract value 480 juta first; only the 20% DP is due, by an explicit date"),
  frm=AYU, to="Bagian Pengadaan UTC <pengadaan@utc.ac.id>", cc=BOT, date=D(10, 11, "09:12", W),
  subj=f"Invoice Uang Muka 20% - Kontrak No. 027/UTC-PBJ/X/2026",
  body=f"""Kepada Yth.
Pejabat Pembuat Komitmen
Universitas Teknologi Cendana

Sesuai kontrak No. 027/UTC-PBJ/X/2026 dengan nilai kontrak Rp 480.000.000,00, bersama ini
kami sampaikan tagihan uang muka sebesar 20% yaitu Rp 96.000.000,00
(sembilan puluh enam juta rupiah), invoice no. {I224} tanggal 10 November 2026.

Mohon pembayaran dilakukan paling lambat 30 November 2026.

Hormat kami,
Ayu Pratiwi""")

M("faktur_termin", dict(kind="invoice_copy", invoice_numbers=I229, amount="62400000.00", currency="IDR",
    issue_date="2026-11-16", due_date="2026-12-15",
    note="termin 2 of 3; contract total 187,2 juta also present; written as 'Rp 62,4 juta' and in full"),
  frm=RIZAL, to="Finance PT Segara Kapal <finance@segarakapal.co.id>", cc=BOT, date=D(16, 11, "15:20", W),
  subj=f"{I229} | Termin 2 - sistem monitoring ballast",
  body=f"""Dengan hormat,

Berikut kami kirimkan tagihan termin ke-2 (dari 3 termin) untuk proyek sistem monitoring ballast
KM Segara Jaya. Nilai proyek Rp 187.200.000, termin 2 sebesar Rp 62,4 juta.

No invoice : {I229}
Tgl        : 16/11/2026
Nominal    : Rp 62.400.000,-
Jatuh tempo: 15 Desember 2026

{SIG_R}""")

M("faktur_dpp_ppn_45hari", dict(kind="invoice_copy", invoice_numbers=I231, amount="10878000.00", currency="IDR",
    issue_date="2026-11-18", due_date="2027-01-02", payment_terms_days=45,
    note="DPP vs total with PPN, 'Rp10.878.000,-'; 45-day terms cross the year"),
  frm=AYU, to="Akunting Tirta Wening <akunting@tirtawening.co.id>", cc=BOT, date=D(18, 11, "11:00", W),
  subj=f"Invoice {I231}",
  body=f"""Dear Tim Akunting PT Tirta Wening,

Invoice no {I231} tgl 18-11-2026:
  DPP        Rp9.800.000
  PPN 11%    Rp1.078.000
  TOTAL      Rp10.878.000,-

Termin pembayaran 45 hari. Faktur pajak menyusul via e-Faktur.

{SIG_A}""")

M("faktur_nota_kredit", dict(kind="invoice_copy", invoice_numbers=I233, amount="6250000.00", currency="IDR",
    issue_date="2026-11-20", due_date="2026-12-11", payment_terms_days=21,
    note="credit note NK-0019 deducted; written in English-Indonesian mix"),
  frm=AYU, to="AR/AP Cakra Data <ar.ap@cakradata.co.id>", cc=BOT, date=D(20, 11, "16:45", W),
  subj=f"Invoice {I233} (setelah nota kredit)",
  body=f"""Halo Tim Cakra Data,

Terlampir invoice {I233} tanggal 20 November 2026:

Nilai invoice           Rp 7.500.000
Nota kredit NK-0019    (Rp 1.250.000)  - sensor yang diretur
Sisa yang harus dibayar Rp 6.250.000

Payment term 21 hari ya. Thanks!

{SIG_A}""")

M("faktur_bertahap_tidak_jelas", dict(kind="invoice_copy", invoice_numbers=I236, currency="IDR",
    issue_date="2026-11-23", needs_human=True,
    note="total 135 juta, staged by progress with the percentage for this stage still to be agreed"),
  frm=RIZAL, to="Pak Yudi <tagihan@rajawalibeton.co.id>", cc=BOT, date=D(23, 11, "19:30", W),
  subj=f"Invoice {I236} batching plant sensor",
  body=f"""Pak Yudi,

Ini invoice {I236} untuk paket sensor batching plant, total Rp 135.000.000.
Sesuai obrolan kemarin pembayaran bertahap ikut progres pemasangan - untuk tahap ini
berapa persennya nanti kita bahas lagi setelah kunjungan site minggu depan ya Pak.

{SIG_R}""")

M("faktur_bcc_hari_kerja", dict(kind="invoice_copy", invoice_numbers=I238, amount="4250000.00", currency="IDR",
    issue_date="2026-11-25", due_date="2026-12-04",
    note="bot via Bcc only; amount in 'IDR 4,250,000.00' (English separators); 7 hari kerja from Wed 25 Nov -> 4 Dec"),
  frm=AYU, to="Klinik Pratama Husada <klinikhusada@gmail.com>", date=D(25, 11, "10:30", W),
  subj=f"Invoice {I238}",
  body=f"""Selamat pagi,

Invoice {I238} (25 Nov 2026) untuk 2 unit termometer kulkas vaksin: IDR 4,250,000.00.
Mohon dibayarkan dalam 7 hari kerja.

{SIG_A}""")

# ---------------------------------------------------------------- tanda terima baca
M("mdn_standar", dict(kind="read_receipt", invoice_numbers=I229, original_message_id=R_SEGARA,
    note="RFC 8098 MDN, Indonesian Outlook text 'Dibaca'"),
  frm="Finance PT Segara Kapal <finance@segarakapal.co.id>", date=D(19, 11, "13:02", W),
  subj=f"Dibaca: Apakah invoice {I229} sudah diterima?",
  **mdn(f"Pesan Anda\n\n  Kepada: finance@segarakapal.co.id\n  Subjek: Apakah invoice {I229} sudah diterima?\n\n"
        "telah dibaca pada Kamis, 19 November 2026 13.02.", "Microsoft Outlook 16.0",
        "finance@segarakapal.co.id", R_SEGARA))

M("tanda_baca_nonstandar", dict(kind="read_receipt", invoice_numbers=I231, original_message_id=R_TIRTA,
    note="non-standard receipt: plain text, subject 'Telah dibaca', threaded by References only"),
  frm="Akunting Tirta Wening <akunting@tirtawening.co.id>", date=D(21, 11, "14:40", W), refs=R_TIRTA,
  subj=f"Telah dibaca: Apakah invoice {I231} sudah diterima?",
  body=f"""Ini adalah tanda terima untuk email yang Anda kirim ke akunting@tirtawening.co.id.

Catatan: tanda terima ini hanya menyatakan bahwa pesan telah ditampilkan di komputer penerima.
Tidak ada jaminan bahwa penerima telah membaca atau memahami isi pesan.""")

# ---------------------------------------------------------------- bounce
M("bounce_user_unknown_en", dict(kind="bounce", language="en", failed_recipients="dewi.lestari@sinarkaliurang.co.id",
    bounce_permanent=True, bounce_reason="user_unknown", original_message_id=R_SINAR, invoice_numbers=I217,
    note="Exim (cPanel) bounce in English for an Indonesian client; no DSN parts, headers of original inline"),
  frm="Mail Delivery System <Mailer-Daemon@srv12.niagahoster-mail.id>", return_path="<>",
  date=D(1, 12, "08:31", W), auth="dsn", relay="srv12.niagahoster-mail.id",
  subj="Mail delivery failed: returning message to sender",
  body=f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  dewi.lestari@sinarkaliurang.co.id
    No Such User Here

------ This is a copy of the message, including all the headers. ------

Message-ID: {R_SINAR}
From: Quillmere Instruments <{BOT}>
To: keuangan@sinarkaliurang.co.id, dewi.lestari@sinarkaliurang.co.id
Subject: Pengingat: {I217} jatuh tempo 4 Desember""")

M("bounce_kotak_penuh", dict(kind="bounce", failed_recipients="kopi@lerengmerapi.id", bounce_permanent=True,
    bounce_reason="mailbox_full", original_message_id=R_KOPI, invoice_numbers=I240,
    note="Indonesian-language DSN from a local host; mailbox full"),
  frm="Sistem Pengiriman Surat <postmaster@mail.lerengmerapi.id>", return_path="<>", date=D(1, 12, "10:01", W),
  auth="dsn", subj="Pesan tidak terkirim: kotak surat penerima penuh",
  **dsn("Pesan Anda tidak dapat dikirim ke penerima berikut:\n\n  kopi@lerengmerapi.id\n\n"
        "Alasan: kotak surat penerima sudah penuh (melebihi kuota 1 GB).\nServer penerima menjawab: 552 5.2.2 Mailbox quota exceeded",
        "mail.lerengmerapi.id", [("kopi@lerengmerapi.id", "failed", "5.2.2", "552 5.2.2 Mailbox quota exceeded")],
        orig("kopi@lerengmerapi.id", f"Invoice {I240} sudah lewat jatuh tempo", R_KOPI, D(1, 12, "10:00", W))))

M("bounce_kebijakan", dict(kind="bounce", failed_recipients="pengadaan@utc.ac.id", bounce_permanent=True,
    bounce_reason="policy", original_message_id=R_UTC, invoice_numbers=I224,
    note="university gateway policy rejection, Indonesian prose, recipient only in text"),
  frm="Email Gateway UTC <noreply-gateway@utc.ac.id>", return_path="<>", date=D(13, 11, "08:31", W),
  subj="Pemberitahuan: email Anda ditolak",
  body=f"""Yth. Pengirim,

Email Anda kepada pengadaan@utc.ac.id dengan ID pesan {R_UTC}
TIDAK DITERUSKAN karena melanggar kebijakan keamanan email Universitas Teknologi Cendana:
pengirim eksternal tidak diizinkan mengirim ke alamat unit pengadaan secara langsung.
Silakan gunakan portal LPSE.

Kode: 550 5.7.1 Rejected by institutional policy

Pusat Teknologi Informasi UTC""")

M("bounce_tertunda_en", dict(kind="bounce", language="en", failed_recipients="ar.ap@cakradata.co.id",
    bounce_permanent=False, bounce_reason="other", original_message_id=R_CAKRA, invoice_numbers=I233,
    note="Exim delay warning in English; not final"),
  frm="Mail Delivery System <Mailer-Daemon@mx.quillmere.io>", return_path="<>", date=D(24, 11, "09:10", W),
  auth="none", relay="localhost", subj="Warning: message 1kQx7T-0004aZ-2D delayed 24 hours",
  hdrs=[("X-Failed-Recipients", "ar.ap@cakradata.co.id")],
  body=f"""This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mx.quillmere.io.

The message identifier is:     1kQx7T-0004aZ-2D
The subject of the message is: Apakah invoice {I233} sudah diterima?
The date of the message is:    Mon, 23 Nov 2026 09:10:00 +0700

The address to which the message has not yet been delivered is:

  ar.ap@cakradata.co.id
    host mail.cakradata.co.id [202.155.14.9]
    Delay reason: SMTP error from remote mail server after RCPT TO:
    451 4.3.0 Temporary system problem

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.

Message-ID of the delayed message: {R_CAKRA}""")

# ---------------------------------------------------------------- balasan otomatis
M("ooo_cuti_kembali_senin", dict(kind="auto_reply", invoice_numbers=I219, return_date="2026-12-07",
    original_message_id=R_MANDALA, note="'cuti s.d. 4 Desember' plus explicit 'masuk kembali Senin 7 Desember' (after a weekend)"),
  frm="Admin Mandala Teknik <admin@mandalateknik.com>", date=D(30, 11, "09:16", W), irt=R_MANDALA,
  subj=f"Balasan Otomatis: Invoice {I219} sudah lewat jatuh tempo",
  hdrs=[("Auto-Submitted", "auto-replied")],
  body="""Terima kasih atas email Anda.

Saya sedang cuti s.d. 4 Desember 2026 dan akan masuk kembali hari Senin, 7 Desember 2026.
Untuk keperluan mendesak silakan hubungi Pak Hendra di 0813-2210-7788.

Salam,
Rina - Admin CV Mandala Teknik""")

M("ooo_dinas_luar_tanpa_header", dict(kind="auto_reply", invoice_numbers=I238, return_date="2026-11-30",
    original_message_id=R_HUSADA, note="no auto-reply headers; 'baru kembali ke kantor tgl 30/11'"),
  frm="Klinik Pratama Husada <klinikhusada@gmail.com>", date=D(28, 11, "09:06", W), irt=R_HUSADA,
  subj=f"Re: Apakah invoice {I238} sudah diterima?",
  body="""[Pesan otomatis]
Mohon maaf, admin keuangan sedang dinas luar kota dan baru kembali ke kantor tgl 30/11.
Email Bapak/Ibu akan kami balas secepatnya setelah itu.

Klinik Pratama Husada""")

M("ooo_mandarin", dict(kind="auto_reply", language="zh", invoice_numbers=I233, return_date="2026-12-07",
    original_message_id=R_CAKRA, note="Chinese OOO from the client's parent-company colleague; '12月7日返回'"),
  frm="王莉 Wang Li <wang.li@cakradata.co.id>", date=D(23, 11, "09:11", W), irt=R_CAKRA,
  subj=f"自动回复: Apakah invoice {I233} sudah diterima?",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  body="""您好，

我目前出差在外，将于12月7日返回办公室。期间邮件回复可能会有延迟。
紧急事宜请联系 ar.ap@cakradata.co.id。

谢谢！
王莉""")

M("tiket_helpdesk", dict(kind="auto_reply", invoice_numbers=I236, original_message_id=R_RAJA,
    note="ticket acknowledgement in Indonesian; no return date"),
  frm="Helpdesk Tagihan Rajawali Beton <tagihan@rajawalibeton.co.id>", date=D(26, 11, "09:41", W), irt=R_RAJA,
  subj=f"[Tiket #RB-20261126-0087] Apakah invoice {I236} sudah diterima?",
  hdrs=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "osTicket")],
  body="""Bapak/Ibu yang terhormat,

Terima kasih, email Anda sudah kami terima dan tercatat dengan nomor tiket #RB-20261126-0087.
Tim kami akan menindaklanjuti maksimal 3x24 jam hari kerja.

Mohon tidak membalas email ini.
PT Rajawali Beton""")

M("ooo_umroh", dict(kind="auto_reply", invoice_numbers=I224, return_date="2026-12-10",
    original_message_id=R_UTC, note="personal OOO without headers from a university address; 'kembali tanggal 10 Desember'"),
  frm="Dr. Bambang Sulistyo <bambang.s@utc.ac.id>", date=D(13, 11, "08:35", W), irt=R_UTC,
  subj=f"Re: Apakah invoice {I224} sudah diterima?",
  body="""Assalamu'alaikum,

Saya sedang menjalankan ibadah umroh dan baru kembali bertugas tanggal 10 Desember 2026.
Untuk urusan pengadaan silakan menghubungi Ibu Sari (sari.pbj@utc.ac.id).

Wassalam,
Bambang Sulistyo""")

# ---------------------------------------------------------------- challenge
M("challenge_verifikasi", dict(kind="challenge", invoice_numbers=I221, original_message_id=R_BORNEO,
    note="Indonesian sender-verification challenge with link"),
  frm="Verifikasi Email Borneo Agro <noreply-verify@borneoagro.co.id>", date=D(9, 11, "10:01", W), irt=R_BORNEO,
  subj="Verifikasi pengirim diperlukan",
  hdrs=[("Auto-Submitted", "auto-replied")],
  body=f"""Yth. pengirim,

Untuk mengurangi spam, email Anda ke ap@borneoagro.co.id ditahan sementara.
Subjek: "Apakah invoice {I221} sudah diterima?"

Silakan klik tautan berikut untuk memverifikasi bahwa Anda bukan robot:
https://borneoagro.co.id/verify?id=8a71fe02

Email yang tidak diverifikasi dalam 3 hari akan dihapus otomatis.""")

# ---------------------------------------------------------------- notifikasi bank
M("bank_lunas", dict(kind="payment_confirmation", invoice_numbers=I217, amount="18650000.00", currency="IDR",
    payment_date="2026-12-03", payment_full=True, allocations=f"{I217}=18650000.00",
    note="reference written 'INV QMI XI 2026 0217' with spaces; amount 'Rp18.650.000,00'"),
  frm="Bank Samudra Jaya <notifikasi@samudrajaya.co.id>", date=D(3, 12, "11:02", W),
  subj="Notifikasi Dana Masuk",
  body="""Yth. Nasabah PT QUILLMERE INSTRUMEN INDONESIA,

Dana masuk ke rekening Anda 128-00-4471902-3:

  Tanggal    : 03/12/2026 11:01:44 WIB
  Jenis      : Transfer Masuk (SKN)
  Dari       : PT SINAR KALIURANG MEDIKA
  Nominal    : Rp18.650.000,00
  Berita     : INV QMI XI 2026 0217

Terima kasih telah menggunakan layanan Bank Samudra Jaya.""")

M("bank_setelah_pph23", dict(kind="payment_confirmation", invoice_numbers=I221, amount="27250000.00", currency="IDR",
    payment_date="2026-11-19", payment_full=True, allocations=f"{I221}=27250000.00",
    note="transfer is invoice total minus PPh 23 withheld; full relative to the amount to transfer"),
  frm="Bank Samudra Jaya <notifikasi@samudrajaya.co.id>", date=D(19, 11, "14:20", W),
  subj="Notifikasi Dana Masuk",
  body="""Dana masuk:

  Tanggal    : 19/11/2026
  Dari       : BORNEO AGRO LESTARI PT
  Nominal    : Rp27.250.000,00
  Berita     : PEMBY 0221 KALIBRASI NETT PPH23

Bank Samudra Jaya - notifikasi otomatis, mohon tidak membalas.""")

M("bank_sebagian", dict(kind="payment_confirmation", invoice_numbers=I224, amount="50000000.00", currency="IDR",
    payment_date="2026-11-30", payment_full=False, allocations=f"{I224}=50000000.00",
    note="partial payment of the DP (50 of 96 juta) through the state treasury (SP2D), reference is the contract number"),
  frm="Bank Samudra Jaya <notifikasi@samudrajaya.co.id>", date=D(30, 11, "15:30", W),
  subj="Notifikasi Dana Masuk",
  body=f"""Dana masuk:

  Tanggal    : 30/11/2026
  Dari       : RPL UNIVERSITAS TEKNOLOGI CENDANA
  Nominal    : Rp50.000.000,00
  Berita     : SP2D 01482 UM KONTRAK 027/UTC-PBJ/X/2026 TAHAP I INV 0224

Bank Samudra Jaya""")

M("bank_dua_invoice", dict(kind="payment_confirmation", invoice_numbers=f"{I229};{I188}", amount="77200000.00",
    currency="IDR", payment_date="2026-12-04", payment_full=True,
    allocations=f"{I229}=62400000.00;{I188}=14800000.00",
    note="one transfer for two invoices, short refs '0229+0188'; transaction date 5/12 (Saturday) vs effective date 4/12"),
  frm="Bank Samudra Jaya <notifikasi@samudrajaya.co.id>", date=D(5, 12, "08:10", W),
  subj="Notifikasi Dana Masuk - RTGS",
  body="""Dana masuk (RTGS):

  Tgl transaksi : 05/12/2026
  Tgl efektif   : 04/12/2026
  Dari          : PT SEGARA KAPAL NUSANTARA
  Nominal       : Rp77.200.000,00
  Berita        : TERMIN2 0229 + 0188

Bank Samudra Jaya""")

M("bank_palsu_tanpa_ar", dict(kind="other", invoice_numbers=I236, amount="135000000.00", currency="IDR",
    needs_human=True, note="bank From address but no Authentication-Results at all, odd relay - not trusted"),
  frm="Bank Samudra Jaya <notifikasi@samudrajaya.co.id>", date=D(2, 12, "01:14", W), auth="none",
  relay="vps-88.cheap-host.biz", subj="Notifikasi Dana Masuk",
  body=f"""Dana masuk:

  Tanggal    : 02/12/2026
  Dari       : PT RAJAWALI BETON
  Nominal    : Rp135.000.000,00
  Berita     : LUNAS {I236}

Untuk mencairkan dana, verifikasi rekening Anda di https://samudrajaya-verifikasi.com""")

# ---------------------------------------------------------------- balasan klien
M("balasan_sudah_tf", dict(kind="client_reply", intent="paid_claim", invoice_numbers=I238, amount="4250000.00",
    currency="IDR", original_message_id=R_HUSADA, note="very informal: 'sdh sy tf td pagi, 4,25jt'"),
  frm="Klinik Pratama Husada <klinikhusada@gmail.com>", date=D(2, 12, "10:20", W), irt=R_HUSADA,
  subj=f"Re: Apakah invoice {I238} sudah diterima?",
  body="""Bu Ayu, sdh sy tf td pagi ya 4,25jt ke rek Samudra Jaya. Bukti tf sy kirim lwt WA.
Mksh""")

M("balasan_janji_insyaallah", dict(kind="client_reply", intent="promise", invoice_numbers=I219,
    promised_date="2026-12-10", original_message_id=R_MANDALA, note="'Insya Allah tgl 10 Des' - promise with religious hedge that is still a promise"),
  frm="Hendra Wijaya <admin@mandalateknik.com>", date=D(4, 12, "16:05", W),
  irt=R_MANDALA, subj=f"Re: Invoice {I219} sudah lewat jatuh tempo",
  body="""Siang Bu,

Mohon maaf terlambat, kemarin cash flow lagi seret. Insya Allah tgl 10 Des kami lunasi.

Hendra""")

M("balasan_janji_akhir_bulan", dict(kind="client_reply", intent="promise", invoice_numbers=I233,
    promised_date="2026-11-30", original_message_id=R_CAKRA, note="'paling lambat akhir bulan ini' written 24 Nov -> 30 Nov"),
  frm="AR/AP Cakra Data <ar.ap@cakradata.co.id>", date=D(24, 11, "15:12", W), irt=R_CAKRA,
  subj=f"RE: Apakah invoice {I233} sudah diterima?",
  body="""Dear Bu Ayu,

Invoice sudah kami terima dan sudah masuk jadwal pembayaran, paling lambat akhir bulan ini
sudah kami transfer.

Best regards,
Yohana - AR/AP""")

M("balasan_belum_bisa_janji", dict(kind="client_reply", intent="other", invoice_numbers=I236, needs_human=True,
    original_message_id=R_RAJA, note="'belum bisa janji ... mungkin pertengahan Desember' - hedged, no promise"),
  frm="Yudi Prasetyo <yudi@rajawalibeton.co.id>", date=D(30, 11, "20:12", W), irt=R_RAJA,
  subj=f"Re: [Tiket #RB-20261126-0087] Apakah invoice {I236} sudah diterima?",
  body="""Mas Rizal,

Belum bisa janji ya, kami masih nunggu pencairan dari owner proyek. Mungkin pertengahan
Desember, tapi itu juga belum pasti. Nanti saya kabari lagi.

Yudi""")

M("balasan_sanggahan", dict(kind="client_reply", intent="dispute", invoice_numbers=I224,
    original_message_id=R_UTC, note="amount/units do not match the handover report (BAST); formal register"),
  frm="Sari Wulandari <sari.pbj@utc.ac.id>", date=D(1, 12, "10:45", W), irt=R_UTC,
  subj=f"Re: Apakah invoice {I224} sudah diterima?",
  body="""Dengan hormat,

Menindaklanjuti tagihan tersebut, kami sampaikan bahwa jumlah unit pada invoice tidak sesuai
dengan Berita Acara Serah Terima (BAST) tanggal 20 November 2026 (tercatat 18 unit, bukan 20 unit).
Sehubungan dengan hal tersebut, sisa pembayaran kami tangguhkan sampai invoice diperbaiki.

Hormat kami,
Sari Wulandari
Unit Pengadaan Barang/Jasa""")

M("balasan_minta_cicil", dict(kind="client_reply", intent="plan_request", invoice_numbers=I240, amount="8400000.00",
    currency="IDR", original_message_id=R_KOPI, note="casual Javanese-flavoured plan request, '8,4 jt' dicicil 3x"),
  frm="Kopi Lereng Merapi <lerengmerapi.kopi@yahoo.co.id>", date=D(2, 12, "21:10", W), irt=R_KOPI,
  subj=f"Re: Invoice {I240} sudah lewat jatuh tempo",
  body="""Mas/Mbak, nuwun sewu, yang 8,4 jt itu boleh dicicil 3x nggak? Lagi sepi panen,
kopi belum laku semua. Tiap awal bulan saya transfer.

(email kantor lagi penuh, pakai yahoo dulu)
Pak Darmo""")

M("balasan_belum_terima", dict(kind="client_reply", intent="not_received", invoice_numbers=I231,
    original_message_id=R_TIRTA, note="asks for the tax invoice and original; 'belum kami terima'"),
  frm="Akunting Tirta Wening <akunting@tirtawening.co.id>", date=D(3, 12, "09:30", W), irt=R_TIRTA,
  subj=f"Re: Apakah invoice {I231} sudah diterima?",
  body="""Selamat pagi,

Mohon maaf, invoice asli dan faktur pajaknya belum kami terima sampai hari ini, jadi belum
bisa kami proses. Mohon dikirim ulang ke email ini beserta faktur pajaknya.

Terima kasih,
Akunting PT Tirta Wening""")

M("balasan_rekening_va", dict(kind="client_reply", intent="payment_details", invoice_numbers=I229,
    original_message_id=R_SEGARA, note="asks account number and virtual account option"),
  frm="Finance PT Segara Kapal <finance@segarakapal.co.id>", date=D(20, 11, "10:10", W), irt=R_SEGARA,
  subj=f"RE: Apakah invoice {I229} sudah diterima?",
  body="""Pak Rizal,

Invoice sudah diterima. Mohon info nomor rekening a.n. perusahaan (bukan perorangan) dan
apakah bisa dibayar lewat virtual account? Sistem kami wajib pakai rekening yang terdaftar.

Salam,
Finance PT Segara Kapal Nusantara""")

M("balasan_berhenti", dict(kind="client_reply", intent="stop", invoice_numbers=I221,
    original_message_id=R_BORNEO, note="'tolong berhenti kirim email pengingat' - stop"),
  frm="Ibu Ratna <ap@borneoagro.co.id>", date=D(12, 11, "11:11", W), irt=R_BORNEO,
  subj=f"Re: Apakah invoice {I221} sudah diterima?",
  body="""Tolong berhenti kirim email pengingat otomatis seperti ini ke alamat kami.
Urusan pembayaran langsung saja ke Pak Rizal lewat telepon, tidak perlu lewat email.

Ratna""")

M("balasan_hanya_kutipan", dict(kind="client_reply", intent="other", invoice_numbers=I219, needs_human=True,
    original_message_id=R_MANDALA, note="'Baik, terima kasih infonya' - payment words only in the quote"),
  frm="Hendra Wijaya <admin@mandalateknik.com>", date=D(30, 11, "12:00", W), irt=R_MANDALA,
  subj=f"Re: Invoice {I219} sudah lewat jatuh tempo",
  body=f"""Baik, terima kasih infonya.

{quote(f'''Pada tanggal Sen, 30 Nov 2026 pukul 09.15 Quillmere Instruments <{BOT}> menulis:
Selamat pagi Bapak Hendra, semoga usahanya lancar.
Invoice {I219} sebesar Rp 5.900.000 sudah lewat jatuh tempo.
Jika sudah dibayar, mohon abaikan email ini.''')}""")

M("balasan_sebagian_sisanya", dict(kind="client_reply", intent="promise", invoice_numbers=I244, amount="6000000.00",
    currency="IDR", promised_date="2026-12-18", original_message_id=R_SINAR2,
    note="pays 50% today, rest 'Rp 6 jt' on 18/12; labelled promise for the rest"),
  frm="Ibu Dewi Lestari <keuangan@sinarkaliurang.co.id>", date=D(3, 12, "13:40", W), irt=R_SINAR2,
  subj=f"Re: Apakah invoice {I244} sudah diterima?",
  body="""Bu Ayu,

Invoice sudah kami terima. Hari ini kami bayar 50% dulu, sisanya Rp 6 jt kami transfer
tanggal 18/12 setelah dana BPJS cair.

Salam,
Dewi""")

M("balasan_hapus_dari_daftar", dict(kind="client_reply", intent="stop", invoice_numbers=I229,
    original_message_id=R_SEGARA, note="'mohon alamat kami dihapus dari daftar kirim' - polite stop"),
  frm="Finance PT Segara Kapal <finance@segarakapal.co.id>", date=D(4, 12, "14:00", W), irt=R_SEGARA,
  subj=f"RE: Apakah invoice {I229} sudah diterima?",
  body="""Dengan hormat,

Mohon alamat email kami dihapus dari daftar kirim pengingat otomatis Bapak/Ibu.
Untuk selanjutnya korespondensi cukup melalui PIC kami, Bpk. Arif (0811-305-7762).

Terima kasih atas pengertiannya.""")

M("balasan_janji_senin_14", dict(kind="client_reply", intent="promise", invoice_numbers=I231,
    promised_date="2026-12-14", original_message_id=R_TIRTA,
    note="'dijadwalkan transfer hari Senin tgl 14' - weekday plus day number"),
  frm="Akunting Tirta Wening <akunting@tirtawening.co.id>", date=D(5, 12, "09:15", W), irt=R_TIRTA,
  subj=f"Re: Apakah invoice {I231} sudah diterima?",
  body="""Bu Ayu,

Invoice dan faktur pajak yang dikirim ulang sudah kami terima, terima kasih. Pembayarannya
sudah kami jadwalkan transfer hari Senin tgl 14 ya Bu.

Akunting PT Tirta Wening""")

# ---------------------------------------------------------------- perintah staf
M("perintah_promise", dict(kind="staff_command", invoice_numbers=I236,
    note="staff records a phone promise; free-text reason in Indonesian"),
  frm=RIZAL, date=D(4, 12, "17:30", W), subj=f"promise {I236}",
  body=f"""promise {I236} 2026-12-21
ditelpon Pak Yudi, katanya dana dari owner cair tgl 21""")

M("perintah_paid_balas_digest", dict(kind="staff_command", invoice_numbers=I238, amount="4250000.00", currency="IDR",
    original_message_id=R_DIGEST, note="staff confirms payment by replying to the digest"),
  frm=AYU, date=D(4, 12, "08:20", W), irt=R_DIGEST, subj="Re: Ringkasan piutang Quillmere - 4 Des 2026",
  body=f"""paid {I238} 4250000 IDR 2026-12-02

sudah dicek di mutasi, masuk tgl 2.

{quote('Perlu tindakan: Klinik Pratama Husada mengaku sudah transfer (INV/QMI/XI/2026/0238).')}""")

M("perintah_palsu", dict(kind="other", invoice_numbers=I224, amount="96000000.00", currency="IDR", needs_human=True,
    note="forged staff command: DKIM/DMARC fail"),
  frm=AYU, date=D(5, 12, "03:02", W), auth="fail", relay="mail.bulk-sender.xyz", subj=f"paid {I224}",
  body=f"""paid {I224} 96000000 IDR""")

# ---------------------------------------------------------------- lain-lain
M("lain_phishing_bank", dict(kind="other", note="Indonesian banking phishing"),
  frm="Bank Samudra Jaya <security@samudrajaya-id.com>", date=D(25, 11, "02:30", W), auth="spfonly",
  subj="[PENTING] Akun internet banking Anda diblokir sementara",
  body="""Nasabah Yth,

Akun internet banking bisnis Anda diblokir sementara karena aktivitas mencurigakan.
Segera lakukan verifikasi data dalam 1x24 jam:
https://samudrajaya-id.com/verifikasi

Bank Samudra Jaya""")

M("lain_tagihan_vendor", dict(kind="other", note="vendor's invoice to us (courier), has invoice number/amount/due date"),
  frm="PT Kurir Cepat Nusantara <billing@kurircepat.co.id>", date=D(1, 12, "09:00", W),
  subj="Tagihan KCN/2611/00982 - PT Quillmere Instrumen Indonesia",
  body="""Yth. PT Quillmere Instrumen Indonesia,

Terlampir tagihan jasa pengiriman bulan November 2026:
No. tagihan : KCN/2611/00982
Jumlah      : Rp 3.417.500
Jatuh tempo : 15 Desember 2026

Terima kasih atas kepercayaan Anda.""")

M("lain_promo", dict(kind="other", note="marketplace promotion newsletter"),
  frm="Belanja Pintar <promo@belanjapintar.co.id>", date=D(2, 12, "12:12", W),
  hdrs=[("List-Unsubscribe", "<https://belanjapintar.co.id/unsub?u=77120>"), ("Precedence", "bulk")],
  subj="Harbolnas 12.12: diskon s.d. 70% + gratis ongkir!",
  body="""Harbolnas 12.12 sudah dekat!
Diskon hingga 70% untuk peralatan kantor, cashback tagihan, dan gratis ongkir.

Berhenti berlangganan: https://belanjapintar.co.id/unsub?u=77120""")

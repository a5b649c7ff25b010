"""Indonesian desk: PT Brightwater Laboratorium Benih (Malang)."""
from common import *  # noqa: F401,F403
from lib import M, P, pdf, ATT, T, H, ALT, MIX, msg, D, BOT, MX, auth, RFC822, RHDRS, DS, REPORT
from world import REM, CLIENTS, STAFF, NOTIFIERS, gq, oq, EXTRA_CONTACTS, bot_raw

S = dict(zip(['dk', 'bp', 'rh'], STAFF['id']))
C = {k: (v[1].replace('Bapak ', '').replace('Ibu ', ''), v[2]) for k, v in CLIENTS['id'].items()}
TZ = '+0700'
SIG = '''

Hormat kami,

Dewi Kartikasari
Finance & Billing
PT Brightwater Laboratorium Benih
Jl. Raya Tlogomas No. 88, Malang 65144 | Telp. (0341) 555-0712'''
MSGS = []
A = MSGS.append

# ---------------- invoice ----------------
A(M('inv_tani_pph23', msg(S['dk'], C['tani'], 'Invoice 0244/BSL-INV/XI/2026 - Uji Daya Berkecambah', D('2026-11-03 10:20', TZ), T(
'''Yth. Bapak Hendra Wijaya,

Bersama ini kami sampaikan tagihan atas jasa uji daya berkecambah dan kadar air benih jagung hibrida
(20 lot) sesuai PO No. TMS/PO/2026/1187.

No. Invoice          : 0244/BSL-INV/XI/2026
Tanggal              : 3 November 2026
DPP                  : Rp 40.000.000
PPN 11%              : Rp  4.400.000
Jumlah tagihan       : Rp 44.400.000
PPh 23 (2% x DPP)    : (Rp   800.000)  -- dipotong oleh pemberi jasa
Jumlah yang dibayarkan: Rp 43.600.000

Jangka waktu pembayaran 30 hari sejak tanggal invoice. Mohon bukti potong PPh 23 dikirimkan ke email ini.''' + SIG), cc=[BOT]),
  'invoice_copy', 'id', inv='0244/BSL-INV/XI/2026', amount='43600000.00', cur='IDR', issue='2026-11-03', due='2026-12-03', terms=30,
  note='amount after PPh 23 withholding'))

_p = pdf(['PT Brightwater Laboratorium Benih', 'Jl. Raya Tlogomas No. 88, Malang', '', 'INVOICE No. 0247/BSL-INV/XI/2026',
          'Tanggal: 05 November 2026', 'Kepada: PT Sawit Lestari Kalimantan', 'Kontrak: SPK/SLK/2026/044 - Uji Multilokasi Benih Sawit',
          '', 'Nilai kontrak                               Rp 480.000.000', 'Termin 2 (30%)                              Rp 144.000.000',
          'PPN 11%                                     Rp  15.840.000', 'TOTAL TAGIHAN TERMIN 2                      Rp 159.840.000', '',
          'Jatuh tempo: 14 (empat belas) hari kalender setelah BAST ditandatangani.', 'Bank Mandiri a.n. PT Brightwater Laboratorium Benih 144-00-1234567-8'],
         '0247/BSL-INV/XI/2026')
A(M('inv_sawit_termin_pdf_bast', msg(S['bp'], C['sawit'], 'Tagihan termin 2', D('2026-11-05 14:05', TZ), MIX(
    T('Selamat siang Pak Yohanes,\n\nTerlampir invoice termin 2 untuk kegiatan uji multilokasi. BAST sedang kami mintakan tanda tangan ke lapangan.\n\nSalam,\nBagus Prasetyo\nProject Manager Uji Lapang\n'),
    ATT(_p, 'application/pdf', 'INV_0247_BSL_XI_2026.pdf')), cc=[BOT, S['dk']]),
  'invoice_copy', 'id', inv='0247/BSL-INV/XI/2026', amount='159840000.00', cur='IDR', issue='2026-11-05', terms=14, nh=True,
  note='PDF only; term payment vs contract value; due counted from BAST'))

A(M('inv_siam_usd_english', msg(S['rh'], C['thai'], 'Invoice 0248/BSL-INV/XI/2026 - GMO screening (USD)', D('2026-11-06 09:30', TZ), T(
'''Dear Khun Somchai,

Please find the details of our invoice for the GMO screening (35S/NOS, 12 maize samples):

  Invoice no.   0248/BSL-INV/XI/2026
  Date          6 November 2026
  Amount        USD 3,250.00
  Terms         30 days net
  (approx. Rp 51.350.000 - for information only)

Beneficiary: PT Brightwater Laboratorium Benih, Bank Mandiri Malang, USD acc. 144-00-7654321-0, SWIFT BMRIIDJA.

Best regards,
Rina Hapsari
PT Brightwater Laboratorium Benih'''), cc=[BOT]),
  'invoice_copy', 'en', inv='0248/BSL-INV/XI/2026', amount='3250.00', cur='USD', issue='2026-11-06', due='2026-12-06', terms=30,
  note='English text on the Indonesian desk; IDR figure for information'))

A(M('inv_hortindo_bcc_html', msg(S['rh'], C['hortindo'], 'Invoice Uji Kesehatan Benih - CV Hortindo Jaya', D('2026-11-11 08:45', TZ), H(
'''<html><body style="font-family:Arial">
<p>Kepada Yth. Ibu Ratna Dewi,</p>
<p>Terlampir rincian tagihan uji kesehatan benih cabai (blotter test, 5 sampel):</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td>No. Invoice</td><td>0251/BSL-INV/XI/2026</td></tr>
<tr><td>Tanggal</td><td>11-11-2026</td></tr>
<tr><td>Biaya uji</td><td>Rp 3.500.000</td></tr>
<tr><td>PPN 11%</td><td>Rp 385.000</td></tr>
<tr><td><b>Total</b></td><td><b>Rp 3.885.000</b></td></tr>
<tr><td>Jatuh tempo</td><td>25 November 2026</td></tr>
</table>
<p>Terima kasih atas kepercayaan Ibu.</p>
<p>Salam hangat,<br>Rina Hapsari &middot; Customer Service</p>
</body></html>''', 'windows-1252', 'quoted-printable'), delivered=True),
  'invoice_copy', 'id', inv='0251/BSL-INV/XI/2026', amount='3885000.00', cur='IDR', issue='2026-11-11', due='2026-11-25',
  note='Bcc only; html only'))

A(M('inv_koperasi_dua_invoice', msg(S['dk'], C['koperasi'], 'Invoice 0255 & 0256/BSL-INV/XI/2026', D('2026-11-17 11:00', TZ), T(
'''Yth. Bapak Slamet Riyadi,

Berikut kami kirimkan dua invoice untuk pengujian benih padi anggota koperasi:

1. 0255/BSL-INV/XI/2026 - uji daya berkecambah 5 lot     : Rp 2.775.000
2. 0256/BSL-INV/XI/2026 - uji kemurnian fisik 10 lot       : Rp 5.550.000
   Total kedua invoice                                      : Rp 8.325.000

Keduanya bertanggal 17 November 2026 dan jatuh tempo 30 hari.''' + SIG), cc=[BOT]),
  'invoice_copy', 'id', inv='0255/BSL-INV/XI/2026;0256/BSL-INV/XI/2026', amount='8325000.00', cur='IDR', issue='2026-11-17',
  due='2026-12-17', terms=30, nh=True))

A(M('inv_balai_uang_muka', msg(S['bp'], C['dinas'], 'Penagihan Pekerjaan Sertifikasi Benih - No. 0259/BSL-INV/XI/2026', D('2026-11-20 13:40', TZ), T(
'''Kepada Yth.
Kepala UPT Balai Benih Jawa Timur
u.p. Ibu Endang Lestari, Bagian Keuangan

Dengan hormat,

Sehubungan dengan telah selesainya pekerjaan pengujian mutu benih untuk sertifikasi (Kontrak No. 027/BBI/2026),
bersama ini kami sampaikan tagihan sebagai berikut:

  Nilai pekerjaan (termasuk PPN)          Rp 66.600.000
  Dikurangi uang muka yang telah dibayar   Rp 20.000.000
  Sisa tagihan                             Rp 46.600.000

Nomor invoice: 0259/BSL-INV/XI/2026, tanggal 20 November 2026.
Mohon pembayaran paling lambat tanggal 31 Desember 2026. Faktur pajak (e-Faktur) akan kami kirimkan terpisah.

Demikian kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.

Hormat kami,
Bagus Prasetyo'''), cc=[BOT]),
  'invoice_copy', 'id', inv='0259/BSL-INV/XI/2026', amount='46600000.00', cur='IDR', issue='2026-11-20', due='2026-12-31',
  note='down payment deducted'))

A(M('inv_benih_saldo_lama', msg(S['dk'], C['benih'], 'Invoice 0262/BSL-INV/XI/2026 dan rekap tagihan', D('2026-11-23 09:15', TZ), T(
'''Yth. Ibu Sri Wahyuni,

Terlampir invoice terbaru kami:

  0262/BSL-INV/XI/2026 tanggal 23-11-2026
  Uji vigor benih kedelai (12 lot)            Rp 17.000.000
  PPN 11%                                     Rp  1.870.000
  Total                                       Rp 18.870.000
  Termin pembayaran: 14 hari

Sebagai informasi, rekap tagihan yang masih terbuka:
  0203/BSL-INV/X/2026                         Rp 40.515.000
  0211/BSL-INV/X/2026                         Rp 32.745.000
  0262/BSL-INV/XI/2026                        Rp 18.870.000
  Total saldo                                 Rp 92.130.000''' + SIG, cte='base64'), cc=[BOT]),
  'invoice_copy', 'id', inv='0262/BSL-INV/XI/2026', amount='18870000.00', cur='IDR', issue='2026-11-23', due='2026-12-07', terms=14,
  note='older open balance listed; only the new invoice is invoiced'))

_cx = '''<?xml version="1.0" encoding="UTF-8"?>
<TaxInvoiceBulk xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
 <TIN>0912345678657000</TIN>
 <ListOfTaxInvoice>
  <TaxInvoice>
   <TaxInvoiceDate>2026-12-01</TaxInvoiceDate>
   <TaxInvoiceOpt>Normal</TaxInvoiceOpt>
   <TrxCode>04</TrxCode>
   <RefDesc>0268/BSL-INV/XII/2026</RefDesc>
   <BuyerTin>0765432109901000</BuyerTin>
   <BuyerName>PT BALI ORGANIK FARM</BuyerName>
   <ListOfGoodService>
    <GoodService><Opt>B</Opt><Name>Jasa uji benih sayuran organik</Name><Price>7000000</Price><Qty>1</Qty>
     <TaxBase>7000000</TaxBase><OtherTaxBase>6416667</OtherTaxBase><VATRate>12</VATRate><VAT>770000</VAT></GoodService>
   </ListOfGoodService>
  </TaxInvoice>
 </ListOfTaxInvoice>
</TaxInvoiceBulk>
'''
A(M('inv_bali_coretax_xml', msg(S['rh'], C['bali'], 'Invoice 0268/BSL-INV/XII/2026 + e-Faktur', D('2026-12-01 10:10', '+0700'), MIX(T(
'''Om Swastiastu Pak Made,

Berikut invoice untuk uji benih sayuran organik bulan November:

No. invoice   : 0268/BSL-INV/XII/2026 (1 Desember 2026)
Jumlah        : Rp 7.770.000 (sudah termasuk PPN)
Pembayaran    : 45 hari setelah tanggal invoice

File XML e-Faktur (Coretax) terlampir untuk keperluan pengkreditan pajak masukan.

Matur suksma,
Rina Hapsari'''), ATT(_cx, 'application/xml', 'efaktur_0268.xml')), cc=[BOT]),
  'invoice_copy', 'id', inv='0268/BSL-INV/XII/2026', amount='7770000.00', cur='IDR', issue='2026-12-01', due='2027-01-15', terms=45))

# ---------------- tanda terima baca ----------------
r = REM['id-r1']
A(M('mdn_tani_dibaca', mdn(r, C['tani'], D('2026-11-23 08:22', TZ), subject='Dibaca: ' + r.subject,
    human=f'Pesan Anda\n\n  Kepada: {C["tani"][0]}\n  Perihal: {r.subject}\n  Dikirim: 18/11/2026 09.00\n\ntelah dibaca pada 23/11/2026 08.22.\n'),
  'read_receipt', 'id', inv='0187/BSL-INV/X/2026', omid=r.id))

r = REM['id-r8']
A(M('mdn_sinar_workspace', mdn(r, C['sinar'], D('2026-12-04 10:05', TZ), subject='Read: ' + r.subject, ua='Google Workspace',
    disposition='manual-action/MDN-sent-manually; displayed', attach_headers=True,
    human=f'This is a receipt for the mail you sent to\n{C["sinar"][1]} at 12/4/2026, 9:00 AM\n\nThis receipt verifies that the message has been displayed on the recipient\'s computer at 12/4/2026, 10:05 AM\n'),
  'read_receipt', 'en', inv='0240/BSL-INV/XI/2026', omid=r.id, note='machine English human part'))

r = REM['id-r2']
A(M('read_benih_nonstandar', msg(C['benih'], BOT, 'Dibaca: ' + r.subject, D('2026-11-25 15:40', TZ), T(
f'''Pesan Anda

  Kepada: ap@benihnusantara.co.id
  Perihal: {r.subject}
  Dikirim: Rabu, 25 November 2026 08.30.12 (UTC+07:00) Bangkok, Hanoi, Jakarta

telah dibaca pada Rabu, 25 November 2026 15.40.03 (UTC+07:00) Bangkok, Hanoi, Jakarta.'''), irt=r.id, refs=r.id),
  'read_receipt', 'id', inv='0203/BSL-INV/X/2026;0211/BSL-INV/X/2026', omid=r.id, note='non-standard, no MDN part'))

# ---------------- bounces ----------------
r = REM['id-r6']
EXTRA_CONTACTS.append('bendahara.kopsubur@yahoo.co.id')
A(M('yahoo_koperasi_unknown', dsn(r, 'bendahara.kopsubur@yahoo.co.id', status='5.0.0', remote='mta7.am0.yahoodns.net',
    diag="554 delivery error: dd This user doesn't have a yahoo.co.id account (bendahara.kopsubur@yahoo.co.id) [0] - mta4215.mail.gq1.yahoo.com",
    date=D('2026-11-24 09:03', TZ), attach='full', extra_rcpt=['kopsubur@yahoo.co.id'], human=
'''This is the mail system at host mx1.brightwater-seedlab.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<bendahara.kopsubur@yahoo.co.id>: host mta7.am0.yahoodns.net[67.195.204.77] said: 554
    delivery error: dd This user doesn't have a yahoo.co.id account
    (bendahara.kopsubur@yahoo.co.id) [0] - mta4215.mail.gq1.yahoo.com (in reply to end of
    DATA command)
'''), 'bounce', 'en', inv='0232/BSL-INV/XI/2026', failed='bendahara.kopsubur@yahoo.co.id', perm=True, reason='user_unknown', omid=r.id,
  note='Cc failed, To delivered; Yahoo 554 dd wording is user unknown, not policy'))

r = REM['id-r4']
A(M('gmail_hortindo_quota', dsn(r, 'hortindo.jaya@gmail.com', status='5.2.2', remote='gmail-smtp-in.l.google.com',
    diag='552-5.2.2 The recipient\'s inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm',
    date=D('2026-11-19 10:02', TZ), attach='headers', human=
'''This is the mail system at host mx1.brightwater-seedlab.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. Delivery was retried for 3 days.

                   The mail system

<hortindo.jaya@gmail.com>: host gmail-smtp-in.l.google.com[142.250.4.27] said:
    552-5.2.2 The recipient's inbox is out of storage space. Please direct the
    recipient to 552 5.2.2 https://support.google.com/mail/?p=OverQuotaPerm
    (in reply to RCPT TO command)
'''), 'bounce', 'en', inv='0179/BSL-INV/X/2026', failed='hortindo.jaya@gmail.com', perm=True, reason='mailbox_full', omid=r.id))

r = REM['id-r9']
_ex = f'''This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mail.jatimprov.go.id.

The message identifier is:     1tK9Qz-0004Lm-2S
The date of the message is:    {r.date}
The subject of the message is: {r.subject}

The address to which the message has not yet been delivered is:

  keuangan.bbi@jatimprov.go.id
    Delay reason: LMTP error after end of data: 451 4.3.0 Temporary internal failure (storage unavailable)

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
'''
A(M('exim_balai_delay', msg(('Mail Delivery System', 'Mailer-Daemon@mail.jatimprov.go.id'), BOT, 'Warning: message 1tK9Qz-0004Lm-2S delayed 24 hours',
    D('2026-11-11 09:05', TZ), T(_ex), ar=auth('mail.jatimprov.go.id', dkim='none', dmarc='none'),
    extra=['X-Failed-Recipients: keuangan.bbi@jatimprov.go.id', 'Auto-Submitted: auto-replied']),
  'bounce', 'en', inv='0171/BSL-INV/IX/2026', failed='keuangan.bbi@jatimprov.go.id', perm=False,
  note='Exim delay warning, no bot Message-ID in it'))

r = REM['id-r7']
EXTRA_CONTACTS.append('direktur@agropapua.co.id')
A(M('dsn_papua_cc_spam', dsn(r, 'direktur@agropapua.co.id', status='5.7.1', remote='mail.agropapua.co.id',
    diag='550 5.7.1 Message rejected as spam by Content Filtering (score 8.7)', date=D('2026-11-19 09:31', TZ),
    extra_rcpt=['finance@agropapua.co.id'], attach='headers', human=
'''This is the mail system at host mx1.brightwater-seedlab.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

                   The mail system

<direktur@agropapua.co.id>: host mail.agropapua.co.id[103.28.14.9] said: 550
    5.7.1 Message rejected as spam by Content Filtering (score 8.7) (in reply to
    end of DATA command)
'''), 'bounce', 'en', inv='0190/BSL-INV/X/2026', failed='direktur@agropapua.co.id', perm=True, reason='spam', omid=r.id,
  note='Cc recipient rejected; To delivered'))

r = REM['id-r5']
A(M('ndr_siam_m365', dsn(r, 'ap@siamseedtech.co.th', status='5.4.1', remote='siamseedtech-co-th.mail.protection.outlook.com',
    diag='550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [SG2PEPF000B66CC.apcprd03.prod.outlook.com]',
    date=D('2026-11-23 09:02', TZ), attach='full', envid=False, subject='Undeliverable: ' + r.subject,
    reporting='SG2PEPF000B66CC.apcprd03.prod.outlook.com', frm=('Microsoft Outlook', 'postmaster@siamseedtech.onmicrosoft.com'),
    auth_line=auth('siamseedtech.onmicrosoft.com'), human=
'''Your message to ap@siamseedtech.co.th couldn't be delivered.
ap wasn't found at siamseedtech.co.th.

Action Required: Unknown To address

How to Fix It
The address may be misspelled or may not exist.
'''), 'bounce', 'en', inv='0195/BSL-INV/X/2026', failed='ap@siamseedtech.co.th', perm=True, reason='user_unknown', omid=r.id,
  note='M365 directory-based edge blocking 5.4.1 = address not found; the Cc (somchai.p@) was delivered'))

# ---------------- auto reply ----------------
r = REM['id-r1']
A(M('cuti_tani_sampai_dengan', msg(C['tani'], BOT, 'Balasan Otomatis: ' + r.subject, D('2026-11-18 09:01', TZ), T(
'''Terima kasih atas email Anda.

Saya sedang cuti sampai dengan tanggal 20 November 2026. Untuk keperluan mendesak terkait pembayaran
silakan menghubungi Sdri. Lina di finance@tanimakmur.co.id atau telp. 031-555-8890.

Salam,
Hendra Wijaya
PT Tani Makmur Sejahtera'''), irt=r.id, refs=r.id, extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All']),
  'auto_reply', 'id', inv='0187/BSL-INV/X/2026', ret='2026-11-23', omid=r.id, note='sampai dengan Fri 20 -> Mon 23'))

r = REM['id-r8']
A(M('ooo_sinar_kembali', msg(C['sinar'], BOT, 'Di luar kantor: ' + r.subject, D('2026-12-04 09:01', TZ), T(
'''Selamat pagi,

Saya sedang dinas luar kota hingga 11 Desember dengan akses email terbatas, dan akan kembali masuk kantor
pada hari Senin, 14 Desember 2026.

Terima kasih,
Maya Anggraini'''), irt=r.id, refs=r.id, extra=['Auto-Submitted: auto-replied']),
  'auto_reply', 'id', inv='0240/BSL-INV/XI/2026', ret='2026-12-14', omid=r.id))

r = REM['id-r5']
A(M('ooo_siam_thai_buddhist_year', msg(('Somchai P.', 'somchai.p@siamseedtech.co.th'), BOT, 'ตอบกลับอัตโนมัติ: ' + r.subject, D('2026-11-23 09:05', TZ), T(
'''เรียน ผู้ส่ง

ขณะนี้ผมไม่อยู่ที่สำนักงาน และจะกลับมาทำงานในวันที่ 30 พฤศจิกายน 2569
หากมีเรื่องเร่งด่วน กรุณาติดต่อ accounting@siamseedtech.co.th

I am out of the office and will be back on 30 November.

ขอบคุณครับ
Somchai P.'''), irt=r.id, refs=r.id, extra=['Auto-Submitted: auto-replied']),
  'auto_reply', 'en', inv='0195/BSL-INV/X/2026', ret='2026-11-30', omid=r.id, note='Thai with one English sentence (labelled en), Buddhist era year 2569'))

r = REM['id-r2']
A(M('resign_benih', msg(('Sri Wahyuni', 'sri.wahyuni@benihnusantara.co.id'), BOT, 'Otomatis: ' + r.subject, D('2026-11-25 08:31', TZ), T(
'''Yth. Bapak/Ibu,

Terhitung sejak 1 November 2026 Ibu Sri Wahyuni sudah tidak bekerja lagi di PT Benih Nusantara Unggul.
Email ini tidak lagi dipantau. Untuk urusan tagihan dan pembayaran mohon menghubungi Bapak Andi Saputra
(andi.saputra@benihnusantara.co.id).

Terima kasih.'''), irt=r.id, refs=r.id, extra=['Auto-Submitted: auto-replied']),
  'auto_reply', 'id', inv='0203/BSL-INV/X/2026;0211/BSL-INV/X/2026', omid=r.id, nh=True, note='left-company notice'))

r = REM['id-r9']
A(M('autoresponder_balai_tiket', msg(('Layanan Keuangan UPT BBI', 'keuangan.bbi@jatimprov.go.id'), BOT, '[Tiket #BBI-2026-11873] ' + r.subject,
    D('2026-11-12 07:15', TZ), T(
'''Terima kasih telah menghubungi Bagian Keuangan UPT Balai Benih Jawa Timur.

Email Anda telah kami terima dengan nomor tiket #BBI-2026-11873 dan akan diproses dalam waktu 3x24 jam kerja.
Mohon tidak membalas email ini.

Jam layanan: Senin-Jumat 08.00-15.30 WIB'''), irt=r.id),
  'auto_reply', 'id', inv='0171/BSL-INV/IX/2026', omid=r.id, note='ticket acknowledgement autoresponder without standard headers; no return date'))

# ---------------- challenge ----------------
r = REM['id-r10']
A(M('spamarrest_bali', msg(('I Made Suarta (via Spam Arrest)', 'noreply@spamarrest.com'), BOT, '[Spam Arrest] Please verify your email: ' + r.subject,
    D('2026-12-01 09:02', '+0800'), T(
f'''Hello,

I am protecting myself from receiving junk mail. Please click the link below to complete the verification
process. You have to do this only once.

  http://www.spamarrest.com/a2?QTJrGRFtI3XzV0Y1KmdBc

Your message "{r.subject}" will be delivered once you verify.

Thank you,
accounting@baliorganik.id'''), irt=r.id, extra=['Auto-Submitted: auto-replied', 'X-Spam-Arrest: challenge']),
  'challenge', 'en', inv='0215/BSL-INV/XI/2026', nh=True, omid=r.id))

# ---------------- payments ----------------
A(M('mandiri_bifast_tani_pph', msg(('Bank Mandiri', NOTIFIERS['id']['bank']), BOT, 'Notifikasi Transaksi - Dana Masuk BI-FAST',
    D('2026-11-24 14:05', TZ), H(
'''<html><body><p>Yth. Nasabah PT BRIGHTWATER LABORATORIUM BENIH,</p>
<p>Berikut informasi transaksi pada rekening Anda:</p>
<table>
<tr><td>Jenis Transaksi</td><td>Transfer Masuk BI-FAST</td></tr>
<tr><td>Tanggal</td><td>24 Nov 2026 14:03:51 WIB</td></tr>
<tr><td>Rekening Tujuan</td><td>144-00-1234567-8</td></tr>
<tr><td>Nama Pengirim</td><td>PT TANI MAKMUR SEJAHTERA</td></tr>
<tr><td>Bank Pengirim</td><td>BCA</td></tr>
<tr><td>Nominal</td><td>Rp 47.960.000,00</td></tr>
<tr><td>Berita</td><td>PELUNASAN INV 0187/BSL-INV/X/2026 NETT PPH23</td></tr>
</table>
<p>Email ini dikirim otomatis, mohon tidak dibalas.</p></body></html>''')),
  'payment_confirmation', 'id', inv='0187/BSL-INV/X/2026', amount='47960000.00', cur='IDR', pdate='2026-11-24', pfull=False, nh=True,
  note='net of PPh 23 (2% of 44,000,000)'))

A(M('xendit_va_sinar', msg(('Xendit', NOTIFIERS['id']['psp']), BOT, 'Pembayaran Virtual Account Berhasil - Rp 22.200.000',
    D('2026-12-08 16:20', TZ), T(
'''Halo PT Brightwater Laboratorium Benih,

Pembayaran melalui Virtual Account telah berhasil.

Nama pelanggan   : PT SINAR PADI MAS
Bank             : BCA Virtual Account 7007 0812 4400 0240
External ID      : INV-0240-BSL-XI-2026
Keterangan       : 0240/BSL-INV/XI/2026
Jumlah dibayar   : IDR 22.200.000
Tanggal bayar    : 8 Desember 2026 16:18 WIB
Biaya layanan    : IDR 4.440 (dipotong saat penarikan dana)

Tim Xendit''')),
  'payment_confirmation', 'id', inv='0240/BSL-INV/XI/2026', amount='22200000.00', cur='IDR', pdate='2026-12-08', pfull=True))

A(M('mandiri_benih_dua_invoice_rincian', msg(('Bank Mandiri', NOTIFIERS['id']['bank']), BOT, 'Notifikasi Transaksi - Dana Masuk',
    D('2026-12-02 10:44', TZ), T(
'''Yth. Nasabah PT BRIGHTWATER LABORATORIUM BENIH,

Dana masuk ke rekening 144-00-1234567-8

Tanggal/Waktu   : 02/12/2026 10:41:07
Jenis           : SKN/RTGS Masuk
Pengirim        : PT BENIH NUSANTARA UNGGUL
Nominal         : Rp 73.260.000,00
Berita          : INV 0203/BSL-INV/X/2026 RP40.515.000 DAN INV 0211/BSL-INV/X/2026 RP32.745.000

Bank Mandiri - Terus Bergerak Maju''')),
  'payment_confirmation', 'id', inv='0203/BSL-INV/X/2026;0211/BSL-INV/X/2026', amount='73260000.00', cur='IDR', pdate='2026-12-02',
  pfull=True, alloc='0203/BSL-INV/X/2026=40515000.00;0211/BSL-INV/X/2026=32745000.00'))

A(M('mandiri_tanpa_berita', msg(('Bank Mandiri', NOTIFIERS['id']['bank']), BOT, 'Notifikasi Transaksi - Dana Masuk',
    D('2026-11-20 11:30', TZ), T(
'''Yth. Nasabah PT BRIGHTWATER LABORATORIUM BENIH,

Dana masuk ke rekening 144-00-1234567-8

Tanggal/Waktu   : 20/11/2026 11:28:44
Jenis           : Transfer Masuk BI-FAST
Pengirim        : RATNA DEWI
Bank Pengirim   : BRI
Nominal         : Rp 6.105.000,00
Berita          : transfer

Bank Mandiri - Terus Bergerak Maju''')),
  'payment_confirmation', 'id', amount='6105000.00', cur='IDR', pdate='2026-11-20', nh=True,
  note='no invoice reference (amount equals 0179, payer is a person)'))

A(M('xendit_palsu_papua', msg(('Xendit', 'no-reply@xendit-notifikasi.com'), BOT, 'Pembayaran Berhasil - Rp 35.520.000',
    D('2026-11-30 22:10', TZ), T(
'''Halo,

Pembayaran dari PT AGRO PAPUA MANDIRI untuk 0190/BSL-INV/X/2026 sebesar IDR 35.520.000 telah berhasil
pada 30 November 2026.

Untuk mencairkan dana, verifikasi akun Anda di https://xendit-notifikasi.com/verifikasi'''),
    ar=auth('xendit-notifikasi.com', dkim='none', dmarc='none')),
  'payment_confirmation', 'id', inv='0190/BSL-INV/X/2026', amount='35520000.00', cur='IDR', pdate='2026-11-30', nh=True,
  note='look-alike PSP domain'))

# ---------------- balasan klien ----------------
r = REM['id-r4']
A(M('balas_hortindo_sudah_transfer', msg(C['hortindo'], BOT, 'Pembayaran invoice 0179', D('2026-11-24 19:40', TZ), T(
'''Selamat malam,

Maaf, kotak email saya sempat penuh jadi mungkin email dari Bapak/Ibu tidak masuk. Tagihan 0179/BSL-INV/X/2026
sudah saya transfer tgl 20 November sebesar Rp 6.105.000 dari rekening pribadi saya (a.n. Ratna Dewi). Mohon dicek ya.

Ratna''')),
  'client_reply', 'id', intent='paid', inv='0179/BSL-INV/X/2026', amount='6105000.00', cur='IDR', nh=True,
  note='not threaded (the reminder bounced); invoice number in text'))

r = REM['id-r7']
A(M('balas_papua_janji', msg(C['papua'], BOT, 'RE: ' + r.subject, D('2026-11-19 15:10', '+0900'), T(
'''Dengan hormat,

Menindaklanjuti email Bapak/Ibu, invoice 0190/BSL-INV/X/2026 akan kami bayarkan pada tanggal 30 November 2026.

Hormat kami,
Markus Wenda
PT Agro Papua Mandiri

''' + oq(r)), irt=r.id, refs=r.id),
  'client_reply', 'id', intent='promise', inv='0190/BSL-INV/X/2026', promised='2026-11-30', omid=r.id))

r = REM['id-r6']
A(M('balas_koperasi_kata_ketua', msg(('Slamet Riyadi', 'slamet.riyadi1970@gmail.com'), BOT, 'Re: ' + r.subject, D('2026-11-25 20:05', TZ), T(
'''Selamat malam,

Invoice sudah kami terima. Kata Pak Ketua Koperasi, pembayarannya minggu depan setelah rapat pengurus.

Salam,
Slamet

''' + gq(r)), irt=r.id, refs=r.id),
  'client_reply', 'id', intent='promise', inv='0232/BSL-INV/XI/2026', promised='2026-12-04', omid=r.id,
  note='relayed; minggu depan written Wed 25 Nov -> Fri 4 Dec; sent from private address but threaded'))

r = REM['id-r9']
A(M('balas_balai_tidak_jumat_tgl15', msg(C['dinas'], BOT, 'RE: ' + r.subject, D('2026-11-18 10:20', TZ), T(
'''Dengan hormat,

Mohon maaf, pembayaran invoice 0171/BSL-INV/IX/2026 TIDAK dapat kami lakukan hari Jumat ini sebagaimana
disampaikan sebelumnya, karena SP2D belum terbit. Pembayaran akan kami proses paling lambat tanggal 15.

Hormat kami,
Endang Lestari
Bagian Keuangan UPT Balai Benih Jawa Timur

''' + oq(r)), irt=r.id, refs=r.id),
  'client_reply', 'id', intent='promise', inv='0171/BSL-INV/IX/2026', promised='2026-12-15', omid=r.id,
  note='negated Friday; tanggal 15 written 18 Nov -> 15 Dec'))

r = REM['id-r2']
A(M('balas_benih_sengketa_jumlah', msg(('Andi Saputra', 'andi.saputra@benihnusantara.co.id'), BOT, 'RE: ' + r.subject, D('2026-11-26 11:00', TZ), T(
'''Selamat siang,

Saya menggantikan Ibu Sri. Setelah kami cek, pada invoice 0211/BSL-INV/X/2026 tertulis 30 sampel uji kemurnian,
padahal yang kami kirimkan hanya 24 sampel (sesuai tanda terima sampel No. TS-1029). Mohon invoice direvisi.
Untuk 0203 tidak ada masalah.

Terima kasih,
Andi Saputra
Finance - PT Benih Nusantara Unggul

''' + oq(r)), irt=r.id, refs=r.id),
  'client_reply', 'id', intent='dispute', inv='0211/BSL-INV/X/2026', nh=True, omid=r.id))

A(M('balas_benih_bersyarat_tanggal', msg(('Andi Saputra', 'andi.saputra@benihnusantara.co.id'), BOT, 'RE: ' + r.subject, D('2026-12-01 09:30', TZ), T(
'''Pak/Bu,

Invoice 0203 akan kami bayarkan tanggal 4 Desember, dengan catatan revisi invoice 0211 sudah kami terima
sebelum tanggal tersebut. Keduanya akan kami transfer bersamaan.

Andi'''), irt=r.id, refs=r.id),
  'client_reply', 'id', intent='promise', inv='0203/BSL-INV/X/2026;0211/BSL-INV/X/2026', promised='2026-12-04', nh=True, omid=r.id,
  note='conditional promise with a day'))

A(M('balas_koperasi_cicilan', msg(C['koperasi'], BOT, 'Permohonan keringanan pembayaran', D('2026-12-07 13:15', TZ), T(
'''Kepada Yth. Bagian Keuangan PT Brightwater Laboratorium Benih

Dengan hormat,

Sehubungan dengan gagal panen di sebagian lahan anggota, kami mohon kebijaksanaan agar tagihan
0232/BSL-INV/XI/2026 sebesar Rp 11.655.000 dapat kami angsur sebanyak 3 (tiga) kali mulai Januari 2027.

Atas perhatian dan kebijaksanaannya kami ucapkan terima kasih.

Hormat kami,
Pengurus Koperasi Tani Subur Makmur
Slamet Riyadi (Bendahara)''')),
  'client_reply', 'id', intent='plan_request', inv='0232/BSL-INV/XI/2026', nh=True, note='new thread, known contact'))

r = REM['id-r5']
A(M('reply_siam_swift_question', msg(('Somchai P.', 'somchai.p@siamseedtech.co.th'), BOT, 'RE: ' + r.subject, D('2026-11-30 10:30', TZ), T(
'''Dear Sir/Madam,

Sorry for the late reply, our AP mailbox had a problem. Before we can release payment for invoice
0195/BSL-INV/X/2026 our bank needs the beneficiary bank address and the SWIFT code of your USD account.
Could you please send them?

Best regards,
Somchai

''' + oq(r, 'en')), irt=r.id, refs=r.id),
  'client_reply', 'en', intent='question', inv='0195/BSL-INV/X/2026', nh=True, omid=r.id, note='English on the Indonesian desk'))

r = REM['id-r8']
A(M('balas_sinar_faktur_pajak', msg(C['sinar'], BOT, 'Re: ' + r.subject, D('2026-12-05 09:10', TZ), T(
'''Selamat pagi,

Untuk proses pembayaran kami memerlukan faktur pajak dan copy invoice 0240/BSL-INV/XI/2026 yang sudah
ditandatangani. Mohon dikirimkan ke email ini. Apakah nomor rekening masih sama dengan sebelumnya?

Terima kasih,
Maya''' + '\n\n' + gq(r)), irt=r.id, refs=r.id),
  'client_reply', 'id', intent='question', inv='0240/BSL-INV/XI/2026', nh=True, omid=r.id))

r = REM['id-r10']
A(M('balas_bali_stop', msg(C['bali'], BOT, 'Re: ' + r.subject, D('2026-12-02 11:20', '+0800'), T(
'''Dengan hormat,

Kami memohon dengan sangat agar pengiriman email pengingat pembayaran otomatis ke alamat ini dihentikan.
Seluruh komunikasi terkait tagihan mohon disampaikan langsung kepada bagian keuangan kami melalui surat resmi.

Atas perhatiannya kami ucapkan terima kasih.

Hormat kami,
I Made Suarta
PT Bali Organik Farm''' + '\n\n' + gq(r)), irt=r.id, refs=r.id),
  'client_reply', 'id', intent='stop', inv='0215/BSL-INV/XI/2026', nh=True, omid=r.id))

r = REM['id-r1']
A(M('balas_tani_bayar_potong_pph', msg(C['tani'], BOT, 'RE: ' + r.subject, D('2026-11-25 08:50', TZ), T(
'''Selamat pagi,

Invoice 0187/BSL-INV/X/2026 sudah kami bayar tanggal 24 November 2026 sebesar Rp 47.960.000, setelah dipotong
PPh 23 sebesar Rp 880.000. Bukti potong PPh 23 terlampir.

Salam,
Hendra Wijaya

''' + oq(r)), irt=r.id, refs=r.id),
  'client_reply', 'id', intent='paid', inv='0187/BSL-INV/X/2026', amount='47960000.00', cur='IDR', nh=True, omid=r.id))

r = REM['id-r8']
A(M('teruskan_sinar_internal', msg(C['sinar'], [('Pak Hadi - Treasury', 'hadi@sinarpadimas.com')], 'FW: ' + r.subject, D('2026-12-04 11:00', TZ), T(
'''Pak Hadi,

Mohon diproses ya Pak, invoice lab benih jatuh tempo tgl 9. Dokumen lengkap ada di folder AP.

Thx,
Maya

''' + oq(r)), irt=r.id, refs=r.id, cc=[BOT]),
  'client_reply', 'id', intent='other', inv='0240/BSL-INV/XI/2026', omid=r.id, note='internal forward at client, bot in Cc'))

r = REM['id-r3']
A(M('balas_sawit_diterima', msg(C['sawit'], BOT, 'Re: ' + r.subject, D('2026-12-02 10:05', '+0800'), T(
'Baik, diterima. Terima kasih.\n\nYohanes\n\n' + gq(r)), irt=r.id, refs=r.id),
  'client_reply', 'id', intent='other', inv='0226/BSL-INV/XI/2026', omid=r.id, note='bare receipt'))

# ---------------- lainnya ----------------
A(M('staf_tagih_papua', msg(S['bp'], C['papua'], 'Konfirmasi pembayaran invoice 0190', D('2026-12-03 10:00', TZ), T(
'''Selamat pagi Pak Markus,

Mohon maaf mengganggu. Saya ingin menanyakan perkembangan pembayaran invoice 0190/BSL-INV/X/2026
(Rp 35.520.000) yang menurut informasi Bapak akan dibayar tanggal 30 November. Sampai hari ini dana belum
kami terima. Mohon konfirmasinya.

Terima kasih,
Bagus Prasetyo'''), cc=[BOT]),
  'other', 'id', inv='0190/BSL-INV/X/2026', note='staff chasing by hand'))

A(M('spam_pinjaman', msg(('Dana Cepat UMKM', 'promo@danacepat-umkm.xyz'), BOT, 'Pinjaman modal usaha tanpa agunan, cair 1 hari!',
    D('2026-11-14 05:30', TZ), H('<p>Bapak/Ibu pelaku usaha,</p><p>Dapatkan pinjaman modal hingga <b>Rp 500 juta</b> tanpa agunan. Bunga mulai 0,5%. Klik <a href="http://danacepat-umkm.xyz">di sini</a>.</p>'),
    ar=auth('danacepat-umkm.xyz', spf='softfail', dkim='none', dmarc='none')),
  'other', 'id', nh=True))

A(M('buletin_perbenihan', msg(('Buletin Perbenihan Nusantara', 'redaksi@buletinbenih.id'), BOT, 'Buletin Perbenihan Edisi Desember 2026',
    D('2026-12-01 07:00', TZ), ALT(T('Edisi Desember 2026\n\n- Regulasi baru sertifikasi benih hortikultura\n- Jadwal pelatihan analis benih 2027\n\nBerhenti berlangganan: https://buletinbenih.id/unsub\n'),
    H('<h2>Buletin Perbenihan</h2><p>Regulasi baru sertifikasi benih hortikultura</p>')),
    extra=['List-Unsubscribe: <https://buletinbenih.id/unsub>', 'Precedence: bulk']),
  'other', 'id', nh=True))

A(M('staf_internal_efaktur', msg(S['dk'], S['rh'], 'e-Faktur Sawit Lestari', D('2026-12-02 15:30', TZ), T(
'''Rin,

e-Faktur untuk termin 2 Sawit Lestari sudah di-upload ke Coretax belum? Pak Yohanes minta sebelum BAST
ditandatangani. Tolong kabari ya.

Dewi'''), cc=[BOT]),
  'other', 'id', nh=True, note='staff among themselves'))

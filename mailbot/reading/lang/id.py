"""Indonesian words: dates, replies, auto-replies, bounces and receipts, invoices,
payment notices, subjects. See lang/__init__.py for what each name holds."""

MONTHS = {
    1: ("januari", "jan"), 2: ("februari", "pebruari", "feb", "peb"), 3: ("maret", "mar"),
    4: ("april", "apr"), 5: ("mei",), 6: ("juni", "jun"), 7: ("juli", "jul"),
    8: ("agustus", "agust", "agu", "agt", "ags"), 9: ("september", "sept", "sep"),
    10: ("oktober", "okt"), 11: ("november", "nopember", "nov", "nop"),
    12: ("desember", "des"),
}
# "des" is also a German article ("Ende des Monats"): only right after a day number
AFTER_DAY_ONLY = ("des",)
# "minggu" alone is a week; the day is "hari Minggu"
WEEKDAYS = {
    0: ("senin",), 1: ("selasa",), 2: ("rabu",), 3: ("kamis",), 4: ("jumat", "jum'at"),
    5: ("sabtu",), 6: ("hari minggu",),
}

ORDINAL = ""
DAY_OF = ""
DAY_WORDS: dict[str, int] = {}  # a day of the month written out (see en.py)
BEFORE_DAY = r"tanggal|tgl\.?"  # "Senin, tanggal 7 Desember"
YEAR_AFTER = ""
DATE_PREPOSITIONS = r"tanggal|tgl\.?|pada|sebelum|paling lambat"
BARE_DAY = ((r"(?:tanggal|tgl\.?)\s*", r"\b"),)  # "tanggal 15"

TODAY = r"hari ini|nanti (?:sore|malam)"
TOMORROW = r"besok|esok|bsk|besuk"  # "bsk": typed on a phone
YESTERDAY = r"kemarin"  # a day paid, in a paid claim (mailbot.reading.kinds.client_reply)
DAY_AFTER_TOMORROW = r"lusa"
MONTH_END = r"akhir bulan(?: ini)?"
NEXT_MONTH_END = r"akhir bulan depan"
NEXT_MONTH_START = r"awal bulan depan"
MID_THIS_MONTH = r"pertengahan bulan(?: ini)?"
NEXT_MONTH = r"bulan depan"
YEAR_END = r"akhir tahun(?: ini)?"
MID = r"pertengahan"
END_OF = r"akhir"
START_OF = r"awal"
NEXT_WEEK_OF = r"(?:minggu|pekan) depan"
WEEK_AFTER_NEXT_OF = r"(?:minggu|pekan) depannya lagi"
NEXT_WEEK = r"minggu depan|pekan depan"
# a calendar (ISO) week by its number ("in KW 50"): its last working day
CALENDAR_WEEK = r"minggu\s+ke-?"
THIS_WEEK = r"akhir (?:minggu|pekan)(?: ini)?|minggu ini|pekan ini"
# "minggu yang dimulai 30 November": the week that day starts (by its last working day)
WEEK_OF = r"(?:pada )?minggu (?:yang )?(?:dimulai|mulai)(?: (?:tanggal|tgl\.?))?"
ON_WEEKDAY = r"hari"
WEEKDAY_OF_WEEK = ""
WEEKDAY_BEFORE = r"hari"
THIS_WEEKDAY_BEFORE = ""
WEEKDAY_AFTER = r"depan|ini"
THIS_WEEKDAY_AFTER = r"ini"
IN = r"dalam(?: waktu)?"
LATER = r"lagi"  # "3 hari lagi"
BUSINESS_BEFORE = ""
BUSINESS_AFTER = r" kerja"  # "5 hari kerja"
UNIT_DAY = r"hari"
UNIT_WEEK = r"minggu|pekan"
UNIT_MONTH = r"bulan"
IN_A_WEEK = r"dalam(?: waktu)? se(?:minggu|pekan)|se(?:minggu|pekan) (?:lagi|ke depan)"
IN_A_FORTNIGHT = ""
IN_A_MONTH = r"dalam(?: waktu)? sebulan|sebulan (?:lagi|ke depan)"
NUMBER_WORDS = {
    "satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "empat belas": 14,
}

# ================================================================== a client's reply
# (see lang/__init__.py; placeholders: <doc> any language's DOCUMENTS, <not_money> none of
# any language's MONEY_WORDS, <tok> one word and its space)

DOCUMENTS = r"tagihan|invoice|faktur|lampiran|dokumen"
MONEY_WORDS = r"tagihan|jumlah"
MAIL_OBJECTION = (r"\bkeberatan\s+(?:<not_money><tok>){0,4}?(?:menerima|dikirimi|pengiriman|"
                  r"email|e-mail|pesan|pengingat|dihubungi|penggunaan)\w*")
# ("bisa tidak ...?", "boleh gak ...?": a yes/no question, no negation)
NEGATION = (r"(?<!bisa )(?<!boleh )(?:\btidak\b|\btdk\b|\bgak\b|\bnggak\b|\bngga\b|\benggak\b)|"
            r"\bbelum\b|\bblm\b|\btak\b|\bbukan\b")
# ("kapan", "when" asked: "nanti kami kabari kapan bisa ditransfer" tells the day later, as
# English "let you know when we can pay")
CONDITIONAL = r"\b(?:jika|kalau|apabila|bila|setelah|begitu|seandainya|kapan)\b"
CLAUSE_BREAK = r"\b(?:tapi|tetapi|namun|melainkan|karena|sebab)\b"
PROHIBITION = (r"\b(?:jangan|tidak usah|tak usah|gak usah|nggak usah|tidak perlu|berhenti|"
               r"(?:tidak|tdk|gak|nggak) (?:mau|ingin)|(?:tidak|tdk) (?:usah |perlu )?"
               r"(?:mengirim|kirim|dikirim)\w*)")
NOT_YET_AFTER = r""
NOT_ASKED = (r"\b(?:tidak|tdk|tak|gak|nggak|belum|bukan)\s+(?:pernah\s+)?(?:minta|meminta|"
             r"bilang|mengatakan|menyuruh|mau|ingin)\b")
# abbreviations a sentence goes on after ("bzw. eine korrigierte Rechnung"), without their
# last dot: one followed by a lower-case word ends no sentence
SENTENCE_ABBREVIATIONS = r"dll|dsb|dst|yth|a\.n|u\.p"
# asked to confirm, with a corrected invoice only as the other answer: "mohon dikonfirmasi
# atau dikirimkan invoice revisi?" (a question, not a complaint)
CONFIRM_OR = r"\b(?:konfirmasi|mengonfirmasi|dikonfirmasi|konfirmasikan)\b\S*(?:\s+\S+){0,6}?\s+atau\b"
PAYMENT_QUESTION = (r"\b(?:apakah|apa)\s+(?:\w+\s+)?(?:pembayaran|transfer(?:an)?|dana|uang)"
                    r"(?:nya)?\s+(?:kami\s+|saya\s+)?(?:sudah|telah)\s+(?:diterima|masuk|"
                    r"sampai|terima)\b|\b(?:pembayaran|transfer(?:an)?|dana)(?:nya)?\s+(?:kami"
                    r"\s+|saya\s+)?(?:sudah|udah|sdh)\s+(?:diterima|masuk|sampai)\s*(?:belum"
                    r"\s*)?\?")
PARTIAL_AMOUNT = r"\b(?:sebagian|setengah|separuh|sisa(?:nya)?|kekurangan(?:nya)?)\b"
PAST_PROMISE = r"\b(?:sudah|telah|pernah|udah|sdh)\s+(?:ber)?janji"
# the writer's own earlier message told again, right before the promise words: "kemarin saya
# tulis bahwa akan kami bayar Jumat" is that old promise ("seperti saya tulis, ..." keeps it)
# ("pak direktur bilang bahwa ..." relays a decision: a promise; "direktur kami menyampaikan
# bahwa": "kami" after a noun is "our", the director said it)
EARLIER_SAID = (r"(?:^|[^\w\s]\s*|\b(?:kemarin|sebelumnya|tadi|dulu|lalu|itu)\s+)(?:saya|kami)\s+"
                r"(?:sudah\s+|pernah\s+|juga\s+)?(?:tulis|menulis|sampaikan|menyampaikan|"
                r"infokan|menginformasikan|kabarkan|mengabarkan)\s+(?:\S+\s+){0,3}?bahwa"
                r"(?:\s+(?:kami|saya))?\s*$")
PROMISE_FAILED = (r"\bternyata (?:belum|tidak|tdk|gak|nggak) (?:bisa|jadi|sempat)\b|"
                  r"\btidak jadi\b|\bbatal\b|\bgagal\b")
# jadwal bayar diundur: hanya tanggal sesudahnya yang dijanjikan
RESCHEDULED = (r"\b(?:jadwal\w*\s+(?:[^\s,;.!?]+\s+){0,3}?(?:diundur|dimundurkan|ditunda|berubah|"
               r"diubah|digeser)|(?:diundur|dimundurkan|digeser|dijadwal(?:kan)? ulang)\s+"
               r"(?:[^\s,;.!?]+\s+){0,2}?(?:jadwal|tanggal|pembayaran))\b")
PAID_ANYWAY = r"\b(?:tetap|walaupun|meskipun|walau|biarpun)\b"
# hoping, not promising: "semoga bisa transfer tanggal 18" ("kami usahakan" and "Insya
# Allah" are still promises: tests/test_intents_data.py)
# "sampai saat itu mohon jangan kirim pengingat": a pause until the promised day, not a stop
STOP_UNTIL_THEN = r"\b(?:sampai|hingga) (?:saat|waktu|tanggal|hari) (?:itu|tersebut)\b"
# "terima kasih atas nota kreditnya": an acknowledgement, its dispute words do not count
CREDIT_THANKS = (r"\bterima ?kasih (?:atas|untuk) (?:\S+\s+)?nota kredit\w*|"
                 r"\bnota kredit\w* (?:sudah|telah) (?:kami )?terima\b")
DISPUTE_SETTLED = ""  # (see en.py)
# syarat sesudah janji: "kami bayar tanggal 15 asalkan dokumen lengkap"
# rentang dari hari ini ("dalam 10 hari"): dijanjikan sampai hari kerja terakhirnya
WITHIN = r"dalam"
# permintaan, lalu janji: "mohon kirim ulang invoice dengan nomor PO, nanti kami bayar"
REQUEST_THEN = r"^\W*(?:mohon|tolong|harap|silakan)\b[^.!?]*\b(?:dan|nanti|baru|setelah itu)\b"
# ("dengan catatan revisi invoice sudah kami terima": on the note that ..., a condition)
PROVISO = (r"\b(?:asalkan|asal|dengan syarat|dengan catatan|dengan ketentuan|hanya (?:jika|kalau|"
           r"apabila|bila|setelah))\b")
# (a day only estimated: "sekitar tanggal 10", "kurang lebih pertengahan bulan")
SOFT_PROMISE = (r"\b(?:semoga|mudah-mudahan|moga-moga|perkiraan|diperkirakan|kira-kira|"
                r"sekitar tanggal|kurang lebih)\b")
# janji yang ditolak: "belum bisa janji", "tidak dapat menjanjikan", "belum ada kepastian"
# the verb of promising itself: with a negation anywhere in its stretch of the sentence
# (up to a "but" or a semicolon, across commas) the promise is denied: "Обещать, что
# заплатим до 10-го, не буду", "a date for it I can't promise"
PROMISE_VERB = r"\b(?:ber|men)?janji(?:kan)?\b|\bjanjiin\b|\b(?:men)?jamin\b"
PROMISE_DENIED = (r"\b(?:belum|blm|tidak|tdk|tak|gak|nggak|ngga|enggak|ga)\s+(?:\w+\s+){0,2}"
                  r"(?:janji|berjanji|menjanjikan|janjikan|memastikan|pastikan|menjamin|jamin|"
                  r"commit|kasih kepastian|memberi kepastian)\b|\bbelum ada (?:kepastian|"
                  r"kejelasan|tanggal pasti|jadwal)\b|\bbelum pasti\b|\btanpa janji\b")
# penyangkalan sesudah janji dalam klausanya: "bayar hari jumat tidak bisa", "belum memungkinkan"
NOTHING_PROMISED = (r"\b(?:tidak|tdk|belum|gak|nggak|ga) (?:bisa |berani |dapat )?janji"
                    r"(?: apa-apa)?\b(?!\s+(?:akan|bayar|transfer|lunas|melunasi|membayar))|"
                    r"\btanpa janji\b|\bbelum ada kepastian\b")
DENIED_AFTER = (r"\b(?:tidak|tdk|belum|blm|gak|nggak|ngga|ga)\s+(?:\w+\s+)?(?:bisa|mungkin|"
                r"memungkinkan|sempat|keburu|sanggup|dapat)\b")
LATEST = r"\b(?:paling lambat|selambat-lambatnya|paling telat|maksimal|maks\.?)(?:\s+(?:tanggal|tgl\.?|pada|hari))?\s*$"
LATEST_AFTER = ""

# ---------------------------------------------------------------- quoted history
QUOTE_ON = r"pada"
QUOTE_WROTE = r"menulis"
# the writer's own words pointing to a message it forwards ("berikut kami teruskan", "di bawah ini"): its words
# are read as the writer's (a colleague's approval, a decision) when it comes from the
# writer's own domain (mailbot.reading.kinds.client_reply)
FORWARD_POINTER = (r"berikut (?:kami |saya )?(?:teruskan|sampaikan|forward)|kami teruskan|saya "
                   r"teruskan|(?:lihat|silakan cek) (?:di )?bawah|di bawah ini|sebagai informasi|"
                   r"bukti (?:transfer|bayar|pembayaran) (?:ada )?di bawah")
QUOTE_SEPARATOR = r"pesan asli|pesan awal|pesan yang diteruskan|pesan terusan"
QUOTE_FROM = r"dari"
QUOTE_HEADERS = r"dikirim|tanggal|kepada|perihal|subjek|judul"

# ------------------------------------------------------ a reply's own words and topic
GREETING = r"halo|hai|pak|bu|bapak|ibu|dengan hormat|selamat (?:pagi|siang|sore|malam)|yth"
CLOSING = (r"terima ?kasih atas (?:perhatian|kerja ?sama|bantuan|pengertian)\w*|hormat (?:kami|"
           r"saya)|salam(?: hangat| hormat| sukses)?|wassalam|terima ?kasih|makasih|trims|tks")
THANKS = r"terima ?kasih|makasih"
SENT_FROM = r"dikirim dari"
BOT_PHRASES = (r"(?:jika|apabila|bila|kalau) (?:bapak|ibu|anda|bapak/ibu|bpk/ibu)? ?(?:sudah|"
               r"telah) (?:melakukan pembayaran|membayar|melunasi|mentransfer|transfer)|"
               r"(?:mohon )?abaikan (?:pesan|email|e-mail|surel|pengingat) ini")
REPLY_TOPIC = r"\b(?:tagihan|faktur|bayar|pembayaran|pelunasan|lunas|transfer|jatuh tempo)"
SHORT_FILLER = (r"\b(?:iya|ya|yah|ok(?:e|ey)?|pak|bu|bapak|ibu|kak|mas|mbak|bos|terima ?kasih|"
                r"makasih|trims|tks|nggih)\b")
# "sudah", "sudah ya pak", "sdh", "sudah dibayar", "sudah kami transfer", "lunas"
# "sudah kami terima, terima kasih", "invoice sudah diterima"
# (and being checked, the normal course: "sudah kami terima dan sedang dalam proses verifikasi")
_BEING_CHECKED = (r"sedang\s+(?:dalam\s+)?(?:(?:kami\s+)?(?:proses|diproses|verifikasi|diverifikasi|"
                  r"cek|dicek|periksa|diperiksa)|proses\s+(?:verifikasi|pengecekan|pemeriksaan|"
                  r"approval|persetujuan))")
SHORT_RECEIVED = (r"(?:baik\s+)?(?:(?:invoice|tagihan|email)(?:nya)?\s+)?(?:sudah|sdh|telah)?\s*(?:kami\s+)?"
                  r"(?:terima|diterima)(?:\s+(?:invoice|tagihan|email)(?:nya)?)?"
                  rf"(?:\s+(?:dan\s+)?{_BEING_CHECKED})?|{_BEING_CHECKED}")
SHORT_PAID = (r"(?:sudah|sdh|udah|udh|dah|telah)(?:\s+(?:kami|saya))?(?:\s+(?:di)?(?:bayar|"
              r"transfer|tf|lunasi|lunas|bayarkan|transferkan)\w*)?(?:\s+(?:kemarin|tadi|semua|"
              r"semuanya))?|lunas")

# ------------------------------------------------------------------ intents
# (weight, pattern[, negatable[, needs[, unless]]]) for each intent
# what a request for payment details names; "di email sebelumnya tidak ada" in the same
# sentence says the details were missing, not the invoice
_ACCOUNT_DETAILS = (r"\b(?:(?:nomor|no\.?) ?rek(?:ening)?|rekening|nama bank|bank apa|nomor va|"
                    r"virtual account|iban|swift)\b|\b(?:di|pada|dalam)\s+(?:<doc>|e-?mail)"
                    r"\w*\s+(?:\w+\s+)?(?:tidak|tdk|gak|nggak|tak)\s+(?:ada|tercantum)"
                    r"\s*(?:[.!?]|$)")
INTENT_PAID_CLAIM = (
    (2, (
        (r"\bkemarin\b(?:\s+\w+){0,3}\s+(?:sudah\s+)?(?:kami\s+|kita\s+|saya\s+)?(?:transfer|bayar|tf|lun"
         r"asi)\w*"),
        r"\b(?:transfer|bayar|tf|lunasi)\w*(?:\s+\w+){0,3}\s+kemarin\b",
    ), True),
    (2, (r"\b(?:sudah|telah|udah|sdh|dah)\s+(?:kami\s+|kita\s+|saya\s+|sy\s+|aku\s+)?(?:di)?(?:bayar|"
        r"transfer|tf|lunasi|lunas|bayarkan|transfer|kirim\w*\s+(?:dana|uang|"
        r"pembayaran)|melakukan pembayaran|melunasi|membayar|mentransfer)\w*"), True, None,
     # "paling lambat akhir bulan ini sudah kami transfer": done by a deadline, a promise
     r"\b(?:paling lambat|selambat-lambatnya|paling telat|sebelum)\b"),
    (2, (r"\b(?:pembayaran|transfer|tagihan|invoice|dana)(?:nya)?\s+(?:\S+\s+)"
        r"{0,4}(?:sudah|telah)\s+(?:kami\s+|kita\s+|saya\s+)?(?:lakukan|dilakukan|dikirim|"
        r"diproses|lunas|dibayar|dibayarkan|ditransfer|transfer|bayar|terkirim|kirim|"
        r"proses)\b"), True),
    (2, r"\bbukti (?:transfer|pembayaran|bayar|tf)\b"),
    (1, r"\b(?:sudah|telah)\s+lunas\b", True),
)
INTENT_PROMISE = (
    (2, (r"\b(?:akan|segera|usahakan|upayakan|janji|rencana(?:nya)?|dijadwalkan|nanti|"
        r"berjanji)\s+(?:kami\s+|kita\s+|saya\s+|segera\s+|akan\s+)?(?:di)?(?:bayar|transfer|"
        r"tf|lunasi|proses|membayar|melunasi|mentransfer|melakukan pembayaran|"
        r"bayarkan)\w*"), True),
    # (the invoice's number between them: "pembayaran invoice 0142/SSI/XI/2026 akan dilakukan")
    (2, r"\bpembayaran\s+(?:<tok>){0,3}?(?:akan|dijadwalkan)\b", True),
    (1, (
        r"\bpaling lambat\b",
        r"\bselambat-lambatnya\b",
        r"\bpaling telat\b",
    ), True),
    (2, (
        r"\bjadwalkan\b",
        r"\bdijadwalkan\b",
        r"\bagendakan\b",
        r"\bdiagendakan\b",
        r"\brencanakan\b",
        r"\bdirencanakan\b",
    ), True),
    # not "sudah kami transfer": a paid claim
    # ("sy", "aku": typed on a phone, "besok sy transfer ya")
    (1, (r"(?<!sudah )(?<!telah )(?<!udah )(?<!sdh )\b(?:kami|kita|saya|sy|aku)\s+(?:bisa\s+|baru bisa\s+)?"
         r"(?:bayar|transfer|tf|lunasi|"
        r"bayarkan)\b"), True),
    (1, r"\b(?:bisa|baru bisa|dapat)\s+(?:kami\s+)?(?:di)?(?:bayar|transfer|lunasi)\w*", True),
    # the payment as the object, its verb after "kami" (or "kita", the "we" that includes the listener): "Pembayaran pasti kami lakukan tanggal
    # 4", "pelunasan akan kami proses Jumat" (not "pembayaran sudah kami lakukan": paid)
    (2, (r"\b(?:pembayaran|pelunasan|transfer)(?:nya)?\s+(?:(?!sudah\b|telah\b|udah\b|sdh\b|dah\b)"
         r"\w+\s+){0,2}(?:kami|kita|saya)\s+(?:lakukan|proses|kirim(?:kan)?|transfer|lunasi|bayarkan)\b"),
     True),
    # "tagihan dibayarkan tanggal 15 Desember": paid on a day to come (not "sudah dibayarkan")
    (2, (r"\b(?:di)?bayar(?:kan)?\s+(?:pada\s+)?(?:tanggal|tgl\.?|hari|besok|lusa|minggu depan|"
         r"akhir|awal|pertengahan)\b"), True, None, r"\b(?:sudah|telah|udah|sdh|tlh)\b"),
    # the payment and its day without a verb, often relayed ("Kata Pak Ketua, pembayarannya
    # minggu depan", "pelunasan hari Jumat ya Bu"): the day it is to be paid (not one it was
    # or was not: "sudah", "kemarin", "belum masuk")
    (2, (r"\b(?:pembayaran|pelunasan|transfer(?:an)?)(?:nya)?\s+(?:(?:insya ?allah|rencananya|"
         r"baru)\s+)?(?:(?:pada|di)\s+)?(?:(?:minggu|pekan|bulan) depan|besok|lusa|(?:hari\s+)?"
         r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu)|(?:tanggal|tgl\.?)\s*\d+|(?:akhir|awal|"
         r"pertengahan) (?:minggu|pekan|bulan))\b"), True, None,
     # (nor a record of one: "bukti pembayaran tanggal 20 terlampir")
     (r"\b(?:sudah|telah|udah|sdh|tlh|kemarin|lalu|belum|blm|bukti|rincian|rekap\w*|lampir\w*|"
      r"terlampir|kwitansi|struk|resi)\b")),
)
INTENT_DISPUTE = (
    (2, (
        r"\bhanya (?:menerima|terima|diterima|datang|dikirim) \d+\b",
        r"\bkurang (?:kirim|barang)\b",
        r"\bbarang(?:nya)? kurang\b",
        r"\bbelum lengkap\b",
        r"\btidak lengkap\b",
        # pekerjaan belum diterima: "BAST belum ditandatangani", "pekerjaan belum disetujui"
        (r"\b(?:bast|berita acara|pekerjaan|laporan)\b(?:\s+\S+){0,4}?\s+(?:belum|tidak)\s+"
         r"(?:di)?(?:tandatangani|setujui|terima)\b"),
    )),
    (2, (
        r"\b(?:invoice|tagihan|faktur) (?:revisi|yang benar|perbaikan)\b",
        r"\brevisi (?:invoice|tagihan|faktur)\b",
    )),
    # what was charged is not what was bought: "dibatalkan", "bukan pesanan kami"
    (2, (
        r"\bdibatalkan\b",
        r"\bsudah (?:kami )?batalkan\b",
        r"\bbukan pesanan kami\b",
        r"\b(?:tidak|tdk) (?:cocok|sama) dengan (?:po|pesanan|penawaran|kontrak)\b",
    )),
    (2, (
        r"\b(?:tidak|tdk|tak|belum)\s+sesuai\b",
        r"\bsalah (?:hitung|tagih|nominal|jumlah|harga|input)\b",
        r"\bkelebihan (?:tagih|bayar|hitung)\b",
        r"\bditagih (?:dua kali|ganda|lebih)\b",
        r"\btagihan (?:ganda|dobel|double)\b",
        r"\bkeberatan\b",
        r"\bkomplain\b",
        r"\bmenolak (?:tagihan|invoice)\b",
        r"\btidak pernah (?:memesan|pesan|order)\b",
        (r"\bbarang(?:nya)? (?:yang )?(?:rusak|cacat|belum (?:datang|sampai|diterima)|tidak (?:sa"
         r"mpai|datang|lengkap))\b"),
        r"\bpekerjaan(?:nya)? belum selesai\b",
        r"\bnota kredit\b",
        r"\bada kesalahan\b",
        r"\bkeliru\b",
    )),
    (2, (r"\b(?:jumlah|nominal|harga|tagihan|total|angka)(?:nya)?\s+(?:\w+\s+)"
        r"{0,2}(?:salah|tidak benar|terlalu (?:besar|tinggi|mahal)|berbeda)\b")),
    (1, r"\bsalah\b"),
    # "nominalnya kok beda dengan penawaran"
    (2, (r"\b(?:nominal|jumlah|harga|tagihan|total|angka)(?:nya)?\s+(?:\w+\s+){0,2}"
         r"(?:beda|berbeda|tidak sama|nggak sama|gak sama)\s+(?:dengan|dari|sama)\b")),
    # payment withheld until something is put right: "pembayaran tidak akan dilakukan ...
    # karena barang belum lolos uji", "pembayaran kami tahan sampai ..."
    (2, (
        (r"\b(?:pembayaran|bayar|transfer)\w*\s+(?:\w+\s+){0,3}(?:tidak|tdk|belum)\s+(?:akan\s+)?"
         r"(?:kami\s+)?(?:dilakukan|dibayar\w*|diproses|ditransfer)\b[^.]{0,120}\b(?:karena|sampai|"
         r"hingga|sebelum|selama)\b"),
        r"\b(?:tahan|menahan)\s+(?:dulu\s+)?(?:pembayaran|pembayarannya)\b",
        (r"\bpembayaran(?:nya)?\s+(?:kami\s+)?(?:tahan|ditahan|tunda|ditunda)\s+(?:\w+\s+){0,2}"
         r"(?:sampai|hingga|karena|sebelum)\b"),
        r"\b(?:belum|tidak|tdk) lolos (?:uji|tes|test|qc|pemeriksaan)\b",
        # the rest named first, held back until something is put right: "sisanya Rp 35 juta
        # kami tahan sampai unit diperbaiki"
        (r"\b(?:sisa|sisanya|selebihnya|sebagian)\b(?:\s+[^\s;!?]+){0,4}?\s+(?:kami\s+|saya\s+)?"
         r"(?:tahan|ditahan)\s+(?:[^\s,;.!?]+\s+){0,1}?(?:sampai|hingga|sebelum|karena|selama)\b"),
    )),
    # "padahal sesuai PO kami hanya 20 user. Mohon invoice direvisi"
    (2, (r"\bpadahal\s+(?:sesuai|menurut|di)\s+(?:po|kontrak|penawaran|perjanjian|quotation)\b",
         r"\bmohon\s+(?:invoice|tagihan|faktur)(?:nya)?\s+(?:di)?revisi\b")),
    # tagihan tidak dibayar sebelum diperbaiki: "tidak akan kami bayar sebelum direvisi"
    (2, (r"\b(?:tidak|belum|tdk) (?:akan )?kami (?:bayar|lunasi|proses)\s+(?:[^\s,;.!?]+\s+){0,3}?"
         r"(?:sebelum|sampai|hingga)\s+(?:[^\s,;.!?]+\s+){0,3}?(?:diperbaiki|direvisi|dikoreksi|"
         r"diganti|dibetulkan|diselesaikan)\b")),
    # sebagian ditahan ("kami tahan Rp 5 juta sebagai retensi"; bukan PPh), invoice diterbitkan
    # ulang
    # (a sum kept back, not all payments on hold: "semua pembayaran vendor ditahan dulu")
    (2, (r"\bretensi\b|\b(?:kami tahan|menahan|ditahan)\s+(?:sebesar\s+|senilai\s+|sejumlah\s+)?"
         r"(?:rp\.?\s?\d|\d|sisa|sebagian)"), "neg", None, r"\b(?:pph|pajak|ppn)\b"),
    (2, ((r"\b(?:diterbitkan|terbitkan|dibuat|buatkan|dikirim) ulang\b(?=[^.!?]*\b(?:benar|"
          r"revisi|perbaik|koreksi|salah))"), r"\brevisi (?:invoice|tagihan|faktur)\b",
         r"\b(?:invoice|tagihan) (?:yang )?(?:sudah )?direvisi\b"), "neg"),
    # payment refused until the invoice is put right, the writer's verb before the payment:
    # "kami tidak dapat memproses pembayaran sebelum invoice direvisi", "belum bisa kami bayar
    # sampai tagihannya dikoreksi"
    (2, (r"\b(?:tidak|tdk|tak|belum|blm)\s+(?:akan\s+|dapat\s+|bisa\s+)?(?:kami\s+|saya\s+)?"
         r"(?:memproses|proses|diproses|bayar|membayar|dibayar|lunasi|melunasi|transfer|"
         r"mentransfer|ditransfer)\w*\s+(?:[^\s,;.!?]+\s+){0,4}?(?:sebelum|sampai|hingga)\s+"
         r"(?:[^\s,;.!?]+\s+){0,3}?(?:diperbaiki|direvisi|dikoreksi|diganti|dibetulkan|"
         r"diselesaikan|diterbitkan ulang)\b")),
    # what was delivered against what the invoice says: "180 unit, bukan 200 unit sebagaimana
    # tercantum di invoice", "sedangkan di tagihan tertulis 12 hari"
    (2, ((r"\bbukan\s+\d[\d.,]*\s+(?:[^\s,;.!?]+\s+){0,2}?(?:sebagaimana|seperti|yang)\s+"
          r"(?:yang\s+)?(?:tercantum|tertulis|tertera|disebut\w*|ditagih\w*)\b"),
         r"\bsedangkan\s+(?:di|dalam|pada)\s+<doc>\w*\s+(?:tertulis|tercantum|tertera|ditagih\w*)\s+\d")),
    # work covered by the warranty is not to be paid: "penggantian inverter masih garansi",
    # "kunjungan teknisi itu termasuk garansi"
    (2, r"\b(?:masih|dalam(?: masa)?|termasuk|ditanggung|bagian dari|klaim)\s+garansi\b", "neg"),
)
INTENT_PLAN_REQUEST = (
    (2, (
        r"\bpenundaan\b",
        r"\bkeringanan\b",
        r"\bperpanjangan (?:waktu|tempo)\b",
        r"\btambahan waktu\b",
        r"\b(?:minta|beri|kasih|diberi) (?:\w+ )?waktu\b",
    ), "neg"),
    (2, (
        r"\bcicil\w*\b",
        r"\bdicicil\b",
        r"\bmencicil\b",
        r"\bangsur\w*\b",
        r"\bdiangsur\b",
        r"\bbertahap\b",
        r"\b(?:dua|tiga|\d+) (?:kali )?(?:termin|tahap)\b",
        r"\btermin pembayaran\b",
        r"\bsebagian dulu\b",
        r"\b(?:setengah|separuh|sebagian) (?:dulu|dahulu)\b",
        r"\bdp dulu\b",
    ), "neg", None,
     # a numbered instalment of a plan that runs already ("cicilan 1 sudah saya transfer"):
     # a report, not a request
     r"\b(?:cicilan|angsuran|termin) (?:ke-?\s?)?(?:\d|pertama|kedua|ketiga)"),
    # "bayar dua kali", "diperpanjang jatuh temponya", "mundur pembayaran"
    (2, (
        r"\bbayar(?:kan)? (?:\w+\s+)?(?:dua|tiga|empat|\d+) kali\b",
        (r"\b(?:diperpanjang|perpanjang|perpanjangan|diundur|mundur\w*)\b(?:\s+\w+){0,2}\s+"
         r"(?:jatuh tempo|tempo|waktu|pembayaran|deadline)\w*"),
        (r"\b(?:jatuh tempo|tempo|pembayaran)(?:nya)?\s+(?:\w+\s+)?(?:diperpanjang|diundur|"
         r"dimundurkan)\b"),
    ), "neg"),
    # "boleh nggak cicilan ke-2 ini kita split jadi 2x?"
    (2, (r"\bsplit\s+(?:jadi|menjadi)\s+\d+\s*(?:x|kali)\b",
         r"\b(?:di)?pecah\s+(?:jadi|menjadi)\s+\d+\b")),
)
# "tidak dapat kami lakukan/bayar": "dapat" as "can" before paying, not "get" (an inability
# to pay, no missing document); "mungkin email Bapak tidak masuk": a guess why nobody
# answered (the writer's mailbox was full), no request for a copy
_CANNOT_PAY = (r"(?!\s+(?:\S+\s+)?(?:di|me|mem|men|ber)?(?:lakukan|proses|bayar|transfer|lunasi|"
               r"kirim|lunas)\w*)")
_GUESSED_LOST = (r"\b(?:mungkin|barangkali|kemungkinan|bisa jadi|sepertinya)\b[^.!?]{0,60}?"
                 r"\b(?:tidak|tdk|belum|gak|nggak|tak)\s+(?:ter)?(?:masuk|sampai|terkirim|diterima|terima)\b")
INTENT_NOT_RECEIVED = (
    (3, (r"\b(?:belum|blm|tidak|tdk|gak|nggak|tak)\s+(?:pernah\s+)?(?:kami\s+|saya\s+)"
        r"?(?:ter)?(?:terima|menerima|diterima|dapat" + _CANNOT_PAY + r"|mendapat\w*|masuk|sampai|"
        r"bisa dibuka|ada)\b"), "", r"<doc>|\bemail|\be-mail", f"{_ACCOUNT_DETAILS}|{_GUESSED_LOST}"),
    (3, r"\b(?:kirim\w*|dikirim\w*|email)\s+(?:\w+\s+){0,3}(?:ulang|lagi|kembali)\b", "proh",
     # "alamat email saya tidak dimasukkan lagi": no more mail, not a copy; "yang dikirim
     # ulang sudah kami terima": the copy arrived; "email kantor lagi penuh": "lagi" is
     # "right now" before a state, not "again"
     None, (r"\b(?:tidak|tdk|jangan)\s+(?:\w+\s+){0,2}(?:di)?(?:masukkan|sertakan|ikutkan|cantumkan|kirimi|hubungi)\b"
            r"|\b(?:sudah|telah|sdh)\s+(?:kami\s+|saya\s+)?(?:terima|diterima|dapat|masuk)\b"
            r"|\blagi\s+(?:penuh|error|eror|down|rusak|bermasalah|gangguan|sibuk)\b")),
    # dokumen pengiriman diminta: "mohon kirimkan surat jalan", "tolong kirim bukti pengiriman"
    (2, (r"\b(?:kirim|kirimkan|kirimi|email|emailkan)\s+(?:kami\s+)?(?:\S+\s+){0,1}"
         r"(?:surat jalan|bukti (?:pengiriman|terima barang)|delivery order|berita acara serah terima|"
         r"bast|tanda terima barang)\b"), True),
)
# the account a payment goes or went to, in a statement that asks nothing ("sudah kami
# transfer ke rekening Bank X", "we will settle via virtual account on Monday"): the
# channel, not a request for payment details
_PAID_TO = (r"^(?!.*(?:\?|\bmohon\b|\btolong\b|\bminta\b|\binfo\w*|\bberapa\b|\bmana\b|"
           r"\bapa\b|\bkirim\w*|\bplease\b|\bsend\b|\bwhich\b|\bwhat\b)).*\b(?:via|melalui|"
           r"lewat|ke|pakai|menggunakan|through|to|into|using)\s+(?:\w+\s+)?(?:virtual account|"
           r"va|rekening)\b")
INTENT_PAYMENT_DETAILS = (
    (2, (
        r"\bnomor rekening\b",
        r"\bno\.? ?rek(?:ening)?\b",
        r"\bnomor va\b",
        r"\bvirtual account\b",
        r"\brekening (?:tujuan|bank|perusahaan|anda|bapak|ibu)\b",
        r"\bdetail pembayaran\b",
        r"\binformasi pembayaran\b",
        r"\binfo pembayaran\b",
        r"\blink pembayaran\b",
        r"\bcara (?:pembayaran|bayar|membayar)\b",
        r"\bke rekening (?:mana|apa)\b",
        r"\bbank apa\b",
        r"\brekening(?:nya)? (?:mana|apa|berapa)\b",
    ), "", None, _PAID_TO),
    # "rekening untuk transfer apa ya?"
    (2, r"\brekening(?:nya)? (?:untuk|buat) (?:transfer|pembayaran|bayar)\w*"),
)
# a table of phrases, any of which is a stop; a negation right before it or a denied
# request before it
# ("saya tidak minta berhenti ...") undoes it
INTENT_STOP = (
    (3, (
        (r"\b(?:jangan|tidak usah|tak usah|tidak perlu|stop|berhenti|mohon berhenti)\s+(?:lagi\s+)"
         r"?(?:hubungi|menghubungi|kirim\w*|mengirim\w*|email|e-mail|menelepon|telepon|spam|"
         r"ganggu|mengganggu|menagih|tagih)\b"),
        r"\b(?:mohon|harap|tolong)(?: untuk| agar| supaya)? tidak (?:lagi )?(?:menghubungi|mengirim\w*|menelepon)\b",
        (r"\b(?:hentikan|stop) (?:\S+\s+){0,2}(?:pengiriman|pengingat|email|e-mail|pesan|"
         r"tagihan otomatis)\b"),
        (r"\bhapus (?:alamat |kontak |nomor )?(?:email|e-mail|alamat|kontak|nomor) (?:saya|"
         r"kami)\b"),
        (r"\bhapus (?:saya|kami|alamat (?:saya|kami)|email (?:saya|kami)) dari (?:daftar|milis|"
         r"mailing list|database|data)\b"),
        (r"\b(?:tidak|tdk|gak|nggak|tak) (?:mau|ingin|perlu) (?:lagi )?(?:menerima|dikirimi|"
         r"dihubungi|mendapat)\w*(?: (?:\S+\s+){0,3}(?:email|e-mail|pesan|pengingat|tagihan))?\b"),
        r"\bunsubscribe\b",
        # "mohon alamat email kami dihapus dari daftar kirim"
        r"\b(?:di)?hapus(?:kan)? dari (?:daftar|milis|mailing list|database)\b",
    ), "near"),
    (3, (r"\b(?:keluarkan|hilangkan|coret) (?:saya|kami|(?:email|alamat|kontak) (?:saya|kami))"
        r" dari (?:daftar|milis|mailing list|database|data)\b"), "near"),
    # hanya lewat pos: "mohon korespondensi hanya melalui pos"
    (3, (
        (r"\b(?:hanya|cukup) (?:\w+\s+)?(?:melalui|lewat|via|dengan) (?:pos|surat pos|surat "
         r"tertulis)\b"),
    ), "near", None, r"\b(?:bayar|dibayar|transfer|cek|giro|dikirim)\b"),
    # "mohon alamat email saya tidak dimasukkan lagi dalam pengiriman pengingat", "keluarkan
    # saya dari daftar"
    (3, (
        (r"\b(?:email|alamat(?: email)?|nomor) (?:saya|kami) (?:\w+ ){0,2}(?:tidak|tdk|jangan) "
         r"(?:\w+ )?(?:di)?(?:masukkan|sertakan|ikutkan|cantumkan|kirimi|hubungi)\b"),
        r"\b(?:keluarkan|coret) (?:email |alamat (?:email )?|nama )?(?:saya|kami) dari\b",
    ), "near"),
    # the sending asked to end, in the passive: "mohon agar pengiriman email pengingat ke
    # alamat ini dihentikan", "pengingat otomatis ini tolong distop", "email tagihan mohon
    # jangan dikirim lagi" (with a request word: "email kami sempat dihentikan server" is none;
    # "jangan dihentikan" keeps them)
    (3, (
        (r"\b(?:pengiriman|kiriman)\s+(?:\S+\s+){0,4}?(?:email|e-mail|surel|pesan|pengingat|"
         r"notifikasi|reminder)\b[^.!?]{0,80}?\b(?:dihentikan|diberhentikan|distop|disetop)\b"),
        (r"\b(?:email|e-mail|surel|pesan|pengingat|notifikasi|reminder)\w*\s+(?:\S+\s+){0,6}?"
         r"(?:dihentikan|diberhentikan|distop|disetop)\b"),
        (r"\b(?:email|e-mail|surel|pesan|pengingat|notifikasi|reminder)\w*\s+(?:\S+\s+){0,6}?"
         r"(?:jangan|tidak usah|tidak perlu|tak usah|gak usah|nggak usah)\s+(?:di)?kirim(?:kan|i)?"
         r"\s+(?:\S+\s+){0,3}?lagi\b"),
    ), "near", r"\b(?:mohon|memohon|harap|tolong|agar|supaya|minta|meminta)\b(?!\s+maaf)",
     r"\b(?:jangan|tidak|tdk|belum|tak|gak|nggak)\s+(?:perlu\s+|usah\s+)?(?:di)?(?:hentikan|stop)\w*"),
)

# =================================================================== an auto-reply
AUTO_SUBJECT = (r"balasan otomatis|balasan automatis|jawaban otomatis|sedang cuti|"
                r"di luar kantor|^\s*tidak di kantor\s*:")
DEPARTED = (r"(?:sudah|telah)?\s*tidak\s+lagi\s+bekerja|sudah\s+tidak\s+bekerja|"
            r"(?:telah|sudah)\s+(?:resign|mengundurkan\s+diri|keluar\s+dari\s+perusahaan)|"
            # "sudah keluar dari PT Contoh", "bukan lagi karyawan CV ...", "tidak lagi bergabung"
            r"(?:telah|sudah)\s+keluar\s+dari\s+(?:pt|cv|kantor|perusahaan|instansi)\b|"
            r"(?:bukan|tidak)\s+lagi\s+(?:menjadi\s+)?(?:karyawan|pegawai|staf)\b|"
            r"(?:sudah|telah)?\s*tidak\s+lagi\s+bergabung\s+(?:dengan|di)\b")
AUTO_BODY = (r"\bsaya (?:sedang |saat ini |sementara |masih )*(?:cuti|berada di luar kantor|"
             r"di luar kantor|tidak (?:berada )?di kantor|dinas(?: luar)?|"
             r"dalam perjalanan dinas|perjalanan dinas|libur|izin)|\bsaya (?:akan )?(?:berada )"
             r"?di luar kantor|\b(?:ini adalah )?balasan otomatis|\bakses (?:e-?mail|surel)"
             r" saya (?:sangat )?terbatas"
             # "[Pesan otomatis]", "admin keuangan sedang dinas luar kota dan baru kembali ..."
             r"|\bpesan otomatis\b|\bsedang (?:cuti|dinas(?: luar(?: kota| negeri)?)?|menjalankan ibadah \w+|umroh|"
             r"perjalanan dinas)\b[^.\n]{0,80}\bbaru kembali\b")
PAYMENT_WORDS = r"\b(?:\w*bayar\w*|transfer|lunas|cicil\w*)\b"
REMITTANCE_TITLE = r"\bbukti (?:transfer|pembayaran|bayar|tf)\b"
ASKS_DECISION = (r"\b(?:mohon|minta) (?:arahan|petunjuk|keputusan)\b|\bbagaimana (?:sebaiknya|baiknya)\b|"
                 r"\bbaiknya (?:bagaimana|gimana)\b")
REDIRECT = r"\b(?:hubungi\w*|menghubungi|kontak|kirim(?:kan)? ke)\b"
FIRST_PERSON = ""
PAID_STATEMENT = (r"\b(?:sudah (?:di|ter|kami )?(?:bayar|transfer)\w*|dibayar|dilunasi|lunas|"
                  r"akan (?:kami |saya )?(?:bayar|transfer)\w*)\b")
BACK = (r"\b(?:kembali (?:ke kantor |bekerja |masuk |aktif |beroperasi |bertugas |melayani |"
        r"buka |normal )?(?:pada |tanggal |hari |tgl\.? )*)|"
        # "baru masuk kantor lagi hari Kamis 10/12"
        r"\b(?:masuk|di) (?:kantor|kerja) lagi (?:pada |tanggal |hari |tgl\.? )*")
# "mulai Kamis, 10 Desember saya sudah di kantor lagi": back "in the office again"
BACK_FROM = (r"\b(?:mulai (?:tanggal |hari )?(?=(?:(?!\bmulai\b)[^.]|(?<=\d)\.){3,50}?"
             r"(?:kembali|(?:di kantor|masuk(?: kantor)?|aktif|bekerja) lagi)))")
UNTIL = r"\b(?:hingga|sampai(?: dengan)?|s\.?/?d\.?)"

# ================================================================= payment terms
TERMS_UNIT = r"hari(?P<business>\s+kerja)?(?:\s+kalender)?\b"
TERMS_BEFORE = (r"dalam(?:\s+waktu)?|jatuh\s+tempo|termin\s+pembayaran(?:\s+(?:untuk\s+)?(?:[^\W\d_]+\s+){0,2}?(?:invoice|tagihan|faktur))?:?|syarat\s+pembayaran:?|"
                r"pembayaran:?|\btop\b:?"
                # at the latest: "paling lambat 14 hari ...", "selambat-lambatnya 30 hari"
                r"|paling\s+lambat|selambat-?lambatnya")
TERMS_AFTER = (r"setelah\s+(?:tanggal|faktur|invoice|tagihan|diterima)|sejak\s+(?:tanggal|"
               r"faktur|invoice)")
TERMS_NOW = (r"(?<![^\W\d_])(?:di|mem)?(?:bayar|lunasi)(?:kan)?\s+(?:dengan\s+)?segera|"
             r"(?:pembayaran|jatuh\s+tempo|pelunasan)\s*[:\-–—]?\s*(?:harap\s+|mohon\s+|"
             r"dengan\s+)?segera|segera\s+(?:di|mem)?(?:bayar|lunasi)|segera\s+(?:melakukan\s+)"
             r"?(?:pembayaran|pelunasan)|"
             # "dibayar pada tanggal invoice", "jatuh tempo pada tanggal penerbitan faktur"
             r"(?:(?<![^\W\d_])(?:di)?bayar(?:kan)?|pembayaran|jatuh\s+tempo|pelunasan)\s+"
             r"(?:pada|di)\s+(?:tanggal|hari)\s+(?:yang\s+sama\s+dengan\s+(?:tanggal\s+)?)?"
             r"(?:penerbitan\s+|terbit\s+)?(?:invoice|faktur|tagihan)(?![^\W\d_])")
DISCOUNT_WORDS = r"diskon|potongan"
PERCENT_WORDS = r"persen\b"
NET_MARK = ""
LATE_FEE = r"denda|bunga\s+keterlambatan|keterlambatan\s+pembayaran"

# ======================================================= a bounce and a read receipt
RETURNED_COPY = r"^.{0,20}(?:pesan asli)"
DAEMON_NAMES = ""
SENDER_LABELS = r"\bpengirim"
BOUNCE_SUBJECT = (r"tidak (?:dapat |bisa )?(?:terkirim|dikirim|disampaikan)|gagal (?:terkirim|"
                  r"dikirim)|pengiriman gagal|pemberitahuan status pengiriman|"
                  r"(?:email|pesan|surel) (?:anda )?(?:ditolak|diblokir)")
BOUNCE_BODY = (r"tidak (?:dapat|bisa) (?:dikirim|terkirim|disampaikan|dikirimkan)|"
               r"tidak (?:dapat|bisa)\s+kami\s+(?:teruskan|sampaikan|kirimkan)|"
               r"tidak terkirim|gagal (?:dikirim|terkirim)|alamat tidak ditemukan|"
               r"pengiriman[^\n]{0,20}gagal|kotak (?:surat|masuk) penuh")
BOUNCE_TEMPORARY = r"tertunda|ditunda|sementara"
BOUNCE_FINAL = r"kesalahan permanen"
BOUNCE_REJECTED = (r"(?:pesan|email|surel)\b[^\n.]{0,80}?\bditolak\b|ditolak (?:oleh|"
                   r"permanen|karena)|diblokir|gagal kirim|"
                   # "ditandai sebagai SPAM oleh sistem filter ... dan tidak diteruskan"
                   r"ditandai sebagai spam|(?:pesan|email|surel)\b[^\n.]{0,120}?\btidak diteruskan\b")
BOUNCE_SPAM = r"\bspam\b|daftar hitam|blacklist|reputasi"
BOUNCE_POLICY = r"kebijakan|tidak diizinkan|tidak diperbolehkan|pengirim eksternal"
BOUNCE_USER_UNKNOWN = (r"(?:alamat|pengguna|penerima|akun)\b[^\n.]{0,30}?(?:tidak ada|tidak "
                       r"ditemukan|tidak dikenal|tidak aktif|tidak terdaftar)|"
                       # "alamat <address> sudah tidak aktif sejak ...", "... telah dihapus"
                       r"(?:alamat|akun|kotak surat)\b[^\n]{0,60}?\b(?:sudah|telah) (?:tidak "
                       r"(?:aktif|digunakan|dipakai)|dihapus|ditutup)")
# a DNS lookup failure for the recipient's domain ("kesalahan DNS")
BOUNCE_NO_DOMAIN = r"kesalahan dns|gagal (?:resolusi|menemukan) dns"
# blocked or frozen, which may be lifted: whether the address is gone is a person's call
BOUNCE_DISABLED = (r"(?:alamat|akun|kotak surat)\b[^\n]{0,60}?\b(?:diblokir|dibekukan|"
                   r"dinonaktifkan sementara)")
# "akun/alamat penerima tidak terdaftar / tidak ada" (see en.py)
BOUNCE_ACCOUNT_GONE = r"\b(?:akun|alamat|pengguna|kotak surat)\b[^\n.]{0,40}?\btidak (?:terdaftar|ada|dikenal)\b"
# "akun penerima tidak aktif / telah dinonaktifkan" (see en.py)
BOUNCE_INACTIVE = r"\bakun\b[^\n]{0,40}?\b(?:tidak aktif|telah dinonaktifkan|sudah dinonaktifkan)"
BOUNCE_MAILBOX_FULL = r"kotak (?:surat|masuk)\b[^\n.]{0,30}?\bpenuh|kuota|melebihi kapasitas"
CHALLENGE = (r"(?:verifikasi|konfirmasi) pengirim|bukan (?:pengirim )?(?:robot|spammer|spam|mesin)|"
             r"(?:konfirmasi|verifikasi)\b[^\n.]{0,30}?\b(?:alamat|identitas) (?:email )?"
             r"(?:anda|pengirim)")
# ... hanya dari pengirim terverifikasi, pesan ditahan sampai dikonfirmasi
CHALLENGE += (r"|hanya menerima (?:email|surel|pesan) dari pengirim (?:yang )?(?:terverifikasi|"
              r"dikenal)|(?:email|pesan|surel) anda (?:\S+ ){0,3}(?:ditahan|tertahan)[^\n]{0,120}?"
              r"(?:konfirmasi|verifikasi)")
# ... filter yang melindungi dari spam, pesan dikirim setelah pengirim verifikasi
CHALLENGE += (r"|melindungi (?:diri|kotak masuk|inbox|email)\b[^\n.]{0,30}?\bdari (?:spam|"
              r"email sampah|pesan sampah|surel sampah)|\b(?:pesan|email|surel)\b"
              r"(?:[^\n.]|\.(?=\w)){0,80}?\bakan (?:di)?(?:kirim|terus|sampai)(?:kan)?\b"
              r"[^\n.]{0,30}?\b(?:setelah|begitu|sesudah) anda (?:melakukan |menyelesaikan )?"
              r"(?:verifikasi|konfirmasi|mengklik|klik)")
# ... "untuk verifikasi, cukup balas email ini"; "setelah terverifikasi, email Anda akan
# diteruskan"; pengirim tak dikenal hanya diterima setelah konfirmasi
CHALLENGE += (r"|untuk (?:verifikasi|konfirmasi|memverifikasi)\b[^\n.]{0,30}?,?\s+(?:cukup |"
              r"silakan |harap |tinggal )(?:\S+ )?balas (?:\S+ )?(?:email|pesan|surel) ini|"
              r"setelah (?:anda )?(?:ter|di)?(?:verifikasi|konfirmasi)\w*,?\s+(?:email|pesan|"
              r"surel) anda (?:\S+ ){0,2}?akan\b|"
              r"(?:email|pesan|surel) dari pengirim (?:yang )?(?:tidak dikenal|baru|asing|belum "
              r"dikenal)\b[^\n.]{0,60}?\b(?:setelah|sesudah)\b[^\n.]{0,30}?(?:verifikasi|"
              r"konfirmasi)")
CHALLENGE_REPLY = r"balas (?:\S+ )?(?:email|pesan|surel) ini"
# kata-kata sebelum tautan untuk konfirmasi ("klik tautan di bawah ini untuk verifikasi")
CHALLENGE_LINK = (r"\b(?:klik|buka|kunjungi|gunakan)\b[^\n.]{0,30}?\b(?:tautan|link)\b[^\n.]{0,60}?"
                  r"\buntuk\b[^\n.]{0,40}?(?:verifikasi|konfirmasi|memverifikasi|mengonfirmasi|"
                  r"mengkonfirmasi|menyelesaikan)")  # "balas saja email ini"
# pengirim mengumumkan rekening barunya (modus pengalihan pembayaran)
BANK_CHANGED = (r"\b(?:nomor )?rekening (?:kami|perusahaan kami)\b[^.\n]{0,30}?\b(?:berubah|"
                r"berganti|diganti|sudah ganti|telah diubah)|\b(?:perubahan|pergantian) "
                r"(?:nomor )?rekening|\brekening baru (?:kami|perusahaan)")
RECEIPT_SUBJECT = r"(?:dibaca|telah dibaca|tanda terima (?:baca|dibaca))\s*:"
NOT_READ_SUBJECT = r"tidak dibaca|belum dibaca"
RECEIPT_BODY = (r"^\W*pesan (?:anda|dengan subjek)\b.{0,400}?\btelah (?:dibaca|dibuka)"
                r"(?: pada)?\b")
NOT_READ_BODY = r"dihapus tanpa (?:dibaca|membaca)"

# =============================================================== a payment notice
PAYMENT_AMOUNT_LABELS = (r"nominal|jumlah\s+(?:transfer|pembayaran|dana|yang\s+diterima)|"
                         r"sebesar|dana\s+masuk")
# nominal transfer valas sesuai instruksi pengirim (sebelum biaya bank koresponden)
PAYMENT_INSTRUCTED_LABELS = (r"(?:nominal|jumlah)\s+(?:instruksi|yang\s+diinstruksikan|"
                             r"(?:yang\s+)?dikirim(?:kan)?|kiriman)")
PAYMENT_AMOUNT_WORDS = r"\bjumlah\b"
# ... and a processor's payout after its fee ("Dana bersih", "Pencairan")
PAYMENT_TAX_CREDIT = (r"\brestitusi\s+pajak|\bkpp\s+pratama\b|\bdirektorat\s+jenderal\s+pajak|"
                      r"\bdjp\b|\bkppn\b")
PAYMENT_NOT_AMOUNT = r"biaya|komisi|saldo|sisa|bersih|pencairan"
PAYMENT_BESIDE = r"sisa"
PAYMENT_CHARGES_LABELS = r"biaya(?:\s+(?:bank|transfer))?"
PAYMENT_BANK_ON_THE_WAY = r"bank\s+(?:koresponden|perantara|penerima)"
PAYMENT_DATE_LABELS = (r"tanggal\s+(?:transaksi|transfer|pembayaran)|tgl\.?\s+(?:transaksi|"
                       r"transfer)|waktu\s+transaksi")
# the value date's own label: when the money was paid (before a booking date)
PAYMENT_VALUE_DATE_LABELS = r"(?:tanggal|tgl\.?)\s+(?:valuta|efektif)"
PAYMENT_REFERENCE = r"berita|keterangan|catatan|deskripsi"
# ... (see en.py): "bagian 1 dari 2", "cicilan 1/3"
PAYMENT_PART_WORDS = r"bagian|cicilan|angsuran|termin"
PAYMENT_PART_REFERENCE = r"sebagian|bagian"
PAYMENT_PARTIAL = (r"sisa(?:nya)?\s+(?:akan\s+)?menyusul|sebagian|cicilan|angsuran|termin\s+\d|"
                   # "Sisa tagihan: Rp 4.500.000": a remainder above zero is still open
                   r"sisa\s+(?:tagihan|pembayaran|yang\s+harus\s+dibayar)\W{0,3}(?:€|eur|rp\.?|idr|₽|руб\.?)?\s*0*[1-9]")
PAYMENT_FULL = r"lunas|pelunasan"
PAYMENT_DEDUCTED = r"dikurangi|dipotong|retensi|\bminus\b"
PAYMENT_NOT_RECEIVED = r"gagal|ditolak|pengembalian\s+dana|dana\s+keluar"
PAYER_LABELS = r"dari|pengirim|nama\s+pengirim"
DATE_WORD = r"tanggal"
PAYMENT_NOT_DATE_BEFORE = r"jatuh\s+tempo|faktur"
PAYMENT_NOT_DATE_AFTER = r"jatuh|faktur"

# ==================================================================== an invoice
DUE_LABELS = (r"(?:tanggal\s+|tgl\.?\s+)?jatuh\s+tempo|batas\s+(?:waktu\s+|akhir\s+)"
              r"?(?:pem)?bayar(?:an)?|(?:di)?(?:bayar(?:kan)?|transfer|lunasi)\s+"
              r"(?:sebelum|paling\s+lambat|selambat)|"
              r"paling\s+lambat|selambat-lambatnya")
# right before an issue label: where the terms start ("30 hari sejak tanggal invoice")
ISSUE_AS_START = r"\bsejak|\bdari|\bsetelah|\bterhitung"
ISSUE_LABELS = (r"tanggal\s+(?:faktur|invoice|tagihan|terbit|penerbitan)|tgl\.?\s+(?:faktur|"
                r"invoice)")
NOT_ISSUE_BEFORE = r"jatuh\s+tempo|pengiriman|pembayaran|pesanan"
NOT_ISSUE_AFTER = r"jatuh|pengiriman|pembayaran"
AMOUNT_DUE_LABELS = (r"yang\s+(?:harus|perlu|wajib)\s+dibayar|jumlah\s+yang\s+dibayarkan|total\s+tagihan|jumlah\s+tagihan|"
                     r"sisa\s+tagihan")
TOTAL_LABELS = r"total\s+pembayaran|jumlah\s+pembayaran|grand\s+total|total\s+keseluruhan"
AMOUNT_WORDS = r"\bjumlah\b"
NOT_TOTAL = (r"\bppn\b|\bpph\b|\bdpp\b|diskon|potongan|sudah\s+dibayar|uang\s+muka|ongkos|"
             r"komisi|saldo|harga\s+satuan")
CURRENCY_LABELS = r"mata\s+uang"
PARTY_LABELS = r"ditagihkan\s+kepada|tagihan\s+kepada|kepada(?:\s+yth\.?)?|pelanggan|pembeli"
NAME_KEYS = r"nama"
ADDRESS_KEYS = r"alamat"
TABLE_HEADERS = r"deskripsi|keterangan|kuantitas"
STATEMENT_BALANCE = r"\bsaldo\b|rekening\s+koran"
CREDIT_NOTE = r"nota\s+kredit"
INVOICE_WORDS = r"faktur|tagihan"
# an invoice word as a bank's reference field shortens it ("INV 0430")
INVOICE_ABBREVIATIONS = r"inv|fakt"
# Competing totals (mailbot.reading.amount_due): see en.py ("termin 14 hari" is a term)
INVOICE_PART = (r"uang\s+muka|\bdp\b|down\s*payment|termin\s+(?:ke-?\s*)?\d+(?!\d|\s*hari)|termin\s+"
                r"(?:pertama|kedua|ketiga)|cicilan\s+(?:ke-?\s*)?\d|angsuran\s+(?:ke-?\s*)?\d|"
                r"tahap\s+(?:ke-?\s*)?\d|tahap\s+(?:pertama|kedua)")
INVOICE_WHOLE = (r"nilai\s+(?:proyek|kontrak|pekerjaan|po)\b|total\s+(?:proyek|kontrak)|harga\s+"
                 r"kontrak|nilai\s+penawaran|penawaran\s+(?:no\.?\s*)?[\w/-]*\d")
INVOICE_IN_PARTS = (r"\d+\s+termin|\d+\s*x\s+(?:cicilan|angsuran|termin|pembayaran)|dicicil|dalam\s+\w+\s+(?:termin|tahap|cicilan|angsuran)|"
                    r"secara\s+bertahap|jadwal\s+pembayaran|"
                    # "mau dibayar sekaligus atau DP dulu", "setengah dulu, setengah setelah serah
                    # terima": the client is to choose, no amount is named due now
                    r"setengah\s+(?:dulu|sekarang|saat|setelah)[^.\n]{0,80}?setengah|"
                    r"sisanya\s+(?:nanti|belakangan|menyusul)")
INVOICE_UNDECIDED = (r"(?:dibayar|bayar)\s+sekaligus\s+atau|bayar\s+(?:se)?(?:mampunya|seadanya|"
                     r"sesuai\s+kemampuan)|"
                     # "berapa persennya nanti kita bahas lagi": still to be agreed
                     r"(?:nanti\s+)?kita\s+bahas(?:\s+lagi)?|belum\s+(?:disepakati|ditentukan)|akan\s+"
                     r"(?:kita\s+|kami\s+)?(?:bahas|sepakati)\s+(?:nanti|kemudian|lagi)|"
                     # in another currency at the day's rate ("atau ekuivalen Rupiah dengan
                     # kurs ... pada hari pembayaran"); a sum on a condition
                     r"atau\s+(?:nilai\s+)?ekuivalen|kurs\s+(?:\S+\s+){0,3}(?:pada\s+)?(?:hari|tanggal)\s+"
                     r"(?:pembayaran|bayar)|bayar\s+(?:dengan\s+)?(?:nominal|jumlah)\s+(?:yang\s+)?"
                     r"(?:lebih\s+kecil|setelah\s+diskon)|"
                     # a provisional invoice: "jumlah final menyusul", "mohon jangan dibayar dulu"
                     r"jumlah\s+(?:final|akhir)\s+(?:akan\s+)?(?:menyusul|ditentukan|dikonfirmasi)|"
                     r"jangan\s+(?:di)?(?:bayar|transfer)\s+dulu|belum\s+perlu\s+(?:di)?(?:bayar|transfer)")
WITHHOLDING = r"\bpph\s*(?:pasal\s*)?(?:21|22|23|4|26)\b|dipotong\s+pph|potongan\s+pajak"
# ... right before a sum given only for information ("setara dengan sekitar USD 4.800")
CONVERTED_AMOUNT = (r"(?:setara|ekuivalen)\s+(?:dengan\s+)?(?:sekitar\s+|kurang\s+lebih\s+|kira-kira\s+|±\s*)?")
# ... (see en.py): "dengan kurs hari ini sekitar Rp 79.000.000"
CONVERTED_AT_RATE = (r"(?:dengan|pada)\s+kurs\s+(?:hari\s+ini\s+|saat\s+ini\s+|bi\s+|jisdor\s+|tengah\s+bi\s+)?"
                     r"(?:(?:setara|senilai)\s+(?:dengan\s+)?)?(?:sekitar|kurang\s+lebih|kira-kira|±)\s*")
DUE_NOW = (r"ditagihkan\s+sekarang|ditagih\s+sekarang|tagihan\s+saat\s+ini|yang\s+harus\s+"
           r"ditransfer|jumlah\s+yang\s+ditransfer")
# ... (see en.py): "sisa setelah cicilan ini: Rp 6.300.000"
REST_AFTER_THIS = (r"setelah\s+(?:termin|cicilan|angsuran|pembayaran|tagihan|invoice)\s+"
                   r"(?:ke-?\s?\d+\s+)?ini\b")
DEDUCTION = r"dikurangi|(?:di)?kompensasikan|\bminus\b|sudah\s+dibayar|telah\s+dibayar"
# a part due on an event, not a date ("after the acceptance act is signed"): not due now
# ... (see en.py): "akhir bulan berikutnya"
TERMS_MONTH_FOLLOWING = r"akhir\s+bulan\s+(?:berikutnya|setelah\s+bulan\s+(?:invoice|faktur|tagihan))"
# ... (see en.py): "nota kredit jangan dipotongkan dari invoice ini", "kami transfer terpisah"
CREDIT_NOT_NETTED = (r"jangan\s+(?:di)?(?:potong|kurang|kompensasi)\w*|(?:transfer|kembalikan|bayarkan)"
                     r"\s+(?:secara\s+)?terpisah")
TERMS_FROM_EVENT = (r"hari\s+(?:kerja\s+|kalender\s+)?(?:terhitung\s+)?(?:sejak|setelah|dari)\s+(?:tanggal\s+)?"
                    r"(?:bast|berita\s+acara|serah\s+terima|penandatanganan|ditandatangan\w*)")
PART_ON_EVENT = (r"setelah\s+(?:bast|berita\s+acara|serah\s+terima|penandatanganan|ditandatangan\w*|"
                 r"(?:proyek|pekerjaan)\s+selesai|go-?live|barang\s+diterima)")
PRIOR_PAYMENT = (r"kelebihan\s+(?:bayar|pembayaran)|sudah\s+(?:dibayar|kami\s+terima)|"
                 r"telah\s+dibayar|pembayaran\s+sebagian")
SALES_TAX = r"\bppn\b"
# right after a net sum with the tax still to add ("Rp 10.000.000 + PPN", "belum termasuk PPN")
TAX_TO_ADD = r"(?:\+|(?<![^\W\d_])belum\s+termasuk|tidak\s+termasuk|di\s*luar|excl\.?|exclude)\s*ppn\b"
INVOICE_PROVISIONAL = (r"pro-?\s?forma|(?:angka|nilai|jumlah|nominal)\w*\s+(?:\S+\s+){0,2}"
                       r"(?:masih\s+)?estimasi|estimasi\s+(?:total|biaya|nilai|tagihan)|"
                       r"invoice\s+sementara|tagihan\s+sementara")
# ("pengganti", a replacing invoice; not "penggantian kaca", the work of replacing glass)
INVOICE_REPLACES = (r"menggantikan|pengganti(?!an)|dibatalkan|kami\s+batalkan|"
                    r"revisi\s+(?:invoice|faktur|tagihan)")
INVOICE_NEW = r"revisi|baru|pengganti(?!an)"

# ==================================================================== an invoice's number, money
INVOICE_NO_WORDS = r"fakturs?|tagihan"
NUMBER_MARKS = r"nomor"
NUMBER_ABBREVIATIONS = ""
INVOICE_AFTER_MARK = r"faktur|tagihan"
BANK_ACCOUNT_BEFORE = ""
LIST_AND = r"\bdan\b"
ALL_OF_THEM = (r"\bkedua(?:nya|\s+(?:invoice|tagihan|faktur|dokumen))\b|\bsemua (?:invoice|tagihan|"
               r"faktur|dokumen)\b")
NUMBER_DATED = r"\b(?:tanggal|tertanggal|tgl\.?)\b"
DATE_LABEL = r"tanggal|tgl"
DATE_LINK = ""
# "4,25jt", "8,4 juta": millions of rupiah, the currency said by the scale word alone
CURRENCY_WORDS = {"IDR": r"(?:jt|juta)(?![^\W\d_])"}
CURRENCY_WORDS_BEFORE: dict[str, str] = {}
CURRENCY_CENTS: dict[str, str] = {}
VAT_ASIDE = ""
UNITS_AFTER = r"hari|jam"
LEGAL_FORMS = r"tbk"
# "PT", "CV": the legal form comes before the name
COMPANY_WORDS = r"pt|cv"
ACCOUNTS_WORDS = r"keuangan"
TAX_ID_WORDS = r"npwp"

# ==================================================================== payment terms' numbers
TERMS_NUMBER_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100,
}
# "empat belas" (4 + 10), "dua puluh tiga" (2 × 10 + 3)
TERMS_NUMBER_COMPOUNDS = (
    r"(?P<unit_plus10>satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)\s+belas"
    r"(?:\s+(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)(?![^\W\d_]))?|"
    r"(?P<unit_x10>satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)\s+puluh"
    r"(?:\s+(?P<unit>satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)(?![^\W\d_]))?")
TERMS_LINK = r"masing-masing"  # "termin pembayaran masing-masing 14 hari": each one's
NET_DAYS = ""

# ==================================================================== staff chasing
# (see en.py): "sekadar mengingatkan", "belum kami terima pembayarannya"
STAFF_CHASING = (r"mengingatkan|pengingat|belum\s+(?:dibayar|lunas|kami\s+terima)|"
                 r"sudah\s+lewat\s+jatuh\s+tempo|"
                 r"\b(?:masih |sampai sekarang )?belum (?:dibayar|dilunasi|ada pembayaran)\b|"
                 r"\bkapan (?:akan |bisa |dapat )?(?:dibayar|dilunasi|ditransfer)\b|\bsekadar "
                 r"mengingatkan\b|\bsudah lewat jatuh tempo\b"
                 # by hand: following it up, any news, paying it in parts
                 r"|\bmenindaklanjuti\b|\bkabar\s+(?:mengenai\s+|tentang\s+|soal\s+)?pembayaran\w*|"
                 r"\bperkembangan\s+pembayaran\w*|\bsecara\s+bertahap\b|\b(?:di)?cicil\w*|\bangsuran\b"
                 # the ledger's state told, the client's funds asked after ("masih tercatat terbuka",
                 # "apakah dananya sudah cair?")
                 r"|\bmasih\s+(?:tercatat\s+|terlihat\s+)?(?:terbuka|outstanding)\b|\bsudah\s+cair\b")

# ==================================================================== subjects
REPLY_PREFIXES = r"balas|bls"
FORWARD_PREFIXES = r"pesan terusan"

# a scale word after an amount ("Rp 6 jt", "1,2 Mio. EUR" aside): millions, thousands
AMOUNT_MILLION = r"jt|juta"
AMOUNT_THOUSAND = r"rb|ribu"

# the client's own misfortune ("banjir merusak gudang kami"): its damage words are no dispute
MISFORTUNE = r"\b(?:banjir|kebakaran|hujan es|badai|angin puting beliung|gempa\w*|longsor)\b"
DAMAGE_WORDS = r"rusak|kerusakan"

# staf menulis ke bot dalam kalimat biasa: hanya dicatat, tidak dijalankan
STAFF_PAID = (r"\b(?:tandai (?:\S+\s+){0,6}(?:lunas|sudah (?:di)?bayar)|sudah lunas|(?:dana|uang|"
              r"pembayaran|transfer)\s+(?:\S+\s+){0,4}(?:masuk|diterima))\b")
# jumlah yang disanggah sebagai selisih: "Selisih 250 pcs = Rp 1.250.000"
DISPUTED_DIFFERENCE = r"\b(?:selisih(?:nya)?|kelebihan tagih\w*)\b"
STAFF_PROMISED = r"\b(?:janji|berjanji|menjanjikan|komit) (?:akan )?(?:bayar|membayar|melunasi|lunas)"

# pemberitahuan layanan tanda tangan / dokumen elektronik: "X telah menandatangani dokumen",
# "dokumen telah ditolak", "Status: ditandatangani"
DOCUMENT_STATUS = (r"\b(?:telah|sudah) (?:menandatangani|menolak) (?:dokumen|kontrak|perjanjian|"
                   r"berita acara)\b|\b(?:dokumen|kontrak|perjanjian|berita acara)\b[^\n.]{0,80}?"
                   r"\b(?:telah|sudah) (?:ditandatangani|ditolak)\b|"
                   r"^\s*status(?: dokumen)?:\s*(?:ditandatangani|ditolak)\b")

# bukti potong pajak dari klien, sebagai pokok suratnya: "Bukti Potong PPh 23", "e-Bupot";
# dan label pajak yang dipotong ("PPh 23 (2%)", "PPh dipotong")
TAX_SLIP = (r"\bbukti (?:pe)?potong(?:an)?\b|\be-?bupot\b|\bbupot unifikasi\b|"
            r"\bbukti (?:pemungutan|pungut)\b")
TAX_WITHHELD = (r"^\s*pph\b(?:\s*(?:pasal\s*)?\d+)?(?:\s*\(\s*[\d.,]+\s*%\s*\))?(?:\s*"
                r"(?:dipotong|yang dipotong|terutang))?\s*:|\bpajak (?:yang )?dipotong\b")

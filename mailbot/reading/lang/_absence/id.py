"""Indonesian auto-reply wording beyond lang/id.py (see _absence/__init__.py)."""

# "kantor kami tutup", "toko kami tutup sementara ... email akan dibalas setelah ... buka";
# the office named by whose it is ("kantor yayasan libur", "kantor pusat tutup")
AUTO_BODY = (r"\b(?:kantor|toko|usaha|bengkel|outlet) (?:kami |yayasan |pusat |sekolah |"
             r"perusahaan |cabang )?(?:sedang |akan )?(?:tutup|libur)\b|"
             r"\b(?:email|e-mail|pesan|surel)(?: anda)? akan (?:kami )?(?:dibalas|balas|ditanggapi) "
             r"setelah\b")
# the reader addressed as "Bapak/Ibu" (or "Bpk/Ibu") as often as "anda"
ACK = (r"\b(?:e-?mail|pesan|surel|permintaan) (?:anda|bapak\s*/\s*ibu|bpk\.?\s*/\s*ibu|bapak|ibu) "
       r"(?:telah|sudah) (?:kami )?(?:terima|diterima)|"
       r"\bkami (?:telah|sudah) menerima (?:e-?mail|pesan|surel|permintaan) anda|"
       r"\btanda terima otomatis")
# a machine saying it is one: "pesan ini dikirim secara otomatis", "mohon tidak membalas"
SELF_AUTO = (r"\b(?:pesan|email|e-mail|surel|balasan) ini (?:dikirim|dibuat|dihasilkan) "
             r"(?:secara )?otomatis|\b(?:mohon|harap) (?:untuk )?(?:tidak|jangan) membalas "
             r"(?:email|e-mail|pesan|surel) ini")
CHALLENGE = (r"\b(?:verifikasi|konfirmasi)\w* (?:bahwa )?anda (?:adalah )?(?:pengirim|manusia)|"
             r"\bverifikasi pengirim"
             r"|\bbukan (?:robot|spammer)\b|\b(?:email|pesan|surel) anda (?:ditahan|tertahan)")

"""Indonesian auto-reply wording beyond lang/id.py (see _absence/__init__.py)."""

AUTO_BODY = r"\bkantor (?:kami )?(?:tutup|libur)\b"
ACK = (r"\b(?:e-?mail|pesan|surel|permintaan) anda (?:telah|sudah) (?:kami )?(?:terima|diterima)|"
       r"\bkami (?:telah|sudah) menerima (?:e-?mail|pesan|surel|permintaan) anda|"
       r"\btanda terima otomatis")
CHALLENGE = (r"\b(?:verifikasi|konfirmasi)\w* (?:bahwa )?anda (?:adalah )?(?:pengirim|manusia)|"
             r"\bverifikasi pengirim"
             r"|\bbukan (?:robot|spammer)\b|\b(?:email|pesan|surel) anda (?:ditahan|tertahan)")

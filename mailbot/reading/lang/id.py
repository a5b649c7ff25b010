"""Indonesian words for dates. See lang/__init__.py for what each name holds."""

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
BEFORE_DAY = r"tanggal|tgl\.?"  # "Senin, tanggal 7 Desember"
YEAR_AFTER = ""
DATE_PREPOSITIONS = r"tanggal|tgl\.?|pada|sebelum|paling lambat"
BARE_DAY = ((r"(?:tanggal|tgl\.?)\s*", r"\b"),)  # "tanggal 15"

TODAY = r"hari ini|nanti (?:sore|malam)"
TOMORROW = r"besok|esok"
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
THIS_WEEK = r"akhir (?:minggu|pekan)(?: ini)?|minggu ini|pekan ini"
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

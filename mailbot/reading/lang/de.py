"""German words for dates. See lang/__init__.py for what each name holds."""

MONTHS = {
    1: ("januar", "jänner", "jän", "jan"), 2: ("februar", "feber", "feb"),
    3: ("märz", "maerz", "mär", "mrz", "mar"), 4: ("april", "apr"), 5: ("mai",),
    6: ("juni", "jun"), 7: ("juli", "jul"), 8: ("august", "aug"),
    9: ("september", "sept", "sep"), 10: ("oktober", "okt"), 11: ("november", "nov"),
    12: ("dezember", "dez"),
}
AFTER_DAY_ONLY: tuple[str, ...] = ()
WEEKDAYS = {
    0: ("montag",), 1: ("dienstag",), 2: ("mittwoch",), 3: ("donnerstag",), 4: ("freitag",),
    5: ("samstag", "sonnabend"), 6: ("sonntag",),
}

ORDINAL = ""
DAY_OF = ""
BEFORE_DAY = r"den"  # "Montag, den 7. Dezember"
YEAR_AFTER = ""
DATE_PREPOSITIONS = r"am|bis(?: zum)?|zum|vom|ab"
BARE_DAY = ((r"am\s+", r"\.(?!\s*\d)"),)  # "am 15."

TODAY = r"heute"
TOMORROW = r"(?<!guten )(?<!guten\s\s)morgen"  # "Guten Morgen" is no date
DAY_AFTER_TOMORROW = r"übermorgen"
MONTH_END = (r"(?:bis )?(?:zum )?(?:ende (?:des|dieses|diesen|vom) (?:laufenden )?monats?|"
             r"monatsende|ende monat)")
NEXT_MONTH_END = r"ende (?:des )?nächsten monats"
NEXT_MONTH_START = r"anfang (?:des )?(?:nächsten|kommenden) monats"
MID_THIS_MONTH = r"mitte (?:des )?monats"
NEXT_MONTH = r"(?:im )?(?:nächsten|kommenden) monat"
YEAR_END = r"jahresende|ende des jahres"
MID = r"mitte"
END_OF = r"(?:bis )?(?:zum )?ende"
START_OF = r"anfang"
NEXT_WEEK_OF = r"(?:der )?(?:nächste[nr]?|kommende[nr]?|folgende[nr]?) woche"
WEEK_AFTER_NEXT_OF = r"(?:in )?(?:der )?übernächste[nr]? woche"
NEXT_WEEK = r"(?:in der )?(?:nächste[nr]?|kommende[nr]?) woche"
THIS_WEEK = (r"diese woche|(?:bis )?ende (?:der|dieser) woche|(?:in|im laufe) dieser woche|"
             r"bis zum wochenende")
ON_WEEKDAY = r"am"
WEEKDAY_OF_WEEK = ""
WEEKDAY_BEFORE = r"nächsten|kommenden|diesen|am|bis"
THIS_WEEKDAY_BEFORE = r"diesen"
WEEKDAY_AFTER = ""
THIS_WEEKDAY_AFTER = ""
IN = r"innerhalb(?: von)?(?: der nächsten)?|binnen|in den nächsten"
LATER = ""
BUSINESS_BEFORE = r"werk"
BUSINESS_AFTER = ""
UNIT_DAY = r"tagen?"
UNIT_WEEK = r"wochen?"
UNIT_MONTH = r"monat(?:e|en|s)?"
IN_A_WEEK = ""
IN_A_FORTNIGHT = ""
IN_A_MONTH = ""
NUMBER_WORDS = {
    "ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "eines": 1, "zwei": 2,
    "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "zwölf": 12, "vierzehn": 14, "paar": 2,
}

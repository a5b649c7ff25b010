"""English words for dates. See lang/__init__.py for what each name holds."""

MONTHS = {
    1: ("january", "jan"), 2: ("february", "feb"), 3: ("march", "mar"), 4: ("april", "apr"),
    5: ("may",), 6: ("june", "jun"), 7: ("july", "jul"), 8: ("august", "aug"),
    9: ("september", "sept", "sep"), 10: ("october", "oct"), 11: ("november", "nov"),
    12: ("december", "dec"),
}
# month words that are dates only right after a day number ("des" in Indonesian)
AFTER_DAY_ONLY: tuple[str, ...] = ()
# "sat" and "sun" are ordinary words: only the longer forms count
WEEKDAYS = {
    0: ("monday", "mon"), 1: ("tuesday", "tues", "tue"), 2: ("wednesday", "wed"),
    3: ("thursday", "thurs", "thur", "thu"), 4: ("friday", "fri"), 5: ("saturday",),
    6: ("sunday",),
}

# ------------------------------------------------------------------ around a written date
ORDINAL = r"st|nd|rd|th"  # after a day number: "15th"
DAY_OF = r"of"  # between a day and its month: "15th of December"
BEFORE_DAY = r"the"  # before a day after a month or weekday: "May the 5th", "Monday, the 7th"
YEAR_AFTER = ""  # after a year ("2026 г.")
# words after which "15/12" or "15.12" (no year) is a date, not a fraction or an amount
DATE_PREPOSITIONS = r"on|by|until|before|the"
# a day of the month alone: (before, after) the day number: "the 15th"
BARE_DAY = ((r"(?:the\s+)?", r"(?:st|nd|rd|th)\b(?! of)"),)

# ------------------------------------------------------------------ relative dates
TODAY = r"today|tonight|this (?:afternoon|evening)"
TOMORROW = r"tomorrow"
DAY_AFTER_TOMORROW = r"day after tomorrow"
MONTH_END = (r"(?:(?:by|at|before) )?(?:the )?end of (?:the |this )?(?:current )?month|"
             r"month[- ]end")
NEXT_MONTH_END = r"end of next month"
NEXT_MONTH_START = (r"(?:the )?(?:beginning|start) of next month|early next month|"
                    r"first (?:days?|week) of next month")
MID_THIS_MONTH = r"mid-?month|(?:the )?middle of (?:the |this )?month"
NEXT_MONTH = r"next month"
YEAR_END = r"end of (?:the |this )?year|year[- ]end"
# before a month name or a week: "mid-December", "end of next week", "early May"
MID = r"mid|middle of"
END_OF = r"(?:(?:by|at|before) )?(?:the )?end of"
START_OF = r"(?:the )?(?:beginning|start) of|early"
NEXT_WEEK_OF = r"(?:the )?(?:next|following|coming) week"  # "end of next week"
WEEK_AFTER_NEXT_OF = r"the week after next"
NEXT_WEEK = r"next week"  # "we pay next week"
THIS_WEEK = r"(?:(?:by|at) )?(?:the )?end of (?:the |this )?week|this week|by the weekend"
# "Friday next week", "next week on Friday"
ON_WEEKDAY = r"on"
WEEKDAY_OF_WEEK = r"of|in"
# words before a weekday: "next Friday", "this Friday" (this week's, today included)
WEEKDAY_BEFORE = r"next|this|coming"
THIS_WEEKDAY_BEFORE = r"this"
WEEKDAY_AFTER = ""
THIS_WEEKDAY_AFTER = ""
# "in 10 days", "within two weeks", "in 5 business days"
IN = r"in|within(?: the next)?|in the next"
LATER = ""  # after "<n> <unit>": "3 hari lagi"
BUSINESS_BEFORE = r"business |working "
BUSINESS_AFTER = ""
UNIT_DAY = r"days?"
UNIT_WEEK = r"weeks?"
UNIT_MONTH = r"months?"
IN_A_WEEK = ""
IN_A_FORTNIGHT = r"(?:in|within) (?:a|one) fortnight|(?:in|within) two weeks' time"
IN_A_MONTH = ""
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fourteen": 14,
    "a couple of": 2, "couple of": 2, "a few": 3,
}

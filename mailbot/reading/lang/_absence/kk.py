"""Kazakh auto-reply wording (see _absence/__init__.py). Kazakh writes the date before
the verb and declines it ("8 наурызға дейін", "10 наурызда ораламын"): BACK and UNTIL are
lookaheads to the date, and ENDINGS are the case endings a date's words take."""

AUTO_SUBJECT = r"автожауап|автоматты жауап"
AUTO_BODY = (r"(?<!\w)(?:демалыстамын|іссапардамын|кеңседе жоқпын|жұмыста жоқпын|"
             r"еңбек демалысындамын|ауырып қалдым)(?!\w)|(?<!\w)(?:бұл )?автоматты (?:жауап|хат)")
ACK = r"(?<!\w)(?:сіздің )?(?:хатыңыз|өтінішіңіз) (?:қабылданды|тіркелді)"
CHALLENGE = r"(?<!\w)робот емес екеніңізді растаңыз"
PAYMENT_WORDS = r"(?<!\w)(?:төле\w*|төлем\w*|аудар\w*)"
REDIRECT = r"(?<!\w)(?:хабарласыңыз|жазыңыз|жүгініңіз)"
FIRST_PERSON = r"(?<!\w)(?:мен|біз)(?!\w)"
PAID_STATEMENT = r"(?<!\w)(?:төледік|төледім|аудардық|аудардым|төлейміз|төлеймін)(?!\w)"
# "8 наурызға", "8 наурыз 2027 ж.", "дүйсенбіге"
_DATE = r"(?:\d{1,2}\s+)?[^\W\d_]+(?:\s+\d{4}(?:\s*ж\.?)?)?"
BACK = (r"(?<![\w])(?=" + _DATE + r"\s+(?:бастап\s+)?(?:(?:жұмысқа|кеңсеге|қызметке)\s+)?"
        r"(?:қайта\s+)?(?:ораламын|қайтамын|шығамын|келемін|ораламыз))")
BACK_FROM = ""
UNTIL = r"(?<![\w])(?=" + _DATE + r"\s+дейін(?!\w))"
NEXT = r"келесі"
NEXT_WEEK = r"келесі аптада|келесі апта"
# the case endings of a date's words ("наурызға" -> "наурыз", "шілдеде" -> "шілде"),
# taken off only when the word as written is no date
ENDINGS = r"ға|ге|қа|ке|на|не|да|де|та|те|нан|нен|дан|ден|тан|тен"

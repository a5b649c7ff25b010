"""Polish auto-reply wording (see _absence/__init__.py)."""

# generic nouns ("nieobecność") only as a prefix: "Nieobecność płatności" is a person's
AUTO_SUBJECT = (r"odpowied[zź] automatyczna|automatyczna odpowied[zź]|^\s*nieobecno[sś][cć]\s*:|"
                r"poza biurem|^\s*na urlopie\b")
AUTO_BODY = (r"\b(?:jestem|będę|przebywam|jesteśmy|będziemy)\b[^.\n]{0,40}?(?:na urlopie|"
             r"poza biurem|nieobecn[ayi]|na zwolnieniu|w delegacji|w podróży służbowej|"
             r"niedostępn[ayi])|\bnie ma mnie w (?:biurze|pracy)|\b(?:to jest )?automatyczna "
             r"odpowied[zź]|\bwiadomość (?:wygenerowana|wysłana) automatycznie|\bbiuro (?:jest|"
             r"będzie) (?:nieczynne|zamknięte)")
ACK = (r"\b(?:pana|pani|państwa|twoja)?\s*wiadomo[sś][cć] (?:została|zostala) (?:otrzymana|"
       r"przyjęta|zarejestrowana)|\bpotwierdzamy (?:otrzymanie|odbiór)|\botrzymali[sś]my "
       r"(?:pana|pani|państwa|twoją)? ?wiadomo[sś][cć]")
CHALLENGE = (r"\bpotwierd[zź]\w*,? że jest\w* (?:człowiekiem|nadawcą)|\bweryfikacj\w* nadawcy"
             r"|\bnie jeste[sś] robotem|\bwiadomo[sś][cć] została wstrzymana")
PAYMENT_WORDS = r"\b(?:zapłac\w*|płatnoś\w*|opłac\w*|przelew\w*|przelał\w*|wpłat\w*)\b"
REDIRECT = r"\b(?:kontakt\w*|proszę pisać|prosimy pisać|napisz\w*|skontaktuj\w*)\b"
FIRST_PERSON = ""
PAID_STATEMENT = (r"\b(?:zapłacil\w*|zapłaciłe\w*|opłacil\w*|opłaciłe\w*|przelali\w*|"
                  r"przelałe\w*|zapłacę|zapłacimy|opłacimy)\b")
BACK = (r"\b(?:wracam|wrócę|powracam|będę (?:z powrotem|ponownie|znowu|dostępn[ya]|w biurze|"
        r"w pracy)(?: dostępn[ya]| w biurze| w pracy)?)(?: do (?:biura|pracy))?"
        r"(?:\s+(?:dnia|w dniu|od|we|w))*")
BACK_FROM = (r"\bod (?:dnia )?(?=(?:(?!\bod\b|\bdo\b)[^.]|(?<=\d)\.|(?<=\sr)\.){3,50}?"
             r"(?:będę|wracam|jestem|pracujemy))")
UNTIL = r"\bdo(?: dnia)?(?= \d| [^\W\d_]+ \d)"
NEXT = r"przyszł\w*|następn\w*|najbliższ\w*"
NEXT_WEEK = r"w przyszłym tygodniu|w następnym tygodniu"

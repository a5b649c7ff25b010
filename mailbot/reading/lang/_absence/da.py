"""Danish auto-reply wording (see _absence/__init__.py)."""

AUTO_SUBJECT = (r"automatisk svar|^\s*(?:fraværende|fravær|ikke til stede|ferie)\s*:|"
                r"ude af kontoret")
AUTO_BODY = (r"\b(?:jeg er|vi er)\b[^.\n]{0,40}?(?:på ferie|på kursus|fraværende|ikke på "
             r"kontoret|ikke til stede|bortrejst|på barsel|på forretningsrejse|syg(?:emeldt)?)"
             r"|\b(?:din|jeres) (?:e-?mail|mail|besked) (?:bliver|vil) ikke (?:blive )?"
             r"videresendt|\b(?:dette er et )?automatisk (?:svar|genereret (?:svar|besked))")
ACK = (r"\bvi har modtaget (?:din|jeres) (?:e-?mail|mail|henvendelse|besked)|\b(?:din|jeres) "
       r"(?:e-?mail|mail|henvendelse|besked) er (?:modtaget|registreret)")
CHALLENGE = r"\bbekræft,? at du (?:er en (?:rigtig )?afsender|ikke er en robot)"
PAYMENT_WORDS = r"\b(?:betal\w*|overført\w*|overførsel\w*|indbetal\w*)\b"
REDIRECT = r"\b(?:kontakt\w*|skriv til|henvend\w*|videresend\w*)\b"
FIRST_PERSON = r"\b(?:jeg|vi)\b"
PAID_STATEMENT = r"\b(?:betalt|overført|vil betale|betaler vi)\b"
# "og er tilbage mandag den 8. marts", "er tilbage på kontoret den 9. marts"
BACK = (r"\b(?:(?:er|være|kommer) (?:jeg |vi )?(?:tilbage|igen)|tilbage igen)(?: på kontoret| på "
        r"arbejde)?(?:\s+(?:på|den|fra))*")
# "fra mandag den 8. marts er jeg tilbage": the nearest "fra" before "tilbage"
BACK_FROM = (r"\bfra (?=(?:(?!\b(?:fra|til|indtil)\b)[^.]|(?<=\d)\.){3,50}?"
             r"\b(?:tilbage|igen på kontoret)\b)")
UNTIL = r"\b(?:til og med|indtil|frem til)\b|\bt\.o\.m\."
NEXT = r"næste|kommende|førstkommende"
NEXT_WEEK = r"i næste uge|næste uge|i den kommende uge"

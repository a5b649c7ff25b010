"""Norwegian (Bokmål) auto-reply wording (see _absence/__init__.py). Close to Danish, but
its own words for the return and its months ("tilbake", "desember") are not Danish ones,
so its dates are read as Norwegian (dateparser's "nb")."""

AUTO_SUBJECT = (r"automatisk svar|^\s*(?:fraværende|fravær|ikke til stede|ferie)\s*:|"
                r"ikke på kontoret")
AUTO_BODY = (r"\b(?:jeg er|vi er)\b[^.\n]{0,40}?(?:på ferie|på kurs|fraværende|ikke på "
             r"kontoret|ikke til stede|bortreist|på reise|i permisjon|sykemeldt|syk)"
             r"|\b(?:din|deres) (?:e-?post|e-?mail|melding) (?:blir|vil) ikke (?:bli )?"
             r"videresendt|\b(?:dette er et )?automatisk (?:svar|generert (?:svar|melding))")
ACK = (r"\bvi har mottatt (?:din|deres) (?:e-?post|e-?mail|henvendelse|melding)|\b(?:din|deres) "
       r"(?:e-?post|e-?mail|henvendelse|melding) er (?:mottatt|registrert)")
PAYMENT_WORDS = r"\b(?:betal\w*|overført\w*|overføring\w*|innbetal\w*)\b"
REDIRECT = r"\b(?:kontakt\w*|skriv til|henvend\w*|videresend\w*)\b"
FIRST_PERSON = r"\b(?:jeg|vi)\b"
PAID_STATEMENT = r"\b(?:betalt|overført|vil betale|betaler vi)\b"
# "og er tilbake mandag 7. desember", "er tilbake på kontoret / på jobb tirsdag 1. desember"
BACK = (r"\b(?:(?:er|være|kommer) (?:jeg |vi )?(?:tilbake|igjen)|tilbake igjen)(?: på kontoret| på "
        r"jobb| på arbeid)?(?:\s+(?:på|den|fra))*")
# "fra mandag 7. desember er jeg tilbake": the nearest "fra" before "tilbake"
BACK_FROM = (r"\bfra (?=(?:(?!\b(?:fra|til|inntil)\b)[^.]|(?<=\d)\.){3,50}?"
             r"\b(?:tilbake|igjen på kontoret)\b)")
UNTIL = r"\b(?:til og med|inntil|frem til|fram til)\b|\bt\.o\.m\."
NEXT = r"neste|kommende|førstkommende"
NEXT_WEEK = r"i neste uke|neste uke|i den kommende uken?"

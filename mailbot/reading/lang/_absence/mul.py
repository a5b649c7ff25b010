"""Responders' subject prefixes in languages without a file of their own (Scandinavian,
Finnish, Czech, Hungarian, Greek, Ukrainian...): "mul" (ISO 639-2, several languages).
Only the subject: the body's words and dates of these languages are not read."""

AUTO_SUBJECT = (r"^\s*(?:autosvar|automatisk svar|automaattinen vastaus|automatick[áa] odpov[ěe]"
                r"[ďd]|automatikus v[áa]lasz|αυτόματη απάντηση|автоматична відповідь|"
                r"automatsko obavje[sš]tenje|automatick[áa] odpove[ďd])\s*[:：]")
# roots a responder's subject prefix is made of in most languages ("Automaattinen
# vastaus", "Lomavastaaja", "Autosvar", "Αυτόματη απάντηση"): with nothing else to go on,
# a prefix without one may be the bot's own subject ("Reminder: ...") kept by a person
PREFIX_ROOTS = (r"auto|otomat|absen|abwes|ausen|afwez|vacat|holiday|urlop|loma|dovolen|"
                r"ferie|ferien|semester|自动|自動|不在|автомат|відсутн|αυτόματ")

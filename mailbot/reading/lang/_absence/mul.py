"""Responders' subject prefixes in languages without a file of their own (Scandinavian,
Finnish, Czech, Hungarian, Greek, Ukrainian...): "mul" (ISO 639-2, several languages).
Only the subject: the body's words and dates of these languages are not read."""

AUTO_SUBJECT = (r"^\s*(?:autosvar|automatisk svar|automaattinen vastaus|automatick[áa] odpov[ěe]"
                r"[ďd]|automatikus v[áa]lasz|αυτόματη απάντηση|автоматична відповідь|"
                r"automatsko obavje[sš]tenje|automatick[áa] odpove[ďd])\s*[:：]")

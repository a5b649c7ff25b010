"""Italian auto-reply wording (see _absence/__init__.py)."""

# generic nouns ("assenza") only as a prefix: "Assenza di pagamento" is a person's
AUTO_SUBJECT = r"risposta automatica|fuori ufficio|^\s*(?:assente|assenza)\s*:|^\s*in ferie\b"
AUTO_BODY = (r"\b(?:sono|sar[òo]|saremo|siamo)\b[^.\n]{0,40}?(?:fuori (?:ufficio|sede)|in ferie|"
             r"assente|in vacanza|in malattia|in trasferta|non disponibile)|\b(?:questa [èe] una )"
             r"?risposta automatica|\bmessaggio automatico|\b(?:l['’]|il nostro )?ufficio "
             r"(?:[èe]|sar[àa]) chiuso")
ACK = (r"\babbiamo ricevuto (?:il suo|la sua|il tuo|la tua|il vostro|la vostra) (?:messaggio|"
       r"e-?mail|richiesta)|\b(?:il suo|la sua|il tuo|la tua) (?:messaggio|e-?mail|richiesta) "
       r"[èe] stat[oa] ricevut[oa]|\bconferma di ricezione")
CHALLENGE = (r"\bconferm[ai] di essere (?:un mittente|una persona)|\bverifica del mittente"
             r"|\bnon (?:sei|è) un robot|\bil (?:suo|tuo) messaggio [èe] stato trattenuto")
PAYMENT_WORDS = (r"\b(?:pagament\w*|pagat[oaie]|pagare|pagher\w*|bonific\w*|versament\w*|"
                 r"saldat\w*)\b")
REDIRECT = r"\b(?:contatt\w*|scriv\w*|rivolgersi|rivolgetevi|si rivolga)\b"
FIRST_PERSON = ""
PAID_STATEMENT = r"\b(?:pagato|pagata|saldato|bonifico effettuato|pagheremo|pagher[òo])\b"
BACK = (r"\b(?:torner[òo]|rientrer[òo]|sar[òo] di (?:nuovo|ritorno)|di ritorno|sar[òo] "
        r"nuovamente|rientro previsto|rientro)(?: in ufficio| disponibile| operativ[oa])?"
        r"(?:\s*:)?(?:\s+(?:il|dal|a partire dal|il giorno))*")
BACK_FROM = (r"\b(?:dal|a partire dal)\s+(?=(?:[^.]|(?<=\d)\.){3,50}?(?:torner|rientr|"
             r"disponibile|in ufficio))")
# "dal 3 al 14 maggio": the range's first day may be a bare number
UNTIL = r"\bfino (?:al|a)\b|\bdal [^\n]{1,30}? al\b"
NEXT = r"prossim[oa]"
NEXT_WEEK = r"la prossima settimana|la settimana prossima"

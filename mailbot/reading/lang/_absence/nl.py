"""Dutch auto-reply wording (see _absence/__init__.py)."""

AUTO_SUBJECT = r"automatisch antwoord|^\s*(?:afwezig|afwezigheid|niet aanwezig)\s*:|buiten kantoor"
AUTO_BODY = (r"\b(?:ik ben|ben ik|wij zijn|zijn wij|we zijn)\b[^.\n]{0,40}?(?:afwezig|"
             r"niet (?:op kantoor|aanwezig|bereikbaar|beschikbaar)|met vakantie|op vakantie|"
             r"met verlof|buiten kantoor|op reis)|\b(?:dit is een )?automatisch (?:antwoord|"
             r"bericht)|\b(?:uw|je) (?:e-?mail|bericht) wordt niet doorgestuurd|\b(?:ons |het )?"
             r"kantoor is (?:gesloten|dicht)")
ACK = (r"\b(?:uw|je|jouw) (?:e-?mail|bericht|aanvraag|vraag) is (?:in goede orde |goed )?"
       r"ontvangen|\bwij hebben (?:uw|je) (?:e-?mail|bericht|aanvraag) (?:in goede orde |goed )?"
       r"ontvangen|\bontvangstbevestiging")
CHALLENGE = (r"\bbevestig (?:dat u|dat je|uw|je) (?:een (?:echte )?afzender|e-?mailadres)"
             r"|\bgeen robot bent|\bbericht is (?:tegengehouden|vastgehouden)")
PAYMENT_WORDS = r"\b(?:betaal\w*|betaling\w*|betaald|overgemaakt|overmaken|overschrijving)\b"
REDIRECT = r"\b(?:contact\w*|neem\w* contact|mail naar|stuur\w*|wendt u|wend je)\b"
FIRST_PERSON = r"\b(?:ik|wij|we)\b"
PAID_STATEMENT = r"\b(?:betaald|overgemaakt|zal betalen|zullen betalen|betalen we)\b"
BACK = (r"\b(?:(?:ben|zijn)(?: ik| wij| we)? (?:weer|terug)|weer (?:op kantoor|aanwezig|bereikbaar|beschikbaar)|"
        r"terug (?:op kantoor|aanwezig)?)(?: op kantoor| aanwezig| bereikbaar| beschikbaar)?"
        r"(?:\s+(?:op|vanaf|per))*")
# "en ben maandag 14 december weer op kantoor": the nearest such word before "weer"
BACK_FROM = (r"\b(?:vanaf|per|op|ben|zijn)\s+(?=(?:(?!\b(?:vanaf|per|op|tot|en)\b)"
             r"[^.]){3,50}?\b(?:weer|terug)\b)")
UNTIL = r"\b(?:tot en met|t/m|tot)\b"
NEXT = r"volgende|aanstaande|komende"
NEXT_WEEK = r"volgende week|komende week"

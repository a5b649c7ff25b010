"""German auto-reply wording beyond lang/de.py (see _absence/__init__.py)."""

AUTO_BODY = r"\b(?:unser|das) büro (?:ist|bleibt|wird)\b[^.\n]{0,40}?geschlossen"
ACK = (r"\b(?:ihre|deine) (?:e-?mail|nachricht|anfrage) (?:ist|wurde) (?:bei uns )?(?:eingegangen|"
       r"empfangen|erfasst|registriert)|\bwir haben ihre (?:e-?mail|nachricht|anfrage) erhalten|"
       r"\beingangsbestätigung")
CHALLENGE = (r"\bbestätigen sie,? dass sie (?:ein (?:echter )?absender|ein mensch)|"
             r"\babsender(?:bestätigung|prüfung|verifizierung)|\bverifizieren sie (?:ihre|sich)"
             r"|\bbestätigen sie (?:bitte )?(?:ihre|die) (?:absender\w*|e-?mail\w*)|\bnachricht "
             r"(?:an \S+ )?wurde zurückgehalten|\bkein (?:automatischer versender|roboter|bot)\b")

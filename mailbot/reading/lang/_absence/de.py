"""German auto-reply wording beyond lang/de.py (see _absence/__init__.py)."""

# "unsere Praxis bleibt vom 21.12. bis 3.1. wegen Betriebsurlaub geschlossen": a business
# closed for a while (dates' dots allowed), whatever the business is
AUTO_BODY = (r"\b(?:unser\w*|das|die|der) (?:büro|praxis|kanzlei|firma|geschäft|betrieb|laden|"
             r"unternehmen|werk|hotel|haus|verwaltung|buchhaltung|geschäftsstelle)\w* (?:ist|"
             r"bleibt|wird|bleiben|sind)\b(?:[^.\n]|(?<=\d)\.){0,80}?(?:geschlossen|nicht besetzt)")
ACK = (r"\b(?:ihre|deine) (?:e-?mail|nachricht|anfrage) (?:ist|wurde) (?:bei uns )?(?:unter der "
       r"(?:\w*nummer|nr\.?) [\w/-]+ )?(?:eingegangen|empfangen|erfasst|registriert)|\bwir haben ihre (?:e-?mail|nachricht|anfrage) erhalten|"
       r"\beingangsbestätigung")
# a machine saying it is one: "diese Nachricht wurde automatisch erstellt"
SELF_AUTO = (r"\bdiese (?:nachricht|e-?mail|mail|benachrichtigung) wurde automatisch (?:erstellt|"
             r"generiert|versandt|versendet|verschickt|erzeugt)|\bautomatisch (?:erstellte|"
             r"generierte|erzeugte) (?:nachricht|e-?mail|benachrichtigung)|\bbitte antworten sie "
             r"nicht auf diese (?:e-?mail|nachricht|mail)")
CHALLENGE = (r"\bbestätigen sie,? dass sie (?:ein (?:echter )?absender|ein mensch)|"
             r"\babsender(?:bestätigung|prüfung|verifizierung)|\bverifizieren sie (?:ihre|sich)"
             r"|\bbestätigen sie (?:bitte )?(?:ihre|die) (?:absender\w*|e-?mail\w*)|\bnachricht "
             r"(?:an \S+ )?wurde zurückgehalten|\bkein (?:automatischer versender|roboter|bot)\b")

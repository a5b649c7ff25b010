"""French auto-reply wording (see _absence/__init__.py)."""

# generic nouns ("absence") only as a prefix: "Absence de paiement" is a person's
AUTO_SUBJECT = (r"r[ée]ponse automatique|^\s*(?:absences?|absente?)\s*:|hors du bureau|"
                r"message d['’]absence|^\s*en cong[ée]s?\b")
AUTO_BODY = (r"\b(?:je suis|je serai|nous sommes|nous serons)\b[^.\n]{0,40}?(?:absente?s?|"
             r"en cong[ée]s?|en vacances|hors du bureau|en d[ée]placement|indisponibles?|"
             r"en arr[êe]t)|\b(?:ceci est (?:une|un) )?(?:r[ée]ponse|message) automatique|"
             r"\bje n['’]aurai pas acc[èe]s|\b(?:nos bureaux|le bureau) (?:sont|est|seront|sera)"
             r" ferm[ée]s?")
ACK = (r"\b(?:votre|ton) (?:message|e-?mail|courriel|demande) a (?:bien )?[ée]t[ée] (?:reçue?|"
       r"enregistr[ée]e?)|\bnous avons (?:bien )?reçu votre (?:message|e-?mail|courriel|demande)|"
       r"\baccus[ée] de r[ée]ception")
CHALLENGE = (r"\bconfirme[rz]? (?:que vous [êe]tes|votre adresse)|\bv[ée]rification de l['’]exp[ée]diteur"
             r"|\bvous n['’][êe]tes pas un robot|\bvotre message (?:a [ée]t[ée]|est) (?:retenu|"
             r"mis en attente)")
PAYMENT_WORDS = (r"\b(?:pay\w*|paie\w*|paiement\w*|r[ée]gl[ée]\w*|r[èe]glement\w*|virement\w*|"
                 r"vers[ée]\w*)\b")
REDIRECT = (r"\b(?:contactez|contacter|[ée]crivez|adressez-vous|merci de (?:contacter|vous "
            r"adresser)|joindre)\b")
FIRST_PERSON = r"\b(?:je|j['’]|nous)\b"
PAID_STATEMENT = r"\b(?:pay[ée]|r[ée]gl[ée]|vir[ée]|paierons|r[ée]glerons|paierai)\b"
BACK = (r"\b(?:(?:serai|sera|serons) de retour|de retour|je reviens|je reviendrai|retour pr[ée]vu|"
        r"je reprendrai(?: le travail| mes fonctions)?|(?:serai |sera )?(?:[àa] nouveau )?"
        r"disponible (?:[àa] nouveau|[àa] partir)|reprise)(?: au bureau)?(?:\s*:)?"
        r"(?:\s+(?:le|du|dès le|à partir du|a partir du|à compter du))*")
BACK_FROM = (r"\b(?:[àa] partir du|d[èe]s le|[àa] compter du)\s+(?=(?:[^.]|(?<=\d)\.){3,50}?"
             r"(?:de retour|disponible|au bureau|joignable))")
# "du 7 au 18 décembre": the range's first day may be a bare number
UNTIL = r"\bjusqu['’](?:au|[àa])(?: (?:le|la))?|\bdu [^\n]{1,30}? au\b"
NEXT = r"prochaine?"
NEXT_WEEK = r"la semaine prochaine"

# a client's reply in French on a desk that serves another language (read by
# mailbot.reading.kinds.client_reply; rows as in the served files, negation in `unless`)
_NOT = r"\b(?:pas|jamais|ne|n'|n’|toujours pas|pas encore)\b"
INTENT_PAID_CLAIM = (
    (2, (
        (r"\b(?:le |notre )?(?:virement|paiement|règlement|reglement)\b(?:\s+\S+){0,5}?\s+a "
         r"(?:bien )?été (?:émis|emis|effectué|effectue|envoyé|envoye|réalisé|realise|exécuté|"
         r"execute|passé|passe)"),
        r"\b(?:nous avons|j'ai|on a) (?:bien )?(?:payé|paye|réglé|regle|viré|vire|effectué le virement)",
        r"\b(?:la facture|elle) (?:a été|est) (?:bien )?(?:payée|payee|réglée|reglee)",
    ), "", None, _NOT),
)
# "le solde ... que nous contestons", "nous contestons ce montant", "merci de nous envoyer une
# note de crédit": a complaint about what was billed
INTENT_DISPUTE = (
    (3, (
        r"\b(?:nous|je) (?:la |le |les )?(?:contestons|conteste)\b",
        r"\bque (?:nous contestons|je conteste)\b",
        r"\b(?:montant|facture|solde|frais|somme)\s+(?:\S+\s+){0,2}contest[ée]e?s?\b",
    ), "", None, _NOT),
    (2, (
        (r"\b(?:envoyer|établir|etablir|émettre|emettre|adresser)\s+(?:\S+\s+){0,2}(?:note de "
         r"cr[ée]dit|avoir|facture rectificative|facture corrig[ée]e)\b"),
    ), "", None, _NOT),
)
# "nous n'avons jamais reçu la facture", "pourriez-vous nous la renvoyer ?" (the negation is
# the request's own: no `unless`)
_DOC_FR = r"(?:facture|pdf|document|copie|pi[èe]ce jointe)"
INTENT_NOT_RECEIVED = (
    (3, (
        (r"\b(?:n'avons|n'ai|n'a|n'avions|n'avait)\s+(?:toujours\s+|jamais\s+|pas\s+|encore\s+)"
         r"{1,2}(?:reçu|recu|trouv[ée]|vu)\s+(?:\S+\s+){0,2}" + _DOC_FR),
        r"\b" + _DOC_FR + r"\b(?:\s+\S+){0,3}\s+(?:ne nous est|n'est) (?:jamais |pas )?(?:arriv[ée]e?|parvenue?)",
        (r"\b(?:nous|me|m')\s+(?:la|le|les|l')\s*(?:renvoyer|renvoyez|réexpédier|envoyer (?:à|a) "
         r"nouveau|envoyer de nouveau|transmettre (?:à|a) nouveau|transmettre de nouveau)\b"),
        r"\b(?:renvoyer|renvoyez|réexpédier)\s+(?:la|une|votre|cette)\s+(?:copie|facture)\b",
    )),
)

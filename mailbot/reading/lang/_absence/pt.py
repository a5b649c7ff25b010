"""Portuguese auto-reply wording (see _absence/__init__.py)."""

# generic nouns ("ausência") only as a prefix: "Ausência de pagamento" is a person's
AUTO_SUBJECT = (r"resposta autom[áa]tica|fora do escrit[óo]rio|^\s*(?:ausente|aus[êe]ncia)\s*:|"
                r"^\s*de f[ée]rias\b")
AUTO_BODY = (r"\b(?:estou|estarei|encontro-me|estaremos|estamos)\b[^.\n]{0,40}?(?:fora do "
             r"escrit[óo]rio|de f[ée]rias|ausentes?|em viagem|de licen[çc]a|sem acesso)|"
             r"\b(?:esta [ée] uma )?resposta autom[áa]tica|\bmensagem autom[áa]tica|"
             r"\b(?:o nosso |o )?escrit[óo]rio (?:est[áa]|estar[áa]) fechado")
ACK = (r"\brecebemos (?:a sua|sua|o seu|seu|a tua|o teu) (?:mensagem|e-?mail|solicita[çc][ãa]o|"
       r"pedido)|\b(?:a sua|sua|o seu|seu) (?:mensagem|e-?mail|solicita[çc][ãa]o|pedido) foi "
       r"recebid[oa]")
CHALLENGE = (r"\bconfirme que (?:voc[êe] )?[ée] (?:um remetente|uma pessoa)|\bverifica[çc][ãa]o do remetente"
             r"|\bn[ãa]o [ée] um rob[ôo]|\bsua mensagem foi retida")
PAYMENT_WORDS = (r"\b(?:pagamento\w*|pag[oa]s?|pagar|pagamos|paguei|pagaremos|pagarei|"
                 r"transfer[êe]ncia\w*|transferi\w*|quitad\w*)\b")
REDIRECT = (r"\b(?:contate|contacte|entre em conta(?:c)?to|escreva|dirija-se|fale com)\b")
FIRST_PERSON = r"\b(?:eu|n[óo]s)\b"
PAID_STATEMENT = r"\b(?:pagamos|paguei|transferimos|pagaremos|pagarei|foi pago|j[áa] pago)\b"
BACK = (r"\b(?:retorno|retornarei|regresso|regressarei|voltarei|estarei de volta|de volta|"
        r"estarei dispon[íi]vel)(?: ao (?:escrit[óo]rio|trabalho))?(?:\s*:)?"
        r"(?:\s+(?:em|no dia|a partir de|dia|na|no))*")
BACK_FROM = (r"\ba partir d[eo]\s+(?=(?:[^.]|(?<=\d)\.){3,50}?(?:retorn|volt|dispon|de volta))")
# "de 7 a 18 de dezembro", "do dia 7 ao dia 18": a range's first day as a number, so
# that the common "de ... a" is not taken for one
UNTIL = (r"\bat[ée](?: (?:o dia|dia|o|a))?\b|\b(?:de|do dia|desde o dia) \d{1,2}º?"
         r"(?: de [^\W\d_]+)? (?:a|ao dia|ao|at[ée])\b")
NEXT = r"pr[óo]xim[oa]|que vem"
NEXT_WEEK = r"(?:na )?pr[óo]xima semana|semana que vem"

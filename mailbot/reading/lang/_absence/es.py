"""Spanish auto-reply wording (see _absence/__init__.py)."""

# generic nouns ("ausencia") only as a prefix: "Ausencia de pago" is a person's
AUTO_SUBJECT = (r"respuesta autom[áa]tica|fuera de (?:la )?oficina|^\s*(?:ausente|ausencia)\s*:|"
                r"^\s*de vacaciones\b")
AUTO_BODY = (r"\b(?:estoy|estar[ée]|me encuentro|estaremos|estamos)\b[^.\n]{0,40}?(?:fuera de "
             r"(?:la )?oficina|de vacaciones|ausentes?|de viaje|de baja|de permiso|sin acceso)|"
             r"\b(?:esta es una )?respuesta autom[áa]tica|\bmensaje autom[áa]tico|\b(?:nuestra|"
             r"la) oficina (?:est[áa]|estar[áa]) cerrada")
ACK = (r"\bhemos recibido (?:su|tu) (?:mensaje|correo|e-?mail|solicitud|consulta)|\b(?:su|tu) "
       r"(?:mensaje|correo|solicitud|consulta) (?:ha sido|fue) recibid[oa]|\bacuse de recibo")
CHALLENGE = (r"\bconfirm[ae] que (?:usted )?es (?:un remitente|una persona)|\bverificaci[óo]n del remitente"
             r"|\bno (?:es|eres) un robot|\bsu mensaje (?:ha sido|fue) retenido")
PAYMENT_WORDS = (r"\b(?:pag(?:o|os|ar|ad[oa]s?|amos|u[ée]|ar[ée]|aremos|ue)|transferencia\w*|"
                 r"transferi\w*|abon(?:o|ad[oa]|amos|ar[ée])\w*)\b")
REDIRECT = (r"\b(?:contacte|contactar|escriba|escribe|dir[íi]jase|p[óo]ngase en contacto|"
            r"comun[íi]quese)\b")
FIRST_PERSON = r"\b(?:yo|nosotros|hemos|he)\b"
PAID_STATEMENT = (r"\b(?:pagad[oa]|pagamos|pagu[ée]|transferido|abonado|pagaremos|"
                  r"pagar[ée])\b")
BACK = (r"\b(?:regresar[ée]|volver[ée]|estar[ée] de (?:vuelta|regreso)|de vuelta|"
        r"me (?:re)?incorporar[ée]|estar[ée] disponible|vuelvo|regreso)(?: a la oficina)?"
        r"(?:\s+(?:el|a partir del|desde el|el d[íi]a))*")
BACK_FROM = (r"\b(?:a partir del?|desde el)\s+(?=(?:[^.]|(?<=\d)\.){3,50}?(?:estar[ée]|regres|"
             r"volver|disponible|de vuelta))")
# "del 1 al 11 de diciembre": a one-digit start too
UNTIL = r"\bhasta(?: el)?\b|\bdel [^\n]{1,30}? al\b"
NEXT = r"pr[óo]xim[oa]|que viene"
NEXT_WEEK = r"la (?:pr[óo]xima semana|semana que viene)"

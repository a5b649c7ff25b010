"""German words: dates, replies, auto-replies, bounces and receipts, invoices, payment
notices, subjects. See lang/__init__.py for what each name holds."""

MONTHS = {
    1: ("januar", "jänner", "jän", "jan"), 2: ("februar", "feber", "feb"),
    3: ("märz", "maerz", "mär", "mrz", "mar"), 4: ("april", "apr"), 5: ("mai",),
    6: ("juni", "jun"), 7: ("juli", "jul"), 8: ("august", "aug"),
    9: ("september", "sept", "sep"), 10: ("oktober", "okt"), 11: ("november", "nov"),
    12: ("dezember", "dez"),
}
AFTER_DAY_ONLY: tuple[str, ...] = ()
WEEKDAYS = {
    0: ("montag",), 1: ("dienstag",), 2: ("mittwoch",), 3: ("donnerstag",), 4: ("freitag",),
    5: ("samstag", "sonnabend"), 6: ("sonntag",),
}

ORDINAL = ""
DAY_OF = ""
DAY_WORDS: dict[str, int] = {}  # a day of the month written out (see en.py)
BEFORE_DAY = r"den"  # "Montag, den 7. Dezember"
YEAR_AFTER = ""
DATE_PREPOSITIONS = r"am|bis(?: zum)?|zum|vom|ab"
BARE_DAY = ((r"am\s+", r"\.(?!\s*\d)"),)  # "am 15."

TODAY = r"heute"
TOMORROW = r"(?<!guten )(?<!guten\s\s)morgen"  # "Guten Morgen" is no date
YESTERDAY = r"gestern"  # a day paid, in a paid claim (mailbot.reading.kinds.client_reply)
DAY_AFTER_TOMORROW = r"übermorgen"
MONTH_END = (r"(?:bis )?(?:zum )?(?:ende (?:des|dieses|diesen|vom) (?:laufenden )?monats?|"
             r"monatsende|ende monat)")
NEXT_MONTH_END = r"ende (?:des )?nächsten monats"
NEXT_MONTH_START = r"anfang (?:des )?(?:nächsten|kommenden) monats"
MID_THIS_MONTH = r"mitte (?:des )?monats"
NEXT_MONTH = r"(?:im )?(?:nächsten|kommenden) monat"
YEAR_END = r"jahresende|ende des jahres"
MID = r"mitte"
END_OF = r"(?:bis )?(?:zum )?ende"
START_OF = r"anfang"
NEXT_WEEK_OF = r"(?:der )?(?:nächste[nr]?|kommende[nr]?|folgende[nr]?) woche"
WEEK_AFTER_NEXT_OF = r"(?:in )?(?:der )?übernächste[nr]? woche"
NEXT_WEEK = r"(?:in der )?(?:nächste[nr]?|kommende[nr]?) woche"
# a calendar (ISO) week by its number ("in KW 50"): its last working day
CALENDAR_WEEK = r"kw\.?|kalenderwoche"
THIS_WEEK = (r"diese woche|(?:bis )?ende (?:der|dieser) woche|(?:in|im laufe) dieser woche|"
             r"bis zum wochenende")
# "in der Woche ab dem 30.11.": the week that day starts (promised by its last working day)
WEEK_OF = r"(?:in )?(?:der )?woche (?:ab|vom|beginnend)(?: dem| am)?"
ON_WEEKDAY = r"am"
WEEKDAY_OF_WEEK = ""
WEEKDAY_BEFORE = r"nächsten|kommenden|diesen|am|bis"
THIS_WEEKDAY_BEFORE = r"diesen"
WEEKDAY_AFTER = ""
THIS_WEEKDAY_AFTER = ""
IN = r"innerhalb(?: von)?(?: der nächsten)?|binnen|in den nächsten"
LATER = ""
BUSINESS_BEFORE = r"werk"
BUSINESS_AFTER = ""
UNIT_DAY = r"tagen?"
UNIT_WEEK = r"wochen?"
UNIT_MONTH = r"monat(?:e|en|s)?"
IN_A_WEEK = ""
IN_A_FORTNIGHT = ""
IN_A_MONTH = ""
NUMBER_WORDS = {
    "ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "eines": 1, "zwei": 2,
    "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "zwölf": 12, "vierzehn": 14, "paar": 2,
}

# ================================================================== a client's reply
# (see lang/__init__.py; placeholders: <doc> any language's DOCUMENTS, <not_money> none of
# any language's MONEY_WORDS, <tok> one word and its space)

DOCUMENTS = r"rechnung|faktura|anhang|dokument|kopie"
MONEY_WORDS = r"rechnung|betrag|forderung|summe"
MAIL_OBJECTION = (r"\b(?:widersprech\w*|widerspreche|widerspruch|einspruch)"
                  r"\s+(?:<not_money><tok>){0,6}?(?:nutzung|verwendung|verarbeitung|"
                  r"speicherung|zusendung|kontaktaufnahme|werbung|e-?mail|mails|adresse|daten)"
                  r"\w*|\b(?:nutzung|verwendung|verarbeitung|speicherung|zusendung)"
                  r"\s+(?:<not_money><tok>){0,6}?widersprech\w*")
NEGATION = r"\bnicht\b|\bnie\b|\bniemals\b|\bkein\w*"
# the client's own misfortune: "der Hagel hat unsere Fassade beschädigt" tells why it pays
# late, no complaint about what we supplied (its damage words are no dispute)
MISFORTUNE = (r"\b(?:hagel\w*|sturm\w*|unwetter\w*|hochwasser\w*|überschwemmung\w*|brand\w*|"
              r"blitz\w*|wasserschaden|starkregen)\b")
DAMAGE_WORDS = r"beschädig|schaden|kaputt|zerstört"
# "vorbehaltlich der Freigabe ... werden wir ... anweisen": a condition too
# ("wann", "when" asked, as "ob": "wir teilen Ihnen mit, wann wir zahlen" tells the day later)
CONDITIONAL = r"\b(?:falls|wenn|sobald|nachdem|sofern|ob|wann|vorbehaltlich)\b"
# ("geht doch nicht morgen raus", "kommt doch erst am Montag": the particle "doch" before a
# negation or a time word opens no clause of its own)
CLAUSE_BREAK = (r"\b(?:aber|jedoch|doch(?!\s+(?:nicht|nie|kein\w*|noch|schon|bereits|erst)\b)|"
                r"sondern|weil|denn)\b")
PROHIBITION = r"\b(?:nicht mehr|nie wieder|bitte nicht)"
NOT_YET_AFTER = r"noch nicht"
NOT_ASKED = (r"\b(?:nicht|nie|niemand) (?:\S+\s+){0,2}(?:gesagt|gebeten|verlangt|gewollt|"
             r"gewünscht|geschrieben|gemeint)\b|\bniemand\b")
# abbreviations a sentence goes on after ("bzw. eine korrigierte Rechnung"), without their
# last dot: one followed by a lower-case word ends no sentence
SENTENCE_ABBREVIATIONS = r"bzw|ggf|evtl|inkl|exkl|zzgl|usw|vgl|bspw|ca|z\.\s?b|d\.\s?h|u\.\s?a|u\.\s?u"
# asked to confirm, with a corrected invoice only as the other answer: "Könnten Sie uns das
# bestätigen bzw. eine korrigierte Rechnung senden?" (a question, not a complaint)
CONFIRM_OR = r"\bbestätigen\b\S*(?:\s+\S+){0,6}?\s+(?:bzw\.?|beziehungsweise|oder)(?=\s)"
PAYMENT_QUESTION = (r"\b(?:ist|sind|wurde|wurden) (?:unsere|die|meine|der|das) (?:zahlung|"
                    r"überweisung|betrag|geld) (?:\S+\s+){0,4}(?:eingegangen|angekommen|"
                    r"gutgeschrieben|verbucht)\b[^.!]*\?|\b(?:haben|hast) sie (?:\S+\s+)"
                    r"{0,3}(?:zahlung|überweisung|geld|betrag) (?:\S+\s+){0,3}(?:erhalten|"
                    r"bekommen|gesehen)\b[^.!]*\?")
PARTIAL_AMOUNT = r"\b(?:teil(?:betrag|beträge|zahlung|weise)?|hälfte|rest(?:betrag|lichen)?)\b"
PAST_PROMISE = r"\b(?:hatten|hatte|haben|habe)\b(?:\s+\S+){0,6}?\s+(?:zugesagt|versprochen)\b"
# the writer's own earlier message told again, right before the promise words: "gestern
# schrieb ich, dass wir am 27. zahlen" is that old promise ("wie geschrieben, zahlen wir" keeps it)
# (the writer's own: "der Chef hat gesagt, dass wir Freitag zahlen" relays a decision)
EARLIER_SAID = (r"(?:\b(?:ich|wir)\b(?:\s+\S+){0,4}?\s+(?:geschrieben|mitgeteilt)|\b(?:schrieb|"
                r"schrieben|teilte|teilten)\s+(?:ich|wir)\b(?:\s+\S+){0,3}?),?\s+dass"
                r"(?:\s+(?:wir|ich))?\s*$")
PROMISE_FAILED = (r"\bnicht (?:geklappt|funktioniert|geschafft|möglich gewesen)\b|"
                  r"\b(?:war|wäre) (?:\S+\s+)?nicht möglich\b|\bist (?:\S+\s+)?ausgefallen\b")
# der Zahltag wurde verschoben: nur ein danach genanntes Datum ist das zugesagte
RESCHEDULED = (r"\b(?:zahl\w*|überweisung\w*|termin\w*|zahltag|zahllauf|zahlungslauf|"
               r"auszahlung\w*)\s+(?:[^\s,;.!?]+\s+){0,4}?(?:verschoben|verlegt|verschiebt|verschieben|"
               r"umgeplant)\b|\b(?:verschoben|verlegt|verschieben|verschiebt)\s+(?:[^\s,;.!?]+\s+){0,2}?"
               r"(?:den |die |der |unseren? )?(?:zahl\w*|überweisung\w*|termin\w*)\b")
PAID_ANYWAY = r"\b(?:trotzdem|dennoch|trotz|gleichwohl|nichtsdestotrotz)\b"
# trying, not promising: "wir versuchen, bis zum 18.12. zu überweisen"
# "bitte sehen Sie bis dahin von Mahnungen ab": a pause until the promised day, not a stop
STOP_UNTIL_THEN = r"\bbis (?:dahin|zu diesem (?:tag|termin|zeitpunkt|datum)|zum zahlungstermin)\b"
# "Danke für die Gutschrift": an acknowledgement, its dispute words do not count
CREDIT_THANKS = (r"\b(?:danke|vielen dank|besten dank|herzlichen dank) für (?:die|ihre|diese) (?:\S+\s+)?"
                 r"gutschrift\b|\b(?:die|ihre) gutschrift (?:\S+\s+){0,2}(?:erhalten|bekommen)\b")
# eine Beanstandung, die einen früheren Zahlungsstopp erklärt und inzwischen behoben ist
# ("... stimmte nicht. Das ist inzwischen geklärt, wir überweisen am ..."): kein Streit mehr
DISPUTE_SETTLED = (r"\b(?:das|dies|es|alles|der fehler|die sache)\s+(?:ist|wurde|hat sich)\s+"
                   r"(?:\S+\s+){0,2}?(?:inzwischen|mittlerweile|jetzt|nun|zwischenzeitlich)\s+"
                   r"(?:\S+\s+)?(?:geklärt|behoben|korrigiert|bereinigt|erledigt)\b|"
                   r"\b(?:inzwischen|mittlerweile|zwischenzeitlich) (?:\S+\s+){0,3}?(?:geklärt|"
                   r"behoben|korrigiert|bereinigt)\b")
# eine Bedingung nach der Zusage: "wir zahlen am Freitag, sofern die Freigabe kommt"
# eine Frist ab heute ("innerhalb von 10 Tagen"): zugesagt bis zu ihrem letzten Werktag
WITHIN = r"innerhalb|binnen|in den nächsten"
# eine Bitte, dann die Zusage: "bitte schicken Sie die Rechnung mit Bestellnummer, dann zahlen wir"
REQUEST_THEN = r"^\W*(?:bitte|könnten sie|können sie|würden sie)\b[^.!?]*\b(?:und|dann)\b"
PROVISO = (r"\b(?:sofern|vorausgesetzt|unter (?:dem )?vorbehalt|unter der (?:voraussetzung|bedingung)|nur (?:wenn|falls|"
           r"sofern|nachdem|sobald))\b")
SOFT_PROMISE = (r"\b(?:versuche\w*|bemühe\w*|hoffe\w*|hoffentlich|möglichst|"
                # a day only estimated: "voraussichtlich bis zum 20.12.", "ungefähr Mitte Dezember"
                r"voraussichtlich|ungefähr|schätzungsweise|vorläufig)\b")
# ein verneintes Versprechen: "können wir nicht zusagen", "keine Zusage", "nicht versprechen"
# the verb of promising itself: with a negation anywhere in its stretch of the sentence
# (up to a "but" or a semicolon, across commas) the promise is denied: "Обещать, что
# заплатим до 10-го, не буду", "a date for it I can't promise"
PROMISE_VERB = r"\b(?:versprech\w*|versproch\w*|verspricht|zusag\w*|zusich\w*|garantier\w*)\b"
PROMISE_DENIED = (r"\b(?:nicht|keine?|nichts)\b(?:\s+\S+){0,3}?\s+(?:zusagen|versprechen|"
                  r"garantieren|zusichern|festlegen)\b|\bkeine (?:\S+\s+)?(?:zusage|garantie|"
                  r"versprechungen|versprechen|verbindliche\w*|festen? termin\w*)\b|"
                  r"\b(?:zusagen|versprechen|garantieren|zusichern|zusage|garantie)\b"
                  r"(?:\s+\S+){0,4}?\s+(?:kann|können|könnte|könnten|möchte|möchten|will|wollen)"
                  r"\s+(?:\S+\s+){0,6}?(?:nicht|keine?|nichts)\b")
# eine Verneinung nach dem Versprechen, im selben Satzteil: "überweisen bis Freitag können
# wir nicht", "Zahlung am Freitag ist nicht möglich", "... schaffen wir nicht"
NOTHING_PROMISED = (r"\b(?:versprechen|zusagen|garantieren) (?:\S+\s+){0,3}(?:ich|wir) "
                    r"(?:\S+\s+)?nichts\b|\b(?:ohne|keine) (?:gewähr|garantie|versprechen)\b|"
                    r"\bnichts (?:versprechen|zusagen|garantieren)\b")
DENIED_AFTER = (r"\b(?:kann|können|könnte|könnten|werden|wird|schaffen|schaffe|klappt|"
                r"geht|ist|wäre|sind)\s+(?:\S+\s+){0,2}(?:nicht|nie|kaum)\b|\bnicht möglich\b|"
                r"\bunmöglich\b|\bnicht machbar\b|"
                # the verb first, its negation after it: "zahlen wir (diesen Monat) nicht"
                r"^\s*(?:\S+\s+){0,3}?(?:nicht|nie|niemals|keinesfalls)\b(?!\s+(?:später|nach))")
LATEST = (r"\b(?:allerspätestens|spätestens|bis spätestens|aber spätestens)(?: aber| jedoch| dann)?"
          r"(?:\s+(?:am|bis|zum))?\s*$")
LATEST_AFTER = r"^\W{0,3}spätestens\b\s*(?:[.,;!?)]|$)"

# ---------------------------------------------------------------- quoted history
QUOTE_ON = r"am"
QUOTE_WROTE = r"schrieb"
# the writer's own words pointing to a message it forwards ("siehe unten", "zur Info", "leite weiter"): its words
# are read as the writer's (a colleague's approval, a decision) when it comes from the
# writer's own domain (mailbot.reading.kinds.client_reply)
FORWARD_POINTER = (r"siehe unten|s\. unten|unten (?:stehend|die|finden)|untenstehend|anbei zur info|"
                   r"zur info|zur kenntnis|leite (?:ich )?(?:ihnen )?weiter|weitergeleitet|"
                   r"(?:zahlungsavis|avis|überweisungsbeleg|zahlungsbestätigung) (?:siehe )?unten")
QUOTE_SEPARATOR = (r"original-nachricht|ursprüngliche nachricht|originalnachricht|"
                   r"weitergeleitete nachricht")
QUOTE_FROM = r"von"
QUOTE_HEADERS = r"gesendet|datum|an|betreff"

# ------------------------------------------------------ a reply's own words and topic
GREETING = r"hallo|guten (?:tag|morgen|abend)|sehr geehrte|liebe|lieber|moin|servus"
CLOSING = (r"(?:vielen )?dank(?:e)? im voraus|mit (?:den )?(?:freundlichen|besten|herzlichen|"
           r"lieben) grü(?:ß|ss)en|mit freundlichem gruß|mfg|lg|vg|(?:freundliche|viele|beste|"
           r"liebe|herzliche|schöne) grü(?:ß|ss)e|grü(?:ß|ss)e|gruß|gruss|vielen dank|"
           r"danke(?: schön| sehr)?")
THANKS = r"danke|vielen dank"
SENT_FROM = r"gesendet (?:von|mit) (?:meinem|mein|der)|von meinem [^\s,]+ gesendet"
BOT_PHRASES = (r"(?:falls|wenn|sofern) sie [^.!?\n]{0,40}(?:bereits|schon)"
               r" [^.!?\n]{0,40}(?:bezahlt|überwiesen|beglichen|gezahlt|angewiesen|veranlasst)|"
               r"betrachten sie diese[^.!?\n]{0,30}als gegenstandslos")
REPLY_TOPIC = r"\b(?:rechnung|zahlung|bezahl\w*|überweis\w*|mahnung|zahlungserinnerung|betrag)"
SHORT_FILLER = r"\b(?:hallo|ja|danke|vielen dank|jetzt)\b"
# "erledigt", "ist bezahlt", "überwiesen", "schon bezahlt"
# "ist angekommen, danke", "Rechnung erhalten" (und "geht in den normalen Zahlungslauf")
SHORT_RECEIVED = (r"(?:(?:sie|die rechnung|rechnung|es)\s+)?(?:ist|sind)\s+(?:gut\s+)?(?:bei uns\s+)?"
                  r"angekommen|(?:(?:wir haben|ich habe|haben|habe)\s+)?(?:(?:sie|die rechnung|rechnung|es)\s+)?"
                  r"(?:gut\s+)?(?:erhalten|bekommen)|angekommen|(?:(?:sie|die rechnung|es)\s+)?geht\s+"
                  r"(?:dann\s+)?(?:in|mit)\s+(?:den|dem|unseren|unserem)\s+(?:normalen|regulären|"
                  r"üblichen)\s+zahl(?:ungs)?lauf")
SHORT_PAID = (r"(?:(?:ist|wurde|alles|schon|bereits|rechnung|zahlung|betrag|haben|habe|wir|ich)"
              r"\s+){0,3}(?:erledigt|bezahlt|überwiesen|gezahlt|beglichen|angewiesen)"
              r"(?:\s+(?:heute|gestern))?")

# ------------------------------------------------------------------ intents
# (weight, pattern[, negatable[, needs[, unless]]]) for each intent
INTENT_PAID_CLAIM = (
    (2, (r"\b(?:bereits|schon)\s+(?:\w+\s+){0,3}(?:bezahlt|beglichen|überwiesen|"
        r"gezahlt|angewiesen|ausgeglichen|geleistet)\b"), True),
    # (not across a future "wird": "ist freigegeben und wird nächste Woche angewiesen")
    (2, (r"\b(?:haben|habe|hatten|hat|wurde|wurden|ist|sind|war)\s+(?:(?!wird\s|werden\s)\S+\s+)"
        r"{0,6}(?:bezahlt|beglichen|überwiesen|gezahlt|angewiesen|ausgeglichen)\b"), True),
    (2, (r"\b(?:zahlung|überweisung|betrag|rate|geld|summe)\s+(?:\S+\s+){0,5}(?:ist|wurde|wurden)"
        r"\s+(?:\S+\s+){0,3}(?:erfolgt|veranlasst|ausgeführt|getätigt|unterwegs|raus|"
        r"eingegangen)\b"), True, None,
     # "... wurde freigegeben und erfolgt am kommenden Donnerstag": a date ahead, a promise
     (r"\berfolgt\s+(?:erst\s+)?(?:am|bis|zum|morgen|übermorgen|nächste\w*|kommende\w*|"
      r"diese\w*|anfang|ende|spätestens|in\s+\d)\b")),
    (2, r"\b(?:zahlungs|überweisungs)(?:bestätigung|beleg|nachweis)\b"),
    # "gestern überwiesen", "der Betrag ging am Freitag raus"
    (2, (
        (r"\b(?:gestern|heute|vorgestern|heute morgen|letzte woche|letzten \w+)\s+(?:\S+\s+)"
         r"{0,2}(?:überwiesen|bezahlt|gezahlt|beglichen|angewiesen)\b"),
        r"\bging(?:en)?\s+(?:\S+\s+){0,6}(?:raus|hinaus|heraus)\b",
        r"\b(?:ist|sind)\s+(?:\S+\s+){0,4}(?:rausgegangen|hinausgegangen|abgegangen)\b",
    ), True, r"betrag|zahlung|überweis|geld|rechnung|erledigt|summe"),
    # typed on a phone, the subject left out: "Ist gestern raus.", "ist heute früh raus" (not
    # asked: "ist schon raus?"; "ist noch nicht raus" names no such day)
    (2, (r"^\W*(?:ist|sind)\s+(?:(?:heute|gestern|vorgestern|schon|bereits|grad|gerade|eben|"
         r"soeben|vorhin|jetzt|früh|heute morgen)\s+){0,2}raus\b"), True, None, r"\?"),
    # "hab's grad überwiesen"
    (2, (
        (r"\b(?:hab|hab's|habs)\s+(?:\S+\s+){0,3}(?:bezahlt|überwiesen|gezahlt|beglichen|"
        r"angewiesen)\b"),
        (r"\b(?:grad|gerade|eben|soeben)\s+(?:\S+\s+)?(?:bezahlt|überwiesen|gezahlt|"
        r"beglichen|angewiesen)\b"),
    ), True),
    # the verb at the end of a long German sentence: "wir haben die Rechnung RE-1 am 30.11.
    # unter Abzug von 2 % Skonto mit 4.664,80 € beglichen" (not "... wird beglichen")
    (2, (r"\b(?:wir|ich)\s+(?:haben|habe|hatten|hatte)\s+(?:\S+\s+){7,14}?(?:bezahlt|beglichen|"
         r"überwiesen|gezahlt|angewiesen|ausgeglichen)\b"), True, None,
     r"\b(?:wird|werden|werde|würden)\b"),
    # the same with the subject after the verb: "die Rechnung haben wir am 30.11. in voller
    # Höhe (6.188,00 EUR) überwiesen", "den Betrag hat unsere Buchhaltung ... beglichen"
    (2, (r"(?<!wir )(?<!ich )\b(?:haben|habe|hat|hatten|hatte)\s+(?:\S+\s+){7,14}?(?:bezahlt|"
         r"beglichen|überwiesen|gezahlt|angewiesen|ausgeglichen)\b"), True, None,
     r"\b(?:wird|werden|werde|würden)\b"),
)
INTENT_PROMISE = (
    (2, (r"\b(?:werden|werde|wird)\s+(?:\S+\s+){0,8}(?:zahlen|bezahlen|begleichen|"
        r"überweisen|anweisen|ausgleichen|bezahlt|beglichen|überwiesen|angewiesen|"
        r"erfolgen|veranlassen)\b"), True),
    (1, (r"\b(?:wir|ich)\s+(?:\S+\s+){0,1}(?:zahlen|bezahlen|begleichen|überweisen|"
        r"veranlassen)\b"), True),
    (1, r"\b(?:zahlen|bezahlen|begleichen|überweisen|veranlassen)\s+(?:wir|ich)\b", True),
    # "überweise ich morgen früh", "zahl ich am Freitag" (the first person, as typed on a phone)
    (1, r"\b(?:zahle?|bezahle?|begleiche|überweise|überweis|veranlasse)\s+ich\b", True),
    # "die Zahlung für RE-1 erfolgt bis 15.12." (not "ist erfolgt": paid)
    (1, (r"\b(?:zahlung|überweisung)\s+(?:(?!ist\b|sind\b|wurde\b|war\b)\S+\s+){0,3}?"
         r"(?:erfolgt|geht|folgt)\b(?!\s+(?:ist|sind|war)\b)"), True),
    (2, (r"\b(?:zahlung|überweisung|betrag)\s+(?:\S+\s+){0,3}wird\s+(?:\S+\s+)"
        r"{0,4}(?:ausgeführt|veranlasst|angewiesen|überwiesen|erfolgen|eingehen)\b"), True),
    (2, (r"\b(?:erhalten sie|bekommen sie)\s+(?:\S+\s+){0,3}(?:zahlung|geld|betrag|"
        r"überweisung)\b")),
    # "überweisen aber am 15.12.", "zahlen dann bis Freitag", "Zahle morgen." (on a phone)
    (2, (r"\b(?:überweisen|zahlen|bezahlen|begleichen|anweisen|überweise|zahle|bezahle|"
         r"begleiche)\s+(?:\S+\s+){0,2}"
         r"(?:am|bis|zum|spätestens|ende|anfang|nächste\w*|diese\w*|morgen|übermorgen|heute|"
         r"montag|dienstag|mittwoch|donnerstag|freitag)\b"), True),
    # "Die Überweisung ist für den 12.12. eingeplant"
    (2, (
        r"\beingeplant\b",
        r"\beingetaktet\b",
        r"\bvorgemerkt\b",
        r"\bterminiert\b",
        r"\bangesetzt\b",
        r"\bdisponiert\b",
    ), True, r"zahlung|überweis|betrag|rechnung|zahllauf"),
    # "Zahlung kommt bis Mittwoch"
    (2, (r"\b(?:zahlung|überweisung|geld|betrag)\s+(?:\S+\s+)?(?:kommt|folgt|geht)\s+(?:\S+\s+)"
         r"?(?:bis|am|spätestens|nächste\w*|diese\w*|morgen|übermorgen|anfang|ende|zum)\b"), True),
    # "Dann geht der Betrag raus", "unser Zahllauf ist erst am 15. Dezember"
    (2, (
        # (not "geht doch nicht morgen raus": a negation among the words between undoes it)
        (r"\b(?:geht|gehen)\s+(?:die|der|das)\s+(?:zahlung|überweisung|betrag|geld|rest\w*)\s+"
         r"(?:(?!(?:nicht|nie|kein\w*)\s)\S+\s+){0,2}raus\b"),
        (r"\b(?:zahlung|überweisung|betrag|geld)\s+(?:\S+\s+){0,2}(?:geht|gehen)\s+"
         r"(?:(?!(?:nicht|nie|kein\w*)\s)\S+\s+){0,3}raus\b"),
        (r"\bzahllauf\s+(?:\S+\s+){0,2}(?:ist|läuft|kommt|findet)\s+(?:\S+\s+){0,2}(?:am|erst|"
         r"nächste\w*|diese\w*|ende|anfang)\b"),
    ), True),
    # "die Zahlung erfolgt am kommenden Donnerstag", "Zahlen werden wir Ende Dezember",
    # "geht morgen raus"
    (2, (
        (r"\b(?:zahlung|überweisung|betrag)\s+(?:\S+\s+){0,4}erfolgt\s+(?:erst\s+)?(?:am|bis|"
         r"zum|morgen|übermorgen|nächste\w*|kommende\w*|diese\w*|anfang|ende|spätestens)\b"),
        r"\b(?:zahlen|bezahlen|überweisen|begleichen)\s+werden\s+(?:wir|ich)\b",
        (r"\bgeht\s+(?:sie\s+|es\s+|das\s+|der\s+betrag\s+|die\s+zahlung\s+)?(?:morgen|"
         r"übermorgen|heute|am\s+\S+|nächste\w*\s+\S+|kommende\w*\s+\S+|diese\w*\s+\S+)"
         r"\s+raus\b"),
    ), True, None, r"lieferung|ware|paket|sendung|bestellung|unterlagen|vertrag|brief"),
    # the plan said with "zu": "wir planen, den Betrag bis Freitag zu überweisen", "wir
    # versuchen, bis zum 18.12. zu zahlen" (trying: SOFT_PROMISE leaves it to a person)
    (2, (r"\b(?:planen|plane|beabsichtigen|beabsichtige|versuchen|versuche|bemühen|haben vor|"
         r"hoffen|gedenken)\b\W*(?:\S+\s+){0,8}?zu\s+(?:überweisen|zahlen|bezahlen|begleichen)\b"),
     True),
    # "geht mit dem nächsten Zahllauf raus", "ich sage Ihnen die Zahlung binnen 14 Tagen zu",
    # "die Vorauszahlung machen wir Mitte nächster Woche", "wir leisten die Zahlung am 10.12."
    (2, (
        r"\b(?:geht|gehen|kommt|kommen)\s+(?:\S+\s+)?mit\s+(?:\S+\s+){0,2}zahllauf\b",
        # "die Rechnung ist jetzt für den Zahllauf am 04.12. vorgesehen"
        (r"\b(?:für|in|im|mit)\s+(?:den|dem|unseren|unserem)?\s*(?:\S+\s+)?(?:zahl|zahlungs|über"
         r"weisungs)lauf\b[^;!?]{0,30}?\b(?:vorgesehen|eingeplant|eingestellt|terminiert|angesetzt)\b"),
        (r"\b(?:sage|sagen)\s+(?:ihnen\s+|dir\s+|euch\s+)?(?:\S+\s+){0,2}(?:\w*zahlung|"
         r"überweisung|ausgleich|begleichung)\b(?:\s+\S+){0,6}\s+zu\b"),
        (r"\b\w*(?:zahlung|überweisung)\s+(?:machen|tätigen|leisten|veranlassen|vornehmen|"
         r"durchführen)\s+(?:wir|ich)\b"),
        (r"\b(?:(?:machen|tätigen|leisten|vornehmen|veranlassen)\s+(?:wir|ich)|(?:wir|ich)\s+"
         r"(?:machen|tätigen|leisten|vornehmen|veranlassen))\s+(?:die|den|unsere)\s+"
         r"\w*(?:zahlung|überweisung|ausgleich)\b"),
    ), True),
    # the transfer carried out: "wir werden die Zahlung am 15.12. ausführen", "führen wir die
    # Überweisung am Freitag aus"
    (2, (
        (r"\b(?:werde|werden|wird)\s+(?:\S+\s+){0,3}?\w*(?:zahlung|überweisung)\s+(?:\S+\s+){0,5}?"
         r"(?:ausführen|durchführen)\b"),
        (r"\bführen\s+(?:wir|ich)\s+(?:die|den|unsere)\s+\w*(?:zahlung|überweisung)\s+"
         r"(?:\S+\s+){0,5}?aus\b"),
    ), True),
    # ... as a request's consequence: "bitte um Freigabe, dann würde ich die Zahlung am Freitag
    # ausführen" (counted only after a request or a condition that opens the sentence: a
    # promise on it, its day for a person to confirm)
    (2, (r"\b(?:würde|würden)\s+(?:ich|wir)\s+(?:\S+\s+){0,2}?\w*(?:zahlung|überweisung|betrag|"
         r"rechnung)\s+(?:\S+\s+){0,5}?(?:ausführen|durchführen|überweisen|anweisen|bezahlen|"
         r"begleichen|freigeben|veranlassen)\b"), True,
     (r"^\W*(?:(?:bitte|könnten sie|können sie|würden sie)\b[^.!?]*\bdann\b|(?:falls|wenn|sobald|"
      r"nachdem|sofern|vorbehaltlich)\b)")),
    # the participle before "werden", as a "dass" clause or a relayed plan has it: "dass die
    # Rechnungen bis Ende des Monats überwiesen werden", "soll am Freitag angewiesen werden"
    # (not what must still be done: "müssen noch überwiesen werden")
    (2, r"\b(?:bezahlt|beglichen|überwiesen|angewiesen|ausgeglichen)\s+(?:werden|wird)\b", True,
     None, r"\b(?:müssen|muss|müsste|müssten|sollte|sollten)\b"),
    # ("dass die Überweisung spätestens am 16.12. veranlasst wird": the transfer made then)
    (2, r"\b(?:zahlung|überweisung)\s+(?:\S+\s+){0,6}(?:veranlasst|ausgeführt)\s+(?:werden|wird)\b", True,
     None, r"\b(?:müssen|muss|müsste|müssten|sollte|sollten)\b"),
)
INTENT_DISPUTE = (
    (2, (
        r"\bunvollständig\w*\b",
        r"\bfehlende[nr]? (?:teile|positionen|ware|artikel|lieferung)\b",
        r"\bzu wenig geliefert\b",
        r"\bfehlmenge\b",
        r"\bnur \d+ (?:stück |teile |einheiten )?(?:geliefert|erhalten|bekommen)\b",
        r"\bnoch nicht geliefert\b",
        r"\bentspr\w+ nicht\b",
        r"\bweich\w* (?:\S+\s+){0,4}ab\b",
        r"\babweich\w+\b",
        r"\b\w+abweichung\w*\b",  # "Farbabweichung", "Mengenabweichung"
        r"\bnicht zufrieden\b",
        # die Leistung ist nicht abgenommen: "noch nicht abgenommen", "Abnahme ist nicht erfolgt"
        r"\b(?:noch |bisher )?nicht abgenommen\b",
        r"\babnahme\b(?:\s+\S+){0,4}?\s+(?:noch |bisher )?nicht (?:erfolgt|erteilt|stattgefunden)\b",
        r"\bkeine abnahme\b",
    )),
    (2, r"\b(?:korrigierte|berichtigte|neue korrekte|korrekte) rechnung\b"),
    (2, (r"\b(?:rechnung|betrag|preis|summe|menge|stundenzahl|abrechnung|position)"
        r"\s+(?:\S+\s+){0,3}(?:ist|sind|scheint|erscheint|war)\s+(?:\S+\s+)"
        r"{0,2}(?:falsch|nicht korrekt|nicht richtig|zu hoch|fehlerhaft|überhöht)\b")),
    (2, (
        r"\b(?:stimmt|stimmen) (?:\S+\s+){0,3}nicht\b",
        r"\bwiderspr\w+\b",
        r"\bwiderspruch\b",
        r"\beinspruch\b",
        r"\breklamation\b",
        r"\breklamier\w+\b",
        r"\bbeanstand\w+\b",
        r"\bbestreiten\b",
        r"\bstrittig\b",
        r"\bnicht bestellt\b",
        r"\bnicht vereinbart\b",
        r"\bnicht geliefert\b",
        r"\bnicht erbracht\b",
        r"\bnicht vollständig (?:geliefert|erbracht)\b",
        r"\bmangelhaft\b",
        r"\bbeschädigt\b",
        r"\bdefekt\b",
        r"\bdoppelt (?:berechnet|abgerechnet|in rechnung gestellt)\b",
        r"\bgutschrift\b",
        r"\bfalsch berechnet\b",
        r"\bzu viel berechnet\b",
    )),
    (1, (
        r"\bfalsch\b",
        r"\bfehler\b",
        r"\bfehlerhaft\b",
        r"\bnicht einverstanden\b",
        r"\bnicht akzeptieren\b",
    )),
    # what was charged is not what was bought: "storniert", "passt nicht zu"
    (2, (
        r"\bstorniert\b",
        r"\bgekündigt\b",
        r"\bpasst nicht zu\b",
        r"\bnicht (?:zu )?(?:unserer|der) bestellung\b",
        r"\blaut (?:angebot|vertrag|bestellung) (?:\S+\s+){0,4}(?:nur|lediglich)\b",
    )),
    # "mit dem Rechnungsbetrag nicht einverstanden", "nicht nachvollziehen"
    (2, (
        (r"\bmit (?:dem|der|den) (?:\S+\s+)?(?:rechnungsbetrag|betrag|rechnung|summe|preis|"
         r"abrechnung|stunden\w*|position\w*|berechnung)\w* (?:\S+\s+){0,3}nicht einverstanden\b"),
        r"\bnicht einverstanden mit\b",
        r"\bnicht (?:nachvollziehen|nachvollziehbar)\b",
        r"\bvereinbart (?:war|waren|hatten|haben|wurde|wurden)\b",
    )),
    # "Leistungen, die wir nie beauftragt haben"
    (2, r"\b(?:nie|niemals|nicht) (?:\S+\s+)?(?:beauftragt|bestellt|angefordert|abgerufen)\b"),
    # payment withheld until something is put right: "Solange das nicht geklärt ist, zahlen
    # wir nicht", "wir halten die Zahlung zurück"
    (2, (
        (r"\bsolange\b[^.]{0,60}\b(?:zahlen|bezahlen|überweisen|begleichen)\s+(?:wir|ich)\s+"
         r"(?:\S+\s+)?nicht\b"),
        (r"\b(?:zahlen|bezahlen|überweisen|begleichen)\s+(?:wir|ich)\s+(?:\S+\s+)?(?:nicht|nichts)"
         r"\b[^.]{0,20}\b(?:solange|bevor|bis)\b"),
        (r"\b(?:zahlung|rechnung)\s+(?:\S+\s+){0,2}(?:zurückgehalten|zurückbehalten|zurückgestellt|"
         r"angehalten)\b"),
        r"\b(?:halten|behalten)\s+(?:\S+\s+){0,2}(?:zahlung|betrag)\s+(?:\S+\s+)?zurück\b",
        r"\bzurückbehaltungsrecht\b",
    )),
    # the goods are wrong: "in der falschen Farbe gekommen", "zwei Beine waren gebrochen"
    (2, (
        r"\bfalsche[nr]? (?:farbe|größe|ausführung|ware|artikel|modell|menge|lieferung)\b",
        r"\b(?:gebrochen|zerbrochen|kaputt)\b",
    )),
    # "Können Sie die Rechnung bitte korrigieren" beside a promise: a person reads it
    (1, r"\b(?:rechnung|faktura)\s+(?:\S+\s+){0,2}(?:korrigieren|berichtigen)\b"),
    # die Rechnung, so wie sie ist, wird nicht bezahlt: "so zahlen wir die Rechnung nicht"
    (2, (r"\b(?:zahlen|bezahlen|begleichen|überweisen)\s+wir\s+(?:[^\s,;.!?]+\s+){0,3}?(?:so|in "
         r"dieser form|in diesem zustand|vor (?:der |einer )?(?:korrektur|berichtigung|nachbesserung))"
         r"\s+nicht\b|\bso (?:zahlen|bezahlen|begleichen) wir (?:[^\s,;.!?]+\s+){0,2}?nicht\b")),
    # ein Teil einbehalten ("375 € als Sicherheitseinbehalt zurückbehalten"; keine Steuer), die
    # Rechnung neu auszustellen, verrechnet
    (2, r"\b(?:einbehalten|zurückbehalten|zurückgehalten|\w*einbehalt\w*)\b", "neg", r"\d|%",
     r"steuer|\bpph\b|\b(?:hatten|hatte)\b"),
    # (neu ausgestellt, um sie zu berichtigen; nur mit einer neuen Bestellnummer ist sie eine
    # Änderung, keine Beanstandung: "bitte mit unserer Bestellnummer neu ausstellen")
    (2, (r"\b(?:neu|erneut) aus(?:stellen|zustellen)\b",
         r"\bstellen sie (?:[^\s,;.!?]+\s+){0,3}(?:neu|erneut) aus\b"), "neg",
     r"korrig|berichtig|falsch|fehlerhaft|irrtümlich|zu (?:viel|hoch)|storn|gutschrift|doppelt"),
    (2, (r"\bkorrigiert aus(?:stellen|zustellen)\b",
         r"\bstellen sie (?:[^\s,;.!?]+\s+){0,3}korrigiert aus\b",
         r"\bkorrigierte rechnung\b",
         # (not a bank charging its own fees: "unsere Hausbank verrechnet Spesen")
         r"(?<!bank )(?<!hausbank )(?<!sparkasse )\bverrechnet\b(?!\s+(?:\S+\s+){0,3}(?:spesen|gebühren|entgelte?)\b)",
         r"\bfalsch berechnet\b",
         r"\bzu viel berechnet\b"), "neg"),
    # the invoice refused as it stands, or asked to be cancelled: "die Rechnung werden wir so
    # nicht begleichen", "wir bitten um Stornierung der Rechnung", "stornieren Sie die Rechnung"
    (2, (
        (r"\b(?:werden|würden|können|wollen|möchten)\s+wir\s+(?:[^\s,;.!?]+\s+){0,3}?(?:so|in "
         r"dieser form|in dieser höhe|in diesem umfang)\s+nicht\s+(?:\S+\s+)?(?:zahlen|bezahlen|"
         r"begleichen|überweisen|akzeptieren|anerkennen)\b"),
        (r"\b(?:akzeptieren|anerkennen|bezahlen|zahlen|begleichen)\s+wir\s+(?:[^\s,;.!?]+\s+){0,2}?"
         r"(?:so|in dieser form|in dieser höhe)\s+nicht\b"),
        r"\bstornierung (?:der|dieser|ihrer|unserer) (?:\S+\s+)?rechnung\b",
        r"\brechnung\w* (?:\S+\s+){0,3}(?:zu )?stornieren\b",
        r"\bstornieren sie (?:\S+\s+){0,3}rechnung\b",
    )),    # a refusal of one invoice, its reason after it: "RE-2 zahlen wir vorerst nicht. Der Speicher
    # ist nicht geliefert", "diese Rechnung bezahlen wir nicht, weil ..." (not a day put off:
    # "heute zahlen wir nicht, sondern am Freitag"); a clear dispute by itself
    (3, (r"\b(?:zahlen|bezahlen|begleichen|überweisen)\s+wir\s+(?:(?:vorerst|vorläufig|derzeit|"
         r"zunächst|bis auf weiteres|erst einmal|erstmal|also)\s+)?nicht\s*(?:[.:;!]|,\s*(?:weil|da|"
         r"denn)\b|$)"), "", None,
     r"\b(?:sondern|erst|später|nächste\w*|morgen|heute|noch nicht)\b"),
    # a part or the whole kept back until defects are put right: "Bis zur Beseitigung der
    # Mängel behalten wir den Abschlag ein", "wir halten die Rate bis zur Nachbesserung zurück";
    # or for a reason given: "den Restbetrag behalten wir wegen der Farbabweichung ein" (not a
    # copy kept "für unsere Unterlagen", nor a tax)
    (2, (r"\b(?:(?:behalten|halten)\s+(?:wir|ich)|(?:wir|ich)\s+(?:behalten|halten))\s+"
         r"(?:\S+\s+){0,10}?(?:ein|zurück)\b"), "neg",
     (r"mängel|mangel|beseitigung|nachbesserung|behoben|reklamation|abnahme|\bwegen\b|"
      r"\baufgrund\b|\binfolge\b|abweichung|beschädig|verspät|\bbis wir uns\b"), r"steuer|skonto"),
    (1, r"\b(?:mängel|mängelliste|mängelprotokoll|mängelrüge|mängelanzeige)\b", "neg"),
)
INTENT_PLAN_REQUEST = (
    (2, (
        r"\bstundung\b",
        r"\baufschub\b",
        r"\bzahlungsaufschub\b",
        r"\bmehr zeit\b",
        r"\b(?:zahlungs)?ziel\w* (?:\S+\s+){0,2}verlänger\w*\b",
        (r"\b(?:auf|über) (?:zwei|drei|vier|mehrere|\d+) monate (?:verteilen|aufteilen|strecken)"
         r"\b"),
    ), "neg"),
    (2, (
        r"\bratenzahlung\w*\b",
        r"\bin raten\b",
        r"\braten(?:plan|vereinbarung)\b",
        r"\bin (?:zwei|drei|vier|mehreren|\d+) (?:teilen|raten|teilbeträgen|tranchen)\b",
        r"\bzahlungsplan\b",
        r"\bauf(?:zu)?teilen\b",
    ), "neg"),
    # asking to pay in parts, not a part already paid ("eine Teilzahlung haben wir bereits
    # geleistet", "die 3.000 € im Oktober waren eine Abschlagszahlung")
    (2, (
        r"\bteilzahlung\w*\b",
        r"\babschlagszahlung\w*\b",
    ), "neg", None, (r"\b(?:bereits|schon|war|waren)\b|\b(?:geleistet|getätigt|erhalten)\b|\b(?:haben|"
                     r"hatten|habe|wurde|wurden)\b(?:\s+\S+){0,6}\s+(?:überwiesen|bezahlt|gezahlt)\b")),
    # "in drei Monatsraten", "abstottern", "in Monatsraten abbezahlen"
    (2, (
        r"\b(?:monats|wochen|quartals)raten\b",
        r"\bin (?:\S+\s+)?raten\b",
        r"\babstottern\b",
        (r"\b(?:verteilen|aufteilen|strecken) (?:\S+\s+){0,2}(?:auf|über) (?:\S+\s+)?(?:monate|"
         r"wochen|raten|zahlungen)\b"),
    ), "neg"),
    # "Verlängerung des Zahlungsziels", "Fristverlängerung"
    (2, (
        r"\bverlängerung (?:\S+\s+){0,2}(?:zahlungsziel|frist|zahlungsfrist)\w*",
        r"\b(?:zahlungsziel|zahlungsfrist)\w* (?:\S+\s+){0,3}(?:verlängern|verschieben|strecken)\b",
        r"\bfristverlängerung\b",
    ), "neg"),
)
INTENT_NOT_RECEIVED = (
    # "bei uns ist nix angekommen, weder per Mail noch per Post"
    (3, r"\b(?:nichts|nix)\s+(?:\S+\s+){0,2}(?:angekommen|eingegangen|erhalten|bekommen)\b"),
    (2, (r"\b(?:senden|schicken|mailen) sie (?:uns|mir) (?:\S+\s+){0,2}(?:eine )"
        r"?(?:kopie|die rechnung|die rechnung erneut)\b")),
    (3, (r"\b<doc>\s+(?:\S+\s+){0,5}(?:nicht|nie|noch nicht)\s+(?:\S+\s+)?(?:erhalten|"
        r"bekommen|angekommen|zugegangen|eingegangen|vor|vorliegen|öffnen|gefunden|"
        r"finden|zugestellt)\b")),
    (3, (
        (r"\b(?:keine|keinen) (?:rechnung|anhang|kopie|e-mail mit der rechnung) (?:\S+\s+){0,3}(?"
         r":erhalten|bekommen|gefunden)\b"),
        r"\b(?:liegt|lag) (?:uns |mir )?(?:\S+\s+){0,2}nicht vor\b",
    )),
    (3, (r"\b(?:erneut|nochmals|noch einmal|nochmal|noch mal|bitte neu)\s+(?:\S+\s+)"
        r"{0,4}(?:senden|zusenden|schicken|zuschicken|übermitteln|zukommen lassen)\b"), "proh",
     # (bank details sent again are a request for payment details)
     None, r"\b(?:iban|bic|swift|bankverbindung|kontoverbindung|kontodaten|bankdaten|kontonummer)\b"),
    (2, (
        r"\banhang fehlt\b",
        r"\bohne anhang\b",
        r"\bkein anhang\b",
        r"\blässt sich nicht öffnen\b",
        r"\bfinden? (?:sie|die rechnung|ihre rechnung) nicht\b",
    )),
    # ein Liefernachweis erbeten: "schicken Sie mir bitte noch den Lieferschein"
    (2, (r"\b(?:senden|schicken|mailen|übermitteln|zusenden) sie (?:uns |mir )?(?:\S+\s+){0,3}"
         r"(?:den|die|das|einen|eine) (?:\S+\s+)?(?:lieferschein|liefernachweis|leistungsnachweis|"
         r"abliefernachweis|stundennachweis|frachtbrief)\w*"), True),
)
INTENT_PAYMENT_DETAILS = (
    (2, (
        (r"\b(?:bankverbindung|kontoverbindung|kontodaten|bankdaten|iban|kontonummer|zahlungsinfo"
         r"rmationen|zahlungsdetails|zahlungslink|zahlungsmöglichkeit\w*)\b.{0,80}(?:\?|mitteilen"
         r"|\bmit\b|senden|schicken|nennen|angeben|übermitteln|zusenden|zukommen|nennen|geben|bes"
         r"tätigen|benötigen|brauchen)"),
        (r"\b(?:wohin|auf welches konto|wie) (?:sollen|können|dürfen) wir\b(?:\s+\S+){0,4}\s+(?:z"
         r"ahlen|überweisen|bezahlen)\b"),
        (r"\b(?:nennen|senden|schicken|geben|teilen|übermitteln) sie (?:uns|mir) (?:\S+\s+){0,3}("
         r"?:bankverbindung|kontoverbindung|iban|bankdaten|kontodaten|kontonummer)\b"),
        (r"\b(?:benötigen|brauchen|bitten um) (?:\S+\s+){0,3}(?:bankverbindung|kontoverbindung|ib"
         r"an|bankdaten|kontodaten)\b"),
    )),
    (1, (
        r"\bbankverbindung\b",
        r"\bkontoverbindung\b",
        r"\bbankdaten\b",
        r"\bkontodaten\b",
    )),
    (2, (
        r"\b(?:per|mit|über|via) (?:paypal|kreditkarte|karte|lastschrift|sepa)\b.{0,40}\?",
        r"\bmöglichkeit\w*,? (?:\S+\s+){0,3}zu (?:be)?zahlen\b.{0,20}\?",
    )),
)
# a table of phrases, any of which is a stop; a negation right before it or a denied
# request before it
# ("Ich habe nicht gesagt, dass ...") undoes it
# what a stop request asks to end: mails, reminders (also compounds: "Erinnerungsmails")
_MAILS = (r"\w*(?:e-?mails?|mails?|mahnungen|erinnerungen|nachrichten|schreiben|zusendungen|"
          r"benachrichtigungen|newsletter|rundschreiben)")
INTENT_STOP = (
    (3, (
        (r"\bnicht mehr (?:\S+\s+){0,2}(?:kontaktieren|anschreiben|schreiben|belästigen|"
         r"mahnen|anrufen|anmailen|mailen)\b"),
        # "kontaktieren Sie mich nicht mehr (per E-Mail)", "schreiben Sie uns bitte nicht mehr"
        (r"\b(?:kontaktieren|anschreiben|schreiben|belästigen|mahnen|anrufen|mailen|"
         r"kontaktiert|anmailen) sie (?:mich|uns|mir) (?:\S+\s+){0,2}nicht mehr\b"),
        # "sehen Sie von weiteren Mahnungen ab", "bitte von weiteren E-Mails absehen"
        (r"\bsehen sie (?:\S+\s+){0,3}von (?:\S+\s+){0,2}(?:mahnungen|erinnerungen|e-?mails|"
         r"mails|zusendungen|kontaktaufnahmen?|nachrichten|schreiben|anschreiben|"
         r"kontaktversuchen)\b(?:\s+\S+){0,3}\s+ab\b"),
        (r"\bvon (?:\S+\s+){0,2}(?:mahnungen|erinnerungen|e-?mails|mails|zusendungen|"
         r"kontaktaufnahmen?|nachrichten|schreiben) (?:\S+\s+)?(?:abzusehen|absehen)\b"),
        # "von weiteren automatisierten Zahlungserinnerungen an diese Adresse abzusehen",
        # "von weiteren Mahnschreiben Abstand zu nehmen"
        (r"\bvon (?:\S+\s+){0,3}\w*(?:mahnungen|mahnschreiben|erinnerungen|e-?mails|mails|"
         r"zusendungen|nachrichten|kontaktaufnahmen?)\b(?:\s+\S+){0,4}?\s+(?:abzusehen|"
         r"absehen|abstand (?:zu )?nehmen)\b"),
        (r"\b(?:nehmen|sehen) sie (?:\S+\s+){0,2}von (?:\S+\s+){0,3}\w*(?:mahnungen|mahnschreiben|"
         r"erinnerungen|e-?mails|mails|zusendungen|nachrichten)\b(?:\s+\S+){0,4}?\s+(?:abstand|ab)\b"),
        # "nehmen Sie mich aus dem Verteiler", "löschen Sie meine Adresse"
        (r"\b(?:nehmen|streichen|löschen|entfernen|tragen) sie (?:\S+\s+){0,2}(?:mich|uns|"
         r"meine|unsere)\b(?:\s+\S+){0,3}\s+(?:aus|von) (?:ihrem|dem|ihrer|der|ihren|den)\s"
         r"(?:\S+\s+)?(?:verteiler|liste|kartei|datenbank|adressliste|mailingliste|"
         r"e-mail-verteiler|e-mail-liste|newsletter)\w*"),
        (r"\b(?:löschen|entfernen) sie (?:\S+\s+){0,2}(?:meine|unsere) (?:e-mail-?)?(?:adresse|"
         r"daten|kontaktdaten)\b"),
        r"\baus (?:ihrem|dem) verteiler\b",
        r"\bhören sie auf\b", r"\bunterlassen(?: sie)?\b", r"\babmelden\b", r"\baustragen\b",
        # "ich untersage Ihnen jede weitere Kontaktaufnahme"
        (r"\buntersage\w* (?:\S+\s+){0,8}(?:kontakt\w*|zusendung\w*|e-?mails?|werbung|"
        r"anschreiben|mahnungen|\w*erinnerungen)"),
        # "Bitte stellen Sie die Zusendung ein"
        (r"\bstellen sie (?:\S+\s+){0,2}(?:zusendung|zustellung|e-?mails?|mails|erinnerungen|"
         r"mahnungen|zahlungserinnerungen|nachrichten)\w* (?:\S+\s+){0,2}ein\b"),
        r"\bjede weitere (?:kontaktaufnahme|zusendung|e-mail|nachricht)\b",
        # "ich verbitte mir weitere automatische Mahnungen"
        (r"\bverbitte\w* (?:mir|uns) (?:\S+\s+){0,3}(?:\w*mahnungen|\w*erinnerungen|e-?mails?|mails|"
         r"zusendungen|nachrichten|schreiben|kontakt\w*|anrufe)\b"),
        r"\bbelästig\w+\b",
        (r"\bstellen sie (?:\S+\s+){0,3}(?:mahnungen|erinnerungen|e-mails|zusendungen|"
         r"kontaktversuche) ein\b"),
    ), "near"),
    # "uns künftig keine automatisierten Zahlungserinnerungen mehr zu senden", "ab sofort
    # keine Mahnungen", "wir wünschen keine E-Mails", "Korrespondenz nur noch per Post"
    # (not "wir haben keine Erinnerung mehr erhalten")
    (3, (
        (r"\bkeine (?:weiteren )?(?:e-?mails|mails|nachrichten|mahnungen|erinnerungen|"
         r"zahlungserinnerungen|schreiben|zusendungen)\b"),
        r"\bkeine (?:weitere |weiteren )?(?:zusendung|kontaktaufnahme|kontaktierung)\b",
        rf"\bkeine (?:\S+\s+){{0,3}}{_MAILS}\b(?:\s+\S+){{0,5}}?\s+mehr\b",
        (rf"\b(?:künftig|zukünftig|in zukunft|ab sofort|ab jetzt|fortan|von nun an|ab heute)\s+"
         rf"(?:\S+\s+){{0,2}}keine (?:\S+\s+){{0,3}}{_MAILS}\b"),
        (rf"\b(?:wünschen|möchten|wollen|will|möchte|wünsche)\s+(?:\S+\s+){{0,3}}keine\s+"
         rf"(?:\S+\s+){{0,2}}(?:{_MAILS}|kontaktaufnahme|kontakt)\b"),
        (rf"\b(?:senden|schicken|schreiben|mailen|übersenden|zusenden) sie (?:\S+\s+){{0,2}}"
         rf"keine (?:\S+\s+){{0,2}}{_MAILS}\b"),
        rf"\bstellen sie (?:\S+\s+){{0,3}}{_MAILS} (?:\S+\s+){{0,2}}ein\b",
        (r"\b(?:ausschließlich|nur noch|nur mehr|künftig nur|bitte nur)\s+(?:\S+\s+)?"
         r"(?:postalisch|per post|auf dem postweg|per brief|schriftlich per post|per briefpost)\b"),
        r"\b(?:nicht|keinesfalls) mehr (?:\S+\s+){0,3}(?:per|via|über) e-?mail\b",
        rf"\b{_MAILS} (?:\S+\s+){{0,2}}(?:abbestellen|einstellen|abstellen|deaktivieren)\b",
        r"\b(?:abbestellen|abbestellt|abmeldung)\b",
        (rf"\bverzichten sie (?:\S+\s+){{0,3}}(?:auf|künftig auf) (?:\S+\s+){{0,2}}"
         rf"{_MAILS}\b"),
        r"\blassen sie (?:mich|uns) (?:\S+\s+){0,2}in ruhe\b",
    ), "near", None, (r"\b(?:haben|habe|hat|hatten|hatte)\b(?:\s+\S+){0,8}?\s+(?:erhalten|"
                      r"bekommen|gesehen|gefunden|empfangen)\b|\b(?:ist|sind|war|waren)\b"
                      r"(?:\s+\S+){0,6}?\s+(?:angekommen|eingegangen)\b|\bbekamen\b")),
)

# =================================================================== an auto-reply
AUTO_SUBJECT = (r"abwesenheit|automatische antwort|autom\. antwort|nicht im büro|außer haus|"
                r"im urlaub|urlaubsabwesenheit|^\s*abwesend\s*:")
DEPARTED = (r"nicht\s+mehr\s+(?:im\s+unternehmen|bei\s+uns|für\s+\w+\s+tätig|in\s+unserem\s+"
            r"(?:haus|unternehmen))|(?:hat|haben)\s+(?:das\s+unternehmen|uns)\s+verlassen|"
            r"\bist\s+ausgeschieden|aus\s+dem\s+unternehmen\s+ausgeschieden|"
            # "nicht mehr für die Muster GmbH & Co. KG tätig", "nicht mehr bei der X AG beschäftigt"
            r"nicht\s+mehr\s+(?:für|bei)\s+(?:[\w&.'-]+\s+){1,7}?(?:tätig|beschäftigt|"
            r"angestellt)\b|arbeitet\s+nicht\s+mehr\s+(?:bei|für|in\s+unserem)\b|"
            r"(?:hat|haben)\s+unser(?:e|en)?\s+(?:unternehmen|firma|haus|team)\s+verlassen|"
            r"arbeitsverhältnis\b[^.\n]{0,60}?\b(?:wurde\s+beendet|besteht\s+nicht\s+mehr|"
            r"ist\s+beendet)")
AUTO_BODY = (r"\b(?:ich bin|bin ich|ich befinde mich|befinde ich mich|wir sind|sind wir)"
             r"\b(?:[^.\n]|(?<=\d)\.|\n(?!\s*\n)){0,80}?(?:nicht (?:im büro|im hause?|"
             r"erreichbar|da|anwesend|am arbeitsplatz|in der firma)|abwesend|(?:im|in) urlaub|"
             r"in (?:elternzeit|mutterschutz|karenz)|auf (?:dienstreise|geschäftsreise|reisen|"
             r"einer (?:messe|konferenz|schulung|tagung))|außer haus|ausser haus|unterwegs)|"
             r"\bautomatische (?:antwort|abwesenheitsnotiz|nachricht)|\babwesenheitsnotiz|"
             r"\b(?:ihre|deine) (?:e-?mail|nachricht) wird (?:nicht|nicht automatisch)"
             r" weitergeleitet|\bkeinen zugriff auf (?:meine |die )?e-?mails"
             # "die Buchhaltung ist erst ab dem 1. Dezember wieder erreichbar" (no "ich"),
             # "ich bin ... erst ab Donnerstag wieder am Schreibtisch"
             r"|\b(?:ist|sind|bin)\s(?:[^.\n]|(?<=\d)\.|\n(?!\s*\n)){0,60}?\berst\s+(?:ab|am)\s"
             r"(?:[^.\n]|(?<=\d)\.|\n(?!\s*\n)){0,30}?\bwieder\s+(?:erreichbar|im büro|da|besetzt|"
             r"am schreibtisch|am arbeitsplatz)\b")
PAYMENT_WORDS = r"\b(?:\w*zahl\w*|überw\w*|bezahl\w*)\b"
REMITTANCE_TITLE = r"\bzahlungsavis\w*|\b(?:zahlungs|überweisungs)beleg\w*|\büberweisungsbestätigung\b"
ASKS_DECISION = (r"\bbitte um (?:entscheidung|freigabe|rückmeldung)\b|\bwie (?:sollen|wollen) wir "
                 r"(?:vorgehen|verfahren)\b|\bwas meinst du\b")
REDIRECT = r"\b(?:wenden sie sich|wende dich|kontaktier\w*|richten sie|melden sie sich)\b"
FIRST_PERSON = r"\b(?:wir|ich)\b"
PAID_STATEMENT = r"\b(?:bezahlt|überwiesen)\b"
BACK = (r"\b(?:zurück (?:am|ab)|wieder (?:im büro |erreichbar |da |zurück |anwesend |"
        r"für sie da |im hause? )?(?:am|ab)|wieder ab)")
# ("erst am 4.3. wieder am Arbeitsplatz" too)
BACK_FROM = (r"\b(?:(?:ab|erst am) (?:dem |den |kommendem |kommenden |nächstem |nächsten )?(?=(?:(?!\bab\b)"
             r"[^.]|(?<=\d)\.){3,60}?wieder))")
UNTIL = r"\b(?:bis (?:einschließlich |einschl\. |inkl\. )?(?:zum |zur |am |den )?)"

# ================================================================= payment terms
TERMS_UNIT = r"(?P<business>werk|arbeits|bankarbeits|bank|geschäfts)?tag(?:e|en)?\b"
TERMS_BEFORE = (r"innerhalb(?:\s+von)?|binnen|nach|zahlungsziel(?:\s+für\s+(?:[^\W\d_]+\s+){0,2}?rechnung(?:en)?)?:?|zahlungsbedingung(?:en)?:?|"
                r"zahlbar\s+in(?:nerhalb)?"
                # Swiss "innert" (within): "Zahlbar innert 30 Tagen"
                r"|innert")
TERMS_AFTER = r"netto\b|ohne\s+abzug|nach\s+(?:rechnungs|erhalt|eingang|zugang)"
TERMS_NOW = (r"(?:zahlbar|fällig|zahlungsziel|zahlung|zahlungsbedingungen)"
             r"\s*[:\-–—]?\s*(?:ab\s+)?sofort|sofort\s+(?:nach\s+(?:rechnungs)?(?:erhalt|"
             # "sofort und ohne Abzug zahlbar": the linking words may come together
             r"eingang|zugang)\s+)?(?:(?:und|ohne\s+abzug|rein\s+netto)\s+){0,3}"
             # "sofort nach Erhalt ohne Abzug zur Zahlung fällig"
             r"(?:(?:zur\s+zahlung\s+)?(?:zahlbar|fällig)|zu\s+(?:zahlen|begleichen))|"
             r"ohne\s+abzug\s+sofort|"
             # "zahlbar umgehend", "unverzüglich zu begleichen"
             r"(?:zahlbar|fällig|zahlung)\s*[:\-–—]?\s*(?:umgehend|unverzüglich)|(?:umgehend|"
             r"unverzüglich)\s+(?:(?:und|ohne\s+abzug|rein\s+netto)\s+){0,3}(?:zahlbar|fällig|"
             r"zu\s+(?:zahlen|begleichen|überweisen))|"
             # "zahlbar am Rechnungsdatum", "fällig zum Tag der Rechnungsstellung"
             r"(?:zahlbar|fällig|zahlung)\s+(?:am|zum|mit\s+dem)\s+(?:rechnungsdatum|"
             r"ausstellungsdatum|tag\s+der\s+rechnungs(?:stellung|ausstellung))")
DISCOUNT_WORDS = r"skonto"
PERCENT_WORDS = r"prozent\b"
NET_MARK = r"netto|ohne\s+abzug"
LATE_FEE = r"verzugszins|verzugsschaden|mahngebühr|säumniszuschlag"

# ======================================================= a bounce and a read receipt
RETURNED_COPY = r"^.{0,20}(?:urspr[üu]ngliche[rn]? nachricht|original-?nachricht)"
DAEMON_NAMES = r"e-?mail[- ]zustell"
SENDER_LABELS = r"\bvon"
BOUNCE_SUBJECT = (r"nicht zustellbar|unzustellbar|zustellung (?:fehlgeschlagen|verzögert|"
                  r"gescheitert)|nicht (?:zugestellt|übermittelt)|"
                  r"(?:nachricht|e-?mail) (?:abgewiesen|abgelehnt|blockiert)")
BOUNCE_BODY = (r"konnte nicht (?:zugestellt|übermittelt|ausgeliefert) werden|nicht zugestellt|"
               r"unzustellbar|zustellung (?:ist )?(?:fehlgeschlagen|gescheitert|verzögert)|"
               r"(?:empfänger|adresse|postfach)[^\n]{0,30}(?:nicht gefunden|existiert nicht|"
               r"voll|unbekannt)")
BOUNCE_TEMPORARY = r"verzögert|wird (?:weiterhin|erneut) versucht|vorübergehend"
BOUNCE_FINAL = r"dies ist ein permanenter fehler|permanenter fehler"
BOUNCE_REJECTED = (r"(?:nachricht|e-?mail|mail)\b[^\n.]{0,80}?\bwurde\b[^\n.]{0,60}?"
                   r"\b(?:abgewiesen|abgelehnt|blockiert|zurückgewiesen|gesperrt)|"
                   r"nicht angenommen|nachricht (?:abgewiesen|abgelehnt|blockiert)")
# (German compounds: "Spamfilter", "Spamverdacht"; "als unerwünschte Werbung eingestuft")
BOUNCE_SPAM = (r"\bspam\w*|\bjunk\b|schwarze liste|blacklist|blocklist|reputation|"
               r"unerwünschte (?:werbung|e-?mail)")
BOUNCE_POLICY = (r"richtlinie|nicht (?:erlaubt|zulässig|gestattet|berechtigt)|"
                 r"externe absender")
BOUNCE_USER_UNKNOWN = (r"(?:empfänger|benutzer|adresse|postfach|konto)\w*\b[^\n.]{0,30}?"
                       r"(?:unbekannt|existiert nicht|nicht gefunden|nicht vorhanden|"
                       r"deaktiviert)|unbekannte[rn]? (?:empfänger|benutzer|adresse)|"
                       # "das Postfach <address> wurde zum 31.10. aufgelöst": it is gone
                       r"(?:postfach|adresse|konto)\w*\b[^\n]{0,60}?\b(?:aufgelöst|gelöscht|"
                       r"existiert nicht mehr|nicht mehr (?:vorhanden|aktiv|in (?:betrieb|benutzung)))")
# a DNS lookup failure for the recipient's domain ("Namensauflösung fehlgeschlagen")
BOUNCE_ACCOUNT_GONE = r"(?:empfänger|benutzer|adresse|postfach|konto)\w*\b[^\n.]{0,40}?existiert nicht"
BOUNCE_NO_DOMAIN = r"namensauflösung\w*\b[^\n.]{0,30}?fehlgeschlagen|dns-fehler"
# blocked or locked, which may be lifted: whether the address is gone is a person's call
BOUNCE_DISABLED = r"(?:postfach|adresse|konto)\w*\b[^\n]{0,60}?\b(?:gesperrt|blockiert|stillgelegt)"
# "Das Konto des Empfängers ist deaktiviert / inaktiv" (see en.py)
BOUNCE_INACTIVE = r"(?:postfach|konto|benutzer)\w*\b[^\n]{0,40}?\b(?:ist|wurde)\s+(?:deaktiviert|inaktiv)"
BOUNCE_MAILBOX_FULL = r"postfach\w*\b[^\n.]{0,30}?\bvoll\b|speicher(?:platz|grenze)|kontingent"
CHALLENGE = (r"spamschutz\b[^\n]{0,200}?bestätig|bestätigen sie\b[^\n.]{0,40}?"
             r"\b(?:absender|ihre (?:e-?mail-?)?adresse)|absender(?:adresse)?\w*"
             r"\s+(?:zu )?(?:bestätigen|verifizieren)|absenderbestätigung|"
             r"kein (?:automatischer versender|roboter|spammer|mensch)|"
             r"(?:keine|kein) (?:maschine|bot) sind")
# ... eine Nachricht zurückgehalten, bis der Absender sie freigibt
CHALLENGE += (r"|(?:nachricht|e-?mail) (?:an \S+ )?"
              # "... mit dem Betreff „Rechnung RE-1 angekommen?“ wurde zurückgehalten"
              r"(?:mit dem betreff\b[^\n]{0,200}? )?(?:wurde|wird|ist) "
              r"(?:vorläufig |vorübergehend |vorerst |zunächst )?"
              r"zurückgehalten|zustellung (?:\S+ )?freizugeben|"
              # "bestätigen Sie, dass Sie ein Mensch sind" (and no machine)
              r"dass sie (?:ein )?(?:echter |realer |wirklicher )?mensch (?:\S+ ){0,3}?sind|"
              # "wir nehmen E-Mails von unbekannten Absendern erst nach einer Bestätigung an"
              r"(?:nachrichten|e-?mails|mails|post) von (?:unbekannten|neuen|fremden|nicht "
              r"bekannten) absendern\b[^\n.]{0,60}?\b(?:erst|nur) nach\b[^\n.]{0,40}?"
              r"(?:bestätigung|verifizierung|freigabe)|"
              # "um zu bestätigen, dass Sie kein Spam-Versender sind"
              r"dass sie kein(?:e)? [\w-]*(?:versender|absender|spammer|roboter)\b|"
              # "da Sie noch nicht in unserer Liste bestätigter Absender stehen"
              r"liste (?:der )?(?:bestätigten|bestätigter|verifizierter|zugelassener) absender|"
              r"nur (?:von|e-?mails von) (?:verifizierten|bestätigten|bekannten) absendern")
# ... ein Filter schützt vor Spam, die Nachricht wird zugestellt, sobald der Absender bestätigt
CHALLENGE += (r"|(?:schütze|schützen)\b[^\n.]{0,30}?\bvor (?:spam|unerwünschten (?:e-?mails|"
              r"nachrichten)|werbe-?e-?mails)|\b(?:nachricht|e-?mail|mail)\b"
              r"(?:[^\n.]|\.(?=\w)){0,80}?\bwird (?:erst )?(?:zugestellt|freigegeben|"
              r"weitergeleitet),?\s+(?:sobald|nachdem|wenn) sie\b"
              r"[^\n.]{0,40}?(?:bestätig|verifizier|freischalt|klick)")
CHALLENGE_REPLY = (r"antworten sie (?:\S+ ){0,2}auf diese (?:nachricht|e-?mail)|"  # "bitte einfach"
                   # "oder senden Sie eine leere Nachricht an: ..."
                   r"(?:senden|schicken) sie (?:uns )?(?:eine )?leere (?:nachricht|e-?mail|mail) an\b")
# die Worte vor dem Link, mit dem der Absender bestätigt ("klicken Sie auf den folgenden Link")
CHALLENGE_LINK = (r"\b(?:klicken|öffnen|besuchen|nutzen|verwenden)\b[^\n.]{0,40}?\blink\b"
                  r"[^\n.]{0,60}?\b(?:bestätig|verifizier|freizu|freischalt|abzuschließen)|"
                  r"\b(?:über|mit) (?:den|dem) (?:folgenden|untenstehenden|nachstehenden) link\b"
                  r"[^\n.]{0,60}?(?:bestätig|verifizier|freischalt)")
# ein Absender meldet sein neues Konto (die Masche der Zahlungsumleitung)
BANK_CHANGED = (r"\b(?:unsere|meine) (?:bankverbindung|kontoverbindung|bankdaten|kontodaten|"
                r"iban)\b[^.\n]{0,40}?\b(?:hat sich geändert|haben sich geändert|ändert sich|"
                r"wurde geändert|wurden geändert)|\b(?:neue|geänderte) (?:bankverbindung|"
                r"kontoverbindung|iban)\b[^.\n]{0,40}?\b(?:ab sofort|künftig|lautet|wie folgt)|"
                r"änderung (?:unserer|der) (?:bankverbindung|kontoverbindung)|"
                r"sich (?:unsere|meine) (?:bankverbindung|kontoverbindung|bankdaten|kontodaten|"
                r"iban) (?:\w+ )?geändert")
RECEIPT_SUBJECT = r"(?:gelesen|lesebestätigung)\s*:"
NOT_READ_SUBJECT = r"nicht gelesen"
RECEIPT_BODY = r"^\W*(?:ihre )?nachricht\b.{0,400}?\bwurde am\b.{0,80}?\b(?:gelesen|geöffnet)\b"
NOT_READ_BODY = (r"ohne (?:gelesen zu werden|es zu lesen|sie zu lesen)[^\n]{0,20}gelöscht|"
                 r"ungelesen gelöscht")

# =============================================================== a payment notice
PAYMENT_AMOUNT_LABELS = r"zahlungsbetrag|überweisungsbetrag|gutschrift|eingang|gezahlt"
# der Betrag einer Auslandszahlung, wie der Zahler ihn beauftragt hat (vor Fremdspesen)
PAYMENT_INSTRUCTED_LABELS = r"auftragsbetrag|beauftragter\s+betrag|überwiesener\s+betrag"
PAYMENT_AMOUNT_WORDS = r"\bbetrag\b|\bsumme\b"
PAYMENT_TAX_CREDIT = (r"\bfinanzamt\b|\bfinanzkasse\b|steuererstattung|\bust[- ]?erstattung|"
                      r"\bbundeszentralamt\s+f(?:ü|ue)r\s+steuern")
PAYMENT_NOT_AMOUNT = (r"gebühr|entgelt|saldo|kontostand|verfügbar|netto|auszahlung|"
                      r"rechnungsbetrag|offen")
PAYMENT_BESIDE = r"rechnungsbetrag|offen"
PAYMENT_CHARGES_LABELS = r"spesen(?:regelung)?|entgelte?|gebühren(?:regelung)?"
PAYMENT_BANK_ON_THE_WAY = r"korrespondenzbank|zwischenbank|empfängerbank|fremde\s+bank"
PAYMENT_DATE_LABELS = (r"buchungstag|buchungsdatum|valuta|wertstellung|zahlungsdatum|"
                       r"überweisungsdatum|zahlungseingang\s+am")
# the value date's own label: when the money was paid (before a booking date)
PAYMENT_VALUE_DATE_LABELS = r"wertstellung|valuta(?:datum)?|\bwert(?=\s+\d)"
PAYMENT_REFERENCE = r"verwendungszweck|zahlungsreferenz|referenz|betreff"
# ... (see en.py): "Teil 1/2", "Rate 1 von 3"
PAYMENT_PART_WORDS = r"teil|rate|teilzahlung"
PAYMENT_PART_REFERENCE = r"teil|teilbetrag|teilzahlung"
PAYMENT_PARTIAL = (r"rest(?:betrag|zahlung)?\s+folgt|teilzahlung|teilbetrag|abschlagszahlung|\d\.\s*rate\b|"
                   # "Offener Betrag 4.568,00 €": a remainder above zero is still open
                   r"restbetrag\s+offen|(?:noch\s+)?(?:offener|verbleibender)\s+(?:rest)?betrag\W{0,3}(?:€|eur|rp\.?|idr|₽|руб\.?)?\s*0*[1-9]")
PAYMENT_FULL = r"vollständig|vollzahlung|in\s+voller\s+höhe|komplett"
PAYMENT_DEDUCTED = (r"\babzgl\b|abzüglich|einbehalt|gekürzt|kürzung|\bminus\b|"
                    r"\babzug\b")
PAYMENT_NOT_RECEIVED = (r"rückerstattung|erstattung|rückbuchung|rücklastschrift|storn|"
                        r"abgelehnt|fehlgeschlagen|ausgehende")
PAYER_LABELS = r"von|auftraggeber|zahler|absender"
DATE_WORD = r"datum"
PAYMENT_NOT_DATE_BEFORE = r"rechnungs|fälligkeits"
PAYMENT_NOT_DATE_AFTER = ""

# ==================================================================== an invoice
DUE_LABELS = (r"f(?:ä|ae|a)llig(?:keit(?:sdatum)?)?(?:\s+am|\s+bis|\s+zum)?|zahlbar\b|zahlungsziel|"
              r"zahlungstermin|(?:überweisen|zahlen)\s+sie\s+(?:den\s+\w*betrag\s+)?bis|spätestens|"
              # "Bitte bis zum 17.12.2026 überweisen."
              r"bitte\s+bis(?:\s+zum)?(?=\s+\d)")
# right before an issue label: where the terms start ("14 Tage ab Rechnungsdatum")
ISSUE_AS_START = r"(?:\bab|\bnach|\bseit)(?:\s+(?:dem|der))?"
ISSUE_LABELS = r"rechnungsdatum|belegdatum|ausstellungsdatum|datum\s+der\s+rechnung"
NOT_ISSUE_BEFORE = r"liefer|bestell|zahlungs|leistungs"
NOT_ISSUE_AFTER = r"der\s+(?:lieferung|leistung|zahlung)"
AMOUNT_DUE_LABELS = (r"zahlbetrag|zu\s+zahlen|zahlbarer\s+betrag|offener\s+betrag|"
                     r"(?:ü|ue)berweisungsbetrag|zu\s+(?:ü|ue)berweisende[rn]?\s+betrag|"
                     # what is left after the down payments taken off above it
                     r"restforderung|restbetrag|restsumme")
TOTAL_LABELS = (r"rechnungsbetrag|endbetrag|gesamtbetrag|bruttosumme|bruttobetrag|"
                r"rechnungssumme\s+brutto|endsumme|gesamtsumme")
AMOUNT_WORDS = r"gesamt|summe\b|\bbetrag\b|\bsumme\b"
NOT_TOTAL = (r"zwischensumme|positionssumme|netto|nettobetrag|ohne\s+(?:ust|mwst)|exkl|zzgl|"
             r"zuzüglich|mwst|\bust\b|steuer|skonto|rabatt|anzahlung|bezahlt|versand|zuschl|"
             r"abschl|gebühr|saldo|kontostand|einzelpreis")
CURRENCY_LABELS = r"währung|beträge\s+in"
PARTY_LABELS = (r"rechnungsempfänger(?:in)?|rechnungsadresse|rechnung\s+an|kunde|käufer|"
                r"leistungsempfänger")
NAME_KEYS = r"firma"
ADDRESS_KEYS = r"anschrift|adresse"
TABLE_HEADERS = r"pos\.?|bezeichnung|beschreibung|menge"
STATEMENT_BALANCE = r"saldo|kontostand|kontoauszug"
CREDIT_NOTE = r"gutschrift|stornorechnung|rechnungsstorno"  # (a cancelling invoice credits the whole)
INVOICE_WORDS = r"rechnung"
# an invoice word as a bank's reference field shortens it ("INV 0430")
INVOICE_ABBREVIATIONS = r"re|rg|rech"
# Competing totals (mailbot.reading.amount_due): see en.py
INVOICE_PART = (r"anzahlung|abschlag|vorauszahlung|vorkasse|teilrechnung|teilbetrag|\d\.\s*rate\b|"
                r"erste\s+rate|ratenzahlung|\bphase\s*\d|bauabschnitt|meilenstein")
INVOICE_WHOLE = (r"auftragswert|auftragssumme|auftragsvolumen|vertragswert|vertragssumme|"
                 r"gesamtauftrag|projektwert|projektvolumen|angebotssumme|angebot\s+(?:nr\.?\s*)?"
                 r"[\w-]*\d")
INVOICE_IN_PARTS = (r"in\s+(?:\w+\s+)?raten\b|ratenweise|ratenzahlung|zahlungsplan|in\s+teilbeträgen|"
                    # "die Hälfte bei Lieferung, die andere Hälfte nach Abnahme", "den Rest später"
                    r"hälfte\s+(?:bei|nach|jetzt|sofort|vorab)\b[^.\n]{0,80}?hälfte|"
                    r"den\s+rest\s+(?:später|danach)")
INVOICE_UNDECIDED = (r"zahlen\s+sie,?\s+was\s+sie\s+(?:können|für\s+(?:fair|angemessen))|"
                     r"(?:komplett|vollständig|gesamt)\s+oder\s+(?:nur\s+)?(?:die\s+)?anzahlung|"
                     # "die Aufteilung stimmen wir noch ab", "Betrag ... noch zu vereinbaren"
                     r"(?:aufteilung|betrag|raten|fälligkeit|zahlungsziel)\s+(?:\S+\s+){0,4}(?:noch\s+)"
                     r"(?:ab(?:zu)?stimmen|zu\s+vereinbaren|offen|besprechen)|ohne\s+fälligkeit,?\s+bis\s+wir|"
                     # in another currency at the day's rate; a sum on a condition
                     r"oder\s+(?:den\s+)?gegenwert\s+in\b|zum\s+(?:\S+\s+)?(?:tages|wechsel)kurs\s+"
                     r"(?:am|vom)\s+(?:tag\s+der\s+zahlung|zahlungstag)|(?:den\s+)?reduzierten\s+betrag\s+"
                     r"zahlen|"
                     # a provisional invoice: "der endgültige Betrag richtet sich nach ...",
                     # "bitte noch nichts überweisen"
                     r"endgültige\w*\s+(?:betrag|summe|rechnungsbetrag)\s+(?:richtet\s+sich|steht\s+"
                     r"(?:noch\s+nicht|erst)|wird\s+(?:erst\s+)?(?:nach|später|noch))|bitte\s+(?:noch\s+)?"
                     r"nichts?\s+(?:überweisen|zahlen|bezahlen)")
WITHHOLDING = r"quellensteuer|abzugsteuer|steuerabzug"
# ... right before a sum given only for information ("entspricht rund EUR 19.650,00")
CONVERTED_AMOUNT = (r"entspricht\s+(?:rund\s+|ca\.\s*|circa\s+|etwa\s+|ungefähr\s+)?|"
                    r"gegenwert\s+(?:von\s+)?(?:rund\s+|ca\.\s*|etwa\s+)?")
# ... (see en.py): "zum heutigen Kurs sind das rund 4.300,00 EUR"
CONVERTED_AT_RATE = (r"zum\s+(?:heutigen\s+|aktuellen\s+)?(?:tages|umrechnungs)?kurs,?\s+(?:(?:sind|wären|"
                     r"ergibt|entspricht)\s+(?:das|dies)\s+)?(?:rund|ca\.|circa|etwa|ungefähr)\s*")
DUE_NOW = (r"jetzt\s+fällig|sofort\s+fällig|heute\s+fällig|zur\s+zahlung\s+fällig|fälliger\s+"
           r"betrag")
# ... (see en.py): "Restbetrag nach dieser Rate: 6.300,00 €"
REST_AFTER_THIS = r"nach\s+dieser\s+(?:rate|teilrechnung|abschlagsrechnung|zahlung|rechnung)\b"
DEDUCTION = r"abzgl|abzüglich|\babz\.|\bminus\b|verrechn|bereits\s+(?:bezahlt|gezahlt|erhalten)"
# a part due on an event, not a date ("after the acceptance act is signed"): not due now
# ... (see en.py): "Ende des Folgemonats", "zum Ende des auf die Rechnung folgenden Monats"
TERMS_MONTH_FOLLOWING = (r"ende\s+des\s+folgemonats|ende\s+des\s+(?:auf\s+[^.\n]{0,40}?)?folgenden\s+"
                         r"monats")
# ... (see en.py): "Bitte die Gutschrift nicht mit der Rechnung verrechnen", "separat überweisen"
CREDIT_NOT_NETTED = (r"nicht\s+(?:mit\s+[^.\n]{0,40}?)?(?:verrechnen|abziehen|aufrechnen)|"
                     r"separat\s+(?:überweisen|erstatten|auszahlen)")
TERMS_FROM_EVENT = (r"tag\w*\s+(?:nach|ab)\s+(?:der\s+|dem\s+)?(?:\w+\s+)?(?:abnahme|unterzeichnung|"
                    r"unterschrift|freigabe|fertigstellung|inbetriebnahme)")
PART_ON_EVENT = (r"(?:nach|bei|mit)\s+(?:der\s+|dem\s+)?(?:abnahme|unterzeichnung|unterschrift|freigabe|"
                 r"fertigstellung|inbetriebnahme|lieferung|go-?live)")
PRIOR_PAYMENT = (r"akonto\w*|a-?conto|bereits\s+(?:bezahlt|gezahlt|erhalten|geleistet)|"
                 r"(?:ü|ue)berzahlung|teilzahlung\s+(?:von|über|in\s+höhe)")
SALES_TAX = r"\bust\b|umsatzsteuer|mwst|mehrwertsteuer"
# right after a net sum with the tax still to add ("3.500,00 € zzgl. MwSt.")
TAX_TO_ADD = (r"(?:\+|(?<![^\W\d_])zzgl\.?|zuzüglich|exkl\.?|ohne)\s*(?:\d{1,2}\s*%\s*)?(?:gesetzl\w*\.?\s+)?"
              r"(?:ust\b|umsatzsteuer|mwst|mehrwertsteuer)")
INVOICE_PROVISIONAL = (r"vorläufige\w*\s+rechnung|pro-?\s?forma|voraussichtliche\w*\s+(?:betrag|"
                       r"summe|gesamtbetrag|rechnungsbetrag)|geschätzte\w*\s+(?:betrag|summe|"
                       r"gesamtbetrag)|(?:schluss|end)rechnung\s+ersetzt\s+diese|wird\s+durch\s+"
                       r"(?:die\s+)?(?:schluss|end)rechnung\s+ersetzt")
INVOICE_REPLACES = r"\bersetzt\b|\bersetzen\b|storniert|stornieren|korrigierte\w*\s+rechnung"
INVOICE_NEW = r"korrigierte\w*|berichtigte\w*|neue\w*"

# ==================================================================== an invoice's number, money
# "Schlussrechnung", "Abschlagsrechnung": the compound's first part may come before
INVOICE_NO_WORDS = (r"(?:handels|schluss|teil|abschlags|anzahlungs|vorauszahlungs|korrektur|"
                    r"storno|proforma-?)*rechnung(?:s|en)?")
NUMBER_MARKS = r"nr\.?|nummer"
NUMBER_ABBREVIATIONS = r"nr\."
INVOICE_AFTER_MARK = r"rechnung"
BANK_ACCOUNT_BEFORE = ""
LIST_AND = r"\bund\b|\bsowie\b"
ALL_OF_THEM = r"\bbeide(?:n)? (?:rechnungen|belege|posten)\b|\balle (?:rechnungen|belege)\b"
NUMBER_DATED = r"\b(?:vom|von)\b"
DATE_LABEL = r"datum"
DATE_LINK = ""
CURRENCY_WORDS: dict[str, str] = {}
CURRENCY_WORDS_BEFORE: dict[str, str] = {}
CURRENCY_CENTS: dict[str, str] = {}
VAT_ASIDE = ""
UNITS_AFTER = r"tage?n?|stk|stück|std|stunden"
LEGAL_FORMS = r"gmbh|ag|kg"
COMPANY_WORDS = ""
ACCOUNTS_WORDS = r"buchhaltung"
TAX_ID_WORDS = r"ust"

# ==================================================================== payment terms' numbers
TERMS_NUMBER_WORDS = {
    "ein": 1, "einem": 1, "einen": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
    "fuenf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, "zwoelf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "fuenfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50,
    "fuenfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
}
# "vierundzwanzig": the unit before the tens
TERMS_NUMBER_COMPOUNDS = (r"(?P<unit>ein|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun)und"
                          r"(?P<tens>zwanzig|dreißig|dreissig|vierzig|fünfzig|fuenfzig|sechzig|"
                          r"siebzig|achtzig|neunzig)")
TERMS_LINK = r"von|jeweils"  # "Zahlungsziel jeweils 30 Tage": each invoice's
NET_DAYS = ""

# ==================================================================== staff chasing
# (see en.py): "wir erinnern an die noch offene Rechnung", "Zahlungserinnerung"
STAFF_CHASING = (r"erinner|noch\s+(?:offen|nicht\s+(?:bezahlt|beglichen|eingegangen))|überfällig|"
                 r"zahlungseingang\s+(?:fehlt|steht\s+noch\s+aus)|"
                 r"\bkurze(?:n)? (?:erinnerung|nachfrage)\b|\b(?:ist|sind) (?:leider )?(?:noch|"
                 r"immer noch) (?:offen|nicht bezahlt|nicht beglichen|unbezahlt)\b|\bwann (?:dürfen|"
                 r"können) wir mit (?:der|einer|ihrer) zahlung rechnen\b|\bwann (?:wird|kann) (?:die "
                 r"rechnung|sie) (?:bezahlt|beglichen) werden\b|\b(?:ist|sind) (?:seit \S+ )?"
                 r"überfällig\b"
                 # by hand: open since, any news, the payment's state, instalments agreed
                 r"|\bseit\s+(?:\S+\s+){1,3}offen\b|\b(?:steht|stehen)\s+(?:bei\s+uns\s+)?(?:noch\s+|weiterhin\s+|"
                 r"immer\s+noch\s+)?offen\b|\bneuigkeiten\b|\bstand\s+der\s+zahlung\b|\bzahlungsstand\b|"
                 r"\bnachhaken\b|\bratenzahlung\w*|\bin\s+(?:zwei\s+|drei\s+|\d+\s+)?raten\b|\bzahlungsplan\b"
                 # instalments asked for or allowed ("die Raten für RE-1 sind möglich", "Ihre Ratenanfrage")
                 r"|\braten\s+für\b|\bratenanfrage\w*|\bratenwunsch\w*|\bals\s+offen\s+(?:geführt|verbucht)\b")

# ==================================================================== subjects
REPLY_PREFIXES = r"aw|antw|antwort"
FORWARD_PREFIXES = r"wg"

# a scale word after an amount ("Rp 6 jt", "1,2 Mio. EUR" aside): millions, thousands
AMOUNT_MILLION = r"mio\.?|millionen|million"
AMOUNT_THOUSAND = r"tsd\.?|tausend"

# Mitarbeiter schreiben dem Bot in Prosa: nur festgehalten, nie ausgeführt
STAFF_PAID = (r"\b(?:als (?:bezahlt|beglichen|erledigt) (?:buchen|markieren|verbuchen|setzen)|"
              r"(?:ist|sind|wurde|wurden) (?:\S+\s+){0,6}(?:eingegangen|bezahlt|beglichen|überwiesen))\b")
# die beanstandete Summe als Differenz: "die Differenz von 40 Garnituren à 7,80 € = 312,00 €"
DISPUTED_DIFFERENCE = r"\b(?:differenz|differenzbetrag|mehrbetrag|zu viel berechnet)\b"
STAFF_PROMISED = r"\b(?:zugesagt|versprochen|zusage|will (?:\S+\s+){0,3}zahlen)\b"

# der Hinweis eines Signatur- oder EDI-Dienstes zum Stand eines Dokuments: "X hat das
# Dokument unterschrieben", "das Dokument wurde abgelehnt", "Status: signiert"
DOCUMENT_STATUS = (r"\bhat (?:das|ein|ihr|den) (?:dokument|vertrag|formular|protokoll|"
                   r"abnahmeprotokoll|lieferschein)\b[^\n.]{0,80}?\b(?:unterschrieben|unterzeichnet|"
                   r"signiert|abgelehnt)\b|\b(?:dokument|vertrag)\w*\b[^\n.]{0,80}?\b(?:wurde|ist) "
                   r"(?:\S+ )?(?:unterschrieben|unterzeichnet|signiert|abgelehnt)\b|"
                   r"^\s*(?:dokument)?status:\s*(?:unterschrieben|unterzeichnet|signiert|abgelehnt)\b")

# eine Steuerbescheinigung des Kunden als Gegenstand der Mail ("Bescheinigung über
# einbehaltene Quellensteuer", "Abzugsteuerbescheinigung"); die Zeile der einbehaltenen Steuer
TAX_SLIP = (r"\b(?:quellensteuer|abzugsteuer|bauabzugsteuer)bescheinigung\b|\bbescheinigung "
            r"über (?:die )?(?:einbehaltene|abgeführte) (?:quellen|abzug)steuer\b")
TAX_WITHHELD = r"\b(?:einbehaltene|abgeführte) (?:quellen|abzug)?steuer\b|\bsteuerabzug\b"
